#include <string.h>
#include <time.h>

#include "api/api.h"
#include "base/i18n.h"
#include "domain/role.h"
#include "http/server.h"
#include "services/account.h"
#include "services/audit.h"

int api_accounts_list(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    json_t *items;

    if (http_request_db(req, &db, err) != 0 ||
        account_list(db,
                     req->auth.role == ROLE_SUPER_ADMIN && !req->tenant_header ? 0 : req->tenant_id,
                     &items, err) != 0)
        return -1;
    http_response_page(res, items, (int64_t)json_array_size(items), (int64_t)json_array_size(items),
                       0);
    return 0;
}

int api_accounts_create(struct http_request *req, struct http_response *res,
                        struct merit_error *err)
{
    struct account_new n;
    struct db *db;
    int64_t id;

    memset(&n, 0, sizeof(n));
    n.username = http_body_str(req, "username");
    n.display_name = http_body_str(req, "display_name");
    n.role = http_body_str(req, "role");
    n.password = http_body_str(req, "password");
    n.employee_nip = http_body_str(req, "employee_nip");
    n.assessor_code = http_body_str(req, "assessor_code");
    n.must_change = 1; /* whoever set it is not whoever uses it */
    /* an agency admin cannot mint the role above their own */
    if (role_parse(n.role) == ROLE_SUPER_ADMIN && req->auth.role != ROLE_SUPER_ADMIN)
        return err_set_at(err, MERIT_EFORBIDDEN, 0, "role", "%s",
                          T("hanya admin pusat yang boleh membuat admin pusat",
                            "only a super admin may create a super admin"));
    if (http_request_db(req, &db, err) != 0 ||
        account_create(db, req->tenant_id, &n, api_actor(req), &id, err) != 0)
        return -1;
    http_response_json(res, 201,
                       json_pack("{s:s, s:s, s:s}", "username", n.username, "role", n.role,
                                 "tenant", req->tenant_code));
    return 0;
}

static int accounts_toggle(struct http_request *req, struct http_response *res, int disabled,
                           struct merit_error *err)
{
    const char *u = http_request_param(req, "username");
    struct db *db;

    if (disabled && strcmp(u, req->auth.username) == 0)
        return err_set_at(
            err, MERIT_ECONFLICT, 0, "username", "%s",
            T("akun sendiri tidak bisa dinonaktifkan", "you cannot disable your own account"));
    if (http_request_db(req, &db, err) != 0 ||
        account_set_disabled(db, req->tenant_id, u, disabled, api_actor(req), time(NULL), err) != 0)
        return -1;
    http_response_json(res, 200, json_pack("{s:s, s:b}", "username", u, "disabled", disabled));
    return 0;
}

int api_accounts_disable(struct http_request *req, struct http_response *res,
                         struct merit_error *err)
{
    return accounts_toggle(req, res, 1, err);
}

int api_accounts_enable(struct http_request *req, struct http_response *res,
                        struct merit_error *err)
{
    return accounts_toggle(req, res, 0, err);
}

int api_accounts_reset(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *u = http_request_param(req, "username");
    struct db *db;

    if (http_request_db(req, &db, err) != 0 ||
        account_password_reset(db, req->tenant_id, u, http_body_str(req, "password"), 1,
                               api_actor(req), time(NULL), err) != 0)
        return -1;
    http_response_json(res, 200, json_pack("{s:s, s:b}", "username", u, "must_change_password", 1));
    return 0;
}

int api_accounts_seat(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *u = http_request_param(req, "username");
    struct db *db;

    if (http_request_db(req, &db, err) != 0 ||
        account_link_member(db, req->tenant_id, u, http_body_str(req, "committee"),
                            http_body_str(req, "member"), api_actor(req), err) != 0)
        return -1;
    http_response_json(res, 201,
                       json_pack("{s:s, s:s, s:s}", "username", u, "committee",
                                 http_body_str(req, "committee"), "member",
                                 http_body_str(req, "member")));
    return 0;
}

int api_tenants_list(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    struct db_stmt *st;
    json_t *arr;
    int step;

    if (http_request_db(req, &db, err) != 0)
        return -1;
    st = db_prepare(db, "SELECT code, name FROM tenant ORDER BY code", err);
    if (!st)
        return -1;
    arr = json_array();
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(
            arr, json_pack("{s:s, s:s}", "code", db_col_text(st, 0), "name", db_col_text(st, 1)));
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(arr);
        return -1;
    }
    http_response_page(res, arr, (int64_t)json_array_size(arr), (int64_t)json_array_size(arr), 0);
    return 0;
}

int api_audit_list(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct audit_filter f;
    int64_t limit, offset, total;
    struct db *db;
    json_t *items;

    memset(&f, 0, sizeof(f));
    if (http_query_page(&req->query, &limit, &offset, err) != 0 ||
        http_query_text(&req->query, "action", 64, &f.action, err) != 0 ||
        http_query_text(&req->query, "object", 200, &f.object, err) != 0 ||
        http_query_text(&req->query, "actor", 64, &f.actor, err) != 0 ||
        http_query_text(&req->query, "from", 20, &f.from, err) != 0 ||
        http_query_text(&req->query, "to", 20, &f.to, err) != 0)
        return -1;
    f.limit = (long)limit;
    f.offset = (long)offset;
    if (http_request_db(req, &db, err) != 0 ||
        audit_query(db, req->tenant_id, &f, &items, &total, err) != 0)
        return -1;
    http_response_page(res, items, total, limit, offset);
    return 0;
}

int api_audit_verify(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    long entries;
    int64_t broken;
    const char *why;
    struct db *db;
    json_t *doc;

    if (http_request_db(req, &db, err) != 0 ||
        audit_verify(db, req->tenant_id, &entries, &broken, &why, err) != 0)
        return -1;
    doc = json_pack("{s:b, s:I}", "intact", broken == 0, "entries", (json_int_t)entries);
    json_object_set_new(doc, "broken_seq", broken ? json_integer(broken) : json_null());
    json_object_set_new(doc, "why", why ? json_string(why) : json_null());
    http_response_json(res, 200, doc);
    return 0;
}
