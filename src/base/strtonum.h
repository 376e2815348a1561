/*
 * strtonum.h - bounded number parsing (the OpenBSD strtonum idiom).
 *
 * Never use atoi/atol: they accept garbage and overflow silently.
 */
#ifndef MERIT_BASE_STRTONUM_H
#define MERIT_BASE_STRTONUM_H

#include <stddef.h>
#include <stdint.h>

/**
 * Parses the whole of s[0..len) as a base-10 integer in [min, max].
 * Leading/trailing spaces are not accepted. Returns 0 and sets *out on
 * success; returns -1 and sets *why to a short English reason otherwise.
 */
int strtonum_n(const char *s, size_t len, int64_t min, int64_t max, int64_t *out, const char **why);
/** Same, for a NUL-terminated string. */
int strtonum_s(const char *s, int64_t min, int64_t max, int64_t *out, const char **why);
/** Parses a decimal number (digits, optional '.' or ',' decimal separator). */
int strtodec_n(const char *s, size_t len, double min, double max, double *out, const char **why);

#endif
