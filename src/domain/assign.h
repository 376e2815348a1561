/*
 * assign.h - the placement optimiser's solver: exact rectangular linear
 * assignment with forbidden pairs, maximising a total integer utility.
 *
 * Rows are what is filled (positions, vacancies), columns who fills them
 * (candidates); utility(r, c) is how good c is in r (a JPM in basis points,
 * a policy score) or ASSIGN_FORBIDDEN (c is not eligible for r). Each row
 * takes at most one column and each column at most one row.
 *
 * What is optimal, lexicographically:
 *   1. as many assigned pairs as eligibility allows (a maximum matching);
 *   2. among those, the largest total utility.
 * Utilities may be negative or zero: a pair of utility -5 is still taken
 * when it is the only way to assign one more row, because filling what can
 * be filled comes first. When some matching covers the smaller side (every
 * vacancy can be filled), the optimum is that of
 * scipy.optimize.linear_sum_assignment(maximize=True) with forbidden pairs
 * at -inf. Ties between optimal assignments are broken arbitrarily (the
 * same way on every run); the count and the total are unique.
 *
 * Method: shortest augmenting paths on the smaller side (transposed when
 * the caller's matrix has more rows than columns), Jonker-Volgenant: two
 * passes of augmenting row reduction, then one Dijkstra search per row
 * still free, with integer dual variables, so the optimum is exact (no
 * floating point). Dense problems scan matrix rows (in int32, four columns
 * at a time, when the utility range allows it; int64 otherwise), sparse
 * ones keep a heap over the columns reached. When no matching covers the
 * smaller side, a maximum matching (Hopcroft-Karp) splits the problem by
 * its Dulmage-Mendelsohn decomposition into two parts that each have one,
 * solved separately. Worst case O(n^2 m) for n = the smaller side;
 * bench/assign: uniform random dense 5,000 x 5,000 in about 0.6 s, sparse
 * 2,000 x 20,000 at 5 % in 0.02 s, single-threaded.
 *
 * What-ifs: a problem is built once (validated, converted, transposed) and
 * solved as often as wanted, each time with its own locked pairs (must be
 * in the solution) and forbidden pairs (must not be): assign_opts.
 *
 * Limits: |utility| <= ASSIGN_UTILITY_MAX for every eligible pair, and
 * (min(nrows, ncols) + 1) x (largest - smallest eligible utility) <=
 * ASSIGN_SPAN_MAX, which keeps every dual variable and path length of the
 * search well inside int64: any utility range up to 2^40 for up to 2^17
 * rows, JPM basis points for any size.
 *
 * Pure and reentrant: no I/O, no global state. A problem may be solved by
 * one thread at a time (a solve marks its locks and forbidden pairs in it
 * and unmarks them before returning). Inputs are borrowed for the duration
 * of a call; results are allocated with xmalloc (never NULL for a non-zero
 * count, abort on out of memory) and owned by the caller.
 *
 * Errors: every int function returns 0, or -1 for unusable input, checked
 * before any work (then nothing is allocated and *out is untouched).
 */
#ifndef MERIT_DOMAIN_ASSIGN_H
#define MERIT_DOMAIN_ASSIGN_H

#include <stddef.h>
#include <stdint.h>

#define ASSIGN_FORBIDDEN INT64_MIN            /* a pair that may not be assigned */
#define ASSIGN_UTILITY_MAX ((int64_t)1 << 40) /* |utility| of an eligible pair */
#define ASSIGN_SPAN_MAX ((int64_t)1 << 58)    /* (smaller side + 1) x utility range */

struct assign_pair {
    int32_t row, col;
};

/* The runner-up of one assigned row (assign_result.why). */
struct assign_why {
    int32_t alt;         /* the runner-up column; -1 when the row has no other eligible column,
                            is locked, is not assigned or was not asked for */
    int32_t alt_lost;    /* assigned pairs lost by giving the row alt: 0, or 1 when every way
                            of doing so leaves one more row without a column */
    int64_t alt_utility; /* utility(row, alt) */
    int64_t alt_loss;    /* total utility lost by giving the row alt, the rest re-optimised;
                            >= 0 when alt_lost is 0, may be negative when it is 1 (the pair
                            given up had a negative utility) */
};

/*
 * What the explanation computes (assign_opts.explain), exactly: for a row r
 * assigned to column c, and every other column a eligible for r, the
 * optimum of the same problem with (r, a) locked in addition (the other
 * locks and forbidden pairs kept, everything else re-optimised by the same
 * lexicographic rule). The runner-up is the a whose optimum is closest to
 * the actual one: fewest pairs lost first, then least utility lost, then
 * the higher utility(r, a), then the lower a. alt_lost and alt_loss are the
 * actual optimum minus that one.
 *
 * How: forcing r onto a sets off two chains of reassignments, from r's old
 * column and from a's old row, or one that closes into a cycle. With the
 * optimal dual variables, the loss of any such rearrangement is the sum of
 * the reduced costs of the pairs it adds plus the duals of what it leaves
 * unassigned, all >= 0, so two shortest-path searches per row find the
 * least one exactly (no re-solve, no bound). A search stops as soon as
 * nothing nearer can remain, but on a dense instance whose optimum leaves
 * many near-zero reduced costs (uniform random utilities) it still visits
 * about half the columns, O(n^2) a row: bench/assign measured about 5 ms a
 * row at 2,000 x 2,000, and 0.05 ms a row on the sparse 2,000 x 20,000.
 * Hence explain_rows, to explain the rows on screen rather than all.
 */

struct assign_result {
    size_t nrows, ncols;
    size_t npairs;          /* assigned pairs */
    int64_t total;          /* sum of their utilities */
    int32_t *col;           /* nrows: the column of each row, -1 = none */
    int32_t *row;           /* ncols: the row of each column, -1 = none */
    struct assign_why *why; /* nrows when solved with opts->explain, else NULL */
};

struct assign_problem; /* opaque: built by assign_problem_dense or _sparse */

/**
 * A problem from a dense matrix: utility[r * ncols + c], ASSIGN_FORBIDDEN
 * for a forbidden pair. Copies the utilities (4 or 8 bytes a pair; utility
 * may be freed afterwards). -1 for more than INT32_MAX rows or columns, a
 * matrix too large to address, or a utility out of the limits above.
 * Release *out with assign_problem_free.
 */
int assign_problem_dense(size_t nrows, size_t ncols, const int64_t *utility,
                         struct assign_problem **out);

/**
 * A problem from the eligible pairs in compressed sparse rows: row r's
 * pairs are k = rowptr[r] .. rowptr[r + 1] - 1, with column col[k] and
 * utility utility[k] (any order within a row); pairs not listed are
 * forbidden, and so is a listed one whose utility is ASSIGN_FORBIDDEN.
 * -1 also for rowptr[0] != 0, a decreasing rowptr, a column out of range or
 * listed twice in one row. Copies what it needs (12 bytes a pair, 12 more
 * once a solve needs the pairs by column: locks, explanations, or no
 * matching covering the smaller side).
 */
int assign_problem_sparse(size_t nrows, size_t ncols, const size_t *rowptr, const int32_t *col,
                          const int64_t *utility, struct assign_problem **out);

/** Frees p; NULL is allowed. */
void assign_problem_free(struct assign_problem *p);

/* What one solve adds to its problem: the what-if. Zero-initialised (or a NULL pointer):
 * nothing locked, nothing more forbidden, no explanation. */
struct assign_opts {
    const struct assign_pair *lock; /* pairs that must be assigned */
    size_t nlock;
    const struct assign_pair *forbid; /* pairs that must not be, besides the problem's */
    size_t nforbid;
    int explain;                 /* non-zero: fill result.why */
    const int32_t *explain_rows; /* only these rows; NULL = every row */
    size_t nexplain_rows;
};

/**
 * Solves p under opts (may be NULL): optimal among the assignments that
 * assign every locked pair and no forbidden one. Forbidding a pair that is
 * forbidden already is no error; neither is locking the same pair twice.
 * -1 for a row or column out of range (in lock, forbid or explain_rows), a
 * locked pair that is forbidden (by p or opts->forbid), or two locks
 * sharing a row or a column. With explain, result.why[r] is the runner-up
 * of each row r asked for that is assigned and not locked, {-1, 0, 0, 0}
 * for the others. On success *out is filled; release it with
 * assign_result_free.
 */
int assign_solve(struct assign_problem *p, const struct assign_opts *opts,
                 struct assign_result *out);

/** Frees the arrays of r (not r itself) and zeroes it; r may be zeroed already. */
void assign_result_free(struct assign_result *r);

/** One-shot: assign_problem_dense, assign_solve(opts), assign_problem_free. */
int assign_dense(size_t nrows, size_t ncols, const int64_t *utility, const struct assign_opts *opts,
                 struct assign_result *out);

/** One-shot: assign_problem_sparse, assign_solve(opts), assign_problem_free. */
int assign_sparse(size_t nrows, size_t ncols, const size_t *rowptr, const int32_t *col,
                  const int64_t *utility, const struct assign_opts *opts,
                  struct assign_result *out);

#endif
