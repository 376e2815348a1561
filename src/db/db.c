#include "db/db.h"

#include <ctype.h>
#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "db/db_internal.h"

/* Masks the value of every "password" key (conninfo or URI query) from p on. */
static void redact_password_keys(struct buf *b, const char *start)
{
    const char *p = start;

    while (*p) {
        const char *v;

        /* "password" only as a whole key, not inside "mypassword=" */
        if (strncasecmp(p, "password", 8) != 0 || (p != start && !strchr(" ?&\t", p[-1]))) {
            buf_putc(b, *p++);
            continue;
        }
        v = p + 8;
        while (*v == ' ')
            v++;
        if (*v != '=') {
            buf_putc(b, *p++);
            continue;
        }
        v++;
        while (*v == ' ')
            v++;
        buf_append(b, p, (size_t)(v - p));
        buf_puts(b, "***");
        if (*v == '\'') {
            for (v++; *v && *v != '\''; v++)
                if (*v == '\\' && v[1])
                    v++;
            if (*v)
                v++;
        } else {
            while (*v && *v != ' ' && *v != '&' && *v != '#')
                v++;
        }
        p = v;
    }
}

char *db_url_redact(const char *url)
{
    struct buf b = BUF_INIT;
    const char *scheme, *auth, *end, *at, *colon;

    if (!url)
        return xstrdup("");
    scheme = strstr(url, "://");
    if (scheme) {
        auth = scheme + 3;
        end = auth + strcspn(auth, "/?#");
        at = NULL;
        for (const char *q = auth; q < end; q++)
            if (*q == '@')
                at = q;
        colon = at ? memchr(auth, ':', (size_t)(at - auth)) : NULL;
        if (colon) {
            buf_append(&b, url, (size_t)(colon + 1 - url));
            buf_puts(&b, "***");
            buf_append(&b, at, (size_t)(end - at));
        } else {
            buf_append(&b, url, (size_t)(end - url));
        }
        redact_password_keys(&b, end);
    } else {
        redact_password_keys(&b, url);
    }
    return buf_detach(&b, NULL);
}

/* mkdir -p of the directory part of path. */
static int make_parent_dirs(const char *path, struct merit_error *err)
{
    char *dir = xstrdup(path);
    char *slash = strrchr(dir, '/');
    int rc = 0;

    if (!slash || slash == dir)
        goto out;
    *slash = '\0';
    for (char *p = dir + 1;; p++) {
        if (*p != '/' && *p != '\0')
            continue;
        char saved = *p;
        *p = '\0';
        if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
            rc =
                err_set(err, MERIT_EIO,
                        T("tidak dapat membuat direktori %s: %s", "cannot create directory %s: %s"),
                        dir, strerror(errno));
            goto out;
        }
        *p = saved;
        if (saved == '\0')
            break;
    }
out:
    free(dir);
    return rc;
}

int db_open(const char *url, struct db **out, struct merit_error *err)
{
    char *shown = NULL;
    int rc = -1;

    *out = NULL;
    if (!url)
        url = "";
    if (strncmp(url, "sqlite:", 7) == 0) {
        const char *path = url + 7;

        if (!*path) {
            err_set(
                err, MERIT_ECONFIG, "%s",
                T("URL basis data 'sqlite:' tanpa path; contoh: sqlite:/var/lib/merit/merit.db",
                  "database URL 'sqlite:' has no path; example: sqlite:/var/lib/merit/merit.db"));
            goto out;
        }
        if (strcmp(path, ":memory:") != 0 && make_parent_dirs(path, err) != 0)
            goto out;
        rc = db_sqlite_open(path, out, err);
    } else if (strncmp(url, "postgresql://", 13) == 0 || strncmp(url, "postgres://", 11) == 0) {
        shown = db_url_redact(url);
        rc = db_pg_open(url, shown, out, err);
    } else if (strncmp(url, "pg:", 3) == 0) {
        shown = db_url_redact(url);
        rc = db_pg_open(url + 3, shown, out, err);
    } else {
        shown = db_url_redact(url);
        err_set(err, MERIT_ECONFIG,
                T("URL basis data '%s' tidak dikenal; bentuk yang diterima: sqlite:PATH, "
                  "sqlite::memory:, postgresql://..., postgres://..., pg:key=value ...",
                  "unknown database URL '%s'; accepted forms: sqlite:PATH, sqlite::memory:, "
                  "postgresql://..., postgres://..., pg:key=value ..."),
                shown);
    }
out:
    if (rc == 0 && *out) {
        static atomic_uint_fast64_t serials;

        (*out)->serial = atomic_fetch_add(&serials, 1) + 1;
    }
    free(shown);
    return rc;
}

uint64_t db_serial(const struct db *db)
{
    return db->serial;
}

void db_close(struct db *db)
{
    if (db)
        db->ops->close(db);
}

enum db_engine db_engine(const struct db *db)
{
    return db->ops->engine;
}

const char *db_engine_name(const struct db *db)
{
    return db->ops->name;
}

int db_exec(struct db *db, const char *sql, struct merit_error *err)
{
    return db->ops->exec(db, sql, err);
}

int db_begin(struct db *db, struct merit_error *err)
{
    return db->ops->begin(db, err);
}

int db_begin_read(struct db *db, struct merit_error *err)
{
    return db->ops->begin_read ? db->ops->begin_read(db, err) : 0;
}

int db_data_version(struct db *db, uint64_t *out, struct merit_error *err)
{
    if (!db->ops->data_version)
        return 0;
    return db->ops->data_version(db, out, err);
}

void db_end_read(struct db *db)
{
    if (db && db->ops->end_read)
        db->ops->end_read(db);
}

int db_commit(struct db *db, struct merit_error *err)
{
    return db->ops->commit(db, err);
}

void db_rollback(struct db *db)
{
    if (!db)
        return;
    /* the engine abandons an unfinished copy along with the transaction */
    db->ops->rollback(db);
    db->copy_ncols = 0;
}

struct db_stmt *db_prepare(struct db *db, const char *sql, struct merit_error *err)
{
    return db->ops->prepare(db, sql, err);
}

void db_bind_text(struct db_stmt *st, int idx, const char *s)
{
    st->db->ops->bind_textn(st, idx, s, s ? strlen(s) : 0);
}

void db_bind_textn(struct db_stmt *st, int idx, const char *s, size_t len)
{
    st->db->ops->bind_textn(st, idx, s, len);
}

int db_set_fk_checks(struct db *db, int on, struct merit_error *err)
{
    if (db_engine(db) != DB_ENGINE_SQLITE)
        return 0;
    return db_exec(db, on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF", err);
}

void db_bind_text_ref(struct db_stmt *st, int idx, const char *s)
{
    if (s && st->db->ops->bind_text_ref)
        st->db->ops->bind_text_ref(st, idx, s, strlen(s));
    else
        st->db->ops->bind_textn(st, idx, s, s ? strlen(s) : 0);
}

void db_bind_int64(struct db_stmt *st, int idx, int64_t v)
{
    st->db->ops->bind_int64(st, idx, v);
}

void db_bind_double(struct db_stmt *st, int idx, double v)
{
    st->db->ops->bind_double(st, idx, v);
}

void db_bind_null(struct db_stmt *st, int idx)
{
    st->db->ops->bind_textn(st, idx, NULL, 0);
}

int db_step(struct db_stmt *st, struct merit_error *err)
{
    return st->db->ops->step(st, err);
}

int db_column_count(struct db_stmt *st)
{
    return st->db->ops->column_count(st);
}

const char *db_column_name(struct db_stmt *st, int col)
{
    const char *s;

    if (col < 0 || col >= db_column_count(st))
        return "";
    s = st->db->ops->column_name(st, col);
    return s ? s : "";
}

int db_col_isnull(struct db_stmt *st, int col)
{
    if (col < 0 || col >= db_column_count(st))
        return 1;
    return st->db->ops->col_isnull(st, col);
}

const char *db_col_text(struct db_stmt *st, int col)
{
    const char *s;

    if (col < 0 || col >= db_column_count(st))
        return "";
    s = st->db->ops->col_text(st, col);
    return s ? s : "";
}

int64_t db_col_int64(struct db_stmt *st, int col)
{
    if (col < 0 || col >= db_column_count(st))
        return 0;
    return st->db->ops->col_int64(st, col);
}

double db_col_double(struct db_stmt *st, int col)
{
    if (col < 0 || col >= db_column_count(st))
        return 0.0;
    return st->db->ops->col_double(st, col);
}

int64_t db_changes(struct db_stmt *st)
{
    return st->db->ops->changes(st);
}

void db_reset(struct db_stmt *st)
{
    if (st)
        st->db->ops->reset(st);
}

void db_finalize(struct db_stmt *st)
{
    if (st)
        st->db->ops->finalize(st);
}

/* Table and column names are spliced into SQL text, so only plain
 * identifiers (optionally schema-qualified) are accepted. */
static int is_identifier(const char *s)
{
    if (!s || !*s || isdigit((unsigned char)*s))
        return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_' && *s != '.')
            return 0;
    return 1;
}

int db_copy_begin(struct db *db, const char *table, const char *const *cols, int ncols,
                  struct merit_error *err)
{
    if (db->copy_ncols > 0)
        return err_set(err, MERIT_EINTERNAL, "db_copy_begin: a copy is already in progress");
    if (ncols <= 0 || !is_identifier(table))
        return err_set(err, MERIT_EINTERNAL, "db_copy_begin: bad table '%s' or column count %d",
                       table ? table : "", ncols);
    for (int i = 0; i < ncols; i++)
        if (!is_identifier(cols[i]))
            return err_set(err, MERIT_EINTERNAL, "db_copy_begin: bad column name '%s'",
                           cols[i] ? cols[i] : "");
    if (db->ops->copy_begin(db, table, cols, ncols, err) != 0)
        return -1;
    db->copy_ncols = ncols;
    return 0;
}

int db_copy_row(struct db *db, const char *const *vals, struct merit_error *err)
{
    if (db->copy_ncols <= 0)
        return err_set(err, MERIT_EINTERNAL, "db_copy_row without db_copy_begin");
    return db->ops->copy_row(db, vals, err);
}

int db_copy_end(struct db *db, struct merit_error *err)
{
    if (db->copy_ncols <= 0)
        return err_set(err, MERIT_EINTERNAL, "db_copy_end without db_copy_begin");
    db->copy_ncols = 0;
    return db->ops->copy_end(db, err);
}

int db_query_int64(struct db *db, const char *sql, const char *const *params, int nparams,
                   int64_t *out, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db, sql, err);
    int rc = -1;

    if (!st)
        return -1;
    for (int i = 0; i < nparams; i++)
        db_bind_text(st, i + 1, params[i]);
    switch (db_step(st, err)) {
    case DB_ROW:
        *out = db_col_isnull(st, 0) ? 0 : db_col_int64(st, 0);
        rc = 0;
        break;
    case DB_DONE:
        *out = 0;
        rc = 0;
        break;
    default:
        break;
    }
    db_finalize(st);
    return rc;
}
