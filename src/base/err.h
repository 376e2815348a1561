/*
 * err.h - the one error enum of merit, and where it maps to exit codes and
 * HTTP statuses (in exactly one place each: err.c).
 *
 * Functions that can fail return an int status (0 = ok, -1 = failed) and fill
 * a caller-provided struct merit_error, which names the field and row when the
 * error is about input. The message is user-facing text (see i18n.h).
 */
#ifndef MERIT_BASE_ERR_H
#define MERIT_BASE_ERR_H

#include <stdarg.h>

enum merit_err {
    MERIT_OK = 0,
    MERIT_EINVAL,    /* bad input: a value, a row, an argument */
    MERIT_EUSAGE,    /* bad command line */
    MERIT_ENOTFOUND, /* a referenced object does not exist */
    MERIT_ECONFLICT, /* a uniqueness or state conflict */
    MERIT_EFORBIDDEN,
    MERIT_EAUTH,
    MERIT_EMETHOD, /* the operation exists, but not in this form (HTTP method) */
    MERIT_ELIMIT,  /* a size or count limit was hit */
    MERIT_EFORMAT, /* a file is not of the expected type or is corrupt */
    MERIT_EDB,     /* the database failed */
    MERIT_EBUSY,   /* the database is locked; try again */
    MERIT_EIO,     /* a file or socket failed */
    MERIT_ECONFIG,
    MERIT_EINTERNAL,
    MERIT_ERATE, /* too many attempts; wait and try again */
};

struct merit_error {
    enum merit_err code;
    long row;       /* 0 when not about a row */
    char field[64]; /* "" when not about a field */
    char msg[512];
};

void err_clear(struct merit_error *e);
/** Sets code and message; returns -1 so call sites can `return err_set(...)`. */
int err_set(struct merit_error *e, enum merit_err code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int err_vset(struct merit_error *e, enum merit_err code, const char *fmt, va_list ap);
/** Like err_set, also naming the row and field the error is about. */
int err_set_at(struct merit_error *e, enum merit_err code, long row, const char *field,
               const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/** Stable machine name, e.g. "invalid", "not_found". */
const char *err_name(enum merit_err code);
/** The process exit status for an error (sysexits.h values; documented in README). */
int err_exit_code(enum merit_err code);
/** The HTTP status for an error. */
int err_http_status(enum merit_err code);

#endif
