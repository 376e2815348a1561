#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "services/policy.h"
#include "store/tenant.h"

static void tenant_help(void)
{
    printf("%s", T("Pemakaian:\n"
                   "  merit tenant add KODE NAMA   membuat (atau mengganti nama) instansi\n"
                   "  merit tenant list            daftar instansi dalam basis data\n",
                   "Usage:\n"
                   "  merit tenant add CODE NAME   create (or rename) an agency\n"
                   "  merit tenant list            list the agencies in the database\n"));
}

int cmd_tenant(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS, {0, 0, 0, 0}};
    struct merit_error err;
    struct db *db = NULL;
    struct db_stmt *st = NULL;
    int opt, rc = 0, step;
    int64_t id;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (opt == CLI_OPT_HELP) {
            tenant_help();
            return 0;
        }
        int h = cli_common_opt(ctx, opt, optarg);
        if (h <= 0)
            return cli_usage_error("tenant", "%s", T("opsi tidak dikenal", "unknown option"));
    }
    if (optind >= argc)
        return cli_usage_error("tenant", "%s", T("sebutkan add atau list", "say add or list"));
    if (cli_open_db(ctx, &db, &err) != 0)
        return cli_fail(&err);
    if (strcmp(argv[optind], "add") == 0) {
        if (argc - optind != 3) {
            rc = cli_usage_error("tenant", "%s",
                                 T("pakai: tenant add KODE NAMA", "use: tenant add CODE NAME"));
            goto out;
        }
        if (tenant_ensure(db, argv[optind + 1], argv[optind + 2], &id, &err) != 0 ||
            policy_ensure_default(db, id, &err) != 0) {
            rc = cli_fail(&err);
            goto out;
        }
        if (!ctx->quiet)
            printf("%s %s (id %lld)\n", T("instansi", "agency"), argv[optind + 1], (long long)id);
    } else if (strcmp(argv[optind], "list") == 0) {
        st = db_prepare(db, "SELECT code, name FROM tenant ORDER BY code", &err);
        if (!st) {
            rc = cli_fail(&err);
            goto out;
        }
        while ((step = db_step(st, &err)) == DB_ROW)
            printf("%s\t%s\n", db_col_text(st, 0), db_col_text(st, 1));
        if (step == DB_ERROR)
            rc = cli_fail(&err);
    } else {
        rc = cli_usage_error("tenant", "%s '%s'", T("perintah tidak dikenal", "unknown command"),
                             argv[optind]);
    }
out:
    db_finalize(st);
    db_close(db);
    return rc;
}
