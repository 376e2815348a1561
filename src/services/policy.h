/*
 * policy.h - versioned policy records (scoring now; talent, rules and
 * committee policies use the same table). A policy is a JSON body with a
 * version, an effective date and a status (draft | adopted). Adopted
 * policies are never edited (a trigger refuses it): a change is a new
 * version, and every result keeps the id of the policy that produced it.
 *
 * The scoring body (docs/policy.md) is parsed into struct scoring_policy
 * and checked by the domain (scoring_check) before anything is stored.
 *
 * Errors: MERIT_EINVAL names the offending field ("scales[0].categories[1].min");
 * MERIT_ENOTFOUND for an unknown version; MERIT_ECONFLICT when adopting an
 * adopted policy.
 */
#ifndef MERIT_SERVICES_POLICY_H
#define MERIT_SERVICES_POLICY_H

#include <jansson.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"
#include "domain/scoring.h"
#include "domain/committee.h"
#include "domain/rules.h"
#include "domain/talent.h"

/* the move-legality rules and the region's election calendar (kind "rules") */
struct rules_policy {
    struct rule_set rs;
    struct civil_date candidate_determination, term_end, head_inaugurated;
};

struct policy {
    int64_t id;
    int version;
    char kind[16];
    char status[16];
    char effective_from[11];
    char *name;
    json_t *body;                      /* owned */
    struct scoring_policy scoring;     /* kind "scoring": strings point into arena / body */
    struct talent_policy talent;       /* kind "talent" */
    struct rules_policy rules;         /* kind "rules" */
    struct committee_policy committee; /* kind "committee" */
    struct arena arena;
};

/** Fills err with MERIT_EINVAL naming the policy field and why; returns -1 (every body parser). */
int policy_field_error(struct merit_error *err, const char *field, const char *why);

/** Parses and checks a scoring body; strings are copied into a. */
int policy_scoring_parse(json_t *body, struct scoring_policy *p, struct arena *a,
                         struct merit_error *err);
/** The JSON body of p (new reference). */
json_t *policy_scoring_json(const struct scoring_policy *p);
/** The same for a talent policy (docs/talent.md): performance, potential, eligibility, pool. */
int policy_talent_parse(json_t *body, struct talent_policy *p, struct arena *a,
                        struct merit_error *err);
json_t *policy_talent_json(const struct talent_policy *p);
/** The same for the rules (policy_rules.c). */
int policy_rules_parse(json_t *body, struct rules_policy *p, struct arena *a,
                       struct merit_error *err);
json_t *policy_rules_json(const struct rules_policy *p);
/** The same for the competency-test committee (policy_committee.c). */
int policy_committee_parse(json_t *body, struct committee_policy *p, struct arena *a,
                           struct merit_error *err);
json_t *policy_committee_json(const struct committee_policy *p);

/**
 * Makes sure the tenant has a scoring and a talent policy: a missing kind
 * gets version 1 from scoring_default() / talent_default(), adopted,
 * effective 2019-01-01 (before any result a new agency imports). Idempotent.
 */
int policy_ensure_default(struct db *db, int64_t tenant, struct merit_error *err);

/* The *_kind functions take "scoring" or "talent"; the plain ones mean "scoring". */
int policy_load_kind(struct db *db, int64_t tenant, const char *kind, int version,
                     struct policy **out, struct merit_error *err);
int policy_in_force_kind(struct db *db, int64_t tenant, const char *kind, const char *date,
                         struct policy **out, struct merit_error *err);
int policy_add_draft_kind(struct db *db, int64_t tenant, const char *kind, const char *name,
                          const char *effective_from, json_t *body, int *version,
                          struct merit_error *err);
int policy_adopt_kind(struct db *db, int64_t tenant, const char *kind, int version, const char *now,
                      struct merit_error *err);
/** The same, recording actor in the audit entry ("policy.draft"; the plain ones: none). */
int policy_add_draft_kind_as(struct db *db, int64_t tenant, const char *kind, const char *name,
                             const char *effective_from, json_t *body, const char *actor,
                             int *version, struct merit_error *err);
/** The same, recording actor in the audit entry (policy_adopt_kind: "operator"). */
int policy_adopt_kind_as(struct db *db, int64_t tenant, const char *kind, int version,
                         const char *now, const char *actor, struct merit_error *err);
/** Loads one version (kind "scoring"). The caller frees *out with policy_free. */
int policy_load(struct db *db, int64_t tenant, int version, struct policy **out,
                struct merit_error *err);
int policy_load_id(struct db *db, int64_t tenant, int64_t id, struct policy **out,
                   struct merit_error *err);
/** The adopted scoring policy in force on date (latest effective_from <= date, then version). */
int policy_in_force(struct db *db, int64_t tenant, const char *date, struct policy **out,
                    struct merit_error *err);
void policy_free(struct policy *p);

/** Stores body as a new draft version (checked first); *version gets its number. */
int policy_add_draft(struct db *db, int64_t tenant, const char *name, const char *effective_from,
                     json_t *body, int *version, struct merit_error *err);
/** draft -> adopted, stamped with now (ISO UTC). */
int policy_adopt(struct db *db, int64_t tenant, int version, const char *now,
                 struct merit_error *err);

/** The scoring policy versions: version, status, effective_from, adopted_at, name. */
int policy_list_json(struct db *db, int64_t tenant, const char *kind, json_t **out,
                     struct merit_error *err);

#endif
