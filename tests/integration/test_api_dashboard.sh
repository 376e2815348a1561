#!/usr/bin/env bash
# test_api_dashboard.sh - GET /api/v1/dashboard on each engine: every figure of the agency's
# dashboard and of one OPD's (with its sub-units) equals an independent computation (SQL on the
# database, the CLI's talent list / forecast / policy answers), on several dates (before the
# results were finalised, today, with every result expiring, after they lapsed); only a result's
# latest revision counts (a correction is recorded first); a second agency with the same unit
# codes changes nothing; unknown unit 404, bad date 422, unknown parameter 400; roles (head and
# operator read, an employee is refused, nobody signed in 401).
. "$(dirname "$0")/lib.sh"

url=$(it_new_db apidash)
m() { "$MERIT_BIN" --db "$url" "$@"; }
q() { it_sql "$url" "$1"; }

expect_exit 0 m init
expect_exit 0 m demo --employees 1000
expect_exit 0 m talent map --period 2026
# another agency with the same unit codes: nothing of it may show in demo's dashboard
expect_exit 0 m demo --employees 200 --tenant lain --name "Kabupaten Lain" --wave-size 60 --quiet
expect_exit 0 m --tenant lain talent map --period 2027 --as-of 2026-06-30
adduser() { # user role extra...
  local u=$1 r=$2
  shift 2
  echo "$u-password-1" | m user add "$u" --role "$r" --password-stdin "$@" >/dev/null ||
    fail "user add $u"
}
nip=$(q "SELECT e.nip FROM employee e JOIN tenant t ON t.id = e.tenant_id WHERE t.code = 'demo' ORDER BY e.nip LIMIT 1")
adduser oper operator
adduser kepala head
adduser pegawai employee --nip "$nip"
pass "demo (1000 employees, period 2026 mapped), a second agency, accounts"

# a correction: revision 2 of a top result, one competency down to level 1 (the JPM drops)
read -r cnip ccomp < <(q "SELECT e.nip, ri.target_code FROM result r JOIN employee e ON e.id = r.employee_id JOIN result_item ri ON ri.result_id = r.id JOIN tenant t ON t.id = r.tenant_id WHERE t.code = 'demo' AND r.jpm_cap_bp >= 9000 AND ri.lki >= 3 ORDER BY e.nip, ri.target_code LIMIT 1" | tr '|' ' ')
[ -n "$cnip" ] || fail "a result to correct"
wave=$(q "SELECT w.code FROM result r JOIN wave w ON w.id = r.wave_id JOIN employee e ON e.id = r.employee_id WHERE e.nip = '$cnip' LIMIT 1")
expect_exit 0 m result correct --wave "$wave" "$cnip" "$ccomp" 1 --reason "salah input nilai asesor" --actor "Operator Uji"
[ "$(q "SELECT COUNT(*) FROM result WHERE revision = 2")" = 1 ] || fail "revision 2 written"
pass "correction of $cnip ($ccomp -> 1)"

# ---- serve ---------------------------------------------------------------------------
it_serve serve --db "$url" --tenant demo serve --listen 127.0.0.1:0 --threads 2
pid=$IT_SERVE_PID port=$IT_SERVE_PORT

if [ "$TEST_ENGINE" = pg ]; then
  d=${url#postgresql:///}
  sqlcmd="psql|$(it_pg_conninfo "${d%%\?*}")"
else
  sqlcmd="sqlite|${url#sqlite:}"
fi

"$PY" - "http://127.0.0.1:$port" "$MERIT_BIN" "$url" "$sqlcmd" "$cnip" <<'EOF' || fail "API checks (server log: $(tail -n 5 "$IT_TMP/serve.err"))"
import calendar, collections, datetime, http.cookiejar, json, subprocess, sys
import urllib.error, urllib.parse, urllib.request

base, merit, url, sqlcmd, cnip = sys.argv[1:6]
engine, conn = sqlcmd.split("|", 1)


def sql(s):
    cmd = (["sqlite3", "-batch", conn, s] if engine == "sqlite" else ["psql", conn, "-qAtc", s])
    r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0, (s, r.stderr)
    return [l.split("|") for l in r.stdout.splitlines() if l != ""]


def cli(*args):
    r = subprocess.run([merit, "--db", url, "--tenant", "demo", *args], capture_output=True,
                       text=True)
    assert r.returncode == 0, (args, r.returncode, r.stderr)
    return r.stdout


class Client:
    def __init__(self, user):
        self.op = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        if user:
            st, d = self.call("POST", "/api/v1/auth/login",
                              {"username": user, "password": user + "-password-1"})
            assert st == 200, (user, st, d)

    def call(self, method, path, body=None, query=None):
        if query:
            path += "?" + urllib.parse.urlencode(query)
        data, h = None, {}
        if method != "GET":
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        r = urllib.request.Request(base + path, data=data, method=method, headers=h)
        try:
            with self.op.open(r, timeout=300) as x:
                return x.status, json.loads(x.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")


tenant = sql("SELECT id FROM tenant WHERE code = 'demo'")[0][0]
today = datetime.date.today().isoformat()
units = {r[0]: (r[1], r[2], r[3]) for r in sql(
    f"SELECT id, code, name, COALESCE(parent_id, 0) FROM unit WHERE tenant_id = {tenant}")}


def subtree(code):
    root = [i for i, u in units.items() if u[0] == code][0]
    out, todo = set(), [root]
    while todo:
        x = todo.pop()
        out.add(x)
        todo += [i for i, u in units.items() if u[2] == x]
    return out


# the agency's data, read once
emps = {r[0]: dict(nip=r[1], name=r[2], status=r[3], golongan=r[4], unit=r[5], birth=r[6],
                   jenjang=r[7] or None)
        for r in sql("SELECT e.id, e.nip, e.name, e.status, e.golongan, e.unit_id,"
                     " CAST(e.birth_date AS TEXT), COALESCE(p.jenjang_code, '')"
                     f" FROM employee e LEFT JOIN position p ON p.id = e.position_id"
                     f" WHERE e.tenant_id = {tenant}")}
holders = {r[0] for r in sql(f"SELECT DISTINCT position_id FROM employee WHERE tenant_id ="
                             f" {tenant} AND position_id IS NOT NULL")}
positions = [dict(id=r[0], unit=r[1], key=r[2] == "1") for r in sql(
    f"SELECT id, unit_id, is_key FROM position WHERE tenant_id = {tenant}")]
results = [dict(id=int(r[0]), emp=r[1], part=r[2], rev=int(r[3]), jpm=int(r[4]), cat=r[5],
                fin=r[6][:10], fin_full=r[6], valid=r[7], wave=r[8])
           for r in sql("SELECT r.id, r.employee_id, r.participant_id, r.revision, r.jpm_cap_bp,"
                        " r.category, r.finalised_at, CAST(r.valid_until AS TEXT), w.code"
                        " FROM result r JOIN wave w ON w.id = r.wave_id"
                        f" WHERE r.tenant_id = {tenant}")]
latest_rev = collections.defaultdict(int)
for r in results:
    latest_rev[r["part"]] = max(latest_rev[r["part"]], r["rev"])
assert sum(1 for r in results if r["rev"] == 2) == 1
# the talent period and its people, by the CLI
period = sql(f"SELECT code, status FROM talent_period WHERE tenant_id = {tenant}"
             " ORDER BY as_of DESC, code DESC LIMIT 1")[0]
placed = json.loads(cli("talent", "list", "--period", period[0], "--json"))
pool = {p["nip"] for p in json.loads(cli("talent", "list", "--period", period[0], "--pool",
                                         "--json"))}
pol, _ = json.JSONDecoder().raw_decode(cli("policy", "show", "--kind", "talent"))
bup = {x["jenjang"]: x["age"] for x in pol["retirement"]["by_jenjang"]}


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def retirement(birth, age):
    b = datetime.date.fromisoformat(birth)
    y = b.year + age
    day = min(b.day, calendar.monthrange(y, b.month)[1])
    return add_months(datetime.date(y, b.month, day).replace(day=1), 1)


def expected(as_of, unit=None):
    scope = subtree(unit) if unit else None
    ids = {i for i, e in emps.items() if scope is None or e["unit"] in scope}
    nips = {emps[i]["nip"] for i in ids}
    o = {"as_of": as_of,
         "unit": None if unit is None else {
             "code": unit, "name": [u[1] for u in units.values() if u[0] == unit][0]}}
    cnt = lambda key: collections.Counter(emps[i][key] for i in ids)
    o["headcount"] = {"total": len(ids), "by_jenjang": cnt("jenjang"),
                      "by_golongan": cnt("golongan"), "by_status": cnt("status")}
    # current result: latest revision, finalised by as_of, valid on it; the newest per employee
    cur = {}
    for r in sorted(results, key=lambda r: (r["fin_full"], r["id"])):
        if (r["emp"] in ids and r["rev"] == latest_rev[r["part"]] and r["fin"] <= as_of
                and r["valid"] >= as_of):
            cur[r["emp"]] = r
    hist = [0] * 10
    for r in cur.values():
        hist[min(r["jpm"] // 1000, 9)] += 1
    until = (datetime.date.fromisoformat(as_of) + datetime.timedelta(days=180)).isoformat()
    exp = sorted(((r["valid"], emps[r["emp"]]["nip"], emps[r["emp"]]["name"], r["wave"])
                  for r in cur.values() if r["valid"] <= until))
    o["assessment"] = {
        "assessed": len(cur), "share": len(cur) / len(ids) if ids else 0,
        "jpm_histogram": [{"from": b * 10, "to": b * 10 + 10, "count": hist[b]}
                          for b in range(10)],
        "by_category": collections.Counter(r["cat"] for r in cur.values()),
        "expiring": {"within_days": 180, "count": len(exp),
                     "items": [{"nip": n, "name": nm, "wave": w, "valid_until": v}
                               for v, n, nm, w in exp[:20]]}}
    mine = [p for p in placed if p["nip"] in nips]
    boxes = collections.Counter(p["box"] for p in mine if p["eligible"])
    o["talent"] = {"period": period[0], "status": period[1],
                   "boxes": [{"box": b, "count": boxes.get(b, 0)} for b in range(1, 10)],
                   "pool": len(pool & nips),
                   "not_placed": sum(1 for p in mine if not p["eligible"])}
    ps = [p for p in positions if scope is None or p["unit"] in scope]
    o["positions"] = {"total": len(ps), "vacant": sum(1 for p in ps if p["id"] not in holders),
                      "key_vacant": sum(1 for p in ps if p["key"] and p["id"] not in holders)}
    d = datetime.date.fromisoformat(as_of)
    rets = [retirement(emps[i]["birth"], bup.get(emps[i]["jenjang"], pol["retirement"]["default"]))
            for i in ids if emps[i]["jenjang"]]
    o["forecast"] = {"retiring_12m": sum(1 for r in rets if r <= add_months(d, 12)),
                     "retiring_24m": sum(1 for r in rets if r <= add_months(d, 24))}
    return o


def normal(got):
    """the answer with its group lists as counters (their order is checked separately)"""
    g = json.loads(json.dumps(got))
    for k, n in (("by_jenjang", "jenjang"), ("by_golongan", "golongan"), ("by_status", "status")):
        g["headcount"][k] = collections.Counter({x[n]: x["count"] for x in g["headcount"][k]})
    g["assessment"]["by_category"] = collections.Counter(
        {x["category"]: x["count"] for x in g["assessment"]["by_category"]})
    return g


op, head = Client("oper"), Client("kepala")


def check(as_of=None, unit=None, who=op):
    qy = {}
    if as_of:
        qy["as_of"] = as_of
    if unit:
        qy["unit"] = unit
    st, got = who.call("GET", "/api/v1/dashboard", query=qy)
    assert st == 200, (qy, st, got)
    want = expected(as_of or today, unit)
    assert set(got) == {"as_of", "unit", "headcount", "assessment", "talent", "positions",
                        "forecast"}, got.keys()
    g = normal(got)
    share = g["assessment"].pop("share")
    wshare = want["assessment"].pop("share")
    assert abs(share - wshare) < 1e-9, (share, wshare)
    for k in want:
        assert g[k] == want[k], (qy, k, g[k], want[k])
    return got


# the whole agency, on several dates
d0 = check()                       # today
assert d0["as_of"] == today and d0["unit"] is None
assert d0["headcount"]["total"] == 1000 and d0["assessment"]["assessed"] == 600, d0
assert d0["talent"]["period"] == "2026" and d0["talent"]["pool"] > 0
assert d0["positions"]["vacant"] > 0
# group order: jenjang by family (jpt first), golongan by rank (I/a .. IV/e, then PPPK grades)
jj = [x["jenjang"] for x in d0["headcount"]["by_jenjang"]]
assert jj[0].startswith("jpt"), jj
gol = [x["golongan"] for x in d0["headcount"]["by_golongan"]]
assert gol.index("III/a") < gol.index("IV/a") and gol[-1] in ("X", "XI", "XII", "XIII", "XIV",
                                                                "XV", "XVI", "XVII", "IX"), gol
d1 = check("2028-10-01")           # every result expires within 180 days
assert d1["assessment"]["expiring"]["count"] == 600 and \
    len(d1["assessment"]["expiring"]["items"]) == 20, d1["assessment"]["expiring"]
assert d1["forecast"]["retiring_24m"] >= d1["forecast"]["retiring_12m"] > 0
d2 = check("2026-01-15")           # before the wave was finalised: nobody assessed
assert d2["assessment"]["assessed"] == 0 and d2["assessment"]["share"] == 0
d3 = check("2030-01-01")           # the results lapsed
assert d3["assessment"]["assessed"] == 0
print("ok - whole agency: today, 2028-10-01, 2026-01-15, 2030-01-01 equal SQL / CLI")

# the corrected result counts once, with its revision 2 figures
rev1 = [r for r in results if emps[r["emp"]]["nip"] == cnip]
assert len(rev1) == 2 and rev1[0]["jpm"] != rev1[1]["jpm"], rev1
allrev = sum(1 for r in results if r["fin"] <= today <= r["valid"])
assert allrev == 601 and d0["assessment"]["assessed"] == 600
print("ok - only the latest revision counts")

# the CLI's vacancy forecast agrees: its retirements <= ours <= all its events (JPT cap)
for months, key in ((12, "retiring_12m"), (24, "retiring_24m")):
    f = json.loads(cli("talent", "forecast", "--as-of", today, "--months", str(months), "--json"))
    ret = sum(1 for p in f["positions"] if p["event"] == "retirement")
    assert ret <= d0["forecast"][key] <= len(f["positions"]), (months, ret, d0["forecast"])
print("ok - forecast consistent with merit talent forecast")

# one OPD with sub-units
opd = sql(f"SELECT u.code FROM unit u WHERE u.tenant_id = {tenant} AND u.parent_id IS NULL"
          " AND EXISTS (SELECT 1 FROM unit c JOIN unit g ON g.parent_id = c.id"
          " WHERE c.parent_id = u.id) ORDER BY u.code LIMIT 1")
opd = opd[0][0] if opd else sql(f"SELECT code FROM unit WHERE tenant_id = {tenant} AND"
                                " parent_id IS NULL ORDER BY code LIMIT 1")[0][0]
u0 = check(unit=opd, who=head)
assert u0["unit"]["code"] == opd and 0 < u0["headcount"]["total"] < 1000, u0["headcount"]
assert len(subtree(opd)) > 1
u1 = check("2028-10-01", opd)
root = [i for i, u in units.items() if u[0] == opd][0]
sub = sorted(u[0] for u in units.values() if u[2] == root)[0]
check("2028-10-01", sub)
print(f"ok - unit {opd} (and its sub-unit {sub}): every figure over the subtree only")

# errors and roles
st, e = op.call("GET", "/api/v1/dashboard", query={"unit": "NOPE"})
assert st == 404 and e["field"] == "unit", (st, e)
st, e = op.call("GET", "/api/v1/dashboard", query={"as_of": "2026-13-01"})
assert st == 422 and e["field"] == "as_of", (st, e)
st, e = op.call("GET", "/api/v1/dashboard", query={"period": "2026"})
assert st == 400, (st, e)
st, e = Client("pegawai").call("GET", "/api/v1/dashboard")
assert st == 403, (st, e)
st, e = Client(None).call("GET", "/api/v1/dashboard")
assert st == 401, (st, e)
print("ok - unknown unit 404, bad date 422, unknown parameter 400, employee 403, anonymous 401")
EOF
pass "dashboard ($TEST_ENGINE)"
