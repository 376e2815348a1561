/*
 * talent_calibration.c - moving a person to another box during
 * calibration, and the period's stages: proposed -> reviewed -> set (the
 * PPK). Every change is an append-only talent_calibration row with who and
 * why; a set period is locked by the database.
 */
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "services/talent.h"
#include "services/audit.h"
#include "services/wave_common.h"

static int check_who_why(const char *actor, const char *reason, struct merit_error *err)
{
    if (!actor || !*actor)
        return err_set_at(err, MERIT_EINVAL, 0, "actor", "%s",
                          T("sebutkan siapa yang mengubah", "say who makes the change"));
    if (!reason || strlen(reason) < 10)
        return err_set_at(
            err, MERIT_EINVAL, 0, "reason", "%s",
            T("tulis alasan (min. 10 karakter)", "write the reason (at least 10 characters)"));
    return 0;
}

int talent_calibrate(struct db *db, int64_t tenant, const char *period, const char *nip, int box,
                     const char *actor, const char *reason, const char *now,
                     struct merit_error *err)
{
    struct db_stmt *st = NULL;
    int64_t pid, emp, from = 0, eligible = 0;
    char status[16];
    int step, rc = -1;

    if (box < 1 || box > 9)
        return err_set_at(err, MERIT_EINVAL, 0, "box", "%s", T("kotak 1-9", "box 1-9"));
    if (check_who_why(actor, reason, err) != 0)
        return -1;
    if (db_begin(db, err) != 0)
        return -1;
    if (talent_period_find(db, tenant, period, &pid, status, NULL, err) != 0)
        goto out;
    if (strcmp(status, "set") == 0) {
        err_set(err, MERIT_ECONFLICT, "%s %s %s", T("periode", "period"), period,
                T("sudah ditetapkan PPK; tidak dapat dikalibrasi lagi",
                  "is set by the PPK; it can no longer be calibrated"));
        goto out;
    }
    if (wc_employee(db, tenant, nip, &emp, err) != 0)
        goto out;
    st = db_prepare(db,
                    "SELECT COALESCE(box, 0), eligible FROM talent_placement WHERE period_id = $1"
                    " AND employee_id = $2",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, pid);
    db_bind_int64(st, 2, emp);
    step = db_step(st, err);
    if (step == DB_ROW) {
        from = db_col_int64(st, 0);
        eligible = db_col_int64(st, 1);
    }
    db_finalize(st);
    st = NULL;
    if (step == DB_ERROR)
        goto out;
    if (step == DB_DONE || !eligible || !from) {
        err_set(err, MERIT_ECONFLICT, "%s %s %s", T("NIP", "NIP"), nip,
                T("tidak terpetakan pada periode ini (lihat alasannya di 'merit talent show')",
                  "is not placed in this period (see the reasons in 'merit talent show')"));
        goto out;
    }
    if (from == box) {
        err_set_at(err, MERIT_EINVAL, 0, "box", "%s",
                   T("sudah di kotak itu", "already in that box"));
        goto out;
    }
    if (wc_exec(db,
                "UPDATE talent_placement SET box = $1 WHERE period_id = $2 AND employee_id = $3",
                err, "iii", (int64_t)box, pid, emp) != 0 ||
        wc_exec(db,
                "INSERT INTO talent_calibration (tenant_id, period_id, employee_id, from_box,"
                " to_box, stage, actor, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7,"
                " $8, $9)",
                err, "iiiiissss", tenant, pid, emp, from, (int64_t)box, status, actor, reason,
                now) != 0)
        goto out;
    {
        char obj[96], b[4], a[4];
        snprintf(obj, sizeof(obj), "talent:%s/%s", period, nip);
        snprintf(b, sizeof(b), "%d", (int)from);
        snprintf(a, sizeof(a), "%d", box);
        if (audit_append(db, tenant, now, actor, "talent.calibrate", obj, b, a, reason, err) != 0 ||
            db_commit(db, err) != 0)
            goto out;
    }
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    db_finalize(st);
    return rc;
}

int talent_advance(struct db *db, int64_t tenant, const char *period, const char *stage,
                   const char *actor, const char *reason, const char *now, struct merit_error *err)
{
    int64_t pid;
    char status[16];
    int rc = -1;

    if (!stage || (strcmp(stage, "reviewed") != 0 && strcmp(stage, "set") != 0))
        return err_set_at(err, MERIT_EINVAL, 0, "stage", "%s",
                          T("tahap: reviewed atau set", "stage: reviewed or set"));
    if (check_who_why(actor, reason, err) != 0)
        return -1;
    if (db_begin(db, err) != 0)
        return -1;
    if (talent_period_find(db, tenant, period, &pid, status, NULL, err) != 0)
        goto out;
    /* in order: a period is reviewed before the PPK sets it */
    if ((strcmp(stage, "reviewed") == 0 && strcmp(status, "proposed") != 0) ||
        (strcmp(stage, "set") == 0 && strcmp(status, "reviewed") != 0)) {
        err_set(err, MERIT_ECONFLICT, "%s %s %s %s; %s", T("periode", "period"), period,
                T("berstatus", "is"), status,
                T("urutannya proposed -> reviewed -> set", "the order is proposed -> reviewed -> "
                                                           "set"));
        goto out;
    }
    if (wc_exec(db,
                "INSERT INTO talent_calibration (tenant_id, period_id, stage, actor, reason,"
                " created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                err, "iissss", tenant, pid, stage, actor, reason, now) != 0 ||
        wc_exec(db,
                "UPDATE talent_period SET status = $1, set_at = CASE WHEN $1 = 'set' THEN $2"
                " ELSE set_at END, set_by = CASE WHEN $1 = 'set' THEN $3 ELSE set_by END"
                " WHERE id = $4",
                err, "sssi", stage, now, actor, pid) != 0)
        goto out;
    {
        char obj[64];
        snprintf(obj, sizeof(obj), "talent:%s", period);
        if (audit_append(db, tenant, now, actor, "talent.stage", obj, status, stage, reason, err) !=
                0 ||
            db_commit(db, err) != 0)
            goto out;
    }
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    return rc;
}
