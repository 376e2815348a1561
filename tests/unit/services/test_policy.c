/*
 * Versioned scoring policies on both engines: the default, the JSON body round trip, parse
 * errors naming the field, drafts, adoption, what is in force on a date, and the trigger that
 * keeps adopted policies from being edited.
 */
#include <criterion/criterion.h>
#include <jansson.h>
#include <string.h>

#include "base/arena.h"
#include "db/db.h"
#include "services/policy.h"
#include "store/tenant.h"
#include "testutil.h"

static int64_t count(struct db *db, const char *sql)
{
    struct merit_error err;
    int64_t v = -1;

    cr_assert_eq(db_query_int64(db, sql, NULL, 0, &v, &err), 0, "%s: %s", sql, err.msg);
    return v;
}

static int64_t tenant(struct db *db, const char *code)
{
    struct merit_error err;
    int64_t t = 0;

    cr_assert_eq(tenant_ensure(db, code, "Tenant", &t, &err), 0, "%s", err.msg);
    return t;
}

static json_t *default_body(void)
{
    struct scoring_policy p;

    scoring_default(&p);
    return policy_scoring_json(&p);
}

/* parses body (stolen) and expects failure naming field */
static void expect_parse_error(json_t *body, const char *field)
{
    struct scoring_policy p;
    struct arena a;
    struct merit_error err;

    arena_init(&a, 1024);
    err_clear(&err);
    cr_assert_eq(policy_scoring_parse(body, &p, &a, &err), -1, "expected an error on %s", field);
    cr_assert_eq(err.code, MERIT_EINVAL);
    cr_assert_str_eq(err.field, field, "%s", err.msg);
    cr_assert(strstr(err.msg, field), "the message names the field: %s", err.msg);
    arena_free(&a);
    json_decref(body);
}

static json_t *path_obj(json_t *body, const char *a, size_t i)
{
    return json_array_get(json_object_get(body, a), i);
}

Test(policy, json_round_trip)
{
    struct scoring_policy d, p;
    struct arena a;
    struct merit_error err;
    json_t *body = default_body(), *again;

    scoring_default(&d);
    arena_init(&a, 1024);
    cr_assert_eq(policy_scoring_parse(body, &p, &a, &err), 0, "%s", err.msg);
    cr_assert_eq(p.nscales, d.nscales);
    for (size_t i = 0; i < d.nscales; i++) {
        cr_assert_str_eq(p.scales[i].purpose, d.scales[i].purpose);
        cr_assert_str_eq(p.scales[i].scale.code, d.scales[i].scale.code);
        cr_assert_eq(p.scales[i].scale.n, d.scales[i].scale.n);
        for (size_t k = 0; k < d.scales[i].scale.n; k++) {
            cr_assert_str_eq(p.scales[i].scale.cat[k].code, d.scales[i].scale.cat[k].code);
            cr_assert_str_eq(p.scales[i].scale.cat[k].label_id, d.scales[i].scale.cat[k].label_id);
            cr_assert_eq(p.scales[i].scale.cat[k].min_bp, d.scales[i].scale.cat[k].min_bp);
        }
    }
    cr_assert_eq(p.cap, d.cap);
    cr_assert_eq(p.integration, d.integration);
    cr_assert_eq(p.allow_half, d.allow_half);
    cr_assert_eq(p.min_methods, d.min_methods);
    cr_assert_eq(p.min_assessors, d.min_assessors);
    cr_assert_eq(p.validity_months, d.validity_months);
    cr_assert_eq(p.potential_standard, 30);
    cr_assert_eq(p.potential_scale.n, 3);
    cr_assert_eq(p.potential_scale.cat[1].min_bp, 7800);
    cr_assert_eq(p.strengths_max, d.strengths_max);
    cr_assert_eq(p.nweights, 3);
    cr_assert_str_eq(p.weights[0].jenjang, "ahli_madya");
    cr_assert_eq(p.weights[0].teknis_pct, 40);
    cr_assert_eq(p.ndev, d.ndev);
    for (size_t i = 0; i < d.ndev; i++) {
        cr_assert_eq(p.dev[i].gap_min, d.dev[i].gap_min);
        cr_assert_eq(p.dev[i].gap_max, d.dev[i].gap_max);
        cr_assert_str_eq(p.dev[i].kind, d.dev[i].kind);
        cr_assert_str_eq(p.dev[i].label_en, d.dev[i].label_en);
    }
    cr_assert_str_eq(p.source, d.source);
    again = policy_scoring_json(&p);
    cr_assert(json_equal(body, again), "json -> parse -> json is stable");
    json_decref(again);

    /* non-default values survive too: halves, item cap, mode, norms with decimals */
    json_object_set_new(body, "half_levels", json_true());
    json_object_set_new(body, "cap", json_string("item"));
    json_object_set_new(body, "integration", json_string("mode"));
    json_object_set_new(body, "norms",
                        json_pack("[{s:s, s:s, s:[{s:i, s:i}, {s:f, s:f}]}]", "instrument",
                                  "psikometri", "target", "*", "bands", "min", 0, "level", 1, "min",
                                  42.5, "level", 3.5));
    arena_free(&a);
    arena_init(&a, 1024);
    cr_assert_eq(policy_scoring_parse(body, &p, &a, &err), 0, "%s", err.msg);
    cr_assert_eq(p.allow_half, 1);
    cr_assert_eq(p.cap, JPM_CAP_ITEM);
    cr_assert_eq(p.integration, JPM_INTEGRATE_MODE);
    cr_assert_eq(p.nnorms, 1);
    cr_assert_eq(p.norms[0].n, 2);
    cr_assert_eq(p.norms[0].band[1].min_x100, 4250);
    cr_assert_eq(p.norms[0].band[1].level, 35);
    again = policy_scoring_json(&p);
    cr_assert(json_equal(body, again));
    json_decref(again);
    json_decref(body);
    arena_free(&a);
}

Test(policy, parse_errors_name_the_field)
{
    json_t *b;

    b = default_body();
    json_object_set_new(json_array_get(json_object_get(path_obj(b, "scales", 0), "categories"), 1),
                        "min", json_integer(150));
    expect_parse_error(b, "scales[0].categories[1].min");

    b = default_body();
    json_object_set_new(json_array_get(json_object_get(path_obj(b, "scales", 2), "categories"), 0),
                        "min", json_string("delapan puluh"));
    expect_parse_error(b, "scales[2].categories[0].min");

    b = default_body();
    json_object_set_new(json_array_get(json_object_get(path_obj(b, "scales", 1), "categories"), 0),
                        "min", json_real(80.125));
    expect_parse_error(b, "scales[1].categories[0].min");

    b = default_body();
    json_object_del(json_array_get(json_object_get(path_obj(b, "scales", 0), "categories"), 2),
                    "label_en");
    expect_parse_error(b, "scales[0].categories[2].label_en");

    /* cut-offs that do not decrease: the scale's categories as a whole */
    b = default_body();
    json_object_set_new(json_array_get(json_object_get(path_obj(b, "scales", 0), "categories"), 1),
                        "min", json_integer(95));
    expect_parse_error(b, "scales[0].categories");

    b = default_body();
    json_object_del(path_obj(b, "scales", 1), "purpose");
    expect_parse_error(b, "scales[1].purpose");

    b = default_body();
    json_object_set_new(b, "scales", json_array());
    expect_parse_error(b, "scales");

    b = default_body();
    json_object_set_new(path_obj(b, "weights", 0), "teknis_pct", json_integer(120));
    expect_parse_error(b, "weights[0].teknis_pct");

    b = default_body();
    json_object_set_new(b, "cap", json_string("sometimes"));
    expect_parse_error(b, "cap");

    b = default_body();
    json_object_set_new(b, "half_levels", json_string("yes"));
    expect_parse_error(b, "half_levels");

    b = default_body();
    json_object_set_new(b, "min_assessors", json_integer(0));
    expect_parse_error(b, "min_assessors");

    b = default_body();
    json_object_del(json_object_get(b, "potential"), "standard");
    expect_parse_error(b, "potential.standard");

    b = default_body();
    json_object_set_new(
        json_array_get(json_object_get(json_object_get(json_object_get(b, "potential"), "scale"),
                                       "categories"),
                       0),
        "min", json_integer(101));
    expect_parse_error(b, "potential.scale.categories[0].min");

    b = default_body();
    json_object_set_new(b, "norms",
                        json_pack("[{s:s, s:s, s:[{s:i, s:f}]}]", "instrument", "psikometri",
                                  "target", "*", "bands", "min", 10, "level", 3.25));
    expect_parse_error(b, "norms[0].bands[0].level");

    /* checks across rows come from scoring_check */
    b = default_body();
    json_array_append_new(json_object_get(b, "development"),
                          json_pack("{s:f, s:f, s:s, s:s, s:s}", "gap_min", -1.0, "gap_max", -0.5,
                                    "kind", "x", "label_id", "x", "label_en", "x"));
    expect_parse_error(b, "development");

    b = default_body();
    json_object_set_new(b, "norms",
                        json_pack("[{s:s, s:s, s:[{s:i, s:i}, {s:i, s:i}]}]", "instrument",
                                  "psikometri", "target", "*", "bands", "min", 50, "level", 3,
                                  "min", 40, "level", 4));
    expect_parse_error(b, "norms");

    expect_parse_error(json_array(), "");
}

TU_BOTH_ENGINES(policy, default_is_idempotent)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;
    struct policy *p = NULL;
    int64_t t = tenant(db, "t1"), t2 = tenant(db, "t2");

    cr_assert_eq(policy_ensure_default(db, t, &err), 0, "%s", err.msg);
    cr_assert_eq(policy_ensure_default(db, t, &err), 0, "%s", err.msg);
    cr_assert_eq(count(db, "SELECT count(*) FROM policy WHERE kind = 'scoring'"), 1);
    cr_assert_eq(count(db, "SELECT count(*) FROM policy WHERE kind = 'talent'"), 1);
    cr_assert_eq(policy_ensure_default(db, t2, &err), 0, "%s", err.msg);
    cr_assert_eq(count(db, "SELECT count(*) FROM policy WHERE kind = 'scoring'"), 2,
                 "one per tenant");

    cr_assert_eq(policy_load(db, t, 1, &p, &err), 0, "%s", err.msg);
    cr_assert_eq(p->version, 1);
    cr_assert_str_eq(p->kind, "scoring");
    cr_assert_str_eq(p->status, "adopted");
    cr_assert_str_eq(p->effective_from, "2019-01-01");
    cr_assert_null(scoring_check(&p->scoring));
    cr_assert_eq(p->scoring.validity_months, 36);
    cr_assert_str_eq(p->scoring.scales[0].scale.cat[0].code, "optimal");
    policy_free(p);

    cr_assert_eq(policy_in_force(db, t, "2026-01-01", &p, &err), 0, "%s", err.msg);
    cr_assert_eq(p->version, 1);
    policy_free(p);
    p = NULL;
    cr_assert_eq(policy_in_force(db, t, "2018-12-31", &p, &err), -1, "nothing before 2019");
    cr_assert_eq(err.code, MERIT_ENOTFOUND);
    cr_assert_null(p);
    cr_assert_eq(policy_load(db, t, 7, &p, &err), -1);
    cr_assert_eq(err.code, MERIT_ENOTFOUND);
    db_close(db);
}

TU_BOTH_ENGINES(policy, drafts_adoption_and_force)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;
    struct policy *p = NULL;
    int64_t t = tenant(db, "t1");
    int version = 0;
    json_t *body = default_body(), *bad;

    cr_assert_eq(policy_ensure_default(db, t, &err), 0, "%s", err.msg);
    /* a stricter mapping scale: optimal from 95 % */
    json_object_set_new(
        json_array_get(json_object_get(path_obj(body, "scales", 0), "categories"), 0), "min",
        json_integer(95));
    json_object_del(body, "weights"); /* optional: defaults to none */
    cr_assert_eq(policy_add_draft(db, t, "Lebih ketat", "2025-07-01", body, &version, &err), 0,
                 "%s", err.msg);
    cr_assert_eq(version, 2);

    cr_assert_eq(policy_load(db, t, 2, &p, &err), 0, "%s", err.msg);
    cr_assert_str_eq(p->status, "draft");
    cr_assert_str_eq(p->name, "Lebih ketat");
    cr_assert_str_eq(p->effective_from, "2025-07-01");
    cr_assert_eq(p->scoring.scales[0].scale.cat[0].min_bp, 9500);
    cr_assert_eq(p->scoring.nweights, 0);
    cr_assert_eq(p->scoring.min_assessors, 2, "defaults are filled in");
    cr_assert(json_is_integer(json_object_get(p->body, "min_assessors")),
              "the stored body is normalised");
    policy_free(p);

    /* a draft is never in force */
    cr_assert_eq(policy_in_force(db, t, "2026-01-01", &p, &err), 0, "%s", err.msg);
    cr_assert_eq(p->version, 1);
    policy_free(p);

    /* a bad draft is refused and not stored */
    bad = json_deep_copy(body);
    json_object_set_new(bad, "validity_months", json_integer(0));
    cr_assert_eq(policy_add_draft(db, t, "Salah", "2025-07-01", bad, &version, &err), -1);
    cr_assert_eq(err.code, MERIT_EINVAL);
    cr_assert_str_eq(err.field, "validity_months");
    cr_assert_eq(count(db, "SELECT count(*) FROM policy WHERE kind = 'scoring'"), 2);
    json_decref(bad);
    /* the effective date is a real ISO date: SQLite compares it as text */
    cr_assert_eq(policy_add_draft(db, t, "Tanggal", "2025-7-1", body, &version, &err), -1);
    cr_assert_eq(err.code, MERIT_EINVAL, "%s", err.msg);
    cr_assert_str_eq(err.field, "effective_from");
    cr_assert_eq(policy_add_draft(db, t, "Tanggal", "2025-02-30", body, &version, &err), -1);
    cr_assert_eq(err.code, MERIT_EINVAL, "%s", err.msg);
    cr_assert_eq(policy_add_draft(db, t, "Tanggal", NULL, body, &version, &err), -1);
    cr_assert_eq(err.code, MERIT_EINVAL, "%s", err.msg);
    cr_assert_eq(count(db, "SELECT count(*) FROM policy WHERE kind = 'scoring'"), 2);

    cr_assert_eq(policy_adopt(db, t, 2, "2025-06-01T08:00:00Z", &err), 0, "%s", err.msg);
    cr_assert_eq(count(db, "SELECT count(*) FROM policy WHERE kind = 'scoring' AND version = 2 AND "
                           "status = 'adopted'"
                           " AND adopted_at = '2025-06-01T08:00:00Z'"),
                 1);
    cr_assert_eq(policy_adopt(db, t, 2, "2025-06-02T08:00:00Z", &err), -1);
    cr_assert_eq(err.code, MERIT_ECONFLICT, "%s", err.msg);
    cr_assert_eq(policy_adopt(db, t, 9, "2025-06-02T08:00:00Z", &err), -1);
    cr_assert_eq(err.code, MERIT_ENOTFOUND);

    /* effective_from decides */
    cr_assert_eq(policy_in_force(db, t, "2025-06-30", &p, &err), 0, "%s", err.msg);
    cr_assert_eq(p->version, 1);
    policy_free(p);
    cr_assert_eq(policy_in_force(db, t, "2025-07-01", &p, &err), 0, "%s", err.msg);
    cr_assert_eq(p->version, 2);
    cr_assert_eq(p->scoring.scales[0].scale.cat[0].min_bp, 9500);
    policy_free(p);

    /* a later draft effective earlier does not matter until adopted; once adopted with the same
     * date as version 2, the higher version wins */
    cr_assert_eq(policy_add_draft(db, t, "Sama tanggal", "2025-07-01", body, &version, &err), 0,
                 "%s", err.msg);
    cr_assert_eq(version, 3);
    cr_assert_eq(policy_in_force(db, t, "2025-08-01", &p, &err), 0, "%s", err.msg);
    cr_assert_eq(p->version, 2);
    policy_free(p);
    cr_assert_eq(policy_adopt(db, t, 3, "2025-06-03T08:00:00Z", &err), 0, "%s", err.msg);
    cr_assert_eq(policy_in_force(db, t, "2025-08-01", &p, &err), 0, "%s", err.msg);
    cr_assert_eq(p->version, 3);
    policy_free(p);

    /* the trigger: an adopted policy cannot be edited, not even by hand; a draft can */
    cr_assert_eq(db_exec(db, "UPDATE policy SET name = 'diubah' WHERE version = 2", &err), -1);
    cr_assert(strstr(err.msg, "never edited"), "%s", err.msg);
    cr_assert_eq(db_exec(db, "UPDATE policy SET body = '{}' WHERE version = 1", &err), -1);
    cr_assert_eq(db_exec(db, "UPDATE policy SET status = 'draft' WHERE version = 3", &err), -1);
    cr_assert_eq(
        db_exec(db,
                "INSERT INTO policy (tenant_id, kind, version, name, effective_from,"
                " status, body) SELECT tenant_id, kind, version, 'diubah',"
                " effective_from, 'draft', body FROM policy WHERE kind = 'scoring' AND version = 2"
                " ON CONFLICT (tenant_id, kind, version) DO UPDATE SET name = 'diubah'",
                &err),
        -1, "an upsert is an update");
    if (strcmp(engine, "sqlite") == 0) {
        /* REPLACE deletes the old row without firing delete or update triggers */
        cr_assert_eq(
            db_exec(db,
                    "REPLACE INTO policy (id, tenant_id, kind, version, name,"
                    " effective_from, status, body, created_at, adopted_at) SELECT id,"
                    " tenant_id, kind, version, 'diubah', effective_from, status, body,"
                    " created_at, adopted_at FROM policy WHERE kind = 'scoring' AND version = 2",
                    &err),
            -1, "REPLACE must not overwrite an adopted policy");
        cr_assert(strstr(err.msg, "never edited"), "%s", err.msg);
    }
    cr_assert_eq(
        count(db, "SELECT count(*) FROM policy WHERE kind = 'scoring' AND status = 'adopted'"), 3);
    cr_assert_eq(
        count(db, "SELECT count(*) FROM policy WHERE kind = 'scoring' AND name = 'diubah'"), 0);
    cr_assert_eq(policy_add_draft(db, t, "Draf", "2030-01-01", body, &version, &err), 0, "%s",
                 err.msg);
    cr_assert_eq(db_exec(db, "UPDATE policy SET name = 'Draf 2' WHERE version = 4", &err), 0, "%s",
                 err.msg);
    json_decref(body);
    db_close(db);
}

TU_BOTH_ENGINES(policy, versions_are_per_tenant)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;
    struct policy *p = NULL;
    int64_t t1 = tenant(db, "t1"), t2 = tenant(db, "t2");
    int version = 0;
    json_t *body = default_body();

    cr_assert_eq(policy_ensure_default(db, t1, &err), 0, "%s", err.msg);
    cr_assert_eq(policy_add_draft(db, t1, "A", "2024-01-01", body, &version, &err), 0, "%s",
                 err.msg);
    cr_assert_eq(version, 2);
    cr_assert_eq(policy_add_draft(db, t2, "B", "2024-01-01", body, &version, &err), 0, "%s",
                 err.msg);
    cr_assert_eq(version, 1, "t2 numbers its own versions");
    cr_assert_eq(policy_load(db, t2, 2, &p, &err), -1, "t1's version 2 is not t2's");
    cr_assert_eq(policy_in_force(db, t2, "2025-01-01", &p, &err), -1, "t2 has only a draft");
    cr_assert_eq(policy_adopt(db, t2, 1, "2024-01-01T00:00:00Z", &err), 0, "%s", err.msg);
    cr_assert_eq(policy_in_force(db, t2, "2025-01-01", &p, &err), 0, "%s", err.msg);
    cr_assert_str_eq(p->name, "B");
    policy_free(p);
    json_decref(body);
    db_close(db);
}

Test(policy, talent_body_round_trip_and_errors)
{
    struct talent_policy p, q;
    struct merit_error err;
    struct arena a;
    json_t *body, *w;

    arena_init(&a, 4096);
    talent_default(&p);
    body = policy_talent_json(&p);
    cr_assert_eq(policy_talent_parse(body, &q, &a, &err), 0, "%s", err.msg);
    cr_assert_eq(q.perf.years, 2);
    cr_assert_eq(q.perf.combine, TALENT_COMBINE_MEAN);
    cr_assert_eq(q.perf.nmap, 3);
    cr_assert_str_eq(q.perf.map[2].code, "di_atas");
    cr_assert_eq(q.perf.map[2].score_bp, 10000);
    cr_assert_eq(q.pot.nweights, 2);
    cr_assert_eq(q.pot.cuts.mid_bp, 7800);
    cr_assert_eq(q.pot.cuts.high_bp, 9000);
    cr_assert_eq(q.elig.lookback_months, 24);
    cr_assert(q.elig.block_sedang && q.elig.block_berat && !q.elig.block_ringan);
    cr_assert_eq(q.pool_min_box, 7);

    /* weights that do not add up to 100 are named */
    w = json_array_get(json_object_get(json_object_get(body, "potential"), "weights"), 1);
    json_object_set_new(w, "pct", json_integer(40));
    cr_assert_eq(policy_talent_parse(body, &q, &a, &err), -1);
    cr_assert_str_eq(err.field, "potential.weights");
    json_object_set_new(w, "pct", json_integer(50));
    /* an unknown component is named with its position */
    json_object_set_new(w, "component", json_string("loyalitas"));
    cr_assert_eq(policy_talent_parse(body, &q, &a, &err), -1);
    cr_assert_str_eq(err.field, "potential.weights[1].component");
    json_decref(body);
    arena_free(&a);
}
