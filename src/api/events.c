/* events — live updates, in order, on one node and across nodes.
 *
 * Order on a page.  Every reader of a page must get its comments in id
 * order: a reader whose connection drops reconnects with the id of the last
 * one it got (Last-Event-ID) and is sent only those above it, so a comment
 * that reached it after a newer one would never reach it.  The database
 * gives a page's new comments their ids in the order they commit (the
 * insert locks the thread row before it takes an id: store.c), but the
 * threads and nodes that hand them to the readers race.  So each stream
 * keeps the id of the last comment it was handed (http_publish_seq), and a
 * comment is handed on (api__deliver) under the page's lock (one of
 * PAGE_LOCKS, by a hash of the page): first the page's published comments
 * between the lowest id its streams have and this one, read from the store
 * (committed already, since this one is; their own deliveries, still on the
 * way, then find them sent), then the comment.  A stream opens under the
 * same lock (api__stream_open), with the newest published id of the page,
 * after the comments it missed (read apart, each statement its own
 * snapshot: a reader that missed none keeps its Last-Event-ID, or a comment
 * that commits between the reads would be in neither).  When the comments
 * before one cannot be read, the streams that may lack some end instead
 * (their readers reconnect for them), and the others get it.  A comment an
 * editor publishes late keeps its older id: it is sent to every stream all
 * the same ("late"), followed by "id: N" alone where the stream has newer
 * ones (http_publish_seq), or the reader's Last-Event-ID would go back.
 * A first connection has no Last-Event-ID; it may say ?after=N instead
 * (api/feeds.c), N the page's newest published id in the list its reader
 * loaded (the list's last_id), and is sent what was published since the
 * same way: nothing published between the list and the stream is lost.
 *
 * Across nodes: a node tells the others on the same database (PostgreSQL
 * NOTIFY) with the line "node\nsite\nuri\nid\nkind" (kind "new", or "late"
 * for an editor's late approval; a line without one, from a node of an
 * earlier version, counts as late) ("node\n\n\nid\nkind" when the page's uri
 * would not fit NOTIFY's 8000 bytes: the listener then reads the page from
 * the comment's thread), from inside the transaction that publishes the
 * comment (api__event_notify_tx, called by api__on_publish_tx):
 * PostgreSQL delivers a NOTIFY when, and only when, its transaction
 * commits, so a node killed right after the commit has told the others
 * all the same (a NOTIFY sent after the commit was lost with the node, and
 * the comment never reached the other nodes' live readers).  Once
 * committed, the node hands the comment to its own event streams
 * (api__deliver).
 * Each node's listener reads those lines, skips its own, loads the comment
 * and, if it is published, hands it to its own readers of that page.  The
 * command line (`causerie moderate approve`) sends the same line, so a
 * comment it publishes reaches the readers of every node.  On SQLite there
 * is one node and nothing to tell.
 *
 * Catching up: NOTIFY reaches only a listening connection, so the lines sent
 * while this node's listener was reconnecting (the database restarted or
 * could not be reached) never arrive.  The relay remembers the highest
 * comment id it has handed on (at start, the highest in the store), and
 * each time the listener starts listening again the comments published
 * since, with a greater id (at most the CATCH_UP_MAX newest), are handed to
 * their pages' readers.  A comment approved during the gap with an id
 * below that mark is not sent (as for a reader's Last-Event-ID).  A stream
 * is never sent one comment twice, this node's own among them: it has the
 * id of the last it was sent.
 *
 * Must never: send a comment that is not published, or hold the relay's
 * lock for longer than a few comparisons, or a page's for longer than one
 * indexed read. */
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_int.h"

#define CATCH_UP_MAX 200
#define PAGE_LOCKS 64
#define GAP_MAX 200      /* comments a page's readers are sent before a new one */
#define REPLAY_MAX 200   /* comments a reconnecting reader is sent (the newest) */

struct api_pages {
    pthread_mutex_t mu[PAGE_LOCKS];
};

api_pages *api__pages_new(void)
{
    api_pages *p = xcalloc(1, sizeof *p);
    for (size_t i = 0; i < PAGE_LOCKS; i++)
        pthread_mutex_init(&p->mu[i], NULL);
    return p;
}

void api__pages_free(api_pages *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < PAGE_LOCKS; i++)
        pthread_mutex_destroy(&p->mu[i]);
    free(p);
}

/* The lock of a page's deliveries (by the hash of its topic). */
static pthread_mutex_t *page_lock(api_app *app, const char *topic)
{
    return &app->pages->mu[http_topic_hash(topic) % PAGE_LOCKS];
}

void api__deliver(api_app *app, store *s, util_arena *a, const store_comment *c,
                  const char *site, const char *uri, bool late)
{
    if (!app->server || c->status != STORE_PUBLISHED)
        return;
    const char *topic = util_arena_printf(a, "%s\n%s", site, uri);
    pthread_mutex_t *mu = page_lock(app, topic);
    pthread_mutex_lock(mu);
    int64_t low;
    if (!http_topic_low(app->server, topic, &low) || (!late && c->id <= low)) {
        pthread_mutex_unlock(mu);   /* no reader, or every reader has it */
        return;
    }
    store_comment *cs = NULL;
    size_t n = 0;
    if (c->id - 1 > low &&
        (!s || store_thread_published_between(s, a, c->thread_id, low, c->id, GAP_MAX, &cs,
                                              &n) != STORE_OK)) {
        /* Sent c, a stream would have an id past comments it may lack, and
         * no reconnection would send them: it ends instead, and its reader
         * reconnects for them (in order, from its Last-Event-ID). */
        LOG_WARN("events: could not read the comments before %lld; the page's streams that "
                 "may lack some end (their readers reconnect)",
                 (long long)c->id);
        http_topic_end(app->server, topic, c->id - 1);
        n = 0;
    }
    http_event *evs = util_arena_alloc(a, (n + 1) * sizeof *evs);
    char sid[24];
    for (size_t i = 0; i < n; i++)
        evs[i] = (http_event){"comment", cs[i].id, api__comment_event(&cs[i], sid), false};
    evs[n] = (http_event){"comment", c->id, api__comment_event(c, sid), late};
    http_publish_seq(app->server, topic, evs, n + 1);
    pthread_mutex_unlock(mu);
    for (size_t i = 0; i <= n; i++)
        free((char *)evs[i].data);
}

/* The page could not be read: a stream that ends at once.  EventSource
 * gives up for good on any status but 200 (a 503 left the reader without
 * live comments until it reloaded the page); a stream that ends makes it
 * try again after `retry`, with its Last-Event-ID. */
static void stream_retry(http_req *req, store_status rc)
{
    static const char retry[] = "retry: 3000\n\n";
    atomic_fetch_add(&api__app(req)->store_errors, 1);
    LOG_ERROR("api: %s %s: store: %s; the stream ends, its reader tries again", req->method_name,
              req->path, rc == STORE_OK ? "no connection" : store_strerror(rc));
    http_add_header(req, "Cache-Control", "no-cache");
    http_send(req, 200, "text/event-stream; charset=utf-8", retry, sizeof retry - 1);
}

void api__stream_open(http_req *req, const char *site, const char *uri, int64_t after)
{
    api_app *app = api__app(req);
    const char *topic = util_arena_printf(req->arena, "%s\n%s", site, uri);
    if (req->method == HTTP_HEAD) {
        http_stream(req, topic, 0);
        return;
    }
    store *s = store_pool_get(app->pool);
    if (!s) {
        stream_retry(req, STORE_OK);
        return;
    }
    pthread_mutex_t *mu = page_lock(app, topic);
    pthread_mutex_lock(mu);
    /* What the reader missed (after its Last-Event-ID or after=), and the newest
     * published id of the page, which the stream then has. */
    store_thread th;
    store_comment *cs = NULL;
    size_t n = 0;
    int64_t seq = 0;
    store_status rc = store_thread_find(s, req->arena, site, uri, &th);
    if (rc == STORE_OK && after >= 0)
        rc = store_thread_published_between(s, req->arena, th.id, after, 0, REPLAY_MAX, &cs, &n);
    if (rc == STORE_OK && n)
        seq = cs[n - 1].id;
    else if (rc == STORE_OK) {
        store_comment *last;
        size_t k;
        rc = store_thread_published_between(s, req->arena, th.id, 0, 0, 1, &last, &k);
        seq = k ? last[0].id : 0;
        /* a comment that committed between the two reads is above `after`
         * and was not in the first: it is still to be sent */
        if (after >= 0 && seq > after)
            seq = after;
    } else if (rc == STORE_NOTFOUND) {
        rc = STORE_OK;   /* no comment yet: every one is new to the reader */
    }
    if (rc != STORE_OK) {
        pthread_mutex_unlock(mu);
        stream_retry(req, rc);
        return;
    }
    http_stream(req, topic, seq);
    for (size_t i = 0; i < n; i++) {
        char id[24];
        char *data = api__comment_event(&cs[i], id);
        http_stream_send(req, "comment", id, data);
        free(data);
    }
    pthread_mutex_unlock(mu);
}

typedef struct api_relay api_relay;

struct api_relay {
    pthread_mutex_t mu;
    int64_t mark;   /* the highest id relayed (or in the store at start) */
};

static void raise_mark(api_relay *r, int64_t id)
{
    pthread_mutex_lock(&r->mu);
    if (id > r->mark)
        r->mark = id;
    pthread_mutex_unlock(&r->mu);
}

store_status api__event_notify_tx(http_req *req, store *s, const store_thread *th,
                                  const store_comment *c, bool late)
{
    api_app *app = api__app(req);
    /* A server tells the others only when it listens itself (PostgreSQL);
     * the command line (no server) always tells them: its decisions have
     * no other way to reach live readers.  A no-op on SQLite. */
    if (app->server && !app->listener)
        return STORE_OK;
    const char *kind = late ? "late" : "new";
    char *payload = util_arena_printf(req->arena, "%s\n%s\n%s\n%lld\n%s", app->node_id, th->site,
                                      th->uri, (long long)c->id, kind);
    if (strlen(payload) > 7900) /* NOTIFY's limit is 8000 bytes: the listener finds the page */
        payload = util_arena_printf(req->arena, "%s\n\n\n%lld\n%s", app->node_id,
                                    (long long)c->id, kind);
    /* (a failure aborts the transaction: PostgreSQL has aborted it already) */
    return store_event_send(s, payload);
}

/* Hands a published comment to this node's readers of its page; the page
 * is read from the comment's thread when site or uri is NULL or empty. */
static void relay(api_app *app, util_arena *a, store *s, const store_comment *c, const char *site,
                  const char *uri, bool late)
{
    if (!uri || !*uri) {
        store_thread th;
        if (store_thread_get(s, a, c->thread_id, &th) != STORE_OK)
            return;
        site = th.site;
        uri = th.uri;
    }
    api__deliver(app, s, a, c, site, uri, late);
}

/* The listener listens (again): the comments the others published while it
 * did not, found in the store. */
static void catch_up(api_app *app)
{
    api_relay *r = app->relay;
    pthread_mutex_lock(&r->mu);
    int64_t mark = r->mark;
    pthread_mutex_unlock(&r->mu);
    util_arena *a = util_arena_new();
    store *s = store_pool_get(app->pool);
    store_comment *cs = NULL;
    size_t n = 0;
    if (!s || store_comments_published_after(s, a, mark, CATCH_UP_MAX, &cs, &n) != STORE_OK) {
        LOG_WARN("events: could not look for the comments other nodes published while this "
                 "one was not listening");
        goto done;
    }
    size_t sent = 0;
    store_thread th = {.id = -1};   /* the last page read, for a run of comments of one page */
    for (size_t i = 0; i < n; i++) {
        if (th.id != cs[i].thread_id && store_thread_get(s, a, cs[i].thread_id, &th) != STORE_OK)
            th.id = -1;
        if (th.id == cs[i].thread_id) {
            relay(app, a, s, &cs[i], th.site, th.uri, false);
            sent++;
        }
        raise_mark(r, cs[i].id);
    }
    if (sent)
        LOG_INFO("events: %zu comment(s) published while this node was not listening handed to "
                 "its readers (each stream skips those it has)",
                 sent);
done:
    util_arena_free(a);
}

static void on_event(void *arg, const char *payload)
{
    api_app *app = arg;
    if (!app->server)
        return;
    if (!payload) {
        catch_up(app);
        return;
    }
    const char *p[5];
    size_t n = 0;
    p[n++] = payload;
    for (const char *c = payload; *c && n < 5; c++)
        if (*c == '\n')
            p[n++] = c + 1;
    if (n < 4 || strncmp(p[0], app->node_id, strlen(app->node_id)) == 0)
        return;
    bool late = n < 5 || strcmp(p[4], "new") != 0;   /* (an earlier node's line: late) */
    util_arena *a = util_arena_new();
    const char *site = util_arena_strndup(a, p[1], (size_t)(p[2] - p[1] - 1));
    const char *uri = util_arena_strndup(a, p[2], (size_t)(p[3] - p[2] - 1));
    int64_t id = strtoll(p[3], NULL, 10);
    store *s = store_pool_get(app->pool);
    store_comment c;
    if (s && id > 0 && store_comment_get(s, a, id, &c) == STORE_OK) {
        if (c.status == STORE_PUBLISHED)
            relay(app, a, s, &c, site, uri, late);   /* (an empty uri: too long for NOTIFY) */
        raise_mark(app->relay, id);
    }
    util_arena_free(a);
}

void api_events_start(api_app *app)
{
    store *s = store_pool_get(app->pool);
    if (s && strcmp(store_backend_name(s), "postgresql") != 0)
        return;   /* SQLite: one node, nothing to relay */
    api_relay *r = xcalloc(1, sizeof *r);
    pthread_mutex_init(&r->mu, NULL);
    /* What is in the store now was never this node's to relay: the first
     * catch-up (when the listener first listens) sends only what comes
     * after. */
    if (!s || store_comment_last_id(s, &r->mark) != STORE_OK)
        LOG_WARN("events: could not read the last comment id; the first catch-up may resend "
                 "comments");
    app->relay = r;
    app->listener = store_listener_start(app->cfg->store_url, on_event, app);
}

void api_events_stop(api_app *app)
{
    store_listener_stop(app->listener);
    app->listener = NULL;
    if (app->relay) {
        pthread_mutex_destroy(&app->relay->mu);
        free(app->relay);
        app->relay = NULL;
    }
}
