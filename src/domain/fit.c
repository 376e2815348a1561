#include "domain/fit.h"

#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"

/* The sums of one cell before they become a percentage. */
struct fit_sums {
    uint32_t sum_lki, sum_lkj, covered, below;
    int32_t gap_sum;
};

/* A cell's place in the ranking: score (keys 1-4 packed, higher is better) and index (key 5). */
struct fit_key {
    uint64_t score;
    int32_t idx;
};

static int fit_level_ok(int level)
{
    return level >= JPM_LEVEL_MIN && level <= JPM_LEVEL_MAX;
}

static int fit_args_ok(size_t ncomp, enum jpm_cap cap, const struct jpm_scale *scale)
{
    if (cap != JPM_CAP_NONE && cap != JPM_CAP_TOTAL && cap != JPM_CAP_ITEM)
        return 0;
    return ncomp <= FIT_NCOMP_MAX && scale && jpm_scale_check(scale) == 0;
}

static int fit_person_ok(const struct fit_person *p, size_t ncomp)
{
    if (p->gol_rank < 0 || p->edu_rank < 0)
        return 0;
    for (size_t c = 0; p->lki && c < ncomp; c++)
        if (p->lki[c] != 0 && !fit_level_ok(p->lki[c]))
            return 0;
    return 1;
}

static int fit_position_ok(const struct fit_position *q, size_t ncomp)
{
    if (q->n > FIT_SKJ_MAX || (q->n && (!q->comp || !q->lkj)))
        return 0;
    if (q->gol_min_rank < 0 || q->gol_max_rank < 0 || q->edu_min_rank < 0)
        return 0;
    if (q->gol_min_rank && q->gol_max_rank && q->gol_min_rank > q->gol_max_rank)
        return 0;
    for (size_t t = 0; t < q->n; t++) {
        if (q->comp[t] >= ncomp || !fit_level_ok(q->lkj[t]))
            return 0;
        /* a competency twice would count twice; n is small, so quadratic is cheaper than a set */
        for (size_t u = 0; u < t; u++)
            if (q->comp[u] == q->comp[t])
                return 0;
    }
    return 1;
}

static int fit_people_ok(const struct fit_person *people, size_t n, size_t ncomp)
{
    if (n > INT32_MAX)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!fit_person_ok(&people[i], ncomp))
            return 0;
    return 1;
}

static int fit_positions_ok(const struct fit_position *positions, size_t n, size_t ncomp)
{
    if (n > INT32_MAX)
        return 0;
    for (size_t j = 0; j < n; j++)
        if (!fit_position_ok(&positions[j], ncomp))
            return 0;
    return 1;
}

static unsigned fit_unmet(int gol, int edu, int gmin, int gmax, int emin)
{
    unsigned f = 0;

    if (gmin || gmax) {
        if (gol == 0)
            f |= FIT_REQ_GOLONGAN_UNKNOWN;
        else if (gmin && gol < gmin)
            f |= FIT_REQ_GOLONGAN_LOW;
        else if (gmax && gol > gmax)
            f |= FIT_REQ_GOLONGAN_HIGH;
    }
    if (emin) {
        if (edu == 0)
            f |= FIT_REQ_EDUCATION_UNKNOWN;
        else if (edu < emin)
            f |= FIT_REQ_EDUCATION;
    }
    return f;
}

/*
 * The hot loop of every matrix adds one table entry per SKJ item: the
 * item's whole contribution to the cell, packed so that the sums of a cell
 * are one 64-bit addition per item, with no branch on the data (whether a
 * level is there and whether it is under standard would mispredict) and no
 * field able to carry into the next under FIT_SKJ_MAX (255 x 50 < 2^14):
 *   bits  0-13 LKJ   14-27 LKI (capped at LKJ for JPM_CAP_ITEM)
 *   bits 28-41 |negative gap|   42-49 below   50-57 covered
 * The entry for LKI x LKJ is at [LKI << 6 | LKJ]; LKI 0 (not assessed)
 * contributes nothing.
 */
#define FIT_LUT_SHIFT 6

struct fit_lut {
    uint64_t v[(JPM_LEVEL_MAX + 1) << FIT_LUT_SHIFT];
};

static struct fit_lut *fit_lut_new(enum jpm_cap cap)
{
    struct fit_lut *t = xcalloc(1, sizeof(*t));

    for (uint64_t i = JPM_LEVEL_MIN; i <= JPM_LEVEL_MAX; i++)
        for (uint64_t j = JPM_LEVEL_MIN; j <= JPM_LEVEL_MAX; j++) {
            uint64_t lki = cap == JPM_CAP_ITEM && i > j ? j : i, lo = i < j;

            t->v[i << FIT_LUT_SHIFT | j] =
                j | lki << 14 | (lo ? j - i : 0) << 28 | lo << 42 | (uint64_t)1 << 50;
        }
    return t;
}

static inline void fit_unpack(uint64_t a, struct fit_sums *s)
{
    s->sum_lkj = (uint32_t)(a & 0x3FFF);
    s->sum_lki = (uint32_t)(a >> 14 & 0x3FFF);
    s->gap_sum = -(int32_t)(a >> 28 & 0x3FFF);
    s->below = (uint32_t)(a >> 42 & 0xFF);
    s->covered = (uint32_t)(a >> 50 & 0xFF);
}

/* The sums of one cell from the person's levels by competency (inputs checked). */
static void fit_sum(const struct fit_lut *t, const uint8_t *row, const uint16_t *comp,
                    const uint8_t *lkj, size_t n, struct fit_sums *s)
{
    uint64_t a = 0;

    for (size_t k = 0; row && k < n; k++)
        a += t->v[(size_t)row[comp[k]] << FIT_LUT_SHIFT | lkj[k]];
    fit_unpack(a, s);
}

/* jpm_compute's rounding (half up) and capping; 32 bits suffice under FIT_SKJ_MAX */
static inline uint32_t fit_bp(const struct fit_sums *s, enum jpm_cap cap)
{
    uint32_t bp;

    if (s->sum_lkj == 0)
        return 0;
    bp = (20000u * s->sum_lki + s->sum_lkj) / (2u * s->sum_lkj);
    return cap == JPM_CAP_TOTAL && bp > 10000 ? 10000 : bp;
}

/*
 * Keys 1-4 of the ranking in one integer: met (bit 40), jpm_bp (< 2^16 since
 * LKI / LKJ <= 5), covered (<= 255), and 16383 - |gap_sum| (|gap_sum| <=
 * 255 x 40 < 2^14), so that "better" is "greater".
 */
static inline uint64_t fit_score(unsigned unmet, uint32_t bp, uint32_t covered, int32_t gap_sum)
{
    return (uint64_t)(unmet == 0) << 40 | (uint64_t)bp << 24 | (uint64_t)covered << 15 |
           (uint64_t)(16383 + gap_sum);
}

static uint64_t fit_cell_score(const struct fit_cell *c)
{
    return fit_score(c->unmet, (uint32_t)c->jpm_bp, (uint32_t)c->covered, c->gap_sum);
}

static void fit_cell_make(const struct fit_sums *s, unsigned unmet, enum jpm_cap cap,
                          const struct jpm_scale *scale, struct fit_cell *out)
{
    const struct jpm_category *cat;

    memset(out, 0, sizeof(*out));
    out->jpm_bp = (int32_t)fit_bp(s, cap);
    out->sum_lki = (int32_t)s->sum_lki;
    out->sum_lkj = (int32_t)s->sum_lkj;
    out->covered = (int16_t)s->covered;
    out->below = (int16_t)s->below;
    out->gap_sum = (int16_t)s->gap_sum;
    out->unmet = (uint8_t)unmet;
    cat = s->covered ? jpm_categorise(scale, s->sum_lki, s->sum_lkj) : NULL;
    out->category = cat ? (int8_t)(cat - scale->cat) : -1;
}

/* One cell through the fast path (inputs already checked). */
static void fit_cell_fast(const struct fit_lut *t, const struct fit_person *p,
                          const struct fit_position *q, enum jpm_cap cap,
                          const struct jpm_scale *scale, struct fit_cell *out)
{
    struct fit_sums s;

    fit_sum(t, p->lki, q->comp, q->lkj, q->n, &s);
    fit_cell_make(
        &s, fit_unmet(p->gol_rank, p->edu_rank, q->gol_min_rank, q->gol_max_rank, q->edu_min_rank),
        cap, scale, out);
}

int fit_cell_eval(const struct fit_person *p, const struct fit_position *q, size_t ncomp,
                  enum jpm_cap cap, const struct jpm_scale *scale, struct fit_cell *out)
{
    struct jpm_item it[FIT_SKJ_MAX];
    struct jpm_result r;
    struct fit_sums s = {0, 0, 0, 0, 0};
    size_t n = 0;

    if (!fit_args_ok(ncomp, cap, scale) || !fit_person_ok(p, ncomp) || !fit_position_ok(q, ncomp))
        return -1;
    /* the reference path: jpm_compute itself over the covered items */
    for (size_t t = 0; p->lki && t < q->n; t++)
        if (p->lki[q->comp[t]]) {
            it[n].lkj = q->lkj[t];
            it[n].lki = p->lki[q->comp[t]];
            n++;
        }
    if (n && jpm_compute(it, n, cap, &r) != 0)
        return -1; /* not reached: the levels were checked above */
    if (n) {
        s.sum_lki = (uint32_t)r.sum_lki;
        s.sum_lkj = (uint32_t)r.sum_lkj;
        s.covered = (uint32_t)n;
        s.below = (uint32_t)r.below;
        s.gap_sum = (int32_t)r.gap_sum;
    }
    fit_cell_make(
        &s, fit_unmet(p->gol_rank, p->edu_rank, q->gol_min_rank, q->gol_max_rank, q->edu_min_rank),
        cap, scale, out);
    /* jpm_compute's own figure, so that the two can never drift apart */
    if (n)
        out->jpm_bp = (int32_t)r.jpm_cap_bp;
    return 0;
}

/* best first: higher score, then lower index */
static int fit_key_cmp(const void *a, const void *b)
{
    const struct fit_key *x = a, *y = b;

    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return (x->idx > y->idx) - (x->idx < y->idx);
}

/* Sorts n cells best first through keys[] (n entries of scratch), writing 1-based ranks. */
static void fit_rank_cells(struct fit_cell *cells, size_t n, struct fit_key *keys, int by_person)
{
    for (size_t t = 0; t < n; t++) {
        keys[t].score = fit_cell_score(&cells[t]);
        keys[t].idx = (int32_t)t;
    }
    qsort(keys, n, sizeof(*keys), fit_key_cmp);
    for (size_t r = 0; r < n; r++) {
        if (by_person)
            cells[keys[r].idx].rank_person = (int32_t)(r + 1);
        else
            cells[keys[r].idx].rank_position = (int32_t)(r + 1);
    }
}

/* cells[] in rank order into out[] */
static void fit_cells_sorted(const struct fit_cell *cells, size_t n, const struct fit_key *keys,
                             struct fit_cell *out)
{
    for (size_t r = 0; r < n; r++)
        out[r] = cells[keys[r].idx];
}

int fit_rank_positions(const struct fit_person *p, const struct fit_position *positions,
                       size_t npositions, size_t ncomp, enum jpm_cap cap,
                       const struct jpm_scale *scale, struct fit_cell **out)
{
    struct fit_lut *lut;
    struct fit_cell *cells;
    struct fit_key *keys;

    if (!fit_args_ok(ncomp, cap, scale) || !fit_person_ok(p, ncomp) ||
        !fit_positions_ok(positions, npositions, ncomp))
        return -1;
    *out = NULL;
    if (npositions == 0)
        return 0;
    lut = fit_lut_new(cap);
    cells = xcalloc(npositions, sizeof(*cells));
    keys = xcalloc(npositions, sizeof(*keys));
    for (size_t j = 0; j < npositions; j++) {
        fit_cell_fast(lut, p, &positions[j], cap, scale, &cells[j]);
        cells[j].position = (int32_t)j;
    }
    fit_rank_cells(cells, npositions, keys, 1);
    *out = xcalloc(npositions, sizeof(**out));
    fit_cells_sorted(cells, npositions, keys, *out);
    free(keys);
    free(cells);
    free(lut);
    return 0;
}

int fit_rank_people(const struct fit_position *q, const struct fit_person *people, size_t npeople,
                    size_t ncomp, enum jpm_cap cap, const struct jpm_scale *scale,
                    struct fit_cell **out)
{
    struct fit_lut *lut;
    struct fit_cell *cells;
    struct fit_key *keys;

    if (!fit_args_ok(ncomp, cap, scale) || !fit_position_ok(q, ncomp) ||
        !fit_people_ok(people, npeople, ncomp))
        return -1;
    *out = NULL;
    if (npeople == 0)
        return 0;
    lut = fit_lut_new(cap);
    cells = xcalloc(npeople, sizeof(*cells));
    keys = xcalloc(npeople, sizeof(*keys));
    for (size_t i = 0; i < npeople; i++) {
        fit_cell_fast(lut, &people[i], q, cap, scale, &cells[i]);
        cells[i].person = (int32_t)i;
    }
    fit_rank_cells(cells, npeople, keys, 0);
    *out = xcalloc(npeople, sizeof(**out));
    fit_cells_sorted(cells, npeople, keys, *out);
    free(keys);
    free(cells);
    free(lut);
    return 0;
}

int fit_matrix_full(const struct fit_person *people, size_t npeople,
                    const struct fit_position *positions, size_t npositions, size_t ncomp,
                    enum jpm_cap cap, const struct jpm_scale *scale, struct fit_cell **out)
{
    size_t np = npeople, nq = npositions;
    struct fit_lut *lut;
    struct fit_cell *m, *line;
    struct fit_key *keys;

    if (!fit_args_ok(ncomp, cap, scale) || !fit_people_ok(people, np, ncomp) ||
        !fit_positions_ok(positions, nq, ncomp))
        return -1;
    if (nq && np > SIZE_MAX / sizeof(*m) / nq)
        return -1;
    *out = NULL;
    if (np == 0 || nq == 0)
        return 0;
    lut = fit_lut_new(cap);
    m = xcalloc(np * nq, sizeof(*m));
    for (size_t i = 0; i < np; i++)
        for (size_t j = 0; j < nq; j++) {
            struct fit_cell *c = &m[i * nq + j];

            fit_cell_fast(lut, &people[i], &positions[j], cap, scale, c);
            c->person = (int32_t)i;
            c->position = (int32_t)j;
        }
    keys = xcalloc(np > nq ? np : nq, sizeof(*keys));
    for (size_t i = 0; i < np; i++)
        fit_rank_cells(&m[i * nq], nq, keys, 1);
    /* a position's column is strided; rank a contiguous copy and put the ranks back */
    line = xcalloc(np, sizeof(*line));
    for (size_t j = 0; j < nq; j++) {
        for (size_t i = 0; i < np; i++)
            line[i] = m[i * nq + j];
        fit_rank_cells(line, np, keys, 0);
        for (size_t i = 0; i < np; i++)
            m[i * nq + j].rank_position = line[i].rank_position;
    }
    free(line);
    free(keys);
    free(lut);
    *out = m;
    return 0;
}

/*
 * Bounded heaps for the top k: the worst entry at the root, so a candidate
 * is compared with one number and usually rejected. "Worse" is the reverse
 * of fit_key_cmp.
 */
static int fit_worse(const struct fit_key *a, const struct fit_key *b)
{
    return a->score < b->score || (a->score == b->score && a->idx > b->idx);
}

static void fit_heap_down(struct fit_key *h, size_t n, size_t at)
{
    for (;;) {
        size_t l = 2 * at + 1, r = l + 1, w = at;

        if (l < n && fit_worse(&h[l], &h[w]))
            w = l;
        if (r < n && fit_worse(&h[r], &h[w]))
            w = r;
        if (w == at)
            return;
        struct fit_key t = h[at];
        h[at] = h[w];
        h[w] = t;
        at = w;
    }
}

/*
 * Offers key to a heap of *len <= cap entries; returns the score a later
 * candidate must exceed (0 while the heap has room; scores are never 0).
 * Candidates arrive by increasing index, so an equal score never wins.
 */
static uint64_t fit_heap_offer(struct fit_key *h, size_t *len, size_t cap, struct fit_key key)
{
    if (*len < cap) {
        size_t at = (*len)++;

        h[at] = key;
        while (at > 0 && fit_worse(&h[at], &h[(at - 1) / 2])) {
            struct fit_key t = h[at];
            h[at] = h[(at - 1) / 2];
            h[(at - 1) / 2] = t;
            at = (at - 1) / 2;
        }
        return *len < cap ? 0 : h[0].score;
    }
    h[0] = key;
    fit_heap_down(h, cap, 0);
    return h[0].score;
}

/* The other side's rank of idx in a list sorted by index (idx, rank pairs), 0 when absent. */
static int32_t fit_rank_lookup(const struct fit_key *list, size_t n, int32_t idx)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (list[mid].idx < idx)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && list[lo].idx == idx ? (int32_t)list[lo].score : 0;
}

static int fit_key_idx_cmp(const void *a, const void *b)
{
    const struct fit_key *x = a, *y = b;

    return (x->idx > y->idx) - (x->idx < y->idx);
}

/* For each list of k cells, (other index, rank) pairs sorted by other index. */
static struct fit_key *fit_rank_index(const struct fit_cell *lists, size_t nlists, size_t k,
                                      int by_person)
{
    struct fit_key *ix = xcalloc(nlists * k, sizeof(*ix));

    for (size_t l = 0; l < nlists; l++) {
        for (size_t r = 0; r < k; r++) {
            const struct fit_cell *c = &lists[l * k + r];

            ix[l * k + r].idx = by_person ? c->position : c->person;
            ix[l * k + r].score = (uint64_t)(r + 1);
        }
        qsort(&ix[l * k], k, sizeof(*ix), fit_key_idx_cmp);
    }
    return ix;
}

/*
 * The input of fit_matrix_topk packed for the pass over all pairs: only the
 * competencies some SKJ uses, one person's levels in stride contiguous
 * bytes, every SKJ's items contiguous and padded to a multiple of 4 (the
 * loop is unrolled by 4 and its trip count, the same for nearly every
 * position, is then predicted) with items that point at a column that is
 * always 0, and the requirements as bounds that need no branch.
 */
struct fit_req {
    int32_t gmin; /* lowest golongan rank that meets; 1 when there is only a maximum */
    int32_t gmax; /* INT32_MAX when none */
    int32_t emin;
};

struct fit_pack {
    size_t stride;  /* columns: distinct competencies used by some SKJ, plus the 0 column */
    uint8_t *rows;  /* npeople x stride levels */
    uint32_t *off;  /* position j's items at [off[j], off[j + 1]) */
    uint32_t *item; /* column << FIT_LUT_SHIFT | LKJ */
    struct fit_req *req;
    int32_t *gol, *edu;
    struct fit_lut *lut;
};

static void fit_pack_build(struct fit_pack *pk, const struct fit_person *people, size_t np,
                           const struct fit_position *positions, size_t nq, size_t ncomp,
                           enum jpm_cap cap)
{
    int32_t *colof = xcalloc(ncomp, sizeof(*colof));
    uint16_t *comp_of = xcalloc(ncomp, sizeof(*comp_of));
    size_t nitems = 0, at = 0, ncol = 0;

    for (size_t j = 0; j < nq; j++)
        nitems += (positions[j].n + 3) / 4 * 4;
    pk->off = xcalloc(nq + 1, sizeof(*pk->off));
    pk->item = xcalloc(nitems, sizeof(*pk->item));
    pk->req = xcalloc(nq, sizeof(*pk->req));
    for (size_t c = 0; c < ncomp; c++)
        colof[c] = -1;
    for (size_t j = 0; j < nq; j++) {
        const struct fit_position *q = &positions[j];

        pk->off[j] = (uint32_t)at;
        for (size_t t = 0; t < q->n; t++) {
            if (colof[q->comp[t]] < 0) {
                comp_of[ncol] = q->comp[t];
                colof[q->comp[t]] = (int32_t)ncol++;
            }
            pk->item[at++] = (uint32_t)colof[q->comp[t]] << FIT_LUT_SHIFT | q->lkj[t];
        }
        while (at % 4) /* padding, pointed at the 0 column once its index is known */
            pk->item[at++] = UINT32_MAX;
        pk->req[j].gmin = q->gol_min_rank ? q->gol_min_rank : q->gol_max_rank ? 1 : 0;
        pk->req[j].gmax = q->gol_max_rank ? q->gol_max_rank : INT32_MAX;
        pk->req[j].emin = q->edu_min_rank;
    }
    pk->off[nq] = (uint32_t)at;
    /* the 0 column is the last one, never filled; with LKJ 0 its entry in the table is 0 */
    for (size_t k = 0; k < at; k++)
        if (pk->item[k] == UINT32_MAX)
            pk->item[k] = (uint32_t)ncol << FIT_LUT_SHIFT;
    pk->stride = ncol + 1;
    pk->rows = xcalloc(np * pk->stride, 1);
    pk->gol = xcalloc(np, sizeof(*pk->gol));
    pk->edu = xcalloc(np, sizeof(*pk->edu));
    for (size_t i = 0; i < np; i++) {
        for (size_t c = 0; people[i].lki && c < ncol; c++)
            pk->rows[i * pk->stride + c] = people[i].lki[comp_of[c]];
        pk->gol[i] = people[i].gol_rank;
        pk->edu[i] = people[i].edu_rank;
    }
    pk->lut = fit_lut_new(cap);
    free(comp_of);
    free(colof);
}

static void fit_pack_free(struct fit_pack *pk)
{
    free(pk->rows);
    free(pk->off);
    free(pk->item);
    free(pk->req);
    free(pk->gol);
    free(pk->edu);
    free(pk->lut);
}

/* The sums of cell (i, j), padding included (it adds 0). */
static inline uint64_t fit_pack_acc(const struct fit_pack *pk, const uint8_t *row, size_t j)
{
    const uint64_t *v = pk->lut->v;
    const uint32_t *it = pk->item + pk->off[j], *end = pk->item + pk->off[j + 1];
    uint64_t a = 0, b = 0;

    for (; it < end; it += 4) {
        a += v[(uint32_t)row[it[0] >> FIT_LUT_SHIFT] << FIT_LUT_SHIFT | (it[0] & 63)];
        b += v[(uint32_t)row[it[1] >> FIT_LUT_SHIFT] << FIT_LUT_SHIFT | (it[1] & 63)];
        a += v[(uint32_t)row[it[2] >> FIT_LUT_SHIFT] << FIT_LUT_SHIFT | (it[2] & 63)];
        b += v[(uint32_t)row[it[3] >> FIT_LUT_SHIFT] << FIT_LUT_SHIFT | (it[3] & 63)];
    }
    return a + b;
}

/* Cell (i, j) in full from the packed input. */
static void fit_pack_cell(const struct fit_pack *pk, const struct fit_position *positions, size_t i,
                          size_t j, enum jpm_cap cap, const struct jpm_scale *scale,
                          struct fit_cell *out)
{
    const struct fit_position *q = &positions[j];
    struct fit_sums s;

    fit_unpack(fit_pack_acc(pk, pk->rows + i * pk->stride, j), &s);
    fit_cell_make(
        &s, fit_unmet(pk->gol[i], pk->edu[i], q->gol_min_rank, q->gol_max_rank, q->edu_min_rank),
        cap, scale, out);
    out->person = (int32_t)i;
    out->position = (int32_t)j;
}

/*
 * The pass over all pairs for one person: every cell's score is offered to
 * the person's heap and to the position's, each guarded by the score its
 * heap's worst entry has, so nearly every cell costs its sums and two
 * comparisons.
 */
static void fit_topk_person(const struct fit_pack *pk, size_t nq, size_t i, enum jpm_cap cap,
                            struct fit_key *ph, size_t *plen, size_t kp, struct fit_key *qh,
                            size_t *qlen, uint64_t *qthr, size_t kq)
{
    const uint8_t *row = pk->rows + i * pk->stride;
    int32_t gol = pk->gol[i], edu = pk->edu[i];
    uint32_t bp_max = cap == JPM_CAP_TOTAL ? 10000 : UINT32_MAX;
    uint64_t pthr = 0;

    for (size_t j = 0; j < nq; j++) {
        const struct fit_req *rq = &pk->req[j];
        uint64_t a = fit_pack_acc(pk, row, j), score;
        uint32_t sj = (uint32_t)(a & 0x3FFF), sl = (uint32_t)(a >> 14 & 0x3FFF), bp = 0;
        uint64_t met = (uint64_t)((gol >= rq->gmin) & (gol <= rq->gmax) & (edu >= rq->emin));

        if (sj) {
            /* jpm_compute's rounding, half up */
            bp = (20000u * sl + sj) / (2u * sj);
            bp = bp > bp_max ? bp_max : bp;
        }
        /* fit_score, from the packed sums: covered, and 16383 - |gap| */
        score =
            met << 40 | (uint64_t)bp << 24 | (a >> 50 & 0xFF) << 15 | (16383 - (a >> 28 & 0x3FFF));
        if (score > pthr)
            pthr = fit_heap_offer(ph, plen, kp, (struct fit_key){score, (int32_t)j});
        if (score > qthr[j])
            qthr[j] =
                fit_heap_offer(qh + j * kq, &qlen[j], kq, (struct fit_key){score, (int32_t)i});
    }
}

int fit_matrix_topk(const struct fit_person *people, size_t npeople,
                    const struct fit_position *positions, size_t npositions, size_t ncomp, size_t k,
                    enum jpm_cap cap, const struct jpm_scale *scale, struct fit_topk *out)
{
    size_t np = npeople, nq = npositions, nitems = 0, kp, kq, plen, *qlen;
    struct fit_key *ph, *qh, *pix, *qix;
    uint64_t *qthr;
    struct fit_pack pk;
    struct fit_topk t;

    if (k == 0 || !fit_args_ok(ncomp, cap, scale) || !fit_people_ok(people, np, ncomp) ||
        !fit_positions_ok(positions, nq, ncomp))
        return -1;
    for (size_t j = 0; j < nq; j++)
        nitems += (positions[j].n + 3) / 4 * 4;
    if (nitems > UINT32_MAX) /* the packed items, padding included, are addressed by uint32_t */
        return -1;
    kp = k < nq ? k : nq;
    kq = k < np ? k : np;
    if ((kp && np > SIZE_MAX / sizeof(struct fit_cell) / kp) ||
        (kq && nq > SIZE_MAX / sizeof(struct fit_cell) / kq))
        return -1;
    t = (struct fit_topk){np, nq, kp, kq, NULL, NULL};
    t.by_person = xcalloc(np * kp, sizeof(*t.by_person));
    t.by_position = xcalloc(nq * kq, sizeof(*t.by_position));
    fit_pack_build(&pk, people, np, positions, nq, ncomp, cap);
    ph = xcalloc(kp, sizeof(*ph));
    qh = xcalloc(nq * kq, sizeof(*qh));
    qlen = xcalloc(nq, sizeof(*qlen));
    qthr = xcalloc(nq, sizeof(*qthr));

    for (size_t i = 0; i < np; i++) {
        plen = 0;
        fit_topk_person(&pk, nq, i, cap, ph, &plen, kp, qh, qlen, qthr, kq);
        /* person i is complete: its list is final now, the heap is reused for the next */
        qsort(ph, plen, sizeof(*ph), fit_key_cmp);
        for (size_t r = 0; r < plen; r++) {
            struct fit_cell *c = &t.by_person[i * kp + r];

            fit_pack_cell(&pk, positions, i, (size_t)ph[r].idx, cap, scale, c);
            c->rank_person = (int32_t)(r + 1);
        }
    }
    for (size_t j = 0; j < nq; j++) {
        struct fit_key *h = qh + j * kq;

        qsort(h, qlen[j], sizeof(*h), fit_key_cmp);
        for (size_t r = 0; r < qlen[j]; r++) {
            struct fit_cell *c = &t.by_position[j * kq + r];

            fit_pack_cell(&pk, positions, (size_t)h[r].idx, j, cap, scale, c);
            c->rank_position = (int32_t)(r + 1);
        }
    }

    /* each side's rank of a listed pair when the other side lists it too */
    pix = fit_rank_index(t.by_person, np, kp, 1);
    qix = fit_rank_index(t.by_position, nq, kq, 0);
    for (size_t n = 0; n < np * kp; n++) {
        struct fit_cell *c = &t.by_person[n];

        c->rank_position = fit_rank_lookup(&qix[(size_t)c->position * kq], kq, c->person);
    }
    for (size_t n = 0; n < nq * kq; n++) {
        struct fit_cell *c = &t.by_position[n];

        c->rank_person = fit_rank_lookup(&pix[(size_t)c->person * kp], kp, c->position);
    }
    free(pix);
    free(qix);
    free(qthr);
    free(qlen);
    free(qh);
    free(ph);
    fit_pack_free(&pk);
    *out = t;
    return 0;
}

void fit_topk_free(struct fit_topk *t)
{
    free(t->by_person);
    free(t->by_position);
    memset(t, 0, sizeof(*t));
}
