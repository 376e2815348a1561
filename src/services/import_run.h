/*
 * import_run.h - imports uploaded through the API, run in the background.
 *
 * A run is a row of table import_run (state queued -> running -> done |
 * failed, counts, the summary and the errors as JSON) and, while this process
 * works on it, an entry of an in-memory table with the live progress: the
 * import holds one write transaction from its first row to its commit, and
 * SQLite admits one writer, so rows_done cannot be written as it goes.
 *
 * One worker thread per process takes the runs in the order they were
 * submitted (one import at a time: two would only wait for each other's
 * write lock), each on its own database connection. The import itself is
 * services/import.h: all or nothing, and the run's final "done" is written
 * inside the import's transaction, so a run is "done" exactly when its data
 * is committed.
 *
 * Shutdown: import_run_drain() finishes every run already submitted (merit
 * serve calls it after the HTTP server stopped, so an acknowledged upload is
 * never dropped by a graceful stop); a run cut short by a crash or SIGKILL is
 * marked failed ("interrupted") by import_run_recover at the next start.
 */
#ifndef MERIT_SERVICES_IMPORT_RUN_H
#define MERIT_SERVICES_IMPORT_RUN_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "services/import.h"

/* errors kept per failed run (the count of all is in the summary) */
#define IMPORT_RUN_MAX_ERRORS 1000
#define IMPORT_RUN_NAME_MAX 120

struct import_run_new {
    int64_t tenant_id;
    enum import_kind kind;
    const char *db_url;   /* the worker opens its own connection; copied */
    const char *src_path; /* the uploaded file; linked or copied, the caller may remove it */
    const char *filename; /* the client's file name; only a sanitised base name is kept */
    const char *actor;    /* recorded as created_by */
    int dry_run;          /* check and count only */
};

/**
 * The client's file name reduced to a harmless base name: no directory part,
 * no control characters or quotes, valid UTF-8, at most IMPORT_RUN_NAME_MAX
 * bytes, never "", "." or "..". Writes into out (IMPORT_RUN_NAME_MAX + 1).
 */
void import_run_sanitise_name(const char *name, char *out);

/**
 * Records a queued run (through db) and hands it to the background worker.
 * *id = the run's id. MERIT_EBUSY while the process is shutting down.
 */
int import_run_submit(struct db *db, const struct import_run_new *n, int64_t *id,
                      struct merit_error *err);

/**
 * One run of the tenant as JSON {id, kind, filename, state, rows_total,
 * rows_done, summary, errors, created_by, created_at, finished_at}, with the
 * live state and progress when this process is running it. errors is the
 * list [{code, message, field, row}] of a failed run, else []. MERIT_ENOTFOUND
 * when the tenant has no such run.
 */
int import_run_get(struct db *db, int64_t tenant_id, int64_t id, json_t **out,
                   struct merit_error *err);

/** The tenant's runs, newest first, without their errors (error_count instead). */
int import_run_list(struct db *db, int64_t tenant_id, int64_t limit, int64_t offset, json_t **items,
                    int64_t *total, struct merit_error *err);

/**
 * Waits until every submitted run is finished and stops the worker. New
 * submissions are refused (MERIT_EBUSY) while it waits; afterwards the worker
 * starts again on the next submission.
 */
void import_run_drain(void);

/**
 * At start-up, before any run is submitted: marks runs left queued or running
 * by a process that ended without finishing them as failed, with an
 * "interrupted" error. *n (may be NULL) = how many.
 */
int import_run_recover(struct db *db, int64_t *n, struct merit_error *err);

#endif
