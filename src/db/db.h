/*
 * db.h - one database interface, two engines (SQLite and PostgreSQL).
 *
 * SQL is written once, with PostgreSQL-style placeholders $1, $2, ...; the
 * SQLite engine binds them by name, so the same text runs on both. Dialect
 * differences live only in the per-engine migrations (migrations/sqlite,
 * migrations/pg). Every value crosses this interface as text or int64 or
 * double; dates are ISO "YYYY-MM-DD" text.
 *
 * A connection (struct db) is used by one thread at a time. Statements belong
 * to their connection and must be finalised before it is closed.
 *
 * Iteration rule: on PostgreSQL only one statement per connection can be
 * mid-iteration (stepped, returned DB_ROW, not yet DB_DONE). Preparing,
 * stepping or finalising another statement, db_exec, db_begin/commit/rollback or
 * db_copy_begin first drains the unfinished one: its remaining rows are read
 * and discarded, and its next db_step fails (MERIT_EINTERNAL) until db_reset.
 * Draining reads the rest of the result, so abandon large results with
 * db_reset/db_finalize only when that cost is acceptable. SQLite has no such
 * limit, but portable code must not rely on that.
 *
 * Errors: functions returning int give 0 on success and -1 on failure, and
 * fill *err (MERIT_EDB, or MERIT_EBUSY when the database is locked, or
 * MERIT_ECONFLICT on a unique/foreign-key violation).
 */
#ifndef MERIT_DB_DB_H
#define MERIT_DB_DB_H

#include <stddef.h>
#include <stdint.h>

#include "base/err.h"

struct db;
struct db_stmt;

enum db_engine { DB_ENGINE_SQLITE = 1, DB_ENGINE_PG = 2 };

/** Result of db_step. */
enum { DB_ERROR = -1, DB_DONE = 0, DB_ROW = 1 };

/**
 * Opens a connection. url is "sqlite:PATH" (PATH may be ":memory:"; parent
 * directories are created) or "postgresql://..." / "postgres://..." or a
 * libpq key=value string starting with "pg:" (e.g. "pg:host=/tmp dbname=x").
 * SQLite connections get WAL, foreign_keys=ON, synchronous=NORMAL and a 5 s
 * busy timeout. The caller owns *out and closes it with db_close.
 */
int db_open(const char *url, struct db **out, struct merit_error *err);
/** Closes the connection; NULL is a no-op. */
void db_close(struct db *db);
/**
 * Returns a malloc'd copy of url with any password replaced by "***"
 * (user:password@ in URIs, password=... in conninfo and URI query strings),
 * for messages and logs. The caller frees it.
 */
char *db_url_redact(const char *url);
enum db_engine db_engine(const struct db *db);
/** "sqlite" or "postgresql". */
const char *db_engine_name(const struct db *db);

/**
 * Runs one or more statements without parameters (migrations, DDL). They run
 * in order and stop at the first error; outside a transaction each one
 * commits on its own on both engines (so CREATE DATABASE or VACUUM work on
 * PostgreSQL), inside one they are part of it.
 */
int db_exec(struct db *db, const char *sql, struct merit_error *err);

/**
 * Turns the engine's foreign-key enforcement off (on = 0) or back on, outside a
 * transaction. Only for a bulk writer that has itself resolved every reference
 * inside its own write transaction (the import): on SQLite the per-row parent
 * lookups cost a fifth of a large import. PostgreSQL: no-op (its checks stay).
 */
int db_set_fk_checks(struct db *db, int on, struct merit_error *err);

int db_begin(struct db *db, struct merit_error *err);
/**
 * A read snapshot for several queries that belong together (a profile and
 * its histories). SQLite: a deferred transaction, so the reads see one state
 * and take the file locks once instead of once per statement. PostgreSQL:
 * nothing (each statement is its own snapshot; a transaction would cost two
 * round trips). End it with db_end_read, which never fails; no writes and
 * no db_begin between the two.
 */
int db_begin_read(struct db *db, struct merit_error *err);
/**
 * A number that changes whenever the database's content may have changed,
 * by this connection or any other: what a per-connection cache of derived
 * answers is validated against. Returns 1 with *out, 0 when the engine has
 * none (PostgreSQL: cache nothing), -1 on error.
 */
int db_data_version(struct db *db, uint64_t *out, struct merit_error *err);
/** Unique among the connections this process opened (a cache key beside db_data_version). */
uint64_t db_serial(const struct db *db);
void db_end_read(struct db *db);
/**
 * On PostgreSQL a transaction in which a statement failed cannot be
 * committed (MERIT_EDB; it is rolled back); SQLite only undoes the failed
 * statement. Portable callers roll back after any error.
 */
int db_commit(struct db *db, struct merit_error *err);
/**
 * Never fails from the caller's point of view; safe when no transaction is
 * open. Also abandons a db_copy_* in progress. On SQLite db_begin is BEGIN
 * IMMEDIATE (takes the write lock at once, waiting up to the busy timeout).
 */
void db_rollback(struct db *db);

/**
 * Prepares one statement with $1..$N placeholders. Returns NULL and fills err
 * on failure. The statement is owned by the caller (db_finalize).
 */
struct db_stmt *db_prepare(struct db *db, const char *sql, struct merit_error *err);
/* Binding: idx is 1-based. Text is copied; NULL text binds SQL NULL. */
void db_bind_text(struct db_stmt *st, int idx, const char *s);
void db_bind_textn(struct db_stmt *st, int idx, const char *s, size_t len);
/**
 * Like db_bind_text but without a copy where the engine allows it: s must stay
 * valid and unchanged until st has been stepped and then rebound. For bulk
 * writes where the copy is measurable.
 */
void db_bind_text_ref(struct db_stmt *st, int idx, const char *s);
void db_bind_int64(struct db_stmt *st, int idx, int64_t v);
void db_bind_double(struct db_stmt *st, int idx, double v);
void db_bind_null(struct db_stmt *st, int idx);
/**
 * Executes (first call) or advances. Returns DB_ROW with a row available,
 * DB_DONE when finished, DB_ERROR (and fills err) on failure. Large results
 * are streamed (row by row) on both engines.
 */
int db_step(struct db_stmt *st, struct merit_error *err);
int db_column_count(struct db_stmt *st);
const char *db_column_name(struct db_stmt *st, int col);
/** Column accessors are 0-based and valid until the next db_step/db_reset. */
int db_col_isnull(struct db_stmt *st, int col);
/** Returns "" for NULL. */
const char *db_col_text(struct db_stmt *st, int col);
int64_t db_col_int64(struct db_stmt *st, int col);
double db_col_double(struct db_stmt *st, int col);
/** Rows changed by the last completed INSERT/UPDATE/DELETE run of st. */
int64_t db_changes(struct db_stmt *st);
/** Makes st ready to run again; bindings are kept until rebound. */
void db_reset(struct db_stmt *st);
/** Frees st; NULL is a no-op. */
void db_finalize(struct db_stmt *st);

/**
 * Bulk load into an existing table (typically a TEMP staging table) inside
 * the caller's transaction. PostgreSQL uses COPY FROM STDIN (text format,
 * sent in 256 KiB chunks); SQLite uses a prepared INSERT. Values are text;
 * NULL means SQL NULL; any byte but NUL round-trips. table and cols must be
 * plain identifiers (letters, digits, '_', '.'), else MERIT_EINTERNAL.
 * Errors: SQLite reports a bad row at its db_copy_row; PostgreSQL usually
 * only at db_copy_end (the message names the COPY line). After a failure,
 * db_rollback abandons the copy and the transaction. Between begin and end
 * the connection must not be used for anything else.
 */
int db_copy_begin(struct db *db, const char *table, const char *const *cols, int ncols,
                  struct merit_error *err);
int db_copy_row(struct db *db, const char *const *vals, struct merit_error *err);
int db_copy_end(struct db *db, struct merit_error *err);

/**
 * Bulk loading into an EMPTY table (PostgreSQL "Populating a Database"):
 * db_bulk_suspend drops the table's foreign keys and plain (non-unique)
 * indexes inside the caller's transaction and returns what it takes to
 * recreate them; db_bulk_restore recreates them, validating every row, and
 * frees b. Taken locks (ACCESS EXCLUSIVE on the table and the tables it
 * references) last until commit, which is why this is only for a table no one
 * else has rows in yet. On SQLite both do nothing (*out = NULL). After a
 * failure, roll back and call db_bulk_free.
 */
struct db_bulk;
int db_bulk_suspend(struct db *db, const char *table, struct db_bulk **out,
                    struct merit_error *err);
int db_bulk_restore(struct db *db, struct db_bulk *b, struct merit_error *err);
void db_bulk_free(struct db_bulk *b);

/** Convenience: runs a query returning one int64 (0 if no row). */
int db_query_int64(struct db *db, const char *sql, const char *const *params, int nparams,
                   int64_t *out, struct merit_error *err);

#endif
