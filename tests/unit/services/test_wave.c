/*
 * An assessment wave end to end on both engines (services/wave.h, services/result.h): planning,
 * enrolment, groups, attendance, assessors and conflicts of interest, evidence sheets,
 * integration, second opinions, finalisation, reading results, corrections, what a draft
 * policy would change, and the invariant that a finalised result changes only through a
 * correction record (database triggers and service checks).
 *
 * The agency (imported through the import service):
 *   OPD01 (Dinas Satu) > OPD01.B1, OPD01.B2;  OPD02 > OPD02.B1;  OPD03 (Inspektorat)
 *   PA Analis Ahli Muda @OPD01.B1 (standard 3, no technical competency)
 *   PB Analis Ahli Madya @OPD01.B2 (standard 4, T.X.01 at 3: weighted 40/60)
 *   PC Analis Ahli Muda @OPD02.B1, PI Auditor Ahli Madya @OPD03,
 *   PK Analis Ahli Utama @OPD01, PS Pranata Ahli Pertama @OPD01.B1
 *   E1..E6 hold PA, E7 E8 PB, E9 PC; A1 A2 PI (assessors), HEAD PK, SAME PS.
 * Assessors: ASR1 ASR2 (internal, OPD03), ASR7 (internal: E7 himself), ASRH (internal, HEAD:
 * reporting line over OPD01), ASRS (internal, SAME: same unit as E1..E6), ASRX (external,
 * declared sibling of E1).
 */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "db/db.h"
#include "domain/nip.h"
#include "services/import.h"
#include "services/policy.h"
#include "services/result.h"
#include "services/wave.h"
#include "store/tenant.h"
#include "testutil.h"

enum { E1, E2, E3, E4, E5, E6, E7, E8, E9, A1, A2, HEAD, SAME, NEMP };

static char nips[NEMP][19];

struct fx {
    struct db *db;
    int64_t t;
    int64_t w;
    const char *engine;
};

#define OK(call)                                                                                   \
    do {                                                                                           \
        err_clear(&err);                                                                           \
        int rc_ = (call);                                                                          \
        cr_assert_eq(rc_, 0, "%s: %s", #call, err.msg);                                            \
    } while (0)

#define FAILS(call, code_)                                                                         \
    do {                                                                                           \
        err_clear(&err);                                                                           \
        int rc_ = (call);                                                                          \
        cr_assert_eq(rc_, -1, "%s should fail", #call);                                            \
        cr_assert_eq(err.code, code_, "%s: code %d (%s), want %d", #call, (int)err.code, err.msg,  \
                     (int)(code_));                                                                \
    } while (0)

/* one int64 from sql with text parameters (NULL-terminated) */
static int64_t qv(struct db *db, const char *sql, ...)
{
    const char *params[8];
    int n = 0;
    va_list ap;
    struct merit_error err;
    int64_t v = -1;
    const char *s;

    va_start(ap, sql);
    while ((s = va_arg(ap, const char *)) != NULL && n < 8)
        params[n++] = s;
    va_end(ap);
    cr_assert_eq(db_query_int64(db, sql, params, n, &v, &err), 0, "%s: %s", sql, err.msg);
    return v;
}

static int64_t count(struct db *db, const char *sql)
{
    return qv(db, sql, NULL);
}

/* a statement that a trigger must refuse, and leave nothing changed */
static void sql_refused(struct db *db, const char *fmt, ...)
{
    struct buf sql = BUF_INIT;
    struct merit_error err;
    va_list ap;

    va_start(ap, fmt);
    buf_vprintf(&sql, fmt, ap);
    va_end(ap);
    err_clear(&err);
    cr_assert_eq(db_exec(db, sql.data, &err), -1, "must be refused: %s", sql.data);
    cr_assert(strstr(err.msg, "merit:"), "refused by a merit trigger: %s: %s", sql.data, err.msg);
    buf_release(&sql);
}

static void import_err(void *ctx, long row, const char *column, const char *msg)
{
    (void)ctx;
    cr_log_error("import row %ld %s: %s", row, column, msg);
}

static void import_csv(struct fx *f, enum import_kind kind, const char *csv)
{
    struct import_options opt = {0};
    struct import_result res;
    struct merit_error err;
    char *path = tu_write_temp(".csv", csv, strlen(csv));

    opt.path = path;
    opt.on_error = import_err;
    err_clear(&err);
    memset(&res, 0, sizeof(res));
    {
        int rc = import_run(f->db, f->t, kind, &opt, &res, &err);
        cr_assert_eq(rc, 0, "import %d: %s", (int)kind, err.msg);
    }
    remove(path);
    free(path);
}

static void fx_agency(struct fx *f, const char *engine)
{
    struct merit_error err;
    struct buf csv = BUF_INIT;
    static const char *const pos[NEMP] = {"PA", "PA", "PA", "PA", "PA", "PA", "PB",
                                          "PB", "PC", "PI", "PI", "PK", "PS"};
    struct import_options opt = {0};
    struct import_result res;

    memset(f, 0, sizeof(*f));
    f->engine = engine;
    f->db = tu_db_open(engine);
    OK(tenant_ensure(f->db, "kab", "Kabupaten Uji", &f->t, &err));
    OK(policy_ensure_default(f->db, f->t, &err));
    import_csv(f, IMPORT_UNITS,
               "kode,nama,jenis,induk\n"
               "OPD01,Dinas Satu,opd,\n"
               "OPD01.B1,Bidang Satu,bidang,OPD01\n"
               "OPD01.B2,Bidang Dua,bidang,OPD01\n"
               "OPD02,Dinas Dua,opd,\n"
               "OPD02.B1,Bidang Tiga,bidang,OPD02\n"
               "OPD03,Inspektorat,opd,\n");
    import_csv(f, IMPORT_POSITIONS,
               "kode_jabatan,nama_jabatan,jenis_jabatan,jenjang,kode_unit,kompetensi_teknis\n"
               "PA,Analis Ahli Muda,fungsional,Ahli Muda,OPD01.B1,\n"
               "PB,Analis Ahli Madya,fungsional,Ahli Madya,OPD01.B2,T.X.01:3\n"
               "PC,Analis Ahli Muda Dua,fungsional,Ahli Muda,OPD02.B1,\n"
               "PI,Auditor Ahli Madya,fungsional,Ahli Madya,OPD03,\n"
               "PK,Analis Ahli Utama,fungsional,Ahli Utama,OPD01,\n"
               "PS,Pranata Ahli Pertama,fungsional,Ahli Pertama,OPD01.B1,\n");
    buf_puts(&csv, "nip,nama,status,golongan,kode_jabatan,tmt_jabatan\n");
    for (int i = 0; i < NEMP; i++) {
        struct civil_date birth = {1985, 3, 12};
        cr_assert_eq(nip_format(birth, 2010, 1, 1, 101 + i, nips[i]), 0);
        buf_printf(&csv, "%s,Pegawai %02d,PNS,III/c,%s,2020-01-02\n", nips[i], i + 1, pos[i]);
    }
    {
        char *path = tu_write_temp(".csv", csv.data, csv.len);
        opt.path = path;
        opt.on_error = import_err;
        OK(import_run(f->db, f->t, IMPORT_EMPLOYEES, &opt, &res, &err));
        cr_assert_eq(res.inserted, NEMP);
        remove(path);
        free(path);
    }
    buf_release(&csv);
    cr_assert_eq(count(f->db, "SELECT count(*) FROM skj_item s JOIN position p ON p.id ="
                              " s.position_id WHERE p.code = 'PB' AND s.kind = 'teknis'"),
                 1);
}

static const char *const all9[] = {"M.01", "M.02", "M.03", "M.04", "M.05",
                                   "M.06", "M.07", "M.08", "SK.01"};
static const char *const pot8[] = {
    "intelektual",           "interpersonal",        "kesadaran_diri", "berpikir_kritis",
    "menyelesaikan_masalah", "kecerdasan_emosional", "belajar_cepat",  "motivasi_komitmen"};

static struct wave_spec spec_w1(void)
{
    return (struct wave_spec){"W1",         "Pemetaan 2025", "pemetaan", "internal", NULL,
                              "2025-03-10", "2025-03-12",    "Aula",     0};
}

/* the wave with its methods: SIM (9 + T.X.01), WAW (M.01-M.08, T.X.01, potential), PSI */
static void fx_wave(struct fx *f)
{
    struct merit_error err;
    struct wave_spec s = spec_w1();
    const char *sim[10], *waw[17];
    int n = 0;

    OK(wave_create(f->db, f->t, &s, &f->w, &err));
    for (int i = 0; i < 9; i++)
        sim[i] = all9[i];
    sim[9] = "T.X.01";
    for (int i = 0; i < 8; i++)
        waw[n++] = all9[i];
    waw[n++] = "T.X.01";
    for (int i = 0; i < 8; i++)
        waw[n++] = pot8[i];
    OK(wave_method_set(f->db, f->t, f->w, "SIM", "Simulasi in-tray", "simulasi", sim, 10, &err));
    OK(wave_method_set(f->db, f->t, f->w, "WAW", "Wawancara kompetensi", "wawancara", waw, 17,
                       &err));
    OK(wave_method_set(f->db, f->t, f->w, "PSI", "Psikotes", "psikometri", pot8, 8, &err));
}

/* E1-E6 by filter, E7 E8 E9 by NIP; everyone present, E9 then absent */
static void fx_enrol(struct fx *f)
{
    struct merit_error err;
    struct wave_enrol_filter byunit = {0}, bynip = {0};
    const char *list[3] = {nips[E7], nips[E8], nips[E9]};
    long enrolled = -1, skipped = -1, changed = -1;

    byunit.unit = "OPD01";
    byunit.jenjang = "ahli_muda";
    OK(wave_enrol(f->db, f->t, f->w, &byunit, &enrolled, &skipped, &err));
    cr_assert_eq(enrolled, 6);
    cr_assert_eq(skipped, 0);
    bynip.nips = list;
    bynip.nnips = 3;
    OK(wave_enrol(f->db, f->t, f->w, &bynip, &enrolled, &skipped, &err));
    cr_assert_eq(enrolled, 3);
    OK(wave_status_set(f->db, f->t, f->w, NULL, "present", NULL, &changed, &err));
    cr_assert_eq(changed, 9);
    OK(wave_status_set(f->db, f->t, f->w, nips[E9], "absent", "Sakit, surat dokter terlampir",
                       &changed, &err));
    cr_assert_eq(changed, 1);
}

static void fx_assessors(struct fx *f)
{
    struct merit_error err;
    struct assessor_spec a1 = {"ASR1", "Asesor Satu", "internal",  nips[A1],
                               NULL,   "BKN",         "2027-12-31"};
    struct assessor_spec a2 = {"ASR2", "Asesor Dua", "internal", nips[A2], NULL, NULL, NULL};
    struct assessor_spec a7 = {"ASR7", "Pegawai 07", "internal", nips[E7], NULL, NULL, NULL};
    struct assessor_spec ah = {"ASRH", "Kepala", "internal", nips[HEAD], NULL, NULL, NULL};
    struct assessor_spec as = {"ASRS", "Sejawat", "internal", nips[SAME], NULL, NULL, NULL};
    struct assessor_spec ax = {"ASRX", "Asesor Luar", "external", NULL, "Lembaga Asesmen X",
                               "APSI", "2026-06-30"};

    OK(assessor_add(f->db, f->t, &a1, &err));
    OK(assessor_add(f->db, f->t, &a2, &err));
    OK(assessor_add(f->db, f->t, &a7, &err));
    OK(assessor_add(f->db, f->t, &ah, &err));
    OK(assessor_add(f->db, f->t, &as, &err));
    OK(assessor_add(f->db, f->t, &ax, &err));
    OK(assessor_relation_add(f->db, f->t, "ASRX", nips[E1], "saudara kandung", &err));
}

/* ASRX on E1 with a justification, then two assessors for everyone */
static void fx_assign(struct fx *f)
{
    struct merit_error err;
    long made = -1;

    OK(wave_assign(f->db, f->t, f->w, nips[E1], "ASRX", "Satu-satunya asesor bersertifikat M.05",
                   &err));
    OK(wave_assign_auto(f->db, f->t, f->w, 2, &made, &err));
    cr_assert_eq(made, 15, "8 active participants x 2, less E1's justified one");
}

/* ---- evidence ------------------------------------------------------------ */

static int emp_index(const char *nip)
{
    for (int i = 0; i < NEMP; i++)
        if (strcmp(nips[i], nip) == 0)
            return i;
    cr_assert_fail("unknown NIP %s", nip);
    return -1;
}

/*
 * The level an assessor (ordinal ao among the participant's, by code) gives: everyone at the
 * standard of their position, except E1 M.05 at 2 (the worked example), E1 M.02 at 2, 3, 4, 4
 * (median 3.5 -> proposal 4) and E7 T.X.01 at 2.
 */
static int level_for(int who, int ao, const char *method, const char *target)
{
    int is_pot = strchr(target, '.') == NULL;
    int tech = strcmp(target, "T.X.01") == 0;

    if (is_pot)
        return 3;
    if (who == E7 || who == E8) {
        if (tech)
            return who == E7 ? 2 : 3;
        return 4;
    }
    if (who == E1 && strcmp(target, "M.05") == 0)
        return 2;
    if (who == E1 && strcmp(target, "M.02") == 0)
        return strcmp(method, "SIM") == 0 ? 2 + ao : 4;
    return 3;
}

/*
 * The variant policy (test policy_variants: half levels, mean, item cap, norm tables): E1 M.01
 * at 3, 3.5, 4, 4 (mean 3.625 -> 3.5), the psychometric test as raw scores (55 everywhere, E1
 * intelektual 70, which its own norm table maps to 3 where the "*" table would give 5).
 */
static int variant;

/* "level,raw" cells of one evidence row */
static void cells_for(int who, int ao, const char *method, const char *target, char *out,
                      size_t cap)
{
    int lv = level_for(who, ao, method, target) * 10;

    if (variant && strcmp(method, "PSI") == 0) {
        snprintf(out, cap, ",%s", who == E1 && strcmp(target, "intelektual") == 0 ? "70" : "55");
        return;
    }
    if (variant && who == E1 && strcmp(target, "M.01") == 0)
        lv = strcmp(method, "SIM") == 0 ? 30 + 5 * ao : 40;
    else if (variant && who == E1 && strcmp(target, "M.02") == 0)
        lv = 30;
    if (lv % 10)
        snprintf(out, cap, "%d.%d,", lv / 10, lv % 10);
    else
        snprintf(out, cap, "%d,", lv / 10);
}

/* writes the evidence sheet for every active participant; skip_nip/skip_target/skip_ao leave
 * one row out (NULL: none). Returns the path and the number of rows. */
static char *evidence_sheet(struct fx *f, const char *skip_nip, const char *skip_target,
                            int skip_ao, long *nrows)
{
    struct merit_error err;
    struct buf csv = BUF_INIT;
    struct db_stmt *st = db_prepare(
        f->db,
        "SELECT e.nip, a.code, m.method_code, m.target_code FROM participant pa"
        " JOIN employee e ON e.id = pa.employee_id JOIN assignment x ON x.participant_id = pa.id"
        " JOIN assessor a ON a.id = x.assessor_id JOIN wave_matrix m ON m.wave_id = pa.wave_id"
        " WHERE pa.wave_id = $1 AND pa.status NOT IN ('absent', 'withdrawn')"
        " ORDER BY e.nip, a.code, m.method_code, m.target_code",
        &err);
    char last_nip[19] = "", last_as[33] = "", cells[32];
    int ao = -1, step;
    char *path;

    cr_assert_not_null(st, "%s", err.msg);
    *nrows = 0;
    buf_puts(&csv, "NIP,Kode Asesor,Metode,Kompetensi,Level,Skor Mentah,Catatan\n");
    db_bind_int64(st, 1, f->w);
    while ((step = db_step(st, &err)) == DB_ROW) {
        const char *nip = db_col_text(st, 0), *as = db_col_text(st, 1);
        const char *method = db_col_text(st, 2), *target = db_col_text(st, 3);

        if (strcmp(nip, last_nip) != 0) {
            snprintf(last_nip, sizeof(last_nip), "%s", nip);
            last_as[0] = 0;
            ao = -1;
        }
        if (strcmp(as, last_as) != 0) {
            snprintf(last_as, sizeof(last_as), "%s", as);
            ao++;
        }
        if (skip_nip && strcmp(nip, skip_nip) == 0 && strcmp(target, skip_target) == 0 &&
            ao == skip_ao)
            continue;
        cells_for(emp_index(nip), ao, method, target, cells, sizeof(cells));
        buf_printf(&csv, "%s,%s,%s,%s,%s,\"catatan, %s\"\n", nip, as, method, target, cells,
                   method);
        (*nrows)++;
    }
    cr_assert_eq(step, DB_DONE, "%s", err.msg);
    db_finalize(st);
    path = tu_write_temp(".csv", csv.data, csv.len);
    buf_release(&csv);
    return path;
}

/* only rows for one NIP / target / assessor ordinal */
static char *evidence_rows_for(struct fx *f, const char *nip_only, const char *target_only,
                               int ao_only, long *nrows)
{
    struct merit_error err;
    struct buf csv = BUF_INIT;
    struct db_stmt *st = db_prepare(
        f->db,
        "SELECT a.code, m.method_code FROM participant pa JOIN employee e ON e.id ="
        " pa.employee_id JOIN assignment x ON x.participant_id = pa.id JOIN assessor a ON a.id ="
        " x.assessor_id JOIN wave_matrix m ON m.wave_id = pa.wave_id WHERE pa.wave_id = $1"
        " AND e.nip = $2 AND m.target_code = $3 ORDER BY a.code, m.method_code",
        &err);
    char last_as[33] = "", cells[32];
    int ao = -1, step;
    char *path;

    cr_assert_not_null(st, "%s", err.msg);
    *nrows = 0;
    buf_puts(&csv, "nip,asesor,metode,kompetensi,level,skor_mentah\n");
    db_bind_int64(st, 1, f->w);
    db_bind_text(st, 2, nip_only);
    db_bind_text(st, 3, target_only);
    while ((step = db_step(st, &err)) == DB_ROW) {
        if (strcmp(db_col_text(st, 0), last_as) != 0) {
            snprintf(last_as, sizeof(last_as), "%s", db_col_text(st, 0));
            ao++;
        }
        if (ao != ao_only)
            continue;
        cells_for(emp_index(nip_only), ao, db_col_text(st, 1), target_only, cells, sizeof(cells));
        buf_printf(&csv, "%s,%s,%s,%s,%s\n", nip_only, db_col_text(st, 0), db_col_text(st, 1),
                   target_only, cells);
        (*nrows)++;
    }
    cr_assert_eq(step, DB_DONE, "%s", err.msg);
    db_finalize(st);
    path = tu_write_temp(".csv", csv.data, csv.len);
    buf_release(&csv);
    return path;
}

struct errlist {
    struct buf text;
    int n;
};

static void on_ev_error(void *ctx, const struct merit_error *e)
{
    struct errlist *l = ctx;

    buf_printf(&l->text, "%ld:%s: %s\n", e->row, e->field, e->msg);
    l->n++;
}

/* complete evidence: E8's SK.01 from the second assessor comes in a second sheet */
static void fx_evidence(struct fx *f)
{
    struct merit_error err;
    struct errlist el = {BUF_INIT, 0};
    long rows = -1, assessed = -1, n = 0, n2 = 0;
    char *path = evidence_sheet(f, nips[E8], "SK.01", 1, &n);
    char *path2 = evidence_rows_for(f, nips[E8], "SK.01", 1, &n2);

    cr_assert_eq(n, 8 * 2 * 35 - 1);
    cr_assert_eq(n2, 1);
    OK(wave_evidence_import(f->db, f->t, f->w, path, on_ev_error, &el, &rows, &assessed, &err));
    cr_assert_eq(el.n, 0, "%s", el.text.data);
    cr_assert_eq(rows, n);
    cr_assert_eq(assessed, 7, "E8 still misses one assessor's SK.01");
    cr_assert_eq(qv(f->db,
                    "SELECT count(*) FROM participant pa JOIN employee e ON e.id = pa.employee_id"
                    " WHERE e.nip = $1 AND pa.status = 'present'",
                    nips[E8], NULL),
                 1);
    OK(wave_evidence_import(f->db, f->t, f->w, path2, on_ev_error, &el, &rows, &assessed, &err));
    cr_assert_eq(rows, 1);
    cr_assert_eq(assessed, 1);
    cr_assert_eq(count(f->db, "SELECT count(*) FROM participant WHERE status = 'assessed'"), 8);
    cr_assert_eq(count(f->db, "SELECT count(*) FROM evidence"), 8 * 2 * 35);
    remove(path);
    remove(path2);
    free(path);
    free(path2);
    buf_release(&el.text);
}

static const char *just = "Bukti simulasi lebih kuat dari wawancara";

/* proposals, E1 M.02 decided at 3 (against the proposal 4), the rest accepted */
static void fx_integrate(struct fx *f)
{
    struct merit_error err;
    long proposed = -1, integrated = -1;

    OK(wave_integrate(f->db, f->t, f->w, 0, &proposed, &integrated, &err));
    cr_assert_eq(proposed, 8 * 18, "8 participants x (9 + T.X.01 + 8 aspects)");
    cr_assert_eq(integrated, 0);
    OK(wave_decide(f->db, f->t, f->w, nips[E1], "M.02", 30, just, &err));
    OK(wave_integrate(f->db, f->t, f->w, 1, &proposed, &integrated, &err));
    cr_assert_eq(integrated, 8);
}

static void fx_finalise(struct fx *f)
{
    struct merit_error err;
    long fin = -1;

    OK(wave_finalise(f->db, f->t, f->w, "2025-03-20T10:00:00Z", &fin, &err));
    cr_assert_eq(fin, 8);
}

static void fx_all(struct fx *f, const char *engine)
{
    fx_agency(f, engine);
    fx_wave(f);
    fx_enrol(f);
    fx_assessors(f);
    fx_assign(f);
    fx_evidence(f);
    fx_integrate(f);
    fx_finalise(f);
}

static int64_t pid_of(struct fx *f, int who)
{
    return qv(f->db,
              "SELECT pa.id FROM participant pa JOIN employee e ON e.id = pa.employee_id"
              " WHERE e.nip = $1",
              nips[who], NULL);
}

/* ---- planning ------------------------------------------------------------ */

struct warns {
    int n;
    char target[8][24];
    int methods[8], required[8];
};

static void on_warn(void *ctx, const struct wave_matrix_warning *w)
{
    struct warns *ws = ctx;

    if (ws->n < 8) {
        snprintf(ws->target[ws->n], sizeof(ws->target[0]), "%s", w->target);
        ws->methods[ws->n] = w->methods;
        ws->required[ws->n] = w->required;
    }
    ws->n++;
}

TU_BOTH_ENGINES(wave, create_and_methods)
{
    struct fx f;
    struct merit_error err;
    struct wave_spec s;
    int64_t id = 0;
    int version = 0, nwarn = -1;
    struct warns ws = {0};
    const char *one[1] = {"M.01"};
    const char *bad[2] = {"M.01", "M.99"};
    json_t *body;
    struct scoring_policy sp;

    fx_agency(&f, engine);
    s = spec_w1();
    s.purpose = "rekrutmen";
    FAILS(wave_create(f.db, f.t, &s, &id, &err), MERIT_EINVAL);
    cr_assert_str_eq(err.field, "purpose");
    s = spec_w1();
    s.end_date = "2025-03-09";
    FAILS(wave_create(f.db, f.t, &s, &id, &err), MERIT_EINVAL);
    cr_assert_str_eq(err.field, "end_date");
    s = spec_w1();
    s.start_date = "2025-02-30";
    FAILS(wave_create(f.db, f.t, &s, &id, &err), MERIT_EINVAL);
    s = spec_w1();
    s.provider_kind = "lembaga";
    FAILS(wave_create(f.db, f.t, &s, &id, &err), MERIT_EINVAL);
    cr_assert_str_eq(err.field, "provider_name");
    s = spec_w1();
    s.start_date = "2018-06-01";
    s.end_date = "2018-06-02";
    FAILS(wave_create(f.db, f.t, &s, &id, &err), MERIT_ENOTFOUND); /* no policy in force */

    /* a draft policy cannot be used */
    scoring_default(&sp);
    body = policy_scoring_json(&sp);
    OK(policy_add_draft(f.db, f.t, "Draf", "2025-01-01", body, &version, &err));
    json_decref(body);
    s = spec_w1();
    s.policy_version = version;
    FAILS(wave_create(f.db, f.t, &s, &id, &err), MERIT_ECONFLICT);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM wave"), 0);

    fx_wave(&f);
    cr_assert_gt(f.w, 0);
    OK(wave_find(f.db, f.t, "W1", &id, &err));
    cr_assert_eq(id, f.w);
    FAILS(wave_find(f.db, f.t, "W9", &id, &err), MERIT_ENOTFOUND);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM wave w JOIN policy p ON p.id = w.policy_id"
                             " WHERE p.version = 1 AND w.status = 'open'"),
                 1, "the policy in force on the start date");
    s = spec_w1();
    FAILS(wave_create(f.db, f.t, &s, &id, &err), MERIT_ECONFLICT);
    cr_assert_str_eq(err.field, "code");

    cr_assert_eq(count(f.db, "SELECT count(*) FROM wave_method"), 3);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM wave_matrix"), 10 + 17 + 8);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM wave_matrix WHERE target_kind = 'potensi'"), 16);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM wave_matrix WHERE target_code = 'T.X.01'"
                             " AND target_kind = 'kompetensi'"),
                 2);

    /* only SK.01 is evidenced by a single method */
    OK(wave_matrix_check(f.db, f.t, f.w, on_warn, &ws, &nwarn, &err));
    cr_assert_eq(nwarn, 1);
    cr_assert_eq(ws.n, 1);
    cr_assert_str_eq(ws.target[0], "SK.01");
    cr_assert_eq(ws.methods[0], 1);
    cr_assert_eq(ws.required[0], 2);

    /* setting a method again replaces its targets */
    OK(wave_method_set(f.db, f.t, f.w, "PSI", "Psikotes", "psikometri", one, 1, &err));
    cr_assert_eq(count(f.db, "SELECT count(*) FROM wave_matrix WHERE method_code = 'PSI'"), 1);
    OK(wave_matrix_check(f.db, f.t, f.w, NULL, NULL, &nwarn, &err));
    cr_assert_eq(nwarn, 9, "SK.01 and the 8 aspects now have one method each");
    OK(wave_method_set(f.db, f.t, f.w, "PSI", "Psikotes", "psikometri", pot8, 8, &err));
    OK(wave_matrix_check(f.db, f.t, f.w, NULL, NULL, &nwarn, &err));
    cr_assert_eq(nwarn, 1);

    FAILS(wave_method_set(f.db, f.t, f.w, "X", "X", "simulasi", bad, 2, &err), MERIT_ENOTFOUND);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM wave_method WHERE code = 'X'"), 0,
                 "nothing written");
    FAILS(wave_method_set(f.db, f.t, f.w, "X", "X", "rapat", one, 1, &err), MERIT_EINVAL);
    FAILS(wave_method_set(f.db, f.t, f.w, "X", "X", "simulasi", one, 0, &err), MERIT_EINVAL);

    OK(wave_target_add(f.db, f.t, f.w, "PA", &err));
    OK(wave_target_add(f.db, f.t, f.w, "PA", &err));
    cr_assert_eq(count(f.db, "SELECT count(*) FROM wave_target"), 1);
    FAILS(wave_target_add(f.db, f.t, f.w, "PZ", &err), MERIT_ENOTFOUND);
    db_close(f.db);
}

TU_BOTH_ENGINES(wave, enrol_groups_attendance)
{
    struct fx f;
    struct merit_error err;
    struct wave_enrol_filter flt = {0};
    const char *list[2] = {nips[E1], nips[E9]};
    const char *unknown[1] = {"198503122010011999"};
    long enrolled = -1, skipped = -1, ngroups = -1, changed = -1;
    struct wave_spec s2 = spec_w1();
    int64_t w2 = 0;

    fx_agency(&f, engine);
    fx_wave(&f);
    flt.unit = "OPD01";
    flt.jenjang = "ahli_muda";
    OK(wave_enrol(f.db, f.t, f.w, &flt, &enrolled, &skipped, &err));
    cr_assert_eq(enrolled, 6);
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM participant pa JOIN employee e ON e.id = pa.employee_id"
                    " JOIN position p ON p.id = pa.target_position_id WHERE p.code = 'PA'"
                    " AND e.nip BETWEEN $1 AND $2 AND pa.status = 'registered'",
                    nips[E1], nips[E6], NULL),
                 6, "E1-E6, each for their current position");
    OK(wave_enrol(f.db, f.t, f.w, &flt, &enrolled, &skipped, &err));
    cr_assert_eq(enrolled, 0, "already enrolled employees are left as they are");

    memset(&flt, 0, sizeof(flt));
    flt.nips = unknown;
    flt.nnips = 1;
    FAILS(wave_enrol(f.db, f.t, f.w, &flt, &enrolled, &skipped, &err), MERIT_ENOTFOUND);
    flt.nips = list;
    flt.nnips = 2;
    flt.jenjang = "ahli_madya";
    FAILS(wave_enrol(f.db, f.t, f.w, &flt, &enrolled, &skipped, &err), MERIT_EINVAL);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM participant"), 6,
                 "a NIP that does not match the filter: nothing written");
    flt.jenjang = NULL;
    OK(wave_enrol(f.db, f.t, f.w, &flt, &enrolled, &skipped, &err));
    cr_assert_eq(enrolled, 1, "E1 is already in, E9 is new");
    memset(&flt, 0, sizeof(flt));
    list[0] = nips[E7];
    list[1] = nips[E8];
    flt.nips = list;
    flt.nnips = 2;
    flt.target_position = "PK";
    OK(wave_enrol(f.db, f.t, f.w, &flt, &enrolled, &skipped, &err));
    cr_assert_eq(enrolled, 2);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM participant pa JOIN position p ON p.id ="
                             " pa.target_position_id WHERE p.code = 'PK'"),
                 2, "a given target position");
    cr_assert_eq(count(f.db, "SELECT count(*) FROM participant"), 9);

    /* groups of 4 to 8, in unit and NIP order, spread over the days */
    FAILS(wave_group(f.db, f.t, f.w, 3, 1, &ngroups, &err), MERIT_EINVAL);
    FAILS(wave_group(f.db, f.t, f.w, 9, 1, &ngroups, &err), MERIT_EINVAL);
    FAILS(wave_group(f.db, f.t, f.w, 4, 0, &ngroups, &err), MERIT_EINVAL);
    for (int size = 4; size <= 8; size++) {
        OK(wave_group(f.db, f.t, f.w, size, 1, &ngroups, &err));
        cr_assert_eq(ngroups, 2, "9 participants in groups of about %d", size);
        cr_assert_eq(count(f.db, "SELECT count(*) FROM (SELECT group_no FROM participant"
                                 " GROUP BY group_no HAVING count(*) NOT BETWEEN 4 AND 8) x"),
                     0, "every group has 4-8 members (size %d)", size);
        cr_assert_eq(count(f.db, "SELECT count(*) FROM participant WHERE group_no IS NULL"), 0);
    }
    OK(wave_group(f.db, f.t, f.w, 4, 1, &ngroups, &err));
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM participant pa JOIN employee e ON e.id = pa.employee_id"
                    " WHERE e.nip = $1 AND pa.group_no = 1 AND pa.slot = '2025-03-10'",
                    nips[E1], NULL),
                 1);
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM participant pa JOIN employee e ON e.id = pa.employee_id"
                    " WHERE e.nip = $1 AND pa.group_no = 2 AND pa.slot = '2025-03-11'",
                    nips[E9], NULL),
                 1, "OPD02 sorts last; the second group sits on the second day");
    cr_assert_eq(count(f.db, "SELECT count(DISTINCT slot) FROM participant"), 2);
    OK(wave_group(f.db, f.t, f.w, 4, 2, &ngroups, &err));
    cr_assert_eq(count(f.db, "SELECT count(DISTINCT slot) FROM participant"), 1,
                 "two groups a day fit on the first day");

    /* a one-day wave cannot seat two groups at one a day */
    s2.code = "W2";
    s2.end_date = s2.start_date;
    OK(wave_create(f.db, f.t, &s2, &w2, &err));
    flt.target_position = NULL;
    {
        const char *eight[8] = {nips[E1], nips[E2], nips[E3], nips[E4],
                                nips[E5], nips[E6], nips[E7], nips[E8]};
        flt.nips = eight;
        flt.nnips = 8;
        OK(wave_enrol(f.db, f.t, w2, &flt, &enrolled, &skipped, &err));
        cr_assert_eq(enrolled, 8);
    }
    FAILS(wave_group(f.db, f.t, w2, 4, 1, &ngroups, &err), MERIT_ECONFLICT);
    OK(wave_group(f.db, f.t, w2, 4, 2, &ngroups, &err));
    cr_assert_eq(ngroups, 2);
    {
        long fin = -1;
        FAILS(wave_finalise(f.db, f.t, w2, "2025-03-20T10:00:00Z", &fin, &err), MERIT_ECONFLICT);
    }

    /* the other filters: tenure as of a date, golongan range, a limit in NIP order */
    {
        struct wave_spec s3 = spec_w1();
        int64_t w3 = 0;

        s3.code = "W3";
        OK(wave_create(f.db, f.t, &s3, &w3, &err));
        memset(&flt, 0, sizeof(flt));
        flt.unit = "OPD01";
        flt.tenure_min_years = 6;
        flt.today = "2025-03-01";
        OK(wave_enrol(f.db, f.t, w3, &flt, &enrolled, &skipped, &err));
        cr_assert_eq(enrolled, 0, "in the position since 2020-01-02: 5 years, not 6");
        flt.tenure_min_years = 5;
        flt.limit = 3;
        OK(wave_enrol(f.db, f.t, w3, &flt, &enrolled, &skipped, &err));
        cr_assert_eq(enrolled, 3);
        cr_assert_eq(qv(f.db,
                        "SELECT count(*) FROM participant pa JOIN employee e ON e.id ="
                        " pa.employee_id JOIN wave w ON w.id = pa.wave_id WHERE w.code = 'W3'"
                        " AND e.nip IN ($1, $2, $3)",
                        nips[E1], nips[E2], nips[E3], NULL),
                     3, "the first NIPs");
        flt.limit = 0;
        OK(wave_enrol(f.db, f.t, w3, &flt, &enrolled, &skipped, &err));
        cr_assert_eq(enrolled, 7, "the rest of OPD01 and its bidang (E4-E8, HEAD, SAME)");
        memset(&flt, 0, sizeof(flt));
        flt.golongan_min = "IV/a";
        OK(wave_enrol(f.db, f.t, w3, &flt, &enrolled, &skipped, &err));
        cr_assert_eq(enrolled, 0, "everyone is III/c");
        flt.golongan_min = "III/a";
        flt.golongan_max = "III/c";
        flt.unit = "OPD02";
        OK(wave_enrol(f.db, f.t, w3, &flt, &enrolled, &skipped, &err));
        cr_assert_eq(enrolled, 1, "E9");
        cr_assert_eq(count(f.db, "SELECT count(*) FROM participant pa JOIN wave w ON w.id ="
                                 " pa.wave_id WHERE w.code = 'W3'"),
                     11);
    }

    /* attendance */
    OK(wave_status_set(f.db, f.t, f.w, NULL, "present", NULL, &changed, &err));
    cr_assert_eq(changed, 9);
    FAILS(wave_status_set(f.db, f.t, f.w, nips[E9], "absent", NULL, &changed, &err), MERIT_EINVAL);
    cr_assert_str_eq(err.field, "reason");
    FAILS(wave_status_set(f.db, f.t, f.w, nips[E9], "absent", "", &changed, &err), MERIT_EINVAL);
    FAILS(wave_status_set(f.db, f.t, f.w, NULL, "absent", "Sakit semua", &changed, &err),
          MERIT_EINVAL);
    FAILS(wave_status_set(f.db, f.t, f.w, nips[E9], "final", "x", &changed, &err), MERIT_EINVAL);
    FAILS(wave_status_set(f.db, f.t, f.w, nips[A1], "present", NULL, &changed, &err),
          MERIT_ENOTFOUND);
    OK(wave_status_set(f.db, f.t, f.w, nips[E9], "absent", "Sakit, surat dokter terlampir",
                       &changed, &err));
    cr_assert_eq(changed, 1);
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM participant pa JOIN employee e ON e.id = pa.employee_id"
                    " WHERE e.nip = $1 AND pa.status = 'absent'"
                    " AND pa.status_reason = 'Sakit, surat dokter terlampir'",
                    nips[E9], NULL),
                 1);
    OK(wave_status_set(f.db, f.t, f.w, nips[E8], "withdrawn", "Mengundurkan diri", &changed, &err));
    FAILS(wave_status_set(f.db, f.t, f.w, nips[E8], "present", NULL, &changed, &err),
          MERIT_ECONFLICT);
    db_close(f.db);
}

/* ---- assessors and conflicts of interest --------------------------------- */

TU_BOTH_ENGINES(wave, assessors_and_conflicts)
{
    struct fx f;
    struct merit_error err;
    struct assessor_spec bad = {"ASRZ", "Tanpa NIP", "internal", NULL, NULL, NULL, NULL};
    long made = -1;

    fx_agency(&f, engine);
    fx_wave(&f);
    fx_enrol(&f);
    fx_assessors(&f);
    FAILS(assessor_add(f.db, f.t, &bad, &err), MERIT_EINVAL);
    cr_assert_str_eq(err.field, "nip");
    bad.kind = "tamu";
    FAILS(assessor_add(f.db, f.t, &bad, &err), MERIT_EINVAL);
    bad.kind = "internal";
    bad.nip = "198503122010011999";
    FAILS(assessor_add(f.db, f.t, &bad, &err), MERIT_ENOTFOUND);
    bad.nip = nips[A1];
    bad.accredited_until = "2027-02-30";
    FAILS(assessor_add(f.db, f.t, &bad, &err), MERIT_EINVAL);
    cr_assert_str_eq(err.field, "accredited_until");
    bad.accredited_until = "2027-2-3";
    FAILS(assessor_add(f.db, f.t, &bad, &err), MERIT_EINVAL);
    cr_assert_str_eq(err.field, "accredited_until");
    FAILS(assessor_relation_add(f.db, f.t, "ASRQ", nips[E1], "ipar", &err), MERIT_ENOTFOUND);
    FAILS(assessor_relation_add(f.db, f.t, "ASRX", nips[E1], "", &err), MERIT_EINVAL);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM assessor"), 6);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM assessor WHERE kind = 'external'"
                             " AND employee_id IS NULL AND organisation = 'Lembaga Asesmen X'"),
                 1);

    /* every kind of conflict is refused without a justification */
    FAILS(wave_assign(f.db, f.t, f.w, nips[E1], "ASRS", NULL, &err), MERIT_ECONFLICT);
    cr_assert(strstr(err.msg, "same_unit"), "%s", err.msg);
    FAILS(wave_assign(f.db, f.t, f.w, nips[E1], "ASRH", NULL, &err), MERIT_ECONFLICT);
    cr_assert(strstr(err.msg, "reporting_line"), "%s", err.msg);
    FAILS(wave_assign(f.db, f.t, f.w, nips[E7], "ASRH", NULL, &err), MERIT_ECONFLICT);
    cr_assert(strstr(err.msg, "reporting_line"), "%s", err.msg);
    FAILS(wave_assign(f.db, f.t, f.w, nips[E1], "ASRX", NULL, &err), MERIT_ECONFLICT);
    cr_assert(strstr(err.msg, "relation:saudara kandung"), "%s", err.msg);
    FAILS(wave_assign(f.db, f.t, f.w, nips[E7], "ASR7", NULL, &err), MERIT_ECONFLICT);
    cr_assert(strstr(err.msg, "self"), "%s", err.msg);
    FAILS(wave_assign(f.db, f.t, f.w, nips[E8], "ASR7", NULL, &err), MERIT_ECONFLICT);
    cr_assert(strstr(err.msg, "same_unit"), "%s", err.msg);
    FAILS(wave_assign(f.db, f.t, f.w, nips[E1], "ASRX", "singkat", &err), MERIT_ECONFLICT);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM assignment"), 0);
    /* no conflict: a sibling unit, an external assessor without a relation */
    OK(wave_assign(f.db, f.t, f.w, nips[E7], "ASRS", NULL, &err));
    OK(wave_assign(f.db, f.t, f.w, nips[E2], "ASRX", NULL, &err));
    OK(wave_assign(f.db, f.t, f.w, nips[E2], "ASR7", NULL, &err));
    cr_assert_eq(count(f.db, "SELECT count(*) FROM assignment WHERE conflict IS NULL"
                             " AND justification IS NULL"),
                 3);
    /* the absent, unknown assessors and non-participants */
    FAILS(wave_assign(f.db, f.t, f.w, nips[E9], "ASR1", NULL, &err), MERIT_ECONFLICT);
    FAILS(wave_assign(f.db, f.t, f.w, nips[E1], "ASRQ", NULL, &err), MERIT_ENOTFOUND);
    FAILS(wave_assign(f.db, f.t, f.w, nips[A1], "ASR2", NULL, &err), MERIT_ENOTFOUND);

    /* with a justification the conflict is accepted and recorded */
    OK(wave_assign(f.db, f.t, f.w, nips[E1], "ASRX", "Satu-satunya asesor bersertifikat M.05",
                   &err));
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM assignment x JOIN assessor a ON a.id = x.assessor_id"
                    " WHERE x.participant_id = (SELECT pa.id FROM participant pa JOIN employee e"
                    " ON e.id = pa.employee_id WHERE e.nip = $1) AND a.code = 'ASRX'"
                    " AND x.conflict = 'relation:saudara kandung'"
                    " AND x.justification = 'Satu-satunya asesor bersertifikat M.05'",
                    nips[E1], NULL),
                 1);
    OK(wave_assign(f.db, f.t, f.w, nips[E3], "ASRH", "Atasan tidak langsung, disetujui Sekda",
                   &err));
    cr_assert_eq(count(f.db, "SELECT count(*) FROM assignment WHERE conflict = 'reporting_line'"),
                 1);

    /* automatic assignment: too few conflict-free assessors for 7 each -> nothing written */
    FAILS(wave_assign_auto(f.db, f.t, f.w, 1, &made, &err), MERIT_EINVAL);
    FAILS(wave_assign_auto(f.db, f.t, f.w, 7, &made, &err), MERIT_ECONFLICT);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM assignment"), 5);
    OK(wave_assign_auto(f.db, f.t, f.w, 2, &made, &err));
    cr_assert_eq(made, 16 - 5);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM participant pa WHERE pa.status = 'present'"
                             " AND (SELECT count(*) FROM assignment x WHERE x.participant_id ="
                             " pa.id) <> 2"),
                 0, "two assessors each");
    cr_assert_eq(count(f.db, "SELECT count(*) FROM assignment x JOIN participant pa ON pa.id ="
                             " x.participant_id WHERE pa.status = 'absent'"),
                 0);
    /* what auto-assignment made is conflict-free */
    cr_assert_eq(count(f.db, "SELECT count(*) FROM assignment x JOIN participant pa ON pa.id ="
                             " x.participant_id JOIN employee pe ON pe.id = pa.employee_id"
                             " JOIN assessor a ON a.id = x.assessor_id JOIN employee ae ON ae.id ="
                             " a.employee_id WHERE x.conflict IS NULL AND (ae.id = pe.id"
                             " OR ae.unit_id = pe.unit_id)"),
                 0, "no self or same-unit assignment");
    cr_assert_eq(count(f.db, "SELECT count(*) FROM assignment x JOIN assessor a ON a.id ="
                             " x.assessor_id WHERE a.code = 'ASRH' AND x.conflict IS NULL"),
                 0, "the head of OPD01 has a reporting line to every active participant");
    cr_assert_eq(count(f.db, "SELECT count(*) FROM assignment x JOIN assessor a ON a.id ="
                             " x.assessor_id WHERE a.code = 'ASRX' AND x.conflict IS NOT NULL"),
                 1);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM assignment WHERE conflict IS NOT NULL"), 2);
    OK(wave_assign_auto(f.db, f.t, f.w, 2, &made, &err));
    cr_assert_eq(made, 0, "idempotent");
    db_close(f.db);
}

/* ---- evidence -------------------------------------------------------------- */

TU_BOTH_ENGINES(wave, evidence_import)
{
    struct fx f;
    struct merit_error err;
    struct errlist el = {BUF_INIT, 0};
    long rows = -1, assessed = -1, trows = -1;
    char *tpl, *path;
    struct buf csv = BUF_INIT;
    char a1[33] = "", other[33] = "";
    int64_t e1 = 0;

    fx_agency(&f, engine);
    fx_wave(&f);
    fx_enrol(&f);
    fx_assessors(&f);
    fx_assign(&f);

    /* the template: one row per participant x assessor x method x target */
    {
        FILE *in;
        char line[512];

        tpl = tu_write_temp(".csv", "", 0);
        OK(wave_evidence_template(f.db, f.t, f.w, tpl, &trows, &err));
        cr_assert_eq(trows, 8 * 2 * 35);
        in = fopen(tpl, "r");
        cr_assert_not_null(in);
        cr_assert_not_null(fgets(line, sizeof(line), in));
        /* a UTF-8 BOM first, for Excel */
        cr_assert(strncmp(line, "\xef\xbb\xbfnip,nama,asesor,metode,kompetensi,level,skor_mentah",
                          54) == 0,
                  "%s", line);
        fclose(in);
        remove(tpl);
        free(tpl);
    }

    /* a sheet with a valid row and every kind of bad row: all reported, nothing written */
    e1 = pid_of(&f, E1);
    {
        char pid[24];
        struct db_stmt *st;
        snprintf(pid, sizeof(pid), "%lld", (long long)e1);
        st = db_prepare(f.db,
                        "SELECT a.code FROM assignment x JOIN assessor a ON a.id = x.assessor_id"
                        " WHERE x.participant_id = $1 AND a.code <> 'ASRX'",
                        &err);
        cr_assert_not_null(st);
        db_bind_int64(st, 1, e1);
        cr_assert_eq(db_step(st, &err), DB_ROW, "%s", err.msg);
        snprintf(a1, sizeof(a1), "%s", db_col_text(st, 0));
        db_finalize(st);
        /* an assessor on the roster who is not E1's */
        snprintf(other, sizeof(other), "%s", strcmp(a1, "ASR2") == 0 ? "ASR1" : "ASR2");
        cr_assert_eq(qv(f.db,
                        "SELECT count(*) FROM assignment x JOIN assessor a ON a.id ="
                        " x.assessor_id WHERE x.participant_id = CAST($1 AS BIGINT)"
                        " AND a.code = $2",
                        pid, other, NULL),
                     0);
    }
    buf_puts(&csv, "nip,asesor,metode,kompetensi,level,skor_mentah,catatan\n");
    buf_printf(&csv, "%s,%s,SIM,M.01,3,,ok\n", nips[E1], a1);          /* 2: valid */
    buf_printf(&csv, "%s,%s,SIM,M.01,3,,\n", nips[A1], a1);            /* 3: not enrolled */
    buf_printf(&csv, "%s,ASRQ,SIM,M.01,3,,\n", nips[E1]);              /* 4: unknown */
    buf_printf(&csv, "%s,%s,SIM,M.01,3,,\n", nips[E1], other);         /* 5: not assigned */
    buf_printf(&csv, "%s,%s,FGD,M.01,3,,\n", nips[E1], a1);            /* 6: no such method */
    buf_printf(&csv, "%s,%s,PSI,M.01,3,,\n", nips[E1], a1);            /* 7: not in matrix */
    buf_printf(&csv, "%s,%s,SIM,M.02,3.5,,\n", nips[E1], a1);          /* 8: half level */
    buf_printf(&csv, "%s,%s,SIM,M.03,6,,\n", nips[E1], a1);            /* 9: off the scale */
    buf_printf(&csv, "%s,%s,SIM,M.04,,55,\n", nips[E1], a1);           /* 10: raw, simulasi */
    buf_printf(&csv, "%s,%s,PSI,intelektual,,55,\n", nips[E1], a1);    /* 11: no norm table */
    buf_printf(&csv, "%s,%s,SIM,M.06,3,55,\n", nips[E1], a1);          /* 12: both */
    buf_printf(&csv, ",%s,SIM,M.07,3,,\n", a1);                        /* 13: no NIP */
    buf_printf(&csv, "%s,ASR1,SIM,M.01,3,,\n", nips[E9]);              /* 14: absent */
    buf_printf(&csv, "%s,%s,SIM,M.08,,,\n", nips[E1], a1);             /* 15: no level */
    buf_printf(&csv, "%s,%s,WAW,interpersonal,4,,ok\n", nips[E1], a1); /* 16: valid */
    path = tu_write_temp(".csv", csv.data, csv.len);
    FAILS(wave_evidence_import(f.db, f.t, f.w, path, on_ev_error, &el, &rows, &assessed, &err),
          MERIT_EINVAL);
    cr_assert(strstr(err.msg, "13 errors"), "%s", err.msg);
    cr_assert_eq(el.n, 13, "%s", el.text.data);
    cr_assert_eq(rows, 0);
    {
        static const char *const want[] = {
            "3:nip:",   "4:asesor:", "5:asesor:",       "6:metode:",       "7:kompetensi:",
            "8:level:", "9:level:",  "10:skor_mentah:", "11:skor_mentah:", "12:level:",
            "13:nip:",  "14:nip:",   "15:level:"};
        for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
            cr_assert(strstr(el.text.data, want[i]), "missing %s in\n%s", want[i], el.text.data);
        cr_assert(strncmp(el.text.data, "2:", 2) != 0 && !strstr(el.text.data, "\n2:"), "%s",
                  el.text.data);
        cr_assert_null(strstr(el.text.data, "16:"), "%s", el.text.data);
    }
    cr_assert_eq(count(f.db, "SELECT count(*) FROM evidence"), 0, "nothing written");
    remove(path);
    free(path);

    /* a missing column is reported on row 1 */
    buf_reset(&csv);
    el.n = 0;
    buf_reset(&el.text);
    buf_printf(&csv, "nip,asesor,kompetensi,level\n%s,%s,M.01,3\n", nips[E1], a1);
    path = tu_write_temp(".csv", csv.data, csv.len);
    FAILS(wave_evidence_import(f.db, f.t, f.w, path, on_ev_error, &el, &rows, &assessed, &err),
          MERIT_EINVAL);
    cr_assert_eq(el.n, 1, "%s", el.text.data);
    cr_assert(strstr(el.text.data, "1:metode:"), "%s", el.text.data);
    remove(path);
    free(path);

    /* a valid sheet: evidence stored, complete participants become assessed */
    fx_evidence(&f);
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM evidence ev JOIN participant pa ON pa.id ="
                    " ev.participant_id JOIN employee e ON e.id = pa.employee_id WHERE e.nip = $1"
                    " AND ev.target_code = 'M.05' AND ev.level = 20",
                    nips[E1], NULL),
                 4, "2 assessors x (SIM, WAW)");
    cr_assert_eq(count(f.db, "SELECT count(*) FROM evidence WHERE note = 'catatan, SIM'"),
                 8 * 2 * 10 - 1, "the second sheet's row has no note");
    /* upsert: a second import of a row changes it (here from memory, as an upload) */
    buf_reset(&csv);
    buf_printf(&csv, "nip,asesor,metode,kompetensi,level\n%s,%s,SIM,M.01,4\n", nips[E1], a1);
    path = tu_write_temp(".csv", csv.data, csv.len);
    OK(wave_evidence_import_mem(f.db, f.t, f.w, csv.data, csv.len, "unggahan.csv", on_ev_error, &el,
                                &rows, &assessed, &err));
    cr_assert_eq(rows, 1);
    cr_assert_eq(assessed, 0);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM evidence"), 8 * 2 * 35);
    cr_assert_eq(qv(f.db,
                    "SELECT level FROM evidence ev JOIN participant pa ON pa.id ="
                    " ev.participant_id JOIN employee e ON e.id = pa.employee_id JOIN assessor a"
                    " ON a.id = ev.assessor_id WHERE e.nip = $1 AND a.code = $2"
                    " AND ev.method_code = 'SIM' AND ev.target_code = 'M.01'",
                    nips[E1], a1, NULL),
                 40);
    remove(path);
    free(path);
    buf_release(&csv);
    buf_release(&el.text);
    db_close(f.db);
}

/* ---- integration ----------------------------------------------------------- */

static int64_t integ(struct fx *f, int who, const char *target, const char *col)
{
    char sql[256];

    snprintf(sql, sizeof(sql),
             "SELECT COALESCE(%s, -1) FROM integration i JOIN participant pa ON pa.id ="
             " i.participant_id JOIN employee e ON e.id = pa.employee_id"
             " WHERE e.nip = $1 AND i.target_code = $2",
             col);
    return qv(f->db, sql, nips[who], target, NULL);
}

TU_BOTH_ENGINES(wave, integration_and_second_opinion)
{
    struct fx f;
    struct merit_error err;
    long proposed = -1, integrated = -1, fin = -1;

    fx_agency(&f, engine);
    fx_wave(&f);
    fx_enrol(&f);
    fx_assessors(&f);
    fx_assign(&f);
    fx_evidence(&f);

    OK(wave_integrate(f.db, f.t, f.w, 0, &proposed, &integrated, &err));
    cr_assert_eq(proposed, 8 * 18);
    cr_assert_eq(integrated, 0);
    /* the median of the evidence */
    cr_assert_eq(integ(&f, E1, "M.05", "proposed"), 20);
    cr_assert_eq(integ(&f, E1, "M.05", "n_levels"), 4);
    cr_assert_eq(integ(&f, E1, "M.02", "proposed"), 40, "2, 3, 4, 4: median 3.5, half up");
    cr_assert_eq(integ(&f, E1, "SK.01", "n_levels"), 2, "one method, two assessors");
    cr_assert_eq(integ(&f, E1, "intelektual", "n_levels"), 4);
    cr_assert_eq(integ(&f, E7, "T.X.01", "proposed"), 20);
    cr_assert_eq(integ(&f, E7, "M.01", "proposed"), 40);
    cr_assert_eq(integ(&f, E1, "M.02", "decided"), -1, "nothing decided yet");
    cr_assert_eq(count(f.db, "SELECT count(*) FROM integration WHERE target_kind = 'potensi'"),
                 8 * 8);
    FAILS(wave_finalise(f.db, f.t, f.w, "2025-03-20T10:00:00Z", &fin, &err), MERIT_ECONFLICT);

    /* the meeting departs from a proposal only with a justification */
    FAILS(wave_decide(f.db, f.t, f.w, nips[E1], "M.02", 30, NULL, &err), MERIT_EINVAL);
    cr_assert_str_eq(err.field, "justification");
    FAILS(wave_decide(f.db, f.t, f.w, nips[E1], "M.02", 30, "kurang", &err), MERIT_EINVAL);
    FAILS(wave_decide(f.db, f.t, f.w, nips[E1], "M.02", 35, just, &err), MERIT_EINVAL);
    cr_assert_str_eq(err.field, "level");
    FAILS(wave_decide(f.db, f.t, f.w, nips[E1], "M.99", 30, just, &err), MERIT_ENOTFOUND);
    FAILS(wave_decide(f.db, f.t, f.w, nips[E9], "M.01", 30, NULL, &err), MERIT_ECONFLICT);
    cr_assert_eq(integ(&f, E1, "M.02", "decided"), -1);
    OK(wave_decide(f.db, f.t, f.w, nips[E1], "M.02", 30, just, &err));
    cr_assert_eq(integ(&f, E1, "M.02", "decided"), 30);
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM integration i JOIN participant pa ON pa.id ="
                    " i.participant_id JOIN employee e ON e.id = pa.employee_id WHERE e.nip = $1"
                    " AND i.target_code = 'M.02' AND i.justification = $2",
                    nips[E1], just, NULL),
                 1);
    /* agreeing with the proposal needs no justification */
    OK(wave_decide(f.db, f.t, f.w, nips[E1], "M.05", 20, NULL, &err));
    /* a re-run of integrate keeps decisions */
    OK(wave_integrate(f.db, f.t, f.w, 0, &proposed, &integrated, &err));
    cr_assert_eq(integ(&f, E1, "M.02", "decided"), 30);

    OK(wave_integrate(f.db, f.t, f.w, 1, &proposed, &integrated, &err));
    cr_assert_eq(integrated, 8);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM integration WHERE decided IS NULL"), 0);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM participant WHERE status = 'integrated'"), 8);

    /* a second opinion reopens E3 and blocks finalisation until a decision resolves it */
    FAILS(wave_second_opinion(f.db, f.t, f.w, nips[E3], "M.01", "pendek", &err), MERIT_EINVAL);
    OK(wave_second_opinion(f.db, f.t, f.w, nips[E3], "M.01",
                           "Asesor kedua meragukan bukti simulasi", &err));
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM participant pa JOIN employee e ON e.id = pa.employee_id"
                    " WHERE e.nip = $1 AND pa.status = 'assessed'",
                    nips[E3], NULL),
                 1);
    cr_assert_eq(integ(&f, E3, "M.01", "decided"), -1);
    OK(wave_integrate(f.db, f.t, f.w, 1, &proposed, &integrated, &err));
    cr_assert_eq(integrated, 0, "accept does not close a second opinion");
    FAILS(wave_finalise(f.db, f.t, f.w, "2025-03-20T10:00:00Z", &fin, &err), MERIT_ECONFLICT);
    cr_assert(strstr(err.msg, "1 participants"), "%s", err.msg);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM result"), 0);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM wave WHERE status = 'open'"), 1);
    OK(wave_decide(f.db, f.t, f.w, nips[E3], "M.01", 30, NULL, &err));
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM integration i JOIN participant pa ON pa.id ="
                    " i.participant_id JOIN employee e ON e.id = pa.employee_id WHERE e.nip = $1"
                    " AND i.target_code = 'M.01' AND i.second_opinion IS NULL"
                    " AND i.second_opinion_note LIKE 'Asesor kedua meragukan bukti simulasi%'",
                    nips[E3], NULL),
                 1, "the request is kept as the note");
    cr_assert_eq(count(f.db, "SELECT count(*) FROM participant WHERE status = 'integrated'"), 8);
    OK(wave_finalise(f.db, f.t, f.w, "2025-03-20T10:00:00Z", &fin, &err));
    cr_assert_eq(fin, 8);
    db_close(f.db);
}

/* ---- finalisation and results ------------------------------------------------ */

static json_t *item_of(json_t *items, const char *code)
{
    size_t i;
    json_t *it;

    json_array_foreach(items, i, it)
    {
        if (strcmp(json_string_value(json_object_get(it, "code")), code) == 0)
            return it;
    }
    cr_assert_fail("no item %s", code);
    return NULL;
}

static double num(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);

    cr_assert(json_is_number(v), "%s is not a number", k);
    return json_number_value(v);
}

static const char *str(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);

    cr_assert(json_is_string(v), "%s is not a string", k);
    return json_string_value(v);
}

TU_BOTH_ENGINES(wave, finalise_and_read)
{
    struct fx f;
    struct merit_error err;
    json_t *o = NULL, *arr = NULL, *d, *it;
    char rid[24];

    fx_all(&f, engine);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM wave WHERE status = 'final'"
                             " AND finalised_at = '2025-03-20T10:00:00Z'"),
                 1);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM participant WHERE status = 'final'"), 8);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM participant WHERE status = 'absent'"), 1);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM result"), 8);

    /* E1 by hand: 9 SKJ items at standard 3; LKI 3 everywhere but M.05 = 2 -> 26/27 */
    snprintf(rid, sizeof(rid), "%lld",
             (long long)qv(f.db,
                           "SELECT r.id FROM result r JOIN employee e ON e.id ="
                           " r.employee_id WHERE e.nip = $1",
                           nips[E1], NULL));
    cr_assert_eq(qv(f.db, "SELECT sum_lki FROM result WHERE id = CAST($1 AS BIGINT)", rid, NULL),
                 260);
    cr_assert_eq(qv(f.db, "SELECT sum_lkj FROM result WHERE id = CAST($1 AS BIGINT)", rid, NULL),
                 270);
    cr_assert_eq(qv(f.db, "SELECT jpm_bp FROM result WHERE id = CAST($1 AS BIGINT)", rid, NULL),
                 9630);
    cr_assert_eq(qv(f.db, "SELECT score_bp FROM result WHERE id = CAST($1 AS BIGINT)", rid, NULL),
                 9630);
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM result WHERE id = CAST($1 AS BIGINT)"
                    " AND category = 'optimal' AND potential_bp = 10000"
                    " AND potential_category = 'tinggi' AND revision = 1"
                    " AND valid_until = '2028-03-20'",
                    rid, NULL),
                 1);
    cr_assert_eq(qv(f.db, "SELECT count(*) FROM result_item WHERE result_id = CAST($1 AS BIGINT)",
                    rid, NULL),
                 9 + 8, "T.X.01 is not in PA's SKJ");
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM result_item WHERE result_id = CAST($1 AS BIGINT)"
                    " AND target_code = 'M.05' AND target_kind = 'manajerial' AND lkj = 30"
                    " AND lki = 20",
                    rid, NULL),
                 1);
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM result_item WHERE result_id = CAST($1 AS BIGINT)"
                    " AND target_code = 'SK.01' AND target_kind = 'sosial_kultural'",
                    rid, NULL),
                 1);
    /* E7: Ahli Madya, weighted 40/60: technical 2/3 = 66.67 %, managerial 100 % -> 86.67 % */
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM result r JOIN employee e ON e.id = r.employee_id"
                    " WHERE e.nip = $1 AND r.sum_lki = 380 AND r.sum_lkj = 390"
                    " AND r.jpm_bp = 9744 AND r.score_bp = 8667 AND r.category = 'cukup_optimal'",
                    nips[E7], NULL),
                 1);

    /* result_show */
    FAILS(result_show(f.db, f.t, nips[E9], NULL, "2025-04-01", &o, &err), MERIT_ENOTFOUND);
    cr_assert_null(o);
    FAILS(result_show(f.db, f.t, nips[E1], "W9", "2025-04-01", &o, &err), MERIT_ENOTFOUND);
    OK(result_show(f.db, f.t, nips[E1], "W1", "2025-04-01", &o, &err));
    cr_assert_str_eq(str(o, "nip"), nips[E1]);
    cr_assert_str_eq(str(o, "name"), "Pegawai 01");
    cr_assert_str_eq(str(o, "unit"), "Bidang Satu");
    cr_assert_str_eq(str(o, "wave"), "W1");
    cr_assert_str_eq(str(o, "purpose"), "pemetaan");
    cr_assert_str_eq(str(o, "position"), "PA");
    cr_assert_str_eq(str(o, "jenjang"), "ahli_muda");
    cr_assert_eq(num(o, "policy_version"), 1);
    cr_assert_eq(num(o, "revision"), 1);
    cr_assert_eq(num(o, "sum_lki"), 26);
    cr_assert_eq(num(o, "sum_lkj"), 27);
    cr_assert_eq(num(o, "jpm"), 96.3);
    cr_assert_eq(num(o, "jpm_capped"), 96.3);
    cr_assert_eq(num(o, "score"), 96.3);
    cr_assert_str_eq(str(o, "category"), "optimal");
    cr_assert_eq(num(o, "potential"), 100);
    cr_assert_str_eq(str(o, "potential_category"), "tinggi");
    cr_assert_str_eq(str(o, "valid_until"), "2028-03-20");
    cr_assert(json_is_false(json_object_get(o, "expired")));
    cr_assert_eq(json_array_size(json_object_get(o, "items")), 9);
    cr_assert_eq(json_array_size(json_object_get(o, "potential_aspects")), 8);
    it = item_of(json_object_get(o, "items"), "M.05");
    cr_assert_eq(num(it, "lkj"), 3);
    cr_assert_eq(num(it, "lki"), 2);
    cr_assert_eq(num(it, "gap"), -1);
    cr_assert_str_eq(str(it, "kind"), "manajerial");
    it = item_of(json_object_get(o, "potential_aspects"), "intelektual");
    cr_assert_eq(num(it, "level"), 3);
    cr_assert_eq(num(it, "standard"), 3);
    cr_assert_str_eq(str(it, "name"), "Kemampuan Intelektual");
    d = json_object_get(o, "detail");
    cr_assert(json_is_object(d));
    cr_assert_str_eq(str(d, "scale"), "pemetaan");
    cr_assert_eq(json_array_size(json_object_get(d, "strengths")), 3);
    cr_assert_eq(json_array_size(json_object_get(d, "development")), 1);
    it = json_array_get(json_object_get(d, "development"), 0);
    cr_assert_str_eq(str(it, "code"), "M.05");
    cr_assert_eq(num(it, "gap"), -1);
    cr_assert_str_eq(str(json_object_get(it, "plan"), "kind"), "mentoring");
    cr_assert_null(json_object_get(d, "weights"));
    cr_assert_eq(json_array_size(json_object_get(o, "corrections")), 0);
    json_decref(o);

    OK(result_show(f.db, f.t, nips[E1], NULL, "2028-03-21", &o, &err));
    cr_assert(json_is_true(json_object_get(o, "expired")), "valid for 36 months");
    json_decref(o);

    OK(result_show(f.db, f.t, nips[E7], NULL, "2025-04-01", &o, &err));
    cr_assert_eq(num(o, "score"), 86.67);
    cr_assert_eq(num(o, "jpm"), 97.44);
    cr_assert_str_eq(str(o, "category"), "cukup_optimal");
    cr_assert_eq(json_array_size(json_object_get(o, "items")), 10);
    d = json_object_get(json_object_get(o, "detail"), "weights");
    cr_assert(json_is_object(d), "the weights used are reported");
    cr_assert_eq(num(d, "teknis_pct"), 40);
    cr_assert_eq(num(d, "teknis"), 66.67);
    cr_assert_eq(num(d, "manajerial"), 100);
    it = item_of(json_object_get(o, "items"), "T.X.01");
    cr_assert_str_eq(str(it, "kind"), "teknis");
    cr_assert_eq(num(it, "gap"), -1);
    json_decref(o);

    /* result_list: ranked by score, latest revisions only, no detail */
    OK(result_list(f.db, f.t, f.w, "2025-04-01", &arr, &err));
    cr_assert_eq(json_array_size(arr), 8);
    it = json_array_get(arr, 0);
    cr_assert_eq(num(it, "rank"), 1);
    cr_assert_eq(num(it, "score"), 100);
    cr_assert_str_eq(str(it, "nip"), nips[E2], "ties by NIP");
    it = json_array_get(arr, 6);
    cr_assert_str_eq(str(it, "nip"), nips[E1]);
    cr_assert_eq(num(it, "rank"), 7);
    it = json_array_get(arr, 7);
    cr_assert_str_eq(str(it, "nip"), nips[E7]);
    cr_assert_str_eq(str(it, "category"), "cukup_optimal");
    cr_assert_null(json_object_get(it, "detail"));
    json_decref(arr);
    db_close(f.db);
}

TU_BOTH_ENGINES(wave, corrections)
{
    struct fx f;
    struct merit_error err;
    json_t *o = NULL, *c, *arr = NULL;
    int rev = -1;
    const char *reason = "Salah input level pada rapat integrasi";

    fx_all(&f, engine);
    FAILS(result_correct(f.db, f.t, f.w, nips[E2], "M.01", 20, "typo", "kepala",
                         "2025-04-02T09:00:00Z", &rev, &err),
          MERIT_EINVAL);
    cr_assert_str_eq(err.field, "reason");
    FAILS(result_correct(f.db, f.t, f.w, nips[E2], "M.01", 20, reason, "", "2025-04-02T09:00:00Z",
                         &rev, &err),
          MERIT_EINVAL);
    FAILS(result_correct(f.db, f.t, f.w, nips[E2], "M.01", 30, reason, "kepala",
                         "2025-04-02T09:00:00Z", &rev, &err),
          MERIT_EINVAL);
    FAILS(result_correct(f.db, f.t, f.w, nips[E2], "M.01", 25, reason, "kepala",
                         "2025-04-02T09:00:00Z", &rev, &err),
          MERIT_EINVAL);
    FAILS(result_correct(f.db, f.t, f.w, nips[E2], "T.X.01", 20, reason, "kepala",
                         "2025-04-02T09:00:00Z", &rev, &err),
          MERIT_ENOTFOUND);
    FAILS(result_correct(f.db, f.t, f.w, nips[E9], "M.01", 20, reason, "kepala",
                         "2025-04-02T09:00:00Z", &rev, &err),
          MERIT_ENOTFOUND);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM result"), 8);

    OK(result_correct(f.db, f.t, f.w, nips[E2], "M.01", 20, reason, "Kepala BKPSDM",
                      "2025-04-02T09:00:00Z", &rev, &err));
    cr_assert_eq(rev, 2);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM result"), 9);
    /* revision 1 is intact */
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM result r JOIN employee e ON e.id = r.employee_id"
                    " JOIN result_item ri ON ri.result_id = r.id WHERE e.nip = $1"
                    " AND r.revision = 1 AND r.score_bp = 10000 AND r.category = 'optimal'"
                    " AND ri.target_code = 'M.01' AND ri.lki = 30",
                    nips[E2], NULL),
                 1);
    /* revision 2 has the new level and its recomputed figures, same policy and validity */
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM result r JOIN employee e ON e.id = r.employee_id"
                    " JOIN result_item ri ON ri.result_id = r.id WHERE e.nip = $1"
                    " AND r.revision = 2 AND r.score_bp = 9630 AND r.sum_lki = 260"
                    " AND ri.target_code = 'M.01' AND ri.lki = 20"
                    " AND r.finalised_at = '2025-03-20T10:00:00Z' AND r.valid_until = '2028-03-20'"
                    " AND r.policy_id = (SELECT policy_id FROM result r1 WHERE r1.revision = 1"
                    " AND r1.participant_id = r.participant_id)",
                    nips[E2], NULL),
                 1);
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM result_item ri JOIN result r ON r.id = ri.result_id"
                    " JOIN employee e ON e.id = r.employee_id WHERE e.nip = $1"
                    " AND r.revision = 2",
                    nips[E2], NULL),
                 17, "every item is carried over");
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM correction c JOIN result o ON o.id = c.result_id"
                    " JOIN result n ON n.correction_id = c.id JOIN employee e ON e.id ="
                    " o.employee_id WHERE e.nip = $1 AND o.revision = 1 AND n.revision = 2"
                    " AND c.target_code = 'M.01' AND c.old_level = 30 AND c.new_level = 20"
                    " AND c.reason = $2 AND c.actor = 'Kepala BKPSDM'"
                    " AND c.created_at = '2025-04-02T09:00:00Z'",
                    nips[E2], reason, NULL),
                 1);

    OK(result_show(f.db, f.t, nips[E2], "W1", "2025-04-03", &o, &err));
    cr_assert_eq(num(o, "revision"), 2);
    cr_assert_eq(num(o, "score"), 96.3);
    cr_assert_eq(num(item_of(json_object_get(o, "items"), "M.01"), "lki"), 2);
    c = json_object_get(o, "corrections");
    cr_assert_eq(json_array_size(c), 1);
    c = json_array_get(c, 0);
    cr_assert_str_eq(str(c, "code"), "M.01");
    cr_assert_eq(num(c, "old_level"), 3);
    cr_assert_eq(num(c, "new_level"), 2);
    cr_assert_eq(num(c, "revision"), 2);
    cr_assert_str_eq(str(c, "actor"), "Kepala BKPSDM");
    json_decref(o);

    /* a second correction chains from revision 2 */
    OK(result_correct(f.db, f.t, f.w, nips[E2], "M.01", 30, "Koreksi dibatalkan oleh tim",
                      "Kepala BKPSDM", "2025-04-05T09:00:00Z", &rev, &err));
    cr_assert_eq(rev, 3);
    OK(result_show(f.db, f.t, nips[E2], NULL, "2025-04-06", &o, &err));
    cr_assert_eq(num(o, "revision"), 3);
    cr_assert_eq(num(o, "score"), 100);
    cr_assert_eq(json_array_size(json_object_get(o, "corrections")), 2);
    json_decref(o);
    OK(result_list(f.db, f.t, f.w, "2025-04-06", &arr, &err));
    cr_assert_eq(json_array_size(arr), 8, "one row per participant");
    json_decref(arr);

    /* a potential aspect: 23 / 24 = 95.83 %, the competencies untouched */
    OK(result_correct(f.db, f.t, f.w, nips[E3], "intelektual", 20, reason, "Kepala BKPSDM",
                      "2025-04-05T09:00:00Z", &rev, &err));
    cr_assert_eq(rev, 2);
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM result r JOIN employee e ON e.id = r.employee_id"
                    " WHERE e.nip = $1 AND r.revision = 2 AND r.potential_bp = 9583"
                    " AND r.potential_category = 'tinggi' AND r.score_bp = 10000",
                    nips[E3], NULL),
                 1);
    db_close(f.db);
}

/* THE acceptance test: a finalised result cannot change except through a correction record */
TU_BOTH_ENGINES(wave, finalised_results_are_immutable)
{
    struct fx f;
    struct merit_error err;
    long n = -1, m = -1;
    int rev = -1;
    int64_t p1, a1;
    char *path;
    const char *list[1];
    struct wave_enrol_filter flt = {0};
    const char *targets[1] = {"M.01"};

    fx_all(&f, engine);
    OK(result_correct(f.db, f.t, f.w, nips[E2], "M.01", 20, "Salah input level pada rapat",
                      "Kepala BKPSDM", "2025-04-02T09:00:00Z", &rev, &err));
    p1 = pid_of(&f, E1);
    {
        char pid[24];
        snprintf(pid, sizeof(pid), "%lld", (long long)p1);
        a1 = qv(f.db,
                "SELECT min(assessor_id) FROM evidence WHERE participant_id = CAST($1 AS BIGINT)",
                pid, NULL);
    }

    /* results, their items and corrections: no UPDATE, no DELETE */
    sql_refused(f.db, "UPDATE result SET score_bp = 10000 WHERE participant_id = %lld",
                (long long)p1);
    sql_refused(f.db, "UPDATE result SET category = 'optimal'");
    sql_refused(f.db, "DELETE FROM result WHERE participant_id = %lld", (long long)p1);
    sql_refused(f.db, "UPDATE result_item SET lki = 30 WHERE target_code = 'M.05'");
    sql_refused(f.db, "DELETE FROM result_item WHERE target_code = 'M.05'");
    sql_refused(f.db, "UPDATE correction SET new_level = 30");
    sql_refused(f.db, "UPDATE correction SET reason = 'tidak ada alasan sama sekali'");
    sql_refused(f.db, "DELETE FROM correction");
    if (strcmp(engine, "pg") == 0) {
        sql_refused(f.db, "TRUNCATE result_item");
        /* result references correction, so PostgreSQL refuses this one before the trigger */
        {
            struct merit_error e2;
            err_clear(&e2);
            cr_assert_eq(db_exec(f.db, "TRUNCATE correction", &e2), -1);
        }
    }
    /* the evidence and the integration behind a final participant: no INSERT/UPDATE/DELETE */
    sql_refused(f.db, "UPDATE evidence SET level = 50 WHERE participant_id = %lld", (long long)p1);
    sql_refused(f.db, "DELETE FROM evidence WHERE participant_id = %lld", (long long)p1);
    sql_refused(f.db,
                "INSERT INTO evidence (tenant_id, participant_id, assessor_id, method_code,"
                " target_code, level) VALUES (%lld, %lld, %lld, 'SIM', 'M.99', 50)",
                (long long)f.t, (long long)p1, (long long)a1);
    sql_refused(f.db, "UPDATE integration SET decided = 50 WHERE participant_id = %lld",
                (long long)p1);
    sql_refused(f.db, "UPDATE integration SET second_opinion = 'buka lagi'");
    sql_refused(f.db, "DELETE FROM integration WHERE participant_id = %lld", (long long)p1);
    sql_refused(f.db,
                "INSERT INTO integration (tenant_id, participant_id, target_code, target_kind,"
                " proposed, n_levels, decided) VALUES (%lld, %lld, 'M.99', 'kompetensi', 50, 1,"
                " 50)",
                (long long)f.t, (long long)p1);
    /* nor can rows be moved in from a participant who is not final (E9, absent) */
    {
        struct buf sql = BUF_INIT;
        int64_t p9 = pid_of(&f, E9);

        buf_printf(&sql,
                   "INSERT INTO evidence (tenant_id, participant_id, assessor_id, method_code,"
                   " target_code, level) VALUES (%lld, %lld, %lld, 'SIM', 'M.99', 50);"
                   " INSERT INTO integration (tenant_id, participant_id, target_code, target_kind,"
                   " proposed, n_levels, decided) VALUES (%lld, %lld, 'M.99', 'kompetensi', 50, 1,"
                   " 50)",
                   (long long)f.t, (long long)p9, (long long)a1, (long long)f.t, (long long)p9);
        OK(db_exec(f.db, sql.data, &err));
        buf_release(&sql);
        sql_refused(f.db, "UPDATE evidence SET participant_id = %lld WHERE participant_id = %lld",
                    (long long)p1, (long long)p9);
        sql_refused(f.db,
                    "UPDATE integration SET participant_id = %lld WHERE participant_id = %lld",
                    (long long)p1, (long long)p9);
        cr_assert_eq(count(f.db, "SELECT count(*) FROM evidence WHERE target_code = 'M.99'"), 1);
        buf_printf(&sql,
                   "DELETE FROM evidence WHERE participant_id = %lld;"
                   " DELETE FROM integration WHERE participant_id = %lld",
                   (long long)p9, (long long)p9);
        OK(db_exec(f.db, sql.data, &err));
        buf_release(&sql);
    }
    sql_refused(f.db, "UPDATE participant SET status = 'integrated' WHERE id = %lld",
                (long long)p1);
    sql_refused(f.db, "UPDATE participant SET target_position_id = target_position_id");
    /* no quiet extra revision (it needs the correction of the revision before it), no
     * extra item on a written result */
    sql_refused(f.db,
                "INSERT INTO result (tenant_id, participant_id, employee_id, wave_id,"
                " position_id, jenjang, revision, policy_id, sum_lki, sum_lkj, jpm_bp, jpm_cap_bp,"
                " score_bp, category, detail, finalised_at, valid_until, n_items)"
                " SELECT tenant_id, participant_id, employee_id, wave_id, position_id, jenjang,"
                " revision + 1, policy_id, sum_lkj, sum_lkj, 10000, 10000, 10000, 'optimal',"
                " detail, finalised_at, valid_until, n_items FROM result"
                " WHERE participant_id = %lld AND revision = 1",
                (long long)p1);
    sql_refused(f.db,
                "INSERT INTO result_item (result_id, target_code, target_kind, lkj, lki)"
                " SELECT id, 'T.99', 'teknis', 10, 50 FROM result WHERE participant_id ="
                " %lld AND revision = 1",
                (long long)p1);
    /* an upsert is an update */
    sql_refused(f.db, "INSERT INTO result_item (result_id, target_code, target_kind, lkj, lki)"
                      " SELECT result_id, target_code, target_kind, lkj, 30 FROM result_item"
                      " WHERE target_code = 'M.05' AND lki = 20"
                      " ON CONFLICT (result_id, target_code) DO UPDATE SET lki = excluded.lki");
    sql_refused(f.db,
                "INSERT INTO participant (tenant_id, wave_id, employee_id, target_position_id)"
                " SELECT tenant_id, wave_id, employee_id, target_position_id FROM participant"
                " WHERE id = %lld ON CONFLICT (wave_id, employee_id) DO UPDATE SET"
                " status = 'registered'",
                (long long)p1);
    /* SQLite's REPLACE deletes the row it conflicts with without firing delete triggers: it
     * must not be a way around them */
    if (strcmp(engine, "sqlite") == 0) {
        sql_refused(
            f.db,
            "INSERT OR REPLACE INTO result (id, tenant_id, participant_id, employee_id,"
            " wave_id, position_id, jenjang, revision, policy_id, sum_lki, sum_lkj, jpm_bp,"
            " jpm_cap_bp, score_bp, category, potential_bp, potential_category, detail,"
            " finalised_at, valid_until, n_items) SELECT id, tenant_id, participant_id,"
            " employee_id, wave_id, position_id, jenjang, revision, policy_id, 270, sum_lkj,"
            " 10000, 10000, 10000, category, potential_bp, potential_category, detail,"
            " finalised_at, valid_until, n_items FROM result WHERE participant_id = %lld",
            (long long)p1);
        sql_refused(f.db, "REPLACE INTO result_item (result_id, target_code, target_kind, lkj,"
                          " lki) SELECT result_id, target_code, target_kind, lkj, 30"
                          " FROM result_item WHERE target_code = 'M.05' AND lki = 20");
        sql_refused(f.db, "REPLACE INTO correction (id, tenant_id, participant_id, result_id,"
                          " target_code, old_level, new_level, reason, actor, created_at)"
                          " SELECT id, tenant_id, participant_id, result_id, target_code,"
                          " old_level, 50, reason, actor, created_at FROM correction");
        sql_refused(f.db,
                    "REPLACE INTO participant (id, tenant_id, wave_id, employee_id,"
                    " target_position_id, status) SELECT id, tenant_id, wave_id, employee_id,"
                    " target_position_id, 'registered' FROM participant WHERE id = %lld",
                    (long long)p1);
        sql_refused(f.db,
                    "INSERT OR REPLACE INTO evidence (tenant_id, participant_id, assessor_id,"
                    " method_code, target_code, level) SELECT tenant_id, participant_id,"
                    " assessor_id, method_code, target_code, 50 FROM evidence"
                    " WHERE participant_id = %lld",
                    (long long)p1);
        sql_refused(f.db,
                    "INSERT OR REPLACE INTO integration (tenant_id, participant_id, target_code,"
                    " target_kind, proposed, n_levels, decided) SELECT tenant_id,"
                    " participant_id, target_code, target_kind, 50, n_levels, 50 FROM integration"
                    " WHERE participant_id = %lld",
                    (long long)p1);
    }
    /* statements in a transaction are refused the same way */
    OK(db_begin(f.db, &err));
    err_clear(&err);
    cr_assert_eq(db_exec(f.db, "UPDATE result SET jpm_bp = 0", &err), -1);
    db_rollback(f.db);

    /* the services refuse too */
    FAILS(wave_decide(f.db, f.t, f.w, nips[E1], "M.05", 30, "Rapat ulang memutuskan lain", &err),
          MERIT_ECONFLICT);
    FAILS(wave_second_opinion(f.db, f.t, f.w, nips[E1], "M.05", "Minta pendapat kedua lagi", &err),
          MERIT_ECONFLICT);
    FAILS(wave_integrate(f.db, f.t, f.w, 1, &n, &m, &err), MERIT_ECONFLICT);
    FAILS(wave_finalise(f.db, f.t, f.w, "2025-05-01T00:00:00Z", &n, &err), MERIT_ECONFLICT);
    FAILS(wave_status_set(f.db, f.t, f.w, nips[E1], "withdrawn", "Mengundurkan diri", &n, &err),
          MERIT_ECONFLICT);
    FAILS(wave_status_set(f.db, f.t, f.w, nips[E9], "present", NULL, &n, &err), MERIT_ECONFLICT);
    FAILS(wave_assign(f.db, f.t, f.w, nips[E1], "ASR2", NULL, &err), MERIT_ECONFLICT);
    FAILS(wave_assign_auto(f.db, f.t, f.w, 2, &n, &err), MERIT_ECONFLICT);
    FAILS(wave_method_set(f.db, f.t, f.w, "SIM", "Simulasi", "simulasi", targets, 1, &err),
          MERIT_ECONFLICT);
    FAILS(wave_target_add(f.db, f.t, f.w, "PA", &err), MERIT_ECONFLICT);
    FAILS(wave_group(f.db, f.t, f.w, 4, 1, &n, &err), MERIT_ECONFLICT);
    list[0] = nips[A1];
    flt.nips = list;
    flt.nnips = 1;
    FAILS(wave_enrol(f.db, f.t, f.w, &flt, &n, &m, &err), MERIT_ECONFLICT);
    {
        long nrows = 0;
        path = evidence_rows_for(&f, nips[E1], "M.05", 0, &nrows);
        cr_assert_eq(nrows, 2);
        FAILS(wave_evidence_import(f.db, f.t, f.w, path, NULL, NULL, &n, &m, &err),
              MERIT_ECONFLICT);
        remove(path);
        free(path);
    }

    /* and nothing changed */
    cr_assert_eq(count(f.db, "SELECT count(*) FROM result"), 9);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM correction"), 1);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM result_item"), 6 * 17 + 2 * 18 + 17,
                 "6 PA x 17, 2 PB x 18, one more revision of E2 (17)");
    cr_assert_eq(count(f.db, "SELECT count(*) FROM evidence"), 8 * 2 * 35);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM integration"), 8 * 18);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM participant WHERE status = 'final'"), 8);
    cr_assert_eq(qv(f.db,
                    "SELECT score_bp FROM result r JOIN employee e ON e.id = r.employee_id"
                    " WHERE e.nip = $1",
                    nips[E1], NULL),
                 9630);
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM evidence ev JOIN participant pa ON pa.id ="
                    " ev.participant_id JOIN employee e ON e.id = pa.employee_id"
                    " WHERE e.nip = $1 AND ev.level = 50",
                    nips[E1], NULL),
                 0);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM integration WHERE decided = 50"), 0);
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM result_item ri JOIN result r ON r.id = ri.result_id"
                    " JOIN employee e ON e.id = r.employee_id WHERE e.nip = $1"
                    " AND ri.target_code = 'M.05' AND ri.lki = 20",
                    nips[E1], NULL),
                 1);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM correction WHERE new_level = 20"), 1);
    /* the one way to change a result still works */
    OK(result_correct(f.db, f.t, f.w, nips[E1], "M.05", 30, "Bukti tambahan dari atasan langsung",
                      "Kepala BKPSDM", "2025-04-03T09:00:00Z", &rev, &err));
    cr_assert_eq(rev, 2);
    db_close(f.db);
}

/* ---- what a draft policy would change ----------------------------------------- */

struct changes {
    int n;
    char nip[8][19];
    int64_t old_bp[8], new_bp[8];
    char oldc[8][24], newc[8][24];
};

static void on_change(void *ctx, const struct result_change *c)
{
    struct changes *ch = ctx;

    if (ch->n < 8) {
        snprintf(ch->nip[ch->n], sizeof(ch->nip[0]), "%s", c->nip);
        ch->old_bp[ch->n] = c->old_bp;
        ch->new_bp[ch->n] = c->new_bp;
        snprintf(ch->oldc[ch->n], sizeof(ch->oldc[0]), "%s", c->old_category);
        snprintf(ch->newc[ch->n], sizeof(ch->newc[0]), "%s", c->new_category);
    }
    ch->n++;
}

TU_BOTH_ENGINES(wave, policy_diff)
{
    struct fx f;
    struct merit_error err;
    struct scoring_policy sp;
    json_t *body;
    int version = 0, rev = -1;
    long total = -1, changed = -1;
    struct changes ch = {0};

    fx_all(&f, engine);
    /* E2 corrected to 26/27: its current revision is what counts */
    OK(result_correct(f.db, f.t, f.w, nips[E2], "M.01", 20, "Salah input level pada rapat",
                      "Kepala BKPSDM", "2025-04-02T09:00:00Z", &rev, &err));
    /* optimal from 97 % instead of 90 % */
    scoring_default(&sp);
    sp.scales[0].scale.cat[0].min_bp = 9700;
    body = policy_scoring_json(&sp);
    OK(policy_add_draft(f.db, f.t, "Optimal dari 97", "2026-01-01", body, &version, &err));
    json_decref(body);
    cr_assert_eq(version, 2);

    OK(result_policy_diff(f.db, f.t, version, on_change, &ch, &total, &changed, &err));
    cr_assert_eq(total, 8);
    cr_assert_eq(changed, 2);
    cr_assert_eq(ch.n, 2);
    cr_assert_str_eq(ch.nip[0], nips[E1]);
    cr_assert_str_eq(ch.nip[1], nips[E2]);
    for (int i = 0; i < 2; i++) {
        cr_assert_eq(ch.old_bp[i], 9630);
        cr_assert_eq(ch.new_bp[i], 9630);
        cr_assert_str_eq(ch.oldc[i], "optimal");
        cr_assert_str_eq(ch.newc[i], "cukup_optimal");
    }
    /* the policy in force changes nothing */
    memset(&ch, 0, sizeof(ch));
    OK(result_policy_diff(f.db, f.t, 1, on_change, &ch, &total, &changed, &err));
    cr_assert_eq(total, 8);
    cr_assert_eq(changed, 0);
    /* no weighting: E7 would be 97.44 % unweighted, optimal again */
    scoring_default(&sp);
    sp.nweights = 0;
    body = policy_scoring_json(&sp);
    OK(policy_add_draft(f.db, f.t, "Tanpa bobot", "2026-01-01", body, &version, &err));
    json_decref(body);
    memset(&ch, 0, sizeof(ch));
    OK(result_policy_diff(f.db, f.t, version, on_change, &ch, &total, &changed, &err));
    cr_assert_eq(changed, 1);
    cr_assert_str_eq(ch.nip[0], nips[E7]);
    cr_assert_eq(ch.old_bp[0], 8667);
    cr_assert_eq(ch.new_bp[0], 9744);
    cr_assert_str_eq(ch.newc[0], "optimal");
    FAILS(result_policy_diff(f.db, f.t, 9, on_change, &ch, &total, &changed, &err),
          MERIT_ENOTFOUND);
    /* diffing reads only: results as they were */
    cr_assert_eq(count(f.db, "SELECT count(*) FROM result"), 9);
    db_close(f.db);
}

/* ---- tenants ------------------------------------------------------------- */

TU_BOTH_ENGINES(wave, other_tenants_see_nothing)
{
    struct fx f;
    struct merit_error err;
    int64_t t2 = 0, id = 0;
    long n = -1, m = -1;
    json_t *o = NULL;
    int rev = -1;

    fx_all(&f, engine);
    OK(tenant_ensure(f.db, "lain", "Kabupaten Lain", &t2, &err));
    OK(policy_ensure_default(f.db, t2, &err));
    FAILS(wave_find(f.db, t2, "W1", &id, &err), MERIT_ENOTFOUND);
    FAILS(wave_integrate(f.db, t2, f.w, 1, &n, &m, &err), MERIT_ENOTFOUND);
    FAILS(wave_status_set(f.db, t2, f.w, nips[E9], "present", NULL, &n, &err), MERIT_ENOTFOUND);
    FAILS(result_show(f.db, t2, nips[E1], NULL, "2025-04-01", &o, &err), MERIT_ENOTFOUND);
    FAILS(result_correct(f.db, t2, f.w, nips[E1], "M.05", 30, "Bukti tambahan dari atasan", "x",
                         "2025-04-02T09:00:00Z", &rev, &err),
          MERIT_ENOTFOUND);
    OK(result_list(f.db, t2, f.w, "2025-04-01", &o, &err));
    cr_assert_eq(json_array_size(o), 0);
    json_decref(o);
    db_close(f.db);
}

/* ---- another policy: half levels, mean integration, item cap, norm tables ------ */

TU_BOTH_ENGINES(wave, policy_variants)
{
    struct fx f;
    struct merit_error err;
    struct scoring_policy sp;
    json_t *body, *o = NULL, *it;
    int version = 0, rev = -1;
    long proposed = -1, integrated = -1, fin = -1;
    struct wave_spec s2 = spec_w1();
    int64_t w2 = 0;

    variant = 1;
    fx_agency(&f, engine);
    scoring_default(&sp);
    sp.allow_half = 1;
    sp.integration = JPM_INTEGRATE_MEAN_ROUND;
    sp.cap = JPM_CAP_ITEM;
    sp.validity_months = 24;
    sp.nnorms = 2;
    sp.norms[0] = (struct scoring_norm){
        "psikometri", "*", 5, {{0, 10}, {4000, 20}, {5000, 30}, {6000, 40}, {7000, 50}}};
    sp.norms[1] =
        (struct scoring_norm){"psikometri", "intelektual", 3, {{0, 10}, {6500, 30}, {8000, 40}}};
    body = policy_scoring_json(&sp);
    OK(policy_add_draft(f.db, f.t, "Setengah level", "2025-01-01", body, &version, &err));
    json_decref(body);
    OK(policy_adopt(f.db, f.t, version, "2024-12-01T00:00:00Z", &err));
    fx_wave(&f);
    cr_assert_eq(count(f.db, "SELECT p.version FROM wave w JOIN policy p ON p.id = w.policy_id"
                             " WHERE w.code = 'W1'"),
                 2, "the policy in force on the start date");
    s2.code = "W2";
    s2.policy_version = 1;
    OK(wave_create(f.db, f.t, &s2, &w2, &err));
    cr_assert_eq(count(f.db, "SELECT p.version FROM wave w JOIN policy p ON p.id = w.policy_id"
                             " WHERE w.code = 'W2'"),
                 1, "an older adopted version on request");

    fx_enrol(&f);
    fx_assessors(&f);
    fx_assign(&f);
    fx_evidence(&f);
    /* raw scores went through the norm tables; the exact target's table wins over "*" */
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM evidence ev JOIN participant pa ON pa.id ="
                    " ev.participant_id JOIN employee e ON e.id = pa.employee_id WHERE e.nip = $1"
                    " AND ev.method_code = 'PSI' AND ev.target_code = 'intelektual'"
                    " AND ev.raw_score = '70' AND ev.level = 30",
                    nips[E1], NULL),
                 2);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM evidence WHERE method_code = 'PSI'"
                             " AND raw_score = '55' AND level = 30"),
                 8 * 2 * 7, "55 is 3 on the '*' table");
    cr_assert_eq(count(f.db,
                       "SELECT count(*) FROM evidence WHERE method_code = 'PSI'"
                       " AND target_code = 'intelektual' AND raw_score = '55' AND level = 10"),
                 7 * 2, "but 1 on intelektual's own table");
    cr_assert_eq(count(f.db, "SELECT count(*) FROM evidence WHERE method_code <> 'PSI'"
                             " AND raw_score IS NOT NULL"),
                 0);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM evidence WHERE level = 35"), 1);

    OK(wave_integrate(f.db, f.t, f.w, 0, &proposed, &integrated, &err));
    cr_assert_eq(integ(&f, E1, "M.01", "proposed"), 35, "mean of 3, 3.5, 4, 4 on the half grid");
    OK(wave_decide(f.db, f.t, f.w, nips[E1], "M.01", 35, NULL, &err));
    FAILS(wave_decide(f.db, f.t, f.w, nips[E2], "M.03", 33, just, &err), MERIT_EINVAL);
    OK(wave_decide(f.db, f.t, f.w, nips[E2], "M.03", 35, just, &err));
    OK(wave_integrate(f.db, f.t, f.w, 1, &proposed, &integrated, &err));
    cr_assert_eq(integrated, 8);
    OK(wave_finalise(f.db, f.t, f.w, "2025-03-20T10:00:00Z", &fin, &err));
    cr_assert_eq(fin, 8);

    /* E1: M.01 3.5 against 3 is capped at 3 under the item cap; M.05 2 -> 26/27 */
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM result r JOIN employee e ON e.id = r.employee_id"
                    " WHERE e.nip = $1 AND r.sum_lki = 260 AND r.sum_lkj = 270"
                    " AND r.jpm_bp = 9630 AND r.score_bp = 9630 AND r.category = 'optimal'"
                    " AND r.valid_until = '2027-03-20'",
                    nips[E1], NULL),
                 1);
    OK(result_show(f.db, f.t, nips[E1], "W1", "2025-04-01", &o, &err));
    cr_assert_eq(num(o, "policy_version"), 2);
    it = item_of(json_object_get(o, "items"), "M.01");
    cr_assert_eq(num(it, "lki"), 3.5);
    cr_assert_eq(num(it, "gap"), 0.5);
    it = json_array_get(json_object_get(json_object_get(o, "detail"), "strengths"), 0);
    cr_assert_str_eq(str(it, "code"), "M.01", "the surplus is the first strength");
    cr_assert_str_eq(str(json_object_get(it, "plan"), "kind"), "pengayaan_jabatan");
    json_decref(o);
    cr_assert_eq(qv(f.db,
                    "SELECT score_bp FROM result r JOIN employee e ON e.id = r.employee_id"
                    " WHERE e.nip = $1",
                    nips[E2], NULL),
                 10000);

    /* a correction is computed under the result's policy: half levels allowed */
    OK(result_correct(f.db, f.t, f.w, nips[E1], "M.05", 25, "Bukti tambahan dari atasan langsung",
                      "Kepala BKPSDM", "2025-04-02T09:00:00Z", &rev, &err));
    cr_assert_eq(qv(f.db,
                    "SELECT score_bp FROM result r JOIN employee e ON e.id = r.employee_id"
                    " WHERE e.nip = $1 AND r.revision = 2",
                    nips[E1], NULL),
                 9815, "26.5 / 27");
    db_close(f.db);
}

/* a correction is recomputed as the result was computed, whatever happened to the position since */
TU_BOTH_ENGINES(wave, correction_after_position_change)
{
    struct fx f;
    struct merit_error err;
    int rev = -1;
    long total = -1, changed = -1;

    fx_all(&f, engine);
    /* PB re-imported as Ahli Pertama (weight 60/40, standards 2) after finalisation */
    import_csv(&f, IMPORT_POSITIONS,
               "kode_jabatan,nama_jabatan,jenis_jabatan,jenjang,kode_unit,kompetensi_teknis\n"
               "PB,Analis Ahli Madya,fungsional,Ahli Pertama,OPD01.B2,T.X.01:3\n");
    cr_assert_eq(count(f.db, "SELECT count(*) FROM position WHERE code = 'PB'"
                             " AND jenjang_code = 'ahli_pertama'"),
                 1);
    /* nothing changes category under the policy that produced the results */
    OK(result_policy_diff(f.db, f.t, 1, NULL, NULL, &total, &changed, &err));
    cr_assert_eq(total, 8);
    cr_assert_eq(changed, 0);
    /* E7 M.01 4 -> 3: technical 66.67 %, managerial 35/36 = 97.22 %, Ahli Madya 40/60 -> 85 % */
    OK(result_correct(f.db, f.t, f.w, nips[E7], "M.01", 30, "Salah input level pada rapat",
                      "Kepala BKPSDM", "2025-04-02T09:00:00Z", &rev, &err));
    cr_assert_eq(qv(f.db,
                    "SELECT score_bp FROM result r JOIN employee e ON e.id = r.employee_id"
                    " WHERE e.nip = $1 AND r.revision = 2",
                    nips[E7], NULL),
                 8500, "the weights of the jenjang the result was computed for");
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM result_item ri JOIN result r ON r.id = ri.result_id"
                    " JOIN employee e ON e.id = r.employee_id WHERE e.nip = $1"
                    " AND r.revision = 2 AND ri.target_code = 'M.02' AND ri.lkj = 40",
                    nips[E7], NULL),
                 1, "and its standards");
    db_close(f.db);
}

/* enrolment from a list file: every bad row reported, nothing written unless all are good */
TU_BOTH_ENGINES(wave, enrol_from_file)
{
    struct fx f;
    struct merit_error err;
    struct errlist el = {BUF_INIT, 0};
    struct buf csv = BUF_INIT;
    long enrolled = -1, already = -1;
    char *path;

    fx_agency(&f, engine);
    fx_wave(&f);
    buf_printf(&csv,
               "No,NIP,Jabatan Target\n"
               "1,%s,\n"
               "2,198503122010011999,\n"
               "3,%s,PZ\n"
               "4,%s,PK\n",
               nips[E1], nips[E2], nips[E7]);
    path = tu_write_temp(".csv", csv.data, csv.len);
    FAILS(wave_enrol_file(f.db, f.t, f.w, path, on_ev_error, &el, &enrolled, &already, &err),
          MERIT_EINVAL);
    cr_assert_eq(el.n, 2, "%s", el.text.data);
    cr_assert(strstr(el.text.data, "3:nip:"), "%s", el.text.data);
    cr_assert(strstr(el.text.data, "4:jabatan_target:"), "%s", el.text.data);
    cr_assert_eq(enrolled, 0);
    cr_assert_eq(count(f.db, "SELECT count(*) FROM participant"), 0, "nothing written");
    remove(path);
    free(path);

    buf_reset(&csv);
    buf_printf(&csv, "nip,target\n%s,\n%s,PK\n%s,\n", nips[E1], nips[E7], nips[E1]);
    path = tu_write_temp(".csv", csv.data, csv.len);
    OK(wave_enrol_file(f.db, f.t, f.w, path, on_ev_error, &el, &enrolled, &already, &err));
    cr_assert_eq(enrolled, 2);
    cr_assert_eq(already, 1, "E1 is listed twice");
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM participant pa JOIN employee e ON e.id = pa.employee_id"
                    " JOIN position p ON p.id = pa.target_position_id WHERE e.nip = $1"
                    " AND p.code = 'PK'",
                    nips[E7], NULL),
                 1);
    cr_assert_eq(qv(f.db,
                    "SELECT count(*) FROM participant pa JOIN employee e ON e.id = pa.employee_id"
                    " JOIN position p ON p.id = pa.target_position_id WHERE e.nip = $1"
                    " AND p.code = 'PA'",
                    nips[E1], NULL),
                 1, "empty target: the current position");
    remove(path);
    free(path);

    buf_reset(&csv);
    buf_puts(&csv, "nama\nSiapa\n");
    path = tu_write_temp(".csv", csv.data, csv.len);
    FAILS(wave_enrol_file(f.db, f.t, f.w, path, on_ev_error, &el, &enrolled, &already, &err),
          MERIT_EINVAL);
    cr_assert_eq(err.row, 1);
    cr_assert_str_eq(err.field, "nip");
    remove(path);
    free(path);
    buf_release(&csv);
    buf_release(&el.text);
    db_close(f.db);
}
