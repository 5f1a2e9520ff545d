/* test_moderation_store — the moderation part of store.h (store/moderation.c):
 * classifier counts, the shared policy, fingerprints, training state,
 * decisions, the editors' queue, reports, editors, sessions, Akismet keys
 * and statistics.  Runs on SQLite always and on PostgreSQL when
 * CAUSERIE_TEST_PG_URL is set (scripts/pg-start.sh), each test on a fresh
 * database.
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

#include <libpq-fe.h>

#include "store/store.h"

#define STORE_FIXTURE_NAME "modstore"
#include "store_fixture.h"

static int64_t make_comment(store *s, const char *site, const char *uri, int status,
                            const char *ip_hash)
{
    util_arena *a = util_arena_new();
    store_thread t;
    assert_int_equal(store_thread_ensure(s, a, site, uri, "Titre", &t), STORE_OK);
    store_comment c = {.thread_id = t.id, .author = "Pierre", .text = "texte",
                       .html = "<p>texte</p>", .status = status, .ip_hash = ip_hash,
                       .email = "p@example.org"};
    int64_t id = 0;
    assert_int_equal(store_comment_insert(s, &c, &id), STORE_OK);
    util_arena_free(a);
    return id;
}

/* ---- spam counts --------------------------------------------------------- */

typedef struct foreach_ctx {
    size_t n;
    bool has999, has0;
} foreach_ctx;

static void count_feature(void *arg, uint64_t hash, uint32_t spam, uint32_t ham)
{
    foreach_ctx *ctx = arg;
    ctx->n++;
    if (hash == 999)
        ctx->has999 = true;
    if (hash == 0)
        ctx->has0 = true;
    (void)spam, (void)ham;
}

static void test_spam_counts(void **state)
{
    store *s = open_store(*state);
    uint64_t ns = 9, nh = 9;
    assert_int_equal(store_spam_totals(s, &ns, &nh), STORE_OK);
    assert_true(ns == 0 && nh == 0);

    /* Hashes of every sign and size, one duplicated: each counts once. */
    uint64_t h[] = {1, UINT64_MAX, 0x8000000000000000ull, 42, 0x7fffffffffffffffull, 42};
    uint32_t sp[6], hm[6];
    assert_int_equal(store_spam_learn(s, h, 6, true, 1), STORE_OK);
    assert_int_equal(store_spam_learn(s, h, 3, false, 1), STORE_OK);
    assert_int_equal(store_spam_learn(s, h, 1, true, 2), STORE_OK);
    assert_int_equal(store_spam_totals(s, &ns, &nh), STORE_OK);
    assert_int_equal(ns, 3);
    assert_int_equal(nh, 1);
    assert_int_equal(store_spam_lookup(s, h, 6, sp, hm), STORE_OK);
    assert_int_equal(sp[0], 3);
    assert_int_equal(hm[0], 1);
    assert_int_equal(sp[1], 1);
    assert_int_equal(hm[1], 1);
    assert_int_equal(sp[2], 1);
    assert_int_equal(sp[3], 1);
    assert_int_equal(hm[3], 0);
    assert_int_equal(sp[5], 1);
    uint64_t unknown[] = {777, 1};
    assert_int_equal(store_spam_lookup(s, unknown, 2, sp, hm), STORE_OK);
    assert_true(sp[0] == 0 && hm[0] == 0 && sp[1] == 3);

    /* Unlearning: never below 0, never creates rows, totals follow. */
    assert_int_equal(store_spam_learn(s, h, 6, true, -1), STORE_OK);
    uint64_t more[] = {42, 999};
    assert_int_equal(store_spam_learn(s, more, 2, true, -5), STORE_OK);
    assert_int_equal(store_spam_lookup(s, h, 6, sp, hm), STORE_OK);
    assert_int_equal(sp[0], 2);
    assert_int_equal(sp[3], 0);
    assert_int_equal(store_spam_totals(s, &ns, &nh), STORE_OK);
    assert_int_equal(ns, 0);
    assert_int_equal(nh, 1);
    foreach_ctx ctx = {0, false, false};
    assert_int_equal(store_spam_foreach(s, count_feature, &ctx), STORE_OK);
    assert_false(ctx.has999);
    assert_false(ctx.has0);
    assert_true(ctx.n >= 3);
    store_close(s);
}

/* More hashes than one statement carries (chunks), and replace. */
static void test_spam_many_and_replace(void **state)
{
    store *s = open_store(*state);
    enum { N = 1500 };
    uint64_t *h = malloc(N * sizeof *h);
    uint32_t *sp = malloc(N * sizeof *sp), *hm = malloc(N * sizeof *hm);
    for (size_t i = 0; i < N; i++)
        h[i] = (uint64_t)(i + 1) * 0x9e3779b97f4a7c15ull;
    assert_int_equal(store_spam_learn(s, h, N, false, 1), STORE_OK);
    assert_int_equal(store_spam_learn(s, h, N, false, 1), STORE_OK);
    assert_int_equal(store_spam_lookup(s, h, N, sp, hm), STORE_OK);
    for (size_t i = 0; i < N; i++)
        assert_int_equal(hm[i], 2);
    uint64_t ns, nh;
    assert_int_equal(store_spam_totals(s, &ns, &nh), STORE_OK);
    assert_int_equal(nh, 2);
    assert_int_equal(ns, 0);

    uint64_t rh[] = {5, 6};
    uint32_t rs[] = {7, 0}, rm[] = {0, 8};
    assert_int_equal(store_spam_replace(s, 10, 20, rh, rs, rm, 2), STORE_OK);
    assert_int_equal(store_spam_totals(s, &ns, &nh), STORE_OK);
    assert_true(ns == 10 && nh == 20);
    assert_int_equal(store_spam_lookup(s, h, N, sp, hm), STORE_OK);
    assert_int_equal(hm[0], 0);
    assert_int_equal(store_spam_lookup(s, rh, 2, sp, hm), STORE_OK);
    assert_true(sp[0] == 7 && hm[1] == 8);
    free(h);
    free(sp);
    free(hm);
    store_close(s);
}

typedef struct walk_ctx {
    size_t n, bad;
    uint64_t sum;
} walk_ctx;

static void walk_feature(void *arg, uint64_t hash, uint32_t spam, uint32_t ham)
{
    walk_ctx *w = arg;
    w->n++;
    w->sum += hash;
    if (spam != 1 || ham != 2)
        w->bad++;
}

/* A model of several pages (store_spam_foreach reads 4 096 rows at a
 * time): every feature once, hashes with the top bit set included. */
static void test_spam_foreach_pages(void **state)
{
    store *s = open_store(*state);
    enum { N = 10000 };
    uint64_t *h = malloc(N * sizeof *h), sum = 0;
    uint32_t *sp = malloc(N * sizeof *sp), *hm = malloc(N * sizeof *hm);
    for (size_t i = 0; i < N; i++) {
        h[i] = (uint64_t)(i + 1) * 0x9e3779b97f4a7c15ull;
        sp[i] = 1;
        hm[i] = 2;
        sum += h[i];
    }
    assert_int_equal(store_spam_replace(s, 3, 4, h, sp, hm, N), STORE_OK);
    walk_ctx w = {0, 0, 0};
    assert_int_equal(store_spam_foreach(s, walk_feature, &w), STORE_OK);
    assert_int_equal(w.n, N);
    assert_int_equal(w.bad, 0);
    assert_true(w.sum == sum);
    free(h);
    free(sp);
    free(hm);
    store_close(s);
}

static void test_spam_claim(void **state)
{
    store *s = open_store(*state);
    bool claimed = false;
    assert_int_equal(store_begin(s), STORE_OK);
    assert_int_equal(store_spam_claim_empty(s, &claimed), STORE_OK);
    assert_true(claimed);
    uint64_t h[] = {3};
    assert_int_equal(store_spam_learn(s, h, 1, true, 1), STORE_OK);
    assert_int_equal(store_commit(s), STORE_OK);
    assert_int_equal(store_begin(s), STORE_OK);
    assert_int_equal(store_spam_claim_empty(s, &claimed), STORE_OK);
    assert_false(claimed);
    store_rollback(s);
    uint64_t ns, nh;
    assert_int_equal(store_spam_totals(s, &ns, &nh), STORE_OK);
    assert_int_equal(ns, 1);
    store_close(s);
}

/* The model version: one more per learning or replacement, given back by
 * the learning that made it; nothing else moves it. */
static void test_spam_version(void **state)
{
    store *s = open_store(*state);
    int64_t v = -1, w = -1;
    assert_int_equal(store_spam_version(s, &v), STORE_OK);
    assert_int_equal(v, 0);
    uint64_t h[] = {5, 6, 7};
    assert_int_equal(store_spam_learn_version(s, h, 3, true, 1, &v), STORE_OK);
    assert_int_equal(v, 1);
    assert_int_equal(store_spam_learn_version(s, h, 2, false, -1, &v), STORE_OK);
    assert_int_equal(v, 2);
    assert_int_equal(store_spam_learn(s, h, 0, false, 1), STORE_OK);   /* totals only */
    assert_int_equal(store_spam_version(s, &w), STORE_OK);
    assert_int_equal(w, 3);
    assert_int_equal(store_spam_learn_version(s, h, 3, true, 0, &v), STORE_OK);   /* no-op */
    assert_int_equal(v, 3);
    uint64_t rh[] = {9};
    uint32_t rs[] = {1}, rm[] = {0};
    assert_int_equal(store_spam_replace(s, 1, 0, rh, rs, rm, 1), STORE_OK);
    assert_int_equal(store_spam_version(s, &v), STORE_OK);
    assert_int_equal(v, 4);
    /* a rolled-back learning leaves the version */
    assert_int_equal(store_begin(s), STORE_OK);
    assert_int_equal(store_spam_learn_version(s, h, 3, true, 1, &v), STORE_OK);
    assert_int_equal(v, 5);
    store_rollback(s);
    assert_int_equal(store_spam_version(s, &v), STORE_OK);
    assert_int_equal(v, 4);
    uint64_t ns, nh;
    assert_int_equal(store_spam_totals(s, &ns, &nh), STORE_OK);
    assert_true(ns == 1 && nh == 0);
    store_close(s);
}

/* Learning from several threads at once loses nothing. */
typedef struct learner {
    const char *url;
    int rc;
} learner;

static void *learn_thread(void *arg)
{
    learner *l = arg;
    store *s = NULL;
    char err[200];
    l->rc = store_open(l->url, false, &s, err, sizeof err);
    uint64_t h[] = {11, 12, 13};
    for (int i = 0; i < 25 && l->rc == STORE_OK; i++)
        l->rc = store_spam_learn(s, h, 3, i % 2 == 0, 1);
    store_close(s);
    return NULL;
}

static void test_spam_concurrent(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    pthread_t t[4];
    learner l[4];
    for (int i = 0; i < 4; i++) {
        l[i] = (learner){f->url, -1};
        pthread_create(&t[i], NULL, learn_thread, &l[i]);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < 4; i++)
        assert_int_equal(l[i].rc, STORE_OK);
    uint64_t h[] = {11, 12, 13};
    uint32_t sp[3], hm[3];
    assert_int_equal(store_spam_lookup(s, h, 3, sp, hm), STORE_OK);
    for (int i = 0; i < 3; i++) {
        assert_int_equal(sp[i], 4 * 13);
        assert_int_equal(hm[i], 4 * 12);
    }
    uint64_t ns, nh;
    assert_int_equal(store_spam_totals(s, &ns, &nh), STORE_OK);
    assert_true(ns == 52 && nh == 48);
    int64_t v = 0;   /* every learning counted once in the version */
    assert_int_equal(store_spam_version(s, &v), STORE_OK);
    assert_int_equal(v, 100);
    store_close(s);
}

/* ---- policy ------------------------------------------------------------------- */

static void test_policy(void **state)
{
    store *s = open_store(*state);
    util_arena *a = util_arena_new();
    int64_t v = -1, saved;
    char *json;
    assert_int_equal(store_policy_version(s, &v), STORE_OK);
    assert_int_equal(v, 0);
    assert_int_equal(store_policy_get(s, a, &v, &saved, &json), STORE_NOTFOUND);
    assert_int_equal(store_policy_put(s, "{\"categories\":{}}", &v), STORE_OK);
    assert_int_equal(v, 1);
    assert_int_equal(store_policy_put(s, "{\"version\":2}", &v), STORE_OK);
    assert_int_equal(v, 2);
    assert_int_equal(store_policy_get(s, a, &v, &saved, &json), STORE_OK);
    assert_int_equal(v, 2);
    assert_string_equal(json, "{\"version\":2}");
    assert_true(saved > 0 && saved <= util_now_ms());
    assert_int_equal(store_policy_version(s, &v), STORE_OK);
    assert_int_equal(v, 2);
    assert_int_equal(store_policy_put(s, NULL, &v), STORE_EINVAL);
    util_arena_free(a);
    store_close(s);
}

/* ---- fingerprints, training ------------------------------------------------------ */

static void test_fingerprints_and_trained(void **state)
{
    store *s = open_store(*state);
    int64_t a1 = make_comment(s, "site", "/a", STORE_PUBLISHED, "ip1");
    int64_t a2 = make_comment(s, "site", "/b", STORE_SPAM, "ip2");
    int64_t a3 = make_comment(s, "site", "/b", STORE_PUBLISHED, "ip3");
    int64_t other = make_comment(s, "other", "/a", STORE_PUBLISHED, "ip4");
    int64_t same_ip = make_comment(s, "site", "/c", STORE_PUBLISHED, "ip5");
    for (int64_t id = a1; id <= same_ip; id++)
        assert_int_equal(store_comment_set_fingerprint(s, id, id == a3 ? "ffff" : "abcd"),
                         STORE_OK);
    (void)a2, (void)other;
    int64_t n = -1;
    int64_t day = util_now_ms() - 86400000;
    /* site "site", not from ip5, other than the comment itself */
    assert_int_equal(store_fingerprint_count(s, "site", "abcd", day, "ip5", 0, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(store_fingerprint_count(s, "site", "abcd", day, NULL, a1, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(store_fingerprint_count(s, "site", "abcd", util_now_ms() + 1000, NULL, 0, &n),
                     STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_fingerprint_count(s, "other", "abcd", day, NULL, 0, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(store_comment_set_fingerprint(s, 999999, "x"), STORE_NOTFOUND);

    int t = -1;
    assert_int_equal(store_comment_trained(s, a1, &t), STORE_OK);
    assert_int_equal(t, STORE_TRAINED_NONE);
    assert_int_equal(store_comment_set_trained(s, a1, STORE_TRAINED_SPAM), STORE_OK);
    assert_int_equal(store_comment_trained(s, a1, &t), STORE_OK);
    assert_int_equal(t, STORE_TRAINED_SPAM);
    assert_int_equal(store_comment_set_trained(s, a1, 7), STORE_EINVAL);
    /* compare-and-set: only from the value it holds */
    assert_int_equal(store_comment_swap_trained(s, a1, STORE_TRAINED_HAM, STORE_TRAINED_NONE),
                     STORE_CONFLICT);
    assert_int_equal(store_comment_swap_trained(s, a1, STORE_TRAINED_SPAM, STORE_TRAINED_NONE),
                     STORE_OK);
    assert_int_equal(store_comment_swap_trained(s, a1, STORE_TRAINED_SPAM, STORE_TRAINED_HAM),
                     STORE_CONFLICT);
    assert_int_equal(store_comment_trained(s, a1, &t), STORE_OK);
    assert_int_equal(t, STORE_TRAINED_NONE);
    assert_int_equal(store_comment_swap_trained(s, a1, STORE_TRAINED_NONE, STORE_TRAINED_HAM),
                     STORE_OK);
    assert_int_equal(store_comment_trained(s, a1, &t), STORE_OK);
    assert_int_equal(t, STORE_TRAINED_HAM);
    assert_int_equal(store_comment_swap_trained(s, 999999, STORE_TRAINED_NONE, STORE_TRAINED_HAM),
                     STORE_CONFLICT);
    assert_int_equal(store_comment_swap_trained(s, a1, STORE_TRAINED_HAM, 9), STORE_EINVAL);
    assert_int_equal(store_comment_trained(s, 999999, &t), STORE_NOTFOUND);
    store_close(s);
}

/* ---- decisions and the queue ------------------------------------------------------ */

static void test_decisions_and_queue(void **state)
{
    store *s = open_store(*state);
    util_arena *a = util_arena_new();
    int64_t c1 = make_comment(s, "site", "/q", STORE_PENDING, "ip1");
    int64_t c2 = make_comment(s, "site", "/q", STORE_SPAM, "ip1");
    int64_t c3 = make_comment(s, "site", "/r", STORE_PENDING, "ip1");
    int64_t d1, d2, d3, d4;
    store_decision d = {.comment_id = c1, .actor = "auto", .action = "hold",
                        .category = "insult", .detail = "{\"spam_prob\":0.1}"};
    assert_int_equal(store_decision_add(s, &d, &d1), STORE_OK);
    d = (store_decision){.comment_id = c2, .actor = "auto", .action = "spam", .category = "spam"};
    assert_int_equal(store_decision_add(s, &d, &d2), STORE_OK);
    d = (store_decision){.comment_id = c1, .actor = "admin:marie", .action = "approve"};
    assert_int_equal(store_decision_add(s, &d, &d3), STORE_OK);
    d = (store_decision){.comment_id = 0, .actor = "akismet:blog", .action = "publish"};
    assert_int_equal(store_decision_add(s, &d, &d4), STORE_OK);
    assert_true(d1 < d2 && d2 < d3 && d3 < d4);
    d = (store_decision){.comment_id = c1, .actor = "", .action = "x"};
    assert_int_equal(store_decision_add(s, &d, NULL), STORE_EINVAL);

    store_decision *v;
    size_t n;
    assert_int_equal(store_decisions_of_comment(s, a, c1, &v, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(v[0].actor, "auto");
    assert_string_equal(v[0].category, "insult");
    assert_string_equal(v[0].detail, "{\"spam_prob\":0.1}");
    assert_string_equal(v[1].action, "approve");
    assert_null(v[1].category);
    assert_true(v[1].created > 0);

    int64_t ids[] = {c1, c2, c3};
    assert_int_equal(store_decisions_latest(s, a, ids, 3, &v, &n), STORE_OK);
    assert_int_equal(n, 2);
    for (size_t i = 0; i < n; i++) {
        if (v[i].comment_id == c1)
            assert_int_equal(v[i].id, d3);
        else
            assert_int_equal(v[i].id, d2);
    }

    assert_int_equal(store_decisions_page(s, a, 0, 2, &v, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(v[0].id, d4);
    assert_int_equal(v[0].comment_id, 0);
    assert_int_equal(v[1].id, d3);
    assert_int_equal(store_decisions_page(s, a, d3, 10, &v, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(v[0].id, d2);

    store_mod_item *items;
    assert_int_equal(store_mod_queue(s, a, STORE_PENDING, 0, 10, &items, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(items[0].c.id, c3);
    assert_string_equal(items[0].uri, "/r");
    assert_string_equal(items[0].site, "site");
    assert_string_equal(items[0].title, "Titre");
    assert_string_equal(items[0].c.email, "p@example.org");
    assert_int_equal(store_mod_queue(s, a, STORE_PENDING, c3, 10, &items, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(items[0].c.id, c1);
    assert_int_equal(store_mod_queue(s, a, 9, 0, 10, &items, &n), STORE_EINVAL);

    store_mod_item it;
    assert_int_equal(store_mod_item_get(s, a, c2, &it), STORE_OK);
    assert_int_equal(it.c.status, STORE_SPAM);
    assert_int_equal(it.trained, STORE_TRAINED_NONE);
    assert_int_equal(store_mod_item_get(s, a, 424242, &it), STORE_NOTFOUND);
    util_arena_free(a);
    store_close(s);
}

/* ---- reports ----------------------------------------------------------------------- */

static void test_reports(void **state)
{
    store *s = open_store(*state);
    util_arena *a = util_arena_new();
    int64_t c = make_comment(s, "site", "/rep", STORE_PUBLISHED, "ip1");
    int64_t held = make_comment(s, "site", "/rep", STORE_PENDING, "ip1");
    bool added;
    int64_t reports;
    assert_int_equal(store_report_add(s, c, "reader1", "insultant", &added, &reports), STORE_OK);
    assert_true(added);
    assert_int_equal(reports, 1);
    assert_int_equal(store_report_add(s, c, "reader1", "encore", &added, &reports), STORE_OK);
    assert_false(added);
    assert_int_equal(reports, 1);
    assert_int_equal(store_report_add(s, c, "reader2", NULL, &added, &reports), STORE_OK);
    assert_true(added);
    assert_int_equal(reports, 2);
    assert_int_equal(store_report_add(s, held, "reader1", NULL, &added, &reports), STORE_NOTFOUND);
    assert_int_equal(store_report_add(s, 999999, "reader1", NULL, &added, &reports),
                     STORE_NOTFOUND);
    assert_int_equal(store_report_add(s, c, "", NULL, &added, &reports), STORE_EINVAL);

    store_report *r;
    size_t n;
    assert_int_equal(store_reports_of_comment(s, a, c, &r, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(r[0].reason, "insultant");
    assert_null(r[1].reason);

    store_mod_item *items;
    assert_int_equal(store_mod_queue(s, a, -1, 0, 10, &items, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(items[0].c.reports, 2);
    assert_int_equal(store_comment_reports_reset(s, c), STORE_OK);
    assert_int_equal(store_mod_queue(s, a, -1, 0, 10, &items, &n), STORE_OK);
    assert_int_equal(n, 0);
    /* The old reporters stay recorded: reporting again adds nothing. */
    assert_int_equal(store_report_add(s, c, "reader2", NULL, &added, &reports), STORE_OK);
    assert_false(added);
    assert_int_equal(reports, 0);
    util_arena_free(a);
    store_close(s);
}

/* ---- editors and sessions ---------------------------------------------------------- */

/* Failures of one account at the same moment, right after the window:
 * the first starts the count again at 1, every other one adds to it (the
 * account's row is locked before the last failure's time is read). */
typedef struct {
    const char *url;
    int64_t id, now;
    pthread_barrier_t *barrier;
    int rc;
} failer;

static void *fail_thread(void *arg)
{
    failer *x = arg;
    store *s = NULL;
    char err[200];
    x->rc = store_open(x->url, false, &s, err, sizeof err);
    pthread_barrier_wait(x->barrier);
    int64_t failed, until;
    if (x->rc == STORE_OK)
        x->rc = store_admin_login_failed(s, x->id, x->now, 50, 900000, &failed, &until);
    store_close(s);
    return NULL;
}

static void test_login_failures_concurrent(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    int64_t id = 0, failed, until, now = 1000000;
    assert_int_equal(store_admin_add(s, "lea", "$argon2id$h", &id), STORE_OK);
    enum { N = 4, ROUNDS = 5 };
    for (int round = 0; round < ROUNDS; round++) {
        assert_int_equal(store_admin_login_failed(s, id, now, 50, 900000, &failed, &until),
                         STORE_OK);
        now += 900001;   /* the window has run out: the next count starts again */
        pthread_barrier_t barrier;
        pthread_barrier_init(&barrier, NULL, N);
        pthread_t t[N];
        failer x[N];
        for (int i = 0; i < N; i++) {
            x[i] = (failer){f->url, id, now, &barrier, -1};
            assert_int_equal(pthread_create(&t[i], NULL, fail_thread, &x[i]), 0);
        }
        for (int i = 0; i < N; i++)
            pthread_join(t[i], NULL);
        pthread_barrier_destroy(&barrier);
        for (int i = 0; i < N; i++)
            assert_int_equal(x[i].rc, STORE_OK);
        store_admin ad;
        assert_int_equal(store_admin_get(s, a, "lea", &ad), STORE_OK);
        assert_int_equal(ad.failed, N);
        now += 900001;
    }
    util_arena_free(a);
    store_close(s);
}

static void test_admins_and_sessions(void **state)
{
    store *s = open_store(*state);
    util_arena *a = util_arena_new();
    int64_t id = 0;
    assert_int_equal(store_admin_add(s, "marie", "$argon2id$hash1", &id), STORE_OK);
    assert_true(id > 0);
    assert_int_equal(store_admin_add(s, "marie", "$argon2id$hash2", NULL), STORE_CONFLICT);
    assert_int_equal(store_admin_add(s, "", "x", NULL), STORE_EINVAL);
    store_admin ad;
    assert_int_equal(store_admin_get(s, a, "marie", &ad), STORE_OK);
    assert_int_equal(ad.id, id);
    assert_string_equal(ad.password_hash, "$argon2id$hash1");
    assert_int_equal(store_admin_get(s, a, "paul", &ad), STORE_NOTFOUND);

    /* Five failures lock for lock_ms; after the lock, counting starts again. */
    int64_t now = 1000000, failed, until;
    for (int i = 1; i <= 4; i++) {
        assert_int_equal(store_admin_login_failed(s, id, now, 5, 900000, &failed, &until),
                         STORE_OK);
        assert_int_equal(failed, i);
        assert_int_equal(until, 0);
    }
    assert_int_equal(store_admin_login_failed(s, id, now, 5, 900000, &failed, &until), STORE_OK);
    assert_int_equal(failed, 5);
    assert_int_equal(until, now + 900000);
    assert_int_equal(store_admin_login_failed(s, id, now + 900001, 5, 900000, &failed, &until),
                     STORE_OK);
    assert_int_equal(failed, 1);
    assert_int_equal(until, 0);
    assert_int_equal(store_admin_login_ok(s, id), STORE_OK);
    assert_int_equal(store_admin_get(s, a, "marie", &ad), STORE_OK);
    assert_int_equal(ad.failed, 0);

    /* An unknown name's failures, by key, count the same way; a running
     * lock is left as it is; keys do not mix. */
    for (int i = 1; i <= 4; i++) {
        assert_int_equal(store_login_ghost_failed(s, "k1", now, 5, 900000, &failed, &until),
                         STORE_OK);
        assert_int_equal(failed, i);
        assert_int_equal(until, 0);
    }
    assert_int_equal(store_login_ghost_failed(s, "k2", now, 5, 900000, &failed, &until), STORE_OK);
    assert_int_equal(failed, 1);
    assert_int_equal(store_login_ghost_failed(s, "k1", now, 5, 900000, &failed, &until), STORE_OK);
    assert_int_equal(failed, 5);
    assert_int_equal(until, now + 900000);
    assert_int_equal(store_login_ghost_failed(s, "k1", now + 10, 5, 900000, &failed, &until),
                     STORE_OK);
    assert_int_equal(failed, 5);
    assert_int_equal(until, now + 900000);
    assert_int_equal(store_login_ghost_failed(s, "k1", now + 900001, 5, 900000, &failed, &until),
                     STORE_OK);
    assert_int_equal(failed, 1);
    assert_int_equal(until, 0);
    assert_int_equal(store_login_ghost_failed(s, "k3", now, 1, 900000, &failed, &until), STORE_OK);
    assert_int_equal(until, now + 900000);   /* locked at the first when max is 1 */
    assert_int_equal(store_login_ghost_failed(s, "", now, 5, 900000, &failed, &until),
                     STORE_EINVAL);
    /* retention forgets keys not tried since its cutoff (k1 was, at now + 900001) */
    store_retention_counts rc;
    assert_int_equal(store_retention_run(s, now + 900000, now, &rc), STORE_OK);
    assert_int_equal(store_login_ghost_failed(s, "k2", now + 900002, 5, 900000, &failed, &until),
                     STORE_OK);
    assert_int_equal(failed, 1);   /* k2 (last tried at now) was deleted */
    assert_int_equal(store_login_ghost_failed(s, "k1", now + 900002, 5, 900000, &failed, &until),
                     STORE_OK);
    assert_int_equal(failed, 2);
    assert_int_equal(store_admin_set_password(s, "marie", "$argon2id$new"), STORE_OK);
    assert_int_equal(store_admin_set_password(s, "nobody", "$argon2id$new"), STORE_NOTFOUND);
    assert_int_equal(store_admin_add(s, "albert", "h", NULL), STORE_OK);
    store_admin *list;
    size_t n;
    assert_int_equal(store_admin_list(s, a, &list, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(list[0].name, "albert");

    int64_t t = util_now_ms();
    assert_int_equal(store_session_add(s, "tok1", id, "csrf1", t, t + 1000), STORE_OK);
    assert_int_equal(store_session_add(s, "tok2", id, "csrf2", t - 5000, t - 1), STORE_OK);
    store_session se;
    assert_int_equal(store_session_get(s, a, "tok1", t, &se), STORE_OK);
    assert_string_equal(se.admin_name, "marie");
    assert_string_equal(se.csrf, "csrf1");
    assert_int_equal(se.admin_id, id);
    assert_int_equal(store_session_get(s, a, "tok1", t + 1000, &se), STORE_NOTFOUND);
    assert_int_equal(store_session_get(s, a, "tok2", t, &se), STORE_NOTFOUND);
    assert_int_equal(store_session_delete(s, "tok1"), STORE_OK);
    assert_int_equal(store_session_get(s, a, "tok1", t, &se), STORE_NOTFOUND);
    assert_int_equal(store_session_add(s, "tok3", 0, "c", t, t + 1), STORE_EINVAL);
    util_arena_free(a);
    store_close(s);
}

/* ---- Akismet keys -------------------------------------------------------------------- */

/* "In a row" is within the lock window: a failure whose last one is
 * lock_ms or more old starts the count again, for an account and for a
 * key alike; failures closer than that keep counting, and lock. */
static void test_login_failures_window(void **state)
{
    store *s = open_store(*state);
    const int64_t W = 900000, now = 5000000;
    int64_t id = 0, failed, until;
    assert_int_equal(store_admin_add(s, "lea", "$argon2id$h", &id), STORE_OK);
    /* five typos, each a little more than the window after the last: never locked */
    for (int i = 0; i < 5; i++) {
        assert_int_equal(store_admin_login_failed(s, id, now + i * (W + 1), 5, W, &failed, &until),
                         STORE_OK);
        assert_int_equal(failed, 1);
        assert_int_equal(until, 0);
        assert_int_equal(store_login_ghost_failed(s, "pair", now + i * (W + 1), 5, W, &failed,
                                                  &until),
                         STORE_OK);
        assert_int_equal(failed, 1);
        assert_int_equal(until, 0);
    }
    /* exactly the window after the last one: it no longer counts */
    int64_t t = now + 4 * (W + 1) + W;
    assert_int_equal(store_admin_login_failed(s, id, t, 5, W, &failed, &until), STORE_OK);
    assert_int_equal(failed, 1);
    assert_int_equal(store_login_ghost_failed(s, "pair", t, 5, W, &failed, &until), STORE_OK);
    assert_int_equal(failed, 1);
    /* five, each just under the window after the one before: locked at the fifth */
    for (int i = 1; i <= 4; i++) {
        t += W - 1;
        assert_int_equal(store_admin_login_failed(s, id, t, 5, W, &failed, &until), STORE_OK);
        assert_int_equal(failed, i + 1);
        assert_int_equal(store_login_ghost_failed(s, "pair", t, 5, W, &failed, &until), STORE_OK);
        assert_int_equal(failed, i + 1);
    }
    assert_int_equal(until, t + W);
    assert_int_equal(store_admin_login_failed(s, id, t, 5, W, &failed, &until), STORE_OK);
    assert_int_equal(failed, 6);
    assert_int_equal(until, t + W);
    /* a running lock is kept whatever the window */
    assert_int_equal(store_login_ghost_failed(s, "pair", t + 10, 5, W, &failed, &until), STORE_OK);
    assert_int_equal(until, t + W);
    /* a new key starts at one */
    assert_int_equal(store_login_ghost_failed(s, "other", t, 5, W, &failed, &until), STORE_OK);
    assert_int_equal(failed, 1);
    store_close(s);
}

static void test_akismet_keys(void **state)
{
    store *s = open_store(*state);
    util_arena *a = util_arena_new();
    assert_int_equal(store_akismet_key_add(s, "blog", "hash1"), STORE_OK);
    assert_int_equal(store_akismet_key_add(s, "blog", "hash2"), STORE_CONFLICT);
    store_akismet_key k;
    assert_int_equal(store_akismet_key_find(s, a, "hash1", &k), STORE_OK);
    assert_string_equal(k.name, "blog");
    assert_int_equal(store_akismet_key_find(s, a, "hash2", &k), STORE_NOTFOUND);
    assert_int_equal(store_akismet_key_revoke(s, "blog"), STORE_OK);
    assert_int_equal(store_akismet_key_revoke(s, "blog"), STORE_NOTFOUND);
    assert_int_equal(store_akismet_key_find(s, a, "hash1", &k), STORE_NOTFOUND);
    store_akismet_key *list;
    size_t n;
    assert_int_equal(store_akismet_key_list(s, a, &list, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_true(list[0].revoked > 0);
    /* A revoked name can be given a new key. */
    assert_int_equal(store_akismet_key_add(s, "blog", "hash3"), STORE_OK);
    assert_int_equal(store_akismet_key_find(s, a, "hash3", &k), STORE_OK);
    assert_int_equal(store_akismet_key_list(s, a, &list, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(list[0].revoked, 0);
    util_arena_free(a);
    store_close(s);
}

/* ---- statistics ------------------------------------------------------------------------ */

static void test_stats(void **state)
{
    store *s = open_store(*state);
    util_arena *a = util_arena_new();
    make_comment(s, "site", "/s", STORE_PUBLISHED, "ip");
    make_comment(s, "site", "/s", STORE_PUBLISHED, "ip");
    int64_t c = make_comment(s, "site", "/s", STORE_SPAM, "ip");
    store_decision d = {.comment_id = c, .actor = "auto", .action = "spam", .category = "spam"};
    assert_int_equal(store_decision_add(s, &d, NULL), STORE_OK);
    d = (store_decision){.comment_id = c, .actor = "auto", .action = "publish"};
    assert_int_equal(store_decision_add(s, &d, NULL), STORE_OK);
    d = (store_decision){.comment_id = c, .actor = "admin:x", .action = "ham"};
    assert_int_equal(store_decision_add(s, &d, NULL), STORE_OK);
    store_stat_row *r;
    size_t n;
    int64_t since = util_now_ms() - 86400000;
    assert_int_equal(store_stats_days(s, a, since, &r, &n), STORE_OK);
    int64_t pub = 0, spam = 0;
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(r[i].day, util_now_ms() / 86400000);
        if (r[i].status == STORE_PUBLISHED)
            pub = r[i].count;
        if (r[i].status == STORE_SPAM)
            spam = r[i].count;
    }
    assert_true(pub == 2 && spam == 1);
    assert_int_equal(store_stats_categories(s, a, since, &r, &n), STORE_OK);
    assert_int_equal(n, 2);
    for (size_t i = 0; i < n; i++)
        assert_true(strcmp(r[i].key, "spam") == 0 || strcmp(r[i].key, "") == 0);
    assert_int_equal(store_stats_actions(s, a, since, &r, &n), STORE_OK);
    assert_int_equal(n, 3);
    assert_int_equal(store_stats_days(s, a, util_now_ms() + 100000, &r, &n), STORE_OK);
    assert_int_equal(n, 0);
    util_arena_free(a);
    store_close(s);
}

/* A posted comment's own decision (store_comment.auto_*) is an audit entry
 * with the comment's id, merged by id with the decisions' rows: comments
 * and decisions take their ids from one sequence. */
static int64_t make_decided(store *s, const char *uri, int status, const char *action,
                            const char *category, const char *detail)
{
    util_arena *a = util_arena_new();
    store_thread t;
    assert_int_equal(store_thread_ensure(s, a, "site", uri, "Titre", &t), STORE_OK);
    store_comment c = {.thread_id = t.id, .author = "Pierre", .text = "texte",
                       .html = "<p>texte</p>", .status = status, .auto_action = action,
                       .auto_category = category, .auto_detail = detail};
    int64_t id = 0;
    assert_int_equal(store_comment_insert(s, &c, &id), STORE_OK);
    util_arena_free(a);
    return id;
}

static void test_own_decisions(void **state)
{
    store *s = open_store(*state);
    util_arena *a = util_arena_new();
    int64_t c1 = make_decided(s, "/o", STORE_PENDING, "hold", "defamation", "{\"x\":1}");
    int64_t plain = make_comment(s, "site", "/o", STORE_PUBLISHED, "ip");
    store_decision d = {.comment_id = c1, .actor = "admin:marie", .action = "approve"};
    int64_t d1, d2;
    assert_int_equal(store_decision_add(s, &d, &d1), STORE_OK);
    int64_t c2 = make_decided(s, "/o", STORE_PUBLISHED, "publish", NULL, "{\"x\":2}");
    d = (store_decision){.actor = "akismet:blog", .action = "spam", .category = "spam"};
    assert_int_equal(store_decision_add(s, &d, &d2), STORE_OK);
    int64_t c3 = make_decided(s, "/o", STORE_REJECTED, "reject", "insult", "{\"x\":3}");
    /* one sequence: every id is new, in the order written */
    assert_true(c1 < plain && plain < d1 && d1 < c2 && c2 < d2 && d2 < c3);

    store_decision *v;
    size_t n;
    assert_int_equal(store_decisions_of_comment(s, a, c1, &v, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(v[0].id, c1);
    assert_int_equal(v[0].comment_id, c1);
    assert_string_equal(v[0].actor, "auto");
    assert_string_equal(v[0].action, "hold");
    assert_string_equal(v[0].category, "defamation");
    assert_string_equal(v[0].detail, "{\"x\":1}");
    assert_true(v[0].created > 0);
    assert_int_equal(v[1].id, d1);
    assert_int_equal(store_decisions_of_comment(s, a, plain, &v, &n), STORE_OK);
    assert_int_equal(n, 0);

    int64_t ids[] = {c1, plain, c2, c3};
    assert_int_equal(store_decisions_latest(s, a, ids, 4, &v, &n), STORE_OK);
    assert_int_equal(n, 3);
    for (size_t i = 0; i < n; i++) {
        if (v[i].comment_id == c1)
            assert_int_equal(v[i].id, d1); /* the editor's, newer than its own */
        else if (v[i].comment_id == c2)
            assert_int_equal(v[i].id, c2);
        else
            assert_int_equal(v[i].id, c3);
    }

    /* the log, newest first, in pages */
    int64_t want[] = {c3, d2, c2, d1, c1};
    assert_int_equal(store_decisions_page(s, a, 0, 3, &v, &n), STORE_OK);
    assert_int_equal(n, 3);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(v[i].id, want[i]);
    assert_null(v[1].detail);
    assert_int_equal(v[1].comment_id, 0);
    assert_int_equal(store_decisions_page(s, a, v[2].id, 3, &v, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(v[0].id, d1);
    assert_int_equal(v[1].id, c1);
    assert_string_equal(v[1].action, "hold");

    /* retention deletes the old rejected comment; its decision stays in
     * the log under the same id, detached */
    store_retention_counts rc;
    assert_int_equal(store_retention_run(s, util_now_ms() + 1000, 0, &rc), STORE_OK);
    assert_int_equal(rc.comments_deleted, 1);
    store_comment gone;
    assert_int_equal(store_comment_get(s, a, c3, &gone), STORE_NOTFOUND);
    assert_int_equal(store_decisions_page(s, a, 0, 1, &v, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(v[0].id, c3);
    assert_int_equal(v[0].comment_id, 0);
    assert_string_equal(v[0].action, "reject");
    assert_string_equal(v[0].category, "insult");
    assert_string_equal(v[0].detail, "{\"x\":3}");
    /* and the next comment's id is still new */
    int64_t c4 = make_decided(s, "/o", STORE_PUBLISHED, "publish", NULL, "{}");
    assert_true(c4 > c3);

    util_arena_free(a);
    store_close(s);
}

int main(void)
{
    util_log_set_level(getenv("STORE_TEST_LOG") ? UTIL_LOG_DEBUG : UTIL_LOG_ERROR);
#define MOD_TESTS(SETUP, TEARDOWN)                                                        \
    cmocka_unit_test_setup_teardown(test_spam_counts, SETUP, TEARDOWN),                   \
    cmocka_unit_test_setup_teardown(test_spam_many_and_replace, SETUP, TEARDOWN),         \
    cmocka_unit_test_setup_teardown(test_spam_foreach_pages, SETUP, TEARDOWN),            \
    cmocka_unit_test_setup_teardown(test_spam_claim, SETUP, TEARDOWN),                    \
    cmocka_unit_test_setup_teardown(test_spam_version, SETUP, TEARDOWN),                  \
    cmocka_unit_test_setup_teardown(test_spam_concurrent, SETUP, TEARDOWN),               \
    cmocka_unit_test_setup_teardown(test_policy, SETUP, TEARDOWN),                        \
    cmocka_unit_test_setup_teardown(test_fingerprints_and_trained, SETUP, TEARDOWN),      \
    cmocka_unit_test_setup_teardown(test_decisions_and_queue, SETUP, TEARDOWN),           \
    cmocka_unit_test_setup_teardown(test_own_decisions, SETUP, TEARDOWN),                 \
    cmocka_unit_test_setup_teardown(test_reports, SETUP, TEARDOWN),                       \
    cmocka_unit_test_setup_teardown(test_admins_and_sessions, SETUP, TEARDOWN),           \
    cmocka_unit_test_setup_teardown(test_login_failures_concurrent, SETUP, TEARDOWN),     \
    cmocka_unit_test_setup_teardown(test_login_failures_window, SETUP, TEARDOWN),         \
    cmocka_unit_test_setup_teardown(test_akismet_keys, SETUP, TEARDOWN),                  \
    cmocka_unit_test_setup_teardown(test_stats, SETUP, TEARDOWN)

    const struct CMUnitTest sqlite_tests[] = {MOD_TESTS(setup_sqlite, teardown_sqlite)};
    int failed = cmocka_run_group_tests_name("moderation store on sqlite", sqlite_tests, NULL, NULL);
    pg_base_url = getenv("CAUSERIE_TEST_PG_URL");
    if (pg_base_url && *pg_base_url) {
        const struct CMUnitTest pg_tests[] = {MOD_TESTS(setup_pg, teardown_pg)};
        failed += cmocka_run_group_tests_name("moderation store on postgresql", pg_tests, NULL,
                                              NULL);
    } else {
        fprintf(stderr, "[  SKIPPED ] moderation store on postgresql: CAUSERIE_TEST_PG_URL is "
                        "not set (eval \"$(scripts/pg-start.sh)\")\n");
    }
    return failed ? 1 : 0;
}
