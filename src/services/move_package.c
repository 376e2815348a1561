/*
 * move_package.c - move proposals: a package of moves (one, or a whole
 * rotation), each checked by move_check when added and again at
 * submission; the approval chain draft -> submitted (operator) -> reviewed
 * (head of BKPSDM) -> approved (PPK), or rejected; execution writes the
 * moves into the employees and their position histories with the decree
 * (SK) data. Every step is an append-only move_approval row.
 */
#include <stdio.h>
#include <string.h>

#include "base/civil.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "services/audit.h"
#include "services/move.h"
#include "services/wave_common.h"

static int pkg_find(struct db *db, int64_t tenant, const char *code, int64_t *id, char status[16],
                    struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db, "SELECT id, status FROM move_package WHERE tenant_id = $1 AND code = $2", err);
    int step, rc = -1;

    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, code);
    step = db_step(st, err);
    if (step == DB_ROW) {
        *id = db_col_int64(st, 0);
        snprintf(status, 16, "%s", db_col_text(st, 1));
        rc = 0;
    } else if (step == DB_DONE) {
        err_set(err, MERIT_ENOTFOUND, "%s '%s' %s", T("paket mutasi", "move package"), code,
                T("tidak ditemukan", "not found"));
    }
    db_finalize(st);
    return rc;
}

static int who_why(const char *actor, const char *reason, struct merit_error *err)
{
    if (!actor || !*actor)
        return err_set_at(err, MERIT_EINVAL, 0, "actor", "%s",
                          T("sebutkan siapa", "say who does it"));
    if (!reason || strlen(reason) < 5)
        return err_set_at(
            err, MERIT_EINVAL, 0, "reason", "%s",
            T("tulis alasannya (min. 5 karakter)", "write the reason (at least 5 characters)"));
    return 0;
}

int move_package_create(struct db *db, int64_t tenant, const char *code, const char *title,
                        const char *actor, const char *now, struct merit_error *err)
{
    if (!code || !*code || strlen(code) > 40 || !title || !*title)
        return err_set_at(err, MERIT_EINVAL, 0, "code", "%s",
                          T("kode (maks. 40) dan judul paket wajib",
                            "a package code (max 40) and title are required"));
    if (!actor || !*actor)
        return err_set_at(err, MERIT_EINVAL, 0, "actor", "%s", T("sebutkan siapa", "say who"));
    if (wc_exec(db,
                "INSERT INTO move_package (tenant_id, code, title, created_by, created_at)"
                " VALUES ($1, $2, $3, $4, $5)",
                err, "issss", tenant, code, title, actor, now) != 0) {
        if (err->code == MERIT_ECONFLICT)
            err_set(err, MERIT_ECONFLICT, "%s '%s' %s", T("paket", "package"), code,
                    T("sudah ada", "already exists"));
        return -1;
    }
    return 0;
}

/* checks one move and stores it with its verdicts (the package must be a draft); *check_out,
 * when given, gets move_check's answer */
static int store_move(struct db *db, int64_t tenant, int64_t pkg, const struct move_request *req,
                      json_t **check_out, struct merit_error *err)
{
    json_t *chk = NULL;
    char *vs = NULL;
    int64_t emp = 0, from = 0, to = 0;
    char t[24];
    int rc = -1;
    static const char *const kinds[6] = {"", "mutasi", "rotasi", "promosi", "demosi", "uji"};

    if (move_check(db, tenant, req, &chk, err) != 0)
        return -1;
    snprintf(t, sizeof(t), "%lld", (long long)tenant);
    if (wc_employee(db, tenant, req->nip, &emp, err) != 0 ||
        db_query_int64(db,
                       "SELECT COALESCE(position_id, 0) FROM employee WHERE tenant_id ="
                       " CAST($1 AS BIGINT) AND nip = $2",
                       (const char *const[]){t, req->nip}, 2, &from, err) != 0 ||
        db_query_int64(db,
                       "SELECT id FROM position WHERE tenant_id = CAST($1 AS BIGINT) AND code = $2",
                       (const char *const[]){t, req->position}, 2, &to, err) != 0)
        goto out;
    vs = json_dumps(json_object_get(chk, "verdicts"), JSON_COMPACT);
    if (wc_exec(
            db,
            "INSERT INTO move (tenant_id, package_id, employee_id, kind, from_position_id,"
            " to_position_id, effective_date, verdict, verdicts) VALUES ($1, $2, $3, $4,"
            " CASE WHEN CAST($5 AS BIGINT) = 0 THEN NULL ELSE CAST($5 AS BIGINT) END, $6, $7,"
            " $8, $9) ON CONFLICT (package_id, employee_id) DO UPDATE SET kind = excluded.kind,"
            " to_position_id = excluded.to_position_id, effective_date ="
            " excluded.effective_date, verdict = excluded.verdict, verdicts = excluded.verdicts",
            err, "iiisiisss", tenant, pkg, emp, kinds[req->kind], from, to, req->date,
            json_string_value(json_object_get(chk, "verdict")), vs) != 0)
        goto out;
    if (check_out) {
        *check_out = chk;
        chk = NULL;
    }
    rc = 0;
out:
    free(vs);
    json_decref(chk);
    return rc;
}

int move_package_add(struct db *db, int64_t tenant, const char *code,
                     const struct move_request *req, json_t **check, struct merit_error *err)
{
    int64_t pkg;
    char status[16];

    *check = NULL;
    if (db_begin(db, err) != 0)
        return -1;
    if (pkg_find(db, tenant, code, &pkg, status, err) != 0)
        goto fail;
    if (strcmp(status, "draft") != 0) {
        err_set(err, MERIT_ECONFLICT, "%s %s %s", T("paket", "package"), code,
                T("bukan draf lagi", "is no longer a draft"));
        goto fail;
    }
    if (store_move(db, tenant, pkg, req, check, err) != 0)
        goto fail;
    return db_commit(db, err);
fail:
    db_rollback(db);
    json_decref(*check);
    *check = NULL;
    return -1;
}

struct pmove {
    char nip[32], to[64], kind[16], date[11];
};

/* draft -> submitted: every move checked again as of now; a blocked one, or two moves into one
 * position, refuse the submission */
static int submit(struct db *db, int64_t tenant, int64_t pkg, const char *code,
                  struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT e.nip, p.code, m.kind, CAST(m.effective_date AS TEXT) FROM move m JOIN employee e"
        " ON e.id = m.employee_id JOIN position p ON p.id = m.to_position_id"
        " WHERE m.package_id = $1 ORDER BY e.nip",
        err);
    struct pmove *mv = NULL;
    size_t n = 0, cap = 0;
    int step, rc = -1;
    long blocked = 0;

    if (!st)
        return -1;
    db_bind_int64(st, 1, pkg);
    while ((step = db_step(st, err)) == DB_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            mv = xreallocarray(mv, cap, sizeof(*mv));
        }
        snprintf(mv[n].nip, sizeof(mv[n].nip), "%s", db_col_text(st, 0));
        snprintf(mv[n].to, sizeof(mv[n].to), "%s", db_col_text(st, 1));
        snprintf(mv[n].kind, sizeof(mv[n].kind), "%s", db_col_text(st, 2));
        snprintf(mv[n].date, sizeof(mv[n].date), "%.10s", db_col_text(st, 3));
        n++;
    }
    db_finalize(st);
    if (step != DB_DONE)
        goto out;
    if (n == 0) {
        err_set(err, MERIT_EINVAL, "%s %s %s", T("paket", "package"), code,
                T("belum berisi mutasi", "has no moves"));
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < i; k++)
            if (strcmp(mv[i].to, mv[k].to) == 0) {
                err_set(err, MERIT_ECONFLICT, "%s %s: %s %s",
                        T("dua mutasi ke jabatan yang sama", "two moves into one position"),
                        mv[i].to, mv[k].nip, mv[i].nip);
                goto out;
            }
    for (size_t i = 0; i < n; i++) {
        struct move_request r = {mv[i].nip, mv[i].to, 0, mv[i].date, 0};
        json_t *chk = NULL;
        move_kind_parse(mv[i].kind, &r.kind);
        if (store_move(db, tenant, pkg, &r, &chk, err) != 0)
            goto out;
        if (strcmp(json_string_value(json_object_get(chk, "verdict")), "blocked") == 0)
            blocked++;
        json_decref(chk);
    }
    if (blocked) {
        err_set(err, MERIT_ECONFLICT, "%ld %s", blocked,
                T("mutasi diblokir oleh aturan; lihat 'merit move package show'",
                  "moves are blocked by the rules; see 'merit move package show'"));
        goto out;
    }
    rc = 0;
out:
    free(mv);
    return rc;
}

/* the employees and their position histories, as the decree says */
static int execute(struct db *db, int64_t tenant, int64_t pkg, const char *sk_number,
                   struct merit_error *err)
{
    /* one statement per table, both engines: close the open history rows, add the new ones,
     * then move the employees */
    if (wc_exec(db,
                "UPDATE hist_position SET tmt_end = (SELECT m.effective_date FROM move m"
                " WHERE m.package_id = $1 AND m.employee_id = hist_position.employee_id)"
                " WHERE tmt_end IS NULL AND employee_id IN (SELECT employee_id FROM move"
                " WHERE package_id = $1)",
                err, "i", pkg) != 0 ||
        wc_exec(db,
                "INSERT INTO hist_position (tenant_id, employee_id, position_code, position_name,"
                " jenjang_code, eselon_code, unit_name, tmt_start, tmt_pelantikan, sk_number)"
                " SELECT m.tenant_id, m.employee_id, p.code, p.name, p.jenjang_code,"
                " p.eselon_code, u.name, m.effective_date, CASE WHEN p.jenis = 'struktural'"
                " THEN m.effective_date END, $2 FROM move m JOIN position p ON p.id ="
                " m.to_position_id LEFT JOIN unit u ON u.id = p.unit_id WHERE m.package_id = $1",
                err, "is", pkg, sk_number) != 0 ||
        wc_exec(db,
                "UPDATE employee SET position_id = (SELECT m.to_position_id FROM move m WHERE"
                " m.package_id = $1 AND m.employee_id = employee.id), unit_id = (SELECT"
                " p.unit_id FROM move m JOIN position p ON p.id = m.to_position_id WHERE"
                " m.package_id = $1 AND m.employee_id = employee.id), tmt_jabatan = (SELECT"
                " m.effective_date FROM move m WHERE m.package_id = $1 AND m.employee_id ="
                " employee.id), tmt_pelantikan = (SELECT CASE WHEN p.jenis = 'struktural' THEN"
                " m.effective_date END FROM move m JOIN position p ON p.id = m.to_position_id"
                " WHERE m.package_id = $1 AND m.employee_id = employee.id)"
                " WHERE tenant_id = $2 AND id IN (SELECT employee_id FROM move WHERE"
                " package_id = $1)",
                err, "ii", pkg, tenant) != 0)
        return -1;
    return 0;
}

int move_package_step(struct db *db, int64_t tenant, const char *code, const char *step,
                      const char *actor, const char *reason, const char *sk_number,
                      const char *sk_date, const char *now, struct merit_error *err)
{
    static const struct {
        const char *step, *from;
    } order[] = {{"submitted", "draft"},
                 {"reviewed", "submitted"},
                 {"approved", "reviewed"},
                 {"executed", "approved"}};
    int64_t pkg;
    char status[16];
    const char *from = NULL;

    if (who_why(actor, reason, err) != 0)
        return -1;
    for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++)
        if (strcmp(step, order[i].step) == 0)
            from = order[i].from;
    if (!from && strcmp(step, "rejected") != 0)
        return err_set_at(err, MERIT_EINVAL, 0, "step", "%s",
                          T("langkah tidak dikenal", "unknown step"));
    if (strcmp(step, "executed") == 0 &&
        (!sk_number || !*sk_number || !sk_date || strlen(sk_date) != 10))
        return err_set_at(err, MERIT_EINVAL, 0, "sk", "%s",
                          T("eksekusi butuh nomor dan tanggal SK (YYYY-MM-DD)",
                            "execution needs the SK number and date (YYYY-MM-DD)"));
    if (db_begin(db, err) != 0)
        return -1;
    if (pkg_find(db, tenant, code, &pkg, status, err) != 0)
        goto fail;
    if (from ? strcmp(status, from) != 0
             : strcmp(status, "executed") == 0 || strcmp(status, "rejected") == 0) {
        err_set(err, MERIT_ECONFLICT, "%s %s %s %s; %s", T("paket", "package"), code,
                T("berstatus", "is"), status,
                T("urutannya draft -> submitted -> reviewed -> approved -> executed",
                  "the order is draft -> submitted -> reviewed -> approved -> executed"));
        goto fail;
    }
    if (strcmp(step, "submitted") == 0 && submit(db, tenant, pkg, code, err) != 0)
        goto fail;
    if (strcmp(step, "executed") == 0 && execute(db, tenant, pkg, sk_number, err) != 0)
        goto fail;
    if (wc_exec(db,
                "INSERT INTO move_approval (tenant_id, package_id, step, actor, reason, created_at)"
                " VALUES ($1, $2, $3, $4, $5, $6)",
                err, "iissss", tenant, pkg, step, actor, reason, now) != 0 ||
        wc_exec(db,
                "UPDATE move_package SET status = $1, sk_number = COALESCE($2, sk_number),"
                " sk_date = COALESCE($3, sk_date), executed_at = CASE WHEN $1 = 'executed' THEN"
                " $4 ELSE executed_at END WHERE id = $5",
                err, "ssssi", step, sk_number, sk_date, now, pkg) != 0)
        goto fail;
    {
        char obj[64];
        snprintf(obj, sizeof(obj), "move_package:%s", code);
        if (audit_append(db, tenant, now, actor, "move.package", obj, status, step, reason, err) !=
            0)
            goto fail;
    }
    return db_commit(db, err);
fail:
    db_rollback(db);
    return -1;
}

int move_package_show(struct db *db, int64_t tenant, const char *code, json_t **out,
                      struct merit_error *err)
{
    struct db_stmt *st = NULL;
    json_t *o = NULL, *arr;
    json_error_t je;
    int step, rc = -1, jpt = 0;
    int64_t pkg;
    char status[16];

    *out = NULL;
    if (pkg_find(db, tenant, code, &pkg, status, err) != 0)
        return -1;
    st = db_prepare(db,
                    "SELECT code, title, status, created_by, COALESCE(sk_number, ''),"
                    " COALESCE(CAST(sk_date AS TEXT), ''), COALESCE(executed_at, '')"
                    " FROM move_package WHERE id = $1",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, pkg);
    if (db_step(st, err) != DB_ROW)
        goto out;
    o = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "code", db_col_text(st, 0), "title",
                  db_col_text(st, 1), "status", db_col_text(st, 2), "created_by",
                  db_col_text(st, 3), "sk_number", db_col_text(st, 4), "sk_date",
                  db_col_text(st, 5), "executed_at", db_col_text(st, 6));
    db_finalize(st);
    st = db_prepare(db,
                    "SELECT e.nip, e.name, COALESCE(fp.code, ''), tp.code, tp.name, m.kind,"
                    " CAST(m.effective_date AS TEXT), m.verdict, m.verdicts, tp.jenjang_code"
                    " FROM move m JOIN employee e ON e.id = m.employee_id"
                    " JOIN position tp ON tp.id = m.to_position_id"
                    " LEFT JOIN position fp ON fp.id = m.from_position_id"
                    " WHERE m.package_id = $1 ORDER BY e.nip",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, pkg);
    arr = json_array();
    json_object_set_new(o, "moves", arr);
    while ((step = db_step(st, err)) == DB_ROW) {
        json_t *m =
            json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "nip", db_col_text(st, 0), "name",
                      db_col_text(st, 1), "from", db_col_text(st, 2), "to", db_col_text(st, 3),
                      "to_name", db_col_text(st, 4), "kind", db_col_text(st, 5), "date",
                      db_col_text(st, 6), "verdict", db_col_text(st, 7));
        json_object_set_new(m, "verdicts", json_loads(db_col_text(st, 8), 0, &je));
        if (strncmp(db_col_text(st, 9), "jpt_", 4) == 0)
            jpt = 1;
        json_array_append_new(arr, m);
    }
    if (step != DB_DONE)
        goto out;
    db_finalize(st);
    /* JPT moves go to the supervisor (KASN, now BKN) for a recommendation */
    json_object_set_new(o, "needs_supervisor_recommendation", json_boolean(jpt));
    st =
        db_prepare(db,
                   "SELECT step, actor, reason, created_at FROM move_approval WHERE package_id = $1"
                   " ORDER BY id",
                   err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, pkg);
    arr = json_array();
    json_object_set_new(o, "trail", arr);
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:s}", "step", db_col_text(st, 0),
                                             "actor", db_col_text(st, 1), "reason",
                                             db_col_text(st, 2), "at", db_col_text(st, 3)));
    if (step != DB_DONE)
        goto out;
    *out = o;
    o = NULL;
    rc = 0;
out:
    db_finalize(st);
    json_decref(o);
    return rc;
}

int move_package_list(struct db *db, int64_t tenant, const char *status, json_t **out,
                      struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT k.code, k.title, k.status, k.created_by, k.created_at, COALESCE(k.sk_number, ''),"
        " (SELECT COUNT(*) FROM move m WHERE m.package_id = k.id),"
        " (SELECT COUNT(*) FROM move m WHERE m.package_id = k.id AND m.verdict = 'blocked')"
        " FROM move_package k WHERE k.tenant_id = $1 AND ($2 = '' OR k.status = $2)"
        " ORDER BY k.created_at DESC, k.code",
        err);
    json_t *arr;
    int step;

    *out = NULL;
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, status ? status : "");
    arr = json_array();
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(
            arr, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:I, s:I}", "code", db_col_text(st, 0),
                           "title", db_col_text(st, 1), "status", db_col_text(st, 2), "created_by",
                           db_col_text(st, 3), "created_at", db_col_text(st, 4), "sk_number",
                           db_col_text(st, 5), "moves", (json_int_t)db_col_int64(st, 6), "blocked",
                           (json_int_t)db_col_int64(st, 7)));
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(arr);
        return -1;
    }
    *out = arr;
    return 0;
}
