#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "io/table.h"
#include "io/table_writer.h"
#include "testutil.h"

static void setup(void)
{
    i18n_set(LANG_EN);
}

TestSuite(table_writer, .init = setup);

#define NCOLS 4
static const char *const header[NCOLS] = {"NIP", "Nama", "Catatan", "Nilai"};
static const int numeric[NCOLS] = {0, 0, 0, 1};
static const char *const rows[][NCOLS] = {
    {"198703152010011001", "Budi, S.Kom", "say \"hi\"\r\nline 2", "87.5"},
    {"199001012015022002", "Țurcanu Ștefan", " leading", "12"},
    {"000123", "東京", "trailing ", "n/a"},
    {"7", NULL, "a\nb", "-0.25"},
    {"8", "x;y\tz", "_x0041_ stays", "1234567890123456789"},
};
#define NROWS (sizeof(rows) / sizeof(rows[0]))

static char *temp_path(const char *suffix)
{
    char *p = tu_write_temp(suffix, "", 0);

    unlink(p);
    return p;
}

static void write_file(const char *path, enum table_format fmt, const char *const *notes,
                       size_t nnotes)
{
    struct table_writer *w = NULL;
    struct merit_error err;

    cr_assert_eq(
        table_writer_open(path, fmt, "Pegawai", header, numeric, NCOLS, notes, nnotes, &w, &err), 0,
        "%s", err.msg);
    for (size_t i = 0; i < NROWS; i++)
        cr_assert_eq(table_writer_row(w, rows[i], &err), 0, "%s", err.msg);
    cr_assert_eq(table_writer_close(w, &err), 0, "%s", err.msg);
}

static void expect_cells(const struct table_row *row, const char *const *want, int trailing_omitted)
{
    size_t n = NCOLS;

    if (trailing_omitted)
        while (n > 0 && (!want[n - 1] || !*want[n - 1]))
            n--;
    cr_assert_eq(row->ncells, n, "row %ld: %zu cells, want %zu", row->rowno, row->ncells, n);
    for (size_t i = 0; i < n; i++)
        cr_assert_str_eq(row->cells[i], want[i] ? want[i] : "", "row %ld cell %zu", row->rowno, i);
}

static void read_back(const char *path, enum table_format fmt, long first_row)
{
    struct table_reader *r = NULL;
    struct table_row row;
    struct merit_error err;

    cr_assert_eq(table_open(path, NULL, &r, &err), 0, "%s", err.msg);
    cr_assert_eq(table_format(r), fmt);
    cr_assert_eq(table_next(r, &row, &err), 1, "%s", err.msg);
    cr_assert_eq(row.rowno, first_row);
    expect_cells(&row, header, 0);
    for (size_t i = 0; i < NROWS; i++) {
        cr_assert_eq(table_next(r, &row, &err), 1, "%s", err.msg);
        cr_assert_eq(row.rowno, first_row + 1 + (long)i);
        expect_cells(&row, rows[i], fmt == TABLE_XLSX);
    }
    cr_assert_eq(table_next(r, &row, &err), 0);
    table_close(r);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    struct buf b = BUF_INIT;
    char tmp[4096];
    size_t n;

    cr_assert_not_null(f, "%s", path);
    while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0)
        buf_append(&b, tmp, n);
    fclose(f);
    return buf_detach(&b, len);
}

Test(table_writer, csv_bytes)
{
    static const char *const h[2] = {"a", "b"};
    static const char *const r1[2] = {"x,y", "say \"hi\""};
    static const char *const r2[2] = {" lead", "plain"};
    char *path = temp_path(".csv");
    struct table_writer *w = NULL;
    struct merit_error err;
    size_t len;
    char *data;

    cr_assert_eq(table_writer_open(path, TABLE_CSV, NULL, h, NULL, 2, NULL, 0, &w, &err), 0);
    cr_assert_eq(table_writer_row(w, r1, &err), 0);
    cr_assert_eq(table_writer_row(w, r2, &err), 0);
    cr_assert_eq(table_writer_close(w, &err), 0);
    data = slurp(path, &len);
    cr_assert_str_eq(data, "\xEF\xBB\xBF"
                           "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\" lead\",plain\r\n");
    free(data);
    unlink(path);
    free(path);
}

Test(table_writer, csv_round_trip)
{
    char *path = temp_path(".csv");

    write_file(path, TABLE_CSV, NULL, 0);
    read_back(path, TABLE_CSV, 1);
    unlink(path);
    free(path);
}

Test(table_writer, xlsx_round_trip_with_notes)
{
    static const char *const notes[] = {"Ekspor pegawai", "Filter: unit=U01"};
    char *path = temp_path(".xlsx");
    struct table_reader *r = NULL;
    struct table_row row;
    struct merit_error err;

    write_file(path, TABLE_XLSX, notes, 2);
    cr_assert_eq(table_open(path, NULL, &r, &err), 0, "%s", err.msg);
    cr_assert_eq(table_next(r, &row, &err), 1);
    cr_assert_eq(row.rowno, 1);
    cr_assert_str_eq(row.cells[0], "Ekspor pegawai");
    cr_assert_eq(table_next(r, &row, &err), 1);
    cr_assert_str_eq(row.cells[0], "Filter: unit=U01");
    table_close(r);

    /* the same file without notes reads back cell for cell */
    unlink(path);
    write_file(path, TABLE_XLSX, NULL, 0);
    read_back(path, TABLE_XLSX, 1);
    r = NULL;
    cr_assert_eq(table_open(path, "Pegawai", &r, &err), 0, "%s", err.msg);
    table_close(r);
    unlink(path);
    free(path);
}

/* Numbers only where the column is numeric and the text is a number a double holds. */
Test(table_writer, xlsx_cell_types)
{
    char *path = temp_path(".xlsx");
    struct buf cmd = BUF_INIT;
    char *xml;
    size_t len;

    write_file(path, TABLE_XLSX, NULL, 0);
    buf_printf(&cmd, "unzip -p '%s' xl/worksheets/sheet1.xml > '%s.xml'", path, path);
    cr_assert_eq(system(cmd.data), 0);
    buf_reset(&cmd);
    buf_printf(&cmd, "%s.xml", path);
    xml = slurp(cmd.data, &len);
    cr_assert(strstr(xml, "<c r=\"D2\" s=\"0\"><v>87.5</v></c>") ||
                  strstr(xml, "<c r=\"D2\"><v>87.5</v></c>"),
              "87.5 is not a number cell: %.400s", xml);
    cr_assert_null(strstr(xml, "<c r=\"A2\"><v>"), "the NIP became a number");
    cr_assert(strstr(xml, "<c r=\"D4\" t=\"inlineStr\">"), "n/a should be a string");
    cr_assert(strstr(xml, "<c r=\"D6\" t=\"inlineStr\">"), "a 19-digit number should stay text");
    cr_assert(strstr(xml, "<autoFilter ref=\"A1:D6\"/>"), "no autofilter");
    cr_assert(strstr(xml, "<pane ySplit=\"1\""), "no frozen header");
    unlink(cmd.data);
    free(xml);
    unlink(path);
    free(path);
    buf_release(&cmd);
}

/* An independent reader sees the same cells (NIPs as 18-digit text). */
Test(table_writer, xlsx_cross_check_xlsx2csv)
{
    char *path;
    struct buf cmd = BUF_INIT;
    char *csv;
    size_t len;

    if (access("/usr/bin/xlsx2csv", X_OK) != 0)
        cr_skip_test("xlsx2csv is not installed");
    path = temp_path(".xlsx");
    write_file(path, TABLE_XLSX, NULL, 0);
    buf_printf(&cmd, "/usr/bin/xlsx2csv '%s' '%s.csv'", path, path);
    cr_assert_eq(system(cmd.data), 0);
    buf_reset(&cmd);
    buf_printf(&cmd, "%s.csv", path);
    csv = slurp(cmd.data, &len);
    cr_assert(strstr(csv, "NIP,Nama,Catatan,Nilai\n"), "%s", csv);
    /* xlsx2csv leaves the _x000D_ escape of CR undecoded; compare up to it */
    cr_assert(strstr(csv, "198703152010011001,\"Budi, S.Kom\",\"say \"\"hi\"\""), "%s", csv);
    cr_assert(strstr(csv, "199001012015022002,Țurcanu Ștefan, leading,12\n"), "%s", csv);
    cr_assert(strstr(csv, "000123,東京,trailing ,n/a\n"), "%s", csv);
    unlink(cmd.data);
    free(csv);
    unlink(path);
    free(path);
    buf_release(&cmd);
}

Test(table_writer, errors)
{
    struct table_writer *w = NULL;
    struct merit_error err;

    cr_assert_eq(table_writer_open("-", TABLE_XLSX, NULL, header, NULL, NCOLS, NULL, 0, &w, &err),
                 -1);
    cr_assert_eq(err.code, MERIT_EUSAGE);
    cr_assert_eq(table_writer_open("/tmp/x.xlsx", TABLE_XLSX, "a[b]", header, NULL, NCOLS, NULL, 0,
                                   &w, &err),
                 -1);
    cr_assert_eq(err.code, MERIT_EINVAL);
    cr_assert_eq(table_writer_open("/nonexistent/dir/x.csv", TABLE_CSV, NULL, header, NULL, NCOLS,
                                   NULL, 0, &w, &err),
                 -1);
    cr_assert_eq(err.code, MERIT_EIO);
    cr_assert(strstr(err.msg, "/nonexistent/dir/x.csv") != NULL, "%s", err.msg);
    cr_assert_eq(table_writer_open("/nonexistent/dir/x.xlsx", TABLE_XLSX, NULL, header, NULL, NCOLS,
                                   NULL, 0, &w, &err),
                 0);
    cr_assert_eq(table_writer_close(w, &err), -1);
    cr_assert_eq(err.code, MERIT_EIO);
}

Test(table_writer, csv_to_stdout, .init = cr_redirect_stdout)
{
    static const char *const h[2] = {"a", "b"};
    static const char *const r1[2] = {"1", "x\ny"};
    struct table_writer *w = NULL;
    struct merit_error err;

    i18n_set(LANG_EN);
    cr_assert_eq(table_writer_open("-", TABLE_CSV, NULL, h, NULL, 2, NULL, 0, &w, &err), 0);
    cr_assert_eq(table_writer_row(w, r1, &err), 0);
    cr_assert_eq(table_writer_close(w, &err), 0);
    fflush(stdout);
    cr_assert_stdout_eq_str("\xEF\xBB\xBF"
                            "a,b\r\n1,\"x\ny\"\r\n");
}
