/*
 * move.h - moves of civil servants (mutasi, rotasi, promosi, demosi, the
 * JPT competency test) checked against the law (domain/rules.h) with the
 * rules policy and the region's calendar in force on the move's date.
 */
#ifndef MERIT_SERVICES_MOVE_H
#define MERIT_SERVICES_MOVE_H

#include <jansson.h>
#include <stdint.h>

#include "db/db.h"

struct move_request {
    const char *nip;
    const char *position; /* the target position's code */
    int kind;             /* enum move_kind */
    const char *date;     /* ISO: the date the move would take effect */
    int exception_116;    /* the official broke the law and no longer meets the requirements */
};

/** "mutasi" | "rotasi" | "promosi" | "demosi" | "uji" -> enum move_kind; -1 if unknown. */
int move_kind_parse(const char *s, int *kind);

/**
 * The verdicts of every rule that applies: {nip, name, from, to, kind, date,
 * rules_policy_version, verdict (the most severe), verdicts: [{rule, verdict,
 * citation, approver, facts}]}.
 */
int move_check(struct db *db, int64_t tenant, const struct move_request *req, json_t **out,
               struct merit_error *err);

/*
 * Move packages (move_package.c): create a draft, add moves (each checked
 * and stored with its verdicts; a what-if is `move_check` alone), then the
 * chain: submitted (every move checked again; any blocked move or two moves
 * into one position refuse it) -> reviewed (head of BKPSDM) -> approved
 * (PPK) -> executed (the employees, their position histories and the SK),
 * or rejected. Every step records who and why; a submitted package's moves
 * and a closed package no longer change (database triggers).
 */
int move_package_create(struct db *db, int64_t tenant, const char *code, const char *title,
                        const char *actor, const char *now, struct merit_error *err);
/** Adds (or replaces) one person's move; *check gets move_check's answer. */
int move_package_add(struct db *db, int64_t tenant, const char *code,
                     const struct move_request *req, json_t **check, struct merit_error *err);
/** step: submitted | reviewed | approved | executed (with sk_number, sk_date) | rejected. */
int move_package_step(struct db *db, int64_t tenant, const char *code, const char *step,
                      const char *actor, const char *reason, const char *sk_number,
                      const char *sk_date, const char *now, struct merit_error *err);
/** The agency's packages, newest first, optionally of one status: code, title, status, counts. */
int move_package_list(struct db *db, int64_t tenant, const char *status, json_t **out,
                      struct merit_error *err);
/** The package, its moves with their verdicts, whether JPT moves need the supervisor, the trail. */
int move_package_show(struct db *db, int64_t tenant, const char *code, json_t **out,
                      struct merit_error *err);

#endif
