#include "io/table.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/xmalloc.h"
#include "io/csv_read.h"
#include "io/json_read.h"
#include "io/xlsx_read.h"

/* How much of the file is inspected to tell text from binary. */
#define TABLE_SNIFF (64 * 1024)

struct table_reader {
    enum table_format fmt;
    struct csv_reader *csv;
    struct xlsx_reader *xlsx;
    struct json_reader *json;
};

static int table_starts(const unsigned char *p, size_t n, const char *magic, size_t mlen)
{
    return n >= mlen && memcmp(p, magic, mlen) == 0;
}

/* JSON export files start with '[' (after an optional BOM and white space). */
static int table_is_json(const unsigned char *p, size_t n)
{
    size_t i = table_starts(p, n, "\xEF\xBB\xBF", 3) ? 3 : 0;

    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
        i++;
    return i < n && p[i] == '[';
}

/*
 * Decides the format from the first bytes. partial says p is only a prefix of
 * the file, so a multi-byte character cut at the end is not an error.
 */
static int table_sniff(const unsigned char *p, size_t n, int partial, const char *name,
                       enum table_format *fmt, struct merit_error *err)
{
    const char *what = NULL;
    enum utf8_status u;

    if (n == 0)
        return err_set(err, MERIT_EINVAL, T("%s: berkas kosong", "%s: file is empty"), name);
    if (table_starts(p, n, "PK\x03\x04", 4)) {
        *fmt = TABLE_XLSX;
        return 0;
    }
    if (table_starts(p, n, "\xD0\xCF\x11\xE0", 4))
        return err_set(err, MERIT_EFORMAT,
                       T("%s: ini berkas Excel lama (.xls); simpan sebagai .xlsx atau CSV",
                         "%s: this is an old Excel .xls file; save it as .xlsx or CSV"),
                       name);
    if (table_starts(p, n, "%PDF", 4))
        what = T("dokumen PDF", "a PDF document");
    else if (table_starts(p, n, "\x89PNG", 4))
        what = T("gambar PNG", "a PNG image");
    else if (table_starts(p, n, "\xFF\xD8\xFF", 3))
        what = T("gambar JPEG", "a JPEG image");
    else if (table_starts(p, n, "\x1F\x8B", 2))
        what = T("berkas terkompresi gzip", "a gzip-compressed file");
    else if (memchr(p, 0, n))
        what = T("berkas biner", "a binary file");
    if (what)
        return err_set(err, MERIT_EFORMAT,
                       T("%s: berkas ini tampaknya %s, bukan CSV atau XLSX",
                         "%s: this looks like %s, not a CSV or XLSX file"),
                       name, what);
    u = utf8_check(p, n);
    if (u == UTF8_BAD || (u == UTF8_TRUNCATED && !partial))
        return err_set(err, MERIT_EFORMAT,
                       T("%s: teks bukan UTF-8 (mungkin CSV dengan pengodean lain); simpan "
                         "sebagai CSV UTF-8 atau XLSX",
                         "%s: this text is not UTF-8 (perhaps a CSV in another encoding); save "
                         "it as CSV UTF-8 or XLSX"),
                       name);
    *fmt = table_is_json(p, n) ? TABLE_JSON : TABLE_CSV;
    return 0;
}

int table_open(const char *path, const char *sheet, struct table_reader **out,
               struct merit_error *err)
{
    unsigned char *head = xmalloc(TABLE_SNIFF);
    size_t n = 0;
    struct stat st;
    enum table_format fmt;
    struct table_reader *r = NULL;
    int fd, rc = -1;

    *out = NULL;
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            err_set(err, MERIT_ENOTFOUND, T("%s: berkas tidak ditemukan", "%s: file not found"),
                    path);
        else
            err_set(err, MERIT_EIO, T("%s: tidak dapat dibuka: %s", "%s: cannot open: %s"), path,
                    strerror(errno));
        goto out;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        err_set(err, MERIT_EINVAL, T("%s: bukan berkas biasa", "%s: not a regular file"), path);
        goto out;
    }
    /* pread leaves the offset at 0 for the CSV reader */
    while (n < TABLE_SNIFF) {
        ssize_t k = pread(fd, head + n, TABLE_SNIFF - n, (off_t)n);

        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            err_set(err, MERIT_EIO, T("%s: gagal membaca berkas: %s", "%s: cannot read: %s"), path,
                    strerror(errno));
            goto out;
        }
        if (k == 0)
            break;
        n += (size_t)k;
    }
    if (table_sniff(head, n, (uint64_t)st.st_size > n, path, &fmt, err) < 0)
        goto out;
    r = xcalloc(1, sizeof(*r));
    r->fmt = fmt;
    if (fmt == TABLE_XLSX) {
        close(fd);
        fd = -1;
        if (xlsx_reader_open_file(path, sheet, &r->xlsx, err) < 0)
            goto out;
    } else if (fmt == TABLE_JSON) {
        unsigned char *all;
        size_t got = 0;

        if ((uint64_t)st.st_size > JSON_READ_MAX) {
            err_set(err, MERIT_ELIMIT,
                    T("%s: berkas JSON lebih dari %u MiB; impor sebagai CSV atau XLSX",
                      "%s: JSON files above %u MiB are not read; import CSV or XLSX instead"),
                    path, JSON_READ_MAX >> 20);
            goto out;
        }
        all = xmalloc((size_t)st.st_size + 1);
        while (got < (size_t)st.st_size) {
            ssize_t k = pread(fd, all + got, (size_t)st.st_size - got, (off_t)got);

            if (k < 0 && errno == EINTR)
                continue;
            if (k <= 0)
                break;
            got += (size_t)k;
        }
        rc = json_reader_open_mem(all, got, path, &r->json, err);
        free(all);
        if (rc != 0) {
            rc = -1;
            goto out;
        }
        rc = -1;
    } else {
        r->csv = csv_reader_open_fd(fd, (uint64_t)st.st_size, path);
        fd = -1;
    }
    *out = r;
    r = NULL;
    rc = 0;
out:
    if (fd >= 0)
        close(fd);
    table_close(r);
    free(head);
    return rc;
}

int table_open_mem(const void *data, size_t len, const char *name, const char *sheet,
                   struct table_reader **out, struct merit_error *err)
{
    enum table_format fmt;
    struct table_reader *r;
    size_t head = len < TABLE_SNIFF ? len : TABLE_SNIFF;

    *out = NULL;
    if (!name)
        name = T("(unggahan)", "(upload)");
    if (table_sniff(data, head, head < len, name, &fmt, err) < 0)
        return -1;
    r = xcalloc(1, sizeof(*r));
    r->fmt = fmt;
    if (fmt == TABLE_XLSX) {
        if (xlsx_reader_open_mem(data, len, name, sheet, &r->xlsx, err) < 0) {
            free(r);
            return -1;
        }
    } else if (fmt == TABLE_JSON) {
        if (json_reader_open_mem(data, len, name, &r->json, err) < 0) {
            free(r);
            return -1;
        }
    } else {
        r->csv = csv_reader_open_mem(data, len, name);
    }
    *out = r;
    return 0;
}

enum table_format table_format(const struct table_reader *r)
{
    return r->fmt;
}

int table_next(struct table_reader *r, struct table_row *row, struct merit_error *err)
{
    if (r->fmt == TABLE_XLSX)
        return xlsx_reader_next(r->xlsx, row, err);
    if (r->fmt == TABLE_JSON)
        return json_reader_next(r->json, row, err);
    return csv_reader_next(r->csv, row, err);
}

void table_progress(const struct table_reader *r, uint64_t *done, uint64_t *total)
{
    if (r->fmt == TABLE_XLSX)
        xlsx_reader_progress(r->xlsx, done, total);
    else if (r->fmt == TABLE_JSON)
        json_reader_progress(r->json, done, total);
    else
        csv_reader_progress(r->csv, done, total);
}

void table_close(struct table_reader *r)
{
    if (!r)
        return;
    csv_reader_close(r->csv);
    xlsx_reader_close(r->xlsx);
    json_reader_close(r->json);
    free(r);
}
