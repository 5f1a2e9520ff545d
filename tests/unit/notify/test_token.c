/* test_token — the signed tokens of the links in mails (notify/token.c).
 *
 * How: round trips for each purpose; then everything that must fail does,
 * with the right status: another secret, another purpose, an expired link,
 * every single-character alteration of a valid token, truncations, junk.
 * Also checks that a manage token does not carry the address in clear.
 *
 * Must never: pass without asserting, or leak (runs under ASan/LSan). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "notify/notify.h"

static const unsigned char K1[32] = "0123456789abcdef0123456789abcdef";
static const unsigned char K2[32] = "fedcba9876543210fedcba9876543210";
#define NOW 1800000000000LL

static void test_round_trips(void **state)
{
    util_arena *a = util_arena_new();
    int64_t ids[] = {1, 42, 1LL << 40, INT64_MAX};
    notify_token_purpose ps[] = {NOTIFY_TOKEN_CONFIRM, NOTIFY_TOKEN_UNSUBSCRIBE};
    for (size_t i = 0; i < 4; i++)
        for (size_t j = 0; j < 2; j++) {
            char *t = notify_token_sign(a, K1, ps[j], ids[i], NULL, NOW + 1000);
            assert_non_null(t);
            for (const char *p = t; *p; p++) /* URL-safe as is */
                assert_non_null(strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                       "0123456789-_", *p));
            int64_t id = 0;
            assert_int_equal(notify_token_verify(a, K1, t, ps[j], NOW, &id, NULL), NOTIFY_TOKEN_OK);
            assert_int_equal(id, ids[i]);
        }
    /* No expiry: valid far in the future. */
    char *t = notify_token_sign(a, K1, NOTIFY_TOKEN_UNSUBSCRIBE, 7, NULL, 0);
    int64_t id = 0;
    assert_int_equal(notify_token_verify(a, K1, t, NOTIFY_TOKEN_UNSUBSCRIBE, NOW * 100, &id, NULL),
                     NOTIFY_TOKEN_OK);
    assert_int_equal(id, 7);
    /* Manage: the address comes back folded to lower case. */
    const char *email = NULL;
    t = notify_token_sign(a, K1, NOTIFY_TOKEN_MANAGE, 0, "Marie.Curie@Example.ORG", NOW + 1000);
    assert_int_equal(notify_token_verify(a, K1, t, NOTIFY_TOKEN_MANAGE, NOW, NULL, &email),
                     NOTIFY_TOKEN_OK);
    assert_string_equal(email, "marie.curie@example.org");
    /* NULL outputs are allowed. */
    assert_int_equal(notify_token_verify(a, K1, t, NOTIFY_TOKEN_MANAGE, NOW, NULL, NULL),
                     NOTIFY_TOKEN_OK);
    util_arena_free(a);
}

static void test_manage_token_hides_the_address(void **state)
{
    util_arena *a = util_arena_new();
    const char *email = "someone.private@example.org";
    char *t = notify_token_sign(a, K1, NOTIFY_TOKEN_MANAGE, 0, email, NOW + 1000);
    size_t n = 0;
    unsigned char *raw = util_b64url_decode(a, t, &n);
    assert_non_null(raw);
    assert_null(memmem(raw, n, "someone", 7));
    assert_null(memmem(raw, n, "example", 7));
    assert_null(strstr(t, "someone"));
    /* Another address or expiry gives another token. */
    assert_string_not_equal(t, notify_token_sign(a, K1, NOTIFY_TOKEN_MANAGE, 0, "x@example.org",
                                                 NOW + 1000));
    assert_string_not_equal(t, notify_token_sign(a, K1, NOTIFY_TOKEN_MANAGE, 0, email, NOW + 5000));
    util_arena_free(a);
}

static void test_refusals(void **state)
{
    util_arena *a = util_arena_new();
    char *t = notify_token_sign(a, K1, NOTIFY_TOKEN_CONFIRM, 99, NULL, NOW + 1000);
    int64_t id = 123;
    assert_int_equal(notify_token_verify(a, K2, t, NOTIFY_TOKEN_CONFIRM, NOW, &id, NULL),
                     NOTIFY_TOKEN_BAD_SIGNATURE);
    assert_int_equal(id, 0); /* cleared on failure */
    assert_int_equal(notify_token_verify(a, K1, t, NOTIFY_TOKEN_UNSUBSCRIBE, NOW, &id, NULL),
                     NOTIFY_TOKEN_WRONG_PURPOSE);
    assert_int_equal(notify_token_verify(a, K1, t, NOTIFY_TOKEN_MANAGE, NOW, NULL, NULL),
                     NOTIFY_TOKEN_WRONG_PURPOSE);
    assert_int_equal(notify_token_verify(a, K1, t, NOTIFY_TOKEN_CONFIRM, NOW + 2000, &id, NULL),
                     NOTIFY_TOKEN_EXPIRED);
    /* Junk. */
    const char *junk[] = {"", "A", "AAAA", "not a token", "====", "ab/cd+ef",
                          "AUMAAAAAaxGepQAAAAAAAAABvA5zIcaS4pHEI2c2gtWewRQjUbGEYy_EJrzJnTpSeo"};
    for (size_t i = 0; i < sizeof junk / sizeof *junk; i++)
        assert_int_not_equal(notify_token_verify(a, K1, junk[i], NOTIFY_TOKEN_CONFIRM, NOW, &id,
                                                 NULL),
                             NOTIFY_TOKEN_OK);
    assert_int_equal(notify_token_verify(a, K1, NULL, NOTIFY_TOKEN_CONFIRM, NOW, &id, NULL),
                     NOTIFY_TOKEN_MALFORMED);
    char *big = malloc(5000);
    memset(big, 'A', 4999);
    big[4999] = '\0';
    assert_int_equal(notify_token_verify(a, K1, big, NOTIFY_TOKEN_CONFIRM, NOW, &id, NULL),
                     NOTIFY_TOKEN_MALFORMED);
    free(big);
    /* Every truncation fails. */
    size_t len = strlen(t);
    for (size_t k = 0; k < len; k++) {
        char *cut = util_arena_strndup(a, t, k);
        assert_int_not_equal(notify_token_verify(a, K1, cut, NOTIFY_TOKEN_CONFIRM, NOW, &id, NULL),
                             NOTIFY_TOKEN_OK);
    }
    util_arena_free(a);
}

/* Changing any one character of a token never yields a valid token. */
static void test_every_alteration_fails(void **state)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    util_arena *a = util_arena_new();
    const char *tokens[] = {
        notify_token_sign(a, K1, NOTIFY_TOKEN_UNSUBSCRIBE, 31337, NULL, 0),
        notify_token_sign(a, K1, NOTIFY_TOKEN_MANAGE, 0, "a@b.example", NOW + 1000),
    };
    notify_token_purpose ps[] = {NOTIFY_TOKEN_UNSUBSCRIBE, NOTIFY_TOKEN_MANAGE};
    size_t tried = 0;
    for (size_t k = 0; k < 2; k++) {
        char *t = util_arena_strdup(a, tokens[k]);
        size_t n = strlen(t);
        for (size_t i = 0; i < n; i++) {
            char orig = t[i];
            for (size_t j = 0; j < sizeof alphabet - 1; j += 7) {
                if (alphabet[j] == orig)
                    continue;
                t[i] = alphabet[j];
                int64_t id;
                const char *email;
                assert_int_not_equal(notify_token_verify(a, K1, t, ps[k], NOW, &id, &email),
                                     NOTIFY_TOKEN_OK);
                tried++;
            }
            t[i] = orig;
        }
        assert_int_equal(notify_token_verify(a, K1, t, ps[k], NOW, NULL, NULL), NOTIFY_TOKEN_OK);
    }
    assert_true(tried > 500);
    util_arena_free(a);
}

int main(void)
{
    if (sodium_init() < 0)
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trips),
        cmocka_unit_test(test_manage_token_hides_the_address),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_every_alteration_fails),
    };
    return cmocka_run_group_tests_name("notify tokens", tests, NULL, NULL);
}
