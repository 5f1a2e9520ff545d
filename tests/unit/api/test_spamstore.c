/* test_spamstore — the store-backed statistics backend (api/spamstore.c) as
 * the server uses it: engines of two "nodes" (each its own pool) on one
 * SQLite database.  A node's learning is in its own decisions at once and
 * in the other node's within about a second (the version check); several
 * threads deciding while the other node learns end on the same model; a
 * replaced model reaches the other node too.
 *
 * Must never: assert inside a worker thread (cmocka longjmps). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api/api_int.h"

typedef struct node {
    store_pool *pool;
    mod_engine *e;
} node;

typedef struct fixture {
    char dir[256];
    char url[300];
    node a, b;
} fixture;

static void node_open(fixture *f, node *n)
{
    char err[300];
    n->pool = store_pool_new(f->url, err, sizeof err);
    assert_non_null(n->pool);
    mod_config c;
    mod_config_defaults(&c);
    c.backend = api__spamstore_new(n->pool);
    n->e = mod_engine_new(&c, err, sizeof err);
    assert_non_null(n->e);
}

static void node_close(node *n)
{
    mod_engine_free(n->e);
    store_pool_free(n->pool);
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "%s/causerie-spamstore-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(f->dir)) {
        free(f);
        return -1;
    }
    snprintf(f->url, sizeof f->url, "sqlite:%s/t.db", f->dir);
    node_open(f, &f->a);
    node_open(f, &f->b);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    node_close(&f->a);
    node_close(&f->b);
    const char *suffix[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
        char path[400];
        snprintf(path, sizeof path, "%s/t.db%s", f->dir, suffix[i]);
        unlink(path);
    }
    rmdir(f->dir);
    free(f);
    return 0;
}

static void train(mod_engine *e, const char *text, bool is_spam)
{
    mod_input in = {.text = text, .ms_since_load = -1};
    assert_int_equal(mod_train(e, &in, is_spam), MOD_OK);
}

static double prob(mod_engine *e, const char *text)
{
    util_arena *a = util_arena_new();
    mod_input in = {.text = text, .ms_since_load = -1};
    double p = -1;
    assert_int_equal(mod_classify(e, &in, a, &p, NULL, NULL, 0), MOD_OK);
    util_arena_free(a);
    return p;
}

/* Both engines' models, serialised, are byte for byte the same. */
static void assert_same_model(mod_engine *x, mod_engine *y)
{
    util_buf bx = {0}, by = {0};
    assert_int_equal(mod_engine_model_serialize(x, &bx), MOD_OK);
    assert_int_equal(mod_engine_model_serialize(y, &by), MOD_OK);
    assert_int_equal(bx.len, by.len);
    assert_memory_equal(bx.data, by.data, bx.len);
    util_buf_free(&bx);
    util_buf_free(&by);
}

static void seed(mod_engine *e)
{
    train(e, "Cheap pills online, buy viagra now, best casino bonus", true);
    train(e, "Win money fast with our crypto casino, click here", true);
    train(e, "Je ne suis pas d'accord avec l'auteur sur la réforme des retraites", false);
    train(e, "Merci pour cet article très clair sur la politique locale", false);
}

static const char *probe = "zorblax quintuplon vermifax glubberine";

static void test_learning_reaches_the_other_node(void **state)
{
    fixture *f = *state;
    seed(f->a.e);
    double b0 = prob(f->b.e, probe);   /* node B loads the model */
    assert_true(b0 >= 0 && b0 <= 1);
    for (int i = 0; i < 3; i++)
        train(f->a.e, "Buy zorblax quintuplon vermifax glubberine now", true);
    double a1 = prob(f->a.e, probe);   /* at once on the learning node */
    assert_true(a1 > b0);
    usleep(1100 * 1000);
    double b1 = prob(f->b.e, probe);   /* within a second on the other */
    assert_true(b1 == a1);
    assert_same_model(f->a.e, f->b.e);
    uint64_t ns, nh;
    mod_engine_model_totals(f->b.e, &ns, &nh);
    assert_true(ns == 5 && nh == 2);
    /* an untraining too */
    mod_input in = {.text = "Buy zorblax quintuplon vermifax glubberine now", .ms_since_load = -1};
    assert_int_equal(mod_untrain(f->b.e, &in, true), MOD_OK);
    assert_true(prob(f->b.e, probe) < b1);
    usleep(1100 * 1000);
    assert_true(prob(f->a.e, probe) == prob(f->b.e, probe));
    assert_same_model(f->a.e, f->b.e);
}

/* Threads of node B decide while node A and node B learn: nothing breaks,
 * and both end with the model of the store (a fresh node's). */
typedef struct decider {
    mod_engine *e;
    volatile int *stop;
    int errors, runs;
} decider;

static void *decide_loop(void *arg)
{
    decider *d = arg;
    while (!*d->stop) {
        util_arena *a = util_arena_new();
        mod_input in = {.text = "Buy zorblax now, a casino bonus for you", .ms_since_load = -1};
        mod_decision out;
        if (mod_decide(d->e, &in, a, &out) != MOD_OK)
            d->errors++;
        d->runs++;
        util_arena_free(a);
    }
    return NULL;
}

static void test_concurrent_decisions_and_learnings(void **state)
{
    fixture *f = *state;
    seed(f->a.e);
    volatile int stop = 0;
    pthread_t t[3];
    decider d[3];
    for (int i = 0; i < 3; i++) {
        d[i] = (decider){f->b.e, &stop, 0, 0};
        pthread_create(&t[i], NULL, decide_loop, &d[i]);
    }
    char text[128];
    for (int i = 0; i < 40; i++) {
        snprintf(text, sizeof text, "message %d zorblax casino word%d", i, i * 7);
        train(i % 4 == 3 ? f->b.e : f->a.e, text, i % 2 == 0);
        if (i % 10 == 0)
            usleep(300 * 1000);
    }
    usleep(1100 * 1000);
    stop = 1;
    for (int i = 0; i < 3; i++) {
        pthread_join(t[i], NULL);
        assert_int_equal(d[i].errors, 0);
        assert_true(d[i].runs > 0);
    }
    prob(f->a.e, probe);   /* each node checks the version once more */
    prob(f->b.e, probe);
    assert_same_model(f->a.e, f->b.e);
    node c;
    node_open(f, &c);
    assert_same_model(f->a.e, c.e);
    node_close(&c);
}

static void test_replaced_model_reaches_the_other_node(void **state)
{
    fixture *f = *state;
    seed(f->a.e);
    util_buf m = {0};
    assert_int_equal(mod_engine_model_serialize(f->a.e, &m), MOD_OK);
    for (int i = 0; i < 3; i++)
        train(f->a.e, "Buy zorblax quintuplon vermifax glubberine now", true);
    double before = prob(f->b.e, probe);
    char err[200];
    assert_int_equal(mod_engine_model_deserialize(f->a.e, m.data, m.len, err, sizeof err), MOD_OK);
    util_buf_free(&m);
    assert_true(prob(f->a.e, probe) < before);
    usleep(1100 * 1000);
    assert_true(prob(f->b.e, probe) == prob(f->a.e, probe));
    assert_same_model(f->a.e, f->b.e);
}

int main(void)
{
    util_log_set_level(getenv("STORE_TEST_LOG") ? UTIL_LOG_DEBUG : UTIL_LOG_ERROR);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_learning_reaches_the_other_node, setup, teardown),
        cmocka_unit_test_setup_teardown(test_concurrent_decisions_and_learnings, setup, teardown),
        cmocka_unit_test_setup_teardown(test_replaced_model_reaches_the_other_node, setup,
                                        teardown),
    };
    return cmocka_run_group_tests_name("spamstore on sqlite", tests, NULL, NULL);
}
