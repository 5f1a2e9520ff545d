/* xml_check.h — an independent checker for what render/ writes, shared by
 * the render unit tests and the Markdown fuzz target (header-only, statics).
 *
 * xc_check() is a small well-formedness checker for XML 1.0 as render/
 * produces it: UTF-8 only, no C0 controls but tab/LF/CR, no U+FFFE/U+FFFF,
 * only the five predefined entities and numeric references, quoted
 * attributes without '<', no duplicate attributes, balanced tags; no
 * comments, CDATA, DOCTYPE or processing instructions (render/ never
 * writes them), except the XML declaration when a document is expected.
 *
 * xc_html_policy is the allow-list that a render_markdown fragment must
 * satisfy: only the elements and attributes cmark and our rewrite emit, every
 * <a> with rel="nofollow ugc noopener" and an href that is http, https,
 * mailto or relative.  It is deliberately written apart from markdown.c's
 * own checks, so a bug in one is caught by the other.
 *
 * Must never: accept what a browser could run; read past n. */
#ifndef CAUSERIE_TEST_XML_CHECK_H
#define CAUSERIE_TEST_XML_CHECK_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct xc_span {
    const char *p;
    size_t n;
} xc_span;

typedef struct xc_policy {
    bool document;   /* a whole document: XML declaration, one root */
    bool (*element)(const char *name, size_t n);
    bool (*attribute)(const char *el, size_t eln, const char *name, size_t nn,
                      const char *value, size_t vn);
    /* Called with every attribute name of a start tag, once it is read. */
    bool (*tag_done)(const char *el, size_t eln, const struct xc_span *atts, size_t natt);
} xc_policy;

static bool xc_is_name_start(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool xc_is_name_char(unsigned char c)
{
    return xc_is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':';
}

static bool xc_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Length of the well-formed UTF-8 character at s (0 if malformed or not
 * an XML character). */
static size_t xc_char(const unsigned char *s, size_t n)
{
    unsigned cp;
    size_t len, i;

    if (s[0] < 0x80)
        return (s[0] >= 0x20 || s[0] == '\t' || s[0] == '\n' || s[0] == '\r') ? 1 : 0;
    if (s[0] >= 0xC2 && s[0] <= 0xDF) {
        len = 2;
        cp = s[0] & 0x1F;
    } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        len = 3;
        cp = s[0] & 0x0F;
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        len = 4;
        cp = s[0] & 0x07;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
        return 0;
    return len;
}

/* Length of the reference at s ("&amp;", "&#39;", …) or 0. */
static size_t xc_entity(const char *s, size_t n)
{
    static const char *const names[] = {"amp;", "lt;", "gt;", "quot;", "apos;"};
    size_t i = 1;

    if (n < 3 || s[0] != '&')
        return 0;
    if (s[1] == '#') {
        bool hex = n > 2 && s[2] == 'x';
        size_t start;
        unsigned long cp = 0;
        i = hex ? 3 : 2;
        start = i;
        for (; i < n && i < start + 8; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c >= '0' && c <= '9')
                cp = cp * (hex ? 16 : 10) + (c - '0');
            else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                cp = cp * 16 + ((c | 0x20) - 'a' + 10);
            else
                break;
        }
        if (i == start || i >= n || s[i] != ';')
            return 0;
        if (cp < 0x20 && cp != 9 && cp != 10 && cp != 13)
            return 0;
        if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF || cp > 0x10FFFF)
            return 0;
        return i + 1;
    }
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        size_t len = strlen(names[k]);
        if (n - 1 >= len && memcmp(s + 1, names[k], len) == 0)
            return len + 1;
    }
    return 0;
}

/* Checks character data or an attribute value s[0..n): returns 0 or the
 * offset + 1 of the first bad byte. */
static size_t xc_text(const char *s, size_t n, bool attr)
{
    size_t i = 0;

    while (i < n) {
        size_t k;
        if (s[i] == '&') {
            k = xc_entity(s + i, n - i);
        } else if (s[i] == '<' || (attr && s[i] == '"')) {
            k = 0;
        } else if (!attr && s[i] == '>' && i >= 2 && s[i - 1] == ']' && s[i - 2] == ']') {
            k = 0; /* "]]>" is not allowed in character data */
        } else {
            k = xc_char((const unsigned char *)s + i, n - i);
        }
        if (k == 0)
            return i + 1;
        i += k;
    }
    return 0;
}

#define XC_FAIL(...)                                                                   \
    do {                                                                               \
        snprintf(err, errlen, __VA_ARGS__);                                            \
        goto done;                                                                     \
    } while (0)

/* 0 when s[0..n) is acceptable, else -1 and a message in err. */
static int xc_check(const char *s, size_t n, const xc_policy *pol, char *err, size_t errlen)
{
    xc_span *stack = NULL;
    size_t depth = 0, cap = 0, i = 0, roots = 0;
    int rc = -1;

    err[0] = '\0';
    if (pol->document) {
        static const char decl[] = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
        if (n < sizeof decl - 1 || memcmp(s, decl, sizeof decl - 1) != 0)
            XC_FAIL("document does not start with the XML declaration");
        i = sizeof decl - 1;
    }
    while (i < n) {
        size_t start = i, bad;
        if (s[i] != '<') {
            while (i < n && s[i] != '<')
                i++;
            bad = xc_text(s + start, i - start, false);
            if (bad != 0)
                XC_FAIL("bad character data at byte %zu (0x%02x)", start + bad - 1,
                        (unsigned char)s[start + bad - 1]);
            if (pol->document && depth == 0)
                for (size_t k = start; k < i; k++)
                    if (!xc_is_space((unsigned char)s[k]))
                        XC_FAIL("text outside the root element at byte %zu", k);
            continue;
        }
        i++;
        if (i < n && s[i] == '/') {
            size_t ns = ++i;
            while (i < n && xc_is_name_char((unsigned char)s[i]))
                i++;
            if (depth == 0)
                XC_FAIL("end tag without start tag at byte %zu", start);
            if (i - ns != stack[depth - 1].n || memcmp(s + ns, stack[depth - 1].p, i - ns) != 0)
                XC_FAIL("end tag at byte %zu does not match <%.*s>", start,
                        (int)stack[depth - 1].n, stack[depth - 1].p);
            while (i < n && xc_is_space((unsigned char)s[i]))
                i++;
            if (i >= n || s[i] != '>')
                XC_FAIL("unterminated end tag at byte %zu", start);
            i++;
            depth--;
            continue;
        }
        if (i >= n || !xc_is_name_start((unsigned char)s[i]))
            XC_FAIL("'<' not starting a tag at byte %zu", start);
        {
            const char *name = s + i;
            size_t nn, natt = 0;
            xc_span atts[16];
            bool empty = false;
            while (i < n && xc_is_name_char((unsigned char)s[i]))
                i++;
            nn = (size_t)(s + i - name);
            if (pol->element != NULL && !pol->element(name, nn))
                XC_FAIL("element <%.*s> not allowed (byte %zu)", (int)nn, name, start);
            if (pol->document && depth == 0 && ++roots > 1)
                XC_FAIL("second root element at byte %zu", start);
            for (;;) {
                size_t sp = i, an, vs;
                const char *aname;
                char q;
                while (i < n && xc_is_space((unsigned char)s[i]))
                    i++;
                if (i < n && s[i] == '>') {
                    i++;
                    break;
                }
                if (i + 1 < n && s[i] == '/' && s[i + 1] == '>') {
                    i += 2;
                    empty = true;
                    break;
                }
                if (i == sp || i >= n || !xc_is_name_start((unsigned char)s[i]))
                    XC_FAIL("malformed tag <%.*s> at byte %zu", (int)nn, name, start);
                aname = s + i;
                while (i < n && xc_is_name_char((unsigned char)s[i]))
                    i++;
                an = (size_t)(s + i - aname);
                if (i + 1 >= n || s[i] != '=' || (s[i + 1] != '"' && s[i + 1] != '\''))
                    XC_FAIL("attribute %.*s without quoted value at byte %zu", (int)an, aname,
                            start);
                q = s[i + 1];
                i += 2;
                vs = i;
                while (i < n && s[i] != q)
                    i++;
                if (i >= n)
                    XC_FAIL("unterminated attribute value at byte %zu", vs);
                bad = xc_text(s + vs, i - vs, q == '"');
                if (bad != 0)
                    XC_FAIL("bad attribute value at byte %zu", vs + bad - 1);
                for (size_t k = 0; k < natt; k++)
                    if (atts[k].n == an && memcmp(atts[k].p, aname, an) == 0)
                        XC_FAIL("duplicate attribute %.*s at byte %zu", (int)an, aname, start);
                if (natt == sizeof atts / sizeof atts[0])
                    XC_FAIL("too many attributes at byte %zu", start);
                atts[natt].p = aname;
                atts[natt++].n = an;
                if (pol->attribute != NULL &&
                    !pol->attribute(name, nn, aname, an, s + vs, i - vs))
                    XC_FAIL("attribute %.*s=\"%.*s\" not allowed on <%.*s> (byte %zu)", (int)an,
                            aname, (int)(i - vs), s + vs, (int)nn, name, start);
                i++;
            }
            if (pol->tag_done != NULL && !pol->tag_done(name, nn, atts, natt))
                XC_FAIL("<%.*s> lacks a required attribute (byte %zu)", (int)nn, name, start);
            if (!empty) {
                if (depth == cap) {
                    cap = cap ? cap * 2 : 64;
                    stack = realloc(stack, cap * sizeof *stack);
                    if (stack == NULL)
                        abort();
                }
                stack[depth].p = name;
                stack[depth++].n = nn;
            }
        }
    }
    if (depth != 0)
        XC_FAIL("<%.*s> is never closed", (int)stack[depth - 1].n, stack[depth - 1].p);
    if (pol->document && roots != 1)
        XC_FAIL("no root element");
    rc = 0;
done:
    free(stack);
    return rc;
}

/* ---- the policy for render_markdown output ----------------------------- */

static bool xc_span_is(const char *s, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

static bool xc_html_element(const char *name, size_t n)
{
    static const char *const ok[] = {"p",  "strong", "em", "code", "pre", "blockquote",
                                     "ul", "ol",     "li", "br",   "hr",  "a"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (xc_span_is(name, n, ok[i]))
            return true;
    return false;
}

/* An href after entity decoding: no whitespace or control byte (render/
 * percent-encodes them), and a colon before any '/', '?' or '#' only after
 * http, https or mailto. */
static bool xc_href_ok(const char *v, size_t n)
{
    char buf[16];
    size_t len = 0;
    bool delim = false; /* seen '/', '?' or '#' */

    for (size_t i = 0; i < n; i++) {
        char c;
        if (v[i] == '&') {
            if (n - i >= 5 && memcmp(v + i, "&amp;", 5) == 0)
                c = '&';
            else if (n - i >= 5 && memcmp(v + i, "&#39;", 5) == 0)
                c = '\'';
            else
                return false; /* render/ writes no other reference in an href */
            i += 4;
        } else {
            c = v[i];
        }
        if ((unsigned char)c <= 0x20 || (unsigned char)c >= 0x7F)
            return false;
        if (delim)
            continue;
        if (c == '/' || c == '?' || c == '#') {
            delim = true; /* path, query or fragment before any colon */
            continue;
        }
        if (c == ':') {
            buf[len] = '\0';
            if (len == sizeof buf - 1 || (strcasecmp(buf, "http") != 0 &&
                                          strcasecmp(buf, "https") != 0 &&
                                          strcasecmp(buf, "mailto") != 0))
                return false;
            delim = true;
            continue;
        }
        if (len < sizeof buf - 1)
            buf[len++] = c;
    }
    return true;
}

static bool xc_html_attribute(const char *el, size_t eln, const char *name, size_t nn,
                              const char *value, size_t vn)
{
    if (xc_span_is(el, eln, "a")) {
        if (xc_span_is(name, nn, "href"))
            return xc_href_ok(value, vn);
        if (xc_span_is(name, nn, "rel"))
            return xc_span_is(value, vn, "nofollow ugc noopener");
        return xc_span_is(name, nn, "title");
    }
    if (xc_span_is(el, eln, "ol") && xc_span_is(name, nn, "start")) {
        for (size_t i = 0; i < vn; i++)
            if (value[i] < '0' || value[i] > '9')
                return false;
        return vn > 0;
    }
    if (xc_span_is(el, eln, "code") && xc_span_is(name, nn, "class"))
        return vn >= 9 && memcmp(value, "language-", 9) == 0;
    return false;
}

/* Every <a> has an href and rel (their values were checked one by one). */
static bool xc_html_tag_done(const char *el, size_t eln, const xc_span *atts, size_t natt)
{
    bool href = false, rel = false;

    if (!xc_span_is(el, eln, "a"))
        return true;
    for (size_t i = 0; i < natt; i++) {
        href = href || xc_span_is(atts[i].p, atts[i].n, "href");
        rel = rel || xc_span_is(atts[i].p, atts[i].n, "rel");
    }
    return href && rel;
}

static const xc_policy xc_html_policy = {false, xc_html_element, xc_html_attribute,
                                         xc_html_tag_done};
static const xc_policy xc_xml_document = {true, NULL, NULL, NULL};

#endif
