/*
 * result.h - finalised assessment results: reading them, correcting them
 * (the only way a finalised result changes), and what a draft policy would
 * change.
 *
 * A result is insert-only (database triggers refuse UPDATE and DELETE).
 * Revision 1 is written by wave_finalise; result_correct writes revision
 * n + 1 with one level changed, recomputed under the SAME policy as the
 * original, and a correction row (old level, new level, reason, actor, time)
 * linking both. "The" result of a participant is its latest revision.
 *
 * JSON shapes are documented in docs/assessment.md; the CLI prints them with
 * --json and the API will serve them unchanged.
 */
#ifndef MERIT_SERVICES_RESULT_H
#define MERIT_SERVICES_RESULT_H

#include <jansson.h>
#include <stdint.h>

#include "db/db.h"

/**
 * The current result of NIP: in wave (code) or, when wave is NULL, the
 * latest finalised one. *out is a new JSON object: identity, wave, target
 * position, policy version, JPM (raw, capped, score), category, items
 * (LKJ, LKI, gap), potential, strengths, development areas and plan,
 * validity (valid_until, expired as of today), revision and corrections.
 */
int result_show(struct db *db, int64_t tenant, const char *nip, const char *wave, const char *today,
                json_t **out, struct merit_error *err);

/** The current results of a wave (one JSON object per participant, ranked by score). */
int result_list(struct db *db, int64_t tenant, int64_t wave, const char *today, json_t **out,
                struct merit_error *err);

/**
 * Every result of the employee NIP (*employee gets their id; MERIT_ENOTFOUND when there is no
 * such employee), every revision, newest wave first and the latest revision first: result_show's
 * object (with items; the corrections appear one per revision) plus "current" (the latest
 * revision), "published" (the wave's results are published) and "correction" (the correction
 * that produced this revision, or null). published_only: only published waves (an employee's
 * own view). *out is a new JSON array.
 */
int result_employee_json(struct db *db, int64_t tenant, const char *nip, const char *today,
                         int published_only, int64_t *employee, json_t **out,
                         struct merit_error *err);

/**
 * Corrects one level of the current result of NIP in wave. reason >= 10
 * characters; actor names who asked for it. Writes the next revision and the
 * correction row; refuses a "correction" that changes nothing.
 */
int result_correct(struct db *db, int64_t tenant, int64_t wave, const char *nip, const char *target,
                   int level, const char *reason, const char *actor, const char *now, int *revision,
                   struct merit_error *err);

/** One person whose category would change under a draft policy. */
struct result_change {
    const char *nip, *name, *wave;
    int64_t old_bp, new_bp;
    const char *old_category, *new_category;
};
/**
 * Recomputes every current result under policy version and calls fn for
 * each one whose category would change. *total: results recomputed.
 */
int result_policy_diff(struct db *db, int64_t tenant, int version,
                       void (*fn)(void *, const struct result_change *), void *ctx, long *total,
                       long *changed, struct merit_error *err);

#endif
