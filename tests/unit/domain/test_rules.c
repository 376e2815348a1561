/* The move-legality rules at their boundary dates, each verdict with its article. */
#include <criterion/criterion.h>
#include <string.h>

#include "domain/rules.h"

static struct civil_date d(int y, int m, int day)
{
    return (struct civil_date){y, m, day};
}

/* the result of one rule, or NULL when it did not apply */
static const struct rule_result *find(const struct rule_result *r, size_t n, enum rule_id id)
{
    for (size_t i = 0; i < n; i++)
        if (r[i].id == id)
            return &r[i];
    return NULL;
}

static struct rule_facts base(enum move_kind k, struct civil_date date)
{
    struct rule_facts f;
    memset(&f, 0, sizeof(f));
    f.kind = k;
    f.date = date;
    f.birth = d(1975, 5, 10);
    f.tmt_cpns = d(2000, 3, 1);
    f.heavy_sanction_months_ago = -1;
    return f;
}

Test(rules, jpt_two_year_lock)
{
    struct rule_set rs;
    struct rule_result r[RULE_COUNT];
    struct rule_facts f = base(MOVE_ROTASI, d(2026, 6, 13));
    enum rule_verdict worst;
    size_t n;
    const struct rule_result *x;

    rules_default(&rs);
    f.current_jpt = 1;
    f.inaugurated = d(2024, 6, 14);
    /* one day before the second anniversary: blocked, citing Ps 116 */
    n = rules_check(&rs, &f, r, &worst);
    x = find(r, n, RULE_JPT_LOCK);
    cr_assert_not_null(x);
    cr_assert_eq(x->verdict, RULE_BLOCKED);
    cr_assert(strstr(x->citation, "116"));
    cr_assert(strstr(x->facts, "lock_until=2026-06-14"), "%s", x->facts);
    cr_assert_eq(worst, RULE_BLOCKED);
    /* on the anniversary: allowed */
    f.date = d(2026, 6, 14);
    n = rules_check(&rs, &f, r, &worst);
    cr_assert_eq(find(r, n, RULE_JPT_LOCK)->verdict, RULE_ALLOWED);
    /* JPT Madya within the lock: the President's approval */
    f.date = d(2025, 1, 1);
    f.current_jpt_high = 1;
    n = rules_check(&rs, &f, r, &worst);
    x = find(r, n, RULE_JPT_LOCK);
    cr_assert_eq(x->verdict, RULE_NEEDS_APPROVAL);
    cr_assert_str_eq(x->approver, "presiden");
    /* the exception path: violated the law and no longer qualified */
    f.current_jpt_high = 0;
    f.exception_116 = 1;
    n = rules_check(&rs, &f, r, &worst);
    cr_assert_eq(find(r, n, RULE_JPT_LOCK)->verdict, RULE_WARNING);
    /* a promotion is not a replacement of the official: the lock does not apply */
    f.kind = MOVE_PROMOSI;
    n = rules_check(&rs, &f, r, &worst);
    cr_assert_null(find(r, n, RULE_JPT_LOCK));
}

Test(rules, jpt_cap_and_competency_test_window)
{
    struct rule_set rs;
    struct rule_result r[RULE_COUNT];
    struct rule_facts f = base(MOVE_UJI, d(2023, 3, 1));
    size_t n;

    rules_default(&rs);
    f.current_jpt = 1;
    f.inaugurated = d(2021, 3, 1);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_UJI_WINDOW)->verdict, RULE_ALLOWED, "exactly 2 years");
    f.date = d(2023, 2, 28);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_UJI_WINDOW)->verdict, RULE_BLOCKED, "a day short of 2 years");
    f.date = d(2026, 3, 1);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_UJI_WINDOW)->verdict, RULE_ALLOWED, "exactly 5 years");
    cr_assert_eq(find(r, n, RULE_JPT_CAP)->verdict, RULE_WARNING, "the cap is reached");
    f.date = d(2026, 3, 2);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_UJI_WINDOW)->verdict, RULE_BLOCKED, "past 5 years");
    f.date = d(2026, 2, 28);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_JPT_CAP)->verdict, RULE_ALLOWED);
    cr_assert(strstr(find(r, n, RULE_UJI_WINDOW)->citation, "Ps 131"));
}

Test(rules, pangkat_education_and_jpt_pratama)
{
    struct rule_set rs;
    struct rule_result r[RULE_COUNT];
    struct rule_facts f = base(MOVE_PROMOSI, d(2026, 1, 15));
    size_t n;

    rules_default(&rs);
    f.gol_rank = 13; /* IV/a */
    f.gol_min_rank = 14;
    f.gol_max_rank = 16;
    f.edu_rank = 6;
    f.edu_min_rank = 6;
    f.edu_s1_rank = 6;
    f.target_jpt = 1;
    f.target_jpt_pratama = 1;
    f.months_admin_or_madya = 24;
    f.assessment_valid_until = d(2027, 1, 1);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_PANGKAT)->verdict, RULE_BLOCKED, "below the range");
    cr_assert_eq(find(r, n, RULE_EDUCATION)->verdict, RULE_ALLOWED);
    /* born 1975-05-10: 50 on the date; 25 years of service; 24 months as Administrator */
    cr_assert_eq(find(r, n, RULE_JPT_PRATAMA)->verdict, RULE_ALLOWED, "%s",
                 find(r, n, RULE_JPT_PRATAMA)->facts);
    cr_assert_eq(find(r, n, RULE_ASSESSMENT)->verdict, RULE_ALLOWED);
    f.gol_rank = 14;
    f.months_admin_or_madya = 23;
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_PANGKAT)->verdict, RULE_ALLOWED);
    cr_assert_eq(find(r, n, RULE_JPT_PRATAMA)->verdict, RULE_BLOCKED, "23 months");
    /* age 56 is still allowed, 57 is not */
    f.months_admin_or_madya = 30;
    f.birth = d(1969, 1, 15);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_JPT_PRATAMA)->verdict, RULE_BLOCKED, "57 on the date");
    f.birth = d(1969, 1, 16);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_JPT_PRATAMA)->verdict, RULE_ALLOWED, "56 until tomorrow");
    f.edu_rank = 5;
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_EDUCATION)->verdict, RULE_BLOCKED);
    cr_assert_eq(find(r, n, RULE_JPT_PRATAMA)->verdict, RULE_BLOCKED, "no S1");
    /* no valid assessment: a warning on a promotion */
    f.assessment_valid_until = d(2025, 12, 31);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_ASSESSMENT)->verdict, RULE_WARNING);
}

Test(rules, sanctions_elections_retirement_improvement)
{
    struct rule_set rs;
    struct rule_result r[RULE_COUNT];
    struct rule_facts f = base(MOVE_PROMOSI, d(2026, 1, 15));
    const struct rule_result *x;
    size_t n;

    rules_default(&rs);
    f.heavy_sanction_months_ago = 23;
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_SANCTION)->verdict, RULE_BLOCKED);
    f.heavy_sanction_months_ago = 24;
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_SANCTION)->verdict, RULE_ALLOWED);
    f.kind = MOVE_ROTASI;
    f.heavy_sanction_months_ago = 3;
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_SANCTION)->verdict, RULE_WARNING);

    /* election: candidates determined 2026-09-23, the freeze starts 2026-03-23 */
    f.candidate_determination = d(2026, 9, 23);
    f.term_end = d(2027, 2, 20);
    f.date = d(2026, 3, 22);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_ELECTION_FREEZE)->verdict, RULE_ALLOWED);
    f.date = d(2026, 3, 23);
    n = rules_check(&rs, &f, r, NULL);
    x = find(r, n, RULE_ELECTION_FREEZE);
    cr_assert_eq(x->verdict, RULE_NEEDS_APPROVAL);
    cr_assert_str_eq(x->approver, "mendagri");
    cr_assert(strstr(x->citation, "Ps 71(2)"));
    f.date = d(2027, 2, 20);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_ELECTION_FREEZE)->verdict, RULE_NEEDS_APPROVAL,
                 "the last day of the term is frozen");
    f.date = d(2027, 2, 21);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_ELECTION_FREEZE)->verdict, RULE_ALLOWED, "after the term");
    /* a new regional head inaugurated 2025-02-20: no replacements until 2025-08-20 */
    f.candidate_determination = d(0, 0, 0);
    f.head_inaugurated = d(2025, 2, 20);
    f.date = d(2025, 8, 19);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_INAUGURATION_FREEZE)->verdict, RULE_BLOCKED);
    f.date = d(2025, 8, 20);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_INAUGURATION_FREEZE)->verdict, RULE_ALLOWED);
    cr_assert(strstr(find(r, n, RULE_INAUGURATION_FREEZE)->citation, "Ps 162(3)"));
    f.date = d(2025, 2, 20);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_INAUGURATION_FREEZE)->verdict, RULE_BLOCKED,
                 "the day of the inauguration is the first day of the freeze");

    /* retirement: born 1968-03-15, BUP 58 -> reached on 2026-03-15 */
    f.birth = d(1968, 3, 15);
    f.target_bup = 58;
    f.date = d(2026, 3, 14);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_RETIREMENT)->verdict, RULE_WARNING, "within 12 months");
    f.date = d(2026, 3, 15);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_RETIREMENT)->verdict, RULE_BLOCKED);
    f.date = d(2025, 3, 14);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_RETIREMENT)->verdict, RULE_ALLOWED, "more than 12 months");

    /* a failed performance year ending 2025-12-31: 6 months to improve */
    f = base(MOVE_DEMOSI, d(2026, 6, 30));
    f.current_jpt = 1;
    f.inaugurated = d(2020, 1, 6);
    f.failed_perf_year_end = d(2025, 12, 31);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_eq(find(r, n, RULE_IMPROVEMENT)->verdict, RULE_BLOCKED, "%s",
                 find(r, n, RULE_IMPROVEMENT)->facts);
    f.date = d(2026, 7, 1);
    n = rules_check(&rs, &f, r, NULL);
    x = find(r, n, RULE_IMPROVEMENT);
    cr_assert_eq(x->verdict, RULE_WARNING);
    cr_assert(strstr(x->facts, "competency_test_required=1"));
}

Test(rules, the_supervisor_by_era_and_disabling_rules)
{
    struct rule_set rs;
    struct rule_result r[RULE_COUNT];
    struct rule_facts f = base(MOVE_MUTASI, d(2023, 10, 30));
    size_t n;

    rules_default(&rs);
    f.target_jpt = 1;
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_not_null(find(r, n, RULE_SUPERVISOR_KASN));
    cr_assert_null(find(r, n, RULE_SUPERVISOR_BKN));
    cr_assert_str_eq(find(r, n, RULE_SUPERVISOR_KASN)->approver, "kasn");
    f.date = d(2023, 10, 31);
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_null(find(r, n, RULE_SUPERVISOR_KASN));
    cr_assert_str_eq(find(r, n, RULE_SUPERVISOR_BKN)->approver, "bkn");
    rs.rule[RULE_SUPERVISOR_BKN].enabled = 0;
    n = rules_check(&rs, &f, r, NULL);
    cr_assert_null(find(r, n, RULE_SUPERVISOR_BKN));
    cr_assert_str_eq(rules_code(RULE_UJI_WINDOW), "uji_window");
    for (int i = 0; i < RULE_COUNT; i++)
        cr_assert(rs.rule[i].citation && *rs.rule[i].citation, "rule %d cites its basis", i);
}

Test(rules, every_verdict_cites_its_article)
{
    static const char *const want[RULE_COUNT] = {
        "Ps 116",   "Ps 117",    "Ps 131", "PP 100/2000", "PP 11/2017", "Ps 107", "PP 94/2021",
        "Ps 71(2)", "Ps 162(3)", "Ps 90",  "Ps 118",      "Ps 29(4)",   "KASN",   "UU 20/2023"};
    struct rule_set rs;

    rules_default(&rs);
    for (int i = 0; i < RULE_COUNT; i++)
        cr_assert(strstr(rs.rule[i].citation, want[i]), "%s cites '%s': %s",
                  rules_code((enum rule_id)i), want[i], rs.rule[i].citation);
}
