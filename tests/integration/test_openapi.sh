#!/usr/bin/env bash
# test_openapi.sh - the OpenAPI document `merit serve` publishes at
# /api/v1/openapi.json, on each engine, passes a real validator from npm
# (tools/openapi/validate.mjs: the official OpenAPI 3.1 JSON schema, local
# $refs resolved, and every Schema Object against JSON Schema 2020-12).
# The same document broken on purpose (no info, a bad type in a schema, a
# dangling $ref) must fail that validator, so the test cannot pass vacuously.
. "$(dirname "$0")/lib.sh"

: "${MERIT_SRC:?MERIT_SRC must name the source tree}"
VALIDATE=$MERIT_SRC/tools/openapi/validate.mjs
command -v node >/dev/null 2>&1 ||
  fail "node not found: run 'bash scripts/deps.sh --test' as root (make test does)"
[ -d "$MERIT_SRC/tools/openapi/node_modules/@seriousme/openapi-schema-validator" ] ||
  fail "the validator is not installed: run 'bash scripts/npm-deps.sh tools/openapi' (make test does)"

url=$(it_new_db openapi)
m() { "$MERIT_BIN" --db "$url" "$@"; }
expect_exit 0 m init
expect_exit 0 m tenant add ittenant "Kabupaten Uji"
pass "$TEST_ENGINE: database and tenant"

# ---- start -------------------------------------------------------------------
SERVER_PID=
# single quotes: evaluated at exit, when SERVER_PID is known
it_cleanup_hooks+=('[ -z "$SERVER_PID" ] || { kill -KILL "$SERVER_PID"; wait "$SERVER_PID"; } 2>/dev/null')
: >"$IT_TMP/serve.out"
# the binary itself, not through m(): $! must be merit's pid, not a subshell's
"$MERIT_BIN" --db "$url" --tenant ittenant serve --listen 127.0.0.1:0 --threads 2 \
  >"$IT_TMP/serve.out" 2>"$IT_TMP/serve.err" &
SERVER_PID=$!
PORT=
for _ in $(seq 1 100); do
  PORT=$(sed -n 's|^merit: listening on http://127\.0\.0\.1:\([0-9][0-9]*\) (tenant ittenant, db .*)$|\1|p' \
    "$IT_TMP/serve.out")
  [ -n "$PORT" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || fail "server exited early: $(tail -n 20 "$IT_TMP/serve.err")"
  sleep 0.1
done
[ -n "$PORT" ] || fail "no 'listening on' line: $(cat "$IT_TMP/serve.out")"
pass "listening on port $PORT"

# ---- fetch -------------------------------------------------------------------
DOC=$IT_TMP/openapi.json
status=$(curl -sS -o "$DOC" -D "$IT_TMP/hdr" -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/openapi.json") ||
  fail "curl /api/v1/openapi.json"
[ "$status" = 200 ] || fail "GET /api/v1/openapi.json: want HTTP 200, got $status: $(head -c 500 "$DOC")"
grep -qi '^Content-Type: application/json' "$IT_TMP/hdr" || fail "content type: $(cat "$IT_TMP/hdr")"
pass "GET /api/v1/openapi.json"

# ---- valid -------------------------------------------------------------------
expect_exit 0 node "$VALIDATE" "$DOC"
grep -q '^openapi: valid (3\.1\.[0-9]*, [1-9][0-9]* paths)$' "$IT_TMP/out" || fail "validator said: $(cat "$IT_TMP/out")"
pass "$(cat "$IT_TMP/out")"

# not an empty shell: the read API the README lists is described
$PY - "$DOC" <<'EOF' || fail "the document lacks routes merit serves"
import json, sys
d = json.load(open(sys.argv[1]))
paths = [p.rstrip("/") for p in d["paths"]]
for route in ("/employees", "/positions", "/units"):
    assert any(p.endswith(route) for p in paths), "no path for %s in %s" % (route, paths)
EOF
pass "the document describes employees, positions and units"

# ---- broken on purpose: each must fail, with the error that names it ---------
# break HOW OUT: writes the served document, broken HOW, to OUT
break_doc() {
  $PY - "$DOC" "$1" "$2" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
how, out = sys.argv[2], sys.argv[3]
schemas = d.setdefault("components", {}).setdefault("schemas", {})
if how == "no-info":
    del d["info"]
elif how == "bad-type":
    schemas["ItBroken"] = {"type": "object", "properties": {"nip": {"type": "strng"}}}
elif how == "dangling-ref":
    schemas["ItDangling"] = {"$ref": "#/components/schemas/ItNoSuchSchema"}
json.dump(d, open(out, "w"))
EOF
}
# rejected HOW PATTERN: the validator exits 1 on the document broken HOW and
# prints an error line matching PATTERN (grep -E)
rejected() {
  break_doc "$1" "$IT_TMP/broken-$1.json" || fail "cannot break the document ($1)"
  expect_exit 1 node "$VALIDATE" "$IT_TMP/broken-$1.json"
  grep -Eq "$2" "$IT_TMP/err" || fail "$1: no error matching '$2' in: $(cat "$IT_TMP/err")"
  pass "rejected, $1: $(grep -Em1 "$2" "$IT_TMP/err" | sed 's/^ *//')"
}
rejected no-info "^  /: must have required property 'info'$"
rejected bad-type '^  /components/schemas/ItBroken/properties/nip/type: must be equal to one of the allowed values'
rejected dangling-ref "Can't resolve #/components/schemas/ItNoSuchSchema"

# ---- stop --------------------------------------------------------------------
kill -TERM "$SERVER_PID"
rc=
for _ in $(seq 1 50); do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    rc=0
    wait "$SERVER_PID" || rc=$?
    break
  fi
  sleep 0.1
done
[ -n "$rc" ] || fail "server still running 5 s after SIGTERM"
SERVER_PID=
[ "$rc" -eq 0 ] || fail "server exited with $rc after SIGTERM"
pass "SIGTERM: exit 0"
