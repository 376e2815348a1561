/*
 * import.h - load units, positions (with SKJ), employees and their histories
 * from CSV or XLSX, all or nothing.
 *
 * Every row is checked; every problem is reported through on_error (file
 * row, column, reason), not only the first. If any problem was found nothing
 * is written (one transaction, rolled back). Re-importing the same file is
 * idempotent: rows are upserted by their natural key (unit code, position
 * code, NIP, NIP + year, ...) and counted as inserted, updated or unchanged.
 *
 * Headers are matched case-, space- and punctuation-insensitively against
 * each column's Indonesian and English names and SIASN field names (see
 * import_columns). Unknown columns are ignored and listed in the result.
 */
#ifndef MERIT_SERVICES_IMPORT_H
#define MERIT_SERVICES_IMPORT_H

#include <stddef.h>
#include <stdint.h>

#include "db/db.h"

enum import_kind {
    IMPORT_UNITS = 0,
    IMPORT_POSITIONS,
    IMPORT_EMPLOYEES,
    IMPORT_POSITION_HISTORY,
    IMPORT_GOLONGAN_HISTORY,
    IMPORT_SKP,
    IMPORT_SANCTIONS,
    IMPORT_TRAINING,
    IMPORT_KIND_COUNT
};

/** Value types a column accepts (drives validation and the template notes). */
enum import_type {
    IT_TEXT,     /* free text, trimmed */
    IT_CODE,     /* identifier: letters, digits, . - _ / */
    IT_NIP,      /* 18-digit NIP (domain/nip.h) */
    IT_DATE,     /* dd-mm-yyyy, dd/mm/yyyy, yyyy-mm-dd or an XLSX date serial */
    IT_INT,      /* whole number within [min, max] */
    IT_LEVEL,    /* competency level 1..5 */
    IT_BOOL,     /* ya/tidak, yes/no, 1/0 */
    IT_ENUM,     /* one of a code list, normalised by a function (domain/codes.h) */
    IT_TECHLIST, /* technical competencies "KODE:LEVEL; KODE:LEVEL" */
};

struct import_column {
    const char *name;    /* canonical header, as exported */
    const char *aliases; /* '|'-separated other accepted headers */
    enum import_type type;
    int required;
    int64_t min, max;                                              /* IT_INT, IT_TEXT max length */
    int (*normalise)(const char *s, size_t len, const char **out); /* IT_ENUM */
    const char *desc_id, *desc_en;
    const char *example;
};

const char *import_kind_name(enum import_kind kind);
int import_kind_parse(const char *s, enum import_kind *out);
/** The columns of a kind, in canonical (export and template) order. */
const struct import_column *import_columns(enum import_kind kind, size_t *n);

struct import_result;

typedef void (*import_error_fn)(void *ctx, long row, const char *column, const char *msg);
typedef void (*import_progress_fn)(void *ctx, uint64_t done, uint64_t total);

struct import_options {
    const char *path;         /* file to read */
    const char *sheet;        /* XLSX sheet name, NULL = first */
    int dry_run;              /* validate and count, write nothing */
    import_error_fn on_error; /* called once per problem (required) */
    import_progress_fn on_progress;
    void *ctx;
    /* optional: called inside the import's transaction once every row is written, just before
     * the commit (never on dry_run or after a problem); a failure rolls everything back. For a
     * caller's own record of the run that must exist exactly when the data does. */
    int (*before_commit)(void *ctx, struct db *db, const struct import_result *res,
                         struct merit_error *err);
};

struct import_result {
    long rows; /* data rows read (blank rows excluded) */
    long inserted, updated, unchanged;
    long errors;
    char ignored_columns[512]; /* comma-separated headers that matched no column */
};

/**
 * Runs one import for tenant_id. Returns 0 when the data was written (or,
 * with dry_run, would have been). Returns -1 otherwise: err->code is
 * MERIT_EINVAL when rows had problems (each already passed to on_error;
 * err->msg summarises), or the code of a file/database failure.
 */
int import_run(struct db *db, int64_t tenant_id, enum import_kind kind,
               const struct import_options *opt, struct import_result *res,
               struct merit_error *err);

#endif
