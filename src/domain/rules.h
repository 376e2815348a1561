/*
 * rules.h - the move-legality engine: the law on moving civil servants as
 * data and pure functions. Each rule looks at the facts of one move (the
 * person, the current and target positions, the kind of move, the date, the
 * region's election calendar) and gives a verdict — allowed, warning, needs
 * approval (of whom) or blocked — with the article it rests on and the
 * facts it used (REGULATIONS.md section 4).
 *
 * The numbers (2 years, 5 years, 6 months, age 56, ...) and the citations
 * are in struct rule_set, versioned as policy data with effective dates; a
 * rule whose window does not cover the date of the move is not applied, so
 * the UU 5/2014 era and the UU 20/2023 era can both be expressed.
 * Pure: dates are parameters, nothing is allocated.
 */
#ifndef MERIT_DOMAIN_RULES_H
#define MERIT_DOMAIN_RULES_H

#include <stddef.h>

#include "base/civil.h"

enum rule_verdict { RULE_ALLOWED = 0, RULE_WARNING = 1, RULE_NEEDS_APPROVAL = 2, RULE_BLOCKED = 3 };

enum move_kind {
    MOVE_MUTASI = 1,  /* to another position (another unit or agency) */
    MOVE_ROTASI = 2,  /* to another position of the same level */
    MOVE_PROMOSI = 3, /* to a higher position */
    MOVE_DEMOSI = 4,  /* to a lower position */
    MOVE_UJI = 5      /* JPT mutation through the competency test (uji kompetensi) */
};

enum rule_id {
    RULE_JPT_LOCK = 0,        /* no replacement within 2 years of inauguration */
    RULE_JPT_CAP,             /* 5 years in one JPT post */
    RULE_UJI_WINDOW,          /* 2-5 years in post for the competency test */
    RULE_PANGKAT,             /* golongan within the target's range */
    RULE_EDUCATION,           /* the target's minimum education */
    RULE_JPT_PRATAMA,         /* S1, 5 years' experience, 2 years Administrator/Ahli Madya, <= 56 */
    RULE_SANCTION,            /* moderate/heavy sanction look-back */
    RULE_ELECTION_FREEZE,     /* 6 months before candidate determination to the end of term */
    RULE_INAUGURATION_FREEZE, /* 6 months after the regional head's inauguration */
    RULE_RETIREMENT,          /* the retirement age of the target's jenjang */
    RULE_IMPROVEMENT,         /* 6 months to improve after a failed performance year */
    RULE_ASSESSMENT,          /* a valid assessment result for promotion or the test */
    RULE_SUPERVISOR_KASN,     /* JPT moves: KASN's recommendation (UU 5/2014 era) */
    RULE_SUPERVISOR_BKN,      /* JPT moves: BKN's supervision (UU 20/2023 era) */
    RULE_COUNT
};

/* One rule's parameters and basis. */
struct rule_def {
    int enabled;
    struct civil_date from, until; /* applies to moves dated in [from, until]; until.y = 0: open */
    int a, b, c;                   /* the rule's numbers (see rules_default for each) */
    const char *citation;
    const char *approver; /* for NEEDS_APPROVAL verdicts: "presiden", "mendagri", "bkn", "kasn" */
};

struct rule_set {
    struct rule_def rule[RULE_COUNT];
};

/** The default rule set, every number and citation from REGULATIONS.md 4. */
void rules_default(struct rule_set *rs);
/** The stable code of a rule ("jpt_lock", "uji_window", ...). */
const char *rules_code(enum rule_id id);

/* The facts of one move. Ranks are ordinals (0 = unknown); dates with y = 0 are absent. */
struct rule_facts {
    enum move_kind kind;
    struct civil_date date;
    struct civil_date birth;
    struct civil_date tmt_cpns;
    /* current post */
    int current_jpt;               /* 1 when the current position is JPT */
    int current_jpt_high;          /* 1 for JPT Utama / Madya (Presidential approval) */
    struct civil_date inaugurated; /* into the current post */
    int exception_116;             /* violated the law AND no longer meets the requirements */
    /* target */
    int target_jpt;
    int target_jpt_pratama;
    int target_bup; /* retirement age of the target's jenjang */
    int gol_rank, gol_min_rank, gol_max_rank;
    int edu_rank, edu_min_rank, edu_s1_rank;
    int months_admin_or_madya; /* months as Administrator or JF Ahli Madya */
    /* record */
    int heavy_sanction_months_ago; /* months since the last moderate/heavy sanction ended; -1 none
                                    */
    struct civil_date failed_perf_year_end;   /* end of a failed performance year; y = 0 none */
    int improved;                             /* performance improved after it */
    struct civil_date assessment_valid_until; /* y = 0: no result */
    /* the region's calendar (election freeze); y = 0 when unknown */
    struct civil_date candidate_determination, term_end, head_inaugurated;
};

#define RULE_FACTS_MAX 160

struct rule_result {
    enum rule_id id;
    enum rule_verdict verdict;
    const char *citation;
    const char *approver;       /* NEEDS_APPROVAL: who */
    char facts[RULE_FACTS_MAX]; /* the facts the verdict used, in English codes and dates */
};

/**
 * Checks one move against every enabled rule in force on f->date. Writes one
 * result per rule that applies (allowed ones too, so the answer shows what
 * was checked) into out (at most RULE_COUNT) and returns how many; *worst
 * gets the most severe verdict.
 */
size_t rules_check(const struct rule_set *rs, const struct rule_facts *f,
                   struct rule_result out[RULE_COUNT], enum rule_verdict *worst);

#endif
