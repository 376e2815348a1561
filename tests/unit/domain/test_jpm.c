#include <criterion/criterion.h>
#include <string.h>

#include "domain/jpm.h"

static void items_fill(struct jpm_item *it, size_t n, int lkj, const int *lki)
{
    for (size_t i = 0; i < n; i++) {
        it[i].lkj = lkj;
        it[i].lki = lki[i];
    }
}

Test(jpm, worked_example_of_the_regulations)
{
    /* REGULATIONS.md 1.1: standard 3 on all 9, person 3,3,3,3,2,3,3,3,3 -> 26/27 = 96.3 % */
    const int lki[9] = {30, 30, 30, 30, 20, 30, 30, 30, 30};
    struct jpm_item it[9];
    struct jpm_result r;
    struct jpm_scale s;

    items_fill(it, 9, 30, lki);
    cr_assert_eq(jpm_compute(it, 9, JPM_CAP_NONE, &r), 0);
    cr_assert_eq(r.sum_lki, 260);
    cr_assert_eq(r.sum_lkj, 270);
    cr_assert_eq(r.jpm_bp, 9630, "26/27 = 96.296 %% rounds to 96.30 %%, got %lld",
                 (long long)r.jpm_bp);
    cr_assert_eq(r.below, 1);
    cr_assert_eq(r.gap_sum, -10);
    cr_assert_eq(jpm_gap(&it[4]), -10);
    jpm_scale_mapping(&s);
    cr_assert_str_eq(jpm_categorise(&s, r.sum_lki, r.sum_lkj)->code, "optimal");
}

Test(jpm, mapping_boundaries_are_exact)
{
    struct jpm_scale s;

    jpm_scale_mapping(&s);
    cr_assert_eq(jpm_scale_check(&s), 0);
    cr_assert_str_eq(jpm_categorise(&s, 900, 1000)->code, "optimal", "exactly 90 %%");
    cr_assert_str_eq(jpm_categorise(&s, 8999, 10000)->code, "cukup_optimal", "89.99 %%");
    cr_assert_str_eq(jpm_categorise(&s, 780, 1000)->code, "cukup_optimal", "exactly 78 %%");
    cr_assert_str_eq(jpm_categorise(&s, 7799, 10000)->code, "kurang_optimal", "77.99 %%");
    /* 26.999.../30 style values that round to 90.00 % must still be below 90 */
    cr_assert_str_eq(jpm_categorise(&s, 89999, 100000)->code, "cukup_optimal");
    cr_assert_str_eq(jpm_categorise(&s, 0, 270)->code, "kurang_optimal");
    cr_assert_str_eq(jpm_categorise(&s, 400, 270)->code, "optimal", "above 100 %% stays optimal");
    cr_assert_null(jpm_categorise(&s, 10, 0));
}

Test(jpm, selection_boundaries_are_exact)
{
    struct jpm_scale s;

    jpm_scale_selection(&s);
    cr_assert_eq(jpm_scale_check(&s), 0);
    cr_assert_str_eq(jpm_categorise(&s, 800, 1000)->code, "ms", "exactly 80 %%");
    cr_assert_str_eq(jpm_categorise(&s, 7999, 10000)->code, "mms", "79.99 %%");
    cr_assert_str_eq(jpm_categorise(&s, 680, 1000)->code, "mms", "exactly 68 %%");
    cr_assert_str_eq(jpm_categorise(&s, 6799, 10000)->code, "kms", "67.99 %%");
    cr_assert(strstr(s.source, "35"), "the scale names its legal source");
}

Test(jpm, exactly_ninety_from_levels)
{
    /* 10 competencies at standard 3: seven at 3 and three at 2 = 27/30 = 90 % */
    const int lki[10] = {30, 30, 30, 30, 30, 30, 30, 20, 20, 20};
    struct jpm_item it[10];
    struct jpm_result r;
    struct jpm_scale s;

    items_fill(it, 10, 30, lki);
    cr_assert_eq(jpm_compute(it, 10, JPM_CAP_NONE, &r), 0);
    cr_assert_eq(r.jpm_bp, 9000);
    jpm_scale_mapping(&s);
    cr_assert_str_eq(jpm_categorise(&s, r.sum_lki, r.sum_lkj)->code, "optimal");
    /* one of the 3s becomes 2.5 (half levels): 26.5/30 = 88.33 % */
    it[0].lki = 25;
    cr_assert_eq(jpm_compute(it, 10, JPM_CAP_NONE, &r), 0);
    cr_assert_eq(r.jpm_bp, 8833);
    cr_assert_str_eq(jpm_categorise(&s, r.sum_lki, r.sum_lkj)->code, "cukup_optimal");
}

Test(jpm, capping_variants)
{
    /* 5,5,2 against 3,3,3: raw 12/9 = 133.33 %; total cap 100 %; per item (3+3+2)/9 = 88.89 % */
    struct jpm_item it[3] = {{30, 50}, {30, 50}, {30, 20}};
    struct jpm_result r;

    cr_assert_eq(jpm_compute(it, 3, JPM_CAP_NONE, &r), 0);
    cr_assert_eq(r.jpm_bp, 13333);
    cr_assert_eq(r.jpm_cap_bp, 13333);
    cr_assert_eq(jpm_compute(it, 3, JPM_CAP_TOTAL, &r), 0);
    cr_assert_eq(r.jpm_bp, 13333);
    cr_assert_eq(r.jpm_cap_bp, 10000);
    cr_assert_eq(jpm_compute(it, 3, JPM_CAP_ITEM, &r), 0);
    cr_assert_eq(r.jpm_bp, 8889);
    cr_assert_eq(r.below, 1);
}

Test(jpm, bad_input)
{
    struct jpm_item it[2] = {{30, 30}, {30, 60}};
    struct jpm_result r;

    cr_assert_eq(jpm_compute(it, 0, JPM_CAP_NONE, &r), -1);
    cr_assert_eq(jpm_compute(it, 2, JPM_CAP_NONE, &r), -1, "level 6 does not exist");
    it[1].lki = 5;
    cr_assert_eq(jpm_compute(it, 2, JPM_CAP_NONE, &r), -1, "level 0.5 does not exist");
}

Test(jpm, weighted)
{
    /* Ahli Madya: technical 40 %, managerial + socio-cultural 60 % (JFKK 35/2020) */
    cr_assert_eq(jpm_weighted_bp(8000, 9000, 40), 8600);
    cr_assert_eq(jpm_weighted_bp(8001, 9000, 50), 8501, "8500.5 rounds half up");
    cr_assert_eq(jpm_weighted_bp(8000, 9000, 101), -1);
}

Test(jpm, scale_check_refuses_broken_policies)
{
    struct jpm_scale s;

    jpm_scale_mapping(&s);
    s.cat[1].min_bp = 9500; /* not decreasing */
    cr_assert_eq(jpm_scale_check(&s), -1);
    cr_assert_null(jpm_categorise(&s, 1, 1));
    jpm_scale_mapping(&s);
    s.cat[2].min_bp = 100; /* lowest category must start at 0 */
    cr_assert_eq(jpm_scale_check(&s), -1);
}

Test(jpm, integrate_median)
{
    int out;
    const int odd[3] = {40, 30, 30}, even[2] = {30, 40}, four[4] = {20, 30, 30, 50};

    cr_assert_eq(jpm_integrate(odd, 3, JPM_INTEGRATE_MEDIAN, 0, &out), 0);
    cr_assert_eq(out, 30);
    cr_assert_eq(jpm_integrate(even, 2, JPM_INTEGRATE_MEDIAN, 0, &out), 0);
    cr_assert_eq(out, 40, "3.5 rounds half up to 4 on a whole-level grid");
    cr_assert_eq(jpm_integrate(even, 2, JPM_INTEGRATE_MEDIAN, 1, &out), 0);
    cr_assert_eq(out, 35, "3.5 stays with half levels");
    cr_assert_eq(jpm_integrate(four, 4, JPM_INTEGRATE_MEDIAN, 0, &out), 0);
    cr_assert_eq(out, 30);
}

Test(jpm, integrate_mode_and_mean)
{
    int out;
    const int a[4] = {30, 40, 40, 20}, tie[2] = {20, 40}, m[3] = {30, 30, 40};

    cr_assert_eq(jpm_integrate(a, 4, JPM_INTEGRATE_MODE, 0, &out), 0);
    cr_assert_eq(out, 40);
    cr_assert_eq(jpm_integrate(tie, 2, JPM_INTEGRATE_MODE, 0, &out), 0);
    cr_assert_eq(out, 30, "a tie takes the median of the tied levels");
    cr_assert_eq(jpm_integrate(m, 3, JPM_INTEGRATE_MEAN_ROUND, 0, &out), 0);
    cr_assert_eq(out, 30, "3.33 rounds to 3");
    cr_assert_eq(jpm_integrate(m, 3, JPM_INTEGRATE_MEAN_ROUND, 1, &out), 0);
    cr_assert_eq(out, 35, "3.33 rounds to 3.5 on the half grid");
    cr_assert_eq(jpm_integrate(m, 0, JPM_INTEGRATE_MEDIAN, 0, &out), -1);
    {
        const int bad[1] = {55};
        cr_assert_eq(jpm_integrate(bad, 1, JPM_INTEGRATE_MEDIAN, 0, &out), -1);
    }
}
