/*
 * cmd_serve.c - `merit serve`: the HTTP API of one tenant.
 *
 * The main thread only waits for SIGINT/SIGTERM (sigwait; the signals are
 * blocked before the workers start, so they inherit the mask and never see
 * them), then stops the server gracefully.
 */
#include "cli/cli.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "base/i18n.h"
#include "base/log.h"
#include "base/strtonum.h"
#include "base/xmalloc.h"
#include "api/api.h"
#include "http/router.h"
#include "http/server.h"
#include "services/import_run.h"

#define SERVE_GRACE_MS 10000u

static void serve_help(void)
{
    printf(
        "%s",
        T("Pemakaian: merit serve [--listen HOST:PORT] [--threads N] [--secure-cookies]\n"
          "                       [--upload-limit MB] [--web DIR] [--db URL]\n"
          "\n"
          "Menjalankan server HTTP: /healthz, /readyz dan API JSON /api/v1 (dokumen OpenAPI di\n"
          "/api/v1/openapi.json). Setiap akun hanya melihat instansinya; masuk lewat\n"
          "POST /api/v1/auth/login (akun pertama: merit user add). --tenant hanya menyebut\n"
          "instansi yang dicek saat mulai.\n"
          "\n"
          "  --listen HOST:PORT  alamat (bawaan [server] listen, MERIT_LISTEN, atau\n"
          "                      127.0.0.1:8080); port 0 memilih port bebas. IPv6: [::1]:8080\n"
          "  --threads N         jumlah thread pekerja, 1..256 (bawaan [server] threads atau 4)\n"
          "  --secure-cookies    di belakang proksi TLS: kuki sesi diberi tanda Secure\n"
          "  --web DIR           berkas aplikasi peramban (web/dist; bawaan MERIT_WEB)\n"
          "  --upload-limit MB   batas ukuran berkas unggahan (impor), 1..4096 MiB (bawaan 64)\n"
          "\n"
          "Saat siap, mencetak satu baris ke stdout:\n"
          "  merit: listening on http://HOST:PORT (tenant KODE, db MESIN)\n"
          "SIGINT/SIGTERM: berhenti menerima koneksi, menyelesaikan permintaan yang berjalan\n"
          "(paling lama 10 detik) dan impor yang sudah diterima, lalu keluar dengan kode 0.\n"
          "Log akses ke stderr.\n",
          "Usage: merit serve [--listen HOST:PORT] [--threads N] [--secure-cookies]\n"
          "                   [--upload-limit MB] [--web DIR] [--db URL]\n"
          "\n"
          "Runs the HTTP server: /healthz, /readyz and the JSON API under /api/v1 (OpenAPI\n"
          "document at /api/v1/openapi.json). Every account sees only its agency; sign in\n"
          "with POST /api/v1/auth/login (first account: merit user add). --tenant only names\n"
          "the agency checked at start-up.\n"
          "\n"
          "  --listen HOST:PORT  address (default [server] listen, MERIT_LISTEN, or\n"
          "                      127.0.0.1:8080); port 0 picks a free port. IPv6: [::1]:8080\n"
          "  --threads N         worker threads, 1..256 (default [server] threads or 4)\n"
          "  --secure-cookies    behind a TLS proxy: the session cookie is marked Secure\n"
          "  --web DIR           the browser application's files (web/dist; default MERIT_WEB)\n"
          "  --upload-limit MB   largest file upload (imports), 1..4096 MiB (default 64)\n"
          "\n"
          "When ready, prints one line to stdout:\n"
          "  merit: listening on http://HOST:PORT (tenant CODE, db ENGINE)\n"
          "SIGINT/SIGTERM: stops accepting connections, finishes requests in flight (at most\n"
          "10 seconds) and the imports already accepted, then exits with status 0. Access\n"
          "log on stderr.\n"));
}

int cmd_serve(struct cli_ctx *ctx, int argc, char **argv)
{
    enum { OPT_LISTEN = 0x200, OPT_THREADS, OPT_SECURE, OPT_UPLOAD_LIMIT, OPT_WEB };
    static const struct option opts[] = {
        CLI_COMMON_LONGOPTS,
        {"listen", required_argument, NULL, OPT_LISTEN},
        {"threads", required_argument, NULL, OPT_THREADS},
        {"secure-cookies", no_argument, NULL, OPT_SECURE},
        {"web", required_argument, NULL, OPT_WEB},
        {"upload-limit", required_argument, NULL, OPT_UPLOAD_LIMIT},
        {0, 0, 0, 0},
    };
    const char *listen = ctx->listen && *ctx->listen ? ctx->listen : CLI_DEFAULT_LISTEN;
    int threads = ctx->threads > 0 ? ctx->threads : HTTP_THREADS_DEFAULT;
    struct http_server_config cfg;
    struct http_server *srv = NULL;
    struct merit_error err;
    struct db *db = NULL;
    char *host = NULL, *engine = NULL;
    uint16_t port = 0;
    int64_t tenant_id = 0, v;
    sigset_t set, old;
    int opt, sig = 0, rc = 0, secure = 0;
    const char *web = getenv("MERIT_WEB");
    size_t upload_limit = 0;
    int64_t interrupted = 0;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (opt == CLI_OPT_HELP) {
            serve_help();
            return 0;
        }
        if (opt == OPT_LISTEN) {
            listen = optarg;
            continue;
        }
        if (opt == OPT_WEB) {
            web = optarg;
            continue;
        }
        if (opt == OPT_SECURE) {
            secure = 1;
            continue;
        }
        if (opt == OPT_UPLOAD_LIMIT) {
            if (strtonum_s(optarg, 1, 4096, &v, NULL) != 0)
                return cli_usage_error("serve", "%s '%s'",
                                       T("--upload-limit harus 1..4096 (MiB), bukan",
                                         "--upload-limit must be 1..4096 (MiB), not"),
                                       optarg);
            upload_limit = (size_t)v * 1024u * 1024u;
            continue;
        }
        if (opt == OPT_THREADS) {
            if (strtonum_s(optarg, 1, 256, &v, NULL) != 0)
                return cli_usage_error(
                    "serve", "%s '%s'",
                    T("--threads harus 1..256, bukan", "--threads must be 1..256, not"), optarg);
            threads = (int)v;
            continue;
        }
        int h = cli_common_opt(ctx, opt, optarg);
        if (h < 0)
            return EX_USAGE;
        if (h == 0)
            return cli_usage_error("serve", "%s", T("opsi tidak dikenal", "unknown option"));
    }
    if (optind < argc)
        return cli_usage_error("serve", "%s '%s'",
                               T("argumen tidak dikenal", "unexpected argument"), argv[optind]);
    if (http_listen_parse(listen, &host, &port, &err) != 0)
        return cli_usage_error("serve", "%s", err.msg);

    /* fail at start-up, not on the first request: schema current and tenant present */
    if (cli_open_tenant(ctx, &db, &tenant_id, &err) != 0) {
        rc = cli_fail(&err);
        goto out;
    }
    engine = xstrdup(db_engine_name(db));
    /* uploads a previous process accepted and never finished (killed, crashed) */
    if (import_run_recover(db, &interrupted, &err) != 0) {
        rc = cli_fail(&err);
        goto out;
    }
    if (interrupted)
        log_warn("serve", "imports_interrupted=%lld: marked failed", (long long)interrupted);
    db_close(db);
    db = NULL;

    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, &old);

    memset(&cfg, 0, sizeof(cfg));
    cfg.host = host;
    cfg.port = port;
    cfg.threads = (unsigned)threads;
    cfg.db_url = ctx->db_url;
    cfg.tenant_id = tenant_id;
    cfg.tenant_code = ctx->tenant;
    cfg.routes = router_routes;
    cfg.guard = api_guard;
    cfg.secure = secure;
    cfg.web_root = web;
    cfg.upload_limit = upload_limit;
    cfg.nroutes = router_nroutes;
    if (http_server_start(&cfg, &srv, &err) != 0) {
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        rc = cli_fail(&err);
        goto out;
    }
    /*
     * A fixed, untranslated line: scripts and tests read the URL (and the
     * port picked for --listen HOST:0) from it.
     */
    printf("merit: listening on http://%s%s%s:%u (tenant %s, db %s)\n",
           strchr(host, ':') ? "[" : "", *host ? host : "0.0.0.0", strchr(host, ':') ? "]" : "",
           (unsigned)http_server_port(srv), ctx->tenant, engine);
    fflush(stdout);
    log_info("serve", "threads=%d tenant=%s db=%s", threads, ctx->tenant, engine);

    while (sigwait(&set, &sig) != 0)
        ;
    log_info("serve", "signal=%s: stopping", sig == SIGTERM ? "TERM" : "INT");
    http_server_stop(srv, SERVE_GRACE_MS);
    /* an accepted upload is finished, not dropped: imports run after their request ended */
    import_run_drain();
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    log_info("serve", "stopped");
out:
    db_close(db);
    free(engine);
    free(host);
    return rc;
}
