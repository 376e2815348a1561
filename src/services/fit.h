/*
 * fit.h - the fit matrix over the agency: every person with a current,
 * valid, finalised result against every position's SKJ and requirements
 * (domain/fit.h does the arithmetic), ranked both ways.
 *
 * People: the latest revision of each participant's result, the most recent
 * finalised one per employee, still valid on `today`. Their LKI are
 * compared with each position's SKJ; competencies a person was not assessed
 * on are left out and counted (coverage). The JPM cap and the category scale
 * are the scoring policy in force on today (purpose "pemetaan").
 *
 * Results are JSON (docs/assessment.md), for the CLI (--json) and the API.
 */
#ifndef MERIT_SERVICES_FIT_H
#define MERIT_SERVICES_FIT_H

#include <jansson.h>
#include <stdint.h>

#include "db/db.h"

/** Positions ranked for one person (top n; 0 = all), with their current position's rank. */
int fit_person(struct db *db, int64_t tenant, const char *nip, const char *today, long top,
               json_t **out, struct merit_error *err);
/** People ranked for one position (top n; 0 = all). */
int fit_position(struct db *db, int64_t tenant, const char *code, const char *today, long top,
                 json_t **out, struct merit_error *err);
/*
 * Loaded once, ranked many times (succession slates rank every key
 * position): the same data and JSON as fit_position.
 */
struct fit_ctx;
int fit_ctx_load(struct db *db, int64_t tenant, const char *today, struct fit_ctx **out,
                 struct merit_error *err);
int fit_ctx_rank_position(struct fit_ctx *c, const char *code, long top, json_t **out,
                          struct merit_error *err);
void fit_ctx_free(struct fit_ctx *c);
/* what was loaded: people (index i) and positions with an SKJ (index q) */
size_t fit_ctx_npeople(const struct fit_ctx *c);
const char *fit_ctx_nip(const struct fit_ctx *c, size_t i);
const char *fit_ctx_name(const struct fit_ctx *c, size_t i);
int64_t fit_ctx_current(const struct fit_ctx *c, size_t i); /* current position id, 0 = none */
long fit_ctx_position(const struct fit_ctx *c, const char *code); /* -1 when absent */
int64_t fit_ctx_position_id(const struct fit_ctx *c, size_t q);
const char *fit_ctx_position_code(const struct fit_ctx *c, size_t q);
const char *fit_ctx_position_name(const struct fit_ctx *c, size_t q);
/** Person i against position q (domain/fit.h semantics, the policy's cap and scale). */
struct fit_cell;
int fit_ctx_cell(const struct fit_ctx *c, size_t i, size_t q, struct fit_cell *out);

/**
 * People who fit another position better than their own: the best position
 * (requirements met) whose JPM exceeds that of the current position by at
 * least margin_bp, optionally only people of unit (and below) or of wave.
 * Positions of a lower jenjang of the same kind (a pengawas to pelaksana) are
 * left out unless any_level.
 */
int fit_better(struct db *db, int64_t tenant, const char *today, const char *unit, const char *wave,
               int64_t margin_bp, int any_level, json_t **out, struct merit_error *err);
/**
 * The top k both ways for everyone (or one wave's people): writes a table
 * (CSV/XLSX by path's extension, "-" = CSV on stdout) with one row per
 * listed pair: list (pegawai | jabatan), nip, name, position, position name,
 * unit, jpm, category, rank for the person, rank for the position,
 * covered/items, requirements. *rows gets the number of rows.
 */
int fit_matrix_export(struct db *db, int64_t tenant, const char *today, const char *wave, long k,
                      const char *path, long *rows, struct merit_error *err);

#endif
