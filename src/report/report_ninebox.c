/*
 * report_ninebox.c - the 9-box poster of report_ninebox.h, from talent_period_show and
 * talent_list, laid out as a table: one row per performance level (high first), one column per
 * potential level (low first).
 */
#include "report/report_ninebox.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "domain/talent.h"
#include "report/pdf.h"
#include "services/talent.h"

static const char *js(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

/* one box's cell: "Kotak N - label (count)", then the names, at most REPORT_NINEBOX_NAMES */
static const char *box_cell(struct arena *a, json_t *list, int box)
{
    const struct talent_box *b = talent_box_get(box);
    struct buf t = BUF_INIT, names = BUF_INIT;
    size_t i, count = 0, shown = 0;
    const char *cell;
    json_t *r;

    json_array_foreach(list, i, r)
    {
        if (json_integer_value(json_object_get(r, "box")) != box)
            continue;
        count++;
        if (shown < REPORT_NINEBOX_NAMES) {
            buf_printf(&names, "%s%s", shown ? ", " : "", js(r, "name"));
            shown++;
        }
    }
    buf_printf(&t, "%s %d - %s (%zu)\n", T("Kotak", "Box"), box,
               b ? T(b->label_id, b->label_en) : "", count);
    if (count == 0)
        buf_printf(&t, "-");
    else
        buf_printf(&t, "%s", names.data);
    if (count > shown)
        buf_printf(&t, " %s%zu %s", "+", count - shown, T("lainnya", "more"));
    cell = arena_printf(a, "%s", t.data);
    buf_release(&t);
    buf_release(&names);
    return cell;
}

int report_ninebox_pdf(struct db *db, int64_t tenant, const char *period, const char *unit,
                       const char *today, struct buf *out, struct merit_error *err)
{
    /* the official layout, top row first: performance high, mid, low; potential low..high */
    static const int grid[3][3] = {{4, 7, 9}, {2, 5, 8}, {1, 3, 6}};
    struct talent_filter f = {0};
    struct arena a;
    struct pdf_doc *d = NULL;
    struct pdf_options opt = {0};
    struct pdf_column c[4] = {
        {"", 1.3, PDF_LEFT}, {"", 3.0, PDF_LEFT}, {"", 3.0, PDF_LEFT}, {"", 3.0, PDF_LEFT}};
    const char *cells[12], *keys[5], *vals[5], *scope;
    json_t *p = NULL, *list = NULL;
    size_t nk = 0;
    int rc = -1;

    arena_init(&a, 0);
    f.unit = unit;
    f.eligible = 1;
    if (talent_period_show(db, tenant, period, &p, err) != 0 ||
        talent_list(db, tenant, period, &f, &list, err) != 0)
        goto out;
    if (unit && json_array_size(list) == 0) {
        err_set(err, MERIT_ENOTFOUND, "%s %s %s",
                T("tidak ada pegawai terpetakan di unit", "nobody is placed in unit"), unit,
                period);
        goto out;
    }
    scope = unit ? arena_printf(&a, "%s (%s)", js(json_array_get(list, 0), "unit"), unit)
                 : T("Seluruh instansi", "The whole agency");
    opt.title = arena_printf(&a, "%s - %s - %s", T("Peta 9 Kotak Talenta", "9-Box Talent Map"),
                             period, unit ? unit : T("instansi", "agency"));
    opt.marking = "RAHASIA";
    opt.footer = arena_printf(&a, "merit - %s %s", T("dicetak", "printed"), today);
    opt.page_fmt = T("Halaman %d dari %d", "Page %d of %d");
    opt.landscape = 1;
    d = pdf_doc_new(&opt);
    pdf_heading(d, 1, T("PETA 9 KOTAK MANAJEMEN TALENTA", "9-BOX TALENT MAP"));
    keys[nk] = T("Periode", "Period"), vals[nk++] = period;
    keys[nk] = T("Status periode", "Period status"), vals[nk++] = js(p, "status");
    keys[nk] = T("Cakupan", "Scope"), vals[nk++] = scope;
    keys[nk] = T("Terpetakan", "Placed"),
    vals[nk++] = arena_printf(&a, "%zu %s", json_array_size(list), T("pegawai", "employees"));
    pdf_kv(d, keys, vals, nk);
    c[0].header = T("Kinerja \\ Potensi", "Performance \\ Potential");
    c[1].header = T("Potensi rendah", "Low potential");
    c[2].header = T("Potensi menengah", "Medium potential");
    c[3].header = T("Potensi tinggi", "High potential");
    for (int r = 0; r < 3; r++) {
        cells[r * 4] = r == 0   ? T("Kinerja tinggi", "High performance")
                       : r == 1 ? T("Kinerja menengah", "Medium performance")
                                : T("Kinerja rendah", "Low performance");
        for (int k = 0; k < 3; k++)
            cells[r * 4 + 1 + k] = box_cell(&a, list, grid[r][k]);
    }
    pdf_table(d, c, 4, cells, 3);
    pdf_paragraph(d, arena_printf(&a, "%s %s", T("Dasar:", "Basis:"), talent_box_source()));
    rc = pdf_doc_finish(d, out, err);
out:
    pdf_doc_free(d);
    json_decref(p);
    json_decref(list);
    arena_free(&a);
    return rc;
}
