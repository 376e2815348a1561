/*
 * cmd_wave.c - `merit wave ...`: an assessment wave from planning to
 * finalisation, and `merit assessor ...`: the assessor roster.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "base/i18n.h"
#include "base/strtonum.h"
#include "base/xmalloc.h"
#include "cli/cli.h"
#include "services/wave.h"
#include "services/wave_common.h"

enum {
    W_NAME = 1,
    W_PURPOSE,
    W_PROVIDER,
    W_PROVIDER_NAME,
    W_START,
    W_END,
    W_VENUE,
    W_POLICY,
    W_KIND,
    W_TARGETS,
    W_NIP,
    W_UNIT,
    W_JENJANG,
    W_ESELON,
    W_GOL_MIN,
    W_GOL_MAX,
    W_TENURE,
    W_LIMIT,
    W_TARGET,
    W_SIZE,
    W_PER_DAY,
    W_ALL,
    W_REASON,
    W_JUSTIFICATION,
    W_AUTO,
    W_PER,
    W_ACCEPT,
    W_OUTPUT,
    W_JSON,
    W_ORG,
    W_ACCREDITATION,
    W_UNTIL,
    W_FROM,
    W_N
};

struct wopts {
    const char *v[W_N];
    const char *nips[16];
    size_t nnips;
};

static const struct option wave_longopts[] = {
    CLI_COMMON_LONGOPTS,
    {"name", required_argument, NULL, W_NAME},
    {"purpose", required_argument, NULL, W_PURPOSE},
    {"provider", required_argument, NULL, W_PROVIDER},
    {"provider-name", required_argument, NULL, W_PROVIDER_NAME},
    {"start", required_argument, NULL, W_START},
    {"end", required_argument, NULL, W_END},
    {"venue", required_argument, NULL, W_VENUE},
    {"policy", required_argument, NULL, W_POLICY},
    {"kind", required_argument, NULL, W_KIND},
    {"targets", required_argument, NULL, W_TARGETS},
    {"nip", required_argument, NULL, W_NIP},
    {"unit", required_argument, NULL, W_UNIT},
    {"jenjang", required_argument, NULL, W_JENJANG},
    {"eselon", required_argument, NULL, W_ESELON},
    {"golongan-min", required_argument, NULL, W_GOL_MIN},
    {"golongan-max", required_argument, NULL, W_GOL_MAX},
    {"tenure-min", required_argument, NULL, W_TENURE},
    {"limit", required_argument, NULL, W_LIMIT},
    {"target", required_argument, NULL, W_TARGET},
    {"size", required_argument, NULL, W_SIZE},
    {"per-day", required_argument, NULL, W_PER_DAY},
    {"all", no_argument, NULL, W_ALL},
    {"reason", required_argument, NULL, W_REASON},
    {"justification", required_argument, NULL, W_JUSTIFICATION},
    {"auto", no_argument, NULL, W_AUTO},
    {"per", required_argument, NULL, W_PER},
    {"accept", no_argument, NULL, W_ACCEPT},
    {"output", required_argument, NULL, W_OUTPUT},
    {"json", no_argument, NULL, W_JSON},
    {"organisation", required_argument, NULL, W_ORG},
    {"accreditation", required_argument, NULL, W_ACCREDITATION},
    {"accredited-until", required_argument, NULL, W_UNTIL},
    {"from", required_argument, NULL, W_FROM},
    {0, 0, 0, 0}};

/* Parses every option of the command; returns -1 (help printed: 0 exit) or an exit code > 0 */
static int wave_parse(struct cli_ctx *ctx, const char *cmd, int argc, char **argv, struct wopts *o,
                      void (*help)(void), int *done)
{
    int opt;

    memset(o, 0, sizeof(*o));
    *done = 0;
    while ((opt = getopt_long(argc, argv, "o:", wave_longopts, NULL)) != -1) {
        if (opt == CLI_OPT_HELP) {
            help();
            *done = 1;
            return 0;
        }
        if (opt == 'o')
            opt = W_OUTPUT;
        if (opt > 0 && opt < W_N) {
            if (opt == W_NIP) {
                if (o->nnips == 16)
                    return cli_usage_error(cmd, "%s",
                                           T("paling banyak 16 --nip; pakai filter",
                                             "at most 16 --nip; use a filter"));
                o->nips[o->nnips++] = optarg;
            }
            o->v[opt] = optarg ? optarg : "1";
            continue;
        }
        int h = cli_common_opt(ctx, opt, optarg);
        if (h <= 0)
            return h < 0 ? EX_USAGE
                         : cli_usage_error(cmd, "%s", T("opsi tidak dikenal", "unknown option"));
    }
    return 0;
}

static int int_opt(const char *cmd, const char *s, const char *name, int64_t min, int64_t max,
                   int64_t dflt, int64_t *out)
{
    const char *why;

    if (!s) {
        *out = dflt;
        return 0;
    }
    if (strtonum_s(s, min, max, out, &why) != 0)
        return cli_usage_error(cmd, "--%s: %s", name, why);
    return 0;
}

static void wave_help(void)
{
    printf(
        "%s",
        T("Pemakaian: merit wave PERINTAH KODE [OPSI]\n"
          "  create KODE --name N --purpose pemetaan|seleksi|promosi --provider internal|lembaga\n"
          "         [--provider-name N] --start YYYY-MM-DD --end YYYY-MM-DD [--venue V] [--policy "
          "VERSI]\n"
          "  list | show KODE                     daftar gelombang / ringkasan satu gelombang\n"
          "  participants KODE                    peserta: kelompok, jadwal, status, asesor\n"
          "  method KODE METODE --kind JENIS --targets M.01,M.02,... [--name N]\n"
          "         jenis: simulasi wawancara psikometri intelegensi integritas tes_tertulis "
          "lainnya\n"
          "  target KODE JABATAN...               jabatan target gelombang\n"
          "  enrol KODE [--nip NIP]... [--unit U] [--jenjang J] [--eselon E] [--golongan-min G]\n"
          "         [--golongan-max G] [--tenure-min TAHUN] [--limit N] [--target JABATAN]\n"
          "  enrol KODE --from BERKAS             daftar dari CSV/XLSX: nip[, jabatan_target]\n"
          "  group KODE --size 4-8 [--per-day N]  bagi peserta ke kelompok dan hari\n"
          "  attend KODE (NIP | --all)            tandai hadir\n"
          "  absent|withdraw KODE NIP --reason R  tidak hadir / mundur\n"
          "  assign KODE NIP ASESOR [--justification J] | assign KODE --auto [--per 2]\n"
          "  evidence-template KODE -o BERKAS     lembar bukti untuk diisi asesor (CSV/XLSX)\n"
          "  evidence KODE BERKAS                 impor lembar bukti (semua atau tidak sama "
          "sekali)\n"
          "  integrate KODE [--accept]            usulan level (kebijakan); --accept: rapat "
          "menerima\n"
          "  decide KODE NIP KOMPETENSI LEVEL [--justification J]\n"
          "  second-opinion KODE NIP KOMPETENSI --reason R\n"
          "  finalise KODE                        kunci hasil (perubahan setelahnya hanya lewat "
          "koreksi)\n"
          "  publish KODE                         umumkan hasil final kepada pegawai peserta\n"
          "Opsi --json untuk keluaran mesin.\n",
          "Usage: merit wave COMMAND CODE [OPTIONS]\n"
          "  create CODE --name N --purpose pemetaan|seleksi|promosi --provider internal|lembaga\n"
          "         [--provider-name N] --start YYYY-MM-DD --end YYYY-MM-DD [--venue V] [--policy "
          "VERSION]\n"
          "  list | show CODE                     list waves / one wave's summary\n"
          "  participants CODE                    participants: group, slot, status, assessors\n"
          "  method CODE METHOD --kind KIND --targets M.01,M.02,... [--name N]\n"
          "         kinds: simulasi wawancara psikometri intelegensi integritas tes_tertulis "
          "lainnya\n"
          "  target CODE POSITION...              the wave's target positions\n"
          "  enrol CODE [--nip NIP]... [--unit U] [--jenjang J] [--eselon E] [--golongan-min G]\n"
          "         [--golongan-max G] [--tenure-min YEARS] [--limit N] [--target POSITION]\n"
          "  enrol CODE --from FILE               a list in CSV/XLSX: nip[, jabatan_target]\n"
          "  group CODE --size 4-8 [--per-day N]  split participants into groups and days\n"
          "  attend CODE (NIP | --all)            mark present\n"
          "  absent|withdraw CODE NIP --reason R  absent / withdrawn\n"
          "  assign CODE NIP ASSESSOR [--justification J] | assign CODE --auto [--per 2]\n"
          "  evidence-template CODE -o FILE       the evidence sheet for assessors (CSV/XLSX)\n"
          "  evidence CODE FILE                   import an evidence sheet (all or nothing)\n"
          "  integrate CODE [--accept]            propose levels (policy); --accept: the meeting "
          "agrees\n"
          "  decide CODE NIP COMPETENCY LEVEL [--justification J]\n"
          "  second-opinion CODE NIP COMPETENCY --reason R\n"
          "  finalise CODE                        lock the results (later changes only by "
          "correction)\n"
          "  publish CODE                         publish the final results to the participants\n"
          "--json gives machine-readable output.\n"));
}

static void print_error(void *ctx, const struct merit_error *e)
{
    const char *path = ctx;
    fprintf(stderr, "%s:%ld:%s: %s\n", path, e->row, e->field, e->msg);
}

/* the comma-separated list in s, split in place */
static size_t split_list(char *s, const char **out, size_t cap)
{
    size_t n = 0;
    for (char *tok = strtok(s, ", "); tok && n < cap; tok = strtok(NULL, ", "))
        out[n++] = tok;
    return n;
}

static long jint(json_t *o, const char *k)
{
    return (long)json_integer_value(json_object_get(o, k));
}

static void wave_show_text(json_t *o)
{
    const char *key;
    json_t *v;
    size_t i;

    printf("%s %s - %s\n", cli_jstr(o, "code"), cli_jstr(o, "status"), cli_jstr(o, "name"));
    printf("%s: %s, %s %s..%s, %s %s, %s %ld\n", T("tujuan", "purpose"), cli_jstr(o, "purpose"),
           T("tanggal", "dates"), cli_jstr(o, "start"), cli_jstr(o, "end"),
           T("penyelenggara", "provider"),
           *cli_jstr(o, "provider_name") ? cli_jstr(o, "provider_name") : cli_jstr(o, "provider"),
           T("kebijakan v", "policy v"), jint(o, "policy_version"));
    printf("%s:", T("peserta", "participants"));
    json_object_foreach(json_object_get(o, "participants"), key, v)
        printf(" %s=%lld", key, (long long)json_integer_value(v));
    printf("\n%s:", T("metode", "methods"));
    json_array_foreach(json_object_get(o, "methods"), i, v)
        printf(" %s (%s, %lld)", cli_jstr(v, "code"), cli_jstr(v, "kind"),
               (long long)json_integer_value(json_object_get(v, "targets")));
    printf("\n%s: %ld, %s: %ld, %s: %ld\n", T("asesor", "assessors"), jint(o, "assessors"),
           T("penugasan", "assignments"), jint(o, "assignments"),
           T("konflik dengan justifikasi", "conflicts overridden"),
           jint(o, "conflicts_overridden"));
    fflush(stdout);
    if (jint(o, "accreditation_lapsing"))
        fprintf(stderr, "%s: %ld %s\n", T("peringatan", "warning"),
                jint(o, "accreditation_lapsing"),
                T("asesor habis masa akreditasinya sebelum gelombang selesai",
                  "assessors' accreditation lapses before the wave ends"));
    json_array_foreach(json_object_get(o, "matrix_warnings"), i, v) fprintf(
        stderr, "%s: %s %s %ld %s %ld\n", T("peringatan", "warning"), cli_jstr(v, "target"),
        T("diungkap oleh", "is evidenced by"), jint(v, "methods"),
        T("metode; kebijakan meminta", "methods; the policy asks for"), jint(v, "required"));
}

static void wave_participants_text(json_t *arr)
{
    size_t i, k;
    json_t *p, *a;

    json_array_foreach(arr, i, p)
    {
        printf("%ld\t%s\t%s\t%s\t%s\t%s\t", jint(p, "group"), cli_jstr(p, "slot"),
               cli_jstr(p, "nip"), cli_jstr(p, "status"), cli_jstr(p, "target"),
               cli_jstr(p, "name"));
        json_array_foreach(json_object_get(p, "assessors"), k, a)
            printf("%s%s%s%s", k ? "," : "", cli_jstr(a, "code"),
                   *cli_jstr(a, "conflict") ? "!" : "", cli_jstr(a, "conflict"));
        if (*cli_jstr(p, "reason"))
            printf("\t(%s)", cli_jstr(p, "reason"));
        printf("\n");
    }
}

int cmd_wave(struct cli_ctx *ctx, int argc, char **argv)
{
    struct merit_error err;
    struct wopts o;
    struct db *db = NULL;
    int64_t tenant = 0, wave = 0, n64;
    int rc = 0, done, json;
    const char *sub, *code;
    int nargs;
    char **args;
    long a = 0, b = 0;

    err_clear(&err);
    if ((rc = wave_parse(ctx, "wave", argc, argv, &o, wave_help, &done)) != 0 || done)
        return rc;
    json = o.v[W_JSON] != NULL;
    nargs = argc - optind;
    args = argv + optind;
    if (nargs < 1)
        return cli_usage_error("wave", "%s", T("sebutkan perintah", "give a command"));
    sub = args[0];
    code = nargs > 1 ? args[1] : NULL;
    if (strcmp(sub, "list") != 0 && !code)
        return cli_usage_error("wave", "%s", T("sebutkan KODE gelombang", "give the wave CODE"));
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        return cli_fail(&err);
    if (strcmp(sub, "list") == 0) {
        json_t *j, *w;
        size_t i;
        if (wave_list_json(db, tenant, &j, &err) != 0)
            goto fail;
        if (json)
            cli_print_json(j);
        else
            json_array_foreach(j, i, w)
                printf("%s\t%s\t%s\t%s\t%ld\t%s\n", cli_jstr(w, "code"), cli_jstr(w, "start"),
                       cli_jstr(w, "purpose"), cli_jstr(w, "status"), jint(w, "participants"),
                       cli_jstr(w, "name"));
        json_decref(j);
        goto out;
    }
    if (strcmp(sub, "create") == 0) {
        struct wave_spec s = {code,
                              o.v[W_NAME],
                              o.v[W_PURPOSE],
                              o.v[W_PROVIDER],
                              o.v[W_PROVIDER_NAME],
                              o.v[W_START],
                              o.v[W_END],
                              o.v[W_VENUE],
                              0};
        if (int_opt("wave", o.v[W_POLICY], "policy", 1, 100000, 0, &n64)) {
            rc = EX_USAGE;
            goto out;
        }
        s.policy_version = (int)n64;
        if (wave_create(db, tenant, &s, &wave, &err) != 0)
            goto fail;
        if (!ctx->quiet)
            printf("%s %s %s\n", T("gelombang", "wave"), code, T("dibuat", "created"));
        goto out;
    }
    if (wave_find(db, tenant, code, &wave, &err) != 0)
        goto fail;
    if (strcmp(sub, "show") == 0 || strcmp(sub, "participants") == 0) {
        json_t *j;
        int show = strcmp(sub, "show") == 0;
        if ((show ? wave_show_json(db, tenant, wave, &j, &err)
                  : wave_participants_json(db, tenant, wave, &j, &err)) != 0)
            goto fail;
        if (json)
            cli_print_json(j);
        else if (show)
            wave_show_text(j);
        else
            wave_participants_text(j);
        json_decref(j);
    } else if (strcmp(sub, "method") == 0) {
        const char *targets[64];
        char *list;
        size_t nt;
        int nwarn;
        if (nargs != 3 || !o.v[W_TARGETS]) {
            rc = cli_usage_error("wave", "%s",
                                 T("pakai: method KODE METODE --kind JENIS --targets A,B",
                                   "use: method CODE METHOD --kind KIND --targets A,B"));
            goto out;
        }
        list = xstrdup(o.v[W_TARGETS]);
        nt = split_list(list, targets, 64);
        rc =
            wave_method_set(db, tenant, wave, args[2], o.v[W_NAME], o.v[W_KIND], targets, nt, &err);
        free(list);
        if (rc != 0) {
            rc = 0;
            goto fail;
        }
        if (wave_matrix_check(db, tenant, wave, NULL, NULL, &nwarn, &err) != 0)
            goto fail;
        if (nwarn && !ctx->quiet)
            fprintf(stderr, "%s: %d %s\n", T("peringatan", "warning"), nwarn,
                    T("kompetensi belum diungkap cukup metode (lihat 'merit wave show')",
                      "competencies are not yet evidenced by enough methods (see 'merit wave "
                      "show')"));
    } else if (strcmp(sub, "target") == 0) {
        for (int i = 2; i < nargs; i++)
            if (wave_target_add(db, tenant, wave, args[i], &err) != 0)
                goto fail;
    } else if (strcmp(sub, "enrol") == 0 && o.v[W_FROM]) {
        if (wave_enrol_file(db, tenant, wave, o.v[W_FROM], print_error, (void *)o.v[W_FROM], &a, &b,
                            &err) != 0)
            goto fail;
        if (json)
            printf("{\"enrolled\": %ld, \"already\": %ld}\n", a, b);
        else if (!ctx->quiet)
            printf("%s: %ld, %s: %ld\n", T("terdaftar", "enrolled"), a,
                   T("sudah terdaftar", "already enrolled"), b);
    } else if (strcmp(sub, "enrol") == 0) {
        struct wave_enrol_filter f;
        char today[11];
        int64_t tenure, limit;
        memset(&f, 0, sizeof(f));
        wc_today(today);
        if (int_opt("wave", o.v[W_TENURE], "tenure-min", 0, 60, 0, &tenure) ||
            int_opt("wave", o.v[W_LIMIT], "limit", 1, 100000000, 0, &limit)) {
            rc = EX_USAGE;
            goto out;
        }
        f.nips = o.nips;
        f.nnips = o.nnips;
        f.unit = o.v[W_UNIT];
        f.jenjang = o.v[W_JENJANG];
        f.eselon = o.v[W_ESELON];
        f.golongan_min = o.v[W_GOL_MIN];
        f.golongan_max = o.v[W_GOL_MAX];
        f.tenure_min_years = (int)tenure;
        f.today = today;
        f.limit = (long)limit;
        f.target_position = o.v[W_TARGET];
        if (wave_enrol(db, tenant, wave, &f, &a, &b, &err) != 0)
            goto fail;
        if (json)
            printf("{\"enrolled\": %ld, \"skipped_no_position\": %ld}\n", a, b);
        else if (!ctx->quiet) {
            printf("%s: %ld\n", T("terdaftar", "enrolled"), a);
            if (b)
                printf("%s: %ld\n",
                       T("dilewati (tanpa jabatan; beri --target)",
                         "skipped (no position; give --target)"),
                       b);
        }
    } else if (strcmp(sub, "group") == 0) {
        int64_t size, per_day;
        if (int_opt("wave", o.v[W_SIZE], "size", 1, 100, 6, &size) ||
            int_opt("wave", o.v[W_PER_DAY], "per-day", 1, 100, 8, &per_day)) {
            rc = EX_USAGE;
            goto out;
        }
        if (wave_group(db, tenant, wave, (int)size, (int)per_day, &a, &err) != 0)
            goto fail;
        if (!ctx->quiet)
            printf("%ld %s\n", a, T("kelompok", "groups"));
    } else if (strcmp(sub, "attend") == 0) {
        if (!o.v[W_ALL] && nargs < 3) {
            rc = cli_usage_error("wave", "%s", T("sebutkan NIP atau --all", "give a NIP or --all"));
            goto out;
        }
        if (wave_status_set(db, tenant, wave, o.v[W_ALL] ? NULL : args[2], "present", NULL, &a,
                            &err) != 0)
            goto fail;
        if (!ctx->quiet)
            printf("%ld %s\n", a, T("peserta ditandai hadir", "participants marked present"));
    } else if (strcmp(sub, "absent") == 0 || strcmp(sub, "withdraw") == 0) {
        if (nargs != 3) {
            rc = cli_usage_error("wave", "%s", T("sebutkan NIP", "give the NIP"));
            goto out;
        }
        if (wave_status_set(db, tenant, wave, args[2],
                            strcmp(sub, "absent") == 0 ? "absent" : "withdrawn", o.v[W_REASON], &a,
                            &err) != 0)
            goto fail;
    } else if (strcmp(sub, "assign") == 0) {
        if (o.v[W_AUTO]) {
            int64_t per;
            if (int_opt("wave", o.v[W_PER], "per", 1, 10, 2, &per)) {
                rc = EX_USAGE;
                goto out;
            }
            if (wave_assign_auto(db, tenant, wave, (int)per, &a, &err) != 0)
                goto fail;
            if (!ctx->quiet)
                printf("%ld %s\n", a, T("penugasan dibuat", "assignments made"));
        } else {
            if (nargs != 4) {
                rc = cli_usage_error("wave", "%s",
                                     T("pakai: assign KODE NIP ASESOR atau assign KODE --auto",
                                       "use: assign CODE NIP ASSESSOR or assign CODE --auto"));
                goto out;
            }
            if (wave_assign(db, tenant, wave, args[2], args[3], o.v[W_JUSTIFICATION], &err) != 0)
                goto fail;
        }
    } else if (strcmp(sub, "evidence-template") == 0) {
        if (wave_evidence_template(db, tenant, wave, o.v[W_OUTPUT] ? o.v[W_OUTPUT] : "-", &a,
                                   &err) != 0)
            goto fail;
        if (!ctx->quiet && o.v[W_OUTPUT])
            printf("%ld %s\n", a, T("baris", "rows"));
    } else if (strcmp(sub, "evidence") == 0) {
        if (nargs != 3) {
            rc = cli_usage_error("wave", "%s", T("sebutkan BERKAS", "give the FILE"));
            goto out;
        }
        if (wave_evidence_import(db, tenant, wave, args[2], print_error, args[2], &a, &b, &err) !=
            0)
            goto fail;
        if (json)
            printf("{\"rows\": %ld, \"assessed\": %ld}\n", a, b);
        else if (!ctx->quiet)
            printf("%ld %s, %ld %s\n", a, T("baris bukti", "evidence rows"), b,
                   T("peserta kini berstatus assessed", "participants now assessed"));
    } else if (strcmp(sub, "integrate") == 0) {
        if (wave_integrate(db, tenant, wave, o.v[W_ACCEPT] != NULL, &a, &b, &err) != 0)
            goto fail;
        if (json)
            printf("{\"proposed\": %ld, \"integrated\": %ld}\n", a, b);
        else if (!ctx->quiet)
            printf("%ld %s, %ld %s\n", a, T("usulan level", "level proposals"), b,
                   T("peserta terintegrasi", "participants integrated"));
    } else if (strcmp(sub, "decide") == 0) {
        int level;
        if (nargs != 5 || wc_level_parse(args[4], &level) != 0) {
            rc = cli_usage_error("wave", "%s",
                                 T("pakai: decide KODE NIP KOMPETENSI LEVEL (1-5, mis. 3 atau 3.5)",
                                   "use: decide CODE NIP COMPETENCY LEVEL (1-5, e.g. 3 or 3.5)"));
            goto out;
        }
        if (wave_decide(db, tenant, wave, args[2], args[3], level, o.v[W_JUSTIFICATION], &err) != 0)
            goto fail;
    } else if (strcmp(sub, "second-opinion") == 0) {
        if (nargs != 4) {
            rc = cli_usage_error("wave", "%s",
                                 T("pakai: second-opinion KODE NIP KOMPETENSI --reason R",
                                   "use: second-opinion CODE NIP COMPETENCY --reason R"));
            goto out;
        }
        if (wave_second_opinion(db, tenant, wave, args[2], args[3], o.v[W_REASON], &err) != 0)
            goto fail;
    } else if (strcmp(sub, "finalise") == 0 || strcmp(sub, "finalize") == 0) {
        char now[21];
        wc_now(now);
        if (wave_finalise(db, tenant, wave, now, &a, &err) != 0)
            goto fail;
        if (json)
            printf("{\"finalised\": %ld}\n", a);
        else if (!ctx->quiet)
            printf("%ld %s\n", a, T("hasil difinalkan", "results finalised"));
    } else if (strcmp(sub, "publish") == 0) {
        char now[21];
        wc_now(now);
        if (wave_publish(db, tenant, wave, "operator", now, &err) != 0)
            goto fail;
        if (!ctx->quiet)
            printf("%s %s %s\n", T("hasil gelombang", "the results of wave"), code,
                   T("diumumkan", "are published"));
    } else {
        rc =
            cli_usage_error("wave", "%s '%s'", T("perintah tidak dikenal", "unknown command"), sub);
    }
    goto out;
fail:
    rc = cli_fail(&err);
out:
    db_close(db);
    return rc;
}

static void assessor_help(void)
{
    printf("%s",
           T("Pemakaian:\n"
             "  merit assessor add KODE --name N --kind internal|external [--nip NIP]\n"
             "        [--organisation O] [--accreditation A] [--accredited-until YYYY-MM-DD]\n"
             "  merit assessor relation KODE NIP HUBUNGAN   nyatakan hubungan keluarga dsb.\n"
             "  merit assessor list [--json]\n",
             "Usage:\n"
             "  merit assessor add CODE --name N --kind internal|external [--nip NIP]\n"
             "        [--organisation O] [--accreditation A] [--accredited-until YYYY-MM-DD]\n"
             "  merit assessor relation CODE NIP RELATION   declare kinship etc.\n"
             "  merit assessor list [--json]\n"));
}

int cmd_assessor(struct cli_ctx *ctx, int argc, char **argv)
{
    struct merit_error err;
    struct wopts o;
    struct db *db = NULL;
    int64_t tenant = 0;
    int rc = 0, done, nargs;
    char **args;

    err_clear(&err);
    if ((rc = wave_parse(ctx, "assessor", argc, argv, &o, assessor_help, &done)) != 0 || done)
        return rc;
    nargs = argc - optind;
    args = argv + optind;
    if (nargs < 1)
        return cli_usage_error("assessor", "%s", T("sebutkan perintah", "give a command"));
    if (cli_open_tenant(ctx, &db, &tenant, &err) != 0)
        return cli_fail(&err);
    if (strcmp(args[0], "add") == 0 && nargs == 2) {
        struct assessor_spec s = {
            args[1],    o.v[W_NAME],          o.v[W_KIND], o.nnips ? o.nips[0] : NULL,
            o.v[W_ORG], o.v[W_ACCREDITATION], o.v[W_UNTIL]};
        if (assessor_add(db, tenant, &s, &err) != 0)
            goto fail;
    } else if (strcmp(args[0], "relation") == 0 && nargs == 4) {
        if (assessor_relation_add(db, tenant, args[1], args[2], args[3], &err) != 0)
            goto fail;
    } else if (strcmp(args[0], "list") == 0) {
        json_t *arr, *x;
        size_t i;
        if (assessor_list_json(db, tenant, &arr, &err) != 0)
            goto fail;
        if (o.v[W_JSON])
            cli_print_json(arr);
        else
            json_array_foreach(arr, i, x)
                printf("%s\t%s\t%s\t%s\t%s\t%s\n", cli_jstr(x, "code"), cli_jstr(x, "kind"),
                       cli_jstr(x, "name"), cli_jstr(x, "organisation"),
                       cli_jstr(x, "accreditation"), cli_jstr(x, "accredited_until"));
        json_decref(arr);
    } else {
        rc = cli_usage_error("assessor", "%s", T("perintah tidak dikenal", "unknown command"));
    }
    goto out;
fail:
    rc = cli_fail(&err);
out:
    db_close(db);
    return rc;
}
