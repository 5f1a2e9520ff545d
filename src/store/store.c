/* store — the domain functions of store.h, written once over the driver
 * vtable of store_int.h: opening by URL scheme, the per-thread pool (a
 * thread's connection opened at its first use, closed when the thread ends
 * or gives it back, store_pool_release), transactions, migrations, settings, threads, comments, counts and votes.
 *
 * How it works: every function runs statements of the shared table (sql.c)
 * through store__query, which counts injected faults, logs driver errors and
 * remembers the first error of an open transaction (s->tx_error) so that a
 * transaction that saw an error can never be committed.  Writes that take
 * several statements run in store__in_tx: inside the caller's transaction
 * when one is open (tx_depth > 0), else in their own, retried a few times
 * when the database reports a lock conflict (SQLITE_BUSY, deadlock).
 *
 * Must never: know which database it talks to beyond picking a migration
 * text; return STORE_OK from a commit that did not commit; leave half of a
 * multi-statement write behind on error. */
#include <assert.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_int.h"

/* ---- names ------------------------------------------------------------- */

const char *store_strerror(store_status st)
{
    switch (st) {
    case STORE_OK: return "ok";
    case STORE_NOTFOUND: return "not found";
    case STORE_CONFLICT: return "conflict";
    case STORE_EIO: return "database error";
    case STORE_EBUSY: return "database busy";
    case STORE_EINVAL: return "invalid argument";
    }
    return "unknown store status";
}

static const char *const status_names[] = {
    [STORE_PUBLISHED] = "published", [STORE_PENDING] = "pending", [STORE_SPAM] = "spam",
    [STORE_REJECTED] = "rejected",   [STORE_DELETED] = "deleted",
};

const char *store_comment_status_name(int status)
{
    if (status < 0 || (size_t)status >= UTIL_ARRAY_LEN(status_names))
        return "unknown";
    return status_names[status];
}

int store_comment_status_parse(const char *name)
{
    if (!name)
        return -1;
    for (size_t i = 0; i < UTIL_ARRAY_LEN(status_names); i++)
        if (strcmp(name, status_names[i]) == 0)
            return (int)i;
    return -1;
}

static bool valid_status(int status)
{
    return status >= STORE_PUBLISHED && status <= STORE_DELETED;
}

/* ---- statements and transactions --------------------------------------- */

static bool is_pg(const store *s)
{
    return s->drv == &store__pg_driver;
}

store_status store__query(store *s, util_arena *a, int stmt, const store__val *params,
                          size_t nparams, store__res *out)
{
    assert(s && stmt >= 0 && stmt < STORE__STMT_COUNT);
    assert(!out || a);
    if (out)
        memset(out, 0, sizeof *out);
    if (s->tx_depth > 0 && s->tx_error != STORE_OK)
        return s->tx_error;

    store_status st;
    if (s->fail_after > 0 && --s->fail_after == 0) {
        snprintf(s->errmsg, sizeof s->errmsg, "injected fault");
        st = STORE_EIO;
    } else {
        st = s->drv->query(s, a, stmt, params, nparams, out);
    }
    if (st == STORE_OK)
        return st;
    if (s->tx_depth > 0)
        s->tx_error = st;
    if (st == STORE_CONFLICT)
        LOG_DEBUG("store: statement %d: %s", stmt, s->errmsg);
    else
        LOG_WARN("store: %s: statement %d (%.40s...) failed (%s): %s", s->drv->name, stmt,
                 store__statements[stmt].sqlite, store_strerror(st), s->errmsg);
    return st;
}

store_status store_begin(store *s)
{
    assert(s);
    if (s->tx_depth > 0) {
        s->tx_depth++;
        return STORE_OK;
    }
    store_status st = s->drv->begin(s);
    if (st != STORE_OK) {
        LOG_WARN("store: %s: begin failed (%s): %s", s->drv->name, store_strerror(st),
                 s->errmsg);
        return st;
    }
    s->tx_depth = 1;
    s->tx_error = STORE_OK;
    return STORE_OK;
}

store_status store_commit(store *s)
{
    assert(s);
    if (s->tx_depth <= 0)
        return STORE_EINVAL;
    if (s->tx_depth > 1) {
        s->tx_depth--;
        return s->tx_error;
    }
    store_status st = s->tx_error;
    s->tx_depth = 0;
    s->tx_error = STORE_OK;
    if (st != STORE_OK) {
        s->drv->rollback(s);
        return st;
    }
    st = s->drv->commit(s);
    if (st != STORE_OK) {
        LOG_WARN("store: %s: commit failed (%s): %s", s->drv->name, store_strerror(st),
                 s->errmsg);
        s->drv->rollback(s);
    }
    return st;
}

void store_rollback(store *s)
{
    if (!s || s->tx_depth <= 0)
        return;
    if (s->tx_depth > 1) {
        /* An inner rollback dooms the whole transaction. */
        s->tx_depth--;
        if (s->tx_error == STORE_OK) {
            s->tx_error = STORE_EIO;
            snprintf(s->errmsg, sizeof s->errmsg, "transaction rolled back by an inner rollback");
        }
        return;
    }
    s->tx_depth = 0;
    s->tx_error = STORE_OK;
    if (s->drv->rollback(s) != STORE_OK)
        LOG_WARN("store: %s: rollback failed: %s", s->drv->name, s->errmsg);
}

store_status store__in_tx(store *s, store_status (*fn)(store *s, void *ctx), void *ctx)
{
    assert(s && fn);
    if (s->tx_depth > 0)
        return fn(s, ctx);
    store_status st = STORE_EBUSY;
    /* A lock conflict inside (deadlock, serialization failure) rolled
     * everything back, so running fn again is safe.  A BEGIN that timed out
     * has already waited its busy timeout: that is returned at once. */
    for (int attempt = 0; attempt < 3 && st == STORE_EBUSY; attempt++) {
        if ((st = store_begin(s)) != STORE_OK)
            break;
        st = fn(s, ctx);
        if (st == STORE_OK)
            st = store_commit(s);
        else
            store_rollback(s);
    }
    return st;
}

/* ---- group commit (SQLite pools) --------------------------------------- */

/* SQLite commits one transaction at a time and each commit waits for its
 * fsync (synchronous=FULL), so under concurrent writes the disk's flush
 * rate, not the CPU, bounds the POSTs per second.  A pool's connections
 * therefore queue their transactions here: the first to arrive leads, takes
 * every transaction waiting, runs each in a savepoint of one transaction on
 * the pool's writer connection and commits them together, then wakes their
 * threads and hands the lead to the next one waiting.  One connection does
 * all of these writes (only a leader uses it, one at a time) because SQLite
 * drops a connection's whole page cache when another one wrote: writers
 * taking turns would each read every page they touch again.  A transaction
 * whose fn fails
 * is rolled back to its savepoint alone, as if it had run by itself; when
 * SQLite lost the whole transaction (an I/O error, a full disk) or the
 * commit failed, nothing is kept and each fn runs again in a transaction of
 * its own, as store_transaction always allowed. */
#define GROUP_MAX 64

typedef enum { GROUP_QUEUED, GROUP_LEAD, GROUP_DONE } group_state;

typedef struct group_item {
    store_status (*fn)(store *s, void *ctx);
    void *ctx;
    store_status st;
    group_state state;
    struct group_item *next;
} group_item;

struct store__group {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    group_item *head, **tail;
    bool leading;
    uint64_t commits, transactions;   /* for store_pool_stats */
    store *writer;                    /* used by the leader only */
};

static store__group *group_new(store *writer)
{
    store__group *g = xcalloc(1, sizeof *g);
    g->writer = writer;
    pthread_mutex_init(&g->mu, NULL);
    pthread_cond_init(&g->cv, NULL);
    g->tail = &g->head;
    return g;
}

static void group_free(store__group *g)
{
    if (!g)
        return;
    store_close(g->writer);
    pthread_cond_destroy(&g->cv);
    pthread_mutex_destroy(&g->mu);
    free(g);
}

/* After a failed fn: back to its savepoint.  False when the transaction
 * itself is gone or unusable (the batch must then be run again alone). */
static bool group_undo_one(store *s)
{
    if (s->tx_depth != 1 || !s->drv->tx_open(s))
        return false;
    if (s->drv->exec_script(s, "ROLLBACK TO causerie_group; RELEASE causerie_group") != STORE_OK)
        return false;
    s->tx_error = STORE_OK;
    return true;
}

/* Runs the n items of batch in one transaction on s; true when they are
 * decided (each item's st set), false when they must run again one by one. */
static bool group_run(store *s, group_item *batch, size_t n)
{
    if (store_begin(s) != STORE_OK)
        return false;
    group_item *it = batch;
    for (size_t i = 0; i < n; i++, it = it->next) {
        if (s->drv->exec_script(s, "SAVEPOINT causerie_group") != STORE_OK)
            goto redo;
        store_status st = it->fn(s, it->ctx);
        if (st == STORE_OK && s->tx_error == STORE_OK && s->tx_depth == 1) {
            if (s->drv->exec_script(s, "RELEASE causerie_group") != STORE_OK)
                goto redo;
            it->st = STORE_OK;
            continue;
        }
        if (st == STORE_OK)
            st = s->tx_error != STORE_OK ? s->tx_error : STORE_EIO;
        if (st == STORE_EBUSY || !group_undo_one(s))
            goto redo;   /* a lock conflict is retried alone, as store__in_tx does */
        it->st = st;
    }
    if (store_commit(s) == STORE_OK)
        return true;
    LOG_WARN("store: a group commit of %zu transactions failed; running them one by one", n);
    return false;
redo:
    while (s->tx_depth > 0)
        store_rollback(s);
    return false;
}

store_status store_transaction(store *s, store_status (*fn)(store *s, void *ctx), void *ctx)
{
    assert(s && fn);
    store__group *g = s->group;
    if (!g || s->tx_depth > 0)
        return store__in_tx(s, fn, ctx);
    group_item me = {.fn = fn, .ctx = ctx, .st = STORE_OK, .state = GROUP_QUEUED};
    pthread_mutex_lock(&g->mu);
    *g->tail = &me;
    g->tail = &me.next;
    if (!g->leading) {
        g->leading = true;
        me.state = GROUP_LEAD;
    }
    while (me.state == GROUP_QUEUED)
        pthread_cond_wait(&g->cv, &g->mu);
    if (me.state == GROUP_DONE) {
        pthread_mutex_unlock(&g->mu);
        return me.st;
    }
    /* The leader is always the queue's head: take it and those behind. */
    assert(g->head == &me);
    group_item *batch = g->head, *last = batch;
    size_t n = 1;
    while (n < GROUP_MAX && last->next) {
        last = last->next;
        n++;
    }
    g->head = last->next;
    if (!g->head)
        g->tail = &g->head;
    last->next = NULL;
    pthread_mutex_unlock(&g->mu);

    store *w = g->writer;
    if (n == 1 || !group_run(w, batch, n))
        for (group_item *it = batch; it; it = it->next)
            it->st = store__in_tx(w, it->fn, it->ctx);

    pthread_mutex_lock(&g->mu);
    g->commits++;
    g->transactions += n;
    for (group_item *it = batch; it; it = it->next)
        it->state = GROUP_DONE;
    if (g->head)
        g->head->state = GROUP_LEAD;
    else
        g->leading = false;
    pthread_cond_broadcast(&g->cv);
    pthread_mutex_unlock(&g->mu);
    return me.st;
}

store_status store_ping(store *s)
{
    assert(s);
    return store__query(s, NULL, STORE__STMT_PING, NULL, 0, NULL);
}

/* ---- open, close, migrate ---------------------------------------------- */

static const struct {
    const char *prefix;
    const store__driver *drv;
} drivers[] = {
    {"sqlite:", &store__sqlite_driver},
    {"postgresql://", &store__pg_driver},
    {"postgres://", &store__pg_driver},
};

static void set_err(char *err, size_t errlen, const char *fmt, ...) UTIL_PRINTF(3, 4);
static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || errlen == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* Whether the schema is at store__migration_count or newer, read without
 * the migration lock (SQLite: without the write lock).  False on any doubt:
 * migrate then takes the lock and looks again. */
static bool schema_current(store *s, util_arena *a)
{
    store__res r;
    if (store__query(s, a, STORE__STMT_SCHEMA_PRESENT, NULL, 0, &r) != STORE_OK ||
        r.nrows != 1 || store__int(&r, 0, 0) != 1)
        return false;
    if (store__query(s, a, STORE__STMT_SCHEMA_VERSION, NULL, 0, &r) != STORE_OK || r.nrows != 1)
        return false;
    int64_t v = store__int(&r, 0, 0);
    if (v > (int64_t)store__migration_count)
        LOG_WARN("store: schema version %lld is newer than this build knows (%zu)", (long long)v,
                 store__migration_count);
    return v >= (int64_t)store__migration_count;
}

/* One migration step per transaction, each under the migration lock, until
 * the schema is at store__migration_count.  Most opens find it there
 * already, which is read first without the lock: so a database that
 * another process holds locked for a while (a long write, an operator's
 * shell) is not a failed migration to every command run meanwhile, and a
 * node never waits for the lock to learn there is nothing to do. */
static store_status migrate(store *s)
{
    util_arena *a = util_arena_new();
    store_status st = STORE_OK;
    if (schema_current(s, a)) {
        util_arena_free(a);
        return STORE_OK;
    }
    for (;;) {
        store__res r;
        st = store_begin(s);
        if (st != STORE_OK)
            break;
        if ((st = store__query(s, a, STORE__STMT_MIGRATE_LOCK, NULL, 0, NULL)) != STORE_OK ||
            (st = store__query(s, a, STORE__STMT_SCHEMA_INIT, NULL, 0, NULL)) != STORE_OK ||
            (st = store__query(s, a, STORE__STMT_SCHEMA_VERSION, NULL, 0, &r)) != STORE_OK)
            goto fail;
        int64_t v = r.nrows ? store__int(&r, 0, 0) : 0;
        if (v < 0) {
            snprintf(s->errmsg, sizeof s->errmsg, "bad schema version %lld", (long long)v);
            st = STORE_EIO;
            goto fail;
        }
        if ((size_t)v >= store__migration_count) {
            if ((size_t)v > store__migration_count)
                LOG_WARN("store: schema version %lld is newer than this build knows (%zu)",
                         (long long)v, store__migration_count);
            st = store_commit(s);
            break;
        }
        const store__migration *m = &store__migrations[v];
        st = s->drv->exec_script(s, is_pg(s) ? m->pg : m->sqlite);
        if (st != STORE_OK) {
            LOG_ERROR("store: %s: migration to version %lld failed: %s", s->drv->name,
                      (long long)v + 1, s->errmsg);
            goto fail;
        }
        store__val p[] = {STORE__I(v + 1), STORE__I(util_now_ms())};
        if ((st = store__query(s, a, STORE__STMT_SCHEMA_VERSION_ADD, p, 2, NULL)) != STORE_OK)
            goto fail;
        if ((st = store_commit(s)) != STORE_OK)
            break;
        LOG_INFO("store: %s: schema migrated to version %lld", s->drv->name, (long long)v + 1);
        continue;
    fail:
        store_rollback(s);
        break;
    }
    util_arena_free(a);
    return st;
}

/* store_open, and the pool's later connections with create false (see
 * store_pool_get). */
static store_status open_conn(const char *url, bool migrate_schema, bool create, store **out,
                              char *err, size_t errlen)
{
    assert(out);
    *out = NULL;
    if (!err)
        errlen = 0;
    set_err(err, errlen, "%s", "");
    if (!url || !*url) {
        set_err(err, errlen, "no store URL given");
        return STORE_EINVAL;
    }
    const store__driver *drv = NULL;
    for (size_t i = 0; i < UTIL_ARRAY_LEN(drivers) && !drv; i++)
        if (strncmp(url, drivers[i].prefix, strlen(drivers[i].prefix)) == 0)
            drv = drivers[i].drv;
    if (!drv) {
        set_err(err, errlen, "unknown store URL scheme (expected sqlite: or postgresql://)");
        return STORE_EINVAL;
    }

    store *s = xcalloc(1, sizeof *s);
    s->drv = drv;
    s->prepared = xcalloc(STORE__STMT_COUNT, sizeof *s->prepared);
    store_status st = drv->open(s, url, create, err, errlen);
    if (st != STORE_OK) {
        free(s->prepared);
        free(s);
        return st;
    }
    if (migrate_schema && (st = migrate(s)) != STORE_OK) {
        if (st == STORE_EBUSY)
            set_err(err, errlen, "%s: the schema must be brought up to date, but the database "
                    "stayed locked by another connection or process; try again (%s)",
                    drv->name, s->errmsg);
        else
            set_err(err, errlen, "%s: schema migration failed: %s", drv->name, s->errmsg);
        store_close(s);
        return st;
    }
    *out = s;
    return STORE_OK;
}

store_status store_open(const char *url, bool migrate_schema, store **out, char *err,
                        size_t errlen)
{
    return open_conn(url, migrate_schema, true, out, err, errlen);
}

void store_close(store *s)
{
    if (!s)
        return;
    /* An open transaction is rolled back by closing the connection (SQLite
     * on close, PostgreSQL on disconnect): no round trip to a server that
     * may be gone. */
    s->tx_depth = 0;
    s->drv->close(s);
    free(s->prepared);
    free(s);
}

const char *store_backend_name(const store *s)
{
    assert(s);
    return s->drv->name;
}

int store_schema_version(store *s)
{
    assert(s);
    util_arena *a = util_arena_new();
    store__res r;
    int v = -1;
    if (store__query(s, a, STORE__STMT_SCHEMA_VERSION, NULL, 0, &r) == STORE_OK && r.nrows == 1)
        v = (int)store__int(&r, 0, 0);
    util_arena_free(a);
    return v;
}

/* ---- pool -------------------------------------------------------------- */

/* What a thread's key holds; every slot is also in the pool's list so that
 * store_pool_free can close connections of threads still alive. */
typedef struct pool_slot {
    store_pool *pool;
    store *s;
    struct pool_slot *next;
} pool_slot;

struct store_pool {
    char *url;
    pthread_key_t key;
    pthread_mutex_t mu;
    pool_slot *slots;
    store__group *group;   /* group commit, when the driver can (SQLite) */
};

static void pool_add(store_pool *p, store *s)
{
    pool_slot *slot = xcalloc(1, sizeof *slot);
    slot->pool = p;
    slot->s = s;
    s->group = p->group;
    pthread_mutex_lock(&p->mu);
    slot->next = p->slots;
    p->slots = slot;
    pthread_mutex_unlock(&p->mu);
    pthread_setspecific(p->key, slot);
}

/* A thread that ends closes its connection (the key's destructor). */
static void pool_thread_exit(void *v)
{
    pool_slot *slot = v;
    store_pool *p = slot->pool;
    pthread_mutex_lock(&p->mu);
    for (pool_slot **pp = &p->slots; *pp; pp = &(*pp)->next)
        if (*pp == slot) {
            *pp = slot->next;
            break;
        }
    pthread_mutex_unlock(&p->mu);
    store_close(slot->s);
    free(slot);
}

store_pool *store_pool_new(const char *url, char *err, size_t errlen)
{
    if (!err)
        errlen = 0;
    store *s = NULL;
    if (store_open(url, true, &s, err, errlen) != STORE_OK)
        return NULL;
    store_pool *p = xcalloc(1, sizeof *p);
    if (pthread_key_create(&p->key, pool_thread_exit) != 0) {
        set_err(err, errlen, "cannot create a thread key for the store pool");
        store_close(s);
        free(p);
        return NULL;
    }
    pthread_mutex_init(&p->mu, NULL);
    p->url = xstrdup(url);
    store *writer = NULL;
    if (s->drv->tx_open) {
        if (open_conn(url, false, false, &writer, err, errlen) != STORE_OK) {
            store_close(s);
            pthread_key_delete(p->key);
            pthread_mutex_destroy(&p->mu);
            free(p->url);
            free(p);
            return NULL;
        }
        /* the writer's cache outlives its transactions (no other
         * connection writes): the pages of the last commits stay hot */
        if (writer->drv->exec_script(writer, "PRAGMA cache_size=-256") != STORE_OK)
            LOG_WARN("store: cannot size the writer's page cache");
        p->group = group_new(writer);
    }
    pool_add(p, s);
    return p;
}

void store_pool_release(store_pool *p)
{
    assert(p);
    pool_slot *slot = pthread_getspecific(p->key);
    if (!slot)
        return;
    pthread_setspecific(p->key, NULL);
    pool_thread_exit(slot);
}

store *store_pool_get(store_pool *p)
{
    assert(p);
    pool_slot *slot = pthread_getspecific(p->key);
    if (slot)
        return slot->s;
    char err[256];
    store *s = NULL;
    /* never created here: a thread's first connection, opened after the
     * SQLite file was removed or renamed, would make a new empty database
     * at its path and answer from it */
    if (open_conn(p->url, false, false, &s, err, sizeof err) != STORE_OK) {
        LOG_ERROR("store: cannot open a connection: %s", err);
        return NULL;
    }
    pool_add(p, s);
    return s;
}

void store_pool_stats(store_pool *p, uint64_t *commits, uint64_t *transactions)
{
    assert(p && commits && transactions);
    *commits = *transactions = 0;
    if (!p->group)
        return;
    pthread_mutex_lock(&p->group->mu);
    *commits = p->group->commits;
    *transactions = p->group->transactions;
    pthread_mutex_unlock(&p->group->mu);
}

void store_pool_free(store_pool *p)
{
    if (!p)
        return;
    pthread_key_delete(p->key);
    pool_slot *slot = p->slots;
    while (slot) {
        pool_slot *next = slot->next;
        store_close(slot->s);
        free(slot);
        slot = next;
    }
    pthread_mutex_destroy(&p->mu);
    group_free(p->group);
    free(p->url);
    free(p);
}

/* ---- settings ---------------------------------------------------------- */

store_status store_setting_get(store *s, util_arena *a, const char *key, char **value)
{
    assert(s && a && value);
    *value = NULL;
    if (!key)
        return STORE_EINVAL;
    store__res r;
    store__val p[] = {STORE__S(key)};
    store_status st = store__query(s, a, STORE__STMT_SETTING_GET, p, 1, &r);
    if (st != STORE_OK)
        return st;
    if (r.nrows == 0 || !store__text(&r, 0, 0))
        return STORE_NOTFOUND;
    *value = (char *)store__text(&r, 0, 0);
    return STORE_OK;
}

store_status store_setting_set(store *s, const char *key, const char *value)
{
    assert(s);
    if (!key || !value)
        return STORE_EINVAL;
    store__val p[] = {STORE__S(key), STORE__S(value)};
    return store__query(s, NULL, STORE__STMT_SETTING_SET, p, 2, NULL);
}

struct ensure_setting {
    util_arena *a;
    const char *key, *value;
    char **out;
};

static store_status ensure_setting_tx(store *s, void *ctx)
{
    struct ensure_setting *e = ctx;
    store__val p[] = {STORE__S(e->key), STORE__S(e->value)};
    store_status st = store__query(s, NULL, STORE__STMT_SETTING_INSERT, p, 2, NULL);
    if (st != STORE_OK)
        return st;
    return store_setting_get(s, e->a, e->key, e->out);
}

store_status store_setting_ensure(store *s, util_arena *a, const char *key, const char *value,
                                  char **value_out)
{
    assert(s && a && value_out);
    *value_out = NULL;
    if (!key || !value)
        return STORE_EINVAL;
    struct ensure_setting e = {a, key, value, value_out};
    store_status st = store__in_tx(s, ensure_setting_tx, &e);
    if (st != STORE_OK)
        *value_out = NULL;
    return st;
}

/* ---- threads ----------------------------------------------------------- */

static void thread_from_row(const store__res *r, size_t row, store_thread *t)
{
    t->id = store__int(r, row, STORE__THREAD_ID);
    t->site = store__text(r, row, STORE__THREAD_SITE);
    t->uri = store__text(r, row, STORE__THREAD_URI);
    t->title = store__text(r, row, STORE__THREAD_TITLE);
    t->version = store__int(r, row, STORE__THREAD_VERSION);
    t->created = store__int(r, row, STORE__THREAD_CREATED);
}

static store_status thread_one(store *s, util_arena *a, int stmt, const store__val *p, size_t np,
                               store_thread *out)
{
    store__res r;
    store_status st = store__query(s, a, stmt, p, np, &r);
    if (st != STORE_OK)
        return st;
    if (r.nrows == 0)
        return STORE_NOTFOUND;
    assert(r.ncols == STORE__THREAD_NCOLS);
    thread_from_row(&r, 0, out);
    return STORE_OK;
}

store_status store_thread_find(store *s, util_arena *a, const char *site, const char *uri,
                               store_thread *out)
{
    assert(s && a && out);
    memset(out, 0, sizeof *out);
    if (!site || !uri)
        return STORE_EINVAL;
    store__val p[] = {STORE__S(site), STORE__S(uri)};
    return thread_one(s, a, STORE__STMT_THREAD_FIND, p, 2, out);
}

store_status store_thread_get(store *s, util_arena *a, int64_t id, store_thread *out)
{
    assert(s && a && out);
    memset(out, 0, sizeof *out);
    store__val p[] = {STORE__I(id)};
    return thread_one(s, a, STORE__STMT_THREAD_GET, p, 1, out);
}

struct ensure_thread {
    util_arena *a;
    const char *site, *uri, *title;
    store_thread *out;
};

static store_status ensure_thread_tx(store *s, void *ctx)
{
    struct ensure_thread *e = ctx;
    store__val ins[] = {STORE__S(e->site), STORE__S(e->uri), STORE__S(e->title),
                        STORE__I(util_now_ms())};
    store_status st = store__query(s, NULL, STORE__STMT_THREAD_INSERT, ins, 4, NULL);
    if (st == STORE_OK)
        st = store_thread_find(s, e->a, e->site, e->uri, e->out);
    if (st == STORE_NOTFOUND) {
        snprintf(s->errmsg, sizeof s->errmsg, "thread vanished after insert");
        st = STORE_EIO;
    }
    if (st != STORE_OK || !e->title || (e->out->title && *e->out->title))
        return st;
    store__val upd[] = {STORE__I(e->out->id), STORE__S(e->title)};
    if ((st = store__query(s, NULL, STORE__STMT_THREAD_SET_TITLE, upd, 2, NULL)) != STORE_OK)
        return st;
    return store_thread_find(s, e->a, e->site, e->uri, e->out);
}

store_status store_thread_ensure(store *s, util_arena *a, const char *site, const char *uri,
                                 const char *title, store_thread *out)
{
    assert(s && a && out);
    memset(out, 0, sizeof *out);
    if (!site || !uri)
        return STORE_EINVAL;
    if (title && !*title)
        title = NULL;
    /* Fast path: the thread exists and there is no title to fill in. */
    store_status st = store_thread_find(s, a, site, uri, out);
    if (st == STORE_OK && (!title || (out->title && *out->title)))
        return st;
    if (st != STORE_OK && st != STORE_NOTFOUND)
        return st;
    struct ensure_thread e = {a, site, uri, title, out};
    st = store__in_tx(s, ensure_thread_tx, &e);
    if (st != STORE_OK)
        memset(out, 0, sizeof *out);
    return st;
}

/* ---- comments ---------------------------------------------------------- */

void store__comment_row(const store__res *r, size_t row, store_comment *c)
{
    c->id = store__int(r, row, STORE__COMMENT_ID);
    c->thread_id = store__int(r, row, STORE__COMMENT_THREAD_ID);
    c->parent = store__int(r, row, STORE__COMMENT_PARENT);
    c->author = store__text(r, row, STORE__COMMENT_AUTHOR);
    c->email = store__text(r, row, STORE__COMMENT_EMAIL);
    c->website = store__text(r, row, STORE__COMMENT_WEBSITE);
    c->text = store__text(r, row, STORE__COMMENT_TEXT);
    c->html = store__text(r, row, STORE__COMMENT_HTML);
    c->status = (int)store__int(r, row, STORE__COMMENT_STATUS);
    c->anchor = store__text(r, row, STORE__COMMENT_ANCHOR);
    c->created = store__int(r, row, STORE__COMMENT_CREATED);
    c->modified = store__int(r, row, STORE__COMMENT_MODIFIED);
    c->likes = store__int(r, row, STORE__COMMENT_LIKES);
    c->dislikes = store__int(r, row, STORE__COMMENT_DISLIKES);
    c->reports = store__int(r, row, STORE__COMMENT_REPORTS);
    c->ip_hash = store__text(r, row, STORE__COMMENT_IP_HASH);
    c->edit_token_hash = store__text(r, row, STORE__COMMENT_EDIT_TOKEN_HASH);
    c->user_agent = store__text(r, row, STORE__COMMENT_USER_AGENT);
    c->lang = store__text(r, row, STORE__COMMENT_LANG);
}

/* Copies the rows of r into an arena array. */
void store__comment_rows(util_arena *a, const store__res *r, store_comment **out, size_t *n)
{
    assert(r->nrows == 0 || r->ncols == STORE__COMMENT_NCOLS);
    if (r->nrows == 0)
        return;
    store_comment *v = util_arena_alloc(a, r->nrows * sizeof *v);
    for (size_t i = 0; i < r->nrows; i++)
        store__comment_row(r, i, &v[i]);
    *out = v;
    *n = r->nrows;
}

/* Bumps the version of the thread; STORE_EINVAL if there is none. */
static store_status bump_thread(store *s, int64_t thread_id)
{
    store__res r;
    store__val p[] = {STORE__I(thread_id)};
    util_arena *a = util_arena_new();
    store_status st = store__query(s, a, STORE__STMT_THREAD_BUMP, p, 1, &r);
    if (st == STORE_OK && r.changes == 0)
        st = STORE_EINVAL;
    util_arena_free(a);
    return st;
}

struct insert_comment {
    store_comment *c;
    int64_t id, created;
};

static store_status insert_comment_tx(store *s, void *ctx)
{
    struct insert_comment *ic = ctx;
    const store_comment *c = ic->c;
    util_arena *a = util_arena_new();
    store__res r;
    /* The thread row first: it must exist, and it orders writers. */
    store_status st = bump_thread(s, c->thread_id);
    if (st != STORE_OK)
        goto done;
    if (c->parent) {
        store__val pp[] = {STORE__I(c->parent)};
        if ((st = store__query(s, a, STORE__STMT_COMMENT_THREAD, pp, 1, &r)) != STORE_OK)
            goto done;
        if (r.nrows == 0 || store__int(&r, 0, 0) != c->thread_id) {
            st = STORE_EINVAL;
            goto done;
        }
    }
    store__val p[] = {
        STORE__I(c->thread_id),    c->parent ? STORE__I(c->parent) : STORE__N,
        STORE__S(c->author),       STORE__S(c->email),
        STORE__S(c->website),      STORE__S(c->text),
        STORE__S(c->html),         STORE__I(c->status),
        STORE__S(c->anchor),       STORE__I(ic->created),
        STORE__I(c->modified),     STORE__I(c->likes),
        STORE__I(c->dislikes),     STORE__I(c->reports),
        STORE__S(c->ip_hash),      STORE__S(c->edit_token_hash),
        STORE__S(c->user_agent),   STORE__S(c->lang),
        STORE__S(c->fingerprint),  STORE__S(c->auto_action),
        STORE__S(c->auto_category), STORE__S(c->auto_detail),
    };
    if ((st = store__query(s, a, STORE__STMT_COMMENT_INSERT, p, UTIL_ARRAY_LEN(p), &r)) != STORE_OK)
        goto done;
    if (r.nrows != 1 || store__int(&r, 0, 0) <= 0) {
        snprintf(s->errmsg, sizeof s->errmsg, "insert returned no id");
        st = STORE_EIO;
        goto done;
    }
    ic->id = store__int(&r, 0, 0);
done:
    util_arena_free(a);
    return st;
}

store_status store_comment_insert(store *s, store_comment *c, int64_t *id)
{
    assert(s && c);
    if (id)
        *id = 0;
    if (!c->author || !c->text || !c->html || !valid_status(c->status) || c->thread_id <= 0 ||
        c->parent < 0)
        return STORE_EINVAL;
    struct insert_comment ic = {c, 0, c->created ? c->created : util_now_ms()};
    store_status st = store__in_tx(s, insert_comment_tx, &ic);
    if (st != STORE_OK)
        return st;
    c->id = ic.id;
    c->created = ic.created;
    if (id)
        *id = ic.id;
    return STORE_OK;
}

store_status store_comment_get(store *s, util_arena *a, int64_t id, store_comment *out)
{
    assert(s && a && out);
    memset(out, 0, sizeof *out);
    store__res r;
    store__val p[] = {STORE__I(id)};
    store_status st = store__query(s, a, STORE__STMT_COMMENT_GET, p, 1, &r);
    if (st != STORE_OK)
        return st;
    if (r.nrows == 0)
        return STORE_NOTFOUND;
    assert(r.ncols == STORE__COMMENT_NCOLS);
    store__comment_row(&r, 0, out);
    return STORE_OK;
}

/* An UPDATE ... RETURNING thread_id on one comment, then the thread bump. */
struct update_comment {
    int stmt;
    const store__val *p;
    size_t np;
};

static store_status update_comment_tx(store *s, void *ctx)
{
    struct update_comment *u = ctx;
    util_arena *a = util_arena_new();
    store__res r;
    store_status st = store__query(s, a, u->stmt, u->p, u->np, &r);
    if (st == STORE_OK && r.nrows == 0)
        st = STORE_NOTFOUND;
    if (st == STORE_OK)
        st = bump_thread(s, store__int(&r, 0, 0));
    util_arena_free(a);
    return st;
}

store_status store_comment_update_text(store *s, int64_t id, const char *text, const char *html,
                                       int status, int64_t modified)
{
    assert(s);
    if (!text || !html || !valid_status(status))
        return STORE_EINVAL;
    store__val p[] = {STORE__I(id), STORE__S(text), STORE__S(html), STORE__I(status),
                      STORE__I(modified)};
    struct update_comment u = {STORE__STMT_COMMENT_UPDATE_TEXT, p, UTIL_ARRAY_LEN(p)};
    return store__in_tx(s, update_comment_tx, &u);
}

store_status store_comment_set_status(store *s, int64_t id, int status)
{
    assert(s);
    if (!valid_status(status))
        return STORE_EINVAL;
    store__val p[] = {STORE__I(id), STORE__I(status)};
    struct update_comment u = {STORE__STMT_COMMENT_SET_STATUS, p, UTIL_ARRAY_LEN(p)};
    return store__in_tx(s, update_comment_tx, &u);
}

store_status store_comment_swap_status(store *s, int64_t id, int now, int next)
{
    assert(s);
    if (!valid_status(now) || !valid_status(next))
        return STORE_EINVAL;
    store__val p[] = {STORE__I(id), STORE__I(now), STORE__I(next)};
    struct update_comment u = {STORE__STMT_COMMENT_SWAP_STATUS, p, UTIL_ARRAY_LEN(p)};
    store_status st = store__in_tx(s, update_comment_tx, &u);
    return st == STORE_NOTFOUND ? STORE_CONFLICT : st;
}

struct edit_comment {
    const store__val *p;
    int *status;
};

static store_status edit_comment_tx(store *s, void *ctx)
{
    struct edit_comment *e = ctx;
    util_arena *a = util_arena_new();
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_COMMENT_EDIT, e->p, 5, &r);
    if (st == STORE_OK && r.nrows == 0)
        st = STORE_NOTFOUND;
    if (st == STORE_OK) {
        *e->status = (int)store__int(&r, 0, 1);
        st = bump_thread(s, store__int(&r, 0, 0));
    }
    util_arena_free(a);
    return st;
}

store_status store_comment_edit(store *s, int64_t id, const char *text, const char *html,
                                int verdict, int64_t modified, int *status)
{
    assert(s && status);
    if (!text || !html || !valid_status(verdict))
        return STORE_EINVAL;
    store__val p[] = {STORE__I(id), STORE__S(text), STORE__S(html), STORE__I(verdict),
                      STORE__I(modified)};
    struct edit_comment e = {p, status};
    return store__in_tx(s, edit_comment_tx, &e);
}

store_status store_thread_comments(store *s, util_arena *a, int64_t thread_id, unsigned status_mask,
                                   store_comment **out, size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    store__res r;
    store__val p[] = {STORE__I(thread_id), STORE__I(status_mask & 0x1fu)};
    store_status st = store__query(s, a, STORE__STMT_THREAD_COMMENTS, p, 2, &r);
    if (st == STORE_OK)
        store__comment_rows(a, &r, out, n);
    return st;
}

/* The newest rows of a published-comments query, turned into id order. */
static store_status published_rows(store *s, util_arena *a, int stmt, const store__val *p,
                                   size_t np, store_comment **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    store__res r;
    store_status st = store__query(s, a, stmt, p, np, &r);
    if (st != STORE_OK)
        return st;
    store__comment_rows(a, &r, out, n);
    /* newest first from the index: reverse into id order */
    for (size_t i = 0, j = *n; i + 1 < j; i++, j--) {
        store_comment t = (*out)[i];
        (*out)[i] = (*out)[j - 1];
        (*out)[j - 1] = t;
    }
    return STORE_OK;
}

store_status store_comments_published_after(store *s, util_arena *a, int64_t after, size_t limit,
                                            store_comment **out, size_t *n)
{
    assert(s && a && out && n);
    store__val p[] = {STORE__I(after), STORE__I((int64_t)limit)};
    return published_rows(s, a, STORE__STMT_COMMENTS_PUBLISHED_AFTER, p, 2, out, n);
}

store_status store_thread_published_between(store *s, util_arena *a, int64_t thread_id,
                                            int64_t after, int64_t before, size_t limit,
                                            store_comment **out, size_t *n)
{
    assert(s && a && out && n);
    store__val p[] = {STORE__I(thread_id), STORE__I(after),
                      STORE__I(before > 0 ? before : INT64_MAX), STORE__I((int64_t)limit)};
    return published_rows(s, a, STORE__STMT_THREAD_PUBLISHED_BETWEEN, p, 4, out, n);
}

store_status store_comment_last_id(store *s, int64_t *id)
{
    assert(s && id);
    *id = 0;
    store__res r;
    util_arena *a = util_arena_new();
    store_status st = store__query(s, a, STORE__STMT_COMMENT_LAST_ID, NULL, 0, &r);
    if (st == STORE_OK && r.nrows == 1)
        *id = store__int(&r, 0, 0);
    util_arena_free(a);
    return st;
}

store_status store_counts(store *s, const char *site, const char *const *uris, size_t n,
                          int64_t *counts)
{
    assert(s);
    assert(n == 0 || (uris && counts));
    for (size_t i = 0; i < n; i++)
        counts[i] = 0;
    if (!site)
        return STORE_EINVAL;
    for (size_t i = 0; i < n; i++)
        if (!uris[i])
            return STORE_EINVAL;
    util_arena *a = util_arena_new();
    store_status st = STORE_OK;
    for (size_t i = 0; i < n && st == STORE_OK; i++) {
        store__res r;
        store__val p[] = {STORE__S(site), STORE__S(uris[i])};
        st = store__query(s, a, STORE__STMT_COUNT_PUBLISHED, p, 2, &r);
        if (st == STORE_OK && r.nrows == 1)
            counts[i] = store__int(&r, 0, 0);
    }
    if (st != STORE_OK)
        for (size_t i = 0; i < n; i++)
            counts[i] = 0;
    util_arena_free(a);
    return st;
}

store_status store_comments_by_status(store *s, util_arena *a, int status, int64_t before_id,
                                      int limit, store_comment **out, size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    if (!valid_status(status))
        return STORE_EINVAL;
    store__res r;
    store__val p[] = {STORE__I(status), STORE__I(before_id > 0 ? before_id : INT64_MAX),
                      STORE__I(limit > 0 ? limit : 100)};
    store_status st = store__query(s, a, STORE__STMT_COMMENTS_BY_STATUS, p, 3, &r);
    if (st == STORE_OK)
        store__comment_rows(a, &r, out, n);
    return st;
}

/* ---- votes -------------------------------------------------------------
 * A row of votes is one vote on one comment.  voter: the cookie id of the
 * reader who cast it (or, before migration 9, the address hash of a reader
 * without a cookie); origin: the address hash that cookie was issued to;
 * holder: the cookie given to the last reader who changed the vote without
 * sending a cookie (the voter and the holder both control the vote).
 * origin and holder are NULL for store_vote's callers and for votes stored
 * before migration 9.  The comment's likes and dislikes are kept in its
 * row, moved by the difference each vote makes. */

struct vote {
    int64_t comment_id;
    const char *voter, *origin;  /* origin may be NULL (store_vote) */
    bool cookieless;
    int value;
    int64_t likes, dislikes;
};

static store_status vote_tx(store *s, void *ctx)
{
    struct vote *v = ctx;
    util_arena *a = util_arena_new();
    store__res r;
    store__val id[] = {STORE__I(v->comment_id)};
    int64_t now = util_now_ms();

    /* Lock the comment (PostgreSQL: FOR NO KEY UPDATE; SQLite: the write
     * transaction already holds the database): votes on one comment run one
     * after the other, so two requests from one address cannot both find
     * no vote from it and both add one. */
    store_status st = store__query(s, a, STORE__STMT_COMMENT_LOCK, id, 1, &r);
    if (st != STORE_OK)
        goto done;
    if (r.nrows == 0 || store__int(&r, 0, 0) != STORE_PUBLISHED) {
        st = STORE_NOTFOUND;
        goto done;
    }
    int64_t thread_id = store__int(&r, 0, 1);

    /* row: the voter key of the row that is this reader's vote (NULL: none
     * yet); old: its value; gone: a vote withdrawn besides, stored under
     * the reader's address before migration 9 when it had no cookie. */
    const char *row = NULL;
    int old = 0, gone = 0;
    if (v->cookieless) {
        /* The address's latest vote on the comment, if any, is this reader's. */
        store__val q[] = {STORE__I(v->comment_id), STORE__S(v->origin)};
        if ((st = store__query(s, a, STORE__STMT_VOTE_OF_ORIGIN, q, 2, &r)) != STORE_OK)
            goto done;
    } else {
        if (v->origin) {
            store__val k[] = {STORE__I(v->comment_id), STORE__S(v->origin)};
            if ((st = store__query(s, a, STORE__STMT_VOTE_TAKE_LEGACY, k, 2, &r)) != STORE_OK)
                goto done;
            gone = r.nrows ? (int)store__int(&r, 0, 0) : 0;
        }
        store__val q[] = {STORE__I(v->comment_id), STORE__S(v->voter), STORE__S(v->origin)};
        if ((st = store__query(s, a, STORE__STMT_VOTE_FIND, q, 3, &r)) != STORE_OK)
            goto done;
    }
    if (r.nrows) {
        row = store__text(&r, 0, 0);
        old = (int)store__int(&r, 0, 1);
    }

    /* A reader without a cookie always becomes the holder of the vote it
     * changed, even when the value stays. */
    if (row && (old != v->value || v->cookieless)) {
        if (v->value == 0) {
            store__val k[] = {STORE__I(v->comment_id), STORE__S(row)};
            st = store__query(s, a, STORE__STMT_VOTE_DELETE, k, 2, NULL);
        } else {
            store__val set[] = {STORE__I(v->comment_id), STORE__S(row),
                                STORE__I(v->value),      STORE__I(now),
                                STORE__S(v->origin),     STORE__S(v->cookieless ? v->voter : NULL)};
            st = store__query(s, a, STORE__STMT_VOTE_SET, set, 6, NULL);
        }
    } else if (!row && v->value != 0) {
        store__val up[] = {STORE__I(v->comment_id), STORE__S(v->voter), STORE__I(v->value),
                           STORE__I(now), STORE__S(v->origin)};
        st = store__query(s, a, STORE__STMT_VOTE_UPSERT, up, 5, NULL);
    }
    if (st != STORE_OK)
        goto done;

    int64_t dlikes = (v->value == 1) - (old == 1) - (gone == 1);
    int64_t ddislikes = (v->value == -1) - (old == -1) - (gone == -1);
    if (dlikes == 0 && ddislikes == 0) {
        /* Totals unchanged: the thread's version (and its ETag) stays. */
        if ((st = store__query(s, a, STORE__STMT_COMMENT_VOTES, id, 1, &r)) != STORE_OK)
            goto done;
    } else {
        store__val delta[] = {STORE__I(v->comment_id), STORE__I(dlikes), STORE__I(ddislikes)};
        if ((st = store__query(s, a, STORE__STMT_COMMENT_VOTE_APPLY, delta, 3, &r)) != STORE_OK)
            goto done;
        if ((st = bump_thread(s, thread_id)) != STORE_OK)
            goto done;
    }
    if (r.nrows != 1) {
        snprintf(s->errmsg, sizeof s->errmsg, "comment vanished while voting");
        st = STORE_EIO;
        goto done;
    }
    v->likes = store__int(&r, 0, 0);
    v->dislikes = store__int(&r, 0, 1);
done:
    util_arena_free(a);
    return st;
}

static store_status vote_run(store *s, struct vote *v, int64_t *likes, int64_t *dislikes)
{
    assert(s);
    if (likes)
        *likes = 0;
    if (dislikes)
        *dislikes = 0;
    if (!v->voter || !*v->voter || v->value < -1 || v->value > 1)
        return STORE_EINVAL;
    store_status st = store__in_tx(s, vote_tx, v);
    if (st != STORE_OK)
        return st;
    if (likes)
        *likes = v->likes;
    if (dislikes)
        *dislikes = v->dislikes;
    return STORE_OK;
}

store_status store_vote(store *s, int64_t comment_id, const char *voter, int value,
                        int64_t *likes, int64_t *dislikes)
{
    struct vote v = {comment_id, voter, NULL, false, value, 0, 0};
    return vote_run(s, &v, likes, dislikes);
}

store_status store_vote_reader(store *s, int64_t comment_id, const char *voter,
                               const char *origin, bool cookieless, int value, int64_t *likes,
                               int64_t *dislikes)
{
    struct vote v = {comment_id, voter, origin, cookieless, value, 0, 0};
    if (!origin || !*origin) {
        if (likes)
            *likes = 0;
        if (dislikes)
            *dislikes = 0;
        return STORE_EINVAL;
    }
    return vote_run(s, &v, likes, dislikes);
}
