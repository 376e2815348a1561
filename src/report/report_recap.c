/*
 * report_recap.c - the wave recap of report_recap.h, from wave_show_json and result_list.
 */
#include "report/report_recap.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "domain/jpm.h"
#include "report/pdf.h"
#include "services/result.h"
#include "services/wave.h"

static const char *js(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

static double jn(json_t *o, const char *k)
{
    return json_number_value(json_object_get(o, k));
}

/* the JPM histogram's bins: below 60, then steps of 10, then 100 and above (uncapped JPM) */
#define NBINS 6
static const double bin_lo[NBINS] = {0, 60, 70, 80, 90, 100};

static int bin_of(double jpm)
{
    int b = 0;

    for (int i = 0; i < NBINS; i++)
        if (jpm >= bin_lo[i])
            b = i;
    return b;
}

/* the category's label in the process language (the mapping or the selection scale) */
static const char *category_label(const char *code)
{
    struct jpm_scale s[2];

    jpm_scale_mapping(&s[0]);
    jpm_scale_selection(&s[1]);
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < s[k].n; i++)
            if (strcmp(s[k].cat[i].code, code) == 0)
                return T(s[k].cat[i].label_id, s[k].cat[i].label_en);
    return code;
}

static void sec_identity(struct pdf_doc *d, struct arena *a, json_t *w, size_t nres)
{
    json_t *parts = json_object_get(w, "participants"), *v;
    const char *keys[10], *vals[10], *k;
    struct buf pb = BUF_INIT;
    size_t n = 0;

    json_object_foreach(parts, k, v)
        buf_printf(&pb, "%s%s %lld", pb.len ? ", " : "", k, (long long)json_integer_value(v));
    pdf_heading(d, 1, T("A. Identitas Gelombang", "A. The Wave"));
    keys[n] = T("Kode", "Code"), vals[n++] = js(w, "code");
    keys[n] = T("Nama", "Name"), vals[n++] = js(w, "name");
    keys[n] = T("Tujuan", "Purpose"), vals[n++] = js(w, "purpose");
    keys[n] = T("Penyelenggara", "Provider"),
    vals[n++] = *js(w, "provider_name") ? js(w, "provider_name") : js(w, "provider");
    keys[n] = T("Pelaksanaan", "Held"),
    vals[n++] = arena_printf(a, "%s s.d. %s, %s", js(w, "start"), js(w, "end"), js(w, "venue"));
    keys[n] = T("Status", "Status"), vals[n++] = js(w, "status");
    keys[n] = T("Kebijakan penilaian", "Scoring policy");
    vals[n++] = arena_printf(a, "%s %lld", T("versi", "version"),
                             (long long)json_integer_value(json_object_get(w, "policy_version")));
    keys[n] = T("Ditetapkan", "Finalised"),
    vals[n++] = arena_printf(a, "%.10s", js(w, "finalised_at"));
    keys[n] = T("Peserta menurut status", "Participants by status");
    vals[n++] = arena_printf(a, "%s", pb.len ? pb.data : "-");
    keys[n] = T("Hasil final", "Final results"), vals[n++] = arena_printf(a, "%zu", nres);
    pdf_kv(d, keys, vals, n);
    buf_release(&pb);
}

static void sec_distribution(struct pdf_doc *d, struct arena *a, json_t *list)
{
    const char *cats[16], *labels[16], *blabels[NBINS];
    double ccount[16] = {0}, bcount[NBINS] = {0}, cmax = 0, bmax = 0, sum = 0;
    size_t ncat = 0, i, c;
    json_t *r;

    json_array_foreach(list, i, r)
    {
        const char *code = js(r, "category");
        for (c = 0; c < ncat && strcmp(cats[c], code) != 0; c++)
            ;
        if (c == ncat && ncat < 16)
            cats[ncat++] = code;
        if (c < ncat)
            ccount[c]++;
        bcount[bin_of(jn(r, "jpm"))]++;
        sum += jn(r, "jpm");
    }
    for (c = 0; c < ncat; c++) {
        labels[c] = arena_printf(a, "%s (%s)", category_label(cats[c]), cats[c]);
        cmax = ccount[c] > cmax ? ccount[c] : cmax;
    }
    for (c = 0; c < NBINS; c++) {
        blabels[c] = c == 0           ? arena_printf(a, "< %g%%", bin_lo[1])
                     : c == NBINS - 1 ? arena_printf(a, ">= %g%%", bin_lo[c])
                                      : arena_printf(a, "%g-%g%%", bin_lo[c], bin_lo[c + 1]);
        bmax = bcount[c] > bmax ? bcount[c] : bmax;
    }
    pdf_heading(d, 1, T("B. Sebaran Hasil", "B. Distribution"));
    pdf_paragraph(d, arena_printf(a, "%s %zu %s; %s %.2f%%.",
                                  T("Sebaran kategori", "Categories of the"), json_array_size(list),
                                  T("hasil final", "final results"), T("rata-rata JPM", "mean JPM"),
                                  json_array_size(list) ? sum / (double)json_array_size(list) : 0));
    pdf_heading(d, 2, T("Kategori", "Categories"));
    pdf_bars(d, labels, ncat, ccount, NULL, T("Jumlah peserta", "Participants"), NULL,
             cmax > 0 ? cmax : 1);
    pdf_heading(d, 2, T("Histogram JPM", "JPM histogram"));
    pdf_bars(d, blabels, NBINS, bcount, NULL, T("Jumlah peserta", "Participants"), NULL,
             bmax > 0 ? bmax : 1);
}

static void sec_ranking(struct pdf_doc *d, struct arena *a, json_t *list)
{
    size_t n = json_array_size(list), i;
    const char **cells = arena_alloc(a, (n ? n : 1) * 6 * sizeof(*cells));
    struct pdf_column c[6] = {{"", 0.7, PDF_RIGHT}, {"", 2.8, PDF_LEFT},     {"NIP", 3.0, PDF_LEFT},
                              {"", 3.4, PDF_LEFT},  {"JPM", 1.0, PDF_RIGHT}, {"", 1.6, PDF_LEFT}};
    json_t *r;

    pdf_heading(d, 1, T("C. Peringkat Hasil", "C. Ranked Results"));
    json_array_foreach(list, i, r)
    {
        cells[i * 6] =
            arena_printf(a, "%lld", (long long)json_integer_value(json_object_get(r, "rank")));
        cells[i * 6 + 1] = js(r, "name");
        cells[i * 6 + 2] = js(r, "nip");
        cells[i * 6 + 3] = arena_printf(a, "%s (%s)", js(r, "position_name"), js(r, "position"));
        cells[i * 6 + 4] = arena_printf(a, "%.2f", jn(r, "jpm"));
        cells[i * 6 + 5] = category_label(js(r, "category"));
    }
    c[0].header = T("Per.", "Rank");
    c[1].header = T("Nama", "Name");
    c[3].header = T("Jabatan target", "Target position");
    c[5].header = T("Kategori", "Category");
    pdf_table(d, c, 6, cells, n);
}

int report_recap_pdf(struct db *db, int64_t tenant, const char *wave, const char *today,
                     struct buf *out, struct merit_error *err)
{
    struct arena a;
    struct pdf_doc *d = NULL;
    struct pdf_options opt = {0};
    json_t *w = NULL, *list = NULL;
    int64_t id = 0;
    int rc = -1;

    arena_init(&a, 0);
    if (wave_find(db, tenant, wave, &id, err) != 0 ||
        wave_show_json(db, tenant, id, &w, err) != 0 ||
        result_list(db, tenant, id, today, &list, err) != 0)
        goto out;
    opt.title =
        arena_printf(&a, "%s - %s", T("Rekapitulasi Hasil Asesmen", "Assessment Recap"), wave);
    opt.marking = "RAHASIA";
    opt.footer = arena_printf(&a, "merit - %s %s", T("dicetak", "printed"), today);
    opt.page_fmt = T("Halaman %d dari %d", "Page %d of %d");
    d = pdf_doc_new(&opt);
    pdf_heading(d, 1, T("REKAPITULASI HASIL ASESMEN KOMPETENSI", "COMPETENCY ASSESSMENT RECAP"));
    sec_identity(d, &a, w, json_array_size(list));
    if (json_array_size(list) == 0) {
        pdf_paragraph(
            d, T("Belum ada hasil final di gelombang ini.", "The wave has no final result yet."));
    } else {
        sec_distribution(d, &a, list);
        sec_ranking(d, &a, list);
    }
    rc = pdf_doc_finish(d, out, err);
out:
    pdf_doc_free(d);
    json_decref(w);
    json_decref(list);
    arena_free(&a);
    return rc;
}
