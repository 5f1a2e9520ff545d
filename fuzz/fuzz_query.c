/* fuzz_query.c — libFuzzer target for util_query_parse, the parser of query
 * strings and form bodies (application/x-www-form-urlencoded).
 *
 * How: the input is the raw query string (any bytes, not NUL-terminated).
 * Beyond "no crash, no leak, no UB, no read past n", a successful parse must
 * keep its promises: every key and value NUL-terminated, valid UTF-8, with no
 * NUL inside (value_len == strlen(value)), no more pairs than separators
 * allow, and util_query_get / util_query_count finding every key.
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
    util_arena *a = util_arena_new();
    util_query q;
    size_t seps = 0;
    /* An exact-size heap copy: ASan catches a read past n. */
    char *s = malloc(size ? size : 1);

    memcpy(s, data, size);
    for (size_t i = 0; i < size; i++)
        seps += s[i] == '&' || s[i] == ';';
    if (util_query_parse(a, s, size, &q)) {
        CHECK(q.n <= seps + 1);
        fuzz_check_pairs(&q);
    }
    free(s);
    util_arena_free(a);
    return 0;
}
