/*
 * committee.c - the JPT competency test's selection committee (pansel):
 * members and their declarations, the officials tested (by NIP, or every
 * JPT holder 2-5 years in the post), each member's scores, the aggregate
 * and recommendation per official (domain/committee.h), and the final
 * record the minutes (berita acara) are made from.
 *
 * Record components as of the committee's date: kinerja = the latest SKP
 * predikat (Sangat Baik 100, Baik 80, Butuh Perbaikan 60, Kurang 40, Sangat
 * Kurang 20; stored as codes), disiplin = 100 without a sanction in 24 months (light 80,
 * moderate 50, heavy 0), jpm = the latest valid assessment's JPM (capped).
 */
#include "services/committee.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/civil.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "domain/committee.h"
#include "services/audit.h"
#include "services/policy.h"
#include "services/wave_common.h"

static int com_find(struct db *db, int64_t tenant, const char *code, int64_t *id, char status[8],
                    char as_of[11], struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db,
                                    "SELECT id, status, CAST(as_of AS TEXT) FROM committee"
                                    " WHERE tenant_id = $1 AND code = $2",
                                    err);
    int step, rc = -1;

    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, code);
    step = db_step(st, err);
    if (step == DB_ROW) {
        *id = db_col_int64(st, 0);
        snprintf(status, 8, "%s", db_col_text(st, 1));
        if (as_of)
            snprintf(as_of, 11, "%.10s", db_col_text(st, 2));
        rc = 0;
    } else if (step == DB_DONE) {
        err_set(err, MERIT_ENOTFOUND, "%s '%s' %s", T("pansel", "committee"), code,
                T("tidak ditemukan", "not found"));
    }
    db_finalize(st);
    return rc;
}

static int com_open(struct db *db, int64_t tenant, const char *code, int64_t *id, char as_of[11],
                    struct merit_error *err)
{
    char status[8];

    if (com_find(db, tenant, code, id, status, as_of, err) != 0)
        return -1;
    if (strcmp(status, "final") == 0)
        return err_set(err, MERIT_ECONFLICT, "%s %s %s", T("pansel", "committee"), code,
                       T("sudah final", "is final"));
    return 0;
}

/* the committee policy the committee was created under */
static int com_policy(struct db *db, int64_t tenant, int64_t cid, struct policy **out,
                      struct merit_error *err)
{
    char c[24];
    int64_t pid = 0;

    snprintf(c, sizeof(c), "%lld", (long long)cid);
    if (db_query_int64(db, "SELECT policy_id FROM committee WHERE id = CAST($1 AS BIGINT)",
                       (const char *const[]){c}, 1, &pid, err) != 0)
        return -1;
    return policy_load_id(db, tenant, pid, out, err);
}

/* One audit entry, object committee:CODE[/what]; scores are basis points. */
static int com_audit(struct db *db, int64_t tenant, const char *actor, const char *action,
                     const char *code, const char *what, const char *before, const char *after,
                     struct merit_error *err)
{
    char obj[256], now[21];

    if (what && *what)
        snprintf(obj, sizeof(obj), "committee:%s/%s", code, what);
    else
        snprintf(obj, sizeof(obj), "committee:%s", code);
    wc_now(now);
    return audit_append(db, tenant, now, actor && *actor ? actor : "operator", action, obj, before,
                        after, NULL, err);
}

int committee_create(struct db *db, int64_t tenant, const char *code, const char *name,
                     const char *as_of, const char *now, const char *actor, struct merit_error *err)
{
    struct policy *pol = NULL;
    struct civil_date d;
    const char *why;
    int rc;

    if (!code || !*code || !name || !*name)
        return err_set_at(
            err, MERIT_EINVAL, 0, "code", "%s",
            T("kode dan nama pansel wajib", "a committee code and name are required"));
    if (!as_of || strlen(as_of) != 10 || civil_parse(as_of, 10, 0, &d, &why) != 0)
        return err_set_at(err, MERIT_EINVAL, 0, "as_of", "%s",
                          T("tanggal YYYY-MM-DD", "a date YYYY-MM-DD"));
    if (policy_in_force_kind(db, tenant, "committee", as_of, &pol, err) != 0)
        return -1;
    if (db_begin(db, err) != 0) {
        policy_free(pol);
        return -1;
    }
    rc = wc_exec(db,
                 "INSERT INTO committee (tenant_id, code, name, as_of, policy_id, created_at)"
                 " VALUES ($1, $2, $3, $4, $5, $6)",
                 err, "isssis", tenant, code, name, as_of, pol->id, now);
    policy_free(pol);
    if (rc == 0)
        rc = com_audit(db, tenant, actor, "committee.create", code, NULL, NULL, name, err);
    if (rc == 0)
        rc = db_commit(db, err);
    else
        db_rollback(db);
    if (rc != 0 && err->code == MERIT_ECONFLICT)
        err_set(err, MERIT_ECONFLICT, "%s '%s' %s", T("pansel", "committee"), code,
                T("sudah ada", "already exists"));
    return rc;
}

int committee_member_add(struct db *db, int64_t tenant, const char *code, const char *member,
                         const char *name, const char *role, const char *organisation,
                         const char *actor, struct merit_error *err)
{
    int64_t cid;
    char as_of[11];
    int rc = -1;

    if (!role || (strcmp(role, "chair") && strcmp(role, "secretary") && strcmp(role, "member")))
        return err_set_at(
            err, MERIT_EINVAL, 0, "role", "%s",
            T("peran: chair, secretary atau member", "role: chair, secretary or member"));
    if (!member || !*member || !name || !*name)
        return err_set_at(err, MERIT_EINVAL, 0, "member", "%s",
                          T("kode dan nama anggota wajib", "a member code and name are required"));
    if (db_begin(db, err) != 0)
        return -1;
    if (com_open(db, tenant, code, &cid, as_of, err) != 0)
        goto out;
    if (wc_exec(db,
                "INSERT INTO committee_member (tenant_id, committee_id, code, name, role,"
                " organisation) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (committee_id, code)"
                " DO UPDATE SET name = excluded.name, role = excluded.role,"
                " organisation = excluded.organisation",
                err, "iissss", tenant, cid, member, name, role,
                organisation && *organisation ? organisation : NULL) != 0)
        goto out;
    /* one chair and one secretary */
    if (strcmp(role, "member") != 0) {
        char c[24];
        int64_t n = 0;
        snprintf(c, sizeof(c), "%lld", (long long)cid);
        if (db_query_int64(db,
                           "SELECT COUNT(*) FROM committee_member WHERE committee_id ="
                           " CAST($1 AS BIGINT) AND role = $2",
                           (const char *const[]){c, role}, 2, &n, err) != 0)
            goto out;
        if (n > 1) {
            err_set(err, MERIT_ECONFLICT, "%s %s", T("sudah ada", "there already is a"), role);
            goto out;
        }
    }
    {
        char after[256];

        snprintf(after, sizeof(after), "%s (%s)", name, role);
        if (com_audit(db, tenant, actor, "committee.member", code, member, NULL, after, err) != 0)
            goto out;
    }
    rc = db_commit(db, err);
out:
    if (rc != 0)
        db_rollback(db);
    return rc;
}

static int member_id(struct db *db, int64_t cid, const char *member, int64_t *id,
                     struct merit_error *err)
{
    char c[24];

    snprintf(c, sizeof(c), "%lld", (long long)cid);
    *id = 0;
    if (db_query_int64(db,
                       "SELECT id FROM committee_member WHERE committee_id = CAST($1 AS BIGINT)"
                       " AND code = $2",
                       (const char *const[]){c, member}, 2, id, err) != 0)
        return -1;
    if (!*id)
        return err_set_at(err, MERIT_ENOTFOUND, 0, "member", "%s '%s' %s", T("anggota", "member"),
                          member, T("bukan anggota pansel ini", "is not on this committee"));
    return 0;
}

int committee_declare(struct db *db, int64_t tenant, const char *code, const char *member,
                      const char *statement, const char *const *conflict_nips, size_t nconflicts,
                      const char *now, const char *actor, struct merit_error *err)
{
    int64_t cid, mid;
    char as_of[11];
    int rc = -1;

    if (!statement || strlen(statement) < 10)
        return err_set_at(err, MERIT_EINVAL, 0, "statement", "%s",
                          T("pernyataan wajib (min. 10 karakter)",
                            "a statement is required (at least 10 characters)"));
    if (db_begin(db, err) != 0)
        return -1;
    if (com_open(db, tenant, code, &cid, as_of, err) != 0 || member_id(db, cid, member, &mid, err))
        goto out;
    if (wc_exec(db, "UPDATE committee_member SET declaration = $1, declared_at = $2 WHERE id = $3",
                err, "ssi", statement, now, mid) != 0)
        goto out;
    for (size_t i = 0; i < nconflicts; i++) {
        int64_t emp;
        if (wc_employee(db, tenant, conflict_nips[i], &emp, err) != 0 ||
            wc_exec(db,
                    "INSERT INTO committee_conflict (member_id, employee_id, reason) VALUES ($1,"
                    " $2, $3) ON CONFLICT (member_id, employee_id) DO UPDATE SET reason ="
                    " excluded.reason",
                    err, "iis", mid, emp, statement) != 0)
            goto out;
    }
    {
        char after[96];

        snprintf(after, sizeof(after), "declared, %zu conflict(s)", nconflicts);
        if (com_audit(db, tenant, actor, "committee.declare", code, member, NULL, after, err) != 0)
            goto out;
    }
    rc = db_commit(db, err);
out:
    if (rc != 0)
        db_rollback(db);
    return rc;
}

int committee_enrol(struct db *db, int64_t tenant, const char *code, const char *const *nips,
                    size_t n, int eligible, long *added, const char *actor, struct merit_error *err)
{
    int64_t cid;
    char as_of[11];
    int rc = -1;

    *added = 0;
    if (db_begin(db, err) != 0)
        return -1;
    if (com_open(db, tenant, code, &cid, as_of, err) != 0)
        goto out;
    for (size_t i = 0; i < n; i++) {
        int64_t emp;
        if (wc_employee(db, tenant, nips[i], &emp, err) != 0 ||
            wc_exec(db,
                    "INSERT INTO committee_candidate (committee_id, employee_id, position_id)"
                    " SELECT $1, id, position_id FROM employee WHERE id = $2"
                    " ON CONFLICT DO NOTHING",
                    err, "ii", cid, emp) != 0)
            goto out;
        (*added)++;
    }
    if (eligible) {
        /* JPT holders at least 2 and at most 5 years in the post (PP 11/2017 Ps 131) */
        struct civil_date d;
        const char *why;
        char a[11], b[11], c[24];
        int64_t before = 0, after = 0;

        civil_parse(as_of, 10, 0, &d, &why);
        civil_format(civil_add_years(d, -2), a);
        civil_format(civil_add_years(d, -5), b);
        snprintf(c, sizeof(c), "%lld", (long long)cid);
        if (db_query_int64(db,
                           "SELECT COUNT(*) FROM committee_candidate WHERE committee_id ="
                           " CAST($1 AS BIGINT)",
                           (const char *const[]){c}, 1, &before, err) != 0 ||
            wc_exec(db,
                    "INSERT INTO committee_candidate (committee_id, employee_id, position_id)"
                    " SELECT $1, e.id, e.position_id FROM employee e JOIN position p ON p.id ="
                    " e.position_id WHERE e.tenant_id = $2 AND p.jenjang_code LIKE 'jpt%'"
                    " AND COALESCE(e.tmt_pelantikan, e.tmt_jabatan) <= $3"
                    " AND COALESCE(e.tmt_pelantikan, e.tmt_jabatan) >= $4"
                    " ON CONFLICT DO NOTHING",
                    err, "iiss", cid, tenant, a, b) != 0 ||
            db_query_int64(db,
                           "SELECT COUNT(*) FROM committee_candidate WHERE committee_id ="
                           " CAST($1 AS BIGINT)",
                           (const char *const[]){c}, 1, &after, err) != 0)
            goto out;
        *added += (long)(after - before);
    }
    {
        char a[64];

        snprintf(a, sizeof(a), "%ld official(s) added", *added);
        if (com_audit(db, tenant, actor, "committee.enrol", code, NULL, NULL, a, err) != 0)
            goto out;
    }
    rc = db_commit(db, err);
out:
    if (rc != 0)
        db_rollback(db);
    return rc;
}

int committee_score(struct db *db, int64_t tenant, const char *code, const char *member,
                    const char *nip, const char *component, int64_t score_bp, const char *actor,
                    struct merit_error *err)
{
    struct policy *pol = NULL;
    int64_t cid, mid, emp;
    char as_of[11], c[24], e[24];
    int rc = -1, known = 0;

    if (score_bp < 0 || score_bp > 10000)
        return err_set_at(err, MERIT_EINVAL, 0, "score", "%s", T("nilai 0-100", "a score 0-100"));
    if (db_begin(db, err) != 0)
        return -1;
    if (com_open(db, tenant, code, &cid, as_of, err) != 0 || com_policy(db, tenant, cid, &pol, err))
        goto out;
    for (size_t i = 0; i < pol->committee.ncomponents; i++)
        if (strcmp(pol->committee.comp[i].code, component) == 0 &&
            pol->committee.comp[i].source == COMMITTEE_BY_MEMBERS)
            known = 1;
    if (!known) {
        err_set_at(err, MERIT_EINVAL, 0, "component", "'%s': %s", component,
                   T("bukan komponen yang dinilai anggota menurut kebijakan pansel",
                     "not a component the members score under the committee policy"));
        goto out;
    }
    if (member_id(db, cid, member, &mid, err) || wc_employee(db, tenant, nip, &emp, err))
        goto out;
    snprintf(c, sizeof(c), "%lld", (long long)cid);
    snprintf(e, sizeof(e), "%lld", (long long)emp);
    {
        int64_t cand = 0, decl = 0;
        char m[24];
        snprintf(m, sizeof(m), "%lld", (long long)mid);
        if (db_query_int64(db,
                           "SELECT COUNT(*) FROM committee_candidate WHERE committee_id ="
                           " CAST($1 AS BIGINT) AND employee_id = CAST($2 AS BIGINT)",
                           (const char *const[]){c, e}, 2, &cand, err) != 0 ||
            db_query_int64(db,
                           "SELECT COUNT(*) FROM committee_member WHERE id = CAST($1 AS BIGINT)"
                           " AND declaration IS NOT NULL",
                           (const char *const[]){m}, 1, &decl, err) != 0)
            goto out;
        if (!cand) {
            err_set_at(
                err, MERIT_ECONFLICT, 0, "nip", "%s %s", nip,
                T("bukan peserta uji kompetensi pansel ini", "is not tested by this committee"));
            goto out;
        }
        if (!decl) {
            err_set_at(err, MERIT_ECONFLICT, 0, "member", "%s %s", member,
                       T("belum menandatangani pernyataan benturan kepentingan",
                         "has not signed the conflict-of-interest declaration"));
            goto out;
        }
    }
    {
        /* a score may be re-entered until finalisation: the entry keeps what it was */
        char what[160], before[32], after[32];
        int64_t old = -1;
        int found = 0;
        struct db_stmt *st = db_prepare(db,
                                        "SELECT score_bp FROM committee_score WHERE member_id = $1"
                                        " AND employee_id = $2 AND component = $3",
                                        err);

        if (!st)
            goto out;
        db_bind_int64(st, 1, mid);
        db_bind_int64(st, 2, emp);
        db_bind_text(st, 3, component);
        found = db_step(st, err);
        if (found == DB_ROW)
            old = db_col_int64(st, 0);
        db_finalize(st);
        if (found == DB_ERROR)
            goto out;
        snprintf(what, sizeof(what), "%s/%s/%s", member, nip, component);
        snprintf(before, sizeof(before), "%lld", (long long)old);
        snprintf(after, sizeof(after), "%lld", (long long)score_bp);
        if (com_audit(db, tenant, actor, "committee.score", code, what, old >= 0 ? before : NULL,
                      after, err) != 0)
            goto out;
    }
    if (wc_exec(db,
                "INSERT INTO committee_score (committee_id, member_id, employee_id, component,"
                " score_bp) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (member_id, employee_id,"
                " component) DO UPDATE SET score_bp = excluded.score_bp",
                err, "iiisi", cid, mid, emp, component, score_bp) != 0)
        goto out;
    rc = db_commit(db, err);
out:
    if (rc != 0)
        db_rollback(db);
    policy_free(pol);
    return rc;
}

static int64_t predikat_score(const char *p)
{
    static const struct {
        const char *p;
        int64_t bp;
    } map[] = {{"sangat_baik", 10000},
               {"baik", 8000},
               {"butuh_perbaikan", 6000},
               {"kurang", 4000},
               {"sangat_kurang", 2000}};
    for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
        if (strcmp(map[i].p, p) == 0)
            return map[i].bp;
    return -1;
}

struct cand {
    int64_t emp;
    char nip[32];
    int64_t kinerja, disiplin, jpm;
};

/* the record components of one official as of the committee's date */
static int records(struct db *db, struct cand *c, const char *as_of, struct merit_error *err)
{
    struct db_stmt *st;
    struct civil_date d, from;
    char f[11];
    const char *why;
    int step;

    c->kinerja = c->jpm = -1;
    c->disiplin = 10000;
    civil_parse(as_of, 10, 0, &d, &why);
    from = civil_add_months(d, -24);
    civil_format(from, f);
    st = db_prepare(db,
                    "SELECT predikat FROM hist_skp WHERE employee_id = $1 AND year < $2"
                    " ORDER BY year DESC LIMIT 1",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, c->emp);
    db_bind_int64(st, 2, d.y);
    if ((step = db_step(st, err)) == DB_ROW)
        c->kinerja = predikat_score(db_col_text(st, 0));
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    st = db_prepare(db,
                    "SELECT level FROM hist_sanction WHERE employee_id = $1 AND start_date <= $2"
                    " AND (end_date IS NULL OR end_date >= $3)",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, c->emp);
    db_bind_text(st, 2, as_of);
    db_bind_text(st, 3, f);
    while ((step = db_step(st, err)) == DB_ROW) {
        const char *lv = db_col_text(st, 0);
        int64_t v = strcmp(lv, "berat") == 0 ? 0 : strcmp(lv, "sedang") == 0 ? 5000 : 8000;
        if (v < c->disiplin)
            c->disiplin = v;
    }
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    st = db_prepare(db,
                    "SELECT jpm_bp FROM result r WHERE r.employee_id = $1 AND r.valid_until >= $2"
                    " AND NOT EXISTS (SELECT 1 FROM result r2 WHERE r2.participant_id ="
                    " r.participant_id AND r2.revision > r.revision)"
                    " ORDER BY r.finalised_at DESC LIMIT 1",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, c->emp);
    db_bind_text(st, 2, as_of);
    if ((step = db_step(st, err)) == DB_ROW)
        c->jpm = db_col_int64(st, 0) > 10000 ? 10000 : db_col_int64(st, 0);
    db_finalize(st);
    return step == DB_ERROR ? -1 : 0;
}

int committee_decide(struct db *db, int64_t tenant, const char *code, int finalise,
                     const char *actor, const char *now, json_t **out, struct merit_error *err)
{
    struct policy *pol = NULL;
    struct committee_policy p;
    struct db_stmt *st = NULL;
    struct cand *cs = NULL;
    int64_t(*mem)[2] = NULL; /* member id, declared */
    size_t nc = 0, nm = 0, cap = 0;
    int64_t cid;
    char as_of[11];
    json_t *arr = json_array();
    long not_ok = 0;
    int step, rc = -1;

    *out = NULL;
    if (finalise && (!actor || !*actor)) {
        err_set_at(err, MERIT_EINVAL, 0, "actor", "%s", T("sebutkan siapa", "say who"));
        goto done;
    }
    if (db_begin(db, err) != 0)
        goto done;
    if (com_open(db, tenant, code, &cid, as_of, err) != 0 || com_policy(db, tenant, cid, &pol, err))
        goto out;
    p = pol->committee;
    st = db_prepare(db,
                    "SELECT id, declaration IS NOT NULL FROM committee_member WHERE committee_id ="
                    " $1 ORDER BY id",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, cid);
    mem = xcalloc(COMMITTEE_MAX_MEMBERS, sizeof(*mem));
    while ((step = db_step(st, err)) == DB_ROW && nm < COMMITTEE_MAX_MEMBERS) {
        mem[nm][0] = db_col_int64(st, 0);
        mem[nm][1] = db_col_int64(st, 1);
        nm++;
    }
    db_finalize(st);
    st = NULL;
    if (step == DB_ERROR)
        goto out;
    st = db_prepare(db,
                    "SELECT c.employee_id, e.nip FROM committee_candidate c JOIN employee e ON"
                    " e.id = c.employee_id WHERE c.committee_id = $1 ORDER BY e.nip",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, cid);
    while ((step = db_step(st, err)) == DB_ROW) {
        if (nc == cap) {
            cap = cap ? cap * 2 : 16;
            cs = xreallocarray(cs, cap, sizeof(*cs));
        }
        cs[nc].emp = db_col_int64(st, 0);
        snprintf(cs[nc].nip, sizeof(cs[nc].nip), "%s", db_col_text(st, 1));
        nc++;
    }
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto out;
    if (nc == 0 || nm == 0) {
        err_set(err, MERIT_ECONFLICT, "%s",
                T("pansel belum punya anggota atau peserta", "the committee has no members or "
                                                             "officials yet"));
        goto out;
    }
    for (size_t i = 0; i < nc; i++) {
        struct committee_input in;
        struct committee_outcome o;
        json_t *comps = json_object();
        char *ds;

        memset(&in, 0, sizeof(in));
        in.nmembers = nm;
        for (size_t c = 0; c < COMMITTEE_MAX_COMPONENTS; c++) {
            in.record[c] = -1;
            for (size_t m = 0; m < COMMITTEE_MAX_MEMBERS; m++)
                in.score[c][m] = -1;
        }
        if (records(db, &cs[i], as_of, err) != 0)
            goto out;
        /* a member who has not declared, or declared a conflict with this official, does not
         * count */
        for (size_t m = 0; m < nm; m++) {
            char a[24], b[24];
            int64_t k = 0;
            snprintf(a, sizeof(a), "%lld", (long long)mem[m][0]);
            snprintf(b, sizeof(b), "%lld", (long long)cs[i].emp);
            if (db_query_int64(db,
                               "SELECT COUNT(*) FROM committee_conflict WHERE member_id ="
                               " CAST($1 AS BIGINT) AND employee_id = CAST($2 AS BIGINT)",
                               (const char *const[]){a, b}, 2, &k, err) != 0)
                goto out;
            in.conflict[m] = k > 0 || !mem[m][1];
        }
        for (size_t c = 0; c < p.ncomponents; c++) {
            if (p.comp[c].source == COMMITTEE_FROM_RECORDS) {
                in.record[c] = strcmp(p.comp[c].code, "kinerja") == 0    ? cs[i].kinerja
                               : strcmp(p.comp[c].code, "disiplin") == 0 ? cs[i].disiplin
                                                                         : cs[i].jpm;
                continue;
            }
            st = db_prepare(db,
                            "SELECT member_id, score_bp FROM committee_score WHERE committee_id ="
                            " $1 AND employee_id = $2 AND component = $3",
                            err);
            if (!st)
                goto out;
            db_bind_int64(st, 1, cid);
            db_bind_int64(st, 2, cs[i].emp);
            db_bind_text(st, 3, p.comp[c].code);
            while ((step = db_step(st, err)) == DB_ROW)
                for (size_t m = 0; m < nm; m++)
                    if (mem[m][0] == db_col_int64(st, 0))
                        in.score[c][m] = db_col_int64(st, 1);
            db_finalize(st);
            st = NULL;
            if (step != DB_DONE)
                goto out;
        }
        if (committee_aggregate(&p, &in, &o) != 0) {
            err_set(err, MERIT_EINTERNAL, "committee: unusable input for %s", cs[i].nip);
            goto out;
        }
        for (size_t c = 0; c < p.ncomponents; c++)
            if (o.status == COMMITTEE_OK)
                json_object_set_new(comps, p.comp[c].code, json_real(o.component_bp[c] / 100.0));
        {
            json_t *r = json_pack("{s:s, s:s}", "nip", cs[i].nip, "status",
                                  o.status == COMMITTEE_OK          ? "ok"
                                  : o.status == COMMITTEE_NO_QUORUM ? "no_quorum"
                                                                    : "missing_record");
            if (o.status != COMMITTEE_OK) {
                not_ok++;
                json_object_set_new(r, "component", json_string(p.comp[o.component].code));
            } else {
                json_object_set_new(r, "aggregate", json_real(o.aggregate_bp / 100.0));
                json_object_set_new(r, "recommendation", json_string(o.band->code));
                json_object_set_new(r, "recommendation_id", json_string(o.band->label_id));
                json_object_set_new(r, "recommendation_en", json_string(o.band->label_en));
            }
            json_object_set_new(r, "components", comps);
            ds = json_dumps(r, JSON_COMPACT | JSON_REAL_PRECISION(10));
            if (wc_exec(db,
                        "INSERT INTO committee_result (committee_id, employee_id, aggregate_bp,"
                        " recommendation, status, detail) VALUES ($1, $2, CASE WHEN $3 < 0 THEN"
                        " NULL ELSE $3 END, $4, $5, $6) ON CONFLICT (committee_id, employee_id) DO"
                        " UPDATE SET aggregate_bp = excluded.aggregate_bp, recommendation ="
                        " excluded.recommendation, status = excluded.status, detail ="
                        " excluded.detail",
                        err, "iiisss", cid, cs[i].emp,
                        o.status == COMMITTEE_OK ? o.aggregate_bp : (int64_t)-1,
                        o.status == COMMITTEE_OK ? o.band->code : NULL,
                        json_string_value(json_object_get(r, "status")), ds) != 0) {
                free(ds);
                json_decref(r);
                goto out;
            }
            free(ds);
            json_array_append_new(arr, r);
        }
    }
    if (finalise) {
        if (not_ok) {
            err_set(err, MERIT_ECONFLICT, "%ld %s", not_ok,
                    T("peserta belum lengkap dinilai (kuorum atau data); lihat 'merit committee "
                      "show'",
                      "officials are not fully scored (quorum or records); see 'merit committee "
                      "show'"));
            goto out;
        }
        if (wc_exec(db,
                    "UPDATE committee SET status = 'final', finalised_at = $1, finalised_by = $2"
                    " WHERE id = $3",
                    err, "ssi", now, actor, cid) != 0)
            goto out;
        {
            char obj[64], *rows = json_dumps(arr, JSON_COMPACT | JSON_REAL_PRECISION(10));
            int a;
            snprintf(obj, sizeof(obj), "committee:%s", code);
            a = audit_append(db, tenant, now, actor, "committee.finalise", obj, "open", rows, NULL,
                             err);
            free(rows);
            if (a != 0)
                goto out;
        }
    }
    if (db_commit(db, err) != 0)
        goto out;
    *out = arr;
    arr = NULL;
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
done:
    db_finalize(st);
    json_decref(arr);
    free(cs);
    free(mem);
    policy_free(pol);
    return rc;
}

/*
 * components: the committee policy's components (code, source members|records, weight);
 * conflicts: [{member, nip}] declared; scores: [{member, nip, component, score_bp}].
 */
static int com_show_sheet(struct db *db, int64_t tenant, int64_t cid, json_t *o,
                          struct merit_error *err)
{
    struct policy *pol = NULL;
    struct db_stmt *st;
    json_t *arr;
    int step;

    if (com_policy(db, tenant, cid, &pol, err) != 0)
        return -1;
    arr = json_array();
    for (size_t i = 0; i < pol->committee.ncomponents; i++) {
        const struct committee_component *c = &pol->committee.comp[i];

        json_array_append_new(arr,
                              json_pack("{s:s, s:s, s:i}", "code", c->code, "source",
                                        c->source == COMMITTEE_BY_MEMBERS ? "members" : "records",
                                        "weight_pct", c->weight_pct));
    }
    json_object_set_new(o, "components", arr);
    policy_free(pol);
    st = db_prepare(db,
                    "SELECT m.code, e.nip FROM committee_conflict c JOIN committee_member m ON"
                    " m.id = c.member_id JOIN employee e ON e.id = c.employee_id"
                    " WHERE m.committee_id = $1 ORDER BY m.code, e.nip",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, cid);
    arr = json_array();
    json_object_set_new(o, "conflicts", arr);
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(
            arr, json_pack("{s:s, s:s}", "member", db_col_text(st, 0), "nip", db_col_text(st, 1)));
    db_finalize(st);
    if (step != DB_DONE)
        return -1;
    st = db_prepare(db,
                    "SELECT m.code, e.nip, s.component, s.score_bp FROM committee_score s"
                    " JOIN committee_member m ON m.id = s.member_id JOIN employee e ON e.id ="
                    " s.employee_id WHERE s.committee_id = $1 ORDER BY m.code, e.nip, s.component",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, cid);
    arr = json_array();
    json_object_set_new(o, "scores", arr);
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(arr,
                              json_pack("{s:s, s:s, s:s, s:I}", "member", db_col_text(st, 0), "nip",
                                        db_col_text(st, 1), "component", db_col_text(st, 2),
                                        "score_bp", (json_int_t)db_col_int64(st, 3)));
    db_finalize(st);
    return step == DB_DONE ? 0 : -1;
}

int committee_show(struct db *db, int64_t tenant, const char *code, json_t **out,
                   struct merit_error *err)
{
    struct db_stmt *st = NULL;
    int64_t cid;
    char status[8], as_of[11];
    json_t *o = NULL, *arr;
    json_error_t je;
    int step, rc = -1;

    *out = NULL;
    if (com_find(db, tenant, code, &cid, status, as_of, err) != 0)
        return -1;
    o = json_pack("{s:s, s:s, s:s}", "code", code, "status", status, "as_of", as_of);
    st = db_prepare(db,
                    "SELECT m.code, m.name, m.role, COALESCE(m.organisation, ''),"
                    " COALESCE(m.declaration, ''), COALESCE(m.declared_at, ''), (SELECT COUNT(*)"
                    " FROM committee_conflict c WHERE c.member_id = m.id) FROM committee_member m"
                    " WHERE m.committee_id = $1 ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN"
                    " 'secretary' THEN 1 ELSE 2 END, m.code",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, cid);
    arr = json_array();
    json_object_set_new(o, "members", arr);
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(
            arr, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:I}", "code", db_col_text(st, 0),
                           "name", db_col_text(st, 1), "role", db_col_text(st, 2), "organisation",
                           db_col_text(st, 3), "declaration", db_col_text(st, 4), "declared_at",
                           db_col_text(st, 5), "conflicts", (json_int_t)db_col_int64(st, 6)));
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto out;
    st = db_prepare(db,
                    "SELECT e.nip, e.name, COALESCE(p.code, ''), COALESCE(r.detail, '{}')"
                    " FROM committee_candidate c JOIN employee e ON e.id = c.employee_id"
                    " LEFT JOIN position p ON p.id = c.position_id LEFT JOIN committee_result r"
                    " ON r.committee_id = c.committee_id AND r.employee_id = c.employee_id"
                    " WHERE c.committee_id = $1 ORDER BY e.nip",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, cid);
    arr = json_array();
    json_object_set_new(o, "officials", arr);
    while ((step = db_step(st, err)) == DB_ROW) {
        json_t *x = json_pack("{s:s, s:s, s:s}", "nip", db_col_text(st, 0), "name",
                              db_col_text(st, 1), "position", db_col_text(st, 2));
        json_object_set_new(x, "result", json_loads(db_col_text(st, 3), 0, &je));
        json_array_append_new(arr, x);
    }
    if (step != DB_DONE)
        goto out;
    db_finalize(st);
    st = NULL;
    /* the score sheet's columns, its greyed-out cells and what is already entered */
    if (com_show_sheet(db, tenant, cid, o, err) != 0)
        goto out;
    *out = o;
    o = NULL;
    rc = 0;
out:
    db_finalize(st);
    json_decref(o);
    return rc;
}

int committee_find(struct db *db, int64_t tenant, const char *code, int64_t *id,
                   struct merit_error *err)
{
    char status[8];

    return com_find(db, tenant, code, id, status, NULL, err);
}

int committee_list(struct db *db, int64_t tenant, int64_t account_id, json_t **out,
                   struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT c.code, c.name, CAST(c.as_of AS TEXT), c.status, p.version,"
        " COALESCE(c.finalised_at, ''), COALESCE(c.finalised_by, ''),"
        " (SELECT COUNT(*) FROM committee_member m WHERE m.committee_id = c.id),"
        " (SELECT COUNT(*) FROM committee_candidate k WHERE k.committee_id = c.id)"
        " FROM committee c JOIN policy p ON p.id = c.policy_id WHERE c.tenant_id = $1"
        " AND (CAST($2 AS BIGINT) = 0 OR EXISTS (SELECT 1 FROM account_member am JOIN"
        " committee_member m ON m.id = am.member_id WHERE am.account_id = CAST($2 AS BIGINT)"
        " AND m.committee_id = c.id))"
        " ORDER BY c.as_of DESC, c.code",
        err);
    json_t *arr;
    int step;

    *out = NULL;
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, account_id);
    arr = json_array();
    while ((step = db_step(st, err)) == DB_ROW) {
        json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:I, s:I, s:I}", "code", db_col_text(st, 0),
                              "name", db_col_text(st, 1), "as_of", db_col_text(st, 2), "status",
                              db_col_text(st, 3), "policy_version", (json_int_t)db_col_int64(st, 4),
                              "members", (json_int_t)db_col_int64(st, 7), "officials",
                              (json_int_t)db_col_int64(st, 8));
        json_object_set_new(o, "finalised_at",
                            *db_col_text(st, 5) ? json_string(db_col_text(st, 5)) : json_null());
        json_object_set_new(o, "finalised_by",
                            *db_col_text(st, 6) ? json_string(db_col_text(st, 6)) : json_null());
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

int committee_seat(struct db *db, int64_t committee_id, int64_t account_id, char member[64],
                   char role[16], struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db,
                                    "SELECT m.code, m.role FROM account_member am JOIN"
                                    " committee_member m ON m.id = am.member_id WHERE"
                                    " am.account_id = $1 AND m.committee_id = $2 ORDER BY m.id",
                                    err);
    int step;

    member[0] = role[0] = '\0';
    if (!st)
        return -1;
    db_bind_int64(st, 1, account_id);
    db_bind_int64(st, 2, committee_id);
    step = db_step(st, err);
    if (step == DB_ROW) {
        snprintf(member, 64, "%s", db_col_text(st, 0));
        snprintf(role, 16, "%s", db_col_text(st, 1));
    }
    db_finalize(st);
    return step == DB_ERROR ? -1 : 0;
}

int committee_conflicted(struct db *db, int64_t tenant, const char *code, const char *member,
                         const char *nip, int *conflicted, struct merit_error *err)
{
    char t[24];
    int64_t n = 0;

    *conflicted = 0;
    snprintf(t, sizeof(t), "%lld", (long long)tenant);
    if (db_query_int64(db,
                       "SELECT COUNT(*) FROM committee_conflict x JOIN committee_member m ON m.id ="
                       " x.member_id JOIN committee c ON c.id = m.committee_id JOIN employee e ON"
                       " e.id = x.employee_id WHERE c.tenant_id = CAST($1 AS BIGINT) AND c.code ="
                       " $2 AND m.code = $3 AND e.nip = $4",
                       (const char *const[]){t, code, member, nip}, 4, &n, err) != 0)
        return -1;
    *conflicted = n > 0;
    return 0;
}
