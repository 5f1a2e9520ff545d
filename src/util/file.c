/* file — a whole file read into memory (util_read_file), for the policy,
 * training sets and models the moderation engine and the server load.
 *
 * How: fread in 64 KiB chunks into a growing buffer, stopped past max_bytes
 * (a device that never ends, such as /dev/zero, is an error, not an abort
 * on out of memory).  The result is NUL-terminated and never NULL on
 * success (an empty file gives "").  Must never: return a partial file as
 * if it were whole. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "util/util.h"

char *util_read_file(const char *path, size_t max_bytes, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (err && errlen)
            snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    util_buf b = {0};
    char chunk[65536];
    size_t n;
    bool big = false;
    while (!big && (n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        util_buf_append(&b, chunk, n);
        big = b.len > max_bytes;
    }
    bool bad = ferror(f);
    fclose(f);
    if (bad || big) {
        if (err && errlen) {
            if (big)
                snprintf(err, errlen, "%s: larger than %zu MiB", path, max_bytes >> 20);
            else
                snprintf(err, errlen, "%s: read error", path);
        }
        util_buf_free(&b);
        return NULL;
    }
    util_buf_reserve(&b, 0);
    if (len)
        *len = b.len;
    return util_buf_steal(&b);
}
