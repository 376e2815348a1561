/*
 * api_export_list.c - a paged list as a CSV or XLSX download (see the header).
 *
 * The route's own handler produces each page, so nothing about who may see
 * which rows is decided here. Columns are fixed by the first page because the
 * writer streams: the header has to be out before the second page is read.
 */
#include "api/api_export_list.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "api/api.h"
#include "base/buf.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "io/table_writer.h"
#include "base/tmpdir.h"

/* XLSX keeps at most this many characters in a cell (bytes >= characters). */
#define XL_CELL_MAX 32767
#define XL_PAGE_ARENA 65536

static const char *const xl_formats[] = {"csv", "xlsx", NULL};

struct xl {
    enum table_format fmt;
    /* key paths holding a non-empty object somewhere on the first page: flattened */
    char **branches;
    size_t nbranches, branches_cap;
    /* the columns: leaf key paths in order of first appearance */
    char **cols;
    int *kinds; /* per column: 1 = a number seen, 2 = something else seen */
    size_t ncols, cols_cap, hint;
    const char **cells;
    struct arena *rowmem;
    struct buf path; /* the key path being walked */
};

static int spec_has(void *ctx, const char *name, size_t len, int required, const char *type)
{
    const char *want = ctx;

    (void)required;
    (void)type;
    return strlen(want) == len && memcmp(want, name, len) == 0 ? 1 : 0;
}

/* 1 when the route's query spec declares parameter name. */
static int xl_declares(const struct http_route *r, const char *name)
{
    return r->query && http_spec_each(r->query, spec_has, (void *)name) != 0;
}

int api_export_list_wanted(const struct http_request *req)
{
    const struct http_route *r = req->match.route;
    const char *f;

    if (!r || r->produces || !xl_declares(r, "format"))
        return 0;
    if (strcmp(req->method, "GET") != 0 && strcmp(req->method, "HEAD") != 0)
        return 0;
    f = http_query_get(&req->query, "format");
    return f && *f;
}

static int xl_is_branch(const struct xl *x, const char *path)
{
    for (size_t i = 0; i < x->nbranches; i++)
        if (strcmp(x->branches[i], path) == 0)
            return 1;
    return 0;
}

static long xl_col(struct xl *x, const char *path)
{
    if (x->hint < x->ncols && strcmp(x->cols[x->hint], path) == 0)
        return (long)x->hint++;
    for (size_t i = 0; i < x->ncols; i++) {
        if (strcmp(x->cols[i], path) == 0) {
            x->hint = i + 1;
            return (long)i;
        }
    }
    return -1;
}

static void xl_path_push(struct buf *b, const char *key, size_t *keep)
{
    *keep = b->len;
    if (b->len)
        buf_putc(b, '.');
    buf_puts(b, key);
}

static void xl_path_pop(struct buf *b, size_t keep)
{
    b->len = keep;
    if (b->data)
        b->data[keep] = '\0';
}

/* Pass one over the first page: which key paths hold objects to flatten. */
static void xl_find_branches(struct xl *x, json_t *obj)
{
    const char *k;
    json_t *v;

    json_object_foreach(obj, k, v)
    {
        size_t keep;

        if (!json_is_object(v) || json_object_size(v) == 0)
            continue;
        xl_path_push(&x->path, k, &keep);
        if (!xl_is_branch(x, x->path.data)) {
            if (x->nbranches == x->branches_cap) {
                x->branches_cap = x->branches_cap ? x->branches_cap * 2 : 8;
                x->branches = xreallocarray(x->branches, x->branches_cap, sizeof(x->branches[0]));
            }
            x->branches[x->nbranches++] = xstrdup(x->path.data);
        }
        xl_find_branches(x, v);
        xl_path_pop(&x->path, keep);
    }
}

/* Pass two over the first page: the leaf columns in order, and which hold only numbers. */
static void xl_find_columns(struct xl *x, json_t *obj)
{
    const char *k;
    json_t *v;

    json_object_foreach(obj, k, v)
    {
        size_t keep;
        long c;

        xl_path_push(&x->path, k, &keep);
        if (xl_is_branch(x, x->path.data)) {
            if (json_is_object(v))
                xl_find_columns(x, v);
            xl_path_pop(&x->path, keep);
            continue;
        }
        c = xl_col(x, x->path.data);
        if (c < 0) {
            if (x->ncols == x->cols_cap) {
                x->cols_cap = x->cols_cap ? x->cols_cap * 2 : 32;
                x->cols = xreallocarray(x->cols, x->cols_cap, sizeof(x->cols[0]));
                x->kinds = xreallocarray(x->kinds, x->cols_cap, sizeof(x->kinds[0]));
            }
            c = (long)x->ncols++;
            x->cols[c] = xstrdup(x->path.data);
            x->kinds[c] = 0;
        }
        if (json_is_number(v))
            x->kinds[c] |= 1;
        else if (!json_is_null(v))
            x->kinds[c] |= 2;
        xl_path_pop(&x->path, keep);
    }
}

/* The text of one value: strings as they are, numbers as the JSON has them, the rest as JSON. */
static const char *xl_text(struct xl *x, json_t *v)
{
    const char *s = NULL;

    if (json_is_string(v)) {
        s = json_string_value(v);
        /* a CSV cell a spreadsheet would run as a formula is quoted with ' (text stays text) */
        if (x->fmt == TABLE_CSV && s[0] && strchr("=+-@\t\r", s[0]))
            s = arena_printf(x->rowmem, "'%s", s);
    } else if (json_is_integer(v)) {
        s = arena_printf(x->rowmem, "%lld", (long long)json_integer_value(v));
    } else if (json_is_real(v)) {
        double d = json_real_value(v);
        char t[40];

        /* the shortest of 15 or 17 digits that reads back as the same double */
        snprintf(t, sizeof(t), "%.15g", d);
        if (strtod(t, NULL) != d)
            snprintf(t, sizeof(t), "%.17g", d);
        s = arena_strdup(x->rowmem, t);
    } else if (json_is_true(v)) {
        s = "true";
    } else if (json_is_false(v)) {
        s = "false";
    } else if (!json_is_null(v)) {
        char *j = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);

        s = arena_strdup(x->rowmem, j ? j : "");
        free(j);
    }
    if (s && x->fmt == TABLE_XLSX && strlen(s) > XL_CELL_MAX) {
        size_t n = XL_CELL_MAX;

        while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--; /* never cut inside a UTF-8 sequence */
        s = arena_strndup(x->rowmem, s, n);
    }
    return s;
}

static void xl_fill(struct xl *x, json_t *obj)
{
    const char *k;
    json_t *v;

    json_object_foreach(obj, k, v)
    {
        size_t keep;
        long c;

        xl_path_push(&x->path, k, &keep);
        if (xl_is_branch(x, x->path.data)) {
            if (json_is_object(v))
                xl_fill(x, v);
        } else if ((c = xl_col(x, x->path.data)) >= 0) {
            x->cells[c] = xl_text(x, v);
        }
        xl_path_pop(&x->path, keep);
    }
}

static void xl_free(struct xl *x)
{
    for (size_t i = 0; i < x->nbranches; i++)
        free(x->branches[i]);
    for (size_t i = 0; i < x->ncols; i++)
        free(x->cols[i]);
    free(x->branches);
    free(x->cols);
    free(x->kinds);
    free(x->cells);
    buf_release(&x->path);
}

/* Segments after /api/v1/ with path parameters filled in, made safe for a file name. */
static const char *xl_resource(struct http_request *req, const char **last_literal)
{
    const char *p = req->match.route->pattern;
    struct buf b = BUF_INIT;
    const char *out;

    if (strncmp(p, "/api/v1/", 8) == 0)
        p += 8;
    *last_literal = "list";
    while (*p) {
        const char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        const char *seg;

        if (*p == ':') {
            char name[64];

            snprintf(name, sizeof(name), "%.*s", (int)(len - 1), p + 1);
            seg = route_match_param(&req->match, name);
            if (!seg)
                seg = "";
        } else {
            seg = arena_strndup(req->arena, p, len);
            *last_literal = seg;
        }
        if (b.len && b.len < 120)
            buf_putc(&b, '-');
        for (const char *s = seg; *s && b.len < 120; s++) {
            char c = *s;

            buf_putc(&b, (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                 (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'
                             ? c
                             : '_');
        }
        p += len;
        if (*p == '/')
            p++;
    }
    out = arena_strdup(req->arena, b.data ? b.data : "list");
    buf_release(&b);
    return out;
}

/* The "Filter" sheet: what was applied, who exported and when. */
static int xl_filter_sheet(struct http_request *req, struct table_writer *tw,
                           const struct http_query *orig, long rows, struct merit_error *err)
{
    size_t cap = 2 * (orig->n + (size_t)req->match.nparams + 8), n = 0;
    const char **cells = arena_alloc(req->arena, cap * sizeof(cells[0]));
    char stamp[32];
    time_t now = time(NULL);
    struct tm tm;

#define XL_PAIR(a, b)                                                                              \
    do {                                                                                           \
        cells[n++] = (a);                                                                          \
        cells[n++] = (b);                                                                          \
    } while (0)
    XL_PAIR(T("parameter", "parameter"), T("nilai", "value"));
    for (int i = 0; i < req->match.nparams; i++)
        XL_PAIR(arena_strndup(req->arena, req->match.params[i].name, req->match.params[i].name_len),
                req->match.params[i].value);
    for (size_t i = 0; i < orig->n; i++) {
        const char *k = orig->items[i].name;

        if (strcmp(k, "format") == 0 || strcmp(k, "limit") == 0 || strcmp(k, "offset") == 0)
            continue;
        XL_PAIR(k, orig->items[i].value);
    }
    XL_PAIR(NULL, NULL);
    gmtime_r(&now, &tm);
    strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
    XL_PAIR(T("diekspor oleh", "exported by"),
            req->auth.display_name && *req->auth.display_name &&
                    strcmp(req->auth.display_name, api_actor(req)) != 0
                ? arena_printf(req->arena, "%s (%s)", api_actor(req), req->auth.display_name)
                : api_actor(req));
    XL_PAIR(T("diekspor pada", "exported at"), arena_strdup(req->arena, stamp));
    XL_PAIR(T("instansi", "agency"), req->tenant_code);
    XL_PAIR(T("alamat", "path"), req->path);
    XL_PAIR(T("baris", "rows"), arena_printf(req->arena, "%ld", rows));
#undef XL_PAIR
    return table_writer_sheet(tw, "Filter", cells, n / 2, 2, err);
}

/*
 * The handler's answer for one page, parsed. The handler allocates from a
 * page arena (freed here) so a long export does not grow the request's arena.
 */
static int xl_page(struct http_request *req, const struct http_query *q, json_t **doc,
                   struct merit_error *err)
{
    struct http_response pres = {0};
    struct arena page, *keep_arena = req->arena;
    struct http_query keep_query = req->query;
    json_error_t je;
    int rc;

    arena_init(&page, XL_PAGE_ARENA);
    req->arena = &page;
    req->query = *q;
    rc = req->match.route->handler(req, &pres, err);
    req->arena = keep_arena;
    req->query = keep_query;
    arena_free(&page);
    *doc = NULL;
    if (rc != 0) {
        http_response_release(&pres);
        if (err->code == MERIT_OK)
            err_set(err, MERIT_EINTERNAL, "handler failed without an error");
        return -1;
    }
    if (pres.status == 200 && pres.body && !pres.content_type)
        *doc = json_loadb(pres.body, pres.body_len, 0, &je);
    http_response_release(&pres);
    if (!*doc || !json_is_array(json_object_get(*doc, "items"))) {
        json_decref(*doc);
        *doc = NULL;
        return err_set_at(err, MERIT_EUSAGE, 0, "format", "%s",
                          T("alamat ini tidak menjawab daftar; format tidak berlaku di sini",
                            "this path does not answer a list; format does not apply here"));
    }
    return 0;
}

int api_export_list_run(struct http_request *req, struct http_response *res, int *fd,
                        uint64_t *size, struct merit_error *err)
{
    const struct http_route *route = req->match.route;
    const struct http_query orig = req->query;
    struct http_query q = {0};
    struct xl x = {0};
    struct arena rowmem;
    struct table_writer *tw = NULL;
    json_t *doc = NULL;
    const char *f = NULL, *resource, *sheet;
    char dir[256], path[300], day[16], *limit_s = NULL, *offset_s = NULL;
    int paged = xl_declares(route, "limit") && xl_declares(route, "offset");
    int rc = -1, have_dir = 0, have_file = 0;
    int64_t offset = 0;
    long rows = 0;
    struct stat st;
    time_t now = time(NULL);
    struct tm tm;

    *fd = -1;
    *size = 0;
    arena_init(&rowmem, XL_PAGE_ARENA);
    buf_init(&x.path);
    x.rowmem = &rowmem;
    if (http_query_enum(&req->query, "format", xl_formats, &f, err) != 0)
        goto out;
    if (!f) {
        err_set_at(err, MERIT_EUSAGE, 0, "format", "%s",
                   T("format harus csv atau xlsx", "format must be csv or xlsx"));
        goto out;
    }
    x.fmt = strcmp(f, "xlsx") == 0 ? TABLE_XLSX : TABLE_CSV;

    /* the caller's filters, without format; limit and offset are the export's own */
    q.items = arena_alloc(req->arena, (orig.n + 2) * sizeof(q.items[0]));
    for (size_t i = 0; i < orig.n; i++) {
        const char *k = orig.items[i].name;

        if (strcmp(k, "format") != 0 && strcmp(k, "limit") != 0 && strcmp(k, "offset") != 0)
            q.items[q.n++] = orig.items[i];
    }
    if (paged) {
        limit_s = arena_printf(req->arena, "%d", HTTP_PAGE_LIMIT_MAX);
        offset_s = arena_alloc(req->arena, 24);
        q.items[q.n++] = (struct http_query_param){"limit", limit_s};
        q.items[q.n++] = (struct http_query_param){"offset", offset_s};
    }

    if (tmpdir_make("list", dir, sizeof(dir), err) != 0)
        goto out;
    have_dir = 1;
    snprintf(path, sizeof(path), "%s/list.%s", dir, f);
    resource = xl_resource(req, &sheet);

    for (;;) {
        json_t *items;
        size_t n;

        if (paged)
            snprintf(offset_s, 24, "%lld", (long long)offset);
        if (xl_page(req, &q, &doc, err) != 0)
            goto out;
        items = json_object_get(doc, "items");
        n = json_array_size(items);
        if (!tw) {
            json_t *it;
            size_t i;
            int *numeric;

            json_array_foreach(items, i, it)
            {
                if (json_is_object(it))
                    xl_find_branches(&x, it);
            }
            json_array_foreach(items, i, it)
            {
                if (json_is_object(it))
                    xl_find_columns(&x, it);
            }
            numeric = arena_alloc(req->arena, (x.ncols + 1) * sizeof(int));
            for (i = 0; i < x.ncols; i++)
                numeric[i] = x.kinds[i] == 1;
            x.cells = xcalloc(x.ncols + 1, sizeof(x.cells[0]));
            have_file = 1;
            if (table_writer_open(path, x.fmt, sheet, (const char *const *)x.cols, numeric, x.ncols,
                                  NULL, 0, &tw, err) != 0)
                goto out;
        }
        for (size_t i = 0; i < n; i++) {
            json_t *it = json_array_get(items, i);

            if (!json_is_object(it))
                continue;
            memset(x.cells, 0, x.ncols * sizeof(x.cells[0]));
            x.hint = 0;
            xl_fill(&x, it);
            if (table_writer_row(tw, x.cells, err) != 0)
                goto out;
            rows++;
        }
        json_decref(doc);
        doc = NULL;
        arena_reset(&rowmem);
        if (!paged || n < (size_t)HTTP_PAGE_LIMIT_MAX)
            break;
        offset += (int64_t)n;
    }
    if (xl_filter_sheet(req, tw, &orig, rows, err) != 0)
        goto out;
    rc = table_writer_close(tw, err);
    tw = NULL;
    if (rc != 0)
        goto out;
    rc = -1;
    *fd = open(path, O_RDONLY | O_CLOEXEC);
    if (*fd < 0 || fstat(*fd, &st) != 0) {
        err_set(err, MERIT_EIO, "cannot read the export back: %s", strerror(errno));
        goto out;
    }
    *size = (uint64_t)st.st_size;
    localtime_r(&now, &tm);
    strftime(day, sizeof(day), "%Y-%m-%d", &tm);
    res->status = 200;
    res->content_type = x.fmt == TABLE_XLSX ? API_EXPORT_LIST_XLSX_TYPE : API_EXPORT_LIST_CSV_TYPE;
    res->filename = arena_printf(req->arena, "%s-%s.%s", resource, day, f);
    rc = 0;
out:
    if (tw) {
        struct merit_error ignored;

        table_writer_close(tw, &ignored);
    }
    if (rc != 0 && *fd >= 0) {
        close(*fd);
        *fd = -1;
    }
    /* the open descriptor keeps the data; the name goes at once */
    if (have_file)
        unlink(path);
    if (have_dir)
        rmdir(dir);
    json_decref(doc);
    arena_free(&rowmem);
    xl_free(&x);
    return rc;
}
