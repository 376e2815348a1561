/*
 * committee.h - the JPT competency test's selection committee (pansel):
 * create, members (chair, secretary, members) and their conflict-of-interest
 * declarations, the officials tested (by NIP or every JPT holder 2-5 years
 * in the post, PP 11/2017 Ps 131), each member's scores, the aggregate and
 * recommendation per official (domain/committee.h), finalisation (locked by
 * triggers), and the record the minutes are made from.
 *
 * A member scores only after signing the declaration; a member's scores do
 * not count for an official they declared a conflict with. Finalisation is
 * refused while an official lacks a quorum or a record.
 */
#ifndef MERIT_SERVICES_COMMITTEE_H
#define MERIT_SERVICES_COMMITTEE_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"

/*
 * Every change is an audit entry named by actor, in the change's transaction:
 * committee.create, committee.member, committee.declare, committee.enrol,
 * committee.score (before and after, so a changed score shows what it was)
 * and committee.finalise.
 */
int committee_create(struct db *db, int64_t tenant, const char *code, const char *name,
                     const char *as_of, const char *now, const char *actor,
                     struct merit_error *err);
int committee_member_add(struct db *db, int64_t tenant, const char *code, const char *member,
                         const char *name, const char *role, const char *organisation,
                         const char *actor, struct merit_error *err);
int committee_declare(struct db *db, int64_t tenant, const char *code, const char *member,
                      const char *statement, const char *const *conflict_nips, size_t nconflicts,
                      const char *now, const char *actor, struct merit_error *err);
int committee_enrol(struct db *db, int64_t tenant, const char *code, const char *const *nips,
                    size_t n, int eligible, long *added, const char *actor,
                    struct merit_error *err);
int committee_score(struct db *db, int64_t tenant, const char *code, const char *member,
                    const char *nip, const char *component, int64_t score_bp, const char *actor,
                    struct merit_error *err);
/** Aggregates every official (and with finalise, locks the committee); *out: one row each. */
int committee_decide(struct db *db, int64_t tenant, const char *code, int finalise,
                     const char *actor, const char *now, json_t **out, struct merit_error *err);
int committee_show(struct db *db, int64_t tenant, const char *code, json_t **out,
                   struct merit_error *err);
/** A committee's id by code (MERIT_ENOTFOUND when the agency has none). */
int committee_find(struct db *db, int64_t tenant, const char *code, int64_t *id,
                   struct merit_error *err);
/**
 * The agency's committees, newest first, with member and official counts;
 * account_id != 0: only those the account holds a seat on (account_member).
 */
int committee_list(struct db *db, int64_t tenant, int64_t account_id, json_t **out,
                   struct merit_error *err);
/** The seat (member code and role) an account holds on a committee; member = "" when none. */
int committee_seat(struct db *db, int64_t committee_id, int64_t account_id, char member[64],
                   char role[16], struct merit_error *err);
/** Whether the member declared a conflict of interest with the official nip. */
int committee_conflicted(struct db *db, int64_t tenant, const char *code, const char *member,
                         const char *nip, int *conflicted, struct merit_error *err);

#endif
