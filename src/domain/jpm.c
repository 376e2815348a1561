#include "domain/jpm.h"

static int jpm_level_ok(int level)
{
    return level >= JPM_LEVEL_MIN && level <= JPM_LEVEL_MAX;
}

/* round(num / den) for num >= 0, den > 0, halves away from zero */
static int64_t jpm_div_round(int64_t num, int64_t den)
{
    return (2 * num + den) / (2 * den);
}

int jpm_gap(const struct jpm_item *item)
{
    return item->lki - item->lkj;
}

int jpm_compute(const struct jpm_item *items, size_t n, enum jpm_cap cap, struct jpm_result *out)
{
    struct jpm_result r = {0, 0, 0, 0, 0, 0};

    if (n == 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        int lki = items[i].lki, lkj = items[i].lkj;

        if (!jpm_level_ok(lki) || !jpm_level_ok(lkj))
            return -1;
        if (lki < lkj) {
            r.gap_sum += lki - lkj;
            r.below++;
        }
        r.sum_lki += cap == JPM_CAP_ITEM && lki > lkj ? lkj : lki;
        r.sum_lkj += lkj;
    }
    r.jpm_bp = jpm_div_round(r.sum_lki * 10000, r.sum_lkj);
    r.jpm_cap_bp = cap == JPM_CAP_TOTAL && r.jpm_bp > 10000 ? 10000 : r.jpm_bp;
    *out = r;
    return 0;
}

void jpm_scale_mapping(struct jpm_scale *s)
{
    *s = (struct jpm_scale){
        "pemetaan",
        "Peraturan BRIN No. 3/2023 Pasal 33 [P]; common regional practice [I]",
        3,
        {{"optimal", "Optimal", "Optimal", 9000},
         {"cukup_optimal", "Cukup Optimal", "Fairly optimal", 7800},
         {"kurang_optimal", "Kurang Optimal", "Less than optimal", 0}},
    };
}

void jpm_scale_selection(struct jpm_scale *s)
{
    *s = (struct jpm_scale){
        "seleksi",
        "JFKK inpassing test, Berita Negara 2020 No. 35, Kelulusan Uji Kompetensi [P]",
        3,
        {{"ms", "Memenuhi Syarat", "Meets requirements", 8000},
         {"mms", "Masih Memenuhi Syarat", "Still meets requirements", 6800},
         {"kms", "Kurang Memenuhi Syarat", "Does not meet requirements", 0}},
    };
}

int jpm_scale_check(const struct jpm_scale *s)
{
    if (s->n == 0 || s->n > JPM_SCALE_MAX || s->cat[s->n - 1].min_bp != 0)
        return -1;
    for (size_t i = 0; i < s->n; i++) {
        if (!s->cat[i].code || s->cat[i].min_bp < 0 || s->cat[i].min_bp > 10000)
            return -1;
        if (i && s->cat[i].min_bp >= s->cat[i - 1].min_bp)
            return -1;
    }
    return 0;
}

const struct jpm_category *jpm_categorise(const struct jpm_scale *s, int64_t sum_lki,
                                          int64_t sum_lkj)
{
    if (sum_lkj <= 0 || sum_lki < 0 || jpm_scale_check(s) != 0)
        return NULL;
    /* sum_lki / sum_lkj >= min_bp / 10000, without rounding anything */
    for (size_t i = 0; i < s->n; i++)
        if (sum_lki * 10000 >= s->cat[i].min_bp * sum_lkj)
            return &s->cat[i];
    return &s->cat[s->n - 1];
}

int64_t jpm_weighted_bp(int64_t a_bp, int64_t b_bp, int w_a)
{
    if (w_a < 0 || w_a > 100 || a_bp < 0 || b_bp < 0)
        return -1;
    return jpm_div_round(a_bp * w_a + b_bp * (100 - w_a), 100);
}

/* Puts a level in tenths on the policy grid (steps of 10, or 5 with half levels), half up. */
static int jpm_to_grid(int64_t tenths_x2, int allow_half)
{
    int64_t step = allow_half ? 5 : 10;

    /* tenths_x2 is twice the value, so halves of a tenth survive until this rounding */
    return (int)(jpm_div_round(tenths_x2, 2 * step) * step);
}

int jpm_integrate(const int *levels, size_t n, enum jpm_integration how, int allow_half, int *out)
{
    int count[JPM_LEVEL_MAX - JPM_LEVEL_MIN + 1] = {0};
    int64_t sum = 0;
    size_t seen = 0, lo_idx, hi_idx;
    int lo = 0, hi = 0, best = 0;

    if (n == 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (!jpm_level_ok(levels[i]))
            return -1;
        count[levels[i] - JPM_LEVEL_MIN]++;
        sum += levels[i];
    }
    switch (how) {
    case JPM_INTEGRATE_MEAN_ROUND:
        *out = jpm_to_grid(jpm_div_round(sum * 2, (int64_t)n), allow_half);
        return 0;
    case JPM_INTEGRATE_MODE:
        for (int v = 0; v <= JPM_LEVEL_MAX - JPM_LEVEL_MIN; v++)
            if (count[v] > best)
                best = count[v];
        /* the tied levels, each once, and their median */
        {
            int tied[JPM_LEVEL_MAX - JPM_LEVEL_MIN + 1], nt = 0;

            for (int v = 0; v <= JPM_LEVEL_MAX - JPM_LEVEL_MIN; v++)
                if (count[v] == best)
                    tied[nt++] = v + JPM_LEVEL_MIN;
            return jpm_integrate(tied, (size_t)nt, JPM_INTEGRATE_MEDIAN, allow_half, out);
        }
    case JPM_INTEGRATE_MEDIAN:
        lo_idx = (n - 1) / 2;
        hi_idx = n / 2;
        for (int v = 0; v <= JPM_LEVEL_MAX - JPM_LEVEL_MIN; v++) {
            if (count[v] == 0)
                continue;
            if (seen <= lo_idx && lo_idx < seen + (size_t)count[v])
                lo = v + JPM_LEVEL_MIN;
            if (seen <= hi_idx && hi_idx < seen + (size_t)count[v])
                hi = v + JPM_LEVEL_MIN;
            seen += (size_t)count[v];
        }
        *out = jpm_to_grid((int64_t)lo + hi, allow_half);
        return 0;
    }
    return -1;
}
