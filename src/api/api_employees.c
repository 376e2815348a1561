#include "api/api.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xmalloc.h"
#include "domain/role.h"
#include "http/server.h"
#include "services/employee_history.h"
#include "store/employee_query.h"

#define API_FILTER_MAX 200

static const char *const employees_statuses[] = {"PNS", "PPPK", NULL};

/* Index = enum employee_sort; "-name" sorts descending. */
static const char *const employees_sorts[] = {
    [EMPLOYEE_SORT_NAME] = "name",
    [EMPLOYEE_SORT_NIP] = "nip",
    [EMPLOYEE_SORT_BIRTH_DATE] = "birth_date",
    [EMPLOYEE_SORT_GOLONGAN] = "golongan",
};

static int employees_sort_parse(const struct http_query *q, struct employee_filter *f,
                                struct merit_error *err)
{
    const char *v = http_query_get(q, "sort");

    f->sort = EMPLOYEE_SORT_NAME;
    f->descending = 0;
    if (!v || !*v)
        return 0;
    if (v[0] == '-') {
        f->descending = 1;
        v++;
    }
    for (size_t i = 0; i < sizeof(employees_sorts) / sizeof(employees_sorts[0]); i++) {
        if (strcmp(v, employees_sorts[i]) == 0) {
            f->sort = (enum employee_sort)i;
            return 0;
        }
    }
    return err_set_at(err, MERIT_EUSAGE, 0, "sort",
                      T("parameter 'sort' harus name, nip, birth_date atau golongan (awali '-' "
                        "untuk urutan menurun)",
                        "parameter 'sort' must be name, nip, birth_date or golongan (prefix '-' "
                        "for descending)"));
}

static json_t *employees_summary_json(const struct employee_summary *s)
{
    json_t *o = json_object();

    json_object_set_new(o, "nip", http_json_str(s->nip));
    json_object_set_new(o, "name", http_json_str(s->name));
    json_object_set_new(o, "gelar_depan", http_json_str(s->gelar_depan));
    json_object_set_new(o, "gelar_belakang", http_json_str(s->gelar_belakang));
    json_object_set_new(o, "sex", http_json_str(s->sex));
    json_object_set_new(o, "status", http_json_str(s->status));
    json_object_set_new(o, "birth_date", http_json_str(s->birth_date));
    json_object_set_new(o, "tmt_cpns", http_json_str(s->tmt_cpns));
    json_object_set_new(o, "golongan", http_json_str(s->golongan));
    json_object_set_new(o, "tmt_golongan", http_json_str(s->tmt_golongan));
    json_object_set_new(o, "position_code", http_json_str(s->position_code));
    json_object_set_new(o, "position_name", http_json_str(s->position_name));
    json_object_set_new(o, "jenjang", http_json_str(s->jenjang));
    json_object_set_new(o, "eselon", http_json_str(s->eselon));
    json_object_set_new(o, "tmt_jabatan", http_json_str(s->tmt_jabatan));
    json_object_set_new(o, "unit_code", http_json_str(s->unit_code));
    json_object_set_new(o, "unit_name", http_json_str(s->unit_name));
    return o;
}

int api_employees_list(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct employee_filter f;
    struct employee_summary *items;
    struct db *db;
    size_t n;
    int64_t total;
    json_t *arr;

    memset(&f, 0, sizeof(f));
    if (http_query_page(&req->query, &f.limit, &f.offset, err) != 0 ||
        http_query_text(&req->query, "unit", API_FILTER_MAX, &f.unit_code, err) != 0 ||
        http_query_text(&req->query, "jenjang", API_FILTER_MAX, &f.jenjang, err) != 0 ||
        http_query_text(&req->query, "golongan", API_FILTER_MAX, &f.golongan, err) != 0 ||
        http_query_enum(&req->query, "status", employees_statuses, &f.status, err) != 0 ||
        http_query_text(&req->query, "q", API_FILTER_MAX, &f.q, err) != 0 ||
        employees_sort_parse(&req->query, &f, err) != 0)
        return -1;
    if (http_request_db(req, &db, err) != 0 ||
        employee_query_list(db, req->arena, req->tenant_id, &f, &items, &n, &total, err) != 0)
        return -1;
    arr = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(arr, employees_summary_json(&items[i]));
    http_response_page(res, arr, total, f.limit, f.offset);
    return 0;
}

static json_t *employees_bp_or_null(int64_t bp)
{
    return bp < 0 ? json_null() : json_integer(bp);
}

/* An employee sees their own result only once the wave is published. */
static json_t *employees_assessment_json(const struct http_request *req,
                                         const struct employee_assessment *r)
{
    json_t *o;

    if (!r || (req->auth.role == ROLE_EMPLOYEE && !r->published))
        return json_null();
    o = json_object();
    json_object_set_new(o, "wave", http_json_str(r->wave_code));
    json_object_set_new(o, "revision", json_integer(r->revision));
    json_object_set_new(o, "jpm_bp", json_integer(r->jpm_bp));
    json_object_set_new(o, "score_bp", json_integer(r->score_bp));
    json_object_set_new(o, "category", http_json_str(r->category));
    json_object_set_new(o, "potential_bp", employees_bp_or_null(r->potential_bp));
    json_object_set_new(o, "potential_category", http_json_str(r->potential_category));
    json_object_set_new(o, "finalised_at", http_json_str(r->finalised_at));
    json_object_set_new(o, "valid_until", http_json_str(r->valid_until));
    json_object_set_new(o, "published", json_boolean(r->published));
    return o;
}

/* Talent boxes are the agency's working material, not the employee's record. */
static json_t *employees_box_json(const struct http_request *req, const struct employee_box *b)
{
    json_t *o;

    if (!b || req->auth.role == ROLE_EMPLOYEE)
        return json_null();
    o = json_object();
    json_object_set_new(o, "period", http_json_str(b->period_code));
    json_object_set_new(o, "status", http_json_str(b->status));
    json_object_set_new(o, "box", b->box ? json_integer(b->box) : json_null());
    json_object_set_new(o, "perf_bp", employees_bp_or_null(b->perf_bp));
    json_object_set_new(o, "pot_bp", employees_bp_or_null(b->pot_bp));
    return o;
}

/*
 * Rendered profiles, per worker thread, valid while the database's data
 * version (db_data_version: any commit by any connection, any write by this
 * one) is what it was when they were rendered. The profile is the page every
 * screen links to, and rendering it is five queries. Engines without a data
 * version (PostgreSQL) render every time.
 */
#define PROFILE_CACHE 64

struct profile_entry {
    uint64_t db_serial, version;
    int64_t tenant, employee_id;
    int employee_view; /* rendered for the employee role: results until published hidden */
    char nip[19];
    char *body;
    size_t len;
};

static _Thread_local struct profile_entry profile_cache[PROFILE_CACHE];

static struct profile_entry *profile_slot(const char *nip, int64_t tenant, int employee_view)
{
    uint64_t h = (uint64_t)tenant * 31u + (uint64_t)employee_view;

    for (const char *p = nip; *p; p++)
        h = h * 131u + (unsigned char)*p;
    return &profile_cache[h % PROFILE_CACHE];
}

static int employees_render(struct http_request *req, struct db *db, const char *nip,
                            int64_t *employee_id, char **body, size_t *len,
                            struct merit_error *err);

int api_employees_get(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    int employee_view = req->auth.role == ROLE_EMPLOYEE;
    struct profile_entry *e;
    const char *nip;
    struct db *db;
    uint64_t version = 0;
    int64_t id;
    char *body = NULL;
    size_t len = 0;
    int cacheable;

    if (api_param_nip(req, &nip, err) != 0 || http_request_db(req, &db, err) != 0)
        return -1;
    e = profile_slot(nip, req->tenant_id, employee_view);
    cacheable = db_data_version(db, &version, err);
    if (cacheable < 0)
        return -1;
    if (cacheable && e->body && e->db_serial == db_serial(db) && e->version == version &&
        e->tenant == req->tenant_id && e->employee_view == employee_view &&
        strcmp(e->nip, nip) == 0) {
        if (api_scope_employee(req, e->employee_id, err) != 0)
            return -1;
        http_response_bytes(res, 200, NULL, NULL, xstrndup(e->body, e->len), e->len);
        return 0;
    }
    if (employees_render(req, db, nip, &id, &body, &len, err) != 0)
        return -1;
    if (api_scope_employee(req, id, err) != 0) {
        free(body);
        return -1;
    }
    if (cacheable) {
        free(e->body);
        e->db_serial = db_serial(db);
        e->version = version;
        e->tenant = req->tenant_id;
        e->employee_view = employee_view;
        e->employee_id = id;
        snprintf(e->nip, sizeof(e->nip), "%s", nip);
        e->body = xstrndup(body, len);
        e->len = len;
    }
    http_response_bytes(res, 200, NULL, NULL, body, len);
    return 0;
}

static int employees_render(struct http_request *req, struct db *db, const char *nip,
                            int64_t *employee_id, char **body, size_t *len, struct merit_error *err)
{
    struct employee_detail d;
    json_t *doc, *skp, *sanctions, *pos = NULL, *gol = NULL, *tr = NULL;
    int rc;

    /* one snapshot for the record and its histories */
    if (db_begin_read(db, err) != 0)
        return -1;
    rc = employee_query_get(db, req->arena, req->tenant_id, nip, &d, err);
    if (rc == 0)
        rc = employee_history(db, req->tenant_id, d.id, &pos, &gol, &tr, err);
    db_end_read(db);
    if (rc != 0)
        return -1;
    *employee_id = d.id;
    doc = employees_summary_json(&d.s);
    json_object_set_new(doc, "tmt_pelantikan", http_json_str(d.tmt_pelantikan));
    json_object_set_new(doc, "education", http_json_str(d.education));
    json_object_set_new(doc, "education_field", http_json_str(d.education_field));
    skp = json_array();
    for (size_t i = 0; i < d.nskp; i++) {
        json_t *o = json_object();

        json_object_set_new(o, "year", json_integer(d.skp[i].year));
        json_object_set_new(o, "rating_hasil", http_json_str(d.skp[i].rating_hasil));
        json_object_set_new(o, "rating_perilaku", http_json_str(d.skp[i].rating_perilaku));
        json_object_set_new(o, "predikat", http_json_str(d.skp[i].predikat));
        json_array_append_new(skp, o);
    }
    json_object_set_new(doc, "skp", skp);
    sanctions = json_array();
    for (size_t i = 0; i < d.nsanctions; i++) {
        const struct employee_sanction *s = &d.sanctions[i];
        json_t *o = json_object();

        json_object_set_new(o, "level", http_json_str(s->level));
        json_object_set_new(o, "kind", http_json_str(s->kind));
        json_object_set_new(o, "start_date", http_json_str(s->start_date));
        json_object_set_new(o, "end_date", http_json_str(s->end_date));
        json_object_set_new(o, "sk_number", http_json_str(s->sk_number));
        json_object_set_new(o, "reason", http_json_str(s->reason));
        json_array_append_new(sanctions, o);
    }
    json_object_set_new(doc, "sanctions", sanctions);
    json_object_set_new(doc, "latest_assessment", employees_assessment_json(req, d.assessment));
    json_object_set_new(doc, "talent", employees_box_json(req, d.talent));
    json_object_set_new(doc, "position_history", pos);
    json_object_set_new(doc, "golongan_history", gol);
    json_object_set_new(doc, "training", tr);
    *body = json_dumps(doc, JSON_COMPACT | JSON_REAL_PRECISION(10));
    json_decref(doc);
    if (!*body)
        return err_set(err, MERIT_EINTERNAL, "profile encoding failed");
    *len = strlen(*body);
    return 0;
}
