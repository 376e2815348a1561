#include "http/router.h"

#include <stdio.h>
#include <string.h>

#include "api/api.h"
#include "api/api_assessment.h"
#include "api/api_talent.h"
#include "api/api_io.h"
#include "api/api_dashboard.h"
#include "api/api_siasn.h"
#include "api/api_reports.h"
#include "domain/role.h"

/*
 * The route table: one row per route, the whole API. Adding an endpoint is
 * adding a row (and its handler in src/api/); the server, the guard, the
 * 404/405 logic and the OpenAPI document read nothing else. Each group of
 * rows lives in src/api/routes_GROUP.inc, one resource family per file.
 * Columns: method, pattern, handler, roles (PERM_* of domain/role.h),
 * scope, query, body, produces, summary (see router.h).
 */
const struct http_route router_routes[] = {
#include "api/routes_core.inc"
#include "api/routes_assessment.inc"
#include "api/routes_talent.inc"
#include "api/routes_io.inc"
#include "api/routes_dashboard.inc"
#include "api/routes_siasn.inc"
#include "api/routes_reports.inc"
};
const size_t router_nroutes = sizeof(router_routes) / sizeof(router_routes[0]);

static int router_hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int router_percent_decode(struct arena *a, const char *s, size_t len, int plus_is_space, char **out)
{
    char *d = arena_alloc(a, len + 1);
    size_t i, j = 0;

    for (i = 0; i < len; i++) {
        char c = s[i];

        if (c == '%') {
            int hi, lo;

            if (i + 2 >= len)
                return -1;
            hi = router_hexval(s[i + 1]);
            lo = router_hexval(s[i + 2]);
            if (hi < 0 || lo < 0 || (hi == 0 && lo == 0))
                return -1;
            d[j++] = (char)(hi * 16 + lo);
            i += 2;
        } else if (c == '+' && plus_is_space) {
            d[j++] = ' ';
        } else if (c == '\0') {
            return -1;
        } else {
            d[j++] = c;
        }
    }
    d[j] = '\0';
    *out = d;
    return 0;
}

/* Splits "/a/b%2Fc" into decoded segments {"a", "b/c"}; "/" has zero segments. */
static int router_split(struct arena *a, const char *path, size_t len, char **segs, int *nsegs)
{
    size_t i, start;
    int n = 0;

    if (len == 0 || path[0] != '/')
        return -1;
    if (len == 1) {
        *nsegs = 0;
        return 0;
    }
    start = 1;
    for (i = 1; i <= len; i++) {
        if (i < len && path[i] != '/')
            continue;
        if (n == ROUTER_MAX_SEGMENTS)
            return -1;
        if (router_percent_decode(a, path + start, i - start, 0, &segs[n]) != 0)
            return -1;
        n++;
        start = i + 1;
    }
    *nsegs = n;
    return 0;
}

/*
 * Matches decoded segments against one pattern. Fills params only on a full
 * match. An empty segment never matches (strict trailing-slash policy), not
 * even a parameter.
 */
static int router_match_pattern(const char *pattern, char **segs, int nsegs, struct route_match *m)
{
    const char *p = pattern;
    int i = 0, np = 0;
    struct route_param params[ROUTER_MAX_PARAMS];

    if (strcmp(pattern, "/") == 0)
        return nsegs == 0;
    while (*p == '/') {
        const char *s = p + 1, *e = strchr(s, '/');
        size_t len = e ? (size_t)(e - s) : strlen(s);

        if (i >= nsegs || segs[i][0] == '\0')
            return 0;
        if (s[0] == ':') {
            if (np == ROUTER_MAX_PARAMS)
                return 0;
            params[np].name = s + 1;
            params[np].name_len = len - 1;
            params[np].value = segs[i];
            np++;
        } else if (strlen(segs[i]) != len || memcmp(segs[i], s, len) != 0) {
            return 0;
        }
        i++;
        p = s + len;
    }
    if (i != nsegs)
        return 0;
    m->nparams = np;
    memcpy(m->params, params, sizeof(params[0]) * (size_t)np);
    return 1;
}

static void router_allow_add(char *allow, size_t cap, const char *method)
{
    size_t len = strlen(allow), mlen = strlen(method);
    const char *p = allow;

    /* skip duplicates: two routes may share a path and method in different tables */
    while ((p = strstr(p, method)) != NULL) {
        if ((p == allow || p[-1] == ' ') && (p[mlen] == ',' || p[mlen] == '\0'))
            return;
        p += mlen;
    }
    snprintf(allow + len, cap - len, "%s%s", len ? ", " : "", method);
}

enum router_result router_match(const struct http_route *routes, size_t n, const char *method,
                                const char *path, size_t path_len, struct arena *a,
                                struct route_match *m)
{
    char *segs[ROUTER_MAX_SEGMENTS];
    int nsegs = 0, path_known = 0;
    int is_head = strcmp(method, "HEAD") == 0;

    memset(m, 0, sizeof(*m));
    if (router_split(a, path, path_len, segs, &nsegs) != 0)
        return ROUTER_BAD_PATH;
    for (size_t i = 0; i < n; i++) {
        struct route_match tmp;

        memset(&tmp, 0, sizeof(tmp));
        if (!router_match_pattern(routes[i].pattern, segs, nsegs, &tmp))
            continue;
        if (strcmp(routes[i].method, method) == 0 ||
            (is_head && strcmp(routes[i].method, "GET") == 0)) {
            tmp.route = &routes[i];
            *m = tmp;
            return ROUTER_FOUND;
        }
        path_known = 1;
        router_allow_add(m->allow, sizeof(m->allow), routes[i].method);
        if (strcmp(routes[i].method, "GET") == 0)
            router_allow_add(m->allow, sizeof(m->allow), "HEAD");
    }
    return path_known ? ROUTER_METHOD_NOT_ALLOWED : ROUTER_NOT_FOUND;
}

const char *route_match_param(const struct route_match *m, const char *name)
{
    size_t len = strlen(name);

    for (int i = 0; i < m->nparams; i++) {
        if (m->params[i].name_len == len && memcmp(m->params[i].name, name, len) == 0)
            return m->params[i].value;
    }
    return NULL;
}
