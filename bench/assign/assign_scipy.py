#!/usr/bin/python3
"""assign_scipy.py - the scipy side of bench/assign (run by bench/assign/run.sh
under Debian's /usr/bin/python3 and python3-scipy).

    assign_scipy.py lsa FILE      scipy.optimize.linear_sum_assignment(maximize=True)
    assign_scipy.py sparse FILE   scipy.sparse.csgraph.min_weight_full_bipartite_matching
                                  (maximize=True): LAPJVsp, scipy's sparse solver

FILE is an instance written by `bench_assign gen-*` (format in assign_bench.c).
lsa on a sparse instance solves the dense matrix with forbidden pairs at -inf
(the matrix is built before the clock starts). Prints "pairs P total T" on
stdout (T summed in int64 from the file's integer utilities, so it compares
exactly with the C side) and "read S / compute S" on stderr, compute being
the scipy call alone (plus the CSR wrapper for sparse, which does not copy).
"""
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def read(path):
    with open(path, "rb") as f:
        kind, nr, nc, nnz = (int(x) for x in np.fromfile(f, dtype="<i8", count=4))
        if kind == 1:
            u = np.fromfile(f, dtype="<i4", count=nr * nc).reshape(nr, nc)
            return kind, nr, nc, None, None, u
        rp = np.fromfile(f, dtype="<i8", count=nr + 1)
        col = np.fromfile(f, dtype="<i4", count=nnz)
        u = np.fromfile(f, dtype="<i4", count=nnz)
        return kind, nr, nc, rp, col, u


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("lsa", "sparse"):
        sys.exit(__doc__)
    mode, path = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    kind, nr, nc, rp, col, u = read(path)
    if mode == "lsa":
        if kind == 1:
            a = u.astype(np.float64)
        else:
            a = np.full((nr, nc), -np.inf)
            rows = np.repeat(np.arange(nr), np.diff(rp))
            a[rows, col] = u
        t1 = time.perf_counter()
        r, c = linear_sum_assignment(a, maximize=True)
        t2 = time.perf_counter()
        if kind == 1:
            total = int(u[r, c].astype(np.int64).sum())
        else:
            total = int(a[r, c].sum())  # exact: integers far below 2^53
    else:
        if kind != 2:
            sys.exit("assign_scipy.py: sparse needs a sparse instance")
        data = u.astype(np.float64)
        t1 = time.perf_counter()
        g = csr_matrix((data, col, rp), shape=(nr, nc))
        r, c = min_weight_full_bipartite_matching(g, maximize=True)
        t2 = time.perf_counter()
        # the utility of each chosen pair, looked up in its row of the file's CSR
        total = 0
        for i, j in zip(r.tolist(), c.tolist()):
            lo, hi = rp[i], rp[i + 1]
            k = lo + int(np.nonzero(col[lo:hi] == j)[0][0])
            total += int(u[k])
    print(f"pairs {len(r)} total {total}")
    print(f"read {t1 - t0:.3f} s / compute {t2 - t1:.3f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
