/* events — live updates across server nodes.
 *
 * A node tells the other nodes on the same database (PostgreSQL NOTIFY)
 * with the line "node\nsite\nuri\nid" ("node\n\n\nid" when the page's uri
 * would not fit NOTIFY's 8000 bytes: the listener then reads the page from
 * the comment's thread), from inside the transaction that publishes the
 * comment (api__event_notify_tx, called by api__on_publish_tx):
 * PostgreSQL delivers a NOTIFY when, and only when, its transaction
 * commits, so a node killed right after the commit has told the others
 * all the same (a NOTIFY sent after the commit was lost with the node, and
 * the comment never reached the other nodes' live readers).  Once
 * committed, the node publishes the comment to its own event streams
 * (api__publish_comment).
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
 * their pages' readers.  This node's own comments were published here
 * already: the ids of its last OWN_MAX publications are skipped.  A comment
 * approved during the gap with an id below that mark is not sent (as for a
 * reader's Last-Event-ID); one relayed twice is harmless (readers keep
 * comments by id).
 *
 * Must never: send a comment that is not published, or block a request on
 * the relay's lock for longer than a few comparisons. */
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_int.h"

#define CATCH_UP_MAX 200
#define OWN_MAX 256

typedef struct api_relay api_relay;

struct api_relay {
    pthread_mutex_t mu;
    int64_t mark;            /* highest id relayed from the others (or in the store at start) */
    int64_t own[OWN_MAX];    /* the ids this node published last, a ring */
    size_t own_next;
};

static bool published_here(api_relay *r, int64_t id)
{
    bool found = false;
    pthread_mutex_lock(&r->mu);
    for (size_t i = 0; i < OWN_MAX && !found; i++)
        found = r->own[i] == id;
    pthread_mutex_unlock(&r->mu);
    return found;
}

static void raise_mark(api_relay *r, int64_t id)
{
    pthread_mutex_lock(&r->mu);
    if (id > r->mark)
        r->mark = id;
    pthread_mutex_unlock(&r->mu);
}

store_status api__event_notify_tx(http_req *req, store *s, const store_thread *th,
                                  const store_comment *c)
{
    api_app *app = api__app(req);
    /* A server tells the others only when it listens itself (PostgreSQL);
     * the command line (no server) always tells them: its decisions have
     * no other way to reach live readers.  A no-op on SQLite. */
    if (app->server && !app->listener)
        return STORE_OK;
    if (app->relay) {   /* published here: a catch-up skips it */
        pthread_mutex_lock(&app->relay->mu);
        app->relay->own[app->relay->own_next] = c->id;
        app->relay->own_next = (app->relay->own_next + 1) % OWN_MAX;
        pthread_mutex_unlock(&app->relay->mu);
    }
    char *payload = util_arena_printf(req->arena, "%s\n%s\n%s\n%lld", app->node_id, th->site,
                                      th->uri, (long long)c->id);
    if (strlen(payload) > 7900) /* NOTIFY's limit is 8000 bytes: the listener finds the page */
        payload = util_arena_printf(req->arena, "%s\n\n\n%lld", app->node_id, (long long)c->id);
    /* (a failure aborts the transaction: PostgreSQL has aborted it already) */
    return store_event_send(s, payload);
}

/* Hands a published comment to this node's readers of its page; the page
 * is read from the comment's thread when site or uri is NULL or empty. */
static void relay(api_app *app, util_arena *a, store *s, const store_comment *c, const char *site,
                  const char *uri)
{
    if (!uri || !*uri) {
        store_thread th;
        if (store_thread_get(s, a, c->thread_id, &th) != STORE_OK)
            return;
        site = th.site;
        uri = th.uri;
    }
    char sid[24];
    char *data = api__comment_event(c, sid);
    http_publish(app->server, util_arena_printf(a, "%s\n%s", site, uri), "comment", sid, data);
    free(data);
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
        if (!published_here(r, cs[i].id)) {
            if (th.id != cs[i].thread_id && store_thread_get(s, a, cs[i].thread_id, &th) != STORE_OK)
                th.id = -1;
            if (th.id == cs[i].thread_id) {
                relay(app, a, s, &cs[i], th.site, th.uri);
                sent++;
            }
        }
        raise_mark(r, cs[i].id);
    }
    if (sent)
        LOG_INFO("events: %zu comment(s) published while this node was not listening sent to "
                 "its readers",
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
    const char *p[4];
    size_t n = 0;
    p[n++] = payload;
    for (const char *c = payload; *c && n < 4; c++)
        if (*c == '\n')
            p[n++] = c + 1;
    if (n != 4 || strncmp(p[0], app->node_id, strlen(app->node_id)) == 0)
        return;
    util_arena *a = util_arena_new();
    const char *site = util_arena_strndup(a, p[1], (size_t)(p[2] - p[1] - 1));
    const char *uri = util_arena_strndup(a, p[2], (size_t)(p[3] - p[2] - 1));
    int64_t id = strtoll(p[3], NULL, 10);
    store *s = store_pool_get(app->pool);
    store_comment c;
    if (s && id > 0 && store_comment_get(s, a, id, &c) == STORE_OK) {
        if (c.status == STORE_PUBLISHED)
            relay(app, a, s, &c, site, uri);   /* (an empty uri: too long for NOTIFY) */
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
