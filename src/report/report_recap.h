/*
 * report_recap.h - the wave recap (PDF): the wave's identity (wave_show_json), its ranked
 * results (result_list: rank, name, NIP, target position, JPM, category) and their
 * distribution (a bar chart of the categories and a histogram of JPM). Nothing is computed
 * here beyond counting the rows into the charts' bins.
 *
 * Every text goes through T(); the marking "RAHASIA" is printed on every page.
 */
#ifndef MERIT_REPORT_REPORT_RECAP_H
#define MERIT_REPORT_REPORT_RECAP_H

#include <stdint.h>

#include "base/buf.h"
#include "base/err.h"
#include "db/db.h"

/**
 * Appends the recap of wave (code) of tenant to out; today (YYYY-MM-DD) is the print date.
 * MERIT_ENOTFOUND when there is no such wave; a wave without a final result yet gets a recap
 * that says so.
 * On error out may hold a partial document: the caller discards it.
 */
int report_recap_pdf(struct db *db, int64_t tenant, const char *wave, const char *today,
                     struct buf *out, struct merit_error *err);

#endif
