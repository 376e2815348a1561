/*
 * keyset.h - a set of keys remembered only by a 96-bit hash, with a row
 * number each: "has this key been seen, and on which row?".
 *
 * An import checks a million keys for repeats; keeping only hashes makes the
 * set 16 bytes a key and spares a pointer chase per lookup. Two different keys
 * are taken for the same with probability about n^2 / 2^97 (1e-17 for a
 * million keys), which is far below any other failure in the system.
 */
#ifndef MERIT_BASE_KEYSET_H
#define MERIT_BASE_KEYSET_H

#include <stddef.h>
#include <stdint.h>

struct keyset_slot {
    uint64_t h1;
    uint32_t h2;
    uint32_t row; /* 0 = empty slot */
};

struct keyset {
    struct keyset_slot *slots;
    size_t cap; /* power of two */
    size_t count;
};

void keyset_init(struct keyset *s);
void keyset_free(struct keyset *s);
/**
 * Adds key with its row (row > 0). Returns 1 if it was new; 0 if it was there
 * already, with *first set to the row it was first added with.
 */
int keyset_add(struct keyset *s, const void *key, size_t len, uint32_t row, uint32_t *first);

#endif
