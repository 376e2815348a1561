/*
 * import_job.h - internals shared by the import engine (import.c) and the
 * per-kind definitions (import_kinds.c). Not for use outside services/.
 */
#ifndef MERIT_SERVICES_IMPORT_JOB_H
#define MERIT_SERVICES_IMPORT_JOB_H

#include "base/arena.h"
#include "base/strmap.h"
#include "domain/skp.h"
#include "services/import.h"

struct import_job;

#define IMPORT_MAX_TCOLS 24
#define IMPORT_MAX_SKJ 29 /* 9 managerial and socio-cultural + up to 20 technical */

struct import_kind_def {
    const char *name;
    const struct import_column *cols;
    size_t ncols;
    const char *table;                   /* target table */
    const char *tcols[IMPORT_MAX_TCOLS]; /* target columns, tenant_id excluded */
    const char *tcol_types;              /* per target column: t text, d date, i integer */
    const int key[3];                    /* indices into tcols forming the natural key */
    int nkey;
    int row_mode; /* 1: write row by row with per-row status (small kinds with children) */
    /* loads the lookups this kind needs (maps of codes to ids) */
    int (*prepare)(struct import_job *job, struct merit_error *err);
    /* turns canonical input values (in[], by column) into target values (out[], by tcol);
     * reports problems with import_job_error and returns -1 for an invalid row */
    int (*build)(struct import_job *job, const char *const *in, const char **out);
    /* row mode only: after the row was upserted as id (children such as SKJ); sets *changed */
    int (*after_row)(struct import_job *job, int64_t id, const char *const *in, int *changed,
                     struct merit_error *err);
    /* after all rows were written (e.g. resolving unit parents) */
    int (*finish)(struct import_job *job, struct merit_error *err);
};

struct import_job {
    struct db *db;
    int64_t tenant_id;
    char tenant_str[24];
    const struct import_kind_def *def;
    const struct import_options *opt;
    struct import_result *res;
    long rowno;                  /* current spreadsheet row */
    const char *const *hdr;      /* header text in the file, by column index (NULL = absent) */
    struct arena row_arena;      /* per-row allocations, reset every row */
    struct strmap units;         /* unit code -> id */
    struct strmap positions;     /* position code -> id */
    struct strmap pos_unit;      /* position code -> unit id */
    struct strmap employees;     /* nip -> id */
    struct strmap jenjang_level; /* jenjang code -> default standard level */
    struct strmap tech;          /* technical competency code -> id */
    struct skp_matrix skp;
    /* units: (code, parent code, row) remembered for the second pass */
    struct pending_parent *parents;
    size_t nparents, capparents;
    int is_xlsx;
    /* statements a kind prepares once and reuses for every row; finalised by the engine */
    struct db_stmt *kind_st[4];
    /* positions: multi-row SKJ inserts prepared per number of items */
    struct db_stmt *skj_insert[IMPORT_MAX_SKJ + 1];
    int row_is_new; /* row mode: the row just written did not exist before */
};

struct pending_parent {
    char *code;
    char *parent;
    long row;
};

/** Reports a problem with the current row; column is the canonical column name. */
void import_job_error(struct import_job *job, const char *column, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/** Loads "SELECT code, id FROM table WHERE tenant_id = $1" style results into a map. */
int import_job_load_map(struct import_job *job, struct strmap *m, const char *sql,
                        struct merit_error *err);

const struct import_kind_def *import_kind_def(enum import_kind kind);

#endif
