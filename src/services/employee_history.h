/*
 * employee_history.h - an employee's career on record, for the profile: positions held,
 * golongan (rank) steps and training, oldest first, as JSON arrays (new references).
 * Filtered by tenant; MERIT_EDB on a database error.
 */
#ifndef MERIT_SERVICES_EMPLOYEE_HISTORY_H
#define MERIT_SERVICES_EMPLOYEE_HISTORY_H

#include <jansson.h>
#include <stdint.h>

#include "db/db.h"

int employee_history(struct db *db, int64_t tenant, int64_t employee_id, json_t **positions,
                     json_t **golongan, json_t **training, struct merit_error *err);

#endif
