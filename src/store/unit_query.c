#include "store/unit_query.h"

#include "base/buf.h"

#define UNIT_STR2(x) #x
#define UNIT_STR(x) UNIT_STR2(x)

/*
 * The walk from the roots; both engines take WITH RECURSIVE and the same
 * text, and $1 (the tenant) appears in both members so a unit is never
 * joined to another tenant's parent.
 */
static const char unit_tree[] =
    "WITH RECURSIVE tree(id, code, name, kind, parent_code, depth) AS ("
    " SELECT u.id, u.code, u.name, u.kind, CAST(NULL AS TEXT), 0 FROM unit u"
    " WHERE u.tenant_id = $1 AND u.parent_id IS NULL"
    " UNION ALL"
    " SELECT c.id, c.code, c.name, c.kind, t.code, t.depth + 1 FROM unit c"
    " JOIN tree t ON c.parent_id = t.id"
    " WHERE c.tenant_id = $1 AND t.depth < " UNIT_STR(UNIT_QUERY_MAX_DEPTH) ")";

static char *uq_col(struct arena *a, struct db_stmt *st, int col)
{
    return db_col_isnull(st, col) ? NULL : arena_strdup(a, db_col_text(st, col));
}

int unit_query_list(struct db *db, struct arena *a, int64_t tenant_id, const struct unit_filter *f,
                    struct unit_row **items, size_t *n, int64_t *total, struct merit_error *err)
{
    struct buf where = BUF_INIT, sql = BUF_INIT;
    const char *params[2];
    struct db_stmt *st = NULL;
    int np = 0, rc = -1, step;
    size_t cap = f->limit > 0 ? (size_t)f->limit : 1;

    *items = NULL;
    *n = 0;
    *total = 0;
    buf_puts(&where, " WHERE 1 = 1");
    if (f->kind) {
        params[np++] = f->kind;
        buf_printf(&where, " AND kind = $%d", np + 1);
    }
    if (f->parent_code) {
        params[np++] = f->parent_code;
        buf_printf(&where, " AND parent_code = $%d", np + 1);
    }

    buf_printf(&sql, "%s SELECT COUNT(*) FROM tree%s", unit_tree, where.data);
    if (!(st = db_prepare(db, sql.data, err)))
        goto out;
    db_bind_int64(st, 1, tenant_id);
    for (int i = 0; i < np; i++)
        db_bind_text(st, i + 2, params[i]);
    if ((step = db_step(st, err)) == DB_ERROR)
        goto out;
    *total = step == DB_ROW ? db_col_int64(st, 0) : 0;
    db_finalize(st);
    st = NULL;

    buf_reset(&sql);
    buf_printf(&sql,
               "%s SELECT code, name, kind, parent_code, depth FROM tree%s"
               " ORDER BY depth, code LIMIT $%d OFFSET $%d",
               unit_tree, where.data, np + 2, np + 3);
    if (!(st = db_prepare(db, sql.data, err)))
        goto out;
    db_bind_int64(st, 1, tenant_id);
    for (int i = 0; i < np; i++)
        db_bind_text(st, i + 2, params[i]);
    db_bind_int64(st, np + 2, f->limit);
    db_bind_int64(st, np + 3, f->offset);
    *items = arena_alloc(a, cap * sizeof(**items));
    while ((step = db_step(st, err)) == DB_ROW && *n < cap) {
        struct unit_row *u = &(*items)[(*n)++];

        u->code = uq_col(a, st, 0);
        u->name = uq_col(a, st, 1);
        u->kind = uq_col(a, st, 2);
        u->parent_code = uq_col(a, st, 3);
        u->depth = db_col_int64(st, 4);
    }
    if (step == DB_ERROR)
        goto out;
    rc = 0;
out:
    db_finalize(st);
    buf_release(&where);
    buf_release(&sql);
    return rc;
}
