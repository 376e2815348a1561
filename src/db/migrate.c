#include "db/migrate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "base/xmalloc.h"
#include "db/migrations_data.h"

/* Key of the PostgreSQL advisory lock that serialises concurrent
 * `merit init` runs against one database ("merit" in ASCII). */
#define MIGRATE_LOCK_KEY "469853628788"

static const char *engine_dir(struct db *db)
{
    return db_engine(db) == DB_ENGINE_PG ? "pg" : "sqlite";
}

static int cmp_version(const void *a, const void *b)
{
    const struct migration_file *x = *(const struct migration_file *const *)a;
    const struct migration_file *y = *(const struct migration_file *const *)b;

    return (x->version > y->version) - (x->version < y->version);
}

/* The files for db's engine, sorted by version; *out is malloc'd. */
static int select_files(struct db *db, const struct migration_file *files, unsigned nfiles,
                        const struct migration_file ***out, unsigned *n, struct merit_error *err)
{
    const char *dir = engine_dir(db);
    const struct migration_file **sel = xcalloc(nfiles + 1, sizeof(*sel));
    unsigned k = 0;

    for (unsigned i = 0; i < nfiles; i++)
        if (strcmp(files[i].dir, dir) == 0 || strcmp(files[i].dir, "ref") == 0)
            sel[k++] = &files[i];
    qsort(sel, k, sizeof(*sel), cmp_version);
    for (unsigned i = 1; i < k; i++) {
        if (sel[i]->version == sel[i - 1]->version) {
            err_set(err, MERIT_EINTERNAL,
                    T("dua migrasi dengan versi yang sama %d: %s/%s dan %s/%s",
                      "two migrations share version %d: %s/%s and %s/%s"),
                    sel[i]->version, sel[i - 1]->dir, sel[i - 1]->name, sel[i]->dir, sel[i]->name);
            free(sel);
            return -1;
        }
    }
    *out = sel;
    *n = k;
    return 0;
}

/* Takes the PostgreSQL advisory lock; it is released with the transaction.
 * On SQLite BEGIN IMMEDIATE already serialises writers. */
static int lock_migrations(struct db *db, struct merit_error *err)
{
    if (db_engine(db) != DB_ENGINE_PG)
        return 0;
    return db_exec(db, "SELECT pg_advisory_xact_lock(" MIGRATE_LOCK_KEY ")", err);
}

static int ensure_table(struct db *db, struct merit_error *err)
{
    /* inside the lock: concurrent CREATE TABLE IF NOT EXISTS can still
     * collide on PostgreSQL's catalogs */
    if (db_begin(db, err) != 0)
        return -1;
    if (lock_migrations(db, err) != 0 ||
        db_exec(db,
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
                err) != 0 ||
        db_commit(db, err) != 0) {
        db_rollback(db);
        return -1;
    }
    return 0;
}

static int current_version(struct db *db, int64_t *v, struct merit_error *err)
{
    return db_query_int64(db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", NULL, 0, v,
                          err);
}

static void utc_now(char out[32])
{
    time_t t = time(NULL);
    struct tm tm;

    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Applies f unless another process got there first; *did tells which. */
static int apply_one(struct db *db, const struct migration_file *f, int *did,
                     struct merit_error *err)
{
    struct db_stmt *st = NULL;
    char now[32];
    int64_t v = 0;

    *did = 0;
    if (db_begin(db, err) != 0)
        return -1;
    if (lock_migrations(db, err) != 0 || current_version(db, &v, err) != 0)
        goto fail;
    if (v >= f->version) {
        db_rollback(db);
        return 0;
    }
    if (db_exec(db, f->sql, err) != 0)
        goto fail;
    st = db_prepare(
        db, "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", err);
    if (!st)
        goto fail;
    utc_now(now);
    db_bind_int64(st, 1, f->version);
    db_bind_text(st, 2, f->name);
    db_bind_text(st, 3, now);
    if (db_step(st, err) != DB_DONE)
        goto fail;
    db_finalize(st);
    st = NULL;
    if (db_commit(db, err) != 0)
        goto fail;
    *did = 1;
    return 0;
fail:
    db_finalize(st);
    db_rollback(db);
    return -1;
}

int migrate_up_files(struct db *db, const struct migration_file *files, unsigned nfiles,
                     int *applied, struct merit_error *err)
{
    const struct migration_file **sel = NULL;
    unsigned n = 0;
    int64_t v = 0;
    int rc = -1;

    *applied = 0;
    if (select_files(db, files, nfiles, &sel, &n, err) != 0)
        return -1;
    if (ensure_table(db, err) != 0 || current_version(db, &v, err) != 0)
        goto out;
    for (unsigned i = 0; i < n; i++) {
        int did = 0;

        /* cheap pre-check; apply_one re-checks under the lock */
        if (sel[i]->version <= v)
            continue;
        if (apply_one(db, sel[i], &did, err) != 0) {
            char msg[sizeof(err->msg)];

            snprintf(msg, sizeof(msg), "%s", err->msg);
            err_set(err, err->code, T("migrasi %s gagal: %s", "migration %s failed: %s"),
                    sel[i]->name, msg);
            goto out;
        }
        *applied += did;
    }
    rc = 0;
out:
    free(sel);
    return rc;
}

int migrate_up(struct db *db, int *applied, struct merit_error *err)
{
    return migrate_up_files(db, migration_files, migration_files_count, applied, err);
}

int migrate_version(struct db *db, int *version, struct merit_error *err)
{
    const char *exists_sql =
        db_engine(db) == DB_ENGINE_PG
            ? "SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE 1 END"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = "
              "'schema_migrations'";
    int64_t exists = 0, v = 0;

    *version = 0;
    if (db_query_int64(db, exists_sql, NULL, 0, &exists, err) != 0)
        return -1;
    if (!exists)
        return 0;
    if (current_version(db, &v, err) != 0)
        return -1;
    *version = (int)v;
    return 0;
}

int migrate_latest(void)
{
    int latest = 0;

    for (unsigned i = 0; i < migration_files_count; i++)
        if (migration_files[i].version > latest)
            latest = migration_files[i].version;
    return latest;
}
