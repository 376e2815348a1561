/*
 * api_guard.c - who is calling, and may they: the server runs api_guard for
 * every matched route before anything else of the request is looked at.
 *
 * Deny by default: a route is public only when its row says PERM_PUBLIC.
 * Otherwise the session cookie must name a live session (401), the
 * account's role must be in the route's roles (403), a state-changing
 * method must carry the session's CSRF token in X-CSRF-Token (403), and an
 * account whose password was set by an admin may only change it (403).
 *
 * The agency of the request is the account's; only a super_admin may name
 * another with X-Merit-Tenant. Every query of a handler filters by
 * req->tenant_id, so an id of another agency finds nothing (404).
 */
#include <sodium.h>
#include <string.h>
#include <time.h>

#include "api/api.h"
#include "base/i18n.h"
#include "domain/role.h"
#include "http/server.h"
#include "services/account.h"
#include "store/tenant.h"

static int guard_safe_method(const char *m)
{
    return strcmp(m, "GET") == 0 || strcmp(m, "HEAD") == 0 || strcmp(m, "OPTIONS") == 0;
}

static int guard_csrf_ok(const struct http_request *req)
{
    size_t n = strlen(req->auth.csrf);

    return req->csrf_header && strlen(req->csrf_header) == n &&
           sodium_memcmp(req->csrf_header, req->auth.csrf, n) == 0;
}

static int guard_is_auth_route(const char *pattern)
{
    return strncmp(pattern, "/api/v1/auth/", 13) == 0;
}

int api_guard(struct http_request *req, struct merit_error *err)
{
    const struct http_route *route = req->match.route;
    struct account acc;
    char *csrf;
    const char *token;
    struct db *db;

    if (route->roles == PERM_PUBLIC)
        return 0;
    token = http_request_cookie(req, API_SESSION_COOKIE);
    if (!token || !*token)
        return err_set(err, MERIT_EAUTH, "%s",
                       T("silakan masuk terlebih dahulu", "please sign in first"));
    csrf = arena_alloc(req->arena, ACCOUNT_TOKEN_LEN + 1);
    if (http_request_db(req, &db, err) != 0 ||
        account_session_find(db, token, time(NULL), &acc, csrf, err) != 0)
        return -1;
    req->auth.account_id = acc.id;
    req->auth.username = arena_strdup(req->arena, acc.username);
    req->auth.display_name = arena_strdup(req->arena, acc.display_name);
    req->auth.role = acc.role;
    req->auth.home_tenant_id = acc.tenant_id;
    req->auth.employee_id = acc.employee_id;
    req->auth.employee_nip = arena_strdup(req->arena, acc.employee_nip);
    req->auth.assessor_id = acc.assessor_id;
    req->auth.token = token;
    req->auth.csrf = csrf;
    req->auth.must_change = acc.must_change;
    req->tenant_id = acc.tenant_id;
    req->tenant_code = arena_strdup(req->arena, acc.tenant_code);

    if (!(route->roles & acc.role))
        return err_set(
            err, MERIT_EFORBIDDEN,
            T("peran Anda (%s) tidak berhak atas %s %s", "your role (%s) may not use %s %s"),
            role_name(acc.role), route->method, route->pattern);
    if (!guard_safe_method(req->method) && !guard_csrf_ok(req))
        return err_set_at(err, MERIT_EFORBIDDEN, 0, "X-CSRF-Token", "%s",
                          T("token CSRF tidak ada atau salah: kirim header X-CSRF-Token dari "
                            "jawaban masuk",
                            "missing or wrong CSRF token: send the X-CSRF-Token header from the "
                            "login answer"));
    if (acc.must_change && !guard_is_auth_route(route->pattern))
        return err_set(err, MERIT_EFORBIDDEN, "%s",
                       T("kata sandi Anda diatur oleh admin: ganti dulu lewat "
                         "/api/v1/auth/password",
                         "your password was set by an admin: change it first at "
                         "/api/v1/auth/password"));
    if (req->tenant_header && *req->tenant_header &&
        strcmp(req->tenant_header, acc.tenant_code) != 0) {
        int64_t id = 0;

        if (acc.role != ROLE_SUPER_ADMIN)
            return err_set_at(err, MERIT_EFORBIDDEN, 0, "X-Merit-Tenant", "%s",
                              T("hanya admin pusat yang boleh memilih instansi lain",
                                "only a super admin may choose another agency"));
        if (strlen(req->tenant_header) > 63 || tenant_find(db, req->tenant_header, &id, err) != 0)
            return err_set_at(err, MERIT_ENOTFOUND, 0, "X-Merit-Tenant",
                              T("instansi '%.63s' tidak ada", "no agency '%.63s'"),
                              req->tenant_header);
        req->tenant_id = id;
        req->tenant_code = req->tenant_header;
    }
    return 0;
}

const char *api_actor(const struct http_request *req)
{
    return req->auth.username ? req->auth.username : "anonymous";
}

static int scope_denied(struct merit_error *err, const char *what)
{
    return err_set(err, MERIT_EFORBIDDEN,
                   T("di luar cakupan akun Anda: %s", "outside your account's scope: %s"), what);
}

int api_scope_employee(struct http_request *req, int64_t employee_id, struct merit_error *err)
{
    if (req->auth.role != ROLE_EMPLOYEE)
        return api_scope_staff(req, err);
    if (employee_id != req->auth.employee_id)
        return scope_denied(err, T("hanya data Anda sendiri", "only your own records"));
    return 0;
}

int api_scope_staff(struct http_request *req, struct merit_error *err)
{
    if (req->auth.role & ROLE_SCOPED)
        return scope_denied(err, T("hanya untuk staf BKPSDM", "BKPSDM staff only"));
    return 0;
}

int api_scope_wave(struct http_request *req, int64_t wave_id, int64_t employee_id,
                   struct merit_error *err)
{
    char a[24], w[24], e[24];
    const char *p[3] = {a, w, e};
    int64_t n = 0;
    struct db *db;

    if (req->auth.role != ROLE_ASSESSOR)
        return api_scope_staff(req, err);
    snprintf(a, sizeof(a), "%lld", (long long)req->auth.assessor_id);
    snprintf(w, sizeof(w), "%lld", (long long)wave_id);
    snprintf(e, sizeof(e), "%lld", (long long)employee_id);
    if (http_request_db(req, &db, err) != 0 ||
        db_query_int64(db,
                       "SELECT count(*) FROM assignment g JOIN participant p ON p.id ="
                       " g.participant_id WHERE g.assessor_id = CAST($1 AS BIGINT) AND p.wave_id"
                       " = CAST($2 AS BIGINT) AND (CAST($3 AS BIGINT) = 0 OR p.employee_id ="
                       " CAST($3 AS BIGINT))",
                       p, 3, &n, err) != 0)
        return -1;
    if (!n)
        return scope_denied(err, T("hanya peserta yang ditugaskan kepada Anda",
                                   "only the participants assigned to you"));
    return 0;
}

int api_scope_committee(struct http_request *req, int64_t committee_id, struct merit_error *err)
{
    char a[24], c[24];
    const char *p[2] = {a, c};
    int64_t n = 0;
    struct db *db;

    if (req->auth.role != ROLE_COMMITTEE)
        return api_scope_staff(req, err);
    snprintf(a, sizeof(a), "%lld", (long long)req->auth.account_id);
    snprintf(c, sizeof(c), "%lld", (long long)committee_id);
    if (http_request_db(req, &db, err) != 0 ||
        db_query_int64(db,
                       "SELECT count(*) FROM account_member am JOIN committee_member m ON m.id ="
                       " am.member_id WHERE am.account_id = CAST($1 AS BIGINT) AND"
                       " m.committee_id = CAST($2 AS BIGINT)",
                       p, 2, &n, err) != 0)
        return -1;
    if (!n)
        return scope_denied(err,
                            T("hanya pansel tempat Anda duduk", "only the committees you sit on"));
    return 0;
}
