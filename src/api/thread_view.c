/* thread_view — GET /api/v1/comments: one thread as readers see it.
 *
 * The thread's comments are loaded in one query (ordered by id, so a parent
 * always comes before its replies), linked into a tree in memory, and the
 * requested page of top-level comments is cut with a keyset cursor.  Only
 * published comments are shown; an unpublished comment that has published
 * replies is shown as a placeholder so the thread keeps its shape.  The
 * rendered JSON is cached per thread version (cache.c), so a busy article is
 * one indexed lookup and a memcpy.  Replies nest up to MAX_DEPTH levels;
 * deeper ones are listed flat, oldest first, under their ancestor at that
 * level (their "parent" still names their own parent), so no chain of
 * replies can exhaust a stack.  Every page also says the thread's newest
 * published id (last_id, whatever the page or sort): the widget opens its
 * live stream after it (events.c), so nothing published in between is lost.
 *
 * The cursor is base64url("sort.score.created.id.tag"): the sort key of the
 * last comment of the page, and a keyed tag of (site, uri, sort) and of that
 * position, so a cursor is refused anywhere else and an edited one too. */
#include <stdlib.h>
#include <string.h>

#include "api/api_int.h"

#define MAX_DEPTH 200

enum { SORT_NEWEST, SORT_OLDEST, SORT_POPULAR };
static const char *const sort_names[] = {"newest", "oldest", "popular"};

typedef struct node {
    store_comment *c;
    bool published, visible;
    size_t *kids, nkids, capkids;
} node;

typedef struct key {
    int64_t score, created, id;
} key;

static key key_of(const store_comment *c, bool published)
{
    return (key){published ? c->likes - c->dislikes : 0, c->created, c->id};
}

/* <0 when a comes before b in the sort. */
static int key_cmp(int sort, key a, key b)
{
#define CMP(x, y) ((x) < (y) ? -1 : (x) > (y) ? 1 : 0)
    switch (sort) {
    case SORT_OLDEST:
        return a.created != b.created ? CMP(a.created, b.created) : CMP(a.id, b.id);
    case SORT_POPULAR:
        if (a.score != b.score)
            return CMP(b.score, a.score);
        /* then newest */
        __attribute__((fallthrough));
    default:
        return a.created != b.created ? CMP(b.created, a.created) : CMP(b.id, a.id);
    }
#undef CMP
}

typedef struct sort_ctx {
    node *nodes;
    int sort;
} sort_ctx;

static int cmp_top(const void *pa, const void *pb, void *arg)
{
    sort_ctx *x = arg;
    const node *a = &x->nodes[*(const size_t *)pa], *b = &x->nodes[*(const size_t *)pb];
    return key_cmp(x->sort, key_of(a->c, a->published), key_of(b->c, b->published));
}

static ssize_t find_index(store_comment *cs, size_t n, int64_t id)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cs[mid].id < id)
            lo = mid + 1;
        else if (cs[mid].id > id)
            hi = mid;
        else
            return (ssize_t)mid;
    }
    return -1;
}

static void add_kid(node *p, size_t k)
{
    if (p->nkids == p->capkids) {
        p->capkids = p->capkids ? p->capkids * 2 : 4;
        p->kids = xrealloc(p->kids, p->capkids * sizeof(size_t));
    }
    p->kids[p->nkids++] = k;
}

static int cmp_index(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    return a < b ? -1 : a > b;
}

/* Appends every visible descendant of node i to replies, flat and in id
 * order (oldest first), each with no replies of its own.  A loop over an
 * explicit stack: a chain of replies may be any length. */
static void flat_replies(json_t *replies, node *nodes, size_t i)
{
    size_t *stack = NULL, nstack = 0, cap = 0;
    size_t *found = NULL, nfound = 0, capfound = 0;
    size_t cur = i;
    for (;;) {
        node *nd = &nodes[cur];
        for (size_t k = 0; k < nd->nkids; k++) {
            if (!nodes[nd->kids[k]].visible)
                continue;
            if (nstack == cap) {
                cap = cap ? cap * 2 : 16;
                stack = xrealloc(stack, cap * sizeof *stack);
            }
            stack[nstack++] = nd->kids[k];
        }
        if (!nstack)
            break;
        cur = stack[--nstack];
        if (nfound == capfound) {
            capfound = capfound ? capfound * 2 : 16;
            found = xrealloc(found, capfound * sizeof *found);
        }
        found[nfound++] = cur;
    }
    if (nfound)
        qsort(found, nfound, sizeof *found, cmp_index); /* index order is id order */
    for (size_t k = 0; k < nfound; k++)
        json_array_append_new(replies, api__comment_json(nodes[found[k]].c,
                                                         !nodes[found[k]].published));
    free(stack);
    free(found);
}

static json_t *node_json(node *nodes, size_t i, int depth)
{
    node *nd = &nodes[i];
    json_t *o = api__comment_json(nd->c, !nd->published);
    json_t *replies = json_object_get(o, "replies");
    /* Pathologically deep: the rest of the subtree hangs at this level, so
     * neither this recursion nor jansson's (dump, decref) can run out of
     * stack on a chain of tens of thousands of replies. */
    if (depth >= MAX_DEPTH) {
        flat_replies(replies, nodes, i);
        return o;
    }
    /* Replies oldest first; ids grow with time, and kids are in id order
     * already, but created can tie: id order is the tie-break wanted. */
    for (size_t k = 0; k < nd->nkids; k++)
        if (nodes[nd->kids[k]].visible)
            json_array_append_new(replies, node_json(nodes, nd->kids[k], depth + 1));
    return o;
}

/* The tag covers the position as well as (site, uri, sort): a cursor whose
 * numbers were edited is refused like one from another thread. */
static const char *cursor_tag(http_req *req, const char *site, const char *uri, int sort,
                              const char *pos, size_t poslen)
{
    char *bind = util_arena_printf(req->arena, "%s\n%s\n%s\n%.*s", site, uri, sort_names[sort],
                                   (int)poslen, pos);
    return api__tag(req->arena, api__app(req)->secret, bind, strlen(bind));
}

static const char *cursor_encode(http_req *req, const char *site, const char *uri, int sort, key k)
{
    char *pos = util_arena_printf(req->arena, "%d.%lld.%lld.%lld", sort, (long long)k.score,
                                  (long long)k.created, (long long)k.id);
    char *raw = util_arena_printf(req->arena, "%s.%s", pos,
                                  cursor_tag(req, site, uri, sort, pos, strlen(pos)));
    return util_b64url_encode(req->arena, raw, strlen(raw));
}

static bool cursor_decode(http_req *req, const char *cur, const char *site, const char *uri,
                          int sort, key *k)
{
    size_t n;
    unsigned char *raw = util_b64url_decode(req->arena, cur, &n);
    if (!raw || n > 200 || memchr(raw, '\0', n))
        return false;
    char *s = util_arena_strndup(req->arena, (const char *)raw, n);
    char *dot = strrchr(s, '.');
    if (!dot || strcmp(dot + 1, cursor_tag(req, site, uri, sort, s, (size_t)(dot - s))) != 0)
        return false;
    /* the position is ours, as the tag says: parse it */
    int cs;
    long long score, created, id;
    int used = 0;
    *dot = '\0';
    if (sscanf(s, "%d.%lld.%lld.%lld%n", &cs, &score, &created, &id, &used) != 4 ||
        s[used] != '\0' || cs != sort)
        return false;
    *k = (key){score, created, id};
    return true;
}

static void send_cached(http_req *req, const char *body, size_t len, const char *etag)
{
    http_add_header(req, "ETag", etag);
    http_add_header(req, "Cache-Control", "no-cache");
    if (http_etag_matches(req, etag)) {
        http_send_not_modified(req, len);
        return;
    }
    http_send(req, 200, "application/json; charset=utf-8", body, len);
}

/* Builds the page; returns the JSON text (malloc'd). */
static char *build(http_req *req, const char *site, const char *uri, int sort, size_t limit,
                   const key *after, store_comment *cs, size_t n)
{
    node *nodes = xcalloc(n ? n : 1, sizeof(node));
    size_t count = 0;
    int64_t last_id = 0;   /* the newest published id: where a live stream starts */
    for (size_t i = 0; i < n; i++) {
        nodes[i].c = &cs[i];
        nodes[i].published = cs[i].status == STORE_PUBLISHED;
        nodes[i].visible = nodes[i].published;
        count += nodes[i].published;
        if (nodes[i].published && cs[i].id > last_id)
            last_id = cs[i].id;
    }
    /* Link kids to parents; parents have smaller ids, so walking backwards
     * marks every ancestor of a visible comment visible. */
    for (size_t i = n; i-- > 0;) {
        if (!cs[i].parent)
            continue;
        ssize_t p = find_index(cs, n, cs[i].parent);
        if (p < 0 || (size_t)p >= i) {
            cs[i].parent = 0; /* orphan: shown at the top level */
            continue;
        }
        if (nodes[i].visible)
            nodes[p].visible = true;
    }
    for (size_t i = 0; i < n; i++)
        if (cs[i].parent)
            add_kid(&nodes[find_index(cs, n, cs[i].parent)], i);
    size_t *top = xcalloc(n ? n : 1, sizeof(size_t)), ntop = 0;
    for (size_t i = 0; i < n; i++)
        if (!cs[i].parent && nodes[i].visible)
            top[ntop++] = i;
    sort_ctx ctx = {nodes, sort};
    qsort_r(top, ntop, sizeof(size_t), cmp_top, &ctx);
    size_t start = 0;
    if (after)
        while (start < ntop &&
               key_cmp(sort, key_of(nodes[top[start]].c, nodes[top[start]].published), *after) <= 0)
            start++;
    json_t *list = json_array();
    size_t end = start;
    for (; end < ntop && end - start < limit; end++)
        json_array_append_new(list, node_json(nodes, top[end], 0));
    json_t *cursor = json_null();
    if (end < ntop && end > start) {
        node *last = &nodes[top[end - 1]];
        cursor = json_string(cursor_encode(req, site, uri, sort, key_of(last->c, last->published)));
    }
    json_t *o = json_pack("{s:s, s:s, s:I, s:s, s:o, s:o, s:I}", "uri", uri, "site", site,
                          "count", (json_int_t)count, "sort", sort_names[sort], "comments", list,
                          "cursor", cursor, "last_id", (json_int_t)last_id);
    char *text = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    for (size_t i = 0; i < n; i++)
        free(nodes[i].kids);
    free(nodes);
    free(top);
    return text;
}

void api__comments_list(http_req *req)
{
    api_app *app = api__app(req);
    const char *site, *uri;
    if (!api__query_thread(req, &site, &uri))
        return;
    int sort = SORT_NEWEST;
    const char *s = http_param(req, "sort");
    if (s && *s) {
        for (sort = 0; sort < 3 && strcmp(s, sort_names[sort]) != 0; sort++)
            ;
        if (sort == 3) {
            http_error(req, 422, "invalid_field", "sort", "sort must be newest, oldest or popular");
            return;
        }
    }
    size_t limit = 20;
    const char *l = http_param(req, "limit");
    if (l && *l) {
        if (strcmp(l, "all") == 0) {
            limit = SIZE_MAX;
        } else {
            /* decimal digits only: no sign, space or exponent */
            const char *d = l + strspn(l, "0");
            size_t nd = strspn(d, "0123456789");
            long v = d[nd] == '\0' && nd <= 3 ? strtol(d, NULL, 10) : 0;
            if (v < 1 || v > 100) {
                http_error(req, 422, "invalid_field", "limit",
                           "limit must be a whole number from 1 to 100, or all");
                return;
            }
            limit = (size_t)v;
        }
    }
    const char *cur = http_param(req, "cursor");
    key after;
    if (cur && *cur && !cursor_decode(req, cur, site, uri, sort, &after)) {
        http_error(req, 422, "invalid_field", "cursor",
                   "cursor is not valid for this uri, site and sort");
        return;
    }
    bool has_cursor = cur && *cur;
    store *st = api__store(req);
    if (!st)
        return;
    store_thread th;
    store_status rc = store_thread_find(st, req->arena, site, uri, &th);
    if (rc == STORE_NOTFOUND) {
        char *text = build(req, site, uri, sort, limit, NULL, NULL, 0);
        send_cached(req, text, strlen(text),
                    util_arena_printf(req->arena, "\"e-%s\"",
                                      api__tag(req->arena, app->secret, text, strlen(text))));
        free(text);
        return;
    }
    if (rc != STORE_OK) {
        api__store_error(req, rc, "thread");
        return;
    }
    char *ckey = util_arena_printf(req->arena, "%s\n%s\n%d\n%zu\n%s", site, uri, sort, limit,
                                   has_cursor ? cur : "");
    char *body, *etag;
    size_t len;
    if (api__cache_get(app->cache, req->arena, ckey, th.version, &body, &len, &etag)) {
        send_cached(req, body, len, etag);
        return;
    }
    store_comment *cs;
    size_t n;
    rc = store_thread_comments(st, req->arena, th.id, ~0u, &cs, &n);
    if (rc != STORE_OK) {
        api__store_error(req, rc, "thread");
        return;
    }
    char *text = build(req, site, uri, sort, limit, has_cursor ? &after : NULL, cs, n);
    len = strlen(text);
    etag = util_arena_printf(req->arena, "\"%lld-%s\"", (long long)th.version,
                             api__tag(req->arena, app->secret, text, len));
    api__cache_put(app->cache, ckey, th.version, text, len, etag);
    send_cached(req, text, len, etag);
    free(text);
}
