#include "services/policy.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/civil.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "services/audit.h"

/* ---- JSON <-> struct scoring_policy ---------------------------------- */

struct pctx {
    struct arena *a;
    struct merit_error *err;
    char path[96];
};

int policy_field_error(struct merit_error *err, const char *field, const char *why)
{
    err_set_at(err, MERIT_EINVAL, 0, "", "%s '%s': %s",
               T("kebijakan tidak valid, kolom", "invalid policy, field"), field, why);
    snprintf(err->field, sizeof(err->field), "%.63s", field);
    return -1;
}

static int bad(struct pctx *c, const char *field, const char *why)
{
    char f[160];

    snprintf(f, sizeof(f), "%s%s%s", c->path, *c->path && *field ? "." : "", field);
    return policy_field_error(c->err, f, why);
}

static int get_str(struct pctx *c, json_t *o, const char *k, int required, const char **out)
{
    json_t *v = json_object_get(o, k);

    *out = NULL;
    if (!v || json_is_null(v) || (!required && json_is_string(v) && json_string_length(v) == 0)) {
        if (required)
            return bad(c, k, T("wajib diisi", "is required"));
        return 0;
    }
    if (!json_is_string(v) || json_string_length(v) == 0 || json_string_length(v) > 400)
        return bad(c, k, T("harus teks 1-400 karakter", "must be text of 1-400 characters"));
    *out = arena_strdup(c->a, json_string_value(v));
    return 0;
}

/* a number with at most `scale` decimals, as an integer times 10^scale */
static int get_fixed(struct pctx *c, json_t *o, const char *k, int scale, int64_t min, int64_t max,
                     int64_t dflt, int64_t *out)
{
    json_t *v = json_object_get(o, k);
    double d, m = scale == 2 ? 100.0 : scale == 1 ? 10.0 : 1.0;

    if (!v || json_is_null(v)) {
        if (dflt == INT64_MIN)
            return bad(c, k, T("wajib diisi", "is required"));
        *out = dflt;
        return 0;
    }
    if (!json_is_number(v))
        return bad(c, k, T("harus angka", "must be a number"));
    d = json_number_value(v) * m;
    if (fabs(d - round(d)) > 1e-6)
        return bad(c, k, T("terlalu banyak angka desimal", "has too many decimals"));
    if (round(d) < (double)min || round(d) > (double)max)
        return bad(c, k, T("di luar rentang", "is out of range"));
    *out = (int64_t)round(d);
    return 0;
}

static int parse_scale(struct pctx *c, json_t *o, struct jpm_scale *s)
{
    json_t *cats = json_object_get(o, "categories"), *it;
    size_t i;
    char save[96];

    memset(s, 0, sizeof(*s));
    if (get_str(c, o, "code", 1, &s->code) || get_str(c, o, "source", 0, &s->source))
        return -1;
    if (!s->source)
        s->source = "";
    if (!json_is_array(cats) || json_array_size(cats) == 0 || json_array_size(cats) > JPM_SCALE_MAX)
        return bad(c, "categories", T("harus daftar 1-6 kategori", "must list 1-6 categories"));
    memcpy(save, c->path, sizeof(save));
    json_array_foreach(cats, i, it)
    {
        struct jpm_category *k = &s->cat[i];
        int64_t bp;
        size_t len = strlen(save);

        snprintf(c->path + len, sizeof(c->path) - len, ".categories[%zu]", i);
        if (!json_is_object(it))
            return bad(c, "", T("harus objek", "must be an object"));
        if (get_str(c, it, "code", 1, &k->code) || get_str(c, it, "label_id", 1, &k->label_id) ||
            get_str(c, it, "label_en", 1, &k->label_en) ||
            get_fixed(c, it, "min", 2, 0, 10000, INT64_MIN, &bp))
            return -1;
        k->min_bp = bp;
        memcpy(c->path, save, sizeof(save));
    }
    s->n = json_array_size(cats);
    if (jpm_scale_check(s) != 0)
        return bad(c, "categories",
                   T("batas harus menurun tegas dan kategori terakhir mulai dari 0",
                     "cut-offs must strictly decrease and the last category must start at 0"));
    return 0;
}

static int parse_enum(struct pctx *c, json_t *o, const char *k, const char *const *names,
                      const int *vals, int n, int dflt, int *out)
{
    const char *s;

    if (get_str(c, o, k, 0, &s))
        return -1;
    if (!s) {
        *out = dflt;
        return 0;
    }
    for (int i = 0; i < n; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = vals[i];
            return 0;
        }
    return bad(c, k, T("nilai tidak dikenal", "unknown value"));
}

static const char *const cap_names[] = {"none", "total", "item"};
static const int cap_vals[] = {JPM_CAP_NONE, JPM_CAP_TOTAL, JPM_CAP_ITEM};
static const char *const integ_names[] = {"median", "mode", "mean"};
static const int integ_vals[] = {JPM_INTEGRATE_MEDIAN, JPM_INTEGRATE_MODE,
                                 JPM_INTEGRATE_MEAN_ROUND};

int policy_scoring_parse(json_t *body, struct scoring_policy *p, struct arena *a,
                         struct merit_error *err)
{
    struct pctx c = {a, err, ""};
    json_t *arr, *it, *pot;
    size_t i;
    int64_t v;
    int e = 0;
    const char *why;

    memset(p, 0, sizeof(*p));
    if (!json_is_object(body))
        return bad(&c, "", T("badan kebijakan harus objek JSON", "the body must be a JSON object"));
    arr = json_object_get(body, "scales");
    if (!json_is_array(arr) || json_array_size(arr) == 0 ||
        json_array_size(arr) > SCORING_MAX_SCALES)
        return bad(&c, "scales", T("harus daftar 1-4 skala", "must list 1-4 scales"));
    json_array_foreach(arr, i, it)
    {
        snprintf(c.path, sizeof(c.path), "scales[%zu]", i);
        if (!json_is_object(it))
            return bad(&c, "", T("harus objek", "must be an object"));
        if (get_str(&c, it, "purpose", 1, &p->scales[i].purpose) ||
            parse_scale(&c, it, &p->scales[i].scale))
            return -1;
    }
    p->nscales = json_array_size(arr);
    c.path[0] = 0;
    if (parse_enum(&c, body, "cap", cap_names, cap_vals, 3, JPM_CAP_TOTAL, &e))
        return -1;
    p->cap = (enum jpm_cap)e;
    if (parse_enum(&c, body, "integration", integ_names, integ_vals, 3, JPM_INTEGRATE_MEDIAN, &e))
        return -1;
    p->integration = (enum jpm_integration)e;
    it = json_object_get(body, "half_levels");
    if (it && !json_is_boolean(it))
        return bad(&c, "half_levels", T("harus true atau false", "must be true or false"));
    p->allow_half = it && json_is_true(it);
    if (get_fixed(&c, body, "min_methods", 0, 1, 10, 2, &v))
        return -1;
    p->min_methods = (int)v;
    if (get_fixed(&c, body, "min_assessors", 0, 1, 10, 2, &v))
        return -1;
    p->min_assessors = (int)v;
    if (get_fixed(&c, body, "validity_months", 0, 1, 120, 36, &v))
        return -1;
    p->validity_months = (int)v;
    if (get_fixed(&c, body, "strengths_max", 0, 0, SCORING_MAX_ITEMS, 3, &v))
        return -1;
    p->strengths_max = (int)v;
    pot = json_object_get(body, "potential");
    if (!json_is_object(pot))
        return bad(&c, "potential", T("wajib diisi (objek)", "is required (an object)"));
    snprintf(c.path, sizeof(c.path), "potential");
    if (get_fixed(&c, pot, "standard", 1, 10, 50, INT64_MIN, &v))
        return -1;
    p->potential_standard = (int)v;
    it = json_object_get(pot, "scale");
    if (!json_is_object(it))
        return bad(&c, "scale", T("wajib diisi (objek)", "is required (an object)"));
    snprintf(c.path, sizeof(c.path), "potential.scale");
    if (parse_scale(&c, it, &p->potential_scale))
        return -1;
    c.path[0] = 0;

    arr = json_object_get(body, "weights");
    if (arr && (!json_is_array(arr) || json_array_size(arr) > SCORING_MAX_WEIGHTS))
        return bad(&c, "weights", T("harus daftar (maks. 16)", "must be a list (at most 16)"));
    json_array_foreach(arr, i, it)
    {
        snprintf(c.path, sizeof(c.path), "weights[%zu]", i);
        if (!json_is_object(it))
            return bad(&c, "", T("harus objek", "must be an object"));
        if (get_str(&c, it, "jenjang", 1, &p->weights[i].jenjang) ||
            get_fixed(&c, it, "teknis_pct", 0, 0, 100, INT64_MIN, &v))
            return -1;
        p->weights[i].teknis_pct = (int)v;
        p->nweights++;
    }
    c.path[0] = 0;

    arr = json_object_get(body, "norms");
    if (arr && (!json_is_array(arr) || json_array_size(arr) > SCORING_MAX_NORMS))
        return bad(&c, "norms", T("harus daftar (maks. 32)", "must be a list (at most 32)"));
    json_array_foreach(arr, i, it)
    {
        struct scoring_norm *nm = &p->norms[i];
        json_t *bands, *b;
        size_t j;

        snprintf(c.path, sizeof(c.path), "norms[%zu]", i);
        if (!json_is_object(it))
            return bad(&c, "", T("harus objek", "must be an object"));
        if (get_str(&c, it, "instrument", 1, &nm->instrument) ||
            get_str(&c, it, "target", 1, &nm->target))
            return -1;
        bands = json_object_get(it, "bands");
        if (!json_is_array(bands) || json_array_size(bands) == 0 ||
            json_array_size(bands) > SCORING_MAX_BANDS)
            return bad(&c, "bands", T("harus daftar 1-16 pita", "must list 1-16 bands"));
        json_array_foreach(bands, j, b)
        {
            snprintf(c.path, sizeof(c.path), "norms[%zu].bands[%zu]", i, j);
            if (!json_is_object(b))
                return bad(&c, "", T("harus objek", "must be an object"));
            if (get_fixed(&c, b, "min", 2, -100000000, 100000000, INT64_MIN,
                          &nm->band[j].min_x100) ||
                get_fixed(&c, b, "level", 1, 10, 50, INT64_MIN, &v))
                return -1;
            nm->band[j].level = (int)v;
        }
        nm->n = json_array_size(bands);
        p->nnorms++;
    }
    c.path[0] = 0;

    arr = json_object_get(body, "development");
    if (arr && (!json_is_array(arr) || json_array_size(arr) > SCORING_MAX_DEV))
        return bad(&c, "development", T("harus daftar (maks. 16)", "must be a list (at most 16)"));
    json_array_foreach(arr, i, it)
    {
        struct scoring_dev *d = &p->dev[i];
        int64_t lo, hi;

        snprintf(c.path, sizeof(c.path), "development[%zu]", i);
        if (!json_is_object(it))
            return bad(&c, "", T("harus objek", "must be an object"));
        if (get_fixed(&c, it, "gap_min", 1, -40, 40, INT64_MIN, &lo) ||
            get_fixed(&c, it, "gap_max", 1, -40, 40, INT64_MIN, &hi) ||
            get_str(&c, it, "kind", 1, &d->kind) || get_str(&c, it, "label_id", 1, &d->label_id) ||
            get_str(&c, it, "label_en", 1, &d->label_en))
            return -1;
        d->gap_min = (int)lo;
        d->gap_max = (int)hi;
        p->ndev++;
    }
    c.path[0] = 0;
    if (get_str(&c, body, "source", 0, &p->source))
        return -1;
    if (!p->source)
        p->source = "";
    if ((why = scoring_check(p)) != NULL)
        return bad(&c, why,
                   T("tidak konsisten (urutan, rentang atau tumpang tindih)",
                     "is inconsistent (order, range or overlap)"));
    return 0;
}

static json_t *fixed_json(int64_t v, int scale)
{
    return json_real((double)v / (scale == 2 ? 100.0 : 10.0));
}

/* whole numbers print as integers so the stored body reads like the docs */
static json_t *num_json(int64_t v, int scale)
{
    int64_t m = scale == 2 ? 100 : 10;

    if (v % m == 0)
        return json_integer(v / m);
    return fixed_json(v, scale);
}

static json_t *scale_json(const struct jpm_scale *s)
{
    json_t *o = json_object(), *cats = json_array();

    json_object_set_new(o, "code", json_string(s->code));
    json_object_set_new(o, "source", json_string(s->source ? s->source : ""));
    for (size_t i = 0; i < s->n; i++) {
        json_t *k = json_object();
        json_object_set_new(k, "code", json_string(s->cat[i].code));
        json_object_set_new(k, "label_id", json_string(s->cat[i].label_id));
        json_object_set_new(k, "label_en", json_string(s->cat[i].label_en));
        json_object_set_new(k, "min", num_json(s->cat[i].min_bp, 2));
        json_array_append_new(cats, k);
    }
    json_object_set_new(o, "categories", cats);
    return o;
}

json_t *policy_scoring_json(const struct scoring_policy *p)
{
    json_t *o = json_object(), *arr, *pot;

    arr = json_array();
    for (size_t i = 0; i < p->nscales; i++) {
        json_t *s = scale_json(&p->scales[i].scale);
        json_object_set_new(s, "purpose", json_string(p->scales[i].purpose));
        json_array_append_new(arr, s);
    }
    json_object_set_new(o, "scales", arr);
    json_object_set_new(o, "cap", json_string(cap_names[p->cap]));
    json_object_set_new(o, "integration", json_string(integ_names[p->integration - 1]));
    json_object_set_new(o, "half_levels", json_boolean(p->allow_half));
    json_object_set_new(o, "min_methods", json_integer(p->min_methods));
    json_object_set_new(o, "min_assessors", json_integer(p->min_assessors));
    json_object_set_new(o, "validity_months", json_integer(p->validity_months));
    json_object_set_new(o, "strengths_max", json_integer(p->strengths_max));
    pot = json_object();
    json_object_set_new(pot, "standard", num_json(p->potential_standard, 1));
    json_object_set_new(pot, "scale", scale_json(&p->potential_scale));
    json_object_set_new(o, "potential", pot);
    arr = json_array();
    for (size_t i = 0; i < p->nweights; i++)
        json_array_append_new(arr, json_pack("{s:s, s:i}", "jenjang", p->weights[i].jenjang,
                                             "teknis_pct", p->weights[i].teknis_pct));
    json_object_set_new(o, "weights", arr);
    arr = json_array();
    for (size_t i = 0; i < p->nnorms; i++) {
        json_t *bands = json_array();
        for (size_t j = 0; j < p->norms[i].n; j++)
            json_array_append_new(
                bands, json_pack("{s:o, s:o}", "min", num_json(p->norms[i].band[j].min_x100, 2),
                                 "level", num_json(p->norms[i].band[j].level, 1)));
        json_array_append_new(arr,
                              json_pack("{s:s, s:s, s:o}", "instrument", p->norms[i].instrument,
                                        "target", p->norms[i].target, "bands", bands));
    }
    json_object_set_new(o, "norms", arr);
    arr = json_array();
    for (size_t i = 0; i < p->ndev; i++)
        json_array_append_new(
            arr, json_pack("{s:o, s:o, s:s, s:s, s:s}", "gap_min", num_json(p->dev[i].gap_min, 1),
                           "gap_max", num_json(p->dev[i].gap_max, 1), "kind", p->dev[i].kind,
                           "label_id", p->dev[i].label_id, "label_en", p->dev[i].label_en));
    json_object_set_new(o, "development", arr);
    json_object_set_new(o, "source", json_string(p->source ? p->source : ""));
    return o;
}

/* ---- talent policy ------------------------------------------------------ */

static const char *const perf_source_names[] = {"rating", "predikat"};
static const int perf_source_vals[] = {TALENT_PERF_RATING, TALENT_PERF_PREDIKAT};
static const char *const combine_names[] = {"latest", "mean", "min"};
static const int combine_vals[] = {TALENT_COMBINE_LATEST, TALENT_COMBINE_MEAN, TALENT_COMBINE_MIN};
static const char *const component_names[TALENT_C_COUNT] = {
    "", "jpm", "potential", "qualification", "track_record", "integrity"};

static int parse_cuts(struct pctx *c, json_t *o, struct talent_cuts *cuts)
{
    json_t *x = json_object_get(o, "cuts");
    size_t len = strlen(c->path);

    if (!json_is_object(x))
        return bad(c, "cuts", T("wajib diisi (objek mid, high)", "is required (object mid, high)"));
    snprintf(c->path + len, sizeof(c->path) - len, "%scuts", len ? "." : "");
    if (get_fixed(c, x, "mid", 2, 0, 10000, INT64_MIN, &cuts->mid_bp) ||
        get_fixed(c, x, "high", 2, 0, 10000, INT64_MIN, &cuts->high_bp))
        return -1;
    c->path[len] = 0;
    return 0;
}

int policy_talent_parse(json_t *body, struct talent_policy *p, struct arena *a,
                        struct merit_error *err)
{
    struct pctx c = {a, err, ""};
    json_t *perf, *pot, *elig, *arr, *it;
    size_t i;
    int64_t v;
    int e = 0;
    const char *why;

    memset(p, 0, sizeof(*p));
    if (!json_is_object(body))
        return bad(&c, "", T("badan kebijakan harus objek JSON", "the body must be a JSON object"));
    perf = json_object_get(body, "performance");
    if (!json_is_object(perf))
        return bad(&c, "performance", T("wajib diisi (objek)", "is required (an object)"));
    snprintf(c.path, sizeof(c.path), "performance");
    if (get_fixed(&c, perf, "years", 0, 1, 10, 2, &v))
        return -1;
    p->perf.years = (int)v;
    if (parse_enum(&c, perf, "source", perf_source_names, perf_source_vals, 2, TALENT_PERF_RATING,
                   &e))
        return -1;
    p->perf.source = (enum talent_perf_source)e;
    if (parse_enum(&c, perf, "combine", combine_names, combine_vals, 3, TALENT_COMBINE_MEAN, &e))
        return -1;
    p->perf.combine = (enum talent_perf_combine)e;
    arr = json_object_get(perf, "map");
    if (!json_is_array(arr) || json_array_size(arr) == 0 || json_array_size(arr) > TALENT_MAX_MAP)
        return bad(&c, "map", T("harus daftar 1-8 nilai", "must list 1-8 values"));
    json_array_foreach(arr, i, it)
    {
        snprintf(c.path, sizeof(c.path), "performance.map[%zu]", i);
        if (!json_is_object(it))
            return bad(&c, "", T("harus objek", "must be an object"));
        if (get_str(&c, it, "code", 1, &p->perf.map[i].code) ||
            get_fixed(&c, it, "score", 2, 0, 10000, INT64_MIN, &p->perf.map[i].score_bp))
            return -1;
        p->perf.nmap++;
    }
    snprintf(c.path, sizeof(c.path), "performance");
    if (parse_cuts(&c, perf, &p->perf.cuts))
        return -1;

    pot = json_object_get(body, "potential");
    c.path[0] = 0;
    if (!json_is_object(pot))
        return bad(&c, "potential", T("wajib diisi (objek)", "is required (an object)"));
    arr = json_object_get(pot, "weights");
    snprintf(c.path, sizeof(c.path), "potential");
    if (!json_is_array(arr) || json_array_size(arr) == 0 ||
        json_array_size(arr) > TALENT_MAX_WEIGHTS)
        return bad(&c, "weights", T("harus daftar 1-8 komponen", "must list 1-8 components"));
    json_array_foreach(arr, i, it)
    {
        const char *name;
        int k;

        snprintf(c.path, sizeof(c.path), "potential.weights[%zu]", i);
        if (!json_is_object(it))
            return bad(&c, "", T("harus objek", "must be an object"));
        if (get_str(&c, it, "component", 1, &name) ||
            get_fixed(&c, it, "pct", 0, 1, 100, INT64_MIN, &v))
            return -1;
        for (k = 1; k < TALENT_C_COUNT; k++)
            if (strcmp(name, component_names[k]) == 0)
                break;
        if (k == TALENT_C_COUNT)
            return bad(&c, "component",
                       T("jpm, potential, qualification, track_record atau integrity",
                         "jpm, potential, qualification, track_record or integrity"));
        p->pot.weights[i] = (struct talent_weight){(enum talent_component)k, (int)v};
        p->pot.nweights++;
    }
    snprintf(c.path, sizeof(c.path), "potential");
    if (parse_cuts(&c, pot, &p->pot.cuts))
        return -1;

    elig = json_object_get(body, "eligibility");
    c.path[0] = 0;
    if (!json_is_object(elig))
        return bad(&c, "eligibility", T("wajib diisi (objek)", "is required (an object)"));
    snprintf(c.path, sizeof(c.path), "eligibility");
    if (get_fixed(&c, elig, "lookback_months", 0, 0, 120, 24, &v))
        return -1;
    p->elig.lookback_months = (int)v;
    arr = json_object_get(elig, "block");
    if (!json_is_array(arr))
        return bad(&c, "block", T("harus daftar tingkat hukuman", "must list sanction levels"));
    json_array_foreach(arr, i, it)
    {
        const char *lv = json_string_value(it);
        if (lv && strcmp(lv, "ringan") == 0)
            p->elig.block_ringan = 1;
        else if (lv && strcmp(lv, "sedang") == 0)
            p->elig.block_sedang = 1;
        else if (lv && strcmp(lv, "berat") == 0)
            p->elig.block_berat = 1;
        else
            return bad(&c, "block",
                       T("tingkat: ringan, sedang, berat", "levels: ringan, sedang, berat"));
    }
    c.path[0] = 0;
    if (get_fixed(&c, body, "pool_min_box", 0, 1, 9, 7, &v))
        return -1;
    p->pool_min_box = (int)v;
    /* policies stored before the forecast existed read with the default ages */
    it = json_object_get(body, "retirement");
    if (!it) {
        struct talent_policy dflt;
        talent_default(&dflt);
        p->nbup = dflt.nbup;
        memcpy(p->bup, dflt.bup, sizeof(dflt.bup));
        p->default_bup = dflt.default_bup;
        p->jpt_cap_years = dflt.jpt_cap_years;
    } else {
        json_t *by;
        snprintf(c.path, sizeof(c.path), "retirement");
        if (!json_is_object(it))
            return bad(&c, "", T("harus objek", "must be an object"));
        if (get_fixed(&c, it, "default", 0, 40, 75, 58, &v))
            return -1;
        p->default_bup = (int)v;
        by = json_object_get(it, "by_jenjang");
        if (by && (!json_is_array(by) || json_array_size(by) > TALENT_MAX_BUP))
            return bad(&c, "by_jenjang", T("harus daftar (maks. 16)", "must be a list (max 16)"));
        json_array_foreach(by, i, arr)
        {
            snprintf(c.path, sizeof(c.path), "retirement.by_jenjang[%zu]", i);
            if (!json_is_object(arr))
                return bad(&c, "", T("harus objek", "must be an object"));
            if (get_str(&c, arr, "jenjang", 1, &p->bup[i].jenjang) ||
                get_fixed(&c, arr, "age", 0, 40, 75, INT64_MIN, &v))
                return -1;
            p->bup[i].age = (int)v;
            p->nbup++;
        }
        c.path[0] = 0;
        if (get_fixed(&c, body, "jpt_cap_years", 0, 1, 10, 5, &v))
            return -1;
        p->jpt_cap_years = (int)v;
    }
    it = json_object_get(body, "readiness");
    {
        struct talent_policy dflt;
        talent_default(&dflt);
        p->ready = dflt.ready;
    }
    if (it) {
        snprintf(c.path, sizeof(c.path), "readiness");
        if (!json_is_object(it))
            return bad(&c, "", T("harus objek", "must be an object"));
        if (get_fixed(&c, it, "now_jpm", 2, 0, 10000, p->ready.now_jpm_bp, &p->ready.now_jpm_bp) ||
            get_fixed(&c, it, "soon_jpm", 2, 0, 10000, p->ready.soon_jpm_bp,
                      &p->ready.soon_jpm_bp) ||
            get_fixed(&c, it, "now_min_box", 0, 1, 9, p->ready.now_min_box, &v))
            return -1;
        p->ready.now_min_box = (int)v;
        if (get_fixed(&c, it, "slate_size", 0, 1, 50, p->ready.slate_size, &v))
            return -1;
        p->ready.slate_size = (int)v;
        c.path[0] = 0;
    }
    if (get_str(&c, body, "source", 0, &p->source))
        return -1;
    if (!p->source)
        p->source = "";
    if ((why = talent_check(p)) != NULL)
        return bad(&c, why,
                   T("tidak konsisten (urutan batas, bobot harus berjumlah 100)",
                     "is inconsistent (cut order, weights must add up to 100)"));
    return 0;
}

json_t *policy_talent_json(const struct talent_policy *p)
{
    json_t *o = json_object(), *perf = json_object(), *pot = json_object(), *elig = json_object(),
           *arr, *block = json_array();

    json_object_set_new(perf, "years", json_integer(p->perf.years));
    json_object_set_new(perf, "source", json_string(perf_source_names[p->perf.source - 1]));
    json_object_set_new(perf, "combine", json_string(combine_names[p->perf.combine - 1]));
    arr = json_array();
    for (size_t i = 0; i < p->perf.nmap; i++)
        json_array_append_new(arr, json_pack("{s:s, s:o}", "code", p->perf.map[i].code, "score",
                                             num_json(p->perf.map[i].score_bp, 2)));
    json_object_set_new(perf, "map", arr);
    json_object_set_new(perf, "cuts",
                        json_pack("{s:o, s:o}", "mid", num_json(p->perf.cuts.mid_bp, 2), "high",
                                  num_json(p->perf.cuts.high_bp, 2)));
    arr = json_array();
    for (size_t i = 0; i < p->pot.nweights; i++)
        json_array_append_new(arr, json_pack("{s:s, s:i}", "component",
                                             component_names[p->pot.weights[i].component], "pct",
                                             p->pot.weights[i].weight_pct));
    json_object_set_new(pot, "weights", arr);
    json_object_set_new(pot, "cuts",
                        json_pack("{s:o, s:o}", "mid", num_json(p->pot.cuts.mid_bp, 2), "high",
                                  num_json(p->pot.cuts.high_bp, 2)));
    json_object_set_new(elig, "lookback_months", json_integer(p->elig.lookback_months));
    if (p->elig.block_ringan)
        json_array_append_new(block, json_string("ringan"));
    if (p->elig.block_sedang)
        json_array_append_new(block, json_string("sedang"));
    if (p->elig.block_berat)
        json_array_append_new(block, json_string("berat"));
    json_object_set_new(elig, "block", block);
    json_object_set_new(o, "performance", perf);
    json_object_set_new(o, "potential", pot);
    json_object_set_new(o, "eligibility", elig);
    json_object_set_new(o, "pool_min_box", json_integer(p->pool_min_box));
    arr = json_array();
    for (size_t i = 0; i < p->nbup; i++)
        json_array_append_new(
            arr, json_pack("{s:s, s:i}", "jenjang", p->bup[i].jenjang, "age", p->bup[i].age));
    json_object_set_new(o, "retirement",
                        json_pack("{s:i, s:o}", "default", p->default_bup, "by_jenjang", arr));
    json_object_set_new(o, "jpt_cap_years", json_integer(p->jpt_cap_years));
    json_object_set_new(
        o, "readiness",
        json_pack("{s:o, s:i, s:o, s:i}", "now_jpm", num_json(p->ready.now_jpm_bp, 2),
                  "now_min_box", p->ready.now_min_box, "soon_jpm",
                  num_json(p->ready.soon_jpm_bp, 2), "slate_size", p->ready.slate_size));
    json_object_set_new(o, "source", json_string(p->source ? p->source : ""));
    return o;
}

/* ---- storage ---------------------------------------------------------- */

#define POLICY_COLS "id, version, kind, status, effective_from, name, body"

static int policy_from_row(struct db_stmt *st, struct policy **out, struct merit_error *err)
{
    struct policy *p = xcalloc(1, sizeof(*p));
    json_error_t je;

    arena_init(&p->arena, 4096);
    p->id = db_col_int64(st, 0);
    p->version = (int)db_col_int64(st, 1);
    snprintf(p->kind, sizeof(p->kind), "%s", db_col_text(st, 2));
    snprintf(p->status, sizeof(p->status), "%s", db_col_text(st, 3));
    snprintf(p->effective_from, sizeof(p->effective_from), "%.10s", db_col_text(st, 4));
    p->name = arena_strdup(&p->arena, db_col_text(st, 5));
    p->body = json_loads(db_col_text(st, 6), 0, &je);
    if (!p->body) {
        policy_free(p);
        return err_set(err, MERIT_EINTERNAL, "policy %d: stored body is not JSON: %s",
                       (int)db_col_int64(st, 1), je.text);
    }
    if ((strcmp(p->kind, "scoring") == 0 &&
         policy_scoring_parse(p->body, &p->scoring, &p->arena, err) != 0) ||
        (strcmp(p->kind, "talent") == 0 &&
         policy_talent_parse(p->body, &p->talent, &p->arena, err) != 0) ||
        (strcmp(p->kind, "rules") == 0 &&
         policy_rules_parse(p->body, &p->rules, &p->arena, err) != 0) ||
        (strcmp(p->kind, "committee") == 0 &&
         policy_committee_parse(p->body, &p->committee, &p->arena, err) != 0)) {
        policy_free(p);
        return -1;
    }
    *out = p;
    return 0;
}

static int policy_query(struct db *db, const char *sql, int64_t tenant, const char *arg,
                        const char *kind, struct policy **out, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db, sql, err);
    int rc = -1, step;

    *out = NULL;
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, arg);
    if (kind)
        db_bind_text(st, 3, kind);
    step = db_step(st, err);
    if (step == DB_ROW)
        rc = policy_from_row(st, out, err);
    else if (step == DB_DONE)
        err_set(err, MERIT_ENOTFOUND, "%s", T("kebijakan tidak ditemukan", "policy not found"));
    db_finalize(st);
    return rc;
}

int policy_load_kind(struct db *db, int64_t tenant, const char *kind, int version,
                     struct policy **out, struct merit_error *err)
{
    char v[24];

    snprintf(v, sizeof(v), "%d", version);
    if (policy_query(db,
                     "SELECT " POLICY_COLS " FROM policy WHERE tenant_id = $1 AND kind = $3"
                     " AND version = CAST($2 AS INTEGER)",
                     tenant, v, kind, out, err) != 0) {
        if (err->code == MERIT_ENOTFOUND)
            err_set(err, MERIT_ENOTFOUND, "%s %s %s %d", T("tidak ada kebijakan", "there is no"),
                    kind, T("versi", "policy version"), version);
        return -1;
    }
    return 0;
}

int policy_load(struct db *db, int64_t tenant, int version, struct policy **out,
                struct merit_error *err)
{
    return policy_load_kind(db, tenant, "scoring", version, out, err);
}

int policy_load_id(struct db *db, int64_t tenant, int64_t id, struct policy **out,
                   struct merit_error *err)
{
    char v[24];

    snprintf(v, sizeof(v), "%lld", (long long)id);
    return policy_query(db,
                        "SELECT " POLICY_COLS " FROM policy WHERE tenant_id = $1"
                        " AND id = CAST($2 AS BIGINT)",
                        tenant, v, NULL, out, err);
}

int policy_in_force_kind(struct db *db, int64_t tenant, const char *kind, const char *date,
                         struct policy **out, struct merit_error *err)
{
    if (policy_query(db,
                     "SELECT " POLICY_COLS " FROM policy WHERE tenant_id = $1 AND kind = $3"
                     " AND status = 'adopted' AND effective_from <= $2"
                     " ORDER BY effective_from DESC, version DESC LIMIT 1",
                     tenant, date, kind, out, err) != 0) {
        if (err->code == MERIT_ENOTFOUND)
            err_set(err, MERIT_ENOTFOUND, "%s %s %s %s", T("tidak ada kebijakan", "no adopted"),
                    kind, T("yang berlaku pada", "policy is in force on"), date);
        return -1;
    }
    return 0;
}

int policy_in_force(struct db *db, int64_t tenant, const char *date, struct policy **out,
                    struct merit_error *err)
{
    return policy_in_force_kind(db, tenant, "scoring", date, out, err);
}

void policy_free(struct policy *p)
{
    if (!p)
        return;
    json_decref(p->body);
    arena_free(&p->arena);
    free(p);
}

static int policy_insert(struct db *db, int64_t tenant, const char *kind, const char *name,
                         const char *eff, const char *status, const char *adopted_at, json_t *body,
                         int *version, struct merit_error *err)
{
    struct db_stmt *st = NULL;
    int64_t next = 0;
    char *text = NULL, t[24];
    int rc = -1;

    snprintf(t, sizeof(t), "%lld", (long long)tenant);
    if (db_query_int64(db,
                       "SELECT COALESCE(MAX(version), 0) + 1 FROM policy WHERE tenant_id = "
                       "CAST($1 AS BIGINT) AND kind = $2",
                       (const char *const[]){t, kind}, 2, &next, err) != 0)
        return -1;
    text = json_dumps(body, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    st = db_prepare(db,
                    "INSERT INTO policy (tenant_id, kind, version, name, effective_from, status,"
                    " body, adopted_at) VALUES ($1, $8, $2, $3, $4, $5, $6, $7)",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, next);
    db_bind_text(st, 3, name);
    db_bind_text(st, 4, eff);
    db_bind_text(st, 5, status);
    db_bind_text(st, 6, text);
    db_bind_text(st, 7, adopted_at);
    db_bind_text(st, 8, kind);
    if (db_step(st, err) != DB_DONE)
        goto out;
    *version = (int)next;
    rc = 0;
out:
    db_finalize(st);
    free(text);
    return rc;
}

static int ensure_kind(struct db *db, int64_t tenant, const char *kind, json_t *body,
                       struct merit_error *err)
{
    int64_t n = 0;
    int version;
    char t[24];

    snprintf(t, sizeof(t), "%lld", (long long)tenant);
    if (db_query_int64(db,
                       "SELECT COUNT(*) FROM policy WHERE tenant_id = CAST($1 AS BIGINT)"
                       " AND kind = $2",
                       (const char *const[]){t, kind}, 2, &n, err) != 0)
        return -1;
    if (n > 0)
        return 0;
    return policy_insert(db, tenant, kind, "Kebijakan bawaan merit (default)", "2019-01-01",
                         "adopted", "2019-01-01T00:00:00Z", body, &version, err);
}

int policy_ensure_default(struct db *db, int64_t tenant, struct merit_error *err)
{
    struct scoring_policy sp;
    struct talent_policy tp;
    struct rules_policy rp;
    struct committee_policy cp;
    json_t *a, *b, *c, *d;
    int rc;

    scoring_default(&sp);
    talent_default(&tp);
    memset(&rp, 0, sizeof(rp));
    rules_default(&rp.rs);
    a = policy_scoring_json(&sp);
    b = policy_talent_json(&tp);
    c = policy_rules_json(&rp);
    committee_default(&cp);
    d = policy_committee_json(&cp);
    rc = (ensure_kind(db, tenant, "scoring", a, err) || ensure_kind(db, tenant, "talent", b, err) ||
          ensure_kind(db, tenant, "rules", c, err) || ensure_kind(db, tenant, "committee", d, err))
             ? -1
             : 0;
    json_decref(a);
    json_decref(b);
    json_decref(c);
    json_decref(d);
    return rc;
}

int policy_add_draft_kind(struct db *db, int64_t tenant, const char *kind, const char *name,
                          const char *effective_from, json_t *body, int *version,
                          struct merit_error *err)
{
    struct scoring_policy sp;
    struct talent_policy tp;
    struct arena a;
    struct civil_date d;
    const char *why;
    json_t *norm;
    struct rules_policy rp;
    struct committee_policy cp;
    int rc, talent = strcmp(kind, "talent") == 0, rules = strcmp(kind, "rules") == 0;
    int committee = strcmp(kind, "committee") == 0;

    if (!talent && !rules && !committee && strcmp(kind, "scoring") != 0)
        return err_set_at(err, MERIT_EINVAL, 0, "kind", "%s",
                          T("jenis kebijakan: scoring, talent, rules atau committee",
                            "policy kind: scoring, talent, rules or committee"));
    /* ISO only: SQLite compares effective_from as text (policy_in_force) */
    if (!effective_from || strlen(effective_from) != 10 || effective_from[4] != '-' ||
        civil_parse(effective_from, 10, 0, &d, &why) != 0)
        return err_set_at(err, MERIT_EINVAL, 0, "effective_from", "%s: %s",
                          T("tanggal berlaku harus YYYY-MM-DD", "the effective date must be "
                                                                "YYYY-MM-DD"),
                          effective_from ? effective_from : "");
    arena_init(&a, 4096);
    if ((talent      ? policy_talent_parse(body, &tp, &a, err)
         : rules     ? policy_rules_parse(body, &rp, &a, err)
         : committee ? policy_committee_parse(body, &cp, &a, err)
                     : policy_scoring_parse(body, &sp, &a, err)) != 0) {
        arena_free(&a);
        return -1;
    }
    /* store the normalised form: defaults filled in, so what is adopted is what is read */
    norm = talent      ? policy_talent_json(&tp)
           : rules     ? policy_rules_json(&rp)
           : committee ? policy_committee_json(&cp)
                       : policy_scoring_json(&sp);
    rc = policy_insert(db, tenant, kind, name, effective_from, "draft", NULL, norm, version, err);
    json_decref(norm);
    arena_free(&a);
    return rc;
}

int policy_add_draft_kind_as(struct db *db, int64_t tenant, const char *kind, const char *name,
                             const char *effective_from, json_t *body, const char *actor,
                             int *version, struct merit_error *err)
{
    char obj[64], now[21];

    if (db_begin(db, err) != 0)
        return -1;
    if (policy_add_draft_kind(db, tenant, kind, name, effective_from, body, version, err) != 0)
        goto fail;
    snprintf(obj, sizeof(obj), "policy:%s/%d", kind, *version);
    {
        time_t t = time(NULL);
        struct tm tm;
        gmtime_r(&t, &tm);
        strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", &tm);
    }
    if (audit_append(db, tenant, now, actor ? actor : "operator", "policy.draft", obj, NULL,
                     "draft", name, err) != 0 ||
        db_commit(db, err) != 0)
        goto fail;
    return 0;
fail:
    db_rollback(db);
    return -1;
}

int policy_add_draft(struct db *db, int64_t tenant, const char *name, const char *effective_from,
                     json_t *body, int *version, struct merit_error *err)
{
    return policy_add_draft_kind(db, tenant, "scoring", name, effective_from, body, version, err);
}

int policy_adopt_kind(struct db *db, int64_t tenant, const char *kind, int version, const char *now,
                      struct merit_error *err)
{
    return policy_adopt_kind_as(db, tenant, kind, version, now, "operator", err);
}

int policy_adopt_kind_as(struct db *db, int64_t tenant, const char *kind, int version,
                         const char *now, const char *actor, struct merit_error *err)
{
    struct policy *p = NULL;
    struct db_stmt *st = NULL;
    int rc = -1;

    if (db_begin(db, err) != 0)
        return -1;
    if (policy_load_kind(db, tenant, kind, version, &p, err) != 0)
        goto out;
    if (strcmp(p->status, "adopted") == 0) {
        err_set(err, MERIT_ECONFLICT, "%s %d %s", T("kebijakan versi", "policy version"), version,
                T("sudah ditetapkan", "is already adopted"));
        goto out;
    }
    st = db_prepare(db, "UPDATE policy SET status = 'adopted', adopted_at = $1 WHERE id = $2", err);
    if (!st)
        goto out;
    db_bind_text(st, 1, now);
    db_bind_int64(st, 2, p->id);
    if (db_step(st, err) != DB_DONE)
        goto out;
    {
        char obj[64];
        snprintf(obj, sizeof(obj), "policy:%s/%d", kind, version);
        if (audit_append(db, tenant, now, actor ? actor : "operator", "policy.adopt", obj, "draft",
                         "adopted", p->name, err) != 0)
            goto out;
    }
    if (db_commit(db, err) != 0)
        goto out;
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    db_finalize(st);
    policy_free(p);
    return rc;
}

int policy_adopt(struct db *db, int64_t tenant, int version, const char *now,
                 struct merit_error *err)
{
    return policy_adopt_kind(db, tenant, "scoring", version, now, err);
}

int policy_list_json(struct db *db, int64_t tenant, const char *kind, json_t **out,
                     struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db,
                                    "SELECT version, status, effective_from,"
                                    " COALESCE(adopted_at, ''), name FROM policy"
                                    " WHERE tenant_id = $1 AND kind = $2 ORDER BY version",
                                    err);
    json_t *arr;
    int step;

    *out = NULL;
    if (!st)
        return -1;
    arr = json_array();
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, kind);
    while ((step = db_step(st, err)) == DB_ROW) {
        char eff[11];
        snprintf(eff, sizeof(eff), "%.10s", db_col_text(st, 2));
        json_array_append_new(
            arr, json_pack("{s:I, s:s, s:s, s:s, s:s}", "version", (json_int_t)db_col_int64(st, 0),
                           "status", db_col_text(st, 1), "effective_from", eff, "adopted_at",
                           db_col_text(st, 3), "name", db_col_text(st, 4)));
    }
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(arr);
        return -1;
    }
    *out = arr;
    return 0;
}
