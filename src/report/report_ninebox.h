/*
 * report_ninebox.h - the 9-box poster (PDF, A4 landscape) of a talent period, for one unit or
 * the whole agency: the 3x3 grid in the official layout (rows top to bottom performance high to
 * low, columns left to right potential low to high; boxes 4 7 9 / 2 5 8 / 1 3 6, docs/talent.md),
 * each box with its number, label, head count and the names placed in it (at most
 * REPORT_NINEBOX_NAMES, then "+N lainnya"). From talent_list and talent_period_show.
 *
 * Every text goes through T(); the marking "RAHASIA" is printed on every page.
 */
#ifndef MERIT_REPORT_REPORT_NINEBOX_H
#define MERIT_REPORT_REPORT_NINEBOX_H

#include <stdint.h>

#include "base/buf.h"
#include "base/err.h"
#include "db/db.h"

/* the names printed in one box before "+N lainnya" */
#define REPORT_NINEBOX_NAMES 18

/**
 * Appends the poster of period (code) to out: the people placed (eligible) in unit (its code:
 * the unit itself, not its sub-units), or in the whole agency when unit is NULL. today is the
 * print date. MERIT_ENOTFOUND for an unknown period, or a unit with nobody placed in it.
 */
int report_ninebox_pdf(struct db *db, int64_t tenant, const char *period, const char *unit,
                       const char *today, struct buf *out, struct merit_error *err);

#endif
