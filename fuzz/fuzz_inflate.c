/* fuzz_inflate.c — libFuzzer target for http_inflate (src/http/http.h), the
 * bounded inflate of request bodies sent gzip or deflate (the JSON routes
 * and the Akismet forms).
 *
 * How: the first two bytes of the input are the bound (max, 0–65535), the
 * rest the body (any bytes, copied to an exact-size heap block so ASan sees
 * any over-read).  Beyond "no crash, no leak, no UB", the promises: OK
 * gives at most max bytes, NUL-terminated; any other status leaves out
 * empty; the same body inflates the same way under a bound of exactly its
 * length (OK, same bytes) and one byte less (TOO_LARGE), and a bound
 * already met is never TOO_LARGE for a body that was BAD.
 *
 * Must never: return normally when a promise is broken (abort()). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/http.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    size_t max = (size_t)data[0] << 8 | data[1];
    size_t n = size - 2;
    unsigned char *in = malloc(n ? n : 1);
    memcpy(in, data + 2, n);
    util_buf out;
    http_inflate_status st = http_inflate(in, n, max, &out);
    CHECK(st == HTTP_INFLATE_OK || st == HTTP_INFLATE_TOO_LARGE || st == HTTP_INFLATE_BAD);
    if (st != HTTP_INFLATE_OK) {
        CHECK(out.data == NULL && out.len == 0);
        if (st == HTTP_INFLATE_BAD) {   /* a larger bound does not make it good */
            util_buf again;
            CHECK(http_inflate(in, n, max + 4096, &again) != HTTP_INFLATE_OK);
            CHECK(again.data == NULL);
        }
    } else {
        CHECK(out.data != NULL && out.len <= max && out.data[out.len] == '\0');
        util_buf exact;
        CHECK(http_inflate(in, n, out.len, &exact) == HTTP_INFLATE_OK);
        CHECK(exact.len == out.len && memcmp(exact.data, out.data, out.len) == 0);
        util_buf_free(&exact);
        if (out.len > 0) {
            CHECK(http_inflate(in, n, out.len - 1, &exact) == HTTP_INFLATE_TOO_LARGE);
            CHECK(exact.data == NULL);
        }
        util_buf_free(&out);
    }
    free(in);
    return 0;
}
