/* notify — everything Causerie sends: subscription mails, editors' mails
 * and webhooks, through an outbox in the store.
 *
 * The path of a notification:
 *   1. Inside the transaction that stores a comment (api/notify_hooks.c),
 *      notify_on_publish_tx / notify_on_hold_tx write outbox rows: a
 *      "fanout" row for a published comment whose thread has subscribers,
 *      an editor's mail for a held one, a webhook call for either.  They
 *      commit or roll back with the comment: nothing is queued for a
 *      comment that was not stored, nothing stored is left without its rows.
 *   2. The worker (notify_worker_start: one thread per node) claims due rows
 *      with a lease (store_outbox_claim), so nodes sharing one PostgreSQL
 *      never hold the same row.  A fanout row becomes one "mail.notify" row
 *      per confirmed subscriber (dedup key per comment and address: never
 *      two mails for one comment to one address, never the commenter's);
 *      a mail row is composed (mail.c, templates.c) and handed to its
 *      notifier (smtp.c, webhook.c: a vtable each, registered in one table
 *      in worker.c).  Failures are retried with exponential backoff until
 *      notify.give_up_hours, then recorded as failed with the reason.
 *   3. A row is marked sent after the notifier accepted it.  A node killed
 *      between the two sends that row again after the lease runs out (at
 *      least once; the Message-ID stays the same, so it is recognisable).
 *
 * Double opt-in: an unconfirmed subscription only ever gets its
 * confirmation mail (rate-limited per address: notify.confirm_per_hour);
 * the worker checks again, when it sends, that a subscription is confirmed
 * and active and that the comment is still published.
 *
 * Links in mails carry signed tokens (token.c): HMAC (crypto_auth) with a
 * key derived from the server secret over purpose, expiry and the
 * subscription id or address, so a link is verified without the database.
 *
 * Memory: functions that return text take an arena.  Threads: the worker
 * has its own store connection (from the pool); everything else runs on the
 * caller's. */
#ifndef CAUSERIE_NOTIFY_H
#define CAUSERIE_NOTIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "util/util.h"

/* ---- signed tokens -------------------------------------------------------- */
typedef enum notify_token_purpose {
    NOTIFY_TOKEN_CONFIRM = 'C',       /* id = subscription */
    NOTIFY_TOKEN_UNSUBSCRIBE = 'U',   /* id = subscription */
    NOTIFY_TOKEN_MANAGE = 'M',        /* email = the address */
} notify_token_purpose;

typedef enum notify_token_status {
    NOTIFY_TOKEN_OK = 0,
    NOTIFY_TOKEN_MALFORMED,           /* not a token at all */
    NOTIFY_TOKEN_BAD_SIGNATURE,       /* altered, or signed with another secret */
    NOTIFY_TOKEN_WRONG_PURPOSE,       /* a valid token for something else */
    NOTIFY_TOKEN_EXPIRED,
} notify_token_status;
const char *notify_token_strerror(notify_token_status st);

/* A base64url token for purpose over id (or email, for MANAGE), valid until
 * expires_ms (0 = forever).  Arena memory. */
char *notify_token_sign(util_arena *a, const unsigned char secret[32], notify_token_purpose p,
                        int64_t id, const char *email, int64_t expires_ms);
/* Checks the signature (constant time), the purpose and the expiry at
 * now_ms.  On success *id (and *email for MANAGE, arena memory) are set;
 * either may be NULL. */
notify_token_status notify_token_verify(util_arena *a, const unsigned char secret[32],
                                        const char *token, notify_token_purpose p, int64_t now_ms,
                                        int64_t *id, const char **email);

/* How long links stay valid. */
#define NOTIFY_CONFIRM_TTL_MS (7LL * 24 * 3600 * 1000)
#define NOTIFY_MANAGE_TTL_MS (24LL * 3600 * 1000)
#define NOTIFY_MANAGE_IN_MAIL_TTL_MS (30LL * 24 * 3600 * 1000)

/* ---- mail composition (mail.c) --------------------------------------------
 * An RFC 5322 message with CRLF line endings: every header value is
 * checked and encoded (control characters become spaces, non-ASCII text
 * becomes RFC 2047 encoded-words, long lines are folded), the body is
 * multipart/alternative with a text/plain and a text/html part, each
 * quoted-printable.  Addresses must be plain addr-specs (local@domain with
 * no space, control, quote or bracket): anything else is refused, so no
 * field a reader wrote can ever add a header or a recipient. */
typedef struct notify_mail {
    const char *from_name;      /* display name, any UTF-8 (may be NULL) */
    const char *from_addr;      /* addr-spec */
    const char *to_addr;        /* addr-spec */
    const char *subject;        /* UTF-8 */
    const char *text;           /* UTF-8 plain text */
    const char *html;           /* a whole HTML document, UTF-8 */
    const char *message_id;     /* id-left@id-right, without <> */
    const char *references;     /* a message id to thread under, or NULL */
    int64_t date_ms;
    const char *lang;           /* Content-Language, or NULL */
    const char *list_name;      /* List-Id phrase, or NULL */
    const char *list_id;        /* List-Id dot-atom, or NULL for no List-Id */
    const char *unsubscribe_url;/* List-Unsubscribe (+ one-click), or NULL */
    const char *boundary_seed;  /* makes the MIME boundary; NULL = random */
} notify_mail;

/* Appends the message to out.  false with a message in err when an address
 * or the message id is not acceptable or a field is missing. */
bool notify_mail_compose(util_buf *out, const notify_mail *m, char *err, size_t errlen);
/* The addr-spec check notify_mail_compose applies. */
bool notify_mail_addr_ok(const char *addr);
/* Appends "Name: value" with value encoded and folded as above (exposed
 * for tests). */
void notify_mail_header(util_buf *out, const char *name, const char *value);
/* Quoted-printable of s[0..n) with CRLF line endings, lines <= 76. */
void notify_mail_qp(util_buf *out, const char *s, size_t n);

/* ---- the hooks of a comment's transaction (enqueue.c) ---------------------- */
typedef struct notify_thread_ref {
    int64_t id;
    const char *site, *uri, *title;
} notify_thread_ref;

/* Inside the transaction that stored c as published (at once or approved).
 * Queues the fanout row when the thread has confirmed subscribers, and the
 * webhook call when one is configured.  Idempotent per comment. */
store_status notify_on_publish_tx(store *s, const util_config *cfg, const notify_thread_ref *th,
                                  const store_comment *c);
/* Inside the transaction that stored c as held (pending or spam): the
 * editors' mail (notify.editor_mode = each, pending comments only: spam is
 * listed in the digest) and the webhook call. */
store_status notify_on_hold_tx(store *s, const util_config *cfg, const notify_thread_ref *th,
                               const store_comment *c);

/* Subscribes email to the thread (kind "all" or "replies"; comment_id 0 =
 * replies to any of the address's comments there) and queues the
 * confirmation mail unless the subscription is confirmed already or the
 * address had notify.confirm_per_hour confirmation mails in the last hour.
 * Runs in the caller's transaction when one is open.  What happened is not
 * told to the caller beyond success: a reader must learn nothing of an
 * address's state. */
store_status notify_subscribe(store *s, util_arena *a, const util_config *cfg,
                              const notify_thread_ref *th, const char *email, const char *kind,
                              int64_t comment_id, const char *lang);
/* Queues the mail with a link to the address's subscriptions page, if it
 * has a confirmed subscription and is within the hourly limit. */
store_status notify_send_manage_link(store *s, const util_config *cfg, const char *email);

/* Wakes this process's worker (if one runs) to look at the outbox soon. */
void notify_wake(void);

/* ---- the worker (worker.c) ------------------------------------------------- */
typedef struct notify_worker notify_worker;
/* Starts the outbox worker thread of this node: it drains the outbox,
 * composes and sends, retries, writes the editors' digests and runs the
 * retention job.  pool and cfg must outlive it.  NULL with err when the
 * thread cannot start or the notifiers' configuration is wrong. */
notify_worker *notify_worker_start(const util_config *cfg, store_pool *pool,
                                   const unsigned char secret[32], char *err, size_t errlen);
/* Stops it: a send in progress is abandoned (its row is due again at
 * once), then the thread is joined.  NULL is a no-op. */
void notify_worker_stop(notify_worker *w);

/* Counters of this process's worker, for /metrics. */
typedef struct notify_counters {
    uint64_t sent, retried, failed, fanouts;
} notify_counters;
void notify_counters_get(notify_counters *out);
/* Appends Prometheus text: outbox depth (pending, failed, age of the
 * oldest pending) from the store, and this process's counters. */
void notify_metrics_render(store *s, util_buf *out);

/* The delay before attempt `attempts + 1` (attempts >= 1 failed so far):
 * base * 2^(attempts-1) seconds, capped at max (milliseconds). */
int64_t notify_backoff_ms(int attempts, int base_s, int max_s);

/* ---- privacy (privacy.c) ---------------------------------------------------- */
/* Retention now: what store_retention_run does, with the cutoffs of the
 * configuration (privacy.retention_days).  Logs what it did. */
store_status notify_retention_run(store *s, const util_config *cfg, store_retention_counts *c);
/* Everything held about an address as a JSON document (appended to out):
 * comments, subscriptions, mails queued or sent. */
store_status notify_privacy_export(store *s, const util_config *cfg, const char *email,
                                   util_buf *out);
/* Anonymises the address's comments (author: notify_anonymous_name),
 * deletes its subscriptions and mails; appends a JSON summary to out. */
store_status notify_privacy_erase(store *s, const util_config *cfg, const char *email,
                                  util_buf *out);
/* The author name erased comments get, in the site's language:
 * "Anonyme" (fr), "Anonymous" (en), "אנונימי" (he), "مجهول" (ar). */
const char *notify_anonymous_name(const char *lang);

/* ---- the operator's commands (cli.c) ------------------------------------------
 * Called by main with argv[0] the command's name; each returns the exit
 * code (0 done, 1 the store failed, 2 bad usage), errors on stderr.
 *   privacy export EMAIL | privacy erase EMAIL | privacy retention
 *   outbox [pending|failed|sent|all] [--limit N] */
int notify_cli_privacy(const util_config *cfg, int argc, char **argv);
int notify_cli_outbox(const util_config *cfg, int argc, char **argv);

#endif
