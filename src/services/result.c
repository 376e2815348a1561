/*
 * result.c - finalisation (wave_finalise), reading results, corrections and
 * the draft-policy diff. Results are insert-only: see result.h.
 */
#include "services/result.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/civil.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "domain/scoring.h"
#include "services/policy.h"
#include "services/wave.h"
#include "services/audit.h"
#include "services/wave_common.h"

/* one item of a result: a competency against its standard, or a potential aspect */
struct ritem {
    char code[24];
    char kind[16]; /* manajerial | sosial_kultural | teknis | potensi */
    int lkj, lki;
};

struct rinput {
    int64_t participant, employee, wave, position;
    char purpose[16];
    char jenjang[32];
    size_t n;
    struct ritem items[SCORING_MAX_ITEMS * 2];
};

static enum scoring_kind kind_of(const char *k)
{
    if (strcmp(k, "teknis") == 0)
        return SCORING_TEKNIS;
    if (strcmp(k, "sosial_kultural") == 0)
        return SCORING_SOSIAL_KULTURAL;
    return SCORING_MANAJERIAL;
}

/* scores in under p; items and potential split as scoring_evaluate wants them */
static int rinput_score(const struct scoring_policy *p, const struct rinput *in,
                        struct scoring_item *items, size_t *nitems, size_t *map,
                        struct scoring_outcome *o)
{
    int pot[SCORING_MAX_ITEMS];
    size_t npot = 0, n = 0;

    for (size_t i = 0; i < in->n; i++) {
        if (strcmp(in->items[i].kind, "potensi") == 0) {
            if (npot < SCORING_MAX_ITEMS)
                pot[npot++] = in->items[i].lki;
        } else if (n < SCORING_MAX_ITEMS) {
            items[n] = (struct scoring_item){in->items[i].code, kind_of(in->items[i].kind),
                                             in->items[i].lkj, in->items[i].lki};
            map[n++] = i;
        }
    }
    *nitems = n;
    return scoring_evaluate(p, in->purpose, in->jenjang, items, n, pot, npot, o);
}

static json_t *bp_json(int64_t bp)
{
    return json_real((double)bp / 100.0);
}

static json_t *level_json(int tenths)
{
    if (tenths % 10 == 0)
        return json_integer(tenths / 10);
    return json_real(tenths / 10.0);
}

/* the report part of a result: strengths, development areas and plan, weights */
static json_t *detail_json(const struct scoring_policy *p, const char *purpose,
                           const struct scoring_item *items, const struct scoring_outcome *o)
{
    json_t *d = json_object(), *arr;
    const struct jpm_scale *scale = scoring_scale(p, purpose);

    json_object_set_new(d, "scale", json_string(scale->code));
    if (o->category) {
        json_object_set_new(d, "category_label_id", json_string(o->category->label_id));
        json_object_set_new(d, "category_label_en", json_string(o->category->label_en));
    }
    if (o->potential_category) {
        json_object_set_new(d, "potential_label_id", json_string(o->potential_category->label_id));
        json_object_set_new(d, "potential_label_en", json_string(o->potential_category->label_en));
    }
    if (o->weighted)
        json_object_set_new(d, "weights",
                            json_pack("{s:i, s:o, s:o}", "teknis_pct", o->teknis_pct, "teknis",
                                      bp_json(o->teknis_bp), "manajerial",
                                      bp_json(o->manajerial_bp)));
    arr = json_array();
    for (size_t i = 0; i < o->nstrengths; i++) {
        const struct scoring_item *it = &items[o->strengths[i]];
        const struct scoring_dev *dv = scoring_development(p, it->lki - it->lkj);
        json_t *s = json_pack("{s:s, s:o}", "code", it->code, "gap", level_json(it->lki - it->lkj));
        if (dv)
            json_object_set_new(s, "plan",
                                json_pack("{s:s, s:s, s:s}", "kind", dv->kind, "label_id",
                                          dv->label_id, "label_en", dv->label_en));
        json_array_append_new(arr, s);
    }
    json_object_set_new(d, "strengths", arr);
    arr = json_array();
    for (size_t i = 0; i < o->ndevelop; i++) {
        const struct scoring_item *it = &items[o->develop[i]];
        const struct scoring_dev *dv = scoring_development(p, it->lki - it->lkj);
        json_t *s = json_pack("{s:s, s:o}", "code", it->code, "gap", level_json(it->lki - it->lkj));
        if (dv)
            json_object_set_new(s, "plan",
                                json_pack("{s:s, s:s, s:s}", "kind", dv->kind, "label_id",
                                          dv->label_id, "label_en", dv->label_en));
        json_array_append_new(arr, s);
    }
    json_object_set_new(d, "development", arr);
    return d;
}

static int result_insert(struct db *db, int64_t tenant, const struct policy *pol,
                         const struct rinput *in, int revision, int64_t correction_id,
                         const char *finalised_at, const char *valid_until, int64_t *result_id,
                         struct merit_error *err)
{
    struct scoring_item items[SCORING_MAX_ITEMS];
    size_t map[SCORING_MAX_ITEMS], n;
    struct scoring_outcome o;
    struct db_stmt *st = NULL;
    json_t *detail;
    char *text = NULL;
    int rc = -1, step;

    if (rinput_score(&pol->scoring, in, items, &n, map, &o) != 0)
        return err_set(err, MERIT_EINVAL, "%s",
                       T("hasil tidak dapat dihitung: tidak ada kompetensi yang cocok dengan SKJ "
                         "jabatan target",
                         "the result cannot be computed: no competency matches the target "
                         "position's SKJ"));
    detail = detail_json(&pol->scoring, in->purpose, items, &o);
    text = json_dumps(detail, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    json_decref(detail);
    st = db_prepare(db,
                    "INSERT INTO result (tenant_id, participant_id, employee_id, wave_id,"
                    " position_id, revision, policy_id, sum_lki, sum_lkj, jpm_bp, jpm_cap_bp,"
                    " score_bp, category, potential_bp, potential_category, detail, finalised_at,"
                    " valid_until, jenjang, n_items, correction_id) VALUES ($1, $2, $3, $4, $5, $6,"
                    " $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)"
                    " RETURNING id",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, in->participant);
    db_bind_int64(st, 3, in->employee);
    db_bind_int64(st, 4, in->wave);
    db_bind_int64(st, 5, in->position);
    db_bind_int64(st, 6, revision);
    db_bind_int64(st, 7, pol->id);
    db_bind_int64(st, 8, o.all.sum_lki);
    db_bind_int64(st, 9, o.all.sum_lkj);
    db_bind_int64(st, 10, o.all.jpm_bp);
    db_bind_int64(st, 11, o.all.jpm_cap_bp);
    db_bind_int64(st, 12, o.score_bp);
    db_bind_text(st, 13, o.category ? o.category->code : "");
    if (o.has_potential) {
        db_bind_int64(st, 14, o.potential_bp);
        db_bind_text(st, 15, o.potential_category ? o.potential_category->code : "");
    } else {
        db_bind_null(st, 14);
        db_bind_null(st, 15);
    }
    db_bind_text(st, 16, text);
    db_bind_text(st, 17, finalised_at);
    db_bind_text(st, 18, valid_until);
    db_bind_text(st, 19, in->jenjang);
    db_bind_int64(st, 20, (int64_t)in->n);
    if (correction_id)
        db_bind_int64(st, 21, correction_id);
    else
        db_bind_null(st, 21);
    step = db_step(st, err);
    if (step != DB_ROW)
        goto out;
    *result_id = db_col_int64(st, 0);
    db_finalize(st);
    st = db_prepare(db,
                    "INSERT INTO result_item (result_id, target_code, target_kind, lkj, lki)"
                    " VALUES ($1, $2, $3, $4, $5)",
                    err);
    if (!st)
        goto out;
    for (size_t i = 0; i < in->n; i++) {
        db_reset(st);
        db_bind_int64(st, 1, *result_id);
        db_bind_text(st, 2, in->items[i].code);
        db_bind_text(st, 3, in->items[i].kind);
        db_bind_int64(st, 4,
                      strcmp(in->items[i].kind, "potensi") == 0 ? pol->scoring.potential_standard
                                                                : in->items[i].lkj);
        db_bind_int64(st, 5, in->items[i].lki);
        if (db_step(st, err) != DB_DONE)
            goto out;
    }
    rc = 0;
out:
    db_finalize(st);
    free(text);
    return rc;
}

/* ---- finalisation ------------------------------------------------------ */

struct fin_part {
    int64_t pid, employee, position;
    char jenjang[32];
};

int wave_finalise(struct db *db, int64_t tenant, int64_t wave, const char *now, long *finalised,
                  struct merit_error *err)
{
    return wave_finalise_as(db, tenant, wave, now, "operator", finalised, err);
}

int wave_finalise_as(struct db *db, int64_t tenant, int64_t wave, const char *now,
                     const char *actor, long *finalised, struct merit_error *err)
{
    struct wave_info w;
    struct policy *p = NULL;
    struct db_stmt *st = NULL;
    struct fin_part *ps = NULL;
    struct rinput *in = NULL;
    size_t n = 0, cap = 0;
    int step, rc = -1;
    int64_t blocking = 0;
    char today[11], valid[11], wv[24];
    struct civil_date d;
    const char *why;

    *finalised = 0;
    if (db_begin(db, err) != 0)
        return -1;
    if (wc_wave_policy(db, tenant, wave, &w, &p, err) || wc_wave_open(&w, err))
        goto out;
    snprintf(wv, sizeof(wv), "%lld", (long long)wave);
    if (db_query_int64(db,
                       "SELECT COUNT(*) FROM participant WHERE wave_id = CAST($1 AS BIGINT)"
                       " AND status NOT IN ('integrated', 'final', 'absent', 'withdrawn')",
                       (const char *const[]){wv}, 1, &blocking, err) != 0)
        goto out;
    if (blocking > 0) {
        err_set(err, MERIT_ECONFLICT, "%lld %s", (long long)blocking,
                T("peserta belum selesai integrasi (atau menunggu pendapat kedua); lihat "
                  "'merit wave show'",
                  "participants have not completed integration (or await a second opinion); see "
                  "'merit wave show'"));
        goto out;
    }
    snprintf(today, sizeof(today), "%.10s", now);
    if (civil_parse(today, 10, 0, &d, &why) != 0) {
        err_set(err, MERIT_EINTERNAL, "wave_finalise: bad now '%s'", now);
        goto out;
    }
    civil_format(civil_add_months(d, p->scoring.validity_months), valid);
    st = db_prepare(db,
                    "SELECT pa.id, pa.employee_id, pa.target_position_id, po.jenjang_code"
                    " FROM participant pa JOIN position po ON po.id = pa.target_position_id"
                    " WHERE pa.wave_id = $1 AND pa.status = 'integrated' ORDER BY pa.id",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    while ((step = db_step(st, err)) == DB_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            ps = xreallocarray(ps, cap, sizeof(*ps));
        }
        ps[n].pid = db_col_int64(st, 0);
        ps[n].employee = db_col_int64(st, 1);
        ps[n].position = db_col_int64(st, 2);
        snprintf(ps[n].jenjang, sizeof(ps[n].jenjang), "%s", db_col_text(st, 3));
        n++;
    }
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto out;
    in = xmalloc(sizeof(*in));
    for (size_t i = 0; i < n; i++) {
        int64_t rid;

        memset(in, 0, sizeof(*in));
        in->participant = ps[i].pid;
        in->employee = ps[i].employee;
        in->wave = wave;
        in->position = ps[i].position;
        snprintf(in->purpose, sizeof(in->purpose), "%s", w.purpose);
        snprintf(in->jenjang, sizeof(in->jenjang), "%s", ps[i].jenjang);
        /* decided levels against the target position's SKJ as it is now (snapshotted into
         * result_item); competencies outside the SKJ are not part of the JPM */
        st = db_prepare(db,
                        "SELECT i.target_code, CASE WHEN i.target_kind = 'potensi' THEN 'potensi'"
                        " ELSE s.kind END, COALESCE(s.level, 0), i.decided FROM integration i"
                        " LEFT JOIN skj_item s ON s.position_id = $2 AND s.competency_code ="
                        " i.target_code LEFT JOIN ref_competency rc ON rc.code = i.target_code"
                        " LEFT JOIN ref_potential_aspect ra ON ra.code = i.target_code"
                        " WHERE i.participant_id = $1 AND (i.target_kind = 'potensi'"
                        " OR s.level IS NOT NULL)"
                        " ORDER BY i.target_kind, COALESCE(rc.rank_order, ra.rank_order, 1000),"
                        " i.target_code",
                        err);
        if (!st)
            goto out;
        db_bind_int64(st, 1, ps[i].pid);
        db_bind_int64(st, 2, ps[i].position);
        while ((step = db_step(st, err)) == DB_ROW && in->n < SCORING_MAX_ITEMS * 2) {
            struct ritem *it = &in->items[in->n++];
            snprintf(it->code, sizeof(it->code), "%s", db_col_text(st, 0));
            snprintf(it->kind, sizeof(it->kind), "%s", db_col_text(st, 1));
            it->lkj = (int)db_col_int64(st, 2) * 10;
            it->lki = (int)db_col_int64(st, 3);
        }
        db_finalize(st);
        st = NULL;
        if (step == DB_ERROR)
            goto out;
        if (result_insert(db, tenant, p, in, 1, 0, now, valid, &rid, err) != 0 ||
            wc_exec(db, "UPDATE participant SET status = 'final' WHERE id = $1", err, "i",
                    ps[i].pid) != 0)
            goto out;
        (*finalised)++;
    }
    {
        char obj[96], count[24];
        snprintf(obj, sizeof(obj), "wave:%s", w.code);
        snprintf(count, sizeof(count), "%ld", *finalised);
        if (wc_exec(db, "UPDATE wave SET status = 'final', finalised_at = $1 WHERE id = $2", err,
                    "si", now, wave) != 0 ||
            audit_append(db, tenant, now, actor ? actor : "operator", "wave.finalise", obj, "open",
                         count, "results finalised", err) != 0 ||
            db_commit(db, err) != 0)
            goto out;
    }
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    db_finalize(st);
    free(ps);
    free(in);
    policy_free(p);
    return rc;
}

/* ---- reading ----------------------------------------------------------- */

#define RESULT_COLS                                                                                \
    "r.id, r.revision, e.nip, e.name, w.code, w.name, w.purpose, po.code, po.name,"                \
    " r.jenjang, pol.version, r.sum_lki, r.sum_lkj, r.jpm_bp, r.jpm_cap_bp, r.score_bp,"           \
    " r.category, r.potential_bp, r.potential_category, r.detail, r.finalised_at, r.valid_until,"  \
    " r.participant_id, u.name"
#define RESULT_FROM                                                                                \
    " FROM result r JOIN employee e ON e.id = r.employee_id JOIN wave w ON w.id = r.wave_id"       \
    " JOIN position po ON po.id = r.position_id JOIN policy pol ON pol.id = r.policy_id"           \
    " LEFT JOIN unit u ON u.id = e.unit_id"                                                        \
    " WHERE r.tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM result r2 WHERE"                        \
    " r2.participant_id = r.participant_id AND r2.revision > r.revision)"

static json_t *result_row_json(struct db_stmt *st, const char *today)
{
    json_t *o = json_object(), *detail;
    json_error_t je;
    char valid[11];

    json_object_set_new(o, "nip", json_string(db_col_text(st, 2)));
    json_object_set_new(o, "name", json_string(db_col_text(st, 3)));
    json_object_set_new(o, "unit", json_string(db_col_text(st, 23)));
    json_object_set_new(o, "wave", json_string(db_col_text(st, 4)));
    json_object_set_new(o, "wave_name", json_string(db_col_text(st, 5)));
    json_object_set_new(o, "purpose", json_string(db_col_text(st, 6)));
    json_object_set_new(o, "position", json_string(db_col_text(st, 7)));
    json_object_set_new(o, "position_name", json_string(db_col_text(st, 8)));
    json_object_set_new(o, "jenjang", json_string(db_col_text(st, 9)));
    json_object_set_new(o, "policy_version", json_integer(db_col_int64(st, 10)));
    json_object_set_new(o, "revision", json_integer(db_col_int64(st, 1)));
    json_object_set_new(o, "sum_lki", level_json((int)db_col_int64(st, 11)));
    json_object_set_new(o, "sum_lkj", level_json((int)db_col_int64(st, 12)));
    json_object_set_new(o, "jpm", bp_json(db_col_int64(st, 13)));
    json_object_set_new(o, "jpm_capped", bp_json(db_col_int64(st, 14)));
    json_object_set_new(o, "score", bp_json(db_col_int64(st, 15)));
    json_object_set_new(o, "category", json_string(db_col_text(st, 16)));
    if (!db_col_isnull(st, 17)) {
        json_object_set_new(o, "potential", bp_json(db_col_int64(st, 17)));
        json_object_set_new(o, "potential_category", json_string(db_col_text(st, 18)));
    } else {
        json_object_set_new(o, "potential", json_null());
        json_object_set_new(o, "potential_category", json_null());
    }
    detail = json_loads(db_col_text(st, 19), 0, &je);
    json_object_set_new(o, "detail", detail ? detail : json_null());
    json_object_set_new(o, "finalised_at", json_string(db_col_text(st, 20)));
    snprintf(valid, sizeof(valid), "%.10s", db_col_text(st, 21));
    json_object_set_new(o, "valid_until", json_string(valid));
    json_object_set_new(o, "expired", json_boolean(today && strcmp(valid, today) < 0));
    return o;
}

static int result_items_json(struct db *db, int64_t rid, json_t *o, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT ri.target_code, ri.target_kind, ri.lkj, ri.lki,"
        " COALESCE(rc.name, ra.name, tc.name, ri.target_code)"
        " FROM result_item ri JOIN result r ON r.id = ri.result_id"
        " LEFT JOIN ref_competency rc ON rc.code = ri.target_code"
        " LEFT JOIN ref_potential_aspect ra ON ra.code = ri.target_code"
        " LEFT JOIN tech_competency tc ON tc.code = ri.target_code AND tc.tenant_id = r.tenant_id"
        " WHERE ri.result_id = $1"
        " ORDER BY CASE ri.target_kind WHEN 'potensi' THEN 2 WHEN 'teknis' THEN 1 ELSE 0 END,"
        " COALESCE(rc.rank_order, ra.rank_order, 1000), ri.target_code",
        err);
    json_t *items = json_array(), *pot = json_array();
    int step;

    if (!st) {
        json_decref(items);
        json_decref(pot);
        return -1;
    }
    db_bind_int64(st, 1, rid);
    while ((step = db_step(st, err)) == DB_ROW) {
        int lkj = (int)db_col_int64(st, 2), lki = (int)db_col_int64(st, 3);
        int is_pot = strcmp(db_col_text(st, 1), "potensi") == 0;
        json_t *it = json_pack("{s:s, s:s, s:s}", "code", db_col_text(st, 0), "kind",
                               db_col_text(st, 1), "name", db_col_text(st, 4));
        if (!is_pot) {
            json_object_set_new(it, "lkj", level_json(lkj));
            json_object_set_new(it, "lki", level_json(lki));
            json_object_set_new(it, "gap", level_json(lki - lkj));
        } else {
            json_object_set_new(it, "level", level_json(lki));
            json_object_set_new(it, "standard", level_json(lkj));
        }
        json_array_append_new(is_pot ? pot : items, it);
    }
    db_finalize(st);
    json_object_set_new(o, "items", items);
    json_object_set_new(o, "potential_aspects", pot);
    return step == DB_DONE ? 0 : -1;
}

static int result_corrections_json(struct db *db, int64_t participant, json_t *o,
                                   struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db,
                                    "SELECT c.target_code, c.old_level, c.new_level, c.reason,"
                                    " c.actor, c.created_at, n.revision FROM correction c"
                                    " JOIN result n ON n.correction_id = c.id"
                                    " WHERE n.participant_id = $1 ORDER BY n.revision",
                                    err);
    json_t *arr = json_array();
    int step;

    if (!st) {
        json_decref(arr);
        return -1;
    }
    db_bind_int64(st, 1, participant);
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(
            arr, json_pack("{s:s, s:o, s:o, s:s, s:s, s:s, s:I}", "code", db_col_text(st, 0),
                           "old_level", level_json((int)db_col_int64(st, 1)), "new_level",
                           level_json((int)db_col_int64(st, 2)), "reason", db_col_text(st, 3),
                           "actor", db_col_text(st, 4), "at", db_col_text(st, 5), "revision",
                           (json_int_t)db_col_int64(st, 6)));
    db_finalize(st);
    json_object_set_new(o, "corrections", arr);
    return step == DB_DONE ? 0 : -1;
}

int result_show(struct db *db, int64_t tenant, const char *nip, const char *wave, const char *today,
                json_t **out, struct merit_error *err)
{
    struct db_stmt *st =
        db_prepare(db,
                   "SELECT " RESULT_COLS RESULT_FROM " AND e.nip = $2 AND ($3 = '' OR w.code = $3)"
                   " ORDER BY r.finalised_at DESC, r.id DESC LIMIT 1",
                   err);
    json_t *o = NULL;
    int64_t rid = 0, pid = 0;
    int step;

    *out = NULL;
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, nip);
    db_bind_text(st, 3, wave ? wave : "");
    step = db_step(st, err);
    if (step == DB_ROW) {
        o = result_row_json(st, today);
        rid = db_col_int64(st, 0);
        pid = db_col_int64(st, 22);
    } else if (step == DB_DONE) {
        err_set(err, MERIT_ENOTFOUND, "%s %s%s%s",
                T("tidak ada hasil final untuk NIP", "no finalised result for NIP"), nip,
                wave ? T(" di gelombang ", " in wave ") : "", wave ? wave : "");
    }
    db_finalize(st);
    if (!o)
        return -1;
    if (result_items_json(db, rid, o, err) != 0 || result_corrections_json(db, pid, o, err) != 0) {
        json_decref(o);
        return -1;
    }
    *out = o;
    return 0;
}

int result_list(struct db *db, int64_t tenant, int64_t wave, const char *today, json_t **out,
                struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db,
                                    "SELECT " RESULT_COLS RESULT_FROM " AND r.wave_id = $2"
                                    " ORDER BY r.score_bp DESC, r.jpm_bp DESC, e.nip",
                                    err);
    json_t *arr = json_array();
    int step, rank = 0;

    *out = NULL;
    if (!st) {
        json_decref(arr);
        return -1;
    }
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, wave);
    while ((step = db_step(st, err)) == DB_ROW) {
        json_t *o = result_row_json(st, today);
        json_object_del(o, "detail");
        json_object_set_new(o, "rank", json_integer(++rank));
        json_array_append_new(arr, o);
    }
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(arr);
        return -1;
    }
    *out = arr;
    return 0;
}

int result_employee_json(struct db *db, int64_t tenant, const char *nip, const char *today,
                         int published_only, int64_t *employee, json_t **out,
                         struct merit_error *err)
{
    struct db_stmt *st;
    json_t *arr = NULL, *o;
    int64_t *rids = NULL;
    size_t n = 0, cap = 0, i;
    int step;

    *out = NULL;
    if (wc_employee(db, tenant, nip, employee, err) != 0)
        return -1;
    st = db_prepare(
        db,
        "SELECT " RESULT_COLS ", CASE WHEN EXISTS (SELECT 1 FROM result r2 WHERE"
        " r2.participant_id = r.participant_id AND r2.revision > r.revision) THEN 0 ELSE 1 END,"
        " (SELECT COUNT(*) FROM wave_publication wp WHERE wp.wave_id = r.wave_id),"
        " c.target_code, c.old_level, c.new_level, c.reason, c.actor, c.created_at"
        " FROM result r JOIN employee e ON e.id = r.employee_id JOIN wave w ON w.id = r.wave_id"
        " JOIN position po ON po.id = r.position_id JOIN policy pol ON pol.id = r.policy_id"
        " LEFT JOIN unit u ON u.id = e.unit_id LEFT JOIN correction c ON c.id = r.correction_id"
        " WHERE r.tenant_id = $1 AND r.employee_id = $2 AND (CAST($3 AS BIGINT) = 0 OR EXISTS"
        " (SELECT 1 FROM wave_publication wp WHERE wp.wave_id = r.wave_id))"
        " ORDER BY w.start_date DESC, w.code, r.revision DESC",
        err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, *employee);
    db_bind_int64(st, 3, published_only ? 1 : 0);
    arr = json_array();
    while ((step = db_step(st, err)) == DB_ROW) {
        o = result_row_json(st, today);
        json_object_set_new(o, "current", json_boolean(db_col_int64(st, 24) != 0));
        json_object_set_new(o, "published", json_boolean(db_col_int64(st, 25) != 0));
        if (db_col_isnull(st, 26))
            json_object_set_new(o, "correction", json_null());
        else
            json_object_set_new(
                o, "correction",
                json_pack("{s:s, s:o, s:o, s:s, s:s, s:s}", "code", db_col_text(st, 26),
                          "old_level", level_json((int)db_col_int64(st, 27)), "new_level",
                          level_json((int)db_col_int64(st, 28)), "reason", db_col_text(st, 29),
                          "actor", db_col_text(st, 30), "at", db_col_text(st, 31)));
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            rids = xreallocarray(rids, cap, sizeof(*rids));
        }
        rids[n++] = db_col_int64(st, 0);
        json_array_append_new(arr, o);
    }
    db_finalize(st);
    if (step != DB_DONE)
        goto fail;
    /* the items once the statement is done (PostgreSQL: one statement at a time) */
    for (i = 0; i < n; i++)
        if (result_items_json(db, rids[i], json_array_get(arr, i), err) != 0)
            goto fail;
    free(rids);
    *out = arr;
    return 0;
fail:
    free(rids);
    json_decref(arr);
    return -1;
}

/* ---- corrections --------------------------------------------------------- */

/* the current revision of a participant's result and what it was computed from */
static int rinput_load(struct db *db, int64_t tenant, int64_t participant, struct rinput *in,
                       int64_t *rid, int *revision, int64_t *policy_id, char finalised[32],
                       char valid[11], struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT r.id, r.revision, r.policy_id, r.finalised_at, r.valid_until, r.employee_id,"
        " r.wave_id, r.position_id, w.purpose, r.jenjang FROM result r"
        " JOIN wave w ON w.id = r.wave_id JOIN position po ON po.id = r.position_id"
        " WHERE r.tenant_id = $1 AND r.participant_id = $2 ORDER BY r.revision DESC LIMIT 1",
        err);
    int step, rc = -1;

    if (!st)
        return -1;
    memset(in, 0, sizeof(*in));
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, participant);
    step = db_step(st, err);
    if (step == DB_ROW) {
        *rid = db_col_int64(st, 0);
        *revision = (int)db_col_int64(st, 1);
        *policy_id = db_col_int64(st, 2);
        snprintf(finalised, 32, "%s", db_col_text(st, 3));
        snprintf(valid, 11, "%.10s", db_col_text(st, 4));
        in->participant = participant;
        in->employee = db_col_int64(st, 5);
        in->wave = db_col_int64(st, 6);
        in->position = db_col_int64(st, 7);
        snprintf(in->purpose, sizeof(in->purpose), "%s", db_col_text(st, 8));
        snprintf(in->jenjang, sizeof(in->jenjang), "%s", db_col_text(st, 9));
        rc = 0;
    } else if (step == DB_DONE) {
        err_set(err, MERIT_ENOTFOUND, "%s",
                T("peserta belum punya hasil final", "the participant has no finalised result"));
    }
    db_finalize(st);
    if (rc != 0)
        return -1;
    st = db_prepare(db,
                    "SELECT ri.target_code, ri.target_kind, ri.lkj, ri.lki FROM result_item ri"
                    " LEFT JOIN ref_competency rc ON rc.code = ri.target_code"
                    " LEFT JOIN ref_potential_aspect ra ON ra.code = ri.target_code"
                    " WHERE ri.result_id = $1 ORDER BY ri.target_kind,"
                    " COALESCE(rc.rank_order, ra.rank_order, 1000), ri.target_code",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, *rid);
    while ((step = db_step(st, err)) == DB_ROW && in->n < SCORING_MAX_ITEMS * 2) {
        struct ritem *it = &in->items[in->n++];
        snprintf(it->code, sizeof(it->code), "%s", db_col_text(st, 0));
        snprintf(it->kind, sizeof(it->kind), "%s", db_col_text(st, 1));
        it->lkj = (int)db_col_int64(st, 2);
        it->lki = (int)db_col_int64(st, 3);
    }
    db_finalize(st);
    return step == DB_ERROR ? -1 : 0;
}

int result_correct(struct db *db, int64_t tenant, int64_t wave, const char *nip, const char *target,
                   int level, const char *reason, const char *actor, const char *now, int *revision,
                   struct merit_error *err)
{
    struct policy *p = NULL;
    struct rinput *in = xmalloc(sizeof(*in));
    struct db_stmt *st = NULL;
    int64_t pid, rid, policy_id, new_rid, cid;
    char status[16], finalised[32], valid[11];
    int rev, rc = -1, old = -1;
    size_t k = 0;

    if (!reason || strlen(reason) < 10) {
        free(in);
        return err_set_at(err, MERIT_EINVAL, 0, "reason", "%s",
                          T("koreksi wajib beralasan (min. 10 karakter)",
                            "a correction needs a reason (at least 10 characters)"));
    }
    if (!actor || !*actor) {
        free(in);
        return err_set_at(err, MERIT_EINVAL, 0, "actor", "%s",
                          T("sebutkan siapa yang mengoreksi", "say who makes the correction"));
    }
    if (db_begin(db, err) != 0) {
        free(in);
        return -1;
    }
    if (wc_participant(db, tenant, wave, nip, &pid, NULL, status, err) ||
        rinput_load(db, tenant, pid, in, &rid, &rev, &policy_id, finalised, valid, err) ||
        policy_load_id(db, tenant, policy_id, &p, err))
        goto out;
    for (k = 0; k < in->n; k++)
        if (strcmp(in->items[k].code, target) == 0)
            break;
    if (k == in->n) {
        err_set_at(err, MERIT_ENOTFOUND, 0, "target", "%s %s", target,
                   T("tidak ada dalam hasil ini", "is not part of this result"));
        goto out;
    }
    if (!scoring_level_ok(&p->scoring, level)) {
        err_set_at(err, MERIT_EINVAL, 0, "level", "%s",
                   T("level di luar kisi kebijakan hasil ini",
                     "the level is off the grid of this result's policy"));
        goto out;
    }
    old = in->items[k].lki;
    if (old == level) {
        err_set_at(err, MERIT_EINVAL, 0, "level", "%s",
                   T("level sama dengan yang tercatat; tidak ada yang dikoreksi",
                     "the level is what is recorded; nothing to correct"));
        goto out;
    }
    in->items[k].lki = level;
    /* the correction first: the database admits revision n + 1 only when it names the
     * correction of revision n. The standards snapshot and the policy stay; only the level
     * changes. */
    st = db_prepare(db,
                    "INSERT INTO correction (tenant_id, participant_id, result_id, target_code,"
                    " old_level, new_level, reason, actor, created_at) VALUES ($1, $2, $3, $4, $5,"
                    " $6, $7, $8, $9) RETURNING id",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, pid);
    db_bind_int64(st, 3, rid);
    db_bind_text(st, 4, target);
    db_bind_int64(st, 5, old);
    db_bind_int64(st, 6, level);
    db_bind_text(st, 7, reason);
    db_bind_text(st, 8, actor);
    db_bind_text(st, 9, now);
    if (db_step(st, err) != DB_ROW)
        goto out;
    cid = db_col_int64(st, 0);
    db_finalize(st);
    st = NULL;
    {
        char obj[96], b[8], a[8];
        snprintf(obj, sizeof(obj), "result:%s/%s", nip, target);
        wc_level_format(old, b);
        wc_level_format(level, a);
        if (result_insert(db, tenant, p, in, rev + 1, cid, finalised, valid, &new_rid, err) != 0 ||
            audit_append(db, tenant, now, actor, "result.correct", obj, b, a, reason, err) != 0 ||
            db_commit(db, err) != 0)
            goto out;
    }
    *revision = rev + 1;
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    db_finalize(st);
    policy_free(p);
    free(in);
    return rc;
}

/* ---- what a draft would change ------------------------------------------ */

struct diff_row {
    int64_t rid;
    char nip[24], name[128], wave[64], category[32];
    int64_t score;
    struct rinput in;
};

int result_policy_diff(struct db *db, int64_t tenant, int version,
                       void (*fn)(void *, const struct result_change *), void *ctx, long *total,
                       long *changed, struct merit_error *err)
{
    struct policy *p = NULL;
    struct db_stmt *st = NULL;
    struct diff_row *rows = NULL;
    size_t n = 0, cap = 0, cur = 0;
    int step, rc = -1;

    *total = *changed = 0;
    if (policy_load(db, tenant, version, &p, err) != 0)
        return -1;
    st = db_prepare(db,
                    "SELECT r.id, e.nip, e.name, w.code, r.category, r.score_bp, w.purpose,"
                    " r.jenjang FROM result r JOIN employee e ON e.id = r.employee_id"
                    " JOIN wave w ON w.id = r.wave_id JOIN position po ON po.id = r.position_id"
                    " WHERE r.tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM result r2 WHERE"
                    " r2.participant_id = r.participant_id AND r2.revision > r.revision)"
                    " ORDER BY r.id",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, tenant);
    while ((step = db_step(st, err)) == DB_ROW) {
        struct diff_row *d;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            rows = xreallocarray(rows, cap, sizeof(*rows));
        }
        d = &rows[n++];
        memset(d, 0, sizeof(*d));
        d->rid = db_col_int64(st, 0);
        snprintf(d->nip, sizeof(d->nip), "%s", db_col_text(st, 1));
        snprintf(d->name, sizeof(d->name), "%s", db_col_text(st, 2));
        snprintf(d->wave, sizeof(d->wave), "%s", db_col_text(st, 3));
        snprintf(d->category, sizeof(d->category), "%s", db_col_text(st, 4));
        d->score = db_col_int64(st, 5);
        snprintf(d->in.purpose, sizeof(d->in.purpose), "%s", db_col_text(st, 6));
        snprintf(d->in.jenjang, sizeof(d->in.jenjang), "%s", db_col_text(st, 7));
    }
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto out;
    /* every item in one pass, merged into the rows by result id */
    st = db_prepare(db,
                    "SELECT ri.result_id, ri.target_code, ri.target_kind, ri.lkj, ri.lki"
                    " FROM result_item ri JOIN result r ON r.id = ri.result_id"
                    " LEFT JOIN ref_competency rc ON rc.code = ri.target_code"
                    " LEFT JOIN ref_potential_aspect ra ON ra.code = ri.target_code"
                    " WHERE r.tenant_id = $1 ORDER BY ri.result_id, ri.target_kind,"
                    " COALESCE(rc.rank_order, ra.rank_order, 1000), ri.target_code",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, tenant);
    while ((step = db_step(st, err)) == DB_ROW) {
        int64_t rid = db_col_int64(st, 0);
        struct rinput *in;
        struct ritem *it;

        while (cur < n && rows[cur].rid < rid)
            cur++;
        if (cur == n || rows[cur].rid != rid)
            continue; /* a superseded revision */
        in = &rows[cur].in;
        if (in->n >= SCORING_MAX_ITEMS * 2)
            continue;
        it = &in->items[in->n++];
        snprintf(it->code, sizeof(it->code), "%s", db_col_text(st, 1));
        snprintf(it->kind, sizeof(it->kind), "%s", db_col_text(st, 2));
        it->lkj = (int)db_col_int64(st, 3);
        it->lki = (int)db_col_int64(st, 4);
    }
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto out;
    for (size_t i = 0; i < n; i++) {
        struct scoring_item items[SCORING_MAX_ITEMS];
        size_t map[SCORING_MAX_ITEMS], ni;
        struct scoring_outcome o;
        const char *nc;

        if (rinput_score(&p->scoring, &rows[i].in, items, &ni, map, &o) != 0)
            continue;
        (*total)++;
        nc = o.category ? o.category->code : "";
        if (strcmp(nc, rows[i].category) != 0) {
            struct result_change ch = {rows[i].nip,
                                       rows[i].name,
                                       rows[i].wave,
                                       rows[i].score,
                                       o.score_bp,
                                       rows[i].category,
                                       nc};
            (*changed)++;
            if (fn)
                fn(ctx, &ch);
        }
    }
    rc = 0;
out:
    db_finalize(st);
    free(rows);
    policy_free(p);
    return rc;
}
