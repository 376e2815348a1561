/*
 * api_assessors.c - the assessor roster over HTTP: the list and one assessor
 * with the waves they assess in and their declared relations.
 */
#include "api/api.h"
#include "api/api_assessment.h"
#include "http/server.h"
#include "services/wave.h"

int api_assessors_list(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    json_t *arr;

    if (http_request_db(req, &db, err) != 0 || assessor_list_json(db, req->tenant_id, &arr, err))
        return -1;
    return api_asm_page(req, res, arr, err);
}

int api_assessors_get(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    json_t *o;

    if (http_request_db(req, &db, err) != 0 ||
        assessor_show_json(db, req->tenant_id, http_request_param(req, "code"), &o, err) != 0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}
