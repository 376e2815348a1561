/*
 * cmd_result.c - `merit result ...` (finalised results and corrections) and
 * `merit policy ...` (scoring policies: show, draft, diff, adopt).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "base/i18n.h"
#include "base/strtonum.h"
#include "cli/cli.h"
#include "services/policy.h"
#include "services/result.h"
#include "services/wave.h"
#include "services/wave_common.h"

enum { R_WAVE = 1, R_JSON, R_REASON, R_ACTOR, R_NAME, R_EFFECTIVE, R_KIND, R_N };

static const struct option result_longopts[] = {CLI_COMMON_LONGOPTS,
                                                {"wave", required_argument, NULL, R_WAVE},
                                                {"json", no_argument, NULL, R_JSON},
                                                {"reason", required_argument, NULL, R_REASON},
                                                {"actor", required_argument, NULL, R_ACTOR},
                                                {"name", required_argument, NULL, R_NAME},
                                                {"effective", required_argument, NULL, R_EFFECTIVE},
                                                {"kind", required_argument, NULL, R_KIND},
                                                {0, 0, 0, 0}};

static int result_parse(struct cli_ctx *ctx, const char *cmd, int argc, char **argv, const char **v,
                        void (*help)(void), int *done)
{
    int opt;

    *done = 0;
    while ((opt = getopt_long(argc, argv, "", result_longopts, NULL)) != -1) {
        if (opt == CLI_OPT_HELP) {
            help();
            *done = 1;
            return 0;
        }
        if (opt > 0 && opt < R_N) {
            v[opt] = optarg ? optarg : "1";
            continue;
        }
        int h = cli_common_opt(ctx, opt, optarg);
        if (h <= 0)
            return h < 0 ? EX_USAGE
                         : cli_usage_error(cmd, "%s", T("opsi tidak dikenal", "unknown option"));
    }
    return 0;
}

static double num(json_t *o, const char *k)
{
    return json_number_value(json_object_get(o, k));
}

static void result_help(void)
{
    printf("%s",
           T("Pemakaian:\n"
             "  merit result list --wave KODE [--json]        hasil gelombang, urut skor\n"
             "  merit result show NIP [--wave KODE] [--json]  hasil terkini satu pegawai\n"
             "  merit result correct --wave KODE NIP KOMPETENSI LEVEL --reason R --actor NAMA\n"
             "        koreksi hasil final: revisi baru + catatan koreksi (tidak pernah menimpa)\n",
             "Usage:\n"
             "  merit result list --wave CODE [--json]        a wave's results, by score\n"
             "  merit result show NIP [--wave CODE] [--json]  one employee's current result\n"
             "  merit result correct --wave CODE NIP COMPETENCY LEVEL --reason R --actor NAME\n"
             "        correct a finalised result: a new revision + a correction record (never an "
             "overwrite)\n"));
}

static void show_text(json_t *r)
{
    json_t *arr, *it, *d = json_object_get(r, "detail");
    size_t i;

    printf("%s %s - %s (%s)\n", cli_jstr(r, "nip"), cli_jstr(r, "name"),
           cli_jstr(r, "position_name"), cli_jstr(r, "unit"));
    printf("%s %s, %s v%lld, %s %lld\n", T("gelombang", "wave"), cli_jstr(r, "wave"),
           T("kebijakan", "policy"),
           (long long)json_integer_value(json_object_get(r, "policy_version")),
           T("revisi", "revision"), (long long)json_integer_value(json_object_get(r, "revision")));
    printf("JPM %.2f%% (%s %.2f%%), %s: %s\n", num(r, "jpm"), T("dibatasi", "capped"),
           num(r, "jpm_capped"), T("kategori", "category"),
           d ? cli_jstr(d, i18n_get() == LANG_EN ? "category_label_en" : "category_label_id") : "");
    if (!json_is_null(json_object_get(r, "potential")))
        printf("%s %.2f%% (%s)\n", T("potensi", "potential"), num(r, "potential"),
               d ? cli_jstr(d, i18n_get() == LANG_EN ? "potential_label_en" : "potential_label_id")
                 : "");
    printf("%-8s %-44s %5s %5s %5s\n", T("kode", "code"), T("kompetensi", "competency"), "LKJ",
           "LKI", "gap");
    arr = json_object_get(r, "items");
    json_array_foreach(arr, i, it)
        printf("%-8s %-44.44s %5g %5g %+5g\n", cli_jstr(it, "code"), cli_jstr(it, "name"),
               num(it, "lkj"), num(it, "lki"), num(it, "gap"));
    arr = json_object_get(r, "potential_aspects");
    json_array_foreach(arr, i, it)
        printf("%-22.22s %-30.30s %5g %5g\n", cli_jstr(it, "code"), cli_jstr(it, "name"),
               num(it, "standard"), num(it, "level"));
    if (d) {
        arr = json_object_get(d, "development");
        if (json_array_size(arr))
            printf("%s:\n", T("area pengembangan dan rencana", "development areas and plan"));
        json_array_foreach(arr, i, it)
        {
            json_t *plan = json_object_get(it, "plan");
            printf("  %s (%+g): %s\n", cli_jstr(it, "code"), num(it, "gap"),
                   plan ? cli_jstr(plan, i18n_get() == LANG_EN ? "label_en" : "label_id") : "-");
        }
        arr = json_object_get(d, "strengths");
        if (json_array_size(arr)) {
            printf("%s:", T("kekuatan", "strengths"));
            json_array_foreach(arr, i, it) printf(" %s", cli_jstr(it, "code"));
            printf("\n");
        }
    }
    printf("%s %s%s\n", T("berlaku sampai", "valid until"), cli_jstr(r, "valid_until"),
           json_is_true(json_object_get(r, "expired")) ? T(" (KEDALUWARSA)", " (EXPIRED)") : "");
    arr = json_object_get(r, "corrections");
    json_array_foreach(arr, i, it)
        printf("%s r%lld %s %s: %g -> %g, %s (%s)\n", T("koreksi", "correction"),
               (long long)json_integer_value(json_object_get(it, "revision")), cli_jstr(it, "at"),
               cli_jstr(it, "code"), num(it, "old_level"), num(it, "new_level"),
               cli_jstr(it, "reason"), cli_jstr(it, "actor"));
}

int cmd_result(struct cli_ctx *ctx, int argc, char **argv)
{
    struct merit_error err;
    const char *v[R_N] = {0};
    struct db *db = NULL;
    int64_t tenant = 0, wave = 0;
    int rc = 0, done, nargs;
    char **args, today[11];
    json_t *j = NULL;

    err_clear(&err);
    if ((rc = result_parse(ctx, "result", argc, argv, v, result_help, &done)) != 0 || done)
        return rc;
    nargs = argc - optind;
    args = argv + optind;
    if (nargs < 1)
        return cli_usage_error("result", "%s", T("sebutkan perintah", "give a command"));
    wc_today(today);
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        return cli_fail(&err);
    if (v[R_WAVE] && wave_find(db, tenant, v[R_WAVE], &wave, &err) != 0)
        goto fail;
    if (strcmp(args[0], "list") == 0) {
        size_t i;
        json_t *r;
        if (!v[R_WAVE]) {
            rc = cli_usage_error("result", "%s", T("sebutkan --wave", "give --wave"));
            goto out;
        }
        if (result_list(db, tenant, wave, today, &j, &err) != 0)
            goto fail;
        if (v[R_JSON])
            cli_print_json(j);
        else
            json_array_foreach(j, i, r) printf(
                "%lld\t%s\t%.2f\t%s\t%s\t%s\t%s%s\t%s\n",
                (long long)json_integer_value(json_object_get(r, "rank")), cli_jstr(r, "nip"),
                num(r, "score"), cli_jstr(r, "category"), cli_jstr(r, "potential_category"),
                cli_jstr(r, "position"), cli_jstr(r, "valid_until"),
                json_is_true(json_object_get(r, "expired")) ? T(" KEDALUWARSA", " EXPIRED") : "",
                cli_jstr(r, "name"));
    } else if (strcmp(args[0], "show") == 0 && nargs == 2) {
        if (result_show(db, tenant, args[1], v[R_WAVE], today, &j, &err) != 0)
            goto fail;
        if (v[R_JSON])
            cli_print_json(j);
        else
            show_text(j);
    } else if (strcmp(args[0], "correct") == 0) {
        int level, revision;
        char now[21];
        if (nargs != 4 || !v[R_WAVE] || wc_level_parse(args[3], &level) != 0) {
            rc = cli_usage_error("result", "%s",
                                 T("pakai: correct --wave KODE NIP KOMPETENSI LEVEL --reason R "
                                   "--actor NAMA",
                                   "use: correct --wave CODE NIP COMPETENCY LEVEL --reason R "
                                   "--actor NAME"));
            goto out;
        }
        wc_now(now);
        if (result_correct(db, tenant, wave, args[1], args[2], level, v[R_REASON], v[R_ACTOR], now,
                           &revision, &err) != 0)
            goto fail;
        if (!ctx->quiet)
            printf("%s %d %s\n", T("revisi", "revision"), revision, T("dicatat", "recorded"));
    } else {
        rc = cli_usage_error("result", "%s", T("perintah tidak dikenal", "unknown command"));
    }
    goto out;
fail:
    rc = cli_fail(&err);
out:
    json_decref(j);
    db_close(db);
    return rc;
}

static void policy_help(void)
{
    printf(
        "%s",
        T("Pemakaian:\n"
          "  merit policy list                         versi kebijakan penilaian\n"
          "  merit policy show [VERSI]                 isi (JSON) versi itu, bawaan: yang berlaku\n"
          "  merit policy draft BERKAS.json --name N --effective YYYY-MM-DD\n"
          "  merit policy diff VERSI [--json]          siapa yang berubah kategori di bawah draf\n"
          "  merit policy adopt VERSI                  tetapkan draf (tidak dapat diubah lagi)\n"
          "  --kind scoring|talent|rules               penilaian (bawaan), talenta, aturan "
          "mutasi\n",
          "Usage:\n"
          "  merit policy list                         scoring policy versions\n"
          "  merit policy show [VERSION]               its body (JSON), default: the one in force\n"
          "  merit policy draft FILE.json --name N --effective YYYY-MM-DD\n"
          "  merit policy diff VERSION [--json]        who would change category under a draft\n"
          "  merit policy adopt VERSION                adopt a draft (it can no longer change)\n"
          "  --kind scoring|talent|rules|committee     scoring (default), talent, rules, "
          "committee\n"));
}

struct diff_out {
    json_t *arr;
    int json;
};

static void diff_row(void *ctx, const struct result_change *c)
{
    struct diff_out *d = ctx;

    if (d->json)
        json_array_append_new(d->arr, json_pack("{s:s, s:s, s:s, s:f, s:f, s:s, s:s}", "nip",
                                                c->nip, "name", c->name, "wave", c->wave,
                                                "old_score", c->old_bp / 100.0, "new_score",
                                                c->new_bp / 100.0, "old_category", c->old_category,
                                                "new_category", c->new_category));
    else
        printf("%s\t%s\t%.2f -> %.2f\t%s -> %s\t%s\n", c->nip, c->wave, c->old_bp / 100.0,
               c->new_bp / 100.0, c->old_category, c->new_category, c->name);
}

int cmd_policy(struct cli_ctx *ctx, int argc, char **argv)
{
    struct merit_error err;
    const char *v[R_N] = {0};
    struct db *db = NULL;
    struct policy *p = NULL;
    int64_t tenant = 0, version = 0;
    int rc = 0, done, nargs;
    char **args, today[11];
    const char *why, *kind;

    err_clear(&err);
    if ((rc = result_parse(ctx, "policy", argc, argv, v, policy_help, &done)) != 0 || done)
        return rc;
    kind = v[R_KIND] ? v[R_KIND] : "scoring";
    nargs = argc - optind;
    args = argv + optind;
    if (nargs < 1)
        return cli_usage_error("policy", "%s", T("sebutkan perintah", "give a command"));
    if (nargs >= 2 && strcmp(args[0], "draft") != 0 &&
        strtonum_s(args[1], 1, 1000000, &version, &why) != 0)
        return cli_usage_error("policy", "VERSION: %s", why);
    if (strcmp(kind, "scoring") != 0 && strcmp(kind, "talent") != 0 && strcmp(kind, "rules") != 0 &&
        strcmp(kind, "committee") != 0)
        return cli_usage_error("policy", "--kind: scoring | talent | rules | committee");
    wc_today(today);
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        return cli_fail(&err);
    if (strcmp(args[0], "list") == 0) {
        json_t *arr, *x;
        size_t i;
        if (policy_list_json(db, tenant, kind, &arr, &err) != 0)
            goto fail;
        if (v[R_JSON])
            cli_print_json(arr);
        else
            json_array_foreach(arr, i, x) printf(
                "%lld\t%s\t%s\t%s\n", (long long)json_integer_value(json_object_get(x, "version")),
                cli_jstr(x, "status"), cli_jstr(x, "effective_from"), cli_jstr(x, "name"));
        json_decref(arr);
    } else if (strcmp(args[0], "show") == 0) {
        if (version ? policy_load_kind(db, tenant, kind, (int)version, &p, &err)
                    : policy_in_force_kind(db, tenant, kind, today, &p, &err))
            goto fail;
        if (!ctx->quiet && !v[R_JSON])
            fprintf(stderr, "# %s %d (%s, %s %s): %s\n", T("versi", "version"), p->version,
                    p->status, T("berlaku sejak", "effective"), p->effective_from, p->name);
        cli_print_json(p->body);
    } else if (strcmp(args[0], "draft") == 0 && nargs == 2) {
        json_error_t je;
        json_t *body = json_load_file(args[1], 0, &je);
        int ver;
        if (!body) {
            err_set(&err, MERIT_EINVAL, "%s:%d:%d: %s", args[1], je.line, je.column, je.text);
            goto fail;
        }
        if (!v[R_NAME] || !v[R_EFFECTIVE] || strlen(v[R_EFFECTIVE]) != 10) {
            json_decref(body);
            rc = cli_usage_error("policy", "%s",
                                 T("beri --name dan --effective YYYY-MM-DD",
                                   "give --name and --effective YYYY-MM-DD"));
            goto out;
        }
        rc = policy_add_draft_kind(db, tenant, kind, v[R_NAME], v[R_EFFECTIVE], body, &ver, &err);
        json_decref(body);
        if (rc != 0) {
            rc = 0;
            goto fail;
        }
        if (!ctx->quiet)
            printf("%s %d %s\n", T("draf versi", "draft version"), ver,
                   T("disimpan; lihat 'merit policy diff'", "stored; see 'merit policy diff'"));
    } else if (strcmp(args[0], "diff") == 0 && nargs == 2 && strcmp(kind, "scoring") != 0) {
        rc = cli_usage_error("policy", "%s",
                             T("untuk draf kebijakan talenta pakai 'merit talent map --policy "
                               "VERSI --dry-run'",
                               "for a talent policy draft use 'merit talent map --policy VERSION "
                               "--dry-run'"));
        goto out;
    } else if (strcmp(args[0], "diff") == 0 && nargs == 2) {
        struct diff_out d = {json_array(), v[R_JSON] != NULL};
        long total, changed;
        if (result_policy_diff(db, tenant, (int)version, diff_row, &d, &total, &changed, &err) !=
            0) {
            json_decref(d.arr);
            goto fail;
        }
        if (d.json) {
            json_t *o =
                json_pack("{s:I, s:I, s:I, s:o}", "version", (json_int_t)version, "results",
                          (json_int_t)total, "changed", (json_int_t)changed, "changes", d.arr);
            cli_print_json(o);
            json_decref(o);
        } else {
            json_decref(d.arr);
            printf("%ld %s %ld %s\n", changed, T("dari", "of"), total,
                   T("hasil berubah kategori", "results change category"));
        }
    } else if (strcmp(args[0], "adopt") == 0 && nargs == 2) {
        char now[21];
        wc_now(now);
        if (policy_adopt_kind(db, tenant, kind, (int)version, now, &err) != 0)
            goto fail;
        if (!ctx->quiet)
            printf("%s %lld %s\n", T("kebijakan versi", "policy version"), (long long)version,
                   T("ditetapkan", "adopted"));
    } else {
        rc = cli_usage_error("policy", "%s", T("perintah tidak dikenal", "unknown command"));
    }
    goto out;
fail:
    rc = cli_fail(&err);
out:
    policy_free(p);
    db_close(db);
    return rc;
}
