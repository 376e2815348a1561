#!/usr/bin/env bash
# Demo: `merit demo` fills an empty tenant deterministically, all in one go,
# and refuses (exit 65) to write into a tenant that already holds data.
. "$(dirname "$0")/lib.sh"

url=$(it_new_db demo)
m() { "$MERIT_BIN" --db "$url" "$@"; }
q() { it_sql "$url" "$1"; }

expect_exit 0 m init

# help in both languages; bad counts are usage errors
expect_exit 0 m demo --help
grep -q -- "--employees N" "$IT_TMP/out" || fail "help does not list --employees"
grep -q "Usage: merit demo" "$IT_TMP/out" || fail "English help missing"
MERIT_LANG=id expect_exit 0 m demo --help
grep -q "Pemakaian: merit demo" "$IT_TMP/out" || fail "Indonesian help missing"
expect_exit 64 m demo --employees 5
expect_exit 64 m demo --employees abc
expect_exit 64 m demo --seed -1
pass "help and usage errors"

expect_exit 0 m demo --employees 500 --seed 7
grep -Eq "employees +500 \(PNS [0-9]+, PPPK [0-9]+" "$IT_TMP/out" || fail "summary: $(cat "$IT_TMP/out")"
[ "$(q "SELECT count(*) FROM employee e JOIN tenant t ON t.id = e.tenant_id WHERE t.code = 'demo'")" = 500 ] ||
  fail "employee count"
[ "$(q "SELECT name FROM tenant WHERE code = 'demo'")" = "Kabupaten Contoh" ] || fail "tenant name"
[ "$(q "SELECT count(*) FROM unit WHERE kind = 'opd'")" = 3 ] || fail "OPD count"
[ "$(q "SELECT count(DISTINCT status) FROM employee")" = 2 ] || fail "PNS and PPPK expected"
[ "$(q "SELECT count(*) FROM employee WHERE length(nip) <> 18 OR substr(nip, 15, 1) <> CASE sex WHEN 'L' THEN '1' ELSE '2' END")" = 0 ] ||
  fail "NIP length or sex digit"
[ "$(q "SELECT count(*) FROM (SELECT position_id FROM employee e JOIN position p ON p.id = e.position_id WHERE p.jenis = 'struktural' GROUP BY position_id HAVING count(*) > 1) x")" = 0 ] ||
  fail "a structural position has two holders"
[ "$(q "SELECT count(*) FROM position WHERE is_key = 1")" -ge 3 ] || fail "key positions"
skp=$(q "SELECT count(*) FROM hist_skp")
[ "$skp" -ge 500 ] || fail "SKP rows: $skp"
grep -Eq "SKP rows +$skp\$" "$IT_TMP/out" || fail "summary SKP count differs from the table ($skp)"
[ "$(q "SELECT count(*) FROM hist_golongan")" -ge 500 ] || fail "golongan history"
[ "$(q "SELECT count(*) FROM hist_position WHERE tmt_end IS NULL")" = 500 ] || fail "current position history"
[ "$(q "SELECT count(*) FROM skj_item WHERE kind = 'manajerial'")" = "$(( $(q "SELECT count(*) FROM position") * 8 ))" ] ||
  fail "8 managerial SKJ rows per position"
pass "demo of 500 written ($skp SKP rows)"

# a second run into the same tenant is refused and changes nothing
expect_exit 65 m demo --employees 500 --seed 7
grep -q -- "--tenant" "$IT_TMP/err" || fail "refusal does not say what to do: $(cat "$IT_TMP/err")"
[ "$(q "SELECT count(*) FROM employee")" = 500 ] || fail "refused run wrote employees"
pass "second run refused with exit 65"

# another tenant with the same seed gets the same people; --quiet prints nothing
expect_exit 0 m --quiet --tenant kab2 demo --employees 500 --seed 7 --name "Kabupaten Dua"
[ ! -s "$IT_TMP/out" ] || fail "--quiet printed: $(cat "$IT_TMP/out")"
[ "$(q "SELECT name FROM tenant WHERE code = 'kab2'")" = "Kabupaten Dua" ] || fail "--name"
a=$(q "SELECT e.nip || e.name || e.golongan || e.birth_date FROM employee e JOIN tenant t ON t.id = e.tenant_id WHERE t.code = 'demo' ORDER BY e.nip" | sha256sum)
b=$(q "SELECT e.nip || e.name || e.golongan || e.birth_date FROM employee e JOIN tenant t ON t.id = e.tenant_id WHERE t.code = 'kab2' ORDER BY e.nip" | sha256sum)
[ "$a" = "$b" ] || fail "same seed gave different employees"
pass "deterministic across tenants"

# the demo's assessment wave ran to finalisation through the services, the same way for both
# tenants: psychometric T-scores mapped through policy version 2's norm table
wq() { q "SELECT $1 FROM wave w JOIN tenant t ON t.id = w.tenant_id WHERE t.code = '$2' AND w.code = 'ASM-2026-01'"; }
[ "$(wq status demo)" = final ] || fail "demo wave not final"
fin=$(q "SELECT count(*) FROM participant p JOIN tenant t ON t.id = p.tenant_id WHERE t.code = 'demo' AND p.status = 'final'")
[ "$fin" -gt 400 ] || fail "only $fin finalised"
[ "$(q "SELECT count(*) FROM result r JOIN tenant t ON t.id = r.tenant_id WHERE t.code = 'demo'")" = "$fin" ] ||
  fail "one result per final participant"
[ "$(q "SELECT count(*) FROM participant p JOIN tenant t ON t.id = p.tenant_id WHERE t.code = 'demo' AND p.status IN ('absent', 'withdrawn') AND p.status_reason IS NOT NULL")" = 2 ] ||
  fail "absent and withdrawn with reasons"
[ "$(q "SELECT count(*) FROM evidence v JOIN tenant t ON t.id = v.tenant_id WHERE t.code = 'demo' AND v.method_code = 'PSI' AND (v.raw_score IS NULL OR v.level <> CASE WHEN CAST(v.raw_score AS INTEGER) >= 65 THEN 50 WHEN CAST(v.raw_score AS INTEGER) >= 55 THEN 40 WHEN CAST(v.raw_score AS INTEGER) >= 40 THEN 30 WHEN CAST(v.raw_score AS INTEGER) >= 30 THEN 20 ELSE 10 END)")" = 0 ] ||
  fail "psychometric raw scores not mapped through the norm table"
[ "$(q "SELECT count(*) FROM integration i JOIN tenant t ON t.id = i.tenant_id WHERE t.code = 'demo' AND i.decided <> i.proposed AND i.justification IS NOT NULL")" = 1 ] ||
  fail "the justified departure"
a=$(q "SELECT e.nip || ':' || r.jpm_bp || r.category FROM result r JOIN employee e ON e.id = r.employee_id JOIN tenant t ON t.id = r.tenant_id WHERE t.code = 'demo' ORDER BY e.nip" | sha256sum)
b=$(q "SELECT e.nip || ':' || r.jpm_bp || r.category FROM result r JOIN employee e ON e.id = r.employee_id JOIN tenant t ON t.id = r.tenant_id WHERE t.code = 'kab2' ORDER BY e.nip" | sha256sum)
[ "$a" = "$b" ] || fail "the demo wave is not deterministic"
pass "demo wave finalised, norm-mapped, deterministic"
