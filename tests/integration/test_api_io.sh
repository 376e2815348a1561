#!/usr/bin/env bash
# test_api_io.sh - imports by multipart upload and exports as downloads, once
# per engine: an upload answers 202 and runs in the background with the CLI's
# counts; a file with 3 bad rows fails with exactly the CLI's errors and writes
# nothing; broken multipart, an unknown kind, an upload over --upload-limit and
# a path in the file name are refused or harmless; runs are per agency; a run
# left "running" by a killed server is marked failed at the next start; a
# SIGTERM right after an upload finishes that import; exports are the bytes
# `merit export` writes, with the right Content-Type and Content-Disposition.
. "$(dirname "$0")/lib.sh"

url=$(it_new_db apiio)
m() { "$MERIT_BIN" --db "$url" --tenant demo "$@"; }
T=$IT_TMP
expect_exit 0 "$MERIT_BIN" --db "$url" init
expect_exit 0 m demo --employees 300 --wave-size 0 --quiet
expect_exit 0 "$MERIT_BIN" --db "$url" --tenant other tenant add other "Kabupaten Lain"
adduser() { # TENANT NAME ROLE
  echo 'longpassword1' | "$MERIT_BIN" --db "$url" --tenant "$1" user add "$2" --role "$3" \
    --password-stdin >/dev/null || fail "user add $2"
}
adduser demo op1 operator
adduser demo hd1 head
adduser other op2 operator
# a run a killed server left behind: the next start marks it failed
it_sql "$url" "INSERT INTO import_run (tenant_id, kind, filename, state, created_by, created_at)
  SELECT id, 'units', 'stale.csv', 'running', 'op1', '2026-01-01T00:00:00Z' FROM tenant WHERE code = 'demo'" >/dev/null
STALE=$(it_sql "$url" "SELECT max(id) FROM import_run")
pass "$TEST_ENGINE: demo agency (300 employees), another agency, accounts"

# ---- server --------------------------------------------------------------------
SERVER_PID=
it_cleanup_hooks+=('[ -z "$SERVER_PID" ] || { kill -KILL "$SERVER_PID"; wait "$SERVER_PID"; } 2>/dev/null')
start_server() {
  : >"$T/serve.out"
  "$MERIT_BIN" --db "$url" --tenant demo serve --listen 127.0.0.1:0 --threads 4 --upload-limit 1 \
    >"$T/serve.out" 2>>"$T/serve.err" &
  SERVER_PID=$!
  PORT=
  for _ in $(seq 1 100); do
    PORT=$(sed -n 's|^merit: listening on http://127\.0\.0\.1:\([0-9][0-9]*\) .*$|\1|p' "$T/serve.out")
    [ -n "$PORT" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || fail "server exited early: $(tail -n 20 "$T/serve.err")"
    sleep 0.1
  done
  [ -n "$PORT" ] || fail "no 'listening on' line"
  BASE="http://127.0.0.1:$PORT"
}
stop_server() {
  kill -TERM "$SERVER_PID"
  local rc=0
  wait "$SERVER_PID" || rc=$?
  SERVER_PID=
  [ "$rc" -eq 0 ] || fail "server exited with $rc after SIGTERM: $(tail -n 20 "$T/serve.err")"
}
start_server
pass "listening on port $PORT (--upload-limit 1 MiB)"

# login NAME: a cookie jar $T/NAME.jar and the CSRF token in $T/NAME.csrf
login() {
  curl -sS -c "$T/$1.jar" -o "$T/body" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"longpassword1\"}" "$BASE/api/v1/auth/login" ||
    fail "login $1"
  $PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["csrf_token"])' "$T/body" >"$T/$1.csrf" ||
    fail "login $1: $(cat "$T/body")"
}
login op1
login hd1
login op2
AS=op1
# req [curl args...] PATH: as $AS; STATUS, body in $T/body, headers in $T/hdr
req() {
  local path=${*: -1}
  STATUS=$(curl -sS -o "$T/body" -D "$T/hdr" -w '%{http_code}' -b "$T/$AS.jar" \
    -H "X-CSRF-Token: $(cat "$T/$AS.csrf")" "${@:1:$#-1}" "$BASE$path") || fail "curl $path"
}
check() {
  $PY -c 'import json, sys
d = json.load(open(sys.argv[1]))
if not eval(sys.argv[2]):
    sys.exit("assertion failed: %s\nbody: %s" % (sys.argv[2], json.dumps(d)[:3000]))' "$T/body" "$1" ||
    fail "check: $1"
}
want() { [ "$STATUS" = "$1" ] || fail "$2: want HTTP $1, got $STATUS: $(head -c 600 "$T/body")"; }
error_shape() { # CODE [FIELD]
  check "sorted(d) == ['code', 'field', 'message', 'row'] and d['code'] == '$1' and d['message']"
  [ -z "${2:-}" ] || check "d['field'] == '$2'"
}
jget() { $PY -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$T/body" "$1"; }
# poll ID: GET the run until done or failed (30 s at most); body in $T/body
poll() {
  for _ in $(seq 1 300); do
    req "/api/v1/imports/$1"
    want 200 "GET import $1"
    case "$(jget state)" in done | failed) return 0 ;; esac
    sleep 0.1
  done
  fail "import $1 did not finish: $(cat "$T/body")"
}
# upload KIND FILE [curl -F suffix] [query]: POST as $AS
upload() { req -F "file=@$2${3:-}" "/api/v1/imports?kind=$1${4:-}"; }

# ---- the interrupted run -------------------------------------------------------
req "/api/v1/imports/$STALE"
want 200 "stale run"
check "d['state'] == 'failed' and d['errors'][0]['code'] == 'interrupted' and d['finished_at']"
pass "a run left running by a previous process is failed ('interrupted') at start"

# ---- exports -------------------------------------------------------------------
expect_exit 0 m export employees -o "$T/cli.csv"
req "/api/v1/exports/employees?format=csv"
want 200 "export csv"
cmp -s "$T/body" "$T/cli.csv" || fail "the CSV download differs from merit export"
grep -qi '^Content-Type: text/csv' "$T/hdr" || fail "csv content type: $(cat "$T/hdr")"
grep -qi '^Content-Disposition: attachment; filename="employees.csv"' "$T/hdr" ||
  fail "csv disposition: $(cat "$T/hdr")"
req "/api/v1/exports/employees"
cmp -s "$T/body" "$T/cli.csv" || fail "csv is the default format"
expect_exit 0 m export positions --format xlsx -o "$T/cli.xlsx"
req "/api/v1/exports/positions?format=xlsx"
want 200 "export xlsx"
cmp -s "$T/body" "$T/cli.xlsx" || fail "the XLSX download differs from merit export"
grep -qi '^Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' "$T/hdr" ||
  fail "xlsx content type: $(cat "$T/hdr")"
grep -qi '^Content-Disposition: attachment; filename="positions.xlsx"' "$T/hdr" ||
  fail "xlsx disposition: $(cat "$T/hdr")"
expect_exit 0 "$MERIT_BIN" export skp --template -o "$T/tpl.csv"
req "/api/v1/exports/skp?template=true"
want 200 "template"
cmp -s "$T/body" "$T/tpl.csv" || fail "template differs"
grep -qi 'filename="skp-template.csv"' "$T/hdr" || fail "template file name"
AS=hd1 req "/api/v1/exports/units?format=csv"
want 200 "a head downloads"
expect_exit 0 m export units -o "$T/units.csv"
cmp -s "$T/body" "$T/units.csv" || fail "units download"
AS=op2 req "/api/v1/exports/employees"
want 200 "other agency's export"
[ "$(wc -l <"$T/body")" = 1 ] || fail "another agency downloads only its own (no) employees"
req "/api/v1/exports/nosuch"
want 404 "unknown export kind"
error_shape not_found kind
req "/api/v1/exports/employees?format=pdf"
want 400 "unknown format"
error_shape usage format
req "/api/v1/exports/employees?sep=x"
want 400 "undeclared parameter"
pass "exports: CSV and XLSX equal merit export, types, file names, template, per agency, 404/400"

# ---- a good upload -------------------------------------------------------------
# 40 employees of the export, 5 renamed: the CLI's dry run gives the expected counts
$PY - "$T/cli.csv" "$T/good.csv" <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
out = rows[:41]
for r in out[1:6]:
    r[1] = r[1] + " Baru"
csv.writer(open(sys.argv[2], "w", encoding="utf-8-sig", newline=""), lineterminator="\r\n").writerows(out)
EOF
expect_exit 0 m import employees "$T/good.csv" --dry-run
grep -q "40 rows: 0 inserted, 5 updated, 35 unchanged" "$T/out" || fail "CLI dry run: $(cat "$T/out")"
upload employees "$T/good.csv"
want 202 "upload"
check "sorted(d) == ['id', 'progress_url', 'state'] and d['state'] == 'queued' and d['progress_url'] == '/api/v1/imports/%d' % d['id']"
GOOD=$(jget id)
poll "$GOOD"
check "d['state'] == 'done' and d['kind'] == 'employees' and d['filename'] == 'good.csv' and d['created_by'] == 'op1'"
check "d['rows_total'] == 40 and d['rows_done'] == 40 and d['errors'] == [] and d['finished_at']"
check "(d['summary']['rows'], d['summary']['inserted'], d['summary']['updated'], d['summary']['unchanged']) == (40, 0, 5, 35)"
check "d['summary']['dry_run'] is False"
NIP1=$(sed -n 2p "$T/good.csv" | cut -d, -f1)
[ "$(it_sql "$url" "SELECT name FROM employee WHERE nip = '$NIP1'")" = "$(sed -n 2p "$T/good.csv" | cut -d, -f2)" ] ||
  fail "the upload did not write the new name"
expect_exit 0 m import employees "$T/good.csv" --dry-run
grep -q "40 rows: 0 inserted, 0 updated, 40 unchanged" "$T/out" || fail "after the upload: $(cat "$T/out")"
pass "good CSV: 202, polled to done, counts equal the CLI's (0 inserted, 5 updated, 35 unchanged), written"

# dry run over the API: counts, nothing written
$PY - "$T/good.csv" "$T/dry.csv" <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
rows[1][1] = "Nama Uji Coba"
csv.writer(open(sys.argv[2], "w", encoding="utf-8-sig", newline="")).writerows(rows)
EOF
upload employees "$T/dry.csv" "" "&dry_run=true"
want 202 "dry-run upload"
poll "$(jget id)"
check "d['state'] == 'done' and d['summary']['dry_run'] is True and d['summary']['updated'] == 1"
[ "$(it_sql "$url" "SELECT count(*) FROM employee WHERE name = 'Nama Uji Coba'")" = 0 ] || fail "dry run wrote"
pass "dry_run=true: counted, nothing written"

# ---- 3 bad rows: failed, exactly the CLI's errors, nothing written -------------
$PY - "$T/cli.csv" "$T/bad.csv" <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
out = rows[:61]
h = out[0]
for r in out[1:]:
    r[1] = r[1] + " Salah"              # every valid row changes too: nothing may be written
out[5 - 1][h.index("nip")] = "1.97E+17"            # Excel-mangled NIP (row 5)
out[12 - 1][h.index("tmt_golongan")] = "31-02-2020"  # not a date (row 12)
out[58 - 1][h.index("kode_jabatan")] = "TIDAK.ADA"   # unknown position (row 58)
csv.writer(open(sys.argv[2], "w", encoding="utf-8-sig", newline=""), lineterminator="\r\n").writerows(out)
EOF
before=$(it_sql "$url" "SELECT count(*) || ':' || sum(length(name)) FROM employee")
expect_exit 65 m import employees "$T/bad.csv"
cp "$T/err" "$T/cli-bad.err"
upload employees "$T/bad.csv"
want 202 "bad upload accepted"
BAD=$(jget id)
poll "$BAD"
check "d['state'] == 'failed' and d['rows_done'] == 60 and d['summary']['errors'] == 3"
check "[(e['row'], e['field'], e['code']) for e in d['errors']] == [(5, 'nip', 'invalid'), (12, 'tmt_golongan', 'invalid'), (58, 'kode_jabatan', 'invalid')]"
# the same lines the CLI printed as FILE:ROW:COLUMN: reason
$PY - "$T/body" "$T/cli-bad.err" "$T/bad.csv" <<'EOF' || fail "API errors differ from the CLI's"
import json, sys
d = json.load(open(sys.argv[1]))
api = ["%s:%s:%s: %s" % (sys.argv[3], e["row"], e["field"], e["message"]) for e in d["errors"]]
cli = [l for l in open(sys.argv[2]).read().splitlines() if l.startswith(sys.argv[3] + ":")]
if api != cli:
    sys.exit("api: %r\ncli: %r" % (api, cli))
EOF
[ "$(it_sql "$url" "SELECT count(*) || ':' || sum(length(name)) FROM employee")" = "$before" ] ||
  fail "a failed upload wrote something"
pass "3 bad rows: failed with rows 5, 12, 58 and the CLI's messages; nothing written"

# a file-level problem (no header row the kind needs) is listed like the CLI's
printf 'foo,bar\n1,2\n' >"$T/nohdr.csv"
upload employees "$T/nohdr.csv"
want 202 "header-less upload"
poll "$(jget id)"
check "d['state'] == 'failed' and len(d['errors']) >= 1 and all(e['code'] == 'invalid' for e in d['errors'])"
check "'/tmp/' not in json.dumps(d) and d['summary']['message'].startswith('nohdr.csv:')"
pass "missing required columns: failed, messages name the uploaded file, not the server's path"

# ---- broken multipart ------------------------------------------------------------
printf -- '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nnip,nama\r\n1,2\r\n' >"$T/trunc.body"
req -H 'Content-Type: multipart/form-data; boundary=XyZ' --data-binary "@$T/trunc.body" /api/v1/imports?kind=employees
want 400 "truncated multipart"
error_shape usage
req -H 'Content-Type: multipart/form-data' --data-binary "@$T/trunc.body" /api/v1/imports?kind=employees
want 400 "multipart without a boundary"
error_shape usage
req -F "file=@$T/good.csv" -F "file=@$T/bad.csv" /api/v1/imports?kind=employees
want 400 "two file parts"
error_shape usage file
req -F "other=@$T/good.csv" /api/v1/imports?kind=employees
want 400 "no file part"
error_shape usage file
req -H 'Content-Type: application/json' -d '{}' /api/v1/imports?kind=employees
want 400 "JSON instead of a file"
error_shape usage file
: >"$T/empty.csv"
upload employees "$T/empty.csv"
want 400 "empty file"
error_shape usage file
pass "broken multipart (truncated, no boundary, two files, no file, JSON, empty): 400 with the error shape"

upload nosuch "$T/good.csv"
want 400 "unknown kind"
error_shape usage kind
upload employees "$T/good.csv" "" "&dry_run=maybe"
want 400 "bad dry_run"
error_shape usage dry_run
head -c $((2 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$T/big.csv"
upload employees "$T/big.csv"
want 413 "upload over --upload-limit"
error_shape too_large
pass "unknown kind 400, bad query 400, 2 MiB over a 1 MiB limit 413"

# ---- file names with a path ----------------------------------------------------
rm -f /tmp/merit-it-evil.csv
sum_before=$(md5sum /etc/passwd)
upload employees "$T/good.csv" ";filename=../../../../tmp/merit-it-evil.csv"
want 202 "path in the file name"
poll "$(jget id)"
check "d['filename'] == 'merit-it-evil.csv' and d['state'] == 'done'"
upload employees "$T/good.csv" ";filename=../../etc/passwd"
want 202 "../../etc/passwd"
poll "$(jget id)"
check "d['filename'] == 'passwd' and d['state'] == 'done'"
upload employees "$T/good.csv" ';filename=..'
want 202 "file name .."
poll "$(jget id)"
check "d['filename'] == 'upload'"
[ ! -e /tmp/merit-it-evil.csv ] || fail "a file was written outside the spool folder"
[ "$(md5sum /etc/passwd)" = "$sum_before" ] || fail "/etc/passwd changed"
[ "$(it_sql "$url" "SELECT count(*) FROM import_run WHERE filename LIKE '%/%' OR filename LIKE '%..%'")" = 0 ] ||
  fail "a stored file name keeps a path"
pass "path traversal in the file name: only the base name is kept, nothing written outside"

# ---- roles and agencies --------------------------------------------------------
AS=hd1 upload employees "$T/good.csv"
want 403 "a head may not import"
AS=hd1 req "/api/v1/imports/$GOOD"
want 200 "a head reads a run"
AS=op2 req "/api/v1/imports/$GOOD"
want 404 "another agency's run"
error_shape not_found id
AS=op2 req /api/v1/imports
want 200 "other agency's list"
check "d['total'] == 0 and d['items'] == []"
req /api/v1/imports/999999
want 404 "unknown run"
req /api/v1/imports/abc
want 404 "non-numeric run id"
pass "roles: a head reads but cannot upload; another agency sees none of these runs"

# ---- the list ------------------------------------------------------------------
NRUNS=$(it_sql "$url" "SELECT count(*) FROM import_run WHERE tenant_id = (SELECT id FROM tenant WHERE code = 'demo')")
req "/api/v1/imports?limit=2"
want 200 "list"
check "d['total'] == $NRUNS and d['limit'] == 2 and d['offset'] == 0 and len(d['items']) == 2"
check "d['items'][0]['id'] > d['items'][1]['id'] and 'errors' not in d['items'][0]"
req "/api/v1/imports?limit=500"
check "[i['id'] for i in d['items'] if i['id'] in ($GOOD, $BAD)] == [$BAD, $GOOD]"
check "[i['state'] for i in d['items'] if i['id'] in ($GOOD, $BAD)] == ['failed', 'done']"
pass "list: newest first, paged, total $NRUNS"

# ---- SIGTERM right after an upload: the import still finishes --------------------
expect_exit 0 m export employees -o "$T/all.csv"
$PY - "$T/all.csv" "$T/all2.csv" <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
for r in rows[1:]:
    r[1] = r[1] + " Akhir"
csv.writer(open(sys.argv[2], "w", encoding="utf-8-sig", newline="")).writerows(rows)
EOF
upload employees "$T/all2.csv"
want 202 "last upload"
LAST=$(jget id)
stop_server
[ "$(it_sql "$url" "SELECT state || ':' || rows_done FROM import_run WHERE id = $LAST")" = "done:300" ] ||
  fail "import after SIGTERM: $(it_sql "$url" "SELECT * FROM import_run WHERE id = $LAST")"
[ "$(it_sql "$url" "SELECT count(*) FROM employee WHERE name LIKE '% Akhir'")" = 300 ] ||
  fail "the accepted import was not written"
pass "SIGTERM right after a 202: the server finished the import (300 rows) before exiting 0"
