#include <criterion/criterion.h>
#include <string.h>

#include "io/table.h"

static struct table_reader *open_str(const char *s, struct merit_error *err)
{
    struct table_reader *r = NULL;

    err_clear(err);
    if (table_open_mem(s, strlen(s), "t.json", NULL, &r, err) != 0)
        return NULL;
    return r;
}

Test(json_read, export_shape_round_trips)
{
    struct merit_error err;
    struct table_row row;
    struct table_reader *r = open_str(
        "\xEF\xBB\xBF[\n  {\"nip\": \"198503122010011004\", \"nama\": \"Ma'ruf\", "
        "\"tahun\": 2025, \"kunci\": true, \"x\": null},\n"
        "  {\"nip\": \"\", \"nama\": null, \"tahun\": null, \"kunci\": null, \"x\": null},\n"
        "  {\"nama\": \"Ni Luh\", \"nip\": \"1\", \"tahun\": 1.5, \"kunci\": false}\n]\n",
        &err);

    cr_assert_not_null(r, "%s", err.msg);
    cr_assert_eq(table_format(r), TABLE_JSON);
    cr_assert_eq(table_next(r, &row, &err), 1);
    cr_assert_eq(row.rowno, 1);
    cr_assert_eq(row.ncells, 5);
    cr_assert_str_eq(row.cells[0], "nip");
    cr_assert_str_eq(row.cells[4], "x");
    cr_assert_eq(table_next(r, &row, &err), 1);
    cr_assert_eq(row.rowno, 2);
    cr_assert_str_eq(row.cells[1], "Ma'ruf");
    cr_assert_str_eq(row.cells[2], "2025");
    cr_assert_str_eq(row.cells[3], "1");
    cr_assert_str_eq(row.cells[4], "");
    /* the all-null object is skipped like a blank row, but keeps its number */
    cr_assert_eq(table_next(r, &row, &err), 1);
    cr_assert_eq(row.rowno, 4);
    cr_assert_str_eq(row.cells[0], "1", "values follow the header's key order");
    cr_assert_str_eq(row.cells[1], "Ni Luh");
    cr_assert_str_eq(row.cells[2], "1.5");
    cr_assert_str_eq(row.cells[3], "0");
    cr_assert_eq(table_next(r, &row, &err), 0);
    table_close(r);
}

Test(json_read, refuses_what_it_cannot_map)
{
    struct merit_error err;
    struct table_row row;
    struct table_reader *r;

    cr_assert_null(open_str("[{\"a\": 1},", &err));
    cr_assert_eq(err.code, MERIT_EFORMAT);
    cr_assert(strstr(err.msg, "invalid JSON"), "%s", err.msg);
    cr_assert_null(open_str("[1, 2]", &err));
    cr_assert(strstr(err.msg, "array of objects"), "%s", err.msg);
    cr_assert_null(open_str("[{\"a\": 1, \"a\": 2}]", &err), "duplicate keys are refused");

    r = open_str("[{\"a\": 1}, {\"a\": 2, \"b\": 3}]", &err);
    cr_assert_not_null(r);
    cr_assert_eq(table_next(r, &row, &err), 1);
    cr_assert_eq(table_next(r, &row, &err), 1);
    cr_assert_eq(table_next(r, &row, &err), -1);
    cr_assert_eq(err.row, 3);
    cr_assert_str_eq(err.field, "b");
    table_close(r);

    r = open_str("[{\"a\": {\"nested\": 1}}]", &err);
    cr_assert_not_null(r);
    cr_assert_eq(table_next(r, &row, &err), 1);
    cr_assert_eq(table_next(r, &row, &err), -1);
    cr_assert(strstr(err.msg, "not text, a number or null"), "%s", err.msg);
    table_close(r);

    r = open_str("[]", &err);
    cr_assert_not_null(r);
    cr_assert_eq(table_next(r, &row, &err), 0, "an empty array has no header");
    table_close(r);
}
