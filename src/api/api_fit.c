/*
 * api_fit.c - the fit matrix over HTTP: the positions that fit a person, the
 * people who fit a position, and who fits another position better than
 * their own (services/fit.h; current valid results, today's scoring policy).
 */
#include "api/api.h"
#include "api/api_assessment.h"
#include "http/server.h"
#include "services/fit.h"

#define FIT_FILTER_MAX 200

int api_fit_person(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    int64_t top;
    char today[11];
    json_t *o;

    api_asm_today(today);
    if (http_query_int(&req->query, "top", 10, 0, 100000, &top, err) != 0 ||
        http_request_db(req, &db, err) != 0 ||
        fit_person(db, req->tenant_id, http_request_param(req, "nip"), today, (long)top, &o, err) !=
            0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}

int api_fit_position(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    int64_t top;
    char today[11];
    json_t *o;

    api_asm_today(today);
    if (http_query_int(&req->query, "top", 10, 0, 100000, &top, err) != 0 ||
        http_request_db(req, &db, err) != 0 ||
        fit_position(db, req->tenant_id, http_request_param(req, "code"), today, (long)top, &o,
                     err) != 0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}

int api_fit_better(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *unit, *wave;
    struct db *db;
    int64_t margin;
    int any_level;
    char today[11];
    json_t *arr;

    api_asm_today(today);
    if (http_query_text(&req->query, "unit", FIT_FILTER_MAX, &unit, err) != 0 ||
        http_query_text(&req->query, "wave", FIT_FILTER_MAX, &wave, err) != 0 ||
        http_query_int(&req->query, "margin", 5, 0, 100, &margin, err) != 0 ||
        http_query_bool(&req->query, "any_level", &any_level, err) != 0 ||
        http_request_db(req, &db, err) != 0 ||
        fit_better(db, req->tenant_id, today, unit, wave, margin * 100, any_level == 1, &arr,
                   err) != 0)
        return -1;
    return api_asm_page(req, res, arr, err);
}
