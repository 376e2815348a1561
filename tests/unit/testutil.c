#include "testutil.h"

#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "db/migrate.h"

static char tu_url[1024];

const char *tu_db_url(void)
{
    return tu_url;
}

static void tu_pg_create(void)
{
    static unsigned counter;
    const char *admin = getenv("MERIT_TEST_PG");
    const char *q;
    char name[64];
    struct db *db = NULL;
    struct merit_error err;
    struct buf sql = BUF_INIT;

    if (!admin || !*admin)
        cr_skip_test("MERIT_TEST_PG is not set (run under scripts/with-pg.sh)");
    snprintf(name, sizeof(name), "merit_u_%ld_%u", (long)getpid(), counter++);
    if (db_open(admin, &db, &err) != 0)
        cr_assert_fail("cannot connect to %s: %s", admin, err.msg);
    buf_printf(&sql, "DROP DATABASE IF EXISTS %s; CREATE DATABASE %s", name, name);
    if (db_exec(db, sql.data, &err) != 0)
        cr_assert_fail("cannot create database %s: %s", name, err.msg);
    buf_release(&sql);
    db_close(db);
    /* admin is "postgresql:///postgres?query": swap the database name */
    q = strchr(admin, '?');
    snprintf(tu_url, sizeof(tu_url), "postgresql:///%s%s", name, q ? q : "");
}

struct db *tu_db_open(const char *engine)
{
    struct db *db = NULL;
    struct merit_error err;
    int applied = 0;

    if (strcmp(engine, "pg") == 0)
        tu_pg_create();
    else
        snprintf(tu_url, sizeof(tu_url), "sqlite::memory:");
    if (db_open(tu_url, &db, &err) != 0)
        cr_assert_fail("db_open(%s): %s", tu_url, err.msg);
    if (migrate_up(db, &applied, &err) != 0)
        cr_assert_fail("migrate_up(%s): %s", tu_url, err.msg);
    return db;
}

char *tu_src_path(const char *rel)
{
    const char *src = getenv("MERIT_SRC");
    struct buf b = BUF_INIT;

    buf_printf(&b, "%s/%s", src && *src ? src : ".", rel);
    return buf_detach(&b, NULL);
}

char *tu_write_temp(const char *suffix, const void *data, size_t len)
{
    char tmpl[] = "/tmp/merit-test-XXXXXX";
    int fd = mkstemp(tmpl);
    struct buf path = BUF_INIT;
    FILE *f;

    cr_assert(fd >= 0);
    close(fd);
    unlink(tmpl);
    buf_printf(&path, "%s%s", tmpl, suffix ? suffix : "");
    f = fopen(path.data, "wb");
    cr_assert(f != NULL);
    cr_assert(fwrite(data, 1, len, f) == len);
    fclose(f);
    return buf_detach(&path, NULL);
}

/* Unit tests check English messages: English unless MERIT_LANG says otherwise. */
__attribute__((constructor)) static void tu_lang_from_env(void)
{
    const char *l = getenv("MERIT_LANG");
    enum lang lang;

    i18n_set(l && i18n_parse(l, &lang) == 0 ? lang : LANG_EN);
}

void tu_expect_row(struct table_reader *r, long rowno, ...)
{
    struct table_row row;
    struct merit_error err;
    va_list ap;
    size_t i = 0;
    const char *want;
    int rc = table_next(r, &row, &err);

    cr_assert_eq(rc, 1, "expected row %ld, got rc=%d (%s)", rowno, rc, rc < 0 ? err.msg : "");
    cr_assert_eq(row.rowno, rowno, "row number %ld, want %ld", row.rowno, rowno);
    va_start(ap, rowno);
    while ((want = va_arg(ap, const char *)) != NULL) {
        cr_assert_lt(i, row.ncells, "row %ld has only %zu cells", rowno, row.ncells);
        cr_assert_str_eq(row.cells[i], want, "row %ld cell %zu", rowno, i);
        cr_assert_eq(row.lens[i], strlen(want));
        i++;
    }
    va_end(ap);
    cr_assert_eq(row.ncells, i, "row %ld: %zu cells, want %zu", rowno, row.ncells, i);
}

void tu_expect_end(struct table_reader *r)
{
    struct table_row row;
    struct merit_error err;
    int rc = table_next(r, &row, &err);

    cr_assert_eq(rc, 0, "expected end, got rc=%d (row %ld) %s", rc, rc > 0 ? row.rowno : 0L,
                 rc < 0 ? err.msg : "");
}
