/* fuzz_multipart.c — libFuzzer target for util_multipart_parse, the reader
 * of multipart/form-data bodies (RFC 7578) that Akismet clients send.
 *
 * How: the input's first byte is the boundary's length (mod 71), the bytes
 * after it the boundary, the rest the body; both are exact-size heap
 * copies, so ASan catches a read past either.  Beyond "no crash, no leak,
 * no UB", a successful parse must keep its promises: every name and value
 * NUL-terminated, valid UTF-8, with no NUL inside (value_len ==
 * strlen(value)), no more parts than the body holds delimiters, and
 * util_query_get finding every name.
 *
 * Must never: return normally when a promise is broken (abort()). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    size_t blen = data[0] % 71;
    if (blen > size - 1)
        blen = size - 1;
    size_t len = size - 1 - blen;
    char *bnd = malloc(blen ? blen : 1), *body = malloc(len ? len : 1);
    memcpy(bnd, data + 1, blen);
    memcpy(body, data + 1 + blen, len);
    util_arena *a = util_arena_new();
    util_query q;
    if (util_multipart_parse(a, body, len, bnd, blen, &q)) {
        size_t dashes = 0;   /* "--" + boundary occurrences bound the parts */
        for (size_t i = 0; i + 2 + blen <= len; i++)
            dashes += body[i] == '-' && body[i + 1] == '-' && memcmp(body + i + 2, bnd, blen) == 0;
        CHECK(blen >= 1);
        CHECK(q.n <= dashes);
        fuzz_check_pairs(&q);
    }
    util_arena_free(a);
    free(bnd);
    free(body);
    return 0;
}
