#!/usr/bin/env bash
# Move legality from the CLI on each engine: verdicts with their articles at the boundary dates,
# facts read from the records, the election calendar as a versioned rules policy.
. "$(dirname "$0")/lib.sh"

url=$(it_new_db move)
m() { "$MERIT_BIN" --db "$url" "$@"; }
q() { it_sql "$url" "$1"; }
verdict() { # RULE: the verdict of RULE in the last JSON output
  $PY -c 'import json,sys; r=json.load(open(sys.argv[1])); v=[x for x in r["verdicts"] if x["rule"] == sys.argv[2]]; print(v[0]["verdict"] if v else "-")' "$IT_TMP/out" "$1"
}

expect_exit 0 m init
expect_exit 0 m demo --employees 1000 --wave-size 0
jpt=$(q "SELECT e.nip FROM employee e JOIN position p ON p.id = e.position_id WHERE p.jenjang_code = 'jpt_pratama' ORDER BY e.nip LIMIT 1")
other=$(q "SELECT p.code FROM position p WHERE p.jenjang_code = 'jpt_pratama' AND p.id NOT IN (SELECT position_id FROM employee WHERE nip = '$jpt') ORDER BY p.code LIMIT 1")
q "UPDATE employee SET tmt_pelantikan = '2024-06-14' WHERE nip = '$jpt'" >/dev/null

expect_exit 0 m move check "$jpt" --to "$other" --kind rotasi --date 2026-06-13 --json
[ "$(verdict jpt_lock)" = blocked ] || fail "a day before 2 years: $(cat "$IT_TMP/out")"
grep -q "Ps 116" "$IT_TMP/out" || fail "the lock cites Ps 116"
[ "$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["verdict"])' "$IT_TMP/out")" = blocked ] ||
  fail "overall verdict"
expect_exit 0 m move check "$jpt" --to "$other" --kind rotasi --date 2026-06-13 --exception-116 --json
[ "$(verdict jpt_lock)" = warning ] || fail "the exception path"
expect_exit 0 m move check "$jpt" --to "$other" --kind rotasi --date 2026-06-14 --json
[ "$(verdict jpt_lock)" = allowed ] || fail "on the anniversary"
[ "$(verdict supervisor_bkn)" = needs_approval ] || fail "JPT moves need BKN after UU 20/2023"
expect_exit 0 m move check "$jpt" --to "$other" --kind rotasi --date 2023-06-14 --json
[ "$(verdict supervisor_kasn)" = needs_approval ] || fail "KASN before UU 20/2023"
pass "the 2-year lock, its exception, the supervisor by era"

expect_exit 0 m move check "$jpt" --to "$other" --kind uji --date 2026-06-13 --json
[ "$(verdict uji_window)" = blocked ] || fail "uji before 2 years"
expect_exit 0 m move check "$jpt" --to "$other" --kind uji --date 2029-06-14 --json
[ "$(verdict uji_window)" = allowed ] || fail "uji at 5 years"
[ "$(verdict jpt_cap)" = warning ] || fail "the cap at 5 years"
expect_exit 0 m move check "$jpt" --to "$other" --kind uji --date 2029-06-15 --json
[ "$(verdict uji_window)" = blocked ] || fail "uji past 5 years"
pass "the 2-5-year window of the competency test and the 5-year cap"

# the election calendar is data: a draft rules policy with the dates, adopted
expect_exit 0 m policy show --kind rules
$PY - "$IT_TMP/out" "$IT_TMP/rules.json" <<'EOF'
import json, sys
p = json.load(open(sys.argv[1]))
p["calendar"] = {"candidate_determination": "2029-09-23", "term_end": "2030-02-20", "head_inaugurated": ""}
json.dump(p, open(sys.argv[2], "w"))
EOF
expect_exit 0 m policy draft "$IT_TMP/rules.json" --kind rules --name "Pilkada 2029" --effective 2029-01-01
expect_exit 0 m policy adopt 2 --kind rules
expect_exit 0 m move check "$jpt" --to "$other" --kind rotasi --date 2029-03-22 --json
[ "$(verdict election_freeze)" = allowed ] || fail "before the freeze"
expect_exit 0 m move check "$jpt" --to "$other" --kind rotasi --date 2029-03-23 --json
[ "$(verdict election_freeze)" = needs_approval ] || fail "the freeze starts 6 months before"
grep -q '"approver": "mendagri"' "$IT_TMP/out" || fail "the Minister of Home Affairs approves"
expect_exit 0 m move check "$jpt" --to "$other" --kind rotasi --date 2028-12-31 --json
[ "$(verdict election_freeze)" = - ] || fail "policy v2 is not in force before 2029"
pass "the election freeze from a versioned calendar"

# a promotion checked against the records: golongan below the target's range is blocked
low=$(q "SELECT e.nip FROM employee e JOIN ref_golongan g ON g.code = e.golongan WHERE e.status = 'PNS' AND g.rank_order < 14 ORDER BY e.nip LIMIT 1")
expect_exit 0 m move check "$low" --to "$other" --kind promosi --date 2026-06-14 --json
[ "$(verdict pangkat)" = blocked ] || fail "pangkat below the range"
expect_exit 66 m move check 199901012020011999 --to "$other" --kind promosi
expect_exit 64 m move check "$low" --to "$other" --kind naik
pass "a promotion blocked by pangkat; unknown NIP and kind refused"

# a rotation package: checked, the approval chain in order, executed into the records
pick="SELECT e.nip FROM employee e JOIN position p ON p.id = e.position_id WHERE p.jenjang_code = 'pengawas' AND e.birth_date > '1975-01-01' AND NOT EXISTS (SELECT 1 FROM hist_sanction s WHERE s.employee_id = e.id AND s.level IN ('sedang', 'berat')) ORDER BY e.nip"
a=$(q "$pick LIMIT 1")
b=$(q "$pick LIMIT 1 OFFSET 1")
pa=$(q "SELECT p.code FROM employee e JOIN position p ON p.id = e.position_id WHERE e.nip = '$a'")
pb=$(q "SELECT p.code FROM employee e JOIN position p ON p.id = e.position_id WHERE e.nip = '$b'")
expect_exit 0 m move package create ROT-1 --title "Rotasi pengawas" --actor "Operator BKPSDM"
expect_exit 0 m move package add ROT-1 "$a" --to "$pb" --kind rotasi --date 2026-03-02
expect_exit 0 m move package add ROT-1 "$b" --to "$pb" --kind rotasi --date 2026-03-02
expect_exit 65 m move package submit ROT-1 --actor Operator --reason "Rotasi penyegaran"
grep -q "one position" "$IT_TMP/err" || fail "two moves into one position: $(cat "$IT_TMP/err")"
expect_exit 0 m move package add ROT-1 "$b" --to "$pa" --kind rotasi --date 2026-03-02
expect_exit 65 m move package approve ROT-1 --actor Bupati --reason "Disetujui"
expect_exit 0 m move package submit ROT-1 --actor Operator --reason "Rotasi penyegaran"
expect_exit 65 m move package add ROT-1 "$a" --to "$pa" --kind rotasi --date 2026-03-02
expect_exit 0 m move package review ROT-1 --actor "Kepala BKPSDM" --reason "Sesuai kebutuhan"
expect_exit 0 m move package approve ROT-1 --actor "Bupati (PPK)" --reason "Disetujui"
expect_exit 65 m move package execute ROT-1 --actor "Kepala BKPSDM" --reason "SK terbit"
expect_exit 0 m move package execute ROT-1 --actor "Kepala BKPSDM" --reason "SK terbit" \
  --sk-number "800/12/BKPSDM/2026" --sk-date 2026-02-27
[ "$(q "SELECT p.code FROM employee e JOIN position p ON p.id = e.position_id WHERE e.nip = '$a'")" = "$pb" ] ||
  fail "a moved"
[ "$(q "SELECT p.code FROM employee e JOIN position p ON p.id = e.position_id WHERE e.nip = '$b'")" = "$pa" ] ||
  fail "b moved"
[ "$(q "SELECT count(*) FROM hist_position h JOIN employee e ON e.id = h.employee_id WHERE e.nip IN ('$a', '$b') AND h.sk_number = '800/12/BKPSDM/2026' AND h.tmt_end IS NULL AND CAST(h.tmt_start AS TEXT) = '2026-03-02'")" = 2 ] ||
  fail "the new history rows with the SK"
[ "$(q "SELECT count(*) FROM hist_position h JOIN employee e ON e.id = h.employee_id WHERE e.nip IN ('$a', '$b') AND h.tmt_end IS NULL")" = 2 ] ||
  fail "the old history rows closed"
expect_exit 0 m move package show ROT-1 --json
$PY -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["status"] == "executed" and [t["step"] for t in r["trail"]] == ["submitted", "reviewed", "approved", "executed"] and r["sk_number"] == "800/12/BKPSDM/2026" and all(m["verdicts"] for m in r["moves"])' "$IT_TMP/out" ||
  fail "package trail: $(cat "$IT_TMP/out")"
for sql in "UPDATE move SET effective_date = '2027-01-01'" "DELETE FROM move_approval" \
  "UPDATE move_package SET status = 'draft'"; do
  if it_sql "$url" "$sql" >/dev/null 2>&1; then fail "allowed after execution: $sql"; fi
done
pass "a rotation package: checks, the approval chain in order, execution with the SK"

# a package with a blocked move cannot be submitted
expect_exit 0 m move package create ROT-2 --title "Mutasi JPT" --actor Operator
expect_exit 0 m move package add ROT-2 "$jpt" --to "$other" --kind rotasi --date 2025-01-01
expect_exit 65 m move package submit ROT-2 --actor Operator --reason "Mutasi pejabat"
grep -q "blocked" "$IT_TMP/err" || fail "blocked move: $(cat "$IT_TMP/err")"
expect_exit 0 m move package reject ROT-2 --actor "Kepala BKPSDM" --reason "Masih dalam masa 2 tahun"
expect_exit 65 m move package submit ROT-2 --actor Operator --reason "lagi"
pass "a blocked move stops the package; rejection closes it"

# acceptance: a rotation package of 50 moves on the demo data, a verdict with citations each
q "SELECT e.nip || '|' || p.code FROM employee e JOIN position p ON p.id = e.position_id WHERE p.jenjang_code IN ('pengawas', 'administrator') AND e.nip NOT IN ('$a', '$b') ORDER BY e.nip LIMIT 50" >"$IT_TMP/fifty"
[ "$(wc -l <"$IT_TMP/fifty")" = 50 ] || fail "50 structural officials in the demo"
expect_exit 0 m move package create ROT-50 --title "Rotasi 50 pejabat" --actor "Operator BKPSDM"
mapfile -t rows <"$IT_TMP/fifty"
for i in $(seq 0 49); do
  nip=${rows[$i]%%|*}
  next=${rows[$(( (i + 1) % 50 ))]#*|}
  expect_exit 0 m move package add ROT-50 "$nip" --to "$next" --kind rotasi --date 2026-07-01
done
expect_exit 0 m move package show ROT-50 --json
$PY - "$IT_TMP/out" <<'EOF' || fail "50 verdicts"
import json, sys
r = json.load(open(sys.argv[1]))
assert len(r["moves"]) == 50
for mv in r["moves"]:
    assert mv["verdict"] in ("allowed", "warning", "needs_approval", "blocked")
    assert mv["verdicts"] and all(v["citation"] for v in mv["verdicts"]), mv["nip"]
    assert any(v["verdict"] == mv["verdict"] for v in mv["verdicts"])
EOF
pass "a rotation package of 50 moves: every move with its verdicts and citations"

# the issue's command names: `merit rules check` is `merit move check`
expect_exit 0 m rules check "$jpt" --to "$other" --kind rotasi --date 2026-06-13 --json
[ "$(verdict jpt_lock)" = blocked ] || fail "rules check"
pass "merit rules check"
