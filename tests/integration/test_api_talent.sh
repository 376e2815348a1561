#!/usr/bin/env bash
# test_api_talent.sh - talent, moves and committees over HTTP, on each engine: a period mapped
# through the API equals the CLI's answer, placements paged and filtered, calibration audited,
# review and set by the right roles only, forecast, succession, placement; a move check with a
# citation per verdict, a package through the chain operator -> admin -> head with the wrong role
# refused at each step; a committee account sees only its committee, records its own scores and
# not those of an official it declared a conflict with; unknown codes are 404.
. "$(dirname "$0")/lib.sh"

url=$(it_new_db apitalent)
m() { "$MERIT_BIN" --db "$url" "$@"; }
q() { it_sql "$url" "$1"; }

expect_exit 0 m init
expect_exit 0 m demo --employees 1000
adduser() { # user role extra...
  local u=$1 r=$2
  shift 2
  echo "$u-password-1" | m user add "$u" --role "$r" --password-stdin "$@" >/dev/null ||
    fail "user add $u"
}
adduser adm admin
adduser oper operator
adduser kepala head
adduser pansel1 committee
adduser pansel2 committee
adduser pansel3 committee

# two committees built as test_committee.sh does: UK-A (five officials, M4 declared a conflict
# with the first) and UK-B; pansel1 sits on UK-A as M3, pansel2 on UK-A as chair M0, pansel3 on
# UK-B only
q "SELECT e.nip FROM employee e JOIN position p ON p.id = e.position_id JOIN result r ON r.employee_id = e.id WHERE p.jenjang_code LIKE 'jpt%' GROUP BY e.nip ORDER BY e.nip LIMIT 5" >"$IT_TMP/five"
[ "$(wc -l <"$IT_TMP/five")" = 5 ] || fail "5 assessed JPT officials in the demo"
mapfile -t five <"$IT_TMP/five"
expect_exit 0 m committee create UK-A --name "Pansel A" --as-of 2026-06-30
expect_exit 0 m committee create UK-B --name "Pansel B" --as-of 2026-06-30
roles=(chair secretary member member member)
for i in 0 1 2 3 4; do
  expect_exit 0 m committee member UK-A "M$i" --name "Anggota $i" --role "${roles[$i]}"
done
expect_exit 0 m committee member UK-B B0 --name "Ketua B" --role chair
for i in 0 1 2; do
  expect_exit 0 m committee declare UK-A "M$i" --statement "Tidak ada benturan kepentingan"
done
expect_exit 0 m committee declare UK-A M4 --statement "Kerabat dekat salah satu pejabat" --conflict "${five[0]}"
args=(); for n in "${five[@]}"; do args+=(--nip "$n"); done
expect_exit 0 m committee enrol UK-A "${args[@]}"
expect_exit 0 m user seat pansel1 --committee UK-A --member M3
expect_exit 0 m user seat pansel2 --committee UK-A --member M0
expect_exit 0 m user seat pansel3 --committee UK-B --member B0
pass "accounts (admin, operator, head, three committee seats) and two committees"

# the move package's two officials, as test_move.sh picks them
pick="SELECT e.nip FROM employee e JOIN position p ON p.id = e.position_id WHERE p.jenjang_code = 'pengawas' AND e.birth_date > '1975-01-01' AND NOT EXISTS (SELECT 1 FROM hist_sanction s WHERE s.employee_id = e.id AND s.level IN ('sedang', 'berat')) ORDER BY e.nip"
a=$(q "$pick LIMIT 1")
b=$(q "$pick LIMIT 1 OFFSET 1")
pa=$(q "SELECT p.code FROM employee e JOIN position p ON p.id = e.position_id WHERE e.nip = '$a'")
pb=$(q "SELECT p.code FROM employee e JOIN position p ON p.id = e.position_id WHERE e.nip = '$b'")
jpt=$(q "SELECT e.nip FROM employee e JOIN position p ON p.id = e.position_id WHERE p.jenjang_code = 'jpt_pratama' ORDER BY e.nip LIMIT 1")
other=$(q "SELECT p.code FROM position p WHERE p.jenjang_code = 'jpt_pratama' AND p.id NOT IN (SELECT position_id FROM employee WHERE nip = '$jpt') ORDER BY p.code LIMIT 1")
q "UPDATE employee SET tmt_pelantikan = '2024-06-14' WHERE nip = '$jpt'" >/dev/null
unit=$(q "SELECT u.code FROM unit u JOIN position p ON p.unit_id = u.id JOIN skj_item s ON s.position_id = p.id GROUP BY u.code ORDER BY count(DISTINCT p.id) DESC, u.code LIMIT 1")
[ -n "$a" ] && [ -n "$b" ] && [ -n "$jpt" ] && [ -n "$other" ] && [ -n "$unit" ] || fail "fixtures"

# ---- serve ---------------------------------------------------------------------------
it_serve serve --db "$url" --tenant demo serve --listen 127.0.0.1:0 --threads 2
pid=$IT_SERVE_PID port=$IT_SERVE_PORT

"$PY" - "http://127.0.0.1:$port" "$MERIT_BIN" "$url" "$a" "$b" "$pa" "$pb" "$jpt" "$other" \
  "$unit" "${five[@]}" <<'EOF' || fail "API checks (server log: $(tail -n 5 "$IT_TMP/serve.err"))"
import http.cookiejar, json, subprocess, sys, urllib.error, urllib.parse, urllib.request

base, merit, url, a, b, pa, pb, jpt, other, unit = sys.argv[1:11]
five = sys.argv[11:16]


def cli(*args):
    r = subprocess.run([merit, "--db", url, *args], capture_output=True, text=True)
    assert r.returncode == 0, (args, r.returncode, r.stderr)
    return json.loads(r.stdout) if "--json" in args else r.stdout


class Client:
    def __init__(self, user):
        self.op = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.csrf = None
        st, d = self.call("POST", "/api/v1/auth/login",
                          {"username": user, "password": user + "-password-1"})
        assert st == 200, (user, st, d)
        self.csrf = d["csrf_token"]

    def call(self, method, path, body=None, query=None):
        if query:
            path += "?" + urllib.parse.urlencode(query)
        h = {}
        data = None
        if method != "GET":
            data = json.dumps(body if body is not None else {}).encode()
            h["Content-Type"] = "application/json"
            if self.csrf:
                h["X-CSRF-Token"] = self.csrf
        r = urllib.request.Request(base + path, data=data, method=method, headers=h)
        try:
            with self.op.open(r, timeout=300) as x:
                return x.status, json.loads(x.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")

    def ok(self, method, path, body=None, query=None, status=200):
        st, d = self.call(method, path, body, query)
        assert st == status, (method, path, body, query, st, d)
        return d

    def refused(self, want, method, path, body=None, query=None, text=None, field=None):
        st, d = self.call(method, path, body, query)
        assert st == want, (method, path, body, query, "want", want, st, d)
        assert sorted(d) == ["code", "field", "message", "row"] and d["message"], d
        if text is not None:
            assert text in d["message"], (text, d)
        if field is not None:
            assert d["field"] == field, (field, d)
        return d

    def all_pages(self, path, query=None, limit=200):
        items, off = [], 0
        while True:
            d = self.ok("GET", path, query=dict(query or {}, limit=limit, offset=off))
            items += d["items"]
            off += limit
            if off >= d["total"]:
                assert len(items) == d["total"], (len(items), d["total"])
                return items


adm, oper, kepala = Client("adm"), Client("oper"), Client("kepala")
p1, p2, p3 = Client("pansel1"), Client("pansel2"), Client("pansel3")


def audit(action, obj=None):
    q = {"action": action}
    if obj:
        q["object"] = obj
    return adm.ok("GET", "/api/v1/audit", query=q)["items"]


# ---- talent: map via the API equals the CLI ---------------------------------------------
T = "/api/v1/talent/periods"
oper.refused(404, "GET", T + "/2026")
assert oper.ok("GET", T) == {"items": [], "total": 0, "limit": 50, "offset": 0}
oper.refused(400, "POST", T + "/2026/map", {"as_of": "2026-06-30", "depth": 1}, field="depth")
oper.refused(422, "POST", T + "/2026/map", {"as_of": "30-06-2026"}, field="as_of")
oper.refused(400, "POST", T + "/TPX/map", {"as_of": "2026-06-30"}, field="year")
dry = oper.ok("POST", T + "/2026/map", {"as_of": "2026-06-30", "dry_run": True})
assert dry["dry_run"] is True and oper.ok("GET", T)["total"] == 0, "a dry run writes nothing"
api_map = oper.ok("POST", T + "/2026/map", {"as_of": "2026-06-30"})
cli_map = cli("talent", "map", "--period", "2026", "--as-of", "2026-06-30", "--json")
assert api_map == cli_map, (api_map, cli_map)
dry.pop("dry_run"), api_map.pop("dry_run")
assert dry == api_map, "the dry run saw what the map wrote"
periods = oper.ok("GET", T)
assert periods["total"] == 1 and periods["items"][0]["code"] == "2026", periods
per = oper.ok("GET", T + "/2026")
assert per["status"] == "proposed" and per["employees"] == api_map["employees"] == 1000, per
assert per["eligible"] == api_map["eligible"] and per["boxes"] == api_map["boxes"], per
assert per["pool"] == api_map["pool"] and per["not_placed"] == 1000 - api_map["eligible"]
print("ok - map via the API equals the CLI's; a dry run writes nothing; the period's counts")

# placements: every page together is the CLI's list; filters
items = oper.all_pages(T + "/2026/placements")
cli_list = cli("talent", "list", "--period", "2026", "--json")
assert items == cli_list, "paged placements differ from the CLI list"
assert len(items) == 1000
box5 = oper.all_pages(T + "/2026/placements", {"box": 5})
assert box5 and all(p["box"] == 5 for p in box5)
assert box5 == cli("talent", "list", "--period", "2026", "--box", "5", "--json")
el = oper.all_pages(T + "/2026/placements", {"eligible": "true"})
nel = oper.all_pages(T + "/2026/placements", {"eligible": "false"})
assert len(el) == api_map["eligible"] and all(p["eligible"] for p in el)
assert len(nel) == 1000 - len(el) and not any(p["eligible"] for p in nel) and all(p["reasons"] for p in nel)
pool = oper.all_pages(T + "/2026/placements", {"pool": "true"})
assert len(pool) == api_map["pool"] and all(p["box"] >= 7 for p in pool)
some_unit = items[0]["unit_code"]
byunit = oper.all_pages(T + "/2026/placements", {"unit": some_unit})
assert byunit and len(byunit) == sum(p["unit_code"] == some_unit for p in items)
d = oper.ok("GET", T + "/2026/placements", query={"limit": 7, "offset": 3})
assert d["total"] == 1000 and d["limit"] == 7 and d["offset"] == 3 and d["items"] == items[3:10]
oper.refused(400, "GET", T + "/2026/placements", query={"box": 10}, field="box")
oper.refused(400, "GET", T + "/2026/placements", query={"nope": 1}, field="nope")
oper.refused(404, "GET", T + "/NOPE/placements")
nip5 = box5[0]["nip"]
one = oper.ok("GET", T + "/2026/placements/" + nip5)
assert one == cli("talent", "show", "--period", "2026", nip5, "--json")
assert one["box"]["box"] == 5 and one["moves_up"]
oper.refused(404, "GET", T + "/2026/placements/199901012020011999")
oper.refused(400, "GET", T + "/2026/placements/12345", field="nip")
print("ok - placements: pages equal the CLI list; box, eligible, pool and unit filters; one person")

# calibration: audited as talent.calibrate with the signed-in account as actor
reason = "Kalibrasi rapat tim penilai kinerja"
oper.refused(400, "POST", T + "/2026/placements/" + nip5 + "/calibrate", {"box": 8}, field="reason")
oper.refused(422, "POST", T + "/2026/placements/" + nip5 + "/calibrate", {"box": 8, "reason": "singkat"},
             field="reason")
oper.refused(422, "POST", T + "/2026/placements/" + nip5 + "/calibrate", {"box": 12, "reason": reason},
             field="box")
kepala.refused(403, "POST", T + "/2026/placements/" + nip5 + "/calibrate", {"box": 8, "reason": reason})
cal = oper.ok("POST", T + "/2026/placements/" + nip5 + "/calibrate", {"box": 8, "reason": reason})
assert cal["box"]["box"] == 8 and cal["computed_box"]["box"] == 5
assert cal["calibration"][-1]["actor"] == "oper" and cal["calibration"][-1]["reason"] == reason
e = audit("talent.calibrate")
assert len(e) == 1 and e[0]["actor"] == "oper" and e[0]["object"] == "talent:2026/" + nip5, e
assert e[0]["before"] == "5" and e[0]["after"] == "8", e
oper.refused(404, "POST", T + "/NOPE/placements/" + nip5 + "/calibrate", {"box": 8, "reason": reason})
assert oper.ok("GET", T + "/2026")["boxes"]["8"] == api_map["boxes"]["8"] + 1
print("ok - calibration through the API: refused without a reason, audited talent.calibrate by oper")

# review (admin) then set (head/PPK); an operator may do neither
why = "Hasil pemetaan telah dibahas bersama"
oper.refused(403, "POST", T + "/2026/set", {"reason": why}, text="operator")
oper.refused(403, "POST", T + "/2026/review", {"reason": why})
kepala.refused(409, "POST", T + "/2026/set", {"reason": why}, text="proposed -> reviewed -> set")
r = adm.ok("POST", T + "/2026/review", {"reason": why})
assert r["status"] == "reviewed" and r["trail"][-1] == {"stage": "reviewed", "actor": "adm", "reason": why,
                                                        "at": r["trail"][-1]["at"], "kind": "stage"}
oper.refused(403, "POST", T + "/2026/set", {"reason": why})
s = kepala.ok("POST", T + "/2026/set", {"reason": why})
assert s["status"] == "set" and s["set_by"] == "kepala", s
st = [x for x in audit("talent.stage") if x["object"] == "talent:2026"]
assert [(x["actor"], x["after"]) for x in st] == [("kepala", "set"), ("adm", "reviewed")], st
oper.refused(409, "POST", T + "/2026/placements/" + nip5 + "/calibrate", {"box": 7, "reason": reason})
oper.refused(409, "POST", T + "/2026/map", {"as_of": "2026-06-30"})
kepala.refused(404, "POST", T + "/NOPE/set", {"reason": why})
print("ok - review by the admin, set by the head (operator 403); a set period is locked")

# forecast and succession equal the CLI's
f = oper.ok("GET", "/api/v1/talent/forecast", query={"as_of": "2026-06-30", "months": 24, "period": "2026"})
assert f == cli("talent", "forecast", "--as-of", "2026-06-30", "--months", "24", "--period", "2026", "--json")
fk = oper.ok("GET", "/api/v1/talent/forecast", query={"as_of": "2026-06-30", "key": "true"})
assert all(p["key"] for p in fk["positions"])
oper.refused(400, "GET", "/api/v1/talent/forecast", query={"months": 500}, field="months")
sl = kepala.ok("GET", T + "/2026/succession")
assert sl == cli("succession", "list", "--period", "2026", "--json") and sl["slates"]
pos = sl["slates"][0]["position"]
one = kepala.ok("GET", T + "/2026/succession/" + pos)
assert one["position"] == pos and one["period"] == "2026" and one["candidates"] == sl["slates"][0]["candidates"]
kepala.refused(404, "GET", T + "/2026/succession/NO-SUCH-POSITION")
kepala.refused(404, "GET", T + "/NOPE/succession")
print("ok - forecast and succession slates equal the CLI's; unknown position 404")

# the placement optimiser: a read, equal to the CLI
pl = oper.ok("GET", "/api/v1/talent/place", query={"unit": unit, "period": "2026"})
assert pl == cli("place", "--unit", unit, "--period", "2026", "--json"), "place differs from the CLI"
assert pl["vacancies"] > 0 and pl["positions"]
fst = pl["positions"][0]
if isinstance(fst.get("assigned"), dict):
    fb = oper.ok("GET", "/api/v1/talent/place",
                 query={"positions": fst["code"], "forbid": fst["assigned"]["nip"] + "=" + fst["code"]})
    got = fb["positions"][0].get("assigned")
    assert not isinstance(got, dict) or got["nip"] != fst["assigned"]["nip"], fb
oper.refused(400, "GET", "/api/v1/talent/place", query={"period": "2026"}, field="positions")
oper.refused(400, "GET", "/api/v1/talent/place", query={"unit": unit, "lock": "nonsense"}, field="lock")
print("ok - the placement optimiser equals the CLI; forbid is honoured")

# ---- moves -----------------------------------------------------------------------------
chk = kepala.ok("GET", "/api/v1/moves/check", query={"nip": jpt, "to": other, "kind": "rotasi", "date": "2026-06-13"})
assert chk == cli("move", "check", jpt, "--to", other, "--kind", "rotasi", "--date", "2026-06-13", "--json")
assert chk["verdicts"] and all(v["citation"] and v["verdict"] for v in chk["verdicts"]), chk
assert chk["verdict"] in [v["verdict"] for v in chk["verdicts"]]
x = oper.ok("GET", "/api/v1/moves/check",
            query={"nip": jpt, "to": other, "kind": "rotasi", "date": "2026-06-13", "exception_116": "true"})
assert x == cli("move", "check", jpt, "--to", other, "--kind", "rotasi", "--date", "2026-06-13",
                "--exception-116", "--json")
oper.refused(400, "GET", "/api/v1/moves/check", query={"nip": jpt, "to": other}, field="kind")
oper.refused(400, "GET", "/api/v1/moves/check", query={"nip": jpt, "to": other, "kind": "naik"}, field="kind")
oper.refused(400, "GET", "/api/v1/moves/check", query={"to": other, "kind": "rotasi"}, field="nip")
oper.refused(404, "GET", "/api/v1/moves/check", query={"nip": "199901012020011999", "to": other, "kind": "rotasi"})
p1.refused(403, "GET", "/api/v1/moves/check", query={"nip": jpt, "to": other, "kind": "rotasi"})
print("ok - a move check: every verdict with its citation, equal to the CLI; bad input 400, unknown NIP 404")

P = "/api/v1/moves/packages"
kepala.refused(403, "POST", P, {"code": "ROT-1", "title": "Rotasi pengawas"})
pk = oper.ok("POST", P, {"code": "ROT-1", "title": "Rotasi pengawas"}, status=201)
assert pk["status"] == "draft" and pk["created_by"] == "oper" and pk["moves"] == []
oper.refused(409, "POST", P, {"code": "ROT-1", "title": "lagi"})
add = oper.ok("POST", P + "/ROT-1/moves", {"nip": a, "to": pb, "kind": "rotasi", "date": "2026-03-02"}, status=201)
assert add["verdicts"] and all(v["citation"] for v in add["verdicts"])
oper.ok("POST", P + "/ROT-1/moves", {"nip": b, "to": pb, "kind": "rotasi", "date": "2026-03-02"}, status=201)
oper.refused(409, "POST", P + "/ROT-1/submit", {"reason": "Rotasi penyegaran"}, text="one position")
oper.ok("POST", P + "/ROT-1/moves", {"nip": b, "to": pa, "kind": "rotasi", "date": "2026-03-02"}, status=201)
oper.refused(422, "POST", P + "/ROT-1/moves", {"nip": b, "to": pa, "kind": "naik"}, field="kind")
oper.refused(404, "POST", P + "/NOPE/moves", {"nip": b, "to": pa, "kind": "rotasi"})
# out of order, and the wrong role at each step
kepala.refused(409, "POST", P + "/ROT-1/approve", {"reason": "Disetujui PPK"}, text="draft -> submitted")
kepala.refused(403, "POST", P + "/ROT-1/submit", {"reason": "Rotasi penyegaran"}, text="head")
oper.ok("POST", P + "/ROT-1/submit", {"reason": "Rotasi penyegaran"})
oper.refused(409, "POST", P + "/ROT-1/moves", {"nip": a, "to": pa, "kind": "rotasi"})
oper.refused(403, "POST", P + "/ROT-1/review", {"reason": "Sesuai kebutuhan"}, text="operator")
kepala.refused(403, "POST", P + "/ROT-1/review", {"reason": "Sesuai kebutuhan"}, text="head")
kepala.refused(409, "POST", P + "/ROT-1/approve", {"reason": "Disetujui PPK"}, text="submitted")
kepala.refused(403, "POST", P + "/ROT-1/reject", {"reason": "Tidak setuju"}, text="admin")
adm.ok("POST", P + "/ROT-1/review", {"reason": "Sesuai kebutuhan"})
adm.refused(403, "POST", P + "/ROT-1/approve", {"reason": "Disetujui PPK"}, text="admin")
oper.refused(403, "POST", P + "/ROT-1/approve", {"reason": "Disetujui PPK"})
adm.refused(403, "POST", P + "/ROT-1/reject", {"reason": "Tidak setuju"}, text="PPK")
oper.refused(403, "POST", P + "/ROT-1/reject", {"reason": "Tidak setuju"}, text="PPK")
kepala.ok("POST", P + "/ROT-1/approve", {"reason": "Disetujui PPK"})
kepala.refused(403, "POST", P + "/ROT-1/execute", {"reason": "SK terbit", "sk_number": "800/12", "sk_date": "2026-02-27"})
oper.refused(400, "POST", P + "/ROT-1/execute", {"reason": "SK terbit"}, field="sk_number")
ex = oper.ok("POST", P + "/ROT-1/execute", {"reason": "SK terbit", "sk_number": "800/12/BKPSDM/2026",
                                             "sk_date": "2026-02-27"})
assert ex["status"] == "executed" and ex["sk_number"] == "800/12/BKPSDM/2026"
assert [(t["step"], t["actor"]) for t in ex["trail"]] == [("submitted", "oper"), ("reviewed", "adm"),
                                                        ("approved", "kepala"), ("executed", "oper")], ex["trail"]
assert ex == cli("move", "package", "show", "ROT-1", "--json")
mv = audit("move.package", "move_package:ROT-1")
assert [(x["actor"], x["before"], x["after"]) for x in mv] == [
    ("oper", "approved", "executed"), ("kepala", "reviewed", "approved"),
    ("adm", "submitted", "reviewed"), ("oper", "draft", "submitted")], mv
emp = oper.ok("GET", "/api/v1/employees/" + a)
assert pb in json.dumps(emp), "the employee moved"
oper.refused(409, "POST", P + "/ROT-1/reject", {"reason": "Terlambat ditolak"})
# rejection by whoever holds the step: a draft by staff, a submitted one by the admin
oper.ok("POST", P, {"code": "ROT-2", "title": "Mutasi JPT"}, status=201)
oper.ok("POST", P + "/ROT-2/moves", {"nip": jpt, "to": other, "kind": "rotasi", "date": "2025-01-01"}, status=201)
oper.refused(409, "POST", P + "/ROT-2/submit", {"reason": "Mutasi pejabat"}, text="blocked")
rj = oper.ok("POST", P + "/ROT-2/reject", {"reason": "Masih dalam masa 2 tahun"})
assert rj["status"] == "rejected" and rj["trail"][-1]["actor"] == "oper"
oper.ok("POST", P, {"code": "ROT-3", "title": "Mutasi JPT"}, status=201)
oper.ok("POST", P + "/ROT-3/moves", {"nip": jpt, "to": other, "kind": "rotasi", "date": "2026-06-14"}, status=201)
oper.ok("POST", P + "/ROT-3/submit", {"reason": "Mutasi pejabat"})
oper.refused(403, "POST", P + "/ROT-3/reject", {"reason": "Belum perlu"}, text="admin")
kepala.refused(403, "POST", P + "/ROT-3/reject", {"reason": "Belum perlu"}, text="admin")
rj = adm.ok("POST", P + "/ROT-3/reject", {"reason": "Belum perlu"})
assert rj["status"] == "rejected" and rj["trail"][-1] == dict(rj["trail"][-1], step="rejected", actor="adm")
assert audit("move.package", "move_package:ROT-3")[0]["after"] == "rejected"
lst = kepala.ok("GET", P)
assert lst["total"] == 3 and {p["code"]: p["status"] for p in lst["items"]} == {
    "ROT-1": "executed", "ROT-2": "rejected", "ROT-3": "rejected"}, lst
assert {p["code"] for p in kepala.ok("GET", P, query={"status": "rejected"})["items"]} == {"ROT-2", "ROT-3"}
kepala.refused(400, "GET", P, query={"status": "nope"}, field="status")
kepala.refused(404, "GET", P + "/NOPE")
kepala.refused(404, "POST", P + "/NOPE/approve", {"reason": "Disetujui PPK"})
print("ok - a package through operator -> admin -> head, the wrong role 403 at each step, audited")

# ---- committees ------------------------------------------------------------------------
C = "/api/v1/committees"
allc = oper.ok("GET", C)
assert allc["total"] == 2 and {c["code"] for c in allc["items"]} == {"UK-A", "UK-B"}
mine = p1.ok("GET", C)
assert [c["code"] for c in mine["items"]] == ["UK-A"] and mine["total"] == 1, mine
assert [c["code"] for c in p3.ok("GET", C)["items"]] == ["UK-B"]
show = p1.ok("GET", C + "/UK-A")
full = cli("committee", "show", "UK-A", "--json")
# a member sees the committee as the CLI does, plus its own seat and only its own scores
assert show["my_seat"] and show["my_seat"]["member"], show.get("my_seat")
assert all(x["member"] == show["my_seat"]["member"] for x in show["scores"]), show["scores"]
assert {k: v for k, v in show.items() if k not in ("my_seat", "scores")} == \
    {k: v for k, v in full.items() if k != "scores"}
p1.refused(403, "GET", C + "/UK-B", text="committee")
p3.refused(403, "GET", C + "/UK-A")
p1.refused(404, "GET", C + "/NOPE")
oper.refused(404, "GET", C + "/NOPE")
# M3 (pansel1) declares through the API, then scores its own
p1.refused(409, "POST", C + "/UK-A/scores", {"nip": five[1], "component": "wawancara", "score": 80},
           text="declaration")
p1.refused(403, "POST", C + "/UK-A/declarations", {"statement": "Tidak ada benturan kepentingan", "member": "M2"})
d = p1.ok("POST", C + "/UK-A/declarations", {"statement": "Tidak ada benturan kepentingan"})
assert [x["declaration"] != "" for x in d["members"] if x["code"] == "M3"] == [True]
sc = p1.ok("POST", C + "/UK-A/scores", {"nip": five[1], "component": "wawancara", "score": 80})
assert sc == {"committee": "UK-A", "member": "M3", "nip": five[1], "component": "wawancara", "score": 80.0}, sc
p1.refused(403, "POST", C + "/UK-A/scores", {"nip": five[1], "component": "wawancara", "score": 80, "member": "M1"},
           field="member")
p1.refused(403, "POST", C + "/UK-B/scores", {"nip": five[1], "component": "wawancara", "score": 80})
p1.refused(422, "POST", C + "/UK-A/scores", {"nip": five[1], "component": "loyalitas", "score": 80},
           field="component")
p1.refused(422, "POST", C + "/UK-A/scores", {"nip": five[1], "component": "wawancara", "score": 101},
           field="score")
p1.refused(404, "POST", C + "/NOPE/scores", {"nip": five[1], "component": "wawancara", "score": 80})
# staff name the member; M4 declared a conflict with the first official: refused
oper.refused(400, "POST", C + "/UK-A/scores", {"nip": five[0], "component": "wawancara", "score": 80},
             field="member")
oper.refused(409, "POST", C + "/UK-A/scores", {"nip": five[0], "component": "wawancara", "score": 40,
                                               "member": "M4"}, text="conflict")
oper.ok("POST", C + "/UK-A/scores", {"nip": five[1], "component": "wawancara", "score": 40, "member": "M4"})
kepala.refused(403, "POST", C + "/UK-A/scores", {"nip": five[1], "component": "wawancara", "score": 40,
                                                 "member": "M4"})
# every member's scores (staff, and pansel1/pansel2 for their own seats)
members = {"M0": p2, "M1": oper, "M2": oper, "M3": p1, "M4": oper}
for j, nip in enumerate(five):
    for i in range(5):
        if i == 4 and j == 0:
            continue  # the conflict
        for comp in ("rekam_jejak", "tes_tertulis", "wawancara"):
            body = {"nip": nip, "component": comp, "score": 55 + 7 * j + 3 * i}
            who = members["M%d" % i]
            if who is oper:
                body["member"] = "M%d" % i
            who.ok("POST", C + "/UK-A/scores", body)
rows = cli("committee", "decide", "UK-A", "--json")
p1.refused(403, "POST", C + "/UK-A/decide", text="chair")
dec = p2.ok("POST", C + "/UK-A/decide")
assert dec["final"] is False and dec["officials"] == rows, (dec, rows)
assert all(r["status"] == "ok" for r in rows), rows
r0 = [r for r in rows if r["nip"] == five[0]][0]
assert abs(r0["components"]["wawancara"] - round(sum(55 + 3 * i for i in range(4)) / 4, 2)) < 0.011, r0
p1.refused(403, "POST", C + "/UK-A/finalise", text="chair")
p3.refused(403, "POST", C + "/UK-A/finalise")
fin = p2.ok("POST", C + "/UK-A/finalise")
assert fin["final"] is True and fin["officials"] == rows
e = audit("committee.finalise")
assert len(e) == 1 and e[0]["actor"] == "pansel2" and e[0]["object"] == "committee:UK-A", e
assert p1.ok("GET", C + "/UK-A")["status"] == "final"
p1.refused(409, "POST", C + "/UK-A/scores", {"nip": five[1], "component": "wawancara", "score": 10}, text="final")
# staff set a committee up through the API
oper.ok("POST", C, {"code": "UK-C", "name": "Pansel C", "as_of": "2026-06-30"}, status=201)
oper.refused(409, "POST", C, {"code": "UK-C", "name": "Pansel C", "as_of": "2026-06-30"})
oper.refused(422, "POST", C, {"code": "UK-D", "name": "Pansel D", "as_of": "kemarin"}, field="as_of")
c = oper.ok("POST", C + "/UK-C/members", {"member": "K1", "name": "Ketua", "role": "chair"}, status=201)
assert c["members"][0]["code"] == "K1" and c["members"][0]["role"] == "chair"
oper.refused(422, "POST", C + "/UK-C/members", {"member": "K2", "name": "Ketua", "role": "raja"}, field="role")
en = oper.ok("POST", C + "/UK-C/officials", {"nips": five[:2]})
assert en["added"] == 2
oper.refused(400, "POST", C + "/UK-C/officials", {}, field="nips")
oper.refused(400, "POST", C + "/UK-C/officials", {"nips": [5]}, field="nips")
el = oper.ok("POST", C + "/UK-C/officials", {"eligible": True})
assert el["added"] >= 0
oper.ok("POST", C + "/UK-C/declarations", {"member": "K1", "statement": "Kerabat salah satu pejabat",
                                            "conflicts": [five[0]]})
p1.refused(403, "POST", C + "/UK-C/declarations", {"statement": "Tidak ada benturan kepentingan"})
p1.refused(403, "POST", C, {"code": "UK-E", "name": "Pansel E", "as_of": "2026-06-30"})
print("ok - committees: a member sees only its committee, declares and scores as itself, a conflict is "
      "refused; the chair decides and finalises (audited); staff set one up")
EOF
pass "talent, moves and committees over HTTP on $TEST_ENGINE"
