/*
 * cmd_siasn.c - `merit siasn export|fields`: a wave's finalised results as
 * SIASN-shaped files (potensi, kompetensi, talenta as JSON lines, and a
 * reconciliation), and the field mapping they follow. No network.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "base/i18n.h"
#include "cli/cli.h"
#include "services/siasn.h"
#include "services/wave_common.h"

enum { S_WAVE = 1, S_OUT, S_PERIOD, S_ACTOR, S_JSON, S_N };

static void siasn_help(void)
{
    printf(
        "%s",
        T("Pemakaian:\n"
          "  merit siasn export --wave W --out FOLDER [--period P] [--actor NAMA] [--json]\n"
          "        hasil final gelombang W sebagai berkas berbentuk SIASN:\n"
          "        FOLDER/potensi.jsonl, kompetensi.jsonl, talenta.jsonl (satu baris per hasil)\n"
          "        dan rekonsiliasi.csv (setiap peserta: apa yang diekspor, alasan dilewati).\n"
          "        --period: periode talenta (bawaan: yang terakhir ditetapkan, atau terakhir).\n"
          "        Tidak mengirim apa pun ke SIASN; dicatat di log audit (siasn.export).\n"
          "  merit siasn fields [--json]   pemetaan field SIASN dan ketidakpastiannya\n"
          "Lihat docs/siasn.md.\n",
          "Usage:\n"
          "  merit siasn export --wave W --out DIR [--period P] [--actor NAME] [--json]\n"
          "        the finalised results of wave W as SIASN-shaped files:\n"
          "        DIR/potensi.jsonl, kompetensi.jsonl, talenta.jsonl (one line per result)\n"
          "        and rekonsiliasi.csv (every participant: what was exported, why not).\n"
          "        --period: the talent period (default: the latest set one, else the latest).\n"
          "        Sends nothing to SIASN; recorded in the audit log (siasn.export).\n"
          "  merit siasn fields [--json]   the SIASN field mapping and what is uncertain\n"
          "See docs/siasn.md.\n"));
}

static json_t *summary_json(const struct siasn_export *x, const char *dir)
{
    json_t *o = json_pack("{s:s, s:s}", "wave", x->wave, "out", dir), *sk = json_object();

    json_object_set_new(o, "period", x->period[0] ? json_string(x->period) : json_null());
    json_object_set_new(o, "period_status",
                        x->period[0] ? json_string(x->period_status) : json_null());
    json_object_set_new(o, "participants", json_integer(x->participants));
    json_object_set_new(o, "final", json_integer(x->final));
    for (int k = 0; k < SIASN_NKINDS; k++) {
        json_object_set_new(o, siasn_kind_name((enum siasn_kind)k), json_integer(x->exported[k]));
        json_object_set_new(sk, siasn_kind_name((enum siasn_kind)k), json_integer(x->skipped[k]));
    }
    json_object_set_new(o, "skipped", sk);
    return o;
}

int cmd_siasn(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS,
                                         {"wave", required_argument, NULL, S_WAVE},
                                         {"out", required_argument, NULL, S_OUT},
                                         {"period", required_argument, NULL, S_PERIOD},
                                         {"actor", required_argument, NULL, S_ACTOR},
                                         {"json", no_argument, NULL, S_JSON},
                                         {0, 0, 0, 0}};
    const char *v[S_N] = {0}, *sub;
    struct merit_error err;
    struct siasn_export x;
    struct db *db = NULL;
    int64_t tenant = 0;
    int opt, rc = 0, built = 0;
    char today[11], now[21];

    err_clear(&err);
    memset(&x, 0, sizeof(x));
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (opt == CLI_OPT_HELP) {
            siasn_help();
            return 0;
        }
        if (opt > 0 && opt < S_N) {
            v[opt] = optarg ? optarg : "1";
            continue;
        }
        int h = cli_common_opt(ctx, opt, optarg);
        if (h <= 0)
            return h < 0
                       ? EX_USAGE
                       : cli_usage_error("siasn", "%s", T("opsi tidak dikenal", "unknown option"));
    }
    if (argc - optind != 1)
        return cli_usage_error("siasn", "%s",
                               T("sebutkan export atau fields", "say export or fields"));
    sub = argv[optind];
    if (strcmp(sub, "fields") == 0) {
        json_t *m = siasn_mapping_json(), *f;
        size_t i;

        if (v[S_JSON]) {
            cli_print_json(m);
        } else {
            json_array_foreach(m, i, f)
                printf("%-10s  %-24s  %-6s  %s\n", cli_jstr(f, "kind"), cli_jstr(f, "siasn_field"),
                       json_is_true(json_object_get(f, "certain")) ? T("pasti", "known")
                                                                   : T("ragu", "guess"),
                       json_is_string(json_object_get(f, "code")) ? cli_jstr(f, "code")
                                                                  : cli_jstr(f, "source"));
        }
        json_decref(m);
        return 0;
    }
    if (strcmp(sub, "export") != 0)
        return cli_usage_error("siasn", "%s",
                               T("sebutkan export atau fields", "say export or fields"));
    if (!v[S_WAVE] || !v[S_OUT])
        return cli_usage_error("siasn", "%s",
                               T("sebutkan --wave dan --out", "give --wave and --out"));
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        return cli_fail(&err);
    wc_today(today);
    wc_now(now);
    if (siasn_export_build(db, tenant, v[S_WAVE], v[S_PERIOD], today, &x, &err) != 0)
        goto fail;
    built = 1;
    if (siasn_export_write_dir(&x, v[S_OUT], &err) != 0 ||
        siasn_export_audit(db, tenant, &x, v[S_ACTOR] ? v[S_ACTOR] : "operator", "cli", now,
                           &err) != 0)
        goto fail;
    if (v[S_JSON]) {
        json_t *s = summary_json(&x, v[S_OUT]);
        cli_print_json(s);
        json_decref(s);
    } else if (!ctx->quiet) {
        printf("%s %s -> %s\n", T("ekspor SIASN gelombang", "SIASN export of wave"), x.wave,
               v[S_OUT]);
        printf("  %s %ld, %s %ld\n", T("peserta", "participants"), x.participants,
               T("final", "final"), x.final);
        for (int k = 0; k < SIASN_NKINDS; k++)
            printf("  %-11s %ld %s, %ld %s\n", siasn_kind_name((enum siasn_kind)k), x.exported[k],
                   T("diekspor", "exported"), x.skipped[k], T("dilewati", "skipped"));
        printf("  %s %s%s%s%s\n", T("periode talenta", "talent period"),
               x.period[0] ? x.period : "-", x.period[0] ? " (" : "", x.period_status,
               x.period[0] ? ")" : "");
    }
    goto out;
fail:
    rc = cli_fail(&err);
out:
    if (built)
        siasn_export_free(&x);
    db_close(db);
    return rc;
}
