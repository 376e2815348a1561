/*
 * place.h - the placement optimiser: for a set of vacancies (positions by
 * code, or every position with an SKJ in a unit and below) and a set of
 * candidates (everyone with a valid finalised result, or only the placed,
 * eligible people of a talent period), the assignment that maximises the
 * total fit (sum of JPM to each position's SKJ) among those filling as many
 * positions as eligibility allows (domain/assign.h, exact).
 *
 * A pair is eligible when the candidate meets the position's requirements
 * (golongan range, education) and has levels for some of its SKJ. What-if:
 * lock pairs (must be in the answer) or forbid them. Each answer names the
 * runner-up candidate for the position and the total fit lost by choosing
 * them instead, the current holder's fit to the position, and the total of
 * the current placement for comparison.
 */
#ifndef MERIT_SERVICES_PLACE_H
#define MERIT_SERVICES_PLACE_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"

struct place_pin {
    const char *nip, *position;
};

struct place_request {
    const char *const *positions; /* codes; or NULL with unit */
    size_t npositions;
    const char *unit;   /* every position with an SKJ in this unit and under it */
    const char *period; /* NULL: every person with a valid result */
    const char *today;
    const struct place_pin *lock, *forbid;
    size_t nlock, nforbid;
};

int place_optimise(struct db *db, int64_t tenant, const struct place_request *req, json_t **out,
                   struct merit_error *err);

#endif
