/* store_fixture — a fresh store for each cmocka test, shared by the unit
 * tests of the store and of what sits on it: a SQLite file in a new
 * temporary directory, or (when CAUSERIE_TEST_PG_URL is set, see
 * scripts/pg-start.sh) a new PostgreSQL database created through that URL
 * and dropped after the test.  Each test program sets pg_base_url in main
 * and may define STORE_FIXTURE_NAME first, to tell its files and databases
 * apart from other programs running at the same time. */
#ifndef CAUSERIE_TEST_STORE_FIXTURE_H
#define CAUSERIE_TEST_STORE_FIXTURE_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "store/store.h"

#ifndef STORE_FIXTURE_NAME
#define STORE_FIXTURE_NAME "store"
#endif

typedef struct fixture {
    bool pg;
    char url[512];
    char dir[256];      /* SQLite: the temporary directory */
    char dbname[64];    /* PostgreSQL: the database made for this test */
} fixture;

static const char *pg_base_url;

static int setup_sqlite(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "%s/causerie-" STORE_FIXTURE_NAME "-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(f->dir)) {
        free(f);
        return -1;
    }
    snprintf(f->url, sizeof f->url, "sqlite:%s/test.db", f->dir);
    *state = f;
    return 0;
}

static int teardown_sqlite(void **state)
{
    fixture *f = *state;
    const char *suffix[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < UTIL_ARRAY_LEN(suffix); i++) {
        char path[300];
        snprintf(path, sizeof path, "%s/test.db%s", f->dir, suffix[i]);
        unlink(path);
    }
    int rc = rmdir(f->dir);
    free(f);
    return rc;
}

/* base URL with its database name replaced by db. */
static void pg_url_with_db(char *out, size_t n, const char *base, const char *db)
{
    const char *host = strstr(base, "://");
    host = host ? host + 3 : base;
    const char *slash = strchr(host, '/');
    const char *query = strchr(host, '?');
    if (!slash || (query && slash > query))
        slash = query ? query : host + strlen(host);
    const char *rest = strchr(slash, '?');
    snprintf(out, n, "%.*s/%s%s", (int)(slash - base), base, db, rest ? rest : "");
}

static bool pg_admin(const char *sql)
{
    PGconn *c = PQconnectdb(pg_base_url);
    bool ok = PQstatus(c) == CONNECTION_OK;
    if (ok) {
        PGresult *r = PQexec(c, sql);
        ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
        if (!ok)
            fprintf(stderr, "test: %s: %s", sql, PQresultErrorMessage(r));
        PQclear(r);
    } else {
        fprintf(stderr, "test: cannot connect to %s: %s", pg_base_url, PQerrorMessage(c));
    }
    PQfinish(c);
    return ok;
}

static int setup_pg(void **state)
{
    static int counter;
    fixture *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    f->pg = true;
    snprintf(f->dbname, sizeof f->dbname, "causerie_" STORE_FIXTURE_NAME "_%ld_%d", (long)getpid(), ++counter);
    char sql[128];
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", f->dbname);
    if (!pg_admin(sql)) {
        free(f);
        return -1;
    }
    pg_url_with_db(f->url, sizeof f->url, pg_base_url, f->dbname);
    *state = f;
    return 0;
}

static int teardown_pg(void **state)
{
    fixture *f = *state;
    char sql[128];
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s WITH (FORCE)", f->dbname);
    bool ok = pg_admin(sql);
    free(f);
    return ok ? 0 : -1;
}

static store *open_store(fixture *f)
{
    char err[256];
    store *s = NULL;
    store_status st = store_open(f->url, true, &s, err, sizeof err);
    if (st != STORE_OK)
        fprintf(stderr, "test: store_open(%s): %s\n", f->url, err);
    assert_int_equal(st, STORE_OK);
    assert_non_null(s);
    assert_string_equal(store_backend_name(s), f->pg ? "postgresql" : "sqlite");
    return s;
}

/* The thread of uri on site "site" (made with title when new), and the id
 * of one made without a title; the including file has cmocka.h first. */
static inline store_thread fixture_thread(store *s, util_arena *a, const char *uri,
                                          const char *title)
{
    store_thread t;
    assert_int_equal(store_thread_ensure(s, a, "site", uri, title, &t), STORE_OK);
    return t;
}

/* A thread's version (it changes with every write to the thread). */
static inline int64_t fixture_thread_version(store *s, int64_t thread_id)
{
    util_arena *a = util_arena_new();
    store_thread t;
    assert_int_equal(store_thread_get(s, a, thread_id, &t), STORE_OK);
    int64_t v = t.version;
    util_arena_free(a);
    return v;
}

static inline int64_t fixture_thread_id(store *s, const char *uri)
{
    util_arena *a = util_arena_new();
    int64_t id = fixture_thread(s, a, uri, NULL).id;
    util_arena_free(a);
    return id;
}

#endif
