#include "http/response.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/xmalloc.h"

/* Length of the valid UTF-8 sequence at s (1..4), or 0 if it is invalid. */
static size_t response_utf8_len(const unsigned char *s)
{
    size_t n, i;
    unsigned cp;

    if (s[0] < 0x80)
        return 1;
    if ((s[0] & 0xE0) == 0xC0) {
        n = 2;
        cp = s[0] & 0x1F;
    } else if ((s[0] & 0xF0) == 0xE0) {
        n = 3;
        cp = s[0] & 0x0F;
    } else if ((s[0] & 0xF8) == 0xF0) {
        n = 4;
        cp = s[0] & 0x07;
    } else {
        return 0;
    }
    for (i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

json_t *http_json_str(const char *s)
{
    struct buf b = BUF_INIT;
    json_t *j;

    if (!s)
        return json_null();
    j = json_string(s);
    if (j)
        return j;
    /*
     * jansson refuses invalid UTF-8, and legacy data imported from old
     * spreadsheets may hold Latin-1 bytes: keep the value readable with
     * U+FFFD instead of dropping the whole field.
     */
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        size_t n = response_utf8_len(p);

        if (n == 0) {
            buf_puts(&b, "\xEF\xBF\xBD");
            p++;
        } else {
            buf_append(&b, p, n);
            p += n;
        }
    }
    j = json_string(b.data);
    buf_release(&b);
    return j ? j : json_string("");
}

void http_response_json(struct http_response *res, int status, json_t *doc)
{
    char *s = json_dumps(doc, JSON_COMPACT | JSON_REAL_PRECISION(10));

    json_decref(doc);
    if (!s) {
        /* only reachable with a NULL or corrupt document: a bug, reported as such */
        s = xstrdup("{\"code\":\"internal\",\"message\":\"response encoding failed\","
                    "\"field\":null,\"row\":null}");
        status = 500;
    }
    free(res->body);
    res->status = status;
    res->body = s;
    res->body_len = strlen(s);
}

void http_response_page(struct http_response *res, json_t *items, int64_t total, int64_t limit,
                        int64_t offset)
{
    json_t *doc = json_object();

    json_object_set_new(doc, "items", items);
    json_object_set_new(doc, "total", json_integer(total));
    json_object_set_new(doc, "limit", json_integer(limit));
    json_object_set_new(doc, "offset", json_integer(offset));
    http_response_json(res, 200, doc);
}

static void response_error_shape(struct http_response *res, int status, const char *code,
                                 const char *msg, const char *field, long row)
{
    json_t *doc = json_object();

    json_object_set_new(doc, "code", json_string(code));
    json_object_set_new(doc, "message", http_json_str(msg));
    json_object_set_new(doc, "field", field && *field ? http_json_str(field) : json_null());
    json_object_set_new(doc, "row", row ? json_integer(row) : json_null());
    http_response_json(res, status, doc);
}

void http_response_error(struct http_response *res, const struct merit_error *e)
{
    response_error_shape(res, err_http_status(e->code), err_name(e->code),
                         e->msg[0] ? e->msg : err_name(e->code), e->field, e->row);
}

void http_response_method_not_allowed(struct http_response *res, const char *allow)
{
    struct merit_error e;

    err_clear(&e);
    err_set(&e, MERIT_EMETHOD, "%s",
            T("metode HTTP ini tidak didukung untuk alamat ini",
              "this HTTP method is not supported for this path"));
    http_response_error(res, &e);
    res->allow = allow;
}

void http_response_release(struct http_response *res)
{
    free(res->body);
    res->body = NULL;
    res->body_len = 0;
}

void http_response_bytes(struct http_response *res, int status, const char *content_type,
                         const char *filename, char *data, size_t len)
{
    free(res->body);
    res->status = status;
    res->body = data;
    res->body_len = len;
    res->content_type = content_type;
    res->filename = filename;
}
