/* test_render.c — unit tests of render/: escaping, Markdown to safe HTML,
 * the Atom feed.
 *
 * How: exact outputs for the ordinary cases; for hostile input, every output
 * goes through xml_check.h, an allow-list checker written apart from
 * markdown.c (only known elements and attributes, every href http, https,
 * mailto or relative, every link with rel="nofollow ugc noopener"), plus
 * targeted assertions.  Pathological inputs are timed at two sizes to show
 * the cost grows linearly.  The Atom output is checked for well-formedness
 * by xml_check.h and, when it is installed, by libxml2's xmllint.
 *
 * Must never: pass without asserting, or leak (runs under ASan/LSan). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "render/render.h"
#include "render/xml_check.h"

/* ---- helpers ------------------------------------------------------------- */

static char *md(util_arena *a, const char *s)
{
    return render_markdown(a, s, strlen(s));
}

/* Renders s and asserts the output satisfies the HTML allow-list. */
static char *md_safe(util_arena *a, const char *s, size_t n)
{
    char err[512];
    char *out = render_markdown(a, s, n);

    assert_non_null(out);
    if (xc_check(out, strlen(out), &xc_html_policy, err, sizeof err) != 0)
        fail_msg("unsafe output for input \"%.*s\": %s\n%.*s", (int)(n > 200 ? 200 : n), s, err,
                 2000, out);
    return out;
}

static void assert_md(const char *in, const char *want)
{
    util_arena *a = util_arena_new();
    char *out = md_safe(a, in, strlen(in));

    assert_string_equal(out, want);
    util_arena_free(a);
}

static char *xml_esc(const char *s, size_t n)
{
    util_buf b = {0};

    render_xml_escape(&b, s, n);
    util_buf_putc(&b, '\0'); /* make data non-NULL even when nothing was written */
    return util_buf_steal(&b);
}

/* ---- escaping ------------------------------------------------------------ */

static void test_html_escape(void **state)
{
    util_buf b = {0};
    (void)state;

    render_html_escape(&b, "a&b<c>d\"e'f", 11);
    assert_string_equal(b.data, "a&amp;b&lt;c&gt;d&quot;e&#39;f");
    b.len = 0;
    render_html_escape(&b, "plain é text", strlen("plain é text"));
    assert_string_equal(b.data, "plain é text");
    util_buf_free(&b);
}

static void test_html_escape_trusts_length(void **state)
{
    util_buf b = {0};
    (void)state;

    /* An embedded NUL is data; the byte after n is not read. */
    render_html_escape(&b, "<\0>&xyz", 4);
    assert_int_equal(b.len, strlen("&lt;") + 1 + strlen("&gt;&amp;"));
    assert_memory_equal(b.data, "&lt;\0&gt;&amp;", b.len);
    util_buf_free(&b);
}

static void test_html_escape_a(void **state)
{
    util_arena *a = util_arena_new();
    (void)state;

    assert_string_equal(render_html_escape_a(a, "<script>'x'</script>"),
                        "&lt;script&gt;&#39;x&#39;&lt;/script&gt;");
    assert_string_equal(render_html_escape_a(a, ""), "");
    assert_string_equal(render_html_escape_a(a, NULL), "");
    util_arena_free(a);
}

static void test_xml_escape_markup_and_controls(void **state)
{
    char in[40];
    char *out;
    size_t n = 0;
    (void)state;

    in[n++] = '<';
    for (int c = 1; c < 0x20; c++)
        in[n++] = (char)c;
    in[n++] = '&';
    in[n++] = '\'';
    in[n++] = 0x7F; /* DEL is allowed in XML 1.0 */
    out = xml_esc(in, n);
    assert_string_equal(out, "&lt;\t\n\r&amp;&#39;\x7F");
    free(out);
}

static void test_xml_escape_unicode(void **state)
{
    static const char ok[] = "é 漢 😀 \xE2\x80\xAE rtl \xEF\xBF\xBD";
    char *out;
    (void)state;

    out = xml_esc(ok, strlen(ok));
    assert_string_equal(out, ok); /* well-formed text passes untouched */
    free(out);
    /* U+FFFE and U+FFFF cannot appear in XML: dropped. */
    out = xml_esc("a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c", 9);
    assert_string_equal(out, "abc");
    free(out);
}

static void test_xml_escape_malformed_utf8(void **state)
{
    static const struct {
        const char *in;
        size_t n;
        const char *want;
    } cases[] = {
        {"a\xFF" "b", 3, "a\xEF\xBF\xBD" "b"},
        {"\xC0\xAF", 2, "\xEF\xBF\xBD\xEF\xBF\xBD"},                 /* overlong '/' */
        {"\xED\xA0\x80", 3, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"}, /* surrogate */
        {"\xF4\x90\x80\x80", 4,
         "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"}, /* > U+10FFFF */
        {"x\xC3", 2, "x\xEF\xBF\xBD"},                        /* cut at the end */
        {"\xE2\x82<", 3, "\xEF\xBF\xBD\xEF\xBF\xBD&lt;"},     /* cut before markup */
    };
    char err[256];
    (void)state;

    for (size_t i = 0; i < UTIL_ARRAY_LEN(cases); i++) {
        /* An exact-size heap copy, so ASan sees any read past n. */
        char *in = malloc(cases[i].n);
        char *out;
        memcpy(in, cases[i].in, cases[i].n);
        out = xml_esc(in, cases[i].n);
        assert_string_equal(out, cases[i].want);
        assert_int_equal(xc_text(out, strlen(out), false), 0);
        (void)err;
        free(out);
        free(in);
    }
}

/* ---- Markdown: what readers write ---------------------------------------- */

static void test_md_inline_and_blocks(void **state)
{
    (void)state;
    assert_md("hello *em* **strong** `code`", "<p>hello <em>em</em> <strong>strong</strong> "
                                              "<code>code</code></p>\n");
    assert_md("> quoted\n\n- one\n- two\n\n3. three\n4. four\n",
              "<blockquote>\n<p>quoted</p>\n</blockquote>\n"
              "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
              "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n");
    assert_md("```c\nif (a < b) {}\n```\n",
              "<pre><code class=\"language-c\">if (a &lt; b) {}\n</code></pre>\n");
    assert_md("a\n\n---\n\nb", "<p>a</p>\n<hr />\n<p>b</p>\n");
    assert_md("", "");
}

static void test_md_line_breaks_and_no_smart_punctuation(void **state)
{
    (void)state;
    /* A newline is a newline for readers (hard breaks). */
    assert_md("first line\nsecond line", "<p>first line<br />\nsecond line</p>\n");
    /* Quotes, dashes and ellipses are left as typed. */
    assert_md("\"Oui\" -- l'avis... --- fin",
              "<p>&quot;Oui&quot; -- l'avis... --- fin</p>\n");
}

static void test_md_headings_become_strong_paragraphs(void **state)
{
    (void)state;
    assert_md("# Big *title*", "<p><strong>Big <em>title</em></strong></p>\n");
    assert_md("Setext\n======\n\ntext", "<p><strong>Setext</strong></p>\n<p>text</p>\n");
    assert_md("> ### in a quote", "<blockquote>\n<p><strong>in a quote</strong></p>\n"
                                  "</blockquote>\n");
    assert_md("#\n\nafter", "<p>after</p>\n"); /* an empty heading vanishes */
}

static void test_md_links(void **state)
{
    (void)state;
    assert_md("[site](https://example.com/a?b=1&c=2)",
              "<p><a href=\"https://example.com/a?b=1&amp;c=2\" "
              "rel=\"nofollow ugc noopener\">site</a></p>\n");
    assert_md("[t](http://x.org \"A \\\"title\\\" <b>\")",
              "<p><a href=\"http://x.org\" title=\"A &quot;title&quot; &lt;b&gt;\" "
              "rel=\"nofollow ugc noopener\">t</a></p>\n");
    assert_md("[rel](../page#c-2) [q](?p=2) [frag](#top)",
              "<p><a href=\"../page#c-2\" rel=\"nofollow ugc noopener\">rel</a> "
              "<a href=\"?p=2\" rel=\"nofollow ugc noopener\">q</a> "
              "<a href=\"#top\" rel=\"nofollow ugc noopener\">frag</a></p>\n");
    assert_md("[me](MAILTO:a@b.fr) <https://auto.example/x> <reader@example.org>",
              "<p><a href=\"MAILTO:a@b.fr\" rel=\"nofollow ugc noopener\">me</a> "
              "<a href=\"https://auto.example/x\" rel=\"nofollow ugc noopener\">"
              "https://auto.example/x</a> "
              "<a href=\"mailto:reader@example.org\" rel=\"nofollow ugc noopener\">"
              "reader@example.org</a></p>\n");
    /* Bytes outside the URL set are percent-encoded, quotes never escape. */
    assert_md("[sp](<a b\"c'd>) [u](https://café.fr/ü)",
              "<p><a href=\"a%20b%22c&#39;d\" rel=\"nofollow ugc noopener\">sp</a> "
              "<a href=\"https://caf%C3%A9.fr/%C3%BC\" rel=\"nofollow ugc noopener\">u</a></p>\n");
    /* Emphasis inside the link text survives. */
    assert_md("[*a* `b`](/x)",
              "<p><a href=\"/x\" rel=\"nofollow ugc noopener\"><em>a</em> <code>b</code></a></p>\n");
}

static void test_md_images_become_links(void **state)
{
    (void)state;
    assert_md("![a *cat*](https://img.example/cat.png)",
              "<p><a href=\"https://img.example/cat.png\" rel=\"nofollow ugc noopener\">"
              "a cat</a></p>\n");
    /* No alt text: the URL is the link text. */
    assert_md("![](/img/x.png)",
              "<p><a href=\"/img/x.png\" rel=\"nofollow ugc noopener\">/img/x.png</a></p>\n");
    /* Inside a link an image is its alt text (no <a> inside <a>). */
    assert_md("[![logo](http://i.example/l.png)](http://example.com)",
              "<p><a href=\"http://example.com\" rel=\"nofollow ugc noopener\">logo</a></p>\n");
    /* A link inside an image description is flattened to text. */
    assert_md("![see [here](http://h) now](http://i/p.png)",
              "<p><a href=\"http://i/p.png\" rel=\"nofollow ugc noopener\">see here now</a></p>\n");
    /* A dangerous image URL keeps only the alt text. */
    assert_md("![x](javascript:alert(1))", "<p>x</p>\n");
    assert_md("![](javascript:alert(1))", "<p></p>\n");
}

/* ---- Markdown: hostile input --------------------------------------------- */

static void test_md_dangerous_links_become_text(void **state)
{
    static const char *const links[] = {
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:image/png;base64,iVBORw0KGgo=)",
        "[x](file:///etc/passwd)",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;&#x61;vascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](java&#9;script:alert(1))",
        "[x](java&#10;script:alert(1))",
        "[x](java&#13;script:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](<\x01javascript:alert(1)>)",
        "[x](< javascript:alert(1)>)",
        "[x](&#32;javascript:alert(1))",
        "[x](%20javascript:alert(1))",
        "[x](\\javascript:alert(1))",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:x>",
        "<data:text/html,<script>alert(1)</script>>",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[x]\n\n[x]: <javascript:alert(1)> \"t\"",
        "[x](jav\\ascript:alert(1))",
        "[x](ftp://example.com/)",
        "[x](blob:https://example.com/uuid)",
        "[x](chrome://settings)",
        "[x](intent://x#Intent;end)",
    };
    util_arena *a = util_arena_new();
    (void)state;

    for (size_t i = 0; i < UTIL_ARRAY_LEN(links); i++) {
        char *out = md_safe(a, links[i], strlen(links[i]));
        /* md_safe's checker allows only http(s), mailto and relative
         * hrefs; on top of it, none of these may link to the scheme. */
        assert_null(strstr(out, "<a href=\"java"));
        assert_null(strstr(out, "<a href=\"data:"));
        assert_null(strstr(out, "<a href=\"vbscript"));
    }
    /* Exactly: the link text remains, as text. */
    assert_string_equal(md(a, "[click](javascript:alert(1))"), "<p>click</p>\n");
    assert_string_equal(md(a, "<javascript:alert(1)>"), "<p>javascript:alert(1)</p>\n");
    /* Found by fuzz_markdown: the href is the URL as the browser reads it
     * (leading C0/space stripped, tab/LF/CR removed), not a percent-encoded
     * copy of the raw bytes that turned "\x1Chttps:" into a broken link. */
    assert_string_equal(md(a, "[r]\n\n[r]: \x1Chttps://x/a\n[t](<ht\ttp://y/ >)"),
                        "<p><a href=\"https://x/a\" rel=\"nofollow ugc noopener\">r</a></p>\n"
                        "<p><a href=\"http://y/\" rel=\"nofollow ugc noopener\">t</a></p>\n");
    /* A colon before any '/', '?' or '#' is a scheme, whatever precedes it. */
    assert_string_equal(md(a, "[x](%20javascript:alert(1))"), "<p>x</p>\n");
    assert_string_equal(md(a, "[x](:x) [y](/a:b) [z](?q=a:b)"),
                        "<p>x <a href=\"/a:b\" rel=\"nofollow ugc noopener\">y</a> "
                        "<a href=\"?q=a:b\" rel=\"nofollow ugc noopener\">z</a></p>\n");
    util_arena_free(a);
}

static void test_md_raw_html_tags_dropped(void **state)
{
    static const char *const inputs[] = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "text <script>alert(1)</script> more",
        "<img src=x onerror=alert(1)>",
        "a <img src=x onerror=alert(1)> b",
        "<a href=\"javascript:alert(1)\">x</a>",
        "x <b onmouseover=\"alert(1)\">bold</b>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<style>body{display:none}</style>",
        "<div style=\"position:fixed\">\n\nhi\n\n</div>",
        "<!-- comment --> visible",
        "<![CDATA[ x ]]>",
        "<?php echo 1; ?>",
        "<svg onload=alert(1)>",
        "<math><mtext><script>alert(1)</script></mtext></math>",
        "<script", /* unclosed */
        "<scr<script>ipt>alert(1)</script>",
        "<img src=x onerror=alert(1)",
        "`<script>` in code",
        "    <script>alert(1)</script>",
        "[<img src=x onerror=alert(1)>](http://x)",
        "*<img src=x onerror=alert(1)>*",
        "<details open ontoggle=alert(1)>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
    };
    util_arena *a = util_arena_new();
    (void)state;

    for (size_t i = 0; i < UTIL_ARRAY_LEN(inputs); i++) {
        char *out = md_safe(a, inputs[i], strlen(inputs[i]));
        assert_null(strstr(out, "<script"));
        assert_null(strstr(out, "<img"));
        assert_null(strstr(out, "<svg"));
        assert_null(strstr(out, "<iframe"));
        assert_null(strstr(out, "<style"));
        assert_null(strstr(out, "<!--"));
    }
    assert_string_equal(md(a, "text <script>alert(1)</script> more"),
                        "<p>text alert(1) more</p>\n");
    /* an HTML block loses its tags, not the words in and after them */
    assert_string_equal(md(a, "<script>alert(1)</script>"), "<p>alert(1)</p>\n");
    assert_string_equal(md(a, "<script"), "<p>&lt;script</p>\n"); /* no '>': not a tag */
    assert_string_equal(md(a, "<script>… texte"), "<p>… texte</p>\n");
    assert_string_equal(md(a, "<div>\n<b>Bonjour</b> & <i>merci</i>\n</div>"),
                        "<p>Bonjour &amp; merci</p>\n");
    assert_string_equal(md(a, "<!-- rien -->"), "");
    assert_string_equal(md(a, "Avant\n\n<div></div>\n\nAprès"), "<p>Avant</p>\n<p>Après</p>\n");
    assert_string_equal(md(a, "a <script"), "<p>a &lt;script</p>\n");
    assert_string_equal(md(a, "`<script>` in code"),
                        "<p><code>&lt;script&gt;</code> in code</p>\n");
    assert_string_equal(md(a, "<img src=x onerror=alert(1)"),
                        "<p>&lt;img src=x onerror=alert(1)</p>\n");
    util_arena_free(a);
}

static void test_md_text_passes_through(void **state)
{
    /* RIGHT-TO-LEFT OVERRIDE and friends are text, not markup. */
    static const char rtl[] = "abc \xE2\x80\xAE" "gpj.exe \xE2\x80\x8F \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D";
    util_arena *a = util_arena_new();
    char want[256];
    (void)state;

    snprintf(want, sizeof want, "<p>%s</p>\n", rtl);
    assert_string_equal(md_safe(a, rtl, strlen(rtl)), want);
    util_arena_free(a);
}

static void test_md_invalid_utf8_and_nul(void **state)
{
    static const char bad[] = "a\xFF" "b\0c\xC0\xAF<";
    util_arena *a = util_arena_new();
    char *out;
    (void)state;

    out = md_safe(a, bad, sizeof bad - 1);
    /* Every bad byte and the NUL become U+FFFD; the output is valid UTF-8
     * (xc_check verified it) and the NUL did not cut it short. */
    assert_non_null(strstr(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c"));
    assert_non_null(strstr(out, "&lt;</p>"));
    util_arena_free(a);
}

/* Found by fuzz_markdown: controls and noncharacters, typed or written as
 * references, reached the output. */
static void test_md_drops_characters_xml_cannot_carry(void **state)
{
    static const char in[] = "a\x01" "b\x12" "c\x7F d\xEF\xBF\xBE" "e\xEF\xBF\xBF" "f "
                             "&#1;&#x1F;&#xFFFE;&#65535;g\tt\r\nh [x](/a\x02" "b \"t\x03\")";
    util_arena *a = util_arena_new();
    (void)state;

    assert_string_equal(md_safe(a, in, sizeof in - 1),
                        "<p>abc\x7F def g\tt<br />\n"
                        "h <a href=\"/a%02b\" title=\"t\" rel=\"nofollow ugc noopener\">x</a></p>\n");
    util_arena_free(a);
}

static void test_md_long_word(void **state)
{
    size_t n = 10000;
    char *in = malloc(n + 1), *out;
    util_arena *a = util_arena_new();
    (void)state;

    memset(in, 'w', n);
    in[n] = '\0';
    out = md_safe(a, in, n);
    assert_int_equal(strlen(out), n + strlen("<p></p>\n"));
    /* The same word as a link target. */
    memcpy(in, "[x](http://", 11);
    in[n - 1] = ')';
    out = md_safe(a, in, n);
    assert_non_null(strstr(out, "<a href=\"http://www"));
    free(in);
    util_arena_free(a);
}

/* ---- pathological input: time must grow linearly -------------------------- */

typedef void (*gen_fn)(util_buf *b, size_t k);

static void gen_quotes(util_buf *b, size_t k)
{
    for (size_t i = 0; i < k; i++)
        util_buf_putc(b, '>');
    util_buf_puts(b, " deep\n");
}

static void gen_lists(util_buf *b, size_t k)
{
    for (size_t i = 0; i < k; i++) {
        for (size_t j = 0; j < i && j < 2 * 1000; j++)
            util_buf_putc(b, ' ');
        util_buf_puts(b, "- x\n");
    }
}

static void gen_list_markers(util_buf *b, size_t k)
{
    for (size_t i = 0; i < k; i++)
        util_buf_puts(b, "- ");
    util_buf_puts(b, "x\n");
}

static void gen_brackets(util_buf *b, size_t k)
{
    for (size_t i = 0; i < k; i++)
        util_buf_puts(b, "![");
    util_buf_puts(b, "x");
    for (size_t i = 0; i < k; i++)
        util_buf_puts(b, "](http://i/)");
}

static void gen_links(util_buf *b, size_t k)
{
    for (size_t i = 0; i < k; i++)
        util_buf_puts(b, "[a](javascript:x) [b](http://b) ![c](/c) ");
}

static void gen_emphasis(util_buf *b, size_t k)
{
    for (size_t i = 0; i < k; i++)
        util_buf_puts(b, "*a **b ");
    for (size_t i = 0; i < k; i++)
        util_buf_puts(b, "_");
}

static void gen_html(util_buf *b, size_t k)
{
    for (size_t i = 0; i < k; i++)
        util_buf_puts(b, "<a href=\"x\" ");
}

static void gen_backticks(util_buf *b, size_t k)
{
    for (size_t i = 0; i < k; i++) {
        for (size_t j = 0; j <= i % 50; j++)
            util_buf_putc(b, '`');
        util_buf_putc(b, 'x');
    }
}

static void gen_unclosed_links(util_buf *b, size_t k)
{
    for (size_t i = 0; i < k; i++)
        util_buf_puts(b, "[a](<b");
}

/* Best of three runs, in microseconds; the output is checked each time. */
/* The CPU time of this thread, in µs: unlike the wall clock, it does not
 * count the time other processes of a busy machine take the core. */
static int64_t thread_cpu_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static int64_t time_render(const char *s, size_t n)
{
    int64_t best = INT64_MAX;

    for (int r = 0; r < 3; r++) {
        util_arena *a = util_arena_new();
        int64_t t0 = thread_cpu_us(), dt;
        md_safe(a, s, n);
        dt = thread_cpu_us() - t0;
        if (dt < best)
            best = dt;
        util_arena_free(a);
    }
    return best;
}

static void test_md_pathological_inputs_are_linear(void **state)
{
    static const struct {
        const char *name;
        gen_fn gen;
        size_t k;
    } cases[] = {
        {"nested quotes", gen_quotes, 5000},  {"nested lists", gen_lists, 150},
        {"list markers", gen_list_markers, 3000}, {"nested images", gen_brackets, 1000},
        {"many links", gen_links, 500},       {"emphasis", gen_emphasis, 3000},
        {"html", gen_html, 3000},             {"backticks", gen_backticks, 3000},
        {"unclosed links", gen_unclosed_links, 3000},
    };
    (void)state;
    /* (ignored under AddressSanitizer, whose allocator is its own) */
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);

    for (size_t i = 0; i < UTIL_ARRAY_LEN(cases); i++) {
        util_buf small = {0}, big = {0};
        int64_t ts, tb;
        cases[i].gen(&small, cases[i].k);
        cases[i].gen(&big, cases[i].k * 16);
        ts = time_render(small.data, small.len);
        tb = time_render(big.data, big.len);
        print_message("  %-15s %7zu bytes %7lld us, %7zu bytes %7lld us\n", cases[i].name,
                      small.len, (long long)ts, big.len, (long long)tb);
        /* Linear: the time grows as the bytes do (16x for most, more for
         * the nested lists, whose lines grow too); quadratic would be the
         * square (256x).  Allow 5 times the growth in bytes, a margin
         * timings of a few milliseconds need, and ignore timings too short
         * to measure.  Timed in this thread's CPU time, best of three, so
         * that a loaded machine does not fail it.  glibc keeps large
         * blocks in its heap here (mallopt above): mapped afresh at each
         * allocation, the kernel's work of mapping and zeroing them,
         * counted in that time, made 16 times the bytes take 90-110 times
         * the time (emphasis, unclosed links; 18-25 times kept). */
        double grow = (double)big.len / (double)small.len;
        if (tb > 20000)
            assert_true((double)tb < 5 * grow * (double)(ts > 1000 ? ts : 1000));
        assert_true(tb < 5 * 1000 * 1000);
        util_buf_free(&small);
        util_buf_free(&big);
    }
}

/* ---- Atom ------------------------------------------------------------------ */

/* Undoes render_xml_escape's entities (enough to compare content). */
static char *xml_unescape(const char *s, size_t n)
{
    util_buf b = {0};
    static const struct {
        const char *ent;
        char c;
    } ents[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};

    for (size_t i = 0; i < n; i++) {
        size_t k;
        for (k = 0; k < UTIL_ARRAY_LEN(ents); k++) {
            size_t l = strlen(ents[k].ent);
            if (n - i >= l && memcmp(s + i, ents[k].ent, l) == 0) {
                util_buf_putc(&b, ents[k].c);
                i += l - 1;
                break;
            }
        }
        if (k == UTIL_ARRAY_LEN(ents))
            util_buf_putc(&b, s[i]);
    }
    util_buf_putc(&b, '\0');
    return util_buf_steal(&b);
}

/* Runs xmllint --noout on the text when xmllint is installed. */
static void xmllint_check(const char *xml)
{
    char path[] = "/tmp/causerie-atom-XXXXXX", cmd[128];
    int fd;
    FILE *f;

    if (access("/usr/bin/xmllint", X_OK) != 0) {
        print_message("  xmllint not installed (Debian libxml2-utils): "
                      "only the built-in well-formedness check ran\n");
        return;
    }
    fd = mkstemp(path);
    assert_true(fd >= 0);
    f = fdopen(fd, "w");
    assert_non_null(f);
    fputs(xml, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "/usr/bin/xmllint --noout %s", path);
    assert_int_equal(system(cmd), 0);
    unlink(path);
}

static size_t count(const char *s, const char *needle)
{
    size_t c = 0;
    for (const char *p = strstr(s, needle); p != NULL; p = strstr(p + 1, needle))
        c++;
    return c;
}

static void test_atom_feed(void **state)
{
    util_arena *a = util_arena_new();
    const char *md0 = "Bravo & *merci* <script>x</script> ]]> [l](http://x/?a=1&b=2)";
    const char *html0 = render_markdown(a, md0, strlen(md0));
    const render_feed_entry entries[] = {
        {12, "Pierre", html0, 1795687200000LL, 0, "https://news.example/article?id=1&p=2#comment-12"},
        {13, "<b>Élie</b> & \"co\" 'x' \x01\x1F\xEF\xBF\xBE", "<p>a\x02</p>\n",
         1795690800000LL, 1795691400000LL, "https://news.example/article#comment-13"},
        {14, NULL, "<p>no author, no link</p>", 1795694400000LL, 0, NULL},
    };
    const render_feed f = {
        "https://news.example/feeds/comments.atom?uri=%2Farticle&site=main",
        "Comments on \"Drones\" & <more>",
        "https://news.example/feeds/comments.atom?uri=%2Farticle&site=main",
        "https://news.example/article?id=1&p=2",
        1795600000000LL, entries, UTIL_ARRAY_LEN(entries),
    };
    util_buf out = {0};
    char err[256];
    (void)state;

    render_atom(&out, &f);
    if (xc_check(out.data, out.len, &xc_xml_document, err, sizeof err) != 0)
        fail_msg("feed is not well-formed: %s\n%s", err, out.data);
    xmllint_check(out.data);

    assert_non_null(strstr(out.data, "<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    assert_non_null(strstr(out.data, "<id>https://news.example/feeds/comments.atom?uri=%2Farticle"
                                     "&amp;site=main</id>"));
    assert_non_null(strstr(out.data, "<title>Comments on &quot;Drones&quot; &amp; &lt;more&gt;"
                                     "</title>"));
    /* The feed is as new as its newest entry. */
    assert_non_null(strstr(out.data, "  <updated>2026-11-26T12:00:00Z</updated>"));
    assert_non_null(strstr(out.data, "<link rel=\"self\" type=\"application/atom+xml\" "
                                     "href=\"https://news.example/feeds/comments.atom?uri="
                                     "%2Farticle&amp;site=main\"/>"));
    assert_non_null(strstr(out.data, "<link rel=\"alternate\" type=\"text/html\" "
                                     "href=\"https://news.example/article?id=1&amp;p=2\"/>"));
    assert_int_equal(count(out.data, "<entry>"), 3);
    assert_int_equal(count(out.data, "</entry>"), 3);
    assert_int_equal(count(out.data, "<author>"), 3);
    assert_int_equal(count(out.data, "<published>"), 3);
    assert_int_equal(count(out.data, "<updated>"), 4);

    /* Entry 12. */
    assert_non_null(strstr(out.data, "<id>https://news.example/article?id=1&amp;p=2#comment-12"
                                     "</id>\n    <title>Comment by Pierre</title>"));
    assert_non_null(strstr(out.data, "<published>2026-11-26T10:00:00Z</published>\n"
                                     "    <updated>2026-11-26T10:00:00Z</updated>"));
    {
        const char *c = strstr(out.data, "<content type=\"html\">");
        const char *end;
        char *back;
        assert_non_null(c);
        c += strlen("<content type=\"html\">");
        end = strstr(c, "</content>");
        assert_non_null(end);
        back = xml_unescape(c, (size_t)(end - c));
        assert_string_equal(back, html0);
        free(back);
    }
    /* Entry 13: hostile author escaped, characters XML cannot carry gone. */
    assert_non_null(strstr(out.data, "<title>Comment by &lt;b&gt;Élie&lt;/b&gt; &amp; "
                                     "&quot;co&quot; &#39;x&#39; </title>"));
    assert_non_null(strstr(out.data, "<name>&lt;b&gt;Élie&lt;/b&gt; &amp; &quot;co&quot; "
                                     "&#39;x&#39; </name>"));
    assert_non_null(strstr(out.data, "<published>2026-11-26T11:00:00Z</published>\n"
                                     "    <updated>2026-11-26T11:10:00Z</updated>"));
    assert_non_null(strstr(out.data, "<content type=\"html\">&lt;p&gt;a&lt;/p&gt;\n</content>"));
    /* Entry 14: defaults. */
    assert_non_null(strstr(out.data, "<id>https://news.example/feeds/comments.atom?uri=%2Farticle"
                                     "&amp;site=main#comment-14</id>\n"
                                     "    <title>Comment by Anonymous</title>"));
    assert_int_equal(count(out.data, "<link rel=\"alternate\""), 3);

    util_buf_free(&out);
    util_arena_free(a);
}

static void test_atom_empty_feed(void **state)
{
    const render_feed f = {"https://news.example/feeds/comments.atom?uri=%2Fx", NULL, NULL,
                           NULL, 1795687200000LL, NULL, 0};
    util_buf out = {0};
    char err[256];
    (void)state;

    render_atom(&out, &f);
    if (xc_check(out.data, out.len, &xc_xml_document, err, sizeof err) != 0)
        fail_msg("feed is not well-formed: %s\n%s", err, out.data);
    xmllint_check(out.data);
    assert_non_null(strstr(out.data, "<title>Comments</title>"));
    assert_non_null(strstr(out.data, "<updated>2026-11-26T10:00:00Z</updated>"));
    assert_null(strstr(out.data, "<entry>"));
    assert_null(strstr(out.data, "<link "));
    util_buf_free(&out);
}

/* The checker itself must reject what it is there to catch. */
static void test_checker_rejects_unsafe_html(void **state)
{
    static const char *const bad[] = {
        "<p>x",
        "<img src=\"x\" />",
        "<p onclick=\"x\">a</p>",
        "<a href=\"javascript:alert(1)\" rel=\"nofollow ugc noopener\">x</a>",
        "<a href=\"JavaScript:x\" rel=\"nofollow ugc noopener\">x</a>",
        "<a href=\"java script:x\" rel=\"nofollow ugc noopener\">x</a>",
        "<a href=\"http://x\">x</a>",
        "<p>a & b</p>",
        "<p>\x01</p>",
        "<p>\xFF</p>",
        "<!-- x -->",
        "<p a=b>x</p>",
    };
    char err[256];
    (void)state;

    for (size_t i = 0; i < UTIL_ARRAY_LEN(bad); i++)
        assert_int_not_equal(xc_check(bad[i], strlen(bad[i]), &xc_html_policy, err, sizeof err), 0);
    assert_int_equal(xc_check("<p>a &amp; <a href=\"/x\" rel=\"nofollow ugc noopener\">b</a>"
                              "<br /></p>",
                              strlen("<p>a &amp; <a href=\"/x\" rel=\"nofollow ugc noopener\">b</a>"
                                     "<br /></p>"),
                              &xc_html_policy, err, sizeof err),
                     0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_escape),
        cmocka_unit_test(test_html_escape_trusts_length),
        cmocka_unit_test(test_html_escape_a),
        cmocka_unit_test(test_xml_escape_markup_and_controls),
        cmocka_unit_test(test_xml_escape_unicode),
        cmocka_unit_test(test_xml_escape_malformed_utf8),
        cmocka_unit_test(test_checker_rejects_unsafe_html),
        cmocka_unit_test(test_md_inline_and_blocks),
        cmocka_unit_test(test_md_line_breaks_and_no_smart_punctuation),
        cmocka_unit_test(test_md_headings_become_strong_paragraphs),
        cmocka_unit_test(test_md_links),
        cmocka_unit_test(test_md_images_become_links),
        cmocka_unit_test(test_md_dangerous_links_become_text),
        cmocka_unit_test(test_md_raw_html_tags_dropped),
        cmocka_unit_test(test_md_text_passes_through),
        cmocka_unit_test(test_md_invalid_utf8_and_nul),
        cmocka_unit_test(test_md_drops_characters_xml_cannot_carry),
        cmocka_unit_test(test_md_long_word),
        cmocka_unit_test(test_md_pathological_inputs_are_linear),
        cmocka_unit_test(test_atom_feed),
        cmocka_unit_test(test_atom_empty_feed),
    };
    return cmocka_run_group_tests_name("render", tests, NULL, NULL);
}
