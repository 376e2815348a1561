/*
 * pdf.c - the flowing-document API of pdf.h: pages recorded on cairo recording surfaces while
 * content flows, replayed onto a cairo PDF surface (with header and footer, now that the page
 * count is known) by pdf_doc_finish.
 */
#include "report/pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#include "base/xmalloc.h"

/* A4 in points (portrait, or landscape when asked: the page size is the document's, d->pw by
 * d->ph, so these need a d in scope), margins of 2 cm left and right; the header and footer
 * bands sit outside [PDF_TOP, PDF_BOTTOM] */
#define PDF_A4_SHORT 595.276
#define PDF_A4_LONG 841.890
#define PDF_W (d->pw)
#define PDF_H (d->ph)
#define PDF_ML 56.7
#define PDF_MR 56.7
#define PDF_TW (PDF_W - PDF_ML - PDF_MR)
#define PDF_TOP 72.0
#define PDF_BOTTOM (PDF_H - 62.0)
#define PDF_FONT "DejaVu Sans"
#define PDF_BODY 9.5
#define PDF_SMALL 8.0
#define PDF_PAD 3.5

struct rgb {
    double r, g, b;
};
static const struct rgb C_TEXT = {0.10, 0.10, 0.12}, C_MUTED = {0.40, 0.42, 0.46},
                        C_NAVY = {0.11, 0.27, 0.50}, C_ORANGE = {0.90, 0.45, 0.10},
                        C_RED = {0.74, 0.08, 0.08}, C_RULE = {0.72, 0.75, 0.80},
                        C_HEAD = {0.86, 0.90, 0.95}, C_STRIPE = {0.96, 0.97, 0.98},
                        C_GRID = {0.82, 0.84, 0.87};

struct pdf_doc {
    cairo_surface_t **pages;
    size_t npages, cap;
    cairo_t *cr; /* on pages[npages - 1] */
    PangoContext *pctx;
    double pw, ph; /* the page size: A4 portrait or landscape */
    double y;      /* where the next content goes on the current page */
    int empty;     /* nothing drawn on the current page yet */
    char *title, *marking, *footer, *page_fmt;
};

static void set_rgb(cairo_t *cr, struct rgb c)
{
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

static void page_new(struct pdf_doc *d)
{
    cairo_rectangle_t ext = {0, 0, PDF_W, PDF_H};

    if (d->cr)
        cairo_destroy(d->cr);
    if (d->npages == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 8;
        d->pages = xrealloc(d->pages, d->cap * sizeof(*d->pages));
    }
    d->pages[d->npages++] = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &ext);
    d->cr = cairo_create(d->pages[d->npages - 1]);
    d->y = PDF_TOP;
    d->empty = 1;
}

struct pdf_doc *pdf_doc_new(const struct pdf_options *opt)
{
    struct pdf_doc *d = xcalloc(1, sizeof(*d));
    cairo_font_options_t *fo = cairo_font_options_create();

    d->pw = opt && opt->landscape ? PDF_A4_LONG : PDF_A4_SHORT;
    d->ph = opt && opt->landscape ? PDF_A4_SHORT : PDF_A4_LONG;
    d->title = xstrdup(opt && opt->title ? opt->title : "");
    d->marking = xstrdup(opt && opt->marking ? opt->marking : "");
    d->footer = xstrdup(opt && opt->footer ? opt->footer : "");
    d->page_fmt = xstrdup(opt && opt->page_fmt ? opt->page_fmt : "Halaman %d dari %d");
    d->pctx = pango_font_map_create_context(pango_cairo_font_map_get_default());
    /* outlines as designed: hinted metrics would make the layout depend on a pixel grid */
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(d->pctx, fo);
    cairo_font_options_destroy(fo);
    page_new(d);
    return d;
}

void pdf_doc_free(struct pdf_doc *d)
{
    if (!d)
        return;
    if (d->cr)
        cairo_destroy(d->cr);
    for (size_t i = 0; i < d->npages; i++)
        cairo_surface_destroy(d->pages[i]);
    free(d->pages);
    g_object_unref(d->pctx);
    free(d->title);
    free(d->marking);
    free(d->footer);
    free(d->page_fmt);
    free(d);
}

int pdf_page_count(const struct pdf_doc *d)
{
    return (int)d->npages;
}

void pdf_page_break(struct pdf_doc *d)
{
    if (!d->empty)
        page_new(d);
}

/* room for h more points on this page, else a new page */
static void need(struct pdf_doc *d, double h)
{
    if (!d->empty && d->y + h > PDF_BOTTOM)
        page_new(d);
}

void pdf_space(struct pdf_doc *d, double pt)
{
    if (!d->empty)
        d->y += pt;
}

/* ---- text -------------------------------------------------------------------------------- */

static PangoLayout *text_layout(struct pdf_doc *d, const char *text, double size, int bold,
                                double width, enum pdf_align align)
{
    PangoLayout *l = pango_layout_new(d->pctx);
    PangoFontDescription *fd = pango_font_description_from_string(PDF_FONT);

    pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
    if (bold)
        pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(l, fd);
    pango_font_description_free(fd);
    if (width > 0) {
        pango_layout_set_width(l, (int)(width * PANGO_SCALE));
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_alignment(l, align == PDF_RIGHT    ? PANGO_ALIGN_RIGHT
                                  : align == PDF_CENTER ? PANGO_ALIGN_CENTER
                                                        : PANGO_ALIGN_LEFT);
    /* plain text, never markup: names with '&' or '<' are data */
    pango_layout_set_text(l, text ? text : "", -1);
    return l;
}

static double layout_h(PangoLayout *l)
{
    int w, h;
    pango_layout_get_size(l, &w, &h);
    return (double)h / PANGO_SCALE;
}

static double layout_w(PangoLayout *l)
{
    int w, h;
    pango_layout_get_size(l, &w, &h);
    return (double)w / PANGO_SCALE;
}

static void draw_layout(cairo_t *cr, PangoLayout *l, double x, double y, struct rgb c)
{
    set_rgb(cr, c);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, l);
}

/* one line of text at (x, y) (top), aligned within width; returns its height */
static double draw_text(struct pdf_doc *d, cairo_t *cr, const char *text, double size, int bold,
                        double x, double y, double width, enum pdf_align align, struct rgb c)
{
    PangoLayout *l = text_layout(d, text, size, bold, width, align);
    double h = layout_h(l);

    draw_layout(cr, l, x, y, c);
    g_object_unref(l);
    return h;
}

/* a wrapped layout flowing over pages line by line, at x */
static void flow_layout(struct pdf_doc *d, PangoLayout *l, double x, struct rgb c)
{
    PangoLayoutIter *it = pango_layout_get_iter(l);

    do {
        PangoRectangle log;
        double lh;
        int baseline = pango_layout_iter_get_baseline(it);

        pango_layout_iter_get_line_extents(it, NULL, &log);
        lh = (double)log.height / PANGO_SCALE;
        need(d, lh);
        set_rgb(d->cr, c);
        cairo_move_to(d->cr, x + (double)log.x / PANGO_SCALE,
                      d->y + (double)(baseline - log.y) / PANGO_SCALE);
        pango_cairo_show_layout_line(d->cr, pango_layout_iter_get_line_readonly(it));
        d->y += lh;
        d->empty = 0;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
}

void pdf_heading(struct pdf_doc *d, int level, const char *text)
{
    double size = level <= 1 ? 13.0 : 10.5;
    PangoLayout *l = text_layout(d, text, size, 1, PDF_TW, PDF_LEFT);
    double h = layout_h(l);

    pdf_space(d, level <= 1 ? 12 : 8);
    /* keep the heading with the start of what it heads */
    need(d, h + 60);
    draw_layout(d->cr, l, PDF_ML, d->y, level <= 1 ? C_NAVY : C_TEXT);
    d->y += h + 2;
    if (level <= 1) {
        set_rgb(d->cr, C_NAVY);
        cairo_set_line_width(d->cr, 0.8);
        cairo_move_to(d->cr, PDF_ML, d->y);
        cairo_line_to(d->cr, PDF_ML + PDF_TW, d->y);
        cairo_stroke(d->cr);
        d->y += 4;
    }
    d->y += 2;
    d->empty = 0;
    g_object_unref(l);
}

void pdf_paragraph(struct pdf_doc *d, const char *text)
{
    PangoLayout *l = text_layout(d, text, PDF_BODY, 0, PDF_TW, PDF_LEFT);

    pango_layout_set_spacing(l, (int)(1.5 * PANGO_SCALE));
    flow_layout(d, l, PDF_ML, C_TEXT);
    d->y += 4;
    g_object_unref(l);
}

void pdf_bullet(struct pdf_doc *d, const char *text)
{
    PangoLayout *l = text_layout(d, text, PDF_BODY, 0, PDF_TW - 14, PDF_LEFT);
    double first;

    need(d, 12);
    first = d->y;
    flow_layout(d, l, PDF_ML + 14, C_TEXT);
    /* the bullet goes on the first line's page: flow_layout may have broken before it */
    if (d->y > first) {
        set_rgb(d->cr, C_NAVY);
        cairo_arc(d->cr, PDF_ML + 5, first + PDF_BODY * 0.65, 1.8, 0, 2 * M_PI);
        cairo_fill(d->cr);
    }
    d->y += 2;
    g_object_unref(l);
}

/* ---- key-value blocks and tables ------------------------------------------------------- */

void pdf_kv(struct pdf_doc *d, const char *const *keys, const char *const *values, size_t n)
{
    double kw = PDF_TW * 0.30, vw = PDF_TW - kw - 8;

    for (size_t i = 0; i < n; i++) {
        const char *v = values[i] && *values[i] ? values[i] : "-";
        PangoLayout *kl = text_layout(d, keys[i], PDF_BODY, 1, kw, PDF_LEFT);
        PangoLayout *vl = text_layout(d, v, PDF_BODY, 0, vw, PDF_LEFT);
        double h = fmax(layout_h(kl), layout_h(vl)) + 3;

        need(d, h);
        draw_layout(d->cr, kl, PDF_ML, d->y, C_MUTED);
        draw_layout(d->cr, vl, PDF_ML + kw + 8, d->y, C_TEXT);
        d->y += h;
        d->empty = 0;
        g_object_unref(kl);
        g_object_unref(vl);
    }
    d->y += 4;
}

struct tcols {
    double x[32], w[32];
};

static double table_row_h(struct pdf_doc *d, const struct tcols *tc, size_t ncols,
                          const char *const *cells, int bold, const struct pdf_column *cols,
                          PangoLayout **out)
{
    double h = 0;

    for (size_t c = 0; c < ncols; c++) {
        out[c] = text_layout(d, cells[c], PDF_SMALL, bold, tc->w[c] - 2 * PDF_PAD,
                             bold ? PDF_LEFT : cols[c].align);
        h = fmax(h, layout_h(out[c]));
    }
    return h + 2 * PDF_PAD;
}

static void table_row_draw(struct pdf_doc *d, const struct tcols *tc, size_t ncols, double h,
                           PangoLayout **ls, const struct rgb *fill)
{
    cairo_t *cr = d->cr;

    if (fill) {
        set_rgb(cr, *fill);
        cairo_rectangle(cr, PDF_ML, d->y, PDF_TW, h);
        cairo_fill(cr);
    }
    for (size_t c = 0; c < ncols; c++) {
        draw_layout(cr, ls[c], tc->x[c] + PDF_PAD, d->y + PDF_PAD, C_TEXT);
        g_object_unref(ls[c]);
    }
    set_rgb(cr, C_RULE);
    cairo_set_line_width(cr, 0.4);
    cairo_move_to(cr, PDF_ML, d->y + h);
    cairo_line_to(cr, PDF_ML + PDF_TW, d->y + h);
    cairo_stroke(cr);
    d->y += h;
    d->empty = 0;
}

static void table_header(struct pdf_doc *d, const struct tcols *tc, const struct pdf_column *cols,
                         size_t ncols)
{
    const char *hs[32];
    PangoLayout *ls[32];
    double h;

    for (size_t c = 0; c < ncols; c++)
        hs[c] = cols[c].header;
    h = table_row_h(d, tc, ncols, hs, 1, cols, ls);
    table_row_draw(d, tc, ncols, h, ls, &C_HEAD);
}

void pdf_table(struct pdf_doc *d, const struct pdf_column *cols, size_t ncols,
               const char *const *cells, size_t nrows)
{
    struct tcols tc;
    double sum = 0, x = PDF_ML;

    if (ncols == 0 || ncols > 32)
        return;
    for (size_t c = 0; c < ncols; c++)
        sum += cols[c].width > 0 ? cols[c].width : 1;
    for (size_t c = 0; c < ncols; c++) {
        tc.x[c] = x;
        tc.w[c] = PDF_TW * (cols[c].width > 0 ? cols[c].width : 1) / sum;
        x += tc.w[c];
    }
    /* the header never sits alone at the foot of a page */
    need(d, 50);
    table_header(d, &tc, cols, ncols);
    for (size_t r = 0; r < nrows; r++) {
        PangoLayout *ls[32];
        double h = table_row_h(d, &tc, ncols, cells + r * ncols, 0, cols, ls);

        if (d->y + h > PDF_BOTTOM) {
            page_new(d);
            table_header(d, &tc, cols, ncols);
        }
        table_row_draw(d, &tc, ncols, h, ls, r % 2 ? &C_STRIPE : NULL);
    }
    d->y += 6;
}

/* ---- charts ---------------------------------------------------------------------------- */

static void legend_item(struct pdf_doc *d, double *x, double y, struct rgb c, int dashed,
                        const char *name)
{
    cairo_t *cr = d->cr;
    PangoLayout *l = text_layout(d, name, PDF_SMALL, 0, 0, PDF_LEFT);

    cairo_set_source_rgba(cr, c.r, c.g, c.b, 0.35);
    cairo_rectangle(cr, *x, y + 1, 14, 8);
    cairo_fill_preserve(cr);
    set_rgb(cr, c);
    cairo_set_line_width(cr, 1.2);
    if (dashed) {
        double dash[] = {3, 2};
        cairo_set_dash(cr, dash, 2, 0);
    }
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
    draw_layout(cr, l, *x + 18, y, C_TEXT);
    *x += 18 + layout_w(l) + 18;
    g_object_unref(l);
}

static double clampv(double v, double max)
{
    return v < 0 ? 0 : v > max ? max : v;
}

static void radar_poly(cairo_t *cr, double cx, double cy, double radius, size_t n, const double *v,
                       double max)
{
    for (size_t i = 0; i < n; i++) {
        double a = -M_PI / 2 + 2 * M_PI * (double)i / (double)n;
        double r = radius * clampv(v[i], max) / max;
        if (i == 0)
            cairo_move_to(cr, cx + r * cos(a), cy + r * sin(a));
        else
            cairo_line_to(cr, cx + r * cos(a), cy + r * sin(a));
    }
    cairo_close_path(cr);
}

void pdf_radar(struct pdf_doc *d, const char *const *labels, size_t n, const double *a,
               const char *a_name, const double *b, const char *b_name, int max)
{
    double height = 270, radius = 98, cx = PDF_ML + PDF_TW / 2, cy;
    cairo_t *cr;

    if (n < 3 || max < 1)
        return;
    need(d, height);
    cr = d->cr;
    cy = d->y + 16 + radius;
    /* rings at each level, axes, level numbers along the first axis */
    cairo_set_line_width(cr, 0.5);
    for (int lv = 1; lv <= max; lv++) {
        double ring[64];
        size_t k = n < 64 ? n : 64;
        for (size_t i = 0; i < k; i++)
            ring[i] = lv;
        set_rgb(cr, C_GRID);
        radar_poly(cr, cx, cy, radius, k, ring, max);
        cairo_stroke(cr);
    }
    for (size_t i = 0; i < n; i++) {
        double ang = -M_PI / 2 + 2 * M_PI * (double)i / (double)n;
        double lx = cx + (radius + 10) * cos(ang), ly = cy + (radius + 10) * sin(ang);
        PangoLayout *l = text_layout(d, labels[i], PDF_SMALL, 1, 0, PDF_LEFT);
        double w = layout_w(l), h = layout_h(l);

        set_rgb(cr, C_GRID);
        cairo_move_to(cr, cx, cy);
        cairo_line_to(cr, cx + radius * cos(ang), cy + radius * sin(ang));
        cairo_stroke(cr);
        /* labels sit outside the ring, anchored on the side facing the centre */
        lx -= cos(ang) > 0.2 ? 0 : cos(ang) < -0.2 ? w : w / 2;
        ly -= sin(ang) > 0.2 ? 0 : sin(ang) < -0.2 ? h : h / 2;
        draw_layout(cr, l, lx, ly, C_TEXT);
        g_object_unref(l);
    }
    for (int lv = 0; lv <= max; lv++) {
        char num[16];
        snprintf(num, sizeof(num), "%d", lv);
        draw_text(d, cr, num, 6.5, 0, cx + 3, cy - radius * lv / max - 8, 0, PDF_LEFT, C_MUTED);
    }
    /* b (the standard) dashed under a (the measured) filled */
    if (b) {
        double dash[] = {4, 2.5};
        radar_poly(cr, cx, cy, radius, n, b, max);
        cairo_set_source_rgba(cr, C_NAVY.r, C_NAVY.g, C_NAVY.b, 0.10);
        cairo_fill_preserve(cr);
        set_rgb(cr, C_NAVY);
        cairo_set_line_width(cr, 1.4);
        cairo_set_dash(cr, dash, 2, 0);
        cairo_stroke(cr);
        cairo_set_dash(cr, NULL, 0, 0);
    }
    radar_poly(cr, cx, cy, radius, n, a, max);
    cairo_set_source_rgba(cr, C_ORANGE.r, C_ORANGE.g, C_ORANGE.b, 0.28);
    cairo_fill_preserve(cr);
    set_rgb(cr, C_ORANGE);
    cairo_set_line_width(cr, 1.6);
    cairo_stroke(cr);
    for (size_t i = 0; i < n; i++) {
        double ang = -M_PI / 2 + 2 * M_PI * (double)i / (double)n;
        double r = radius * clampv(a[i], max) / max;
        cairo_arc(cr, cx + r * cos(ang), cy + r * sin(ang), 2, 0, 2 * M_PI);
        cairo_fill(cr);
    }
    {
        double x = PDF_ML + PDF_TW / 2 - 90, y = cy + radius + 26;
        legend_item(d, &x, y, C_ORANGE, 0, a_name);
        if (b)
            legend_item(d, &x, y, C_NAVY, 1, b_name);
    }
    d->y += height;
    d->empty = 0;
}

void pdf_bars(struct pdf_doc *d, const char *const *labels, size_t n, const double *values,
              const double *ref, const char *value_name, const char *ref_name, double max)
{
    double row = 17, lw = PDF_TW * 0.42, bx, bw, y0, height, step;
    cairo_t *cr;

    if (n == 0 || max <= 0)
        return;
    height = 14 + (double)n * row + 34;
    need(d, height);
    cr = d->cr;
    bx = PDF_ML + lw + 6;
    bw = PDF_TW - lw - 6 - 30;
    y0 = d->y + 12;
    /* grid at every whole level (levels 0..5), or at a round step for counts (at most about
     * ten lines: 1, 2 or 5 times a power of ten), numbered on top */
    for (double p10 = 1;; p10 *= 10) {
        if (max / (step = p10) <= 10 || max / (step = 2 * p10) <= 10 ||
            max / (step = 5 * p10) <= 10)
            break;
    }
    for (double t = 0; t <= max + 1e-9; t += step) {
        char num[16];
        double gx = bx + bw * t / max;
        snprintf(num, sizeof(num), "%g", t);
        set_rgb(cr, C_GRID);
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, gx, y0);
        cairo_line_to(cr, gx, y0 + (double)n * row);
        cairo_stroke(cr);
        draw_text(d, cr, num, 6.5, 0, gx - 10, d->y, 20, PDF_CENTER, C_MUTED);
    }
    for (size_t i = 0; i < n; i++) {
        double y = y0 + (double)i * row, v = clampv(values[i], max);
        PangoLayout *l = text_layout(d, labels[i], PDF_SMALL, 0, lw, PDF_RIGHT);
        char num[16];

        pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
        draw_layout(cr, l, PDF_ML, y + (row - layout_h(l)) / 2, C_TEXT);
        g_object_unref(l);
        set_rgb(cr, C_NAVY);
        cairo_rectangle(cr, bx, y + 3, bw * v / max, row - 6);
        cairo_fill(cr);
        snprintf(num, sizeof(num), "%g", values[i]);
        draw_text(d, cr, num, 7, 1, bx + bw * v / max + 3, y + 3.5, 0, PDF_LEFT, C_TEXT);
        if (ref) {
            double rx = bx + bw * clampv(ref[i], max) / max;
            set_rgb(cr, C_ORANGE);
            cairo_set_line_width(cr, 2);
            cairo_move_to(cr, rx, y + 1);
            cairo_line_to(cr, rx, y + row - 1);
            cairo_stroke(cr);
        }
    }
    {
        double x = bx, y = y0 + (double)n * row + 8;
        legend_item(d, &x, y, C_NAVY, 0, value_name);
        if (ref)
            legend_item(d, &x, y, C_ORANGE, 0, ref_name);
    }
    d->y += height;
    d->empty = 0;
}

/* ---- output ---------------------------------------------------------------------------- */

static cairo_status_t pdf_write(void *closure, const unsigned char *data, unsigned int len)
{
    buf_append(closure, data, len);
    return CAIRO_STATUS_SUCCESS;
}

static void page_furniture(struct pdf_doc *d, cairo_t *cr, int page, int total)
{
    char pg[96];

    /* header: the title left, the marking right, a rule */
    draw_text(d, cr, d->title, 7.5, 0, PDF_ML, 30, PDF_TW * 0.7, PDF_LEFT, C_MUTED);
    draw_text(d, cr, d->marking, 10, 1, PDF_ML + PDF_TW * 0.5, 28, PDF_TW * 0.5, PDF_RIGHT, C_RED);
    set_rgb(cr, C_RULE);
    cairo_set_line_width(cr, 0.6);
    cairo_move_to(cr, PDF_ML, 48);
    cairo_line_to(cr, PDF_ML + PDF_TW, 48);
    cairo_move_to(cr, PDF_ML, PDF_H - 48);
    cairo_line_to(cr, PDF_ML + PDF_TW, PDF_H - 48);
    cairo_stroke(cr);
    /* footer: issuer left, marking centre, "Halaman N dari M" right */
    draw_text(d, cr, d->footer, 7, 0, PDF_ML, PDF_H - 42, PDF_TW * 0.42, PDF_LEFT, C_MUTED);
    draw_text(d, cr, d->marking, 7.5, 1, PDF_ML + PDF_TW * 0.4, PDF_H - 42, PDF_TW * 0.2,
              PDF_CENTER, C_RED);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    snprintf(pg, sizeof(pg), d->page_fmt, page, total);
#pragma GCC diagnostic pop
    draw_text(d, cr, pg, 7.5, 0, PDF_ML + PDF_TW * 0.6, PDF_H - 42, PDF_TW * 0.4, PDF_RIGHT,
              C_TEXT);
}

int pdf_doc_finish(struct pdf_doc *d, struct buf *out, struct merit_error *err)
{
    cairo_surface_t *s = cairo_pdf_surface_create_for_stream(pdf_write, out, PDF_W, PDF_H);
    cairo_t *cr = cairo_create(s);
    cairo_status_t st;
    int total = (int)d->npages;

    if (d->cr) {
        cairo_destroy(d->cr);
        d->cr = NULL;
    }
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, d->title);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "merit");
    for (int i = 0; i < total; i++) {
        cairo_set_source_surface(cr, d->pages[i], 0, 0);
        cairo_paint(cr);
        page_furniture(d, cr, i + 1, total);
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(s);
    st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if (st != CAIRO_STATUS_SUCCESS)
        return err_set(err, MERIT_EINTERNAL, "cairo: %s", cairo_status_to_string(st));
    return 0;
}
