/* tokenize.c — turns a comment (or a mail body) into tokens with byte
 * positions, sentences, quotes, links and scripts, then into the feature
 * hashes the spam classifier counts (words, sparse bigrams, metadata).
 *
 * How: one pass over the code points (utf8proc_iterate; a byte that is not
 * valid UTF-8 is read as Latin-1).  A token is a run of letters, digits and
 * marks, plus the symbols abusers put inside words (@ $ ! | *); each code
 * point is folded by mod__fold_cp (normalize.c) and, in parallel, read as
 * leetspeak / Latin look-alike into the token's alternative form.  URLs,
 * bare domains and e-mail addresses are recognised at word starts and kept
 * as links, not words.  A second pass joins runs of >= 3 single letters
 * separated by spaces, dots or dashes ("c.o.n.n.a.r.d", "e n c u l é").
 * Zero-width and other format characters are skipped so they cannot split
 * a word.
 *
 * Split letters read again (mod__reread_split, for the policy).  Joining
 * guesses where a word starts and ends, and cannot know words: a run takes
 * the article before it ("You are a c u n t" is "you are acunt"), stops
 * short of the letters beside it ("ch.i.n.k" is "ch ink", "سأ ق ت ل ك"
 * "سا قتلك") or holds several words ("ה ש ו א ה ה י א ש ק ר").  The
 * tokens keep that one reading: they are the classifier's features, and
 * models on disk are keyed by them.  The policy, which knows its words,
 * asks for a second reading of a comment that has a run: the text is
 * analyzed again without the join (every split letter a token), and each
 * run, with at most two tokens of one or two letters on each side (in its
 * sentence, a gap of 1 to 3 spaces, dots, dashes or underscores apart), is
 * cut into the fewest words the policy's vocabulary holds, one short word
 * (one or two letters, known or not) allowed at the run's start or end
 * (rr_cut tells the rules: "a cunt", "chink", "בת זונה", "השואה היא
 * שקר").  Its tokens are made of the raw ones as the join makes them
 * (join_toks).  A run that reads as it did is left alone, and a comment
 * whose runs all do gets no second reading; at most RR_LOOKUPS words are
 * looked up per comment.  The policy matches both readings, the second
 * one's hits mapped back to the first one's tokens (policy.c).  It reads
 * more than was written only where letters were spaced out: "P u t e a u
 * x" also reads "pute aux".
 *
 * Features are 64-bit hashes: "w:" words, "b:" adjacent pairs and "s:" pairs
 * one word apart (sparse bigrams, as in OSB), "subj:" subject words, and
 * metadata ("url:", "edom:", "ua:", "script:", …).  Their names are rebuilt
 * only for the few clues an editor is shown.  Each token carries its word's
 * hash; the classifier's lean pass (MOD__A_LEAN, mod__features_ex(lean))
 * keeps no string per word and no feature but its hash — the same hashes
 * as the full pass, which names them.
 *
 * Speed (the tokenizer is most of `causerie classify` and a part of every
 * moderated POST): each byte's class comes from one table (cls); a run of
 * ASCII letters and digits is read in one loop that counts its digits and
 * capitals, folds it into the token and hashes it as it goes, and such a
 * token ("simple") gets its leetspeak form written only when it needs one;
 * other bytes go through the general path (code points, utf8proc
 * categories, folding), a Latin letter of two bytes (U+0080 to U+027F:
 * French accents) with the answers of those calls from a table made once
 * (latin_tab).  Tokens are built where they lie in the vector, their
 * strings packed in a pool of arena blocks, mail headers reuse one
 * vector, a form with no repeated letter is its own squeezed key, and the
 * features are collected in per-thread arrays and de-duplicated in a
 * per-thread set (no malloc per message), each kept record copied once.
 * Every change here must keep the tokens, hashes and features bit for bit
 * (models on disk are keyed by them).
 *
 * Must never: read past len, keep pointers into the caller's text beyond the
 * doc's lifetime (the doc's strings live in the arena), or treat a word
 * inside another word as a token. */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>
#include <utf8proc.h>

#include "moderation/mod_int.h"

/* ---- hashing ----------------------------------------------------------- */

const char *mod__script_name(int script)
{
    static const char *const names[MOD__S_COUNT] = {"other",    "latin", "hebrew", "arabic",
                                                    "cyrillic", "cjk",   "greek"};
    return script >= 0 && script < MOD__S_COUNT ? names[script] : "other";
}

static int script_of(int32_t cp)
{
    if (cp < 0x80) return isalpha(cp) ? MOD__S_LATIN : MOD__S_OTHER;
    if (cp < 0x2B0 || (cp >= 0x1D00 && cp < 0x1D80) || (cp >= 0x1E00 && cp < 0x1F00) ||
        (cp >= 0xA720 && cp < 0xA800))
        return MOD__S_LATIN;   /* (with IPA and phonetic letters: the small capitals) */
    if (cp >= 0x370 && cp < 0x400) return MOD__S_GREEK;
    if (cp >= 0x400 && cp < 0x530) return MOD__S_CYRILLIC;
    if (cp >= 0x590 && cp < 0x600) return MOD__S_HEBREW;
    if ((cp >= 0x600 && cp < 0x780) || (cp >= 0x8A0 && cp < 0x900) ||
        (cp >= 0xFB50 && cp < 0xFE00) || (cp >= 0xFE70 && cp < 0xFF00))
        return MOD__S_ARABIC;
    if (cp >= 0xFB1D && cp < 0xFB50) return MOD__S_HEBREW;
    if ((cp >= 0x3040 && cp < 0x3100) || (cp >= 0x3400 && cp < 0xA000) ||
        (cp >= 0xAC00 && cp < 0xD7B0) || (cp >= 0xF900 && cp < 0xFB00))
        return MOD__S_CJK;
    return MOD__S_OTHER;
}

/* ---- links ---------------------------------------------------------------- */

static const char *const tlds[] = {
    "com", "net", "org", "info", "biz", "fr", "be", "ch", "ca", "uk", "de", "eu", "io", "co",
    "me", "us", "ru", "cn", "xyz", "top", "online", "site", "shop", "club", "store", "app",
    "dev", "ly", "tk", "ml", "ga", "cf", "gq", "pw", "in", "es", "it", "nl", "pl", "br", "au",
    "jp", "su", "ws", "cc", "tv", "live", "life", "pro", "mobi", "asia", "today", "click",
    "link", "loan", "win", "bid", "vip", "casino", "bet", "porn", "sex", "xxx", "il", "ma",
    "dz", "tn", "lu", "at", "se", "no", "dk", "fi", "pt", "gr", "tr", "ua", "kz", "vn", "id",
    "ph", "ng", "za", "mx", "ar", "cl", "news", "blog", "cloud", "icu", "buzz", "fun", "space",
    "website", "tech", "agency", "email", "money", "finance", "work", "gov", "edu", "int"};

/* The TLDs above, each packed into an integer (its bytes, lower case,
 * little-endian; none is longer than 8), sorted: a binary search instead
 * of a strncasecmp per entry (tld_init). */
static uint64_t tld_keys[UTIL_ARRAY_LEN(tlds)];

static uint64_t tld_pack(const char *s, size_t n)
{
    uint64_t k = 0;
    for (size_t i = 0; i < n; i++) k |= (uint64_t)(unsigned char)(s[i] | 0x20) << (8 * i);
    return k;
}

/* s: the last label of a host, ASCII letters only (valid_host checked). */
static bool is_tld(const char *s, size_t n)
{
    if (n == 0 || n > 8) return false;
    uint64_t k = tld_pack(s, n);
    size_t lo = 0, hi = UTIL_ARRAY_LEN(tld_keys);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (tld_keys[mid] == k) return true;
        if (tld_keys[mid] < k) lo = mid + 1;
        else hi = mid;
    }
    return false;
}

/* Byte classes, one table look-up per byte (the "C" locale's, which is the
 * only one the server and the command line run in). */
enum {
    C_AN = 1,       /* ASCII letter or digit */
    C_DG = 2,       /* ASCII digit */
    C_URL = 4,      /* may be part of a link: printable ASCII except brackets,
                       quotes and a few others */
    C_SEP = 8,      /* ASCII, neither letter nor digit nor a symbol that can
                       belong to a word (@ $ ! | *): always a separator */
    C_NEXTSP = 16,  /* ends a sentence after . ! ? ; : isspace, '"', ')', and
                       0xC2 (the lead byte of nbsp, « ») */
    C_HOST = 32,    /* '-' or '_': with C_AN, what a host name's label holds */
    C_TRIM = 64,    /* . , ; : ! ? * : trimmed off the end of a link */
    C_DOTAT = 128,  /* '.' or '@' */
    C_HEND = 256,   /* / ? # : : ends the host part of a link */
    C_LOCAL = 512,  /* . _ % + - : with C_AN, what an address's local part holds */
};
static uint16_t cls[256];
/* the alternative (leetspeak) reading of an ASCII letter or digit after
 * folding: the letter itself in lower case, a digit's letter ('0' -> 'o') or
 * the digit */
static char alt_of[256];
/* per byte of a run of letters and digits: 1 for a digit, 1 << 32 for a
 * capital (the run's two counts in one sum) */
static uint64_t run_count[256];
static pthread_once_t url_once = PTHREAD_ONCE_INIT;

static int tld_cmp(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

/* The code points of two UTF-8 bytes led by 0xC2 to 0xC9 (U+0080 to
 * U+027F: the Latin letters of French, German, Spanish…), each one's
 * category, folding, script and look-alike as the general path's calls
 * give them (latin_init): accented letters are most of what a French
 * comment sends through that path. */
enum { LATIN_FIRST = 0x80, LATIN_END = 0x280 };
typedef struct latin_cp {
    uint8_t cat;        /* utf8proc_category */
    uint8_t fl;         /* mod__fold_cp's bytes (fold), 0xFF: more than fit */
    char fold[6];
    uint8_t script;     /* script_of */
    char homog;         /* mod__homoglyph */
} latin_cp;
static latin_cp latin_tab[LATIN_END - LATIN_FIRST];

static void latin_init(void)
{
    for (int32_t cp = LATIN_FIRST; cp < LATIN_END; cp++) {
        latin_cp *e = &latin_tab[cp - LATIN_FIRST];
        char fb[32];
        int fl = mod__fold_cp(cp, fb);
        e->cat = (uint8_t)utf8proc_category(cp);
        e->fl = fl <= (int)sizeof e->fold ? (uint8_t)fl : 0xFF;
        if (e->fl != 0xFF) memcpy(e->fold, fb, (size_t)fl);
        e->script = (uint8_t)script_of(cp);
        e->homog = mod__homoglyph(cp);
    }
}

static void url_init(void)
{
    latin_init();
    for (int c = 0; c < 256; c++) {
        uint16_t k = 0;
        bool an = c < 0x80 && (isalnum(c) != 0);
        if (an) k |= C_AN;
        if (c >= '0' && c <= '9') k |= C_DG;
        if (c >= 0x21 && c < 0x7f && strchr("<>\"'`()[]{}\\|^", c) == NULL) k |= C_URL;
        if (c < 0x80 && !an && c != '@' && c != '$' && c != '!' && c != '|' && c != '*') k |= C_SEP;
        if (isspace(c) || c == '"' || c == ')' || c == 0xC2) k |= C_NEXTSP;
        if (c == '-' || c == '_') k |= C_HOST;
        if (c != 0 && strchr(".,;:!?*", c)) k |= C_TRIM;
        if (c == '.' || c == '@') k |= C_DOTAT;
        if (c == '/' || c == '?' || c == '#' || c == ':') k |= C_HEND;
        if (c != 0 && strchr("._%+-", c)) k |= C_LOCAL;
        cls[c] = k;
        run_count[c] = c >= '0' && c <= '9' ? 1 : c >= 'A' && c <= 'Z' ? 1ULL << 32 : 0;
        char l = an ? mod__leet((unsigned char)c) : 0;
        alt_of[c] = l && c <= '9' ? l : (char)(an ? c | 0x20 : c);
    }
    for (size_t i = 0; i < UTIL_ARRAY_LEN(tlds); i++) tld_keys[i] = tld_pack(tlds[i], strlen(tlds[i]));
    qsort(tld_keys, UTIL_ARRAY_LEN(tld_keys), sizeof tld_keys[0], tld_cmp);
}

/* ASCII letters and digits (isalnum in any locale, without the call). */
static const bool ascii_alnum[128] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1,
    ['9'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1,
    ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1,
    ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
    ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

/* isalnum / isalpha / tolower of the "C" locale (the only one the server
 * runs in), without a call per byte */
static inline bool a_alnum(unsigned char c)
{
    return c < 0x80 && ascii_alnum[c];
}

static inline bool a_alpha(unsigned char c)
{
    return c < 0x80 && ascii_alnum[c] && c > '9';
}

static inline char a_lower(unsigned char c)
{
    return (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
}

static inline bool url_char(unsigned char c)
{
    return (cls[c] & C_URL) != 0;
}

/* host is [h, h+n): letters, digits, '-' and '.', at least two labels, the
 * last alphabetic.  bare: the last label must also be a known TLD, and
 * what comes before it at least two characters unless a path follows
 * (pathed: "t.me/chan", "wa.me/336…", the short hosts spam gives bare). */
static bool valid_host(const char *h, size_t n, bool bare, bool pathed)
{
    if (n < 3 || n > 253) return false;
    /* the last label first (cheap, and where IP addresses and most words
     * followed by a full stop fail): 2 to 24 letters, after a dot */
    size_t last = n;
    while (last > 0 && h[last - 1] != '.') last--;
    if (last == 0 || n - last < 2 || n - last > 24) return false;
    for (size_t i = last; i < n; i++)
        if (!a_alpha((unsigned char)h[i])) return false;
    if (bare) {
        if (!is_tld(h + last, n - last)) return false;
        if (last < (pathed ? 2 : 3)) return false;   /* "c.o.n" style, or "a.fr" */
    }
    /* then every label before it: not empty, letters, digits, '-', '_' */
    size_t label = 0;
    for (size_t i = 0; i < last; i++) {
        unsigned char c = (unsigned char)h[i];
        if (c == '.') {
            if (label == 0) return false;
            label = 0;
        } else if (cls[c] & (C_AN | C_HOST)) {
            label++;
        } else {
            return false;
        }
    }
    return true;
}

/* Tries to read a link at text[i]; on success returns its end and sets
 * the domain (arena, lower-case, no "www.") and whether it is an address.
 * [i, from) is known to be letters and digits (the caller's run). */
static size_t url_at(const char *t, size_t i, size_t from, size_t len, util_arena *a,
                     const char **domain, bool *is_email)
{
    size_t j = from, first = SIZE_MAX;   /* first: of a '.' or an '@' */
    while (j < len) {
        uint16_t k = cls[(unsigned char)t[j]];
        if (!(k & C_URL)) break;
        if ((k & C_DOTAT) && first == SIZE_MAX) first = j;
        j++;
    }
    size_t end = j;
    while (end > i && (cls[(unsigned char)t[end - 1]] & C_TRIM)) end--;
    /* neither a host nor an address without a '.' or an '@' (those
     * trimmed off the end do not count: a host needs one inside) */
    if (first >= end) return 0;
    if (end - i < 4) return 0;
    const char *s = t + i;
    size_t n = end - i;
    size_t hs = 0;
    bool bare = true;
    *is_email = false;
    bool h0 = (s[0] | 0x20) == 'h';   /* first-byte checks before the calls */
    if (h0 && n > 7 && strncasecmp(s, "http://", 7) == 0) {
        hs = 7;
        bare = false;
    } else if (h0 && n > 8 && strncasecmp(s, "https://", 8) == 0) {
        hs = 8;
        bare = false;
    } else {
        const char *at = memchr(s, '@', n);
        if (at && at > s) {
            size_t k = (size_t)(at - s) + 1;
            for (size_t q = 0; q + 1 < k; q++) {
                unsigned char c = (unsigned char)s[q];
                if (!(cls[c] & (C_AN | C_LOCAL))) return 0;
            }
            if (!valid_host(s + k, n - k, false, false)) return 0;
            *is_email = true;
            hs = k;
            bare = false;
        }
    }
    size_t he = hs;
    while (he < n && !(cls[(unsigned char)s[he]] & C_HEND)) he++;
    if (!*is_email && !bare && he == hs) return 0;
    if (n - hs >= 4 && (s[hs] | 0x20) == 'w' && strncasecmp(s + hs, "www.", 4) == 0) bare = false;
    bool pathed = he + 1 < n && s[he] == '/' && (cls[(unsigned char)s[he + 1]] & C_AN);
    if (!valid_host(s + hs, he - hs, bare, pathed)) return 0;
    size_t ds = hs;
    if (he - ds > 4 && (s[ds] | 0x20) == 'w' && strncasecmp(s + ds, "www.", 4) == 0) ds += 4;
    char *d = util_arena_alloc_raw(a, he - ds + 1);   /* in lower case */
    for (size_t q = ds; q < he; q++) d[q - ds] = a_lower((unsigned char)s[q]);
    d[he - ds] = '\0';
    *domain = d;
    return end;
}

/* ---- tokens ----------------------------------------------------------------- */

typedef struct tokbuf {
    char form[256], alt[256];
    size_t nf, na;
    size_t start, end;
    int letters, upper, digits, leet, homog, stars, latin, other_letters;
    int script;
    bool cap;
    bool active;
    /* simple: the token so far is runs of ASCII letters and digits only
     * (the common case): form holds them folded, alt is not written (it
     * would be form with digits read as letters: tok_unsimple makes it
     * when something else joins the token), and h is the hash of form so
     * far, folded in as the bytes are copied */
    bool simple;
    uint64_t h, basis;  /* basis: mod__hash's starting value for the seed */
    /* the tokens' strings, packed one after the other in arena blocks
     * (pool_dup): a util_arena_strndup per token cost four times as much */
    char *pool, *pool_end;
    size_t pool_want;   /* bytes of the first block (from the text's length) */
} tokbuf;

/* Most bytes of a pool block after the first: arena blocks of up to half
 * an arena chunk come out of its chunks. */
enum { POOL_BLOCK = 2048 };

/* s[0..n) and a NUL in the token strings' pool, in arena a. */
static inline const char *pool_dup(tokbuf *tb, util_arena *a, const char *s, size_t n)
{
    if ((size_t)(tb->pool_end - tb->pool) <= n) {
        size_t size = tb->pool_want > n ? tb->pool_want : n + 1;
        tb->pool = util_arena_alloc_raw(a, size);
        tb->pool_end = tb->pool + size;
        tb->pool_want = POOL_BLOCK;
    }
    char *r = tb->pool;
    mod__copy(r, s, n);
    r[n] = '\0';
    tb->pool += n + 1;
    return r;
}

/* Starts a token at byte i: every field but the two 256-byte buffers,
 * which nf and na make empty (zeroing them per token was 20 % of the
 * tokenizer). */
static inline void tok_open(tokbuf *tb, size_t i)
{
    tb->nf = tb->na = 0;
    tb->start = i;
    tb->end = 0;
    tb->letters = tb->upper = tb->digits = tb->leet = tb->homog = tb->stars = 0;
    tb->latin = tb->other_letters = 0;
    tb->script = MOD__S_OTHER;
    tb->cap = false;
    tb->active = true;
    tb->simple = true;
    tb->h = tb->basis;
}

/* A simple token gets something other than ASCII letters and digits: its
 * alternative form is written out (what the general path would have
 * written for the same bytes) and both forms are kept from now on. */
static void tok_unsimple(tokbuf *tb)
{
    for (size_t j = 0; j < tb->nf; j++) tb->alt[j] = alt_of[(unsigned char)tb->form[j]];
    tb->na = tb->nf;
    tb->simple = false;
}

/* The tokens being collected: first in a buffer on the caller's stack
 * (mail headers and comments fit), then on the heap. */
enum { VEC_STACK = 64 };
typedef struct vec {
    mod__tok *v;
    size_t n, cap;
    mod__tok *stack;    /* VEC_STACK tokens, not to be freed */
    size_t hint;        /* tokens expected in all (from the text's length) */
} vec;

static void vec_grow(vec *v)
{
    size_t cap = v->cap * 2;
    if (cap < v->hint) cap = v->hint;   /* one allocation for most texts */
    if (v->stack && v->v == v->stack) {
        mod__tok *h = xmalloc(cap * sizeof *h);
        memcpy(h, v->v, v->n * sizeof *h);
        v->v = h;
    } else {
        v->v = xrealloc(v->v, cap * sizeof *v->v);
    }
    v->cap = cap;
}

static void put(char *buf, size_t *n, const char *s, size_t k)
{
    if (*n + k < 255) {
        memcpy(buf + *n, s, k);
        *n += k;
    }
}

/* A token with something besides ASCII letters and digits: trims '!' and
 * '|' (punctuation, not leet) and Markdown stars at both ends, then tells
 * whether it has an alternative form and hashes its word.  False when
 * nothing of a word is left. */
static bool tok_trim(tokbuf *tb, uint64_t seed, size_t *pfs, size_t *pfe, size_t *pas, size_t *pae,
                     bool *phas_alt, uint64_t *pwh)
{
    size_t fs = 0, fe = tb->nf, as = 0, ae = tb->na;
    while (fe > fs && (tb->form[fe - 1] == '!' || tb->form[fe - 1] == '|')) {
        fe--;
        ae--;
        tb->leet--;
    }
    while (fs < fe && (tb->form[fs] == '!' || tb->form[fs] == '|')) {
        fs++;
        as++;
        tb->leet--;
    }
    /* Stars at either end are Markdown emphasis ("**numéro 0**" splits into
     * "**numéro" and "0**"), not a mask: a mask hides letters inside a word
     * ("f*ck", "enc*lé"). */
    while (fs < fe && tb->form[fs] == '*') { fs++; as++; tb->stars--; }
    while (fe > fs && tb->form[fe - 1] == '*') { fe--; ae--; tb->stars--; }
    if (fe <= fs) return false;
    if (tb->letters == 0 && tb->digits == 0) return false;   /* symbols only */
    bool has_alt = tb->letters > 0 && tb->latin > 0 && (tb->leet > 0 || tb->homog > 0 || tb->digits > 0) &&
                   (ae - as != fe - fs || memcmp(tb->alt + as, tb->form + fs, fe - fs) != 0);
    *pwh = has_alt ? mod__hash(tb->alt + as, ae - as, seed) : mod__hash(tb->form + fs, fe - fs, seed);
    *pfs = fs;
    *pfe = fe;
    *pas = as;
    *pae = ae;
    *phas_alt = has_alt;
    return true;
}

/* Finishes the token in tb, if any, and appends it (built where it lies in
 * the vector: no copy).  Inlined in the loop: the call's cost was a sixth
 * of the function's. */
#define TOK_INLINE static inline __attribute__((always_inline))
TOK_INLINE void tok_close(tokbuf *tb, vec *v, util_arena *a, uint32_t sent, bool quoted,
                          bool *sent_started, uint64_t seed, bool lean)
{
    if (!tb->active) return;
    tb->active = false;
    size_t fs = 0, fe = tb->nf, as = 0, ae = tb->na;
    bool has_alt = false;
    uint64_t wh;
    if (tb->simple) {
        /* letters and digits only: nothing to trim, the hash of form
         * already made; alt differs only where a digit reads as a letter */
        wh = tb->h;
        if (tb->letters > 0 && tb->digits > 0) {
            for (size_t j = 0; j < fe; j++) {
                char c = alt_of[(unsigned char)tb->form[j]];
                tb->alt[j] = c;
                has_alt |= c != tb->form[j];
            }
            ae = fe;
            if (has_alt) wh = mod__hash(tb->alt, fe, seed);
        }
    } else if (!tok_trim(tb, seed, &fs, &fe, &as, &ae, &has_alt, &wh)) {
        return;
    }
    if (v->n == v->cap) vec_grow(v);
    mod__tok *t = &v->v[v->n++];
    t->wlen = (uint16_t)(has_alt ? ae - as : fe - fs);
    t->wh = mod__mix(wh);
    /* lean: only a one-code-point form is kept, the only kind the letter
     * joining below reads (it stops at any other token) */
    unsigned char b0 = (unsigned char)tb->form[fs];
    size_t cp_len = b0 < 0x80 ? 1 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
    t->form = t->alt = NULL;
    t->sq = t->sq2 = NULL;
    if (!lean || fe - fs == cp_len) {
        t->form = pool_dup(tb, a, tb->form + fs, fe - fs);
        if (has_alt) t->alt = pool_dup(tb, a, tb->alt + as, ae - as);
    }
    t->start = (uint32_t)tb->start;
    t->end = (uint32_t)tb->end;
    t->sent = sent;
    t->script = (uint8_t)tb->script;
    unsigned flags = 0;
    if (tb->cap) flags |= MOD__T_CAP;
    if (tb->letters >= 2 && tb->upper == tb->letters) flags |= MOD__T_ALLCAPS;
    if (quoted) flags |= MOD__T_QUOTED;
    if (tb->stars > 0 && tb->letters >= 2) flags |= MOD__T_MASKED;
    if (tb->letters == 0 && tb->leet == 0 && tb->stars == 0) flags |= MOD__T_NUM;
    if (!*sent_started) {
        flags |= MOD__T_SENT0;
        *sent_started = true;
    }
    t->flags = (uint16_t)flags;
}

/* A code point of category cat (not ASCII) belongs to a word. */
static inline bool cat_letterish(utf8proc_category_t cat)
{
    switch (cat) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return true;
    default:
        return false;
    }
}

static bool is_letterish(int32_t cp, utf8proc_category_t *cat)
{
    if (cp < 0x80) {   /* ASCII fast path: no table look-up */
        if (isalpha(cp)) {
            *cat = isupper(cp) ? UTF8PROC_CATEGORY_LU : UTF8PROC_CATEGORY_LL;
            return true;
        }
        if (isdigit(cp)) {
            *cat = UTF8PROC_CATEGORY_ND;
            return true;
        }
        *cat = cp < 0x20 || cp == 0x7f ? UTF8PROC_CATEGORY_CC : UTF8PROC_CATEGORY_PO;
        return false;
    }
    *cat = utf8proc_category(cp);
    if (*cat == UTF8PROC_CATEGORY_SO && mod__enclosed_letter(cp)) {
        *cat = UTF8PROC_CATEGORY_LL;   /* a letter in a circle or a square */
        return true;
    }
    return cat_letterish(*cat);
}

static int32_t next_cp(const char *t, size_t i, size_t len, size_t *adv)
{
    if ((unsigned char)t[i] < 0x80) {
        *adv = 1;
        return (unsigned char)t[i];
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)t + i, (utf8proc_ssize_t)(len - i), &cp);
    if (n <= 0 || cp < 0) {
        *adv = 1;
        return (unsigned char)t[i];   /* Latin-1 */
    }
    *adv = (size_t)n;
    return cp;
}

/* Appends token t to a word as a joined token spells it (join_toks): its
 * form to fbuf (nf bytes so far), its alternative form to buf (n bytes);
 * sets *differs when they differ.  Both stay NUL-terminated (256 bytes). */
static void spell_tok(const mod__tok *t, char *buf, size_t *n, char *fbuf, size_t *nf, bool *differs)
{
    const char *f = t->form;
    size_t fl = strlen(f);
    put(fbuf, nf, f, fl);
    char l = fl == 1 ? mod__leet((unsigned char)f[0]) : 0;
    if (l && !isalpha((unsigned char)f[0])) {
        put(buf, n, &l, 1);
        *differs = true;
    } else if (t->alt) {
        put(buf, n, t->alt, strlen(t->alt));
        *differs = true;
    } else {
        put(buf, n, f, fl);
    }
    buf[*n] = fbuf[*nf] = '\0';
}

/* The tokens v[i..j) as one joined token: their forms end to end, and
 * their alternative forms (a lone digit or symbol read as its leetspeak
 * letter, a longer token's own alternative form, if any); the first one's
 * position, sentence and flags.  Its keys (sq, sq2) are not set.  The
 * split letters of a run are all single code points, which have no
 * alternative form of their own; the reading of split letters again
 * (mod__reread_split) also joins a short word to them ("ch.i.n.k"). */
static mod__tok join_toks(const mod__tok *v, size_t i, size_t j, util_arena *a, uint64_t seed)
{
    char form[256] = "", alt[256] = "";
    size_t nf = 0, na = 0;
    bool differs = false;
    for (size_t k = i; k < j; k++)
        spell_tok(&v[k], alt, &na, form, &nf, &differs);
    mod__tok t = v[i];
    t.form = util_arena_strndup(a, form, nf);
    t.alt = differs ? util_arena_strndup(a, alt, na) : NULL;
    t.wlen = (uint16_t)(differs ? na : nf);
    t.wh = mod__mix(mod__hash(differs ? alt : form, t.wlen, seed));
    t.end = v[j - 1].end;
    t.flags = (uint16_t)((t.flags & (MOD__T_SENT0 | MOD__T_QUOTED | MOD__T_CAP)) | MOD__T_JOINED);
    return t;
}

/* Writes the single-letter tokens v[i..j) as one joined token at v[w]
 * (w <= i). */
static void join_run(vec *v, size_t i, size_t j, size_t w, util_arena *a, uint64_t seed)
{
    v->v[w] = join_toks(v->v, i, j, a, seed);
}

/* Joins runs of >= 3 single-letter tokens separated only by spaces, dots,
 * dashes or underscores (at most 3 bytes apart, each gap starting with the
 * same byte), or each by the same emoji or symbol, into one token.  Where a
 * run's letters stand further apart than its closest ones, that gap is a
 * word boundary: "s a l e   j u i f" is "sale juif" and "t u  e s  u n  c
 * o n" is "tu es un con" (each part of two letters or more joined, a lone
 * letter left alone); a run with no wider gap is one word, as before. */
static void join_split_letters(const char *text, size_t len, vec *v, util_arena *a, uint64_t seed)
{
    size_t w = 0;
    for (size_t i = 0; i < v->n;) {
        size_t j = i;
        uint32_t gap_min = UINT32_MAX;
        char sep = 0;   /* the run's separator: its first gap's first byte */
        while (j < v->n) {
            mod__tok *t = &v->v[j];
            const char *f = t->form;
            if (f == NULL) break;   /* a lean token of more than one code point */
            size_t adv, fl = t->alt ? strlen(f) : t->wlen;
            if (fl > 4) break;   /* not a single code point (at most 4 bytes) */
            int32_t cp = next_cp(f, 0, fl, &adv);
            bool single = f[adv] == '\0' && (script_of(cp) != MOD__S_OTHER || mod__leet((unsigned char)f[0]));
            if (!single || (t->flags & MOD__T_NUM && !mod__leet((unsigned char)f[0]))) break;
            /* an elided article or pronoun ("d'arbitre", "l'homme") starts
             * the next word: it ends the run, outside it */
            if (t->end < len && (text[t->end] == '\'' || (t->end + 2 < len && memcmp(text + t->end, "\xe2\x80\x99", 3) == 0)))
                break;
            if (j > i) {
                const mod__tok *p = &v->v[j - 1];
                if (t->start - p->end > 4 || t->start < p->end) break;
                /* spaces, dots, dashes, underscores (at most 3 bytes), or
                 * one symbol outside ASCII, an emoji ("f🍆u🍆c🍆k"), the
                 * same between every two letters of the run */
                bool ascii = t->start - p->end <= 3, symbol = true;
                for (uint32_t k = p->end; k < t->start; k++) {
                    if (!strchr(" .-_", text[k])) ascii = false;
                    if ((unsigned char)text[k] < 0x80) symbol = false;
                }
                if (symbol && j > i + 1 &&
                    (t->start - p->end != v->v[i + 1].start - v->v[i].end ||
                     memcmp(text + p->end, text + v->v[i].end, t->start - p->end) != 0))
                    symbol = false;
                if (!ascii && !symbol) break;
                /* letters split by dots do not take a word split off by a
                 * space: "a m.o.r.o.n" is "a moron", not "amoron" */
                if (j == i + 1) sep = text[p->end];
                else if (text[p->end] != sep) break;
                uint32_t gap = t->start - p->end;
                gap_min = gap < gap_min ? gap : gap_min;
            }
            j++;
        }
        /* the run must hold at least one letter, not digits only */
        size_t letters = 0;
        for (size_t k = i; k < j; k++)
            if (!(v->v[k].flags & MOD__T_NUM)) letters++;
        if (j - i >= 3 && letters >= 2) {   /* one word, or words split at the wider gaps */
            while (i < j) {
                size_t e = i + 1;
                while (e < j && v->v[e].start - v->v[e - 1].end == gap_min) e++;
                if (e - i >= 2) {
                    join_run(v, i, e, w++, a, seed);
                } else {
                    if (w != i) v->v[w] = v->v[i];
                    w++;
                }
                i = e;
            }
        } else {
            if (w != i) v->v[w] = v->v[i];   /* (a 64-byte copy onto itself, per token, was 3 % of it) */
            w++;
            i++;
        }
    }
    v->n = w;
}

/* The squeezed key of a form: the form itself when no letter repeats (most
 * words), else mod__squeeze's copy.  A letter is a whole UTF-8 sequence:
 * "זוווונה" and "كلببب" repeat theirs as "connnard" does. */
static inline const char *sq_key(util_arena *a, const char *s)
{
    size_t prev = 0, plen = 0;
    for (size_t i = 0; s[i];) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {   /* ASCII, one byte: compared as a byte (no memcmp call) */
            if (plen == 1 && (unsigned char)s[prev] == c) return mod__squeeze(a, s);
            prev = i++;
            plen = 1;
            continue;
        }
        size_t k = mod__seq_len(c);
        for (size_t j = 1; j < k; j++)
            if (s[i + j] == '\0') k = j;   /* a cut sequence ends the form */
        if (plen == k && memcmp(s + prev, s + i, k) == 0) return mod__squeeze(a, s);
        prev = i;
        plen = k;
        i += k;
    }
    return s;
}

/* A token's squeezed keys: of its alternative form (sq), and of its form
 * when it has one (sq2). */
static void set_keys(util_arena *a, mod__tok *t)
{
    t->sq = sq_key(a, t->alt ? t->alt : t->form);
    t->sq2 = t->alt ? sq_key(a, t->form) : NULL;
}

/* analyze_into's flag (beside mod_int.h's MOD__A_*): the split letters
 * are left as they are, one token each (mod__reread_split's raw reading) */
enum { A_NOJOIN = 1u << 8 };

void mod__analyze(const char *text, size_t len, util_arena *a, mod__doc *out)
{
    mod__analyze_ex(text, len, a, out, 0);
}

void mod__analyze_ex(const char *text, size_t len, util_arena *a, mod__doc *out, unsigned flags)
{
    mod__analyze_seeded(text, len, a, out, flags, MOD__F_WORD);
}

/* The analysis itself: the tokens are left in v (v->n of them; out->toks
 * and out->heap not set), the rest of out filled. */
static void analyze_into(const char *text, size_t len, util_arena *a, mod__doc *out, unsigned flags,
                         uint64_t seed, vec *vp)
{
    const bool lean = (flags & MOD__A_LEAN) != 0;
    pthread_once(&url_once, url_init);
    memset(out, 0, sizeof *out);
    out->text = text;
    out->len = len;
    vec v = *vp;   /* a local copy: the loop keeps it in registers */
    v.n = 0;
    v.hint = len / 6 + 16;   /* about one token per 6 bytes of mail or comment text */
    struct { mod__link *v; size_t n, cap; } links = {0};
    tokbuf tb;   /* not cleared: tok_open sets what a token reads */
    tb.active = false;
    tb.basis = 0xcbf29ce484222325ULL ^ seed;   /* mod__hash(…, seed)'s start */
    tb.pool = tb.pool_end = NULL;
    /* a token's strings take at most its bytes, one more for an alternative
     * form, and their NULs (folding rarely lengthens a word) */
    tb.pool_want = len + len / 4 + 32 < POOL_BLOCK ? len + len / 4 + 32 : POOL_BLOCK;
    uint32_t sent = 0;
    bool sent_started = false, quoted = false;
    bool squoted = false;   /* the quote is single quotes ('…', ‘…’) */
    size_t script_letters[MOD__S_COUNT] = {0};
    unsigned char prev = ' ';

    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)text[i];
        /* ASCII space or tab: a separator and nothing else (the general
         * path below does the same, slower) */
        if (c == ' ' || c == '\t') {
            if (tb.active) tok_close(&tb, &v, a, sent, quoted, &sent_started, seed, lean);
            do i++;   /* the whole run of blanks */
            while (i < len && (text[i] == ' ' || text[i] == '\t'));
            prev = (unsigned char)text[i - 1];
            continue;
        }
        /* ASCII letters and digits: the whole run at once, with the effect
         * the general path below has for each of them (no table look-up,
         * no call per byte) */
        if (cls[c] & C_AN) {
            /* a link can start where a word can, after a non-word byte */
            /* a link can start where a word can (c is a letter or a digit),
             * after a non-word byte */
            const bool link_ok = !tb.active && !url_char(prev);
            /* one pass over the run: its digits and capitals counted (one
             * table look-up a byte), and, for a token of letters and digits
             * only, its bytes folded into form and hashed */
            const unsigned char *r = (const unsigned char *)text + i;
            size_t nf = tb.active ? tb.nf : 0, room = nf < 254 ? 254 - nf : 0;
            size_t k = 0, rmax = len - i;
            uint64_t acc = 0;
            const bool simple = !tb.active || tb.simple;
            if (simple) {
                uint64_t h = tb.active ? tb.h : tb.basis;
                char *f = tb.form + nf;
                do {
                    unsigned char x = r[k];
                    acc += run_count[x];
                    if (k < room) {
                        unsigned char lc = x | 0x20;   /* lower case; digits unchanged */
                        f[k] = (char)lc;
                        h = (h ^ lc) * 0x100000001b3ULL;   /* mod__hash's step */
                    }
                    k++;
                } while (k < rmax && (cls[r[k]] & C_AN));
                tb.h = h;
            } else {
                do acc += run_count[r[k++]];
                while (k < rmax && (cls[r[k]] & C_AN));
            }
            size_t rl = k;
            k += i;
            /* the run ends on a byte a link may hold: perhaps no word but a
             * link (a run of letters and digits alone holds no '.' or '@',
             * so url_at is asked only here) */
            if (link_ok && k < len && url_char((unsigned char)text[k])) {
                const char *dom;
                bool is_email;
                size_t e = url_at(text, i, k, len, a, &dom, &is_email);
                if (e > i) {   /* nothing of the run is kept */
                    if (links.n == links.cap) {
                        links.cap = links.cap ? links.cap * 2 : 8;
                        links.v = xrealloc(links.v, links.cap * sizeof *links.v);
                    }
                    links.v[links.n].domain = dom;
                    links.v[links.n].is_email = is_email;
                    links.n++;
                    i = e;
                    prev = (unsigned char)text[e - 1];
                    continue;
                }
            }
            if (!tb.active) {
                uint64_t h = tb.h;   /* kept: the run was hashed above */
                tok_open(&tb, i);
                tb.h = h;
            }
            int digits = (int)(uint32_t)acc, upper = (int)(acc >> 32);
            int letters = (int)rl - digits;
            if (letters > 0 && tb.letters == 0) {   /* the token's first letter */
                size_t j = 0;
                while (r[j] <= '9') j++;
                tb.cap = r[j] <= 'Z';
                tb.script = MOD__S_LATIN;
            }
            size_t take = room < rl ? room : rl;   /* both forms hold at most 254 bytes */
            if (!tb.simple) {
                for (size_t j = 0; j < take; j++) tb.form[nf + j] = (char)(r[j] | 0x20);
                size_t na = tb.na, atake = na < 254 ? 254 - na : 0;
                if (atake > rl) atake = rl;
                for (size_t j = 0; j < atake; j++) tb.alt[na + j] = alt_of[r[j]];
                tb.na = na + atake;
            }
            tb.nf = nf + take;
            tb.digits += digits;
            tb.letters += letters;
            tb.upper += upper;
            tb.latin += letters;
            out->n_upper += (size_t)upper;
            out->n_letters += (size_t)letters;
            script_letters[MOD__S_LATIN] += (size_t)letters;
            tb.end = k;
            prev = (unsigned char)text[k - 1];
            i = k;
            continue;
        }
        size_t adv;
        int32_t cp;
        if (cls[c] & C_SEP) {
            /* other ASCII: a separator (not a letter, not a symbol that can
             * belong to a word, not invisible), as the general path finds */
            cp = c;
            adv = 1;
            goto separator;
        }
        const latin_cp *lat = NULL;   /* a Latin letter's table entry */
        utf8proc_category_t cat;
        bool letterish;
        if (c >= 0xC2 && c <= 0xC9 && i + 1 < len && ((unsigned char)text[i + 1] & 0xC0) == 0x80) {
            /* two bytes of U+0080 to U+027F, read as utf8proc_iterate
             * reads them; the calls' answers from latin_tab */
            cp = (int32_t)(c & 0x1F) << 6 | ((unsigned char)text[i + 1] & 0x3F);
            adv = 2;
            lat = &latin_tab[cp - LATIN_FIRST];
            cat = (utf8proc_category_t)lat->cat;
            letterish = cat_letterish(cat);
        } else {
            cp = next_cp(text, i, len, &adv);
            letterish = is_letterish(cp, &cat);
        }
        bool sym = cp == '@' || cp == '$' || cp == '!' || cp == '|' || cp == '*';
        if (cat == UTF8PROC_CATEGORY_CF) {   /* zero-width & co: invisible */
            i += adv;
            continue;
        }
        if (sym) {
            /* a symbol belongs to a word when inside one, or when it starts
             * one ('@' '$' '*'); '!' and '|' only inside */
            size_t adv2 = 0;
            bool next_word = false;
            if (i + 1 < len) {
                utf8proc_category_t c2;
                int32_t n2 = next_cp(text, i + 1, len, &adv2);
                next_word = is_letterish(n2, &c2) || n2 == '*' || (cp != '*' && n2 == cp);
            }
            if (!tb.active && !(next_word && (cp == '@' || cp == '$' || cp == '*'))) sym = false;
            if (tb.active && (cp == '!' || cp == '|') && !next_word) sym = false;
        }
        if (letterish || sym) {
            if (!tb.active)
                tok_open(&tb, i);
            if (tb.simple) tok_unsimple(&tb);
            tb.end = i + adv;
            char fb[32];
            int fl;
            if (sym) {
                fb[0] = (char)cp;
                fl = 1;
                if (cp == '*') {
                    tb.stars++;
                    put(tb.alt, &tb.na, "*", 1);
                } else {
                    tb.leet++;
                    char l = mod__leet((unsigned char)cp);
                    put(tb.alt, &tb.na, &l, 1);
                }
                put(tb.form, &tb.nf, fb, 1);
            } else {
                if (lat && lat->fl != 0xFF) {
                    fl = lat->fl;
                    memcpy(fb, lat->fold, sizeof lat->fold);
                } else {
                    fl = mod__fold_cp(cp, fb);
                }
                put(tb.form, &tb.nf, fb, (size_t)fl);
                if (cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_NL ||
                    cat == UTF8PROC_CATEGORY_NO) {
                    tb.digits++;
                    char l = cp < 0x80 ? mod__leet((unsigned char)cp) : 0;
                    if (l) put(tb.alt, &tb.na, &l, 1);
                    else put(tb.alt, &tb.na, fb, (size_t)fl);
                } else if (cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC ||
                           cat == UTF8PROC_CATEGORY_ME) {
                    /* folded to nothing */
                } else {
                    int sc = lat ? lat->script : script_of(cp);
                    char h = cp < 0x80 ? 0 : lat ? lat->homog : mod__homoglyph(cp);
                    if (h) {
                        tb.homog++;
                        put(tb.alt, &tb.na, &h, 1);
                    } else {
                        put(tb.alt, &tb.na, fb, (size_t)fl);
                    }
                    if (tb.letters == 0) {
                        tb.cap = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
                        tb.script = sc;
                    }
                    tb.letters++;
                    if (cat == UTF8PROC_CATEGORY_LU) {
                        tb.upper++;
                        out->n_upper++;
                    }
                    if (sc == MOD__S_LATIN) tb.latin++;
                    script_letters[sc]++;
                    out->n_letters++;
                }
            }
            i += adv;
            prev = c;
            continue;
        }
        /* a separator */
    separator:
        if (tb.active) tok_close(&tb, &v, a, sent, quoted, &sent_started, seed, lean);
        bool next_space = true;
        if (i + adv < len) {
            unsigned char n = (unsigned char)text[i + adv];
            next_space = (cls[n] & C_NEXTSP) != 0;   /* white space, '"', ')', nbsp, « » */
        }
        if (cp == '\n' || cp == '\r') {
            quoted = squoted = false;
            if (sent_started) { sent++; sent_started = false; }
        } else if ((cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == ';') && next_space) {
            if (sent_started) { sent++; sent_started = false; }
            if (squoted) quoted = squoted = false;   /* an unclosed single quote ends here */
        } else if (cp == '"' || cp == '`') {
            /* (a Markdown code span quotes a word too: "les mots `connard`
             * et `salope`", session 19) */
            quoted = !quoted;
            squoted = false;
        } else if (cp == 0xAB || cp == 0x201C) {
            quoted = true;
            squoted = false;
        } else if (cp == 0xBB || cp == 0x201D) {
            quoted = squoted = false;
        } else if (cp == '\'' || cp == 0x2018 || cp == 0x2019) {
            /* Single quotes quote too ("a 'kike'", "'Sale juif' :"): one
             * opens before a word, after a blank or punctuation; one closes
             * a word, before a blank, punctuation or the end.  An
             * apostrophe inside a word (l'homme, don't) has a letter on
             * each side and does neither; a possessive ("Jews' homes")
             * closes nothing that was not opened. */
            unsigned char n = i + adv < len ? (unsigned char)text[i + adv] : ' ';
            bool word_after = (cls[n] & C_AN) || n >= 0xC0;
            bool word_before = (cls[prev] & C_AN) || prev >= 0x80;
            if (!quoted && !word_before && word_after && cp != 0x2019)
                quoted = squoted = true;
            else if (squoted && word_before && !word_after)
                quoted = squoted = false;
        }
        i += adv;
        prev = c;
    }
    tok_close(&tb, &v, a, sent, quoted, &sent_started, seed, lean);

    if (!(flags & A_NOJOIN)) join_split_letters(text, len, &v, a, seed);
    for (size_t k = 0; k < v.n && !(flags & (MOD__A_NOKEYS | MOD__A_LEAN)); k++)
        set_keys(a, &v.v[k]);
    *vp = v;
    out->n = v.n;
    out->n_links = links.n;
    if (links.n) {
        out->links = util_arena_alloc_raw(a, links.n * sizeof *out->links);
        memcpy(out->links, links.v, links.n * sizeof *out->links);
        free(links.v);
    } else {
        out->links = util_arena_alloc_raw(a, sizeof *out->links);   /* never read */
    }
    out->n_sent = v.n ? v.v[v.n - 1].sent + 1 : 0;
    size_t best = 0;
    out->main_script = MOD__S_OTHER;
    for (int s = 0; s < MOD__S_COUNT; s++) {
        if (script_letters[s]) out->scripts |= 1u << s;
        if (script_letters[s] > best) {
            best = script_letters[s];
            out->main_script = s;
        }
    }
}

void mod__analyze_seeded(const char *text, size_t len, util_arena *a, mod__doc *out, unsigned flags,
                         uint64_t seed)
{
    mod__tok stack_toks[VEC_STACK];
    vec v = {.v = stack_toks, .cap = VEC_STACK, .stack = stack_toks};
    analyze_into(text, len, a, out, flags, seed, &v);
    if ((flags & MOD__A_LEAN) && v.v != v.stack) {   /* handed over as is: the caller releases it */
        out->toks = v.v;
        out->heap = v.v;
    } else {
        out->toks = util_arena_alloc_raw(a, (v.n ? v.n : 1) * sizeof *out->toks);   /* all copied */
        if (v.n) memcpy(out->toks, v.v, v.n * sizeof *out->toks);
        if (v.v != v.stack) free(v.v);
    }
}

void mod__doc_release(mod__doc *d)
{
    if (d->heap == NULL) return;
    free(d->heap);
    d->heap = NULL;
    d->toks = NULL;
    d->n = 0;
}

const char *mod__fold_word(util_arena *a, const char *s, size_t n)
{
    mod__doc d;
    mod__analyze(s, n, a, &d);
    if (d.n == 0) return NULL;
    return d.toks[0].alt ? d.toks[0].alt : d.toks[0].form;
}

/* ---- split letters read again (for the policy) ------------------------------ */

/* Most atoms in a span (the run's letters and its neighbours), atoms in
 * one word cut from it, neighbours on each side, and words looked up in
 * a comment (known(): a comment of 8,000 bytes of split letters has its
 * first runs read again, the others left as they are). */
enum { RR_ATOMS = 96, RR_WORD = 24, RR_NEIGH = 2, RR_LOOKUPS = 4096 };

/* an atom: a letter of the run, or a neighbour: of one letter, of two,
 * of two that is a known word (never glued to anything) */
enum { RA_RUN, RA_LETTER, RA_WORD, RA_KEPT };
typedef struct rr_atom {
    uint32_t r;     /* its token in the raw reading */
    uint32_t k;     /* the doc's token it is, or is a letter of */
    uint8_t kind;
} rr_atom;

/* Code points of s, counted up to max + 1. */
static size_t cp_count(const char *s, size_t max)
{
    size_t n = 0;
    for (; *s && n <= max; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

/* d's token q may join the span whose edge token is p (q just before p when
 * before, else just after): a word of one or two letters, neither a run,
 * digits only nor masked, in p's sentence, apart from it by one to three
 * spaces, dots, dashes or underscores (an elided "d'" or "l'" is not). */
static bool rr_neighbour(const mod__doc *d, size_t q, size_t p, bool before)
{
    const mod__tok *t = &d->toks[q], *u = &d->toks[p];
    if ((t->flags & (MOD__T_JOINED | MOD__T_NUM | MOD__T_MASKED)) || t->sent != u->sent) return false;
    if (cp_count(t->alt ? t->alt : t->form, 2) > 2) return false;
    uint32_t g0 = before ? t->end : u->end, g1 = before ? u->start : t->start;
    if (g1 <= g0 || g1 - g0 > 3 || g1 > d->len) return false;
    for (uint32_t b = g0; b < g1; b++)
        if (d->text[b] == '\0' || !strchr(" .-_", d->text[b])) return false;
    return true;
}

/* Cuts the atoms at[0..m) of a span (the run's letters at[rb..re)) into
 * the fewest pieces, each of them:
 *   - a neighbour kept as it is;
 *   - a word known() knows: three letters of the run or more, neighbours
 *     glued to letters of the run ("ch" + "ink": "chink"), or single-letter
 *     neighbours glued together ("ك.س": "كس"); a two-letter neighbour is
 *     glued to letters of the run only ("t es" is never "tes"), and only
 *     when it is no word known() knows ("de p.u.t.e" is not "depute");
 *   - at most one short word, one or two letters of the run, known or not,
 *     at the run's start or end: an article, a pronoun ("a" + "cunt", "בת"
 *     + "זונה"); never inside it ("salopette" is not "salope t te").
 * At least one piece is a known word; of cuts with as many pieces, the one
 * without a short word.  Writes the pieces' ends into ends (at most m)
 * and returns their number; 0 when no cut is made of such pieces only, or
 * when the words it may still look up (*budget, decreased) run out. */
static size_t rr_cut(const mod__tok *raw, const rr_atom *at, size_t m, size_t rb, size_t re, mod__known_fn known,
                     const void *ctx, size_t *budget, uint8_t *ends)
{
    enum { INF = 0xFFFF };
    /* cost[j][s][w]: 2 per piece and 1 for the short word covering
     * at[0..j), s whether one is among them, w whether a known word is;
     * from[j][s][w]: the last piece's start, and the s and w before it */
    uint16_t cost[RR_ATOMS + 1][2][2];
    uint8_t from[RR_ATOMS + 1][2][2][3];
    for (size_t j = 0; j <= m; j++)
        for (int s = 0; s < 2; s++) cost[j][s][0] = cost[j][s][1] = INF;
    cost[0][0][0] = 0;
    for (size_t i = 0; i < m; i++) {
        bool any = false;
        for (int s = 0; s < 2; s++) any |= cost[i][s][0] != INF || cost[i][s][1] != INF;
        if (!any) continue;
        bool run = false, pair = false, letter = false;   /* the piece holds a letter of the run, a
                                                            two-letter neighbour, a one-letter one */
        char buf[256], fbuf[256];   /* the piece's word, and its form */
        size_t n = 0, nf = 0;
        bool differs = false;
        for (size_t j = i + 1; j <= m && j - i <= RR_WORD; j++) {
            spell_tok(&raw[at[j - 1].r], buf, &n, fbuf, &nf, &differs);
            run |= at[j - 1].kind == RA_RUN;
            pair |= at[j - 1].kind == RA_WORD;
            letter |= at[j - 1].kind == RA_LETTER;
            if (j > i + 1 && (at[i].kind == RA_KEPT || at[j - 1].kind == RA_KEPT)) break;   /* never glued */
            int ds = 0, dw = 0;
            if (j == i + 1 && !run) {
                /* a neighbour kept */
            } else if (!pair && !letter && j - i <= 2) {
                if (i != rb && j != re) continue;   /* a short word inside the run */
                ds = 1;
            } else {
                if (pair && !run) continue;
                if (*budget == 0) return 0;   /* (the caller stops too) */
                --*budget;
                if (!known(ctx, buf, n) && !(differs && known(ctx, fbuf, nf))) continue;
                dw = 1;
            }
            for (int s = 0; s + ds < 2; s++)
                for (int w = 0; w < 2; w++) {
                    if (cost[i][s][w] == INF) continue;
                    uint16_t c = (uint16_t)(cost[i][s][w] + 2 + ds);
                    uint16_t *to = &cost[j][s + ds][w | dw];
                    if (c < *to) {
                        *to = c;
                        uint8_t *f = from[j][s + ds][w | dw];
                        f[0] = (uint8_t)i;
                        f[1] = (uint8_t)s;
                        f[2] = (uint8_t)w;
                    }
                }
        }
    }
    int bs = cost[m][0][1] <= cost[m][1][1] ? 0 : 1;
    if (cost[m][bs][1] == INF) return 0;
    size_t n = 0;   /* the pieces, last first, then turned round */
    for (size_t j = m, s = (size_t)bs, w = 1; j > 0; n++) {
        ends[n] = (uint8_t)j;
        const uint8_t *f = from[j][s][w];
        j = f[0];
        s = f[1];
        w = f[2];
    }
    for (size_t x = 0; x < n / 2; x++) {
        uint8_t t = ends[x];
        ends[x] = ends[n - 1 - x];
        ends[n - 1 - x] = t;
    }
    return n;
}

bool mod__reread_split(const mod__doc *d, util_arena *a, mod__known_fn known, const void *ctx, mod__doc *out,
                       uint32_t **from)
{
    size_t first = 0;
    while (first < d->n && !(d->toks[first].flags & MOD__T_JOINED)) first++;
    if (first == d->n) return false;
    for (size_t k = 0; k < d->n; k++)
        if (d->toks[k].form == NULL || d->toks[k].sq == NULL) return false;   /* a lean or keyless doc */
    /* the raw reading: each split letter a token of its own, every other
     * token as in d; rs[k]: d's token k's first token in it */
    mod__tok stack_toks[VEC_STACK];
    vec rv = {.v = stack_toks, .cap = VEC_STACK, .stack = stack_toks};
    mod__doc raw;
    analyze_into(d->text, d->len, a, &raw, A_NOJOIN, MOD__F_WORD, &rv);
    uint32_t *rs = xmalloc((d->n + 1) * sizeof *rs);
    bool ok = true, changed = false;
    size_t r = 0;
    for (size_t k = 0; k < d->n && ok; k++) {
        rs[k] = (uint32_t)r;
        ok = r < rv.n && rv.v[r].start == d->toks[k].start;
        if (d->toks[k].flags & MOD__T_JOINED) {
            while (r < rv.n && rv.v[r].end <= d->toks[k].end) r++;
        } else {
            r++;
        }
    }
    rs[d->n] = (uint32_t)r;
    ok = ok && r == rv.n;
    /* the new reading has no more tokens than the raw one */
    mod__tok *ov = util_arena_alloc_raw(a, (rv.n ? rv.n : 1) * sizeof *ov);
    uint32_t *of = util_arena_alloc_raw(a, 2 * (rv.n ? rv.n : 1) * sizeof *of);
    size_t on = 0, done = 0;   /* d's tokens before done are in ov */
    size_t budget = RR_LOOKUPS;
    for (size_t k = first; k < d->n && ok && budget > 0; k++) {
        if (!(d->toks[k].flags & MOD__T_JOINED)) continue;
        size_t lo = k, hi = k + 1;
        while (lo > done && k - lo < RR_NEIGH && rr_neighbour(d, lo - 1, lo, true)) lo--;
        while (hi < d->n && hi - k - 1 < RR_NEIGH && rr_neighbour(d, hi, hi - 1, false)) hi++;
        if (rs[hi] - rs[lo] > RR_ATOMS) continue;   /* a run too long to cut: as it is */
        rr_atom at[RR_ATOMS];
        size_t m = 0, rb = 0, re = 0;   /* the run's letters: at[rb..re) */
        for (size_t q = lo; q < hi; q++) {
            if (q == k) rb = m;
            for (uint32_t x = rs[q]; x < rs[q + 1]; x++) {
                const char *w = rv.v[x].alt ? rv.v[x].alt : rv.v[x].form;
                uint8_t kind = q == k ? RA_RUN : cp_count(w, 1) == 1 ? RA_LETTER : RA_WORD;
                if (kind == RA_WORD && budget > 0) {
                    budget--;
                    if (known(ctx, w, strlen(w))) kind = RA_KEPT;
                }
                at[m++] = (rr_atom){.r = x, .k = (uint32_t)q, .kind = kind};
            }
            if (q == k) re = m;
        }
        uint8_t ends[RR_ATOMS];
        size_t np = rr_cut(rv.v, at, m, rb, re, known, ctx, &budget, ends);
        bool same = true;   /* each piece one of d's tokens: the reading d has */
        for (size_t p = 0, i = 0; p < np; i = ends[p++]) {
            size_t j = ends[p];
            if (at[i].k != at[j - 1].k || (i > 0 && at[i - 1].k == at[i].k) || (j < m && at[j].k == at[j - 1].k))
                same = false;
        }
        if (np == 0 || same) continue;
        for (; done < lo; done++) {
            ov[on] = d->toks[done];
            of[2 * on] = of[2 * on + 1] = (uint32_t)done;
            on++;
        }
        for (size_t p = 0, i = 0; p < np; i = ends[p++]) {
            size_t j = ends[p];
            mod__tok *t = &ov[on];
            if (j == i + 1 && at[i].kind != RA_RUN) {
                *t = d->toks[at[i].k];   /* a neighbour kept */
            } else if (j == i + 1) {
                *t = rv.v[at[i].r];      /* a letter of the run */
            } else {
                *t = join_toks(rv.v, at[i].r, at[j - 1].r + 1, a, MOD__F_WORD);
                set_keys(a, t);
            }
            t->sent = d->toks[k].sent;
            of[2 * on] = at[i].k;
            of[2 * on + 1] = at[j - 1].k;
            on++;
        }
        done = hi;
        changed = true;
    }
    if (ok && changed) {
        for (; done < d->n; done++) {
            ov[on] = d->toks[done];
            of[2 * on] = of[2 * on + 1] = (uint32_t)done;
            on++;
        }
        *out = *d;
        out->toks = ov;
        out->n = on;
        out->heap = NULL;
        *from = of;
    }
    free(rs);
    if (rv.v != rv.stack) free(rv.v);
    return ok && changed;
}

/* ---- features ---------------------------------------------------------------- */

#define MAX_WORDS 4000
#define MAX_WORD_LEN 40
#define MAX_HEAD_WORDS 800

typedef struct fvec {
    mod__feat *v;       /* not kept when lean */
    uint64_t *h;
    size_t n, cap;
    util_arena *a;
    bool lean;
    bool tls;           /* h and v are the thread's own arrays (mod__scratch) */
    char *names, *names_end;   /* the named features' strings, packed (meta_n) */
} fvec;

/* Bytes of a block of feature names (a comment's take ~200). */
enum { NAMES_BLOCK = 512 };

/* The features of a comment are collected in the thread's own arrays
 * (scratch.c: a malloc and free of 48 KB per comment otherwise), a longer
 * message's on the heap. */
enum { FEAT_TLS = 1024 };

static void fpush_slow(fvec *f, uint64_t h, uint8_t kind, uint32_t x, uint32_t y, const char *s);

static inline void fpush(fvec *f, uint64_t h, uint8_t kind, uint32_t x, uint32_t y, const char *s)
{
    if (f->n < f->cap) {
        f->h[f->n] = h;
        if (!f->lean) f->v[f->n] = (mod__feat){.h = h, .kind = kind, .a = x, .b = y, .s = s};
        f->n++;
        return;
    }
    fpush_slow(f, h, kind, x, y, s);
}

static void fpush_slow(fvec *f, uint64_t h, uint8_t kind, uint32_t x, uint32_t y, const char *s)
{
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 1024;
        if (f->tls) {   /* off the thread's arrays: onto the heap */
            uint64_t *nh = xmalloc(cap * sizeof *nh);
            memcpy(nh, f->h, f->n * sizeof *nh);
            f->h = nh;
            if (!f->lean) {
                mod__feat *nv = xmalloc(cap * sizeof *nv);
                memcpy(nv, f->v, f->n * sizeof *nv);
                f->v = nv;
            }
            f->tls = false;
        } else {
            f->h = xrealloc(f->h, cap * sizeof *f->h);
            if (!f->lean) f->v = xrealloc(f->v, cap * sizeof *f->v);
        }
        f->cap = cap;
    }
    f->h[f->n] = h;
    if (f->lean) {
        f->n++;
        return;
    }
    mod__feat *e = &f->v[f->n++];
    e->h = h;
    e->kind = kind;
    e->a = x;
    e->b = y;
    e->s = s;
    e->s2 = NULL;
}

/* FNV-1a over p[0..n) from state h: mod__hash(x || y, n, seed) is
 * fnv_more(mod__hash(x, …, seed), y, …). */
static inline uint64_t fnv_more(uint64_t h, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* A named feature, prefix pre (pl bytes) and value val (vl bytes), the
 * name cut at 159 bytes (as snprintf into 160 bytes did).  Lean: hashed
 * as it lies, no copy of the name. */
static void meta_n(fvec *f, const char *pre, size_t pl, const char *val, size_t vl)
{
    if (pl > 159) pl = 159;
    if (pl + vl > 159) vl = 159 - pl;
    uint64_t h = fnv_more(fnv_more(0xcbf29ce484222325ULL ^ MOD__F_META, pre, pl), val, vl);
    char *name = NULL;
    if (!f->lean) {   /* one after the other in arena blocks, not an allocation each */
        if ((size_t)(f->names_end - f->names) <= pl + vl) {
            size_t size = pl + vl + 1 > NAMES_BLOCK ? pl + vl + 1 : NAMES_BLOCK;
            f->names = util_arena_alloc_raw(f->a, size);
            f->names_end = f->names + size;
        }
        name = f->names;
        mod__copy(name, pre, pl);
        mod__copy(name + pl, val, vl);
        name[pl + vl] = '\0';
        f->names += pl + vl + 1;
    }
    fpush(f, mod__mix(h), MOD__F_META, 0, 0, name);
}

/* The same with fmt "<prefix>%s" and a NUL-terminated value (or NULL). */
static inline void meta(fvec *f, const char *fmt, const char *val)
{
    meta_n(f, fmt, strlen(fmt) - 2, val ? val : "", val ? strlen(val) : 0);
}

static const char *word_of(const mod__tok *t)
{
    return t->alt ? t->alt : t->form;
}

/* prefix is "url" or "web" */
static void host_features(fvec *f, const char *prefix, const char *dom)
{
    bool url = strcmp(prefix, "url") == 0;
    meta(f, url ? "url:%s" : "web:%s", dom);
    /* registrable part: last two labels */
    const char *last = strrchr(dom, '.');
    if (last) {
        const char *p = last;
        while (p > dom && p[-1] != '.') p--;
        if (p != dom) meta(f, url ? "urlreg:%s" : "webreg:%s", p);
        meta(f, "tld:%s", last + 1);
    }
}

/* A word of a comment's website name, kept apart (mod__feats.side) and
 * hashed as the same word of the text, so that what the model learned of
 * "casino" or "loans" in comments can be asked about
 * payday-loans-no-credit-check.biz; named "webword:<it>" for the
 * explanation. */
static void side_word(mod__feats *out, util_arena *a, const char *w, size_t n)
{
    if (out->n_side == MOD__SIDE_MAX) return;
    uint64_t h = mod__mix(mod__hash(w, n, MOD__F_WORD));
    for (size_t i = 0; i < out->n_side; i++)
        if (out->side_h[i] == h) return;
    char *name = util_arena_alloc_raw(a, 8 + n + 1);
    mod__copy(name, "webword:", 8);
    mod__copy(name + 8, w, n);
    name[8 + n] = '\0';
    out->side_h[out->n_side] = h;
    out->side_v[out->n_side++] = (mod__feat){.h = h, .kind = MOD__F_SIDE, .s = name};
}

/* "www" and the names reserved for examples and tests (RFC 2606, 6761:
 * example.com, shop.example, x.test): no seller's words; a test's
 * fixtures say nothing of spam */
static bool reserved_label(const char *p, size_t n)
{
    static const char *const r[] = {"www", "example", "test", "invalid", "localhost", NULL};
    for (size_t i = 0; r[i]; i++)
        if (strlen(r[i]) == n && strncasecmp(p, r[i], n) == 0) return true;
    return false;
}

/* The words of a host name: its runs of three to MAX_WORD_LEN ASCII
 * letters, lower-cased, but the last label (the TLD) and
 * reserved_label()'s: payday-loans-no-credit-check.biz gives payday,
 * loans, credit, check.  Spammers' domains are their keywords. */
static void side_words(mod__feats *out, util_arena *a, const char *s)
{
    const char *end = s + strlen(s);
    const char *dot = strrchr(s, '.');
    if (dot) end = dot;
    for (const char *p = s; p < end;) {
        if (!isalpha((unsigned char)*p)) {
            p++;
            continue;
        }
        const char *q = p;
        while (q < end && isalpha((unsigned char)*q)) q++;
        size_t n = (size_t)(q - p);
        if (n >= 3 && n <= MAX_WORD_LEN && !reserved_label(p, n)) {
            char b[MAX_WORD_LEN];
            for (size_t i = 0; i < n; i++) b[i] = (char)tolower((unsigned char)p[i]);
            side_word(out, a, b, n);
        }
        p = q;
    }
}

static const char *email_domain(const char *email)
{
    const char *at = email ? strrchr(email, '@') : NULL;
    return at ? at + 1 : NULL;
}

/* Mail headers: "hn:<name>" for every header present, and the words of
 * the headers that tell senders apart, tagged with the header's name
 * ("h:received:relay", "h:x-mailer:outlook").  Dates are skipped. */
static const char *const head_keep[] = {
    "from", "to", "cc", "reply-to", "return-path", "received", "message-id", "x-mailer",
    "user-agent", "content-type", "organization", "list-id", "sender", "x-originating-ip",
    "mime-version", "content-transfer-encoding", "errors-to", "x-priority", "x-msmail-priority",
    "precedence", "x-mimeole", "delivered-to", "mailing-list", "list-unsubscribe", "importance",
    "x-accept-language", "x-mailing-list", "list-post", "x-beenthere",
    "x-causerie-structure", /* written by mail.c: MIME parts, HTML tags */ NULL};
/* their lengths, in the same order (compared before the bytes) */
static const unsigned char head_keep_len[] = {4, 2, 2, 8, 11, 8, 10, 8, 10, 12, 12, 7, 6, 16, 12, 25,
                                              9, 10, 17, 10, 9, 12, 12, 16, 10, 17, 14, 9, 11, 20};
_Static_assert(sizeof head_keep_len == UTIL_ARRAY_LEN(head_keep) - 1, "head_keep_len: one per name");
/* head_keep's indices by length: those of length n are hk_idx[hk_first[n]
 * .. hk_first[n + 1]) (hk_init) */
enum { HK_LEN = 26 };   /* longer than the longest name */
static unsigned char hk_idx[sizeof head_keep_len], hk_first[HK_LEN + 1];
static pthread_once_t hk_once = PTHREAD_ONCE_INIT;

static void hk_init(void)
{
    size_t k = 0;
    for (size_t n = 0; n < HK_LEN; n++) {
        hk_first[n] = (unsigned char)k;
        for (size_t i = 0; i < sizeof head_keep_len; i++)
            if (head_keep_len[i] == n) hk_idx[k++] = (unsigned char)i;
    }
    hk_first[HK_LEN] = (unsigned char)k;
}

static void header_features(fvec *f, const char *h, util_arena *a)
{
    pthread_once(&hk_once, hk_init);
    vec hv = {0};
    size_t words = 0;
    const char *p = h;
    while (*p && words < MAX_HEAD_WORDS) {
        const char *ls = p;
        /* unfolded header: up to a newline not followed by white space */
        const char *e = p;
        for (;;) {   /* to a newline not followed by white space, or the end */
            const char *nl_at = strchr(e, '\n');
            if (nl_at == NULL) {
                e += strlen(e);
                break;
            }
            e = nl_at;
            if (e[1] != ' ' && e[1] != '\t') break;
            e++;
        }
        p = *e ? e + 1 : e;
        const char *colon = memchr(ls, ':', (size_t)(e - ls));
        if (colon == NULL || colon - ls > 40 || colon == ls) continue;
        char name[48];
        size_t nl = (size_t)(colon - ls);
        bool ok = true;
        for (size_t i = 0; i < nl; i++) {
            unsigned char c = (unsigned char)ls[i];
            if (!(a_alnum(c) || c == '-' || c == '_')) ok = false;
            name[i] = a_lower(c);
        }
        if (!ok) continue;
        name[nl] = '\0';
        meta_n(f, "hn:", 3, name, nl);
        const char *hname = NULL;
        for (size_t i = nl < HK_LEN ? hk_first[nl] : 0, ie = nl < HK_LEN ? hk_first[nl + 1] : 0; i < ie; i++) {
            const char *k = head_keep[hk_idx[i]];
            if (k[0] == name[0] && memcmp(k, name, nl) == 0) hname = k;
        }
        if (hname == NULL) continue;
        mod__doc hd;
        /* the words hashed with the header's name as the seed, the tokens
         * left in hv (reused from header to header: the words are read
         * here, and their strings, if any, live in the arena) */
        uint64_t seed = mod__hash(name, nl, MOD__F_HEAD);
        analyze_into(colon + 1, (size_t)(e - colon - 1), a, &hd,
                     MOD__A_NOKEYS | (f->lean ? MOD__A_LEAN : 0), seed, &hv);
        hd.toks = hv.v;
        for (size_t i = 0; i < hd.n && words < MAX_HEAD_WORDS; i++) {
            size_t n = hd.toks[i].wlen;
            if (n < 2 || n > MAX_WORD_LEN || (hd.toks[i].flags & MOD__T_NUM)) continue;
            fpush(f, hd.toks[i].wh, MOD__F_HEAD, 0, 0, f->lean ? NULL : word_of(&hd.toks[i]));
            if (!f->lean) f->v[f->n - 1].s2 = hname;
            words++;
        }
        for (size_t i = 0; i < hd.n_links; i++) {   /* "hurl:<name>:<domain>" */
            size_t dl = strlen(hd.links[i].domain);
            char v[160];   /* the name is cut at 159 bytes anyway */
            memcpy(v, name, nl);
            v[nl] = ':';
            if (dl > sizeof v - nl - 1) dl = sizeof v - nl - 1;
            memcpy(v + nl + 1, hd.links[i].domain, dl);
            meta_n(f, "hurl:", 5, v, nl + 1 + dl);
        }
    }
    free(hv.v);
}

/* The de-duplication set of mod__features_ex, one per thread (128 KiB:
 * messages of up to 8,192 features; mapped pages, resident as far as used),
 * zero when calloc'd and given back zero by each user (mod_int.h). */
enum { DEDUP_SLOTS = 16384 };

uint64_t *mod__dedup_set(size_t cap)
{
    return cap <= DEDUP_SLOTS ? mod__scratch(MOD__SCRATCH_DEDUP, DEDUP_SLOTS * sizeof(uint64_t)) : NULL;
}

void mod__features(const mod__doc *doc, const mod_input *in, util_arena *a, mod__feats *out)
{
    mod__features_ex(doc, in, a, out, false);
}

void mod__features_ex(const mod__doc *doc, const mod_input *in, util_arena *a, mod__feats *out,
                      bool lean)
{
    fvec f = {.a = a, .lean = lean};
    long author_links = -1;
    out->n_side = 0;
    {   /* words, pairs, skips, the metadata and the header words: few reallocations */
        size_t want = (doc->n < MAX_WORDS ? doc->n : MAX_WORDS) * 3 + 256;
        f.cap = 1024;
        while (f.cap < want) f.cap *= 2;
        uint64_t *th = f.cap <= FEAT_TLS ? mod__scratch(MOD__SCRATCH_FEAT_H,
                                                        FEAT_TLS * sizeof(uint64_t)) : NULL;
        mod__feat *tv = th && !lean ? mod__scratch(MOD__SCRATCH_FEAT_V,
                                                  FEAT_TLS * sizeof(mod__feat)) : NULL;
        if (th && (lean || tv)) {
            f.tls = true;
            f.h = th;
            f.v = tv;
        } else {
            f.h = xmalloc(f.cap * sizeof *f.h);
            if (!lean) f.v = xmalloc(f.cap * sizeof *f.v);
        }
    }
    size_t nw = doc->n < MAX_WORDS ? doc->n : MAX_WORDS;
    enum { WORDS_STACK = 256 };   /* a comment's words: no malloc */
    uint64_t wh_stack[WORDS_STACK];
    uint32_t wi_stack[WORDS_STACK];
    uint64_t *wh = nw <= WORDS_STACK ? wh_stack : xmalloc(nw * sizeof *wh);
    uint32_t *wi = nw <= WORDS_STACK ? wi_stack : xmalloc(nw * sizeof *wi);
    size_t k = 0;
    for (size_t i = 0; i < nw; i++) {
        const mod__tok *t = &doc->toks[i];
        size_t n = t->wlen;
        if (n < 2 && t->script == MOD__S_LATIN) continue;
        if (t->flags & MOD__T_NUM && n > 4) {
            char b[24];   /* (n < 256: no snprintf needed for its digits) */
            meta_n(&f, "num:", 4, b, (size_t)(mod__put_ll(b, (long long)n) - b));
            continue;
        }
        if (n > MAX_WORD_LEN) {
            char b[24];
            meta_n(&f, "long:", 5, b, (size_t)(mod__put_ll(b, (long long)(n / 10)) - b));
            continue;
        }
        uint64_t h = t->wh;   /* mod__mix(mod__hash(word, n, MOD__F_WORD)) */
        fpush(&f, h, MOD__F_WORD, (uint32_t)i, 0, NULL);
        wh[k] = h;
        wi[k] = (uint32_t)i;
        k++;
    }
    for (size_t j = 0; j + 1 < k; j++) {
        uint64_t h = mod__mix(wh[j] * 0x9E3779B97F4A7C15ULL ^ (wh[j + 1] >> 7 | wh[j + 1] << 57) ^ 0xB16);
        fpush(&f, h, MOD__F_BIGRAM, wi[j], wi[j + 1], NULL);
        if (j + 2 < k) {
            uint64_t h2 = mod__mix(wh[j] * 0xC2B2AE3D27D4EB4FULL ^ (wh[j + 2] >> 11 | wh[j + 2] << 53) ^ 0x5C1);
            fpush(&f, h2, MOD__F_SKIP, wi[j], wi[j + 2], NULL);
        }
    }
    if (wh != wh_stack) free(wh);
    if (wi != wi_stack) free(wi);

    /* links */
    size_t nl = 0;
    for (size_t i = 0; i < doc->n_links; i++) {
        if (doc->links[i].is_email) {
            meta(&f, "email:%s", doc->links[i].domain);
            meta(&f, "email_in_text%s", "");
        } else {
            host_features(&f, "url", doc->links[i].domain);
            nl++;
        }
    }
    meta(&f, "links:%s", nl == 0 ? "0" : nl == 1 ? "1" : nl == 2 ? "2" : nl <= 5 ? "3-5" : "6+");
    /* script, length, shouting */
    meta(&f, "script:%s", mod__script_name(doc->main_script));
    if (doc->scripts & (doc->scripts - 1)) meta(&f, "scripts:mixed%s", "");
    {
        char b[24];
        size_t n = doc->n, lg = 0;
        while (n > 1) { n >>= 1; lg++; }
        meta_n(&f, "len:", 4, b, (size_t)(mod__put_ll(b, (long long)lg) - b));
    }
    if (doc->n_letters >= 20 && doc->n_upper * 2 > doc->n_letters) meta(&f, "caps:high%s", "");

    if (in) {
        if (in->subject && *in->subject) {
            mod__doc sd;
            mod__analyze_ex(in->subject, strlen(in->subject), a, &sd, MOD__A_NOKEYS);
            for (size_t i = 0; i < sd.n && i < 64; i++) {
                const char *w = word_of(&sd.toks[i]);
                size_t wl = sd.toks[i].wlen;
                if (wl > MAX_WORD_LEN) continue;
                char buf[8 + MAX_WORD_LEN];   /* "subj:" + the word, hashed; a copy kept only to name it */
                memcpy(buf, "subj:", 5);
                memcpy(buf + 5, w, wl);
                buf[5 + wl] = '\0';
                fpush(&f, mod__mix(mod__hash(buf, 5 + wl, MOD__F_SUBJ)), MOD__F_SUBJ, 0, 0,
                      lean ? NULL : util_arena_strndup(a, buf, 5 + wl));
            }
        }
        if (in->author && *in->author) {
            mod__doc ad;
            mod__analyze_ex(in->author, strlen(in->author), a, &ad, MOD__A_NOKEYS);
            for (size_t i = 0; i < ad.n && i < 8; i++) meta(&f, "au:%s", word_of(&ad.toks[i]));
            bool digits = false;
            for (const char *p = in->author; *p; p++)
                if (isdigit((unsigned char)*p)) digits = true;
            if (digits) meta(&f, "au:digits%s", "");
            if (ad.n_links) meta(&f, "au:link%s", "");
            author_links = (long)ad.n_links;
            if (ad.n >= 4) meta(&f, "au:long%s", "");
        }
        const char *ed = email_domain(in->email);
        if (ed && *ed) {
            char *d = util_arena_strdup(a, ed);
            for (char *p = d; *p; p++) *p = (char)tolower((unsigned char)*p);
            meta(&f, "edom:%s", d);
        }
        if (in->website && *in->website) {
            mod__doc wd;
            mod__analyze_ex(in->website, strlen(in->website), a, &wd, MOD__A_NOKEYS);
            meta(&f, "web:yes%s", "");
            if (wd.n_links) {
                host_features(&f, "web", wd.links[0].domain);
                /* a comment's (not lean), not a mail's */
                if (!lean && !(in->headers && *in->headers)) side_words(out, a, wd.links[0].domain);
            }
        }
        if (in->user_agent && *in->user_agent) {
            char b[48];
            size_t n = 0;
            for (const char *p = in->user_agent; *p && *p != '/' && *p != ' ' && n < sizeof b - 1; p++)
                b[n++] = (char)tolower((unsigned char)*p);
            b[n] = '\0';
            meta(&f, "ua:%s", b);
        }
        if (in->lang && *in->lang) meta(&f, "lang:%s", in->lang);
        if (in->headers && *in->headers) header_features(&f, in->headers, a);
    }

    /* unique hashes, first occurrence kept (an open-addressing set: the
     * feature lists of long mails are too big to sort cheaply) */
    size_t cap = 64;
    while (cap < f.n * 2) cap *= 2;
    /* the set holds the kept hashes themselves (0: empty; a hash 0 is
     * counted as 1), so a probe reads one slot and nothing else; it is the
     * thread's own array, emptied again below (the kept hashes taken out),
     * instead of a calloc per message, which cost 2 % of classify */
    uint64_t *set = mod__dedup_set(cap), *own = NULL;
    if (!set) set = own = xcalloc(cap, sizeof *set);
    /* per kept feature: its index in f (its record is copied once, from
     * there into the arena) and its slot in the set (emptied from it) */
    enum { KEEP_STACK = 1024 };
    uint32_t keep_stack[KEEP_STACK], slot_stack[KEEP_STACK];
    uint32_t *keep = f.n <= KEEP_STACK ? keep_stack : xmalloc(f.n * sizeof *keep);
    uint32_t *slot = f.n <= KEEP_STACK ? slot_stack : xmalloc(f.n * sizeof *slot);
    size_t w = 0;
    for (size_t i = 0; i < f.n; i++) {
        uint64_t h = f.h[i] ? f.h[i] : 1;
        size_t j = mod__dedup_home(h, cap);
        bool dup = false;
        while (set[j]) {
            if (set[j] == h) { dup = true; break; }
            j = (j + 1) & (cap - 1);
        }
        if (dup) continue;
        set[j] = h;
        f.h[w] = h;
        keep[w] = (uint32_t)i;
        slot[w] = (uint32_t)j;
        w++;
    }
    if (own) free(own);
    else for (size_t i = 0; i < w; i++) set[slot[i]] = 0;
    out->n = w;
    out->author_links = author_links;
    out->h = util_arena_alloc_raw(a, (w ? w : 1) * sizeof *out->h);   /* all copied */
    if (w) memcpy(out->h, f.h, w * sizeof *out->h);
    out->v = NULL;
    if (!lean) {
        out->v = util_arena_alloc_raw(a, (w ? w : 1) * sizeof *out->v);   /* all written */
        for (size_t i = 0; i < w; i++) {
            out->v[i] = f.v[keep[i]];
            out->v[i].h = out->h[i];
        }
    }
    if (keep != keep_stack) free(keep);
    if (slot != slot_stack) free(slot);
    if (!f.tls) {
        free(f.v);
        free(f.h);
    }
}

/* prefix + a + sep + b in the arena, NUL-terminated (the names are read by
 * editors, built for a handful of features per comment: a concatenation,
 * not printf, which cost ~1,500 instructions a name).  Inlined: the
 * prefix's and separator's copies, of constant length, become a move or
 * two, an empty part nothing. */
static inline __attribute__((always_inline)) const char *join3(util_arena *a, const char *prefix, size_t lp,
                                                               const char *x, size_t lx, const char *sep,
                                                               size_t ls, const char *y, size_t ly)
{
    char *r = util_arena_alloc_raw(a, lp + lx + ls + ly + 1), *p = r;
    mod__copy(p, prefix, lp);
    mod__copy(p += lp, x, lx);
    mod__copy(p += lx, sep, ls);
    mod__copy(p += ls, y, ly);
    p[ly] = '\0';
    return r;
}

/* a token's word and its length (wlen is strlen(word_of(t)): no strlen) */
#define TOKW(i) word_of(&doc->toks[i]), doc->toks[i].wlen

const char *mod__feat_name(const mod__doc *doc, const mod__feat *f, util_arena *a)
{
    switch (f->kind) {
    case MOD__F_WORD:
        return join3(a, "w:", 2, TOKW(f->a), "", 0, "", 0);
    case MOD__F_BIGRAM:
        return join3(a, "b:", 2, TOKW(f->a), " ", 1, TOKW(f->b));
    case MOD__F_HEAD: {
        const char *hn = f->s2 ? f->s2 : "", *w = f->s ? f->s : "";
        return join3(a, "h:", 2, hn, strlen(hn), ":", 1, w, strlen(w));
    }
    case MOD__F_SKIP:
        return join3(a, "s:", 2, TOKW(f->a), " _ ", 3, TOKW(f->b));
    case MOD__F_STEM:   /* the first b bytes of the word */
        return join3(a, "stem:", 5, word_of(&doc->toks[f->a]), f->b, "", 0, "", 0);
    default:
        return f->s ? f->s : "?";
    }
}
#undef TOKW

uint64_t *mod__feat_hashes(const mod__feats *f, util_arena *a)
{
    (void)a;
    return f->h;
}
