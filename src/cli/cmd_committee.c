/*
 * cmd_committee.c - `merit committee ...`: the JPT competency test's pansel.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "base/i18n.h"
#include "base/strtonum.h"
#include "base/xmalloc.h"
#include "cli/cli.h"
#include "services/committee.h"
#include "services/wave_common.h"

enum {
    C_NAME = 1,
    C_AS_OF,
    C_ROLE,
    C_ORG,
    C_STATEMENT,
    C_CONFLICT,
    C_NIP,
    C_ELIGIBLE,
    C_ACTOR,
    C_JSON,
    C_N
};
#define C_MAX_LIST 32

static void committee_help(void)
{
    printf(
        "%s",
        T("Pemakaian:\n"
          "  merit committee create KODE --name NAMA --as-of YYYY-MM-DD\n"
          "  merit committee member KODE ANGGOTA --name NAMA --role chair|secretary|member\n"
          "        [--organisation O]\n"
          "  merit committee declare KODE ANGGOTA --statement TEKS [--conflict NIP]...\n"
          "  merit committee enrol KODE (--nip NIP... | --eligible)  pejabat yang diuji\n"
          "  merit committee score KODE ANGGOTA NIP KOMPONEN NILAI   (rekam_jejak, tes_tertulis,\n"
          "        wawancara; 0-100)\n"
          "  merit committee decide KODE [--json]                 nilai akhir dan rekomendasi\n"
          "  merit committee finalise KODE --actor NAMA           kunci (berita acara)\n"
          "  merit committee show KODE [--json]\n",
          "Usage:\n"
          "  merit committee create CODE --name NAME --as-of YYYY-MM-DD\n"
          "  merit committee member CODE MEMBER --name NAME --role chair|secretary|member\n"
          "        [--organisation O]\n"
          "  merit committee declare CODE MEMBER --statement TEXT [--conflict NIP]...\n"
          "  merit committee enrol CODE (--nip NIP... | --eligible)  the officials tested\n"
          "  merit committee score CODE MEMBER NIP COMPONENT SCORE   (rekam_jejak, tes_tertulis,\n"
          "        wawancara; 0-100)\n"
          "  merit committee decide CODE [--json]                 aggregates and recommendations\n"
          "  merit committee finalise CODE --actor NAME           lock (the minutes)\n"
          "  merit committee show CODE [--json]\n"));
}

int cmd_committee(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS,
                                         {"name", required_argument, NULL, C_NAME},
                                         {"as-of", required_argument, NULL, C_AS_OF},
                                         {"role", required_argument, NULL, C_ROLE},
                                         {"organisation", required_argument, NULL, C_ORG},
                                         {"statement", required_argument, NULL, C_STATEMENT},
                                         {"conflict", required_argument, NULL, C_CONFLICT},
                                         {"nip", required_argument, NULL, C_NIP},
                                         {"eligible", no_argument, NULL, C_ELIGIBLE},
                                         {"actor", required_argument, NULL, C_ACTOR},
                                         {"json", no_argument, NULL, C_JSON},
                                         {0, 0, 0, 0}};
    const char *v[C_N] = {0}, *conflicts[C_MAX_LIST], *nips[C_MAX_LIST];
    size_t nconf = 0, nnip = 0;
    struct merit_error err;
    struct db *db = NULL;
    int64_t tenant = 0, n;
    int opt, rc = 0, nargs;
    char **args, now[21];
    const char *why, *sub;
    json_t *j = NULL, *x;
    size_t i;
    long added = 0;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (opt == CLI_OPT_HELP) {
            committee_help();
            return 0;
        }
        if (opt == C_CONFLICT || opt == C_NIP) {
            if ((opt == C_CONFLICT ? nconf : nnip) == C_MAX_LIST)
                return cli_usage_error("committee", "%s", T("paling banyak 32", "at most 32"));
            if (opt == C_CONFLICT)
                conflicts[nconf++] = optarg;
            else
                nips[nnip++] = optarg;
            continue;
        }
        if (opt > 0 && opt < C_N) {
            v[opt] = optarg ? optarg : "1";
            continue;
        }
        int h = cli_common_opt(ctx, opt, optarg);
        if (h <= 0)
            return h < 0 ? EX_USAGE
                         : cli_usage_error("committee", "%s",
                                           T("opsi tidak dikenal", "unknown option"));
    }
    nargs = argc - optind;
    args = argv + optind;
    if (nargs < 2)
        return cli_usage_error("committee", "%s",
                               T("sebutkan perintah dan KODE", "give a command and the CODE"));
    sub = args[0];
    wc_now(now);
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        return cli_fail(&err);
    if (strcmp(sub, "create") == 0 && nargs == 2) {
        if (committee_create(db, tenant, args[1], v[C_NAME], v[C_AS_OF], now, v[C_ACTOR], &err) !=
            0)
            goto fail;
    } else if (strcmp(sub, "member") == 0 && nargs == 3) {
        if (committee_member_add(db, tenant, args[1], args[2], v[C_NAME], v[C_ROLE], v[C_ORG],
                                 v[C_ACTOR], &err) != 0)
            goto fail;
    } else if (strcmp(sub, "declare") == 0 && nargs == 3) {
        if (committee_declare(db, tenant, args[1], args[2], v[C_STATEMENT], conflicts, nconf, now,
                              v[C_ACTOR], &err) != 0)
            goto fail;
    } else if (strcmp(sub, "enrol") == 0 && nargs == 2) {
        if (committee_enrol(db, tenant, args[1], nips, nnip, v[C_ELIGIBLE] != NULL, &added,
                            v[C_ACTOR], &err) != 0)
            goto fail;
        if (!ctx->quiet)
            printf("%ld %s\n", added, T("pejabat didaftarkan", "officials enrolled"));
    } else if (strcmp(sub, "score") == 0 && nargs == 6) {
        if (strtonum_s(args[5], 0, 100, &n, &why) != 0) {
            rc = cli_usage_error("committee", "SCORE: %s", why);
            goto out;
        }
        if (committee_score(db, tenant, args[1], args[2], args[3], args[4], n * 100, v[C_ACTOR],
                            &err) != 0)
            goto fail;
    } else if ((strcmp(sub, "decide") == 0 || strcmp(sub, "finalise") == 0) && nargs == 2) {
        if (committee_decide(db, tenant, args[1], strcmp(sub, "finalise") == 0, v[C_ACTOR], now, &j,
                             &err) != 0)
            goto fail;
        if (v[C_JSON])
            cli_print_json(j);
        else
            json_array_foreach(j, i, x)
            {
                if (strcmp(cli_jstr(x, "status"), "ok") == 0)
                    printf("%s\t%.2f\t%s\n", cli_jstr(x, "nip"),
                           json_number_value(json_object_get(x, "aggregate")),
                           cli_jstr(x, i18n_get() == LANG_EN ? "recommendation_en"
                                                             : "recommendation_id"));
                else
                    printf("%s\t-\t%s (%s)\n", cli_jstr(x, "nip"), cli_jstr(x, "status"),
                           cli_jstr(x, "component"));
            }
    } else if (strcmp(sub, "show") == 0 && nargs == 2) {
        if (committee_show(db, tenant, args[1], &j, &err) != 0)
            goto fail;
        if (v[C_JSON]) {
            cli_print_json(j);
        } else {
            printf("%s [%s] %s %s\n", cli_jstr(j, "code"), cli_jstr(j, "status"), T("per", "as of"),
                   cli_jstr(j, "as_of"));
            json_array_foreach(json_object_get(j, "members"), i, x) printf(
                "  %-9s %s %s%s\n", cli_jstr(x, "role"), cli_jstr(x, "code"), cli_jstr(x, "name"),
                *cli_jstr(x, "declaration") ? "" : T(" (belum menyatakan)", " (not declared)"));
            json_array_foreach(json_object_get(j, "officials"), i, x)
            {
                json_t *r = json_object_get(x, "result");
                printf("  %s %s (%s): %s %s\n", cli_jstr(x, "nip"), cli_jstr(x, "name"),
                       cli_jstr(x, "position"), cli_jstr(r, "status"),
                       cli_jstr(r, "recommendation"));
            }
        }
    } else {
        rc = cli_usage_error("committee", "%s '%s'", T("perintah tidak dikenal", "unknown command"),
                             sub);
    }
    goto out;
fail:
    rc = cli_fail(&err);
out:
    json_decref(j);
    db_close(db);
    return rc;
}
