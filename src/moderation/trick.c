/* trick.c — character tricks read again, for the policy only
 * (mod__reread_tricks).  The tokens (tokenize.c) are the classifiers'
 * features and stay as they are; the policy, which knows its words, asks
 * for a second reading of a comment where a trick shows:
 *
 *   - stars inside a word as Markdown emphasis or as separators: "co**nn**
 *     ard", "c*o*n*n*a*r*d", "**con**nard" read "connard" (the stars
 *     dropped when a word's inner runs of stars, with a run of the same
 *     length at either end, come in pairs of one length, one or two stars,
 *     or stand between single letters; one run alone, "f*ck", "f**k",
 *     "enc*lé", stays a mask, as the first reading has it);
 *   - '#' and '_' between two letters, one side a piece of two letters or
 *     more, read as a mask ('*'): "s#lope", "enc_ler" ("#hashtags", "C#",
 *     split letters "c_o_n" are left alone); so is the one '-' of a short
 *     word that no cut reads ("n-gger", "sp-cs": hyphen_mask);
 *   - a word split by slashes into three pieces or more of one to five
 *     letters: "é/gor/ger" is "égorger" ("and/or", "km/h" have two); by
 *     hyphens or dots into three or more of one to three letters:
 *     "en-cu-lé", "sa-lo-pe", "sa.lo.pe" ("peut-être", "va-et-vient",
 *     "Saint-Jean-de-Luz" are left alone; "vis-à-vis" is read "visàvis",
 *     which no pattern holds);
 *   - a word cut once, by one '-' or '.' or a symbol (an emoji), into two
 *     pieces of letters whose join is a word of the policy: "en-culer",
 *     "ju-if", "salo.pe", "tw🍆at" (a join no word of the policy is not
 *     read: "peut-être", "e-mail"; a piece of one letter before or after
 *     a '.' is an abbreviation: "U.S", "M.Dupont"); a '€' between two
 *     letters reads 'e' ("p€tasse");
 *   - in a text mostly in Latin letters, a Cyrillic or Greek look-alike
 *     standing alone, with no letter beside it, read as its Latin letter:
 *     spaced-out look-alikes "ѕ а l о р е" are then split Latin letters,
 *     joined by the tokenizer ("Я в шоке" is left alone);
 *   - two or more of '@' and '$' opening a word read as the letters they
 *     stand for: "@$$h0l3" is "ass…" (the tokenizer takes a lone '@' or '$'
 *     at a word's start, not a run of them);
 *   - a long token, ten letters or more, glued from words: cut into the
 *     fewest words of the policy's vocabulary ("salebougnoule", "iwillkill
 *     you"), see glue_cut for the rules that keep "connaissance",
 *     "therapists", "Scunthorpe" whole (a short last word only of
 *     glue_last_short: "…killyou", never "…toi", "…moi").
 * The transformed text is analyzed again (mod__analyze) and its tokens'
 * spans mapped back to the original bytes; each token of the reading
 * names the first and last of the first reading's tokens it overlaps.
 *
 * Cost: a first look at the bytes (may_trick: a run of '*', a '/', '#',
 * '_', '-' or '.' between letters, a symbol of three or four bytes after
 * a letter, two of '@' and '$' in a row, a look-alike letter),
 * and only when it shows one (20 of the long probe's 301 comments)
 * a pass over the code points to find tricks; the analysis again only
 * when the text changed; at most GL_MASKS new masks per comment; the
 * glued cut only on tokens of 10 to 254 bytes, at most GL_LOOKUPS
 * vocabulary look-ups per comment (known()), the short words' list read
 * once per position a cut may reach.  (A filter of the vocabulary's first
 * and last four bytes, to skip the cut of most long tokens, was tried in
 * session 14: it ruled out one look-up in eight on the long probe, 0.3 %
 * of a decision's instructions; not kept.)  A decision on 8 KB of one
 * trick takes 0.1 to 3 ms more (bench/moderation; 8 KB of "co**nn**ard"
 * took 70 ms before, in the first reading's masks, and still does).
 *
 * Must never: change the first reading's tokens, read past len, or keep
 * memory outside the caller's arena (the work arrays are freed here). */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "moderation/mod_int.h"

/* letters in a token that may be glued words, letters in one word of a
 * glued cut, in each of a cut into two, look-ups per comment, letters of
 * a piece that a pattern may match alone (policy.c), and '#' or '_' read
 * as masks per comment (a masked token is the matcher's dearest: 8 KB of
 * "s#lope" took 200 ms, as 8 KB of "s*lope" does) */
enum { GL_MIN = 10, GL_WORD = 24, GL_PAIR_MIN = 4, GL_LOOKUPS = 4096, GL_HIT_MIN = 6, GL_MASKS = 16 };

enum { K_OTHER, K_LETTER, K_DIGIT };

typedef struct cpinfo {
    int32_t cp;     /* -1 for a byte that is not valid UTF-8 */
    uint32_t off;   /* its first byte */
    uint8_t len, kind;
    char rep;       /* 0: kept; 1: dropped; else the ASCII byte written instead */
} cpinfo;

static uint8_t kind_of(int32_t cp)
{
    if (cp < 0) return K_OTHER;
    if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return K_LETTER;
        return cp >= '0' && cp <= '9' ? K_DIGIT : K_OTHER;
    }
    utf8proc_category_t c = utf8proc_category(cp);
    if (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME) return K_LETTER;   /* letters and marks */
    return c == UTF8PROC_CATEGORY_ND ? K_DIGIT : K_OTHER;
}

static bool wordish(const cpinfo *c) { return c->kind != K_OTHER; }

/* Stars inside the word c[b..e) (letters, digits and stars): dropped when
 * its inner runs, each between two letters, come in pairs of the same
 * length (one or two stars), or stand between single letters (three
 * pieces or more). */
static bool stars(cpinfo *c, size_t b, size_t e)
{
    size_t lead = 0, trail = 0;   /* the runs at the word's ends: emphasis opened or closed */
    while (b < e && c[b].cp == '*') b++, lead++;
    while (e > b && c[e - 1].cp == '*') e--, trail++;
    size_t runs = 0, rlen = 0, piece = 0;
    bool same = true, singles = true;
    for (size_t i = b; i < e;) {
        if (c[i].cp != '*') {
            piece++;
            i++;
            continue;
        }
        size_t j = i;
        while (j < e && c[j].cp == '*') j++;
        if (c[i - 1].kind != K_LETTER || c[j].kind != K_LETTER) return false;   /* "2*3*4" */
        if (runs == 0) rlen = j - i;
        else if (j - i != rlen) same = false;
        singles &= piece == 1;
        piece = 0;
        runs++;
        i = j;
    }
    singles &= piece == 1;
    /* a run at an end of the same length pairs with an inner one:
     * "**con**nard", "fuck**ing**", "**k**i**k**es" ("f**k" has none) */
    size_t ends = (lead > 0 && lead == rlen) + (trail > 0 && trail == rlen);
    bool pairs = runs >= 1 && (runs + ends) >= 2 && (runs + ends) % 2 == 0 && same && rlen <= 2;
    if (runs == 0 || !(pairs || (singles && runs >= 2))) return false;
    for (size_t i = b; i < e; i++)
        if (c[i].cp == '*') c[i].rep = 1;
    return true;
}

/* The separators sep ('/' or '-') inside the word c[b..e) (letters and
 * seps): dropped when they cut it into three pieces or more of one to max
 * letters. */
static bool splits(cpinfo *c, size_t b, size_t e, int32_t sep, size_t max)
{
    size_t cuts = 0, piece = 0;
    for (size_t i = b; i < e; i++) {
        if (c[i].cp == sep) {
            if (piece == 0 || piece > max) return false;
            cuts++;
            piece = 0;
        } else {
            piece++;
        }
    }
    if (cuts < 2 || piece == 0 || piece > max) return false;
    for (size_t i = b; i < e; i++)
        if (c[i].cp == sep) c[i].rep = 1;
    return true;
}

/* The words of c[0..n) (letters and sep) that sep cuts, not inside a link
 * or a path, read again by splits(); true when one was. */
static bool split_words(cpinfo *c, size_t n, int32_t sep, size_t max)
{
    bool any = false;
    for (size_t i = 0; i < n;) {
        if (c[i].kind == K_LETTER) {
            size_t j = i;
            bool cut = false;
            while (j < n && (c[j].kind == K_LETTER || c[j].cp == sep)) cut |= c[j++].cp == sep;
            /* not after "/", ".", ":", a digit; not before "/" or ".x" */
            bool link = i > 0 && (c[i - 1].cp == '/' || c[i - 1].cp == '.' || c[i - 1].cp == ':' ||
                                  c[i - 1].kind == K_DIGIT);
            link |= j < n && (c[j].cp == '/' || c[j].kind == K_DIGIT ||
                              (c[j].cp == '.' && j + 1 < n && wordish(&c[j + 1])));
            if (cut && !link) any |= splits(c, i, j, sep, max);
            i = j;
        } else {
            i++;
        }
    }
    return any;
}

/* The policy's folded form of the letters c[b..e) appended to w (at
 * most cap bytes, NUL-terminated); false when they do not fit. */
static bool fold_into(const cpinfo *c, size_t b, size_t e, char *w, size_t *wn, size_t cap)
{
    for (size_t i = b; i < e; i++) {
        char f[32];
        int l = mod__fold_cp(c[i].cp, f);
        if (*wn + (size_t)l + 1 > cap) return false;
        memcpy(w + *wn, f, (size_t)l);
        *wn += (size_t)l;
    }
    w[*wn] = '\0';
    return true;
}

/* A separator of a word cut once (cut_once): '-', '.', a '€' or another
 * symbol of the emoji's kinds (So, Sc, Sk, Sm) past ASCII. */
static bool once_sep(int32_t cp)
{
    if (cp == '-' || cp == '.') return true;
    if (cp < 0x80) return false;
    utf8proc_category_t k = utf8proc_category(cp);
    return k == UTF8PROC_CATEGORY_SO || k == UTF8PROC_CATEGORY_SC || k == UTF8PROC_CATEGORY_SK ||
           k == UTF8PROC_CATEGORY_SM;
}

/* Words of c[0..n) cut once into two runs of letters (see the top of the
 * file): the separator dropped when the join is known(), a '€' read 'e'
 * whatever the join; not inside a link or a path (split_words' test), at
 * most GL_LOOKUPS look-ups.  True when one was read. */
static bool cut_once(cpinfo *c, size_t n, mod__known_fn known, const void *ctx)
{
    bool any = false;
    size_t budget = GL_LOOKUPS;
    for (size_t i = 0; i < n;) {
        if (c[i].kind != K_LETTER) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && c[j].kind == K_LETTER) j++;
        size_t k = j + 1;
        while (k < n && c[k].kind == K_LETTER) k++;
        /* c[i..j) sep c[j+1..k): two pieces, and no third after them */
        if (j + 1 >= n || k == j + 1 || !once_sep(c[j].cp) || c[j].rep ||
            (k < n && (once_sep(c[k].cp) || c[k].cp == '/') && k + 1 < n && c[k + 1].kind == K_LETTER)) {
            i = j;
            continue;
        }
        if (c[j].cp == 0x20AC) {   /* '€' */
            c[j].rep = 'e';
            any = true;
            i = k;
            continue;
        }
        bool link = i > 0 && (c[i - 1].cp == '/' || c[i - 1].cp == '.' || c[i - 1].cp == ':' ||
                              c[i - 1].cp == '@' || c[i - 1].kind == K_DIGIT || once_sep(c[i - 1].cp));
        link |= k < n && (c[k].cp == '/' || c[k].cp == '@' || c[k].kind == K_DIGIT);
        if (c[j].cp == '.') link |= j - i == 1 || k - j - 1 == 1;   /* "U.S", "M.Dupont" */
        if (link) {
            i = k;
            continue;
        }
        char w[128];
        size_t wn = 0;
        if (budget > 0 && fold_into(c, i, j, w, &wn, sizeof w) && fold_into(c, j + 1, k, w, &wn, sizeof w)) {
            budget--;
            if (known(ctx, w, wn)) {
                c[j].rep = 1;
                any = true;
            }
        }
        i = k;
    }
    return any;
}

/* Whether find_tricks may find a trick in s (len bytes), told from the
 * bytes alone: a run of '*' with a letter on each side, a '/', '#' or '_'
 * between two letters, a letter, '-', one to twelve letter bytes and '-',
 * two of '@' and '$' in a row, or (latin) a Cyrillic
 * or Greek look-alike letter.  A letter here is an ASCII one or any byte
 * of a multibyte sequence (more than find_tricks takes: false only when it
 * would find none).  Most comments have none of these: then no code point
 * is decoded. */
static bool may_trick(const char *text, size_t len, bool latin)
{
    const unsigned char *s = (const unsigned char *)text;
#define LETTERISH(b) ((b) >= 0x80 || (((b) | 0x20) >= 'a' && ((b) | 0x20) <= 'z'))
    for (size_t i = 0; i < len; i++) {
        unsigned char b = s[i];
        if (b == '*') {
            size_t j = i;
            while (j < len && s[j] == '*') j++;
            if (i > 0 && LETTERISH(s[i - 1]) && j < len && LETTERISH(s[j])) return true;
            i = j - 1;
        } else if (b == '/' || b == '#' || b == '_' || b == '-' || b == '.') {
            if (i > 0 && LETTERISH(s[i - 1]) && i + 1 < len && LETTERISH(s[i + 1])) return true;
        } else if (b >= 0xE2 && i > 0 && s[i - 1] < 0x80 && LETTERISH(s[i - 1])) {
            /* a symbol of three or four bytes right after an ASCII letter
             * (an emoji, '€'): cut_once looks */
            return true;
        } else if (b == '@' || b == '$') {
            if (i + 1 < len && (s[i + 1] == '@' || s[i + 1] == '$')) return true;
        } else if (latin && b >= 0xCD) {   /* a lead byte of U+0340 or more (never a continuation byte) */
            utf8proc_int32_t cp;
            if (utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp) > 0 && cp >= 0x370 &&
                mod__homoglyph(cp) && kind_of(cp) == K_LETTER)
                return true;
        }
    }
#undef LETTERISH
    return false;
}

/* Whether the '-' at c[i], between two letters, stands for a letter
 * ("n-gger", "sp-cs", "s-lope"): the only cut of a short word (eight
 * letters at most; one piece of one letter and the other longer, or two
 * pieces of two: "en-tête", "mi-temps" are neither), not in a link or a
 * path; cut_once has not read it as a cut.  The
 * mask then matches only the policy's words, as '#' and '_' do ("e-mail",
 * "x-ray", "est-ce", "vas-y" hide none of them). */
static bool hyphen_mask(const cpinfo *c, size_t n, size_t i)
{
    size_t b = i, e = i + 1;
    while (b > 0 && c[b - 1].kind == K_LETTER) b--;
    while (e < n && c[e].kind == K_LETTER) e++;
    size_t l = i - b, r = e - i - 1;
    if (l + r > 8 || !((l == 1 && r >= 2) || (r == 1 && l >= 2) || (l == 2 && r == 2))) return false;
    if (b > 0 && (c[b - 1].cp == '-' || c[b - 1].cp == '/' || c[b - 1].cp == '.' || c[b - 1].cp == '@' ||
                  c[b - 1].cp == ':' || c[b - 1].kind == K_DIGIT))
        return false;
    if (e < n && (c[e].cp == '-' || c[e].cp == '/' || c[e].cp == '@' || c[e].kind == K_DIGIT ||
                  (c[e].cp == '.' && e + 1 < n && wordish(&c[e + 1]))))
        return false;
    return true;
}

/* Marks the tricks of c[0..n) (rep) of a text mostly in Latin letters
 * when latin; true when one was found. */
static bool find_tricks(cpinfo *c, size_t n, bool latin, mod__known_fn known, const void *ctx)
{
    bool any = false;
    for (size_t i = 0; i < n;) {
        /* a word with stars: letters, digits and stars */
        if (wordish(&c[i]) || c[i].cp == '*') {
            size_t j = i;
            bool star = false;
            while (j < n && (wordish(&c[j]) || c[j].cp == '*')) star |= c[j++].cp == '*';
            if (star) any |= stars(c, i, j);
            i = j;
        } else {
            i++;
        }
    }
    any |= split_words(c, n, '/', 5);
    any |= split_words(c, n, '-', 3);
    any |= split_words(c, n, '.', 3);
    any |= cut_once(c, n, known, ctx);
    size_t masks = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t cp = c[i].cp;
        bool before = i > 0 && c[i - 1].kind == K_LETTER, after = i + 1 < n && c[i + 1].kind == K_LETTER;
        if ((cp == '#' || cp == '_') && before && after) {
            /* not between single letters ("c_o_n": split letters) */
            bool long_l = i > 1 && c[i - 2].kind == K_LETTER, long_r = i + 2 < n && c[i + 2].kind == K_LETTER;
            if ((long_l || long_r) && masks < GL_MASKS) {
                c[i].rep = '*';
                masks++;
                any = true;
            }
        } else if (cp == '-' && before && after && c[i].rep == 0 && masks < GL_MASKS && hyphen_mask(c, n, i)) {
            c[i].rep = '*';
            masks++;
            any = true;
        } else if (latin && cp >= 0x370 && !before && !after && c[i].kind == K_LETTER) {
            char l = mod__homoglyph(cp);
            if (l) {
                c[i].rep = l;
                any = true;
            }
        } else if ((cp == '@' || cp == '$') && (i == 0 || !wordish(&c[i - 1]))) {
            size_t j = i;
            while (j < n && (c[j].cp == '@' || c[j].cp == '$')) j++;
            if (j - i >= 2 && j < n && wordish(&c[j])) {
                for (size_t k = i; k < j; k++) c[k].rep = c[k].cp == '@' ? 'a' : 's';
                any = true;
            }
            i = j - 1;
        }
    }
    return any;
}

/* A word of the lists below and its length in bytes. */
typedef struct gword {
    const char *w;
    size_t n;
} gword;
#define GW(s) {s, sizeof s - 1}

/* The short words (three letters or fewer) a glued cut may hold: articles,
 * pronouns, conjunctions, prepositions, "va".  Any other short word of the
 * vocabulary ("con", "abo", "pd") is read inside longer words too often
 * ("quelconque", "convaincant", "diabolique"). */
static const gword glue_short[] = {
    GW("i"), GW("a"), GW("u"), GW("y"), GW("à"), GW("de"), GW("du"), GW("le"), GW("la"), GW("un"), GW("et"),
    GW("tu"), GW("te"), GW("ta"), GW("t"), GW("ma"), GW("me"), GW("mon"), GW("ton"), GW("tes"), GW("les"),
    GW("des"), GW("une"), GW("je"), GW("j"), GW("il"), GW("on"), GW("va"), GW("es"), GW("est"), GW("sa"), GW("son"),
    GW("ce"), GW("se"), GW("you"), GW("the"), GW("and"), GW("of"), GW("to"), GW("my"), GW("is"), GW("are"),
    GW("ur"), GW("go"), GW("all"), GW("he"), GW("she"), GW("we"), GW("his"), GW("her"), GW("our"), GW("in"),
    GW("at"), GW("be"), GW("so"), GW("too"), {NULL, 0}};

/* Whether w (n bytes) is among list: an array ended by {NULL, 0}, each
 * word with its length (the short words are tested for every piece of
 * one to three letters a glued cut tries: no strlen there). */
static bool in_list(const gword *list, const char *w, size_t n)
{
    for (; list->w; list++)
        if (list->n == n && list->w[0] == w[0] && memcmp(list->w, w, n) == 0) return true;
    return false;
}

/* A cut of a real word is mostly an affix and the rest: "anti" +
 * "semites", "detourne" + "ment", "cherche" + "u" + "se".  A glued cut
 * neither opens with a prefix nor closes with a suffix or a short word
 * other than these few ("…killyou", "…tabouche va"). */
static const gword glue_prefix[] = {
    GW("anti"), GW("contre"), GW("pro"), GW("pre"), GW("pres"), GW("re"), GW("de"), GW("des"), GW("dis"), GW("sur"),
    GW("sous"), GW("inter"), GW("super"), GW("auto"), GW("non"), GW("post"), GW("ex"), GW("over"), GW("under"),
    GW("out"), GW("up"), GW("in"), GW("un"), GW("im"), GW("en"), GW("at"), GW("a"), GW("to"), GW("me"), {NULL, 0}};
static const gword glue_suffix[] = {
    GW("ment"), GW("ments"), GW("tion"), GW("tions"), GW("ance"), GW("ence"), GW("able"), GW("ible"), GW("ist"),
    GW("ists"), GW("isme"), GW("iste"), GW("istes"), GW("ing"), GW("ings"), GW("ness"), GW("less"), GW("ful"),
    GW("ship"), GW("ette"), GW("ettes"), GW("aire"), GW("aires"), GW("eur"), GW("eurs"), GW("euse"), GW("ant"),
    GW("ants"), GW("ent"), GW("ents"), GW("ers"), GW("ies"), GW("ier"), GW("iers"), GW("age"), GW("ages"),
    GW("aient"), GW("ait"), GW("ais"), GW("ions"), GW("iez"), GW("ons"), GW("ez"), GW("er"), GW("ed"), GW("es"),
    GW("ers"), GW("ement"), GW("ements"), {NULL, 0}};
/* The short words (fewer than four letters) a cut may end with; each must
 * be a word of glue_short as well, since no other short piece is tried.
 * "toi" and "moi" stood here until session 15 but never in glue_short,
 * so a cut never ended with them ("vatefairefoutretoi" is not cut): they
 * were dead entries, removed, decisions unchanged.  Reading them would
 * take adding them to glue_short, where they would be tried inside every
 * long token, and the dictionary check glue_cut's rules were chosen with
 * (no new hit on 212,895 dictionary words) made again. */
static const gword glue_last_short[] = {GW("you"), GW("va"), GW("all"), {NULL, 0}};

/* Cuts s (n bytes, a token's folded word) into the fewest words known()
 * knows, of GL_WORD letters at most, each of four letters or more or a
 * short word of glue_short ("quel" + "con" + "que" is no cut); a
 * cut into two wants both of GL_PAIR_MIN letters or more ("sale" +
 * "bougnoule", never "the" + "rapists"); no prefix first, no suffix last
 * (glue_prefix, glue_suffix).  Writes the pieces' ends (byte
 * offsets) into ends and returns their number; 0 when no such cut, or
 * when *budget (look-ups left, decreased) runs out. */
static size_t glue_cut(const char *s, size_t n, mod__known_fn known, const void *ctx, size_t *budget,
                       uint16_t *ends)
{
    enum { INF = 0xFFFF };
    uint16_t pos[256], cost[256], from[256];
    size_t m = 0;
    for (size_t i = 0; i < n && m < 255; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) pos[m++] = (uint16_t)i;
    pos[m] = (uint16_t)n;
    for (size_t j = 0; j <= m; j++) cost[j] = INF;
    cost[0] = 0;
    for (size_t i = 0; i < m; i++) {
        if (cost[i] == INF) continue;
        /* the lengths of the short words s + pos[i] starts with (bit l: l
         * bytes), the list read once per position, not once per piece */
        uint32_t shorts = 0;
        for (const gword *g = glue_short; g->w; g++)
            if (g->w[0] == s[pos[i]] && g->n <= n - pos[i] && memcmp(g->w, s + pos[i], g->n) == 0)
                shorts |= 1u << g->n;
        for (size_t j = i + 1; j <= m && j - i <= GL_WORD; j++) {
            if (cost[i] + 1 >= cost[j]) continue;
            size_t len = pos[j] - pos[i];
            if (j - i < 4 && (len > 31 || !((shorts >> len) & 1))) continue;   /* not a short word of the few */
            if (*budget == 0) return 0;
            --*budget;
            char w[256];   /* known() wants a NUL-terminated word */
            memcpy(w, s + pos[i], len);
            w[len] = '\0';
            if (!known(ctx, w, len)) continue;
            cost[j] = (uint16_t)(cost[i] + 1);
            from[j] = (uint16_t)i;
        }
    }
    if (cost[m] == INF || cost[m] < 2) return 0;
    size_t np = cost[m];
    for (size_t j = m, p = np; j > 0; j = from[j]) ends[--p] = pos[j];
    size_t last = from[m], llen = n - pos[last];   /* the last piece: its first letter, its bytes */
    if (in_list(glue_prefix, s, ends[0]) || in_list(glue_suffix, s + pos[last], llen) ||
        (m - last < 4 && !in_list(glue_last_short, s + pos[last], llen)))
        return 0;
    if (np == 2 && (from[m] < GL_PAIR_MIN || m - from[m] < GL_PAIR_MIN)) return 0;
    return np;
}

/* The first of d's tokens that ends after byte s, and the last that starts
 * before byte e (d's tokens are in text order); false when none overlaps. */
static bool overlap(const mod__doc *d, uint32_t s, uint32_t e, uint32_t *k0, uint32_t *k1)
{
    size_t lo = 0, hi = d->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->toks[mid].end <= s) lo = mid + 1;
        else hi = mid;
    }
    size_t k = lo;
    if (k == d->n || d->toks[k].start >= e) return false;
    *k0 = (uint32_t)k;
    while (k + 1 < d->n && d->toks[k + 1].start < e) k++;
    *k1 = (uint32_t)k;
    return true;
}

/* A token may be glued words: GL_MIN letters or more, a word of letters
 * (not split letters, a mask or a number), no hashtag or @mention, and no
 * word of the vocabulary as a whole. */
static bool glue_candidate(const mod__doc *d, const mod__tok *t, mod__known_fn known, const void *ctx)
{
    if (t->form == NULL || (t->flags & (MOD__T_JOINED | MOD__T_MASKED | MOD__T_NUM))) return false;
    if (t->wlen < GL_MIN) return false;   /* (wlen is the word's bytes: fewer letters still) */
    const char *w = t->alt ? t->alt : t->form;
    size_t n = 0, bytes = strlen(w);
    for (size_t i = 0; i < bytes; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return false;
        if ((c & 0xC0) != 0x80) n++;
    }
    if (n < GL_MIN || bytes > 254) return false;
    if (t->start > 0 && t->start <= d->len && (d->text[t->start - 1] == '#' || d->text[t->start - 1] == '@'))
        return false;
    return !known(ctx, w, bytes);
}

bool mod__reread_tricks(const mod__doc *d, util_arena *a, mod__known_fn known, const void *ctx, mod__doc *out,
                        uint32_t **from)
{
    if (d->n == 0) return false;
    for (size_t k = 0; k < d->n; k++)
        if (d->toks[k].form == NULL || d->toks[k].sq == NULL) return false;   /* a lean or keyless doc */
    /* the code points and their tricks, when the bytes show one may be
     * there (may_trick) */
    bool latin = d->main_script == MOD__S_LATIN, changed = false;
    cpinfo *c = NULL;
    size_t n = 0;
    if (may_trick(d->text, d->len, latin)) {
        c = xmalloc((d->len + 1) * sizeof *c);
        for (size_t i = 0; i < d->len;) {
            utf8proc_int32_t cp = (unsigned char)d->text[i];
            utf8proc_ssize_t l = 1;
            if (cp >= 0x80) {
                l = utf8proc_iterate((const uint8_t *)d->text + i, (utf8proc_ssize_t)(d->len - i), &cp);
                if (l <= 0) {
                    cp = -1;
                    l = 1;
                }
            }
            c[n] = (cpinfo){.cp = cp, .off = (uint32_t)i, .len = (uint8_t)l, .kind = kind_of(cp), .rep = 0};
            n++;
            i += (size_t)l;
        }
        changed = find_tricks(c, n, latin, known, ctx);
    }
    /* the reading's tokens, spans in d's text: d's own, or the changed
     * text's, analyzed again */
    mod__doc e = *d;
    if (changed) {
        char *t = util_arena_alloc_raw(a, d->len + 1);
        uint32_t *map = xmalloc((d->len + 1) * sizeof *map);   /* t's byte -> d's */
        size_t tl = 0;
        for (size_t i = 0; i < n; i++) {
            if (c[i].rep == 1) continue;
            if (c[i].rep) {
                map[tl] = c[i].off;
                t[tl++] = c[i].rep;
            } else {
                for (size_t b = 0; b < c[i].len; b++) {
                    map[tl] = c[i].off + (uint32_t)b;
                    t[tl++] = d->text[c[i].off + b];
                }
            }
        }
        t[tl] = '\0';
        mod__analyze(t, tl, a, &e);
        for (size_t k = 0; k < e.n; k++) {   /* spans in d's text */
            mod__tok *x = &e.toks[k];
            uint32_t s = map[x->start], en = map[x->end - 1] + 1;
            while (en < d->len && ((unsigned char)d->text[en] & 0xC0) == 0x80) en++;
            x->start = s;
            x->end = en;
        }
        free(map);
        e.text = d->text;
        e.len = d->len;
    }
    free(c);
    /* glued words cut into their pieces, each a token with the glued
     * token's span */
    size_t budget = GL_LOOKUPS, cap = e.n, on = 0;
    bool glued = false;
    mod__tok *ov = NULL;
    uint32_t *of = NULL;
    for (size_t k = 0; k < e.n; k++) {
        const mod__tok *t = &e.toks[k];
        uint16_t ends[256];
        size_t np = 0;
        if (budget > 0 && glue_candidate(&e, t, known, ctx)) {
            const char *w = t->alt ? t->alt : t->form;
            np = glue_cut(w, strlen(w), known, ctx, &budget, ends);
        }
        if (ov == NULL && (np > 0 || changed)) {   /* the reading starts: the tokens so far as they are */
            cap = e.n + 256;
            ov = util_arena_alloc_raw(a, cap * sizeof *ov);
            of = util_arena_alloc_raw(a, 2 * cap * sizeof *of);
            for (size_t q = 0; q < k; q++) ov[on++] = e.toks[q];
        }
        if (ov == NULL) continue;
        if (np == 0) {
            ov[on++] = *t;
            continue;
        }
        if (on + np + (e.n - k - 1) > cap) {   /* grow: room for the pieces and the tokens left */
            size_t nc = 2 * (on + np + (e.n - k - 1));
            mod__tok *nv = util_arena_alloc_raw(a, nc * sizeof *nv);
            uint32_t *nf = util_arena_alloc_raw(a, 2 * nc * sizeof *nf);
            memcpy(nv, ov, on * sizeof *nv);
            ov = nv;
            of = nf;
            cap = nc;
        }
        glued = true;
        const char *w = t->alt ? t->alt : t->form;
        for (size_t p = 0, b = 0; p < np; b = ends[p++]) {
            mod__tok x = *t;
            x.form = util_arena_strndup(a, w + b, ends[p] - b);
            x.alt = NULL;
            x.sq = mod__squeeze(a, x.form);
            x.sq2 = NULL;
            x.wlen = (uint16_t)(ends[p] - b);
            x.wh = mod__mix(mod__hash(x.form, x.wlen, MOD__F_WORD));
            if (p > 0) x.flags &= (uint16_t) ~(MOD__T_SENT0 | MOD__T_CAP | MOD__T_ALLCAPS);
            x.flags |= MOD__T_GLUED;
            ov[on++] = x;
        }
    }
    if (!changed && !glued) return false;
    /* each token of the reading: the first and last of d's tokens it overlaps */
    size_t w = 0;
    for (size_t k = 0; k < on; k++) {
        uint32_t k0, k1;
        if (!overlap(d, ov[k].start, ov[k].end, &k0, &k1)) continue;   /* (a token of symbols d dropped) */
        ov[w] = ov[k];
        const mod__tok *dt = &d->toks[k0], *t = &ov[w];
        if (!(t->flags & MOD__T_GLUED) &&
            (k0 != k1 || dt->start != t->start || dt->end != t->end || strcmp(dt->form, t->form) != 0 ||
             (dt->alt == NULL) != (t->alt == NULL) || (dt->alt && strcmp(dt->alt, t->alt) != 0)))
            ov[w].flags |= MOD__T_TRICKED;
        of[2 * w] = k0;
        of[2 * w + 1] = k1;
        w++;
    }
    *out = e;
    out->toks = ov;
    out->n = w;
    out->heap = NULL;
    *from = of;
    return true;
}

bool mod__trick_hit_ok(const mod__doc *r, size_t tok0, size_t tok1)
{
    bool changed = false;
    for (size_t k = tok0; k <= tok1 && k < r->n; k++)
        changed |= (r->toks[k].flags & (MOD__T_GLUED | MOD__T_TRICKED)) != 0;
    if (!changed) return false;
    /* each glued token the hit reaches: its pieces gs..ge (one span), the
     * hit's part of them ps..pe */
    for (size_t k = tok0; k <= tok1 && k < r->n; k++) {
        if (!(r->toks[k].flags & MOD__T_GLUED)) continue;
        size_t gs = k, ge = k;
        const mod__tok *t = &r->toks[k];
        while (gs > 0 && (r->toks[gs - 1].flags & MOD__T_GLUED) && r->toks[gs - 1].start == t->start &&
               r->toks[gs - 1].end == t->end)
            gs--;
        while (ge + 1 < r->n && (r->toks[ge + 1].flags & MOD__T_GLUED) && r->toks[ge + 1].start == t->start &&
               r->toks[ge + 1].end == t->end)
            ge++;
        size_t ps = k, pe = ge < tok1 ? ge : tok1;
        bool ok;
        if (ps == gs && pe == ge) ok = true;                    /* the whole glued token */
        else if (ps == gs || pe == ge)   /* its start or end: two words, or a long one of three or more */
            ok = pe > ps || (ge - gs >= 2 && util_utf8_len(r->toks[ps].form, strlen(r->toks[ps].form)) >= GL_HIT_MIN);
        else ok = false;                                          /* inside it */
        if (!ok) return false;
        k = ge;
    }
    return true;
}
