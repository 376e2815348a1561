#!/usr/bin/python3
"""The pandas side of bench/jpm (driven by bench/jpm/run.sh).

    jpm_pandas.py national IN.csv OUT.csv
    jpm_pandas.py fit DIR BY_PERSON.csv BY_POSITION.csv

The same computation as bench_jpm (jpm_bench.c) on the same input files,
written the way a pandas user would: read_csv, merge, groupby, sort_values.
All arithmetic is on integers so that the results can be identical byte for
byte: JPM in basis points rounded half up, (2 * 10000 * sum_lki + sum_lkj)
// (2 * sum_lkj), and the category by cross-multiplication on the sums
(jpm.h). Prints "read S / compute S / write S" to stderr like bench_jpm.

Runs with Debian's python3-pandas: /usr/bin/python3.
"""
import sys
import time

import numpy as np
import pandas as pd

TOP_K = 10
# the mapping scale (jpm_scale_mapping): code, lowest JPM in basis points
SCALE = [("optimal", 9000), ("cukup_optimal", 7800), ("kurang_optimal", 0)]
# fit.h requirement bits
REQ_GOL_LOW, REQ_GOL_HIGH, REQ_EDU, REQ_GOL_UNKNOWN, REQ_EDU_UNKNOWN = 1, 2, 4, 8, 16
# people per chunk of the fit matrix: a chunk's merge is about 50,000 rows per person (the
# fastest of 50, 100, 200, 250 and 1000 on the 15,000 demo)
CHUNK = 100


def report(what, t0, t1, t2, t3):
    print(f"jpm_pandas {what}: read {t1 - t0:.3f} s / compute {t2 - t1:.3f} s / "
          f"write {t3 - t2:.3f} s", file=sys.stderr)


def categorise(sum_lki, sum_lkj):
    """Category code per row, decided on the sums (never on a rounded figure)."""
    sum_lki, sum_lkj = np.asarray(sum_lki, "int64"), np.asarray(sum_lkj, "int64")
    conds = [sum_lki * 10000 >= lo * sum_lkj for _, lo in SCALE[:-1]]
    return np.select(conds, [code for code, _ in SCALE[:-1]], SCALE[-1][0])


def jpm_bp(sum_lki, sum_lkj):
    """Basis points rounded half up; 0 where nothing is covered."""
    sum_lki, sum_lkj = np.asarray(sum_lki, "int64"), np.asarray(sum_lkj, "int64")
    den = np.maximum(sum_lkj, 1)
    return np.where(sum_lkj > 0, (20000 * sum_lki + sum_lkj) // (2 * den), 0)


def national(inp, out):
    t0 = time.perf_counter()
    df = pd.read_csv(inp, usecols=["nip", "lkj", "lki"],
                     dtype={"nip": "int64", "lkj": "int16", "lki": "int16"})
    t1 = time.perf_counter()
    df["gap"] = df["lki"] - df["lkj"]
    df["below"] = df["gap"] < 0
    df["neg"] = df["gap"].where(df["gap"] < 0, 0)
    g = df.groupby("nip", sort=False).agg(
        sum_lki=("lki", "sum"), sum_lkj=("lkj", "sum"), below=("below", "sum"),
        gap_sum=("neg", "sum"), worst_gap=("gap", "min"))
    del df
    lki = g["sum_lki"].astype("int64")
    lkj = g["sum_lkj"].astype("int64")
    # the mapping report: raw sums, the figure capped at 100 %
    g["jpm_bp"] = np.minimum(jpm_bp(lki, lkj), 10000)
    g["category"] = categorise(lki, lkj)
    g = g.reset_index()[["nip", "sum_lki", "sum_lkj", "jpm_bp", "category", "below", "gap_sum",
                         "worst_gap"]]
    t2 = time.perf_counter()
    g.to_csv(out, index=False)
    t3 = time.perf_counter()
    report("national", t0, t1, t2, t3)


def unmet_flags(gol, edu, gmin, gmax, emin):
    """fit.h's FIT_REQ_* bits for aligned arrays."""
    greq = (gmin > 0) | (gmax > 0)
    known = gol > 0
    f = np.where(greq & ~known, REQ_GOL_UNKNOWN, 0)
    f |= np.where(greq & known & (gmin > 0) & (gol < gmin), REQ_GOL_LOW, 0)
    f |= np.where(greq & known & (gmax > 0) & (gol > gmax), REQ_GOL_HIGH, 0)
    f |= np.where((emin > 0) & (edu == 0), REQ_EDU_UNKNOWN, 0)
    f |= np.where((emin > 0) & (edu > 0) & (edu < emin), REQ_EDU, 0)
    return f


# the ranking of fit.h: requirements met, higher JPM, more covered, smaller |gap|, lower index
RANK_KEYS = ["met", "jpm_bp", "covered", "absgap"]
RANK_ASC = [False, False, False, True]


def fit(d, out_p, out_q):
    t0 = time.perf_counter()
    people = pd.read_csv(f"{d}/fit_people.csv", dtype={"nip": "int64", "gol_rank": "int16",
                                                        "edu_rank": "int16"})
    lki = pd.read_csv(f"{d}/fit_lki.csv", dtype={"nip": "int64", "kompetensi": str,
                                                  "lki": "int16"})
    pos = pd.read_csv(f"{d}/fit_positions.csv",
                      dtype={"kode_jabatan": str, "gol_min_rank": "int16",
                             "gol_max_rank": "int16", "edu_min_rank": "int16"})
    skj = pd.read_csv(f"{d}/fit_skj.csv", dtype={"kode_jabatan": str, "kompetensi": str,
                                                  "lkj": "int16"})
    t1 = time.perf_counter()

    npeople, npos = len(people), len(pos)
    people["p"] = np.arange(npeople, dtype="int32")
    pos["q"] = np.arange(npos, dtype="int32")
    # competencies as integer codes: the chunks below join on them millions of times
    codes, _ = pd.factorize(pd.concat([skj["kompetensi"], lki["kompetensi"]]))
    skj["c"] = codes[:len(skj)].astype("int16")
    lki["c"] = codes[len(skj):].astype("int16")
    lki = lki.merge(people[["nip", "p"]], on="nip")[["p", "c", "lki"]]
    skj = skj.merge(pos[["kode_jabatan", "q"]], on="kode_jabatan")[["q", "c", "lkj"]]
    gol, edu = people["gol_rank"].to_numpy(), people["edu_rank"].to_numpy()
    gmin, gmax = pos["gol_min_rank"].to_numpy(), pos["gol_max_rank"].to_numpy()
    emin = pos["edu_min_rank"].to_numpy()

    by_person, best_q = [], None
    for start in range(0, npeople, CHUNK):
        stop = min(start + CHUNK, npeople)
        m = lki[(lki["p"] >= start) & (lki["p"] < stop)].merge(skj, on="c")
        # the per-item cap of the matching policy (JPM_CAP_ITEM)
        m["lki_c"] = np.minimum(m["lki"], m["lkj"])
        m["gap"] = (m["lki"] - m["lkj"]).clip(upper=0)
        m["below"] = m["lki"] < m["lkj"]
        g = m.groupby(["p", "q"]).agg(sum_lki=("lki_c", "sum"), sum_lkj=("lkj", "sum"),
                                      covered=("lkj", "size"), below=("below", "sum"),
                                      gap_sum=("gap", "sum"))
        del m
        # pairs without a covered item are cells too (JPM 0, no category)
        every = pd.MultiIndex.from_product([np.arange(start, stop, dtype="int32"),
                                            np.arange(npos, dtype="int32")], names=["p", "q"])
        g = g.reindex(every, fill_value=0).reset_index()
        p, q = g["p"].to_numpy(), g["q"].to_numpy()
        g["jpm_bp"] = jpm_bp(g["sum_lki"].to_numpy(), g["sum_lkj"].to_numpy())
        g["unmet"] = unmet_flags(gol[p], edu[p], gmin[q], gmax[q], emin[q])
        g["met"] = g["unmet"] == 0
        g["absgap"] = -g["gap_sum"]
        g = g.sort_values(["p"] + RANK_KEYS + ["q"], ascending=[True] + RANK_ASC + [True])
        by_person.append(g.groupby("p", sort=False).head(TOP_K))
        g = g.sort_values(RANK_KEYS + ["p"], ascending=RANK_ASC + [True])
        cand = g.groupby("q", sort=False).head(TOP_K)
        if best_q is not None:
            cand = pd.concat([best_q, cand]).sort_values(RANK_KEYS + ["p"],
                                                         ascending=RANK_ASC + [True])
            cand = cand.groupby("q", sort=False).head(TOP_K)
        best_q = cand

    bp = pd.concat(by_person)
    bp["rank"] = bp.groupby("p", sort=False).cumcount() + 1
    bq = best_q.sort_values(["q"] + RANK_KEYS + ["p"], ascending=[True] + RANK_ASC + [True])
    bq["rank"] = bq.groupby("q", sort=False).cumcount() + 1
    # each side's rank of a listed pair when the other side lists it too, else 0
    bp = bp.merge(bq[["p", "q", "rank"]].rename(columns={"rank": "position_rank"}),
                  on=["p", "q"], how="left")
    bq = bq.merge(bp[["p", "q", "rank"]].rename(columns={"rank": "person_rank"}),
                  on=["p", "q"], how="left")
    nips, codes = people["nip"].to_numpy(), pos["kode_jabatan"].to_numpy()
    results = []
    for t, other in ((bp, "position_rank"), (bq, "person_rank")):
        t[other] = t[other].fillna(0).astype("int64")
        t["nip"] = nips[t["p"].to_numpy()]
        t["kode_jabatan"] = codes[t["q"].to_numpy()]
        t["category"] = np.where(t["covered"] > 0, categorise(t["sum_lki"], t["sum_lkj"]), "")
        results.append(t)
    bp, bq = results
    bp = bp.sort_values(["p", "rank"])
    bq = bq.sort_values(["q", "rank"])
    cols = ["jpm_bp", "category", "covered", "below", "gap_sum", "unmet"]
    t2 = time.perf_counter()
    bp[["nip", "rank", "kode_jabatan"] + cols + ["position_rank"]].to_csv(out_p, index=False)
    bq[["kode_jabatan", "rank", "nip"] + cols + ["person_rank"]].to_csv(out_q, index=False)
    t3 = time.perf_counter()
    report("fit", t0, t1, t2, t3)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "national":
        national(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "fit":
        fit(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit("usage: jpm_pandas.py national IN OUT | fit DIR BY_PERSON BY_POSITION")


if __name__ == "__main__":
    main()
