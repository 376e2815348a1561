#include "domain/skp.h"

#include <string.h>

/* Lower-case letters only: "Di Atas Ekspektasi", "di_atas" and "DI-ATAS" meet as "diatas". */
#define SKP_KEY_MAX 48

static int skp_key(const char *s, size_t len, char out[SKP_KEY_MAX])
{
    size_t n = 0;

    if (!s)
        return -1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];

        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (c >= 'a' && c <= 'z') {
            if (n + 1 >= SKP_KEY_MAX)
                return -1;
            out[n++] = (char)c;
        } else if (c >= 0x80 && !(c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)) {
            return -1;
        } else if (c >= '0' && c <= '9') {
            /* digits mean nothing in a rating and would only hide a typo */
            return -1;
        } else if (c == 0xC2) {
            i++;
        }
    }
    out[n] = '\0';
    return n ? 0 : -1;
}

static void skp_key_drop_suffix(char *k, const char *suffix)
{
    size_t n = strlen(k), m = strlen(suffix);

    if (n > m && strcmp(k + n - m, suffix) == 0)
        k[n - m] = '\0';
}

struct skp_word {
    const char *key;
    int value;
};

static int skp_word_find(const struct skp_word *t, const char *k)
{
    for (; t->key; t++) {
        if (strcmp(t->key, k) == 0)
            return t->value;
    }
    return 0;
}

static const struct skp_word rating_words[] = {
    {"diatas", SKP_DI_ATAS},   {"above", SKP_DI_ATAS},  {"exceeds", SKP_DI_ATAS},
    {"sesuai", SKP_SESUAI},    {"meets", SKP_SESUAI},   {"meet", SKP_SESUAI},
    {"dibawah", SKP_DI_BAWAH}, {"below", SKP_DI_BAWAH}, {NULL, 0},
};

int skp_rating_parse(const char *s, size_t len, enum skp_rating *out)
{
    char k[SKP_KEY_MAX];
    int v;

    if (skp_key(s, len, k) != 0)
        return -1;
    skp_key_drop_suffix(k, "ekspektasi");
    skp_key_drop_suffix(k, "expectations");
    skp_key_drop_suffix(k, "expectation");
    v = skp_word_find(rating_words, k);
    if (v == 0)
        return -1;
    *out = (enum skp_rating)v;
    return 0;
}

const char *skp_rating_code(enum skp_rating r)
{
    switch (r) {
    case SKP_DI_ATAS:
        return "di_atas";
    case SKP_SESUAI:
        return "sesuai";
    case SKP_DI_BAWAH:
        return "di_bawah";
    }
    return NULL;
}

const char *skp_rating_name(enum skp_rating r)
{
    switch (r) {
    case SKP_DI_ATAS:
        return "Di Atas Ekspektasi";
    case SKP_SESUAI:
        return "Sesuai Ekspektasi";
    case SKP_DI_BAWAH:
        return "Di Bawah Ekspektasi";
    }
    return NULL;
}

static const struct skp_word predikat_words[] = {
    {"sangatbaik", SKP_SANGAT_BAIK},
    {"baik", SKP_BAIK},
    {"butuhperbaikan", SKP_BUTUH_PERBAIKAN},
    {"cukup", SKP_BUTUH_PERBAIKAN},
    {"kurang", SKP_KURANG},
    {"misconduct", SKP_KURANG},
    {"kurangmisconduct", SKP_KURANG},
    {"sangatkurang", SKP_SANGAT_KURANG},
    {NULL, 0},
};

int skp_predikat_parse(const char *s, size_t len, enum skp_predikat *out)
{
    char k[SKP_KEY_MAX];
    int v;

    if (skp_key(s, len, k) != 0)
        return -1;
    v = skp_word_find(predikat_words, k);
    if (v == 0)
        return -1;
    *out = (enum skp_predikat)v;
    return 0;
}

const char *skp_predikat_code(enum skp_predikat p)
{
    switch (p) {
    case SKP_SANGAT_BAIK:
        return "sangat_baik";
    case SKP_BAIK:
        return "baik";
    case SKP_BUTUH_PERBAIKAN:
        return "butuh_perbaikan";
    case SKP_KURANG:
        return "kurang";
    case SKP_SANGAT_KURANG:
        return "sangat_kurang";
    case SKP_PREDIKAT_NONE:
        break;
    }
    return NULL;
}

const char *skp_predikat_name(enum skp_predikat p)
{
    switch (p) {
    case SKP_SANGAT_BAIK:
        return "Sangat Baik";
    case SKP_BAIK:
        return "Baik";
    case SKP_BUTUH_PERBAIKAN:
        return "Butuh Perbaikan";
    case SKP_KURANG:
        return "Kurang/Misconduct";
    case SKP_SANGAT_KURANG:
        return "Sangat Kurang";
    case SKP_PREDIKAT_NONE:
        break;
    }
    return NULL;
}

static int skp_rating_ok(enum skp_rating r)
{
    return r >= SKP_DI_BAWAH && r <= SKP_DI_ATAS;
}

static int skp_predikat_ok(enum skp_predikat p)
{
    return p >= SKP_SANGAT_BAIK && p <= SKP_SANGAT_KURANG;
}

int skp_matrix_set(struct skp_matrix *m, enum skp_rating hasil, enum skp_rating perilaku,
                   enum skp_predikat p)
{
    if (!skp_rating_ok(hasil) || !skp_rating_ok(perilaku) || !skp_predikat_ok(p))
        return -1;
    m->cell[hasil - 1][perilaku - 1] = p;
    return 0;
}

void skp_matrix_default(struct skp_matrix *m)
{
    /*
     * REGULATIONS.md section 6 (PermenPAN-RB 6/2022 as five independent
     * implementations agree): behaviour below expectations caps the result
     * at Kurang whatever the work results; results below expectations cap
     * it at Butuh Perbaikan.
     */
    static const enum skp_predikat def[3][3] = {
        /* hasil di bawah: perilaku di bawah, sesuai, di atas */
        {SKP_SANGAT_KURANG, SKP_BUTUH_PERBAIKAN, SKP_BUTUH_PERBAIKAN},
        /* hasil sesuai */
        {SKP_KURANG, SKP_BAIK, SKP_BAIK},
        /* hasil di atas */
        {SKP_KURANG, SKP_BAIK, SKP_SANGAT_BAIK},
    };

    memcpy(m->cell, def, sizeof(m->cell));
}

int skp_matrix_complete(const struct skp_matrix *m)
{
    for (int h = 0; h < 3; h++) {
        for (int p = 0; p < 3; p++) {
            if (!skp_predikat_ok(m->cell[h][p]))
                return 0;
        }
    }
    return 1;
}

enum skp_predikat skp_predikat_of(const struct skp_matrix *m, enum skp_rating hasil,
                                  enum skp_rating perilaku)
{
    enum skp_predikat p;

    if (!m || !skp_rating_ok(hasil) || !skp_rating_ok(perilaku))
        return SKP_PREDIKAT_NONE;
    p = m->cell[hasil - 1][perilaku - 1];
    return skp_predikat_ok(p) ? p : SKP_PREDIKAT_NONE;
}
