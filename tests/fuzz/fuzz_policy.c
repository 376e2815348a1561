/*
 * libFuzzer: a scoring policy body (JSON) through policy_scoring_parse must
 * not crash, leak or hang; whatever it accepts must pass scoring_check and
 * survive a round trip through policy_scoring_json unchanged.
 */
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "services/policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct scoring_policy p, q;
    struct merit_error err;
    struct arena a, b;
    json_error_t je;
    json_t *body = json_loadb((const char *)data, size, 0, &je), *again;

    if (!body)
        return 0;
    arena_init(&a, 4096);
    arena_init(&b, 4096);
    if (policy_scoring_parse(body, &p, &a, &err) == 0) {
        if (scoring_check(&p) != NULL)
            abort();
        again = policy_scoring_json(&p);
        if (policy_scoring_parse(again, &q, &b, &err) != 0 || q.nscales != p.nscales ||
            q.cap != p.cap || q.ndev != p.ndev || q.nnorms != p.nnorms ||
            q.potential_standard != p.potential_standard)
            abort();
        json_decref(again);
    }
    json_decref(body);
    arena_free(&a);
    arena_free(&b);
    return 0;
}
