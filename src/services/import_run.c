#include "services/import_run.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/log.h"
#include "base/xmalloc.h"
#include "io/csv_read.h"
#include "io/table.h"
#include "services/account.h"
#include "base/tmpdir.h"

/* One run this process has accepted and not finished yet. */
struct irun {
    int64_t id, tenant_id;
    enum import_kind kind;
    char *db_url, *dir, *path, *actor;
    char name[IMPORT_RUN_NAME_MAX + 1];
    int dry_run;
    /* under irun_lock */
    const char *state; /* "queued", "running", "done", "failed" (static) */
    int64_t rows_done, rows_total;
    struct irun *next;
};

/* The live table: every accepted, unfinished run in submission order; the worker takes the
 * first queued one. irun_pending counts submissions between their refusal check and their
 * entry here, so a drain cannot miss them. */
static pthread_mutex_t irun_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t irun_cond = PTHREAD_COND_INITIALIZER;
static struct irun *irun_head;
static pthread_t irun_thread;
static int irun_started, irun_draining, irun_pending;

void import_run_sanitise_name(const char *name, char *out)
{
    const char *base = name ? name : "";
    size_t n = 0;

    for (const char *p = base; *p; p++)
        if (*p == '/' || *p == '\\')
            base = p + 1;
    for (const char *p = base; *p && n < IMPORT_RUN_NAME_MAX; p++) {
        unsigned char c = (unsigned char)*p;

        out[n++] = (c < 0x20 || c == 0x7f || c == '"') ? '_' : (char)c;
    }
    /* a cut inside a UTF-8 sequence leaves a truncated tail: drop it */
    while (n > 0 && ((unsigned char)out[n - 1] & 0xC0) == 0x80)
        n--;
    if (n > 0 && (unsigned char)out[n - 1] >= 0xC0)
        n--;
    out[n] = '\0';
    if (utf8_check((const unsigned char *)out, n) != UTF8_OK)
        for (size_t i = 0; i < n; i++)
            if ((unsigned char)out[i] >= 0x80)
                out[i] = '_';
    while (n > 0 && out[n - 1] == ' ')
        out[--n] = '\0';
    if (n == 0 || strcmp(out, ".") == 0 || strcmp(out, "..") == 0)
        snprintf(out, IMPORT_RUN_NAME_MAX + 1, "%s", "upload");
}

static void irun_free(struct irun *j)
{
    if (!j)
        return;
    if (j->path)
        unlink(j->path);
    if (j->dir)
        rmdir(j->dir);
    free(j->db_url);
    free(j->dir);
    free(j->path);
    free(j->actor);
    free(j);
}

/* Hard link (the server removes its upload file when the request ends), else a copy. */
static int irun_spool(struct irun *j, const char *src, struct merit_error *err)
{
    char dir[256];
    size_t cap;
    int in = -1, out = -1, rc = -1;
    char buf[65536];

    if (tmpdir_make("import", dir, sizeof(dir), err) != 0)
        return -1;
    j->dir = xstrdup(dir);
    cap = strlen(dir) + strlen(j->name) + 2;
    j->path = xmalloc(cap);
    snprintf(j->path, cap, "%s/%s", dir, j->name);
    if (link(src, j->path) == 0)
        return 0;
    in = open(src, O_RDONLY | O_CLOEXEC);
    out = open(j->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (in < 0 || out < 0)
        goto io;
    for (;;) {
        ssize_t k = read(in, buf, sizeof(buf));

        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0)
            goto io;
        if (k == 0)
            break;
        for (ssize_t done = 0; done < k;) {
            ssize_t w = write(out, buf + done, (size_t)(k - done));

            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                goto io;
            done += w;
        }
    }
    rc = 0;
    goto out;
io:
    err_set(err, MERIT_EIO,
            T("tidak bisa menyimpan berkas unggahan: %s", "cannot keep the uploaded file: %s"),
            strerror(errno));
out:
    if (in >= 0)
        close(in);
    if (out >= 0 && close(out) != 0 && rc == 0)
        rc = err_set(
            err, MERIT_EIO,
            T("tidak bisa menyimpan berkas unggahan: %s", "cannot keep the uploaded file: %s"),
            strerror(errno));
    return rc;
}

static void irun_now(char out[21])
{
    account_iso_time(time(NULL), out);
}

/* ---- the worker ------------------------------------------------------------------------- */

struct irun_ctx {
    struct irun *j;
    struct import_result *res;
    json_t *errors;
    long nerrors; /* reported through on_error, including those past the cap */
};

/* msg with the spool path replaced by the client's file name (as the CLI names FILE). */
static char *irun_message(const struct irun *j, const char *msg)
{
    struct buf b = BUF_INIT;
    size_t plen = strlen(j->path);
    const char *p = msg, *hit;

    while ((hit = strstr(p, j->path)) != NULL) {
        buf_append(&b, p, (size_t)(hit - p));
        buf_puts(&b, j->name);
        p = hit + plen;
    }
    buf_puts(&b, p);
    return b.data ? b.data : xstrdup("");
}

static void irun_add_error(struct irun_ctx *c, const char *code, long row, const char *column,
                           const char *msg)
{
    char *m;

    c->nerrors++;
    if (json_array_size(c->errors) >= IMPORT_RUN_MAX_ERRORS)
        return;
    m = irun_message(c->j, msg);
    json_array_append_new(
        c->errors,
        json_pack("{s:s, s:s, s:o, s:o}", "code", code, "message", m, "field",
                  column && *column && strcmp(column, "-") != 0 ? json_string(column) : json_null(),
                  "row", row > 0 ? json_integer(row) : json_null()));
    free(m);
}

static void irun_on_error(void *ctx, long row, const char *column, const char *msg)
{
    irun_add_error(ctx, err_name(MERIT_EINVAL), row, column, msg);
}

static void irun_on_progress(void *ctx, uint64_t done, uint64_t total)
{
    struct irun_ctx *c = ctx;

    (void)done;
    (void)total;
    pthread_mutex_lock(&irun_lock);
    c->j->rows_done = c->res->rows;
    pthread_mutex_unlock(&irun_lock);
}

static int irun_finish(struct db *db, struct irun *j, const char *state, int64_t rows_total,
                       int64_t rows_done, json_t *summary, json_t *errors, struct merit_error *err)
{
    char at[21], *s = json_dumps(summary, JSON_COMPACT),
                 *e = errors ? json_dumps(errors, JSON_COMPACT) : NULL;
    struct db_stmt *st;
    int step = DB_ERROR;

    irun_now(at);
    st = db_prepare(db,
                    "UPDATE import_run SET state = $2, rows_total = $3, rows_done = $4,"
                    " summary = $5, errors = $6, finished_at = $7 WHERE id = $1",
                    err);
    if (st) {
        db_bind_int64(st, 1, j->id);
        db_bind_text(st, 2, state);
        db_bind_int64(st, 3, rows_total);
        db_bind_int64(st, 4, rows_done);
        db_bind_text(st, 5, s);
        db_bind_text(st, 6, e);
        db_bind_text(st, 7, at);
        step = db_step(st, err);
        db_finalize(st);
    }
    free(s);
    free(e);
    return step == DB_DONE ? 0 : -1;
}

static json_t *irun_summary_done(const struct import_result *res, int dry_run)
{
    return json_pack("{s:I, s:I, s:I, s:I, s:s, s:b}", "rows", (json_int_t)res->rows, "inserted",
                     (json_int_t)res->inserted, "updated", (json_int_t)res->updated, "unchanged",
                     (json_int_t)res->unchanged, "ignored_columns", res->ignored_columns, "dry_run",
                     dry_run);
}

/* Inside the import's transaction: "done" exists exactly when the data does. */
static int irun_before_commit(void *ctx, struct db *db, const struct import_result *res,
                              struct merit_error *err)
{
    struct irun_ctx *c = ctx;
    json_t *summary = irun_summary_done(res, 0);
    int rc = irun_finish(db, c->j, "done", res->rows, res->rows, summary, NULL, err);

    json_decref(summary);
    return rc;
}

/* Data rows in the file (the header excluded), for rows_total; 0 when unreadable. */
static int64_t irun_count_rows(const char *path)
{
    struct table_reader *tr;
    struct table_row row;
    struct merit_error e;
    int64_t n = 0;

    err_clear(&e);
    if (table_open(path, NULL, &tr, &e) != 0)
        return 0;
    while (table_next(tr, &row, &e) == 1)
        n++;
    table_close(tr);
    return n > 0 ? n - 1 : 0;
}

static void irun_execute(struct irun *j)
{
    struct import_options opt;
    struct import_result res;
    struct irun_ctx c;
    struct merit_error err;
    struct db *db = NULL;
    struct db_stmt *st;
    int64_t total;
    int rc;

    err_clear(&err);
    memset(&res, 0, sizeof(res));
    if (db_open(j->db_url, &db, &err) != 0) {
        log_error("import", "run=%lld cannot open the database: %s", (long long)j->id, err.msg);
        return; /* still "queued" in the table: import_run_recover marks it at the next start */
    }
    st = db_prepare(db, "UPDATE import_run SET state = 'running' WHERE id = $1", &err);
    if (st) {
        db_bind_int64(st, 1, j->id);
        db_step(st, &err);
        db_finalize(st);
    }
    total = irun_count_rows(j->path);
    pthread_mutex_lock(&irun_lock);
    j->rows_total = total;
    pthread_mutex_unlock(&irun_lock);

    memset(&c, 0, sizeof(c));
    c.j = j;
    c.res = &res;
    c.errors = json_array();
    memset(&opt, 0, sizeof(opt));
    opt.path = j->path;
    opt.dry_run = j->dry_run;
    opt.on_error = irun_on_error;
    opt.on_progress = irun_on_progress;
    opt.before_commit = irun_before_commit;
    opt.ctx = &c;
    err_clear(&err);
    rc = import_run(db, j->tenant_id, j->kind, &opt, &res, &err);
    if (rc == 0) {
        if (j->dry_run) {
            json_t *summary = irun_summary_done(&res, 1);

            if (irun_finish(db, j, "done", res.rows, res.rows, summary, NULL, &err) != 0)
                log_error("import", "run=%lld cannot record its end: %s", (long long)j->id,
                          err.msg);
            json_decref(summary);
        }
        log_info("import", "run=%lld kind=%s state=done rows=%ld inserted=%ld updated=%ld%s",
                 (long long)j->id, import_kind_name(j->kind), res.rows, res.inserted, res.updated,
                 j->dry_run ? " dry_run=1" : "");
    } else {
        struct merit_error e2;
        json_t *summary;
        char *msg;

        /* as the CLI: a file-level problem is listed like a row's; any other failure too */
        if (res.errors > c.nerrors || res.errors == 0)
            irun_add_error(&c, err_name(err.code == MERIT_OK ? MERIT_EINTERNAL : err.code), err.row,
                           err.field, err.msg);
        msg = irun_message(j, err.msg);
        summary = json_pack("{s:I, s:I, s:s, s:b}", "rows", (json_int_t)res.rows, "errors",
                            (json_int_t)(res.errors > c.nerrors ? res.errors : c.nerrors),
                            "message", msg, "dry_run", j->dry_run);
        free(msg);
        err_clear(&e2);
        if (irun_finish(db, j, "failed", total, res.rows, summary, c.errors, &e2) != 0)
            log_error("import", "run=%lld cannot record its end: %s", (long long)j->id, e2.msg);
        json_decref(summary);
        log_info("import", "run=%lld kind=%s state=failed rows=%ld errors=%ld code=%s",
                 (long long)j->id, import_kind_name(j->kind), res.rows, c.nerrors,
                 err_name(err.code));
    }
    json_decref(c.errors);
    db_close(db);
}

static struct irun *irun_first_queued(void)
{
    for (struct irun *j = irun_head; j; j = j->next)
        if (strcmp(j->state, "queued") == 0)
            return j;
    return NULL;
}

static void irun_unlink(struct irun *j)
{
    for (struct irun **pp = &irun_head; *pp; pp = &(*pp)->next) {
        if (*pp == j) {
            *pp = j->next;
            return;
        }
    }
}

static void *irun_worker(void *arg)
{
    (void)arg;
    for (;;) {
        struct irun *j;

        pthread_mutex_lock(&irun_lock);
        while (!(j = irun_first_queued()) && !(irun_draining && irun_pending == 0))
            pthread_cond_wait(&irun_cond, &irun_lock);
        if (j)
            j->state = "running";
        pthread_mutex_unlock(&irun_lock);
        if (!j)
            break;
        irun_execute(j);
        pthread_mutex_lock(&irun_lock);
        irun_unlink(j);
        pthread_cond_broadcast(&irun_cond);
        pthread_mutex_unlock(&irun_lock);
        irun_free(j);
    }
    return NULL;
}

/* ---- submit, read, drain, recover ------------------------------------------------------- */

int import_run_submit(struct db *db, const struct import_run_new *n, int64_t *id,
                      struct merit_error *err)
{
    struct irun *j = xcalloc(1, sizeof(*j));
    struct db_stmt *st;
    char at[21];
    int step, rc = -1;

    import_run_sanitise_name(n->filename, j->name);
    j->tenant_id = n->tenant_id;
    j->kind = n->kind;
    j->dry_run = n->dry_run;
    j->db_url = xstrdup(n->db_url);
    j->actor = xstrdup(n->actor ? n->actor : "");
    j->state = "queued";
    if (irun_spool(j, n->src_path, err) != 0) {
        irun_free(j);
        return -1;
    }
    pthread_mutex_lock(&irun_lock);
    if (irun_draining) {
        pthread_mutex_unlock(&irun_lock);
        irun_free(j);
        return err_set(err, MERIT_EBUSY, "%s",
                       T("server sedang berhenti; kirim lagi nanti",
                         "the server is shutting down; send it again later"));
    }
    irun_pending++;
    pthread_mutex_unlock(&irun_lock);

    irun_now(at);
    st = db_prepare(db,
                    "INSERT INTO import_run (tenant_id, kind, filename, state, created_by,"
                    " created_at) VALUES ($1, $2, $3, 'queued', $4, $5) RETURNING id",
                    err);
    if (st) {
        db_bind_int64(st, 1, j->tenant_id);
        db_bind_text(st, 2, import_kind_name(j->kind));
        db_bind_text(st, 3, j->name);
        db_bind_text(st, 4, j->actor);
        db_bind_text(st, 5, at);
        step = db_step(st, err);
        if (step == DB_ROW) {
            j->id = db_col_int64(st, 0);
            rc = 0;
        } else if (step == DB_DONE) {
            err_set(err, MERIT_EDB, "INSERT INTO import_run returned no id");
        }
        db_finalize(st);
    }

    pthread_mutex_lock(&irun_lock);
    irun_pending--;
    if (rc == 0) {
        struct irun **pp = &irun_head;

        /* once queued, j belongs to the worker, which may finish and free it at any moment */
        *id = j->id;

        while (*pp)
            pp = &(*pp)->next;
        *pp = j;
        if (!irun_started) {
            if (pthread_create(&irun_thread, NULL, irun_worker, NULL) != 0) {
                irun_unlink(j);
                rc = err_set(err, MERIT_EINTERNAL, "cannot start the import worker thread");
            } else {
                irun_started = 1;
            }
        }
    }
    pthread_cond_broadcast(&irun_cond);
    pthread_mutex_unlock(&irun_lock);
    if (rc != 0) {
        if (j->id) {
            struct merit_error e2;
            json_t *summary = json_pack("{s:i, s:i, s:s, s:b}", "rows", 0, "errors", 1, "message",
                                        err->msg, "dry_run", j->dry_run);
            json_t *errors = json_pack("[{s:s, s:s, s:n, s:n}]", "code", err_name(err->code),
                                       "message", err->msg, "field", "row");

            err_clear(&e2);
            irun_finish(db, j, "failed", 0, 0, summary, errors, &e2);
            json_decref(summary);
            json_decref(errors);
        }
        irun_free(j);
        return -1;
    }
    return 0;
}

static json_t *irun_text_or_null(struct db_stmt *st, int col)
{
    return db_col_isnull(st, col) ? json_null() : json_string(db_col_text(st, col));
}

#define IRUN_COLS                                                                                  \
    "id, kind, filename, state, rows_total, rows_done, summary, errors, created_by, created_at,"   \
    " finished_at"

static json_t *irun_json_text(struct db_stmt *st, int col)
{
    json_t *v;

    if (db_col_isnull(st, col))
        return json_null();
    v = json_loads(db_col_text(st, col), JSON_DECODE_ANY, NULL);
    return v ? v : json_null();
}

/* One row of IRUN_COLS as JSON, the live state overlaid while this process runs it. */
static json_t *irun_row_json(struct db_stmt *st, int with_errors)
{
    int64_t id = db_col_int64(st, 0);
    const char *state = db_col_text(st, 3);
    int64_t total = db_col_int64(st, 4), done = db_col_int64(st, 5);
    json_t *o, *errors = irun_json_text(st, 7);

    if (strcmp(state, "queued") == 0 || strcmp(state, "running") == 0) {
        pthread_mutex_lock(&irun_lock);
        for (struct irun *j = irun_head; j; j = j->next) {
            if (j->id == id) {
                state = j->state;
                total = j->rows_total;
                done = j->rows_done;
                break;
            }
        }
        pthread_mutex_unlock(&irun_lock);
    }
    o = json_pack("{s:I, s:s, s:s, s:s, s:I, s:I, s:o, s:o, s:o, s:o}", "id", (json_int_t)id,
                  "kind", db_col_text(st, 1), "filename", db_col_text(st, 2), "state", state,
                  "rows_total", (json_int_t)total, "rows_done", (json_int_t)done, "summary",
                  irun_json_text(st, 6), "created_by", irun_text_or_null(st, 8), "created_at",
                  irun_text_or_null(st, 9), "finished_at", irun_text_or_null(st, 10));
    if (with_errors)
        json_object_set_new(o, "errors",
                            json_is_array(errors) ? json_incref(errors) : json_array());
    json_decref(errors);
    return o;
}

int import_run_get(struct db *db, int64_t tenant_id, int64_t id, json_t **out,
                   struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db, "SELECT " IRUN_COLS " FROM import_run WHERE tenant_id = $1 AND id = $2", err);
    int step;

    *out = NULL;
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant_id);
    db_bind_int64(st, 2, id);
    step = db_step(st, err);
    if (step == DB_ROW)
        *out = irun_row_json(st, 1);
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    if (!*out)
        return err_set_at(err, MERIT_ENOTFOUND, 0, "id",
                          T("impor %lld tidak ada", "no import %lld"), (long long)id);
    return 0;
}

int import_run_list(struct db *db, int64_t tenant_id, int64_t limit, int64_t offset, json_t **items,
                    int64_t *total, struct merit_error *err)
{
    char tenant[24];
    const char *p[1] = {tenant};
    struct db_stmt *st;
    int step;

    *items = NULL;
    snprintf(tenant, sizeof(tenant), "%lld", (long long)tenant_id);
    if (db_query_int64(db, "SELECT count(*) FROM import_run WHERE tenant_id = CAST($1 AS BIGINT)",
                       p, 1, total, err) != 0)
        return -1;
    st = db_prepare(db,
                    "SELECT " IRUN_COLS " FROM import_run WHERE tenant_id = $1"
                    " ORDER BY id DESC LIMIT $2 OFFSET $3",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant_id);
    db_bind_int64(st, 2, limit);
    db_bind_int64(st, 3, offset);
    *items = json_array();
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(*items, irun_row_json(st, 0));
    db_finalize(st);
    if (step == DB_ERROR) {
        json_decref(*items);
        *items = NULL;
        return -1;
    }
    return 0;
}

void import_run_drain(void)
{
    pthread_mutex_lock(&irun_lock);
    if (!irun_started) {
        pthread_mutex_unlock(&irun_lock);
        return;
    }
    irun_draining = 1;
    pthread_cond_broadcast(&irun_cond);
    pthread_mutex_unlock(&irun_lock);
    pthread_join(irun_thread, NULL);
    pthread_mutex_lock(&irun_lock);
    irun_started = 0;
    irun_draining = 0;
    pthread_mutex_unlock(&irun_lock);
}

int import_run_recover(struct db *db, int64_t *n, struct merit_error *err)
{
    char at[21], *e;
    json_t *errors = json_pack(
        "[{s:s, s:s, s:n, s:n}]", "code", "interrupted", "message",
        T("server berhenti sebelum impor selesai; tidak ada yang ditulis, kirim berkasnya lagi",
          "the server stopped before the import finished; nothing was written, send the file "
          "again"),
        "field", "row");
    struct db_stmt *st;
    int step = DB_ERROR;

    irun_now(at);
    e = json_dumps(errors, JSON_COMPACT);
    json_decref(errors);
    st = db_prepare(db,
                    "UPDATE import_run SET state = 'failed', errors = $1, finished_at = $2"
                    " WHERE state IN ('queued', 'running')",
                    err);
    if (st) {
        db_bind_text(st, 1, e);
        db_bind_text(st, 2, at);
        step = db_step(st, err);
        if (n)
            *n = db_changes(st);
        db_finalize(st);
    }
    free(e);
    return step == DB_DONE ? 0 : -1;
}
