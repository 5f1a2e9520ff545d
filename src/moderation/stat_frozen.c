/* stat_frozen.c — a read-only statistics backend for a model that never
 * learns once built (the abuse model read from the build's blob,
 * abuse_blob.c): every feature's hash, and its two counts, in three arrays
 * sorted by hash — 16 bytes a feature and no empty slot, where the hash
 * table of stat_memory.c keeps a fifth to a half of its slots empty (the
 * abuse model's two tables: 1.5 MB there, 0.95 MB here).
 *
 * How: a look-up is an interpolation search (the hashes are uniform over
 * 64 bits, so the first guess lands a few entries away: about four probes,
 * against sixteen for a binary search), falling back to bisection when a
 * guess does not narrow the range.  Hash 0 is read as 1, as stat_memory.c
 * stores it.
 *
 * Must never: accept hashes that are not strictly increasing, write (learn
 * and replace answer MOD_EINVAL), or read outside its arrays. */
#include <stdlib.h>

#include "moderation/mod_int.h"

typedef struct frozen {
    uint64_t *h;
    uint32_t *x, *y;
    size_t n;
    uint64_t nx, ny;
} frozen;

static uint64_t key(uint64_t h)
{
    return h ? h : 1;
}

/* Index of k in f->h, or f->n when absent. */
static size_t find(const frozen *f, uint64_t k)
{
    size_t lo = 0, hi = f->n;   /* k, if present, is in [lo, hi) */
    while (lo < hi) {
        uint64_t a = f->h[lo], b = f->h[hi - 1];
        if (k < a || k > b) return f->n;
        size_t mid;
        if (b == a) {
            mid = lo;
        } else {   /* where k would sit if the hashes were evenly spread */
            mid = lo + (size_t)((unsigned __int128)(k - a) * (hi - 1 - lo) / (b - a));
        }
        if (f->h[mid] == k) return mid;
        if (f->h[mid] < k) lo = mid + 1;
        else hi = mid;
        if (hi - lo > 8) {   /* keep the worst case logarithmic: one bisection step too */
            size_t half = lo + (hi - lo) / 2;
            if (f->h[half] <= k) lo = half;
            else hi = half;
        }
    }
    return f->n;
}

static mod_status fz_lookup(void *ctx, const uint64_t *hs, size_t n, uint32_t *x, uint32_t *y)
{
    const frozen *f = ctx;
    for (size_t i = 0; i < n; i++) {
        size_t j = find(f, key(hs[i]));
        x[i] = j < f->n ? f->x[j] : 0;
        y[i] = j < f->n ? f->y[j] : 0;
    }
    return MOD_OK;
}

static mod_status fz_totals(void *ctx, uint64_t *nx, uint64_t *ny)
{
    const frozen *f = ctx;
    *nx = f->nx;
    *ny = f->ny;
    return MOD_OK;
}

static mod_status fz_learn(void *ctx, const uint64_t *hs, size_t n, bool is_spam, int delta)
{
    (void)ctx, (void)hs, (void)n, (void)is_spam, (void)delta;
    return MOD_EINVAL;
}

static mod_status fz_foreach(void *ctx, void (*fn)(void *, uint64_t, uint32_t, uint32_t), void *arg)
{
    const frozen *f = ctx;
    for (size_t i = 0; i < f->n; i++)
        if (f->x[i] || f->y[i]) fn(arg, f->h[i], f->x[i], f->y[i]);
    return MOD_OK;
}

static mod_status fz_replace(void *ctx, uint64_t nx, uint64_t ny, const uint64_t *hs,
                             const uint32_t *x, const uint32_t *y, size_t n)
{
    (void)ctx, (void)nx, (void)ny, (void)hs, (void)x, (void)y, (void)n;
    return MOD_EINVAL;
}

static void fz_free(void *ctx)
{
    frozen *f = ctx;
    if (f == NULL) return;
    free(f->h);
    free(f->x);
    free(f->y);
    free(f);
}

static const mod_stat_vtable frozen_vt = {
    .name = "frozen",
    .lookup = fz_lookup,
    .totals = fz_totals,
    .learn = fz_learn,
    .foreach = fz_foreach,
    .replace = fz_replace,
    .free = fz_free,
};

mod_stat_backend *mod__stat_frozen_new(uint64_t *h, uint32_t *x, uint32_t *y, size_t n, uint64_t nx,
                                       uint64_t ny)
{
    for (size_t i = 0; i < n; i++) {
        if (h[i] == 0 || (i > 0 && h[i] <= h[i - 1])) {
            free(h);
            free(x);
            free(y);
            return NULL;
        }
    }
    frozen *f = xcalloc(1, sizeof *f);
    *f = (frozen){h, x, y, n, nx, ny};
    mod_stat_backend *b = xmalloc(sizeof *b);
    b->vt = &frozen_vt;
    b->ctx = f;
    return b;
}
