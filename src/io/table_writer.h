/*
 * table_writer.h - write rows as CSV or XLSX (the inverse of table.h).
 *
 * CSV: UTF-8 with a BOM (so Excel opens it as UTF-8), ',' delimiter, CRLF,
 * RFC 4180 quoting; what table.h reads back unchanged.
 * XLSX: libxlsxwriter in constant-memory mode (rows streamed to disk), one
 * sheet; cells are written as strings unless the caller marks a column
 * numeric, so NIPs keep all 18 digits. A bold header row with autofilter and
 * frozen first row; optional note lines above the header (e.g. the filters
 * that were applied) are written when given.
 */
#ifndef MERIT_IO_TABLE_WRITER_H
#define MERIT_IO_TABLE_WRITER_H

#include <stddef.h>

#include "base/err.h"
#include "io/table.h"

struct table_writer;

/**
 * Creates path ("-" means stdout, CSV only). sheet names the XLSX sheet
 * (ignored for CSV). numeric[i] != 0 marks column i numeric in XLSX (may be
 * NULL). The header has ncols names; ncols 0 makes an empty table (no header
 * row, and table_writer_row writes nothing). notes (may be NULL / 0) are lines
 * written before the header in XLSX only.
 */
int table_writer_open(const char *path, enum table_format fmt, const char *sheet,
                      const char *const *header, const int *numeric, size_t ncols,
                      const char *const *notes, size_t nnotes, struct table_writer **out,
                      struct merit_error *err);
/** Writes one row of ncols cells; a NULL cell is written empty. */
int table_writer_row(struct table_writer *w, const char *const *cells, struct merit_error *err);
/**
 * XLSX only (a no-op for CSV): adds a small sheet named name after the table's,
 * nrows rows of ncols string cells (cells[r * ncols + c]; NULL or "" = empty),
 * the first row bold. For side information such as the filters of an export.
 * MERIT_EINVAL on a bad sheet name (or one already used), MERIT_EIO on a write error.
 */
int table_writer_sheet(struct table_writer *w, const char *name, const char *const *cells,
                       size_t nrows, size_t ncols, struct merit_error *err);
/** Finishes the file. Returns -1 if it could not be completed; w is freed either way. */
int table_writer_close(struct table_writer *w, struct merit_error *err);

#endif
