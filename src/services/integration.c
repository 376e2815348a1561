/*
 * integration.c - the integration meeting: one proposed level per
 * competency / potential aspect from the evidence (the policy's median,
 * mode or rounded mean), the meeting's decisions with justifications, and
 * second-opinion requests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xmalloc.h"
#include "domain/jpm.h"
#include "services/audit.h"
#include "services/wave.h"
#include "services/wave_common.h"

struct ev_level {
    int64_t pid;
    char target[24];
    char kind[12];
    int level;
};

static int mark_integrated(struct db *db, int64_t wave, long *integrated, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "UPDATE participant SET status = 'integrated' WHERE wave_id = $1 AND status = 'assessed'"
        " AND NOT EXISTS (SELECT 1 FROM wave_matrix m WHERE m.wave_id = $1 AND NOT EXISTS ("
        " SELECT 1 FROM integration i WHERE i.participant_id = participant.id"
        " AND i.target_code = m.target_code AND i.decided IS NOT NULL"
        " AND i.second_opinion IS NULL))",
        err);
    int rc = -1;

    if (!st)
        return -1;
    db_bind_int64(st, 1, wave);
    if (db_step(st, err) == DB_DONE) {
        if (integrated)
            *integrated = (long)db_changes(st);
        rc = 0;
    }
    db_finalize(st);
    return rc;
}

int wave_integrate(struct db *db, int64_t tenant, int64_t wave, int accept, long *proposed,
                   long *integrated, struct merit_error *err)
{
    return wave_integrate_as(db, tenant, wave, accept, "operator", proposed, integrated, err);
}

int wave_integrate_as(struct db *db, int64_t tenant, int64_t wave, int accept, const char *actor,
                      long *proposed, long *integrated, struct merit_error *err)
{
    struct wave_info w;
    struct policy *p = NULL;
    struct db_stmt *st = NULL;
    struct ev_level *ev = NULL;
    size_t n = 0, cap = 0;
    int *levels = NULL, step, rc = -1;

    *proposed = *integrated = 0;
    if (db_begin(db, err) != 0)
        return -1;
    if (wc_wave_policy(db, tenant, wave, &w, &p, err) || wc_wave_open(&w, err))
        goto out;
    st = db_prepare(db,
                    "SELECT ev.participant_id, ev.target_code, m.target_kind, ev.level"
                    " FROM evidence ev JOIN participant pa ON pa.id = ev.participant_id"
                    " JOIN (SELECT DISTINCT target_code, target_kind FROM wave_matrix"
                    " WHERE wave_id = $1) m ON m.target_code = ev.target_code"
                    " WHERE pa.wave_id = $1 AND pa.status IN ('assessed', 'integrated')"
                    " ORDER BY ev.participant_id, ev.target_code",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    while ((step = db_step(st, err)) == DB_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 4096;
            ev = xreallocarray(ev, cap, sizeof(*ev));
        }
        ev[n].pid = db_col_int64(st, 0);
        snprintf(ev[n].target, sizeof(ev[n].target), "%s", db_col_text(st, 1));
        snprintf(ev[n].kind, sizeof(ev[n].kind), "%s", db_col_text(st, 2));
        ev[n].level = (int)db_col_int64(st, 3);
        n++;
    }
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto out;
    levels = xmalloc((n ? n : 1) * sizeof(*levels));
    st = db_prepare(db,
                    "INSERT INTO integration (tenant_id, participant_id, target_code, target_kind,"
                    " proposed, n_levels) VALUES ($1, $2, $3, $4, $5, $6)"
                    " ON CONFLICT (participant_id, target_code) DO UPDATE SET"
                    " proposed = excluded.proposed, n_levels = excluded.n_levels"
                    " WHERE integration.decided IS NULL",
                    err);
    if (!st)
        goto out;
    for (size_t i = 0; i < n;) {
        size_t j = i, k = 0;
        int level;

        while (j < n && ev[j].pid == ev[i].pid && strcmp(ev[j].target, ev[i].target) == 0)
            levels[k++] = ev[j++].level;
        if (jpm_integrate(levels, k, p->scoring.integration, p->scoring.allow_half, &level) != 0) {
            err_set(err, MERIT_EINTERNAL, "integration: bad levels for participant %lld",
                    (long long)ev[i].pid);
            goto out;
        }
        db_reset(st);
        db_bind_int64(st, 1, tenant);
        db_bind_int64(st, 2, ev[i].pid);
        db_bind_text(st, 3, ev[i].target);
        db_bind_text(st, 4, ev[i].kind);
        db_bind_int64(st, 5, level);
        db_bind_int64(st, 6, (int64_t)k);
        if (db_step(st, err) != DB_DONE)
            goto out;
        (*proposed)++;
        i = j;
    }
    db_finalize(st);
    st = NULL;
    if (accept &&
        wc_exec(db,
                "UPDATE integration SET decided = proposed WHERE decided IS NULL"
                " AND second_opinion IS NULL AND participant_id IN (SELECT id FROM participant"
                " WHERE wave_id = $1 AND status = 'assessed')",
                err, "i", wave) != 0)
        goto out;
    if (mark_integrated(db, wave, integrated, err) != 0)
        goto out;
    {
        char b[48];
        snprintf(b, sizeof(b), "%ld/%ld", *proposed, *integrated);
        if (wc_audit(db, tenant, actor, "wave.integrate", w.code, NULL, accept ? "accept" : NULL, b,
                     NULL, err) != 0 ||
            db_commit(db, err) != 0)
            goto out;
    }
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    db_finalize(st);
    free(ev);
    free(levels);
    policy_free(p);
    return rc;
}

static int integration_row(struct db *db, int64_t pid, const char *target, int *proposed,
                           int *decided, int *has_so, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db,
                                    "SELECT proposed, decided, second_opinion FROM integration"
                                    " WHERE participant_id = $1 AND target_code = $2",
                                    err);
    int step, rc = -1;

    if (!st)
        return -1;
    db_bind_int64(st, 1, pid);
    db_bind_text(st, 2, target);
    step = db_step(st, err);
    if (step == DB_ROW) {
        *proposed = (int)db_col_int64(st, 0);
        *decided = db_col_isnull(st, 1) ? 0 : (int)db_col_int64(st, 1);
        *has_so = !db_col_isnull(st, 2);
        rc = 0;
    } else if (step == DB_DONE) {
        err_set_at(err, MERIT_ENOTFOUND, 0, "target", "%s %s: %s",
                   T("belum ada usulan untuk", "no proposal yet for"), target,
                   T("jalankan dulu 'merit wave integrate'", "run 'merit wave integrate' "
                                                             "first"));
    }
    db_finalize(st);
    return rc;
}

int wave_decide(struct db *db, int64_t tenant, int64_t wave, const char *nip, const char *target,
                int level, const char *justification, struct merit_error *err)
{
    return wave_decide_as(db, tenant, wave, nip, target, level, justification, "operator", err);
}

int wave_decide_as(struct db *db, int64_t tenant, int64_t wave, const char *nip, const char *target,
                   int level, const char *justification, const char *actor, struct merit_error *err)
{
    struct wave_info w;
    struct policy *p = NULL;
    int64_t pid;
    char status[16];
    int proposed, decided, has_so, rc = -1;
    long dummy;

    if (db_begin(db, err) != 0)
        return -1;
    if (wc_wave_policy(db, tenant, wave, &w, &p, err) || wc_wave_open(&w, err) ||
        wc_participant(db, tenant, wave, nip, &pid, NULL, status, err))
        goto out;
    if (strcmp(status, "assessed") != 0 && strcmp(status, "integrated") != 0) {
        err_set(err, MERIT_ECONFLICT, "%s %s %s %s", T("peserta", "participant"), nip,
                T("tidak dalam tahap integrasi; status", "is not at integration; status"), status);
        goto out;
    }
    if (!scoring_level_ok(&p->scoring, level)) {
        err_set_at(err, MERIT_EINVAL, 0, "level", "%s",
                   T("level di luar kisi kebijakan (1-5; setengah hanya bila diizinkan)",
                     "the level is off the policy's grid (1-5; halves only if allowed)"));
        goto out;
    }
    if (integration_row(db, pid, target, &proposed, &decided, &has_so, err) != 0)
        goto out;
    (void)decided;
    if (level != proposed && (!justification || strlen(justification) < 10)) {
        char a[8], b[8];
        wc_level_format(proposed, a);
        wc_level_format(level, b);
        err_set_at(err, MERIT_EINVAL, 0, "justification", "%s %s %s %s; %s",
                   T("keputusan", "the decision"), b,
                   T("berbeda dari usulan", "departs from the proposal"), a,
                   T("tulis justifikasi (min. 10 karakter)",
                     "write a justification (at least 10 characters)"));
        goto out;
    }
    /* a decision resolves an open second opinion; the request is kept as its note */
    if (wc_exec(db,
                "UPDATE integration SET decided = $1, justification = $2,"
                " second_opinion_note = CASE WHEN second_opinion IS NULL THEN second_opinion_note"
                " ELSE second_opinion || ' -> ' || COALESCE($2, '') END, second_opinion = NULL"
                " WHERE participant_id = $3 AND target_code = $4",
                err, "isis", (int64_t)level,
                level != proposed || (justification && *justification) ? justification : NULL, pid,
                target) != 0)
        goto out;
    /* a changed decision sends an integrated participant back to complete the round */
    if (strcmp(status, "integrated") == 0 &&
        wc_exec(db, "UPDATE participant SET status = 'assessed' WHERE id = $1", err, "i", pid))
        goto out;
    {
        char obj[128], a[8], b[8], now[21];
        snprintf(obj, sizeof(obj), "integration:%s/%s/%s", w.code, nip, target);
        wc_level_format(proposed, a);
        wc_level_format(level, b);
        wc_now(now);
        if (audit_append(db, tenant, now, actor ? actor : "operator", "wave.decide", obj, a, b,
                         justification, err) != 0)
            goto out;
    }
    if (mark_integrated(db, wave, &dummy, err) != 0 || db_commit(db, err) != 0)
        goto out;
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    policy_free(p);
    return rc;
}

int wave_second_opinion(struct db *db, int64_t tenant, int64_t wave, const char *nip,
                        const char *target, const char *reason, struct merit_error *err)
{
    return wave_second_opinion_as(db, tenant, wave, nip, target, reason, "operator", err);
}

int wave_second_opinion_as(struct db *db, int64_t tenant, int64_t wave, const char *nip,
                           const char *target, const char *reason, const char *actor,
                           struct merit_error *err)
{
    struct wave_info w;
    int64_t pid;
    char status[16];
    int proposed, decided, has_so, rc = -1;

    if (!reason || strlen(reason) < 10)
        return err_set_at(err, MERIT_EINVAL, 0, "reason", "%s",
                          T("tulis alasan permintaan (min. 10 karakter)",
                            "write the reason for the request (at least 10 characters)"));
    if (db_begin(db, err) != 0)
        return -1;
    if (wc_wave_load(db, tenant, wave, &w, err) || wc_wave_open(&w, err) ||
        wc_participant(db, tenant, wave, nip, &pid, NULL, status, err) ||
        integration_row(db, pid, target, &proposed, &decided, &has_so, err))
        goto out;
    if (wc_exec(db,
                "UPDATE integration SET second_opinion = $1, decided = NULL, justification = NULL"
                " WHERE participant_id = $2 AND target_code = $3",
                err, "sis", reason, pid, target) ||
        wc_exec(db,
                "UPDATE participant SET status = 'assessed' WHERE id = $1"
                " AND status = 'integrated'",
                err, "i", pid))
        goto out;
    {
        char sfx[96];
        snprintf(sfx, sizeof(sfx), "%s/%s", nip, target);
        if (wc_audit(db, tenant, actor, "wave.second_opinion", w.code, sfx, NULL, "open", reason,
                     err) != 0 ||
            db_commit(db, err) != 0)
            goto out;
    }
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    return rc;
}
