/*
 * position_skj.h - editing a position's SKJ (standar kompetensi jabatan): the
 * whole list of competency levels is replaced at once, in one transaction
 * with its audit entry ("position.skj", object "position:CODE", before and
 * after as compact text "M.01:4;M.02:3;T.KEU.01:2", sorted by code).
 *
 * Validation (each error names its field, e.g. "items[2].level"): items is a
 * non-empty array of at most POSITION_SKJ_MAX objects {competency_code, level}
 * and nothing else; every code exists in the national dictionary
 * (ref_competency: managerial and socio-cultural) or in the agency's technical
 * competencies (tech_competency); levels are integers 1..5; no code twice.
 * The kind of each item (manajerial, sosial_kultural, teknis) comes from the
 * table the code was found in.
 */
#ifndef MERIT_SERVICES_POSITION_SKJ_H
#define MERIT_SERVICES_POSITION_SKJ_H

#include <jansson.h>
#include <stdint.h>
#include <time.h>

#include "db/db.h"

#define POSITION_SKJ_MAX 60

/**
 * Replaces the SKJ of the agency's position `code` with `items` (a JSON array, see above).
 * MERIT_ENOTFOUND when the agency has no such position, MERIT_EINVAL on a bad item.
 * *changed = 0 when the new list equals the old one (nothing written, no audit entry).
 */
int position_skj_replace(struct db *db, int64_t tenant, const char *code, json_t *items,
                         const char *actor, time_t now, int *changed, struct merit_error *err);

#endif
