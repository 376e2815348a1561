/*
 * evidence.c - assessors' evidence sheets: the template to fill in and the
 * all-or-nothing import of the filled sheet (CSV or XLSX).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/strmap.h"
#include "base/strtonum.h"
#include "io/table.h"
#include "io/table_writer.h"
#include "services/wave.h"
#include "services/wave_common.h"

enum ev_col { EV_NIP, EV_ASSESSOR, EV_METHOD, EV_TARGET, EV_LEVEL, EV_RAW, EV_IND, EV_NOTE, EV_N };

static const struct {
    const char *name;
    const char *aliases; /* '|'-separated, compared after ev_key() */
    int required;
} ev_cols[EV_N] = {
    {"nip", "nip", 1},
    {"asesor", "asesor|assessor|kodeasesor|assessorcode", 1},
    {"metode", "metode|method|kodemetode", 1},
    {"kompetensi", "kompetensi|competency|aspek|aspect|target|kode", 1},
    {"level", "level|levelkompetensi|lki|nilai", 0},
    {"skor_mentah", "skormentah|rawscore|skor|score", 0},
    {"indikator", "indikator|indikatorperilaku|indicators|behaviouralindicators", 0},
    {"catatan", "catatan|note|notes|keterangan", 0},
};

static int ev_col_of(const char *header)
{
    char key[64], alias[64];

    wc_header_key(header, key, sizeof(key));
    for (int c = 0; c < EV_N; c++) {
        const char *a = ev_cols[c].aliases;
        while (*a) {
            size_t n = strcspn(a, "|");
            snprintf(alias, sizeof(alias), "%.*s", (int)n, a);
            if (strcmp(alias, key) == 0)
                return c;
            a += n + (a[n] == '|');
        }
    }
    return -1;
}

/* what the checks need, read once inside the import's transaction */
struct ev_ctx {
    struct strmap part;   /* nip -> participant id (negative: not active) */
    struct strmap assess; /* assessor code -> id */
    struct strmap assign; /* "pid/aid" */
    struct strmap method; /* method code -> index into kinds */
    struct strmap matrix; /* "method|target" */
    char kinds[32][16];
    int nkinds;
};

static void ev_ctx_free(struct ev_ctx *c)
{
    strmap_free(&c->part);
    strmap_free(&c->assess);
    strmap_free(&c->assign);
    strmap_free(&c->method);
    strmap_free(&c->matrix);
}

static int ev_ctx_load(struct db *db, int64_t tenant, int64_t wave, struct ev_ctx *c,
                       struct merit_error *err)
{
    struct db_stmt *st;
    int step;
    char key[96];

    strmap_init(&c->part);
    strmap_init(&c->assess);
    strmap_init(&c->assign);
    strmap_init(&c->method);
    strmap_init(&c->matrix);
    c->nkinds = 0;
    st = db_prepare(db,
                    "SELECT e.nip, pa.id, pa.status FROM participant pa JOIN employee e ON e.id ="
                    " pa.employee_id WHERE pa.wave_id = $1",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, wave);
    while ((step = db_step(st, err)) == DB_ROW) {
        const char *s = db_col_text(st, 2);
        int active =
            strcmp(s, "absent") != 0 && strcmp(s, "withdrawn") != 0 && strcmp(s, "final") != 0;
        strmap_set(&c->part, db_col_text(st, 0), strlen(db_col_text(st, 0)),
                   active ? db_col_int64(st, 1) : -db_col_int64(st, 1));
    }
    db_finalize(st);
    if (step != DB_DONE)
        return -1;
    st = db_prepare(db, "SELECT code, id FROM assessor WHERE tenant_id = $1", err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    while ((step = db_step(st, err)) == DB_ROW)
        strmap_set(&c->assess, db_col_text(st, 0), strlen(db_col_text(st, 0)), db_col_int64(st, 1));
    db_finalize(st);
    if (step != DB_DONE)
        return -1;
    st = db_prepare(db,
                    "SELECT x.participant_id, x.assessor_id FROM assignment x JOIN participant pa"
                    " ON pa.id = x.participant_id WHERE pa.wave_id = $1",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, wave);
    while ((step = db_step(st, err)) == DB_ROW) {
        int n = snprintf(key, sizeof(key), "%lld/%lld", (long long)db_col_int64(st, 0),
                         (long long)db_col_int64(st, 1));
        strmap_set(&c->assign, key, (size_t)n, 1);
    }
    db_finalize(st);
    if (step != DB_DONE)
        return -1;
    st = db_prepare(db, "SELECT code, kind FROM wave_method WHERE wave_id = $1", err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, wave);
    while ((step = db_step(st, err)) == DB_ROW && c->nkinds < 32) {
        snprintf(c->kinds[c->nkinds], sizeof(c->kinds[0]), "%s", db_col_text(st, 1));
        strmap_set(&c->method, db_col_text(st, 0), strlen(db_col_text(st, 0)), c->nkinds++);
    }
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    st = db_prepare(db, "SELECT method_code, target_code FROM wave_matrix WHERE wave_id = $1", err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, wave);
    while ((step = db_step(st, err)) == DB_ROW) {
        int n = snprintf(key, sizeof(key), "%s|%s", db_col_text(st, 0), db_col_text(st, 1));
        strmap_set(&c->matrix, key, (size_t)n, 1);
    }
    db_finalize(st);
    return step == DB_DONE ? 0 : -1;
}

struct ev_report {
    void (*fn)(void *, const struct merit_error *);
    void *ctx;
    const char *path;
    long errors;
};

static void ev_error(struct ev_report *r, long row, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void ev_error(struct ev_report *r, long row, int col, const char *fmt, ...)
{
    struct merit_error e;
    va_list ap;

    err_clear(&e);
    va_start(ap, fmt);
    err_vset(&e, MERIT_EINVAL, fmt, ap);
    va_end(ap);
    e.row = row;
    snprintf(e.field, sizeof(e.field), "%s", col >= 0 ? ev_cols[col].name : "");
    r->errors++;
    if (r->fn)
        r->fn(r->ctx, &e);
}

static int is_instrument(const char *kind)
{
    return strcmp(kind, "psikometri") == 0 || strcmp(kind, "intelegensi") == 0 ||
           strcmp(kind, "integritas") == 0 || strcmp(kind, "tes_tertulis") == 0;
}

/* participants whose every matrix target has levels from at least the policy's minimum of
 * assessors (a participant given fewer assessors stays unassessed: REGULATIONS.md 7.1) */
static int ev_mark_assessed(struct db *db, int64_t wave, int min_assessors, long *assessed,
                            struct merit_error *err)
{
    struct db_stmt *st = db_prepare(
        db,
        "UPDATE participant SET status = 'assessed' WHERE wave_id = $1"
        " AND status IN ('registered', 'present') AND NOT EXISTS ("
        " SELECT 1 FROM (SELECT DISTINCT target_code FROM wave_matrix WHERE wave_id = $1) m"
        " WHERE (SELECT COUNT(DISTINCT ev.assessor_id) FROM evidence ev WHERE"
        " ev.participant_id = participant.id AND ev.target_code = m.target_code) < $2"
        " OR NOT EXISTS (SELECT 1 FROM evidence ev WHERE ev.participant_id = participant.id"
        " AND ev.target_code = m.target_code))",
        err);
    int rc = -1;

    if (!st)
        return -1;
    db_bind_int64(st, 1, wave);
    db_bind_int64(st, 2, min_assessors);
    if (db_step(st, err) == DB_DONE) {
        *assessed = (long)db_changes(st);
        rc = 0;
    }
    db_finalize(st);
    return rc;
}

static int evidence_import(struct db *db, int64_t tenant, int64_t wave, struct table_reader *tr,
                           const char *path, void (*on_error)(void *, const struct merit_error *),
                           void *ctx, const char *actor, long *rows, long *assessed,
                           struct merit_error *err);

int wave_evidence_import(struct db *db, int64_t tenant, int64_t wave, const char *path,
                         void (*on_error)(void *, const struct merit_error *), void *ctx,
                         long *rows, long *assessed, struct merit_error *err)
{
    struct table_reader *tr = NULL;
    int rc;

    *rows = *assessed = 0;
    if (table_open(path, NULL, &tr, err) != 0)
        return -1;
    rc =
        evidence_import(db, tenant, wave, tr, path, on_error, ctx, "operator", rows, assessed, err);
    table_close(tr);
    return rc;
}

int wave_evidence_import_mem(struct db *db, int64_t tenant, int64_t wave, const void *data,
                             size_t len, const char *name,
                             void (*on_error)(void *, const struct merit_error *), void *ctx,
                             long *rows, long *assessed, struct merit_error *err)
{
    return wave_evidence_import_mem_as(db, tenant, wave, data, len, name, on_error, ctx, "operator",
                                       rows, assessed, err);
}

int wave_evidence_import_mem_as(struct db *db, int64_t tenant, int64_t wave, const void *data,
                                size_t len, const char *name,
                                void (*on_error)(void *, const struct merit_error *), void *ctx,
                                const char *actor, long *rows, long *assessed,
                                struct merit_error *err)
{
    struct table_reader *tr = NULL;
    int rc;

    *rows = *assessed = 0;
    if (table_open_mem(data, len, name, NULL, &tr, err) != 0)
        return -1;
    rc = evidence_import(db, tenant, wave, tr, name, on_error, ctx, actor, rows, assessed, err);
    table_close(tr);
    return rc;
}

static int evidence_import(struct db *db, int64_t tenant, int64_t wave, struct table_reader *tr,
                           const char *path, void (*on_error)(void *, const struct merit_error *),
                           void *ctx, const char *actor, long *rows, long *assessed,
                           struct merit_error *err)
{
    struct wave_info w;
    struct policy *p = NULL;
    struct ev_ctx c;
    struct ev_report rep = {on_error, ctx, path, 0};
    struct table_row row;
    struct db_stmt *ins = NULL;
    int colmap[EV_N], step, rc = -1, loaded = 0;

    memset(&c, 0, sizeof(c));
    if (db_begin(db, err) != 0)
        goto out;
    if (wc_wave_policy(db, tenant, wave, &w, &p, err) || wc_wave_open(&w, err))
        goto out;
    if (ev_ctx_load(db, tenant, wave, &c, err) != 0)
        goto out;
    loaded = 1;
    step = table_next(tr, &row, err);
    if (step <= 0) {
        if (step == 0)
            err_set(err, MERIT_EINVAL, "%s: %s", path, T("berkas kosong", "the file is empty"));
        goto out;
    }
    for (int i = 0; i < EV_N; i++)
        colmap[i] = -1;
    for (size_t i = 0; i < row.ncells; i++) {
        int col = ev_col_of(row.cells[i]);
        if (col >= 0 && colmap[col] < 0)
            colmap[col] = (int)i;
    }
    for (int i = 0; i < EV_N; i++)
        if (ev_cols[i].required && colmap[i] < 0)
            ev_error(&rep, 1, i, "%s '%s'", T("kolom wajib tidak ada:", "missing column:"),
                     ev_cols[i].name);
    if (colmap[EV_LEVEL] < 0 && colmap[EV_RAW] < 0)
        ev_error(&rep, 1, EV_LEVEL, "%s",
                 T("perlu kolom level atau skor_mentah", "a level or skor_mentah column is "
                                                         "needed"));
    if (rep.errors)
        goto report;
    ins = db_prepare(db,
                     "INSERT INTO evidence (tenant_id, participant_id, assessor_id, method_code,"
                     " target_code, level, raw_score, indicators, note) VALUES ($1, $2, $3, $4,"
                     " $5, $6, $7, $8, $9) ON CONFLICT (participant_id, assessor_id, method_code,"
                     " target_code) DO UPDATE SET level = excluded.level, raw_score ="
                     " excluded.raw_score, indicators = excluded.indicators, note = excluded.note",
                     err);
    if (!ins)
        goto out;
    while ((step = table_next(tr, &row, err)) == 1) {
        const char *v[EV_N];
        int64_t pid, aid, mk;
        int level = 0;
        char key[96], nip[32];
        long r = row.rowno;
        int bad = 0;

        for (int i = 0; i < EV_N; i++)
            v[i] = colmap[i] >= 0 && (size_t)colmap[i] < row.ncells ? row.cells[colmap[i]] : "";
        for (int i = 0; i < EV_N; i++)
            if (ev_cols[i].required && !*v[i]) {
                ev_error(&rep, r, i, "%s", T("wajib diisi", "is required"));
                bad = 1;
            }
        if (bad)
            continue;
        wc_nip_clean(v[EV_NIP], nip);
        v[EV_NIP] = nip;
        if (!strmap_get(&c.part, v[EV_NIP], strlen(v[EV_NIP]), &pid)) {
            ev_error(&rep, r, EV_NIP, "%s %s", v[EV_NIP],
                     T("bukan peserta gelombang ini", "is not a participant of this wave"));
            continue;
        }
        if (pid < 0) {
            ev_error(&rep, r, EV_NIP, "%s %s", v[EV_NIP],
                     T("tidak aktif (tidak hadir, mundur atau sudah final)",
                       "is not active (absent, withdrawn or final)"));
            continue;
        }
        if (!strmap_get(&c.assess, v[EV_ASSESSOR], strlen(v[EV_ASSESSOR]), &aid)) {
            ev_error(&rep, r, EV_ASSESSOR, "'%s' %s", v[EV_ASSESSOR],
                     T("tidak ada dalam daftar asesor", "is not on the roster"));
            continue;
        }
        snprintf(key, sizeof(key), "%lld/%lld", (long long)pid, (long long)aid);
        if (!strmap_get(&c.assign, key, strlen(key), NULL)) {
            ev_error(&rep, r, EV_ASSESSOR, "%s %s %s", v[EV_ASSESSOR],
                     T("tidak ditugaskan untuk peserta", "is not assigned to participant"),
                     v[EV_NIP]);
            continue;
        }
        if (!strmap_get(&c.method, v[EV_METHOD], strlen(v[EV_METHOD]), &mk)) {
            ev_error(&rep, r, EV_METHOD, "'%s' %s", v[EV_METHOD],
                     T("bukan metode gelombang ini", "is not a method of this wave"));
            continue;
        }
        snprintf(key, sizeof(key), "%s|%s", v[EV_METHOD], v[EV_TARGET]);
        if (!strmap_get(&c.matrix, key, strlen(key), NULL)) {
            ev_error(&rep, r, EV_TARGET, "%s %s %s", v[EV_METHOD],
                     T("tidak mengungkap", "does not evidence"), v[EV_TARGET]);
            continue;
        }
        if (*v[EV_LEVEL] && *v[EV_RAW]) {
            ev_error(&rep, r, EV_LEVEL, "%s",
                     T("isi level atau skor_mentah, bukan keduanya",
                       "give a level or a raw score, not both"));
            continue;
        }
        if (*v[EV_LEVEL]) {
            if (wc_level_parse(v[EV_LEVEL], &level) != 0 || !scoring_level_ok(&p->scoring, level)) {
                ev_error(&rep, r, EV_LEVEL, "'%s': %s", v[EV_LEVEL],
                         p->scoring.allow_half
                             ? T("level 1-5, boleh setengah (3.5)", "a level 1-5, halves allowed")
                             : T("level bulat 1-5 (kebijakan tidak mengizinkan setengah level)",
                                 "a whole level 1-5 (the policy does not allow half levels)"));
                continue;
            }
        } else if (*v[EV_RAW]) {
            double raw;
            const char *why;
            if (!is_instrument(c.kinds[mk])) {
                ev_error(&rep, r, EV_RAW, "%s",
                         T("skor mentah hanya untuk instrumen (psikometri, intelegensi, "
                           "integritas, tes_tertulis)",
                           "raw scores are for instruments only (psikometri, intelegensi, "
                           "integritas, tes_tertulis)"));
                continue;
            }
            if (strtodec_n(v[EV_RAW], strlen(v[EV_RAW]), -1e6, 1e6, &raw, &why) != 0) {
                ev_error(&rep, r, EV_RAW, "'%s': %s", v[EV_RAW], why);
                continue;
            }
            if (scoring_norm_level(&p->scoring, c.kinds[mk], v[EV_TARGET],
                                   (int64_t)(raw * 100.0 + (raw < 0 ? -0.5 : 0.5)), &level) != 0) {
                ev_error(&rep, r, EV_RAW, "'%s': %s %s/%s", v[EV_RAW],
                         T("tidak ada tabel norma kebijakan yang memetakan skor ini untuk",
                           "no norm table of the policy maps this score for"),
                         c.kinds[mk], v[EV_TARGET]);
                continue;
            }
        } else {
            ev_error(&rep, r, EV_LEVEL, "%s",
                     T("isi level atau skor_mentah", "give a level or a raw score"));
            continue;
        }
        if (rep.errors)
            continue; /* keep checking, stop writing */
        db_reset(ins);
        db_bind_int64(ins, 1, tenant);
        db_bind_int64(ins, 2, pid);
        db_bind_int64(ins, 3, aid);
        db_bind_text(ins, 4, v[EV_METHOD]);
        db_bind_text(ins, 5, v[EV_TARGET]);
        db_bind_int64(ins, 6, level);
        db_bind_text(ins, 7, *v[EV_RAW] ? v[EV_RAW] : NULL);
        db_bind_text(ins, 8, *v[EV_IND] ? v[EV_IND] : NULL);
        db_bind_text(ins, 9, *v[EV_NOTE] ? v[EV_NOTE] : NULL);
        if (db_step(ins, err) != DB_DONE)
            goto out;
        (*rows)++;
    }
    if (step < 0)
        goto out;
report:
    if (rep.errors) {
        err_set(err, MERIT_EINVAL, "%s: %ld %s", path, rep.errors,
                T("kesalahan; tidak ada yang disimpan", "errors; nothing was written"));
        goto out;
    }
    if (ev_mark_assessed(db, wave, p->scoring.min_assessors, assessed, err) != 0)
        goto out;
    db_finalize(ins);
    ins = NULL;
    {
        char a[48];
        snprintf(a, sizeof(a), "%ld/%ld", *rows, *assessed);
        if (wc_audit(db, tenant, actor, "wave.evidence", w.code, NULL, NULL, a, NULL, err) != 0)
            goto out;
    }
    if (db_commit(db, err) != 0)
        goto out;
    rc = 0;
out:
    if (rc != 0) {
        *rows = 0;
        db_rollback(db);
    }
    db_finalize(ins);
    if (loaded)
        ev_ctx_free(&c);
    policy_free(p);
    return rc;
}

int wave_evidence_template(struct db *db, int64_t tenant, int64_t wave, const char *path,
                           long *rows, struct merit_error *err)
{
    static const char *const header[] = {"nip",         "nama",       "asesor",
                                         "metode",      "kompetensi", "level",
                                         "skor_mentah", "indikator",  "catatan"};
    struct wave_info w;
    struct table_writer *tw = NULL;
    struct db_stmt *st = NULL;
    const char *ext = strrchr(path, '.');
    enum table_format fmt = ext && strcmp(ext, ".xlsx") == 0 ? TABLE_XLSX : TABLE_CSV;
    int step, rc = -1;

    *rows = 0;
    if (wc_wave_load(db, tenant, wave, &w, err) != 0)
        return -1;
    if (table_writer_open(path, fmt, "bukti", header, NULL, 9, NULL, 0, &tw, err) != 0)
        return -1;
    st = db_prepare(db,
                    "SELECT e.nip, e.name, a.code, m.method_code, m.target_code,"
                    " ev.level, ev.raw_score, ev.indicators, ev.note"
                    " FROM participant pa JOIN employee e ON e.id = pa.employee_id"
                    " JOIN assignment x ON x.participant_id = pa.id"
                    " JOIN assessor a ON a.id = x.assessor_id"
                    " JOIN wave_matrix m ON m.wave_id = pa.wave_id"
                    " LEFT JOIN evidence ev ON ev.participant_id = pa.id AND ev.assessor_id = a.id"
                    " AND ev.method_code = m.method_code AND ev.target_code = m.target_code"
                    " WHERE pa.wave_id = $1 AND pa.tenant_id = $2"
                    " AND pa.status NOT IN ('absent', 'withdrawn')"
                    " ORDER BY e.nip, a.code, m.method_code, m.target_code",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    db_bind_int64(st, 2, tenant);
    while ((step = db_step(st, err)) == DB_ROW) {
        char lv[8] = "";
        const char *cells[9];

        if (!db_col_isnull(st, 5))
            wc_level_format((int)db_col_int64(st, 5), lv);
        for (int i = 0; i < 5; i++)
            cells[i] = db_col_text(st, i);
        cells[5] = db_col_isnull(st, 6) ? lv : "";
        cells[6] = db_col_text(st, 6);
        cells[7] = db_col_text(st, 7);
        cells[8] = db_col_text(st, 8);
        if (table_writer_row(tw, cells, err) != 0)
            goto out;
        (*rows)++;
    }
    if (step != DB_DONE)
        goto out;
    rc = 0;
out:
    db_finalize(st);
    if (table_writer_close(tw, rc == 0 ? err : &(struct merit_error){0}) != 0)
        rc = -1;
    return rc;
}
