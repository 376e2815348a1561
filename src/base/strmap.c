#include "base/strmap.h"

#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"

/* FNV-1a with a murmur-style finaliser, so the low bits used as the slot index depend on every
 * byte of keys that share long prefixes (NIPs, unit codes) */
static uint32_t strmap_hash(const char *s, size_t len)
{
    uint64_t h = 14695981039346656037ull;

    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return (uint32_t)h;
}

void strmap_init(struct strmap *m)
{
    m->cap = 64;
    m->count = 0;
    m->slots = xcalloc(m->cap, sizeof(*m->slots));
    arena_init(&m->keys, 64 * 1024);
}

void strmap_free(struct strmap *m)
{
    free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
    arena_free(&m->keys);
}

static struct strmap_slot *strmap_find(const struct strmap *m, const char *key, size_t len,
                                       uint32_t h)
{
    size_t mask = m->cap - 1, i = h & mask;

    for (;;) {
        struct strmap_slot *s = &m->slots[i];

        if (!s->key || (s->hash == h && s->keylen == len && memcmp(s->key, key, len) == 0))
            return s;
        i = (i + 1) & mask;
    }
}

static void strmap_grow(struct strmap *m)
{
    struct strmap_slot *old = m->slots;
    size_t oldcap = m->cap;

    m->cap *= 2;
    m->slots = xcalloc(m->cap, sizeof(*m->slots));
    for (size_t i = 0; i < oldcap; i++) {
        if (old[i].key) {
            struct strmap_slot *s = strmap_find(m, old[i].key, old[i].keylen, old[i].hash);
            *s = old[i];
        }
    }
    free(old);
}

int strmap_get(const struct strmap *m, const char *key, size_t len, int64_t *value)
{
    struct strmap_slot *s = strmap_find(m, key, len, strmap_hash(key, len));

    if (!s->key)
        return 0;
    if (value)
        *value = s->value;
    return 1;
}

int strmap_put(struct strmap *m, const char *key, size_t len, int64_t value, int64_t *old)
{
    uint32_t h = strmap_hash(key, len);
    struct strmap_slot *s;

    /* keep the load factor under 0.5 so probes stay short */
    if ((m->count + 1) * 2 > m->cap)
        strmap_grow(m);
    s = strmap_find(m, key, len, h);
    if (s->key) {
        if (old)
            *old = s->value;
        return 0;
    }
    s->key = arena_strndup(&m->keys, key, len);
    s->keylen = (uint32_t)len;
    s->hash = h;
    s->value = value;
    m->count++;
    return 1;
}

void strmap_set(struct strmap *m, const char *key, size_t len, int64_t value)
{
    if (!strmap_put(m, key, len, value, NULL))
        strmap_find(m, key, len, strmap_hash(key, len))->value = value;
}
