/*
 * cmd_move.c - `merit move check`: is a move allowed, and under which article.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "base/i18n.h"
#include "cli/cli.h"
#include "services/move.h"
#include "services/wave_common.h"

enum { M_TO = 1, M_KIND, M_DATE, M_EXCEPTION, M_JSON, M_N };

static void move_help(void)
{
    printf("%s",
           T("Pemakaian:\n"
             "  merit move check NIP --to JABATAN --kind mutasi|rotasi|promosi|demosi|uji\n"
             "        [--date YYYY-MM-DD] [--exception-116] [--json]\n"
             "Setiap aturan yang berlaku: allowed | warning | needs_approval (siapa) | blocked,\n"
             "dengan pasal dan fakta yang dipakai. --exception-116: pejabat melanggar\n"
             "peraturan dan tidak lagi memenuhi syarat (UU 5/2014 Ps 116(1)).\n",
             "Usage:\n"
             "  merit move check NIP --to POSITION --kind mutasi|rotasi|promosi|demosi|uji\n"
             "        [--date YYYY-MM-DD] [--exception-116] [--json]\n"
             "Every rule that applies: allowed | warning | needs_approval (of whom) | blocked,\n"
             "with its article and the facts it used. --exception-116: the official broke the\n"
             "law and no longer meets the requirements (UU 5/2014 Ps 116(1)).\n"));
}

static const char *jstr(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

int cmd_move(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS,
                                         {"to", required_argument, NULL, M_TO},
                                         {"kind", required_argument, NULL, M_KIND},
                                         {"date", required_argument, NULL, M_DATE},
                                         {"exception-116", no_argument, NULL, M_EXCEPTION},
                                         {"json", no_argument, NULL, M_JSON},
                                         {0, 0, 0, 0}};
    const char *v[M_N] = {0};
    struct merit_error err;
    struct move_request req;
    struct db *db = NULL;
    int64_t tenant = 0;
    int opt, rc = 0, kind = 0;
    char today[11];
    json_t *j = NULL, *x;
    size_t i;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (opt == CLI_OPT_HELP) {
            move_help();
            return 0;
        }
        if (opt > 0 && opt < M_N) {
            v[opt] = optarg ? optarg : "1";
            continue;
        }
        int h = cli_common_opt(ctx, opt, optarg);
        if (h <= 0)
            return h < 0 ? EX_USAGE
                         : cli_usage_error("move", "%s", T("opsi tidak dikenal", "unknown option"));
    }
    if (argc - optind != 2 || strcmp(argv[optind], "check") != 0 || !v[M_TO])
        return cli_usage_error("move", "%s",
                               T("pakai: move check NIP --to JABATAN --kind JENIS",
                                 "use: move check NIP --to POSITION --kind KIND"));
    if (move_kind_parse(v[M_KIND], &kind) != 0)
        return cli_usage_error("move", "--kind: mutasi | rotasi | promosi | demosi | uji");
    wc_today(today);
    req = (struct move_request){argv[optind + 1], v[M_TO], kind, v[M_DATE] ? v[M_DATE] : today,
                                v[M_EXCEPTION] != NULL};
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        return cli_fail(&err);
    if (move_check(db, tenant, &req, &j, &err) != 0) {
        rc = cli_fail(&err);
        goto out;
    }
    if (v[M_JSON]) {
        char *t = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        if (t)
            puts(t);
        free(t);
    } else {
        printf("%s %s: %s %s -> %s (%s), %s %s: %s\n", jstr(j, "nip"), jstr(j, "name"),
               jstr(j, "kind"), jstr(j, "from"), jstr(j, "to"), jstr(j, "to_name"),
               T("tanggal", "date"), jstr(j, "date"), jstr(j, "verdict"));
        json_array_foreach(json_object_get(j, "verdicts"), i, x)
        {
            printf("  %-15s %-20s %s", jstr(x, "verdict"), jstr(x, "rule"), jstr(x, "citation"));
            if (*jstr(x, "approver"))
                printf(" [%s: %s]", T("persetujuan", "approval"), jstr(x, "approver"));
            printf("\n  %-15s %s\n", "", jstr(x, "facts"));
        }
    }
out:
    json_decref(j);
    db_close(db);
    return rc;
}
