/*
 * move_check.c - one proposed move checked against the move-legality rules
 * in force on its date (domain/rules.h): the facts are read from the
 * person's records (birth date, TMT, golongan, education, position history,
 * sanctions, SKP, assessment results) and the positions, and every verdict
 * comes back with its article and the facts it used.
 */
#include "services/move.h"

#include <stdio.h>
#include <string.h>

#include "base/civil.h"
#include "base/i18n.h"
#include "domain/forecast.h"
#include "services/policy.h"

static const char *const verdict_code[4] = {"allowed", "warning", "needs_approval", "blocked"};
static const char *const kind_code[6] = {"", "mutasi", "rotasi", "promosi", "demosi", "uji"};

int move_kind_parse(const char *s, int *kind)
{
    for (int k = 1; k <= 5; k++)
        if (s && strcmp(s, kind_code[k]) == 0) {
            *kind = k;
            return 0;
        }
    return -1;
}

static struct civil_date date_of(const char *s)
{
    struct civil_date d = {0, 0, 0};
    const char *why;

    if (s && strlen(s) >= 10 && civil_parse(s, 10, 0, &d, &why) != 0)
        memset(&d, 0, sizeof(d));
    return d;
}

static int is_failed(const char *predikat)
{
    return strcmp(predikat, "butuh_perbaikan") == 0 || strcmp(predikat, "kurang") == 0 ||
           strcmp(predikat, "sangat_kurang") == 0;
}

int move_check(struct db *db, int64_t tenant, const struct move_request *req, json_t **out,
               struct merit_error *err)
{
    struct policy *rules = NULL, *talent = NULL;
    struct rule_facts f;
    struct rule_result res[RULE_COUNT];
    enum rule_verdict worst;
    struct db_stmt *st = NULL;
    int64_t emp = 0, s1 = 0;
    char name[128] = "", from[64] = "", to_name[128] = "", to_jenjang[32] = "";
    char cur_jenjang[32] = "", tmt_jabatan[11] = "";
    json_t *o = NULL, *arr;
    int step, rc = -1;
    size_t n;

    *out = NULL;
    memset(&f, 0, sizeof(f));
    f.kind = (enum move_kind)req->kind;
    f.date = date_of(req->date);
    f.exception_116 = req->exception_116;
    f.heavy_sanction_months_ago = -1;
    if (!f.date.y)
        return err_set_at(err, MERIT_EINVAL, 0, "date", "%s",
                          T("tanggal YYYY-MM-DD", "a date YYYY-MM-DD"));
    if (policy_in_force_kind(db, tenant, "rules", req->date, &rules, err) != 0 ||
        policy_in_force_kind(db, tenant, "talent", req->date, &talent, err) != 0)
        goto out;
    f.candidate_determination = rules->rules.candidate_determination;
    f.term_end = rules->rules.term_end;
    f.head_inaugurated = rules->rules.head_inaugurated;

    st = db_prepare(db,
                    "SELECT e.id, e.name, CAST(e.birth_date AS TEXT), CAST(e.tmt_cpns AS TEXT),"
                    " COALESCE(g.rank_order, 0), COALESCE(ed.rank_order, 0),"
                    " COALESCE(CAST(e.tmt_pelantikan AS TEXT), CAST(e.tmt_jabatan AS TEXT), ''),"
                    " COALESCE(cp.code, ''), COALESCE(cp.jenjang_code, ''),"
                    " COALESCE(CAST(e.tmt_jabatan AS TEXT), '')"
                    " FROM employee e LEFT JOIN ref_golongan g ON g.code = e.golongan"
                    " AND e.status = 'PNS' LEFT JOIN ref_education ed ON ed.code = e.education"
                    " LEFT JOIN position cp ON cp.id = e.position_id"
                    " WHERE e.tenant_id = $1 AND e.nip = $2",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, req->nip);
    if ((step = db_step(st, err)) != DB_ROW) {
        if (step == DB_DONE)
            err_set_at(err, MERIT_ENOTFOUND, 0, "nip", "%s %s %s",
                       T("pegawai dengan NIP", "no employee with NIP"), req->nip,
                       T("tidak ditemukan", "exists"));
        goto out;
    }
    emp = db_col_int64(st, 0);
    snprintf(name, sizeof(name), "%s", db_col_text(st, 1));
    f.birth = date_of(db_col_text(st, 2));
    f.tmt_cpns = date_of(db_col_text(st, 3));
    f.gol_rank = (int)db_col_int64(st, 4);
    f.edu_rank = (int)db_col_int64(st, 5);
    f.inaugurated = date_of(db_col_text(st, 6));
    snprintf(from, sizeof(from), "%s", db_col_text(st, 7));
    snprintf(cur_jenjang, sizeof(cur_jenjang), "%s", db_col_text(st, 8));
    snprintf(tmt_jabatan, sizeof(tmt_jabatan), "%.10s", db_col_text(st, 9));
    db_finalize(st);
    st = NULL;
    f.current_jpt = strncmp(cur_jenjang, "jpt_", 4) == 0;
    f.current_jpt_high =
        strcmp(cur_jenjang, "jpt_utama") == 0 || strcmp(cur_jenjang, "jpt_madya") == 0;

    /* the target: its range from the position, else from its eselon */
    st = db_prepare(db,
                    "SELECT p.name, p.jenjang_code,"
                    " COALESCE(g1.rank_order, e1.rank_order, 0),"
                    " COALESCE(g2.rank_order, e2.rank_order, 0), COALESCE(pe.rank_order, 0)"
                    " FROM position p LEFT JOIN ref_eselon es ON es.code = p.eselon_code"
                    " LEFT JOIN ref_golongan g1 ON g1.code = p.golongan_min"
                    " LEFT JOIN ref_golongan g2 ON g2.code = p.golongan_max"
                    " LEFT JOIN ref_golongan e1 ON e1.code = es.golongan_min"
                    " LEFT JOIN ref_golongan e2 ON e2.code = es.golongan_max"
                    " LEFT JOIN ref_education pe ON pe.code = p.education_min"
                    " WHERE p.tenant_id = $1 AND p.code = $2",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, req->position);
    if ((step = db_step(st, err)) != DB_ROW) {
        if (step == DB_DONE)
            err_set_at(err, MERIT_ENOTFOUND, 0, "to", "%s '%s' %s", T("jabatan", "position"),
                       req->position, T("tidak ditemukan", "not found"));
        goto out;
    }
    snprintf(to_name, sizeof(to_name), "%s", db_col_text(st, 0));
    snprintf(to_jenjang, sizeof(to_jenjang), "%s", db_col_text(st, 1));
    f.gol_min_rank = (int)db_col_int64(st, 2);
    f.gol_max_rank = (int)db_col_int64(st, 3);
    f.edu_min_rank = (int)db_col_int64(st, 4);
    db_finalize(st);
    st = NULL;
    f.target_jpt = strncmp(to_jenjang, "jpt_", 4) == 0;
    f.target_jpt_pratama = strcmp(to_jenjang, "jpt_pratama") == 0;
    f.target_bup = talent_bup_for(&talent->talent, to_jenjang);
    if (db_query_int64(db, "SELECT rank_order FROM ref_education WHERE code = 'S1'", NULL, 0, &s1,
                       err) != 0)
        goto out;
    f.edu_s1_rank = (int)s1;

    /* months as Administrator or JF Ahli Madya, from the position history */
    st = db_prepare(db,
                    "SELECT CAST(tmt_start AS TEXT), COALESCE(CAST(tmt_end AS TEXT), '')"
                    " FROM hist_position WHERE employee_id = $1"
                    " AND jenjang_code IN ('administrator', 'ahli_madya')",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, emp);
    while ((step = db_step(st, err)) == DB_ROW) {
        struct civil_date a = date_of(db_col_text(st, 0)), b = date_of(db_col_text(st, 1));
        if (a.y)
            f.months_admin_or_madya += forecast_months_between(a, b.y ? b : f.date);
    }
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto out;
    if (!f.months_admin_or_madya && *tmt_jabatan &&
        (strcmp(cur_jenjang, "administrator") == 0 || strcmp(cur_jenjang, "ahli_madya") == 0))
        f.months_admin_or_madya = forecast_months_between(date_of(tmt_jabatan), f.date);

    /* the last moderate or heavy sanction: months since it ended (open: 0) */
    st = db_prepare(db,
                    "SELECT CAST(start_date AS TEXT), COALESCE(CAST(end_date AS TEXT), '')"
                    " FROM hist_sanction WHERE employee_id = $1 AND level IN ('sedang', 'berat')",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, emp);
    while ((step = db_step(st, err)) == DB_ROW) {
        struct civil_date a = date_of(db_col_text(st, 0)), b = date_of(db_col_text(st, 1));
        int m;
        if (!a.y || civil_cmp(a, f.date) > 0)
            continue;
        m = b.y ? forecast_months_between(b, f.date) : 0;
        if (f.heavy_sanction_months_ago < 0 || m < f.heavy_sanction_months_ago)
            f.heavy_sanction_months_ago = m;
    }
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto out;

    /* a failed performance year (the most recent one before the date) and whether it improved */
    st = db_prepare(db,
                    "SELECT year, predikat FROM hist_skp WHERE employee_id = $1 AND year < $2"
                    " ORDER BY year",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, emp);
    db_bind_int64(st, 2, f.date.y);
    while ((step = db_step(st, err)) == DB_ROW) {
        if (is_failed(db_col_text(st, 1))) {
            f.failed_perf_year_end = (struct civil_date){(int)db_col_int64(st, 0), 12, 31};
            f.improved = 0;
        } else if (f.failed_perf_year_end.y) {
            f.improved = 1;
        }
    }
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto out;

    st = db_prepare(db,
                    "SELECT CAST(valid_until AS TEXT) FROM result WHERE employee_id = $1"
                    " ORDER BY finalised_at DESC, revision DESC LIMIT 1",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, emp);
    if ((step = db_step(st, err)) == DB_ROW)
        f.assessment_valid_until = date_of(db_col_text(st, 0));
    db_finalize(st);
    st = NULL;
    if (step == DB_ERROR)
        goto out;

    n = rules_check(&rules->rules.rs, &f, res, &worst);
    o = json_object();
    json_object_set_new(o, "nip", json_string(req->nip));
    json_object_set_new(o, "name", json_string(name));
    json_object_set_new(o, "from", json_string(from));
    json_object_set_new(o, "to", json_string(req->position));
    json_object_set_new(o, "to_name", json_string(to_name));
    json_object_set_new(o, "kind", json_string(kind_code[req->kind]));
    json_object_set_new(o, "date", json_string(req->date));
    json_object_set_new(o, "rules_policy_version", json_integer(rules->version));
    json_object_set_new(o, "verdict", json_string(verdict_code[worst]));
    arr = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(arr,
                              json_pack("{s:s, s:s, s:s, s:s?, s:s}", "rule", rules_code(res[i].id),
                                        "verdict", verdict_code[res[i].verdict], "citation",
                                        res[i].citation ? res[i].citation : "", "approver",
                                        res[i].approver, "facts", res[i].facts));
    json_object_set_new(o, "verdicts", arr);
    *out = o;
    rc = 0;
out:
    db_finalize(st);
    policy_free(rules);
    policy_free(talent);
    return rc;
}
