/*
 * dashboard.h - the agency's (or one unit's) dashboard for the regional
 * head and BKPSDM: headcount, assessment coverage and JPM distribution,
 * results about to expire, the latest talent period's 9-box, vacant
 * positions and retirements ahead. Reads only; every figure is computed in
 * SQL (bound parameters, both engines) except the retirement dates, which
 * come from domain/forecast.h and the talent policy's BUP by jenjang as in
 * the vacancy forecast (services/forecast.c).
 *
 * Definitions (as_of = the dashboard's date):
 *   - the unit filter takes the unit and all its sub-units (employee.unit_id
 *     for people, position.unit_id for positions);
 *   - an employee is assessed when a finalised result (the latest revision of
 *     its participant) was finalised on or before as_of and is valid on it
 *     (valid_until >= as_of); their current result is the most recently
 *     finalised such one;
 *   - the talent figures are the latest talent period's (newest as_of), the
 *     pool = eligible placements in boxes >= the period's policy pool_min_box
 *     (as talent_period_show counts it);
 *   - a position is vacant when no employee of the agency holds it
 *     (employee.position_id);
 *   - retiring within N months: employees holding a position whose
 *     retirement date (forecast_retirement at talent_bup_for of the
 *     position's jenjang, talent policy in force on as_of) is on or before
 *     as_of + N months (overdue ones included, as talent_forecast does).
 *
 * Errors: MERIT_EINVAL (as_of), MERIT_ENOTFOUND (unit "unit"; no talent
 * policy in force on as_of).
 */
#ifndef MERIT_SERVICES_DASHBOARD_H
#define MERIT_SERVICES_DASHBOARD_H

#include <jansson.h>
#include <stdint.h>

#include "db/db.h"

/* results whose validity ends within this many days of as_of are "expiring" */
#define DASHBOARD_EXPIRING_DAYS 180
/* at most this many expiring results are listed */
#define DASHBOARD_EXPIRING_ITEMS 20

/**
 * The dashboard as of `as_of` (ISO date) for the whole agency (unit NULL or
 * "") or for the unit with that code and its sub-units. *out: a new object
 * {as_of, unit, headcount, assessment, talent, positions, forecast} (the
 * shape of GET /api/v1/dashboard; see dashboard.c).
 */
int dashboard_build(struct db *db, int64_t tenant, const char *unit, const char *as_of,
                    json_t **out, struct merit_error *err);

#endif
