/*
 * export.h - write a tenant's data as CSV, XLSX or JSON, in exactly the
 * columns `merit import` reads, so an export imports back unchanged.
 */
#ifndef MERIT_SERVICES_EXPORT_H
#define MERIT_SERVICES_EXPORT_H

#include <stdint.h>

#include "db/db.h"
#include "services/import.h"

enum export_format { EXPORT_CSV = 1, EXPORT_XLSX, EXPORT_JSON };

/** Parses "csv", "xlsx" or "json". */
int export_format_parse(const char *s, enum export_format *out);

/**
 * Writes every row of `kind` for tenant_id to path ("-" = stdout for CSV and
 * JSON). With template_only, writes the header row only (JSON: an empty
 * array). *rows gets the number of data rows written. The file is written to
 * a temporary name and renamed at the end, so a failed export leaves no
 * half-written file.
 */
int export_run(struct db *db, int64_t tenant_id, enum import_kind kind, enum export_format fmt,
               const char *path, int template_only, long *rows, struct merit_error *err);

#endif
