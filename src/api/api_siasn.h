/*
 * api_siasn.h - SIASN-shaped result files as one download (api_siasn.c;
 * route in routes_siasn.inc). See services/siasn.h and docs/siasn.md.
 */
#ifndef MERIT_API_API_SIASN_H
#define MERIT_API_API_SIASN_H

#include "base/err.h"
#include "http/request.h"
#include "http/response.h"

/**
 * GET /api/v1/waves/:code/siasn.zip[?period=P]: a ZIP of potensi.jsonl,
 * kompetensi.jsonl, talenta.jsonl and rekonsiliasi.csv, exactly the files
 * `merit siasn export` writes; audited as "siasn.export" (a disclosure).
 * 404 for an unknown wave or period.
 */
int api_siasn_zip(struct http_request *req, struct http_response *res, struct merit_error *err);

#endif
