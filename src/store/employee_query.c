#include "store/employee_query.h"

#include <string.h>

#include "base/buf.h"
#include "base/i18n.h"

/* Whitelisted ORDER BY clauses: [sort][descending]. NIP (unique per tenant) breaks ties. */
static const char *const employee_order[][2] = {
    [EMPLOYEE_SORT_NAME] = {"e.name ASC, e.nip ASC", "e.name DESC, e.nip DESC"},
    [EMPLOYEE_SORT_NIP] = {"e.nip ASC", "e.nip DESC"},
    [EMPLOYEE_SORT_BIRTH_DATE] = {"e.birth_date ASC, e.nip ASC", "e.birth_date DESC, e.nip DESC"},
    /* PNS golongan rank first, PPPK grades after them, unknown codes last */
    [EMPLOYEE_SORT_GOLONGAN] =
        {"COALESCE(g.rank_order, 100 + k.rank_order, 1000) ASC, e.nip ASC",
         "COALESCE(g.rank_order, 100 + k.rank_order, 1000) DESC, e.nip DESC"},
};

static const char employee_from[] =
    " FROM employee e"
    " LEFT JOIN position p ON p.id = e.position_id AND p.tenant_id = e.tenant_id"
    " LEFT JOIN unit u ON u.id = e.unit_id AND u.tenant_id = e.tenant_id"
    " LEFT JOIN ref_golongan g ON g.code = e.golongan"
    " LEFT JOIN ref_pppk_grade k ON k.code = e.golongan"
    " WHERE e.tenant_id = $1";

static const char employee_columns[] =
    "SELECT e.nip, e.name, e.gelar_depan, e.gelar_belakang, e.sex, e.status, e.birth_date,"
    " e.tmt_cpns, e.golongan, e.tmt_golongan, p.code, p.name, p.jenjang_code, p.eselon_code,"
    " e.tmt_jabatan, u.code, u.name";

#define EMPLOYEE_NCOLS 17
#define EMPLOYEE_MAX_PARAMS 8

static char *eq_col(struct arena *a, struct db_stmt *st, int col)
{
    return db_col_isnull(st, col) ? NULL : arena_strdup(a, db_col_text(st, col));
}

static void eq_summary(struct arena *a, struct db_stmt *st, struct employee_summary *s)
{
    char **f[EMPLOYEE_NCOLS] = {
        &s->nip,           &s->name,          &s->gelar_depan, &s->gelar_belakang, &s->sex,
        &s->status,        &s->birth_date,    &s->tmt_cpns,    &s->golongan,       &s->tmt_golongan,
        &s->position_code, &s->position_name, &s->jenjang,     &s->eselon,         &s->tmt_jabatan,
        &s->unit_code,     &s->unit_name,
    };

    for (int i = 0; i < EMPLOYEE_NCOLS; i++)
        *f[i] = eq_col(a, st, i);
}

/* Escapes LIKE wildcards so user text matches literally (with ESCAPE '\'). */
static char *eq_like(struct arena *a, const char *s, int leading)
{
    struct buf b = BUF_INIT;
    char *out;

    if (leading)
        buf_putc(&b, '%');
    for (; *s; s++) {
        if (*s == '%' || *s == '_' || *s == '\\')
            buf_putc(&b, '\\');
        buf_putc(&b, *s);
    }
    buf_putc(&b, '%');
    out = arena_strndup(a, b.data, b.len);
    buf_release(&b);
    return out;
}

/* Appends the filters of f to sql as bound parameters $2.. and collects their values. */
static void eq_where(struct arena *a, const struct employee_filter *f, struct buf *sql,
                     const char **params, int *np)
{
    struct {
        const char *clause; /* a "%d" for the parameter number, no user text */
        const char *value;
    } eqs[] = {
        {" AND u.code = $%d", f->unit_code},
        {" AND p.jenjang_code = $%d", f->jenjang},
        {" AND e.golongan = $%d", f->golongan},
        {" AND e.status = $%d", f->status},
    };

    *np = 0;
    for (size_t i = 0; i < sizeof(eqs) / sizeof(eqs[0]); i++) {
        if (!eqs[i].value)
            continue;
        params[(*np)++] = eqs[i].value;
        buf_printf(sql, eqs[i].clause, *np + 1);
    }
    if (f->q && *f->q) {
        params[(*np)++] = eq_like(a, f->q, 1);
        params[(*np)++] = eq_like(a, f->q, 0);
        buf_printf(sql,
                   " AND (lower(e.name) LIKE lower($%d) ESCAPE '\\' OR e.nip LIKE $%d ESCAPE '\\')",
                   *np, *np + 1);
    }
}

static void eq_bind(struct db_stmt *st, int64_t tenant_id, const char **params, int np)
{
    db_bind_int64(st, 1, tenant_id);
    for (int i = 0; i < np; i++)
        db_bind_text(st, i + 2, params[i]);
}

int employee_query_list(struct db *db, struct arena *a, int64_t tenant_id,
                        const struct employee_filter *f, struct employee_summary **items, size_t *n,
                        int64_t *total, struct merit_error *err)
{
    struct buf where = BUF_INIT, sql = BUF_INIT;
    const char *params[EMPLOYEE_MAX_PARAMS];
    struct db_stmt *st = NULL;
    int np = 0, rc = -1, step;
    size_t cap = f->limit > 0 ? (size_t)f->limit : 1;
    unsigned sort = (unsigned)f->sort < sizeof(employee_order) / sizeof(employee_order[0])
                        ? (unsigned)f->sort
                        : EMPLOYEE_SORT_NAME;

    *items = NULL;
    *n = 0;
    *total = 0;
    eq_where(a, f, &where, params, &np);

    buf_printf(&sql, "SELECT COUNT(*)%s%s", employee_from, where.data);
    if (!(st = db_prepare(db, sql.data, err)))
        goto out;
    eq_bind(st, tenant_id, params, np);
    if ((step = db_step(st, err)) == DB_ERROR)
        goto out;
    *total = step == DB_ROW ? db_col_int64(st, 0) : 0;
    db_finalize(st);
    st = NULL;

    buf_reset(&sql);
    buf_printf(&sql, "%s%s%s ORDER BY %s LIMIT $%d OFFSET $%d", employee_columns, employee_from,
               where.data, employee_order[sort][f->descending ? 1 : 0], np + 2, np + 3);
    if (!(st = db_prepare(db, sql.data, err)))
        goto out;
    eq_bind(st, tenant_id, params, np);
    db_bind_int64(st, np + 2, f->limit);
    db_bind_int64(st, np + 3, f->offset);
    *items = arena_alloc(a, cap * sizeof(**items));
    while ((step = db_step(st, err)) == DB_ROW && *n < cap)
        eq_summary(a, st, &(*items)[(*n)++]);
    if (step == DB_ERROR)
        goto out;
    rc = 0;
out:
    db_finalize(st);
    buf_release(&where);
    buf_release(&sql);
    return rc;
}

/* Grows an arena array by doubling; the old block stays in the arena until it is freed. */
static void *eq_grow(struct arena *a, void *old, size_t n, size_t *cap, size_t size)
{
    void *p;

    if (n < *cap)
        return old;
    *cap = *cap ? *cap * 2 : 8;
    p = arena_alloc(a, *cap * size);
    if (n)
        memcpy(p, old, n * size);
    return p;
}

static int eq_skp(struct db *db, struct arena *a, int64_t tenant_id, int64_t employee_id,
                  struct employee_detail *d, struct merit_error *err)
{
    struct db_stmt *st;
    size_t cap = 0;
    int step;

    st = db_prepare(db,
                    "SELECT year, rating_hasil, rating_perilaku, predikat FROM hist_skp"
                    " WHERE tenant_id = $1 AND employee_id = $2 ORDER BY year",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant_id);
    db_bind_int64(st, 2, employee_id);
    while ((step = db_step(st, err)) == DB_ROW) {
        struct employee_skp *k;

        d->skp = eq_grow(a, d->skp, d->nskp, &cap, sizeof(*d->skp));
        k = &d->skp[d->nskp++];
        k->year = db_col_int64(st, 0);
        k->rating_hasil = eq_col(a, st, 1);
        k->rating_perilaku = eq_col(a, st, 2);
        k->predikat = eq_col(a, st, 3);
    }
    db_finalize(st);
    return step == DB_ERROR ? -1 : 0;
}

static int eq_sanctions(struct db *db, struct arena *a, int64_t tenant_id, int64_t employee_id,
                        struct employee_detail *d, struct merit_error *err)
{
    struct db_stmt *st;
    size_t cap = 0;
    int step;

    st = db_prepare(db,
                    "SELECT level, kind, start_date, end_date, sk_number, reason FROM hist_sanction"
                    " WHERE tenant_id = $1 AND employee_id = $2 ORDER BY start_date, kind",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant_id);
    db_bind_int64(st, 2, employee_id);
    while ((step = db_step(st, err)) == DB_ROW) {
        struct employee_sanction *s;

        d->sanctions = eq_grow(a, d->sanctions, d->nsanctions, &cap, sizeof(*d->sanctions));
        s = &d->sanctions[d->nsanctions++];
        s->level = eq_col(a, st, 0);
        s->kind = eq_col(a, st, 1);
        s->start_date = eq_col(a, st, 2);
        s->end_date = eq_col(a, st, 3);
        s->sk_number = eq_col(a, st, 4);
        s->reason = eq_col(a, st, 5);
    }
    db_finalize(st);
    return step == DB_ERROR ? -1 : 0;
}

static int64_t eq_int_or(struct db_stmt *st, int col, int64_t none)
{
    return db_col_isnull(st, col) ? none : db_col_int64(st, col);
}

/* The latest result and talent box: what a profile shows first. */
static int eq_latest(struct db *db, struct arena *a, int64_t tenant_id, int64_t id,
                     struct employee_detail *out, struct merit_error *err)
{
    struct db_stmt *st =
        db_prepare(db,
                   "SELECT w.code, r.finalised_at, r.valid_until, r.category, r.potential_category,"
                   " r.jpm_bp, r.score_bp, r.revision, r.potential_bp,"
                   " (SELECT count(*) FROM wave_publication wp WHERE wp.wave_id = r.wave_id)"
                   " FROM result r JOIN wave w ON w.id = r.wave_id"
                   " WHERE r.tenant_id = $1 AND r.employee_id = $2"
                   " ORDER BY r.finalised_at DESC, r.revision DESC LIMIT 1",
                   err);
    int step;

    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant_id);
    db_bind_int64(st, 2, id);
    step = db_step(st, err);
    if (step == DB_ROW) {
        struct employee_assessment *r = arena_alloc(a, sizeof(*r));

        r->wave_code = eq_col(a, st, 0);
        r->finalised_at = eq_col(a, st, 1);
        r->valid_until = eq_col(a, st, 2);
        r->category = eq_col(a, st, 3);
        r->potential_category = eq_col(a, st, 4);
        r->jpm_bp = db_col_int64(st, 5);
        r->score_bp = db_col_int64(st, 6);
        r->revision = db_col_int64(st, 7);
        r->potential_bp = eq_int_or(st, 8, -1);
        r->published = db_col_int64(st, 9) != 0;
        out->assessment = r;
    }
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    st = db_prepare(db,
                    "SELECT p.code, p.status, tp.box, tp.perf_bp, tp.pot_bp"
                    " FROM talent_placement tp JOIN talent_period p ON p.id = tp.period_id"
                    " WHERE tp.tenant_id = $1 AND tp.employee_id = $2"
                    " ORDER BY p.year DESC, p.id DESC LIMIT 1",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant_id);
    db_bind_int64(st, 2, id);
    step = db_step(st, err);
    if (step == DB_ROW) {
        struct employee_box *b = arena_alloc(a, sizeof(*b));

        b->period_code = eq_col(a, st, 0);
        b->status = eq_col(a, st, 1);
        b->box = eq_int_or(st, 2, 0);
        b->perf_bp = eq_int_or(st, 3, -1);
        b->pot_bp = eq_int_or(st, 4, -1);
        out->talent = b;
    }
    db_finalize(st);
    return step == DB_ERROR ? -1 : 0;
}

int employee_query_get(struct db *db, struct arena *a, int64_t tenant_id, const char *nip,
                       struct employee_detail *out, struct merit_error *err)
{
    struct buf sql = BUF_INIT;
    struct db_stmt *st;
    int64_t id = 0;
    int step, rc = -1;

    memset(out, 0, sizeof(*out));
    buf_printf(&sql, "%s, e.tmt_pelantikan, e.education, e.education_field, e.id%s AND e.nip = $2",
               employee_columns, employee_from);
    st = db_prepare(db, sql.data, err);
    buf_release(&sql);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant_id);
    db_bind_text(st, 2, nip);
    step = db_step(st, err);
    if (step == DB_ROW) {
        eq_summary(a, st, &out->s);
        out->tmt_pelantikan = eq_col(a, st, EMPLOYEE_NCOLS);
        out->education = eq_col(a, st, EMPLOYEE_NCOLS + 1);
        out->education_field = eq_col(a, st, EMPLOYEE_NCOLS + 2);
        id = db_col_int64(st, EMPLOYEE_NCOLS + 3);
    }
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    if (step == DB_DONE)
        return err_set_at(err, MERIT_ENOTFOUND, 0, "nip",
                          T("pegawai dengan NIP %s tidak ada", "no employee with NIP %s"), nip);
    out->id = id;
    if (eq_skp(db, a, tenant_id, id, out, err) == 0 &&
        eq_sanctions(db, a, tenant_id, id, out, err) == 0 &&
        eq_latest(db, a, tenant_id, id, out, err) == 0)
        rc = 0;
    return rc;
}
