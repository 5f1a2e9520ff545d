/* store — everything Causerie keeps, behind one interface.
 *
 * A `store` is one connection to the database, used by one thread at a time.
 * A `store_pool` hands each worker thread its own connection, opened lazily.
 * Which database sits behind it is chosen by the URL scheme:
 *   sqlite:/path/to/file.db   (also sqlite:///abs/path, sqlite:relative/path,
 *                              sqlite::memory: where each connection has its
 *                              own empty database: tests only)
 *   postgresql://user@host[:port]/db   (also postgres://, libpq URI syntax)
 * Nothing above store/ knows which one it talks to.
 *
 * Design: the domain functions below are written once (store.c and
 * friends) over a small driver vtable (store_int.h) with one enum-indexed
 * statement table shared by both SQL dialects; each driver prepares a
 * statement the first time its connection uses it and keeps it.
 *
 * Memory: results are allocated in the arena the caller passes and live as
 * long as it.  Times are milliseconds since the epoch (UTC), 0 = none.
 * Every function returns a store_status; OUT parameters are cleared first. */
#ifndef CAUSERIE_STORE_H
#define CAUSERIE_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/util.h"

typedef enum store_status {
    STORE_OK = 0,
    STORE_NOTFOUND,     /* no such row */
    STORE_CONFLICT,     /* unique constraint, concurrent update */
    STORE_EIO,          /* the database failed (disk, network, server) */
    STORE_EBUSY,        /* locked for too long */
    STORE_EINVAL,       /* bad URL or argument */
} store_status;
const char *store_strerror(store_status st);

typedef enum store_comment_status {
    STORE_PUBLISHED = 0,
    STORE_PENDING = 1,
    STORE_SPAM = 2,
    STORE_REJECTED = 3,
    STORE_DELETED = 4,
} store_comment_status;
const char *store_comment_status_name(int status);      /* "published" … */
int store_comment_status_parse(const char *name);      /* -1 if unknown */

typedef struct store store;
typedef struct store_pool store_pool;

/* Opens one connection and brings the schema up to date when migrate is
 * true.  On failure *out is NULL and err holds a message. */
store_status store_open(const char *url, bool migrate, store **out, char *err, size_t errlen);
void store_close(store *s);                      /* NULL is a no-op */
const char *store_backend_name(const store *s);  /* "sqlite" | "postgresql" */
/* The schema version reached (store__migration_count after a migrating
 * open); -1 when it cannot be read (never migrated, database error). */
int store_schema_version(store *s);

/* The pool opens the first connection (and migrates) at creation, so a bad
 * URL is reported at start.  store_pool_get returns the calling thread's
 * connection, or NULL (logged) when it cannot be opened. */
store_pool *store_pool_new(const char *url, char *err, size_t errlen);
store *store_pool_get(store_pool *p);
void store_pool_free(store_pool *p);             /* closes every connection */

/* Transactions.  store_begin opens a write transaction (SQLite: BEGIN
 * IMMEDIATE).  Functions called inside join it; outside one, each domain
 * write is its own transaction.  A commit that returns STORE_OK is durable.
 * Nesting: an inner begin/commit pair only counts depth; an inner rollback
 * dooms the outer transaction.  Once any statement failed inside a
 * transaction (database error, conflict), every later call in it returns
 * that error and store_commit rolls back and returns it: the caller just
 * propagates errors and rolls back.  Domain refusals (STORE_NOTFOUND,
 * STORE_EINVAL found by the domain code) leave the transaction usable.
 * store_commit without a transaction is STORE_EINVAL; store_rollback then is
 * a no-op; store_close rolls back a transaction left open. */
store_status store_begin(store *s);
store_status store_commit(store *s);
void store_rollback(store *s);
store_status store_ping(store *s);

/* Key-value settings kept in the database (server secret, classifier
 * metadata).  value is arena-owned. */
store_status store_setting_get(store *s, util_arena *a, const char *key, char **value);
store_status store_setting_set(store *s, const char *key, const char *value);
/* Sets key to value unless it exists; *value_out is what is stored after. */
store_status store_setting_ensure(store *s, util_arena *a, const char *key, const char *value,
                                  char **value_out);

/* ---- threads ----------------------------------------------------------- */
typedef struct store_thread {
    int64_t id;
    const char *site, *uri, *title;
    int64_t version;            /* bumped by every change to the thread */
    int64_t created;
} store_thread;

/* Finds the thread of (site, uri); STORE_NOTFOUND if none. */
store_status store_thread_find(store *s, util_arena *a, const char *site, const char *uri,
                               store_thread *out);
/* Finds or creates it (a title, if given, fills an empty one). */
store_status store_thread_ensure(store *s, util_arena *a, const char *site, const char *uri,
                                 const char *title, store_thread *out);
store_status store_thread_get(store *s, util_arena *a, int64_t id, store_thread *out);

/* ---- comments ---------------------------------------------------------- */
typedef struct store_comment {
    int64_t id, thread_id;
    int64_t parent;             /* 0 = top level */
    const char *author;
    const char *email;          /* NULL = none; never sent to readers */
    const char *website;        /* NULL = none */
    const char *text;           /* Markdown as written */
    const char *html;           /* rendered once at write time */
    int status;                 /* store_comment_status */
    const char *anchor;         /* JSON of {"paragraph","quote"}, NULL = none */
    int64_t created, modified;  /* modified 0 = never edited */
    int64_t likes, dislikes;
    int64_t reports;
    const char *ip_hash;        /* keyed hash of the poster's address */
    const char *edit_token_hash;
    const char *user_agent;
    const char *lang;           /* language of the widget it came from */
} store_comment;

/* Inserts c (id, created are filled in: c->created is used when non-zero)
 * and bumps the thread version.  *id is the new id (id may be NULL).
 * STORE_EINVAL when the thread does not exist, the parent is not a comment
 * of the same thread, or author/text/html is NULL or status unknown. */
store_status store_comment_insert(store *s, store_comment *c, int64_t *id);
store_status store_comment_get(store *s, util_arena *a, int64_t id, store_comment *out);
/* New text/html/status, modified time; bumps the thread version.
 * STORE_NOTFOUND for an unknown id (also for set_status). */
store_status store_comment_update_text(store *s, int64_t id, const char *text, const char *html,
                                       int status, int64_t modified);
store_status store_comment_set_status(store *s, int64_t id, int status);
/* Every comment of a thread whose status is in the mask (bit 1<<status),
 * ordered by id.  *out is an arena array of *n comments.  Emails, ip hashes,
 * user agents and edit tokens are not loaded (NULL).  A thread that does not
 * exist has no comments (STORE_OK, *n = 0). */
store_status store_thread_comments(store *s, util_arena *a, int64_t thread_id, unsigned status_mask,
                                   store_comment **out, size_t *n);
/* Published comments of each (site, uris[i]) into counts[i]; 0 for a uri
 * that has no thread.  A NULL site or uri is STORE_EINVAL. */
store_status store_counts(store *s, const char *site, const char *const *uris, size_t n,
                          int64_t *counts);
/* Comments of any thread with the given status, newest first, for editors
 * and feeds; limit <= 0 means 100.  Only ids below before_id when it is > 0
 * (paging).  Every field is loaded, e-mails and ip hashes included. */
store_status store_comments_by_status(store *s, util_arena *a, int status, int64_t before_id,
                                      int limit, store_comment **out, size_t *n);

/* ---- votes ------------------------------------------------------------- */
/* Sets the voter's vote on a published comment (value -1, 0 = withdraw, 1)
 * and returns the new totals.  STORE_NOTFOUND if the comment is not
 * published; STORE_EINVAL for another value or an empty voter.  A vote equal
 * to the current one changes nothing (the thread version stays).  likes and
 * dislikes may be NULL. */
store_status store_vote(store *s, int64_t comment_id, const char *voter, int value,
                        int64_t *likes, int64_t *dislikes);

#endif
