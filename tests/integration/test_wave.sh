#!/usr/bin/env bash
# A whole assessment wave from the CLI: 600 participants, 2 assessors each,
# 5 methods, evidence sheet, integration meeting, finalisation, results,
# a correction, the fit matrix, and a draft policy's effect - on each engine.
# Also: a finalised result cannot change except through a correction.
. "$(dirname "$0")/lib.sh"

url=$(it_new_db wave)
m() { "$MERIT_BIN" --db "$url" "$@"; }
q() { it_sql "$url" "$1"; }
W=GEL-1

expect_exit 0 m init
expect_exit 0 m demo --employees 3000 --wave-size 0
expect_exit 0 m policy list
grep -q "adopted" "$IT_TMP/out" || fail "default policy missing"

expect_exit 0 m wave create $W --name "Pemetaan kompetensi 2026" --purpose pemetaan \
  --provider lembaga --provider-name "Lembaga Uji" --start 2026-03-02 --end 2026-03-20 --venue Aula
expect_exit 65 m wave create $W --name again --purpose pemetaan --provider internal \
  --start 2026-03-02 --end 2026-03-20
expect_exit 65 m wave create GEL-X --name x --purpose pemetaan --provider internal \
  --start 2026-03-20 --end 2026-03-02
pass "wave created; duplicate and reversed dates refused"

expect_exit 0 m wave method $W WWC --kind wawancara \
  --targets M.01,M.02,M.03,M.04,M.05,M.06,M.07,M.08,SK.01,kesadaran_diri,motivasi_komitmen
grep -q "warning" "$IT_TMP/err" || fail "a one-method matrix must warn"
expect_exit 0 m wave method $W LGD --kind simulasi --targets M.02,M.03,M.07,M.08,SK.01
expect_exit 0 m wave method $W INB --kind simulasi --targets M.01,M.04,M.05,M.08
expect_exit 0 m wave method $W PRS --kind simulasi --targets M.03,M.04,M.06,M.07
expect_exit 0 m wave method $W PSI --kind psikometri \
  --targets M.01,M.05,M.06,SK.01,kesadaran_diri,motivasi_komitmen
expect_exit 66 m wave method $W XXX --kind simulasi --targets M.99
expect_exit 0 m wave show $W
[ ! -s "$IT_TMP/err" ] || fail "complete matrix still warns: $(cat "$IT_TMP/err")"
pass "5 methods, every target evidenced by 2"

expect_exit 0 m wave enrol $W --jenjang administrator --json
admins=$(q "SELECT count(*) FROM participant")
[ "$admins" -gt 0 ] || fail "no administrator enrolled"
expect_exit 0 m wave enrol $W --limit $((602 - admins))
[ "$(q "SELECT count(*) FROM participant")" = 602 ] || fail "602 enrolled"
expect_exit 0 m wave enrol $W --jenjang administrator
[ "$(q "SELECT count(*) FROM participant")" = 602 ] || fail "re-enrolment must not duplicate"
expect_exit 0 m wave group $W --size 6 --per-day 8
[ "$(q "SELECT max(n) FROM (SELECT count(*) AS n FROM participant GROUP BY group_no) g")" -le 8 ] ||
  fail "group above 8"
[ "$(q "SELECT min(n) FROM (SELECT count(*) AS n FROM participant GROUP BY group_no) g")" -ge 4 ] ||
  fail "group below 4"
expect_exit 0 m wave participants $W --json
$PY - "$IT_TMP/out" <<'EOF' || fail "schedule"
import datetime, json, sys
ps = json.load(open(sys.argv[1]))
assert len(ps) == 602
days = {p["slot"] for p in ps}
assert all(datetime.date.fromisoformat(d).weekday() < 5 for d in days), days
assert all("2026-03-02" <= d <= "2026-03-20" for d in days), days
EOF
pass "enrolment by filter (idempotent), groups of 4-8 on working days"

two=$(q "SELECT e.nip FROM participant p JOIN employee e ON e.id = p.employee_id ORDER BY e.nip DESC LIMIT 2")
n1=$(echo "$two" | sed -n 1p)
n2=$(echo "$two" | sed -n 2p)
expect_exit 65 m wave absent $W "$n1"
expect_exit 0 m wave absent $W "$n1" --reason "Sakit, surat dokter"
expect_exit 0 m wave withdraw $W "$n2" --reason "Pindah instansi"
expect_exit 0 m wave attend $W --all
grep -q "600" "$IT_TMP/out" || fail "600 present: $(cat "$IT_TMP/out")"
pass "attendance with reasons"

# assessors: 14 external, one internal employee with a conflict
for i in $(seq -w 1 14); do
  expect_exit 0 m assessor add "EXT$i" --name "Asesor $i" --kind external --organisation "Lembaga Uji" \
    --accreditation "Asesor SDM Aparatur"
done
p1=$(q "SELECT e.nip FROM participant p JOIN employee e ON e.id = p.employee_id WHERE p.status = 'present' ORDER BY e.nip LIMIT 1")
colleague=$(q "SELECT c.nip FROM employee c JOIN employee e ON e.unit_id = c.unit_id WHERE e.nip = '$p1' AND c.nip <> '$p1' ORDER BY c.nip LIMIT 1")
[ -n "$colleague" ] || fail "no colleague for the conflict case"
expect_exit 0 m assessor add INT01 --name "Asesor Internal" --kind internal --nip "$colleague"
expect_exit 65 m wave assign $W "$p1" INT01
grep -q "same unit" "$IT_TMP/err" || fail "conflict reason missing: $(cat "$IT_TMP/err")"
expect_exit 0 m wave assign $W "$p1" INT01 --justification "Tidak ada asesor lain yang menguasai bidang ini"
[ "$(q "SELECT conflict FROM assignment WHERE justification IS NOT NULL")" = same_unit ] ||
  fail "overridden conflict not recorded"
expect_exit 0 m assessor relation EXT01 "$p1" "saudara kandung"
expect_exit 65 m wave assign $W "$p1" EXT01
grep -q "relation" "$IT_TMP/err" || fail "declared relation not refused"
expect_exit 0 m wave assign $W --auto --per 2
[ "$(q "SELECT count(*) FROM assignment")" = 1200 ] || fail "1200 assignments"
[ "$(q "SELECT count(*) FROM assignment a JOIN assessor s ON s.id = a.assessor_id JOIN participant p ON p.id = a.participant_id JOIN employee e ON e.id = p.employee_id WHERE s.code = 'EXT01' AND e.nip = '$p1'")" = 0 ] ||
  fail "auto-assignment used a conflicted assessor"
pass "conflicts of interest refused, overridden with justification, avoided by auto-assignment"

# the evidence sheet, filled deterministically: levels 2-4
expect_exit 0 m wave evidence-template $W -o "$IT_TMP/sheet.csv"
rows=$(($(wc -l <"$IT_TMP/sheet.csv") - 1))
[ "$rows" = 36000 ] || fail "evidence sheet has $rows rows"
awk -F, 'BEGIN { OFS = "," } NR == 1 { print; next } { $6 = 2 + (NR * 7 + length($5)) % 3; print }' \
  "$IT_TMP/sheet.csv" >"$IT_TMP/ev.csv"
# three bad rows: a level off the grid, an unassigned assessor, a method that does not evidence it
awk -F, 'BEGIN { OFS = "," } NR == 5 { $6 = "3.5" } NR == 9 { $3 = "EXT14X" } NR == 12 { $4 = "LGD"; $5 = "M.01" } { print }' \
  "$IT_TMP/ev.csv" >"$IT_TMP/bad.csv"
expect_exit 65 m wave evidence $W "$IT_TMP/bad.csv"
[ "$(grep -c "bad.csv:[0-9]" "$IT_TMP/err")" = 3 ] || fail "3 errors expected: $(cat "$IT_TMP/err")"
grep -q "bad.csv:5:level" "$IT_TMP/err" || fail "row 5 level"
grep -q "bad.csv:9:asesor" "$IT_TMP/err" || fail "row 9 assessor"
grep -q "bad.csv:12:kompetensi" "$IT_TMP/err" || fail "row 12 method x competency"
[ "$(q "SELECT count(*) FROM evidence")" = 0 ] || fail "a bad sheet wrote evidence"
expect_exit 0 m wave evidence $W "$IT_TMP/ev.csv" --json
[ "$(q "SELECT count(*) FROM evidence")" = "$rows" ] || fail "evidence rows"
[ "$(q "SELECT count(*) FROM participant WHERE status = 'assessed'")" = 600 ] || fail "600 assessed"
pass "evidence sheet: bad rows named, nothing written; good sheet loaded"

expect_exit 0 m wave integrate $W --accept
[ "$(q "SELECT count(*) FROM participant WHERE status = 'integrated'")" = 600 ] || fail "600 integrated"
prop=$(q "SELECT i.proposed FROM integration i JOIN participant p ON p.id = i.participant_id JOIN employee e ON e.id = p.employee_id WHERE e.nip = '$p1' AND i.target_code = 'M.08'")
other=$(( prop == 50 ? 40 : prop + 10 ))
lv=$(( other / 10 ))
expect_exit 65 m wave decide $W "$p1" M.08 $lv
grep -q "justification" "$IT_TMP/err" || fail "departure without justification"
expect_exit 0 m wave decide $W "$p1" M.08 $lv --justification "Bukti simulasi in-basket lebih kuat"
expect_exit 0 m wave second-opinion $W "$p1" M.07 --reason "Asesor berbeda dua level pada LGD"
expect_exit 65 m wave finalise $W
expect_exit 0 m wave decide $W "$p1" M.07 $(( $(q "SELECT i.proposed FROM integration i JOIN participant p ON p.id = i.participant_id JOIN employee e ON e.id = p.employee_id WHERE e.nip = '$p1' AND i.target_code = 'M.07'") / 10 ))
pass "integration: proposal, justified departure, second opinion blocks finalisation"

expect_exit 0 m wave finalise $W --json
grep -q '"finalised": 600' "$IT_TMP/out" || fail "600 finalised: $(cat "$IT_TMP/out")"
expect_exit 0 m result list --wave $W --json
[ "$($PY -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$IT_TMP/out")" = 600 ] ||
  fail "600 results"
expect_exit 0 m result show "$p1" --wave $W --json
$PY - "$IT_TMP/out" "$lv" <<'EOF' || fail "result of $p1"
import json, sys
r = json.load(open(sys.argv[1]))
items = {i["code"]: i for i in r["items"]}
assert len(items) >= 9, items.keys()
assert items["M.08"]["lki"] == int(sys.argv[2]), items["M.08"]
lki = sum(i["lki"] for i in r["items"]); lkj = sum(i["lkj"] for i in r["items"])
assert abs(r["jpm"] - round(lki / lkj * 100, 2)) < 0.006, (r["jpm"], lki, lkj)
cat = "optimal" if lki * 100 >= 90 * lkj else "cukup_optimal" if lki * 100 >= 78 * lkj else "kurang_optimal"
assert r["category"] == cat, (r["category"], cat)
assert len(r["potential_aspects"]) == 2 and r["potential"] is not None
assert r["valid_until"] > r["finalised_at"][:10]
assert r["revision"] == 1 and r["corrections"] == []
EOF
pass "600 finalised results; JPM and category check out"

# a finalised result changes only through a correction
rid=$(q "SELECT r.id FROM result r JOIN employee e ON e.id = r.employee_id WHERE e.nip = '$p1'")
for sql in "UPDATE result SET jpm_bp = 10000 WHERE id = $rid" "DELETE FROM result WHERE id = $rid" \
  "UPDATE result_item SET lki = 50 WHERE result_id = $rid" "DELETE FROM result_item WHERE result_id = $rid" \
  "UPDATE evidence SET level = 50" "DELETE FROM integration" "UPDATE integration SET decided = 50"; do
  if it_sql "$url" "$sql" >/dev/null 2>&1; then fail "allowed: $sql"; fi
done
expect_exit 65 m wave decide $W "$p1" M.01 3 --justification "mencoba mengubah setelah final"
expect_exit 65 m wave evidence $W "$IT_TMP/ev.csv"
before=$(q "SELECT jpm_bp, category FROM result WHERE id = $rid")
expect_exit 65 m result correct --wave $W "$p1" M.01 5 --reason "short" --actor "Kepala BKPSDM"
expect_exit 0 m result correct --wave $W "$p1" M.01 5 --reason "Salah ketik pada rekap integrasi, lihat notulen" --actor "Kepala BKPSDM"
[ "$(q "SELECT jpm_bp, category FROM result WHERE id = $rid")" = "$before" ] || fail "revision 1 changed"
[ "$(q "SELECT count(*) FROM correction")" = 1 ] || fail "correction row"
expect_exit 0 m result show "$p1" --json
$PY - "$IT_TMP/out" <<'EOF' || fail "corrected result"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["revision"] == 2, r["revision"]
assert [i["lki"] for i in r["items"] if i["code"] == "M.01"] == [5]
c = r["corrections"]
assert len(c) == 1 and c[0]["new_level"] == 5 and c[0]["actor"] == "Kepala BKPSDM", c
EOF
pass "finalised results are immutable; a correction writes revision 2 and keeps revision 1"

# the fit matrix, both ways, in one command each
expect_exit 0 m fit person "$p1" --top 5 --json
$PY -c 'import json,sys; r=json.load(open(sys.argv[1])); assert len(r["positions"]) == 5 and r["positions"][0]["rank"] == 1' "$IT_TMP/out" ||
  fail "fit person"
pos=$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["positions"][0]["position"])' "$IT_TMP/out")
expect_exit 0 m fit position "$pos" --top 3 --json
$PY -c 'import json,sys; r=json.load(open(sys.argv[1])); assert len(r["people"]) == 3' "$IT_TMP/out" || fail "fit position"
expect_exit 0 m fit better --json
expect_exit 0 m fit better --any-level --margin 5 --json
$PY - "$IT_TMP/out" <<'EOF' || fail "fit better"
import json, sys
rows = json.load(open(sys.argv[1]))
assert rows, "some participant under standard fits an easier position"
for r in rows:
    assert r["best"]["jpm"] - r["current"]["jpm"] >= 5, r
    assert r["best"]["meets_requirements"] and r["best"]["position"] != r["current"]["position"], r
EOF
expect_exit 0 m fit matrix --wave $W --top 3 -o "$IT_TMP/fit.csv"
[ "$(grep -c '^pegawai,' "$IT_TMP/fit.csv")" = 1800 ] || fail "3 positions x 600 people"
pass "fit: person, position, better, matrix"

# a draft policy: who would change category, before adoption
expect_exit 0 m result list --wave $W --json
cp "$IT_TMP/out" "$IT_TMP/results.json"
expect_exit 0 m policy show
$PY - "$IT_TMP/out" "$IT_TMP/draft.json" <<'EOF'
import json, sys
p = json.load(open(sys.argv[1]))
p["scales"][0]["categories"][0]["min"] = 100
json.dump(p, open(sys.argv[2], "w"))
EOF
expect_exit 0 m policy draft "$IT_TMP/draft.json" --name "Draf 100" --effective 2027-01-01
expect_exit 0 m policy diff 2 --json
$PY - "$IT_TMP/out" "$IT_TMP/results.json" <<'EOF' || fail "policy diff"
import json, sys
d = json.load(open(sys.argv[1]))
want = sum(1 for r in json.load(open(sys.argv[2])) if 90 <= r["score"] < 100)
assert d["results"] == 600 and d["changed"] == want and want > 0, (d["changed"], want)
assert all(c["old_category"] == "optimal" and c["new_category"] == "cukup_optimal" for c in d["changes"])
EOF
expect_exit 0 m policy adopt 2
expect_exit 65 m policy adopt 2
pass "draft policy diff and adoption"

# enrolment from a list: every bad row named, nothing written; then the fixed list
expect_exit 0 m wave create GEL-2 --name "Seleksi JPT" --purpose seleksi --provider internal \
  --start 2026-06-01 --end 2026-06-03
pos1=$(q "SELECT code FROM position WHERE jenjang_code = 'jpt_pratama' ORDER BY code LIMIT 1")
q "SELECT nip FROM employee WHERE position_id IS NOT NULL ORDER BY nip LIMIT 3" >"$IT_TMP/nips"
{
  echo "nip,jabatan_target"
  echo "$(sed -n 1p "$IT_TMP/nips"),$pos1"
  echo "$(sed -n 2p "$IT_TMP/nips"),NO-SUCH-POSITION"
  echo "199901012020011999,"
  echo "$(sed -n 3p "$IT_TMP/nips"),"
} >"$IT_TMP/list.csv"
expect_exit 65 m wave enrol GEL-2 --from "$IT_TMP/list.csv"
grep -q "list.csv:3:jabatan_target" "$IT_TMP/err" || fail "row 3 target: $(cat "$IT_TMP/err")"
grep -q "list.csv:4:nip" "$IT_TMP/err" || fail "row 4 nip: $(cat "$IT_TMP/err")"
[ "$(q "SELECT count(*) FROM participant p JOIN wave w ON w.id = p.wave_id WHERE w.code = 'GEL-2'")" = 0 ] ||
  fail "a bad list enrolled someone"
sed -i '3,4d' "$IT_TMP/list.csv"
expect_exit 0 m wave enrol GEL-2 --from "$IT_TMP/list.csv" --json
grep -q '"enrolled": 2' "$IT_TMP/out" || fail "2 enrolled: $(cat "$IT_TMP/out")"
[ "$(q "SELECT po.code FROM participant p JOIN position po ON po.id = p.target_position_id JOIN employee e ON e.id = p.employee_id WHERE e.nip = '$(sed -n 1p "$IT_TMP/nips")' AND p.wave_id = (SELECT id FROM wave WHERE code = 'GEL-2')")" = "$pos1" ] ||
  fail "target position from the list"
pass "enrolment from a list with target positions"
