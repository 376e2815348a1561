#include <criterion/criterion.h>
#include <string.h>

#include "domain/codes.h"

typedef int (*normalizer)(const char *, size_t, const char **);

struct pair {
    const char *in;
    const char *want;
};

static void check_all(normalizer fn, const struct pair *p, const char *what)
{
    for (; p->in; p++) {
        const char *out = NULL;
        int rc = fn(p->in, strlen(p->in), &out);

        if (p->want) {
            cr_assert_eq(rc, 0, "%s: \"%s\" must be recognised", what, p->in);
            cr_assert_str_eq(out, p->want, "%s: \"%s\"", what, p->in);
        } else {
            cr_assert_eq(rc, -1, "%s: \"%s\" must be refused (got %s)", what, p->in,
                         out ? out : "?");
            cr_assert_null(out, "%s: *out must stay untouched", what);
        }
    }
}

/* Inputs every normaliser must refuse. */
static void check_junk(normalizer fn, const char *what)
{
    static const char *const junk[] = {"", " ", "-", "???", "\xc3\xa9", "\xc2\xa0"};
    const char *out = NULL;
    char longs[200];

    for (size_t i = 0; i < sizeof(junk) / sizeof(junk[0]); i++)
        cr_assert_eq(fn(junk[i], strlen(junk[i]), &out), -1, "%s: junk %zu", what, i);
    cr_assert_eq(fn(NULL, 0, &out), -1, "%s: NULL", what);
    memset(longs, 'a', sizeof(longs));
    cr_assert_eq(fn(longs, sizeof(longs), &out), -1, "%s: very long", what);
    cr_assert_null(out);
}

Test(codes, golongan_spellings)
{
    static const struct pair p[] = {
        {"III/a", "III/a"},
        {"III a", "III/a"},
        {"IIIa", "III/a"},
        {"III-A", "III/a"},
        {"3a", "III/a"},
        {"3/a", "III/a"},
        {"III/A", "III/a"},
        {"iii/a", "III/a"},
        {" III / a ", "III/a"},
        {"III.a", "III/a"},
        {"Penata Muda", "III/a"},
        {"PENATA MUDA", "III/a"},
        {"Golongan III/a", "III/a"},
        {"Gol. III/a", "III/a"},
        {"Gol/Ruang III/a", "III/a"},
        {"I/a", "I/a"},
        {"1a", "I/a"},
        {"II/d", "II/d"},
        {"IV/e", "IV/e"},
        {"4e", "IV/e"},
        {"Penata Muda Tingkat I", "III/b"},
        {"Penata Muda Tk. I", "III/b"},
        {"Penata Muda Tk.1", "III/b"},
        {"Penata Muda Tk I", "III/b"},
        {"Pangkat Penata", "III/c"},
        {"Penata Muda Tk. I (III/b)", "III/b"},
        {"III/b, Penata Muda Tingkat I", "III/b"},
        {"Pembina Utama Muda - IV/c", "IV/c"},
        {"Juru Muda", "I/a"},
        {"Juru", "I/c"},
        {"Pengatur Tingkat I", "II/d"},
        {"Pembina Utama Madya", "IV/d"},
        {"Pembina Utama", "IV/e"},
        {"\xc2\xa0III/a", "III/a"},
        /* refused */
        {"III/e", NULL},
        {"V/a", NULL},
        {"5a", NULL},
        {"0a", NULL},
        {"III", NULL},
        {"a", NULL},
        {"IIII/a", NULL},
        {"III/aa", NULL},
        {"Penata Muda (III/a) x", NULL},
        {"Penata Muda (III/b)", NULL},
        {"Penata Muda Tingkat II", NULL},
        {"IX", NULL},
        {"()", NULL},
        {NULL, NULL},
    };

    check_all(golongan_normalize, p, "golongan");
    check_junk(golongan_normalize, "golongan");
}

Test(codes, golongan_every_canonical_code_and_rank)
{
    static const char *const codes[GOLONGAN_COUNT] = {
        "I/a",   "I/b",   "I/c",   "I/d",  "II/a", "II/b", "II/c", "II/d", "III/a",
        "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"};

    for (int i = 0; i < GOLONGAN_COUNT; i++) {
        const char *out = NULL;
        const char *pangkat = golongan_pangkat(codes[i]);

        cr_assert_str_eq(golongan_by_rank(i + 1), codes[i]);
        cr_assert_eq(golongan_rank(codes[i]), i + 1);
        cr_assert_eq(golongan_normalize(codes[i], strlen(codes[i]), &out), 0);
        cr_assert_str_eq(out, codes[i]);
        /* every pangkat name leads back to its golongan */
        cr_assert_not_null(pangkat);
        cr_assert_eq(golongan_normalize(pangkat, strlen(pangkat), &out), 0, "%s", pangkat);
        cr_assert_str_eq(out, codes[i], "%s", pangkat);
    }
    cr_assert_str_eq(golongan_pangkat("III/a"), "Penata Muda");
    cr_assert_str_eq(golongan_pangkat("IV/c"), "Pembina Utama Muda");
    cr_assert_eq(golongan_rank("III a"), 0);
    cr_assert_eq(golongan_rank(NULL), 0);
    cr_assert_null(golongan_by_rank(0));
    cr_assert_null(golongan_by_rank(18));
    cr_assert_null(golongan_pangkat("X/a"));
    cr_assert_lt(golongan_rank("III/d"), golongan_rank("IV/a"));
}

Test(codes, pppk_grade)
{
    static const struct pair p[] = {
        {"IX", "IX"},      {"9", "IX"},        {"ix", "IX"},   {"Golongan IX", "IX"},
        {"Gol. IX", "IX"}, {"09", "IX"},       {"I", "I"},     {"1", "I"},
        {"XVII", "XVII"},  {"17", "XVII"},     {"xiv", "XIV"}, {"Grade XII", "XII"},
        {"XVIII", NULL},   {"18", NULL},       {"0", NULL},    {"IIII", NULL},
        {"IX/a", NULL},    {"Golongan", NULL}, {"-1", NULL},   {NULL, NULL},
    };

    check_all(pppk_grade_normalize, p, "pppk");
    check_junk(pppk_grade_normalize, "pppk");
    for (int r = 1; r <= PPPK_GRADE_COUNT; r++) {
        const char *out = NULL, *code = pppk_grade_by_rank(r);
        char num[8];

        cr_assert_eq(pppk_grade_rank(code), r);
        cr_assert_eq(pppk_grade_normalize(code, strlen(code), &out), 0);
        cr_assert_str_eq(out, code);
        num[0] = (char)('0' + r / 10);
        num[1] = (char)('0' + r % 10);
        num[2] = '\0';
        cr_assert_eq(pppk_grade_normalize(num, 2, &out), 0);
        cr_assert_str_eq(out, code);
    }
    cr_assert_null(pppk_grade_by_rank(18));
    cr_assert_eq(pppk_grade_rank("ix"), 0);
}

Test(codes, eselon)
{
    static const struct pair p[] = {
        {"II.a", "II.a"}, {"IIa", "II.a"}, {"II/a", "II.a"},        {"2a", "II.a"},
        {"II A", "II.a"}, {"2.a", "II.a"}, {"Eselon II.a", "II.a"}, {"eselon 2b", "II.b"},
        {"I.a", "I.a"},   {"I.b", "I.b"},  {"III.a", "III.a"},      {"IV.b", "IV.b"},
        {"V.a", "V.a"},   {"5a", "V.a"},   {"V.b", NULL},           {"II.c", NULL},
        {"VI.a", NULL},   {"6a", NULL},    {"Non Eselon", NULL},    {"II", NULL},
        {NULL, NULL},
    };

    check_all(eselon_normalize, p, "eselon");
    check_junk(eselon_normalize, "eselon");
    for (int r = 1; r <= ESELON_COUNT; r++) {
        const char *out = NULL, *code = eselon_by_rank(r);

        cr_assert_eq(eselon_rank(code), r);
        cr_assert_eq(eselon_normalize(code, strlen(code), &out), 0);
        cr_assert_str_eq(out, code);
    }
    cr_assert_str_eq(eselon_by_rank(1), "I.a");
    cr_assert_str_eq(eselon_by_rank(9), "V.a");
    cr_assert_null(eselon_by_rank(10));
}

Test(codes, jenjang)
{
    static const struct pair p[] = {
        {"JPT Pratama", "jpt_pratama"},
        {"jpt_pratama", "jpt_pratama"},
        {"Jabatan Pimpinan Tinggi Pratama", "jpt_pratama"},
        {"Pimpinan Tinggi Madya", "jpt_madya"},
        {"JPT Utama", "jpt_utama"},
        {"Administrator", "administrator"},
        {"Jabatan Administrator", "administrator"},
        {"PENGAWAS", "pengawas"},
        {"Pelaksana", "pelaksana"},
        {"Fungsional Umum", "pelaksana"},
        {"JFU", "pelaksana"},
        {"Ahli Muda", "ahli_muda"},
        {"Fungsional Ahli Muda", "ahli_muda"},
        {"Jabatan Fungsional Ahli Muda", "ahli_muda"},
        {"JF Ahli Pertama", "ahli_pertama"},
        {"ahli_madya", "ahli_madya"},
        {"Ahli Utama", "ahli_utama"},
        {"Terampil", "terampil"},
        {"Fungsional Terampil", "terampil"},
        {"Mahir", "mahir"},
        {"Penyelia", "penyelia"},
        {"Pemula", "pemula"},
        {"  ahli   muda ", "ahli_muda"},
        {"Fungsional Administrator", NULL},
        {"Ahli", NULL},
        {"Muda", NULL},
        {"JPT", NULL},
        {"Fungsional", NULL},
        {"Jabatan", NULL},
        {NULL, NULL},
    };
    static const char *const kinds[JENJANG_COUNT] = {
        "jpt",
        "jpt",
        "jpt",
        "administrasi",
        "administrasi",
        "administrasi",
        "fungsional_keahlian",
        "fungsional_keahlian",
        "fungsional_keahlian",
        "fungsional_keahlian",
        "fungsional_keterampilan",
        "fungsional_keterampilan",
        "fungsional_keterampilan",
        "fungsional_keterampilan",
    };

    check_all(jenjang_normalize, p, "jenjang");
    check_junk(jenjang_normalize, "jenjang");
    for (int i = 0; i < JENJANG_COUNT; i++) {
        const char *code = jenjang_by_index(i), *name = jenjang_name(code), *out = NULL;

        cr_assert_not_null(code);
        cr_assert_not_null(name);
        cr_assert_str_eq(jenjang_kind(code), kinds[i], "%s", code);
        cr_assert_eq(jenjang_normalize(code, strlen(code), &out), 0, "%s", code);
        cr_assert_str_eq(out, code);
        cr_assert_eq(jenjang_normalize(name, strlen(name), &out), 0, "%s", name);
        cr_assert_str_eq(out, code);
    }
    cr_assert_str_eq(jenjang_name("jpt_pratama"), "JPT Pratama");
    cr_assert_str_eq(jenjang_name("ahli_muda"), "Ahli Muda");
    cr_assert_null(jenjang_name("Ahli Muda"));
    cr_assert_null(jenjang_kind(NULL));
    cr_assert_null(jenjang_by_index(-1));
    cr_assert_null(jenjang_by_index(JENJANG_COUNT));
}

Test(codes, education)
{
    static const struct pair p[] = {
        {"SD", "SD"},          {"sd", "SD"},    {"SMP", "SMP"},  {"SLTP", "SMP"},
        {"SMA", "SMA"},        {"SLTA", "SMA"}, {"SMK", "SMA"},  {"MA", "SMA"},
        {"SMU", "SMA"},        {"D1", "D1"},    {"D-I", "D1"},   {"Diploma I", "D1"},
        {"D2", "D2"},          {"D-II", "D2"},  {"D3", "D3"},    {"D-III", "D3"},
        {"Diploma III", "D3"}, {"D4", "D4"},    {"D-IV", "D4"},  {"Diploma IV", "D4"},
        {"D IV", "D4"},        {"S1", "S1"},    {"S-1", "S1"},   {"Sarjana", "S1"},
        {"s1", "S1"},          {"S2", "S2"},    {"S-2", "S2"},   {"Magister", "S2"},
        {"Master", "S2"},      {"S3", "S3"},    {"S-3", "S3"},   {"Doktor", "S3"},
        {"S4", NULL},          {"D5", NULL},    {"S1/D4", NULL}, {"TK", NULL},
        {NULL, NULL},
    };

    check_all(education_normalize, p, "education");
    check_junk(education_normalize, "education");
    for (int r = 1; r <= EDUCATION_COUNT; r++) {
        const char *code = education_by_rank(r), *out = NULL;

        cr_assert_eq(education_rank(code), r);
        cr_assert_eq(education_normalize(code, strlen(code), &out), 0);
        cr_assert_str_eq(out, code);
    }
    cr_assert_eq(education_rank("SD"), 1);
    cr_assert_eq(education_rank("S3"), 10);
    cr_assert_lt(education_rank("D3"), education_rank("D4"));
    cr_assert_lt(education_rank("D4"), education_rank("S1"));
    cr_assert_eq(education_rank("s1"), 0);
    cr_assert_null(education_by_rank(11));
}

Test(codes, sex)
{
    static const struct pair p[] = {
        {"L", "L"},         {"l", "L"},         {"P", "P"},      {"Laki-laki", "L"},
        {"LAKI-LAKI", "L"}, {"Laki laki", "L"}, {"Pria", "L"},   {"Perempuan", "P"},
        {"Wanita", "P"},    {"M", "L"},         {"F", "P"},      {"1", "L"},
        {"2", "P"},         {"Male", "L"},      {"Female", "P"}, {"3", NULL},
        {"X", NULL},        {NULL, NULL},
    };

    check_all(sex_normalize, p, "sex");
    check_junk(sex_normalize, "sex");
}

Test(codes, status)
{
    static const struct pair p[] = {
        {"PNS", "PNS"},  {"pns", "PNS"},    {"CPNS", "PNS"}, {"PPPK", "PPPK"}, {"P3K", "PPPK"},
        {"p3k", "PPPK"}, {"Honorer", NULL}, {"PPNPN", NULL}, {NULL, NULL},
    };

    check_all(status_normalize, p, "status");
    check_junk(status_normalize, "status");
}

Test(codes, jenis_jabatan)
{
    static const struct pair p[] = {
        {"struktural", "struktural"},
        {"Struktural", "struktural"},
        {"Jabatan Struktural", "struktural"},
        {"fungsional", "fungsional"},
        {"pelaksana", "pelaksana"},
        {"1", "struktural"},
        {"2", "fungsional"},
        {"4", "pelaksana"},
        {"JFT", "fungsional"},
        {"Fungsional Tertentu", "fungsional"},
        {"JFU", "pelaksana"},
        {"Fungsional Umum", "pelaksana"},
        {"3", NULL},
        {"5", NULL},
        {NULL, NULL},
    };

    check_all(jenis_jabatan_normalize, p, "jenis");
    check_junk(jenis_jabatan_normalize, "jenis");
}

Test(codes, unit_kind)
{
    static const struct pair p[] = {
        {"opd", "opd"},
        {"OPD", "opd"},
        {"Dinas", "opd"},
        {"Badan", "opd"},
        {"Sekretariat", "opd"},
        {"Kantor", "opd"},
        {"Kecamatan", "opd"},
        {"Inspektorat", "opd"},
        {"bidang", "bidang"},
        {"Bagian", "bidang"},
        {"seksi", "seksi"},
        {"subbagian", "subbagian"},
        {"Subbag", "subbagian"},
        {"Sub Bagian", "subbagian"},
        {"Sub-Bagian", "subbagian"},
        {"UPTD", "uptd"},
        {"UPT", "uptd"},
        {"lainnya", "lainnya"},
        {"Kelurahan x", NULL},
        {"Direktorat Jenderal", NULL},
        {NULL, NULL},
    };

    check_all(unit_kind_normalize, p, "unit kind");
    check_junk(unit_kind_normalize, "unit kind");
}

Test(codes, sanction_level)
{
    static const struct pair p[] = {
        {"ringan", "ringan"},
        {"Ringan", "ringan"},
        {"light", "ringan"},
        {"Hukuman Disiplin Ringan", "ringan"},
        {"Hukdis Ringan", "ringan"},
        {"Tingkat Ringan", "ringan"},
        {"sedang", "sedang"},
        {"moderate", "sedang"},
        {"Hukuman Disiplin Sedang", "sedang"},
        {"berat", "berat"},
        {"heavy", "berat"},
        {"HUKUMAN DISIPLIN BERAT", "berat"},
        {"Hukuman Disiplin", NULL},
        {"teguran", NULL},
        {NULL, NULL},
    };

    check_all(sanction_level_normalize, p, "sanction");
    check_junk(sanction_level_normalize, "sanction");
}

Test(codes, training_kind)
{
    static const struct pair p[] = {
        {"struktural", "struktural"},
        {"Diklat Struktural", "struktural"},
        {"manajerial", "manajerial"},
        {"teknis", "teknis"},
        {"Diklat Teknis", "teknis"},
        {"Pelatihan Teknis", "teknis"},
        {"fungsional", "fungsional"},
        {"Diklat Fungsional", "fungsional"},
        {"lainnya", "lainnya"},
        {"Diklatpim", "manajerial"},
        {"Diklatpim II", "manajerial"},
        {"DIKLATPIM Tk. IV", "manajerial"},
        {"Diklat PIM Tingkat III", "manajerial"},
        {"PKA", "manajerial"},
        {"PKP", "manajerial"},
        {"PKN", "manajerial"},
        {"PKN Tk. II", "manajerial"},
        {"PKN II", "manajerial"},
        {"Pelatihan Kepemimpinan Administrator", "manajerial"},
        {"PKA angkatan 5", NULL},
        {"PIMPINAN", NULL},
        {"Diklat", NULL},
        {"seminar", NULL},
        {NULL, NULL},
    };

    check_all(training_kind_normalize, p, "training");
    check_junk(training_kind_normalize, "training");
}

Test(codes, boolean)
{
    static const struct {
        const char *in;
        int want;
    } p[] = {
        {"ya", 1},   {"Ya", 1}, {"YA", 1},    {"yes", 1}, {"y", 1},     {"true", 1},
        {"TRUE", 1}, {"1", 1},  {"x", 1},     {"X", 1},   {"tidak", 0}, {"Tidak", 0},
        {"no", 0},   {"n", 0},  {"false", 0}, {"0", 0},   {" ya ", 1},
    };
    static const char *const bad[] = {"", "2", "maybe", "yy", "-1", "ok"};
    int v;

    for (size_t i = 0; i < sizeof(p) / sizeof(p[0]); i++) {
        v = -7;
        cr_assert_eq(bool_normalize(p[i].in, strlen(p[i].in), &v), 0, "\"%s\"", p[i].in);
        cr_assert_eq(v, p[i].want, "\"%s\"", p[i].in);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        v = -7;
        cr_assert_eq(bool_normalize(bad[i], strlen(bad[i]), &v), -1, "\"%s\"", bad[i]);
        cr_assert_eq(v, -7);
    }
    cr_assert_eq(bool_normalize(NULL, 0, &v), -1);
}

Test(codes, length_not_terminator)
{
    const char *out = NULL;

    /* only the first len bytes count: "III/a" of "III/abc" */
    cr_assert_eq(golongan_normalize("III/abc", 5, &out), 0);
    cr_assert_str_eq(out, "III/a");
    cr_assert_eq(education_normalize("S1X", 2, &out), 0);
    cr_assert_str_eq(out, "S1");
}
