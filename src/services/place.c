#include "services/place.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/strmap.h"
#include "base/xmalloc.h"
#include "domain/assign.h"
#include "domain/fit.h"
#include "services/fit.h"

/* position indexes (into the fit context) of the request */
static int place_positions(struct db *db, int64_t tenant, const struct place_request *req,
                           const struct fit_ctx *fc, long **out, size_t *n, struct merit_error *err)
{
    size_t cap = 0;

    *out = NULL;
    *n = 0;
    if (req->npositions) {
        *out = xcalloc(req->npositions, sizeof(**out));
        for (size_t i = 0; i < req->npositions; i++) {
            long q = fit_ctx_position(fc, req->positions[i]);
            if (q < 0)
                return err_set_at(
                    err, MERIT_ENOTFOUND, 0, "positions", "%s '%s' %s", T("jabatan", "position"),
                    req->positions[i],
                    T("tidak ditemukan atau tanpa SKJ", "not found or without an SKJ"));
            for (size_t k = 0; k < *n; k++)
                if ((*out)[k] == q)
                    return err_set_at(err, MERIT_EINVAL, 0, "positions", "%s '%s'",
                                      T("jabatan disebut dua kali:", "position listed twice:"),
                                      req->positions[i]);
            (*out)[(*n)++] = q;
        }
        return 0;
    }
    if (!req->unit)
        return err_set_at(err, MERIT_EINVAL, 0, "positions", "%s",
                          T("sebutkan jabatan atau unit", "name positions or a unit"));
    {
        struct db_stmt *st = db_prepare(
            db,
            "WITH RECURSIVE sub(id) AS (SELECT id FROM unit WHERE tenant_id = $1 AND code = $2"
            " UNION ALL SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id)"
            " SELECT p.code FROM position p WHERE p.tenant_id = $1 AND p.unit_id IN"
            " (SELECT id FROM sub) ORDER BY p.code",
            err);
        int step;

        if (!st)
            return -1;
        db_bind_int64(st, 1, tenant);
        db_bind_text(st, 2, req->unit);
        while ((step = db_step(st, err)) == DB_ROW) {
            long q = fit_ctx_position(fc, db_col_text(st, 0));
            if (q < 0)
                continue; /* no SKJ: nothing to fit against */
            if (*n == cap) {
                cap = cap ? cap * 2 : 64;
                *out = xreallocarray(*out, cap, sizeof(**out));
            }
            (*out)[(*n)++] = q;
        }
        db_finalize(st);
        if (step != DB_DONE)
            return -1;
    }
    if (*n == 0)
        return err_set_at(err, MERIT_ENOTFOUND, 0, "unit", "%s '%s' %s", T("unit", "unit"),
                          req->unit,
                          T("tidak ditemukan atau tanpa jabatan ber-SKJ",
                            "not found or without positions with an SKJ"));
    return 0;
}

/* the candidate set: everyone, or the placed and eligible people of a period */
static int place_candidates(struct db *db, int64_t tenant, const struct place_request *req,
                            const struct fit_ctx *fc, size_t **out, size_t *n,
                            struct merit_error *err)
{
    struct strmap ok;
    size_t np = fit_ctx_npeople(fc);
    int rc = -1;

    *out = xcalloc(np ? np : 1, sizeof(**out));
    *n = 0;
    strmap_init(&ok);
    if (req->period) {
        struct db_stmt *st = db_prepare(db,
                                        "SELECT e.nip FROM talent_placement t JOIN talent_period"
                                        " tp ON tp.id = t.period_id JOIN employee e ON e.id ="
                                        " t.employee_id WHERE tp.tenant_id = $1 AND tp.code = $2"
                                        " AND t.eligible = 1 AND t.box IS NOT NULL",
                                        err);
        int step;
        long found = 0;

        if (!st)
            goto out;
        db_bind_int64(st, 1, tenant);
        db_bind_text(st, 2, req->period);
        while ((step = db_step(st, err)) == DB_ROW) {
            strmap_set(&ok, db_col_text(st, 0), strlen(db_col_text(st, 0)), 1);
            found++;
        }
        db_finalize(st);
        if (step != DB_DONE)
            goto out;
        if (!found) {
            err_set_at(err, MERIT_ENOTFOUND, 0, "period", "%s '%s' %s",
                       T("periode talenta", "talent period"), req->period,
                       T("tidak ada atau tanpa pegawai terpetakan", "does not exist or places "
                                                                    "nobody"));
            goto out;
        }
    }
    for (size_t i = 0; i < np; i++)
        if (!req->period || strmap_get(&ok, fit_ctx_nip(fc, i), strlen(fit_ctx_nip(fc, i)), NULL))
            (*out)[(*n)++] = i;
    rc = 0;
out:
    strmap_free(&ok);
    return rc;
}

static long index_of_nip(const struct fit_ctx *fc, const size_t *cand, size_t nc, const char *nip)
{
    for (size_t j = 0; j < nc; j++)
        if (strcmp(fit_ctx_nip(fc, cand[j]), nip) == 0)
            return (long)j;
    return -1;
}

static int pins(const struct fit_ctx *fc, const long *pos, size_t npos, const size_t *cand,
                size_t nc, const struct place_pin *in, size_t n, struct assign_pair **out,
                const char *what, struct merit_error *err)
{
    *out = n ? xcalloc(n, sizeof(**out)) : NULL;
    for (size_t k = 0; k < n; k++) {
        long q = fit_ctx_position(fc, in[k].position), r = -1, c;
        for (size_t i = 0; q >= 0 && i < npos; i++)
            if (pos[i] == q)
                r = (long)i;
        c = index_of_nip(fc, cand, nc, in[k].nip);
        if (r < 0 || c < 0)
            return err_set_at(err, MERIT_EINVAL, 0, what, "%s %s=%s: %s", what, in[k].nip,
                              in[k].position,
                              r < 0 ? T("jabatan bukan bagian dari lowongan yang dioptimalkan",
                                        "the position is not one of the vacancies")
                                    : T("NIP bukan calon (tanpa hasil berlaku atau di luar "
                                        "periode)",
                                        "the NIP is not a candidate (no valid result or not in "
                                        "the period)"));
        (*out)[k] = (struct assign_pair){(int32_t)r, (int32_t)c};
    }
    return 0;
}

int place_optimise(struct db *db, int64_t tenant, const struct place_request *req, json_t **out,
                   struct merit_error *err)
{
    struct fit_ctx *fc = NULL;
    long *pos = NULL;
    size_t npos = 0, *cand = NULL, nc = 0;
    int64_t *u = NULL, cur_total = 0;
    struct assign_pair *lock = NULL, *forbid = NULL;
    struct assign_result res;
    int solved = 0, rc = -1;
    long cur_n = 0;
    json_t *o = NULL, *arr;

    *out = NULL;
    memset(&res, 0, sizeof(res));
    if (fit_ctx_load(db, tenant, req->today, &fc, err) != 0 ||
        place_positions(db, tenant, req, fc, &pos, &npos, err) != 0 ||
        place_candidates(db, tenant, req, fc, &cand, &nc, err) != 0)
        goto out;
    if (nc == 0) {
        err_set(err, MERIT_ENOTFOUND, "%s",
                T("belum ada calon dengan hasil asesmen final yang berlaku",
                  "no candidate has a valid finalised assessment result yet"));
        goto out;
    }
    /* utility: the JPM (basis points) of an eligible pair */
    u = xmalloc(npos * nc * sizeof(*u));
    for (size_t i = 0; i < npos; i++)
        for (size_t j = 0; j < nc; j++) {
            struct fit_cell c;
            u[i * nc + j] =
                fit_ctx_cell(fc, cand[j], (size_t)pos[i], &c) == 0 && c.unmet == 0 && c.covered > 0
                    ? c.jpm_bp
                    : ASSIGN_FORBIDDEN;
        }
    if (pins(fc, pos, npos, cand, nc, req->lock, req->nlock, &lock, "lock", err) != 0 ||
        pins(fc, pos, npos, cand, nc, req->forbid, req->nforbid, &forbid, "forbid", err) != 0)
        goto out;
    {
        struct assign_opts opts = {lock, req->nlock, forbid, req->nforbid, 1, NULL, 0};
        if (assign_dense(npos, nc, u, &opts, &res) != 0) {
            err_set_at(err, MERIT_EINVAL, 0, "lock", "%s",
                       T("penguncian tidak mungkin: pasangan tidak memenuhi syarat atau dua kunci "
                         "berbagi jabatan/calon",
                         "impossible locks: an ineligible pair, or two locks share a position or "
                         "candidate"));
            goto out;
        }
        solved = 1;
    }
    arr = json_array();
    for (size_t i = 0; i < npos; i++) {
        int32_t j = res.col[i];
        int64_t qid = fit_ctx_position_id(fc, (size_t)pos[i]);
        json_t *p = json_object(), *holders = json_array();

        json_object_set_new(p, "code", json_string(fit_ctx_position_code(fc, (size_t)pos[i])));
        json_object_set_new(p, "position", json_string(fit_ctx_position_name(fc, (size_t)pos[i])));
        if (j >= 0) {
            json_object_set_new(p, "assigned",
                                json_pack("{s:s, s:s, s:f}", "nip", fit_ctx_nip(fc, cand[j]),
                                          "name", fit_ctx_name(fc, cand[j]), "jpm",
                                          u[i * nc + (size_t)j] / 100.0));
        } else {
            json_object_set_new(p, "assigned", json_null());
        }
        if (res.why && res.why[i].alt >= 0) {
            const struct assign_why *w = &res.why[i];
            json_object_set_new(
                p, "runner_up",
                json_pack("{s:s, s:s, s:f, s:f, s:b}", "nip", fit_ctx_nip(fc, cand[w->alt]), "name",
                          fit_ctx_name(fc, cand[w->alt]), "jpm", w->alt_utility / 100.0,
                          "total_loss", w->alt_loss / 100.0, "leaves_a_vacancy", w->alt_lost != 0));
        } else {
            json_object_set_new(p, "runner_up", json_null());
        }
        /* the current holders with a result: the placement to compare with */
        for (size_t k = 0; k < nc; k++)
            if (fit_ctx_current(fc, cand[k]) == qid) {
                struct fit_cell c;
                if (fit_ctx_cell(fc, cand[k], (size_t)pos[i], &c) != 0)
                    continue;
                json_array_append_new(
                    holders, json_pack("{s:s, s:s, s:f}", "nip", fit_ctx_nip(fc, cand[k]), "name",
                                       fit_ctx_name(fc, cand[k]), "jpm", c.jpm_bp / 100.0));
                cur_total += c.jpm_bp;
                cur_n++;
            }
        json_object_set_new(p, "holders", holders);
        json_array_append_new(arr, p);
    }
    o = json_object();
    json_object_set_new(o, "vacancies", json_integer((json_int_t)npos));
    json_object_set_new(o, "candidates", json_integer((json_int_t)nc));
    json_object_set_new(o, "filled", json_integer((json_int_t)res.npairs));
    json_object_set_new(o, "total_jpm", json_real(res.total / 100.0));
    json_object_set_new(o, "mean_jpm",
                        json_real(res.npairs ? res.total / 100.0 / (double)res.npairs : 0));
    json_object_set_new(o, "current",
                        json_pack("{s:I, s:f}", "holders_with_results", (json_int_t)cur_n,
                                  "total_jpm", cur_total / 100.0));
    json_object_set_new(o, "positions", arr);
    *out = o;
    rc = 0;
out:
    if (solved)
        assign_result_free(&res);
    free(u);
    free(lock);
    free(forbid);
    free(pos);
    free(cand);
    fit_ctx_free(fc);
    return rc;
}
