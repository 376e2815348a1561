/*
 * libFuzzer: what the server parses out of a request before a handler runs
 * (the path through the route table, the query string and its declared
 * parameters, the Cookie header, the JSON body against a body spec) must
 * not crash, leak or hang on any bytes. The input is split on the first
 * three NUL bytes: path, query, cookie, body.
 */
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "http/request.h"
#include "http/router.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *part[4] = {"", "", "", ""};
    size_t len[4] = {0, 0, 0, 0};
    char *copy = malloc(size + 1);
    struct arena a;
    struct route_match m;
    struct http_query q;
    struct http_request req;
    struct merit_error err;
    json_t *doc;
    size_t start = 0;
    int k = 0;

    if (!copy)
        return 0;
    memcpy(copy, data, size);
    copy[size] = '\0';
    for (size_t i = 0; i <= size && k < 4; i++) {
        if (i == size || (copy[i] == '\0' && k < 3)) {
            part[k] = copy + start;
            len[k] = i - start;
            k++;
            start = i + 1;
        }
    }
    arena_init(&a, 4096);
    err_clear(&err);
    (void)router_match(router_routes, router_nroutes, "GET", part[0], len[0], &a, &m);
    (void)router_match(router_routes, router_nroutes, "POST", part[0], len[0], &a, &m);
    if (http_query_parse(&a, part[1], len[1], &q, &err) == 0)
        (void)http_query_check(&q, "limit:integer offset:integer unit q sort", &err);
    memset(&req, 0, sizeof(req));
    req.arena = &a;
    req.cookie = part[2];
    (void)http_request_cookie(&req, "merit_session");
    doc = json_loadb(part[3], len[3], JSON_REJECT_DUPLICATES, NULL);
    if (doc) {
        (void)http_body_check("username!:string password!:string level:integer note:any", doc,
                              &err);
        json_decref(doc);
    }
    arena_free(&a);
    free(copy);
    return 0;
}
