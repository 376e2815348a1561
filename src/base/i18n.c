#include "base/i18n.h"

#include <string.h>

static enum lang i18n_lang = LANG_ID;

void i18n_set(enum lang l)
{
    i18n_lang = l;
}

enum lang i18n_get(void)
{
    return i18n_lang;
}

int i18n_parse(const char *s, enum lang *out)
{
    if (strncmp(s, "id", 2) == 0 || strncmp(s, "in", 2) == 0) {
        *out = LANG_ID;
        return 0;
    }
    if (strncmp(s, "en", 2) == 0) {
        *out = LANG_EN;
        return 0;
    }
    return -1;
}

const char *i18n_pick(const char *id, const char *en)
{
    return i18n_lang == LANG_EN ? en : id;
}
