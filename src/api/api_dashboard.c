/*
 * api_dashboard.c - GET /api/v1/dashboard: services/dashboard.h's answer
 * as it stands (a read; no audit entry).
 */
#include "api/api_dashboard.h"

#include "http/server.h"
#include "services/dashboard.h"
#include "services/wave_common.h"

#define DASHBOARD_UNIT_MAX 64

int api_dashboard(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *unit = NULL, *as_of = NULL;
    char today[11];
    struct db *db;
    json_t *o;

    wc_today(today);
    if (http_query_text(&req->query, "unit", DASHBOARD_UNIT_MAX, &unit, err) != 0 ||
        http_query_text(&req->query, "as_of", 10, &as_of, err) != 0 ||
        http_request_db(req, &db, err) != 0 ||
        dashboard_build(db, req->tenant_id, unit, as_of ? as_of : today, &o, err) != 0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}
