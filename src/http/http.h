/* http — the HTTP server (libmicrohttpd), the route table and the request /
 * response helpers every handler uses.
 *
 * One request = one http_req, created when libmicrohttpd first sees the URI
 * and freed when the request completes; it owns an arena that everything of
 * the request is allocated from.  The body of a route that takes one is
 * buffered up to the route's limit; past it the rest is read and discarded
 * and the client gets 413, so the answer always reaches it.
 *
 * Routes are one table (api/routes.c), matched by method and pattern:
 * "/api/v1/comments/{id}/vote" puts the text of {id} in req->params[0].
 * A handler answers with exactly one http_send_* / http_error call, or, for a
 * stream, with http_stream (Server-Sent Events) and later pushes to it.
 * Handlers run on the server's worker threads: they must not block for long
 * (database calls are fine; waiting on a client is not). */
#ifndef CAUSERIE_HTTP_H
#define CAUSERIE_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/util.h"

typedef struct http_req http_req;
typedef struct http_server http_server;
typedef void (*http_handler)(http_req *req);

enum http_method {
    HTTP_GET = 1 << 0,
    HTTP_POST = 1 << 1,
    HTTP_PUT = 1 << 2,
    HTTP_DELETE = 1 << 3,
    HTTP_OPTIONS = 1 << 4,
    HTTP_HEAD = 1 << 5,
};

enum http_route_flags {
    HTTP_BODY_JSON = 1 << 0,    /* needs Content-Type: application/json, body object */
    HTTP_BODY_FORM = 1 << 1,    /* any Content-Type: the body is read as a form */
    HTTP_BODY_RAW = 1 << 2,     /* body read as is */
    HTTP_CORS = 1 << 3,         /* readable from the site's configured origins */
    HTTP_NO_METRICS = 1 << 4,   /* not counted per route (static assets share one) */
    HTTP_BODY_LARGE = 1 << 5,   /* an editor's document: up to large_body_limit */
    HTTP_AUTH = 1 << 6,         /* http_server_config.authorize judges the request
                                 * before anything else of it (type, size, query) */
    HTTP_BODY_CODED = 1 << 7,   /* a POST or PUT body sent gzip or deflate is inflated
                                 * before the handler, any other coding is 415, as a
                                 * JSON body's (HTTP_BODY_JSON implies it) */
};

typedef struct http_route {
    unsigned methods;           /* enum http_method bits */
    const char *pattern;        /* "/api/v1/comments/{id}"; trailing "*" = prefix */
    http_handler handler;
    unsigned flags;
    const char *name;           /* metric label: "comments_list" */
    /* Whether the path names one of its resources, so that another method
     * on it is 405 with Allow, not 404 (NULL: a prefix pattern never, any
     * other always, an {id} segment being an id: a positive integer). */
    bool (*exists)(const char *path);
    /* Answers the errors the server itself decides for this route (413,
     * a malformed query…, and on its path a 405 or the 503 of a shutdown)
     * in the route's own protocol instead of the JSON error (NULL: JSON);
     * it must answer with http_send or http_error_json, never http_error.
     * It may run while the server stops (the app is still there: it is
     * freed after http_server_stop returns). */
    void (*error)(http_req *req, int status, const char *code, const char *msg);
} http_route;

#define HTTP_MAX_PARAMS 4
#define HTTP_MAX_HEADERS 16

struct http_req {
    util_arena *arena;
    void *app;                   /* what http_server_new was given */
    struct MHD_Connection *conn;
    http_server *server;
    unsigned method;             /* one enum http_method bit, 0 = other */
    const char *method_name;
    const char *path;            /* decoded path, without the query */
    const char *raw_query;       /* as received, after '?' ("" if none) */
    util_query query;            /* parsed raw_query */
    bool query_ok;               /* false: malformed escapes / UTF-8 */
    bool path_nul;               /* the raw path holds %00 */
    const http_route *route;
    int route_index;
    void *auth;                  /* what http_server_config.authorize found (the app's) */
    const char *params[HTTP_MAX_PARAMS];
    size_t nparams;
    util_buf body;               /* the request body, NUL-terminated */
    bool body_too_large;
    /* An error decided from the headers alone (404, 405, 415): sent at the
     * last access call, once any body has been read and discarded (an
     * answer queued before that makes libmicrohttpd close the connection). */
    int early_status;
    const char *early_code, *early_msg;
    bool preflight;              /* OPTIONS: 204 at the last call, same reason */
    const char *body_coding;     /* a JSON route's body sent "gzip" or "deflate"
                                  * (inflated before the handler), else NULL */
    bool large_body_denied;      /* large_body_ok said no: body_limit applies */
    char ip[64];                 /* client address (X-Forwarded-For if trusted) */
    int64_t start_us;
    /* response */
    int status;
    bool responded;
    const char *hdr_names[HTTP_MAX_HEADERS];
    const char *hdr_values[HTTP_MAX_HEADERS];
    size_t nhdrs;
    struct http_stream *stream;  /* set by http_stream */
    bool started;
};

typedef struct http_server_config {
    const char *listen;          /* host:port */
    int threads;                 /* 0 = number of cores */
    size_t body_limit;
    size_t large_body_limit;     /* routes with HTTP_BODY_LARGE (the policy) */
    /* Asked once the headers of a HTTP_BODY_LARGE request are in; false
     * keeps it to body_limit (NULL: always large), so that a client without
     * the right to send a large body cannot make the server hold one. */
    bool (*large_body_ok)(http_req *req);
    /* Asked for a HTTP_AUTH route once the body is in, before the server
     * judges the request (415, 413, a malformed query or body) and before
     * the handler: true lets it go on; false means it has answered (401,
     * 403…), so that a client without the right learns nothing of how its
     * request would have been read (NULL: every request goes on).  What it
     * found (the editor) it may keep in req->auth for the handler. */
    bool (*authorize)(http_req *req);
    bool trust_proxy;
    /* With trust_proxy: "" believes X-Forwarded-For from any peer (its last
     * entry); else addresses and CIDR blocks (util_ipnets_parse), the only
     * peers believed, and the proxies skipped in the chain (NULL = ""). */
    const char *trusted_proxies;
    int max_connections;
    const char *cors_origins;    /* comma-separated, "" = none */
    const http_route *routes;
    size_t nroutes;
    void *app;
} http_server_config;

/* Binds and starts serving.  NULL with a message in err on failure. */
http_server *http_server_new(const http_server_config *cfg, char *err, size_t errlen);
/* The port actually bound (useful with port 0). */
int http_server_port(const http_server *s);
/* Stops accepting, lets requests in flight finish for up to grace_s seconds,
 * ends every event stream, then stops.  Frees the server. */
void http_server_stop(http_server *s, int grace_s);
void http_server_set_origins(http_server *s, const char *origins);

/* ---- request helpers --------------------------------------------------- */
/* The value of a header without the spaces and tabs around it (RFC 9110
 * 5.5: they are no part of it); NULL if absent. */
const char *http_header(http_req *req, const char *name);
/* Whether the request's If-None-Match names etag (a quoted strong tag):
 * "*", or one entry of its list equal to it (a W/ entry compares equal,
 * RFC 9110 13.1.2) — entries, never a substring ("abc" is in "abc-gz"). */
bool http_etag_matches(http_req *req, const char *etag);
const char *http_cookie(http_req *req, const char *name);
const char *http_param(http_req *req, const char *name);    /* query, first value */

/* ---- responses (exactly one per request) ------------------------------- */
/* Adds a response header; name and value are copied into the arena. */
void http_add_header(http_req *req, const char *name, const char *value);
/* Sends a body (copied); ctype may be NULL for no body type. */
void http_send(http_req *req, int status, const char *ctype, const void *body, size_t len);
void http_send_text(http_req *req, int status, const char *text);
/* Sends an empty response (204, 304, …). */
/* 304 Not Modified announcing the length of the 200 it stands for (RFC
 * 9110 8.6: not "Content-Length: 0"), without a body or a copy of one. */
void http_send_not_modified(http_req *req, size_t len);
void http_send_empty(http_req *req, int status);
/* {"error":{"code","message"[,"field"]}} with the status, or the route's
 * own wording of it (http_route.error; without a route, that of the first
 * route whose pattern the path matches). */
void http_error(http_req *req, int status, const char *code, const char *field,
                const char *fmt, ...) UTIL_PRINTF(5, 6);
/* The JSON error itself, whatever the route: for an error hook that leaves
 * some clients the JSON answer (msg as is). */
void http_error_json(http_req *req, int status, const char *code, const char *field,
                     const char *msg);

/* ---- content codings of request bodies (inflate.c) --------------------- */
typedef enum http_inflate_status {
    HTTP_INFLATE_OK = 0,
    HTTP_INFLATE_TOO_LARGE,  /* more than max bytes once inflated */
    HTTP_INFLATE_BAD,        /* not gzip or zlib, damaged, truncated, or other
                              * bytes after it */
} http_inflate_status;
/* Inflates a body sent gzip or deflate (a gzip or a zlib stream, read by
 * their headers; gzip members one after the other are one body) into out,
 * NUL-terminated, when it inflates to at most max bytes; never holds more
 * than max + 1.  out is cleared on entry, set only on OK, and the caller
 * frees it (util_buf_free). */
http_inflate_status http_inflate(const void *in, size_t n, size_t max, util_buf *out);

/* ---- Server-Sent Events ------------------------------------------------ */
/* Answers the request with a text/event-stream that stays open.  The stream
 * is registered under `topic` (e.g. a thread key) with the number of the
 * last event it has (`seq`, e.g. a comment id); http_publish_seq sends
 * events to every stream of a topic, from any thread.  Idle streams cost
 * no thread: the connection is suspended between events. */
void http_stream(http_req *req, const char *topic, int64_t seq);
/* One event to the stream the request has just opened with http_stream
 * (events it missed, sent before any newer one); nothing after a HEAD. */
void http_stream_send(http_req *req, const char *event, const char *id, const char *data);
/* One event of http_publish_seq: its number (sent as its id) orders it. */
typedef struct http_event {
    const char *event;
    int64_t seq;
    const char *data;
    bool again;   /* sent even to a stream that has a higher number (late),
                   * followed there by "id: <that number>" alone, so that
                   * its reader's Last-Event-ID stays the highest */
} http_event;
/* FNV-1a of a topic: the chain of its streams here, the lock of its
 * deliveries in api/events.c. */
uint32_t http_topic_hash(const char *topic);
/* The lowest number the streams of a topic have; false when none is open. */
bool http_topic_low(http_server *s, const char *topic, int64_t *low);
/* Sends events, in increasing numbers, to every stream of a topic: to each
 * those above the number it has (and the `again` ones), raising it.  The
 * caller keeps the topic's publications in order (api/events.c). */
void http_publish_seq(http_server *s, const char *topic, const http_event *evs, size_t n);
/* Ends the streams of a topic whose number is below `below`, once what is
 * queued for them has gone out; their readers reconnect (EventSource) with
 * the last id they got.  Nothing more is sent to them. */
void http_topic_end(http_server *s, const char *topic, int64_t below);
size_t http_stream_count(http_server *s);

/* ---- metrics ----------------------------------------------------------- */
/* Appends Prometheus text: requests by route and status, latency histograms,
 * open streams. */
void http_metrics_render(http_server *s, util_buf *out);

#endif
