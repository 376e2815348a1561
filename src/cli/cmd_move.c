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

enum {
    M_TO = 1,
    M_KIND,
    M_DATE,
    M_EXCEPTION,
    M_JSON,
    M_TITLE,
    M_ACTOR,
    M_REASON,
    M_SK,
    M_SK_DATE,
    M_N
};

static void move_help(void)
{
    printf(
        "%s",
        T("Pemakaian:\n"
          "  merit move check NIP --to JABATAN --kind mutasi|rotasi|promosi|demosi|uji\n"
          "        [--date YYYY-MM-DD] [--exception-116] [--json]\n"
          "  merit move package create KODE --title JUDUL --actor NAMA\n"
          "  merit move package add KODE NIP --to JABATAN --kind JENIS [--date TGL]\n"
          "  merit move package show KODE [--json]\n"
          "  merit move package submit|review|approve|reject KODE --actor NAMA --reason R\n"
          "  merit move package execute KODE --actor NAMA --reason R --sk-number NO --sk-date TGL\n"
          "Setiap aturan yang berlaku: allowed | warning | needs_approval (siapa) | blocked,\n"
          "dengan pasal dan fakta yang dipakai. --exception-116: pejabat melanggar\n"
          "peraturan dan tidak lagi memenuhi syarat (UU 5/2014 Ps 116(1)).\n",
          "Usage:\n"
          "  merit move check NIP --to POSITION --kind mutasi|rotasi|promosi|demosi|uji\n"
          "        [--date YYYY-MM-DD] [--exception-116] [--json]\n"
          "  merit move package create CODE --title TITLE --actor NAME\n"
          "  merit move package add CODE NIP --to POSITION --kind KIND [--date DATE]\n"
          "  merit move package show CODE [--json]\n"
          "  merit move package submit|review|approve|reject CODE --actor NAME --reason R\n"
          "  merit move package execute CODE --actor NAME --reason R --sk-number NO --sk-date D\n"
          "Every rule that applies: allowed | warning | needs_approval (of whom) | blocked,\n"
          "with its article and the facts it used. --exception-116: the official broke the\n"
          "law and no longer meets the requirements (UU 5/2014 Ps 116(1)).\n"));
}

/* merit move package SUB CODE ... */
static int move_package_cmd(struct cli_ctx *ctx, const char **v, int nargs, char **args)
{
    static const struct {
        const char *sub, *step;
    } steps[] = {{"submit", "submitted"},
                 {"review", "reviewed"},
                 {"approve", "approved"},
                 {"execute", "executed"},
                 {"reject", "rejected"}};
    struct merit_error err;
    struct db *db = NULL;
    int64_t tenant = 0;
    char today[11], now[21];
    json_t *j = NULL, *m;
    size_t i;
    int rc = 0, kind = 0;
    const char *sub = args[0], *code = nargs > 1 ? args[1] : NULL;

    err_clear(&err);
    if (!code)
        return cli_usage_error("move", "%s", T("sebutkan KODE paket", "give the package CODE"));
    wc_today(today);
    wc_now(now);
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        return cli_fail(&err);
    if (strcmp(sub, "create") == 0 && nargs == 2) {
        if (move_package_create(db, tenant, code, v[M_TITLE], v[M_ACTOR], now, &err) != 0)
            goto fail;
    } else if (strcmp(sub, "add") == 0 && nargs == 3) {
        struct move_request r;
        if (!v[M_TO] || move_kind_parse(v[M_KIND], &kind) != 0) {
            rc = cli_usage_error("move", "%s",
                                 T("pakai: package add KODE NIP --to JABATAN --kind JENIS",
                                   "use: package add CODE NIP --to POSITION --kind KIND"));
            goto out;
        }
        r = (struct move_request){args[2], v[M_TO], kind, v[M_DATE] ? v[M_DATE] : today, 0};
        if (move_package_add(db, tenant, code, &r, &j, &err) != 0)
            goto fail;
        if (v[M_JSON])
            cli_print_json(j);
        else if (!ctx->quiet)
            printf("%s -> %s: %s\n", cli_jstr(j, "nip"), cli_jstr(j, "to"), cli_jstr(j, "verdict"));
    } else if (strcmp(sub, "show") == 0 && nargs == 2) {
        if (move_package_show(db, tenant, code, &j, &err) != 0)
            goto fail;
        if (v[M_JSON]) {
            cli_print_json(j);
        } else {
            printf("%s %s [%s]%s\n", cli_jstr(j, "code"), cli_jstr(j, "title"),
                   cli_jstr(j, "status"),
                   json_is_true(json_object_get(j, "needs_supervisor_recommendation"))
                       ? T(" - perlu rekomendasi pengawas (BKN)",
                           " - needs the supervisor's recommendation (BKN)")
                       : "");
            json_array_foreach(json_object_get(j, "moves"), i, m)
                printf("  %-14s %s %s: %s -> %s (%s) %s\n", cli_jstr(m, "verdict"),
                       cli_jstr(m, "nip"), cli_jstr(m, "name"), cli_jstr(m, "from"),
                       cli_jstr(m, "to"), cli_jstr(m, "kind"), cli_jstr(m, "date"));
            json_array_foreach(json_object_get(j, "trail"), i, m)
                printf("  %s %s: %s (%s)\n", cli_jstr(m, "at"), cli_jstr(m, "step"),
                       cli_jstr(m, "reason"), cli_jstr(m, "actor"));
        }
    } else {
        size_t k;
        for (k = 0; k < sizeof(steps) / sizeof(steps[0]); k++)
            if (strcmp(sub, steps[k].sub) == 0)
                break;
        if (k == sizeof(steps) / sizeof(steps[0]) || nargs != 2) {
            rc = cli_usage_error("move", "%s '%s'", T("perintah tidak dikenal", "unknown command"),
                                 sub);
            goto out;
        }
        if (move_package_step(db, tenant, code, steps[k].step, v[M_ACTOR], v[M_REASON], v[M_SK],
                              v[M_SK_DATE], now, &err) != 0)
            goto fail;
    }
    goto out;
fail:
    rc = cli_fail(&err);
out:
    json_decref(j);
    db_close(db);
    return rc;
}

int cmd_move(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS,
                                         {"to", required_argument, NULL, M_TO},
                                         {"kind", required_argument, NULL, M_KIND},
                                         {"date", required_argument, NULL, M_DATE},
                                         {"exception-116", no_argument, NULL, M_EXCEPTION},
                                         {"json", no_argument, NULL, M_JSON},
                                         {"title", required_argument, NULL, M_TITLE},
                                         {"actor", required_argument, NULL, M_ACTOR},
                                         {"reason", required_argument, NULL, M_REASON},
                                         {"sk-number", required_argument, NULL, M_SK},
                                         {"sk-date", required_argument, NULL, M_SK_DATE},
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
    if (argc - optind >= 2 && strcmp(argv[optind], "package") == 0)
        return move_package_cmd(ctx, v, argc - optind - 1, argv + optind + 1);
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
        cli_print_json(j);
    } else {
        printf("%s %s: %s %s -> %s (%s), %s %s: %s\n", cli_jstr(j, "nip"), cli_jstr(j, "name"),
               cli_jstr(j, "kind"), cli_jstr(j, "from"), cli_jstr(j, "to"), cli_jstr(j, "to_name"),
               T("tanggal", "date"), cli_jstr(j, "date"), cli_jstr(j, "verdict"));
        json_array_foreach(json_object_get(j, "verdicts"), i, x)
        {
            printf("  %-15s %-20s %s", cli_jstr(x, "verdict"), cli_jstr(x, "rule"),
                   cli_jstr(x, "citation"));
            if (*cli_jstr(x, "approver"))
                printf(" [%s: %s]", T("persetujuan", "approval"), cli_jstr(x, "approver"));
            printf("\n  %-15s %s\n", "", cli_jstr(x, "facts"));
        }
    }
out:
    json_decref(j);
    db_close(db);
    return rc;
}
