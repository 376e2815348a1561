/*
 * fuzz_xlsx.c - libFuzzer harness for the XLSX side of table.h: the zip
 * container, workbook relationships, shared strings and the streamed sheet.
 * Each input is read with the default sheet and with a few sheet names.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "io/table.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fuzz_read(const uint8_t *data, size_t size, const char *sheet)
{
    struct table_reader *r = NULL;
    struct table_row row;
    struct merit_error err;
    volatile size_t sink = 0;

    if (table_open_mem(data, size, "fuzz.xlsx", sheet, &r, &err) != 0)
        return;
    while (table_next(r, &row, &err) == 1) {
        for (size_t i = 0; i < row.ncells; i++) {
            if (strlen(row.cells[i]) != row.lens[i])
                __builtin_trap();
            sink += row.lens[i];
        }
    }
    (void)sink;
    table_close(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const sheets[] = {NULL, "Sheet2", "Unit", "Lain", "nope"};

    for (size_t i = 0; i < sizeof(sheets) / sizeof(sheets[0]); i++)
        fuzz_read(data, size, sheets[i]);
    return 0;
}
