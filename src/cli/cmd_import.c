#include "cli/cli.h"

#include <stdio.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include "base/i18n.h"
#include "services/import.h"

struct import_cli {
    const char *path;
    long printed;
    int progress_shown;
    int tty;
    struct timespec last;
};

static void import_help(void)
{
    printf("%s",
           T("Pemakaian: merit import JENIS BERKAS [--sheet NAMA] [--dry-run]\n"
             "\n"
             "Mengimpor CSV, XLSX atau JSON hasil 'merit export'. Semua atau tidak sama\n"
             "sekali: bila ada baris yang salah, tidak ada yang ditulis, setiap masalah\n"
             "dicetak sebagai BERKAS:BARIS:KOLOM: alasan, dan kode keluar 65. Impor ulang\n"
             "berkas yang sama aman (upsert menurut kode/NIP).\n"
             "\n"
             "JENIS (urutan impor yang dianjurkan):\n"
             "  units             unit kerja (OPD, bidang, seksi)\n"
             "  positions         jabatan beserta SKJ dan persyaratan\n"
             "  employees         pegawai (NIP 18 digit)\n"
             "  position-history  riwayat jabatan\n"
             "  golongan-history  riwayat golongan/pangkat\n"
             "  skp               riwayat SKP (rating hasil dan perilaku kerja)\n"
             "  sanctions         riwayat hukuman disiplin\n"
             "  training          riwayat diklat/pelatihan\n"
             "\n"
             "Opsi:\n"
             "  --sheet NAMA   lembar XLSX yang dibaca (bawaan: lembar pertama)\n"
             "  --dry-run      hanya memeriksa dan menghitung, tidak menulis\n"
             "\n"
             "Judul kolom dicocokkan tanpa memedulikan huruf besar/kecil dan spasi; nama\n"
             "Indonesia, Inggris dan nama field SIASN (nipBaru, tglLahir, ...) diterima.\n"
             "Templat: 'merit export JENIS --template -o templat.xlsx' atau docs/import/.\n",
             "Usage: merit import KIND FILE [--sheet NAME] [--dry-run]\n"
             "\n"
             "Imports CSV, XLSX or the JSON 'merit export' writes. All or nothing: if any\n"
             "row is wrong nothing is written, every problem is printed as\n"
             "FILE:ROW:COLUMN: reason, and the exit status is 65. Importing the same file\n"
             "again is safe (upsert by code/NIP).\n"
             "\n"
             "KIND (in the recommended order):\n"
             "  units             organisational units (OPD, bidang, seksi)\n"
             "  positions         positions with their SKJ and requirements\n"
             "  employees         employees (18-digit NIP)\n"
             "  position-history  position history\n"
             "  golongan-history  golongan/rank history\n"
             "  skp               SKP history (results and behaviour ratings)\n"
             "  sanctions         disciplinary sanction history\n"
             "  training          training history\n"
             "\n"
             "Options:\n"
             "  --sheet NAME   XLSX sheet to read (default: the first)\n"
             "  --dry-run      check and count only, write nothing\n"
             "\n"
             "Headers match regardless of case and spacing; Indonesian and English names\n"
             "and SIASN field names (nipBaru, tglLahir, ...) are accepted.\n"
             "Templates: 'merit export KIND --template -o template.xlsx' or docs/import/.\n"));
}

static void import_clear_progress(struct import_cli *c)
{
    if (c->progress_shown) {
        fputs("\r\033[K", stderr);
        c->progress_shown = 0;
    }
}

static void import_on_error(void *ctx, long row, const char *column, const char *msg)
{
    struct import_cli *c = ctx;

    import_clear_progress(c);
    if (row > 0)
        fprintf(stderr, "%s:%ld:%s: %s\n", c->path, row, column, msg);
    else
        fprintf(stderr, "%s: %s\n", c->path, msg);
    c->printed++;
}

static void import_on_progress(void *ctx, uint64_t done, uint64_t total)
{
    struct import_cli *c = ctx;
    struct timespec now;
    int pct, bars;
    char bar[41];

    if (!c->tty || total == 0)
        return;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (done < total &&
        (now.tv_sec - c->last.tv_sec) * 1000 + (now.tv_nsec - c->last.tv_nsec) / 1000000 < 100)
        return;
    c->last = now;
    pct = (int)(done * 100 / total);
    bars = pct * 40 / 100;
    for (int i = 0; i < 40; i++)
        bar[i] = i < bars ? '#' : '.';
    bar[40] = '\0';
    fprintf(stderr, "\r%s [%s] %3d%%", c->path, bar, pct);
    c->progress_shown = 1;
}

int cmd_import(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS,
                                         {"sheet", required_argument, NULL, 's'},
                                         {"dry-run", no_argument, NULL, 'n'},
                                         {0, 0, 0, 0}};
    struct import_options io = {0};
    struct import_result res;
    struct import_cli c = {0};
    struct merit_error err;
    struct db *db = NULL;
    enum import_kind kind;
    int64_t tenant_id;
    int opt, rc = 0;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "s:n", opts, NULL)) != -1) {
        int h;

        if (opt == CLI_OPT_HELP) {
            import_help();
            return 0;
        }
        if (opt == 's') {
            io.sheet = optarg;
            continue;
        }
        if (opt == 'n') {
            io.dry_run = 1;
            continue;
        }
        h = cli_common_opt(ctx, opt, optarg);
        if (h <= 0)
            return h < 0
                       ? EX_USAGE
                       : cli_usage_error("import", "%s", T("opsi tidak dikenal", "unknown option"));
    }
    if (argc - optind != 2)
        return cli_usage_error("import", "%s",
                               T("sebutkan JENIS dan BERKAS", "give a KIND and a FILE"));
    if (import_kind_parse(argv[optind], &kind) != 0)
        return cli_usage_error("import", "%s '%s'",
                               T("jenis data tidak dikenal", "unknown kind of data"), argv[optind]);
    io.path = argv[optind + 1];
    c.path = io.path;
    c.tty = !ctx->quiet && isatty(STDERR_FILENO);
    io.on_error = import_on_error;
    io.on_progress = import_on_progress;
    io.ctx = &c;
    if (cli_open_tenant(ctx, &db, &tenant_id, &err) != 0)
        return cli_fail(&err);
    rc = import_run(db, tenant_id, kind, &io, &res, &err);
    import_clear_progress(&c);
    if (rc != 0) {
        /* a file-level error (unreadable, wrong type, bad UTF-8) is printed like a row error */
        if (res.errors > c.printed) {
            if (err.row > 0)
                fprintf(stderr, "%s:%ld:%s: %s\n", io.path, err.row, err.field[0] ? err.field : "-",
                        err.msg);
            else
                fprintf(stderr, "merit: %s\n", err.msg);
        } else {
            cli_fail(&err);
        }
        rc = err_exit_code(err.code == MERIT_OK ? MERIT_EINVAL : err.code);
        goto out;
    }
    if (res.ignored_columns[0])
        fprintf(stderr, "%s: %s %s\n", io.path,
                T("kolom diabaikan (tidak dikenal):", "ignored columns (not recognised):"),
                res.ignored_columns);
    if (!ctx->quiet)
        printf(T("%s: %ld baris: %ld baru, %ld diperbarui, %ld tidak berubah%s\n",
                 "%s: %ld rows: %ld inserted, %ld updated, %ld unchanged%s\n"),
               import_kind_name(kind), res.rows, res.inserted, res.updated, res.unchanged,
               io.dry_run ? T(" (uji coba, tidak ditulis)", " (dry run, nothing written)") : "");
out:
    db_close(db);
    return rc;
}
