#include "cli/cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>

#include "base/i18n.h"
#include "base/xmalloc.h"
#include "db/migrate.h"
#include "store/tenant.h"

int cli_common_opt(struct cli_ctx *ctx, int opt, const char *arg)
{
    enum lang l;

    switch (opt) {
    case CLI_OPT_DB:
        ctx->db_url = arg;
        return 1;
    case CLI_OPT_TENANT:
        ctx->tenant = arg;
        return 1;
    case CLI_OPT_LANG:
        if (i18n_parse(arg, &l) != 0) {
            fprintf(
                stderr, "merit: %s '%s'\n",
                T("bahasa tidak dikenal (pakai id atau en):", "unknown language (use id or en):"),
                arg);
            return -1;
        }
        i18n_set(l);
        return 1;
    case CLI_OPT_CONFIG:
        /* read before the command runs (see main.c); accepted here so getopt does not complain */
        return 1;
    case CLI_OPT_QUIET:
        ctx->quiet = 1;
        return 1;
    default:
        return 0;
    }
}

int cli_fail(const struct merit_error *e)
{
    fprintf(stderr, "merit: %s\n", e->msg[0] ? e->msg : err_name(e->code));
    return err_exit_code(e->code);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;

    fprintf(stderr, "merit %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n%s 'merit %s --help'\n", T("Lihat", "See"), cmd);
    return EX_USAGE;
}

int cli_open_db(struct cli_ctx *ctx, struct db **db, struct merit_error *err)
{
    int version = 0;
    char *shown = NULL;

    if (db_open(ctx->db_url, db, err) != 0)
        return -1;
    if (migrate_version(*db, &version, err) != 0)
        goto fail;
    /* messages name the database, never its password */
    shown = db_url_redact(ctx->db_url);
    if (version < migrate_latest()) {
        err_set(
            err, MERIT_ECONFIG,
            T("skema basis data %s versi %d, program butuh versi %d: jalankan 'merit init' dulu",
              "database %s is at schema version %d, this program needs %d: run 'merit init' "
              "first"),
            shown, version, migrate_latest());
        goto fail;
    }
    if (version > migrate_latest()) {
        err_set(err, MERIT_ECONFIG,
                T("basis data %s dibuat oleh merit yang lebih baru (skema %d > %d)",
                  "database %s was written by a newer merit (schema %d > %d)"),
                shown, version, migrate_latest());
        goto fail;
    }
    free(shown);
    return 0;
fail:
    free(shown);
    db_close(*db);
    *db = NULL;
    return -1;
}

int cli_open_tenant(struct cli_ctx *ctx, struct db **db, int64_t *tenant_id,
                    struct merit_error *err)
{
    if (cli_open_db(ctx, db, err) != 0)
        return -1;
    if (tenant_find(*db, ctx->tenant, tenant_id, err) != 0) {
        db_close(*db);
        *db = NULL;
        return -1;
    }
    return 0;
}

void cli_print_json(json_t *j)
{
    char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));

    if (s)
        puts(s);
    free(s);
}

const char *cli_jstr(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));

    return s ? s : "";
}
