/*
 * xmalloc.h - allocation wrappers that never return NULL.
 *
 * Out of memory is not a condition merit can recover from in a useful way, so
 * every allocation goes through these wrappers, which print a message and
 * abort. Call sites therefore carry no NULL checks. xcalloc and xreallocarray
 * check the multiplication for overflow.
 */
#ifndef MERIT_BASE_XMALLOC_H
#define MERIT_BASE_XMALLOC_H

#include <stddef.h>
#include <stdlib.h> /* free() pairs with every x*alloc */

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t nmemb, size_t size);
/** Returns a NUL-terminated copy of s; the caller frees it. */
char *xstrdup(const char *s);
/** Returns a NUL-terminated copy of the first n bytes of s; the caller frees it. */
char *xstrndup(const char *s, size_t n);

#endif
