/*
 * employee_query.h - read-only queries over the employees of one tenant.
 *
 * Results are allocated from the caller's arena (strings are NULL where the
 * column is SQL NULL) and live as long as it. Every query filters by
 * tenant_id; sorting comes from a fixed whitelist of ORDER BY clauses, never
 * from caller text. Errors: MERIT_EDB/MERIT_EBUSY from the database,
 * MERIT_ENOTFOUND from employee_query_get.
 */
#ifndef MERIT_STORE_EMPLOYEE_QUERY_H
#define MERIT_STORE_EMPLOYEE_QUERY_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"

enum employee_sort {
    EMPLOYEE_SORT_NAME = 0,
    EMPLOYEE_SORT_NIP,
    EMPLOYEE_SORT_BIRTH_DATE,
    EMPLOYEE_SORT_GOLONGAN, /* by rank (ref_golongan, then PPPK grade), not by text */
};

struct employee_filter {
    const char *unit_code; /* employees placed in exactly this unit (not its sub-units) */
    const char *jenjang;   /* jenjang code of the employee's position */
    const char *golongan;
    const char *status; /* "PNS" or "PPPK" */
    const char *q;      /* case-insensitive substring of the name, or a NIP prefix */
    enum employee_sort sort;
    int descending;
    int64_t limit, offset;
};

struct employee_summary {
    char *nip, *name, *gelar_depan, *gelar_belakang, *sex, *status;
    char *birth_date, *tmt_cpns, *golongan, *tmt_golongan;
    char *position_code, *position_name, *jenjang, *eselon, *tmt_jabatan;
    char *unit_code, *unit_name;
};

struct employee_skp {
    int64_t year;
    char *rating_hasil, *rating_perilaku, *predikat;
};

struct employee_sanction {
    char *level, *kind, *start_date, *end_date, *sk_number, *reason;
};

/* The latest finalised assessment result (highest revision) of an employee. */
struct employee_assessment {
    char *wave_code, *finalised_at, *valid_until, *category, *potential_category;
    int64_t jpm_bp, score_bp, revision;
    int64_t potential_bp; /* -1 when none */
    int published;        /* the wave's results are published to its employees */
};

/* The employee's placement in the latest talent period. */
struct employee_box {
    char *period_code, *status;
    int64_t box;             /* 0 when none (not eligible) */
    int64_t perf_bp, pot_bp; /* -1 when none */
};

struct employee_detail {
    struct employee_summary s;
    int64_t id;
    struct employee_assessment *assessment; /* NULL when never assessed */
    struct employee_box *talent;            /* NULL when in no talent period */
    char *tmt_pelantikan, *education, *education_field;
    struct employee_skp *skp; /* by year */
    size_t nskp;
    struct employee_sanction *sanctions; /* by start date */
    size_t nsanctions;
};

/** One page of employees matching f, and *total (all matches, ignoring limit/offset). */
int employee_query_list(struct db *db, struct arena *a, int64_t tenant_id,
                        const struct employee_filter *f, struct employee_summary **items, size_t *n,
                        int64_t *total, struct merit_error *err);

/** The employee with this NIP, with SKP history and sanctions; MERIT_ENOTFOUND when absent. */
int employee_query_get(struct db *db, struct arena *a, int64_t tenant_id, const char *nip,
                       struct employee_detail *out, struct merit_error *err);

#endif
