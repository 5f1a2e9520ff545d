/* test_decision_json — mod_decision_to_json writes JSON by hand: it must
 * parse, keep every value, escape what JSON needs, turn strings that are
 * not UTF-8 into null and round numbers to 4 decimals. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <jansson.h>
#include <math.h>
#include <string.h>

#include "moderation/mod.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_field),
        cmocka_unit_test(test_empty_and_odd_numbers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
