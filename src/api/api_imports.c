/*
 * api_imports.c - imports by multipart upload, run in the background by
 * services/import_run.h (same all-or-nothing import as `merit import`), and
 * their progress.
 *
 * Why in the background: a large file (15,000 rows and more) takes seconds,
 * longer than a client or proxy should hold a request open, and its progress
 * is only worth polling when the upload has been answered. The server thread
 * answers 202 at once with the run's id; one worker per process runs the
 * imports in order, each on its own database connection.
 */
#include <stdio.h>
#include <string.h>

#include "api/api.h"
#include "api/api_io.h"
#include "base/i18n.h"
#include "base/strtonum.h"
#include "http/server.h"
#include "services/import.h"
#include "services/import_run.h"

static int imports_kind(struct http_request *req, enum import_kind *kind, struct merit_error *err)
{
    const char *k = http_query_get(&req->query, "kind");

    if (!k || !*k)
        return err_set_at(err, MERIT_EUSAGE, 0, "kind", "%s",
                          T("parameter 'kind' wajib: jenis data yang diunggah",
                            "parameter 'kind' is required: the kind of data uploaded"));
    if (import_kind_parse(k, kind) == 0)
        return 0;
    return err_set_at(err, MERIT_EUSAGE, 0, "kind",
                      T("jenis data '%s' tidak dikenal (units, positions, employees, "
                        "position-history, golongan-history, skp, sanctions, training)",
                        "unknown kind of data '%s' (units, positions, employees, "
                        "position-history, golongan-history, skp, sanctions, training)"),
                      k);
}

int api_imports_create(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct import_run_new n;
    enum import_kind kind;
    struct db *db;
    int dry_run = -1;
    int64_t id;
    char url[64];

    if (imports_kind(req, &kind, err) != 0 ||
        http_query_bool(&req->query, "dry_run", &dry_run, err) != 0)
        return -1;
    if (!req->upload_path || req->upload_len == 0)
        return err_set_at(err, MERIT_EUSAGE, 0, "file", "%s",
                          T("berkas yang diunggah kosong", "the uploaded file is empty"));
    memset(&n, 0, sizeof(n));
    n.tenant_id = req->tenant_id;
    n.kind = kind;
    n.db_url = http_request_db_url(req);
    n.src_path = req->upload_path;
    n.filename = req->upload_name;
    n.actor = api_actor(req);
    n.dry_run = dry_run == 1;
    if (http_request_db(req, &db, err) != 0 || import_run_submit(db, &n, &id, err) != 0)
        return -1;
    snprintf(url, sizeof(url), "/api/v1/imports/%lld", (long long)id);
    http_response_json(
        res, 202,
        json_pack("{s:I, s:s, s:s}", "id", (json_int_t)id, "state", "queued", "progress_url", url));
    return 0;
}

int api_imports_get(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    const char *s = http_request_param(req, "id");
    struct db *db;
    json_t *doc;
    int64_t id;

    if (strtonum_s(s, 1, INT64_MAX, &id, NULL) != 0)
        return err_set_at(err, MERIT_ENOTFOUND, 0, "id",
                          T("impor '%s' tidak ada", "no import '%s'"), s);
    if (http_request_db(req, &db, err) != 0 ||
        import_run_get(db, req->tenant_id, id, &doc, err) != 0)
        return -1;
    http_response_json(res, 200, doc);
    return 0;
}

int api_imports_list(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    int64_t limit, offset, total;
    struct db *db;
    json_t *items;

    if (http_query_page(&req->query, &limit, &offset, err) != 0 ||
        http_request_db(req, &db, err) != 0 ||
        import_run_list(db, req->tenant_id, limit, offset, &items, &total, err) != 0)
        return -1;
    http_response_page(res, items, total, limit, offset);
    return 0;
}
