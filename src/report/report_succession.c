/*
 * report_succession.c - the succession slate of report_succession.h, from succession_slates
 * (the candidates) and talent_forecast (the holder and when they leave the post).
 */
#include "report/report_succession.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "report/pdf.h"
#include "services/succession.h"
#include "services/talent.h"

static const char *js(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

static double jn(json_t *o, const char *k)
{
    return json_number_value(json_object_get(o, k));
}

static const char *readiness_label(const char *r)
{
    if (strcmp(r, "now") == 0)
        return T("siap sekarang", "ready now");
    if (strcmp(r, "1-2y") == 0)
        return T("siap 1-2 tahun", "ready in 1-2 years");
    if (strcmp(r, "3+y") == 0)
        return T("siap 3 tahun lebih", "ready in 3+ years");
    return r;
}

static const char *event_label(const char *e)
{
    if (strcmp(e, "retirement") == 0)
        return T("batas usia pensiun", "retirement age");
    if (strcmp(e, "jpt_cap") == 0)
        return T("batas 5 tahun JPT", "5-year JPT cap");
    return e;
}

/* "a; b; c" of a JSON array of strings (fit.h's requirement codes) */
static const char *join(struct arena *a, json_t *arr)
{
    struct buf b = BUF_INIT;
    const char *s;
    size_t i;
    json_t *v;

    json_array_foreach(arr, i, v)
    {
        const char *t = json_is_string(v) ? json_string_value(v) : "?";
        buf_printf(&b, "%s%s", i ? "; " : "", t);
    }
    s = arena_printf(a, "%s", b.len ? b.data : "-");
    buf_release(&b);
    return s;
}

int report_succession_pdf(struct db *db, int64_t tenant, const char *period, const char *position,
                          const char *today, struct buf *out, struct merit_error *err)
{
    struct arena a;
    struct pdf_doc *d = NULL;
    struct pdf_options opt = {0};
    struct pdf_column c[8] = {{"", 0.6, PDF_RIGHT},    {"", 3.0, PDF_LEFT},  {"", 1.6, PDF_LEFT},
                              {"JPM", 1.0, PDF_RIGHT}, {"", 1.5, PDF_LEFT},  {"", 0.9, PDF_RIGHT},
                              {"", 2.2, PDF_LEFT},     {"", 1.3, PDF_CENTER}};
    json_t *sl = NULL, *fc = NULL, *slate, *cands, *holder = NULL, *it;
    const char *keys[8], *vals[8], **cells;
    size_t nk = 0, n, i;
    int rc = -1;

    arena_init(&a, 0);
    if (succession_slates(db, tenant, period, position, &sl, err) != 0 ||
        talent_forecast(db, tenant, today, 120, 0, NULL, &fc, err) != 0)
        goto out;
    slate = json_array_get(json_object_get(sl, "slates"), 0);
    if (!slate) {
        err_set(err, MERIT_ENOTFOUND, "%s %s",
                T("tidak ada slate suksesi untuk jabatan", "no succession slate for position"),
                position);
        goto out;
    }
    json_array_foreach(json_object_get(fc, "positions"), i,
                       it) if (strcmp(js(it, "position"), position) == 0 && !holder) holder = it;
    cands = json_object_get(slate, "candidates");
    n = json_array_size(cands);
    opt.title =
        arena_printf(&a, "%s - %s - %s", T("Slate Suksesi", "Succession Slate"), period, position);
    opt.marking = "RAHASIA";
    opt.footer = arena_printf(&a, "merit - %s %s", T("dicetak", "printed"), today);
    opt.page_fmt = T("Halaman %d dari %d", "Page %d of %d");
    d = pdf_doc_new(&opt);
    pdf_heading(d, 1, T("SLATE SUKSESI JABATAN KUNCI", "KEY POSITION SUCCESSION SLATE"));
    pdf_heading(d, 1, T("A. Jabatan", "A. The Position"));
    keys[nk] = T("Jabatan", "Position"),
    vals[nk++] = arena_printf(&a, "%s (%s)", js(slate, "position_name"), js(slate, "position"));
    keys[nk] = T("Unit kerja", "Unit"), vals[nk++] = js(slate, "unit");
    keys[nk] = T("Periode talenta", "Talent period"),
    vals[nk++] =
        arena_printf(&a, "%s (%s %s)", js(sl, "period"), T("per", "as of"), js(sl, "as_of"));
    keys[nk] = T("Pemangku", "Holder");
    vals[nk++] = holder ? arena_printf(&a, "%s (NIP %s)", js(holder, "name"), js(holder, "nip"))
                        : T("- (tidak diketahui dalam 10 tahun ke depan)",
                            "- (not known within the next 10 years)");
    keys[nk] = T("Meninggalkan jabatan", "Leaves the post");
    vals[nk++] =
        holder ? arena_printf(&a, "%s (%s)", js(holder, "date"), event_label(js(holder, "event")))
               : T("lebih dari 10 tahun lagi", "more than 10 years away");
    keys[nk] = T("Kebijakan talenta", "Talent policy");
    vals[nk++] =
        arena_printf(&a, "%s %lld", T("versi", "version"),
                     (long long)json_integer_value(json_object_get(sl, "talent_policy_version")));
    pdf_kv(d, keys, vals, nk);
    pdf_heading(d, 1, T("B. Calon Pengganti", "B. Candidates"));
    if (n == 0) {
        pdf_paragraph(d, T("Tidak ada calon yang memenuhi syarat dalam kelompok talenta.",
                           "No qualifying candidate in the talent pool."));
    } else {
        cells = arena_alloc(&a, n * 8 * sizeof(*cells));
        json_array_foreach(cands, i, it)
        {
            cells[i * 8] = arena_printf(&a, "%lld",
                                        (long long)json_integer_value(json_object_get(it, "rank")));
            cells[i * 8 + 1] =
                arena_printf(&a, "%s\nNIP %s\n%s", js(it, "name"), js(it, "nip"), js(it, "unit"));
            cells[i * 8 + 2] = readiness_label(js(it, "readiness"));
            cells[i * 8 + 3] = arena_printf(&a, "%.2f", jn(it, "jpm"));
            cells[i * 8 + 4] = js(it, "category_label");
            cells[i * 8 + 5] =
                arena_printf(&a, "%lld", (long long)json_integer_value(json_object_get(it, "box")));
            cells[i * 8 + 6] = join(&a, json_object_get(it, "unmet"));
            cells[i * 8 + 7] = json_is_true(json_object_get(it, "emergency")) ? "!" : "";
        }
        c[0].header = "No";
        c[1].header = T("Calon", "Candidate");
        c[2].header = T("Kesiapan", "Readiness");
        c[4].header = T("Kategori", "Category");
        c[5].header = T("Kotak", "Box");
        c[6].header = T("Syarat belum terpenuhi", "Unmet requirements");
        c[7].header = T("Darurat", "Emergency");
        pdf_table(d, c, 8, cells, n);
        pdf_paragraph(d, T("Urutan: syarat jabatan terpenuhi lebih dahulu, lalu JPM terhadap SKJ "
                           "jabatan. Tanda ! menandai pengganti darurat (calon terbaik yang siap "
                           "sekarang).",
                           "Order: requirements met first, then JPM against the position's SKJ. "
                           "! marks the emergency successor (the best candidate ready now)."));
    }
    rc = pdf_doc_finish(d, out, err);
out:
    pdf_doc_free(d);
    json_decref(sl);
    json_decref(fc);
    arena_free(&a);
    return rc;
}
