#!/usr/bin/env bash
# test_api_authz.sh - who may do what over HTTP, on each engine: the
# authorisation matrix generated from the route table (api_matrix.py: every
# route x every role x own or foreign agency), then bad input (malformed JSON,
# wrong types, unknown members, oversized bodies, broken multipart, path
# traversal, SQL metacharacters, invalid NIPs): each a 4xx with a clear
# message, and nothing written by any of it.
. "$(dirname "$0")/lib.sh"
: "${MERIT_SRC:?MERIT_SRC must name the source tree}"

url=$(it_new_db authz)
m() { "$MERIT_BIN" --db "$url" "$@"; }
q() { it_sql "$url" "$1"; }

expect_exit 0 m init
expect_exit 0 m --tenant demo demo --employees 1000
expect_exit 0 m --tenant demo talent map --period 2026
expect_exit 0 m --tenant lain demo --employees 300 --seed 7 --name "Kabupaten Lain Uji" --wave-size 0
# the foreign agency's objects get codes the own agency does not have (the demo reuses codes)
q "UPDATE position SET code = 'LAIN.' || code WHERE tenant_id = (SELECT id FROM tenant WHERE code = 'lain')" >/dev/null
pass "two agencies: demo (1,000) and lain (300)"

# fixtures: the employee account is a final participant assigned to the assessor account
assessor=$(q "SELECT a.code FROM assessor a JOIN tenant t ON t.id = a.tenant_id WHERE t.code = 'demo' AND EXISTS (SELECT 1 FROM assignment g WHERE g.assessor_id = a.id) ORDER BY a.code LIMIT 1")
nip=$(q "SELECT e.nip FROM assignment g JOIN assessor a ON a.id = g.assessor_id JOIN participant p ON p.id = g.participant_id JOIN employee e ON e.id = p.employee_id WHERE a.code = '$assessor' AND p.status = 'final' ORDER BY e.nip LIMIT 1")
fnip=$(q "SELECT e.nip FROM employee e JOIN tenant t ON t.id = e.tenant_id WHERE t.code = 'lain' AND e.nip NOT IN (SELECT nip FROM employee x JOIN tenant u ON u.id = x.tenant_id WHERE u.code = 'demo') ORDER BY e.nip LIMIT 1")
markers=$(q "SELECT e.nip FROM employee e JOIN tenant t ON t.id = e.tenant_id WHERE t.code = 'lain' AND e.nip NOT IN (SELECT nip FROM employee x JOIN tenant u ON u.id = x.tenant_id WHERE u.code = 'demo') ORDER BY e.name LIMIT 40")
pos=$(q "SELECT p.code FROM position p JOIN tenant t ON t.id = p.tenant_id WHERE t.code = 'demo' ORDER BY p.code LIMIT 1")
fpos=$(q "SELECT p.code FROM position p JOIN tenant t ON t.id = p.tenant_id WHERE t.code = 'lain' ORDER BY p.code LIMIT 1")
# objects only the foreign agency has: a wave and an assessor
expect_exit 0 m --tenant lain wave create LAIN-W1 --name "Gelombang Lain" --purpose pemetaan \
  --provider internal --start 2026-03-02 --end 2026-03-06
expect_exit 0 m --tenant lain assessor add LAIN-AS1 --name "Asesor Lain" --kind external
# the employee account's own report (waves/:code/results/:nip/report.pdf) needs the wave published
expect_exit 0 m --tenant demo wave publish ASM-2026-01
# talent periods, move packages and committees in each agency; the committee account's seat
expect_exit 0 m --tenant lain talent map --period LAIN-2026 --year 2026
expect_exit 0 m --tenant demo move package create PK-1 --title "Paket" --actor fixture
expect_exit 0 m --tenant lain move package create LAIN-PK --title "Paket" --actor fixture
expect_exit 0 m --tenant demo committee create UK-1 --name "Pansel" --as-of 2026-06-30
expect_exit 0 m --tenant demo committee member UK-1 M1 --name "A" --role member
# UK-1 finalised (one official, M1's scores): its minutes and letter (committees/:code/*.pdf)
expect_exit 0 m --tenant demo committee declare UK-1 M1 --statement "Tidak ada benturan kepentingan"
expect_exit 0 m --tenant demo committee enrol UK-1 --nip "$nip"
for c in rekam_jejak tes_tertulis wawancara; do
  expect_exit 0 m --tenant demo committee score UK-1 M1 "$nip" "$c" 80
done
expect_exit 0 m --tenant demo committee finalise UK-1 --actor fixture
expect_exit 0 m --tenant lain committee create LAIN-UK --name "Pansel" --as-of 2026-06-30
kpos=$(q "SELECT p.code FROM position p JOIN tenant t ON t.id = p.tenant_id WHERE t.code = 'demo' AND EXISTS (SELECT 1 FROM skj_item s WHERE s.position_id = p.id) ORDER BY p.code LIMIT 1")
fkpos=$(q "SELECT p.code FROM position p JOIN tenant t ON t.id = p.tenant_id WHERE t.code = 'lain' AND EXISTS (SELECT 1 FROM skj_item s WHERE s.position_id = p.id) ORDER BY p.code LIMIT 1")
for t in demo lain; do
  q "INSERT INTO import_run (tenant_id, kind, filename, state, created_by, created_at) SELECT id, 'units', 'u.csv', 'done', 'fixture', '2026-11-01T00:00:00Z' FROM tenant WHERE code = '$t'" >/dev/null
done
run=$(q "SELECT r.id FROM import_run r JOIN tenant t ON t.id = r.tenant_id WHERE t.code = 'demo'")
frun=$(q "SELECT r.id FROM import_run r JOIN tenant t ON t.id = r.tenant_id WHERE t.code = 'lain'")
[ -n "$assessor" ] && [ -n "$nip" ] && [ -n "$fnip" ] && [ -n "$fpos" ] || fail "fixtures"

adduser() { # tenant user role extra...
  local t=$1 u=$2 r=$3
  shift 3
  echo "$u-password-1" | m --tenant "$t" user add "$u" --role "$r" --password-stdin "$@" >/dev/null ||
    fail "user add $u"
}
adduser demo root super_admin
adduser demo adm admin
adduser demo oper operator
adduser demo asr assessor --assessor "$assessor"
adduser demo pansel committee
adduser demo kepala head
adduser demo peg employee --nip "$nip"
adduser lain lainop operator
expect_exit 0 m --tenant demo user seat pansel --committee UK-1 --member M1
pass "accounts: one per role in demo, an operator in lain"

# ---- serve ---------------------------------------------------------------------
it_serve serve --db "$url" --tenant demo serve --listen 127.0.0.1:0 --threads 4
pid=$IT_SERVE_PID port=$IT_SERVE_PORT
base="http://127.0.0.1:$port"

# ---- the matrix ----------------------------------------------------------------------
"$PY" - "$IT_TMP/fix.json" "$nip" "$fnip" "$pos" "$fpos" "$markers" "$run" "$frun" "$assessor" "$kpos" "$fkpos" <<'EOF'
import json, sys
out, nip, fnip, pos, fpos, markers, run, frun, assessor, kpos, fkpos = sys.argv[1:12]
roles = {"super_admin": "root", "admin": "adm", "operator": "oper", "assessor": "asr",
         "committee": "pansel", "head": "kepala", "employee": "peg"}
json.dump({
    "logins": {r: [u, u + "-password-1"] for r, u in roles.items()},
    "foreign_tenant": "lain",
    "foreign_markers": markers.split() + ["Kabupaten Lain Uji"],
    "params": {
        "employees/nip": [nip, fnip],
        "positions/code": [pos, fpos],
        "accounts/username": ["oper", "lainop"],
        "imports/id": [run, frun],
        "talent/code": ["2026", "LAIN-2026"],
        "talent/nip": [nip, fnip],
        "talent/position": [kpos, fkpos],
        "moves/code": ["PK-1", "LAIN-PK"],
        "committees/code": ["UK-1", "LAIN-UK"],
        "waves/code": ["ASM-2026-01", "LAIN-W1"],
        "waves/nip": [nip, fnip],
        "assessors/code": [assessor, "LAIN-AS1"],
        # versions are numbered per agency: no id reaches another agency's policy
        "policies/kind": ["scoring", None],
        "policies/id": ["1", None],
        "exports/kind": ["employees", None],
    },
}, open(out, "w"))
EOF
audit_before=$(q "SELECT count(*) FROM audit")
rows_before=$(q "SELECT (SELECT count(*) FROM account) || '/' || (SELECT count(*) FROM employee) || '/' || (SELECT count(*) FROM position)")
"$PY" "$MERIT_SRC/tests/integration/api_matrix.py" "$base" "$IT_TMP/fix.json" >"$IT_TMP/matrix" 2>&1 ||
  fail "authorisation matrix: $(tail -n 40 "$IT_TMP/matrix")"
pass "$(head -n 1 "$IT_TMP/matrix")"
[ "$(q "SELECT count(*) FROM audit")" = "$audit_before" ] || fail "the matrix wrote audit entries"
pass "the matrix wrote nothing"

# ---- bad input -------------------------------------------------------------------------
"$PY" - "$base" "$nip" <<'EOF' || fail "bad input"
import http.cookiejar, json, socket, sys, urllib.error, urllib.request
base, nip = sys.argv[1:3]
jar = http.cookiejar.CookieJar()
op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

def call(method, path, data=None, ctype="application/json", csrf=True):
    h = {}
    if data is not None:
        h["Content-Type"] = ctype
    if csrf and getattr(call, "csrf", None):
        h["X-CSRF-Token"] = call.csrf
    r = urllib.request.Request(base + path, data=data, method=method, headers=h)
    try:
        with op.open(r, timeout=60) as x:
            return x.status, json.loads(x.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")

st, d = call("POST", "/api/v1/auth/login", json.dumps({"username": "adm", "password": "adm-password-1"}).encode())
assert st == 200, (st, d)
call.csrf = d["csrf_token"]
n = 0

def bad(want, method, path, data=None, field=None, text=None, **kw):
    global n
    st, d = call(method, path, data, **kw)
    assert st == want, (method, path, data and data[:80], st, d)
    assert sorted(d) == ["code", "field", "message", "row"] and d["message"], d
    if field is not None:
        assert d["field"] == field, (path, d)
    if text is not None:
        assert text in d["message"], (text, d)
    n += 1

acct = "/api/v1/accounts"
good = {"username": "neu", "display_name": "Neu", "role": "operator", "password": "long password 9"}
J = lambda o: json.dumps(o).encode()
# malformed JSON, wrong types, unknown and missing members, wrong media type
bad(400, "POST", acct, b'{"username": "neu", ', text="malformed JSON")
bad(400, "POST", acct, b'{"username": "a", "username": "b"}', text="malformed JSON")
bad(400, "POST", acct, b'[1, 2]', text="JSON object")
bad(400, "POST", acct, J(dict(good, username=5)), field="username", text="string")
bad(400, "POST", acct, J(dict(good, role=["admin"])), field="role")
bad(400, "POST", acct, J(dict(good, is_admin=True)), field="is_admin", text="unknown")
bad(400, "POST", acct, J({k: v for k, v in good.items() if k != "password"}), field="password", text="required")
bad(415, "POST", acct, b"username=neu", ctype="application/x-www-form-urlencoded")
bad(400, "POST", acct, b"\xff\xfe{}", text="malformed JSON")
# a body where none is taken, and an oversized one
bad(400, "GET", "/api/v1/employees", b'{"a": 1}')
bad(413, "POST", acct, b'{"username": "' + b"x" * (2 << 20) + b'"}', text="exceeds")
# broken multipart on a JSON route
bad(415, "POST", acct, b"--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc", ctype="multipart/form-data; boundary=x")
# the service's own checks, field by field
bad(422, "POST", acct, J(dict(good, username="x'; DROP TABLE account;--")), field="username")
bad(422, "POST", acct, J(dict(good, role="overlord")), field="role")
bad(422, "POST", acct, J(dict(good, password="short")), field="password")
bad(404, "POST", acct, J(dict(good, role="employee", employee_nip="199001012015011002")), field="employee_nip")
bad(409, "POST", acct, J(dict(good, username="oper")), field="username")
# path traversal and SQL metacharacters in paths and queries
bad(404, "GET", "/api/v1/positions/..%2F..%2Fetc%2Fpasswd")
bad(404, "GET", "/api/v1/positions/x'%20OR%20'1'%3D'1")
bad(400, "GET", "/api/v1/employees/..%2F..%2Fetc%2Fpasswd", field="nip")
bad(400, "GET", "/api/v1/positions/%00", text="percent-encoding")
bad(400, "GET", "/api/v1/employees?limit=1;DROP", field="limit")
bad(400, "GET", "/api/v1/employees?sort=name;DROP", field="sort")
bad(400, "GET", "/api/v1/employees?unknown=1", field="unknown")
st, d = call("GET", "/api/v1/employees?q=%27%20OR%20%271%27%3D%271")
assert st == 200 and d["total"] == 0, d
s = socket.create_connection(base[7:].split(":") and (base[7:].split(":")[0], int(base.rsplit(":", 1)[1])))
s.sendall(b"GET /api/v1/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
resp = b""
while True:
    chunk = s.recv(65536)
    if not chunk:
        break
    resp += chunk
assert resp.split(b" ")[1] in (b"401", b"404"), resp[:200]
# invalid NIPs
for bad_nip in ("123", "1.97E+17", "19800101200501100A", "198013012005011001", "000000000000000000"):
    bad(400, "GET", "/api/v1/employees/" + bad_nip, field="nip", text="NIP")
# CSRF: a state change with a wrong token
st, d = call("POST", acct, J(good), csrf=False)
assert st == 403 and d["field"] == "X-CSRF-Token", d
print("ok - bad input: %d refusals with the error shape, field and reason" % n)
EOF
[ "$(q "SELECT count(*) FROM audit")" = "$audit_before" ] || fail "bad input wrote audit entries"
[ "$(q "SELECT (SELECT count(*) FROM account) || '/' || (SELECT count(*) FROM employee) || '/' || (SELECT count(*) FROM position)")" = "$rows_before" ] ||
  fail "bad input wrote rows"
pass "bad input wrote nothing"

# ---- an account's life over the API, audited ----------------------------------------
"$PY" - "$base" <<'EOF' || fail "account flow"
import http.cookiejar, json, sys, urllib.error, urllib.request
base = sys.argv[1]

def client():
    jar = http.cookiejar.CookieJar()
    o = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    def call(method, path, body=None, csrf=None):
        h = {"Content-Type": "application/json"} if body is not None else {}
        if csrf:
            h["X-CSRF-Token"] = csrf
        r = urllib.request.Request(base + path, data=json.dumps(body).encode() if body is not None else None, method=method, headers=h)
        try:
            with o.open(r, timeout=60) as x:
                return x.status, json.loads(x.read()), x.headers
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read()), e.headers
    return call

adm = client()
st, d, h = adm("POST", "/api/v1/auth/login", {"username": "adm", "password": "adm-password-1"})
assert st == 200
cookie = h["Set-Cookie"]
assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie, cookie
assert "Secure" not in cookie  # plain HTTP here; --secure-cookies behind a TLS proxy
csrf = d["csrf_token"]
st, d, _ = adm("POST", "/api/v1/accounts", {"username": "baru", "display_name": "Operator Baru",
                                            "role": "operator", "password": "sementara 123"}, csrf)
assert st == 201, d
new = client()
st, d, _ = new("POST", "/api/v1/auth/login", {"username": "baru", "password": "sementara 123"})
assert st == 200 and d["must_change_password"], d
ncsrf = d["csrf_token"]
st, d, _ = new("GET", "/api/v1/employees")
assert st == 403 and "/api/v1/auth/password" in d["message"], d
st, d, _ = new("POST", "/api/v1/auth/password", {"current_password": "sementara 123", "new_password": "milik saya 456"}, ncsrf)
assert st == 200, d
st, d, _ = new("GET", "/api/v1/employees?limit=1")
assert st == 200, d
st, d, _ = adm("POST", "/api/v1/accounts/baru/disable", {}, csrf)
assert st == 200, d
st, d, _ = new("GET", "/api/v1/employees?limit=1")
assert st == 401, d
# wrong passwords lock the account; the answer never says which part was wrong
for i in range(5):
    st, d, _ = new("POST", "/api/v1/auth/login", {"username": "kepala", "password": "salah"})
    assert st == 401, d
st, d, _ = new("POST", "/api/v1/auth/login", {"username": "kepala", "password": "kepala-password-1"})
assert st == 401, d
st, d, _ = adm("POST", "/api/v1/accounts/kepala/enable", {}, csrf)
assert st == 200, d
st, d, _ = new("POST", "/api/v1/auth/login", {"username": "kepala", "password": "kepala-password-1"})
assert st == 200, d
st, d, _ = adm("GET", "/api/v1/audit?object=account:&limit=100")
acts = sorted({e["action"] for e in d["items"]})
for a in ("account.create", "account.password_change", "account.disable", "account.lock", "account.enable"):
    assert a in acts, (a, acts)
e = [x for x in d["items"] if x["action"] == "account.disable"][0]
assert e["actor"] == "adm" and e["object"] == "account:baru", e
st, d, _ = adm("GET", "/api/v1/audit?actor=adm&action=account.create")
assert st == 200 and d["total"] == 1, d
st, d, _ = adm("GET", "/api/v1/audit/verify")
assert st == 200 and d["intact"] and d["entries"] > 0, d
st, d, _ = adm("POST", "/api/v1/auth/logout", {}, csrf)
assert st == 200
st, d, _ = adm("GET", "/api/v1/auth/me")
assert st == 401
print("ok - accounts over the API: must-change, disable, lockout, enable, all audited; logout")
EOF

# ---- two servers, one database: a session opened on one works on the other -------------
it_serve serve2 --db "$url" --tenant demo serve --listen 127.0.0.1:0 --threads 2
pid2=$IT_SERVE_PID port2=$IT_SERVE_PORT
"$PY" - "$base" "http://127.0.0.1:$port2" <<'EOF' || fail "shared sessions"
import json, sys, urllib.error, urllib.request
a, b = sys.argv[1:3]
def call(base, method, path, body=None, cookie=None, csrf=None):
    h = {}
    if body is not None:
        h["Content-Type"] = "application/json"
    if cookie:
        h["Cookie"] = cookie
    if csrf:
        h["X-CSRF-Token"] = csrf
    r = urllib.request.Request(base + path, data=json.dumps(body).encode() if body is not None else None, method=method, headers=h)
    try:
        with urllib.request.urlopen(r, timeout=60) as x:
            return x.status, json.loads(x.read()), x.headers
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read()), e.headers
st, d, h = call(a, "POST", "/api/v1/auth/login", {"username": "oper", "password": "oper-password-1"})
assert st == 200, d
cookie = h["Set-Cookie"].split(";")[0]
st, d, _ = call(b, "GET", "/api/v1/auth/me", cookie=cookie)
assert st == 200 and d["username"] == "oper", d
st, d, _ = call(b, "POST", "/api/v1/auth/logout", {}, cookie=cookie, csrf=d["csrf_token"])
assert st == 200, d
st, d, _ = call(a, "GET", "/api/v1/auth/me", cookie=cookie)
assert st == 401, d
print("ok - two servers on one database share sessions: signed in on one, out on the other")
EOF
kill -TERM "$pid2"
wait "$pid2" || fail "second serve exit status"

kill -TERM "$pid"
wait "$pid" || fail "serve exit status"
pass "SIGTERM: exit 0"
