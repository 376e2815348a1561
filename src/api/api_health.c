#include "api/api.h"

#include <jansson.h>

#include "base/i18n.h"
#include "db/migrate.h"
#include "http/server.h"

int api_healthz(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    (void)req;
    (void)err;
    http_response_json(res, 200, json_pack("{s:s}", "status", "ok"));
    return 0;
}

int api_readyz(struct http_request *req, struct http_response *res, struct merit_error *err)
{
    struct merit_error cause;
    struct db *db;
    int version = 0;

    err_clear(&cause);
    if (http_request_db(req, &db, &cause) != 0)
        return err_set(err, MERIT_EBUSY,
                       T("basis data tidak bisa dibuka: %s", "the database cannot be opened: %s"),
                       cause.msg);
    if (migrate_version(db, &version, &cause) != 0) {
        /* a broken connection must not keep the instance unready forever */
        http_request_db_discard(req);
        return err_set(err, MERIT_EBUSY,
                       T("basis data tidak menjawab: %s", "the database does not answer: %s"),
                       cause.msg);
    }
    if (version != migrate_latest())
        return err_set(err, MERIT_EBUSY,
                       T("skema basis data versi %d, program butuh versi %d",
                         "the database schema is at version %d, this program needs %d"),
                       version, migrate_latest());
    http_response_json(res, 200,
                       json_pack("{s:s, s:s, s:i}", "status", "ready", "db", db_engine_name(db),
                                 "schema", version));
    return 0;
}
