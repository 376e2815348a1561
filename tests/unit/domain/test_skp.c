#include <criterion/criterion.h>
#include <string.h>

#include "domain/skp.h"

static int rating(const char *s, enum skp_rating *out)
{
    return skp_rating_parse(s, strlen(s), out);
}

static int predikat(const char *s, enum skp_predikat *out)
{
    return skp_predikat_parse(s, strlen(s), out);
}

Test(skp, rating_parse)
{
    static const struct {
        const char *in;
        enum skp_rating want;
    } ok[] = {
        {"di atas ekspektasi", SKP_DI_ATAS},
        {"Di Atas Ekspektasi", SKP_DI_ATAS},
        {"DI ATAS EKSPEKTASI", SKP_DI_ATAS},
        {"di_atas", SKP_DI_ATAS},
        {"diatas", SKP_DI_ATAS},
        {"di atas", SKP_DI_ATAS},
        {"above", SKP_DI_ATAS},
        {"Above Expectations", SKP_DI_ATAS},
        {"sesuai", SKP_SESUAI},
        {"Sesuai Ekspektasi", SKP_SESUAI},
        {"meets", SKP_SESUAI},
        {"Meets expectations", SKP_SESUAI},
        {"di bawah", SKP_DI_BAWAH},
        {"Di Bawah Ekspektasi", SKP_DI_BAWAH},
        {"di_bawah", SKP_DI_BAWAH},
        {"below", SKP_DI_BAWAH},
        {"  di   bawah  ", SKP_DI_BAWAH},
    };
    static const char *const bad[] = {"",  "ekspektasi", "di",        "atas",   "bawah",
                                      "1", "3",          "di atas 2", "tinggi", "sangat baik"};
    enum skp_rating r;

    for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
        r = 0;
        cr_assert_eq(rating(ok[i].in, &r), 0, "\"%s\"", ok[i].in);
        cr_assert_eq(r, ok[i].want, "\"%s\"", ok[i].in);
        /* the code round-trips */
        cr_assert_eq(rating(skp_rating_code(r), &r), 0);
        cr_assert_eq(r, ok[i].want);
        cr_assert_eq(rating(skp_rating_name(r), &r), 0);
        cr_assert_eq(r, ok[i].want);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        r = 0;
        cr_assert_eq(rating(bad[i], &r), -1, "\"%s\"", bad[i]);
        cr_assert_eq(r, 0);
    }
    cr_assert_eq(skp_rating_parse(NULL, 0, &r), -1);
}

Test(skp, rating_codes)
{
    cr_assert_str_eq(skp_rating_code(SKP_DI_ATAS), "di_atas");
    cr_assert_str_eq(skp_rating_code(SKP_SESUAI), "sesuai");
    cr_assert_str_eq(skp_rating_code(SKP_DI_BAWAH), "di_bawah");
    cr_assert_null(skp_rating_code((enum skp_rating)0));
    cr_assert_null(skp_rating_code((enum skp_rating)4));
    cr_assert_str_eq(skp_rating_name(SKP_DI_ATAS), "Di Atas Ekspektasi");
    cr_assert_null(skp_rating_name((enum skp_rating)0));
}

Test(skp, predikat_parse_and_codes)
{
    static const struct {
        const char *in;
        enum skp_predikat want;
    } ok[] = {
        {"Sangat Baik", SKP_SANGAT_BAIK},
        {"sangat_baik", SKP_SANGAT_BAIK},
        {"SANGAT BAIK", SKP_SANGAT_BAIK},
        {"Baik", SKP_BAIK},
        {"Butuh Perbaikan", SKP_BUTUH_PERBAIKAN},
        {"butuh_perbaikan", SKP_BUTUH_PERBAIKAN},
        {"Cukup", SKP_BUTUH_PERBAIKAN},
        {"Kurang", SKP_KURANG},
        {"Misconduct", SKP_KURANG},
        {"Kurang/Misconduct", SKP_KURANG},
        {"kurang / misconduct", SKP_KURANG},
        {"Sangat Kurang", SKP_SANGAT_KURANG},
        {"sangat_kurang", SKP_SANGAT_KURANG},
        {"Sangat Baik!", SKP_SANGAT_BAIK},
    };
    static const char *const bad[] = {"",  "Sangat",      "Buruk",        "Istimewa", "Baik Sekali",
                                      "5", "Kurang Baik", "Sangat Baik 2"};
    enum skp_predikat p;

    for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
        p = SKP_PREDIKAT_NONE;
        cr_assert_eq(predikat(ok[i].in, &p), 0, "\"%s\"", ok[i].in);
        cr_assert_eq(p, ok[i].want, "\"%s\"", ok[i].in);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        p = SKP_PREDIKAT_NONE;
        cr_assert_eq(predikat(bad[i], &p), -1, "\"%s\"", bad[i]);
        cr_assert_eq(p, SKP_PREDIKAT_NONE);
    }
    for (int v = SKP_SANGAT_BAIK; v <= SKP_SANGAT_KURANG; v++) {
        const char *code = skp_predikat_code((enum skp_predikat)v);
        const char *name = skp_predikat_name((enum skp_predikat)v);

        cr_assert_not_null(code);
        cr_assert_not_null(name);
        cr_assert_eq(predikat(code, &p), 0);
        cr_assert_eq((int)p, v);
        cr_assert_eq(predikat(name, &p), 0);
        cr_assert_eq((int)p, v);
    }
    cr_assert_str_eq(skp_predikat_code(SKP_BUTUH_PERBAIKAN), "butuh_perbaikan");
    cr_assert_str_eq(skp_predikat_name(SKP_KURANG), "Kurang/Misconduct");
    cr_assert_str_eq(skp_predikat_name(SKP_SANGAT_KURANG), "Sangat Kurang");
    cr_assert_null(skp_predikat_code(SKP_PREDIKAT_NONE));
    cr_assert_null(skp_predikat_name((enum skp_predikat)6));
}

Test(skp, default_matrix_whole)
{
    /* REGULATIONS.md section 6, rows hasil di atas / sesuai / di bawah */
    static const struct {
        enum skp_rating hasil, perilaku;
        const char *want;
    } cells[] = {
        {SKP_DI_ATAS, SKP_DI_BAWAH, "kurang"},
        {SKP_DI_ATAS, SKP_SESUAI, "baik"},
        {SKP_DI_ATAS, SKP_DI_ATAS, "sangat_baik"},
        {SKP_SESUAI, SKP_DI_BAWAH, "kurang"},
        {SKP_SESUAI, SKP_SESUAI, "baik"},
        {SKP_SESUAI, SKP_DI_ATAS, "baik"},
        {SKP_DI_BAWAH, SKP_DI_BAWAH, "sangat_kurang"},
        {SKP_DI_BAWAH, SKP_SESUAI, "butuh_perbaikan"},
        {SKP_DI_BAWAH, SKP_DI_ATAS, "butuh_perbaikan"},
    };
    struct skp_matrix m;

    memset(&m, 0, sizeof(m));
    cr_assert_eq(skp_matrix_complete(&m), 0);
    skp_matrix_default(&m);
    cr_assert_eq(skp_matrix_complete(&m), 1);
    for (size_t i = 0; i < sizeof(cells) / sizeof(cells[0]); i++)
        cr_assert_str_eq(skp_predikat_code(skp_predikat_of(&m, cells[i].hasil, cells[i].perilaku)),
                         cells[i].want, "cell %zu", i);
}

Test(skp, matrix_is_data)
{
    struct skp_matrix m;

    memset(&m, 0, sizeof(m));
    cr_assert_eq(skp_predikat_of(&m, SKP_SESUAI, SKP_SESUAI), SKP_PREDIKAT_NONE);
    /* a tenant-specific policy: the rule function follows whatever the data says */
    for (int h = SKP_DI_BAWAH; h <= SKP_DI_ATAS; h++)
        for (int p = SKP_DI_BAWAH; p <= SKP_DI_ATAS; p++)
            cr_assert_eq(skp_matrix_set(&m, h, p, SKP_BAIK), 0);
    cr_assert_eq(skp_matrix_set(&m, SKP_DI_ATAS, SKP_DI_ATAS, SKP_SANGAT_BAIK), 0);
    cr_assert(skp_matrix_complete(&m));
    cr_assert_eq(skp_predikat_of(&m, SKP_DI_BAWAH, SKP_DI_BAWAH), SKP_BAIK);
    cr_assert_eq(skp_predikat_of(&m, SKP_DI_ATAS, SKP_DI_ATAS), SKP_SANGAT_BAIK);

    cr_assert_eq(skp_matrix_set(&m, 0, SKP_SESUAI, SKP_BAIK), -1);
    cr_assert_eq(skp_matrix_set(&m, SKP_SESUAI, 4, SKP_BAIK), -1);
    cr_assert_eq(skp_matrix_set(&m, SKP_SESUAI, SKP_SESUAI, SKP_PREDIKAT_NONE), -1);
    cr_assert_eq(skp_matrix_set(&m, SKP_SESUAI, SKP_SESUAI, (enum skp_predikat)9), -1);
    cr_assert_eq(skp_predikat_of(&m, SKP_SESUAI, SKP_SESUAI), SKP_BAIK);
    cr_assert_eq(skp_predikat_of(&m, 0, SKP_SESUAI), SKP_PREDIKAT_NONE);
    cr_assert_eq(skp_predikat_of(&m, SKP_SESUAI, 4), SKP_PREDIKAT_NONE);
    cr_assert_eq(skp_predikat_of(NULL, SKP_SESUAI, SKP_SESUAI), SKP_PREDIKAT_NONE);
}
