/*
 * report_package.c - the move package report of report_package.h, from move_package_show.
 */
#include "report/report_package.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "report/pdf.h"
#include "services/move.h"

static const char *js(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

static const char *dash(const char *s)
{
    return *s ? s : "-";
}

static void sec_identity(struct pdf_doc *d, struct arena *a, json_t *p)
{
    const char *keys[8], *vals[8];
    size_t n = 0;

    pdf_heading(d, 1, T("A. Paket", "A. The Package"));
    keys[n] = T("Kode", "Code"), vals[n++] = js(p, "code");
    keys[n] = T("Judul", "Title"), vals[n++] = js(p, "title");
    keys[n] = T("Status", "Status"), vals[n++] = js(p, "status");
    keys[n] = T("Dibuat oleh", "Created by"), vals[n++] = dash(js(p, "created_by"));
    keys[n] = T("Jumlah perpindahan", "Moves"),
    vals[n++] = arena_printf(a, "%zu", json_array_size(json_object_get(p, "moves")));
    keys[n] = T("Nomor / tanggal SK", "SK number / date"),
    vals[n++] = *js(p, "sk_number")
                    ? arena_printf(a, "%s / %s", js(p, "sk_number"), js(p, "sk_date"))
                    : "-";
    keys[n] = T("Dilaksanakan", "Executed"), vals[n++] = dash(js(p, "executed_at"));
    keys[n] = T("Perlu rekomendasi atasan (JPT)", "Supervisor recommendation needed (JPT)"),
    vals[n++] = json_is_true(json_object_get(p, "needs_supervisor_recommendation"))
                    ? T("ya", "yes")
                    : T("tidak", "no");
    pdf_kv(d, keys, vals, n);
}

static void sec_moves(struct pdf_doc *d, struct arena *a, json_t *p)
{
    json_t *ms = json_object_get(p, "moves"), *m;
    size_t n = json_array_size(ms), i, j;
    const char **cells = arena_alloc(a, (n ? n : 1) * 6 * sizeof(*cells));
    struct pdf_column c[6] = {{"No", 0.5, PDF_RIGHT}, {"", 3.0, PDF_LEFT}, {"", 1.9, PDF_LEFT},
                              {"", 3.0, PDF_LEFT},    {"", 1.4, PDF_LEFT}, {"", 1.3, PDF_LEFT}};
    struct pdf_column vc[4] = {
        {"", 1.4, PDF_LEFT}, {"", 1.3, PDF_LEFT}, {"", 3.6, PDF_LEFT}, {"", 3.2, PDF_LEFT}};

    pdf_heading(d, 1, T("B. Daftar Perpindahan", "B. Moves"));
    json_array_foreach(ms, i, m)
    {
        cells[i * 6] = arena_printf(a, "%zu", i + 1);
        cells[i * 6 + 1] = arena_printf(a, "%s\nNIP %s", js(m, "name"), js(m, "nip"));
        cells[i * 6 + 2] = js(m, "from");
        cells[i * 6 + 3] = arena_printf(a, "%s (%s)", js(m, "to_name"), js(m, "to"));
        cells[i * 6 + 4] = arena_printf(a, "%s\n%s", js(m, "kind"), js(m, "date"));
        cells[i * 6 + 5] = js(m, "verdict");
    }
    c[1].header = T("Pegawai", "Employee");
    c[2].header = T("Dari", "From");
    c[3].header = T("Ke jabatan", "To position");
    c[4].header = T("Jenis / TMT", "Kind / date");
    c[5].header = T("Putusan", "Verdict");
    pdf_table(d, c, 6, cells, n);

    pdf_heading(d, 1, T("C. Pemeriksaan Aturan per Perpindahan", "C. Rule Checks per Move"));
    vc[0].header = T("Aturan", "Rule");
    vc[1].header = T("Putusan", "Verdict");
    vc[2].header = T("Dasar hukum", "Citation");
    vc[3].header = T("Fakta", "Facts");
    json_array_foreach(ms, i, m)
    {
        json_t *vs = json_object_get(m, "verdicts"), *v;
        size_t nv = json_array_size(vs);
        const char **vcells = arena_alloc(a, (nv ? nv : 1) * 4 * sizeof(*vcells));

        pdf_heading(d, 2,
                    arena_printf(a, "%zu. %s (NIP %s): %s -> %s", i + 1, js(m, "name"),
                                 js(m, "nip"), js(m, "from"), js(m, "to")));
        json_array_foreach(vs, j, v)
        {
            vcells[j * 4] = js(v, "rule");
            vcells[j * 4 + 1] = *js(v, "approver")
                                    ? arena_printf(a, "%s (%s %s)", js(v, "verdict"),
                                                   T("oleh", "by"), js(v, "approver"))
                                    : js(v, "verdict");
            vcells[j * 4 + 2] = js(v, "citation");
            vcells[j * 4 + 3] = js(v, "facts");
        }
        if (nv)
            pdf_table(d, vc, 4, vcells, nv);
        else
            pdf_paragraph(d, T("Tidak ada aturan yang diperiksa.", "No rule was checked."));
    }
}

static void sec_trail(struct pdf_doc *d, struct arena *a, json_t *p)
{
    json_t *tr = json_object_get(p, "trail"), *t;
    size_t n = json_array_size(tr), i;
    const char **cells = arena_alloc(a, (n ? n : 1) * 4 * sizeof(*cells));
    struct pdf_column c[4] = {
        {"", 1.6, PDF_LEFT}, {"", 2.4, PDF_LEFT}, {"", 3.8, PDF_LEFT}, {"", 2.0, PDF_LEFT}};

    pdf_heading(d, 1, T("D. Jejak Persetujuan", "D. Approval Trail"));
    if (n == 0) {
        pdf_paragraph(d, T("Paket belum diajukan.", "The package has not been submitted."));
        return;
    }
    json_array_foreach(tr, i, t)
    {
        cells[i * 4] = js(t, "step");
        cells[i * 4 + 1] = js(t, "actor");
        cells[i * 4 + 2] = js(t, "reason");
        cells[i * 4 + 3] = js(t, "at");
    }
    c[0].header = T("Tahap", "Step");
    c[1].header = T("Oleh", "By");
    c[2].header = T("Alasan", "Reason");
    c[3].header = T("Waktu", "When");
    pdf_table(d, c, 4, cells, n);
}

int report_package_pdf(struct db *db, int64_t tenant, const char *code, const char *today,
                       struct buf *out, struct merit_error *err)
{
    struct arena a;
    struct pdf_doc *d = NULL;
    struct pdf_options opt = {0};
    json_t *p = NULL;
    int rc = -1;

    arena_init(&a, 0);
    if (move_package_show(db, tenant, code, &p, err) != 0)
        goto out;
    opt.title = arena_printf(&a, "%s - %s", T("Paket Rotasi/Mutasi", "Move Package"), code);
    opt.marking = "RAHASIA";
    opt.footer = arena_printf(&a, "merit - %s %s", T("dicetak", "printed"), today);
    opt.page_fmt = T("Halaman %d dari %d", "Page %d of %d");
    d = pdf_doc_new(&opt);
    pdf_heading(d, 1, T("PAKET ROTASI DAN MUTASI PEGAWAI", "EMPLOYEE MOVE PACKAGE"));
    sec_identity(d, &a, p);
    sec_moves(d, &a, p);
    sec_trail(d, &a, p);
    rc = pdf_doc_finish(d, out, err);
out:
    pdf_doc_free(d);
    json_decref(p);
    arena_free(&a);
    return rc;
}
