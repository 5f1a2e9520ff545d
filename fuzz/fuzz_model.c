/* fuzz_model.c — libFuzzer target for mod_engine_model_deserialize, the
 * reader of the spam model: the file an operator hands `causerie classify
 * --model` (and `causerie train`, which learns on top of it).
 *
 * How: the input is a model file.  When it has the size of a version 1 or
 * version 2 file its checksum is recomputed first (a fuzzer cannot forge
 * one), so the checks after the checksum are reached too.  A model that
 * loads must decide a comment, and must serialise to a file that loads
 * again and serialises to the same bytes.
 *
 * Must never: return normally when that round trip breaks (abort()). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "moderation/mod_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void put64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

/* The checksum the loader will compare, when the size says which one. */
static void fix_checksum(unsigned char *p, size_t n)
{
    if (n < 48 || memcmp(p, "CSRM", 4) != 0) return;
    uint64_t ver = mod__get_le(p + 4, 4);
    if (ver == 1 && n == 32 + mod__get_le(p + 24, 8) * 16 + 8) {
        put64(p + n - 8, mod__hash(p, n - 8, 0));
    } else if (ver == 2) {
        uint64_t cap = mod__get_le(p + 32, 8);
        if (cap < n && n == 40 + cap * 16 + 8)
            put64(p + n - 8, mod__file_sum(p + 40, cap * 16, mod__file_sum(p, 40, 0)));
    }
}

static mod_engine *engine(void)
{
    static mod_engine *e;
    if (!e) {
        mod_config c;
        mod_config_defaults(&c);
        char err[256];
        e = mod_engine_new(&c, err, sizeof err);
        if (!e) {
            fprintf(stderr, "fuzz_model: %s\n", err);
            abort();
        }
    }
    return e;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* An exact-size heap copy: ASan catches a read past size. */
    unsigned char *p = malloc(size ? size : 1);
    memcpy(p, data, size);
    fix_checksum(p, size);
    mod_engine *e = engine();
    char err[256];
    if (mod_engine_model_deserialize(e, p, size, err, sizeof err) == MOD_OK) {
        util_arena *a = util_arena_new();
        mod_input in = {.text = "Casino bonus, free spins, cheap pills: http://x.example/", .ms_since_load = 30000};
        mod_decision d;
        mod_decide(e, &in, a, &d);
        util_arena_free(a);
        util_buf one = {0}, two = {0};
        if (mod_engine_model_serialize(e, &one) != MOD_OK ||
            mod_engine_model_deserialize(e, one.data, one.len, err, sizeof err) != MOD_OK ||
            mod_engine_model_serialize(e, &two) != MOD_OK || one.len != two.len ||
            memcmp(one.data, two.data, one.len) != 0) {
            fprintf(stderr, "fuzz_model: a loaded model does not survive its own round trip: %s\n", err);
            abort();
        }
        util_buf_free(&one);
        util_buf_free(&two);
    }
    free(p);
    return 0;
}
