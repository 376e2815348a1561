/*
 * jpm.h - job-person match (JPM), competency gaps, categories and the
 * integration of assessors' levels into one level per competency.
 *
 *   JPM = sum(LKI) / sum(LKJ) x 100        (REGULATIONS.md 1.1)
 *
 * Pure and exact: levels are whole tenths (35 = level 3.5, so half levels fit),
 * sums are integers, and a category boundary is decided by integer
 * cross-multiplication, never by a rounded percentage, so "exactly 90 %" is
 * always Optimal. Percentages for display are in hundredths of a percent
 * (basis points, 9630 = 96.30 %), rounded half up.
 *
 * The scales (labels, cut-offs, their legal source) are policy data: the
 * built-in ones below are the defaults a scoring policy starts from.
 */
#ifndef MERIT_DOMAIN_JPM_H
#define MERIT_DOMAIN_JPM_H

#include <stddef.h>
#include <stdint.h>

#define JPM_LEVEL_MIN 10 /* level 1.0 in tenths */
#define JPM_LEVEL_MAX 50 /* level 5.0 */

struct jpm_item {
    int lkj; /* required level (standard), tenths */
    int lki; /* achieved level, tenths */
};

enum jpm_cap {
    JPM_CAP_NONE = 0,  /* raw: above 100 % allowed */
    JPM_CAP_TOTAL = 1, /* min(JPM, 100 %) */
    JPM_CAP_ITEM =
        2, /* sum(min(LKI, LKJ)) / sum(LKJ): surplus on one competency cannot hide a gap */
};

struct jpm_result {
    int64_t sum_lki; /* after per-item capping when JPM_CAP_ITEM */
    int64_t sum_lkj;
    int64_t jpm_bp;     /* raw JPM in basis points (before JPM_CAP_TOTAL) */
    int64_t jpm_cap_bp; /* JPM under the policy's capping */
    int64_t gap_sum;    /* sum of negative gaps (LKI - LKJ < 0), tenths, <= 0 */
    int below;          /* number of competencies under standard */
};

/**
 * Computes JPM over n items. Returns 0, or -1 when n is 0 or a level is
 * outside 1.0-5.0 (then *out is untouched).
 */
int jpm_compute(const struct jpm_item *items, size_t n, enum jpm_cap cap, struct jpm_result *out);

/** Gap of one competency in tenths: LKI - LKJ (negative = under standard). */
int jpm_gap(const struct jpm_item *item);

#define JPM_SCALE_MAX 6

struct jpm_category {
    const char *code;     /* "optimal", "ms", ... */
    const char *label_id; /* "Cukup Optimal" */
    const char *label_en;
    int64_t min_bp; /* lowest JPM (basis points) in this category; the last one is 0 */
};

struct jpm_scale {
    const char *code;   /* "pemetaan", "seleksi" */
    const char *source; /* legal basis of the cut-offs */
    size_t n;
    struct jpm_category cat[JPM_SCALE_MAX]; /* by min_bp, highest first */
};

/** Optimal >= 90, Cukup Optimal >= 78, Kurang Optimal (mapping; Peraturan BRIN 3/2023 Ps 33). */
void jpm_scale_mapping(struct jpm_scale *s);
/** MS >= 80, MMS >= 68, KMS (selection / competency test; JFKK inpassing 35/2020). */
void jpm_scale_selection(struct jpm_scale *s);
/** 0 if the scale is usable: 1..JPM_SCALE_MAX categories, strictly decreasing, last at 0. */
int jpm_scale_check(const struct jpm_scale *s);
/**
 * The category of sum_lki / sum_lkj on scale s (by exact comparison), or
 * NULL when sum_lkj <= 0 or the scale is unusable. With JPM_CAP_TOTAL the
 * category never changes (every scale tops out at or below 100 %).
 */
const struct jpm_category *jpm_categorise(const struct jpm_scale *s, int64_t sum_lki,
                                          int64_t sum_lkj);

/**
 * Weighted JPM in basis points: w_a percent of a plus (100 - w_a) percent of
 * b (technical vs managerial by jenjang, e.g. Ahli Madya 40/60). Rounded half
 * up. Returns -1 when w_a is outside 0..100.
 */
int64_t jpm_weighted_bp(int64_t a_bp, int64_t b_bp, int w_a);

enum jpm_integration {
    JPM_INTEGRATE_MEDIAN = 1,
    JPM_INTEGRATE_MODE = 2,      /* most frequent; a tie takes the median of the tied levels */
    JPM_INTEGRATE_MEAN_ROUND = 3 /* mean, rounded half up to the level grid */
};

/**
 * Proposes one level (tenths) from assessors' provisional levels. The result
 * is on the policy's grid: whole levels, or half levels when allow_half. The
 * median of an even count is the mean of the middle two, then put on the grid
 * (half up). Returns 0, or -1 for no levels or a level outside 1.0-5.0.
 */
int jpm_integrate(const int *levels, size_t n, enum jpm_integration how, int allow_half, int *out);

#endif
