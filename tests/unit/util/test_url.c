/* test_url — util_page_url: a path goes on server.public_url; an absolute
 * uri is the link only when its origin is in site.origins (or "*"); any
 * other absolute uri, or none, gives public_url's root.  util_comment_url
 * drops the page's own fragment; util_origin_listed reads the list CORS
 * uses too; util_parse_id takes digits only. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "util/util.h"

static void check(const char *origins, const char *uri, const char *want)
{
    util_config c;
    memset(&c, 0, sizeof c);
    c.public_url = (char *)"https://comments.example";
    c.site_origins = (char *)origins;
    util_arena *a = util_arena_new();
    const char *got = util_page_url(a, &c, uri);
    if (strcmp(got, want) != 0)
        fail_msg("origins \"%s\", uri \"%s\": got \"%s\", want \"%s\"", origins ? origins : "(null)",
                 uri ? uri : "(null)", got, want);
    util_arena_free(a);
}

static void test_paths(void **state)
{
    (void)state;
    check("", "/2026/11/article", "https://comments.example/2026/11/article");
    check("", "article", "https://comments.example/article");
    check("", NULL, "https://comments.example/");
    check("", "", "https://comments.example/");
    /* not absolute http(s): a path on our host whatever it holds */
    check("", "javascript:alert(1)", "https://comments.example/javascript:alert(1)");
    check("", "//evil.example/x", "https://comments.example//evil.example/x");
    /* what a URL may not hold as it is, escaped; the rest (UTF-8, #, %) kept */
    check("", "/a b/<x>\"q\"", "https://comments.example/a%20b/%3Cx%3E%22q%22");
    check("", "/tab\there\x7f", "https://comments.example/tab%09here%7F");
    check("", "/été#top", "https://comments.example/été#top");
    check("https://news.example", "https://news.example/a b", "https://news.example/a%20b");
}

static void test_absolute(void **state)
{
    (void)state;
    const char *o = "https://news.example, https://www.news.example/";
    check(o, "https://news.example/2026/article", "https://news.example/2026/article");
    check(o, "HTTPS://WWW.NEWS.EXAMPLE/a?b#c", "HTTPS://WWW.NEWS.EXAMPLE/a?b#c");
    check(o, "https://evil.example/login", "https://comments.example/");
    check(o, "https://news.example.evil.example/x", "https://comments.example/");
    check(o, "http://news.example/x", "https://comments.example/");   /* another origin */
    check("", "https://news.example/x", "https://comments.example/");
    check(NULL, "https://news.example/x", "https://comments.example/");
    check("*", "https://anywhere.example/x", "https://anywhere.example/x");
    check(o, "https://", "https://comments.example/https://");   /* no host: not a URL */
}

static void test_comment_url_and_origins(void **state)
{
    (void)state;
    util_arena *a = util_arena_new();
    util_config c = {.public_url = "https://comments.example"};
    assert_string_equal(util_comment_url(a, &c, "/b#frag", 7),
                        "https://comments.example/b#causerie-comment-7");
    assert_string_equal(util_comment_url(a, &c, "/b", 8), "https://comments.example/b#causerie-comment-8");
    const char *list = " https://a.example/ ,HTTPS://B.example:8443";
    assert_true(util_origin_listed(list, "https://a.example", 17));
    assert_true(util_origin_listed(list, "https://b.example:8443", 22));
    assert_false(util_origin_listed(list, "https://b.example", 17));
    assert_false(util_origin_listed(list, "https://a.example.evil", 22));
    assert_false(util_origin_listed("", "https://a.example", 17));
    assert_true(util_origin_listed("*", "https://any.example", 19));
    util_arena_free(a);
}

static void test_parse_id(void **state)
{
    (void)state;
    int64_t v = -1;
    assert_true(util_parse_id("42", &v));
    assert_int_equal(v, 42);
    assert_true(util_parse_id("9223372036854775807", &v));
    const char *bad[] = {NULL, "", "0", "-3", "+3", " 3", "3 ", "3a", "1e3", "9223372036854775808"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        v = -1;
        assert_false(util_parse_id(bad[i], &v));
        assert_int_equal(v, -1);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_paths),
        cmocka_unit_test(test_absolute),
        cmocka_unit_test(test_comment_url_and_origins),
        cmocka_unit_test(test_parse_id),
    };
    return cmocka_run_group_tests_name("util/url", tests, NULL, NULL);
}
