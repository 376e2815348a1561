#include "services/employee_history.h"

/* Runs sql ($1 tenant, $2 employee) and turns each row into an object named by names[]. */
static int history_rows(struct db *db, const char *sql, int64_t tenant, int64_t employee_id,
                        const char *const *names, int ncols, json_t **out, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db, sql, err);
    json_t *arr;
    int step;

    *out = NULL;
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, employee_id);
    arr = json_array();
    while ((step = db_step(st, err)) == DB_ROW) {
        json_t *o = json_object();

        for (int i = 0; i < ncols; i++) {
            json_t *v = db_col_isnull(st, i) ? json_null() : json_string(db_col_text(st, i));

            /* legacy text that is not UTF-8 must not drop the whole profile */
            json_object_set_new(o, names[i], v ? v : json_string("\xEF\xBF\xBD"));
        }
        json_array_append_new(arr, o);
    }
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(arr);
        return -1;
    }
    *out = arr;
    return 0;
}

int employee_history(struct db *db, int64_t tenant, int64_t employee_id, json_t **positions,
                     json_t **golongan, json_t **training, struct merit_error *err)
{
    static const char *const pos[] = {"position_code", "position_name", "jenjang", "eselon",
                                      "unit_name",     "tmt_start",     "tmt_end", "sk_number"};
    static const char *const gol[] = {"golongan", "tmt", "sk_number"};
    static const char *const tr[] = {"kind",     "name",  "start_date",
                                     "end_date", "hours", "organizer"};

    *positions = *golongan = *training = NULL;
    if (history_rows(db,
                     "SELECT position_code, position_name, jenjang_code, eselon_code, unit_name,"
                     " CAST(tmt_start AS TEXT), CAST(tmt_end AS TEXT), sk_number FROM hist_position"
                     " WHERE tenant_id = $1 AND employee_id = $2 ORDER BY tmt_start, id",
                     tenant, employee_id, pos, 8, positions, err) != 0 ||
        history_rows(db,
                     "SELECT golongan, CAST(tmt AS TEXT), sk_number FROM hist_golongan"
                     " WHERE tenant_id = $1 AND employee_id = $2 ORDER BY tmt, id",
                     tenant, employee_id, gol, 3, golongan, err) != 0 ||
        history_rows(db,
                     "SELECT kind, name, CAST(start_date AS TEXT), CAST(end_date AS TEXT),"
                     " CAST(hours AS TEXT), organizer FROM hist_training"
                     " WHERE tenant_id = $1 AND employee_id = $2 ORDER BY start_date, id",
                     tenant, employee_id, tr, 6, training, err) != 0) {
        json_decref(*positions);
        json_decref(*golongan);
        *positions = *golongan = NULL;
        return -1;
    }
    return 0;
}
