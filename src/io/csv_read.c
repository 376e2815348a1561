#include "io/csv_read.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/xmalloc.h"

/* One read() per MiB keeps syscall overhead negligible for a 150 MB import. */
#define CSV_CHUNK (1u << 20)

enum csv_state { ST_FIELD, ST_UNQUOTED, ST_QUOTED, ST_QUOTE };

struct csv_reader {
    int fd; /* -1 for memory input */
    char *name;
    unsigned char *chunk;
    const unsigned char *p, *end; /* unread input */
    uint64_t ingested;            /* bytes taken from the source so far */
    uint64_t total;
    int eof;
    int started;
    int skip_lf; /* the last record ended in CR; a following LF belongs to it */
    int failed;
    unsigned char delim;
    unsigned char special[256];  /* stops the unquoted-field scan */
    unsigned char qspecial[256]; /* stops the quoted-field scan */
    long rowno;

    /* the current record: cells stored back to back, each NUL-terminated */
    char *rec;
    size_t rec_len, rec_cap;
    size_t cell_start;
    size_t ncells, cells_cap;
    size_t *offs;
    size_t *lens;
    const char **cells;
    size_t nul_col; /* 1-based column of the first NUL byte in this record, 0 if none */
};

enum utf8_status utf8_check(const unsigned char *s, size_t len)
{
    size_t i = 0;

    while (i < len) {
        unsigned c = s[i];
        size_t need;
        unsigned lo = 0x80, hi = 0xBF;

        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                lo = 0xA0; /* overlong */
            else if (c == 0xED)
                hi = 0x9F; /* surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                lo = 0x90; /* overlong */
            else if (c == 0xF4)
                hi = 0x8F; /* above U+10FFFF */
        } else {
            return UTF8_BAD;
        }
        for (size_t k = 1; k <= need; k++) {
            unsigned b;

            if (i + k >= len)
                return UTF8_TRUNCATED;
            b = s[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
                return UTF8_BAD;
        }
        i += need + 1;
    }
    return UTF8_OK;
}

static int csv_ascii_only(const char *s, size_t n)
{
    uint64_t acc = 0;
    size_t i = 0;

    for (; i + 8 <= n; i += 8) {
        uint64_t w;

        memcpy(&w, s + i, 8);
        acc |= w;
    }
    for (; i < n; i++)
        acc |= (unsigned char)s[i];
    return (acc & 0x8080808080808080ull) == 0;
}

static struct csv_reader *csv_reader_new(const char *name)
{
    struct csv_reader *r = xcalloc(1, sizeof(*r));

    r->fd = -1;
    r->name = xstrdup(name ? name : "-");
    r->rec_cap = 4096;
    r->rec = xmalloc(r->rec_cap);
    r->cells_cap = 64;
    r->offs = xmalloc(r->cells_cap * sizeof(*r->offs));
    r->lens = xmalloc(r->cells_cap * sizeof(*r->lens));
    r->cells = xmalloc(r->cells_cap * sizeof(*r->cells));
    return r;
}

struct csv_reader *csv_reader_open_fd(int fd, uint64_t size, const char *name)
{
    struct csv_reader *r = csv_reader_new(name);

    r->fd = fd;
    r->total = size;
    r->chunk = xmalloc(CSV_CHUNK);
    r->p = r->end = r->chunk;
    return r;
}

struct csv_reader *csv_reader_open_mem(const void *data, size_t len, const char *name)
{
    struct csv_reader *r = csv_reader_new(name);

    r->p = data;
    r->end = r->p + len;
    r->ingested = len;
    r->total = len;
    r->eof = 1;
    return r;
}

void csv_reader_close(struct csv_reader *r)
{
    if (!r)
        return;
    if (r->fd >= 0)
        close(r->fd);
    free(r->chunk);
    free(r->rec);
    free(r->offs);
    free(r->lens);
    free(r->cells);
    free(r->name);
    free(r);
}

void csv_reader_progress(const struct csv_reader *r, uint64_t *done, uint64_t *total)
{
    if (done)
        *done = r->ingested - (uint64_t)(r->end - r->p);
    if (total)
        *total = r->total;
}

/* Refills the chunk once everything in it was consumed; returns bytes now available, 0 at EOF. */
static int csv_fill(struct csv_reader *r, size_t want, struct merit_error *err)
{
    size_t have;

    if (r->eof)
        return 0;
    have = 0;
    while (have < want) {
        ssize_t n = read(r->fd, r->chunk + have, CSV_CHUNK - have);

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return err_set(err, MERIT_EIO, T("%s: gagal membaca berkas: %s", "%s: cannot read: %s"),
                           r->name, strerror(errno));
        if (n == 0) {
            r->eof = 1;
            break;
        }
        have += (size_t)n;
        r->ingested += (uint64_t)n;
    }
    r->p = r->chunk;
    r->end = r->chunk + have;
    return have > 0;
}

/* Strips a BOM and picks the delimiter by counting candidates in the first record. */
static void csv_start(struct csv_reader *r)
{
    size_t comma = 0, semi = 0, tab = 0;
    int quoted = 0;

    r->started = 1;
    if (r->end - r->p >= 3 && memcmp(r->p, "\xEF\xBB\xBF", 3) == 0)
        r->p += 3;
    for (const unsigned char *q = r->p; q < r->end; q++) {
        if (*q == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (*q == ',')
            comma++;
        else if (*q == ';')
            semi++;
        else if (*q == '\t')
            tab++;
        else if (*q == '\n' || *q == '\r')
            break;
    }
    r->delim = ',';
    if (semi > comma && semi >= tab)
        r->delim = ';';
    else if (tab > comma && tab > semi)
        r->delim = '\t';
    r->special[r->delim] = 1;
    r->special['"'] = r->special['\r'] = r->special['\n'] = r->special[0] = 1;
    r->qspecial['"'] = r->qspecial[0] = 1;
}

static void csv_rec_grow(struct csv_reader *r, size_t extra)
{
    while (r->rec_len + extra > r->rec_cap)
        r->rec_cap *= 2;
    r->rec = xrealloc(r->rec, r->rec_cap);
}

static int csv_put(struct csv_reader *r, const unsigned char *s, size_t n, struct merit_error *err)
{
    if (r->rec_len + n + 1 > r->rec_cap)
        csv_rec_grow(r, n + 1);
    memcpy(r->rec + r->rec_len, s, n);
    r->rec_len += n;
    if (r->rec_len - r->cell_start > TABLE_MAX_CELL)
        return err_set_at(err, MERIT_ELIMIT, r->rowno + 1, NULL,
                          T("%s: baris %ld, kolom %zu: sel lebih dari %d byte",
                            "%s: row %ld, column %zu: a cell is larger than %d bytes"),
                          r->name, r->rowno + 1, r->ncells + 1, TABLE_MAX_CELL);
    return 0;
}

static int csv_end_cell(struct csv_reader *r, struct merit_error *err)
{
    if (r->ncells == TABLE_MAX_COLS)
        return err_set_at(
            err, MERIT_ELIMIT, r->rowno + 1, NULL,
            T("%s: baris %ld: lebih dari %d kolom", "%s: row %ld: more than %d columns"), r->name,
            r->rowno + 1, TABLE_MAX_COLS);
    if (r->ncells == r->cells_cap) {
        r->cells_cap *= 2;
        r->offs = xreallocarray(r->offs, r->cells_cap, sizeof(*r->offs));
        r->lens = xreallocarray(r->lens, r->cells_cap, sizeof(*r->lens));
        r->cells = xreallocarray(r->cells, r->cells_cap, sizeof(*r->cells));
    }
    if (r->rec_len + 1 > r->rec_cap)
        csv_rec_grow(r, 1);
    r->offs[r->ncells] = r->cell_start;
    r->lens[r->ncells] = r->rec_len - r->cell_start;
    r->ncells++;
    r->rec[r->rec_len++] = '\0';
    r->cell_start = r->rec_len;
    return 0;
}

/* A NUL byte is dropped and remembered, so the record is still consumed whole. */
static void csv_saw_nul(struct csv_reader *r)
{
    if (!r->nul_col)
        r->nul_col = r->ncells + 1;
    r->p++;
}

/* Parses one record into r->rec; returns 1, 0 at end of input, -1 on error. */
static int csv_parse_record(struct csv_reader *r, struct merit_error *err)
{
    enum csv_state st = ST_FIELD;
    int in_rec = 0;

    r->rec_len = r->cell_start = r->ncells = r->nul_col = 0;
    for (;;) {
        const unsigned char *q, *e;
        unsigned char c;

        if (r->p == r->end) {
            int n = csv_fill(r, 1, err);

            if (n < 0)
                return -1;
            if (n == 0) {
                if (st == ST_QUOTED)
                    return err_set_at(err, MERIT_EFORMAT, r->rowno + 1, NULL,
                                      T("%s: baris %ld: tanda kutip dibuka tetapi tidak ditutup "
                                        "sampai akhir berkas",
                                        "%s: row %ld: a quoted field starts here and is never "
                                        "closed before the end of the file"),
                                      r->name, r->rowno + 1);
                if (!in_rec)
                    return 0;
                return csv_end_cell(r, err) < 0 ? -1 : 1;
            }
        }
        if (r->skip_lf) {
            r->skip_lf = 0;
            if (*r->p == '\n') {
                r->p++;
                continue;
            }
        }
        e = r->end;
        switch (st) {
        case ST_FIELD:
            in_rec = 1;
            if (*r->p == '"') {
                r->p++;
                st = ST_QUOTED;
                break;
            }
            st = ST_UNQUOTED;
            /* fallthrough */
        case ST_UNQUOTED:
            for (q = r->p; q < e && !r->special[*q]; q++)
                ;
            if (q > r->p && csv_put(r, r->p, (size_t)(q - r->p), err) < 0)
                return -1;
            r->p = q;
            if (q == e)
                break;
            c = *q;
            if (c == 0) {
                csv_saw_nul(r);
                break;
            }
            r->p++;
            if (c == r->delim) {
                if (csv_end_cell(r, err) < 0)
                    return -1;
                st = ST_FIELD;
            } else if (c == '"') {
                /* a stray quote inside an unquoted field is kept as text, as Excel does */
                if (csv_put(r, &c, 1, err) < 0)
                    return -1;
            } else {
                r->skip_lf = c == '\r';
                return csv_end_cell(r, err) < 0 ? -1 : 1;
            }
            break;
        case ST_QUOTED:
            for (q = r->p; q < e && !r->qspecial[*q]; q++)
                ;
            if (q > r->p && csv_put(r, r->p, (size_t)(q - r->p), err) < 0)
                return -1;
            r->p = q;
            if (q == e)
                break;
            if (*q == 0) {
                csv_saw_nul(r);
                break;
            }
            r->p++;
            st = ST_QUOTE;
            break;
        case ST_QUOTE:
            if (*r->p == '"') {
                if (csv_put(r, r->p, 1, err) < 0)
                    return -1;
                r->p++;
                st = ST_QUOTED;
            } else {
                /* text after a closing quote ("ab"c) is kept, as Excel does */
                st = ST_UNQUOTED;
            }
            break;
        }
    }
}

static int csv_check_text(struct csv_reader *r, struct merit_error *err)
{
    if (r->nul_col)
        return err_set_at(err, MERIT_EINVAL, r->rowno, NULL,
                          T("%s: baris %ld, kolom %zu: berisi byte NUL (data biner?)",
                            "%s: row %ld, column %zu: contains a NUL byte (binary data?)"),
                          r->name, r->rowno, r->nul_col);
    if (csv_ascii_only(r->rec, r->rec_len))
        return 0;
    for (size_t i = 0; i < r->ncells; i++) {
        if (utf8_check((const unsigned char *)r->rec + r->offs[i], r->lens[i]) != UTF8_OK)
            return err_set_at(err, MERIT_EINVAL, r->rowno, NULL,
                              T("%s: baris %ld, kolom %zu: teks bukan UTF-8 yang sah; simpan "
                                "berkas sebagai CSV UTF-8",
                                "%s: row %ld, column %zu: text is not valid UTF-8; save the "
                                "file as CSV UTF-8"),
                              r->name, r->rowno, i + 1);
    }
    return 0;
}

int csv_reader_next(struct csv_reader *r, struct table_row *row, struct merit_error *err)
{
    if (r->failed)
        return err_set(err, MERIT_EINTERNAL, "%s: csv reader used after a fatal error", r->name);
    if (!r->started) {
        if (r->fd >= 0 && csv_fill(r, CSV_CHUNK, err) < 0)
            goto fail;
        csv_start(r);
    }
    for (;;) {
        int blank = 1;
        int rc = csv_parse_record(r, err);

        if (rc < 0)
            goto fail;
        if (rc == 0)
            return 0;
        r->rowno++;
        for (size_t i = 0; i < r->ncells && blank; i++)
            blank = r->lens[i] == 0;
        if (blank && !r->nul_col)
            continue;
        if (csv_check_text(r, err) < 0)
            return -1;
        for (size_t i = 0; i < r->ncells; i++)
            r->cells[i] = r->rec + r->offs[i];
        row->rowno = r->rowno;
        row->ncells = r->ncells;
        row->cells = r->cells;
        row->lens = r->lens;
        return 1;
    }
fail:
    r->failed = 1;
    return -1;
}
