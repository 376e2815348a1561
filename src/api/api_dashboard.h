/*
 * api_dashboard.h - the dashboard for the regional head and BKPSDM
 * (api_dashboard.c; route in routes_dashboard.inc).
 */
#ifndef MERIT_API_API_DASHBOARD_H
#define MERIT_API_API_DASHBOARD_H

#include "base/err.h"
#include "http/request.h"
#include "http/response.h"

/**
 * GET /api/v1/dashboard?unit=CODE&as_of=YYYY-MM-DD: headcount, assessment
 * coverage and JPM distribution, expiring results, the latest talent
 * period's 9-box, vacancies and retirements ahead, for the agency or the
 * unit and its sub-units (services/dashboard.h). 404 "unit" for an unknown
 * unit, 422 "as_of" for a bad date.
 */
int api_dashboard(struct http_request *req, struct http_response *res, struct merit_error *err);

#endif
