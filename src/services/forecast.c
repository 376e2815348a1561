/*
 * forecast.c - the vacancy forecast: positions whose holder retires (BUP
 * by the position's jenjang, from the NIP-checked birth date) or reaches
 * the JPT cap within a horizon, bucketed at 6, 12 and 24 months.
 */
#include <stdio.h>
#include <string.h>

#include "base/civil.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "domain/forecast.h"
#include "services/policy.h"
#include "services/succession.h"
#include "services/talent.h"

/* each key position falling vacant gets its succession slate from the talent period */
static int attach_slates(struct db *db, int64_t tenant, const char *period, json_t *arr,
                         struct merit_error *err)
{
    const char **codes = xcalloc(json_array_size(arr) + 1, sizeof(*codes));
    json_t *p, *sl = NULL, *s;
    size_t i, k, n = 0;
    int rc = -1;

    json_array_foreach(arr, i, p) if (json_is_true(json_object_get(p, "key"))) codes[n++] =
        json_string_value(json_object_get(p, "position"));
    if (n == 0) {
        free(codes);
        return 0;
    }
    if (succession_slates_for(db, tenant, period, codes, n, NULL, &sl, err) != 0)
        goto out;
    json_array_foreach(arr, i, p)
    {
        const char *code = json_string_value(json_object_get(p, "position"));
        if (!json_is_true(json_object_get(p, "key")))
            continue;
        json_array_foreach(json_object_get(sl, "slates"), k,
                           s) if (strcmp(json_string_value(json_object_get(s, "position")), code) ==
                                  0)
        {
            json_object_set(p, "slate", json_object_get(s, "candidates"));
            break;
        }
    }
    rc = 0;
out:
    json_decref(sl);
    free(codes);
    return rc;
}

int talent_forecast(struct db *db, int64_t tenant, const char *as_of, int months, int key_only,
                    const char *period, json_t **out, struct merit_error *err)
{
    struct policy *pol = NULL;
    struct db_stmt *st = NULL;
    struct civil_date today, until;
    json_t *arr = NULL, *o = NULL;
    long buckets[4] = {0}; /* overdue, <= 6, <= 12, <= 24 (or the horizon) */
    const char *why = NULL;
    int step, rc = -1;

    *out = NULL;
    if (months < 1 || months > 120)
        return err_set_at(err, MERIT_EINVAL, 0, "months", "%s", T("1-120 bulan", "1-120 months"));
    if (!as_of || civil_parse(as_of, strlen(as_of), 0, &today, &why) != 0)
        return err_set_at(err, MERIT_EINVAL, 0, "as_of", "%s", why ? why : "");
    until = civil_add_months(today, months);
    if (policy_in_force_kind(db, tenant, "talent", as_of, &pol, err) != 0)
        return -1;
    st = db_prepare(db,
                    "SELECT p.code, p.name, COALESCE(u.name, ''), p.jenjang_code, p.is_key,"
                    " e.nip, e.name, e.birth_date, COALESCE(CAST(e.tmt_pelantikan AS TEXT),"
                    " CAST(e.tmt_jabatan AS TEXT), ''),"
                    " rj.kind FROM employee e JOIN position p ON p.id = e.position_id"
                    " JOIN ref_jenjang rj ON rj.code = p.jenjang_code"
                    " LEFT JOIN unit u ON u.id = p.unit_id WHERE e.tenant_id = $1"
                    " AND ($2 = 0 OR p.is_key = 1) ORDER BY p.code, e.nip",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, key_only);
    arr = json_array();
    while ((step = db_step(st, err)) == DB_ROW) {
        const char *jenjang = db_col_text(st, 3), *bd = db_col_text(st, 7);
        const char *since = db_col_text(st, 8), *event = NULL;
        struct civil_date birth, s, ret, cap, when;
        char date[11];
        int m, b;

        if (civil_parse(bd, strlen(bd), 0, &birth, &why) != 0 ||
            forecast_retirement(birth, talent_bup_for(&pol->talent, jenjang), &ret) != 0)
            continue;
        when = ret;
        event = "retirement";
        /* the cap runs from the inauguration into the post (TMT jabatan when not recorded) */
        if (strcmp(db_col_text(st, 9), "jpt") == 0 && *since &&
            civil_parse(since, strlen(since), 0, &s, &why) == 0 &&
            forecast_jpt_cap(s, pol->talent.jpt_cap_years, &cap) == 0 && civil_cmp(cap, when) < 0) {
            when = cap;
            event = "jpt_cap";
        }
        if (civil_cmp(when, until) > 0)
            continue;
        m = forecast_months_between(today, when);
        b = civil_cmp(when, today) <= 0                         ? 0
            : civil_cmp(when, civil_add_months(today, 6)) <= 0  ? 1
            : civil_cmp(when, civil_add_months(today, 12)) <= 0 ? 2
                                                                : 3;
        buckets[b]++;
        civil_format(when, date);
        json_array_append_new(
            arr, json_pack("{s:s, s:s, s:s, s:s, s:b, s:s, s:s, s:s, s:s, s:i, s:s}", "position",
                           db_col_text(st, 0), "position_name", db_col_text(st, 1), "unit",
                           db_col_text(st, 2), "jenjang", jenjang, "key", (int)db_col_int64(st, 4),
                           "nip", db_col_text(st, 5), "name", db_col_text(st, 6), "event", event,
                           "date", date, "months", m, "bucket",
                           b == 0   ? "overdue"
                           : b == 1 ? "6"
                           : b == 2 ? "12"
                                    : "24"));
    }
    if (step != DB_DONE)
        goto out;
    db_finalize(st);
    st = NULL;
    if (period && attach_slates(db, tenant, period, arr, err) != 0)
        goto out;
    o = json_object();
    json_object_set_new(o, "as_of", json_string(as_of));
    json_object_set_new(o, "months", json_integer(months));
    json_object_set_new(o, "policy_version", json_integer(pol->version));
    json_object_set_new(o, "counts",
                        json_pack("{s:i, s:i, s:i, s:i}", "overdue", (int)buckets[0], "6",
                                  (int)buckets[1], "12", (int)buckets[2], "24", (int)buckets[3]));
    json_object_set_new(o, "positions", arr);
    arr = NULL;
    *out = o;
    rc = 0;
out:
    db_finalize(st);
    json_decref(arr);
    policy_free(pol);
    return rc;
}
