/*
 * api_results.c - finalised assessment results over HTTP: a wave's ranking,
 * one participant's current result, an employee's every result and revision
 * (an employee: their own, of published waves only), and corrections (the
 * only way a finalised result changes; result_correct writes the audit).
 */
#include <string.h>

#include "api/api.h"
#include "api/api_assessment.h"
#include "base/i18n.h"
#include "domain/role.h"
#include "http/server.h"
#include "services/result.h"
#include "services/wave.h"

int api_results_wave(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    int64_t wave;
    char today[11];
    json_t *arr;

    api_asm_today(today);
    if (api_asm_wave(req, &db, &wave, err) != 0 ||
        result_list(db, req->tenant_id, wave, today, &arr, err) != 0)
        return -1;
    return api_asm_page(req, res, arr, err);
}

int api_results_get(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    int64_t wave;
    char today[11];
    json_t *o;

    api_asm_today(today);
    if (api_asm_wave(req, &db, &wave, err) != 0 ||
        result_show(db, req->tenant_id, http_request_param(req, "nip"),
                    http_request_param(req, "code"), today, &o, err) != 0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}

int api_results_employee(struct http_request *req, struct http_response *res,
                         struct merit_error *err)
{
    struct db *db;
    int64_t employee = 0;
    char today[11];
    json_t *arr;
    int own = req->auth.role == ROLE_EMPLOYEE;

    api_asm_today(today);
    if (http_request_db(req, &db, err) != 0 ||
        result_employee_json(db, req->tenant_id, http_request_param(req, "nip"), today, own,
                             &employee, &arr, err) != 0)
        return -1;
    /* an employee: only their own, and (above) only what has been published to them */
    if (api_scope_employee(req, employee, err) != 0) {
        json_decref(arr);
        return -1;
    }
    return api_asm_page(req, res, arr, err);
}

int api_results_correct(struct http_request *req, struct http_response *res,
                        struct merit_error *err)
{
    const char *nip = http_request_param(req, "nip"), *target;
    struct db *db;
    int64_t wave;
    int level, revision;
    char now[21], today[11];
    json_t *o;

    target = json_string_value(json_object_get(req->json, "target"));
    if (api_asm_level(json_object_get(req->json, "level"), "level", &level, err) != 0 ||
        api_asm_wave(req, &db, &wave, err) != 0)
        return -1;
    api_asm_now(now);
    api_asm_today(today);
    if (result_correct(db, req->tenant_id, wave, nip, target, level,
                       json_string_value(json_object_get(req->json, "reason")), api_actor(req), now,
                       &revision, err) != 0 ||
        result_show(db, req->tenant_id, nip, http_request_param(req, "code"), today, &o, err) != 0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}
