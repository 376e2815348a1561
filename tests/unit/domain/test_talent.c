/* The talent box: every box, every axis boundary, performance windows and
 * combinations, weighted potential, eligibility windows, moves up, sensitivity. */
#include <criterion/criterion.h>
#include <string.h>

#include "domain/talent.h"

Test(talent, every_box_on_the_official_grid)
{
    /* rows: performance above / meets / below; columns: potential low / middle / high */
    static const int grid[3][3] = {{4, 7, 9}, {2, 5, 8}, {1, 3, 6}};
    static const enum talent_level perf_of_row[3] = {TALENT_HIGH, TALENT_MID, TALENT_LOW};

    for (int r = 0; r < 3; r++)
        for (int c = 0; c < 3; c++) {
            const struct talent_box *b = talent_box_at(perf_of_row[r], (enum talent_level)c);
            cr_assert_not_null(b);
            cr_assert_eq(b->box, grid[r][c], "row %d col %d", r, c);
            cr_assert_eq(talent_box_get(b->box), b);
        }
    cr_assert_null(talent_box_get(0));
    cr_assert_null(talent_box_get(10));
    cr_assert_str_eq(talent_box_get(9)->label_id,
                     "Kinerja di atas ekspektasi dan potensial tinggi");
    cr_assert_str_eq(talent_box_get(1)->label_id,
                     "Kinerja di bawah ekspektasi dan potensial rendah");
    cr_assert(strstr(talent_box_get(9)->followup_id, "Dipromosikan"));
    cr_assert(strstr(talent_box_get(6)->followup_id, "Penempatan yang sesuai"));
    cr_assert(strstr(talent_box_source(), "3/2020"));
}

Test(talent, axis_boundaries_are_inclusive_from_below)
{
    struct talent_cuts c = {7800, 9000};

    cr_assert_eq(talent_cut(&c, 9000), TALENT_HIGH);
    cr_assert_eq(talent_cut(&c, 8999), TALENT_MID);
    cr_assert_eq(talent_cut(&c, 7800), TALENT_MID);
    cr_assert_eq(talent_cut(&c, 7799), TALENT_LOW);
    cr_assert_eq(talent_cut(&c, 0), TALENT_LOW);
    cr_assert_eq(talent_cut(&c, 10000), TALENT_HIGH);
}

Test(talent, default_policy_is_usable)
{
    struct talent_policy p;

    talent_default(&p);
    cr_assert_null(talent_check(&p), "%s", talent_check(&p));
    cr_assert_eq(p.perf.years, 2);
    cr_assert_eq(p.pool_min_box, 7);
    p.pot.weights[1].weight_pct = 40;
    cr_assert_str_eq(talent_check(&p), "potential.weights");
    talent_default(&p);
    p.perf.cuts.mid_bp = p.perf.cuts.high_bp;
    cr_assert_str_eq(talent_check(&p), "performance.cuts");
}

Test(talent, performance_window_and_combination)
{
    struct talent_policy p;
    struct talent_skp skp[] = {
        {2022, "di_bawah", "Kurang"}, /* outside a 2-year window for 2025 */
        {2023, "di_atas", "Sangat Baik"},
        {2024, "sesuai", "Baik"},
        {2025, "di_bawah", "Kurang"}, /* the period year itself does not count */
    };
    int64_t s = -1;

    talent_default(&p);
    /* 2023 di_atas (100) and 2024 sesuai (50): mean 75 -> meets */
    cr_assert_eq(talent_performance(&p.perf, 2025, skp, 4, &s), 2);
    cr_assert_eq(s, 7500);
    cr_assert_eq(talent_cut(&p.perf.cuts, s), TALENT_MID);
    p.perf.combine = TALENT_COMBINE_LATEST;
    cr_assert_eq(talent_performance(&p.perf, 2025, skp, 4, &s), 2);
    cr_assert_eq(s, 5000);
    p.perf.combine = TALENT_COMBINE_MIN;
    p.perf.years = 3;
    cr_assert_eq(talent_performance(&p.perf, 2025, skp, 4, &s), 3);
    cr_assert_eq(s, 0, "the worst of 2022-2024 is di_bawah");
    /* both years above -> above; one year only -> that year */
    {
        struct talent_skp two[] = {{2024, "di_atas", "x"}, {2025, "di_atas", "x"}};
        talent_default(&p);
        cr_assert_eq(talent_performance(&p.perf, 2026, two, 2, &s), 2);
        cr_assert_eq(talent_cut(&p.perf.cuts, s), TALENT_HIGH);
        cr_assert_eq(talent_performance(&p.perf, 2025, two, 2, &s), 1);
        cr_assert_eq(s, 10000);
    }
    /* no year in the window: 0 and the score untouched */
    s = 42;
    cr_assert_eq(talent_performance(&p.perf, 2030, skp, 4, &s), 0);
    cr_assert_eq(s, 42);
    /* a value the map does not know is an error, not a zero */
    {
        struct talent_skp odd[] = {{2024, "luar_biasa", "x"}};
        cr_assert_eq(talent_performance(&p.perf, 2025, odd, 1, &s), -1);
    }
    /* predikat as the source, mean rounded half up: (100 + 75 + 75) / 3 = 83.33 */
    p.perf.source = TALENT_PERF_PREDIKAT;
    p.perf.years = 3;
    p.perf.nmap = 2;
    p.perf.map[0] = (struct talent_map_entry){"Sangat Baik", 10000};
    p.perf.map[1] = (struct talent_map_entry){"Baik", 7500};
    {
        struct talent_skp pr[] = {
            {2022, "x", "Sangat Baik"}, {2023, "x", "Baik"}, {2024, "x", "Baik"}};
        cr_assert_eq(talent_performance(&p.perf, 2025, pr, 3, &s), 3);
        cr_assert_eq(s, 8333);
    }
}

Test(talent, weighted_potential)
{
    struct talent_policy p;
    struct talent_inputs in;
    enum talent_component missing = 0;
    int64_t s;

    talent_default(&p);
    memset(&in, 0, sizeof(in));
    in.score[TALENT_C_JPM] = 9630;
    in.has[TALENT_C_JPM] = 1;
    cr_assert_eq(talent_potential(&p.pot, &in, &s, &missing), -1);
    cr_assert_eq(missing, TALENT_C_POTENTIAL);
    in.score[TALENT_C_POTENTIAL] = 8333;
    in.has[TALENT_C_POTENTIAL] = 1;
    cr_assert_eq(talent_potential(&p.pot, &in, &s, &missing), 0);
    cr_assert_eq(s, 8982); /* (9630 + 8333) / 2 = 8981.5, half up */
    cr_assert_eq(talent_cut(&p.pot.cuts, s), TALENT_MID);

    /* the BKN 411/2025-style scheme as data: 40 competency, 25 potential,
     * 20 qualification, 15 integrity */
    p.pot.nweights = 4;
    p.pot.weights[0] = (struct talent_weight){TALENT_C_JPM, 40};
    p.pot.weights[1] = (struct talent_weight){TALENT_C_POTENTIAL, 25};
    p.pot.weights[2] = (struct talent_weight){TALENT_C_QUALIFICATION, 20};
    p.pot.weights[3] = (struct talent_weight){TALENT_C_INTEGRITY, 15};
    cr_assert_null(talent_check(&p));
    in.score[TALENT_C_QUALIFICATION] = 10000;
    in.has[TALENT_C_QUALIFICATION] = 1;
    in.score[TALENT_C_INTEGRITY] = 5000;
    in.has[TALENT_C_INTEGRITY] = 1;
    /* 0.40*9630 + 0.25*8333 + 0.20*10000 + 0.15*5000 = 3852 + 2083.25 + 2000 + 750 */
    cr_assert_eq(talent_potential(&p.pot, &in, &s, &missing), 0);
    cr_assert_eq(s, 8685);
}

Test(talent, sanction_window)
{
    struct talent_policy p;
    size_t which = 99;

    talent_default(&p);
    {
        /* ended exactly on the first day of the 24-month window: still inside */
        struct talent_sanction s[] = {{"sedang", "2022-01-01", "2023-01-15"}};
        cr_assert_eq(talent_sanction_blocks(&p.elig, "2025-01-15", s, 1, &which), 1);
        cr_assert_eq(which, 0);
        /* ended the day before: outside */
        s[0].end = "2023-01-14";
        cr_assert_eq(talent_sanction_blocks(&p.elig, "2025-01-15", s, 1, &which), 0);
    }
    {
        /* a light sanction never blocks by default; a heavy one does, even open-ended */
        struct talent_sanction s[] = {{"ringan", "2024-06-01", "2024-07-01"},
                                      {"berat", "2020-01-01", NULL}};
        cr_assert_eq(talent_sanction_blocks(&p.elig, "2025-01-15", s, 2, &which), 1);
        cr_assert_eq(which, 1);
        cr_assert_eq(talent_sanction_blocks(&p.elig, "2025-01-15", s, 1, &which), 0);
        /* one starting after the date does not count */
        s[1].start = "2025-02-01";
        cr_assert_eq(talent_sanction_blocks(&p.elig, "2025-01-15", s, 2, &which), 0);
    }
}

Test(talent, moves_up_and_sensitivity)
{
    struct talent_policy p;
    struct talent_gap g[2];
    static const int64_t scores[][2] = {
        {10000, 9000}, /* box 9, on the potential high cut */
        {5000, 8950},  /* box 5 */
        {7500, 7800},  /* box 5, on the potential mid cut */
        {0, 9500},     /* box 6 */
    };

    talent_default(&p);
    cr_assert_eq(talent_moves_up(&p.perf.cuts, &p.pot.cuts, 10000, 9500, g), 0);
    cr_assert_eq(talent_moves_up(&p.perf.cuts, &p.pot.cuts, 5000, 8950, g), 2);
    cr_assert_eq(g[0].axis, 0);
    cr_assert_eq(g[0].needed_bp, 10000);
    cr_assert_eq(g[1].axis, 1);
    cr_assert_eq(g[1].needed_bp, 9000);
    cr_assert_eq(talent_moves_up(&p.perf.cuts, &p.pot.cuts, 0, 9000, g), 1);
    cr_assert_eq(g[0].needed_bp, 5000);

    /* potential high cut +1 point: the 9000 person drops to box 7 */
    cr_assert_eq(talent_sensitivity(&p.perf.cuts, &p.pot.cuts, scores, 4, 3, 100), 1);
    /* -1 point: the 8950 person rises to box 8 */
    cr_assert_eq(talent_sensitivity(&p.perf.cuts, &p.pot.cuts, scores, 4, 3, -100), 1);
    /* potential mid cut +1 point: the 7800 person drops */
    cr_assert_eq(talent_sensitivity(&p.perf.cuts, &p.pot.cuts, scores, 4, 2, 100), 1);
    cr_assert_eq(talent_sensitivity(&p.perf.cuts, &p.pot.cuts, scores, 4, 9, 100), -1);
}

Test(talent, readiness_boundaries)
{
    struct talent_policy p;

    talent_default(&p);
    cr_assert_null(talent_check(&p));
    cr_assert_eq(talent_readiness(&p.ready, 9000, 7, 1), TALENT_READY_NOW);
    cr_assert_eq(talent_readiness(&p.ready, 8999, 9, 1), TALENT_READY_SOON);
    cr_assert_eq(talent_readiness(&p.ready, 10000, 6, 1), TALENT_READY_SOON,
                 "box 6 is not the pool");
    cr_assert_eq(talent_readiness(&p.ready, 10000, 9, 0), TALENT_READY_SOON, "requirements unmet");
    cr_assert_eq(talent_readiness(&p.ready, 7800, 1, 0), TALENT_READY_SOON);
    cr_assert_eq(talent_readiness(&p.ready, 7799, 9, 1), TALENT_READY_LATER);
    cr_assert_eq(talent_bup_for(&p, "ahli_utama"), 65);
    cr_assert_eq(talent_bup_for(&p, "jpt_pratama"), 60);
    cr_assert_eq(talent_bup_for(&p, "pelaksana"), 58);
    p.ready.soon_jpm_bp = 9500;
    cr_assert_str_eq(talent_check(&p), "readiness");
}

Test(talent, which_record_or_score_moves_up)
{
    struct talent_policy p;
    struct talent_skp skp[] = {{2024, "sesuai", "x"}, {2025, "sesuai", "x"}};
    struct talent_inputs in;
    int64_t need = -1, s;

    talent_default(&p);
    /* both years sesuai = 50: raising one to di_atas gives 75, still "meets" */
    cr_assert_eq(talent_perf_year_to_raise(&p.perf, 2026, skp, 2, "di_atas", 10000), 0);
    /* from below: 2024 di_bawah + 2025 sesuai = 25 -> raising 2025 to di_atas gives 50 */
    skp[0].rating_hasil = "di_bawah";
    cr_assert_eq(talent_perf_year_to_raise(&p.perf, 2026, skp, 2, "di_atas", 5000), 2025);

    memset(&in, 0, sizeof(in));
    in.score[TALENT_C_JPM] = 9000;
    in.has[TALENT_C_JPM] = 1;
    in.score[TALENT_C_POTENTIAL] = 8500;
    in.has[TALENT_C_POTENTIAL] = 1;
    /* mean 87.50 -> 90 needs JPM 94.99: (9499 + 8500) / 2 = 8999.5, rounded half up */
    cr_assert_eq(talent_component_needed(&p.pot, &in, TALENT_C_JPM, 9000, &need), 0);
    cr_assert_eq(need, 9499);
    in.score[TALENT_C_JPM] = need;
    cr_assert_eq(talent_potential(&p.pot, &in, &s, NULL), 0);
    cr_assert_eq(s, 9000);
    in.score[TALENT_C_JPM] = need - 1;
    cr_assert_eq(talent_potential(&p.pot, &in, &s, NULL), 0);
    cr_assert_eq(s, 8999);
    /* a component that is not weighted, or a target out of reach */
    cr_assert_eq(talent_component_needed(&p.pot, &in, TALENT_C_INTEGRITY, 9000, &need), -1);
    in.score[TALENT_C_POTENTIAL] = 0;
    cr_assert_eq(talent_component_needed(&p.pot, &in, TALENT_C_JPM, 9000, &need), -1);
}
