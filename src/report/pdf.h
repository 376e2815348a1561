/*
 * pdf.h - a small flowing-document API over cairo's PDF surface and pangocairo: A4 pages (portrait
 * or landscape) with margins, a running header (title, the marking "RAHASIA" on every page) and
 * footer ("Halaman N dari M"), headings, wrapped paragraphs, key-value blocks, tables whose header
 * row repeats on every page they cross, and two charts (a radar of two series over levels 0..max
 * and a horizontal bar chart with an optional reference mark per bar).
 *
 * Content flows top to bottom; whatever does not fit on the current page starts the next one.
 * Each page is recorded (a cairo recording surface) while the document is built, so the total
 * page count is known when pdf_doc_finish replays the pages onto the PDF surface with the
 * header and footer: one layout pass, no second rendering.
 *
 * Text is UTF-8 laid out by pango (DejaVu Sans): names with apostrophes and diacritics
 * ("Mu'awanah", "Ṣāliḥ") shape and extract (pdftotext) as written. Strings passed in are
 * copied or drawn at once; the caller keeps ownership. A document holds its pages in memory
 * until pdf_doc_finish and frees everything in pdf_doc_free, so writing many documents one
 * after another keeps memory flat.
 *
 * Not thread-safe per document; separate documents may be built in separate threads (pango's
 * default cairo font map is per thread).
 */
#ifndef MERIT_REPORT_PDF_H
#define MERIT_REPORT_PDF_H

#include <stddef.h>

#include "base/buf.h"
#include "base/err.h"

struct pdf_doc;

struct pdf_options {
    const char *title;    /* document title: the header's left side and the PDF metadata */
    const char *marking;  /* printed on every page's header (right) and footer, e.g. "RAHASIA" */
    const char *footer;   /* footer's left side (e.g. the issuer and the date); may be NULL */
    const char *page_fmt; /* "Halaman %d dari %d" (page, total); NULL: that text */
    int landscape;        /* 1: A4 landscape (wide tables, posters); 0: A4 portrait */
};

/** A new empty document (first page started). Never NULL; free with pdf_doc_free. */
struct pdf_doc *pdf_doc_new(const struct pdf_options *opt);
void pdf_doc_free(struct pdf_doc *d);

/** Starts a new page unless the current one is still empty. */
void pdf_page_break(struct pdf_doc *d);
/** Vertical space in points (dropped at the top of a page). */
void pdf_space(struct pdf_doc *d, double pt);

/** A heading: level 1 (large, with a rule) or 2; kept with the next ~60 pt of content. */
void pdf_heading(struct pdf_doc *d, int level, const char *text);
/** A paragraph wrapped to the text width; split between pages line by line. */
void pdf_paragraph(struct pdf_doc *d, const char *text);
/** A bullet item (wrapped, indented). */
void pdf_bullet(struct pdf_doc *d, const char *text);

/** Key-value pairs in two columns (keys bold); n pairs, keys[i] -> values[i] (NULL: "-"). */
void pdf_kv(struct pdf_doc *d, const char *const *keys, const char *const *values, size_t n);

enum pdf_align { PDF_LEFT = 0, PDF_RIGHT, PDF_CENTER };

struct pdf_column {
    const char *header;
    double width; /* a share of the text width; shares are normalised to the sum */
    enum pdf_align align;
};

/**
 * A table: ncols columns, nrows rows of cells (row-major, cells[r * ncols + c]; NULL = empty).
 * Cells wrap; a row never splits; the header row is drawn again at the top of every page.
 */
void pdf_table(struct pdf_doc *d, const struct pdf_column *cols, size_t ncols,
               const char *const *cells, size_t nrows);

/**
 * A radar chart: n axes (labels[i], n >= 3), concentric rings at levels 1..max, series a and b
 * (values 0..max) as polygons, with a legend naming them. Kept on one page.
 */
void pdf_radar(struct pdf_doc *d, const char *const *labels, size_t n, const double *a,
               const char *a_name, const double *b, const char *b_name, int max);

/**
 * A horizontal bar chart: one bar per label (value 0..max), the value printed at its end, and
 * when ref is not NULL a mark at ref[i] named ref_name in the legend. Kept on one page.
 */
void pdf_bars(struct pdf_doc *d, const char *const *labels, size_t n, const double *values,
              const double *ref, const char *value_name, const char *ref_name, double max);

/** The page count so far (final once content is complete). */
int pdf_page_count(const struct pdf_doc *d);

/**
 * Renders the pages with header and footer as a PDF appended to out. MERIT_EINTERNAL when
 * cairo fails. The document may only be freed afterwards.
 */
int pdf_doc_finish(struct pdf_doc *d, struct buf *out, struct merit_error *err);

#endif
