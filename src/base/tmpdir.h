/*
 * tmpdir.h - a private temporary folder ($TMPDIR or /tmp, mode 0700 by mkdtemp) for files
 * that exist only while a request or a job runs (uploads spooled, downloads written). The
 * caller removes what it put there and the folder (rmdir).
 */
#ifndef MERIT_BASE_TMPDIR_H
#define MERIT_BASE_TMPDIR_H

#include <stddef.h>

#include "base/err.h"

/**
 * Creates "$TMPDIR/merit-<name>.XXXXXX" and writes its path into out (cap bytes).
 * MERIT_ELIMIT when the path does not fit, MERIT_EIO when it cannot be created.
 */
int tmpdir_make(const char *name, char *out, size_t cap, struct merit_error *err);

#endif
