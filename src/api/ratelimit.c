/* ratelimit — per-key token buckets (key = IP hash), one per limited action.
 *
 * A bucket holds `per_minute` tokens and refills continuously.  Buckets live
 * in an open hash table under one mutex; when it fills up, full buckets
 * (those that would be at capacity now) are dropped, and if that is not
 * enough, all but the exhausted ones, so memory stays bounded whatever the
 * number of addresses; when it holds nothing but addresses being refused, a
 * new address is let through unrecorded (never refused for what other
 * addresses did).  Must never: refuse an address that has not used its
 * tokens, or grow without bound.  0 per minute = no limit. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_int.h"

#define RL_SLOTS 8192

typedef struct bucket {
    char key[40];
    double tokens;
    int64_t last_us;
} bucket;

struct api_ratelimit {
    pthread_mutex_t mu;
    int per_minute;
    size_t used;
    int64_t swept_us; /* the last sweep: at most one a second */
    bucket *slots;
};

api_ratelimit *api__ratelimit_new(int per_minute)
{
    api_ratelimit *r = xcalloc(1, sizeof *r);
    pthread_mutex_init(&r->mu, NULL);
    r->per_minute = per_minute;
    r->slots = xcalloc(RL_SLOTS, sizeof(bucket));
    return r;
}

void api__ratelimit_free(api_ratelimit *r)
{
    if (!r)
        return;
    pthread_mutex_destroy(&r->mu);
    free(r->slots);
    free(r);
}

static uint64_t fnv(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static void refill(api_ratelimit *r, bucket *b, int64_t now)
{
    b->tokens += (double)(now - b->last_us) * r->per_minute / 60e6;
    if (b->tokens > r->per_minute)
        b->tokens = r->per_minute;
    b->last_us = now;
}

/* Drops every bucket that has refilled completely, then rebuilds the table.
 * When the partly used ones would still fill more than half of it, every
 * bucket that can still take a request goes too, and only the addresses
 * being refused are kept: forgetting an address only gives it back the
 * few tokens it used, while keeping it made a full table refuse every new
 * address for a minute (8,192 addresses posting once within a few seconds
 * shut everyone else out). */
static void sweep(api_ratelimit *r, int64_t now)
{
    bucket *old = r->slots;
    size_t busy = 0;
    for (size_t i = 0; i < RL_SLOTS; i++)
        if (old[i].key[0]) {
            refill(r, &old[i], now);
            busy += old[i].tokens < r->per_minute;
        }
    double keep_below = busy > RL_SLOTS / 2 ? 1.0 : (double)r->per_minute;
    r->slots = xcalloc(RL_SLOTS, sizeof(bucket));
    r->used = 0;
    for (size_t i = 0; i < RL_SLOTS; i++) {
        if (!old[i].key[0])
            continue;
        if (old[i].tokens >= keep_below)
            continue;
        size_t j = fnv(old[i].key) % RL_SLOTS;
        while (r->slots[j].key[0])
            j = (j + 1) % RL_SLOTS;
        r->slots[j] = old[i];
        r->used++;
    }
    free(old);
}

bool api__rate_limited(http_req *req, api_ratelimit *r)
{
    int retry;
    if (api__ratelimit_take(r, api__ip_hash(req), &retry))
        return false;
    char ra[16];
    snprintf(ra, sizeof ra, "%d", retry);
    http_add_header(req, "Retry-After", ra);
    http_error(req, 429, "rate_limited", NULL, "too many requests; try again in %d seconds", retry);
    return true;
}

bool api__ratelimit_take(api_ratelimit *r, const char *key, int *retry_after)
{
    *retry_after = 0;
    if (r->per_minute <= 0)
        return true;
    int64_t now = util_mono_us();
    pthread_mutex_lock(&r->mu);
    if (r->used > RL_SLOTS * 3 / 4 && now - r->swept_us >= 1000000) {
        sweep(r, now);
        r->swept_us = now;
    }
    size_t j = fnv(key) % RL_SLOTS;
    while (r->slots[j].key[0] && strncmp(r->slots[j].key, key, sizeof r->slots[j].key - 1) != 0)
        j = (j + 1) % RL_SLOTS;
    bucket *b = &r->slots[j];
    if (!b->key[0]) {
        if (r->used >= RL_SLOTS * 7 / 8) {
            /* Only addresses being refused are left (the sweep dropped the
             * others): this one has used nothing, so it is let through,
             * unrecorded, rather than refused for what other addresses did
             * (the table stays bounded and its probes short). */
            pthread_mutex_unlock(&r->mu);
            return true;
        }
        snprintf(b->key, sizeof b->key, "%s", key);
        b->tokens = r->per_minute;
        b->last_us = now;
        r->used++;
    }
    refill(r, b, now);
    bool ok = b->tokens >= 1.0;
    if (ok)
        b->tokens -= 1.0;
    else
        *retry_after = (int)((1.0 - b->tokens) * 60.0 / r->per_minute) + 1;
    pthread_mutex_unlock(&r->mu);
    return ok;
}
