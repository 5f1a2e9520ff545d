/* classifier.c — the statistical half of the spam filter: features in,
 * probability out, with the clues that decided it.
 *
 * How (Gary Robinson, "A Statistical Approach to the Spam Problem", 2003,
 * as in SpamBayes and bogofilter):
 *   p(w)  = (spam(w)/nspam) / (spam(w)/nspam + ham(w)/nham)
 *   f(w)  = (s·x + n·p(w)) / (s + n), n = spam(w) + ham(w), x = 0.5
 *           (a feature seen once weighs little; an unseen one is 0.5)
 *   keep features with |f(w) - 0.5| >= min_dev, at most the max_clues most
 *   extreme (s, min_dev, max_clues come from mod_config: 1, 0.1, 150 for
 *   comments; 0.5, 0.1, 15 for mail, chosen by cross-validation);
 *   H = C⁻¹(-2 Σ ln f(w), 2n), S = C⁻¹(-2 Σ ln (1 - f(w)), 2n) with C⁻¹ the
 *   chi-square survival function; probability = (1 + S' - H') / 2 where
 *   S' = 1 - S, H' = 1 - H (Fisher's method, both tails).
 * With no spam or no ham learned the answer is 0.5 ("untrained").  f(w)
 * is cached per thread by pair of counts and totals (the same values,
 * computed once).
 *
 * Must never: divide by zero, return NaN, or call the backend for writing. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "moderation/mod_int.h"

#define ROB_X 0.5

/* Survival function of chi-square with v (even) degrees of freedom. */
static double chi2q(double x2, size_t v)
{
    double m = x2 / 2.0;
    double sum, term;
    sum = term = exp(-m);
    for (size_t i = 1; i < v / 2; i++) {
        term *= m / (double)i;
        sum += term;
    }
    return sum < 1.0 ? sum : 1.0;
}

/* Robinson's f(w) of a feature seen spam times in spam and ham in ham. */
static double robinson_f(uint32_t spam, uint32_t ham, uint64_t nspam, uint64_t nham, double s)
{
    double n = (double)spam + (double)ham;
    double sr = (double)spam / (double)nspam, hr = (double)ham / (double)nham;
    double p = sr / (sr + hr);
    return (s * ROB_X + n * p) / (s + n);
}

double mod__robinson_f(uint32_t spam, uint32_t ham, uint64_t nspam, uint64_t nham, double s)
{
    return robinson_f(spam, ham, nspam, nham, s);
}

/* f(w) depends only on the two counts once the totals and s are fixed, and
 * the same pairs of counts come back again and again: each thread keeps
 * the values it computed in a direct-mapped cache keyed by the pair and by
 * a tag of the totals and s (the very same numbers, four divisions fewer
 * per hit).  A comment is scored by several models (the spam model, the
 * abuse model and its per-category ones), each with its own totals: the
 * tag keeps their values apart without ever clearing the cache (clearing
 * it whenever the totals changed cost 33,000 instructions a call once
 * models took turns).  1,024 slots (48 KB a thread; 4,096 until session
 * 15, 192 KB, all of it resident since the slots spread over every page):
 * bench-moderation's median on eval.tsv 25/28/23 µs against 31/25/29,
 * eval_probe_long 119/97 against 132/111, the same decisions. */
#define FW_CACHE 1024
typedef struct fw_entry {
    uint64_t key;     /* spam << 32 | ham, + 1 (0: empty) */
    uint64_t tag;     /* nspam << 32 | nham */
    uint64_t sbits;   /* the bits of s */
    double fw;
    double lf, l1f;   /* ln f and ln (1 - f), f kept within [1e-6, 1 - 1e-6] */
} fw_entry;

typedef struct fw_cache {
    fw_entry *e;      /* NULL: totals too large to tag, no cache */
    uint64_t nspam, nham, tag, sbits;
    double s;
} fw_cache;

static fw_cache cache_for(uint64_t nspam, uint64_t nham, double s)
{
    /* the thread's (scratch.c); without one, no cache */
    fw_entry *entries = mod__scratch(MOD__SCRATCH_FW, FW_CACHE * sizeof(fw_entry));
    fw_cache c = {entries, nspam, nham, nspam << 32 | nham, 0, s};
    memcpy(&c.sbits, &s, sizeof c.sbits);
    if (nspam > UINT32_MAX || nham > UINT32_MAX)
        c.e = NULL;
    return c;
}

static void fw_fill(fw_entry *e, uint32_t spam, uint32_t ham, const fw_cache *c)
{
    e->fw = robinson_f(spam, ham, c->nspam, c->nham, c->s);
    double fw = e->fw;
    if (fw < 1e-6) fw = 1e-6;
    if (fw > 1 - 1e-6) fw = 1 - 1e-6;
    e->lf = log(fw);
    e->l1f = log(1.0 - fw);
}

/* The cache slot of key k (a pair of counts, + 1) under c's totals. */
static inline size_t fw_slot(const fw_cache *c, uint64_t k)
{
    return (size_t)(((k ^ (c->tag * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL) >> 52) &
           (FW_CACHE - 1);
}

/* f(w) and its two logarithms for this pair of counts; tmp holds them when
 * there is no cache. */
static const fw_entry *cached_f(const fw_cache *c, uint32_t spam, uint32_t ham, fw_entry *tmp)
{
    if (!c->e) {
        fw_fill(tmp, spam, ham, c);
        return tmp;
    }
    uint64_t k = ((uint64_t)spam << 32 | ham) + 1;
    fw_entry *e = &c->e[fw_slot(c, k)];
    if (e->key != k || e->tag != c->tag || e->sbits != c->sbits) {
        e->key = k;
        e->tag = c->tag;
        e->sbits = c->sbits;
        fw_fill(e, spam, ham, c);
    }
    return e;
}

/* A candidate clue as it is selected and sorted (16 bytes: the sorts move
 * these), its values beside it in a cval array, at index val. */
typedef struct cand {
    double dev;
    uint32_t feat, val;
} cand;

typedef struct cval {
    double f;
    double lf, l1f;   /* ln f and ln (1 - f), from the cache */
} cval;

/* x comes after y in the clues' order (most decisive first, then by feature
 * index: a total order, so any correct sort gives the same array).  Both
 * the bounded heap that keeps the max_clues most decisive and the final
 * sort use it. */
static inline bool cand_after(const cand *x, const cand *y)
{
    if (x->dev != y->dev) return x->dev < y->dev;
    return x->feat > y->feat;
}

static void sift_down(cand *c, size_t j, size_t n)
{
    cand x = c[j];
    for (;;) {
        size_t l = 2 * j + 1, m = l;
        if (l >= n) break;
        if (l + 1 < n && cand_after(&c[l + 1], &c[l])) m = l + 1;
        if (!cand_after(&c[m], &x)) break;
        c[j] = c[m];
        j = m;
    }
    c[j] = x;
}

/* Heapsort into the clues' order: qsort's calls through a pointer were
 * half of this function's time on a comment (~7,000 instructions).  A
 * comment's clues (a dozen to a few dozen per model) are sorted by
 * insertion: fewer comparisons and moves than the heap's, and fewer
 * mispredicted branches up to ~48 (a merge sort without branches was
 * slower still); the order is total, so the result is the same array
 * either way. */
#define SORT_INSERTION_MAX 48
static void sort_cands(cand *c, size_t n)
{
    if (n < 2) return;
    if (n <= SORT_INSERTION_MAX) {
        for (size_t i = 1; i < n; i++) {
            cand x = c[i];
            size_t j = i;
            while (j > 0 && cand_after(&c[j - 1], &x)) {
                c[j] = c[j - 1];
                j--;
            }
            c[j] = x;
        }
        return;
    }
    for (size_t i = n / 2; i-- > 0;) sift_down(c, i, n);
    for (size_t end = n - 1; end > 0; end--) {
        cand t = c[0];
        c[0] = c[end];
        c[end] = t;
        sift_down(c, 0, end);
    }
}

mod_status mod__classify(const mod_stat_backend *b, const mod__feats *f,
                         const mod__class_params *prm, util_arena *a, mod__class_result *out)
{
    const double ROB_S = prm->s, MIN_DEV = prm->min_dev;
    const size_t MAX_CLUES = prm->max_clues;
    memset(out, 0, sizeof *out);
    out->prob = 0.5;
    uint64_t nspam = 0, nham = 0;
    mod_status st = b->vt->totals(b->ctx, &nspam, &nham);
    if (st != MOD_OK) return st;
    if (nspam == 0 || nham == 0) {
        out->untrained = true;
        return MOD_OK;
    }
    if (f->n == 0) return MOD_OK;
    /* one block for both counts and the candidates: on the stack for a
     * comment's features (a malloc and free of a few KB per model and
     * comment cost more than its sorting), else on the heap */
    size_t n_f = f->n;
    enum { STACK_FEATS = 160 };
    const size_t per = sizeof(cand) + sizeof(cval) + 2 * sizeof(uint32_t);
    _Alignas(cval) unsigned char stack_blk[STACK_FEATS * per];
    unsigned char *blk = n_f <= STACK_FEATS ? stack_blk : xmalloc(n_f * per);
    cand *c = (cand *)(void *)blk;
    cval *cv = (cval *)(void *)(blk + n_f * sizeof(cand));
    uint32_t *sp = (uint32_t *)(void *)(blk + n_f * (sizeof(cand) + sizeof(cval))), *hm = sp + n_f;
    st = b->vt->lookup(b->ctx, f->h, n_f, sp, hm);
    if (st != MOD_OK) goto done;
    size_t nc = 0;
    fw_cache fc = cache_for(nspam, nham, ROB_S);
    /* the cache (192 KB) is cold when the server asks, between requests:
     * its slots asked for first, the fetches overlap */
    for (size_t i = 0; fc.e && i < n_f; i++)
        if (sp[i] | hm[i]) __builtin_prefetch(&fc.e[fw_slot(&fc, ((uint64_t)sp[i] << 32 | hm[i]) + 1)]);
    for (size_t i = 0; i < n_f; i++) {
        if ((sp[i] | hm[i]) == 0) continue;   /* never seen */
        fw_entry tmp;
        const fw_entry *e = cached_f(&fc, sp[i], hm[i], &tmp);
        double dev = fabs(e->fw - 0.5);
        if (dev < MIN_DEV) continue;
        c[nc].feat = (uint32_t)i;
        c[nc].val = (uint32_t)nc;
        c[nc].dev = dev;
        cv[nc].f = e->fw;
        cv[nc].lf = e->lf;
        cv[nc].l1f = e->l1f;
        nc++;
    }
    if (nc > MAX_CLUES) {
        /* keep the MAX_CLUES most decisive with a bounded heap whose root
         * is the least decisive kept (O(n log k), no full sort) */
        size_t k = 0;
        for (size_t i = 0; i < nc; i++) {
            cand x = c[i];
            size_t j;
            if (k < MAX_CLUES) {
                j = k++;
                while (j > 0 && cand_after(&x, &c[(j - 1) / 2])) {   /* sift up */
                    c[j] = c[(j - 1) / 2];
                    j = (j - 1) / 2;
                }
                c[j] = x;
            } else if (cand_after(&c[0], &x)) {
                j = 0;
                for (;;) {   /* sift down */
                    size_t l = 2 * j + 1, r = l + 1, m = j;
                    const cand *mv = &x;
                    if (l < k && cand_after(&c[l], mv)) { m = l; mv = &c[l]; }
                    if (r < k && cand_after(&c[r], mv)) { m = r; }
                    if (m == j) break;
                    c[j] = c[m];
                    j = m;
                }
                c[j] = x;
            }
        }
        nc = k;
    }
    sort_cands(c, nc);
    if (nc > 0) {
        double lh = 0, ls = 0;
        for (size_t i = 0; i < nc; i++) {
            lh += cv[c[i].val].lf;
            ls += cv[c[i].val].l1f;
        }
        double H = 1.0 - chi2q(-2.0 * lh, 2 * nc);
        double S = 1.0 - chi2q(-2.0 * ls, 2 * nc);
        double p = (S - H + 1.0) / 2.0;
        if (!(p >= 0)) p = 0;
        if (p > 1) p = 1;
        out->prob = p;
    }
    out->n_clues = nc;
    out->clues = util_arena_alloc_raw(a, (nc ? nc : 1) * sizeof *out->clues);   /* all written */
    for (size_t i = 0; i < nc; i++) {
        out->clues[i].feat = c[i].feat;
        out->clues[i].f = cv[c[i].val].f;
    }
done:
    if (blk != stack_blk) free(blk);
    return st;
}
