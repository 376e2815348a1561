/*
 * dashboard.c - the dashboard of GET /api/v1/dashboard (see dashboard.h for
 * the definitions). Answer:
 *
 *   {"as_of", "unit": null | {"code", "name"},
 *    "headcount": {"total", "by_jenjang": [{"jenjang", "count"}],
 *                  "by_golongan": [{"golongan", "count"}], "by_status": [{"status", "count"}]},
 *    "assessment": {"assessed", "share", "jpm_histogram": [{"from", "to", "count"}] x 10,
 *                   "by_category": [{"category", "count"}],
 *                   "expiring": {"within_days", "count", "items": [{"nip", "name", "wave",
 *                   "valid_until"}]}},
 *    "talent": {"period", "status", "boxes": [{"box", "count"}] x 9, "pool", "not_placed"},
 *    "positions": {"total", "vacant", "key_vacant"},
 *    "forecast": {"retiring_12m", "retiring_24m"}}
 *
 * Every statement starts from the same unit scope: $1 = tenant, $2 = the
 * unit code or '' (the whole agency); sub = the unit and its sub-units.
 * Dates are bound as ISO text and compared with CAST(... AS TEXT) so that
 * PostgreSQL's DATE columns and SQLite's text compare alike.
 */
#include "services/dashboard.h"

#include <stdio.h>
#include <string.h>

#include "base/civil.h"
#include "base/i18n.h"
#include "domain/forecast.h"
#include "domain/talent.h"
#include "services/policy.h"

#define DASH_STR_(x) #x
#define DASH_STR(x) DASH_STR_(x)

#define DASH_SUB                                                                                   \
    "WITH RECURSIVE sub(id) AS (SELECT id FROM unit WHERE tenant_id = $1 AND code = $2"            \
    " UNION ALL SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id)"
/* the employees in scope (alias e) */
#define DASH_EMP " e.tenant_id = $1 AND ($2 = '' OR e.unit_id IN (SELECT id FROM sub))"
/*
 * cur: each employee's current result as of $3: the latest revision of its
 * participant, finalised on or before $3 and valid on it, the most recently
 * finalised one (rn = 1).
 */
#define DASH_CUR                                                                                   \
    DASH_SUB ", cur AS (SELECT r.employee_id, r.wave_id, r.jpm_cap_bp, r.score_bp, r.category,"    \
             " CAST(r.valid_until AS TEXT) AS vu, ROW_NUMBER() OVER (PARTITION BY r.employee_id"   \
             " ORDER BY r.finalised_at DESC, r.id DESC) AS rn FROM result r"                       \
             " JOIN employee e ON e.id = r.employee_id WHERE r.tenant_id = $1 AND" DASH_EMP        \
             " AND CAST(r.valid_until AS TEXT) >= $3 AND substr(r.finalised_at, 1, 10) <= $3"      \
             " AND NOT EXISTS (SELECT 1 FROM result r2 WHERE r2.participant_id ="                  \
             " r.participant_id AND r2.revision > r.revision))"

struct dash {
    struct db *db;
    int64_t tenant;
    const char *unit; /* "" = the whole agency */
    const char *as_of;
};

static struct db_stmt *dash_prepare(const struct dash *d, const char *sql, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(d->db, sql, err);

    if (st) {
        db_bind_int64(st, 1, d->tenant);
        db_bind_text(st, 2, d->unit);
    }
    return st;
}

/* rows of (key, count) as [{key_name: key or null, "count": n}]; *total += the counts */
static int dash_groups(struct db_stmt *st, const char *key_name, json_t **out, int64_t *total,
                       struct merit_error *err)
{
    json_t *arr = json_array();
    int step;

    while ((step = db_step(st, err)) == DB_ROW) {
        json_t *o = json_object();
        json_object_set_new(o, key_name,
                            db_col_isnull(st, 0) ? json_null() : json_string(db_col_text(st, 0)));
        json_object_set_new(o, "count", json_integer(db_col_int64(st, 1)));
        json_array_append_new(arr, o);
        if (total)
            *total += db_col_int64(st, 1);
    }
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(arr);
        return -1;
    }
    *out = arr;
    return 0;
}

/* one statement of the form above, scoped ($1, $2) */
static int dash_group_sql(const struct dash *d, const char *sql, const char *key_name, json_t **out,
                          int64_t *total, struct merit_error *err)
{
    struct db_stmt *st = dash_prepare(d, sql, err);

    return st ? dash_groups(st, key_name, out, total, err) : -1;
}

static int dash_headcount(const struct dash *d, json_t *o, int64_t *total, struct merit_error *err)
{
    json_t *h = json_object(), *status = NULL, *a = NULL;

    json_object_set_new(o, "headcount", h);
    *total = 0;
    if (dash_group_sql(d,
                       DASH_SUB " SELECT e.status, COUNT(*) FROM employee e WHERE" DASH_EMP
                                " GROUP BY e.status ORDER BY e.status",
                       "status", &status, total, err) != 0)
        return -1;
    json_object_set_new(h, "total", json_integer(*total));
    if (dash_group_sql(d,
                       DASH_SUB
                       " SELECT p.jenjang_code, COUNT(*) FROM employee e LEFT JOIN position p ON"
                       " p.id = e.position_id LEFT JOIN ref_jenjang rj ON rj.code = p.jenjang_code"
                       " WHERE" DASH_EMP " GROUP BY p.jenjang_code, rj.kind, rj.rank_order"
                       " ORDER BY CASE rj.kind WHEN 'jpt' THEN 0 WHEN 'administrasi' THEN 1"
                       " WHEN 'fungsional_keahlian' THEN 2 WHEN 'fungsional_keterampilan' THEN 3"
                       " ELSE 4 END, rj.rank_order DESC, p.jenjang_code",
                       "jenjang", &a, NULL, err) != 0) {
        json_decref(status);
        return -1;
    }
    json_object_set_new(h, "by_jenjang", a);
    if (dash_group_sql(d,
                       DASH_SUB
                       " SELECT e.golongan, COUNT(*) FROM employee e"
                       " LEFT JOIN ref_golongan g ON g.code = e.golongan"
                       " LEFT JOIN ref_pppk_grade pg ON pg.code = e.golongan WHERE" DASH_EMP
                       " GROUP BY e.golongan, g.rank_order, pg.rank_order"
                       " ORDER BY CASE WHEN g.rank_order IS NULL THEN 1 ELSE 0 END,"
                       " g.rank_order, pg.rank_order, e.golongan",
                       "golongan", &a, NULL, err) != 0) {
        json_decref(status);
        return -1;
    }
    json_object_set_new(h, "by_golongan", a);
    json_object_set_new(h, "by_status", status);
    return 0;
}

/* a cur statement: $1, $2 scope, $3 as_of */
static struct db_stmt *dash_prepare_cur(const struct dash *d, const char *sql,
                                        struct merit_error *err)
{
    struct db_stmt *st = dash_prepare(d, sql, err);

    if (st)
        db_bind_text(st, 3, d->as_of);
    return st;
}

static int dash_assessment(const struct dash *d, json_t *o, int64_t headcount, const char *until,
                           struct merit_error *err)
{
    json_t *a = json_object(), *hist = json_array(), *cat = NULL, *exp, *items;
    int64_t bins[10] = {0}, assessed = 0;
    struct db_stmt *st;
    int step;

    json_object_set_new(o, "assessment", a);
    /* capped JPM in bins of 10 points; 100 (10000 bp) goes in the last */
    st = dash_prepare_cur(d,
                          DASH_CUR " SELECT b, COUNT(*) FROM (SELECT CASE WHEN jpm_cap_bp >= 9000"
                                   " THEN 9 WHEN jpm_cap_bp < 0 THEN 0 ELSE jpm_cap_bp / 1000 END"
                                   " AS b FROM cur WHERE rn = 1) x GROUP BY b",
                          err);
    if (!st) {
        json_decref(hist);
        return -1;
    }
    while ((step = db_step(st, err)) == DB_ROW) {
        int64_t b = db_col_int64(st, 0);
        if (b >= 0 && b < 10)
            bins[b] += db_col_int64(st, 1);
        assessed += db_col_int64(st, 1);
    }
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(hist);
        return -1;
    }
    for (int b = 0; b < 10; b++)
        json_array_append_new(hist, json_pack("{s:i, s:i, s:I}", "from", b * 10, "to", b * 10 + 10,
                                              "count", (json_int_t)bins[b]));
    json_object_set_new(a, "assessed", json_integer(assessed));
    json_object_set_new(a, "share",
                        json_real(headcount > 0 ? (double)assessed / (double)headcount : 0.0));
    json_object_set_new(a, "jpm_histogram", hist);

    st = dash_prepare_cur(d,
                          DASH_CUR " SELECT category, COUNT(*) FROM cur WHERE rn = 1"
                                   " GROUP BY category ORDER BY MAX(score_bp) DESC, category",
                          err);
    if (!st || dash_groups(st, "category", &cat, NULL, err) != 0)
        return -1;
    json_object_set_new(a, "by_category", cat);

    /* results valid on as_of whose validity ends within the window */
    exp = json_object();
    json_object_set_new(a, "expiring", exp);
    json_object_set_new(exp, "within_days", json_integer(DASHBOARD_EXPIRING_DAYS));
    st = dash_prepare_cur(d, DASH_CUR " SELECT COUNT(*) FROM cur WHERE rn = 1 AND vu <= $4", err);
    if (!st)
        return -1;
    db_bind_text(st, 4, until);
    step = db_step(st, err);
    if (step == DB_ROW)
        json_object_set_new(exp, "count", json_integer(db_col_int64(st, 0)));
    db_finalize(st);
    if (step != DB_ROW)
        return -1;
    st = dash_prepare_cur(
        d,
        DASH_CUR " SELECT e.nip, e.name, w.code, c.vu FROM cur c JOIN employee e ON"
                 " e.id = c.employee_id JOIN wave w ON w.id = c.wave_id WHERE c.rn = 1"
                 " AND c.vu <= $4 ORDER BY c.vu, e.nip LIMIT " DASH_STR(DASHBOARD_EXPIRING_ITEMS),
        err);
    if (!st)
        return -1;
    db_bind_text(st, 4, until);
    items = json_array();
    json_object_set_new(exp, "items", items);
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(items,
                              json_pack("{s:s, s:s, s:s, s:s}", "nip", db_col_text(st, 0), "name",
                                        db_col_text(st, 1), "wave", db_col_text(st, 2),
                                        "valid_until", db_col_text(st, 3)));
    db_finalize(st);
    return step == DB_DONE ? 0 : -1;
}

static int dash_talent(const struct dash *d, json_t *o, struct merit_error *err)
{
    json_t *t = json_object(), *boxes = json_array();
    int64_t counts[10] = {0}, pid = 0, policy_id = 0, pool = 0, not_placed = 0;
    struct policy *pol = NULL;
    struct db_stmt *st;
    int step, rc = -1;

    json_object_set_new(o, "talent", t);
    json_object_set_new(t, "period", json_null());
    json_object_set_new(t, "status", json_null());
    /* the latest period (the order talent_periods lists them in) */
    st = db_prepare(d->db,
                    "SELECT id, code, status, policy_id FROM talent_period WHERE tenant_id = $1"
                    " ORDER BY as_of DESC, code DESC LIMIT 1",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, d->tenant);
    step = db_step(st, err);
    if (step == DB_ROW) {
        pid = db_col_int64(st, 0);
        json_object_set_new(t, "period", json_string(db_col_text(st, 1)));
        json_object_set_new(t, "status", json_string(db_col_text(st, 2)));
        policy_id = db_col_int64(st, 3);
    }
    db_finalize(st);
    if (step != DB_ROW && step != DB_DONE)
        goto out;
    if (pid) {
        /* the pool by the period's own policy, as talent_period_show counts it */
        if (policy_load_id(d->db, d->tenant, policy_id, &pol, err) != 0)
            goto out;
        st = dash_prepare(d,
                          DASH_SUB " SELECT tp.eligible, COALESCE(tp.box, 0), COUNT(*)"
                                   " FROM talent_placement tp JOIN employee e ON"
                                   " e.id = tp.employee_id WHERE tp.period_id = $3 AND"
                                   " tp.tenant_id = $1 AND" DASH_EMP " GROUP BY tp.eligible,"
                                   " COALESCE(tp.box, 0)",
                          err);
        if (!st)
            goto out;
        db_bind_int64(st, 3, pid);
        while ((step = db_step(st, err)) == DB_ROW) {
            int64_t box = db_col_int64(st, 1), n = db_col_int64(st, 2);
            if (db_col_int64(st, 0) != 1)
                not_placed += n;
            else if (box >= 1 && box <= 9)
                counts[box] += n;
        }
        db_finalize(st);
        if (step != DB_DONE)
            goto out;
        for (int b = 1; b <= 9; b++)
            if (b >= pol->talent.pool_min_box)
                pool += counts[b];
    }
    for (int b = 1; b <= 9; b++)
        json_array_append_new(boxes,
                              json_pack("{s:i, s:I}", "box", b, "count", (json_int_t)counts[b]));
    json_object_set_new(t, "boxes", boxes);
    boxes = NULL;
    json_object_set_new(t, "pool", json_integer(pool));
    json_object_set_new(t, "not_placed", json_integer(not_placed));
    rc = 0;
out:
    json_decref(boxes);
    policy_free(pol);
    return rc;
}

/* held = named by some employee's position_id (an uncorrelated IN: SQLite has no index on it) */
static int dash_positions(const struct dash *d, json_t *o, struct merit_error *err)
{
    struct db_stmt *st = dash_prepare(
        d,
        DASH_SUB " SELECT COUNT(*), COUNT(CASE WHEN v = 1 THEN 1 END),"
                 " COUNT(CASE WHEN v = 1 AND is_key = 1 THEN 1 END) FROM (SELECT p.is_key,"
                 " CASE WHEN p.id IN (SELECT e.position_id FROM employee e WHERE e.tenant_id = $1"
                 " AND e.position_id IS NOT NULL) THEN 0 ELSE 1 END AS v FROM position p"
                 " WHERE p.tenant_id = $1 AND ($2 = '' OR p.unit_id IN (SELECT id FROM sub))) x",
        err);
    int step;

    if (!st)
        return -1;
    step = db_step(st, err);
    if (step == DB_ROW)
        json_object_set_new(o, "positions",
                            json_pack("{s:I, s:I, s:I}", "total", (json_int_t)db_col_int64(st, 0),
                                      "vacant", (json_int_t)db_col_int64(st, 1), "key_vacant",
                                      (json_int_t)db_col_int64(st, 2)));
    db_finalize(st);
    return step == DB_ROW ? 0 : -1;
}

/* retirements as the vacancy forecast computes them (services/forecast.c) */
static int dash_forecast(const struct dash *d, json_t *o, struct civil_date today,
                         struct merit_error *err)
{
    struct civil_date h12 = civil_add_months(today, 12), h24 = civil_add_months(today, 24);
    struct policy *pol = NULL;
    struct db_stmt *st;
    int64_t n12 = 0, n24 = 0;
    int step, rc = -1;

    if (policy_in_force_kind(d->db, d->tenant, "talent", d->as_of, &pol, err) != 0)
        return -1;
    st = dash_prepare(d,
                      DASH_SUB " SELECT CAST(e.birth_date AS TEXT), p.jenjang_code FROM employee e"
                               " JOIN position p ON p.id = e.position_id WHERE" DASH_EMP,
                      err);
    if (!st)
        goto out;
    while ((step = db_step(st, err)) == DB_ROW) {
        const char *bd = db_col_text(st, 0), *why = NULL;
        struct civil_date birth, ret;

        if (civil_parse(bd, strlen(bd), 0, &birth, &why) != 0 ||
            forecast_retirement(birth, talent_bup_for(&pol->talent, db_col_text(st, 1)), &ret) != 0)
            continue;
        if (civil_cmp(ret, h12) <= 0)
            n12++;
        if (civil_cmp(ret, h24) <= 0)
            n24++;
    }
    db_finalize(st);
    if (step != DB_DONE)
        goto out;
    json_object_set_new(
        o, "forecast",
        json_pack("{s:I, s:I}", "retiring_12m", (json_int_t)n12, "retiring_24m", (json_int_t)n24));
    rc = 0;
out:
    policy_free(pol);
    return rc;
}

static int dash_unit(const struct dash *d, json_t *o, struct merit_error *err)
{
    struct db_stmt *st;
    int step;

    if (!*d->unit) {
        json_object_set_new(o, "unit", json_null());
        return 0;
    }
    st = db_prepare(d->db, "SELECT code, name FROM unit WHERE tenant_id = $1 AND code = $2", err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, d->tenant);
    db_bind_text(st, 2, d->unit);
    step = db_step(st, err);
    if (step == DB_ROW)
        json_object_set_new(
            o, "unit",
            json_pack("{s:s, s:s}", "code", db_col_text(st, 0), "name", db_col_text(st, 1)));
    db_finalize(st);
    if (step == DB_DONE)
        return err_set_at(err, MERIT_ENOTFOUND, 0, "unit", "%s '%s' %s", T("unit", "unit"), d->unit,
                          T("tidak ditemukan", "not found"));
    return step == DB_ROW ? 0 : -1;
}

int dashboard_build(struct db *db, int64_t tenant, const char *unit, const char *as_of,
                    json_t **out, struct merit_error *err)
{
    struct dash d = {db, tenant, unit ? unit : "", as_of};
    struct civil_date today;
    const char *why = NULL;
    char until[11];
    int64_t headcount = 0;
    json_t *o;
    int rc;

    *out = NULL;
    if (!as_of || strlen(as_of) != 10 || as_of[4] != '-' || as_of[7] != '-' ||
        civil_parse(as_of, 10, 0, &today, &why) != 0)
        return err_set_at(err, MERIT_EINVAL, 0, "as_of", "%s",
                          T("tanggal YYYY-MM-DD", "a date YYYY-MM-DD"));
    civil_format(civil_from_days(civil_to_days(today) + DASHBOARD_EXPIRING_DAYS), until);
    o = json_pack("{s:s}", "as_of", as_of);
    if (db_begin_read(db, err) != 0) {
        json_decref(o);
        return -1;
    }
    rc = dash_unit(&d, o, err) != 0 || dash_headcount(&d, o, &headcount, err) != 0 ||
                 dash_assessment(&d, o, headcount, until, err) != 0 ||
                 dash_talent(&d, o, err) != 0 || dash_positions(&d, o, err) != 0 ||
                 dash_forecast(&d, o, today, err) != 0
             ? -1
             : 0;
    db_end_read(db);
    if (rc != 0) {
        json_decref(o);
        return -1;
    }
    *out = o;
    return 0;
}
