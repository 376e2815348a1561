/*
 * cmd_report.c - `merit report individual --wave W --out DIR [--nip NIP]...`: the individual
 * assessment report (PDF) of every finalised result of a wave (its latest revision), or of the
 * NIPs given, written to DIR/<NIP>.pdf one at a time (memory stays flat however many).
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "cli/cli.h"
#include "report/report_individual.h"
#include "services/result.h"
#include "services/wave.h"
#include "services/wave_common.h"

enum { RP_WAVE = 1, RP_OUT, RP_NIP };

static const struct option report_longopts[] = {CLI_COMMON_LONGOPTS,
                                                {"wave", required_argument, NULL, RP_WAVE},
                                                {"out", required_argument, NULL, RP_OUT},
                                                {"nip", required_argument, NULL, RP_NIP},
                                                {0, 0, 0, 0}};

static void report_help(void)
{
    printf("%s", T("Pemakaian:\n"
                   "  merit report individual --wave KODE --out DIREKTORI [--nip NIP]...\n"
                   "        laporan asesmen individu (PDF, RAHASIA) setiap hasil final gelombang\n"
                   "        (revisi terakhir), atau NIP yang disebut: DIREKTORI/<NIP>.pdf\n",
                   "Usage:\n"
                   "  merit report individual --wave CODE --out DIR [--nip NIP]...\n"
                   "        the individual assessment report (PDF, RAHASIA) of every finalised\n"
                   "        result of the wave (latest revision), or of the NIPs given:\n"
                   "        DIR/<NIP>.pdf\n"));
}

/* a NIP becomes a file name: digits only, so no path can be smuggled in */
static int nip_safe(const char *nip)
{
    if (!*nip || strlen(nip) > 32)
        return 0;
    for (const char *p = nip; *p; p++)
        if (*p < '0' || *p > '9')
            return 0;
    return 1;
}

static int write_file(const char *dir, const char *nip, const struct buf *b,
                      struct merit_error *err)
{
    struct buf path = BUF_INIT, tmp = BUF_INIT;
    FILE *f = NULL;
    int rc = -1;

    buf_printf(&path, "%s/%s.pdf", dir, nip);
    buf_printf(&tmp, "%s/.%s.pdf.tmp", dir, nip);
    /* written aside and renamed: a reader never sees half a report */
    f = fopen(tmp.data, "wb");
    if (!f) {
        err_set(err, MERIT_EIO, "%s: %s", tmp.data, strerror(errno));
        goto out;
    }
    if (fwrite(b->data, 1, b->len, f) != b->len) {
        err_set(err, MERIT_EIO, "%s: %s", tmp.data, strerror(errno));
        goto out;
    }
    if (fclose(f) != 0) {
        f = NULL;
        err_set(err, MERIT_EIO, "%s: %s", tmp.data, strerror(errno));
        goto out;
    }
    f = NULL;
    if (rename(tmp.data, path.data) != 0) {
        err_set(err, MERIT_EIO, "%s: %s", path.data, strerror(errno));
        goto out;
    }
    rc = 0;
out:
    if (f)
        fclose(f);
    if (rc != 0)
        remove(tmp.data);
    buf_release(&path);
    buf_release(&tmp);
    return rc;
}

int cmd_report(struct cli_ctx *ctx, int argc, char **argv)
{
    struct merit_error err;
    const char *wave = NULL, *dir = NULL;
    const char **nips = NULL;
    size_t nnips = 0, i;
    struct db *db = NULL;
    struct report_wave *rw = NULL;
    struct buf pdf = BUF_INIT;
    int64_t tenant = 0, wave_id = 0;
    int rc = 0, opt;
    long written = 0;
    char today[11];
    json_t *list = NULL;

    err_clear(&err);
    nips = xcalloc((size_t)argc + 1, sizeof(*nips));
    while ((opt = getopt_long(argc, argv, "", report_longopts, NULL)) != -1) {
        int h;
        switch (opt) {
        case CLI_OPT_HELP:
            report_help();
            goto out;
        case RP_WAVE:
            wave = optarg;
            continue;
        case RP_OUT:
            dir = optarg;
            continue;
        case RP_NIP:
            if (!nip_safe(optarg)) {
                rc = cli_usage_error("report", "%s: %s", T("NIP tidak sah", "invalid NIP"), optarg);
                goto out;
            }
            nips[nnips++] = optarg;
            continue;
        default:
            break;
        }
        h = cli_common_opt(ctx, opt, optarg);
        if (h <= 0) {
            rc = h < 0 ? EX_USAGE
                       : cli_usage_error("report", "%s", T("opsi tidak dikenal", "unknown option"));
            goto out;
        }
    }
    if (argc - optind != 1 || strcmp(argv[optind], "individual") != 0) {
        rc = cli_usage_error(
            "report", "%s", T("sebutkan jenis laporan: individual", "give the report: individual"));
        goto out;
    }
    if (!wave || !dir) {
        rc = cli_usage_error("report", "%s",
                             T("sebutkan --wave dan --out", "give --wave and --out"));
        goto out;
    }
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        err_set(&err, MERIT_EIO, "%s: %s", dir, strerror(errno));
        goto fail;
    }
    wc_today(today);
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0 ||
        wave_find(db, tenant, wave, &wave_id, &err) != 0 ||
        report_wave_open(db, tenant, wave, today, &rw, &err) != 0)
        goto fail;
    if (nnips == 0) {
        json_t *r;
        /* every participant's current result (result_list keeps the latest revision) */
        if (result_list(db, tenant, wave_id, today, &list, &err) != 0)
            goto fail;
        free(nips);
        nips = xcalloc(json_array_size(list) + 1, sizeof(*nips));
        json_array_foreach(list, i, r)
        {
            const char *nip = cli_jstr(r, "nip");
            if (nip_safe(nip))
                nips[nnips++] = nip;
        }
    }
    for (i = 0; i < nnips; i++) {
        buf_reset(&pdf);
        if (report_individual_pdf(rw, nips[i], &pdf, &err) != 0 ||
            write_file(dir, nips[i], &pdf, &err) != 0)
            goto fail;
        written++;
    }
    if (!ctx->quiet)
        printf("%ld %s %s\n", written, T("laporan ditulis ke", "reports written to"), dir);
    goto out;
fail:
    rc = cli_fail(&err);
out:
    buf_release(&pdf);
    json_decref(list);
    report_wave_free(rw);
    db_close(db);
    free(nips);
    return rc;
}
