/*
 * api_talent.c - talent management over HTTP: the periods of the 9-box,
 * their placements, calibration and stages (proposed -> reviewed -> set),
 * the vacancy forecast, succession slates and the placement optimiser.
 *
 * Everything goes through services/talent.h, succession.h and place.h (the
 * CLI's --json answers); the services write the audit entries
 * (talent.calibrate, talent.stage) with api_actor(req) as the actor.
 */
#include <string.h>

#include "api/api.h"
#include "api/api_talent.h"
#include "base/civil.h"
#include "base/i18n.h"
#include "base/strtonum.h"
#include "http/server.h"
#include "services/place.h"
#include "services/succession.h"
#include "services/talent.h"
#include "services/wave_common.h"

#define TALENT_TEXT_MAX 200
#define TALENT_PINS_MAX 64
#define TALENT_CODES_MAX 256

void api_talent_page(struct http_response *res, json_t *all, int64_t limit, int64_t offset)
{
    json_t *items = json_array();
    size_t n = json_array_size(all);

    for (size_t i = (size_t)offset; i < n && i < (size_t)(offset + limit); i++)
        json_array_append(items, json_array_get(all, i));
    json_decref(all);
    http_response_page(res, items, (int64_t)n, limit, offset);
}

/* an ISO date (YYYY-MM-DD) or a 422 naming field */
static int talent_date(const char *s, const char *field, struct merit_error *err)
{
    struct civil_date d;
    const char *why = NULL;

    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-' || civil_parse(s, 10, 0, &d, &why) != 0)
        return err_set_at(err, MERIT_EINVAL, 0, field, "%s",
                          T("tanggal YYYY-MM-DD", "a date YYYY-MM-DD"));
    return 0;
}

int api_talent_periods(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    int64_t limit, offset;
    struct db *db;
    json_t *all;

    if (http_query_page(&req->query, &limit, &offset, err) != 0 ||
        http_request_db(req, &db, err) != 0 || talent_periods(db, req->tenant_id, &all, err) != 0)
        return -1;
    api_talent_page(res, all, limit, offset);
    return 0;
}

int api_talent_period(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    json_t *o;

    if (http_request_db(req, &db, err) != 0 ||
        talent_period_show(db, req->tenant_id, http_request_param(req, "code"), &o, err) != 0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}

int api_talent_map(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *code = http_request_param(req, "code");
    json_t *year = json_object_get(req->json, "year"), *pol = json_object_get(req->json, "policy");
    const char *as_of = json_string_value(json_object_get(req->json, "as_of"));
    char today[11], now[21];
    struct talent_run run;
    struct db *db;
    json_t *sum;
    int64_t y;
    const char *why;

    wc_today(today);
    wc_now(now);
    memset(&run, 0, sizeof(run));
    run.code = code;
    run.as_of = as_of ? as_of : today;
    run.dry_run = json_is_true(json_object_get(req->json, "dry_run"));
    run.now = now;
    run.actor = api_actor(req);
    /* a period named by its year needs no year, as on the command line */
    if (year)
        y = json_integer_value(year);
    else if (strtonum_s(code, 2000, 2199, &y, &why) != 0)
        return err_set_at(err, MERIT_EUSAGE, 0, "year", "%s",
                          T("sebutkan year (kode periode bukan tahun)",
                            "give the year (the period code is not a year)"));
    if (y < 2000 || y > 2199)
        return err_set_at(err, MERIT_EINVAL, 0, "year", "%s",
                          T("tahun 2000-2199", "year 2000-2199"));
    run.year = (int)y;
    if (pol) {
        if (json_integer_value(pol) < 1 || json_integer_value(pol) > 100000)
            return err_set_at(err, MERIT_EINVAL, 0, "policy", "%s",
                              T("versi kebijakan 1-100000", "a policy version 1-100000"));
        run.policy_version = (int)json_integer_value(pol);
    }
    if (talent_date(run.as_of, "as_of", err) != 0 || http_request_db(req, &db, err) != 0 ||
        talent_map(db, req->tenant_id, &run, &sum, err) != 0)
        return -1;
    http_response_json(res, 200, sum);
    return 0;
}

int api_talent_placements(struct http_request *req, struct http_response *res,
                          struct merit_error *err)
{
    struct talent_filter f;
    int64_t limit, offset, box;
    int pool;
    struct db *db;
    json_t *all;

    memset(&f, 0, sizeof(f));
    if (http_query_page(&req->query, &limit, &offset, err) != 0 ||
        http_query_int(&req->query, "box", 0, 1, 9, &box, err) != 0 ||
        http_query_text(&req->query, "unit", TALENT_TEXT_MAX, &f.unit, err) != 0 ||
        http_query_text(&req->query, "jenjang", TALENT_TEXT_MAX, &f.jenjang, err) != 0 ||
        http_query_bool(&req->query, "eligible", &f.eligible, err) != 0 ||
        http_query_bool(&req->query, "pool", &pool, err) != 0)
        return -1;
    f.box = (int)box;
    f.pool_only = pool == 1;
    if (http_request_db(req, &db, err) != 0 ||
        talent_list(db, req->tenant_id, http_request_param(req, "code"), &f, &all, err) != 0)
        return -1;
    api_talent_page(res, all, limit, offset);
    return 0;
}

int api_talent_placement(struct http_request *req, struct http_response *res,
                         struct merit_error *err)
{
    const char *nip;
    struct db *db;
    json_t *o;

    if (api_param_nip(req, &nip, err) != 0 || http_request_db(req, &db, err) != 0 ||
        talent_show(db, req->tenant_id, http_request_param(req, "code"), nip, &o, err) != 0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}

int api_talent_calibrate(struct http_request *req, struct http_response *res,
                         struct merit_error *err)
{
    const char *code = http_request_param(req, "code"), *nip;
    json_int_t box = json_integer_value(json_object_get(req->json, "box"));
    char now[21];
    struct db *db;
    json_t *o;

    wc_now(now);
    if (api_param_nip(req, &nip, err) != 0)
        return -1;
    if (box < 1 || box > 9)
        return err_set_at(err, MERIT_EINVAL, 0, "box", "%s", T("kotak 1-9", "box 1-9"));
    if (http_request_db(req, &db, err) != 0 ||
        talent_calibrate(db, req->tenant_id, code, nip, (int)box, api_actor(req),
                         json_string_value(json_object_get(req->json, "reason")), now, err) != 0 ||
        talent_show(db, req->tenant_id, code, nip, &o, err) != 0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}

static int talent_stage(struct http_request *req, struct http_response *res, const char *stage,
                        struct merit_error *err)
{
    const char *code = http_request_param(req, "code");
    char now[21];
    struct db *db;
    json_t *o;

    wc_now(now);
    if (http_request_db(req, &db, err) != 0 ||
        talent_advance(db, req->tenant_id, code, stage, api_actor(req),
                       json_string_value(json_object_get(req->json, "reason")), now, err) != 0 ||
        talent_period_show(db, req->tenant_id, code, &o, err) != 0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}

int api_talent_review(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    return talent_stage(req, res, "reviewed", err);
}

int api_talent_set(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    return talent_stage(req, res, "set", err);
}

int api_talent_forecast(struct http_request *req, struct http_response *res,
                        struct merit_error *err)
{
    const char *as_of = NULL, *period = NULL;
    char today[11];
    int64_t months;
    int key;
    struct db *db;
    json_t *o;

    wc_today(today);
    if (http_query_text(&req->query, "as_of", 10, &as_of, err) != 0 ||
        http_query_int(&req->query, "months", 24, 1, 120, &months, err) != 0 ||
        http_query_bool(&req->query, "key", &key, err) != 0 ||
        http_query_text(&req->query, "period", TALENT_TEXT_MAX, &period, err) != 0)
        return -1;
    if (http_request_db(req, &db, err) != 0 ||
        talent_forecast(db, req->tenant_id, as_of ? as_of : today, (int)months, key == 1, period,
                        &o, err) != 0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}

int api_talent_succession(struct http_request *req, struct http_response *res,
                          struct merit_error *err)
{
    struct db *db;
    json_t *o;

    if (http_request_db(req, &db, err) != 0 ||
        succession_slates(db, req->tenant_id, http_request_param(req, "code"), NULL, &o, err) != 0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}

int api_talent_succession_one(struct http_request *req, struct http_response *res,
                              struct merit_error *err)
{
    struct db *db;
    json_t *o, *slate;

    if (http_request_db(req, &db, err) != 0 ||
        succession_slates(db, req->tenant_id, http_request_param(req, "code"),
                          http_request_param(req, "position"), &o, err) != 0)
        return -1;
    /* one slate, with the period it was drawn from */
    slate = json_incref(json_array_get(json_object_get(o, "slates"), 0));
    if (!slate) {
        json_decref(o);
        return err_set_at(err, MERIT_ENOTFOUND, 0, "position", "%s",
                          T("jabatan tanpa slate", "no slate for the position"));
    }
    json_object_set(slate, "period", json_object_get(o, "period"));
    json_object_set(slate, "as_of", json_object_get(o, "as_of"));
    json_object_set(slate, "talent_policy_version", json_object_get(o, "talent_policy_version"));
    json_decref(o);
    http_response_json(res, 200, slate);
    return 0;
}

/* "A,B,C" into up to max arena strings; empty pieces are skipped */
static size_t talent_split(struct http_request *req, const char *s, const char **out, size_t max)
{
    char *copy = arena_strdup(req->arena, s), *save = NULL;
    size_t n = 0;

    for (char *t = strtok_r(copy, ",", &save); t && n < max; t = strtok_r(NULL, ",", &save))
        if (*t)
            out[n++] = t;
    return n;
}

/* lock / forbid: "NIP=POSITION,NIP=POSITION" */
static int talent_pins(struct http_request *req, const char *name, struct place_pin *pins,
                       size_t *n, struct merit_error *err)
{
    const char *v = NULL, *items[TALENT_PINS_MAX + 1];
    size_t k;

    *n = 0;
    if (http_query_text(&req->query, name, 8192, &v, err) != 0)
        return -1;
    if (!v)
        return 0;
    k = talent_split(req, v, items, TALENT_PINS_MAX + 1);
    if (k > TALENT_PINS_MAX)
        return err_set_at(err, MERIT_EUSAGE, 0, name, "%s",
                          T("paling banyak 64 pasangan", "at most 64 pairs"));
    for (size_t i = 0; i < k; i++) {
        char *s = arena_strdup(req->arena, items[i]), *eq = strchr(s, '=');

        if (!eq || eq == s || !eq[1])
            return err_set_at(err, MERIT_EUSAGE, 0, name, "%s",
                              T("pakai NIP=JABATAN,NIP=JABATAN", "use NIP=POSITION,NIP=POSITION"));
        *eq = '\0';
        pins[*n].nip = s;
        pins[*n].position = eq + 1;
        (*n)++;
    }
    return 0;
}

int api_talent_place(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct place_pin *lock = arena_alloc(req->arena, sizeof(*lock) * TALENT_PINS_MAX);
    struct place_pin *forbid = arena_alloc(req->arena, sizeof(*forbid) * TALENT_PINS_MAX);
    const char **codes = arena_alloc(req->arena, sizeof(*codes) * TALENT_CODES_MAX);
    const char *positions = NULL, *unit = NULL, *period = NULL;
    struct place_request pr;
    size_t ncodes = 0, nlock = 0, nforbid = 0;
    char today[11];
    struct db *db;
    json_t *o;

    if (http_query_text(&req->query, "positions", 16384, &positions, err) != 0 ||
        http_query_text(&req->query, "unit", TALENT_TEXT_MAX, &unit, err) != 0 ||
        http_query_text(&req->query, "period", TALENT_TEXT_MAX, &period, err) != 0 ||
        talent_pins(req, "lock", lock, &nlock, err) != 0 ||
        talent_pins(req, "forbid", forbid, &nforbid, err) != 0)
        return -1;
    if (positions)
        ncodes = talent_split(req, positions, codes, TALENT_CODES_MAX);
    if ((!ncodes && !unit) || (ncodes && unit))
        return err_set_at(
            err, MERIT_EUSAGE, 0, unit ? "unit" : "positions", "%s",
            T("sebutkan positions atau unit (salah satu)", "give positions or unit (one of them)"));
    wc_today(today);
    pr = (struct place_request){
        ncodes ? codes : NULL, ncodes, unit, period, today, lock, forbid, nlock, nforbid};
    if (http_request_db(req, &db, err) != 0 ||
        place_optimise(db, req->tenant_id, &pr, &o, err) != 0)
        return -1;
    http_response_json(res, 200, o);
    return 0;
}
