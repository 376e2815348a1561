/*
 * policy_rules.c - the move-legality rules as a versioned policy body:
 *   {"rules": [{"code", "enabled", "from", "until", "a", "b", "c", "citation", "approver"}],
 *    "calendar": {"candidate_determination", "term_end", "head_inaugurated"}}
 * Every rule of domain/rules.h appears once; dates are YYYY-MM-DD or "".
 */
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "services/policy.h"

static int rdate(json_t *o, const char *k, struct civil_date *d, const char *path,
                 struct merit_error *err)
{
    json_t *v = json_object_get(o, k);
    const char *s, *why;
    char f[64];

    memset(d, 0, sizeof(*d));
    if (!v || json_is_null(v))
        return 0;
    s = json_string_value(v);
    snprintf(f, sizeof(f), "%s.%s", path, k);
    if (!s)
        return policy_field_error(err, f, T("harus teks tanggal", "must be a date text"));
    if (!*s)
        return 0;
    if (strlen(s) != 10 || civil_parse(s, 10, 0, d, &why) != 0)
        return policy_field_error(err, f, T("tanggal YYYY-MM-DD", "a date YYYY-MM-DD"));
    return 0;
}

static json_t *date_json(struct civil_date d)
{
    char s[11];

    if (!d.y)
        return json_string("");
    civil_format(d, s);
    return json_string(s);
}

int policy_rules_parse(json_t *body, struct rules_policy *p, struct arena *a,
                       struct merit_error *err)
{
    json_t *arr = json_object_get(body, "rules"), *it, *cal;
    int seen[RULE_COUNT] = {0};
    size_t i;

    memset(p, 0, sizeof(*p));
    rules_default(&p->rs);
    if (!json_is_object(body))
        return policy_field_error(
            err, "", T("badan kebijakan harus objek JSON", "the body must be a JSON object"));
    if (!json_is_array(arr))
        return policy_field_error(err, "rules", T("harus daftar aturan", "must list the rules"));
    json_array_foreach(arr, i, it)
    {
        const char *code = json_string_value(json_object_get(it, "code"));
        char path[48];
        int id;
        struct rule_def *r;
        json_t *v;

        snprintf(path, sizeof(path), "rules[%zu]", i);
        for (id = 0; id < RULE_COUNT; id++)
            if (code && strcmp(code, rules_code((enum rule_id)id)) == 0)
                break;
        if (id == RULE_COUNT || seen[id]++) {
            char f[64];
            snprintf(f, sizeof(f), "%s.code", path);
            return policy_field_error(
                err, f,
                T("kode aturan tidak dikenal atau berulang", "unknown or repeated rule code"));
        }
        r = &p->rs.rule[id];
        v = json_object_get(it, "enabled");
        if (v)
            r->enabled = json_is_true(v);
        if (rdate(it, "from", &r->from, path, err) || rdate(it, "until", &r->until, path, err))
            return -1;
        for (int k = 0; k < 3; k++) {
            static const char *const names[3] = {"a", "b", "c"};
            int *dst = k == 0 ? &r->a : k == 1 ? &r->b : &r->c;
            v = json_object_get(it, names[k]);
            if (!v)
                continue;
            if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > 1000) {
                char f[64];
                snprintf(f, sizeof(f), "%s.%s", path, names[k]);
                return policy_field_error(err, f,
                                          T("bilangan bulat 0-1000", "a whole number 0-1000"));
            }
            *dst = (int)json_integer_value(v);
        }
        v = json_object_get(it, "citation");
        if (v) {
            if (!json_is_string(v) || !json_string_length(v)) {
                char f[64];
                snprintf(f, sizeof(f), "%s.citation", path);
                return policy_field_error(
                    err, f,
                    T("setiap aturan menyebut dasar hukumnya", "every rule names its legal basis"));
            }
            r->citation = arena_strdup(a, json_string_value(v));
        }
        v = json_object_get(it, "approver");
        if (v && json_is_string(v) && json_string_length(v))
            r->approver = arena_strdup(a, json_string_value(v));
    }
    cal = json_object_get(body, "calendar");
    if (cal &&
        (rdate(cal, "candidate_determination", &p->candidate_determination, "calendar", err) ||
         rdate(cal, "term_end", &p->term_end, "calendar", err) ||
         rdate(cal, "head_inaugurated", &p->head_inaugurated, "calendar", err)))
        return -1;
    return 0;
}

json_t *policy_rules_json(const struct rules_policy *p)
{
    json_t *o = json_object(), *arr = json_array();

    for (int id = 0; id < RULE_COUNT; id++) {
        const struct rule_def *r = &p->rs.rule[id];
        json_t *x =
            json_pack("{s:s, s:b}", "code", rules_code((enum rule_id)id), "enabled", r->enabled);
        json_object_set_new(x, "from", date_json(r->from));
        json_object_set_new(x, "until", date_json(r->until));
        json_object_set_new(x, "a", json_integer(r->a));
        json_object_set_new(x, "b", json_integer(r->b));
        json_object_set_new(x, "c", json_integer(r->c));
        json_object_set_new(x, "citation", json_string(r->citation ? r->citation : ""));
        json_object_set_new(x, "approver", json_string(r->approver ? r->approver : ""));
        json_array_append_new(arr, x);
    }
    json_object_set_new(o, "rules", arr);
    json_object_set_new(o, "calendar",
                        json_pack("{s:o, s:o, s:o}", "candidate_determination",
                                  date_json(p->candidate_determination), "term_end",
                                  date_json(p->term_end), "head_inaugurated",
                                  date_json(p->head_inaugurated)));
    return o;
}
