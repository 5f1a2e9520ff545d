/* fuzz_config.c — libFuzzer target for util_config_load, the reader of the
 * operator's INI file (libinih's stream parser behind our line-length and
 * size guards, then each setting's value parser).
 *
 * How: the input is the file's bytes, handed to util_config_load as an
 * in-memory file (memfd, read through /proc/self/fd).  Beyond "no crash, no
 * leak, no UB": a refused file leaves a message; an accepted one has every
 * string setting set, and dumps (util_config_dump, which `causerie config`
 * prints) as text without NUL bytes.
 *
 * Must never: return normally when a promise is broken (abort()). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "util/util.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int fd = memfd_create("causerie-config", 0);
    CHECK(fd >= 0);
    CHECK(size == 0 || write(fd, data, size) == (ssize_t)size);
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    util_config c;
    char err[512] = "";
    if (util_config_load(&c, path, err, sizeof err)) {
        CHECK(c.listen && c.public_url && c.store_url && c.default_site);
        util_buf out = {0};
        util_config_dump(&c, &out);
        CHECK(out.len > 0 && memchr(out.data, '\0', out.len) == NULL);
        util_buf_free(&out);
    } else {
        CHECK(err[0] != '\0' && memchr(err, '\0', sizeof err) != NULL);
    }
    util_config_free(&c);
    close(fd);
    return 0;
}
