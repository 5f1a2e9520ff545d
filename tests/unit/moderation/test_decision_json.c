/* test_decision_json — mod_decision_to_json writes JSON by hand: it must
 * parse, keep every value, escape what JSON needs, turn strings that are
 * not UTF-8 into null and round numbers to 4 decimals.  The stored form
 * (mod_decision_to_stored) read back by mod_detail_load must be, value for
 * value and key for key, what mod_decision_to_json gives: for decisions
 * built by hand and for the engine's own on many comments; older rows and
 * other JSON pass through; malformed stored forms never crash. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <jansson.h>
#include <math.h>
#include <string.h>

#include "moderation/mod.h"
#include "modtest.h"

static json_t *to_json(const mod_decision *d, util_arena *a)
{
    char *js = mod_decision_to_json(d, a);
    json_error_t je;
    json_t *o = json_loads(js, 0, &je);
    if (!o)
        fail_msg("not JSON (%s): %s", je.text, js);
    return o;
}

static double num(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    assert_true(json_is_number(v));
    return json_number_value(v);
}

static void test_every_field(void **state)
{
    (void)state;
    util_arena *a = util_arena_new();
    mod_match m[2] = {
        {.category = "insult", .pattern = "con*", .found = "C\"o\\n\nn\x01", .neutralized = false},
        {.category = "racism", .pattern = "x", .found = "caf\xc3", .neutralized = true},
    };
    mod_token_score t[4] = {
        {.token = "w:casino", .prob = 0.99996},
        {.token = "b:é \"x\"", .prob = 0.08333},
        {.token = NULL, .prob = 1.0},
        {.token = "w:\xff", .prob = 0},
    };
    mod_token_score at[1] = {{.token = "w:sale", .prob = 0.5}};
    const char *reasons[3] = {"policy: insult", "bad \xe9", "tab\there"};
    mod_decision d = {
        .action = MOD_REJECT,
        .category = "insult",
        .message = "Ce commentaire insulte.\r\n",
        .spam_prob = 0.11074,
        .spam_blatant = true,
        .matches = m,
        .n_matches = 2,
        .tokens = t,
        .n_tokens = 4,
        .abuse_prob = 0.97125,
        .abuse_category = "insult",
        .abuse_tokens = at,
        .n_abuse_tokens = 1,
        .reasons = reasons,
        .n_reasons = 3,
        .fingerprint = "0123456789abcdef",
        .elapsed_us = 1234567,
    };
    json_t *o = to_json(&d, a);
    assert_string_equal(json_string_value(json_object_get(o, "action")), "reject");
    assert_string_equal(json_string_value(json_object_get(o, "category")), "insult");
    assert_string_equal(json_string_value(json_object_get(o, "message")), "Ce commentaire insulte.\r\n");
    assert_true(fabs(num(o, "spam_prob") - 0.1107) < 1e-12);
    assert_true(json_is_true(json_object_get(o, "blatant")));
    assert_string_equal(json_string_value(json_object_get(o, "fingerprint")), "0123456789abcdef");
    json_t *jm = json_object_get(o, "matches");
    assert_int_equal(json_array_size(jm), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(jm, 0), "found")),
                        "C\"o\\n\nn\x01");
    assert_true(json_is_false(json_object_get(json_array_get(jm, 0), "neutralized")));
    assert_true(json_is_null(json_object_get(json_array_get(jm, 1), "found")));
    assert_true(json_is_true(json_object_get(json_array_get(jm, 1), "neutralized")));
    json_t *jt = json_object_get(o, "tokens");
    assert_int_equal(json_array_size(jt), 4);
    assert_true(fabs(num(json_array_get(jt, 0), "prob") - 1.0) < 1e-12);   /* 0.99996 → 1 */
    assert_string_equal(json_string_value(json_object_get(json_array_get(jt, 1), "token")),
                        "b:é \"x\"");
    assert_true(fabs(num(json_array_get(jt, 1), "prob") - 0.0833) < 1e-12);
    assert_true(json_is_null(json_object_get(json_array_get(jt, 2), "token")));
    assert_true(json_is_null(json_object_get(json_array_get(jt, 3), "token")));
    assert_true(num(json_array_get(jt, 3), "prob") == 0);
    json_t *ab = json_object_get(o, "abuse");
    assert_true(fabs(num(ab, "prob") - 0.9713) < 1e-12);
    assert_string_equal(json_string_value(json_object_get(ab, "category")), "insult");
    assert_int_equal(json_array_size(json_object_get(ab, "tokens")), 1);
    json_t *jr = json_object_get(o, "reasons");
    assert_string_equal(json_string_value(json_array_get(jr, 1)), "(reason not valid UTF-8)");
    assert_string_equal(json_string_value(json_array_get(jr, 2)), "tab\there");
    assert_int_equal(json_integer_value(json_object_get(o, "elapsed_us")), 1234567);
    json_decref(o);
    util_arena_free(a);
}

static void test_empty_and_odd_numbers(void **state)
{
    (void)state;
    util_arena *a = util_arena_new();
    mod_decision d = {.action = MOD_PUBLISH, .spam_prob = NAN, .abuse_prob = -1};
    json_t *o = to_json(&d, a);
    assert_true(json_is_null(json_object_get(o, "category")));
    assert_true(json_is_null(json_object_get(o, "message")));
    assert_true(json_is_null(json_object_get(o, "spam_prob")));
    assert_true(json_is_null(json_object_get(o, "abuse")));
    assert_string_equal(json_string_value(json_object_get(o, "fingerprint")), "");
    assert_int_equal(json_array_size(json_object_get(o, "matches")), 0);
    assert_int_equal(json_array_size(json_object_get(o, "reasons")), 0);
    json_decref(o);
    /* The exact text of numbers: what jansson wrote before. */
    mod_token_score t[5] = {{"a", 0.5}, {"b", 1.0}, {"c", 0.0}, {"d", -0.25}, {"e", 0.00004}};
    d = (mod_decision){.spam_prob = 1e20, .tokens = t, .n_tokens = 5, .abuse_prob = -1};
    char *js = mod_decision_to_json(&d, a);
    assert_non_null(strstr(js, "\"spam_prob\":null"));
    assert_non_null(strstr(js, "\"token\":\"a\",\"prob\":0.5}"));
    assert_non_null(strstr(js, "\"token\":\"b\",\"prob\":1.0}"));
    assert_non_null(strstr(js, "\"token\":\"c\",\"prob\":0.0}"));
    assert_non_null(strstr(js, "\"token\":\"d\",\"prob\":-0.25}"));
    assert_non_null(strstr(js, "\"token\":\"e\",\"prob\":0.0}"));
    util_arena_free(a);
}

/* mod_detail_load(stored) must dump exactly as json_loads(json) does. */
static void same_when_read_back(const mod_decision *d, util_arena *a)
{
    char *js = mod_decision_to_json(d, a), *st = mod_decision_to_stored(d, a);
    assert_true(strlen(st) < strlen(js));
    assert_non_null(strstr(st, "{\"v\":2,"));
    json_t *want = json_loads(js, 0, NULL), *got = mod_detail_load(st);
    assert_non_null(want);
    assert_non_null(got);
    char *w = json_dumps(want, JSON_COMPACT), *g = json_dumps(got, JSON_COMPACT);
    if (strcmp(w, g) != 0)
        fail_msg("stored form read back differs:\n  want %s\n  got  %s\n  stored %s", w, g, st);
    free(w);
    free(g);
    json_decref(want);
    json_decref(got);
}

static void test_stored_form_reads_back(void **state)
{
    (void)state;
    util_arena *a = util_arena_new();
    mod_match m[1] = {{.category = "insult", .pattern = "con*", .found = "C\"o\n", .neutralized = true}};
    mod_token_score t[3] = {{.token = "w:casino", .prob = 0.99996}, {.token = NULL, .prob = 1.0},
                            {.token = "b:é \"x\"", .prob = 0.0833}};
    const char *reasons[2] = {"policy: insult", "bad \xe9"};
    mod_decision full = {.action = MOD_REJECT, .category = "insult", .message = "Non.\n",
                         .spam_prob = 0.11074, .spam_blatant = true, .matches = m, .n_matches = 1,
                         .tokens = t, .n_tokens = 3, .abuse_prob = 0.97125,
                         .abuse_category = "racism", .abuse_tokens = t, .n_abuse_tokens = 2,
                         .reasons = reasons, .n_reasons = 2, .fingerprint = "0123456789abcdef",
                         .elapsed_us = 12};
    same_when_read_back(&full, a);
    /* every default the stored form leaves out */
    mod_decision bare = {.action = MOD_PUBLISH, .spam_prob = 0.5, .tokens = t, .n_tokens = 1,
                         .abuse_prob = 0.01, .abuse_tokens = t, .n_abuse_tokens = 1,
                         .fingerprint = "00000000000000a1"};
    same_when_read_back(&bare, a);
    mod_decision none = {.action = MOD_HOLD, .spam_prob = NAN, .abuse_prob = -1};
    same_when_read_back(&none, a);

    /* the engine's decisions on comments of every kind */
    mod_engine *e = mt_engine(true);
    assert_non_null(e);
    static const char *texts[] = {
        "Merci pour cet article très clair sur le budget de la ville.",
        "Espèce de c0nnard, va te faire voir.",
        "Les juifs contrôlent les médias, tout le monde le sait.",
        "Je vais te retrouver et te faire la peau.",
        "Le maire a détourné l'argent de la commune, c'est un escroc.",
        "BUY CHEAP VIAGRA NOW http://pharma.example http://pharma.example/2 best price casino bonus",
        "Je suis juif et je trouve cet article juste.",
        "The Holocaust never happened, it is a hoax.",
        "You are an idiot and a moron.",
        "c.o.n.n.a.r.d",
        "",
        "🔥🔥🔥 !!!",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        for (int variant = 0; variant < 2; variant++) {
            mod_input in = {.text = texts[i], .ms_since_load = variant ? 200 : 30000,
                            .author = variant ? "viagra-test-123" : "Lecteur", .lang = "fr",
                            .honeypot = variant ? "x" : NULL, .seen_before = variant * 5};
            mod_decision d;
            mod_decide(e, &in, a, &d);
            same_when_read_back(&d, a);
        }
    }
    mod_engine_free(e);
    util_arena_free(a);
}

static void test_detail_load_other_json(void **state)
{
    (void)state;
    assert_null(mod_detail_load(NULL));
    assert_null(mod_detail_load("not json"));
    assert_null(mod_detail_load("{\"v\":2,"));
    /* an older row, an editor's detail: as json_loads reads them */
    static const char *other[] = {
        "{\"action\":\"publish\",\"category\":null,\"tokens\":[{\"token\":\"w:a\",\"prob\":0.5}]}",
        "{\"from\":\"pending\",\"to\":\"published\",\"trained\":\"ham\"}",
        "{\"v\":3,\"tokens\":[[\"w:a\",0.5]]}",
        "[1,2]",
    };
    for (size_t i = 0; i < sizeof other / sizeof *other; i++) {
        json_t *want = json_loads(other[i], 0, NULL), *got = mod_detail_load(other[i]);
        assert_true(json_equal(want, got));
        json_decref(want);
        json_decref(got);
    }
    /* malformed stored forms: the full shape, odd parts kept as they are */
    json_t *o = mod_detail_load("{\"v\":2}");
    assert_true(json_is_null(json_object_get(o, "action")));
    assert_true(json_is_false(json_object_get(o, "blatant")));
    assert_int_equal(json_array_size(json_object_get(o, "matches")), 0);
    assert_int_equal(json_array_size(json_object_get(o, "tokens")), 0);
    assert_true(json_is_null(json_object_get(o, "abuse")));
    json_decref(o);
    o = mod_detail_load("{\"v\":2,\"tokens\":[1,[\"w:a\"],[\"w:b\",0.25],[\"w:c\",1,2]],"
                        "\"abuse\":{\"tokens\":\"x\"},\"reasons\":7}");
    json_t *tk = json_object_get(o, "tokens");
    assert_int_equal(json_array_size(tk), 4);
    assert_int_equal(json_integer_value(json_array_get(tk, 0)), 1);
    assert_string_equal(json_string_value(json_object_get(json_array_get(tk, 2), "token")), "w:b");
    assert_string_equal(json_string_value(json_object_get(json_object_get(o, "abuse"), "tokens")), "x");
    assert_int_equal(json_integer_value(json_object_get(o, "reasons")), 7);
    json_decref(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_field),
        cmocka_unit_test(test_empty_and_odd_numbers),
        cmocka_unit_test(test_stored_form_reads_back),
        cmocka_unit_test(test_detail_load_other_json),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
