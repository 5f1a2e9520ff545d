/* query — parser for query strings and form bodies
 * (application/x-www-form-urlencoded: "a=1&b=x+y&c=%C3%A9"), and for
 * multipart/form-data bodies (RFC 7578), which Akismet clients send too.
 *
 * Written by hand: libmicrohttpd decodes query strings leniently and drops
 * what it cannot parse, but the API must tell malformed input (bad escapes,
 * invalid UTF-8, NUL bytes) from absent input, and the Akismet routes need
 * the same parser for bodies whatever their Content-Type says.  It makes one
 * pass, never reads past n, and has a libFuzzer target (fuzz/fuzz_query.c);
 * so has the multipart reader (fuzz/fuzz_multipart.c), written by hand
 * because libmicrohttpd's post processor reads only bodies it is streamed
 * and the Akismet routes need the whole body read the same way both
 * encodings. */
#include <string.h>

#include "util/util.h"

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes s[0..n) into arena memory; false on a bad escape, NUL or bad UTF-8. */
static bool decode(util_arena *a, const char *s, size_t n, const char **out, size_t *out_len)
{
    char *d = util_arena_alloc(a, n + 1);
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '+') {
            d[j++] = ' ';
        } else if (c == '%') {
            if (i + 2 >= n)
                return false;
            int hi = hexval((unsigned char)s[i + 1]), lo = hexval((unsigned char)s[i + 2]);
            if (hi < 0 || lo < 0)
                return false;
            d[j++] = (char)(hi << 4 | lo);
            i += 2;
        } else {
            d[j++] = (char)c;
        }
        if (d[j - 1] == '\0')
            return false;
    }
    d[j] = '\0';
    if (!util_utf8_valid(d, j))
        return false;
    *out = d;
    *out_len = j;
    return true;
}

bool util_query_parse(util_arena *a, const char *s, size_t n, util_query *out)
{
    out->items = NULL;
    out->n = 0;
    size_t count = 1;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '&' || s[i] == ';')
            count++;
    out->items = util_arena_alloc(a, count * sizeof(util_kv));
    size_t start = 0;
    while (start <= n) {
        size_t end = start;
        while (end < n && s[end] != '&' && s[end] != ';')
            end++;
        if (end > start) {
            const char *eq = memchr(s + start, '=', end - start);
            size_t klen = eq ? (size_t)(eq - (s + start)) : end - start;
            util_kv *kv = &out->items[out->n];
            size_t dummy;
            if (!decode(a, s + start, klen, &kv->key, &dummy))
                return false;
            if (eq) {
                if (!decode(a, eq + 1, end - start - klen - 1, &kv->value, &kv->value_len))
                    return false;
            } else {
                kv->value = "";
                kv->value_len = 0;
            }
            out->n++;
        }
        start = end + 1;
    }
    return true;
}

const char *util_query_get(const util_query *q, const char *key)
{
    for (size_t i = 0; i < q->n; i++)
        if (strcmp(q->items[i].key, key) == 0)
            return q->items[i].value;
    return NULL;
}

size_t util_query_count(const util_query *q, const char *key)
{
    size_t c = 0;
    for (size_t i = 0; i < q->n; i++)
        if (strcmp(q->items[i].key, key) == 0)
            c++;
    return c;
}

/* A multipart/form-data body, read as PHP reads it for Akismet: each
 * part's name="…" and its content; parts with a filename are skipped.  The
 * boundary is the Content-Type's (1-70 bytes).  False when the body is not
 * one, or a name or value is not UTF-8 without NUL. */
bool util_multipart_parse(util_arena *a, const char *body, size_t len, const char *bnd,
                          size_t blen, util_query *q)
{
    const char *b = body ? body : "";
    const char *end = b + (body ? len : 0);
    q->items = NULL;
    q->n = 0;
    if (blen == 0 || blen > 70)
        return false;
    char *delim = util_arena_printf(a, "\r\n--%.*s", (int)blen, bnd);
    size_t dlen = strlen(delim);
    if (dlen != blen + 4)   /* a NUL inside the boundary */
        return false;
    size_t cap = 0;
    for (const char *p = b; (p = memmem(p, (size_t)(end - p), delim + 2, dlen - 2)); p += dlen - 2)
        cap++;
    q->items = util_arena_alloc(a, (cap + 1) * sizeof *q->items);
    /* the first delimiter may open the body without the CRLF before it */
    const char *p = memmem(b, (size_t)(end - b), delim + 2, dlen - 2);
    if (!p)
        return false;
    p += dlen - 2;
    for (;;) {
        if (end - p >= 2 && p[0] == '-' && p[1] == '-')
            return true; /* the close delimiter */
        if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
            return false;
        p += 2;
        const char *hend = memmem(p, (size_t)(end - p), "\r\n\r\n", 4);
        if (!hend)
            return false;
        const char *next = memmem(hend + 4, (size_t)(end - hend - 4), delim, dlen);
        if (!next)
            return false;
        char *headers = util_arena_strndup(a, p, (size_t)(hend - p));
        const char *value = hend + 4;
        size_t vlen = (size_t)(next - value);
        const char *name = strcasestr(headers, "content-disposition:");
        name = name ? strcasestr(name, "name=\"") : NULL;
        if (name && (name[-1] == ' ' || name[-1] == ';') && !strcasestr(headers, "filename=")) {
            name += 6;
            size_t nlen = strcspn(name, "\"\r\n");
            if (name[nlen] != '"' || !util_utf8_valid(value, vlen) || memchr(value, '\0', vlen) ||
                !util_utf8_valid(name, nlen))
                return false;
            util_kv *kv = &q->items[q->n++];
            kv->key = util_arena_strndup(a, name, nlen);
            kv->value = util_arena_strndup(a, value, vlen);
            kv->value_len = vlen;
        }
        p = next + dlen;
    }
}
