/* decision_json.c — a decision as JSON: the editors' "explain"
 * (mod_decision_to_json) and the shorter form stored with every comment and
 * in the audit log (mod_decision_to_stored, read back by mod_detail_load).
 *
 * How: the output's size is bounded first (every string at worst 6 bytes
 * per byte), then it is written straight into the thread's scratch (or,
 * past 16 KB, one block of the caller's arena) and copied to the arena at
 * its own size, keys in a fixed order, numbers rounded to 4 decimals by integer
 * arithmetic.  This runs once per posted comment; building a jansson tree
 * and dumping it cost more than deciding the comment (about 160,000
 * instructions against 145,000, callgrind, on bench/http/post.lua's
 * comments); a growing util_buf cost 12,000-20,000; this, about half.  The output
 * is what jansson wrote before (compact, UTF-8 unescaped, "1.0" for whole
 * numbers), so stored rows read the same either way.
 *
 * The stored form: the explanation is most of a comment's row (1.1 KB of
 * ~1.6 KB), and a commit writes a new table page each time a page fills,
 * so its size is pages written per POST (bench/http/post-pages.sh).  It is
 * the same writer with the keys' defaults left out and each token as a pair
 * ["token",prob] (a third smaller); "v":2 marks it.  mod_detail_load
 * rebuilds the full shape with jansson, key by key, so what editors read is
 * the same for rows written either way.
 *
 * Must never: write invalid JSON — a string that is not valid UTF-8 (a
 * matched text cut by the policy, a token name) becomes null or a fixed
 * sentence, as jansson's refusal did. */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <jansson.h>

#include "moderation/mod_int.h"

/* Everything is written into one block of the caller's arena whose size
 * was bounded first (json_bound): no growing buffer, no copy at the end. */
#define PUT(o, lit) (memcpy((o), (lit), sizeof(lit) - 1), (o) + sizeof(lit) - 1)

/* True when the eight bytes of v are plain ASCII for a JSON string: none
 * below 0x20 or above 0x7F, no '"' and no backslash (SWAR tests). */
static inline bool plain8(uint64_t v)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t ctl = (v - 0x20 * ones) & ~v;
    uint64_t quote = v ^ (0x22 * ones), bs = v ^ (0x5C * ones);
    return ((((ctl | ((quote - ones) & ~quote) | ((bs - ones) & ~bs)) & high) | (v & high))) == 0;
}

/* A JSON string at o, or null when s is NULL or not valid UTF-8 (then *ok
 * is false): one pass that escapes and checks the UTF-8 at once.  n is
 * strlen(s) (json_bound measured every string once).  Room for the worst
 * case (every byte a \u00XX: 6 n + 2) is the caller's. */
static char *put_str(char *o, const char *s, size_t n, bool *ok)
{
    static const char hex[] = "0123456789abcdef";
    *ok = s != NULL;
    if (!s) return PUT(o, "null");
    char *start = o;
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    *o++ = '"';
    for (;;) {
#if defined(__SSE2__)
        /* sixteen plain ASCII bytes at a time (x86-64 always has SSE2): a
         * signed compare with 0x20 catches both the control bytes and
         * those above 0x7F */
        while (end - p >= 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
            __m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                       _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                    _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
            if (_mm_movemask_epi8(bad)) break;
            _mm_storeu_si128((__m128i *)(void *)o, v);
            o += 16;
            p += 16;
        }
#endif
        /* eight plain ASCII bytes at a time: none below 0x20 or above
         * 0x7F, no '"' and no backslash (SWAR tests on a 64-bit word) */
        while (end - p >= 8) {
            uint64_t v;
            memcpy(&v, p, 8);
            if (!plain8(v)) break;
            memcpy(o, p, 8);
            o += 8;
            p += 8;
        }
        if (p == end) break;
        if (n >= 4 && n < 8 && p == (const unsigned char *)s) {
            /* a short string (a clue's name: "w:peu") as two overlapping
             * four-byte words when both are plain, the same test on eight
             * bytes made of them */
            uint32_t x, y;
            memcpy(&x, p, 4);
            memcpy(&y, end - 4, 4);
            if (plain8((uint64_t)x << 32 | y)) {
                memcpy(o, &x, 4);
                memcpy(o + n - 4, &y, 4);
                o += n;
                break;
            }
        }
        if (end - p < 8 && n >= 8) {
            /* the string's last eight bytes at once when all are plain:
             * those of them before p were copied as they are, so writing
             * the eight again ends at the right place */
            uint64_t v;
            memcpy(&v, end - 8, 8);
            if (plain8(v)) {
                size_t k = (size_t)(end - p);
                memcpy(o + k - 8, end - 8, 8);
                o += k;
                break;
            }
        }
        unsigned c = *p;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *o++ = (char)c;
            p++;
            continue;
        }
        if (c >= 0x80) {   /* a whole valid sequence, copied as it is */
            size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                       : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 0) goto invalid;
            for (size_t i = 1; i < len; i++)   /* the NUL ends a short one here */
                if ((p[i] & 0xC0) != 0x80) goto invalid;
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
    return o;
invalid:
    *ok = false;
    return PUT(start, "null");
}

char *mod__put_ll(char *o, long long v)
{
    char d[20];
    int n = 0;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do d[n++] = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    if (v < 0) *o++ = '-';
    while (n) *o++ = d[--n];
    return o;
}

/* "00" to "99": two decimals at once (the reasons' numbers too) */
const char mod__two_digits[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* x rounded to 4 decimals: "0.1107", "1.0", "-0.5"; null when not finite
 * or too large to round exactly.  At most 22 bytes.  The decimals two at
 * a time from a table, after one constant division (the compiler's
 * multiplication), not by a divisor that changes in a loop (a hardware
 * division each). */
static inline char *put_num4(char *o, double x)
{
    if (!isfinite(x) || fabs(x) >= 1e14) return PUT(o, "null");
    /* llround(y) without the call: y's integer part, then its fraction
     * (exact: y - trunc(y) is representable) rounded half away from zero */
    double y = x * 10000;
    long long v = (long long)y;
    double fr = y - (double)v;
    v += (long long)(fr >= 0.5) - (long long)(fr <= -0.5);   /* (no branch: half the numbers round up) */
    if (v < 0) {
        *o++ = '-';
        v = -v;
    }
    long long ip = v / 10000;
    if (ip < 10) *o++ = (char)('0' + ip);   /* a probability: one digit */
    else o = mod__put_ll(o, ip);
    int frac = (int)(v % 10000);
    *o++ = '.';
    /* the first decimal always, then each next one while any is left:
     * the four written, the pointer moved past those kept (up to the last
     * that is not 0) */
    int hi = frac / 100, lo = frac - 100 * hi;
    memcpy(o, mod__two_digits + 2 * hi, 2);
    memcpy(o + 2, mod__two_digits + 2 * lo, 2);
    return o + (lo ? (lo % 10 ? 4 : 3) : (hi % 10 ? 2 : 1));
}

/* The length of every string the output holds, measured once by
 * json_bound (then used by put_str), in the decision's own order. */
typedef struct jlens {
    size_t action, category, message, fingerprint, abuse_category;
    size_t *match;      /* 3 per match: category, pattern, found */
    size_t *tok, *abuse_tok, *reason;
} jlens;

static size_t slen(const char *s)
{
    return s ? strlen(s) : 0;
}

/* Room for a string of n bytes written by put_str (or null). */
static size_t str_room(const char *s, size_t n)
{
    return s ? 6 * n + 2 : 4;
}

/* A list of tokens: [{"token":…,"prob":…},…], or [["…",prob],…] stored. */
static char *put_tokens(char *o, const mod_token_score *t, size_t n, const size_t *len, bool stored)
{
    bool ok;
    *o++ = '[';
    for (size_t i = 0; i < n; i++) {
        if (i) *o++ = ',';
        o = stored ? PUT(o, "[") : PUT(o, "{\"token\":");
        o = put_str(o, t[i].token, len[i], &ok);
        o = stored ? PUT(o, ",") : PUT(o, ",\"prob\":");
        o = put_num4(o, t[i].prob);
        *o++ = stored ? ']' : '}';
    }
    *o++ = ']';
    return o;
}

/* An upper bound of mod_decision_to_json's output, NUL included; *L gets
 * the strings' lengths (arrays in a). */
static size_t json_bound(const mod_decision *d, util_arena *a, jlens *L)
{
    L->action = slen(mod_action_name(d->action));
    L->category = slen(d->category);
    L->message = slen(d->message);
    L->fingerprint = slen(d->fingerprint);
    L->abuse_category = slen(d->abuse_category);
    size_t total = 3 * d->n_matches + d->n_tokens + d->n_abuse_tokens + d->n_reasons;
    size_t *v = util_arena_alloc_raw(a, (total ? total : 1) * sizeof *v);
    L->match = v;
    L->tok = L->match + 3 * d->n_matches;
    L->abuse_tok = L->tok + d->n_tokens;
    L->reason = L->abuse_tok + d->n_abuse_tokens;
    size_t n = 400 + str_room(mod_action_name(d->action), L->action) + str_room(d->category, L->category) +
               str_room(d->message, L->message) + str_room(d->fingerprint, L->fingerprint) +
               str_room(d->abuse_category, L->abuse_category);
    for (size_t i = 0; i < d->n_matches; i++) {
        const mod_match *x = &d->matches[i];
        size_t *m = &L->match[3 * i];
        m[0] = slen(x->category);
        m[1] = slen(x->pattern);
        m[2] = slen(x->found);
        n += 80 + str_room(x->category, m[0]) + str_room(x->pattern, m[1]) + str_room(x->found, m[2]);
    }
    for (size_t i = 0; i < d->n_tokens; i++) {
        L->tok[i] = slen(d->tokens[i].token);
        n += 48 + str_room(d->tokens[i].token, L->tok[i]);
    }
    for (size_t i = 0; i < d->n_abuse_tokens; i++) {
        L->abuse_tok[i] = slen(d->abuse_tokens[i].token);
        n += 48 + str_room(d->abuse_tokens[i].token, L->abuse_tok[i]);
    }
    for (size_t i = 0; i < d->n_reasons; i++) {
        L->reason[i] = slen(d->reasons[i]);
        n += 32 + str_room(d->reasons[i], L->reason[i]);
    }
    return n;
}

/* The thread's scratch for the output: the bound is the worst case (every
 * byte of every string escaped, ~6 times the output), so the output is
 * written here and only its own bytes copied into the arena (the bound
 * as an arena block cost a malloc of its own per decision). */
enum { JSON_SCRATCH = 16384 };

/* Both forms; stored: mod_decision_to_stored's. */
static char *write_decision(const mod_decision *d, util_arena *a, bool stored)
{
    jlens L;
    size_t bound = json_bound(d, a, &L);
    char *scratch = bound <= JSON_SCRATCH ? mod__scratch(MOD__SCRATCH_JSON, JSON_SCRATCH) : NULL;
    char *res = scratch ? scratch : util_arena_alloc_raw(a, bound), *o = res;
    bool ok;
    o = stored ? PUT(o, "{\"v\":2,\"action\":") : PUT(o, "{\"action\":");
    o = put_str(o, mod_action_name(d->action), L.action, &ok);
    if (!stored || d->category) {
        o = PUT(o, ",\"category\":");
        o = put_str(o, d->category, L.category, &ok);
    }
    if (!stored || d->message) {
        o = PUT(o, ",\"message\":");
        o = put_str(o, d->message, L.message, &ok);
    }
    o = PUT(o, ",\"spam_prob\":");
    o = put_num4(o, d->spam_prob);
    if (d->spam_blatant) o = PUT(o, ",\"blatant\":true");
    else if (!stored) o = PUT(o, ",\"blatant\":false");
    o = PUT(o, ",\"fingerprint\":");
    o = put_str(o, d->fingerprint, L.fingerprint, &ok);
    if (!stored || d->n_matches) o = PUT(o, ",\"matches\":[");
    for (size_t i = 0; i < d->n_matches; i++) {
        const mod_match *x = &d->matches[i];
        const size_t *m = &L.match[3 * i];
        if (i) *o++ = ',';
        o = PUT(o, "{\"category\":");
        o = put_str(o, x->category, m[0], &ok);
        o = PUT(o, ",\"pattern\":");
        o = put_str(o, x->pattern, m[1], &ok);
        o = PUT(o, ",\"found\":");
        o = put_str(o, x->found, m[2], &ok);
        if (x->neutralized) o = PUT(o, ",\"neutralized\":true}");
        else o = PUT(o, ",\"neutralized\":false}");
    }
    if (!stored || d->n_matches) *o++ = ']';
    o = PUT(o, ",\"tokens\":");
    o = put_tokens(o, d->tokens, d->n_tokens, L.tok, stored);
    o = PUT(o, ",\"abuse\":");
    if (d->abuse_prob >= 0) {
        o = PUT(o, "{\"prob\":");
        o = put_num4(o, d->abuse_prob);
        if (!stored || d->abuse_category) {
            o = PUT(o, ",\"category\":");
            o = put_str(o, d->abuse_category, L.abuse_category, &ok);
        }
        o = PUT(o, ",\"tokens\":");
        o = put_tokens(o, d->abuse_tokens, d->n_abuse_tokens, L.abuse_tok, stored);
        *o++ = '}';
    } else {
        o = PUT(o, "null");
    }
    o = PUT(o, ",\"reasons\":[");
    for (size_t i = 0; i < d->n_reasons; i++) {
        if (i) *o++ = ',';
        char *at = o;
        o = put_str(o, d->reasons[i], L.reason[i], &ok);
        if (!ok) o = PUT(at, "\"(reason not valid UTF-8)\"");
    }
    o = PUT(o, "],\"elapsed_us\":");
    o = mod__put_ll(o, d->elapsed_us);
    *o++ = '}';
    *o = '\0';
    if (res != scratch) return res;
    size_t len = (size_t)(o - res) + 1;
    char *out = util_arena_alloc_raw(a, len);
    memcpy(out, res, len);
    return out;
}

char *mod_decision_to_json(const mod_decision *d, util_arena *a)
{
    return write_decision(d, a, false);
}

char *mod_decision_to_stored(const mod_decision *d, util_arena *a)
{
    return write_decision(d, a, true);
}

/* ---- reading a stored detail back ---------------------------------------- */

/* o[key] (a new reference), or dflt when o has none. */
static json_t *take(json_t *o, const char *key, json_t *dflt)
{
    json_t *v = json_object_get(o, key);
    if (!v) return dflt;
    json_decref(dflt);
    return json_incref(v);
}

/* [["t",p],…] -> [{"token":"t","prob":p},…]; anything else as it is. */
static json_t *token_objects(json_t *list)
{
    if (!json_is_array(list)) return list;
    json_t *out = json_array();
    size_t i;
    json_t *x;
    json_array_foreach(list, i, x) {
        if (json_is_array(x) && json_array_size(x) == 2)
            json_array_append_new(out, json_pack("{s:O, s:O}", "token", json_array_get(x, 0),
                                                 "prob", json_array_get(x, 1)));
        else
            json_array_append(out, x);
    }
    json_decref(list);
    return out;
}

json_t *mod_detail_load(const char *detail)
{
    json_t *in = detail ? json_loads(detail, 0, NULL) : NULL;
    if (!json_is_object(in) || json_integer_value(json_object_get(in, "v")) != 2) return in;
    json_t *o = json_object();
    json_object_set_new(o, "action", take(in, "action", json_null()));
    json_object_set_new(o, "category", take(in, "category", json_null()));
    json_object_set_new(o, "message", take(in, "message", json_null()));
    json_object_set_new(o, "spam_prob", take(in, "spam_prob", json_null()));
    json_object_set_new(o, "blatant", take(in, "blatant", json_false()));
    json_object_set_new(o, "fingerprint", take(in, "fingerprint", json_null()));
    json_object_set_new(o, "matches", take(in, "matches", json_array()));
    json_object_set_new(o, "tokens", token_objects(take(in, "tokens", json_array())));
    json_t *ab = json_object_get(in, "abuse");
    if (json_is_object(ab)) {
        json_object_set_new(o, "abuse",
                            json_pack("{s:o, s:o, s:o}", "prob", take(ab, "prob", json_null()),
                                      "category", take(ab, "category", json_null()), "tokens",
                                      token_objects(take(ab, "tokens", json_array()))));
    } else {
        json_object_set_new(o, "abuse", take(in, "abuse", json_null()));
    }
    json_object_set_new(o, "reasons", take(in, "reasons", json_array()));
    json_object_set_new(o, "elapsed_us", take(in, "elapsed_us", json_null()));
    json_decref(in);
    return o;
}
