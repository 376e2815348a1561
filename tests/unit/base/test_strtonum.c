#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "base/strtonum.h"

static int num(const char *s, int64_t min, int64_t max, int64_t *out, const char **why)
{
    return strtonum_n(s, strlen(s), min, max, out, why);
}

Test(strtonum, accepts_in_range)
{
    int64_t v = 0;

    cr_assert_eq(num("0", 0, 10, &v, NULL), 0);
    cr_assert_eq(v, 0);
    cr_assert_eq(num("10", 0, 10, &v, NULL), 0);
    cr_assert_eq(v, 10);
    cr_assert_eq(num("-10", -10, 10, &v, NULL), 0);
    cr_assert_eq(v, -10);
    cr_assert_eq(num("+7", 0, 10, &v, NULL), 0);
    cr_assert_eq(v, 7);
    cr_assert_eq(num("007", 0, 10, &v, NULL), 0);
    cr_assert_eq(v, 7);
    cr_assert_eq(num("-0", 0, 0, &v, NULL), 0);
    cr_assert_eq(v, 0);
}

Test(strtonum, bounds)
{
    int64_t v = 42;
    const char *why = NULL;

    cr_assert_eq(num("11", 0, 10, &v, &why), -1);
    cr_assert_str_eq(why, "too large");
    cr_assert_eq(num("-1", 0, 10, &v, &why), -1);
    cr_assert_str_eq(why, "too small");
    cr_assert_eq(num("4", 5, 10, &v, &why), -1);
    cr_assert_str_eq(why, "too small");
    cr_assert_eq(v, 42, "*out must be untouched on failure");
}

Test(strtonum, int64_limits_and_overflow)
{
    int64_t v = 0;
    const char *why = NULL;

    cr_assert_eq(num("9223372036854775807", INT64_MIN, INT64_MAX, &v, NULL), 0);
    cr_assert_eq(v, INT64_MAX);
    cr_assert_eq(num("-9223372036854775808", INT64_MIN, INT64_MAX, &v, NULL), 0);
    cr_assert_eq(v, INT64_MIN);
    cr_assert_eq(num("9223372036854775808", INT64_MIN, INT64_MAX, &v, &why), -1);
    cr_assert_str_eq(why, "too large");
    cr_assert_eq(num("-9223372036854775809", INT64_MIN, INT64_MAX, &v, &why), -1);
    cr_assert_str_eq(why, "too large");
    cr_assert_eq(num("99999999999999999999999", INT64_MIN, INT64_MAX, &v, &why), -1);
    cr_assert_str_eq(why, "too large");
    cr_assert_eq(num("196608011988031001", 0, INT64_MAX, &v, NULL), 0);
    cr_assert_eq(v, INT64_C(196608011988031001));
}

Test(strtonum, garbage)
{
    static const char *const bad[] = {"",    "-",   "+",   "abc", "1a",   "a1",  " 1", "1 ",
                                      "1.5", "1,5", "--1", "+-1", "0x10", "1e3", "\t1"};
    int64_t v;
    const char *why;

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        why = NULL;
        cr_assert_eq(num(bad[i], INT64_MIN, INT64_MAX, &v, &why), -1, "\"%s\"", bad[i]);
        cr_assert(why && *why);
    }
    cr_assert_eq(num("", 0, 1, &v, &why), -1);
    cr_assert_str_eq(why, "empty");
    /* the length bounds the parse: "12" of "123" */
    cr_assert_eq(strtonum_n("123", 2, 0, 100, &v, NULL), 0);
    cr_assert_eq(v, 12);
    /* an embedded NUL is garbage, not the end */
    cr_assert_eq(strtonum_n("1\0002", 3, 0, 1000, &v, NULL), -1);
}

Test(strtonum, nul_terminated)
{
    int64_t v;

    cr_assert_eq(strtonum_s("1988", 1960, 2100, &v, NULL), 0);
    cr_assert_eq(v, 1988);
    cr_assert_eq(strtonum_s("1959", 1960, 2100, &v, NULL), -1);
}

Test(strtonum, decimals)
{
    double d = 0;
    const char *why = NULL;

    cr_assert_eq(strtodec_n("3.75", 4, 0, 100, &d, NULL), 0);
    cr_assert_float_eq(d, 3.75, 1e-12);
    cr_assert_eq(strtodec_n("12,5", 4, 0, 100, &d, NULL), 0);
    cr_assert_float_eq(d, 12.5, 1e-12);
    cr_assert_eq(strtodec_n("-2", 2, -5, 5, &d, NULL), 0);
    cr_assert_float_eq(d, -2.0, 1e-12);
    cr_assert_eq(strtodec_n("44270.", 6, 0, 1e6, &d, NULL), 0);
    cr_assert_float_eq(d, 44270.0, 1e-9);
    cr_assert_eq(strtodec_n("1.2.3", 5, 0, 100, &d, &why), -1);
    cr_assert_eq(strtodec_n("1e5", 3, 0, 1e9, &d, &why), -1);
    cr_assert_eq(strtodec_n(".", 1, 0, 100, &d, &why), -1);
    cr_assert_eq(strtodec_n("", 0, 0, 100, &d, &why), -1);
    cr_assert_eq(strtodec_n("nan", 3, 0, 100, &d, &why), -1);
    cr_assert_eq(strtodec_n("inf", 3, 0, 100, &d, &why), -1);
    cr_assert_eq(strtodec_n("101", 3, 0, 100, &d, &why), -1);
    cr_assert_str_eq(why, "too large");
    cr_assert_eq(strtodec_n("-1", 2, 0, 100, &d, &why), -1);
    cr_assert_str_eq(why, "too small");
    {
        char longnum[100];

        memset(longnum, '1', sizeof(longnum));
        cr_assert_eq(strtodec_n(longnum, sizeof(longnum), 0, 1e300, &d, &why), -1);
    }
}
