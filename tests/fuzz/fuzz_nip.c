/*
 * fuzz_nip - the parsers that see raw spreadsheet cells: nip_parse (both
 * modes), civil_parse (with and without Excel serials) and the code
 * normalisers. Beyond not crashing, it checks the invariants callers rely
 * on: an accepted NIP is 18 digits that parse again to the same fields and
 * nip_format rebuilds; an accepted date is valid and survives civil_format;
 * a normalised code is a fixed point of its normaliser.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/civil.h"
#include "domain/codes.h"
#include "domain/nip.h"
#include "domain/skp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_nip(const char *s, size_t len, int strict)
{
    struct nip_info a, b;
    enum nip_status st = nip_parse(s, len, strict, &a);
    char again[19];

    if (nip_strerror(st) == NULL)
        abort();
    if (st != NIP_OK && st != NIP_TMT_BEFORE_AGE)
        return;
    if (strlen(a.nip) != 18 || strspn(a.nip, "0123456789") != 18)
        abort();
    if (nip_parse(a.nip, 18, strict, &b) != st || memcmp(&a, &b, sizeof(a)) != 0)
        abort();
    if (nip_format(a.birth, a.tmt_cpns.y, a.tmt_cpns.m, a.sex, a.seq, again) != 0 ||
        strcmp(again, a.nip) != 0)
        abort();
}

static void check_date(const char *s, size_t len, int flags)
{
    struct civil_date c, back;
    const char *why = NULL;
    char iso[11];

    if (civil_parse(s, len, flags, &c, &why) != 0) {
        if (!why || !*why)
            abort();
        return;
    }
    if (!civil_valid(c))
        abort();
    civil_format(c, iso);
    if (civil_parse(iso, 10, 0, &back, NULL) != 0 || civil_cmp(c, back) != 0)
        abort();
    if (civil_cmp(civil_from_days(civil_to_days(c)), c) != 0)
        abort();
}

typedef int (*normalizer)(const char *, size_t, const char **);

static void check_code(normalizer fn, const char *s, size_t len)
{
    const char *out = NULL, *again = NULL;

    if (fn(s, len, &out) != 0)
        return;
    if (!out || fn(out, strlen(out), &again) != 0 || strcmp(out, again) != 0)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const normalizer fns[] = {
        golongan_normalize,       pppk_grade_normalize,    eselon_normalize,
        jenjang_normalize,        education_normalize,     sex_normalize,
        status_normalize,         jenis_jabatan_normalize, unit_kind_normalize,
        sanction_level_normalize, training_kind_normalize,
    };
    const char *s = (const char *)data;
    const char *code;
    enum skp_rating r;
    enum skp_predikat p;
    int b;

    /* exact-size copy so ASan sees any read past len */
    char *copy = malloc(size ? size : 1);

    if (size)
        memcpy(copy, s, size);
    check_nip(copy, size, 0);
    check_nip(copy, size, 1);
    check_date(copy, size, 0);
    check_date(copy, size, CIVIL_ALLOW_SERIAL);
    for (size_t i = 0; i < sizeof(fns) / sizeof(fns[0]); i++)
        check_code(fns[i], copy, size);
    if (golongan_normalize(copy, size, &code) == 0 && golongan_rank(code) == 0)
        abort();
    if (jenjang_normalize(copy, size, &code) == 0 && (!jenjang_name(code) || !jenjang_kind(code)))
        abort();
    if (education_normalize(copy, size, &code) == 0 && education_rank(code) == 0)
        abort();
    (void)bool_normalize(copy, size, &b);
    if (skp_rating_parse(copy, size, &r) == 0 && !skp_rating_code(r))
        abort();
    if (skp_predikat_parse(copy, size, &p) == 0 && !skp_predikat_code(p))
        abort();
    free(copy);
    return 0;
}
