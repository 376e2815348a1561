/*
 * db_sqlite.c - the SQLite engine.
 *
 * Placeholders are written $1..$N everywhere; SQLite treats "$N" as a named
 * parameter and numbers named parameters by first appearance, so "$2 ... $1"
 * would swap values if bound by position. Every bind therefore looks the
 * index up by name.
 */
#include <inttypes.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/strtonum.h"
#include "base/xmalloc.h"
#include "db/db_internal.h"

/*
 * Prepared statements are kept per connection and handed out again for the
 * same SQL text: a server answers the same few queries over and over, and
 * preparing them was most of a request's time. A cached statement in use is
 * never handed out twice (a nested query of the same text gets a fresh
 * one); db_finalize returns it, reset and unbound.
 */
#define SQ_CACHE 96

struct sq_stmt;

struct sq_cached {
    uint64_t hash;
    char *sql;
    struct sq_stmt *st;
    int in_use;
};

struct sq_db {
    struct db base;
    sqlite3 *h;
    struct sq_cached cache[SQ_CACHE];
    int ncache;
    uint32_t own_writes; /* bumped by every statement of this connection that may write */
    sqlite3_stmt *copy_st;
    int *copy_idx; /* parameter index of $1..$ncols in copy_st */
    int copy_ncols;
};

struct sq_stmt {
    struct db_stmt base;
    sqlite3_stmt *st;
    int done; /* the last step returned DB_DONE or DB_ERROR */
    int64_t changes;
    /* pmap[N] is SQLite's index of "$N": computed once at prepare, because a name lookup per
     * bind showed up in the import profile */
    int *pmap;
    int npmap;
    struct sq_cached *cached; /* its cache slot, or NULL when finalize really finalizes */
};

static struct sq_db *sq_db(struct db *db)
{
    return (struct sq_db *)db;
}

static struct sq_stmt *sq_st(struct db_stmt *st)
{
    return (struct sq_stmt *)st;
}

static enum merit_err map_code(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return MERIT_EBUSY;
    case SQLITE_CONSTRAINT:
        return MERIT_ECONFLICT;
    default:
        return MERIT_EDB;
    }
}

static int sq_fail(sqlite3 *h, int rc, struct merit_error *err)
{
    enum merit_err code = map_code(rc);

    if (code == MERIT_EBUSY)
        return err_set(err, code,
                       T("basis data SQLite sedang dikunci proses lain; coba lagi (%s)",
                         "the SQLite database is locked by another process; try again (%s)"),
                       sqlite3_errmsg(h));
    return err_set(err, code, "SQLite: %s", sqlite3_errmsg(h));
}

static int bind_index(sqlite3_stmt *st, int idx)
{
    char name[16];

    snprintf(name, sizeof(name), "$%d", idx);
    return sqlite3_bind_parameter_index(st, name);
}

static void sq_map_params(struct sq_stmt *st)
{
    int count = sqlite3_bind_parameter_count(st->st);
    int64_t n, max = 0;

    for (int i = 1; i <= count; i++) {
        const char *name = sqlite3_bind_parameter_name(st->st, i);

        if (name && name[0] == '$' && strtonum_s(name + 1, 1, 32766, &n, NULL) == 0 && n > max)
            max = n;
    }
    st->npmap = (int)max + 1;
    st->pmap = xcalloc((size_t)st->npmap, sizeof(*st->pmap));
    for (int i = 1; i <= count; i++) {
        const char *name = sqlite3_bind_parameter_name(st->st, i);

        if (name && name[0] == '$' && strtonum_s(name + 1, 1, 32766, &n, NULL) == 0)
            st->pmap[n] = i;
    }
}

static int sq_param(struct sq_stmt *st, int idx)
{
    return idx > 0 && idx < st->npmap ? st->pmap[idx] : 0;
}

static void sq_close(struct db *db)
{
    struct sq_db *s = sq_db(db);

    for (int i = 0; i < s->ncache; i++) {
        sqlite3_finalize(s->cache[i].st->st);
        free(s->cache[i].st->pmap);
        free(s->cache[i].st);
        free(s->cache[i].sql);
    }
    sqlite3_finalize(s->copy_st);
    free(s->copy_idx);
    /* v2: a statement the caller forgot must not leak the handle forever */
    sqlite3_close_v2(s->h);
    free(s);
}

static int sq_exec(struct db *db, const char *sql, struct merit_error *err)
{
    struct sq_db *s = sq_db(db);
    char *msg = NULL;
    int rc = sqlite3_exec(s->h, sql, NULL, NULL, &msg);

    s->own_writes++; /* whatever it was: invalidating too often is only slower */
    if (rc != SQLITE_OK) {
        enum merit_err code = map_code(rc);

        err_set(err, code, "SQLite: %s", msg ? msg : sqlite3_errstr(rc));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static int sq_begin(struct db *db, struct merit_error *err)
{
    /* IMMEDIATE takes the write lock now: two deferred writers that both
     * read first would deadlock on the upgrade, and the busy timeout could
     * not help. */
    return sq_exec(db, "BEGIN IMMEDIATE", err);
}

static int sq_commit(struct db *db, struct merit_error *err)
{
    return sq_exec(db, "COMMIT", err);
}

static int sq_copy_end(struct db *db, struct merit_error *err);

static void sq_rollback(struct db *db)
{
    struct sq_db *s = sq_db(db);

    sq_copy_end(db, NULL);
    if (!sqlite3_get_autocommit(s->h))
        sqlite3_exec(s->h, "ROLLBACK", NULL, NULL, NULL);
}

static uint64_t sq_hash(const char *sql)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */

    for (const unsigned char *p = (const unsigned char *)sql; *p; p++)
        h = (h ^ *p) * 1099511628211ull;
    return h;
}

static struct db_stmt *sq_prepare(struct db *db, const char *sql, struct merit_error *err)
{
    struct sq_db *s = sq_db(db);
    struct sq_stmt *st;
    sqlite3_stmt *h = NULL;
    const char *tail = NULL;
    uint64_t hash = sq_hash(sql);
    int rc;

    for (int i = 0; i < s->ncache; i++) {
        struct sq_cached *c = &s->cache[i];

        if (c->hash == hash && !c->in_use && strcmp(c->sql, sql) == 0) {
            c->in_use = 1;
            c->st->done = 0;
            c->st->changes = 0;
            return &c->st->base;
        }
    }
    rc = sqlite3_prepare_v3(s->h, sql, -1, SQLITE_PREPARE_PERSISTENT, &h, &tail);
    if (rc != SQLITE_OK) {
        sq_fail(s->h, rc, err);
        return NULL;
    }
    if (!h) {
        err_set(err, MERIT_EINTERNAL, "db_prepare: empty SQL");
        return NULL;
    }
    while (tail &&
           (*tail == ' ' || *tail == '\n' || *tail == '\t' || *tail == '\r' || *tail == ';'))
        tail++;
    if (tail && *tail) {
        sqlite3_finalize(h);
        err_set(err, MERIT_EINTERNAL, "db_prepare: more than one statement in: %.200s", sql);
        return NULL;
    }
    st = xcalloc(1, sizeof(*st));
    st->base.db = db;
    st->st = h;
    sq_map_params(st);
    if (s->ncache < SQ_CACHE) {
        struct sq_cached *c = &s->cache[s->ncache++];

        c->hash = hash;
        c->sql = xstrdup(sql);
        c->st = st;
        c->in_use = 1;
        st->cached = c;
    }
    return &st->base;
}

static void sq_bind_textn(struct db_stmt *stmt, int idx, const char *v, size_t len)
{
    sqlite3_stmt *h = sq_st(stmt)->st;
    int i = sq_param(sq_st(stmt), idx);

    if (i <= 0)
        return;
    if (v)
        sqlite3_bind_text64(h, i, v, len, SQLITE_TRANSIENT, SQLITE_UTF8);
    else
        sqlite3_bind_null(h, i);
}

static void sq_bind_text_ref(struct db_stmt *stmt, int idx, const char *v, size_t len)
{
    int i = sq_param(sq_st(stmt), idx);

    if (i > 0)
        sqlite3_bind_text64(sq_st(stmt)->st, i, v, len, SQLITE_STATIC, SQLITE_UTF8);
}

static void sq_bind_int64(struct db_stmt *stmt, int idx, int64_t v)
{
    sqlite3_stmt *h = sq_st(stmt)->st;
    int i = sq_param(sq_st(stmt), idx);

    if (i > 0)
        sqlite3_bind_int64(h, i, v);
}

static void sq_bind_double(struct db_stmt *stmt, int idx, double v)
{
    sqlite3_stmt *h = sq_st(stmt)->st;
    int i = sq_param(sq_st(stmt), idx);

    if (i > 0)
        sqlite3_bind_double(h, i, v);
}

static int sq_step(struct db_stmt *stmt, struct merit_error *err)
{
    struct sq_stmt *st = sq_st(stmt);
    sqlite3 *h = sq_db(stmt->db)->h;
    int rc;

    /* sqlite3_step after DONE would silently run the statement again */
    if (st->done)
        return DB_DONE;
    rc = sqlite3_step(st->st);
    if (rc == SQLITE_ROW)
        return DB_ROW;
    st->done = 1;
    if (rc == SQLITE_DONE) {
        if (sqlite3_stmt_readonly(st->st)) {
            st->changes = 0;
        } else {
            st->changes = sqlite3_changes64(h);
            sq_db(stmt->db)->own_writes++;
        }
        return DB_DONE;
    }
    sq_fail(h, rc, err);
    /* clears the error state so the statement can be reset and rerun */
    sqlite3_reset(st->st);
    return DB_ERROR;
}

static int sq_column_count(struct db_stmt *st)
{
    return sqlite3_column_count(sq_st(st)->st);
}

static const char *sq_column_name(struct db_stmt *st, int col)
{
    return sqlite3_column_name(sq_st(st)->st, col);
}

static int sq_col_isnull(struct db_stmt *st, int col)
{
    return sqlite3_column_type(sq_st(st)->st, col) == SQLITE_NULL;
}

static const char *sq_col_text(struct db_stmt *st, int col)
{
    return (const char *)sqlite3_column_text(sq_st(st)->st, col);
}

static int64_t sq_col_int64(struct db_stmt *st, int col)
{
    return sqlite3_column_int64(sq_st(st)->st, col);
}

static double sq_col_double(struct db_stmt *st, int col)
{
    return sqlite3_column_double(sq_st(st)->st, col);
}

static int64_t sq_changes(struct db_stmt *st)
{
    return sq_st(st)->changes;
}

static void sq_reset(struct db_stmt *stmt)
{
    struct sq_stmt *st = sq_st(stmt);

    sqlite3_reset(st->st);
    st->done = 0;
}

static void sq_finalize(struct db_stmt *st)
{
    if (sq_st(st)->cached) {
        sqlite3_reset(sq_st(st)->st);
        sqlite3_clear_bindings(sq_st(st)->st);
        sq_st(st)->cached->in_use = 0;
        return;
    }
    sqlite3_finalize(sq_st(st)->st);
    free(sq_st(st)->pmap);
    free(st);
}

static int sq_copy_begin(struct db *db, const char *table, const char *const *cols, int ncols,
                         struct merit_error *err)
{
    struct sq_db *s = sq_db(db);
    struct buf sql = BUF_INIT;
    int rc;

    buf_printf(&sql, "INSERT INTO %s (", table);
    for (int i = 0; i < ncols; i++)
        buf_printf(&sql, "%s%s", i ? ", " : "", cols[i]);
    buf_puts(&sql, ") VALUES (");
    for (int i = 0; i < ncols; i++)
        buf_printf(&sql, "%s$%d", i ? ", " : "", i + 1);
    buf_puts(&sql, ")");
    rc = sqlite3_prepare_v3(s->h, sql.data, (int)sql.len, SQLITE_PREPARE_PERSISTENT, &s->copy_st,
                            NULL);
    buf_release(&sql);
    if (rc != SQLITE_OK) {
        sq_fail(s->h, rc, err);
        sqlite3_finalize(s->copy_st);
        s->copy_st = NULL;
        return -1;
    }
    s->copy_idx = xreallocarray(NULL, (size_t)ncols, sizeof(int));
    for (int i = 0; i < ncols; i++)
        s->copy_idx[i] = bind_index(s->copy_st, i + 1);
    s->copy_ncols = ncols;
    return 0;
}

static int sq_copy_row(struct db *db, const char *const *vals, struct merit_error *err)
{
    struct sq_db *s = sq_db(db);
    int rc;

    for (int i = 0; i < s->copy_ncols; i++) {
        /* STATIC is safe: the values are only read by the step below */
        if (vals[i])
            sqlite3_bind_text(s->copy_st, s->copy_idx[i], vals[i], -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(s->copy_st, s->copy_idx[i]);
    }
    rc = sqlite3_step(s->copy_st);
    sqlite3_reset(s->copy_st);
    if (rc != SQLITE_DONE)
        return sq_fail(s->h, rc, err);
    return 0;
}

/* Not through sq_exec: a read snapshot writes nothing, so it must not count as a write. */
static int sq_begin_read(struct db *db, struct merit_error *err)
{
    struct sq_db *s = sq_db(db);
    int rc = sqlite3_exec(s->h, "BEGIN DEFERRED", NULL, NULL, NULL);

    return rc == SQLITE_OK ? 0 : sq_fail(s->h, rc, err);
}

static void sq_end_read(struct db *db)
{
    struct sq_db *s = sq_db(db);

    if (!sqlite3_get_autocommit(s->h))
        sqlite3_exec(s->h, "ROLLBACK", NULL, NULL, NULL);
}

/*
 * PRAGMA data_version moves when another connection commits; this
 * connection's own writes are counted beside it.
 */
static int sq_data_version(struct db *db, uint64_t *out, struct merit_error *err)
{
    struct db_stmt *st = sq_prepare(db, "PRAGMA data_version", err);
    int rc;

    if (!st)
        return -1;
    rc = sq_step(st, err);
    if (rc == DB_ROW)
        *out = ((uint64_t)sqlite3_column_int64(sq_st(st)->st, 0) << 32) | sq_db(db)->own_writes;
    sq_finalize(st);
    return rc == DB_ROW ? 1 : -1;
}

static int sq_copy_end(struct db *db, struct merit_error *err)
{
    struct sq_db *s = sq_db(db);

    sqlite3_finalize(s->copy_st);
    s->copy_st = NULL;
    free(s->copy_idx);
    s->copy_idx = NULL;
    s->copy_ncols = 0;
    return 0;
}

static const struct db_ops sq_ops = {
    .engine = DB_ENGINE_SQLITE,
    .name = "sqlite",
    .close = sq_close,
    .exec = sq_exec,
    .begin = sq_begin,
    .commit = sq_commit,
    .rollback = sq_rollback,
    .prepare = sq_prepare,
    .bind_textn = sq_bind_textn,
    .bind_text_ref = sq_bind_text_ref,
    .bind_int64 = sq_bind_int64,
    .bind_double = sq_bind_double,
    .step = sq_step,
    .column_count = sq_column_count,
    .column_name = sq_column_name,
    .col_isnull = sq_col_isnull,
    .col_text = sq_col_text,
    .col_int64 = sq_col_int64,
    .col_double = sq_col_double,
    .changes = sq_changes,
    .reset = sq_reset,
    .finalize = sq_finalize,
    .copy_begin = sq_copy_begin,
    .copy_row = sq_copy_row,
    .copy_end = sq_copy_end,
    .data_version = sq_data_version,
    .begin_read = sq_begin_read,
    .end_read = sq_end_read,
};

/*
 * Switching to WAL needs an exclusive lock and SQLite reports BUSY for it
 * without calling the busy handler, so processes opening a new database at
 * the same moment (parallel `merit init`) retry here for up to the busy
 * timeout. Once a database is in WAL mode the setting sticks.
 */
static int set_wal(sqlite3 *h, struct merit_error *err)
{
    int rc = SQLITE_OK;

    for (int tries = 0; tries < 500; tries++) {
        rc = sqlite3_exec(h, "PRAGMA journal_mode=WAL", NULL, NULL, NULL);
        if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
            break;
        sqlite3_sleep(10);
    }
    if (rc != SQLITE_OK)
        return sq_fail(h, rc, err);
    return 0;
}

/*
 * SQLite's memory statistics take a process-wide lock on every allocation,
 * which worker threads on their own connections then queue on; merit reads
 * none of them. Must precede SQLite's initialisation.
 */
static void sq_global_config(void)
{
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int db_sqlite_open(const char *path, struct db **out, struct merit_error *err)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    struct sq_db *s;
    sqlite3 *h = NULL;
    int memory = strcmp(path, ":memory:") == 0;
    int rc;

    pthread_once(&once, sq_global_config);
    rc = sqlite3_open_v2(path, &h, SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                         NULL);
    if (rc != SQLITE_OK) {
        err_set(
            err, map_code(rc),
            T("tidak dapat membuka basis data SQLite %s: %s", "cannot open SQLite database %s: %s"),
            path, h ? sqlite3_errmsg(h) : sqlite3_errstr(rc));
        sqlite3_close_v2(h);
        return -1;
    }
    sqlite3_extended_result_codes(h, 1);
    sqlite3_busy_timeout(h, 5000);
    s = xcalloc(1, sizeof(*s));
    s->base.ops = &sq_ops;
    s->h = h;
    if ((!memory && set_wal(h, err) != 0) ||
        sq_exec(&s->base,
                "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=FILE",
                err) != 0) {
        char msg[sizeof(err->msg)];

        snprintf(msg, sizeof(msg), "%s", err->msg);
        err_set(
            err, err->code,
            T("tidak dapat membuka basis data SQLite %s: %s", "cannot open SQLite database %s: %s"),
            path, msg);
        sq_close(&s->base);
        return -1;
    }
    *out = &s->base;
    return 0;
}
