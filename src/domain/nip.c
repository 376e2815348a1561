#include "domain/nip.h"

#include <string.h>

#include "base/i18n.h"

/* The plausibility windows below are deliberately wide: they reject typos
 * (a year 1066, a TMT in 2301) without rejecting any civil servant who can
 * still be on the rolls or in a pension file. */
#define NIP_BIRTH_YEAR_MIN 1940
#define NIP_BIRTH_YEAR_MAX 2015
#define NIP_TMT_YEAR_MIN 1960
#define NIP_TMT_YEAR_MAX 2100

static int nip_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int nip_is_space(const char *s, size_t len, size_t i, size_t *width)
{
    unsigned char c = (unsigned char)s[i];

    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        *width = 1;
        return 1;
    }
    /* U+00A0: spreadsheets and web pages paste non-breaking spaces */
    if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
        *width = 2;
        return 1;
    }
    return 0;
}

/*
 * Recognises what Excel shows after it stored an 18-digit NIP as a number:
 * digits, an optional decimal part (with '.' or ','), 'E', an optional sign
 * and an exponent ("1.97E+17", "1,96608E+17", "2E17").
 */
static int nip_looks_scientific(const char *s, size_t len)
{
    size_t i = 0, n;

    for (n = 0; i < len && nip_is_digit(s[i]); i++)
        n++;
    if (n == 0)
        return 0;
    if (i < len && (s[i] == '.' || s[i] == ',')) {
        i++;
        for (n = 0; i < len && nip_is_digit(s[i]); i++)
            n++;
        if (n == 0)
            return 0;
    }
    if (i >= len || (s[i] != 'E' && s[i] != 'e'))
        return 0;
    i++;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        i++;
    for (n = 0; i < len && nip_is_digit(s[i]); i++)
        n++;
    return n > 0 && i == len;
}

static int nip_num(const char *d, size_t n)
{
    int v = 0;

    for (size_t i = 0; i < n; i++)
        v = v * 10 + (d[i] - '0');
    return v;
}

enum nip_status nip_parse(const char *s, size_t len, int strict, struct nip_info *out)
{
    char digits[19];
    size_t ndigits = 0, i, w;
    struct nip_info info;
    struct civil_date adult;

    if (!s)
        return NIP_EMPTY;
    while (len && nip_is_space(s, len, 0, &w)) {
        s += w;
        len -= w;
    }
    while (len) {
        if (nip_is_space(s, len, len - 1, &w)) {
            len--;
        } else if (len >= 2 && (unsigned char)s[len - 2] == 0xC2 &&
                   (unsigned char)s[len - 1] == 0xA0) {
            len -= 2;
        } else {
            break;
        }
    }
    /* A leading apostrophe is how users force Excel to keep a cell as text. */
    if (len && (s[0] == '\'' || s[0] == '`')) {
        s++;
        len--;
    }
    if (len == 0)
        return NIP_EMPTY;
    if (nip_looks_scientific(s, len))
        return NIP_SCIENTIFIC;
    for (i = 0; i < len; i++) {
        if (nip_is_digit(s[i])) {
            if (ndigits < 18)
                digits[ndigits] = s[i];
            if (ndigits <= 18)
                ndigits++;
        } else if (s[i] == '.' || nip_is_space(s, len, i, &w)) {
            if (s[i] != '.')
                i += w - 1;
        } else {
            return NIP_NOT_DIGITS;
        }
    }
    if (ndigits == 0)
        return NIP_NOT_DIGITS;
    if (ndigits == 9)
        return NIP_OLD_FORMAT;
    if (ndigits != 18)
        return NIP_LENGTH;
    digits[18] = '\0';

    memset(&info, 0, sizeof(info));
    memcpy(info.nip, digits, sizeof(info.nip));
    info.birth.y = nip_num(digits, 4);
    info.birth.m = nip_num(digits + 4, 2);
    info.birth.d = nip_num(digits + 6, 2);
    if (info.birth.y < NIP_BIRTH_YEAR_MIN || info.birth.y > NIP_BIRTH_YEAR_MAX ||
        !civil_valid(info.birth))
        return NIP_BIRTH_DATE;
    info.tmt_cpns.y = nip_num(digits + 8, 4);
    info.tmt_cpns.m = nip_num(digits + 12, 2);
    info.tmt_cpns.d = 1;
    if (info.tmt_cpns.m < 1 || info.tmt_cpns.m > 12)
        return NIP_TMT_MONTH;
    if (info.tmt_cpns.y < NIP_TMT_YEAR_MIN || info.tmt_cpns.y > NIP_TMT_YEAR_MAX)
        return NIP_TMT_YEAR;
    /* Only year and month are encoded, so "before birth" is judged by month. */
    if (info.tmt_cpns.y * 12 + info.tmt_cpns.m < info.birth.y * 12 + info.birth.m)
        return NIP_TMT_YEAR;
    info.sex = digits[14] - '0';
    if (info.sex != 1 && info.sex != 2)
        return NIP_SEX;
    info.seq = nip_num(digits + 15, 3);
    if (info.seq == 0)
        return NIP_SEQUENCE;

    /*
     * The soft check still hands back the decoded NIP so that a caller can
     * report it as a warning and keep the row. TMT CPNS is always the first
     * of a month, which is the day compared.
     */
    adult = civil_add_years(info.birth, 18);
    if (out)
        *out = info;
    if (strict && civil_cmp(info.tmt_cpns, adult) < 0)
        return NIP_TMT_BEFORE_AGE;
    return NIP_OK;
}

const char *nip_strerror(enum nip_status st)
{
    switch (st) {
    case NIP_OK:
        return T("NIP valid", "valid NIP");
    case NIP_EMPTY:
        return T("NIP kosong", "NIP is empty");
    case NIP_SCIENTIFIC:
        return T("Excel mengubah NIP menjadi angka (mis. 1,97E+17) sehingga digitnya hilang; "
                 "format kolom NIP sebagai Teks lalu ketik ulang NIP-nya",
                 "Excel converted the NIP to a number (e.g. 1.97E+17) and lost digits; "
                 "format the NIP column as Text and re-enter the NIPs");
    case NIP_NOT_DIGITS:
        return T("NIP hanya boleh berisi angka (spasi, titik dan tanda ' di depan diabaikan)",
                 "a NIP may contain only digits (spaces, dots and a leading ' are ignored)");
    case NIP_LENGTH:
        return T("NIP harus 18 digit", "a NIP must have 18 digits");
    case NIP_OLD_FORMAT:
        return T("NIP lama 9 digit; gunakan NIP baru 18 digit",
                 "old 9-digit NIP; use the new 18-digit NIP");
    case NIP_BIRTH_DATE:
        return T("digit 1-8 NIP bukan tanggal lahir yang valid (tahun 1940-2015)",
                 "NIP digits 1-8 are not a valid birth date (year 1940-2015)");
    case NIP_TMT_MONTH:
        return T("digit 13-14 NIP (bulan TMT CPNS) harus 01-12",
                 "NIP digits 13-14 (TMT CPNS month) must be 01-12");
    case NIP_TMT_YEAR:
        return T("TMT CPNS pada NIP (digit 9-14) tidak masuk akal atau sebelum tanggal lahir",
                 "the TMT CPNS in the NIP (digits 9-14) is implausible or before the birth date");
    case NIP_SEX:
        return T("digit 15 NIP (jenis kelamin) harus 1 atau 2",
                 "NIP digit 15 (sex) must be 1 or 2");
    case NIP_TMT_BEFORE_AGE:
        return T("TMT CPNS pada NIP sebelum pegawai berusia 18 tahun",
                 "the TMT CPNS in the NIP is before the employee turned 18");
    case NIP_SEQUENCE:
        return T("nomor urut NIP (digit 16-18) tidak boleh 000",
                 "the NIP sequence number (digits 16-18) must not be 000");
    }
    return T("NIP tidak valid", "invalid NIP");
}

static void nip_put(char *dst, int v, int width)
{
    for (int i = width - 1; i >= 0; i--) {
        dst[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

int nip_format(struct civil_date birth, int tmt_year, int tmt_month, int sex, int seq, char out[19])
{
    /* Same windows as nip_parse, so whatever is built here parses back. */
    if (!civil_valid(birth) || birth.y < NIP_BIRTH_YEAR_MIN || birth.y > NIP_BIRTH_YEAR_MAX)
        return -1;
    if (tmt_month < 1 || tmt_month > 12 || tmt_year < NIP_TMT_YEAR_MIN ||
        tmt_year > NIP_TMT_YEAR_MAX || tmt_year * 12 + tmt_month < birth.y * 12 + birth.m)
        return -1;
    if ((sex != 1 && sex != 2) || seq < 1 || seq > 999)
        return -1;
    nip_put(out, birth.y, 4);
    nip_put(out + 4, birth.m, 2);
    nip_put(out + 6, birth.d, 2);
    nip_put(out + 8, tmt_year, 4);
    nip_put(out + 12, tmt_month, 2);
    nip_put(out + 14, sex, 1);
    nip_put(out + 15, seq, 3);
    out[18] = '\0';
    return 0;
}
