/*
 * xlsx_read.h - the XLSX half of table.h (internal to src/io).
 *
 * libzip opens the container; expat parses xl/workbook.xml, its .rels, the
 * shared strings and, streamed in chunks through a suspendable parser, the
 * chosen worksheet, so one row at a time is held in memory (plus the shared
 * strings). Every zip entry is checked against the limits of table.h before
 * and while it is inflated.
 *
 * Cell values: shared and inline strings (rich text runs concatenated,
 * phonetic runs dropped, _xHHHH_ escapes such as _x000D_ decoded), numbers and formula results as
 * the text stored in the file, booleans as "1" / "0", error cells (#N/A, ...) as "".
 *
 * Errors: MERIT_EFORMAT (not a valid workbook, malformed XML), MERIT_ELIMIT,
 * MERIT_ENOTFOUND (unknown sheet; the message lists the sheets), MERIT_EIO.
 * After table_next fails the reader must only be closed.
 */
#ifndef MERIT_IO_XLSX_READ_H
#define MERIT_IO_XLSX_READ_H

#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "io/table.h"

struct xlsx_reader;

/** name (copied) is used in messages; sheet may be NULL for the first sheet. */
int xlsx_reader_open_file(const char *path, const char *sheet, struct xlsx_reader **out,
                          struct merit_error *err);
/** data is not copied and must outlive the reader. */
int xlsx_reader_open_mem(const void *data, size_t len, const char *name, const char *sheet,
                         struct xlsx_reader **out, struct merit_error *err);
/** Returns 1 with a row, 0 at the end of the sheet, -1 on error. */
int xlsx_reader_next(struct xlsx_reader *x, struct table_row *row, struct merit_error *err);
/** Progress in bytes of the inflated sheet XML. */
void xlsx_reader_progress(const struct xlsx_reader *x, uint64_t *done, uint64_t *total);
/** Frees x; x may be NULL. */
void xlsx_reader_close(struct xlsx_reader *x);

#endif
