/*
 * api.h - the HTTP API handlers, one file per resource (api_NAME.c).
 *
 * Every handler has the http_handler_fn signature (http/router.h) and is
 * listed once in the route table (router_routes in http/router.c). Handlers
 * validate their query parameters deny-by-default (an unknown or malformed
 * parameter is 400 naming it in "field"), read through src/store/ with the
 * tenant resolved at start-up, and convert store structs to JSON here: field
 * names are snake_case English with Indonesian civil-service terms kept (nip,
 * golongan, tmt_jabatan, jenjang, eselon, skj). Lists answer
 * {"items": [...], "total": N, "limit": L, "offset": O}.
 */
#ifndef MERIT_API_API_H
#define MERIT_API_API_H

#include "base/err.h"
#include "http/request.h"
#include "http/response.h"

/** GET /healthz: {"status":"ok"}; never touches the database. */
int api_healthz(struct http_request *req, struct http_response *res, struct merit_error *err);
/**
 * GET /readyz: 200 {"status":"ready","db":"sqlite|postgresql","schema":N} when
 * the database answers and its schema is the one this binary needs; else a
 * MERIT_EBUSY error (503).
 */
int api_readyz(struct http_request *req, struct http_response *res, struct merit_error *err);

/**
 * GET /api/v1/employees: limit, offset, unit (the unit itself, not its
 * sub-units), jenjang, golongan, status (PNS|PPPK), q (name substring or NIP
 * prefix), sort (name|nip|birth_date|golongan, "-" prefix for descending).
 */
int api_employees_list(struct http_request *req, struct http_response *res,
                       struct merit_error *err);
/** GET /api/v1/employees/:nip, with "skp" and "sanctions" arrays; 404 when absent. */
int api_employees_get(struct http_request *req, struct http_response *res, struct merit_error *err);

/** GET /api/v1/positions: limit, offset, unit, jenjang, jenis, key (true|false); with "skj". */
int api_positions_list(struct http_request *req, struct http_response *res,
                       struct merit_error *err);
/** GET /api/v1/positions/:code; 404 when absent. */
int api_positions_get(struct http_request *req, struct http_response *res, struct merit_error *err);

/** GET /api/v1/units: limit, offset, kind, parent (code); breadth-first with parent_code, depth. */
int api_units_list(struct http_request *req, struct http_response *res, struct merit_error *err);

#endif
