#include <criterion/criterion.h>
#include <string.h>

#include "base/civil.h"
#include "base/i18n.h"

static struct civil_date D(int y, int m, int d) {
    struct civil_date c = {y, m, d};
    return c;
}

static void
assert_date(struct civil_date c, int y, int m, int d)
{
    cr_assert(c.y == y && c.m == m && c.d == d, "got %04d-%02d-%02d, want %04d-%02d-%02d", c.y, c.m,
              c.d, y, m, d);
}

static int parse(const char *s, int flags, struct civil_date *out)
{
    const char *why = NULL;
    int rc = civil_parse(s, strlen(s), flags, out, &why);

    if (rc != 0)
        cr_assert(why != NULL && *why, "a failed parse of \"%s\" must say why", s);
    return rc;
}

Test(civil, leap_years)
{
    cr_assert(civil_is_leap(2000));
    cr_assert(civil_is_leap(2024));
    cr_assert(civil_is_leap(1904));
    cr_assert(!civil_is_leap(1900));
    cr_assert(!civil_is_leap(2100));
    cr_assert(!civil_is_leap(2023));
    cr_assert_eq(civil_days_in_month(2024, 2), 29);
    cr_assert_eq(civil_days_in_month(2023, 2), 28);
    cr_assert_eq(civil_days_in_month(1900, 2), 28);
    cr_assert_eq(civil_days_in_month(2000, 2), 29);
    cr_assert_eq(civil_days_in_month(2023, 4), 30);
    cr_assert_eq(civil_days_in_month(2023, 12), 31);
    cr_assert_eq(civil_days_in_month(2023, 0), 0);
    cr_assert_eq(civil_days_in_month(2023, 13), 0);
}

Test(civil, valid)
{
    cr_assert(civil_valid(D(2024, 2, 29)));
    cr_assert(!civil_valid(D(2023, 2, 29)));
    cr_assert(civil_valid(D(1900, 1, 1)));
    cr_assert(civil_valid(D(2199, 12, 31)));
    cr_assert(!civil_valid(D(1899, 12, 31)));
    cr_assert(!civil_valid(D(2200, 1, 1)));
    cr_assert(!civil_valid(D(2020, 0, 1)));
    cr_assert(!civil_valid(D(2020, 1, 0)));
    cr_assert(!civil_valid(D(2020, 4, 31)));
}

Test(civil, days_round_trip_every_day_1900_2199)
{
    int64_t expect = civil_to_days(D(1900, 1, 1));
    long n = 0;

    cr_assert_eq(civil_to_days(D(1970, 1, 1)), 0);
    cr_assert_eq(civil_to_days(D(1970, 1, 2)), 1);
    cr_assert_eq(civil_to_days(D(1969, 12, 31)), -1);
    cr_assert_eq(civil_to_days(D(2000, 3, 1)), 11017);
    for (int y = 1900; y <= 2199; y++) {
        for (int m = 1; m <= 12; m++) {
            for (int d = 1; d <= civil_days_in_month(y, m); d++) {
                int64_t days = civil_to_days(D(y, m, d));
                struct civil_date back = civil_from_days(days);

                /* consecutive calendar days are consecutive day numbers */
                cr_assert_eq(days, expect, "%04d-%02d-%02d", y, m, d);
                cr_assert(back.y == y && back.m == m && back.d == d, "%04d-%02d-%02d", y, m, d);
                expect++;
                n++;
            }
        }
    }
    /* 300 years, 73 of them leap (1900 and 2100 are not, 2000 is) */
    cr_assert_eq(n, 300L * 365 + 73);
}

Test(civil, add_years_from_29_february)
{
    assert_date(civil_add_years(D(2024, 2, 29), 1), 2025, 2, 28);
    assert_date(civil_add_years(D(2024, 2, 29), 4), 2028, 2, 29);
    assert_date(civil_add_years(D(2000, 2, 29), 100), 2100, 2, 28);
    assert_date(civil_add_years(D(2024, 2, 29), -1), 2023, 2, 28);
    assert_date(civil_add_years(D(1990, 3, 15), 18), 2008, 3, 15);
    assert_date(civil_add_months(D(2023, 1, 31), 1), 2023, 2, 28);
    assert_date(civil_add_months(D(2024, 1, 31), 1), 2024, 2, 29);
    assert_date(civil_add_months(D(2023, 11, 30), 3), 2024, 2, 29);
    assert_date(civil_add_months(D(2023, 3, 31), -1), 2023, 2, 28);
    assert_date(civil_add_months(D(2023, 1, 15), -1), 2022, 12, 15);
    assert_date(civil_add_months(D(2023, 12, 15), 1), 2024, 1, 15);
}

Test(civil, years_between_birthday_edges)
{
    struct civil_date born = D(1990, 6, 15);

    cr_assert_eq(civil_years_between(born, D(2008, 6, 14)), 17);
    cr_assert_eq(civil_years_between(born, D(2008, 6, 15)), 18);
    cr_assert_eq(civil_years_between(born, D(2008, 6, 16)), 18);
    cr_assert_eq(civil_years_between(born, D(2008, 5, 31)), 17);
    cr_assert_eq(civil_years_between(born, D(2008, 7, 1)), 18);
    cr_assert_eq(civil_years_between(born, born), 0);
    cr_assert(civil_years_between(born, D(1990, 6, 14)) < 0);
    /* born on 29 Feb: the birthday in a common year counts from 1 March */
    cr_assert_eq(civil_years_between(D(2004, 2, 29), D(2022, 2, 28)), 17);
    cr_assert_eq(civil_years_between(D(2004, 2, 29), D(2022, 3, 1)), 18);
    cr_assert_eq(civil_years_between(D(2004, 2, 29), D(2024, 2, 29)), 20);
}

Test(civil, cmp_and_format)
{
    char out[11];

    cr_assert_eq(civil_cmp(D(2020, 1, 1), D(2020, 1, 1)), 0);
    cr_assert_lt(civil_cmp(D(2019, 12, 31), D(2020, 1, 1)), 0);
    cr_assert_gt(civil_cmp(D(2020, 2, 1), D(2020, 1, 31)), 0);
    cr_assert_gt(civil_cmp(D(2020, 1, 2), D(2020, 1, 1)), 0);
    civil_format(D(2021, 3, 5), out);
    cr_assert_str_eq(out, "2021-03-05");
    civil_format(D(1900, 12, 31), out);
    cr_assert_str_eq(out, "1900-12-31");
}

Test(civil, parse_formats)
{
    struct civil_date c;

    cr_assert_eq(parse("15-03-2021", 0, &c), 0);
    assert_date(c, 2021, 3, 15);
    cr_assert_eq(parse("15/03/2021", 0, &c), 0);
    assert_date(c, 2021, 3, 15);
    cr_assert_eq(parse("15.03.2021", 0, &c), 0);
    assert_date(c, 2021, 3, 15);
    cr_assert_eq(parse("2021-03-15", 0, &c), 0);
    assert_date(c, 2021, 3, 15);
    cr_assert_eq(parse("5-3-2021", 0, &c), 0);
    assert_date(c, 2021, 3, 5);
    cr_assert_eq(parse("2021-3-5", 0, &c), 0);
    assert_date(c, 2021, 3, 5);
    cr_assert_eq(parse("  01-08-1966\t", 0, &c), 0);
    assert_date(c, 1966, 8, 1);
    cr_assert_eq(parse("2021-03-15T00:00:00", 0, &c), 0);
    assert_date(c, 2021, 3, 15);
    cr_assert_eq(parse("2021-03-15 00:00:00", 0, &c), 0);
    assert_date(c, 2021, 3, 15);
    cr_assert_eq(parse("15-03-2021 00:00:00", 0, &c), 0);
    assert_date(c, 2021, 3, 15);
    cr_assert_eq(parse("29-02-2024", 0, &c), 0);
    assert_date(c, 2024, 2, 29);
}

Test(civil, parse_excel_serial)
{
    struct civil_date c;

    cr_assert_eq(parse("44270", CIVIL_ALLOW_SERIAL, &c), 0);
    assert_date(c, 2021, 3, 15);
    cr_assert_eq(parse("44270.0", CIVIL_ALLOW_SERIAL, &c), 0);
    assert_date(c, 2021, 3, 15);
    cr_assert_eq(parse("25569", CIVIL_ALLOW_SERIAL, &c), 0);
    assert_date(c, 1970, 1, 1);
    /* 61 is 1900-03-01: Excel counts a 29 Feb 1900 that never was */
    cr_assert_eq(parse("61", CIVIL_ALLOW_SERIAL, &c), 0);
    assert_date(c, 1900, 3, 1);
    cr_assert_eq(parse("60", CIVIL_ALLOW_SERIAL, &c), -1);
    cr_assert_eq(parse("0", CIVIL_ALLOW_SERIAL, &c), -1);
    cr_assert_eq(parse("-5", CIVIL_ALLOW_SERIAL, &c), -1);
    cr_assert_eq(parse("999999", CIVIL_ALLOW_SERIAL, &c), -1);
    /* without the flag a bare number is not a date */
    cr_assert_eq(parse("44270", 0, &c), -1);
    cr_assert_eq(parse("44270.0", 0, &c), -1);
}

Test(civil, parse_rejects_bad_dates)
{
    static const char *const bad[] = {
        "31-02-2020",
        "2020-13-01",
        "12/31/2020",
        "2021-02-29",
        "00-01-2020",
        "15-00-2020",
        "",
        "   ",
        "2020/03/15",
        "15-03/2021",
        "15-03-21",
        "2021-03",
        "15--2021",
        "abc",
        "15-03-2021x",
        "1.97E+17",
        "2021-003-15",
        "115-03-2021",
        "15-03-02021",
        "1899-12-31",
        "2200-01-01",
        "15-3",
    };
    struct civil_date c = {0, 0, 0};

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        cr_assert_eq(parse(bad[i], CIVIL_ALLOW_SERIAL, &c), -1, "\"%s\" must not parse", bad[i]);
}

Test(civil, parse_reason_is_translated)
{
    struct civil_date c;
    const char *why = NULL;

    i18n_set(LANG_EN);
    cr_assert_eq(civil_parse("31-02-2020", 10, 0, &c, &why), -1);
    cr_assert_str_eq(why, "not a calendar date");
    i18n_set(LANG_ID);
    cr_assert_eq(civil_parse("31-02-2020", 10, 0, &c, &why), -1);
    cr_assert_str_eq(why, "tanggal tidak ada di kalender");
    i18n_set(LANG_EN);
    cr_assert_eq(civil_parse("31-02-2020", 10, 0, &c, NULL), -1);
}
