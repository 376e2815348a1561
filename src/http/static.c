#include "http/static.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "http/router.h"

static const struct {
    const char *ext;
    const char *type;
} static_types[] = {
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".json", "application/json; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".ico", "image/x-icon"},
    {".woff2", "font/woff2"},
    {".txt", "text/plain; charset=utf-8"},
    {".map", "application/json; charset=utf-8"},
};

static const char *static_type(const char *path)
{
    const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');

    if (!dot || (slash && dot < slash))
        return NULL;
    for (size_t i = 0; i < sizeof(static_types) / sizeof(static_types[0]); i++) {
        if (strcmp(dot, static_types[i].ext) == 0)
            return static_types[i].type;
    }
    return NULL;
}

/* Reads a regular file of at most HTTP_STATIC_MAX bytes; 1 = read, 0 = absent, -1 = error. */
static int static_read(const char *file, char **data, size_t *len, struct merit_error *err)
{
    struct stat st;
    int fd = open(file, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    size_t got = 0;
    char *d;

    if (fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR || errno == ELOOP || errno == EACCES)
            return 0;
        return err_set(err, MERIT_EIO, "%s: %s", file, strerror(errno));
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > HTTP_STATIC_MAX) {
        close(fd);
        return 0;
    }
    d = xmalloc((size_t)st.st_size + 1);
    while (got < (size_t)st.st_size) {
        ssize_t n = read(fd, d + got, (size_t)st.st_size - got);

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    close(fd);
    if (got != (size_t)st.st_size) {
        free(d);
        return err_set(err, MERIT_EIO, "%s: short read", file);
    }
    d[got] = '\0';
    *data = d;
    *len = got;
    return 1;
}

int http_static_serve(const char *root, const char *raw_path, size_t path_len, struct arena *a,
                      struct http_response *res, struct merit_error *err)
{
    struct buf file = BUF_INIT;
    const char *p = raw_path, *end = raw_path + path_len, *type;
    char *data = NULL, *seg;
    size_t len = 0;
    int rc, depth = 0;

    /* each segment decoded, and none that could leave the root or name a hidden file */
    buf_puts(&file, root);
    while (p < end) {
        const char *s = p + 1, *e = memchr(s, '/', (size_t)(end - s));
        size_t n = e ? (size_t)(e - s) : (size_t)(end - s);

        if (n == 0 && e)
            goto not_found;
        if (n) {
            if (router_percent_decode(a, s, n, 0, &seg) != 0 || seg[0] == '.' || strchr(seg, '/') ||
                strchr(seg, '\\') || ++depth > 8)
                goto not_found;
            buf_printf(&file, "/%s", seg);
        }
        p = s + n;
    }
    type = static_type(file.data);
    if (!type) {
        /* a client-side route (/pegawai/1980...): the application's page */
        buf_release(&file);
        buf_printf(&file, "%s/index.html", root);
        type = "text/html; charset=utf-8";
    }
    rc = static_read(file.data, &data, &len, err);
    buf_release(&file);
    if (rc < 0)
        return -1;
    if (rc == 0)
        goto not_found_released;
    http_response_bytes(res, 200, type, NULL, data, len);
    /* hashed asset names change with their content; the page itself must be revalidated */
    res->cache = strstr(raw_path, "/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
    return 0;
not_found:
    buf_release(&file);
not_found_released:
    return err_set(err, MERIT_ENOTFOUND, T("alamat %.200s tidak ada", "no such path: %.200s"),
                   arena_strndup(a, raw_path, path_len));
}
