/*
 * server.h - the HTTP server: libmicrohttpd with an internal thread pool
 * (epoll when available, else poll), a route table, one database connection
 * per worker thread, request ids, an access log and a graceful stop.
 *
 * Lifecycle: http_server_start -> (requests) -> http_server_stop. The caller
 * blocks SIGINT/SIGTERM before http_server_start if it wants to sigwait for
 * them, so that the worker threads inherit the mask.
 *
 * Per request: the raw URI is captured before libmicrohttpd decodes it (so
 * the router decodes each path segment once and an encoded "/" stays inside
 * a :param), the body is accumulated up to body_limit (beyond it: 413 with
 * the error shape, after the upload has been read), and the response is
 * queued only once the request has been read completely (queueing earlier
 * makes libmicrohttpd drop keep-alive).
 *
 * Before a handler runs, the server has matched the route, called the guard
 * (authentication and the route's roles), refused undeclared query
 * parameters and parsed and checked the JSON body against the route's body
 * spec (router.h). A multipart/form-data upload is streamed through
 * libmicrohttpd's post processor: the part named "file" goes to a temporary
 * file (req->upload_path, removed when the request completes), up to
 * upload_limit bytes.
 */
#ifndef MERIT_HTTP_SERVER_H
#define MERIT_HTTP_SERVER_H

#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "db/db.h"
#include "http/request.h"
#include "http/router.h"

struct http_server;

#define HTTP_BODY_LIMIT_DEFAULT (1024u * 1024u)
#define HTTP_UPLOAD_LIMIT_DEFAULT (64u * 1024u * 1024u)

/**
 * Runs for every matched route before its query, body and handler: decides
 * who the caller is (req->auth, req->tenant_id) and whether the route's
 * roles admit them. Returns 0 to go on, or -1 with err set (401, 403, ...).
 * With no guard every route is public.
 */
typedef int (*http_guard_fn)(struct http_request *req, struct merit_error *err);
#define HTTP_THREADS_DEFAULT 4

struct http_server_config {
    const char *host;    /* numeric address or name to bind; NULL or "" binds all IPv4 addresses */
    uint16_t port;       /* 0 lets the kernel pick a free port (see http_server_port) */
    unsigned threads;    /* worker threads; 0 = HTTP_THREADS_DEFAULT */
    size_t body_limit;   /* JSON bodies, bytes; 0 = HTTP_BODY_LIMIT_DEFAULT */
    size_t upload_limit; /* multipart uploads, bytes; 0 = HTTP_UPLOAD_LIMIT_DEFAULT */
    http_guard_fn guard;
    int secure;           /* behind a TLS-terminating proxy: cookies are marked Secure */
    const char *web_root; /* the browser application's files (static.h); NULL = none; copied */
    unsigned timeout_s;   /* idle connection timeout; 0 = 30 s */
    const char *db_url;   /* each worker opens its own connection lazily; copied */
    int64_t tenant_id;
    const char *tenant_code;         /* copied */
    const struct http_route *routes; /* not copied: must outlive the server */
    size_t nroutes;
};

/**
 * Parses "HOST:PORT", "[IPv6]:PORT" or ":PORT" (all addresses). *host is a
 * malloc'd string ("" for ":PORT") the caller frees. MERIT_EUSAGE on a bad
 * value, naming field "listen".
 */
int http_listen_parse(const char *s, char **host, uint16_t *port, struct merit_error *err);

/**
 * Binds and starts serving. MERIT_EIO when the address cannot be resolved or
 * bound (in use, no permission), MERIT_ECONFIG on bad settings. On success
 * the caller owns *out and must call http_server_stop.
 */
int http_server_start(const struct http_server_config *cfg, struct http_server **out,
                      struct merit_error *err);

/** The port actually bound (useful when cfg->port was 0). */
uint16_t http_server_port(const struct http_server *srv);

/**
 * Graceful stop: stops accepting new connections, waits up to grace_ms for
 * requests in flight to be answered, stops the daemon (joining the workers),
 * closes every worker's database connection and frees srv.
 */
void http_server_stop(struct http_server *srv, unsigned grace_ms);

/**
 * The calling worker thread's database connection, opened on first use and
 * owned by the server (never close it). MERIT_EDB when it cannot be opened.
 */
int http_request_db(struct http_request *req, struct db **db, struct merit_error *err);

/** The server's database URL, for work that opens its own connection (background imports). */
const char *http_request_db_url(const struct http_request *req);

/**
 * Closes the calling worker's connection (if any) so its next request opens a
 * fresh one. The server does this itself after a MERIT_EDB error; handlers
 * that turn a database failure into another code (readyz) call it.
 */
void http_request_db_discard(struct http_request *req);

#endif
