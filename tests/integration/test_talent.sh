#!/usr/bin/env bash
# Talent mapping from the CLI on each engine: every employee placed on the
# 9-box or given reasons, the grid, the pool, a person's way up, a draft
# policy's effect without writing, and calibration proposed -> reviewed -> set.
. "$(dirname "$0")/lib.sh"

url=$(it_new_db talent)
m() { "$MERIT_BIN" --db "$url" "$@"; }
q() { it_sql "$url" "$1"; }

expect_exit 0 m init
expect_exit 0 m demo --employees 2000
expect_exit 0 m policy list --kind talent
grep -q adopted "$IT_TMP/out" || fail "default talent policy"

expect_exit 0 m talent map --period 2026 --as-of 2026-06-30 --json
cp "$IT_TMP/out" "$IT_TMP/map.json"
$PY - "$IT_TMP/map.json" <<'EOF' || fail "map summary"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["employees"] == 2000, s["employees"]
assert sum(s["boxes"].values()) == s["eligible"] > 100, s
assert s["pool"] == s["boxes"]["7"] + s["boxes"]["8"] + s["boxes"]["9"] == sum(s["pool_by_jenjang"].values())
assert s["reasons"]["no_result"] > 0
EOF
emp=$(q "SELECT count(*) FROM talent_placement")
[ "$emp" = 2000 ] || fail "every employee has a row ($emp)"
[ "$(q "SELECT count(*) FROM talent_placement WHERE eligible = 0 AND reasons = '[]'")" = 0 ] ||
  fail "someone left out without a reason"
[ "$(q "SELECT count(*) FROM talent_placement WHERE eligible = 1 AND box IS NULL")" = 0 ] ||
  fail "an eligible person without a box"
pass "every employee placed or given reasons; grid and pool add up"

# the boxes follow the official grid from the stored scores (default cuts 50/100, 78/90)
bad=$(q "SELECT count(*) FROM talent_placement WHERE box IS NOT NULL AND box <> CASE
  WHEN perf_bp >= 10000 THEN CASE WHEN pot_bp >= 9000 THEN 9 WHEN pot_bp >= 7800 THEN 7 ELSE 4 END
  WHEN perf_bp >= 5000 THEN CASE WHEN pot_bp >= 9000 THEN 8 WHEN pot_bp >= 7800 THEN 5 ELSE 2 END
  ELSE CASE WHEN pot_bp >= 9000 THEN 6 WHEN pot_bp >= 7800 THEN 3 ELSE 1 END END")
[ "$bad" = 0 ] || fail "$bad boxes off the grid"
pass "boxes on the official grid 4 7 9 / 2 5 8 / 1 3 6"

expect_exit 0 m talent list --period 2026 --pool --json
$PY -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r and all(p["box"] >= 7 and p["eligible"] for p in r)' "$IT_TMP/out" ||
  fail "pool"
nip=$(q "SELECT e.nip FROM talent_placement t JOIN employee e ON e.id = t.employee_id WHERE t.box = 5 ORDER BY e.nip LIMIT 1")
expect_exit 0 m talent show --period 2026 "$nip" --json
$PY -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["box"]["box"] == 5 and len(r["moves_up"]) == 2 and "Penempatan" in r["box"]["followup_id"]' "$IT_TMP/out" ||
  fail "show: $(cat "$IT_TMP/out")"
sanctioned=$(q "SELECT e.nip FROM talent_placement t JOIN employee e ON e.id = t.employee_id WHERE t.reasons LIKE '%sanction%' ORDER BY e.nip LIMIT 1")
if [ -n "$sanctioned" ]; then
  expect_exit 0 m talent show --period 2026 "$sanctioned" --json
  $PY -c 'import json,sys; r=json.load(open(sys.argv[1])); assert "sanction" in r["reasons"] and r["detail"]["sanction"]["level"] in ("sedang", "berat") and not r["in_pool"]' "$IT_TMP/out" ||
    fail "sanction reason"
fi
pass "pool, one person's box and way up, sanction reasons"

# a draft talent policy's effect, nothing written
expect_exit 0 m policy show --kind talent
$PY - "$IT_TMP/out" "$IT_TMP/draft.json" <<'EOF'
import json, sys
p = json.load(open(sys.argv[1]))
p["potential"]["cuts"]["high"] = 95
json.dump(p, open(sys.argv[2], "w"))
EOF
expect_exit 0 m policy draft "$IT_TMP/draft.json" --kind talent --name "Draf 95" --effective 2026-01-01
before=$(q "SELECT sum(box) FROM talent_placement")
expect_exit 0 m talent map --period 2026 --as-of 2026-06-30 --policy 2 --dry-run --json
$PY - "$IT_TMP/out" "$IT_TMP/map.json" <<'EOF' || fail "dry run"
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert a["dry_run"] and a["policy_version"] == 2
assert a["boxes"]["9"] + a["boxes"]["8"] + a["boxes"]["6"] < b["boxes"]["9"] + b["boxes"]["8"] + b["boxes"]["6"]
EOF
[ "$(q "SELECT sum(box) FROM talent_placement")" = "$before" ] || fail "a dry run wrote"
expect_exit 65 m talent map --period 2026 --policy 2
pass "a draft's effect without writing; a draft cannot map"

# calibration
expect_exit 65 m talent calibrate --period 2026 "$nip" 8 --actor "Tim Penilai Kinerja"
expect_exit 0 m talent calibrate --period 2026 "$nip" 8 --actor "Tim Penilai Kinerja" \
  --reason "Kinerja 2025 terbukti di atas target program prioritas"
[ "$(q "SELECT box FROM talent_placement t JOIN employee e ON e.id = t.employee_id WHERE e.nip = '$nip'")" = 8 ] ||
  fail "calibrated box"
expect_exit 0 m talent map --period 2026 --as-of 2026-06-30
[ "$(q "SELECT box || '/' || computed_box FROM talent_placement t JOIN employee e ON e.id = t.employee_id WHERE e.nip = '$nip'")" = 8/5 ] ||
  fail "a recomputation keeps the calibration"
expect_exit 65 m talent set --period 2026 --actor Bupati --reason "Penetapan hasil pemetaan talenta"
expect_exit 0 m talent review --period 2026 --actor "Kepala BKPSDM" --reason "Hasil kalibrasi telah ditinjau"
expect_exit 0 m talent set --period 2026 --actor "Bupati (PPK)" --reason "Penetapan hasil pemetaan talenta"
expect_exit 65 m talent calibrate --period 2026 "$nip" 9 --actor x --reason "setelah ditetapkan"
expect_exit 65 m talent map --period 2026
for sql in "UPDATE talent_placement SET box = 9" "DELETE FROM talent_placement" \
  "DELETE FROM talent_calibration" "UPDATE talent_period SET status = 'proposed'"; do
  if it_sql "$url" "$sql" >/dev/null 2>&1; then fail "allowed after set: $sql"; fi
done
expect_exit 0 m talent show --period 2026 "$nip" --json
$PY -c 'import json,sys; r=json.load(open(sys.argv[1])); c=r["calibration"]; assert r["period_status"] == "set" and len(c) == 1 and c[0]["from"] == 5 and c[0]["to"] == 8' "$IT_TMP/out" ||
  fail "calibration trail"
[ "$(q "SELECT count(*) FROM talent_calibration WHERE employee_id IS NULL")" = 2 ] || fail "stage trail"
pass "calibration proposed -> reviewed -> set, recorded and locked"

# the vacancy forecast: retirement at the BUP of the position's jenjang (first of the month
# after the birthday), or the 5-year JPT cap, whichever comes first
expect_exit 0 m talent forecast --as-of 2026-01-01 --months 24 --json
q "SELECT e.nip, e.birth_date, p.jenjang_code, COALESCE(CAST(e.tmt_pelantikan AS TEXT), CAST(e.tmt_jabatan AS TEXT), '') FROM employee e JOIN position p ON p.id = e.position_id" >"$IT_TMP/holders"
$PY - "$IT_TMP/out" "$IT_TMP/holders" <<'EOF' || fail "forecast"
import datetime, json, sys
f = json.load(open(sys.argv[1]))
bup = {"jpt_utama": 60, "jpt_madya": 60, "jpt_pratama": 60, "ahli_utama": 65, "ahli_madya": 60,
       "administrator": 58}
today, until = datetime.date(2026, 1, 1), datetime.date(2028, 1, 1)
def add_years(d, y):
    try:
        return d.replace(year=d.year + y)
    except ValueError:
        return d.replace(year=d.year + y, day=28)
want = {}
for line in open(sys.argv[2]):
    nip, birth, jenjang, since = line.rstrip("\n").split("|")
    b = datetime.date.fromisoformat(birth[:10])
    r = add_years(b, bup.get(jenjang, 58)).replace(day=1)
    r = (r.replace(month=r.month + 1) if r.month < 12 else r.replace(year=r.year + 1, month=1))
    when, ev = r, "retirement"
    if jenjang.startswith("jpt_") and since:
        cap = add_years(datetime.date.fromisoformat(since[:10]), 5)
        if cap < when:
            when, ev = cap, "jpt_cap"
    if when <= until:
        want[nip] = (when.isoformat(), ev)
got = {p["nip"]: (p["date"], p["event"]) for p in f["positions"]}
assert got == want, (len(got), len(want), [k for k in want if got.get(k) != want[k]][:3])
c = f["counts"]
assert c["overdue"] + c["6"] + c["12"] + c["24"] == len(f["positions"])
assert any(p["event"] == "jpt_cap" for p in f["positions"]), "a JPT cap in the window"
EOF
pass "vacancy forecast matches the hand computation"

# succession slates for the key positions: eligible, placed people other than the holder,
# requirements first, readiness by the talent policy, one emergency successor
expect_exit 0 m succession list --period 2026 --json
q "SELECT e.nip || '|' || p.code FROM employee e JOIN position p ON p.id = e.position_id WHERE p.is_key = 1" >"$IT_TMP/holders"
q "SELECT e.nip || '|' || t.box FROM talent_placement t JOIN employee e ON e.id = t.employee_id WHERE t.eligible = 1 AND t.box IS NOT NULL" >"$IT_TMP/placed"
$PY - "$IT_TMP/out" "$IT_TMP/holders" "$IT_TMP/placed" <<'EOF' || fail "succession"
import json, sys
f = json.load(open(sys.argv[1]))
holders = {tuple(l.strip().split("|")) for l in open(sys.argv[2]) if l.strip()}
placed = dict(l.strip().split("|") for l in open(sys.argv[3]) if l.strip())
assert f["slates"], "no key positions"
filled = 0
for s in f["slates"]:
    c = s["candidates"]
    assert len(c) <= 5
    assert [x["rank"] for x in c] == list(range(1, len(c) + 1))
    assert sum(x["emergency"] for x in c) == (1 if c else 0)
    for x in c:
        assert (x["nip"], s["position"]) not in holders, "the holder is not a candidate"
        assert str(x["box"]) == placed[x["nip"]], "only placed, eligible people"
        want = ("now" if x["jpm"] >= 90 and x["box"] >= 7 and x["meets_requirements"]
                else "1-2y" if x["jpm"] >= 78 else "3+y")
        assert x["readiness"] == want, (x, want)
    keys = [(-x["meets_requirements"], -x["jpm"], -x["box"]) for x in c]
    assert keys == sorted(keys), "ranked: requirements, JPM, box"
    now = [x for x in c if x["readiness"] == "now"]
    if c:
        e = [x for x in c if x["emergency"]][0]
        assert e == (now[0] if now else c[0])
        filled += 1
assert filled > 0
EOF
pass "succession slates"

# the placement optimiser over key positions: a valid assignment, locks and forbids honoured,
# a lock never improves the optimum, a runner-up per position
keys=$(q "SELECT code FROM position WHERE is_key = 1 AND EXISTS (SELECT 1 FROM skj_item s WHERE s.position_id = position.id) ORDER BY code LIMIT 4" | paste -sd, -)
expect_exit 0 m place --positions "$keys" --period 2026 --json
cp "$IT_TMP/out" "$IT_TMP/place.json"
$PY - "$IT_TMP/place.json" <<'EOF' || fail "place"
import json, sys
r = json.load(open(sys.argv[1]))
got = [p["assigned"]["nip"] for p in r["positions"] if p["assigned"]]
assert len(got) == len(set(got)) == r["filled"] > 0
assert abs(sum(p["assigned"]["jpm"] for p in r["positions"] if p["assigned"]) - r["total_jpm"]) < 0.01
assert all(p["runner_up"] is None or p["runner_up"]["total_loss"] >= 0 for p in r["positions"])
EOF
first=$($PY -c 'import json,sys; r=json.load(open(sys.argv[1])); p=r["positions"]; print(p[0]["code"], p[0]["assigned"]["nip"], p[1]["code"])' "$IT_TMP/place.json")
set -- $first
expect_exit 0 m place --positions "$keys" --period 2026 --forbid "$2=$1" --json
$PY -c 'import json,sys; r=json.load(open(sys.argv[1])); p=[x for x in r["positions"] if x["code"] == sys.argv[2]][0]; assert p["assigned"] is None or p["assigned"]["nip"] != sys.argv[3]' "$IT_TMP/out" "$1" "$2" ||
  fail "forbid"
expect_exit 0 m place --positions "$keys" --period 2026 --lock "$2=$3" --json
$PY - "$IT_TMP/out" "$IT_TMP/place.json" "$3" "$2" <<'EOF' || fail "lock"
import json, sys
r, best = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
p = [x for x in r["positions"] if x["code"] == sys.argv[3]][0]
assert p["assigned"]["nip"] == sys.argv[4]
assert r["filled"] < best["filled"] or r["total_jpm"] <= best["total_jpm"] + 1e-9
EOF
expect_exit 65 m place --positions "$keys" --lock "199901012020011999=$1"
expect_exit 64 m place --period 2026
pass "placement optimiser: valid, locks and forbids, runner-ups"

# the forecast carries each vacating key position's slate, the same as succession list
expect_exit 0 m talent forecast --as-of 2026-01-01 --months 24 --key --period 2026 --json
cp "$IT_TMP/out" "$IT_TMP/fc.json"
expect_exit 0 m succession list --period 2026 --json
$PY - "$IT_TMP/fc.json" "$IT_TMP/out" <<'EOF' || fail "forecast slates"
import json, sys
f, s = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
slates = {x["position"]: x["candidates"] for x in s["slates"]}
assert f["positions"] and all(p["key"] for p in f["positions"])
for p in f["positions"]:
    assert p.get("slate", []) == slates.get(p["position"], []), p["position"]
assert any(p.get("slate") for p in f["positions"])
EOF
pass "vacancy forecast with slates"
