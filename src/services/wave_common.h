/*
 * wave_common.h - internals shared by the wave services (wave.c,
 * assessor.c, evidence.c, integration.c, result.c); not an API.
 */
#ifndef MERIT_SERVICES_WAVE_COMMON_H
#define MERIT_SERVICES_WAVE_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "services/policy.h"

struct wave_info {
    int64_t id;
    char code[64];
    char purpose[16];
    char start_date[11], end_date[11];
    char status[8];
    int64_t policy_id;
};

/** Loads the wave (must belong to tenant). */
int wc_wave_load(struct db *db, int64_t tenant, int64_t wave, struct wave_info *w,
                 struct merit_error *err);
/** Loads the wave and its policy; the caller frees *p. */
int wc_wave_policy(struct db *db, int64_t tenant, int64_t wave, struct wave_info *w,
                   struct policy **p, struct merit_error *err);
/** Refuses (MERIT_ECONFLICT) a wave that is already final. */
int wc_wave_open(const struct wave_info *w, struct merit_error *err);
/** A participant of the wave by NIP: id, employee id and status (status may be NULL). */
int wc_participant(struct db *db, int64_t tenant, int64_t wave, const char *nip, int64_t *id,
                   int64_t *employee, char status[16], struct merit_error *err);
/** The employee id by NIP. */
int wc_employee(struct db *db, int64_t tenant, const char *nip, int64_t *id,
                struct merit_error *err);
/** Runs sql (no rows expected) with the given int64 / text parameters. */
int wc_exec(struct db *db, const char *sql, struct merit_error *err, const char *types, ...);
/** "3", "3.5" -> tenths. -1 when not a level 1-5 with at most one decimal (.0 or .5). */
int wc_level_parse(const char *s, int *tenths);
/** tenths -> "3" or "3.5" */
void wc_level_format(int tenths, char out[8]);
/** A NIP cell as typed in a spreadsheet: a leading apostrophe (text marker) and spaces removed. */
void wc_nip_clean(const char *in, char out[32]);
/** A header cell as a match key: lower-case letters and digits only ("Kode Asesor" ->
 * "kodeasesor"). */
void wc_header_key(const char *s, char *out, size_t cap);
/**
 * An audit entry for a wave change (object "wave:CODE" or "wave:CODE/suffix"), inside the
 * caller's transaction; a no-op when actor is NULL (the callers that never audited).
 */
int wc_audit(struct db *db, int64_t tenant, const char *actor, const char *action,
             const char *wave_code, const char *suffix, const char *before, const char *after,
             const char *reason, struct merit_error *err);
/** Today's date and now (ISO UTC) from the clock; the services take them as parameters. */
void wc_today(char out[11]);
void wc_now(char out[21]);

#endif
