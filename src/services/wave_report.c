/*
 * wave_report.c - reading waves back: the list, one wave's summary (counts,
 * methods, the matrix check, assessor load and accreditation), its
 * participants with their schedule and assessors, and the assessor roster.
 * JSON, for the CLI (--json) and later the API.
 */
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "services/wave.h"
#include "services/wave_common.h"

static void date10(char out[11], const char *s)
{
    snprintf(out, 11, "%.10s", s);
}

int wave_list_json(struct db *db, int64_t tenant, json_t **out, struct merit_error *err)
{
    return wave_list_for_json(db, tenant, 0, out, err);
}

int wave_list_for_json(struct db *db, int64_t tenant, int64_t assessor, json_t **out,
                       struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT w.code, w.name, w.purpose, w.start_date, w.end_date, w.status, (SELECT COUNT(*)"
        " FROM participant p WHERE p.wave_id = w.id) FROM wave w WHERE w.tenant_id = $1"
        " AND (CAST($2 AS BIGINT) = 0 OR EXISTS (SELECT 1 FROM assignment x JOIN participant pa"
        " ON pa.id = x.participant_id WHERE pa.wave_id = w.id AND x.assessor_id ="
        " CAST($2 AS BIGINT))) ORDER BY w.start_date, w.code",
        err);
    json_t *arr;
    int step;

    *out = NULL;
    if (!st)
        return -1;
    arr = json_array();
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, assessor);
    while ((step = db_step(st, err)) == DB_ROW) {
        char a[11], b[11];
        date10(a, db_col_text(st, 3));
        date10(b, db_col_text(st, 4));
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:I}", "code",
                                             db_col_text(st, 0), "name", db_col_text(st, 1),
                                             "purpose", db_col_text(st, 2), "start", a, "end", b,
                                             "status", db_col_text(st, 5), "participants",
                                             (json_int_t)db_col_int64(st, 6)));
    }
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(arr);
        return -1;
    }
    *out = arr;
    return 0;
}

static void collect_warning(void *ctx, const struct wave_matrix_warning *w)
{
    json_array_append_new(ctx, json_pack("{s:s, s:i, s:i}", "target", w->target, "methods",
                                         w->methods, "required", w->required));
}

int wave_show_json(struct db *db, int64_t tenant, int64_t wave, json_t **out,
                   struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT w.code, w.name, w.purpose, w.provider_kind, COALESCE(w.provider_name, ''),"
        " w.start_date, w.end_date, COALESCE(w.venue, ''), w.status, p.version,"
        " COALESCE(w.finalised_at, '') FROM wave w JOIN policy p ON p.id = w.policy_id"
        " WHERE w.id = $1 AND w.tenant_id = $2",
        err);
    json_t *o = json_object(), *arr;
    int step, nwarn = 0, rc = -1;

    *out = NULL;
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    db_bind_int64(st, 2, tenant);
    if ((step = db_step(st, err)) != DB_ROW) {
        if (step == DB_DONE)
            err_set(err, MERIT_ENOTFOUND, "%s", T("gelombang tidak ditemukan", "wave not found"));
        goto out;
    }
    {
        static const char *const k[] = {"code",  "name", "purpose", "provider", "provider_name",
                                        "start", "end",  "venue",   "status"};
        for (int i = 0; i < 9; i++) {
            char d[11];
            const char *v = db_col_text(st, i);
            if (i == 5 || i == 6) {
                date10(d, v);
                v = d;
            }
            json_object_set_new(o, k[i], json_string(v));
        }
        json_object_set_new(o, "policy_version", json_integer(db_col_int64(st, 9)));
        json_object_set_new(o, "finalised_at", json_string(db_col_text(st, 10)));
    }
    db_finalize(st);
    st = db_prepare(db,
                    "SELECT status, COUNT(*) FROM participant WHERE wave_id = $1 GROUP BY status"
                    " ORDER BY status",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    arr = json_object();
    json_object_set_new(o, "participants", arr);
    while ((step = db_step(st, err)) == DB_ROW)
        json_object_set_new(arr, db_col_text(st, 0), json_integer(db_col_int64(st, 1)));
    db_finalize(st);
    if (step != DB_DONE) {
        st = NULL;
        goto out;
    }
    st = db_prepare(db,
                    "SELECT m.code, m.kind, m.name, (SELECT COUNT(*) FROM wave_matrix x"
                    " WHERE x.wave_id = m.wave_id AND x.method_code = m.code) FROM wave_method m"
                    " WHERE m.wave_id = $1 ORDER BY m.code",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    arr = json_array();
    json_object_set_new(o, "methods", arr);
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:I}", "code", db_col_text(st, 0),
                                             "kind", db_col_text(st, 1), "name", db_col_text(st, 2),
                                             "targets", (json_int_t)db_col_int64(st, 3)));
    db_finalize(st);
    if (step != DB_DONE) {
        st = NULL;
        goto out;
    }
    /* what each method observes: the assessor's evidence form is built from it */
    st = db_prepare(db,
                    "SELECT method_code, target_code, target_kind FROM wave_matrix"
                    " WHERE wave_id = $1 ORDER BY method_code, target_kind, target_code",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    while ((step = db_step(st, err)) == DB_ROW) {
        size_t i;
        json_t *m;

        json_array_foreach(arr, i, m)
        {
            json_t *codes;

            if (strcmp(json_string_value(json_object_get(m, "code")), db_col_text(st, 0)) != 0)
                continue;
            codes = json_object_get(m, "target_codes");
            if (!codes) {
                codes = json_array();
                json_object_set_new(m, "target_codes", codes);
            }
            json_array_append_new(codes, json_pack("{s:s, s:s}", "code", db_col_text(st, 1), "kind",
                                                   db_col_text(st, 2)));
        }
    }
    db_finalize(st);
    if (step != DB_DONE) {
        st = NULL;
        goto out;
    }
    /* assessors whose accreditation lapses before the wave ends are worth a look */
    st = db_prepare(db,
                    "SELECT COUNT(*), COUNT(DISTINCT x.assessor_id), SUM(CASE WHEN x.conflict IS"
                    " NOT NULL THEN 1 ELSE 0 END), COUNT(DISTINCT CASE WHEN a.accredited_until <"
                    " w.end_date THEN a.id END) FROM assignment x JOIN participant pa ON pa.id ="
                    " x.participant_id JOIN assessor a ON a.id = x.assessor_id JOIN wave w ON"
                    " w.id = pa.wave_id WHERE pa.wave_id = $1",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    if (db_step(st, err) != DB_ROW)
        goto out;
    json_object_set_new(o, "assignments", json_integer(db_col_int64(st, 0)));
    json_object_set_new(o, "assessors", json_integer(db_col_int64(st, 1)));
    json_object_set_new(o, "conflicts_overridden", json_integer(db_col_int64(st, 2)));
    json_object_set_new(o, "accreditation_lapsing", json_integer(db_col_int64(st, 3)));
    db_finalize(st);
    st = db_prepare(db, "SELECT published_at, actor FROM wave_publication WHERE wave_id = $1", err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    if ((step = db_step(st, err)) == DB_ROW) {
        json_object_set_new(o, "published_at", json_string(db_col_text(st, 0)));
        json_object_set_new(o, "published_by", json_string(db_col_text(st, 1)));
    } else if (step == DB_DONE) {
        json_object_set_new(o, "published_at", json_null());
        json_object_set_new(o, "published_by", json_null());
    } else {
        goto out;
    }
    db_finalize(st);
    st = NULL;
    arr = json_array();
    json_object_set_new(o, "matrix_warnings", arr);
    if (wave_matrix_check(db, tenant, wave, collect_warning, arr, &nwarn, err) != 0)
        goto out;
    *out = o;
    o = NULL;
    rc = 0;
out:
    db_finalize(st);
    json_decref(o);
    return rc;
}

/* nip NULL: every participant; assessor 0: whoever assesses them (else only theirs) */
static int participants_query(struct db *db, int64_t tenant, int64_t wave, const char *only,
                              int64_t assessor, json_t **out, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT e.nip, e.name, COALESCE(u.name, ''), po.code, pa.status,"
        " COALESCE(pa.status_reason, ''), COALESCE(pa.group_no, 0), COALESCE(pa.slot, ''),"
        " COALESCE(a.code, ''), COALESCE(x.conflict, '')"
        " FROM participant pa JOIN employee e ON e.id = pa.employee_id"
        " JOIN position po ON po.id = pa.target_position_id LEFT JOIN unit u ON u.id = e.unit_id"
        " LEFT JOIN assignment x ON x.participant_id = pa.id"
        " AND (CAST($4 AS BIGINT) = 0 OR x.assessor_id = CAST($4 AS BIGINT))"
        " LEFT JOIN assessor a ON a.id = x.assessor_id"
        " WHERE pa.wave_id = $1 AND pa.tenant_id = $2 AND ($3 = '' OR e.nip = $3)"
        " AND (CAST($4 AS BIGINT) = 0 OR EXISTS (SELECT 1 FROM assignment y WHERE"
        " y.participant_id = pa.id AND y.assessor_id = CAST($4 AS BIGINT)))"
        " ORDER BY COALESCE(pa.group_no, 0), e.nip, a.code",
        err);
    json_t *arr, *cur = NULL;
    int step;
    char last[32] = "";

    *out = NULL;
    if (!st)
        return -1;
    arr = json_array();
    db_bind_int64(st, 1, wave);
    db_bind_int64(st, 2, tenant);
    db_bind_text(st, 3, only ? only : "");
    db_bind_int64(st, 4, assessor);
    while ((step = db_step(st, err)) == DB_ROW) {
        const char *nip = db_col_text(st, 0);

        if (!cur || strcmp(nip, last) != 0) {
            char slot[11];
            date10(slot, db_col_text(st, 7));
            cur = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:I, s:s, s:[]}", "nip", nip, "name",
                            db_col_text(st, 1), "unit", db_col_text(st, 2), "target",
                            db_col_text(st, 3), "status", db_col_text(st, 4), "reason",
                            db_col_text(st, 5), "group", (json_int_t)db_col_int64(st, 6), "slot",
                            slot, "assessors");
            json_array_append_new(arr, cur);
            snprintf(last, sizeof(last), "%s", nip);
        }
        if (*db_col_text(st, 8)) {
            json_t *a = json_pack("{s:s}", "code", db_col_text(st, 8));
            if (*db_col_text(st, 9))
                json_object_set_new(a, "conflict", json_string(db_col_text(st, 9)));
            json_array_append_new(json_object_get(cur, "assessors"), a);
        }
    }
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(arr);
        return -1;
    }
    *out = arr;
    return 0;
}

int wave_participants_json(struct db *db, int64_t tenant, int64_t wave, json_t **out,
                           struct merit_error *err)
{
    return participants_query(db, tenant, wave, NULL, 0, out, err);
}

int wave_participants_for_json(struct db *db, int64_t tenant, int64_t wave, int64_t assessor,
                               json_t **out, struct merit_error *err)
{
    return participants_query(db, tenant, wave, NULL, assessor, out, err);
}

int wave_participant_json(struct db *db, int64_t tenant, int64_t wave, const char *nip,
                          int64_t assessor, int64_t *employee, json_t **out,
                          struct merit_error *err)
{
    json_t *arr = NULL, *o, *integ;
    struct db_stmt *st;
    int64_t pid = 0;
    int step;

    *out = NULL;
    if (wc_participant(db, tenant, wave, nip, &pid, employee, NULL, err) != 0 ||
        participants_query(db, tenant, wave, nip, assessor, &arr, err) != 0)
        return -1;
    if (json_array_size(arr) == 0) {
        /* enrolled, but not one of the assessor's participants: the caller decides (403) */
        json_decref(arr);
        *out = json_null();
        return 0;
    }
    o = json_incref(json_array_get(arr, 0));
    json_decref(arr);
    /* the integration meeting's view: proposed and decided levels, open second opinions */
    st = db_prepare(db,
                    "SELECT target_code, target_kind, proposed, decided, n_levels,"
                    " COALESCE(justification, ''), COALESCE(second_opinion, '')"
                    " FROM integration WHERE participant_id = $1 ORDER BY target_kind, target_code",
                    err);
    if (!st) {
        json_decref(o);
        return -1;
    }
    db_bind_int64(st, 1, pid);
    integ = json_array();
    json_object_set_new(o, "integration", integ);
    while ((step = db_step(st, err)) == DB_ROW) {
        char a[8], b[8];
        wc_level_format((int)db_col_int64(st, 2), a);
        json_t *it = json_pack("{s:s, s:s, s:s, s:I, s:s, s:s}", "target", db_col_text(st, 0),
                               "kind", db_col_text(st, 1), "proposed", a, "assessors",
                               (json_int_t)db_col_int64(st, 4), "justification", db_col_text(st, 5),
                               "second_opinion", db_col_text(st, 6));
        if (db_col_isnull(st, 3)) {
            json_object_set_new(it, "decided", json_null());
        } else {
            wc_level_format((int)db_col_int64(st, 3), b);
            json_object_set_new(it, "decided", json_string(b));
        }
        json_array_append_new(integ, it);
    }
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(o);
        return -1;
    }
    *out = o;
    return 0;
}

int wave_assessors_json(struct db *db, int64_t tenant, int64_t wave, json_t **out,
                        struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT a.code, a.name, a.kind, COALESCE(a.organisation, ''),"
        " COALESCE(a.accreditation, ''), COALESCE(CAST(a.accredited_until AS TEXT), ''), COUNT(*),"
        " SUM(CASE WHEN x.conflict IS NOT NULL THEN 1 ELSE 0 END),"
        " CASE WHEN a.accredited_until IS NOT NULL AND a.accredited_until < MIN(w.end_date)"
        " THEN 1 ELSE 0 END"
        " FROM assignment x JOIN participant pa ON pa.id = x.participant_id"
        " JOIN assessor a ON a.id = x.assessor_id JOIN wave w ON w.id = pa.wave_id"
        " WHERE pa.wave_id = $1 AND pa.tenant_id = $2"
        " GROUP BY a.id, a.code, a.name, a.kind, a.organisation, a.accreditation,"
        " a.accredited_until ORDER BY a.code",
        err);
    json_t *arr;
    int step;

    *out = NULL;
    if (!st)
        return -1;
    arr = json_array();
    db_bind_int64(st, 1, wave);
    db_bind_int64(st, 2, tenant);
    while ((step = db_step(st, err)) == DB_ROW) {
        char until[11];
        date10(until, db_col_text(st, 5));
        json_array_append_new(arr,
                              json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:I, s:I, s:b}", "code",
                                        db_col_text(st, 0), "name", db_col_text(st, 1), "kind",
                                        db_col_text(st, 2), "organisation", db_col_text(st, 3),
                                        "accreditation", db_col_text(st, 4), "accredited_until",
                                        until, "participants", (json_int_t)db_col_int64(st, 6),
                                        "conflicts_overridden", (json_int_t)db_col_int64(st, 7),
                                        "accreditation_lapses", (int)db_col_int64(st, 8)));
    }
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(arr);
        return -1;
    }
    *out = arr;
    return 0;
}

int assessor_show_json(struct db *db, int64_t tenant, const char *code, json_t **out,
                       struct merit_error *err)
{
    struct db_stmt *st =
        db_prepare(db,
                   "SELECT a.id, a.code, a.name, a.kind, COALESCE(e.nip, ''),"
                   " COALESCE(a.organisation, ''), COALESCE(a.accreditation, ''),"
                   " COALESCE(CAST(a.accredited_until AS TEXT), '') FROM assessor a"
                   " LEFT JOIN employee e ON e.id = a.employee_id"
                   " WHERE a.tenant_id = $1 AND a.code = $2",
                   err);
    json_t *o = NULL, *arr;
    int64_t id = 0;
    int step;

    *out = NULL;
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, code);
    step = db_step(st, err);
    if (step == DB_ROW) {
        char until[11];
        id = db_col_int64(st, 0);
        date10(until, db_col_text(st, 7));
        o = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "code", db_col_text(st, 1), "name",
                      db_col_text(st, 2), "kind", db_col_text(st, 3), "nip", db_col_text(st, 4),
                      "organisation", db_col_text(st, 5), "accreditation", db_col_text(st, 6),
                      "accredited_until", until);
    } else if (step == DB_DONE) {
        err_set(err, MERIT_ENOTFOUND, "%s '%s' %s", T("asesor", "assessor"), code,
                T("tidak ditemukan", "not found"));
    }
    db_finalize(st);
    if (!o)
        return -1;
    /* the waves they assess in, with their load, and their declared relations */
    st = db_prepare(db,
                    "SELECT w.code, w.status, COUNT(*), SUM(CASE WHEN x.conflict IS NOT NULL"
                    " THEN 1 ELSE 0 END) FROM assignment x JOIN participant pa ON pa.id ="
                    " x.participant_id JOIN wave w ON w.id = pa.wave_id WHERE x.assessor_id = $1"
                    " AND w.tenant_id = $2 GROUP BY w.code, w.status, w.start_date"
                    " ORDER BY w.start_date, w.code",
                    err);
    if (!st)
        goto fail;
    db_bind_int64(st, 1, id);
    db_bind_int64(st, 2, tenant);
    arr = json_array();
    json_object_set_new(o, "waves", arr);
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(
            arr, json_pack("{s:s, s:s, s:I, s:I}", "wave", db_col_text(st, 0), "status",
                           db_col_text(st, 1), "participants", (json_int_t)db_col_int64(st, 2),
                           "conflicts_overridden", (json_int_t)db_col_int64(st, 3)));
    db_finalize(st);
    if (step != DB_DONE)
        goto fail;
    st = db_prepare(db,
                    "SELECT e.nip, e.name, r.relation FROM assessor_relation r JOIN employee e ON"
                    " e.id = r.employee_id WHERE r.assessor_id = $1 AND r.tenant_id = $2"
                    " ORDER BY e.nip",
                    err);
    if (!st)
        goto fail;
    db_bind_int64(st, 1, id);
    db_bind_int64(st, 2, tenant);
    arr = json_array();
    json_object_set_new(o, "relations", arr);
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s}", "nip", db_col_text(st, 0), "name",
                                             db_col_text(st, 1), "relation", db_col_text(st, 2)));
    db_finalize(st);
    if (step != DB_DONE)
        goto fail;
    *out = o;
    return 0;
fail:
    json_decref(o);
    return -1;
}

int assessor_list_json(struct db *db, int64_t tenant, json_t **out, struct merit_error *err)
{
    struct db_stmt *st =
        db_prepare(db,
                   "SELECT a.code, a.name, a.kind, COALESCE(e.nip, ''),"
                   " COALESCE(a.organisation, ''), COALESCE(a.accreditation, ''),"
                   " COALESCE(CAST(a.accredited_until AS TEXT), '') FROM assessor a"
                   " LEFT JOIN employee e ON e.id = a.employee_id"
                   " WHERE a.tenant_id = $1 ORDER BY a.code",
                   err);
    json_t *arr;
    int step;

    *out = NULL;
    if (!st)
        return -1;
    arr = json_array();
    db_bind_int64(st, 1, tenant);
    while ((step = db_step(st, err)) == DB_ROW) {
        char until[11];
        date10(until, db_col_text(st, 6));
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "code",
                                             db_col_text(st, 0), "name", db_col_text(st, 1), "kind",
                                             db_col_text(st, 2), "nip", db_col_text(st, 3),
                                             "organisation", db_col_text(st, 4), "accreditation",
                                             db_col_text(st, 5), "accredited_until", until));
    }
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(arr);
        return -1;
    }
    *out = arr;
    return 0;
}
