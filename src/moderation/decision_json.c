/* decision_json.c — a decision as the JSON object stored with every comment
 * (the audit row's detail, the editors' "explain").
 *
 * How: written straight into one buffer, keys in a fixed order, numbers
 * rounded to 4 decimals by integer arithmetic.  This runs once per posted
 * comment; building a jansson tree and dumping it cost more than deciding
 * the comment (about 160,000 instructions against 145,000, callgrind, on
 * bench/http/post.lua's comments), this costs a few thousand.  The output
 * is what jansson wrote before (compact, UTF-8 unescaped, "1.0" for whole
 * numbers), so stored rows read the same either way.
 *
 * Must never: write invalid JSON — a string that is not valid UTF-8 (a
 * matched text cut by the policy, a token name) becomes null or a fixed
 * sentence, as jansson's refusal did. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "moderation/mod_int.h"

/* Text known at compile time, keys and punctuation included. */
#define PUT(b, lit) util_buf_append((b), (lit), sizeof(lit) - 1)

/* A JSON string, or null when s is NULL or not valid UTF-8. */
static void put_str(util_buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    if (!s) {
        PUT(b, "null");
        return;
    }
    size_t n = strlen(s);
    if (!util_utf8_valid(s, n)) {
        PUT(b, "null");
        return;
    }
    util_buf_reserve(b, n + 2);
    util_buf_putc(b, '"');
    size_t run = 0;   /* start of the bytes copied as they are */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        util_buf_append(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': util_buf_append(b, "\\\"", 2); break;
        case '\\': util_buf_append(b, "\\\\", 2); break;
        case '\n': util_buf_append(b, "\\n", 2); break;
        case '\r': util_buf_append(b, "\\r", 2); break;
        case '\t': util_buf_append(b, "\\t", 2); break;
        case '\b': util_buf_append(b, "\\b", 2); break;
        case '\f': util_buf_append(b, "\\f", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            util_buf_append(b, u, 6);
        }
        }
    }
    util_buf_append(b, s + run, n - run);
    util_buf_putc(b, '"');
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
        const char *r = d->reasons[i];
        put_str(&b, r && util_utf8_valid(r, strlen(r)) ? r : "(reason not valid UTF-8)");
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
