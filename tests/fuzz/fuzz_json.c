/* libFuzzer: the JSON table reader on arbitrary bytes must not crash, leak or hang. */
#include <stddef.h>
#include <stdint.h>

#include "io/table.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct table_reader *r = NULL;
    struct merit_error err;
    struct table_row row;
    int rc;

    /* steer most inputs to the JSON reader: it is chosen by a leading '[' */
    if (size == 0 || data[0] != '[')
        return 0;
    if (table_open_mem(data, size, "fuzz.json", NULL, &r, &err) != 0)
        return 0;
    while ((rc = table_next(r, &row, &err)) == 1)
        for (size_t i = 0; i < row.ncells; i++)
            (void)row.lens[i];
    table_close(r);
    return 0;
}
