/* The JPT competency-test committee: quorum, conflicts, the aggregate and the bands. */
#include <criterion/criterion.h>
#include <string.h>

#include "domain/committee.h"

static void init(struct committee_input *in, size_t members)
{
    memset(in, 0, sizeof(*in));
    in->nmembers = members;
    for (int c = 0; c < COMMITTEE_MAX_COMPONENTS; c++) {
        in->record[c] = -1;
        for (int m = 0; m < COMMITTEE_MAX_MEMBERS; m++)
            in->score[c][m] = -1;
    }
}

Test(committee, default_is_usable_and_checked)
{
    struct committee_policy p;

    committee_default(&p);
    cr_assert_null(committee_check(&p));
    p.comp[0].weight_pct = 20;
    cr_assert_str_eq(committee_check(&p), "components");
    committee_default(&p);
    p.band[3].min_bp = 100;
    cr_assert_str_eq(committee_check(&p), "bands");
}

Test(committee, aggregate_quorum_conflicts_and_bands)
{
    struct committee_policy p;
    struct committee_input in;
    struct committee_outcome o;

    committee_default(&p);
    init(&in, 5);
    in.record[0] = 10000; /* kinerja */
    in.record[1] = 10000; /* disiplin */
    in.record[5] = 9630;  /* jpm */
    /* rekam_jejak, tes_tertulis, wawancara by members 0-4; member 4 declared a conflict */
    in.conflict[4] = 1;
    for (int m = 0; m < 5; m++) {
        in.score[2][m] = 8000;
        in.score[3][m] = 7000 + m * 100;
        in.score[4][m] = m == 4 ? 0 : 7500;
    }
    cr_assert_eq(committee_aggregate(&p, &in, &o), 0);
    cr_assert_eq(o.status, COMMITTEE_OK);
    cr_assert_eq(o.component_bp[3], 7150, "the conflicted member's 7400 is left out");
    cr_assert_eq(o.component_bp[4], 7500);
    /* 0.25*10000 + 0.10*10000 + 0.10*8000 + 0.15*7150 + 0.15*7500 + 0.25*9630
     * = 2500 + 1000 + 800 + 1072.5 + 1125 + 2407.5 = 8905 */
    cr_assert_eq(o.aggregate_bp, 8905);
    cr_assert_str_eq(o.band->code, "retain");

    /* quorum: 4 conflict-free members, 2 scores are not more than half */
    for (int m = 2; m < 5; m++)
        in.score[4][m] = -1;
    cr_assert_eq(committee_aggregate(&p, &in, &o), 0);
    cr_assert_eq(o.status, COMMITTEE_NO_QUORUM);
    cr_assert_eq(o.component, 4);
    in.score[4][2] = 7500; /* 3 of 4 */
    cr_assert_eq(committee_aggregate(&p, &in, &o), 0);
    cr_assert_eq(o.status, COMMITTEE_OK);

    /* a record missing is named, not guessed */
    in.record[5] = -1;
    cr_assert_eq(committee_aggregate(&p, &in, &o), 0);
    cr_assert_eq(o.status, COMMITTEE_MISSING_RECORD);
    cr_assert_eq(o.component, 5);
}

Test(committee, band_boundaries)
{
    struct committee_policy p;
    struct committee_input in;
    struct committee_outcome o;
    static const struct {
        int64_t all;
        const char *band;
    } cases[] = {{8000, "retain"},  {7999, "rotate"},  {7000, "rotate"},
                 {6999, "develop"}, {6000, "develop"}, {5999, "demote"}};

    committee_default(&p);
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        init(&in, 1);
        for (int c = 0; c < 6; c++) {
            in.record[c] = cases[i].all;
            in.score[c][0] = cases[i].all;
        }
        cr_assert_eq(committee_aggregate(&p, &in, &o), 0);
        cr_assert_eq(o.aggregate_bp, cases[i].all);
        cr_assert_str_eq(o.band->code, cases[i].band, "%lld", (long long)cases[i].all);
    }
}
