#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "domain/fit.h"

#define NCOMP 6

static struct jpm_scale scale;

static void setup(void)
{
    jpm_scale_mapping(&scale);
}

TestSuite(fit, .init = setup);

Test(fit, worked_example_of_the_regulations)
{
    /* REGULATIONS.md 1.1: standard 3 on 9 competencies, person 3 on all but one 2 -> 26/27 */
    uint8_t lki[9] = {30, 30, 30, 30, 20, 30, 30, 30, 30};
    uint16_t comp[9] = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    uint8_t lkj[9] = {30, 30, 30, 30, 30, 30, 30, 30, 30};
    struct fit_person p = {1, lki, 0, 0};
    struct fit_position q = {2, 9, comp, lkj, 0, 0, 0};
    struct fit_cell c;

    cr_assert_eq(fit_cell_eval(&p, &q, 9, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(c.jpm_bp, 9630);
    cr_assert_eq(c.sum_lki, 260);
    cr_assert_eq(c.sum_lkj, 270);
    cr_assert_eq(c.covered, 9);
    cr_assert_eq(c.below, 1);
    cr_assert_eq(c.gap_sum, -10);
    cr_assert_str_eq(scale.cat[c.category].code, "optimal");
    cr_assert_eq(c.unmet, 0);
    cr_assert_eq(c.rank_person, 0);
    cr_assert_eq(c.rank_position, 0);
}

Test(fit, exactly_ninety_is_optimal)
{
    /* 27/30: the category comes from the sums, never from a rounded figure */
    uint8_t lki[3] = {30, 30, 27};
    uint16_t comp[3] = {0, 1, 2};
    uint8_t lkj[3] = {30, 30, 30};
    struct fit_person p = {1, lki, 0, 0};
    struct fit_position q = {2, 3, comp, lkj, 0, 0, 0};
    struct fit_cell c;

    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(c.jpm_bp, 9667, "87/90");
    lki[2] = 21; /* 81/90 = 90 % exactly */
    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(c.jpm_bp, 9000);
    cr_assert_str_eq(scale.cat[c.category].code, "optimal");
    lki[2] = 20; /* 80/90 = 88.89 % */
    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_str_eq(scale.cat[c.category].code, "cukup_optimal");
}

Test(fit, cap_modes)
{
    /* 5,5,2 against 3,3,3: raw 12/9 = 133.33 %, total cap 100 %, per item 8/9 = 88.89 % */
    uint8_t lki[3] = {50, 50, 20};
    uint16_t comp[3] = {0, 1, 2};
    uint8_t lkj[3] = {30, 30, 30};
    struct fit_person p = {1, lki, 0, 0};
    struct fit_position q = {2, 3, comp, lkj, 0, 0, 0};
    struct fit_cell c;

    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(c.jpm_bp, 13333);
    cr_assert_eq(c.sum_lki, 120);
    cr_assert_eq(c.category, 0);
    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_TOTAL, &scale, &c), 0);
    cr_assert_eq(c.jpm_bp, 10000);
    cr_assert_eq(c.sum_lki, 120, "the total cap caps the figure, not the sums");
    cr_assert_eq(c.category, 0);
    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_ITEM, &scale, &c), 0);
    cr_assert_eq(c.jpm_bp, 8889);
    cr_assert_eq(c.sum_lki, 80);
    cr_assert_eq(c.sum_lkj, 90);
    cr_assert_str_eq(scale.cat[c.category].code, "cukup_optimal");
    cr_assert_eq(c.below, 1);
    cr_assert_eq(c.gap_sum, -10);
}

Test(fit, items_without_a_level_are_left_out_and_counted)
{
    /* assessed on 0, 1, 3; the SKJ asks 0..3: item 2 is excluded, not a zero */
    uint8_t lki[4] = {30, 25, 0, 40};
    uint16_t comp[4] = {0, 1, 2, 3};
    uint8_t lkj[4] = {30, 30, 40, 30};
    uint16_t other[2] = {2, 1};
    uint8_t other_lkj[2] = {30, 30};
    struct fit_person p = {1, lki, 0, 0}, nobody = {2, NULL, 0, 0};
    struct fit_position q = {3, 4, comp, lkj, 0, 0, 0};
    struct fit_cell c;

    cr_assert_eq(fit_cell_eval(&p, &q, 4, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(c.covered, 3);
    cr_assert_eq(c.sum_lki, 95);
    cr_assert_eq(c.sum_lkj, 90);
    cr_assert_eq(c.jpm_bp, 10556, "95/90");
    cr_assert_eq(c.below, 1);
    cr_assert_eq(c.gap_sum, -5);
    /* nothing covered: no figure and no category */
    q.n = 1;
    q.comp = &comp[2];
    q.lkj = &lkj[2];
    cr_assert_eq(fit_cell_eval(&p, &q, 4, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(c.covered, 0);
    cr_assert_eq(c.jpm_bp, 0);
    cr_assert_eq(c.sum_lkj, 0);
    cr_assert_eq(c.category, -1);
    q = (struct fit_position){3, 2, other, other_lkj, 0, 0, 0};
    cr_assert_eq(fit_cell_eval(&nobody, &q, 4, JPM_CAP_ITEM, &scale, &c), 0,
                 "a person never assessed");
    cr_assert_eq(c.covered, 0);
    cr_assert_eq(c.category, -1);
    q.n = 0;
    cr_assert_eq(fit_cell_eval(&p, &q, 4, JPM_CAP_ITEM, &scale, &c), 0, "an empty SKJ");
    cr_assert_eq(c.covered, 0);
}

Test(fit, requirement_flags)
{
    uint8_t lki[1] = {30};
    uint16_t comp[1] = {0};
    uint8_t lkj[1] = {30};
    /* golongan III/a..III/d as ranks 9..12, education S1 = 8 */
    struct fit_position q = {1, 1, comp, lkj, 9, 12, 8};
    struct fit_person p = {1, lki, 10, 8};
    struct fit_cell c;

    cr_assert_eq(fit_cell_eval(&p, &q, 1, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(c.unmet, 0);
    p.gol_rank = 8;
    cr_assert_eq(fit_cell_eval(&p, &q, 1, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(c.unmet, FIT_REQ_GOLONGAN_LOW);
    p.gol_rank = 13;
    p.edu_rank = 7;
    cr_assert_eq(fit_cell_eval(&p, &q, 1, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(c.unmet, FIT_REQ_GOLONGAN_HIGH | FIT_REQ_EDUCATION);
    p.gol_rank = 0;
    p.edu_rank = 0;
    cr_assert_eq(fit_cell_eval(&p, &q, 1, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(c.unmet, FIT_REQ_GOLONGAN_UNKNOWN | FIT_REQ_EDUCATION_UNKNOWN);
    /* without requirements an unknown golongan or education is no obstacle */
    q.gol_min_rank = q.gol_max_rank = q.edu_min_rank = 0;
    cr_assert_eq(fit_cell_eval(&p, &q, 1, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(c.unmet, 0);
    q.gol_max_rank = 12; /* a maximum alone */
    p.gol_rank = 12;
    cr_assert_eq(fit_cell_eval(&p, &q, 1, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(c.unmet, 0);
    p.gol_rank = 17;
    cr_assert_eq(fit_cell_eval(&p, &q, 1, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(c.unmet, FIT_REQ_GOLONGAN_HIGH);
}

Test(fit, bad_input)
{
    uint8_t lki[3] = {30, 30, 30};
    uint16_t comp[3] = {0, 1, 2};
    uint8_t lkj[3] = {30, 30, 30};
    struct fit_person p = {1, lki, 0, 0};
    struct fit_position q = {2, 3, comp, lkj, 0, 0, 0};
    struct jpm_scale broken = scale;
    struct fit_cell c;
    struct fit_topk t;

    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_NONE, &scale, &c), 0);
    cr_assert_eq(fit_cell_eval(&p, &q, 2, JPM_CAP_NONE, &scale, &c), -1, "competency 2 >= ncomp");
    cr_assert_eq(fit_cell_eval(&p, &q, 3, (enum jpm_cap)7, &scale, &c), -1);
    broken.cat[2].min_bp = 10;
    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_NONE, &broken, &c), -1);
    lki[1] = 5;
    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_NONE, &scale, &c), -1, "level 0.5");
    lki[1] = 51;
    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_NONE, &scale, &c), -1, "level 5.1");
    lki[1] = 30;
    lkj[2] = 0;
    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_NONE, &scale, &c), -1, "a standard of 0");
    lkj[2] = 30;
    comp[2] = 1;
    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_NONE, &scale, &c), -1, "competency twice");
    comp[2] = 2;
    q.gol_min_rank = 12;
    q.gol_max_rank = 9;
    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_NONE, &scale, &c), -1, "min above max");
    q.gol_min_rank = q.gol_max_rank = 0;
    q.n = FIT_SKJ_MAX + 1;
    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_NONE, &scale, &c), -1);
    q.n = 3;
    p.gol_rank = -1;
    cr_assert_eq(fit_cell_eval(&p, &q, 3, JPM_CAP_NONE, &scale, &c), -1);
    p.gol_rank = 0;
    cr_assert_eq(fit_matrix_topk(&p, 1, &q, 1, 3, 0, JPM_CAP_NONE, &scale, &t), -1, "k = 0");
}

/*
 * Positions built so that every key of the ranking decides once (CAP_NONE),
 * for a person with levels 30, 30, 30, 20, 40, 0 on competencies 0..5.
 */
static uint8_t tie_lki[NCOMP] = {30, 30, 30, 20, 40, 0};
static uint16_t tie_c0[1] = {0}, tie_c01[2] = {0, 1}, tie_c34[2] = {3, 4}, tie_c5[1] = {5};
static uint8_t tie_30[2] = {30, 30}, tie_40[1] = {40};

static void tie_positions(struct fit_position *q)
{
    q[0] = (struct fit_position){100, 1, tie_c0, tie_30, 13, 0, 0}; /* 100 %, golongan too low */
    q[1] = (struct fit_position){101, 1, tie_c0, tie_30, 0, 0, 0};  /* 100 %, 1 covered */
    q[2] = (struct fit_position){102, 2, tie_c01, tie_30, 0, 0, 0}; /* 100 %, 2 covered, no gap */
    q[3] = (struct fit_position){103, 2, tie_c34, tie_30, 0, 0, 0}; /* 60/60, 2 covered, gap -10 */
    q[4] = (struct fit_position){104, 1, tie_c0, tie_30, 0, 0, 0};  /* same as 1, later */
    q[5] = (struct fit_position){105, 1, tie_c0, tie_40, 0, 0, 0};  /* 75 % */
    q[6] = (struct fit_position){106, 1, tie_c5, tie_30, 0, 0, 0};  /* nothing covered */
}

Test(fit, ranking_order_positions)
{
    const int32_t want[7] = {2, 3, 1, 4, 5, 6, 0};
    struct fit_person p = {1, tie_lki, 10, 8};
    struct fit_position q[7];
    struct fit_cell *cells;

    tie_positions(q);
    cr_assert_eq(fit_rank_positions(&p, q, 7, NCOMP, JPM_CAP_NONE, &scale, &cells), 0);
    for (int r = 0; r < 7; r++) {
        cr_assert_eq(cells[r].position, want[r], "rank %d: position %d, want %d", r + 1,
                     cells[r].position, want[r]);
        cr_assert_eq(cells[r].rank_person, r + 1);
        cr_assert_eq(cells[r].rank_position, 0);
        cr_assert_eq(cells[r].person, 0);
    }
    cr_assert_eq(cells[0].jpm_bp, 10000);
    cr_assert_eq(cells[1].jpm_bp, 10000);
    cr_assert_eq(cells[1].gap_sum, -10);
    cr_assert_eq(cells[6].unmet, FIT_REQ_GOLONGAN_LOW);
    cr_assert_eq(cells[6].jpm_bp, 10000, "the best figure, but the requirement is not met");
    free(cells);
    cr_assert_eq(fit_rank_positions(&p, q, 0, NCOMP, JPM_CAP_NONE, &scale, &cells), 0);
    cr_assert_null(cells);
}

Test(fit, ranking_order_people)
{
    /* one position (levels 3 on 0 and 1, III/a minimum), people made to tie on each key */
    static const uint8_t lv[7][NCOMP] = {
        {40, 40}, /* 0: best figure, golongan too low */
        {30, 0},  /* 1: 100 %, 1 covered */
        {30, 30}, /* 2: 100 %, 2 covered */
        {20, 40}, /* 3: 100 %, 2 covered, gap -10 */
        {30, 0},  /* 4: same as 1, later */
        {20, 0},  /* 5: 66.67 % */
        {0, 0},   /* 6: not assessed on either */
    };
    const int32_t want[7] = {2, 3, 1, 4, 5, 6, 0};
    uint16_t comp[2] = {0, 1};
    uint8_t lkj[2] = {30, 30};
    struct fit_position q = {1, 2, comp, lkj, 9, 0, 0};
    struct fit_person people[7];
    struct fit_cell *cells;

    for (int i = 0; i < 7; i++)
        people[i] = (struct fit_person){i, lv[i], i == 0 ? 8 : 9, 0};
    cr_assert_eq(fit_rank_people(&q, people, 7, NCOMP, JPM_CAP_NONE, &scale, &cells), 0);
    for (int r = 0; r < 7; r++) {
        cr_assert_eq(cells[r].person, want[r], "rank %d: person %d, want %d", r + 1,
                     cells[r].person, want[r]);
        cr_assert_eq(cells[r].rank_position, r + 1);
        cr_assert_eq(cells[r].rank_person, 0);
    }
    cr_assert_eq(cells[0].jpm_bp, 10000);
    cr_assert_eq(cells[6].unmet, FIT_REQ_GOLONGAN_LOW);
    free(cells);
}

Test(fit, full_matrix_small)
{
    struct fit_person p[2] = {{1, tie_lki, 10, 8}, {2, NULL, 10, 8}};
    struct fit_position q[7];
    struct fit_cell *m;

    tie_positions(q);
    cr_assert_eq(fit_matrix_full(p, 2, q, 7, NCOMP, JPM_CAP_NONE, &scale, &m), 0);
    /* person 0's row in position order: ranks of 0..6 from the ranking_order case */
    const int32_t rank_of[7] = {7, 3, 1, 2, 4, 5, 6};
    for (int j = 0; j < 7; j++) {
        cr_assert_eq(m[j].person, 0);
        cr_assert_eq(m[j].position, j);
        cr_assert_eq(m[j].rank_person, rank_of[j]);
        /* person 1 has no levels: never ahead (and on q6, where neither covers anything and
         * the requirements agree, the lower index decides) */
        cr_assert_eq(m[j].rank_position, 1, "position %d", j);
        cr_assert_eq(m[7 + j].rank_position, 2);
        cr_assert_eq(m[7 + j].covered, 0);
    }
    free(m);
}

/* xorshift64*: the property test's instance is the same on every run */
static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint32_t rng(uint32_t n)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 0x2545F4914F6CDD1DULL) >> 33) % n;
}

#define RP 50
#define RQ 40
#define RC 16

static uint8_t r_lki[RP][RC];
static uint16_t r_comp[RQ][12];
static uint8_t r_lkj[RQ][12];

/* Coarse levels, so that figures tie often and the later keys get exercised. */
static void random_instance(struct fit_person *p, struct fit_position *q)
{
    static const uint8_t grid[] = {10, 20, 25, 30, 30, 30, 35, 40, 50};

    rng_state = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < RP; i++) {
        int gol, edu;

        for (int c = 0; c < RC; c++)
            r_lki[i][c] = rng(4) == 0 ? 0 : grid[rng(sizeof(grid))];
        /* one call per statement: the order of evaluation in an initializer is unspecified */
        gol = (int)rng(18);
        edu = (int)rng(11);
        p[i] = (struct fit_person){1000 + i, r_lki[i], gol, edu};
    }
    p[7].lki = NULL;
    for (int j = 0; j < RQ; j++) {
        size_t n = rng(13);
        int gmin = rng(3) ? 0 : 1 + (int)rng(12), gmax, emin;

        /* distinct competencies: a random start and stride coprime with 16 */
        for (size_t t = 0, c = rng(RC), s = 1 + 2 * rng(8); t < n; t++, c = (c + s) % RC) {
            r_comp[j][t] = (uint16_t)c;
            r_lkj[j][t] = (uint8_t)(10 * (1 + rng(5)));
        }
        gmax = rng(3) ? 0 : gmin + (int)rng(5);
        emin = rng(2) ? 0 : 1 + (int)rng(10);
        q[j] = (struct fit_position){5000 + j, n, r_comp[j], r_lkj[j], gmin, gmax, emin};
    }
}

static void assert_cells_equal(const struct fit_cell *a, const struct fit_cell *b, const char *what)
{
    cr_assert_eq(a->person, b->person, "%s: person", what);
    cr_assert_eq(a->position, b->position, "%s: position", what);
    cr_assert_eq(a->jpm_bp, b->jpm_bp, "%s: jpm_bp", what);
    cr_assert_eq(a->sum_lki, b->sum_lki, "%s: sum_lki", what);
    cr_assert_eq(a->sum_lkj, b->sum_lkj, "%s: sum_lkj", what);
    cr_assert_eq(a->covered, b->covered, "%s: covered", what);
    cr_assert_eq(a->below, b->below, "%s: below", what);
    cr_assert_eq(a->gap_sum, b->gap_sum, "%s: gap_sum", what);
    cr_assert_eq(a->category, b->category, "%s: category", what);
    cr_assert_eq(a->unmet, b->unmet, "%s: unmet", what);
}

/* The ranking rule as the header states it, written out plainly: a before b? */
static int spec_before(const struct fit_cell *a, const struct fit_cell *b, int ia, int ib)
{
    if ((a->unmet == 0) != (b->unmet == 0))
        return a->unmet == 0;
    if (a->jpm_bp != b->jpm_bp)
        return a->jpm_bp > b->jpm_bp;
    if (a->covered != b->covered)
        return a->covered > b->covered;
    if (abs(a->gap_sum) != abs(b->gap_sum))
        return abs(a->gap_sum) < abs(b->gap_sum);
    return ia < ib;
}

Test(fit, full_matrix_agrees_with_the_reference_and_the_rule)
{
    static const enum jpm_cap caps[3] = {JPM_CAP_NONE, JPM_CAP_TOTAL, JPM_CAP_ITEM};
    struct fit_person p[RP];
    struct fit_position q[RQ];

    random_instance(p, q);
    for (int k = 0; k < 3; k++) {
        struct fit_cell *m, *row, ref;

        cr_assert_eq(fit_matrix_full(p, RP, q, RQ, RC, caps[k], &scale, &m), 0);
        for (int i = 0; i < RP; i++)
            for (int j = 0; j < RQ; j++) {
                struct fit_cell *c = &m[i * RQ + j];

                /* the fast loop against jpm_compute itself */
                cr_assert_eq(fit_cell_eval(&p[i], &q[j], RC, caps[k], &scale, &ref), 0);
                ref.person = i;
                ref.position = j;
                assert_cells_equal(c, &ref, "full vs fit_cell_eval");
                for (int j2 = 0; j2 < RQ; j2++) {
                    struct fit_cell *d = &m[i * RQ + j2];

                    if (j2 != j)
                        cr_assert_eq(c->rank_person < d->rank_person, spec_before(c, d, j, j2),
                                     "person %d: %d vs %d", i, j, j2);
                }
                for (int i2 = 0; i2 < RP; i2++) {
                    struct fit_cell *d = &m[i2 * RQ + j];

                    if (i2 != i)
                        cr_assert_eq(c->rank_position < d->rank_position, spec_before(c, d, i, i2),
                                     "position %d: %d vs %d", j, i, i2);
                }
            }
        /* the single-sided rankings give the same cells in the same order */
        for (int i = 0; i < RP; i++) {
            cr_assert_eq(fit_rank_positions(&p[i], q, RQ, RC, caps[k], &scale, &row), 0);
            for (int r = 0; r < RQ; r++) {
                struct fit_cell *c = &m[i * RQ + row[r].position];

                row[r].person = i;
                assert_cells_equal(&row[r], c, "fit_rank_positions");
                cr_assert_eq(row[r].rank_person, c->rank_person);
            }
            free(row);
        }
        for (int j = 0; j < RQ; j++) {
            cr_assert_eq(fit_rank_people(&q[j], p, RP, RC, caps[k], &scale, &row), 0);
            for (int r = 0; r < RP; r++) {
                struct fit_cell *c = &m[row[r].person * RQ + j];

                row[r].position = j;
                assert_cells_equal(&row[r], c, "fit_rank_people");
                cr_assert_eq(row[r].rank_position, c->rank_position);
            }
            free(row);
        }
        free(m);
    }
}

Test(fit, topk_agrees_with_full)
{
    static const size_t ks[3] = {1, 5, 40};
    static const enum jpm_cap caps[3] = {JPM_CAP_NONE, JPM_CAP_TOTAL, JPM_CAP_ITEM};
    struct fit_person p[RP];
    struct fit_position q[RQ];

    random_instance(p, q);
    for (int ci = 0; ci < 3; ci++) {
        struct fit_cell *m;

        cr_assert_eq(fit_matrix_full(p, RP, q, RQ, RC, caps[ci], &scale, &m), 0);
        for (int ki = 0; ki < 3; ki++) {
            size_t k = ks[ki], kp = k < RQ ? k : RQ, kq = k < RP ? k : RP;
            struct fit_topk t;

            cr_assert_eq(fit_matrix_topk(p, RP, q, RQ, RC, k, caps[ci], &scale, &t), 0);
            cr_assert_eq(t.kp, kp);
            cr_assert_eq(t.kq, kq);
            for (int i = 0; i < RP; i++)
                for (size_t r = 0; r < kp; r++) {
                    const struct fit_cell *c = &t.by_person[i * kp + r];
                    const struct fit_cell *f = &m[i * RQ + c->position];

                    cr_assert_eq(c->person, i);
                    cr_assert_eq(f->rank_person, (int32_t)r + 1, "k %zu person %d rank %zu", k, i,
                                 r + 1);
                    assert_cells_equal(c, f, "by_person");
                    cr_assert_eq(c->rank_person, f->rank_person);
                    cr_assert_eq(c->rank_position,
                                 f->rank_position <= (int32_t)kq ? f->rank_position : 0);
                }
            for (int j = 0; j < RQ; j++)
                for (size_t r = 0; r < kq; r++) {
                    const struct fit_cell *c = &t.by_position[j * kq + r];
                    const struct fit_cell *f = &m[c->person * RQ + j];

                    cr_assert_eq(c->position, j);
                    cr_assert_eq(f->rank_position, (int32_t)r + 1, "k %zu position %d rank %zu", k,
                                 j, r + 1);
                    assert_cells_equal(c, f, "by_position");
                    cr_assert_eq(c->rank_position, f->rank_position);
                    cr_assert_eq(c->rank_person,
                                 f->rank_person <= (int32_t)kp ? f->rank_person : 0);
                }
            fit_topk_free(&t);
            cr_assert_null(t.by_person);
        }
        free(m);
    }
}

Test(fit, topk_of_empty_sides)
{
    struct fit_position q[7];
    struct fit_topk t;

    tie_positions(q);
    cr_assert_eq(fit_matrix_topk(NULL, 0, q, 7, NCOMP, 10, JPM_CAP_NONE, &scale, &t), 0);
    cr_assert_eq(t.kq, 0);
    cr_assert_eq(t.npositions, 7);
    fit_topk_free(&t);
}
