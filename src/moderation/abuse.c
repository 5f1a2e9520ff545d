/* abuse.c — the learned abuse model beside the policy's lexicons: a second
 * Robinson–Fisher classifier (classifier.c) over the comment's normalized
 * words, and a logistic regression over the same features plus character
 * n-grams of those words, both trained from labelled comments, so that
 * an abusive comment written in plain sentences no lexicon phrase covers
 * is at least held for an editor, and rejected at once only above a
 * stricter cut-off.  The build trains it (tools/abuse_model.c, through
 * abuse_blob.c, which writes the model the server reads); an engine given
 * training data instead of a model (the benches, the tests) trains it
 * when it starts.
 *
 * How:
 *   - Features: the spam pass's word, pair and skip-pair hashes (tokenize.c,
 *     words read through mod_normalize's folding and de-obfuscation), none
 *     of its metadata (links, length, script, author, e-mail, user agent):
 *     mod_decide hands over the features it already computed, this file
 *     only keeps those kinds, and adds one feature per longer word, its
 *     first MOD__ABUSE_STEM bytes ("stem:degou"), so inflected forms
 *     share evidence.  The words of a few fixed compounds in which a swear
 *     word names a thing ("cul-de-sac", "cul sec") are not read: their
 *     list is data (data/moderation/abuse_idioms.txt, given as
 *     mod_config.abuse_idioms_*), read with the training data and kept in
 *     the model, so that deciding skips what training skipped
 *     (abuse_idioms.c).
 *   - Training (mod__abuse_new): the lines of mod_config.abuse_train_*
 *     ("label<TAB>lang<TAB>text", label ham or one of the five categories)
 *     and the ham lines of mod_config.abuse_ham_* (data/moderation/
 *     abuse_ham.tsv: more ordinary comments), read twice: the first pass
 *     counts in how many comments each stem and word pair occurs (Bloom
 *     filters, no table of them all), the second learns into the tables
 *     every word and the stems and pairs seen in at least min_count
 *     comments (default 3): the rare ones are most of the features and
 *     weigh little, so the tables stay small (with 4,500 training comments
 *     dropping the words seen once cost accuracy, dropping such stems and
 *     pairs did not).
 *     Then the features no decision can use are dropped (see prune_one),
 *     and, from MOD__ABUSE_MIN_SEEN_FROM comments on, the words seen in
 *     fewer than MOD__ABUSE_MIN_SEEN (with 18,974, no loss); the category
 *     table keeps the entries of the words left.
 *   - Two in-memory statistics backends (stat_memory.c): "bin" holds, per
 *     feature, the abusive comments (any category) and the ham comments
 *     that contained it: the abuse-vs-ham decision.  "cat" holds, per
 *     (word or stem, category), the comments of that category, under the
 *     key mix(feature ^ salt of the category): only the pairs seen (words
 *     alone name the category as well as with the word pairs on the
 *     development sets, in half the memory).  Naming the
 *     category is one-vs-rest among abusive comments (category c against
 *     the other four, the counts read through a small view backend: c's
 *     count from "cat", the rest = bin's abusive count minus c's), done
 *     only when the comment is abusive enough to be named.
 *   - The regression: 2^MOD__ABUSE_LR_BITS float weights indexed by the
 *     top bits of each feature's hash — every word, pair, skip pair and
 *     stem (none dropped: a rare pair costs no table entry here) and the
 *     MOD__ABUSE_GRAM-byte n-grams of each normalized word ("<idiot>":
 *     "<idi", "idio", "diot", "iot>"), which come last in
 *     mod__abuse_feats' output so that Fisher reads the features before
 *     them (fisher_n).  Pass 1 keeps each comment's weight indices in a
 *     mapped buffer sized by pass 0; then MOD__ABUSE_LR_EPOCHS passes of
 *     AdaGrad on the log-loss in a fixed shuffled order (the same weights
 *     at every start), the weights kept as 8-bit integers times one
 *     scale, and the buffers given back.
 *   - The abuse probability: sigmoid(MOD__ABUSE_MIX · logit(Fisher) +
 *     (1 − MOD__ABUSE_MIX) · z), z the regression's log-odds; Fisher's
 *     clues still explain it, and Fisher alone names the category.
 *   - The model is read-only once built: deciding needs no lock.  It is
 *     not trained online (editors' clicks train the spam model only).
 *
 * Must never: use the spam metadata features, change after the engine is
 * built, or fail a decision because of it (no model = no abuse score). */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "moderation/mod_int.h"

static const char *const cat_names[MOD__ABUSE_NCAT] = {"insult", "racism", "antisemitism", "threat",
                                                       "defamation"};

const char *mod__abuse_cat_name(int c)
{
    return c >= 0 && c < MOD__ABUSE_NCAT ? cat_names[c] : NULL;
}

static uint64_t salted(uint64_t h, int c)
{
    return mod__mix(h ^ (0xAB05E0000000ULL + (uint64_t)(c + 1) * 0x9E3779B97F4A7C15ULL));
}

static bool model_kind(uint8_t k)
{
    return k == MOD__F_WORD || k == MOD__F_BIGRAM || k == MOD__F_SKIP;
}

/* The leading bytes of a longer word (cut at a character boundary):
 * French and English inflections ("dégoûtants", "dégoûtante") share it. */
static size_t stem_len(const char *w, size_t n)
{
    if (MOD__ABUSE_STEM == 0 || n <= MOD__ABUSE_STEM + 1) return 0;
    size_t k = MOD__ABUSE_STEM;
    while (k > 0 && ((unsigned char)w[k] & 0xC0) == 0x80) k--;
    return k;
}

/* Adds h to set (cap slots, a power of two); false when it was there. */
static bool set_add(uint64_t *set, size_t cap, uint64_t h)
{
    size_t j = mod__dedup_home(h, cap);
    while (set[j] && set[j] != h) j = (j + 1) & (cap - 1);
    if (set[j] == h) return false;
    set[j] = h;
    return true;
}

/* At most wlen + 2 n-grams per word ("<word>" padded); *words gets the
 * number of words (each has at most one stem). */
static size_t max_grams(const mod__doc *d, const mod__feats *all, size_t *words)
{
    size_t n = 0;
    *words = 0;
    for (size_t i = 0; i < all->n; i++)
        if (all->v[i].kind == MOD__F_WORD) {
            (*words)++;
            if (MOD__ABUSE_GRAM > 0) n += d->toks[all->v[i].a].wlen + 2u;
        }
    return n;
}

/* FNV-1a (mod__hash) continued from state h over p[0..n). */
static inline uint64_t fnv_on(uint64_t h, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)p[i]) * 0x100000001b3ULL;
    return h;
}

/* mod__hash's state after "stem:" (seed MOD__F_META), and after each first
 * byte of an n-gram (seed MOD__F_ABUSE_GRAM's): the constant start of
 * those hashes made once (the very same values, fewer multiplications a
 * stem and an n-gram) */
static uint64_t stem_start, gram_first[256];
static pthread_once_t hash_once = PTHREAD_ONCE_INIT;

static void hash_init(void)
{
    stem_start = fnv_on(0xcbf29ce484222325ULL ^ MOD__F_META, "stem:", 5);
    const uint64_t g = 0xcbf29ce484222325ULL ^ ((uint64_t)MOD__F_ABUSE_GRAM * 0x9E3779B97F4A7C15ULL);
    for (int c = 0; c < 256; c++) gram_first[c] = (g ^ (uint64_t)c) * 0x100000001b3ULL;
}

/* mod__abuse_feats, the character n-grams only when grams is set. */
static void feats(const mod__idioms *id, const mod__doc *d, const mod__feats *all, util_arena *a,
                  mod__feats *out, bool grams)
{
    pthread_once(&hash_once, hash_init);
    const bool *skip = mod__idioms_skip(id, d, a);
    size_t nwords, ngrams = max_grams(d, all, &nwords);
    if (!grams) ngrams = 0;
    out->n = 0;
    /* the model's kinds of all, a stem per word, the n-grams */
    out->h = util_arena_alloc_raw(a, (all->n + nwords + ngrams + 1) * sizeof *out->h);
    out->v = util_arena_alloc_raw(a, (all->n + nwords + 1) * sizeof *out->v);   /* filled up to n_named */
    /* two words may share a stem: a set of the stems added keeps each once
     * (learning counts a comment once per feature); it holds stems and
     * n-grams only, at most half full; the thread's set is given back
     * empty (give_back) */
    size_t cap = 16;
    while (cap < (nwords + ngrams) * 2) cap *= 2;
    uint64_t *set = mod__dedup_set(cap);
    const bool own = set == NULL;
    if (own) set = util_arena_alloc(a, cap * sizeof *set);
    for (size_t i = 0; i < all->n; i++) {
        const mod__feat *x = &all->v[i];
        if (!model_kind(x->kind)) continue;
        if (skip && (skip[x->a] || (x->kind != MOD__F_WORD && skip[x->b]))) continue;   /* idioms */
        out->h[out->n] = all->h[i];
        out->v[out->n] = *x;
        out->n++;
        if (x->kind != MOD__F_WORD) continue;
        const mod__tok *t = &d->toks[x->a];
        const char *w = t->alt ? t->alt : t->form;
        size_t k = w ? stem_len(w, t->wlen) : 0;
        if (k == 0) continue;
        uint64_t h = mod__mix(fnv_on(stem_start, w, k));   /* mod__hash("stem:" w[0..k), MOD__F_META) */
        h = h ? h : 1;
        if (!set_add(set, cap, h)) continue;
        /* named only if shown (mod__feat_name): no string per stem */
        out->v[out->n] = (mod__feat){.h = h, .kind = MOD__F_STEM, .a = x->a, .b = (uint32_t)k};
        out->h[out->n] = h;
        out->n++;
    }
    out->n_named = out->n;
    if (ngrams == 0) goto give_back;
    /* the character n-grams of each word ("<word>" padded: a shorter word
     * is one n-gram), after every feature Fisher reads (fisher_n); each
     * distinct n-gram once, its hash only */
    size_t nf = out->n;
    for (size_t i = 0; i < nf; i++) {
        if (out->v[i].kind != MOD__F_WORD) continue;
        const mod__tok *t = &d->toks[out->v[i].a];
        const char *w = t->alt ? t->alt : t->form;
        if (w == NULL) continue;
        char buf[260];
        size_t len = t->wlen < 256 ? t->wlen : 256;   /* < 256 bytes (tokenize.c) */
        buf[0] = '<';
        memcpy(buf + 1, w, len);
        buf[len + 1] = '>';
        len += 2;
        size_t n = MOD__ABUSE_GRAM < len ? MOD__ABUSE_GRAM : len;
        for (size_t j = 0; j + n <= len; j++) {
            /* mod__hash(buf + j, n, MOD__F_ABUSE_GRAM * 0x9E37…); n is
             * nearly always MOD__ABUSE_GRAM: a loop of constant length,
             * unrolled */
            uint64_t h = gram_first[(unsigned char)buf[j]];
            if (n == MOD__ABUSE_GRAM) {
#pragma GCC unroll 8
                for (size_t q = 1; q < MOD__ABUSE_GRAM; q++)
                    h = (h ^ (unsigned char)buf[j + q]) * 0x100000001b3ULL;
            } else {
                h = fnv_on(h, buf + j + 1, n - 1);
            }
            h = mod__mix(h);
            h = h ? h : 1;
            if (!set_add(set, cap, h)) continue;
            out->h[out->n++] = h;
        }
    }
give_back:
    /* what went into the set, taken out last first: the n-grams, then the
     * stems */
    if (own) return;
    for (size_t i = out->n; i-- > out->n_named;) mod__dedup_remove(set, cap, out->h[i]);
    for (size_t i = out->n_named; i-- > 0;)
        if (out->v[i].kind == MOD__F_STEM) mod__dedup_remove(set, cap, out->h[i]);
}

void mod__abuse_feats(const mod__abuse *m, const mod__doc *d, const mod__feats *all, util_arena *a,
                      mod__feats *out)
{
    feats(m ? &m->idioms : NULL, d, all, a, out, true);
}

/* Features Fisher reads: those before the first character n-gram. */
static size_t fisher_n(const mod__feats *f)
{
    return f->n_named;
}

/* ---- training ------------------------------------------------------------- */

/* Which stems and word pairs were seen in at least min_count comments, without a
 * table of them all: min_count Bloom filters, level i holding the pairs
 * seen in more than i comments (a pair goes to the first level that lacks
 * it), each a quarter the size of the one before; four probes each.  A
 * false positive only keeps a rare pair. */
enum { MAX_LEVELS = 4 };

typedef struct levels {
    uint64_t *bits[MAX_LEVELS];
    size_t mask[MAX_LEVELS];   /* bits - 1 */
    int n;
} levels;

/* Zeroed memory for training only, mapped rather than malloc'd: given
 * back whole when training ends (the heap would keep it past malloc_trim,
 * between live blocks). */
static void *map_zero(size_t bytes)
{
    void *p = mmap(NULL, bytes ? bytes : 1, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        fprintf(stderr, "causerie: out of memory (%zu bytes)\n", bytes);
        abort();
    }
    return p;
}

static void unmap(void *p, size_t bytes)
{
    if (p) munmap(p, bytes ? bytes : 1);
}

static void levels_init(levels *lv, int n, size_t text_bytes)
{
    size_t bits = 1u << 16;
    while (bits < 4 * text_bytes && bits < ((size_t)1 << 26)) bits <<= 1;
    lv->n = n;
    for (int i = 0; i < n; i++) {
        size_t b = bits >> (2 * i);
        if (b < (1u << 12)) b = 1u << 12;
        lv->bits[i] = map_zero(b / 8);
        lv->mask[i] = b - 1;
    }
}

static void levels_free(levels *lv)
{
    for (int i = 0; i < lv->n; i++) unmap(lv->bits[i], (lv->mask[i] + 1) / 8);
}

static bool bloom_has(const levels *lv, int i, uint64_t h)
{
    uint64_t g = mod__mix(h ^ 0x5bd1e995u);
    for (int k = 0; k < 4; k++) {
        size_t j = (size_t)(h + (uint64_t)k * g) & lv->mask[i];
        if (!(lv->bits[i][j >> 6] >> (j & 63) & 1)) return false;
    }
    return true;
}

static void bloom_set(levels *lv, int i, uint64_t h)
{
    uint64_t g = mod__mix(h ^ 0x5bd1e995u);
    for (int k = 0; k < 4; k++) {
        size_t j = (size_t)(h + (uint64_t)k * g) & lv->mask[i];
        lv->bits[i][j >> 6] |= (uint64_t)1 << (j & 63);
    }
}

/* Counts one more comment holding pair h. */
static void levels_add(levels *lv, uint64_t h)
{
    for (int i = 0; i < lv->n; i++) {
        if (!bloom_has(lv, i, h)) {
            bloom_set(lv, i, h);
            return;
        }
    }
}

/* Seen in at least n comments, n levels (the last level holds it). */
static bool levels_frequent(const levels *lv, uint64_t h)
{
    return lv->n == 0 || bloom_has(lv, lv->n - 1, h);
}

static bool is_word(uint8_t kind)
{
    return kind == MOD__F_WORD || kind == MOD__F_STEM;   /* a word or its stem */
}

/* The training state: pass 0 counts the comments holding each pair, pass
 * 1 learns the kept features into the model's tables. */
typedef struct trainer {
    int pass;
    levels lv;
    mod__abuse *m;
    uint64_t docs[1 + MOD__ABUSE_NCAT];
    uint64_t *hb, *sb;   /* hashes to learn, salted hashes (grown as needed) */
    size_t cap;
    /* pass 0 counts the comments and their features; pass 1 keeps each
     * comment's regression features, their weight indices sorted and
     * written as LEB128 gaps (about 2 bytes an index instead of 4: the
     * largest buffer of the start-up) in idx[off[i] .. off[i + 1]), and its
     * class y[i] (1 abusive), in buffers of the sizes pass 0 bounds, mapped
     * (untouched pages cost nothing; given back whole afterwards) */
    size_t nidx, ndocs;           /* pass 0: totals; pass 1: bytes and comments filled so far */
    size_t cap_idx, cap_docs;     /* pass 1: sizes of the buffers */
    size_t max_n;                 /* the most indices of one comment */
    uint8_t *idx;
    uint32_t *off;
    uint8_t *y;
    uint32_t *sorted;             /* one comment's indices (max_n), then room to sort them */
    unsigned shift;
} trainer;

/* Sorts the n indices of ix (each below 2^bits), tmp[n] beside them: LSD
 * radix, 9 bits a pass (qsort, with its calls, took a third of the
 * model's start-up). */
static void sort_indices(uint32_t *ix, uint32_t *tmp, size_t n, unsigned bits)
{
    enum { DIGIT = 9 };
    uint32_t *from = ix, *to = tmp;
    for (unsigned sh = 0; sh < bits; sh += DIGIT) {
        size_t count[(1u << DIGIT) + 1] = {0};
        for (size_t i = 0; i < n; i++) count[((from[i] >> sh) & ((1u << DIGIT) - 1)) + 1]++;
        for (unsigned d = 0; d < (1u << DIGIT); d++) count[d + 1] += count[d];
        for (size_t i = 0; i < n; i++) to[count[(from[i] >> sh) & ((1u << DIGIT) - 1)]++] = from[i];
        uint32_t *x = from;
        from = to;
        to = x;
    }
    if (from != ix) memcpy(ix, from, n * sizeof *ix);
}

/* The most bytes of one index gap in LEB128: 7 bits a byte, and the
 * indices are below 2^MOD__ABUSE_LR_BITS. */
enum { GAP_MAX = (MOD__ABUSE_LR_BITS + 6) / 7 };

/* Writes the n indices of ix (sorted) as gaps; returns the bytes written. */
static size_t gaps_put(uint8_t *out, const uint32_t *ix, size_t n)
{
    size_t k = 0;
    uint32_t prev = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t g = ix[i] - prev;
        prev = ix[i];
        do {
            out[k++] = (uint8_t)((g & 0x7F) | (g >= 0x80 ? 0x80 : 0));
            g >>= 7;
        } while (g);
    }
    return k;
}

/* Reads the indices that gaps_put wrote in in[0 .. len) into ix; returns their number. */
static size_t gaps_get(const uint8_t *in, size_t len, uint32_t *ix)
{
    size_t n = 0, k = 0;
    uint32_t prev = 0;
    while (k < len) {
        uint32_t g = 0;
        for (unsigned sh = 0;; sh += 7) {
            uint8_t b = in[k++];
            g |= (uint32_t)(b & 0x7F) << sh;
            if (!(b & 0x80)) break;
        }
        prev += g;
        ix[n++] = prev;
    }
    return n;
}

/* One comment of class cls (0 ham, 1 + category). */
static void train_one(trainer *t, const char *text, size_t len, int cls)
{
    util_arena *a = util_arena_new();
    mod__doc d;
    mod__analyze_ex(text, len, a, &d, MOD__A_NOKEYS);
    mod__feats all, f;
    mod__features(&d, NULL, a, &all);
    feats(&t->m->idioms, &d, &all, a, &f, t->pass == 1);   /* pass 0 counts: no n-grams needed */
    size_t nf = fisher_n(&f);
    if (t->pass == 0) {
        for (size_t i = 0; i < nf; i++)
            if (f.v[i].kind != MOD__F_WORD) levels_add(&t->lv, f.h[i]);
        size_t words;
        size_t n = f.n + max_grams(&d, &all, &words);   /* a bound: untouched mapped pages cost nothing */
        t->nidx += n * GAP_MAX;
        t->max_n = n > t->max_n ? n : t->max_n;
        t->ndocs++;
        t->docs[cls]++;
        util_arena_free(a);
        return;
    }
    if (f.n > t->cap) {
        t->cap = f.n + 256;
        t->hb = xrealloc(t->hb, t->cap * sizeof *t->hb);
        t->sb = xrealloc(t->sb, t->cap * sizeof *t->sb);
    }
    if (t->idx && t->ndocs < t->cap_docs && f.n <= t->max_n &&
        t->nidx + f.n * GAP_MAX <= t->cap_idx) {   /* as pass 0 counted */
        for (size_t i = 0; i < f.n; i++) t->sorted[i] = (uint32_t)(f.h[i] >> t->shift);
        /* (sorted, one comment's updates are made in another order: each
         * index's own updates keep theirs, its log-odds sum may differ in
         * its last bits) */
        sort_indices(t->sorted, t->sorted + t->max_n, f.n, MOD__ABUSE_LR_BITS);
        t->nidx += gaps_put(t->idx + t->nidx, t->sorted, f.n);
        t->y[t->ndocs] = cls > 0;
        t->off[++t->ndocs] = (uint32_t)t->nidx;
    }
    size_t n = 0, ns = 0;
    for (size_t i = 0; i < nf; i++) {
        /* words always, stems and pairs seen in min_count comments */
        if (f.v[i].kind != MOD__F_WORD && !levels_frequent(&t->lv, f.h[i])) continue;
        t->hb[n++] = f.h[i];
        if (cls > 0 && is_word(f.v[i].kind)) t->sb[ns++] = salted(f.h[i], cls - 1);
    }
    /* the n hashes are distinct (mod__abuse_feats), and so are their salted keys */
    t->m->bin->vt->learn(t->m->bin->ctx, t->hb, n, cls > 0, +1);
    if (cls > 0) t->m->cat->vt->learn(t->m->cat->ctx, t->sb, ns, true, +1);
    util_arena_free(a);
}

static int label_class(const char *s, size_t n)
{
    if (n == 3 && memcmp(s, "ham", 3) == 0) return 0;
    for (int c = 0; c < MOD__ABUSE_NCAT; c++)
        if (strlen(cat_names[c]) == n && memcmp(cat_names[c], s, n) == 0) return c + 1;
    return -1;
}

/* Reads the lines of text[len].  abuse_fmt: "label<TAB>lang<TAB>text" with
 * the abuse labels; otherwise "spam|ham<TAB>text" of which only ham lines
 * are learned (\n, \t, \\ escapes undone, as spam_train.tsv and
 * abuse_ham.tsv write them). */
static bool learn_text(trainer *v, const char *text, size_t len, const char *name, bool abuse_fmt,
                       size_t *n_lines, char *err, size_t errlen)
{
    size_t line = 0, cap = 0;
    char *buf = NULL;
    bool ok = true;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - text) : len, ll = e - i;
        const char *l = text + i;
        i = e + 1;
        line++;
        if (ll && l[ll - 1] == '\r') ll--;
        if (ll == 0 || l[0] == '#') continue;
        const char *t1 = memchr(l, '\t', ll);
        const char *t2 = t1 && abuse_fmt ? memchr(t1 + 1, '\t', ll - (size_t)(t1 + 1 - l)) : t1;
        if (t1 == NULL || t2 == NULL) {
            snprintf(err, errlen, "%s: line %zu: expected \"%s\"", name, line,
                     abuse_fmt ? "label<TAB>lang<TAB>text" : "spam|ham<TAB>text");
            ok = false;
            break;
        }
        int cls;
        if (abuse_fmt) {
            cls = label_class(l, (size_t)(t1 - l));
            if (cls < 0) {
                snprintf(err, errlen,
                         "%s: line %zu: label must be ham, insult, racism, antisemitism, threat or "
                         "defamation, not \"%.*s\"", name, line, (int)(t1 - l > 40 ? 40 : t1 - l), l);
                ok = false;
                break;
            }
        } else {
            bool ham = t1 - l == 3 && memcmp(l, "ham", 3) == 0;
            if (!ham && !(t1 - l == 4 && memcmp(l, "spam", 4) == 0)) {
                snprintf(err, errlen, "%s: line %zu: label must be spam or ham", name, line);
                ok = false;
                break;
            }
            if (!ham) continue;
            cls = 0;
        }
        size_t tl = ll - (size_t)(t2 + 1 - l);
        if (tl + 1 > cap) {
            cap = tl + 1 + 256;
            buf = xrealloc(buf, cap);
        }
        size_t w = 0;
        for (size_t k = 0; k < tl; k++) {
            char ch = t2[1 + k];
            if (!abuse_fmt && ch == '\\' && k + 1 < tl) {
                ch = t2[1 + ++k];
                ch = ch == 'n' ? '\n' : ch == 't' ? '\t' : ch;
            }
            buf[w++] = ch;
        }
        buf[w] = '\0';
        train_one(v, buf, w, cls);
        (*n_lines)++;
    }
    free(buf);
    return ok;
}

/* text (len bytes) when set, else the file at path; *owned gets what to
 * free.  NULL with *owned NULL and no error when neither is set; a file
 * that cannot be read sets *failed and err ("abuse model: ..."). */
static const char *source(const char *text, size_t len, const char *path, size_t *out_len,
                          char **owned, char *err, size_t errlen, bool *failed)
{
    *owned = NULL;
    *failed = false;
    if (text) {
        *out_len = len;
        return text;
    }
    if (path == NULL || *path == '\0') return NULL;
    char e[300] = "";
    *owned = util_read_file(path, MOD__MAX_FILE_BYTES, out_len, e, sizeof e);
    if (*owned == NULL) {
        snprintf(err, errlen, "abuse model: %s", e);
        *failed = true;
    }
    return *owned;
}

void mod__abuse_free(mod__abuse *m)
{
    if (m == NULL) return;
    mod_stat_backend_free(m->bin);
    mod_stat_backend_free(m->cat);
    free(m->q);
    mod__idioms_free(&m->idioms);
    free(m);
}

static double sigmoid(double z)
{
    return z >= 0 ? 1.0 / (1.0 + exp(-z)) : exp(z) / (1.0 + exp(z));
}

/* Trains the regression on the comments t kept: AdaGrad on the log-loss
 * (each weight's step divided by the root of its summed squared
 * gradients: rare n-grams move fast, common ones settle), MOD__ABUSE_LR_EPOCHS
 * passes, each in a fixed pseudo-random order (the same model every
 * start). */
static void lr_train(trainer *t, mod__abuse *m, float *w)
{
    size_t nw = (size_t)1 << m->lr_bits;
    float *g2 = map_zero(nw * sizeof *g2);
    uint32_t *order = map_zero(t->ndocs * sizeof *order);
    for (size_t i = 0; i < t->ndocs; i++) order[i] = (uint32_t)i;
    double bg2 = 0;
    uint64_t rng = 0x9E3779B97F4A7C15ULL;
    for (int e = 0; e < MOD__ABUSE_LR_EPOCHS; e++) {
        for (size_t i = t->ndocs; i > 1; i--) {   /* Fisher–Yates, xorshift64 */
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            size_t j = (size_t)(rng % i);
            uint32_t x = order[i - 1];
            order[i - 1] = order[j];
            order[j] = x;
        }
        for (size_t k = 0; k < t->ndocs; k++) {
            size_t i = order[k];
            const uint32_t *ix = t->sorted;
            size_t n = gaps_get(t->idx + t->off[i], t->off[i + 1] - t->off[i], t->sorted);
            double z = m->bias;
            for (size_t j = 0; j < n; j++) z += w[ix[j]];
            double g = sigmoid(z) - (t->y[i] ? 1.0 : 0.0);
            float g2step = (float)(g * g), step = (float)(MOD__ABUSE_LR_RATE * g);
            for (size_t j = 0; j < n; j++) {
                g2[ix[j]] += g2step;
                w[ix[j]] -= step / sqrtf(g2[ix[j]] + 1e-8f);
            }
            bg2 += g * g;
            m->bias -= MOD__ABUSE_LR_RATE * g / sqrt(bg2 + 1e-8);
        }
    }
    unmap(order, t->ndocs * sizeof *order);
    unmap(g2, nw * sizeof *g2);
}

static void count_one(void *arg, uint64_t h, uint32_t spam, uint32_t ham)
{
    (void)h;
    if (spam || ham) (*(size_t *)arg)++;
}

/* The features the abuse-vs-ham decision can use: Robinson's f(w) at
 * least min_dev from 0.5 (mod__classify skips the others), and every word
 * the category tables know (the category view reads its abusive count). */
typedef struct pruner {
    const mod__abuse *m;
    uint64_t min_seen;   /* comments a feature must have been seen in */
    uint64_t *h;
    uint32_t *a, *b;
    size_t n;
} pruner;

static void prune_one(void *arg, uint64_t h, uint32_t abusive, uint32_t ham)
{
    pruner *p = arg;
    const mod__abuse *m = p->m;
    if (abusive + ham < p->min_seen) return;
    double f = mod__robinson_f(abusive, ham, m->nabuse, m->nham, m->prm.s);
    bool keep = f - 0.5 >= m->prm.min_dev || 0.5 - f >= m->prm.min_dev;
    for (int c = 0; !keep && abusive && c < MOD__ABUSE_NCAT; c++) {
        uint64_t k = salted(h, c);
        uint32_t x = 0, y = 0;
        m->cat->vt->lookup(m->cat->ctx, &k, 1, &x, &y);
        keep = x > 0;
    }
    if (!keep) return;
    p->h[p->n] = h;
    p->a[p->n] = abusive;
    p->b[p->n] = ham;
    p->n++;
}

mod_status mod__abuse_new(const mod_config *c, mod__abuse **out, char *err, size_t errlen)
{
    *out = NULL;
    char e2[300] = "";
    size_t tlen = 0, hlen = 0, ilen = 0, lines = 0;
    char *town = NULL, *hown = NULL, *iown = NULL;
    bool failed;
    mod_status st = MOD_OK;
    trainer tr = {0};
    mod__abuse *m = NULL;
    const char *tname = c->abuse_train_text ? "abuse training text" : c->abuse_train_file;
    const char *t = source(c->abuse_train_text, c->abuse_train_len, c->abuse_train_file, &tlen, &town,
                           err, errlen, &failed);
    if (failed) {
        st = MOD_EIO;
        goto done;
    }
    if (t == NULL) goto done;   /* no abuse model configured */
    if (!(c->abuse_robinson_s >= 0 && c->abuse_robinson_s <= 100 && c->abuse_max_clues >= 0 &&
          c->abuse_max_clues <= 100000 && c->abuse_min_dev >= 0 && c->abuse_min_dev < 0.5 &&
          c->abuse_min_count >= 0 && c->abuse_min_count <= MAX_LEVELS)) {
        snprintf(err, errlen, "abuse model: parameters must satisfy 0 <= abuse_robinson_s <= 100, "
                              "0 <= abuse_max_clues <= 100000, 0 <= abuse_min_dev < 0.5, "
                              "0 <= abuse_min_count <= %d", MAX_LEVELS);
        st = MOD_EINVAL;
        goto done;
    }
    const char *hname = c->abuse_ham_text ? "abuse ham text" : c->abuse_ham_file;
    const char *h = source(c->abuse_ham_text, c->abuse_ham_len, c->abuse_ham_file, &hlen, &hown, err,
                           errlen, &failed);
    if (failed) {
        st = MOD_EIO;
        goto done;
    }
    const char *iname = c->abuse_idioms_text ? "abuse idioms text" : c->abuse_idioms_file;
    const char *id = source(c->abuse_idioms_text, c->abuse_idioms_len, c->abuse_idioms_file, &ilen, &iown,
                            err, errlen, &failed);
    if (failed) {
        st = MOD_EIO;
        goto done;
    }
    m = xcalloc(1, sizeof *m);
    if (id && (st = mod__idioms_parse(id, ilen, iname, &m->idioms, e2, sizeof e2)) != MOD_OK) {
        snprintf(err, errlen, "abuse model: %s", e2);
        goto done;
    }
    m->prm.s = c->abuse_robinson_s > 0 ? c->abuse_robinson_s : MOD__ABUSE_S;
    m->prm.max_clues = c->abuse_max_clues > 0 ? (size_t)c->abuse_max_clues : MOD__ABUSE_CLUES;
    m->prm.min_dev = c->abuse_min_dev > 0 ? c->abuse_min_dev : MOD__ABUSE_MIN_DEV;
    int min_count = c->abuse_min_count > 0 ? c->abuse_min_count : MOD__ABUSE_MIN_COUNT;
    m->bin = mod_stat_memory_new();
    m->cat = mod_stat_memory_new();
    mod__stat_memory_dense(m->bin);   /* both end with one replace (pruning), then are only read */
    mod__stat_memory_dense(m->cat);
    tr.m = m;
    m->lr_bits = MOD__ABUSE_LR_EPOCHS > 0 ? MOD__ABUSE_LR_BITS : 0;
    m->mix = MOD__ABUSE_LR_EPOCHS > 0 ? MOD__ABUSE_MIX : 1;
    tr.shift = 64 - MOD__ABUSE_LR_BITS;
    levels_init(&tr.lv, min_count > 1 ? min_count : 0, tlen + (h ? hlen : 0));
    /* pass 0 counts (and finds format errors), pass 1 learns */
    for (tr.pass = 0; tr.pass < 2; tr.pass++) {
        if (tr.pass == 1 && m->lr_bits) {   /* buffers of the sizes pass 0 counted */
            tr.cap_idx = tr.nidx;
            tr.cap_docs = tr.ndocs;
            if (tr.cap_idx > UINT32_MAX) {
                snprintf(err, errlen, "abuse model: training text too large (%zu features)",
                         tr.cap_idx / GAP_MAX);
                st = MOD_EINVAL;
                goto done;
            }
            tr.idx = map_zero(tr.cap_idx * sizeof *tr.idx);
            tr.sorted = xmalloc((2 * tr.max_n + 1) * sizeof *tr.sorted);
            tr.off = map_zero((tr.cap_docs + 1) * sizeof *tr.off);
            tr.y = map_zero(tr.cap_docs + 1);
        }
        tr.nidx = tr.ndocs = 0;
        bool read = learn_text(&tr, t, tlen, tname, true, &lines, e2, sizeof e2);
        if (!read || (h && !learn_text(&tr, h, hlen, hname, false, &lines, e2, sizeof e2))) {
            snprintf(err, errlen, "abuse model: %s", e2);
            st = MOD_EFORMAT;
            goto done;
        }
    }
    levels_free(&tr.lv);   /* counted: given back before the next buffers (a lower peak) */
    tr.lv.n = 0;
    m->nham = tr.docs[0];
    for (int k = 0; k < MOD__ABUSE_NCAT; k++) {
        m->ncat[k] = tr.docs[k + 1];
        m->nabuse += tr.docs[k + 1];
    }
    if (m->nabuse == 0 || m->nham == 0) {
        snprintf(err, errlen, "abuse model: %s: needs both ham and abusive comments (%llu ham, %llu abusive)",
                 tname, (unsigned long long)m->nham, (unsigned long long)m->nabuse);
        st = MOD_EFORMAT;
        goto done;
    }
    {   /* keep only what a decision can use: the same decisions, a smaller table */
        size_t all = 0;
        m->bin->vt->foreach(m->bin->ctx, count_one, &all);
        /* rare words are dropped only from a large training set: in a small
         * one they are much of what names a category */
        uint64_t min_seen = m->nabuse + m->nham >= MOD__ABUSE_MIN_SEEN_FROM ? MOD__ABUSE_MIN_SEEN : 1;
        pruner pr = {m, min_seen, xmalloc((all + 1) * sizeof *pr.h), xmalloc((all + 1) * sizeof *pr.a),
                     xmalloc((all + 1) * sizeof *pr.b), 0};
        m->bin->vt->foreach(m->bin->ctx, prune_one, &pr);
        m->bin->vt->replace(m->bin->ctx, m->nabuse, m->nham, pr.h, pr.a, pr.b, pr.n);
        /* the category entries of the features kept, and only those */
        size_t nc = 0, cap = pr.n + 1;
        uint64_t *ch = xmalloc(cap * sizeof *ch);
        uint32_t *cx = xmalloc(cap * sizeof *cx), *cy = xcalloc(cap, sizeof *cy);
        for (size_t i = 0; i < pr.n; i++) {
            for (int cc = 0; pr.a[i] && cc < MOD__ABUSE_NCAT; cc++) {
                uint64_t k = salted(pr.h[i], cc);
                uint32_t x = 0, y = 0;
                m->cat->vt->lookup(m->cat->ctx, &k, 1, &x, &y);
                if (x == 0) continue;
                if (nc == cap) {
                    cap *= 2;
                    ch = xrealloc(ch, cap * sizeof *ch);
                    cx = xrealloc(cx, cap * sizeof *cx);
                    cy = xrealloc(cy, cap * sizeof *cy);
                    memset(cy + nc, 0, (cap - nc) * sizeof *cy);
                }
                ch[nc] = k;
                cx[nc++] = x;
            }
        }
        uint64_t ts = 0, th = 0;
        m->cat->vt->totals(m->cat->ctx, &ts, &th);
        m->cat->vt->replace(m->cat->ctx, ts, th, ch, cx, cy, nc);
        free(ch);
        free(cx);
        free(cy);
        free(pr.h);
        free(pr.a);
        free(pr.b);
    }
    if (m->lr_bits) {   /* float weights while training (mapped), then 8-bit */
        size_t nw = (size_t)1 << m->lr_bits;
        float *w = map_zero(nw * sizeof *w);
        lr_train(&tr, m, w);
        float top = 0;
        for (size_t i = 0; i < nw; i++) top = fabsf(w[i]) > top ? fabsf(w[i]) : top;
        m->qscale = top > 0 ? top / 127.0 : 1;
        m->q = xmalloc(nw * sizeof *m->q);
        for (size_t i = 0; i < nw; i++) m->q[i] = (int8_t)lrint(w[i] / m->qscale);
        unmap(w, nw * sizeof *w);
    }
    m->bin->vt->foreach(m->bin->ctx, count_one, &m->n_features);
    m->cat->vt->foreach(m->cat->ctx, count_one, &m->n_cat_entries);
    *out = m;
    m = NULL;
done:
    mod__abuse_free(m);
    levels_free(&tr.lv);
    free(tr.hb);
    free(tr.sb);
    unmap(tr.idx, tr.cap_idx * sizeof *tr.idx);
    free(tr.sorted);
    unmap(tr.off, (tr.cap_docs + 1) * sizeof *tr.off);
    unmap(tr.y, tr.cap_docs + 1);
    free(town);
    free(hown);
    free(iown);
    return st;
}

void mod__abuse_stats(const mod__abuse *m, uint64_t *nabuse, uint64_t *nham, size_t *features,
                      size_t *cat_entries)
{
    *nabuse = m->nabuse;
    *nham = m->nham;
    *features = m->n_features;
    *cat_entries = m->n_cat_entries;
}

/* ---- scoring ---------------------------------------------------------------- */

double mod__abuse_lr_z(const mod__abuse *m, const mod__feats *f)
{
    if (m->q == NULL) return 0;
    unsigned shift = 64 - m->lr_bits;
    int64_t sum = 0;
    /* 512 KB of weights (2^19 bytes), cold between the server's requests: each asked
     * for AHEAD features early, so the fetches overlap */
    enum { AHEAD = 16 };
    for (size_t i = 0; i < f->n && i < AHEAD; i++) __builtin_prefetch(&m->q[f->h[i] >> shift]);
    for (size_t i = 0; i < f->n; i++) {
        if (i + AHEAD < f->n) __builtin_prefetch(&m->q[f->h[i + AHEAD] >> shift]);
        sum += m->q[f->h[i] >> shift];
    }
    return m->bias + (double)sum * m->qscale;
}

/* sigmoid(mix · logit(Fisher) + (1 − mix) · z), Fisher's probability
 * kept within [1e-6, 1 − 1e-6] (its log-odds within ±13.8). */
static double mix_prob(const mod__abuse *m, double fisher, double z)
{
    double pf = fisher < 1e-6 ? 1e-6 : fisher > 1 - 1e-6 ? 1 - 1e-6 : fisher;
    return sigmoid(m->mix * log(pf / (1 - pf)) + (1 - m->mix) * z);
}

/* One category against the other abusive comments, as a read-only
 * backend over the two tables (what mod__classify asks: totals, lookup). */
typedef struct catview {
    const mod__abuse *m;
    int c;
    /* the features the five categories are asked about and their abusive
     * counts in bin, read once for all five (NULL: read per lookup) */
    const uint64_t *hs;
    const uint32_t *abusive;
} catview;

static mod_status view_lookup(void *ctx, const uint64_t *hs, size_t n, uint32_t *spam, uint32_t *ham)
{
    const catview *cv = ctx;
    const mod__abuse *m = cv->m;
    if (n == 0) return MOD_OK;   /* (both tables are memory backends: nothing to ask) */
    enum { STACK_N = 256 };   /* a comment's words and stems: no malloc */
    uint64_t sh_stack[STACK_N];
    uint32_t unused_stack[STACK_N];
    uint64_t *sh = n <= STACK_N ? sh_stack : xmalloc(n * sizeof *sh);
    uint32_t *unused = n <= STACK_N ? unused_stack : xmalloc(n * sizeof *unused);
    mod_status st = MOD_OK;
    if (cv->abusive && hs == cv->hs) memcpy(ham, cv->abusive, n * sizeof *ham);   /* ham <- abusive */
    else st = m->bin->vt->lookup(m->bin->ctx, hs, n, ham, unused);
    for (size_t i = 0; i < n; i++) sh[i] = salted(hs[i], cv->c);
    if (st == MOD_OK) st = m->cat->vt->lookup(m->cat->ctx, sh, n, spam, unused);
    for (size_t i = 0; st == MOD_OK && i < n; i++) ham[i] = ham[i] >= spam[i] ? ham[i] - spam[i] : 0;
    if (sh != sh_stack) free(sh);
    if (unused != unused_stack) free(unused);
    return st;
}

static mod_status view_totals(void *ctx, uint64_t *nspam, uint64_t *nham)
{
    const catview *cv = ctx;
    *nspam = cv->m->ncat[cv->c];
    *nham = cv->m->nabuse - cv->m->ncat[cv->c];
    return MOD_OK;
}

static const mod_stat_vtable view_vt = {
    .name = "abuse-category-view",
    .lookup = view_lookup,
    .totals = view_totals,
};

mod_status mod__abuse_score(const mod__abuse *m, const mod__feats *f, util_arena *a,
                            mod__class_result *out)
{
    mod__feats ff = {.v = f->v, .h = f->h, .n = fisher_n(f), .author_links = f->author_links, .n_named = fisher_n(f)};
    mod_status st = mod__classify(m->bin, &ff, &m->prm, a, out);
    if (st != MOD_OK || out->untrained || m->q == NULL) return st;
    out->prob = mix_prob(m, out->prob, mod__abuse_lr_z(m, f));
    return st;
}

mod_status mod__abuse_category(const mod__abuse *m, const mod__feats *f, util_arena *a, int *cat,
                               double *prob)
{
    *cat = -1;
    *prob = 0;
    double best = -1;
    /* the category tables hold words and stems only */
    mod__feats wf = {.h = util_arena_alloc_raw(a, (f->n ? f->n : 1) * sizeof *wf.h)};
    for (size_t i = 0; i < fisher_n(f); i++)   /* (the n-grams are not words) */
        if (is_word(f->v[i].kind)) wf.h[wf.n++] = f->h[i];
    f = &wf;
    const uint32_t *abusive = NULL;   /* wf's abusive counts, read at the first category asked */
    for (int c = 0; c < MOD__ABUSE_NCAT; c++) {
        if (m->ncat[c] == m->nabuse) {   /* a single category learned */
            *cat = c;
            *prob = 1;
            return MOD_OK;
        }
        if (m->ncat[c] == 0) continue;
        if (abusive == NULL && wf.n > 0) {
            uint32_t *ab = util_arena_alloc_raw(a, 2 * wf.n * sizeof *ab);
            if (m->bin->vt->lookup(m->bin->ctx, wf.h, wf.n, ab, ab + wf.n) == MOD_OK) abusive = ab;
        }
        catview cv = {m, c, wf.h, abusive};
        mod_stat_backend b = {&view_vt, &cv};
        mod__class_result r;
        mod_status st = mod__classify(&b, f, &m->prm, a, &r);
        if (st != MOD_OK) return st;
        if (r.prob > best) {
            best = r.prob;
            *cat = c;
            *prob = r.prob;
        }
    }
    return MOD_OK;
}
