#include <criterion/criterion.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/xmalloc.h"
#include "db/db.h"
#include "testutil.h"

/* Each case runs once per engine; the pg variant skips without MERIT_TEST_PG. */
#define BOTH(name) TU_BOTH_ENGINES(db, name)

static void exec_ok(struct db *db, const char *sql)
{
    struct merit_error err;

    if (db_exec(db, sql, &err) != 0)
        cr_assert_fail("db_exec(%s): %s", sql, err.msg);
}

static struct db_stmt *prep(struct db *db, const char *sql)
{
    struct merit_error err;
    struct db_stmt *st = db_prepare(db, sql, &err);

    if (!st)
        cr_assert_fail("db_prepare(%s): %s", sql, err.msg);
    return st;
}

static int64_t q64(struct db *db, const char *sql)
{
    struct merit_error err;
    int64_t v = -12345;

    if (db_query_int64(db, sql, NULL, 0, &v, &err) != 0)
        cr_assert_fail("db_query_int64(%s): %s", sql, err.msg);
    return v;
}

static const char *const names[] = {"Ni Luh Putu Ayu Ṣari", "Ma'ruf", "Dr. H. Ahmad, S.E., M.M.",
                                    ""};

BOTH(roundtrip)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;
    struct db_stmt *ins, *sel;
    const int64_t ints[] = {INT64_MIN, -1, 0, INT64_MAX};
    const double dbls[] = {3.141592653589793, -0.5, 1e300, 2.2250738585072014e-308};
    int n = 0;

    exec_ok(db, "CREATE TABLE t (k INTEGER PRIMARY KEY, s TEXT, n BIGINT, d DOUBLE PRECISION)");
    ins = prep(db, "INSERT INTO t (k, s, n, d) VALUES ($1, $2, $3, $4)");
    for (int i = 0; i < 4; i++) {
        db_bind_int64(ins, 1, i);
        db_bind_text(ins, 2, names[i]);
        db_bind_int64(ins, 3, ints[i]);
        db_bind_double(ins, 4, dbls[i]);
        cr_assert_eq(db_step(ins, &err), DB_DONE, "%s", err.msg);
        cr_assert_eq(db_changes(ins), 1);
        db_reset(ins);
    }
    /* a row of NULLs, and textn with a length shorter than the string */
    db_bind_int64(ins, 1, 4);
    db_bind_null(ins, 2);
    db_bind_text(ins, 3, NULL);
    db_bind_null(ins, 4);
    cr_assert_eq(db_step(ins, &err), DB_DONE, "%s", err.msg);
    db_reset(ins);
    db_bind_int64(ins, 1, 5);
    db_bind_textn(ins, 2, "abcdef", 3);
    cr_assert_eq(db_step(ins, &err), DB_DONE, "%s", err.msg);
    /* after DONE a further step does not run the INSERT again */
    cr_assert_eq(db_step(ins, &err), DB_DONE);
    db_finalize(ins);
    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM t"), 6);

    sel = prep(db, "SELECT k, s, n, d FROM t ORDER BY k");
    cr_assert_eq(db_column_count(sel), 4);
    cr_assert_str_eq(db_column_name(sel, 1), "s");
    while (db_step(sel, &err) == DB_ROW) {
        int k = (int)db_col_int64(sel, 0);

        cr_assert_eq(k, n);
        if (k < 4) {
            cr_assert_str_eq(db_col_text(sel, 1), names[k]);
            cr_assert_not(db_col_isnull(sel, 1));
            cr_assert_eq(db_col_int64(sel, 2), ints[k], "k=%d: %" PRId64, k, db_col_int64(sel, 2));
            cr_assert_eq(db_col_double(sel, 3), dbls[k], "k=%d: %.17g", k, db_col_double(sel, 3));
        } else if (k == 4) {
            cr_assert(db_col_isnull(sel, 1));
            cr_assert(db_col_isnull(sel, 2));
            cr_assert(db_col_isnull(sel, 3));
            cr_assert_str_eq(db_col_text(sel, 1), "");
            cr_assert_eq(db_col_int64(sel, 2), 0);
        } else {
            cr_assert_str_eq(db_col_text(sel, 1), "abc");
            /* bindings persisted from the previous run */
            cr_assert(db_col_isnull(sel, 2));
        }
        n++;
    }
    cr_assert_eq(n, 6);
    db_finalize(sel);
    db_close(db);
}

BOTH(placeholders_out_of_order)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;
    struct db_stmt *st;

    st = prep(db, "SELECT CAST($2 AS TEXT) || '-' || CAST($1 AS TEXT), CAST($2 AS TEXT)");
    db_bind_text(st, 1, "one");
    db_bind_text(st, 2, "two");
    cr_assert_eq(db_step(st, &err), DB_ROW, "%s", err.msg);
    cr_assert_str_eq(db_col_text(st, 0), "two-one");
    cr_assert_str_eq(db_col_text(st, 1), "two");
    db_finalize(st);

    exec_ok(db, "CREATE TABLE p (a TEXT, b INTEGER)");
    st = prep(db, "INSERT INTO p (b, a) VALUES ($2, $1)");
    db_bind_text(st, 1, "x");
    db_bind_int64(st, 2, 42);
    cr_assert_eq(db_step(st, &err), DB_DONE, "%s", err.msg);
    db_finalize(st);
    cr_assert_eq(q64(db, "SELECT b FROM p WHERE a = 'x'"), 42);
    db_close(db);
}

BOTH(unique_violation_is_conflict)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;
    struct db_stmt *st = prep(db, "INSERT INTO tenant (code, name) VALUES ($1, $2)");

    db_bind_text(st, 1, "kab-x");
    db_bind_text(st, 2, "Kabupaten X");
    cr_assert_eq(db_step(st, &err), DB_DONE, "%s", err.msg);
    db_reset(st);
    cr_assert_eq(db_step(st, &err), DB_ERROR);
    cr_assert_eq(err.code, MERIT_ECONFLICT, "code %d: %s", err.code, err.msg);
    cr_assert(strlen(err.msg) > 0);
    db_finalize(st);
    /* the connection is still usable */
    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM tenant"), 1);
    db_close(db);
}

BOTH(rollback_leaves_nothing)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;

    db_rollback(db); /* no transaction: harmless */
    cr_assert_eq(db_begin(db, &err), 0, "%s", err.msg);
    exec_ok(db, "INSERT INTO tenant (code, name) VALUES ('a', 'A'); "
                "INSERT INTO tenant (code, name) VALUES ('b', 'B')");
    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM tenant"), 2);
    db_rollback(db);
    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM tenant"), 0);

    cr_assert_eq(db_begin(db, &err), 0, "%s", err.msg);
    exec_ok(db, "INSERT INTO tenant (code, name) VALUES ('c', 'C')");
    cr_assert_eq(db_commit(db, &err), 0, "%s", err.msg);
    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM tenant"), 1);

    /* a failed statement inside a transaction: commit must not pretend */
    cr_assert_eq(db_begin(db, &err), 0, "%s", err.msg);
    exec_ok(db, "INSERT INTO tenant (code, name) VALUES ('d', 'D')");
    cr_assert_neq(db_exec(db, "INSERT INTO tenant (code, name) VALUES ('c', 'again')", &err), 0);
    cr_assert_eq(err.code, MERIT_ECONFLICT, "%s", err.msg);
    db_rollback(db);
    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM tenant"), 1);
    db_close(db);
}

static const char *const copy_vals[][3] = {
    {"1", "tab\there", "line\nbreak"},
    {"2", "back\\slash", "\\N"},
    {"3", NULL, ""},
    {"4", "cr\r\nlf", "Ni Luh Putu Ayu Ṣari\t\\t"},
    {"5", "\\.", "end\\"},
};

BOTH(copy_roundtrip)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;
    const char *cols[] = {"n", "a", "b"};
    struct db_stmt *st;
    int i = 0;

    exec_ok(db, "CREATE TABLE c (n INTEGER, a TEXT, b TEXT)");
    cr_assert_eq(db_begin(db, &err), 0, "%s", err.msg);
    cr_assert_eq(db_copy_begin(db, "c", cols, 3, &err), 0, "%s", err.msg);
    for (size_t r = 0; r < sizeof(copy_vals) / sizeof(copy_vals[0]); r++)
        cr_assert_eq(db_copy_row(db, copy_vals[r], &err), 0, "%s", err.msg);
    cr_assert_eq(db_copy_end(db, &err), 0, "%s", err.msg);
    cr_assert_eq(db_commit(db, &err), 0, "%s", err.msg);

    st = prep(db, "SELECT n, a, b FROM c ORDER BY n");
    while (db_step(st, &err) == DB_ROW) {
        cr_assert_str_eq(db_col_text(st, 0), copy_vals[i][0]);
        for (int c = 1; c < 3; c++) {
            if (copy_vals[i][c]) {
                cr_assert_not(db_col_isnull(st, c), "row %d col %d", i, c);
                cr_assert_str_eq(db_col_text(st, c), copy_vals[i][c], "row %d col %d", i, c);
            } else {
                cr_assert(db_col_isnull(st, c), "row %d col %d", i, c);
            }
        }
        i++;
    }
    cr_assert_eq(i, 5);
    db_finalize(st);
    db_close(db);
}

BOTH(copy_large_and_errors)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;
    const char *cols[] = {"n", "s"};
    char num[32], text[64];
    const char *vals[2] = {num, text};

    exec_ok(db, "CREATE TABLE big (n INTEGER PRIMARY KEY, s TEXT NOT NULL)");
    cr_assert_eq(db_begin(db, &err), 0, "%s", err.msg);
    cr_assert_eq(db_copy_begin(db, "big", cols, 2, &err), 0, "%s", err.msg);
    /* enough bytes for several COPY chunks */
    for (int i = 0; i < 30000; i++) {
        snprintf(num, sizeof(num), "%d", i);
        snprintf(text, sizeof(text), "row\t%d with some padding to make it longer", i);
        cr_assert_eq(db_copy_row(db, vals, &err), 0, "%s", err.msg);
    }
    cr_assert_eq(db_copy_end(db, &err), 0, "%s", err.msg);
    cr_assert_eq(db_commit(db, &err), 0, "%s", err.msg);
    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM big"), 30000);
    cr_assert_eq(q64(db, "SELECT SUM(n) FROM big"), 29999LL * 30000 / 2);

    /* a duplicate key fails (at the row on SQLite, at the end on PG) and
     * rollback leaves the table as it was and the connection usable */
    cr_assert_eq(db_begin(db, &err), 0, "%s", err.msg);
    cr_assert_eq(db_copy_begin(db, "big", cols, 2, &err), 0, "%s", err.msg);
    snprintf(num, sizeof(num), "%d", 30000);
    int rc = db_copy_row(db, vals, &err);
    cr_assert_eq(rc, 0, "%s", err.msg);
    snprintf(num, sizeof(num), "%d", 5);
    rc = db_copy_row(db, vals, &err);
    if (rc == 0)
        rc = db_copy_end(db, &err);
    cr_assert_neq(rc, 0);
    cr_assert_eq(err.code, MERIT_ECONFLICT, "%d %s", err.code, err.msg);
    db_rollback(db);
    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM big"), 30000);
    /* a new copy can start after the rollback */
    cr_assert_eq(db_copy_begin(db, "big", cols, 2, &err), 0, "%s", err.msg);
    cr_assert_eq(db_copy_end(db, &err), 0, "%s", err.msg);

    cr_assert_neq(db_copy_begin(db, "big; DROP TABLE big", cols, 2, &err), 0);
    cr_assert_eq(err.code, MERIT_EINTERNAL);
    db_close(db);
}

BOTH(streaming_with_interleaved_statement)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;
    const char *cols[] = {"n"};
    char num[32];
    const char *vals[1] = {num};
    struct db_stmt *a, *b;
    int64_t sum = 0;
    int rows = 0, rc;

    exec_ok(db, "CREATE TABLE s (n INTEGER)");
    cr_assert_eq(db_begin(db, &err), 0, "%s", err.msg);
    cr_assert_eq(db_copy_begin(db, "s", cols, 1, &err), 0, "%s", err.msg);
    for (int i = 1; i <= 20000; i++) {
        snprintf(num, sizeof(num), "%d", i);
        cr_assert_eq(db_copy_row(db, vals, &err), 0, "%s", err.msg);
    }
    cr_assert_eq(db_copy_end(db, &err), 0, "%s", err.msg);
    cr_assert_eq(db_commit(db, &err), 0, "%s", err.msg);

    a = prep(db, "SELECT n FROM s ORDER BY n");
    for (int i = 1; i <= 100; i++) {
        cr_assert_eq(db_step(a, &err), DB_ROW, "%s", err.msg);
        cr_assert_eq(db_col_int64(a, 0), i);
    }
    /* another statement while a is mid-iteration */
    b = prep(db, "SELECT COUNT(*) FROM s WHERE n > $1");
    db_bind_int64(b, 1, 19990);
    cr_assert_eq(db_step(b, &err), DB_ROW, "%s", err.msg);
    cr_assert_eq(db_col_int64(b, 0), 10);
    cr_assert_eq(db_step(b, &err), DB_DONE, "%s", err.msg);
    exec_ok(db, "UPDATE s SET n = n WHERE n = 1");

    rc = db_step(a, &err);
    if (strcmp(engine, "pg") == 0) {
        /* drained: an error, not a silent early end */
        cr_assert_eq(rc, DB_ERROR);
        cr_assert_eq(err.code, MERIT_EINTERNAL);
    } else {
        cr_assert_eq(rc, DB_ROW, "%s", err.msg);
        cr_assert_eq(db_col_int64(a, 0), 101);
    }

    db_reset(a);
    while ((rc = db_step(a, &err)) == DB_ROW) {
        sum += db_col_int64(a, 0);
        rows++;
    }
    cr_assert_eq(rc, DB_DONE, "%s", err.msg);
    cr_assert_eq(rows, 20000);
    cr_assert_eq(sum, 20000LL * 20001 / 2);
    db_finalize(a);
    db_finalize(b);
    db_close(db);
}

BOTH(changes_and_query_int64)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;
    struct db_stmt *st;
    const char *params[] = {"b"};
    int64_t v = -1;

    exec_ok(db, "INSERT INTO tenant (code, name) VALUES ('a', 'A'); "
                "INSERT INTO tenant (code, name) VALUES ('b', 'B'); "
                "INSERT INTO tenant (code, name) VALUES ('c', 'C')");
    st = prep(db, "UPDATE tenant SET name = name || '!' WHERE code <> $1");
    db_bind_text(st, 1, "b");
    cr_assert_eq(db_step(st, &err), DB_DONE, "%s", err.msg);
    cr_assert_eq(db_changes(st), 2);
    db_finalize(st);

    st = prep(db, "SELECT code FROM tenant");
    while (db_step(st, &err) == DB_ROW)
        ;
    cr_assert_eq(db_changes(st), 0);
    db_finalize(st);

    cr_assert_eq(
        db_query_int64(db, "SELECT COUNT(*) FROM tenant WHERE code = $1", params, 1, &v, &err), 0,
        "%s", err.msg);
    cr_assert_eq(v, 1);
    cr_assert_eq(db_query_int64(db, "SELECT id FROM tenant WHERE code = 'zz'", NULL, 0, &v, &err),
                 0, "%s", err.msg);
    cr_assert_eq(v, 0);
    cr_assert_neq(db_query_int64(db, "SELECT nope FROM tenant", NULL, 0, &v, &err), 0);
    cr_assert_eq(err.code, MERIT_EDB);
    cr_assert_str_eq(db_engine_name(db), strcmp(engine, "pg") == 0 ? "postgresql" : "sqlite");
    db_close(db);
}

Test(db, null_handles_are_noops)
{
    db_close(NULL);
    db_finalize(NULL);
    db_reset(NULL);
    db_rollback(NULL);
}

Test(db, bad_urls)
{
    struct db *db = (struct db *)1;
    struct merit_error err;

    cr_assert_neq(db_open("mysql://bob:s3cret@db.example/merit", &db, &err), 0);
    cr_assert_null(db);
    cr_assert_eq(err.code, MERIT_ECONFIG);
    cr_assert_null(strstr(err.msg, "s3cret"), "%s", err.msg);
    cr_assert_not_null(strstr(err.msg, "sqlite:"), "%s", err.msg);
    cr_assert_not_null(strstr(err.msg, "postgresql://"), "%s", err.msg);

    cr_assert_neq(db_open("sqlite:", &db, &err), 0);
    cr_assert_eq(err.code, MERIT_ECONFIG);

    /* nothing listens on port 1: the error must not show the password */
    cr_assert_neq(db_open("postgresql://bob:s3cret@127.0.0.1:1/merit?connect_timeout=2", &db, &err),
                  0);
    cr_assert_eq(err.code, MERIT_EDB);
    cr_assert_null(strstr(err.msg, "s3cret"), "%s", err.msg);
    cr_assert_neq(
        db_open("pg:host=127.0.0.1 port=1 password='s3 cret' connect_timeout=2", &db, &err), 0);
    cr_assert_null(strstr(err.msg, "s3"), "%s", err.msg);
}

Test(db, url_redact)
{
    struct {
        const char *in, *out;
    } cases[] = {
        {"postgresql://bob:pw@host:5432/db?sslmode=require",
         "postgresql://bob:***@host:5432/db?sslmode=require"},
        {"postgres://bob@host/db", "postgres://bob@host/db"},
        {"postgresql:///db?user=bob&password=pw&port=5",
         "postgresql:///db?user=bob&password=***&port=5"},
        {"pg:host=/tmp password = 'a b\\' c' dbname=x", "pg:host=/tmp password = *** dbname=x"},
        {"pg:mypassword=x", "pg:mypassword=x"},
        {"sqlite:/var/lib/merit.db", "sqlite:/var/lib/merit.db"},
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *r = db_url_redact(cases[i].in);

        cr_assert_str_eq(r, cases[i].out);
        free(r);
    }
}

Test(db, sqlite_file_creates_dirs_and_uses_wal)
{
    char tmpl[] = "/tmp/merit-dbtest-XXXXXX";
    struct buf url = BUF_INIT, path = BUF_INIT;
    struct db *db = NULL, *db2 = NULL;
    struct merit_error err;
    struct db_stmt *st;
    struct stat sb;

    cr_assert_not_null(mkdtemp(tmpl));
    buf_printf(&path, "%s/a/b/merit.db", tmpl);
    buf_printf(&url, "sqlite:%s", path.data);
    cr_assert_eq(db_open(url.data, &db, &err), 0, "%s", err.msg);
    cr_assert_eq(db_engine(db), DB_ENGINE_SQLITE);
    cr_assert_eq(stat(path.data, &sb), 0);
    st = prep(db, "PRAGMA journal_mode");
    cr_assert_eq(db_step(st, &err), DB_ROW, "%s", err.msg);
    cr_assert_str_eq(db_col_text(st, 0), "wal");
    db_finalize(st);
    cr_assert_eq(q64(db, "PRAGMA foreign_keys"), 1);

    /* a second writer waits for BEGIN IMMEDIATE, then gets EBUSY */
    exec_ok(db, "CREATE TABLE w (x INTEGER)");
    cr_assert_eq(db_open(url.data, &db2, &err), 0, "%s", err.msg);
    cr_assert_eq(db_begin(db, &err), 0, "%s", err.msg);
    exec_ok(db2, "PRAGMA busy_timeout = 50");
    cr_assert_neq(db_begin(db2, &err), 0);
    cr_assert_eq(err.code, MERIT_EBUSY, "%d %s", err.code, err.msg);
    db_rollback(db);
    cr_assert_eq(db_begin(db2, &err), 0, "%s", err.msg);
    db_rollback(db2);

    db_close(db2);
    db_close(db);
    unlink(path.data);
    buf_reset(&url);
    buf_printf(&url, "%s-wal", path.data);
    unlink(url.data);
    buf_reset(&url);
    buf_printf(&url, "%s-shm", path.data);
    unlink(url.data);
    buf_reset(&url);
    buf_printf(&url, "%s/a/b", tmpl);
    rmdir(url.data);
    buf_reset(&url);
    buf_printf(&url, "%s/a", tmpl);
    rmdir(url.data);
    rmdir(tmpl);
    buf_release(&url);
    buf_release(&path);
}

BOTH(exec_multi_statement_literals)
{
    struct db *db = tu_db_open(engine);
    struct db_stmt *st;
    struct merit_error err;
    const char *want[] = {"a;b", "it's;", "/* no */", "-- no"};
    int n = 0;

    /* semicolons inside literals and comments do not end a statement */
    exec_ok(db, "CREATE TABLE x (k INTEGER, a TEXT); /* ; */ -- ;\n"
                "INSERT INTO x VALUES (0, 'a;b'), (1, 'it''s;');\n"
                "INSERT INTO x VALUES (2, '/* no */'); INSERT INTO x VALUES (3, '-- no');;\n"
                "-- trailing comment");
    if (strcmp(engine, "pg") == 0) {
        /* PostgreSQL-only syntax: E'' escapes and dollar quoting */
        exec_ok(db, "INSERT INTO x VALUES (4, E'c\\';d'); INSERT INTO x VALUES (5, $$d;'$$);"
                    "INSERT INTO x VALUES (6, $t$x;$$;$t$)");
        cr_assert_eq(q64(db, "SELECT COUNT(*) FROM x WHERE a IN ('c'';d', 'd;''', 'x;$$;')"), 3);
        /* statements that refuse to run in a transaction block */
        exec_ok(db, "VACUUM x; ANALYZE x");
    }
    st = prep(db, "SELECT a FROM x WHERE k < 4 ORDER BY k");
    while (db_step(st, &err) == DB_ROW) {
        cr_assert_str_eq(db_col_text(st, 0), want[n]);
        n++;
    }
    cr_assert_eq(n, 4);
    db_finalize(st);
    cr_assert_neq(db_exec(db, "INSERT INTO x VALUES (9, 'z'); SELECT * FROM nope", &err), 0);
    cr_assert_eq(err.code, MERIT_EDB);
    db_close(db);
}

BOTH(finalize_other_statement_mid_iteration)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;
    struct db_stmt *a, *b;
    int rc;

    exec_ok(db, "INSERT INTO tenant (code, name) VALUES ('a', 'A'); "
                "INSERT INTO tenant (code, name) VALUES ('b', 'B')");
    b = prep(db, "SELECT 1");
    a = prep(db, "SELECT code FROM tenant ORDER BY code");
    cr_assert_eq(db_step(a, &err), DB_ROW, "%s", err.msg);
    db_finalize(b);
    /* never a silent, truncated DB_DONE */
    rc = db_step(a, &err);
    if (strcmp(engine, "pg") == 0) {
        cr_assert_eq(rc, DB_ERROR);
    } else {
        cr_assert_eq(rc, DB_ROW);
        cr_assert_str_eq(db_col_text(a, 0), "b");
    }
    db_finalize(a);
    db_close(db);
}
