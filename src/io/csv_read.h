/*
 * csv_read.h - the CSV half of table.h (internal to src/io).
 *
 * A streaming RFC 4180 parser: the input is read in 1 MiB chunks and every
 * record is copied into one growing buffer, so memory stays bounded by the
 * largest record (itself bounded by TABLE_MAX_CELL * TABLE_MAX_COLS).
 *
 * Errors: MERIT_EIO (read failed), MERIT_EFORMAT (unterminated quote),
 * MERIT_ELIMIT (cell or column limit) are final: the reader must not be used
 * again except to close it. MERIT_EINVAL (invalid UTF-8 in a cell) concerns
 * one record only, which has been consumed, so table_next may be called again
 * to continue with the next record.
 */
#ifndef MERIT_IO_CSV_READ_H
#define MERIT_IO_CSV_READ_H

#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "io/table.h"

struct csv_reader;

/**
 * Reads from fd, which the reader owns (and closes) from now on; fd must be
 * positioned at the start of the file. size is the file size (0 if unknown).
 * name is copied and used in messages.
 */
struct csv_reader *csv_reader_open_fd(int fd, uint64_t size, const char *name);
/** Reads from memory; data is not copied and must outlive the reader. */
struct csv_reader *csv_reader_open_mem(const void *data, size_t len, const char *name);
/** Returns 1 with a row, 0 at end of input, -1 on error (see above). */
int csv_reader_next(struct csv_reader *r, struct table_row *row, struct merit_error *err);
void csv_reader_progress(const struct csv_reader *r, uint64_t *done, uint64_t *total);
/** Closes the file (if any) and frees r; r may be NULL. */
void csv_reader_close(struct csv_reader *r);

enum utf8_status { UTF8_OK = 0, UTF8_BAD = -1, UTF8_TRUNCATED = 1 };
/**
 * Checks s[0..len) for well-formed UTF-8 (no overlongs, surrogates or values
 * above U+10FFFF). UTF8_TRUNCATED means the only fault is an incomplete
 * sequence at the very end, which is fine when len is only a prefix.
 */
enum utf8_status utf8_check(const unsigned char *s, size_t len);

#endif
