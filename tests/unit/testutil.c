#include "testutil.h"

#include <criterion/criterion.h>
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

/* Unit tests check English messages: honour MERIT_LANG (ctest sets it to en) before any test. */
__attribute__((constructor)) static void tu_lang_from_env(void)
{
    const char *l = getenv("MERIT_LANG");
    enum lang lang;

    if (l && i18n_parse(l, &lang) == 0)
        i18n_set(lang);
}
