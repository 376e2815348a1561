/*
 * position_query.h - read-only queries over the positions (jabatan) of one
 * tenant, each with its SKJ (standar kompetensi jabatan) items.
 *
 * Results are allocated from the caller's arena (strings are NULL where the
 * column is SQL NULL). Every query filters by tenant_id. Errors:
 * MERIT_EDB/MERIT_EBUSY from the database, MERIT_ENOTFOUND from
 * position_query_get.
 */
#ifndef MERIT_STORE_POSITION_QUERY_H
#define MERIT_STORE_POSITION_QUERY_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"

struct position_filter {
    const char *unit_code; /* positions of exactly this unit */
    const char *jenjang;
    const char *jenis; /* struktural | fungsional | pelaksana */
    int is_key;        /* -1 any, 0 or 1 */
    int64_t limit, offset;
};

struct skj_entry {
    char *competency_code;
    char *competency_name; /* from the national dictionary or the tenant's technical list */
    char *kind;            /* manajerial | sosial_kultural | teknis */
    int64_t level;
};

struct position_row {
    int64_t id;
    char *code, *name, *jenis, *jenjang, *eselon, *unit_code, *unit_name;
    int has_kelas, has_experience;
    int64_t kelas_jabatan, experience_years;
    int is_key;
    char *golongan_min, *golongan_max, *education_min, *education_field, *training_req;
    struct skj_entry *skj; /* managerial, then socio-cultural, then technical; by code */
    size_t nskj;
};

/** One page of positions (by code) matching f with their SKJ, and *total matches. */
int position_query_list(struct db *db, struct arena *a, int64_t tenant_id,
                        const struct position_filter *f, struct position_row **items, size_t *n,
                        int64_t *total, struct merit_error *err);

/** The position with this code and its SKJ; MERIT_ENOTFOUND when absent. */
int position_query_get(struct db *db, struct arena *a, int64_t tenant_id, const char *code,
                       struct position_row *out, struct merit_error *err);

#endif
