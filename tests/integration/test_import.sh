#!/usr/bin/env bash
# Import: messy CSV/XLSX, all-or-nothing with every error listed, idempotent
# re-import, histories, and export -> import round trips.
. "$(dirname "$0")/lib.sh"

url=$(it_new_db import)
m() { "$MERIT_BIN" --db "$url" --tenant kab "$@"; }
data=$IT_TMP/data
$PY "$MERIT_SRC/tests/fixtures/import/make_data.py" "$data" 1000

expect_exit 0 "$MERIT_BIN" --db "$url" init
expect_exit 0 m tenant add kab "Kabupaten Uji"

# units arrive children first; parents are resolved after all rows
expect_exit 0 m import units "$data/units.csv"
grep -q "5 rows: 5 inserted, 0 updated, 0 unchanged" "$IT_TMP/out" || fail "units counts: $(cat "$IT_TMP/out")"
[ "$(it_sql "$url" "SELECT p.code FROM unit u JOIN unit p ON p.id = u.parent_id WHERE u.code = 'OPD01.B1.S1'")" = OPD01.B1 ] ||
  fail "unit parent not set"
pass "units imported with parents"

expect_exit 0 m import positions "$data/positions.csv"
grep -q "5 rows: 5 inserted" "$IT_TMP/out" || fail "positions counts: $(cat "$IT_TMP/out")"
# SKJ: integritas given as 4 for KABID1, others default to the jenjang standard (administrator 3)
[ "$(it_sql "$url" "SELECT s.level FROM skj_item s JOIN position p ON p.id = s.position_id WHERE p.code = 'OPD01.KABID1' AND s.competency_code = 'M.01'")" = 4 ] || fail "SKJ explicit level"
[ "$(it_sql "$url" "SELECT s.level FROM skj_item s JOIN position p ON p.id = s.position_id WHERE p.code = 'OPD01.KABID1' AND s.competency_code = 'M.02'")" = 3 ] || fail "SKJ default level"
[ "$(it_sql "$url" "SELECT count(*) FROM skj_item s JOIN position p ON p.id = s.position_id WHERE p.code = 'OPD01.GURU.AM' AND s.kind = 'teknis'")" = 2 ] || fail "technical SKJ"
pass "positions imported with SKJ"

# --- 1,000 rows with 3 bad ones: all 3 listed with row and column, exit 65, nothing written
bad=$IT_TMP/bad.csv
$PY - "$data/employees.csv" "$bad" <<'PYEOF'
import csv, sys
src, dst = sys.argv[1], sys.argv[2]
rows = list(csv.reader(open(src, encoding="utf-8-sig", newline="")))
# row numbers as a spreadsheet shows them: header is row 1
rows[10 - 1][0] = "1.97E+17"       # NIP mangled by Excel
rows[500 - 1][6] = "31-02-2020"    # TMT golongan: not a calendar date
rows[999 - 1][7] = "TIDAK.ADA"     # unknown position code
csv.writer(open(dst, "w", encoding="utf-8-sig", newline=""), lineterminator="\r\n").writerows(rows)
PYEOF
before=$(it_sql "$url" "SELECT count(*) FROM employee")
expect_exit 65 m import employees "$bad"
grep -q "^$bad:10:nipBaru: .*Excel" "$IT_TMP/err" || fail "row 10 NIP error missing: $(cat "$IT_TMP/err")"
grep -q "^$bad:500:TMT Golongan: " "$IT_TMP/err" || fail "row 500 date error missing: $(cat "$IT_TMP/err")"
grep -q "^$bad:999:Kode Jabatan: .*TIDAK.ADA" "$IT_TMP/err" || fail "row 999 position error missing: $(cat "$IT_TMP/err")"
[ "$(grep -c "^$bad:[0-9]*:" "$IT_TMP/err")" = 3 ] || fail "expected exactly 3 row errors: $(cat "$IT_TMP/err")"
[ "$(it_sql "$url" "SELECT count(*) FROM employee")" = "$before" ] || fail "bad import wrote rows"
pass "1000 rows with 3 bad: 3 errors listed, exit 65, nothing written"

expect_exit 0 m import employees "$data/employees.csv" --dry-run
grep -q "1000 rows: 1000 inserted.*dry run" "$IT_TMP/out" || fail "dry run counts: $(cat "$IT_TMP/out")"
[ "$(it_sql "$url" "SELECT count(*) FROM employee")" = 0 ] || fail "dry run wrote rows"
pass "dry run validates and writes nothing"

expect_exit 0 m import employees "$data/employees.csv"
grep -q "1000 rows: 1000 inserted, 0 updated, 0 unchanged" "$IT_TMP/out" || fail "employee counts: $(cat "$IT_TMP/out")"
expect_exit 0 m import employees "$data/employees.csv"
grep -q "1000 rows: 0 inserted, 0 updated, 1000 unchanged" "$IT_TMP/out" || fail "re-import not idempotent: $(cat "$IT_TMP/out")"
pass "employee import and idempotent re-import"

# the same employees from XLSX (NIP as text, a date cell as serial, second sheet ignored)
if [ -f "$data/employees.xlsx" ]; then
  expect_exit 0 m import employees "$data/employees.xlsx"
  grep -q "1000 rows: 0 inserted, 0 updated, 1000 unchanged" "$IT_TMP/out" || fail "xlsx import: $(cat "$IT_TMP/out") $(head "$IT_TMP/err")"
  expect_exit 66 m import employees "$data/employees.xlsx" --sheet Tidak
  grep -q "Pegawai" "$IT_TMP/err" || fail "unknown sheet error should list sheets: $(cat "$IT_TMP/err")"
  pass "XLSX import and sheet selection"
fi

# one changed name -> 1 updated
$PY - "$data/employees.csv" "$IT_TMP/one.csv" <<'PYEOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
rows[1][1] = "Nama Baru"
csv.writer(open(sys.argv[2], "w", encoding="utf-8", newline=""), lineterminator="\n").writerows(rows)
PYEOF
expect_exit 0 m import employees "$IT_TMP/one.csv"
grep -q "1000 rows: 0 inserted, 1 updated, 999 unchanged" "$IT_TMP/out" || fail "update count: $(cat "$IT_TMP/out")"
pass "changed row counted as updated"

for k in skp:skp.csv sanctions:sanctions.csv training:training.csv golongan-history:golongan.csv position-history:position_history.csv; do
  expect_exit 0 m import "${k%%:*}" "$data/${k#*:}"
  grep -q "inserted" "$IT_TMP/out" || fail "${k%%:*}: $(cat "$IT_TMP/out")"
done
[ "$(it_sql "$url" "SELECT count(*) FROM hist_skp")" = 400 ] || fail "skp rows"
[ "$(it_sql "$url" "SELECT count(*) FROM hist_skp WHERE rating_hasil = 'di_atas' AND rating_perilaku = 'sesuai' AND predikat <> 'baik'")" = 0 ] || fail "predikat matrix"
pass "histories imported"

# export -> import round trips, every kind, CSV and XLSX
for kind in units positions employees skp sanctions training golongan-history position-history; do
  for fmt in csv xlsx json; do
    expect_exit 0 m export "$kind" --format "$fmt" -o "$IT_TMP/rt.$fmt"
    expect_exit 0 m import "$kind" "$IT_TMP/rt.$fmt"
    grep -Eq " 0 inserted, 0 updated, [0-9]+ unchanged" "$IT_TMP/out" || fail "$kind $fmt round trip: $(cat "$IT_TMP/out") $(head -5 "$IT_TMP/err")"
  done
done
expect_exit 0 m export employees --format json -o "$IT_TMP/e.json"
$PY -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d)==1000 and len(d[0]["nip"])==18, d[0]' "$IT_TMP/e.json" || fail "json export"
pass "export/import round trips (csv, xlsx, json)"

# templates need no database and import as an empty file
expect_exit 0 "$MERIT_BIN" export employees --template -o "$IT_TMP/tpl.xlsx"
expect_exit 0 m import employees "$IT_TMP/tpl.xlsx"
grep -q "0 rows" "$IT_TMP/out" || fail "template import: $(cat "$IT_TMP/out")"
pass "template"

# wrong file types and missing columns
printf '%%PDF-1.4 hello' >"$IT_TMP/x.csv"
expect_exit 65 m import employees "$IT_TMP/x.csv"
grep -qi "pdf" "$IT_TMP/err" || fail "pdf refusal: $(cat "$IT_TMP/err")"
printf 'nama,status\nBudi,PNS\n' >"$IT_TMP/nocol.csv"
expect_exit 65 m import employees "$IT_TMP/nocol.csv"
grep -q "nip" "$IT_TMP/err" || fail "missing column: $(cat "$IT_TMP/err")"
expect_exit 66 m import employees "$IT_TMP/does-not-exist.csv"
expect_exit 64 m import nonsense "$IT_TMP/x.csv"
pass "bad files refused with clear messages"
echo "all import checks passed ($TEST_ENGINE)"
