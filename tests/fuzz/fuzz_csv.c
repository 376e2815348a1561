/*
 * fuzz_csv.c - libFuzzer harness for the CSV side of table.h: sniffing,
 * delimiter detection, quoting, limits. Every row is read and touched so
 * ASan sees out-of-bounds cells.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "io/table.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct table_reader *r = NULL;
    struct table_row row;
    struct merit_error err;
    volatile size_t sink = 0;
    int rc;

    if (table_open_mem(data, size, "fuzz.csv", NULL, &r, &err) != 0)
        return 0;
    /* an invalid-UTF-8 row is not fatal: keep going, but bound the loop */
    for (int errors = 0; errors < 64;) {
        rc = table_next(r, &row, &err);
        if (rc == 0)
            break;
        if (rc < 0) {
            if (err.code != MERIT_EINVAL)
                break;
            errors++;
            continue;
        }
        for (size_t i = 0; i < row.ncells; i++) {
            if (strlen(row.cells[i]) != row.lens[i])
                __builtin_trap();
            sink += row.lens[i];
        }
    }
    (void)sink;
    table_close(r);
    return 0;
}
