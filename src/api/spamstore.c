/* spamstore — the moderation engine's statistics backend (mod_stat_backend)
 * over the store: the spam classifier's counts live in the database, so
 * every worker thread and every node shares one model and an editor's
 * "spam" click on one node teaches all of them; decisions read a copy of
 * the model in this process's memory, so they cost no round trip.
 *
 * How:
 *   - The copy is loaded from the store by the first look-up (one full
 *     scan: the store's model version, then every feature, then the
 *     totals), so a command-line run that only learns never loads it.  It
 *     is a read-only table sorted by hash (mod_stat_frozen_new: 16 bytes a
 *     feature, 0.6 MB for the built-in model where a hash table took 1 MB,
 *     and as fast to read) until this process applies a learning or a
 *     replace to it: then it is rebuilt once as a hash table
 *     (mod_stat_memory_new, `thaw`), which learns in place.
 *   - A learning writes to the store first (store_spam_learn_version: its
 *     statements and the model version + 1, in one transaction), then to
 *     the copy.  When the version it made is the copy's + 1, nobody else
 *     wrote in between and the copy is that version; otherwise the copy is
 *     marked stale.
 *   - totals(), which the classifier calls before every look-up, compares
 *     the store's version (and totals, in case a writer did not bump it)
 *     with the copy's at most once a second, one thread at a time; when
 *     they differ (another node, `causerie moderate spam`, an Akismet
 *     submission elsewhere) a new copy is built from the store and swapped
 *     in.  Decisions on other threads keep using the old copy meanwhile.
 *     So another node's learning reaches this one within about a second.
 *   - If the store cannot be read at a check, the copy in hand serves on
 *     (logged); only a process that never loaded it answers MOD_EBACKEND.
 *   - Threads: the engine calls lookup/totals under its read lock (many at
 *     once) and learn/replace under its write lock.  The copy pointer and
 *     its version are guarded by our own rwlock (writer-preferring, held
 *     only for a look-up or a swap, never across a database call); loads
 *     are serialised by load_mu.
 *
 * Must never: be called by a thread that holds an open store transaction
 * (the engine's lock would then be taken inside the database's, while a
 * trainer takes them in the other order), except at start-up before the
 * server serves (api/moderation.c seeds the model in one transaction);
 * change the copy when the store's write failed; hold rw across a database
 * call. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "api/api_int.h"

#define CHECK_US 1000000

typedef struct spamstore {
    store_pool *pool;
    pthread_rwlock_t rw;         /* guards mem and version */
    mod_stat_backend *mem;       /* the copy; NULL until loaded */
    bool frozen;                 /* mem is read-only (stat_frozen.c) */
    int64_t version;             /* store version of the copy; -1 = stale */
    atomic_bool loaded;
    pthread_mutex_t load_mu;     /* one load or check at a time */
    _Atomic int64_t checked_us;  /* last comparison with the store */
} spamstore;

/* ---- loading the copy ---------------------------------------------------- */

static void reverse(mod_stat_rows *r, size_t lo, size_t hi)
{
    for (; lo + 1 < hi; lo++, hi--) {
        uint64_t h = r->h[lo];
        uint32_t sp = r->x[lo], hm = r->y[lo];
        r->h[lo] = r->h[hi - 1], r->x[lo] = r->x[hi - 1], r->y[lo] = r->y[hi - 1];
        r->h[hi - 1] = h, r->x[hi - 1] = sp, r->y[hi - 1] = hm;
    }
}

/* The copy made of the store's rows (x spam, y ham), which it takes: a
 * frozen table when they are in unsigned order once the store's signed
 * order (hashes are BIGINT) is rotated, else (never seen) a hash table. */
static mod_stat_backend *build_copy(mod_stat_rows *r, uint64_t nspam, uint64_t nham, bool *frozen)
{
    size_t k = 0;   /* the first hash below 2^63: the start in unsigned order */
    while (k < r->n && r->h[k] >= (UINT64_C(1) << 63)) k++;
    reverse(r, 0, k);
    reverse(r, k, r->n);
    reverse(r, 0, r->n);
    bool sorted = true;
    for (size_t i = 0; sorted && i < r->n; i++)
        sorted = r->h[i] != 0 && (i == 0 || r->h[i] > r->h[i - 1]);
    if (sorted && r->n <= UINT32_MAX) {   /* what mod_stat_frozen_new checks: it cannot fail */
        *frozen = true;
        return mod_stat_frozen_new(r->h, r->x, r->y, r->n, nspam, nham);   /* the arrays are its */
    }
    mod_stat_backend *b = mod_stat_memory_new();
    mod_stat_memory_reserve(b, r->n);
    for (size_t i = 0; i < r->n; i++)
        mod_stat_memory_put(b, r->h[i], r->x[i], r->y[i]);
    mod_stat_memory_set_totals(b, nspam, nham);
    mod_stat_rows_free(r);
    *frozen = false;
    return b;
}

/* Builds a new copy from the store and swaps it in.  Caller holds load_mu.
 * The version is read first: a learning that commits during the scan makes
 * the copy newer than its version says, and the next check loads again. */
static mod_status reload(spamstore *ss)
{
    store *s = store_pool_get(ss->pool);
    if (!s)
        return MOD_EBACKEND;
    int64_t t0 = util_mono_us(), version, count;
    uint64_t nspam, nham;
    mod_stat_rows r = {0};   /* the store's rows, grown should a learning commit during the scan */
    mod_stat_backend *fresh = NULL;
    mod_status ms = MOD_EBACKEND;
    /* Straight into arrays sized first, then the frozen table: a large
     * model is never held twice while it loads (only the copy in use, the
     * arrays and the new table). */
    if (store_spam_version(s, &version) != STORE_OK || store_spam_count(s, &count) != STORE_OK)
        goto done;
    if (count > 0) {
        r.cap = (size_t)count;
        r.h = xmalloc(r.cap * sizeof *r.h);
        r.x = xmalloc(r.cap * sizeof *r.x);
        r.y = xmalloc(r.cap * sizeof *r.y);
    }
    if (store_spam_foreach(s, mod_stat_rows_add, &r) != STORE_OK ||
        store_spam_totals(s, &nspam, &nham) != STORE_OK)
        goto done;
    size_t n = r.n;
    bool frozen;
    fresh = build_copy(&r, nspam, nham, &frozen);
    r = (mod_stat_rows){0};   /* the copy's now */
    ms = MOD_OK;
    pthread_rwlock_wrlock(&ss->rw);
    mod_stat_backend *old = ss->mem;
    ss->mem = fresh;
    ss->frozen = frozen;
    ss->version = version;
    pthread_rwlock_unlock(&ss->rw);
    fresh = old;   /* freed below, out of the lock */
    atomic_store(&ss->loaded, true);
    atomic_store(&ss->checked_us, util_mono_us());
    LOG_INFO("moderation: spam model version %lld loaded (%zu features, %llu spam, %llu ham) "
             "in %lld ms", (long long)version, n, (unsigned long long)nspam,
              (unsigned long long)nham, (long long)((util_mono_us() - t0) / 1000));
done:
    mod_stat_rows_free(&r);
    mod_stat_backend_free(fresh);
    return ms;
}

static void put_row(void *arg, uint64_t h, uint32_t spam, uint32_t ham)
{
    mod_stat_memory_put(arg, h, spam, ham);
}

/* Makes the copy a table that learns: a frozen copy is rebuilt as a hash
 * table (the same counts and totals) before the first learning or replace
 * this process applies to it.  Caller holds rw for writing. */
static void thaw(spamstore *ss)
{
    if (!ss->frozen)
        return;
    uint64_t nspam, nham;
    ss->mem->vt->totals(ss->mem->ctx, &nspam, &nham);
    mod_stat_backend *m = mod_stat_memory_new();
    ss->mem->vt->foreach(ss->mem->ctx, put_row, m);
    mod_stat_memory_set_totals(m, nspam, nham);
    mod_stat_backend_free(ss->mem);
    ss->mem = m;
    ss->frozen = false;
}

/* Reloads when the store's model is not the copy's: another version, or
 * (a writer that did not count it) other totals.  Caller holds load_mu. */
static void check(spamstore *ss)
{
    store *s = store_pool_get(ss->pool);
    int64_t version;
    uint64_t sn, sh, mn, mh;
    if (!s || store_spam_version(s, &version) != STORE_OK) {
        LOG_WARN("moderation: cannot read the spam model's version; deciding with the copy in "
                 "memory");
        return;
    }
    pthread_rwlock_rdlock(&ss->rw);
    bool same = version == ss->version;
    ss->mem->vt->totals(ss->mem->ctx, &mn, &mh);
    pthread_rwlock_unlock(&ss->rw);
    if (same) {
        if (store_spam_totals(s, &sn, &sh) != STORE_OK)
            return;
        if (sn == mn && sh == mh)
            return;
        LOG_WARN("moderation: the spam model's totals changed without its version; reloading");
    }
    if (reload(ss) != MOD_OK)
        LOG_WARN("moderation: cannot reload the spam model; deciding with the copy in memory");
}

/* The copy is there (loaded now if need be) and, when check_now, at most a
 * second old. */
static mod_status ready(spamstore *ss, bool check_now)
{
    if (!atomic_load(&ss->loaded)) {
        pthread_mutex_lock(&ss->load_mu);
        mod_status ms = atomic_load(&ss->loaded) ? MOD_OK : reload(ss);
        pthread_mutex_unlock(&ss->load_mu);
        return ms;
    }
    if (!check_now)
        return MOD_OK;
    int64_t now = util_mono_us(), last = atomic_load(&ss->checked_us);
    if (now - last < CHECK_US || !atomic_compare_exchange_strong(&ss->checked_us, &last, now))
        return MOD_OK;
    if (pthread_mutex_trylock(&ss->load_mu) == 0) {
        check(ss);
        pthread_mutex_unlock(&ss->load_mu);
    }
    return MOD_OK;
}

/* ---- the vtable ------------------------------------------------------------ */

static mod_status ss_lookup(void *ctx, const uint64_t *hashes, size_t n, uint32_t *spam,
                            uint32_t *ham)
{
    spamstore *ss = ctx;
    mod_status ms = ready(ss, false);
    if (ms != MOD_OK)
        return ms;
    pthread_rwlock_rdlock(&ss->rw);
    ms = ss->mem->vt->lookup(ss->mem->ctx, hashes, n, spam, ham);
    pthread_rwlock_unlock(&ss->rw);
    return ms;
}

static mod_status ss_totals(void *ctx, uint64_t *nspam, uint64_t *nham)
{
    spamstore *ss = ctx;
    mod_status ms = ready(ss, true);
    if (ms != MOD_OK) {
        *nspam = *nham = 0;
        return ms;
    }
    pthread_rwlock_rdlock(&ss->rw);
    ms = ss->mem->vt->totals(ss->mem->ctx, nspam, nham);
    pthread_rwlock_unlock(&ss->rw);
    return ms;
}

static mod_status ss_learn(void *ctx, const uint64_t *hashes, size_t n, bool is_spam, int delta)
{
    spamstore *ss = ctx;
    store *s = store_pool_get(ss->pool);
    if (!s)
        return MOD_EBACKEND;
    int64_t version;
    if (store_spam_learn_version(s, hashes, n, is_spam, delta, &version) != STORE_OK)
        return MOD_EBACKEND;
    if (!atomic_load(&ss->loaded))
        return MOD_OK;   /* the first look-up loads it all */
    pthread_rwlock_wrlock(&ss->rw);
    thaw(ss);
    mod_status ms = ss->mem->vt->learn(ss->mem->ctx, hashes, n, is_spam, delta);
    ss->version = ms == MOD_OK && ss->version >= 0 && version == ss->version + 1 ? version : -1;
    bool stale = ss->version < 0;
    pthread_rwlock_unlock(&ss->rw);
    if (stale)   /* someone else wrote in between: compare at the next look-up */
        atomic_store(&ss->checked_us, 0);
    return MOD_OK;
}

static mod_status ss_foreach(void *ctx, void (*fn)(void *, uint64_t, uint32_t, uint32_t),
                             void *arg)
{
    spamstore *ss = ctx;
    mod_status ms = ready(ss, false);
    if (ms != MOD_OK)
        return ms;
    pthread_rwlock_rdlock(&ss->rw);
    ms = ss->mem->vt->foreach(ss->mem->ctx, fn, arg);
    pthread_rwlock_unlock(&ss->rw);
    return ms;
}

static mod_status ss_replace(void *ctx, uint64_t nspam, uint64_t nham, const uint64_t *hashes,
                             const uint32_t *spam, const uint32_t *ham, size_t n)
{
    spamstore *ss = ctx;
    store *s = store_pool_get(ss->pool);
    if (!s)
        return MOD_EBACKEND;
    if (store_spam_replace(s, nspam, nham, hashes, spam, ham, n) != STORE_OK)
        return MOD_EBACKEND;
    if (!atomic_load(&ss->loaded))
        return MOD_OK;
    pthread_rwlock_wrlock(&ss->rw);
    thaw(ss);
    mod_status ms = ss->mem->vt->replace(ss->mem->ctx, nspam, nham, hashes, spam, ham, n);
    ss->version = -1;   /* the version it made is read at the next check */
    pthread_rwlock_unlock(&ss->rw);
    atomic_store(&ss->checked_us, 0);
    return ms;
}

static void ss_free(void *ctx)
{
    spamstore *ss = ctx;
    if (!ss)
        return;
    mod_stat_backend_free(ss->mem);
    pthread_rwlock_destroy(&ss->rw);
    pthread_mutex_destroy(&ss->load_mu);
    free(ss);
}

static const mod_stat_vtable spamstore_vt = {
    .name = "store",
    .lookup = ss_lookup,
    .totals = ss_totals,
    .learn = ss_learn,
    .foreach = ss_foreach,
    .replace = ss_replace,
    .free = ss_free,
};

mod_stat_backend *api__spamstore_new(store_pool *pool)
{
    spamstore *ss = xcalloc(1, sizeof *ss);
    ss->pool = pool;
    ss->version = -1;
    atomic_init(&ss->loaded, false);
    atomic_init(&ss->checked_us, 0);
    pthread_rwlockattr_t attr;
    pthread_rwlockattr_init(&attr);
    pthread_rwlockattr_setkind_np(&attr, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
    pthread_rwlock_init(&ss->rw, &attr);
    pthread_rwlockattr_destroy(&attr);
    pthread_mutex_init(&ss->load_mu, NULL);
    mod_stat_backend *b = xmalloc(sizeof *b);
    b->vt = &spamstore_vt;
    b->ctx = ss;
    return b;
}
