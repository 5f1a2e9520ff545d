/* stat_memory.c — the in-memory statistics backend: feature hash →
 * (spam count, ham count), plus the number of messages learned per class.
 *
 * How: one open-addressing table with linear probing, keyed by the 64-bit
 * feature hash (0 is remapped to 1 so 0 can mark an empty slot), grown at
 * 70% load (a table filled once, by replace or reserve and put, and then
 * only read may be "dense", filled up to 80%: mod__stat_memory_dense).  A feature whose two counts fall to 0 stays as a tombstone-free
 * zero entry until the next rebuild (grow or replace), so lookups never need
 * tombstones.  A version-2 model file holds this very table: the engine maps
 * it read-only and hands it over (mod__stat_memory_adopt); the first
 * learning copies it to the heap, a replace unmaps it.
 *
 * It has no lock of its own: the engine calls lookup/totals under its read
 * lock and learn/replace under its write lock, so concurrent readers only
 * read.  Must never: let a count wrap below zero, or be called for writing
 * without the engine's write lock. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "moderation/mod_int.h"

typedef mod__slot slot;

typedef struct memstat {
    slot *t;
    size_t cap, used;   /* cap is a power of two */
    uint64_t nspam, nham;
    void *map;          /* when t lives in a read-only mapped model file */
    size_t map_len;
    unsigned fill_load;   /* % load replace() and reserve/put fill up to: 70, or 80 when dense */
} memstat;

/* Gives the table's memory back (free or munmap). */
static void release(slot *t, void *map, size_t map_len)
{
    if (map) munmap(map, map_len);
    else free(t);
}

static uint64_t key(uint64_t h)
{
    return h ? h : 1;
}

size_t mod__slot_home(uint64_t h, size_t cap)
{
    return (size_t)(h ^ (h >> 29)) & (cap - 1);
}

static inline size_t home(const memstat *m, uint64_t h)
{
    return (size_t)(h ^ (h >> 29)) & (m->cap - 1);
}

static slot *find(memstat *m, uint64_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = home(m, h);; i = (i + 1) & mask) {
        if (m->t[i].h == h || m->t[i].h == 0) return &m->t[i];
    }
}

static void grow(memstat *m, size_t cap)
{
    slot *old = m->t;
    size_t oc = m->cap;
    void *map = m->map;
    size_t map_len = m->map_len;
    m->map = NULL;
    m->t = xcalloc(cap, sizeof *m->t);
    m->cap = cap;
    m->used = 0;
    for (size_t i = 0; i < oc; i++) {
        if (old[i].h == 0 || (old[i].spam == 0 && old[i].ham == 0)) continue;
        *find(m, old[i].h) = old[i];
        m->used++;
    }
    release(old, map, map_len);
}

static mod_status mem_lookup(void *ctx, const uint64_t *hs, size_t n, uint32_t *spam, uint32_t *ham)
{
    memstat *m = ctx;
    /* The table is far bigger than the caches: ask for the slots a few
     * look-ups ahead so the memory fetches overlap. */
    enum { AHEAD = 16 };
    for (size_t i = 0; i < n && i < AHEAD; i++) __builtin_prefetch(&m->t[home(m, key(hs[i]))]);
    for (size_t i = 0; i < n; i++) {
        if (i + AHEAD < n) __builtin_prefetch(&m->t[home(m, key(hs[i + AHEAD]))]);
        slot *s = find(m, key(hs[i]));
        spam[i] = s->h ? s->spam : 0;
        ham[i] = s->h ? s->ham : 0;
    }
    return MOD_OK;
}

static mod_status mem_totals(void *ctx, uint64_t *nspam, uint64_t *nham)
{
    memstat *m = ctx;
    *nspam = m->nspam;
    *nham = m->nham;
    return MOD_OK;
}

static uint32_t add(uint32_t v, int delta)
{
    if (delta < 0) return v >= (uint32_t)-delta ? v - (uint32_t)-delta : 0;
    return v > UINT32_MAX - (uint32_t)delta ? UINT32_MAX : v + (uint32_t)delta;
}

static mod_status mem_learn(void *ctx, const uint64_t *hs, size_t n, bool is_spam, int delta)
{
    memstat *m = ctx;
    if (m->map) {   /* a read-only mapped model: copy it before the first write */
        slot *t = xmalloc(m->cap * sizeof *t);
        memcpy(t, m->t, m->cap * sizeof *t);
        munmap(m->map, m->map_len);
        m->map = NULL;
        m->t = t;
    }
    if ((m->used + n) * 10 >= m->cap * 7) {
        size_t c = m->cap;
        while ((m->used + n) * 10 >= c * 7) c *= 2;
        grow(m, c);
    }
    for (size_t i = 0; i < n; i++) {
        uint64_t h = key(hs[i]);
        slot *s = find(m, h);
        if (s->h == 0) {
            if (delta < 0) continue;   /* unlearning an unknown feature */
            s->h = h;
            m->used++;
        }
        if (is_spam) s->spam = add(s->spam, delta);
        else s->ham = add(s->ham, delta);
    }
    uint64_t *tot = is_spam ? &m->nspam : &m->nham;
    if (delta < 0) *tot = *tot >= (uint64_t)-delta ? *tot - (uint64_t)-delta : 0;
    else *tot += (uint64_t)delta;
    return MOD_OK;
}

static mod_status mem_foreach(void *ctx, void (*fn)(void *, uint64_t, uint32_t, uint32_t), void *arg)
{
    memstat *m = ctx;
    for (size_t i = 0; i < m->cap; i++) {
        if (m->t[i].h && (m->t[i].spam || m->t[i].ham)) fn(arg, m->t[i].h, m->t[i].spam, m->t[i].ham);
    }
    return MOD_OK;
}

static mod_status mem_replace(void *ctx, uint64_t nspam, uint64_t nham, const uint64_t *hs,
                              const uint32_t *spam, const uint32_t *ham, size_t n)
{
    memstat *m = ctx;
    size_t cap = 1024;
    while (n * 100 >= cap * m->fill_load) cap *= 2;
    release(m->t, m->map, m->map_len);
    m->map = NULL;
    m->t = xcalloc(cap, sizeof *m->t);
    m->cap = cap;
    m->used = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + 16 < n) __builtin_prefetch(&m->t[home(m, key(hs[i + 16]))], 1);
        slot *s = find(m, key(hs[i]));
        if (s->h == 0) {
            s->h = key(hs[i]);
            m->used++;
        }
        s->spam = spam[i];
        s->ham = ham[i];
    }
    m->nspam = nspam;
    m->nham = nham;
    return MOD_OK;
}

static void mem_free(void *ctx)
{
    memstat *m = ctx;
    if (m == NULL) return;
    release(m->t, m->map, m->map_len);
    free(m);
}

static const mod_stat_vtable mem_vt = {
    .name = "memory",
    .lookup = mem_lookup,
    .totals = mem_totals,
    .learn = mem_learn,
    .foreach = mem_foreach,
    .replace = mem_replace,
    .free = mem_free,
};

bool mod__slots_valid(const mod__slot *t, size_t cap, size_t *used)
{
    /* What a look-up or a learning needs to stay in bounds and terminate:
     * a power-of-two size, an empty slot, and the true number of keys
     * (learning grows the table by it).  A key misplaced by a crafted file
     * (the checksum catches corruption) only reads as unseen. */
    if (cap < 2 || (cap & (cap - 1)) != 0) return false;
    size_t n = 0;
    for (size_t i = 0; i < cap; i++) n += t[i].h != 0;
    if (n >= cap) return false;
    *used = n;
    return true;
}

bool mod__stat_memory_adopt(mod_stat_backend *b, mod__slot *t, size_t cap, size_t used,
                            uint64_t nspam, uint64_t nham, void *map, size_t map_len)
{
    if (b == NULL || b->vt != &mem_vt) return false;
    memstat *m = b->ctx;
    release(m->t, m->map, m->map_len);
    m->map = map;
    m->map_len = map_len;
    m->t = t;
    m->cap = cap;
    m->used = used;
    m->nspam = nspam;
    m->nham = nham;
    return true;
}

void mod_stat_memory_reserve(mod_stat_backend *b, size_t n)
{
    assert(b && b->vt == &mem_vt);
    memstat *m = b->ctx;
    size_t c = m->cap;
    while ((m->used + n) * 100 >= c * m->fill_load) c *= 2;
    if (c != m->cap) grow(m, c);
}

void mod_stat_memory_put(mod_stat_backend *b, uint64_t hash, uint32_t spam, uint32_t ham)
{
    assert(b && b->vt == &mem_vt);
    memstat *m = b->ctx;
    assert(m->map == NULL);   /* a fresh table, never a mapped file */
    if ((m->used + 1) * 100 >= m->cap * m->fill_load) grow(m, m->cap * 2);
    slot *s = find(m, key(hash));
    if (s->h == 0) {
        s->h = key(hash);
        m->used++;
    }
    s->spam = spam;
    s->ham = ham;
}

void mod_stat_memory_set_totals(mod_stat_backend *b, uint64_t nspam, uint64_t nham)
{
    assert(b && b->vt == &mem_vt);
    memstat *m = b->ctx;
    m->nspam = nspam;
    m->nham = nham;
}

void mod__stat_memory_dense(mod_stat_backend *b)
{
    assert(b && b->vt == &mem_vt);
    ((memstat *)b->ctx)->fill_load = 80;
}

mod_stat_backend *mod_stat_memory_new(void)
{
    memstat *m = xcalloc(1, sizeof *m);
    m->cap = 1024;
    m->fill_load = 70;
    m->t = xcalloc(m->cap, sizeof *m->t);
    mod_stat_backend *b = xmalloc(sizeof *b);
    b->vt = &mem_vt;
    b->ctx = m;
    return b;
}

void mod_stat_backend_free(mod_stat_backend *b)
{
    if (b == NULL) return;
    if (b->vt && b->vt->free) b->vt->free(b->ctx);
    free(b);
}
