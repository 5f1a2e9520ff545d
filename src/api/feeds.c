/* feeds — GET /feeds/comments.atom?uri=U[&site=S]: the thread's published
 * comments as an Atom feed, newest first (the 50 latest), and
 * GET /api/v1/events[?after=N]: the live stream of newly published
 * comments. */
#include <stdlib.h>
#include <string.h>

#include "api/api_int.h"
#include "render/render.h"

#define FEED_MAX 50

static int by_newest(const void *pa, const void *pb)
{
    const store_comment *a = pa, *b = pb;
    if (a->created != b->created)
        return a->created < b->created ? 1 : -1;
    return a->id < b->id ? 1 : a->id > b->id ? -1 : 0;
}

void api__feed_atom(http_req *req)
{
    api_app *app = api__app(req);
    const char *site, *uri;
    if (!api__query_thread(req, &site, &uri))
        return;
    store *s = api__store(req);
    if (!s)
        return;
    store_thread th = {0};
    store_comment *cs = NULL;
    size_t n = 0;
    store_status rc = store_thread_find(s, req->arena, site, uri, &th);
    if (rc == STORE_OK)
        rc = store_thread_comments(s, req->arena, th.id, 1u << STORE_PUBLISHED, &cs, &n);
    if (rc != STORE_OK && rc != STORE_NOTFOUND) {
        api__store_error(req, rc, "thread");
        return;
    }
    if (n)
        qsort(cs, n, sizeof *cs, by_newest);
    if (n > FEED_MAX)
        n = FEED_MAX;
    const char *page = util_page_url(req->arena, api__app(req)->cfg, uri);
    render_feed_entry *entries = util_arena_alloc(req->arena, (n ? n : 1) * sizeof *entries);
    int64_t updated = th.created;
    for (size_t i = 0; i < n; i++) {
        entries[i] = (render_feed_entry){
            .id = cs[i].id,
            .author = cs[i].author,
            .html = cs[i].html,
            .created_ms = cs[i].created,
            .modified_ms = cs[i].modified,
            .link = util_comment_url(req->arena, api__app(req)->cfg, uri, (long long)cs[i].id),
        };
        int64_t t = cs[i].modified > cs[i].created ? cs[i].modified : cs[i].created;
        if (t > updated)
            updated = t;
    }
    /* The feed's id does not depend on how the query was written. */
    const char *self = util_arena_printf(req->arena, "%s/feeds/comments.atom?uri=%s&site=%s",
                                         app->cfg->public_url, util_url_encode(req->arena, uri),
                                         util_url_encode(req->arena, site));
    render_feed f = {
        .id = self,
        .title = util_arena_printf(req->arena, "%s — %s", app->cfg->site_name,
                                   th.title && *th.title ? th.title : uri),
        .self_link = self,
        .alt_link = page,
        .updated_ms = updated ? updated : util_now_ms(),
        .entries = entries,
        .n = n,
    };
    util_buf b = {0};
    render_atom(&b, &f);
    http_add_header(req, "Cache-Control", "no-cache");
    http_send(req, 200, "application/atom+xml; charset=utf-8", b.data, b.len);
    util_buf_free(&b);
}

void api__events(http_req *req)
{
    const char *site, *uri;
    if (!api__query_thread(req, &site, &uri))
        return;
    /* A reconnecting EventSource says the last id it saw (Last-Event-ID):
     * the comments published since, with a greater id, are sent first
     * (api/events.c keeps them and the live ones in order).  A first
     * connection says it with ?after=N (extension): the widget's N is the
     * page's newest published id when it read the list (its last_id), so
     * what is published between that read and this stream is not lost;
     * 0 (a page that had none) means every comment.  The header wins.  A
     * bad after= is the client's mistake, answered 422 as the API's other
     * bad parameters are; a bad Last-Event-ID is ignored, as it always has
     * been (EventSource only sends back what the server gave it). */
    int64_t after = -1;
    const char *p = http_param(req, "after");
    if (p && *p) {
        if (p[strspn(p, "0")] == '\0')
            after = 0;
        else if (!util_parse_id(p, &after)) {
            http_error(req, 422, "invalid_field", "after",
                       "after must be a comment id (a whole number, 0 or more)");
            return;
        }
    }
    int64_t last;
    if (util_parse_id(http_header(req, "Last-Event-ID"), &last))
        after = last;
    api__stream_open(req, site, uri, after);
}
