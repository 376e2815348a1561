/*
 * talent.c - talent mapping per period (see talent.h). Everything a period
 * needs is read in a handful of queries (employees, SKP, sanctions,
 * training, results), the boxes are computed by domain/talent, and the
 * placements are written in one transaction.
 */
#include "services/talent.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/civil.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "domain/talent.h"
#include "services/audit.h"
#include "services/policy.h"
#include "services/wave_common.h"

/* training hours over the 3 years before as_of that count as a full track record */
#define TALENT_TRAINING_FULL_HOURS 60

struct t_emp {
    int64_t id;
    const char *nip;
    const char *jenjang; /* of the current position, "" when none */
    int edu_rank, edu_min_rank;
    /* slices into the sorted secondary arrays */
    size_t skp0, nskp, san0, nsan;
    int64_t training_hours;
    int has_result;
    int64_t jpm_bp, pot_bp;
    int has_pot;
    const char *wave;
};

struct t_data {
    struct arena a;
    struct t_emp *e;
    size_t ne;
    struct talent_skp *skp;
    int64_t *skp_emp;
    size_t nskp;
    struct talent_sanction *san;
    int64_t *san_emp;
    size_t nsan;
};

static void td_free(struct t_data *d)
{
    free(d->e);
    free(d->skp);
    free(d->skp_emp);
    free(d->san);
    free(d->san_emp);
    arena_free(&d->a);
}

static struct t_emp *td_find(struct t_data *d, int64_t id)
{
    size_t lo = 0, hi = d->ne;

    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->e[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->ne && d->e[lo].id == id ? &d->e[lo] : NULL;
}

static int td_load(struct db *db, int64_t tenant, int year, int window, const char *as_of,
                   struct t_data *d, struct merit_error *err)
{
    struct db_stmt *st;
    size_t cap = 0;
    int step;
    char from3[11];
    struct civil_date asd;
    const char *why;

    memset(d, 0, sizeof(*d));
    arena_init(&d->a, 64 * 1024);
    if (civil_parse(as_of, strlen(as_of), 0, &asd, &why) != 0)
        return err_set_at(err, MERIT_EINVAL, 0, "as_of", "%s", why);
    civil_format(civil_add_years(asd, -3), from3);
    st = db_prepare(db,
                    "SELECT e.id, e.nip, COALESCE(ed.rank_order, 0), COALESCE(pe.rank_order, 0),"
                    " COALESCE(p.jenjang_code, '') FROM employee e"
                    " LEFT JOIN position p ON p.id = e.position_id"
                    " LEFT JOIN ref_education ed ON ed.code = e.education"
                    " LEFT JOIN ref_education pe ON pe.code = p.education_min"
                    " WHERE e.tenant_id = $1 ORDER BY e.id",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    while ((step = db_step(st, err)) == DB_ROW) {
        struct t_emp *x;
        if (d->ne == cap) {
            cap = cap ? cap * 2 : 4096;
            d->e = xreallocarray(d->e, cap, sizeof(*d->e));
        }
        x = &d->e[d->ne++];
        memset(x, 0, sizeof(*x));
        x->id = db_col_int64(st, 0);
        x->nip = arena_strdup(&d->a, db_col_text(st, 1));
        x->edu_rank = (int)db_col_int64(st, 2);
        x->edu_min_rank = (int)db_col_int64(st, 3);
        x->jenjang = arena_strdup(&d->a, db_col_text(st, 4));
    }
    db_finalize(st);
    if (step != DB_DONE)
        return -1;

    st = db_prepare(db,
                    "SELECT employee_id, year, rating_hasil, predikat FROM hist_skp"
                    " WHERE tenant_id = $1 AND year >= $2 AND year < $3 ORDER BY employee_id, year",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, year - window);
    db_bind_int64(st, 3, year);
    cap = 0;
    while ((step = db_step(st, err)) == DB_ROW) {
        if (d->nskp == cap) {
            cap = cap ? cap * 2 : 4096;
            d->skp = xreallocarray(d->skp, cap, sizeof(*d->skp));
            d->skp_emp = xreallocarray(d->skp_emp, cap, sizeof(*d->skp_emp));
        }
        d->skp_emp[d->nskp] = db_col_int64(st, 0);
        d->skp[d->nskp].year = (int)db_col_int64(st, 1);
        d->skp[d->nskp].rating_hasil = arena_strdup(&d->a, db_col_text(st, 2));
        d->skp[d->nskp].predikat = arena_strdup(&d->a, db_col_text(st, 3));
        d->nskp++;
    }
    db_finalize(st);
    if (step != DB_DONE)
        return -1;

    st = db_prepare(db,
                    "SELECT employee_id, level, start_date, end_date FROM hist_sanction"
                    " WHERE tenant_id = $1 ORDER BY employee_id, start_date",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    cap = 0;
    while ((step = db_step(st, err)) == DB_ROW) {
        char a[11], b[11];
        if (d->nsan == cap) {
            cap = cap ? cap * 2 : 1024;
            d->san = xreallocarray(d->san, cap, sizeof(*d->san));
            d->san_emp = xreallocarray(d->san_emp, cap, sizeof(*d->san_emp));
        }
        snprintf(a, sizeof(a), "%.10s", db_col_text(st, 2));
        snprintf(b, sizeof(b), "%.10s", db_col_text(st, 3));
        d->san_emp[d->nsan] = db_col_int64(st, 0);
        d->san[d->nsan].level = arena_strdup(&d->a, db_col_text(st, 1));
        d->san[d->nsan].start = arena_strdup(&d->a, a);
        d->san[d->nsan].end = db_col_isnull(st, 3) ? NULL : arena_strdup(&d->a, b);
        d->nsan++;
    }
    db_finalize(st);
    if (step != DB_DONE)
        return -1;

    /* slices: both arrays are sorted by employee id, as are the employees */
    for (size_t i = 0, k = 0, m = 0; i < d->ne; i++) {
        while (k < d->nskp && d->skp_emp[k] < d->e[i].id)
            k++;
        d->e[i].skp0 = k;
        while (k < d->nskp && d->skp_emp[k] == d->e[i].id)
            k++;
        d->e[i].nskp = k - d->e[i].skp0;
        while (m < d->nsan && d->san_emp[m] < d->e[i].id)
            m++;
        d->e[i].san0 = m;
        while (m < d->nsan && d->san_emp[m] == d->e[i].id)
            m++;
        d->e[i].nsan = m - d->e[i].san0;
    }

    st = db_prepare(db,
                    "SELECT employee_id, SUM(COALESCE(hours, 0)) FROM hist_training"
                    " WHERE tenant_id = $1 AND start_date >= $2 AND start_date <= $3"
                    " GROUP BY employee_id",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, from3);
    db_bind_text(st, 3, as_of);
    while ((step = db_step(st, err)) == DB_ROW) {
        struct t_emp *x = td_find(d, db_col_int64(st, 0));
        if (x)
            x->training_hours = db_col_int64(st, 1);
    }
    db_finalize(st);
    if (step != DB_DONE)
        return -1;

    /* the latest valid finalised result per employee (current revisions only) */
    st = db_prepare(db,
                    "SELECT r.employee_id, r.jpm_bp, r.potential_bp, w.code FROM result r"
                    " JOIN wave w ON w.id = r.wave_id WHERE r.tenant_id = $1"
                    " AND r.valid_until >= $2 AND substr(r.finalised_at, 1, 10) <= $3"
                    " AND NOT EXISTS (SELECT 1 FROM result r2 WHERE r2.participant_id ="
                    " r.participant_id AND r2.revision > r.revision)"
                    " ORDER BY r.employee_id, r.finalised_at DESC, r.id DESC",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, as_of);
    db_bind_text(st, 3, as_of);
    while ((step = db_step(st, err)) == DB_ROW) {
        struct t_emp *x = td_find(d, db_col_int64(st, 0));
        if (!x || x->has_result)
            continue;
        x->has_result = 1;
        x->jpm_bp = db_col_int64(st, 1) > 10000 ? 10000 : db_col_int64(st, 1);
        x->has_pot = !db_col_isnull(st, 2);
        x->pot_bp = db_col_int64(st, 2) > 10000 ? 10000 : db_col_int64(st, 2);
        x->wave = arena_strdup(&d->a, db_col_text(st, 3));
    }
    db_finalize(st);
    return step == DB_DONE ? 0 : -1;
}

static const char *const component_code[TALENT_C_COUNT] = {
    "", "jpm", "potential", "qualification", "track_record", "integrity"};

struct t_out {
    int has_perf, has_pot, box, eligible;
    int64_t perf, pot;
    json_t *reasons, *detail;
};

static void t_compute(const struct talent_policy *tp, const struct t_data *d, const struct t_emp *x,
                      int year, const char *as_of, struct t_out *o)
{
    struct talent_inputs in;
    struct talent_elig_policy light = {tp->elig.lookback_months, 0, 0, 1};
    struct talent_elig_policy heavy = {tp->elig.lookback_months, 1, 1, 0};
    enum talent_component missing = 0;
    size_t which = 0;
    int used;

    memset(o, 0, sizeof(*o));
    memset(&in, 0, sizeof(in));
    o->reasons = json_array();
    o->detail = json_object();
    used = talent_performance(&tp->perf, year, d->skp + x->skp0, x->nskp, &o->perf);
    if (used > 0)
        o->has_perf = 1;
    else
        json_array_append_new(o->reasons, json_string(used < 0 ? "skp_unmapped" : "no_skp"));
    json_object_set_new(o->detail, "skp_years", json_integer(used > 0 ? used : 0));
    if (x->has_result) {
        in.score[TALENT_C_JPM] = x->jpm_bp;
        in.has[TALENT_C_JPM] = 1;
        in.score[TALENT_C_POTENTIAL] = x->pot_bp;
        in.has[TALENT_C_POTENTIAL] = x->has_pot;
        json_object_set_new(o->detail, "wave", json_string(x->wave));
    }
    if (x->edu_rank || !x->edu_min_rank) {
        in.score[TALENT_C_QUALIFICATION] =
            !x->edu_min_rank || x->edu_rank >= x->edu_min_rank ? 10000 : 5000;
        in.has[TALENT_C_QUALIFICATION] = 1;
    }
    in.score[TALENT_C_TRACK_RECORD] = x->training_hours >= TALENT_TRAINING_FULL_HOURS
                                          ? 10000
                                          : x->training_hours * 10000 / TALENT_TRAINING_FULL_HOURS;
    in.has[TALENT_C_TRACK_RECORD] = 1;
    in.score[TALENT_C_INTEGRITY] =
        talent_sanction_blocks(&heavy, as_of, d->san + x->san0, x->nsan, NULL)   ? 0
        : talent_sanction_blocks(&light, as_of, d->san + x->san0, x->nsan, NULL) ? 5000
                                                                                 : 10000;
    in.has[TALENT_C_INTEGRITY] = 1;
    {
        json_t *c = json_object();
        for (int k = 1; k < TALENT_C_COUNT; k++)
            if (in.has[k])
                json_object_set_new(c, component_code[k], json_real(in.score[k] / 100.0));
        json_object_set_new(o->detail, "components", c);
    }
    if (talent_potential(&tp->pot, &in, &o->pot, &missing) == 0) {
        o->has_pot = 1;
    } else if (!x->has_result) {
        json_array_append_new(o->reasons, json_string("no_result"));
    } else {
        char r[48];
        snprintf(r, sizeof(r), "missing:%s",
                 missing > 0 && missing < TALENT_C_COUNT ? component_code[missing] : "?");
        json_array_append_new(o->reasons, json_string(r));
    }
    if (talent_sanction_blocks(&tp->elig, as_of, d->san + x->san0, x->nsan, &which)) {
        const struct talent_sanction *s = &d->san[x->san0 + which];
        json_array_append_new(o->reasons, json_string("sanction"));
        json_object_set_new(
            o->detail, "sanction",
            json_pack("{s:s, s:s, s:s?}", "level", s->level, "start", s->start, "end", s->end));
    }
    if (o->has_perf && o->has_pot)
        o->box =
            talent_box_at(talent_cut(&tp->perf.cuts, o->perf), talent_cut(&tp->pot.cuts, o->pot))
                ->box;
    o->eligible = json_array_size(o->reasons) == 0;
}

int talent_period_find(struct db *db, int64_t tenant, const char *code, int64_t *id,
                       char status[16], int64_t *policy_id, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db,
                                    "SELECT id, status, policy_id FROM talent_period"
                                    " WHERE tenant_id = $1 AND code = $2",
                                    err);
    int step, rc = -1;

    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, code);
    step = db_step(st, err);
    if (step == DB_ROW) {
        *id = db_col_int64(st, 0);
        if (status)
            snprintf(status, 16, "%s", db_col_text(st, 1));
        if (policy_id)
            *policy_id = db_col_int64(st, 2);
        rc = 0;
    } else if (step == DB_DONE) {
        err_set(err, MERIT_ENOTFOUND, "%s '%s' %s", T("periode talenta", "talent period"), code,
                T("tidak ditemukan (jalankan 'merit talent map')",
                  "not found (run 'merit talent map')"));
    }
    db_finalize(st);
    return rc;
}

int talent_map(struct db *db, int64_t tenant, const struct talent_run *run, json_t **summary,
               struct merit_error *err)
{
    struct policy *pol = NULL;
    struct t_data d;
    struct db_stmt *ins = NULL;
    int64_t(*scores)[2] = NULL, period = 0;
    size_t nscored = 0;
    long grid[10] = {0}, eligible = 0, pool = 0, reasons_n = 0;
    json_t *reasons = json_object(), *pool_by = json_object(), *sum = NULL;
    char status[16] = "";
    int rc = -1, loaded = 0, exists;
    struct merit_error e2;

    *summary = NULL;
    if (!run->code || !*run->code || strlen(run->code) > 32)
        return err_set_at(err, MERIT_EINVAL, 0, "period", "%s",
                          T("kode periode wajib (maks. 32)", "a period code is required (max 32)"));
    if (run->year < 2000 || run->year > 2199)
        return err_set_at(err, MERIT_EINVAL, 0, "year", "%s",
                          T("tahun 2000-2199", "year 2000-2199"));
    if (db_begin(db, err) != 0)
        return -1;
    if (run->policy_version ? policy_load_kind(db, tenant, "talent", run->policy_version, &pol, err)
                            : policy_in_force_kind(db, tenant, "talent", run->as_of, &pol, err))
        goto out;
    if (!run->dry_run && strcmp(pol->status, "adopted") != 0) {
        err_set(err, MERIT_ECONFLICT, "%s %d %s",
                T("kebijakan talenta versi", "talent policy version"), pol->version,
                T("masih draf: pakai --dry-run untuk melihat dampaknya",
                  "is a draft: use --dry-run to see its effect"));
        goto out;
    }
    err_clear(&e2);
    exists = talent_period_find(db, tenant, run->code, &period, status, NULL, &e2) == 0;
    if (!exists && e2.code != MERIT_ENOTFOUND) {
        *err = e2;
        goto out;
    }
    if (!run->dry_run && exists && strcmp(status, "proposed") != 0) {
        err_set(err, MERIT_ECONFLICT, "%s %s %s %s", T("periode", "period"), run->code,
                T("sudah berstatus", "is already"), status);
        goto out;
    }
    if (td_load(db, tenant, run->year, pol->talent.perf.years, run->as_of, &d, err) != 0)
        goto out;
    loaded = 1;
    if (!run->dry_run) {
        if (exists) {
            if (wc_exec(db,
                        "UPDATE talent_period SET year = $1, as_of = $2, policy_id = $3,"
                        " computed_at = $4 WHERE id = $5",
                        err, "isisi", (int64_t)run->year, run->as_of, pol->id, run->now,
                        period) != 0 ||
                wc_exec(db, "DELETE FROM talent_placement WHERE period_id = $1", err, "i",
                        period) != 0)
                goto out;
        } else {
            if (wc_exec(db,
                        "INSERT INTO talent_period (tenant_id, code, year, as_of, policy_id,"
                        " computed_at) VALUES ($1, $2, $3, $4, $5, $6)",
                        err, "isisis", tenant, run->code, (int64_t)run->year, run->as_of, pol->id,
                        run->now) != 0 ||
                talent_period_find(db, tenant, run->code, &period, NULL, NULL, err) != 0)
                goto out;
        }
        ins = db_prepare(db,
                         "INSERT INTO talent_placement (period_id, tenant_id, employee_id, perf_bp,"
                         " pot_bp, computed_box, box, eligible, reasons, detail) VALUES ($1, $2,"
                         " $3, $4, $5, $6, $6, $7, $8, $9)",
                         err);
        if (!ins)
            goto out;
    }
    scores = xmalloc((d.ne ? d.ne : 1) * sizeof(*scores));
    for (size_t i = 0; i < d.ne; i++) {
        struct t_out o;
        size_t k;
        json_t *r;

        t_compute(&pol->talent, &d, &d.e[i], run->year, run->as_of, &o);
        json_array_foreach(o.reasons, k, r)
        {
            const char *c = json_string_value(r);
            json_object_set_new(reasons, c,
                                json_integer(json_integer_value(json_object_get(reasons, c)) + 1));
            reasons_n++;
        }
        if (o.eligible) {
            eligible++;
            grid[o.box]++;
            if (o.box >= pol->talent.pool_min_box) {
                const char *jj = *d.e[i].jenjang ? d.e[i].jenjang : "-";
                pool++;
                json_object_set_new(
                    pool_by, jj,
                    json_integer(json_integer_value(json_object_get(pool_by, jj)) + 1));
            }
            scores[nscored][0] = o.perf;
            scores[nscored][1] = o.pot;
            nscored++;
        }
        if (ins) {
            char *rs = json_dumps(o.reasons, JSON_COMPACT);
            char *ds = json_dumps(o.detail, JSON_COMPACT | JSON_REAL_PRECISION(10));
            db_reset(ins);
            db_bind_int64(ins, 1, period);
            db_bind_int64(ins, 2, tenant);
            db_bind_int64(ins, 3, d.e[i].id);
            if (o.has_perf)
                db_bind_int64(ins, 4, o.perf);
            else
                db_bind_null(ins, 4);
            if (o.has_pot)
                db_bind_int64(ins, 5, o.pot);
            else
                db_bind_null(ins, 5);
            if (o.box)
                db_bind_int64(ins, 6, o.box);
            else
                db_bind_null(ins, 6);
            db_bind_int64(ins, 7, o.eligible);
            db_bind_text(ins, 8, rs);
            db_bind_text(ins, 9, ds);
            free(rs);
            free(ds);
            if (db_step(ins, err) != DB_DONE) {
                json_decref(o.reasons);
                json_decref(o.detail);
                goto out;
            }
        }
        json_decref(o.reasons);
        json_decref(o.detail);
    }
    if (ins) {
        db_finalize(ins);
        ins = NULL;
        /* calibrated boxes survive a recomputation: the latest change per person */
        if (wc_exec(db,
                    "UPDATE talent_placement SET box = (SELECT c.to_box FROM talent_calibration c"
                    " WHERE c.period_id = talent_placement.period_id AND c.employee_id ="
                    " talent_placement.employee_id ORDER BY c.id DESC LIMIT 1)"
                    " WHERE period_id = $1 AND EXISTS (SELECT 1 FROM talent_calibration c"
                    " WHERE c.period_id = talent_placement.period_id AND c.employee_id ="
                    " talent_placement.employee_id)",
                    err, "i", period) != 0)
            goto out;
        {
            /* a recomputation moves boxes: who ran it, when and on what is on the record */
            char obj[96], after[128];

            snprintf(obj, sizeof(obj), "talent:%s", run->code);
            snprintf(after, sizeof(after), "year=%d as_of=%s policy=%d", run->year, run->as_of,
                     pol->version);
            if (audit_append(db, tenant, run->now, run->actor ? run->actor : "operator",
                             "talent.map", obj, NULL, after, NULL, err) != 0)
                goto out;
        }
    }
    if (db_commit(db, err) != 0)
        goto out;
    sum = json_object();
    json_object_set_new(sum, "period", json_string(run->code));
    json_object_set_new(sum, "year", json_integer(run->year));
    json_object_set_new(sum, "as_of", json_string(run->as_of));
    json_object_set_new(sum, "policy_version", json_integer(pol->version));
    json_object_set_new(sum, "dry_run", json_boolean(run->dry_run));
    json_object_set_new(sum, "employees", json_integer((json_int_t)d.ne));
    json_object_set_new(sum, "eligible", json_integer(eligible));
    {
        json_t *g = json_object();
        for (int b = 1; b <= 9; b++) {
            char k[4];
            snprintf(k, sizeof(k), "%d", b);
            json_object_set_new(g, k, json_integer(grid[b]));
        }
        json_object_set_new(sum, "boxes", g);
    }
    json_object_set_new(sum, "pool", json_integer(pool));
    json_object_set_new(sum, "pool_by_jenjang", pool_by);
    pool_by = NULL;
    json_object_set_new(sum, "reasons", reasons);
    reasons = NULL;
    {
        static const char *const names[4] = {"performance_mid", "performance_high", "potential_mid",
                                             "potential_high"};
        json_t *s = json_object();
        for (int w = 0; w < 4; w++)
            json_object_set_new(
                s, names[w],
                json_pack(
                    "{s:I, s:I}", "minus_1",
                    (json_int_t)talent_sensitivity(&pol->talent.perf.cuts, &pol->talent.pot.cuts,
                                                   (const int64_t(*)[2])scores, nscored, w, -100),
                    "plus_1",
                    (json_int_t)talent_sensitivity(&pol->talent.perf.cuts, &pol->talent.pot.cuts,
                                                   (const int64_t(*)[2])scores, nscored, w, 100)));
        json_object_set_new(sum, "sensitivity", s);
    }
    *summary = sum;
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    db_finalize(ins);
    json_decref(reasons);
    json_decref(pool_by);
    free(scores);
    if (loaded)
        td_free(&d);
    policy_free(pol);
    return rc;
}

static json_t *box_json(int box)
{
    const struct talent_box *b = talent_box_get(box);

    if (!b)
        return json_null();
    return json_pack("{s:i, s:s, s:s, s:s, s:s}", "box", b->box, "label_id", b->label_id,
                     "label_en", b->label_en, "followup_id", b->followup_id, "followup_en",
                     b->followup_en);
}

static json_t *bp_or_null(struct db_stmt *st, int col)
{
    return db_col_isnull(st, col) ? json_null() : json_real(db_col_int64(st, col) / 100.0);
}

static const char *const hint_component[TALENT_C_COUNT] = {
    "", "jpm", "potential", "qualification", "track_record", "integrity"};

/* the moves up with, per axis, the record (an SKP year raised to the top rating) or the
 * component score (the others as they are) that reaches the next level */
static int talent_hints(struct db *db, int64_t period, int64_t emp, const struct talent_policy *tp,
                        int64_t perf, int64_t pot, json_t *components, json_t *arr,
                        struct merit_error *err)
{
    struct talent_gap g[2];
    struct talent_skp skp[16];
    struct arena a;
    struct db_stmt *st;
    size_t nskp = 0, top = 0;
    int64_t year = 0;
    char pid[24];
    int n, step;

    snprintf(pid, sizeof(pid), "%lld", (long long)period);
    if (db_query_int64(db, "SELECT year FROM talent_period WHERE id = CAST($1 AS BIGINT)",
                       (const char *const[]){pid}, 1, &year, err) != 0)
        return -1;
    arena_init(&a, 1024);
    st = db_prepare(db,
                    "SELECT year, rating_hasil, predikat FROM hist_skp WHERE employee_id = $1"
                    " AND year >= $2 AND year < $3 ORDER BY year",
                    err);
    if (!st) {
        arena_free(&a);
        return -1;
    }
    db_bind_int64(st, 1, emp);
    db_bind_int64(st, 2, year - tp->perf.years);
    db_bind_int64(st, 3, year);
    while ((step = db_step(st, err)) == DB_ROW && nskp < 16) {
        skp[nskp].year = (int)db_col_int64(st, 0);
        skp[nskp].rating_hasil = arena_strdup(&a, db_col_text(st, 1));
        skp[nskp].predikat = arena_strdup(&a, db_col_text(st, 2));
        nskp++;
    }
    db_finalize(st);
    if (step == DB_ERROR) {
        arena_free(&a);
        return -1;
    }
    for (size_t i = 1; i < tp->perf.nmap; i++)
        if (tp->perf.map[i].score_bp > tp->perf.map[top].score_bp)
            top = i;
    n = talent_moves_up(&tp->perf.cuts, &tp->pot.cuts, perf, pot, g);
    for (int i = 0; i < n; i++) {
        json_t *h =
            json_pack("{s:s, s:f, s:f}", "axis", g[i].axis == 0 ? "performance" : "potential",
                      "score", g[i].score_bp / 100.0, "needed", g[i].needed_bp / 100.0);
        if (g[i].axis == 0) {
            int y = talent_perf_year_to_raise(&tp->perf, (int)year, skp, nskp,
                                              tp->perf.map[top].code, g[i].needed_bp);
            if (y)
                json_object_set_new(
                    h, "record",
                    json_pack("{s:i, s:s}", "skp_year", y, "to", tp->perf.map[top].code));
        } else {
            struct talent_inputs in;
            json_t *need = json_object();
            memset(&in, 0, sizeof(in));
            for (int k = 1; k < TALENT_C_COUNT; k++) {
                json_t *v = json_object_get(components, hint_component[k]);
                if (json_is_number(v)) {
                    in.score[k] = (int64_t)(json_number_value(v) * 100 + 0.5);
                    in.has[k] = 1;
                }
            }
            for (size_t k = 0; k < tp->pot.nweights; k++) {
                enum talent_component c = tp->pot.weights[k].component;
                int64_t x;
                if (talent_component_needed(&tp->pot, &in, c, g[i].needed_bp, &x) == 0 &&
                    x > in.score[c])
                    json_object_set_new(need, hint_component[c], json_real(x / 100.0));
            }
            json_object_set_new(h, "components", need);
        }
        json_array_append_new(arr, h);
    }
    arena_free(&a);
    return 0;
}

int talent_show(struct db *db, int64_t tenant, const char *period, const char *nip, json_t **out,
                struct merit_error *err)
{
    struct policy *pol = NULL;
    struct db_stmt *st = NULL;
    int64_t pid = 0, policy_id = 0, emp = 0, perf = 0, pot = 0;
    char status[16];
    json_t *o = NULL, *arr;
    json_error_t je;
    int step, rc = -1, has_scores;

    *out = NULL;
    if (talent_period_find(db, tenant, period, &pid, status, &policy_id, err) != 0 ||
        policy_load_id(db, tenant, policy_id, &pol, err) != 0)
        goto out;
    st = db_prepare(db,
                    "SELECT e.id, e.nip, e.name, COALESCE(po.code, ''), COALESCE(po.jenjang_code,"
                    " ''), tp.perf_bp, tp.pot_bp, tp.computed_box, tp.box, tp.eligible,"
                    " tp.reasons, tp.detail FROM talent_placement tp JOIN employee e ON e.id ="
                    " tp.employee_id LEFT JOIN position po ON po.id = e.position_id"
                    " WHERE tp.period_id = $1 AND e.nip = $2",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, pid);
    db_bind_text(st, 2, nip);
    step = db_step(st, err);
    if (step != DB_ROW) {
        if (step == DB_DONE)
            err_set(err, MERIT_ENOTFOUND, "%s %s %s", T("NIP", "NIP"), nip,
                    T("tidak ada dalam periode ini", "is not in this period"));
        goto out;
    }
    o = json_object();
    emp = db_col_int64(st, 0);
    json_object_set_new(o, "period", json_string(period));
    json_object_set_new(o, "period_status", json_string(status));
    json_object_set_new(o, "policy_version", json_integer(pol->version));
    json_object_set_new(o, "nip", json_string(db_col_text(st, 1)));
    json_object_set_new(o, "name", json_string(db_col_text(st, 2)));
    json_object_set_new(o, "position", json_string(db_col_text(st, 3)));
    json_object_set_new(o, "jenjang", json_string(db_col_text(st, 4)));
    json_object_set_new(o, "performance", bp_or_null(st, 5));
    json_object_set_new(o, "potential", bp_or_null(st, 6));
    json_object_set_new(o, "computed_box",
                        db_col_isnull(st, 7) ? json_null() : box_json((int)db_col_int64(st, 7)));
    json_object_set_new(o, "box",
                        db_col_isnull(st, 8) ? json_null() : box_json((int)db_col_int64(st, 8)));
    json_object_set_new(o, "eligible", json_boolean(db_col_int64(st, 9)));
    json_object_set_new(o, "in_pool",
                        json_boolean(db_col_int64(st, 9) && !db_col_isnull(st, 8) &&
                                     db_col_int64(st, 8) >= pol->talent.pool_min_box));
    json_object_set_new(o, "reasons", json_loads(db_col_text(st, 10), 0, &je));
    json_object_set_new(o, "detail", json_loads(db_col_text(st, 11), 0, &je));
    /* what would move the person up: the score each axis needs, and which record or
     * component would get it there */
    has_scores = !db_col_isnull(st, 5) && !db_col_isnull(st, 6);
    perf = db_col_int64(st, 5);
    pot = db_col_int64(st, 6);
    db_finalize(st);
    st = NULL;
    arr = json_array();
    json_object_set_new(o, "moves_up", arr);
    if (has_scores &&
        talent_hints(db, pid, emp, &pol->talent, perf, pot,
                     json_object_get(json_object_get(o, "detail"), "components"), arr, err) != 0)
        goto out;
    st = db_prepare(db,
                    "SELECT from_box, to_box, stage, actor, reason, created_at FROM"
                    " talent_calibration WHERE period_id = $1 AND employee_id = $2 ORDER BY id",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, pid);
    db_bind_int64(st, 2, emp);
    arr = json_array();
    json_object_set_new(o, "calibration", arr);
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(
            arr,
            json_pack("{s:I, s:I, s:s, s:s, s:s, s:s}", "from", (json_int_t)db_col_int64(st, 0),
                      "to", (json_int_t)db_col_int64(st, 1), "stage", db_col_text(st, 2), "actor",
                      db_col_text(st, 3), "reason", db_col_text(st, 4), "at", db_col_text(st, 5)));
    if (step != DB_DONE)
        goto out;
    *out = o;
    o = NULL;
    rc = 0;
out:
    db_finalize(st);
    json_decref(o);
    policy_free(pol);
    return rc;
}

int talent_list(struct db *db, int64_t tenant, const char *period, const struct talent_filter *f,
                json_t **out, struct merit_error *err)
{
    struct policy *pol = NULL;
    struct db_stmt *st = NULL;
    int64_t pid = 0, policy_id = 0;
    json_t *arr = NULL;
    json_error_t je;
    int step, rc = -1;

    *out = NULL;
    if (talent_period_find(db, tenant, period, &pid, NULL, &policy_id, err) != 0 ||
        policy_load_id(db, tenant, policy_id, &pol, err) != 0)
        goto out;
    st =
        db_prepare(db,
                   "SELECT e.nip, e.name, COALESCE(po.code, ''), COALESCE(po.jenjang_code, ''),"
                   " COALESCE(u.name, ''), tp.perf_bp, tp.pot_bp, tp.box, tp.eligible, tp.reasons,"
                   " COALESCE(u.code, '') FROM talent_placement tp JOIN employee e ON e.id ="
                   " tp.employee_id LEFT JOIN position po ON po.id = e.position_id"
                   " LEFT JOIN unit u ON u.id = e.unit_id WHERE tp.period_id = $1"
                   " AND ($2 = 0 OR tp.box = $2) AND ($3 = 0 OR (tp.eligible = 1 AND tp.box >= $4))"
                   " AND ($5 = '' OR po.jenjang_code = $5) AND ($6 = '' OR u.code = $6)"
                   " AND ($7 < 0 OR tp.eligible = $7)"
                   " ORDER BY tp.box DESC, tp.pot_bp DESC, tp.perf_bp DESC, e.nip",
                   err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, pid);
    db_bind_int64(st, 2, f->box);
    db_bind_int64(st, 3, f->pool_only);
    db_bind_int64(st, 4, pol->talent.pool_min_box);
    db_bind_text(st, 5, f->jenjang ? f->jenjang : "");
    db_bind_text(st, 6, f->unit ? f->unit : "");
    db_bind_int64(st, 7, f->eligible);
    arr = json_array();
    while ((step = db_step(st, err)) == DB_ROW) {
        json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s}", "nip", db_col_text(st, 0), "name",
                              db_col_text(st, 1), "position", db_col_text(st, 2), "jenjang",
                              db_col_text(st, 3), "unit", db_col_text(st, 4));
        json_object_set_new(o, "unit_code", json_string(db_col_text(st, 10)));
        json_object_set_new(o, "performance", bp_or_null(st, 5));
        json_object_set_new(o, "potential", bp_or_null(st, 6));
        json_object_set_new(o, "box",
                            db_col_isnull(st, 7) ? json_null() : json_integer(db_col_int64(st, 7)));
        json_object_set_new(o, "eligible", json_boolean(db_col_int64(st, 8)));
        json_object_set_new(o, "reasons", json_loads(db_col_text(st, 9), 0, &je));
        json_array_append_new(arr, o);
    }
    if (step != DB_DONE)
        goto out;
    *out = arr;
    arr = NULL;
    rc = 0;
out:
    db_finalize(st);
    json_decref(arr);
    policy_free(pol);
    return rc;
}
