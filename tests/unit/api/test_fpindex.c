/* test_fpindex — the SQLite server's in-memory count of repeated texts
 * (api/fpindex.c) against the store's own query (store_fingerprint_count):
 * the same answers for every site, fingerprint, address and excluded
 * comment, whether the comments were read back at start or added after;
 * an edited comment's old text stops counting; the ring grows, and when
 * full lets its oldest entries go; PostgreSQL gets no index.
 *
 * Must never: depend on the machine's speed (no timing). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#define STORE_FIXTURE_NAME "fpindex"
#include "../store_fixture.h"

#include "api/api_int.h"

#define DAY_MS (24 * 3600 * 1000LL)

static const char *fps[] = {"00000000000000a1", "00000000000000a2", "ffffffffffffffff",
                            "0123456789abcdef"};
static const char *sites[] = {"site-a", "site-b"};
static const char *ips[] = {"ip1", "ip2", "ip3", NULL};

typedef struct made {
    int64_t id, created;
    const char *fp, *site, *ip;
} made;

/* A comment with fingerprint fp, created `age` ms ago; a comment without
 * an IP hash carries a user agent (so it still holds private data). */
static made make(store *s, util_arena *a, unsigned k, int64_t age)
{
    made m = {.fp = fps[k % 4], .site = sites[(k / 4) % 2], .ip = ips[(k / 8) % 4],
              .created = util_now_ms() - age};
    store_thread t;
    assert_int_equal(store_thread_ensure(s, a, m.site, "/article", "Titre", &t), STORE_OK);
    store_comment c = {.thread_id = t.id, .author = "Lecteur", .text = "texte",
                       .html = "<p>texte</p>", .status = STORE_PUBLISHED, .ip_hash = m.ip,
                       .user_agent = m.ip ? NULL : "Mozilla/5.0", .created = m.created,
                       .fingerprint = m.fp};
    assert_int_equal(store_comment_insert(s, &c, &m.id), STORE_OK);
    return m;
}

/* Every query's answer from memory equals the store's; returns the sum of
 * the counts (so a test can tell it compared more than zeros). */
static int64_t check_same_as_store(store *s, api_fpindex *x, const made *all, size_t n)
{
    int64_t since = util_now_ms() - DAY_MS, total = 0;
    for (size_t f = 0; f < 4; f++)
        for (size_t si = 0; si < 2; si++)
            for (size_t ip = 0; ip < 4; ip++)
                for (size_t ex = 0; ex < 3; ex++) {
                    int64_t exclude = ex == 0 ? 0 : all[(ex * 37) % n].id, want = -1;
                    assert_int_equal(store_fingerprint_count(s, sites[si], fps[f], since, ips[ip],
                                                             exclude, &want),
                                     STORE_OK);
                    int64_t got = api__fpindex_count(x, sites[si], fps[f], since, ips[ip], exclude);
                    if (got != want)
                        fail_msg("fp %s site %s ip %s exclude %lld: memory %lld, store %lld",
                                 fps[f], sites[si], ips[ip] ? ips[ip] : "(none)",
                                 (long long)exclude, (long long)got, (long long)want);
                    total += want;
                }
    return total;
}

static void test_same_counts_as_the_store(void **state)
{
    fixture *fx = *state;
    store *s = open_store(fx);
    char err[256];
    util_arena *a = util_arena_new();
    api_fpindex *x = api__fpindex_new(s, err, sizeof err);
    if (fx->pg) {   /* the nodes share the store's index */
        assert_null(x);
        goto out;
    }
    assert_non_null(x);
    api__fpindex_free(x);

    made all[240];
    size_t n = 0;
    /* before the server starts: some older than a day, which never count */
    for (unsigned k = 0; k < 150; k++)
        all[n++] = make(s, a, k * 7, (int64_t)(k % 5 == 0 ? DAY_MS + 60000 : k * 1000));
    x = api__fpindex_new(s, err, sizeof err);
    assert_non_null(x);
    assert_true(check_same_as_store(s, x, all, n) > 200);
    /* then the comments it takes in */
    for (unsigned k = 0; k < 90; k++) {
        made m = make(s, a, k * 11 + 3, 0);
        api__fpindex_add(x, m.fp, m.id, m.created, m.site, m.ip);
        all[n++] = m;
    }
    assert_true(check_same_as_store(s, x, all, n) > 400);

    /* an edit: the store's row takes the new fingerprint, the index forgets
     * the old one */
    made *e = &all[200];
    const char *to = strcmp(e->fp, fps[0]) ? fps[0] : fps[1];
    assert_int_equal(store_comment_set_fingerprint(s, e->id, to), STORE_OK);
    api__fpindex_forget(x, e->fp, e->id);
    api__fpindex_add(x, to, e->id, e->created, e->site, e->ip);
    e->fp = to;
    assert_true(check_same_as_store(s, x, all, n) > 400);

    /* not fingerprints: nothing counted, nothing stored */
    api__fpindex_add(x, "not-hex", 1, util_now_ms(), "site-a", NULL);
    api__fpindex_add(x, NULL, 1, util_now_ms(), "site-a", NULL);
    assert_int_equal(api__fpindex_count(x, "site-a", "not-hex", 0, NULL, 0), 0);
    assert_int_equal(api__fpindex_count(x, "site-a", "00000000000000a1x", 0, NULL, 0), 0);
    api__fpindex_free(x);
out:
    util_arena_free(a);
    store_close(s);
}

static void test_grows_then_lets_the_oldest_go(void **state)
{
    fixture *fx = *state;
    if (fx->pg)
        skip();
    store *s = open_store(fx);
    char err[256];
    api_fpindex *x = api__fpindex_new(s, err, sizeof err);
    assert_non_null(x);
    int64_t now = util_now_ms();
    const size_t max = 1u << 19;   /* FPI_MAX */
    /* one text from many addresses, interleaved with others: the chains
     * survive every doubling */
    for (size_t i = 0; i < max + 1000; i++) {
        char ip[32];
        snprintf(ip, sizeof ip, "ip%zu", i);
        api__fpindex_add(x, i % 2 ? "00000000000000a1" : fps[2 + i % 4 / 2], (int64_t)i + 1,
                         now, "site-a", ip);
        if (i == 10000)
            assert_int_equal(api__fpindex_count(x, "site-a", "00000000000000a1", 0, NULL, 0),
                             5000);
    }
    /* full at max: the 1000 oldest entries are gone, 500 of them a1's */
    int64_t a1 = api__fpindex_count(x, "site-a", "00000000000000a1", 0, NULL, 0);
    assert_int_equal(a1, (int64_t)(max + 1000) / 2 - 500);
    assert_int_equal(api__fpindex_count(x, "site-a", "00000000000000a1", 0, "ip1", 0), a1);
    assert_int_equal(api__fpindex_count(x, "site-a", "00000000000000a1", 0, "ip1999", 0), a1 - 1);
    assert_int_equal(api__fpindex_count(x, "site-b", "00000000000000a1", 0, NULL, 0), 0);
    assert_int_equal(api__fpindex_count(x, "site-a", "00000000000000a1", now + 1, NULL, 0), 0);
    api__fpindex_forget(x, "00000000000000a1", 2000);
    assert_int_equal(api__fpindex_count(x, "site-a", "00000000000000a1", 0, NULL, 0), a1 - 1);
    api__fpindex_free(x);
    store_close(s);
}

int main(void)
{
    util_log_set_level(UTIL_LOG_ERROR);
    pg_base_url = getenv("CAUSERIE_TEST_PG_URL");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_same_counts_as_the_store, setup_sqlite,
                                        teardown_sqlite),
        cmocka_unit_test_setup_teardown(test_grows_then_lets_the_oldest_go, setup_sqlite,
                                        teardown_sqlite),
    };
    int rc = cmocka_run_group_tests_name("fpindex (sqlite)", tests, NULL, NULL);
    if (pg_base_url) {
        const struct CMUnitTest pg[] = {
            cmocka_unit_test_setup_teardown(test_same_counts_as_the_store, setup_pg, teardown_pg),
        };
        rc |= cmocka_run_group_tests_name("fpindex (postgresql)", pg, NULL, NULL);
    }
    return rc;
}
