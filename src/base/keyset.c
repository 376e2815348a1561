#include "base/keyset.h"

#include "base/xmalloc.h"

/* 64-bit FNV-1a, then a murmur-style finaliser so that the low bits used as the slot index
 * depend on every byte */
static uint64_t keyset_hash(const unsigned char *p, size_t len, uint64_t seed)
{
    uint64_t h = 14695981039346656037ull ^ seed;

    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 1099511628211ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

void keyset_init(struct keyset *s)
{
    s->cap = 1024;
    s->count = 0;
    s->slots = xcalloc(s->cap, sizeof(*s->slots));
}

void keyset_free(struct keyset *s)
{
    free(s->slots);
    s->slots = NULL;
    s->cap = s->count = 0;
}

static struct keyset_slot *keyset_find(struct keyset *s, uint64_t h1, uint32_t h2)
{
    size_t mask = s->cap - 1, i = (size_t)h1 & mask;

    while (s->slots[i].row && (s->slots[i].h1 != h1 || s->slots[i].h2 != h2))
        i = (i + 1) & mask;
    return &s->slots[i];
}

int keyset_add(struct keyset *s, const void *key, size_t len, uint32_t row, uint32_t *first)
{
    uint64_t h1 = keyset_hash(key, len, 0);
    uint32_t h2 = (uint32_t)keyset_hash(key, len, 0x9e3779b97f4a7c15ull);
    struct keyset_slot *slot;

    /* load factor under 0.7: probes stay short and slots stay small */
    if ((s->count + 1) * 10 > s->cap * 7) {
        struct keyset_slot *old = s->slots;
        size_t oldcap = s->cap;

        s->cap *= 2;
        s->slots = xcalloc(s->cap, sizeof(*s->slots));
        for (size_t i = 0; i < oldcap; i++)
            if (old[i].row)
                *keyset_find(s, old[i].h1, old[i].h2) = old[i];
        free(old);
    }
    slot = keyset_find(s, h1, h2);
    if (slot->row) {
        if (first)
            *first = slot->row;
        return 0;
    }
    slot->h1 = h1;
    slot->h2 = h2;
    slot->row = row ? row : 1;
    s->count++;
    return 1;
}
