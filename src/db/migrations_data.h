/*
 * migrations_data.h - the embedded migration files (generated at build time
 * by cmake/embed_migrations.cmake from migrations/).
 */
#ifndef MERIT_DB_MIGRATIONS_DATA_H
#define MERIT_DB_MIGRATIONS_DATA_H

struct migration_file {
    const char *dir; /* "sqlite", "pg" or "ref" (both engines) */
    int version;
    const char *name;
    const char *sql;
};

extern const struct migration_file migration_files[];
extern const unsigned migration_files_count;

#endif
