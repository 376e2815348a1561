#include "store/tenant.h"

#include "base/i18n.h"

int tenant_find(struct db *db, const char *code, int64_t *id, struct merit_error *err)
{
    const char *params[] = {code};
    int64_t v = 0;

    if (db_query_int64(db, "SELECT id FROM tenant WHERE code = $1", params, 1, &v, err) != 0)
        return -1;
    if (v == 0)
        return err_set(err, MERIT_ENOTFOUND,
                       T("instansi '%s' belum ada; buat dengan 'merit tenant add %s NAMA' atau "
                         "'merit demo'",
                         "agency '%s' does not exist; create it with 'merit tenant add %s NAME' or "
                         "'merit demo'"),
                       code, code);
    *id = v;
    return 0;
}

int tenant_ensure(struct db *db, const char *code, const char *name, int64_t *id,
                  struct merit_error *err)
{
    struct db_stmt *st;
    int rc;

    st = db_prepare(db,
                    "INSERT INTO tenant (code, name) VALUES ($1, $2) "
                    "ON CONFLICT (code) DO UPDATE SET name = excluded.name RETURNING id",
                    err);
    if (!st)
        return -1;
    db_bind_text(st, 1, code);
    db_bind_text(st, 2, name);
    rc = db_step(st, err);
    if (rc == DB_ROW)
        *id = db_col_int64(st, 0);
    db_finalize(st);
    if (rc != DB_ROW)
        return rc == DB_DONE ? err_set(err, MERIT_EDB, "tenant insert returned no id") : -1;
    return 0;
}
