/*
 * cmd_succession.c - `merit succession ...`: slates for key positions.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "base/i18n.h"
#include "cli/cli.h"
#include "services/succession.h"

enum { S_PERIOD = 1, S_POSITION, S_JSON, S_N };

static void succession_help(void)
{
    printf("%s",
           T("Pemakaian:\n"
             "  merit succession list --period KODE [--position JABATAN] [--json]\n"
             "        calon pengganti per jabatan kunci: kecocokan (JPM), kotak, kesiapan\n"
             "        (now | 1-2y | 3+y), syarat yang belum terpenuhi, pengganti darurat (!)\n",
             "Usage:\n"
             "  merit succession list --period CODE [--position POSITION] [--json]\n"
             "        candidates per key position: fit (JPM), box, readiness\n"
             "        (now | 1-2y | 3+y), unmet requirements, emergency successor (!)\n"));
}

int cmd_succession(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS,
                                         {"period", required_argument, NULL, S_PERIOD},
                                         {"position", required_argument, NULL, S_POSITION},
                                         {"json", no_argument, NULL, S_JSON},
                                         {0, 0, 0, 0}};
    const char *v[S_N] = {0};
    struct merit_error err;
    struct db *db = NULL;
    int64_t tenant = 0;
    int opt, rc = 0;
    json_t *j = NULL, *s, *c;
    size_t i, k;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (opt == CLI_OPT_HELP) {
            succession_help();
            return 0;
        }
        if (opt > 0 && opt < S_N) {
            v[opt] = optarg ? optarg : "1";
            continue;
        }
        int h = cli_common_opt(ctx, opt, optarg);
        if (h <= 0)
            return h < 0 ? EX_USAGE
                         : cli_usage_error("succession", "%s",
                                           T("opsi tidak dikenal", "unknown option"));
    }
    if (argc - optind != 1 || strcmp(argv[optind], "list") != 0)
        return cli_usage_error("succession", "%s",
                               T("pakai: succession list", "use: succession list"));
    if (!v[S_PERIOD])
        return cli_usage_error("succession", "%s", T("sebutkan --period", "give --period"));
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        return cli_fail(&err);
    if (succession_slates(db, tenant, v[S_PERIOD], v[S_POSITION], &j, &err) != 0) {
        rc = cli_fail(&err);
        goto out;
    }
    if (v[S_JSON]) {
        cli_print_json(j);
        goto out;
    }
    json_array_foreach(json_object_get(j, "slates"), i, s)
    {
        printf("%s %s (%s)\n", cli_jstr(s, "position"), cli_jstr(s, "position_name"),
               cli_jstr(s, "unit"));
        if (!json_array_size(json_object_get(s, "candidates")))
            printf("  %s\n", T("(belum ada calon)", "(no candidate yet)"));
        json_array_foreach(json_object_get(s, "candidates"), k, c)
            printf("  %lld%s %6.2f  %s  %-4s  %s %s%s\n",
                   (long long)json_integer_value(json_object_get(c, "rank")),
                   json_is_true(json_object_get(c, "emergency")) ? "!" : " ",
                   json_number_value(json_object_get(c, "jpm")),
                   json_is_true(json_object_get(c, "meets_requirements")) ? "  " : "x ",
                   cli_jstr(c, "readiness"), cli_jstr(c, "nip"), cli_jstr(c, "name"), "");
    }
out:
    json_decref(j);
    db_close(db);
    return rc;
}
