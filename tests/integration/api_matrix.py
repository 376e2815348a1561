"""api_matrix.py - the authorisation matrix of merit's API, generated from the
route table (through /api/v1/openapi.json, which is made from it): every
route x every role (and anonymous) x own or foreign agency, asserting allow
or deny. Used by test_api_authz.sh; run with /usr/bin/python3.

  python3 api_matrix.py BASE FIXTURES.json

FIXTURES.json: {"logins": {role: [username, password]}, "params": {"seg/param":
[own, foreign]} (foreign null: not an agency's object, no foreign probe), "foreign_markers": [strings only the foreign agency has],
"foreign_tenant": code}. A route whose path parameter has no fixture fails
the test: a new route must say what it is probed with.

Expectations (deny by default):
  anonymous on a non-public route           401
  a role not in the route's x-merit-roles   403 (own and foreign alike)
  an allowed role, GET, own agency          200 (400 when the route needs a
                                            query parameter), in scope for
                                            the scoped roles by the fixtures
  an allowed role, GET, foreign object      404 (nothing of another agency is
                                            reachable by any id)
  a super_admin naming the foreign agency   reaches the foreign objects (never 401/403)
  an allowed role, state change             400 naming the probe member: the
                                            guard let it through and the body
                                            check refused it, so nothing ran
  a state change without the CSRF header    403
and no answer, on any route and role, is a 5xx or shows the foreign
agency's data.
"""
import http.cookiejar
import json
import sys
import urllib.error
import urllib.request

BASE = sys.argv[1]
FIX = json.load(open(sys.argv[2]))
ROLES = ["super_admin", "admin", "operator", "assessor", "committee", "head", "employee"]
PROBE = {"_matrix_probe": True}

failures = []
checked = 0


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


class Client:
    def __init__(self, role=None):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)
        self.csrf = None
        if role:
            user, pw = FIX["logins"][role]
            st, body = self.call("POST", "/api/v1/auth/login",
                                 {"username": user, "password": pw})
            if st != 200:
                sys.exit("login %s failed: %s %s" % (role, st, body[:300]))
            self.csrf = json.loads(body)["csrf_token"]

    def call(self, method, path, body=None, csrf=True, headers=None, raw=None, ctype=None):
        data = raw
        hdrs = dict(headers or {})
        if body is not None:
            data = json.dumps(body).encode()
            hdrs["Content-Type"] = "application/json"
        if ctype:
            hdrs["Content-Type"] = ctype
        if csrf and self.csrf and method not in ("GET", "HEAD"):
            hdrs["X-CSRF-Token"] = self.csrf
        req = urllib.request.Request(BASE + path, data=data, method=method, headers=hdrs)
        try:
            with self.opener.open(req, timeout=60) as r:
                return r.status, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace")


def fail(msg):
    failures.append(msg)


def fill(path, which):
    """The path with its {params} replaced by the own (0) or foreign (1) fixture."""
    segs = path.split("/")
    res = path.split("/")[:3]
    group = segs[3] if len(segs) > 3 else ""
    for s in segs[3:]:
        if s.startswith("{"):
            key = "%s/%s" % (group, s[1:-1])
            if key not in FIX["params"]:
                return None, key
            v = FIX["params"][key][which]
            if v is None:  # not an object of an agency (an export kind): no foreign probe
                return None, None
            res.append(v)
        else:
            res.append(s)
    return "/".join(res), None


def field(body):
    try:
        return json.loads(body).get("field")
    except Exception:
        return None


def main():
    global checked
    anon = Client()
    st, body = anon.call("GET", "/api/v1/openapi.json")
    assert st == 200, st
    doc = json.loads(body)
    clients = {r: Client(r) for r in ROLES}
    foreign_hdr = {"X-Merit-Tenant": FIX["foreign_tenant"]}
    ops = []
    for path, item in sorted(doc["paths"].items()):
        for method, op in sorted(item.items()):
            ops.append((method.upper(), path, op))
    for method, path, op in ops:
        roles = set(op.get("x-merit-roles", []))
        public = op.get("security") == []
        multipart = "multipart/form-data" in op.get("requestBody", {}).get("content", {})
        own, missing = fill(path, 0)
        if missing:
            fail("%s %s: no fixture for parameter %s" % (method, path, missing))
            continue
        foreign, _ = fill(path, 1)
        has_params = "{" in path
        body = None if method == "GET" else PROBE

        def expect(who, st, text, want, where):
            global checked
            checked += 1
            if st >= 500:
                fail("%s %s as %s (%s): %d %s" % (method, path, who, where, st, text[:200]))
            elif st not in want:
                fail("%s %s as %s (%s): want %s, got %d %s"
                     % (method, path, who, where, want, st, text[:200]))
            for m in FIX["foreign_markers"]:
                # a super admin sees every agency by design (the agency list, all accounts)
                if where == "own" and who != "super_admin" and m in text:
                    fail("%s %s as %s: shows the foreign agency's %s" % (method, path, who, m))

        if not public:
            st, text = anon.call(method, own, body)
            expect("anonymous", st, text, {401}, "own")
        for role in ROLES:
            c = clients[role]
            allowed = public or role in roles
            for where, p in (("own", own), ("foreign", foreign)):
                if where == "foreign" and (not has_params or p is None):
                    continue
                st, text = c.call(method, p, body)
                if not allowed:
                    expect(role, st, text, {403}, where)
                elif method != "GET":
                    want_field = "file" if multipart else "_matrix_probe"
                    expect(role, st, text, {400}, where)
                    if st == 400 and field(text) != want_field:
                        fail("%s %s as %s: the probe was not what was refused: %s"
                             % (method, path, role, text[:200]))
                elif where == "own":
                    expect(role, st, text, {200, 400}, where)
                elif public:
                    expect(role, st, text, {200, 400, 404}, where)
                else:
                    expect(role, st, text, {404}, where)
            if allowed and role == "super_admin" and has_params and method == "GET" \
                    and not public and foreign is not None:
                # reached, not refused: the foreign fixture may lack what the route reports on
                st, text = c.call(method, foreign, body, headers=foreign_hdr)
                expect("super_admin@foreign", st, text, {200, 400, 404, 422}, "foreign-as-super")
        # CSRF: the first allowed signed-in role, without the header
        if method != "GET" and not public:
            role = next((r for r in ROLES if r in roles), None)
            if role:
                st, text = clients[role].call(method, own, body, csrf=False)
                checked += 1
                if st != 403 or field(text) != "X-CSRF-Token":
                    fail("%s %s as %s without CSRF: want 403 naming X-CSRF-Token, got %d %s"
                         % (method, path, role, st, text[:200]))
    # a super_admin reaches the foreign agency's objects by naming it
    st, text = clients["super_admin"].call(
        "GET", "/api/v1/employees/" + FIX["params"]["employees/nip"][1], headers=foreign_hdr)
    checked += 1
    if st != 200:
        fail("super_admin naming the foreign agency: want 200, got %d %s" % (st, text[:200]))
    # only a super_admin may name another agency
    st, text = clients["admin"].call("GET", "/api/v1/employees", headers=foreign_hdr)
    checked += 1
    if st != 403:
        fail("admin naming another agency: want 403, got %d" % st)
    print("matrix: %d operations x %d roles (+anonymous): %d checks, %d failures"
          % (len(ops), len(ROLES), checked, len(failures)))
    for f in failures[:60]:
        print("FAIL:", f)
    sys.exit(1 if failures else 0)


main()
