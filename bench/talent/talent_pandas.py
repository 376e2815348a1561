#!/usr/bin/python3
"""The pandas side of bench/talent (driven by bench/talent/run.sh).

    talent_pandas.py DIR OUTDIR

The same computation as `bench_talent talent` (talent_bench.c) on the same
input files, written the way a pandas user would: read_csv, merge, groupby,
sort_values. The default talent policy (talent_default in
src/domain/talent.c) is mirrored below; all arithmetic is on integers so
that the results are identical byte for byte. Prints
"read S / compute S / write S" to stderr like bench_talent.

Runs with Debian's python3-pandas: /usr/bin/python3.
"""
import sys
import time

import numpy as np
import pandas as pd

# talent_default(): performance = SKP rating hasil kerja of the 2 years before the period,
# mapped and averaged (half up), cut at 50 / 100; potential = 50 % JPM (capped at 100) + 50 %
# potential score, cut at 78 / 90; a sedang or berat sanction within 24 months excludes; the pool
# is boxes 7-9; a slate has 5 candidates.
PERIOD_YEAR, YEARS = 2026, 2
RATING = {"di_bawah": 0, "sesuai": 5000, "di_atas": 10000}
PERF_CUTS, POT_CUTS = (5000, 10000), (7800, 9000)
AS_OF, LOOKBACK_FROM = "2026-01-01", "2024-01-01"  # civil_add_months(AS_OF, -24)
BLOCKING = ["sedang", "berat"]
POOL_MIN_BOX, SLATE_SIZE = 7, 5
# talent_box_at: rows performance low / mid / high, columns potential low / mid / high
GRID = np.array([[1, 3, 6], [2, 5, 8], [4, 7, 9]])
# fit.h requirement bits
REQ_GOL_LOW, REQ_GOL_HIGH, REQ_EDU, REQ_GOL_UNKNOWN, REQ_EDU_UNKNOWN = 1, 2, 4, 8, 16


def report(t0, t1, t2, t3):
    print(f"talent_pandas: read {t1 - t0:.3f} s / compute {t2 - t1:.3f} s / "
          f"write {t3 - t2:.3f} s", file=sys.stderr)


def cut(score, cuts):
    return np.select([score >= cuts[1], score >= cuts[0]], [2, 1], 0)


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


def main(d, out):
    t0 = time.perf_counter()
    people = pd.read_csv(f"{d}/people.csv", keep_default_na=False,
                         dtype={"nip": "int64", "kode_jabatan": str, "jenjang": "category",
                                "gol_rank": "int16", "edu_rank": "int16", "jpm_bp": "int64",
                                "potential_bp": "int64", "subset": "int8"})
    skp = pd.read_csv(f"{d}/skp.csv", keep_default_na=False,
                      dtype={"nip": "int64", "tahun": "int16", "rating_hasil_kerja": "category"})
    san = pd.read_csv(f"{d}/sanctions.csv", keep_default_na=False, dtype=str)
    key = pd.read_csv(f"{d}/key_positions.csv", dtype={"kode_jabatan": str})
    skj = pd.read_csv(f"{d}/key_skj.csv", dtype={"kode_jabatan": str, "kompetensi": str,
                                                  "lkj": "int64"})
    lki = pd.read_csv(f"{d}/lki.csv", dtype={"nip": "int64", "kompetensi": str, "lki": "int64"})
    t1 = time.perf_counter()

    # performance: the window's years, mapped; any value not in the map makes it unusable
    w = skp[(skp["tahun"] >= PERIOD_YEAR - YEARS) & (skp["tahun"] < PERIOD_YEAR)]
    score = w["rating_hasil_kerja"].map(RATING).astype("float64")
    w = pd.DataFrame({"nip": w["nip"].to_numpy(), "score": score.fillna(0).astype("int64"),
                      "unmapped": score.isna()})
    perf = w.groupby("nip").agg(used=("score", "size"), total=("score", "sum"),
                                unmapped=("unmapped", "any"))
    people = people.merge(perf, left_on="nip", right_index=True, how="left")
    used = people["used"].fillna(0).astype("int64").to_numpy()
    total = people["total"].fillna(0).astype("int64").to_numpy()
    no_skp = used == 0
    unmapped = people["unmapped"].fillna(False).astype(bool).to_numpy() & ~no_skp
    has_perf = ~no_skp & ~unmapped
    perf_bp = np.where(has_perf, (2 * total + used) // (2 * np.maximum(used, 1)), 0)

    # potential: (50 * min(JPM, 100) + 50 * min(potential, 100)), half up
    jpm = np.minimum(people["jpm_bp"].to_numpy(), 10000)
    pot = np.minimum(people["potential_bp"].to_numpy(), 10000)
    pot_bp = (2 * (50 * jpm + 50 * pot) + 100) // 200

    # a blocking sanction overlapping [AS_OF - 24 months, AS_OF]; an open one runs to AS_OF
    end = san["tmt_selesai"].where(san["tmt_selesai"] != "", AS_OF)
    blocks = san[san["tingkat"].isin(BLOCKING) & (san["tmt_mulai"] <= AS_OF) &
                 (end >= LOOKBACK_FROM)]
    sanction = people["nip"].isin(blocks["nip"].astype("int64")).to_numpy()

    # the reasons in services/talent.c's order, joined by ';'
    reason = np.select([no_skp & sanction, unmapped & sanction, no_skp, unmapped, sanction],
                       ["no_skp;sanction", "skp_unmapped;sanction", "no_skp", "skp_unmapped",
                        "sanction"], "")
    placed = has_perf & ~sanction
    box = GRID[cut(perf_bp, PERF_CUTS), cut(pot_bp, POT_CUTS)]
    boxes = pd.DataFrame({
        "nip": people["nip"],
        "perf_bp": pd.array(np.where(has_perf, perf_bp, 0), dtype="Int64"),
        "pot_bp": pot_bp,
        "box": pd.array(box, dtype="Int64"),
        "reason": reason,
    })
    boxes.loc[~has_perf, "perf_bp"] = pd.NA
    boxes.loc[~placed, "box"] = pd.NA

    # pool: placed people in boxes 7-9, by jenjang
    people["placed"] = placed
    people["box"] = np.where(placed, box, 0)
    people["in_pool"] = placed & (people["box"] >= POOL_MIN_BOX)
    pool = people.groupby("jenjang", observed=True).agg(placed=("placed", "sum"),
                                                        pool=("in_pool", "sum")).reset_index()
    pool["jenjang"] = pool["jenjang"].astype(str)
    pool = pool.sort_values("jenjang")

    # slates: the subset's pool against its key positions, the holder left out
    cand = people.loc[people["in_pool"] & (people["subset"] == 1),
                      ["nip", "kode_jabatan", "gol_rank", "edu_rank", "box"]]
    key["q"] = np.arange(len(key))
    pairs = cand.rename(columns={"kode_jabatan": "held"}).merge(key, how="cross")
    pairs = pairs[pairs["held"] != pairs["kode_jabatan"]]
    # JPM over the covered SKJ items (fit.h), capped at 100 (JPM_CAP_TOTAL)
    m = lki[lki["nip"].isin(cand["nip"])].merge(skj, on="kompetensi")
    sums = m.groupby(["nip", "kode_jabatan"]).agg(sum_lki=("lki", "sum"), sum_lkj=("lkj", "sum"),
                                                  covered=("lkj", "size")).reset_index()
    pairs = pairs.merge(sums, on=["nip", "kode_jabatan"], how="left")
    for c in ("sum_lki", "sum_lkj", "covered"):
        pairs[c] = pairs[c].fillna(0).astype("int64")
    den = np.maximum(pairs["sum_lkj"].to_numpy(), 1)
    pairs["jpm_bp"] = np.where(pairs["covered"] > 0,
                               np.minimum((20000 * pairs["sum_lki"] + pairs["sum_lkj"]) //
                                          (2 * den), 10000), 0)
    pairs["unmet"] = unmet_flags(pairs["gol_rank"].to_numpy(), pairs["edu_rank"].to_numpy(),
                                 pairs["gol_min_rank"].to_numpy(),
                                 pairs["gol_max_rank"].to_numpy(),
                                 pairs["edu_min_rank"].to_numpy())
    pairs["met"] = pairs["unmet"] == 0
    pairs = pairs.sort_values(["q", "met", "jpm_bp", "box", "nip"],
                              ascending=[True, False, False, False, True])
    slates = pairs.groupby("q", sort=False).head(SLATE_SIZE).copy()
    slates["rank"] = slates.groupby("q", sort=False).cumcount() + 1
    t2 = time.perf_counter()

    boxes.to_csv(f"{out}/boxes.csv", index=False)
    pool[["jenjang", "placed", "pool"]].to_csv(f"{out}/pool.csv", index=False)
    slates[["kode_jabatan", "rank", "nip", "jpm_bp", "covered", "unmet", "box"]].to_csv(
        f"{out}/slates.csv", index=False)
    t3 = time.perf_counter()
    report(t0, t1, t2, t3)
    print(f"talent_pandas: {len(people)} employees, {int(placed.sum())} placed, "
          f"{int(people['in_pool'].sum())} in the pool; slates: {len(cand)} candidates x "
          f"{len(key)} key positions", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: talent_pandas.py DIR OUTDIR")
    main(sys.argv[1], sys.argv[2])
