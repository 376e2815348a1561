#include "services/fit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "base/strmap.h"
#include "base/xmalloc.h"
#include "domain/fit.h"
#include "io/table_writer.h"
#include "services/policy.h"
#include "services/wave.h"
#include "services/wave_common.h"

/* everything the matrix is computed from, loaded once */
struct fit_data {
    struct arena a;
    struct strmap comp; /* competency code -> index */
    size_t ncomp;
    struct fit_person *people;
    const char **p_nip, **p_name, **p_unit, **p_wave;
    int64_t *p_current; /* current position id (0 = none) */
    int64_t *p_unit_id;
    size_t np, capp;
    struct fit_position *pos;
    const char **q_code, **q_name, **q_unit;
    size_t nq, capq;
    struct policy *policy;
    const struct jpm_scale *scale;
};

static void fd_free(struct fit_data *d)
{
    for (size_t i = 0; i < d->np; i++)
        free((void *)d->people[i].lki);
    for (size_t i = 0; i < d->nq; i++) {
        free((void *)d->pos[i].comp);
        free((void *)d->pos[i].lkj);
    }
    free(d->people);
    free(d->p_nip);
    free(d->p_name);
    free(d->p_unit);
    free(d->p_wave);
    free(d->p_current);
    free(d->p_unit_id);
    free(d->pos);
    free(d->q_code);
    free(d->q_name);
    free(d->q_unit);
    strmap_free(&d->comp);
    arena_free(&d->a);
    policy_free(d->policy);
}

static int comp_index(struct fit_data *d, const char *code)
{
    int64_t v;

    if (strmap_get(&d->comp, code, strlen(code), &v))
        return (int)v;
    if (d->ncomp >= FIT_NCOMP_MAX)
        return -1;
    strmap_set(&d->comp, code, strlen(code), (int64_t)d->ncomp);
    return (int)d->ncomp++;
}

static int fd_positions(struct db *db, int64_t tenant, struct fit_data *d, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT p.id, p.code, p.name, COALESCE(u.name, ''), COALESCE(gmin.rank_order, 0),"
        " COALESCE(gmax.rank_order, 0), COALESCE(ed.rank_order, 0), s.competency_code, s.level"
        " FROM position p LEFT JOIN unit u ON u.id = p.unit_id"
        " LEFT JOIN ref_golongan gmin ON gmin.code = p.golongan_min"
        " LEFT JOIN ref_golongan gmax ON gmax.code = p.golongan_max"
        " LEFT JOIN ref_education ed ON ed.code = p.education_min"
        " JOIN skj_item s ON s.position_id = p.id WHERE p.tenant_id = $1"
        " ORDER BY p.code, s.competency_code",
        err);
    int step;
    int64_t last = -1;
    uint16_t comp[FIT_SKJ_MAX];
    uint8_t lkj[FIT_SKJ_MAX];

    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    while ((step = db_step(st, err)) == DB_ROW) {
        int64_t id = db_col_int64(st, 0);
        struct fit_position *q;
        int ci;

        if (id != last) {
            if (d->nq == d->capq) {
                d->capq = d->capq ? d->capq * 2 : 1024;
                d->pos = xreallocarray(d->pos, d->capq, sizeof(*d->pos));
                d->q_code = xreallocarray(d->q_code, d->capq, sizeof(char *));
                d->q_name = xreallocarray(d->q_name, d->capq, sizeof(char *));
                d->q_unit = xreallocarray(d->q_unit, d->capq, sizeof(char *));
            }
            q = &d->pos[d->nq];
            memset(q, 0, sizeof(*q));
            q->id = id;
            q->gol_min_rank = (int)db_col_int64(st, 4);
            q->gol_max_rank = (int)db_col_int64(st, 5);
            q->edu_min_rank = (int)db_col_int64(st, 6);
            q->comp = xmalloc(sizeof(comp));
            q->lkj = xmalloc(sizeof(lkj));
            d->q_code[d->nq] = arena_strdup(&d->a, db_col_text(st, 1));
            d->q_name[d->nq] = arena_strdup(&d->a, db_col_text(st, 2));
            d->q_unit[d->nq] = arena_strdup(&d->a, db_col_text(st, 3));
            d->nq++;
            last = id;
        }
        q = &d->pos[d->nq - 1];
        ci = comp_index(d, db_col_text(st, 7));
        if (ci < 0 || q->n >= FIT_SKJ_MAX)
            continue;
        ((uint16_t *)q->comp)[q->n] = (uint16_t)ci;
        ((uint8_t *)q->lkj)[q->n] = (uint8_t)(db_col_int64(st, 8) * 10);
        q->n++;
    }
    db_finalize(st);
    return step == DB_DONE ? 0 : -1;
}

/* people: current revision, latest finalised per employee, valid today */
static int fd_people(struct db *db, int64_t tenant, const char *today, int64_t wave,
                     struct fit_data *d, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT r.employee_id, e.nip, e.name, COALESCE(u.name, ''), w.code,"
        " COALESCE(e.position_id, 0), COALESCE(e.unit_id, 0), COALESCE(g.rank_order, 0),"
        " COALESCE(ed.rank_order, 0), ri.target_code, ri.lki"
        " FROM result r JOIN employee e ON e.id = r.employee_id JOIN wave w ON w.id = r.wave_id"
        " LEFT JOIN unit u ON u.id = e.unit_id"
        " LEFT JOIN ref_golongan g ON g.code = e.golongan AND e.status = 'PNS'"
        " LEFT JOIN ref_education ed ON ed.code = e.education"
        " JOIN result_item ri ON ri.result_id = r.id AND ri.target_kind <> 'potensi'"
        " WHERE r.tenant_id = $1 AND r.valid_until >= $2 AND ($3 = 0 OR r.wave_id = $3)"
        " AND NOT EXISTS (SELECT 1 FROM result r2 WHERE r2.participant_id = r.participant_id"
        " AND r2.revision > r.revision)"
        " ORDER BY e.nip, r.finalised_at DESC, r.id DESC",
        err);
    int step;
    int64_t last_emp = -1, last_res_emp = -1;
    const char *last_wave = NULL;

    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, today);
    db_bind_int64(st, 3, wave);
    while ((step = db_step(st, err)) == DB_ROW) {
        int64_t emp = db_col_int64(st, 0);
        const char *wv = db_col_text(st, 4);

        if (emp != last_emp) {
            if (d->np == d->capp) {
                d->capp = d->capp ? d->capp * 2 : 1024;
                d->people = xreallocarray(d->people, d->capp, sizeof(*d->people));
                d->p_nip = xreallocarray(d->p_nip, d->capp, sizeof(char *));
                d->p_name = xreallocarray(d->p_name, d->capp, sizeof(char *));
                d->p_unit = xreallocarray(d->p_unit, d->capp, sizeof(char *));
                d->p_wave = xreallocarray(d->p_wave, d->capp, sizeof(char *));
                d->p_current = xreallocarray(d->p_current, d->capp, sizeof(int64_t));
                d->p_unit_id = xreallocarray(d->p_unit_id, d->capp, sizeof(int64_t));
            }
            memset(&d->people[d->np], 0, sizeof(d->people[0]));
            d->people[d->np].id = emp;
            d->people[d->np].gol_rank = (int)db_col_int64(st, 7);
            d->people[d->np].edu_rank = (int)db_col_int64(st, 8);
            /* positions are loaded first: only competencies some SKJ uses matter */
            d->people[d->np].lki = xcalloc(d->ncomp ? d->ncomp : 1, 1);
            d->p_nip[d->np] = arena_strdup(&d->a, db_col_text(st, 1));
            d->p_name[d->np] = arena_strdup(&d->a, db_col_text(st, 2));
            d->p_unit[d->np] = arena_strdup(&d->a, db_col_text(st, 3));
            d->p_wave[d->np] = arena_strdup(&d->a, wv);
            d->p_current[d->np] = db_col_int64(st, 5);
            d->p_unit_id[d->np] = db_col_int64(st, 6);
            d->np++;
            last_emp = emp;
            last_res_emp = emp;
            last_wave = d->p_wave[d->np - 1];
        } else if (last_res_emp == emp && strcmp(wv, last_wave) != 0) {
            continue; /* an older wave's result of the same employee */
        }
        {
            int64_t v;
            const char *code = db_col_text(st, 9);
            if (strmap_get(&d->comp, code, strlen(code), &v))
                ((uint8_t *)d->people[d->np - 1].lki)[v] = (uint8_t)db_col_int64(st, 10);
        }
    }
    db_finalize(st);
    return step == DB_DONE ? 0 : -1;
}

static int fd_load(struct db *db, int64_t tenant, const char *today, const char *wave,
                   struct fit_data *d, struct merit_error *err)
{
    int64_t wave_id = 0;

    memset(d, 0, sizeof(*d));
    arena_init(&d->a, 64 * 1024);
    strmap_init(&d->comp);
    if (wave && wave_find(db, tenant, wave, &wave_id, err) != 0)
        return -1;
    if (policy_in_force(db, tenant, today, &d->policy, err) != 0)
        return -1;
    d->scale = scoring_scale(&d->policy->scoring, "pemetaan");
    if (fd_positions(db, tenant, d, err) != 0 || fd_people(db, tenant, today, wave_id, d, err))
        return -1;
    return 0;
}

static json_t *unmet_json(unsigned unmet)
{
    json_t *a = json_array();

    if (unmet & FIT_REQ_GOLONGAN_LOW)
        json_array_append_new(a, json_string("golongan_low"));
    if (unmet & FIT_REQ_GOLONGAN_HIGH)
        json_array_append_new(a, json_string("golongan_high"));
    if (unmet & FIT_REQ_EDUCATION)
        json_array_append_new(a, json_string("education"));
    if (unmet & FIT_REQ_GOLONGAN_UNKNOWN)
        json_array_append_new(a, json_string("golongan_unknown"));
    if (unmet & FIT_REQ_EDUCATION_UNKNOWN)
        json_array_append_new(a, json_string("education_unknown"));
    return a;
}

static json_t *cell_json(const struct fit_data *d, const struct fit_cell *c, int pi, int qi,
                         int rank)
{
    json_t *o = json_object();
    const struct jpm_category *cat = c->category >= 0 ? &d->scale->cat[c->category] : NULL;

    json_object_set_new(o, "rank", json_integer(rank));
    if (pi >= 0) {
        json_object_set_new(o, "nip", json_string(d->p_nip[pi]));
        json_object_set_new(o, "name", json_string(d->p_name[pi]));
        json_object_set_new(o, "unit", json_string(d->p_unit[pi]));
    }
    if (qi >= 0) {
        json_object_set_new(o, "position", json_string(d->q_code[qi]));
        json_object_set_new(o, "position_name", json_string(d->q_name[qi]));
        json_object_set_new(o, "position_unit", json_string(d->q_unit[qi]));
    }
    json_object_set_new(o, "jpm", json_real(c->jpm_bp / 100.0));
    json_object_set_new(o, "category", cat ? json_string(cat->code) : json_null());
    json_object_set_new(o, "category_label",
                        cat ? json_string(T(cat->label_id, cat->label_en)) : json_null());
    json_object_set_new(o, "covered", json_integer(c->covered));
    json_object_set_new(o, "items", json_integer(d->pos[qi >= 0 ? qi : c->position].n));
    json_object_set_new(o, "below", json_integer(c->below));
    json_object_set_new(o, "meets_requirements", json_boolean(c->unmet == 0));
    json_object_set_new(o, "unmet", unmet_json(c->unmet));
    return o;
}

int fit_person(struct db *db, int64_t tenant, const char *nip, const char *today, long top,
               json_t **out, struct merit_error *err)
{
    struct fit_data d;
    struct fit_cell *cells = NULL;
    json_t *o = NULL, *arr;
    size_t pi;
    int rc = -1;

    *out = NULL;
    if (fd_load(db, tenant, today, NULL, &d, err) != 0)
        goto out;
    for (pi = 0; pi < d.np; pi++)
        if (strcmp(d.p_nip[pi], nip) == 0)
            break;
    if (pi == d.np) {
        err_set(err, MERIT_ENOTFOUND, "%s %s %s", T("NIP", "NIP"), nip,
                T("tidak punya hasil asesmen final yang masih berlaku",
                  "has no valid finalised assessment result"));
        goto out;
    }
    if (fit_rank_positions(&d.people[pi], d.pos, d.nq, d.ncomp, d.policy->scoring.cap, d.scale,
                           &cells) != 0) {
        err_set(err, MERIT_EINTERNAL, "fit: unusable input for %s", nip);
        goto out;
    }
    o = json_object();
    json_object_set_new(o, "nip", json_string(nip));
    json_object_set_new(o, "name", json_string(d.p_name[pi]));
    json_object_set_new(o, "unit", json_string(d.p_unit[pi]));
    json_object_set_new(o, "wave", json_string(d.p_wave[pi]));
    json_object_set_new(o, "policy_version", json_integer(d.policy->version));
    json_object_set_new(o, "positions_total", json_integer((json_int_t)d.nq));
    json_object_set_new(o, "current", json_null());
    arr = json_array();
    for (size_t i = 0; i < d.nq; i++) {
        int qi = cells[i].position;
        if (d.pos[qi].id == d.p_current[pi]) {
            json_t *c = cell_json(&d, &cells[i], -1, qi, cells[i].rank_person);
            json_object_set_new(o, "current", c);
        }
        if (top == 0 || (long)i < top)
            json_array_append_new(arr, cell_json(&d, &cells[i], -1, qi, cells[i].rank_person));
    }
    json_object_set_new(o, "positions", arr);
    *out = o;
    rc = 0;
out:
    free(cells);
    fd_free(&d);
    return rc;
}

struct fit_ctx {
    struct fit_data d;
};

int fit_ctx_load(struct db *db, int64_t tenant, const char *today, struct fit_ctx **out,
                 struct merit_error *err)
{
    struct fit_ctx *c = xcalloc(1, sizeof(*c));

    *out = NULL;
    if (fd_load(db, tenant, today, NULL, &c->d, err) != 0) {
        fd_free(&c->d);
        free(c);
        return -1;
    }
    *out = c;
    return 0;
}

void fit_ctx_free(struct fit_ctx *c)
{
    if (!c)
        return;
    fd_free(&c->d);
    free(c);
}

int fit_ctx_rank_position(struct fit_ctx *c, const char *code, long top, json_t **out,
                          struct merit_error *err)
{
    struct fit_data *d = &c->d;
    struct fit_cell *cells = NULL;
    json_t *o, *arr;
    size_t qi;

    *out = NULL;
    for (qi = 0; qi < d->nq; qi++)
        if (strcmp(d->q_code[qi], code) == 0)
            break;
    if (qi == d->nq)
        return err_set(err, MERIT_ENOTFOUND, "%s '%s' %s", T("jabatan", "position"), code,
                       T("tidak ditemukan atau tanpa SKJ", "not found or without an SKJ"));
    if (d->np && fit_rank_people(&d->pos[qi], d->people, d->np, d->ncomp, d->policy->scoring.cap,
                                 d->scale, &cells) != 0)
        return err_set(err, MERIT_EINTERNAL, "fit: unusable input for %s", code);
    o = json_object();
    json_object_set_new(o, "position", json_string(code));
    json_object_set_new(o, "position_name", json_string(d->q_name[qi]));
    json_object_set_new(o, "unit", json_string(d->q_unit[qi]));
    json_object_set_new(o, "policy_version", json_integer(d->policy->version));
    json_object_set_new(o, "people_total", json_integer((json_int_t)d->np));
    arr = json_array();
    for (size_t i = 0; i < d->np && (top == 0 || (long)i < top); i++) {
        json_t *cj = cell_json(d, &cells[i], cells[i].person, (int)qi, cells[i].rank_position);
        json_object_set_new(cj, "holds_it",
                            json_boolean(d->p_current[cells[i].person] == d->pos[qi].id));
        json_array_append_new(arr, cj);
    }
    json_object_set_new(o, "people", arr);
    free(cells);
    *out = o;
    return 0;
}

size_t fit_ctx_npeople(const struct fit_ctx *c)
{
    return c->d.np;
}

const char *fit_ctx_nip(const struct fit_ctx *c, size_t i)
{
    return c->d.p_nip[i];
}

const char *fit_ctx_name(const struct fit_ctx *c, size_t i)
{
    return c->d.p_name[i];
}

int64_t fit_ctx_current(const struct fit_ctx *c, size_t i)
{
    return c->d.p_current[i];
}

long fit_ctx_position(const struct fit_ctx *c, const char *code)
{
    for (size_t q = 0; q < c->d.nq; q++)
        if (strcmp(c->d.q_code[q], code) == 0)
            return (long)q;
    return -1;
}

int64_t fit_ctx_position_id(const struct fit_ctx *c, size_t q)
{
    return c->d.pos[q].id;
}

const char *fit_ctx_position_code(const struct fit_ctx *c, size_t q)
{
    return c->d.q_code[q];
}

const char *fit_ctx_position_name(const struct fit_ctx *c, size_t q)
{
    return c->d.q_name[q];
}

int fit_ctx_cell(const struct fit_ctx *c, size_t person, size_t q, struct fit_cell *out)
{
    return fit_cell_eval(&c->d.people[person], &c->d.pos[q], c->d.ncomp, c->d.policy->scoring.cap,
                         c->d.scale, out);
}

int fit_position(struct db *db, int64_t tenant, const char *code, const char *today, long top,
                 json_t **out, struct merit_error *err)
{
    struct fit_ctx *c = NULL;
    int rc;

    *out = NULL;
    if (fit_ctx_load(db, tenant, today, &c, err) != 0)
        return -1;
    rc = fit_ctx_rank_position(c, code, top, out, err);
    fit_ctx_free(c);
    return rc;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* the ids of unit and everything under it, sorted */
static int unit_subtree(struct db *db, int64_t unit, int64_t **out, size_t *n,
                        struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db,
                                    "WITH RECURSIVE sub(id) AS (SELECT CAST($1 AS BIGINT) UNION ALL"
                                    " SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id)"
                                    " SELECT id FROM sub ORDER BY id",
                                    err);
    size_t cap = 0;
    int step;

    *out = NULL;
    *n = 0;
    if (!st)
        return -1;
    db_bind_int64(st, 1, unit);
    while ((step = db_step(st, err)) == DB_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 64;
            *out = xreallocarray(*out, cap, sizeof(**out));
        }
        (*out)[(*n)++] = db_col_int64(st, 0);
    }
    db_finalize(st);
    return step == DB_DONE ? 0 : -1;
}

int fit_better(struct db *db, int64_t tenant, const char *today, const char *unit, const char *wave,
               int64_t margin_bp, int any_level, json_t **out, struct merit_error *err)
{
    struct fit_data d;
    struct fit_cell *cells = NULL;
    json_t *arr = NULL;
    int64_t unit_id = 0, *within = NULL;
    size_t nwithin = 0;
    int rc = -1;

    *out = NULL;
    if (fd_load(db, tenant, today, wave, &d, err) != 0)
        goto out;
    if (unit) {
        char t[24];
        snprintf(t, sizeof(t), "%lld", (long long)tenant);
        if (db_query_int64(db,
                           "SELECT id FROM unit WHERE tenant_id = CAST($1 AS BIGINT) AND code = $2",
                           (const char *const[]){t, unit}, 2, &unit_id, err) != 0)
            goto out;
        if (!unit_id) {
            err_set(err, MERIT_ENOTFOUND, "%s '%s' %s", T("unit", "unit"), unit,
                    T("tidak ditemukan", "not found"));
            goto out;
        }
        if (unit_subtree(db, unit_id, &within, &nwithin, err) != 0)
            goto out;
    }
    arr = json_array();
    for (size_t pi = 0; pi < d.np; pi++) {
        const struct fit_cell *best = NULL, *cur = NULL;

        if (unit_id && !bsearch(&d.p_unit_id[pi], within, nwithin, sizeof(*within), cmp_i64))
            continue;
        free(cells);
        cells = NULL;
        if (fit_rank_positions(&d.people[pi], d.pos, d.nq, d.ncomp, d.policy->scoring.cap, d.scale,
                               &cells) != 0)
            continue;
        /* among the requirement-met positions of the highest JPM, the most demanding
         * (highest mean standard): capped at 100 %, a strong person "fits" every
         * easier position equally, and the best use of them is the hardest one met */
        for (size_t i = 0; i < d.nq; i++)
            if (d.pos[cells[i].position].id == d.p_current[pi])
                cur = &cells[i];
        if (!cur || cur->covered == 0)
            continue;
        for (size_t i = 0; i < d.nq; i++) {
            const struct fit_cell *x = &cells[i];
            /* a less demanding position (lower mean standard) is "fitted" trivially: that is a
             * step down, shown only with any_level */
            if (!any_level && x->covered > 0 &&
                (int64_t)x->sum_lkj * cur->covered < (int64_t)cur->sum_lkj * x->covered)
                continue;
            if (x->unmet == 0 && x->covered > 0 &&
                (!best || x->jpm_bp > best->jpm_bp ||
                 (x->jpm_bp == best->jpm_bp &&
                  (int64_t)x->sum_lkj * best->covered > (int64_t)best->sum_lkj * x->covered)))
                best = x;
        }
        if (!best || !cur || best == cur || best->jpm_bp - cur->jpm_bp < margin_bp)
            continue;
        {
            json_t *o = json_object();
            json_object_set_new(o, "nip", json_string(d.p_nip[pi]));
            json_object_set_new(o, "name", json_string(d.p_name[pi]));
            json_object_set_new(o, "unit", json_string(d.p_unit[pi]));
            json_object_set_new(o, "current",
                                cell_json(&d, cur, -1, cur->position, cur->rank_person));
            json_object_set_new(o, "best",
                                cell_json(&d, best, -1, best->position, best->rank_person));
            json_object_set_new(o, "gain", json_real((best->jpm_bp - cur->jpm_bp) / 100.0));
            json_array_append_new(arr, o);
        }
    }
    *out = arr;
    arr = NULL;
    rc = 0;
out:
    json_decref(arr);
    free(cells);
    free(within);
    fd_free(&d);
    return rc;
}

int fit_matrix_export(struct db *db, int64_t tenant, const char *today, const char *wave, long k,
                      const char *path, long *rows, struct merit_error *err)
{
    static const char *const header[] = {"daftar",
                                         "nip",
                                         "nama",
                                         "unit_pegawai",
                                         "jabatan",
                                         "nama_jabatan",
                                         "unit_jabatan",
                                         "jpm",
                                         "kategori",
                                         "peringkat_bagi_pegawai",
                                         "peringkat_bagi_jabatan",
                                         "tercakup",
                                         "butir_skj",
                                         "memenuhi_syarat"};
    struct fit_data d;
    struct fit_topk t;
    struct table_writer *w = NULL;
    const char *ext = strrchr(path, '.');
    int rc = -1;

    *rows = 0;
    memset(&t, 0, sizeof(t));
    if (k < 1 || k > 1000)
        return err_set_at(err, MERIT_EINVAL, 0, "top", "%s", T("--top 1-1000", "--top 1-1000"));
    if (fd_load(db, tenant, today, wave, &d, err) != 0)
        goto out;
    if (d.np == 0 || d.nq == 0) {
        err_set(err, MERIT_ENOTFOUND, "%s",
                T("belum ada hasil final yang berlaku atau jabatan dengan SKJ",
                  "there are no valid finalised results or positions with an SKJ yet"));
        goto out;
    }
    if (fit_matrix_topk(d.people, d.np, d.pos, d.nq, d.ncomp, (size_t)k, d.policy->scoring.cap,
                        d.scale, &t) != 0) {
        err_set(err, MERIT_EINTERNAL, "fit: unusable input");
        goto out;
    }
    if (table_writer_open(path, ext && strcmp(ext, ".xlsx") == 0 ? TABLE_XLSX : TABLE_CSV,
                          "kecocokan", header, NULL, 14, NULL, 0, &w, err) != 0)
        goto out;
    for (int side = 0; side < 2; side++) {
        size_t lists = side == 0 ? t.npeople : t.npositions, per = side == 0 ? t.kp : t.kq;
        const struct fit_cell *cells = side == 0 ? t.by_person : t.by_position;

        for (size_t i = 0; i < lists * per; i++) {
            const struct fit_cell *c = &cells[i];
            const struct jpm_category *cat = c->category >= 0 ? &d.scale->cat[c->category] : NULL;
            char jpm[16], rp[16], rq[16], cov[8], n[8];
            const char *cells_out[14];

            snprintf(jpm, sizeof(jpm), "%d.%02d", c->jpm_bp / 100, c->jpm_bp % 100);
            snprintf(rp, sizeof(rp), "%d", c->rank_person);
            snprintf(rq, sizeof(rq), "%d", c->rank_position);
            snprintf(cov, sizeof(cov), "%d", c->covered);
            snprintf(n, sizeof(n), "%zu", d.pos[c->position].n);
            cells_out[0] = side == 0 ? "pegawai" : "jabatan";
            cells_out[1] = d.p_nip[c->person];
            cells_out[2] = d.p_name[c->person];
            cells_out[3] = d.p_unit[c->person];
            cells_out[4] = d.q_code[c->position];
            cells_out[5] = d.q_name[c->position];
            cells_out[6] = d.q_unit[c->position];
            cells_out[7] = jpm;
            cells_out[8] = cat ? cat->code : "";
            cells_out[9] = c->rank_person ? rp : "";
            cells_out[10] = c->rank_position ? rq : "";
            cells_out[11] = cov;
            cells_out[12] = n;
            cells_out[13] = c->unmet ? "tidak" : "ya";
            if (table_writer_row(w, cells_out, err) != 0)
                goto out;
            (*rows)++;
        }
    }
    rc = 0;
out:
    if (w && table_writer_close(w, rc == 0 ? err : &(struct merit_error){0}) != 0)
        rc = -1;
    fit_topk_free(&t);
    fd_free(&d);
    return rc;
}
