/*
 * api_assessment.h - the HTTP API of assessment: waves from planning to
 * publication (api_waves.c), results and corrections (api_results.c),
 * versioned policies (api_policies.c), the fit matrix (api_fit.c) and the
 * assessor roster (api_assessors.c). Routes in src/api/routes_assessment.inc.
 *
 * Every handler reads through the services (services/wave.h, result.h,
 * policy.h, fit.h), which return the same JSON the CLI prints with --json,
 * and every change goes through a service that writes its audit entry in the
 * same transaction, with the signed-in username as the actor.
 *
 * Scopes: an assessor sees only the waves they are assigned in and, in them,
 * only their own participants; an employee sees only their own results, and
 * only of published waves.
 */
#ifndef MERIT_API_API_ASSESSMENT_H
#define MERIT_API_API_ASSESSMENT_H

#include <jansson.h>
#include <stdint.h>

#include "base/err.h"
#include "db/db.h"
#include "http/request.h"
#include "http/response.h"

/* ---- shared by the assessment handlers (api_waves.c) ---- */

/** The wave named by the :code path parameter in the request's agency (404 when absent). */
int api_asm_wave(struct http_request *req, struct db **db, int64_t *wave, struct merit_error *err);
/** 200 with the page [offset, offset + limit) of arr (takes arr) and its full length as total. */
int api_asm_page(struct http_request *req, struct http_response *res, json_t *arr,
                 struct merit_error *err);
/** A level given as a JSON number (3, 3.5) in tenths; MERIT_EUSAGE naming field when not. */
int api_asm_level(json_t *v, const char *field, int *tenths, struct merit_error *err);
/** Today (YYYY-MM-DD) and now (ISO UTC) from the clock. */
void api_asm_today(char out[11]);
void api_asm_now(char out[21]);

/* ---- waves (api_waves.c) ---- */

/** GET /api/v1/waves: the agency's waves (an assessor: those they are assigned in). */
int api_waves_list(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/waves/:code: fields, counts by status, methods, matrix warnings, publication. */
int api_waves_get(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/waves/:code/participants: paged, status filter; an assessor: their own. */
int api_waves_participants(struct http_request *req, struct http_response *res,
                           struct merit_error *err);
/** GET /api/v1/waves/:code/participants/:nip: one participant with its integration rows. */
int api_waves_participant(struct http_request *req, struct http_response *res,
                          struct merit_error *err);
/** GET /api/v1/waves/:code/assessors: the assessors assigned in the wave and their load. */
int api_waves_assessors(struct http_request *req, struct http_response *res,
                        struct merit_error *err);
/** POST /api/v1/waves: creates a wave (201). */
int api_waves_create(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/waves/:code/methods: adds or replaces a method and the targets it evidences. */
int api_waves_method(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/waves/:code/targets: adds target positions. */
int api_waves_targets(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/waves/:code/enrol: enrols by NIPs and/or a filter. */
int api_waves_enrol(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/waves/:code/groups: groups and days. */
int api_waves_group(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/waves/:code/attendance: every registered participant present. */
int api_waves_attend_all(struct http_request *req, struct http_response *res,
                         struct merit_error *err);
/** POST /api/v1/waves/:code/participants/:nip/status: present, absent, withdrawn (reason). */
int api_waves_status(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/waves/:code/participants/:nip/assessors: assigns one assessor. */
int api_waves_assign(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/waves/:code/assignments/auto: assessors for every active participant. */
int api_waves_assign_auto(struct http_request *req, struct http_response *res,
                          struct merit_error *err);
/** POST /api/v1/waves/:code/evidence: evidence rows (an assessor: their own participants). */
int api_waves_evidence(struct http_request *req, struct http_response *res,
                       struct merit_error *err);
/** POST /api/v1/waves/:code/integrate: proposals from the evidence (accept: the meeting agrees). */
int api_waves_integrate(struct http_request *req, struct http_response *res,
                        struct merit_error *err);
/** POST /api/v1/waves/:code/participants/:nip/decisions: the meeting's level for one target. */
int api_waves_decide(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/waves/:code/participants/:nip/second-opinions: opens a second opinion. */
int api_waves_second_opinion(struct http_request *req, struct http_response *res,
                             struct merit_error *err);
/** POST /api/v1/waves/:code/finalise: locks the results (revision 1). */
int api_waves_finalise(struct http_request *req, struct http_response *res,
                       struct merit_error *err);
/** POST /api/v1/waves/:code/publish: publishes a final wave's results to its participants. */
int api_waves_publish(struct http_request *req, struct http_response *res, struct merit_error *err);

/* ---- results (api_results.c) ---- */

/** GET /api/v1/waves/:code/results: current results ranked by score (paged). */
int api_results_wave(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/waves/:code/results/:nip: one participant's current result in full. */
int api_results_get(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/employees/:nip/results: every result and revision (an employee: own, published). */
int api_results_employee(struct http_request *req, struct http_response *res,
                         struct merit_error *err);
/** POST /api/v1/waves/:code/results/:nip/correct: a correction, as the next revision. */
int api_results_correct(struct http_request *req, struct http_response *res,
                        struct merit_error *err);

/* ---- policies (api_policies.c) ---- */

/** GET /api/v1/policies: versions of every kind, or of ?kind= . */
int api_policies_list(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/policies/:kind/:id (id = version number): the version with its body. */
int api_policies_get(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/policies: stores a checked body as the next draft version (201). */
int api_policies_create(struct http_request *req, struct http_response *res,
                        struct merit_error *err);
/** POST /api/v1/policies/:kind/:id/adopt: draft -> adopted. */
int api_policies_adopt(struct http_request *req, struct http_response *res,
                       struct merit_error *err);
/** GET /api/v1/policies/:kind/:id/diff: who would change category under a scoring draft. */
int api_policies_diff(struct http_request *req, struct http_response *res, struct merit_error *err);

/* ---- fit (api_fit.c) ---- */

/** GET /api/v1/employees/:nip/fit: the positions that fit one person best. */
int api_fit_person(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/positions/:code/fit: the people who fit one position best. */
int api_fit_position(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/fit/better: people who fit another position better than their own. */
int api_fit_better(struct http_request *req, struct http_response *res, struct merit_error *err);

/* ---- assessors (api_assessors.c) ---- */

/** GET /api/v1/assessors: the roster (paged). */
int api_assessors_list(struct http_request *req, struct http_response *res,
                       struct merit_error *err);
/** GET /api/v1/assessors/:code: one assessor, the waves they assess in, declared relations. */
int api_assessors_get(struct http_request *req, struct http_response *res, struct merit_error *err);

#endif
