/*
 * strmap.h - open-addressing hash map from a string key to an int64 value.
 *
 * Used where an import resolves codes (unit, position, NIP) to ids or spots
 * duplicate keys within a file. Keys are copied into the map's own arena, so
 * memory is one allocation per few thousand keys, and freed all at once.
 */
#ifndef MERIT_BASE_STRMAP_H
#define MERIT_BASE_STRMAP_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"

struct strmap_slot {
    const char *key; /* NULL = empty */
    uint32_t hash;
    uint32_t keylen;
    int64_t value;
};

struct strmap {
    struct strmap_slot *slots;
    size_t cap; /* power of two */
    size_t count;
    struct arena keys;
};

void strmap_init(struct strmap *m);
void strmap_free(struct strmap *m);
/** Returns 1 and sets *value when key is present, else 0. value may be NULL. */
int strmap_get(const struct strmap *m, const char *key, size_t len, int64_t *value);
/**
 * Inserts key -> value unless present. Returns 1 if inserted, 0 if the key
 * was already there (then *old, if not NULL, gets the existing value).
 */
int strmap_put(struct strmap *m, const char *key, size_t len, int64_t value, int64_t *old);
/** Inserts or overwrites. */
void strmap_set(struct strmap *m, const char *key, size_t len, int64_t value);

#endif
