/* test_text — util_utf8_scrub: a byte that starts no well-formed UTF-8
 * sequence (a stray continuation byte, a cut sequence, an overlong form, a
 * surrogate, past U+10FFFF, 0xF5-0xFF) becomes the replacement given, one
 * per byte, and the next byte is tried; well-formed text is kept as it is,
 * except that the LINE mode turns controls (C0, DEL, C1, U+2028, U+2029,
 * U+FEFF) into spaces and the TEXT mode keeps LF and TAB and turns CR LF
 * and a lone CR into LF.  The outputs are those of the loops it replaced
 * (api/comments.c's User-Agent cleaning, notify/mail.c's text cleaning). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "util/util.h"

#define FFFD "\xEF\xBF\xBD"

static void check(const char *in, size_t n, const char *bad, util_utf8_scrub_mode mode,
                  const char *want)
{
    util_buf b = {0};
    util_utf8_scrub(&b, in, n, bad, mode);
    const char *got = b.data ? b.data : "";
    if (b.len != strlen(want) || memcmp(got, want, b.len) != 0)
        fail_msg("mode %d, %zu bytes: got \"%s\", want \"%s\"", (int)mode, n, got, want);
    util_buf_free(&b);
}

#define BYTES(in, want) check(in, sizeof in - 1, "?", UTIL_UTF8_SCRUB_BYTES, want)
#define LINE(in, want) check(in, sizeof in - 1, FFFD, UTIL_UTF8_SCRUB_LINE, want)
#define TEXT(in, want) check(in, sizeof in - 1, FFFD, UTIL_UTF8_SCRUB_TEXT, want)

static void test_bad_bytes(void **state)
{
    (void)state;
    BYTES("", "");
    BYTES("Mozilla/5.0 (X11; Linux x86_64)", "Mozilla/5.0 (X11; Linux x86_64)");
    BYTES("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80", "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80");
    BYTES("caf\xE9 bar", "caf? bar");                /* Latin-1 */
    BYTES("\x80\xBF", "??");                          /* stray continuations */
    BYTES("a\xE2\x82", "a??");                        /* cut at the end */
    BYTES("\xE2\x82" "A", "??A");                     /* cut before ASCII */
    BYTES("\xF0\x9F\x98" "\xC3\xA9", "???\xC3\xA9");  /* cut before a good one */
    BYTES("\xC0\xAF\xE0\x80\xAF", "?????");           /* overlong '/' */
    BYTES("\xED\xA0\x80", "???");                     /* a surrogate */
    BYTES("\xF4\x90\x80\x80", "????");                /* past U+10FFFF */
    BYTES("\xF5\xFF\xFE", "???");
    /* controls stay in this mode */
    BYTES("a\tb\r\nc\x7F\xC2\x85\xE2\x80\xA8\xEF\xBB\xBF",
          "a\tb\r\nc\x7F\xC2\x85\xE2\x80\xA8\xEF\xBB\xBF");
    /* the replacement is any string */
    check("x\xFFy", 3, FFFD, UTIL_UTF8_SCRUB_BYTES, "x" FFFD "y");
    check("x\xFFy", 3, "", UTIL_UTF8_SCRUB_BYTES, "xy");
}

static void test_line(void **state)
{
    (void)state;
    LINE("Re: caf\xC3\xA9", "Re: caf\xC3\xA9");
    LINE("a\r\nBcc: x@y", "a  Bcc: x@y");             /* no header can be added */
    LINE("a\tb\nc\rd\x01\x1F\x7F", "a b c d   ");
    LINE("\xC2\x80\xC2\x9F\xC2\xA0", "  \xC2\xA0");    /* C1 controls; NBSP stays */
    LINE("\xE2\x80\xA8\xE2\x80\xA9\xEF\xBB\xBF\xE2\x80\xAF", "   \xE2\x80\xAF");
    LINE("caf\xE9\r", "caf" FFFD " ");
    check("a\0b", 3, FFFD, UTIL_UTF8_SCRUB_LINE, "a b");  /* a NUL within n */
}

static void test_text(void **state)
{
    (void)state;
    TEXT("one\ntwo\tthree", "one\ntwo\tthree");
    TEXT("one\r\ntwo\rthree\r", "one\ntwo\nthree\n");
    TEXT("\r\r\n", "\n\n");
    TEXT("a\x0B\x0C\x7F\xC2\x85\xE2\x80\xA8" "b", "a     b");
    TEXT("\xEF\xBB\xBFtitle", " title");
    TEXT("\xC3\x28\n", FFFD "(\n");
}

/* util_tsv_unescape: the escapes of our data files, read back in place */
static void test_tsv_unescape(void **state)
{
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"one\\ntwo\\tthree", "one\ntwo\tthree"},
        {"a\\\\nb", "a\\nb"},   /* an escaped backslash, then "nb" */
        {"\\x\\", "x\\"},      /* other bytes: the backslash dropped; a last one kept */
        {"plain", "plain"},
        {"", ""},
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char buf[64];
        snprintf(buf, sizeof buf, "%s", cases[i].in);
        util_tsv_unescape(buf);
        assert_string_equal(buf, cases[i].out);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bad_bytes),
        cmocka_unit_test(test_line),
        cmocka_unit_test(test_text),
        cmocka_unit_test(test_tsv_unescape),
    };
    return cmocka_run_group_tests_name("util/text", tests, NULL, NULL);
}
