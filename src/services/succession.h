/*
 * succession.h - succession slates per key position for a talent period.
 *
 * A slate lists up to the talent policy's slate_size candidates for a key
 * position (position.is_key): people placed and eligible in the period, not
 * holding the position, ranked by their fit to it (requirements met first,
 * then JPM against its SKJ; services/fit.h), each with the JPM, coverage,
 * box, readiness (now | 1-2y | 3+y, talent policy "readiness") and unmet
 * requirements; the emergency successor is the best candidate ready now,
 * else the first.
 */
#ifndef MERIT_SERVICES_SUCCESSION_H
#define MERIT_SERVICES_SUCCESSION_H

#include <jansson.h>
#include <stdint.h>

#include "db/db.h"

/** Every key position's slate, or one position's (key or not) when position is given. */
int succession_slates(struct db *db, int64_t tenant, const char *period, const char *position,
                      json_t **out, struct merit_error *err);

/** The slates of the listed positions (those without an SKJ are skipped), in one load. */
int succession_slates_for(struct db *db, int64_t tenant, const char *period,
                          const char *const *only, size_t nonly, const char *position, json_t **out,
                          struct merit_error *err);

#endif
