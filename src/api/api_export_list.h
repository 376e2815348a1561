/*
 * api_export_list.h - every paged list of the API as a CSV or XLSX download.
 *
 * A GET list route (one answering {"items", "total", "limit", "offset"}) that
 * declares `format` in its query spec and has no `produces` of its own is
 * answered as a download when the request carries format=csv or
 * format=xlsx: the server (server.c) calls api_export_list_run instead of
 * the route's handler. It calls that handler itself, page after page
 * (limit=HTTP_PAGE_LIMIT_MAX, offset 0, 500, ...) with the caller's other
 * query parameters, so the roles, scopes, agency and filters are exactly the
 * JSON list's; limit and offset given by the caller are ignored (the
 * download holds every matching row).
 *
 * Columns: the keys of the items in the order they first appear on the first
 * page; nested objects are flattened as parent.child, arrays (and objects in a
 * column that the first page saw as a plain value) are written as JSON text;
 * null is an empty cell; keys that first appear after the first page are
 * left out. One header row, then one row per item.
 *
 * XLSX (libxlsxwriter constant-memory mode, rows streamed to disk): the table
 * on the first sheet (named after the resource), and a second sheet "Filter"
 * listing the path and query parameters that were applied (name, value),
 * who exported, when, from which agency, and the number of rows. CSV stays a
 * clean table (no metadata lines): the filters are not in the file.
 *
 * Memory: one JSON page (and its items) at a time plus the writer's buffers;
 * the file is written to a private temporary folder, unlinked, and handed to
 * the server as an open descriptor that libmicrohttpd sends from the disk.
 *
 * File name: <resource>-<YYYY-MM-DD>.<csv|xlsx>, the resource being the
 * path after /api/v1/ with '-' between segments (e.g.
 * waves-ASM-2026-01-participants-2026-05-12.xlsx).
 */
#ifndef MERIT_API_API_EXPORT_LIST_H
#define MERIT_API_API_EXPORT_LIST_H

#include <stdint.h>

#include "base/err.h"
#include "http/request.h"
#include "http/response.h"

#define API_EXPORT_LIST_CSV_TYPE "text/csv; charset=utf-8"
#define API_EXPORT_LIST_XLSX_TYPE                                                                  \
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/**
 * 1 when the matched route is a list route to be answered as a download: GET
 * or HEAD, no `produces`, `format` declared in its query spec and given
 * non-empty in the request. The query has already been checked against the
 * spec.
 */
int api_export_list_wanted(const struct http_request *req);

/**
 * Runs the export. On success returns 0 with res->status 200, its
 * content_type and filename set (request-arena memory) and no body, and
 * *fd an open read-only descriptor of the (already unlinked) file of *size
 * bytes, which the caller owns and closes (libmicrohttpd does, once it is
 * handed over). On failure returns -1 with err set: the handler's own error
 * (401/403/404/400 as for the JSON list), MERIT_EUSAGE for a bad format or
 * an answer that is not a list, MERIT_ELIMIT past XLSX's 1,048,576 rows,
 * MERIT_EIO when the temporary file cannot be written.
 */
int api_export_list_run(struct http_request *req, struct http_response *res, int *fd,
                        uint64_t *size, struct merit_error *err);

#endif
