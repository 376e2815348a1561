/*
 * report_individual.h - the individual assessment report (PDF) of one participant of a
 * finalised wave: identity (name, NIP, position, unit, golongan), the potential profile, the
 * competency radar (LKI against LKJ) and table (LKJ, LKI, gap), JPM and category, strengths,
 * development areas and plan, the assessors who assessed them, the validity date and the
 * scoring policy version. Built from the services' JSON (result_show, wave_participant_json,
 * assessor_list_json) and employee_query_get; nothing is computed here.
 *
 * Streaming: a report_wave holds only what every report of a wave shares (the wave and the
 * assessor roster); each report_individual_pdf builds one document, writes it to the caller's
 * buffer and frees it, so writing 600 reports in a row keeps memory flat.
 *
 * Every text goes through T(): the report is in the process language, except the marking
 * "RAHASIA", printed on every page in either language.
 */
#ifndef MERIT_REPORT_REPORT_INDIVIDUAL_H
#define MERIT_REPORT_REPORT_INDIVIDUAL_H

#include <stdint.h>

#include "base/buf.h"
#include "base/err.h"
#include "db/db.h"

struct report_wave;

/**
 * Opens the reports of wave (code) of tenant; today (YYYY-MM-DD) is the print date and the
 * reference for "expired". MERIT_ENOTFOUND when there is no such wave. db must outlive *out.
 */
int report_wave_open(struct db *db, int64_t tenant, const char *wave, const char *today,
                     struct report_wave **out, struct merit_error *err);
void report_wave_free(struct report_wave *w);

/**
 * Appends the PDF of nip's current (latest revision) result in the wave to out.
 * MERIT_ENOTFOUND when nip has no finalised result in the wave. On error out may hold a
 * partial document: the caller discards it.
 */
int report_individual_pdf(struct report_wave *w, const char *nip, struct buf *out,
                          struct merit_error *err);

#endif
