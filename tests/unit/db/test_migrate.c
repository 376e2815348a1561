#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "db/migrate.h"
#include "db/migrations_data.h"
#include "testutil.h"

#define BOTH(name) TU_BOTH_ENGINES(migrate, name)

static int64_t q64(struct db *db, const char *sql)
{
    struct merit_error err;
    int64_t v = -12345;

    if (db_query_int64(db, sql, NULL, 0, &v, &err) != 0)
        cr_assert_fail("db_query_int64(%s): %s", sql, err.msg);
    return v;
}

static int table_exists(struct db *db, const char *table)
{
    char sql[256];

    if (db_engine(db) == DB_ENGINE_PG)
        snprintf(sql, sizeof(sql), "SELECT CASE WHEN to_regclass('%s') IS NULL THEN 0 ELSE 1 END",
                 table);
    else
        snprintf(sql, sizeof(sql),
                 "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%s'", table);
    return (int)q64(db, sql);
}

Test(migrate, fresh_sqlite_applies_all_then_nothing)
{
    struct db *db = NULL;
    struct merit_error err;
    int applied = -1, version = -1, expected = 0;

    for (unsigned i = 0; i < migration_files_count; i++)
        if (strcmp(migration_files[i].dir, "pg") != 0)
            expected++;
    cr_assert_gt(expected, 0);
    cr_assert_eq(db_open("sqlite::memory:", &db, &err), 0, "%s", err.msg);
    cr_assert_eq(migrate_version(db, &version, &err), 0, "%s", err.msg);
    cr_assert_eq(version, 0);
    cr_assert_eq(migrate_up(db, &applied, &err), 0, "%s", err.msg);
    cr_assert_eq(applied, expected);
    cr_assert_eq(migrate_up(db, &applied, &err), 0, "%s", err.msg);
    cr_assert_eq(applied, 0);
    cr_assert_eq(migrate_version(db, &version, &err), 0, "%s", err.msg);
    cr_assert_eq(version, migrate_latest());
    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM schema_migrations"), expected);
    db_close(db);
}

BOTH(up_twice_and_latest)
{
    struct db *db = tu_db_open(engine); /* applies everything */
    struct merit_error err;
    int applied = -1, version = -1;

    cr_assert_eq(migrate_up(db, &applied, &err), 0, "%s", err.msg);
    cr_assert_eq(applied, 0);
    cr_assert_eq(migrate_version(db, &version, &err), 0, "%s", err.msg);
    cr_assert_eq(version, migrate_latest());
    cr_assert_gt(version, 0);
    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM schema_migrations WHERE name = '0001_schema' "
                         "AND applied_at LIKE '____-__-__T__:__:__Z'"),
                 1);
    db_close(db);
}

Test(migrate, engines_have_the_same_versions)
{
    char sqlite_v[4096] = "", pg_v[4096] = "";
    int last_sqlite = 0, last_pg = 0;

    /* the generated array is sorted by dir/name, so collect in version order */
    for (int v = 1; v <= migrate_latest(); v++) {
        for (unsigned i = 0; i < migration_files_count; i++) {
            const struct migration_file *f = &migration_files[i];
            char tmp[16];

            if (f->version != v)
                continue;
            snprintf(tmp, sizeof(tmp), "%d,", v);
            if (strcmp(f->dir, "pg") != 0 && last_sqlite != v) {
                strncat(sqlite_v, tmp, sizeof(sqlite_v) - strlen(sqlite_v) - 1);
                last_sqlite = v;
            }
            if (strcmp(f->dir, "sqlite") != 0 && last_pg != v) {
                strncat(pg_v, tmp, sizeof(pg_v) - strlen(pg_v) - 1);
                last_pg = v;
            }
        }
    }
    cr_assert_str_eq(sqlite_v, pg_v);
    cr_assert_eq(last_sqlite, migrate_latest());
}

BOTH(schema_has_core_tables)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;
    struct db_stmt *st;
    int64_t id;

    st = db_prepare(db, "INSERT INTO tenant (code, name) VALUES ($1, $2) RETURNING id", &err);
    cr_assert_not_null(st, "%s", err.msg);
    db_bind_text(st, 1, "kab-bandung");
    db_bind_text(st, 2, "Pemerintah Kabupaten Bandung");
    cr_assert_eq(db_step(st, &err), DB_ROW, "%s", err.msg);
    id = db_col_int64(st, 0);
    cr_assert_gt(id, 0);
    db_finalize(st);

    st = db_prepare(db, "SELECT code, name, created_at FROM tenant WHERE id = $1", &err);
    cr_assert_not_null(st, "%s", err.msg);
    db_bind_int64(st, 1, id);
    cr_assert_eq(db_step(st, &err), DB_ROW, "%s", err.msg);
    cr_assert_str_eq(db_col_text(st, 0), "kab-bandung");
    cr_assert_str_eq(db_col_text(st, 1), "Pemerintah Kabupaten Bandung");
    cr_assert_eq(strncmp(db_col_text(st, 2), "20", 2), 0, "%s", db_col_text(st, 2));
    cr_assert_eq(db_step(st, &err), DB_DONE, "%s", err.msg);
    db_finalize(st);

    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM unit"), 0);
    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM position"), 0);
    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM employee"), 0);
    /* foreign keys are enforced */
    cr_assert_neq(db_exec(db,
                          "INSERT INTO unit (tenant_id, code, name, kind) "
                          "VALUES (999999, 'u', 'U', 'opd')",
                          &err),
                  0);
    cr_assert_eq(err.code, MERIT_ECONFLICT, "%s", err.msg);
    db_close(db);
}

BOTH(failing_migration_rolls_back)
{
    struct db *db = tu_db_open(engine);
    const char *dir = strcmp(engine, "pg") == 0 ? "pg" : "sqlite";
    const char *other = strcmp(engine, "pg") == 0 ? "sqlite" : "pg";
    struct migration_file files[] = {
        {dir, 9001, "9001_ok", "CREATE TABLE m_ok (x INTEGER); INSERT INTO m_ok VALUES (1);"},
        {"ref", 9002, "9002_bad",
         "CREATE TABLE m_bad (x INTEGER); INSERT INTO m_bad VALUES (1); "
         "INSERT INTO no_such_table VALUES (1);"},
        {dir, 9003, "9003_never", "CREATE TABLE m_never (x INTEGER);"},
        /* another engine's file is not even looked at */
        {other, 9002, "9002_other", "this is not SQL"},
    };
    struct merit_error err;
    int applied = -1, version = -1;

    cr_assert_neq(migrate_up_files(db, files, 4, &applied, &err), 0);
    cr_assert_eq(applied, 1);
    cr_assert_not_null(strstr(err.msg, "migration 9002_bad failed: "), "%s", err.msg);
    cr_assert_not_null(strstr(err.msg, "no_such_table"), "%s", err.msg);
    cr_assert_eq(migrate_version(db, &version, &err), 0, "%s", err.msg);
    cr_assert_eq(version, 9001);
    cr_assert(table_exists(db, "m_ok"));
    cr_assert_not(table_exists(db, "m_bad"));
    cr_assert_not(table_exists(db, "m_never"));
    cr_assert_eq(q64(db, "SELECT COUNT(*) FROM schema_migrations WHERE version > 9001"), 0);

    /* once fixed, the rest applies */
    files[1].sql = "CREATE TABLE m_bad (x INTEGER);";
    cr_assert_eq(migrate_up_files(db, files, 4, &applied, &err), 0, "%s", err.msg);
    cr_assert_eq(applied, 2);
    cr_assert_eq(migrate_version(db, &version, &err), 0, "%s", err.msg);
    cr_assert_eq(version, 9003);
    db_close(db);
}

BOTH(duplicate_versions_rejected)
{
    struct db *db = tu_db_open(engine);
    const char *dir = strcmp(engine, "pg") == 0 ? "pg" : "sqlite";
    struct migration_file files[] = {
        {"ref", 9005, "9005_ref_data", "CREATE TABLE d1 (x INTEGER);"},
        {dir, 9005, "9005_engine", "CREATE TABLE d2 (x INTEGER);"},
    };
    struct merit_error err;
    int applied = -1;

    cr_assert_neq(migrate_up_files(db, files, 2, &applied, &err), 0);
    cr_assert_eq(err.code, MERIT_EINTERNAL);
    cr_assert_not_null(strstr(err.msg, "9005_ref_data"), "%s", err.msg);
    cr_assert_not_null(strstr(err.msg, "9005_engine"), "%s", err.msg);
    cr_assert_eq(applied, 0);
    cr_assert_not(table_exists(db, "d1"));
    cr_assert_not(table_exists(db, "d2"));
    db_close(db);
}

BOTH(version_zero_without_table)
{
    struct db *db = tu_db_open(engine);
    struct merit_error err;
    int version = -1;

    cr_assert_eq(db_exec(db, "DROP TABLE schema_migrations", &err), 0, "%s", err.msg);
    cr_assert_eq(migrate_version(db, &version, &err), 0, "%s", err.msg);
    cr_assert_eq(version, 0);
    db_close(db);
}
