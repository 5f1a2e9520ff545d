/* test_votes — store_vote_reader (store.h): the votes of readers with and
 * without a voter cookie, on SQLite always and on PostgreSQL when
 * CAUSERIE_TEST_PG_URL is set (scripts/pg-start.sh).
 *
 * What it checks: a client alternating votes without a cookie and with the
 * cookie each answer gives (or with one older cookie) counts once; readers
 * with their own cookies behind one address count separately; a vote
 * without a cookie changes the address's latest vote, never adds one, and
 * 0 withdraws it; votes stored before migration 9 are read right after it
 * (a database written at version 8 is migrated here); retention still
 * deletes votes; concurrent votes without a cookie from one address count
 * once.  Voter ids and address hashes are plain strings here: the store
 * never looks inside them.
 *
 * Must never: assert inside a worker thread (cmocka longjmps): threads
 * record results and the main thread checks them. */
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

#include "store/store_int.h"

#define STORE_FIXTURE_NAME "votes"
#include "store_fixture.h"

static int64_t make_comment(store *s, int64_t thread_id)
{
    store_comment c = {.thread_id = thread_id, .author = "Pierre", .text = "t",
                       .html = "<p>t</p>", .status = STORE_PUBLISHED};
    int64_t id = 0;
    assert_int_equal(store_comment_insert(s, &c, &id), STORE_OK);
    return id;
}

/* Votes and checks the totals the call returns. */
#define VOTE(s, c, voter, origin, cookieless, value, want_likes, want_dislikes)               \
    do {                                                                                       \
        int64_t l_ = -1, d_ = -1;                                                              \
        assert_int_equal(store_vote_reader(s, c, voter, origin, cookieless, value, &l_, &d_),   \
                         STORE_OK);                                                            \
        assert_int_equal(l_, want_likes);                                                      \
        assert_int_equal(d_, want_dislikes);                                                   \
    } while (0)

/* Votes are dated to the millisecond; "the latest vote from an address"
 * needs the next one to be later. */
static void next_ms(void)
{
    usleep(3000);
}

/* The hole a hostile review found: no cookie (the address's vote), the
 * cookie that answer gave (the address's vote withdrawn, the cookie's
 * counted), no cookie again (counted again) ... one more like a round. */
static void test_alternation_counts_once(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    int64_t t = fixture_thread_id(s, "/alternate");
    int64_t c = make_comment(s, t);
    int64_t v0 = fixture_thread_version(s, t);

    VOTE(s, c, "cookie-0", "addr", true, 1, 1, 0);
    assert_int_equal(fixture_thread_version(s, t), v0 + 1);
    VOTE(s, c, "cookie-0", "addr", false, 1, 1, 0);
    for (int round = 1; round <= 6; round++) {
        char id[32];
        snprintf(id, sizeof id, "cookie-%d", round);
        VOTE(s, c, id, "addr", true, 1, 1, 0);    /* no cookie: given `id` */
        VOTE(s, c, id, "addr", false, 1, 1, 0);   /* with it */
        VOTE(s, c, "cookie-0", "addr", false, 1, 1, 0);   /* with the first one, kept */
    }
    /* Nothing changed the totals since the first vote: the version stays. */
    assert_int_equal(fixture_thread_version(s, t), v0 + 1);

    /* Without a cookie the reader still changes its vote, and withdraws it. */
    VOTE(s, c, "cookie-7", "addr", true, -1, 0, 1);
    VOTE(s, c, "cookie-7", "addr", false, -1, 0, 1);
    VOTE(s, c, "cookie-0", "addr", false, 1, 1, 0);   /* the first cookie controls it too */
    VOTE(s, c, "cookie-8", "addr", true, 0, 0, 0);
    VOTE(s, c, "cookie-8", "addr", true, 0, 0, 0);    /* nothing left to withdraw */
    VOTE(s, c, "cookie-9", "addr", true, 1, 1, 0);    /* a vote again, once */
    VOTE(s, c, "cookie-9", "addr", false, 0, 0, 0);
    store_close(s);
}

/* A reader with a cookie issued elsewhere (on another comment) votes, then
 * alternates no cookie and that same cookie. */
static void test_old_cookie_and_no_cookie(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    int64_t c = make_comment(s, fixture_thread_id(s, "/old-cookie"));

    VOTE(s, c, "mine", "addr", false, 1, 1, 0);
    for (int round = 0; round < 5; round++) {
        char id[32];
        snprintf(id, sizeof id, "given-%d", round);
        VOTE(s, c, id, "addr", true, 1, 1, 0);
        VOTE(s, c, "mine", "addr", false, 1, 1, 0);
        VOTE(s, c, id, "addr", false, 1, 1, 0);
    }
    VOTE(s, c, "given-9", "addr", true, -1, 0, 1);
    VOTE(s, c, "mine", "addr", false, 0, 0, 0);
    store_close(s);
}

/* Behind one address: cookies count separately; no cookie changes the
 * latest vote from the address; another address is another reader. */
static void test_shared_address(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    int64_t c = make_comment(s, fixture_thread_id(s, "/nat"));
    int64_t other = make_comment(s, fixture_thread_id(s, "/nat-other"));

    VOTE(s, c, "alice", "office", false, 1, 1, 0);
    next_ms();
    VOTE(s, c, "bob", "office", false, 1, 2, 0);
    next_ms();
    VOTE(s, c, "guest-1", "office", true, -1, 1, 1);   /* bob's vote, now -1 */
    VOTE(s, c, "alice", "office", false, -1, 0, 2);    /* alice's own is untouched */
    VOTE(s, c, "bob", "office", false, 1, 1, 1);       /* bob and guest-1 share one vote */
    VOTE(s, c, "guest-1", "office", false, 0, 0, 1);
    VOTE(s, c, "bob", "office", false, 1, 1, 1);       /* withdrawn: bob casts anew */
    VOTE(s, c, "carol", "home", true, 1, 2, 1);        /* another address adds */
    VOTE(s, c, "dave", "home", true, 1, 2, 1);         /* ... once */
    /* The other comment has no vote from the office: a vote without a
     * cookie is cast there, and alice's cookie then counts on its own. */
    VOTE(s, other, "guest-2", "office", true, 1, 1, 0);
    VOTE(s, other, "alice", "office", false, 1, 2, 0);
    VOTE(s, c, "guest-2", "office", false, 1, 3, 1);   /* guest-2 is a reader on c too */
    store_close(s);
}

static void test_reader_refused(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    int64_t t = fixture_thread_id(s, "/refused");
    int64_t c = make_comment(s, t);
    int64_t l = 7, d = 7;
    assert_int_equal(store_vote_reader(s, c, "x", NULL, true, 1, &l, &d), STORE_EINVAL);
    assert_int_equal(l, 0);
    assert_int_equal(d, 0);
    assert_int_equal(store_vote_reader(s, c, "x", "", false, 1, &l, &d), STORE_EINVAL);
    assert_int_equal(store_vote_reader(s, c, "", "addr", false, 1, &l, &d), STORE_EINVAL);
    assert_int_equal(store_vote_reader(s, c, NULL, "addr", true, 1, &l, &d), STORE_EINVAL);
    assert_int_equal(store_vote_reader(s, c, "x", "addr", true, 2, &l, &d), STORE_EINVAL);
    assert_int_equal(store_vote_reader(s, c + 100, "x", "addr", true, 1, &l, &d),
                     STORE_NOTFOUND);
    assert_int_equal(store_comment_set_status(s, c, STORE_PENDING), STORE_OK);
    assert_int_equal(store_vote_reader(s, c, "x", "addr", true, 1, NULL, NULL), STORE_NOTFOUND);
    /* Inside the caller's transaction, rolled back with it. */
    assert_int_equal(store_comment_set_status(s, c, STORE_PUBLISHED), STORE_OK);
    assert_int_equal(store_begin(s), STORE_OK);
    VOTE(s, c, "x", "addr", true, 1, 1, 0);
    store_rollback(s);
    VOTE(s, c, "y", "addr", true, -1, 0, 1);
    store_close(s);
}

/* A database written at schema 8 (votes without origin: cookieless ones
 * under the address hash, cookie ones under the cookie id), migrated. */
static void test_migration_from_8(void **state)
{
    fixture *f = *state;
    char err[256];
    store *s = NULL;
    bool pg = f->pg;
    assert_int_equal(store_open(f->url, false, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store__query(s, NULL, STORE__STMT_SCHEMA_INIT, NULL, 0, NULL), STORE_OK);
    for (size_t v = 0; v < 8; v++) {
        const store__migration *m = &store__migrations[v];
        assert_int_equal(s->drv->exec_script(s, pg ? m->pg : m->sqlite), STORE_OK);
        store__val p[] = {STORE__I((int64_t)v + 1), STORE__I(1)};
        assert_int_equal(store__query(s, NULL, STORE__STMT_SCHEMA_VERSION_ADD, p, 2, NULL),
                         STORE_OK);
    }
    assert_int_equal(
        s->drv->exec_script(
            s, "INSERT INTO threads (site, uri, created) VALUES ('site', '/m', 1);"
               "INSERT INTO comments (thread_id, author, text, html, status, created, likes, "
               "dislikes) SELECT id, 'a', 't', '<p>t</p>', 0, 1, 2, 1 FROM threads;"
               "INSERT INTO votes (comment_id, voter, value, created) SELECT id, 'addr-1', 1, 1 "
               "FROM comments;"
               "INSERT INTO votes (comment_id, voter, value, created) SELECT id, 'old-cookie', "
               "1, 1 FROM comments;"
               "INSERT INTO votes (comment_id, voter, value, created) SELECT id, 'addr-2', -1, 1 "
               "FROM comments;"),
        STORE_OK);
    assert_int_equal(store_schema_version(s), 8);
    store_close(s);

    s = open_store(f);
    assert_int_equal(store_schema_version(s), (int)store__migration_count);
    assert_true(store__migration_count >= 9);
    util_arena *a = util_arena_new();
    store_thread th;
    assert_int_equal(store_thread_find(s, a, "site", "/m", &th), STORE_OK);
    store_comment *list;
    size_t n;
    assert_int_equal(store_thread_comments(s, a, th.id, 1, &list, &n), STORE_OK);
    assert_int_equal(n, 1);
    int64_t c = list[0].id;
    util_arena_free(a);

    /* The cookie given with addr-1's cookieless vote, before the upgrade:
     * that vote is its own, replaced, not added to. */
    VOTE(s, c, "new-cookie", "addr-1", false, 1, 2, 1);
    VOTE(s, c, "new-cookie", "addr-1", false, -1, 1, 2);
    /* A cookie vote stored before: found under its id, origin learnt. */
    VOTE(s, c, "old-cookie", "addr-9", false, -1, 0, 3);
    /* No cookie from addr-2, whose cookieless vote was stored before:
     * that one is replaced, and the cookie given controls it. */
    VOTE(s, c, "given", "addr-2", true, -1, 0, 3);
    VOTE(s, c, "given", "addr-2", false, 1, 1, 2);
    VOTE(s, c, "again", "addr-2", true, 0, 0, 2);
    VOTE(s, c, "old-cookie", "addr-9", false, 1, 1, 1);

    /* Retention deletes the rows (two left), the totals stay. */
    store_retention_counts rc;
    assert_int_equal(store_retention_run(s, util_now_ms() + 60000, 0, &rc), STORE_OK);
    assert_int_equal(rc.votes, 2);
    VOTE(s, c, "new-cookie", "addr-1", false, 0, 1, 1);   /* nothing left to withdraw */
    store_close(s);
}

/* ---- concurrency --------------------------------------------------------- */

#define NWORKERS 4

struct voter_thread {
    const char *url;
    pthread_barrier_t *barrier;
    int64_t comment_id;
    int index;
    bool cookieless;
    store_status st;
};

static void *voter_main(void *arg)
{
    struct voter_thread *w = arg;
    char err[256], id[32];
    store *s = NULL;
    w->st = store_open(w->url, false, &s, err, sizeof err);
    pthread_barrier_wait(w->barrier);
    snprintf(id, sizeof id, "racer-%d", w->index);
    for (int i = 0; i < 3 && w->st == STORE_OK; i++)
        w->st = store_vote_reader(s, w->comment_id, id, "one-address", w->cookieless, 1, NULL,
                                  NULL);
    store_close(s);
    return NULL;
}

static int64_t race(fixture *f, int64_t c, bool cookieless)
{
    pthread_barrier_t barrier;
    pthread_barrier_init(&barrier, NULL, NWORKERS);
    struct voter_thread w[NWORKERS];
    pthread_t th[NWORKERS];
    for (int i = 0; i < NWORKERS; i++) {
        w[i] = (struct voter_thread){f->url, &barrier, c, i, cookieless, STORE_EIO};
        assert_int_equal(pthread_create(&th[i], NULL, voter_main, &w[i]), 0);
    }
    for (int i = 0; i < NWORKERS; i++)
        pthread_join(th[i], NULL);
    pthread_barrier_destroy(&barrier);
    for (int i = 0; i < NWORKERS; i++)
        assert_int_equal(w[i].st, STORE_OK);
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    store_comment g;
    assert_int_equal(store_comment_get(s, a, c, &g), STORE_OK);
    int64_t likes = g.likes;
    util_arena_free(a);
    store_close(s);
    return likes;
}

/* Requests without a cookie from one address, all at once: one vote.
 * With their own cookies: one each. */
static void test_concurrent_one_address(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    int64_t t = fixture_thread_id(s, "/race");
    int64_t bare = make_comment(s, t);
    int64_t cookies = make_comment(s, t);
    store_close(s);
    assert_int_equal(race(f, bare, true), 1);
    assert_int_equal(race(f, cookies, false), NWORKERS);
}

int main(void)
{
    util_log_set_level(getenv("STORE_TEST_LOG") ? UTIL_LOG_DEBUG : UTIL_LOG_ERROR);
#define VOTE_TESTS(SETUP, TEARDOWN)                                                    \
    cmocka_unit_test_setup_teardown(test_alternation_counts_once, SETUP, TEARDOWN),    \
    cmocka_unit_test_setup_teardown(test_old_cookie_and_no_cookie, SETUP, TEARDOWN),   \
    cmocka_unit_test_setup_teardown(test_shared_address, SETUP, TEARDOWN),             \
    cmocka_unit_test_setup_teardown(test_reader_refused, SETUP, TEARDOWN),             \
    cmocka_unit_test_setup_teardown(test_migration_from_8, SETUP, TEARDOWN),           \
    cmocka_unit_test_setup_teardown(test_concurrent_one_address, SETUP, TEARDOWN)

    const struct CMUnitTest sqlite_tests[] = {VOTE_TESTS(setup_sqlite, teardown_sqlite)};
    int failed = cmocka_run_group_tests_name("votes on sqlite", sqlite_tests, NULL, NULL);
    pg_base_url = getenv("CAUSERIE_TEST_PG_URL");
    if (pg_base_url && *pg_base_url) {
        const struct CMUnitTest pg_tests[] = {VOTE_TESTS(setup_pg, teardown_pg)};
        failed += cmocka_run_group_tests_name("votes on postgresql", pg_tests, NULL, NULL);
    } else {
        fprintf(stderr, "[  SKIPPED ] votes on postgresql: CAUSERIE_TEST_PG_URL is not set "
                        "(eval \"$(scripts/pg-start.sh)\")\n");
    }
    return failed ? 1 : 0;
}
