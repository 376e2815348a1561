#!/usr/bin/env bash
# test_api_skj.sh - POST /api/v1/positions/:code/skj on each engine: an operator replaces a
# position's SKJ (managerial, socio-cultural and technical levels) in one transaction; the
# database, GET /positions/:code and one "position.skj" audit entry (before/after as compact
# text) agree; resending the same list changes nothing; each validation error is a 422 naming
# its field (items[i].competency_code / items[i].level / items[i].x / items) and writes nothing;
# another agency's position is 404; the head (read-only staff) is refused.
. "$(dirname "$0")/lib.sh"

url=$(it_new_db apiskj)
m() { "$MERIT_BIN" --db "$url" "$@"; }
q() { it_sql "$url" "$1"; }

expect_exit 0 m init
expect_exit 0 m demo --employees 300 --quiet
expect_exit 0 m demo --employees 100 --tenant lain --name "Kabupaten Lain" --wave-size 30 --quiet
adduser() { # user role
  echo "$1-password-1" | m user add "$1" --role "$2" --password-stdin >/dev/null || fail "user add $1"
}
adduser oper operator
adduser kepala head
demo=$(q "SELECT id FROM tenant WHERE code = 'demo'")
lain=$(q "SELECT id FROM tenant WHERE code = 'lain'")
pos=$(q "SELECT p.code FROM position p WHERE p.tenant_id = $demo AND EXISTS (SELECT 1 FROM skj_item s WHERE s.position_id = p.id) ORDER BY p.code LIMIT 1")
tech=$(q "SELECT code FROM tech_competency WHERE tenant_id = $demo ORDER BY code LIMIT 1")
# a position code that exists only in the other agency
only=$(q "SELECT p.code FROM position p WHERE p.tenant_id = $lain AND p.code NOT IN (SELECT code FROM position WHERE tenant_id = $demo) ORDER BY p.code LIMIT 1")
if [ -z "$only" ]; then
  only=$(q "SELECT p.code FROM position p WHERE p.tenant_id = $lain ORDER BY p.code LIMIT 1")
  q "UPDATE position SET code = 'LAIN-ONLY' WHERE tenant_id = $lain AND code = '$only'" >/dev/null
  only=LAIN-ONLY
fi
# a technical competency of the other agency only
q "INSERT INTO tech_competency (tenant_id, code, name) VALUES ($lain, 'T.LAIN.99', 'Hanya di instansi lain')" >/dev/null
[ -n "$pos" ] && [ -n "$tech" ] && [ -n "$only" ] || fail "fixtures (pos=$pos tech=$tech only=$only)"
pass "demo and a second agency; position $pos, technical competency $tech"

it_serve serve --db "$url" --tenant demo serve --listen 127.0.0.1:0 --threads 2
if [ "$TEST_ENGINE" = pg ]; then
  d=${url#postgresql:///}
  sqlcmd="psql|$(it_pg_conninfo "${d%%\?*}")"
else
  sqlcmd="sqlite|${url#sqlite:}"
fi

"$PY" - "http://127.0.0.1:$IT_SERVE_PORT" "$sqlcmd" "$demo" "$pos" "$tech" "$only" <<'EOF' || fail "API checks (server log: $(tail -n 5 "$IT_TMP/serve.err"))"
import http.cookiejar, json, subprocess, sys, urllib.error, urllib.request

base, sqlcmd, demo, pos, tech, only = sys.argv[1:7]
engine, conn = sqlcmd.split("|", 1)


def sql(s):
    cmd = ["sqlite3", "-batch", conn, s] if engine == "sqlite" else ["psql", conn, "-qAtc", s]
    r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0, (s, r.stderr)
    return [l.split("|") for l in r.stdout.splitlines() if l != ""]


class Client:
    def __init__(self, user):
        self.op = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.csrf = None
        st, d = self.call("POST", "/api/v1/auth/login",
                          {"username": user, "password": user + "-password-1"})
        assert st == 200, (user, st, d)
        self.csrf = d["csrf_token"]

    def call(self, method, path, body=None):
        h, data = {}, None
        if method != "GET":
            data = json.dumps(body if body is not None else {}).encode()
            h["Content-Type"] = "application/json"
            if self.csrf:
                h["X-CSRF-Token"] = self.csrf
        r = urllib.request.Request(base + path, data=data, method=method, headers=h)
        try:
            with self.op.open(r, timeout=120) as x:
                return x.status, json.loads(x.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")


def db_skj(code):
    return sql("SELECT s.competency_code, s.kind, s.level FROM skj_item s JOIN position p ON"
               f" p.id = s.position_id WHERE p.tenant_id = {demo} AND p.code = '{code}'"
               " ORDER BY s.competency_code")


def audits():
    return sql("SELECT actor, action, object, COALESCE(before_value, ''), COALESCE(after_value, '')"
               f" FROM audit WHERE tenant_id = {demo} AND action = 'position.skj'"
               " ORDER BY seq")


op = Client("oper")
path = f"/api/v1/positions/{pos}/skj"
old = db_skj(pos)
old_text = ";".join(f"{c}:{l}" for c, _, l in old)

# ---- happy path -----------------------------------------------------------------------
items = [{"competency_code": "M.03", "level": 2}, {"competency_code": "M.01", "level": 5},
         {"competency_code": "SK.01", "level": 3}, {"competency_code": tech, "level": 4}]
st, d = op.call("POST", path, {"items": items})
assert st == 200, (st, d)
assert d["code"] == pos and d["changed"] is True, d
want = sorted([("M.01", "manajerial", "5"), ("M.03", "manajerial", "2"),
               ("SK.01", "sosial_kultural", "3"), (tech, "teknis", "4")])
assert [tuple(r) for r in db_skj(pos)] == want, db_skj(pos)
got = {(e["competency_code"], e["kind"], str(e["level"])) for e in d["skj"]}
assert got == set(want), d["skj"]
st, g = op.call("GET", f"/api/v1/positions/{pos}")
assert st == 200 and {(e["competency_code"], e["level"]) for e in g["skj"]} == \
    {(c, int(l)) for c, _, l in want}, g
a = audits()
new_text = ";".join(f"{c}:{l}" for c, _, l in want)
assert a == [["oper", "position.skj", f"position:{pos}", old_text, new_text]], (a, old_text)
print("ok - replaced, kinds from the reference tables, one audit entry with before/after")

# the same list again: nothing changes, no second entry
st, d = op.call("POST", path, {"items": list(reversed(items))})
assert st == 200 and d["changed"] is False, (st, d)
assert len(audits()) == 1
print("ok - unchanged list: no write, no audit entry")

# ---- validation: 422 naming the field, nothing written ------------------------------------
bad = [
    ([{"competency_code": "M.01", "level": 6}], "items[0].level"),
    ([{"competency_code": "M.01", "level": 4}, {"competency_code": "M.02", "level": 0}],
     "items[1].level"),
    ([{"competency_code": "M.01", "level": 4}, {"competency_code": "M.02", "level": 3},
      {"competency_code": "M.03", "level": 2.5}], "items[2].level"),
    ([{"competency_code": "M.01", "level": "4"}], "items[0].level"),
    ([{"competency_code": "M.01"}], "items[0].level"),
    ([{"competency_code": "M.99", "level": 3}], "items[0].competency_code"),
    ([{"competency_code": "M.01", "level": 3}, {"competency_code": "T.LAIN.99", "level": 3}],
     "items[1].competency_code"),
    ([{"competency_code": "", "level": 3}], "items[0].competency_code"),
    ([{"level": 3}], "items[0].competency_code"),
    ([{"competency_code": "M.01", "level": 3}, {"competency_code": "M.02", "level": 3},
      {"competency_code": "M.01", "level": 2}], "items[2].competency_code"),
    ([{"competency_code": "M.01", "level": 3, "kind": "teknis"}], "items[0].kind"),
    (["M.01"], "items[0]"),
    ([], "items"),
]
for body_items, field in bad:
    st, d = op.call("POST", path, {"items": body_items})
    assert st == 422, (body_items, st, d)
    assert d["field"] == field and d["message"], (body_items, field, d)
st, d = op.call("POST", path, {"items": "M.01:4"})
assert st in (400, 422) and d["field"] == "items", (st, d)
st, d = op.call("POST", path, {})
assert st in (400, 422) and d["field"] == "items", (st, d)
assert [tuple(r) for r in db_skj(pos)] == want and len(audits()) == 1
print("ok - each validation error is 422 naming its field; nothing written")

# ---- another agency, unknown position, roles -------------------------------------------------
st, d = op.call("POST", f"/api/v1/positions/{only}/skj", {"items": items[:1]})
assert st == 404, (only, st, d)
st, d = op.call("POST", "/api/v1/positions/NO-SUCH-POSITION/skj", {"items": items[:1]})
assert st == 404, (st, d)
st, d = Client("kepala").call("POST", path, {"items": items[:1]})
assert st == 403, (st, d)
assert [tuple(r) for r in db_skj(pos)] == want and len(audits()) == 1
print("ok - another agency's position and an unknown one are 404; the head is refused")
EOF
st=$(m --tenant demo audit verify >/dev/null 2>&1; echo $?)
[ "$st" = 0 ] || fail "audit chain after the SKJ edits"
pass "SKJ endpoint"
