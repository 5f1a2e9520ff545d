/* spamstore — the moderation engine's statistics backend (mod_stat_backend)
 * over the store: the spam classifier's counts live in the database, so
 * every worker thread and every node shares one model and an editor's
 * "spam" click on one node teaches all of them.
 *
 * How: each call runs on the calling thread's own connection
 * (store_pool_get); a look-up is one statement for all the features of a
 * comment (store_spam_lookup), a learning one statement too.  The message
 * totals, read before every classification, are cached for one second
 * (a learning through this process drops the cache): a total that is a
 * second old changes a probability by nothing an editor could see, and it
 * saves a round trip per comment on PostgreSQL.
 *
 * Must never: be called by a thread that holds an open store transaction
 * (the engine's lock would then be taken inside the database's, while a
 * trainer takes them in the other order), except at start-up before the
 * server serves (api/moderation.c seeds the model in one transaction). */
#include <pthread.h>
#include <stdlib.h>

#include "api/api_int.h"

#define TOTALS_TTL_US 1000000

typedef struct spamstore {
    store_pool *pool;
    pthread_mutex_t mu;      /* guards the totals cache */
    bool cached;
    int64_t cached_at_us;
    uint64_t nspam, nham;
} spamstore;

static store *conn(spamstore *ss)
{
    return store_pool_get(ss->pool);
}

static mod_status ss_lookup(void *ctx, const uint64_t *hashes, size_t n, uint32_t *spam,
                            uint32_t *ham)
{
    store *s = conn(ctx);
    if (!s)
        return MOD_EBACKEND;
    return store_spam_lookup(s, hashes, n, spam, ham) == STORE_OK ? MOD_OK : MOD_EBACKEND;
}

static mod_status ss_totals(void *ctx, uint64_t *nspam, uint64_t *nham)
{
    spamstore *ss = ctx;
    int64_t now = util_mono_us();
    pthread_mutex_lock(&ss->mu);
    if (ss->cached && now - ss->cached_at_us < TOTALS_TTL_US) {
        *nspam = ss->nspam;
        *nham = ss->nham;
        pthread_mutex_unlock(&ss->mu);
        return MOD_OK;
    }
    pthread_mutex_unlock(&ss->mu);
    store *s = conn(ss);
    if (!s || store_spam_totals(s, nspam, nham) != STORE_OK) {
        *nspam = *nham = 0;
        return MOD_EBACKEND;
    }
    pthread_mutex_lock(&ss->mu);
    ss->cached = true;
    ss->cached_at_us = now;
    ss->nspam = *nspam;
    ss->nham = *nham;
    pthread_mutex_unlock(&ss->mu);
    return MOD_OK;
}

static void drop_cache(spamstore *ss)
{
    pthread_mutex_lock(&ss->mu);
    ss->cached = false;
    pthread_mutex_unlock(&ss->mu);
}

static mod_status ss_learn(void *ctx, const uint64_t *hashes, size_t n, bool is_spam, int delta)
{
    spamstore *ss = ctx;
    store *s = conn(ss);
    if (!s)
        return MOD_EBACKEND;
    store_status st = store_spam_learn(s, hashes, n, is_spam, delta);
    drop_cache(ss);
    return st == STORE_OK ? MOD_OK : MOD_EBACKEND;
}

static mod_status ss_foreach(void *ctx, void (*fn)(void *, uint64_t, uint32_t, uint32_t),
                             void *arg)
{
    store *s = conn(ctx);
    if (!s)
        return MOD_EBACKEND;
    return store_spam_foreach(s, fn, arg) == STORE_OK ? MOD_OK : MOD_EBACKEND;
}

static mod_status ss_replace(void *ctx, uint64_t nspam, uint64_t nham, const uint64_t *hashes,
                             const uint32_t *spam, const uint32_t *ham, size_t n)
{
    spamstore *ss = ctx;
    store *s = conn(ss);
    if (!s)
        return MOD_EBACKEND;
    store_status st = store_spam_replace(s, nspam, nham, hashes, spam, ham, n);
    drop_cache(ss);
    return st == STORE_OK ? MOD_OK : MOD_EBACKEND;
}

static void ss_free(void *ctx)
{
    spamstore *ss = ctx;
    if (!ss)
        return;
    pthread_mutex_destroy(&ss->mu);
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
    pthread_mutex_init(&ss->mu, NULL);
    mod_stat_backend *b = xmalloc(sizeof *b);
    b->vt = &spamstore_vt;
    b->ctx = ss;
    return b;
}
