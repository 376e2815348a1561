/*
 * talent.h - talent mapping per period: every employee of the agency on the
 * 9-box (or the reasons they cannot be placed), the grid counts, the talent
 * pool, each person's way up, cut sensitivity, and calibration
 * (proposed -> reviewed -> set by the PPK, every change recorded).
 *
 * Inputs, per employee (see docs/talent.md):
 *   performance: SKP years [year - window, year - 1] through the talent policy;
 *   potential: the latest valid finalised assessment result as of `as_of`
 *   (competency JPM and potential score, each capped at 100), and where the
 *   policy weights them: qualification (100 when the education meets the
 *   position's minimum, else 50), track record (training hours in the 3
 *   years before as_of: 100 at 60 hours or more, proportional below) and
 *   integrity (100 without sanctions in the look-back, 50 with a light one,
 *   0 with a moderate or heavy one);
 *   eligibility: a blocking sanction in the look-back, no SKP year, no result.
 *
 * Errors: MERIT_ENOTFOUND (period, NIP), MERIT_EINVAL, MERIT_ECONFLICT (a
 * set period, a stage out of order).
 */
#ifndef MERIT_SERVICES_TALENT_H
#define MERIT_SERVICES_TALENT_H

#include <jansson.h>
#include <stdint.h>

#include "db/db.h"

struct talent_run {
    const char *code;   /* the period's code, e.g. "2026" */
    int year;           /* SKP years before this one count */
    const char *as_of;  /* ISO date */
    int policy_version; /* 0: the talent policy in force on as_of */
    int dry_run;        /* compute and summarise, write nothing (what a draft would do) */
    const char *now;    /* ISO UTC */
    const char *actor;  /* who asked, for the audit entry talent.map (NULL: "operator") */
};

/**
 * Maps every employee for the period (created, or recomputed while it is
 * still "proposed"; calibrated boxes are kept). *summary: grid counts,
 * eligibility reasons, pool size, sensitivity of each cut to +-1 point.
 */
int talent_map(struct db *db, int64_t tenant, const struct talent_run *run, json_t **summary,
               struct merit_error *err);

/** A period by code: its id, status (proposed | reviewed | set) and policy id (each may be NULL).
 */
int talent_period_find(struct db *db, int64_t tenant, const char *code, int64_t *id,
                       char status[16], int64_t *policy_id, struct merit_error *err);

/** One person in a period: scores, box, label, follow-up, reasons, moves up, calibration trail. */
int talent_show(struct db *db, int64_t tenant, const char *period, const char *nip, json_t **out,
                struct merit_error *err);

/* Which people of a period talent_list answers; 0, NULL (and eligible -1) filter nothing. */
struct talent_filter {
    int box;             /* 1-9, or 0 = every box */
    int pool_only;       /* only the talent pool (eligible, box >= the policy's pool_min_box) */
    const char *jenjang; /* the position's jenjang code */
    const char *unit;    /* the employee's unit code (the unit itself, not its sub-units) */
    int eligible;        /* 1 placed, 0 not placed, -1 both */
};

/** The people of a period, filtered (box, pool, jenjang, unit, eligibility). */
int talent_list(struct db *db, int64_t tenant, const char *period, const struct talent_filter *f,
                json_t **out, struct merit_error *err);

/** Every talent period of the agency, newest first: code, year, as_of, status, policy, counts. */
int talent_periods(struct db *db, int64_t tenant, json_t **out, struct merit_error *err);

/** One period: its row, the grid counts, the not-placed count, the pool and the stage trail. */
int talent_period_show(struct db *db, int64_t tenant, const char *code, json_t **out,
                       struct merit_error *err);

/**
 * Calibration: propose another box for a person (stage "proposed"; the
 * period must not be set), with who and why. The computed box is kept.
 */
int talent_calibrate(struct db *db, int64_t tenant, const char *period, const char *nip, int box,
                     const char *actor, const char *reason, const char *now,
                     struct merit_error *err);
/** proposed -> reviewed -> set (the PPK); set locks the period. */
int talent_advance(struct db *db, int64_t tenant, const char *period, const char *stage,
                   const char *actor, const char *reason, const char *now, struct merit_error *err);

/**
 * The vacancy forecast (forecast.c): positions whose holder reaches the
 * retirement age of the position's jenjang or the JPT cap within `months`
 * of as_of, with the event, its date and bucket (overdue, 6, 12, 24
 * months), ages and cap from the talent policy in force. key_only: only key
 * positions. With a period, each key position carries its succession slate.
 */
int talent_forecast(struct db *db, int64_t tenant, const char *as_of, int months, int key_only,
                    const char *period, json_t **out, struct merit_error *err);

#endif
