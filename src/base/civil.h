/*
 * civil.h - calendar dates without time zones (proleptic Gregorian).
 *
 * Civil-service law counts in dates (TMT, birth dates, decree dates), never in
 * instants, so merit stores dates as ISO "YYYY-MM-DD" and computes on day
 * numbers (days since 1970-01-01). Nothing here reads the clock: "today" is
 * always a parameter.
 */
#ifndef MERIT_BASE_CIVIL_H
#define MERIT_BASE_CIVIL_H

#include <stddef.h>
#include <stdint.h>

struct civil_date {
    int y, m, d;
};

int civil_is_leap(int y);
int civil_days_in_month(int y, int m);
/** 1 if y-m-d is a real calendar date with 1900 <= y <= 2199, else 0. */
int civil_valid(struct civil_date c);
int64_t civil_to_days(struct civil_date c);
struct civil_date civil_from_days(int64_t days);
/** Adds whole years; 29 Feb becomes 28 Feb in a non-leap year. */
struct civil_date civil_add_years(struct civil_date c, int years);
struct civil_date civil_add_months(struct civil_date c, int months);
/** Completed years from `from` to `to` (age on a date); negative if to < from. */
int civil_years_between(struct civil_date from, struct civil_date to);
int civil_cmp(struct civil_date a, struct civil_date b);
/** Writes "YYYY-MM-DD" (11 bytes with NUL). */
void civil_format(struct civil_date c, char out[11]);

enum civil_parse_flags {
    CIVIL_ALLOW_SERIAL = 1, /* accept an Excel serial day number (1900 system) */
};
/**
 * Parses dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd (optionally followed by
 * a time part "T..." or " 00:00:00", which is ignored) and, with
 * CIVIL_ALLOW_SERIAL, an Excel serial such as 44270 or 44270.0.
 * Returns 0 on success; -1 with *why set to a reason (Indonesian/English via
 * i18n) otherwise.
 */
int civil_parse(const char *s, size_t len, int flags, struct civil_date *out, const char **why);

#endif
