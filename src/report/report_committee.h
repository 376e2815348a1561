/*
 * report_committee.h - the documents of a finalised JPT competency test committee (pansel), in
 * PDF: the minutes (berita acara: the committee, its members with their roles and
 * conflict-of-interest declarations, the officials tested, each official's component scores,
 * aggregate and recommendation, signature blocks for the chair, the secretary and the members)
 * and the recommendation letter from the head of BKPSDM to the regional head (a short formal
 * letter with the recommendations as a numbered list). From committee_show and committee_list;
 * the scores and recommendations are those committee_decide recorded at finalisation.
 *
 * Every text goes through T(); the marking "RAHASIA" is printed on every page.
 */
#ifndef MERIT_REPORT_REPORT_COMMITTEE_H
#define MERIT_REPORT_REPORT_COMMITTEE_H

#include <stdint.h>

#include "base/buf.h"
#include "base/err.h"
#include "db/db.h"

enum report_committee_kind { REPORT_COMMITTEE_MINUTES = 1, REPORT_COMMITTEE_LETTER };

/** "minutes" | "letter" -> the kind; -1 when neither. */
int report_committee_kind_parse(const char *s, enum report_committee_kind *kind);

/**
 * Appends the document (kind) of committee (code) to out; today (YYYY-MM-DD) is the print
 * date. MERIT_ENOTFOUND for an unknown committee, MERIT_EINVAL (422 over HTTP, exit 65) when
 * it is not finalised: there is no record to report yet. On error out may hold a partial document.
 */
int report_committee_pdf(struct db *db, int64_t tenant, const char *code,
                         enum report_committee_kind kind, const char *today, struct buf *out,
                         struct merit_error *err);

#endif
