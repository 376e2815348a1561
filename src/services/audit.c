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

/* $1 tenant, $2 action, $3 object prefix, $4 actor, $5 from, $6 to ('' = any) */
#define AUDIT_WHERE                                                                                \
    " FROM audit WHERE tenant_id = $1 AND ($2 = '' OR action = $2)"                                \
    " AND ($3 = '' OR substr(object, 1, length($3)) = $3) AND ($4 = '' OR actor = $4)"             \
    " AND ($5 = '' OR at >= $5) AND ($6 = '' OR at < $6)"

static void audit_bind_filter(struct db_stmt *st, int64_t tenant, const struct audit_filter *f)
{
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, f->action ? f->action : "");
    db_bind_text(st, 3, f->object ? f->object : "");
    db_bind_text(st, 4, f->actor ? f->actor : "");
    db_bind_text(st, 5, f->from ? f->from : "");
    db_bind_text(st, 6, f->to ? f->to : "");
}

int audit_query(struct db *db, int64_t tenant, const struct audit_filter *f, json_t **out,
                int64_t *total, struct merit_error *err)
{
    struct db_stmt *st;
    json_t *arr;
    int step;

    *out = NULL;
    if (total) {
        st = db_prepare(db, "SELECT count(*)" AUDIT_WHERE, err);
        if (!st)
            return -1;
        audit_bind_filter(st, tenant, f);
        step = db_step(st, err);
        *total = step == DB_ROW ? db_col_int64(st, 0) : 0;
        db_finalize(st);
        if (step != DB_ROW)
            return -1;
    }
    st = db_prepare(db,
                    "SELECT seq, at, actor, action, object, before_value, after_value, reason,"
                    " hash" AUDIT_WHERE " ORDER BY seq DESC LIMIT $7 OFFSET $8",
                    err);
    if (!st)
        return -1;
    audit_bind_filter(st, tenant, f);
    db_bind_int64(st, 7, f->limit > 0 ? f->limit : 100);
    db_bind_int64(st, 8, f->offset > 0 ? f->offset : 0);
    arr = json_array();
    while ((step = db_step(st, err)) == DB_ROW) {
        json_t *o = json_pack("{s:I, s:s, s:s, s:s, s:s}", "seq", (json_int_t)db_col_int64(st, 0),
                              "at", db_col_text(st, 1), "actor", db_col_text(st, 2), "action",
                              db_col_text(st, 3), "object", db_col_text(st, 4));

        json_object_set_new(o, "before",
                            db_col_isnull(st, 5) ? json_null() : json_string(db_col_text(st, 5)));
        json_object_set_new(o, "after",
                            db_col_isnull(st, 6) ? json_null() : json_string(db_col_text(st, 6)));
        json_object_set_new(o, "reason",
                            db_col_isnull(st, 7) ? json_null() : json_string(db_col_text(st, 7)));
        json_object_set_new(o, "hash", json_string(db_col_text(st, 8)));
        json_array_append_new(arr, o);
    }
    db_finalize(st);
    if (step != DB_DONE) {
        json_decref(arr);
        return -1;
    }
    *out = arr;
    return 0;
}

int audit_list(struct db *db, int64_t tenant, const char *action, const char *object, long limit,
               json_t **out, struct merit_error *err)
{
    struct audit_filter f = {.action = action, .object = object, .limit = limit};

    return audit_query(db, tenant, &f, out, NULL, err);
}
