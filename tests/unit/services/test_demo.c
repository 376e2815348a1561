#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "base/err.h"
#include "db/db.h"
#include "domain/nip.h"
#include "services/demo.h"
#include "store/tenant.h"
#include "testutil.h"

#define N_EMP 300L

static void run_demo(struct db *db, long n, uint64_t seed, const char *tenant,
                     struct demo_summary *sum)
{
    struct demo_options opt = {n, seed, tenant, NULL, NULL, NULL};
    struct merit_error err;

    err_clear(&err);
    if (demo_run(db, &opt, sum, &err) != 0)
        cr_assert_fail("demo_run: %s", err.msg);
}

static int64_t count(struct db *db, const char *sql)
{
    struct merit_error err;
    int64_t v = -1;

    if (db_query_int64(db, sql, NULL, 0, &v, &err) != 0)
        cr_assert_fail("%s: %s", sql, err.msg);
    return v;
}

/* FNV-1a over every column of every row, with separators so "ab","c" != "a","bc". */
static uint64_t digest(struct db *db, const char *sql)
{
    struct merit_error err;
    struct db_stmt *st = db_prepare(db, sql, &err);
    uint64_t h = 0xcbf29ce484222325ULL;
    int rc;

    if (!st)
        cr_assert_fail("%s: %s", sql, err.msg);
    while ((rc = db_step(st, &err)) == DB_ROW) {
        for (int c = 0; c < db_column_count(st); c++) {
            const char *s = db_col_isnull(st, c) ? "\x01NULL" : db_col_text(st, c);

            for (; *s; s++)
                h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
            h = (h ^ 0x1f) * 0x100000001b3ULL;
        }
        h = (h ^ 0x1e) * 0x100000001b3ULL;
    }
    db_finalize(st);
    cr_assert_eq(rc, DB_DONE, "%s: %s", sql, err.msg);
    return h;
}

/* Everything the demo writes, keyed by natural keys (never ids, which differ by engine). */
static uint64_t digest_all(struct db *db)
{
    static const char *const sql[] = {
        "SELECT e.nip, e.name, e.gelar_depan, e.gelar_belakang, e.birth_date, e.tmt_cpns, e.sex, "
        "e.status, e.golongan, e.tmt_golongan, p.code, e.tmt_jabatan, e.tmt_pelantikan, u.code, "
        "e.education, e.education_field FROM employee e JOIN position p ON p.id = e.position_id "
        "JOIN unit u ON u.id = e.unit_id ORDER BY e.nip",
        "SELECT u.code, u.name, u.kind, pu.code FROM unit u LEFT JOIN unit pu ON pu.id = "
        "u.parent_id "
        "ORDER BY u.code",
        "SELECT p.code, p.name, p.jenis, p.jenjang_code, p.eselon_code, u.code, p.kelas_jabatan, "
        "p.is_key, p.golongan_min, p.golongan_max, p.education_min, p.education_field, "
        "p.training_req, p.experience_years FROM position p JOIN unit u ON u.id = p.unit_id "
        "ORDER BY p.code",
        "SELECT p.code, s.competency_code, s.kind, s.level FROM skj_item s "
        "JOIN position p ON p.id = s.position_id ORDER BY p.code, s.competency_code",
        "SELECT e.nip, h.golongan, h.tmt, h.sk_number FROM hist_golongan h "
        "JOIN employee e ON e.id = h.employee_id ORDER BY e.nip, h.tmt, h.golongan",
        "SELECT e.nip, h.position_code, h.position_name, h.jenjang_code, h.eselon_code, "
        "h.unit_name, h.tmt_start, h.tmt_end, h.tmt_pelantikan, h.sk_number FROM hist_position h "
        "JOIN employee e ON e.id = h.employee_id ORDER BY e.nip, h.tmt_start",
        "SELECT e.nip, h.year, h.rating_hasil, h.rating_perilaku, h.predikat FROM hist_skp h "
        "JOIN employee e ON e.id = h.employee_id ORDER BY e.nip, h.year",
        "SELECT e.nip, h.level, h.kind, h.start_date, h.end_date, h.sk_number, h.reason "
        "FROM hist_sanction h JOIN employee e ON e.id = h.employee_id ORDER BY e.nip, h.start_date",
        "SELECT e.nip, h.kind, h.name, h.start_date, h.end_date, h.hours, h.organizer "
        "FROM hist_training h JOIN employee e ON e.id = h.employee_id "
        "ORDER BY e.nip, h.start_date, h.name",
    };
    uint64_t h = 0;

    for (size_t i = 0; i < sizeof(sql) / sizeof(sql[0]); i++)
        h = h * 31 + digest(db, sql[i]);
    return h;
}

static void check_counts(const char *engine)
{
    struct db *db = tu_db_open(engine);
    struct demo_summary s;

    run_demo(db, N_EMP, 7, "demo", &s);
    cr_assert_eq(s.employees, N_EMP);
    cr_assert_eq(s.pns + s.pppk, N_EMP);
    cr_assert_eq(s.structural_holders + s.jf + s.pelaksana, N_EMP);
    cr_assert_eq(s.opd, 3);
    cr_assert_eq(count(db, "SELECT count(*) FROM employee"), N_EMP);
    cr_assert_eq(count(db, "SELECT count(*) FROM employee WHERE status = 'PNS'"), s.pns);
    cr_assert_eq(count(db, "SELECT count(*) FROM unit"), s.units);
    cr_assert_eq(count(db, "SELECT count(*) FROM unit WHERE kind = 'opd'"), 3);
    cr_assert_eq(count(db, "SELECT count(*) FROM position"), s.positions);
    cr_assert_eq(count(db, "SELECT count(*) FROM position WHERE jenis = 'struktural'"),
                 s.structural);
    cr_assert_eq(count(db, "SELECT count(*) FROM skj_item"), s.skj_items);
    cr_assert_eq(count(db, "SELECT count(*) FROM hist_skp"), s.hist_skp);
    cr_assert_eq(count(db, "SELECT count(*) FROM hist_sanction"), s.hist_sanction);
    cr_assert_eq(count(db, "SELECT count(*) FROM hist_golongan"), s.hist_golongan);
    cr_assert_eq(count(db, "SELECT count(*) FROM hist_position"), s.hist_position);
    cr_assert_eq(count(db, "SELECT count(*) FROM hist_training"), s.hist_training);
    cr_assert_eq(count(db, "SELECT count(*) FROM tech_competency"), s.tech_competencies);
    /* PPPK and women in plausible proportions (about 25 % and 55 %) */
    cr_assert(s.pppk > N_EMP / 10 && s.pppk < N_EMP * 2 / 5, "pppk %ld", s.pppk);
    cr_assert(s.women > N_EMP * 2 / 5 && s.women < N_EMP * 7 / 10, "women %ld", s.women);
    /* every position has its nine managerial/socio-cultural SKJ rows and one or two technical */
    cr_assert_eq(count(db, "SELECT count(*) FROM position p WHERE (SELECT count(*) FROM skj_item s "
                           "WHERE s.position_id = p.id AND s.kind <> 'teknis') <> 9"),
                 0);
    cr_assert_eq(count(db, "SELECT count(*) FROM position p WHERE (SELECT count(*) FROM skj_item s "
                           "WHERE s.position_id = p.id AND s.kind = 'teknis') NOT BETWEEN 1 AND 2"),
                 0);
    /* managerial levels follow the jenjang's standard level */
    cr_assert_eq(count(db,
                       "SELECT count(*) FROM skj_item s JOIN position p ON p.id = s.position_id "
                       "JOIN ref_jenjang j ON j.code = p.jenjang_code "
                       "WHERE s.kind <> 'teknis' AND s.level <> j.standard_level"),
                 0);
    /* every employee has a current position history row and golongan history ending at now */
    cr_assert_eq(count(db, "SELECT count(*) FROM hist_position WHERE tmt_end IS NULL"), N_EMP);
    cr_assert_eq(count(db, "SELECT count(*) FROM employee e WHERE NOT EXISTS (SELECT 1 FROM "
                           "hist_golongan h WHERE h.employee_id = e.id AND h.golongan = "
                           "e.golongan AND h.tmt = e.tmt_golongan)"),
                 0);
    /* SKP predikat follows the reference matrix */
    cr_assert_eq(count(db, "SELECT count(*) FROM hist_skp h JOIN ref_skp_predikat r ON "
                           "r.rating_hasil = h.rating_hasil AND r.rating_perilaku = "
                           "h.rating_perilaku WHERE r.predikat <> h.predikat"),
                 0);
    db_close(db);
}

Test(demo, counts_sqlite)
{
    check_counts("sqlite");
}

Test(demo, counts_pg)
{
    check_counts("pg");
}

static void check_rules(const char *engine)
{
    struct db *db = tu_db_open(engine);
    struct demo_summary s;
    struct merit_error err;
    struct db_stmt *st;
    int rc;
    long n = 0;

    run_demo(db, N_EMP, 11, "demo", &s);
    st = db_prepare(db, "SELECT nip, sex, birth_date, tmt_cpns FROM employee ORDER BY nip", &err);
    cr_assert_not_null(st, "%s", err.msg);
    while ((rc = db_step(st, &err)) == DB_ROW) {
        const char *nip = db_col_text(st, 0);
        struct nip_info info;
        enum nip_status ns = nip_parse(nip, strlen(nip), 1, &info);
        char birth[11], tmt[11];

        cr_assert_eq(ns, NIP_OK, "NIP %s: %s", nip, nip_strerror(ns));
        cr_assert_eq(info.sex, strcmp(db_col_text(st, 1), "L") == 0 ? 1 : 2, "sex of %s", nip);
        civil_format(info.birth, birth);
        civil_format(info.tmt_cpns, tmt);
        cr_assert_str_eq(birth, db_col_text(st, 2));
        cr_assert_str_eq(tmt, db_col_text(st, 3));
        n++;
    }
    cr_assert_eq(rc, DB_DONE, "%s", err.msg);
    db_finalize(st);
    cr_assert_eq(n, N_EMP);

    /* PNS golongan within the range of the position they hold */
    cr_assert_eq(count(db, "SELECT count(*) FROM employee e JOIN position p ON p.id = "
                           "e.position_id JOIN ref_golongan g ON g.code = e.golongan "
                           "JOIN ref_golongan lo ON lo.code = p.golongan_min "
                           "JOIN ref_golongan hi ON hi.code = p.golongan_max "
                           "WHERE e.status = 'PNS' AND (g.rank_order < lo.rank_order OR "
                           "g.rank_order > hi.rank_order)"),
                 0);
    cr_assert_eq(count(db, "SELECT count(*) FROM employee WHERE status = 'PNS' AND golongan NOT IN "
                           "(SELECT code FROM ref_golongan)"),
                 0);
    cr_assert_eq(count(db, "SELECT count(*) FROM employee WHERE status = 'PPPK' AND golongan NOT "
                           "IN (SELECT code FROM ref_pppk_grade)"),
                 0);
    /* structural posts: at most one holder; the vacancies the summary reports */
    cr_assert_eq(count(db, "SELECT count(*) FROM (SELECT p.id FROM position p JOIN employee e ON "
                           "e.position_id = p.id WHERE p.jenis = 'struktural' GROUP BY p.id "
                           "HAVING count(*) > 1) x"),
                 0);
    cr_assert_eq(count(db, "SELECT count(*) FROM position p WHERE p.jenis = 'struktural' AND NOT "
                           "EXISTS (SELECT 1 FROM employee e WHERE e.position_id = p.id)"),
                 s.vacant);
    /* only structural holders carry an inauguration date, PPPK never hold structural posts */
    cr_assert_eq(count(db, "SELECT count(*) FROM employee e JOIN position p ON p.id = "
                           "e.position_id WHERE (p.jenis = 'struktural') <> (e.tmt_pelantikan "
                           "IS NOT NULL) OR (p.jenis = 'struktural' AND e.status = 'PPPK')"),
                 0);
    /* the employee's unit is the position's unit; dates are ordered and not after 2026-01-01 */
    cr_assert_eq(count(db, "SELECT count(*) FROM employee e JOIN position p ON p.id = "
                           "e.position_id WHERE e.unit_id <> p.unit_id"),
                 0);
    cr_assert_eq(count(db, "SELECT count(*) FROM employee WHERE tmt_jabatan < tmt_cpns OR "
                           "tmt_golongan < tmt_cpns OR tmt_jabatan > '2026-01-01' OR "
                           "tmt_golongan > '2026-01-01'"),
                 0);
    /* education at least the position's minimum */
    cr_assert_eq(count(db, "SELECT count(*) FROM employee e JOIN position p ON p.id = "
                           "e.position_id JOIN ref_education a ON a.code = e.education "
                           "JOIN ref_education m ON m.code = p.education_min "
                           "WHERE a.rank_order < m.rank_order"),
                 0);
    db_close(db);
}

Test(demo, rules_sqlite)
{
    check_rules("sqlite");
}

Test(demo, rules_pg)
{
    check_rules("pg");
}

Test(demo, deterministic)
{
    struct db *a = tu_db_open("sqlite");
    struct db *b = tu_db_open("sqlite");
    struct db *c = tu_db_open("sqlite");
    struct demo_summary sa, sb, sc;

    run_demo(a, N_EMP, 42, "demo", &sa);
    run_demo(b, N_EMP, 42, "demo", &sb);
    run_demo(c, N_EMP, 43, "demo", &sc);
    cr_assert_eq(digest_all(a), digest_all(b));
    cr_assert_eq(sa.hist_training, sb.hist_training);
    cr_assert_neq(digest_all(a), digest_all(c), "another seed must give other data");
    db_close(a);
    db_close(b);
    db_close(c);
}

Test(demo, same_data_on_pg)
{
    struct db *lite = tu_db_open("sqlite");
    struct db *pg = tu_db_open("pg");
    struct demo_summary s1, s2;

    run_demo(lite, N_EMP, 5, "demo", &s1);
    run_demo(pg, N_EMP, 5, "demo", &s2);
    cr_assert_eq(digest_all(lite), digest_all(pg));
    db_close(lite);
    db_close(pg);
}

Test(demo, refuses_filled_tenant)
{
    struct db *db = tu_db_open("sqlite");
    struct demo_options opt = {N_EMP, 1, "demo", NULL, NULL, NULL};
    struct demo_summary s;
    struct merit_error err;

    run_demo(db, N_EMP, 1, "demo", &s);
    err_clear(&err);
    cr_assert_eq(demo_run(db, &opt, &s, &err), -1);
    cr_assert_eq(err.code, MERIT_ECONFLICT);
    cr_assert(strstr(err.msg, "--tenant") != NULL, "message says what to do: %s", err.msg);
    cr_assert_eq(count(db, "SELECT count(*) FROM employee"), N_EMP, "nothing was added");
    /* another tenant in the same database is fine, and its NIPs are its own */
    run_demo(db, N_EMP, 1, "other", &s);
    cr_assert_eq(count(db, "SELECT count(*) FROM employee"), 2 * N_EMP);
    cr_assert_eq(count(db, "SELECT count(*) FROM tenant"), 2);
    db_close(db);
}

Test(demo, keeps_existing_tenant_name)
{
    struct db *db = tu_db_open("sqlite");
    struct demo_summary s;
    struct merit_error err;
    int64_t id = 0;
    const char *params[] = {"kab"};
    struct db_stmt *st;

    err_clear(&err);
    cr_assert_eq(tenant_ensure(db, "kab", "Kabupaten Lama", &id, &err), 0, "%s", err.msg);
    run_demo(db, N_EMP, 3, "kab", &s);
    cr_assert_eq(s.tenant_id, id);
    st = db_prepare(db, "SELECT name FROM tenant WHERE code = $1", &err);
    cr_assert_not_null(st, "%s", err.msg);
    db_bind_text(st, 1, params[0]);
    cr_assert_eq(db_step(st, &err), DB_ROW, "%s", err.msg);
    cr_assert_str_eq(db_col_text(st, 0), "Kabupaten Lama");
    db_finalize(st);
    cr_assert_eq(count(db, "SELECT count(*) FROM tenant"), 1);
    db_close(db);
}

Test(demo, rejects_bad_count)
{
    struct db *db = tu_db_open("sqlite");
    struct demo_options opt = {DEMO_MIN_EMPLOYEES - 1, 1, "demo", NULL, NULL, NULL};
    struct demo_summary s;
    struct merit_error err;

    err_clear(&err);
    cr_assert_eq(demo_run(db, &opt, &s, &err), -1);
    cr_assert_eq(err.code, MERIT_EINVAL);
    cr_assert_eq(count(db, "SELECT count(*) FROM tenant"), 0, "nothing written");
    db_close(db);
}

Test(demo, opd_count_scales)
{
    cr_assert_eq(demo_opd_count(100), 3);
    cr_assert_eq(demo_opd_count(6500), 35);
    cr_assert_eq(demo_opd_count(5600000), 30270);
}
