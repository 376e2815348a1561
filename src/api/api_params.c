/* Path parameters with a meaning of their own, checked before any lookup. */
#include <string.h>

#include "api/api.h"
#include "base/i18n.h"
#include "domain/nip.h"

int api_param_nip(struct http_request *req, const char **out, struct merit_error *err)
{
    const char *raw = http_request_param(req, "nip");
    struct nip_info info;
    enum nip_status st;

    if (!raw)
        return err_set(err, MERIT_EINTERNAL, "route has no :nip parameter");
    st = nip_parse(raw, strlen(raw), 0, &info);
    if (st != NIP_OK)
        return err_set_at(err, MERIT_EUSAGE, 0, "nip",
                          T("NIP '%.40s' tidak sah: %s", "NIP '%.40s' is not valid: %s"), raw,
                          nip_strerror(st));
    *out = arena_strdup(req->arena, info.nip);
    return 0;
}
