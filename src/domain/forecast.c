#include "domain/forecast.h"

int forecast_retirement(struct civil_date birth, int age, struct civil_date *out)
{
    struct civil_date reached;

    if (age < 40 || age > 75 || !civil_valid(birth))
        return -1;
    reached = civil_add_years(birth, age);
    reached.d = 1;
    *out = civil_add_months(reached, 1);
    return 0;
}

int forecast_jpt_cap(struct civil_date since, int years, struct civil_date *out)
{
    if (years < 1 || years > 10 || !civil_valid(since))
        return -1;
    *out = civil_add_years(since, years);
    return 0;
}

int forecast_months_between(struct civil_date a, struct civil_date b)
{
    int m;

    if (civil_cmp(b, a) <= 0)
        return 0;
    m = (b.y - a.y) * 12 + (b.m - a.m);
    if (b.d < a.d)
        m--;
    return m < 0 ? 0 : m;
}
