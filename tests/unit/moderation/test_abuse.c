/* The abuse model (src/moderation/abuse.c): a plain-sentence abusive comment
 * no lexicon entry covers is held by the model with its probability and
 * strongest tokens in the reasons and the decision's JSON; ham is published;
 * rejection only above the reject cut-off and only for a category that
 * rejects (defamation is held); cut-offs per category; the policy's
 * "abuse_model" section parsed,
 * validated (errors name the field) and round-tripped; training errors name
 * the line; no model without training data.  The shipped data
 * (abuse_train.tsv + abuse_ham.tsv with policy.json) is checked
 * on a few plain sentences too. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <jansson.h>

#include "api/assets.h"
#include "moderation/mod_int.h"
#include "moderation/modtest.h"

/* A small training set written for these tests: ham about the same
 * subjects, insults and threats in plain words no lexicon of the test
 * policy holds. */
static const char train_tsv[] =
    "# test set\n"
    "ham\ten\tThe mayor explained the budget at the council meeting last night.\n"
    "ham\ten\tI disagree with the article, the figures on housing look wrong to me.\n"
    "ham\ten\tThanks for the clear report, the new bus line will help our street.\n"
    "ham\ten\tThe council should publish the full audit before the vote.\n"
    "ham\ten\tMy neighbour works at the hospital and says the wards are full.\n"
    "ham\ten\tGood article, I learned a lot about the history of the port.\n"
    "ham\ten\tThe minister answered the questions of the journalists this morning.\n"
    "ham\ten\tI think the school reform goes too far, but the debate is useful.\n"
    "insult\ten\tYou are a worthless pathetic loser and everybody here laughs at you.\n"
    "insult\ten\tWhat a pathetic worthless clown, go back under your rock loser.\n"
    "insult\ten\tNobody cares about your opinion, you pathetic worthless nobody.\n"
    "insult\ten\tThe journalist is a pathetic worthless hack and a loser.\n"
    "threat\ten\tWe know where you live and we will come for you tonight.\n"
    "threat\ten\tKeep writing and we will come for you, we know where you live.\n"
    "threat\ten\tWe know where your family lives, we will come for you soon.\n"
    "defamation\ten\tThe baker Paul Martin steals from the charity funds every month.\n"
    "defamation\ten\tEveryone knows Paul Martin steals from the charity and lies about it.\n";

/* The same with ham in the spam-set format (only its ham lines count). */
static const char ham_tsv[] =
    "spam\tBuy cheap pills now http://pills.example\n"
    "ham\tThe council meeting was long but the mayor answered every question.\n"
    "ham\tI read the report on the port, thanks for the details.\\nSee you.\n";

static const char *policy_json(const char *abuse_model)
{
    static char buf[2048];
    snprintf(buf, sizeof buf,
             "{\"version\":1,\"default_lang\":\"en\",\"categories\":{"
             "\"insult\":{\"action\":\"reject\",\"message\":{\"en\":\"No insults.\"}},"
             "\"threat\":{\"action\":\"reject\",\"message\":{\"en\":\"No threats.\"}},"
             "\"defamation\":{\"action\":\"hold\"}}%s%s}",
             abuse_model ? ",\"abuse_model\":" : "", abuse_model ? abuse_model : "");
    return buf;
}

static mod_engine *engine(const char *abuse_model, bool with_data)
{
    char err[512];
    mod_config c;
    mod_config_defaults(&c);
    c.policy_json = policy_json(abuse_model);
    if (with_data) {
        c.abuse_train_text = train_tsv;
        c.abuse_train_len = sizeof train_tsv - 1;
        c.abuse_ham_text = ham_tsv;
        c.abuse_ham_len = sizeof ham_tsv - 1;
    }
    mod_engine *e = mod_engine_new(&c, err, sizeof err);
    if (e == NULL) fprintf(stderr, "engine: %s\n", err);
    return e;
}

static bool has_reason(const mod_decision *d, const char *needle)
{
    for (size_t i = 0; i < d->n_reasons; i++)
        if (strstr(d->reasons[i], needle)) return true;
    return false;
}

static void test_plain_insult_held_with_reason(void **state)
{
    (void)state;
    mod_engine *e = engine("{\"hold\":0.8,\"reject\":null}", true);
    assert_non_null(e);
    util_arena *a = util_arena_new();
    mod_input in = {.text = "You pathetic worthless loser, nobody here cares.", .lang = "en",
                    .ms_since_load = 30000};
    mod_decision d;
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    assert_int_equal(d.action, MOD_HOLD);
    assert_string_equal(d.category, "insult");
    assert_string_equal(d.abuse_category, "insult");
    assert_true(d.abuse_prob >= 0.8 && d.abuse_prob <= 1);
    assert_int_equal(d.n_matches, 0);   /* no lexicon: the model alone decided */
    assert_true(d.n_abuse_tokens > 0);
    bool named = false;
    for (size_t i = 0; i < d.n_abuse_tokens; i++) {
        assert_true(d.abuse_tokens[i].prob >= 0 && d.abuse_tokens[i].prob <= 1);
        if (strcmp(d.abuse_tokens[i].token, "w:pathetic") == 0 ||
            strcmp(d.abuse_tokens[i].token, "w:worthless") == 0)
            named = true;
    }
    assert_true(named);
    assert_true(has_reason(&d, "abuse model: probability"));
    assert_true(has_reason(&d, "hold cut-off 0.800"));
    /* the explain JSON carries the same */
    json_error_t je;
    json_t *o = json_loads(mod_decision_to_json(&d, a), 0, &je);
    assert_non_null(o);
    json_t *ab = json_object_get(o, "abuse");
    assert_true(json_is_object(ab));
    assert_true(json_real_value(json_object_get(ab, "prob")) >= 0.8);
    assert_string_equal(json_string_value(json_object_get(ab, "category")), "insult");
    assert_true(json_array_size(json_object_get(ab, "tokens")) > 0);
    assert_string_equal(json_string_value(json_object_get(o, "action")), "hold");
    json_decref(o);
    /* a threat in plain words is named as such */
    mod_input th = {.text = "We will come for you, we know where you live.", .lang = "en",
                    .ms_since_load = 30000};
    assert_int_equal(mod_decide(e, &th, a, &d), MOD_OK);
    assert_int_equal(d.action, MOD_HOLD);
    assert_string_equal(d.category, "threat");
    util_arena_free(a);
    mod_engine_free(e);
}

/* Session 22: one abusive paragraph in a long, reasonable comment is
 * scored alone too (the highest score counts), so the ham around it does
 * not dilute it; a "> " quote of the comment answered is not. */
static void test_paragraph_scored_alone(void **state)
{
    (void)state;
    mod_engine *e = engine("{\"hold\":0.8,\"reject\":null}", true);
    assert_non_null(e);
    util_arena *a = util_arena_new();
    static const char ham_para[] =
        "The mayor explained the budget at the council meeting last night. I disagree with the article, "
        "the figures on housing look wrong to me. The council should publish the full audit before the "
        "vote. Thanks for the clear report, the new bus line will help our street. Good article, I "
        "learned a lot about the history of the port.";
    char text[2048];
    snprintf(text, sizeof text, "%s\nYou pathetic worthless loser, nobody here cares.\n%s", ham_para, ham_para);
    mod_input in = {.text = text, .lang = "en", .ms_since_load = 30000};
    mod_decision d;
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    assert_int_equal(d.action, MOD_HOLD);
    assert_string_equal(d.abuse_category, "insult");
    bool named = false;
    for (size_t i = 0; i < d.n_abuse_tokens; i++)
        named |= strcmp(d.abuse_tokens[i].token, "w:pathetic") == 0 || strcmp(d.abuse_tokens[i].token, "w:worthless") == 0;
    assert_true(named);   /* the paragraph's words explain the score */
    /* the same words quoted from the comment answered, then rebutted */
    snprintf(text, sizeof text, "> You pathetic worthless loser, nobody here cares.\n%s\n%s", ham_para, ham_para);
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    assert_int_equal(d.action, MOD_PUBLISH);
    /* the ham paragraphs alone */
    snprintf(text, sizeof text, "%s\n%s", ham_para, ham_para);
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    assert_int_equal(d.action, MOD_PUBLISH);
    util_arena_free(a);
    mod_engine_free(e);
}

static void test_ham_published(void **state)
{
    (void)state;
    mod_engine *e = engine("{\"hold\":0.8,\"reject\":0.99}", true);
    assert_non_null(e);
    const char *ham[] = {"The mayor should publish the audit of the port before the council vote.",
                         "Thanks for the article, the history of the bus line was new to me.",
                         "I disagree with the minister on the school reform."};
    for (size_t i = 0; i < sizeof ham / sizeof *ham; i++) {
        util_arena *a = util_arena_new();
        mod_input in = {.text = ham[i], .lang = "en", .ms_since_load = 30000};
        mod_decision d;
        assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
        assert_int_equal(d.action, MOD_PUBLISH);
        assert_true(d.abuse_prob >= 0 && d.abuse_prob < 0.8);
        assert_null(d.abuse_category);
        assert_true(has_reason(&d, "abuse model: probability"));
        util_arena_free(a);
    }
    mod_engine_free(e);
}

/* A comment without one word Fisher holds as evidence is scored but never
 * held or rejected by the model, however low the cut-offs: its score is
 * the regression's n-grams and bias alone. */
static void test_no_clue_not_acted_on(void **state)
{
    (void)state;
    mod_engine *e = engine("{\"hold\":0.0001,\"reject\":0.0002}", true);
    assert_non_null(e);
    util_arena *a = util_arena_new();
    mod_input in = {.text = "Zorglub quixotic.", .lang = "en", .ms_since_load = 30000};
    mod_decision d;
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    assert_int_equal(d.action, MOD_PUBLISH);
    assert_true(d.abuse_prob > 0.0002);   /* scored, over both cut-offs */
    assert_int_equal(d.n_abuse_tokens, 0);
    assert_null(d.abuse_category);
    assert_true(has_reason(&d, "abuse model: probability"));
    assert_true(has_reason(&d, "from 0 clues"));
    /* the same cut-offs act on a comment with clues */
    mod_input in2 = {.text = "You pathetic worthless loser, nobody here cares.", .lang = "en",
                     .ms_since_load = 30000};
    assert_int_equal(mod_decide(e, &in2, a, &d), MOD_OK);
    assert_int_equal(d.action, MOD_REJECT);
    util_arena_free(a);
    mod_engine_free(e);
}

static void test_reject_only_for_rejecting_category(void **state)
{
    (void)state;
    mod_engine *e = engine("{\"hold\":0.5,\"reject\":0.8}", true);
    assert_non_null(e);
    util_arena *a = util_arena_new();
    mod_input in = {.text = "You pathetic worthless loser, nobody here cares.", .lang = "en",
                    .ms_since_load = 30000};
    mod_decision d;
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    assert_int_equal(d.action, MOD_REJECT);
    assert_string_equal(d.category, "insult");
    assert_string_equal(d.message, "No insults.");
    assert_true(has_reason(&d, "reject cut-off"));
    /* defamation holds in this policy: the model holds it, never rejects */
    mod_input df = {.text = "Paul Martin steals from the charity funds.", .lang = "en",
                    .ms_since_load = 30000};
    assert_int_equal(mod_decide(e, &df, a, &d), MOD_OK);
    assert_true(d.abuse_prob >= 0.8);
    assert_int_equal(d.action, MOD_HOLD);
    assert_string_equal(d.category, "defamation");
    assert_null(d.message);
    util_arena_free(a);
    mod_engine_free(e);
}

/* The countered rule (engine.c): when the policy read the words of the
 * model's category as counter-speech or a mention (a match the context
 * cancelled, none that counts), the model acts only at its reject
 * cut-off; the same for the first category of the policy and for the
 * last it may have, the 64th (policy.c refuses more; the engine kept two
 * 64-bit masks of categories until session 15, an array sized by the
 * policy's count since). */
static void test_countered_any_category_index(void **state)
{
    (void)state;
    static const char insult[] =
        "\"insult\":{\"action\":\"reject\",\"message\":{\"en\":\"No insults.\"},"
        "\"lexicon\":{\"en\":{\"contextual\":[\"worthless loser\"]}}}";
    util_buf pol = {0};
    static const int before[] = {0, 63, 64};   /* categories before insult */
    for (size_t t = 0; t < sizeof before / sizeof *before; t++) {
        int fillers = before[t];
        pol.len = 0;
        util_buf_puts(&pol, "{\"version\":1,\"default_lang\":\"en\",\"context\":{\"counter\":[\"myth\"]},"
                            "\"abuse_model\":{\"hold\":0.5,\"reject\":null},\"categories\":{");
        for (int i = 0; i < fillers; i++) util_buf_printf(&pol, "\"c%02d\":{\"action\":\"hold\"},", i);
        util_buf_puts(&pol, insult);
        util_buf_puts(&pol, "}}");
        char err[512];
        mod_config c;
        mod_config_defaults(&c);
        c.abuse_train_text = train_tsv;
        c.abuse_train_len = sizeof train_tsv - 1;
        c.abuse_ham_text = ham_tsv;
        c.abuse_ham_len = sizeof ham_tsv - 1;
        c.policy_json = pol.data;
        mod_engine *e = mod_engine_new(&c, err, sizeof err);
        if (fillers == 64) {   /* 65 categories */
            assert_null(e);
            assert_non_null(strstr(err, "categories: at most 64"));
            continue;
        }
        if (e == NULL) fail_msg("engine: %s", err);
        util_arena *a = util_arena_new();
        /* the policy's match counts: the model holds too */
        mod_input used = {.text = "You pathetic worthless loser, nobody here cares.", .lang = "en",
                          .ms_since_load = 30000};
        mod_decision d;
        assert_int_equal(mod_decide(e, &used, a, &d), MOD_OK);
        assert_int_equal(d.action, MOD_REJECT);
        /* the policy's match cancelled by the context: the model, over its
         * hold cut-off, does not hold */
        mod_input countered = {.text = "The pathetic worthless loser is a myth, nobody here cares.",
                               .lang = "en", .ms_since_load = 30000};
        assert_int_equal(mod_decide(e, &countered, a, &d), MOD_OK);
        assert_int_equal(d.n_matches, 1);
        assert_true(d.matches[0].neutralized);
        assert_string_equal(d.abuse_category, "insult");
        assert_true(d.abuse_prob >= 0.5);
        if (d.action != MOD_PUBLISH)
            fail_msg("%d categories before insult: %s", fillers, mod_action_name(d.action));
        assert_true(has_reason(&d, "counter-speech or a mention: acted on only at the reject cut-off"));
        util_arena_free(a);
        mod_engine_free(e);
    }
    util_buf_free(&pol);
}

static void test_off_and_absent(void **state)
{
    (void)state;
    /* section absent, or both cut-offs null: the model does not run */
    const char *secs[] = {NULL, "{\"hold\":null,\"reject\":null}"};
    for (int i = 0; i < 2; i++) {
        mod_engine *e = engine(secs[i], true);
        assert_non_null(e);
        util_arena *a = util_arena_new();
        mod_input in = {.text = "You pathetic worthless loser, nobody here cares.",
                        .ms_since_load = 30000};
        mod_decision d;
        assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
        assert_int_equal(d.action, MOD_PUBLISH);
        assert_true(d.abuse_prob < 0);
        json_t *o = json_loads(mod_decision_to_json(&d, a), 0, NULL);
        assert_true(json_is_null(json_object_get(o, "abuse")));
        json_decref(o);
        util_arena_free(a);
        mod_engine_free(e);
    }
    /* no training data: no model, even with the section on */
    mod_engine *e = engine("{\"hold\":0.5}", false);
    assert_non_null(e);
    util_arena *a = util_arena_new();
    mod_input in = {.text = "You pathetic worthless loser.", .ms_since_load = 30000};
    mod_decision d;
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    assert_int_equal(d.action, MOD_PUBLISH);
    assert_true(d.abuse_prob < 0);
    util_arena_free(a);
    mod_engine_free(e);
}

static void test_per_category(void **state)
{
    (void)state;
    /* insults never held by the model here, threats held from 0.5 */
    mod_engine *e = engine("{\"hold\":0.5,\"per_category\":{\"insult\":{\"hold\":null},"
                           "\"threat\":{\"reject\":0.999999}}}", true);
    assert_non_null(e);
    util_arena *a = util_arena_new();
    mod_input in = {.text = "You pathetic worthless loser, nobody here cares.", .lang = "en",
                    .ms_since_load = 30000};
    mod_decision d;
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    assert_int_equal(d.action, MOD_PUBLISH);
    assert_string_equal(d.abuse_category, "insult");   /* named, not acted on */
    mod_input th = {.text = "We will come for you, we know where you live.", .lang = "en",
                    .ms_since_load = 30000};
    assert_int_equal(mod_decide(e, &th, a, &d), MOD_OK);
    assert_int_equal(d.action, MOD_HOLD);
    assert_string_equal(d.category, "threat");
    assert_true(has_reason(&d, "cut-off 0.500 of threat"));
    util_arena_free(a);
    mod_engine_free(e);
}

static void test_policy_section(void **state)
{
    (void)state;
    char err[300];
    /* parsed and round-tripped */
    const char *js = policy_json("{\"description\":\"x\",\"hold\":0.85,\"reject\":0.999}");
    mod_policy *p = mod_policy_parse(js, strlen(js), err, sizeof err);
    assert_non_null(p);
    char *out = mod_policy_to_json(p);
    json_t *o = json_loads(out, 0, NULL);
    json_t *am = json_object_get(o, "abuse_model");
    assert_true(json_is_object(am));
    assert_true(json_real_value(json_object_get(am, "hold")) == 0.85);
    assert_true(json_real_value(json_object_get(am, "reject")) == 0.999);
    json_decref(o);
    mod_policy *p2 = mod_policy_parse(out, strlen(out), err, sizeof err);
    assert_non_null(p2);
    char *out2 = mod_policy_to_json(p2);
    assert_string_equal(out, out2);
    free(out);
    free(out2);
    mod_policy_free(p);
    mod_policy_free(p2);
    js = policy_json("{\"hold\":0.99,\"per_category\":{\"insult\":{\"hold\":0.9,\"reject\":0.999},"
                     "\"defamation\":{\"hold\":null}}}");
    p = mod_policy_parse(js, strlen(js), err, sizeof err);
    assert_non_null(p);
    out = mod_policy_to_json(p);
    assert_non_null(strstr(out, "\"per_category\""));
    p2 = mod_policy_parse(out, strlen(out), err, sizeof err);
    assert_non_null(p2);
    free(out);
    mod_policy_free(p);
    mod_policy_free(p2);
    /* integers 1 and null are valid */
    js = policy_json("{\"hold\":1,\"reject\":null}");
    p = mod_policy_parse(js, strlen(js), err, sizeof err);
    assert_non_null(p);
    mod_policy_free(p);

    struct {
        const char *sec, *msg;
    } bad[] = {
        {"{\"hold\":0}", "abuse_model.hold: must be a probability in (0, 1]"},
        {"{\"hold\":1.5}", "abuse_model.hold: must be a probability in (0, 1]"},
        {"{\"hold\":-0.2}", "abuse_model.hold: must be a probability in (0, 1]"},
        {"{\"hold\":\"high\"}", "abuse_model.hold: must be a probability in (0, 1]"},
        {"{\"hold\":true}", "abuse_model.hold: must be a probability in (0, 1]"},
        {"{\"reject\":2}", "abuse_model.reject: must be a probability in (0, 1]"},
        {"{\"hold\":0.9,\"reject\":0.5}", "abuse_model.reject: must be at least abuse_model.hold"},
        {"{\"hold\":0.9,\"cutoff\":0.5}", "abuse_model.cutoff: unknown key"},
        {"{\"hold\":0.9,\"description\":3}", "abuse_model.description: must be a string"},
        {"[0.9]", "abuse_model: must be an object"},
        {"0.9", "abuse_model: must be an object"},
        {"{\"per_category\":{\"spam\":{\"hold\":0.9}}}",
         "abuse_model.per_category.spam: not a category of the abuse model"},
        {"{\"per_category\":{\"insult\":0.9}}", "abuse_model.per_category.insult: must be an object"},
        {"{\"per_category\":{\"insult\":{\"hold\":3}}}",
         "abuse_model.per_category.insult.hold: must be a probability in (0, 1]"},
        {"{\"per_category\":{\"insult\":{\"hold\":0.9,\"reject\":0.8}}}",
         "abuse_model.per_category.insult.reject: must be at least the category's hold cut-off"},
        {"{\"hold\":0.9,\"per_category\":{\"insult\":{\"reject\":0.8}}}",
         "abuse_model.per_category.insult.reject: must be at least the category's hold cut-off"},
        {"{\"per_category\":{\"insult\":{\"held\":0.9}}}",
         "abuse_model.per_category.insult.held: unknown key"},
        {"{\"per_category\":[]}", "abuse_model.per_category: must be an object"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        js = policy_json(bad[i].sec);
        p = mod_policy_parse(js, strlen(js), err, sizeof err);
        assert_null(p);
        if (strstr(err, bad[i].msg) == NULL) fail_msg("%s: got \"%s\"", bad[i].sec, err);
    }
    /* a bad section PUT at run time changes nothing */
    mod_engine *e = engine("{\"hold\":0.8}", true);
    assert_non_null(e);
    js = policy_json("{\"hold\":7}");
    assert_int_equal(mod_engine_put_policy_json(e, js, strlen(js), NULL, err, sizeof err), MOD_EINVAL);
    assert_non_null(strstr(err, "abuse_model.hold"));
    char *cur = mod_engine_policy_json(e);
    assert_non_null(strstr(cur, "0.8"));
    free(cur);
    mod_engine_free(e);
}

static void test_training_errors(void **state)
{
    (void)state;
    char err[512];
    mod_config c;
    mod_config_defaults(&c);
    static const char bad_label[] = "ham\ten\tfine comment\nrudeness\ten\tyou clown\n";
    c.abuse_train_text = bad_label;
    c.abuse_train_len = sizeof bad_label - 1;
    assert_null(mod_engine_new(&c, err, sizeof err));
    assert_non_null(strstr(err, "line 2"));
    assert_non_null(strstr(err, "rudeness"));
    static const char no_tab[] = "ham\ten\tfine comment\ninsult you clown\n";
    c.abuse_train_text = no_tab;
    c.abuse_train_len = sizeof no_tab - 1;
    assert_null(mod_engine_new(&c, err, sizeof err));
    assert_non_null(strstr(err, "line 2: expected \"label<TAB>lang<TAB>text\""));
    static const char only_ham[] = "ham\ten\tfine comment\nham\ten\tanother one\n";
    c.abuse_train_text = only_ham;
    c.abuse_train_len = sizeof only_ham - 1;
    assert_null(mod_engine_new(&c, err, sizeof err));
    assert_non_null(strstr(err, "needs both ham and abusive comments"));
    c.abuse_train_text = NULL;
    c.abuse_train_file = "/nonexistent/abuse_train.tsv";
    assert_null(mod_engine_new(&c, err, sizeof err));
    assert_non_null(strstr(err, "/nonexistent/abuse_train.tsv"));
    c.abuse_train_file = NULL;
    c.abuse_train_text = train_tsv;
    c.abuse_train_len = sizeof train_tsv - 1;
    c.abuse_min_dev = 0.7;
    assert_null(mod_engine_new(&c, err, sizeof err));
    assert_non_null(strstr(err, "abuse_min_dev"));
}

/* The abuse model's features of text (arena a). */
static void abuse_feats_of(const char *text, util_arena *a, mod__feats *out)
{
    mod__doc d;
    mod__analyze(text, strlen(text), a, &d);
    mod__feats all;
    mod__features(&d, NULL, a, &all);
    mod__abuse_feats(NULL, &d, &all, a, out);
}

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

/* The character n-grams of a comment's words: after every feature Fisher
 * reads, each once, of the normalized words (leetspeak read as letters);
 * a word shorter than an n-gram is one feature. */
static void test_char_ngrams(void **state)
{
    (void)state;
    util_arena *a = util_arena_new();
    mod__feats f, g, s;
    abuse_feats_of("Tu es un idiot, un vrai idiot.", a, &f);
    abuse_feats_of("Tu es un 1d10t, un vrai 1d10t.", a, &g);
    /* the n-grams are the hashes after the n_named features v describes */
    size_t ng = f.n - f.n_named;
    for (size_t i = 0; i < f.n; i++) {
        if (i < f.n_named) assert_int_not_equal(f.v[i].kind, MOD__F_ABUSE_GRAM);
        for (size_t j = 0; j < i; j++) assert_true(f.h[i] != f.h[j]);
    }
    /* "<tu>" "<es>" "<un>" (one each), "<idi" "idio" "diot" "iot>" (once:
     * the word twice), "<vra" "vrai" "rai>" */
    assert_int_equal(ng, 3 + 4 + 3);
    /* the same n-grams for the leetspeak spelling (normalized words) */
    uint64_t *x = util_arena_alloc(a, ng * sizeof *x), *y = util_arena_alloc(a, ng * sizeof *y);
    size_t nx = 0, ny = 0;
    for (size_t i = f.n_named; i < f.n; i++) x[nx++] = f.h[i];
    for (size_t i = g.n_named; i < g.n && ny < ng; i++) y[ny++] = g.h[i];
    assert_int_equal(nx, ny);
    qsort(x, nx, sizeof *x, cmp_u64);
    qsort(y, ny, sizeof *y, cmp_u64);
    assert_memory_equal(x, y, nx * sizeof *x);
    /* no word, no n-gram */
    abuse_feats_of("!!! ???", a, &s);
    assert_int_equal(s.n, s.n_named);
    for (size_t i = 0; i < s.n; i++) assert_int_not_equal(s.v[i].kind, MOD__F_ABUSE_GRAM);
    util_arena_free(a);
}

/* Compounds not read, for the tests' models (no word of train_tsv). */
static const char idioms_txt[] = "# test\ncul de sac\ncul sec\n";

/* c: the defaults and the test training set (train_tsv, ham_tsv,
 * idioms_txt). */
static void training_config(mod_config *c)
{
    mod_config_defaults(c);
    c->abuse_train_text = train_tsv;
    c->abuse_train_len = sizeof train_tsv - 1;
    c->abuse_ham_text = ham_tsv;
    c->abuse_ham_len = sizeof ham_tsv - 1;
    c->abuse_idioms_text = idioms_txt;
    c->abuse_idioms_len = sizeof idioms_txt - 1;
}

/* True when model m's features of text read word (a feature of its
 * token: the word, a pair or skip pair, a stem). */
static bool model_reads(const mod__abuse *m, const char *text, const char *word)
{
    util_arena *a = util_arena_new();
    mod__doc d;
    mod__analyze(text, strlen(text), a, &d);
    mod__feats all, f;
    mod__features(&d, NULL, a, &all);
    mod__abuse_feats(m, &d, &all, a, &f);
    bool found = false;
    for (size_t i = 0; i < f.n_named; i++) {
        const mod__feat *x = &f.v[i];
        uint32_t t[2] = {x->a, x->kind == MOD__F_BIGRAM || x->kind == MOD__F_SKIP ? x->b : x->a};
        for (int j = 0; j < 2; j++) {
            const mod__tok *k = &d.toks[t[j]];
            if (strcmp(k->alt ? k->alt : k->form, word) == 0) found = true;
        }
    }
    util_arena_free(a);
    return found;
}

/* Session 14: the words of a fixed compound in which a swear word names a
 * thing (data/moderation/abuse_idioms.txt, abuse_idioms.c: a dead end, a
 * drink downed, a mixing bowl) are not read, written with hyphens or
 * spaces; parted by a comma they are, and so is the word when the comment
 * has it elsewhere too (a feature is kept once, on its first place), or
 * in a compound naming a person.  The list is the shipped file, read with
 * the training data and kept in the model (session 15); a model trained
 * without a list reads every word. */
static void test_idioms_not_read(void **state)
{
    (void)state;
    char err[512], path[512];
    mod_config c;
    training_config(&c);
    c.abuse_idioms_text = NULL;
    mod__abuse *none = NULL, *m = NULL;
    assert_int_equal(mod__abuse_new(&c, &none, err, sizeof err), MOD_OK);
    c.abuse_idioms_file = mt_path(path, sizeof path, "data/moderation/abuse_idioms.txt");
    if (mod__abuse_new(&c, &m, err, sizeof err) != MOD_OK) fail_msg("%s", err);
    assert_true(m->idioms.n >= 10);
    assert_false(model_reads(m, "Le cul-de-sac derrière le collège n'est jamais déneigé.", "cul"));
    assert_false(model_reads(m, "Le cul-de-sac derrière le collège n'est jamais déneigé.", "sac"));
    assert_true(model_reads(m, "Le cul-de-sac derrière le collège n'est jamais déneigé.", "college"));
    assert_true(model_reads(none, "Le cul-de-sac derrière le collège n'est jamais déneigé.", "cul"));
    assert_true(model_reads(NULL, "Le cul-de-sac derrière le collège n'est jamais déneigé.", "cul"));
    assert_false(model_reads(m, "Il a vidé son verre cul sec.", "cul"));
    assert_false(model_reads(m, "Montez les blancs dans un cul de poule.", "cul"));
    assert_false(model_reads(m, "Des lunettes en culs-de-bouteille.", "culs"));
    assert_false(model_reads(m, "Jeté au cul de basse fosse, puis cul sec.", "fosse"));
    assert_true(model_reads(m, "Un coup de pied au cul, de sac en sac.", "cul"));
    assert_true(model_reads(m, "Trou du cul, retourne dans ton cul-de-sac.", "cul"));
    assert_true(model_reads(m, "Trou du cul, retourne dans ton cul-de-sac.", "trou"));
    assert_false(model_reads(m, "Trou du cul, retourne dans ton cul-de-sac.", "sac"));
    assert_true(model_reads(m, "Espèce de tire-au-cul.", "cul"));
    /* a word of a compound that is also a word elsewhere, in a long
     * comment: "de" stands outside the compounds, "sac" does not */
    util_buf b = {0};
    for (int i = 0; i < 200; i++) util_buf_puts(&b, "Le cul-de-sac et le cul de poule de la voisine. ");
    assert_true(model_reads(m, b.data, "de"));
    assert_false(model_reads(m, b.data, "sac"));
    assert_false(model_reads(m, b.data, "poule"));
    util_buf_free(&b);
    mod__abuse_free(none);
    mod__abuse_free(m);
}

/* The list's format (abuse_idioms.txt's header): one compound a line,
 * read as a comment is (case, accents, hyphens), '#' lines and blank
 * lines skipped; a line of one word is refused with its number, and so is
 * a list that cannot be read; the model file's form ("w w\n" a compound)
 * refuses anything else. */
static void test_idioms_list(void **state)
{
    (void)state;
    char err[512];
    mod__idioms id;
    static const char list[] = "# compounds\n\n  Cul-de-Sac\r\ncul   SÈC\n# end";
    assert_int_equal(mod__idioms_parse(list, sizeof list - 1, "t", &id, err, sizeof err), MOD_OK);
    assert_int_equal(id.n, 2);
    assert_int_equal(id.canon_len, strlen("cul de sac\ncul sec\n"));
    assert_memory_equal(id.canon, "cul de sac\ncul sec\n", id.canon_len);
    assert_int_equal(id.at[1] - id.at[0], 3);
    assert_string_equal(id.w[id.at[1]], "cul");
    assert_string_equal(id.w[id.at[1] + 1], "sec");
    mod__idioms_free(&id);
    assert_int_equal(mod__idioms_parse("cul sec\nsac\n", 12, "t", &id, err, sizeof err), MOD_EFORMAT);
    assert_non_null(strstr(err, "t: line 2: a compound of two words or more"));
    assert_int_equal(id.n, 0);
    assert_int_equal(mod__idioms_parse("", 0, "t", &id, err, sizeof err), MOD_OK);
    assert_int_equal(id.n, 0);
    mod__idioms_free(&id);
    const char *bad[] = {"cul\n", "cul  sac\n", "cul sac", " cul sac\n", "cul sac\n\n"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_false(mod__idioms_set(&id, bad[i], strlen(bad[i])));
        assert_int_equal(id.n, 0);
    }
    assert_false(mod__idioms_set(&id, "cul\0sac\n", 8));
    assert_true(mod__idioms_set(&id, "cul sac\n", 8));
    assert_int_equal(id.n, 1);
    mod__idioms_free(&id);
    /* through the configuration: errors name the list */
    mod_config c;
    training_config(&c);
    mod__abuse *m = NULL;
    c.abuse_idioms_text = "cul de sac\ncul\n";
    c.abuse_idioms_len = strlen(c.abuse_idioms_text);
    assert_int_equal(mod__abuse_new(&c, &m, err, sizeof err), MOD_EFORMAT);
    assert_null(m);
    assert_non_null(strstr(err, "abuse idioms text: line 2"));
    c.abuse_idioms_text = NULL;
    c.abuse_idioms_file = "/nonexistent/abuse_idioms.txt";
    assert_int_equal(mod__abuse_new(&c, &m, err, sizeof err), MOD_EIO);
    assert_null(m);
    assert_non_null(strstr(err, "/nonexistent/abuse_idioms.txt"));
}

/* The model trained from the test set, as mod_abuse_model_write writes it
 * (malloc'd; *len bytes). */
static char *model_bytes(size_t *len)
{
    char err[512];
    mod_config c;
    training_config(&c);
    char *blob = NULL;
    FILE *f = open_memstream(&blob, len);
    assert_int_equal(mod_abuse_model_write(&c, f, err, sizeof err), MOD_OK);
    fclose(f);
    return blob;
}

/* The regression beside Fisher: trained the same way at every start,
 * positive log-odds for an abusive training comment, negative for a
 * legitimate one, and the mixed probability between Fisher's and the
 * regression's when they disagree. */
static void test_regression(void **state)
{
    (void)state;
    char err[512];
    mod_config c;
    training_config(&c);
    mod__abuse *m1 = NULL, *m2 = NULL;
    assert_int_equal(mod__abuse_new(&c, &m1, err, sizeof err), MOD_OK);
    assert_int_equal(mod__abuse_new(&c, &m2, err, sizeof err), MOD_OK);
    assert_non_null(m1);
    util_arena *a = util_arena_new();
    mod__feats bad, good, odd;
    abuse_feats_of("What a pathetic worthless clown, go back under your rock loser.", a, &bad);
    abuse_feats_of("Thanks for the clear report, the new bus line will help our street.", a, &good);
    double zb = mod__abuse_lr_z(m1, &bad), zg = mod__abuse_lr_z(m1, &good);
    assert_true(zb > 0);
    assert_true(zg < 0);
    assert_true(mod__abuse_lr_z(m2, &bad) == zb);   /* deterministic training */
    mod__class_result rb, rg;
    assert_int_equal(mod__abuse_score(m1, &bad, a, &rb), MOD_OK);
    assert_int_equal(mod__abuse_score(m1, &good, a, &rg), MOD_OK);
    assert_true(rb.prob > 0.5 && rb.prob <= 1);
    assert_true(rg.prob >= 0 && rg.prob < 0.5);
    assert_true(rb.n_clues > 0);
    for (size_t i = 0; i < rb.n_clues; i++) {   /* the clues are Fisher's: never an n-gram */
        assert_true(rb.clues[i].feat < bad.n_named);
        assert_int_not_equal(bad.v[rb.clues[i].feat].kind, MOD__F_ABUSE_GRAM);
    }
    /* an inflection no training comment holds: only the n-grams know it */
    abuse_feats_of("Pathetically worthlessness.", a, &odd);
    assert_true(mod__abuse_lr_z(m1, &odd) > mod__abuse_lr_z(m1, &good));
    util_arena_free(a);
    mod__abuse_free(m1);
    mod__abuse_free(m2);
}

/* The model written by mod_abuse_model_write (as the build writes the
 * shipped one) and read back: the same tables, weights and scores as the
 * model trained in memory; an engine built from the bytes decides as one
 * that trains. */
static void test_model_blob_round_trip(void **state)
{
    (void)state;
    char err[512];
    mod_config c;
    training_config(&c);
    size_t len = 0;
    char *blob = model_bytes(&len);
    mod__abuse *trained = NULL, *read = NULL;
    assert_int_equal(mod__abuse_new(&c, &trained, err, sizeof err), MOD_OK);
    assert_int_equal(mod__abuse_load(blob, len, &read, err, sizeof err), MOD_OK);
    uint64_t a1, h1, a2, h2;
    size_t f1, c1, f2, c2;
    mod__abuse_stats(trained, &a1, &h1, &f1, &c1);
    mod__abuse_stats(read, &a2, &h2, &f2, &c2);
    assert_true(a1 == a2 && h1 == h2 && f1 == f2 && c1 == c2);
    assert_int_equal(read->idioms.n, 2);   /* the compounds travel in the bytes */
    assert_int_equal(read->idioms.canon_len, trained->idioms.canon_len);
    assert_memory_equal(read->idioms.canon, trained->idioms.canon, trained->idioms.canon_len);
    assert_true(model_reads(trained, "Au fond du cul-de-sac.", "fond"));
    assert_false(model_reads(read, "Au fond du cul-de-sac.", "cul"));
    util_arena *a = util_arena_new();
    const char *texts[] = {"What a pathetic worthless clown, go back under your rock loser.",
                           "We know where you live, we will come for you.",
                           "Thanks for the clear report, the new bus line will help our street.",
                           "Pathetically worthlessness.", "Paul Martin steals from the charity."};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        mod__feats ft;
        abuse_feats_of(texts[i], a, &ft);
        mod__class_result r1, r2;
        assert_int_equal(mod__abuse_score(trained, &ft, a, &r1), MOD_OK);
        assert_int_equal(mod__abuse_score(read, &ft, a, &r2), MOD_OK);
        assert_true(r1.prob == r2.prob && r1.n_clues == r2.n_clues);
        int k1, k2;
        double p1, p2;
        assert_int_equal(mod__abuse_category(trained, &ft, a, &k1, &p1), MOD_OK);
        assert_int_equal(mod__abuse_category(read, &ft, a, &k2, &p2), MOD_OK);
        assert_true(k1 == k2 && p1 == p2);
    }
    /* the frozen tables do not learn */
    uint64_t h = 42;
    assert_int_equal(read->bin->vt->learn(read->bin->ctx, &h, 1, true, 1), MOD_EINVAL);
    mod__abuse_free(trained);
    mod__abuse_free(read);
    /* an engine from the bytes: the same decision as one that trains */
    mod_engine *e1 = engine("{\"hold\":0.8,\"reject\":null}", true);
    mod_config_defaults(&c);
    c.policy_json = policy_json("{\"hold\":0.8,\"reject\":null}");
    c.abuse_model_blob = blob;
    c.abuse_model_len = len;
    mod_engine *e2 = mod_engine_new(&c, err, sizeof err);
    assert_non_null(e1);
    assert_non_null(e2);
    mod_input in = {.text = "You pathetic worthless loser, nobody here cares.", .lang = "en",
                    .ms_since_load = 30000};
    mod_decision d1, d2;
    assert_int_equal(mod_decide(e1, &in, a, &d1), MOD_OK);
    assert_int_equal(mod_decide(e2, &in, a, &d2), MOD_OK);
    assert_int_equal(d1.action, MOD_HOLD);
    assert_int_equal(d2.action, d1.action);
    assert_true(d1.abuse_prob == d2.abuse_prob);
    assert_string_equal(d2.abuse_category, d1.abuse_category);
    mod_engine_free(e1);
    mod_engine_free(e2);
    util_arena_free(a);
    free(blob);
}

/* Writes a model's checksum again after a test changed its bytes. */
static void resum(char *blob, size_t len)
{
    util_buf b = {0};
    mod__put_le(&b, mod__file_sum((const unsigned char *)blob, len - 8, MOD__ABUSE_BLOB_SEED), 8);
    memcpy(blob + len - 8, b.data, 8);
    util_buf_free(&b);
}

/* Bytes that are not a whole model of this format are refused with a
 * message, and leave nothing behind (the sanitizer build checks leaks). */
static void test_model_blob_refused(void **state)
{
    (void)state;
    char err[512];
    size_t len = 0;
    char *blob = model_bytes(&len);
    mod__abuse *m = NULL;
    assert_int_equal(mod__abuse_load(blob, len - 1, &m, err, sizeof err), MOD_EFORMAT);   /* cut */
    assert_null(m);
    assert_non_null(strstr(err, "truncated or damaged"));
    assert_int_equal(mod__abuse_load(blob, 20, &m, err, sizeof err), MOD_EFORMAT);
    assert_int_equal(mod__abuse_load(blob, 3, &m, err, sizeof err), MOD_EFORMAT);
    char *more = malloc(len + 1);   /* a byte too many */
    memcpy(more, blob, len);
    more[len] = 0;
    assert_int_equal(mod__abuse_load(more, len + 1, &m, err, sizeof err), MOD_EFORMAT);
    free(more);
    /* a byte changed: the checksum */
    blob[200] ^= 1;
    assert_int_equal(mod__abuse_load(blob, len, &m, err, sizeof err), MOD_EFORMAT);
    assert_non_null(strstr(err, "checksum"));
    blob[200] ^= 1;
    /* the feature settings of another build (the stem length, at byte 12),
     * checksum made good */
    blob[12] ^= 1;
    resum(blob, len);
    assert_int_equal(mod__abuse_load(blob, len, &m, err, sizeof err), MOD_EFORMAT);
    assert_non_null(strstr(err, "other feature settings"));
    blob[12] ^= 1;
    /* the compounds, last before the checksum ("cul de sac\ncul sec\n"),
     * made a compound of one word: refused */
    size_t last = len - 8 - strlen(" sec\n");
    assert_int_equal(blob[last], ' ');
    blob[last] = '\n';
    resum(blob, len);
    assert_int_equal(mod__abuse_load(blob, len, &m, err, sizeof err), MOD_EFORMAT);
    assert_non_null(strstr(err, "truncated or damaged"));
    blob[last] = ' ';
    resum(blob, len);
    assert_int_equal(mod__abuse_load(blob, len, &m, err, sizeof err), MOD_OK);
    mod__abuse_free(m);
    m = NULL;
    /* two entries of the first table swapped: out of order */
    size_t head = 8 + 4 * 4 + 8 * 3 + 8 * (2 + MOD__ABUSE_NCAT) + 8 * 3 + 8 * 6;
    char tmp[16];
    memcpy(tmp, blob + head, 16);
    memcpy(blob + head, blob + head + 16, 16);
    memcpy(blob + head + 16, tmp, 16);
    resum(blob, len);
    assert_int_equal(mod__abuse_load(blob, len, &m, err, sizeof err), MOD_EFORMAT);
    assert_non_null(strstr(err, "truncated or damaged"));
    memcpy(blob, "NOTAMODL", 8);
    assert_int_equal(mod__abuse_load(blob, len, &m, err, sizeof err), MOD_EFORMAT);
    assert_non_null(strstr(err, "not a model file"));
    assert_null(m);
    /* an engine given such bytes fails with the message */
    mod_config c;
    mod_config_defaults(&c);
    c.policy_json = policy_json(NULL);
    c.abuse_model_blob = blob;
    c.abuse_model_len = len;
    assert_null(mod_engine_new(&c, err, sizeof err));
    assert_non_null(strstr(err, "abuse model"));
    free(blob);
    /* nothing to train from: an error, no bytes */
    mod_config_defaults(&c);
    blob = NULL;
    FILE *f = open_memstream(&blob, &len);
    assert_int_equal(mod_abuse_model_write(&c, f, err, sizeof err), MOD_EINVAL);
    fclose(f);
    assert_int_equal(len, 0);
    free(blob);
}

/* The read-only table: found, absent, hash 0 read as 1 (as the memory
 * backend stores it), and hashes out of order refused. */
static void test_frozen_table(void **state)
{
    (void)state;
    uint64_t *h = malloc(3 * sizeof *h);
    uint32_t *x = malloc(3 * sizeof *x), *y = malloc(3 * sizeof *y);
    h[0] = 1, h[1] = 1000, h[2] = UINT64_MAX;
    x[0] = 5, x[1] = 6, x[2] = 7;
    y[0] = 8, y[1] = 9, y[2] = 10;
    mod_stat_backend *b = mod__stat_frozen_new(h, x, y, 3, 11, 12);
    assert_non_null(b);
    uint64_t q[] = {0, 1, 999, 1000, 1001, UINT64_MAX, UINT64_MAX - 1};
    uint32_t sx[7], sy[7];
    assert_int_equal(b->vt->lookup(b->ctx, q, 7, sx, sy), MOD_OK);
    uint32_t wx[] = {5, 5, 0, 6, 0, 7, 0}, wy[] = {8, 8, 0, 9, 0, 10, 0};
    assert_memory_equal(sx, wx, sizeof wx);
    assert_memory_equal(sy, wy, sizeof wy);
    uint64_t tx, ty;
    assert_int_equal(b->vt->totals(b->ctx, &tx, &ty), MOD_OK);
    assert_true(tx == 11 && ty == 12);
    mod_stat_backend_free(b);
    /* many uniform hashes: every one found, its neighbours not */
    size_t n = 5000;
    h = malloc(n * sizeof *h), x = malloc(n * sizeof *x), y = malloc(n * sizeof *y);
    for (size_t i = 0; i < n; i++) {
        h[i] = (i + 1) * (UINT64_MAX / (n + 2)) + (i * i % 977);
        x[i] = (uint32_t)i;
        y[i] = 1;
    }
    b = mod__stat_frozen_new(h, x, y, n, 1, 1);
    assert_non_null(b);
    for (size_t i = 0; i < n; i++) {   /* (h is the backend's now: its hashes again) */
        uint64_t hi = (i + 1) * (UINT64_MAX / (n + 2)) + (i * i % 977);
        uint64_t k[2] = {hi, hi + 1};
        uint32_t kx[2], ky[2];
        b->vt->lookup(b->ctx, k, 2, kx, ky);
        assert_true(kx[0] == i && ky[0] == 1 && ky[1] == 0);
    }
    mod_stat_backend_free(b);
    /* hashes that are not uniform (all in the lowest of the table's
     * ranges), asked about in one batch: every one found, the even numbers
     * between them not */
    n = 300;
    h = malloc(n * sizeof *h), x = malloc(n * sizeof *x), y = malloc(n * sizeof *y);
    for (size_t i = 0; i < n; i++) {
        h[i] = 2 * i + 1;
        x[i] = (uint32_t)i + 1;
        y[i] = 2;
    }
    b = mod__stat_frozen_new(h, x, y, n, 1, 1);
    assert_non_null(b);
    uint64_t *ks = malloc(2 * n * sizeof *ks);
    uint32_t *kx = malloc(2 * n * sizeof *kx), *ky = malloc(2 * n * sizeof *ky);
    for (size_t i = 0; i < 2 * n; i++) ks[i] = i + 1;
    assert_int_equal(b->vt->lookup(b->ctx, ks, 2 * n, kx, ky), MOD_OK);
    for (size_t i = 0; i < 2 * n; i++)
        assert_true(i % 2 ? kx[i] == 0 && ky[i] == 0 : kx[i] == i / 2 + 1 && ky[i] == 2);
    free(ks);
    free(kx);
    free(ky);
    mod_stat_backend_free(b);
    h = malloc(2 * sizeof *h), x = malloc(2 * sizeof *x), y = malloc(2 * sizeof *y);
    h[0] = 9, h[1] = 3;
    assert_null(mod__stat_frozen_new(h, x, y, 2, 1, 1));   /* frees the arrays */
}

/* The shipped model, as the server reads it: trained by the build from
 * abuse_train.tsv and abuse_ham.tsv (build/gen/abuse_model.bin,
 * embedded), with the shipped policy's cut-offs. */
static void test_shipped_model(void **state)
{
    (void)state;
    char p[512], t[512], err[512];
    mod_config c;
    mod_config_defaults(&c);
    c.policy_file = mt_path(p, sizeof p, "data/moderation/policy.json");
    c.train_file = mt_path(t, sizeof t, "data/moderation/spam_train.tsv");
    for (size_t i = 0; i < api__data_count; i++) {
        if (api__data[i].path && strcmp(api__data[i].path, "moderation/abuse_model.bin") == 0) {
            c.abuse_model_blob = api__data[i].data;
            c.abuse_model_len = api__data[i].len;
        }
    }
    assert_non_null(c.abuse_model_blob);
    mod_engine *e = mod_engine_new(&c, err, sizeof err);
    if (e == NULL) fail_msg("engine: %s", err);
    util_arena *a = util_arena_new();
    const char *ham[] = {"Merci pour cet article, le conseil municipal a enfin voté le budget.",
                         "I disagree with the mayor, but the council debate was useful.",
                         "Je suis juif et je vis à Lyon depuis vingt ans.",
                         /* identity words used neutrally (the model rejected these as
                          * racism before session 10's data against identity-term bias) */
                         "Les Noirs et les Blancs doivent avoir les mêmes droits, évidemment.",
                         "Les Blancs ne comprennent pas toujours ce que vivent les Noirs en France.",
                         "Black and white Americans should have equal rights, obviously.",
                         /* a dead end: the model read "cul" as abuse (session 14, idioms) */
                         "On habite au fond du cul-de-sac derrière le collège, personne ne déneige.",
                         /* the denial's words read as counter-speech by the policy: the
                          * model (0.97 for antisemitism in session 14) acts on that
                          * category only at its reject cut-off */
                         "Les négationnistes prétendent que les chambres à gaz n'ont jamais existé : "
                         "c'est un mensonge qui insulte les victimes."};
    for (size_t i = 0; i < sizeof ham / sizeof *ham; i++) {
        mod_input in = {.text = ham[i], .ms_since_load = 30000};
        mod_decision d;
        assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
        if (d.action != MOD_PUBLISH) fail_msg("\"%s\": %s", ham[i], mod_action_name(d.action));
        assert_true(d.abuse_prob >= 0 && d.abuse_prob <= 1);
    }
    /* an insult in plain words, written for this test (in no data file):
     * no lexicon entry matches it, the model keeps it off the page (held
     * or, above insult's reject cut-off, rejected) */
    mod_input in = {.text = "Honestly your comments are the ramblings of a brainless fool, nobody "
                            "here takes you seriously.",
                    .lang = "en", .ms_since_load = 30000};
    mod_decision d;
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    for (size_t i = 0; i < d.n_matches; i++) assert_true(d.matches[i].neutralized);
    assert_true(d.action == MOD_HOLD || d.action == MOD_REJECT);
    assert_string_equal(d.category, "insult");
    assert_true(has_reason(&d, "abuse model: probability"));
    assert_true(has_reason(&d, d.action == MOD_HOLD ? "hold for an editor" : "rejects: reject"));
    assert_true(d.n_abuse_tokens > 0);
    util_arena_free(a);
    mod_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_insult_held_with_reason),
        cmocka_unit_test(test_ham_published),
        cmocka_unit_test(test_paragraph_scored_alone),
        cmocka_unit_test(test_no_clue_not_acted_on),
        cmocka_unit_test(test_reject_only_for_rejecting_category),
        cmocka_unit_test(test_countered_any_category_index),
        cmocka_unit_test(test_off_and_absent),
        cmocka_unit_test(test_per_category),
        cmocka_unit_test(test_policy_section),
        cmocka_unit_test(test_training_errors),
        cmocka_unit_test(test_char_ngrams),
        cmocka_unit_test(test_idioms_not_read),
        cmocka_unit_test(test_idioms_list),
        cmocka_unit_test(test_regression),
        cmocka_unit_test(test_model_blob_round_trip),
        cmocka_unit_test(test_model_blob_refused),
        cmocka_unit_test(test_frozen_table),
        cmocka_unit_test(test_shipped_model),
    };
    return cmocka_run_group_tests_name("moderation/abuse", tests, NULL, NULL);
}
