/*
 * report_committee.c - the committee's minutes and recommendation letter of
 * report_committee.h, from committee_show (members, officials, components, the recorded
 * results) and committee_list (the committee's name and finalisation).
 */
#include "report/report_committee.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "report/pdf.h"
#include "services/committee.h"

static const char *js(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

static double jn(json_t *o, const char *k)
{
    return json_number_value(json_object_get(o, k));
}

int report_committee_kind_parse(const char *s, enum report_committee_kind *kind)
{
    if (strcmp(s, "minutes") == 0)
        *kind = REPORT_COMMITTEE_MINUTES;
    else if (strcmp(s, "letter") == 0)
        *kind = REPORT_COMMITTEE_LETTER;
    else
        return -1;
    return 0;
}

static const char *role_label(const char *r)
{
    if (strcmp(r, "chair") == 0)
        return T("Ketua", "Chair");
    if (strcmp(r, "secretary") == 0)
        return T("Sekretaris", "Secretary");
    if (strcmp(r, "member") == 0)
        return T("Anggota", "Member");
    return r;
}

static const char *component_label(const char *c)
{
    static const struct {
        const char *code, *id, *en;
    } k[] = {{"kinerja", "Kinerja", "Performance"},
             {"disiplin", "Disiplin", "Discipline"},
             {"rekam_jejak", "Rekam jejak", "Track record"},
             {"tes_tertulis", "Tes tertulis", "Written test"},
             {"wawancara", "Wawancara", "Interview"},
             {"jpm", "JPM", "JPM"}};
    for (size_t i = 0; i < sizeof(k) / sizeof(k[0]); i++)
        if (strcmp(k[i].code, c) == 0)
            return T(k[i].id, k[i].en);
    return c;
}

static const char *rec_label(json_t *res)
{
    const char *s = js(res, i18n_get() == LANG_EN ? "recommendation_en" : "recommendation_id");
    return *s ? s : js(res, "recommendation");
}

static void sec_identity(struct pdf_doc *d, struct arena *a, json_t *c, json_t *row)
{
    const char *keys[6], *vals[6];
    size_t n = 0;

    keys[n] = T("Panitia seleksi", "Committee"),
    vals[n++] = arena_printf(a, "%s (%s)", js(row, "name"), js(c, "code"));
    keys[n] = T("Tanggal acuan", "As of"), vals[n++] = js(c, "as_of");
    keys[n] = T("Kebijakan komite", "Committee policy"),
    vals[n++] = arena_printf(a, "%s %lld", T("versi", "version"),
                             (long long)json_integer_value(json_object_get(row, "policy_version")));
    keys[n] = T("Ditetapkan", "Finalised"),
    vals[n++] = arena_printf(a, "%s %s %s", js(row, "finalised_at"), T("oleh", "by"),
                             js(row, "finalised_by"));
    keys[n] = T("Pejabat yang diuji", "Officials tested"),
    vals[n++] = arena_printf(a, "%zu", json_array_size(json_object_get(c, "officials")));
    pdf_kv(d, keys, vals, n);
}

static void sec_members(struct pdf_doc *d, struct arena *a, json_t *c)
{
    json_t *ms = json_object_get(c, "members"), *m;
    size_t n = json_array_size(ms), i;
    const char **cells = arena_alloc(a, (n ? n : 1) * 5 * sizeof(*cells));
    struct pdf_column col[5] = {{"", 0.8, PDF_LEFT},
                                {"", 2.6, PDF_LEFT},
                                {"", 1.3, PDF_LEFT},
                                {"", 1.8, PDF_LEFT},
                                {"", 4.0, PDF_LEFT}};

    json_array_foreach(ms, i, m)
    {
        long long conflicts = (long long)json_integer_value(json_object_get(m, "conflicts"));
        cells[i * 5] = js(m, "code");
        cells[i * 5 + 1] = js(m, "name");
        cells[i * 5 + 2] = role_label(js(m, "role"));
        cells[i * 5 + 3] = js(m, "organisation");
        cells[i * 5 + 4] =
            *js(m, "declaration")
                ? arena_printf(a, "%s (%.10s)%s", js(m, "declaration"), js(m, "declared_at"),
                               conflicts ? arena_printf(a, "; %s: %lld",
                                                        T("benturan kepentingan dengan peserta",
                                                          "conflicts with officials"),
                                                        conflicts)
                                         : "")
                : T("belum menandatangani pernyataan", "no declaration signed");
    }
    col[0].header = T("Kode", "Code");
    col[1].header = T("Nama", "Name");
    col[2].header = T("Peran", "Role");
    col[3].header = T("Instansi", "Organisation");
    col[4].header = T("Pernyataan benturan kepentingan", "Conflict-of-interest declaration");
    pdf_table(d, col, 5, cells, n);
}

static void sec_results(struct pdf_doc *d, struct arena *a, json_t *c)
{
    json_t *os = json_object_get(c, "officials"), *comps = json_object_get(c, "components"), *o, *k;
    size_t n = json_array_size(os), nc = json_array_size(comps), i, j, ncols = nc + 3;
    const char **cells;
    struct pdf_column col[32];
    struct pdf_column ocol[5] = {{"No", 0.5, PDF_RIGHT},
                                 {"", 2.8, PDF_LEFT},
                                 {"NIP", 2.2, PDF_LEFT},
                                 {"", 1.6, PDF_LEFT},
                                 {"", 3.2, PDF_LEFT}};

    if (ncols > 32)
        ncols = 32, nc = 29;
    pdf_heading(d, 1, T("C. Pejabat yang Diuji", "C. Officials Tested"));
    cells = arena_alloc(a, (n ? n : 1) * 5 * sizeof(*cells));
    json_array_foreach(os, i, o)
    {
        cells[i * 5] = arena_printf(a, "%zu", i + 1);
        cells[i * 5 + 1] = js(o, "name");
        cells[i * 5 + 2] = js(o, "nip");
        cells[i * 5 + 3] = js(o, "position");
        cells[i * 5 + 4] = rec_label(json_object_get(o, "result"));
    }
    ocol[1].header = T("Nama", "Name");
    ocol[3].header = T("Jabatan", "Position");
    ocol[4].header = T("Rekomendasi", "Recommendation");
    pdf_table(d, ocol, 5, cells, n);

    pdf_heading(d, 1, T("D. Nilai Komponen dan Nilai Akhir", "D. Component Scores and Aggregate"));
    pdf_paragraph(d, T("Nilai komponen dari anggota panitia adalah rata-rata anggota yang tidak "
                       "memiliki benturan kepentingan dengan pejabat yang bersangkutan; bobot "
                       "menurut kebijakan komite.",
                       "Member-scored components are the mean of the members without a conflict "
                       "of interest with the official; weights by the committee policy."));
    col[0] = (struct pdf_column){"No", 0.5, PDF_RIGHT};
    col[1] = (struct pdf_column){"NIP", 2.2, PDF_LEFT};
    json_array_foreach(comps, j, k)
    {
        if (j >= nc)
            break;
        col[2 + j] = (struct pdf_column){
            arena_printf(a, "%s (%lld%%)", component_label(js(k, "code")),
                         (long long)json_integer_value(json_object_get(k, "weight_pct"))),
            1.0, PDF_RIGHT};
    }
    col[2 + nc] = (struct pdf_column){T("Nilai akhir", "Aggregate"), 1.0, PDF_RIGHT};
    cells = arena_alloc(a, (n ? n : 1) * ncols * sizeof(*cells));
    json_array_foreach(os, i, o)
    {
        json_t *r = json_object_get(o, "result"), *cs = json_object_get(r, "components");
        cells[i * ncols] = arena_printf(a, "%zu", i + 1);
        cells[i * ncols + 1] = js(o, "nip");
        json_array_foreach(comps, j, k)
        {
            if (j >= nc)
                break;
            json_t *v = json_object_get(cs, js(k, "code"));
            cells[i * ncols + 2 + j] =
                json_is_number(v) ? arena_printf(a, "%.2f", json_number_value(v)) : "-";
        }
        cells[i * ncols + 2 + nc] = arena_printf(a, "%.2f", jn(r, "aggregate"));
    }
    pdf_table(d, col, ncols, cells, n);
}

static void signatures(struct pdf_doc *d, struct arena *a, json_t *c)
{
    json_t *ms = json_object_get(c, "members"), *m;
    size_t n = json_array_size(ms), i, row = 0;
    const char **cells = arena_alloc(a, (n ? n : 1) * 3 * sizeof(*cells));
    struct pdf_column col[3] = {{"", 2.0, PDF_LEFT}, {"", 3.5, PDF_LEFT}, {"", 3.5, PDF_LEFT}};
    static const char *order[] = {"chair", "secretary", "member"};

    /* the chair first, then the secretary, then the members */
    for (size_t o = 0; o < 3; o++)
        json_array_foreach(ms, i, m)
        {
            if (strcmp(js(m, "role"), order[o]) != 0)
                continue;
            cells[row * 3] = role_label(js(m, "role"));
            cells[row * 3 + 1] = arena_printf(a, "%s\n%s", js(m, "name"), js(m, "organisation"));
            cells[row * 3 + 2] = "\n\n\n";
            row++;
        }
    col[0].header = T("Jabatan dalam panitia", "Role on the committee");
    col[1].header = T("Nama", "Name");
    col[2].header = T("Tanda tangan", "Signature");
    pdf_table(d, col, 3, cells, row);
}

static void minutes(struct pdf_doc *d, struct arena *a, json_t *c, json_t *row, const char *today)
{
    pdf_heading(d, 1,
                T("BERITA ACARA UJI KOMPETENSI JABATAN PIMPINAN TINGGI",
                  "MINUTES OF THE JPT COMPETENCY TEST"));
    pdf_paragraph(
        d, arena_printf(a, "%s %s, %s %s (%s) %s", T("Pada tanggal", "On"), today,
                        T("panitia seleksi", "the selection committee"), js(row, "name"),
                        js(c, "code"),
                        T("telah melaksanakan uji kompetensi bagi pejabat pimpinan tinggi yang "
                          "telah menduduki jabatan 2 sampai 5 tahun (PP 11/2017 Pasal 131) dan "
                          "menetapkan hasilnya sebagai berikut.",
                          "has held the competency test of the senior executives 2 to 5 years in "
                          "their post (PP 11/2017 art. 131) and records its results as follows.")));
    sec_identity(d, a, c, row);
    pdf_heading(d, 1, T("A. Susunan Panitia", "A. The Committee"));
    sec_members(d, a, c);
    pdf_heading(d, 1, T("B. Komponen Penilaian", "B. Components"));
    {
        json_t *comps = json_object_get(c, "components"), *k;
        size_t i;
        json_array_foreach(comps, i, k) pdf_bullet(
            d, arena_printf(a, "%s: %s %lld%% (%s)", component_label(js(k, "code")),
                            T("bobot", "weight"),
                            (long long)json_integer_value(json_object_get(k, "weight_pct")),
                            strcmp(js(k, "source"), "members") == 0
                                ? T("dinilai anggota panitia", "scored by the members")
                                : T("dari data kepegawaian", "from the records")));
    }
    sec_results(d, a, c);
    pdf_heading(d, 1, T("E. Pengesahan", "E. Signatures"));
    pdf_paragraph(d, T("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan "
                       "sebagaimana mestinya.",
                       "These minutes are made truthfully, to be used as appropriate."));
    signatures(d, a, c);
}

static void letter(struct pdf_doc *d, struct arena *a, json_t *c, json_t *row, const char *today)
{
    json_t *os = json_object_get(c, "officials"), *o;
    const char *keys[4], *vals[4];
    size_t i;

    keys[0] = T("Nomor", "Number"), vals[0] = "800 / ...... / BKPSDM";
    keys[1] = T("Sifat", "Classification"), vals[1] = "RAHASIA";
    keys[2] = T("Lampiran", "Enclosure"), vals[2] = T("1 (satu) berkas berita acara uji kompetensi",
                                                      "1 (one) set of the competency test minutes");
    keys[3] = T("Hal", "Subject"),
    vals[3] = T("Rekomendasi hasil uji kompetensi Jabatan Pimpinan Tinggi",
                "Recommendations of the JPT competency test");
    pdf_paragraph(d, today);
    pdf_kv(d, keys, vals, 4);
    pdf_paragraph(d, T("Yth. Kepala Daerah\nselaku Pejabat Pembina Kepegawaian\ndi Tempat",
                       "To the Regional Head\nas the Civil Service Supervisory Official"));
    pdf_space(d, 6);
    pdf_paragraph(
        d, arena_printf(a, "%s %s (%s), %s %s, %s",
                        T("Berdasarkan hasil uji kompetensi oleh panitia seleksi",
                          "Following the competency test by the selection committee"),
                        js(row, "name"), js(c, "code"), T("yang ditetapkan pada", "finalised on"),
                        arena_printf(a, "%.10s", js(row, "finalised_at")),
                        T("dengan hormat kami sampaikan rekomendasi bagi pejabat pimpinan tinggi "
                          "yang diuji sebagai berikut:",
                          "we respectfully submit the following recommendations for the senior "
                          "executives tested:")));
    json_array_foreach(os, i, o)
    {
        json_t *r = json_object_get(o, "result");
        pdf_paragraph(d, arena_printf(a, "%zu. %s, NIP %s, %s %s: %s %.2f; %s: %s.", i + 1,
                                      js(o, "name"), js(o, "nip"), T("jabatan", "position"),
                                      js(o, "position"), T("nilai akhir", "aggregate"),
                                      jn(r, "aggregate"), T("rekomendasi", "recommendation"),
                                      rec_label(r)));
    }
    pdf_paragraph(d, T("Berita acara dan rincian nilai terlampir. Demikian kami sampaikan; atas "
                       "perhatian dan perkenan Bapak/Ibu, kami ucapkan terima kasih.",
                       "The minutes and the detailed scores are enclosed. Thank you for your "
                       "attention."));
    pdf_space(d, 12);
    pdf_paragraph(d, T("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia,",
                       "Head of the Civil Service and HR Development Agency (BKPSDM),"));
    pdf_space(d, 48);
    pdf_paragraph(d, T("(.......................................)\nNIP ........................",
                       "(.......................................)\nNIP ........................"));
    pdf_space(d, 12);
    pdf_paragraph(d, T("Tembusan: Ketua Panitia Seleksi", "Copy: the Chair of the Committee"));
}

int report_committee_pdf(struct db *db, int64_t tenant, const char *code,
                         enum report_committee_kind kind, const char *today, struct buf *out,
                         struct merit_error *err)
{
    struct arena a;
    struct pdf_doc *d = NULL;
    struct pdf_options opt = {0};
    json_t *c = NULL, *list = NULL, *row = NULL, *it;
    size_t i;
    int rc = -1;

    arena_init(&a, 0);
    if (committee_show(db, tenant, code, &c, err) != 0 ||
        committee_list(db, tenant, 0, &list, err) != 0)
        goto out;
    json_array_foreach(list, i, it) if (strcmp(js(it, "code"), code) == 0) row = it;
    if (!row || strcmp(js(c, "status"), "final") != 0) {
        err_set(err, MERIT_EINVAL, "%s %s %s", T("panitia", "committee"), code,
                T("belum difinalisasi: berita acara dan surat rekomendasi dibuat dari hasil "
                  "yang telah ditetapkan ('merit committee finalise')",
                  "is not finalised: the minutes and the letter are made from the finalised "
                  "record ('merit committee finalise')"));
        goto out;
    }
    opt.title = arena_printf(
        &a, "%s - %s",
        kind == REPORT_COMMITTEE_MINUTES
            ? T("Berita Acara Uji Kompetensi", "Competency Test Minutes")
            : T("Surat Rekomendasi Uji Kompetensi", "Competency Test Recommendation Letter"),
        code);
    opt.marking = "RAHASIA";
    opt.footer = arena_printf(&a, "merit - %s %s", T("dicetak", "printed"), today);
    opt.page_fmt = T("Halaman %d dari %d", "Page %d of %d");
    d = pdf_doc_new(&opt);
    if (kind == REPORT_COMMITTEE_MINUTES)
        minutes(d, &a, c, row, today);
    else
        letter(d, &a, c, row, today);
    rc = pdf_doc_finish(d, out, err);
out:
    pdf_doc_free(d);
    json_decref(c);
    json_decref(list);
    arena_free(&a);
    return rc;
}
