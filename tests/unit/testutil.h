/*
 * testutil.h - shared helpers for the Criterion unit tests.
 */
#ifndef MERIT_TESTS_TESTUTIL_H
#define MERIT_TESTS_TESTUTIL_H

#include "db/db.h"

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

#endif
