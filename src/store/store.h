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
 * true; a SQLite file that does not exist is created.  (A pool creates it
 * only with its first connection: the later ones fail when the file is
 * gone, and the requests that needed them answer 503.)  On failure *out is
 * NULL and err holds a message. */
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
/* Closes the calling thread's connection, if it has one (a thread done with
 * the store for a long while: the server's main thread once it serves); a
 * later store_pool_get opens another. */
void store_pool_release(store_pool *p);
void store_pool_free(store_pool *p);             /* closes every connection */
/* Group commit (SQLite pools, see store_transaction): batches committed and
 * the transactions they held, since the pool was made; 0 and 0 elsewhere. */
void store_pool_stats(store_pool *p, uint64_t *commits, uint64_t *transactions);

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
/* Runs fn(s, ctx) in a transaction: begin, fn, commit, or rollback when fn
 * fails; inside an open transaction fn just joins it.  A lock conflict
 * (deadlock, serialization failure) runs fn again, up to 3 times, so fn must
 * only write through s and keep no state it cannot set again.
 * On a SQLite pool's connection, transactions of several threads arriving
 * together are committed as one (group commit, store.c): fn may then run on
 * another thread with another connection as s, each in a savepoint of its
 * own, and this returns once the commit that holds its writes is durable.
 * So fn must use the s it is given, never a connection it fetched itself,
 * and must not be called while holding a lock another fn could take. */
store_status store_transaction(store *s, store_status (*fn)(store *s, void *ctx), void *ctx);
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
    /* The moderation engine's fingerprint of the text, for repeated posts
     * (store_fingerprint_count): written by insert, not read back. */
    const char *fingerprint;
    /* The moderation decision made when it was posted (action name,
     * category or NULL, explanation JSON), NULL when none was made: written
     * by insert into the comment's row, read back as an audit entry whose
     * id is the comment's (store_decisions_*), not by the comment readers. */
    const char *auto_action, *auto_category, *auto_detail;
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
/* set_status only while the status is still `now` (what the caller read):
 * STORE_CONFLICT when it has changed since, or the comment is gone. */
store_status store_comment_swap_status(store *s, int64_t id, int now, int next);
/* An author's edit: new text/html and modified time; the status becomes the
 * stricter of the comment's status at that moment and `verdict` (the new
 * text's), so an editor's decision or a delete made since the comment was
 * read is never undone; a rejected comment keeps its text (what was
 * judged).  *status is the status now.  STORE_NOTFOUND for an unknown or
 * deleted comment.  Bumps the thread version. */
store_status store_comment_edit(store *s, int64_t id, const char *text, const char *html,
                                int verdict, int64_t modified, int *status);
/* Every comment of a thread whose status is in the mask (bit 1<<status),
 * ordered by id.  *out is an arena array of *n comments.  Emails, ip hashes,
 * user agents and edit tokens are not loaded (NULL).  A thread that does not
 * exist has no comments (STORE_OK, *n = 0). */
store_status store_thread_comments(store *s, util_arena *a, int64_t thread_id, unsigned status_mask,
                                   store_comment **out, size_t *n);
/* The newest `limit` published comments whose id is above `after`, ordered
 * by id (oldest first), public columns only as store_thread_comments.  For
 * a node that lost other nodes' events (events.c) to catch up. */
store_status store_comments_published_after(store *s, util_arena *a, int64_t after, size_t limit,
                                            store_comment **out, size_t *n);
/* The newest `limit` published comments of a thread whose id is above
 * `after` and below `before` (0: no bound), ordered by id, public columns
 * only.  For the live streams (api/events.c): what a reader missed, and
 * what a page's readers must get before a new comment. */
store_status store_thread_published_between(store *s, util_arena *a, int64_t thread_id,
                                            int64_t after, int64_t before, size_t limit,
                                            store_comment **out, size_t *n);
/* The highest comment id given so far (any status), 0 when there is none. */
store_status store_comment_last_id(store *s, int64_t *id);
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
/* The vote of a reader of the HTTP API (api/votes.c), as store_vote, where
 * voter is the id of the reader's voter cookie and origin (not NULL, not
 * empty) the address hash that cookie was issued to, kept in the vote.
 *
 * Not cookieless: the reader's vote is its own (cast under voter), else
 * the one it was given as a reader without a cookie (below); else a new
 * one.  A vote stored before schema 9 under origin itself (cast from that
 * address without a cookie, the reader's own before it had one) is
 * withdrawn first.
 *
 * cookieless: the reader sent no cookie, and voter is the one just issued
 * to it.  If the comment already has a vote from that address (the latest
 * whose origin is origin, or, stored before schema 9, whose voter is
 * origin), that vote is taken to be this reader's: it takes the new value
 * (0 withdraws it) and voter becomes its holder — the vote's own voter and
 * its holder both change it from then on.  So a vote without a cookie
 * never adds to the votes an address already has on a comment, and
 * neither the cookie it gives nor the one the reader had before counts
 * again there.  Else the vote is cast under voter.
 *
 * Other readers' votes are never touched but as said.  One transaction
 * (the caller's when one is open). */
store_status store_vote_reader(store *s, int64_t comment_id, const char *voter,
                               const char *origin, bool cookieless, int value, int64_t *likes,
                               int64_t *dislikes);

/* ---- moderation (store/moderation.c) ------------------------------------
 * The spam classifier's counts, shared by every worker and node: per 64-bit
 * feature hash, how many spam and ham messages held it.  The number of
 * messages learned per class is the row of the reserved hash 0 (so a
 * learning is one statement, atomic without a transaction); callers never
 * pass hash 0 (the moderation engine maps it to 1).  Counts never go below
 * 0; values above UINT32_MAX read as UINT32_MAX. */
/* Counts of n hashes (0 when unknown), in one statement whatever n. */
store_status store_spam_lookup(store *s, const uint64_t *hashes, size_t n, uint32_t *spam,
                               uint32_t *ham);
store_status store_spam_totals(store *s, uint64_t *nspam, uint64_t *nham);
/* Adds delta (+k learns, -k unlearns) to the count of class is_spam of each
 * hash and to that class's message total.  Unlearning never creates rows.
 * Duplicate hashes count once. */
store_status store_spam_learn(store *s, const uint64_t *hashes, size_t n, bool is_spam,
                              int delta);
/* The model's version: one more with every learning and replacement, in
 * its transaction (a settings row), so a process holding a copy of the
 * model in memory sees that another one changed it.  0 = never changed. */
store_status store_spam_version(store *s, int64_t *version);
/* store_spam_learn, also giving the version this learning made. */
store_status store_spam_learn_version(store *s, const uint64_t *hashes, size_t n, bool is_spam,
                                      int delta, int64_t *version);
/* How many features store_spam_foreach would give (to size a table). */
store_status store_spam_count(store *s, int64_t *n);
/* Calls fn for every feature with a count (not the totals), by hash. */
store_status store_spam_foreach(store *s,
                                void (*fn)(void *arg, uint64_t hash, uint32_t spam, uint32_t ham),
                                void *arg);
/* Replaces the whole model (one transaction). */
store_status store_spam_replace(store *s, uint64_t nspam, uint64_t nham, const uint64_t *hashes,
                                const uint32_t *spam, const uint32_t *ham, size_t n);
/* For seeding an empty model: inside the caller's transaction, creates the
 * totals row if there is none.  *claimed is true when this call created it
 * (the model was empty: train the seed in the same transaction); another
 * node doing the same at once waits for this transaction, then gets false. */
store_status store_spam_claim_empty(store *s, bool *claimed);

/* The editorial policy every node applies (JSON), with a version that grows
 * by one on every save and the time of the save.  STORE_NOTFOUND when no
 * policy was ever saved.  *version alone is a cheap read (0 = none). */
store_status store_policy_get(store *s, util_arena *a, int64_t *version, int64_t *saved,
                              char **json);
store_status store_policy_version(store *s, int64_t *version);
/* Saves json as the next version (one transaction); *version is it. */
store_status store_policy_put(store *s, const char *json, int64_t *version);

/* The text fingerprint (mod_fingerprint) of a comment, and how many other
 * comments of the site carry it since `since` (ms), leaving out those
 * posted from ip_hash (may be NULL) and the comment exclude_id (0 = none). */
store_status store_comment_set_fingerprint(store *s, int64_t id, const char *fingerprint);
store_status store_fingerprint_count(store *s, const char *site, const char *fingerprint,
                                     int64_t since, const char *ip_hash, int64_t exclude_id,
                                     int64_t *count);
/* When the newest comment with a fingerprint was written (ms), 0 when none. */
store_status store_fingerprint_latest(store *s, int64_t *created);
/* The class a comment was taught to the classifier as. */
enum { STORE_TRAINED_NONE = 0, STORE_TRAINED_SPAM = 1, STORE_TRAINED_HAM = 2 };
store_status store_comment_trained(store *s, int64_t id, int *trained);
store_status store_comment_set_trained(store *s, int64_t id, int trained);
/* Sets trained to `next` only if it is `now` (one statement, so of two
 * servers doing it at once one wins): STORE_CONFLICT when it was not `now`
 * or the comment does not exist. */
store_status store_comment_swap_trained(store *s, int64_t id, int now, int next);

/* Moderation decisions: the audit log.  comment_id 0 = none (an Akismet
 * check); actor is "auto", "reports", "admin:NAME", "cli:USER" or
 * "akismet:KEYNAME"; action a mod_action name or an editor's action;
 * detail a JSON object (mod_decision_to_json) or NULL.  The decision made
 * when a comment was posted is kept in the comment's row
 * (store_comment.auto_*) and read here as a decision whose id is the
 * comment's: comments and decisions share one id sequence, so the readers
 * below merge both by id. */
typedef struct store_decision {
    int64_t id, comment_id, created;
    const char *actor, *action, *category, *detail;
} store_decision;
/* Inserts d (created 0 = now); *id may be NULL. */
store_status store_decision_add(store *s, const store_decision *d, int64_t *id);
/* Every decision on a comment, oldest first. */
store_status store_decisions_of_comment(store *s, util_arena *a, int64_t comment_id,
                                        store_decision **out, size_t *n);
/* The newest decision of each of the n comments that has one (any order). */
store_status store_decisions_latest(store *s, util_arena *a, const int64_t *comment_ids, size_t n,
                                    store_decision **out, size_t *nout);
/* Decisions newest first, ids below before_id when > 0; limit 1..1000
 * (<= 0 means 100). */
store_status store_decisions_page(store *s, util_arena *a, int64_t before_id, int limit,
                                  store_decision **out, size_t *n);

/* The editors' queue: comments with their thread and training state. */
typedef struct store_mod_item {
    store_comment c;
    const char *site, *uri, *title;
    int trained;
} store_mod_item;
/* Comments of one status, or with status -1 the reported ones (at least
 * one report, published or pending), newest first, ids below before_id when
 * > 0; limit <= 0 means 100. */
store_status store_mod_queue(store *s, util_arena *a, int status, int64_t before_id, int limit,
                             store_mod_item **out, size_t *n);
store_status store_mod_item_get(store *s, util_arena *a, int64_t id, store_mod_item *out);

/* Reports.  store_report_add records reader `reporter`'s report on a
 * published comment (STORE_NOTFOUND otherwise); *added is false when that
 * reader had already reported it; *reports is the comment's count after.
 * Run it inside a transaction to act on the count atomically. */
store_status store_report_add(store *s, int64_t comment_id, const char *reporter,
                              const char *reason, bool *added, int64_t *reports);
typedef struct store_report {
    const char *reporter, *reason;
    int64_t created;
} store_report;
store_status store_reports_of_comment(store *s, util_arena *a, int64_t comment_id,
                                      store_report **out, size_t *n);
/* Back to 0 reports (an editor kept the comment); the reports stay. */
store_status store_comment_reports_reset(store *s, int64_t id);

/* Editors.  password_hash is a libsodium crypto_pwhash_str string. */
typedef struct store_admin {
    int64_t id;
    const char *name, *password_hash;
    int64_t failed, locked_until, created;
} store_admin;
/* STORE_CONFLICT when the name exists. */
store_status store_admin_add(store *s, const char *name, const char *password_hash, int64_t *id);
/* New password, lockout cleared (the account's and its (account, address)
 * counts, store_login_key_*), the editor's sessions ended (one
 * transaction); STORE_NOTFOUND for an unknown name. */
store_status store_admin_set_password(store *s, const char *name, const char *password_hash);
store_status store_admin_get(store *s, util_arena *a, const char *name, store_admin *out);
store_status store_admin_list(store *s, util_arena *a, store_admin **out, size_t *n);
/* A failed login at now: counts it (a lock that ran out, or a last failure
 * lock_ms or more before now, starts the count again: only failures
 * within the lock window count; the time of the last one is kept with the
 * keyed counts below, key "login-account:ID"); max_failures reached locks
 * until now + lock_ms.  Returns the new failure count and lock end (0 =
 * not locked). */
store_status store_admin_login_failed(store *s, int64_t id, int64_t now, int max_failures,
                                      int64_t lock_ms, int64_t *failed, int64_t *locked_until);
store_status store_admin_login_ok(store *s, int64_t id);
/* The same for a login under a name that is no account, by key (a keyed
 * hash of the name, never the name): one more failure unless a lock is
 * running (a lock that ran out, or a last failure lock_ms or more before
 * now, starts again at 1), locked from max_failures
 * on; *failed and *locked_until as they are now.  Shared by every node;
 * store_retention_run deletes keys not tried since its cutoff. */
store_status store_login_ghost_failed(store *s, const char *key, int64_t now, int max_failures,
                                      int64_t lock_ms, int64_t *failed, int64_t *locked_until);
/* The same keyed counts serve the failures of one name from one address
 * (api/admin.c keys them "login-pair:…"): the count and lock end of a key
 * as they are (0, 0 when it has none), and a key's count cleared. */
store_status store_login_key_get(store *s, const char *key, int64_t *failed,
                                 int64_t *locked_until);
store_status store_login_key_clear(store *s, const char *key);

/* Editors' sessions: only the hash of the cookie's token is stored. */
typedef struct store_session {
    int64_t admin_id;
    const char *admin_name, *csrf;
    int64_t expires;
} store_session;
/* Also deletes the sessions that have expired. */
store_status store_session_add(store *s, const char *token_hash, int64_t admin_id,
                               const char *csrf, int64_t created, int64_t expires);
/* STORE_NOTFOUND when unknown or expired at now. */
store_status store_session_get(store *s, util_arena *a, const char *token_hash, int64_t now,
                               store_session *out);
store_status store_session_delete(store *s, const char *token_hash);

/* Akismet API keys: only their hash is stored. */
typedef struct store_akismet_key {
    const char *name;
    int64_t id, created, revoked;   /* revoked 0 = active */
} store_akismet_key;
/* STORE_CONFLICT when an active key has that name (a revoked one is
 * replaced). */
store_status store_akismet_key_add(store *s, const char *name, const char *key_hash);
/* The active key of that hash; STORE_NOTFOUND otherwise. */
store_status store_akismet_key_find(store *s, util_arena *a, const char *key_hash,
                                    store_akismet_key *out);
store_status store_akismet_key_list(store *s, util_arena *a, store_akismet_key **out, size_t *n);
/* STORE_NOTFOUND when no active key has that name. */
store_status store_akismet_key_revoke(store *s, const char *name);

/* Statistics for the editors' charts since `since` (ms). */
typedef struct store_stat_row {
    int64_t day;                /* days since the epoch (UTC), or 0 */
    int status;                 /* comment status, or -1 */
    const char *key, *key2;     /* category / actor and action, or NULL */
    int64_t count;
} store_stat_row;
/* Comments created per day and status. */
store_status store_stats_days(store *s, util_arena *a, int64_t since, store_stat_row **out,
                              size_t *n);
/* Automatic decisions per category (key; "" for none). */
store_status store_stats_categories(store *s, util_arena *a, int64_t since, store_stat_row **out,
                                    size_t *n);
/* Decisions per actor (key) and action (key2). */
store_status store_stats_actions(store *s, util_arena *a, int64_t since, store_stat_row **out,
                                 size_t *n);

/* ---- subscriptions and outbox ---------------------------------------- */
/* (store/notify.c)  E-mail addresses are kept in ASCII lower case in the
 * subscriptions and the outbox: every function here folds the address it
 * is given.  Comments keep the address as typed; the privacy functions
 * match them by store_email_casefold. */
char *store_email_fold(util_arena *a, const char *email);   /* NULL -> NULL */
/* The address as the privacy functions compare addresses: Unicode NFC,
 * then full case folding (utf8proc), so "JOSÉ@example.org" and
 * "josé@example.org" (precomposed or not) are one; ASCII lower case for
 * text that is not UTF-8.  The same on every backend.  Arena memory;
 * NULL -> NULL.  For a plain ASCII address it is store_email_fold's. */
char *store_email_casefold(util_arena *a, const char *email);

typedef struct store_subscription {
    int64_t id;
    const char *site;
    int64_t thread_id;
    const char *email;
    const char *kind;           /* "all" | "replies" */
    int64_t comment_id;         /* replies to this comment; 0 = to any comment of
                                   that address in the thread */
    const char *lang;
    int64_t created, confirmed, ended;   /* 0 = not (yet) */
    const char *uri, *title;    /* the thread's (read-only joins) */
} store_subscription;

/* Creates the subscription in (site, thread_id, email, kind, comment_id,
 * lang) unless the same one exists; an ended one starts again, unconfirmed.
 * *out is the row as it is after.  STORE_EINVAL for a bad kind, a missing
 * field, or a comment_id with kind "all". */
store_status store_subscription_ensure(store *s, util_arena *a, const store_subscription *in,
                                       store_subscription *out);
store_status store_subscription_get(store *s, util_arena *a, int64_t id, store_subscription *out);
/* Confirm: only an unconfirmed, active one (else STORE_NOTFOUND).  End:
 * only an active one (else STORE_NOTFOUND). */
store_status store_subscription_confirm(store *s, int64_t id, int64_t now);
store_status store_subscription_end(store *s, int64_t id, int64_t now);
/* The subscriptions of an address, ended ones too, newest first (at most
 * 500). */
store_status store_subscriptions_by_email(store *s, util_arena *a, const char *email,
                                          store_subscription **out, size_t *n);
/* Ends every active subscription of an address; *n how many (may be NULL). */
store_status store_subscriptions_end_email(store *s, const char *email, int64_t now, int64_t *n);
/* Whether the thread has a confirmed, active subscription. */
store_status store_thread_has_subscribers(store *s, int64_t thread_id, bool *yes);
/* Whether the address has a confirmed, active subscription anywhere. */
store_status store_email_confirmed(store *s, const char *email, bool *yes);
/* Who is told of a comment published in thread_id: the confirmed, active
 * subscriptions of kind "all", and of kind "replies" to parent_id (or to any
 * comment of parent_email when the subscription names no comment) — one per
 * address ("replies" preferred), never author_email's.  parent_id 0 = top
 * level; the e-mails may be NULL. */
store_status store_subscription_recipients(store *s, util_arena *a, int64_t thread_id,
                                           int64_t parent_id, const char *parent_email,
                                           const char *author_email, store_subscription **out,
                                           size_t *n);

/* The outbox: what is to be sent, written in the transaction that causes
 * it, drained by the notify worker of any node. */
typedef struct store_outbox_row {
    int64_t id;
    const char *kind;           /* "mail.notify", "webhook", "fanout", … */
    const char *dedup_key;      /* UNIQUE: enqueuing twice is a no-op */
    const char *recipient;      /* an address, or NULL */
    const char *payload;        /* JSON */
    int64_t created, next_attempt;
    int attempts;
    int64_t locked_until;       /* the lease of the worker that holds it */
    int64_t sent, failed;       /* 0 = not (yet) */
    const char *last_error;
} store_outbox_row;

/* Queues a row due at not_before (now if earlier); *queued (may be NULL) is
 * false when a row with that dedup_key already exists. */
store_status store_outbox_enqueue(store *s, const char *kind, const char *dedup_key,
                                  const char *recipient, const char *payload, int64_t not_before,
                                  bool *queued);
/* Claims the oldest due row (pending, next_attempt <= now, lease free) by
 * setting its lease to lease_until; *out->locked_until is that lease.
 * STORE_NOTFOUND when nothing is due.  Two workers never hold one row. */
store_status store_outbox_claim(store *s, util_arena *a, int64_t now, int64_t lease_until,
                                store_outbox_row *out);
/* How a claimed row ends: sent, failed for good, or due again at
 * next_attempt; attempted = an attempt was made (counts in attempts). */
typedef struct store_outbox_outcome {
    int64_t sent, failed, next_attempt;
    const char *error;
    bool attempted;
} store_outbox_outcome;
/* Applies o to row and frees the lease.  STORE_CONFLICT when the lease
 * is no longer row's (it ran out and another worker claimed the row). */
store_status store_outbox_finish(store *s, const store_outbox_row *row,
                                 const store_outbox_outcome *o);
/* Confirmation and manage mails queued to recipient since `since`.  On
 * PostgreSQL it first takes a lock on the address held to the end of the
 * caller's transaction, so that concurrent transactions that count and then
 * queue (other threads, other nodes) take turns: call it in the transaction
 * that queues. */
store_status store_outbox_recent(store *s, const char *recipient, int64_t since, int64_t *n);
/* Rows pending, failed, and the creation time of the oldest pending (0). */
store_status store_outbox_stats(store *s, int64_t *pending, int64_t *failed, int64_t *oldest);
typedef enum {
    STORE_OUTBOX_PENDING = 0, STORE_OUTBOX_FAILED = 1, STORE_OUTBOX_SENT = 2, STORE_OUTBOX_ALL = 3
} store_outbox_state;
/* Rows in that state, newest first; limit <= 0 means 100. */
store_status store_outbox_list(store *s, util_arena *a, store_outbox_state which, int limit,
                               store_outbox_row **out, size_t *n);
store_status store_outbox_by_recipient(store *s, util_arena *a, const char *recipient,
                                       store_outbox_row **out, size_t *n);

/* Pending and spam comments created in [from, to), oldest first, every
 * field loaded; limit <= 0 means 100. */
store_status store_comments_held_between(store *s, util_arena *a, int64_t from, int64_t to,
                                         int limit, store_comment **out, size_t *n);

/* ---- privacy ----------------------------------------------------------- */
/* Every comment written with that address (any case: store_email_casefold
 * of both is the same), every field, by id. */
store_status store_comments_by_email(store *s, util_arena *a, const char *email,
                                     store_comment **out, size_t *n);
typedef struct store_privacy_counts {
    int64_t comments, subscriptions, outbox;
} store_privacy_counts;
/* One transaction: the address's comments (matched as by
 * store_comments_by_email) get author anonymous_name and lose e-mail,
 * website, IP hash, user agent and edit token (text stays); its
 * subscriptions and outbox rows are deleted.  Webhook rows hold no copy of
 * a comment (the worker builds each call from the comment as it is then),
 * so nothing of the address stays in the outbox. */
store_status store_privacy_erase(store *s, const char *email, const char *anonymous_name,
                                 store_privacy_counts *counts);
typedef struct store_retention_counts {
    int64_t scrubbed, votes, reports, comments_deleted, subscriptions, outbox;
} store_retention_counts;
/* Retention, idempotent, in short transactions: comments created before
 * cutoff lose e-mail, IP hash and user agent; votes and reports before
 * cutoff are deleted (totals stay); rejected and spam comments before cutoff are
 * deleted unless replied to; subscriptions ended before cutoff, and
 * unconfirmed ones created before unconfirmed_cutoff, are deleted; sent
 * and failed outbox rows created before cutoff are deleted; so are the
 * failed-login counts of unknown names last tried before cutoff. */
store_status store_retention_run(store *s, int64_t cutoff, int64_t unconfirmed_cutoff,
                                 store_retention_counts *counts);

/* ---- events between nodes (events.c) ----------------------------------- */
/* Tells every node on the same database (PostgreSQL NOTIFY, delivered to
 * listeners when the sending transaction commits, at once outside one).  On
 * SQLite, where one process serves the database, it does nothing. */
store_status store_event_send(store *s, const char *payload);
typedef struct store_listener store_listener;
typedef void (*store_event_fn)(void *arg, const char *payload);
/* Starts a thread with its own connection calling fn(arg, payload) for each
 * event any node sends (this one included), reconnecting when needed.
 * NULL for SQLite URLs.  fn runs on the listener's thread.  fn(arg, NULL)
 * is called each time the listener starts listening (the first time and
 * after every reconnection): events sent while it did not listen are lost,
 * and the caller may look in the store for what it missed. */
store_listener *store_listener_start(const char *url, store_event_fn fn, void *arg);
void store_listener_stop(store_listener *l);      /* NULL is a no-op */

#endif
