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

#endif
