#include "domain/rules.h"

#include <stdio.h>
#include <string.h>

#include "domain/forecast.h"

static const char *const codes[RULE_COUNT] = {
    "jpt_lock",        "jpt_cap",         "uji_window",
    "pangkat",         "education",       "jpt_pratama",
    "sanction",        "election_freeze", "inauguration_freeze",
    "retirement",      "improvement",     "assessment",
    "supervisor_kasn", "supervisor_bkn"};

const char *rules_code(enum rule_id id)
{
    return id < RULE_COUNT ? codes[id] : "?";
}

static struct rule_def def(int a, int b, int c, const char *citation, const char *approver)
{
    return (struct rule_def){1, {0, 0, 0}, {0, 0, 0}, a, b, c, citation, approver};
}

void rules_default(struct rule_set *rs)
{
    memset(rs, 0, sizeof(*rs));
    rs->rule[RULE_JPT_LOCK] =
        def(2, 0, 0, "UU 5/2014 Ps 116 (SE MenPAN-RB 2/2016) [P/S]", "presiden");
    rs->rule[RULE_JPT_CAP] = def(5, 0, 0, "UU 5/2014 Ps 117 [S]", "ppk");
    rs->rule[RULE_UJI_WINDOW] = def(2, 5, 0, "PP 11/2017 Ps 131 jo. PP 17/2020 [P]", NULL);
    rs->rule[RULE_PANGKAT] =
        def(0, 0, 0, "PP 100/2000 jo. PP 13/2002 (eselon and pangkat) [P/S]", NULL);
    rs->rule[RULE_EDUCATION] = def(0, 0, 0, "PP 11/2017 jo. PP 17/2020; the position's SKJ", NULL);
    /* a: years of experience, b: maximum age, c: months as Administrator / JF Ahli Madya */
    rs->rule[RULE_JPT_PRATAMA] = def(5, 56, 24, "PP 11/2017 Ps 107 jo. PP 17/2020 [P]", "presiden");
    rs->rule[RULE_SANCTION] =
        def(24, 0, 0, "PP 94/2021; talent eligibility practice (REGULATIONS.md 3.2) [S]", NULL);
    rs->rule[RULE_ELECTION_FREEZE] = def(6, 0, 0, "UU 10/2016 Ps 71(2) [S]", "mendagri");
    rs->rule[RULE_INAUGURATION_FREEZE] = def(6, 0, 0, "UU 8/2015 Ps 162(3) [S]", NULL);
    /* a: months before the BUP from which a warning is given */
    rs->rule[RULE_RETIREMENT] = def(12, 0, 0, "UU 5/2014 Ps 90; PP 11/2017 Ps 239 [S]", NULL);
    rs->rule[RULE_IMPROVEMENT] =
        def(6, 0, 0, "UU 5/2014 Ps 118 (Peraturan BRIN 4/2025 Ps 38A) [P]", NULL);
    rs->rule[RULE_ASSESSMENT] =
        def(0, 0, 0, "Perban BKN 26/2019 Ps 29(4): valid 3 years [S]", NULL);
    /* the supervisor of JPT moves: KASN until UU 20/2023, then BKN (date [U]: keep as data) */
    rs->rule[RULE_SUPERVISOR_KASN] =
        def(0, 0, 0, "UU 5/2014 Ps 115; PP 11/2017 Ps 131 (KASN) [P/S]", "kasn");
    rs->rule[RULE_SUPERVISOR_KASN].until = (struct civil_date){2023, 10, 30};
    rs->rule[RULE_SUPERVISOR_BKN] =
        def(0, 0, 0, "UU 20/2023; Perpres 92/2024 (BKN supervises the merit system) [S]", "bkn");
    rs->rule[RULE_SUPERVISOR_BKN].from = (struct civil_date){2023, 10, 31};
}

static int has(struct civil_date d)
{
    return d.y != 0;
}

static int in_force(const struct rule_def *r, struct civil_date d)
{
    if (!r->enabled)
        return 0;
    if (has(r->from) && civil_cmp(d, r->from) < 0)
        return 0;
    if (has(r->until) && civil_cmp(d, r->until) > 0)
        return 0;
    return 1;
}

static void fmt(struct civil_date d, char out[11])
{
    if (has(d))
        civil_format(d, out);
    else
        snprintf(out, 11, "-");
}

static struct rule_result *emit(struct rule_result *out, size_t *n, const struct rule_set *rs,
                                enum rule_id id, enum rule_verdict v)
{
    struct rule_result *r = &out[(*n)++];

    r->id = id;
    r->verdict = v;
    r->citation = rs->rule[id].citation;
    r->approver = v == RULE_NEEDS_APPROVAL ? rs->rule[id].approver : NULL;
    r->facts[0] = 0;
    return r;
}

size_t rules_check(const struct rule_set *rs, const struct rule_facts *f,
                   struct rule_result out[RULE_COUNT], enum rule_verdict *worst)
{
    const struct rule_def *R = rs->rule;
    struct rule_result *r;
    size_t n = 0;
    char a[11], b[11];
    int replaces = f->kind == MOVE_MUTASI || f->kind == MOVE_ROTASI || f->kind == MOVE_DEMOSI;
    int age = has(f->birth) ? civil_years_between(f->birth, f->date) : -1;

    /* 2-year lock after a JPT inauguration: JPT Utama/Madya need the President; others only
     * when they broke the law and no longer meet the requirements (Ps 116(1)) */
    if (in_force(&R[RULE_JPT_LOCK], f->date) && f->current_jpt && replaces && has(f->inaugurated)) {
        struct civil_date end = civil_add_years(f->inaugurated, R[RULE_JPT_LOCK].a);
        int locked = civil_cmp(f->date, end) < 0;
        enum rule_verdict v = !locked               ? RULE_ALLOWED
                              : f->exception_116    ? RULE_WARNING
                              : f->current_jpt_high ? RULE_NEEDS_APPROVAL
                                                    : RULE_BLOCKED;
        fmt(f->inaugurated, a);
        fmt(end, b);
        r = emit(out, &n, rs, RULE_JPT_LOCK, v);
        snprintf(r->facts, sizeof(r->facts), "inaugurated=%s lock_until=%s%s", a, b,
                 locked && f->exception_116 ? " exception=violation_and_unqualified" : "");
    }
    /* 5 years in one JPT post: staying longer needs an extension */
    if (in_force(&R[RULE_JPT_CAP], f->date) && f->current_jpt && has(f->inaugurated)) {
        struct civil_date cap = civil_add_years(f->inaugurated, R[RULE_JPT_CAP].a);
        r = emit(out, &n, rs, RULE_JPT_CAP,
                 civil_cmp(f->date, cap) >= 0 ? RULE_WARNING : RULE_ALLOWED);
        fmt(cap, a);
        snprintf(r->facts, sizeof(r->facts), "cap_reached_on=%s", a);
    }
    /* the competency test: at least 2 and at most 5 years in the post */
    if (in_force(&R[RULE_UJI_WINDOW], f->date) && f->kind == MOVE_UJI) {
        int years = has(f->inaugurated) ? civil_years_between(f->inaugurated, f->date) : -1;
        struct civil_date lo = civil_add_years(f->inaugurated, R[RULE_UJI_WINDOW].a);
        struct civil_date hi = civil_add_years(f->inaugurated, R[RULE_UJI_WINDOW].b);
        int ok = has(f->inaugurated) && civil_cmp(f->date, lo) >= 0 && civil_cmp(f->date, hi) <= 0;
        r = emit(out, &n, rs, RULE_UJI_WINDOW, ok ? RULE_ALLOWED : RULE_BLOCKED);
        fmt(lo, a);
        fmt(hi, b);
        snprintf(r->facts, sizeof(r->facts), "years_in_post=%d window=%s..%s", years, a, b);
    }
    if (in_force(&R[RULE_PANGKAT], f->date) && (f->gol_min_rank || f->gol_max_rank)) {
        enum rule_verdict v = RULE_ALLOWED;
        if (!f->gol_rank)
            v = RULE_WARNING;
        else if (f->gol_min_rank && f->gol_rank < f->gol_min_rank)
            v = RULE_BLOCKED;
        else if (f->gol_max_rank && f->gol_rank > f->gol_max_rank)
            v = RULE_WARNING;
        r = emit(out, &n, rs, RULE_PANGKAT, v);
        snprintf(r->facts, sizeof(r->facts), "golongan_rank=%d range=%d..%d", f->gol_rank,
                 f->gol_min_rank, f->gol_max_rank);
    }
    if (in_force(&R[RULE_EDUCATION], f->date) && f->edu_min_rank) {
        r = emit(out, &n, rs, RULE_EDUCATION,
                 !f->edu_rank                    ? RULE_WARNING
                 : f->edu_rank < f->edu_min_rank ? RULE_BLOCKED
                                                 : RULE_ALLOWED);
        snprintf(r->facts, sizeof(r->facts), "education_rank=%d minimum=%d", f->edu_rank,
                 f->edu_min_rank);
    }
    /* into JPT Pratama: S1/D-IV, experience, 2 years as Administrator or Ahli Madya, age;
     * an exception needs the President */
    if (in_force(&R[RULE_JPT_PRATAMA], f->date) && f->target_jpt_pratama && !f->current_jpt) {
        int years = has(f->tmt_cpns) ? civil_years_between(f->tmt_cpns, f->date) : -1;
        int fails = (f->edu_s1_rank && f->edu_rank < f->edu_s1_rank) ||
                    years < R[RULE_JPT_PRATAMA].a ||
                    f->months_admin_or_madya < R[RULE_JPT_PRATAMA].c || age < 0 ||
                    age > R[RULE_JPT_PRATAMA].b;
        r = emit(out, &n, rs, RULE_JPT_PRATAMA, fails ? RULE_BLOCKED : RULE_ALLOWED);
        snprintf(r->facts, sizeof(r->facts),
                 "education_rank=%d s1=%d years_service=%d months_admin_madya=%d age=%d max_age=%d",
                 f->edu_rank, f->edu_s1_rank, years, f->months_admin_or_madya, age,
                 R[RULE_JPT_PRATAMA].b);
    }
    if (in_force(&R[RULE_SANCTION], f->date)) {
        int recent =
            f->heavy_sanction_months_ago >= 0 && f->heavy_sanction_months_ago < R[RULE_SANCTION].a;
        r = emit(out, &n, rs, RULE_SANCTION,
                 !recent                                          ? RULE_ALLOWED
                 : f->kind == MOVE_PROMOSI || f->kind == MOVE_UJI ? RULE_BLOCKED
                                                                  : RULE_WARNING);
        snprintf(r->facts, sizeof(r->facts), "months_since_heavy_sanction=%d lookback=%d",
                 f->heavy_sanction_months_ago, R[RULE_SANCTION].a);
    }
    /* regional elections: from 6 months before the candidates are determined to the end of the
     * term, replacements need the Minister of Home Affairs */
    if (in_force(&R[RULE_ELECTION_FREEZE], f->date) && has(f->candidate_determination)) {
        struct civil_date from =
            civil_add_months(f->candidate_determination, -R[RULE_ELECTION_FREEZE].a);
        int frozen = civil_cmp(f->date, from) >= 0 &&
                     (!has(f->term_end) || civil_cmp(f->date, f->term_end) <= 0);
        r = emit(out, &n, rs, RULE_ELECTION_FREEZE,
                 frozen && replaces ? RULE_NEEDS_APPROVAL
                 : frozen           ? RULE_WARNING
                                    : RULE_ALLOWED);
        fmt(from, a);
        fmt(f->term_end, b);
        snprintf(r->facts, sizeof(r->facts), "freeze=%s..%s", a, b);
    }
    if (in_force(&R[RULE_INAUGURATION_FREEZE], f->date) && has(f->head_inaugurated)) {
        struct civil_date end =
            civil_add_months(f->head_inaugurated, R[RULE_INAUGURATION_FREEZE].a);
        int frozen = civil_cmp(f->date, f->head_inaugurated) >= 0 && civil_cmp(f->date, end) < 0;
        r = emit(out, &n, rs, RULE_INAUGURATION_FREEZE,
                 frozen && replaces ? RULE_BLOCKED : RULE_ALLOWED);
        fmt(end, a);
        snprintf(r->facts, sizeof(r->facts), "head_inaugurated_freeze_until=%s", a);
    }
    if (in_force(&R[RULE_RETIREMENT], f->date) && f->target_bup && age >= 0) {
        struct civil_date bup = civil_add_years(f->birth, f->target_bup);
        int months = forecast_months_between(f->date, bup);
        r = emit(out, &n, rs, RULE_RETIREMENT,
                 age >= f->target_bup            ? RULE_BLOCKED
                 : months < R[RULE_RETIREMENT].a ? RULE_WARNING
                                                 : RULE_ALLOWED);
        fmt(bup, a);
        snprintf(r->facts, sizeof(r->facts), "age=%d bup=%d reaches_bup_on=%s", age, f->target_bup,
                 a);
    }
    /* a JPT with a failed performance year has 6 months to improve; without improvement a
     * new competency test decides (Ps 118) */
    if (in_force(&R[RULE_IMPROVEMENT], f->date) && f->current_jpt && has(f->failed_perf_year_end)) {
        struct civil_date end = civil_add_months(f->failed_perf_year_end, R[RULE_IMPROVEMENT].a);
        /* a year failed on 31 December leaves 1 January - 30 June to improve: inclusive */
        int within = civil_cmp(f->date, end) <= 0;
        r = emit(out, &n, rs, RULE_IMPROVEMENT,
                 f->improved          ? RULE_ALLOWED
                 : within && replaces ? RULE_BLOCKED
                                      : RULE_WARNING);
        fmt(end, a);
        snprintf(r->facts, sizeof(r->facts), "improvement_window_until=%s improved=%d%s", a,
                 f->improved, !within && !f->improved ? " competency_test_required=1" : "");
    }
    if (in_force(&R[RULE_ASSESSMENT], f->date) &&
        (f->kind == MOVE_PROMOSI || f->kind == MOVE_UJI)) {
        int valid =
            has(f->assessment_valid_until) && civil_cmp(f->date, f->assessment_valid_until) <= 0;
        r = emit(out, &n, rs, RULE_ASSESSMENT, valid ? RULE_ALLOWED : RULE_WARNING);
        fmt(f->assessment_valid_until, a);
        snprintf(r->facts, sizeof(r->facts), "assessment_valid_until=%s", a);
    }
    for (int id = RULE_SUPERVISOR_KASN; id <= RULE_SUPERVISOR_BKN; id++)
        if (in_force(&R[id], f->date) && (f->current_jpt || f->target_jpt)) {
            r = emit(out, &n, rs, (enum rule_id)id, RULE_NEEDS_APPROVAL);
            snprintf(r->facts, sizeof(r->facts), "jpt_move=1");
        }
    if (worst) {
        *worst = RULE_ALLOWED;
        for (size_t i = 0; i < n; i++)
            if (out[i].verdict > *worst)
                *worst = out[i].verdict;
    }
    return n;
}
