#include "domain/committee.h"

#include <string.h>

void committee_default(struct committee_policy *p)
{
    memset(p, 0, sizeof(*p));
    /* PP 11/2017 Ps 131 names what the test weighs (performance against the work contract,
     * discipline, track record, the written test, the interview, the assessment); the weights
     * and bands are agency practice [U] and meant to be set by the agency */
    p->ncomponents = 6;
    p->comp[0] = (struct committee_component){"kinerja", COMMITTEE_FROM_RECORDS, 25};
    p->comp[1] = (struct committee_component){"disiplin", COMMITTEE_FROM_RECORDS, 10};
    p->comp[2] = (struct committee_component){"rekam_jejak", COMMITTEE_BY_MEMBERS, 10};
    p->comp[3] = (struct committee_component){"tes_tertulis", COMMITTEE_BY_MEMBERS, 15};
    p->comp[4] = (struct committee_component){"wawancara", COMMITTEE_BY_MEMBERS, 15};
    p->comp[5] = (struct committee_component){"jpm", COMMITTEE_FROM_RECORDS, 25};
    p->nbands = 4;
    p->band[0] =
        (struct committee_band){8000, "retain", "Dipertahankan pada jabatan", "Retain in the post"};
    p->band[1] =
        (struct committee_band){7000, "rotate", "Dirotasi ke jabatan yang sesuai kompetensinya",
                                "Rotate to a post that fits the competencies"};
    p->band[2] = (struct committee_band){6000, "develop",
                                         "Dikembangkan kompetensinya dan dievaluasi kembali",
                                         "Develop the competencies and re-assess"};
    p->band[3] = (struct committee_band){0, "demote", "Ditempatkan pada jabatan yang lebih rendah",
                                         "Place in a lower position"};
    p->quorum_pct = 50; /* more than half of the members without a conflict */
    p->source = "PP 11/2017 Ps 131 jo. PP 17/2020 (components) [P]; weights and bands [U]";
}

const char *committee_check(const struct committee_policy *p)
{
    int total = 0;

    if (p->ncomponents == 0 || p->ncomponents > COMMITTEE_MAX_COMPONENTS)
        return "components";
    for (size_t i = 0; i < p->ncomponents; i++) {
        if (!p->comp[i].code || p->comp[i].weight_pct <= 0 ||
            (p->comp[i].source != COMMITTEE_BY_MEMBERS &&
             p->comp[i].source != COMMITTEE_FROM_RECORDS))
            return "components";
        for (size_t j = 0; j < i; j++)
            if (strcmp(p->comp[j].code, p->comp[i].code) == 0)
                return "components";
        total += p->comp[i].weight_pct;
    }
    if (total != 100)
        return "components";
    if (p->nbands == 0 || p->nbands > COMMITTEE_MAX_BANDS || p->band[p->nbands - 1].min_bp != 0)
        return "bands";
    for (size_t i = 0; i < p->nbands; i++)
        if (!p->band[i].code || (i && p->band[i].min_bp >= p->band[i - 1].min_bp) ||
            p->band[i].min_bp > 10000)
            return "bands";
    if (p->quorum_pct < 0 || p->quorum_pct > 99)
        return "quorum_pct";
    return NULL;
}

int committee_aggregate(const struct committee_policy *p, const struct committee_input *in,
                        struct committee_outcome *out)
{
    int64_t sum = 0;
    int eligible = 0;

    if (committee_check(p) || in->nmembers > COMMITTEE_MAX_MEMBERS)
        return -1;
    memset(out, 0, sizeof(*out));
    out->component = -1;
    for (size_t m = 0; m < in->nmembers; m++)
        eligible += !in->conflict[m];
    for (size_t c = 0; c < p->ncomponents; c++) {
        int64_t v;

        if (p->comp[c].source == COMMITTEE_FROM_RECORDS) {
            v = in->record[c];
            if (v < 0 || v > 10000) {
                out->status = COMMITTEE_MISSING_RECORD;
                out->component = (int)c;
                return 0;
            }
        } else {
            int64_t s = 0;
            int k = 0;
            for (size_t m = 0; m < in->nmembers; m++) {
                int64_t x = in->score[c][m];
                if (in->conflict[m] || x < 0)
                    continue;
                if (x > 10000)
                    return -1;
                s += x;
                k++;
            }
            /* quorum: more than quorum_pct of the conflict-free members */
            if (k == 0 || (int64_t)k * 100 <= (int64_t)eligible * p->quorum_pct) {
                out->status = COMMITTEE_NO_QUORUM;
                out->component = (int)c;
                return 0;
            }
            v = (2 * s + k) / (2 * k);
        }
        out->component_bp[c] = v;
        sum += v * p->comp[c].weight_pct;
    }
    out->aggregate_bp = (2 * sum + 100) / 200;
    for (size_t b = 0; b < p->nbands; b++)
        if (out->aggregate_bp >= p->band[b].min_bp) {
            out->band = &p->band[b];
            break;
        }
    return 0;
}
