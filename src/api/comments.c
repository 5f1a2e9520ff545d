/* comments — posting, reading one, editing and deleting comments.
 *
 * POST validates every field (422 naming the field), rate-limits per
 * address, renders the Markdown once to safe HTML, has the comment moderated
 * (api/moderation.c: the decision is made before the transaction, recorded
 * in it), and stores the thread, the comment and its decision in one
 * transaction; 201 means it is on disk.  A rejected comment is kept too, and
 * answered 422 with the policy's reason; spam reads as "pending".  The edit
 * token is returned once and only its hash is kept.  PUT and DELETE need
 * that token within the edit window; an edit is moderated again and can only
 * make the comment's status stricter (settled in the UPDATE itself, so a
 * delete or an editor's decision made meanwhile stays).  The e-mail address is stored but
 * never returned. */
#include <string.h>

#include "api/api_int.h"
#include "render/render.h"

#define MAX_AUTHOR 100
#define MAX_TEXT 10000
#define MAX_URI 2000
#define MAX_TITLE 300
#define MAX_WEBSITE 2000
#define MAX_EMAIL 254
#define MAX_QUOTE 1000
#define MAX_PARAGRAPH 200
/* A text of raw HTML alone (render_markdown drops it) would be published blank. */
#define NOTHING_SHOWN "text shows nothing once rendered (HTML tags are not shown; write the words themselves)"

json_t *api__comment_json(const store_comment *c, bool placeholder)
{
    char created[32], modified[32];
    util_time_rfc3339(c->created, created);
    if (c->modified)
        util_time_rfc3339(c->modified, modified);
    json_t *parent = c->parent ? json_integer(c->parent) : json_null();
    if (placeholder)
        return json_pack("{s:I, s:o, s:b, s:n, s:n, s:s, s:s, s:n, s:i, s:i, s:n, s:[]}", "id",
                         (json_int_t)c->id, "parent", parent, "deleted", 1, "author", "website",
                         "html", "", "created", created, "modified", "likes", 0, "dislikes", 0,
                         "anchor", "replies");
    json_t *anchor = NULL;
    if (c->anchor)
        anchor = json_loads(c->anchor, 0, NULL);
    return json_pack("{s:I, s:o, s:s, s:o, s:s, s:s, s:o, s:I, s:I, s:o, s:[]}", "id",
                     (json_int_t)c->id, "parent", parent, "author", c->author ? c->author : "",
                     "website", c->website ? json_string(c->website) : json_null(), "html",
                     c->html ? c->html : "", "created", created, "modified",
                     c->modified ? json_string(modified) : json_null(), "likes",
                     (json_int_t)c->likes, "dislikes", (json_int_t)c->dislikes, "anchor",
                     anchor ? anchor : json_null(), "replies");
}

char *api__comment_event(const store_comment *c, char id[24])
{
    json_t *o = api__comment_json(c, false);
    char *data = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    snprintf(id, 24, "%lld", (long long)c->id);
    return data;
}

/* Reads the optional anchor {paragraph, quote}; *out is its JSON text. */
static bool read_anchor(http_req *req, json_t *body, const char **out)
{
    *out = NULL;
    json_t *a = json_object_get(body, "anchor");
    if (api__absent(a))
        return true;
    if (!json_is_object(a)) {
        http_error(req, 422, "invalid_field", "anchor",
                   "anchor must be an object {\"paragraph\", \"quote\"}");
        return false;
    }
    json_t *p = json_object_get(a, "paragraph");
    json_t *para;
    if (json_is_integer(p) && json_integer_value(p) >= 0) {
        para = json_integer(json_integer_value(p));
    } else if (json_is_string(p) && json_string_length(p) > 0 &&
               util_utf8_len(json_string_value(p), json_string_length(p)) <= MAX_PARAGRAPH &&
               !memchr(json_string_value(p), '\0', json_string_length(p)) &&
               api__one_line(json_string_value(p))) {
        para = json_string(json_string_value(p));
    } else {
        http_error(req, 422, "invalid_field", "anchor",
                   "anchor.paragraph must be a paragraph id (a string of 1-%d characters, one "
                   "line without control characters)",
                   MAX_PARAGRAPH);
        return false;
    }
    /* the 422 names the request's field, "anchor", as for the paragraph */
    const char *quote;
    if (!api__field_string_in(req, "anchor", a, "quote", FIELD_OPTIONAL, MAX_QUOTE, true, &quote)) {
        json_decref(para);
        return false;
    }
    if (quote && !api__no_controls(quote, true)) {   /* a passage of the page: lines allowed */
        json_decref(para);
        http_error(req, 422, "invalid_field", "anchor",
                   "anchor.quote must not contain control characters");
        return false;
    }
    json_t *o = json_pack("{s:o, s:s?}", "paragraph", para, "quote", quote);
    if (!json_object_get(o, "quote"))
        json_object_set_new(o, "quote", json_null());
    char *s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    *out = util_arena_strdup(req->arena, s);
    free(s);
    return true;
}

/* s with each byte that does not start a valid UTF-8 sequence written as
 * '?' (s itself when it is valid; else a copy in the arena): a header is
 * bytes, and what is stored as text must be UTF-8. */
static const char *utf8_clean(util_arena *a, const char *s)
{
    if (!s || util_utf8_valid(s, strlen(s)))
        return s;
    util_buf b = {0};
    util_utf8_scrub(&b, s, strlen(s), "?", UTIL_UTF8_SCRUB_BYTES);
    const char *out = util_arena_strndup(a, b.data, b.len);
    util_buf_free(&b);
    return out;
}

typedef struct post {
    const char *uri, *site, *title, *author, *email, *website, *text, *anchor, *subscribe;
    int64_t parent;
} post;

static bool read_post(http_req *req, json_t *body, post *p)
{
    memset(p, 0, sizeof *p);
    if (!api__field_string(req, body, "uri", FIELD_REQUIRED, MAX_URI, false, &p->uri) ||
        !api__field_string(req, body, "site", FIELD_OPTIONAL, 100, true, &p->site) ||
        !api__field_string(req, body, "title", FIELD_OPTIONAL, MAX_TITLE, true, &p->title) ||
        !api__field_string(req, body, "author", FIELD_REQUIRED, MAX_AUTHOR, true, &p->author) ||
        !api__field_string(req, body, "email", FIELD_OPTIONAL, MAX_EMAIL, true, &p->email) ||
        !api__field_string(req, body, "website", FIELD_OPTIONAL, MAX_WEBSITE, true, &p->website) ||
        !api__field_string(req, body, "text", FIELD_REQUIRED, MAX_TEXT, true, &p->text) ||
        !api__field_string(req, body, "subscribe", FIELD_OPTIONAL, 16, true, &p->subscribe))
        return false;
    /* A name or a text that shows nothing (zero-width or format
     * characters, combining marks alone) is empty. */
    if (!api__visible(p->author) || !api__visible(p->text)) {
        const char *f = !api__visible(p->author) ? "author" : "text";
        http_error(req, 422, "invalid_field", f, "%s must not be empty (it shows no character)", f);
        return false;
    }
    /* Single-line fields: they end up in headers, titles and mails (the
     * uri under the rule of every route that takes one). */
    const struct { const char *name, *value; bool ok; } lines[] = {
        {"uri", p->uri, api__uri_chars_ok(p->uri)},
        {"author", p->author, api__one_line(p->author)},
        {"title", p->title, !p->title || api__one_line(p->title)}};
    for (size_t i = 0; i < UTIL_ARRAY_LEN(lines); i++)
        if (!lines[i].ok) {
            http_error(req, 422, "invalid_field", lines[i].name,
                       "%s must be one line without control characters", lines[i].name);
            return false;
        }
    if (p->site && !api__valid_site(p->site)) {
        http_error(req, 422, "invalid_field", "site",
                   "site must be 1-100 letters, digits, '.', '-' or '_'");
        return false;
    }
    if (!p->site)
        p->site = api__app(req)->cfg->default_site;
    if (p->email && !api__valid_email(p->email)) {
        http_error(req, 422, "invalid_field", "email", "email is not a valid address");
        return false;
    }
    if (p->website && !api__valid_http_url(p->website)) {
        http_error(req, 422, "invalid_field", "website",
                   "website must be an http:// or https:// address");
        return false;
    }
    if (p->subscribe) {
        if (strcmp(p->subscribe, "replies") != 0 && strcmp(p->subscribe, "all") != 0) {
            http_error(req, 422, "invalid_field", "subscribe", "subscribe must be replies or all");
            return false;
        }
        if (!p->email) {
            http_error(req, 422, "invalid_field", "email", "email is required to subscribe");
            return false;
        }
        if (!api__mailable(req, p->email))
            return false;
    }
    json_t *parent = json_object_get(body, "parent");
    if (!api__absent(parent)) {
        if (!json_is_integer(parent) || json_integer_value(parent) <= 0) {
            http_error(req, 422, "invalid_field", "parent",
                       "parent must be the id of a comment (a positive integer)");
            return false;
        }
        p->parent = json_integer_value(parent);
    }
    return read_anchor(req, body, &p->anchor);
}

typedef struct insert_ctx {
    http_req *req;
    post *p;
    store_comment *c;
    const api__verdict *verdict;
    store_thread th;
    int64_t id;
    bool bad_parent;
} insert_ctx;

static store_status do_insert(store *s, void *arg)
{
    insert_ctx *x = arg;
    store_status rc = store_thread_ensure(s, x->req->arena, x->p->site, x->p->uri, x->p->title,
                                          &x->th);
    if (rc != STORE_OK)
        return rc;
    if (x->p->parent) {
        store_comment par;
        rc = store_comment_get(s, x->req->arena, x->p->parent, &par);
        if (rc == STORE_NOTFOUND || (rc == STORE_OK && (par.thread_id != x->th.id ||
                                                         par.status != STORE_PUBLISHED))) {
            x->bad_parent = true;
            return STORE_NOTFOUND;
        }
        if (rc != STORE_OK)
            return rc;
    }
    x->c->thread_id = x->th.id;
    rc = store_comment_insert(s, x->c, &x->id);
    if (rc != STORE_OK)
        return rc;
    x->c->id = x->id;
    /* "subscribe" at post time: in this transaction (never for a rejected
     * or spam comment) */
    if (x->p->subscribe && x->p->email &&
        (x->c->status == STORE_PUBLISHED || x->c->status == STORE_PENDING) &&
        (rc = api__subscribe_tx(x->req, s, &x->th, x->p->email, x->p->subscribe)) != STORE_OK)
        return rc;
    if (x->c->status == STORE_PUBLISHED)
        return api__on_publish_tx(x->req, s, &x->th, x->c, false);
    if (x->c->status == STORE_PENDING || x->c->status == STORE_SPAM)
        return api__on_hold_tx(x->req, s, &x->th, x->c);
    return STORE_OK;
}

void api__comments_post(http_req *req)
{
    api_app *app = api__app(req);
    json_t *body = api__body(req);
    if (!body)
        return;
    post p;
    api__mod_input mi;
    if (!read_post(req, body, &p) || !api__moderation_fields(req, body, &mi))
        goto out;
    const char *html = render_markdown(req->arena, p.text, strlen(p.text));
    if (!api__visible_html(req->arena, html)) {
        http_error(req, 422, "invalid_field", "text", NOTHING_SHOWN);
        goto out;
    }
    if (api__rate_limited(req, app->post_limit))
        goto out;
    store *s = api__store(req);
    if (!s)
        goto out;
    mi.site = p.site;
    mi.uri = p.uri;
    mi.text = p.text;
    mi.author = p.author;
    mi.email = p.email;
    mi.website = p.website;
    mi.exclude_id = 0;
    api__verdict v;
    store_status rc = api__moderate(req, s, &mi, &v);
    if (rc != STORE_OK) {
        api__store_error(req, rc, "comment");
        goto out;
    }
    const char *token, *token_hash;
    api__new_token(req, &token, &token_hash);
    store_comment c = {
        .parent = p.parent,
        .author = p.author,
        .email = p.email,
        .website = p.website,
        .text = p.text,
        .html = html,
        .status = v.status,
        .anchor = p.anchor,
        .created = util_now_ms(),
        .ip_hash = api__ip_hash(req),
        /* a rejected comment is answered 422, without a token */
        .edit_token_hash = v.status == STORE_REJECTED ? NULL : token_hash,
        /* a header is bytes: stored as text, it must be UTF-8 (PostgreSQL
         * refused the whole comment, 503; a privacy export lost the field) */
        .user_agent = utf8_clean(req->arena, http_header(req, "User-Agent")),
        .lang = mi.lang ? mi.lang : app->cfg->site_lang,
    };
    api__verdict_to_comment(&v, &c);
    insert_ctx x = {.req = req, .p = &p, .c = &c, .verdict = &v};
    rc = store_transaction(s, do_insert, &x);
    if (x.bad_parent) {
        http_error(req, 422, "invalid_field", "parent",
                   "parent is not a published comment of this thread");
        goto out;
    }
    if (rc != STORE_OK) {
        api__store_error(req, rc, "comment");
        goto out;
    }
    c.id = x.id;
    atomic_fetch_add(&app->comments_by_status[c.status], 1);
    if (v.decided)
        api__moderation_observe(app, mod_action_name(v.d.action), v.d.category);
    if (c.status == STORE_REJECTED) {
        api__send_policy_rejection(req, &v);
        goto out;
    }
    /* held, spam and discarded all read "pending": a spammer learns nothing;
     * edit_until tells the widget the server's edit window (not always 15 min) */
    char until[32];
    util_time_rfc3339(c.created + (int64_t)app->cfg->edit_window * 1000, until);
    json_t *o = json_pack("{s:o, s:s, s:s, s:s}", "comment", api__comment_json(&c, false), "status",
                          c.status == STORE_PUBLISHED ? "published" : "pending", "edit_token",
                          token, "edit_until", until);
    http_add_header(req, "Location",
                    util_arena_printf(req->arena, "/api/v1/comments/%lld", (long long)c.id));
    api__send_json(req, 201, o);
    api__deliver(app, s, req->arena, &c, p.site, p.uri, false);
out:
    json_decref(body);
}

void api__comment_get(http_req *req)
{
    int64_t id;
    if (!api__path_id(req, 0, &id))
        return;
    store *s = api__store(req);
    if (!s)
        return;
    store_comment c;
    store_status rc = store_comment_get(s, req->arena, id, &c);
    if (rc == STORE_OK && c.status != STORE_PUBLISHED)
        rc = STORE_NOTFOUND;
    if (rc != STORE_OK) {
        api__store_error(req, rc, "comment");
        return;
    }
    api__send_json(req, 200, api__comment_json(&c, false));
}

/* Loads the comment and checks the edit token and window; answers on
 * failure. */
static bool authorize_edit(http_req *req, store *s, int64_t id, store_comment *c)
{
    const char *token = http_header(req, "X-Edit-Token");
    if (!token || !*token) {
        http_error(req, 401, "unauthorized", NULL, "the X-Edit-Token header is required");
        return false;
    }
    store_status rc = store_comment_get(s, req->arena, id, c);
    if (rc == STORE_OK && c->status == STORE_DELETED)
        rc = STORE_NOTFOUND;
    if (rc != STORE_OK) {
        api__store_error(req, rc, "comment");
        return false;
    }
    const char *h = api__token_hash(req->arena, token);
    if (!c->edit_token_hash || strcmp(h, c->edit_token_hash) != 0) {
        http_error(req, 403, "forbidden", NULL, "this edit token is not the one of this comment");
        return false;
    }
    int window = api__app(req)->cfg->edit_window;
    if (util_now_ms() - c->created > (int64_t)window * 1000) {
        /* in minutes when it is whole minutes ("15 minutes"), else seconds */
        bool minutes = window >= 60 && window % 60 == 0;
        int n = minutes ? window / 60 : window;
        http_error(req, 403, "edit_window_closed", NULL,
                   "comments can only be changed within %d %s%s of posting", n,
                   minutes ? "minute" : "second", n == 1 ? "" : "s");
        return false;
    }
    return true;
}

/* An edit never makes a comment's status looser (a held comment stays held
 * until an editor decides): store_comment_edit keeps the stricter of the
 * row's status and the new text's verdict. */

typedef struct edit_ctx {
    http_req *req;
    store_comment *c;
    const store_thread *th;
    const api__verdict *verdict;
} edit_ctx;

static store_status do_edit(store *s, void *arg)
{
    edit_ctx *x = arg;
    /* The status is settled in the UPDATE itself, from the row as it is
     * now: a delete or an editor's decision since authorize_edit read it
     * is kept (a deleted comment is not found). */
    int before = x->c->status;
    store_status rc = store_comment_edit(s, x->c->id, x->c->text, x->c->html, x->verdict->status,
                                         x->c->modified, &x->c->status);
    if (rc == STORE_OK)
        rc = api__moderation_record_tx(s, x->c->id, x->verdict);
    /* a published comment the edit sends to the queue: the editors hear of
     * it as of a comment held when posted */
    if (rc == STORE_OK && before == STORE_PUBLISHED &&
        (x->c->status == STORE_PENDING || x->c->status == STORE_SPAM))
        rc = api__on_hold_tx(x->req, s, x->th, x->c);
    return rc;
}

/* A comment an earlier decision rejected stays rejected whatever its new
 * text: the reader is shown that rejection's category and message, not the
 * new text's verdict (which names no category). */
static void previous_rejection(http_req *req, store *s, int64_t id, api__verdict *v)
{
    store_decision *d;
    size_t n;
    if (store_decisions_of_comment(s, req->arena, id, &d, &n) != STORE_OK)
        return;
    for (size_t i = n; i-- > 0;) {
        if (!d[i].action || strcmp(d[i].action, "reject") != 0)
            continue;
        json_t *o = mod_detail_load(d[i].detail);
        const char *msg = json_string_value(json_object_get(o, "message"));
        v->d.category = d[i].category ? util_arena_strdup(req->arena, d[i].category) : NULL;
        v->d.message = msg ? util_arena_strdup(req->arena, msg) : NULL;
        json_decref(o);
        return;
    }
}

void api__comment_put(http_req *req)
{
    api_app *app = api__app(req);
    int64_t id;
    if (!api__path_id(req, 0, &id))
        return;
    json_t *body = api__body(req);
    if (!body)
        return;
    store *s = api__store(req);
    store_comment c;
    const char *text;
    api__mod_input mi;
    if (!s || !authorize_edit(req, s, id, &c) ||
        !api__field_string(req, body, "text", FIELD_REQUIRED, MAX_TEXT, true, &text) ||
        !api__moderation_fields(req, body, &mi))
        goto out;
    if (!api__visible(text)) {
        http_error(req, 422, "invalid_field", "text", "text must not be empty (it shows no character)");
        goto out;
    }
    const char *html = render_markdown(req->arena, text, strlen(text));
    if (!api__visible_html(req->arena, html)) {
        http_error(req, 422, "invalid_field", "text", NOTHING_SHOWN);
        goto out;
    }
    /* An edit is a write moderated like a post, with its row in the audit
     * log: it counts against the same limit (unlimited, one token let a
     * client write thousands of edits a second for the whole window). */
    if (api__rate_limited(req, app->post_limit))
        goto out;
    store_thread th;
    store_status rc = store_thread_get(s, req->arena, c.thread_id, &th);
    api__verdict v;
    if (rc == STORE_OK) {
        mi.site = th.site;
        mi.uri = th.uri;
        mi.text = text;
        mi.author = c.author;
        mi.email = c.email;
        mi.website = c.website;
        if (!mi.lang)
            mi.lang = c.lang;
        mi.exclude_id = id;
        rc = api__moderate(req, s, &mi, &v);
    }
    if (rc != STORE_OK) {
        api__store_error(req, rc, "comment");
        goto out;
    }
    c.id = id;
    c.text = text;
    c.html = html;
    c.modified = util_now_ms();
    edit_ctx x = {req, &c, &th, &v};
    rc = store_transaction(s, do_edit, &x);
    if (rc != STORE_OK) {
        api__store_error(req, rc, "comment");
        goto out;
    }
    if (v.decided)
        api__moderation_observe(app, mod_action_name(v.d.action), v.d.category);
    if (c.status == STORE_REJECTED) {
        if (v.status != STORE_REJECTED)
            previous_rejection(req, s, id, &v);
        api__send_policy_rejection(req, &v);
        goto out;
    }
    json_t *o = json_pack("{s:o, s:s}", "comment", api__comment_json(&c, false), "status",
                          c.status == STORE_PUBLISHED ? "published" : "pending");
    api__send_json(req, 200, o);
out:
    json_decref(body);
}

void api__comment_delete(http_req *req)
{
    int64_t id;
    if (!api__path_id(req, 0, &id))
        return;
    store *s = api__store(req);
    store_comment c;
    if (!s || !authorize_edit(req, s, id, &c))
        return;
    store_status rc = store_comment_set_status(s, id, STORE_DELETED);
    if (rc != STORE_OK) {
        api__store_error(req, rc, "comment");
        return;
    }
    http_send_empty(req, 204);
}
