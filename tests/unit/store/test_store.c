/* test_store — the store contract (store.h), run against SQLite always and
 * against PostgreSQL when CAUSERIE_TEST_PG_URL is set (scripts/pg-start.sh).
 *
 * Every test gets a fresh database: a SQLite file in a new temporary
 * directory, or a PostgreSQL database created through the maintenance
 * connection (CAUSERIE_TEST_PG_URL) and dropped afterwards.  Tests reach
 * the driver internals (store_int.h) only for fault injection and to read
 * connection settings; the rest goes through the public API.
 *
 * Must never: assert inside a worker thread (cmocka longjmps): threads
 * record results and the main thread checks them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <libpq-fe.h>
#include <sqlite3.h>

#include "store/store_int.h"

#define STORE_FIXTURE_NAME "store"
#include "store_fixture.h"

static int64_t make_comment(store *s, int64_t thread_id, int64_t parent, int status,
                            const char *text)
{
    store_comment c = {
        .thread_id = thread_id, .parent = parent, .author = "Pierre", .text = text,
        .html = "<p>html</p>", .status = status,
    };
    int64_t id = 0;
    assert_int_equal(store_comment_insert(s, &c, &id), STORE_OK);
    assert_true(id > 0);
    assert_int_equal(c.id, id);
    return id;
}

static int64_t comment_count(store *s, int64_t thread_id)
{
    util_arena *a = util_arena_new();
    store_comment *list;
    size_t n;
    assert_int_equal(store_thread_comments(s, a, thread_id, 0x1f, &list, &n), STORE_OK);
    util_arena_free(a);
    return (int64_t)n;
}

/* ---- tests ------------------------------------------------------------- */

static void test_statement_table(void **state)
{
    for (int i = 0; i < STORE__STMT_COUNT; i++) {
        assert_non_null(store__statements[i].sqlite);
        assert_true(strlen(store__statements[i].sqlite) > 0);
    }
    assert_true(store__migration_count >= 1);
    for (size_t i = 0; i < store__migration_count; i++) {
        assert_non_null(store__migrations[i].sqlite);
        assert_non_null(store__migrations[i].pg);
    }
    assert_string_equal(store_strerror(STORE_NOTFOUND), "not found");
    assert_string_equal(store_strerror((store_status)99), "unknown store status");
    for (int i = STORE_PUBLISHED; i <= STORE_DELETED; i++)
        assert_int_equal(store_comment_status_parse(store_comment_status_name(i)), i);
    assert_string_equal(store_comment_status_name(STORE_SPAM), "spam");
    assert_string_equal(store_comment_status_name(9), "unknown");
    assert_int_equal(store_comment_status_parse("nope"), -1);
    assert_int_equal(store_comment_status_parse(NULL), -1);
}

static void test_bad_urls(void **state)
{
    const char *bad[] = {"", "mysql://localhost/x", "sqlite:", "sqlite://host/x.db",
                         "postgresql://%zz", "SQLITE:/tmp/x"};
    char err[256];
    for (size_t i = 0; i < UTIL_ARRAY_LEN(bad); i++) {
        store *s = (store *)1;
        err[0] = 0;
        assert_int_equal(store_open(bad[i], true, &s, err, sizeof err), STORE_EINVAL);
        assert_null(s);
        assert_true(strlen(err) > 0);
    }
    store *s = (store *)1;
    assert_int_equal(store_open(NULL, true, &s, err, sizeof err), STORE_EINVAL);
    assert_null(s);
    /* A directory that does not exist, a server that is not there. */
    assert_int_equal(store_open("sqlite:/nonexistent-dir/x/y.db", true, &s, err, sizeof err),
                     STORE_EIO);
    assert_null(s);
    assert_non_null(strstr(err, "nonexistent-dir"));
    assert_int_equal(store_open("postgresql://postgres@127.0.0.1:1/x", true, &s, err, sizeof err),
                     STORE_EIO);
    assert_null(s);
    assert_true(strlen(err) > 0);
    assert_null(store_pool_new("nope:", err, sizeof err));
    /* No room for a message is fine too. */
    assert_int_equal(store_open("postgresql://postgres@127.0.0.1:1/x", true, &s, NULL, 0),
                     STORE_EIO);
    assert_int_equal(store_open("sqlite:/nonexistent-dir/x.db", true, &s, NULL, 0), STORE_EIO);
    assert_int_equal(store_open("postgresql://%zz", true, &s, NULL, 0), STORE_EINVAL);
    assert_null(store_pool_new("sqlite:", NULL, 0));
}

static void test_sqlite_url_forms(void **state)
{
    fixture *f = *state;
    char url[400], err[256];
    store *s;
    /* sqlite:///abs/path */
    snprintf(url, sizeof url, "sqlite://%s/test.db", f->dir);
    assert_int_equal(store_open(url, true, &s, err, sizeof err), STORE_OK);
    store_close(s);
    /* sqlite:relative/path, from inside the directory */
    char cwd[512];
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(chdir(f->dir), 0);
    assert_int_equal(store_open("sqlite:test.db", false, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_schema_version(s), (int)store__migration_count);
    store_close(s);
    assert_int_equal(chdir(cwd), 0);
    /* sqlite::memory: */
    assert_int_equal(store_open("sqlite::memory:", true, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_schema_version(s), (int)store__migration_count);
    assert_int_equal(store_ping(s), STORE_OK);
    store_close(s);
    store_close(NULL);
}

static void test_migrations_idempotent(void **state)
{
    fixture *f = *state;
    char err[256];
    store *s = NULL;
    /* Without migrating, an empty database has no schema_version table. */
    assert_int_equal(store_open(f->url, false, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_schema_version(s), -1);
    store_close(s);

    s = open_store(f);
    assert_int_equal(store_schema_version(s), (int)store__migration_count);
    int64_t t = fixture_thread_id(s, "/a");
    make_comment(s, t, 0, STORE_PUBLISHED, "kept");
    store_close(s);

    s = open_store(f);   /* second migration run: nothing to do, nothing lost */
    assert_int_equal(store_schema_version(s), (int)store__migration_count);
    assert_int_equal(comment_count(s, t), 1);
    store_close(s);
}

/* Migration 7 gives comments and decisions one id sequence: on a database
 * written at version 6 (decision ids above the comments'), the next comment
 * and the next decision take ids above both. */
static void test_migration_shared_ids(void **state)
{
    fixture *f = *state;
    char err[256];
    store *s = NULL;
    bool pg = strncmp(f->url, "sqlite:", 7) != 0;
    assert_int_equal(store_open(f->url, false, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store__query(s, NULL, STORE__STMT_SCHEMA_INIT, NULL, 0, NULL), STORE_OK);
    for (size_t v = 0; v < 6; v++) {
        const store__migration *m = &store__migrations[v];
        assert_int_equal(s->drv->exec_script(s, pg ? m->pg : m->sqlite), STORE_OK);
        store__val p[] = {STORE__I((int64_t)v + 1), STORE__I(1)};
        assert_int_equal(store__query(s, NULL, STORE__STMT_SCHEMA_VERSION_ADD, p, 2, NULL),
                         STORE_OK);
    }
    assert_int_equal(s->drv->exec_script(
                         s, "INSERT INTO threads (site, uri, created) VALUES ('site', '/m', 1);"
                            "INSERT INTO comments (thread_id, author, text, html, status, created) "
                            "SELECT id, 'a', 't', '<p>t</p>', 0, 1 FROM threads;"),
                     STORE_OK);
    for (int i = 0; i < 40; i++)
        assert_int_equal(s->drv->exec_script(s, "INSERT INTO decisions (comment_id, created, "
                                                "actor, action) SELECT MAX(id), 1, 'auto', "
                                                "'publish' FROM comments;"),
                         STORE_OK);
    assert_int_equal(store_schema_version(s), 6);
    store_close(s);

    s = open_store(f);
    assert_int_equal(store_schema_version(s), (int)store__migration_count);
    int64_t c = make_comment(s, fixture_thread_id(s, "/m"), 0, STORE_PUBLISHED, "après");
    assert_true(c > 40);
    store_decision d = {.comment_id = c, .actor = "admin:marie", .action = "approve"};
    int64_t did = 0;
    assert_int_equal(store_decision_add(s, &d, &did), STORE_OK);
    assert_true(did > c);
    int64_t c2 = make_comment(s, fixture_thread_id(s, "/m"), 0, STORE_PUBLISHED, "encore");
    assert_true(c2 > did);
    util_arena *a = util_arena_new();
    store_decision *v;
    size_t n;
    assert_int_equal(store_decisions_page(s, a, 0, 100, &v, &n), STORE_OK);
    assert_int_equal(n, 41);
    assert_int_equal(v[0].id, did);
    assert_int_equal(v[40].id, 1);
    util_arena_free(a);
    store_close(s);
}

struct open_race {
    const char *url;
    store_status st;
    int version;
};

static void *open_race_thread(void *arg)
{
    struct open_race *r = arg;
    char err[256];
    store *s = NULL;
    r->st = store_open(r->url, true, &s, err, sizeof err);
    if (r->st == STORE_OK) {
        r->version = store_schema_version(s);
        store_close(s);
    } else {
        fprintf(stderr, "test: concurrent open: %s\n", err);
    }
    return NULL;
}

/* Two nodes starting at once on an empty database: one migrates, the
 * other waits for it and finds the schema up to date. */
static void test_migrations_concurrent(void **state)
{
    fixture *f = *state;
    struct open_race r[3];
    pthread_t th[3];
    for (int i = 0; i < 3; i++) {
        r[i] = (struct open_race){f->url, STORE_EIO, 0};
        assert_int_equal(pthread_create(&th[i], NULL, open_race_thread, &r[i]), 0);
    }
    for (int i = 0; i < 3; i++) {
        pthread_join(th[i], NULL);
        assert_int_equal(r[i].st, STORE_OK);
        assert_int_equal(r[i].version, (int)store__migration_count);
    }
}

static void test_threads(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    store_thread t, t2;

    assert_int_equal(store_thread_find(s, a, "site", "/x", &t), STORE_NOTFOUND);
    assert_int_equal(t.id, 0);
    assert_int_equal(store_thread_ensure(s, a, "site", "/x", NULL, &t), STORE_OK);
    assert_true(t.id > 0);
    assert_string_equal(t.site, "site");
    assert_string_equal(t.uri, "/x");
    assert_null(t.title);
    assert_int_equal(t.version, 0);
    assert_true(t.created > 0);

    /* A title fills an empty one (and is a change to the thread) ... */
    assert_int_equal(store_thread_ensure(s, a, "site", "/x", "Drones", &t2), STORE_OK);
    assert_int_equal(t2.id, t.id);
    assert_string_equal(t2.title, "Drones");
    assert_int_equal(t2.version, 1);
    /* ... but never replaces one. */
    assert_int_equal(store_thread_ensure(s, a, "site", "/x", "Other", &t2), STORE_OK);
    assert_string_equal(t2.title, "Drones");
    assert_int_equal(t2.version, 1);
    assert_int_equal(store_thread_ensure(s, a, "site", "/x", "", &t2), STORE_OK);
    assert_string_equal(t2.title, "Drones");

    assert_int_equal(store_thread_find(s, a, "site", "/x", &t2), STORE_OK);
    assert_int_equal(t2.id, t.id);
    assert_int_equal(store_thread_get(s, a, t.id, &t2), STORE_OK);
    assert_string_equal(t2.uri, "/x");
    assert_int_equal(store_thread_get(s, a, t.id + 1000, &t2), STORE_NOTFOUND);

    /* The same uri on another site is another thread; titles are kept as
     * given (UTF-8, quotes). */
    assert_int_equal(store_thread_ensure(s, a, "autre", "/x", "L'été \"חדשות\"", &t2), STORE_OK);
    assert_true(t2.id != t.id);
    assert_string_equal(t2.title, "L'été \"חדשות\"");

    assert_int_equal(store_thread_find(s, a, NULL, "/x", &t2), STORE_EINVAL);
    assert_int_equal(store_thread_ensure(s, a, "site", NULL, NULL, &t2), STORE_EINVAL);
    util_arena_free(a);
    store_close(s);
}

static void test_comments(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    int64_t t = fixture_thread_id(s, "/article");
    int64_t other = fixture_thread_id(s, "/other");

    store_comment c = {
        .thread_id = t, .author = "Elie Zeitouni", .email = "elie@example.org",
        .website = "https://example.org", .text = "Très *bien* — שלום", .html = "<p>Très</p>",
        .status = STORE_PENDING, .anchor = "{\"paragraph\":3,\"quote\":\"x\"}",
        .created = 1700000000123, .reports = 2, .ip_hash = "iphash", .edit_token_hash = "tok",
        .user_agent = "Mozilla/5.0", .lang = "fr",
    };
    int64_t id = 0;
    assert_int_equal(store_comment_insert(s, &c, &id), STORE_OK);
    assert_true(id > 0);
    assert_int_equal(fixture_thread_version(s, t), 1);

    store_comment g;
    assert_int_equal(store_comment_get(s, a, id, &g), STORE_OK);
    assert_int_equal(g.id, id);
    assert_int_equal(g.thread_id, t);
    assert_int_equal(g.parent, 0);
    assert_string_equal(g.author, "Elie Zeitouni");
    assert_string_equal(g.email, "elie@example.org");
    assert_string_equal(g.website, "https://example.org");
    assert_string_equal(g.text, "Très *bien* — שלום");
    assert_string_equal(g.html, "<p>Très</p>");
    assert_int_equal(g.status, STORE_PENDING);
    assert_string_equal(g.anchor, "{\"paragraph\":3,\"quote\":\"x\"}");
    assert_int_equal(g.created, 1700000000123);
    assert_int_equal(g.modified, 0);
    assert_int_equal(g.likes, 0);
    assert_int_equal(g.dislikes, 0);
    assert_int_equal(g.reports, 2);
    assert_string_equal(g.ip_hash, "iphash");
    assert_string_equal(g.edit_token_hash, "tok");
    assert_string_equal(g.user_agent, "Mozilla/5.0");
    assert_string_equal(g.lang, "fr");

    /* created is filled in when zero; optional fields stay NULL. */
    store_comment r = {.thread_id = t, .parent = id, .author = "Pierre", .text = "reply",
                       .html = "<p>reply</p>"};
    int64_t rid = 0;
    assert_int_equal(store_comment_insert(s, &r, &rid), STORE_OK);
    assert_true(rid > id);
    assert_true(r.created > 1700000000123);
    assert_int_equal(store_comment_get(s, a, rid, &g), STORE_OK);
    assert_int_equal(g.parent, id);
    assert_int_equal(g.created, r.created);
    assert_null(g.email);
    assert_null(g.website);
    assert_null(g.anchor);
    assert_null(g.lang);
    assert_int_equal(fixture_thread_version(s, t), 2);

    /* A parent in another thread, or none, a thread that does not exist,
     * bad arguments: refused, nothing written. */
    store_comment bad = r;
    bad.thread_id = other;
    assert_int_equal(store_comment_insert(s, &bad, &rid), STORE_EINVAL);
    assert_int_equal(rid, 0);
    bad = r;
    bad.parent = id + 1000;
    assert_int_equal(store_comment_insert(s, &bad, NULL), STORE_EINVAL);
    bad = r;
    bad.thread_id = other + 1000;
    bad.parent = 0;
    assert_int_equal(store_comment_insert(s, &bad, NULL), STORE_EINVAL);
    bad = r;
    bad.status = 7;
    assert_int_equal(store_comment_insert(s, &bad, NULL), STORE_EINVAL);
    bad = r;
    bad.text = NULL;
    assert_int_equal(store_comment_insert(s, &bad, NULL), STORE_EINVAL);
    assert_int_equal(comment_count(s, t), 2);
    assert_int_equal(comment_count(s, other), 0);
    assert_int_equal(fixture_thread_version(s, t), 2);
    assert_int_equal(fixture_thread_version(s, other), 0);

    /* Edit: text, html, status, modified; the thread version moves. */
    assert_int_equal(store_comment_update_text(s, id, "edited", "<p>edited</p>", STORE_PUBLISHED,
                                               1700000999000),
                     STORE_OK);
    assert_int_equal(store_comment_get(s, a, id, &g), STORE_OK);
    assert_string_equal(g.text, "edited");
    assert_string_equal(g.html, "<p>edited</p>");
    assert_int_equal(g.status, STORE_PUBLISHED);
    assert_int_equal(g.modified, 1700000999000);
    assert_string_equal(g.email, "elie@example.org");
    assert_int_equal(fixture_thread_version(s, t), 3);
    assert_int_equal(store_comment_update_text(s, id + 1000, "x", "x", 0, 1), STORE_NOTFOUND);
    assert_int_equal(store_comment_update_text(s, id, "x", "x", -1, 1), STORE_EINVAL);
    assert_int_equal(store_comment_update_text(s, id, NULL, "x", 0, 1), STORE_EINVAL);

    assert_int_equal(store_comment_set_status(s, id, STORE_SPAM), STORE_OK);
    assert_int_equal(store_comment_get(s, a, id, &g), STORE_OK);
    assert_int_equal(g.status, STORE_SPAM);
    assert_int_equal(fixture_thread_version(s, t), 4);
    assert_int_equal(store_comment_set_status(s, id + 1000, STORE_SPAM), STORE_NOTFOUND);
    assert_int_equal(store_comment_set_status(s, id, 5), STORE_EINVAL);
    assert_int_equal(fixture_thread_version(s, t), 4);

    assert_int_equal(store_comment_get(s, a, id + 1000, &g), STORE_NOTFOUND);
    assert_null(g.author);
    util_arena_free(a);
    store_close(s);
}

/* The plan of the live streams' range read (api/events.c runs it under a
 * page's lock, for every stream that opens and every comment handed on):
 * the thread, the status and the id range all bound one index, so that it
 * reads the rows it returns and no others, whatever the thread's size or
 * the table's.  PostgreSQL: the generic plan of the prepared statement,
 * which the server settles on after five runs (an index on (thread_id,
 * status) alone let it intersect that with the whole primary key: ~100 ms
 * a stream open with a million comments). */
static void test_thread_range_indexed(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    int64_t th = fixture_thread_id(s, "/range");
    for (int i = 0; i < 3; i++)
        make_comment(s, th, 0, STORE_PUBLISHED, "texte");
    store_close(s);
    const char *sql = store__statements[STORE__STMT_THREAD_PUBLISHED_BETWEEN].sqlite;
    char plan[2048] = "";
    if (!f->pg) {
        sqlite3 *db;
        assert_int_equal(sqlite3_open(f->url + strlen("sqlite:"), &db), SQLITE_OK);
        char *q = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", sql);
        sqlite3_stmt *st;
        assert_int_equal(sqlite3_prepare_v2(db, q, -1, &st, NULL), SQLITE_OK);
        while (sqlite3_step(st) == SQLITE_ROW)
            snprintf(plan + strlen(plan), sizeof plan - strlen(plan), "%s\n",
                     (const char *)sqlite3_column_text(st, 3));
        sqlite3_finalize(st);
        sqlite3_free(q);
        sqlite3_close(db);
        /* the index on (thread_id, status) ends with the rowid, the id */
        assert_non_null(strstr(plan, "(thread_id=? AND status=? AND "));
        assert_true(strstr(plan, "rowid>? AND rowid<?)") || strstr(plan, "id>? AND id<?)"));
        return;
    }
    char text[1024];   /* ?N as $N, as pg.c prepares it */
    size_t n = 0;
    for (const char *c = sql; *c && n + 1 < sizeof text; c++)
        text[n++] = *c == '?' ? '$' : *c;
    text[n] = '\0';
    PGconn *c = PQconnectdb(f->url);
    assert_int_equal(PQstatus(c), CONNECTION_OK);
    char *prep = NULL;
    assert_true(asprintf(&prep, "PREPARE q(bigint, bigint, bigint, bigint) AS %s", text) > 0);
    /* (no sequential scan: three rows fit one page, which would hide the
     * plan a big table gets) */
    const char *steps[] = {"ANALYZE comments", "SET plan_cache_mode = force_generic_plan",
                           "SET enable_seqscan = off", prep};
    for (size_t i = 0; i < UTIL_ARRAY_LEN(steps); i++) {
        PGresult *r = PQexec(c, steps[i]);
        assert_int_equal(PQresultStatus(r), PGRES_COMMAND_OK);
        PQclear(r);
    }
    free(prep);
    PGresult *r = PQexec(c, "EXPLAIN EXECUTE q(1, 0, 9223372036854775807, 200)");
    assert_int_equal(PQresultStatus(r), PGRES_TUPLES_OK);
    bool bound = false;
    for (int i = 0; i < PQntuples(r); i++) {
        const char *line = PQgetvalue(r, i, 0);
        snprintf(plan + strlen(plan), sizeof plan - strlen(plan), "%s\n", line);
        bound = bound || (strstr(line, "Index Cond:") && strstr(line, "thread_id = $1") &&
                          strstr(line, "status = 0") && strstr(line, "id > $2") &&
                          strstr(line, "id < $3"));
    }
    PQclear(r);
    PQfinish(c);
    if (!bound)
        fprintf(stderr, "test: the range read is not bound by one index:\n%s", plan);
    assert_true(bound);
}

static void test_thread_comments_mask(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    int64_t t = fixture_thread_id(s, "/mask");
    int64_t other = fixture_thread_id(s, "/other");
    int64_t ids[5];
    for (int st = 0; st < 5; st++)
        ids[st] = make_comment(s, t, 0, st, "x");
    int64_t p2 = make_comment(s, t, ids[0], STORE_PUBLISHED, "reply");
    make_comment(s, other, 0, STORE_PUBLISHED, "elsewhere");
    store_comment c = {.thread_id = t, .author = "a", .email = "secret@example.org", .text = "t",
                       .html = "h", .ip_hash = "ip", .edit_token_hash = "tok", .user_agent = "ua"};
    int64_t priv = 0;
    assert_int_equal(store_comment_insert(s, &c, &priv), STORE_OK);

    store_comment *list;
    size_t n;
    assert_int_equal(store_thread_comments(s, a, t, 1u << STORE_PUBLISHED, &list, &n), STORE_OK);
    assert_int_equal(n, 3);
    assert_int_equal(list[0].id, ids[0]);
    assert_int_equal(list[1].id, p2);
    assert_int_equal(list[1].parent, ids[0]);
    assert_int_equal(list[2].id, priv);
    /* Private fields are not loaded for readers' lists. */
    assert_null(list[2].email);
    assert_null(list[2].ip_hash);
    assert_null(list[2].edit_token_hash);
    assert_null(list[2].user_agent);
    assert_string_equal(list[2].author, "a");

    assert_int_equal(store_thread_comments(s, a, t, (1u << STORE_PENDING) | (1u << STORE_SPAM),
                                           &list, &n),
                     STORE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(list[0].id, ids[1]);
    assert_int_equal(list[0].status, STORE_PENDING);
    assert_int_equal(list[1].id, ids[2]);
    assert_int_equal(store_thread_comments(s, a, t, 1u << STORE_DELETED, &list, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(list[0].id, ids[4]);
    assert_int_equal(store_thread_comments(s, a, t, 0, &list, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_null(list);
    assert_int_equal(store_thread_comments(s, a, t, 0xffffffffu, &list, &n), STORE_OK);
    assert_int_equal(n, 7);
    assert_int_equal(store_thread_comments(s, a, t + 1000, 0x1f, &list, &n), STORE_OK);
    assert_int_equal(n, 0);

    /* Editors' queue: one status, any thread, newest first, paged. */
    for (int i = 0; i < 3; i++)
        make_comment(s, other, 0, STORE_PENDING, "queued");
    assert_int_equal(store_comments_by_status(s, a, STORE_PENDING, 0, 0, &list, &n), STORE_OK);
    assert_int_equal(n, 4);
    assert_true(list[0].id > list[1].id && list[1].id > list[2].id);
    assert_int_equal(list[3].id, ids[1]);
    assert_non_null(list[0].author);
    assert_int_equal(store_comments_by_status(s, a, STORE_PENDING, 0, 2, &list, &n), STORE_OK);
    assert_int_equal(n, 2);
    int64_t last = list[1].id;
    assert_int_equal(store_comments_by_status(s, a, STORE_PENDING, last, 2, &list, &n), STORE_OK);
    assert_int_equal(n, 2);
    assert_true(list[0].id < last);
    assert_int_equal(list[1].id, ids[1]);
    assert_int_equal(store_comments_by_status(s, a, STORE_PENDING, ids[1], 2, &list, &n), STORE_OK);
    assert_int_equal(n, 0);
    assert_int_equal(store_comments_by_status(s, a, 42, 0, 2, &list, &n), STORE_EINVAL);
    /* The editors' view has the private fields. */
    assert_int_equal(store_comments_by_status(s, a, STORE_PUBLISHED, 0, 1, &list, &n), STORE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(list[0].id, priv);
    assert_string_equal(list[0].email, "secret@example.org");
    util_arena_free(a);
    store_close(s);
}

static void test_counts(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    int64_t t1 = fixture_thread_id(s, "/one");
    int64_t t2 = fixture_thread_id(s, "/two");
    fixture_thread_id(s, "/empty");
    make_comment(s, t1, 0, STORE_PUBLISHED, "a");
    make_comment(s, t1, 0, STORE_PUBLISHED, "b");
    make_comment(s, t1, 0, STORE_PENDING, "c");
    make_comment(s, t1, 0, STORE_DELETED, "d");
    make_comment(s, t2, 0, STORE_PUBLISHED, "e");
    make_comment(s, t2, 0, STORE_SPAM, "f");
    util_arena *a = util_arena_new();
    store_thread other;
    assert_int_equal(store_thread_ensure(s, a, "elsewhere", "/one", NULL, &other), STORE_OK);
    make_comment(s, other.id, 0, STORE_PUBLISHED, "g");
    util_arena_free(a);

    const char *uris[] = {"/one", "/unknown", "/two", "/empty", "/one", ""};
    int64_t counts[6];
    memset(counts, 0x55, sizeof counts);
    assert_int_equal(store_counts(s, "site", uris, 6, counts), STORE_OK);
    assert_int_equal(counts[0], 2);
    assert_int_equal(counts[1], 0);
    assert_int_equal(counts[2], 1);
    assert_int_equal(counts[3], 0);
    assert_int_equal(counts[4], 2);
    assert_int_equal(counts[5], 0);
    assert_int_equal(store_counts(s, "elsewhere", uris, 2, counts), STORE_OK);
    assert_int_equal(counts[0], 1);
    assert_int_equal(counts[1], 0);
    assert_int_equal(store_counts(s, "site", NULL, 0, NULL), STORE_OK);
    const char *bad[] = {"/one", NULL};
    assert_int_equal(store_counts(s, "site", bad, 2, counts), STORE_EINVAL);
    assert_int_equal(counts[0], 0);
    assert_int_equal(store_counts(s, NULL, uris, 1, counts), STORE_EINVAL);
    store_close(s);
}

static void test_votes(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    int64_t t = fixture_thread_id(s, "/votes");
    int64_t c = make_comment(s, t, 0, STORE_PUBLISHED, "vote on me");
    int64_t pending = make_comment(s, t, 0, STORE_PENDING, "not yet");
    int64_t v0 = fixture_thread_version(s, t);
    int64_t likes = -1, dislikes = -1;

    assert_int_equal(store_vote(s, c, "alice", 1, &likes, &dislikes), STORE_OK);
    assert_int_equal(likes, 1);
    assert_int_equal(dislikes, 0);
    assert_int_equal(fixture_thread_version(s, t), v0 + 1);
    /* The same vote again changes nothing, not even the version. */
    assert_int_equal(store_vote(s, c, "alice", 1, &likes, &dislikes), STORE_OK);
    assert_int_equal(likes, 1);
    assert_int_equal(dislikes, 0);
    assert_int_equal(fixture_thread_version(s, t), v0 + 1);
    /* Another reader; then alice changes her mind: the vote is replaced. */
    assert_int_equal(store_vote(s, c, "bob", 1, &likes, &dislikes), STORE_OK);
    assert_int_equal(likes, 2);
    assert_int_equal(store_vote(s, c, "alice", -1, &likes, &dislikes), STORE_OK);
    assert_int_equal(likes, 1);
    assert_int_equal(dislikes, 1);
    assert_int_equal(store_vote(s, c, "carol", -1, &likes, &dislikes), STORE_OK);
    assert_int_equal(likes, 1);
    assert_int_equal(dislikes, 2);
    /* Withdraw, twice (the second is a no-op). */
    assert_int_equal(store_vote(s, c, "alice", 0, &likes, &dislikes), STORE_OK);
    assert_int_equal(likes, 1);
    assert_int_equal(dislikes, 1);
    assert_int_equal(store_vote(s, c, "alice", 0, &likes, &dislikes), STORE_OK);
    assert_int_equal(dislikes, 1);
    assert_int_equal(store_vote(s, c, "nobody", 0, NULL, NULL), STORE_OK);

    util_arena *a = util_arena_new();
    store_comment g;
    assert_int_equal(store_comment_get(s, a, c, &g), STORE_OK);
    assert_int_equal(g.likes, 1);
    assert_int_equal(g.dislikes, 1);
    util_arena_free(a);
    int64_t v1 = fixture_thread_version(s, t);

    /* Unknown and unpublished comments, bad values: refused, outs cleared. */
    likes = dislikes = 7;
    assert_int_equal(store_vote(s, c + 1000, "alice", 1, &likes, &dislikes), STORE_NOTFOUND);
    assert_int_equal(likes, 0);
    assert_int_equal(dislikes, 0);
    assert_int_equal(store_vote(s, pending, "alice", 1, &likes, &dislikes), STORE_NOTFOUND);
    assert_int_equal(store_vote(s, c, "alice", 2, &likes, &dislikes), STORE_EINVAL);
    assert_int_equal(store_vote(s, c, "alice", -2, &likes, &dislikes), STORE_EINVAL);
    assert_int_equal(store_vote(s, c, "", 1, &likes, &dislikes), STORE_EINVAL);
    assert_int_equal(store_vote(s, c, NULL, 1, &likes, &dislikes), STORE_EINVAL);
    assert_int_equal(fixture_thread_version(s, t), v1);
    /* Once unpublished, the comment takes no more votes; its totals stay. */
    assert_int_equal(store_comment_set_status(s, c, STORE_DELETED), STORE_OK);
    assert_int_equal(store_vote(s, c, "dave", 1, &likes, &dislikes), STORE_NOTFOUND);
    assert_int_equal(store_comment_set_status(s, c, STORE_PUBLISHED), STORE_OK);
    assert_int_equal(store_vote(s, c, "dave", 1, &likes, &dislikes), STORE_OK);
    assert_int_equal(likes, 2);
    assert_int_equal(dislikes, 1);
    store_close(s);
}

static void test_settings(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    char *v = (char *)"x";
    assert_int_equal(store_setting_get(s, a, "secret", &v), STORE_NOTFOUND);
    assert_null(v);
    assert_int_equal(store_setting_ensure(s, a, "secret", "first", &v), STORE_OK);
    assert_string_equal(v, "first");
    assert_int_equal(store_setting_ensure(s, a, "secret", "second", &v), STORE_OK);
    assert_string_equal(v, "first");
    assert_int_equal(store_setting_get(s, a, "secret", &v), STORE_OK);
    assert_string_equal(v, "first");
    assert_int_equal(store_setting_set(s, "secret", "third"), STORE_OK);
    assert_int_equal(store_setting_get(s, a, "secret", &v), STORE_OK);
    assert_string_equal(v, "third");
    assert_int_equal(store_setting_set(s, "empty", ""), STORE_OK);
    assert_int_equal(store_setting_get(s, a, "empty", &v), STORE_OK);
    assert_string_equal(v, "");
    assert_int_equal(store_setting_set(s, NULL, "x"), STORE_EINVAL);
    assert_int_equal(store_setting_set(s, "k", NULL), STORE_EINVAL);
    assert_int_equal(store_setting_ensure(s, a, NULL, "x", &v), STORE_EINVAL);
    assert_null(v);
    util_arena_free(a);
    store_close(s);

    /* Settings outlive the connection. */
    s = open_store(f);
    a = util_arena_new();
    assert_int_equal(store_setting_get(s, a, "secret", &v), STORE_OK);
    assert_string_equal(v, "third");
    util_arena_free(a);
    store_close(s);
}

static void test_transactions(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    store_thread t;

    /* Rolled back: neither the thread nor its comment exists. */
    assert_int_equal(store_begin(s), STORE_OK);
    assert_int_equal(store_thread_ensure(s, a, "site", "/tx", NULL, &t), STORE_OK);
    make_comment(s, t.id, 0, STORE_PUBLISHED, "gone");
    store_rollback(s);
    assert_int_equal(store_thread_find(s, a, "site", "/tx", &t), STORE_NOTFOUND);

    /* Committed: both. */
    assert_int_equal(store_begin(s), STORE_OK);
    assert_int_equal(store_thread_ensure(s, a, "site", "/tx", NULL, &t), STORE_OK);
    make_comment(s, t.id, 0, STORE_PUBLISHED, "kept");
    assert_int_equal(store_commit(s), STORE_OK);
    assert_int_equal(comment_count(s, t.id), 1);

    /* Nested: the inner commit is part of the outer transaction. */
    assert_int_equal(store_begin(s), STORE_OK);
    assert_int_equal(store_begin(s), STORE_OK);
    make_comment(s, t.id, 0, STORE_PUBLISHED, "inner");
    assert_int_equal(store_commit(s), STORE_OK);
    make_comment(s, t.id, 0, STORE_PUBLISHED, "outer");
    assert_int_equal(store_commit(s), STORE_OK);
    assert_int_equal(comment_count(s, t.id), 3);

    /* An inner rollback dooms the outer transaction: its commit fails and
     * nothing of it is kept. */
    assert_int_equal(store_begin(s), STORE_OK);
    make_comment(s, t.id, 0, STORE_PUBLISHED, "outer, doomed");
    assert_int_equal(store_begin(s), STORE_OK);
    store_rollback(s);
    assert_int_not_equal(store_commit(s), STORE_OK);
    assert_int_equal(comment_count(s, t.id), 3);

    /* Commit without a transaction. */
    assert_int_equal(store_commit(s), STORE_EINVAL);
    store_rollback(s);   /* no-op */

    /* A domain refusal inside a transaction (no driver error) leaves it
     * usable. */
    assert_int_equal(store_begin(s), STORE_OK);
    assert_int_equal(store_vote(s, 999999, "x", 1, NULL, NULL), STORE_NOTFOUND);
    make_comment(s, t.id, 0, STORE_PUBLISHED, "after a refusal");
    assert_int_equal(store_commit(s), STORE_OK);
    assert_int_equal(comment_count(s, t.id), 4);

    /* A transaction left open is rolled back when the store is closed. */
    assert_int_equal(store_begin(s), STORE_OK);
    make_comment(s, t.id, 0, STORE_PUBLISHED, "never committed");
    store_close(s);
    s = open_store(f);
    assert_int_equal(comment_count(s, t.id), 4);
    util_arena_free(a);
    store_close(s);
}

/* Runs op with a fault at the 1st, 2nd, ... query until it succeeds; after
 * each fault, check() must find the database as before. */
typedef store_status (*fault_op)(store *s, void *ctx);
typedef void (*fault_check)(store *s, void *ctx);

static int fault_loop(store *s, fault_op op, fault_check check, void *ctx)
{
    for (int n = 1; n < 100; n++) {
        s->fail_after = n;
        store_status st = op(s, ctx);
        int left = s->fail_after;
        s->fail_after = 0;
        if (st == STORE_OK) {
            assert_true(left > 0);   /* the fault was never reached */
            return n;
        }
        assert_int_equal(st, STORE_EIO);
        assert_int_equal(s->tx_depth, 0);
        assert_int_equal(store_ping(s), STORE_OK);
        check(s, ctx);
    }
    fail_msg("the operation never succeeded");
    return 0;
}

struct fault_ctx {
    int64_t thread_id, comment_id, version;
    int64_t likes;
};

static store_status op_vote(store *s, void *ctx)
{
    struct fault_ctx *c = ctx;
    return store_vote(s, c->comment_id, "faulty", 1, NULL, NULL);
}

static void check_vote(store *s, void *ctx)
{
    struct fault_ctx *c = ctx;
    util_arena *a = util_arena_new();
    store_comment g;
    assert_int_equal(store_comment_get(s, a, c->comment_id, &g), STORE_OK);
    assert_int_equal(g.likes, c->likes);
    util_arena_free(a);
    assert_int_equal(fixture_thread_version(s, c->thread_id), c->version);
}

static store_status op_insert(store *s, void *ctx)
{
    struct fault_ctx *c = ctx;
    store_comment cm = {.thread_id = c->thread_id, .parent = c->comment_id, .author = "a",
                        .text = "t", .html = "h"};
    return store_comment_insert(s, &cm, NULL);
}

static void check_insert(store *s, void *ctx)
{
    struct fault_ctx *c = ctx;
    assert_int_equal(comment_count(s, c->thread_id), 1);
    assert_int_equal(fixture_thread_version(s, c->thread_id), c->version);
}

static store_status op_ensure(store *s, void *ctx)
{
    util_arena *a = util_arena_new();
    store_thread t;
    store_status st = store_thread_ensure(s, a, "site", "/fresh", "Title", &t);
    util_arena_free(a);
    return st;
}

static void check_ensure(store *s, void *ctx)
{
    util_arena *a = util_arena_new();
    store_thread t;
    assert_int_equal(store_thread_find(s, a, "site", "/fresh", &t), STORE_NOTFOUND);
    util_arena_free(a);
}

static store_status op_status(store *s, void *ctx)
{
    struct fault_ctx *c = ctx;
    return store_comment_set_status(s, c->comment_id, STORE_SPAM);
}

static void check_status(store *s, void *ctx)
{
    struct fault_ctx *c = ctx;
    util_arena *a = util_arena_new();
    store_comment g;
    assert_int_equal(store_comment_get(s, a, c->comment_id, &g), STORE_OK);
    assert_int_equal(g.status, STORE_PUBLISHED);
    util_arena_free(a);
    assert_int_equal(fixture_thread_version(s, c->thread_id), c->version);
}

static void test_fault_injection(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    struct fault_ctx c = {0};
    c.thread_id = fixture_thread_id(s, "/faults");
    c.comment_id = make_comment(s, c.thread_id, 0, STORE_PUBLISHED, "target");
    c.version = fixture_thread_version(s, c.thread_id);

    /* A vote is 5 queries: each one failing leaves no vote behind. */
    assert_true(fault_loop(s, op_vote, check_vote, &c) > 3);
    c.likes = 1;
    c.version++;
    check_vote(s, &c);

    assert_true(fault_loop(s, op_insert, check_insert, &c) > 2);
    assert_int_equal(comment_count(s, c.thread_id), 2);
    c.version++;

    assert_true(fault_loop(s, op_ensure, check_ensure, &c) > 2);
    util_arena *a = util_arena_new();
    store_thread t;
    assert_int_equal(store_thread_find(s, a, "site", "/fresh", &t), STORE_OK);
    assert_string_equal(t.title, "Title");

    assert_true(fault_loop(s, op_status, check_status, &c) > 1);

    /* A fault inside the caller's transaction: every later statement and
     * the commit fail, nothing is kept. */
    int64_t before = comment_count(s, c.thread_id);
    assert_int_equal(store_begin(s), STORE_OK);
    make_comment(s, c.thread_id, 0, STORE_PUBLISHED, "first");
    s->fail_after = 1;
    store_comment cm = {.thread_id = c.thread_id, .author = "a", .text = "t", .html = "h"};
    assert_int_equal(store_comment_insert(s, &cm, NULL), STORE_EIO);
    assert_int_equal(store_comment_insert(s, &cm, NULL), STORE_EIO);
    assert_int_equal(store_commit(s), STORE_EIO);
    assert_int_equal(s->tx_depth, 0);
    assert_int_equal(comment_count(s, c.thread_id), before);
    /* And the connection works again afterwards. */
    make_comment(s, c.thread_id, 0, STORE_PUBLISHED, "after");
    assert_int_equal(comment_count(s, c.thread_id), before + 1);

    /* Reads fail cleanly too, with outputs cleared. */
    s->fail_after = 1;
    char *v = (char *)"x";
    assert_int_equal(store_setting_get(s, a, "k", &v), STORE_EIO);
    assert_null(v);
    s->fail_after = 2;
    const char *uris[] = {"/faults", "/fresh"};
    int64_t counts[2] = {5, 5};
    assert_int_equal(store_counts(s, "site", uris, 2, counts), STORE_EIO);
    assert_int_equal(counts[0], 0);
    assert_int_equal(counts[1], 0);
    s->fail_after = 1;
    assert_int_equal(store_schema_version(s), -1);
    util_arena_free(a);
    store_close(s);
}

/* ---- threads ----------------------------------------------------------- */

#define NTHREADS 4
#define VOTES_PER_THREAD 25

struct worker {
    store_pool *pool;
    pthread_barrier_t *barrier;
    int index;
    int64_t thread_id, comment_id;
    store *conn, *conn_again;
    int failures;
};

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    w->conn = store_pool_get(w->pool);
    pthread_barrier_wait(w->barrier);   /* every worker holds its connection */
    for (int i = 0; i < VOTES_PER_THREAD; i++) {
        char voter[32];
        snprintf(voter, sizeof voter, "w%d-v%d", w->index, i);
        store *s = store_pool_get(w->pool);
        if (!s || store_vote(s, w->comment_id, voter, 1, NULL, NULL) != STORE_OK)
            w->failures++;
        /* A reply to the comment being voted on: its foreign key check
         * meets the votes' row lock (they must not deadlock). */
        store_comment c = {.thread_id = w->thread_id, .parent = w->comment_id, .author = voter,
                           .text = "reply", .html = "<p>reply</p>"};
        if (!s || store_comment_insert(s, &c, NULL) != STORE_OK)
            w->failures++;
    }
    w->conn_again = store_pool_get(w->pool);
    return NULL;
}

static void test_pool_threads(void **state)
{
    fixture *f = *state;
    char err[256];
    store_pool *p = store_pool_new(f->url, err, sizeof err);
    assert_non_null(p);
    store *mine = store_pool_get(p);
    assert_non_null(mine);
    assert_ptr_equal(store_pool_get(p), mine);
    assert_int_equal(store_schema_version(mine), (int)store__migration_count);
    int64_t t = fixture_thread_id(mine, "/pool");
    int64_t c = make_comment(mine, t, 0, STORE_PUBLISHED, "popular");

    pthread_barrier_t barrier;
    pthread_barrier_init(&barrier, NULL, NTHREADS);
    struct worker w[NTHREADS];
    pthread_t th[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        w[i] = (struct worker){.pool = p, .barrier = &barrier, .index = i, .thread_id = t,
                              .comment_id = c};
        assert_int_equal(pthread_create(&th[i], NULL, worker_main, &w[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    pthread_barrier_destroy(&barrier);

    for (int i = 0; i < NTHREADS; i++) {
        assert_non_null(w[i].conn);
        assert_ptr_equal(w[i].conn, w[i].conn_again);
        assert_ptr_not_equal(w[i].conn, mine);
        for (int j = 0; j < i; j++)
            assert_ptr_not_equal(w[i].conn, w[j].conn);
        assert_int_equal(w[i].failures, 0);
    }
    /* Concurrent votes and replies: none lost, each bumped the thread. */
    util_arena *a = util_arena_new();
    store_comment g;
    assert_int_equal(store_comment_get(mine, a, c, &g), STORE_OK);
    util_arena_free(a);
    assert_int_equal(g.likes, NTHREADS * VOTES_PER_THREAD);
    assert_int_equal(comment_count(mine, t), 1 + NTHREADS * VOTES_PER_THREAD);
    assert_int_equal(fixture_thread_version(mine, t), 1 + 2 * NTHREADS * VOTES_PER_THREAD);
    store_pool_free(p);
    store_pool_free(NULL);
}

/* ---- group commit -------------------------------------------------------- */

#define GROUP_THREADS 8
#define GROUP_TXS 40

struct group_tx {
    int64_t thread_id;
    int kind;          /* 0: insert, 1: insert then refuse, 2: insert then a failing statement */
    int64_t id;
};

static store_status group_fn(store *s, void *ctx)
{
    struct group_tx *x = ctx;
    store_comment c = {.thread_id = x->thread_id, .author = "g", .text = "group",
                       .html = "<p>group</p>"};
    store_status st = store_comment_insert(s, &c, &x->id);
    if (st != STORE_OK)
        return st;
    usleep(300);   /* long enough for the other threads to queue behind */
    if (x->kind == 1)
        return STORE_NOTFOUND;   /* a domain refusal after a write */
    if (x->kind == 2) {
        /* a statement error after a write: the parent does not exist */
        store_comment bad = {.thread_id = x->thread_id, .parent = 1 << 30, .author = "g",
                             .text = "orphan", .html = "<p>orphan</p>"};
        return store_comment_insert(s, &bad, NULL);
    }
    return STORE_OK;
}

struct group_worker {
    store_pool *pool;
    pthread_barrier_t *barrier;
    int64_t thread_id;
    int index;
    int wrong;           /* results that differ from what the kind must give */
    int64_t kept;        /* transactions that returned STORE_OK */
};

static void *group_main(void *arg)
{
    struct group_worker *w = arg;
    store *s = store_pool_get(w->pool);
    pthread_barrier_wait(w->barrier);
    for (int i = 0; s && i < GROUP_TXS; i++) {
        struct group_tx x = {.thread_id = w->thread_id, .kind = (w->index + i) % 7 == 0 ? 1
                                                                : (w->index + i) % 11 == 0 ? 2
                                                                                            : 0};
        store_status st = store_transaction(s, group_fn, &x);
        if ((x.kind == 0 && st != STORE_OK) || (x.kind == 1 && st != STORE_NOTFOUND) ||
            (x.kind == 2 && st == STORE_OK))
            w->wrong++;
        if (st == STORE_OK)
            w->kept++;
    }
    if (!s)
        w->wrong++;
    return NULL;
}

/* Transactions of many threads at once: each keeps exactly its own
 * outcome (a refused or failed one leaves nothing behind, the others all
 * their writes), and on SQLite they share commits. */
static void test_group_commit(void **state)
{
    fixture *f = *state;
    char err[256];
    store_pool *p = store_pool_new(f->url, err, sizeof err);
    assert_non_null(p);
    store *mine = store_pool_get(p);
    int64_t t = fixture_thread_id(mine, "/group");
    pthread_barrier_t barrier;
    pthread_barrier_init(&barrier, NULL, GROUP_THREADS);
    struct group_worker w[GROUP_THREADS];
    pthread_t th[GROUP_THREADS];
    for (int i = 0; i < GROUP_THREADS; i++) {
        w[i] = (struct group_worker){.pool = p, .barrier = &barrier, .thread_id = t, .index = i};
        assert_int_equal(pthread_create(&th[i], NULL, group_main, &w[i]), 0);
    }
    int64_t kept = 0;
    for (int i = 0; i < GROUP_THREADS; i++) {
        pthread_join(th[i], NULL);
        assert_int_equal(w[i].wrong, 0);
        kept += w[i].kept;
    }
    pthread_barrier_destroy(&barrier);
    assert_true(kept > GROUP_THREADS * GROUP_TXS / 2 && kept < GROUP_THREADS * GROUP_TXS);
    assert_int_equal(comment_count(mine, t), kept);
    assert_int_equal(fixture_thread_version(mine, t), kept);   /* one bump per kept insert */
    uint64_t commits, txs;
    store_pool_stats(p, &commits, &txs);
    if (strncmp(f->url, "sqlite:", 7) == 0) {
        assert_int_equal(txs, GROUP_THREADS * GROUP_TXS);
        assert_true(commits < txs);   /* some were committed together */
    } else {
        assert_int_equal(commits, 0);  /* PostgreSQL commits each by itself */
        assert_int_equal(txs, 0);
    }
    store_pool_free(p);
}

/* ---- connection settings ----------------------------------------------- */

static char *sqlite_pragma(store *s, const char *sql)
{
    sqlite3_stmt *st = NULL;
    char *out = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        out = strdup((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return out;
}

static char *pg_show(store *s, const char *sql)
{
    PGresult *r = PQexec(s->db, sql);
    char *out = NULL;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
        out = strdup(PQgetvalue(r, 0, 0));
    PQclear(r);
    return out;
}

static void expect_setting(char *got, const char *want)
{
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
}

static void test_durability_settings(void **state)
{
    fixture *f = *state;
    if (f->pg) {
        /* A database configured for speed over safety is overridden. */
        char sql[128];
        snprintf(sql, sizeof sql, "ALTER DATABASE %s SET synchronous_commit = off", f->dbname);
        assert_true(pg_admin(sql));
    }
    store *s = open_store(f);
    if (f->pg) {
        expect_setting(pg_show(s, "SHOW fsync"), "on");
        expect_setting(pg_show(s, "SHOW synchronous_commit"), "on");
        expect_setting(pg_show(s, "SHOW client_min_messages"), "warning");
    } else {
        expect_setting(sqlite_pragma(s, "PRAGMA journal_mode"), "wal");
        expect_setting(sqlite_pragma(s, "PRAGMA synchronous"), "2");   /* FULL */
        expect_setting(sqlite_pragma(s, "PRAGMA foreign_keys"), "1");
        expect_setting(sqlite_pragma(s, "PRAGMA busy_timeout"), "5000");
    }
    store_close(s);
}

/* kill -9 in the middle of writes: a child commits comments and reports
 * each id on a pipe only after store_comment_insert returned STORE_OK; the
 * parent kills it and finds every reported comment in the database. */
static void test_kill9_keeps_acknowledged(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    int64_t t = fixture_thread_id(s, "/kill9");
    store_close(s);

    int fds[2];
    assert_int_equal(pipe(fds), 0);
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        char err[256];
        store *cs = NULL;
        if (store_open(f->url, false, &cs, err, sizeof err) != STORE_OK)
            _exit(2);
        for (;;) {
            store_comment c = {.thread_id = t, .author = "a", .text = "t", .html = "h"};
            int64_t id;
            if (store_comment_insert(cs, &c, &id) != STORE_OK)
                _exit(3);
            if (write(fds[1], &id, sizeof id) != (ssize_t)sizeof id)
                _exit(4);
        }
    }
    close(fds[1]);
    int64_t acked[4096];
    size_t n = 0;
    while (n < 50) {   /* let it run for a while, then kill it mid-write */
        ssize_t r = read(fds[0], &acked[n], sizeof acked[n]);
        if (r != (ssize_t)sizeof acked[n])
            break;
        n++;
    }
    assert_int_equal(kill(pid, SIGKILL), 0);
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    while (n < UTIL_ARRAY_LEN(acked) &&
           read(fds[0], &acked[n], sizeof acked[n]) == (ssize_t)sizeof acked[n])
        n++;
    close(fds[0]);
    assert_true(n >= 50);

    s = open_store(f);
    util_arena *a = util_arena_new();
    for (size_t i = 0; i < n; i++) {
        store_comment g;
        assert_int_equal(store_comment_get(s, a, acked[i], &g), STORE_OK);
        assert_int_equal(g.thread_id, t);
    }
    /* Possibly one more, committed but killed before it was reported. */
    int64_t count = comment_count(s, t);
    assert_true(count == (int64_t)n || count == (int64_t)n + 1);
    assert_int_equal(fixture_thread_version(s, t), count);
    util_arena_free(a);
    store_close(s);
}

/* PostgreSQL: a connection the server dropped is reset once. */
static void test_pg_reconnect(void **state)
{
    fixture *f = *state;
    store *s = open_store(f);
    util_arena *a = util_arena_new();
    int64_t t = fixture_thread_id(s, "/reconnect");
    char sql[96];

    snprintf(sql, sizeof sql, "SELECT pg_terminate_backend(%d)", PQbackendPID(s->db));
    assert_true(pg_admin(sql));
    /* Outside a transaction: reset, statements prepared again, retried. */
    store_thread th;
    assert_int_equal(store_thread_get(s, a, t, &th), STORE_OK);
    make_comment(s, t, 0, STORE_PUBLISHED, "after reset");

    /* Inside one: the transaction is lost, so the error is returned, the
     * commit fails, and the connection works afterwards. */
    assert_int_equal(store_begin(s), STORE_OK);
    make_comment(s, t, 0, STORE_PUBLISHED, "lost");
    snprintf(sql, sizeof sql, "SELECT pg_terminate_backend(%d)", PQbackendPID(s->db));
    assert_true(pg_admin(sql));
    assert_int_equal(store_thread_get(s, a, t, &th), STORE_EIO);
    assert_int_not_equal(store_commit(s), STORE_OK);
    assert_int_equal(comment_count(s, t), 1);
    util_arena_free(a);
    store_close(s);
}

int main(void)
{
    util_log_set_level(getenv("STORE_TEST_LOG") ? UTIL_LOG_DEBUG : UTIL_LOG_ERROR);
#define STORE_TESTS(SETUP, TEARDOWN)                                                   \
    cmocka_unit_test_setup_teardown(test_migrations_idempotent, SETUP, TEARDOWN),      \
    cmocka_unit_test_setup_teardown(test_migration_shared_ids, SETUP, TEARDOWN),       \
    cmocka_unit_test_setup_teardown(test_migrations_concurrent, SETUP, TEARDOWN),      \
    cmocka_unit_test_setup_teardown(test_threads, SETUP, TEARDOWN),                    \
    cmocka_unit_test_setup_teardown(test_comments, SETUP, TEARDOWN),                   \
    cmocka_unit_test_setup_teardown(test_thread_comments_mask, SETUP, TEARDOWN),       \
    cmocka_unit_test_setup_teardown(test_thread_range_indexed, SETUP, TEARDOWN),       \
    cmocka_unit_test_setup_teardown(test_counts, SETUP, TEARDOWN),                     \
    cmocka_unit_test_setup_teardown(test_votes, SETUP, TEARDOWN),                      \
    cmocka_unit_test_setup_teardown(test_settings, SETUP, TEARDOWN),                   \
    cmocka_unit_test_setup_teardown(test_transactions, SETUP, TEARDOWN),               \
    cmocka_unit_test_setup_teardown(test_fault_injection, SETUP, TEARDOWN),            \
    cmocka_unit_test_setup_teardown(test_pool_threads, SETUP, TEARDOWN),               \
    cmocka_unit_test_setup_teardown(test_group_commit, SETUP, TEARDOWN),               \
    cmocka_unit_test_setup_teardown(test_durability_settings, SETUP, TEARDOWN),        \
    cmocka_unit_test_setup_teardown(test_kill9_keeps_acknowledged, SETUP, TEARDOWN)

    const struct CMUnitTest sqlite_tests[] = {
        cmocka_unit_test(test_statement_table),
        cmocka_unit_test(test_bad_urls),
        cmocka_unit_test_setup_teardown(test_sqlite_url_forms, setup_sqlite, teardown_sqlite),
        STORE_TESTS(setup_sqlite, teardown_sqlite),
    };
    int failed = cmocka_run_group_tests_name("store on sqlite", sqlite_tests, NULL, NULL);

    pg_base_url = getenv("CAUSERIE_TEST_PG_URL");
    if (pg_base_url && *pg_base_url) {
        const struct CMUnitTest pg_tests[] = {
            STORE_TESTS(setup_pg, teardown_pg),
            cmocka_unit_test_setup_teardown(test_pg_reconnect, setup_pg, teardown_pg),
        };
        failed += cmocka_run_group_tests_name("store on postgresql", pg_tests, NULL, NULL);
    } else {
        /* stderr, like cmocka's own summary lines, so they stay in order. */
        fprintf(stderr, "[  SKIPPED ] store on postgresql: CAUSERIE_TEST_PG_URL is not set "
                        "(eval \"$(scripts/pg-start.sh)\")\n");
    }
    return failed ? 1 : 0;
}
