/* test_outbox — the store side of notifications (store/notify.c) on SQLite
 * and, when CAUSERIE_TEST_PG_URL is set, PostgreSQL: subscriptions and who
 * is told of a comment, the outbox queue (dedup, leases, outcomes, many
 * workers claiming at once), retention and erasure; and the backoff.
 *
 * Every test gets a fresh database (a SQLite file in a new temporary
 * directory, or a PostgreSQL database created and dropped).
 *
 * Must never: assert inside a worker thread (cmocka longjmps): threads
 * record what they claimed and the main thread checks. */
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

#include <libpq-fe.h>

#include "notify/notify.h"

#define STORE_FIXTURE_NAME "outbox"
#include "store_fixture.h"

#define DAY_MS (24LL * 3600 * 1000)

static int64_t make_comment(store *s, int64_t thread, int64_t parent, const char *email,
                            int status, int64_t created)
{
    store_comment c = {.thread_id = thread, .parent = parent, .author = "Auteur",
                       .email = email, .text = "texte", .html = "<p>texte</p>",
                       .status = status, .created = created, .ip_hash = "iphash",
                       .user_agent = "UA", .website = "https://w.example"};
    int64_t id;
    assert_int_equal(store_comment_insert(s, &c, &id), STORE_OK);
    return id;
}

static store_subscription subscribe(store *s, util_arena *a, const store_thread *t,
                                    const char *email, const char *kind, int64_t comment,
                                    bool confirm)
{
    store_subscription in = {.site = "site", .thread_id = t->id, .email = email, .kind = kind,
                             .comment_id = comment, .lang = "fr"};
    store_subscription out;
    assert_int_equal(store_subscription_ensure(s, a, &in, &out), STORE_OK);
    if (confirm) {
        assert_int_equal(store_subscription_confirm(s, out.id, util_now_ms()), STORE_OK);
        out.confirmed = 1;
    }
    return out;
}

/* ---- subscriptions ------------------------------------------------------- */

static void test_subscriptions(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    store_thread t = fixture_thread(s, a, "/subs", "Titre");
    store_subscription x = subscribe(s, a, &t, "Anne@Example.ORG", "all", 0, false);
    assert_true(x.id > 0);
    assert_string_equal(x.email, "anne@example.org");
    assert_string_equal(x.uri, "/subs");
    assert_string_equal(x.title, "Titre");
    assert_int_equal(x.confirmed, 0);
    /* The same again: the same row. */
    store_subscription y = subscribe(s, a, &t, "anne@example.org", "all", 0, false);
    assert_int_equal(y.id, x.id);
    /* Confirm once; a second confirm changes nothing (NOTFOUND). */
    assert_int_equal(store_subscription_confirm(s, x.id, 1000), STORE_OK);
    assert_int_equal(store_subscription_confirm(s, x.id, 2000), STORE_NOTFOUND);
    assert_int_equal(store_subscription_get(s, a, x.id, &y), STORE_OK);
    assert_int_equal(y.confirmed, 1000);
    bool yes;
    assert_int_equal(store_thread_has_subscribers(s, t.id, &yes), STORE_OK);
    assert_true(yes);
    assert_int_equal(store_email_confirmed(s, "ANNE@example.org", &yes), STORE_OK);
    assert_true(yes);
    /* End; ending again is NOTFOUND; subscribing again restarts it unconfirmed. */
    assert_int_equal(store_subscription_end(s, x.id, 3000), STORE_OK);
    assert_int_equal(store_subscription_end(s, x.id, 4000), STORE_NOTFOUND);
    assert_int_equal(store_subscription_confirm(s, x.id, 4000), STORE_NOTFOUND);
    assert_int_equal(store_thread_has_subscribers(s, t.id, &yes), STORE_OK);
    assert_false(yes);
    y = subscribe(s, a, &t, "anne@example.org", "all", 0, false);
    assert_int_equal(y.id, x.id);
    assert_int_equal(y.ended, 0);
    assert_int_equal(y.confirmed, 0);
    /* Refusals. */
    store_subscription bad = {.site = "site", .thread_id = t.id, .email = "a@b.example",
                              .kind = "everything"};
    assert_int_equal(store_subscription_ensure(s, a, &bad, &y), STORE_EINVAL);
    bad.kind = "all";
    bad.comment_id = 5;
    assert_int_equal(store_subscription_ensure(s, a, &bad, &y), STORE_EINVAL);
    bad.kind = "replies";
    bad.thread_id = 999999;
    assert_int_not_equal(store_subscription_ensure(s, a, &bad, &y), STORE_OK);
    /* By address, then all ended at once. */
    store_thread t2 = fixture_thread(s, a, "/subs-2", "Titre");
    subscribe(s, a, &t2, "anne@example.org", "replies", 0, true);
    store_subscription *list;
    size_t n;
    assert_int_equal(store_subscriptions_by_email(s, a, "Anne@example.org", &list, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(list[0].uri, "/subs-2"); /* newest first */
    int64_t ended;
    assert_int_equal(store_subscriptions_end_email(s, "anne@EXAMPLE.org", 5000, &ended), STORE_OK);
    assert_int_equal(ended, 2);
    assert_int_equal(store_email_confirmed(s, "anne@example.org", &yes), STORE_OK);
    assert_false(yes);
    util_arena_free(a);
    store_close(s);
}

static void test_recipients(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    store_thread t = fixture_thread(s, a, "/who", "Titre");
    store_thread other = fixture_thread(s, a, "/elsewhere", "Titre");
    int64_t paul = make_comment(s, t.id, 0, "Paul@example.org", STORE_PUBLISHED, 0);
    int64_t quentin = make_comment(s, t.id, 0, "quentin@example.org", STORE_PUBLISHED, 0);
    subscribe(s, a, &t, "all@example.org", "all", 0, true);
    subscribe(s, a, &t, "pending@example.org", "all", 0, false);   /* never told */
    subscribe(s, a, &t, "paul@example.org", "replies", 0, true);     /* his comments */
    subscribe(s, a, &t, "watcher@example.org", "replies", quentin, true);
    subscribe(s, a, &t, "both@example.org", "all", 0, true);
    subscribe(s, a, &t, "both@example.org", "replies", quentin, true);
    subscribe(s, a, &other, "elsewhere@example.org", "all", 0, true);
    store_subscription ended = subscribe(s, a, &t, "ended@example.org", "all", 0, true);
    assert_int_equal(store_subscription_end(s, ended.id, 1), STORE_OK);

    store_subscription *r;
    size_t n;
    /* A top-level comment by someone: the "all" subscribers. */
    assert_int_equal(store_subscription_recipients(s, a, t.id, 0, NULL, "x@example.org", &r, &n),
                     STORE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(r[0].email, "all@example.org");
    assert_string_equal(r[1].email, "both@example.org");
    /* A reply to Paul's comment: Paul too (matched by the parent's address). */
    assert_int_equal(store_subscription_recipients(s, a, t.id, paul, "PAUL@example.org", NULL, &r,
                                                   &n),
                     STORE_OK);
    assert_int_equal(n, 3);
    assert_string_equal(r[2].email, "paul@example.org");
    assert_string_equal(r[2].kind, "replies");
    /* A reply to Quentin's: the watcher, and "both" once (its "replies"). */
    assert_int_equal(store_subscription_recipients(s, a, t.id, quentin, "quentin@example.org",
                                                   NULL, &r, &n),
                     STORE_OK);
    assert_int_equal(n, 3);
    assert_string_equal(r[0].email, "all@example.org");
    assert_string_equal(r[1].email, "both@example.org");
    assert_string_equal(r[1].kind, "replies");
    assert_string_equal(r[2].email, "watcher@example.org");
    /* Written by a subscriber: never themself. */
    assert_int_equal(store_subscription_recipients(s, a, t.id, 0, NULL, "ALL@example.org", &r, &n),
                     STORE_OK);
    assert_int_equal(n, 1);
    assert_string_equal(r[0].email, "both@example.org");
    util_arena_free(a);
    store_close(s);
}

/* ---- the outbox queue ------------------------------------------------------ */

static void test_outbox_queue(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    bool queued;
    assert_int_equal(store_outbox_enqueue(s, "mail.notify", "k1", "X@Example.org", "{}", 0,
                                          &queued),
                     STORE_OK);
    assert_true(queued);
    assert_int_equal(store_outbox_enqueue(s, "mail.notify", "k1", "x@example.org", "{}", 0,
                                          &queued),
                     STORE_OK);
    assert_false(queued); /* dedup */
    int64_t now = util_now_ms();
    assert_int_equal(store_outbox_enqueue(s, "mail.confirm", "k2", "x@example.org", "{\"a\":1}",
                                          now + 60000, &queued),
                     STORE_OK);
    assert_int_equal(store_outbox_enqueue(s, "", "k3", NULL, "{}", 0, NULL), STORE_EINVAL);

    /* Claim: the due one; it is leased. */
    store_outbox_row row, again;
    assert_int_equal(store_outbox_claim(s, a, now, now + 10000, &row), STORE_OK);
    assert_string_equal(row.dedup_key, "k1");
    assert_string_equal(row.recipient, "x@example.org");
    assert_int_equal(row.locked_until, now + 10000);
    assert_int_equal(store_outbox_claim(s, a, now + 1, now + 10001, &again), STORE_NOTFOUND);
    /* Its lease runs out: another worker takes it; the first can no longer
     * record an outcome. */
    assert_int_equal(store_outbox_claim(s, a, now + 10001, now + 20000, &again), STORE_OK);
    assert_int_equal(again.id, row.id);
    store_outbox_outcome sent = {.sent = now + 10002, .attempted = true};
    assert_int_equal(store_outbox_finish(s, &row, &sent), STORE_CONFLICT);
    /* A retry: due again later, one attempt counted. */
    store_outbox_outcome retry = {.next_attempt = now + 30000, .error = "smtp: down",
                                  .attempted = true};
    assert_int_equal(store_outbox_finish(s, &again, &retry), STORE_OK);
    assert_int_equal(store_outbox_claim(s, a, now + 20001, now + 25000, &row), STORE_NOTFOUND);
    assert_int_equal(store_outbox_claim(s, a, now + 30000, now + 40000, &row), STORE_OK);
    assert_int_equal(row.attempts, 1);
    assert_string_equal(row.last_error, "smtp: down");
    assert_int_equal(store_outbox_finish(s, &row, &sent), STORE_OK);
    /* Then the delayed one; it fails for good. */
    assert_int_equal(store_outbox_claim(s, a, now + 60000, now + 70000, &row), STORE_OK);
    assert_string_equal(row.kind, "mail.confirm");
    store_outbox_outcome failed = {.failed = now + 60001, .error = "550 no such user",
                                   .attempted = true};
    assert_int_equal(store_outbox_finish(s, &row, &failed), STORE_OK);
    assert_int_equal(store_outbox_claim(s, a, now + 99999999, now + 100000000, &row),
                     STORE_NOTFOUND);

    int64_t pending, nfailed, oldest, recent;
    assert_int_equal(store_outbox_stats(s, &pending, &nfailed, &oldest), STORE_OK);
    assert_int_equal(pending, 0);
    assert_int_equal(nfailed, 1);
    assert_int_equal(store_outbox_recent(s, "X@example.org", now - 1000, &recent), STORE_OK);
    assert_int_equal(recent, 1); /* the confirmation, not the notification */
    store_outbox_row *list;
    size_t n;
    assert_int_equal(store_outbox_list(s, a, STORE_OUTBOX_FAILED, 10, &list, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_string_equal(list[0].last_error, "550 no such user");
    assert_int_equal(store_outbox_list(s, a, STORE_OUTBOX_SENT, 10, &list, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(store_outbox_list(s, a, STORE_OUTBOX_ALL, 10, &list, &n), STORE_OK);
    assert_int_equal(n, 2);
    util_arena_free(a);
    store_close(s);
}

/* Many workers, each with its own connection, drain one outbox at once:
 * every row is claimed exactly once. */
#define ROWS 120
#define WORKERS 4

typedef struct claimer {
    const char *url;
    int claimed[ROWS + 1];
    int n, errors;
} claimer;

static void *claim_loop(void *arg)
{
    claimer *c = arg;
    store *s = NULL;
    char err[256];
    if (store_open(c->url, false, &s, err, sizeof err) != STORE_OK) {
        c->errors++;
        return NULL;
    }
    for (;;) {
        util_arena *a = util_arena_new();
        int64_t now = util_now_ms();
        store_outbox_row row;
        store_status st = store_outbox_claim(s, a, now, now + 600000, &row);
        if (st == STORE_OK) {
            int k = atoi(row.dedup_key + 4);
            if (k >= 1 && k <= ROWS && c->n <= ROWS)
                c->claimed[c->n++] = k;
            store_outbox_outcome o = {.sent = now, .attempted = true};
            if (store_outbox_finish(s, &row, &o) != STORE_OK)
                c->errors++;
        } else if (st == STORE_EBUSY) {
            /* SQLite across connections: try again */
        } else {
            util_arena_free(a);
            if (st != STORE_NOTFOUND)
                c->errors++;
            break;
        }
        util_arena_free(a);
    }
    store_close(s);
    return NULL;
}

static void test_concurrent_claims(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    assert_int_equal(store_begin(s), STORE_OK);
    for (int i = 1; i <= ROWS; i++) {
        char key[32];
        snprintf(key, sizeof key, "row-%d", i);
        assert_int_equal(store_outbox_enqueue(s, "mail.notify", key, "a@b.example", "{}", 0, NULL),
                         STORE_OK);
    }
    assert_int_equal(store_commit(s), STORE_OK);
    static claimer cs[WORKERS];
    memset(cs, 0, sizeof cs);
    pthread_t th[WORKERS];
    for (int i = 0; i < WORKERS; i++) {
        cs[i].url = f->url;
        assert_int_equal(pthread_create(&th[i], NULL, claim_loop, &cs[i]), 0);
    }
    for (int i = 0; i < WORKERS; i++)
        pthread_join(th[i], NULL);
    int seen[ROWS + 1] = {0};
    int total = 0, busy = 0;
    for (int i = 0; i < WORKERS; i++) {
        assert_int_equal(cs[i].errors, 0);
        total += cs[i].n;
        busy += cs[i].n > 0;
        for (int k = 0; k < cs[i].n; k++)
            seen[cs[i].claimed[k]]++;
    }
    assert_int_equal(total, ROWS);
    for (int k = 1; k <= ROWS; k++)
        assert_int_equal(seen[k], 1);
    int64_t pending, failed, oldest;
    assert_int_equal(store_outbox_stats(s, &pending, &failed, &oldest), STORE_OK);
    assert_int_equal(pending, 0);
    if (f->pg)
        assert_true(busy >= 2); /* SKIP LOCKED: they worked side by side */
    store_close(s);
}

/* ---- held comments, retention, erasure -------------------------------------- */

static void test_held_between(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    store_thread t = fixture_thread(s, a, "/held", "Titre");
    int64_t base = 1700000000000LL;
    make_comment(s, t.id, 0, NULL, STORE_PENDING, base - 1);
    int64_t in1 = make_comment(s, t.id, 0, NULL, STORE_PENDING, base);
    int64_t in2 = make_comment(s, t.id, 0, NULL, STORE_SPAM, base + 500);
    make_comment(s, t.id, 0, NULL, STORE_PUBLISHED, base + 600);
    make_comment(s, t.id, 0, NULL, STORE_PENDING, base + 1000);
    store_comment *cs;
    size_t n;
    assert_int_equal(store_comments_held_between(s, a, base, base + 1000, 10, &cs, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(cs[0].id, in1);
    assert_int_equal(cs[1].id, in2);
    assert_non_null(cs[0].ip_hash); /* every field */
    util_arena_free(a);
    store_close(s);
}

static void test_retention(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    store_thread t = fixture_thread(s, a, "/old", "Titre");
    int64_t now = util_now_ms(), old = now - 400 * DAY_MS, cutoff = now - 365 * DAY_MS;
    int64_t old_pub = make_comment(s, t.id, 0, "old@example.org", STORE_PUBLISHED, old);
    int64_t old_spam = make_comment(s, t.id, 0, NULL, STORE_SPAM, old);
    int64_t old_rejected = make_comment(s, t.id, 0, NULL, STORE_REJECTED, old + 1);
    int64_t new_pub = make_comment(s, t.id, 0, "new@example.org", STORE_PUBLISHED, now);
    int64_t new_spam = make_comment(s, t.id, 0, NULL, STORE_SPAM, now);
    /* An old spam comment that was replied to (published first, spam later). */
    int64_t replied = make_comment(s, t.id, 0, NULL, STORE_PUBLISHED, old + 2);
    make_comment(s, t.id, replied, NULL, STORE_PUBLISHED, old + 3);
    assert_int_equal(store_comment_set_status(s, replied, STORE_SPAM), STORE_OK);
    int64_t likes;
    assert_int_equal(store_vote(s, old_pub, "voter-1", 1, &likes, NULL), STORE_OK);
    bool added;
    int64_t reports;
    assert_int_equal(store_report_add(s, old_pub, "reporter-1", "raison", &added, &reports),
                     STORE_OK);
    store_subscription gone = subscribe(s, a, &t, "gone@example.org", "all", 0, true);
    assert_int_equal(store_subscription_end(s, gone.id, old), STORE_OK);
    subscribe(s, a, &t, "stays@example.org", "all", 0, true);
    assert_int_equal(store_outbox_enqueue(s, "mail.notify", "sent-long-ago", "a@b.example", "{}",
                                          0, NULL),
                     STORE_OK);

    store_retention_counts c;
    /* Votes are "old" if the cutoff is after them: use a cutoff in the future
     * for votes only by running twice (first the real cutoff). */
    assert_int_equal(store_retention_run(s, cutoff, now - 7 * DAY_MS, &c), STORE_OK);
    assert_int_equal(c.scrubbed, 5); /* old_pub, old_spam, old_rejected, replied, its reply */
    assert_int_equal(c.comments_deleted, 2); /* old spam and rejected, not the replied one */
    assert_int_equal(c.subscriptions, 1);
    assert_int_equal(c.votes, 0);
    store_comment got;
    assert_int_equal(store_comment_get(s, a, old_pub, &got), STORE_OK);
    assert_null(got.email);
    assert_null(got.ip_hash);
    assert_null(got.user_agent);
    assert_string_equal(got.text, "texte");
    assert_int_equal(got.likes, 1);
    assert_int_equal(store_comment_get(s, a, new_pub, &got), STORE_OK);
    assert_string_equal(got.email, "new@example.org");
    assert_non_null(got.ip_hash);
    assert_int_equal(store_comment_get(s, a, old_spam, &got), STORE_NOTFOUND);
    assert_int_equal(store_comment_get(s, a, old_rejected, &got), STORE_NOTFOUND);
    assert_int_equal(store_comment_get(s, a, new_spam, &got), STORE_OK);
    assert_int_equal(store_comment_get(s, a, replied, &got), STORE_OK);
    assert_int_equal(store_subscription_get(s, a, gone.id, &gone), STORE_NOTFOUND);
    /* Idempotent. */
    assert_int_equal(store_retention_run(s, cutoff, now - 7 * DAY_MS, &c), STORE_OK);
    assert_int_equal(c.scrubbed + c.comments_deleted + c.subscriptions + c.votes + c.reports +
                         c.outbox,
                     0);
    /* With a cutoff in the future: votes and finished outbox rows go too;
     * the pending outbox row stays. */
    store_outbox_row row;
    now = util_now_ms();
    assert_int_equal(store_outbox_claim(s, a, now, now + 1000, &row), STORE_OK);
    store_outbox_outcome sent = {.sent = now, .attempted = true};
    assert_int_equal(store_outbox_finish(s, &row, &sent), STORE_OK);
    assert_int_equal(store_outbox_enqueue(s, "mail.notify", "pending", "a@b.example", "{}", 0,
                                          NULL),
                     STORE_OK);
    assert_int_equal(store_retention_run(s, now + DAY_MS, now - 7 * DAY_MS, &c), STORE_OK);
    assert_int_equal(c.votes, 1);
    assert_int_equal(c.reports, 1);
    assert_int_equal(c.outbox, 1);
    assert_int_equal(store_comment_get(s, a, old_pub, &got), STORE_OK);
    assert_int_equal(got.likes, 1); /* the totals stay */
    int64_t pending, failed, oldest;
    assert_int_equal(store_outbox_stats(s, &pending, &failed, &oldest), STORE_OK);
    assert_int_equal(pending, 1);
    util_arena_free(a);
    store_close(s);
}

static void test_erase(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    store_thread t = fixture_thread(s, a, "/erase", "Titre");
    int64_t t_version = t.version;
    int64_t c1 = make_comment(s, t.id, 0, "Marie@Example.org", STORE_PUBLISHED, 0);
    int64_t c2 = make_comment(s, t.id, 0, "marie@example.org", STORE_PENDING, 0);
    int64_t other = make_comment(s, t.id, 0, "autre@example.org", STORE_PUBLISHED, 0);
    subscribe(s, a, &t, "marie@example.org", "all", 0, true);
    assert_int_equal(store_outbox_enqueue(s, "mail.confirm", "m1", "marie@example.org", "{}", 0,
                                          NULL),
                     STORE_OK);
    store_comment *cs;
    size_t n;
    assert_int_equal(store_comments_by_email(s, a, "MARIE@example.ORG", &cs, &n), STORE_OK);
    assert_int_equal(n, 2);
    store_outbox_row *rows;
    assert_int_equal(store_outbox_by_recipient(s, a, "Marie@example.org", &rows, &n), STORE_OK);
    assert_int_equal(n, 1);

    store_privacy_counts c;
    assert_int_equal(store_privacy_erase(s, "marie@EXAMPLE.org", "Anonyme", &c), STORE_OK);
    assert_int_equal(c.comments, 2);
    assert_int_equal(c.subscriptions, 1);
    assert_int_equal(c.outbox, 1);
    store_comment got;
    int64_t ids[] = {c1, c2};
    for (int i = 0; i < 2; i++) {
        assert_int_equal(store_comment_get(s, a, ids[i], &got), STORE_OK);
        assert_string_equal(got.author, "Anonyme");
        assert_null(got.email);
        assert_null(got.website);
        assert_null(got.ip_hash);
        assert_null(got.user_agent);
        assert_null(got.edit_token_hash);
        assert_string_equal(got.text, "texte");
    }
    assert_int_equal(store_comment_get(s, a, other, &got), STORE_OK);
    assert_string_equal(got.author, "Auteur");
    store_thread after;
    assert_int_equal(store_thread_get(s, a, t.id, &after), STORE_OK);
    assert_true(after.version > t_version); /* readers' caches see the change */
    assert_int_equal(store_comments_by_email(s, a, "marie@example.org", &cs, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_privacy_erase(s, "marie@example.org", "Anonyme", &c), STORE_OK);
    assert_int_equal(c.comments + c.subscriptions + c.outbox, 0);
    assert_int_equal(store_privacy_erase(s, "", "Anonyme", &c), STORE_EINVAL);
    util_arena_free(a);
    store_close(s);
}

static void test_backoff(void **state)
{
    assert_int_equal(notify_backoff_ms(0, 30, 3600), 30000);
    assert_int_equal(notify_backoff_ms(1, 30, 3600), 30000);
    assert_int_equal(notify_backoff_ms(2, 30, 3600), 60000);
    assert_int_equal(notify_backoff_ms(5, 30, 3600), 480000);
    assert_int_equal(notify_backoff_ms(8, 30, 3600), 3600000);
    assert_int_equal(notify_backoff_ms(1000000, 30, 3600), 3600000);
    assert_int_equal(notify_backoff_ms(3, 1, 1), 1000);
    assert_int_equal(notify_backoff_ms(3, 10, 5), 10000); /* max below base: base */
}

int main(void)
{
    util_log_set_level(getenv("STORE_TEST_LOG") ? UTIL_LOG_DEBUG : UTIL_LOG_ERROR);
#define TESTS(SETUP, TEARDOWN)                                                   \
    cmocka_unit_test_setup_teardown(test_subscriptions, SETUP, TEARDOWN),        \
    cmocka_unit_test_setup_teardown(test_recipients, SETUP, TEARDOWN),           \
    cmocka_unit_test_setup_teardown(test_outbox_queue, SETUP, TEARDOWN),         \
    cmocka_unit_test_setup_teardown(test_concurrent_claims, SETUP, TEARDOWN),    \
    cmocka_unit_test_setup_teardown(test_held_between, SETUP, TEARDOWN),         \
    cmocka_unit_test_setup_teardown(test_retention, SETUP, TEARDOWN),            \
    cmocka_unit_test_setup_teardown(test_erase, SETUP, TEARDOWN)
    const struct CMUnitTest sqlite_tests[] = {
        cmocka_unit_test(test_backoff),
        TESTS(setup_sqlite, teardown_sqlite),
    };
    int failed = cmocka_run_group_tests_name("notify store on sqlite", sqlite_tests, NULL, NULL);
    pg_base_url = getenv("CAUSERIE_TEST_PG_URL");
    if (pg_base_url && *pg_base_url) {
        const struct CMUnitTest pg_tests[] = {TESTS(setup_pg, teardown_pg)};
        failed += cmocka_run_group_tests_name("notify store on postgresql", pg_tests, NULL, NULL);
    } else {
        fprintf(stderr, "[  SKIPPED ] notify store on postgresql: CAUSERIE_TEST_PG_URL is not "
                        "set (eval \"$(scripts/pg-start.sh)\")\n");
    }
    return failed ? 1 : 0;
}
