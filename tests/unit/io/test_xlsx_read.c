#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "io/table.h"
#include "testutil.h"

static void setup(void)
{
    i18n_set(LANG_EN);
}

TestSuite(xlsx_read, .init = setup);

static struct table_reader *open_fixture(const char *name, const char *sheet)
{
    struct buf rel = BUF_INIT;
    struct table_reader *r = NULL;
    struct merit_error err;
    char *path;

    buf_printf(&rel, "tests/fixtures/io/%s", name);
    path = tu_src_path(rel.data);
    if (table_open(path, sheet, &r, &err) != 0)
        cr_assert_fail("table_open(%s): %s", path, err.msg);
    cr_assert_eq(table_format(r), TABLE_XLSX);
    free(path);
    buf_release(&rel);
    return r;
}

static int open_fixture_err(const char *name, const char *sheet, struct merit_error *err)
{
    struct buf rel = BUF_INIT;
    struct table_reader *r = NULL;
    char *path;
    int rc;

    buf_printf(&rel, "tests/fixtures/io/%s", name);
    path = tu_src_path(rel.data);
    err_clear(err);
    rc = table_open(path, sheet, &r, err);
    table_close(r);
    free(path);
    buf_release(&rel);
    return rc;
}

Test(xlsx_read, openpyxl_first_sheet)
{
    struct table_reader *r = open_fixture("basic.xlsx", NULL);
    uint64_t done, total;

    tu_expect_row(r, 1, "NIP", "Nama", "TMT", "Nilai", NULL);
    tu_expect_row(r, 2, "198703152010011001", "Țurcanu Ștefan", "44270", "87.5", NULL);
    tu_expect_row(r, 3, "199001012015022002", "", "44270", NULL);
    tu_expect_row(r, 5, "", "Siti Aminah", "", "1", NULL);
    tu_expect_end(r);
    table_progress(r, &done, &total);
    cr_assert_gt(total, 0);
    cr_assert_eq(done, total);
    table_close(r);
}

Test(xlsx_read, sheet_by_name)
{
    struct table_reader *r = open_fixture("basic.xlsx", "Unit");

    tu_expect_row(r, 1, "Kode", "Nama Unit", NULL);
    tu_expect_row(r, 2, "U01", "Biro Umum", NULL);
    tu_expect_end(r);
    table_close(r);
    r = open_fixture("basic.xlsx", "unit");
    tu_expect_row(r, 1, "Kode", "Nama Unit", NULL);
    table_close(r);
}

Test(xlsx_read, unknown_sheet_lists_names)
{
    struct merit_error err;

    cr_assert_eq(open_fixture_err("basic.xlsx", "Jabatan", &err), -1);
    cr_assert_eq(err.code, MERIT_ENOTFOUND);
    cr_assert(strstr(err.msg, "\"Jabatan\"") != NULL, "%s", err.msg);
    cr_assert(strstr(err.msg, "\"Pegawai\", \"Unit\"") != NULL, "%s", err.msg);
    cr_assert(strstr(err.msg, "basic.xlsx") != NULL, "%s", err.msg);
}

/* Shared rich strings, phonetic runs, str/b/e cells, rows and cells without r=. */
Test(xlsx_read, cell_types_and_relationships)
{
    struct table_reader *r = open_fixture("handmade.xlsx", NULL);

    tu_expect_row(r, 1, "Nama", "Kota", "Aktif", "Rumus", "Galat", NULL);
    tu_expect_row(r, 2, "Budi & Co", "東京", "1", "Budi & Cox", NULL);
    tu_expect_row(r, 3, "Rich", "1.97E+17", "0", NULL);
    tu_expect_row(r, 7, "", "-0.25", "", "", " spasi ", NULL);
    tu_expect_end(r);
    table_close(r);
    r = open_fixture("handmade.xlsx", "Lain");
    tu_expect_row(r, 1, "lain", NULL);
    tu_expect_end(r);
    table_close(r);
}

Test(xlsx_read, not_a_workbook)
{
    struct merit_error err;

    cr_assert_eq(open_fixture_err("noworkbook.xlsx", NULL, &err), -1);
    cr_assert_eq(err.code, MERIT_EFORMAT);
    cr_assert(strstr(err.msg, "not a valid XLSX workbook") != NULL, "%s", err.msg);
    cr_assert(strstr(err.msg, "noworkbook.xlsx") != NULL, "%s", err.msg);
}

Test(xlsx_read, other_office_files_are_named)
{
    struct merit_error err;

    cr_assert_eq(open_fixture_err("sheet.ods", NULL, &err), -1);
    cr_assert_eq(err.code, MERIT_EFORMAT);
    cr_assert(strstr(err.msg, "OpenDocument spreadsheet (.ods)") != NULL, "%s", err.msg);
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

Test(xlsx_read, truncated_zip_and_memory_open)
{
    char *path = tu_src_path("tests/fixtures/io/basic.xlsx");
    size_t len;
    char *data = slurp(path, &len);
    struct table_reader *r = NULL;
    struct merit_error err;

    cr_assert_eq(table_open_mem(data, len, "up.xlsx", NULL, &r, &err), 0, "%s", err.msg);
    tu_expect_row(r, 1, "NIP", "Nama", "TMT", "Nilai", NULL);
    table_close(r);
    r = NULL;
    cr_assert_eq(table_open_mem(data, len / 2, "up.xlsx", NULL, &r, &err), -1);
    cr_assert_null(r);
    cr_assert_eq(err.code, MERIT_EFORMAT);
    cr_assert(strstr(err.msg, "up.xlsx: not a valid XLSX workbook") != NULL, "%s", err.msg);
    free(data);
    free(path);
}

static const char wb_xml[] =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
static const char rels_xml[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "</Relationships>";

static void add_entry(zip_t *z, const char *name, const void *data, size_t len)
{
    zip_source_t *src = zip_source_buffer(z, data, len, 0);

    cr_assert_not_null(src);
    cr_assert_geq(zip_file_add(z, name, src, ZIP_FL_OVERWRITE), 0, "%s", zip_strerror(z));
}

/* Writes a workbook whose single sheet is `sheet`, plus `extra` filler entries. */
static char *make_zip(const void *sheet, size_t len, int extra)
{
    char tmpl[] = "/tmp/merit-xlsx-XXXXXX";
    int fd = mkstemp(tmpl);
    int zerr;
    zip_t *z;
    char name[32];

    cr_assert_geq(fd, 0);
    close(fd);
    z = zip_open(tmpl, ZIP_TRUNCATE, &zerr);
    cr_assert_not_null(z);
    add_entry(z, "xl/workbook.xml", wb_xml, strlen(wb_xml));
    add_entry(z, "xl/_rels/workbook.xml.rels", rels_xml, strlen(rels_xml));
    add_entry(z, "xl/worksheets/sheet1.xml", sheet, len);
    for (int i = 0; i < extra; i++) {
        snprintf(name, sizeof(name), "f/%d", i);
        add_entry(z, name, "", 0);
    }
    cr_assert_eq(zip_close(z), 0, "%s", zip_strerror(z));
    return strdup(tmpl);
}

Test(xlsx_read, generated_sheet_is_read)
{
    static const char sheet[] =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>ok</t></is></c></row>"
        "</sheetData></worksheet>";
    char *path = make_zip(sheet, strlen(sheet), 0);
    struct table_reader *r = NULL;
    struct merit_error err;

    cr_assert_eq(table_open(path, NULL, &r, &err), 0, "%s", err.msg);
    tu_expect_row(r, 2, "", "ok", NULL);
    tu_expect_end(r);
    table_close(r);
    unlink(path);
    free(path);
}

Test(xlsx_read, zip_bomb_refused)
{
    /* 64 MiB of spaces deflates about 1000:1: over the 200:1 limit */
    size_t len = 64u << 20;
    char *sheet = malloc(len);
    char *path;
    struct table_reader *r = NULL;
    struct merit_error err;

    memset(sheet, ' ', len);
    path = make_zip(sheet, len, 0);
    free(sheet);
    cr_assert_eq(table_open(path, NULL, &r, &err), -1);
    cr_assert_eq(err.code, MERIT_ELIMIT, "%s", err.msg);
    cr_assert(strstr(err.msg, "zip bomb") != NULL, "%s", err.msg);
    unlink(path);
    free(path);
}

/* Patches the declared uncompressed size of `entry` in both headers to `size`. */
static void patch_size(char *data, size_t len, const char *entry, uint32_t size)
{
    size_t elen = strlen(entry);
    int patched = 0;

    for (size_t i = 0; i + 46 + elen <= len; i++) {
        unsigned char *p = (unsigned char *)data + i;
        size_t off, namelen, hdr;

        if (memcmp(p, "PK\x03\x04", 4) == 0) {
            off = 22; /* local header: uncompressed size, name length at 26, name at 30 */
            namelen = 26;
            hdr = 30;
        } else if (memcmp(p, "PK\x01\x02", 4) == 0) {
            off = 24; /* central directory: uncompressed size, name length at 28, name at 46 */
            namelen = 28;
            hdr = 46;
        } else {
            continue;
        }
        if ((size_t)(p[namelen] | p[namelen + 1] << 8) != elen || memcmp(p + hdr, entry, elen) != 0)
            continue;
        for (int k = 0; k < 4; k++)
            p[off + k] = (unsigned char)(size >> (8 * k));
        patched++;
    }
    cr_assert_eq(patched, 2);
}

/* A directory that understates the size is caught while inflating. */
Test(xlsx_read, lying_size_caught_while_streaming)
{
    size_t len = 8u << 20, zlen;
    char *sheet = malloc(len);
    char *path, *data;
    struct table_reader *r = NULL;
    struct table_row row;
    struct merit_error err;
    int rc;

    memset(sheet, ' ', len);
    memcpy(sheet, "<worksheet><sheetData>", 22);
    path = make_zip(sheet, len, 0);
    free(sheet);
    data = slurp(path, &zlen);
    patch_size(data, zlen, "xl/worksheets/sheet1.xml", 100000);
    rc = table_open_mem(data, zlen, "lie.xlsx", NULL, &r, &err);
    if (rc == 0) {
        while ((rc = table_next(r, &row, &err)) == 1)
            ;
        table_close(r);
    }
    cr_assert_eq(rc, -1);
    cr_assert(err.code == MERIT_ELIMIT || err.code == MERIT_EFORMAT, "%d %s", err.code, err.msg);
    unlink(path);
    free(path);
    free(data);
}

Test(xlsx_read, too_many_entries)
{
    static const char sheet[] = "<worksheet/>";
    char *path = make_zip(sheet, strlen(sheet), 10000);
    struct table_reader *r = NULL;
    struct merit_error err;

    cr_assert_eq(table_open(path, NULL, &r, &err), -1);
    cr_assert_eq(err.code, MERIT_ELIMIT, "%s", err.msg);
    cr_assert(strstr(err.msg, "10000") != NULL, "%s", err.msg);
    unlink(path);
    free(path);
}

Test(xlsx_read, cell_limits)
{
    struct buf s = BUF_INIT;
    char *path;
    struct table_reader *r = NULL;
    struct table_row row;
    struct merit_error err;

    buf_puts(&s, "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                 "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row>"
                 "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
    for (int i = 0; i <= TABLE_MAX_CELL; i++)
        buf_putc(&s, 'x');
    buf_puts(&s, "</t></is></c></row></sheetData></worksheet>");
    path = make_zip(s.data, s.len, 0);
    cr_assert_eq(table_open(path, NULL, &r, &err), 0, "%s", err.msg);
    tu_expect_row(r, 1, "h", NULL);
    cr_assert_eq(table_next(r, &row, &err), -1);
    cr_assert_eq(err.code, MERIT_ELIMIT, "%s", err.msg);
    cr_assert_eq(err.row, 2);
    table_close(r);
    unlink(path);
    free(path);
    buf_release(&s);

    buf_puts(&s,
             "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
             "<sheetData><row r=\"4\"><c r=\"AMK4\"><v>1</v></c></row></sheetData></worksheet>");
    path = make_zip(s.data, s.len, 0);
    cr_assert_eq(table_open(path, NULL, &r, &err), 0, "%s", err.msg);
    cr_assert_eq(table_next(r, &row, &err), -1);
    cr_assert_eq(err.code, MERIT_ELIMIT, "%s", err.msg);
    cr_assert(strstr(err.msg, "row 4") != NULL, "%s", err.msg);
    table_close(r);
    unlink(path);
    free(path);
    buf_release(&s);
}

Test(xlsx_read, doctype_refused)
{
    static const char sheet[] =
        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaa\">]>"
        "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&a;</t></is></c></row>"
        "</sheetData></worksheet>";
    char *path = make_zip(sheet, strlen(sheet), 0);
    struct table_reader *r = NULL;
    struct table_row row;
    struct merit_error err;

    cr_assert_eq(table_open(path, NULL, &r, &err), 0, "%s", err.msg);
    cr_assert_eq(table_next(r, &row, &err), -1);
    cr_assert_eq(err.code, MERIT_EFORMAT, "%s", err.msg);
    table_close(r);
    unlink(path);
    free(path);
}
