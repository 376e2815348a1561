/* Vacancy dates: retirement at the BUP (first of the next month) and the JPT 5-year cap. */
#include <criterion/criterion.h>

#include "domain/forecast.h"

static struct civil_date d(int y, int m, int day)
{
    return (struct civil_date){y, m, day};
}

static void eq(struct civil_date a, struct civil_date b)
{
    cr_assert(a.y == b.y && a.m == b.m && a.d == b.d, "%04d-%02d-%02d != %04d-%02d-%02d", a.y, a.m,
              a.d, b.y, b.m, b.d);
}

Test(forecast, retirement_first_of_the_month_after_the_birthday)
{
    struct civil_date r;

    /* born 15 March 1968, BUP 58: reaches 58 on 15 March 2026, pension from 1 April 2026 */
    cr_assert_eq(forecast_retirement(d(1968, 3, 15), 58, &r), 0);
    eq(r, d(2026, 4, 1));
    /* born on the 1st: the month of the birthday still counts as working */
    cr_assert_eq(forecast_retirement(d(1966, 1, 1), 60, &r), 0);
    eq(r, d(2026, 2, 1));
    /* born in December: the pension starts in January of the next year */
    cr_assert_eq(forecast_retirement(d(1968, 12, 31), 58, &r), 0);
    eq(r, d(2027, 1, 1));
    /* 29 February */
    cr_assert_eq(forecast_retirement(d(1968, 2, 29), 58, &r), 0);
    eq(r, d(2026, 3, 1));
    cr_assert_eq(forecast_retirement(d(1968, 2, 29), 39, &r), -1);
    cr_assert_eq(forecast_retirement(d(1968, 2, 30), 58, &r), -1);
}

Test(forecast, jpt_cap)
{
    struct civil_date r;

    cr_assert_eq(forecast_jpt_cap(d(2021, 6, 14), 5, &r), 0);
    eq(r, d(2026, 6, 14));
    cr_assert_eq(forecast_jpt_cap(d(2020, 2, 29), 5, &r), 0);
    eq(r, d(2025, 2, 28));
    cr_assert_eq(forecast_jpt_cap(d(2020, 2, 29), 0, &r), -1);
}

Test(forecast, months_between)
{
    cr_assert_eq(forecast_months_between(d(2026, 1, 15), d(2026, 7, 15)), 6);
    cr_assert_eq(forecast_months_between(d(2026, 1, 15), d(2026, 7, 14)), 5);
    cr_assert_eq(forecast_months_between(d(2026, 1, 15), d(2028, 1, 15)), 24);
    cr_assert_eq(forecast_months_between(d(2026, 1, 15), d(2026, 1, 10)), 0);
}
