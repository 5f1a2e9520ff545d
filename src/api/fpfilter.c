/* fpfilter — which text fingerprints this server wrote lately, so that a
 * text never seen before (nearly every comment) is decided without asking
 * the store how often it was posted.
 *
 * How: three Bloom filters of 2^20 bits, one per 12-hour generation
 * (generation = time / 12 h; slot = generation % 3).  A fingerprint is
 * added to the current generation's filter; "maybe seen" asks the filters
 * of the last three generations, which cover at least the 24 hours that
 * repeated texts are counted over.  A slot that comes round again is
 * cleared (under a mutex) before its first new bit.  Bits are set and read
 * with relaxed atomics: a reader racing a writer can at worst miss a bit
 * being set by a post not yet committed.
 *
 * It is only trusted where it sees every write: SQLite (one serving
 * process; the command line writes no comment), and only once it has
 * seen 24 hours of them — from start when the store held no fingerprinted
 * comment of the last 24 hours, else 24 hours after start.  Until then,
 * and always on PostgreSQL (several nodes), every fingerprint is counted
 * in the store as before.
 *
 * Must never: answer "never seen" for a fingerprint written in the last
 * 24 hours (false positives only cost the usual query). */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_int.h"

#define FP_BITS (1u << 20)
#define FP_WORDS (FP_BITS / 64)
#define FP_GEN_MS (12 * 3600 * 1000LL)
#define FP_K 4

typedef struct fp_slot {
    _Atomic int64_t gen;   /* generation held, -1 = none */
    _Atomic uint64_t bits[FP_WORDS];
} fp_slot;

struct api_fpfilter {
    fp_slot slot[3];
    pthread_mutex_t mu;        /* clearing a slot */
    int64_t trusted_from_ms;   /* answers "never seen" from then on */
};

api_fpfilter *api__fpfilter_new(store *s)
{
    int64_t latest = 0, now = util_now_ms();
    if (strcmp(store_backend_name(s), "sqlite") != 0 ||
        store_fingerprint_latest(s, &latest) != STORE_OK)
        return NULL;
    api_fpfilter *f = xcalloc(1, sizeof *f);
    for (int i = 0; i < 3; i++)
        atomic_init(&f->slot[i].gen, -1);
    pthread_mutex_init(&f->mu, NULL);
    f->trusted_from_ms = latest >= now - 24 * 3600 * 1000LL ? now + 24 * 3600 * 1000LL : now;
    return f;
}

void api__fpfilter_free(api_fpfilter *f)
{
    if (!f)
        return;
    pthread_mutex_destroy(&f->mu);
    free(f);
}

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

static uint32_t bit_of(uint64_t v, int k)
{
    uint64_t h = (v + (uint64_t)k * 0x9e3779b97f4a7c15ull) * 0xbf58476d1ce4e5b9ull;
    return (uint32_t)(h >> 44) & (FP_BITS - 1);
}

void api__fpfilter_add(api_fpfilter *f, const char *fingerprint)
{
    uint64_t v = fp_value(fingerprint);
    if (!f || !v)
        return;
    int64_t g = util_now_ms() / FP_GEN_MS;
    fp_slot *s = &f->slot[g % 3];
    if (atomic_load_explicit(&s->gen, memory_order_acquire) != g) {
        pthread_mutex_lock(&f->mu);
        if (atomic_load(&s->gen) != g) {
            for (size_t i = 0; i < FP_WORDS; i++)
                atomic_store_explicit(&s->bits[i], 0, memory_order_relaxed);
            atomic_store_explicit(&s->gen, g, memory_order_release);
        }
        pthread_mutex_unlock(&f->mu);
    }
    for (int k = 0; k < FP_K; k++) {
        uint32_t b = bit_of(v, k);
        atomic_fetch_or_explicit(&s->bits[b / 64], 1ull << (b % 64), memory_order_relaxed);
    }
}

bool api__fpfilter_never_seen(api_fpfilter *f, const char *fingerprint)
{
    uint64_t v = fp_value(fingerprint);
    int64_t now = util_now_ms();
    if (!f || !v || now < f->trusted_from_ms)
        return false;
    int64_t g = now / FP_GEN_MS;
    for (int i = 0; i < 3; i++) {
        fp_slot *s = &f->slot[i];
        int64_t sg = atomic_load_explicit(&s->gen, memory_order_acquire);
        if (sg < g - 2 || sg > g)
            continue;   /* empty, or older than the window */
        bool all = true;
        for (int k = 0; all && k < FP_K; k++) {
            uint32_t b = bit_of(v, k);
            all = atomic_load_explicit(&s->bits[b / 64], memory_order_relaxed) & (1ull << (b % 64));
        }
        if (all)
            return false;
    }
    return true;
}
