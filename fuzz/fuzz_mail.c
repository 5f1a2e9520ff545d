/* fuzz_mail.c — libFuzzer target for mod_mail_parse, the RFC 822 / MIME
 * reader behind `causerie train` and `causerie classify` (files from
 * anywhere: a spam corpus is hostile by nature).
 *
 * How: the input is the file's bytes.  Parsing never fails; what it returns
 * must be NUL-terminated strings inside the arena, and the text must then
 * go through the tokenizer (mod_normalize) and the fingerprint.  The
 * classifier's hash-only (lean) pass must give exactly the features of the
 * full pass (aborts otherwise: a model learned one way is read the other).
 *
 * Must never: read past the input (the copy is exact-size, ASan watches). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "moderation/mod_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    util_arena *a = util_arena_new();
    char *s = malloc(size ? size : 1);
    memcpy(s, data, size);
    mod_input in;
    memset(&in, 0, sizeof in);
    mod_mail_parse(s, size, a, &in);
    size_t n = 0;
    if (in.subject)
        n += strlen(in.subject);
    if (in.text) {
        n += strlen(in.text);
        util_buf b = {0};
        mod_normalize(in.text, strlen(in.text), &b);
        util_buf_free(&b);
        char fp[17];
        mod_fingerprint(in.text, strlen(in.text), fp);
        mod__doc full, lean;
        mod__feats ff, fl;
        mod__analyze_ex(in.text, strlen(in.text), a, &full, MOD__A_NOKEYS);
        mod__features(&full, &in, a, &ff);
        mod__analyze_ex(in.text, strlen(in.text), a, &lean, MOD__A_NOKEYS | MOD__A_LEAN);
        mod__features_ex(&lean, &in, a, &fl, true);
        if (full.n != lean.n || ff.n != fl.n || memcmp(ff.h, fl.h, ff.n * sizeof *ff.h) != 0) abort();
        mod__doc_release(&lean);
    }
    (void)n;
    free(s);
    util_arena_free(a);
    return 0;
}
