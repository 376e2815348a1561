/*
 * tenant.h - agencies (instansi). Every tenant-owned row carries tenant_id.
 */
#ifndef MERIT_STORE_TENANT_H
#define MERIT_STORE_TENANT_H

#include <stdint.h>

#include "db/db.h"

/** Looks a tenant up by code; MERIT_ENOTFOUND (with a hint to create it) when absent. */
int tenant_find(struct db *db, const char *code, int64_t *id, struct merit_error *err);
/** Creates the tenant if absent (name updated if it exists); *id gets its id. */
int tenant_ensure(struct db *db, const char *code, const char *name, int64_t *id,
                  struct merit_error *err);

#endif
