/* test_ipnet — util_ip_parse, util_ipnets_parse and util_ipnets_match
 * (server.trusted_proxies): IPv4 and IPv6 addresses and blocks, an IPv4
 * peer seen as ::ffff:a.b.c.d by an IPv6 socket matching IPv4 blocks, the
 * list's separators, and the entries refused (so a typo fails at start). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

static bool in_list(const char *list, const char *addr)
{
    util_ipnet *nets = NULL;
    size_t n = 0;
    uint8_t a[16];
    if (!util_ipnets_parse(list, &nets, &n))
        fail_msg("list \"%s\" refused", list);
    if (!util_ip_parse(addr, strlen(addr), a, NULL))
        fail_msg("address \"%s\" refused", addr);
    bool in = util_ipnets_match(nets, n, a);
    free(nets);
    return in;
}

static void test_parse_address(void **state)
{
    (void)state;
    uint8_t a[16], b[16];
    int fam = 0;
    assert_true(util_ip_parse("192.0.2.7", 9, a, &fam));
    assert_int_equal(fam, AF_INET);
    assert_true(util_ip_parse("::ffff:192.0.2.7", 16, b, &fam));
    assert_int_equal(fam, AF_INET6);
    assert_memory_equal(a, b, 16); /* the same 16 bytes */
    assert_true(util_ip_parse("2001:DB8::1", 11, a, &fam));
    assert_true(util_ip_parse("2001:db8:0::1", 13, b, NULL));
    assert_memory_equal(a, b, 16);
    /* only the n bytes count */
    assert_true(util_ip_parse("10.0.0.1, 10.0.0.2", 8, a, NULL));
    const char *bad[] = {"", "10.0.0", "10.0.0.256", "010.0.0.1", "0x7f.0.0.1", "1.2.3.4:80",
                         "[::1]", "::1%lo", "localhost", " 10.0.0.1", "10.0.0.1 ", "::g",
                         "1:2:3:4:5:6:7:8:9", "10.0.0.1/8"};
    for (size_t i = 0; i < UTIL_ARRAY_LEN(bad); i++)
        if (util_ip_parse(bad[i], strlen(bad[i]), a, NULL))
            fail_msg("\"%s\" read as an address", bad[i]);
    assert_false(util_ip_parse("10.0.0.1\0x", 10, a, NULL)); /* a NUL inside */
    char longest[100];
    memset(longest, '1', sizeof longest - 1);
    longest[sizeof longest - 1] = '\0';
    assert_false(util_ip_parse(longest, strlen(longest), a, NULL));
}

static void test_parse_list(void **state)
{
    (void)state;
    util_ipnet *nets = NULL;
    size_t n = 99;
    assert_true(util_ipnets_parse("", &nets, &n));
    assert_int_equal(n, 0);
    assert_null(nets);
    assert_true(util_ipnets_parse(" , \t,", &nets, &n));
    assert_int_equal(n, 0);
    assert_true(util_ipnets_parse("10.0.0.0/8, ::1 192.0.2.7,2001:db8::/32\t127.0.0.1/32",
                                  &nets, &n));
    assert_int_equal(n, 5);
    assert_int_equal(nets[0].prefix, 96 + 8);
    assert_int_equal(nets[1].prefix, 128);
    assert_int_equal(nets[2].prefix, 128);
    assert_int_equal(nets[3].prefix, 32);
    free(nets);
    assert_true(util_ipnets_parse("0.0.0.0/0 ::/0 10.1.2.3/8", NULL, NULL)); /* host bits set */
    const char *bad[] = {"10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/+8",
                         "10.0.0.0/8x", "10.0.0.0/0008", "10.0.0.0//8", "/8", "10.0.0.0/8;",
                         "10.0.0.1, localhost", "10.0.0.1; 10.0.0.2", "*", "10.0.0.0/8/8"};
    for (size_t i = 0; i < UTIL_ARRAY_LEN(bad); i++) {
        nets = (util_ipnet *)&n; /* untouched on failure */
        if (util_ipnets_parse(bad[i], &nets, &n))
            fail_msg("list \"%s\" accepted", bad[i]);
        assert_ptr_equal(nets, (util_ipnet *)&n);
    }
}

static void test_match(void **state)
{
    (void)state;
    assert_true(in_list("10.0.0.0/8", "10.255.1.2"));
    assert_false(in_list("10.0.0.0/8", "11.0.0.1"));
    assert_true(in_list("10.1.2.3/8", "10.9.9.9")); /* host bits ignored */
    assert_true(in_list("192.0.2.0/25", "192.0.2.127"));
    assert_false(in_list("192.0.2.0/25", "192.0.2.128"));
    assert_true(in_list("192.0.2.7", "192.0.2.7"));
    assert_false(in_list("192.0.2.7", "192.0.2.8"));
    /* an IPv4 peer as an IPv6 socket reports it */
    assert_true(in_list("127.0.0.0/8", "::ffff:127.0.0.1"));
    assert_true(in_list("127.0.0.1", "::ffff:127.0.0.1"));
    assert_true(in_list("::ffff:127.0.0.1", "127.0.0.1"));
    assert_false(in_list("127.0.0.0/8", "::1"));
    assert_false(in_list("::1", "127.0.0.1"));
    /* IPv6 blocks, odd prefix lengths */
    assert_true(in_list("2001:db8::/32", "2001:db8:ffff::1"));
    assert_false(in_list("2001:db8::/32", "2001:db9::1"));
    assert_true(in_list("2001:db8::/33", "2001:db8:7fff::1"));
    assert_false(in_list("2001:db8::/33", "2001:db8:8000::1"));
    assert_true(in_list("::/0", "2001:db8::1"));
    assert_true(in_list("0.0.0.0/0", "203.0.113.9"));
    assert_false(in_list("0.0.0.0/0", "2001:db8::1")); /* IPv4 only */
    assert_false(in_list("", "10.0.0.1"));
    assert_true(in_list("192.0.2.1 10.0.0.0/8, ::1", "::1"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_address),
        cmocka_unit_test(test_parse_list),
        cmocka_unit_test(test_match),
    };
    return cmocka_run_group_tests_name("util/ipnet", tests, NULL, NULL);
}
