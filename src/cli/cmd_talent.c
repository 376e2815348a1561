/*
 * cmd_talent.c - `merit talent ...`: the 9-box per period, the talent pool,
 * one person's place and way up, and calibration.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "base/i18n.h"
#include "base/strtonum.h"
#include "cli/cli.h"
#include "domain/talent.h"
#include "services/talent.h"
#include "services/wave_common.h"

enum {
    K_PERIOD = 1,
    K_YEAR,
    K_AS_OF,
    K_POLICY,
    K_DRY_RUN,
    K_JSON,
    K_BOX,
    K_POOL,
    K_JENJANG,
    K_ACTOR,
    K_REASON,
    K_MONTHS,
    K_KEY,
    K_N
};

static void talent_help(void)
{
    printf(
        "%s",
        T("Pemakaian:\n"
          "  merit talent map --period KODE [--year TAHUN] [--as-of YYYY-MM-DD] [--policy VERSI]\n"
          "        [--dry-run] [--json]   petakan semua pegawai ke 9 kotak (atau sebutkan "
          "alasannya)\n"
          "  merit talent list --period KODE [--box N | --pool] [--jenjang J] [--json]\n"
          "  merit talent show --period KODE NIP [--json]   kotak, skor, alasan, jalan naik kotak\n"
          "  merit talent calibrate --period KODE NIP KOTAK --actor NAMA --reason ALASAN\n"
          "  merit talent review|set --period KODE --actor NAMA --reason ALASAN\n"
          "        proposed -> reviewed -> set (PPK); set mengunci periode\n"
          "  merit talent forecast [--as-of TGL] [--months 24] [--key] [--period KODE] [--json]\n"
          "        jabatan yang akan lowong (pensiun BUP, batas 5 tahun JPT); --period: slate\n",
          "Usage:\n"
          "  merit talent map --period CODE [--year YEAR] [--as-of YYYY-MM-DD] [--policy VERSION]\n"
          "        [--dry-run] [--json]   place every employee on the 9-box (or say why not)\n"
          "  merit talent list --period CODE [--box N | --pool] [--jenjang J] [--json]\n"
          "  merit talent show --period CODE NIP [--json]   box, scores, reasons, way up\n"
          "  merit talent calibrate --period CODE NIP BOX --actor NAME --reason REASON\n"
          "  merit talent review|set --period CODE --actor NAME --reason REASON\n"
          "        proposed -> reviewed -> set (the PPK); set locks the period\n"
          "  merit talent forecast [--as-of DATE] [--months 24] [--key] [--period CODE] [--json]\n"
          "        positions falling vacant (retirement age, the 5-year JPT cap); --period: "
          "slates\n"));
}

static long jint(json_t *o, const char *k)
{
    return (long)json_integer_value(json_object_get(o, k));
}

static void print_grid(json_t *sum)
{
    static const int grid[3][3] = {{4, 7, 9}, {2, 5, 8}, {1, 3, 6}};
    static const char *const rows_id[3] = {"di atas", "sesuai ", "di bawah"};
    static const char *const rows_en[3] = {"above  ", "meets  ", "below  "};
    json_t *boxes = json_object_get(sum, "boxes"), *s;
    const char *key;
    json_t *v;

    printf("%s %s (%s %s, %s v%ld): %ld %s, %ld %s, %s %ld\n", T("periode", "period"),
           cli_jstr(sum, "period"), T("per", "as of"), cli_jstr(sum, "as_of"),
           T("kebijakan", "policy"), jint(sum, "policy_version"), jint(sum, "employees"),
           T("pegawai", "employees"), jint(sum, "eligible"), T("terpetakan", "placed"),
           T("kelompok talenta", "talent pool"), jint(sum, "pool"));
    printf("%-9s %9s %9s %9s   (%s)\n", T("kinerja", "perf."), T("rendah", "low"),
           T("menengah", "middle"), T("tinggi", "high"), T("potensial", "potential"));
    for (int r = 0; r < 3; r++) {
        printf("%-9s", T(rows_id[r], rows_en[r]));
        for (int c = 0; c < 3; c++) {
            char k[4];
            snprintf(k, sizeof(k), "%d", grid[r][c]);
            printf("  [%d] %4lld", grid[r][c],
                   (long long)json_integer_value(json_object_get(boxes, k)));
        }
        printf("\n");
    }
    printf("%s:", T("tidak terpetakan, alasan", "not placed, reasons"));
    json_object_foreach(json_object_get(sum, "reasons"), key, v)
        printf(" %s=%lld", key, (long long)json_integer_value(v));
    printf("\n%s:", T("kelompok talenta per jenjang", "talent pool by jenjang"));
    json_object_foreach(json_object_get(sum, "pool_by_jenjang"), key, v)
        printf(" %s=%lld", key, (long long)json_integer_value(v));
    printf("\n%s:", T("pindah kotak bila batas bergeser 1 poin (-1/+1)",
                      "change box if a cut moves by 1 point (-1/+1)"));
    json_object_foreach(json_object_get(sum, "sensitivity"), key, s)
        printf(" %s %ld/%ld", key, jint(s, "minus_1"), jint(s, "plus_1"));
    printf("\n");
}

int cmd_talent(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS,
                                         {"period", required_argument, NULL, K_PERIOD},
                                         {"year", required_argument, NULL, K_YEAR},
                                         {"as-of", required_argument, NULL, K_AS_OF},
                                         {"policy", required_argument, NULL, K_POLICY},
                                         {"dry-run", no_argument, NULL, K_DRY_RUN},
                                         {"json", no_argument, NULL, K_JSON},
                                         {"box", required_argument, NULL, K_BOX},
                                         {"pool", no_argument, NULL, K_POOL},
                                         {"jenjang", required_argument, NULL, K_JENJANG},
                                         {"actor", required_argument, NULL, K_ACTOR},
                                         {"reason", required_argument, NULL, K_REASON},
                                         {"months", required_argument, NULL, K_MONTHS},
                                         {"key", no_argument, NULL, K_KEY},
                                         {0, 0, 0, 0}};
    const char *v[K_N] = {0};
    struct merit_error err;
    struct db *db = NULL;
    int64_t tenant = 0, n;
    int opt, rc = 0, nargs;
    char **args, today[11], now[21];
    const char *why, *sub;
    json_t *j = NULL;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (opt == CLI_OPT_HELP) {
            talent_help();
            return 0;
        }
        if (opt > 0 && opt < K_N) {
            v[opt] = optarg ? optarg : "1";
            continue;
        }
        int h = cli_common_opt(ctx, opt, optarg);
        if (h <= 0)
            return h < 0
                       ? EX_USAGE
                       : cli_usage_error("talent", "%s", T("opsi tidak dikenal", "unknown option"));
    }
    nargs = argc - optind;
    args = argv + optind;
    if (nargs < 1)
        return cli_usage_error("talent", "%s", T("sebutkan perintah", "give a command"));
    sub = args[0];
    if (!v[K_PERIOD] && strcmp(sub, "forecast") != 0)
        return cli_usage_error("talent", "%s", T("sebutkan --period", "give --period"));
    wc_today(today);
    wc_now(now);
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        return cli_fail(&err);
    if (strcmp(sub, "map") == 0 && nargs == 1) {
        struct talent_run run = {
            v[K_PERIOD], 0,         v[K_AS_OF] ? v[K_AS_OF] : today, 0, v[K_DRY_RUN] != NULL,
            now,         v[K_ACTOR]};
        /* a period named by its year needs no --year */
        if (strtonum_s(v[K_YEAR] ? v[K_YEAR] : v[K_PERIOD], 2000, 2199, &n, &why) != 0) {
            rc = cli_usage_error("talent", "--year: %s", why);
            goto out;
        }
        run.year = (int)n;
        if (v[K_POLICY]) {
            if (strtonum_s(v[K_POLICY], 1, 100000, &n, &why) != 0) {
                rc = cli_usage_error("talent", "--policy: %s", why);
                goto out;
            }
            run.policy_version = (int)n;
        }
        if (talent_map(db, tenant, &run, &j, &err) != 0)
            goto fail;
        if (v[K_JSON])
            cli_print_json(j);
        else if (!ctx->quiet)
            print_grid(j);
    } else if (strcmp(sub, "forecast") == 0 && nargs == 1) {
        size_t i;
        json_t *p, *c;
        if (strtonum_s(v[K_MONTHS] ? v[K_MONTHS] : "24", 1, 120, &n, &why) != 0) {
            rc = cli_usage_error("talent", "--months: %s", why);
            goto out;
        }
        if (talent_forecast(db, tenant, v[K_AS_OF] ? v[K_AS_OF] : today, (int)n, v[K_KEY] != NULL,
                            v[K_PERIOD], &j, &err) != 0)
            goto fail;
        if (v[K_JSON]) {
            cli_print_json(j);
        } else {
            c = json_object_get(j, "counts");
            printf("%s %s, %ld %s: %s %ld, <= 6 %s %ld, <= 12 %ld, <= 24 %ld\n", T("per", "as of"),
                   cli_jstr(j, "as_of"), jint(j, "months"), T("bulan", "months"),
                   T("lewat", "overdue"), jint(c, "overdue"), T("bln", "mo"), jint(c, "6"),
                   jint(c, "12"), jint(c, "24"));
            json_array_foreach(json_object_get(j, "positions"), i, p)
            {
                json_t *x;
                size_t k;
                printf("%s\t%s\t%s\t%s%s\t%s\t%s\n", cli_jstr(p, "date"), cli_jstr(p, "event"),
                       cli_jstr(p, "position"), cli_jstr(p, "position_name"),
                       json_is_true(json_object_get(p, "key")) ? " *" : "", cli_jstr(p, "nip"),
                       cli_jstr(p, "name"));
                json_array_foreach(json_object_get(p, "slate"), k, x) printf(
                    "\t\t%ld%s %s %s (%.2f, %s %ld, %s)\n", jint(x, "rank"),
                    json_is_true(json_object_get(x, "emergency")) ? "!" : " ", cli_jstr(x, "nip"),
                    cli_jstr(x, "name"), json_number_value(json_object_get(x, "jpm")),
                    T("kotak", "box"), jint(x, "box"), cli_jstr(x, "readiness"));
            }
        }
    } else if (strcmp(sub, "list") == 0 && nargs == 1) {
        size_t i;
        json_t *p;
        if (v[K_BOX] && strtonum_s(v[K_BOX], 1, 9, &n, &why) != 0) {
            rc = cli_usage_error("talent", "--box: %s", why);
            goto out;
        }
        struct talent_filter f = {v[K_BOX] ? (int)n : 0, v[K_POOL] != NULL, v[K_JENJANG], NULL, -1};
        if (talent_list(db, tenant, v[K_PERIOD], &f, &j, &err) != 0)
            goto fail;
        if (v[K_JSON])
            cli_print_json(j);
        else
            json_array_foreach(j, i, p)
            {
                json_t *b = json_object_get(p, "box");
                char box[8] = "-";
                if (!json_is_null(b))
                    snprintf(box, sizeof(box), "%lld", (long long)json_integer_value(b));
                printf("%s\t%s\t%s\t%s\t%s\n", box, cli_jstr(p, "nip"), cli_jstr(p, "jenjang"),
                       cli_jstr(p, "position"), cli_jstr(p, "name"));
            }
    } else if (strcmp(sub, "show") == 0 && nargs == 2) {
        if (talent_show(db, tenant, v[K_PERIOD], args[1], &j, &err) != 0)
            goto fail;
        if (v[K_JSON]) {
            cli_print_json(j);
        } else {
            json_t *b = json_object_get(j, "box"), *x;
            size_t i;
            printf("%s %s (%s, %s)\n", cli_jstr(j, "nip"), cli_jstr(j, "name"),
                   cli_jstr(j, "position"), cli_jstr(j, "jenjang"));
            if (json_is_object(b))
                printf("%s %ld: %s\n  %s\n", T("kotak", "box"), jint(b, "box"),
                       cli_jstr(b, i18n_get() == LANG_EN ? "label_en" : "label_id"),
                       cli_jstr(b, i18n_get() == LANG_EN ? "followup_en" : "followup_id"));
            printf("%s %.2f, %s %.2f\n", T("kinerja", "performance"),
                   json_number_value(json_object_get(j, "performance")),
                   T("potensial", "potential"), json_number_value(json_object_get(j, "potential")));
            json_array_foreach(json_object_get(j, "reasons"), i, x)
                printf("%s: %s\n", T("alasan", "reason"), json_string_value(x));
            json_array_foreach(json_object_get(j, "moves_up"), i, x)
            {
                json_t *rec = json_object_get(x, "record"), *cm = json_object_get(x, "components");
                const char *key;
                json_t *val;
                printf("%s: %s %.2f -> %.2f", T("naik kotak bila", "moves up with"),
                       cli_jstr(x, "axis"), json_number_value(json_object_get(x, "score")),
                       json_number_value(json_object_get(x, "needed")));
                if (json_is_object(rec))
                    printf(" (SKP %ld %s %s)", jint(rec, "skp_year"), T("menjadi", "as"),
                           cli_jstr(rec, "to"));
                json_object_foreach(cm, key, val)
                    printf(" (%s %s %.2f)", key, T("mencapai", "reaching"), json_number_value(val));
                printf("\n");
            }
            json_array_foreach(json_object_get(j, "calibration"), i, x) printf(
                "%s %s: %ld -> %ld %s (%s)\n", T("kalibrasi", "calibration"), cli_jstr(x, "stage"),
                jint(x, "from"), jint(x, "to"), cli_jstr(x, "reason"), cli_jstr(x, "actor"));
        }
    } else if (strcmp(sub, "calibrate") == 0 && nargs == 3) {
        if (strtonum_s(args[2], 1, 9, &n, &why) != 0) {
            rc = cli_usage_error("talent", "BOX: %s", why);
            goto out;
        }
        if (talent_calibrate(db, tenant, v[K_PERIOD], args[1], (int)n, v[K_ACTOR], v[K_REASON], now,
                             &err) != 0)
            goto fail;
    } else if ((strcmp(sub, "review") == 0 || strcmp(sub, "set") == 0) && nargs == 1) {
        if (talent_advance(db, tenant, v[K_PERIOD], strcmp(sub, "review") == 0 ? "reviewed" : "set",
                           v[K_ACTOR], v[K_REASON], now, &err) != 0)
            goto fail;
    } else {
        rc = cli_usage_error("talent", "%s", T("perintah tidak dikenal", "unknown command"));
    }
    goto out;
fail:
    rc = cli_fail(&err);
out:
    json_decref(j);
    db_close(db);
    return rc;
}
