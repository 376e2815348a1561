#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "base/strmap.h"

Test(strmap, put_get_and_duplicates)
{
    struct strmap m;
    int64_t v = 0;

    strmap_init(&m);
    cr_assert_eq(strmap_put(&m, "OPD01", 5, 7, NULL), 1);
    cr_assert_eq(strmap_put(&m, "OPD01", 5, 9, &v), 0);
    cr_assert_eq(v, 7, "the first value is kept and reported");
    cr_assert(strmap_get(&m, "OPD01", 5, &v));
    cr_assert_eq(v, 7);
    cr_assert_not(strmap_get(&m, "OPD0", 4, NULL), "a prefix is a different key");
    strmap_set(&m, "OPD01", 5, 11);
    cr_assert(strmap_get(&m, "OPD01", 5, &v));
    cr_assert_eq(v, 11);
    strmap_free(&m);
}

Test(strmap, grows_past_many_keys)
{
    struct strmap m;
    char key[32];
    int64_t v;

    strmap_init(&m);
    for (int i = 0; i < 100000; i++) {
        int n = snprintf(key, sizeof(key), "1980%06d", i);
        cr_assert_eq(strmap_put(&m, key, (size_t)n, i, NULL), 1);
    }
    cr_assert_eq(m.count, 100000);
    for (int i = 0; i < 100000; i += 997) {
        int n = snprintf(key, sizeof(key), "1980%06d", i);
        cr_assert(strmap_get(&m, key, (size_t)n, &v));
        cr_assert_eq(v, i);
    }
    cr_assert_not(strmap_get(&m, "x", 1, &v));
    strmap_free(&m);
}
