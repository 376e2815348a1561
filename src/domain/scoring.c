#include "domain/scoring.h"

#include <string.h>

/* Forms of competency development: PP 11/2017 jo. PP 17/2020 Ps 203 lists
 * classical (training, courses) and non-classical (coaching, mentoring,
 * e-learning, internships) development; which gap calls for which is agency
 * practice, not law, hence [U] and data. */
static const struct scoring_dev default_dev[] = {
    {-5, -5, "coaching", "Coaching oleh atasan langsung dan penugasan terarah",
     "Coaching by the direct supervisor and targeted assignments"},
    {-10, -10, "mentoring", "Mentoring dan pembelajaran nonklasikal (e-learning, benchmarking)",
     "Mentoring and non-classical learning (e-learning, benchmarking)"},
    {-20, -15, "pelatihan_klasikal", "Pelatihan klasikal terstruktur disertai coaching",
     "Structured classroom training with coaching"},
    {-40, -25, "pengembangan_intensif",
     "Program pengembangan intensif (pelatihan, magang/detasering); tinjau kesesuaian penempatan",
     "Intensive development programme (training, internship/secondment); review the placement"},
    {5, 40, "pengayaan_jabatan", "Pengayaan jabatan (job enrichment) dan penugasan khusus",
     "Job enrichment and special assignments"},
};

void scoring_default(struct scoring_policy *p)
{
    memset(p, 0, sizeof(*p));
    p->nscales = 3;
    p->scales[0].purpose = "pemetaan";
    jpm_scale_mapping(&p->scales[0].scale);
    p->scales[1].purpose = "seleksi";
    jpm_scale_selection(&p->scales[1].scale);
    p->scales[2].purpose = "promosi";
    jpm_scale_selection(&p->scales[2].scale);
    /* REGULATIONS.md 1.1: store raw, expose min(JPM, 100); never changes the category */
    p->cap = JPM_CAP_TOTAL;
    p->integration = JPM_INTEGRATE_MEDIAN;
    p->allow_half = 0;
    p->min_methods = 2;         /* REGULATIONS.md 7.2 [I+S] */
    p->min_assessors = 2;       /* Perban Kejaksaan 2/2025 Ps 23; BRIN 3/2023 [P] */
    p->validity_months = 36;    /* Perban BKN 26/2019 Ps 29(4) [S] */
    p->potential_standard = 30; /* BKD Jatim practice: standard 3 per aspect [I] */
    p->potential_scale = (struct jpm_scale){
        "potensi",
        "PermenPAN-RB 3/2020 jo. 20/2025; cut-offs 90/78 as in regional practice [I]",
        3,
        {{"tinggi", "Tinggi", "High", 9000},
         {"menengah", "Menengah", "Middle", 7800},
         {"rendah", "Rendah", "Low", 0}},
    };
    p->strengths_max = 3;
    /* JFKK inpassing 35/2020 [P]: teknis / manajerial+sosial kultural */
    p->nweights = 3;
    p->weights[0] = (struct scoring_weight){"ahli_madya", 40};
    p->weights[1] = (struct scoring_weight){"ahli_muda", 50};
    p->weights[2] = (struct scoring_weight){"ahli_pertama", 60};
    p->ndev = sizeof(default_dev) / sizeof(default_dev[0]);
    memcpy(p->dev, default_dev, sizeof(default_dev));
    p->nnorms = 0; /* instruments' norms belong to the provider; none is assumed */
    p->source = "REGULATIONS.md 1.1, 1.2, 7.2; Perban BKN 26/2019 Ps 29(4); JFKK 35/2020";
}

const char *scoring_check(const struct scoring_policy *p)
{
    static const char *const scale_names[SCORING_MAX_SCALES] = {"scales[0]", "scales[1]",
                                                                "scales[2]", "scales[3]"};

    if (p->nscales == 0 || p->nscales > SCORING_MAX_SCALES)
        return "scales";
    for (size_t i = 0; i < p->nscales; i++) {
        const char *pu = p->scales[i].purpose;
        /* a misspelt purpose would silently fall back to the first scale */
        if (!pu || (strcmp(pu, "pemetaan") != 0 && strcmp(pu, "seleksi") != 0 &&
                    strcmp(pu, "promosi") != 0))
            return scale_names[i];
        for (size_t j = 0; j < i; j++)
            if (strcmp(p->scales[j].purpose, pu) == 0)
                return scale_names[i];
        if (jpm_scale_check(&p->scales[i].scale) != 0)
            return scale_names[i];
    }
    if (p->cap != JPM_CAP_NONE && p->cap != JPM_CAP_TOTAL && p->cap != JPM_CAP_ITEM)
        return "cap";
    if (p->integration != JPM_INTEGRATE_MEDIAN && p->integration != JPM_INTEGRATE_MODE &&
        p->integration != JPM_INTEGRATE_MEAN_ROUND)
        return "integration";
    if (p->allow_half != 0 && p->allow_half != 1)
        return "half_levels";
    if (p->min_methods < 1 || p->min_methods > 10)
        return "min_methods";
    if (p->min_assessors < 1 || p->min_assessors > 10)
        return "min_assessors";
    if (p->validity_months < 1 || p->validity_months > 120)
        return "validity_months";
    if (!scoring_level_ok(p, p->potential_standard))
        return "potential_standard";
    if (jpm_scale_check(&p->potential_scale) != 0)
        return "potential_scale";
    if (p->strengths_max < 0 || p->strengths_max > SCORING_MAX_ITEMS)
        return "strengths_max";
    if (p->nweights > SCORING_MAX_WEIGHTS)
        return "weights";
    for (size_t i = 0; i < p->nweights; i++)
        if (!p->weights[i].jenjang || p->weights[i].teknis_pct < 0 ||
            p->weights[i].teknis_pct > 100)
            return "weights";
    if (p->nnorms > SCORING_MAX_NORMS)
        return "norms";
    for (size_t i = 0; i < p->nnorms; i++) {
        const struct scoring_norm *nm = &p->norms[i];
        if (!nm->instrument || !nm->target || nm->n == 0 || nm->n > SCORING_MAX_BANDS)
            return "norms";
        for (size_t b = 0; b < nm->n; b++) {
            if (!scoring_level_ok(p, nm->band[b].level))
                return "norms";
            if (b && nm->band[b].min_x100 <= nm->band[b - 1].min_x100)
                return "norms";
        }
    }
    if (p->ndev > SCORING_MAX_DEV)
        return "development";
    for (size_t i = 0; i < p->ndev; i++) {
        const struct scoring_dev *d = &p->dev[i];
        if (!d->kind || !d->label_id || !d->label_en || d->gap_min > d->gap_max ||
            d->gap_min < -40 || d->gap_max > 40)
            return "development";
        for (size_t j = 0; j < i; j++)
            if (d->gap_min <= p->dev[j].gap_max && p->dev[j].gap_min <= d->gap_max)
                return "development";
    }
    return NULL;
}

const struct jpm_scale *scoring_scale(const struct scoring_policy *p, const char *purpose)
{
    for (size_t i = 0; i < p->nscales; i++)
        if (purpose && strcmp(p->scales[i].purpose, purpose) == 0)
            return &p->scales[i].scale;
    return &p->scales[0].scale;
}

int scoring_level_ok(const struct scoring_policy *p, int level)
{
    if (level < JPM_LEVEL_MIN || level > JPM_LEVEL_MAX)
        return 0;
    return level % 10 == 0 || (p->allow_half && level % 10 == 5);
}

int scoring_norm_level(const struct scoring_policy *p, const char *instrument, const char *target,
                       int64_t raw_x100, int *level)
{
    const struct scoring_norm *hit = NULL;

    for (size_t i = 0; i < p->nnorms; i++) {
        const struct scoring_norm *nm = &p->norms[i];
        if (strcmp(nm->instrument, instrument) != 0)
            continue;
        if (strcmp(nm->target, target) == 0) {
            hit = nm;
            break;
        }
        if (!hit && strcmp(nm->target, "*") == 0)
            hit = nm;
    }
    if (!hit || raw_x100 < hit->band[0].min_x100)
        return -1;
    for (size_t b = hit->n; b-- > 0;)
        if (raw_x100 >= hit->band[b].min_x100) {
            *level = hit->band[b].level;
            return 0;
        }
    return -1;
}

const struct scoring_dev *scoring_development(const struct scoring_policy *p, int gap)
{
    for (size_t i = 0; i < p->ndev; i++)
        if (gap >= p->dev[i].gap_min && gap <= p->dev[i].gap_max)
            return &p->dev[i];
    return NULL;
}

static const struct scoring_weight *scoring_weight_for(const struct scoring_policy *p,
                                                       const char *jenjang)
{
    for (size_t i = 0; jenjang && i < p->nweights; i++)
        if (strcmp(p->weights[i].jenjang, jenjang) == 0)
            return &p->weights[i];
    return NULL;
}

static const struct jpm_category *scale_of_bp(const struct jpm_scale *s, int64_t bp)
{
    for (size_t i = 0; i < s->n; i++)
        if (bp >= s->cat[i].min_bp)
            return &s->cat[i];
    return NULL;
}

/* JPM of the items of one part (teknis or not), capped like the whole */
static int part_bp(const struct scoring_item *items, size_t n, int teknis, enum jpm_cap cap,
                   int64_t *bp)
{
    struct jpm_item part[SCORING_MAX_ITEMS];
    struct jpm_result r;
    size_t k = 0;

    for (size_t i = 0; i < n; i++)
        if ((items[i].kind == SCORING_TEKNIS) == teknis)
            part[k++] = (struct jpm_item){items[i].lkj, items[i].lki};
    if (k == 0 || jpm_compute(part, k, cap, &r) != 0)
        return -1;
    *bp = r.jpm_cap_bp;
    return 0;
}

int scoring_evaluate(const struct scoring_policy *p, const char *purpose, const char *jenjang,
                     const struct scoring_item *items, size_t n, const int *potential, size_t npot,
                     struct scoring_outcome *out)
{
    struct jpm_item all[SCORING_MAX_ITEMS];
    const struct jpm_scale *scale = scoring_scale(p, purpose);
    const struct scoring_weight *w = scoring_weight_for(p, jenjang);
    struct scoring_outcome o;

    if (n == 0 || n > SCORING_MAX_ITEMS || npot > SCORING_MAX_ITEMS)
        return -1;
    memset(&o, 0, sizeof(o));
    for (size_t i = 0; i < n; i++)
        all[i] = (struct jpm_item){items[i].lkj, items[i].lki};
    if (jpm_compute(all, n, p->cap, &o.all) != 0)
        return -1;
    o.score_bp = o.all.jpm_cap_bp;
    o.category = jpm_categorise(scale, o.all.sum_lki, o.all.sum_lkj);
    if (w && part_bp(items, n, 1, p->cap, &o.teknis_bp) == 0 &&
        part_bp(items, n, 0, p->cap, &o.manajerial_bp) == 0) {
        o.weighted = 1;
        o.teknis_pct = w->teknis_pct;
        o.score_bp = jpm_weighted_bp(o.teknis_bp, o.manajerial_bp, w->teknis_pct);
        o.category = scale_of_bp(scale, o.score_bp);
    }
    if (npot > 0) {
        for (size_t i = 0; i < npot; i++) {
            if (potential[i] < JPM_LEVEL_MIN || potential[i] > JPM_LEVEL_MAX)
                return -1;
            o.potential_sum += potential[i];
        }
        o.has_potential = 1;
        o.potential_max = (int64_t)p->potential_standard * (int64_t)npot;
        o.potential_bp = (2 * o.potential_sum * 10000 + o.potential_max) / (2 * o.potential_max);
        o.potential_category =
            jpm_categorise(&p->potential_scale, o.potential_sum, o.potential_max);
    }
    /* strengths: at or above standard, largest surplus first; development
     * areas: under standard, largest gap first; ties keep the SKJ order */
    for (size_t i = 0; i < n; i++) {
        int gap = items[i].lki - items[i].lkj;
        size_t *list = gap >= 0 ? o.strengths : o.develop;
        size_t *count = gap >= 0 ? &o.nstrengths : &o.ndevelop;
        size_t j = *count;

        while (j > 0) {
            int g = items[list[j - 1]].lki - items[list[j - 1]].lkj;
            if (gap >= 0 ? g >= gap : g <= gap)
                break;
            list[j] = list[j - 1];
            j--;
        }
        list[j] = i;
        (*count)++;
    }
    if (o.nstrengths > (size_t)p->strengths_max)
        o.nstrengths = (size_t)p->strengths_max;
    *out = o;
    return 0;
}
