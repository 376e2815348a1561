/*
 * log.h - one line per event on stderr: "ts level module: key=value ...".
 *
 * The level is checked before the arguments are evaluated, so debug logging
 * in a hot path costs one comparison when it is off.
 */
#ifndef MERIT_BASE_LOG_H
#define MERIT_BASE_LOG_H

enum log_level { LOG_LVL_ERROR = 0, LOG_LVL_WARN, LOG_LVL_INFO, LOG_LVL_DEBUG };

extern enum log_level log_threshold;

void log_set_level(enum log_level lvl);
/** Parses "error|warn|info|debug"; returns -1 when unknown. */
int log_level_parse(const char *s, enum log_level *out);
void log_write(enum log_level lvl, const char *module, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#define LOG(lvl, module, ...)                                                                      \
    do {                                                                                           \
        if ((lvl) <= log_threshold)                                                                \
            log_write((lvl), (module), __VA_ARGS__);                                               \
    } while (0)
#define log_error(module, ...) LOG(LOG_LVL_ERROR, module, __VA_ARGS__)
#define log_warn(module, ...) LOG(LOG_LVL_WARN, module, __VA_ARGS__)
#define log_info(module, ...) LOG(LOG_LVL_INFO, module, __VA_ARGS__)
#define log_debug(module, ...) LOG(LOG_LVL_DEBUG, module, __VA_ARGS__)

#endif
