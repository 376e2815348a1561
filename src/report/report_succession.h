/*
 * report_succession.h - the succession slate (PDF) of one position in a talent period: the
 * position, its holder and the date they leave it (retirement age or the JPT cap, from the
 * vacancy forecast, when within its ten-year horizon), and the candidates ranked with readiness,
 * JPM, category, box and unmet requirements, the emergency successor marked. From
 * succession_slates and talent_forecast.
 *
 * Every text goes through T(); the marking "RAHASIA" is printed on every page.
 */
#ifndef MERIT_REPORT_REPORT_SUCCESSION_H
#define MERIT_REPORT_REPORT_SUCCESSION_H

#include <stdint.h>

#include "base/buf.h"
#include "base/err.h"
#include "db/db.h"

/**
 * Appends the slate of position (code) in period to out; today (YYYY-MM-DD) is the print date
 * and the forecast's reference. MERIT_ENOTFOUND for an unknown period or position (or one
 * without an SKJ, so no slate).
 */
int report_succession_pdf(struct db *db, int64_t tenant, const char *period, const char *position,
                          const char *today, struct buf *out, struct merit_error *err);

#endif
