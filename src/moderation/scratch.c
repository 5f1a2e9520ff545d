/* scratch — the moderation engine's per-thread scratch blocks: the
 * features' arrays, the de-duplication set, the f(w) cache, the decision
 * JSON's buffer.  A decision reuses them instead of a malloc and free of
 * tens of KB each time.
 *
 * How: each block is calloc'd the first time a thread asks for it and kept
 * until the thread ends (a pthread key's destructor frees them) or gives
 * them back (mod_scratch_release: the server's main thread, which learns
 * the seed model at start and then decides nothing).  They are
 * not _Thread_local arrays because glibc zeroes a thread's whole static TLS
 * when it starts, so every thread of the process (the HTTP workers, the
 * mail worker, the event streams...) would hold all of them in RSS, ~400
 * KB each; calloc'd blocks of 128 KB and more are mapped pages that only
 * become resident where a decision writes.
 *
 * Must never: hand a block to another thread; return a block of a size
 * other than the first asked for its id (sizes are constants of the
 * callers). */
#include <pthread.h>
#include <stdlib.h>

#include "moderation/mod_int.h"

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;
static bool scratch_key_ok;
static _Thread_local void **scratch_blocks;

static void scratch_free(void *p)
{
    void **b = p;
    for (int i = 0; i < MOD__SCRATCH_N; i++)
        free(b[i]);
    free(b);
}

void mod_scratch_release(void)
{
    if (!scratch_blocks)
        return;
    pthread_setspecific(scratch_key, NULL);
    scratch_free(scratch_blocks);
    scratch_blocks = NULL;
}

static void scratch_key_make(void)
{
    scratch_key_ok = pthread_key_create(&scratch_key, scratch_free) == 0;
}

void *mod__scratch(mod__scratch_id id, size_t size)
{
    if (!scratch_blocks) {
        pthread_once(&scratch_once, scratch_key_make);
        if (!scratch_key_ok)
            return NULL;
        void **b = calloc(MOD__SCRATCH_N, sizeof *b);
        if (!b)
            return NULL;
        if (pthread_setspecific(scratch_key, b) != 0) {
            free(b);
            return NULL;
        }
        scratch_blocks = b;
    }
    if (!scratch_blocks[id])
        scratch_blocks[id] = calloc(1, size);
    return scratch_blocks[id];
}
