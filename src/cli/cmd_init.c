#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/i18n.h"
#include "db/migrate.h"
#include "services/policy.h"

static void init_help(void)
{
    printf("%s",
           T("Pemakaian: merit init [--db URL]\n"
             "\n"
             "Membuat atau memperbarui skema basis data dan data referensi (golongan, eselon,\n"
             "jenjang, kamus kompetensi, matriks predikat SKP, aspek potensi). Aman dijalankan\n"
             "berulang: tidak melakukan apa-apa bila skema sudah terbaru.\n",
             "Usage: merit init [--db URL]\n"
             "\n"
             "Creates or upgrades the database schema and reference data (golongan, eselon,\n"
             "jenjang, competency dictionary, SKP predikat matrix, potential aspects). Safe to\n"
             "run again: does nothing when the schema is current.\n"));
}

/* agencies created before scoring policies existed get the default one */
static int init_policies(struct db *db, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(db, "SELECT id FROM tenant ORDER BY id", err);
    int64_t ids[256];
    size_t n = 0;
    int step;

    if (!st)
        return -1;
    while ((step = db_step(st, err)) == DB_ROW && n < 256)
        ids[n++] = db_col_int64(st, 0);
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (policy_ensure_default(db, ids[i], err) != 0)
            return -1;
    return 0;
}

int cmd_init(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS, {0, 0, 0, 0}};
    struct merit_error err;
    struct db *db = NULL;
    int opt, applied = 0, version = 0, rc = 0;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (opt == CLI_OPT_HELP) {
            init_help();
            return 0;
        }
        int h = cli_common_opt(ctx, opt, optarg);
        if (h < 0 || h == 0)
            return cli_usage_error("init", "%s", T("opsi tidak dikenal", "unknown option"));
    }
    if (optind < argc)
        return cli_usage_error("init", "%s '%s'", T("argumen tidak dikenal", "unexpected argument"),
                               argv[optind]);
    if (db_open(ctx->db_url, &db, &err) != 0)
        return cli_fail(&err);
    if (migrate_up(db, &applied, &err) != 0 || migrate_version(db, &version, &err) != 0 ||
        init_policies(db, &err) != 0) {
        rc = cli_fail(&err);
        goto out;
    }
    if (!ctx->quiet) {
        char *shown = db_url_redact(ctx->db_url);

        if (applied)
            printf(T("%s: %d migrasi diterapkan, skema versi %d\n",
                     "%s: applied %d migrations, schema version %d\n"),
                   shown, applied, version);
        else
            printf(T("%s: skema sudah terbaru (versi %d)\n",
                     "%s: schema is up to date (version %d)\n"),
                   shown, version);
        free(shown);
    }
out:
    db_close(db);
    return rc;
}
