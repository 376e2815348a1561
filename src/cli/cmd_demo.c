#include "cli/cli.h"

#include <stdio.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/strtonum.h"
#include "services/demo.h"

enum { DEMO_OPT_EMPLOYEES = 0x200, DEMO_OPT_SEED, DEMO_OPT_NAME, DEMO_OPT_WAVE };

static void demo_help(void)
{
    printf(T("Pemakaian: merit demo [--employees N] [--seed S] [--tenant KODE] [--name NAMA]\n"
             "\n"
             "Membuat kabupaten contoh yang sintetis dan deterministik: OPD (dinas, badan,\n"
             "sekretariat, inspektorat, RSUD, kecamatan) dengan bidang, subbagian, seksi dan\n"
             "UPTD; jabatan struktural, fungsional dan pelaksana lengkap dengan persyaratan dan\n"
             "SKJ; pegawai PNS dan PPPK dengan NIP sah; riwayat golongan, jabatan, SKP 2024-2025,\n"
             "hukuman disiplin dan pelatihan. N dan S yang sama selalu menghasilkan data yang\n"
             "sama; tanggal dihitung dari tanggal acuan %04d-%02d-%02d, bukan dari jam sistem.\n"
             "\n"
             "  --employees N   jumlah ASN (bawaan %ld, antara %ld dan %ld); sekitar satu OPD\n"
             "                  per 185 ASN\n"
             "  --seed S        benih pembangkit acak (bawaan %llu)\n"
             "  --tenant KODE   instansi tujuan (bawaan demo); dibuat bila belum ada\n"
             "  --name NAMA     nama instansi (bawaan \"%s\")\n"
             "  --wave-size N   peserta gelombang asesmen contoh yang difinalkan (bawaan 600;\n"
             "                  0: tanpa)\n"
             "  --quiet         tanpa bilah kemajuan dan ringkasan\n"
             "\n"
             "Semua data ditulis dalam satu transaksi. Perintah menolak (kode keluar 65) bila\n"
             "instansi sudah berisi pegawai atau unit: pakai --tenant lain atau basis data baru.\n",
             "Usage: merit demo [--employees N] [--seed S] [--tenant CODE] [--name NAME]\n"
             "\n"
             "Creates a synthetic, deterministic demo kabupaten: OPD (dinas, badan, secretariats,\n"
             "inspectorate, hospital, kecamatan) with bidang, subbagian, seksi and UPTD units;\n"
             "structural, functional and pelaksana positions with requirements and SKJ; PNS and\n"
             "PPPK employees with valid NIPs; golongan, position, SKP 2024-2025, disciplinary\n"
             "sanction and training histories. The same N and S always give the same data; dates\n"
             "are relative to the reference day %04d-%02d-%02d, not the system clock.\n"
             "\n"
             "  --employees N   number of ASN (default %ld, between %ld and %ld); about one OPD\n"
             "                  per 185 ASN\n"
             "  --seed S        random generator seed (default %llu)\n"
             "  --tenant CODE   agency to fill (default demo); created when absent\n"
             "  --name NAME     agency name (default \"%s\")\n"
             "  --wave-size N   participants of the finalised demo assessment wave (default 600;\n"
             "                  0: none)\n"
             "  --quiet         no progress bar and no summary\n"
             "\n"
             "Everything is written in one transaction. The command refuses (exit code 65) when\n"
             "the agency already holds employees or units: use another --tenant or a new "
             "database.\n"),
           DEMO_TODAY_Y, DEMO_TODAY_M, DEMO_TODAY_D, DEMO_DEFAULT_EMPLOYEES, DEMO_MIN_EMPLOYEES,
           DEMO_MAX_EMPLOYEES, (unsigned long long)DEMO_DEFAULT_SEED, DEMO_DEFAULT_NAME);
}

static void demo_progress(long done, long total, void *user)
{
    (void)user;
    fprintf(stderr, "\r%s %ld/%ld (%ld%%)", T("demo: pegawai", "demo: employees"), done, total,
            total ? done * 100 / total : 100);
    if (done >= total)
        fputc('\n', stderr);
    fflush(stderr);
}

int cmd_demo(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {
        CLI_COMMON_LONGOPTS,
        {"employees", required_argument, NULL, DEMO_OPT_EMPLOYEES},
        {"seed", required_argument, NULL, DEMO_OPT_SEED},
        {"name", required_argument, NULL, DEMO_OPT_NAME},
        {"wave-size", required_argument, NULL, DEMO_OPT_WAVE},
        {0, 0, 0, 0},
    };
    struct demo_options dopt = {DEMO_DEFAULT_EMPLOYEES, DEMO_DEFAULT_SEED, NULL, NULL, NULL, NULL};
    struct demo_summary sum;
    struct merit_error err;
    struct db *db = NULL;
    const char *why;
    int64_t v;
    int opt, h, rc = 0;
    long wave_size = DEMO_WAVE_SIZE, finalised = 0;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (opt) {
        case CLI_OPT_HELP:
            demo_help();
            return 0;
        case DEMO_OPT_EMPLOYEES:
            if (strtonum_s(optarg, DEMO_MIN_EMPLOYEES, DEMO_MAX_EMPLOYEES, &v, &why) != 0)
                return cli_usage_error("demo", "--employees '%s': %s (%ld..%ld)", optarg, why,
                                       DEMO_MIN_EMPLOYEES, DEMO_MAX_EMPLOYEES);
            dopt.employees = (long)v;
            break;
        case DEMO_OPT_SEED:
            /* seeds are non-negative so they read back the same everywhere */
            if (strtonum_s(optarg, 0, INT64_MAX, &v, &why) != 0)
                return cli_usage_error("demo", "--seed '%s': %s", optarg, why);
            dopt.seed = (uint64_t)v;
            break;
        case DEMO_OPT_NAME:
            dopt.tenant_name = optarg;
            break;
        case DEMO_OPT_WAVE:
            if (strtonum_s(optarg, 0, 100000, &v, &why) != 0)
                return cli_usage_error("demo", "--wave-size '%s': %s", optarg, why);
            wave_size = (long)v;
            break;
        default:
            h = cli_common_opt(ctx, opt, optarg);
            if (h <= 0)
                return cli_usage_error("demo", "%s", T("opsi tidak dikenal", "unknown option"));
        }
    }
    if (optind < argc)
        return cli_usage_error("demo", "%s '%s'", T("argumen tidak dikenal", "unexpected argument"),
                               argv[optind]);
    dopt.tenant_code = ctx->tenant;
    if (!ctx->quiet && isatty(STDERR_FILENO))
        dopt.progress = demo_progress;
    if (cli_open_db(ctx, &db, &err) != 0)
        return cli_fail(&err);
    if (demo_run(db, &dopt, &sum, &err) != 0 ||
        (wave_size > 0 &&
         demo_wave(db, sum.tenant_id, wave_size, dopt.seed, &finalised, &err) != 0)) {
        rc = cli_fail(&err);
        goto out;
    }
    if (!ctx->quiet) {
        printf(T("Instansi %s (id %lld): kabupaten contoh dibuat (benih %llu)\n",
                 "Agency %s (id %lld): demo kabupaten created (seed %llu)\n"),
               dopt.tenant_code, (long long)sum.tenant_id, (unsigned long long)dopt.seed);
        printf(T("  unit          %8ld (%ld OPD)\n", "  units         %8ld (%ld OPD)\n"), sum.units,
               sum.opd);
        printf(T("  jabatan       %8ld (%ld struktural, %ld kosong), %ld butir SKJ\n",
                 "  positions     %8ld (%ld structural, %ld vacant), %ld SKJ items\n"),
               sum.positions, sum.structural, sum.vacant, sum.skj_items);
        printf(T("  pegawai       %8ld (PNS %ld, PPPK %ld; perempuan %ld)\n",
                 "  employees     %8ld (PNS %ld, PPPK %ld; women %ld)\n"),
               sum.employees, sum.pns, sum.pppk, sum.women);
        printf(T("                         (struktural %ld, fungsional %ld, pelaksana %ld)\n",
                 "                         (structural %ld, functional %ld, pelaksana %ld)\n"),
               sum.structural_holders, sum.jf, sum.pelaksana);
        printf(T("  riwayat SKP   %8ld\n", "  SKP rows      %8ld\n"), sum.hist_skp);
        printf(T("  hukuman disiplin %5ld\n", "  sanctions     %8ld\n"), sum.hist_sanction);
        printf(T("  riwayat golongan %ld, jabatan %ld, pelatihan %ld\n",
                 "  golongan history %ld, position history %ld, training %ld\n"),
               sum.hist_golongan, sum.hist_position, sum.hist_training);
        if (wave_size > 0)
            printf(T("  gelombang asesmen ASM-2026-01: %ld hasil final\n",
                     "  assessment wave ASM-2026-01: %ld finalised results\n"),
                   finalised);
    }
out:
    db_close(db);
    return rc;
}
