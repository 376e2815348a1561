#include "domain/codes.h"

#include <string.h>

/*
 * Every normaliser first reduces its input to a "key": lower-case ASCII
 * letters and digits only. Separators carry no meaning in what operators
 * type ("III/a", "III-a", "III a" are the same golongan), so dropping them
 * lets one small alias table per code list cover the spellings.
 */
#define KEY_MAX 64

struct key {
    char s[KEY_MAX];
    size_t n;
};

struct alias {
    const char *key;
    const char *code;
};

static int key_make(const char *s, size_t len, struct key *k)
{
    k->n = 0;
    if (!s)
        return -1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];

        if (c >= 0x80) {
            /* U+00A0 (C2 A0) is a separator like any space; other UTF-8 is not ours */
            if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
                i++;
                continue;
            }
            return -1;
        }
        /* a signed number is never a code: "-1" must not become "1" */
        if ((c == '-' || c == '+') && k->n == 0 && i + 1 < len && s[i + 1] >= '0' &&
            s[i + 1] <= '9')
            return -1;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            continue;
        if (k->n + 1 >= KEY_MAX)
            return -1;
        k->s[k->n++] = (char)c;
    }
    k->s[k->n] = '\0';
    return k->n ? 0 : -1;
}

static int key_is(const struct key *k, const char *lit)
{
    return strcmp(k->s, lit) == 0;
}

/* Drops a leading word when something is left after it. */
static int key_strip(struct key *k, const char *prefix)
{
    size_t n = strlen(prefix);

    if (k->n <= n || memcmp(k->s, prefix, n) != 0)
        return 0;
    memmove(k->s, k->s + n, k->n - n + 1);
    k->n -= n;
    return 1;
}

static int key_ends(const struct key *k, const char *suffix)
{
    size_t n = strlen(suffix);

    return k->n >= n && memcmp(k->s + k->n - n, suffix, n) == 0;
}

static const char *alias_find(const struct alias *t, const struct key *k)
{
    for (; t->key; t++) {
        if (key_is(k, t->key))
            return t->code;
    }
    return NULL;
}

static int alias_normalize(const struct alias *t, const char *s, size_t len, const char **out)
{
    struct key k;
    const char *code;

    if (key_make(s, len, &k) != 0 || !(code = alias_find(t, &k)))
        return -1;
    *out = code;
    return 0;
}

static int code_index(const char *const *codes, int n, const char *code)
{
    if (!code)
        return 0;
    for (int i = 0; i < n; i++) {
        if (strcmp(codes[i], code) == 0)
            return i + 1;
    }
    return 0;
}

static const char *code_at(const char *const *codes, int n, int rank)
{
    return rank >= 1 && rank <= n ? codes[rank - 1] : NULL;
}

static const char *const romans[] = {"i", "ii", "iii", "iv",   "v",   "vi", "vii", "viii", "ix",
                                     "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii"};

/* 1..max for a lower-case roman numeral or a plain decimal in s[0..n); else 0. */
static int numeral_value(const char *s, size_t n, int max)
{
    int v = 0;

    if (n == 0)
        return 0;
    if (s[0] >= '0' && s[0] <= '9') {
        for (size_t i = 0; i < n; i++) {
            if (s[i] < '0' || s[i] > '9' || v > max)
                return 0;
            v = v * 10 + (s[i] - '0');
        }
        return v >= 1 && v <= max ? v : 0;
    }
    for (int i = 0; i < max && i < (int)(sizeof(romans) / sizeof(romans[0])); i++) {
        if (strlen(romans[i]) == n && memcmp(romans[i], s, n) == 0)
            return i + 1;
    }
    return 0;
}

/* ---- golongan (PNS) ---------------------------------------------------- */

static const char *const golongan_codes[GOLONGAN_COUNT] = {
    "I/a",   "I/b",   "I/c",   "I/d",  "II/a", "II/b", "II/c", "II/d", "III/a",
    "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"};

/* PP 99/2000 pangkat names, in golongan order; keys are compacted. */
static const char *const pangkat_names[GOLONGAN_COUNT] = {"Juru Muda",
                                                          "Juru Muda Tingkat I",
                                                          "Juru",
                                                          "Juru Tingkat I",
                                                          "Pengatur Muda",
                                                          "Pengatur Muda Tingkat I",
                                                          "Pengatur",
                                                          "Pengatur Tingkat I",
                                                          "Penata Muda",
                                                          "Penata Muda Tingkat I",
                                                          "Penata",
                                                          "Penata Tingkat I",
                                                          "Pembina",
                                                          "Pembina Tingkat I",
                                                          "Pembina Utama Muda",
                                                          "Pembina Utama Madya",
                                                          "Pembina Utama"};

static int golongan_from_key(struct key *k)
{
    int g, letter;

    if (!key_strip(k, "golongan"))
        key_strip(k, "gol");
    key_strip(k, "ruang");
    if (k->n < 2)
        return 0;
    letter = k->s[k->n - 1];
    g = numeral_value(k->s, k->n - 1, 4);
    if (g == 0 || letter < 'a' || letter > (g == 4 ? 'e' : 'd'))
        return 0;
    return (g - 1) * 4 + (letter - 'a') + 1;
}

static int pangkat_from_key(struct key *k)
{
    static const char *const tk[] = {"tki", "tk1", "tingkat1"};
    struct key name;

    /* "Tk. I", "Tk 1", "Tingkat 1" all mean "Tingkat I" */
    for (size_t i = 0; i < sizeof(tk) / sizeof(tk[0]); i++) {
        size_t n = strlen(tk[i]);

        if (key_ends(k, tk[i]) && k->n - n + strlen("tingkati") < KEY_MAX) {
            memcpy(k->s + k->n - n, "tingkati", strlen("tingkati") + 1);
            k->n = k->n - n + strlen("tingkati");
            break;
        }
    }
    key_strip(k, "pangkat");
    for (int i = 0; i < GOLONGAN_COUNT; i++) {
        if (key_make(pangkat_names[i], strlen(pangkat_names[i]), &name) == 0 &&
            strcmp(name.s, k->s) == 0)
            return i + 1;
    }
    return 0;
}

static int golongan_piece(const char *s, size_t len)
{
    struct key k, copy;
    int r;

    if (key_make(s, len, &k) != 0)
        return 0;
    copy = k;
    r = golongan_from_key(&k);
    return r ? r : pangkat_from_key(&copy);
}

/* ',' ';' '(' ')' '|' and " - " separate the parts of "pangkat (golongan)" text; "III-a" is one
 * part. */
static int golongan_is_split(const char *s, size_t len, size_t i)
{
    char c = s[i];

    if (c == ',' || c == ';' || c == '(' || c == ')' || c == '|')
        return 1;
    return c == '-' && i > 0 && s[i - 1] == ' ' && i + 1 < len && s[i + 1] == ' ';
}

int golongan_normalize(const char *s, size_t len, const char **out)
{
    struct key whole;
    size_t start = 0;
    int rank;

    /* refuses foreign bytes up front, so a part is skipped only when it is blank */
    if (key_make(s, len, &whole) != 0)
        return -1;
    rank = golongan_piece(s, len);
    if (rank == 0) {
        /* "Penata Muda Tk. I (III/b)", "III/b, Penata Muda Tk. I": every part must agree */
        for (size_t i = 0; i <= len; i++) {
            struct key k;
            int r;

            if (i < len && !golongan_is_split(s, len, i))
                continue;
            if (key_make(s + start, i - start, &k) == 0) {
                r = golongan_piece(s + start, i - start);
                if (r == 0 || (rank && r != rank))
                    return -1;
                rank = r;
            }
            start = i + 1;
        }
    }
    if (rank == 0)
        return -1;
    *out = golongan_codes[rank - 1];
    return 0;
}

int golongan_rank(const char *code)
{
    return code_index(golongan_codes, GOLONGAN_COUNT, code);
}

const char *golongan_by_rank(int rank)
{
    return code_at(golongan_codes, GOLONGAN_COUNT, rank);
}

const char *golongan_pangkat(const char *code)
{
    int r = golongan_rank(code);

    return r ? pangkat_names[r - 1] : NULL;
}

/* ---- PPPK grade ---------------------------------------------------------- */

static const char *const pppk_codes[PPPK_GRADE_COUNT] = {"I",    "II",   "III", "IV",  "V",   "VI",
                                                         "VII",  "VIII", "IX",  "X",   "XI",  "XII",
                                                         "XIII", "XIV",  "XV",  "XVI", "XVII"};

int pppk_grade_normalize(const char *s, size_t len, const char **out)
{
    struct key k;
    int v;

    if (key_make(s, len, &k) != 0)
        return -1;
    if (!key_strip(&k, "golongan"))
        key_strip(&k, "gol");
    key_strip(&k, "grade");
    v = numeral_value(k.s, k.n, PPPK_GRADE_COUNT);
    if (v == 0)
        return -1;
    *out = pppk_codes[v - 1];
    return 0;
}

int pppk_grade_rank(const char *code)
{
    return code_index(pppk_codes, PPPK_GRADE_COUNT, code);
}

const char *pppk_grade_by_rank(int rank)
{
    return code_at(pppk_codes, PPPK_GRADE_COUNT, rank);
}

/* ---- eselon ---------------------------------------------------------------- */

static const char *const eselon_codes[ESELON_COUNT] = {"I.a",   "I.b",  "II.a", "II.b", "III.a",
                                                       "III.b", "IV.a", "IV.b", "V.a"};

int eselon_normalize(const char *s, size_t len, const char **out)
{
    struct key k;
    int e, letter, idx;

    if (key_make(s, len, &k) != 0)
        return -1;
    key_strip(&k, "eselon");
    if (k.n < 2)
        return -1;
    letter = k.s[k.n - 1];
    e = numeral_value(k.s, k.n - 1, 5);
    if (e == 0 || letter < 'a' || letter > (e == 5 ? 'a' : 'b'))
        return -1;
    idx = (e - 1) * 2 + (letter - 'a');
    *out = eselon_codes[idx];
    return 0;
}

int eselon_rank(const char *code)
{
    return code_index(eselon_codes, ESELON_COUNT, code);
}

const char *eselon_by_rank(int rank)
{
    return code_at(eselon_codes, ESELON_COUNT, rank);
}

/* ---- jenjang ----------------------------------------------------------------- */

struct jenjang {
    const char *code;
    const char *name;
    const char *kind;
};

static const struct jenjang jenjangs[JENJANG_COUNT] = {
    {"jpt_utama", "JPT Utama", "jpt"},
    {"jpt_madya", "JPT Madya", "jpt"},
    {"jpt_pratama", "JPT Pratama", "jpt"},
    {"administrator", "Administrator", "administrasi"},
    {"pengawas", "Pengawas", "administrasi"},
    {"pelaksana", "Pelaksana", "administrasi"},
    {"ahli_utama", "Ahli Utama", "fungsional_keahlian"},
    {"ahli_madya", "Ahli Madya", "fungsional_keahlian"},
    {"ahli_muda", "Ahli Muda", "fungsional_keahlian"},
    {"ahli_pertama", "Ahli Pertama", "fungsional_keahlian"},
    {"penyelia", "Penyelia", "fungsional_keterampilan"},
    {"mahir", "Mahir", "fungsional_keterampilan"},
    {"terampil", "Terampil", "fungsional_keterampilan"},
    {"pemula", "Pemula", "fungsional_keterampilan"},
};

static const struct alias jenjang_aliases[] = {
    {"pimpinantinggiutama", "jpt_utama"},
    {"pimpinantinggimadya", "jpt_madya"},
    {"pimpinantinggipratama", "jpt_pratama"},
    {"fungsionalumum", "pelaksana"},
    {"jfu", "pelaksana"},
    {NULL, NULL},
};

static const char *jenjang_from_key(const struct key *k)
{
    struct key name;
    const char *code = alias_find(jenjang_aliases, k);

    if (code)
        return code;
    for (int i = 0; i < JENJANG_COUNT; i++) {
        if (key_make(jenjangs[i].name, strlen(jenjangs[i].name), &name) == 0 &&
            strcmp(name.s, k->s) == 0)
            return jenjangs[i].code;
    }
    return NULL;
}

int jenjang_normalize(const char *s, size_t len, const char **out)
{
    struct key k, bare;
    const char *code;

    if (key_make(s, len, &k) != 0)
        return -1;
    key_strip(&k, "jabatan");
    code = jenjang_from_key(&k);
    if (!code) {
        /* "Fungsional Ahli Muda", "JF Terampil": the kind is implied by the level */
        bare = k;
        if (key_strip(&bare, "fungsional") || key_strip(&bare, "jf")) {
            code = jenjang_from_key(&bare);
            if (code && strcmp(jenjang_kind(code), "fungsional_keahlian") != 0 &&
                strcmp(jenjang_kind(code), "fungsional_keterampilan") != 0)
                code = NULL;
        }
    }
    if (!code)
        return -1;
    *out = code;
    return 0;
}

static const struct jenjang *jenjang_find(const char *code)
{
    if (!code)
        return NULL;
    for (int i = 0; i < JENJANG_COUNT; i++) {
        if (strcmp(jenjangs[i].code, code) == 0)
            return &jenjangs[i];
    }
    return NULL;
}

const char *jenjang_name(const char *code)
{
    const struct jenjang *j = jenjang_find(code);

    return j ? j->name : NULL;
}

const char *jenjang_kind(const char *code)
{
    const struct jenjang *j = jenjang_find(code);

    return j ? j->kind : NULL;
}

const char *jenjang_by_index(int i)
{
    return i >= 0 && i < JENJANG_COUNT ? jenjangs[i].code : NULL;
}

/* ---- education --------------------------------------------------------------- */

static const char *const education_codes[EDUCATION_COUNT] = {"SD", "SMP", "SMA", "D1", "D2",
                                                             "D3", "D4",  "S1",  "S2", "S3"};

static const struct alias education_aliases[] = {
    {"sd", "SD"},
    {"sekolahdasar", "SD"},
    {"mi", "SD"},
    {"smp", "SMP"},
    {"sltp", "SMP"},
    {"mts", "SMP"},
    {"sekolahmenengahpertama", "SMP"},
    {"sma", "SMA"},
    {"slta", "SMA"},
    {"smk", "SMA"},
    {"smu", "SMA"},
    {"ma", "SMA"},
    {"sekolahmenengahatas", "SMA"},
    {"d1", "D1"},
    {"di", "D1"},
    {"diploma1", "D1"},
    {"diplomai", "D1"},
    {"d2", "D2"},
    {"dii", "D2"},
    {"diploma2", "D2"},
    {"diplomaii", "D2"},
    {"d3", "D3"},
    {"diii", "D3"},
    {"diploma3", "D3"},
    {"diplomaiii", "D3"},
    {"d4", "D4"},
    {"div", "D4"},
    {"diploma4", "D4"},
    {"diplomaiv", "D4"},
    {"sarjanaterapan", "D4"},
    {"s1", "S1"},
    {"si", "S1"},
    {"sarjana", "S1"},
    {"strata1", "S1"},
    {"s2", "S2"},
    {"sii", "S2"},
    {"magister", "S2"},
    {"master", "S2"},
    {"strata2", "S2"},
    {"s3", "S3"},
    {"siii", "S3"},
    {"doktor", "S3"},
    {"doctor", "S3"},
    {"doktoral", "S3"},
    {"strata3", "S3"},
    {NULL, NULL},
};

int education_normalize(const char *s, size_t len, const char **out)
{
    return alias_normalize(education_aliases, s, len, out);
}

int education_rank(const char *code)
{
    return code_index(education_codes, EDUCATION_COUNT, code);
}

const char *education_by_rank(int rank)
{
    return code_at(education_codes, EDUCATION_COUNT, rank);
}

/* ---- small enumerations ------------------------------------------------------ */

static const struct alias sex_aliases[] = {
    {"l", "L"},    {"lakilaki", "L"}, {"laki", "L"}, {"pria", "L"},      {"m", "L"},
    {"male", "L"}, {"1", "L"},        {"p", "P"},    {"perempuan", "P"}, {"wanita", "P"},
    {"f", "P"},    {"female", "P"},   {"2", "P"},    {NULL, NULL},
};

int sex_normalize(const char *s, size_t len, const char **out)
{
    return alias_normalize(sex_aliases, s, len, out);
}

static const struct alias status_aliases[] = {
    {"pns", "PNS"},   {"cpns", "PNS"}, {"pegawainegerisipil", "PNS"},
    {"pppk", "PPPK"}, {"p3k", "PPPK"}, {NULL, NULL},
};

int status_normalize(const char *s, size_t len, const char **out)
{
    return alias_normalize(status_aliases, s, len, out);
}

static const struct alias jenis_jabatan_aliases[] = {
    {"struktural", "struktural"},
    {"1", "struktural"},
    {"fungsional", "fungsional"},
    {"fungsionaltertentu", "fungsional"},
    {"jft", "fungsional"},
    {"jf", "fungsional"},
    {"2", "fungsional"},
    {"pelaksana", "pelaksana"},
    {"fungsionalumum", "pelaksana"},
    {"jfu", "pelaksana"},
    {"4", "pelaksana"},
    {NULL, NULL},
};

int jenis_jabatan_normalize(const char *s, size_t len, const char **out)
{
    struct key k;
    const char *code;

    if (key_make(s, len, &k) != 0)
        return -1;
    key_strip(&k, "jabatan");
    if (!(code = alias_find(jenis_jabatan_aliases, &k)))
        return -1;
    *out = code;
    return 0;
}

static const struct alias unit_kind_aliases[] = {
    {"opd", "opd"},          {"perangkatdaerah", "opd"}, {"dinas", "opd"},
    {"badan", "opd"},        {"sekretariat", "opd"},     {"kantor", "opd"},
    {"kecamatan", "opd"},    {"inspektorat", "opd"},     {"bidang", "bidang"},
    {"bagian", "bidang"},    {"seksi", "seksi"},         {"subbagian", "subbagian"},
    {"subbag", "subbagian"}, {"uptd", "uptd"},           {"upt", "uptd"},
    {"lainnya", "lainnya"},  {"lain", "lainnya"},        {NULL, NULL},
};

int unit_kind_normalize(const char *s, size_t len, const char **out)
{
    return alias_normalize(unit_kind_aliases, s, len, out);
}

static const struct alias sanction_aliases[] = {
    {"ringan", "ringan"},   {"light", "ringan"},  {"sedang", "sedang"},
    {"moderate", "sedang"}, {"medium", "sedang"}, {"berat", "berat"},
    {"heavy", "berat"},     {"severe", "berat"},  {NULL, NULL},
};

int sanction_level_normalize(const char *s, size_t len, const char **out)
{
    struct key k;
    const char *code;

    if (key_make(s, len, &k) != 0)
        return -1;
    if (!key_strip(&k, "hukumandisiplin"))
        key_strip(&k, "hukdis");
    key_strip(&k, "tingkat");
    if (!(code = alias_find(sanction_aliases, &k)))
        return -1;
    *out = code;
    return 0;
}

static const struct alias training_aliases[] = {
    {"struktural", "struktural"},
    {"manajerial", "manajerial"},
    {"managerial", "manajerial"},
    {"kepemimpinan", "manajerial"},
    {"leadership", "manajerial"},
    {"teknis", "teknis"},
    {"technical", "teknis"},
    {"fungsional", "fungsional"},
    {"functional", "fungsional"},
    {"lainnya", "lainnya"},
    {"lain", "lainnya"},
    {"other", "lainnya"},
    {NULL, NULL},
};

/* "", "ii", "2", "tkii", "tingkat2": the level of a leadership course */
static int training_level_suffix(const char *s, size_t n)
{
    if (n >= 7 && memcmp(s, "tingkat", 7) == 0) {
        s += 7;
        n -= 7;
    } else if (n >= 2 && memcmp(s, "tk", 2) == 0) {
        s += 2;
        n -= 2;
    }
    return n == 0 || numeral_value(s, n, 4) != 0;
}

int training_kind_normalize(const char *s, size_t len, const char **out)
{
    static const char *const leadership[] = {"pim", "pka", "pkp", "pkn"};
    struct key k;
    const char *code;

    if (key_make(s, len, &k) != 0)
        return -1;
    if (!key_strip(&k, "diklat"))
        key_strip(&k, "pelatihan");
    code = alias_find(training_aliases, &k);
    /* "Pelatihan Kepemimpinan Administrator/Pengawas/Nasional" */
    if (!code && key_strip(&k, "kepemimpinan"))
        code = "manajerial";
    for (size_t i = 0; !code && i < sizeof(leadership) / sizeof(leadership[0]); i++) {
        if (k.n >= 3 && memcmp(k.s, leadership[i], 3) == 0 &&
            training_level_suffix(k.s + 3, k.n - 3))
            code = "manajerial";
    }
    if (!code)
        return -1;
    *out = code;
    return 0;
}

static const struct alias bool_aliases[] = {
    {"ya", "1"},    {"y", "1"},     {"yes", "1"},   {"true", "1"}, {"1", "1"},     {"x", "1"},
    {"benar", "1"}, {"tidak", "0"}, {"tdk", "0"},   {"t", "0"},    {"bukan", "0"}, {"salah", "0"},
    {"no", "0"},    {"n", "0"},     {"false", "0"}, {"0", "0"},    {NULL, NULL},
};

int bool_normalize(const char *s, size_t len, int *out)
{
    const char *code;

    if (alias_normalize(bool_aliases, s, len, &code) != 0)
        return -1;
    *out = code[0] == '1';
    return 0;
}
