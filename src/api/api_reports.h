/*
 * api_reports.h - PDF reports over HTTP (api_reports.c; routes in routes_reports.inc).
 */
#ifndef MERIT_API_API_REPORTS_H
#define MERIT_API_API_REPORTS_H

#include "base/err.h"
#include "http/request.h"
#include "http/response.h"

/**
 * GET /api/v1/waves/:code/results/:nip/report.pdf: the individual assessment report (PDF,
 * report/report_individual.h) of nip's current result in the wave. Staff read any; an
 * employee only their own, and only once the wave is published (else 403 for another's, 404
 * before publication, as GET /api/v1/employees/:nip/results). 404 for an unknown wave or no
 * finalised result.
 */
int api_reports_individual(struct http_request *req, struct http_response *res,
                           struct merit_error *err);

#endif
