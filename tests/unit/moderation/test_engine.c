/* Engine: heuristics (honeypot, too fast, links, repeated text, Akismet
 * test triggers, sales words in the author and website fields), the decision order, invalid arguments, and a thread-safety
 * smoke test: deciders, a trainer and a policy replacer at once. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <jansson.h>
#include <pthread.h>

#include "moderation/modtest.h"

static mod_decision decide(mod_engine *e, util_arena *a, mod_input in)
{
    mod_decision d;
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    return d;
}

static void test_heuristics(void **state)
{
    mod_engine *e = *state;
    util_arena *a = util_arena_new();
    const char *ok = "Merci pour cet article très complet sur le budget de la ville.";
    mod_decision d = decide(e, a, (mod_input){.text = ok, .ms_since_load = 30000});
    assert_int_equal(d.action, MOD_PUBLISH);
    assert_null(d.category);

    d = decide(e, a, (mod_input){.text = ok, .honeypot = "http://x", .ms_since_load = 30000});
    assert_int_equal(d.action, MOD_DISCARD);
    assert_string_equal(d.category, "spam");

    d = decide(e, a, (mod_input){.text = ok, .author = "viagra-test-123", .ms_since_load = 30000});
    assert_int_equal(d.action, MOD_DISCARD);
    d = decide(e, a, (mod_input){.text = ok, .email = "akismet-guaranteed-spam@example.com", .ms_since_load = 30000});
    assert_int_equal(d.action, MOD_DISCARD);
    assert_true(d.spam_blatant);

    d = decide(e, a, (mod_input){.text = ok, .ms_since_load = 400});      /* too fast */
    assert_int_equal(d.action, MOD_SPAM);
    d = decide(e, a, (mod_input){.text = ok, .ms_since_load = -1});       /* unknown: fine */
    assert_int_equal(d.action, MOD_PUBLISH);
    d = decide(e, a, (mod_input){.text = ok, .ms_since_load = 30000, .seen_before = 3});
    assert_int_equal(d.action, MOD_SPAM);

    const char *list = "a-b.com c-d.net e-f.org g-h.info i-j.biz k-l.fr";
    d = decide(e, a, (mod_input){.text = list, .ms_since_load = 30000});
    assert_true(d.action == MOD_SPAM || d.action == MOD_DISCARD);
    bool said = false;
    for (size_t i = 0; i < d.n_reasons; i++)
        if (strstr(d.reasons[i], "list of 6 links")) said = true;
    assert_true(said);

    /* the sales words of the author and website fields, with a website
     * to send readers to: held as spam; a person's name and site are not */
    const char *praise = "Thank you for this post, it was really helpful to me.";
    d = decide(e, a, (mod_input){.text = praise, .author = "Online Casino Bonus",
                                 .website = "https://casino-online-bonus-2026.com", .ms_since_load = 30000});
    assert_int_equal(d.action, MOD_SPAM);
    said = false;
    for (size_t i = 0; i < d.n_reasons; i++)
        if (strstr(d.reasons[i], "the spam model's words")) said = true;
    assert_true(said);
    d = decide(e, a, (mod_input){.text = praise, .author = "Online Casino Bonus", .ms_since_load = 30000});
    assert_int_equal(d.action, MOD_PUBLISH);   /* no website: no payload */
    d = decide(e, a, (mod_input){.text = praise, .author = "Marie Dupont", .website = "https://marie-dupont-photo.fr",
                                 .email = "marie.dupont@orange.fr", .ms_since_load = 30000});
    assert_int_equal(d.action, MOD_PUBLISH);
    d = decide(e, a, (mod_input){.text = "1' OR '1'='1'; -- \"; DELETE FROM comments; --",
                                 .author = "Robert'); DROP TABLE comments;--",
                                 .website = "https://example.org/?q=1';DROP%20TABLE%20threads;--", .ms_since_load = 30000});
    assert_int_equal(d.action, MOD_PUBLISH);   /* a name alone: no seller */
    d = decide(e, a, (mod_input){.text = "Great piece, thanks.", .author = "Travel Blogger",
                                 .website = "https://best-travel-tips-online.com", .ms_since_load = 30000});
    assert_int_equal(d.action, MOD_PUBLISH);

    /* an insult from a bot is still discarded as spam, not answered 422 */
    d = decide(e, a, (mod_input){.text = "connard", .honeypot = "x", .ms_since_load = 30000});
    assert_int_equal(d.action, MOD_DISCARD);
    /* a human's insult is rejected even when posted fast */
    d = decide(e, a, (mod_input){.text = "connard", .ms_since_load = 100});
    assert_int_equal(d.action, MOD_REJECT);
    util_arena_free(a);
}

static void test_invalid_arguments(void **state)
{
    mod_engine *e = *state;
    util_arena *a = util_arena_new();
    mod_decision d;
    assert_int_equal(mod_decide(e, NULL, a, &d), MOD_EINVAL);
    mod_input in = {0};
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_EINVAL);
    assert_int_equal(mod_train(e, &in, true), MOD_EINVAL);
    in.text = "x";
    assert_int_equal(mod_decide(e, &in, NULL, &d), MOD_EINVAL);
    assert_string_equal(mod_strerror(MOD_EFORMAT), "malformed or unsupported file");
    assert_string_equal(mod_action_name(MOD_HOLD), "hold");
    assert_int_equal(mod_action_parse("discard"), MOD_DISCARD);
    assert_int_equal(mod_action_parse("nope"), -1);
    assert_string_equal(mod_action_name((mod_action)99), "?");
    mod_config c;
    mod_config_defaults(&c);
    c.spam_cutoff = 0.99;
    c.blatant_cutoff = 0.5;
    char err[256];
    assert_null(mod_engine_new(&c, err, sizeof err));
    mod_config_defaults(&c);
    c.policy_json = "{\"categories\":{\"x\":{\"action\":\"maybe\"}}}";
    assert_null(mod_engine_new(&c, err, sizeof err));
    assert_non_null(strstr(err, "categories.x.action"));
    mod_engine_free(NULL);
    util_arena_free(a);
}

static void test_decision_json_is_valid(void **state)
{
    mod_engine *e = *state;
    util_arena *a = util_arena_new();
    mod_decision d = decide(e, a, (mod_input){.text = "Sale \"bougnoule\" \\ connard", .ms_since_load = 30000});
    char *js = mod_decision_to_json(&d, a);
    json_error_t je;
    json_t *o = json_loads(js, 0, &je);
    assert_non_null(o);
    assert_string_equal(json_string_value(json_object_get(o, "action")), "reject");
    assert_true(json_array_size(json_object_get(o, "matches")) >= 2);
    assert_true(json_is_array(json_object_get(o, "tokens")));
    assert_true(json_is_array(json_object_get(o, "reasons")));
    assert_int_equal(strlen(json_string_value(json_object_get(o, "fingerprint"))), 16);
    json_decref(o);
    util_arena_free(a);
}

typedef struct shared {
    mod_engine *e;
    volatile int stop;
    int wrong;
    pthread_mutex_t mu;
} shared;

static void *decider(void *arg)
{
    shared *s = arg;
    const char *texts[] = {"Espèce de connard", "Merci pour cet article", "Je vais te tuer",
                           "Les Arabes de mon quartier", "cheap pills casino bonus http://x.biz"};
    for (int i = 0; i < 400; i++) {
        util_arena *a = util_arena_new();
        mod_input in = {.text = texts[i % 5], .ms_since_load = 30000};
        mod_decision d;
        mod_decide(s->e, &in, a, &d);
        bool ok = true;
        if (i % 5 == 0 && d.action != MOD_REJECT) ok = false;    /* both policies reject it */
        if (i % 5 == 1 && d.action != MOD_PUBLISH) ok = false;
        mod_decision_to_json(&d, a);
        util_arena_free(a);
        if (!ok) {
            pthread_mutex_lock(&s->mu);
            s->wrong++;
            pthread_mutex_unlock(&s->mu);
        }
    }
    return NULL;
}

static void *trainer(void *arg)
{
    shared *s = arg;
    for (int i = 0; i < 200; i++) {
        mod_input in = {.text = i % 2 ? "buy pills now cheap" : "the council met today"};
        mod_train(s->e, &in, i % 2);
        if (i % 50 == 0) {
            util_buf b = {0};
            mod_engine_model_serialize(s->e, &b);
            util_buf_free(&b);
        }
    }
    return NULL;
}

static void *replacer(void *arg)
{
    shared *s = arg;
    char *orig = mod_engine_policy_json(s->e);
    const char *small = "{\"categories\":{\"insult\":{\"action\":\"reject\",\"message\":{\"fr\":\"non\"},"
                        "\"lexicon\":{\"fr\":{\"terms\":[\"connard\"]}}}}}";
    char err[256];
    for (int i = 0; i < 30; i++) {
        const char *p = i % 2 ? orig : small;
        assert_int_equal(mod_engine_put_policy_json(s->e, p, strlen(p), NULL, err, sizeof err), MOD_OK);
    }
    mod_engine_put_policy_json(s->e, orig, strlen(orig), NULL, err, sizeof err);
    free(orig);
    return NULL;
}

static void test_threads(void **state)
{
    shared s = {.e = *state};
    pthread_mutex_init(&s.mu, NULL);
    pthread_t t[6];
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, decider, &s);
    pthread_create(&t[4], NULL, trainer, &s);
    pthread_create(&t[5], NULL, replacer, &s);
    for (int i = 0; i < 6; i++) pthread_join(t[i], NULL);
    assert_int_equal(s.wrong, 0);
    uint64_t ns, nh;
    mod_engine_model_totals(s.e, &ns, &nh);
    assert_true(ns >= 100 && nh >= 100);
    pthread_mutex_destroy(&s.mu);
}

static int setup(void **state)
{
    *state = mt_engine(true);
    return *state ? 0 : -1;
}

static int teardown(void **state)
{
    mod_engine_free(*state);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heuristics),
        cmocka_unit_test(test_invalid_arguments),
        cmocka_unit_test(test_decision_json_is_valid),
        cmocka_unit_test(test_threads),
    };
    return cmocka_run_group_tests_name("moderation/engine", tests, setup, teardown);
}
