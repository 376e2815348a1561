/*
 * api_waves.c - assessment waves over HTTP: reading (list, one wave, its
 * participants and assessors) and the operator's changes from creation to
 * publication, each through the wave services with the signed-in username as
 * the actor of its audit entry. See api_assessment.h.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "api/api.h"
#include "api/api_assessment.h"
#include "base/buf.h"
#include "base/i18n.h"
#include "domain/role.h"
#include "http/server.h"
#include "services/wave.h"

#define WAVE_FILTER_MAX 200
#define WAVE_EVIDENCE_MAX_ROWS 20000

/* ---- shared helpers ----------------------------------------------------- */

void api_asm_today(char out[11])
{
    time_t t = time(NULL);
    struct tm tm;

    gmtime_r(&t, &tm);
    strftime(out, 11, "%Y-%m-%d", &tm);
}

void api_asm_now(char out[21])
{
    time_t t = time(NULL);
    struct tm tm;

    gmtime_r(&t, &tm);
    strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int api_asm_wave(struct http_request *req, struct db **db, int64_t *wave, struct merit_error *err)
{
    if (http_request_db(req, db, err) != 0)
        return -1;
    return wave_find(*db, req->tenant_id, http_request_param(req, "code"), wave, err);
}

int api_asm_page(struct http_request *req, struct http_response *res, json_t *arr,
                 struct merit_error *err)
{
    int64_t limit, offset;
    size_t n = json_array_size(arr);
    json_t *page;

    if (http_query_page(&req->query, &limit, &offset, err) != 0) {
        json_decref(arr);
        return -1;
    }
    page = json_array();
    for (size_t i = (size_t)offset; i < n && i < (size_t)(offset + limit); i++)
        json_array_append(page, json_array_get(arr, i));
    json_decref(arr);
    http_response_page(res, page, (int64_t)n, limit, offset);
    return 0;
}

int api_asm_level(json_t *v, const char *field, int *tenths, struct merit_error *err)
{
    double d = json_number_value(v) * 10.0;
    long r = (long)(d + (d >= 0 ? 0.5 : -0.5));
    double diff = d - (double)r;

    if (!json_is_number(v) || diff > 1e-6 || diff < -1e-6 || r < 10 || r > 50)
        return err_set_at(err, MERIT_EINVAL, 0, field, "%s",
                          T("level 1-5 dengan paling banyak satu desimal (mis. 3 atau 3.5)",
                            "a level 1-5 with at most one decimal (e.g. 3 or 3.5)"));
    *tenths = (int)r;
    return 0;
}

static const char *wave_jstr(json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

/* the assessor an assessor account stands for (-1: none, sees nothing); 0 for everyone else */
static int64_t wave_assessor_of(const struct http_request *req)
{
    if (req->auth.role != ROLE_ASSESSOR)
        return 0;
    return req->auth.assessor_id ? req->auth.assessor_id : -1;
}

/* answers the wave's summary after a change (status 200 or 201) */
static int wave_answer(struct http_request *req, struct http_response *res, struct db *db,
                       int64_t wave, int status, struct merit_error *err)
{
    json_t *o;

    if (wave_show_json(db, req->tenant_id, wave, &o, err) != 0)
        return -1;
    http_response_json(res, status, o);
    return 0;
}

/* ---- reading ------------------------------------------------------------ */

int api_waves_list(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    json_t *arr;

    if (http_request_db(req, &db, err) != 0 ||
        wave_list_for_json(db, req->tenant_id, wave_assessor_of(req), &arr, err) != 0)
        return -1;
    return api_asm_page(req, res, arr, err);
}

int api_waves_get(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    int64_t wave;

    if (api_asm_wave(req, &db, &wave, err) != 0 || api_scope_wave(req, wave, 0, err) != 0)
        return -1;
    return wave_answer(req, res, db, wave, 200, err);
}

int api_waves_participants(struct http_request *req, struct http_response *res,
                           struct merit_error *err)
{
    struct db *db;
    int64_t wave;
    const char *status;
    json_t *arr;

    if (http_query_text(&req->query, "status", WAVE_FILTER_MAX, &status, err) != 0 ||
        api_asm_wave(req, &db, &wave, err) != 0 || api_scope_wave(req, wave, 0, err) != 0 ||
        wave_participants_for_json(db, req->tenant_id, wave, wave_assessor_of(req), &arr, err) != 0)
        return -1;
    if (status) {
        json_t *keep = json_array(), *p;
        size_t i;

        json_array_foreach(arr, i, p)
        {
            const char *s = wave_jstr(p, "status");
            if (s && strcmp(s, status) == 0)
                json_array_append(keep, p);
        }
        json_decref(arr);
        arr = keep;
    }
    return api_asm_page(req, res, arr, err);
}

int api_waves_participant(struct http_request *req, struct http_response *res,
                          struct merit_error *err)
{
    struct db *db;
    int64_t wave, employee = 0;
    json_t *o;

    if (api_asm_wave(req, &db, &wave, err) != 0 || api_scope_wave(req, wave, 0, err) != 0 ||
        wave_participant_json(db, req->tenant_id, wave, http_request_param(req, "nip"),
                              wave_assessor_of(req), &employee, &o, err) != 0)
        return -1;
    if (api_scope_wave(req, wave, employee, err) != 0 || json_is_null(o)) {
        json_decref(o);
        return -1;
    }
    http_response_json(res, 200, o);
    return 0;
}

int api_waves_assessors(struct http_request *req, struct http_response *res,
                        struct merit_error *err)
{
    struct db *db;
    int64_t wave;
    json_t *arr;

    if (api_asm_wave(req, &db, &wave, err) != 0 ||
        wave_assessors_json(db, req->tenant_id, wave, &arr, err) != 0)
        return -1;
    return api_asm_page(req, res, arr, err);
}

/* ---- planning ------------------------------------------------------------ */

int api_waves_create(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    json_t *j = req->json, *pv = json_object_get(j, "policy_version");
    struct wave_spec s = {
        wave_jstr(j, "code"),     wave_jstr(j, "name"),          wave_jstr(j, "purpose"),
        wave_jstr(j, "provider"), wave_jstr(j, "provider_name"), wave_jstr(j, "start_date"),
        wave_jstr(j, "end_date"), wave_jstr(j, "venue"),         0};
    struct db *db;
    int64_t wave;

    if (pv) {
        json_int_t v = json_integer_value(pv);
        if (v < 1 || v > 100000)
            return err_set_at(err, MERIT_EINVAL, 0, "policy_version", "%s",
                              T("versi kebijakan 1-100000", "a policy version 1-100000"));
        s.policy_version = (int)v;
    }
    if (http_request_db(req, &db, err) != 0 ||
        wave_create_as(db, req->tenant_id, &s, api_actor(req), &wave, err) != 0)
        return -1;
    return wave_answer(req, res, db, wave, 201, err);
}

int api_waves_method(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    json_t *targets = json_object_get(req->json, "targets"), *t;
    const char *list[64];
    size_t n = 0, i;
    struct db *db;
    int64_t wave;

    if (json_array_size(targets) > 64)
        return err_set_at(err, MERIT_EUSAGE, 0, "targets", "%s",
                          T("paling banyak 64 target", "at most 64 targets"));
    json_array_foreach(targets, i, t)
    {
        if (!json_is_string(t))
            return err_set_at(err, MERIT_EUSAGE, 0, "targets", "%s",
                              T("targets: daftar kode (string)", "targets: a list of codes"));
        list[n++] = json_string_value(t);
    }
    if (api_asm_wave(req, &db, &wave, err) != 0 ||
        wave_method_set_as(db, req->tenant_id, wave, wave_jstr(req->json, "method"),
                           wave_jstr(req->json, "name"), wave_jstr(req->json, "kind"), list, n,
                           api_actor(req), err) != 0)
        return -1;
    return wave_answer(req, res, db, wave, 200, err);
}

int api_waves_targets(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    json_t *positions = json_object_get(req->json, "positions"), *p;
    struct db *db;
    int64_t wave;
    size_t i;

    if (json_array_size(positions) == 0)
        return err_set_at(err, MERIT_EUSAGE, 0, "positions", "%s",
                          T("sebutkan kode jabatan", "list position codes"));
    json_array_foreach(positions, i, p) if (!json_is_string(p)) return err_set_at(
        err, MERIT_EUSAGE, 0, "positions", "%s",
        T("positions: daftar kode jabatan (string)", "positions: a list of position codes"));
    if (api_asm_wave(req, &db, &wave, err) != 0)
        return -1;
    json_array_foreach(positions, i,
                       p) if (wave_target_add_as(db, req->tenant_id, wave, json_string_value(p),
                                                 api_actor(req), err) != 0) return -1;
    http_response_json(res, 200,
                       json_pack("{s:s, s:I}", "wave", http_request_param(req, "code"), "positions",
                                 (json_int_t)json_array_size(positions)));
    return 0;
}

int api_waves_enrol(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    json_t *j = req->json, *nips = json_object_get(j, "nips"), *v;
    const char *list[16];
    struct wave_enrol_filter f;
    char today[11];
    struct db *db;
    int64_t wave;
    long enrolled, skipped;
    size_t i;

    memset(&f, 0, sizeof(f));
    if (json_array_size(nips) > 14)
        return err_set_at(err, MERIT_EUSAGE, 0, "nips", "%s",
                          T("paling banyak 14 NIP per permintaan; pakai filter atau unggah berkas",
                            "at most 14 NIPs a request; use a filter or upload a file"));
    json_array_foreach(nips, i, v)
    {
        if (!json_is_string(v))
            return err_set_at(err, MERIT_EUSAGE, 0, "nips", "%s",
                              T("nips: daftar NIP (string)", "nips: a list of NIPs (strings)"));
        list[f.nnips++] = json_string_value(v);
    }
    f.nips = list;
    f.unit = wave_jstr(j, "unit");
    f.jenjang = wave_jstr(j, "jenjang");
    f.eselon = wave_jstr(j, "eselon");
    f.golongan_min = wave_jstr(j, "golongan_min");
    f.golongan_max = wave_jstr(j, "golongan_max");
    f.target_position = wave_jstr(j, "target_position");
    if ((v = json_object_get(j, "tenure_min_years")) != NULL) {
        if (json_integer_value(v) < 0 || json_integer_value(v) > 60)
            return err_set_at(err, MERIT_EINVAL, 0, "tenure_min_years", "%s",
                              T("masa jabatan 0-60 tahun", "tenure 0-60 years"));
        f.tenure_min_years = (int)json_integer_value(v);
    }
    if ((v = json_object_get(j, "limit")) != NULL) {
        if (json_integer_value(v) < 1 || json_integer_value(v) > 100000000)
            return err_set_at(err, MERIT_EINVAL, 0, "limit", "%s",
                              T("limit paling sedikit 1", "limit at least 1"));
        f.limit = (long)json_integer_value(v);
    }
    api_asm_today(today);
    f.today = today;
    if (api_asm_wave(req, &db, &wave, err) != 0 ||
        wave_enrol_as(db, req->tenant_id, wave, &f, api_actor(req), &enrolled, &skipped, err) != 0)
        return -1;
    http_response_json(res, 200,
                       json_pack("{s:I, s:I}", "enrolled", (json_int_t)enrolled,
                                 "skipped_no_position", (json_int_t)skipped));
    return 0;
}

static int wave_int_member(json_t *j, const char *k, int64_t def, int64_t min, int64_t max,
                           int64_t *out, struct merit_error *err)
{
    json_t *v = json_object_get(j, k);

    *out = v ? (int64_t)json_integer_value(v) : def;
    if (*out < min || *out > max)
        return err_set_at(err, MERIT_EINVAL, 0, k, T("%s: %lld-%lld", "%s: %lld-%lld"), k,
                          (long long)min, (long long)max);
    return 0;
}

int api_waves_group(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    int64_t wave, size, per_day;
    long groups;

    if (wave_int_member(req->json, "size", 6, 1, 100, &size, err) != 0 ||
        wave_int_member(req->json, "per_day", 8, 1, 100, &per_day, err) != 0 ||
        api_asm_wave(req, &db, &wave, err) != 0 ||
        wave_group_as(db, req->tenant_id, wave, (int)size, (int)per_day, api_actor(req), &groups,
                      err) != 0)
        return -1;
    http_response_json(res, 200, json_pack("{s:I}", "groups", (json_int_t)groups));
    return 0;
}

int api_waves_attend_all(struct http_request *req, struct http_response *res,
                         struct merit_error *err)
{
    struct db *db;
    int64_t wave;
    long changed;

    if (api_asm_wave(req, &db, &wave, err) != 0 ||
        wave_status_set_as(db, req->tenant_id, wave, NULL, "present", NULL, api_actor(req),
                           &changed, err) != 0)
        return -1;
    http_response_json(res, 200, json_pack("{s:I}", "changed", (json_int_t)changed));
    return 0;
}

int api_waves_status(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *nip = http_request_param(req, "nip"), *status = wave_jstr(req->json, "status");
    struct db *db;
    int64_t wave;
    long changed;

    if (api_asm_wave(req, &db, &wave, err) != 0 ||
        wave_status_set_as(db, req->tenant_id, wave, nip, status, wave_jstr(req->json, "reason"),
                           api_actor(req), &changed, err) != 0)
        return -1;
    http_response_json(
        res, 200,
        json_pack("{s:s, s:s, s:I}", "nip", nip, "status", status, "changed", (json_int_t)changed));
    return 0;
}

int api_waves_assign(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *nip = http_request_param(req, "nip"), *a = wave_jstr(req->json, "assessor");
    struct db *db;
    int64_t wave;

    if (api_asm_wave(req, &db, &wave, err) != 0 ||
        wave_assign_as(db, req->tenant_id, wave, nip, a, wave_jstr(req->json, "justification"),
                       api_actor(req), err) != 0)
        return -1;
    http_response_json(res, 200, json_pack("{s:s, s:s}", "nip", nip, "assessor", a));
    return 0;
}

int api_waves_assign_auto(struct http_request *req, struct http_response *res,
                          struct merit_error *err)
{
    struct db *db;
    int64_t wave, per;
    long made;

    if (wave_int_member(req->json, "per", 2, 1, 10, &per, err) != 0 ||
        api_asm_wave(req, &db, &wave, err) != 0 ||
        wave_assign_auto_as(db, req->tenant_id, wave, (int)per, api_actor(req), &made, err) != 0)
        return -1;
    http_response_json(res, 200, json_pack("{s:I}", "assignments", (json_int_t)made));
    return 0;
}

/* ---- evidence ------------------------------------------------------------ */

/* the members of one evidence row and the sheet columns they become (evidence.c) */
static const struct {
    const char *member, *column;
} wave_ev_members[] = {
    {"nip", "nip"},
    {"assessor", "asesor"},
    {"method", "metode"},
    {"target", "kompetensi"},
    {"level", "level"},
    {"raw_score", "skor_mentah"},
    {"indicator", "indikator"},
    {"note", "catatan"},
};
#define WAVE_EV_NCOLS (sizeof(wave_ev_members) / sizeof(wave_ev_members[0]))

static void wave_csv_cell(struct buf *b, const char *s)
{
    buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            buf_putc(b, '"');
        buf_putc(b, *s);
    }
    buf_putc(b, '"');
}

struct wave_ev_report {
    struct merit_error first;
    int have;
};

static void wave_ev_error(void *ctx, const struct merit_error *e)
{
    struct wave_ev_report *r = ctx;

    if (!r->have) {
        r->first = *e;
        r->have = 1;
    }
}

/* the assessor code of an assessor account (their rows are always their own) */
static int wave_own_assessor(struct http_request *req, struct db *db, char *code, size_t cap,
                             struct merit_error *err)
{
    struct db_stmt *st =
        db_prepare(db, "SELECT code FROM assessor WHERE id = $1 AND tenant_id = $2", err);
    int step;

    if (!st)
        return -1;
    db_bind_int64(st, 1, req->auth.assessor_id);
    db_bind_int64(st, 2, req->tenant_id);
    step = db_step(st, err);
    if (step == DB_ROW)
        snprintf(code, cap, "%s", db_col_text(st, 0));
    db_finalize(st);
    if (step == DB_ROW)
        return 0;
    if (step == DB_DONE)
        err_set(err, MERIT_EFORBIDDEN, "%s",
                T("akun asesor ini tidak terhubung ke asesor instansi",
                  "this assessor account is not linked to an assessor of the agency"));
    return -1;
}

int api_waves_evidence(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    json_t *rows = json_object_get(req->json, "rows"), *r;
    struct wave_ev_report rep;
    struct buf csv = BUF_INIT;
    char own[64] = "", field[64];
    struct db *db;
    int64_t wave;
    long nrows, assessed;
    size_t i, c;
    int rc = -1;

    memset(&rep, 0, sizeof(rep));
    if (json_array_size(rows) == 0 || json_array_size(rows) > WAVE_EVIDENCE_MAX_ROWS)
        return err_set_at(err, MERIT_EUSAGE, 0, "rows", "%s",
                          T("rows: 1-20000 baris bukti", "rows: 1-20000 evidence rows"));
    if (api_asm_wave(req, &db, &wave, err) != 0 || api_scope_wave(req, wave, 0, err) != 0)
        return -1;
    if (req->auth.role == ROLE_ASSESSOR && wave_own_assessor(req, db, own, sizeof(own), err) != 0)
        return -1;
    for (c = 0; c < WAVE_EV_NCOLS; c++)
        buf_printf(&csv, "%s%s", c ? "," : "", wave_ev_members[c].column);
    buf_putc(&csv, '\n');
    json_array_foreach(rows, i, r)
    {
        const char *key;
        json_t *v;

        if (!json_is_object(r)) {
            err_set_at(err, MERIT_EUSAGE, (long)i + 1, "rows", "%s",
                       T("setiap baris adalah objek", "each row is an object"));
            goto out;
        }
        json_object_foreach(r, key, v)
        {
            for (c = 0; c < WAVE_EV_NCOLS; c++)
                if (strcmp(key, wave_ev_members[c].member) == 0)
                    break;
            snprintf(field, sizeof(field), "rows[%zu].%.24s", i, key);
            if (c == WAVE_EV_NCOLS) {
                err_set_at(err, MERIT_EUSAGE, (long)i + 1, field, "%s",
                           T("anggota tidak dikenal", "unknown member"));
                goto out;
            }
            if (!json_is_string(v) && !json_is_number(v) && !json_is_null(v)) {
                err_set_at(err, MERIT_EUSAGE, (long)i + 1, field, "%s",
                           T("harus string atau angka", "must be a string or a number"));
                goto out;
            }
        }
        /* an assessor records their own levels only: the row is theirs whatever it says */
        if (*own) {
            const char *a = wave_jstr(r, "assessor");
            if (a && strcmp(a, own) != 0) {
                snprintf(field, sizeof(field), "rows[%zu].assessor", i);
                err_set_at(err, MERIT_EFORBIDDEN, (long)i + 1, field, "%s",
                           T("asesor hanya mencatat bukti atas namanya sendiri",
                             "an assessor records evidence in their own name only"));
                goto out;
            }
        }
        for (c = 0; c < WAVE_EV_NCOLS; c++) {
            json_t *cell = json_object_get(r, wave_ev_members[c].member);
            char num[32] = "";

            if (c)
                buf_putc(&csv, ',');
            if (c == 1 && *own) {
                wave_csv_cell(&csv, own);
                continue;
            }
            if (json_is_integer(cell))
                snprintf(num, sizeof(num), "%lld", (long long)json_integer_value(cell));
            else if (json_is_real(cell))
                snprintf(num, sizeof(num), "%.10g", json_real_value(cell));
            wave_csv_cell(&csv, json_is_string(cell) ? json_string_value(cell) : num);
        }
        buf_putc(&csv, '\n');
    }
    if (wave_evidence_import_mem_as(db, req->tenant_id, wave, csv.data, csv.len, "evidence.csv",
                                    wave_ev_error, &rep, api_actor(req), &nrows, &assessed,
                                    err) != 0) {
        /* the sheet's first bad row, named as the request's row (line 2 is rows[0]) */
        if (rep.have && rep.first.row >= 2) {
            long k = rep.first.row - 2;
            const char *m = rep.first.field;
            for (c = 0; c < WAVE_EV_NCOLS; c++)
                if (strcmp(rep.first.field, wave_ev_members[c].column) == 0)
                    m = wave_ev_members[c].member;
            snprintf(field, sizeof(field), "rows[%ld]%s%.24s", k, *m ? "." : "", m);
            err_set_at(err, MERIT_EINVAL, k + 1, field, "%s (%s)", rep.first.msg,
                       T("tidak ada yang disimpan", "nothing was written"));
        }
        goto out;
    }
    http_response_json(
        res, 200,
        json_pack("{s:I, s:I}", "rows", (json_int_t)nrows, "assessed", (json_int_t)assessed));
    rc = 0;
out:
    buf_release(&csv);
    return rc;
}

/* ---- integration, finalisation, publication ------------------------------ */

int api_waves_integrate(struct http_request *req, struct http_response *res,
                        struct merit_error *err)
{
    struct db *db;
    int64_t wave;
    long proposed, integrated;

    if (api_asm_wave(req, &db, &wave, err) != 0 ||
        wave_integrate_as(db, req->tenant_id, wave,
                          json_is_true(json_object_get(req->json, "accept")), api_actor(req),
                          &proposed, &integrated, err) != 0)
        return -1;
    http_response_json(res, 200,
                       json_pack("{s:I, s:I}", "proposed", (json_int_t)proposed, "integrated",
                                 (json_int_t)integrated));
    return 0;
}

int api_waves_decide(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *nip = http_request_param(req, "nip"), *target = wave_jstr(req->json, "target");
    struct db *db;
    int64_t wave;
    int level;

    if (api_asm_level(json_object_get(req->json, "level"), "level", &level, err) != 0 ||
        api_asm_wave(req, &db, &wave, err) != 0 ||
        wave_decide_as(db, req->tenant_id, wave, nip, target, level,
                       wave_jstr(req->json, "justification"), api_actor(req), err) != 0)
        return -1;
    http_response_json(res, 200,
                       json_pack("{s:s, s:s, s:O}", "nip", nip, "target", target, "level",
                                 json_object_get(req->json, "level")));
    return 0;
}

int api_waves_second_opinion(struct http_request *req, struct http_response *res,
                             struct merit_error *err)
{
    const char *nip = http_request_param(req, "nip"), *target = wave_jstr(req->json, "target");
    struct db *db;
    int64_t wave;

    if (api_asm_wave(req, &db, &wave, err) != 0 ||
        wave_second_opinion_as(db, req->tenant_id, wave, nip, target,
                               wave_jstr(req->json, "reason"), api_actor(req), err) != 0)
        return -1;
    http_response_json(
        res, 200,
        json_pack("{s:s, s:s, s:s}", "nip", nip, "target", target, "second_opinion", "open"));
    return 0;
}

int api_waves_finalise(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    int64_t wave;
    long finalised;
    char now[21];

    api_asm_now(now);
    if (api_asm_wave(req, &db, &wave, err) != 0 ||
        wave_finalise_as(db, req->tenant_id, wave, now, api_actor(req), &finalised, err) != 0)
        return -1;
    http_response_json(res, 200, json_pack("{s:I}", "finalised", (json_int_t)finalised));
    return 0;
}

int api_waves_publish(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct db *db;
    int64_t wave;
    char now[21];

    api_asm_now(now);
    if (api_asm_wave(req, &db, &wave, err) != 0 ||
        wave_publish(db, req->tenant_id, wave, api_actor(req), now, err) != 0)
        return -1;
    http_response_json(res, 200,
                       json_pack("{s:s, s:s, s:s}", "wave", http_request_param(req, "code"),
                                 "published_at", now, "published_by", api_actor(req)));
    return 0;
}
