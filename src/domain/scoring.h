/*
 * scoring.h - a scoring policy and what it makes of one assessed person:
 * JPM (raw, capped, weighted), its category, the potential score and
 * category, strengths, development areas and the development plan, and the
 * norm tables that turn an instrument's raw score into a level.
 *
 * A policy is data (services/policy.c reads it from a versioned JSON row);
 * scoring_default() is the policy a new agency starts from, every number in
 * it tagged with its source in REGULATIONS.md. Pure: strings in a policy are
 * borrowed (the caller keeps them alive), nothing here allocates.
 *
 * Levels are tenths (35 = 3.5), JPM figures basis points (see jpm.h).
 */
#ifndef MERIT_DOMAIN_SCORING_H
#define MERIT_DOMAIN_SCORING_H

#include <stddef.h>
#include <stdint.h>

#include "domain/jpm.h"

#define SCORING_MAX_SCALES 4
#define SCORING_MAX_WEIGHTS 16
#define SCORING_MAX_NORMS 32
#define SCORING_MAX_BANDS 16
#define SCORING_MAX_DEV 16

/* what a wave is for (wave.purpose); each has its category scale */
struct scoring_purpose_scale {
    const char *purpose; /* "pemetaan", "seleksi", "promosi" */
    struct jpm_scale scale;
};

/* technical vs managerial weighting for one jenjang (JFKK 35/2020 style) */
struct scoring_weight {
    const char *jenjang;
    int teknis_pct; /* 0..100; managerial + socio-cultural get the rest */
};

/* raw score >= min_x100 (hundredths) gives level; bands by min ascending */
struct scoring_band {
    int64_t min_x100;
    int level; /* tenths */
};
struct scoring_norm {
    const char *instrument; /* a method kind: psikometri, intelegensi, integritas, tes_tertulis */
    const char *target;     /* a competency or potential-aspect code, or "*" for any */
    size_t n;
    struct scoring_band band[SCORING_MAX_BANDS];
};

/* one row of the development table: a gap in [gap_min, gap_max] (tenths) */
struct scoring_dev {
    int gap_min, gap_max;
    const char *kind; /* coaching, mentoring, pelatihan_klasikal, ... */
    const char *label_id;
    const char *label_en;
};

struct scoring_policy {
    size_t nscales;
    struct scoring_purpose_scale scales[SCORING_MAX_SCALES];
    enum jpm_cap cap;
    enum jpm_integration integration;
    int allow_half;         /* half levels in evidence and decisions */
    int min_methods;        /* methods per competency in the wave matrix (below: a warning) */
    int min_assessors;      /* assessors per participant */
    int validity_months;    /* how long a result is valid */
    int potential_standard; /* tenths; potential JPM = sum / (standard x aspects) */
    struct jpm_scale potential_scale;
    int strengths_max; /* how many strengths a report lists */
    size_t nweights;
    struct scoring_weight weights[SCORING_MAX_WEIGHTS];
    size_t nnorms;
    struct scoring_norm norms[SCORING_MAX_NORMS];
    size_t ndev;
    struct scoring_dev dev[SCORING_MAX_DEV];
    const char *source; /* the legal basis and confidence of the defaults */
};

/** Fills p with the built-in default policy (static strings). */
void scoring_default(struct scoring_policy *p);

/**
 * NULL when p is usable, else the name of the first offending field
 * ("scales[1]", "weights[0].teknis_pct", "dev", ...) for the error message.
 * Checks: one scale per purpose (pemetaan, seleksi, promosi; no other, none
 * twice), every scale usable (jpm_scale_check), integration and cap known,
 * counts in range, norm bands ascending with levels 1.0-5.0 on the policy's
 * grid, development rows not overlapping.
 */
const char *scoring_check(const struct scoring_policy *p);

/** The scale for a wave purpose; the first scale when the purpose has none. */
const struct jpm_scale *scoring_scale(const struct scoring_policy *p, const char *purpose);

/** 1 when level (tenths) is on the policy's grid: whole levels, or halves when allowed. */
int scoring_level_ok(const struct scoring_policy *p, int level);

/**
 * The level for an instrument's raw score (hundredths) through the norm
 * table for (instrument, target), falling back to (instrument, "*").
 * Returns 0, or -1 when there is no such table or raw is below its first band.
 */
int scoring_norm_level(const struct scoring_policy *p, const char *instrument, const char *target,
                       int64_t raw_x100, int *level);

/** The development row for a gap (tenths), or NULL when none applies. */
const struct scoring_dev *scoring_development(const struct scoring_policy *p, int gap);

enum scoring_kind { SCORING_MANAJERIAL = 1, SCORING_SOSIAL_KULTURAL = 2, SCORING_TEKNIS = 3 };

struct scoring_item {
    const char *code;
    enum scoring_kind kind;
    int lkj, lki; /* tenths */
};

#define SCORING_MAX_ITEMS 64

struct scoring_outcome {
    struct jpm_result all; /* every item, under the policy's cap */
    int weighted;          /* 1 when a jenjang weight applied (technical items present) */
    int teknis_pct;
    int64_t teknis_bp, manajerial_bp; /* per part, capped like the whole */
    int64_t score_bp;                 /* the figure categorised: capped JPM, or the weighted one */
    const struct jpm_category *category;
    int has_potential;
    int64_t potential_sum, potential_max, potential_bp;
    const struct jpm_category *potential_category;
    /* indexes into items: strengths best first, development areas largest gap first */
    size_t nstrengths, ndevelop;
    size_t strengths[SCORING_MAX_ITEMS];
    size_t develop[SCORING_MAX_ITEMS];
};

/**
 * Scores one person: items against their standards (1..SCORING_MAX_ITEMS),
 * potential aspect levels (npot may be 0), for a target position of jenjang
 * under the scale of purpose. Returns 0, or -1 when n is out of range or a
 * level is outside 1.0-5.0.
 */
int scoring_evaluate(const struct scoring_policy *p, const char *purpose, const char *jenjang,
                     const struct scoring_item *items, size_t n, const int *potential, size_t npot,
                     struct scoring_outcome *out);

#endif
