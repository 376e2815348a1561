#include "base/arena.h"
#include "base/xmalloc.h"

#include <stdalign.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
    struct arena_block *next;
    size_t cap;
    size_t used;
    alignas(max_align_t) unsigned char mem[];
};

void arena_init(struct arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : 8192;
}

void *arena_alloc(struct arena *a, size_t n)
{
    const size_t align = alignof(max_align_t);
    struct arena_block *b = a->head;
    size_t need = (n + align - 1) & ~(align - 1);
    void *p;

    /* strings (arena_alloc_chars) may have left `used` unaligned */
    if (b)
        b->used = (b->used + align - 1) & ~(align - 1);
    if (!b || b->used > b->cap || b->cap - b->used < need) {
        size_t cap = need > a->block_size ? need : a->block_size;

        b = xmalloc(sizeof(*b) + cap);
        b->cap = cap;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    p = b->mem + b->used;
    b->used += need;
    memset(p, 0, n);
    return p;
}

/* Strings need no alignment; packing them matters when a map holds a million NIPs. */
static char *arena_alloc_chars(struct arena *a, size_t n)
{
    struct arena_block *b = a->head;
    char *p;

    if (!b || b->cap - b->used < n)
        return arena_alloc(a, n);
    p = (char *)b->mem + b->used;
    b->used += n;
    return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
    char *p = arena_alloc_chars(a, n + 1);

    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
    va_list ap;
    int n;
    char *p;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return arena_strdup(a, "");
    p = arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void arena_reset(struct arena *a)
{
    struct arena_block *b = a->head, *next;

    if (!b)
        return;
    /* the oldest block is last in the list; keep the newest (largest) one */
    next = b->next;
    b->next = NULL;
    b->used = 0;
    while (next) {
        struct arena_block *n2 = next->next;

        free(next);
        next = n2;
    }
}

void arena_free(struct arena *a)
{
    struct arena_block *b = a->head;

    while (b) {
        struct arena_block *next = b->next;

        free(b);
        b = next;
    }
    a->head = NULL;
}
