#!/usr/bin/env bash
# test_serve.sh - `merit serve` end to end, once per engine (TEST_ENGINE):
# start on a free port, probe /healthz and /readyz, the employees, positions
# and units API (paging, filters, sort, validation, 404/405/413 shapes,
# request ids, keep-alive), then SIGTERM and expect a clean exit 0.
set -euo pipefail

: "${MERIT_BIN:?MERIT_BIN must name the merit binary}"
: "${TEST_ENGINE:=sqlite}"
export MERIT_LANG=en
PY=/usr/bin/python3

TMP=$(mktemp -d /tmp/merit-serve.XXXXXX)
SERVER_PID=
PG_DB=
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  if [ -n "$PG_DB" ]; then
    psql "$MERIT_TEST_PG" -qAtc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*" >&2
  if [ -f "$TMP/serve.err" ]; then
    echo "--- server stderr (last 20 lines)" >&2
    tail -n 20 "$TMP/serve.err" >&2
  fi
  exit 1
}
pass() { echo "ok - $*"; }

# ---- database ----------------------------------------------------------------
if [ "$TEST_ENGINE" = pg ]; then
  if [ -z "${MERIT_TEST_PG:-}" ]; then
    echo "MERIT_TEST_PG is not set: skipping the PostgreSQL run" >&2
    exit 77
  fi
  PG_DB="it_serve_$$_$RANDOM"
  psql "$MERIT_TEST_PG" -qAtc "CREATE DATABASE $PG_DB" >/dev/null
  # MERIT_TEST_PG is postgresql:///postgres?host=...: swap the database name
  URL="postgresql:///$PG_DB?${MERIT_TEST_PG#*\?}"
  sql() { psql "$URL" -v ON_ERROR_STOP=1 -qAt "$@"; }
else
  URL="sqlite:$TMP/serve.db"
  sql() { sqlite3 -batch -bail "$TMP/serve.db" "$@"; }
fi

"$MERIT_BIN" --db "$URL" init >/dev/null || fail "merit init"

# The same SQL on both engines: ids come from the engine, references by code.
sql <<'EOF'
INSERT INTO tenant (code, name) VALUES ('ittenant', 'Kabupaten Uji');
INSERT INTO tenant (code, name) VALUES ('itother', 'Kabupaten Lain');
INSERT INTO unit (tenant_id, code, name, kind, parent_id)
  SELECT id, 'SETDA', 'Sekretariat Daerah', 'opd', NULL FROM tenant WHERE code = 'ittenant';
INSERT INTO unit (tenant_id, code, name, kind, parent_id)
  SELECT t.id, 'SETDA.ORG', 'Bagian Organisasi', 'bidang', u.id
  FROM tenant t JOIN unit u ON u.tenant_id = t.id AND u.code = 'SETDA' WHERE t.code = 'ittenant';
INSERT INTO unit (tenant_id, code, name, kind, parent_id)
  SELECT id, 'SETDA', 'Other agency unit', 'opd', NULL FROM tenant WHERE code = 'itother';
INSERT INTO position (tenant_id, code, name, jenis, jenjang_code, unit_id, kelas_jabatan, is_key)
  SELECT t.id, 'KABAG.ORG', 'Kepala Bagian Organisasi', 'struktural', 'administrator', u.id, 11, 1
  FROM tenant t JOIN unit u ON u.tenant_id = t.id AND u.code = 'SETDA.ORG' WHERE t.code = 'ittenant';
INSERT INTO position (tenant_id, code, name, jenis, jenjang_code, unit_id, kelas_jabatan, is_key)
  SELECT t.id, 'JF/ANALIS', 'Analis Kebijakan Ahli Muda', 'fungsional', 'ahli_muda', u.id, 9, 0
  FROM tenant t JOIN unit u ON u.tenant_id = t.id AND u.code = 'SETDA.ORG' WHERE t.code = 'ittenant';
INSERT INTO skj_item (tenant_id, position_id, competency_code, kind, level)
  SELECT p.tenant_id, p.id, 'M.01', 'manajerial', 3 FROM position p WHERE p.code = 'KABAG.ORG';
INSERT INTO skj_item (tenant_id, position_id, competency_code, kind, level)
  SELECT p.tenant_id, p.id, 'M.02', 'manajerial', 2 FROM position p WHERE p.code = 'KABAG.ORG';
INSERT INTO employee (tenant_id, nip, name, birth_date, tmt_cpns, sex, status, golongan,
                      position_id, tmt_jabatan, unit_id)
  SELECT t.id, '198001012005011001', 'Budi Santoso', '1980-01-01', '2005-01-01', 'L', 'PNS',
         'IV/a', p.id, '2020-01-02', u.id
  FROM tenant t JOIN unit u ON u.tenant_id = t.id AND u.code = 'SETDA.ORG'
  JOIN position p ON p.tenant_id = t.id AND p.code = 'KABAG.ORG' WHERE t.code = 'ittenant';
INSERT INTO employee (tenant_id, nip, name, birth_date, tmt_cpns, sex, status, golongan,
                      position_id, tmt_jabatan, unit_id)
  SELECT t.id, '199202022019032001', 'Siti Aminah', '1992-02-02', '2019-03-01', 'P', 'PNS',
         'III/b', p.id, '2021-06-01', u.id
  FROM tenant t JOIN unit u ON u.tenant_id = t.id AND u.code = 'SETDA'
  JOIN position p ON p.tenant_id = t.id AND p.code = 'JF/ANALIS' WHERE t.code = 'ittenant';
INSERT INTO employee (tenant_id, nip, name, birth_date, tmt_cpns, sex, status, golongan, unit_id)
  SELECT t.id, '197001012000011001', 'Orang Lain', '1970-01-01', '2000-01-01', 'L', 'PNS',
         'IV/b', u.id
  FROM tenant t JOIN unit u ON u.tenant_id = t.id WHERE t.code = 'itother';
INSERT INTO hist_skp (tenant_id, employee_id, year, rating_hasil, rating_perilaku, predikat)
  SELECT tenant_id, id, 2023, 'di_atas', 'sesuai', 'Sangat Baik' FROM employee
  WHERE nip = '198001012005011001';
INSERT INTO hist_skp (tenant_id, employee_id, year, rating_hasil, rating_perilaku, predikat)
  SELECT tenant_id, id, 2022, 'sesuai', 'sesuai', 'Baik' FROM employee
  WHERE nip = '198001012005011001';
INSERT INTO hist_sanction (tenant_id, employee_id, level, kind, start_date, reason)
  SELECT tenant_id, id, 'ringan', 'teguran lisan', '2021-03-01', 'terlambat' FROM employee
  WHERE nip = '198001012005011001';
EOF
pass "$TEST_ENGINE: database seeded"
echo 'it-operator-pass' | "$MERIT_BIN" --db "$URL" --tenant ittenant user add itop --role operator \
  --password-stdin >/dev/null || fail "user add"

# ---- start-up failures -------------------------------------------------------
rc=0
"$MERIT_BIN" --db "$URL" --tenant nosuch serve --listen 127.0.0.1:0 >"$TMP/o" 2>"$TMP/e" || rc=$?
[ "$rc" -ne 0 ] || fail "serve with an unknown tenant must fail"
grep -q "nosuch" "$TMP/e" || fail "unknown tenant message does not name it: $(cat "$TMP/e")"
rc=0
"$MERIT_BIN" --db "$URL" serve --listen nonsense >"$TMP/o" 2>"$TMP/e" || rc=$?
[ "$rc" -eq 64 ] || fail "bad --listen: want exit 64, got $rc"
"$MERIT_BIN" serve --help | grep -q -- "--listen" || fail "serve --help"
pass "start-up rejects an unknown tenant and a bad --listen"

# ---- start -------------------------------------------------------------------
# created here, not by the background job's redirection, which may open it after the first sed
: >"$TMP/serve.out"
"$MERIT_BIN" --db "$URL" --tenant ittenant serve --listen 127.0.0.1:0 --threads 2 \
  >"$TMP/serve.out" 2>"$TMP/serve.err" &
SERVER_PID=$!
PORT=
for _ in $(seq 1 100); do
  PORT=$(sed -n 's|^merit: listening on http://127\.0\.0\.1:\([0-9][0-9]*\) (tenant ittenant, db .*)$|\1|p' \
    "$TMP/serve.out")
  [ -n "$PORT" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || fail "server exited early"
  sleep 0.1
done
[ -n "$PORT" ] || fail "no 'listening on' line: $(cat "$TMP/serve.out")"
BASE="http://127.0.0.1:$PORT"
pass "listening on port $PORT"

# req [curl args...] PATH: sets STATUS; body in $TMP/body, headers in $TMP/hdr
# (signed in as the operator once the cookie jar exists)
req() {
  local path=${*: -1}
  STATUS=$(curl -sS -o "$TMP/body" -D "$TMP/hdr" -w '%{http_code}' -b "$TMP/jar" \
    "${@:1:$#-1}" "$BASE$path") || fail "curl $path"
}
: >"$TMP/jar"
# check PYEXPR: evaluates PYEXPR with d = the JSON body
check() {
  "$PY" -c 'import json, sys
d = json.load(open(sys.argv[1]))
if not eval(sys.argv[2]):
    sys.exit("assertion failed: %s\nbody: %s" % (sys.argv[2], json.dumps(d)[:2000]))' "$TMP/body" "$1" ||
    fail "check: $1"
}
want() { [ "$STATUS" = "$1" ] || fail "$2: want HTTP $1, got $STATUS: $(head -c 500 "$TMP/body")"; }
error_shape() {
  check "sorted(d) == ['code', 'field', 'message', 'row'] and d['code'] == '$1' and isinstance(d['message'], str) and d['message']"
}

req /healthz
want 200 healthz
check "d == {'status': 'ok'}"
grep -qi '^Content-Type: application/json; charset=utf-8' "$TMP/hdr" || fail "content type"
grep -qi '^X-Request-Id: [0-9a-f]\{16\}' "$TMP/hdr" || fail "generated request id"
pass "/healthz"

req /readyz
want 200 readyz
ENGINE=$([ "$TEST_ENGINE" = pg ] && echo postgresql || echo sqlite)
check "d['status'] == 'ready' and d['db'] == '$ENGINE' and isinstance(d['schema'], int) and d['schema'] >= 1"
pass "/readyz"

# ---- sign in -------------------------------------------------------------------
req /api/v1/employees
want 401 "employees before signing in"
error_shape unauthenticated
curl -sS -c "$TMP/jar" -o "$TMP/body" -H 'Content-Type: application/json' \
  -d '{"username":"itop","password":"it-operator-pass"}' "$BASE/api/v1/auth/login" >/dev/null
check "d['role'] == 'operator' and d['tenant'] == 'ittenant' and len(d['csrf_token']) == 43"
pass "signed in as an operator"

# ---- employees ---------------------------------------------------------------
req /api/v1/employees
want 200 "employees list"
check "d['total'] == 2 and d['limit'] == 50 and d['offset'] == 0 and len(d['items']) == 2"
check "[e['name'] for e in d['items']] == ['Budi Santoso', 'Siti Aminah']"
check "'197001012000011001' not in [e['nip'] for e in d['items']]"
pass "employees: default page, other tenant invisible"

req "/api/v1/employees?limit=1&offset=1"
want 200 "employees page 2"
check "d['total'] == 2 and d['limit'] == 1 and d['offset'] == 1 and [e['nip'] for e in d['items']] == ['199202022019032001']"
req "/api/v1/employees?offset=5"
want 200 "employees past the end"
check "d['total'] == 2 and d['items'] == []"
pass "employees: paging"

req "/api/v1/employees?sort=-birth_date"
want 200 "sort"
check "[e['nip'] for e in d['items']] == ['199202022019032001', '198001012005011001']"
req "/api/v1/employees?sort=golongan"
want 200 "sort golongan"
check "[e['golongan'] for e in d['items']] == ['III/b', 'IV/a']"
req "/api/v1/employees?sort=-golongan"
check "[e['golongan'] for e in d['items']] == ['IV/a', 'III/b']"
pass "employees: sort"

req "/api/v1/employees?unit=SETDA.ORG"
want 200 "unit filter"
check "d['total'] == 1 and d['items'][0]['nip'] == '198001012005011001' and d['items'][0]['unit_code'] == 'SETDA.ORG'"
req "/api/v1/employees?jenjang=ahli_muda"
check "d['total'] == 1 and d['items'][0]['jenjang'] == 'ahli_muda'"
req "/api/v1/employees?q=AMIN"
check "d['total'] == 1 and d['items'][0]['name'] == 'Siti Aminah'"
req "/api/v1/employees?q=1980"
check "d['total'] == 1 and d['items'][0]['nip'] == '198001012005011001'"
req "/api/v1/employees?q=%25"
check "d['total'] == 0"
req "/api/v1/employees?golongan=III%2Fb&status=PNS"
check "d['total'] == 1 and d['items'][0]['golongan'] == 'III/b'"
pass "employees: filters (unit, jenjang, q, golongan, status; LIKE wildcards are literal)"

req "/api/v1/employees?colour=red"
want 400 "unknown parameter"
error_shape usage
check "d['field'] == 'colour' and d['row'] is None"
req "/api/v1/employees?limit=ten"
want 400 "bad number"
check "d['field'] == 'limit'"
req "/api/v1/employees?limit=501"
want 400 "limit above max"
req "/api/v1/employees?sort=salary"
want 400 "bad sort"
check "d['field'] == 'sort'"
req "/api/v1/employees?status=honorer"
want 400 "bad status"
check "d['field'] == 'status'"
pass "employees: deny-by-default validation"

req /api/v1/employees/198001012005011001
want 200 "employee by NIP"
check "d['nip'] == '198001012005011001' and d['position_code'] == 'KABAG.ORG' and d['position_name'] == 'Kepala Bagian Organisasi'"
check "d['unit_code'] == 'SETDA.ORG' and d['unit_name'] == 'Bagian Organisasi' and d['golongan'] == 'IV/a' and d['tmt_jabatan'] == '2020-01-02'"
check "[s['year'] for s in d['skp']] == [2022, 2023] and d['skp'][1]['predikat'] == 'Sangat Baik'"
check "len(d['sanctions']) == 1 and d['sanctions'][0]['level'] == 'ringan' and d['sanctions'][0]['end_date'] is None"
pass "employee by NIP with SKP history and sanctions"

# profiles are cached per worker until the database changes: a change by another process
# (here the SQL client) shows on the very next request, whichever worker answers it
for _ in 1 2 3 4; do req /api/v1/employees/198001012005011001; done
sql <<'EOF'
INSERT INTO hist_sanction (tenant_id, employee_id, level, kind, start_date, reason)
  SELECT tenant_id, id, 'sedang', 'penundaan kenaikan gaji berkala', '2024-05-01', 'mangkir'
  FROM employee WHERE nip = '198001012005011001';
EOF
for _ in 1 2 3 4; do
  req /api/v1/employees/198001012005011001
  check "len(d['sanctions']) == 2 and d['sanctions'][1]['level'] == 'sedang'"
done
sql -c "DELETE FROM hist_sanction WHERE level = 'sedang'" 2>/dev/null ||
  sql "DELETE FROM hist_sanction WHERE level = 'sedang'"
for _ in 1 2 3 4; do
  req /api/v1/employees/198001012005011001
  check "len(d['sanctions']) == 1"
done
pass "a cached profile follows a change made by another process at once"

req /api/v1/employees/197001012000011001
want 404 "other tenant's employee"
error_shape not_found
req /api/v1/employees/000000000000000000
want 400 "malformed NIP"
error_shape usage
check "d['field'] == 'nip' and '000000000000000000' in d['message']"
req /api/v1/employees/199001012015011002
want 404 "absent employee"
error_shape not_found
check "d['field'] == 'nip'"
req /api/v1/nothing
want 404 "unknown route"
error_shape not_found
req /api/v1/employees/
want 404 "trailing slash"
pass "404 shapes"

req -X DELETE /api/v1/employees/198001012005011001
want 405 "DELETE employee"
error_shape method_not_allowed
grep -qi '^Allow: GET, HEAD' "$TMP/hdr" || fail "Allow header: $(cat "$TMP/hdr")"
req -X POST /healthz
want 405 "POST healthz"
pass "405 with Allow"

head -c $((1024 * 1024 + 10)) /dev/zero | tr '\0' 'x' >"$TMP/big"
req -X GET --data-binary "@$TMP/big" -H 'Content-Type: text/plain' /healthz
want 413 "body over 1 MiB"
error_shape too_large
pass "413 for a body over 1 MiB"

# ---- positions and units -----------------------------------------------------
req /api/v1/positions
want 200 positions
check "d['total'] == 2 and [p['code'] for p in d['items']] == ['JF/ANALIS', 'KABAG.ORG']"
check "[(s['competency_code'], s['level']) for s in d['items'][1]['skj']] == [('M.01', 3), ('M.02', 2)] and d['items'][0]['skj'] == []"
check "d['items'][1]['is_key'] is True and d['items'][1]['kelas_jabatan'] == 11 and d['items'][1]['unit_code'] == 'SETDA.ORG'"
req "/api/v1/positions?key=true"
check "[p['code'] for p in d['items']] == ['KABAG.ORG']"
req "/api/v1/positions?jenis=fungsional&unit=SETDA.ORG"
check "[p['code'] for p in d['items']] == ['JF/ANALIS']"
req "/api/v1/positions?key=maybe"
want 400 "bad key"
check "d['field'] == 'key'"
req /api/v1/positions/JF%2FANALIS
want 200 "position by code with an encoded slash"
check "d['code'] == 'JF/ANALIS' and d['jenjang'] == 'ahli_muda'"
req /api/v1/positions/NOPE
want 404 "absent position"
error_shape not_found
pass "positions"

req /api/v1/units
want 200 units
check "d['total'] == 2 and [(u['code'], u['parent_code'], u['depth']) for u in d['items']] == [('SETDA', None, 0), ('SETDA.ORG', 'SETDA', 1)]"
req "/api/v1/units?parent=SETDA"
check "[u['code'] for u in d['items']] == ['SETDA.ORG']"
pass "units"

# ---- request ids and keep-alive ----------------------------------------------
req -H 'X-Request-Id: abc-DEF_123' /healthz
grep -q '^X-Request-Id: abc-DEF_123' "$TMP/hdr" || fail "client request id not reused"
req -H 'X-Request-Id: bad id!' /healthz
grep -qi '^X-Request-Id: [0-9a-f]\{16\}' "$TMP/hdr" || fail "insane request id not replaced"
grep -q 'path=/healthz status=200 .*rid=abc-DEF_123' "$TMP/serve.err" || fail "access log line"
pass "request ids and access log"

conns=$(curl -sS -o /dev/null -o /dev/null -w '%{num_connects}\n' "$BASE/healthz" "$BASE/api/v1/units" | tr '\n' ' ')
[ "$conns" = "1 0 " ] || fail "keep-alive: connects per request were '$conns'"
pass "keep-alive survives a response"

# ---- graceful stop -----------------------------------------------------------
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

# ---- the browser application's files (--web) ------------------------------------------
mkdir -p "$TMP/web/assets"
echo '<!doctype html><title>merit</title>' >"$TMP/web/index.html"
echo 'console.log(1)' >"$TMP/web/assets/app-abc.js"
echo 'secret' >"$TMP/web/.env"
echo 'outside' >"$TMP/outside.txt"
ln -s "$TMP/outside.txt" "$TMP/web/assets/link.txt"
: >"$TMP/serve.out"
"$MERIT_BIN" --db "$URL" --tenant ittenant serve --listen 127.0.0.1:0 --web "$TMP/web" \
  >"$TMP/serve.out" 2>"$TMP/serve.err" &
SERVER_PID=$!
PORT=
for _ in $(seq 1 100); do
  PORT=$(sed -n 's|^merit: listening on http://127\.0\.0\.1:\([0-9][0-9]*\) .*|\1|p' "$TMP/serve.out")
  [ -n "$PORT" ] && break
  sleep 0.1
done
[ -n "$PORT" ] || fail "no 'listening on' line with --web"
BASE="http://127.0.0.1:$PORT"
web() { # PATH -> "STATUS CONTENT-TYPE"
  curl -sS --path-as-is -o "$TMP/body" -D "$TMP/hdr" -w '%{http_code} %{content_type}' "$BASE$1"
}
[ "$(web /)" = "200 text/html; charset=utf-8" ] || fail "/ is the application's page"
grep -q '<title>merit</title>' "$TMP/body" || fail "/ body"
grep -qi '^Cache-Control: no-cache' "$TMP/hdr" || fail "the page is revalidated"
grep -qi "^Content-Security-Policy: default-src 'self'" "$TMP/hdr" || fail "CSP"
[ "$(web /assets/app-abc.js)" = "200 text/javascript; charset=utf-8" ] || fail "a script"
grep -qi '^Cache-Control: public, max-age=31536000, immutable' "$TMP/hdr" || fail "hashed assets cached"
[ "$(web /pegawai/198001012005011001)" = "200 text/html; charset=utf-8" ] || fail "client-side route"
for p in /.env /assets/..%2F.env /..%2F..%2Fetc%2Fpasswd /../../etc/passwd /assets/link.txt \
  /assets//app-abc.js /nothing.png /api/v1/nothing; do
  case $(web "$p") in 404*) ;; *) fail "$p must be 404: $(head -c 200 "$TMP/body")" ;; esac
done
[ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/")" = 405 ] ||
  [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/")" = 404 ] || fail "POST /"
kill -TERM "$SERVER_PID"
wait "$SERVER_PID" || fail "exit status with --web"
SERVER_PID=
pass "--web: the page, scripts, client-side routes; hidden files, traversal, symlinks refused"
