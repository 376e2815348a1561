/*
 * succession.c - succession slates for key positions (jabatan kritikal /
 * target): from the placed, eligible people of a talent period, the best
 * fits to each key position's SKJ and requirements (services/fit), each with
 * its box, readiness (talent policy) and eligibility verdicts, and an
 * emergency successor (the best candidate ready now, else the best one).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/strmap.h"
#include "base/xmalloc.h"
#include "domain/talent.h"
#include "services/fit.h"
#include "services/policy.h"
#include "services/succession.h"

static const char *const readiness_code[3] = {"now", "1-2y", "3+y"};

struct placed {
    struct strmap box; /* nip -> box of an eligible placement */
};

static int placed_load(struct db *db, int64_t period, struct placed *p, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db,
                                    "SELECT e.nip, t.box FROM talent_placement t JOIN employee e"
                                    " ON e.id = t.employee_id WHERE t.period_id = $1"
                                    " AND t.eligible = 1 AND t.box IS NOT NULL",
                                    err);
    int step;

    strmap_init(&p->box);
    if (!st)
        return -1;
    db_bind_int64(st, 1, period);
    while ((step = db_step(st, err)) == DB_ROW)
        strmap_set(&p->box, db_col_text(st, 0), strlen(db_col_text(st, 0)), db_col_int64(st, 1));
    db_finalize(st);
    return step == DB_DONE ? 0 : -1;
}

struct cand {
    json_t *cell; /* borrowed from the ranking */
    int64_t box, jpm_bp;
    int meets, order;
};

/* requirements met, then JPM, then the better box (capped at 100 %, many people "fit" equally),
 * then the fit ranking's own order */
static int cand_cmp(const void *pa, const void *pb)
{
    const struct cand *a = pa, *b = pb;

    if (a->meets != b->meets)
        return b->meets - a->meets;
    if (a->jpm_bp != b->jpm_bp)
        return a->jpm_bp > b->jpm_bp ? -1 : 1;
    if (a->box != b->box)
        return a->box > b->box ? -1 : 1;
    return a->order - b->order;
}

/* one key position's slate from its full ranking */
static json_t *slate_of(json_t *ranking, const struct talent_policy *tp, const struct placed *pl)
{
    json_t *people = json_object_get(ranking, "people"), *slate = json_array(), *p;
    struct cand *cs = xcalloc(json_array_size(people) + 1, sizeof(*cs));
    size_t i, n = 0;
    int emergency = -1;

    json_array_foreach(people, i, p)
    {
        const char *nip = json_string_value(json_object_get(p, "nip"));
        int64_t box;

        /* the holder is not their own successor; only placed, eligible people qualify */
        if (json_is_true(json_object_get(p, "holds_it")) ||
            !strmap_get(&pl->box, nip, strlen(nip), &box))
            continue;
        cs[n].cell = p;
        cs[n].box = box;
        cs[n].jpm_bp = (int64_t)(json_number_value(json_object_get(p, "jpm")) * 100 + 0.5);
        cs[n].meets = json_is_true(json_object_get(p, "meets_requirements"));
        cs[n].order = (int)i;
        n++;
    }
    qsort(cs, n, sizeof(*cs), cand_cmp);
    for (i = 0; i < n && i < (size_t)tp->ready.slate_size; i++) {
        enum talent_readiness r =
            talent_readiness(&tp->ready, cs[i].jpm_bp, (int)cs[i].box, cs[i].meets);
        json_t *c = json_deep_copy(cs[i].cell);

        json_object_del(c, "holds_it");
        /* the cell names the target too; in a slate that is the slate's own position */
        json_object_del(c, "position");
        json_object_del(c, "position_name");
        json_object_del(c, "position_unit");
        json_object_set_new(c, "rank", json_integer((json_int_t)i + 1));
        json_object_set_new(c, "box", json_integer(cs[i].box));
        json_object_set_new(c, "readiness", json_string(readiness_code[r]));
        json_object_set_new(c, "emergency", json_false());
        json_array_append_new(slate, c);
        if (emergency < 0 && r == TALENT_READY_NOW)
            emergency = (int)i;
    }
    if (json_array_size(slate) > 0)
        json_object_set(json_array_get(slate, emergency < 0 ? 0 : (size_t)emergency), "emergency",
                        json_true());
    free(cs);
    return json_pack("{s:O, s:O, s:O, s:o}", "position", json_object_get(ranking, "position"),
                     "position_name", json_object_get(ranking, "position_name"), "unit",
                     json_object_get(ranking, "unit"), "candidates", slate);
}

int succession_slates_for(struct db *db, int64_t tenant, const char *period,
                          const char *const *only, size_t nonly, const char *position, json_t **out,
                          struct merit_error *err)
{
    struct policy *tp = NULL;
    struct fit_ctx *fc = NULL;
    struct placed pl;
    struct db_stmt *st = NULL;
    char **codes = NULL, as_of[11];
    size_t n = 0, cap = 0;
    int64_t pid = 0, policy_id = 0;
    json_t *arr = NULL, *o = NULL;
    int step, rc = -1, loaded = 0;

    *out = NULL;
    st = db_prepare(db,
                    "SELECT id, policy_id, as_of FROM talent_period WHERE tenant_id = $1"
                    " AND code = $2",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, period);
    step = db_step(st, err);
    if (step == DB_ROW) {
        pid = db_col_int64(st, 0);
        policy_id = db_col_int64(st, 1);
        snprintf(as_of, sizeof(as_of), "%.10s", db_col_text(st, 2));
    }
    db_finalize(st);
    st = NULL;
    if (step != DB_ROW) {
        if (step == DB_DONE)
            err_set(err, MERIT_ENOTFOUND, "%s '%s' %s", T("periode talenta", "talent period"),
                    period,
                    T("tidak ditemukan (jalankan 'merit talent map')",
                      "not found (run 'merit talent map')"));
        return -1;
    }
    if (policy_load_id(db, tenant, policy_id, &tp, err) != 0)
        return -1;
    if (placed_load(db, pid, &pl, err) != 0)
        goto out;
    loaded = 1;
    /* the positions given, or the key positions (or the one asked for, key or not) */
    for (size_t i = 0; i < nonly; i++) {
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            codes = xreallocarray(codes, cap, sizeof(*codes));
        }
        codes[n++] = xstrdup(only[i]);
    }
    st =
        nonly
            ? NULL
            : db_prepare(db,
                         "SELECT p.code FROM position p WHERE p.tenant_id = $1 AND (($2 = '' AND"
                         " p.is_key = 1) OR p.code = $2) AND EXISTS (SELECT 1 FROM skj_item s WHERE"
                         " s.position_id = p.id) ORDER BY p.code",
                         err);
    if (!nonly && !st)
        goto out;
    step = DB_DONE;
    if (st) {
        db_bind_int64(st, 1, tenant);
        db_bind_text(st, 2, position ? position : "");
    }
    while (st && (step = db_step(st, err)) == DB_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            codes = xreallocarray(codes, cap, sizeof(*codes));
        }
        codes[n++] = xstrdup(db_col_text(st, 0));
    }
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto out;
    if (position && n == 0) {
        err_set(err, MERIT_ENOTFOUND, "%s '%s' %s", T("jabatan", "position"), position,
                T("tidak ditemukan atau tanpa SKJ", "not found or without an SKJ"));
        goto out;
    }
    if (fit_ctx_load(db, tenant, as_of, &fc, err) != 0)
        goto out;
    arr = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *ranking;
        if (fit_ctx_rank_position(fc, codes[i], 0, &ranking, err) != 0) {
            if (nonly && err->code == MERIT_ENOTFOUND)
                continue; /* a listed position without an SKJ has no slate */
            goto out;
        }
        json_array_append_new(arr, slate_of(ranking, &tp->talent, &pl));
        json_decref(ranking);
    }
    o = json_object();
    json_object_set_new(o, "period", json_string(period));
    json_object_set_new(o, "as_of", json_string(as_of));
    json_object_set_new(o, "talent_policy_version", json_integer(tp->version));
    json_object_set_new(o, "slates", arr);
    arr = NULL;
    *out = o;
    rc = 0;
out:
    for (size_t i = 0; i < n; i++)
        free(codes[i]);
    free(codes);
    json_decref(arr);
    fit_ctx_free(fc);
    if (loaded)
        strmap_free(&pl.box);
    policy_free(tp);
    return rc;
}

int succession_slates(struct db *db, int64_t tenant, const char *period, const char *position,
                      json_t **out, struct merit_error *err)
{
    return succession_slates_for(db, tenant, period, NULL, 0, position, out, err);
}
