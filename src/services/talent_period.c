/*
 * talent_period.c - the agency's talent periods as data: the list, and one
 * period with its grid counts, how many could not be placed, the pool and
 * the stage trail (proposed -> reviewed -> set). Reads only.
 */
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "services/policy.h"
#include "services/talent.h"

/* the columns both answers share; $1 = tenant, $2 = '' (every period) or one code */
static const char period_sql[] =
    "SELECT tp.id, tp.code, tp.year, CAST(tp.as_of AS TEXT), tp.status, p.version,"
    " tp.computed_at, COALESCE(tp.set_at, ''), COALESCE(tp.set_by, ''),"
    " (SELECT COUNT(*) FROM talent_placement x WHERE x.period_id = tp.id),"
    " (SELECT COUNT(*) FROM talent_placement x WHERE x.period_id = tp.id AND x.eligible = 1)"
    " FROM talent_period tp JOIN policy p ON p.id = tp.policy_id"
    " WHERE tp.tenant_id = $1 AND ($2 = '' OR tp.code = $2)"
    " ORDER BY tp.as_of DESC, tp.code DESC";

static json_t *period_row(struct db_stmt *st)
{
    json_t *o = json_object();

    json_object_set_new(o, "code", json_string(db_col_text(st, 1)));
    json_object_set_new(o, "year", json_integer(db_col_int64(st, 2)));
    json_object_set_new(o, "as_of", json_string(db_col_text(st, 3)));
    json_object_set_new(o, "status", json_string(db_col_text(st, 4)));
    json_object_set_new(o, "policy_version", json_integer(db_col_int64(st, 5)));
    json_object_set_new(o, "computed_at", json_string(db_col_text(st, 6)));
    json_object_set_new(o, "set_at",
                        *db_col_text(st, 7) ? json_string(db_col_text(st, 7)) : json_null());
    json_object_set_new(o, "set_by",
                        *db_col_text(st, 8) ? json_string(db_col_text(st, 8)) : json_null());
    json_object_set_new(o, "employees", json_integer(db_col_int64(st, 9)));
    json_object_set_new(o, "eligible", json_integer(db_col_int64(st, 10)));
    return o;
}

int talent_periods(struct db *db, int64_t tenant, json_t **out, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db, period_sql, err);
    json_t *arr;
    int step;

    *out = NULL;
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, "");
    arr = json_array();
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(arr, period_row(st));
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(arr);
        return -1;
    }
    *out = arr;
    return 0;
}

int talent_period_show(struct db *db, int64_t tenant, const char *code, json_t **out,
                       struct merit_error *err)
{
    struct db_stmt *st;
    struct policy *pol = NULL;
    json_t *o = NULL, *boxes, *arr;
    int64_t pid, policy_id = 0, pool = 0;
    int step, rc = -1;

    *out = NULL;
    if (talent_period_find(db, tenant, code, &pid, NULL, &policy_id, err) != 0 ||
        policy_load_id(db, tenant, policy_id, &pol, err) != 0)
        goto out;
    st = db_prepare(db, period_sql, err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, code);
    step = db_step(st, err);
    if (step == DB_ROW)
        o = period_row(st);
    db_finalize(st);
    if (step != DB_ROW)
        goto out;
    /* the grid as it stands (calibrated boxes), and the pool by the period's own policy */
    boxes = json_object();
    for (int b = 1; b <= 9; b++) {
        char k[4];
        snprintf(k, sizeof(k), "%d", b);
        json_object_set_new(boxes, k, json_integer(0));
    }
    json_object_set_new(o, "boxes", boxes);
    st = db_prepare(db,
                    "SELECT box, COUNT(*) FROM talent_placement WHERE period_id = $1 AND"
                    " eligible = 1 AND box IS NOT NULL GROUP BY box ORDER BY box",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, pid);
    while ((step = db_step(st, err)) == DB_ROW) {
        char k[24];
        snprintf(k, sizeof(k), "%lld", (long long)db_col_int64(st, 0));
        json_object_set_new(boxes, k, json_integer(db_col_int64(st, 1)));
        if (db_col_int64(st, 0) >= pol->talent.pool_min_box)
            pool += db_col_int64(st, 1);
    }
    db_finalize(st);
    if (step != DB_DONE)
        goto out;
    json_object_set_new(o, "not_placed",
                        json_integer(json_integer_value(json_object_get(o, "employees")) -
                                     json_integer_value(json_object_get(o, "eligible"))));
    json_object_set_new(o, "pool", json_integer(pool));
    json_object_set_new(o, "pool_min_box", json_integer(pol->talent.pool_min_box));
    st = db_prepare(db,
                    "SELECT c.stage, c.actor, c.reason, c.created_at, COALESCE(e.nip, ''),"
                    " COALESCE(c.from_box, 0), COALESCE(c.to_box, 0) FROM talent_calibration c"
                    " LEFT JOIN employee e ON e.id = c.employee_id WHERE c.period_id = $1"
                    " ORDER BY c.id",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, pid);
    arr = json_array();
    json_object_set_new(o, "trail", arr);
    while ((step = db_step(st, err)) == DB_ROW) {
        json_t *x =
            json_pack("{s:s, s:s, s:s, s:s}", "stage", db_col_text(st, 0), "actor",
                      db_col_text(st, 1), "reason", db_col_text(st, 2), "at", db_col_text(st, 3));
        /* a calibration names the person and the boxes; a stage change names neither */
        if (*db_col_text(st, 4)) {
            json_object_set_new(x, "kind", json_string("calibration"));
            json_object_set_new(x, "nip", json_string(db_col_text(st, 4)));
            json_object_set_new(x, "from", json_integer(db_col_int64(st, 5)));
            json_object_set_new(x, "to", json_integer(db_col_int64(st, 6)));
        } else {
            json_object_set_new(x, "kind", json_string("stage"));
        }
        json_array_append_new(arr, x);
    }
    db_finalize(st);
    if (step != DB_DONE)
        goto out;
    *out = o;
    o = NULL;
    rc = 0;
out:
    json_decref(o);
    policy_free(pol);
    return rc;
}
