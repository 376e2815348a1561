/*
 * The scoring policy (domain/scoring.h): the default is usable, broken policies are named by
 * field, the level grid, norm tables, development rows, and what scoring_evaluate makes of one
 * person (JPM, cap, weighting, category, potential, strengths and development areas).
 */
#include <criterion/criterion.h>
#include <string.h>

#include "domain/scoring.h"

static const char *const codes9[9] = {"M.01", "M.02", "M.03", "M.04", "M.05",
                                      "M.06", "M.07", "M.08", "SK.01"};

/* nine managerial / socio-cultural items (the last is SK.01) with the given standards and levels */
static void items9(struct scoring_item *it, const int *lkj, const int *lki)
{
    for (size_t i = 0; i < 9; i++) {
        it[i].code = codes9[i];
        it[i].kind = i == 8 ? SCORING_SOSIAL_KULTURAL : SCORING_MANAJERIAL;
        it[i].lkj = lkj[i];
        it[i].lki = lki[i];
    }
}

static void items9_flat(struct scoring_item *it, int lkj, const int *lki)
{
    int std[9];

    for (size_t i = 0; i < 9; i++)
        std[i] = lkj;
    items9(it, std, lki);
}

static struct scoring_outcome eval(const struct scoring_policy *p, const char *purpose,
                                   const char *jenjang, const struct scoring_item *it, size_t n)
{
    struct scoring_outcome o;

    cr_assert_eq(scoring_evaluate(p, purpose, jenjang, it, n, NULL, 0, &o), 0);
    return o;
}

Test(scoring, default_policy_is_usable)
{
    struct scoring_policy p;

    scoring_default(&p);
    cr_assert_null(scoring_check(&p), "%s", scoring_check(&p));
    cr_assert_eq(p.nscales, 3);
    cr_assert_str_eq(scoring_scale(&p, "pemetaan")->cat[0].code, "optimal");
    cr_assert_str_eq(scoring_scale(&p, "seleksi")->cat[0].code, "ms");
    cr_assert_str_eq(scoring_scale(&p, "promosi")->cat[0].code, "ms");
    cr_assert_str_eq(scoring_scale(&p, "unknown")->cat[0].code, "optimal",
                     "an unknown purpose falls back to the first scale");
    cr_assert_str_eq(scoring_scale(&p, NULL)->cat[0].code, "optimal");
    cr_assert_eq(p.cap, JPM_CAP_TOTAL);
    cr_assert_eq(p.integration, JPM_INTEGRATE_MEDIAN);
    cr_assert_eq(p.allow_half, 0);
    cr_assert_eq(p.min_methods, 2);
    cr_assert_eq(p.min_assessors, 2);
    cr_assert_eq(p.validity_months, 36);
    cr_assert_eq(p.potential_standard, 30);
    cr_assert_eq(p.strengths_max, 3);
    cr_assert_eq(p.nnorms, 0);
}

Test(scoring, check_names_the_broken_field)
{
    struct scoring_policy p;

    /* overlapping development rows */
    scoring_default(&p);
    p.dev[p.ndev++] = (struct scoring_dev){-15, -10, "x", "x", "x"};
    cr_assert_str_eq(scoring_check(&p), "development");
    scoring_default(&p);
    p.dev[0].gap_min = -4; /* min above max */
    cr_assert_str_eq(scoring_check(&p), "development");
    scoring_default(&p);
    p.dev[0] = (struct scoring_dev){-5, -5, NULL, "x", "x"};
    cr_assert_str_eq(scoring_check(&p), "development");
    /* adjacent rows are fine */
    scoring_default(&p);
    p.dev[p.ndev++] = (struct scoring_dev){0, 0, "netral", "x", "x"};
    cr_assert_null(scoring_check(&p));

    /* a misspelt or repeated purpose would silently fall back to the first scale */
    scoring_default(&p);
    p.scales[2].purpose = "promotion";
    cr_assert_str_eq(scoring_check(&p), "scales[2]");
    scoring_default(&p);
    p.scales[2].purpose = "seleksi";
    cr_assert_str_eq(scoring_check(&p), "scales[2]");

    /* a scale whose cut-offs do not strictly decrease */
    scoring_default(&p);
    p.scales[1].scale.cat[1].min_bp = p.scales[1].scale.cat[0].min_bp;
    cr_assert_str_eq(scoring_check(&p), "scales[1]");
    scoring_default(&p);
    p.scales[0].scale.cat[0].min_bp = 7000; /* below the next one */
    cr_assert_str_eq(scoring_check(&p), "scales[0]");
    scoring_default(&p);
    p.scales[2].scale.cat[2].min_bp = 100; /* the last category must start at 0 */
    cr_assert_str_eq(scoring_check(&p), "scales[2]");
    scoring_default(&p);
    p.nscales = 0;
    cr_assert_str_eq(scoring_check(&p), "scales");
    scoring_default(&p);
    p.potential_scale.cat[1].min_bp = 9500;
    cr_assert_str_eq(scoring_check(&p), "potential_scale");

    /* weights */
    scoring_default(&p);
    p.weights[0].teknis_pct = 101;
    cr_assert_str_eq(scoring_check(&p), "weights");
    scoring_default(&p);
    p.weights[1].teknis_pct = -1;
    cr_assert_str_eq(scoring_check(&p), "weights");
    scoring_default(&p);
    p.weights[2].jenjang = NULL;
    cr_assert_str_eq(scoring_check(&p), "weights");
    scoring_default(&p);
    p.weights[0].teknis_pct = 100; /* the ends are allowed */
    p.weights[1].teknis_pct = 0;
    cr_assert_null(scoring_check(&p));

    /* norm bands must ascend and give levels on the grid */
    scoring_default(&p);
    p.nnorms = 1;
    p.norms[0] = (struct scoring_norm){"psikometri", "*", 3, {{0, 10}, {5000, 30}, {5000, 40}}};
    cr_assert_str_eq(scoring_check(&p), "norms");
    p.norms[0].band[2].min_x100 = 4000;
    cr_assert_str_eq(scoring_check(&p), "norms");
    p.norms[0].band[2].min_x100 = 7000;
    cr_assert_null(scoring_check(&p));
    p.norms[0].band[1].level = 35; /* a half level without allow_half */
    cr_assert_str_eq(scoring_check(&p), "norms");
    p.allow_half = 1;
    cr_assert_null(scoring_check(&p));
    p.norms[0].n = 0;
    cr_assert_str_eq(scoring_check(&p), "norms");

    /* the other scalars */
    scoring_default(&p);
    p.cap = (enum jpm_cap)7;
    cr_assert_str_eq(scoring_check(&p), "cap");
    scoring_default(&p);
    p.integration = (enum jpm_integration)0;
    cr_assert_str_eq(scoring_check(&p), "integration");
    scoring_default(&p);
    p.min_methods = 0;
    cr_assert_str_eq(scoring_check(&p), "min_methods");
    scoring_default(&p);
    p.min_assessors = 11;
    cr_assert_str_eq(scoring_check(&p), "min_assessors");
    scoring_default(&p);
    p.validity_months = 0;
    cr_assert_str_eq(scoring_check(&p), "validity_months");
    scoring_default(&p);
    p.potential_standard = 35;
    cr_assert_str_eq(scoring_check(&p), "potential_standard", "a half standard without halves");
    scoring_default(&p);
    p.strengths_max = -1;
    cr_assert_str_eq(scoring_check(&p), "strengths_max");
}

Test(scoring, level_grid)
{
    struct scoring_policy p;

    scoring_default(&p);
    cr_assert(scoring_level_ok(&p, 10));
    cr_assert(scoring_level_ok(&p, 30));
    cr_assert(scoring_level_ok(&p, 50));
    cr_assert_not(scoring_level_ok(&p, 35), "no half levels by default");
    cr_assert_not(scoring_level_ok(&p, 0));
    cr_assert_not(scoring_level_ok(&p, 5));
    cr_assert_not(scoring_level_ok(&p, 60));
    cr_assert_not(scoring_level_ok(&p, 33));
    p.allow_half = 1;
    cr_assert(scoring_level_ok(&p, 35));
    cr_assert(scoring_level_ok(&p, 15));
    cr_assert(scoring_level_ok(&p, 45));
    cr_assert(scoring_level_ok(&p, 40));
    cr_assert_not(scoring_level_ok(&p, 33), "only halves, not other tenths");
    cr_assert_not(scoring_level_ok(&p, 55), "5.5 is off the scale");
    cr_assert_not(scoring_level_ok(&p, 5), "0.5 is off the scale");
}

Test(scoring, norm_tables)
{
    struct scoring_policy p;
    int level = -7;

    scoring_default(&p);
    /* the "*" table first: an exact table listed later must still win */
    p.nnorms = 3;
    p.norms[0] = (struct scoring_norm){
        "psikometri", "*", 5, {{0, 10}, {2000, 20}, {4000, 30}, {6000, 40}, {8000, 50}}};
    p.norms[1] = (struct scoring_norm){"psikometri", "intelektual", 2, {{5000, 30}, {7000, 40}}};
    p.norms[2] = (struct scoring_norm){"intelegensi", "intelektual", 1, {{-1000, 20}}};
    cr_assert_null(scoring_check(&p));

    /* exact target */
    cr_assert_eq(scoring_norm_level(&p, "psikometri", "intelektual", 7000, &level), 0);
    cr_assert_eq(level, 40, "the band's lower bound belongs to the band");
    cr_assert_eq(scoring_norm_level(&p, "psikometri", "intelektual", 6999, &level), 0);
    cr_assert_eq(level, 30);
    cr_assert_eq(scoring_norm_level(&p, "psikometri", "intelektual", 99999, &level), 0);
    cr_assert_eq(level, 40);
    cr_assert_eq(scoring_norm_level(&p, "psikometri", "intelektual", 5000, &level), 0);
    cr_assert_eq(level, 30);
    level = -7;
    cr_assert_eq(scoring_norm_level(&p, "psikometri", "intelektual", 4999, &level), -1,
                 "below the exact table's first band: no level, no fallback to '*'");
    cr_assert_eq(level, -7, "level untouched on failure");

    /* "*" fallback for other targets */
    cr_assert_eq(scoring_norm_level(&p, "psikometri", "interpersonal", 2000, &level), 0);
    cr_assert_eq(level, 20);
    cr_assert_eq(scoring_norm_level(&p, "psikometri", "interpersonal", 1999, &level), 0);
    cr_assert_eq(level, 10);
    cr_assert_eq(scoring_norm_level(&p, "psikometri", "interpersonal", 0, &level), 0);
    cr_assert_eq(level, 10);
    cr_assert_eq(scoring_norm_level(&p, "psikometri", "interpersonal", 8000, &level), 0);
    cr_assert_eq(level, 50);
    cr_assert_eq(scoring_norm_level(&p, "psikometri", "interpersonal", 7999, &level), 0);
    cr_assert_eq(level, 40);
    cr_assert_eq(scoring_norm_level(&p, "psikometri", "interpersonal", -1, &level), -1);

    /* negative minimums work; no table for the instrument / target */
    cr_assert_eq(scoring_norm_level(&p, "intelegensi", "intelektual", -1000, &level), 0);
    cr_assert_eq(level, 20);
    cr_assert_eq(scoring_norm_level(&p, "intelegensi", "interpersonal", 5000, &level), -1,
                 "no '*' table for intelegensi");
    cr_assert_eq(scoring_norm_level(&p, "integritas", "intelektual", 5000, &level), -1);
}

Test(scoring, development_rows)
{
    struct scoring_policy p;

    scoring_default(&p);
    cr_assert_str_eq(scoring_development(&p, -5)->kind, "coaching");
    cr_assert_str_eq(scoring_development(&p, -10)->kind, "mentoring");
    cr_assert_str_eq(scoring_development(&p, -15)->kind, "pelatihan_klasikal");
    cr_assert_str_eq(scoring_development(&p, -20)->kind, "pelatihan_klasikal");
    cr_assert_str_eq(scoring_development(&p, -25)->kind, "pengembangan_intensif");
    cr_assert_str_eq(scoring_development(&p, -40)->kind, "pengembangan_intensif");
    cr_assert_str_eq(scoring_development(&p, 5)->kind, "pengayaan_jabatan");
    cr_assert_str_eq(scoring_development(&p, 40)->kind, "pengayaan_jabatan");
    cr_assert_null(scoring_development(&p, 0), "meeting the standard calls for nothing");
    cr_assert_null(scoring_development(&p, -41));
    cr_assert_null(scoring_development(&p, 45));
    cr_assert_null(scoring_development(&p, -7));
}

Test(scoring, worked_example_26_of_27)
{
    struct scoring_policy p;
    struct scoring_item it[9];
    const int lki[9] = {30, 30, 30, 30, 20, 30, 30, 30, 30};
    struct scoring_outcome o;

    scoring_default(&p);
    items9_flat(it, 30, lki);
    o = eval(&p, "pemetaan", "ahli_muda", it, 9);
    cr_assert_eq(o.all.sum_lki, 260);
    cr_assert_eq(o.all.sum_lkj, 270);
    cr_assert_eq(o.all.jpm_bp, 9630);
    cr_assert_eq(o.all.jpm_cap_bp, 9630);
    cr_assert_eq(o.score_bp, 9630);
    cr_assert_eq(o.weighted, 0, "ahli_muda has a weight but there are no technical items");
    cr_assert_str_eq(o.category->code, "optimal");
    cr_assert_eq(o.has_potential, 0);
    cr_assert_eq(o.ndevelop, 1);
    cr_assert_eq(o.develop[0], 4);

    o = eval(&p, "seleksi", "ahli_muda", it, 9);
    cr_assert_eq(o.score_bp, 9630);
    cr_assert_str_eq(o.category->code, "ms");
    o = eval(&p, "promosi", NULL, it, 9);
    cr_assert_str_eq(o.category->code, "ms");
}

Test(scoring, category_boundaries_are_exact)
{
    struct scoring_policy p;
    struct scoring_item it[9];
    /* standards summing to 300 (90 % = 270, 80 % = 240) and to 250 (78 % = 195, 68 % = 170) */
    const int std300[9] = {40, 40, 40, 30, 30, 30, 30, 30, 30};
    const int std250[9] = {30, 30, 30, 30, 30, 30, 30, 20, 20};
    int lki[9];
    struct scoring_outcome o;

    scoring_default(&p);
    for (int i = 0; i < 9; i++)
        lki[i] = 30; /* 270 */
    items9(it, std300, lki);
    o = eval(&p, "pemetaan", NULL, it, 9);
    cr_assert_eq(o.all.sum_lki, 270);
    cr_assert_eq(o.all.sum_lkj, 300);
    cr_assert_eq(o.score_bp, 9000);
    cr_assert_str_eq(o.category->code, "optimal", "exactly 90 %% is optimal");
    lki[8] = 25; /* 265 / 300 = 88.33 % */
    items9(it, std300, lki);
    o = eval(&p, "pemetaan", NULL, it, 9);
    cr_assert_eq(o.score_bp, 8833);
    cr_assert_str_eq(o.category->code, "cukup_optimal", "just below 90 %%");

    /* selection: 240 / 300 = 80 % exactly, 235 just below */
    for (int i = 0; i < 9; i++)
        lki[i] = i < 6 ? 30 : 20; /* 180 + 60 = 240 */
    items9(it, std300, lki);
    o = eval(&p, "seleksi", NULL, it, 9);
    cr_assert_eq(o.all.sum_lki, 240);
    cr_assert_str_eq(o.category->code, "ms", "exactly 80 %% is MS");
    lki[0] = 25;
    items9(it, std300, lki);
    o = eval(&p, "seleksi", NULL, it, 9);
    cr_assert_str_eq(o.category->code, "mms");

    /* 78 % and 68 % of 250 */
    {
        const int l195[9] = {30, 30, 30, 15, 10, 10, 30, 20, 20};
        memcpy(lki, l195, sizeof(lki));
    }
    items9(it, std250, lki);
    o = eval(&p, "pemetaan", NULL, it, 9);
    cr_assert_eq(o.all.sum_lki, 195);
    cr_assert_eq(o.all.sum_lkj, 250);
    cr_assert_eq(o.score_bp, 7800);
    cr_assert_str_eq(o.category->code, "cukup_optimal", "exactly 78 %%");
    lki[6] = 25; /* 190 */
    items9(it, std250, lki);
    o = eval(&p, "pemetaan", NULL, it, 9);
    cr_assert_str_eq(o.category->code, "kurang_optimal", "76 %%");
    for (int i = 0; i < 9; i++)
        lki[i] = 20; /* 180 */
    lki[0] = 10;     /* 170 = 68 % */
    items9(it, std250, lki);
    o = eval(&p, "seleksi", NULL, it, 9);
    cr_assert_eq(o.all.sum_lki, 170);
    cr_assert_eq(o.score_bp, 6800);
    cr_assert_str_eq(o.category->code, "mms", "exactly 68 %%");
    lki[1] = 15; /* 165 */
    items9(it, std250, lki);
    o = eval(&p, "seleksi", NULL, it, 9);
    cr_assert_str_eq(o.category->code, "kms");
}

Test(scoring, cap_total_item_none)
{
    struct scoring_policy p;
    struct scoring_item it[9];
    /* one surplus (5 vs 3) and three gaps: raw 260/270, item-capped 240/270 */
    const int lki[9] = {50, 20, 20, 20, 30, 30, 30, 30, 30};
    const int lki_hi[9] = {50, 50, 30, 30, 30, 30, 30, 30, 30}; /* 310 / 270 */
    struct scoring_outcome o;

    scoring_default(&p);
    items9_flat(it, 30, lki);
    p.cap = JPM_CAP_TOTAL;
    o = eval(&p, "pemetaan", NULL, it, 9);
    cr_assert_eq(o.all.sum_lki, 260);
    cr_assert_eq(o.score_bp, 9630);
    cr_assert_str_eq(o.category->code, "optimal", "a surplus hides the gaps under TOTAL");
    p.cap = JPM_CAP_ITEM;
    o = eval(&p, "pemetaan", NULL, it, 9);
    cr_assert_eq(o.all.sum_lki, 240);
    cr_assert_eq(o.all.jpm_bp, 8889);
    cr_assert_eq(o.score_bp, 8889);
    cr_assert_str_eq(o.category->code, "cukup_optimal", "but not under ITEM");

    items9_flat(it, 30, lki_hi);
    p.cap = JPM_CAP_TOTAL;
    o = eval(&p, "pemetaan", NULL, it, 9);
    cr_assert_eq(o.all.jpm_bp, 11481);
    cr_assert_eq(o.all.jpm_cap_bp, 10000);
    cr_assert_eq(o.score_bp, 10000);
    p.cap = JPM_CAP_NONE;
    o = eval(&p, "pemetaan", NULL, it, 9);
    cr_assert_eq(o.score_bp, 11481);
    cr_assert_str_eq(o.category->code, "optimal");
    p.cap = JPM_CAP_ITEM;
    o = eval(&p, "pemetaan", NULL, it, 9);
    cr_assert_eq(o.all.sum_lki, 270);
    cr_assert_eq(o.score_bp, 10000);
}

Test(scoring, weighting_by_jenjang)
{
    struct scoring_policy p;
    struct scoring_item it[11];
    const int lki[9] = {40, 40, 40, 40, 40, 40, 40, 40, 40};
    struct scoring_outcome o;

    scoring_default(&p);
    items9_flat(it, 40, lki);
    it[9] = (struct scoring_item){"T.01", SCORING_TEKNIS, 40, 20};
    it[10] = (struct scoring_item){"T.02", SCORING_TEKNIS, 40, 20};
    /* unweighted 400/440 = 90.91 % (optimal); technical 50 %, managerial 100 % */
    o = eval(&p, "pemetaan", "ahli_madya", it, 11);
    cr_assert_eq(o.all.jpm_bp, 9091);
    cr_assert_eq(o.weighted, 1);
    cr_assert_eq(o.teknis_pct, 40);
    cr_assert_eq(o.teknis_bp, 5000);
    cr_assert_eq(o.manajerial_bp, 10000);
    cr_assert_eq(o.score_bp, 8000, "40 %% x 50 + 60 %% x 100 = 80");
    cr_assert_str_eq(o.category->code, "cukup_optimal", "the weighted figure is categorised");
    o = eval(&p, "seleksi", "ahli_madya", it, 11);
    cr_assert_str_eq(o.category->code, "ms", "exactly 80 %% weighted");

    o = eval(&p, "pemetaan", "ahli_pertama", it, 11);
    cr_assert_eq(o.teknis_pct, 60);
    cr_assert_eq(o.score_bp, 7000);
    cr_assert_str_eq(o.category->code, "kurang_optimal");

    /* a jenjang without a weight: plain JPM */
    o = eval(&p, "pemetaan", "administrator", it, 11);
    cr_assert_eq(o.weighted, 0);
    cr_assert_eq(o.score_bp, 9091);
    cr_assert_str_eq(o.category->code, "optimal");
    o = eval(&p, "pemetaan", NULL, it, 11);
    cr_assert_eq(o.weighted, 0);

    /* ahli_madya without technical items: no weighting */
    o = eval(&p, "pemetaan", "ahli_madya", it, 9);
    cr_assert_eq(o.weighted, 0);
    cr_assert_eq(o.teknis_pct, 0);
    cr_assert_eq(o.score_bp, 10000);
    /* only technical items: nothing to weigh against either */
    o = eval(&p, "pemetaan", "ahli_madya", it + 9, 2);
    cr_assert_eq(o.weighted, 0);
    cr_assert_eq(o.score_bp, 5000);

    /* the parts are capped like the whole */
    it[9].lki = 50;
    it[10].lki = 50;
    o = eval(&p, "pemetaan", "ahli_madya", it, 11);
    cr_assert_eq(o.teknis_bp, 10000);
    cr_assert_eq(o.score_bp, 10000);
}

Test(scoring, potential)
{
    struct scoring_policy p;
    struct scoring_item it[9];
    const int lki[9] = {30, 30, 30, 30, 30, 30, 30, 30, 30};
    int pot[8] = {30, 30, 30, 30, 30, 30, 30, 30};
    struct scoring_outcome o;

    scoring_default(&p);
    items9_flat(it, 30, lki);
    cr_assert_eq(scoring_evaluate(&p, "pemetaan", NULL, it, 9, pot, 8, &o), 0);
    cr_assert_eq(o.has_potential, 1);
    cr_assert_eq(o.potential_sum, 240);
    cr_assert_eq(o.potential_max, 240);
    cr_assert_eq(o.potential_bp, 10000);
    cr_assert_str_eq(o.potential_category->code, "tinggi");

    pot[0] = 20;
    pot[1] = 20; /* 220 / 240 = 91.67 % */
    cr_assert_eq(scoring_evaluate(&p, "pemetaan", NULL, it, 9, pot, 8, &o), 0);
    cr_assert_eq(o.potential_bp, 9167);
    cr_assert_str_eq(o.potential_category->code, "tinggi");
    pot[2] = 20; /* 210 / 240 = 87.5 % */
    cr_assert_eq(scoring_evaluate(&p, "pemetaan", NULL, it, 9, pot, 8, &o), 0);
    cr_assert_eq(o.potential_bp, 8750);
    cr_assert_str_eq(o.potential_category->code, "menengah");
    pot[3] = 20;
    pot[4] = 20; /* 190 / 240 = 79.17 % */
    cr_assert_eq(scoring_evaluate(&p, "pemetaan", NULL, it, 9, pot, 8, &o), 0);
    cr_assert_eq(o.potential_bp, 7917);
    cr_assert_str_eq(o.potential_category->code, "menengah");
    pot[5] = 20; /* 180 / 240 = 75 % */
    cr_assert_eq(scoring_evaluate(&p, "pemetaan", NULL, it, 9, pot, 8, &o), 0);
    cr_assert_eq(o.potential_bp, 7500);
    cr_assert_str_eq(o.potential_category->code, "rendah");
    /* 5 aspects x standard 3 = 15; 13.5 / 15 = exactly 90 % */
    {
        int five[5] = {30, 30, 30, 25, 20};
        cr_assert_eq(scoring_evaluate(&p, "pemetaan", NULL, it, 9, five, 5, &o), 0);
        cr_assert_eq(o.potential_bp, 9000);
        cr_assert_str_eq(o.potential_category->code, "tinggi");
    }
    /* the competency part is not affected */
    cr_assert_eq(o.score_bp, 10000);

    pot[7] = 55;
    cr_assert_eq(scoring_evaluate(&p, "pemetaan", NULL, it, 9, pot, 8, &o), -1);
    pot[7] = 5;
    cr_assert_eq(scoring_evaluate(&p, "pemetaan", NULL, it, 9, pot, 8, &o), -1);
}

Test(scoring, strengths_and_development_areas)
{
    struct scoring_policy p;
    struct scoring_item it[9];
    /* gaps: +1, 0, -1, +2, -2, 0, +1, 0, -0.5 */
    const int lki[9] = {40, 30, 20, 50, 10, 30, 40, 30, 25};
    struct scoring_outcome o;

    scoring_default(&p);
    items9_flat(it, 30, lki);
    o = eval(&p, "pemetaan", NULL, it, 9);
    cr_assert_eq(o.nstrengths, 3, "at most strengths_max");
    cr_assert_eq(o.strengths[0], 3, "best first");
    cr_assert_eq(o.strengths[1], 0, "ties keep the SKJ order");
    cr_assert_eq(o.strengths[2], 6);
    cr_assert_eq(o.ndevelop, 3);
    cr_assert_eq(o.develop[0], 4, "largest gap first");
    cr_assert_eq(o.develop[1], 2);
    cr_assert_eq(o.develop[2], 8);

    p.strengths_max = 5;
    o = eval(&p, "pemetaan", NULL, it, 9);
    cr_assert_eq(o.nstrengths, 5);
    cr_assert_eq(o.strengths[3], 1, "gap 0 counts as a strength");
    cr_assert_eq(o.strengths[4], 5);
    p.strengths_max = 0;
    o = eval(&p, "pemetaan", NULL, it, 9);
    cr_assert_eq(o.nstrengths, 0);
    cr_assert_eq(o.ndevelop, 3, "development areas are never cut");

    /* everyone at standard: all strengths, no development */
    {
        const int flat[9] = {30, 30, 30, 30, 30, 30, 30, 30, 30};
        scoring_default(&p);
        items9_flat(it, 30, flat);
        o = eval(&p, "pemetaan", NULL, it, 9);
        cr_assert_eq(o.ndevelop, 0);
        cr_assert_eq(o.nstrengths, 3);
        cr_assert_eq(o.strengths[0], 0);
        cr_assert_eq(o.strengths[2], 2);
    }
}

Test(scoring, evaluate_refuses_bad_input)
{
    struct scoring_policy p;
    struct scoring_item it[SCORING_MAX_ITEMS + 1];
    struct scoring_outcome o;
    const int lki[9] = {30, 30, 30, 30, 30, 30, 30, 30, 30};

    scoring_default(&p);
    items9_flat(it, 30, lki);
    cr_assert_eq(scoring_evaluate(&p, "pemetaan", NULL, it, 0, NULL, 0, &o), -1);
    it[2].lki = 60;
    cr_assert_eq(scoring_evaluate(&p, "pemetaan", NULL, it, 9, NULL, 0, &o), -1);
    it[2].lki = 30;
    it[3].lkj = 0;
    cr_assert_eq(scoring_evaluate(&p, "pemetaan", NULL, it, 9, NULL, 0, &o), -1);
    for (size_t i = 0; i < SCORING_MAX_ITEMS + 1; i++)
        it[i] = (struct scoring_item){"X", SCORING_MANAJERIAL, 30, 30};
    cr_assert_eq(scoring_evaluate(&p, "pemetaan", NULL, it, SCORING_MAX_ITEMS, NULL, 0, &o), 0);
    cr_assert_eq(scoring_evaluate(&p, "pemetaan", NULL, it, SCORING_MAX_ITEMS + 1, NULL, 0, &o),
                 -1);
}
