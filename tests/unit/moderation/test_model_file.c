/* test_model_file — the spam model file: a crafted file whose table holds
 * the same key twice loads (a repeated key only reads as one), and what the
 * engine then saves loads again (fuzz_model found the saved header counting
 * the key twice, a file no build would read back). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "moderation/mod_int.h"

static void put64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static void put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static void test_repeated_key_round_trip(void **state)
{
    (void)state;
    enum { CAP = 8, LEN = 40 + CAP * 16 + 8 };
    unsigned char f[LEN] = {0};
    memcpy(f, "CSRM", 4);
    put32(f + 4, 2);
    put64(f + 8, 3);    /* spam learned */
    put64(f + 16, 5);   /* ham learned */
    put64(f + 24, 2);   /* keys */
    put64(f + 32, CAP);
    for (int slot = 0; slot < 2; slot++) {   /* the same key in two slots */
        unsigned char *s = f + 40 + 16 * slot;
        put64(s, 0x1234567890abcdefULL);
        put32(s + 8, 3);
        put32(s + 12, (uint32_t)slot);
    }
    put64(f + LEN - 8, mod__file_sum(f + 40, CAP * 16, mod__file_sum(f, 40, 0)));

    mod_config c;
    mod_config_defaults(&c);
    char err[256];
    mod_engine *e = mod_engine_new(&c, err, sizeof err);
    assert_non_null(e);
    assert_int_equal(mod_engine_model_deserialize(e, f, LEN, err, sizeof err), MOD_OK);
    util_buf one = {0}, two = {0};
    assert_int_equal(mod_engine_model_serialize(e, &one), MOD_OK);
    assert_int_equal(mod_engine_model_deserialize(e, one.data, one.len, err, sizeof err), MOD_OK);
    assert_int_equal(mod_engine_model_serialize(e, &two), MOD_OK);
    assert_int_equal(one.len, two.len);
    assert_memory_equal(one.data, two.data, one.len);
    assert_int_equal(mod__get_le((unsigned char *)one.data + 24, 8), 1);   /* one key */
    util_buf_free(&one);
    util_buf_free(&two);

    /* a flipped byte is caught by the checksum */
    f[50] ^= 1;
    assert_int_equal(mod_engine_model_deserialize(e, f, LEN, err, sizeof err), MOD_EFORMAT);
    assert_non_null(strstr(err, "checksum"));
    mod_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_repeated_key_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
