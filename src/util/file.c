/* file — a whole file read into memory (util_read_file), for the policy,
 * training sets and models the moderation engine and the server load; and
 * a whole file written in place of another (util_write_file), for the
 * policy file, the spam models and the build's abuse model.
 *
 * How: reading freads in 64 KiB chunks into a growing buffer, stopped past
 * max_bytes (a device that never ends, such as /dev/zero, is an error, not
 * an abort on out of memory).  The result is NUL-terminated and never NULL
 * on success (an empty file gives "").  Writing goes to a temporary file
 * beside the target ("<path>.tmp<pid>.<n>": two processes, or two
 * threads, saving the same file never share one; the last rename wins),
 * fsyncs it, then renames it over the target, so that a reader, a crash or
 * a full disk finds the old file or the new one; the directory itself is
 * not fsynced (no caller asked for it).  Must never:
 * return a partial file as if it were whole, or leave a partial file at
 * the target or a temporary file behind on error. */
#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* All len bytes at data into fd; false with errno on an error. */
static bool write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, data, len);
        if (w < 0 && errno != EINTR)
            return false;
        if (w > 0) {
            data += w;
            len -= (size_t)w;
        }
    }
    return true;
}

bool util_write_file(const char *path, const void *data, size_t len, char *err, size_t errlen)
{
    static atomic_uint seq;   /* two threads saving one file never share one either */
    size_t n = strlen(path) + 40;
    char *tmp = xmalloc(n);
    snprintf(tmp, n, "%s.tmp%d.%u", path, (int)getpid(), atomic_fetch_add(&seq, 1));
    const char *failed = tmp;   /* the file a message names */
    bool ok = false;
    int e = 0;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        e = errno;
        goto done;
    }
    failed = path;
    ok = write_all(fd, data, len) && fsync(fd) == 0;
    e = errno;
    if (close(fd) != 0 && ok) {
        ok = false;
        e = errno;
    }
    if (ok && rename(tmp, path) != 0) {
        ok = false;
        e = errno;
    }
    if (!ok)
        unlink(tmp);
done:
    if (!ok && err && errlen)
        snprintf(err, errlen, "%s: %s", failed, strerror(e));
    free(tmp);
    if (!ok)
        errno = e;
    return ok;
}
