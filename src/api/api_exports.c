/*
 * api_exports.c - the agency's data as CSV or XLSX downloads, written by the
 * export service `merit export` uses (so a download imports back unchanged).
 * The service writes a file (atomically); it goes to a private temporary
 * folder and is read back into the response.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "api/api.h"
#include "api/api_io.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "http/server.h"
#include "services/export.h"
#include "base/tmpdir.h"

#define EXPORTS_CSV_TYPE "text/csv; charset=utf-8"
#define EXPORTS_XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

static const char *const exports_formats[] = {"csv", "xlsx", NULL};

/* Reads path whole into a malloc'd buffer. */
static int exports_slurp(const char *path, char **data, size_t *len, struct merit_error *err)
{
    struct stat st;
    size_t got = 0;
    char *b;
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    if (fd < 0 || fstat(fd, &st) != 0) {
        if (fd >= 0)
            close(fd);
        return err_set(err, MERIT_EIO, "cannot read the export back: %s", strerror(errno));
    }
    b = xmalloc((size_t)st.st_size + 1);
    while (got < (size_t)st.st_size) {
        ssize_t k = read(fd, b + got, (size_t)st.st_size - got);

        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            close(fd);
            free(b);
            return err_set(err, MERIT_EIO, "cannot read the export back: %s",
                           k < 0 ? strerror(errno) : "short read");
        }
        got += (size_t)k;
    }
    close(fd);
    *data = b;
    *len = got;
    return 0;
}

int api_exports_get(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *k = http_request_param(req, "kind"), *f = NULL;
    enum import_kind kind;
    enum export_format fmt;
    int template_only = -1, rc = -1;
    struct db *db = NULL;
    char dir[256], path[300], *data = NULL;
    const char *name;
    size_t len = 0;
    long rows = 0;

    if (import_kind_parse(k, &kind) != 0)
        return err_set_at(err, MERIT_ENOTFOUND, 0, "kind",
                          T("jenis data '%s' tidak dikenal", "unknown kind of data '%s'"), k);
    if (http_query_enum(&req->query, "format", exports_formats, &f, err) != 0 ||
        http_query_bool(&req->query, "template", &template_only, err) != 0)
        return -1;
    if (!f)
        f = "csv";
    if (export_format_parse(f, &fmt) != 0)
        return err_set_at(err, MERIT_EUSAGE, 0, "format", "format '%s'", f);
    template_only = template_only == 1;
    if (!template_only && http_request_db(req, &db, err) != 0)
        return -1;
    if (tmpdir_make("export", dir, sizeof(dir), err) != 0)
        return -1;
    snprintf(path, sizeof(path), "%s/export.%s", dir, f);
    if (export_run(db, req->tenant_id, kind, fmt, path, template_only, &rows, err) == 0 &&
        exports_slurp(path, &data, &len, err) == 0)
        rc = 0;
    unlink(path);
    rmdir(dir);
    if (rc != 0)
        return -1;
    name = arena_printf(req->arena, "%s%s.%s", import_kind_name(kind),
                        template_only ? "-template" : "", f);
    http_response_bytes(res, 200, fmt == EXPORT_XLSX ? EXPORTS_XLSX_TYPE : EXPORTS_CSV_TYPE, name,
                        data, len);
    return 0;
}
