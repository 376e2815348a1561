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

/*
 * The single-document reports (PDF, RAHASIA; src/report), each a download named after its object:
 *   GET /api/v1/waves/:code/recap.pdf                           the wave recap (404 unknown wave)
 *   GET /api/v1/talent/periods/:code/ninebox.pdf[?unit=U]       the 9-box poster (A4 landscape)
 *   GET /api/v1/talent/periods/:code/succession/:position/slate.pdf   one position's slate
 *   GET /api/v1/committees/:code/minutes.pdf and letter.pdf     a finalised committee's minutes
 *                                                                and letter (422 before)
 *   GET /api/v1/moves/packages/:code/report.pdf                 a move package
 * Staff only (api_scope_staff), except the committee's documents: also its own members
 * (api_scope_committee; 403 for a committee it does not sit on).
 */
int api_reports_recap(struct http_request *req, struct http_response *res, struct merit_error *err);
int api_reports_ninebox(struct http_request *req, struct http_response *res,
                        struct merit_error *err);
int api_reports_succession(struct http_request *req, struct http_response *res,
                           struct merit_error *err);
int api_reports_minutes(struct http_request *req, struct http_response *res,
                        struct merit_error *err);
int api_reports_letter(struct http_request *req, struct http_response *res,
                       struct merit_error *err);
int api_reports_package(struct http_request *req, struct http_response *res,
                        struct merit_error *err);

#endif
