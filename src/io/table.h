/*
 * table.h - read a spreadsheet-like file (CSV or XLSX) row by row.
 *
 * The format is chosen by content, not by name: a file starting with the zip
 * signature is read as XLSX, UTF-8 text whose first character is '[' as the
 * JSON that `merit export --format json` writes (io/json_read.h), any other
 * UTF-8 text as CSV. Other types (legacy .xls, PDF, images, binary) are refused with
 * MERIT_EFORMAT and a message that names the file and what it looks like.
 *
 * CSV: UTF-8 with or without BOM; delimiter ';' or ',' or TAB sniffed from the
 * first record; CRLF or LF; RFC 4180 quotes (fields may contain delimiters,
 * quotes and newlines).
 * XLSX: the first sheet, or the sheet named by `sheet`; shared strings, inline
 * strings, numbers, booleans. Numbers are returned as their text in the file
 * ("44270", "1.97E+17"); dates therefore arrive as serials and are parsed by
 * the importer. Zip bombs are refused (limits below).
 *
 * Row numbers are what a user sees in a spreadsheet: the header is row 1.
 * For CSV a record that spans several lines still counts as one row.
 *
 * Limits (MERIT_ELIMIT when exceeded): a cell of more than 32 KiB, more than
 * 1024 columns, an XLSX part that inflates to more than 1 GiB or with a
 * compression ratio above 200:1 over 1 MiB, more than 10,000 zip entries.
 */
#ifndef MERIT_IO_TABLE_H
#define MERIT_IO_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "base/err.h"

#define TABLE_MAX_CELL (32 * 1024)
#define TABLE_MAX_COLS 1024

struct table_reader;

enum table_format { TABLE_CSV = 1, TABLE_XLSX = 2, TABLE_JSON = 3 };

struct table_row {
    long rowno;               /* 1-based spreadsheet row number */
    size_t ncells;            /* trailing empty cells may be omitted */
    const char *const *cells; /* NUL-terminated UTF-8, valid until the next table_next */
    const size_t *lens;
};

/**
 * Opens path. sheet may be NULL (first sheet; ignored for CSV). On failure
 * returns -1 with err filled (MERIT_ENOTFOUND, MERIT_EFORMAT, MERIT_EIO,
 * MERIT_ELIMIT, MERIT_ENOTFOUND for an unknown sheet, listing the sheets).
 */
int table_open(const char *path, const char *sheet, struct table_reader **out,
               struct merit_error *err);
/** Opens an in-memory file (for uploads and fuzzing); data is not copied and must outlive r. */
int table_open_mem(const void *data, size_t len, const char *name, const char *sheet,
                   struct table_reader **out, struct merit_error *err);
enum table_format table_format(const struct table_reader *r);
/** Returns 1 with a row, 0 at end of file, -1 on error (err names the row). Blank rows are skipped.
 */
int table_next(struct table_reader *r, struct table_row *row, struct merit_error *err);
/** Bytes consumed so far and total size (for progress display); total is 0 if unknown. */
void table_progress(const struct table_reader *r, uint64_t *done, uint64_t *total);
void table_close(struct table_reader *r);

#endif
