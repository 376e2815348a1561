/*
 * fit.h - the fit matrix: assessed people against positions.
 *
 * A cell is one person against one position: the JPM of the person's final
 * levels (LKI) against the position's SKJ (competencies and required levels,
 * LKJ), with the counts and gaps that explain it and whether the person
 * meets the position's golongan and education requirements. It answers
 * "which positions suit this person" (fit_rank_positions), "who suits this
 * position" (fit_rank_people), and both at once for a whole kabupaten
 * (fit_matrix_topk) or a small set (fit_matrix_full).
 *
 * Coverage: the JPM is taken over the SKJ items the person has a level for.
 * A person assessed for one position usually has no level for the technical
 * competencies of another, and counting those as 0 would rank every
 * position by how much its SKJ overlaps the person's own; they are left out
 * and counted instead (covered < n), and covered is a ranking key of its own.
 *
 * Semantics are jpm.h's exactly: levels in tenths (10..50; 0 = not
 * assessed), basis points rounded half up, the cap modes, and the category
 * by exact cross-multiplication on the sums (jpm_categorise), so a cell
 * always agrees with jpm_compute over its covered items.
 *
 * Ranking ("best first", the same from both sides):
 *   1. requirements met (unmet == 0) before not met;
 *   2. higher jpm_bp;
 *   3. more covered items;
 *   4. smaller |gap_sum|;
 *   5. lower index in the caller's array (so the order is total and the
 *      same on every run).
 * Ranks are 1-based positions in that order; no two cells share a rank.
 *
 * Pure and reentrant: no I/O, no global state. Inputs are borrowed for the
 * duration of a call; results are allocated with xmalloc (never NULL, abort
 * on out of memory) and owned by the caller.
 *
 * Errors: every function returns 0, or -1 for unusable input, checked
 * before any work (then nothing is allocated and *out is untouched): an
 * unknown cap, a scale jpm_scale_check refuses, ncomp above FIT_NCOMP_MAX,
 * a level other than 0 or 10..50 in a person, an SKJ with more than
 * FIT_SKJ_MAX items, a competency index >= ncomp, a competency listed twice
 * in one SKJ, an LKJ outside 10..50, a negative rank, gol_min_rank >
 * gol_max_rank (both set), more than INT32_MAX people or positions, k == 0,
 * more than UINT32_MAX SKJ items in all, each SKJ rounded up to a multiple
 * of 4 (fit_matrix_topk), a matrix too large to address (fit_matrix_full).
 */
#ifndef MERIT_DOMAIN_FIT_H
#define MERIT_DOMAIN_FIT_H

#include <stddef.h>
#include <stdint.h>

#include "domain/jpm.h"

#define FIT_SKJ_MAX 255     /* items in one SKJ: 255 x 5.0 keeps a cell's sums in 14 bits */
#define FIT_NCOMP_MAX 65536 /* competency indexes are uint16_t */

/* fit_cell.unmet: the requirements a person does NOT meet; 0 = meets all */
#define FIT_REQ_GOLONGAN_LOW 0x01      /* golongan below the position's minimum */
#define FIT_REQ_GOLONGAN_HIGH 0x02     /* golongan above the position's maximum */
#define FIT_REQ_EDUCATION 0x04         /* education below the position's minimum */
#define FIT_REQ_GOLONGAN_UNKNOWN 0x08  /* a golongan requirement, and gol_rank is 0 */
#define FIT_REQ_EDUCATION_UNKNOWN 0x10 /* an education requirement, and edu_rank is 0 */

struct fit_person {
    int64_t id;         /* the caller's; copied nowhere, for the caller's own use */
    const uint8_t *lki; /* ncomp levels, tenths, 0 = not assessed; NULL = none assessed */
    int gol_rank;       /* golongan as an ordinal (I/a = 1, ...), 0 = unknown or not PNS */
    int edu_rank;       /* education as an ordinal (SD = 1, ...), 0 = unknown */
};

struct fit_position {
    int64_t id;
    size_t n;             /* SKJ items, 0..FIT_SKJ_MAX */
    const uint16_t *comp; /* n competency indexes, < ncomp, each at most once */
    const uint8_t *lkj;   /* n required levels, tenths, 10..50 */
    int gol_min_rank;     /* 0 = no requirement */
    int gol_max_rank;     /* 0 = no requirement */
    int edu_min_rank;     /* 0 = no requirement */
};

struct fit_cell {
    int32_t person, position; /* indexes into the caller's arrays (0 for the one person or
                                 position of fit_cell_eval and the fit_rank_* functions) */
    int32_t jpm_bp;           /* under the cap mode, basis points (9630 = 96.30 %) */
    int32_t sum_lki, sum_lkj; /* over covered items; sum_lki after the per-item cap for
                                 JPM_CAP_ITEM, raw otherwise (JPM_CAP_TOTAL caps only jpm_bp) */
    int16_t covered;          /* SKJ items the person has a level for */
    int16_t below;            /* covered items under standard */
    int16_t gap_sum;          /* sum of negative gaps over covered items, tenths, <= 0 */
    int8_t category;          /* index into scale->cat, -1 when covered == 0 */
    uint8_t unmet;            /* FIT_REQ_* bits, 0 = meets every requirement */
    int32_t rank_person;      /* this position's rank among the person's positions, 1-based;
                                 0 = not ranked (or, in top-k lists, not in the top k) */
    int32_t rank_position;    /* this person's rank among the position's people, same rules */
};

/**
 * One cell: person p against position q. covered == 0 gives jpm_bp 0,
 * sums 0 and category -1. rank_person and rank_position are 0.
 */
int fit_cell_eval(const struct fit_person *p, const struct fit_position *q, size_t ncomp,
                  enum jpm_cap cap, const struct jpm_scale *scale, struct fit_cell *out);

/**
 * Person p against every position (what `merit fit person NIP` shows):
 * *out = npositions cells, best first, rank_person filled (rank_position 0),
 * person 0, position the index into positions. The caller frees *out; it is
 * NULL when npositions is 0.
 */
int fit_rank_positions(const struct fit_person *p, const struct fit_position *positions,
                       size_t npositions, size_t ncomp, enum jpm_cap cap,
                       const struct jpm_scale *scale, struct fit_cell **out);

/**
 * Every person against position q (`merit fit position CODE`): *out =
 * npeople cells, best first, rank_position filled (rank_person 0), position
 * 0. The caller frees *out; NULL when npeople is 0.
 */
int fit_rank_people(const struct fit_position *q, const struct fit_person *people, size_t npeople,
                    size_t ncomp, enum jpm_cap cap, const struct jpm_scale *scale,
                    struct fit_cell **out);

/**
 * Every cell of a small set (a wave of a few hundred people against a few
 * thousand positions; memory is npeople x npositions cells): *out is the
 * matrix by person, cell (i, j) at (*out)[i * npositions + j], with both
 * ranks filled. The caller frees *out; NULL when either count is 0.
 */
int fit_matrix_full(const struct fit_person *people, size_t npeople,
                    const struct fit_position *positions, size_t npositions, size_t ncomp,
                    enum jpm_cap cap, const struct jpm_scale *scale, struct fit_cell **out);

/* The best k of every person and of every position (fit_matrix_topk). */
struct fit_topk {
    size_t npeople, npositions;
    size_t kp; /* cells per person list: min(k, npositions) */
    size_t kq; /* cells per position list: min(k, npeople) */
    /* person i's positions, best first, at by_person[i * kp ... i * kp + kp - 1]: rank_person
     * 1..kp, rank_position the person's rank for that position when within its top kq, else 0 */
    struct fit_cell *by_person;
    /* position j's people at by_position[j * kq ...], the same way round */
    struct fit_cell *by_position;
};

/**
 * In one pass over all npeople x npositions pairs, the top k positions of
 * every person and the top k people of every position, exactly as
 * fit_matrix_full would rank them, without ever holding the matrix: memory
 * is O((npeople + npositions) * k) plus a packed copy of the levels
 * (npeople x the number of distinct competencies used by some SKJ bytes).
 * Single-threaded; about 9 ns a pair (15,000 x 5,551 in 0.75 s, bench/jpm).
 * On success *out is filled; release it with fit_topk_free.
 */
int fit_matrix_topk(const struct fit_person *people, size_t npeople,
                    const struct fit_position *positions, size_t npositions, size_t ncomp, size_t k,
                    enum jpm_cap cap, const struct jpm_scale *scale, struct fit_topk *out);

/** Frees the lists of t (not t itself) and zeroes it; t may be zeroed already. */
void fit_topk_free(struct fit_topk *t);

#endif
