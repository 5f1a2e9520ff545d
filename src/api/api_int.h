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
/* Sends v (stolen) as JSON with the status. */
void api__send_json(http_req *req, int status, json_t *v);

typedef enum { FIELD_OPTIONAL = 0, FIELD_REQUIRED = 1 } api__need;
/* Reads a string field, trimmed; "" counts as absent.  Checks 1..max
 * characters.  On a problem answers 422 naming the field and returns false.
 * *out is arena memory or NULL when absent. */
bool api__field_string(http_req *req, json_t *obj, const char *name, api__need need,
                       size_t max_chars, bool trim, const char **out);
/* Validators for the field shapes of API.md. */
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
 * sends one (then *origin is the identity its cookieless vote was cast
 * under), else the IP hash (then *set_cookie is a Set-Cookie value to send).
 * See identity.c. */
const char *api__voter(http_req *req, const char **set_cookie, const char **origin);
/* New random token (base64url) and its hash (hex) for storage. */
void api__new_token(http_req *req, const char **token, const char **hash);
const char *api__token_hash(util_arena *a, const char *token);
/* Short keyed tag of a string (hex, 12 chars), for cursors and ETags. */
const char *api__tag(util_arena *a, const unsigned char key[32], const void *data, size_t n);

/* ---- comments as JSON ---------------------------------------------------- */
/* The reader's shape of one comment (API.md), with an empty replies array. */
json_t *api__comment_json(const store_comment *c, bool placeholder);
/* ---- what happens when a comment is published or held ------------------- */
/* Called inside the transaction that stores comment c as published (at post
 * time, or when an editor approves it), after the comment row is written:
 * queues the notifications it causes in the outbox, so they commit or roll
 * back with it.  th is c's thread.  Returns a store failure to abort. */
store_status api__on_publish_tx(http_req *req, store *s, const store_thread *th,
                                 const store_comment *c);
/* The same for a comment held for an editor (pending or spam). */
store_status api__on_hold_tx(http_req *req, store *s, const store_thread *th,
                             const store_comment *c);
/* Tells the other nodes that comment id of (site, uri) was published. */
void api__event_broadcast(http_req *req, const char *site, const char *uri, int64_t id);
/* Publishes a newly published comment to the page's live readers. */
void api__publish_comment(http_req *req, const char *site, const char *uri,
                          const store_comment *c);

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

#endif
