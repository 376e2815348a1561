/*
 * api_io.h - imports by upload and exports as downloads (api_imports.c,
 * api_exports.c; routes in routes_io.inc).
 */
#ifndef MERIT_API_API_IO_H
#define MERIT_API_API_IO_H

#include "base/err.h"
#include "http/request.h"
#include "http/response.h"

/**
 * POST /api/v1/imports/:kind (multipart part "file"; ?dry_run=true checks
 * only): 202 {id, state, progress_url}; the import runs in the background
 * (services/import_run.h). 404 for an unknown kind.
 */
int api_imports_create(struct http_request *req, struct http_response *res,
                       struct merit_error *err);
/** GET /api/v1/imports/:id: state, rows_done/rows_total, summary, errors when failed. */
int api_imports_get(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/imports: the agency's runs, newest first (paged). */
int api_imports_list(struct http_request *req, struct http_response *res, struct merit_error *err);

/**
 * GET /api/v1/exports/:kind?format=csv|xlsx[&template=true]: the file
 * `merit export KIND --format F` writes, as a download.
 */
int api_exports_get(struct http_request *req, struct http_response *res, struct merit_error *err);

#endif
