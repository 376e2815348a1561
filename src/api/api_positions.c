#include "api/api.h"

#include <jansson.h>
#include <string.h>
#include <time.h>

#include "http/server.h"
#include "services/position_skj.h"
#include "store/position_query.h"

#define API_FILTER_MAX 200

static const char *const positions_jenis[] = {"struktural", "fungsional", "pelaksana", NULL};

static json_t *positions_json(const struct position_row *p)
{
    json_t *o = json_object(), *skj = json_array();

    json_object_set_new(o, "code", http_json_str(p->code));
    json_object_set_new(o, "name", http_json_str(p->name));
    json_object_set_new(o, "jenis", http_json_str(p->jenis));
    json_object_set_new(o, "jenjang", http_json_str(p->jenjang));
    json_object_set_new(o, "eselon", http_json_str(p->eselon));
    json_object_set_new(o, "unit_code", http_json_str(p->unit_code));
    json_object_set_new(o, "unit_name", http_json_str(p->unit_name));
    json_object_set_new(o, "kelas_jabatan",
                        p->has_kelas ? json_integer(p->kelas_jabatan) : json_null());
    json_object_set_new(o, "is_key", json_boolean(p->is_key));
    json_object_set_new(o, "golongan_min", http_json_str(p->golongan_min));
    json_object_set_new(o, "golongan_max", http_json_str(p->golongan_max));
    json_object_set_new(o, "education_min", http_json_str(p->education_min));
    json_object_set_new(o, "education_field", http_json_str(p->education_field));
    json_object_set_new(o, "training_req", http_json_str(p->training_req));
    json_object_set_new(o, "experience_years",
                        p->has_experience ? json_integer(p->experience_years) : json_null());
    for (size_t i = 0; i < p->nskj; i++) {
        json_t *e = json_object();

        json_object_set_new(e, "competency_code", http_json_str(p->skj[i].competency_code));
        json_object_set_new(e, "competency_name", http_json_str(p->skj[i].competency_name));
        json_object_set_new(e, "kind", http_json_str(p->skj[i].kind));
        json_object_set_new(e, "level", json_integer(p->skj[i].level));
        json_array_append_new(skj, e);
    }
    json_object_set_new(o, "skj", skj);
    return o;
}

int api_positions_list(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct position_filter f;
    struct position_row *items;
    struct db *db;
    size_t n;
    int64_t total;
    json_t *arr;

    memset(&f, 0, sizeof(f));
    if (http_query_page(&req->query, &f.limit, &f.offset, err) != 0 ||
        http_query_text(&req->query, "unit", API_FILTER_MAX, &f.unit_code, err) != 0 ||
        http_query_text(&req->query, "jenjang", API_FILTER_MAX, &f.jenjang, err) != 0 ||
        http_query_enum(&req->query, "jenis", positions_jenis, &f.jenis, err) != 0 ||
        http_query_bool(&req->query, "key", &f.is_key, err) != 0)
        return -1;
    if (http_request_db(req, &db, err) != 0 ||
        position_query_list(db, req->arena, req->tenant_id, &f, &items, &n, &total, err) != 0)
        return -1;
    arr = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(arr, positions_json(&items[i]));
    http_response_page(res, arr, total, f.limit, f.offset);
    return 0;
}

int api_positions_get(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct position_row p;
    struct db *db;

    if (http_request_db(req, &db, err) != 0 ||
        position_query_get(db, req->arena, req->tenant_id, http_request_param(req, "code"), &p,
                           err) != 0)
        return -1;
    http_response_json(res, 200, positions_json(&p));
    return 0;
}

int api_positions_skj(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *code = http_request_param(req, "code");
    struct position_row p;
    struct db *db;
    json_t *doc;
    int changed;

    if (http_request_db(req, &db, err) != 0 ||
        position_skj_replace(db, req->tenant_id, code, json_object_get(req->json, "items"),
                             api_actor(req), time(NULL), &changed, err) != 0 ||
        position_query_get(db, req->arena, req->tenant_id, code, &p, err) != 0)
        return -1;
    doc = positions_json(&p);
    json_object_set_new(doc, "changed", json_boolean(changed));
    http_response_json(res, 200, doc);
    return 0;
}
