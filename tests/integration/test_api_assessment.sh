#!/usr/bin/env bash
# test_api_assessment.sh - the assessment API end to end, once per engine
# (TEST_ENGINE): waves, participants (an assessor sees exactly the
# participants assigned to them), a new wave from creation to finalisation
# over HTTP (evidence recorded by an assessor account), publication (an
# employee sees their own results only once published; wave.publish is
# audited), corrections (revision 2 + audit), policies (draft, diff, adopt),
# fit and the assessor roster; 404 for unknown codes, 403 outside a scope.
. "$(dirname "$0")/lib.sh"

url=$(it_new_db api_assessment)
m() { "$MERIT_BIN" --db "$url" "$@"; }
q() { it_sql "$url" "$1"; }

expect_exit 0 m init
expect_exit 0 m demo --employees 300 --quiet
W=ASM-2026-01
[ "$(q "SELECT status FROM wave WHERE code = '$W'")" = final ] || fail "demo wave not final"
pass "$TEST_ENGINE: demo with a final wave $W"

# an assessor with assignments in the demo wave, and a participant not assigned to them
AS=$(q "SELECT a.code FROM assessor a JOIN assignment g ON g.assessor_id = a.id
        JOIN participant p ON p.id = g.participant_id JOIN wave w ON w.id = p.wave_id
        WHERE w.code = '$W' GROUP BY a.code ORDER BY a.code LIMIT 1")
[ -n "$AS" ] || fail "no assessor with assignments"
AS_N=$(q "SELECT count(DISTINCT p.id) FROM assignment g JOIN assessor a ON a.id = g.assessor_id
          JOIN participant p ON p.id = g.participant_id JOIN wave w ON w.id = p.wave_id
          WHERE w.code = '$W' AND a.code = '$AS'")
AS_NIP=$(q "SELECT e.nip FROM participant p JOIN employee e ON e.id = p.employee_id
            JOIN wave w ON w.id = p.wave_id JOIN assignment g ON g.participant_id = p.id
            JOIN assessor a ON a.id = g.assessor_id WHERE w.code = '$W' AND a.code = '$AS'
            ORDER BY e.nip LIMIT 1")
OTHER_NIP=$(q "SELECT e.nip FROM participant p JOIN employee e ON e.id = p.employee_id
               JOIN wave w ON w.id = p.wave_id WHERE w.code = '$W' AND NOT EXISTS (
               SELECT 1 FROM assignment g JOIN assessor a ON a.id = g.assessor_id
               WHERE g.participant_id = p.id AND a.code = '$AS') ORDER BY e.nip LIMIT 1")
# an employee with a final result, and another one
EMP_NIP=$(q "SELECT e.nip FROM result r JOIN employee e ON e.id = r.employee_id
             ORDER BY e.nip LIMIT 1")
EMP2_NIP=$(q "SELECT e.nip FROM result r JOIN employee e ON e.id = r.employee_id
              ORDER BY e.nip DESC LIMIT 1")
[ -n "$AS_NIP" ] && [ -n "$OTHER_NIP" ] && [ -n "$EMP_NIP" ] && [ "$EMP_NIP" != "$EMP2_NIP" ] ||
  fail "fixtures: '$AS_NIP' '$OTHER_NIP' '$EMP_NIP' '$EMP2_NIP'"

adduser() { echo 'longpassword1' | m user add "$@" --password-stdin >/dev/null || fail "user add $1"; }
adduser op1 --role operator
adduser adm1 --role admin
adduser head1 --role head
adduser as1 --role assessor --assessor "$AS"
adduser emp1 --role employee --nip "$EMP_NIP"
pass "accounts: operator, admin, head, assessor $AS ($AS_N participants), employee $EMP_NIP"

# ---- start ---------------------------------------------------------------------
: >"$IT_TMP/serve.out"
"$MERIT_BIN" --db "$url" serve --listen 127.0.0.1:0 --threads 2 \
  >"$IT_TMP/serve.out" 2>"$IT_TMP/serve.err" &
SERVER_PID=$!
it_cleanup_hooks+=("kill -KILL $SERVER_PID 2>/dev/null")
PORT=
for _ in $(seq 1 100); do
  PORT=$(sed -n 's|^merit: listening on http://127\.0\.0\.1:\([0-9][0-9]*\) .*$|\1|p' "$IT_TMP/serve.out")
  [ -n "$PORT" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || fail "server exited early: $(cat "$IT_TMP/serve.err")"
  sleep 0.1
done
[ -n "$PORT" ] || fail "no 'listening on' line: $(cat "$IT_TMP/serve.out")"
pass "listening on port $PORT"

# The API checks, in Python (one cookie jar per account). sql() asks the same database.
case "$url" in
  sqlite:*) export IT_SQL_KIND=sqlite IT_SQL_TARGET=${url#sqlite:} ;;
  *)
    db=${url#postgresql:///}
    export IT_SQL_KIND=pg IT_SQL_TARGET="$(it_pg_conninfo "${db%%\?*}")"
    ;;
esac
export IT_BASE="http://127.0.0.1:$PORT" url MERIT_BIN W AS AS_N AS_NIP OTHER_NIP EMP_NIP EMP2_NIP
"$PY" - <<'EOF' || fail "API checks (server stderr: $(tail -n 5 "$IT_TMP/serve.err"))"
import http.cookiejar, json, os, subprocess, sys, urllib.error, urllib.request

BASE = os.environ["IT_BASE"]
W, AS, AS_N = os.environ["W"], os.environ["AS"], int(os.environ["AS_N"])
AS_NIP, OTHER_NIP = os.environ["AS_NIP"], os.environ["OTHER_NIP"]
EMP_NIP, EMP2_NIP = os.environ["EMP_NIP"], os.environ["EMP2_NIP"]


def sql(query):
    if os.environ["IT_SQL_KIND"] == "sqlite":
        cmd = ["sqlite3", "-batch", os.environ["IT_SQL_TARGET"], query]
    else:
        cmd = ["psql", os.environ["IT_SQL_TARGET"], "-qAtc", query]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip()


def ok(what):
    print("ok - " + what)


class Client:
    def __init__(self, user):
        self.jar = http.cookiejar.CookieJar()
        self.op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.csrf = None
        st, d = self.call("POST", "/api/v1/auth/login",
                          {"username": user, "password": "longpassword1"})
        assert st == 200, (user, st, d)
        self.csrf = d["csrf_token"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        r = urllib.request.Request(BASE + path, data=data, method=method)
        if data is not None:
            r.add_header("Content-Type", "application/json")
        if self.csrf and method != "GET":
            r.add_header("X-CSRF-Token", self.csrf)
        try:
            with self.op.open(r) as resp:
                return resp.status, json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")

    def get(self, path, want=200):
        st, d = self.call("GET", path)
        assert st == want, "GET %s: want %d, got %d: %s" % (path, want, st, json.dumps(d)[:600])
        return d

    def post(self, path, body=None, want=200):
        st, d = self.call("POST", path, {} if body is None else body)
        assert st == want, "POST %s: want %d, got %d: %s" % (path, want, st, json.dumps(d)[:600])
        return d


def cli_json(*args):
    out = subprocess.run([os.environ["MERIT_BIN"], "--db", os.environ["url"]] + list(args),
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def audit(client, action):
    return client.get("/api/v1/audit?action=" + action + "&limit=100")["items"]


op, adm, head = Client("op1"), Client("adm1"), Client("head1")
asr, emp = Client("as1"), Client("emp1")

# ---- waves: list, show, 404 ---------------------------------------------------------------
d = op.get("/api/v1/waves")
assert d["total"] == 1 and d["items"][0]["code"] == W, d
assert d["items"] == cli_json("wave", "list", "--json")
d = op.get("/api/v1/waves/" + W)
assert d == dict(cli_json("wave", "show", W, "--json"), published_at=None, published_by=None), d
assert d["status"] == "final" and d["participants"]["final"] >= 1 and len(d["methods"]) == 5
e = op.get("/api/v1/waves/NO-SUCH-WAVE", 404)
assert e["code"] == "not_found", e
op.get("/api/v1/waves/NO-SUCH-WAVE/participants", 404)
op.get("/api/v1/waves/NO-SUCH-WAVE/results", 404)
op.post("/api/v1/waves/NO-SUCH-WAVE/publish", None, 403)  # an operator may not publish at all
adm.post("/api/v1/waves/NO-SUCH-WAVE/publish", None, 404)
ok("waves: list and show equal the CLI's --json; unknown code 404")

# ---- participants: paging, the assessor's scope ------------------------------------------
total = int(sql("SELECT count(*) FROM participant p JOIN wave w ON w.id = p.wave_id"
                " WHERE w.code = '%s'" % W))
d = op.get("/api/v1/waves/%s/participants?limit=7&offset=3" % W)
assert d["total"] == total and d["limit"] == 7 and d["offset"] == 3 and len(d["items"]) == 7, d
full = cli_json("wave", "participants", W, "--json")
assert d["items"] == full[3:10]
d = op.get("/api/v1/waves/%s/participants?status=final&limit=500" % W)
assert d["total"] == sum(1 for p in full if p["status"] == "final")
op.get("/api/v1/waves/%s/participants?bogus=1" % W, 400)
d = asr.get("/api/v1/waves/%s/participants?limit=500" % W)
assert d["total"] == AS_N and len(d["items"]) == AS_N, (d["total"], AS_N)
assert all([a["code"] for a in p["assessors"]] == [AS] for p in d["items"]), d["items"][:2]
assert AS_NIP in [p["nip"] for p in d["items"]] and OTHER_NIP not in [p["nip"] for p in d["items"]]
d = asr.get("/api/v1/waves/%s/participants/%s" % (W, AS_NIP))
assert d["nip"] == AS_NIP and [a["code"] for a in d["assessors"]] == [AS], d
assert len(d["integration"]) > 0 and all(i["decided"] for i in d["integration"]), d
e = asr.get("/api/v1/waves/%s/participants/%s" % (W, OTHER_NIP), 403)
assert e["code"] == "forbidden", e
d = op.get("/api/v1/waves/%s/participants/%s" % (W, OTHER_NIP))
assert d["nip"] == OTHER_NIP and len(d["assessors"]) >= 1
op.get("/api/v1/waves/%s/participants/199901012020011999" % W, 404)
assert [w["code"] for w in asr.get("/api/v1/waves")["items"]] == [W]
asr.get("/api/v1/waves/" + W)
asr.get("/api/v1/waves/%s/results" % W, 403)
asr.get("/api/v1/waves/%s/assessors" % W, 403)
asr.get("/api/v1/employees/%s/results" % EMP_NIP, 403)
emp.get("/api/v1/waves", 403)
ok("participants: paged; assessor %s sees exactly its %d participants, 403 for %s"
   % (AS, AS_N, OTHER_NIP))

# ---- roster ----------------------------------------------------------------------------------
d = op.get("/api/v1/waves/%s/assessors?limit=500" % W)
n = int(sql("SELECT count(DISTINCT g.assessor_id) FROM assignment g JOIN participant p ON"
            " p.id = g.participant_id JOIN wave w ON w.id = p.wave_id WHERE w.code = '%s'" % W))
assert d["total"] == n and sum(a["participants"] for a in d["items"]) == int(sql(
    "SELECT count(*) FROM assignment g JOIN participant p ON p.id = g.participant_id"
    " JOIN wave w ON w.id = p.wave_id WHERE w.code = '%s'" % W)), d
d = op.get("/api/v1/assessors?limit=500")
roster = cli_json("assessor", "list", "--json")
assert d["items"] == roster and d["total"] == len(roster)
d = op.get("/api/v1/assessors/" + AS)
assert d["code"] == AS and d["waves"] == [{"wave": W, "status": "final", "participants": AS_N,
                                            "conflicts_overridden": 0}], d
op.get("/api/v1/assessors/NOPE", 404)
ok("roster: a wave's assessors and loads; the agency roster equals the CLI; one assessor")

# ---- results, publication and the employee's view ----------------------------------------
d = op.get("/api/v1/waves/%s/results?limit=5" % W)
ranked = cli_json("result", "list", "--wave", W, "--json")
assert d["total"] == len(ranked) and d["items"] == ranked[:5], d["total"]
d = op.get("/api/v1/waves/%s/results/%s" % (W, EMP_NIP))
assert d == cli_json("result", "show", EMP_NIP, "--wave", W, "--json")
d = op.get("/api/v1/employees/%s/results" % EMP_NIP)
assert d["total"] == 1 and d["items"][0]["wave"] == W and d["items"][0]["published"] is False
assert d["items"][0]["current"] is True and d["items"][0]["revision"] == 1
d = emp.get("/api/v1/employees/%s/results" % EMP_NIP)
assert d["total"] == 0 and d["items"] == [], d
e = emp.get("/api/v1/employees/%s/results" % EMP2_NIP, 403)
assert e["code"] == "forbidden"
op.get("/api/v1/employees/199901012020011999/results", 404)
# not yet: an operator cannot publish; a wave that is not final cannot be published (below)
op.post("/api/v1/waves/%s/publish" % W, None, 403)
d = head.post("/api/v1/waves/%s/publish" % W)
assert d["wave"] == W and d["published_by"] == "head1", d
e = adm.post("/api/v1/waves/%s/publish" % W, None, 409)
assert e["code"] == "conflict", e
assert sql("SELECT actor FROM wave_publication") == "head1"
a = audit(op, "wave.publish")
assert len(a) == 1 and a[0]["actor"] == "head1" and a[0]["object"] == "wave:" + W, a
assert op.get("/api/v1/waves/" + W)["published_by"] == "head1"
d = emp.get("/api/v1/employees/%s/results" % EMP_NIP)
assert d["total"] == 1 and d["items"][0]["nip"] == EMP_NIP and d["items"][0]["published"], d
assert d["items"][0]["items"], d
emp.get("/api/v1/employees/%s/results" % EMP2_NIP, 403)
ok("results: equal the CLI; employee sees none before publish, own after; 403 for another NIP;"
   " publish audited, once")

# ---- a correction --------------------------------------------------------------------------
cur = op.get("/api/v1/waves/%s/results/%s" % (W, EMP_NIP))
item = cur["items"][0]
new_level = 2 if item["lki"] != 2 else 3
e = op.post("/api/v1/waves/%s/results/%s/correct" % (W, EMP_NIP),
            {"target": item["code"], "level": new_level, "reason": "short"}, 422)
assert e["field"] == "reason", e
op.post("/api/v1/waves/%s/results/%s/correct" % (W, EMP_NIP),
        {"target": item["code"], "level": new_level}, 400)
head.post("/api/v1/waves/%s/results/%s/correct" % (W, EMP_NIP),
          {"target": item["code"], "level": new_level, "reason": "typo in the sheet"}, 403)
d = op.post("/api/v1/waves/%s/results/%s/correct" % (W, EMP_NIP),
            {"target": item["code"], "level": new_level,
             "reason": "level salah ketik pada lembar bukti"})
assert d["revision"] == 2 and d["corrections"][0]["actor"] == "op1", d
assert sql("SELECT max(r.revision) FROM result r JOIN employee e ON e.id = r.employee_id"
           " WHERE e.nip = '%s'" % EMP_NIP) == "2"
a = audit(op, "result.correct")
assert len(a) == 1 and a[0]["actor"] == "op1" and a[0]["object"].startswith(
    "result:%s/%s" % (EMP_NIP, item["code"])), a
d = op.get("/api/v1/employees/%s/results" % EMP_NIP)
assert [(r["revision"], r["current"]) for r in d["items"]] == [(2, True), (1, False)], d
assert d["items"][0]["correction"]["actor"] == "op1" and d["items"][1]["correction"] is None
ok("correction: revision 2, audit result.correct by op1; both revisions listed")

# ---- policies -------------------------------------------------------------------------------
d = op.get("/api/v1/policies?kind=scoring")
assert [p["version"] for p in d["items"]] == [1, 2] and all(p["kind"] == "scoring" for p in d["items"])
assert op.get("/api/v1/policies")["total"] >= 5
op.get("/api/v1/policies?kind=nope", 400)
p2 = op.get("/api/v1/policies/scoring/2")
assert p2["status"] == "adopted" and p2["body"]["scales"], p2.keys()
op.get("/api/v1/policies/scoring/99", 404)
op.get("/api/v1/policies/nope/1", 404)
e = op.post("/api/v1/policies", {"kind": "scoring", "name": "x", "effective_from": "2027-01-01",
                                  "body": {"scales": 5}}, 422)
d = op.post("/api/v1/policies", {"kind": "scoring", "name": "Draf 2027",
                                  "effective_from": "2027-01-01", "body": p2["body"]}, 201)
assert d == {"kind": "scoring", "version": 3, "status": "draft"}, d
assert audit(op, "policy.draft")[0]["actor"] == "op1"
d = op.get("/api/v1/policies/scoring/3/diff")
assert d["version"] == 3 and d["changed"] == 0 and d["results"] == len(ranked), d
op.post("/api/v1/policies/scoring/3/adopt", None, 403)
d = adm.post("/api/v1/policies/scoring/3/adopt")
assert d["status"] == "adopted"
adm.post("/api/v1/policies/scoring/3/adopt", None, 409)
a = audit(op, "policy.adopt")
assert a[0]["actor"] == "adm1" and a[0]["object"] == "policy:scoring/3", a
ok("policies: list, show, draft (checked), diff, adopt (admin only, audited)")

# ---- fit -------------------------------------------------------------------------------------
d = op.get("/api/v1/employees/%s/fit?top=3" % EMP2_NIP)
assert d == cli_json("fit", "person", EMP2_NIP, "--top", "3", "--json")
pos = d["positions"][0]["position"]
d = op.get("/api/v1/positions/%s/fit?top=4" % pos)
assert d == cli_json("fit", "position", pos, "--top", "4", "--json")
d = op.get("/api/v1/fit/better?margin=0&limit=500")
assert d["items"] == cli_json("fit", "better", "--margin", "0", "--json")
op.get("/api/v1/positions/NOPE/fit", 404)
emp.get("/api/v1/employees/%s/fit" % EMP_NIP, 403)
ok("fit: person, position and better equal the CLI")

# ---- a new wave over HTTP, from creation to finalisation -----------------------------------
N = "API-2026-02"
body = {"code": N, "name": "Pemetaan lewat API", "purpose": "pemetaan", "provider": "internal",
        "start_date": "2026-03-02", "end_date": "2026-03-13"}
asr.post("/api/v1/waves", body, 403)
op.post("/api/v1/waves", dict(body, bogus=1), 400)
d = op.post("/api/v1/waves", body, 201)
assert d["code"] == N and d["status"] == "open" and d["published_at"] is None, d
op.post("/api/v1/waves", body, 409)
targets = ["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"]
d = op.post("/api/v1/waves/%s/methods" % N, {"method": "WWC", "kind": "wawancara",
                                              "targets": targets})
assert d["methods"][0]["targets"] == len(targets) and d["matrix_warnings"], d
op.post("/api/v1/waves/%s/methods" % N, {"method": "X", "kind": "simulasi",
                                          "targets": ["M.99"]}, 404)
nips = sql("SELECT nip FROM employee e JOIN position p ON p.id = e.position_id"
           " WHERE p.jenjang_code = 'administrator' ORDER BY nip LIMIT 3").split()
assert len(nips) == 3, nips
d = op.post("/api/v1/waves/%s/enrol" % N, {"nips": nips})
assert d == {"enrolled": 3, "skipped_no_position": 0}, d
d = op.post("/api/v1/waves/%s/attendance" % N)
assert d == {"changed": 3}, d
e = op.post("/api/v1/waves/%s/participants/%s/status" % (N, nips[2]), {"status": "withdrawn"}, 422)
assert e["field"] == "reason", e
d = op.post("/api/v1/waves/%s/participants/%s/status" % (N, nips[2]),
            {"status": "withdrawn", "reason": "mutasi ke instansi lain"})
assert d["changed"] == 1
op.post("/api/v1/waves/%s/participants/%s/assessors" % (N, nips[0]), {"assessor": AS})
d = op.post("/api/v1/waves/%s/assignments/auto" % N, {"per": 2})
assert d == {"assignments": 3}, d
parts = op.get("/api/v1/waves/%s/participants" % N)["items"]
active = [p for p in parts if p["status"] == "present"]
assert len(active) == 2 and all(len(p["assessors"]) == 2 for p in active), parts
mine = asr.get("/api/v1/waves/%s/participants" % N)["items"]
assert [p["nip"] for p in mine] == [nips[0]], mine
# evidence: the assessor records their own rows; someone else's is refused, nothing written
rows = lambda p, a: [{"nip": p["nip"], "assessor": a, "method": "WWC", "target": t, "level": 3}
                     for t in targets]
e = asr.post("/api/v1/waves/%s/evidence" % N, {"rows": rows(active[0], "LAPN-99")}, 403)
assert e["field"] == "rows[0].assessor", e
other = [p for p in active if p["nip"] != nips[0]][0]
e = asr.post("/api/v1/waves/%s/evidence" % N,
             {"rows": [dict(r, assessor=AS) for r in rows(other, AS)]}, 422)
assert e["field"].startswith("rows[0]"), e
bad = rows(active[0], AS)
bad[1]["level"] = 9
e = asr.post("/api/v1/waves/%s/evidence" % N, {"rows": bad}, 422)
assert e["field"] == "rows[1].level" and e["row"] == 2, e
assert sql("SELECT count(*) FROM evidence") == sql(
    "SELECT count(*) FROM evidence ev JOIN participant p ON p.id = ev.participant_id"
    " JOIN wave w ON w.id = p.wave_id WHERE w.code = '%s'" % W)
d = asr.post("/api/v1/waves/%s/evidence" % N,
             {"rows": [{k: v for k, v in r.items() if k != "assessor"} for r in rows(active[0], AS)]})
assert d == {"rows": len(targets), "assessed": 0}, d
staff_rows = []
for p in active:
    for a in p["assessors"]:
        if p["nip"] != nips[0] or a["code"] != AS:
            staff_rows += rows(p, a["code"])
d = op.post("/api/v1/waves/%s/evidence" % N, {"rows": staff_rows})
assert d == {"rows": len(staff_rows), "assessed": 2}, d
ev = [x for x in audit(op, "wave.evidence") if x["object"] == "wave:" + N]
assert sorted(x["actor"] for x in ev) == ["as1", "op1"], ev
d = op.post("/api/v1/waves/%s/integrate" % N, {"accept": True})
assert d["integrated"] == 2, d
d = op.post("/api/v1/waves/%s/participants/%s/decisions" % (N, nips[0]),
            {"target": "M.01", "level": 4}, 422)
assert d["field"] == "justification", d
op.post("/api/v1/waves/%s/participants/%s/decisions" % (N, nips[0]),
        {"target": "M.01", "level": 7, "justification": "bukti tambahan dari rapat"}, 422)
op.post("/api/v1/waves/%s/participants/%s/decisions" % (N, nips[0]),
        {"target": "M.01", "level": 4, "justification": "bukti tambahan dari rapat integrasi"})
d = op.get("/api/v1/waves/%s/participants/%s" % (N, nips[0]))
assert [i["decided"] for i in d["integration"] if i["target"] == "M.01"] == ["4"], d
assert audit(op, "wave.decide")[0]["actor"] == "op1"
adm.post("/api/v1/waves/%s/publish" % N, None, 409)  # not final yet
d = op.post("/api/v1/waves/%s/finalise" % N)
assert d == {"finalised": 2}, d
op.post("/api/v1/waves/%s/finalise" % N, None, 409)
a = audit(op, "wave.finalise")
assert a[0]["actor"] == "op1" and a[0]["object"] == "wave:" + N, a
d = op.get("/api/v1/waves/%s/results" % N)
assert d["total"] == 2 and sorted(r["nip"] for r in d["items"]) == sorted(nips[:2]), d
for action in ["wave.create", "wave.method", "wave.enrol", "wave.status", "wave.assign",
               "wave.assign_auto", "wave.integrate"]:
    a = [x for x in audit(op, action) if x["object"].startswith("wave:" + N)]
    assert a and all(x["actor"] == "op1" for x in a), (action, a)
ok("new wave over HTTP: create, method, enrol, attendance, withdraw, assign, evidence by the"
   " assessor (own only), integrate, decide, finalise - every change audited as its account")

d = op.get("/api/v1/audit/verify")
assert d["intact"] is True and d["entries"] > 0, d
ok("audit chain intact after every change (%d entries)" % d["entries"])
EOF
pass "$TEST_ENGINE: assessment API"

# the same publication from the CLI: once, for a final wave only
expect_exit 0 m wave publish API-2026-02
expect_exit 65 m wave publish API-2026-02
expect_exit 66 m wave publish NO-SUCH-WAVE
[ "$(q "SELECT count(*) FROM wave_publication")" = 2 ] || fail "publications"
[ "$(q "SELECT count(*) FROM audit WHERE action = 'wave.publish'")" = 2 ] ||
  fail "wave.publish audit entries"
pass "merit wave publish: once, audited; unknown wave 66"

kill -TERM "$SERVER_PID"
rc=0
wait "$SERVER_PID" || rc=$?
[ "$rc" -eq 0 ] || fail "server exit $rc"
pass "server stopped cleanly"
