/*
 * cmd_audit.c - `merit audit verify|list`: the tamper-evident audit log.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "base/i18n.h"
#include "base/strtonum.h"
#include "cli/cli.h"
#include "services/audit.h"

enum { A_ACTION = 1, A_OBJECT, A_LIMIT, A_JSON, A_N };

static void audit_help(void)
{
    printf(
        "%s",
        T("Pemakaian:\n"
          "  merit audit verify                 periksa rantai hash (kode keluar 65 bila rusak)\n"
          "  merit audit list [--action A] [--object PREFIKS] [--limit N] [--json]\n",
          "Usage:\n"
          "  merit audit verify                 check the hash chain (exit 65 when broken)\n"
          "  merit audit list [--action A] [--object PREFIX] [--limit N] [--json]\n"));
}

int cmd_audit(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS,
                                         {"action", required_argument, NULL, A_ACTION},
                                         {"object", required_argument, NULL, A_OBJECT},
                                         {"limit", required_argument, NULL, A_LIMIT},
                                         {"json", no_argument, NULL, A_JSON},
                                         {0, 0, 0, 0}};
    const char *v[A_N] = {0}, *why;
    struct merit_error err;
    struct db *db = NULL;
    int64_t tenant = 0, limit = 100, broken;
    long entries;
    int opt, rc = 0;
    json_t *j = NULL, *x;
    size_t i;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (opt == CLI_OPT_HELP) {
            audit_help();
            return 0;
        }
        if (opt > 0 && opt < A_N) {
            v[opt] = optarg ? optarg : "1";
            continue;
        }
        int h = cli_common_opt(ctx, opt, optarg);
        if (h <= 0)
            return h < 0
                       ? EX_USAGE
                       : cli_usage_error("audit", "%s", T("opsi tidak dikenal", "unknown option"));
    }
    if (argc - optind != 1)
        return cli_usage_error("audit", "%s", T("sebutkan verify atau list", "say verify or list"));
    if (v[A_LIMIT] && strtonum_s(v[A_LIMIT], 1, 100000, &limit, &why) != 0)
        return cli_usage_error("audit", "--limit: %s", why);
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        return cli_fail(&err);
    if (strcmp(argv[optind], "verify") == 0) {
        if (audit_verify(db, tenant, &entries, &broken, &why, &err) != 0) {
            rc = cli_fail(&err);
        } else if (broken) {
            fprintf(stderr, "merit: %s %lld (%s) %s %ld %s\n",
                    T("rantai audit rusak pada entri", "the audit chain breaks at entry"),
                    (long long)broken,
                    strcmp(why, "hash") == 0 ? T("diubah", "edited")
                                             : T("dihapus atau diurut ulang sebelumnya",
                                                 "one before it deleted or reordered"),
                    T("dari", "of"), entries, T("entri", "entries"));
            rc = EX_DATAERR;
        } else if (!ctx->quiet) {
            printf("%ld %s\n", entries, T("entri audit utuh", "audit entries intact"));
        }
    } else if (strcmp(argv[optind], "list") == 0) {
        if (audit_list(db, tenant, v[A_ACTION], v[A_OBJECT], (long)limit, &j, &err) != 0) {
            rc = cli_fail(&err);
        } else if (v[A_JSON]) {
            cli_print_json(j);
        } else {
            json_array_foreach(j, i, x)
                printf("%lld\t%s\t%s\t%s\t%s\t%s -> %s\t%s\n",
                       (long long)json_integer_value(json_object_get(x, "seq")), cli_jstr(x, "at"),
                       cli_jstr(x, "actor"), cli_jstr(x, "action"), cli_jstr(x, "object"),
                       cli_jstr(x, "before"), cli_jstr(x, "after"), cli_jstr(x, "reason"));
        }
    } else {
        rc = cli_usage_error("audit", "%s", T("sebutkan verify atau list", "say verify or list"));
    }
    json_decref(j);
    db_close(db);
    return rc;
}
