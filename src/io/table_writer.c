#include "io/table_writer.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/xmalloc.h"

#define CSV_WRITE_BUF (1u << 20)
/* Digits a double holds exactly; longer numbers are written as text rather than rounded. */
#define XLSX_MAX_DIGITS 15

struct table_writer {
    enum table_format fmt;
    size_t ncols;
    char *path;
    /* CSV */
    FILE *f;
    char *fbuf;
    /* XLSX */
    lxw_workbook *wb;
    lxw_worksheet *ws;
    lxw_format *bold;
    int *numeric;
    lxw_row_t header_row, row;
    struct buf esc;
};

static int csv_needs_quotes(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    if (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t')
        return 1;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];

        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return 1;
    }
    return 0;
}

static void csv_write_cell(FILE *f, const char *s)
{
    size_t n;

    if (!s)
        return;
    n = strlen(s);
    if (!csv_needs_quotes(s, n)) {
        fwrite(s, 1, n, f);
        return;
    }
    putc('"', f);
    for (const char *q; (q = memchr(s, '"', n)) != NULL;) {
        size_t k = (size_t)(q - s) + 1;

        fwrite(s, 1, k, f);
        putc('"', f);
        s += k;
        n -= k;
    }
    fwrite(s, 1, n, f);
    putc('"', f);
}

static void csv_write_row(FILE *f, const char *const *cells, size_t ncols)
{
    for (size_t i = 0; i < ncols; i++) {
        if (i)
            putc(',', f);
        csv_write_cell(f, cells[i]);
    }
    fputs("\r\n", f);
}

static int csv_check(struct table_writer *w, struct merit_error *err)
{
    if (ferror(w->f))
        return err_set(err, MERIT_EIO, T("%s: gagal menulis: %s", "%s: cannot write: %s"), w->path,
                       strerror(errno));
    return 0;
}

/* A plain decimal or scientific number that a double holds without rounding the digits. */
static int xlsx_parse_number(const char *s, double *out)
{
    size_t digits = 0;
    char *end;

    if (!*s)
        return 0;
    for (const char *p = s; *p; p++) {
        if (*p >= '0' && *p <= '9')
            digits++;
        else if (!strchr("+-.eE", *p))
            return 0;
    }
    if (digits == 0 || digits > XLSX_MAX_DIGITS)
        return 0;
    errno = 0;
    *out = strtod(s, &end);
    return *end == '\0' && errno == 0 && isfinite(*out);
}

static int xlsx_is_escape(const char *p)
{
    if (p[0] != '_' || p[1] != 'x')
        return 0;
    for (int i = 2; i < 6; i++)
        if (!p[i] || !strchr("0123456789abcdefABCDEF", p[i]))
            return 0;
    return p[6] == '_';
}

/*
 * libxlsxwriter writes text as is, but readers decode _xHHHH_ as an escaped
 * character; a literal one is protected by escaping its '_' as _x005F_.
 * Returns s itself when nothing needs escaping, else b's data.
 */
static const char *xlsx_protect(const char *s, struct buf *b)
{
    const char *p = strstr(s, "_x");

    if (!p)
        return s;
    buf_reset(b);
    for (p = s; *p; p++) {
        if (xlsx_is_escape(p))
            buf_puts(b, "_x005F");
        buf_putc(b, *p);
    }
    return b->data;
}

static int xlsx_fail(struct table_writer *w, lxw_error e, struct merit_error *err)
{
    return err_set(err, MERIT_EIO, T("%s: gagal menulis XLSX: %s", "%s: cannot write XLSX: %s"),
                   w->path, lxw_strerror(e));
}

static int xlsx_write_row(struct table_writer *w, const char *const *cells, int header,
                          struct merit_error *err)
{
    if (w->row >= LXW_ROW_MAX)
        return err_set(err, MERIT_ELIMIT,
                       T("%s: XLSX memuat paling banyak %d baris; ekspor sebagai CSV",
                         "%s: XLSX holds at most %d rows; export as CSV instead"),
                       w->path, LXW_ROW_MAX);
    for (size_t i = 0; i < w->ncols; i++) {
        const char *s = cells[i];
        double d;
        lxw_error e;

        if (!s || !*s)
            continue;
        if (!header && w->numeric && w->numeric[i] && xlsx_parse_number(s, &d))
            e = worksheet_write_number(w->ws, w->row, (lxw_col_t)i, d, NULL);
        else
            e = worksheet_write_string(w->ws, w->row, (lxw_col_t)i, xlsx_protect(s, &w->esc),
                                       header ? w->bold : NULL);
        if (e != LXW_NO_ERROR)
            return xlsx_fail(w, e, err);
    }
    w->row++;
    return 0;
}

static int xlsx_open(struct table_writer *w, const char *sheet, const char *const *header,
                     const int *numeric, const char *const *notes, size_t nnotes,
                     struct merit_error *err)
{
    lxw_workbook_options opts = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    lxw_error e;

    if (strcmp(w->path, "-") == 0)
        return err_set(err, MERIT_EUSAGE, "%s",
                       T("XLSX tidak dapat ditulis ke stdout; beri nama berkas",
                         "XLSX cannot be written to stdout; give a file name"));
    w->wb = workbook_new_opt(w->path, &opts);
    if (!w->wb)
        return err_set(err, MERIT_EIO,
                       T("%s: gagal membuat workbook", "%s: cannot create the workbook"), w->path);
    if (!sheet || !*sheet)
        sheet = "Sheet1";
    e = workbook_validate_sheet_name(w->wb, sheet);
    if (e != LXW_NO_ERROR)
        return err_set(err, MERIT_EINVAL,
                       T("nama lembar kerja \"%s\" tidak sah: %s", "invalid sheet name \"%s\": %s"),
                       sheet, lxw_strerror(e));
    w->ws = workbook_add_worksheet(w->wb, sheet);
    if (!w->ws)
        return err_set(err, MERIT_EIO,
                       T("%s: gagal membuat lembar kerja", "%s: cannot create the sheet"), w->path);
    w->bold = workbook_add_format(w->wb);
    format_set_bold(w->bold);
    if (numeric) {
        w->numeric = xcalloc(w->ncols, sizeof(int));
        memcpy(w->numeric, numeric, w->ncols * sizeof(int));
    }
    for (size_t i = 0; i < nnotes; i++) {
        if (notes[i] && *notes[i]) {
            e = worksheet_write_string(w->ws, w->row, 0, notes[i], NULL);
            if (e != LXW_NO_ERROR)
                return xlsx_fail(w, e, err);
        }
        w->row++;
    }
    w->header_row = w->row;
    if (w->ncols == 0)
        return 0; /* an empty table: no header, no rows */
    /* constant-memory mode writes rows in order, so panes must be set before the data */
    worksheet_freeze_panes(w->ws, w->header_row + 1, 0);
    return xlsx_write_row(w, header, 1, err);
}

static int csv_open(struct table_writer *w, const char *const *header, struct merit_error *err)
{
    if (strcmp(w->path, "-") == 0) {
        w->f = stdout;
    } else {
        w->f = fopen(w->path, "wb");
        if (!w->f)
            return err_set(err, MERIT_EIO, T("%s: tidak dapat dibuat: %s", "%s: cannot create: %s"),
                           w->path, strerror(errno));
        w->fbuf = xmalloc(CSV_WRITE_BUF);
        setvbuf(w->f, w->fbuf, _IOFBF, CSV_WRITE_BUF);
    }
    fputs("\xEF\xBB\xBF", w->f);
    if (w->ncols)
        csv_write_row(w->f, header, w->ncols);
    return csv_check(w, err);
}

static void table_writer_free(struct table_writer *w)
{
    if (!w)
        return;
    if (w->f && w->f != stdout)
        fclose(w->f);
    if (w->wb)
        lxw_workbook_free(w->wb);
    free(w->fbuf);
    free(w->numeric);
    buf_release(&w->esc);
    free(w->path);
    free(w);
}

int table_writer_open(const char *path, enum table_format fmt, const char *sheet,
                      const char *const *header, const int *numeric, size_t ncols,
                      const char *const *notes, size_t nnotes, struct table_writer **out,
                      struct merit_error *err)
{
    struct table_writer *w;
    int rc;

    *out = NULL;
    if (ncols > TABLE_MAX_COLS)
        return err_set(err, MERIT_EINVAL,
                       T("jumlah kolom harus 0..%d", "the number of columns must be 0..%d"),
                       TABLE_MAX_COLS);
    w = xcalloc(1, sizeof(*w));
    buf_init(&w->esc);
    w->fmt = fmt;
    w->ncols = ncols;
    w->path = xstrdup(path);
    if (fmt == TABLE_XLSX)
        rc = xlsx_open(w, sheet, header, numeric, notes, nnotes, err);
    else
        rc = csv_open(w, header, err);
    if (rc < 0) {
        table_writer_free(w);
        return -1;
    }
    *out = w;
    return 0;
}

int table_writer_row(struct table_writer *w, const char *const *cells, struct merit_error *err)
{
    if (w->ncols == 0)
        return 0;
    if (w->fmt == TABLE_XLSX)
        return xlsx_write_row(w, cells, 0, err);
    csv_write_row(w->f, cells, w->ncols);
    return csv_check(w, err);
}

int table_writer_sheet(struct table_writer *w, const char *name, const char *const *cells,
                       size_t nrows, size_t ncols, struct merit_error *err)
{
    lxw_worksheet *ws;
    lxw_error e;

    if (w->fmt != TABLE_XLSX)
        return 0;
    e = workbook_validate_sheet_name(w->wb, name);
    if (e != LXW_NO_ERROR)
        return err_set(err, MERIT_EINVAL,
                       T("nama lembar kerja \"%s\" tidak sah: %s", "invalid sheet name \"%s\": %s"),
                       name, lxw_strerror(e));
    ws = workbook_add_worksheet(w->wb, name);
    if (!ws)
        return err_set(err, MERIT_EIO,
                       T("%s: gagal membuat lembar kerja", "%s: cannot create the sheet"), w->path);
    for (size_t r = 0; r < nrows; r++) {
        for (size_t c = 0; c < ncols; c++) {
            const char *s = cells[r * ncols + c];

            if (!s || !*s)
                continue;
            e = worksheet_write_string(ws, (lxw_row_t)r, (lxw_col_t)c, xlsx_protect(s, &w->esc),
                                       r == 0 ? w->bold : NULL);
            if (e != LXW_NO_ERROR)
                return xlsx_fail(w, e, err);
        }
    }
    return 0;
}

int table_writer_close(struct table_writer *w, struct merit_error *err)
{
    int rc = 0;

    if (w->fmt == TABLE_XLSX) {
        lxw_row_t last = w->row > w->header_row + 1 ? w->row - 1 : w->header_row;
        lxw_error e = LXW_NO_ERROR;

        if (w->ncols)
            e = worksheet_autofilter(w->ws, w->header_row, 0, last, (lxw_col_t)(w->ncols - 1));

        if (e == LXW_NO_ERROR)
            e = workbook_close(w->wb);
        else
            lxw_workbook_free(w->wb);
        /* workbook_close frees the workbook whatever the outcome */
        w->wb = NULL;
        if (e != LXW_NO_ERROR)
            rc = xlsx_fail(w, e, err);
    } else {
        if (fflush(w->f) != 0 || ferror(w->f))
            rc = err_set(err, MERIT_EIO, T("%s: gagal menulis: %s", "%s: cannot write: %s"),
                         w->path, strerror(errno));
        if (w->f != stdout && fclose(w->f) != 0 && rc == 0)
            rc = err_set(err, MERIT_EIO, T("%s: gagal menulis: %s", "%s: cannot write: %s"),
                         w->path, strerror(errno));
        w->f = NULL;
    }
    table_writer_free(w);
    return rc;
}
