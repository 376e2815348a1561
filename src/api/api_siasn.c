/*
 * api_siasn.c - the SIASN export as a ZIP download (services/siasn.h builds
 * it, the same files as `merit siasn export`). Nothing is sent to SIASN.
 */
#include <stdlib.h>

#include "api/api.h"
#include "api/api_assessment.h"
#include "api/api_siasn.h"
#include "base/arena.h"
#include "http/server.h"
#include "services/siasn.h"

int api_siasn_zip(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *code = http_request_param(req, "code");
    const char *period = json_string_value(json_object_get(req->json, "period"));
    struct siasn_export x;
    struct db *db;
    int64_t wave;
    char today[11], now[21], *data = NULL;
    size_t len = 0;
    int rc = -1;

    if (api_asm_wave(req, &db, &wave, err) != 0)
        return -1;
    api_asm_today(today);
    api_asm_now(now);
    if (siasn_export_build(db, req->tenant_id, code, period && *period ? period : NULL, today, &x,
                           err) != 0)
        return -1;
    if (siasn_export_zip(&x, &data, &len, err) == 0 &&
        siasn_export_audit(db, req->tenant_id, &x, api_actor(req), "api", now, err) == 0) {
        http_response_bytes(res, 200, "application/zip",
                            arena_printf(req->arena, "siasn-%s.zip", x.wave), data, len);
        data = NULL; /* the response owns it */
        rc = 0;
    }
    free(data);
    siasn_export_free(&x);
    return rc;
}
