#include "base/err.h"

#include <stdio.h>
#include <string.h>
#include <sysexits.h>

void err_clear(struct merit_error *e)
{
    if (!e)
        return;
    e->code = MERIT_OK;
    e->row = 0;
    e->field[0] = '\0';
    e->msg[0] = '\0';
}

int err_vset(struct merit_error *e, enum merit_err code, const char *fmt, va_list ap)
{
    if (!e)
        return -1;
    e->code = code;
    vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
    return -1;
}

int err_set(struct merit_error *e, enum merit_err code, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    err_vset(e, code, fmt, ap);
    va_end(ap);
    return -1;
}

int err_set_at(struct merit_error *e, enum merit_err code, long row, const char *field,
               const char *fmt, ...)
{
    va_list ap;

    if (!e)
        return -1;
    va_start(ap, fmt);
    err_vset(e, code, fmt, ap);
    va_end(ap);
    e->row = row;
    snprintf(e->field, sizeof(e->field), "%s", field ? field : "");
    return -1;
}

static const struct {
    const char *name;
    int exit_code;
    int http;
} err_table[] = {
    [MERIT_OK] = {"ok", 0, 200},
    [MERIT_EINVAL] = {"invalid", EX_DATAERR, 422},
    [MERIT_EUSAGE] = {"usage", EX_USAGE, 400},
    [MERIT_ENOTFOUND] = {"not_found", EX_NOINPUT, 404},
    [MERIT_ECONFLICT] = {"conflict", EX_DATAERR, 409},
    [MERIT_EFORBIDDEN] = {"forbidden", EX_NOPERM, 403},
    [MERIT_EAUTH] = {"unauthenticated", EX_NOPERM, 401},
    [MERIT_EMETHOD] = {"method_not_allowed", EX_USAGE, 405},
    [MERIT_ELIMIT] = {"too_large", EX_DATAERR, 413},
    [MERIT_EFORMAT] = {"bad_format", EX_DATAERR, 415},
    [MERIT_EDB] = {"database", EX_UNAVAILABLE, 500},
    [MERIT_EBUSY] = {"busy", EX_TEMPFAIL, 503},
    [MERIT_EIO] = {"io", EX_IOERR, 500},
    [MERIT_ECONFIG] = {"config", EX_CONFIG, 500},
    [MERIT_EINTERNAL] = {"internal", EX_SOFTWARE, 500},
    [MERIT_ERATE] = {"too_many_requests", EX_TEMPFAIL, 429},
};

const char *err_name(enum merit_err code)
{
    if ((unsigned)code >= sizeof(err_table) / sizeof(err_table[0]))
        return "internal";
    return err_table[code].name;
}

int err_exit_code(enum merit_err code)
{
    if ((unsigned)code >= sizeof(err_table) / sizeof(err_table[0]))
        return EX_SOFTWARE;
    return err_table[code].exit_code;
}

int err_http_status(enum merit_err code)
{
    if ((unsigned)code >= sizeof(err_table) / sizeof(err_table[0]))
        return 500;
    return err_table[code].http;
}
