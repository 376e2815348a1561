/*
 * The reference data of migrations/ref/0002_reference.sql, loaded through
 * the real migrations on both engines, and its agreement with the codes the
 * domain layer produces.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "domain/codes.h"
#include "domain/skp.h"
#include "testutil.h"

static int64_t q_int(struct db *db, const char *sql, const char *p1)
{
    struct merit_error err;
    int64_t v = -1;
    const char *params[1] = {p1};

    if (db_query_int64(db, sql, params, p1 ? 1 : 0, &v, &err) != 0)
        cr_assert_fail("%s: %s", sql, err.msg);
    return v;
}

static void expect_code(struct db *db, const char *table, const char *code)
{
    char sql[128];

    snprintf(sql, sizeof(sql), "SELECT COUNT(*) FROM %s WHERE code = $1", table);
    cr_assert_eq(q_int(db, sql, code), 1, "%s has no row %s", table, code);
}

static void check_counts(struct db *db)
{
    static const struct {
        const char *table;
        int64_t rows;
    } want[] = {
        {"ref_golongan", 17},         {"ref_pppk_grade", 17},  {"ref_education", 10},
        {"ref_jenjang", 14},          {"ref_eselon", 9},       {"ref_competency", 9},
        {"ref_competency_level", 45}, {"ref_skp_predikat", 9}, {"ref_potential_aspect", 8},
        {"ref_sanction_level", 3},
    };
    char sql[160];

    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        snprintf(sql, sizeof(sql), "SELECT COUNT(*) FROM %s", want[i].table);
        cr_assert_eq(q_int(db, sql, NULL), want[i].rows, "%s", want[i].table);
        /* every row names its legal basis and a confidence tag */
        snprintf(sql, sizeof(sql),
                 "SELECT COUNT(*) FROM %s WHERE source IS NULL OR TRIM(source) = '' "
                 "OR source NOT LIKE '%%[%%]%%'",
                 want[i].table);
        cr_assert_eq(q_int(db, sql, NULL), 0, "%s has rows without a tagged source", want[i].table);
    }
}

static void check_values(struct db *db)
{
    cr_assert_eq(q_int(db,
                       "SELECT COUNT(*) FROM ref_jenjang WHERE standard_level < 1 OR "
                       "standard_level > 5",
                       NULL),
                 0);
    cr_assert_eq(q_int(db,
                       "SELECT COUNT(*) FROM ref_eselon WHERE code = 'II.a' AND golongan_min = "
                       "'IV/c' AND golongan_max = 'IV/d' AND jenjang_code = 'jpt_pratama'",
                       NULL),
                 1);
    cr_assert_eq(q_int(db,
                       "SELECT COUNT(*) FROM ref_skp_predikat WHERE rating_hasil = 'di_atas' "
                       "AND rating_perilaku = 'di_bawah' AND predikat = 'kurang'",
                       NULL),
                 1);
    cr_assert_eq(q_int(db, "SELECT standard_level FROM ref_jenjang WHERE code = $1", "jpt_pratama"),
                 4);
    cr_assert_eq(q_int(db, "SELECT standard_level FROM ref_jenjang WHERE code = $1", "pelaksana"),
                 1);
    cr_assert_eq(q_int(db, "SELECT standard_level FROM ref_jenjang WHERE code = $1", "ahli_utama"),
                 5);
    cr_assert_eq(q_int(db,
                       "SELECT COUNT(*) FROM ref_education WHERE (code = 'D1' AND entry_golongan "
                       "= 'II/a') OR (code = 'D4' AND entry_golongan = 'III/a')",
                       NULL),
                 2);
    /* each competency has levels 1..5, each with a description */
    cr_assert_eq(q_int(db,
                       "SELECT COUNT(*) FROM ref_competency c WHERE (SELECT COUNT(DISTINCT "
                       "level) FROM ref_competency_level l WHERE l.competency_code = c.code AND "
                       "LENGTH(l.description) > 20) <> 5",
                       NULL),
                 0);
    cr_assert_eq(q_int(db, "SELECT rank_order FROM ref_competency WHERE code = $1", "M.01"), 1);
    cr_assert_eq(q_int(db, "SELECT rank_order FROM ref_competency WHERE code = $1", "SK.01"), 9);
    cr_assert_eq(q_int(db,
                       "SELECT COUNT(*) FROM ref_competency WHERE siasn_field IN ('integritas', "
                       "'kerjasama', 'komunikasi', 'orientasiPadaHasil', 'pelayananPublik', "
                       "'pengembanganDiriDanOrla', 'mengelolaPerubahan', "
                       "'pengambilanKeputusan', 'perekatBangsa')",
                       NULL),
                 9);
    cr_assert_eq(q_int(db,
                       "SELECT COUNT(*) FROM ref_potential_aspect WHERE siasn_field IN "
                       "('intelektual', 'interpersonal', 'kesadaranDiri', 'berfikirKritis', "
                       "'motivasiKomitmen')",
                       NULL),
                 5);
    cr_assert_eq(
        q_int(db, "SELECT COUNT(*) FROM ref_potential_aspect WHERE siasn_field IS NULL", NULL), 3);
    /* golongan ranges are ordered the right way round */
    cr_assert_eq(q_int(db,
                       "SELECT COUNT(*) FROM ref_eselon e JOIN ref_golongan lo ON lo.code = "
                       "e.golongan_min JOIN ref_golongan hi ON hi.code = e.golongan_max WHERE "
                       "lo.rank_order > hi.rank_order",
                       NULL),
                 0);
    cr_assert_eq(q_int(db,
                       "SELECT COUNT(*) FROM ref_jenjang j JOIN ref_golongan lo ON lo.code = "
                       "j.golongan_min JOIN ref_golongan hi ON hi.code = j.golongan_max WHERE "
                       "lo.rank_order > hi.rank_order",
                       NULL),
                 0);
}

static void check_codes_agree(struct db *db)
{
    struct skp_matrix m;

    for (int r = 1; r <= GOLONGAN_COUNT; r++) {
        const char *code = golongan_by_rank(r);

        expect_code(db, "ref_golongan", code);
        cr_assert_eq(q_int(db, "SELECT rank_order FROM ref_golongan WHERE code = $1", code), r);
        {
            struct merit_error err;
            const char *params[2] = {code, golongan_pangkat(code)};
            int64_t n = 0;

            cr_assert_eq(db_query_int64(db,
                                        "SELECT COUNT(*) FROM ref_golongan WHERE code = $1 AND "
                                        "pangkat = $2",
                                        params, 2, &n, &err),
                         0, "%s", err.msg);
            cr_assert_eq(n, 1, "pangkat of %s differs between codes.c and the table", code);
        }
    }
    for (int r = 1; r <= PPPK_GRADE_COUNT; r++) {
        expect_code(db, "ref_pppk_grade", pppk_grade_by_rank(r));
        cr_assert_eq(q_int(db, "SELECT rank_order FROM ref_pppk_grade WHERE code = $1",
                           pppk_grade_by_rank(r)),
                     r);
    }
    for (int r = 1; r <= ESELON_COUNT; r++) {
        expect_code(db, "ref_eselon", eselon_by_rank(r));
        cr_assert_eq(
            q_int(db, "SELECT rank_order FROM ref_eselon WHERE code = $1", eselon_by_rank(r)), r);
    }
    for (int r = 1; r <= EDUCATION_COUNT; r++) {
        expect_code(db, "ref_education", education_by_rank(r));
        cr_assert_eq(
            q_int(db, "SELECT rank_order FROM ref_education WHERE code = $1", education_by_rank(r)),
            r);
    }
    cr_assert_eq(q_int(db,
                       "SELECT COUNT(*) FROM ref_pppk_grade WHERE min_education IS NOT NULL AND "
                       "min_education NOT IN (SELECT code FROM ref_education)",
                       NULL),
                 0);
    for (int i = 0; i < JENJANG_COUNT; i++) {
        const char *code = jenjang_by_index(i);
        struct merit_error err;
        const char *params[3] = {code, jenjang_name(code), jenjang_kind(code)};
        int64_t n = 0;

        cr_assert_eq(db_query_int64(db,
                                    "SELECT COUNT(*) FROM ref_jenjang WHERE code = $1 AND name = "
                                    "$2 AND kind = $3",
                                    params, 3, &n, &err),
                     0, "%s", err.msg);
        cr_assert_eq(n, 1, "jenjang %s: name/kind differ between codes.c and the table", code);
    }
    {
        static const char *const sanctions[] = {"ringan", "sedang", "berat"};

        for (int i = 0; i < 3; i++) {
            const char *out = NULL;

            cr_assert_eq(sanction_level_normalize(sanctions[i], strlen(sanctions[i]), &out), 0);
            expect_code(db, "ref_sanction_level", out);
            cr_assert_eq(
                q_int(db, "SELECT rank_order FROM ref_sanction_level WHERE code = $1", out), i + 1);
        }
    }
    /* the SKP matrix in the table is skp_matrix_default() */
    skp_matrix_default(&m);
    for (int h = SKP_DI_BAWAH; h <= SKP_DI_ATAS; h++) {
        for (int p = SKP_DI_BAWAH; p <= SKP_DI_ATAS; p++) {
            struct merit_error err;
            const char *params[3] = {skp_rating_code(h), skp_rating_code(p),
                                     skp_predikat_code(skp_predikat_of(&m, h, p))};
            int64_t n = 0;

            cr_assert_eq(db_query_int64(db,
                                        "SELECT COUNT(*) FROM ref_skp_predikat WHERE "
                                        "rating_hasil = $1 AND rating_perilaku = $2 AND "
                                        "predikat = $3",
                                        params, 3, &n, &err),
                         0, "%s", err.msg);
            cr_assert_eq(n, 1, "SKP cell %s/%s", params[0], params[1]);
        }
    }
}

static void check_engine(const char *engine)
{
    struct db *db = tu_db_open(engine);

    check_counts(db);
    check_values(db);
    check_codes_agree(db);
    db_close(db);
}

Test(refdata, sqlite)
{
    check_engine("sqlite");
}

Test(refdata, pg)
{
    check_engine("pg");
}
