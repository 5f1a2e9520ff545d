/* escape.c — escaping text for HTML and for XML 1.0.
 *
 * How: one pass over the bytes, copying runs that need no change in one
 * append and replacing the five markup characters (& < > " ') by entities.
 * The XML escaper also decodes UTF-8 (utf8proc_iterate) so that it can drop
 * what an XML 1.0 document cannot carry: C0 controls other than tab, LF and
 * CR, U+FFFE and U+FFFF; a malformed UTF-8 sequence becomes U+FFFD, one per
 * bad byte, so a feed built from it always parses.
 *
 * Must never: emit a raw markup character, read past n, or stop early on a
 * NUL byte in the middle of the input (lengths are trusted, not strlen). */
#include <assert.h>
#include <string.h>

#include <utf8proc.h>

#include "render/render.h"

/* Entity for one markup byte, or NULL when the byte is copied as is. */
static const char *markup_entity(unsigned char c)
{
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    default: return NULL;
    }
}

void render_html_escape(util_buf *out, const char *s, size_t n)
{
    size_t run = 0; /* start of the pending run of bytes copied unchanged */

    assert(out != NULL);
    assert(s != NULL || n == 0);
    util_buf_reserve(out, n);
    for (size_t i = 0; i < n; i++) {
        const char *ent = markup_entity((unsigned char)s[i]);
        if (ent == NULL)
            continue;
        if (i > run)
            util_buf_append(out, s + run, i - run);
        util_buf_puts(out, ent);
        run = i + 1;
    }
    if (n > run)
        util_buf_append(out, s + run, n - run);
}

char *render_html_escape_a(util_arena *a, const char *s)
{
    util_buf b = {0};
    char *res;

    assert(a != NULL);
    if (s == NULL)
        s = "";
    render_html_escape(&b, s, strlen(s));
    res = util_arena_strndup(a, b.data ? b.data : "", b.len);
    util_buf_free(&b);
    return res;
}

/* True for the code points XML 1.0 allows in character data:
 * #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
 * (Surrogates never come out of utf8proc_iterate.) */
static int xml_char_ok(int32_t cp)
{
    if (cp < 0x20)
        return cp == 0x9 || cp == 0xA || cp == 0xD;
    return cp != 0xFFFE && cp != 0xFFFF;
}

void render_xml_escape(util_buf *out, const char *s, size_t n)
{
    static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, run = 0;

    assert(out != NULL);
    assert(s != NULL || n == 0);
    util_buf_reserve(out, n);
    while (i < n) {
        const char *ent;
        utf8proc_int32_t cp;
        utf8proc_ssize_t len;

        if (p[i] < 0x80) {
            /* ASCII fast path: markup characters and C0 controls. */
            ent = markup_entity(p[i]);
            if (ent == NULL && xml_char_ok(p[i])) {
                i++;
                continue;
            }
            if (i > run)
                util_buf_append(out, s + run, i - run);
            if (ent != NULL)
                util_buf_puts(out, ent);
            run = ++i;
            continue;
        }
        len = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
        if (len > 0 && xml_char_ok(cp)) {
            i += (size_t)len;
            continue;
        }
        if (i > run)
            util_buf_append(out, s + run, i - run);
        if (len <= 0) {
            /* Malformed: replace the first byte and resynchronise. */
            util_buf_append(out, replacement, sizeof replacement - 1);
            i += 1;
        } else {
            i += (size_t)len; /* U+FFFE / U+FFFF: dropped */
        }
        run = i;
    }
    if (n > run)
        util_buf_append(out, s + run, n - run);
}
