/*
 * api_talent.h - the HTTP handlers of talent management (9-box periods,
 * calibration, forecast, succession, the placement optimiser), move
 * packages (checks and the approval chain) and the JPT competency test's
 * committees (pansel). Routes: src/api/routes_talent.inc.
 */
#ifndef MERIT_API_API_TALENT_H
#define MERIT_API_API_TALENT_H

#include <jansson.h>

#include "base/err.h"
#include "http/request.h"
#include "http/response.h"

/**
 * items[offset .. offset + limit) of a whole array as the paged-list
 * envelope (takes all). For services that answer every row at once.
 */
void api_talent_page(struct http_response *res, json_t *all, int64_t limit, int64_t offset);

/* ---- talent (api_talent.c) ---- */

/** GET /api/v1/talent/periods: the agency's periods, newest first (paged). */
int api_talent_periods(struct http_request *req, struct http_response *res,
                       struct merit_error *err);
/** GET /api/v1/talent/periods/:code: the period, its grid, pool and stage trail. */
int api_talent_period(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/talent/periods/:code/map {year, as_of, policy, dry_run}: (re)computes it. */
int api_talent_map(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/talent/periods/:code/placements: box, unit, jenjang, eligible, pool (paged). */
int api_talent_placements(struct http_request *req, struct http_response *res,
                          struct merit_error *err);
/** GET /api/v1/talent/periods/:code/placements/:nip: scores, box, reasons, way up, trail. */
int api_talent_placement(struct http_request *req, struct http_response *res,
                         struct merit_error *err);
/** POST /api/v1/talent/periods/:code/placements/:nip/calibrate {box, reason}. */
int api_talent_calibrate(struct http_request *req, struct http_response *res,
                         struct merit_error *err);
/** POST /api/v1/talent/periods/:code/review {reason}: proposed -> reviewed. */
int api_talent_review(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/talent/periods/:code/set {reason}: reviewed -> set (locks the period). */
int api_talent_set(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/talent/forecast: as_of, months, key, period. */
int api_talent_forecast(struct http_request *req, struct http_response *res,
                        struct merit_error *err);
/** GET /api/v1/talent/periods/:code/succession: every key position's slate. */
int api_talent_succession(struct http_request *req, struct http_response *res,
                          struct merit_error *err);
/** GET /api/v1/talent/periods/:code/succession/:position: one position's slate. */
int api_talent_succession_one(struct http_request *req, struct http_response *res,
                              struct merit_error *err);
/** GET /api/v1/talent/place: positions | unit, period, lock, forbid (computes, writes nothing). */
int api_talent_place(struct http_request *req, struct http_response *res, struct merit_error *err);

/* ---- moves (api_moves.c) ---- */

/** GET /api/v1/moves/check: nip, to, kind, date, exception_116 -> every rule's verdict. */
int api_moves_check(struct http_request *req, struct http_response *res, struct merit_error *err);
/** GET /api/v1/moves/packages: status (paged). */
int api_moves_packages(struct http_request *req, struct http_response *res,
                       struct merit_error *err);
/** POST /api/v1/moves/packages {code, title}: a draft. */
int api_moves_package_create(struct http_request *req, struct http_response *res,
                             struct merit_error *err);
/** GET /api/v1/moves/packages/:code: moves, verdicts, trail. */
int api_moves_package(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/moves/packages/:code/moves {nip, to, kind, date}: adds (replaces) one move. */
int api_moves_package_add(struct http_request *req, struct http_response *res,
                          struct merit_error *err);
/** POST /api/v1/moves/packages/:code/{submit,review,approve,reject,execute}: the chain. */
int api_moves_package_submit(struct http_request *req, struct http_response *res,
                             struct merit_error *err);
int api_moves_package_review(struct http_request *req, struct http_response *res,
                             struct merit_error *err);
int api_moves_package_approve(struct http_request *req, struct http_response *res,
                              struct merit_error *err);
int api_moves_package_reject(struct http_request *req, struct http_response *res,
                             struct merit_error *err);
int api_moves_package_execute(struct http_request *req, struct http_response *res,
                              struct merit_error *err);

/* ---- committees (api_committees.c) ---- */

/** GET /api/v1/committees: staff see all; a committee account only those it sits on. */
int api_committees(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/committees {code, name, as_of}. */
int api_committee_create(struct http_request *req, struct http_response *res,
                         struct merit_error *err);
/** GET /api/v1/committees/:code: members, officials and their results. */
int api_committee(struct http_request *req, struct http_response *res, struct merit_error *err);
/** POST /api/v1/committees/:code/members {member, name, role, organisation}. */
int api_committee_member(struct http_request *req, struct http_response *res,
                         struct merit_error *err);
/** POST /api/v1/committees/:code/declarations {statement, conflicts, member}. */
int api_committee_declare(struct http_request *req, struct http_response *res,
                          struct merit_error *err);
/** POST /api/v1/committees/:code/officials {nips, eligible}. */
int api_committee_enrol(struct http_request *req, struct http_response *res,
                        struct merit_error *err);
/** POST /api/v1/committees/:code/scores {nip, component, score, member}. */
int api_committee_score(struct http_request *req, struct http_response *res,
                        struct merit_error *err);
/** POST /api/v1/committees/:code/decide: aggregates and recommendations. */
int api_committee_decide(struct http_request *req, struct http_response *res,
                         struct merit_error *err);
/** POST /api/v1/committees/:code/finalise: locks the committee (the minutes). */
int api_committee_finalise(struct http_request *req, struct http_response *res,
                           struct merit_error *err);

#endif
