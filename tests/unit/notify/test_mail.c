/* test_mail — mail composition (notify/mail.c) and the mail builders
 * (notify/templates.c).
 *
 * How: decoders written here, apart from mail.c (quoted-printable, RFC 2047
 * B encoded-words, header unfolding), check that what is composed decodes
 * back to what went in; structural checks (CRLF only, 7-bit, line lengths,
 * one header per line, the multipart skeleton) run on every message; hostile
 * values (CR/LF, fake encoded-words, invalid UTF-8, long words) try to add a
 * header or a part and must not.  The builders are checked for escaping and
 * for links whose tokens verify.
 *
 * Must never: pass without asserting, or leak (runs under ASan/LSan). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notify/notify_int.h"

/* ---- decoders written for the test ------------------------------------------ */

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1; /* lower case is not what we emit */
}

/* Quoted-printable to bytes (CRLF kept as CRLF); fails the test on bad
 * syntax or a line over 76 characters. */
static void qp_decode(const char *s, size_t n, util_buf *out)
{
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r') {
            assert_true(i + 1 < n && s[i + 1] == '\n');
            util_buf_puts(out, "\r\n");
            i++;
            col = 0;
            continue;
        }
        assert_true(s[i] != '\n');
        col++;
        assert_true(col <= 76);
        if (s[i] != '=') {
            assert_true((s[i] >= 33 && s[i] <= 126) || s[i] == ' ' || s[i] == '\t');
            if (s[i] == ' ' || s[i] == '\t') /* never at the end of a line */
                assert_true(i + 1 < n && s[i + 1] != '\r');
            util_buf_putc(out, s[i]);
            continue;
        }
        assert_true(i + 2 < n);
        if (s[i + 1] == '\r') { /* soft line break */
            assert_true(s[i + 2] == '\n');
            i += 2;
            col = 0;
            continue;
        }
        int h = hexval(s[i + 1]), l = hexval(s[i + 2]);
        assert_true(h >= 0 && l >= 0);
        util_buf_putc(out, (char)(h * 16 + l));
        i += 2;
        col += 2;
    }
}

/* Unfolds one header's value (the text after "Name:"), and decodes B
 * encoded-words (whitespace between two of them is dropped). */
static char *header_value(util_arena *a, const char *msg, const char *name, int *count)
{
    size_t nl = strlen(name);
    const char *end = strstr(msg, "\r\n\r\n");
    assert_non_null(end);
    char *found = NULL;
    *count = 0;
    for (const char *p = msg; p < end;) {
        const char *eol = strstr(p, "\r\n");
        if (strncasecmp(p, name, nl) == 0 && p[nl] == ':') {
            (*count)++;
            util_buf raw = {0};
            util_buf_append(&raw, p + nl + 1, (size_t)(eol - p - nl - 1));
            while (eol[2] == ' ' || eol[2] == '\t') { /* continuation */
                const char *next = strstr(eol + 2, "\r\n");
                util_buf_append(&raw, eol + 2, (size_t)(next - eol - 2));
                eol = next;
            }
            /* decode */
            util_buf dec = {0};
            const char *q = raw.data;
            bool prev_word = false;
            while (*q) {
                if (strncmp(q, "=?UTF-8?B?", 10) == 0) {
                    const char *close = strstr(q + 10, "?=");
                    assert_non_null(close);
                    assert_true(close + 2 - q <= 75);
                    unsigned char bin[128];
                    size_t bl = 0;
                    assert_int_equal(sodium_base642bin(bin, sizeof bin, q + 10,
                                                       (size_t)(close - q - 10), NULL, &bl, NULL,
                                                       sodium_base64_VARIANT_ORIGINAL),
                                     0);
                    util_buf_append(&dec, bin, bl);
                    q = close + 2;
                    prev_word = true;
                    continue;
                }
                if (*q == ' ' && prev_word) {
                    const char *r = q;
                    while (*r == ' ')
                        r++;
                    if (strncmp(r, "=?UTF-8?B?", 10) == 0) {
                        q = r;
                        continue;
                    }
                }
                prev_word = false;
                util_buf_putc(&dec, *q++);
            }
            const char *v = dec.data ? dec.data : "";
            while (*v == ' ')
                v++;
            found = util_arena_strdup(a, v);
            util_buf_free(&dec);
            util_buf_free(&raw);
        }
        p = eol + 2;
    }
    return found;
}

/* Structure every message must have: 7-bit, CRLF only, header lines of at
 * most 76 characters (998 for List-Unsubscribe), each one a header or a
 * continuation. */
static void check_structure(const char *msg, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)msg[i];
        assert_true(c < 0x80);
        assert_true(c != 0);
        if (c == '\n')
            assert_true(i > 0 && msg[i - 1] == '\r');
        if (c == '\r')
            assert_true(i + 1 < len && msg[i + 1] == '\n');
    }
    const char *end = strstr(msg, "\r\n\r\n");
    assert_non_null(end);
    for (const char *p = msg; p < end + 2;) {
        const char *eol = strstr(p, "\r\n");
        size_t n = (size_t)(eol - p);
        if (strncmp(p, "List-Unsubscribe:", 17) == 0)
            assert_true(n <= 998);
        else
            assert_true(n <= 76);
        if (*p != ' ' && *p != '\t') {
            const char *colon = memchr(p, ':', n);
            assert_non_null(colon);
            for (const char *k = p; k < colon; k++)
                assert_true((*k >= 'A' && *k <= 'Z') || (*k >= 'a' && *k <= 'z') || *k == '-');
        }
        p = eol + 2;
    }
}

/* The boundary of the message, and its two parts' decoded bodies. */
static void split_parts(util_arena *a, const char *msg, char **text, char **html)
{
    const char *b = strstr(msg, "boundary=\"");
    assert_non_null(b);
    b += 10;
    char *boundary = util_arena_strndup(a, b, strcspn(b, "\""));
    assert_true(strncmp(boundary, "=_", 2) == 0);
    char *delim = util_arena_printf(a, "\r\n--%s\r\n", boundary);
    char *close = util_arena_printf(a, "\r\n--%s--\r\n", boundary);
    const char *p1 = strstr(msg, delim);
    assert_non_null(p1);
    const char *p2 = strstr(p1 + 1, delim);
    assert_non_null(p2);
    const char *p3 = strstr(p2 + 1, close);
    assert_non_null(p3);
    assert_null(strstr(p2 + 1, delim)); /* exactly two parts */
    assert_string_equal(p3 + strlen(close), "");
    const char *bounds[2][2] = {{p1 + strlen(delim), p2}, {p2 + strlen(delim), p3}};
    const char *types[2] = {"text/plain", "text/html"};
    char **outs[2] = {text, html};
    for (int i = 0; i < 2; i++) {
        const char *h = bounds[i][0];
        const char *body = strstr(h, "\r\n\r\n");
        assert_true(body && body < bounds[i][1]);
        char *head = util_arena_strndup(a, h, (size_t)(body - h));
        assert_non_null(strstr(head, types[i]));
        assert_non_null(strstr(head, "charset=utf-8"));
        assert_non_null(strstr(head, "Content-Transfer-Encoding: quoted-printable"));
        body += 4;
        util_buf d = {0};
        qp_decode(body, (size_t)(bounds[i][1] - body), &d);
        *outs[i] = util_arena_strdup(a, d.data ? d.data : "");
        util_buf_free(&d);
    }
}

/* "\n" -> "\r\n", for comparing decoded bodies with what went in (the
 * CRLF before a boundary belongs to the boundary, RFC 2046 5.1.1). */
static char *crlf(util_arena *a, const char *s)
{
    util_buf b = {0};
    util_buf_reserve(&b, 0);
    for (; *s; s++) {
        if (*s == '\n')
            util_buf_putc(&b, '\r');
        util_buf_putc(&b, *s);
    }
    char *r = util_arena_strdup(a, b.data);
    util_buf_free(&b);
    return r;
}

static notify_mail base_mail(void)
{
    return (notify_mail){
        .from_name = "Le Quotidien",
        .from_addr = "commentaires@quotidien.example",
        .to_addr = "lectrice@example.org",
        .subject = "Nouveau commentaire",
        .text = "Bonjour.\nDeuxième ligne.",
        .html = "<p>Bonjour.</p>",
        .message_id = "causerie-1-abc@quotidien.example",
        .date_ms = 1800000000000LL,
        .lang = "fr",
    };
}

static char *compose(util_arena *a, const notify_mail *m)
{
    util_buf b = {0};
    char err[256];
    if (!notify_mail_compose(&b, m, err, sizeof err))
        fail_msg("compose failed: %s", err);
    check_structure(b.data, b.len);
    char *r = util_arena_strdup(a, b.data);
    util_buf_free(&b);
    return r;
}

/* ---- tests ------------------------------------------------------------------ */

static void test_header_encoding(void **state)
{
    util_arena *a = util_arena_new();
    const char *values[] = {
        "Hello world",
        "Nouveau commentaire sur « Tramway : le tracé de la ligne C »",
        "תגובה חדשה על הכתבה",
        "تعليق جديد على المقال",
        "A very long plain ASCII subject that goes on and on well past the seventy-eight "
        "column limit of RFC 5322 so that it has to be folded at least twice, maybe thrice",
        "Supercalifragilisticexpialidocious_is_a_very_long_word_without_any_space_in_it_at_all_x",
        "😀 emoji 🎉 and accents éèà ✓ mixed with ASCII words to cross a line boundary here",
        "=?UTF-8?B?QmNjOiB4?= looks encoded",
    };
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        util_buf b = {0};
        notify_mail_header(&b, "Subject", values[i]);
        util_buf_puts(&b, "\r\n");
        check_structure(b.data, b.len);
        int count;
        char *v = header_value(a, b.data, "Subject", &count);
        assert_int_equal(count, 1);
        assert_string_equal(v, values[i]);
        util_buf_free(&b);
    }
    /* Plain short ASCII stays readable. */
    util_buf b = {0};
    notify_mail_header(&b, "Subject", "Hello world");
    assert_string_equal(b.data, "Subject: Hello world\r\n");
    util_buf_free(&b);
    util_arena_free(a);
}

static void test_header_injection(void **state)
{
    util_arena *a = util_arena_new();
    const char *attacks[] = {
        "Titre\r\nBcc: victim@example.org",
        "Titre\nBcc: victim@example.org",
        "Titre\rBcc: victim@example.org",
        "Titre\r\n\r\n<html>body</html>",
        "Titre\xe2\x80\xa8" "Bcc: victim@example.org",   /* U+2028 */
        "Titre\xc2\x85" "Bcc: victim@example.org",       /* NEL */
        "Titre\x00hidden",
        "Titre \xff\xfe invalid UTF-8 \xc3",
    };
    for (size_t i = 0; i < sizeof attacks / sizeof *attacks; i++) {
        util_buf b = {0};
        notify_mail_header(&b, "Subject", attacks[i]);
        util_buf_puts(&b, "\r\n");
        check_structure(b.data, b.len);
        int count;
        char *v = header_value(a, b.data, "Subject", &count);
        assert_int_equal(count, 1);
        assert_null(strchr(v, '\r'));
        assert_null(strchr(v, '\n'));
        assert_int_equal(header_value(a, b.data, "Bcc", &count) == NULL, 1);
        assert_int_equal(count, 0);
        util_buf_free(&b);
    }
    /* The flattened text keeps the words. */
    util_buf b = {0};
    notify_mail_header(&b, "Subject", "Titre\r\nBcc: victim@example.org");
    assert_string_equal(b.data, "Subject: Titre Bcc: victim@example.org\r\n");
    util_buf_free(&b);
    util_arena_free(a);
}

static void test_addresses(void **state)
{
    const char *good[] = {"a@b.example", "first.last+tag@sub.example.org", "x_y-z@a-b.example",
                          "o'neil@example.ie"};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        assert_true(notify_mail_addr_ok(good[i]));
    const char *bad[] = {NULL, "", "a", "@b.example", "a@", "a b@c.example", "a@b .example",
                         "a@b.example\r\nBcc: c@d.example", "a@b.example, c@d.example",
                         "<a@b.example>", "\"a\"@b.example", "a..b@c.example", ".a@b.example",
                         "a.@b.example", "a@-b.example", "a@b-.example", "a@b..example",
                         "é@b.example", "a@é.example", "a@b.example>", "a(b)@c.example",
                         "a@[127.0.0.1]"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_false(notify_mail_addr_ok(bad[i]));
    char long_local[80];
    memset(long_local, 'a', 65);
    strcpy(long_local + 65, "@b.example");
    assert_false(notify_mail_addr_ok(long_local));

    /* compose refuses instead of writing a bad envelope or header */
    util_buf b = {0};
    char err[256];
    notify_mail m = base_mail();
    m.to_addr = "lectrice@example.org\r\nBcc: victim@example.org";
    assert_false(notify_mail_compose(&b, &m, err, sizeof err));
    assert_non_null(strstr(err, "recipient"));
    m = base_mail();
    m.from_addr = "x y@z.example";
    assert_false(notify_mail_compose(&b, &m, err, sizeof err));
    m = base_mail();
    m.message_id = "no-at-sign";
    assert_false(notify_mail_compose(&b, &m, err, sizeof err));
    m = base_mail();
    m.unsubscribe_url = "https://x.example/u?t=1>\r\nBcc: v@x.example";
    assert_false(notify_mail_compose(&b, &m, err, sizeof err));
    m = base_mail();
    m.unsubscribe_url = "javascript:alert(1)";
    assert_false(notify_mail_compose(&b, &m, err, sizeof err));
    m = base_mail();
    m.list_id = "a b.example";
    assert_false(notify_mail_compose(&b, &m, err, sizeof err));
    m = base_mail();
    m.subject = NULL;
    assert_false(notify_mail_compose(&b, &m, err, sizeof err));
    assert_int_equal(b.len, 0); /* nothing written on refusal */
    util_buf_free(&b);
}

static void test_message_structure(void **state)
{
    util_arena *a = util_arena_new();
    notify_mail m = base_mail();
    m.from_name = "Le \"Quotidien\" \\ du soir";
    m.subject = "Réponse à « Drones » — été 2026";
    m.references = "causerie-thread-7@quotidien.example";
    m.list_name = "Le Quotidien (commentaires)";
    m.list_id = "default.quotidien.example";
    m.unsubscribe_url = "https://quotidien.example/subscriptions/unsubscribe?token=AVUAAA_-x";
    m.text = "Ligne un.\n.\n.. deux points\nFrom the start\nTrailing spaces   \n"
             "A = sign, a tab\there, and a long line that goes on and on well past seventy-six "
             "characters without any break at all, éèà ✓.\n\nFin.";
    m.html = "<p>Bonjour &amp; <b>bienvenue</b></p>\n<p>=_causerie_ and --=_ inside</p>";
    char *msg = compose(a, &m);
    int count;
    assert_string_equal(header_value(a, msg, "Subject", &count), m.subject);
    assert_int_equal(count, 1);
    assert_string_equal(header_value(a, msg, "From", &count),
                        "\"Le \\\"Quotidien\\\" \\\\ du soir\" <commentaires@quotidien.example>");
    assert_string_equal(header_value(a, msg, "To", &count), "<lectrice@example.org>");
    assert_string_equal(header_value(a, msg, "Message-ID", &count),
                        "<causerie-1-abc@quotidien.example>");
    assert_string_equal(header_value(a, msg, "References", &count),
                        "<causerie-thread-7@quotidien.example>");
    assert_string_equal(header_value(a, msg, "Date", &count), "Fri, 15 Jan 2027 08:00:00 +0000");
    assert_string_equal(header_value(a, msg, "MIME-Version", &count), "1.0");
    assert_string_equal(header_value(a, msg, "Auto-Submitted", &count), "auto-generated");
    assert_string_equal(header_value(a, msg, "Content-Language", &count), "fr");
    assert_string_equal(header_value(a, msg, "List-Id", &count),
                        "\"Le Quotidien (commentaires)\" <default.quotidien.example>");
    assert_string_equal(header_value(a, msg, "List-Unsubscribe", &count),
                        "<https://quotidien.example/subscriptions/unsubscribe?token=AVUAAA_-x>");
    assert_string_equal(header_value(a, msg, "List-Unsubscribe-Post", &count),
                        "List-Unsubscribe=One-Click");
    assert_non_null(strstr(header_value(a, msg, "Content-Type", &count), "multipart/alternative"));
    char *text, *html;
    split_parts(a, msg, &text, &html);
    assert_string_equal(text, crlf(a, m.text));
    assert_string_equal(html, crlf(a, m.html));
    /* A "." alone on a line can never end the SMTP data early. */
    assert_null(strstr(msg, "\r\n.\r\n"));
    /* Non-ASCII display names become encoded-words. */
    m = base_mail();
    m.from_name = "Élie Zeitouni — rédaction";
    msg = compose(a, &m);
    assert_string_equal(header_value(a, msg, "From", &count),
                        "Élie Zeitouni — rédaction <commentaires@quotidien.example>");
    assert_null(strstr(msg, "List-Unsubscribe")); /* only when given */
    util_arena_free(a);
}

static void test_qp_round_trip(void **state)
{
    util_arena *a = util_arena_new();
    /* Pseudo-random bodies (fixed seed): any bytes but CR and LF come back. */
    unsigned seed = 12345;
    for (int round = 0; round < 300; round++) {
        size_t n = (size_t)(round * 7 % 500);
        char *in = util_arena_alloc(a, n + 1);
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = (seed >> 16) % 100;
            in[i] = r < 8 ? '\n' : r < 16 ? ' ' : r < 20 ? '.' : r < 24 ? '=' : r < 30 ? '\t'
                  : r < 60 ? (char)('a' + r % 26) : (char)(1 + (seed >> 8) % 255);
            if (in[i] == '\r')
                in[i] = 'x';
        }
        util_buf out = {0}, dec = {0};
        notify_mail_qp(&out, in, n);
        for (size_t i = 0; i < out.len; i++)
            assert_true((unsigned char)out.data[i] < 0x80);
        qp_decode(out.data, out.len, &dec);
        /* what went in, LF as CRLF, with a final line break */
        util_buf want = {0};
        for (size_t i = 0; i < n; i++) {
            if (in[i] == '\n')
                util_buf_putc(&want, '\r');
            util_buf_putc(&want, in[i]);
        }
        if (n == 0 || in[n - 1] != '\n')
            util_buf_puts(&want, "\r\n");
        assert_int_equal(dec.len, want.len);
        assert_memory_equal(dec.data, want.data, want.len);
        util_buf_free(&out);
        util_buf_free(&dec);
        util_buf_free(&want);
    }
    util_arena_free(a);
}

/* The builders: reader's text escaped in HTML, links that verify. */
static void test_builders(void **state)
{
    util_arena *a = util_arena_new();
    util_config cfg;
    char err[256];
    assert_true(util_config_load(&cfg, NULL, err, sizeof err));
    free(cfg.smtp_from);
    cfg.smtp_from = xstrdup("Le Quotidien <commentaires@quotidien.example>");
    free(cfg.public_url);
    cfg.public_url = xstrdup("https://quotidien.example");
    static const unsigned char secret[32] = "notify builders test secret.....";
    notify__ctx x;
    assert_true(notify__ctx_init(&x, a, &cfg, secret, err, sizeof err));
    assert_string_equal(x.from_addr, "commentaires@quotidien.example");
    assert_string_equal(x.from_name, "Le Quotidien");

    store_subscription sub = {.id = 77, .site = "default", .thread_id = 5,
                              .email = "lectrice@example.org", .kind = "all",
                              .uri = "/article/drones", .title = "Drones <b>& co</b>",
                              .confirmed = 1};
    store_thread th = {.id = 5, .site = "default", .uri = "/article/drones",
                       .title = "Drones <b>& co</b>"};
    store_comment c = {.id = 901, .thread_id = 5, .author = "Ève <script>",
                       .text = "</blockquote><script>alert(1)</script>\nligne 2",
                       .status = STORE_PUBLISHED};
    notify_mail m;
    notify__mail_notify(a, &x, 1234, &sub, &th, &c, &m);
    char *msg = compose(a, &m);
    char *text, *html;
    split_parts(a, msg, &text, &html);
    assert_null(strstr(html, "<script>"));
    assert_null(strstr(html, "<b>&"));
    assert_non_null(strstr(html, "&lt;/blockquote&gt;&lt;script&gt;alert(1)&lt;/script&gt;<br>"));
    assert_non_null(strstr(html, "Drones &lt;b&gt;&amp; co&lt;/b&gt;"));
    /* the reader's lines are quoted in the text part (templates.c, text_quote) */
    assert_non_null(strstr(text, "> </blockquote><script>alert(1)</script>\r\n> ligne 2"));
    assert_non_null(strstr(text, "https://quotidien.example/article/drones#causerie-comment-901"));
    int count;
    assert_string_equal(header_value(a, msg, "Subject", &count),
                        "Nouveau commentaire sur « \u2068Drones <b>& co</b>\u2069 »");
    /* The unsubscribe link verifies and names the subscription. */
    const char *lu = header_value(a, msg, "List-Unsubscribe", &count);
    const char *tok = strstr(lu, "token=");
    assert_non_null(tok);
    char *t = util_arena_strndup(a, tok + 6, strcspn(tok + 6, ">"));
    int64_t id = 0;
    assert_int_equal(notify_token_verify(a, secret, t, NOTIFY_TOKEN_UNSUBSCRIBE,
                                         util_now_ms() + 365LL * 86400000, &id, NULL),
                     NOTIFY_TOKEN_OK);
    assert_int_equal(id, 77);
    assert_non_null(strstr(msg, "Message-ID: <causerie-1234-"));

    /* Confirmation: a confirm link for the subscription, no list headers. */
    sub.confirmed = 0;
    notify__mail_confirm(a, &x, 1235, &sub, &m);
    msg = compose(a, &m);
    assert_null(strstr(msg, "List-Unsubscribe"));
    split_parts(a, msg, &text, &html);
    tok = strstr(text, "/subscriptions/confirm?token=");
    assert_non_null(tok);
    t = util_arena_strndup(a, tok + 29, strcspn(tok + 29, "\r\n "));
    assert_int_equal(notify_token_verify(a, secret, t, NOTIFY_TOKEN_CONFIRM, util_now_ms(), &id,
                                         NULL),
                     NOTIFY_TOKEN_OK);
    assert_int_equal(id, 77);

    /* Editors: one held comment, then a digest of two. */
    c.status = STORE_PENDING;
    notify__mail_held(a, &x, 1236, "redaction@quotidien.example", &th, &c, &m);
    msg = compose(a, &m);
    split_parts(a, msg, &text, &html);
    assert_non_null(strstr(text, "https://quotidien.example/admin"));
    assert_null(strstr(html, "<script>"));
    store_comment two[2] = {c, c};
    two[1].id = 902;
    two[1].status = STORE_SPAM;
    two[1].text = "Achetez maintenant";
    store_thread ths[2] = {th, th};
    notify__mail_digest(a, &x, 1237, "redaction@quotidien.example", two, ths, 2, &m);
    msg = compose(a, &m);
    assert_non_null(strstr(header_value(a, msg, "Subject", &count), "2 commentaire(s)"));
    split_parts(a, msg, &text, &html);
    assert_non_null(strstr(text, "Achetez maintenant"));
    assert_non_null(strstr(text, "indésirable"));

    /* English. */
    free(cfg.site_lang);
    cfg.site_lang = xstrdup("en");
    notify__mail_notify(a, &x, 1238, &sub, &th, &c, &m);
    assert_string_equal(m.lang, "en");
    assert_non_null(strstr(m.subject, "New comment on"));
    /* Hebrew sites get the English texts (documented). */
    free(cfg.site_lang);
    cfg.site_lang = xstrdup("he");
    notify__mail_notify(a, &x, 1239, &sub, &th, &c, &m);
    assert_string_equal(m.lang, "en");

    /* A bad sender address is refused at start. */
    free(cfg.smtp_from);
    cfg.smtp_from = xstrdup("Le Quotidien <pas une adresse>");
    assert_false(notify__ctx_init(&x, a, &cfg, secret, err, sizeof err));
    assert_non_null(strstr(err, "smtp.from"));
    util_config_free(&cfg);
    util_arena_free(a);
}

int main(void)
{
    if (sodium_init() < 0)
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_header_encoding),
        cmocka_unit_test(test_header_injection),
        cmocka_unit_test(test_addresses),
        cmocka_unit_test(test_message_structure),
        cmocka_unit_test(test_qp_round_trip),
        cmocka_unit_test(test_builders),
    };
    return cmocka_run_group_tests_name("notify mail", tests, NULL, NULL);
}
