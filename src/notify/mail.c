/* mail — composes the RFC 5322 / MIME messages Causerie sends.
 *
 * How it works: headers are written by a small line writer that knows its
 * column and folds (CRLF + space) before a token would pass 76 columns.
 * Every value goes through clean_line first (util_utf8_scrub): invalid
 * UTF-8 becomes U+FFFD, every control character (CR and LF included),
 * U+2028/U+2029, U+FEFF and the C1 controls become a space, runs of spaces
 * collapse.  Text that is plain short ASCII stays as it is; anything else
 * is written as RFC 2047 encoded-words (=?UTF-8?B?...?=, each at most 75
 * characters, cut on character boundaries).  Addresses, the Message-ID and the List-Id are
 * checked against a strict ASCII grammar and refused otherwise.  The body
 * is multipart/alternative (text/plain then text/html), both parts
 * quoted-printable with CRLF line endings and lines of at most 76
 * characters; the boundary starts with "=_", which quoted-printable output
 * can never contain, so no body can end a part early.  A "." at the start
 * of a body line is written =2E (SMTP's end-of-data is "\r\n.\r\n").
 *
 * This is written by hand because no Debian C library builds MIME messages
 * (libcurl's curl_mime does, but lets a header value through unchecked and
 * cannot fold encoded-words); it is small and unit-tested
 * (tests/unit/notify/test_mail.c) against Python's email parser in the
 * black-box suite.
 *
 * Must never: emit a raw CR or LF inside a header value; emit a line longer
 * than 998 octets; accept an address that could carry a second address or
 * a header. */
#include <ctype.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "notify/notify.h"

#define FOLD_AT 76
#define EW_MAX 75                       /* RFC 2047: an encoded-word's length */

/* ---- text cleaning -------------------------------------------------------- */

#define REPLACEMENT "\xEF\xBF\xBD"     /* U+FFFD, for a byte that is not UTF-8 */

/* One-line clean text: cleaned, spaces collapsed, trimmed.  Heap string in
 * b (caller frees b). */
static const char *clean_line(util_buf *b, const char *s)
{
    util_buf raw = {0};
    util_utf8_scrub(&raw, s ? s : "", s ? strlen(s) : 0, REPLACEMENT, UTIL_UTF8_SCRUB_LINE);
    util_buf_reserve(b, raw.len);
    bool space = true; /* drops leading spaces */
    for (size_t i = 0; i < raw.len; i++) {
        char c = raw.data[i];
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && b->len > 0)
            util_buf_putc(b, ' ');
        space = false;
        util_buf_putc(b, c);
    }
    util_buf_free(&raw);
    if (!b->data)
        util_buf_reserve(b, 0);
    return b->data;
}

static bool is_plain_ascii(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x20 || *p > 0x7e)
            return false;
    return strstr(s, "=?") == NULL;
}

/* ---- the header line writer ------------------------------------------------ */

typedef struct hw {
    util_buf *out;
    size_t col;
    bool first;       /* nothing after "Name:" yet */
} hw;

static void hw_start(hw *w, util_buf *out, const char *name)
{
    w->out = out;
    util_buf_printf(out, "%s:", name);
    w->col = strlen(name) + 1;
    w->first = true;
}

/* Writes one unbreakable token, preceded by a space, folding before it when
 * it would pass the fold column (never right after the name). */
static void hw_token(hw *w, const char *tok, size_t len)
{
    if (!w->first && w->col + 1 + len > FOLD_AT) {
        util_buf_puts(w->out, "\r\n");
        w->col = 0;
    }
    util_buf_putc(w->out, ' ');
    util_buf_append(w->out, tok, len);
    w->col += 1 + len;
    w->first = false;
}

static void hw_end(hw *w)
{
    util_buf_puts(w->out, "\r\n");
}

/* Length of the longest prefix of s[0..n) that is at most max bytes and
 * ends on a UTF-8 character boundary. */
static size_t utf8_cut(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    size_t k = max;
    while (k > 0 && ((unsigned char)s[k] & 0xc0) == 0x80)
        k--;
    return k ? k : max;
}

/* Writes clean text as encoded-words, each fitting on its line. */
static void hw_encoded(hw *w, const char *s)
{
    size_t n = strlen(s), i = 0;
    char word[EW_MAX + 1];
    while (i < n) {
        size_t avail = (w->first ? FOLD_AT - w->col : FOLD_AT) - 1;
        if (avail > EW_MAX)
            avail = EW_MAX;
        if (avail < 12 + 4) /* a word with at least 3 bytes would not fit */
            avail = EW_MAX;
        size_t raw_max = (avail - 12) / 4 * 3;
        size_t take = utf8_cut(s + i, n - i, raw_max);
        char b64[EW_MAX];
        sodium_bin2base64(b64, sizeof b64, (const unsigned char *)s + i, take,
                          sodium_base64_VARIANT_ORIGINAL);
        int len = snprintf(word, sizeof word, "=?UTF-8?B?%s?=", b64);
        hw_token(w, word, (size_t)len);
        i += take;
    }
}

/* Unstructured text (Subject): plain words when short plain ASCII, else
 * encoded-words. */
static void hw_text(hw *w, const char *clean)
{
    bool plain = is_plain_ascii(clean);
    for (const char *p = clean; plain && *p;) {
        size_t len = strcspn(p, " ");
        if (len > FOLD_AT - 12)
            plain = false;
        p += len;
        while (*p == ' ')
            p++;
    }
    if (!plain) {
        hw_encoded(w, clean);
        return;
    }
    for (const char *p = clean; *p;) {
        size_t len = strcspn(p, " ");
        if (len)
            hw_token(w, p, len);
        p += len;
        while (*p == ' ')
            p++;
    }
}

/* A display name (phrase): a quoted-string when short plain ASCII, else
 * encoded-words. */
static void hw_phrase(hw *w, const char *clean)
{
    if (!*clean)
        return;
    if (is_plain_ascii(clean) && strlen(clean) <= 60) {
        util_buf q = {0};
        util_buf_putc(&q, '"');
        for (const char *p = clean; *p; p++) {
            if (*p == '"' || *p == '\\')
                util_buf_putc(&q, '\\');
            util_buf_putc(&q, *p);
        }
        util_buf_putc(&q, '"');
        hw_token(w, q.data, q.len);
        util_buf_free(&q);
        return;
    }
    hw_encoded(w, clean);
}

void notify_mail_header(util_buf *out, const char *name, const char *value)
{
    util_buf b = {0};
    hw w;
    hw_start(&w, out, name);
    hw_text(&w, clean_line(&b, value));
    hw_end(&w);
    util_buf_free(&b);
}

/* ---- checks ------------------------------------------------------------------ */

static bool atext(unsigned char c)
{
    return isalnum(c) || (c && strchr("!#$%&'*+-/=?^_`{|}~", c));
}

/* dot-atom-text: atext runs separated by single dots. */
static bool dot_atom(const char *s, size_t n)
{
    if (n == 0 || s[0] == '.' || s[n - 1] == '.')
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '.') {
            if (s[i + 1] == '.')
                return false;
        } else if (!atext(c)) {
            return false;
        }
    }
    return true;
}

static bool domain_ok(const char *d, size_t n)
{
    if (n == 0 || n > 253)
        return false;
    size_t label = 0;
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = i < n ? (unsigned char)d[i] : '.';
        if (c == '.') {
            if (label == 0 || label > 63 || d[i - 1] == '-' || d[i - label] == '-')
                return false;
            label = 0;
        } else if (isalnum(c) || c == '-') {
            label++;
        } else {
            return false;
        }
    }
    return true;
}

bool notify_mail_addr_ok(const char *addr)
{
    if (!addr)
        return false;
    size_t n = strlen(addr);
    const char *at = strrchr(addr, '@');
    if (n < 3 || n > 254 || !at || at == addr || at - addr > 64)
        return false;
    return dot_atom(addr, (size_t)(at - addr)) && domain_ok(at + 1, strlen(at + 1));
}

static bool msgid_ok(const char *id)
{
    if (!id || strlen(id) > 250)
        return false;
    const char *at = strchr(id, '@');
    return at && at != id && dot_atom(id, (size_t)(at - id)) && dot_atom(at + 1, strlen(at + 1));
}

static bool url_ok(const char *u)
{
    size_t n = u ? strlen(u) : 0;
    if (n < 8 || n > 900 || (strncmp(u, "https://", 8) != 0 && strncmp(u, "http://", 7) != 0))
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)u[i];
        if (c <= ' ' || c >= 0x7f || c == '<' || c == '>' || c == '"' || c == ',')
            return false;
    }
    return true;
}

/* ---- quoted-printable ---------------------------------------------------------- */

void notify_mail_qp(util_buf *out, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
                i++;
            util_buf_puts(out, "\r\n");
            col = 0;
            continue;
        }
        bool at_eol = i + 1 == n || s[i + 1] == '\r' || s[i + 1] == '\n';
        bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !at_eol);
        size_t len = literal ? 1 : 3;
        /* Leave room for the soft break's "=" unless this ends the line. */
        size_t limit = at_eol ? FOLD_AT : FOLD_AT - 1;
        if (col + len > limit) {
            util_buf_puts(out, "=\r\n");
            col = 0;
        }
        if (literal && c == '.' && col == 0)
            literal = false, len = 3;
        if (literal) {
            util_buf_putc(out, (char)c);
        } else {
            char e[3] = {'=', hex[c >> 4], hex[c & 15]};
            util_buf_append(out, e, 3);
        }
        col += len;
    }
    if (n == 0 || (s[n - 1] != '\n' && s[n - 1] != '\r'))
        util_buf_puts(out, "\r\n");
}

/* ---- the message ---------------------------------------------------------------- */

static void body_part(util_buf *out, const char *boundary, const char *type, const char *text)
{
    util_buf clean = {0};
    util_utf8_scrub(&clean, text, strlen(text), REPLACEMENT, UTIL_UTF8_SCRUB_TEXT);
    util_buf_printf(out,
                    "--%s\r\n"
                    "Content-Type: %s; charset=utf-8\r\n"
                    "Content-Transfer-Encoding: quoted-printable\r\n"
                    "\r\n",
                    boundary, type);
    notify_mail_qp(out, clean.data ? clean.data : "", clean.len);
    util_buf_free(&clean);
}

bool notify_mail_compose(util_buf *out, const notify_mail *m, char *err, size_t errlen)
{
#define FAIL(...) do { snprintf(err, errlen, __VA_ARGS__); return false; } while (0)
    if (!notify_mail_addr_ok(m->from_addr))
        FAIL("the sender address is not a plain ASCII address");
    if (!notify_mail_addr_ok(m->to_addr))
        FAIL("the recipient address is not a plain ASCII address");
    if (!msgid_ok(m->message_id))
        FAIL("the Message-ID is malformed");
    if (m->references && !msgid_ok(m->references))
        FAIL("the References id is malformed");
    if (m->list_id && !dot_atom(m->list_id, strlen(m->list_id)))
        FAIL("the List-Id is malformed");
    if (m->unsubscribe_url && !url_ok(m->unsubscribe_url))
        FAIL("the unsubscribe URL is not a plain http(s) URL");
    if (!m->subject || !m->text || !m->html)
        FAIL("a mail needs a subject, a text and an HTML body");
    if (m->lang && !dot_atom(m->lang, strlen(m->lang)))
        FAIL("the language tag is malformed");
#undef FAIL

    char date[40];
    util_time_rfc5322(m->date_ms, date);
    unsigned char h[12];
    if (m->boundary_seed)
        crypto_generichash(h, sizeof h, (const unsigned char *)m->boundary_seed,
                           strlen(m->boundary_seed), NULL, 0);
    else
        randombytes_buf(h, sizeof h);
    char boundary[64] = "=_causerie_";
    for (size_t i = 0; i < sizeof h; i++)
        snprintf(boundary + 11 + 2 * i, 3, "%02x", h[i]);

    util_buf_printf(out, "Date: %s\r\n", date);
    util_buf name = {0};
    hw w;
    hw_start(&w, out, "From");
    hw_phrase(&w, clean_line(&name, m->from_name));
    char *addr = xmalloc(strlen(m->from_addr) + 3);
    size_t alen = (size_t)sprintf(addr, "<%s>", m->from_addr);
    hw_token(&w, addr, alen);
    free(addr);
    hw_end(&w);
    util_buf_free(&name);
    util_buf_printf(out, "To: <%s>\r\n", m->to_addr);
    notify_mail_header(out, "Subject", m->subject);
    util_buf_printf(out, "Message-ID: <%s>\r\n", m->message_id);
    if (m->references)
        util_buf_printf(out, "References: <%s>\r\n", m->references);
    util_buf_puts(out, "MIME-Version: 1.0\r\n");
    util_buf_printf(out, "Content-Type: multipart/alternative;\r\n boundary=\"%s\"\r\n", boundary);
    if (m->lang)
        util_buf_printf(out, "Content-Language: %s\r\n", m->lang);
    util_buf_puts(out, "Auto-Submitted: auto-generated\r\n"
                       "X-Auto-Response-Suppress: All\r\n");
    if (m->list_id) {
        util_buf ln = {0};
        hw_start(&w, out, "List-Id");
        hw_phrase(&w, clean_line(&ln, m->list_name));
        char *id = xmalloc(strlen(m->list_id) + 3);
        size_t ilen = (size_t)sprintf(id, "<%s>", m->list_id);
        hw_token(&w, id, ilen);
        free(id);
        hw_end(&w);
        util_buf_free(&ln);
    }
    if (m->unsubscribe_url)
        util_buf_printf(out,
                        "List-Unsubscribe: <%s>\r\n"
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n",
                        m->unsubscribe_url);
    util_buf_puts(out, "\r\nThis is a multi-part message in MIME format.\r\n\r\n");
    body_part(out, boundary, "text/plain", m->text);
    body_part(out, boundary, "text/html", m->html);
    util_buf_printf(out, "--%s--\r\n", boundary);
    return true;
}
