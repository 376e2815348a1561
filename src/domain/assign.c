/*
 * assign.c - exact rectangular linear assignment with forbidden pairs (see
 * assign.h).
 *
 * Internally the problem is a minimisation over n rows and m columns with
 * n <= m (the user's matrix transposed when it has more rows than columns)
 * and costs c = K - utility >= 0, K the largest eligible utility, so a
 * smaller total cost is a larger total utility for the same number of pairs.
 *
 * Duals (the usual rectangular LP: rows all assigned, columns at most once):
 * a price phi_j = -v_j >= 0 per column, 0 on free columns, and every
 * assigned row i sits on a column of least reduced cost c_ij + phi_j of its
 * row (u_i is that least value). That makes the current matching optimal
 * for its set of rows, and each augmentation (a shortest path in reduced
 * costs from a free row to a free column) keeps it so. Prices only go up,
 * and only on assigned columns, which stay assigned: free columns stay at 0.
 *
 * Overflow: with n rows and cost range C, the total of all path lengths is
 * the final cost <= nC, the row reduction caps prices at nC, so prices stay
 * <= 2nC, u <= (2n+1)C and every value a search computes is within
 * (3n+2)C <= 3 x 2^58 (assign.h's ASSIGN_SPAN_MAX check). A forbidden pair
 * of a dense matrix costs FORB = 2^62, so any path through one is >= 2^61
 * (LIMIT): the search stops there and reports the row as unreachable.
 */
#include "domain/assign.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define FORB ((int64_t)1 << 62)
#define LIMIT ((int64_t)1 << 61)
#define INF INT64_MAX
/* The same for dense problems whose (n + 1) x range <= SPAN32, kept in int32: every value
 * of a search is then within 3 x 2^26, and forbidden pairs cost 2^30. */
#define SPAN32 ((int64_t)1 << 26)
#define FORB32 ((int32_t)1 << 30)
#define LIMIT32 ((int32_t)1 << 29)

struct assign_problem {
    size_t nrows, ncols; /* the caller's */
    bool tr;             /* internal rows are the caller's columns */
    bool dense;
    size_t n, m;     /* internal rows and columns, n <= m */
    int64_t k;       /* cost = k - utility */
    int64_t span;    /* largest - smallest eligible utility */
    int64_t *cost;   /* dense: n x m by internal row, FORB = forbidden; sparse: by pair */
    int32_t *cost32; /* instead of cost for a dense problem within SPAN32 (FORB32) */
    size_t nnz;
    size_t *rp;  /* sparse: internal rows, n + 1 */
    int32_t *ci; /* sparse: column of each pair */
    /* sparse, built when first needed (locks, explanation, no full matching): by column */
    size_t *cp;  /* m + 1 */
    int32_t *ri; /* row of each entry */
    size_t *ce;  /* pair of each entry */
};

/* ---- access to the eligible pairs, for what is not the inner loop ---- */

/* Cost cell k (dense: i * m + j; sparse: the pair), FORB when forbidden. */
static int64_t cost_get(const struct assign_problem *p, size_t k)
{
    if (p->cost32)
        return p->cost32[k] == FORB32 ? FORB : p->cost32[k];
    return p->cost[k];
}

static void cost_set(struct assign_problem *p, size_t k, int64_t c)
{
    if (p->cost32)
        p->cost32[k] = c == FORB ? FORB32 : (int32_t)c;
    else
        p->cost[k] = c;
}

static size_t row_begin(const struct assign_problem *p, size_t i)
{
    return p->dense ? 0 : p->rp[i];
}

/* The next eligible pair of row i from *pos; false at the end of the row. */
static bool row_next(const struct assign_problem *p, size_t i, size_t *pos, int32_t *j, int64_t *c)
{
    if (p->dense) {
        for (size_t k = *pos; k < p->m; k++) {
            int64_t x = cost_get(p, i * p->m + k);
            if (x != FORB) {
                *pos = k + 1;
                *j = (int32_t)k;
                *c = x;
                return true;
            }
        }
        *pos = p->m;
        return false;
    }
    for (size_t k = *pos; k < p->rp[i + 1]; k++) {
        if (p->cost[k] != FORB) {
            *pos = k + 1;
            *j = p->ci[k];
            *c = p->cost[k];
            return true;
        }
    }
    *pos = p->rp[i + 1];
    return false;
}

static size_t col_begin(const struct assign_problem *p, size_t j)
{
    return p->dense ? 0 : p->cp[j];
}

static bool col_next(const struct assign_problem *p, size_t j, size_t *pos, int32_t *i, int64_t *c)
{
    if (p->dense) {
        for (size_t k = *pos; k < p->n; k++) {
            int64_t x = cost_get(p, k * p->m + j);
            if (x != FORB) {
                *pos = k + 1;
                *i = (int32_t)k;
                *c = x;
                return true;
            }
        }
        *pos = p->n;
        return false;
    }
    for (size_t k = *pos; k < p->cp[j + 1]; k++) {
        int64_t x = p->cost[p->ce[k]];
        if (x != FORB) {
            *pos = k + 1;
            *i = p->ri[k];
            *c = x;
            return true;
        }
    }
    *pos = p->cp[j + 1];
    return false;
}

static void problem_index_columns(struct assign_problem *p)
{
    if (p->dense || p->cp)
        return;
    p->cp = xcalloc(p->m + 1, sizeof *p->cp);
    p->ri = xreallocarray(NULL, p->nnz ? p->nnz : 1, sizeof *p->ri);
    p->ce = xreallocarray(NULL, p->nnz ? p->nnz : 1, sizeof *p->ce);
    for (size_t e = 0; e < p->nnz; e++)
        p->cp[p->ci[e] + 1]++;
    for (size_t j = 0; j < p->m; j++)
        p->cp[j + 1] += p->cp[j];
    size_t *fill = xreallocarray(NULL, p->m + 1, sizeof *fill);
    memcpy(fill, p->cp, (p->m + 1) * sizeof *fill);
    for (size_t i = 0; i < p->n; i++) {
        for (size_t e = p->rp[i]; e < p->rp[i + 1]; e++) {
            size_t at = fill[p->ci[e]]++;
            p->ri[at] = (int32_t)i;
            p->ce[at] = e;
        }
    }
    free(fill);
}

/* The cost cell of internal pair (i, j), SIZE_MAX when a sparse problem does not list it. */
static size_t problem_cell(const struct assign_problem *p, size_t i, size_t j)
{
    if (p->dense)
        return i * p->m + j;
    for (size_t e = p->rp[i]; e < p->rp[i + 1]; e++)
        if ((size_t)p->ci[e] == j)
            return e;
    return SIZE_MAX;
}

/* ---- building ---- */

static bool utility_ok(int64_t u)
{
    return u == ASSIGN_FORBIDDEN || (u >= -ASSIGN_UTILITY_MAX && u <= ASSIGN_UTILITY_MAX);
}

/* Sets k and span from the eligible range; false when it is too wide for n rows. */
static bool problem_range(struct assign_problem *p, int64_t lo, int64_t hi, bool any)
{
    if (!any)
        lo = hi = 0;
    int64_t span = hi - lo; /* <= 2^41 */
    if (span > 0 && (int64_t)(p->n + 1) > ASSIGN_SPAN_MAX / span)
        return false;
    p->k = hi;
    p->span = span;
    return true;
}

int assign_problem_dense(size_t nrows, size_t ncols, const int64_t *utility,
                         struct assign_problem **out)
{
    if (nrows > INT32_MAX || ncols > INT32_MAX)
        return -1;
    if (ncols && nrows > SIZE_MAX / sizeof(int64_t) / ncols)
        return -1;
    size_t cells = nrows * ncols;
    int64_t lo = INT64_MAX, hi = INT64_MIN;
    bool any = false;
    for (size_t k = 0; k < cells; k++) {
        int64_t u = utility[k];
        if (!utility_ok(u))
            return -1;
        if (u == ASSIGN_FORBIDDEN)
            continue;
        any = true;
        lo = u < lo ? u : lo;
        hi = u > hi ? u : hi;
    }
    struct assign_problem tmp = {.nrows = nrows, .ncols = ncols, .dense = true};
    tmp.tr = nrows > ncols;
    tmp.n = tmp.tr ? ncols : nrows;
    tmp.m = tmp.tr ? nrows : ncols;
    if (!problem_range(&tmp, lo, hi, any))
        return -1;

    struct assign_problem *p = xmalloc(sizeof *p);
    *p = tmp;
    if ((int64_t)(p->n + 1) * p->span <= SPAN32) {
        /* half the memory, and four columns at a time in dense_path32 */
        p->cost32 = xreallocarray(NULL, cells ? cells : 1, sizeof *p->cost32);
        if (!p->tr) {
            /* the difference fits in int32, not necessarily the utilities */
            for (size_t k = 0; k < cells; k++)
                p->cost32[k] =
                    utility[k] == ASSIGN_FORBIDDEN ? FORB32 : (int32_t)(p->k - utility[k]);
            *out = p;
            return 0;
        }
    } else {
        p->cost = xreallocarray(NULL, cells ? cells : 1, sizeof *p->cost);
    }
    if (!p->tr) {
        for (size_t k = 0; k < cells; k++)
            p->cost[k] = utility[k] == ASSIGN_FORBIDDEN ? FORB : p->k - utility[k];
    } else {
        /* in tiles, so that neither side is walked a whole column at a time */
        const size_t t = 64;
        for (size_t r0 = 0; r0 < nrows; r0 += t) {
            for (size_t c0 = 0; c0 < ncols; c0 += t) {
                size_t r1 = r0 + t < nrows ? r0 + t : nrows;
                size_t c1 = c0 + t < ncols ? c0 + t : ncols;
                for (size_t c = c0; c < c1; c++) {
                    for (size_t r = r0; r < r1; r++) {
                        int64_t u = utility[r * ncols + c];
                        cost_set(p, c * nrows + r, u == ASSIGN_FORBIDDEN ? FORB : p->k - u);
                    }
                }
            }
        }
    }
    *out = p;
    return 0;
}

int assign_problem_sparse(size_t nrows, size_t ncols, const size_t *rowptr, const int32_t *col,
                          const int64_t *utility, struct assign_problem **out)
{
    if (nrows > INT32_MAX || ncols > INT32_MAX || rowptr[0] != 0)
        return -1;
    for (size_t r = 0; r < nrows; r++)
        if (rowptr[r + 1] < rowptr[r])
            return -1;
    size_t nnz = rowptr[nrows];
    int64_t lo = INT64_MAX, hi = INT64_MIN;
    bool any = false, ok = true;
    size_t kept = 0;
    /* seen[c] = r + 1 when row r lists c: a column listed twice in one row */
    int32_t *seen = xcalloc(ncols ? ncols : 1, sizeof *seen);
    for (size_t r = 0; r < nrows && ok; r++) {
        for (size_t k = rowptr[r]; k < rowptr[r + 1]; k++) {
            int32_t c = col[k];
            int64_t u = utility[k];
            if (c < 0 || (size_t)c >= ncols || seen[c] == (int32_t)r + 1 || !utility_ok(u)) {
                ok = false;
                break;
            }
            seen[c] = (int32_t)r + 1;
            if (u == ASSIGN_FORBIDDEN)
                continue;
            kept++;
            any = true;
            lo = u < lo ? u : lo;
            hi = u > hi ? u : hi;
        }
    }
    free(seen);
    if (!ok)
        return -1;
    struct assign_problem tmp = {.nrows = nrows, .ncols = ncols, .dense = false};
    tmp.tr = nrows > ncols;
    tmp.n = tmp.tr ? ncols : nrows;
    tmp.m = tmp.tr ? nrows : ncols;
    if (!problem_range(&tmp, lo, hi, any))
        return -1;

    struct assign_problem *p = xmalloc(sizeof *p);
    *p = tmp;
    p->nnz = kept;
    p->rp = xcalloc(p->n + 1, sizeof *p->rp);
    p->ci = xreallocarray(NULL, kept ? kept : 1, sizeof *p->ci);
    p->cost = xreallocarray(NULL, kept ? kept : 1, sizeof *p->cost);
    if (!p->tr) {
        size_t e = 0;
        for (size_t r = 0; r < nrows; r++) {
            for (size_t k = rowptr[r]; k < rowptr[r + 1]; k++) {
                if (utility[k] == ASSIGN_FORBIDDEN)
                    continue;
                p->ci[e] = col[k];
                p->cost[e++] = p->k - utility[k];
            }
            p->rp[r + 1] = e;
        }
    } else {
        for (size_t k = 0; k < nnz; k++)
            if (utility[k] != ASSIGN_FORBIDDEN)
                p->rp[col[k] + 1]++;
        for (size_t c = 0; c < ncols; c++)
            p->rp[c + 1] += p->rp[c];
        size_t *fill = xreallocarray(NULL, ncols + 1, sizeof *fill);
        memcpy(fill, p->rp, (ncols + 1) * sizeof *fill);
        for (size_t r = 0; r < nrows; r++) {
            for (size_t k = rowptr[r]; k < rowptr[r + 1]; k++) {
                if (utility[k] == ASSIGN_FORBIDDEN)
                    continue;
                size_t at = fill[col[k]]++;
                p->ci[at] = (int32_t)r;
                p->cost[at] = p->k - utility[k];
            }
        }
        free(fill);
    }
    *out = p;
    return 0;
}

void assign_problem_free(struct assign_problem *p)
{
    if (!p)
        return;
    free(p->cost);
    free(p->cost32);
    free(p->rp);
    free(p->ci);
    free(p->cp);
    free(p->ri);
    free(p->ce);
    free(p);
}

/* ---- dense solver ---- */

/*
 * One pass of augmenting row reduction (Jonker-Volgenant) over the free rows
 * fr[0..nfree): each takes the column of least reduced cost and raises its
 * price up to the row's second least, which sends the row it displaces
 * (processed again at once) elsewhere. Returns the rows still free, in
 * fr[0..). The step budget (as in the lap package) bounds the price wars
 * that integer ties could otherwise drag out.
 */
static size_t dense_reduce(const int64_t *cost, size_t n, size_t m, int64_t pcap, int32_t *fr,
                           size_t nfree, int32_t *x, int32_t *y, int64_t *v)
{
    size_t cur = 0, nnew = 0, steps = 0;

    while (cur < nfree) {
        int32_t i = fr[cur++];
        const int64_t *row = cost + (size_t)i * m;
        int64_t u1 = INF, u2 = INF;
        int32_t j1 = -1, j2 = -1;

        steps++;
        for (size_t j = 0; j < m; j++) {
            int64_t h = row[j] - v[j];
            if (h < u2) {
                if (h >= u1) {
                    u2 = h;
                    j2 = (int32_t)j;
                } else {
                    u2 = u1;
                    j2 = j1;
                    u1 = h;
                    j1 = (int32_t)j;
                }
            }
        }
        if (u1 >= LIMIT) { /* nothing eligible: the search will report it */
            fr[nnew++] = i;
            continue;
        }
        int32_t i0 = y[j1];
        int64_t delta = u2 - u1, room = pcap + v[j1];
        if (delta > room)
            delta = room;
        if (steps < cur * n) {
            if (delta > 0) {
                v[j1] -= delta;
                if (i0 >= 0)
                    fr[--cur] = i0;
            } else {
                if (i0 >= 0 && j2 >= 0 && u2 == u1) {
                    j1 = j2;
                    i0 = y[j2];
                }
                if (i0 >= 0)
                    fr[nnew++] = i0;
            }
        } else if (i0 >= 0) {
            fr[nnew++] = i0;
        }
        x[i] = j1;
        y[j1] = i;
        if (i0 >= 0)
            x[i0] = -1;
    }
    return nnew;
}

/*
 * The shortest augmenting path from free row f (Dijkstra over the columns,
 * JV's way: the columns at the current least distance form a to-do list
 * scanned one row at a time). Updates the prices of the columns it settled
 * and returns the free column reached, -1 when every eligible path is
 * exhausted (no matching covers f and the rows already assigned).
 */
static int32_t dense_path(const int64_t *cost, size_t m, int32_t f, const int32_t *y, int64_t *v,
                          int64_t *d, int32_t *pred, int32_t *cols)
{
    const int64_t *row = cost + (size_t)f * m;
    size_t lo = 0, hi = 0, nready = 0;
    int64_t mind = 0;
    int32_t sink = -1;

    for (size_t j = 0; j < m; j++) {
        cols[j] = (int32_t)j;
        pred[j] = f;
        d[j] = row[j] - v[j];
    }
    while (sink < 0) {
        if (lo == hi) {
            if (lo == m)
                return -1;
            nready = lo;
            hi = lo + 1;
            mind = d[cols[lo]];
            for (size_t k = hi; k < m; k++) {
                int32_t j = cols[k];
                if (d[j] <= mind) {
                    if (d[j] < mind) {
                        hi = lo;
                        mind = d[j];
                    }
                    cols[k] = cols[hi];
                    cols[hi++] = j;
                }
            }
            if (mind >= LIMIT)
                return -1;
            for (size_t k = lo; k < hi; k++) {
                if (y[cols[k]] < 0) {
                    sink = cols[k];
                    goto done;
                }
            }
        }
        while (lo != hi) {
            int32_t j1 = cols[lo++];
            int32_t i = y[j1];
            const int64_t *ri = cost + (size_t)i * m;
            int64_t h = ri[j1] - v[j1] - mind;
            for (size_t k = hi; k < m; k++) {
                int32_t j = cols[k];
                int64_t r = ri[j] - v[j] - h;
                if (r < d[j]) {
                    d[j] = r;
                    pred[j] = i;
                    if (r == mind) {
                        if (y[j] < 0) {
                            sink = j;
                            goto done;
                        }
                        cols[k] = cols[hi];
                        cols[hi++] = j;
                    }
                }
            }
        }
    }
done:
    for (size_t k = 0; k < nready; k++) {
        int32_t j = cols[k];
        v[j] += d[j] - mind;
    }
    return sink;
}

/* Flips the path found by a search from f to sink. */
static void augment(int32_t f, int32_t sink, const int32_t *pred, int32_t *x, int32_t *y)
{
    int32_t i = -1, j = sink;
    while (i != f) {
        i = pred[j];
        y[j] = i;
        int32_t t = x[i];
        x[i] = j;
        j = t;
    }
}

/* 0 when every row is assigned (x, y, v optimal), 1 when no matching covers the rows. */
static int dense_solve(const int64_t *cost, size_t n, size_t m, int64_t pcap, int32_t *x,
                       int32_t *y, int64_t *v)
{
    int32_t *fr = xreallocarray(NULL, n ? n : 1, sizeof *fr);
    int64_t *d = xreallocarray(NULL, m ? m : 1, sizeof *d);
    int32_t *pred = xreallocarray(NULL, m ? m : 1, sizeof *pred);
    int32_t *cols = xreallocarray(NULL, m ? m : 1, sizeof *cols);
    size_t nfree = n;
    int rc = 0;

    for (size_t i = 0; i < n; i++) {
        x[i] = -1;
        fr[i] = (int32_t)i;
    }
    for (size_t j = 0; j < m; j++) {
        y[j] = -1;
        v[j] = 0;
    }
    for (int pass = 0; pass < 2 && nfree; pass++)
        nfree = dense_reduce(cost, n, m, pcap, fr, nfree, x, y, v);
    for (size_t k = 0; k < nfree; k++) {
        int32_t sink = dense_path(cost, m, fr[k], y, v, d, pred, cols);
        if (sink < 0) {
            rc = 1;
            break;
        }
        augment(fr[k], sink, pred, x, y);
    }
    free(fr);
    free(d);
    free(pred);
    free(cols);
    return rc;
}

/* ---- dense solver, int32 ---- */

/* dense_reduce on int32 costs (prices and values as in the int64 version, see SPAN32). */
static size_t dense_reduce32(const int32_t *cost, size_t n, size_t m, int32_t pcap, int32_t *fr,
                             size_t nfree, int32_t *x, int32_t *y, int32_t *v)
{
    size_t cur = 0, nnew = 0, steps = 0;

    while (cur < nfree) {
        int32_t i = fr[cur++];
        const int32_t *row = cost + (size_t)i * m;
        int32_t u1 = INT32_MAX, u2 = INT32_MAX;
        int32_t j1 = -1, j2 = -1;

        steps++;
        for (size_t j = 0; j < m; j++) {
            int32_t h = row[j] - v[j];
            if (h < u2) {
                if (h >= u1) {
                    u2 = h;
                    j2 = (int32_t)j;
                } else {
                    u2 = u1;
                    j2 = j1;
                    u1 = h;
                    j1 = (int32_t)j;
                }
            }
        }
        if (u1 >= LIMIT32) {
            fr[nnew++] = i;
            continue;
        }
        int32_t i0 = y[j1];
        int32_t delta = u2 - u1, room = pcap + v[j1];
        if (delta > room)
            delta = room;
        if (steps < cur * n) {
            if (delta > 0) {
                v[j1] -= delta;
                if (i0 >= 0)
                    fr[--cur] = i0;
            } else {
                if (i0 >= 0 && j2 >= 0 && u2 == u1) {
                    j1 = j2;
                    i0 = y[j2];
                }
                if (i0 >= 0)
                    fr[nnew++] = i0;
            }
        } else if (i0 >= 0) {
            fr[nnew++] = i0;
        }
        x[i] = j1;
        y[j1] = i;
        if (i0 >= 0)
            x[i0] = -1;
    }
    return nnew;
}

#if defined(__SSE2__)
static inline __m128i sel128(__m128i mask, __m128i a, __m128i b)
{
    return _mm_or_si128(_mm_and_si128(mask, a), _mm_andnot_si128(mask, b));
}

/* Folds 4 lanes of (value, index) into *mv, *mi: least value, then lowest index. */
static inline void lanes_min(__m128i val, __m128i idx, int32_t *mv, int32_t *mi)
{
    int32_t a[4], b[4];
    _mm_storeu_si128((__m128i *)a, val);
    _mm_storeu_si128((__m128i *)b, idx);
    for (int k = 0; k < 4; k++) {
        if (a[k] < *mv || (a[k] == *mv && b[k] < *mi)) {
            *mv = a[k];
            *mi = b[k];
        }
    }
}
#endif

/*
 * dense_path on int32 costs, Dijkstra the plain way (Crouse's, as scipy
 * does): settle the nearest column, then one pass over all columns both
 * relaxes them through its row and finds the next nearest, and the nearest
 * free one (which ends the search when it is as near). Contiguous, so it
 * runs four columns at a time with SSE2 (the scalar loop does the rest, or
 * everything without SSE2). A settled column's d is INT32_MIN, which no
 * relaxation beats and which d - 1 wraps to INT32_MAX for the minimum; its
 * distance is kept in dl for the prices.
 */
static int32_t dense_path32(const int32_t *cost, size_t m, int32_t f, const int32_t *y, int32_t *v,
                            int32_t *d, int32_t *pred, int32_t *list, int32_t *dl)
{
    const int32_t *row = cost + (size_t)f * m;
    size_t nr = 0;
    int32_t mn = INT32_MAX, mi = -1, fmn = INT32_MAX, fmi = -1, mind;

    for (size_t j = 0; j < m; j++) {
        d[j] = row[j] - v[j];
        pred[j] = f;
        if (d[j] < mn) {
            mn = d[j];
            mi = (int32_t)j;
        }
        if (y[j] < 0 && d[j] < fmn) {
            fmn = d[j];
            fmi = (int32_t)j;
        }
    }
    for (;;) {
        if (mn >= LIMIT32)
            return -1;
        mind = mn;
        if (fmn == mn)
            break;
        size_t j1 = (size_t)mi;
        int32_t i = y[j1];
        const int32_t *ri = cost + (size_t)i * m;
        int32_t h = ri[j1] - v[j1] - mind;
        list[nr] = (int32_t)j1;
        dl[nr++] = mind;
        d[j1] = INT32_MIN;
        mn = fmn = mi = fmi = INT32_MAX;
        size_t j = 0;
#if defined(__SSE2__)
        __m128i vh = _mm_set1_epi32(h), vi = _mm_set1_epi32(i);
        __m128i vmax = _mm_set1_epi32(INT32_MAX), one = _mm_set1_epi32(1);
        __m128i zero = _mm_setzero_si128(), four = _mm_set1_epi32(4);
        __m128i vmn = vmax, vmi = vmax, fvmn = vmax, fvmi = vmax;
        __m128i idx = _mm_setr_epi32(0, 1, 2, 3);
        for (; j + 4 <= m; j += 4, idx = _mm_add_epi32(idx, four)) {
            __m128i c = _mm_loadu_si128((const __m128i *)(ri + j));
            __m128i vv = _mm_loadu_si128((const __m128i *)(v + j));
            __m128i dd = _mm_loadu_si128((const __m128i *)(d + j));
            __m128i r = _mm_sub_epi32(_mm_sub_epi32(c, vv), vh);
            __m128i upd = _mm_cmplt_epi32(r, dd);
            if (_mm_movemask_epi8(upd)) {
                dd = sel128(upd, r, dd);
                _mm_storeu_si128((__m128i *)(d + j), dd);
                __m128i pp = _mm_loadu_si128((const __m128i *)(pred + j));
                _mm_storeu_si128((__m128i *)(pred + j), sel128(upd, vi, pp));
            }
            __m128i live = _mm_sub_epi32(dd, one); /* settled: INT32_MIN - 1 = INT32_MAX */
            __m128i lt = _mm_cmplt_epi32(live, vmn);
            vmn = sel128(lt, live, vmn);
            vmi = sel128(lt, idx, vmi);
            __m128i fr = _mm_cmplt_epi32(_mm_loadu_si128((const __m128i *)(y + j)), zero);
            __m128i flive = sel128(fr, live, vmax);
            __m128i flt = _mm_cmplt_epi32(flive, fvmn);
            fvmn = sel128(flt, flive, fvmn);
            fvmi = sel128(flt, idx, fvmi);
        }
        lanes_min(vmn, vmi, &mn, &mi);
        lanes_min(fvmn, fvmi, &fmn, &fmi);
        if (mn != INT32_MAX)
            mn++;
        if (fmn != INT32_MAX)
            fmn++;
#endif
        for (; j < m; j++) {
            if (d[j] == INT32_MIN)
                continue;
            int32_t r = ri[j] - v[j] - h;
            if (r < d[j]) {
                d[j] = r;
                pred[j] = i;
            }
            if (d[j] < mn) {
                mn = d[j];
                mi = (int32_t)j;
            }
            if (y[j] < 0 && d[j] < fmn) {
                fmn = d[j];
                fmi = (int32_t)j;
            }
        }
    }
    for (size_t k = 0; k < nr; k++)
        v[list[k]] += dl[k] - mind;
    return fmi;
}

/* dense_solve on int32 costs; the prices come back widened into v. */
static int dense_solve32(const int32_t *cost, size_t n, size_t m, int32_t pcap, int32_t *x,
                         int32_t *y, int64_t *v)
{
    int32_t *fr = xreallocarray(NULL, n ? n : 1, sizeof *fr);
    int32_t *v32 = xcalloc(m ? m : 1, sizeof *v32);
    int32_t *d = xreallocarray(NULL, m ? m : 1, sizeof *d);
    int32_t *pred = xreallocarray(NULL, m ? m : 1, sizeof *pred);
    int32_t *list = xreallocarray(NULL, m ? m : 1, sizeof *list);
    int32_t *dl = xreallocarray(NULL, m ? m : 1, sizeof *dl);
    size_t nfree = n;
    int rc = 0;

    for (size_t i = 0; i < n; i++) {
        x[i] = -1;
        fr[i] = (int32_t)i;
    }
    for (size_t j = 0; j < m; j++)
        y[j] = -1;
    for (int pass = 0; pass < 2 && nfree; pass++)
        nfree = dense_reduce32(cost, n, m, pcap, fr, nfree, x, y, v32);
    for (size_t k = 0; k < nfree; k++) {
        int32_t sink = dense_path32(cost, m, fr[k], y, v32, d, pred, list, dl);
        if (sink < 0) {
            rc = 1;
            break;
        }
        augment(fr[k], sink, pred, x, y);
    }
    for (size_t j = 0; j < m; j++)
        v[j] = v32[j];
    free(fr);
    free(v32);
    free(d);
    free(pred);
    free(list);
    free(dl);
    return rc;
}

/* ---- sparse solver ---- */

/* A binary min-heap of columns keyed by d[], with positions for decrease-key. */
struct heap {
    int32_t *h;
    int32_t *pos; /* -1 = not in the heap */
    size_t len;
};

static void heap_up(struct heap *hp, const int64_t *d, size_t k)
{
    int32_t j = hp->h[k];
    while (k > 0) {
        size_t up = (k - 1) / 2;
        if (d[hp->h[up]] <= d[j])
            break;
        hp->h[k] = hp->h[up];
        hp->pos[hp->h[k]] = (int32_t)k;
        k = up;
    }
    hp->h[k] = j;
    hp->pos[j] = (int32_t)k;
}

static void heap_push_or_decrease(struct heap *hp, const int64_t *d, int32_t j)
{
    if (hp->pos[j] < 0) {
        hp->h[hp->len] = j;
        hp->pos[j] = (int32_t)hp->len;
        hp->len++;
    }
    heap_up(hp, d, (size_t)hp->pos[j]);
}

static int32_t heap_pop(struct heap *hp, const int64_t *d)
{
    int32_t top = hp->h[0];
    int32_t j = hp->h[--hp->len];
    size_t k = 0;

    hp->pos[top] = -1;
    if (hp->len == 0)
        return top;
    for (;;) {
        size_t l = 2 * k + 1, best = k;
        int64_t bd = d[j];
        if (l < hp->len && d[hp->h[l]] < bd) {
            best = l;
            bd = d[hp->h[l]];
        }
        if (l + 1 < hp->len && d[hp->h[l + 1]] < bd)
            best = l + 1;
        if (best == k)
            break;
        hp->h[k] = hp->h[best];
        hp->pos[hp->h[k]] = (int32_t)k;
        k = best;
    }
    hp->h[k] = j;
    hp->pos[j] = (int32_t)k;
    return top;
}

struct sparse {
    size_t n, m;
    const size_t *rp;
    const int32_t *ci;
    const int64_t *cost; /* FORB = forbidden for this solve */
    int64_t pcap;
    int32_t *x, *y;
    int64_t *v;
    size_t *xe; /* the pair each assigned row sits on */
};

/* dense_reduce over the listed pairs of each row. */
static size_t sparse_reduce(struct sparse *s, int32_t *fr, size_t nfree)
{
    size_t cur = 0, nnew = 0, steps = 0;

    while (cur < nfree) {
        int32_t i = fr[cur++];
        int64_t u1 = INF, u2 = INF;
        int32_t j1 = -1, j2 = -1;
        size_t e1 = 0, e2 = 0;

        steps++;
        for (size_t e = s->rp[i]; e < s->rp[i + 1]; e++) {
            if (s->cost[e] == FORB)
                continue;
            int32_t j = s->ci[e];
            int64_t h = s->cost[e] - s->v[j];
            if (h < u2) {
                if (h >= u1) {
                    u2 = h;
                    j2 = j;
                    e2 = e;
                } else {
                    u2 = u1;
                    j2 = j1;
                    e2 = e1;
                    u1 = h;
                    j1 = j;
                    e1 = e;
                }
            }
        }
        if (j1 < 0) {
            fr[nnew++] = i;
            continue;
        }
        int32_t i0 = s->y[j1];
        int64_t delta = u2 - u1, room = s->pcap + s->v[j1];
        if (delta > room)
            delta = room;
        if (steps < cur * s->n) {
            if (delta > 0) {
                s->v[j1] -= delta;
                if (i0 >= 0)
                    fr[--cur] = i0;
            } else {
                if (i0 >= 0 && j2 >= 0 && u2 == u1) {
                    j1 = j2;
                    e1 = e2;
                    i0 = s->y[j2];
                }
                if (i0 >= 0)
                    fr[nnew++] = i0;
            }
        } else if (i0 >= 0) {
            fr[nnew++] = i0;
        }
        s->x[i] = j1;
        s->xe[i] = e1;
        s->y[j1] = i;
        if (i0 >= 0)
            s->x[i0] = -1;
    }
    return nnew;
}

/* 0 when every row is assigned, 1 when no matching covers the rows (x, y then a valid
 * partial matching). */
static int sparse_solve(struct sparse *s)
{
    size_t n = s->n, m = s->m;
    int32_t *fr = xreallocarray(NULL, n ? n : 1, sizeof *fr);
    int64_t *d = xreallocarray(NULL, m ? m : 1, sizeof *d);
    int32_t *pred = xreallocarray(NULL, m ? m : 1, sizeof *pred);
    size_t *pe = xreallocarray(NULL, m ? m : 1, sizeof *pe);
    int32_t *touched = xreallocarray(NULL, m ? m : 1, sizeof *touched);
    int32_t *ready = xreallocarray(NULL, m ? m : 1, sizeof *ready);
    bool *done = xcalloc(m ? m : 1, sizeof *done);
    struct heap hp = {xreallocarray(NULL, m ? m : 1, sizeof(int32_t)),
                      xreallocarray(NULL, m ? m : 1, sizeof(int32_t)), 0};
    size_t nfree = n;
    int rc = 0;

    for (size_t i = 0; i < n; i++) {
        s->x[i] = -1;
        fr[i] = (int32_t)i;
    }
    for (size_t j = 0; j < m; j++) {
        s->y[j] = -1;
        s->v[j] = 0;
        d[j] = INF;
        hp.pos[j] = -1;
    }
    for (int pass = 0; pass < 2 && nfree; pass++)
        nfree = sparse_reduce(s, fr, nfree);

    for (size_t k = 0; k < nfree && rc == 0; k++) {
        int32_t f = fr[k], sink = -1;
        size_t nt = 0, nr = 0;
        int64_t mind = 0;

        for (size_t e = s->rp[f]; e < s->rp[f + 1]; e++) {
            if (s->cost[e] == FORB)
                continue;
            int32_t j = s->ci[e];
            int64_t h = s->cost[e] - s->v[j];
            if (d[j] == INF)
                touched[nt++] = j;
            if (h < d[j]) {
                d[j] = h;
                pred[j] = f;
                pe[j] = e;
                heap_push_or_decrease(&hp, d, j);
            }
        }
        while (hp.len) {
            int32_t j1 = heap_pop(&hp, d);
            mind = d[j1];
            if (s->y[j1] < 0) {
                sink = j1;
                break;
            }
            done[j1] = true;
            ready[nr++] = j1;
            int32_t i = s->y[j1];
            int64_t h = s->cost[s->xe[i]] - s->v[j1] - mind;
            for (size_t e = s->rp[i]; e < s->rp[i + 1]; e++) {
                int32_t j = s->ci[e];
                if (done[j] || s->cost[e] == FORB)
                    continue;
                int64_t r = s->cost[e] - s->v[j] - h;
                if (r < d[j]) {
                    if (d[j] == INF)
                        touched[nt++] = j;
                    d[j] = r;
                    pred[j] = i;
                    pe[j] = e;
                    if (r == mind && s->y[j] < 0) { /* nothing can be shorter */
                        sink = j;
                        break;
                    }
                    heap_push_or_decrease(&hp, d, j);
                }
            }
            if (sink >= 0)
                break;
        }
        if (sink < 0) {
            rc = 1;
        } else {
            for (size_t r = 0; r < nr; r++)
                s->v[ready[r]] += d[ready[r]] - mind;
            int32_t i = -1, j = sink;
            while (i != f) {
                i = pred[j];
                s->y[j] = i;
                int32_t t = s->x[i];
                s->x[i] = j;
                s->xe[i] = pe[j];
                j = t;
            }
        }
        for (size_t t = 0; t < nt; t++) {
            d[touched[t]] = INF;
            done[touched[t]] = false;
            hp.pos[touched[t]] = -1;
        }
        hp.len = 0;
    }
    free(fr);
    free(d);
    free(pred);
    free(pe);
    free(touched);
    free(ready);
    free(done);
    free(hp.h);
    free(hp.pos);
    return rc;
}

/* ---- no matching covers the smaller side ---- */

/*
 * The solution of one solve, by internal vertex: rows are 0..n-1, columns
 * n..n+m-1. The duals are those of the maximum weight matching with weight
 * (1, utility) per pair, pairs compared lexicographically (count first):
 * pa/pb are (count, utility) parts of each vertex's dual, >= 0 as pairs and
 * 0 on unassigned vertices; a pair's reduced cost pa + pa' - 1, pb + pb' -
 * utility is >= 0, and 0 on assigned pairs.
 */
struct sol {
    int32_t *x, *y; /* internal row -> column, column -> row, -1 = none */
    int64_t *xc;    /* the cost of each assigned row's pair */
    int8_t *pa;
    int64_t *pb;
};

/* Hopcroft-Karp from the valid partial matching x, y to a maximum one. */
static void max_matching(const struct assign_problem *p, int32_t *x, int32_t *y)
{
    size_t n = p->n;
    int32_t *dist = xreallocarray(NULL, n ? n : 1, sizeof *dist);
    int32_t *queue = xreallocarray(NULL, n ? n : 1, sizeof *queue);
    size_t *it = xreallocarray(NULL, n ? n : 1, sizeof *it);
    int32_t *stack = xreallocarray(NULL, n ? n : 1, sizeof *stack);
    int32_t *via = xreallocarray(NULL, n ? n : 1, sizeof *via);

    for (;;) {
        size_t qh = 0, qt = 0;
        bool found = false;
        for (size_t i = 0; i < n; i++) {
            dist[i] = x[i] < 0 ? 0 : INT32_MAX;
            if (x[i] < 0)
                queue[qt++] = (int32_t)i;
        }
        while (qh < qt) {
            int32_t i = queue[qh++], j;
            int64_t c;
            size_t pos = row_begin(p, (size_t)i);
            while (row_next(p, (size_t)i, &pos, &j, &c)) {
                int32_t i2 = y[j];
                if (i2 < 0)
                    found = true;
                else if (dist[i2] == INT32_MAX) {
                    dist[i2] = dist[i] + 1;
                    queue[qt++] = i2;
                }
            }
        }
        if (!found)
            break;
        for (size_t i = 0; i < n; i++)
            it[i] = row_begin(p, i);
        for (size_t root = 0; root < n; root++) {
            if (x[root] >= 0 || dist[root] != 0)
                continue;
            size_t sp = 0;
            stack[sp++] = (int32_t)root;
            while (sp) {
                int32_t i = stack[sp - 1], j;
                int64_t c;
                if (!row_next(p, (size_t)i, &it[i], &j, &c)) {
                    dist[i] = INT32_MAX; /* a dead end for the rest of this phase */
                    sp--;
                    continue;
                }
                int32_t i2 = y[j];
                if (i2 < 0) {
                    via[sp - 1] = j;
                    for (size_t l = 0; l < sp; l++) {
                        x[stack[l]] = via[l];
                        y[via[l]] = stack[l];
                    }
                    break;
                }
                if (dist[i2] == dist[i] + 1) {
                    via[sp - 1] = j;
                    stack[sp++] = i2;
                }
            }
        }
    }
    free(dist);
    free(queue);
    free(it);
    free(stack);
    free(via);
}

/* Solves the rows rows[0..nr) x the columns cols[0..nc) as their own sparse problem
 * (transposed: the rows are p's columns, the columns p's rows), which must have a
 * matching covering its rows, and writes the result and duals into *s. */
static void part_solve(const struct assign_problem *p, bool transposed, const int32_t *rows,
                       size_t nr, const int32_t *cols, size_t nc, const int32_t *sub_of_col,
                       struct sol *s)
{
    size_t *rp = xcalloc(nr + 1, sizeof *rp);
    size_t cap = 16, nnz = 0;
    int32_t *ci = xreallocarray(NULL, cap, sizeof *ci);
    int64_t *cost = xreallocarray(NULL, cap, sizeof *cost);

    if (!transposed) {
        for (size_t r = 0; r < nr; r++) {
            size_t pos = row_begin(p, (size_t)rows[r]);
            int32_t j;
            int64_t c;
            while (row_next(p, (size_t)rows[r], &pos, &j, &c)) {
                if (sub_of_col[j] < 0)
                    continue;
                if (nnz == cap) {
                    cap *= 2;
                    ci = xreallocarray(ci, cap, sizeof *ci);
                    cost = xreallocarray(cost, cap, sizeof *cost);
                }
                ci[nnz] = sub_of_col[j];
                cost[nnz++] = c;
            }
            rp[r + 1] = nnz;
        }
    } else {
        /* rows[] are p's columns; sub_of_col maps p's rows to the part's columns */
        for (size_t r = 0; r < nr; r++) {
            size_t pos = col_begin(p, (size_t)rows[r]);
            int32_t i;
            int64_t c;
            while (col_next(p, (size_t)rows[r], &pos, &i, &c)) {
                if (sub_of_col[i] < 0)
                    continue;
                if (nnz == cap) {
                    cap *= 2;
                    ci = xreallocarray(ci, cap, sizeof *ci);
                    cost = xreallocarray(cost, cap, sizeof *cost);
                }
                ci[nnz] = sub_of_col[i];
                cost[nnz++] = c;
            }
            rp[r + 1] = nnz;
        }
    }

    struct sparse sp = {.n = nr, .m = nc, .rp = rp, .ci = ci, .cost = cost};
    sp.pcap = (int64_t)nr * p->span;
    sp.x = xreallocarray(NULL, nr ? nr : 1, sizeof *sp.x);
    sp.y = xreallocarray(NULL, nc ? nc : 1, sizeof *sp.y);
    sp.v = xreallocarray(NULL, nc ? nc : 1, sizeof *sp.v);
    sp.xe = xreallocarray(NULL, nr ? nr : 1, sizeof *sp.xe);
    if (sparse_solve(&sp) != 0)
        abort(); /* the decomposition guarantees a covering matching */

    size_t n = p->n;
    for (size_t r = 0; r < nr; r++) {
        int32_t a = rows[r], b = cols[sp.x[r]];
        /* the part's rows are always assigned: count part 1, utility k - u */
        int64_t u = cost[sp.xe[r]] - sp.v[sp.x[r]];
        if (!transposed) {
            s->x[a] = b;
            s->y[b] = a;
            s->xc[a] = cost[sp.xe[r]];
            s->pa[a] = 1;
            s->pb[a] = p->k - u;
        } else {
            s->y[a] = b;
            s->x[b] = a;
            s->xc[b] = cost[sp.xe[r]];
            s->pa[n + (size_t)a] = 1;
            s->pb[n + (size_t)a] = p->k - u;
        }
    }
    for (size_t c = 0; c < nc; c++) {
        size_t vtx = transposed ? (size_t)cols[c] : n + (size_t)cols[c];
        s->pa[vtx] = 0;
        s->pb[vtx] = -sp.v[c];
    }
    free(rp);
    free(ci);
    free(cost);
    free(sp.x);
    free(sp.y);
    free(sp.v);
    free(sp.xe);
}

/*
 * From a partial matching that cannot be extended to cover the rows: a
 * maximum matching, then the rows reachable from its free rows by
 * alternating paths (R1) and their columns (C1, all matched into R1). Every
 * maximum matching matches C1 into R1 and every other row into the other
 * columns, and any such pair of matchings is a maximum one, so the two
 * parts are optimised separately: C1 x R1 (transposed, covering C1) and the
 * other rows x the other columns (covering those rows).
 */
static void deficient_solve(const struct assign_problem *p, struct sol *s)
{
    size_t n = p->n, m = p->m;
    max_matching(p, s->x, s->y);

    bool *in_r1 = xcalloc(n ? n : 1, sizeof *in_r1);
    bool *in_c1 = xcalloc(m ? m : 1, sizeof *in_c1);
    int32_t *queue = xreallocarray(NULL, n ? n : 1, sizeof *queue);
    size_t qh = 0, qt = 0;
    for (size_t i = 0; i < n; i++) {
        if (s->x[i] < 0) {
            in_r1[i] = true;
            queue[qt++] = (int32_t)i;
        }
    }
    while (qh < qt) {
        int32_t i = queue[qh++], j;
        int64_t c;
        size_t pos = row_begin(p, (size_t)i);
        while (row_next(p, (size_t)i, &pos, &j, &c)) {
            if (in_c1[j])
                continue;
            in_c1[j] = true;
            int32_t i2 = s->y[j]; /* matched: j free would be an augmenting path */
            if (!in_r1[i2]) {
                in_r1[i2] = true;
                queue[qt++] = i2;
            }
        }
    }

    int32_t *rows2 = xreallocarray(NULL, n ? n : 1, sizeof *rows2);
    int32_t *rows1 = xreallocarray(NULL, n ? n : 1, sizeof *rows1);
    int32_t *cols2 = xreallocarray(NULL, m ? m : 1, sizeof *cols2);
    int32_t *cols1 = xreallocarray(NULL, m ? m : 1, sizeof *cols1);
    int32_t *sub_col = xreallocarray(NULL, m ? m : 1, sizeof *sub_col);
    int32_t *sub_row = xreallocarray(NULL, n ? n : 1, sizeof *sub_row);
    size_t nr1 = 0, nr2 = 0, nc1 = 0, nc2 = 0;
    for (size_t i = 0; i < n; i++) {
        s->x[i] = -1;
        if (in_r1[i]) {
            sub_row[i] = (int32_t)nr1;
            rows1[nr1++] = (int32_t)i;
        } else {
            sub_row[i] = -1;
            rows2[nr2++] = (int32_t)i;
        }
    }
    for (size_t j = 0; j < m; j++) {
        s->y[j] = -1;
        if (in_c1[j]) {
            sub_col[j] = -1;
            cols1[nc1++] = (int32_t)j;
        } else {
            sub_col[j] = (int32_t)nc2;
            cols2[nc2++] = (int32_t)j;
        }
    }
    part_solve(p, false, rows2, nr2, cols2, nc2, sub_col, s);
    part_solve(p, true, cols1, nc1, rows1, nr1, sub_row, s);

    free(in_r1);
    free(in_c1);
    free(queue);
    free(rows1);
    free(rows2);
    free(cols1);
    free(cols2);
    free(sub_col);
    free(sub_row);
}

/* Solves p as it is marked now; the column index of a sparse p is built when the
 * decomposition needs it. */
static void problem_solve(struct assign_problem *p, struct sol *s)
{
    size_t n = p->n, m = p->m;
    int64_t *v = xreallocarray(NULL, m ? m : 1, sizeof *v);
    int64_t pcap = (int64_t)n * p->span;
    int rc;

    if (p->dense) {
        if (p->cost32)
            rc = dense_solve32(p->cost32, n, m, (int32_t)pcap, s->x, s->y, v);
        else
            rc = dense_solve(p->cost, n, m, pcap, s->x, s->y, v);
        if (rc == 0)
            for (size_t i = 0; i < n; i++)
                s->xc[i] = cost_get(p, i * m + (size_t)s->x[i]);
    } else {
        struct sparse sp = {.n = n, .m = m, .rp = p->rp, .ci = p->ci, .cost = p->cost};
        sp.pcap = pcap;
        sp.x = s->x;
        sp.y = s->y;
        sp.v = v;
        sp.xe = xreallocarray(NULL, n ? n : 1, sizeof *sp.xe);
        rc = sparse_solve(&sp);
        if (rc == 0)
            for (size_t i = 0; i < n; i++)
                s->xc[i] = p->cost[sp.xe[i]];
        free(sp.xe);
    }
    if (rc == 0) {
        for (size_t i = 0; i < n; i++) {
            s->pa[i] = 1;
            s->pb[i] = p->k - (s->xc[i] - v[s->x[i]]);
        }
        for (size_t j = 0; j < m; j++) {
            s->pa[n + j] = 0;
            s->pb[n + j] = -v[j];
        }
    } else {
        problem_index_columns(p);
        deficient_solve(p, s);
    }
    free(v);
}

/* ---- explanation ---- */

/* A loss (pairs, utility) and the runner-up it comes from, for the tie-break. */
struct lab {
    int64_t a, b;
    int64_t ku; /* utility of the first pair: higher first */
    int32_t kj; /* the caller's index of the alternative: lower first */
};

static int lab_cmp(const struct lab *x, const struct lab *y, bool keys)
{
    if (x->a != y->a)
        return x->a < y->a ? -1 : 1;
    if (x->b != y->b)
        return x->b < y->b ? -1 : 1;
    if (!keys)
        return 0;
    if (x->ku != y->ku)
        return x->ku > y->ku ? -1 : 1;
    if (x->kj != y->kj)
        return x->kj < y->kj ? -1 : 1;
    return 0;
}

struct hent {
    struct lab l;
    int32_t v;
};

/* What the searches of one explanation share. */
struct why_ws {
    const struct assign_problem *p;
    const struct sol *s;
    struct lab *lab; /* by vertex, valid when seen[v] == stamp */
    uint64_t *seen, *fin;
    uint64_t stamp;
    struct hent *heap; /* lazy: stale entries are skipped when popped */
    size_t len, cap;
    bool keys;
};

static bool hent_less(const struct why_ws *w, const struct hent *a, const struct hent *b)
{
    int c = lab_cmp(&a->l, &b->l, w->keys);
    return c < 0 || (c == 0 && a->v < b->v);
}

static void why_push(struct why_ws *w, int32_t v, const struct lab *l)
{
    if (w->seen[v] == w->stamp && lab_cmp(l, &w->lab[v], w->keys) >= 0)
        return;
    w->seen[v] = w->stamp;
    w->lab[v] = *l;
    if (w->len == w->cap) {
        w->cap = w->cap ? 2 * w->cap : 64;
        w->heap = xreallocarray(w->heap, w->cap, sizeof *w->heap);
    }
    size_t k = w->len++;
    struct hent e = {*l, v};
    while (k > 0 && hent_less(w, &e, &w->heap[(k - 1) / 2])) {
        w->heap[k] = w->heap[(k - 1) / 2];
        k = (k - 1) / 2;
    }
    w->heap[k] = e;
}

/* The next settled vertex, or false when the heap is empty. */
static bool why_pop(struct why_ws *w, struct hent *out)
{
    while (w->len) {
        *out = w->heap[0];
        struct hent last = w->heap[--w->len];
        size_t k = 0;
        for (;;) {
            size_t l = 2 * k + 1, best = k;
            const struct hent *bp = &last;
            if (l < w->len && hent_less(w, &w->heap[l], bp)) {
                best = l;
                bp = &w->heap[l];
            }
            if (l + 1 < w->len && hent_less(w, &w->heap[l + 1], bp))
                best = l + 1;
            if (best == k)
                break;
            w->heap[k] = w->heap[best];
            k = best;
        }
        if (w->len)
            w->heap[k] = last;
        if (w->fin[out->v] == w->stamp || lab_cmp(&out->l, &w->lab[out->v], w->keys) != 0)
            continue;
        w->fin[out->v] = w->stamp;
        return true;
    }
    return false;
}

static size_t vtx_begin(const struct assign_problem *p, int32_t v)
{
    return (size_t)v < p->n ? row_begin(p, (size_t)v) : col_begin(p, (size_t)v - p->n);
}

/* The next eligible neighbour of vertex v (as a vertex) and the pair's cost. */
static bool vtx_next(const struct assign_problem *p, int32_t v, size_t *pos, int32_t *w, int64_t *c)
{
    if ((size_t)v < p->n) {
        if (!row_next(p, (size_t)v, pos, w, c))
            return false;
        *w += (int32_t)p->n;
        return true;
    }
    return col_next(p, (size_t)v - p->n, pos, w, c);
}

static int32_t mate(const struct sol *s, size_t n, int32_t v)
{
    if ((size_t)v < n)
        return s->x[v] < 0 ? -1 : s->x[v] + (int32_t)n;
    return s->y[(size_t)v - n];
}

/* The reduced cost of the pair of vertices v, w whose cost is c. */
static struct lab reduced(const struct why_ws *w, int32_t v1, int32_t v2, int64_t c)
{
    struct lab l = {0, 0, 0, 0};
    l.a = w->s->pa[v1] + w->s->pa[v2] - 1;
    l.b = w->s->pb[v1] + w->s->pb[v2] - (w->p->k - c);
    return l;
}

/*
 * The least loss of dealing with t once its partner s has left: t stays
 * unassigned (its dual), or some other vertex w takes t (a reduced cost),
 * which is free, or leaves its own partner to be dealt with the same way.
 */
static struct lab why_vacate(struct why_ws *w, int32_t s, int32_t t)
{
    const struct assign_problem *p = w->p;
    struct lab best = {w->s->pa[t], w->s->pb[t], 0, 0}, zero = {0, 0, 0, 0};
    struct hent e;

    w->keys = false;
    w->stamp++;
    w->len = 0;
    why_push(w, t, &zero);
    while (why_pop(w, &e)) {
        if (lab_cmp(&e.l, &best, false) >= 0)
            break;
        struct lab here = {e.l.a + w->s->pa[e.v], e.l.b + w->s->pb[e.v], 0, 0};
        if (lab_cmp(&here, &best, false) < 0)
            best = here;
        size_t pos = vtx_begin(p, e.v);
        int32_t o;
        int64_t c;
        while (vtx_next(p, e.v, &pos, &o, &c)) {
            if (o == s)
                continue;
            struct lab r = reduced(w, o, e.v, c);
            struct lab l = {e.l.a + r.a, e.l.b + r.b, 0, 0};
            int32_t q = mate(w->s, p->n, o);
            if (q < 0) {
                if (lab_cmp(&l, &best, false) < 0)
                    best = l;
            } else if (q != e.v && w->fin[q] != w->stamp) {
                why_push(w, q, &l);
            }
        }
    }
    return best;
}

/* The caller's index of vertex v (a row or a column, whichever v is for the caller). */
static int32_t user_index(const struct assign_problem *p, int32_t v)
{
    return (size_t)v < p->n ? v : v - (int32_t)p->n;
}

/*
 * Pushes every eligible partner o of vertex q (but from, and what is settled)
 * at l + the reduced cost of (q, o). The dense case reads the matrix row or
 * column directly: this is where an explanation spends its time.
 */
static void why_relax(struct why_ws *w, int32_t q, int32_t from, const struct lab *l)
{
    const struct assign_problem *p = w->p;
    const struct sol *s = w->s;
    size_t n = p->n, m = p->m;
    /* reduced cost of (q, o) = pa[q] + pa[o] - 1, pb[q] + pb[o] - (k - c) */
    int64_t qa = l->a + s->pa[q] - 1, qb = l->b + s->pb[q] - p->k;

    if (!p->dense) {
        size_t pos = vtx_begin(p, q);
        int32_t o;
        int64_t c;
        while (vtx_next(p, q, &pos, &o, &c)) {
            if (o == from || w->fin[o] == w->stamp)
                continue;
            struct lab nl = *l;
            nl.a = qa + s->pa[o];
            nl.b = qb + s->pb[o] + c;
            why_push(w, o, &nl);
        }
        return;
    }
    bool is_row = (size_t)q < n;
    size_t cnt = is_row ? m : n, stride = is_row ? 1 : m;
    size_t base = is_row ? (size_t)q * m : (size_t)q - n;
    int32_t off = is_row ? (int32_t)n : 0;
    for (size_t t = 0; t < cnt; t++) {
        int32_t o = (int32_t)t + off;
        int64_t c;
        if (p->cost32) {
            int32_t c32 = p->cost32[base + t * stride];
            if (c32 == FORB32)
                continue;
            c = c32;
        } else {
            c = p->cost[base + t * stride];
            if (c == FORB)
                continue;
        }
        if (o == from || w->fin[o] == w->stamp)
            continue;
        int64_t b = qb + s->pb[o] + c;
        /* most pairs improve nothing: decide that before building a label */
        if (w->seen[o] == w->stamp && w->lab[o].a == qa + s->pa[o] && w->lab[o].b < b)
            continue;
        struct lab nl = *l;
        nl.a = qa + s->pa[o];
        nl.b = b;
        why_push(w, o, &nl);
    }
}

/* The runner-up of vertex s (the caller's row), assigned to t. */
static void why_one(struct why_ws *w, int32_t s, struct assign_why *out)
{
    const struct assign_problem *p = w->p;
    int32_t t = mate(w->s, p->n, s);
    struct lab vac = why_vacate(w, s, t);
    struct lab best = {INF, INF, 0, 0};
    struct hent e;
    size_t pos = vtx_begin(p, s);
    int32_t o;
    int64_t c;
    bool any = false;

    w->keys = true;
    w->stamp++;
    w->len = 0;
    while (vtx_next(p, s, &pos, &o, &c)) {
        if (o == t)
            continue;
        struct lab l = reduced(w, s, o, c);
        l.ku = p->k - c;
        l.kj = user_index(p, o);
        why_push(w, o, &l);
        any = true;
    }
    while (any && why_pop(w, &e)) {
        if (lab_cmp(&e.l, &best, true) >= 0)
            break;
        if (e.v == t) { /* the chain came back to t: a cycle, nothing left over */
            best = e.l;
            continue;
        }
        int32_t q = mate(w->s, p->n, e.v);
        struct lab end = e.l;
        end.a += vac.a;
        end.b += vac.b;
        if (q >= 0) { /* or q gives e.v up and stays unassigned */
            end.a += w->s->pa[q];
            end.b += w->s->pb[q];
        }
        if (lab_cmp(&end, &best, true) < 0)
            best = end;
        if (q >= 0)
            why_relax(w, q, e.v, &e.l);
    }
    if (!any) {
        *out = (struct assign_why){-1, 0, 0, 0};
        return;
    }
    out->alt = best.kj;
    out->alt_lost = (int32_t)best.a;
    out->alt_utility = best.ku;
    out->alt_loss = best.b;
}

/* ---- solving ---- */

struct patch {
    size_t cell;
    int64_t old;
};

struct patches {
    struct patch *v;
    size_t len, cap;
};

static void patch_set(struct assign_problem *p, struct patches *ps, size_t cell)
{
    int64_t old = cost_get(p, cell);
    if (old == FORB)
        return;
    if (ps->len == ps->cap) {
        ps->cap = ps->cap ? 2 * ps->cap : 64;
        ps->v = xreallocarray(ps->v, ps->cap, sizeof *ps->v);
    }
    ps->v[ps->len++] = (struct patch){cell, old};
    cost_set(p, cell, FORB);
}

/* Forbids every pair of internal row i but (i, j), and of column j but (i, j). */
static void patch_lock(struct assign_problem *p, struct patches *ps, size_t i, size_t j)
{
    if (p->dense) {
        for (size_t k = 0; k < p->m; k++)
            if (k != j)
                patch_set(p, ps, i * p->m + k);
        for (size_t k = 0; k < p->n; k++)
            if (k != i)
                patch_set(p, ps, k * p->m + j);
        return;
    }
    for (size_t e = p->rp[i]; e < p->rp[i + 1]; e++)
        if ((size_t)p->ci[e] != j)
            patch_set(p, ps, e);
    for (size_t k = p->cp[j]; k < p->cp[j + 1]; k++)
        if ((size_t)p->ri[k] != i)
            patch_set(p, ps, p->ce[k]);
}

int assign_solve(struct assign_problem *p, const struct assign_opts *opts,
                 struct assign_result *out)
{
    static const struct assign_opts none;
    if (!opts)
        opts = &none;
    const struct assign_pair *locks = opts->lock, *forbid = opts->forbid;
    size_t nlocks = opts->nlock, nforbid = opts->nforbid;
    size_t n = p->n, m = p->m, nr = p->nrows, nc = p->ncols;
    int32_t *lrow = NULL, *lcol = NULL;
    struct patches ps = {NULL, 0, 0};
    struct sol s = {NULL, NULL, NULL, NULL, NULL};
    int rc = -1;

    for (size_t k = 0; opts->explain_rows && k < opts->nexplain_rows; k++)
        if (opts->explain_rows[k] < 0 || (size_t)opts->explain_rows[k] >= nr)
            return -1;
    for (size_t k = 0; k < nforbid; k++)
        if (forbid[k].row < 0 || (size_t)forbid[k].row >= nr || forbid[k].col < 0 ||
            (size_t)forbid[k].col >= nc)
            return -1;
    /* the column locked in each row and the row locked in each column: clashes */
    lrow = xreallocarray(NULL, nr ? nr : 1, sizeof *lrow);
    lcol = xreallocarray(NULL, nc ? nc : 1, sizeof *lcol);
    memset(lrow, 0xff, (nr ? nr : 1) * sizeof *lrow);
    memset(lcol, 0xff, (nc ? nc : 1) * sizeof *lcol);
    for (size_t k = 0; k < nlocks; k++) {
        int32_t r = locks[k].row, c = locks[k].col;
        if (r < 0 || (size_t)r >= nr || c < 0 || (size_t)c >= nc)
            goto out;
        if ((lrow[r] >= 0 && lrow[r] != c) || (lcol[c] >= 0 && lcol[c] != r))
            goto out;
        lrow[r] = c;
        lcol[c] = r;
    }

    if (nlocks || opts->explain)
        problem_index_columns(p);
    for (size_t k = 0; k < nforbid; k++) {
        size_t i = (size_t)(p->tr ? forbid[k].col : forbid[k].row);
        size_t j = (size_t)(p->tr ? forbid[k].row : forbid[k].col);
        size_t cell = problem_cell(p, i, j);
        if (cell != SIZE_MAX)
            patch_set(p, &ps, cell);
    }
    for (size_t k = 0; k < nlocks; k++) {
        size_t i = (size_t)(p->tr ? locks[k].col : locks[k].row);
        size_t j = (size_t)(p->tr ? locks[k].row : locks[k].col);
        size_t cell = problem_cell(p, i, j);
        if (cell == SIZE_MAX || cost_get(p, cell) == FORB)
            goto out;
    }
    for (size_t k = 0; k < nlocks; k++) {
        size_t i = (size_t)(p->tr ? locks[k].col : locks[k].row);
        size_t j = (size_t)(p->tr ? locks[k].row : locks[k].col);
        patch_lock(p, &ps, i, j);
    }

    s.x = xreallocarray(NULL, n ? n : 1, sizeof *s.x);
    s.y = xreallocarray(NULL, m ? m : 1, sizeof *s.y);
    s.pa = xreallocarray(NULL, n + m ? n + m : 1, sizeof *s.pa);
    s.pb = xreallocarray(NULL, n + m ? n + m : 1, sizeof *s.pb);
    s.xc = xreallocarray(NULL, n ? n : 1, sizeof *s.xc);
    problem_solve(p, &s);

    struct assign_result r = {.nrows = nr, .ncols = nc};
    r.col = nr ? xreallocarray(NULL, nr, sizeof *r.col) : NULL;
    r.row = nc ? xreallocarray(NULL, nc, sizeof *r.row) : NULL;
    for (size_t i = 0; i < nr; i++)
        r.col[i] = -1;
    for (size_t j = 0; j < nc; j++)
        r.row[j] = -1;
    for (size_t i = 0; i < n; i++) {
        int32_t j = s.x[i];
        if (j < 0)
            continue;
        r.npairs++;
        r.total += p->k - s.xc[i];
        if (p->tr) {
            r.col[j] = (int32_t)i;
            r.row[i] = j;
        } else {
            r.col[i] = j;
            r.row[j] = (int32_t)i;
        }
    }
    if (opts->explain) {
        struct why_ws w = {.p = p, .s = &s};
        w.lab = xreallocarray(NULL, n + m ? n + m : 1, sizeof *w.lab);
        w.seen = xcalloc(n + m ? n + m : 1, sizeof *w.seen);
        w.fin = xcalloc(n + m ? n + m : 1, sizeof *w.fin);
        r.why = nr ? xreallocarray(NULL, nr, sizeof *r.why) : NULL;
        size_t nx = opts->explain_rows ? opts->nexplain_rows : nr;
        for (size_t u = 0; u < nr; u++)
            r.why[u] = (struct assign_why){-1, 0, 0, 0};
        for (size_t k = 0; k < nx; k++) {
            size_t u = opts->explain_rows ? (size_t)opts->explain_rows[k] : k;
            int32_t v = p->tr ? (int32_t)(n + u) : (int32_t)u;
            if (r.col[u] >= 0 && lrow[u] < 0)
                why_one(&w, v, &r.why[u]);
        }
        free(w.lab);
        free(w.seen);
        free(w.fin);
        free(w.heap);
    }
    *out = r;
    rc = 0;
out:
    while (ps.len) {
        ps.len--;
        cost_set(p, ps.v[ps.len].cell, ps.v[ps.len].old);
    }
    free(ps.v);
    free(lrow);
    free(lcol);
    free(s.x);
    free(s.y);
    free(s.pa);
    free(s.pb);
    free(s.xc);
    return rc;
}

void assign_result_free(struct assign_result *r)
{
    free(r->col);
    free(r->row);
    free(r->why);
    memset(r, 0, sizeof *r);
}

int assign_dense(size_t nrows, size_t ncols, const int64_t *utility, const struct assign_opts *opts,
                 struct assign_result *out)
{
    struct assign_problem *p;
    if (assign_problem_dense(nrows, ncols, utility, &p) != 0)
        return -1;
    int rc = assign_solve(p, opts, out);
    assign_problem_free(p);
    return rc;
}

int assign_sparse(size_t nrows, size_t ncols, const size_t *rowptr, const int32_t *col,
                  const int64_t *utility, const struct assign_opts *opts, struct assign_result *out)
{
    struct assign_problem *p;
    if (assign_problem_sparse(nrows, ncols, rowptr, col, utility, &p) != 0)
        return -1;
    int rc = assign_solve(p, opts, out);
    assign_problem_free(p);
    return rc;
}
