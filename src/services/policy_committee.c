/*
 * policy_committee.c - the competency-test committee's components, weights,
 * recommendation bands and quorum as a versioned policy body:
 *   {"components": [{"code", "source": "members"|"records", "weight_pct"}],
 *    "bands": [{"min", "code", "label_id", "label_en"}], "quorum_pct", "source"}
 * Record components are computed by services/committee.c for the codes
 * kinerja, disiplin and jpm.
 */
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "services/policy.h"

static const char *cstr(json_t *o, const char *k, struct arena *a)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s && *s ? arena_strdup(a, s) : NULL;
}

int policy_committee_parse(json_t *body, struct committee_policy *p, struct arena *a,
                           struct merit_error *err)
{
    json_t *arr, *it;
    size_t i;
    const char *why;
    char f[64];

    memset(p, 0, sizeof(*p));
    if (!json_is_object(body))
        return policy_field_error(
            err, "", T("badan kebijakan harus objek JSON", "the body must be a JSON object"));
    arr = json_object_get(body, "components");
    if (!json_is_array(arr) || json_array_size(arr) == 0 ||
        json_array_size(arr) > COMMITTEE_MAX_COMPONENTS)
        return policy_field_error(err, "components",
                                  T("harus daftar 1-8 komponen", "must list 1-8 components"));
    json_array_foreach(arr, i, it)
    {
        const char *src = json_string_value(json_object_get(it, "source"));
        json_t *w = json_object_get(it, "weight_pct");
        struct committee_component *c = &p->comp[i];

        snprintf(f, sizeof(f), "components[%zu]", i);
        c->code = cstr(it, "code", a);
        c->source = src && strcmp(src, "members") == 0   ? COMMITTEE_BY_MEMBERS
                    : src && strcmp(src, "records") == 0 ? COMMITTEE_FROM_RECORDS
                                                         : 0;
        if (!c->code || !c->source || !json_is_integer(w))
            return policy_field_error(
                err, f,
                T("code, source (members|records) dan weight_pct wajib",
                  "code, source (members|records) and weight_pct are required"));
        if (c->source == COMMITTEE_FROM_RECORDS && strcmp(c->code, "kinerja") != 0 &&
            strcmp(c->code, "disiplin") != 0 && strcmp(c->code, "jpm") != 0)
            return policy_field_error(err, f,
                                      T("komponen dari catatan: kinerja, disiplin atau jpm",
                                        "record components: kinerja, disiplin or jpm"));
        c->weight_pct = (int)json_integer_value(w);
        p->ncomponents++;
    }
    arr = json_object_get(body, "bands");
    if (!json_is_array(arr) || json_array_size(arr) == 0 ||
        json_array_size(arr) > COMMITTEE_MAX_BANDS)
        return policy_field_error(err, "bands",
                                  T("harus daftar 1-6 rekomendasi", "must list 1-6 bands"));
    json_array_foreach(arr, i, it)
    {
        json_t *mn = json_object_get(it, "min");
        struct committee_band *b = &p->band[i];

        snprintf(f, sizeof(f), "bands[%zu]", i);
        b->code = cstr(it, "code", a);
        b->label_id = cstr(it, "label_id", a);
        b->label_en = cstr(it, "label_en", a);
        if (!b->code || !b->label_id || !b->label_en || !json_is_number(mn))
            return policy_field_error(err, f,
                                      T("min, code, label_id dan label_en wajib",
                                        "min, code, label_id and label_en are required"));
        b->min_bp = (int64_t)(json_number_value(mn) * 100 + 0.5);
        p->nbands++;
    }
    it = json_object_get(body, "quorum_pct");
    p->quorum_pct = json_is_integer(it) ? (int)json_integer_value(it) : 50;
    p->source = cstr(body, "source", a);
    if (!p->source)
        p->source = "";
    if ((why = committee_check(p)) != NULL)
        return policy_field_error(
            err, why,
            T("tidak konsisten (bobot harus berjumlah 100, batas menurun)",
              "is inconsistent (weights must add up to 100, bands decrease)"));
    return 0;
}

json_t *policy_committee_json(const struct committee_policy *p)
{
    json_t *o = json_object(), *arr = json_array();

    for (size_t i = 0; i < p->ncomponents; i++)
        json_array_append_new(
            arr, json_pack("{s:s, s:s, s:i}", "code", p->comp[i].code, "source",
                           p->comp[i].source == COMMITTEE_BY_MEMBERS ? "members" : "records",
                           "weight_pct", p->comp[i].weight_pct));
    json_object_set_new(o, "components", arr);
    arr = json_array();
    for (size_t i = 0; i < p->nbands; i++) {
        json_t *b = json_pack("{s:s, s:s, s:s}", "code", p->band[i].code, "label_id",
                              p->band[i].label_id, "label_en", p->band[i].label_en);
        json_object_set_new(b, "min",
                            p->band[i].min_bp % 100 ? json_real(p->band[i].min_bp / 100.0)
                                                    : json_integer(p->band[i].min_bp / 100));
        json_array_append_new(arr, b);
    }
    json_object_set_new(o, "bands", arr);
    json_object_set_new(o, "quorum_pct", json_integer(p->quorum_pct));
    json_object_set_new(o, "source", json_string(p->source ? p->source : ""));
    return o;
}
