#!/usr/bin/env bash
# The audit log on each engine: changes to results, boxes, policies, moves and committees are
# chained entries; verify finds an edited, a deleted and a reordered entry.
. "$(dirname "$0")/lib.sh"

url=$(it_new_db audit)
m() { "$MERIT_BIN" --db "$url" "$@"; }
q() { it_sql "$url" "$1"; }

expect_exit 0 m init
expect_exit 0 m demo --employees 1000
nip=$(q "SELECT e.nip FROM result r JOIN employee e ON e.id = r.employee_id ORDER BY e.nip LIMIT 1")
lvl=$(q "SELECT CASE WHEN ri.lki >= 50 THEN 4 ELSE ri.lki / 10 + 1 END FROM result_item ri JOIN result r ON r.id = ri.result_id JOIN employee e ON e.id = r.employee_id WHERE e.nip = '$nip' AND ri.target_code = 'M.01'")
expect_exit 0 m result correct --wave ASM-2026-01 "$nip" M.01 "$lvl" --reason "Salah ketik rekap integrasi" --actor "Kepala BKPSDM"
expect_exit 0 m talent map --period 2026 --as-of 2026-06-30
t=$(q "SELECT e.nip FROM talent_placement p JOIN employee e ON e.id = p.employee_id WHERE p.box = 5 ORDER BY e.nip LIMIT 1")
expect_exit 0 m talent calibrate --period 2026 "$t" 8 --actor "Tim" --reason "Kinerja terbukti di atas target"
expect_exit 0 m talent review --period 2026 --actor "Kepala BKPSDM" --reason "Kalibrasi ditinjau"
expect_exit 0 m policy show --kind talent
cp "$IT_TMP/out" "$IT_TMP/p.json"
expect_exit 0 m policy draft "$IT_TMP/p.json" --kind talent --name "Sama" --effective 2027-01-01
expect_exit 0 m policy adopt 2 --kind talent
expect_exit 0 m audit list --json
$PY - "$IT_TMP/out" "$nip" <<'EOF' || fail "entries: $(cat "$IT_TMP/out")"
import json, sys
rows = json.load(open(sys.argv[1]))
acts = [r["action"] for r in rows]
for a in ("result.correct", "talent.calibrate", "policy.adopt", "wave.finalise", "wave.decide", "talent.stage"):
    assert a in acts, (a, acts)
c = [r for r in rows if r["action"] == "result.correct"][0]
assert c["object"] == "result:%s/M.01" % sys.argv[2] and c["actor"] == "Kepala BKPSDM" and c["reason"]
EOF
expect_exit 0 m audit verify
pass "changes are audited; the chain verifies"

for sql in "UPDATE audit SET actor = 'x'" "DELETE FROM audit"; do
  if it_sql "$url" "$sql" >/dev/null 2>&1; then fail "allowed: $sql"; fi
done
pass "the log refuses updates and deletes"

# tampering by someone who got past the triggers: simulate by dropping them on a copy
if [ "$TEST_ENGINE" = sqlite ]; then
  db=${url#sqlite:}
  for case in edit delete reorder; do
    cp "$db" "$IT_TMP/t.db"
    tq() { sqlite3 -batch "$IT_TMP/t.db" "$1"; }
    tq "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete"
    case $case in
      edit) tq "UPDATE audit SET reason = 'diubah diam-diam' WHERE seq = (SELECT min(seq) FROM audit)" ;;
      delete) tq "DELETE FROM audit WHERE seq = (SELECT min(seq) FROM audit)" ;;
      reorder) tq "UPDATE audit SET seq = seq + 1000 WHERE seq = (SELECT min(seq) FROM audit)" ;;
    esac
    expect_exit 65 "$MERIT_BIN" --db "sqlite:$IT_TMP/t.db" audit verify
    grep -q "breaks at entry" "$IT_TMP/err" || fail "$case not found: $(cat "$IT_TMP/err")"
  done
  pass "verify finds an edited, a deleted and a reordered entry"
else
  # PostgreSQL: a copy of the database (CREATE DATABASE ... TEMPLATE) with the triggers
  # disabled, as a superuser could; a reorder swaps two entries' contents (seq is an identity)
  src=${url#postgresql:///}
  src=${src%%\?*}
  for case in edit delete reorder; do
    copy="${src}_t${case}"
    psql "$(it_pg_conninfo postgres)" -qAtc "CREATE DATABASE $copy TEMPLATE $src" >/dev/null
    it_cleanup_hooks+=("psql \"\$(it_pg_conninfo postgres)\" -qAtc 'DROP DATABASE IF EXISTS $copy' >/dev/null 2>&1")
    tq() { psql "$(it_pg_conninfo "$copy")" -v ON_ERROR_STOP=1 -qAtc "$1" >/dev/null; }
    tq "ALTER TABLE audit DISABLE TRIGGER USER"
    tq "ALTER TABLE audit DROP CONSTRAINT audit_tenant_id_prev_hash_key, DROP CONSTRAINT audit_hash_key"
    case $case in
      edit) tq "UPDATE audit SET reason = 'diubah diam-diam' WHERE seq = (SELECT min(seq) FROM audit)" ;;
      delete) tq "DELETE FROM audit WHERE seq = (SELECT min(seq) FROM audit)" ;;
      reorder)
        tq "WITH a AS (SELECT * FROM audit ORDER BY seq LIMIT 2),
                 p AS (SELECT x.seq AS s, y.* FROM a x JOIN a y ON x.seq <> y.seq)
            UPDATE audit SET at = p.at, actor = p.actor, action = p.action, object = p.object,
                   before_value = p.before_value, after_value = p.after_value,
                   reason = p.reason, prev_hash = p.prev_hash, hash = p.hash
            FROM p WHERE audit.seq = p.s"
        ;;
    esac
    expect_exit 65 "$MERIT_BIN" --db "postgresql:///$copy?${url#*\?}" audit verify
    grep -q "breaks at entry" "$IT_TMP/err" || fail "$case not found: $(cat "$IT_TMP/err")"
  done
  pass "verify finds an edited, a deleted and a reordered entry"
fi
