/*
 * response.h - what a handler hands back: a status and a JSON body.
 *
 * Every body is JSON (application/json; charset=utf-8), dumped compactly by
 * jansson. Every error uses one shape:
 *
 *   {"code": err_name(code), "message": "...", "field": "limit"|null, "row": n|null}
 *
 * with the status err_http_status(code) (src/base/err.c is the only mapping).
 * The single exception is 405, which the router produces for a known path
 * and a wrong method: no merit error code stands for it, see
 * http_response_method_not_allowed.
 *
 * Ownership: body is malloc'd (json_dumps) and owned by the response until
 * the server hands it to libmicrohttpd; http_response_release frees it when
 * it is not sent.
 */
#ifndef MERIT_HTTP_RESPONSE_H
#define MERIT_HTTP_RESPONSE_H

#include <jansson.h>
#include <stddef.h>

#include "base/err.h"

struct http_response {
    int status;
    char *body; /* malloc'd, NUL-terminated JSON */
    size_t body_len;
    const char *allow; /* Allow header value for 405, else NULL; static or arena memory */
    /* the rest: NULL when unused; static or request-arena memory */
    const char *content_type; /* NULL = application/json; charset=utf-8 */
    const char *filename;     /* a download: Content-Disposition: attachment; filename=... */
    const char *set_cookie[2];
    const char *cache; /* Cache-Control; NULL = no-store (API answers are personal) */
};

/** A download: takes data (malloc'd, len bytes) with its media type and file name. */
void http_response_bytes(struct http_response *res, int status, const char *content_type,
                         const char *filename, char *data, size_t len);

/** Serialises doc (and drops the reference: pass a new reference, e.g. from json_pack). */
void http_response_json(struct http_response *res, int status, json_t *doc);
/** 200 with the paged-list envelope {"items", "total", "limit", "offset"}; takes items. */
void http_response_page(struct http_response *res, json_t *items, int64_t total, int64_t limit,
                        int64_t offset);
/** The one error shape, with status err_http_status(e->code). */
void http_response_error(struct http_response *res, const struct merit_error *e);
/** 405 with the Allow header; allow is "GET, HEAD" style and must outlive the response. */
void http_response_method_not_allowed(struct http_response *res, const char *allow);
void http_response_release(struct http_response *res);

/** JSON string for s, or JSON null when s is NULL (nullable columns). */
json_t *http_json_str(const char *s);

#endif
