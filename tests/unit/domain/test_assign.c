#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/assign.h"

#define F ASSIGN_FORBIDDEN
#define MAXN 7

static const struct assign_opts EXPLAIN = {.explain = 1};

/* ---- helpers ---- */

/* A small deterministic generator, so that every run tests the same instances. */
static uint64_t rng_state;

static uint64_t rng_next(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static int64_t rng_range(int64_t lo, int64_t hi)
{
    return lo + (int64_t)(rng_next() % (uint64_t)(hi - lo + 1));
}

/* The sparse form of a dense matrix, each row's pairs in a shuffled order. */
struct csr {
    size_t *rp;
    int32_t *col;
    int64_t *u;
};

static struct csr csr_of(size_t nr, size_t nc, const int64_t *a, bool shuffle)
{
    struct csr s;
    size_t k = 0;

    s.rp = calloc(nr + 1, sizeof *s.rp);
    s.col = malloc((nr * nc + 1) * sizeof *s.col);
    s.u = malloc((nr * nc + 1) * sizeof *s.u);
    for (size_t r = 0; r < nr; r++) {
        size_t first = k;
        for (size_t c = 0; c < nc; c++) {
            if (a[r * nc + c] == F)
                continue;
            s.col[k] = (int32_t)c;
            s.u[k++] = a[r * nc + c];
        }
        for (size_t i = k - first; shuffle && i > 1; i--) {
            size_t j = (size_t)(rng_next() % i);
            int32_t tc = s.col[first + i - 1];
            int64_t tu = s.u[first + i - 1];
            s.col[first + i - 1] = s.col[first + j];
            s.u[first + i - 1] = s.u[first + j];
            s.col[first + j] = tc;
            s.u[first + j] = tu;
        }
        s.rp[r + 1] = k;
    }
    return s;
}

static void csr_free(struct csr *s)
{
    free(s->rp);
    free(s->col);
    free(s->u);
}

/* The result is a matching of eligible pairs whose count and total are the reported ones. */
static void check_valid(size_t nr, size_t nc, const int64_t *a, const struct assign_result *r)
{
    size_t pairs = 0;
    int64_t total = 0;

    cr_assert_eq(r->nrows, nr);
    cr_assert_eq(r->ncols, nc);
    for (size_t i = 0; i < nr; i++) {
        int32_t c = r->col[i];
        if (c < 0) {
            cr_assert_eq(c, -1);
            continue;
        }
        cr_assert_lt((size_t)c, nc);
        cr_assert_eq(r->row[c], (int32_t)i, "row %zu -> col %d -> row %d", i, c, r->row[c]);
        cr_assert_neq(a[i * nc + (size_t)c], F, "forbidden pair (%zu, %d) assigned", i, c);
        pairs++;
        total += a[i * nc + (size_t)c];
    }
    for (size_t j = 0; j < nc; j++)
        if (r->row[j] >= 0)
            cr_assert_eq(r->col[r->row[j]], (int32_t)j);
        else
            cr_assert_eq(r->row[j], -1);
    cr_assert_eq(r->npairs, pairs);
    cr_assert_eq(r->total, total);
}

/* ---- brute force: every matching of a small instance ---- */

struct score {
    int64_t card, total; /* card < 0: no matching */
};

static bool score_better(struct score x, struct score y)
{
    return x.card > y.card || (x.card == y.card && x.total > y.total);
}

struct brute {
    size_t nr, nc;
    const int64_t *a;
    const int32_t *lock; /* by row: the locked column, -1 */
    int32_t lock_of_col[MAXN];
    struct score best;
    struct score forced[MAXN][MAXN]; /* the best matching containing (r, c), locks kept */
    int32_t cur[MAXN];
    bool used[MAXN];
};

static void brute_leaf(struct brute *b)
{
    struct score s = {0, 0};
    for (size_t r = 0; r < b->nr; r++) {
        if (b->lock[r] >= 0 && b->cur[r] != b->lock[r])
            return;
        if (b->cur[r] >= 0) {
            s.card++;
            s.total += b->a[r * b->nc + (size_t)b->cur[r]];
        }
    }
    for (size_t c = 0; c < b->nc; c++)
        if (b->lock_of_col[c] >= 0 && b->cur[b->lock_of_col[c]] != (int32_t)c)
            return;
    if (score_better(s, b->best))
        b->best = s;
    for (size_t r = 0; r < b->nr; r++)
        if (b->cur[r] >= 0 && score_better(s, b->forced[r][b->cur[r]]))
            b->forced[r][b->cur[r]] = s;
}

static void brute_row(struct brute *b, size_t r)
{
    if (r == b->nr) {
        brute_leaf(b);
        return;
    }
    b->cur[r] = -1;
    brute_row(b, r + 1);
    for (size_t c = 0; c < b->nc; c++) {
        if (b->used[c] || b->a[r * b->nc + c] == F)
            continue;
        b->used[c] = true;
        b->cur[r] = (int32_t)c;
        brute_row(b, r + 1);
        b->used[c] = false;
    }
    b->cur[r] = -1;
}

static void brute_run(struct brute *b, size_t nr, size_t nc, const int64_t *a, const int32_t *lock)
{
    memset(b, 0, sizeof *b);
    b->nr = nr;
    b->nc = nc;
    b->a = a;
    b->lock = lock;
    b->best.card = -1;
    for (size_t c = 0; c < MAXN; c++)
        b->lock_of_col[c] = -1;
    for (size_t r = 0; r < nr; r++)
        if (lock[r] >= 0)
            b->lock_of_col[lock[r]] = (int32_t)r;
    for (size_t r = 0; r < MAXN; r++)
        for (size_t c = 0; c < MAXN; c++)
            b->forced[r][c].card = -1;
    brute_row(b, 0);
}

/* The explanation of every assigned, unlocked row against brute force. */
static void check_why(const struct brute *b, const struct assign_result *r, const char *what)
{
    size_t nc = b->nc;
    for (size_t i = 0; i < b->nr; i++) {
        const struct assign_why *w = &r->why[i];
        int32_t c0 = r->col[i];
        if (c0 < 0 || b->lock[i] >= 0) {
            cr_assert_eq(w->alt, -1, "%s: row %zu unassigned or locked has alt %d", what, i,
                         w->alt);
            continue;
        }
        /* the expected runner-up */
        int32_t alt = -1;
        int64_t lost = 0, loss = 0, ut = 0;
        for (size_t c = 0; c < nc; c++) {
            struct score f = b->forced[i][c];
            if ((int32_t)c == c0 || f.card < 0)
                continue;
            int64_t l1 = b->best.card - f.card, l2 = b->best.total - f.total;
            int64_t u = b->a[i * nc + c];
            if (alt < 0 || l1 < lost || (l1 == lost && l2 < loss) ||
                (l1 == lost && l2 == loss && u > ut)) {
                alt = (int32_t)c;
                lost = l1;
                loss = l2;
                ut = u;
            }
        }
        cr_assert_eq(w->alt, alt, "%s: row %zu: runner-up %d, expected %d", what, i, w->alt, alt);
        if (alt < 0)
            continue;
        cr_assert_eq(w->alt_lost, lost, "%s: row %zu alt %d: lost %d, expected %lld", what, i, alt,
                     w->alt_lost, (long long)lost);
        cr_assert_eq(w->alt_loss, loss, "%s: row %zu alt %d: loss %lld, expected %lld", what, i,
                     alt, (long long)w->alt_loss, (long long)loss);
        cr_assert_eq(w->alt_utility, ut);
    }
}

/* ---- hand cases ---- */

Test(assign, three_by_three)
{
    /* scipy's documentation example as costs: the minimum 5 is (0,1) (1,0) (2,2) */
    int64_t a[9] = {-4, -1, -3, -2, 0, -5, -3, -2, -2};
    struct assign_result r;

    cr_assert_eq(assign_dense(3, 3, a, NULL, &r), 0);
    check_valid(3, 3, a, &r);
    cr_assert_eq(r.npairs, 3);
    cr_assert_eq(r.total, -5);
    cr_assert_eq(r.col[0], 1);
    cr_assert_eq(r.col[1], 0);
    cr_assert_eq(r.col[2], 2);
    assign_result_free(&r);

    /* and a positive one where the greedy choice (9 first) is wrong: 8 + 7 + 6 beats 9 + ... */
    int64_t b[9] = {9, 8, 0, 7, 0, 0, 0, 0, 6};
    cr_assert_eq(assign_dense(3, 3, b, NULL, &r), 0);
    check_valid(3, 3, b, &r);
    cr_assert_eq(r.total, 21);
    cr_assert_eq(r.col[0], 1);
    cr_assert_eq(r.col[1], 0);
    cr_assert_eq(r.col[2], 2);
    assign_result_free(&r);
}

Test(assign, rectangular_both_ways)
{
    /* 2 positions x 4 candidates: each position its best, then the clash resolved */
    int64_t a[8] = {5, 9, 1, 2, 4, 8, 7, 0};
    struct assign_result r;

    cr_assert_eq(assign_dense(2, 4, a, NULL, &r), 0);
    check_valid(2, 4, a, &r);
    cr_assert_eq(r.npairs, 2);
    cr_assert_eq(r.total, 16); /* 9 + 7 */
    cr_assert_eq(r.col[0], 1);
    cr_assert_eq(r.col[1], 2);
    cr_assert_eq(r.row[0], -1);
    cr_assert_eq(r.row[3], -1);
    assign_result_free(&r);

    /* the transpose: 4 positions x 2 candidates, two positions stay empty */
    int64_t t[8] = {5, 4, 9, 8, 1, 7, 2, 0};
    cr_assert_eq(assign_dense(4, 2, t, NULL, &r), 0);
    check_valid(4, 2, t, &r);
    cr_assert_eq(r.npairs, 2);
    cr_assert_eq(r.total, 16);
    cr_assert_eq(r.col[1], 0);
    cr_assert_eq(r.col[2], 1);
    cr_assert_eq(r.col[0], -1);
    cr_assert_eq(r.col[3], -1);
    assign_result_free(&r);
}

Test(assign, forbidden_pair_changes_the_optimum)
{
    int64_t a[4] = {10, 6, 7, 1};
    struct assign_result r;

    cr_assert_eq(assign_dense(2, 2, a, NULL, &r), 0);
    cr_assert_eq(r.total, 13); /* 6 + 7 */
    assign_result_free(&r);
    a[2] = F;
    cr_assert_eq(assign_dense(2, 2, a, NULL, &r), 0);
    check_valid(2, 2, a, &r);
    cr_assert_eq(r.total, 11); /* 10 + 1 */
    cr_assert_eq(r.col[0], 0);
    cr_assert_eq(r.col[1], 1);
    assign_result_free(&r);
}

Test(assign, cardinality_before_utility)
{
    /* (a1,b1) 10 alone is worth more than (a1,b2) + (a2,b1) = 2, but leaves a2 empty */
    int64_t a[4] = {10, 1, 1, F};
    struct assign_result r;

    cr_assert_eq(assign_dense(2, 2, a, NULL, &r), 0);
    check_valid(2, 2, a, &r);
    cr_assert_eq(r.npairs, 2);
    cr_assert_eq(r.total, 2);
    cr_assert_eq(r.col[0], 1);
    cr_assert_eq(r.col[1], 0);
    assign_result_free(&r);

    struct csr s = csr_of(2, 2, a, false);
    cr_assert_eq(assign_sparse(2, 2, s.rp, s.col, s.u, NULL, &r), 0);
    check_valid(2, 2, a, &r);
    cr_assert_eq(r.npairs, 2);
    cr_assert_eq(r.total, 2);
    assign_result_free(&r);
    csr_free(&s);
}

Test(assign, no_full_matching)
{
    /* three positions only candidate 0 can fill, and one ordinary one: the best of the
     * three takes candidate 0, the fourth its best remaining */
    int64_t a[12] = {
        3, F, F, /* */
        8, F, F, /* */
        5, F, F, /* */
        9, 4, 2, /* */
    };
    struct assign_result r;

    cr_assert_eq(assign_dense(4, 3, a, &EXPLAIN, &r), 0);
    check_valid(4, 3, a, &r);
    cr_assert_eq(r.npairs, 2);
    cr_assert_eq(r.total, 12); /* 8 + 4 */
    cr_assert_eq(r.col[1], 0);
    cr_assert_eq(r.col[3], 1);
    /* row 3's runner-up: candidate 2 (8 + 2, loses 2), not candidate 0 (9 alone: one pair
     * fewer); row 1 has no other candidate */
    cr_assert_eq(r.why[3].alt, 2);
    cr_assert_eq(r.why[3].alt_lost, 0);
    cr_assert_eq(r.why[3].alt_loss, 2);
    cr_assert_eq(r.why[1].alt, -1);
    cr_assert_eq(r.why[0].alt, -1, "row 0 is not assigned");
    assign_result_free(&r);
}

Test(assign, negative_utilities)
{
    /* every pair a loss: all positions are still filled, at the least total loss */
    int64_t a[6] = {-5, -1, -9, -2, -3, -4};
    struct assign_result r;

    cr_assert_eq(assign_dense(2, 3, a, NULL, &r), 0);
    check_valid(2, 3, a, &r);
    cr_assert_eq(r.npairs, 2);
    cr_assert_eq(r.total, -3); /* -1 + -2 */
    assign_result_free(&r);
}

Test(assign, locks)
{
    int64_t a[9] = {9, 8, 0, 7, 0, 0, 0, 0, 6};
    struct assign_pair lk[2] = {{0, 0}, {2, 2}};
    struct assign_problem *p;
    struct assign_result r;

    cr_assert_eq(assign_problem_dense(3, 3, a, &p), 0);
    struct assign_opts o1 = {.lock = lk, .nlock = 1};
    cr_assert_eq(assign_solve(p, &o1, &r), 0);
    check_valid(3, 3, a, &r);
    cr_assert_eq(r.col[0], 0);
    cr_assert_eq(r.total, 15); /* 9 + 0 + 6 */
    assign_result_free(&r);
    /* the same problem again without the lock: the problem is unchanged by a solve */
    cr_assert_eq(assign_solve(p, NULL, &r), 0);
    cr_assert_eq(r.total, 21);
    assign_result_free(&r);
    /* two locks, the same pair twice is fine */
    struct assign_pair lk3[3] = {{0, 0}, {2, 2}, {0, 0}};
    struct assign_opts o2 = {.lock = lk3, .nlock = 3};
    cr_assert_eq(assign_solve(p, &o2, &r), 0);
    cr_assert_eq(r.total, 15);
    assign_result_free(&r);
    /* forbid what the optimum used: (0,1) */
    struct assign_pair fb[1] = {{0, 1}};
    struct assign_opts o3 = {.forbid = fb, .nforbid = 1};
    cr_assert_eq(assign_solve(p, &o3, &r), 0);
    check_valid(3, 3, a, &r);
    cr_assert_neq(r.col[0], 1);
    cr_assert_eq(r.total, 15);
    assign_result_free(&r);
    assign_problem_free(p);
}

Test(assign, lock_refusals_and_a_lock_that_costs_a_pair)
{
    int64_t a[4] = {10, 1, 1, F};
    struct assign_problem *p;
    struct assign_result r;

    memset(&r, 0x5a, sizeof r);
    cr_assert_eq(assign_problem_dense(2, 2, a, &p), 0);
    struct assign_pair forbidden[1] = {{1, 1}};
    struct assign_opts o4 = {.lock = forbidden, .nlock = 1};
    cr_assert_eq(assign_solve(p, &o4, &r), -1);
    struct assign_pair clash_row[2] = {{0, 0}, {0, 1}};
    struct assign_opts o5 = {.lock = clash_row, .nlock = 2};
    cr_assert_eq(assign_solve(p, &o5, &r), -1);
    struct assign_pair clash_col[2] = {{0, 0}, {1, 0}};
    struct assign_opts o6 = {.lock = clash_col, .nlock = 2};
    cr_assert_eq(assign_solve(p, &o6, &r), -1);
    struct assign_pair out_of_range[1] = {{2, 0}};
    struct assign_opts o7 = {.lock = out_of_range, .nlock = 1};
    cr_assert_eq(assign_solve(p, &o7, &r), -1);
    struct assign_opts o8 = {.forbid = out_of_range, .nforbid = 1};
    cr_assert_eq(assign_solve(p, &o8, &r), -1);
    /* locked and forbidden in the same call */
    struct assign_pair lk[1] = {{0, 0}};
    struct assign_opts o9 = {.lock = lk, .nlock = 1, .forbid = lk, .nforbid = 1};
    cr_assert_eq(assign_solve(p, &o9, &r), -1);
    cr_assert_eq(r.npairs, (size_t)0x5a5a5a5a5a5a5a5a, "*out untouched on -1");

    /* locking (a1,b1) leaves a2 with nothing: one pair, 10 */
    struct assign_opts o10 = {.lock = lk, .nlock = 1, .explain = 1};
    cr_assert_eq(assign_solve(p, &o10, &r), 0);
    check_valid(2, 2, a, &r);
    cr_assert_eq(r.npairs, 1);
    cr_assert_eq(r.total, 10);
    cr_assert_eq(r.why[0].alt, -1, "a locked row has no runner-up");
    assign_result_free(&r);
    /* and the problem still solves as before */
    cr_assert_eq(assign_solve(p, NULL, &r), 0);
    cr_assert_eq(r.total, 2);
    assign_result_free(&r);
    assign_problem_free(p);
}

Test(assign, explanation_runner_up)
{
    int64_t a[6] = {9, 8, F, 7, 1, 5};
    struct assign_result r;

    /* optimum 8 + 7 = 15 (0->1, 1->0) over 9 + 5 = 14 */
    cr_assert_eq(assign_dense(2, 3, a, &EXPLAIN, &r), 0);
    check_valid(2, 3, a, &r);
    cr_assert_eq(r.total, 15);
    cr_assert_eq(r.col[0], 1);
    cr_assert_eq(r.col[1], 0);
    /* position 0's runner-up: cand 0 (9), which moves position 1 to cand 2: 9 + 5 = 14 */
    cr_assert_eq(r.why[0].alt, 0);
    cr_assert_eq(r.why[0].alt_utility, 9);
    cr_assert_eq(r.why[0].alt_lost, 0);
    cr_assert_eq(r.why[0].alt_loss, 1);
    /* position 1's runner-up: cand 2 (5), position 0 back on cand 0: 9 + 5 = 14; cand 1
     * would give 9 + 1 = 10 */
    cr_assert_eq(r.why[1].alt, 2);
    cr_assert_eq(r.why[1].alt_utility, 5);
    cr_assert_eq(r.why[1].alt_loss, 1);
    assign_result_free(&r);
}

Test(assign, explain_some_rows)
{
    int64_t a[6] = {9, 8, F, 7, 1, 5};
    int32_t rows[1] = {1}, bad[1] = {2};
    struct assign_opts o = {.explain = 1, .explain_rows = rows, .nexplain_rows = 1};
    struct assign_result r;

    cr_assert_eq(assign_dense(2, 3, a, &o, &r), 0);
    cr_assert_eq(r.why[0].alt, -1, "row 0 was not asked for");
    cr_assert_eq(r.why[1].alt, 2);
    cr_assert_eq(r.why[1].alt_loss, 1);
    assign_result_free(&r);
    o.explain_rows = bad;
    cr_assert_eq(assign_dense(2, 3, a, &o, &r), -1);
}

Test(assign, bad_input)
{
    int64_t a[2] = {1, ASSIGN_UTILITY_MAX + 1};
    struct assign_problem *p = NULL;

    cr_assert_eq(assign_problem_dense(1, 2, a, &p), -1);
    a[1] = -ASSIGN_UTILITY_MAX;
    cr_assert_eq(assign_problem_dense(1, 2, a, &p), 0);
    assign_problem_free(p);
    cr_assert_eq(assign_problem_dense((size_t)INT32_MAX + 1, 1, a, &p), -1);

    size_t rp[3] = {0, 2, 3};
    int32_t col[3] = {0, 1, 1};
    int64_t u[3] = {1, 2, 3};
    cr_assert_eq(assign_problem_sparse(2, 2, rp, col, u, &p), 0);
    assign_problem_free(p);
    col[1] = 0; /* listed twice in row 0 */
    cr_assert_eq(assign_problem_sparse(2, 2, rp, col, u, &p), -1);
    col[1] = 2; /* out of range */
    cr_assert_eq(assign_problem_sparse(2, 2, rp, col, u, &p), -1);
    col[1] = 1;
    size_t bad_rp[3] = {1, 2, 3};
    cr_assert_eq(assign_problem_sparse(2, 2, bad_rp, col, u, &p), -1);
    size_t dec_rp[3] = {0, 2, 1};
    cr_assert_eq(assign_problem_sparse(2, 2, dec_rp, col, u, &p), -1);

    /* a range too wide for the number of rows */
    size_t n = 1u << 17;
    int64_t *big = malloc(2 * n * sizeof *big);
    for (size_t k = 0; k < 2 * n; k++)
        big[k] = (k & 1) ? ASSIGN_UTILITY_MAX : -ASSIGN_UTILITY_MAX;
    cr_assert_eq(assign_problem_dense(n, 2, big, &p), 0, "2 rows inside");
    assign_problem_free(p);
    size_t *brp = malloc((n + 1) * sizeof *brp);
    int32_t *bcol = malloc(n * sizeof *bcol);
    for (size_t k = 0; k <= n; k++)
        brp[k] = k;
    for (size_t k = 0; k < n; k++)
        bcol[k] = (int32_t)k;
    cr_assert_eq(assign_problem_sparse(n, n, brp, bcol, big, &p), -1, "2^17 rows x 2^41");
    free(big);
    free(brp);
    free(bcol);
}

Test(assign, empty)
{
    struct assign_result r;
    int64_t a[1] = {F};

    cr_assert_eq(assign_dense(0, 0, a, &EXPLAIN, &r), 0);
    cr_assert_eq(r.npairs, 0);
    assign_result_free(&r);
    cr_assert_eq(assign_dense(3, 0, a, NULL, &r), 0);
    cr_assert_eq(r.col[2], -1);
    assign_result_free(&r);
    cr_assert_eq(assign_dense(1, 1, a, &EXPLAIN, &r), 0);
    cr_assert_eq(r.npairs, 0);
    cr_assert_eq(r.col[0], -1);
    cr_assert_eq(r.why[0].alt, -1);
    assign_result_free(&r);
}

/* ---- the property test against brute force ---- */

/* One random instance of utilities from one of several shapes, with some forbidden. */
static void random_instance(size_t nr, size_t nc, int64_t *a)
{
    int shape = (int)rng_range(0, 5);
    int64_t pf = rng_range(0, 70); /* percent forbidden */
    for (size_t k = 0; k < nr * nc; k++) {
        int64_t u;
        switch (shape) {
        case 0: /* many ties */
            u = rng_range(0, 3);
            break;
        case 1: /* negative and positive */
            u = rng_range(-50, 50);
            break;
        case 2: /* the extremes */
            u = rng_range(0, 1) ? ASSIGN_UTILITY_MAX : -ASSIGN_UTILITY_MAX + rng_range(0, 3);
            break;
        case 3: /* JPM basis points */
            u = rng_range(0, 10000);
            break;
        case 4: /* large utilities, a narrow range */
            u = ASSIGN_UTILITY_MAX - rng_range(0, 40);
            break;
        default: /* all equal */
            u = 7;
        }
        a[k] = rng_range(0, 99) < pf ? F : u;
    }
}

static void property_round(uint64_t seed, int count)
{
    int64_t a[MAXN * MAXN], am[MAXN * MAXN];
    char what[96];

    rng_state = seed;
    for (int it = 0; it < count; it++) {
        size_t nr = (size_t)rng_range(1, MAXN), nc = (size_t)rng_range(1, MAXN);
        int32_t nolock[MAXN], lock[MAXN];
        struct brute b;
        struct assign_result rd, rs;

        random_instance(nr, nc, a);
        for (size_t r = 0; r < MAXN; r++)
            nolock[r] = lock[r] = -1;
        snprintf(what, sizeof what, "seed %llu instance %d (%zux%zu)", (unsigned long long)seed, it,
                 nr, nc);

        /* plain: dense, sparse, explanation */
        brute_run(&b, nr, nc, a, nolock);
        cr_assert_eq(assign_dense(nr, nc, a, &EXPLAIN, &rd), 0, "%s", what);
        check_valid(nr, nc, a, &rd);
        cr_assert_eq((int64_t)rd.npairs, b.best.card, "%s: dense pairs", what);
        cr_assert_eq(rd.total, b.best.total, "%s: dense total %lld, brute %lld", what,
                     (long long)rd.total, (long long)b.best.total);
        check_why(&b, &rd, what);

        struct csr s = csr_of(nr, nc, a, true);
        cr_assert_eq(assign_sparse(nr, nc, s.rp, s.col, s.u, &EXPLAIN, &rs), 0, "%s", what);
        check_valid(nr, nc, a, &rs);
        cr_assert_eq(rs.npairs, rd.npairs, "%s: sparse pairs", what);
        cr_assert_eq(rs.total, rd.total, "%s: sparse total", what);
        check_why(&b, &rs, what);
        assign_result_free(&rs);

        /* locks (one or two eligible pairs of the current optimum or not) and forbids */
        struct assign_problem *pd, *ps;
        struct assign_pair lk[2], fb[3];
        size_t nlk = 0, nfb = 0, tries = (size_t)rng_range(0, 3);
        for (int t = 0; t < 2; t++) {
            size_t r = (size_t)rng_range(0, (int64_t)nr - 1),
                   c = (size_t)rng_range(0, (int64_t)nc - 1);
            if (a[r * nc + c] == F || lock[r] >= 0)
                continue;
            bool col_taken = false;
            for (size_t k = 0; k < nlk; k++)
                col_taken |= lk[k].col == (int32_t)c;
            if (col_taken)
                continue;
            lk[nlk++] = (struct assign_pair){(int32_t)r, (int32_t)c};
            lock[r] = (int32_t)c;
        }
        memcpy(am, a, sizeof am);
        for (size_t k = 0; k < tries; k++) {
            size_t r = (size_t)rng_range(0, (int64_t)nr - 1),
                   c = (size_t)rng_range(0, (int64_t)nc - 1);
            if (lock[r] == (int32_t)c) /* forbidding a lock is refused: tested by hand */
                continue;
            fb[nfb++] = (struct assign_pair){(int32_t)r, (int32_t)c};
            am[r * nc + c] = F;
        }
        brute_run(&b, nr, nc, am, lock);
        cr_assert_eq(assign_problem_dense(nr, nc, a, &pd), 0);
        cr_assert_eq(assign_problem_sparse(nr, nc, s.rp, s.col, s.u, &ps), 0);
        struct assign_problem *both[2] = {pd, ps};
        for (int k = 0; k < 2; k++) {
            struct assign_result rl;
            struct assign_opts o11 = {
                .lock = lk, .nlock = nlk, .forbid = fb, .nforbid = nfb, .explain = 1};
            cr_assert_eq(assign_solve(both[k], &o11, &rl), 0, "%s: locked solve", what);
            check_valid(nr, nc, am, &rl);
            for (size_t t = 0; t < nlk; t++)
                cr_assert_eq(rl.col[lk[t].row], lk[t].col, "%s: lock not kept", what);
            cr_assert_eq((int64_t)rl.npairs, b.best.card, "%s: locked pairs (%s)", what,
                         k ? "sparse" : "dense");
            cr_assert_eq(rl.total, b.best.total, "%s: locked total (%s)", what,
                         k ? "sparse" : "dense");
            check_why(&b, &rl, what);
            assign_result_free(&rl);
            /* and the problem is as it was */
            cr_assert_eq(assign_solve(both[k], NULL, &rl), 0);
            cr_assert_eq(rl.total, rd.total, "%s: problem changed by a solve", what);
            assign_result_free(&rl);
        }
        assign_problem_free(pd);
        assign_problem_free(ps);
        assign_result_free(&rd);
        csr_free(&s);
    }
}

Test(assign_property, seed_1)
{
    property_round(1, 600);
}

Test(assign_property, seed_2)
{
    property_round(2, 600);
}

Test(assign_property, seed_3)
{
    property_round(3, 600);
}

/* ---- medium instances against an independent reference ---- */

/*
 * Maximum weight matching with weight M + utility per pair (M larger than any
 * sum of utility differences, so the count comes first) by successive
 * longest augmenting paths found with Bellman-Ford on the residual graph:
 * slow, simple, and sharing nothing with the solver.
 */
static struct score reference(size_t nr, size_t nc, const int64_t *a)
{
    const int64_t M = (int64_t)1 << 50; /* > 40 x 2^41: sums stay below 2^57 */
    int32_t *x = malloc(nr * sizeof *x), *y = malloc(nc * sizeof *y);
    int64_t *dr = malloc(nr * sizeof *dr), *dc = malloc(nc * sizeof *dc);
    int32_t *pc = malloc(nc * sizeof *pc);
    struct score s = {0, 0};

    for (size_t i = 0; i < nr; i++)
        x[i] = -1;
    for (size_t j = 0; j < nc; j++)
        y[j] = -1;
    for (;;) {
        /* gain of the best alternating path from a free row to each row / column */
        const int64_t NEG = INT64_MIN / 4;
        for (size_t i = 0; i < nr; i++)
            dr[i] = x[i] < 0 ? 0 : NEG;
        for (size_t j = 0; j < nc; j++)
            dc[j] = NEG;
        for (bool changed = true; changed;) {
            changed = false;
            for (size_t i = 0; i < nr; i++) {
                if (dr[i] == NEG)
                    continue;
                for (size_t j = 0; j < nc; j++) {
                    if (a[i * nc + j] == F || x[i] == (int32_t)j)
                        continue;
                    int64_t g = dr[i] + M + a[i * nc + j];
                    if (g > dc[j]) {
                        dc[j] = g;
                        pc[j] = (int32_t)i;
                        changed = true;
                        if (y[j] >= 0) {
                            int64_t g2 = g - M - a[(size_t)y[j] * nc + j];
                            if (g2 > dr[y[j]])
                                dr[y[j]] = g2;
                        }
                    }
                }
            }
        }
        int32_t best = -1;
        for (size_t j = 0; j < nc; j++)
            if (y[j] < 0 && dc[j] > 0 && (best < 0 || dc[j] > dc[best]))
                best = (int32_t)j;
        if (best < 0)
            break;
        for (int32_t j = best; j >= 0;) {
            int32_t i = pc[j], prev = x[i];
            x[i] = j;
            y[j] = i;
            j = prev;
        }
    }
    for (size_t i = 0; i < nr; i++) {
        if (x[i] >= 0) {
            s.card++;
            s.total += a[i * nc + (size_t)x[i]];
        }
    }
    free(x);
    free(y);
    free(dr);
    free(dc);
    free(pc);
    return s;
}

/* Medium instances (up to 40 x 40, past what the row reduction settles alone) in shapes
 * that make the path searches work: ties, structure, and the int64 range. */
static int64_t medium_utility(int shape, size_t r, size_t c)
{
    switch (shape) {
    case 0:
        return rng_range(-1000, 1000);
    case 1: /* few values: long searches through ties */
        return rng_range(0, 2);
    case 2: /* every full assignment of a sum a_r + b_c has the same total */
        return (int64_t)(r * 7 % 11) + (int64_t)(c * 5 % 13);
    case 3: /* a product: greedy choices are wrong */
        return (int64_t)((r + 1) * (c + 1) % 37);
    default: /* the int64 solver */
        return rng_range(-ASSIGN_UTILITY_MAX, ASSIGN_UTILITY_MAX);
    }
}

Test(assign_property, medium_against_reference)
{
    rng_state = 42;
    for (int it = 0; it < 150; it++) {
        size_t nr = (size_t)rng_range(1, 40), nc = (size_t)rng_range(1, 40);
        int shape = it % 5;
        int64_t pf = it % 7 == 0 ? 95 : rng_range(0, 90);
        int64_t *a = malloc(nr * nc * sizeof *a), *t = malloc(nr * nc * sizeof *t);
        for (size_t k = 0; k < nr * nc; k++) {
            int64_t u = medium_utility(shape, k / nc, k % nc);
            a[k] = rng_range(0, 99) < pf ? F : u;
        }
        for (size_t r = 0; r < nr; r++)
            for (size_t c = 0; c < nc; c++)
                t[c * nr + r] = a[r * nc + c];
        struct score ref = reference(nr, nc, a);
        struct assign_result rd, rs, rt;
        struct csr s = csr_of(nr, nc, a, true);

        cr_assert_eq(assign_dense(nr, nc, a, NULL, &rd), 0);
        check_valid(nr, nc, a, &rd);
        cr_assert_eq((int64_t)rd.npairs, ref.card, "instance %d %zux%zu: pairs", it, nr, nc);
        cr_assert_eq(rd.total, ref.total, "instance %d %zux%zu: total %lld, reference %lld", it, nr,
                     nc, (long long)rd.total, (long long)ref.total);
        cr_assert_eq(assign_sparse(nr, nc, s.rp, s.col, s.u, NULL, &rs), 0);
        check_valid(nr, nc, a, &rs);
        cr_assert_eq(rs.total, ref.total, "instance %d: sparse", it);
        cr_assert_eq((int64_t)rs.npairs, ref.card);
        cr_assert_eq(assign_dense(nc, nr, t, &EXPLAIN, &rt), 0);
        check_valid(nc, nr, t, &rt);
        cr_assert_eq(rt.total, ref.total, "instance %d: the transpose", it);
        assign_result_free(&rd);
        assign_result_free(&rs);
        assign_result_free(&rt);
        csr_free(&s);
        free(a);
        free(t);
    }
}
