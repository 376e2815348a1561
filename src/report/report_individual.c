/*
 * report_individual.c - the individual assessment report of report_individual.h, laid out with
 * the document API of pdf.h from result_show's JSON (see docs/assessment.md for its shape).
 */
#include "report/report_individual.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "report/pdf.h"
#include "services/result.h"
#include "services/wave.h"
#include "store/employee_query.h"

struct report_wave {
    struct db *db;
    int64_t tenant, wave;
    char *code;
    char today[11];
    json_t *roster; /* assessor_list_json: code, name, kind, organisation, ... */
};

int report_wave_open(struct db *db, int64_t tenant, const char *wave, const char *today,
                     struct report_wave **out, struct merit_error *err)
{
    struct report_wave *w = xcalloc(1, sizeof(*w));

    *out = NULL;
    w->db = db;
    w->tenant = tenant;
    w->code = xstrdup(wave);
    snprintf(w->today, sizeof(w->today), "%s", today ? today : "");
    if (wave_find(db, tenant, wave, &w->wave, err) != 0 ||
        assessor_list_json(db, tenant, &w->roster, err) != 0) {
        report_wave_free(w);
        return -1;
    }
    *out = w;
    return 0;
}

void report_wave_free(struct report_wave *w)
{
    if (!w)
        return;
    json_decref(w->roster);
    free(w->code);
    free(w);
}

/* ---- JSON helpers ---------------------------------------------------------------------- */

static const char *js(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

static double jn(json_t *o, const char *k)
{
    return json_number_value(json_object_get(o, k));
}

/* the label of the process language: base_id or base_en */
static const char *jlabel(json_t *o, const char *base)
{
    char k[64];
    snprintf(k, sizeof(k), "%s_%s", base, i18n_get() == LANG_EN ? "en" : "id");
    return js(o, k);
}

/* a level: 3, 3.5 (levels are kept in tenths) */
static char *fmt_level(struct arena *a, double v)
{
    return arena_printf(a, "%g", v);
}

static char *fmt_gap(struct arena *a, double v)
{
    return arena_printf(a, v > 0 ? "+%g" : "%g", v);
}

/* the competency name of code among the result's items (the code when absent) */
static const char *item_name(json_t *items, const char *code)
{
    size_t i;
    json_t *it;

    json_array_foreach(items, i, it) if (strcmp(js(it, "code"), code) == 0) return js(it, "name");
    return code;
}

static json_t *roster_find(json_t *roster, const char *code)
{
    size_t i;
    json_t *it;

    json_array_foreach(roster, i, it) if (strcmp(js(it, "code"), code) == 0) return it;
    return NULL;
}

/* ---- sections -------------------------------------------------------------------------- */

static void sec_identity(struct pdf_doc *d, struct arena *a, json_t *r,
                         const struct employee_detail *e)
{
    const char *name = js(r, "name");
    const char *keys[8], *vals[8];
    size_t n = 0;

    if (e &&
        ((e->s.gelar_depan && *e->s.gelar_depan) || (e->s.gelar_belakang && *e->s.gelar_belakang)))
        name = arena_printf(a, "%s%s%s%s%s", e->s.gelar_depan ? e->s.gelar_depan : "",
                            e->s.gelar_depan && *e->s.gelar_depan ? " " : "", name,
                            e->s.gelar_belakang && *e->s.gelar_belakang ? ", " : "",
                            e->s.gelar_belakang ? e->s.gelar_belakang : "");
    pdf_heading(d, 1, T("A. Identitas Peserta", "A. Participant"));
    keys[n] = T("Nama", "Name"), vals[n++] = name;
    keys[n] = "NIP", vals[n++] = js(r, "nip");
    keys[n] = T("Jabatan", "Position"), vals[n++] = e ? e->s.position_name : NULL;
    keys[n] = T("Unit kerja", "Unit"), vals[n++] = js(r, "unit");
    keys[n] = T("Pangkat/golongan", "Rank (golongan)"), vals[n++] = e ? e->s.golongan : NULL;
    keys[n] = T("Jabatan target", "Target position"),
    vals[n++] = arena_printf(a, "%s (%s)", js(r, "position_name"), js(r, "position"));
    keys[n] = T("Jenjang", "Level"), vals[n++] = js(r, "jenjang");
    pdf_kv(d, keys, vals, n);
}

static void sec_summary(struct pdf_doc *d, struct arena *a, json_t *r)
{
    json_t *det = json_object_get(r, "detail");
    const char *keys[10], *vals[10];
    size_t n = 0;

    pdf_heading(d, 1, T("B. Ringkasan Hasil", "B. Summary"));
    keys[n] = T("JPM (job person match)", "JPM (job person match)");
    vals[n++] = arena_printf(a, "%.2f%% (%s %.2f%%)", jn(r, "jpm"), T("dibatasi", "capped"),
                             jn(r, "jpm_capped"));
    keys[n] = T("Kategori", "Category");
    vals[n++] =
        det && *jlabel(det, "category_label") ? jlabel(det, "category_label") : js(r, "category");
    keys[n] = T("Skor", "Score"), vals[n++] = arena_printf(a, "%.2f", jn(r, "score"));
    keys[n] = T("Jumlah LKI / LKJ", "Sum of LKI / LKJ");
    vals[n++] = arena_printf(a, "%g / %g", jn(r, "sum_lki"), jn(r, "sum_lkj"));
    if (!json_is_null(json_object_get(r, "potential"))) {
        keys[n] = T("Potensi", "Potential");
        vals[n++] =
            arena_printf(a, "%.2f%% (%s)", jn(r, "potential"),
                         det && *jlabel(det, "potential_label") ? jlabel(det, "potential_label")
                                                                : js(r, "potential_category"));
    }
    keys[n] = T("Gelombang", "Wave");
    vals[n++] = arena_printf(a, "%s (%s)", js(r, "wave_name"), js(r, "wave"));
    keys[n] = T("Kebijakan penilaian", "Scoring policy");
    vals[n++] = arena_printf(a, "%s %lld", T("versi", "version"),
                             (long long)json_integer_value(json_object_get(r, "policy_version")));
    keys[n] = T("Revisi hasil", "Result revision");
    vals[n++] =
        arena_printf(a, "%lld", (long long)json_integer_value(json_object_get(r, "revision")));
    keys[n] = T("Ditetapkan", "Finalised"),
    vals[n++] = arena_printf(a, "%.10s", js(r, "finalised_at"));
    keys[n] = T("Berlaku sampai", "Valid until");
    vals[n++] = arena_printf(
        a, "%s%s", js(r, "valid_until"),
        json_is_true(json_object_get(r, "expired")) ? T(" (KEDALUWARSA)", " (EXPIRED)") : "");
    pdf_kv(d, keys, vals, n);
}

static void sec_potential(struct pdf_doc *d, struct arena *a, json_t *r)
{
    json_t *pot = json_object_get(r, "potential_aspects"), *it;
    json_t *det = json_object_get(r, "detail");
    size_t n = json_array_size(pot), i;
    const char **labels, **cells;
    double *lv, *st;
    static const struct pdf_column cols[] = {
        {"Aspek", 6, PDF_LEFT}, {"Standar", 1.5, PDF_RIGHT}, {"Level", 1.5, PDF_RIGHT}};
    struct pdf_column c[3];

    pdf_heading(d, 1, T("D. Profil Potensi", "D. Potential Profile"));
    if (json_is_null(json_object_get(r, "potential")) || n == 0) {
        pdf_paragraph(d, T("Potensi tidak diukur pada gelombang ini.",
                           "Potential was not measured in this wave."));
        return;
    }
    pdf_paragraph(d, arena_printf(a, "%s %.2f%%, %s %s.", T("Skor potensi", "Potential score"),
                                  jn(r, "potential"), T("kategori", "category"),
                                  det && *jlabel(det, "potential_label")
                                      ? jlabel(det, "potential_label")
                                      : js(r, "potential_category")));
    labels = arena_alloc(a, n * sizeof(*labels));
    cells = arena_alloc(a, n * 3 * sizeof(*cells));
    lv = arena_alloc(a, n * sizeof(*lv));
    st = arena_alloc(a, n * sizeof(*st));
    json_array_foreach(pot, i, it)
    {
        labels[i] = js(it, "name");
        lv[i] = jn(it, "level");
        st[i] = jn(it, "standard");
        cells[i * 3] = js(it, "name");
        cells[i * 3 + 1] = fmt_level(a, st[i]);
        cells[i * 3 + 2] = fmt_level(a, lv[i]);
    }
    pdf_bars(d, labels, n, lv, st, T("Level", "Level"), T("Standar", "Standard"), 5);
    memcpy(c, cols, sizeof(c));
    c[0].header = T("Aspek potensi", "Potential aspect");
    c[1].header = T("Standar", "Standard");
    pdf_table(d, c, 3, cells, n);
}

static void sec_competency(struct pdf_doc *d, struct arena *a, json_t *r)
{
    json_t *items = json_object_get(r, "items"), *it;
    size_t n = json_array_size(items), i;
    const char **labels, **cells;
    double *lki, *lkj;
    struct pdf_column c[6] = {{"", 1.2, PDF_LEFT},     {"", 4.2, PDF_LEFT},
                              {"", 1.9, PDF_LEFT},     {"LKJ", 0.9, PDF_RIGHT},
                              {"LKI", 0.9, PDF_RIGHT}, {"Gap", 0.9, PDF_RIGHT}};

    pdf_heading(d, 1, T("C. Profil Kompetensi", "C. Competency Profile"));
    if (n == 0) {
        pdf_paragraph(d, T("Tidak ada kompetensi yang dinilai.", "No competency was assessed."));
        return;
    }
    pdf_paragraph(d, T("LKI: level kompetensi individu (hasil asesmen); LKJ: level kompetensi "
                       "jabatan (standar kompetensi jabatan target); gap = LKI - LKJ.",
                       "LKI: the individual's competency level (assessed); LKJ: the level the "
                       "target position requires; gap = LKI - LKJ."));
    labels = arena_alloc(a, n * sizeof(*labels));
    cells = arena_alloc(a, n * 6 * sizeof(*cells));
    lki = arena_alloc(a, n * sizeof(*lki));
    lkj = arena_alloc(a, n * sizeof(*lkj));
    json_array_foreach(items, i, it)
    {
        labels[i] = js(it, "code");
        lki[i] = jn(it, "lki");
        lkj[i] = jn(it, "lkj");
        cells[i * 6] = js(it, "code");
        cells[i * 6 + 1] = js(it, "name");
        cells[i * 6 + 2] = js(it, "kind");
        cells[i * 6 + 3] = fmt_level(a, lkj[i]);
        cells[i * 6 + 4] = fmt_level(a, lki[i]);
        cells[i * 6 + 5] = fmt_gap(a, jn(it, "gap"));
    }
    if (n >= 3)
        pdf_radar(d, labels, n, lki, T("LKI (individu)", "LKI (individual)"), lkj,
                  T("LKJ (standar jabatan)", "LKJ (position standard)"), 5);
    else
        pdf_bars(d, labels, n, lki, lkj, "LKI", "LKJ", 5);
    c[0].header = T("Kode", "Code");
    c[1].header = T("Kompetensi", "Competency");
    c[2].header = T("Jenis", "Kind");
    pdf_table(d, c, 6, cells, n);
}

static void sec_development(struct pdf_doc *d, struct arena *a, json_t *r)
{
    json_t *det = json_object_get(r, "detail"), *items = json_object_get(r, "items"), *it;
    json_t *str = json_object_get(det, "strengths"), *dev = json_object_get(det, "development");
    size_t i, n = json_array_size(dev);
    const char **cells;
    struct pdf_column c[4] = {
        {"", 1.2, PDF_LEFT}, {"", 3.2, PDF_LEFT}, {"Gap", 0.8, PDF_RIGHT}, {"", 4.8, PDF_LEFT}};

    pdf_heading(d, 1, T("E. Kekuatan", "E. Strengths"));
    if (json_array_size(str) == 0)
        pdf_paragraph(d, T("Tidak ada kompetensi yang menonjol di atas standar.",
                           "No competency stands out above the standard."));
    json_array_foreach(str, i, it)
    {
        json_t *plan = json_object_get(it, "plan");
        const char *code = js(it, "code");
        pdf_bullet(d, arena_printf(a, "%s %s (gap %s)%s%s", code, item_name(items, code),
                                   fmt_gap(a, jn(it, "gap")), plan ? ": " : "",
                                   plan ? jlabel(plan, "label") : ""));
    }
    pdf_heading(d, 1, T("F. Area dan Rencana Pengembangan", "F. Development Areas and Plan"));
    if (n == 0) {
        pdf_paragraph(d, T("Tidak ada kompetensi di bawah standar jabatan target; rencana "
                           "pengembangan mengikuti kekuatan di atas.",
                           "No competency is below the target position's standard; development "
                           "builds on the strengths above."));
        return;
    }
    cells = arena_alloc(a, n * 4 * sizeof(*cells));
    json_array_foreach(dev, i, it)
    {
        json_t *plan = json_object_get(it, "plan");
        const char *code = js(it, "code");
        cells[i * 4] = code;
        cells[i * 4 + 1] = item_name(items, code);
        cells[i * 4 + 2] = fmt_gap(a, jn(it, "gap"));
        cells[i * 4 + 3] = plan ? jlabel(plan, "label") : "-";
    }
    c[0].header = T("Kode", "Code");
    c[1].header = T("Kompetensi", "Competency");
    c[3].header = T("Rencana pengembangan", "Development plan");
    pdf_table(d, c, 4, cells, n);
}

static void sec_assessors(struct pdf_doc *d, struct arena *a, struct report_wave *w, json_t *part)
{
    json_t *as = json_object_get(part, "assessors"), *it;
    size_t n = json_array_size(as), i;
    const char **cells;
    struct pdf_column c[3] = {{"", 1.4, PDF_LEFT}, {"", 4.0, PDF_LEFT}, {"", 4.0, PDF_LEFT}};

    pdf_heading(d, 1, T("G. Asesor", "G. Assessors"));
    if (n == 0) {
        pdf_paragraph(d, T("Tidak ada asesor tercatat.", "No assessor is recorded."));
        return;
    }
    cells = arena_alloc(a, n * 3 * sizeof(*cells));
    json_array_foreach(as, i, it)
    {
        json_t *ro = roster_find(w->roster, js(it, "code"));
        cells[i * 3] = js(it, "code");
        cells[i * 3 + 1] = ro ? js(ro, "name") : "";
        cells[i * 3 + 2] =
            ro ? arena_printf(a, "%s%s%s", js(ro, "organisation"),
                              *js(ro, "accreditation") ? " - " : "", js(ro, "accreditation"))
               : "";
    }
    c[0].header = T("Kode", "Code");
    c[1].header = T("Nama", "Name");
    c[2].header = T("Lembaga / akreditasi", "Organisation / accreditation");
    pdf_table(d, c, 3, cells, n);
}

static void sec_validity(struct pdf_doc *d, struct arena *a, json_t *r)
{
    json_t *cs = json_object_get(r, "corrections"), *it;
    size_t i;

    pdf_heading(d, 1, T("H. Keabsahan", "H. Validity"));
    pdf_paragraph(d,
                  arena_printf(a, "%s %lld. %s %s%s.",
                               T("Hasil ini dihitung menurut kebijakan penilaian versi",
                                 "This result was computed under scoring policy version"),
                               (long long)json_integer_value(json_object_get(r, "policy_version")),
                               T("Hasil berlaku sampai", "It is valid until"), js(r, "valid_until"),
                               json_is_true(json_object_get(r, "expired"))
                                   ? T(" dan telah kedaluwarsa", " and has expired")
                                   : ""));
    json_array_foreach(cs, i, it)
        pdf_bullet(d, arena_printf(a, "%s %lld (%s): %s %g -> %g, %s (%s)",
                                   T("Koreksi revisi", "Correction, revision"),
                                   (long long)json_integer_value(json_object_get(it, "revision")),
                                   js(it, "at"), js(it, "code"), jn(it, "old_level"),
                                   jn(it, "new_level"), js(it, "reason"), js(it, "actor")));
    pdf_paragraph(d, T("Dokumen ini bersifat RAHASIA: hanya untuk pegawai yang bersangkutan dan "
                       "pejabat yang berwenang dalam manajemen talenta.",
                       "This document is CONFIDENTIAL (RAHASIA): for the employee concerned and "
                       "the officials responsible for talent management only."));
}

int report_individual_pdf(struct report_wave *w, const char *nip, struct buf *out,
                          struct merit_error *err)
{
    struct arena a;
    struct employee_detail e;
    struct pdf_doc *d = NULL;
    struct pdf_options opt = {0};
    json_t *r = NULL, *part = NULL;
    int64_t employee = 0;
    int rc = -1, have_e;

    arena_init(&a, 0);
    if (result_show(w->db, w->tenant, nip, w->code, w->today, &r, err) != 0)
        goto out;
    have_e = employee_query_get(w->db, &a, w->tenant, nip, &e, err) == 0;
    if (!have_e)
        goto out;
    if (wave_participant_json(w->db, w->tenant, w->wave, nip, 0, &employee, &part, err) != 0)
        goto out;
    opt.title = arena_printf(&a, "%s - %s - %s",
                             T("Laporan Asesmen Individu", "Individual Assessment Report"),
                             js(r, "wave"), js(r, "nip"));
    opt.marking = "RAHASIA";
    opt.footer = arena_printf(&a, "merit - %s %s", T("dicetak", "printed"), w->today);
    opt.page_fmt = T("Halaman %d dari %d", "Page %d of %d");
    d = pdf_doc_new(&opt);
    pdf_heading(
        d, 1,
        T("LAPORAN HASIL ASESMEN KOMPETENSI INDIVIDU", "INDIVIDUAL COMPETENCY ASSESSMENT REPORT"));
    pdf_paragraph(d, arena_printf(&a, "%s: %s (%s). %s: %s.", T("Gelombang", "Wave"),
                                  js(r, "wave_name"), js(r, "wave"), T("Tujuan", "Purpose"),
                                  js(r, "purpose")));
    sec_identity(d, &a, r, &e);
    sec_summary(d, &a, r);
    sec_competency(d, &a, r);
    sec_potential(d, &a, r);
    sec_development(d, &a, r);
    sec_assessors(d, &a, w, part);
    sec_validity(d, &a, r);
    rc = pdf_doc_finish(d, out, err);
out:
    pdf_doc_free(d);
    json_decref(r);
    json_decref(part);
    arena_free(&a);
    return rc;
}
