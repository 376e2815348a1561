/*
 * import.c - the import engine: header matching, cell validation, all-or-
 * nothing writing. What each kind means lives in import_kinds.c.
 *
 * Writing: small kinds (units, positions) go row by row so each row's status
 * and children (SKJ) are exact. Bulk kinds (employees, histories) are
 * streamed: on SQLite straight into the target with a prepared upsert, on
 * PostgreSQL through COPY into a temporary staging table and one merging
 * upsert, because a round trip per row would be many times slower there.
 * Either way everything happens in one transaction that is rolled back when
 * any row had a problem or on --dry-run.
 */
#include "services/import.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/civil.h"
#include "base/i18n.h"
#include "base/keyset.h"
#include "base/strtonum.h"
#include "base/xmalloc.h"
#include "domain/codes.h"
#include "domain/nip.h"
#include "io/table.h"
#include "services/import_job.h"

static const char *const import_kind_names[IMPORT_KIND_COUNT] = {
    [IMPORT_UNITS] = "units",
    [IMPORT_POSITIONS] = "positions",
    [IMPORT_EMPLOYEES] = "employees",
    [IMPORT_POSITION_HISTORY] = "position-history",
    [IMPORT_GOLONGAN_HISTORY] = "golongan-history",
    [IMPORT_SKP] = "skp",
    [IMPORT_SANCTIONS] = "sanctions",
    [IMPORT_TRAINING] = "training",
};

/* Indonesian names operators may type for the kinds */
static const char *const import_kind_aliases[IMPORT_KIND_COUNT] = {
    [IMPORT_UNITS] = "unit|unor|unit-kerja",
    [IMPORT_POSITIONS] = "position|jabatan",
    [IMPORT_EMPLOYEES] = "employee|pegawai|asn",
    [IMPORT_POSITION_HISTORY] = "riwayat-jabatan",
    [IMPORT_GOLONGAN_HISTORY] = "riwayat-golongan|riwayat-pangkat",
    [IMPORT_SKP] = "riwayat-skp|kinerja",
    [IMPORT_SANCTIONS] = "hukdis|riwayat-hukdis|hukuman-disiplin",
    [IMPORT_TRAINING] = "diklat|riwayat-diklat|pelatihan",
};

const char *import_kind_name(enum import_kind kind)
{
    return (unsigned)kind < IMPORT_KIND_COUNT ? import_kind_names[kind] : "?";
}

static int import_in_list(const char *list, const char *s, size_t len)
{
    while (list && *list) {
        const char *bar = strchr(list, '|');
        size_t n = bar ? (size_t)(bar - list) : strlen(list);

        if (n == len && memcmp(list, s, n) == 0)
            return 1;
        list = bar ? bar + 1 : NULL;
    }
    return 0;
}

int import_kind_parse(const char *s, enum import_kind *out)
{
    for (int k = 0; k < IMPORT_KIND_COUNT; k++) {
        if (strcmp(s, import_kind_names[k]) == 0 ||
            import_in_list(import_kind_aliases[k], s, strlen(s))) {
            *out = (enum import_kind)k;
            return 0;
        }
    }
    return -1;
}

const struct import_column *import_columns(enum import_kind kind, size_t *n)
{
    const struct import_kind_def *d = import_kind_def(kind);

    *n = d->ncols;
    return d->cols;
}

/* Header key: lower-case letters and digits only, so "Tgl. Lahir", "tgl_lahir"
 * and "tglLahir" all become "tgllahir". */
static size_t import_header_key(const char *s, char *out, size_t cap)
{
    size_t n = 0;

    for (; *s && n + 1 < cap; s++) {
        unsigned char c = (unsigned char)*s;

        if (c >= 'A' && c <= 'Z')
            out[n++] = (char)(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
            out[n++] = (char)c;
    }
    out[n] = '\0';
    return n;
}

static int import_header_matches(const struct import_column *col, const char *key)
{
    char buf[128];
    const char *p = col->aliases;

    import_header_key(col->name, buf, sizeof(buf));
    if (strcmp(buf, key) == 0)
        return 1;
    while (p && *p) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        char alias[128];

        if (n >= sizeof(alias))
            n = sizeof(alias) - 1;
        memcpy(alias, p, n);
        alias[n] = '\0';
        import_header_key(alias, buf, sizeof(buf));
        if (strcmp(buf, key) == 0)
            return 1;
        p = bar ? bar + 1 : NULL;
    }
    return 0;
}

void import_job_error(struct import_job *job, const char *column, const char *fmt, ...)
{
    char msg[512];
    const char *shown = column;
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    /* name the column as the user's file names it */
    if (column && job->hdr) {
        for (size_t i = 0; i < job->def->ncols; i++) {
            if (strcmp(job->def->cols[i].name, column) == 0 && job->hdr[i]) {
                shown = job->hdr[i];
                break;
            }
        }
    }
    job->res->errors++;
    job->opt->on_error(job->opt->ctx, job->rowno, shown ? shown : "", msg);
}

int import_job_load_map(struct import_job *job, struct strmap *m, const char *sql,
                        struct merit_error *err)
{
    struct db_stmt *st = db_prepare(job->db, sql, err);
    int rc;

    if (!st)
        return -1;
    db_bind_int64(st, 1, job->tenant_id);
    while ((rc = db_step(st, err)) == DB_ROW) {
        const char *k = db_col_text(st, 0);
        strmap_set(m, k, strlen(k), db_col_int64(st, 1));
    }
    db_finalize(st);
    return rc == DB_DONE ? 0 : -1;
}

static void import_trim(const char **s, size_t *len)
{
    const char *p = *s;
    size_t n = *len;

    for (;;) {
        if (n && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) {
            p++;
            n--;
        } else if (n >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0) {
            p += 2; /* no-break space, common in pasted spreadsheet cells */
            n -= 2;
        } else {
            break;
        }
    }
    for (;;) {
        if (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r' || p[n - 1] == '\n'))
            n--;
        else if (n >= 2 && (unsigned char)p[n - 2] == 0xC2 && (unsigned char)p[n - 1] == 0xA0)
            n -= 2;
        else
            break;
    }
    *s = p;
    *len = n;
}

/* XLSX stores whole numbers typed in a general cell as "12" or sometimes "12.0" */
static size_t import_strip_zero_fraction(const char *s, size_t len)
{
    const char *dot = memchr(s, '.', len);

    if (!dot)
        return len;
    for (const char *p = dot + 1; p < s + len; p++)
        if (*p != '0')
            return len;
    return (size_t)(dot - s);
}

/* Validates one cell into its canonical text (arena-allocated or static). */
static int import_cell(struct import_job *job, const struct import_column *col, const char *s,
                       size_t len, const char **out)
{
    const char *why = NULL;
    int64_t v;

    switch (col->type) {
    case IT_TEXT: {
        int64_t max = col->max ? col->max : 255;
        if ((int64_t)len > max) {
            import_job_error(job, col->name,
                             T("terlalu panjang (%zu byte, maksimum %lld)",
                               "too long (%zu bytes, at most %lld)"),
                             len, (long long)max);
            return -1;
        }
        for (size_t i = 0; i < len; i++) {
            if ((unsigned char)s[i] < 0x20 && s[i] != '\n' && s[i] != '\t') {
                import_job_error(job, col->name, "%s",
                                 T("berisi karakter kendali", "contains control characters"));
                return -1;
            }
        }
        *out = arena_strndup(&job->row_arena, s, len);
        return 0;
    }
    case IT_CODE:
        if (len > 64) {
            import_job_error(job, col->name, "%s",
                             T("kode terlalu panjang (maksimum 64)", "code too long (at most 64)"));
            return -1;
        }
        for (size_t i = 0; i < len; i++) {
            char c = s[i];
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  c == '.' || c == '-' || c == '_' || c == '/')) {
                import_job_error(job, col->name,
                                 T("kode '%.*s' hanya boleh berisi huruf, angka, titik, garis "
                                   "miring, - dan _",
                                   "code '%.*s' may contain only letters, digits, '.', '/', '-' "
                                   "and '_'"),
                                 (int)len, s);
                return -1;
            }
        }
        *out = arena_strndup(&job->row_arena, s, len);
        return 0;
    case IT_NIP: {
        struct nip_info ni;
        enum nip_status st = nip_parse(s, len, 0, &ni);

        if (st != NIP_OK) {
            import_job_error(job, col->name, "'%.*s': %s", (int)(len > 40 ? 40 : len), s,
                             nip_strerror(st));
            return -1;
        }
        *out = arena_strdup(&job->row_arena, ni.nip);
        return 0;
    }
    case IT_DATE: {
        struct civil_date d;
        char iso[11];

        if (civil_parse(s, len, job->is_xlsx ? CIVIL_ALLOW_SERIAL : 0, &d, &why) != 0) {
            import_job_error(job, col->name, "'%.*s': %s", (int)(len > 40 ? 40 : len), s, why);
            return -1;
        }
        civil_format(d, iso);
        *out = arena_strdup(&job->row_arena, iso);
        return 0;
    }
    case IT_INT:
    case IT_LEVEL: {
        int64_t lo = col->type == IT_LEVEL ? 1 : col->min;
        int64_t hi = col->type == IT_LEVEL ? 5 : col->max;
        size_t n = job->is_xlsx ? import_strip_zero_fraction(s, len) : len;

        if (strtonum_n(s, n, lo, hi, &v, &why) != 0) {
            import_job_error(job, col->name,
                             T("'%.*s' bukan bilangan bulat antara %lld dan %lld",
                               "'%.*s' is not a whole number between %lld and %lld"),
                             (int)(len > 40 ? 40 : len), s, (long long)lo, (long long)hi);
            return -1;
        }
        *out = arena_printf(&job->row_arena, "%lld", (long long)v);
        return 0;
    }
    case IT_BOOL: {
        int b;

        if (bool_normalize(s, len, &b) != 0) {
            import_job_error(job, col->name,
                             T("'%.*s' bukan ya/tidak", "'%.*s' is not yes/no (ya/tidak)"),
                             (int)(len > 40 ? 40 : len), s);
            return -1;
        }
        *out = b ? "1" : "0";
        return 0;
    }
    case IT_ENUM:
        if (col->normalise(s, len, out) != 0) {
            import_job_error(job, col->name,
                             T("nilai '%.*s' tidak dikenal; contoh: %s",
                               "unknown value '%.*s'; for example: %s"),
                             (int)(len > 40 ? 40 : len), s, col->example ? col->example : "");
            return -1;
        }
        return 0;
    case IT_TECHLIST:
        *out = arena_strndup(&job->row_arena, s, len);
        return 0;
    }
    return -1;
}

/* ---- writing ---------------------------------------------------------------------------- */

struct import_writer {
    struct db_stmt *upsert; /* row mode and SQLite bulk mode */
    struct db_stmt *exists; /* row mode: SELECT id by key */
    int staged;             /* PostgreSQL bulk mode: COPY into import_stage */
    int direct;             /* PostgreSQL, empty table: COPY straight into it */
    struct db_bulk *bulk;   /* what db_bulk_suspend dropped, to recreate */
    const char **copyrow;   /* direct mode: tenant id + the row's values */
    int64_t count_before;
    int64_t changed;
    /* SQLite bulk mode: rows are written IMPORT_BATCH at a time with one multi-row upsert,
     * which halves SQLite's per-statement work on a million rows */
    struct db_stmt *batch_st;
    struct arena batch_arena;
    const char **batch; /* IMPORT_BATCH x ntcols values, copied into batch_arena */
    int nbatch;
    size_t ntcols; /* target columns of the kind */
};

#define IMPORT_BATCH 32

static void import_sql_set_clause(const struct import_kind_def *d, struct buf *sql)
{
    int first = 1;

    buf_puts(sql, " DO UPDATE SET ");
    for (size_t i = 0; d->tcols[i]; i++) {
        int is_key = 0;
        for (int k = 0; k < d->nkey; k++)
            is_key |= (size_t)d->key[k] == i;
        if (is_key)
            continue;
        buf_printf(sql, "%s%s = excluded.%s", first ? "" : ", ", d->tcols[i], d->tcols[i]);
        first = 0;
    }
    buf_puts(sql, " WHERE ");
    first = 1;
    for (size_t i = 0; d->tcols[i]; i++) {
        buf_printf(sql, "%s%s.%s IS DISTINCT FROM excluded.%s", first ? "" : " OR ", d->table,
                   d->tcols[i], d->tcols[i]);
        first = 0;
    }
}

static void import_sql_conflict(const struct import_kind_def *d, struct buf *sql)
{
    buf_puts(sql, " ON CONFLICT (");
    if (strcmp(d->tcols[d->key[0]], "employee_id") != 0)
        buf_puts(sql, "tenant_id, ");
    for (int k = 0; k < d->nkey; k++)
        buf_printf(sql, "%s%s", k ? ", " : "", d->tcols[d->key[k]]);
    buf_puts(sql, ")");
}

/* "INSERT INTO t (tenant_id, c1, ..., cn)" */
static void import_sql_insert_head(const struct import_kind_def *d, size_t n, struct buf *sql)
{
    buf_printf(sql, "INSERT INTO %s (tenant_id", d->table);
    for (size_t i = 0; i < n; i++)
        buf_printf(sql, ", %s", d->tcols[i]);
    buf_puts(sql, ")");
}

/* The upsert of `rows` rows at once: $1 is the tenant, then n parameters per row. */
static void import_sql_upsert(const struct import_kind_def *d, size_t n, size_t rows,
                              struct buf *sql)
{
    import_sql_insert_head(d, n, sql);
    buf_puts(sql, " VALUES ");
    for (size_t r = 0; r < rows; r++) {
        buf_printf(sql, "%s($1", r ? ", " : "");
        for (size_t i = 0; i < n; i++)
            buf_printf(sql, ", $%zu", 2 + r * n + i);
        buf_puts(sql, ")");
    }
    import_sql_conflict(d, sql);
    import_sql_set_clause(d, sql);
}

static size_t import_ntcols(const struct import_kind_def *d)
{
    size_t n = 0;

    while (n < IMPORT_MAX_TCOLS && d->tcols[n])
        n++;
    return n;
}

static const char *import_pg_type(char t)
{
    return t == 'd' ? "DATE" : t == 'i' ? "BIGINT" : "TEXT";
}

static int import_writer_open(struct import_job *job, struct import_writer *w,
                              struct merit_error *err)
{
    const struct import_kind_def *d = job->def;
    size_t n = import_ntcols(d);
    struct buf sql = BUF_INIT;
    const char *params[] = {job->tenant_str};
    int rc = -1;

    memset(w, 0, sizeof(*w));
    w->ntcols = n;
    buf_printf(&sql, "SELECT count(*) FROM %s WHERE tenant_id = $1", d->table);
    if (db_query_int64(job->db, sql.data, params, 1, &w->count_before, err) != 0)
        goto out;
    buf_reset(&sql);
    if (!d->row_mode && db_engine(job->db) == DB_ENGINE_PG) {
        int64_t any = 0;
        const char **cols;

        /* an empty table (a first load) takes the bulk-load recipe: no merge needed, and the
         * foreign keys are checked once at the end instead of once per row */
        buf_printf(&sql, "SELECT count(*) FROM (SELECT 1 FROM %s LIMIT 1) AS t", d->table);
        if (db_query_int64(job->db, sql.data, NULL, 0, &any, err) != 0)
            goto out;
        buf_reset(&sql);
        if (!any) {
            if (db_bulk_suspend(job->db, d->table, &w->bulk, err) != 0)
                goto out;
            cols = xcalloc(n + 1, sizeof(*cols));
            cols[0] = "tenant_id";
            for (size_t i = 0; i < n; i++)
                cols[i + 1] = d->tcols[i];
            rc = db_copy_begin(job->db, d->table, cols, (int)n + 1, err);
            free(cols);
            if (rc != 0)
                goto out;
            w->copyrow = xcalloc(n + 1, sizeof(*w->copyrow));
            w->copyrow[0] = job->tenant_str;
            w->staged = w->direct = 1;
            goto out;
        }
        buf_puts(&sql, "CREATE TEMP TABLE import_stage (");
        for (size_t i = 0; i < n; i++)
            buf_printf(&sql, "%s%s %s", i ? ", " : "", d->tcols[i],
                       import_pg_type(d->tcol_types[i]));
        buf_puts(&sql, ") ON COMMIT DROP");
        if (db_exec(job->db, sql.data, err) != 0)
            goto out;
        if (db_copy_begin(job->db, "import_stage", (const char *const *)d->tcols, (int)n, err) != 0)
            goto out;
        w->staged = 1;
        rc = 0;
        goto out;
    }
    import_sql_upsert(d, n, 1, &sql);
    if (d->row_mode)
        buf_puts(&sql, " RETURNING id");
    w->upsert = db_prepare(job->db, sql.data, err);
    if (!w->upsert)
        goto out;
    if (!d->row_mode) {
        buf_reset(&sql);
        import_sql_upsert(d, n, IMPORT_BATCH, &sql);
        w->batch_st = db_prepare(job->db, sql.data, err);
        if (!w->batch_st)
            goto out;
        arena_init(&w->batch_arena, 64 * 1024);
        w->batch = xcalloc(IMPORT_BATCH * n, sizeof(*w->batch));
    }
    if (d->row_mode) {
        buf_reset(&sql);
        buf_printf(&sql, "SELECT id FROM %s WHERE tenant_id = $1", d->table);
        for (int k = 0; k < d->nkey; k++)
            buf_printf(&sql, " AND %s = $%d", d->tcols[d->key[k]], k + 2);
        w->exists = db_prepare(job->db, sql.data, err);
        if (!w->exists)
            goto out;
    }
    rc = 0;
out:
    buf_release(&sql);
    return rc;
}

/* Writes the batched rows: a full batch with the multi-row statement, a partial one (the end of
 * the file) row by row. */
static int import_writer_flush(struct import_job *job, struct import_writer *w,
                               struct merit_error *err)
{
    size_t n = w->ntcols;
    struct db_stmt *st = w->nbatch == IMPORT_BATCH ? w->batch_st : w->upsert;
    int rows = w->nbatch == IMPORT_BATCH ? 1 : w->nbatch;

    for (int r = 0; r < rows; r++) {
        const char **vals = w->batch + (size_t)r * n;
        size_t nvals = st == w->batch_st ? IMPORT_BATCH * n : n;

        db_reset(st);
        db_bind_int64(st, 1, job->tenant_id);
        for (size_t i = 0; i < nvals; i++)
            db_bind_text_ref(st, (int)i + 2, vals[i]);
        if (db_step(st, err) == DB_ERROR)
            return -1;
        w->changed += db_changes(st);
    }
    w->nbatch = 0;
    arena_reset(&w->batch_arena);
    return 0;
}

static int import_writer_row(struct import_job *job, struct import_writer *w, const char *const *in,
                             const char **out, struct merit_error *err)
{
    const struct import_kind_def *d = job->def;
    size_t n = w->ntcols;
    int64_t existing = 0, id = 0;
    int rc, child_changed = 0;

    if (w->direct) {
        memcpy(w->copyrow + 1, out, n * sizeof(*out));
        return db_copy_row(job->db, w->copyrow, err);
    }
    if (w->staged)
        return db_copy_row(job->db, out, err);
    if (d->row_mode) {
        db_reset(w->exists);
        db_bind_int64(w->exists, 1, job->tenant_id);
        for (int k = 0; k < d->nkey; k++)
            db_bind_text(w->exists, k + 2, out[d->key[k]]);
        rc = db_step(w->exists, err);
        if (rc == DB_ERROR)
            return -1;
        if (rc == DB_ROW)
            existing = db_col_int64(w->exists, 0);
        db_reset(w->exists);
    }
    if (w->batch) {
        for (size_t i = 0; i < n; i++)
            w->batch[(size_t)w->nbatch * n + i] =
                out[i] ? arena_strdup(&w->batch_arena, out[i]) : NULL;
        if (++w->nbatch == IMPORT_BATCH)
            return import_writer_flush(job, w, err);
        return 0;
    }
    db_reset(w->upsert);
    db_bind_int64(w->upsert, 1, job->tenant_id);
    /* out[] lives in the row arena until the next row, after this step */
    for (size_t i = 0; i < n; i++)
        db_bind_text_ref(w->upsert, (int)i + 2, out[i]);
    rc = db_step(w->upsert, err);
    if (rc == DB_ERROR)
        return -1;
    if (!d->row_mode) {
        w->changed += db_changes(w->upsert);
        return 0;
    }
    /* RETURNING gives a row only when something was inserted or updated */
    id = rc == DB_ROW ? db_col_int64(w->upsert, 0) : existing;
    if (rc == DB_ROW)
        while ((rc = db_step(w->upsert, err)) == DB_ROW)
            ;
    if (rc == DB_ERROR)
        return -1;
    job->row_is_new = !existing;
    if (d->after_row && d->after_row(job, id, in, &child_changed, err) != 0)
        return -1;
    if (!existing)
        job->res->inserted++;
    else if (db_changes(w->upsert) > 0 || child_changed)
        job->res->updated++;
    else
        job->res->unchanged++;
    return 0;
}

static int import_writer_finish(struct import_job *job, struct import_writer *w,
                                struct merit_error *err)
{
    const struct import_kind_def *d = job->def;
    size_t n = import_ntcols(d);
    struct buf sql = BUF_INIT;
    const char *params[] = {job->tenant_str};
    int64_t after = 0;
    int rc = -1;

    if (w->batch && w->nbatch && import_writer_flush(job, w, err) != 0)
        goto out;
    if (w->staged) {
        w->staged = 0;
        if (db_copy_end(job->db, err) != 0)
            goto out;
    }
    if (w->direct) {
        struct db_bulk *b = w->bulk;

        w->bulk = NULL;
        if (db_bulk_restore(job->db, b, err) != 0)
            goto out;
        w->changed = job->res->rows;
    } else if (d->row_mode == 0 && db_engine(job->db) == DB_ENGINE_PG) {
        struct db_stmt *st;

        import_sql_insert_head(d, n, &sql);
        buf_puts(&sql, " SELECT CAST($1 AS BIGINT)");
        for (size_t i = 0; i < n; i++)
            buf_printf(&sql, ", %s", d->tcols[i]);
        buf_puts(&sql, " FROM import_stage WHERE true");
        import_sql_conflict(d, &sql);
        import_sql_set_clause(d, &sql);
        st = db_prepare(job->db, sql.data, err);
        if (!st)
            goto out;
        db_bind_int64(st, 1, job->tenant_id);
        if (db_step(st, err) == DB_ERROR) {
            db_finalize(st);
            goto out;
        }
        w->changed = db_changes(st);
        db_finalize(st);
    }
    if (!d->row_mode) {
        buf_reset(&sql);
        buf_printf(&sql, "SELECT count(*) FROM %s WHERE tenant_id = $1", d->table);
        /* a load into an empty table inserted every row; counting them again costs a scan */
        if (w->direct)
            after = w->count_before + w->changed;
        else if (db_query_int64(job->db, sql.data, params, 1, &after, err) != 0)
            goto out;
        job->res->inserted = (long)(after - w->count_before);
        job->res->updated = (long)(w->changed - job->res->inserted);
        job->res->unchanged = job->res->rows - job->res->inserted - job->res->updated;
    }
    rc = 0;
out:
    buf_release(&sql);
    return rc;
}

static void import_writer_close(struct import_job *job, struct import_writer *w)
{
    struct merit_error ignored;

    if (w->staged)
        db_copy_end(job->db, &ignored);
    db_bulk_free(w->bulk);
    free(w->copyrow);
    db_finalize(w->upsert);
    db_finalize(w->batch_st);
    if (w->batch) {
        free(w->batch);
        arena_free(&w->batch_arena);
    }
    db_finalize(w->exists);
    memset(w, 0, sizeof(*w));
}

/* ---- the run ---------------------------------------------------------------------------- */

static int import_map_header(struct import_job *job, const struct table_row *row, int *colmap,
                             const char **hdr)
{
    const struct import_kind_def *d = job->def;
    struct buf ignored = BUF_INIT;
    int bad = 0;

    for (size_t c = 0; c < d->ncols; c++)
        hdr[c] = NULL;
    for (size_t i = 0; i < row->ncells; i++) {
        char key[128];
        int found = -1;

        colmap[i] = -1;
        if (import_header_key(row->cells[i], key, sizeof(key)) == 0)
            continue;
        for (size_t c = 0; c < d->ncols; c++) {
            if (import_header_matches(&d->cols[c], key)) {
                found = (int)c;
                break;
            }
        }
        if (found < 0) {
            if (ignored.len < sizeof(job->res->ignored_columns) - 70)
                buf_printf(&ignored, "%s%.60s", ignored.len ? ", " : "", row->cells[i]);
            continue;
        }
        if (hdr[found]) {
            import_job_error(job, d->cols[found].name,
                             T("kolom '%s' dan '%s' sama-sama berarti '%s'",
                               "columns '%s' and '%s' both mean '%s'"),
                             hdr[found], row->cells[i], d->cols[found].name);
            bad = 1;
            continue;
        }
        hdr[found] = arena_strdup(&job->row_arena, row->cells[i]);
        colmap[i] = found;
    }
    snprintf(job->res->ignored_columns, sizeof(job->res->ignored_columns), "%s", ignored.data);
    buf_release(&ignored);
    for (size_t c = 0; c < d->ncols; c++) {
        if (d->cols[c].required && !hdr[c]) {
            const char *name = d->cols[c].name;
            import_job_error(job, name,
                             T("kolom wajib '%s' tidak ada (nama lain yang diterima: %s)",
                               "required column '%s' is missing (other accepted names: %s)"),
                             name, d->cols[c].aliases ? d->cols[c].aliases : "-");
            bad = 1;
        }
    }
    return bad ? -1 : 0;
}

static void import_job_free(struct import_job *job)
{
    for (size_t i = 0; i < sizeof(job->kind_st) / sizeof(job->kind_st[0]); i++)
        db_finalize(job->kind_st[i]);
    for (size_t i = 0; i <= IMPORT_MAX_SKJ; i++)
        db_finalize(job->skj_insert[i]);
    for (size_t i = 0; i < job->nparents; i++) {
        free(job->parents[i].code);
        free(job->parents[i].parent);
    }
    free(job->parents);
    strmap_free(&job->units);
    strmap_free(&job->positions);
    strmap_free(&job->pos_unit);
    strmap_free(&job->employees);
    strmap_free(&job->jenjang_level);
    strmap_free(&job->tech);
    arena_free(&job->row_arena);
}

int import_run(struct db *db, int64_t tenant_id, enum import_kind kind,
               const struct import_options *opt, struct import_result *res, struct merit_error *err)
{
    struct import_job job;
    struct import_writer w;
    struct table_reader *tr = NULL;
    struct table_row row;
    struct keyset seen;
    struct buf key = BUF_INIT;
    struct arena hdr_arena;
    const char **in = NULL, **out = NULL, **hdr = NULL;
    int *colmap = NULL;
    int rc = -1, step, in_tx = 0, writing = 0, fk_off = 0;
    size_t ncols, ntcols;

    memset(res, 0, sizeof(*res));
    memset(&job, 0, sizeof(job));
    memset(&w, 0, sizeof(w));
    job.db = db;
    job.tenant_id = tenant_id;
    snprintf(job.tenant_str, sizeof(job.tenant_str), "%lld", (long long)tenant_id);
    job.def = import_kind_def(kind);
    job.opt = opt;
    job.res = res;
    arena_init(&job.row_arena, 16 * 1024);
    arena_init(&hdr_arena, 4096);
    strmap_init(&job.units);
    strmap_init(&job.positions);
    strmap_init(&job.pos_unit);
    strmap_init(&job.employees);
    strmap_init(&job.jenjang_level);
    strmap_init(&job.tech);
    keyset_init(&seen);
    ncols = job.def->ncols;
    ntcols = import_ntcols(job.def);

    if (table_open(opt->path, opt->sheet, &tr, err) != 0)
        goto out;
    job.is_xlsx = table_format(tr) == TABLE_XLSX;
    step = table_next(tr, &row, err);
    if (step < 0)
        goto out;
    if (step == 0) {
        err_set(err, MERIT_EINVAL,
                T("%s: berkas tidak berisi baris judul kolom", "%s: the file has no header row"),
                opt->path);
        goto out;
    }
    job.rowno = row.rowno;
    colmap = xcalloc(row.ncells ? row.ncells : 1, sizeof(*colmap));
    hdr = xcalloc(ncols, sizeof(*hdr));
    in = xcalloc(ncols, sizeof(*in));
    out = xcalloc(ntcols + 1, sizeof(*out));
    size_t nhdr = row.ncells;
    if (import_map_header(&job, &row, colmap, hdr) != 0) {
        err_set(err, MERIT_EINVAL,
                T("%s: judul kolom tidak lengkap; tidak ada yang ditulis",
                  "%s: the header row is incomplete; nothing was written"),
                opt->path);
        goto out;
    }
    /* keep the header names past the row arena resets */
    for (size_t c = 0; c < ncols; c++)
        if (hdr[c])
            hdr[c] = arena_strdup(&hdr_arena, hdr[c]);
    job.hdr = hdr;

    /* every reference is resolved below from maps read inside this write transaction, so the
     * engine's own per-row foreign-key lookups would only repeat that work */
    if (db_set_fk_checks(db, 0, err) != 0)
        goto out;
    fk_off = 1;
    if (db_begin(db, err) != 0)
        goto out;
    in_tx = 1;
    if (job.def->prepare && job.def->prepare(&job, err) != 0)
        goto out;
    if (import_writer_open(&job, &w, err) != 0)
        goto out;
    writing = 1;

    while ((step = table_next(tr, &row, err)) == 1) {
        long errors_before = res->errors;
        int row_ok = 1;

        arena_reset(&job.row_arena);
        job.rowno = row.rowno;
        res->rows++;
        for (size_t c = 0; c < ncols; c++)
            in[c] = NULL;
        for (size_t i = 0; i < row.ncells && i < nhdr; i++) {
            const char *s = row.cells[i];
            size_t len = row.lens[i];
            int c = colmap[i];

            if (c < 0)
                continue;
            import_trim(&s, &len);
            if (len == 0)
                continue;
            if (import_cell(&job, &job.def->cols[c], s, len, &in[c]) != 0) {
                row_ok = 0;
                in[c] = ""; /* reported already; not "empty" */
            }
        }
        for (size_t c = 0; c < ncols; c++) {
            if (job.def->cols[c].required && !in[c] && hdr[c]) {
                import_job_error(&job, job.def->cols[c].name, "%s",
                                 T("wajib diisi", "must not be empty"));
                row_ok = 0;
            }
        }
        if (!row_ok)
            continue;
        for (size_t t = 0; t < ntcols; t++)
            out[t] = NULL;
        if (job.def->build(&job, in, out) != 0 || res->errors != errors_before)
            continue;
        /* the same natural key twice in one file is ambiguous: refuse the second */
        buf_reset(&key);
        for (int k = 0; k < job.def->nkey; k++) {
            if (out[job.def->key[k]])
                buf_puts(&key, out[job.def->key[k]]);
            buf_putc(&key, '\x1f');
        }
        uint32_t first_row = 0;
        if (!keyset_add(&seen, key.data, key.len, (uint32_t)job.rowno, &first_row)) {
            import_job_error(&job, job.def->cols[0].name,
                             T("baris ini mengulang data baris %lld (kunci yang sama)",
                               "this row repeats row %lld (same key)"),
                             (long long)first_row);
            continue;
        }
        /* once a problem is known the transaction will be rolled back: just keep checking */
        if (res->errors == 0 && import_writer_row(&job, &w, in, out, err) != 0) {
            err->row = job.rowno;
            goto out;
        }
        if (opt->on_progress && (res->rows & 255) == 0) {
            uint64_t done, total;
            table_progress(tr, &done, &total);
            opt->on_progress(opt->ctx, done, total);
        }
    }
    if (step < 0)
        goto out;
    if (opt->on_progress) {
        uint64_t done, total;
        table_progress(tr, &done, &total);
        opt->on_progress(opt->ctx, done, total);
    }
    if (res->errors == 0 && import_writer_finish(&job, &w, err) != 0)
        goto out;
    if (res->errors == 0 && job.def->finish && job.def->finish(&job, err) != 0)
        goto out;
    if (res->errors) {
        err_set(err, MERIT_EINVAL,
                T("%s: %ld masalah ditemukan; tidak ada yang ditulis",
                  "%s: %ld problems found; nothing was written"),
                opt->path, res->errors);
        goto out;
    }
    import_writer_close(&job, &w);
    writing = 0;
    if (!opt->dry_run && opt->before_commit && opt->before_commit(opt->ctx, db, res, err) != 0)
        goto out;
    if (opt->dry_run) {
        db_rollback(db);
    } else if (db_commit(db, err) != 0) {
        goto out;
    }
    in_tx = 0;
    rc = 0;
out:
    if (writing)
        import_writer_close(&job, &w);
    if (in_tx)
        db_rollback(db);
    if (fk_off) {
        struct merit_error ignored;
        db_set_fk_checks(db, 1, rc == 0 ? err : &ignored);
    }
    if (rc != 0 && err->code == MERIT_EINVAL && res->errors == 0 && tr) {
        /* a reader error (bad UTF-8, unterminated quote) is a problem in the file too */
        res->errors++;
    }
    table_close(tr);
    free(colmap);
    free(hdr);
    free(in);
    free(out);
    buf_release(&key);
    keyset_free(&seen);
    arena_free(&hdr_arena);
    import_job_free(&job);
    return rc;
}
