/* test_inflate — http_inflate (http/inflate.c), the one bounded inflate of
 * request bodies: gzip and zlib streams read back whole and NUL-terminated;
 * the bound holds for what they inflate to (exactly max is OK, one more
 * TOO_LARGE); gzip members one after the other are one body, zero padding
 * after them is ignored; a truncated or damaged stream, plain bytes, raw
 * deflate and other bytes after a stream are BAD; out is empty unless OK.
 *
 * Must never: leave anything allocated (the suite runs under LeakSanitizer). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "http/http.h"

/* src compressed as gzip (gzip true) or zlib, at level 9; caller frees. */
static unsigned char *pack(const void *src, size_t n, bool gzip, int window, size_t *out_n)
{
    z_stream z = {0};
    assert_int_equal(deflateInit2(&z, 9, Z_DEFLATED, gzip ? 16 + 15 : window, 8,
                                  Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = deflateBound(&z, (uLong)n);
    unsigned char *out = xmalloc(cap);
    z.next_in = (Bytef *)src;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    *out_n = cap - z.avail_out;
    deflateEnd(&z);
    return out;
}

static void test_round_trip(void **state)
{
    (void)state;
    const char *text = "{\"text\":\"Un avis mesuré sur cet article.\"}";
    for (int gzip = 0; gzip < 2; gzip++) {
        size_t n;
        unsigned char *z = pack(text, strlen(text), gzip, 15, &n);
        util_buf out;
        assert_int_equal(http_inflate(z, n, 1000, &out), HTTP_INFLATE_OK);
        assert_int_equal(out.len, strlen(text));
        assert_string_equal(out.data, text);
        util_buf_free(&out);
        free(z);
    }
}

static void test_bound(void **state)
{
    (void)state;
    size_t big = 100000, n;
    char *spaces = xmalloc(big);
    memset(spaces, ' ', big);
    unsigned char *z = pack(spaces, big, true, 15, &n);
    util_buf out;
    assert_int_equal(http_inflate(z, n, big, &out), HTTP_INFLATE_OK);
    assert_int_equal(out.len, big);
    assert_int_equal(out.data[big], '\0');
    util_buf_free(&out);
    assert_int_equal(http_inflate(z, n, big - 1, &out), HTTP_INFLATE_TOO_LARGE);
    assert_null(out.data);
    assert_int_equal(out.len, 0);
    assert_int_equal(http_inflate(z, n, 10, &out), HTTP_INFLATE_TOO_LARGE);
    assert_int_equal(http_inflate(z, n, 0, &out), HTTP_INFLATE_TOO_LARGE);
    free(z);
    /* nothing inflated is an empty body, still a string */
    z = pack("", 0, true, 15, &n);
    assert_int_equal(http_inflate(z, n, 0, &out), HTTP_INFLATE_OK);
    assert_int_equal(out.len, 0);
    assert_string_equal(out.data, "");
    util_buf_free(&out);
    free(z);
    free(spaces);
}

static void test_members_and_padding(void **state)
{
    (void)state;
    size_t n1, n2;
    unsigned char *a = pack("{\"text\":", 8, true, 15, &n1);
    unsigned char *b = pack("\"deux\"}", 7, true, 15, &n2);
    unsigned char *ab = xmalloc(n1 + n2 + 8);
    memcpy(ab, a, n1);
    memcpy(ab + n1, b, n2);
    util_buf out;
    assert_int_equal(http_inflate(ab, n1 + n2, 100, &out), HTTP_INFLATE_OK);
    assert_string_equal(out.data, "{\"text\":\"deux\"}");
    util_buf_free(&out);
    /* the bound counts every member */
    assert_int_equal(http_inflate(ab, n1 + n2, 14, &out), HTTP_INFLATE_TOO_LARGE);
    memset(ab + n1 + n2, 0, 8);
    assert_int_equal(http_inflate(ab, n1 + n2 + 8, 100, &out), HTTP_INFLATE_OK);
    util_buf_free(&out);
    memcpy(ab + n1 + n2, "garbage!", 8);
    assert_int_equal(http_inflate(ab, n1 + n2 + 8, 100, &out), HTTP_INFLATE_BAD);
    assert_null(out.data);
    free(a);
    free(b);
    free(ab);
}

static void test_bad(void **state)
{
    (void)state;
    const char *text = "{\"text\":\"tronqué\"}";
    size_t n;
    unsigned char *z = pack(text, strlen(text), true, 15, &n);
    util_buf out;
    for (size_t cut = 0; cut < n; cut++)   /* every truncation, the empty body too */
        assert_int_equal(http_inflate(z, cut, 1000, &out), HTTP_INFLATE_BAD);
    z[n / 2] ^= 0x55;   /* damaged: a bad block or a bad CRC */
    assert_int_equal(http_inflate(z, n, 1000, &out), HTTP_INFLATE_BAD);
    free(z);
    assert_int_equal(http_inflate(text, strlen(text), 1000, &out), HTTP_INFLATE_BAD);
    z = pack(text, strlen(text), false, -15, &n);   /* raw deflate: no zlib header */
    assert_int_equal(http_inflate(z, n, 1000, &out), HTTP_INFLATE_BAD);
    assert_null(out.data);
    free(z);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_bound),
        cmocka_unit_test(test_members_and_padding),
        cmocka_unit_test(test_bad),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
