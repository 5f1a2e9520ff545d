/* stat_frozen.c — a read-only statistics backend for a model that never
 * learns once built (the abuse model read from the build's blob,
 * abuse_blob.c): every feature's hash and its two counts, one 16-byte
 * entry a feature sorted by hash, no empty slot (the hash table of
 * stat_memory.c keeps a fifth to a half of its slots empty), and a
 * directory of where each range of hashes starts, half a byte to a byte
 * a feature more (the abuse model's two tables: 1.5 MB there, about 1 MB
 * here).  The server's copy of the spam model is one too until its first
 * learning (api/spamstore.c: 1 MB as a hash table, 0.6 MB here).
 *
 * How: the directory has 2^bits + 1 offsets, bits chosen so that a range
 * (the hashes sharing their top bits) holds 4 to 8 entries on average —
 * the hashes are uniform over 64 bits.  A look-up reads the range's two
 * offsets and scans its entries (bisecting first should a range be long):
 * about three cache lines, the count beside the hash, where a search in
 * sorted arrays touched a line per probe and two more for the counts.
 * The server asks with the caches cold (the request's other work evicts
 * the model between comments), so a batch of hashes is looked up in three
 * passes — directory lines asked for, then the entries' lines, then read —
 * and the memory fetches overlap.  Hash 0 is read as 1, as stat_memory.c
 * stores it.
 *
 * Must never: accept hashes that are not strictly increasing, write (learn
 * and replace answer MOD_EINVAL), or read outside its arrays. */
#include <stdlib.h>

#include "moderation/mod_int.h"

typedef struct entry {
    uint64_t h;
    uint32_t x, y;
} entry;

typedef struct frozen {
    entry *e;         /* n entries, strictly increasing hashes */
    uint32_t *dir;    /* 2^bits + 1: dir[r] = first entry of range r (top bits >= r) */
    unsigned bits;
    size_t n;
    uint64_t nx, ny;
} frozen;

enum { BATCH = 32, SCAN_MAX = 16 };

static uint64_t key(uint64_t h)
{
    return h ? h : 1;
}

static size_t range_of(const frozen *f, uint64_t k)
{
    return f->bits ? (size_t)(k >> (64 - f->bits)) : 0;
}

/* Index of k in f->e[lo, hi), or f->n when absent. */
static size_t find_in(const frozen *f, size_t lo, size_t hi, uint64_t k)
{
    while (hi - lo > SCAN_MAX) {   /* a long range (never with uniform hashes): bisect */
        size_t mid = lo + (hi - lo) / 2;
        if (f->e[mid].h <= k) lo = mid;
        else hi = mid;
    }
    for (size_t j = lo; j < hi && f->e[j].h <= k; j++)
        if (f->e[j].h == k) return j;
    return f->n;
}

static mod_status fz_lookup(void *ctx, const uint64_t *hs, size_t n, uint32_t *x, uint32_t *y)
{
    const frozen *f = ctx;
    size_t r[BATCH];
    for (size_t b = 0; b < n; b += BATCH) {
        size_t m = n - b < BATCH ? n - b : BATCH;
        for (size_t i = 0; i < m; i++) {
            r[i] = range_of(f, key(hs[b + i]));
            __builtin_prefetch(&f->dir[r[i]]);
        }
        for (size_t i = 0; i < m; i++) {
            uint32_t lo = f->dir[r[i]], hi = f->dir[r[i] + 1];
            if (lo < hi) {
                __builtin_prefetch(&f->e[lo]);
                __builtin_prefetch(&f->e[hi - 1]);
            }
        }
        for (size_t i = 0; i < m; i++) {
            size_t j = find_in(f, f->dir[r[i]], f->dir[r[i] + 1], key(hs[b + i]));
            x[b + i] = j < f->n ? f->e[j].x : 0;
            y[b + i] = j < f->n ? f->e[j].y : 0;
        }
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
        if (f->e[i].x || f->e[i].y) fn(arg, f->e[i].h, f->e[i].x, f->e[i].y);
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
    free(f->e);
    free(f->dir);
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
    bool ok = n <= UINT32_MAX;
    for (size_t i = 0; ok && i < n; i++)
        ok = h[i] != 0 && (i == 0 || h[i] > h[i - 1]);
    if (!ok) {
        free(h);
        free(x);
        free(y);
        return NULL;
    }
    frozen *f = xcalloc(1, sizeof *f);
    f->n = n;
    f->nx = nx;
    f->ny = ny;
    while (f->bits < 32 && (n >> f->bits) > 8) f->bits++;   /* 4 to 8 entries a range */
    f->e = xmalloc((n ? n : 1) * sizeof *f->e);
    for (size_t i = 0; i < n; i++) f->e[i] = (entry){h[i], x[i], y[i]};
    free(h);
    free(x);
    free(y);
    size_t nr = (size_t)1 << f->bits;
    f->dir = xmalloc((nr + 1) * sizeof *f->dir);
    size_t i = 0;
    for (size_t r = 0; r <= nr; r++) {   /* dir[nr] = n: the end of the last range */
        while (i < n && range_of(f, f->e[i].h) < r) i++;
        f->dir[r] = (uint32_t)i;
    }
    mod_stat_backend *b = xmalloc(sizeof *b);
    b->vt = &frozen_vt;
    b->ctx = f;
    return b;
}

mod_stat_backend *mod_stat_frozen_new(uint64_t *h, uint32_t *spam, uint32_t *ham, size_t n,
                                      uint64_t nspam, uint64_t nham)
{
    return mod__stat_frozen_new(h, spam, ham, n, nspam, nham);
}

/* ---- the rows a table is built from (mod_stat_rows) ---------------------- */

void mod_stat_rows_add(void *rows, uint64_t h, uint32_t x, uint32_t y)
{
    mod_stat_rows *r = rows;
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 1024;
        r->h = xrealloc(r->h, r->cap * sizeof *r->h);
        r->x = xrealloc(r->x, r->cap * sizeof *r->x);
        r->y = xrealloc(r->y, r->cap * sizeof *r->y);
    }
    r->h[r->n] = h;
    r->x[r->n] = x;
    r->y[r->n] = y;
    r->n++;
}

void mod_stat_rows_free(mod_stat_rows *r)
{
    free(r->h);
    free(r->x);
    free(r->y);
    *r = (mod_stat_rows){0};
}
