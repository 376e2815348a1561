/*
 * api_policies.c - versioned policies over HTTP (scoring, talent, rules,
 * committee): the versions, one version's body, a new draft (checked by the
 * kind's parser before it is stored), adoption, and what a scoring draft
 * would change. Path: /api/v1/policies/:kind/:id, id = the version number.
 */
#include <string.h>

#include "api/api.h"
#include "api/api_assessment.h"
#include "base/i18n.h"
#include "base/strtonum.h"
#include "http/server.h"
#include "services/policy.h"
#include "services/result.h"

static const char *const policy_kinds[] = {"scoring", "talent", "rules", "committee", NULL};

static int policy_kind_ok(const char *kind, const char *field, struct merit_error *err)
{
    for (size_t i = 0; policy_kinds[i]; i++)
        if (kind && strcmp(kind, policy_kinds[i]) == 0)
            return 0;
    return err_set_at(err, MERIT_ENOTFOUND, 0, field, "%s",
                      T("jenis kebijakan: scoring, talent, rules atau committee",
                        "policy kind: scoring, talent, rules or committee"));
}

/* :kind and :id (the version) of the path */
static int policy_path(struct http_request *req, const char **kind, int *version,
                       struct merit_error *err)
{
    int64_t v;
    const char *why;

    *kind = http_request_param(req, "kind");
    if (policy_kind_ok(*kind, "kind", err) != 0)
        return -1;
    if (strtonum_s(http_request_param(req, "id"), 1, 1000000, &v, &why) != 0)
        return err_set_at(err, MERIT_EUSAGE, 0, "id", "%s: %s",
                          T("versi kebijakan", "the policy version"), why);
    *version = (int)v;
    return 0;
}

int api_policies_list(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *kind;
    struct db *db;
    json_t *all;

    if (http_query_enum(&req->query, "kind", policy_kinds, &kind, err) != 0 ||
        http_request_db(req, &db, err) != 0)
        return -1;
    all = json_array();
    for (size_t i = 0; policy_kinds[i]; i++) {
        json_t *arr, *p;
        size_t k;

        if (kind && strcmp(kind, policy_kinds[i]) != 0)
            continue;
        if (policy_list_json(db, req->tenant_id, policy_kinds[i], &arr, err) != 0) {
            json_decref(all);
            return -1;
        }
        json_array_foreach(arr, k, p)
        {
            json_object_set_new(p, "kind", json_string(policy_kinds[i]));
            json_array_append(all, p);
        }
        json_decref(arr);
    }
    return api_asm_page(req, res, all, err);
}

int api_policies_get(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *kind;
    int version;
    struct db *db;
    struct policy *p = NULL;

    if (policy_path(req, &kind, &version, err) != 0 || http_request_db(req, &db, err) != 0 ||
        policy_load_kind(db, req->tenant_id, kind, version, &p, err) != 0)
        return -1;
    http_response_json(res, 200,
                       json_pack("{s:s, s:i, s:s, s:s, s:s, s:O}", "kind", p->kind, "version",
                                 p->version, "status", p->status, "effective_from",
                                 p->effective_from, "name", p->name ? p->name : "", "body",
                                 p->body));
    policy_free(p);
    return 0;
}

int api_policies_create(struct http_request *req, struct http_response *res,
                        struct merit_error *err)
{
    json_t *j = req->json;
    const char *kind = json_string_value(json_object_get(j, "kind"));
    const char *name = json_string_value(json_object_get(j, "name"));
    struct db *db;
    int version;

    if (policy_kind_ok(kind, "kind", err) != 0) {
        err->code = MERIT_EINVAL;
        return -1;
    }
    if (!*name)
        return err_set_at(err, MERIT_EINVAL, 0, "name", "%s",
                          T("nama kebijakan wajib", "a policy name is required"));
    if (http_request_db(req, &db, err) != 0 ||
        policy_add_draft_kind_as(db, req->tenant_id, kind, name,
                                 json_string_value(json_object_get(j, "effective_from")),
                                 json_object_get(j, "body"), api_actor(req), &version, err) != 0)
        return -1;
    http_response_json(
        res, 201,
        json_pack("{s:s, s:i, s:s}", "kind", kind, "version", version, "status", "draft"));
    return 0;
}

int api_policies_adopt(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *kind;
    int version;
    struct db *db;
    char now[21];

    api_asm_now(now);
    if (policy_path(req, &kind, &version, err) != 0 || http_request_db(req, &db, err) != 0 ||
        policy_adopt_kind_as(db, req->tenant_id, kind, version, now, api_actor(req), err) != 0)
        return -1;
    http_response_json(res, 200,
                       json_pack("{s:s, s:i, s:s, s:s}", "kind", kind, "version", version, "status",
                                 "adopted", "adopted_at", now));
    return 0;
}

static void policy_diff_row(void *ctx, const struct result_change *c)
{
    json_array_append_new(ctx,
                          json_pack("{s:s, s:s, s:s, s:f, s:f, s:s, s:s}", "nip", c->nip, "name",
                                    c->name, "wave", c->wave, "old_score", c->old_bp / 100.0,
                                    "new_score", c->new_bp / 100.0, "old_category", c->old_category,
                                    "new_category", c->new_category));
}

int api_policies_diff(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *kind;
    int version;
    struct db *db;
    long total, changed;
    json_t *arr;

    if (policy_path(req, &kind, &version, err) != 0)
        return -1;
    if (strcmp(kind, "scoring") != 0)
        return err_set_at(err, MERIT_EINVAL, 0, "kind", "%s",
                          T("perbandingan hanya untuk kebijakan penilaian (scoring)",
                            "the comparison is for scoring policies only"));
    if (http_request_db(req, &db, err) != 0)
        return -1;
    arr = json_array();
    if (result_policy_diff(db, req->tenant_id, version, policy_diff_row, arr, &total, &changed,
                           err) != 0) {
        json_decref(arr);
        return -1;
    }
    http_response_json(res, 200,
                       json_pack("{s:i, s:I, s:I, s:o}", "version", version, "results",
                                 (json_int_t)total, "changed", (json_int_t)changed, "changes",
                                 arr));
    return 0;
}
