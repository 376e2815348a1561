/*
 * committee.h - the selection committee (panitia seleksi, pansel) of the
 * JPT competency test (PP 11/2017 Ps 131): components and weights, each
 * member's scores, the quorum, the aggregate and one recommendation per
 * official, all as policy data. Pure: scores in basis points of 0-100.
 *
 * Components come from the members (written test, interview, track
 * record) or from the records (performance against the work contract,
 * discipline, the assessment JPM): a member component's score is the mean
 * of the scores of the members without a declared conflict with that
 * official (rounded half up); the aggregate is the weighted mean of the
 * components; the recommendation is the first band whose minimum the
 * aggregate reaches.
 */
#ifndef MERIT_DOMAIN_COMMITTEE_H
#define MERIT_DOMAIN_COMMITTEE_H

#include <stddef.h>
#include <stdint.h>

#define COMMITTEE_MAX_COMPONENTS 8
#define COMMITTEE_MAX_BANDS 6
#define COMMITTEE_MAX_MEMBERS 16

enum committee_source { COMMITTEE_BY_MEMBERS = 1, COMMITTEE_FROM_RECORDS = 2 };

struct committee_component {
    const char *code; /* kinerja, disiplin, rekam_jejak, tes_tertulis, wawancara, jpm */
    enum committee_source source;
    int weight_pct;
};

struct committee_band {
    int64_t min_bp;
    const char *code; /* retain, rotate, develop, demote */
    const char *label_id, *label_en;
};

struct committee_policy {
    size_t ncomponents;
    struct committee_component comp[COMMITTEE_MAX_COMPONENTS];
    size_t nbands; /* by min_bp, highest first; the last at 0 */
    struct committee_band band[COMMITTEE_MAX_BANDS];
    int quorum_pct; /* a candidate needs scores from more than this share of eligible members */
    const char *source;
};

/** The default (components and weights [U]: agency practice; structure PP 11/2017 Ps 131). */
void committee_default(struct committee_policy *p);
/** NULL when usable, else the offending field. */
const char *committee_check(const struct committee_policy *p);

/* One official's inputs: per component, either the records' score or the members' scores. */
struct committee_input {
    int64_t record[COMMITTEE_MAX_COMPONENTS]; /* FROM_RECORDS components; -1 = unknown */
    /* BY_MEMBERS components: score[c][m], -1 = not scored; conflict[m] = member declared one */
    int64_t score[COMMITTEE_MAX_COMPONENTS][COMMITTEE_MAX_MEMBERS];
    int conflict[COMMITTEE_MAX_MEMBERS];
    size_t nmembers;
};

enum committee_status {
    COMMITTEE_OK = 0,
    COMMITTEE_NO_QUORUM = 1, /* too few conflict-free members scored a component */
    COMMITTEE_MISSING_RECORD = 2
};

struct committee_outcome {
    enum committee_status status;
    int component; /* the first component at fault when status != OK */
    int64_t component_bp[COMMITTEE_MAX_COMPONENTS];
    int64_t aggregate_bp;
    const struct committee_band *band;
};

/** Aggregates one official. Returns 0 (see out->status), or -1 for unusable input. */
int committee_aggregate(const struct committee_policy *p, const struct committee_input *in,
                        struct committee_outcome *out);

#endif
