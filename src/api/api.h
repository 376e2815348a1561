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

/** The session cookie's name. */
#define API_SESSION_COOKIE "merit_session"

/**
 * The server's guard (server.h): resolves the session into req->auth and
 * req->tenant_id and applies the route's roles, CSRF and the forced
 * password change. See api_guard.c.
 */
int api_guard(struct http_request *req, struct merit_error *err);

/** The signed-in username, for audit entries. */
const char *api_actor(const struct http_request *req);

/*
 * Object scopes, called by handlers after they found the object in the
 * request's agency. Each admits the unscoped staff roles, and of the scoped
 * roles only the one it is about, within its scope (else MERIT_EFORBIDDEN):
 *   api_scope_staff      no scoped role at all
 *   api_scope_employee   an employee: only employee_id == their own
 *   api_scope_wave       an assessor: only waves (and, when employee_id is
 *                        not 0, participants) they are assigned to
 *   api_scope_committee  a committee member: only committees they sit on
 */
int api_scope_staff(struct http_request *req, struct merit_error *err);
int api_scope_employee(struct http_request *req, int64_t employee_id, struct merit_error *err);
int api_scope_wave(struct http_request *req, int64_t wave_id, int64_t employee_id,
                   struct merit_error *err);
int api_scope_committee(struct http_request *req, int64_t committee_id, struct merit_error *err);

/**
 * The :nip path parameter, validated and normalised (domain/nip.h): a
 * malformed NIP is a 400 naming "nip" and the reason, not a 404.
 */
int api_param_nip(struct http_request *req, const char **out, struct merit_error *err);

/** POST /api/v1/auth/login {username, password}: sets the session cookie; answers the CSRF token.
 */
int api_auth_login(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/auth/logout: ends the session, clears the cookie. */
int api_auth_logout(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/auth/me: the account, its agency and the CSRF token. */
int api_auth_me(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/auth/password {current_password, new_password}: ends the other sessions. */
int api_auth_password(struct http_request *req, struct http_response *res, struct merit_error *err);

/** GET /api/v1/accounts: the agency's accounts (a super_admin: every agency's). */
int api_accounts_list(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/accounts: creates an account in the request's agency. */
int api_accounts_create(struct http_request *req, struct http_response *res,
                        struct merit_error *err);
/** POST /api/v1/accounts/:username/disable and /enable. */
int api_accounts_disable(struct http_request *req, struct http_response *res,
                         struct merit_error *err);
int api_accounts_enable(struct http_request *req, struct http_response *res,
                        struct merit_error *err);
/** POST /api/v1/accounts/:username/password {password}: reset, to be changed at next login. */
int api_accounts_reset(struct http_request *req, struct http_response *res,
                       struct merit_error *err);
/** POST /api/v1/accounts/:username/seats {committee, member}: a committee seat. */
int api_accounts_seat(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/tenants: every agency (super_admin). */
int api_tenants_list(struct http_request *req, struct http_response *res, struct merit_error *err);

/** GET /api/v1/audit: the agency's audit entries, newest first, filtered. */
int api_audit_list(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/audit/verify: walks the agency's chain. */
int api_audit_verify(struct http_request *req, struct http_response *res, struct merit_error *err);

/** The OpenAPI 3.1 document of routes[0..n) (a new reference). */
json_t *api_openapi_doc(const struct http_route *routes, size_t n);

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the route table. */
int api_openapi(struct http_request *req, struct http_response *res, struct merit_error *err);

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
/** POST /api/v1/positions/:code/skj {items: [{competency_code, level}]}: replaces the SKJ. */
int api_positions_skj(struct http_request *req, struct http_response *res, struct merit_error *err);

/** GET /api/v1/units: limit, offset, kind, parent (code); breadth-first with parent_code, depth. */
int api_units_list(struct http_request *req, struct http_response *res, struct merit_error *err);

#endif
