/*
 * talent.h - the talent box (kotak manajemen talenta, 9-box) of
 * PermenPAN-RB 3/2020 as amended by 20/2025: a performance axis and a
 * potential axis, each cut into three, give one of nine boxes with the
 * official label and follow-up (REGULATIONS.md 3.4); eligibility reasons
 * (never silent exclusions); what would move a person up a box.
 *
 * Scores are basis points of a 0-100 scale (9000 = 90.00) so cut-offs are
 * exact integers; how a score is made from SKP history, assessment results,
 * qualification, track record and integrity is the talent policy's
 * (struct talent_policy), never a constant here. Pure: dates are
 * parameters, nothing is allocated, strings are borrowed.
 */
#ifndef MERIT_DOMAIN_TALENT_H
#define MERIT_DOMAIN_TALENT_H

#include <stddef.h>
#include <stdint.h>

/* the three levels of an axis, in order */
enum talent_level { TALENT_LOW = 0, TALENT_MID = 1, TALENT_HIGH = 2 };

/* One box: number, labels and follow-up. */
struct talent_box {
    int box; /* 1..9 */
    enum talent_level performance, potential;
    const char *label_id, *label_en;
    const char *followup_id, *followup_en;
};

/** The box at (performance, potential): grid 4 7 9 / 2 5 8 / 1 3 6. */
const struct talent_box *talent_box_at(enum talent_level performance, enum talent_level potential);
/** Box 1..9, or NULL. */
const struct talent_box *talent_box_get(int box);
/** Legal basis of the boxes, labels and follow-ups. */
const char *talent_box_source(void);

/* ---- axes ---------------------------------------------------------------- */

/* An axis score is cut at two points: score >= high -> HIGH, >= mid -> MID, else LOW. */
struct talent_cuts {
    int64_t mid_bp, high_bp; /* 0 <= mid < high <= 10000 */
};
enum talent_level talent_cut(const struct talent_cuts *c, int64_t score_bp);

/* How one SKP year becomes a 0-100 score (performance axis). */
enum talent_perf_source {
    TALENT_PERF_RATING = 1,  /* rating hasil kerja: di_bawah / sesuai / di_atas */
    TALENT_PERF_PREDIKAT = 2 /* the annual predikat, mapped */
};
enum talent_perf_combine {
    TALENT_COMBINE_LATEST = 1, /* the most recent year in the window */
    TALENT_COMBINE_MEAN = 2,   /* mean of the years in the window, rounded half up */
    TALENT_COMBINE_MIN = 3     /* the worst year: a bad year is not averaged away */
};

#define TALENT_MAX_MAP 8
struct talent_map_entry {
    const char *code; /* "di_atas", "Sangat Baik", ... */
    int64_t score_bp;
};

struct talent_perf_policy {
    int years; /* the window: SKP years before the period year, 1..10 */
    enum talent_perf_source source;
    enum talent_perf_combine combine;
    size_t nmap;
    struct talent_map_entry map[TALENT_MAX_MAP]; /* rating or predikat -> score */
    struct talent_cuts cuts;
};

/* One SKP year as read from hist_skp. */
struct talent_skp {
    int year;
    const char *rating_hasil; /* di_atas | sesuai | di_bawah */
    const char *predikat;
};

/**
 * The performance score of the years in [period_year - years, period_year - 1].
 * Returns the number of years used (0: no data, *score untouched), or -1 when
 * a year's value is not in the policy's map.
 */
int talent_performance(const struct talent_perf_policy *p, int period_year,
                       const struct talent_skp *skp, size_t n, int64_t *score_bp);

/* Components of the potential axis. */
enum talent_component {
    TALENT_C_JPM = 1,       /* competency JPM of the latest valid result (capped at 100) */
    TALENT_C_POTENTIAL = 2, /* potential score of that result (capped at 100) */
    TALENT_C_QUALIFICATION = 3,
    TALENT_C_TRACK_RECORD = 4,
    TALENT_C_INTEGRITY = 5,
    TALENT_C_COUNT = 6
};

struct talent_weight {
    enum talent_component component;
    int weight_pct; /* the weights of a scheme add up to 100 */
};

#define TALENT_MAX_WEIGHTS 8
struct talent_pot_policy {
    size_t nweights;
    struct talent_weight weights[TALENT_MAX_WEIGHTS];
    struct talent_cuts cuts;
};

/* A person's component scores (basis points 0-10000); has[c] = 0 when unknown. */
struct talent_inputs {
    int64_t score[TALENT_C_COUNT];
    int has[TALENT_C_COUNT];
};

/**
 * The weighted potential score (rounded half up). Returns 0, or -1 when a
 * weighted component is missing (then *missing gets the first one).
 */
int talent_potential(const struct talent_pot_policy *p, const struct talent_inputs *in,
                     int64_t *score_bp, enum talent_component *missing);

/* ---- eligibility ------------------------------------------------------------ */

struct talent_sanction {
    const char *level;       /* ringan | sedang | berat */
    const char *start, *end; /* ISO dates; end may be NULL (open) */
};

struct talent_elig_policy {
    int lookback_months; /* a sanction counts when it ran within this many months before */
    int block_sedang, block_berat, block_ringan; /* which levels exclude */
};

enum talent_reason {
    TALENT_R_SANCTION = 1, /* a blocking sanction in the look-back window */
    TALENT_R_NO_SKP = 2,   /* no SKP year in the window */
    TALENT_R_NO_RESULT = 3 /* no valid finalised assessment result */
};

/**
 * 1 when a sanction of a blocking level overlaps the look-back window ending
 * on date (ISO), else 0. *which gets its index when found.
 */
int talent_sanction_blocks(const struct talent_elig_policy *p, const char *date,
                           const struct talent_sanction *s, size_t n, size_t *which);

/* ---- what would move a person up --------------------------------------------- */

struct talent_gap {
    int axis;          /* 0 = performance, 1 = potential */
    int64_t score_bp;  /* where the person is */
    int64_t needed_bp; /* the cut of the next level up */
};

/**
 * The moves that lead to a better box: for each axis not at HIGH, the score
 * the next level needs. Returns how many (0..2) were written to out.
 */
int talent_moves_up(const struct talent_cuts *perf, const struct talent_cuts *pot, int64_t perf_bp,
                    int64_t pot_bp, struct talent_gap out[2]);

/**
 * Which record moves performance up: the first year in the window whose
 * value, raised to `code` (a key of the policy's map), lifts the
 * performance score to at least target_bp. Returns the year, or 0 when no
 * single year does.
 */
int talent_perf_year_to_raise(const struct talent_perf_policy *p, int period_year,
                              const struct talent_skp *skp, size_t n, const char *code,
                              int64_t target_bp);

/**
 * Which score moves potential up: the value component c must reach (the
 * others as they are) for the weighted potential to reach target_bp.
 * Returns 0 with *needed_bp, or -1 when c is not weighted or even 100 is
 * not enough.
 */
int talent_component_needed(const struct talent_pot_policy *p, const struct talent_inputs *in,
                            enum talent_component c, int64_t target_bp, int64_t *needed_bp);

/**
 * Sensitivity: how many of n people change box when cut `which` (0 = perf
 * mid, 1 = perf high, 2 = potential mid, 3 = potential high) moves by
 * delta_bp. Scores are pairs (perf, potential).
 */
long talent_sensitivity(const struct talent_cuts *perf, const struct talent_cuts *pot,
                        const int64_t (*scores)[2], size_t n, int which, int64_t delta_bp);

/* ---- the policy as a whole ---------------------------------------------------- */

#define TALENT_MAX_BUP 16
struct talent_bup {
    const char *jenjang;
    int age;
};

/* Succession readiness: ready now / in 1-2 years / in 3+ years. */
enum talent_readiness { TALENT_READY_NOW = 0, TALENT_READY_SOON = 1, TALENT_READY_LATER = 2 };

struct talent_ready_policy {
    int64_t now_jpm_bp;  /* JPM to the target position for "now" */
    int now_min_box;     /* and a box at least this (in the pool order 7 < 8 < 9) */
    int64_t soon_jpm_bp; /* JPM for "1-2 years"; below: "3+ years" */
    int slate_size;      /* candidates per key position */
};

struct talent_policy {
    struct talent_perf_policy perf;
    struct talent_pot_policy pot;
    struct talent_elig_policy elig;
    int pool_min_box; /* boxes from this one up form the talent pool (7: boxes 7, 8, 9) */
    /* vacancy forecast: retirement age by jenjang (else default_bup), JPT cap in years */
    size_t nbup;
    struct talent_bup bup[TALENT_MAX_BUP];
    int default_bup;
    int jpt_cap_years;
    struct talent_ready_policy ready;
    const char *source;
};

/**
 * Readiness of a candidate for a position: NOW when the JPM to it reaches
 * now_jpm_bp, the box is at least now_min_box and every requirement is met;
 * SOON when the JPM reaches soon_jpm_bp; LATER otherwise.
 */
enum talent_readiness talent_readiness(const struct talent_ready_policy *p, int64_t jpm_bp, int box,
                                       int requirements_met);

/** The retirement age for a jenjang under p. */
int talent_bup_for(const struct talent_policy *p, const char *jenjang);

/**
 * The default a new agency starts from (REGULATIONS.md 3.2-3.5): SKP rating
 * hasil kerja of the last 2 years, averaged (di bawah 0, sesuai 50, di atas
 * 100; "di atas" needs both years above), cut at 50/100; potential = mean of
 * competency JPM and potential score, cut at 78/90 (the JPM-based regional
 * scheme); a moderate or heavy sanction within 24 months excludes; pool =
 * boxes 7-9; retirement at 58, 60 for JPT and JF Ahli Madya, 65 for JF Ahli
 * Utama; the JPT cap at 5 years.
 */
void talent_default(struct talent_policy *p);
/** NULL when usable, else the name of the first bad field. */
const char *talent_check(const struct talent_policy *p);

#endif
