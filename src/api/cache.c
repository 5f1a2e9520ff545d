/* cache — rendered thread responses, keyed by the request (site, uri, sort,
 * limit, cursor) and valid for one thread version.
 *
 * Every change to a thread bumps its version in the store (in the same
 * transaction as the change), and a read checks the version with one indexed
 * lookup before using a cached body, so the cache is never stale, even with
 * several nodes writing to one PostgreSQL.  Size is bounded in bytes; when
 * full, the oldest entries go first. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_int.h"

#define CACHE_BUCKETS 1024

typedef struct entry {
    struct entry *next;          /* bucket chain */
    struct entry *older, *newer; /* age list */
    char *key;
    int64_t version;
    char *body, *etag;
    size_t len;
} entry;

struct api_cache {
    pthread_mutex_t mu;
    entry *buckets[CACHE_BUCKETS];
    entry *oldest, *newest;
    size_t bytes, max_bytes;
};

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

api_cache *api__cache_new(size_t max_bytes)
{
    api_cache *c = xcalloc(1, sizeof *c);
    pthread_mutex_init(&c->mu, NULL);
    c->max_bytes = max_bytes;
    return c;
}

/* The bytes an entry of (key, len bytes of body, etag) counts for. */
static size_t entry_bytes(const char *key, size_t len, const char *etag)
{
    return sizeof(entry) + strlen(key) + len + strlen(etag) + 2;
}

static size_t entry_size(const entry *e)
{
    return entry_bytes(e->key, e->len, e->etag);
}

static void unlink_entry(api_cache *c, entry *e)
{
    entry **p = &c->buckets[hash(e->key) % CACHE_BUCKETS];
    while (*p != e)
        p = &(*p)->next;
    *p = e->next;
    if (e->older)
        e->older->newer = e->newer;
    else
        c->oldest = e->newer;
    if (e->newer)
        e->newer->older = e->older;
    else
        c->newest = e->older;
    c->bytes -= entry_size(e);
    free(e->key);
    free(e->body);
    free(e->etag);
    free(e);
}

void api__cache_free(api_cache *c)
{
    if (!c)
        return;
    while (c->oldest)
        unlink_entry(c, c->oldest);
    pthread_mutex_destroy(&c->mu);
    free(c);
}

static entry *find(api_cache *c, const char *key)
{
    for (entry *e = c->buckets[hash(key) % CACHE_BUCKETS]; e; e = e->next)
        if (strcmp(e->key, key) == 0)
            return e;
    return NULL;
}

bool api__cache_get(api_cache *c, util_arena *a, const char *key, int64_t version, char **body,
                    size_t *len, char **etag)
{
    bool hit = false;
    pthread_mutex_lock(&c->mu);
    entry *e = find(c, key);
    if (e && e->version == version) {
        *body = util_arena_strndup(a, e->body, e->len);
        *len = e->len;
        *etag = util_arena_strdup(a, e->etag);
        hit = true;
    }
    pthread_mutex_unlock(&c->mu);
    return hit;
}

void api__cache_put(api_cache *c, const char *key, int64_t version, const char *body, size_t len,
                    const char *etag)
{
    /* An answer larger than the whole cache is not kept, and evicts nothing
     * (emptying the cache for it served no one: a thread answered with
     * limit=all over 8 MiB flushed every other page at each request). */
    if (entry_bytes(key, len, etag) > c->max_bytes)
        return;
    entry *e = xcalloc(1, sizeof *e);
    e->key = xstrdup(key);
    e->version = version;
    e->body = xstrndup(body, len);
    e->len = len;
    e->etag = xstrdup(etag);
    size_t size = entry_size(e);
    pthread_mutex_lock(&c->mu);
    entry *old = find(c, key);
    if (old && old->version > version) { /* a newer answer is already there */
        pthread_mutex_unlock(&c->mu);
        free(e->key), free(e->body), free(e->etag), free(e);
        return;
    }
    if (old)
        unlink_entry(c, old);
    while (c->oldest && c->bytes + size > c->max_bytes)
        unlink_entry(c, c->oldest);
    entry **b = &c->buckets[hash(key) % CACHE_BUCKETS];
    e->next = *b;
    *b = e;
    e->older = c->newest;
    if (c->newest)
        c->newest->newer = e;
    else
        c->oldest = e;
    c->newest = e;
    c->bytes += size;
    pthread_mutex_unlock(&c->mu);
}
