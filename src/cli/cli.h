/*
 * cli.h - the `merit` command line: shared context and the commands.
 *
 * Each command is `int cmd_NAME(struct cli_ctx *ctx, int argc, char **argv)`
 * where argv[0] is the command name; it returns a process exit status (see
 * err_exit_code and README "Exit codes"). Options common to every command
 * (--db, --tenant, --lang, --config, --quiet) are accepted before or after
 * the command name.
 */
#ifndef MERIT_CLI_CLI_H
#define MERIT_CLI_CLI_H

#include <getopt.h>
#include <jansson.h>

#include "base/err.h"
#include "db/db.h"

#define CLI_DEFAULT_DB "sqlite:var/merit.db"
#define CLI_DEFAULT_TENANT "demo"
#define CLI_DEFAULT_LISTEN "127.0.0.1:8080"

struct cli_ctx {
    const char *db_url; /* --db, MERIT_DB, [database] url, default CLI_DEFAULT_DB */
    const char *tenant; /* --tenant, MERIT_TENANT, [merit] tenant, default "demo" */
    const char *listen; /* [server] listen, MERIT_LISTEN */
    int threads;        /* [server] threads */
    int quiet;          /* --quiet: no progress, no summary */
    const char *config; /* --config, MERIT_CONFIG, default ./merit.ini when present */
};

/* getopt_long entries every command accepts; values >= 0x100 never clash with short options */
enum {
    CLI_OPT_DB = 0x100,
    CLI_OPT_TENANT,
    CLI_OPT_LANG,
    CLI_OPT_CONFIG,
    CLI_OPT_QUIET,
    CLI_OPT_HELP
};
#define CLI_COMMON_LONGOPTS                                                                        \
    {"db", required_argument, NULL, CLI_OPT_DB},                                                   \
        {"tenant", required_argument, NULL, CLI_OPT_TENANT},                                       \
        {"lang", required_argument, NULL, CLI_OPT_LANG},                                           \
        {"config", required_argument, NULL, CLI_OPT_CONFIG},                                       \
        {"quiet", no_argument, NULL, CLI_OPT_QUIET},                                               \
    {                                                                                              \
        "help", no_argument, NULL, CLI_OPT_HELP                                                    \
    }

/**
 * Handles a common option returned by getopt_long. Returns 1 if handled,
 * 0 if opt is not a common option, or -1 after printing an error (usage).
 * CLI_OPT_HELP is not handled here: each command prints its own help.
 */
int cli_common_opt(struct cli_ctx *ctx, int opt, const char *arg);
/** Prints "merit: <msg>" in the user's language and returns the exit code for e. */
int cli_fail(const struct merit_error *e);
/** Prints a usage error and a pointer to --help; returns EX_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/** Opens ctx->db_url and checks the schema is current (telling the user to run `merit init` if
 * not). */
int cli_open_db(struct cli_ctx *ctx, struct db **db, struct merit_error *err);
/** Opens the database and resolves ctx->tenant to its id. */
int cli_open_tenant(struct cli_ctx *ctx, struct db **db, int64_t *tenant_id,
                    struct merit_error *err);

/** Prints j indented, keys in order, reals to 10 significant digits (the --json outputs). */
void cli_print_json(json_t *j);
/** The string member k of o, or "" (for text renderings of service JSON). */
const char *cli_jstr(json_t *o, const char *k);

int cmd_init(struct cli_ctx *ctx, int argc, char **argv);
int cmd_tenant(struct cli_ctx *ctx, int argc, char **argv);
int cmd_demo(struct cli_ctx *ctx, int argc, char **argv);
int cmd_import(struct cli_ctx *ctx, int argc, char **argv);
int cmd_export(struct cli_ctx *ctx, int argc, char **argv);
int cmd_serve(struct cli_ctx *ctx, int argc, char **argv);
int cmd_policy(struct cli_ctx *ctx, int argc, char **argv);
int cmd_assessor(struct cli_ctx *ctx, int argc, char **argv);
int cmd_wave(struct cli_ctx *ctx, int argc, char **argv);
int cmd_result(struct cli_ctx *ctx, int argc, char **argv);
int cmd_fit(struct cli_ctx *ctx, int argc, char **argv);
int cmd_talent(struct cli_ctx *ctx, int argc, char **argv);
int cmd_succession(struct cli_ctx *ctx, int argc, char **argv);
int cmd_place(struct cli_ctx *ctx, int argc, char **argv);
int cmd_move(struct cli_ctx *ctx, int argc, char **argv);
int cmd_committee(struct cli_ctx *ctx, int argc, char **argv);
int cmd_audit(struct cli_ctx *ctx, int argc, char **argv);
int cmd_siasn(struct cli_ctx *ctx, int argc, char **argv);
int cmd_user(struct cli_ctx *ctx, int argc, char **argv);
int cmd_report(struct cli_ctx *ctx, int argc, char **argv);

#endif
