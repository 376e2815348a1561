#include "api/api.h"

#include <jansson.h>
#include <string.h>

#include "http/server.h"
#include "store/unit_query.h"

#define API_FILTER_MAX 200

static const char *const units_kinds[] = {"opd",  "bidang",  "seksi", "subbagian",
                                          "uptd", "lainnya", NULL};

int api_units_list(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct unit_filter f;
    struct unit_row *items;
    struct db *db;
    size_t n;
    int64_t total;
    json_t *arr;

    memset(&f, 0, sizeof(f));
    if (http_query_page(&req->query, &f.limit, &f.offset, err) != 0 ||
        http_query_enum(&req->query, "kind", units_kinds, &f.kind, err) != 0 ||
        http_query_text(&req->query, "parent", API_FILTER_MAX, &f.parent_code, err) != 0)
        return -1;
    if (http_request_db(req, &db, err) != 0 ||
        unit_query_list(db, req->arena, req->tenant_id, &f, &items, &n, &total, err) != 0)
        return -1;
    arr = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_object();

        json_object_set_new(o, "code", http_json_str(items[i].code));
        json_object_set_new(o, "name", http_json_str(items[i].name));
        json_object_set_new(o, "kind", http_json_str(items[i].kind));
        json_object_set_new(o, "parent_code", http_json_str(items[i].parent_code));
        json_object_set_new(o, "depth", json_integer(items[i].depth));
        json_array_append_new(arr, o);
    }
    http_response_page(res, arr, total, f.limit, f.offset);
    return 0;
}
