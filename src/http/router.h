/*
 * router.h - the route table (data: one row per route) and path matching.
 *
 * A pattern is a path of literal segments and ":name" parameters, e.g.
 * "/api/v1/employees/:nip". Matching works on percent-decoded segments, so a
 * parameter may contain any byte but NUL (an encoded "/" stays inside its
 * segment), and literal segments compare after decoding.
 *
 * Trailing-slash policy: strict. "/api/v1/employees/" and "//healthz" match
 * nothing (404); there is exactly one spelling of every resource, so caches
 * and logs never see two names for it. HEAD is answered by GET routes.
 *
 * The matcher allocates decoded segments from the caller's arena; nothing it
 * returns needs freeing on its own.
 */
#ifndef MERIT_HTTP_ROUTER_H
#define MERIT_HTTP_ROUTER_H

#include <stddef.h>

#include "base/arena.h"
#include "base/err.h"

struct http_request;
struct http_response;

/**
 * A route handler. Returns 0 with *res filled (see response.h), or -1 with
 * *err set; the server then answers with the one error shape and the status
 * err_http_status(err->code).
 */
typedef int (*http_handler_fn)(struct http_request *req, struct http_response *res,
                               struct merit_error *err);

/*
 * One row of the route table: everything the server checks before the
 * handler runs, and everything the OpenAPI document says about the route.
 *
 * roles: who may call it, a bit set of domain/role.h (PERM_*; 0 = public).
 *   The server refuses every other role (403) and anonymous callers (401).
 * scope: for the scoped roles (assessor, committee, employee) among roles,
 *   which part they see ("assigned", "committee", "self"); the handler
 *   enforces it. NULL when no scoped role may call the route.
 * query: the accepted query parameters, "name[:type] ..." (type string when
 *   omitted; integer, boolean); any other parameter is a 400.
 * body: the JSON request body, "name[!][:type] ..." (! = required; string,
 *   integer, number, boolean, object, array); NULL = no body. Unknown
 *   members, wrong types and missing required members are a 400 naming the
 *   member, before the handler runs. "@multipart" = a file upload.
 * produces: NULL for JSON, else the media type of a download.
 */
struct http_route {
    const char *method;  /* "GET", "POST", ... */
    const char *pattern; /* "/api/v1/employees/:nip" */
    http_handler_fn handler;
    unsigned roles;
    const char *scope;
    const char *query;
    const char *body;
    const char *produces;
    const char *summary; /* one line, English, for route listings and docs */
};

#define ROUTER_MAX_SEGMENTS 16
#define ROUTER_MAX_PARAMS 4

struct route_param {
    const char *name; /* points into the pattern, not NUL-terminated at name_len */
    size_t name_len;
    const char *value; /* decoded, NUL-terminated, arena-owned */
};

struct route_match {
    const struct http_route *route; /* set when ROUTER_FOUND */
    int nparams;
    struct route_param params[ROUTER_MAX_PARAMS];
    char allow[64]; /* "GET, HEAD" style list when ROUTER_METHOD_NOT_ALLOWED */
};

enum router_result {
    ROUTER_FOUND = 0,
    ROUTER_NOT_FOUND,          /* no pattern matches the path */
    ROUTER_METHOD_NOT_ALLOWED, /* a pattern matches, not with this method: see m->allow */
    ROUTER_BAD_PATH,           /* malformed percent-encoding, %00, or too many segments */
};

/**
 * Matches method + path (raw, still percent-encoded, without the query
 * string) against routes[0..n). Routes are tried in table order; the first
 * full match wins.
 */
enum router_result router_match(const struct http_route *routes, size_t n, const char *method,
                                const char *path, size_t path_len, struct arena *a,
                                struct route_match *m);

/** The decoded value of parameter `name`, or NULL if the matched route has none. */
const char *route_match_param(const struct route_match *m, const char *name);

/**
 * Percent-decodes s[0..len) into a NUL-terminated arena string. With
 * plus_is_space (query strings), '+' becomes ' '. Returns -1 on a malformed
 * escape ("%4", "%zz") or an encoded NUL, which could otherwise truncate a
 * value silently.
 */
int router_percent_decode(struct arena *a, const char *s, size_t len, int plus_is_space,
                          char **out);

/** The application's route table (defined in router.c) and its length. */
extern const struct http_route router_routes[];
extern const size_t router_nroutes;

#endif
