/* test_stream — the event streams' index by topic (http/stream.c): with
 * more topics than chains, so that some share a chain, what is done to a
 * topic (http_topic_low, http_publish_seq, http_topic_end) reaches its own
 * streams, all of them, and no other; streams leave their chains from the
 * head, the middle and the end, and the others are still found.  The
 * streams are made by hand (http_int.h), without connections, and read
 * from their queues.
 *
 * Must never: leave anything allocated (the suite runs under LeakSanitizer). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/http_int.h"

/* More topics than chains: some chains hold several topics. */
#define TOPICS (2 * HTTP__STREAM_CHAINS + 1)

/* Every topic has a stream holding 10i+5; one topic in three has a second
 * one, behind, holding 10i+2. */
typedef struct fixture {
    http_server *srv;
    http__stream *ahead[TOPICS], *behind[TOPICS];
} fixture;

static void topic_of(char *buf, size_t size, int i)
{
    snprintf(buf, size, "site\n/page/%d", i);
}

/* Registered as http_stream registers one; its one reference is the
 * registry's, so http__stream_unregister frees it. */
static http__stream *add_stream(http_server *srv, int i, int64_t seq)
{
    http__stream *st = xcalloc(1, sizeof *st);
    pthread_mutex_init(&st->mu, NULL);
    char topic[64];
    topic_of(topic, sizeof topic, i);
    st->topic = xstrdup(topic);
    st->seq = seq;
    st->refs = 1;
    http__stream_register(srv, st);
    return st;
}

static int setup(void **state)
{
    fixture *f = xcalloc(1, sizeof *f);
    f->srv = xcalloc(1, sizeof *f->srv);
    pthread_mutex_init(&f->srv->streams_mu, NULL);
    for (int i = 0; i < TOPICS; i++) {
        f->ahead[i] = add_stream(f->srv, i, 10 * i + 5);
        if (i % 3 == 0)
            f->behind[i] = add_stream(f->srv, i, 10 * i + 2);
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    for (int i = 0; i < TOPICS; i++) {
        if (f->ahead[i])
            http__stream_unregister(f->srv, f->ahead[i]);
        if (f->behind[i])
            http__stream_unregister(f->srv, f->behind[i]);
    }
    assert_int_equal(http_stream_count(f->srv), 0);
    for (size_t c = 0; c < HTTP__STREAM_CHAINS; c++)
        assert_null(f->srv->chains[c]);
    pthread_mutex_destroy(&f->srv->streams_mu);
    free(f->srv);
    free(f);
    return 0;
}

/* The lowest number of each topic's streams, or none. */
static void check_lows(fixture *f)
{
    char topic[64];
    for (int i = 0; i < TOPICS; i++) {
        topic_of(topic, sizeof topic, i);
        int64_t low = -1;
        bool any = http_topic_low(f->srv, topic, &low);
        if (!f->ahead[i] && !f->behind[i]) {
            assert_false(any);
            assert_int_equal(low, 0);
        } else {
            assert_true(any);
            assert_int_equal(low, f->behind[i] ? f->behind[i]->seq : f->ahead[i]->seq);
        }
    }
}

static void test_low(void **state)
{
    fixture *f = *state;
    size_t behind = 0;
    for (int i = 0; i < TOPICS; i++)
        behind += f->behind[i] != NULL;
    assert_int_equal(http_stream_count(f->srv), TOPICS + behind);
    check_lows(f);
    int64_t low = -1;
    assert_false(http_topic_low(f->srv, "site\n/page/none", &low));
    assert_int_equal(low, 0);
}

/* Each topic is sent one event, 10i+4: the streams behind get it, and
 * nothing else; those ahead get nothing. */
static void test_publish(void **state)
{
    fixture *f = *state;
    char topic[64], want[64];
    for (int i = 0; i < TOPICS; i++) {
        topic_of(topic, sizeof topic, i);
        http_event ev = {"comment", 10 * i + 4, "x", false};
        http_publish_seq(f->srv, topic, &ev, 1);
    }
    for (int i = 0; i < TOPICS; i++) {
        assert_int_equal(f->ahead[i]->queue.len, 0);
        assert_int_equal(f->ahead[i]->seq, 10 * i + 5);
        if (!f->behind[i])
            continue;
        int n = snprintf(want, sizeof want, "event: comment\nid: %d\ndata: x\n\n", 10 * i + 4);
        assert_int_equal(f->behind[i]->queue.len, n);
        assert_memory_equal(f->behind[i]->queue.data, want, (size_t)n);
        assert_int_equal(f->behind[i]->seq, 10 * i + 4);
    }
    check_lows(f);
}

/* Even topics end their streams below 10i+5: the one behind of those. */
static void test_end(void **state)
{
    fixture *f = *state;
    char topic[64];
    for (int i = 0; i < TOPICS; i += 2) {
        topic_of(topic, sizeof topic, i);
        http_topic_end(f->srv, topic, 10 * i + 5);
    }
    for (int i = 0; i < TOPICS; i++) {
        assert_false(f->ahead[i]->closing);
        if (f->behind[i])
            assert_int_equal(f->behind[i]->closing, i % 2 == 0);
    }
}

/* The streams behind leave (the first registered of a topic is further
 * down its chain than the second), then one topic in two: the others
 * are still found, with their own lows. */
static void test_unregister(void **state)
{
    fixture *f = *state;
    for (int i = 0; i < TOPICS; i++)
        if (f->behind[i]) {
            http__stream_unregister(f->srv, f->behind[i]);
            f->behind[i] = NULL;
        }
    assert_int_equal(http_stream_count(f->srv), TOPICS);
    check_lows(f);
    for (int i = TOPICS - 1; i >= 0; i -= 2) {
        http__stream_unregister(f->srv, f->ahead[i]);
        f->ahead[i] = NULL;
    }
    assert_int_equal(http_stream_count(f->srv), TOPICS / 2);
    check_lows(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_low, setup, teardown),
        cmocka_unit_test_setup_teardown(test_publish, setup, teardown),
        cmocka_unit_test_setup_teardown(test_end, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unregister, setup, teardown),
    };
    return cmocka_run_group_tests_name("http/stream", tests, NULL, NULL);
}
