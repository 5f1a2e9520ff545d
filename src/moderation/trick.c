/* trick.c — character tricks read again, for the policy only
 * (mod__reread_tricks).  The tokens (tokenize.c) are the classifiers'
 * features and stay as they are; the policy, which knows its words, asks
 * for a second reading of a comment where a trick shows:
 *
 *   - stars inside a word as Markdown emphasis or as separators: "co**nn**
 *     ard", "c*o*n*n*a*r*d" read "connard" (the stars dropped when a word's
 *     inner runs of stars come in pairs of one length, one or two stars, or
 *     stand between single letters; one run, "f*ck", "f**k", "enc*lé",
 *     stays a mask, as the first reading has it);
 *   - '#' and '_' between two letters, one side a piece of two letters or
 *     more, read as a mask ('*'): "s#lope", "enc_ler" ("#hashtags", "C#",
 *     split letters "c_o_n" are left alone);
 *   - a word split by slashes into three pieces or more of one to five
 *     letters: "é/gor/ger" is "égorger" ("and/or", "km/h" have two);
 *   - in a text mostly in Latin letters, a Cyrillic or Greek look-alike
 *     standing alone, with no letter beside it, read as its Latin letter:
 *     spaced-out look-alikes "ѕ а l о р е" are then split Latin letters,
 *     joined by the tokenizer ("Я в шоке" is left alone);
 *   - two or more of '@' and '$' opening a word read as the letters they
 *     stand for: "@$$h0l3" is "ass…" (the tokenizer takes a lone '@' or '$'
 *     at a word's start, not a run of them);
 * The transformed text is analyzed again (mod__analyze) and its tokens'
 * spans mapped back to the original bytes; each token of the reading
 * names the first and last of the first reading's tokens it overlaps.
 *
 * Cost: one pass over the text to find tricks; the analysis again only
 * when the text changed; at most GL_MASKS new masks per comment.  8 KB of one trick takes
 * 0.5 to 3 ms more, 8 KB mixing them all 15 ms more (bench/moderation).
 *
 * Must never: change the first reading's tokens, read past len, or keep
 * memory outside the caller's arena (the work arrays are freed here). */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "moderation/mod_int.h"

/* '#' or '_' read as masks per comment (a masked token is the matcher's dearest: 8 KB of
 * "s#lope" took 200 ms, as 8 KB of "s*lope" does) */
enum { GL_MASKS = 16 };

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
    while (b < e && c[b].cp == '*') b++;
    while (e > b && c[e - 1].cp == '*') e--;
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
    bool pairs = runs >= 2 && runs % 2 == 0 && same && rlen <= 2;
    if (runs == 0 || !(pairs || (singles && runs >= 2))) return false;
    for (size_t i = b; i < e; i++)
        if (c[i].cp == '*') c[i].rep = 1;
    return true;
}

/* Slashes inside the word c[b..e) (letters and slashes): dropped when they
 * cut it into three pieces or more of one to five letters. */
static bool slashes(cpinfo *c, size_t b, size_t e)
{
    size_t cuts = 0, piece = 0;
    for (size_t i = b; i < e; i++) {
        if (c[i].cp == '/') {
            if (piece == 0 || piece > 5) return false;
            cuts++;
            piece = 0;
        } else {
            piece++;
        }
    }
    if (cuts < 2 || piece == 0 || piece > 5) return false;
    for (size_t i = b; i < e; i++)
        if (c[i].cp == '/') c[i].rep = 1;
    return true;
}

/* Marks the tricks of c[0..n) (rep) of a text mostly in Latin letters
 * when latin; true when one was found. */
static bool find_tricks(cpinfo *c, size_t n, bool latin)
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
    for (size_t i = 0; i < n;) {
        /* a word with slashes, not inside a link or a path */
        if (c[i].kind == K_LETTER) {
            size_t j = i;
            bool slash = false;
            while (j < n && (c[j].kind == K_LETTER || c[j].cp == '/')) slash |= c[j++].cp == '/';
            /* not after "/", ".", ":", a digit; not before "/" or ".x" */
            bool link = i > 0 && (c[i - 1].cp == '/' || c[i - 1].cp == '.' || c[i - 1].cp == ':' ||
                                  c[i - 1].kind == K_DIGIT);
            link |= j < n && (c[j].cp == '/' || c[j].kind == K_DIGIT ||
                              (c[j].cp == '.' && j + 1 < n && wordish(&c[j + 1])));
            if (slash && !link) any |= slashes(c, i, j);
            i = j;
        } else {
            i++;
        }
    }
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

bool mod__reread_tricks(const mod__doc *d, util_arena *a, mod__known_fn known, const void *ctx, mod__doc *out,
                        uint32_t **from)
{
    if (d->n == 0) return false;
    for (size_t k = 0; k < d->n; k++)
        if (d->toks[k].form == NULL || d->toks[k].sq == NULL) return false;   /* a lean or keyless doc */
    /* the code points and their tricks */
    cpinfo *c = xmalloc((d->len + 1) * sizeof *c);
    size_t n = 0;
    for (size_t i = 0; i < d->len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t l = utf8proc_iterate((const uint8_t *)d->text + i, (utf8proc_ssize_t)(d->len - i), &cp);
        if (l <= 0) {
            cp = -1;
            l = 1;
        }
        c[n] = (cpinfo){.cp = cp, .off = (uint32_t)i, .len = (uint8_t)l, .kind = kind_of(cp), .rep = 0};
        n++;
        i += (size_t)l;
    }
    bool changed = find_tricks(c, n, d->main_script == MOD__S_LATIN);
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
    if (!changed) return false;
    mod__tok *ov = e.toks;
    uint32_t *of = util_arena_alloc_raw(a, 2 * (e.n ? e.n : 1) * sizeof *of);
    size_t on = e.n;
    /* each token of the reading: the first and last of d's tokens it overlaps */
    size_t w = 0;
    for (size_t k = 0; k < on; k++) {
        uint32_t k0, k1;
        if (!overlap(d, ov[k].start, ov[k].end, &k0, &k1)) continue;   /* (a token of symbols d dropped) */
        ov[w] = ov[k];
        const mod__tok *dt = &d->toks[k0], *t = &ov[w];
        if (k0 != k1 || dt->start != t->start || dt->end != t->end || strcmp(dt->form, t->form) != 0 ||
            (dt->alt == NULL) != (t->alt == NULL) || (dt->alt && strcmp(dt->alt, t->alt) != 0))
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
    for (size_t k = tok0; k <= tok1 && k < r->n; k++)
        if (r->toks[k].flags & MOD__T_TRICKED) return true;
    return false;
}
