/* api internals shared by the handlers of src/api/ only. */
#ifndef CAUSERIE_API_INT_H
#define CAUSERIE_API_INT_H

#include "api/api.h"

/* ---- one place for status codes ----------------------------------------- */
/* Answers a store failure: 404 for NOTFOUND, 409 for CONFLICT, 503 for
 * busy or I/O (counted in the metrics).  what names the resource. */
void api__store_error(http_req *req, store_status st, const char *what);
/* The calling thread's store connection, or NULL after answering 503. */
store *api__store(http_req *req);
static inline api_app *api__app(http_req *req)
{
    return req->app;
}

/* ---- JSON bodies and fields --------------------------------------------- */
/* Parses req->body; on failure answers 400 and returns NULL. */
json_t *api__body(http_req *req);
/* A copy of a JSON text (len bytes, malloc'd: the caller frees it) whose
 * numbers too large to hold are written as reals of the same length, or
 * NULL when it holds none: what api__body parses (common.c). */
char *api__json_tame_numbers(const char *body, size_t len);
/* Sends v (stolen) as JSON with the status. */
void api__send_json(http_req *req, int status, json_t *v);

typedef enum { FIELD_OPTIONAL = 0, FIELD_REQUIRED = 1 } api__need;
/* Reads a string field, trimmed; "" counts as absent.  Checks 1..max
 * characters.  On a problem answers 422 naming the field and returns false.
 * *out is arena memory or NULL when absent. */
bool api__field_string(http_req *req, json_t *obj, const char *name, api__need need,
                       size_t max_chars, bool trim, const char **out);
/* The same for a key of an object inside the request's field `field`
 * ("anchor"): the 422 names `field`, its message "field.name". */
bool api__field_string_in(http_req *req, const char *field, json_t *obj, const char *name,
                          api__need need, size_t max_chars, bool trim, const char **out);
/* Validators for the field shapes of API.md.  api__one_line: no C0/C1
 * control characters, no line or paragraph separator. */
bool api__one_line(const char *s);
/* No bidirectional control (U+200E/F, U+202A-E, U+2066-9, U+061C): a page
 * address shown in the console and in mails must read as it is. */
bool api__no_bidi(const char *s);
/* A page address's characters: one line (api__one_line), no bidirectional
 * control (api__no_bidi) — the rule of every route that takes a uri. */
bool api__uri_chars_ok(const char *u);
/* The same with lines allowed (line feeds, tabs, line and paragraph
 * separators) when `lines`: a passage of text, no other control. */
bool api__no_controls(const char *s, bool lines);
/* True when s (valid UTF-8) shows something: at least one code point that
 * is not white space, a format or control character, a combining mark
 * alone, or a blank letter (Hangul fillers, braille blank). */
bool api__visible(const char *s);
/* Whether render_markdown's HTML shows any character outside its tags (a
 * text of raw HTML alone renders to nothing). */
bool api__visible_html(util_arena *a, const char *html);
/* An optional field that is absent: missing, null, or "" (API.md: ""
 * in an optional field means absent). */
bool api__absent(const json_t *v);
bool api__valid_email(const char *s);
bool api__valid_http_url(const char *s);
bool api__valid_site(const char *s);
/* Reads the thread identity from the query (GET) — uri required, 1..2000
 * characters; site defaults to the configured one.  Answers 422 on error. */
bool api__query_thread(http_req *req, const char **site, const char **uri);
/* Parses a positive id from a path parameter; answers 404 when malformed. */
bool api__path_id(http_req *req, size_t index, int64_t *id);

/* ---- identity and tokens (libsodium) ------------------------------------ */
/* Keyed hash of the client address, hex, arena memory. */
const char *api__ip_hash(http_req *req);
/* The voter identity: the id in the signed voter cookie when the browser
 * sends one, else a new id (then *set_cookie is the Set-Cookie value that
 * gives it to the reader, to send).  *origin is the IP hash the cookie was
 * issued to (the current one for a new cookie).  See identity.c. */
const char *api__voter(http_req *req, const char **set_cookie, const char **origin);
/* New random token (base64url) and its hash (hex) for storage. */
void api__new_token(http_req *req, const char **token, const char **hash);
const char *api__token_hash(util_arena *a, const char *token);
/* Short keyed tag of a string (hex, 12 chars), for cursors and ETags. */
const char *api__tag(util_arena *a, const unsigned char key[32], const void *data, size_t n);

/* ---- comments as JSON ---------------------------------------------------- */
/* The reader's shape of one comment (API.md), with an empty replies array. */
json_t *api__comment_json(const store_comment *c, bool placeholder);
/* A comment as a live event: its id as text into id, its JSON as the
 * data (malloc'd; the caller frees). */
char *api__comment_event(const store_comment *c, char id[24]);
/* ---- what happens when a comment is published or held ------------------- */
/* Called inside the transaction that stores comment c as published (at post
 * time, or when an editor approves it), after the comment row is written:
 * queues the notifications it causes in the outbox, so they commit or roll
 * back with it.  th is c's thread.  Returns a store failure to abort. */
store_status api__on_publish_tx(http_req *req, store *s, const store_thread *th,
                                 const store_comment *c, bool late);
/* The same for a comment held for an editor (pending or spam). */
store_status api__on_hold_tx(http_req *req, store *s, const store_thread *th,
                             const store_comment *c);
/* Inside the transaction that publishes comment c of thread th (called by
 * api__on_publish_tx): tells the other nodes, on commit only (PostgreSQL
 * NOTIFY; a no-op on SQLite).  late: an editor publishes it after it was
 * held.  Returns a store failure to abort. */
store_status api__event_notify_tx(http_req *req, store *s, const store_thread *th,
                                  const store_comment *c, bool late);
/* ---- live events (api/events.c) ------------------------------------------ */
api_pages *api__pages_new(void);
void api__pages_free(api_pages *p);
/* Hands comment c, once committed as published, to this node's live readers
 * of its page, in id order: those of the page's published comments below c
 * that a reader has not had yet (read with s; NULL: none) go first.  late:
 * an editor published it after newer ones; it is sent even to readers that
 * have newer ones.  Does nothing when c is not published or there is no
 * server. */
void api__deliver(api_app *app, store *s, util_arena *a, const store_comment *c,
                  const char *site, const char *uri, bool late);
/* GET /api/v1/events: opens the request's stream on the page, after sending
 * it the page's published comments above `after` (Last-Event-ID, or the
 * query's after=; 0: every one; negative: none), at most the newest 200.
 * When the store cannot be read, a stream that ends at once (200,
 * "retry: 3000"): EventSource tries again. */
void api__stream_open(http_req *req, const char *site, const char *uri, int64_t after);

/* ---- caches and limits --------------------------------------------------- */
api_cache *api__cache_new(size_t max_bytes);
void api__cache_free(api_cache *c);
/* Looks up key; a hit needs the same thread version.  Copies the body and
 * etag into the arena. */
bool api__cache_get(api_cache *c, util_arena *a, const char *key, int64_t version,
                    char **body, size_t *len, char **etag);
void api__cache_put(api_cache *c, const char *key, int64_t version, const char *body, size_t len,
                    const char *etag);

api_ratelimit *api__ratelimit_new(int per_minute);
void api__ratelimit_free(api_ratelimit *r);
/* Takes one token for key; false when exhausted, with the seconds to wait. */
bool api__ratelimit_take(api_ratelimit *r, const char *key, int *retry_after);
/* Takes a token for the client's address; when none is left answers 429
 * with Retry-After and returns true. */
bool api__rate_limited(http_req *req, api_ratelimit *r);

/* ---- moderation (api/moderation.c, spamstore.c) ---------------------------
 * Every posted or edited comment goes through api__moderate() (outside any
 * store transaction: the engine's locks are never taken inside the
 * database's).  A new comment's row is inserted with its fingerprint and
 * its decision (api__verdict_to_comment: that row is the decision's audit
 * entry); for an edit, api__moderation_record_tx() writes both in the
 * transaction that stores the new text. */
#include "moderation/mod.h"

#include <pthread.h>

/* Login attempts allowed per client address and minute (api/admin.c). */
#define LOGIN_PER_MINUTE 30

struct metric_row;
struct api_moderation {
    mod_engine *engine;
    bool enabled;                        /* moderation.enabled */
    pthread_mutex_t policy_mu;           /* one policy install at a time */
    _Atomic int64_t policy_version;      /* store version in effect, 0 = default */
    _Atomic int64_t policy_checked_us;   /* last look at the stored version */
    pthread_mutex_t metrics_mu;
    struct metric_row *metrics;          /* decisions by action and category */
    size_t nmetrics;
    api_ratelimit *login_limit;          /* per client address */
    struct api_fpfilter *fp;             /* recent fingerprints (SQLite), may be NULL */
};

/* Recent text fingerprints this server wrote (fpfilter.c): lets a text never
 * seen skip the store's count.  NULL (always ask the store) on PostgreSQL. */
typedef struct api_fpfilter api_fpfilter;
api_fpfilter *api__fpfilter_new(store *s);
void api__fpfilter_free(api_fpfilter *f);
void api__fpfilter_add(api_fpfilter *f, const char *fingerprint);
/* True only when fingerprint was certainly not written in the last 24 h. */
bool api__fpfilter_never_seen(api_fpfilter *f, const char *fingerprint);

/* The engine's statistics backend over the store (spamstore.c). */
mod_stat_backend *api__spamstore_new(store_pool *pool);
/* Builds the engine (policy from the store, the configured file or the
 * embedded default; spam model seeded when empty).  Called by api_app_new. */
bool api__moderation_init(api_app *app, char *err, size_t errlen);
void api__moderation_free(api_app *app);
mod_engine *api__engine(api_app *app);

typedef struct api__mod_input {
    const char *site, *uri;          /* the thread */
    const char *text, *author, *email, *website;
    const char *lang;                /* NULL = the site's */
    const char *honeypot;            /* body field "hp" */
    int64_t ms_since_load;           /* body field "elapsed_ms", -1 = unknown */
    int64_t exclude_id;              /* an edited comment: not a repeat of itself */
} api__mod_input;

typedef struct api__verdict {
    bool decided;                    /* false when moderation.enabled is off */
    mod_decision d;                  /* in the request's arena */
    int status;                      /* the store status it maps to */
    const char *detail;              /* mod_decision_to_json */
} api__verdict;

/* Decides a comment: PUBLISH -> published, HOLD -> pending, SPAM and
 * DISCARD -> spam, REJECT -> rejected.  Also picks up a policy saved by
 * another node (checked at most once a second).  Never inside a store
 * transaction.  Fails only when the store fails. */
store_status api__moderate(http_req *req, store *s, const api__mod_input *in, api__verdict *v);
/* The fingerprint and the decision of v into the new comment c's row (its
 * audit entry, actor "auto"); nothing when nothing was decided. */
void api__verdict_to_comment(const api__verdict *v, store_comment *c);
/* Inside an edited comment's transaction: its new fingerprint and the
 * decision row (actor "auto").  A no-op when nothing was decided. */
store_status api__moderation_record_tx(store *s, int64_t comment_id, const api__verdict *v);
/* Installs the policy saved in the store if it is newer than the one in
 * effect (also writing moderation.policy_file when set). */
void api__policy_install_stored(api_app *app, store *s);
/* mod_decide on the server's engine, after installing the stored policy
 * when its version is newer than ours (looking at most once a second):
 * every decision the API makes (posts, edits, Akismet checks) goes
 * through it, so another node's save applies within a second.  Never
 * inside a store transaction (it may read s).  What out points to lives
 * in arena a (mod_decide). */
mod_status api__decide(api_app *app, store *s, const mod_input *in, util_arena *a,
                       mod_decision *out);
/* Counts a committed decision for /metrics. */
void api__moderation_observe(api_app *app, const char *action, const char *category);
/* Appends the moderation counters in Prometheus text. */
void api__moderation_metrics(api_app *app, util_buf *out);
/* 422 {"error":{"code":"policy","message","category"}} of a rejection. */
void api__send_policy_rejection(http_req *req, const api__verdict *v);
/* Reads the optional body fields "lang", "hp" and "elapsed_ms" into in
 * (answers 422 naming the field on a bad value). */
bool api__moderation_fields(http_req *req, json_t *body, api__mod_input *in);
/* Decision detail JSON merged with its row (id, created, actor, action,
 * category, comment_id): what editors are shown.  New reference. */
json_t *api__decision_json(const store_decision *d);

/* What editors decide (api/admin.c), for the HTTP console and the command
 * line alike: approve, reject, spam, ham, delete.  req may be a request
 * made up by the command line (no connection: see api__cli_request).
 * Answers nothing; *status_out is the comment's new status.  Returns
 * STORE_NOTFOUND for an unknown comment, STORE_EINVAL for an unknown action,
 * STORE_CONFLICT with *status_out STORE_DELETED for a comment its author
 * deleted (nothing changes). */
store_status api__editor_decide(http_req *req, store *s, int64_t id, const char *action,
                                const char *actor, int *status_out);
/* True for approve, reject, spam, ham and delete. */
bool api__valid_editor_action(const char *action);
/* The route table's exists() of …/comments/{id}/{action}: whether the
 * path's last segment is such an action (another is 404, not 405). */
bool api__editor_action_exists(const char *path);

/* ---- handlers (one file per resource) ------------------------------------ */
void api__comments_list(http_req *req);
void api__comment_get(http_req *req);
void api__comments_post(http_req *req);
void api__comment_put(http_req *req);
void api__comment_delete(http_req *req);
void api__comment_vote(http_req *req);
void api__counts(http_req *req);
void api__events(http_req *req);
void api__feed_atom(http_req *req);
void api__healthz(http_req *req);
void api__metrics(http_req *req);
void api__asset(http_req *req);
/* Whether a /widget/ or /admin/ path names an embedded file (route.exists). */
bool api__asset_exists(const char *path);
/* moderation: reports.c, admin.c, akismet.c */
void api__comment_report(http_req *req);
void api__admin_login(http_req *req);
void api__admin_logout(http_req *req);
void api__admin_queue(http_req *req);
void api__admin_comment_get(http_req *req);
void api__admin_comment_action(http_req *req);
void api__admin_policy_get(http_req *req);
void api__admin_policy_put(http_req *req);
void api__admin_audit(http_req *req);
void api__admin_stats(http_req *req);
void api__akismet_verify_key(http_req *req);
void api__akismet_comment_check(http_req *req);
void api__akismet_submit_spam(http_req *req);
void api__akismet_submit_ham(http_req *req);
/* The route's errors that the server decides (413, a malformed query) the
 * Akismet way: http_route.error of the Akismet routes. */
void api__akismet_error(http_req *req, int status, const char *code, const char *msg);

/* ---- subscriptions and privacy (subscriptions.c, privacy.c) --------------- */
/* Inside the transaction of a posted comment: subscribes email to the
 * thread as the reader asked (kind "all" or "replies") and queues the
 * confirmation mail. */
store_status api__subscribe_tx(http_req *req, store *s, const store_thread *th,
                               const char *email, const char *kind);
/* Whether a subscriber's address (already api__valid_email) can be mailed;
 * else answers 422 naming email. */
bool api__mailable(http_req *req, const char *email);
/* Whether cookies carry Secure: server.public_url is https. */
bool api__secure_cookies(http_req *req);
/* An HTML page in the site's language (title and body_html, already safe),
 * with the headers every page of links carries (CSP, no referrer, no-store). */
void api__html_page(http_req *req, int status, const char *title, const char *body_html);
const char *api__page_lang(http_req *req);
/* The errors the server decides on the pages' routes (a malformed query,
 * 405, 413, a 503…): a page as their own errors are, to a client that asks
 * for HTML; the JSON error to any other.  http_route.error of the pages. */
void api__html_error(http_req *req, int status, const char *code, const char *msg);
void api__subscriptions_post(http_req *req);
void api__subscriptions_manage_post(http_req *req);
void api__subscriptions_manage_link(http_req *req);
void api__subscription_confirm(http_req *req);
void api__subscription_unsubscribe(http_req *req);
void api__subscriptions_manage_page(http_req *req);
void api__privacy_page(http_req *req);

#endif
