#include "http/server.h"

#include <microhttpd.h>
#include <errno.h>
#include <netdb.h>
#include <strings.h>
#include <pthread.h>
#include <sodium.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/i18n.h"
#include "base/log.h"
#include "base/strtonum.h"
#include "base/xmalloc.h"
#include "api/api_export_list.h"
#include "http/response.h"
#include "http/static.h"

#define SERVER_CONN_MEMORY (64u * 1024u)
#define SERVER_REQUEST_ID_MAX 64

struct http_server {
    struct MHD_Daemon *daemon;
    char *db_url;
    char *tenant_code;
    int64_t tenant_id;
    const struct http_route *routes;
    size_t nroutes;
    size_t body_limit;
    size_t upload_limit;
    http_guard_fn guard;
    int secure;
    char *web_root;
    uint16_t port;
    uint64_t generation;
    atomic_int inflight; /* requests between their first handler call and completion */
    atomic_int stopping; /* set by http_server_stop: answers then close their connection */

    /* every worker's connection, so they are closed after the workers are joined */
    pthread_mutex_t dbs_lock;
    struct db **dbs;
    size_t ndbs, dbs_cap;
};

/* Per-request state, created by the URI log callback and freed on completion. */
struct server_req {
    struct http_server *srv;
    struct arena arena;
    char *uri; /* raw request target, as sent */
    char *method;
    int started;
    int too_large;
    struct buf body;
    /* headers the API reads (arena copies) */
    const char *cookie, *csrf, *ctype, *tenant_hdr;
    char ip[64];
    /* multipart/form-data: the part named "file" spooled to a temporary file */
    struct MHD_PostProcessor *pp;
    int upload_fd;
    char upload_path[64];
    char *upload_name;
    size_t upload_len;
    int multipart;
    int upload_bad;   /* broken multipart */
    int upload_parts; /* "file" parts seen */
    struct timespec t0;
    int status;
    size_t bytes;
    char rid[SERVER_REQUEST_ID_MAX + 1];
    /* a list exported as a file (api_export_list.h): sent from this descriptor */
    int dl_fd;
    uint64_t dl_size;
};

/*
 * Worker threads belong to one daemon; the generation tells a connection
 * opened for an earlier server in the same process (tests) from a current one.
 */
static atomic_uint_fast64_t server_generations;
static _Thread_local struct {
    uint64_t generation;
    struct db *db;
} server_tl;

int http_listen_parse(const char *s, char **host, uint16_t *port, struct merit_error *err)
{
    const char *colon, *h = s;
    size_t hlen;
    int64_t v;

    if (s[0] == '[') {
        const char *close = strchr(s, ']');

        if (!close || close[1] != ':')
            goto bad;
        h = s + 1;
        hlen = (size_t)(close - h);
        colon = close + 1;
    } else {
        colon = strrchr(s, ':');
        if (!colon || memchr(s, ':', (size_t)(colon - s)))
            goto bad;
        hlen = (size_t)(colon - s);
    }
    if (strtonum_s(colon + 1, 0, 65535, &v, NULL) != 0)
        goto bad;
    *host = xstrndup(h, hlen);
    *port = (uint16_t)v;
    return 0;
bad:
    return err_set_at(err, MERIT_EUSAGE, 0, "listen",
                      T("alamat '%s' tidak sah; pakai HOST:PORT, [IPv6]:PORT atau :PORT",
                        "bad address '%s'; use HOST:PORT, [IPv6]:PORT or :PORT"),
                      s);
}

int http_request_db(struct http_request *req, struct db **db, struct merit_error *err)
{
    struct http_server *srv = req->server;
    struct db *d = NULL;

    if (server_tl.generation == srv->generation && server_tl.db) {
        *db = server_tl.db;
        return 0;
    }
    if (db_open(srv->db_url, &d, err) != 0)
        return -1;
    pthread_mutex_lock(&srv->dbs_lock);
    if (srv->ndbs == srv->dbs_cap) {
        srv->dbs_cap = srv->dbs_cap ? srv->dbs_cap * 2 : 8;
        srv->dbs = xreallocarray(srv->dbs, srv->dbs_cap, sizeof(srv->dbs[0]));
    }
    srv->dbs[srv->ndbs++] = d;
    pthread_mutex_unlock(&srv->dbs_lock);
    server_tl.generation = srv->generation;
    server_tl.db = d;
    *db = d;
    return 0;
}

const char *http_request_db_url(const struct http_request *req)
{
    return req->server->db_url;
}

/*
 * After a database error the connection may be broken (a restarted
 * PostgreSQL, a dropped socket): close it so the thread's next request opens
 * a fresh one instead of failing forever.
 */
static void server_db_discard(struct http_server *srv)
{
    struct db *d = server_tl.db;

    if (server_tl.generation != srv->generation || !d)
        return;
    pthread_mutex_lock(&srv->dbs_lock);
    for (size_t i = 0; i < srv->ndbs; i++) {
        if (srv->dbs[i] == d) {
            srv->dbs[i] = srv->dbs[--srv->ndbs];
            break;
        }
    }
    pthread_mutex_unlock(&srv->dbs_lock);
    server_tl.db = NULL;
    db_close(d);
}

void http_request_db_discard(struct http_request *req)
{
    server_db_discard(req->server);
}

static int server_rid_sane(const char *s)
{
    size_t n = 0;

    if (!s || !*s)
        return 0;
    for (; s[n]; n++) {
        char c = s[n];

        if (n >= SERVER_REQUEST_ID_MAX)
            return 0;
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return 0;
    }
    return 1;
}

static void server_rid_new(char out[SERVER_REQUEST_ID_MAX + 1])
{
    unsigned char raw[8];

    randombytes_buf(raw, sizeof(raw));
    sodium_bin2hex(out, SERVER_REQUEST_ID_MAX + 1, raw, sizeof(raw));
}

static double server_ms_since(const struct timespec *t0)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t0->tv_sec) * 1e3 + (double)(now.tv_nsec - t0->tv_nsec) / 1e6;
}

static void *server_uri_log(void *cls, const char *uri, struct MHD_Connection *conn)
{
    struct server_req *r = xcalloc(1, sizeof(*r));

    (void)conn;
    r->srv = cls;
    arena_init(&r->arena, 8192);
    r->uri = arena_strdup(&r->arena, uri);
    r->upload_fd = -1;
    r->dl_fd = -1;
    buf_init(&r->body);
    clock_gettime(CLOCK_MONOTONIC, &r->t0);
    return r;
}

/* The router decodes the raw path itself (see server.h); keep libmicrohttpd's copy as sent. */
static size_t server_unescape(void *cls, struct MHD_Connection *conn, char *s)
{
    (void)cls;
    (void)conn;
    return strlen(s);
}

static void server_mhd_log(void *cls, const char *fmt, va_list ap)
{
    char msg[512];
    size_t n;

    (void)cls;
    vsnprintf(msg, sizeof(msg), fmt, ap);
    n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
        msg[--n] = '\0';
    log_warn("http", "libmicrohttpd: %s", msg);
}

/* A copy of s safe to put in a log line: no spaces, controls or non-ASCII. */
static const char *server_log_safe(struct arena *a, const char *s)
{
    char *c = arena_strdup(a, s);

    for (char *p = c; *p; p++) {
        if ((unsigned char)*p <= ' ' || (unsigned char)*p >= 0x7f)
            *p = '?';
    }
    return c;
}

static int server_is_json(const char *ctype)
{
    size_t n = strlen("application/json");

    return ctype && strncasecmp(ctype, "application/json", n) == 0 &&
           (ctype[n] == '\0' || ctype[n] == ';' || ctype[n] == ' ');
}

/* The body the route declares: JSON checked against its spec, or a multipart file. */
static int server_body(struct server_req *r, struct http_request *req, struct merit_error *err)
{
    const char *spec = req->match.route->body;
    json_error_t je;

    if (r->multipart && (!spec || strcmp(spec, "@multipart") != 0))
        return err_set(err, MERIT_EFORMAT, "%s",
                       T("alamat ini tidak menerima unggahan berkas",
                         "this path does not accept file uploads"));
    if (r->upload_bad)
        return err_set(err, MERIT_EUSAGE, "%s",
                       T("unggahan multipart rusak atau tidak lengkap",
                         "broken or incomplete multipart upload"));
    if (spec && strcmp(spec, "@multipart") == 0) {
        if (r->upload_parts != 1 || r->upload_fd < 0)
            return err_set_at(err, MERIT_EUSAGE, 0, "file", "%s",
                              T("kirim tepat satu berkas sebagai bagian multipart/form-data "
                                "bernama 'file'",
                                "send exactly one file as the multipart/form-data part 'file'"));
        return 0;
    }
    if (!spec) {
        if (r->body.len)
            return err_set(
                err, MERIT_EUSAGE, "%s",
                T("alamat ini tidak menerima isi permintaan", "this path takes no request body"));
        return 0;
    }
    if (r->body.len == 0) {
        req->json = json_object();
    } else {
        if (!server_is_json(r->ctype))
            return err_set(err, MERIT_EFORMAT, "%s",
                           T("isi permintaan harus Content-Type: application/json",
                             "the request body must be Content-Type: application/json"));
        req->json = json_loadb(r->body.data, r->body.len, JSON_REJECT_DUPLICATES, &je);
        if (!req->json)
            return err_set(err, MERIT_EUSAGE,
                           T("JSON rusak pada baris %d kolom %d: %s",
                             "malformed JSON at line %d column %d: %s"),
                           je.line, je.column, je.text);
    }
    return http_body_check(spec, req->json, err);
}

static void server_dispatch(struct http_server *srv, struct server_req *r,
                            struct http_response *res)
{
    struct http_request req;
    struct merit_error err;
    const char *qm = strchr(r->uri, '?');
    size_t plen = qm ? (size_t)(qm - r->uri) : strlen(r->uri);

    memset(&req, 0, sizeof(req));
    err_clear(&err);
    req.arena = &r->arena;
    req.method = r->method;
    req.path = arena_strndup(&r->arena, r->uri, plen);
    req.body = r->body.data ? r->body.data : "";
    req.body_len = r->body.len;
    req.request_id = r->rid;
    req.cookie = r->cookie;
    req.csrf_header = r->csrf;
    req.content_type = r->ctype;
    req.tenant_header = r->tenant_hdr;
    req.client_ip = r->ip;
    req.secure = srv->secure;
    if (r->upload_fd >= 0) {
        req.upload_path = r->upload_path;
        req.upload_name = r->upload_name;
        req.upload_len = r->upload_len;
    }
    req.tenant_id = srv->tenant_id;
    req.tenant_code = srv->tenant_code;
    req.server = srv;

    switch (
        router_match(srv->routes, srv->nroutes, r->method, r->uri, plen, &r->arena, &req.match)) {
    case ROUTER_FOUND:
        break;
    case ROUTER_NOT_FOUND:
        /* the browser application: public files, outside /api/ */
        if (srv->web_root && (strcmp(r->method, "GET") == 0 || strcmp(r->method, "HEAD") == 0) &&
            strncmp(req.path, "/api/", 5) != 0) {
            if (http_static_serve(srv->web_root, req.path, plen, &r->arena, res, &err) == 0)
                return;
            goto fail;
        }
        err_set(&err, MERIT_ENOTFOUND, T("alamat %s tidak ada", "no such path: %s"),
                server_log_safe(&r->arena, req.path));
        goto fail;
    case ROUTER_METHOD_NOT_ALLOWED:
        http_response_method_not_allowed(res, arena_strdup(&r->arena, req.match.allow));
        return;
    case ROUTER_BAD_PATH:
        err_set(&err, MERIT_EUSAGE, "%s",
                T("alamat dengan penyandian persen yang rusak atau terlalu panjang",
                  "path with broken percent-encoding or too many segments"));
        goto fail;
    }
    if (r->too_large) {
        err_set(&err, MERIT_ELIMIT,
                T("isi permintaan melebihi batas %zu bita", "request body exceeds %zu bytes"),
                r->multipart ? srv->upload_limit : srv->body_limit);
        goto fail;
    }
    if (qm && http_query_parse(&r->arena, qm + 1, strlen(qm + 1), &req.query, &err) != 0)
        goto fail;
    /* who first: a caller who may not use the route learns nothing from its validation */
    if (srv->guard && srv->guard(&req, &err) != 0)
        goto fail;
    if (http_query_check(&req.query, req.match.route->query, &err) != 0 ||
        server_body(r, &req, &err) != 0)
        goto fail;
    /* a list route with ?format=csv|xlsx: every matching row as a download */
    if (api_export_list_wanted(&req)) {
        if (api_export_list_run(&req, res, &r->dl_fd, &r->dl_size, &err) == 0)
            goto out;
    } else if (req.match.route->handler(&req, res, &err) == 0) {
        goto out;
    }
    http_response_release(res);
    if (err.code == MERIT_OK)
        err_set(&err, MERIT_EINTERNAL, "handler failed without an error");
fail:
    if (err.code == MERIT_EDB)
        server_db_discard(srv);
    if (err_http_status(err.code) >= 500)
        log_error("http", "rid=%s code=%s msg=%s", r->rid, err_name(err.code), err.msg);
    http_response_error(res, &err);
out:
    json_decref(req.json);
}

static enum MHD_Result server_post_iter(void *cls, enum MHD_ValueKind kind, const char *key,
                                        const char *filename, const char *content_type,
                                        const char *transfer_encoding, const char *data,
                                        uint64_t off, size_t size)
{
    struct server_req *r = cls;

    (void)kind;
    (void)content_type;
    (void)transfer_encoding;
    if (!key || strcmp(key, "file") != 0)
        return MHD_YES; /* other form fields are not used */
    if (off == 0) {
        if (++r->upload_parts > 1)
            return MHD_YES; /* refused in server_body: one file per request */
        snprintf(r->upload_path, sizeof(r->upload_path), "%s", "/tmp/merit-upload.XXXXXX");
        r->upload_fd = mkstemp(r->upload_path);
        if (r->upload_fd < 0) {
            log_error("http", "rid=%s cannot create an upload file: %s", r->rid, strerror(errno));
            r->upload_path[0] = '\0';
            r->upload_bad = 1;
            return MHD_NO;
        }
        r->upload_name = arena_strdup(&r->arena, filename ? filename : "");
    }
    if (r->upload_parts > 1 || r->upload_fd < 0)
        return MHD_YES;
    for (size_t done = 0; done < size;) {
        ssize_t n = write(r->upload_fd, data + done, size - done);

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            r->upload_bad = 1;
            return MHD_NO;
        }
        done += (size_t)n;
    }
    r->upload_len += size;
    return MHD_YES;
}

static const char *server_header(struct server_req *r, struct MHD_Connection *conn,
                                 const char *name)
{
    const char *v = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, name);

    return v ? arena_strdup(&r->arena, v) : NULL;
}

static void server_client_ip(struct server_req *r, struct MHD_Connection *conn)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);

    snprintf(r->ip, sizeof(r->ip), "-");
    if (ci && ci->client_addr)
        getnameinfo(ci->client_addr,
                    ci->client_addr->sa_family == AF_INET6 ? sizeof(struct sockaddr_in6)
                                                           : sizeof(struct sockaddr_in),
                    r->ip, sizeof(r->ip), NULL, 0, NI_NUMERICHOST);
}

static enum MHD_Result server_access(void *cls, struct MHD_Connection *conn, const char *url,
                                     const char *method, const char *version,
                                     const char *upload_data, size_t *upload_data_size,
                                     void **req_cls)
{
    struct http_server *srv = cls;
    struct server_req *r = *req_cls;
    struct http_response res = {0};
    struct MHD_Response *resp;
    enum MHD_Result ret;
    const char *rid;

    (void)url;
    (void)version;
    if (!r) /* only without the URI log callback, which start always installs */
        return MHD_NO;
    if (!r->started) {
        /* phase one: headers are in, the body (if any) is not; never answer here */
        r->started = 1;
        atomic_fetch_add(&srv->inflight, 1);
        r->method = arena_strdup(&r->arena, method);
        rid = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "X-Request-Id");
        if (server_rid_sane(rid))
            snprintf(r->rid, sizeof(r->rid), "%s", rid);
        else
            server_rid_new(r->rid);
        r->cookie = server_header(r, conn, MHD_HTTP_HEADER_COOKIE);
        r->csrf = server_header(r, conn, "X-CSRF-Token");
        r->ctype = server_header(r, conn, MHD_HTTP_HEADER_CONTENT_TYPE);
        r->tenant_hdr = server_header(r, conn, "X-Merit-Tenant");
        server_client_ip(r, conn);
        if (r->ctype && strncasecmp(r->ctype, "multipart/form-data", 19) == 0) {
            r->multipart = 1;
            r->pp = MHD_create_post_processor(conn, 64 * 1024, server_post_iter, r);
            if (!r->pp)
                r->upload_bad = 1; /* no boundary: refused once the body is in */
        }
        return MHD_YES;
    }
    if (*upload_data_size && r->multipart) {
        r->bytes += *upload_data_size; /* counted here, reset before the answer */
        if (r->bytes > srv->upload_limit)
            r->too_large = 1;
        else if (r->pp && !r->upload_bad &&
                 MHD_post_process(r->pp, upload_data, *upload_data_size) != MHD_YES)
            r->upload_bad = 1;
        *upload_data_size = 0;
        return MHD_YES;
    }
    if (*upload_data_size) {
        /* past the limit the upload is read and dropped, so the 413 goes out on a sane connection
         */
        if (!r->too_large && r->body.len + *upload_data_size <= srv->body_limit)
            buf_append(&r->body, upload_data, *upload_data_size);
        else
            r->too_large = 1;
        *upload_data_size = 0;
        return MHD_YES;
    }

    if (r->pp) {
        /* MHD_NO here means the stream ended inside a part: a truncated upload */
        if (MHD_destroy_post_processor(r->pp) != MHD_YES)
            r->upload_bad = 1;
        r->pp = NULL;
    }
    server_dispatch(srv, r, &res);
    r->status = res.status;
    r->bytes = res.body_len;
    if (r->dl_fd >= 0) {
        resp = MHD_create_response_from_fd64(r->dl_size, r->dl_fd);
        if (resp)
            r->dl_fd = -1; /* libmicrohttpd's now: closed with the response */
        r->bytes = (size_t)r->dl_size;
    } else {
        resp = MHD_create_response_from_buffer(res.body_len, res.body, MHD_RESPMEM_MUST_FREE);
    }
    if (!resp) {
        http_response_release(&res);
        return MHD_NO;
    }
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
                            res.content_type ? res.content_type
                                             : "application/json; charset=utf-8");
    MHD_add_response_header(resp, "X-Request-Id", r->rid);
    /* everything served is personal or confidential: never cached, never sniffed */
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL,
                            res.cache ? res.cache : "no-store");
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    /* the application loads nothing from elsewhere and is never framed */
    MHD_add_response_header(resp, "Content-Security-Policy",
                            "default-src 'self'; img-src 'self' data:; style-src 'self' "
                            "'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; "
                            "form-action 'self'");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
    MHD_add_response_header(resp, "Referrer-Policy", "same-origin");
    if (res.filename) {
        char cd[300];

        snprintf(cd, sizeof(cd), "attachment; filename=\"%s\"", res.filename);
        MHD_add_response_header(resp, "Content-Disposition", cd);
    }
    for (int i = 0; i < 2; i++) {
        if (res.set_cookie[i])
            MHD_add_response_header(resp, MHD_HTTP_HEADER_SET_COOKIE, res.set_cookie[i]);
    }
    if (res.allow)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, res.allow);
    /* while stopping, keep-alive clients would otherwise keep the drain below busy */
    if (atomic_load(&srv->stopping))
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close");
    ret = MHD_queue_response(conn, (unsigned)res.status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static void server_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
                             enum MHD_RequestTerminationCode toe)
{
    struct http_server *srv = cls;
    struct server_req *r = *req_cls;

    (void)conn;
    if (!r)
        return;
    if (r->started) {
        const char *qm = strchr(r->uri, '?');

        if (qm)
            *(char *)qm = '\0'; /* the query may carry personal data (names): not logged */
        log_info("http", "method=%s path=%s status=%d bytes=%zu ms=%.1f rid=%s%s",
                 server_log_safe(&r->arena, r->method), server_log_safe(&r->arena, r->uri),
                 r->status, r->bytes, server_ms_since(&r->t0), r->rid,
                 toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " aborted=1");
        atomic_fetch_sub(&srv->inflight, 1);
    }
    if (r->pp)
        MHD_destroy_post_processor(r->pp);
    if (r->upload_fd >= 0) {
        close(r->upload_fd);
        unlink(r->upload_path);
    }
    if (r->dl_fd >= 0)
        close(r->dl_fd);
    buf_release(&r->body);
    arena_free(&r->arena);
    free(r);
    *req_cls = NULL;
}

static void server_free(struct http_server *srv)
{
    for (size_t i = 0; i < srv->ndbs; i++)
        db_close(srv->dbs[i]);
    free(srv->dbs);
    pthread_mutex_destroy(&srv->dbs_lock);
    free(srv->db_url);
    free(srv->tenant_code);
    free(srv->web_root);
    free(srv);
}

int http_server_start(const struct http_server_config *cfg, struct http_server **out,
                      struct merit_error *err)
{
    struct http_server *srv;
    struct addrinfo hints, *ai = NULL;
    char portstr[8];
    unsigned flags, threads = cfg->threads ? cfg->threads : HTTP_THREADS_DEFAULT;
    int rc;
    const union MHD_DaemonInfo *info;

    if (sodium_init() < 0)
        return err_set(err, MERIT_EINTERNAL, "libsodium initialisation failed");
    memset(&hints, 0, sizeof(hints));
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    hints.ai_family = cfg->host && *cfg->host ? AF_UNSPEC : AF_INET;
    snprintf(portstr, sizeof(portstr), "%u", (unsigned)cfg->port);
    rc = getaddrinfo(cfg->host && *cfg->host ? cfg->host : NULL, portstr, &hints, &ai);
    if (rc != 0)
        return err_set_at(err, MERIT_EIO, 0, "listen",
                          T("tidak bisa menemukan alamat %s: %s", "cannot resolve address %s: %s"),
                          cfg->host, gai_strerror(rc));

    srv = xcalloc(1, sizeof(*srv));
    srv->db_url = xstrdup(cfg->db_url);
    srv->tenant_code = xstrdup(cfg->tenant_code ? cfg->tenant_code : "");
    srv->tenant_id = cfg->tenant_id;
    srv->routes = cfg->routes;
    srv->nroutes = cfg->nroutes;
    srv->body_limit = cfg->body_limit ? cfg->body_limit : HTTP_BODY_LIMIT_DEFAULT;
    srv->upload_limit = cfg->upload_limit ? cfg->upload_limit : HTTP_UPLOAD_LIMIT_DEFAULT;
    srv->guard = cfg->guard;
    srv->secure = cfg->secure;
    srv->web_root = cfg->web_root && *cfg->web_root ? xstrdup(cfg->web_root) : NULL;
    srv->generation = atomic_fetch_add(&server_generations, 1) + 1;
    atomic_init(&srv->inflight, 0);
    atomic_init(&srv->stopping, 0);
    pthread_mutex_init(&srv->dbs_lock, NULL);

    /* MHD_USE_ITC lets MHD_quiesce_daemon wake the polling threads */
    flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG;
    flags |= MHD_is_feature_supported(MHD_FEATURE_EPOLL) == MHD_YES ? MHD_USE_EPOLL : MHD_USE_POLL;
    if (ai->ai_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    /* the logger goes first: MHD reports options parsed before it on its own stderr logger */
    srv->daemon = MHD_start_daemon(
        flags, cfg->port, NULL, NULL, server_access, srv, MHD_OPTION_EXTERNAL_LOGGER,
        server_mhd_log, NULL, MHD_OPTION_SOCK_ADDR, ai->ai_addr, MHD_OPTION_URI_LOG_CALLBACK,
        server_uri_log, srv, MHD_OPTION_UNESCAPE_CALLBACK, server_unescape, NULL,
        MHD_OPTION_NOTIFY_COMPLETED, server_completed, srv, MHD_OPTION_CONNECTION_TIMEOUT,
        cfg->timeout_s ? cfg->timeout_s : 30u, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        (size_t)SERVER_CONN_MEMORY, MHD_OPTION_THREAD_POOL_SIZE, threads, MHD_OPTION_END);
    freeaddrinfo(ai);
    if (!srv->daemon) {
        server_free(srv);
        return err_set_at(err, MERIT_EIO, 0, "listen",
                          T("tidak bisa mendengarkan di %s:%u (port sudah dipakai?)",
                            "cannot listen on %s:%u (port already in use?)"),
                          cfg->host && *cfg->host ? cfg->host : "0.0.0.0", (unsigned)cfg->port);
    }
    info = MHD_get_daemon_info(srv->daemon, MHD_DAEMON_INFO_BIND_PORT);
    srv->port = info ? info->port : cfg->port;
    *out = srv;
    return 0;
}

uint16_t http_server_port(const struct http_server *srv)
{
    return srv->port;
}

void http_server_stop(struct http_server *srv, unsigned grace_ms)
{
    MHD_socket listen_fd;
    struct timespec t0, nap = {0, 10 * 1000 * 1000};

    if (!srv)
        return;
    /* stop accepting first, so the wait below cannot be prolonged by new clients */
    atomic_store(&srv->stopping, 1);
    listen_fd = MHD_quiesce_daemon(srv->daemon);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    while (atomic_load(&srv->inflight) > 0 && server_ms_since(&t0) < (double)grace_ms)
        nanosleep(&nap, NULL);
    if (atomic_load(&srv->inflight) > 0)
        log_warn("http", "stopping with %d requests still in flight", atomic_load(&srv->inflight));
    MHD_stop_daemon(srv->daemon);
    /* after quiesce the listening socket is ours to close */
    if (listen_fd != MHD_INVALID_SOCKET)
        close(listen_fd);
    /* the workers are joined now, so their connections are free to close here */
    server_free(srv);
}
