/*
 * cmd_place.c - `merit place`: the placement optimiser from the command line.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "base/i18n.h"
#include "base/xmalloc.h"
#include "cli/cli.h"
#include "services/place.h"
#include "services/wave_common.h"

enum { P_POSITIONS = 1, P_UNIT, P_PERIOD, P_LOCK, P_FORBID, P_JSON, P_N };
#define PLACE_MAX_PINS 64

static void place_help(void)
{
    printf("%s",
           T("Pemakaian:\n"
             "  merit place (--positions A,B,... | --unit UNIT) [--period KODE]\n"
             "        [--lock NIP=JABATAN]... [--forbid NIP=JABATAN]... [--json]\n"
             "Penempatan optimal: jumlah JPM terbesar di antara penempatan yang mengisi\n"
             "lowongan sebanyak mungkin; pasangan yang tidak memenuhi syarat jabatan dilarang.\n"
             "Tiap jabatan: calon terpilih, calon kedua dan kerugian bila memilihnya, pemangku\n"
             "saat ini. --period: hanya pegawai terpetakan dan memenuhi syarat pada periode.\n",
             "Usage:\n"
             "  merit place (--positions A,B,... | --unit UNIT) [--period CODE]\n"
             "        [--lock NIP=POSITION]... [--forbid NIP=POSITION]... [--json]\n"
             "The optimal placement: the largest total JPM among placements filling as many\n"
             "vacancies as possible; pairs not meeting a position's requirements are forbidden.\n"
             "Per position: the chosen candidate, the runner-up and what choosing them costs,\n"
             "the current holder. --period: only people placed and eligible in that period.\n"));
}

static int parse_pin(char *s, struct place_pin *p)
{
    char *eq = strchr(s, '=');
    if (!eq || eq == s || !eq[1])
        return -1;
    *eq = 0;
    p->nip = s;
    p->position = eq + 1;
    return 0;
}

int cmd_place(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS,
                                         {"positions", required_argument, NULL, P_POSITIONS},
                                         {"unit", required_argument, NULL, P_UNIT},
                                         {"period", required_argument, NULL, P_PERIOD},
                                         {"lock", required_argument, NULL, P_LOCK},
                                         {"forbid", required_argument, NULL, P_FORBID},
                                         {"json", no_argument, NULL, P_JSON},
                                         {0, 0, 0, 0}};
    struct place_pin lock[PLACE_MAX_PINS], forbid[PLACE_MAX_PINS];
    const char *codes[256], *unit = NULL, *period = NULL;
    struct place_request req;
    struct merit_error err;
    struct db *db = NULL;
    size_t nlock = 0, nforbid = 0, ncodes = 0;
    char *list = NULL, today[11];
    int opt, rc = 0, json = 0;
    int64_t tenant = 0;
    json_t *j = NULL, *p;
    size_t i;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (opt) {
        case CLI_OPT_HELP:
            place_help();
            goto out;
        case P_POSITIONS:
            free(list);
            list = xstrdup(optarg);
            ncodes = 0;
            for (char *t = strtok(list, ", "); t && ncodes < 256; t = strtok(NULL, ", "))
                codes[ncodes++] = t;
            break;
        case P_UNIT:
            unit = optarg;
            break;
        case P_PERIOD:
            period = optarg;
            break;
        case P_LOCK:
        case P_FORBID:
            if ((opt == P_LOCK ? nlock : nforbid) == PLACE_MAX_PINS ||
                parse_pin(optarg, opt == P_LOCK ? &lock[nlock] : &forbid[nforbid]) != 0) {
                rc = cli_usage_error(
                    "place", "%s",
                    T("pakai NIP=JABATAN (maks. 64)", "use NIP=POSITION (at most 64)"));
                goto out;
            }
            if (opt == P_LOCK)
                nlock++;
            else
                nforbid++;
            break;
        case P_JSON:
            json = 1;
            break;
        default: {
            int h = cli_common_opt(ctx, opt, optarg);
            if (h <= 0) {
                rc = h < 0 ? EX_USAGE
                           : cli_usage_error("place", "%s",
                                             T("opsi tidak dikenal", "unknown option"));
                goto out;
            }
        }
        }
    }
    if (optind < argc || (!ncodes && !unit) || (ncodes && unit)) {
        rc = cli_usage_error("place", "%s",
                             T("sebutkan --positions atau --unit", "give --positions or --unit"));
        goto out;
    }
    wc_today(today);
    req = (struct place_request){
        ncodes ? codes : NULL, ncodes, unit, period, today, lock, forbid, nlock, nforbid};
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0) {
        rc = cli_fail(&err);
        goto out;
    }
    if (place_optimise(db, tenant, &req, &j, &err) != 0) {
        rc = cli_fail(&err);
        goto out;
    }
    if (json) {
        cli_print_json(j);
        goto out;
    }
    printf("%s %lld/%lld, %s %lld, %s %.2f (%s %.2f), %s %.2f\n", T("terisi", "filled"),
           (long long)json_integer_value(json_object_get(j, "filled")),
           (long long)json_integer_value(json_object_get(j, "vacancies")), T("calon", "candidates"),
           (long long)json_integer_value(json_object_get(j, "candidates")),
           T("jumlah JPM", "total JPM"), json_number_value(json_object_get(j, "total_jpm")),
           T("rata-rata", "mean"), json_number_value(json_object_get(j, "mean_jpm")),
           T("penempatan sekarang", "current placement"),
           json_number_value(json_object_get(json_object_get(j, "current"), "total_jpm")));
    json_array_foreach(json_object_get(j, "positions"), i, p)
    {
        json_t *a = json_object_get(p, "assigned"), *r = json_object_get(p, "runner_up");
        printf("%s %s\n", cli_jstr(p, "code"), cli_jstr(p, "position"));
        if (json_is_object(a))
            printf("  -> %s %s (%.2f)\n", cli_jstr(a, "nip"), cli_jstr(a, "name"),
                   json_number_value(json_object_get(a, "jpm")));
        else
            printf("  -> %s\n", T("(tidak terisi: tidak ada calon memenuhi syarat)",
                                  "(not filled: no eligible candidate)"));
        if (json_is_object(r))
            printf("     %s %s %s (%.2f), %s %.2f\n", T("kedua", "runner-up"), cli_jstr(r, "nip"),
                   cli_jstr(r, "name"), json_number_value(json_object_get(r, "jpm")),
                   T("kerugian total", "total loss"),
                   json_number_value(json_object_get(r, "total_loss")));
    }
out:
    json_decref(j);
    free(list);
    db_close(db);
    return rc;
}
