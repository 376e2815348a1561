#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "io/table.h"
#include "testutil.h"

static void setup(void)
{
    i18n_set(LANG_EN);
}

TestSuite(csv_read, .init = setup);

static struct table_reader *open_str(const char *s)
{
    struct table_reader *r = NULL;
    struct merit_error err;

    if (table_open_mem(s, strlen(s), "t.csv", NULL, &r, &err) != 0)
        cr_assert_fail("table_open_mem: %s", err.msg);
    cr_assert_eq(table_format(r), TABLE_CSV);
    return r;
}

static void expect_error(struct table_reader *r, enum merit_err code, long rowno,
                         const char *needle)
{
    struct table_row row;
    struct merit_error err;
    int rc;

    err_clear(&err);
    while ((rc = table_next(r, &row, &err)) == 1)
        ;
    cr_assert_eq(rc, -1, "expected an error");
    cr_assert_eq(err.code, code, "code %d, want %d: %s", err.code, code, err.msg);
    cr_assert_eq(err.row, rowno, "error row %ld, want %ld: %s", err.row, rowno, err.msg);
    cr_assert(strstr(err.msg, needle) != NULL, "message \"%s\" lacks \"%s\"", err.msg, needle);
}

Test(csv_read, bom_comma_crlf)
{
    struct table_reader *r = open_str("\xEF\xBB\xBFnip,nama,gol\r\n1,Budi,III/a\r\n");

    tu_expect_row(r, 1, "nip", "nama", "gol", NULL);
    tu_expect_row(r, 2, "1", "Budi", "III/a", NULL);
    tu_expect_end(r);
    table_close(r);
}

Test(csv_read, semicolon_no_bom_lf)
{
    struct table_reader *r = open_str("nip;nama\n1;Budi, S.Kom\n2;\"Ani; M.Si\"\n");

    tu_expect_row(r, 1, "nip", "nama", NULL);
    tu_expect_row(r, 2, "1", "Budi, S.Kom", NULL);
    tu_expect_row(r, 3, "2", "Ani; M.Si", NULL);
    tu_expect_end(r);
    table_close(r);
}

Test(csv_read, tab_delimited)
{
    struct table_reader *r = open_str("a\tb,c\tx;y\n1\t2\t3\n");

    tu_expect_row(r, 1, "a", "b,c", "x;y", NULL);
    tu_expect_row(r, 2, "1", "2", "3", NULL);
    tu_expect_end(r);
    table_close(r);
}

Test(csv_read, sniff_ignores_quoted_and_ties_go_to_comma)
{
    struct table_reader *r = open_str("\"a;b;c\",d\n");

    tu_expect_row(r, 1, "a;b;c", "d", NULL);
    table_close(r);
    r = open_str("a;b,c\n");
    tu_expect_row(r, 1, "a;b", "c", NULL);
    table_close(r);
}

Test(csv_read, quotes_and_embedded_newlines_count_one_row)
{
    struct table_reader *r =
        open_str("h1,h2,h3\r\n\"a,b\",\"say \"\"hi\"\"\",\"line1\r\nline2\nline3\"\r\nx,y,z\r\n"
                 "\"\",\"\"\"\",q\n");

    tu_expect_row(r, 1, "h1", "h2", "h3", NULL);
    tu_expect_row(r, 2, "a,b", "say \"hi\"", "line1\r\nline2\nline3", NULL);
    tu_expect_row(r, 3, "x", "y", "z", NULL);
    tu_expect_row(r, 4, "", "\"", "q", NULL);
    tu_expect_end(r);
    table_close(r);
}

Test(csv_read, blank_rows_skipped_but_counted)
{
    struct table_reader *r = open_str("a,b\n\n,\r\n\"\",\"\"\n1,2\n\n");

    tu_expect_row(r, 1, "a", "b", NULL);
    tu_expect_row(r, 5, "1", "2", NULL);
    tu_expect_end(r);
    table_close(r);
}

Test(csv_read, cr_only_line_ends_and_no_final_newline)
{
    struct table_reader *r = open_str("a,b\r1,2\r3,");

    tu_expect_row(r, 1, "a", "b", NULL);
    tu_expect_row(r, 2, "1", "2", NULL);
    tu_expect_row(r, 3, "3", "", NULL);
    tu_expect_end(r);
    table_close(r);
}

Test(csv_read, stray_quotes_are_text)
{
    struct table_reader *r = open_str("ab\"c,\"q\"x\n");

    tu_expect_row(r, 1, "ab\"c", "qx", NULL);
    tu_expect_end(r);
    table_close(r);
}

Test(csv_read, utf8_passes_through)
{
    struct table_reader *r = open_str("nama\nȚurcanu Ștefan\n東京\n");

    tu_expect_row(r, 1, "nama", NULL);
    tu_expect_row(r, 2, "Țurcanu Ștefan", NULL);
    tu_expect_row(r, 3, "東京", NULL);
    tu_expect_end(r);
    table_close(r);
}

Test(csv_read, unterminated_quote_names_starting_row)
{
    struct table_reader *r = open_str("a,b\n1,2\n3,\"oops\n4,5\n6,7\n");

    tu_expect_row(r, 1, "a", "b", NULL);
    tu_expect_row(r, 2, "1", "2", NULL);
    expect_error(r, MERIT_EFORMAT, 3, "row 3");
    table_close(r);
}

/* Invalid UTF-8 past the 64 KiB sniff window is reported per row; reading can go on. */
Test(csv_read, invalid_utf8_in_cell_names_row_and_column)
{
    struct buf b = BUF_INIT;
    struct table_reader *r;
    struct table_row row;
    struct merit_error err;
    long n = 0;
    int rc;

    buf_puts(&b, "a,b,c\n");
    while (b.len < 70000)
        buf_puts(&b, "xxxxxxxx,yyyyyyyy,zzzzzzzz\n");
    buf_puts(&b, "1,2,caf\xE9\n4,5,6\n");
    r = open_str(b.data);
    while ((rc = table_next(r, &row, &err)) == 1)
        n = row.rowno;
    cr_assert_eq(rc, -1);
    cr_assert_eq(err.code, MERIT_EINVAL, "%s", err.msg);
    cr_assert_eq(err.row, n + 1);
    cr_assert(strstr(err.msg, "column 3") != NULL, "%s", err.msg);
    cr_assert(strstr(err.msg, "t.csv") != NULL, "%s", err.msg);
    tu_expect_row(r, n + 2, "4", "5", "6", NULL);
    tu_expect_end(r);
    table_close(r);
    buf_release(&b);
}

Test(csv_read, nul_byte_in_cell_is_refused)
{
    static const char data[] = "a,b\n1,x\0y\n2,3\n";
    struct table_reader *r = NULL;
    struct table_row row;
    struct merit_error err;
    struct buf b = BUF_INIT;

    /* within the sniff window the whole file is refused as binary */
    cr_assert_eq(table_open_mem(data, sizeof(data) - 1, "t.csv", NULL, &r, &err), -1);
    cr_assert_eq(err.code, MERIT_EFORMAT);
    while (b.len < 70000)
        buf_puts(&b, "a,b\n");
    buf_append(&b, data, sizeof(data) - 1);
    cr_assert_eq(table_open_mem(b.data, b.len, "t.csv", NULL, &r, &err), 0, "%s", err.msg);
    while (table_next(r, &row, &err) == 1)
        ;
    cr_assert_eq(err.code, MERIT_EINVAL, "%s", err.msg);
    cr_assert(strstr(err.msg, "column 2") != NULL, "%s", err.msg);
    table_close(r);
    buf_release(&b);
}

Test(csv_read, cell_too_large)
{
    struct buf b = BUF_INIT;
    struct table_reader *r;

    buf_puts(&b, "a,b\n1,2\n3,\"");
    for (int i = 0; i <= TABLE_MAX_CELL; i++)
        buf_putc(&b, 'x');
    buf_puts(&b, "\"\n");
    r = open_str(b.data);
    tu_expect_row(r, 1, "a", "b", NULL);
    tu_expect_row(r, 2, "1", "2", NULL);
    expect_error(r, MERIT_ELIMIT, 3, "row 3");
    table_close(r);
    buf_release(&b);

    /* exactly the limit is fine */
    buf_puts(&b, "a\n");
    for (int i = 0; i < TABLE_MAX_CELL; i++)
        buf_putc(&b, 'y');
    buf_puts(&b, "\n");
    r = open_str(b.data);
    tu_expect_row(r, 1, "a", NULL);
    cr_assert_eq(table_next(r, &(struct table_row){0}, &(struct merit_error){0}), 1);
    table_close(r);
    buf_release(&b);
}

Test(csv_read, too_many_columns)
{
    struct buf b = BUF_INIT;
    struct table_reader *r;

    buf_puts(&b, "a\n");
    for (int i = 0; i < TABLE_MAX_COLS; i++)
        buf_puts(&b, "x,");
    buf_puts(&b, "x\n");
    r = open_str(b.data);
    tu_expect_row(r, 1, "a", NULL);
    expect_error(r, MERIT_ELIMIT, 2, "1024 columns");
    table_close(r);
    buf_release(&b);
}

static void expect_refused(const void *data, size_t len, enum merit_err code, const char *needle)
{
    char *path = tu_write_temp(".csv", data, len);
    struct table_reader *r = NULL;
    struct merit_error err;

    err_clear(&err);
    cr_assert_eq(table_open(path, NULL, &r, &err), -1, "%s was accepted", needle);
    cr_assert_null(r);
    cr_assert_eq(err.code, code, "%s: %s", needle, err.msg);
    cr_assert(strstr(err.msg, path) != NULL, "message does not name the file: %s", err.msg);
    cr_assert(strstr(err.msg, needle) != NULL, "message \"%s\" lacks \"%s\"", err.msg, needle);
    unlink(path);
    free(path);
    err_clear(&err);
    cr_assert_eq(table_open_mem(data, len, "upload.csv", NULL, &r, &err), -1);
    cr_assert_eq(err.code, code);
    cr_assert(strstr(err.msg, "upload.csv") != NULL, "%s", err.msg);
}

Test(csv_read, refuses_non_text)
{
    expect_refused("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10, MERIT_EFORMAT, "old Excel .xls");
    expect_refused("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", 15, MERIT_EFORMAT, "PDF");
    expect_refused("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16, MERIT_EFORMAT, "PNG");
    expect_refused("\xFF\xD8\xFF\xE0\0\x10JFIF", 10, MERIT_EFORMAT, "JPEG");
    expect_refused("\x1F\x8B\x08\0\0\0\0\0", 8, MERIT_EFORMAT, "gzip");
    expect_refused("a,b\n1,\0\n", 8, MERIT_EFORMAT, "binary");
    expect_refused("nama\nJos\xE9\n", 10, MERIT_EFORMAT, "not UTF-8");
    expect_refused("", 0, MERIT_EINVAL, "empty");
}

Test(csv_read, missing_file)
{
    struct table_reader *r = NULL;
    struct merit_error err;

    cr_assert_eq(table_open("/nonexistent/pegawai.csv", NULL, &r, &err), -1);
    cr_assert_eq(err.code, MERIT_ENOTFOUND);
    cr_assert(strstr(err.msg, "/nonexistent/pegawai.csv") != NULL, "%s", err.msg);
}

/*
 * A file of several MiB read through table_open: records of varying length
 * with quotes, CRLF and embedded newlines land on every position of the 1 MiB
 * chunk boundaries.
 */
Test(csv_read, large_file_across_chunks)
{
    struct buf b = BUF_INIT;
    struct table_reader *r = NULL;
    struct table_row row;
    struct merit_error err;
    char want[64];
    char *path;
    uint64_t done, total;
    long i;
    const long n = 60000;

    buf_puts(&b, "\xEF\xBB\xBFid;teks;isi\r\n");
    for (i = 0; i < n; i++) {
        buf_printf(&b, "%ld;\"q\"\"%ld\r\nx\";", i, i);
        for (long k = 0; k < i % 157; k++)
            buf_putc(&b, 'a' + (char)(k % 26));
        buf_puts(&b, i % 3 ? "\r\n" : "\n");
    }
    path = tu_write_temp(".csv", b.data, b.len);
    cr_assert_eq(table_open(path, NULL, &r, &err), 0, "%s", err.msg);
    tu_expect_row(r, 1, "id", "teks", "isi", NULL);
    for (i = 0; i < n; i++) {
        cr_assert_eq(table_next(r, &row, &err), 1, "row %ld: %s", i + 2, err.msg);
        cr_assert_eq(row.rowno, i + 2);
        cr_assert_eq(row.ncells, 3);
        snprintf(want, sizeof(want), "%ld", i);
        cr_assert_str_eq(row.cells[0], want);
        snprintf(want, sizeof(want), "q\"%ld\r\nx", i);
        cr_assert_str_eq(row.cells[1], want);
        cr_assert_eq(row.lens[2], (size_t)(i % 157));
    }
    tu_expect_end(r);
    table_progress(r, &done, &total);
    cr_assert_eq(total, b.len);
    cr_assert_eq(done, b.len);
    table_close(r);
    unlink(path);
    free(path);
    buf_release(&b);
}

Test(csv_read, progress_counts_bytes)
{
    const char *s = "a,b\n1,2\n";
    struct table_reader *r = open_str(s);
    struct table_row row;
    struct merit_error err;
    uint64_t done, total;

    table_progress(r, &done, &total);
    cr_assert_eq(total, strlen(s));
    cr_assert_eq(table_next(r, &row, &err), 1);
    table_progress(r, &done, &total);
    cr_assert_eq(done, 4);
    table_close(r);
}
