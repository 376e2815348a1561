#include "services/audit.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/i18n.h"

#define AUDIT_GENESIS "0000000000000000000000000000000000000000000000000000000000000000"

/* the hash input: every field length-prefixed, so no two entries serialise alike */
static void audit_hash(int64_t tenant, const char *at, const char *actor, const char *action,
                       const char *object, const char *before, const char *after,
                       const char *reason, const char *prev, char out[65])
{
    const char *f[8] = {at, actor, action, object, before, after, reason, prev};
    unsigned char h[crypto_hash_sha256_BYTES];
    struct buf b = BUF_INIT;

    buf_printf(&b, "merit-audit-1|%lld", (long long)tenant);
    for (int i = 0; i < 8; i++) {
        if (!f[i])
            buf_puts(&b, "|-");
        else
            buf_printf(&b, "|%zu:%s", strlen(f[i]), f[i]);
    }
    crypto_hash_sha256(h, (const unsigned char *)b.data, b.len);
    sodium_bin2hex(out, 65, h, sizeof(h));
    buf_release(&b);
}

static int last_hash(struct db *db, int64_t tenant, char out[65], struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db, "SELECT hash FROM audit WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1", err);
    int step;

    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    step = db_step(st, err);
    snprintf(out, 65, "%s", step == DB_ROW ? db_col_text(st, 0) : AUDIT_GENESIS);
    db_finalize(st);
    return step == DB_ERROR ? -1 : 0;
}

int audit_append(struct db *db, int64_t tenant, const char *at, const char *actor,
                 const char *action, const char *object, const char *before, const char *after,
                 const char *reason, struct merit_error *err)
{
    char prev[65], hash[65];
    struct db_stmt *st;
    int rc = -1;

    if (sodium_init() < 0)
        return err_set(err, MERIT_EINTERNAL, "audit: libsodium failed to initialise");
    if (last_hash(db, tenant, prev, err) != 0)
        return -1;
    audit_hash(tenant, at, actor, action, object, before, after, reason, prev, hash);
    st = db_prepare(db,
                    "INSERT INTO audit (tenant_id, at, actor, action, object, before_value,"
                    " after_value, reason, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7,"
                    " $8, $9, $10)",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, at);
    db_bind_text(st, 3, actor);
    db_bind_text(st, 4, action);
    db_bind_text(st, 5, object);
    db_bind_text(st, 6, before);
    db_bind_text(st, 7, after);
    db_bind_text(st, 8, reason);
    db_bind_text(st, 9, prev);
    db_bind_text(st, 10, hash);
    if (db_step(st, err) == DB_DONE)
        rc = 0;
    db_finalize(st);
    return rc;
}

static const char *col(struct db_stmt *st, int i)
{
    return db_col_isnull(st, i) ? NULL : db_col_text(st, i);
}

int audit_verify(struct db *db, int64_t tenant, long *entries, int64_t *broken_seq,
                 const char **why, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db,
                                    "SELECT seq, at, actor, action, object, before_value,"
                                    " after_value, reason, prev_hash, hash FROM audit"
                                    " WHERE tenant_id = $1 ORDER BY seq",
                                    err);
    char prev[65] = AUDIT_GENESIS, h[65];
    int step;

    *entries = 0;
    *broken_seq = 0;
    *why = NULL;
    if (!st)
        return -1;
    if (sodium_init() < 0) {
        db_finalize(st);
        return err_set(err, MERIT_EINTERNAL, "audit: libsodium failed to initialise");
    }
    db_bind_int64(st, 1, tenant);
    while ((step = db_step(st, err)) == DB_ROW) {
        (*entries)++;
        if (*broken_seq)
            continue;
        /* a deleted or moved entry: this one no longer follows the one before it */
        if (strcmp(db_col_text(st, 8), prev) != 0) {
            *broken_seq = db_col_int64(st, 0);
            *why = "prev";
            continue;
        }
        audit_hash(tenant, col(st, 1), col(st, 2), col(st, 3), col(st, 4), col(st, 5), col(st, 6),
                   col(st, 7), prev, h);
        if (strcmp(h, db_col_text(st, 9)) != 0) {
            *broken_seq = db_col_int64(st, 0);
            *why = "hash";
            continue;
        }
        snprintf(prev, sizeof(prev), "%s", h);
    }
    db_finalize(st);
    return step == DB_DONE ? 0 : -1;
}

int audit_list(struct db *db, int64_t tenant, const char *action, const char *object, long limit,
               json_t **out, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT seq, at, actor, action, object, COALESCE(before_value, ''),"
        " COALESCE(after_value, ''), COALESCE(reason, ''), hash FROM audit WHERE tenant_id = $1"
        " AND ($2 = '' OR action = $2) AND ($3 = '' OR substr(object, 1, length($3)) = $3)"
        " ORDER BY seq DESC LIMIT $4",
        err);
    json_t *arr;
    int step;

    *out = NULL;
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, action ? action : "");
    db_bind_text(st, 3, object ? object : "");
    db_bind_int64(st, 4, limit > 0 ? limit : 100);
    arr = json_array();
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(arr,
                              json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "seq",
                                        (json_int_t)db_col_int64(st, 0), "at", db_col_text(st, 1),
                                        "actor", db_col_text(st, 2), "action", db_col_text(st, 3),
                                        "object", db_col_text(st, 4), "before", db_col_text(st, 5),
                                        "after", db_col_text(st, 6), "reason", db_col_text(st, 7),
                                        "hash", db_col_text(st, 8)));
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(arr);
        return -1;
    }
    *out = arr;
    return 0;
}
