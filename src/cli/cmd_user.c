/*
 * cmd_user.c - `merit user ...`: accounts from the command line, above all
 * the first admin of a fresh installation (the API can only be used by an
 * account that exists). Whoever runs the CLI on the server is trusted as
 * the operating-system administrator: the audit entries name "cli:$USER".
 */
#include <jansson.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>

#include "base/i18n.h"
#include "cli/cli.h"
#include "services/account.h"

enum {
    U_ROLE = 1,
    U_NAME,
    U_NIP,
    U_ASSESSOR,
    U_STDIN,
    U_FILE,
    U_MUST,
    U_COMMITTEE,
    U_MEMBER,
    U_ALL,
    U_JSON,
    U_N
};

static void user_help(void)
{
    printf(
        "%s",
        T("Pemakaian:\n"
          "  merit user add NAMA --role PERAN [--name \"Nama Tampilan\"] [--nip NIP]\n"
          "             [--assessor KODE] [--password-stdin | --password-file BERKAS]\n"
          "             [--must-change]\n"
          "      PERAN: super_admin, admin, operator, assessor (perlu --assessor), committee,\n"
          "      head, employee (perlu --nip). Tanpa sandi: dibuat acak dan dicetak sekali.\n"
          "  merit user list [--all] [--json]     akun instansi ini (--all: semua instansi)\n"
          "  merit user passwd NAMA [--password-stdin | --password-file BERKAS] [--must-change]\n"
          "  merit user disable NAMA | enable NAMA\n"
          "  merit user seat NAMA --committee KODE --member KODE   kursi pansel akun committee\n",
          "Usage:\n"
          "  merit user add NAME --role ROLE [--name \"Display Name\"] [--nip NIP]\n"
          "             [--assessor CODE] [--password-stdin | --password-file FILE]\n"
          "             [--must-change]\n"
          "      ROLE: super_admin, admin, operator, assessor (needs --assessor), committee,\n"
          "      head, employee (needs --nip). Without a password one is generated and printed\n"
          "      once.\n"
          "  merit user list [--all] [--json]     this agency's accounts (--all: every agency)\n"
          "  merit user passwd NAME [--password-stdin | --password-file FILE] [--must-change]\n"
          "  merit user disable NAME | enable NAME\n"
          "  merit user seat NAME --committee CODE --member CODE   a committee account's seat\n"));
}

/* Reads the password (first line) from stdin or a file; generates one when neither is given. */
static int user_password(const char *const *v, char *out, size_t cap, int *generated,
                         struct merit_error *err)
{
    FILE *f = NULL;
    size_t n;

    *generated = 0;
    if (!v[U_STDIN] && !v[U_FILE]) {
        unsigned char raw[12];

        randombytes_buf(raw, sizeof(raw));
        sodium_bin2base64(out, cap, raw, sizeof(raw), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
        *generated = 1;
        return 0;
    }
    f = v[U_FILE] ? fopen(v[U_FILE], "r") : stdin;
    if (!f)
        return err_set(err, MERIT_EIO, T("tidak bisa membuka %s", "cannot open %s"), v[U_FILE]);
    if (!fgets(out, (int)cap, f))
        out[0] = '\0';
    if (f != stdin)
        fclose(f);
    n = strlen(out);
    while (n && (out[n - 1] == '\n' || out[n - 1] == '\r'))
        out[--n] = '\0';
    return 0;
}

static const char *user_actor(char *buf, size_t cap)
{
    const char *u = getenv("USER");

    snprintf(buf, cap, "cli:%s", u && *u ? u : "root");
    return buf;
}

int cmd_user(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct option opts[] = {CLI_COMMON_LONGOPTS,
                                         {"role", required_argument, NULL, U_ROLE},
                                         {"name", required_argument, NULL, U_NAME},
                                         {"nip", required_argument, NULL, U_NIP},
                                         {"assessor", required_argument, NULL, U_ASSESSOR},
                                         {"password-stdin", no_argument, NULL, U_STDIN},
                                         {"password-file", required_argument, NULL, U_FILE},
                                         {"must-change", no_argument, NULL, U_MUST},
                                         {"committee", required_argument, NULL, U_COMMITTEE},
                                         {"member", required_argument, NULL, U_MEMBER},
                                         {"all", no_argument, NULL, U_ALL},
                                         {"json", no_argument, NULL, U_JSON},
                                         {0, 0, 0, 0}};
    const char *v[U_N] = {0}, *sub, *name = NULL;
    char pw[ACCOUNT_PASSWORD_MAX + 2], actor[80];
    struct merit_error err;
    struct db *db = NULL;
    int64_t tenant = 0;
    int opt, rc = 0, generated = 0;
    json_t *j = NULL, *x;
    size_t i;

    err_clear(&err);
    while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (opt == CLI_OPT_HELP) {
            user_help();
            return 0;
        }
        if (opt > 0 && opt < U_N) {
            v[opt] = optarg ? optarg : "1";
            continue;
        }
        int h = cli_common_opt(ctx, opt, optarg);
        if (h <= 0)
            return h < 0 ? EX_USAGE
                         : cli_usage_error("user", "%s", T("opsi tidak dikenal", "unknown option"));
    }
    if (optind >= argc)
        return cli_usage_error("user", "%s",
                               T("sebutkan add, list, passwd, disable, enable atau seat",
                                 "say add, list, passwd, disable, enable or seat"));
    sub = argv[optind];
    if (strcmp(sub, "list") != 0) {
        if (argc - optind != 2)
            return cli_usage_error("user", "%s",
                                   T("sebutkan satu nama pengguna", "name one username"));
        name = argv[optind + 1];
    }
    if (sodium_init() < 0)
        return cli_fail(&err);
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        return cli_fail(&err);
    user_actor(actor, sizeof(actor));
    if (strcmp(sub, "add") == 0) {
        struct account_new n;

        memset(&n, 0, sizeof(n));
        if (!v[U_ROLE]) {
            rc = cli_usage_error("user", "%s", T("--role wajib", "--role is required"));
            goto out;
        }
        if (user_password(v, pw, sizeof(pw), &generated, &err) != 0)
            goto fail;
        n.username = name;
        n.display_name = v[U_NAME] ? v[U_NAME] : name;
        n.role = v[U_ROLE];
        n.password = pw;
        n.employee_nip = v[U_NIP];
        n.assessor_code = v[U_ASSESSOR];
        n.must_change = v[U_MUST] != NULL;
        if (account_create(db, tenant, &n, actor, NULL, &err) != 0)
            goto fail;
        printf(T("akun %s (%s) dibuat di instansi %s\n", "account %s (%s) created in agency %s\n"),
               name, v[U_ROLE], ctx->tenant);
        if (generated)
            printf(T("kata sandi (dicetak sekali ini saja): %s\n",
                     "password (printed this once only): %s\n"),
                   pw);
    } else if (strcmp(sub, "list") == 0) {
        if (account_list(db, v[U_ALL] ? 0 : tenant, &j, &err) != 0)
            goto fail;
        if (v[U_JSON]) {
            cli_print_json(j);
        } else {
            json_array_foreach(j, i, x) printf(
                "%s\t%s\t%s\t%s%s\n", cli_jstr(x, "tenant"), cli_jstr(x, "username"),
                cli_jstr(x, "role"), cli_jstr(x, "display_name"),
                json_is_true(json_object_get(x, "disabled")) ? T("\t(nonaktif)", "\t(disabled)")
                                                             : "");
        }
    } else if (strcmp(sub, "passwd") == 0) {
        if (user_password(v, pw, sizeof(pw), &generated, &err) != 0 ||
            account_password_reset(db, tenant, name, pw, v[U_MUST] != NULL, actor, time(NULL),
                                   &err) != 0)
            goto fail;
        printf(T("kata sandi %s diganti; sesinya diakhiri\n",
                 "password of %s changed; its sessions ended\n"),
               name);
        if (generated)
            printf(T("kata sandi (dicetak sekali ini saja): %s\n",
                     "password (printed this once only): %s\n"),
                   pw);
    } else if (strcmp(sub, "disable") == 0 || strcmp(sub, "enable") == 0) {
        int off = strcmp(sub, "disable") == 0;

        if (account_set_disabled(db, tenant, name, off, actor, time(NULL), &err) != 0)
            goto fail;
        printf(off ? T("akun %s dinonaktifkan\n", "account %s disabled\n")
                   : T("akun %s diaktifkan\n", "account %s enabled\n"),
               name);
    } else if (strcmp(sub, "seat") == 0) {
        if (!v[U_COMMITTEE] || !v[U_MEMBER]) {
            rc = cli_usage_error(
                "user", "%s",
                T("--committee dan --member wajib", "--committee and --member are required"));
            goto out;
        }
        if (account_link_member(db, tenant, name, v[U_COMMITTEE], v[U_MEMBER], actor, &err) != 0)
            goto fail;
        printf(
            T("akun %s duduk di pansel %s sebagai %s\n", "account %s sits on committee %s as %s\n"),
            name, v[U_COMMITTEE], v[U_MEMBER]);
    } else {
        rc = cli_usage_error("user", T("subperintah '%s' tidak dikenal", "unknown subcommand '%s'"),
                             sub);
    }
    goto out;
fail:
    rc = cli_fail(&err);
out:
    sodium_memzero(pw, sizeof(pw));
    json_decref(j);
    db_close(db);
    return rc;
}
