#include "http/request.h"

#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/strtonum.h"

const char *http_request_param(const struct http_request *req, const char *name)
{
    return route_match_param(&req->match, name);
}

int http_query_parse(struct arena *a, const char *qs, size_t len, struct http_query *q,
                     struct merit_error *err)
{
    size_t i = 0, count = 1;

    q->items = NULL;
    q->n = 0;
    for (size_t k = 0; k < len; k++)
        count += qs[k] == '&';
    q->items = arena_alloc(a, count * sizeof(q->items[0]));
    while (i < len) {
        const char *piece = qs + i, *amp = memchr(piece, '&', len - i), *eq;
        size_t plen = amp ? (size_t)(amp - piece) : len - i;
        char *name, *value;

        i += plen + 1;
        if (plen == 0)
            continue;
        eq = memchr(piece, '=', plen);
        if (router_percent_decode(a, piece, eq ? (size_t)(eq - piece) : plen, 1, &name) != 0)
            return err_set(err, MERIT_EUSAGE, "%s",
                           T("parameter kueri dengan penyandian persen yang rusak",
                             "query parameter with broken percent-encoding"));
        if (name[0] == '\0')
            return err_set(err, MERIT_EUSAGE, "%s",
                           T("parameter kueri tanpa nama", "query parameter without a name"));
        if (router_percent_decode(a, eq ? eq + 1 : piece + plen,
                                  eq ? plen - (size_t)(eq - piece) - 1 : 0, 1, &value) != 0)
            return err_set_at(err, MERIT_EUSAGE, 0, name,
                              T("nilai parameter '%s' dengan penyandian persen yang rusak",
                                "value of parameter '%s' has broken percent-encoding"),
                              name);
        if (http_query_get(q, name))
            return err_set_at(err, MERIT_EUSAGE, 0, name,
                              T("parameter '%s' diberikan lebih dari sekali",
                                "parameter '%s' is given more than once"),
                              name);
        q->items[q->n].name = name;
        q->items[q->n].value = value;
        q->n++;
    }
    return 0;
}

int http_query_allow(const struct http_query *q, const char *const *allowed,
                     struct merit_error *err)
{
    for (size_t i = 0; i < q->n; i++) {
        const char *const *a = allowed;

        while (*a && strcmp(*a, q->items[i].name) != 0)
            a++;
        if (!*a)
            return err_set_at(err, MERIT_EUSAGE, 0, q->items[i].name,
                              T("parameter '%s' tidak dikenal", "unknown parameter '%s'"),
                              q->items[i].name);
    }
    return 0;
}

const char *http_query_get(const struct http_query *q, const char *name)
{
    for (size_t i = 0; i < q->n; i++) {
        if (strcmp(q->items[i].name, name) == 0)
            return q->items[i].value;
    }
    return NULL;
}

int http_query_text(const struct http_query *q, const char *name, size_t max, const char **out,
                    struct merit_error *err)
{
    const char *v = http_query_get(q, name);

    *out = v && *v ? v : NULL;
    if (v && strlen(v) > max)
        return err_set_at(
            err, MERIT_EUSAGE, 0, name,
            T("parameter '%s' lebih dari %zu bita", "parameter '%s' exceeds %zu bytes"), name, max);
    return 0;
}

int http_query_int(const struct http_query *q, const char *name, int64_t def, int64_t min,
                   int64_t max, int64_t *out, struct merit_error *err)
{
    const char *v = http_query_get(q, name);
    const char *why = NULL;

    if (!v) {
        *out = def;
        return 0;
    }
    if (strtonum_s(v, min, max, out, &why) != 0)
        return err_set_at(err, MERIT_EUSAGE, 0, name,
                          T("parameter '%s' harus bilangan bulat %lld..%lld",
                            "parameter '%s' must be an integer in %lld..%lld"),
                          name, (long long)min, (long long)max);
    return 0;
}

int http_query_bool(const struct http_query *q, const char *name, int *out, struct merit_error *err)
{
    const char *v = http_query_get(q, name);

    if (!v || !*v) {
        *out = -1;
    } else if (strcmp(v, "true") == 0 || strcmp(v, "1") == 0) {
        *out = 1;
    } else if (strcmp(v, "false") == 0 || strcmp(v, "0") == 0) {
        *out = 0;
    } else {
        return err_set_at(
            err, MERIT_EUSAGE, 0, name,
            T("parameter '%s' harus true atau false", "parameter '%s' must be true or false"),
            name);
    }
    return 0;
}

int http_query_enum(const struct http_query *q, const char *name, const char *const *values,
                    const char **out, struct merit_error *err)
{
    const char *v = http_query_get(q, name);
    char list[256];
    size_t len = 0;

    *out = NULL;
    if (!v || !*v)
        return 0;
    for (const char *const *p = values; *p; p++) {
        if (strcmp(*p, v) == 0) {
            *out = *p;
            return 0;
        }
    }
    list[0] = '\0';
    for (const char *const *p = values; *p && len < sizeof(list); p++) {
        int n = snprintf(list + len, sizeof(list) - len, "%s%s", len ? ", " : "", *p);
        if (n < 0)
            break;
        len += (size_t)n;
    }
    return err_set_at(
        err, MERIT_EUSAGE, 0, name,
        T("parameter '%s' harus salah satu dari: %s", "parameter '%s' must be one of: %s"), name,
        list);
}

int http_query_page(const struct http_query *q, int64_t *limit, int64_t *offset,
                    struct merit_error *err)
{
    if (http_query_int(q, "limit", HTTP_PAGE_LIMIT_DEFAULT, 1, HTTP_PAGE_LIMIT_MAX, limit, err) !=
        0)
        return -1;
    /* the upper bound only keeps OFFSET inside what both engines accept */
    return http_query_int(q, "offset", 0, 0, INT32_MAX, offset, err);
}

const char *http_request_cookie(const struct http_request *req, const char *name)
{
    const char *p = req->cookie;
    size_t nlen = strlen(name);

    while (p && *p) {
        const char *end = strchr(p, ';');
        size_t len = end ? (size_t)(end - p) : strlen(p);

        while (len && (*p == ' ' || *p == '\t')) {
            p++;
            len--;
        }
        if (len > nlen && memcmp(p, name, nlen) == 0 && p[nlen] == '=')
            return arena_strndup(req->arena, p + nlen + 1, len - nlen - 1);
        p = end ? end + 1 : NULL;
    }
    return NULL;
}

/*
 * One token of a spec, "name[!][:type]": the name, its length, whether it is
 * required and its type ("string" when none is given). Returns the position
 * after the token, or NULL at the end of the spec.
 */
struct spec_token {
    const char *name;
    size_t name_len;
    int required;
    char type[16];
};

static const char *spec_next(const char *p, struct spec_token *t)
{
    const char *e, *colon;
    size_t len;

    while (*p == ' ')
        p++;
    if (!*p)
        return NULL;
    e = strchr(p, ' ');
    len = e ? (size_t)(e - p) : strlen(p);
    colon = memchr(p, ':', len);
    t->name = p;
    t->name_len = colon ? (size_t)(colon - p) : len;
    t->required = t->name_len && p[t->name_len - 1] == '!';
    if (t->required)
        t->name_len--;
    if (colon)
        snprintf(t->type, sizeof(t->type), "%.*s", (int)(len - (size_t)(colon - p) - 1), colon + 1);
    else
        snprintf(t->type, sizeof(t->type), "string");
    return p + len;
}

int http_spec_each(const char *spec,
                   int (*fn)(void *ctx, const char *name, size_t name_len, int required,
                             const char *type),
                   void *ctx)
{
    struct spec_token t;
    const char *p = spec;

    while (p && (p = spec_next(p, &t)) != NULL) {
        if (fn(ctx, t.name, t.name_len, t.required, t.type) != 0)
            return -1;
    }
    return 0;
}

static int spec_find(const char *spec, const char *name, struct spec_token *out)
{
    const char *p = spec;
    size_t n = strlen(name);

    while (p && (p = spec_next(p, out)) != NULL) {
        if (out->name_len == n && memcmp(out->name, name, n) == 0)
            return 1;
    }
    return 0;
}

static int body_type_ok(const char *type, json_t *v)
{
    if (strcmp(type, "string") == 0)
        return json_is_string(v);
    if (strcmp(type, "integer") == 0)
        return json_is_integer(v);
    if (strcmp(type, "number") == 0)
        return json_is_number(v);
    if (strcmp(type, "boolean") == 0)
        return json_is_boolean(v);
    if (strcmp(type, "object") == 0)
        return json_is_object(v);
    if (strcmp(type, "array") == 0)
        return json_is_array(v);
    return 1; /* "any" */
}

int http_body_check(const char *spec, json_t *doc, struct merit_error *err)
{
    struct spec_token t;
    const char *key, *p = spec;
    json_t *v;

    if (!json_is_object(doc))
        return err_set(
            err, MERIT_EUSAGE, "%s",
            T("isi permintaan harus objek JSON", "the request body must be a JSON object"));
    json_object_foreach(doc, key, v)
    {
        if (!spec_find(spec, key, &t))
            return err_set_at(err, MERIT_EUSAGE, 0, key,
                              T("anggota '%s' tidak dikenal", "unknown member '%s'"), key);
        if (json_is_null(v) && !t.required)
            continue;
        if (!body_type_ok(t.type, v))
            return err_set_at(err, MERIT_EUSAGE, 0, key,
                              T("anggota '%s' harus bertipe %s", "member '%s' must be of type %s"),
                              key, t.type);
        if (json_is_string(v) && strlen(json_string_value(v)) > HTTP_BODY_STRING_MAX)
            return err_set_at(err, MERIT_EUSAGE, 0, key,
                              T("anggota '%s' lebih dari %d bita", "member '%s' exceeds %d bytes"),
                              key, HTTP_BODY_STRING_MAX);
    }
    while ((p = spec_next(p, &t)) != NULL) {
        char name[64];

        snprintf(name, sizeof(name), "%.*s", (int)t.name_len, t.name);
        if (t.required && (!(v = json_object_get(doc, name)) || json_is_null(v)))
            return err_set_at(err, MERIT_EUSAGE, 0, name,
                              T("anggota '%s' wajib diisi", "member '%s' is required"), name);
    }
    return 0;
}

int http_query_check(const struct http_query *q, const char *spec, struct merit_error *err)
{
    struct spec_token t;

    for (size_t i = 0; i < q->n; i++) {
        if (!spec || !spec_find(spec, q->items[i].name, &t))
            return err_set_at(err, MERIT_EUSAGE, 0, q->items[i].name,
                              T("parameter '%s' tidak dikenal", "unknown parameter '%s'"),
                              q->items[i].name);
    }
    return 0;
}

const char *http_body_str(const struct http_request *req, const char *name)
{
    return json_string_value(json_object_get(req->json, name));
}
