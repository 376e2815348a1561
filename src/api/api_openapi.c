/*
 * api_openapi.c - the OpenAPI 3.1 document, generated from the route table
 * so that no route can go undocumented: paths, path and query parameters,
 * request bodies (from the body specs the server enforces), who may call
 * each operation (x-merit-roles, x-merit-scope and the session security
 * requirement) and the one error shape.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "api/api.h"
#include "base/buf.h"
#include "base/xmalloc.h"
#include "domain/role.h"
#include "http/router.h"

static json_t *openapi_schema_of(const char *type)
{
    if (strcmp(type, "any") == 0)
        return json_object();
    return json_pack("{s:s}", "type", type);
}

struct spec_ctx {
    json_t *props;
    json_t *required;
    json_t *params;
    const char *produces; /* the route's */
};

static int openapi_body_member(void *ctx, const char *name, size_t len, int required,
                               const char *type)
{
    struct spec_ctx *c = ctx;
    char *n = xstrndup(name, len);

    json_object_set_new(c->props, n, openapi_schema_of(type));
    if (required)
        json_array_append_new(c->required, json_string(n));
    free(n);
    return 0;
}

static int openapi_query_param(void *ctx, const char *name, size_t len, int required,
                               const char *type)
{
    struct spec_ctx *c = ctx;
    char *n = xstrndup(name, len);
    json_t *p = json_pack("{s:s, s:s, s:b, s:o}", "name", n, "in", "query", "required", required,
                          "schema", openapi_schema_of(type));

    /* format is always a file format: a download (produces) or a list as a file */
    if (strcmp(n, "format") == 0) {
        json_object_set_new(json_object_get(p, "schema"), "enum",
                            json_pack("[s,s]", "csv", "xlsx"));
        if (!c->produces)
            json_object_set_new(
                p, "description",
                json_string("csv or xlsx: every matching row (limit and offset are ignored) as a "
                            "download named <resource>-<date>.<ext>; columns are the items' keys "
                            "(nested objects as parent.child, arrays as JSON text); an XLSX file "
                            "has a second sheet, Filter, with the parameters applied, who "
                            "exported and when (a CSV file is the table only)"));
    }
    json_array_append_new(c->params, p);
    free(n);
    return 0;
}

static int openapi_has_format(void *ctx, const char *name, size_t len, int required,
                              const char *type)
{
    (void)ctx;
    (void)required;
    (void)type;
    return len == 6 && memcmp(name, "format", 6) == 0;
}

/* "/api/v1/employees/:nip" -> "/api/v1/employees/{nip}", and the path parameters. */
static char *openapi_path(const char *pattern, json_t *params)
{
    struct buf b = BUF_INIT;
    const char *p = pattern;
    char *out;

    while (*p) {
        if (*p == ':') {
            const char *e = strchr(p, '/');
            size_t len = e ? (size_t)(e - p - 1) : strlen(p + 1);
            char *n = xstrndup(p + 1, len);

            buf_printf(&b, "{%s}", n);
            json_array_append_new(params,
                                  json_pack("{s:s, s:s, s:b, s:{s:s}}", "name", n, "in", "path",
                                            "required", 1, "schema", "type", "string"));
            free(n);
            p += len + 1;
        } else {
            buf_append(&b, p, 1);
            p++;
        }
    }
    out = xstrdup(b.data ? b.data : "/");
    buf_release(&b);
    return out;
}

static json_t *openapi_roles(unsigned roles)
{
    json_t *a = json_array();

    for (unsigned bit = 1; bit <= ROLE_ALL; bit <<= 1) {
        if (roles & bit)
            json_array_append_new(a, json_string(role_name(bit)));
    }
    return a;
}

static json_t *openapi_operation(const struct http_route *r, json_t *path_params)
{
    struct spec_ctx c;
    json_t *op = json_object(), *responses = json_object(), *ok;
    const char *seg = strncmp(r->pattern, "/api/v1/", 8) == 0 ? r->pattern + 8 : "service";
    const char *slash = strchr(seg, '/');
    char tag[48], opid[160];
    size_t k = 0;

    snprintf(tag, sizeof(tag), "%.*s", (int)(slash ? (size_t)(slash - seg) : strlen(seg)), seg);
    for (const char *p = r->method; *p && k + 1 < sizeof(opid); p++)
        opid[k++] = (char)(*p | 0x20);
    for (const char *p = r->pattern; *p && k + 1 < sizeof(opid); p++)
        opid[k++] = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ? *p : '_';
    opid[k] = '\0';
    json_object_set_new(op, "operationId", json_string(opid));
    json_object_set_new(op, "summary", json_string(r->summary));
    json_object_set_new(op, "tags", json_pack("[s]", tag));
    c.params = json_deep_copy(path_params);
    c.produces = r->produces;
    http_spec_each(r->query, openapi_query_param, &c);
    if (json_array_size(c.params))
        json_object_set_new(op, "parameters", c.params);
    else
        json_decref(c.params);
    if (r->body && strcmp(r->body, "@multipart") == 0) {
        json_object_set_new(op, "requestBody",
                            json_pack("{s:b, s:{s:{s:{s:s, s:[s], s:{s:{s:s, s:s}}}}}}", "required",
                                      1, "content", "multipart/form-data", "schema", "type",
                                      "object", "required", "file", "properties", "file", "type",
                                      "string", "contentMediaType", "application/octet-stream"));
    } else if (r->body) {
        json_t *schema;

        c.props = json_object();
        c.required = json_array();
        http_spec_each(r->body, openapi_body_member, &c);
        schema = json_pack("{s:s, s:o, s:b}", "type", "object", "properties", c.props,
                           "additionalProperties", 0);
        if (json_array_size(c.required))
            json_object_set_new(schema, "required", c.required);
        else
            json_decref(c.required);
        json_object_set_new(op, "requestBody",
                            json_pack("{s:b, s:{s:{s:o}}}", "required", 0, "content",
                                      "application/json", "schema", schema));
    }
    if (r->produces)
        ok = json_pack("{s:s, s:{s:{s:{s:s, s:s}}}}", "description", "the file", "content",
                       r->produces, "schema", "type", "string", "contentMediaType", r->produces);
    else
        ok = json_pack("{s:s, s:{s:{s:{s:s}}}}", "description", "success", "content",
                       "application/json", "schema", "type", "object");
    /* a list route declaring format answers a file when it is given (api_export_list.h) */
    if (!r->produces && r->query && http_spec_each(r->query, openapi_has_format, NULL) != 0) {
        json_t *content = json_object_get(ok, "content");

        json_object_set_new(ok, "description",
                            json_string("the list as JSON, or with format=csv|xlsx every "
                                        "matching row as a file (Content-Disposition attachment)"));
        json_object_set_new(content, "text/csv",
                            json_pack("{s:{s:s, s:s}}", "schema", "type", "string",
                                      "contentMediaType", "text/csv"));
        json_object_set_new(
            content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            json_pack("{s:{s:s, s:s}}", "schema", "type", "string", "contentMediaType",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }
    json_object_set_new(responses, strcmp(r->method, "POST") == 0 ? "2XX" : "200", ok);
    json_object_set_new(
        responses, "default",
        json_pack("{s:s, s:{s:{s:{s:s}}}}", "description", "an error: {code, message, field, row}",
                  "content", "application/json", "schema", "$ref", "#/components/schemas/Error"));
    json_object_set_new(op, "responses", responses);
    if (r->roles == PERM_PUBLIC) {
        json_object_set_new(op, "security", json_array());
    } else {
        json_object_set_new(op, "security", json_pack("[{s:[]}]", "session"));
        json_object_set_new(op, "x-merit-roles", openapi_roles(r->roles));
        if (r->scope)
            json_object_set_new(op, "x-merit-scope", json_string(r->scope));
    }
    return op;
}

json_t *api_openapi_doc(const struct http_route *routes, size_t n)
{
    json_t *paths = json_object(), *doc;

    for (size_t i = 0; i < n; i++) {
        json_t *pp = json_array(), *item;
        char *path = openapi_path(routes[i].pattern, pp);
        char method[16];
        size_t k;

        item = json_object_get(paths, path);
        if (!item) {
            item = json_object();
            json_object_set_new(paths, path, item);
        }
        for (k = 0; routes[i].method[k] && k + 1 < sizeof(method); k++)
            method[k] = (char)(routes[i].method[k] | 0x20);
        method[k] = '\0';
        json_object_set_new(item, method, openapi_operation(&routes[i], pp));
        json_decref(pp);
        free(path);
    }
    doc = json_pack(
        "{s:s, s:{s:s, s:s, s:s}, s:[{s:s}], s:o, s:{s:{s:{s:s, s:[s,s,s,s], s:{s:{s:s}, "
        "s:{s:s}, s:{s:[s,s]}, s:{s:[s,s]}}}}, s:{s:{s:s, s:s, s:s}}}}",
        "openapi", "3.1.0", "info", "title", "merit API", "version", MERIT_VERSION, "description",
        "Competency assessment and talent management for Indonesia's civil service. Sign in "
        "with POST /api/v1/auth/login; send the session cookie, and on every state-changing "
        "request the X-CSRF-Token header from the login answer.",
        "servers", "url", "/", "paths", paths, "components", "schemas", "Error", "type", "object",
        "required", "code", "message", "field", "row", "properties", "code", "type", "string",
        "message", "type", "string", "field", "type", "string", "null", "row", "type", "integer",
        "null", "securitySchemes", "session", "type", "apiKey", "in", "cookie", "name",
        API_SESSION_COOKIE);
    return doc;
}

static pthread_once_t openapi_once = PTHREAD_ONCE_INIT;
static char *openapi_text;

static void openapi_build(void)
{
    json_t *doc = api_openapi_doc(router_routes, router_nroutes);

    openapi_text = json_dumps(doc, JSON_COMPACT | JSON_SORT_KEYS);
    json_decref(doc);
}

int api_openapi(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    (void)req;
    pthread_once(&openapi_once, openapi_build);
    if (!openapi_text)
        return err_set(err, MERIT_EINTERNAL, "the OpenAPI document could not be built");
    http_response_bytes(res, 200, "application/json; charset=utf-8", NULL, xstrdup(openapi_text),
                        strlen(openapi_text));
    return 0;
}
