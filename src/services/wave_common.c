#include "services/wave_common.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "base/strtonum.h"
#include "services/audit.h"

int wc_wave_load(struct db *db, int64_t tenant, int64_t wave, struct wave_info *w,
                 struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db,
                                    "SELECT id, code, purpose, start_date, end_date, status, "
                                    "policy_id FROM wave WHERE tenant_id = $1 AND id = $2",
                                    err);
    int step, rc = -1;

    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, wave);
    step = db_step(st, err);
    if (step == DB_ROW) {
        memset(w, 0, sizeof(*w));
        w->id = db_col_int64(st, 0);
        snprintf(w->code, sizeof(w->code), "%s", db_col_text(st, 1));
        snprintf(w->purpose, sizeof(w->purpose), "%s", db_col_text(st, 2));
        snprintf(w->start_date, sizeof(w->start_date), "%.10s", db_col_text(st, 3));
        snprintf(w->end_date, sizeof(w->end_date), "%.10s", db_col_text(st, 4));
        snprintf(w->status, sizeof(w->status), "%s", db_col_text(st, 5));
        w->policy_id = db_col_int64(st, 6);
        rc = 0;
    } else if (step == DB_DONE) {
        err_set(err, MERIT_ENOTFOUND, "%s", T("gelombang tidak ditemukan", "wave not found"));
    }
    db_finalize(st);
    return rc;
}

int wc_wave_policy(struct db *db, int64_t tenant, int64_t wave, struct wave_info *w,
                   struct policy **p, struct merit_error *err)
{
    if (wc_wave_load(db, tenant, wave, w, err) != 0)
        return -1;
    return policy_load_id(db, tenant, w->policy_id, p, err);
}

int wc_wave_open(const struct wave_info *w, struct merit_error *err)
{
    if (strcmp(w->status, "final") == 0)
        return err_set(err, MERIT_ECONFLICT, "%s %s %s", T("gelombang", "wave"), w->code,
                       T("sudah final; hasil hanya dapat diubah dengan koreksi",
                         "is final; results change only through a correction"));
    return 0;
}

int wc_participant(struct db *db, int64_t tenant, int64_t wave, const char *nip, int64_t *id,
                   int64_t *employee, char status[16], struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db,
                                    "SELECT p.id, p.employee_id, p.status FROM participant p"
                                    " JOIN employee e ON e.id = p.employee_id"
                                    " WHERE p.tenant_id = $1 AND p.wave_id = $2 AND e.nip = $3",
                                    err);
    int step, rc = -1;

    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, wave);
    db_bind_text(st, 3, nip);
    step = db_step(st, err);
    if (step == DB_ROW) {
        *id = db_col_int64(st, 0);
        if (employee)
            *employee = db_col_int64(st, 1);
        if (status)
            snprintf(status, 16, "%s", db_col_text(st, 2));
        rc = 0;
    } else if (step == DB_DONE) {
        err_set(err, MERIT_ENOTFOUND, "%s %s %s", T("NIP", "NIP"), nip,
                T("bukan peserta gelombang ini", "is not a participant of this wave"));
        snprintf(err->field, sizeof(err->field), "nip");
    }
    db_finalize(st);
    return rc;
}

int wc_employee(struct db *db, int64_t tenant, const char *nip, int64_t *id,
                struct merit_error *err)
{
    struct db_stmt *st =
        db_prepare(db, "SELECT id FROM employee WHERE tenant_id = $1 AND nip = $2", err);
    int step, rc = -1;

    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, nip);
    step = db_step(st, err);
    if (step == DB_ROW) {
        *id = db_col_int64(st, 0);
        rc = 0;
    } else if (step == DB_DONE) {
        err_set(err, MERIT_ENOTFOUND, "%s %s %s", T("pegawai dengan NIP", "no employee with NIP"),
                nip, T("tidak ditemukan", "exists"));
        snprintf(err->field, sizeof(err->field), "nip");
    }
    db_finalize(st);
    return rc;
}

int wc_exec(struct db *db, const char *sql, struct merit_error *err, const char *types, ...)
{
    struct db_stmt *st = db_prepare(db, sql, err);
    va_list ap;
    int rc;

    if (!st)
        return -1;
    va_start(ap, types);
    for (int i = 0; types[i]; i++) {
        if (types[i] == 'i') {
            db_bind_int64(st, i + 1, va_arg(ap, int64_t));
        } else {
            const char *s = va_arg(ap, const char *);
            db_bind_text(st, i + 1, s);
        }
    }
    va_end(ap);
    rc = db_step(st, err) == DB_DONE ? 0 : -1;
    db_finalize(st);
    return rc;
}

int wc_level_parse(const char *s, int *tenths)
{
    const char *dot = strchr(s, '.');
    int64_t whole;
    const char *why;

    if (!dot)
        dot = strchr(s, ',');
    if (!dot) {
        if (strtonum_s(s, 1, 5, &whole, &why) != 0)
            return -1;
        *tenths = (int)whole * 10;
        return 0;
    }
    if (strtonum_n(s, (size_t)(dot - s), 1, 5, &whole, &why) != 0)
        return -1;
    if (strcmp(dot + 1, "0") == 0 || strcmp(dot + 1, "00") == 0)
        *tenths = (int)whole * 10;
    else if ((strcmp(dot + 1, "5") == 0 || strcmp(dot + 1, "50") == 0) && whole < 5)
        *tenths = (int)whole * 10 + 5;
    else
        return -1;
    return 0;
}

void wc_level_format(int tenths, char out[8])
{
    if (tenths < 0 || tenths > 99) {
        snprintf(out, 8, "?");
        return;
    }
    if (tenths % 10 == 0)
        snprintf(out, 8, "%d", (tenths / 10) % 10);
    else
        snprintf(out, 8, "%d.%d", (tenths / 10) % 10, tenths % 10);
}

void wc_today(char out[11])
{
    time_t t = time(NULL);
    struct tm tm;

    gmtime_r(&t, &tm);
    strftime(out, 11, "%Y-%m-%d", &tm);
}

void wc_now(char out[21])
{
    time_t t = time(NULL);
    struct tm tm;

    gmtime_r(&t, &tm);
    strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void wc_header_key(const char *s, char *out, size_t cap)
{
    size_t k = 0;

    for (; *s && k + 1 < cap; s++)
        if (isalnum((unsigned char)*s))
            out[k++] = (char)tolower((unsigned char)*s);
    out[k] = 0;
}

void wc_nip_clean(const char *in, char out[32])
{
    size_t k = 0;

    if (*in == '\'')
        in++;
    for (; *in && k < 31; in++)
        if (!isspace((unsigned char)*in))
            out[k++] = *in;
    out[k] = 0;
}

int wc_audit(struct db *db, int64_t tenant, const char *actor, const char *action,
             const char *wave_code, const char *suffix, const char *before, const char *after,
             const char *reason, struct merit_error *err)
{
    char obj[192], now[21];

    if (!actor)
        return 0;
    if (suffix && *suffix)
        snprintf(obj, sizeof(obj), "wave:%s/%s", wave_code, suffix);
    else
        snprintf(obj, sizeof(obj), "wave:%s", wave_code);
    wc_now(now);
    return audit_append(db, tenant, now, actor, action, obj, before, after, reason, err);
}
