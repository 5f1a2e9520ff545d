/* fuzz_lr.c — libFuzzer target for mod__lr_load, the reader of the n-gram
 * regression file (`FILE.lr`, beside the spam model given to `causerie
 * classify`).
 *
 * How: the input is written to a scratch file (the loader maps files) and
 * loaded.  When its size is that of the shape its header gives, the
 * checksum is recomputed first (a fuzzer cannot forge one), so the checks
 * after it (bias and weights in range) are reached too (version 1 files
 * have a 40-byte header, version 2 a 48-byte one).  A model that loads
 * must score a short and a long message (its start and its tail) to
 * finite numbers, and must save to a file that loads again and scores
 * the same.
 *
 * Must never: return normally when that round trip breaks (abort()). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "moderation/mod_int.h"
#include "moderation/mod_lr.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void put64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static char paths[2][64];

static void remove_scratch(void)
{
    for (int i = 0; i < 2; i++)
        if (paths[i][0]) unlink(paths[i]);
}

/* The scratch files of this process ("in", "out"), removed at exit. */
static const char *scratch(const char *what)
{
    int i = what[0] == 'o';
    if (!paths[i][0]) {
        if (!paths[0][0] && !paths[1][0]) atexit(remove_scratch);
        snprintf(paths[i], sizeof paths[i], "/tmp/fuzz_lr.%d.%s", (int)getpid(), what);
    }
    return paths[i];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *p = malloc(size ? size : 1);
    memcpy(p, data, size);
    if (size >= 48 && memcmp(p, "CSLR", 4) == 0) {
        /* version 1: 40-byte header; version 2 (and any other): 48 */
        size_t hdr = mod__get_le(p + 4, 4) == 1 ? 40 : 48;
        uint64_t bits = mod__get_le(p + 8, 4);
        if (bits <= MOD__LR_MAX_BITS && size == hdr + ((size_t)4 << bits) + 8)
            put64(p + size - 8, mod__file_sum(p, size - 8, MOD__LR_SUM_SEED));
    }
    const char *in = scratch("in"), *out = scratch("out");
    FILE *f = fopen(in, "wb");
    if (!f || fwrite(p, 1, size, f) != size || fclose(f) != 0) abort();
    free(p);
    char err[300];
    mod__lr *m = mod__lr_load(in, NULL, err, sizeof err);
    if (m) {
        static const char msg[] = "Subject: cheap pills\n\nBuy now, free spins at casino.example";
        /* and a message longer than any start read, so a tail is read too */
        static char big[MOD__LR_MAX_BYTES + MOD__LR_MAX_TAIL + 100];
        for (size_t i = 0; i < sizeof big; i++) big[i] = (char)(i % 7 ? 'a' + (i * 31) % 26 : ' ');
        double z = mod__lr_score(m, msg, sizeof msg - 1), zb = mod__lr_score(m, big, sizeof big);
        if (!isfinite(z) || !isfinite(zb)) {
            fprintf(stderr, "fuzz_lr: a loaded model scores %f, %f\n", z, zb);
            abort();
        }
        mod__lr *again = NULL;
        if (mod__lr_save(m, out, err, sizeof err) != MOD_OK ||
            !(again = mod__lr_load(out, NULL, err, sizeof err)) ||
            mod__lr_score(again, msg, sizeof msg - 1) != z || mod__lr_score(again, big, sizeof big) != zb ||
            mod__lr_tail(again) != mod__lr_tail(m)) {
            fprintf(stderr, "fuzz_lr: a loaded model does not survive its own round trip: %s\n", err);
            abort();
        }
        mod__lr_free(again);
        mod__lr_free(m);
    }
    return 0;
}
