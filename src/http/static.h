/*
 * static.h - the browser application's files (web/dist, built by Vite),
 * served for GET/HEAD paths that no API route matches.
 *
 * Deny by default on paths: each segment is percent-decoded on its own and
 * refused when it is empty, starts with a dot (no "..", no hidden files) or
 * holds a slash or backslash; files are opened without following a final
 * symbolic link and must be regular files of at most HTTP_STATIC_MAX bytes.
 * A path whose last segment has no known file extension is a client-side
 * route and gets index.html. Files under /assets/ (content-hashed names)
 * are cacheable for a year, everything else is revalidated.
 */
#ifndef MERIT_HTTP_STATIC_H
#define MERIT_HTTP_STATIC_H

#include <stddef.h>

#include "base/arena.h"
#include "base/err.h"
#include "http/response.h"

#define HTTP_STATIC_MAX (16 * 1024 * 1024)

/**
 * Fills res with the file for raw_path (still percent-encoded, no query)
 * under root. MERIT_ENOTFOUND when there is none, MERIT_EIO on a read error.
 */
int http_static_serve(const char *root, const char *raw_path, size_t path_len, struct arena *a,
                      struct http_response *res, struct merit_error *err);

#endif
