/*
 * siasn.h - SIASN-shaped result files: the finalised results of one wave as
 * the bodies of SIASN's potensi, kompetensi and talent-mapping writes (one
 * JSON line per finalised result and kind), plus a reconciliation of every
 * participant: what was exported and why anything was not. No network: the
 * files are for whoever (or whatever) posts them to SIASN.
 *
 * Each line is {nip, name, wave, revision, finalised_at, payload, merit}:
 * `payload` holds exactly the SIASN body fields (LANDSCAPE.md §0; field
 * names and what fills them come from one table, siasn_fields, listed in
 * docs/siasn.md with what is uncertain about each), `merit` what merit knows
 * beyond them (JPM, category, every item, the talent period...). Values come
 * from result_show (the latest revision) and talent_list (the period's
 * current, calibrated box), so they equal what `merit result show` and
 * `merit talent list` print.
 *
 * Errors: MERIT_ENOTFOUND (wave, period), MERIT_EIO (files), database errors.
 */
#ifndef MERIT_SERVICES_SIASN_H
#define MERIT_SERVICES_SIASN_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"

/* The three payload kinds, in file order. */
enum siasn_kind { SIASN_POTENSI, SIASN_KOMPETENSI, SIASN_TALENTA, SIASN_NKINDS };

/** "potensi", "kompetensi", "talenta" (also the file names without .jsonl). */
const char *siasn_kind_name(enum siasn_kind k);

/**
 * The mapping table as JSON: [{kind, siasn_field, source, certain, note}],
 * in payload order. New reference, owned by the caller.
 */
json_t *siasn_mapping_json(void);

/** One built export; every member is owned by it (siasn_export_free). */
struct siasn_export {
    char wave[64];
    char period[64];             /* the talent period used, "" when there is none */
    char period_status[16];      /* its stage: proposed | reviewed | set */
    json_t *lines[SIASN_NKINDS]; /* arrays of line objects */
    json_t *recon;               /* array: one object per participant (see docs/siasn.md) */
    long participants, final, exported[SIASN_NKINDS], skipped[SIASN_NKINDS];
};

/**
 * Builds the export of wave (code). period: the talent period whose boxes
 * go to talenta; NULL = the latest period that is set, else the latest of
 * any stage (none: every talenta line is skipped with that reason). today:
 * YYYY-MM-DD (result validity). On failure *x holds nothing.
 */
int siasn_export_build(struct db *db, int64_t tenant, const char *wave, const char *period,
                       const char *today, struct siasn_export *x, struct merit_error *err);

/** Frees what x holds (x itself is the caller's); a zeroed x is fine. */
void siasn_export_free(struct siasn_export *x);

/**
 * The file `name` of the export as bytes: potensi.jsonl, kompetensi.jsonl,
 * talenta.jsonl (one compact JSON object per line) or rekonsiliasi.csv
 * (header + one row per participant). *data is malloc'd (caller frees).
 */
int siasn_export_file(const struct siasn_export *x, const char *name, char **data, size_t *len,
                      struct merit_error *err);

/** The file names of an export, NULL-terminated, in the order above. */
extern const char *const siasn_file_names[];

/** Writes every file into dir (created when absent; files replaced atomically). */
int siasn_export_write_dir(const struct siasn_export *x, const char *dir, struct merit_error *err);

/** Every file in one ZIP archive, in memory. *data is malloc'd (caller frees). */
int siasn_export_zip(const struct siasn_export *x, char **data, size_t *len,
                     struct merit_error *err);

/**
 * The audit entry "siasn.export" on object "wave:CODE" with the counts as
 * its after value (JSON), in its own transaction: the export discloses
 * personal results to another system. via: "cli" or "api".
 */
int siasn_export_audit(struct db *db, int64_t tenant, const struct siasn_export *x,
                       const char *actor, const char *via, const char *now,
                       struct merit_error *err);

#endif
