#include "cli/cli.h"

#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include "base/i18n.h"
#include "services/export.h"

static void export_help(void)
{
    printf("%s",
           T("Pemakaian: merit export JENIS [--format csv|xlsx|json] [-o BERKAS] [--template]\n"
             "          merit export JENIS --describe\n"
             "\n"
             "Menulis data instansi dalam kolom yang persis dibaca 'merit import', sehingga\n"
             "hasil ekspor dapat diimpor kembali tanpa perubahan. JENIS sama dengan pada\n"
             "'merit import --help'. Tanpa -o, CSV dan JSON ditulis ke layar (stdout).\n"
             "\n"
             "  --format F     csv (bawaan; UTF-8 dengan BOM agar terbaca Excel), xlsx, json\n"
             "  -o BERKAS      berkas tujuan (ditulis utuh atau tidak sama sekali)\n"
             "  --template     hanya baris judul kolom: templat untuk diisi\n"
             "  --describe     daftar kolom, nama lain yang diterima dan contohnya\n",
             "Usage: merit export KIND [--format csv|xlsx|json] [-o FILE] [--template]\n"
             "       merit export KIND --describe\n"
             "\n"
             "Writes the agency's data in exactly the columns 'merit import' reads, so an\n"
             "export imports back unchanged. KIND as in 'merit import --help'. Without -o,\n"
             "CSV and JSON go to standard output.\n"
             "\n"
             "  --format F     csv (default; UTF-8 with BOM so Excel reads it), xlsx, json\n"
             "  -o FILE        output file (written whole or not at all)\n"
             "  --template     the header row only: a template to fill in\n"
             "  --describe     the columns, their accepted other names and examples\n"));
}

static const char *export_type_name(enum import_type t)
{
    switch (t) {
    case IT_TEXT:
        return T("teks", "text");
    case IT_CODE:
        return T("kode", "code");
    case IT_NIP:
        return "NIP";
    case IT_DATE:
        return T("tanggal", "date");
    case IT_INT:
        return T("bilangan", "number");
    case IT_LEVEL:
        return "level 1-5";
    case IT_BOOL:
        return T("ya/tidak", "yes/no");
    case IT_ENUM:
        return T("pilihan", "choice");
    case IT_TECHLIST:
        return T("daftar KODE:LEVEL", "list of CODE:LEVEL");
    }
    return "";
}

static void export_describe(enum import_kind kind)
{
    size_t n;
    const struct import_column *cols = import_columns(kind, &n);

    printf("| %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|\n", T("kolom", "column"),
           T("wajib", "required"), T("jenis", "type"), T("keterangan", "description"),
           T("contoh", "example"), T("nama lain yang diterima", "other accepted names"));
    for (size_t i = 0; i < n; i++) {
        printf("| %s | %s | %s | %s | %s | ", cols[i].name,
               cols[i].required ? T("ya", "yes") : T("tidak", "no"), export_type_name(cols[i].type),
               T(cols[i].desc_id, cols[i].desc_en), cols[i].example ? cols[i].example : "");
        /* aliases are '|'-separated; show them comma-separated */
        for (const char *p = cols[i].aliases; p && *p; p++) {
            if (*p == '|')
                fputs(", ", stdout);
            else
                putchar(*p);
        }
        printf(" |\n");
    }
}

int cmd_export(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS,
                                         {"format", required_argument, NULL, 'f'},
                                         {"output", required_argument, NULL, 'o'},
                                         {"template", no_argument, NULL, 't'},
                                         {"describe", no_argument, NULL, 'd'},
                                         {0, 0, 0, 0}};
    struct merit_error err;
    struct db *db = NULL;
    enum import_kind kind;
    enum export_format fmt = EXPORT_CSV;
    const char *out = "-";
    int64_t tenant_id = 0;
    int opt, rc = 0, template_only = 0, describe = 0, fmt_given = 0;
    long rows = 0;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "f:o:", opts, NULL)) != -1) {
        int h;

        switch (opt) {
        case CLI_OPT_HELP:
            export_help();
            return 0;
        case 'f':
            if (export_format_parse(optarg, &fmt) != 0)
                return cli_usage_error("export", "%s '%s'",
                                       T("format tidak dikenal (csv, xlsx, json):",
                                         "unknown format (csv, xlsx, json):"),
                                       optarg);
            fmt_given = 1;
            break;
        case 'o':
            out = optarg;
            break;
        case 't':
            template_only = 1;
            break;
        case 'd':
            describe = 1;
            break;
        default:
            h = cli_common_opt(ctx, opt, optarg);
            if (h <= 0)
                return h < 0 ? EX_USAGE
                             : cli_usage_error("export", "%s",
                                               T("opsi tidak dikenal", "unknown option"));
        }
    }
    if (argc - optind != 1)
        return cli_usage_error("export", "%s", T("sebutkan satu JENIS", "give one KIND"));
    if (import_kind_parse(argv[optind], &kind) != 0)
        return cli_usage_error("export", "%s '%s'",
                               T("jenis data tidak dikenal", "unknown kind of data"), argv[optind]);
    if (describe) {
        export_describe(kind);
        return 0;
    }
    /* -o name.xlsx implies the format when none was given */
    if (!fmt_given && strlen(out) > 5) {
        const char *ext = out + strlen(out) - 5;
        if (strcmp(ext, ".xlsx") == 0)
            fmt = EXPORT_XLSX;
        else if (strcmp(ext, ".json") == 0)
            fmt = EXPORT_JSON;
    }
    if (template_only) {
        /* a template needs no database */
        if (export_run(NULL, 0, kind, fmt, out, 1, &rows, &err) != 0)
            return cli_fail(&err);
        return 0;
    }
    if (cli_open_tenant(ctx, &db, &tenant_id, &err) != 0)
        return cli_fail(&err);
    if (export_run(db, tenant_id, kind, fmt, out, 0, &rows, &err) != 0) {
        rc = cli_fail(&err);
        goto out;
    }
    if (!ctx->quiet && strcmp(out, "-") != 0)
        fprintf(stderr, T("%s: %ld baris ditulis ke %s\n", "%s: %ld rows written to %s\n"),
                import_kind_name(kind), rows, out);
out:
    db_close(db);
    return rc;
}
