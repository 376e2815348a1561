#include "base/civil.h"
#include "base/i18n.h"
#include "base/strtonum.h"

#include <string.h>

int civil_is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int civil_days_in_month(int y, int m)
{
    static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    if (m < 1 || m > 12)
        return 0;
    return m == 2 && civil_is_leap(y) ? 29 : dim[m - 1];
}

int civil_valid(struct civil_date c)
{
    return c.y >= 1900 && c.y <= 2199 && c.m >= 1 && c.m <= 12 && c.d >= 1 &&
           c.d <= civil_days_in_month(c.y, c.m);
}

/* Howard Hinnant's days_from_civil, valid for the whole int range we allow. */
int64_t civil_to_days(struct civil_date c)
{
    int64_t y = c.y - (c.m <= 2);
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (c.m + (c.m > 2 ? -3 : 9)) + 2) / 5 + c.d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

    return era * 146097 + doe - 719468;
}

struct civil_date civil_from_days(int64_t z)
{
    struct civil_date c;
    int64_t era, doe, yoe, y, doy, mp;

    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = yoe + era * 400;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    c.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    c.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    c.y = (int)(y + (c.m <= 2));
    return c;
}

struct civil_date civil_add_months(struct civil_date c, int months)
{
    int total = c.y * 12 + (c.m - 1) + months;
    int dim;

    c.y = total / 12;
    c.m = total % 12 + 1;
    dim = civil_days_in_month(c.y, c.m);
    if (c.d > dim)
        c.d = dim;
    return c;
}

struct civil_date civil_add_years(struct civil_date c, int years)
{
    return civil_add_months(c, years * 12);
}

int civil_cmp(struct civil_date a, struct civil_date b)
{
    if (a.y != b.y)
        return a.y < b.y ? -1 : 1;
    if (a.m != b.m)
        return a.m < b.m ? -1 : 1;
    if (a.d != b.d)
        return a.d < b.d ? -1 : 1;
    return 0;
}

int civil_years_between(struct civil_date from, struct civil_date to)
{
    int years = to.y - from.y;

    if (to.m < from.m || (to.m == from.m && to.d < from.d))
        years--;
    return years;
}

void civil_format(struct civil_date c, char out[11])
{
    unsigned y = (unsigned)c.y % 10000u, m = (unsigned)c.m % 100u, d = (unsigned)c.d % 100u;

    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}

static int civil_num(const char *s, size_t len, int64_t min, int64_t max, int *out)
{
    int64_t v;

    if (len == 0 || strtonum_n(s, len, min, max, &v, NULL) != 0)
        return -1;
    *out = (int)v;
    return 0;
}

int civil_parse(const char *s, size_t len, int flags, struct civil_date *out, const char **why)
{
    struct civil_date c = {0, 0, 0};
    const char *dummy;
    size_t i, p1 = 0, p2 = 0, nsep = 0;
    char sep = 0;

    if (!why)
        why = &dummy;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    while (len && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    if (len == 0) {
        *why = T("tanggal kosong", "empty date");
        return -1;
    }
    /* ignore a time part: "2021-03-15T00:00:00" or "2021-03-15 00:00:00" */
    for (i = 0; i < len; i++) {
        if ((s[i] == 'T' || s[i] == ' ') && i >= 8) {
            len = i;
            break;
        }
    }
    for (i = 0; i < len; i++) {
        if (s[i] == '-' || s[i] == '/' || s[i] == '.') {
            if (nsep == 0) {
                sep = s[i];
                p1 = i;
            } else if (nsep == 1) {
                if (s[i] != sep)
                    goto bad;
                p2 = i;
            }
            nsep++;
        } else if (s[i] < '0' || s[i] > '9') {
            goto bad;
        }
    }
    if (nsep == 0 || (nsep == 1 && sep == '.')) {
        double serial;
        int64_t whole;

        if (!(flags & CIVIL_ALLOW_SERIAL))
            goto bad;
        if (strtodec_n(s, len, 1, 120000, &serial, NULL) != 0)
            goto bad;
        whole = (int64_t)serial;
        /* Excel's day 60 is the fictitious 1900-02-29; serials after it are one day late */
        if (whole < 61)
            goto bad;
        *out = civil_from_days(whole - 25569);
        if (!civil_valid(*out))
            goto bad;
        return 0;
    }
    if (nsep != 2)
        goto bad;
    if (p1 == 4) {
        if (sep != '-' || civil_num(s, 4, 1, 9999, &c.y) || civil_num(s + 5, p2 - 5, 1, 12, &c.m) ||
            civil_num(s + p2 + 1, len - p2 - 1, 1, 31, &c.d) || p2 - p1 > 3 || len - p2 - 1 > 2)
            goto bad;
    } else if (p1 >= 1 && p1 <= 2) {
        if (civil_num(s, p1, 1, 31, &c.d) || civil_num(s + p1 + 1, p2 - p1 - 1, 1, 12, &c.m) ||
            len - p2 - 1 != 4 || civil_num(s + p2 + 1, 4, 1, 9999, &c.y) || p2 - p1 > 3)
            goto bad;
    } else {
        goto bad;
    }
    if (!civil_valid(c)) {
        *why = T("tanggal tidak ada di kalender", "not a calendar date");
        return -1;
    }
    *out = c;
    return 0;
bad:
    *why = T("format tanggal tidak dikenal (pakai dd-mm-yyyy, dd/mm/yyyy atau yyyy-mm-dd)",
             "unknown date format (use dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd)");
    return -1;
}
