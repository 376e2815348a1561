/*
 * arena.h - bump allocator for memory that lives and dies together
 * (one HTTP request, one import row batch).
 *
 * Allocations are never freed one by one; arena_free releases everything.
 * arena_alloc never returns NULL (aborts on OOM like xmalloc).
 */
#ifndef MERIT_BASE_ARENA_H
#define MERIT_BASE_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
    struct arena_block *head;
    size_t block_size;
};

void arena_init(struct arena *a, size_t block_size);
/** Returns zeroed memory aligned for any type, owned by the arena. */
void *arena_alloc(struct arena *a, size_t n);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/** Keeps the first block for reuse and frees the rest. */
void arena_reset(struct arena *a);
void arena_free(struct arena *a);

#endif
