/*
 * buf.h - growable byte buffer (modelled on git's strbuf).
 *
 * Invariants: after buf_init (or BUF_INIT), `data` is never NULL and is always
 * NUL-terminated at data[len]; embedded NULs are allowed. Mutators may move
 * `data`, so never keep pointers into it across a mutation. Allocation failure
 * aborts (see xmalloc.h).
 */
#ifndef MERIT_BASE_BUF_H
#define MERIT_BASE_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
    char *data;
    size_t len;
    size_t cap;
};

extern char buf_empty_[];
#define BUF_INIT                                                                                   \
    {                                                                                              \
        buf_empty_, 0, 0                                                                           \
    }

void buf_init(struct buf *b);
/** Frees the storage and leaves b empty and reusable. */
void buf_release(struct buf *b);
/** Truncates to zero length, keeping the storage. */
void buf_reset(struct buf *b);
void buf_grow(struct buf *b, size_t extra);
void buf_append(struct buf *b, const void *p, size_t n);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
/** Hands the malloc'd string to the caller (who frees it) and leaves b empty. */
char *buf_detach(struct buf *b, size_t *len);

#endif
