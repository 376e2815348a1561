/*
 * api_moves.c - moves over HTTP: the what-if check of one move against the
 * law (GET: it writes nothing), and move packages through their chain
 *
 *   draft --submit--> submitted --review--> reviewed --approve--> approved
 *         (operator/admin)   (admin: head of BKPSDM)   (head: the PPK)
 *   --execute--> executed (operator/admin, with the SK), or --reject--> rejected.
 *
 * Who may take a step is the route's roles (routes_talent.inc), so a wrong
 * role is a 403 naming the role and the step before anything is read; a
 * step out of order is the service's 409 naming the order. Rejection is
 * open to whoever holds the package at its current step (see
 * moves_reject_role). Every step is recorded by move_package_step
 * (move_approval row and audit entry "move.package") with api_actor(req).
 */
#include <string.h>

#include "api/api.h"
#include "api/api_talent.h"
#include "base/i18n.h"
#include "domain/role.h"
#include "http/server.h"
#include "services/move.h"
#include "services/wave_common.h"

static const char *const moves_kinds[] = {"mutasi", "rotasi", "promosi", "demosi", "uji", NULL};
static const char *const moves_statuses[] = {"draft",    "submitted", "reviewed", "approved",
                                             "executed", "rejected",  NULL};

/* a required query parameter, as a 400 naming it when absent */
static int moves_required(const struct http_request *req, const char *name, const char **out,
                          struct merit_error *err)
{
    if (http_query_text(&req->query, name, 200, out, err) != 0)
        return -1;
    if (!*out)
        return err_set_at(err, MERIT_EUSAGE, 0, name, T("parameter %s wajib", "%s is required"),
                          name);
    return 0;
}

int api_moves_check(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *nip, *to, *kind, *date = NULL;
    struct move_request mr;
    int exception = 0;
    char today[11];
    struct db *db;
    json_t *o;

    if (moves_required(req, "nip", &nip, err) != 0 || moves_required(req, "to", &to, err) != 0 ||
        http_query_enum(&req->query, "kind", moves_kinds, &kind, err) != 0 ||
        http_query_text(&req->query, "date", 10, &date, err) != 0 ||
        http_query_bool(&req->query, "exception_116", &exception, err) != 0)
        return -1;
    if (!kind)
        return err_set_at(err, MERIT_EUSAGE, 0, "kind", "%s",
                          T("kind wajib: mutasi | rotasi | promosi | demosi | uji",
                            "kind is required: mutasi | rotasi | promosi | demosi | uji"));
    wc_today(today);
    memset(&mr, 0, sizeof(mr));
    mr.nip = nip;
    mr.position = to;
    mr.date = date ? date : today;
    mr.exception_116 = exception == 1;
    move_kind_parse(kind, &mr.kind);
    if (http_request_db(req, &db, err) != 0 || move_check(db, req->tenant_id, &mr, &o, err) != 0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}

int api_moves_packages(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *status = NULL;
    int64_t limit, offset;
    struct db *db;
    json_t *all;

    if (http_query_page(&req->query, &limit, &offset, err) != 0 ||
        http_query_enum(&req->query, "status", moves_statuses, &status, err) != 0 ||
        http_request_db(req, &db, err) != 0 ||
        move_package_list(db, req->tenant_id, status, &all, err) != 0)
        return -1;
    api_talent_page(res, all, limit, offset);
    return 0;
}

static int moves_show(struct http_request *req, struct http_response *res, int status,
                      const char *code, struct merit_error *err)
{
    struct db *db;
    json_t *o;

    if (http_request_db(req, &db, err) != 0 ||
        move_package_show(db, req->tenant_id, code, &o, err) != 0)
        return -1;
    http_response_json(res, status, o);
    return 0;
}

int api_moves_package_create(struct http_request *req, struct http_response *res,
                             struct merit_error *err)
{
    char now[21];
    struct db *db;

    wc_now(now);
    if (http_request_db(req, &db, err) != 0 ||
        move_package_create(db, req->tenant_id, http_body_str(req, "code"),
                            http_body_str(req, "title"), api_actor(req), now, err) != 0)
        return -1;
    return moves_show(req, res, 201, http_body_str(req, "code"), err);
}

int api_moves_package(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    return moves_show(req, res, 200, http_request_param(req, "code"), err);
}

int api_moves_package_add(struct http_request *req, struct http_response *res,
                          struct merit_error *err)
{
    const char *kind = http_body_str(req, "kind"), *date = http_body_str(req, "date");
    struct move_request mr;
    char today[11];
    struct db *db;
    json_t *o;

    memset(&mr, 0, sizeof(mr));
    if (move_kind_parse(kind, &mr.kind) != 0)
        return err_set_at(err, MERIT_EINVAL, 0, "kind", "%s",
                          "mutasi | rotasi | promosi | demosi | uji");
    wc_today(today);
    mr.nip = http_body_str(req, "nip");
    mr.position = http_body_str(req, "to");
    mr.date = date ? date : today;
    if (http_request_db(req, &db, err) != 0 ||
        move_package_add(db, req->tenant_id, http_request_param(req, "code"), &mr, &o, err) != 0)
        return -1;
    http_response_json(res, 201, o);
    return 0;
}

static int moves_step(struct http_request *req, struct http_response *res, const char *step,
                      struct merit_error *err)
{
    const char *code = http_request_param(req, "code");
    char now[21];
    struct db *db;

    wc_now(now);
    if (http_request_db(req, &db, err) != 0 ||
        move_package_step(db, req->tenant_id, code, step, api_actor(req),
                          http_body_str(req, "reason"), http_body_str(req, "sk_number"),
                          http_body_str(req, "sk_date"), now, err) != 0)
        return -1;
    return moves_show(req, res, 200, code, err);
}

int api_moves_package_submit(struct http_request *req, struct http_response *res,
                             struct merit_error *err)
{
    return moves_step(req, res, "submitted", err);
}

int api_moves_package_review(struct http_request *req, struct http_response *res,
                             struct merit_error *err)
{
    return moves_step(req, res, "reviewed", err);
}

int api_moves_package_approve(struct http_request *req, struct http_response *res,
                              struct merit_error *err)
{
    return moves_step(req, res, "approved", err);
}

int api_moves_package_execute(struct http_request *req, struct http_response *res,
                              struct merit_error *err)
{
    return moves_step(req, res, "executed", err);
}

/*
 * Who may reject a package at its current status: the holder of the step it
 * waits for. A draft is withdrawn by BKPSDM staff; a submitted package is
 * turned down by the head of BKPSDM (admin); a reviewed or approved one by
 * the PPK (head). The service refuses closed packages (409).
 */
static int moves_reject_role(const char *status, unsigned role)
{
    if (strcmp(status, "draft") == 0)
        return (role & PERM_STAFF_WRITE) != 0;
    if (strcmp(status, "submitted") == 0)
        return (role & PERM_ADMIN) != 0;
    if (strcmp(status, "reviewed") == 0 || strcmp(status, "approved") == 0)
        return role == ROLE_HEAD;
    return 1;
}

int api_moves_package_reject(struct http_request *req, struct http_response *res,
                             struct merit_error *err)
{
    const char *code = http_request_param(req, "code"), *status;
    struct db *db;
    json_t *o;
    int ok;

    if (http_request_db(req, &db, err) != 0 ||
        move_package_show(db, req->tenant_id, code, &o, err) != 0)
        return -1;
    status = json_string_value(json_object_get(o, "status"));
    ok = moves_reject_role(status, req->auth.role);
    if (!ok)
        err_set(err, MERIT_EFORBIDDEN,
                T("paket %s berstatus %s: hanya %s yang boleh menolaknya, bukan peran %s",
                  "package %s is %s: only %s may reject it, not the role %s"),
                code, status,
                strcmp(status, "submitted") == 0
                    ? T("kepala BKPSDM (admin)", "the head of BKPSDM (admin)")
                    : T("PPK (head)", "the PPK (head)"),
                role_name(req->auth.role));
    json_decref(o);
    if (!ok)
        return -1;
    return moves_step(req, res, "rejected", err);
}
