/* decision_json.c — a decision as the JSON object stored with every comment
 * (the audit row's detail, the editors' "explain").
 *
 * How: written straight into one buffer, keys in a fixed order, numbers
 * rounded to 4 decimals by integer arithmetic.  This runs once per posted
 * comment; building a jansson tree and dumping it cost more than deciding
 * the comment (about 160,000 instructions against 145,000, callgrind, on
 * bench/http/post.lua's comments); this costs 12,000-20,000.  The output
 * is what jansson wrote before (compact, UTF-8 unescaped, "1.0" for whole
 * numbers), so stored rows read the same either way.
 *
 * Must never: write invalid JSON — a string that is not valid UTF-8 (a
 * matched text cut by the policy, a token name) becomes null or a fixed
 * sentence, as jansson's refusal did. */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "moderation/mod_int.h"

/* Text known at compile time, keys and punctuation included. */
#define PUT(b, lit) util_buf_append((b), (lit), sizeof(lit) - 1)

/* A JSON string, or null when s is NULL or not valid UTF-8 (then false):
 * one pass that escapes and checks the UTF-8 at once, written in place
 * (room for the worst case, every byte a \u00XX, is reserved first). */
static bool put_str(util_buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    if (!s) {
        PUT(b, "null");
        return false;
    }
    size_t n = strlen(s);
    util_buf_reserve(b, 6 * n + 2);
    size_t start = b->len;
    char *o = b->data + start;
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    *o++ = '"';
    while (p < end) {
        unsigned c = *p;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *o++ = (char)c;
            p++;
            continue;
        }
        if (c >= 0x80) {   /* a whole valid sequence, copied as it is */
            size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                       : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 0 || (size_t)(end - p) < len)
                goto invalid;
            for (size_t i = 1; i < len; i++)
                if ((p[i] & 0xC0) != 0x80)
                    goto invalid;
            /* overlong 3- and 4-byte forms, surrogates, past U+10FFFF */
            if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) ||
                (c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
                goto invalid;
            memcpy(o, p, len);
            o += len;
            p += len;
            continue;
        }
        *o++ = '\\';
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        case '\b': *o++ = 'b'; break;
        case '\f': *o++ = 'f'; break;
        default:
            memcpy(o, "u00", 3);
            o[3] = hex[c >> 4];
            o[4] = hex[c & 15];
            o += 5;
        }
        p++;
    }
    *o++ = '"';
    b->len = (size_t)(o - b->data);
    b->data[b->len] = '\0';
    return true;
invalid:
    b->len = start;
    PUT(b, "null");
    return false;
}

/* x rounded to 4 decimals: "0.1107", "1.0", "-0.5"; null when not finite
 * or too large to round exactly. */
static void put_num4(util_buf *b, double x)
{
    if (!isfinite(x) || fabs(x) >= 1e14) {
        PUT(b, "null");
        return;
    }
    long long v = llround(x * 10000);
    char tmp[40];
    int len = 0;
    if (v < 0) {
        tmp[len++] = '-';
        v = -v;
    }
    char digits[20];
    int nd = 0;
    for (long long whole = v / 10000; nd == 0 || whole; whole /= 10)
        digits[nd++] = (char)('0' + whole % 10);
    while (nd)
        tmp[len++] = digits[--nd];
    int frac = (int)(v % 10000);
    tmp[len++] = '.';
    int div = 1000;
    do {
        tmp[len++] = (char)('0' + frac / div);
        frac %= div;
        div /= 10;
    } while (frac && div);
    util_buf_append(b, tmp, (size_t)len);
}

static void put_tokens(util_buf *b, const mod_token_score *t, size_t n)
{
    util_buf_putc(b, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            util_buf_putc(b, ',');
        PUT(b, "{\"token\":");
        put_str(b, t[i].token);
        PUT(b, ",\"prob\":");
        put_num4(b, t[i].prob);
        util_buf_putc(b, '}');
    }
    util_buf_putc(b, ']');
}

char *mod_decision_to_json(const mod_decision *d, util_arena *a)
{
    util_buf b = {0};
    util_buf_reserve(&b, 1024);
    PUT(&b, "{\"action\":");
    put_str(&b, mod_action_name(d->action));
    PUT(&b, ",\"category\":");
    put_str(&b, d->category);
    PUT(&b, ",\"message\":");
    put_str(&b, d->message);
    PUT(&b, ",\"spam_prob\":");
    put_num4(&b, d->spam_prob);
    PUT(&b, ",\"blatant\":");
    util_buf_puts(&b, d->spam_blatant ? "true" : "false");
    PUT(&b, ",\"fingerprint\":");
    put_str(&b, d->fingerprint);
    PUT(&b, ",\"matches\":");
    util_buf_putc(&b, '[');
    for (size_t i = 0; i < d->n_matches; i++) {
        const mod_match *x = &d->matches[i];
        if (i)
            util_buf_putc(&b, ',');
        PUT(&b, "{\"category\":");
        put_str(&b, x->category);
        PUT(&b, ",\"pattern\":");
        put_str(&b, x->pattern);
        PUT(&b, ",\"found\":");
        put_str(&b, x->found);
        PUT(&b, ",\"neutralized\":");
        util_buf_puts(&b, x->neutralized ? "true}" : "false}");
    }
    util_buf_putc(&b, ']');
    PUT(&b, ",\"tokens\":");
    put_tokens(&b, d->tokens, d->n_tokens);
    PUT(&b, ",\"abuse\":");
    if (d->abuse_prob >= 0) {
        PUT(&b, "{\"prob\":");
        put_num4(&b, d->abuse_prob);
        PUT(&b, ",\"category\":");
        put_str(&b, d->abuse_category);
        PUT(&b, ",\"tokens\":");
        put_tokens(&b, d->abuse_tokens, d->n_abuse_tokens);
        util_buf_putc(&b, '}');
    } else {
        PUT(&b, "null");
    }
    PUT(&b, ",\"reasons\":");
    util_buf_putc(&b, '[');
    for (size_t i = 0; i < d->n_reasons; i++) {
        if (i)
            util_buf_putc(&b, ',');
        size_t at = b.len;
        if (!put_str(&b, d->reasons[i])) {
            b.len = at;
            PUT(&b, "\"(reason not valid UTF-8)\"");
        }
    }
    util_buf_putc(&b, ']');
    PUT(&b, ",\"elapsed_us\":");
    util_buf_printf(&b, "%lld}", (long long)d->elapsed_us);
    char *res = util_arena_alloc(a, b.len + 1);
    memcpy(res, b.data, b.len);
    res[b.len] = '\0';
    util_buf_free(&b);
    return res;
}
