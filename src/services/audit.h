/*
 * audit.h - the tamper-evident audit log: every change to scores, results,
 * boxes, policies, moves and committees is an entry (actor, time, action,
 * object, before, after, reason) chained to the previous entry of the
 * tenant by a SHA-256 hash over its fields and the previous hash.
 *
 * audit_append runs inside the caller's transaction (so the entry exists
 * exactly when the change does); audit_verify walks a tenant's chain and
 * names the first entry that was edited, deleted or reordered.
 */
#ifndef MERIT_SERVICES_AUDIT_H
#define MERIT_SERVICES_AUDIT_H

#include <jansson.h>
#include <stdint.h>

#include "db/db.h"

/** Appends one entry (before/after/reason may be NULL). Call inside a transaction. */
int audit_append(struct db *db, int64_t tenant, const char *at, const char *actor,
                 const char *action, const char *object, const char *before, const char *after,
                 const char *reason, struct merit_error *err);

/**
 * Verifies the tenant's chain. Returns 0 with *entries checked and *broken_seq
 * = 0 when intact, else *broken_seq = the first entry that does not follow
 * and *why a short code ("hash": edited, "prev": deleted or reordered).
 */
int audit_verify(struct db *db, int64_t tenant, long *entries, int64_t *broken_seq,
                 const char **why, struct merit_error *err);

struct audit_filter {
    const char *action; /* exact; NULL = any */
    const char *object; /* prefix, e.g. "result:" or "wave:ASM-2026-01" */
    const char *actor;  /* exact */
    const char *from;   /* at >= from (ISO date or time) */
    const char *to;     /* at < to */
    long limit;         /* 0 = 100 */
    long offset;
};

/**
 * Entries matching f, newest first, as JSON objects (seq, at, actor, action,
 * object, before, after, reason, hash); *total (may be NULL) = all matches.
 */
int audit_query(struct db *db, int64_t tenant, const struct audit_filter *f, json_t **out,
                int64_t *total, struct merit_error *err);

/** The latest entries (newest first), optionally of one action or object prefix. */
int audit_list(struct db *db, int64_t tenant, const char *action, const char *object, long limit,
               json_t **out, struct merit_error *err);

#endif
