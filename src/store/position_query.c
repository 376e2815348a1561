#include "store/position_query.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/i18n.h"

static const char position_select[] =
    "SELECT p.id, p.code, p.name, p.jenis, p.jenjang_code, p.eselon_code, u.code, u.name,"
    " p.kelas_jabatan, p.is_key, p.golongan_min, p.golongan_max, p.education_min,"
    " p.education_field, p.training_req, p.experience_years";

static const char position_from[] =
    " FROM position p LEFT JOIN unit u ON u.id = p.unit_id AND u.tenant_id = p.tenant_id"
    " WHERE p.tenant_id = $1";

#define POSITION_MAX_PARAMS 6

struct pq_param {
    const char *text; /* NULL: an integer */
    int64_t num;
};

static char *pq_col(struct arena *a, struct db_stmt *st, int col)
{
    return db_col_isnull(st, col) ? NULL : arena_strdup(a, db_col_text(st, col));
}

static void pq_row(struct arena *a, struct db_stmt *st, struct position_row *r)
{
    memset(r, 0, sizeof(*r));
    r->id = db_col_int64(st, 0);
    r->code = pq_col(a, st, 1);
    r->name = pq_col(a, st, 2);
    r->jenis = pq_col(a, st, 3);
    r->jenjang = pq_col(a, st, 4);
    r->eselon = pq_col(a, st, 5);
    r->unit_code = pq_col(a, st, 6);
    r->unit_name = pq_col(a, st, 7);
    r->has_kelas = !db_col_isnull(st, 8);
    r->kelas_jabatan = db_col_int64(st, 8);
    r->is_key = db_col_int64(st, 9) != 0;
    r->golongan_min = pq_col(a, st, 10);
    r->golongan_max = pq_col(a, st, 11);
    r->education_min = pq_col(a, st, 12);
    r->education_field = pq_col(a, st, 13);
    r->training_req = pq_col(a, st, 14);
    r->has_experience = !db_col_isnull(st, 15);
    r->experience_years = db_col_int64(st, 15);
}

static void pq_bind(struct db_stmt *st, int64_t tenant_id, const struct pq_param *params, int np)
{
    db_bind_int64(st, 1, tenant_id);
    for (int i = 0; i < np; i++) {
        if (params[i].text)
            db_bind_text(st, i + 2, params[i].text);
        else
            db_bind_int64(st, i + 2, params[i].num);
    }
}

struct pq_index {
    int64_t id;
    size_t idx;
};

static int pq_index_cmp(const void *a, const void *b)
{
    const struct pq_index *x = a, *y = b;

    return (x->id > y->id) - (x->id < y->id);
}

/* Loads the SKJ of rows[0..n) with one query (ids bound as parameters). */
static int pq_skj(struct db *db, struct arena *a, int64_t tenant_id, struct position_row *rows,
                  size_t n, struct merit_error *err)
{
    struct buf sql = BUF_INIT;
    struct db_stmt *st = NULL;
    struct pq_index *index = NULL;
    size_t *caps = NULL;
    int step = DB_DONE, rc = -1;

    if (n == 0)
        return 0;
    index = arena_alloc(a, n * sizeof(*index));
    caps = arena_alloc(a, n * sizeof(*caps));
    buf_puts(&sql, "SELECT s.position_id, s.competency_code, COALESCE(rc.name, tc.name), s.kind,"
                   " s.level FROM skj_item s"
                   " LEFT JOIN ref_competency rc ON rc.code = s.competency_code"
                   " LEFT JOIN tech_competency tc"
                   " ON tc.tenant_id = s.tenant_id AND tc.code = s.competency_code"
                   " WHERE s.tenant_id = $1 AND s.position_id IN (");
    for (size_t i = 0; i < n; i++) {
        index[i].id = rows[i].id;
        index[i].idx = i;
        buf_printf(&sql, "%s$%zu", i ? ", " : "", i + 2);
    }
    buf_puts(&sql, ") ORDER BY s.position_id, s.kind, s.competency_code");
    qsort(index, n, sizeof(*index), pq_index_cmp);
    if (!(st = db_prepare(db, sql.data, err)))
        goto out;
    db_bind_int64(st, 1, tenant_id);
    for (size_t i = 0; i < n; i++)
        db_bind_int64(st, (int)i + 2, rows[i].id);
    while ((step = db_step(st, err)) == DB_ROW) {
        struct pq_index key = {db_col_int64(st, 0), 0}, *hit;
        struct position_row *r;
        struct skj_entry *e;

        hit = bsearch(&key, index, n, sizeof(*index), pq_index_cmp);
        if (!hit)
            continue;
        r = &rows[hit->idx];
        if (r->nskj == caps[hit->idx]) {
            size_t cap = caps[hit->idx] ? caps[hit->idx] * 2 : 8;
            struct skj_entry *grown = arena_alloc(a, cap * sizeof(*grown));

            if (r->nskj)
                memcpy(grown, r->skj, r->nskj * sizeof(*grown));
            r->skj = grown;
            caps[hit->idx] = cap;
        }
        e = &r->skj[r->nskj++];
        e->competency_code = pq_col(a, st, 1);
        e->competency_name = pq_col(a, st, 2);
        e->kind = pq_col(a, st, 3);
        e->level = db_col_int64(st, 4);
    }
    if (step != DB_ERROR)
        rc = 0;
out:
    db_finalize(st);
    buf_release(&sql);
    return rc;
}

int position_query_list(struct db *db, struct arena *a, int64_t tenant_id,
                        const struct position_filter *f, struct position_row **items, size_t *n,
                        int64_t *total, struct merit_error *err)
{
    struct buf where = BUF_INIT, sql = BUF_INIT;
    struct pq_param params[POSITION_MAX_PARAMS];
    struct db_stmt *st = NULL;
    int np = 0, rc = -1, step;
    size_t cap = f->limit > 0 ? (size_t)f->limit : 1;

    *items = NULL;
    *n = 0;
    *total = 0;
    if (f->unit_code) {
        params[np++] = (struct pq_param){f->unit_code, 0};
        buf_printf(&where, " AND u.code = $%d", np + 1);
    }
    if (f->jenjang) {
        params[np++] = (struct pq_param){f->jenjang, 0};
        buf_printf(&where, " AND p.jenjang_code = $%d", np + 1);
    }
    if (f->jenis) {
        params[np++] = (struct pq_param){f->jenis, 0};
        buf_printf(&where, " AND p.jenis = $%d", np + 1);
    }
    if (f->is_key >= 0) {
        params[np++] = (struct pq_param){NULL, f->is_key ? 1 : 0};
        buf_printf(&where, " AND p.is_key = $%d", np + 1);
    }

    buf_printf(&sql, "SELECT COUNT(*)%s%s", position_from, where.data);
    if (!(st = db_prepare(db, sql.data, err)))
        goto out;
    pq_bind(st, tenant_id, params, np);
    if ((step = db_step(st, err)) == DB_ERROR)
        goto out;
    *total = step == DB_ROW ? db_col_int64(st, 0) : 0;
    db_finalize(st);
    st = NULL;

    buf_reset(&sql);
    buf_printf(&sql, "%s%s%s ORDER BY p.code LIMIT $%d OFFSET $%d", position_select, position_from,
               where.data, np + 2, np + 3);
    if (!(st = db_prepare(db, sql.data, err)))
        goto out;
    pq_bind(st, tenant_id, params, np);
    db_bind_int64(st, np + 2, f->limit);
    db_bind_int64(st, np + 3, f->offset);
    *items = arena_alloc(a, cap * sizeof(**items));
    while ((step = db_step(st, err)) == DB_ROW && *n < cap)
        pq_row(a, st, &(*items)[(*n)++]);
    if (step == DB_ERROR)
        goto out;
    db_finalize(st);
    st = NULL;
    rc = pq_skj(db, a, tenant_id, *items, *n, err);
out:
    db_finalize(st);
    buf_release(&where);
    buf_release(&sql);
    return rc;
}

int position_query_get(struct db *db, struct arena *a, int64_t tenant_id, const char *code,
                       struct position_row *out, struct merit_error *err)
{
    struct buf sql = BUF_INIT;
    struct db_stmt *st;
    int step;

    memset(out, 0, sizeof(*out));
    buf_printf(&sql, "%s%s AND p.code = $2", position_select, position_from);
    st = db_prepare(db, sql.data, err);
    buf_release(&sql);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant_id);
    db_bind_text(st, 2, code);
    step = db_step(st, err);
    if (step == DB_ROW)
        pq_row(a, st, out);
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    if (step == DB_DONE)
        return err_set_at(err, MERIT_ENOTFOUND, 0, "code",
                          T("jabatan dengan kode %s tidak ada", "no position with code %s"), code);
    return pq_skj(db, a, tenant_id, out, 1, err);
}
