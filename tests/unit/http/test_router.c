/*
 * test_router.c - route matching, percent-decoding, query parsing and
 * validation, the error shape, and --listen parsing.
 */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "api/api.h"
#include "domain/role.h"
#include "base/arena.h"
#include "base/i18n.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"
#include "http/server.h"

static int h_list(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    return 0;
}
static int h_get(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    return 0;
}
static int h_put(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    return 0;
}
static int h_sub(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    return 0;
}
static int h_root(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    return 0;
}

static const struct http_route routes[] = {
    {"GET", "/", h_root, 0, NULL, NULL, NULL, NULL, "root"},
    {"GET", "/things", h_list, 0, NULL, NULL, NULL, NULL, "list"},
    {"GET", "/things/:id", h_get, 0, NULL, NULL, NULL, NULL, "get"},
    {"PUT", "/things/:id", h_put, 0, NULL, NULL, NULL, NULL, "put"},
    {"GET", "/things/:id/parts/:part", h_sub, 0, NULL, NULL, NULL, NULL, "sub"},
};
#define NROUTES (sizeof(routes) / sizeof(routes[0]))

static struct arena arena;

static void setup(void)
{
    arena_init(&arena, 1024);
    i18n_set(LANG_EN);
}

static void teardown(void)
{
    arena_free(&arena);
}

TestSuite(router, .init = setup, .fini = teardown);

static enum router_result match(const char *method, const char *path, struct route_match *m)
{
    return router_match(routes, NROUTES, method, path, strlen(path), &arena, m);
}

Test(router, literal_and_root)
{
    struct route_match m;

    cr_assert_eq(match("GET", "/things", &m), ROUTER_FOUND);
    cr_assert_eq(m.route->handler, h_list);
    cr_assert_eq(m.nparams, 0);
    cr_assert_eq(match("GET", "/", &m), ROUTER_FOUND);
    cr_assert_eq(m.route->handler, h_root);
}

Test(router, params_are_extracted)
{
    struct route_match m;

    cr_assert_eq(match("GET", "/things/42/parts/wheel", &m), ROUTER_FOUND);
    cr_assert_eq(m.route->handler, h_sub);
    cr_assert_eq(m.nparams, 2);
    cr_assert_str_eq(route_match_param(&m, "id"), "42");
    cr_assert_str_eq(route_match_param(&m, "part"), "wheel");
    cr_assert_null(route_match_param(&m, "missing"));
    cr_assert_null(route_match_param(&m, "i")); /* a prefix of a name is not the name */
}

Test(router, method_selects_route_with_same_pattern)
{
    struct route_match m;

    cr_assert_eq(match("PUT", "/things/7", &m), ROUTER_FOUND);
    cr_assert_eq(m.route->handler, h_put);
    cr_assert_eq(match("GET", "/things/7", &m), ROUTER_FOUND);
    cr_assert_eq(m.route->handler, h_get);
}

Test(router, head_is_served_by_get)
{
    struct route_match m;

    cr_assert_eq(match("HEAD", "/things", &m), ROUTER_FOUND);
    cr_assert_eq(m.route->handler, h_list);
}

Test(router, not_found_vs_method_not_allowed)
{
    struct route_match m;

    cr_assert_eq(match("GET", "/nothing", &m), ROUTER_NOT_FOUND);
    cr_assert_eq(match("GET", "/things/1/parts", &m), ROUTER_NOT_FOUND);
    cr_assert_eq(match("GET", "/things/1/parts/a/b", &m), ROUTER_NOT_FOUND);
    cr_assert_eq(match("DELETE", "/nothing", &m), ROUTER_NOT_FOUND);

    cr_assert_eq(match("POST", "/things", &m), ROUTER_METHOD_NOT_ALLOWED);
    cr_assert_str_eq(m.allow, "GET, HEAD");
    cr_assert_eq(match("DELETE", "/things/9", &m), ROUTER_METHOD_NOT_ALLOWED);
    cr_assert_str_eq(m.allow, "GET, HEAD, PUT");
}

Test(router, trailing_slash_is_strict)
{
    struct route_match m;

    cr_assert_eq(match("GET", "/things/", &m), ROUTER_NOT_FOUND);
    cr_assert_eq(match("GET", "/things/1/", &m), ROUTER_NOT_FOUND);
    cr_assert_eq(match("GET", "//things", &m), ROUTER_NOT_FOUND);
    cr_assert_eq(match("GET", "/things//parts/x", &m), ROUTER_NOT_FOUND);
    /* an empty segment never fills a parameter */
    cr_assert_eq(match("PUT", "/things/", &m), ROUTER_NOT_FOUND);
}

Test(router, params_are_percent_decoded)
{
    struct route_match m;

    cr_assert_eq(match("GET", "/things/19800101%20200501%2F1001", &m), ROUTER_FOUND);
    cr_assert_eq(m.route->handler, h_get, "an encoded slash stays inside its segment");
    cr_assert_str_eq(route_match_param(&m, "id"), "19800101 200501/1001");
    /* '+' is literal in a path (only query strings use it for a space) */
    cr_assert_eq(match("GET", "/things/a+b", &m), ROUTER_FOUND);
    cr_assert_str_eq(route_match_param(&m, "id"), "a+b");
    /* literal segments are compared decoded too */
    cr_assert_eq(match("GET", "/th%69ngs", &m), ROUTER_FOUND);
    cr_assert_eq(m.route->handler, h_list);
    cr_assert_eq(match("GET", "/things/%C3%A9", &m), ROUTER_FOUND);
    cr_assert_str_eq(route_match_param(&m, "id"), "\xC3\xA9");
}

Test(router, bad_paths)
{
    struct route_match m;
    char deep[200] = "";

    cr_assert_eq(match("GET", "/things/%zz", &m), ROUTER_BAD_PATH);
    cr_assert_eq(match("GET", "/things/%4", &m), ROUTER_BAD_PATH);
    cr_assert_eq(match("GET", "/things/%", &m), ROUTER_BAD_PATH);
    cr_assert_eq(match("GET", "/things/a%00b", &m), ROUTER_BAD_PATH);
    cr_assert_eq(match("GET", "things", &m), ROUTER_BAD_PATH);
    cr_assert_eq(router_match(routes, NROUTES, "GET", "", 0, &arena, &m), ROUTER_BAD_PATH);
    for (int i = 0; i < ROUTER_MAX_SEGMENTS + 1; i++)
        strcat(deep, "/x");
    cr_assert_eq(match("GET", deep, &m), ROUTER_BAD_PATH);
}

Test(router, percent_decode_query_mode)
{
    char *out;

    cr_assert_eq(router_percent_decode(&arena, "a+b%2Bc", 7, 1, &out), 0);
    cr_assert_str_eq(out, "a b+c");
    cr_assert_eq(router_percent_decode(&arena, "a+b", 3, 0, &out), 0);
    cr_assert_str_eq(out, "a+b");
    cr_assert_eq(router_percent_decode(&arena, "%41%62", 6, 0, &out), 0);
    cr_assert_str_eq(out, "Ab");
    cr_assert_eq(router_percent_decode(&arena, "", 0, 0, &out), 0);
    cr_assert_str_eq(out, "");
    cr_assert_eq(router_percent_decode(&arena, "%0", 2, 0, &out), -1);
    cr_assert_eq(router_percent_decode(&arena, "%g0", 3, 0, &out), -1);
}

static int spec_ok(void *ctx, const char *name, size_t len, int required, const char *type)
{
    static const char *const types[] = {"string", "integer", "number", "boolean",
                                        "object", "array",   "any"};

    (void)ctx;
    (void)required;
    if (len == 0 || len > 63)
        return -1;
    for (size_t i = 0; i < len; i++) {
        if (!((name[i] >= 'a' && name[i] <= 'z') || (name[i] >= '0' && name[i] <= '9') ||
              name[i] == '_'))
            return -1;
    }
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        if (strcmp(type, types[i]) == 0)
            return 0;
    }
    return -1;
}

/* The OpenAPI document is made from the table: every route is in it, with its summary. */
Test(router, openapi_documents_every_route)
{
    json_t *doc = api_openapi_doc(router_routes, router_nroutes);
    json_t *paths = json_object_get(doc, "paths");

    cr_assert_str_eq(json_string_value(json_object_get(doc, "openapi")), "3.1.0");
    for (size_t i = 0; i < router_nroutes; i++) {
        const struct http_route *r = &router_routes[i];
        char path[256], method[16];
        size_t k = 0;
        json_t *op;

        for (const char *p = r->pattern; *p && k + 3 < sizeof(path);) {
            if (*p == ':') {
                path[k++] = '{';
                p++;
                while (*p && *p != '/' && k + 2 < sizeof(path))
                    path[k++] = *p++;
                path[k++] = '}';
            } else {
                path[k++] = *p++;
            }
        }
        path[k] = '\0';
        for (k = 0; r->method[k]; k++)
            method[k] = (char)(r->method[k] | 0x20);
        method[k] = '\0';
        op = json_object_get(json_object_get(paths, path), method);
        cr_assert_not_null(op, "%s %s is not documented", r->method, r->pattern);
        cr_assert_str_eq(json_string_value(json_object_get(op, "summary")), r->summary);
        cr_assert_eq(json_array_size(json_object_get(op, "security")) == 0, r->roles == 0,
                     "%s %s security", r->method, r->pattern);
    }
    json_decref(doc);
}

Test(router, body_spec)
{
    struct merit_error err;
    json_t *d;

    err_clear(&err);
    d = json_pack("{s:s, s:i}", "name", "x", "level", 3);
    cr_assert_eq(http_body_check("name!:string level:integer", d, &err), 0);
    cr_assert_eq(http_body_check("name!:string level:string", d, &err), -1);
    cr_assert_str_eq(err.field, "level");
    cr_assert_eq(http_body_check("name!:string", d, &err), -1, "unknown member refused");
    cr_assert_str_eq(err.field, "level");
    cr_assert_eq(http_body_check("name:string level:integer reason!:string", d, &err), -1);
    cr_assert_str_eq(err.field, "reason");
    json_decref(d);
    d = json_pack("[i]", 1);
    cr_assert_eq(http_body_check("", d, &err), -1, "an array is not an object");
    json_decref(d);
    d = json_pack("{s:n}", "reason");
    cr_assert_eq(http_body_check("reason:string", d, &err), 0, "null = absent when optional");
    cr_assert_eq(http_body_check("reason!:string", d, &err), -1);
    json_decref(d);
}

Test(router, query_spec_and_cookies)
{
    struct merit_error err;
    struct http_query q;
    struct http_request req;
    const char *qs = "limit=5&unit=X";

    err_clear(&err);
    cr_assert_eq(http_query_parse(&arena, qs, strlen(qs), &q, &err), 0);
    cr_assert_eq(http_query_check(&q, "limit:integer offset:integer unit", &err), 0);
    cr_assert_eq(http_query_check(&q, "limit:integer", &err), -1);
    cr_assert_str_eq(err.field, "unit");
    cr_assert_eq(http_query_check(&q, NULL, &err), -1, "no spec: no parameter at all");
    memset(&req, 0, sizeof(req));
    req.arena = &arena;
    req.cookie = "a=1; merit_session=abc; merit_sessionx=no";
    cr_assert_str_eq(http_request_cookie(&req, "merit_session"), "abc");
    cr_assert_str_eq(http_request_cookie(&req, "a"), "1");
    cr_assert_null(http_request_cookie(&req, "merit"));
    req.cookie = NULL;
    cr_assert_null(http_request_cookie(&req, "a"));
}

Test(router, application_table)
{
    struct route_match m;
    const char *p = "/api/v1/employees/198001012005011001";

    for (size_t i = 0; i < router_nroutes; i++) {
        const struct http_route *r = &router_routes[i];

        cr_assert_not_null(r->handler, "%s %s", r->method, r->pattern);
        /* deny by default: only these few are open to the anonymous */
        if (r->roles == PERM_PUBLIC)
            cr_assert(strcmp(r->pattern, "/healthz") == 0 || strcmp(r->pattern, "/readyz") == 0 ||
                          strcmp(r->pattern, "/api/v1/openapi.json") == 0 ||
                          strcmp(r->pattern, "/api/v1/auth/login") == 0,
                      "%s %s is public", r->method, r->pattern);
        cr_assert_eq(r->roles & ~ROLE_ALL, 0u, "%s %s", r->method, r->pattern);
        /* a scoped role may only reach a route whose scope says what it sees */
        if ((r->roles & ROLE_SCOPED) && r->roles != PERM_SIGNED_IN)
            cr_assert(r->scope &&
                          (strcmp(r->scope, "assigned") == 0 ||
                           strcmp(r->scope, "committee") == 0 || strcmp(r->scope, "self") == 0),
                      "%s %s admits a scoped role without a scope", r->method, r->pattern);
        if (strcmp(r->method, "GET") != 0)
            cr_assert(r->body, "%s %s: a state change declares its body (\"\" for none)", r->method,
                      r->pattern);
        cr_assert_eq(http_spec_each(r->query, spec_ok, NULL), 0, "%s %s query", r->method,
                     r->pattern);
        if (!r->body || strcmp(r->body, "@multipart") != 0)
            cr_assert_eq(http_spec_each(r->body, spec_ok, NULL), 0, "%s %s body", r->method,
                         r->pattern);
        cr_assert(r->summary && *r->summary, "%s %s has no summary", r->method, r->pattern);
        cr_assert_eq(r->pattern[0], '/');
        for (size_t j = 0; j < i; j++)
            cr_assert(strcmp(r->method, router_routes[j].method) != 0 ||
                          strcmp(r->pattern, router_routes[j].pattern) != 0,
                      "duplicate route %s %s", r->method, r->pattern);
    }
    cr_assert_eq(router_match(router_routes, router_nroutes, "GET", p, strlen(p), &arena, &m),
                 ROUTER_FOUND);
    cr_assert_eq(m.route->handler, api_employees_get);
    cr_assert_str_eq(route_match_param(&m, "nip"), "198001012005011001");
    p = "/api/v1/employees";
    cr_assert_eq(router_match(router_routes, router_nroutes, "GET", p, strlen(p), &arena, &m),
                 ROUTER_FOUND);
    cr_assert_eq(m.route->handler, api_employees_list);
    p = "/healthz";
    cr_assert_eq(router_match(router_routes, router_nroutes, "DELETE", p, strlen(p), &arena, &m),
                 ROUTER_METHOD_NOT_ALLOWED);
    cr_assert_str_eq(m.allow, "GET, HEAD");
    p = "/api/v1/positions/JF%2FAHLI";
    cr_assert_eq(router_match(router_routes, router_nroutes, "GET", p, strlen(p), &arena, &m),
                 ROUTER_FOUND);
    cr_assert_eq(m.route->handler, api_positions_get);
    cr_assert_str_eq(route_match_param(&m, "code"), "JF/AHLI");
}

/* ---- query strings ---- */

static void parse_ok(const char *qs, struct http_query *q)
{
    struct merit_error err;

    err_clear(&err);
    cr_assert_eq(http_query_parse(&arena, qs, strlen(qs), q, &err), 0, "%s: %s", qs, err.msg);
}

static void parse_fails(const char *qs, const char *field)
{
    struct http_query q;
    struct merit_error err;

    err_clear(&err);
    cr_assert_eq(http_query_parse(&arena, qs, strlen(qs), &q, &err), -1, "%s", qs);
    cr_assert_eq(err.code, MERIT_EUSAGE);
    cr_assert_eq(err_http_status(err.code), 400);
    cr_assert_str_eq(err.field, field, "%s", qs);
}

Test(router, query_parse)
{
    struct http_query q;

    parse_ok("limit=10&q=Budi+S%C3%A9&flag&empty=&&", &q);
    cr_assert_eq(q.n, 4);
    cr_assert_str_eq(http_query_get(&q, "limit"), "10");
    cr_assert_str_eq(http_query_get(&q, "q"), "Budi S\xC3\xA9");
    cr_assert_str_eq(http_query_get(&q, "flag"), "");
    cr_assert_str_eq(http_query_get(&q, "empty"), "");
    cr_assert_null(http_query_get(&q, "other"));
    parse_ok("", &q);
    cr_assert_eq(q.n, 0);
    parse_ok("a=b=c", &q);
    cr_assert_str_eq(http_query_get(&q, "a"), "b=c");
    parse_ok("na%6De=x", &q);
    cr_assert_str_eq(http_query_get(&q, "name"), "x");
}

Test(router, query_parse_errors)
{
    parse_fails("limit=1&limit=2", "limit");
    parse_fails("q=%zz", "q");
    parse_fails("q=a%00", "q");
    parse_fails("=x", "");
    parse_fails("%zz=1", "");
}

Test(router, query_allow_is_deny_by_default)
{
    static const char *const allowed[] = {"limit", "offset", NULL};
    struct http_query q;
    struct merit_error err;

    parse_ok("limit=1&offset=2", &q);
    cr_assert_eq(http_query_allow(&q, allowed, &err), 0);
    parse_ok("limit=1&Limit=2", &q);
    err_clear(&err);
    cr_assert_eq(http_query_allow(&q, allowed, &err), -1);
    cr_assert_eq(err.code, MERIT_EUSAGE);
    cr_assert_str_eq(err.field, "Limit");
    cr_assert(strstr(err.msg, "Limit"));
}

Test(router, query_numbers)
{
    struct http_query q;
    struct merit_error err;
    int64_t v, limit, offset;

    parse_ok("n=42&neg=-3&bad=4x&big=99999999999999999999&sp=+1&empty=", &q);
    cr_assert_eq(http_query_int(&q, "n", 0, 0, 100, &v, &err), 0);
    cr_assert_eq(v, 42);
    cr_assert_eq(http_query_int(&q, "absent", 7, 0, 100, &v, &err), 0);
    cr_assert_eq(v, 7);
    const char *bad[] = {"neg", "bad", "big", "sp", "empty"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        err_clear(&err);
        cr_assert_eq(http_query_int(&q, bad[i], 0, 0, 100, &v, &err), -1, "%s", bad[i]);
        cr_assert_str_eq(err.field, bad[i]);
        cr_assert_eq(err_http_status(err.code), 400);
    }
    err_clear(&err);
    cr_assert_eq(http_query_int(&q, "n", 0, 0, 10, &v, &err), -1, "above max");

    parse_ok("", &q);
    cr_assert_eq(http_query_page(&q, &limit, &offset, &err), 0);
    cr_assert_eq(limit, HTTP_PAGE_LIMIT_DEFAULT);
    cr_assert_eq(offset, 0);
    parse_ok("limit=500&offset=1000", &q);
    cr_assert_eq(http_query_page(&q, &limit, &offset, &err), 0);
    cr_assert_eq(limit, 500);
    cr_assert_eq(offset, 1000);
    parse_ok("limit=501", &q);
    err_clear(&err);
    cr_assert_eq(http_query_page(&q, &limit, &offset, &err), -1);
    cr_assert_str_eq(err.field, "limit");
    parse_ok("limit=0", &q);
    cr_assert_eq(http_query_page(&q, &limit, &offset, &err), -1);
    parse_ok("offset=-1", &q);
    err_clear(&err);
    cr_assert_eq(http_query_page(&q, &limit, &offset, &err), -1);
    cr_assert_str_eq(err.field, "offset");
}

Test(router, query_bool_enum_text)
{
    static const char *const kinds[] = {"PNS", "PPPK", NULL};
    struct http_query q;
    struct merit_error err;
    const char *s;
    int b;

    parse_ok("t=true&f=0&x=yes&e=&k=PPPK&bad=pns&long=abcdef", &q);
    cr_assert_eq(http_query_bool(&q, "t", &b, &err), 0);
    cr_assert_eq(b, 1);
    cr_assert_eq(http_query_bool(&q, "f", &b, &err), 0);
    cr_assert_eq(b, 0);
    cr_assert_eq(http_query_bool(&q, "e", &b, &err), 0);
    cr_assert_eq(b, -1, "empty means absent");
    cr_assert_eq(http_query_bool(&q, "absent", &b, &err), 0);
    cr_assert_eq(b, -1);
    err_clear(&err);
    cr_assert_eq(http_query_bool(&q, "x", &b, &err), -1);
    cr_assert_str_eq(err.field, "x");

    cr_assert_eq(http_query_enum(&q, "k", kinds, &s, &err), 0);
    cr_assert_eq(s, kinds[1], "points into the value list");
    cr_assert_eq(http_query_enum(&q, "e", kinds, &s, &err), 0);
    cr_assert_null(s);
    err_clear(&err);
    cr_assert_eq(http_query_enum(&q, "bad", kinds, &s, &err), -1, "exact, case-sensitive");
    cr_assert_str_eq(err.field, "bad");
    cr_assert(strstr(err.msg, "PNS, PPPK"), "%s", err.msg);

    cr_assert_eq(http_query_text(&q, "long", 6, &s, &err), 0);
    cr_assert_str_eq(s, "abcdef");
    cr_assert_eq(http_query_text(&q, "e", 6, &s, &err), 0);
    cr_assert_null(s);
    err_clear(&err);
    cr_assert_eq(http_query_text(&q, "long", 5, &s, &err), -1);
    cr_assert_str_eq(err.field, "long");
}

/* ---- responses ---- */

static json_t *body_json(const struct http_response *res)
{
    json_error_t jerr;
    json_t *doc = json_loadb(res->body, res->body_len, 0, &jerr);

    cr_assert_not_null(doc, "not JSON: %s (%s)", res->body, jerr.text);
    return doc;
}

Test(router, error_shape)
{
    struct http_response res = {0};
    struct merit_error err;
    json_t *doc;

    err_clear(&err);
    err_set_at(&err, MERIT_EUSAGE, 0, "limit", "bad \"limit\"");
    http_response_error(&res, &err);
    cr_assert_eq(res.status, 400);
    doc = body_json(&res);
    cr_assert_str_eq(json_string_value(json_object_get(doc, "code")), "usage");
    cr_assert_str_eq(json_string_value(json_object_get(doc, "message")), "bad \"limit\"");
    cr_assert_str_eq(json_string_value(json_object_get(doc, "field")), "limit");
    cr_assert(json_is_null(json_object_get(doc, "row")));
    cr_assert_eq(json_object_size(doc), 4);
    json_decref(doc);

    err_clear(&err);
    err_set_at(&err, MERIT_EINVAL, 12, NULL, "row problem");
    http_response_error(&res, &err);
    cr_assert_eq(res.status, err_http_status(MERIT_EINVAL));
    doc = body_json(&res);
    cr_assert(json_is_null(json_object_get(doc, "field")));
    cr_assert_eq(json_integer_value(json_object_get(doc, "row")), 12);
    json_decref(doc);

    http_response_method_not_allowed(&res, "GET, HEAD");
    cr_assert_eq(res.status, 405);
    cr_assert_str_eq(res.allow, "GET, HEAD");
    doc = body_json(&res);
    cr_assert_str_eq(json_string_value(json_object_get(doc, "code")), "method_not_allowed");
    json_decref(doc);
    http_response_release(&res);
    cr_assert_null(res.body);
}

Test(router, json_strings_survive_bad_utf8)
{
    json_t *j = http_json_str("Caf\xE9 ok");

    cr_assert_not_null(j);
    cr_assert_str_eq(json_string_value(j), "Caf\xEF\xBF\xBD ok");
    json_decref(j);
    j = http_json_str(NULL);
    cr_assert(json_is_null(j));
    j = http_json_str("Rp\xC2\xA0"
                      "1");
    cr_assert_str_eq(json_string_value(j), "Rp\xC2\xA0"
                                           "1");
    json_decref(j);
}

/* ---- --listen ---- */

Test(router, listen_parse)
{
    struct merit_error err;
    char *host = NULL;
    uint16_t port = 1;

    cr_assert_eq(http_listen_parse("127.0.0.1:8080", &host, &port, &err), 0);
    cr_assert_str_eq(host, "127.0.0.1");
    cr_assert_eq(port, 8080);
    free(host);
    cr_assert_eq(http_listen_parse("[::1]:0", &host, &port, &err), 0);
    cr_assert_str_eq(host, "::1");
    cr_assert_eq(port, 0);
    free(host);
    cr_assert_eq(http_listen_parse(":9000", &host, &port, &err), 0);
    cr_assert_str_eq(host, "");
    cr_assert_eq(port, 9000);
    free(host);
    cr_assert_eq(http_listen_parse("localhost:65535", &host, &port, &err), 0);
    free(host);

    const char *bad[] = {"8080", "host:", "host:65536", "host:-1", "::1:80", "[::1]80", "h:8o"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        err_clear(&err);
        cr_assert_eq(http_listen_parse(bad[i], &host, &port, &err), -1, "%s", bad[i]);
        cr_assert_str_eq(err.field, "listen");
    }
}
