/*
 * cmd_fit.c - `merit fit ...`: who fits which position, from finalised
 * assessment results against every position's SKJ.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "base/i18n.h"
#include "base/strtonum.h"
#include "cli/cli.h"
#include "services/fit.h"
#include "services/wave_common.h"

enum { F_TOP = 1, F_JSON, F_UNIT, F_WAVE, F_MARGIN, F_OUTPUT, F_ANY_LEVEL, F_N };

static void fit_help(void)
{
    printf(
        "%s",
        T("Pemakaian:\n"
          "  merit fit person NIP [--top N] [--json]     jabatan paling cocok bagi pegawai\n"
          "  merit fit position KODE [--top N] [--json]  pegawai paling cocok bagi jabatan\n"
          "  merit fit better [--unit U] [--wave W] [--margin PERSEN] [--any-level] [--json]\n"
          "        pegawai yang lebih cocok di jabatan lain (JPM lebih tinggi >= margin, bawaan "
          "5);\n"
          "        jenjang lebih rendah dari jenis yang sama hanya dengan --any-level\n"
          "  merit fit matrix [--wave W] [--top K] [-o BERKAS.csv|.xlsx]\n"
          "        K teratas dua arah untuk semua pegawai dan jabatan (bawaan 10)\n"
          "Dasar: hasil final terkini yang masih berlaku; kebijakan penilaian yang berlaku hari "
          "ini.\n",
          "Usage:\n"
          "  merit fit person NIP [--top N] [--json]     the best positions for an employee\n"
          "  merit fit position CODE [--top N] [--json]  the best people for a position\n"
          "  merit fit better [--unit U] [--wave W] [--margin PERCENT] [--any-level] [--json]\n"
          "        people who fit another position better (JPM higher by >= margin, default 5);\n"
          "        a lower jenjang of the same kind only with --any-level\n"
          "  merit fit matrix [--wave W] [--top K] [-o FILE.csv|.xlsx]\n"
          "        the top K both ways for every person and position (default 10)\n"
          "Based on current, valid finalised results; the scoring policy in force today.\n"));
}

static void cell_line(json_t *c, int person_side)
{
    json_t *unmet = json_object_get(c, "unmet");
    size_t i;
    json_t *u;

    printf("%4lld  %6.2f  %-16s  %2lld/%-2lld  ",
           (long long)json_integer_value(json_object_get(c, "rank")),
           json_number_value(json_object_get(c, "jpm")), cli_jstr(c, "category_label"),
           (long long)json_integer_value(json_object_get(c, "covered")),
           (long long)json_integer_value(json_object_get(c, "items")));
    if (person_side)
        printf("%s  %s (%s)", cli_jstr(c, "position"), cli_jstr(c, "position_name"),
               cli_jstr(c, "position_unit"));
    else
        printf("%s  %s (%s)%s", cli_jstr(c, "nip"), cli_jstr(c, "name"), cli_jstr(c, "unit"),
               json_is_true(json_object_get(c, "holds_it")) ? T(" [pemangku]", " [holder]") : "");
    if (json_array_size(unmet)) {
        printf("  %s:", T("syarat tidak terpenuhi", "requirements not met"));
        json_array_foreach(unmet, i, u) printf(" %s", json_string_value(u));
    }
    printf("\n");
}

int cmd_fit(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS,
                                         {"top", required_argument, NULL, F_TOP},
                                         {"json", no_argument, NULL, F_JSON},
                                         {"unit", required_argument, NULL, F_UNIT},
                                         {"wave", required_argument, NULL, F_WAVE},
                                         {"margin", required_argument, NULL, F_MARGIN},
                                         {"output", required_argument, NULL, F_OUTPUT},
                                         {"any-level", no_argument, NULL, F_ANY_LEVEL},
                                         {0, 0, 0, 0}};
    const char *v[F_N] = {0};
    struct merit_error err;
    struct db *db = NULL;
    int64_t tenant = 0, top = 0, margin = 5;
    int opt, rc = 0, nargs;
    char **args, today[11];
    const char *why;
    json_t *j = NULL;
    size_t i;
    json_t *c;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        if (opt == CLI_OPT_HELP) {
            fit_help();
            return 0;
        }
        if (opt == 'o')
            opt = F_OUTPUT;
        if (opt > 0 && opt < F_N) {
            v[opt] = optarg ? optarg : "1";
            continue;
        }
        int h = cli_common_opt(ctx, opt, optarg);
        if (h <= 0)
            return h < 0 ? EX_USAGE
                         : cli_usage_error("fit", "%s", T("opsi tidak dikenal", "unknown option"));
    }
    nargs = argc - optind;
    args = argv + optind;
    if (nargs < 1)
        return cli_usage_error("fit", "%s", T("sebutkan perintah", "give a command"));
    if (v[F_TOP] && strtonum_s(v[F_TOP], 0, 100000, &top, &why) != 0)
        return cli_usage_error("fit", "--top: %s", why);
    if (v[F_MARGIN] && strtonum_s(v[F_MARGIN], 0, 100, &margin, &why) != 0)
        return cli_usage_error("fit", "--margin: %s", why);
    wc_today(today);
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        return cli_fail(&err);
    if (strcmp(args[0], "person") == 0 && nargs == 2) {
        if (fit_person(db, tenant, args[1], today, v[F_TOP] ? top : 10, &j, &err) != 0)
            goto fail;
        if (v[F_JSON]) {
            cli_print_json(j);
        } else {
            json_t *cur = json_object_get(j, "current");
            printf("%s %s (%s), %s %s\n", cli_jstr(j, "nip"), cli_jstr(j, "name"),
                   cli_jstr(j, "unit"), T("gelombang", "wave"), cli_jstr(j, "wave"));
            if (json_is_object(cur)) {
                printf("%s:\n", T("jabatan saat ini", "current position"));
                cell_line(cur, 1);
            }
            printf("%s:\n", T("jabatan paling cocok", "best-fitting positions"));
            json_array_foreach(json_object_get(j, "positions"), i, c) cell_line(c, 1);
        }
    } else if (strcmp(args[0], "position") == 0 && nargs == 2) {
        if (fit_position(db, tenant, args[1], today, v[F_TOP] ? top : 10, &j, &err) != 0)
            goto fail;
        if (v[F_JSON]) {
            cli_print_json(j);
        } else {
            printf("%s %s (%s)\n", cli_jstr(j, "position"), cli_jstr(j, "position_name"),
                   cli_jstr(j, "unit"));
            json_array_foreach(json_object_get(j, "people"), i, c) cell_line(c, 0);
        }
    } else if (strcmp(args[0], "better") == 0 && nargs == 1) {
        if (fit_better(db, tenant, today, v[F_UNIT], v[F_WAVE], margin * 100,
                       v[F_ANY_LEVEL] != NULL, &j, &err) != 0)
            goto fail;
        if (v[F_JSON]) {
            cli_print_json(j);
        } else {
            json_array_foreach(j, i, c)
            {
                json_t *cur = json_object_get(c, "current"), *best = json_object_get(c, "best");
                printf("%s %s (%s): %s %.2f -> %s %s (%s) %.2f\n", cli_jstr(c, "nip"),
                       cli_jstr(c, "name"), cli_jstr(c, "unit"), cli_jstr(cur, "position"),
                       json_number_value(json_object_get(cur, "jpm")), cli_jstr(best, "position"),
                       cli_jstr(best, "position_name"), cli_jstr(best, "position_unit"),
                       json_number_value(json_object_get(best, "jpm")));
            }
            if (!ctx->quiet)
                fprintf(
                    stderr, "%zu %s\n", json_array_size(j),
                    T("pegawai lebih cocok di jabatan lain", "people fit another position better"));
        }
    } else if (strcmp(args[0], "matrix") == 0 && nargs == 1) {
        long rows;
        if (fit_matrix_export(db, tenant, today, v[F_WAVE], v[F_TOP] ? (long)top : 10,
                              v[F_OUTPUT] ? v[F_OUTPUT] : "-", &rows, &err) != 0)
            goto fail;
        if (!ctx->quiet && v[F_OUTPUT])
            printf("%ld %s\n", rows, T("baris", "rows"));
    } else {
        rc = cli_usage_error("fit", "%s", T("perintah tidak dikenal", "unknown command"));
    }
    goto out;
fail:
    rc = cli_fail(&err);
out:
    json_decref(j);
    db_close(db);
    return rc;
}
