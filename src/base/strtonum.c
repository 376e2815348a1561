#include "base/strtonum.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int strtonum_n(const char *s, size_t len, int64_t min, int64_t max, int64_t *out, const char **why)
{
    int64_t v = 0;
    size_t i = 0;
    int neg = 0;
    const char *dummy;

    if (!why)
        why = &dummy;
    if (len == 0) {
        *why = "empty";
        return -1;
    }
    if (s[0] == '-' || s[0] == '+') {
        neg = s[0] == '-';
        i = 1;
        if (len == 1) {
            *why = "not a number";
            return -1;
        }
    }
    for (; i < len; i++) {
        int d;

        if (s[i] < '0' || s[i] > '9') {
            *why = "not a number";
            return -1;
        }
        d = s[i] - '0';
        /* accumulate negatively so INT64_MIN parses without overflow */
        if (v < (INT64_MIN + d) / 10) {
            *why = "too large";
            return -1;
        }
        v = v * 10 - d;
    }
    if (!neg) {
        if (v == INT64_MIN) {
            *why = "too large";
            return -1;
        }
        v = -v;
    }
    if (v < min) {
        *why = "too small";
        return -1;
    }
    if (v > max) {
        *why = "too large";
        return -1;
    }
    *out = v;
    return 0;
}

int strtonum_s(const char *s, int64_t min, int64_t max, int64_t *out, const char **why)
{
    return strtonum_n(s, strlen(s), min, max, out, why);
}

int strtodec_n(const char *s, size_t len, double min, double max, double *out, const char **why)
{
    char tmp[64];
    char *end;
    double v;
    const char *dummy;
    int seen_digit = 0, seen_sep = 0;

    if (!why)
        why = &dummy;
    if (len == 0) {
        *why = "empty";
        return -1;
    }
    if (len >= sizeof(tmp)) {
        *why = "too long";
        return -1;
    }
    for (size_t i = 0; i < len; i++) {
        char c = s[i];

        if (c >= '0' && c <= '9') {
            seen_digit = 1;
        } else if ((c == '.' || c == ',') && !seen_sep) {
            seen_sep = 1;
            c = '.';
        } else if (!(i == 0 && (c == '-' || c == '+'))) {
            *why = "not a number";
            return -1;
        }
        tmp[i] = c;
    }
    tmp[len] = '\0';
    if (!seen_digit) {
        *why = "not a number";
        return -1;
    }
    errno = 0;
    v = strtod(tmp, &end);
    if (errno || *end) {
        *why = "not a number";
        return -1;
    }
    if (v < min) {
        *why = "too small";
        return -1;
    }
    if (v > max) {
        *why = "too large";
        return -1;
    }
    *out = v;
    return 0;
}
