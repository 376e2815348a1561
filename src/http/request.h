/*
 * request.h - what a handler sees of an HTTP request, and query-string
 * parsing with deny-by-default validation.
 *
 * Everything here lives in the request's arena (req->arena) and dies with
 * the request; handlers allocate from the same arena. Nothing in this header
 * depends on libmicrohttpd, so it is unit-tested without a socket.
 *
 * Validation errors are MERIT_EUSAGE (HTTP 400 through err_http_status) and
 * name the offending parameter in err->field.
 */
#ifndef MERIT_HTTP_REQUEST_H
#define MERIT_HTTP_REQUEST_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "base/arena.h"
#include "base/err.h"
#include "db/db.h"
#include "http/router.h"

struct http_server;

struct http_query_param {
    const char *name;  /* decoded */
    const char *value; /* decoded; "" for "?flag" and "?flag=" */
};

struct http_query {
    struct http_query_param *items;
    size_t n;
};

/*
 * The signed-in caller, filled by the server's guard (api_guard) from the
 * session; role 0 = anonymous (public routes only).
 */
struct http_auth {
    int64_t account_id;
    const char *username;
    const char *display_name;
    unsigned role; /* one ROLE_* of domain/role.h */
    int64_t home_tenant_id;
    int64_t employee_id;      /* 0 when none */
    const char *employee_nip; /* "" when none */
    int64_t assessor_id;      /* 0 when none */
    const char *token;        /* the session cookie's value */
    const char *csrf;
    int must_change;
};

struct http_request {
    struct arena *arena;
    const char *method;
    const char *path; /* raw (still percent-encoded), without the query string */
    struct http_query query;
    struct route_match match;
    const char *body; /* NUL-terminated; "" when the request has none */
    size_t body_len;
    json_t *json; /* the parsed body when the route declares one (owned by the request) */
    const char *request_id;
    int64_t tenant_id; /* the agency of the request; every query filters by it */
    const char *tenant_code;
    struct http_auth auth;
    /* request headers the API reads; NULL when absent */
    const char *cookie;
    const char *csrf_header;
    const char *content_type;
    const char *tenant_header; /* X-Merit-Tenant: a super_admin's choice of agency */
    const char *client_ip;
    int secure;                 /* served over TLS (cookies get Secure) */
    struct http_server *server; /* for http_request_db (server.h) */
    /* multipart uploads: the file part, spooled to a temporary file */
    const char *upload_path;
    const char *upload_name;
    size_t upload_len;
};

/** The body member `name` when it is a JSON string (the route's body spec checked its type), or
 * NULL. */
const char *http_body_str(const struct http_request *req, const char *name);

/** The value of cookie name in req->cookie (arena copy), or NULL. */
const char *http_request_cookie(const struct http_request *req, const char *name);

/**
 * Validates doc against a body spec (router.h): an object whose members are
 * all declared, of the declared types, with every required member present.
 * MERIT_EUSAGE naming the member in err->field.
 */
int http_body_check(const char *spec, json_t *doc, struct merit_error *err);

#define HTTP_BODY_STRING_MAX 65536

/**
 * Calls fn for each token of a spec (router.h) in order; stops at the first
 * non-zero return (and returns -1). For the OpenAPI document and tests.
 */
int http_spec_each(const char *spec,
                   int (*fn)(void *ctx, const char *name, size_t name_len, int required,
                             const char *type),
                   void *ctx);

/** Checks every query parameter is declared in spec (router.h); 400 naming the first that is not.
 */
int http_query_check(const struct http_query *q, const char *spec, struct merit_error *err);

/** The decoded :name path parameter of the matched route, or NULL. */
const char *http_request_param(const struct http_request *req, const char *name);

/**
 * Parses a raw query string ("a=1&b=x%20y", no leading '?') into q. Empty
 * pieces ("a=1&&b=2") are skipped; a name given twice, an empty name or a bad
 * escape is an error (naming the parameter where there is one).
 */
int http_query_parse(struct arena *a, const char *qs, size_t len, struct http_query *q,
                     struct merit_error *err);

/** Deny by default: fails on the first parameter whose name is not in allowed (NULL-ended). */
int http_query_allow(const struct http_query *q, const char *const *allowed,
                     struct merit_error *err);

/** The value of parameter name, or NULL when absent. */
const char *http_query_get(const struct http_query *q, const char *name);

/**
 * A text filter of at most max bytes; *out = NULL when absent or empty (an
 * empty form field means "no filter").
 */
int http_query_text(const struct http_query *q, const char *name, size_t max, const char **out,
                    struct merit_error *err);

/** An integer in [min, max]; *out = def when absent. */
int http_query_int(const struct http_query *q, const char *name, int64_t def, int64_t min,
                   int64_t max, int64_t *out, struct merit_error *err);

/** "true"/"false" (also "1"/"0"); *out = -1 when absent or empty. */
int http_query_bool(const struct http_query *q, const char *name, int *out,
                    struct merit_error *err);

/**
 * One of values (NULL-ended), compared exactly; *out = the value (pointing
 * into values, so callers can compare pointers) or NULL when absent or empty.
 */
int http_query_enum(const struct http_query *q, const char *name, const char *const *values,
                    const char **out, struct merit_error *err);

#define HTTP_PAGE_LIMIT_DEFAULT 50
#define HTTP_PAGE_LIMIT_MAX 500

/** limit (1..HTTP_PAGE_LIMIT_MAX, default HTTP_PAGE_LIMIT_DEFAULT) and offset (>= 0, default 0). */
int http_query_page(const struct http_query *q, int64_t *limit, int64_t *offset,
                    struct merit_error *err);

#endif
