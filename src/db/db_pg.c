/*
 * db_pg.c - the PostgreSQL engine (libpq).
 *
 * Statements are server-side prepared under per-connection names ("m1",
 * "m2", ...), so any number can be open at once. Results are streamed with
 * single-row mode; the protocol allows only one query in flight, so the
 * statement being iterated is remembered in pg_db.active and drained (its
 * remaining rows read and discarded) before anything else is sent. A
 * drained statement reports an error on its next db_step until db_reset.
 * Draining reads rather than cancels: a cancel would abort the caller's
 * transaction, and could undo a data-modifying statement in autocommit.
 *
 * Parameters travel as text and the server infers their types, so binding
 * an int64 to a TEXT column or a text to a BIGINT column behaves as on
 * SQLite.
 */
#include <inttypes.h>
#include <libpq-fe.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/log.h"
#include "base/strtonum.h"
#include "base/xmalloc.h"
#include "db/db_internal.h"

/* COPY data is sent in chunks of about this size: one PQputCopyData per
 * row costs a call and a write per row, while chunks much larger than the
 * socket buffer stop the server and the client from working at the same
 * time (measured on 1M rows: 256 KiB took 7 s, 8-64 KiB 4.7 s). */
#define COPY_CHUNK (32 * 1024)

enum pg_state { ST_IDLE, ST_RUNNING, ST_DONE, ST_INTERRUPTED };

struct pg_stmt;

/*
 * Prepared statements are kept per connection and reused for the same SQL
 * text: preparing, describing and deallocating cost three round trips per
 * query, which a server answering the same few queries pays for nothing.
 * A cached statement in use is never handed out twice; db_finalize returns
 * it to the cache instead of deallocating it.
 */
#define PG_CACHE 96

struct pg_cached {
    uint64_t hash;
    char *sql;
    struct pg_stmt *st;
    int in_use;
};

struct pg_db {
    struct db base;
    PGconn *conn;
    struct pg_cached cache[PG_CACHE];
    int ncache;
    unsigned next_id;
    struct pg_stmt *active; /* sent and not yet read to the end */
    int in_copy;
    struct buf copybuf;
};

struct pg_stmt {
    struct db_stmt base;
    char name[24];
    int nparams;
    char **vals;    /* nparams values, NULL = SQL NULL; owned */
    PGresult *desc; /* column names and count */
    PGresult *res;  /* the result holding the current row */
    int rowi;       /* current row in res */
    enum pg_state state;
    int64_t changes;
    struct pg_cached *cached; /* its cache slot, or NULL */
};

static struct pg_db *pg_db(struct db *db)
{
    return (struct pg_db *)db;
}

static struct pg_stmt *pg_st(struct db_stmt *st)
{
    return (struct pg_stmt *)st;
}

/* libpq messages end with a newline and may continue on indented lines. */
static void flatten(char *s)
{
    char *o = s;

    for (char *p = s; *p; p++) {
        if (*p == '\n' || *p == '\t' || *p == '\r') {
            if (o > s && o[-1] != ' ')
                *o++ = ' ';
            continue;
        }
        *o++ = *p;
    }
    while (o > s && o[-1] == ' ')
        o--;
    *o = '\0';
}

static enum merit_err map_sqlstate(const char *state)
{
    if (!state)
        return MERIT_EDB;
    if (strncmp(state, "23", 2) == 0)
        return MERIT_ECONFLICT;
    if (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0 || strcmp(state, "55P03") == 0)
        return MERIT_EBUSY;
    return MERIT_EDB;
}

/* Fills err from a failed result, or from the connection when res is NULL. */
static int pg_fail(struct pg_db *pg, const PGresult *res, int with_context, struct merit_error *err)
{
    const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    const char *detail, *context;
    struct buf msg = BUF_INIT;
    enum merit_err code;

    if (!primary) {
        char *m = xstrdup(PQerrorMessage(pg->conn));

        flatten(m);
        if (PQstatus(pg->conn) == CONNECTION_BAD)
            err_set(
                err, MERIT_EDB,
                T("koneksi ke PostgreSQL terputus: %s", "lost the connection to PostgreSQL: %s"),
                m);
        else
            err_set(err, MERIT_EDB, "PostgreSQL: %s", *m ? m : "unknown error");
        free(m);
        return -1;
    }
    code = map_sqlstate(PQresultErrorField(res, PG_DIAG_SQLSTATE));
    detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
    context = with_context ? PQresultErrorField(res, PG_DIAG_CONTEXT) : NULL;
    buf_printf(&msg, "PostgreSQL: %s", primary);
    if (detail)
        buf_printf(&msg, " (%s)", detail);
    if (context)
        buf_printf(&msg, " [%s]", context);
    flatten(msg.data);
    err_set(err, code, "%s", msg.data);
    buf_release(&msg);
    return -1;
}

/* Reads the connection to idle; returns the first error result, if any. */
static PGresult *pg_consume(struct pg_db *pg)
{
    PGresult *r, *first_err = NULL;

    while ((r = PQgetResult(pg->conn))) {
        ExecStatusType s = PQresultStatus(r);

        /* a COPY that is still open would make this loop spin forever */
        if (s == PGRES_COPY_IN)
            PQputCopyEnd(pg->conn, "aborted");
        else if (!first_err && s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK &&
                 s != PGRES_SINGLE_TUPLE && s != PGRES_EMPTY_QUERY) {
            first_err = r;
            continue;
        }
        PQclear(r);
    }
    return first_err;
}

static void pg_abort_copy(struct pg_db *pg)
{
    if (!pg->in_copy)
        return;
    PQputCopyEnd(pg->conn, "aborted");
    PQclear(pg_consume(pg));
    pg->in_copy = 0;
    buf_reset(&pg->copybuf);
}

/* Makes the connection free for a new query (see the comment at the top). */
static void pg_drain(struct pg_db *pg)
{
    struct pg_stmt *st = pg->active;

    if (!st)
        return;
    PQclear(st->res);
    st->res = NULL;
    PQclear(pg_consume(pg));
    st->state = ST_INTERRUPTED;
    pg->active = NULL;
}

static void pg_notice(void *arg, const char *message)
{
    log_debug("db", "postgresql notice: %s", message);
}

static int pg_result_ok(const PGresult *r)
{
    ExecStatusType s = PQresultStatus(r);

    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK || s == PGRES_EMPTY_QUERY;
}

static void pg_close(struct db *db)
{
    struct pg_db *pg = pg_db(db);

    /* the server drops the prepared statements with the session */
    for (int i = 0; i < pg->ncache; i++) {
        struct pg_stmt *st = pg->cache[i].st;

        PQclear(st->res);
        PQclear(st->desc);
        for (int k = 0; k < st->nparams; k++)
            free(st->vals[k]);
        free(st->vals);
        free(st);
        free(pg->cache[i].sql);
    }
    PQfinish(pg->conn);
    buf_release(&pg->copybuf);
    free(pg);
}

static int is_ident_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           (unsigned char)c >= 0x80;
}

/* Returns the end of the statement starting at p: the ';' that ends it or
 * the final NUL. Knows enough of PostgreSQL's lexer (quotes, E'' strings,
 * comments, dollar quoting) not to split inside a literal or a body. */
static const char *statement_end(const char *p)
{
    const char *start = p;

    while (*p && *p != ';') {
        if (*p == '\'' || *p == '"') {
            char q = *p;
            int backslash = q == '\'' && p > start && (p[-1] == 'E' || p[-1] == 'e') &&
                            (p - 1 == start || !is_ident_char(p[-2]));

            for (p++; *p; p++) {
                if (backslash && *p == '\\' && p[1]) {
                    p++;
                } else if (*p == q) {
                    if (p[1] != q)
                        break;
                    p++;
                }
            }
            if (*p)
                p++;
        } else if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                p++;
        } else if (p[0] == '/' && p[1] == '*') {
            int depth = 1;

            for (p += 2; *p && depth > 0;) {
                if (p[0] == '/' && p[1] == '*') {
                    depth++;
                    p += 2;
                } else if (p[0] == '*' && p[1] == '/') {
                    depth--;
                    p += 2;
                } else {
                    p++;
                }
            }
        } else if (*p == '$' && (p == start || !is_ident_char(p[-1])) &&
                   !(p[1] >= '0' && p[1] <= '9')) {
            const char *t = p + 1;
            size_t taglen;
            const char *close;

            while (is_ident_char(*t))
                t++;
            if (*t != '$') {
                p++;
                continue;
            }
            taglen = (size_t)(t - p + 1); /* "$tag$" */
            for (close = t + 1; *close; close++)
                if (*close == '$' && strncmp(close, p, taglen) == 0)
                    break;
            p = *close ? close + taglen : close;
        } else {
            p++;
        }
    }
    return p;
}

static int exec_one(struct pg_db *pg, const char *sql, struct merit_error *err)
{
    PGresult *r = PQexec(pg->conn, sql);
    int rc = 0;

    if (!r || !pg_result_ok(r))
        rc = pg_fail(pg, r, 0, err);
    PQclear(r);
    return rc;
}

/*
 * Outside a transaction, the statements are sent one by one: a
 * multi-statement string would run as one implicit transaction, where
 * CREATE DATABASE, VACUUM and friends are refused, and SQLite's
 * sqlite3_exec also runs (and autocommits) them one at a time. Inside a
 * transaction nothing differs, so the text goes in one round trip.
 */
static int pg_exec(struct db *db, const char *sql, struct merit_error *err)
{
    struct pg_db *pg = pg_db(db);
    struct buf one = BUF_INIT;
    const char *p = sql;
    int rc = 0;

    pg_drain(pg);
    if (PQtransactionStatus(pg->conn) != PQTRANS_IDLE)
        return exec_one(pg, sql, err);
    while (*p) {
        const char *end = statement_end(p);
        const char *q = p;

        while (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')
            q++;
        if (q < end) {
            buf_reset(&one);
            buf_append(&one, p, (size_t)(end - p));
            if ((rc = exec_one(pg, one.data, err)) != 0)
                break;
        }
        p = *end ? end + 1 : end;
    }
    buf_release(&one);
    return rc;
}

static int pg_begin(struct db *db, struct merit_error *err)
{
    return pg_exec(db, "BEGIN", err);
}

static int pg_commit(struct db *db, struct merit_error *err)
{
    struct pg_db *pg = pg_db(db);
    PGresult *r;
    int rc = 0;

    pg_drain(pg);
    r = PQexec(pg->conn, "COMMIT");
    if (!r || !pg_result_ok(r))
        rc = pg_fail(pg, r, 0, err);
    else if (strcmp(PQcmdStatus(r), "ROLLBACK") == 0)
        /* COMMIT of a failed transaction "succeeds" as a rollback */
        rc = err_set(err, MERIT_EDB, "%s",
                     T("transaksi dibatalkan karena perintah sebelumnya gagal",
                       "the transaction was rolled back because an earlier statement failed"));
    PQclear(r);
    return rc;
}

static void pg_rollback(struct db *db)
{
    struct pg_db *pg = pg_db(db);

    pg_abort_copy(pg);
    pg_drain(pg);
    if (PQtransactionStatus(pg->conn) != PQTRANS_IDLE)
        PQclear(PQexec(pg->conn, "ROLLBACK"));
}

static uint64_t pg_hash(const char *sql)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */

    for (const unsigned char *p = (const unsigned char *)sql; *p; p++)
        h = (h ^ *p) * 1099511628211ull;
    return h;
}

static struct db_stmt *pg_prepare(struct db *db, const char *sql, struct merit_error *err)
{
    struct pg_db *pg = pg_db(db);
    struct pg_stmt *st;
    uint64_t hash = pg_hash(sql);
    PGresult *r;

    pg_drain(pg);
    for (int i = 0; i < pg->ncache; i++) {
        struct pg_cached *c = &pg->cache[i];

        if (c->hash == hash && !c->in_use && strcmp(c->sql, sql) == 0) {
            c->in_use = 1;
            c->st->state = ST_IDLE;
            c->st->changes = 0;
            c->st->rowi = 0;
            return &c->st->base;
        }
    }
    st = xcalloc(1, sizeof(*st));
    st->base.db = db;
    snprintf(st->name, sizeof(st->name), "m%u", ++pg->next_id);
    r = PQprepare(pg->conn, st->name, sql, 0, NULL);
    if (!r || PQresultStatus(r) != PGRES_COMMAND_OK) {
        pg_fail(pg, r, 0, err);
        PQclear(r);
        free(st);
        return NULL;
    }
    PQclear(r);
    /* the server knows how many parameters the text uses and what the
     * columns are; asking is simpler and safer than parsing the SQL */
    st->desc = PQdescribePrepared(pg->conn, st->name);
    if (!st->desc || PQresultStatus(st->desc) != PGRES_COMMAND_OK) {
        pg_fail(pg, st->desc, 0, err);
        PQclear(st->desc);
        free(st);
        return NULL;
    }
    st->nparams = PQnparams(st->desc);
    st->vals = xcalloc((size_t)st->nparams + 1, sizeof(char *));
    if (pg->ncache < PG_CACHE) {
        struct pg_cached *c = &pg->cache[pg->ncache++];

        c->hash = hash;
        c->sql = xstrdup(sql);
        c->st = st;
        c->in_use = 1;
        st->cached = c;
    }
    return &st->base;
}

static void set_val(struct pg_stmt *st, int idx, char *v)
{
    if (idx < 1 || idx > st->nparams) {
        free(v);
        return;
    }
    free(st->vals[idx - 1]);
    st->vals[idx - 1] = v;
}

static void pg_bind_textn(struct db_stmt *stmt, int idx, const char *s, size_t len)
{
    set_val(pg_st(stmt), idx, s ? xstrndup(s, len) : NULL);
}

static void pg_bind_int64(struct db_stmt *stmt, int idx, int64_t v)
{
    char tmp[32];

    snprintf(tmp, sizeof(tmp), "%" PRId64, v);
    set_val(pg_st(stmt), idx, xstrdup(tmp));
}

static void pg_bind_double(struct db_stmt *stmt, int idx, double v)
{
    char tmp[40];

    if (isnan(v))
        snprintf(tmp, sizeof(tmp), "NaN");
    else if (isinf(v))
        snprintf(tmp, sizeof(tmp), "%sInfinity", v < 0 ? "-" : "");
    else
        snprintf(tmp, sizeof(tmp), "%.17g", v);
    set_val(pg_st(stmt), idx, xstrdup(tmp));
}

static int64_t cmd_changes(PGresult *r)
{
    const char *status = PQcmdStatus(r);
    int64_t n = 0;

    if (strncmp(status, "INSERT", 6) != 0 && strncmp(status, "UPDATE", 6) != 0 &&
        strncmp(status, "DELETE", 6) != 0 && strncmp(status, "MERGE", 5) != 0)
        return 0;
    if (strtonum_s(PQcmdTuples(r), 0, INT64_MAX, &n, NULL) != 0)
        return 0;
    return n;
}

static int pg_step(struct db_stmt *stmt, struct merit_error *err)
{
    struct pg_stmt *st = pg_st(stmt);
    struct pg_db *pg = pg_db(stmt->db);
    PGresult *r;

    switch (st->state) {
    case ST_DONE:
        return DB_DONE;
    case ST_INTERRUPTED:
        err_set(err, MERIT_EINTERNAL,
                "db_step: the statement was interrupted by another query on the same "
                "PostgreSQL connection; db_reset it and run it again");
        return DB_ERROR;
    case ST_IDLE:
        pg_drain(pg);
        if (!PQsendQueryPrepared(pg->conn, st->name, st->nparams, (const char *const *)st->vals,
                                 NULL, NULL, 0)) {
            pg_fail(pg, NULL, 0, err);
            st->state = ST_DONE;
            return DB_ERROR;
        }
        /* if this fails the whole result arrives at once, which still works */
        PQsetSingleRowMode(pg->conn);
        st->state = ST_RUNNING;
        st->changes = 0;
        pg->active = st;
        break;
    case ST_RUNNING:
        if (st->res && ++st->rowi < PQntuples(st->res))
            return DB_ROW;
        break;
    }
    PQclear(st->res);
    st->res = NULL;
    r = PQgetResult(pg->conn);
    if (r) {
        switch (PQresultStatus(r)) {
        case PGRES_SINGLE_TUPLE:
            st->res = r;
            st->rowi = 0;
            return DB_ROW;
        case PGRES_TUPLES_OK:
            st->changes = cmd_changes(r);
            if (PQntuples(r) > 0) {
                /* not in single-row mode: iterate this result */
                st->res = r;
                st->rowi = 0;
                return DB_ROW;
            }
            PQclear(r);
            break;
        case PGRES_COMMAND_OK:
            st->changes = cmd_changes(r);
            PQclear(r);
            break;
        case PGRES_EMPTY_QUERY:
            PQclear(r);
            break;
        default:
            pg_fail(pg, r, 0, err);
            PQclear(r);
            PQclear(pg_consume(pg));
            st->state = ST_DONE;
            pg->active = NULL;
            return DB_ERROR;
        }
    }
    r = pg_consume(pg);
    st->state = ST_DONE;
    pg->active = NULL;
    if (r) {
        pg_fail(pg, r, 0, err);
        PQclear(r);
        return DB_ERROR;
    }
    return DB_DONE;
}

static int pg_column_count(struct db_stmt *st)
{
    return PQnfields(pg_st(st)->desc);
}

static const char *pg_column_name(struct db_stmt *st, int col)
{
    return PQfname(pg_st(st)->desc, col);
}

static int pg_col_isnull(struct db_stmt *stmt, int col)
{
    struct pg_stmt *st = pg_st(stmt);

    return !st->res || PQgetisnull(st->res, st->rowi, col);
}

static const char *pg_col_text(struct db_stmt *stmt, int col)
{
    struct pg_stmt *st = pg_st(stmt);

    if (pg_col_isnull(stmt, col))
        return NULL;
    return PQgetvalue(st->res, st->rowi, col);
}

static int64_t pg_col_int64(struct db_stmt *stmt, int col)
{
    const char *s = pg_col_text(stmt, col);
    int64_t v;

    if (!s)
        return 0;
    if (strtonum_s(s, INT64_MIN, INT64_MAX, &v, NULL) == 0)
        return v;
    /* booleans and numerics: SQLite would give 1/0 and the truncated value */
    if (strcmp(s, "t") == 0)
        return 1;
    if (strcmp(s, "f") == 0)
        return 0;
    return (int64_t)strtod(s, NULL);
}

static double pg_col_double(struct db_stmt *stmt, int col)
{
    const char *s = pg_col_text(stmt, col);

    return s ? strtod(s, NULL) : 0.0;
}

static int64_t pg_changes(struct db_stmt *st)
{
    return pg_st(st)->changes;
}

static void pg_reset(struct db_stmt *stmt)
{
    struct pg_stmt *st = pg_st(stmt);
    struct pg_db *pg = pg_db(stmt->db);

    if (pg->active == st)
        pg_drain(pg);
    PQclear(st->res);
    st->res = NULL;
    st->state = ST_IDLE;
}

static void pg_finalize(struct db_stmt *stmt)
{
    struct pg_stmt *st = pg_st(stmt);
    struct pg_db *pg = pg_db(stmt->db);
    char sql[48];

    /* DEALLOCATE below needs the connection: PQexec would otherwise
     * silently eat another statement's pending rows */
    pg_drain(pg);
    PQclear(st->res);
    st->res = NULL;
    if (st->cached) {
        for (int i = 0; i < st->nparams; i++) {
            free(st->vals[i]);
            st->vals[i] = NULL;
        }
        st->state = ST_IDLE;
        st->cached->in_use = 0;
        return;
    }
    PQclear(st->desc);
    for (int i = 0; i < st->nparams; i++)
        free(st->vals[i]);
    free(st->vals);
    /* in a failed transaction DEALLOCATE is refused; the name is never
     * reused, so the server-side statement just lives until disconnect */
    if (!pg->in_copy && PQtransactionStatus(pg->conn) != PQTRANS_INERROR) {
        snprintf(sql, sizeof(sql), "DEALLOCATE %s", st->name);
        PQclear(PQexec(pg->conn, sql));
    }
    free(st);
}

static int pg_copy_begin(struct db *db, const char *table, const char *const *cols, int ncols,
                         struct merit_error *err)
{
    struct pg_db *pg = pg_db(db);
    struct buf sql = BUF_INIT;
    PGresult *r;
    int rc = 0;

    pg_drain(pg);
    buf_printf(&sql, "COPY %s (", table);
    for (int i = 0; i < ncols; i++)
        buf_printf(&sql, "%s%s", i ? ", " : "", cols[i]);
    buf_puts(&sql, ") FROM STDIN");
    r = PQexec(pg->conn, sql.data);
    if (!r || PQresultStatus(r) != PGRES_COPY_IN)
        rc = pg_fail(pg, r, 0, err);
    else
        pg->in_copy = 1;
    PQclear(r);
    buf_release(&sql);
    buf_reset(&pg->copybuf);
    return rc;
}

/* COPY text format: backslash escapes for the delimiter, line ends and
 * the backslash itself; everything else is sent as-is. */
static void copy_escape(struct buf *b, const char *s)
{
    size_t n = strlen(s);
    char *o;

    buf_grow(b, 2 * n);
    o = b->data + b->len;
    for (; *s; s++) {
        switch (*s) {
        case '\\':
            *o++ = '\\';
            *o++ = '\\';
            break;
        case '\t':
            *o++ = '\\';
            *o++ = 't';
            break;
        case '\n':
            *o++ = '\\';
            *o++ = 'n';
            break;
        case '\r':
            *o++ = '\\';
            *o++ = 'r';
            break;
        default:
            *o++ = *s;
        }
    }
    b->len = (size_t)(o - b->data);
    b->data[b->len] = '\0';
}

static int copy_flush(struct pg_db *pg, struct merit_error *err)
{
    if (pg->copybuf.len == 0)
        return 0;
    if (PQputCopyData(pg->conn, pg->copybuf.data, (int)pg->copybuf.len) != 1)
        return pg_fail(pg, NULL, 0, err);
    buf_reset(&pg->copybuf);
    return 0;
}

static int pg_copy_row(struct db *db, const char *const *vals, struct merit_error *err)
{
    struct pg_db *pg = pg_db(db);
    struct buf *b = &pg->copybuf;

    for (int i = 0; i < db->copy_ncols; i++) {
        if (i)
            buf_putc(b, '\t');
        if (vals[i])
            copy_escape(b, vals[i]);
        else
            buf_append(b, "\\N", 2);
    }
    buf_putc(b, '\n');
    if (b->len >= COPY_CHUNK)
        return copy_flush(pg, err);
    return 0;
}

static int pg_copy_end(struct db *db, struct merit_error *err)
{
    struct pg_db *pg = pg_db(db);
    PGresult *r;
    int rc = 0;

    if (!pg->in_copy)
        return err_set(err, MERIT_EINTERNAL, "db_copy_end: no COPY in progress");
    if (copy_flush(pg, err) != 0) {
        pg_abort_copy(pg);
        return -1;
    }
    pg->in_copy = 0;
    if (PQputCopyEnd(pg->conn, NULL) != 1) {
        rc = pg_fail(pg, NULL, 0, err);
        PQclear(pg_consume(pg));
        return rc;
    }
    r = pg_consume(pg);
    if (r) {
        /* the context names the failing input line */
        rc = pg_fail(pg, r, 1, err);
        PQclear(r);
    }
    return rc;
}

static const struct db_ops pg_ops = {
    .engine = DB_ENGINE_PG,
    .name = "postgresql",
    .close = pg_close,
    .exec = pg_exec,
    .begin = pg_begin,
    .commit = pg_commit,
    .rollback = pg_rollback,
    .prepare = pg_prepare,
    .bind_textn = pg_bind_textn,
    .bind_int64 = pg_bind_int64,
    .bind_double = pg_bind_double,
    .step = pg_step,
    .column_count = pg_column_count,
    .column_name = pg_column_name,
    .col_isnull = pg_col_isnull,
    .col_text = pg_col_text,
    .col_int64 = pg_col_int64,
    .col_double = pg_col_double,
    .changes = pg_changes,
    .reset = pg_reset,
    .finalize = pg_finalize,
    .copy_begin = pg_copy_begin,
    .copy_row = pg_copy_row,
    .copy_end = pg_copy_end,
};

int db_pg_open(const char *conninfo, const char *shown, struct db **out, struct merit_error *err)
{
    PGconn *conn = PQconnectdb(conninfo);
    struct pg_db *pg;
    char *m;

    if (PQstatus(conn) != CONNECTION_OK) {
        m = xstrdup(PQerrorMessage(conn));
        flatten(m);
        err_set(err, MERIT_EDB,
                T("tidak dapat terhubung ke PostgreSQL %s: %s. Periksa apakah server berjalan "
                  "dan host, port, nama basis data, user serta kata sandi di URL benar",
                  "cannot connect to PostgreSQL %s: %s. Check that the server is running and "
                  "that host, port, database name, user and password in the URL are right"),
                shown, m);
        free(m);
        PQfinish(conn);
        return -1;
    }
    PQsetNoticeProcessor(conn, pg_notice, NULL);
    pg = xcalloc(1, sizeof(*pg));
    pg->base.ops = &pg_ops;
    pg->conn = conn;
    buf_init(&pg->copybuf);
    if (PQsetClientEncoding(conn, "UTF8") != 0) {
        err_set(err, MERIT_EDB, "PostgreSQL %s: cannot set client_encoding UTF8", shown);
        pg_close(&pg->base);
        return -1;
    }
    if (pg_exec(&pg->base, "SET DateStyle = 'ISO, YMD'", err) != 0) {
        pg_close(&pg->base);
        return -1;
    }
    *out = &pg->base;
    return 0;
}
