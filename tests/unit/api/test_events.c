/* test_events — handing a page's comments to its live streams in id order
 * (api/events.c, api__deliver) when the store fails: the streams are made
 * by hand (http_int.h) and read from their queues, the store (SQLite, and
 * PostgreSQL when CAUSERIE_TEST_PG_URL is set) fails its next query on
 * demand (store_int.h's fail_after).
 *
 * A stream has the id of the last comment it was handed; a comment goes to
 * a stream after the page's published ones between that id and it, read
 * from the store.  When that read fails, a stream must not be handed the
 * comment (its reader's Last-Event-ID would pass the ones it lacks, which
 * no reconnection then sends): it ends, and its reader reconnects for them.
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
#include <unistd.h>

#include "api/api_int.h"
#include "http/http_int.h"
#include "store/store_int.h"

#define STORE_FIXTURE_NAME "events"
#include "store_fixture.h"

/* A stream of the page "site"/uri, registered as http_stream registers
 * one, holding the id seq; its queue is what its reader would be sent.
 * Its one reference is the registry's: http__stream_unregister frees it. */
static http__stream *add_stream(http_server *srv, const char *uri, int64_t seq)
{
    http__stream *st = xcalloc(1, sizeof *st);
    pthread_mutex_init(&st->mu, NULL);
    char topic[256];
    snprintf(topic, sizeof topic, "site\n%s", uri);
    st->topic = xstrdup(topic);
    st->seq = seq;
    st->refs = 1;
    http__stream_register(srv, st);
    return st;
}

/* Whether the stream's queue holds the event of comment id. */
static bool queued(http__stream *st, int64_t id)
{
    char line[40];
    snprintf(line, sizeof line, "id: %lld\n", (long long)id);
    return st->queue.len && memmem(st->queue.data, st->queue.len, line, strlen(line));
}

static store_comment published(store *s, util_arena *a, int64_t thread_id, const char *text)
{
    store_comment c = {.thread_id = thread_id, .author = "Lucie", .text = text,
                       .html = "<p>avis</p>", .status = STORE_PUBLISHED};
    assert_int_equal(store_comment_insert(s, &c, NULL), STORE_OK);
    store_comment out;
    assert_int_equal(store_comment_get(s, a, c.id, &out), STORE_OK);
    return out;
}

static void test_gap_read_fails(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    http_server *srv = xcalloc(1, sizeof *srv);
    pthread_mutex_init(&srv->streams_mu, NULL);
    api_app app = {.server = srv, .pages = api__pages_new()};

    int64_t th = fixture_thread_id(s, "/p");
    store_comment first = published(s, a, th, "premier");
    http__stream *behind = add_stream(srv, "/p", first.id);
    /* committed, its own hand-on still on its way */
    store_comment between = published(s, a, th, "entre-deux");
    store_comment next = published(s, a, th, "suivant");
    http__stream *ahead = add_stream(srv, "/p", between.id);

    s->fail_after = 1;   /* the read of the comments before `next` */
    api__deliver(&app, s, a, &next, "site", "/p", false);
    assert_int_equal(s->fail_after, 0);
    /* the stream that lacks `between` does not get `next` either: it ends */
    assert_false(queued(behind, next.id) && !queued(behind, between.id));
    assert_true(behind->closing);
    assert_false(queued(behind, next.id));
    /* the one that has everything before `next` gets it */
    assert_false(ahead->closing);
    assert_true(queued(ahead, next.id));
    /* `between`'s own hand-on comes later: the ended stream drops it, the
     * other has newer */
    api__deliver(&app, s, a, &between, "site", "/p", false);
    assert_false(queued(behind, between.id));
    assert_false(queued(ahead, between.id));

    http__stream_unregister(srv, behind);
    http__stream_unregister(srv, ahead);
    assert_int_equal(http_stream_count(srv), 0);
    pthread_mutex_destroy(&srv->streams_mu);
    free(srv);
    api__pages_free(app.pages);
    util_arena_free(a);
    store_close(s);
}

int main(void)
{
    util_log_set_level(getenv("STORE_TEST_LOG") ? UTIL_LOG_DEBUG : UTIL_LOG_ERROR);
    const struct CMUnitTest sqlite_tests[] = {
        cmocka_unit_test_setup_teardown(test_gap_read_fails, setup_sqlite, teardown_sqlite),
    };
    int failed = cmocka_run_group_tests_name("events on sqlite", sqlite_tests, NULL, NULL);
    pg_base_url = getenv("CAUSERIE_TEST_PG_URL");
    if (pg_base_url && *pg_base_url) {
        const struct CMUnitTest pg_tests[] = {
            cmocka_unit_test_setup_teardown(test_gap_read_fails, setup_pg, teardown_pg),
        };
        failed += cmocka_run_group_tests_name("events on postgresql", pg_tests, NULL, NULL);
    }
    return failed ? 1 : 0;
}
