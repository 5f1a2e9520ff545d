/* events — live updates across server nodes.
 *
 * A node publishes a new comment to its own event streams at once
 * (api__publish_comment), then tells the other nodes on the same database
 * through the store (PostgreSQL NOTIFY) with the line "node\nsite\nuri\nid"
 * ("node\n\n\nid" when the page's uri would not fit NOTIFY's 8000 bytes: the
 * listener then reads the page from the comment's thread).
 * Each node's listener reads those lines, skips its own, loads the comment
 * and, if it is published, hands it to its own readers of that page.  The
 * command line (`causerie moderate approve`) sends the same line, so a
 * comment it publishes reaches the readers of every node.  On SQLite there
 * is one node and nothing to tell. */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_int.h"

void api__event_broadcast(http_req *req, const char *site, const char *uri, int64_t id)
{
    api_app *app = api__app(req);
    /* A server tells the others only when it listens itself (PostgreSQL);
     * the command line (no server) always tells them: its decisions have
     * no other way to reach live readers.  A no-op on SQLite. */
    if (app->server && !app->listener)
        return;
    store *s = store_pool_get(app->pool);
    if (!s)
        return;
    char *payload =
        util_arena_printf(req->arena, "%s\n%s\n%s\n%lld", app->node_id, site, uri, (long long)id);
    if (strlen(payload) > 7900) /* NOTIFY's limit is 8000 bytes: the listener finds the page */
        payload = util_arena_printf(req->arena, "%s\n\n\n%lld", app->node_id, (long long)id);
    store_event_send(s, payload);
}

static void on_event(void *arg, const char *payload)
{
    api_app *app = arg;
    const char *p[4];
    size_t n = 0;
    p[n++] = payload;
    for (const char *c = payload; *c && n < 4; c++)
        if (*c == '\n')
            p[n++] = c + 1;
    if (n != 4 || strncmp(p[0], app->node_id, strlen(app->node_id)) == 0 || !app->server)
        return;
    util_arena *a = util_arena_new();
    const char *site = util_arena_strndup(a, p[1], (size_t)(p[2] - p[1] - 1));
    const char *uri = util_arena_strndup(a, p[2], (size_t)(p[3] - p[2] - 1));
    int64_t id = strtoll(p[3], NULL, 10);
    store *s = store_pool_get(app->pool);
    store_comment c;
    bool ok = s && id > 0 && store_comment_get(s, a, id, &c) == STORE_OK && c.status == STORE_PUBLISHED;
    if (ok && !*uri) {   /* sent without its page (too long for NOTIFY) */
        store_thread th;
        ok = store_thread_get(s, a, c.thread_id, &th) == STORE_OK;
        if (ok) {
            site = th.site;
            uri = th.uri;
        }
    }
    if (ok) {
        char sid[24];
        char *data = api__comment_event(&c, sid);
        http_publish(app->server, util_arena_printf(a, "%s\n%s", site, uri), "comment", sid, data);
        free(data);
    }
    util_arena_free(a);
}

void api_events_start(api_app *app)
{
    app->listener = store_listener_start(app->cfg->store_url, on_event, app);
}

void api_events_stop(api_app *app)
{
    store_listener_stop(app->listener);
    app->listener = NULL;
}
