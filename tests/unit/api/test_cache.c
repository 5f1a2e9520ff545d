/* test_cache — the thread view's response cache (api/cache.c) through its
 * internal interface: an answer is found again for its key and version
 * only; when full, the oldest answers go first; an answer larger than the
 * whole cache is not kept and evicts nothing.
 *
 * Must never: leave an entry allocated (the suite runs under LeakSanitizer). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_int.h"

/* Whether key is cached at version, with that body. */
static bool has(api_cache *c, const char *key, int64_t version, const char *want)
{
    util_arena *a = util_arena_new();
    char *body = NULL, *etag = NULL;
    size_t len = 0;
    bool hit = api__cache_get(c, a, key, version, &body, &len, &etag);
    bool ok = hit && len == strlen(want) && memcmp(body, want, len) == 0;
    util_arena_free(a);
    return ok;
}

static void test_hit_by_key_and_version(void **state)
{
    (void)state;
    api_cache *c = api__cache_new(1 << 20);
    api__cache_put(c, "t\n/a\n0\n20\n", 3, "{\"a\":1}", 7, "\"3-x\"");
    assert_true(has(c, "t\n/a\n0\n20\n", 3, "{\"a\":1}"));
    assert_false(has(c, "t\n/a\n0\n20\n", 4, "{\"a\":1}"));   /* another version */
    assert_false(has(c, "t\n/a\n1\n20\n", 3, "{\"a\":1}"));   /* another key */
    /* an older answer never replaces a newer one */
    api__cache_put(c, "t\n/a\n0\n20\n", 5, "{\"a\":5}", 7, "\"5-x\"");
    api__cache_put(c, "t\n/a\n0\n20\n", 4, "{\"a\":4}", 7, "\"4-x\"");
    assert_true(has(c, "t\n/a\n0\n20\n", 5, "{\"a\":5}"));
    api__cache_free(c);
}

static void test_oldest_go_first(void **state)
{
    (void)state;
    api_cache *c = api__cache_new(4096);
    char body[1000];
    memset(body, 'x', sizeof body - 1);
    body[sizeof body - 1] = '\0';
    char key[32];
    for (int i = 0; i < 8; i++) {
        snprintf(key, sizeof key, "k%d", i);
        api__cache_put(c, key, 1, body, strlen(body), "\"1-x\"");
    }
    assert_false(has(c, "k0", 1, body));
    assert_true(has(c, "k7", 1, body));
    assert_true(has(c, "k6", 1, body));
    api__cache_free(c);
}

static void test_larger_than_the_cache_evicts_nothing(void **state)
{
    (void)state;
    api_cache *c = api__cache_new(64 * 1024);
    char key[32];
    for (int i = 0; i < 10; i++) {
        snprintf(key, sizeof key, "page%d", i);
        api__cache_put(c, key, 1, "{\"comments\":[]}", 15, "\"1-x\"");
    }
    size_t big_len = 100 * 1024;
    char *big = malloc(big_len + 1);
    memset(big, 'y', big_len);
    big[big_len] = '\0';
    api__cache_put(c, "all", 1, big, big_len, "\"1-y\"");
    assert_false(has(c, "all", 1, big));
    for (int i = 0; i < 10; i++) {
        snprintf(key, sizeof key, "page%d", i);
        assert_true(has(c, key, 1, "{\"comments\":[]}"));
    }
    free(big);
    api__cache_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hit_by_key_and_version),
        cmocka_unit_test(test_oldest_go_first),
        cmocka_unit_test(test_larger_than_the_cache_evicts_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
