/*
 * wave.c - planning a wave: creation, methods and the matrix, target
 * positions, enrolment, groups and attendance. Assessors are in assessor.c,
 * evidence in evidence.c, integration in integration.c, results in result.c.
 */
#include "services/wave.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/civil.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "io/table.h"
#include "services/audit.h"
#include "services/wave_common.h"

static int one_of(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (s && strcmp(s, *list) == 0)
            return 1;
    return 0;
}

static int date_ok(const char *s, const char *field, struct merit_error *err)
{
    struct civil_date d;
    const char *why;

    if (!s || civil_parse(s, strlen(s), 0, &d, &why) != 0 || strlen(s) != 10 || s[4] != '-')
        return err_set_at(err, MERIT_EINVAL, 0, field, "%s %s: %s", field,
                          T("harus tanggal YYYY-MM-DD", "must be a date YYYY-MM-DD"), s ? s : "");
    return 0;
}

int wave_find(struct db *db, int64_t tenant, const char *code, int64_t *id, struct merit_error *err)
{
    struct db_stmt *st =
        db_prepare(db, "SELECT id FROM wave WHERE tenant_id = $1 AND code = $2", err);
    int step, rc = -1;

    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, code);
    step = db_step(st, err);
    if (step == DB_ROW) {
        *id = db_col_int64(st, 0);
        rc = 0;
    } else if (step == DB_DONE) {
        err_set(
            err, MERIT_ENOTFOUND, "%s '%s' %s", T("gelombang", "wave"), code,
            T("tidak ditemukan (lihat 'merit wave list')", "not found (see 'merit wave list')"));
    }
    db_finalize(st);
    return rc;
}

int wave_create(struct db *db, int64_t tenant, const struct wave_spec *s, int64_t *id,
                struct merit_error *err)
{
    return wave_create_as(db, tenant, s, "operator", id, err);
}

int wave_create_as(struct db *db, int64_t tenant, const struct wave_spec *s, const char *actor,
                   int64_t *id, struct merit_error *err)
{
    static const char *const purposes[] = {"pemetaan", "seleksi", "promosi", NULL};
    static const char *const providers[] = {"internal", "lembaga", NULL};
    struct policy *p = NULL;
    int rc = -1;

    if (!s->code || !*s->code || strlen(s->code) > 60)
        return err_set_at(err, MERIT_EINVAL, 0, "code", "%s",
                          T("kode gelombang wajib (maks. 60 karakter)",
                            "a wave code is required (at most 60 characters)"));
    if (!s->name || !*s->name)
        return err_set_at(err, MERIT_EINVAL, 0, "name", "%s",
                          T("nama gelombang wajib", "a wave name is required"));
    if (!one_of(s->purpose, purposes))
        return err_set_at(err, MERIT_EINVAL, 0, "purpose", "%s",
                          T("tujuan harus pemetaan, seleksi atau promosi",
                            "purpose must be pemetaan, seleksi or promosi"));
    if (!one_of(s->provider_kind, providers))
        return err_set_at(
            err, MERIT_EINVAL, 0, "provider", "%s",
            T("penyelenggara harus internal atau lembaga", "provider must be internal or lembaga"));
    if (strcmp(s->provider_kind, "lembaga") == 0 && (!s->provider_name || !*s->provider_name))
        return err_set_at(err, MERIT_EINVAL, 0, "provider_name", "%s",
                          T("sebutkan nama lembaga penyelenggara", "name the providing institute"));
    if (date_ok(s->start_date, "start_date", err) || date_ok(s->end_date, "end_date", err))
        return -1;
    if (strcmp(s->end_date, s->start_date) < 0)
        return err_set_at(
            err, MERIT_EINVAL, 0, "end_date", "%s",
            T("tanggal selesai sebelum tanggal mulai", "the end is before the start"));
    if (db_begin(db, err) != 0)
        return -1;
    if (s->policy_version > 0 ? policy_load(db, tenant, s->policy_version, &p, err)
                              : policy_in_force(db, tenant, s->start_date, &p, err))
        goto out;
    if (strcmp(p->status, "adopted") != 0) {
        err_set_at(err, MERIT_ECONFLICT, 0, "policy", "%s %d %s",
                   T("kebijakan versi", "policy version"), p->version,
                   T("masih draf; tetapkan dulu (merit policy adopt)",
                     "is a draft; adopt it first (merit policy adopt)"));
        goto out;
    }
    if (wc_exec(db,
                "INSERT INTO wave (tenant_id, code, name, purpose, provider_kind, provider_name,"
                " start_date, end_date, venue, policy_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8,"
                " $9, $10)",
                err, "issssssssi", tenant, s->code, s->name, s->purpose, s->provider_kind,
                s->provider_name, s->start_date, s->end_date, s->venue, p->id) != 0) {
        if (err->code == MERIT_ECONFLICT)
            err_set_at(err, MERIT_ECONFLICT, 0, "code", "%s '%s' %s", T("gelombang", "wave"),
                       s->code, T("sudah ada", "already exists"));
        goto out;
    }
    if (wave_find(db, tenant, s->code, id, err) != 0 ||
        wc_audit(db, tenant, actor, "wave.create", s->code, NULL, NULL, s->name, NULL, err) != 0 ||
        db_commit(db, err) != 0)
        goto out;
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    policy_free(p);
    return rc;
}

/* "kompetensi" or "potensi" for a code the tenant can assess, else NULL */
static const char *target_kind(struct db *db, int64_t tenant, const char *code,
                               struct merit_error *err)
{
    char t[24];
    int64_t n = 0;

    snprintf(t, sizeof(t), "%lld", (long long)tenant);
    if (db_query_int64(db,
                       "SELECT (SELECT COUNT(*) FROM ref_competency WHERE code = $1)"
                       " + (SELECT COUNT(*) FROM tech_competency WHERE code = $1"
                       " AND tenant_id = CAST($2 AS BIGINT))",
                       (const char *const[]){code, t}, 2, &n, err) != 0)
        return NULL;
    if (n > 0)
        return "kompetensi";
    if (db_query_int64(db, "SELECT COUNT(*) FROM ref_potential_aspect WHERE code = $1",
                       (const char *const[]){code}, 1, &n, err) != 0)
        return NULL;
    if (n > 0)
        return "potensi";
    err_set_at(err, MERIT_ENOTFOUND, 0, "targets", "'%s' %s", code,
               T("bukan kode kompetensi (M.01..M.08, SK.01, teknis instansi) atau aspek potensi",
                 "is not a competency code (M.01..M.08, SK.01, an agency technical code) or a "
                 "potential aspect"));
    return NULL;
}

int wave_method_set(struct db *db, int64_t tenant, int64_t wave, const char *code, const char *name,
                    const char *kind, const char *const *targets, size_t ntargets,
                    struct merit_error *err)
{
    return wave_method_set_as(db, tenant, wave, code, name, kind, targets, ntargets, "operator",
                              err);
}

int wave_method_set_as(struct db *db, int64_t tenant, int64_t wave, const char *code,
                       const char *name, const char *kind, const char *const *targets,
                       size_t ntargets, const char *actor, struct merit_error *err)
{
    static const char *const kinds[] = {"simulasi",   "wawancara",    "psikometri", "intelegensi",
                                        "integritas", "tes_tertulis", "lainnya",    NULL};
    struct wave_info w;

    if (!code || !*code || strlen(code) > 32)
        return err_set_at(err, MERIT_EINVAL, 0, "method", "%s",
                          T("kode metode wajib (maks. 32)", "a method code is required (max 32)"));
    if (!one_of(kind, kinds))
        return err_set_at(err, MERIT_EINVAL, 0, "kind", "%s",
                          T("jenis metode: simulasi, wawancara, psikometri, intelegensi, "
                            "integritas, tes_tertulis atau lainnya",
                            "method kind: simulasi, wawancara, psikometri, intelegensi, "
                            "integritas, tes_tertulis or lainnya"));
    if (ntargets == 0)
        return err_set_at(err, MERIT_EINVAL, 0, "targets", "%s",
                          T("sebutkan kompetensi yang diungkap metode ini",
                            "list the competencies this method evidences"));
    if (db_begin(db, err) != 0)
        return -1;
    if (wc_wave_load(db, tenant, wave, &w, err) || wc_wave_open(&w, err))
        goto fail;
    if (wc_exec(db, "DELETE FROM wave_matrix WHERE wave_id = $1 AND method_code = $2", err, "is",
                wave, code) ||
        wc_exec(db,
                "INSERT INTO wave_method (wave_id, code, name, kind) VALUES ($1, $2, $3, $4)"
                " ON CONFLICT (wave_id, code) DO UPDATE SET name = excluded.name,"
                " kind = excluded.kind",
                err, "isss", wave, code, name && *name ? name : code, kind))
        goto fail;
    for (size_t i = 0; i < ntargets; i++) {
        const char *tk = target_kind(db, tenant, targets[i], err);
        if (!tk)
            goto fail;
        if (wc_exec(db,
                    "INSERT INTO wave_matrix (wave_id, method_code, target_code, target_kind)"
                    " VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                    err, "isss", wave, code, targets[i], tk))
            goto fail;
    }
    if (wc_audit(db, tenant, actor, "wave.method", w.code, code, NULL, kind, NULL, err) != 0)
        goto fail;
    return db_commit(db, err);
fail:
    db_rollback(db);
    return -1;
}

int wave_matrix_check(struct db *db, int64_t tenant, int64_t wave,
                      void (*fn)(void *, const struct wave_matrix_warning *), void *ctx, int *nwarn,
                      struct merit_error *err)
{
    struct wave_info w;
    struct policy *p = NULL;
    struct db_stmt *st = NULL;
    int step, rc = -1;

    *nwarn = 0;
    if (wc_wave_policy(db, tenant, wave, &w, &p, err) != 0)
        return -1;
    st = db_prepare(db,
                    "SELECT target_code, COUNT(*) FROM wave_matrix WHERE wave_id = $1"
                    " GROUP BY target_code HAVING COUNT(*) < $2 ORDER BY target_code",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    db_bind_int64(st, 2, p->scoring.min_methods);
    while ((step = db_step(st, err)) == DB_ROW) {
        struct wave_matrix_warning mw = {db_col_text(st, 0), (int)db_col_int64(st, 1),
                                         p->scoring.min_methods};
        (*nwarn)++;
        if (fn)
            fn(ctx, &mw);
    }
    if (step == DB_DONE)
        rc = 0;
out:
    db_finalize(st);
    policy_free(p);
    return rc;
}

int wave_target_add(struct db *db, int64_t tenant, int64_t wave, const char *position_code,
                    struct merit_error *err)
{
    return wave_target_add_as(db, tenant, wave, position_code, "operator", err);
}

int wave_target_add_as(struct db *db, int64_t tenant, int64_t wave, const char *position_code,
                       const char *actor, struct merit_error *err)
{
    struct wave_info w;
    char t[24];
    int64_t pos = 0;

    if (db_begin(db, err) != 0)
        return -1;
    if (wc_wave_load(db, tenant, wave, &w, err) || wc_wave_open(&w, err))
        goto fail;
    snprintf(t, sizeof(t), "%lld", (long long)tenant);
    if (db_query_int64(db,
                       "SELECT id FROM position WHERE tenant_id = CAST($1 AS BIGINT) AND code = $2",
                       (const char *const[]){t, position_code}, 2, &pos, err) != 0)
        goto fail;
    if (pos == 0) {
        err_set_at(err, MERIT_ENOTFOUND, 0, "position", "%s '%s' %s", T("jabatan", "position"),
                   position_code, T("tidak ditemukan", "not found"));
        goto fail;
    }
    if (wc_exec(db,
                "INSERT INTO wave_target (wave_id, position_id) VALUES ($1, $2)"
                " ON CONFLICT DO NOTHING",
                err, "ii", wave, pos) != 0 ||
        wc_audit(db, tenant, actor, "wave.target", w.code, position_code, NULL, "added", NULL,
                 err) != 0 ||
        db_commit(db, err) != 0)
        goto fail;
    return 0;
fail:
    db_rollback(db);
    return -1;
}

int wave_enrol(struct db *db, int64_t tenant, int64_t wave, const struct wave_enrol_filter *f,
               long *enrolled, long *skipped, struct merit_error *err)
{
    return wave_enrol_as(db, tenant, wave, f, "operator", enrolled, skipped, err);
}

int wave_enrol_as(struct db *db, int64_t tenant, int64_t wave, const struct wave_enrol_filter *f,
                  const char *actor, long *enrolled, long *skipped, struct merit_error *err)
{
    struct wave_info w;
    struct buf sql = BUF_INIT;
    struct db_stmt *st = NULL;
    const char *params[16];
    int np = 0, rc = -1;
    int64_t target = 0, before = 0, after = 0, eligible = 0;
    char t[24], wv[24], tg[24], since[11];

    *enrolled = *skipped = 0;
    if (db_begin(db, err) != 0)
        return -1;
    if (wc_wave_load(db, tenant, wave, &w, err) || wc_wave_open(&w, err))
        goto out;
    snprintf(t, sizeof(t), "%lld", (long long)tenant);
    snprintf(wv, sizeof(wv), "%lld", (long long)wave);
    if (f->target_position) {
        if (db_query_int64(db,
                           "SELECT id FROM position WHERE tenant_id = CAST($1 AS BIGINT)"
                           " AND code = $2",
                           (const char *const[]){t, f->target_position}, 2, &target, err) != 0)
            goto out;
        if (target == 0) {
            err_set_at(err, MERIT_ENOTFOUND, 0, "target", "%s '%s' %s",
                       T("jabatan target", "target position"), f->target_position,
                       T("tidak ditemukan", "not found"));
            goto out;
        }
    }
    for (size_t i = 0; i < f->nnips; i++) {
        int64_t id;
        if (wc_employee(db, tenant, f->nips[i], &id, err) != 0)
            goto out;
    }
    snprintf(tg, sizeof(tg), "%lld", (long long)target);
    params[np++] = t;
    params[np++] = wv;
    params[np++] = tg;
    /* the selection, written once and used to count and to insert */
    buf_puts(&sql, " FROM employee e LEFT JOIN position p ON p.id = e.position_id"
                   " LEFT JOIN ref_golongan g ON g.code = e.golongan"
                   " WHERE e.tenant_id = CAST($1 AS BIGINT)"
                   /* every query binds $1-$3; PostgreSQL refuses a parameter it cannot type */
                   " AND CAST($2 AS BIGINT) > 0 AND CAST($3 AS BIGINT) >= 0");
    if (f->unit) {
        params[np] = f->unit;
        buf_printf(&sql,
                   " AND e.unit_id IN (WITH RECURSIVE sub(id) AS (SELECT id FROM unit WHERE"
                   " tenant_id = CAST($1 AS BIGINT) AND code = $%d UNION ALL SELECT u.id FROM"
                   " unit u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)",
                   ++np);
    }
    if (f->jenjang) {
        params[np] = f->jenjang;
        buf_printf(&sql, " AND p.jenjang_code = $%d", ++np);
    }
    if (f->eselon) {
        params[np] = f->eselon;
        buf_printf(&sql, " AND p.eselon_code = $%d", ++np);
    }
    if (f->golongan_min) {
        params[np] = f->golongan_min;
        buf_printf(&sql,
                   " AND g.rank_order >= (SELECT rank_order FROM ref_golongan WHERE code = $%d)",
                   ++np);
    }
    if (f->golongan_max) {
        params[np] = f->golongan_max;
        buf_printf(&sql,
                   " AND g.rank_order <= (SELECT rank_order FROM ref_golongan WHERE code = $%d)",
                   ++np);
    }
    if (f->tenure_min_years > 0) {
        struct civil_date d;
        const char *why;
        if (!f->today || civil_parse(f->today, strlen(f->today), 0, &d, &why) != 0) {
            err_set(err, MERIT_EINTERNAL, "wave_enrol: today is required for a tenure filter");
            goto out;
        }
        civil_format(civil_add_years(d, -f->tenure_min_years), since);
        params[np] = since;
        buf_printf(&sql, " AND e.tmt_jabatan <= $%d", ++np);
    }
    if (f->nnips > 0) {
        buf_puts(&sql, " AND e.nip IN (");
        for (size_t i = 0; i < f->nnips; i++) {
            if (np >= 15) {
                err_set(err, MERIT_ELIMIT, "%s",
                        T("daftar NIP terlalu panjang untuk satu perintah; pakai berkas",
                          "too many NIPs for one command; use a file"));
                goto out;
            }
            params[np] = f->nips[i];
            buf_printf(&sql, "%s$%d", i ? ", " : "", ++np);
        }
        buf_puts(&sql, ")");
    }
    {
        struct buf q = BUF_INIT;
        int64_t n;

        buf_printf(&q, "SELECT COUNT(*)%s", sql.data);
        rc = db_query_int64(db, q.data, params, np, &eligible, err);
        buf_reset(&q);
        buf_printf(&q, "SELECT COUNT(*)%s AND p.id IS NULL AND CAST($3 AS BIGINT) = 0", sql.data);
        if (rc == 0)
            rc = db_query_int64(db, q.data, params, np, &n, err);
        buf_release(&q);
        if (rc != 0)
            goto out;
        *skipped = (long)n; /* no current position and no target given */
        rc = -1;
    }
    if (db_query_int64(db, "SELECT COUNT(*) FROM participant WHERE wave_id = CAST($1 AS BIGINT)",
                       (const char *const[]){wv}, 1, &before, err) != 0)
        goto out;
    {
        struct buf q = BUF_INIT;
        int step;

        buf_printf(&q,
                   "INSERT INTO participant (tenant_id, wave_id, employee_id, target_position_id)"
                   " SELECT CAST($1 AS BIGINT), CAST($2 AS BIGINT), e.id,"
                   " CASE WHEN CAST($3 AS BIGINT) = 0 THEN p.id ELSE CAST($3 AS BIGINT) END"
                   "%s AND (p.id IS NOT NULL OR CAST($3 AS BIGINT) <> 0)"
                   /* --limit counts new participants */
                   " AND NOT EXISTS (SELECT 1 FROM participant x WHERE x.wave_id ="
                   " CAST($2 AS BIGINT) AND x.employee_id = e.id)"
                   " ORDER BY e.nip",
                   sql.data);
        if (f->limit > 0)
            buf_printf(&q, " LIMIT %ld", f->limit);
        buf_puts(&q, " ON CONFLICT (wave_id, employee_id) DO NOTHING");
        st = db_prepare(db, q.data, err);
        buf_release(&q);
        if (!st)
            goto out;
        for (int i = 0; i < np; i++)
            db_bind_text(st, i + 1, params[i]);
        step = db_step(st, err);
        db_finalize(st);
        st = NULL;
        if (step != DB_DONE)
            goto out;
    }
    if (db_query_int64(db, "SELECT COUNT(*) FROM participant WHERE wave_id = CAST($1 AS BIGINT)",
                       (const char *const[]){wv}, 1, &after, err) != 0)
        goto out;
    *enrolled = (long)(after - before);
    if (f->nnips > 0 && eligible < (int64_t)f->nnips) {
        err_set(err, MERIT_EINVAL, "%s",
                T("sebagian NIP tidak memenuhi filter atau tercantum dua kali",
                  "some NIPs do not match the filter or are listed twice"));
        goto out;
    }
    {
        char ne[24];
        snprintf(ne, sizeof(ne), "%ld", *enrolled);
        if (wc_audit(db, tenant, actor, "wave.enrol", w.code, NULL, NULL, ne, NULL, err) != 0)
            goto out;
    }
    if (db_commit(db, err) != 0)
        goto out;
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    db_finalize(st);
    buf_release(&sql);
    return rc;
}

#define WAVE_MAX_DAYS 366

/* Monday to Friday; day 0 (1970-01-01) was a Thursday */
static int wave_workday(int64_t days)
{
    int64_t wd = ((days % 7) + 7 + 4) % 7; /* 0 = Sunday */
    return wd != 0 && wd != 6;
}

int wave_group(struct db *db, int64_t tenant, int64_t wave, int size, int per_day, long *ngroups,
               struct merit_error *err)
{
    return wave_group_as(db, tenant, wave, size, per_day, "operator", ngroups, err);
}

int wave_group_as(struct db *db, int64_t tenant, int64_t wave, int size, int per_day,
                  const char *actor, long *ngroups, struct merit_error *err)
{
    int64_t days[WAVE_MAX_DAYS];
    size_t nd;
    struct wave_info w;
    struct db_stmt *st = NULL;
    int64_t *ids = NULL;
    size_t n = 0, cap = 0;
    int step, rc = -1;
    long g;
    struct civil_date start, end;
    const char *why;

    if (size < 4 || size > 8)
        return err_set_at(err, MERIT_EINVAL, 0, "size", "%s",
                          T("ukuran kelompok 4-8 peserta (Perban BKN 26/2019; BRIN 3/2023)",
                            "a group has 4-8 participants (Perban BKN 26/2019; BRIN 3/2023)"));
    if (per_day < 1 || per_day > 100)
        return err_set_at(err, MERIT_EINVAL, 0, "per_day", "%s",
                          T("kelompok per hari 1-100", "groups per day 1-100"));
    if (db_begin(db, err) != 0)
        return -1;
    if (wc_wave_load(db, tenant, wave, &w, err) || wc_wave_open(&w, err))
        goto out;
    st = db_prepare(db,
                    "SELECT pa.id FROM participant pa JOIN employee e ON e.id = pa.employee_id"
                    " LEFT JOIN unit u ON u.id = e.unit_id WHERE pa.wave_id = $1"
                    " AND pa.status NOT IN ('absent', 'withdrawn', 'final')"
                    " ORDER BY u.code, e.nip",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    while ((step = db_step(st, err)) == DB_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            ids = xreallocarray(ids, cap, sizeof(*ids));
        }
        ids[n++] = db_col_int64(st, 0);
    }
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto out;
    g = n == 0 ? 0 : (long)((n + (size_t)size - 1) / (size_t)size);
    /* g groups of n leave one under 4 when n < 4g (9 in groups of 4: 3 x 3); then take fewer,
     * larger groups: n / 4 groups hold at most 7 each */
    if (g > 1 && (size_t)g * 4 > n)
        g = (long)(n / 4);
    civil_parse(w.start_date, 10, 0, &start, &why);
    civil_parse(w.end_date, 10, 0, &end, &why);
    /* assessment days are working days: Saturdays and Sundays are skipped */
    nd = 0;
    for (int64_t d = civil_to_days(start); d <= civil_to_days(end) && nd < WAVE_MAX_DAYS; d++)
        if (wave_workday(d))
            days[nd++] = d;
    if (g > 0 && (g + per_day - 1) / per_day > (long)nd) {
        err_set_at(err, MERIT_ECONFLICT, 0, "per_day", "%ld %s %d %s", g,
                   T("kelompok tidak muat dalam hari gelombang dengan", "groups do not fit the "
                                                                        "wave's days at"),
                   per_day, T("kelompok per hari", "groups a day"));
        goto out;
    }
    st = db_prepare(db, "UPDATE participant SET group_no = $1, slot = $2 WHERE id = $3", err);
    if (!st)
        goto out;
    for (size_t i = 0; i < n; i++) {
        /* even sizes: the groups differ by at most one member, none falls under 4 */
        long grp = (long)((int64_t)i * g / (int64_t)n) + 1;
        char day[11];

        civil_format(civil_from_days(days[(grp - 1) / per_day]), day);
        db_reset(st);
        db_bind_int64(st, 1, grp);
        db_bind_text(st, 2, day);
        db_bind_int64(st, 3, ids[i]);
        if (db_step(st, err) != DB_DONE)
            goto out;
    }
    db_finalize(st);
    st = NULL;
    {
        char ng[24];
        snprintf(ng, sizeof(ng), "%ld", g);
        if (wc_audit(db, tenant, actor, "wave.group", w.code, NULL, NULL, ng, NULL, err) != 0)
            goto out;
    }
    if (db_commit(db, err) != 0)
        goto out;
    *ngroups = g;
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    db_finalize(st);
    free(ids);
    return rc;
}

int wave_status_set(struct db *db, int64_t tenant, int64_t wave, const char *nip,
                    const char *status, const char *reason, long *changed, struct merit_error *err)
{
    return wave_status_set_as(db, tenant, wave, nip, status, reason, "operator", changed, err);
}

int wave_status_set_as(struct db *db, int64_t tenant, int64_t wave, const char *nip,
                       const char *status, const char *reason, const char *actor, long *changed,
                       struct merit_error *err)
{
    static const char *const settable[] = {"present", "absent", "withdrawn", NULL};
    struct wave_info w;
    struct db_stmt *st = NULL;
    int64_t pid = 0;
    char cur[16] = "registered";
    int rc = -1;

    *changed = 0;
    if (!one_of(status, settable))
        return err_set_at(
            err, MERIT_EINVAL, 0, "status", "%s",
            T("status: present, absent atau withdrawn", "status: present, absent or withdrawn"));
    if (strcmp(status, "present") != 0 && (!reason || strlen(reason) < 3))
        return err_set_at(
            err, MERIT_EINVAL, 0, "reason", "%s",
            T("alasan wajib untuk absent/withdrawn", "a reason is required for absent/withdrawn"));
    if (db_begin(db, err) != 0)
        return -1;
    if (wc_wave_load(db, tenant, wave, &w, err) || wc_wave_open(&w, err))
        goto out;
    if (!nip) {
        if (strcmp(status, "present") != 0) {
            err_set_at(err, MERIT_EINVAL, 0, "nip", "%s",
                       T("absent/withdrawn hanya per NIP", "absent/withdrawn is per NIP"));
            goto out;
        }
        st = db_prepare(db,
                        "UPDATE participant SET status = 'present' WHERE wave_id = $1"
                        " AND status = 'registered'",
                        err);
        if (!st)
            goto out;
        db_bind_int64(st, 1, wave);
    } else {
        if (wc_participant(db, tenant, wave, nip, &pid, NULL, cur, err) != 0)
            goto out;
        if (strcmp(cur, "final") == 0) {
            err_set(err, MERIT_ECONFLICT, "%s %s %s", T("peserta", "participant"), nip,
                    T("sudah final", "is final"));
            goto out;
        }
        if (strcmp(status, "present") == 0 && strcmp(cur, "registered") != 0 &&
            strcmp(cur, "absent") != 0) {
            err_set(err, MERIT_ECONFLICT, "%s %s %s: %s", T("peserta", "participant"), nip,
                    T("tidak dapat ditandai hadir dari status", "cannot be marked present from"),
                    cur);
            goto out;
        }
        st = db_prepare(db, "UPDATE participant SET status = $1, status_reason = $2 WHERE id = $3",
                        err);
        if (!st)
            goto out;
        db_bind_text(st, 1, status);
        db_bind_text(st, 2, strcmp(status, "present") == 0 ? NULL : reason);
        db_bind_int64(st, 3, pid);
    }
    if (db_step(st, err) != DB_DONE)
        goto out;
    *changed = (long)db_changes(st);
    db_finalize(st);
    st = NULL;
    if (*changed > 0 && wc_audit(db, tenant, actor, "wave.status", w.code, nip ? nip : "*", cur,
                                 status, reason, err) != 0)
        goto out;
    if (db_commit(db, err) != 0)
        goto out;
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    db_finalize(st);
    return rc;
}

int wave_enrol_file(struct db *db, int64_t tenant, int64_t wave, const char *path,
                    void (*on_error)(void *, const struct merit_error *), void *ctx, long *enrolled,
                    long *already, struct merit_error *err)
{
    struct wave_info w;
    struct table_reader *tr = NULL;
    struct table_row row;
    struct db_stmt *ins = NULL;
    int col_nip = -1, col_target = -1, step, rc = -1;
    long errors = 0;
    char key[64];

    *enrolled = *already = 0;
    if (table_open(path, NULL, &tr, err) != 0)
        return -1;
    if (db_begin(db, err) != 0)
        goto out;
    if (wc_wave_load(db, tenant, wave, &w, err) || wc_wave_open(&w, err))
        goto out;
    if ((step = table_next(tr, &row, err)) <= 0) {
        if (step == 0)
            err_set(err, MERIT_EINVAL, "%s: %s", path, T("berkas kosong", "the file is empty"));
        goto out;
    }
    for (size_t i = 0; i < row.ncells; i++) {
        wc_header_key(row.cells[i], key, sizeof(key));
        if (col_nip < 0 && (strcmp(key, "nip") == 0 || strcmp(key, "nipbaru") == 0))
            col_nip = (int)i;
        else if (col_target < 0 &&
                 (strcmp(key, "jabatantarget") == 0 || strcmp(key, "targetposition") == 0 ||
                  strcmp(key, "target") == 0))
            col_target = (int)i;
    }
    if (col_nip < 0) {
        err_set_at(err, MERIT_EINVAL, 1, "nip", "%s:1:nip: %s", path,
                   T("kolom nip tidak ada", "there is no nip column"));
        goto out;
    }
    /* the employee and the target (given, or the current position) resolved in SQL;
     * a NULL target means an unknown code or no current position */
    ins = db_prepare(db,
                     "INSERT INTO participant (tenant_id, wave_id, employee_id, target_position_id)"
                     " SELECT $1, $2, e.id, CASE WHEN $4 = '' THEN e.position_id ELSE"
                     " (SELECT id FROM position WHERE tenant_id = $1 AND code = $4) END"
                     " FROM employee e WHERE e.tenant_id = $1 AND e.nip = $3"
                     " ON CONFLICT (wave_id, employee_id) DO NOTHING",
                     err);
    if (!ins)
        goto out;
    while ((step = table_next(tr, &row, err)) == 1) {
        char nip[32];
        const char *tg =
            col_target >= 0 && (size_t)col_target < row.ncells ? row.cells[col_target] : "";
        struct merit_error e;
        int64_t emp, n = 0;
        char t[24];

        err_clear(&e);
        wc_nip_clean((size_t)col_nip < row.ncells ? row.cells[col_nip] : "", nip);
        if (wc_employee(db, tenant, nip, &emp, &e) != 0) {
            e.row = row.rowno;
            errors++;
            if (on_error)
                on_error(ctx, &e);
            continue;
        }
        snprintf(t, sizeof(t), "%lld", (long long)tenant);
        if (*tg ? db_query_int64(db,
                                 "SELECT COUNT(*) FROM position WHERE tenant_id ="
                                 " CAST($1 AS BIGINT) AND code = $2",
                                 (const char *const[]){t, tg}, 2, &n, err)
                : db_query_int64(db,
                                 "SELECT COUNT(*) FROM employee WHERE tenant_id ="
                                 " CAST($1 AS BIGINT) AND nip = $2 AND position_id IS NOT NULL",
                                 (const char *const[]){t, nip}, 2, &n, err))
            goto out;
        if (n == 0) {
            err_set_at(&e, MERIT_EINVAL, row.rowno, *tg ? "jabatan_target" : "nip", "%s",
                       *tg ? T("jabatan target tidak ditemukan", "unknown target position")
                           : T("pegawai tanpa jabatan: isi jabatan_target",
                               "the employee has no position: fill jabatan_target"));
            errors++;
            if (on_error)
                on_error(ctx, &e);
            continue;
        }
        if (errors)
            continue;
        db_reset(ins);
        db_bind_int64(ins, 1, tenant);
        db_bind_int64(ins, 2, wave);
        db_bind_text(ins, 3, nip);
        db_bind_text(ins, 4, tg);
        if (db_step(ins, err) != DB_DONE)
            goto out;
        if (db_changes(ins))
            (*enrolled)++;
        else
            (*already)++;
    }
    if (step < 0)
        goto out;
    if (errors) {
        err_set(err, MERIT_EINVAL, "%s: %ld %s", path, errors,
                T("kesalahan; tidak ada yang disimpan", "errors; nothing was written"));
        goto out;
    }
    db_finalize(ins);
    ins = NULL;
    if (db_commit(db, err) != 0)
        goto out;
    rc = 0;
out:
    if (rc != 0) {
        db_rollback(db);
        *enrolled = *already = 0;
    }
    db_finalize(ins);
    table_close(tr);
    return rc;
}

int wave_publish(struct db *db, int64_t tenant, int64_t wave, const char *actor, const char *now,
                 struct merit_error *err)
{
    struct wave_info w;
    char wv[24];
    int64_t n = 0;

    if (!actor || !*actor)
        return err_set_at(err, MERIT_EINVAL, 0, "actor", "%s",
                          T("sebutkan siapa yang mengumumkan", "say who publishes"));
    if (db_begin(db, err) != 0)
        return -1;
    if (wc_wave_load(db, tenant, wave, &w, err) != 0)
        goto fail;
    if (strcmp(w.status, "final") != 0) {
        err_set(err, MERIT_ECONFLICT, "%s %s %s", T("gelombang", "wave"), w.code,
                T("belum final; finalkan dulu sebelum diumumkan",
                  "is not final; finalise it before publishing"));
        goto fail;
    }
    snprintf(wv, sizeof(wv), "%lld", (long long)wave);
    if (db_query_int64(db,
                       "SELECT COUNT(*) FROM wave_publication WHERE wave_id = CAST($1 AS BIGINT)",
                       (const char *const[]){wv}, 1, &n, err) != 0)
        goto fail;
    if (n > 0) {
        err_set(err, MERIT_ECONFLICT, "%s %s %s", T("gelombang", "wave"), w.code,
                T("sudah diumumkan", "is already published"));
        goto fail;
    }
    {
        char obj[96];
        snprintf(obj, sizeof(obj), "wave:%s", w.code);
        if (wc_exec(db,
                    "INSERT INTO wave_publication (wave_id, published_at, actor) VALUES ($1, $2,"
                    " $3)",
                    err, "iss", wave, now, actor) != 0 ||
            audit_append(db, tenant, now, actor, "wave.publish", obj, NULL, "published", NULL,
                         err) != 0 ||
            db_commit(db, err) != 0)
            goto fail;
    }
    return 0;
fail:
    db_rollback(db);
    return -1;
}
