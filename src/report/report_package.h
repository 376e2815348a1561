/*
 * report_package.h - the rotation (move) package (PDF): the package (code, title, status, the
 * SK once executed), each move (who, from, to, kind, date, overall verdict) with its rule
 * verdicts, their citations and facts, and the approval trail (step, who, why, when). From
 * move_package_show.
 *
 * Every text goes through T(); the marking "RAHASIA" is printed on every page.
 */
#ifndef MERIT_REPORT_REPORT_PACKAGE_H
#define MERIT_REPORT_REPORT_PACKAGE_H

#include <stdint.h>

#include "base/buf.h"
#include "base/err.h"
#include "db/db.h"

/**
 * Appends the report of package (code) to out; today (YYYY-MM-DD) is the print date.
 * MERIT_ENOTFOUND for an unknown package. On error out may hold a partial document.
 */
int report_package_pdf(struct db *db, int64_t tenant, const char *code, const char *today,
                       struct buf *out, struct merit_error *err);

#endif
