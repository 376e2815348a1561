#include "base/tmpdir.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"

int tmpdir_make(const char *name, char *out, size_t cap, struct merit_error *err)
{
    const char *tmp = getenv("TMPDIR");
    int n;

    if (!tmp || !*tmp)
        tmp = "/tmp";
    n = snprintf(out, cap, "%s/merit-%s.XXXXXX", tmp, name);
    if (n < 0 || (size_t)n >= cap)
        return err_set(err, MERIT_ELIMIT, "%s",
                       T("jalur folder sementara terlalu panjang (TMPDIR)",
                         "the temporary folder's path is too long (TMPDIR)"));
    if (!mkdtemp(out))
        return err_set(
            err, MERIT_EIO,
            T("tidak bisa membuat folder sementara: %s", "cannot create a temporary folder: %s"),
            strerror(errno));
    return 0;
}
