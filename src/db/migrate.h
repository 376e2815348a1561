/*
 * migrate.h - versioned schema migrations, embedded in the binary.
 *
 * Migrations live in migrations/<engine>/NNNN_name.sql (dialect-specific DDL)
 * and migrations/ref/NNNN_name.sql (reference data in SQL both engines
 * accept). The build embeds them (see cmake/embed.cmake); version numbers are
 * unique across both folders and applied in ascending order, each in its own
 * transaction, recorded in schema_migrations(version, name, applied_at).
 */
#ifndef MERIT_DB_MIGRATE_H
#define MERIT_DB_MIGRATE_H

#include "db/db.h"

/**
 * Applies every migration newer than the database's version. *applied gets
 * how many were applied (0 when already up to date). On failure nothing of
 * the failing migration is kept.
 */
int migrate_up(struct db *db, int *applied, struct merit_error *err);
/** The highest applied version (0 for an empty database). */
int migrate_version(struct db *db, int *version, struct merit_error *err);
/** The highest version this binary knows. */
int migrate_latest(void);

struct migration_file;
/**
 * migrate_up with an explicit list of files instead of the embedded ones
 * (tests use it to exercise failing and duplicate migrations). The files of
 * the connection's engine dir plus "ref" are taken; two of them with the same
 * version fail with MERIT_EINTERNAL before anything is applied. A failing
 * migration fails with "migration NNNN_name failed: ..." and the code of the
 * database error.
 */
int migrate_up_files(struct db *db, const struct migration_file *files, unsigned nfiles,
                     int *applied, struct merit_error *err);

#endif
