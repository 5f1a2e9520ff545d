/* fuzz_check.h — the fuzz targets' CHECK: a promise of the code under test
 * that the input broke aborts the run with the condition and the target's
 * file, so libFuzzer keeps the input as a crash.
 *
 * Must never: be compiled into the server (fuzz/ only). */
#ifndef CAUSERIE_FUZZ_CHECK_H
#define CAUSERIE_FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

#define CHECK(cond)                                                                    \
    do {                                                                               \
        if (!(cond)) {                                                                 \
            fprintf(stderr, "%s: %s failed\n", __FILE__, #cond);                       \
            abort();                                                                   \
        }                                                                              \
    } while (0)

/* What a successful util_query_parse or util_multipart_parse promises of
 * each pair: key and value NUL-terminated, valid UTF-8, no NUL inside the
 * value (value_len == strlen(value)), and found again by name. */
static inline void fuzz_check_pairs(const util_query *q)
{
    CHECK(q->n == 0 || q->items != NULL);
    for (size_t i = 0; i < q->n; i++) {
        const util_kv *kv = &q->items[i];
        CHECK(kv->key != NULL && kv->value != NULL);
        CHECK(strlen(kv->value) == kv->value_len);
        CHECK(util_utf8_valid(kv->key, strlen(kv->key)));
        CHECK(util_utf8_valid(kv->value, kv->value_len));
        CHECK(util_query_get(q, kv->key) != NULL);
        CHECK(util_query_count(q, kv->key) >= 1);
    }
}

#endif
