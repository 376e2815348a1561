/*
 * assign_bench.c - the C side of bench/assign (driven by bench/assign/run.sh).
 *
 *   bench_assign gen-dense N SEED FILE
 *   bench_assign gen-sparse NPOS NCAND PERMILLE SEED FILE
 *   bench_assign solve FILE
 *   bench_assign explain FILE
 *
 * The gen commands write an instance that both sides read (assign_scipy.py
 * is the other): little-endian, a header of four int64 (kind 1 = dense,
 * 2 = sparse; nrows; ncols; nnz), then
 *   dense:  nrows x ncols int32 utilities by row;
 *   sparse: nrows + 1 int64 row pointers, nnz int32 columns, nnz int32
 *           utilities (the eligible pairs by row; the others are forbidden).
 * Rows are positions, columns candidates. Utilities are uniform random
 * integers, 0..10000 for dense (a JPM in basis points), 1..10000 for
 * sparse (scipy's sparse matching takes a stored 0 for a missing pair).
 * Sparse instances get each pair with probability PERMILLE / 1000, plus
 * one pair per position on a random permutation of the candidates, so a
 * matching covering the positions always exists and the optima of the two
 * sides are comparable. The generator is splitmix64 from SEED.
 *
 * solve reads FILE, then builds the problem (assign_problem_dense or
 * _sparse) and solves it (assign_solve): that is the measured computation.
 * It prints "pairs P total T" on stdout and "read S / compute S" on
 * stderr. explain does the same with ASSIGN_EXPLAIN and reports the time of
 * the explanation alone (information, not compared with scipy).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/strtonum.h"
#include "base/xmalloc.h"
#include "domain/assign.h"

static _Noreturn void die(const char *fmt, ...)
{
    va_list ap;

    fputs("bench_assign: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t rng;

static uint64_t rng_next(void)
{
    uint64_t z = (rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static int64_t arg_num(const char *s, int64_t lo, int64_t hi)
{
    int64_t v;
    const char *why;
    if (strtonum_s(s, lo, hi, &v, &why) != 0)
        die("'%s': %s", s, why);
    return v;
}

static FILE *open_or_die(const char *path, const char *mode)
{
    FILE *f = fopen(path, mode);
    if (!f)
        die("%s: %s", path, strerror(errno));
    return f;
}

static void write_or_die(FILE *f, const void *p, size_t size, size_t n, const char *path)
{
    if (fwrite(p, size, n, f) != n)
        die("%s: write failed", path);
}

static void read_or_die(FILE *f, void *p, size_t size, size_t n, const char *path)
{
    if (fread(p, size, n, f) != n)
        die("%s: short read", path);
}

static void close_or_die(FILE *f, const char *path)
{
    if (fclose(f) != 0)
        die("%s: %s", path, strerror(errno));
}

static void gen_dense(size_t n, uint64_t seed, const char *path)
{
    FILE *f = open_or_die(path, "wb");
    int64_t hdr[4] = {1, (int64_t)n, (int64_t)n, (int64_t)(n * n)};
    int32_t *row = xreallocarray(NULL, n, sizeof *row);

    rng = seed;
    write_or_die(f, hdr, sizeof hdr[0], 4, path);
    for (size_t r = 0; r < n; r++) {
        for (size_t c = 0; c < n; c++)
            row[c] = (int32_t)(rng_next() % 10001);
        write_or_die(f, row, sizeof *row, n, path);
    }
    free(row);
    close_or_die(f, path);
}

static void gen_sparse(size_t npos, size_t ncand, uint64_t permille, uint64_t seed,
                       const char *path)
{
    size_t *perm = xreallocarray(NULL, ncand, sizeof *perm);
    int64_t *rp = xcalloc(npos + 1, sizeof *rp);
    size_t cap = 1024, nnz = 0;
    int32_t *col = xreallocarray(NULL, cap, sizeof *col);
    int32_t *ut = xreallocarray(NULL, cap, sizeof *ut);

    rng = seed;
    for (size_t c = 0; c < ncand; c++)
        perm[c] = c;
    for (size_t c = ncand; c > 1; c--) {
        size_t k = (size_t)(rng_next() % c), t = perm[c - 1];
        perm[c - 1] = perm[k];
        perm[k] = t;
    }
    for (size_t p = 0; p < npos; p++) {
        for (size_t c = 0; c < ncand; c++) {
            uint64_t h = rng_next();
            if (h % 1000 >= permille && c != perm[p])
                continue;
            if (nnz == cap) {
                cap *= 2;
                col = xreallocarray(col, cap, sizeof *col);
                ut = xreallocarray(ut, cap, sizeof *ut);
            }
            col[nnz] = (int32_t)c;
            ut[nnz++] = (int32_t)(1 + (h >> 32) % 10000);
        }
        rp[p + 1] = (int64_t)nnz;
    }
    FILE *f = open_or_die(path, "wb");
    int64_t hdr[4] = {2, (int64_t)npos, (int64_t)ncand, (int64_t)nnz};
    write_or_die(f, hdr, sizeof hdr[0], 4, path);
    write_or_die(f, rp, sizeof *rp, npos + 1, path);
    write_or_die(f, col, sizeof *col, nnz, path);
    write_or_die(f, ut, sizeof *ut, nnz, path);
    close_or_die(f, path);
    free(perm);
    free(rp);
    free(col);
    free(ut);
}

/* An instance as read: utilities widened to int64, the API's type. */
struct inst {
    int64_t kind;
    size_t nrows, ncols, nnz;
    int64_t *u; /* dense: nrows x ncols; sparse: nnz */
    size_t *rp; /* sparse */
    int32_t *col;
};

static void inst_read(const char *path, struct inst *in)
{
    FILE *f = open_or_die(path, "rb");
    int64_t hdr[4];
    const size_t chunk = 1u << 20;
    int32_t *buf = xreallocarray(NULL, chunk, sizeof *buf);

    memset(in, 0, sizeof *in);
    read_or_die(f, hdr, sizeof hdr[0], 4, path);
    if ((hdr[0] != 1 && hdr[0] != 2) || hdr[1] < 0 || hdr[2] < 0 || hdr[3] < 0 ||
        hdr[1] > INT32_MAX || hdr[2] > INT32_MAX)
        die("%s: not an instance", path);
    in->kind = hdr[0];
    in->nrows = (size_t)hdr[1];
    in->ncols = (size_t)hdr[2];
    in->nnz = (size_t)hdr[3];
    if (in->kind == 2) {
        int64_t *rp = xreallocarray(NULL, in->nrows + 1, sizeof *rp);
        read_or_die(f, rp, sizeof *rp, in->nrows + 1, path);
        in->rp = xreallocarray(NULL, in->nrows + 1, sizeof *in->rp);
        for (size_t r = 0; r <= in->nrows; r++) {
            if (rp[r] < 0 || (size_t)rp[r] > in->nnz)
                die("%s: bad row pointer", path);
            in->rp[r] = (size_t)rp[r];
        }
        free(rp);
        in->col = xreallocarray(NULL, in->nnz ? in->nnz : 1, sizeof *in->col);
        read_or_die(f, in->col, sizeof *in->col, in->nnz, path);
    } else if (in->nnz != in->nrows * in->ncols) {
        die("%s: dense size mismatch", path);
    }
    in->u = xreallocarray(NULL, in->nnz ? in->nnz : 1, sizeof *in->u);
    for (size_t done = 0; done < in->nnz;) {
        size_t k = in->nnz - done < chunk ? in->nnz - done : chunk;
        read_or_die(f, buf, sizeof *buf, k, path);
        for (size_t i = 0; i < k; i++)
            in->u[done + i] = buf[i];
        done += k;
    }
    free(buf);
    close_or_die(f, path);
}

static void inst_free(struct inst *in)
{
    free(in->u);
    free(in->rp);
    free(in->col);
}

static int solve(const char *path, int explain)
{
    struct inst in;
    struct assign_problem *p;
    struct assign_result r;
    double t0 = now(), t1, t2;

    inst_read(path, &in);
    t1 = now();
    int rc = in.kind == 1 ? assign_problem_dense(in.nrows, in.ncols, in.u, &p)
                          : assign_problem_sparse(in.nrows, in.ncols, in.rp, in.col, in.u, &p);
    if (rc != 0)
        die("%s: refused by assign_problem_*", path);
    if (assign_solve(p, NULL, &r) != 0)
        die("%s: refused by assign_solve", path);
    t2 = now();
    if (explain) {
        struct assign_opts o = {.explain = 1};
        double te;
        assign_result_free(&r);
        te = now();
        if (assign_solve(p, &o, &r) != 0)
            die("%s: refused by assign_solve", path);
        te = now() - te;
        size_t with_alt = 0;
        for (size_t i = 0; i < r.nrows; i++)
            with_alt += r.why[i].alt >= 0;
        /* the explaining solve minus the plain one: the explanation alone */
        fprintf(stderr, "explain %.3f s for %zu rows (%zu with a runner-up)\n", te - (t2 - t1),
                r.nrows, with_alt);
    }
    printf("pairs %zu total %lld\n", r.npairs, (long long)r.total);
    fprintf(stderr, "read %.3f s / compute %.3f s\n", t1 - t0, t2 - t1);
    assign_result_free(&r);
    assign_problem_free(p);
    inst_free(&in);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 5 && strcmp(argv[1], "gen-dense") == 0) {
        gen_dense((size_t)arg_num(argv[2], 1, 50000), (uint64_t)arg_num(argv[3], 0, INT64_MAX),
                  argv[4]);
        return 0;
    }
    if (argc == 7 && strcmp(argv[1], "gen-sparse") == 0) {
        gen_sparse((size_t)arg_num(argv[2], 1, 1000000), (size_t)arg_num(argv[3], 1, 1000000),
                   (uint64_t)arg_num(argv[4], 0, 1000), (uint64_t)arg_num(argv[5], 0, INT64_MAX),
                   argv[6]);
        return 0;
    }
    if (argc == 3 && strcmp(argv[1], "solve") == 0)
        return solve(argv[2], 0);
    if (argc == 3 && strcmp(argv[1], "explain") == 0)
        return solve(argv[2], 1);
    fputs("usage: bench_assign gen-dense N SEED FILE\n"
          "       bench_assign gen-sparse NPOS NCAND PERMILLE SEED FILE\n"
          "       bench_assign solve FILE | explain FILE\n",
          stderr);
    return 2;
}
