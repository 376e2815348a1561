#!/usr/bin/env bash
# test_api_lists_export.sh - every paged list of the API as a CSV and an XLSX download
# (?format=csv|xlsx, src/api/api_export_list.c), on each engine. The list routes come from
# /api/v1/openapi.json (every GET whose query declares format and that answers JSON), so a new
# list route is checked without editing this file (a new path parameter needs a fixture below).
# For each: the row count equals the JSON total, the columns equal the items' keys (nested
# objects as parent.child), the first page's values equal the JSON's, the file name is
# <resource>-<date>.<ext>, and the XLSX's Filter sheet lists the parameters applied and who
# exported. Roles without access still get 403; a scoped role gets its own rows only; another
# agency's admin sees none of this agency's rows.
. "$(dirname "$0")/lib.sh"
: "${MERIT_SRC:?MERIT_SRC must name the source tree}"

url=$(it_new_db lists)
m() { "$MERIT_BIN" --db "$url" "$@"; }

bash "$MERIT_SRC/scripts/demo-setup.sh" "$MERIT_BIN" "$url" >"$IT_TMP/setup.out" 2>&1 ||
  fail "demo-setup: $(tail -n 20 "$IT_TMP/setup.out")"
expect_exit 0 m --tenant lain demo --employees 300 --seed 7 --name "Kabupaten Lain Uji" --wave-size 0
echo "lainadm-password-1" | m --tenant lain user add lainadm --role admin --password-stdin >/dev/null ||
  fail "user add lainadm"
pass "demo (6,500 employees, wave ASM-2026-01, talent 2026, UK-2026) and agency lain (300)"

it_serve serve --db "$url" --tenant demo serve --listen 127.0.0.1:0 --threads 4
base="http://127.0.0.1:$IT_SERVE_PORT"

"$PY" - "$base" <<'EOF' || fail "list exports"
import csv, datetime, http.cookiejar, io, json, re, sys, urllib.error, urllib.parse, urllib.request
import openpyxl

base = sys.argv[1]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# path parameters of the list routes, by the segment before them
FIX = {"waves": "ASM-2026-01", "employees": "196701021997082001", "periods": "2026"}
# filters applied to some lists, so the Filter sheet has something to list
FILTERS = {
    "/api/v1/employees": {"status": "PNS", "unit": "OPD02"},
    "/api/v1/waves/{code}/participants": {"status": "final"},
    "/api/v1/positions": {"key": "true"},
    # nested objects (current.*, best.*) and arrays (unmet) in every item
    "/api/v1/fit/better": {"margin": "0"},
}

def session(user, password):
    jar = http.cookiejar.CookieJar()
    op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    body = json.dumps({"username": user, "password": password}).encode()
    r = op.open(urllib.request.Request(base + "/api/v1/auth/login", data=body,
                                       headers={"Content-Type": "application/json"}))
    assert r.status == 200, user
    return op

def get(op, path, params):
    u = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        r = op.open(u)
        return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()

def fill(path):
    segs = path.split("/")
    for i, s in enumerate(segs):
        if s.startswith("{"):
            prev = segs[i - 1]
            if prev not in FIX:
                sys.exit("no fixture for %s in %s: add one to FIX" % (s, path))
            segs[i] = urllib.parse.quote(FIX[prev], safe="")
    return "/".join(segs)

# what api_export_list.c does: key paths holding an object on the first page are flattened
def columns(items):
    branches = set()
    def walk_b(o, pre):
        for k, v in o.items():
            p = pre + k
            if isinstance(v, dict) and v:
                branches.add(p)
                walk_b(v, p + ".")
    cols = []
    def walk_c(o, pre):
        for k, v in o.items():
            p = pre + k
            if p in branches:
                if isinstance(v, dict):
                    walk_c(v, p + ".")
            elif p not in cols:
                cols.append(p)
    for it in items:
        walk_b(it, "")
    for it in items:
        walk_c(it, "")
    return cols

def flat(o, cols):
    out = {}
    def walk(o, pre):
        for k, v in o.items():
            p = pre + k
            if isinstance(v, dict) and v and not p in cols:
                walk(v, p + ".")
            else:
                out[p] = v
    walk(o, "")
    return [out.get(c) for c in cols]

def same(cell, v):
    """A cell (CSV text, or what openpyxl reads) against the JSON value."""
    if cell is None or cell == "":
        return v is None or v == ""
    if isinstance(v, bool):
        return cell == ("true" if v else "false")
    if isinstance(v, (int, float)):
        return abs(float(cell) - float(v)) <= 1e-9 * max(1.0, abs(float(v)))
    if isinstance(v, (list, dict)):
        return json.loads(cell) == v
    # CSV quotes text that a spreadsheet would run as a formula
    if isinstance(cell, str) and isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return cell in (v, "'" + v)
    return str(cell) == v

def all_json(op, path, params, paged):
    if not paged:
        st, _, b = get(op, path, params)
        assert st == 200, (path, st, b[:200])
        d = json.loads(b)
        return d["total"], d["items"]
    st, _, b = get(op, path, dict(params, limit=500, offset=0))
    assert st == 200, (path, st, b[:200])
    d = json.loads(b)
    return d["total"], d["items"]

def check(op, who, path, params, paged, want_filter):
    total, first = all_json(op, path, params, paged)
    cols = columns(first)
    want = [flat(it, cols) for it in first]
    resource = "-".join(urllib.parse.unquote(s) for s in path[len("/api/v1/"):].split("/"))
    resource = re.sub(r"[^A-Za-z0-9._-]", "_", resource)
    for fmt in ("csv", "xlsx"):
        # limit and offset are ignored: the file holds every matching row
        extra = {"limit": 3, "offset": 1} if paged else {}
        st, h, body = get(op, path, dict(params, format=fmt, **extra))
        assert st == 200, (who, path, fmt, st, body[:300])
        cd = h.get("Content-Disposition", "")
        m = re.fullmatch(r'attachment; filename="(.+)-(\d{4}-\d\d-\d\d)\.(csv|xlsx)"', cd)
        assert m and m.group(1) == resource and m.group(3) == fmt, (path, cd, resource)
        if fmt == "csv":
            assert h["Content-Type"].startswith("text/csv"), h["Content-Type"]
            rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))
        else:
            assert h["Content-Type"] == XLSX, h["Content-Type"]
            wb = openpyxl.load_workbook(io.BytesIO(body), read_only=True)
            assert wb.sheetnames[1:] == ["Filter"], wb.sheetnames
            rows = [r for r in wb[wb.sheetnames[0]].iter_rows(values_only=True)
                    if any(c is not None for c in r)]
            filt = [r for r in wb["Filter"].iter_rows(values_only=True)]
            got = {(r[0], r[1]) for r in filt if r and r[0] is not None}
            for k, v in want_filter.items():
                assert (k, v) in got, (path, k, v, filt)
            labels = {r[0]: r[1] for r in filt if r and r[0] is not None}
            assert labels.get("exported by", "").startswith(who), (path, labels)
            assert labels.get("rows") == str(total), (path, labels, total)
            assert labels.get("exported at", "").startswith(datetime.date.today().isoformat()[:4])
        if total == 0:
            assert rows == [], (path, fmt, rows[:2])
            continue
        header = [c if c is not None else "" for c in rows[0]]
        assert header == cols, (path, fmt, header, cols)
        data = rows[1:]
        assert len(data) == total, (path, fmt, len(data), total)
        for i, (r, w) in enumerate(zip(data, want)):
            r = list(r) + [None] * (len(cols) - len(r))
            for c, cell, v in zip(cols, r, w):
                assert same(cell, v), (path, fmt, "row", i, c, cell, v)
    return total

adm = session("admin", "admin-demo-2026")
st, _, b = get(adm, "/api/v1/openapi.json", None)
doc = json.loads(b)
routes = []
for path, item in sorted(doc["paths"].items()):
    op = item.get("get")
    if not op:
        continue
    q = [p["name"] for p in op.get("parameters", []) if p["in"] == "query"]
    content = op["responses"]["200"]["content"]
    if "format" in q and "application/json" in content:
        assert "text/csv" in content and XLSX in content, path
        routes.append((path, op, "limit" in q and "offset" in q))
assert len(routes) >= 15, [r[0] for r in routes]
print("ok - %d list routes declare format" % len(routes))

totals = {}
for path, op, paged in routes:
    real = fill(path)
    params = FILTERS.get(path, {})
    applied = dict(params)
    for seg, val in zip(path.split("/"), real.split("/")):
        if seg.startswith("{"):
            applied[seg[1:-1]] = urllib.parse.unquote(val)
    totals[path] = check(adm, "admin", real, params, paged, applied)
print("ok - admin: csv and xlsx of every list equal the JSON (%s)" %
      ", ".join("%s %d" % (p[len("/api/v1/"):], n) for p, n in totals.items()))
assert totals["/api/v1/employees"] > 0 and totals["/api/v1/waves/{code}/participants"] > 500
assert totals["/api/v1/fit/better"] > 0
fb = openpyxl.load_workbook(io.BytesIO(get(adm, "/api/v1/fit/better",
                                           {"format": "xlsx", "margin": "0"})[2]), read_only=True)
head = next(fb[fb.sheetnames[0]].iter_rows(values_only=True))
assert "current.position" in head and "best.jpm" in head, head
print("ok - nested objects flattened as parent.child: %s" % ", ".join(h for h in head if "." in h)[:120])
big = openpyxl.load_workbook(io.BytesIO(get(adm, "/api/v1/employees", {"format": "xlsx"})[2]),
                             read_only=True)
n = sum(1 for r in big["employees"].iter_rows(values_only=True)) - 1
assert n == 6500, n
print("ok - the whole agency (6,500 employees, 13 pages) in one file")

# bad input: a format that is no format; format on a route that is not a list
st, _, b = get(adm, "/api/v1/employees", {"format": "pdf"})
assert st == 400 and json.loads(b)["field"] == "format", (st, b)
st, _, b = get(adm, "/api/v1/employees/" + FIX["employees"], {"format": "csv"})
assert st == 400, (st, b)
st, h, b = get(adm, "/api/v1/exports/employees", {"format": "csv"})
assert st == 200 and h["Content-Disposition"].endswith('employees.csv"'), h
print("ok - format=pdf and format on a non-list route are 400; /exports unchanged")

# roles: no access = 403 in both formats; a scoped role's file holds what its JSON holds
for user, pw, role in [("pegawai", "pegawai-demo-2026", "employee"),
                       ("asesor", "asesor-demo-2026", "assessor"),
                       ("pansel", "pansel-demo-2026", "committee"),
                       ("operator", "operator-demo-2026", "operator")]:
    s = session(user, pw)
    n403 = nok = 0
    for path, op, paged in routes:
        real = fill(path)
        if role not in op.get("x-merit-roles", []):
            for fmt in ("csv", "xlsx"):
                st, _, b = get(s, real, {"format": fmt})
                assert st == 403, (user, path, fmt, st, b[:200])
            n403 += 1
        else:
            check(s, user, real, {}, paged, {})
            nok += 1
    print("ok - %s: %d lists refused (403), %d exported as its JSON" % (role, n403, nok))

# another agency: nothing of this one
demo_nips = set()
for r in csv.reader(io.StringIO(get(adm, "/api/v1/employees", {"format": "csv"})[2]
                                .decode("utf-8-sig"))):
    demo_nips.add(r[0])
lain = session("lainadm", "lainadm-password-1")
lain_nips = {it["nip"] for it in json.loads(get(lain, "/api/v1/employees",
                                                {"limit": 500})[2])["items"]}
only_demo = demo_nips - lain_nips - {"nip"}
assert len(only_demo) > 1000
for path, op, paged in routes:
    real = fill(path)
    for fmt in ("csv", "xlsx"):
        st, _, b = get(lain, real, {"format": fmt})
        if "{" in path:
            assert st == 404, (path, fmt, st, b[:200])
            continue
        assert st == 200, (path, fmt, st, b[:200])
        if fmt == "csv":
            cells = {c for r in csv.reader(io.StringIO(b.decode("utf-8-sig"))) for c in r}
        else:
            wb = openpyxl.load_workbook(io.BytesIO(b), read_only=True)
            cells = {str(c) for r in wb[wb.sheetnames[0]].iter_rows(values_only=True) for c in r}
        assert not (cells & only_demo), (path, fmt, sorted(cells & only_demo)[:3])
        assert "ASM-2026-01" not in cells and "UK-2026" not in cells, path
    if "{" not in path:
        check(lain, "lainadm", real, {}, paged, {})
print("ok - agency lain: 404 for this agency's objects, none of its rows in any file")
EOF
pass "list exports (csv, xlsx) on $TEST_ENGINE"
