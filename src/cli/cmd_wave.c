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

static void print_json(json_t *j)
{
    char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    if (s) {
        puts(s);
        free(s);
    }
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
          "Opsi --json untuk keluaran mesin.\n",
          "Usage: merit wave COMMAND CODE [OPTIONS]\n"
          "  create CODE --name N --purpose pemetaan|seleksi|promosi --provider internal|lembaga\n"
          "         [--provider-name N] --start YYYY-MM-DD --end YYYY-MM-DD [--venue V] [--policy "
          "VERSION]\n"
          "  list | show CODE                     list waves / one wave's summary\n"
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
          "--json gives machine-readable output.\n"));
}

static void print_error(void *ctx, const struct merit_error *e)
{
    const char *path = ctx;
    fprintf(stderr, "%s:%ld:%s: %s\n", path, e->row, e->field, e->msg);
}

static void print_warning(void *ctx, const struct wave_matrix_warning *w)
{
    (void)ctx;
    fprintf(stderr, "%s: %s %s %d %s %d\n", T("peringatan", "warning"), w->target,
            T("diungkap oleh", "is evidenced by"), w->methods,
            T("metode; kebijakan meminta", "methods; the policy asks for"), w->required);
}

/* the comma-separated list in s, split in place */
static size_t split_list(char *s, const char **out, size_t cap)
{
    size_t n = 0;
    for (char *tok = strtok(s, ", "); tok && n < cap; tok = strtok(NULL, ", "))
        out[n++] = tok;
    return n;
}

static int wave_show(struct db *db, int64_t tenant, int64_t wave, int json, struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT w.code, w.name, w.purpose, w.provider_kind, COALESCE(w.provider_name, ''),"
        " w.start_date, w.end_date, COALESCE(w.venue, ''), w.status, p.version,"
        " COALESCE(w.finalised_at, '') FROM wave w JOIN policy p ON p.id = w.policy_id"
        " WHERE w.id = $1 AND w.tenant_id = $2",
        err);
    json_t *o = json_object(), *arr;
    int step, nwarn = 0, rc = -1;

    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    db_bind_int64(st, 2, tenant);
    if ((step = db_step(st, err)) != DB_ROW)
        goto out;
    {
        static const char *const k[] = {"code",  "name", "purpose", "provider", "provider_name",
                                        "start", "end",  "venue",   "status"};
        for (int i = 0; i < 9; i++) {
            char d[11];
            const char *v = db_col_text(st, i);
            if (i == 5 || i == 6) {
                snprintf(d, sizeof(d), "%.10s", v);
                v = d;
            }
            json_object_set_new(o, k[i], json_string(v));
        }
        json_object_set_new(o, "policy_version", json_integer(db_col_int64(st, 9)));
        json_object_set_new(o, "finalised_at", json_string(db_col_text(st, 10)));
    }
    db_finalize(st);
    st = db_prepare(db,
                    "SELECT status, COUNT(*) FROM participant WHERE wave_id = $1 GROUP BY status"
                    " ORDER BY status",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    arr = json_object();
    while ((step = db_step(st, err)) == DB_ROW)
        json_object_set_new(arr, db_col_text(st, 0), json_integer(db_col_int64(st, 1)));
    json_object_set_new(o, "participants", arr);
    db_finalize(st);
    st = db_prepare(db,
                    "SELECT m.code, m.kind, m.name, (SELECT COUNT(*) FROM wave_matrix x"
                    " WHERE x.wave_id = m.wave_id AND x.method_code = m.code) FROM wave_method m"
                    " WHERE m.wave_id = $1 ORDER BY m.code",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    arr = json_array();
    while ((step = db_step(st, err)) == DB_ROW)
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:I}", "code", db_col_text(st, 0),
                                             "kind", db_col_text(st, 1), "name", db_col_text(st, 2),
                                             "targets", (json_int_t)db_col_int64(st, 3)));
    json_object_set_new(o, "methods", arr);
    db_finalize(st);
    st = db_prepare(db,
                    "SELECT COUNT(*), COUNT(DISTINCT x.assessor_id), SUM(CASE WHEN x.conflict IS"
                    " NOT NULL THEN 1 ELSE 0 END) FROM assignment x JOIN participant pa ON pa.id ="
                    " x.participant_id WHERE pa.wave_id = $1",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    if (db_step(st, err) != DB_ROW)
        goto out;
    json_object_set_new(o, "assignments", json_integer(db_col_int64(st, 0)));
    json_object_set_new(o, "assessors", json_integer(db_col_int64(st, 1)));
    json_object_set_new(o, "conflicts_overridden", json_integer(db_col_int64(st, 2)));
    db_finalize(st);
    st = NULL;
    if (wave_matrix_check(db, tenant, wave, NULL, NULL, &nwarn, err) != 0)
        goto out;
    json_object_set_new(o, "matrix_warnings", json_integer(nwarn));
    if (json) {
        print_json(o);
    } else {
        const char *key;
        json_t *v;
        printf("%s %s - %s\n", json_string_value(json_object_get(o, "code")),
               json_string_value(json_object_get(o, "status")),
               json_string_value(json_object_get(o, "name")));
        printf("%s: %s, %s %s..%s, %s %lld\n", T("tujuan", "purpose"),
               json_string_value(json_object_get(o, "purpose")), T("tanggal", "dates"),
               json_string_value(json_object_get(o, "start")),
               json_string_value(json_object_get(o, "end")), T("kebijakan v", "policy v"),
               (long long)json_integer_value(json_object_get(o, "policy_version")));
        printf("%s:", T("peserta", "participants"));
        json_object_foreach(json_object_get(o, "participants"), key, v)
            printf(" %s=%lld", key, (long long)json_integer_value(v));
        printf("\n%s: %zu, %s: %lld, %s: %lld\n", T("metode", "methods"),
               json_array_size(json_object_get(o, "methods")), T("asesor", "assessors"),
               (long long)json_integer_value(json_object_get(o, "assessors")),
               T("penugasan", "assignments"),
               (long long)json_integer_value(json_object_get(o, "assignments")));
        fflush(stdout);
        if (nwarn && wave_matrix_check(db, tenant, wave, print_warning, NULL, &nwarn, err) != 0)
            goto out;
    }
    rc = 0;
out:
    db_finalize(st);
    json_decref(o);
    return rc;
}

static int wave_list(struct db *db, int64_t tenant, int json, struct merit_error *err)
{
    struct db_stmt *st =
        db_prepare(db,
                   "SELECT w.code, w.name, w.purpose, w.start_date, w.status, (SELECT COUNT(*) FROM"
                   " participant p WHERE p.wave_id = w.id) FROM wave w WHERE w.tenant_id = $1"
                   " ORDER BY w.start_date, w.code",
                   err);
    json_t *arr = json_array();
    int step;

    if (!st) {
        json_decref(arr);
        return -1;
    }
    db_bind_int64(st, 1, tenant);
    while ((step = db_step(st, err)) == DB_ROW) {
        char d[11];
        snprintf(d, sizeof(d), "%.10s", db_col_text(st, 3));
        if (json)
            json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:s, s:s, s:I}", "code",
                                                 db_col_text(st, 0), "name", db_col_text(st, 1),
                                                 "purpose", db_col_text(st, 2), "start", d,
                                                 "status", db_col_text(st, 4), "participants",
                                                 (json_int_t)db_col_int64(st, 5)));
        else
            printf("%s\t%s\t%s\t%s\t%lld\t%s\n", db_col_text(st, 0), d, db_col_text(st, 2),
                   db_col_text(st, 4), (long long)db_col_int64(st, 5), db_col_text(st, 1));
    }
    db_finalize(st);
    if (json && step == DB_DONE)
        print_json(arr);
    json_decref(arr);
    return step == DB_DONE ? 0 : -1;
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
        if (wave_list(db, tenant, json, &err) != 0)
            goto fail;
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
    if (strcmp(sub, "show") == 0) {
        if (wave_show(db, tenant, wave, json, &err) != 0)
            goto fail;
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
    struct db_stmt *st = NULL;
    int64_t tenant = 0;
    int rc = 0, done, nargs, step;
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
        json_t *arr = json_array();
        st = db_prepare(db,
                        "SELECT a.code, a.name, a.kind, COALESCE(e.nip, ''),"
                        " COALESCE(a.organisation, ''), COALESCE(a.accreditation, ''),"
                        " COALESCE(a.accredited_until, '') FROM assessor a LEFT JOIN employee e"
                        " ON e.id = a.employee_id WHERE a.tenant_id = $1 ORDER BY a.code",
                        &err);
        if (!st) {
            json_decref(arr);
            goto fail;
        }
        db_bind_int64(st, 1, tenant);
        while ((step = db_step(st, &err)) == DB_ROW) {
            char until[11];
            snprintf(until, sizeof(until), "%.10s", db_col_text(st, 6));
            if (o.v[W_JSON])
                json_array_append_new(
                    arr,
                    json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "code", db_col_text(st, 0),
                              "name", db_col_text(st, 1), "kind", db_col_text(st, 2), "nip",
                              db_col_text(st, 3), "organisation", db_col_text(st, 4),
                              "accreditation", db_col_text(st, 5), "accredited_until", until));
            else
                printf("%s\t%s\t%s\t%s\t%s\n", db_col_text(st, 0), db_col_text(st, 2),
                       db_col_text(st, 1), db_col_text(st, 4), db_col_text(st, 5));
        }
        if (o.v[W_JSON] && step == DB_DONE)
            print_json(arr);
        json_decref(arr);
        if (step != DB_DONE)
            goto fail;
    } else {
        rc = cli_usage_error("assessor", "%s", T("perintah tidak dikenal", "unknown command"));
    }
    goto out;
fail:
    rc = cli_fail(&err);
out:
    db_finalize(st);
    db_close(db);
    return rc;
}
