/*
 * testutil.h - shared helpers for the Criterion unit tests.
 */
#ifndef MERIT_TESTS_TESTUTIL_H
#define MERIT_TESTS_TESTUTIL_H

#include "db/db.h"
#include "io/table.h"

/**
 * Opens a fresh database with every migration applied. engine is "sqlite"
 * (an in-memory database) or "pg" (a new database in the cluster named by
 * MERIT_TEST_PG; the test is skipped when that is unset). Aborts the test on
 * failure.
 */
struct db *tu_db_open(const char *engine);
/** The URL tu_db_open used last (for tests that open a second connection). */
const char *tu_db_url(void);
/** Returns a malloc'd absolute path under the source tree ($MERIT_SRC). */
char *tu_src_path(const char *rel);
/** Writes data to a new temporary file and returns its malloc'd path. */
char *tu_write_temp(const char *suffix, const void *data, size_t len);

/**
 * Defines one test case body run twice, as SUITE_sqlite/NAME and SUITE_pg/NAME;
 * the body receives `const char *engine` to pass to tu_db_open:
 *   TU_BOTH_ENGINES(db, rollback) { struct db *db = tu_db_open(engine); ... }
 */
#define TU_BOTH_ENGINES(suite, name)                                                               \
    static void case_##name(const char *engine);                                                   \
    Test(suite##_sqlite, name)                                                                     \
    {                                                                                              \
        case_##name("sqlite");                                                                     \
    }                                                                                              \
    Test(suite##_pg, name)                                                                         \
    {                                                                                              \
        case_##name("pg");                                                                         \
    }                                                                                              \
    static void case_##name(const char *engine)

/** Reads the next row of r and asserts its number and cells (a NULL-terminated list). */
void tu_expect_row(struct table_reader *r, long rowno, ...);
/** Asserts that r has no more rows. */
void tu_expect_end(struct table_reader *r);

#endif
