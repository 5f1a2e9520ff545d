/* normalize.c — the character-level half of normalization: how one code
 * point folds, how leetspeak and look-alike letters read, how repeated
 * letters and masks are compared, and the public mod_normalize() and
 * mod_fingerprint() built on the tokenizer (tokenize.c).
 *
 * How: each code point goes through utf8proc_decompose_char() with
 * COMPAT | CASEFOLD | STRIPMARK (NFKC's compatibility mapping, full case
 * folding, accents and niqqud/harakat removed); a few letters Unicode does
 * not decompose (œ, æ, ø, ł, đ, ı) are spelled out by hand, and Arabic's
 * spelling variants (tatweel, teh marbuta, alef maksura, Persian kaf and
 * yeh) folded as Arabic search engines fold them; letters in circles and
 * squares (Ⓕ 🅵, symbols to Unicode) read as the letters they enclose
 * (mod__enclosed_letter, which the tokenizer also asks).  Runs of the
 * same letter are never rewritten in the text: mod__runs_match() compares a
 * token with a lexicon word run by run, so "connnnard" matches "connard" but
 * "as" never matches "ass", nor "salle" (a room) "sale" (a letter doubled
 * is another word; stretched to three or more, the same one).
 * mod__clitic_stems() reads a Hebrew or Arabic word without the
 * conjunction, preposition and article written as its prefixes and without
 * a plural or feminine ending ("והכלבים", "والكلاب"), for the policy
 * matcher, which keeps the readings that are words of its lexicons.
 *
 * Must never: match inside a word (everything here works on whole tokens),
 * allocate outside the caller's arena, or read past the given length. */
#include <ctype.h>
#include <string.h>
#include <utf8proc.h>

#include "moderation/mod_int.h"

int mod__fold_cp(int32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)tolower(cp);
        return 1;
    }
    switch (cp) {              /* letters without a Unicode decomposition */
    case 0x0152: case 0x0153: memcpy(out, "oe", 2); return 2;   /* Œ œ */
    case 0x00C6: case 0x00E6: memcpy(out, "ae", 2); return 2;   /* Æ æ */
    case 0x00D8: case 0x00F8: out[0] = 'o'; return 1;           /* Ø ø */
    case 0x0141: case 0x0142: out[0] = 'l'; return 1;           /* Ł ł */
    case 0x0110: case 0x0111: out[0] = 'd'; return 1;           /* Đ đ */
    case 0x0131: out[0] = 'i'; return 1;                        /* ı */
    case 0x2019: case 0x2018: case 0x02BC: out[0] = '\''; return 1;
    /* Arabic, as Arabic text search folds it: the tatweel that stretches
     * a word ("شرمـــوطة") is nothing; teh marbuta is written as heh and
     * alef maksura as yeh in casual spelling; the Persian kaf and yeh stand
     * for the Arabic ones (a keyboard away) */
    case 0x0640: return 0;                                      /* ـ */
    case 0x0629: memcpy(out, "\xd9\x87", 2); return 2;          /* ة -> ه */
    case 0x0649: case 0x06CC: memcpy(out, "\xd9\x8a", 2); return 2;   /* ى ی -> ي */
    case 0x06A9: memcpy(out, "\xd9\x83", 2); return 2;          /* ک -> ك */
    default: break;
    }
    char enc = mod__enclosed_letter(cp);
    if (enc) {
        out[0] = enc;
        return 1;
    }
    utf8proc_int32_t buf[8];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(
        cp, buf, 8,
        UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE,
        &last);
    if (n < 0 || n > 8) {      /* unassigned or too long: keep as is */
        return (int)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
    }
    int w = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        if (w > 24) break;
        int32_t c = buf[i];
        if (c == 0x0153) { memcpy(out + w, "oe", 2); w += 2; continue; }
        if (c == 0x00E6) { memcpy(out + w, "ae", 2); w += 2; continue; }
        w += (int)utf8proc_encode_char(c, (utf8proc_uint8_t *)out + w);
    }
    return w;
}

char mod__leet(unsigned char c)
{
    switch (c) {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    case '8': return 'b';
    case '9': return 'g';
    case '@': return 'a';
    case '$': return 's';
    case '!': return 'i';
    case '|': return 'l';
    case '+': return 't';
    default: return 0;
    }
}

char mod__enclosed_letter(int32_t cp)
{
    static const int32_t first[] = {0x24B6, 0x24D0, 0x1F130, 0x1F150, 0x1F170};   /* A (or a) of each */
    for (size_t i = 0; i < sizeof first / sizeof *first; i++)
        if (cp >= first[i] && cp < first[i] + 26) return (char)('a' + (cp - first[i]));
    return 0;
}

char mod__homoglyph(int32_t cp)
{
    switch (cp) {
    /* Cyrillic lower and upper case look-alikes */
    case 0x0430: case 0x0410: return 'a';
    case 0x0435: case 0x0415: return 'e';
    case 0x043E: case 0x041E: return 'o';
    case 0x0440: case 0x0420: return 'p';
    case 0x0441: case 0x0421: return 'c';
    case 0x0443: case 0x0423: return 'y';
    case 0x0445: case 0x0425: return 'x';
    case 0x0456: case 0x0406: return 'i';
    case 0x0458: case 0x0408: return 'j';
    case 0x0455: case 0x0405: return 's';
    case 0x0501: return 'd';
    case 0x041D: return 'h';
    case 0x041A: case 0x043A: return 'k';
    case 0x041C: case 0x043C: return 'm';
    case 0x0422: case 0x0442: return 't';
    case 0x0412: case 0x0432: return 'b';
    /* Greek */
    case 0x03BF: case 0x039F: return 'o';
    case 0x03B1: case 0x0391: return 'a';
    case 0x03B5: case 0x0395: return 'e';
    case 0x03B9: case 0x0399: return 'i';
    case 0x03BD: return 'v';
    case 0x039D: return 'n';
    case 0x03BA: case 0x039A: return 'k';
    case 0x03C4: case 0x03A4: return 't';
    case 0x03C1: case 0x03A1: return 'p';
    case 0x03C5: return 'u';
    case 0x03BC: return 'u';                       /* μ (and µ, the micro sign, after NFKC) */
    case 0x0392: case 0x03B2: return 'b';
    case 0x0396: return 'z';
    case 0x0397: return 'h';
    case 0x039C: return 'm';
    case 0x03A7: case 0x03C7: return 'x';
    /* small capitals ("ꜰᴜᴄᴋ", "ɴɪɢɢᴇʀ"), which NFKC leaves alone */
    case 0x1D00: return 'a';
    case 0x0299: return 'b';
    case 0x1D04: return 'c';
    case 0x1D05: return 'd';
    case 0x1D07: return 'e';
    case 0xA730: return 'f';
    case 0x0262: return 'g';
    case 0x029C: return 'h';
    case 0x026A: return 'i';
    case 0x1D0A: return 'j';
    case 0x1D0B: return 'k';
    case 0x029F: return 'l';
    case 0x1D0D: return 'm';
    case 0x0274: return 'n';
    case 0x1D0F: return 'o';
    case 0x1D18: return 'p';
    case 0xA7AF: return 'q';
    case 0x0280: return 'r';
    case 0xA731: return 's';
    case 0x1D1B: return 't';
    case 0x1D1C: return 'u';
    case 0x1D20: return 'v';
    case 0x1D21: return 'w';
    case 0x028F: return 'y';
    case 0x1D22: return 'z';
    default: return 0;
    }
}

/* The emoji abusers use for a word: a middle finger, the animals thrown at
 * a group (the monkey and the banana at Black footballers, the rat, the pig),
 * the clown, the snake, the knife and the gun.  Each reads as a word no one
 * writes ("emojimonkey"), so that only the policy's own patterns for it
 * match (data/moderation/build_policy.py, "emoji"); the tokenizer itself
 * keeps skipping emoji, so the classifiers' features do not change. */
static const struct { int32_t cp; const char *word; } emoji_words[] = {
    {0x1F595, "emojifinger"}, {0x1F412, "emojimonkey"}, {0x1F435, "emojimonkey"},
    {0x1F98D, "emojiape"},    {0x1F9A7, "emojiape"},
    {0x1F34C, "emojibanana"}, {0x1F400, "emojirat"},    {0x1F401, "emojirat"},
    {0x1F42D, "emojirat"},    {0x1F437, "emojipig"},    {0x1F416, "emojipig"},
    {0x1F43D, "emojipig"},    {0x1F921, "emojiclown"},  {0x1F40D, "emojisnake"},
    {0x1FAB3, "emojiroach"},  {0x1F52A, "emojiknife"},  {0x1F5E1, "emojiknife"},
    {0x1F52B, "emojigun"},    {0x1F4A9, "emojishit"},
    /* the Star of David standing for Jews ("Mort aux ✡️"): read
     * "emojijew", a word of every set of the policy that names them */
    {0x2721, "emojijew"},
};

static const char *emoji_word(int32_t cp)
{
    for (size_t i = 0; i < sizeof emoji_words / sizeof *emoji_words; i++)
        if (emoji_words[i].cp == cp) return emoji_words[i].word;
    return NULL;
}

/* The word of the sequence at p (len bytes left: four bytes, or ✡'s
 * three), or NULL; *bytes gets the sequence's length. */
static const char *emoji_at(const char *p, size_t len, size_t *bytes)
{
    unsigned char b = (unsigned char)p[0];
    if (b == 0xE2 && len >= 3 && memcmp(p, "\xE2\x9C\xA1", 3) == 0) {
        *bytes = 3;
        return emoji_word(0x2721);
    }
    if (b != 0xF0 || len < 4) return NULL;
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)p, 4, &cp);
    *bytes = 4;
    return n == 4 ? emoji_word(cp) : NULL;
}

const char *mod__emoji_words(const char *text, size_t len, util_arena *a, size_t *out_len)
{
    /* every one is a 4-byte sequence but ✡ */
    if (memchr(text, 0xF0, len) == NULL && memmem(text, len, "\xE2\x9C\xA1", 3) == NULL) return NULL;
    size_t extra = 0, k;
    for (size_t i = 0; i < len; i++) {
        const char *w = emoji_at(text + i, len - i, &k);
        if (w) {
            extra += strlen(w) + 2;
            i += k - 1;
        }
    }
    if (extra == 0) return NULL;
    char *out = util_arena_alloc_raw(a, len + extra + 1);
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        const char *w = emoji_at(text + i, len - i, &k);
        if (w) {
            size_t wl = strlen(w);
            out[o++] = ' ';
            memcpy(out + o, w, wl);
            o += wl;
            out[o++] = ' ';
            i += k;
        } else {
            out[o++] = text[i++];
        }
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}


/* The length of the run of the code point at s (k bytes) repeated: how many
 * times it stands there, and the bytes they take in *bytes. */
static size_t run_of(const unsigned char *s, size_t k, size_t *bytes)
{
    size_t n = 0, b = 0;
    while (memcmp(s + b, s, k) == 0 && s[b] != '\0') {
        n++;
        b += k;
    }
    *bytes = b;
    return n;
}

char *mod__squeeze(util_arena *a, const char *s)
{
    size_t n = strlen(s);
    char *o = util_arena_alloc_raw(a, n + 1);   /* written up to its NUL */
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        size_t k = mod__seq_len((unsigned char)s[i]);
        if (i + k > n) k = n - i;
        size_t bytes;
        run_of((const unsigned char *)s + i, k, &bytes);
        memcpy(o + w, s + i, k);   /* one of the run */
        w += k;
        i += bytes;
    }
    o[w] = '\0';
    return o;
}

bool mod__runs_match(const char *form, const char *lit)
{
    const unsigned char *f = (const unsigned char *)form, *l = (const unsigned char *)lit;
    while (*f && *l) {
        size_t k = mod__seq_len(*f);
        if (memcmp(f, l, k) != 0) return false;
        unsigned char c = *f;
        size_t bf, bl;
        size_t rf = run_of(f, k, &bf), rl = run_of(l, k, &bl);
        f += bf;
        l += bl;
        /* the same run, or a letter stretched to three or more: a doubled
         * letter is spelling, not stretching ("salle" is not "sale",
         * "comme" not "come", "baisse" not "baise"), in every script
         * ("זוווונה" is "זונה") — except French's feminine "-ée(s)"
         * (accents folded: "payee", "tuees"), which the lexicons write as
         * the masculine "paye" */
        bool feminine = c == 'e' && rf == 2 && rl == 1 && (*f == '\0' || (f[0] == 's' && f[1] == '\0'));
        if (rf != rl && !feminine && (rf < 3 || rf < rl)) return false;
    }
    return *f == '\0' && *l == '\0';
}

/* ---- Hebrew and Arabic clitics ----------------------------------------------
 * Both scripts write a conjunction, a preposition and the article as part
 * of the word ("והכלב", "والكلب": and the dog), and a plural or feminine
 * ending on it ("מניאקים", "متخلفين").  mod__clitic_stems gives the readings
 * of a word without them; the policy matcher keeps those that are words of
 * its lexicons (policy.c, tstem), so "לזונה" matches the lexicon's "זונה"
 * without every prefixed form being listed.  Only what the grammar allows
 * is stripped — Hebrew ו? (ש|כש)? (ב|כ|ל | מ ה? | ה)?, Arabic (و|ف)?
 * (لل | (ب|ك|ل)? ال? ) — never more than that, and the rest must stay a
 * word of three letters or more (four when an ending was taken off):
 * "בכלבו" (a department store) reads only as "כלבו", never as "כלב", and
 * "عربات" (carts) not as "عرب".  Arabic's ب ك ل are not taken off a word
 * that then begins with an alef ("كانت", was, is not "انت", you). */
enum {
    HE_BET = 0x5D1, HE_HE = 0x5D4, HE_VAV = 0x5D5, HE_YOD = 0x5D9, HE_KAF = 0x5DB, HE_LAMED = 0x5DC,
    HE_FMEM = 0x5DD, HE_MEM = 0x5DE, HE_SHIN = 0x5E9, HE_TAV = 0x5EA,
    AR_ALEF = 0x627, AR_BEH = 0x628, AR_TEH = 0x62A, AR_FEH = 0x641, AR_KAF = 0x643, AR_LAM = 0x644,
    AR_NOON = 0x646, AR_HEH = 0x647, AR_WAW = 0x648, AR_YEH = 0x64A,
};
#define CLITIC_MAX 48   /* letters; longer words are left alone */

/* Bit i set when the first i letters of c (n of them) are a Hebrew prefix. */
static unsigned he_prefixes(const int32_t *c, size_t n)
{
    unsigned m = 0;
    for (size_t v = 0; v <= 1; v++) {
        if (v && c[0] != HE_VAV) continue;
        for (size_t s = 0; s < 3; s++) {   /* none, ש, כש */
            size_t j = v;
            if (s == 1 && !(j < n && c[j] == HE_SHIN)) continue;
            if (s == 2 && !(j + 1 < n && c[j] == HE_KAF && c[j + 1] == HE_SHIN)) continue;
            j += s;
            m |= 1u << j;
            if (j >= n) continue;
            if (c[j] == HE_BET || c[j] == HE_KAF || c[j] == HE_LAMED || c[j] == HE_HE) m |= 1u << (j + 1);
            if (c[j] == HE_MEM) {
                m |= 1u << (j + 1);
                if (j + 1 < n && c[j + 1] == HE_HE) m |= 1u << (j + 2);
            }
        }
    }
    return m;
}

/* The same for Arabic. */
static unsigned ar_prefixes(const int32_t *c, size_t n)
{
    unsigned m = 0;
    for (size_t v = 0; v <= 1; v++) {
        if (v && c[0] != AR_WAW && c[0] != AR_FEH) continue;
        size_t j = v;
        m |= 1u << j;
        if (j + 1 < n && c[j] == AR_LAM && c[j + 1] == AR_LAM) m |= 1u << (j + 2);   /* لل: ل + ال */
        if (j < n && (c[j] == AR_BEH || c[j] == AR_KAF || c[j] == AR_LAM)) {
            j++;
            if (j < n && c[j] != AR_ALEF) m |= 1u << j;
        }
        if (j + 1 < n && c[j] == AR_ALEF && c[j + 1] == AR_LAM) m |= 1u << (j + 2);
    }
    return m;
}

/* Appends the UTF-8 of letter cp at *o. */
static void put_letter(char **o, int32_t cp)
{
    *o += utf8proc_encode_char(cp, (utf8proc_uint8_t *)*o);
}

/* The start of the run of the same letter that ends at end (exclusive). */
static size_t run_start(const int32_t *c, size_t end)
{
    size_t i = end - 1;
    while (i > 0 && c[i - 1] == c[end - 1]) i--;
    return i;
}

void mod__clitic_stems(const char *form, size_t len, mod__stem_fn *fn, void *ctx)
{
    int32_t c[CLITIC_MAX];
    size_t n = 0;
    bool he = true, ar = true;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)form + i, (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0 || n == CLITIC_MAX) return;
        i += (size_t)k;
        he = he && cp >= 0x5D0 && cp <= 0x5EA;
        ar = ar && cp >= 0x621 && cp <= 0x64A;
        if (!he && !ar) return;
        c[n++] = cp;
    }
    if (n < 4) return;   /* a prefix or an ending, and three letters at least */
    unsigned pre = he ? he_prefixes(c, n) : ar_prefixes(c, n);
    /* the endings (their last one or two letters, each possibly stretched:
     * "מניאקיםםם"), and what may replace them */
    static const struct { int32_t a, b; int32_t add[3]; } he_end[] = {
        {0, 0, {0}},
        {HE_YOD, HE_FMEM, {0, HE_YOD}},          /* ים: masculine plural (ערבים: ערבי) */
        {HE_VAV, HE_TAV, {0, HE_HE, HE_TAV}},    /* ות: feminine plural (זונות: זונה) */
    }, ar_end[] = {
        {0, 0, {0}},
        {AR_WAW, AR_NOON, {0}},                  /* ون, ين: masculine plural */
        {AR_YEH, AR_NOON, {0}},
        {AR_ALEF, AR_TEH, {0, AR_HEH}},          /* ات: feminine plural (حشرات: حشرة) */
        {0, AR_HEH, {0}},                        /* ة (folded to ه): feminine */
    };
    const size_t n_end = he ? sizeof he_end / sizeof *he_end : sizeof ar_end / sizeof *ar_end;
    char buf[2][CLITIC_MAX * 4 + 8];
    for (size_t e = 0; e < 2 * n_end; e++) {
        /* each ending twice: its letters with their runs, then (a one-letter
         * ending whose run is doubled) that letter alone: "تافهة" folds to
         * "تافهه", "تافه" and the feminine ending */
        int32_t ea = he ? he_end[e / 2].a : ar_end[e / 2].a, eb = he ? he_end[e / 2].b : ar_end[e / 2].b;
        const int32_t *add = he ? he_end[e / 2].add : ar_end[e / 2].add;
        size_t stop = n;   /* where the core ends */
        if (e % 2 && (ea || !eb || run_start(c, n) == n - 1)) continue;
        if (eb) {
            if (c[n - 1] != eb) continue;
            stop = e % 2 ? n - 1 : run_start(c, n);
            if (ea) {
                if (stop == 0 || c[stop - 1] != ea) continue;
                stop = run_start(c, stop);
            }
        }
        for (size_t p = 0; p <= 5 && p < stop; p++) {
            if (!(pre & (1u << p)) || (p == 0 && !eb)) continue;   /* (not the word itself) */
            for (size_t ai = 0; ai < 3 && (ai == 0 || add[ai]); ai++) {
                int32_t extra = add[ai];
                char *o[2] = {buf[0], buf[1]};   /* the stem as written (runs kept), its key */
                size_t letters = 0;              /* in the key */
                for (size_t r = p; r < stop; r++) {
                    int32_t cp = c[r];
                    /* a Hebrew letter ending the word takes its final form */
                    if (he && eb && !extra && c[r] == c[stop - 1] && run_start(c, stop) <= r &&
                        (cp == HE_KAF || cp == HE_MEM || cp == 0x5E0 || cp == 0x5E4 || cp == 0x5E6))
                        cp--;
                    put_letter(&o[0], cp);
                    if (r == p || c[r] != c[r - 1]) {
                        put_letter(&o[1], cp);
                        letters++;
                    }
                }
                if (extra) {
                    put_letter(&o[0], extra);
                    if (c[stop - 1] != extra) {
                        put_letter(&o[1], extra);
                        letters++;
                    }
                }
                if (letters < 3 || (eb && letters < 4)) continue;
                *o[0] = *o[1] = '\0';
                bool conj = p > 0 && (c[0] == HE_VAV || (ar && (c[0] == AR_WAW || c[0] == AR_FEH)));
                fn(ctx, buf[0], (size_t)(o[0] - buf[0]), buf[1], (size_t)(o[1] - buf[1]), conj);
            }
        }
    }
}

/* Glob where a run of k stars stands for 1..2k+1 bytes; other bytes must
 * be equal.  Recursion depth is bounded by the number of star runs. */
static bool mask_rec(const char *m, const char *w, int depth, bool prefix)
{
    if (depth > 8) return false;
    while (*m && *m != '*') {
        if (prefix && *w == '\0') return true;   /* the rest of the word is free */
        if (*m != *w) return false;
        m++;
        w++;
    }
    if (*m == '\0') return *w == '\0';
    if (prefix && *w == '\0') return true;
    size_t k = 0;
    while (*m == '*') { m++; k++; }
    size_t wl = strlen(w);
    for (size_t take = 1; take <= 2 * k + 1 && take <= wl; take++) {
        if (mask_rec(m, w + take, depth + 1, prefix)) return true;
    }
    return false;
}

bool mod__mask_match(const char *masked, const char *word)
{
    return mask_rec(masked, word, 0, false);
}

bool mod__mask_match_prefix(const char *masked, const char *prefix)
{
    return mask_rec(masked, prefix, 0, true);
}

/* ---- public ----------------------------------------------------------------- */

void mod_normalize(const char *text, size_t len, util_buf *out)
{
    out->len = 0;
    util_buf_reserve(out, 1);
    out->data[0] = '\0';
    if (text == NULL) return;
    util_arena *a = util_arena_new();
    mod__doc d;
    mod__analyze(text, len, a, &d);
    for (size_t i = 0; i < d.n; i++) {
        if (i) util_buf_putc(out, ' ');
        util_buf_puts(out, d.toks[i].alt ? d.toks[i].alt : d.toks[i].form);
    }
    util_arena_free(a);
}

void mod_fingerprint(const char *text, size_t len, char out[17])
{
    static const char hex[] = "0123456789abcdef";
    uint64_t h = 0x5ca1ab1e;
    if (text != NULL) {
        util_arena *a = util_arena_new();
        mod__doc d;
        mod__analyze(text, len, a, &d);
        for (size_t i = 0; i < d.n; i++) {
            const char *s = d.toks[i].sq;
            h = mod__hash(s, strlen(s), h);
            h = mod__hash(" ", 1, h);
        }
        for (size_t i = 0; i < d.n_links; i++) {
            h = mod__hash(d.links[i].domain, strlen(d.links[i].domain), h);
            h = mod__hash("/", 1, h);
        }
        util_arena_free(a);
    }
    h = mod__mix(h);
    for (int i = 0; i < 16; i++) out[i] = hex[(h >> (60 - 4 * i)) & 15];
    out[16] = '\0';
}
