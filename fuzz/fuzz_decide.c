/* fuzz_decide.c — libFuzzer target for the whole moderation pipeline on a
 * comment: normalization (obfuscations, split letters, masks), tokenizer,
 * classifier features, the shipped editorial policy's matcher and the
 * decision's explanation — what every POST and PUT of a comment runs on
 * text from anyone.
 *
 * How: the engine is built once, before the first input
 * (LLVMFuzzerInitialize), with data/moderation/policy.json, the
 * default spam training set and the abuse model's (abuse_train.tsv,
 * abuse_ham.tsv and abuse_idioms.txt: its features, stems, skipped
 * compounds and category view run on every input) (run from the
 * repository's root, as
 * scripts/fuzz.sh does).  The first input byte picks the language and the
 * optional fields, the rest is the text; inputs that are not UTF-8 are
 * skipped, since the API refuses them before moderation.  The decision
 * must serialize to JSON and carry a known action.
 *
 * Must never: return normally on an impossible decision (abort()). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "moderation/mod.h"
#include "util/util.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static mod_engine *engine(void)
{
    static mod_engine *e;
    if (!e) {
        mod_config c;
        mod_config_defaults(&c);
        c.policy_file = "data/moderation/policy.json";
        c.train_file = "data/moderation/spam_train.tsv";
        c.abuse_train_file = "data/moderation/abuse_train.tsv";
        c.abuse_ham_file = "data/moderation/abuse_ham.tsv";
        c.abuse_idioms_file = "data/moderation/abuse_idioms.txt";
        char err[256];
        e = mod_engine_new(&c, err, sizeof err);
        if (!e) {
            fprintf(stderr, "fuzz_decide: %s (run from the repository's root)\n", err);
            abort();
        }
    }
    return e;
}

/* Built before the first input: training the abuse model takes seconds
 * under the sanitizers, which libFuzzer's per-input -timeout would count. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    engine();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {"fr", "en", "he", "ar"};
    mod_engine *e = engine();
    if (size < 1)
        return 0;
    uint8_t opt = data[0];
    char *text = malloc(size);   /* exact size, NUL included: ASan watches */
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';
    if (!util_utf8_valid(text, size - 1) || memchr(data + 1, 0, size - 1)) {
        free(text);
        return 0;
    }
    mod_input in = {
        .text = text,
        .lang = langs[opt & 3],
        .author = opt & 4 ? text : "Lecteur",
        .website = opt & 8 ? "https://pills.example/buy" : NULL,
        .email = opt & 16 ? "reader@example.org" : NULL,
        .honeypot = opt & 32 ? "x" : NULL,
        .ms_since_load = opt & 64 ? 100 : -1,
        .seen_before = opt & 128 ? 3 : 0,
    };
    util_arena *a = util_arena_new();
    mod_decision d;
    mod_status st = mod_decide(e, &in, a, &d);
    if (st != MOD_OK) {
        fprintf(stderr, "fuzz_decide: mod_decide failed (%d)\n", (int)st);
        abort();
    }
    if (d.spam_prob != d.spam_prob || d.spam_prob < 0 || d.spam_prob > 1) {
        fprintf(stderr, "fuzz_decide: spam probability out of [0,1]\n");
        abort();
    }
    if (!mod_decision_to_json(&d, a) || !mod_action_name(d.action)) {
        fprintf(stderr, "fuzz_decide: the decision does not serialize\n");
        abort();
    }
    util_arena_free(a);
    free(text);
    return 0;
}
