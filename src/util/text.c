/* text — UTF-8 validation, length and scrubbing, trimming, base64url and
 * hex, and the escapes of our TSV data files.
 *
 * Written by hand because they are a few lines each and sit on the hot path
 * of every request (utf8proc validates too, but one code point at a time
 * through a function call). The validator follows RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/util.h"

bool util_utf8_valid(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str, *end = s + n;
    while (s < end) {
        unsigned c = *s;
        if (c < 0x80) {
            s++;
            continue;
        }
        size_t len;
        unsigned cp, min;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2; cp = c & 0x1F; min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3; cp = c & 0x0F; min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4; cp = c & 0x07; min = 0x10000;
        } else {
            return false;
        }
        if ((size_t)(end - s) < len)
            return false;
        for (size_t i = 1; i < len; i++) {
            if ((s[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        s += len;
    }
    return true;
}

size_t util_utf8_len(const char *str, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)str[i] & 0xC0) != 0x80)
            count++;
    return count;
}

/* Length of the well-formed sequence at s[0..n) (n >= 1), else 0. */
static size_t seq_len(const unsigned char *s, size_t n)
{
    size_t len = s[0] < 0x80 ? 1 : s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
    return len <= n && util_utf8_valid((const char *)s, len) ? len : 0;
}

/* Whether the well-formed k-byte code point at s is a C0 control, DEL, a
 * C1 control (U+0080-U+009F), U+2028, U+2029 or U+FEFF. */
static bool is_control(const unsigned char *s, size_t k)
{
    if (k == 1)
        return s[0] < 0x20 || s[0] == 0x7F;
    if (k == 2)
        return s[0] == 0xC2 && s[1] < 0xA0;
    if (k == 3)
        return (s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)) ||
               (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF);
    return false;
}

void util_utf8_scrub(util_buf *out, const char *str, size_t n, const char *bad,
                     util_utf8_scrub_mode mode)
{
    const unsigned char *s = (const unsigned char *)str;
    bool text = mode == UTIL_UTF8_SCRUB_TEXT;
    size_t i = 0;
    while (i < n) {
        size_t k = seq_len(s + i, n - i);
        if (k == 0) {
            util_buf_puts(out, bad);
            i++;
            continue;
        }
        if (text && (s[i] == '\n' || s[i] == '\t')) {
            util_buf_putc(out, (char)s[i]);
        } else if (text && s[i] == '\r') {
            if (!(i + 1 < n && s[i + 1] == '\n'))
                util_buf_putc(out, '\n');
        } else if (mode != UTIL_UTF8_SCRUB_BYTES && is_control(s + i, k)) {
            util_buf_putc(out, ' ');
        } else {
            util_buf_append(out, s + i, k);
        }
        i += k;
    }
}

/* Length of the white-space code point at s (ASCII space/controls, NBSP,
 * U+2000–U+200B, U+2028/2029, U+202F, U+205F, U+3000, U+FEFF), else 0. */
static size_t space_at(const unsigned char *s, size_t n)
{
    if (n >= 1 && (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r')))
        return 1;
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
        return 2;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
        ((s[2] >= 0x80 && s[2] <= 0x8B) || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
        return 3;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
        return 3;
    if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
        return 3;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        return 3;
    return 0;
}

/* Length of the white-space code point ending at s[n-1], else 0. */
static size_t space_before(const unsigned char *s, size_t n)
{
    for (size_t len = 1; len <= 3 && len <= n; len++)
        if (space_at(s + n - len, len) == len)
            return len;
    return 0;
}

const char *util_trim(const char *str, size_t n, size_t *out_len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t k;
    while (n && (k = space_at(s, n))) {
        s += k;
        n -= k;
    }
    while (n && (k = space_before(s, n)))
        n -= k;
    *out_len = n;
    return (const char *)s;
}

bool util_str_eq_nocase(const char *a, const char *b)
{
    return strcasecmp(a, b) == 0;
}

static const char b64url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

char *util_b64url_encode(util_arena *a, const void *p, size_t n)
{
    const unsigned char *s = p;
    char *out = util_arena_alloc(a, (n + 2) / 3 * 4 + 1), *o = out;
    size_t i = 0;
    for (; i + 2 < n; i += 3) {
        unsigned v = (unsigned)s[i] << 16 | (unsigned)s[i + 1] << 8 | s[i + 2];
        *o++ = b64url[v >> 18];
        *o++ = b64url[(v >> 12) & 63];
        *o++ = b64url[(v >> 6) & 63];
        *o++ = b64url[v & 63];
    }
    if (n - i == 1) {
        unsigned v = (unsigned)s[i] << 16;
        *o++ = b64url[v >> 18];
        *o++ = b64url[(v >> 12) & 63];
    } else if (n - i == 2) {
        unsigned v = (unsigned)s[i] << 16 | (unsigned)s[i + 1] << 8;
        *o++ = b64url[v >> 18];
        *o++ = b64url[(v >> 12) & 63];
        *o++ = b64url[(v >> 6) & 63];
    }
    *o = '\0';
    return out;
}

static int b64url_value(char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

unsigned char *util_b64url_decode(util_arena *a, const char *s, size_t *out_len)
{
    size_t n = strlen(s);
    if (n % 4 == 1)
        return NULL;
    unsigned char *out = util_arena_alloc(a, n * 3 / 4 + 1), *o = out;
    unsigned acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        int v = b64url_value(s[i]);
        if (v < 0)
            return NULL;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *o++ = (unsigned char)(acc >> bits);
            acc &= (1u << bits) - 1;
        }
    }
    if (acc != 0) /* non-canonical trailing bits */
        return NULL;
    *out_len = (size_t)(o - out);
    return out;
}

char *util_hex_encode(util_arena *a, const void *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *s = p;
    char *out = util_arena_alloc(a, n * 2 + 1);
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hex[s[i] >> 4];
        out[2 * i + 1] = hex[s[i] & 15];
    }
    out[2 * n] = '\0';
    return out;
}

char *util_url_encode(util_arena *a, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(s);
    char *out = util_arena_alloc(a, n * 3 + 1), *o = out;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
            *o++ = (char)c;
        } else {
            *o++ = '%';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        }
    }
    *o = '\0';
    return out;
}

bool util_parse_id(const char *s, int64_t *out)
{
    if (!s || *s < '0' || *s > '9')
        return false;
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (*end || errno == ERANGE || v <= 0)
        return false;
    *out = v;
    return true;
}

void util_tsv_unescape(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++) {
        if (*r == '\\' && r[1]) {
            r++;
            *w++ = *r == 'n' ? '\n' : *r == 't' ? '\t' : *r;
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
}
