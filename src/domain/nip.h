/*
 * nip.h - the 18-digit civil-servant number (NIP), Perka BKN 22/2007.
 *
 *   YYYYMMDD YYYYMM G NNN
 *   birth date, TMT CPNS (year and month), sex (1 male, 2 female), sequence.
 *
 * Pure: no I/O, no allocation. Messages come from nip_strerror.
 */
#ifndef MERIT_DOMAIN_NIP_H
#define MERIT_DOMAIN_NIP_H

#include <stddef.h>

#include "base/civil.h"

enum nip_status {
    NIP_OK = 0,
    NIP_EMPTY,
    NIP_SCIENTIFIC, /* "1.97E+17": Excel turned the NIP into a number and lost digits */
    NIP_NOT_DIGITS, /* characters other than digits (after removing spaces, dots, a leading ') */
    NIP_LENGTH,     /* not 18 digits (9-digit old NIPs are reported as such) */
    NIP_OLD_FORMAT, /* a 9-digit pre-2007 NIP */
    NIP_BIRTH_DATE, /* digits 1-8 are not a calendar date */
    NIP_TMT_MONTH,  /* digits 13-14 not 01-12 */
    NIP_TMT_YEAR,   /* TMT CPNS year not plausible */
    NIP_SEX,        /* digit 15 not 1 or 2 */
    NIP_TMT_BEFORE_AGE, /* TMT CPNS before the 18th birthday (soft check, REGULATIONS.md 5.1) */
    NIP_SEQUENCE,       /* sequence 000 */
};

struct nip_info {
    char nip[19]; /* the normalised 18 digits */
    struct civil_date birth;
    struct civil_date tmt_cpns; /* day is 1 */
    int sex;                    /* 1 = male (L), 2 = female (P) */
    int seq;
};

/**
 * Normalises and validates a NIP as typed or pasted by a user: a leading
 * apostrophe, spaces and dots between groups are removed. Fills *out on
 * NIP_OK. Checks are hard errors except NIP_TMT_BEFORE_AGE which is returned
 * only when `strict` is non-zero.
 */
enum nip_status nip_parse(const char *s, size_t len, int strict, struct nip_info *out);
/** User-facing reason (Indonesian or English per i18n). */
const char *nip_strerror(enum nip_status st);
/** Builds a NIP string (18 digits + NUL) from its parts; returns 0, or -1 if out of range. */
int nip_format(struct civil_date birth, int tmt_year, int tmt_month, int sex, int seq,
               char out[19]);

#endif
