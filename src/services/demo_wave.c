/*
 * demo_wave.c - the demo's finalised assessment wave, run through the same
 * services an agency uses (create, methods, enrol, groups, attendance,
 * assessors with conflict checks, an evidence sheet, integration with one
 * justified departure, finalisation), so the demo exercises the real flow.
 *
 * Deterministic: levels come from a hash of (NIP, assessor, method,
 * competency) around each participant's standard level, never from the
 * clock; dates are fixed in January 2026 (DEMO_TODAY).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "services/demo.h"
#include "services/policy.h"
#include "services/wave.h"

#define DW_CODE "ASM-2026-01"

static const struct {
    const char *code, *name, *kind, *targets;
} dw_methods[] = {
    {"WWC", "Wawancara berbasis kompetensi (BEI)", "wawancara",
     "M.01,M.02,M.03,M.04,M.05,M.06,M.07,M.08,SK.01,kesadaran_diri,motivasi_komitmen,"
     "belajar_cepat,interpersonal"},
    {"LGD", "Diskusi kelompok tanpa pemimpin (LGD)", "simulasi",
     "M.02,M.03,M.07,M.08,SK.01,kecerdasan_emosional"},
    {"INB", "In-basket", "simulasi", "M.01,M.04,M.05,M.08"},
    {"PRS", "Presentasi dan analisis kasus", "simulasi",
     "M.03,M.04,M.06,M.07,intelektual,berpikir_kritis,menyelesaikan_masalah"},
    {"PSI", "Psikometri (potensi dan kepribadian)", "psikometri",
     "M.01,M.05,M.06,SK.01,intelektual,interpersonal,kesadaran_diri,berpikir_kritis,"
     "menyelesaikan_masalah,kecerdasan_emosional,belajar_cepat,motivasi_komitmen"},
};

/* T-score bands of the demo policy's psychometric norm table (mean 50, sd 10) */
static const int dw_tscore[5] = {25, 33, 45, 56, 66};
static const int64_t dw_band_min[5] = {0, 3000, 4000, 5500, 6500}; /* hundredths */

/*
 * The demo agency adopts version 2 of its scoring policy, effective 2025:
 * the default plus a norm table for its psychometric instrument, so the
 * demo shows versioning and raw-score mapping.
 */
static int dw_policy(struct db *db, int64_t tenant, struct merit_error *err)
{
    struct scoring_policy p;
    json_t *body;
    int version, rc;

    scoring_default(&p);
    p.nnorms = 1;
    p.norms[0].instrument = "psikometri";
    p.norms[0].target = "*";
    p.norms[0].n = 5;
    for (int i = 0; i < 5; i++)
        p.norms[0].band[i] = (struct scoring_band){dw_band_min[i], (i + 1) * 10};
    p.source = "merit default + T-score bands of the provider's psychometric norms (demo)";
    body = policy_scoring_json(&p);
    rc = policy_add_draft(db, tenant, "Kebijakan 2025 dengan norma psikometri (demo)", "2025-01-01",
                          body, &version, err);
    json_decref(body);
    if (rc != 0)
        return -1;
    return policy_adopt(db, tenant, version, "2024-12-20T08:00:00Z", err);
}

static uint64_t dw_hash(uint64_t seed, const char *a, const char *b, const char *c, const char *d)
{
    const char *parts[4] = {a, b, c, d};
    uint64_t h = 1469598103934665603ULL ^ seed;

    for (int i = 0; i < 4; i++) {
        for (const char *p = parts[i]; p && *p; p++)
            h = (h ^ (unsigned char)*p) * 1099511628211ULL;
        h = (h ^ 0xff) * 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

/* the participant's "true" level: the standard, often one below or above */
static int dw_true_level(uint64_t seed, const char *nip, const char *target, int standard)
{
    static const int offset[8] = {-1, 0, 0, 0, 0, 1, -1, 0};
    int l = standard + offset[dw_hash(seed, nip, target, "true", NULL) % 8];

    return l < 1 ? 1 : l > 5 ? 5 : l;
}

static void dw_error(void *ctx, const struct merit_error *e)
{
    (void)ctx;
    fprintf(stderr, "demo: evidence row %ld %s: %s\n", e->row, e->field, e->msg);
}

static int dw_enrol(struct db *db, int64_t tenant, int64_t wave, const char *jenjang, long *left,
                    struct merit_error *err)
{
    struct wave_enrol_filter f;
    long got = 0, skipped = 0;

    if (*left <= 0)
        return 0;
    memset(&f, 0, sizeof(f));
    f.jenjang = jenjang;
    f.limit = *left;
    if (wave_enrol(db, tenant, wave, &f, &got, &skipped, err) != 0)
        return -1;
    *left -= got;
    return 0;
}

/* one evidence row per participant x assessor x method x target, as a CSV in memory */
static int dw_evidence(struct db *db, int64_t tenant, int64_t wave, uint64_t seed,
                       struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "SELECT e.nip, a.code, m.method_code, m.target_code,"
        /* potential is measured against the policy's standard (3), not the position's */
        " CASE WHEN m.target_kind = 'potensi' THEN 3 ELSE COALESCE(s.level, j.standard_level) END,"
        " m.target_kind"
        " FROM participant pa JOIN employee e ON e.id = pa.employee_id"
        " JOIN position po ON po.id = pa.target_position_id"
        " JOIN ref_jenjang j ON j.code = po.jenjang_code"
        " JOIN assignment x ON x.participant_id = pa.id JOIN assessor a ON a.id = x.assessor_id"
        " JOIN wave_matrix m ON m.wave_id = pa.wave_id"
        " LEFT JOIN skj_item s ON s.position_id = po.id AND s.competency_code = m.target_code"
        " WHERE pa.wave_id = $1 AND pa.tenant_id = $2 AND pa.status = 'present'"
        " ORDER BY e.nip, a.code, m.method_code, m.target_code",
        err);
    struct buf csv = BUF_INIT;
    long rows = 0, assessed = 0;
    int step, rc = -1;

    if (!st)
        return -1;
    buf_puts(&csv, "nip,asesor,metode,kompetensi,level,skor_mentah,indikator\n");
    db_bind_int64(st, 1, wave);
    db_bind_int64(st, 2, tenant);
    while ((step = db_step(st, err)) == DB_ROW) {
        const char *nip = db_col_text(st, 0), *as = db_col_text(st, 1);
        const char *me = db_col_text(st, 2), *tg = db_col_text(st, 3);
        int std = (int)db_col_int64(st, 4);

        /* people differ in potential as a whole, not only aspect by aspect */
        if (strcmp(db_col_text(st, 5), "potensi") == 0) {
            static const int person[5] = {-1, 0, 0, 0, 1};
            std += person[dw_hash(seed, nip, "potensi", NULL, NULL) % 5];
        }
        int level = dw_true_level(seed, nip, tg, std);
        uint64_t h = dw_hash(seed, nip, as, me, tg);

        /* an assessor sees the true level, sometimes one off */
        if (h % 10 == 0 && level > 1)
            level--;
        else if (h % 10 == 1 && level < 5)
            level++;
        if (strcmp(me, "PSI") == 0)
            /* the instrument reports a T-score; the policy's norm table makes it a level */
            buf_printf(&csv, "%s,%s,%s,%s,,%d,\n", nip, as, me, tg,
                       dw_tscore[level - 1] + (int)((h >> 16) % 5));
        else
            buf_printf(&csv, "%s,%s,%s,%s,%d,,%s.%d\n", nip, as, me, tg, level, tg,
                       (int)(h >> 8) % 3 + 1);
    }
    db_finalize(st);
    if (step != DB_DONE)
        goto out;
    if (wave_evidence_import_mem(db, tenant, wave, csv.data, csv.len, "demo-bukti.csv", dw_error,
                                 NULL, &rows, &assessed, err) != 0)
        goto out;
    rc = 0;
out:
    buf_release(&csv);
    return rc;
}

int demo_wave(struct db *db, int64_t tenant, long size, uint64_t seed, long *finalised,
              struct merit_error *err)
{
    struct wave_spec spec = {DW_CODE,
                             "Pemetaan kompetensi pejabat dan JF 2026 (demo)",
                             "pemetaan",
                             "lembaga",
                             "Lembaga Asesmen Psikologi Nusantara (fiktif)",
                             "2026-01-12",
                             "2026-01-30",
                             "Aula BKPSDM",
                             0};
    static const char *const jenjangs[] = {"jpt_pratama", "administrator", "pengawas", "ahli_madya",
                                           "ahli_muda",   "ahli_pertama",  "penyelia", "mahir",
                                           "terampil",    "pemula",        "pelaksana"};
    int64_t wave;
    long left = size + 2, n = 0, made;
    char code[32], name[64];
    struct db_stmt *st = NULL;
    char nips[3][24];
    int step, k = 0;

    *finalised = 0;
    if (dw_policy(db, tenant, err) != 0 || wave_create(db, tenant, &spec, &wave, err) != 0)
        return -1;
    for (size_t i = 0; i < sizeof(dw_methods) / sizeof(dw_methods[0]); i++) {
        const char *targets[32];
        char *list = xstrdup(dw_methods[i].targets);
        size_t nt = 0;

        for (char *t = strtok(list, ","); t && nt < 32; t = strtok(NULL, ","))
            targets[nt++] = t;
        if (wave_method_set(db, tenant, wave, dw_methods[i].code, dw_methods[i].name,
                            dw_methods[i].kind, targets, nt, err) != 0) {
            free(list);
            return -1;
        }
        free(list);
    }
    for (size_t i = 0; i < sizeof(jenjangs) / sizeof(jenjangs[0]); i++)
        if (dw_enrol(db, tenant, wave, jenjangs[i], &left, err) != 0)
            return -1;
    /* two of the enrolled do not take part: one absent, one withdrawn */
    st = db_prepare(db,
                    "SELECT e.nip FROM participant pa JOIN employee e ON e.id = pa.employee_id"
                    " WHERE pa.wave_id = $1 ORDER BY e.nip DESC LIMIT 2",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, wave);
    while ((step = db_step(st, err)) == DB_ROW && k < 2)
        snprintf(nips[k++], sizeof(nips[0]), "%s", db_col_text(st, 0));
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    if (k == 2 && (wave_status_set(db, tenant, wave, nips[0], "absent",
                                   "Sakit (surat keterangan dokter)", &made, err) != 0 ||
                   wave_status_set(db, tenant, wave, nips[1], "withdrawn",
                                   "Mengundurkan diri: pindah instansi", &made, err) != 0))
        return -1;
    if (wave_group(db, tenant, wave, 6, 8, &n, err) != 0 ||
        wave_status_set(db, tenant, wave, NULL, "present", NULL, &made, err) != 0)
        return -1;
    /* the institute's assessors; enough for 2 each at about 50 participants per assessor */
    for (long i = 0; i < (size + 49) / 50 + 2; i++) {
        struct assessor_spec a = {code,
                                  name,
                                  "external",
                                  NULL,
                                  "Lembaga Asesmen Psikologi "
                                  "Nusantara (fiktif)",
                                  i % 3 == 0 ? "Asesor SDM Aparatur Ahli Madya"
                                             : "Asesor SDM Aparatur Ahli Muda",
                                  "2028-12-31"};
        snprintf(code, sizeof(code), "LAPN-%02ld", i + 1);
        snprintf(name, sizeof(name), "Asesor %02ld (demo)", i + 1);
        if (assessor_add(db, tenant, &a, err) != 0)
            return -1;
    }
    if (wave_assign_auto(db, tenant, wave, 2, &made, err) != 0 ||
        dw_evidence(db, tenant, wave, seed, err) != 0 ||
        wave_integrate(db, tenant, wave, 1, &made, &n, err) != 0)
        return -1;
    /* the meeting departs from one proposal, with its reason on record */
    st = db_prepare(db,
                    "SELECT e.nip, i.proposed FROM integration i JOIN participant pa ON pa.id ="
                    " i.participant_id JOIN employee e ON e.id = pa.employee_id WHERE pa.wave_id ="
                    " $1 AND i.target_code = 'M.08' AND i.proposed < 50 ORDER BY e.nip LIMIT 1",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, wave);
    k = 0;
    if ((step = db_step(st, err)) == DB_ROW) {
        snprintf(nips[0], sizeof(nips[0]), "%s", db_col_text(st, 0));
        k = (int)db_col_int64(st, 1) + 10;
    }
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    if (k && wave_decide(db, tenant, wave, nips[0], "M.08", k,
                         "Rapat integrasi: bukti in-basket dan LGD menunjukkan keputusan berisiko "
                         "tinggi diambil dengan mitigasi; level dinaikkan satu.",
                         err) != 0)
        return -1;
    return wave_finalise(db, tenant, wave, "2026-01-30T09:00:00Z", finalised, err);
}
