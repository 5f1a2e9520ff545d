/* fpindex — how often a text was posted lately, counted in memory by a
 * SQLite server, so that the store keeps no index by text fingerprint.
 *
 * Why: the moderation engine counts how many other comments of the site
 * carried the same text fingerprint in the last 24 hours (not from the same
 * address).  In the database that needs an index keyed by the fingerprint,
 * a hash: every comment put its entry on a random page of it, one more page
 * to read, write and checkpoint per commit.  On SQLite one serving process
 * takes every comment in, so it can keep that index itself; PostgreSQL's
 * nodes share the database's (api__fpindex_new returns NULL there).
 *
 * How: a ring of entries (fingerprint, comment id, created, hashes of the
 * site and of the IP hash) in the order they were added, and a table of
 * chains by fingerprint through it, newest first.  Entries are named by a
 * sequence number (slot = seq % capacity), so an entry that left the ring
 * ends every chain that reaches it: expiry just moves the ring's tail past
 * entries older than the window.  The ring doubles when full, up to
 * FPI_MAX entries; beyond that the oldest go first (the count then covers
 * the last FPI_MAX comments of the day).  It is rebuilt at start from the
 * store (store_fingerprints_recent, the last 24 hours), filled by
 * api__fpindex_add after a comment's transaction committed, and an edit
 * retires the comment's old entry (api__fpindex_forget).  One mutex; every
 * operation is a chain walk.
 *
 * The count equals the store's query (store_fingerprint_count) except for
 * a comment whose IP hash an erasure (`causerie privacy erase`, another
 * process) removed within the day: the store would count it for everyone,
 * this index still as from its old address; after a restart, not at all.
 *
 * Must never: count a comment twice, or one whose entry left the window. */
#include <stdlib.h>
#include <string.h>

#include "api/api_int.h"

#define FPI_MIN 4096u                /* first capacity (entries) */
#define FPI_MAX (1u << 19)           /* 524,288 entries: 24 MiB, and 8 MiB of chain heads */
#define FPI_WINDOW_MS (24 * 3600 * 1000LL)
#define FPI_LOAD_BATCH 5000

typedef struct fpi_entry {
    uint64_t fp;        /* the fingerprint's value; 0 = retired (edited since) */
    int64_t id, created;
    uint64_t site, ip;  /* hashes; ip 0 = none */
    uint64_t next;      /* sequence number + 1 of the next older entry of the chain, 0 = end */
} fpi_entry;

struct api_fpindex {
    pthread_mutex_t mu;
    fpi_entry *ring;
    size_t cap;          /* a power of two */
    uint64_t *heads;     /* per chain: newest sequence number + 1, 0 = empty; 2 * cap of them */
    uint64_t tail, head; /* live entries are the sequence numbers [tail, head) */
};

/* The fingerprint (16 hex digits) as a number; 0 when it is not one. */
static uint64_t fp_value(const char *fp)
{
    uint64_t v = 0;
    size_t i = 0;
    for (; fp && fp[i] && i < 16; i++) {
        char c = fp[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0)
            return 0;
        v = v << 4 | (uint64_t)d;
    }
    return i == 16 && !fp[i] ? v : 0;
}

/* 64-bit FNV-1a of a string, never 0 (0 = none). */
static uint64_t str_hash(const char *s)
{
    if (!s)
        return 0;
    uint64_t h = 0xcbf29ce484222325ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return h ? h : 1;
}

static size_t chain_of(const api_fpindex *x, uint64_t fp)
{
    return (size_t)((fp * 0x9e3779b97f4a7c15ull) >> 20) & (2 * x->cap - 1);
}

static fpi_entry *entry_at(api_fpindex *x, uint64_t seq)
{
    return &x->ring[seq & (x->cap - 1)];
}

/* The live entry a chain link names, NULL at the end of the chain. */
static fpi_entry *follow(api_fpindex *x, uint64_t link)
{
    return link && link - 1 >= x->tail ? entry_at(x, link - 1) : NULL;
}

static void link_entry(api_fpindex *x, uint64_t seq)
{
    fpi_entry *e = entry_at(x, seq);
    uint64_t *h = &x->heads[chain_of(x, e->fp)];
    e->next = *h;
    *h = seq + 1;
}

/* Doubles the ring (or starts it) and relinks the live entries. */
static void grow(api_fpindex *x)
{
    size_t cap = x->cap ? x->cap * 2 : FPI_MIN;
    fpi_entry *ring = xcalloc(cap, sizeof *ring);
    uint64_t *heads = xcalloc(2 * cap, sizeof *heads);
    for (uint64_t seq = x->tail; seq < x->head; seq++)
        ring[seq & (cap - 1)] = *entry_at(x, seq);
    free(x->ring);
    free(x->heads);
    x->ring = ring;
    x->heads = heads;
    x->cap = cap;
    for (uint64_t seq = x->tail; seq < x->head; seq++)
        if (entry_at(x, seq)->fp)
            link_entry(x, seq);
}

static void add_locked(api_fpindex *x, uint64_t fp, int64_t id, int64_t created, uint64_t site,
                       uint64_t ip)
{
    int64_t since = util_now_ms() - FPI_WINDOW_MS;
    while (x->tail < x->head && entry_at(x, x->tail)->created < since)
        x->tail++;
    if (x->head - x->tail == x->cap) {
        if (x->cap < FPI_MAX)
            grow(x);
        else
            x->tail++;   /* full: the oldest entry goes */
    }
    uint64_t seq = x->head++;
    *entry_at(x, seq) = (fpi_entry){.fp = fp, .id = id, .created = created, .site = site, .ip = ip};
    link_entry(x, seq);
}

api_fpindex *api__fpindex_new(store *s, char *err, size_t errlen)
{
    if (strcmp(store_backend_name(s), "sqlite") != 0)
        return NULL;
    api_fpindex *x = xcalloc(1, sizeof *x);
    pthread_mutex_init(&x->mu, NULL);
    grow(x);
    int64_t since = util_now_ms() - FPI_WINDOW_MS, after = 0, after_id = 0;
    for (;;) {
        util_arena *a = util_arena_new();
        store_fingerprint_row *rows;
        size_t n;
        store_status st = store_fingerprints_recent(s, a, since, after, after_id, FPI_LOAD_BATCH,
                                                    &rows, &n);
        if (st != STORE_OK) {
            snprintf(err, errlen, "moderation: cannot read the last day's text fingerprints: %s",
                     store_strerror(st));
            util_arena_free(a);
            api__fpindex_free(x);
            return NULL;
        }
        for (size_t i = 0; i < n; i++) {
            uint64_t fp = fp_value(rows[i].fingerprint);
            if (fp)
                add_locked(x, fp, rows[i].id, rows[i].created, str_hash(rows[i].site),
                           str_hash(rows[i].ip_hash));
        }
        if (n) {
            after = rows[n - 1].created;
            after_id = rows[n - 1].id;
        }
        util_arena_free(a);
        if (n < FPI_LOAD_BATCH)
            break;
    }
    return x;
}

void api__fpindex_free(api_fpindex *x)
{
    if (!x)
        return;
    pthread_mutex_destroy(&x->mu);
    free(x->ring);
    free(x->heads);
    free(x);
}

int64_t api__fpindex_count(api_fpindex *x, const char *site, const char *fingerprint,
                           int64_t since, const char *ip_hash, int64_t exclude_id)
{
    uint64_t fp = fp_value(fingerprint), sh = str_hash(site), ih = str_hash(ip_hash);
    if (!x || !fp)
        return 0;
    int64_t n = 0;
    pthread_mutex_lock(&x->mu);
    for (fpi_entry *e = follow(x, x->heads[chain_of(x, fp)]); e; e = follow(x, e->next))
        if (e->fp == fp && e->created >= since && e->site == sh && e->id != exclude_id &&
            (e->ip == 0 || e->ip != ih))
            n++;
    pthread_mutex_unlock(&x->mu);
    return n;
}

void api__fpindex_add(api_fpindex *x, const char *fingerprint, int64_t id, int64_t created,
                      const char *site, const char *ip_hash)
{
    uint64_t fp = fp_value(fingerprint);
    if (!x || !fp)
        return;
    pthread_mutex_lock(&x->mu);
    add_locked(x, fp, id, created, str_hash(site), str_hash(ip_hash));
    pthread_mutex_unlock(&x->mu);
}

void api__fpindex_forget(api_fpindex *x, const char *fingerprint, int64_t id)
{
    uint64_t fp = fp_value(fingerprint);
    if (!x || !fp)
        return;
    pthread_mutex_lock(&x->mu);
    for (fpi_entry *e = follow(x, x->heads[chain_of(x, fp)]); e; e = follow(x, e->next))
        if (e->fp == fp && e->id == id)
            e->fp = 0;   /* stays linked: a chain walk passes over it */
    pthread_mutex_unlock(&x->mu);
}
