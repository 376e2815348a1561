/*
 * json_read.h - read the JSON that `merit export --format json` writes (an
 * array of flat objects) as table rows, so JSON exports import back.
 * Internal to io/: use table.h.
 *
 * The first object's keys are the header (row 1); object i is row i + 2,
 * matching the numbering of the same data in CSV. Values may be strings,
 * numbers, true/false (read as "1"/"0") or null (empty). The document is
 * parsed whole, so files above JSON_READ_MAX are refused (use CSV or XLSX).
 */
#ifndef MERIT_IO_JSON_READ_H
#define MERIT_IO_JSON_READ_H

#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "io/table.h"

#define JSON_READ_MAX (256u * 1024 * 1024)

struct json_reader;

int json_reader_open_mem(const void *data, size_t len, const char *name, struct json_reader **out,
                         struct merit_error *err);
int json_reader_next(struct json_reader *r, struct table_row *row, struct merit_error *err);
void json_reader_progress(const struct json_reader *r, uint64_t *done, uint64_t *total);
void json_reader_close(struct json_reader *r);

#endif
