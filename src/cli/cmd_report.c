/*
 * cmd_report.c - `merit report KIND ...`: the PDF reports (src/report).
 *   individual --wave W --out DIR [--nip NIP]...: the individual assessment report of every
 *     finalised result of a wave (its latest revision), or of the NIPs given, written to
 *     DIR/<NIP>.pdf one at a time (memory stays flat however many);
 *   recap --wave W --out FILE: the wave recap;
 *   ninebox --period P [--unit U] --out FILE: the 9-box poster of a unit (or the agency);
 *   succession --period P --position CODE --out FILE: one position's succession slate;
 *   committee --committee C --kind minutes|letter --out FILE: a finalised committee's minutes
 *     or its recommendation letter to the regional head;
 *   package --package CODE --out FILE: a move package with its verdicts and approval trail.
 * Every file is written aside and renamed into place.
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
#include "report/report_committee.h"
#include "report/report_individual.h"
#include "report/report_ninebox.h"
#include "report/report_package.h"
#include "report/report_recap.h"
#include "report/report_succession.h"
#include "services/result.h"
#include "services/wave.h"
#include "services/wave_common.h"

enum {
    RP_WAVE = 1,
    RP_OUT,
    RP_NIP,
    RP_PERIOD,
    RP_UNIT,
    RP_POSITION,
    RP_COMMITTEE,
    RP_KIND,
    RP_PACKAGE
};

static const struct option report_longopts[] = {
    CLI_COMMON_LONGOPTS,
    {"wave", required_argument, NULL, RP_WAVE},
    {"out", required_argument, NULL, RP_OUT},
    {"nip", required_argument, NULL, RP_NIP},
    {"period", required_argument, NULL, RP_PERIOD},
    {"unit", required_argument, NULL, RP_UNIT},
    {"position", required_argument, NULL, RP_POSITION},
    {"committee", required_argument, NULL, RP_COMMITTEE},
    {"kind", required_argument, NULL, RP_KIND},
    {"package", required_argument, NULL, RP_PACKAGE},
    {0, 0, 0, 0}};

static void report_help(void)
{
    printf("%s", T("Pemakaian:\n"
                   "  merit report individual --wave KODE --out DIREKTORI [--nip NIP]...\n"
                   "        laporan asesmen individu (PDF, RAHASIA) setiap hasil final gelombang\n"
                   "        (revisi terakhir), atau NIP yang disebut: DIREKTORI/<NIP>.pdf\n"
                   "  merit report recap --wave KODE --out BERKAS\n"
                   "        rekapitulasi gelombang: peringkat hasil dan sebarannya\n"
                   "  merit report ninebox --period KODE [--unit UNIT] --out BERKAS\n"
                   "        poster 9 kotak (A4 mendatar) satu unit, atau seluruh instansi\n"
                   "  merit report succession --period KODE --position JABATAN --out BERKAS\n"
                   "        slate suksesi satu jabatan: pemangku, calon, kesiapan, syarat\n"
                   "  merit report committee --committee KODE --kind minutes|letter --out BERKAS\n"
                   "        berita acara panitia seleksi (minutes) atau surat rekomendasinya\n"
                   "        kepada kepala daerah (letter); hanya panitia yang telah final\n"
                   "  merit report package --package KODE --out BERKAS\n"
                   "        paket rotasi/mutasi: perpindahan, putusan aturan, jejak persetujuan\n",
                   "Usage:\n"
                   "  merit report individual --wave CODE --out DIR [--nip NIP]...\n"
                   "        the individual assessment report (PDF, RAHASIA) of every finalised\n"
                   "        result of the wave (latest revision), or of the NIPs given:\n"
                   "        DIR/<NIP>.pdf\n"
                   "  merit report recap --wave CODE --out FILE\n"
                   "        the wave recap: the ranked results and their distribution\n"
                   "  merit report ninebox --period CODE [--unit UNIT] --out FILE\n"
                   "        the 9-box poster (A4 landscape) of a unit, or of the whole agency\n"
                   "  merit report succession --period CODE --position POSITION --out FILE\n"
                   "        one position's succession slate: holder, candidates, readiness\n"
                   "  merit report committee --committee CODE --kind minutes|letter --out FILE\n"
                   "        a finalised committee's minutes, or its recommendation letter to\n"
                   "        the regional head\n"
                   "  merit report package --package CODE --out FILE\n"
                   "        a move package: the moves, their rule verdicts, the approval trail\n"));
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

/* b written to tmp, then renamed to path: a reader never sees half a report */
static int write_aside(const char *path, const char *tmp, const struct buf *b,
                       struct merit_error *err)
{
    FILE *f = NULL;
    int rc = -1;

    f = fopen(tmp, "wb");
    if (!f) {
        err_set(err, MERIT_EIO, "%s: %s", tmp, strerror(errno));
        goto out;
    }
    if (fwrite(b->data, 1, b->len, f) != b->len) {
        err_set(err, MERIT_EIO, "%s: %s", tmp, strerror(errno));
        goto out;
    }
    if (fclose(f) != 0) {
        f = NULL;
        err_set(err, MERIT_EIO, "%s: %s", tmp, strerror(errno));
        goto out;
    }
    f = NULL;
    if (rename(tmp, path) != 0) {
        err_set(err, MERIT_EIO, "%s: %s", path, strerror(errno));
        goto out;
    }
    rc = 0;
out:
    if (f)
        fclose(f);
    if (rc != 0)
        remove(tmp);
    return rc;
}

/* DIR/<nip>.pdf, through DIR/.<nip>.pdf.tmp */
static int write_file(const char *dir, const char *nip, const struct buf *b,
                      struct merit_error *err)
{
    struct buf path = BUF_INIT, tmp = BUF_INIT;
    int rc;

    buf_printf(&path, "%s/%s.pdf", dir, nip);
    buf_printf(&tmp, "%s/.%s.pdf.tmp", dir, nip);
    rc = write_aside(path.data, tmp.data, b, err);
    buf_release(&path);
    buf_release(&tmp);
    return rc;
}

/* FILE, through FILE.tmp */
static int write_out(const char *file, const struct buf *b, struct merit_error *err)
{
    struct buf tmp = BUF_INIT;
    int rc;

    buf_printf(&tmp, "%s.tmp", file);
    rc = write_aside(file, tmp.data, b, err);
    buf_release(&tmp);
    return rc;
}

/* the options of the single-document reports */
struct report_args {
    const char *wave, *out, *period, *unit, *position, *committee, *kind, *package;
};

/* one single-document report (kind != "individual") into a->out */
static int report_one(struct cli_ctx *ctx, const char *kind, const struct report_args *a)
{
    struct merit_error err;
    struct db *db = NULL;
    struct buf pdf = BUF_INIT;
    enum report_committee_kind ck = REPORT_COMMITTEE_MINUTES;
    int64_t tenant = 0;
    int rc = 0, r = -1;
    char today[11];
    const char *missing = NULL;

    err_clear(&err);
    if (strcmp(kind, "recap") == 0)
        missing = !a->wave ? "--wave" : NULL;
    else if (strcmp(kind, "ninebox") == 0)
        missing = !a->period ? "--period" : NULL;
    else if (strcmp(kind, "succession") == 0)
        missing = !a->period ? "--period" : !a->position ? "--position" : NULL;
    else if (strcmp(kind, "committee") == 0)
        missing = !a->committee ? "--committee" : !a->kind ? "--kind" : NULL;
    else if (strcmp(kind, "package") == 0)
        missing = !a->package ? "--package" : NULL;
    else
        return cli_usage_error("report", "%s: %s",
                               T("jenis laporan tidak dikenal", "unknown report"), kind);
    if (!missing && !a->out)
        missing = "--out";
    if (missing)
        return cli_usage_error("report", "%s %s", T("sebutkan", "give"), missing);
    if (strcmp(kind, "committee") == 0 && report_committee_kind_parse(a->kind, &ck) != 0)
        return cli_usage_error("report", "%s: %s",
                               T("--kind harus minutes atau letter", "--kind is minutes or letter"),
                               a->kind);
    wc_today(today);
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        goto fail;
    if (strcmp(kind, "recap") == 0)
        r = report_recap_pdf(db, tenant, a->wave, today, &pdf, &err);
    else if (strcmp(kind, "ninebox") == 0)
        r = report_ninebox_pdf(db, tenant, a->period, a->unit, today, &pdf, &err);
    else if (strcmp(kind, "succession") == 0)
        r = report_succession_pdf(db, tenant, a->period, a->position, today, &pdf, &err);
    else if (strcmp(kind, "committee") == 0)
        r = report_committee_pdf(db, tenant, a->committee, ck, today, &pdf, &err);
    else
        r = report_package_pdf(db, tenant, a->package, today, &pdf, &err);
    if (r != 0 || write_out(a->out, &pdf, &err) != 0)
        goto fail;
    if (!ctx->quiet)
        printf("%s %s\n", T("laporan ditulis ke", "report written to"), a->out);
    goto out;
fail:
    rc = cli_fail(&err);
out:
    buf_release(&pdf);
    db_close(db);
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
    struct report_args ra = {0};

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
        case RP_PERIOD:
            ra.period = optarg;
            continue;
        case RP_UNIT:
            ra.unit = optarg;
            continue;
        case RP_POSITION:
            ra.position = optarg;
            continue;
        case RP_COMMITTEE:
            ra.committee = optarg;
            continue;
        case RP_KIND:
            ra.kind = optarg;
            continue;
        case RP_PACKAGE:
            ra.package = optarg;
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
    if (argc - optind != 1) {
        rc = cli_usage_error("report", "%s",
                             T("sebutkan jenis laporan: individual, recap, ninebox, succession, "
                               "committee atau package",
                               "give the report: individual, recap, ninebox, succession, "
                               "committee or package"));
        goto out;
    }
    if (strcmp(argv[optind], "individual") != 0) {
        ra.wave = wave;
        ra.out = dir;
        rc = report_one(ctx, argv[optind], &ra);
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
