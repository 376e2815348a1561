/*
 * db_internal.h - the engine vtable behind db.h. Only db.c and the engines
 * (db_sqlite.c, db_pg.c) include this.
 *
 * Each engine embeds struct db / struct db_stmt as the first member of its
 * own connection / statement struct and casts back. db.c does the argument
 * checks that are common to both (NULL handles, index ranges it can know)
 * and forwards; the engine fills err with the engine's message.
 */
#ifndef MERIT_DB_DB_INTERNAL_H
#define MERIT_DB_DB_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "db/db.h"

struct db_ops {
    enum db_engine engine;
    const char *name;
    void (*close)(struct db *db);
    int (*exec)(struct db *db, const char *sql, struct merit_error *err);
    int (*begin)(struct db *db, struct merit_error *err);
    int (*commit)(struct db *db, struct merit_error *err);
    void (*rollback)(struct db *db);
    struct db_stmt *(*prepare)(struct db *db, const char *sql, struct merit_error *err);
    /* s == NULL binds SQL NULL */
    void (*bind_textn)(struct db_stmt *st, int idx, const char *s, size_t len);
    /* optional: like bind_textn without copying (db_bind_text_ref); NULL = copy */
    void (*bind_text_ref)(struct db_stmt *st, int idx, const char *s, size_t len);
    void (*bind_int64)(struct db_stmt *st, int idx, int64_t v);
    void (*bind_double)(struct db_stmt *st, int idx, double v);
    int (*step)(struct db_stmt *st, struct merit_error *err);
    int (*column_count)(struct db_stmt *st);
    const char *(*column_name)(struct db_stmt *st, int col);
    int (*col_isnull)(struct db_stmt *st, int col);
    /* NULL for SQL NULL (db.c turns it into "") */
    const char *(*col_text)(struct db_stmt *st, int col);
    int64_t (*col_int64)(struct db_stmt *st, int col);
    double (*col_double)(struct db_stmt *st, int col);
    int64_t (*changes)(struct db_stmt *st);
    void (*reset)(struct db_stmt *st);
    void (*finalize)(struct db_stmt *st);
    /* table and cols were checked by db.c to be plain identifiers */
    int (*copy_begin)(struct db *db, const char *table, const char *const *cols, int ncols,
                      struct merit_error *err);
    int (*copy_row)(struct db *db, const char *const *vals, struct merit_error *err);
    int (*copy_end)(struct db *db, struct merit_error *err);
    /* optional (NULL: no-ops): see db_begin_read */
    int (*begin_read)(struct db *db, struct merit_error *err);
    void (*end_read)(struct db *db);
    /* optional (NULL: not supported): see db_data_version */
    int (*data_version)(struct db *db, uint64_t *out, struct merit_error *err);
};

struct db {
    const struct db_ops *ops;
    int copy_ncols;  /* > 0 while a db_copy_* is in progress */
    uint64_t serial; /* set by db_open: unique among this process's connections */
};

struct db_stmt {
    struct db *db;
};

/* path is the part after "sqlite:"; parent directories already exist. */
int db_sqlite_open(const char *path, struct db **out, struct merit_error *err);
/* conninfo goes to PQconnectdb as-is; shown is the redacted form for messages. */
int db_pg_open(const char *conninfo, const char *shown, struct db **out, struct merit_error *err);

#endif
