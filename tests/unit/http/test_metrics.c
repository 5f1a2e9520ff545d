/* test_metrics — the Prometheus text written by http_metrics_render
 * (http/metrics.c): a latency histogram read while requests complete stays
 * one consistent series, its le="+Inf" bucket equal to its _count, as
 * strict readers of the exposition format require.  A thread observes
 * requests without pause while the main thread renders and reads the
 * numbers back.  The server is made by hand (http_int.h), without routes
 * or connections: every request is the "unmatched" route.
 *
 * Must never: leave anything allocated (the suite runs under LeakSanitizer). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/http_int.h"

typedef struct observer {
    http_server *srv;
    atomic_bool stop;
} observer;

static void *observe_loop(void *arg)
{
    observer *o = arg;
    int64_t us = 0;
    while (!atomic_load(&o->stop))
        http__metrics_observe(o->srv, -1, 200, us = (us + 37) % 2000000);
    return NULL;
}

/* The number after `line` in the text, or -1 when the line is absent. */
static long long value_of(const char *text, const char *line)
{
    const char *p = strstr(text, line);
    return p ? strtoll(p + strlen(line), NULL, 10) : -1;
}

static void test_inf_bucket_is_count_while_observing(void **state)
{
    (void)state;
    http_server *srv = xcalloc(1, sizeof *srv);
    pthread_mutex_init(&srv->streams_mu, NULL);
    srv->metrics = xcalloc(1, sizeof *srv->metrics);
    http__metrics_observe(srv, -1, 200, 10);
    observer o = {.srv = srv};
    atomic_init(&o.stop, false);
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, observe_loop, &o), 0);
    int mismatches = 0;
    for (int i = 0; i < 2000; i++) {
        util_buf b = {0};
        http_metrics_render(srv, &b);
        util_buf_putc(&b, '\0');
        long long inf = value_of(b.data, "causerie_http_request_duration_seconds_bucket"
                                          "{route=\"unmatched\",le=\"+Inf\"} ");
        long long count = value_of(b.data, "causerie_http_request_duration_seconds_count"
                                            "{route=\"unmatched\"} ");
        assert_true(inf > 0 && count > 0);
        if (inf != count)
            mismatches++;
        util_buf_free(&b);
    }
    atomic_store(&o.stop, true);
    pthread_join(t, NULL);
    assert_int_equal(mismatches, 0);
    free(srv->metrics);
    pthread_mutex_destroy(&srv->streams_mu);
    free(srv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_inf_bucket_is_count_while_observing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
