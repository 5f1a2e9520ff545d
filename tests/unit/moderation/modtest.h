/* modtest.h — helpers shared by the moderation unit tests: where the data
 * files are, and an engine built from the shipped policy and training set. */
#ifndef CAUSERIE_MODTEST_H
#define CAUSERIE_MODTEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "moderation/mod.h"

/* Tests run from the repository root (make unit); CAUSERIE_ROOT overrides. */
static inline const char *mt_path(char *buf, size_t n, const char *rel)
{
    const char *root = getenv("CAUSERIE_ROOT");
    snprintf(buf, n, "%s%s%s", root ? root : "", root ? "/" : "", rel);
    return buf;
}

static inline mod_engine *mt_engine(bool train)
{
    char p[512], t[512], err[512];
    mod_config c;
    mod_config_defaults(&c);
    c.policy_file = mt_path(p, sizeof p, "data/moderation/policy.json");
    if (train) c.train_file = mt_path(t, sizeof t, "data/moderation/spam_train.tsv");
    mod_engine *e = mod_engine_new(&c, err, sizeof err);
    if (e == NULL) fprintf(stderr, "engine: %s\n", err);
    return e;
}

/* Decides text as a normal reader's post (page loaded 30 s before). */
static inline mod_action mt_decide(mod_engine *e, const char *text, const char **category)
{
    util_arena *a = util_arena_new();
    mod_input in = {.text = text, .ms_since_load = 30000};
    mod_decision d;
    mod_decide(e, &in, a, &d);
    static __thread char cat[64];
    snprintf(cat, sizeof cat, "%s", d.category ? d.category : "");
    if (category) *category = cat;
    util_arena_free(a);
    return d.action;
}

#endif
