/* test_privacy — what `causerie privacy export|erase` must find and leave,
 * on SQLite and, when CAUSERIE_TEST_PG_URL is set, PostgreSQL:
 *  - addresses are matched by Unicode case folding (store_email_casefold):
 *    "JOSÉ@…", "josé@…" and a decomposed "jose\u0301@…" are one person,
 *    "jose@…" another, on both backends alike; an erase of many comments
 *    (several batches) anonymises each and bumps each thread;
 *  - webhook rows hold no copy of the comment, and the call a row makes is
 *    built from the comment as it is when sent (notify__webhook_prepare):
 *    after an erase it carries the anonymous name and no website; a deleted
 *    comment, or one no longer in the event's state, cancels it; a row
 *    queued before schema 10 (its body in the payload) loses that body in
 *    the migration and is still sent, from its dedup key; so is a row that
 *    holds {"event","comment"} (queued by the versions before the payload
 *    became "{}").
 *
 * Must never: leave a database or a file behind (the fixture drops them). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notify/notify_int.h"
#include "store/store_int.h"

#define STORE_FIXTURE_NAME "privacy"
#include "store_fixture.h"

static int64_t make_comment(store *s, int64_t thread, const char *author, const char *email,
                            const char *website, int status)
{
    store_comment c = {.thread_id = thread, .author = author, .email = email,
                       .website = website, .text = "Un avis.", .html = "<p>Un avis.</p>",
                       .status = status, .ip_hash = "iphash", .user_agent = "UA"};
    int64_t id;
    assert_int_equal(store_comment_insert(s, &c, &id), STORE_OK);
    return id;
}

/* ---- the fold ----------------------------------------------------------- */

static void test_casefold(void **state)
{
    util_arena *a = util_arena_new();
    assert_null(store_email_casefold(a, NULL));
    assert_string_equal(store_email_casefold(a, "JOSÉ@Example.ORG"), "josé@example.org");
    /* NFC first: e + COMBINING ACUTE ACCENT is é */
    assert_string_equal(store_email_casefold(a, "JOSE\xCC\x81@example.org"), "josé@example.org");
    /* full folding: ß and SS are one, as are K (KELVIN SIGN) and k */
    assert_string_equal(store_email_casefold(a, "STRASSE@x.de"),
                        store_email_casefold(a, "straße@x.de"));
    assert_string_equal(store_email_casefold(a, "\xE2\x84\xAA" "ate@x.org"), "kate@x.org");
    assert_string_equal(store_email_casefold(a, "ΣΊΣΥΦΟΣ@x.gr"), "σίσυφοσ@x.gr");
    assert_string_equal(store_email_casefold(a, "Ünïcödé@BÜCHER.example"),
                        "ünïcödé@bücher.example");
    /* ASCII: exactly store_email_fold */
    assert_string_equal(store_email_casefold(a, "Marie.Curie+X@Example.ORG"),
                        store_email_fold(a, "Marie.Curie+X@Example.ORG"));
    /* not UTF-8: ASCII case only, never a crash */
    assert_string_equal(store_email_casefold(a, "\xFF" "AB@X.org"), "\xFF" "ab@x.org");
    util_arena_free(a);
}

/* ---- matching on the backends ------------------------------------------- */

static void test_unicode_match(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    store_thread t = fixture_thread(s, a, "/unicode", "Le titre");
    int64_t upper = make_comment(s, t.id, "José", "JOSÉ@example.org", "https://jose.example",
                                 STORE_PUBLISHED);
    int64_t lower = make_comment(s, t.id, "José", "josé@example.org", NULL, STORE_PENDING);
    int64_t nfd = make_comment(s, t.id, "José", "Jose\xCC\x81@Example.org", NULL, STORE_PUBLISHED);
    int64_t other = make_comment(s, t.id, "Jose", "jose@example.org", "https://autre.example",
                                 STORE_PUBLISHED);
    int64_t kelvin = make_comment(s, t.id, "Kate", "\xE2\x84\xAA" "ATE@example.org", NULL,
                                  STORE_PUBLISHED);
    int64_t kate = make_comment(s, t.id, "Kate", "kate@EXAMPLE.org", NULL, STORE_PUBLISHED);
    make_comment(s, t.id, "Sans adresse", NULL, NULL, STORE_PUBLISHED);

    store_comment *cs;
    size_t n;
    const char *asked[] = {"josé@example.org", "JOSÉ@EXAMPLE.ORG", "jose\xCC\x81@example.org"};
    for (size_t i = 0; i < UTIL_ARRAY_LEN(asked); i++) {
        assert_int_equal(store_comments_by_email(s, a, asked[i], &cs, &n), STORE_OK);
        assert_int_equal(n, 3);
        assert_int_equal(cs[0].id, upper);
        assert_int_equal(cs[1].id, lower);
        assert_int_equal(cs[2].id, nfd);
        assert_string_equal(cs[0].email, "JOSÉ@example.org"); /* kept as typed */
    }
    assert_int_equal(store_comments_by_email(s, a, "JOSE@example.org", &cs, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(cs[0].id, other);
    /* an ASCII address also finds what folds to it */
    assert_int_equal(store_comments_by_email(s, a, "KATE@example.org", &cs, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(cs[0].id, kelvin);
    assert_int_equal(cs[1].id, kate);
    assert_int_equal(store_comments_by_email(s, a, "personne@example.org", &cs, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_null(cs);

    store_privacy_counts c;
    assert_int_equal(store_privacy_erase(s, "JOSÉ@EXAMPLE.ORG", "Anonyme", &c), STORE_OK);
    assert_int_equal(c.comments, 3);
    int64_t gone[] = {upper, lower, nfd};
    store_comment got;
    for (size_t i = 0; i < UTIL_ARRAY_LEN(gone); i++) {
        assert_int_equal(store_comment_get(s, a, gone[i], &got), STORE_OK);
        assert_string_equal(got.author, "Anonyme");
        assert_null(got.email);
        assert_null(got.website);
        assert_null(got.ip_hash);
    }
    assert_int_equal(store_comment_get(s, a, other, &got), STORE_OK);
    assert_string_equal(got.author, "Jose");
    assert_string_equal(got.email, "jose@example.org");
    assert_string_equal(got.website, "https://autre.example");
    assert_int_equal(store_comments_by_email(s, a, "josé@example.org", &cs, &n), STORE_OK);
    assert_int_equal(n, 0);
    /* twice is nothing */
    assert_int_equal(store_privacy_erase(s, "josé@example.org", "Anonyme", &c), STORE_OK);
    assert_int_equal(c.comments + c.subscriptions + c.outbox, 0);
    util_arena_free(a);
    store_close(s);
}

/* More comments than one anonymising statement takes, in two threads. */
static void test_erase_many(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    store_thread t1 = fixture_thread(s, a, "/beaucoup-1", "Le titre");
    store_thread t2 = fixture_thread(s, a, "/beaucoup-2", "Le titre");
    const int N = 1203;
    assert_int_equal(store_begin(s), STORE_OK);
    for (int i = 0; i < N; i++)
        make_comment(s, i % 3 ? t1.id : t2.id, "Prolixe",
                     i % 2 ? "ÉLODIE@example.org" : "élodie@example.org", NULL, STORE_PUBLISHED);
    int64_t keep = make_comment(s, t1.id, "Autre", "elodie@example.org", NULL, STORE_PUBLISHED);
    assert_int_equal(store_commit(s), STORE_OK);
    assert_int_equal(store_thread_get(s, a, t1.id, &t1), STORE_OK);
    assert_int_equal(store_thread_get(s, a, t2.id, &t2), STORE_OK);
    store_privacy_counts c;
    assert_int_equal(store_privacy_erase(s, "Élodie@Example.org", "Anonymous", &c), STORE_OK);
    assert_int_equal(c.comments, N);
    store_thread after;
    assert_int_equal(store_thread_get(s, a, t1.id, &after), STORE_OK);
    assert_true(after.version > t1.version);
    assert_int_equal(store_thread_get(s, a, t2.id, &after), STORE_OK);
    assert_true(after.version > t2.version);
    store_comment *cs;
    size_t n;
    assert_int_equal(store_comments_by_email(s, a, "élodie@example.org", &cs, &n), STORE_OK);
    assert_int_equal(n, 0);
    store_comment got;
    assert_int_equal(store_comment_get(s, a, keep, &got), STORE_OK);
    assert_string_equal(got.author, "Autre");
    util_arena_free(a);
    store_close(s);
}

/* The explanations of an erased comment's decisions lose the spam filter's
 * clues that named the person (author words, e-mail domain, website, user
 * agent) and keep the text's. */
static void test_erase_scrubs_decisions(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    store_thread t = fixture_thread(s, a, "/indices", "Le titre");
    const char *detail = "{\"v\":2,\"action\":\"spam\",\"spam_prob\":0.99,\"tokens\":[[\"au:zebulonix\",0.99],"
                         "[\"w:casino\",0.97],[\"edom:zebulonix-perso.example\",0.95],[\"web:zebulonix.example\",0.9],"
                         "[\"ua:curl\",0.8]],\"abuse\":{\"prob\":0.1,\"tokens\":[[\"w:casino\",0.2]]},"
                         "\"reasons\":[\"classifier: spam probability 0.990 from 5 clues, strongest au:zebulonix (0.99)\","
                         "\"clues au:x, edom:zebulonix-perso.example,(web:zebulonix.example) and w:casino\"]}";
    store_comment c = {.thread_id = t.id, .author = "Zebulonix", .email = "zq@zebulonix-perso.example",
                       .website = "https://zebulonix.example", .text = "Casino.", .html = "<p>Casino.</p>",
                       .status = STORE_SPAM, .auto_action = "spam", .auto_category = "spam",
                       .auto_detail = detail};
    int64_t id;
    assert_int_equal(store_comment_insert(s, &c, &id), STORE_OK);
    store_decision d = {.comment_id = id, .actor = "admin:marie", .action = "spam", .detail = detail};
    assert_int_equal(store_decision_add(s, &d, NULL), STORE_OK);
    store_privacy_counts n;
    assert_int_equal(store_privacy_erase(s, "ZQ@zebulonix-perso.example", "Anonyme", &n), STORE_OK);
    assert_int_equal(n.comments, 1);
    store_decision *ds;
    size_t nd;
    assert_int_equal(store_decisions_of_comment(s, a, id, &ds, &nd), STORE_OK);
    assert_int_equal(nd, 2);
    for (size_t i = 0; i < nd; i++) {
        assert_non_null(ds[i].detail);
        if (strstr(ds[i].detail, "zebulonix") || strstr(ds[i].detail, "ua:curl"))
            fail_msg("decision %zu still names the person: %s", i, ds[i].detail);
        assert_non_null(strstr(ds[i].detail, "w:casino"));
        assert_non_null(strstr(ds[i].detail, "\"spam_prob\":0.99"));
        /* the reasons keep their sentence, the person's clues erased */
        assert_non_null(strstr(ds[i].detail, "strongest (erased) (0.99)"));
        assert_non_null(strstr(ds[i].detail, "clues (erased), (erased),((erased)) and w:casino"));
    }
    util_arena_free(a);
    store_close(s);
}

/* ---- webhooks ------------------------------------------------------------- */

/* The webhook row of (event, comment); fails the test when there is none. */
static store_outbox_row webhook_row(store *s, util_arena *a, const char *event, int64_t id)
{
    store_outbox_row *rows;
    size_t n;
    assert_int_equal(store_outbox_list(s, a, STORE_OUTBOX_ALL, 1000, &rows, &n), STORE_OK);
    char *key = util_arena_printf(a, "webhook:%s:%lld", event, (long long)id);
    for (size_t i = 0; i < n; i++)
        if (strcmp(rows[i].dedup_key, key) == 0)
            return rows[i];
    fail_msg("no outbox row %s", key);
    return rows[0];
}

/* prepare, expecting a body; returns its JSON (the caller decrefs). */
static json_t *prepared(store *s, util_arena *a, const store_outbox_row *row, const char *event)
{
    const char *ev, *why;
    char *body;
    assert_int_equal(notify__webhook_prepare(s, a, row, &ev, &body, &why), STORE_OK);
    if (!body)
        fail_msg("cancelled: %s", why);
    assert_string_equal(ev, event);
    json_t *j = json_loads(body, 0, NULL);
    assert_non_null(j);
    free(body);
    return j;
}

static const char *cancelled(store *s, util_arena *a, const store_outbox_row *row)
{
    const char *ev, *why;
    char *body = NULL;
    assert_int_equal(notify__webhook_prepare(s, a, row, &ev, &body, &why), STORE_OK);
    assert_null(body);
    assert_non_null(why);
    return why;
}

static void test_webhook_rows(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    util_config cfg = {0};
    cfg.notify_webhook_url = "http://127.0.0.1:9/hook";
    store_thread t = fixture_thread(s, a, "/webhook", "Le titre");
    notify_thread_ref ref = {t.id, t.site, t.uri, t.title};

    int64_t id = make_comment(s, t.id, "José Réel", "josé@example.org", "https://jose.example",
                              STORE_PUBLISHED);
    store_comment c;
    assert_int_equal(store_comment_get(s, a, id, &c), STORE_OK);
    assert_int_equal(notify_on_publish_tx(s, &cfg, &ref, &c), STORE_OK);
    store_outbox_row row = webhook_row(s, a, "comment.published", id);
    /* the row names the event and the comment (its key), nothing of the person */
    assert_string_equal(row.payload, "{}");
    assert_null(strstr(row.payload, "José"));
    assert_null(strstr(row.payload, "jose.example"));
    assert_null(strstr(row.payload, "avis"));
    json_t *j = prepared(s, a, &row, "comment.published");
    assert_string_equal(json_string_value(json_object_get(j, "event")), "comment.published");
    assert_string_equal(json_string_value(json_object_get(j, "uri")), "/webhook");
    json_t *jc = json_object_get(j, "comment");
    assert_int_equal(json_integer_value(json_object_get(jc, "id")), id);
    assert_string_equal(json_string_value(json_object_get(jc, "author")), "José Réel");
    assert_string_equal(json_string_value(json_object_get(jc, "website")), "https://jose.example");
    assert_string_equal(json_string_value(json_object_get(jc, "status")), "published");
    json_decref(j);
    /* the same row as the versions before wrote it: the same call */
    store_outbox_row old = row;
    old.payload = util_arena_printf(a, "{\"event\":\"comment.published\",\"comment\":%lld}",
                                    (long long)id);
    j = prepared(s, a, &old, "comment.published");
    assert_int_equal(json_integer_value(json_object_get(json_object_get(j, "comment"), "id")), id);
    json_decref(j);

    /* erased while the receiver is down: the call goes anonymised */
    store_privacy_counts pc;
    assert_int_equal(store_privacy_erase(s, "JOSÉ@example.org", "Anonyme", &pc), STORE_OK);
    assert_int_equal(pc.comments, 1);
    row = webhook_row(s, a, "comment.published", id);
    j = prepared(s, a, &row, "comment.published");
    jc = json_object_get(j, "comment");
    assert_string_equal(json_string_value(json_object_get(jc, "author")), "Anonyme");
    assert_true(json_is_null(json_object_get(jc, "website")));
    char *dump = json_dumps(j, 0);
    assert_null(strstr(dump, "José"));
    assert_null(strstr(dump, "jose.example"));
    free(dump);
    json_decref(j);

    /* deleted: not sent at all */
    assert_int_equal(store_comment_set_status(s, id, STORE_DELETED), STORE_OK);
    assert_string_equal(cancelled(s, a, &row), "the comment was deleted");

    /* no longer published */
    int64_t id2 = make_comment(s, t.id, "Lou", NULL, NULL, STORE_PUBLISHED);
    assert_int_equal(store_comment_get(s, a, id2, &c), STORE_OK);
    assert_int_equal(notify_on_publish_tx(s, &cfg, &ref, &c), STORE_OK);
    assert_int_equal(store_comment_set_status(s, id2, STORE_REJECTED), STORE_OK);
    row = webhook_row(s, a, "comment.published", id2);
    assert_string_equal(cancelled(s, a, &row), "the comment is no longer published");

    /* held: sent while held (pending or spam), not once moderated */
    int64_t id3 = make_comment(s, t.id, "Léa", "lea@example.org", NULL, STORE_PENDING);
    assert_int_equal(store_comment_get(s, a, id3, &c), STORE_OK);
    assert_int_equal(notify_on_hold_tx(s, &cfg, &ref, &c), STORE_OK);
    row = webhook_row(s, a, "comment.held", id3);
    j = prepared(s, a, &row, "comment.held");
    assert_string_equal(json_string_value(json_object_get(json_object_get(j, "comment"), "status")),
                        "pending");
    json_decref(j);
    assert_int_equal(store_comment_set_status(s, id3, STORE_SPAM), STORE_OK);
    json_decref(prepared(s, a, &row, "comment.held"));
    assert_int_equal(store_comment_set_status(s, id3, STORE_PUBLISHED), STORE_OK);
    assert_string_equal(cancelled(s, a, &row), "the comment was moderated already");

    /* a row naming a comment that does not exist, or nothing */
    store_outbox_row fake = {.id = 1, .kind = "webhook", .dedup_key = "webhook:comment.held:999999",
                             .payload = "{}"};
    assert_string_equal(cancelled(s, a, &fake), "the comment no longer exists");
    fake.dedup_key = "webhook:comment.held:12x";
    assert_string_equal(cancelled(s, a, &fake), "the row names no event and comment");
    fake.dedup_key = "something";
    fake.payload = "not json";
    assert_string_equal(cancelled(s, a, &fake), "the row names no event and comment");
    /* the key says what to send, whatever the payload holds */
    fake.payload = "{\"event\":\"comment.held\",\"comment\":1}";
    assert_string_equal(cancelled(s, a, &fake), "the row names no event and comment");
    fake.dedup_key = "webhook:comment.edited:1";
    assert_non_null(strstr(cancelled(s, a, &fake), "unknown webhook event"));
    util_arena_free(a);
    store_close(s);
}

/* A database at schema 9 with webhook rows holding their body (a
 * delivered one and a pending one), migrated: the bodies are gone, the
 * pending call is still made, from the comment as it is. */
static void test_migration_from_9(void **state)
{
    fixture *f = *state;
    char err[256];
    store *s = NULL;
    assert_int_equal(store_open(f->url, false, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store__query(s, NULL, STORE__STMT_SCHEMA_INIT, NULL, 0, NULL), STORE_OK);
    for (size_t v = 0; v < 9; v++) {
        const store__migration *m = &store__migrations[v];
        assert_int_equal(s->drv->exec_script(s, f->pg ? m->pg : m->sqlite), STORE_OK);
        store__val p[] = {STORE__I((int64_t)v + 1), STORE__I(1)};
        assert_int_equal(store__query(s, NULL, STORE__STMT_SCHEMA_VERSION_ADD, p, 2, NULL),
                         STORE_OK);
    }
    assert_int_equal(
        s->drv->exec_script(
            s, "INSERT INTO threads (site, uri, title, created) VALUES ('site', '/v9', 'T', 1);"
               "INSERT INTO comments (thread_id, author, email, website, text, html, status, "
               "created) SELECT id, 'Ancien Nom', 'ancien@example.org', 'https://ancien.example', "
               "'Vieux texte.', '<p>Vieux texte.</p>', 0, 1 FROM threads;"
               "INSERT INTO outbox (kind, dedup_key, payload, created, next_attempt, sent) "
               "SELECT 'webhook', 'webhook:comment.published:' || id, '{\"event\":\"comment."
               "published\",\"comment\":{\"id\":' || id || ',\"author\":\"Ancien Nom\","
               "\"website\":\"https://ancien.example\"}}', 1, 1, 0 FROM comments;"
               "INSERT INTO outbox (kind, dedup_key, payload, created, next_attempt, sent) "
               "SELECT 'webhook', 'webhook:comment.held:' || id, '{\"event\":\"comment.held\","
               "\"comment\":{\"id\":' || id || ',\"author\":\"Ancien Nom\"}}', 1, 1, 5 "
               "FROM comments;"
               "INSERT INTO outbox (kind, dedup_key, recipient, payload, created, next_attempt) "
               "VALUES ('mail.confirm', 'confirm:1', 'x@example.org', '{\"subscription\":1}', "
               "1, 1);"),
        STORE_OK);
    assert_int_equal(store_schema_version(s), 9);
    store_close(s);

    s = open_store(f);
    assert_int_equal(store_schema_version(s), (int)store__migration_count);
    util_arena *a = util_arena_new();
    store_outbox_row *rows;
    size_t n;
    assert_int_equal(store_outbox_list(s, a, STORE_OUTBOX_ALL, 100, &rows, &n), STORE_OK);
    assert_int_equal(n, 3);
    int webhooks = 0;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(rows[i].kind, "webhook") != 0) {
            assert_string_equal(rows[i].payload, "{\"subscription\":1}"); /* mails untouched */
            continue;
        }
        webhooks++;
        assert_string_equal(rows[i].payload, "{}");
        if (strncmp(rows[i].dedup_key, "webhook:comment.published:", 26) == 0) {
            store_privacy_counts pc;
            assert_int_equal(store_privacy_erase(s, "ANCIEN@example.org", "Anonyme", &pc),
                             STORE_OK);
            json_t *j = prepared(s, a, &rows[i], "comment.published");
            json_t *jc = json_object_get(j, "comment");
            assert_string_equal(json_string_value(json_object_get(jc, "author")), "Anonyme");
            assert_string_equal(json_string_value(json_object_get(jc, "text")), "Vieux texte.");
            json_decref(j);
        }
    }
    assert_int_equal(webhooks, 2);
    util_arena_free(a);
    store_close(s);
}

int main(void)
{
    util_log_set_level(getenv("STORE_TEST_LOG") ? UTIL_LOG_DEBUG : UTIL_LOG_ERROR);
#define TESTS(SETUP, TEARDOWN)                                                   \
    cmocka_unit_test_setup_teardown(test_unicode_match, SETUP, TEARDOWN),        \
    cmocka_unit_test_setup_teardown(test_erase_many, SETUP, TEARDOWN),           \
    cmocka_unit_test_setup_teardown(test_erase_scrubs_decisions, SETUP, TEARDOWN), \
    cmocka_unit_test_setup_teardown(test_webhook_rows, SETUP, TEARDOWN),         \
    cmocka_unit_test_setup_teardown(test_migration_from_9, SETUP, TEARDOWN)
    const struct CMUnitTest sqlite_tests[] = {
        cmocka_unit_test(test_casefold),
        TESTS(setup_sqlite, teardown_sqlite),
    };
    int failed = cmocka_run_group_tests_name("privacy on sqlite", sqlite_tests, NULL, NULL);
    pg_base_url = getenv("CAUSERIE_TEST_PG_URL");
    if (pg_base_url && *pg_base_url) {
        const struct CMUnitTest pg_tests[] = {TESTS(setup_pg, teardown_pg)};
        failed += cmocka_run_group_tests_name("privacy on postgresql", pg_tests, NULL, NULL);
    } else {
        fprintf(stderr, "[  SKIPPED ] privacy on postgresql: CAUSERIE_TEST_PG_URL is not set "
                        "(eval \"$(scripts/pg-start.sh)\")\n");
    }
    return failed ? 1 : 0;
}
