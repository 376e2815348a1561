/*
 * unit_query.h - read-only query over the unit (unit kerja) tree of one
 * tenant, as a flat list.
 *
 * The list is in breadth-first order (depth, then code), so a parent always
 * comes before its children and a client can rebuild the tree in one pass.
 * Only units reachable from a root (parent_id NULL) are listed; the walk
 * stops at depth UNIT_QUERY_MAX_DEPTH, which also bounds it should the data
 * ever hold a cycle. Results are allocated from the caller's arena; errors
 * are MERIT_EDB/MERIT_EBUSY from the database.
 */
#ifndef MERIT_STORE_UNIT_QUERY_H
#define MERIT_STORE_UNIT_QUERY_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "db/db.h"

#define UNIT_QUERY_MAX_DEPTH 32

struct unit_filter {
    const char *kind;        /* opd | bidang | seksi | subbagian | uptd | lainnya */
    const char *parent_code; /* direct children of this unit */
    int64_t limit, offset;
};

struct unit_row {
    char *code, *name, *kind;
    char *parent_code; /* NULL for a root */
    int64_t depth;     /* 0 for a root */
};

/** One page of units matching f, and *total matches. */
int unit_query_list(struct db *db, struct arena *a, int64_t tenant_id, const struct unit_filter *f,
                    struct unit_row **items, size_t *n, int64_t *total, struct merit_error *err);

#endif
