#include <criterion/criterion.h>
#include <string.h>

#include "base/i18n.h"
#include "domain/nip.h"

static enum nip_status parse(const char *s, int strict, struct nip_info *out)
{
    return nip_parse(s, strlen(s), strict, out);
}

Test(nip, regulation_example)
{
    struct nip_info info;

    cr_assert_eq(parse("196608011988031001", 1, &info), NIP_OK);
    cr_assert_str_eq(info.nip, "196608011988031001");
    cr_assert(info.birth.y == 1966 && info.birth.m == 8 && info.birth.d == 1);
    cr_assert(info.tmt_cpns.y == 1988 && info.tmt_cpns.m == 3 && info.tmt_cpns.d == 1);
    cr_assert_eq(info.sex, 1);
    cr_assert_eq(info.seq, 1);
}

Test(nip, female_and_sequence)
{
    struct nip_info info;

    cr_assert_eq(parse("199212312019022137", 1, &info), NIP_OK);
    cr_assert(info.birth.y == 1992 && info.birth.m == 12 && info.birth.d == 31);
    cr_assert(info.tmt_cpns.y == 2019 && info.tmt_cpns.m == 2);
    cr_assert_eq(info.sex, 2);
    cr_assert_eq(info.seq, 137);
    cr_assert_eq(parse("200002292024011999", 1, &info), NIP_OK);
    cr_assert_eq(info.birth.d, 29);
    cr_assert_eq(info.seq, 999);
}

Test(nip, typed_and_pasted_forms)
{
    static const char *const ok[] = {
        "'196608011988031001",
        "19660801 198803 1 001",
        "19660801.198803.1.001",
        "  196608011988031001  ",
        "196608011988031001\r\n",
        "'19660801 198803 1 001",
        "\xc2\xa0"
        "196608011988031001\xc2\xa0",
        "19660801\xc2\xa0"
        "198803 1 001",
        "`196608011988031001",
    };
    struct nip_info info;

    for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
        memset(&info, 0, sizeof(info));
        cr_assert_eq(parse(ok[i], 1, &info), NIP_OK, "\"%s\"", ok[i]);
        cr_assert_str_eq(info.nip, "196608011988031001", "\"%s\"", ok[i]);
    }
}

Test(nip, length_is_bounded_by_len)
{
    struct nip_info info;
    const char *s = "196608011988031001999";

    cr_assert_eq(nip_parse(s, 18, 1, &info), NIP_OK);
    cr_assert_eq(nip_parse(s, 17, 1, &info), NIP_LENGTH);
    cr_assert_eq(nip_parse(s, 21, 1, &info), NIP_LENGTH);
    cr_assert_eq(nip_parse(NULL, 0, 1, &info), NIP_EMPTY);
}

Test(nip, empty)
{
    struct nip_info info;

    cr_assert_eq(parse("", 1, &info), NIP_EMPTY);
    cr_assert_eq(parse("   ", 1, &info), NIP_EMPTY);
    cr_assert_eq(parse("'", 1, &info), NIP_EMPTY);
    cr_assert_eq(parse(" ' ", 1, &info), NIP_EMPTY);
    cr_assert_eq(parse("''", 1, &info), NIP_NOT_DIGITS);
}

Test(nip, scientific_notation)
{
    static const char *const sci[] = {"1.97E+17", "1,97E+17", "1.96608E+17", "1.96608011988031E+17",
                                      "2E17",     "1.97e+17", "'1.97E+17",   " 1,96608E+17 "};
    struct nip_info info;

    for (size_t i = 0; i < sizeof(sci) / sizeof(sci[0]); i++)
        cr_assert_eq(parse(sci[i], 1, &info), NIP_SCIENTIFIC, "\"%s\"", sci[i]);
    /* not a number Excel would show */
    cr_assert_eq(parse("E+17", 1, &info), NIP_NOT_DIGITS);
    cr_assert_eq(parse("1.97E", 1, &info), NIP_NOT_DIGITS);
    cr_assert_eq(parse("1.E+17", 1, &info), NIP_NOT_DIGITS);
}

Test(nip, not_digits)
{
    struct nip_info info;

    cr_assert_eq(parse("19660801-198803-1-001", 1, &info), NIP_NOT_DIGITS);
    cr_assert_eq(parse("19660801198803100I", 1, &info), NIP_NOT_DIGITS);
    cr_assert_eq(parse("NIP 196608011988031001", 1, &info), NIP_NOT_DIGITS);
    cr_assert_eq(parse("...", 1, &info), NIP_NOT_DIGITS);
    cr_assert_eq(parse("19660801\xe2\x80\x8b"
                       "198803 1 001",
                       1, &info),
                 NIP_NOT_DIGITS);
    cr_assert_eq(nip_parse("1966080119880"
                           "\0"
                           "31001",
                           18, 1, &info),
                 NIP_NOT_DIGITS);
}

Test(nip, length_and_old_format)
{
    struct nip_info info;

    cr_assert_eq(parse("010203040", 1, &info), NIP_OLD_FORMAT);
    cr_assert_eq(parse("010 203 040", 1, &info), NIP_OLD_FORMAT);
    cr_assert_eq(parse("19660801198803100", 1, &info), NIP_LENGTH);
    cr_assert_eq(parse("1966080119880310011", 1, &info), NIP_LENGTH);
    cr_assert_eq(parse("1", 1, &info), NIP_LENGTH);
    cr_assert_eq(parse("12345678901234567890123456789012345678901234567890", 1, &info), NIP_LENGTH);
}

Test(nip, birth_date)
{
    struct nip_info info;

    cr_assert_eq(parse("196602301988031001", 1, &info), NIP_BIRTH_DATE); /* 30 Feb */
    cr_assert_eq(parse("196613011988031001", 1, &info), NIP_BIRTH_DATE); /* month 13 */
    cr_assert_eq(parse("196608001988031001", 1, &info), NIP_BIRTH_DATE); /* day 0 */
    cr_assert_eq(parse("199902291988031001", 1, &info), NIP_BIRTH_DATE); /* not leap */
    cr_assert_eq(parse("193912311988031001", 1, &info), NIP_BIRTH_DATE); /* before 1940 */
    cr_assert_eq(parse("201601012040031001", 1, &info), NIP_BIRTH_DATE); /* after 2015 */
    cr_assert_eq(parse("194001011960031001", 1, &info), NIP_OK);         /* 1940 */
    cr_assert_eq(parse("201512312034011001", 1, &info), NIP_OK);         /* 2015 */
}

Test(nip, tmt)
{
    struct nip_info info;

    cr_assert_eq(parse("196608011988001001", 1, &info), NIP_TMT_MONTH);
    cr_assert_eq(parse("196608011988131001", 1, &info), NIP_TMT_MONTH);
    cr_assert_eq(parse("194501011959121001", 1, &info), NIP_TMT_YEAR);
    cr_assert_eq(parse("196608012101011001", 1, &info), NIP_TMT_YEAR);
    cr_assert_eq(parse("196608012100121001", 0, &info), NIP_OK);
    /* TMT before birth, by month */
    cr_assert_eq(parse("196608011966071001", 0, &info), NIP_TMT_YEAR);
    cr_assert_eq(parse("196608011965121001", 0, &info), NIP_TMT_YEAR);
}

Test(nip, sex_and_sequence)
{
    struct nip_info info;

    cr_assert_eq(parse("196608011988030001", 1, &info), NIP_SEX);
    cr_assert_eq(parse("196608011988033001", 1, &info), NIP_SEX);
    cr_assert_eq(parse("196608011988039001", 1, &info), NIP_SEX);
    cr_assert_eq(parse("196608011988031000", 1, &info), NIP_SEQUENCE);
    cr_assert_eq(parse("196608011988032000", 1, &info), NIP_SEQUENCE);
}

Test(nip, tmt_before_age_is_a_soft_check)
{
    struct nip_info info;

    /* born 15 Jun 1990, 18 on 15 Jun 2008 */
    memset(&info, 0, sizeof(info));
    cr_assert_eq(parse("199006152008061001", 1, &info), NIP_TMT_BEFORE_AGE);
    /* the decoded NIP is still handed back so a caller can warn and keep it */
    cr_assert_str_eq(info.nip, "199006152008061001");
    cr_assert_eq(parse("199006152008061001", 0, &info), NIP_OK);
    cr_assert_eq(parse("199006152008071001", 1, &info), NIP_OK);
    cr_assert_eq(parse("199006012008061001", 1, &info), NIP_OK); /* 18 on the day */
    cr_assert_eq(parse("199006152000011001", 1, &info), NIP_TMT_BEFORE_AGE);
    cr_assert_eq(parse("199006151990061001", 1, &info), NIP_TMT_BEFORE_AGE);
    cr_assert_eq(parse("199006151990061001", 0, &info), NIP_OK); /* same month as birth */
    /* 29 Feb births turn 18 on 28 Feb of a common year, so March is fine */
    cr_assert_eq(parse("199202292010031001", 1, &info), NIP_OK);
    cr_assert_eq(parse("199202292010021001", 1, &info), NIP_TMT_BEFORE_AGE);
}

Test(nip, out_untouched_on_hard_error)
{
    struct nip_info info;

    memset(&info, 0x5a, sizeof(info));
    cr_assert_eq(parse("196608011988031000", 1, &info), NIP_SEQUENCE);
    cr_assert_eq(info.nip[0], 0x5a);
    cr_assert_eq(parse("196608011988031001", 1, NULL), NIP_OK);
}

Test(nip, strerror_every_status)
{
    i18n_set(LANG_EN);
    for (int st = NIP_OK; st <= NIP_SEQUENCE; st++) {
        const char *en = nip_strerror((enum nip_status)st), *id;

        cr_assert(en && *en);
        i18n_set(LANG_ID);
        id = nip_strerror((enum nip_status)st);
        i18n_set(LANG_EN);
        cr_assert(id && *id);
        cr_assert_str_neq(en, id, "status %d needs both languages", st);
    }
    cr_assert_not_null(strstr(nip_strerror(NIP_SCIENTIFIC), "Excel"));
    cr_assert_not_null(strstr(nip_strerror(NIP_SCIENTIFIC), "lost digits"));
    cr_assert_not_null(strstr(nip_strerror(NIP_SCIENTIFIC), "Text"));
    cr_assert_not_null(strstr(nip_strerror(NIP_SCIENTIFIC), "re-enter"));
    cr_assert_not_null(strstr(nip_strerror(NIP_OLD_FORMAT), "9-digit"));
    cr_assert_not_null(nip_strerror((enum nip_status)999));
    i18n_set(LANG_ID);
    cr_assert_not_null(strstr(nip_strerror(NIP_SCIENTIFIC), "Teks"));
    i18n_set(LANG_EN);
}

Test(nip, format_and_round_trip)
{
    char out[19];
    struct civil_date birth = {1966, 8, 1};
    struct nip_info info;

    cr_assert_eq(nip_format(birth, 1988, 3, 1, 1, out), 0);
    cr_assert_str_eq(out, "196608011988031001");
    birth = (struct civil_date){1992, 12, 31};
    cr_assert_eq(nip_format(birth, 2019, 2, 2, 137, out), 0);
    cr_assert_str_eq(out, "199212312019022137");
    cr_assert_eq(parse(out, 1, &info), NIP_OK);
    cr_assert(info.birth.y == 1992 && info.birth.m == 12 && info.birth.d == 31);
    cr_assert(info.tmt_cpns.y == 2019 && info.tmt_cpns.m == 2 && info.sex == 2 && info.seq == 137);

    cr_assert_eq(nip_format(birth, 2019, 2, 3, 1, out), -1);
    cr_assert_eq(nip_format(birth, 2019, 2, 0, 1, out), -1);
    cr_assert_eq(nip_format(birth, 2019, 2, 1, 0, out), -1);
    cr_assert_eq(nip_format(birth, 2019, 2, 1, 1000, out), -1);
    cr_assert_eq(nip_format(birth, 2019, 0, 1, 1, out), -1);
    cr_assert_eq(nip_format(birth, 2019, 13, 1, 1, out), -1);
    cr_assert_eq(nip_format(birth, 1959, 1, 1, 1, out), -1);
    cr_assert_eq(nip_format(birth, 2101, 1, 1, 1, out), -1);
    cr_assert_eq(nip_format(birth, 1992, 11, 1, 1, out), -1); /* before birth */
    cr_assert_eq(nip_format((struct civil_date){1966, 2, 30}, 1988, 3, 1, 1, out), -1);
    cr_assert_eq(nip_format((struct civil_date){1939, 1, 1}, 1988, 3, 1, 1, out), -1);
}

Test(nip, format_parse_agree_over_a_grid)
{
    char out[19];
    struct nip_info info;

    for (int y = 1940; y <= 2015; y += 5) {
        for (int m = 1; m <= 12; m++) {
            struct civil_date b = {y, m, civil_days_in_month(y, m)};
            int tmt_y = y + 20;

            cr_assert_eq(nip_format(b, tmt_y, m, 1 + m % 2, m * 7, out), 0);
            cr_assert_eq(parse(out, 1, &info), NIP_OK, "%s", out);
            cr_assert(civil_cmp(info.birth, b) == 0);
            cr_assert(info.tmt_cpns.y == tmt_y && info.tmt_cpns.m == m);
            cr_assert(info.sex == 1 + m % 2 && info.seq == m * 7);
        }
    }
}
