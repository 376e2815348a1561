#include <stdio.h>
#include <string.h>
#include <time.h>

#include "api/api.h"
#include "base/i18n.h"
#include "http/server.h"
#include "services/account.h"

/* SameSite=Strict: the browser never sends the session on a request another site starts. */
static const char *auth_cookie(struct http_request *req, const char *value, long max_age)
{
    size_t cap = 256;
    char *c = arena_alloc(req->arena, cap);

    snprintf(c, cap, "%s=%s; Path=/; Max-Age=%ld; HttpOnly; SameSite=Strict%s", API_SESSION_COOKIE,
             value, max_age, req->secure ? "; Secure" : "");
    return c;
}

static json_t *auth_me_json(const struct account *acc, const char *csrf)
{
    json_t *o = account_json(acc);

    json_object_set_new(o, "csrf_token", json_string(csrf));
    return o;
}

int api_auth_login(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct account_session s;
    struct account acc;
    struct db *db;
    json_t *doc;

    if (http_request_db(req, &db, err) != 0 ||
        account_login(db, json_string_value(json_object_get(req->json, "username")),
                      json_string_value(json_object_get(req->json, "password")), req->client_ip,
                      time(NULL), &s, &acc, err) != 0)
        return -1;
    doc = auth_me_json(&acc, s.csrf);
    json_object_set_new(doc, "expires_at", json_string(s.expires_at));
    http_response_json(res, 200, doc);
    res->set_cookie[0] = auth_cookie(req, s.token, ACCOUNT_SESSION_MAX_S);
    return 0;
}

int api_auth_logout(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;

    if (http_request_db(req, &db, err) != 0 || account_logout(db, req->auth.token, err) != 0)
        return -1;
    http_response_json(res, 200, json_pack("{s:s}", "status", "signed_out"));
    res->set_cookie[0] = auth_cookie(req, "", 0);
    return 0;
}

int api_auth_me(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct account acc;

    (void)err;
    memset(&acc, 0, sizeof(acc));
    snprintf(acc.username, sizeof(acc.username), "%s", req->auth.username);
    snprintf(acc.display_name, sizeof(acc.display_name), "%s", req->auth.display_name);
    snprintf(acc.tenant_code, sizeof(acc.tenant_code), "%s", req->tenant_code);
    acc.role = req->auth.role;
    acc.must_change = req->auth.must_change;
    snprintf(acc.employee_nip, sizeof(acc.employee_nip), "%s",
             req->auth.employee_nip ? req->auth.employee_nip : "");
    http_response_json(res, 200, auth_me_json(&acc, req->auth.csrf));
    return 0;
}

int api_auth_password(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct account acc;
    struct db *db;

    memset(&acc, 0, sizeof(acc));
    acc.id = req->auth.account_id;
    acc.tenant_id = req->auth.home_tenant_id;
    snprintf(acc.username, sizeof(acc.username), "%s", req->auth.username);
    if (http_request_db(req, &db, err) != 0 ||
        account_password_change(db, &acc,
                                json_string_value(json_object_get(req->json, "current_password")),
                                json_string_value(json_object_get(req->json, "new_password")),
                                req->auth.token, time(NULL), err) != 0)
        return -1;
    http_response_json(res, 200, json_pack("{s:s}", "status", "changed"));
    return 0;
}
