/*
 * main.c - `merit`: one binary, one subcommand per task.
 *
 * Settings come from, in increasing precedence: built-in defaults, the INI
 * file (--config FILE, MERIT_CONFIG, or ./merit.ini when present), the
 * environment (MERIT_DB, MERIT_TENANT, MERIT_LANG, MERIT_LISTEN), then flags.
 */
#include <ini.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/strtonum.h"
#include "base/xmalloc.h"
#include "cli/cli.h"

static const struct command {
    const char *name;
    int (*run)(struct cli_ctx *, int, char **);
    const char *help_id;
    const char *help_en;
} commands[] = {
    {"init", cmd_init, "membuat/memperbarui skema dan data referensi",
     "create or upgrade the schema and reference data"},
    {"tenant", cmd_tenant, "mengelola instansi (add, list)", "manage agencies (add, list)"},
    {"demo", cmd_demo, "membuat kabupaten contoh (sintetis, deterministik)",
     "create a synthetic, deterministic demo kabupaten"},
    {"import", cmd_import, "impor unit, jabatan, pegawai dan riwayat dari CSV/XLSX",
     "import units, positions, employees and histories from CSV/XLSX"},
    {"export", cmd_export, "ekspor data ke CSV, XLSX atau JSON (dan templat impor)",
     "export data as CSV, XLSX or JSON (and import templates)"},
    {"policy", cmd_policy, "kebijakan berversi: penilaian, talenta, aturan mutasi, pansel",
     "versioned policies: scoring, talent, move rules, committee"},
    {"assessor", cmd_assessor, "daftar asesor dan hubungan yang dinyatakan",
     "the assessor roster and declared relations"},
    {"wave", cmd_wave, "gelombang asesmen: rencana, peserta, asesor, bukti, integrasi, final",
     "assessment waves: plan, participants, assessors, evidence, integration, finalisation"},
    {"result", cmd_result, "hasil asesmen final dan koreksinya",
     "finalised assessment results and their corrections"},
    {"talent", cmd_talent, "pemetaan talenta 9 kotak, kelompok talenta, kalibrasi",
     "9-box talent mapping, talent pool, calibration"},
    {"succession", cmd_succession, "calon pengganti jabatan kunci (slate suksesi)",
     "succession slates for key positions"},
    {"place", cmd_place, "penempatan optimal untuk lowongan (optimasi penugasan)",
     "optimal placement for vacancies (assignment optimiser)"},
    {"move", cmd_move, "cek legalitas mutasi/rotasi/promosi menurut pasalnya",
     "check a move's legality, article by article"},
    {"rules", cmd_move, "= move check: aturan yang berlaku atas satu mutasi beserta pasalnya",
     "= move check: the rules that apply to one move, with their articles"},
    {"ujikom", cmd_committee, "= committee: uji kompetensi JPT",
     "= committee: the JPT competency test"},
    {"committee", cmd_committee, "pansel uji kompetensi JPT: anggota, nilai, rekomendasi",
     "the JPT competency test committee: members, scores, recommendation"},
    {"audit", cmd_audit, "log audit berantai hash (verify, list)",
     "the hash-chained audit log (verify, list)"},
    {"siasn", cmd_siasn, "berkas hasil berbentuk SIASN (potensi, kompetensi, talenta)",
     "SIASN-shaped result files (potensi, kompetensi, talenta)"},
    {"report", cmd_report,
     "laporan PDF: individu, rekap gelombang, 9 kotak, suksesi, berita acara dan surat pansel, "
     "paket mutasi",
     "PDF reports: individual, wave recap, 9-box, succession, committee minutes and letter, "
     "move package"},
    {"fit", cmd_fit, "kecocokan pegawai-jabatan (JPM terhadap SKJ setiap jabatan)",
     "person-position fit (JPM against every position's SKJ)"},
    {"user", cmd_user, "akun pengguna API/UI: tambah, daftar, sandi, nonaktifkan",
     "API/UI accounts: add, list, password, disable"},
    {"serve", cmd_serve, "menjalankan server HTTP (API dan UI)",
     "run the HTTP server (API and UI)"},
};

static void main_help(void)
{
    printf("%s", T("merit - asesmen kompetensi dan manajemen talenta ASN\n\n"
                   "Pemakaian: merit [OPSI] PERINTAH [OPSI PERINTAH]\n\nPerintah:\n",
                   "merit - competency assessment and talent management for Indonesia's civil "
                   "service\n\nUsage: merit [OPTIONS] COMMAND [COMMAND OPTIONS]\n\nCommands:\n"));
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        printf("  %-10s %s\n", commands[i].name, T(commands[i].help_id, commands[i].help_en));
    printf("  %-10s %s\n", "version", T("versi program", "program version"));
    printf("%s",
           T("\nOpsi umum (sebelum atau sesudah perintah):\n"
             "  --db URL        basis data: sqlite:PATH (bawaan sqlite:var/merit.db) atau\n"
             "                  postgresql://... (juga MERIT_DB)\n"
             "  --tenant KODE   instansi yang dikerjakan (bawaan demo; juga MERIT_TENANT)\n"
             "  --lang id|en    bahasa pesan (bawaan id; juga MERIT_LANG)\n"
             "  --config FILE   berkas INI (bawaan ./merit.ini bila ada; juga MERIT_CONFIG)\n"
             "  --quiet         tanpa bilah kemajuan dan ringkasan\n"
             "\n'merit PERINTAH --help' menjelaskan tiap perintah. Kode keluar: lihat README.\n",
             "\nCommon options (before or after the command):\n"
             "  --db URL        database: sqlite:PATH (default sqlite:var/merit.db) or\n"
             "                  postgresql://... (also MERIT_DB)\n"
             "  --tenant CODE   agency to work on (default demo; also MERIT_TENANT)\n"
             "  --lang id|en    message language (default id; also MERIT_LANG)\n"
             "  --config FILE   INI file (default ./merit.ini when present; also MERIT_CONFIG)\n"
             "  --quiet         no progress bar and no summary\n"
             "\n'merit COMMAND --help' explains each command. Exit codes: see README.\n"));
}

static int main_ini(void *user, const char *section, const char *name, const char *value)
{
    struct cli_ctx *ctx = user;
    int64_t v;

    if (strcmp(section, "database") == 0 && strcmp(name, "url") == 0) {
        ctx->db_url = xstrdup(value);
    } else if (strcmp(section, "merit") == 0 && strcmp(name, "tenant") == 0) {
        ctx->tenant = xstrdup(value);
    } else if (strcmp(section, "merit") == 0 && strcmp(name, "lang") == 0) {
        enum lang l;
        if (i18n_parse(value, &l) != 0)
            return 0;
        i18n_set(l);
    } else if (strcmp(section, "server") == 0 && strcmp(name, "listen") == 0) {
        ctx->listen = xstrdup(value);
    } else if (strcmp(section, "server") == 0 && strcmp(name, "threads") == 0) {
        if (strtonum_s(value, 1, 256, &v, NULL) != 0)
            return 0;
        ctx->threads = (int)v;
    } else {
        return 0; /* unknown keys fail loudly: inih reports the line */
    }
    return 1;
}

/* Finds --config FILE / --config=FILE anywhere in argv, without disturbing getopt. */
static const char *main_config_arg(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--config") == 0 && i + 1 < argc)
            return argv[i + 1];
        if (strncmp(argv[i], "--config=", 9) == 0)
            return argv[i] + 9;
    }
    return NULL;
}

int main(int argc, char **argv)
{
    struct cli_ctx ctx = {CLI_DEFAULT_DB, CLI_DEFAULT_TENANT, CLI_DEFAULT_LISTEN, 0, 0, NULL};
    const char *env, *cmd;
    enum lang l;
    int i, rc;

    if ((env = getenv("MERIT_LANG")) && i18n_parse(env, &l) == 0)
        i18n_set(l);
    ctx.config = main_config_arg(argc, argv);
    if (!ctx.config)
        ctx.config = getenv("MERIT_CONFIG");
    if (!ctx.config && access("merit.ini", R_OK) == 0)
        ctx.config = "merit.ini";
    if (ctx.config) {
        rc = ini_parse(ctx.config, main_ini, &ctx);
        if (rc != 0) {
            if (rc < 0)
                fprintf(stderr, "merit: %s %s\n", T("tidak bisa membaca", "cannot read"),
                        ctx.config);
            else
                fprintf(stderr, "merit: %s:%d: %s\n", ctx.config, rc,
                        T("kunci atau nilai tidak dikenal", "unknown key or bad value"));
            return EX_CONFIG;
        }
    }
    if ((env = getenv("MERIT_DB")) && *env)
        ctx.db_url = env;
    if ((env = getenv("MERIT_TENANT")) && *env)
        ctx.tenant = env;
    if ((env = getenv("MERIT_LISTEN")) && *env)
        ctx.listen = env;

    /* global options before the command name */
    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            main_help();
            return 0;
        }
        if (strcmp(a, "--version") == 0) {
            printf("merit %s\n", MERIT_VERSION);
            return 0;
        }
        if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) {
            ctx.quiet = 1;
            continue;
        }
        if (i + 1 >= argc)
            break;
        if (strcmp(a, "--db") == 0)
            ctx.db_url = argv[++i];
        else if (strcmp(a, "--tenant") == 0)
            ctx.tenant = argv[++i];
        else if (strcmp(a, "--config") == 0)
            i++;
        else if (strcmp(a, "--lang") == 0) {
            if (cli_common_opt(&ctx, CLI_OPT_LANG, argv[++i]) < 0)
                return EX_USAGE;
        } else
            break;
    }
    if (i >= argc) {
        main_help();
        return EX_USAGE;
    }
    cmd = argv[i];
    if (strcmp(cmd, "version") == 0) {
        printf("merit %s\n", MERIT_VERSION);
        return 0;
    }
    if (strcmp(cmd, "help") == 0) {
        main_help();
        return 0;
    }
    /* -q is the short form of the common --quiet, wherever it stands */
    for (int j = i + 1; j < argc && strcmp(argv[j], "--") != 0; j++)
        if (strcmp(argv[j], "-q") == 0)
            argv[j] = (char *)"--quiet";
    for (size_t k = 0; k < sizeof(commands) / sizeof(commands[0]); k++) {
        if (strcmp(cmd, commands[k].name) == 0) {
            optind = 1;
            return commands[k].run(&ctx, argc - i, argv + i);
        }
    }
    fprintf(stderr, "merit: %s '%s'; %s\n", T("perintah tidak dikenal", "unknown command"), cmd,
            T("lihat 'merit --help'", "see 'merit --help'"));
    return EX_USAGE;
}
