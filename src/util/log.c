/* log — one line per event on stderr: time, level, message.
 * Lines are written with a single fprintf so threads do not interleave. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "util/util.h"

static int min_level = UTIL_LOG_INFO;
static const char *const names[] = {"debug", "info", "warn", "error"};

void util_log_set_level(int level)
{
    if (level >= UTIL_LOG_DEBUG && level <= UTIL_LOG_ERROR)
        min_level = level;
}

int util_log_level_parse(const char *s)
{
    for (int i = 0; i < (int)UTIL_ARRAY_LEN(names); i++)
        if (strcasecmp(s, names[i]) == 0)
            return i;
    return -1;
}

void util_log(int level, const char *fmt, ...)
{
    if (level < min_level)
        return;
    char msg[1024], ts[32];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    util_time_rfc3339(util_now_ms(), ts);
    fprintf(stderr, "%s %-5s %s\n", ts, names[level], msg);
}
