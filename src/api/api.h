/* api — the HTTP API of Causerie: request validation, handlers, JSON shapes.
 *
 * api_app holds what every handler needs (configuration, the store pool,
 * the server secret, the thread cache, rate limiters); it is created once by
 * main and handed to the http server, which gives it back in req->app.  The
 * route table is api_routes (routes.c): the whole API on one screen. */
#ifndef CAUSERIE_API_H
#define CAUSERIE_API_H

#include <jansson.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "http/http.h"
#include "store/store.h"
#include "util/util.h"

typedef struct api_cache api_cache;
typedef struct api_ratelimit api_ratelimit;
typedef struct api_moderation api_moderation;
typedef struct api_pages api_pages;

typedef struct api_app {
    const util_config *cfg;
    store_pool *pool;
    http_server *server;        /* set once serving, for live events */
    unsigned char secret[32];   /* keys IP hashes, voter cookies, cursors */
    api_cache *cache;
    api_ratelimit *post_limit;
    api_ratelimit *vote_limit;
    bool demo;                  /* serve web/demo/ at / */
    atomic_uint_fast64_t store_errors;
    atomic_uint_fast64_t comments_by_status[5];
    char node_id[17];           /* this node, in events to the others */
    struct store_listener *listener; /* other nodes' events (api/events.c) */
    struct api_relay *relay;    /* what the listener relayed, to catch up (api/events.c) */
    api_pages *pages;           /* the pages' delivery locks (api/events.c) */
    api_moderation *moderation; /* the engine, policy sync, editors (api/moderation.c) */
} api_app;

extern const http_route api_routes[];
extern const size_t api_routes_count;
/* http_server_config.large_body_ok: the policy's large body is for an
 * editor's session with its CSRF token only (admin.c). */
bool api_large_body_ok(http_req *req);
/* http_server_config.authorize: an editor's route (HTTP_AUTH) needs a
 * session, and its POST, PUT and DELETE the session's CSRF token; else
 * 401 or 403 (or 503 when the store fails) is answered before anything of
 * the request is judged (admin.c). */
bool api_admin_authorize(http_req *req);

/* Creates the app: opens the store pool (migrating it) and loads or creates
 * the server secret.  NULL with a message in err on failure. */
api_app *api_app_new(const util_config *cfg, bool demo, char *err, size_t errlen);
void api_app_free(api_app *app);
/* The calling thread (the server's main thread, once serving) is done with
 * the store and the engine: its connection (whose cache holds the start-up's
 * pages) and its scratch (the seed's learning) are given back. */
void api_app_thread_done(api_app *app);

/* Parses a request body as a JSON object.  Returns NULL and writes a reason
 * into err when it is not valid JSON, not UTF-8, or not an object.  The
 * caller owns the result (json_decref).  This is the JSON body reader that
 * fuzz/fuzz_json_body.c exercises. */
json_t *api_json_parse_body(const char *body, size_t len, char *err, size_t errlen);

/* Live updates from the other nodes on the same database (PostgreSQL):
 * start once serving, stop before the server.  No-ops on SQLite. */
void api_events_start(api_app *app);
void api_events_stop(api_app *app);

/* Seeds the demo article's thread with its first comments if it is empty. */
bool api_demo_seed(api_app *app);

/* Operators' commands (api/moderation_cli.c), called by main with argv[0]
 * the command's name; each returns the exit code (0 done, 1 failed, 2 bad
 * usage) and writes its errors to stderr.
 *   admin add|passwd USER (password on stdin) | admin list
 *   moderate list [--status S] [--limit N] | show ID | approve|reject|spam|ham|delete ID
 *   akismet-key add|revoke NAME | akismet-key list */
int api_cli_admin(const util_config *cfg, int argc, char **argv);
int api_cli_moderate(const util_config *cfg, int argc, char **argv);
int api_cli_akismet_key(const util_config *cfg, int argc, char **argv);

#endif
