/*
 * i18n.h - user-facing text in Bahasa Indonesia (default) and English.
 *
 * Every user-facing string is written as T("indonesian", "english"); the
 * language is chosen once at start-up (--lang, MERIT_LANG) and never changes
 * afterwards, so reading it from worker threads is safe.
 */
#ifndef MERIT_BASE_I18N_H
#define MERIT_BASE_I18N_H

enum lang { LANG_ID = 0, LANG_EN = 1 };

void i18n_set(enum lang l);
enum lang i18n_get(void);
/** Parses "id" or "en" (also "id_ID.UTF-8" style); returns -1 if unknown. */
int i18n_parse(const char *s, enum lang *out);
/* format_arg: a T() text used as a printf format is checked like the literal it came from */
const char *i18n_pick(const char *id, const char *en) __attribute__((format_arg(1), format_arg(2)));

#define T(id, en) i18n_pick((id), (en))

#endif
