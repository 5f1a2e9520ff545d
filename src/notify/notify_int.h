/* notify internals shared by the files of src/notify/ (and its unit tests):
 * the notifier vtable and its table, the mail builders of templates.c, the
 * outbox row kinds and payloads. */
#ifndef CAUSERIE_NOTIFY_INT_H
#define CAUSERIE_NOTIFY_INT_H

#include <stdatomic.h>

#include "notify/notify.h"

/* ---- outbox row kinds ----------------------------------------------------
 * The part before the first '.' names the channel (the notifier); "fanout"
 * is the worker's own task.  Payloads are JSON objects. */
#define NOTIFY__KIND_FANOUT "fanout"          /* {"comment"} */
#define NOTIFY__KIND_NOTIFY "mail.notify"     /* {"comment","subscription"} */
#define NOTIFY__KIND_CONFIRM "mail.confirm"   /* {"subscription"} */
#define NOTIFY__KIND_MANAGE "mail.manage"     /* {"email"} */
#define NOTIFY__KIND_HELD "mail.held"         /* {"comment"} */
#define NOTIFY__KIND_DIGEST "mail.digest"     /* {"from","to"} */
#define NOTIFY__KIND_WEBHOOK "webhook"        /* {}: the key says it (webhook.c) */

/* ---- notifiers -------------------------------------------------------------- */
typedef enum notify__result {
    NOTIFY__SENT = 0,
    NOTIFY__RETRY,          /* temporary: try again later */
    NOTIFY__PERMANENT,      /* will never work: give up now */
} notify__result;

typedef struct notify__message {
    int64_t id;                 /* the outbox row */
    const char *event;          /* webhook: X-Causerie-Event */
    const char *sender;         /* mail: envelope sender (addr-spec) */
    const char *recipient;      /* mail: envelope recipient (addr-spec) */
    const char *body;
    size_t len;
} notify__message;

typedef struct notify__notifier {
    const char *name;           /* "smtp", "webhook": for logs */
    const char *channel;        /* the outbox kinds it sends: "mail", "webhook" */
    /* Reads its settings.  *state = NULL when it is not configured (rows of
     * its channel then wait, and give up in time); false with err when the
     * configuration is wrong.  stop is raised to abandon a send. */
    bool (*open)(const util_config *cfg, const atomic_bool *stop, void **state, char *err,
                 size_t errlen);
    void (*close)(void *state);
    notify__result (*send)(void *state, const notify__message *m, char *err, size_t errlen);
} notify__notifier;

extern const notify__notifier notify__smtp;
extern const notify__notifier notify__webhook;
/* The table, NULL-terminated (worker.c). */
extern const notify__notifier *const notify__notifiers[];
/* libcurl is loaded and set up once, by the first notifier that needs it
 * (notify__curl_init, curl_api.h): a server with neither SMTP nor webhook
 * never loads it nor the TLS libraries. */

/* ---- what the mail builders need ---------------------------------------------- */
typedef struct notify__ctx {
    const util_config *cfg;
    const unsigned char *secret;   /* 32 bytes */
    const char *from_addr;         /* parsed from smtp.from */
    const char *from_name;         /* its display name, else site.name */
    const char *domain;            /* of from_addr: Message-ID, List-Id */
} notify__ctx;

/* Reads smtp.from ("Name <addr>" or "addr") into x; false with err when it
 * is not a plain address. */
bool notify__ctx_init(notify__ctx *x, util_arena *a, const util_config *cfg,
                      const unsigned char *secret, char *err, size_t errlen);

/* Builders: fill *m with arena strings for the row `row_id` (which makes the
 * Message-ID).  They never fail on content: every value is escaped or
 * encoded when the message is composed. */
void notify__mail_notify(util_arena *a, const notify__ctx *x, int64_t row_id,
                         const store_subscription *sub, const store_thread *th,
                         const store_comment *c, notify_mail *m);
void notify__mail_confirm(util_arena *a, const notify__ctx *x, int64_t row_id,
                          const store_subscription *sub, notify_mail *m);
void notify__mail_manage(util_arena *a, const notify__ctx *x, int64_t row_id, const char *email,
                         notify_mail *m);
void notify__mail_held(util_arena *a, const notify__ctx *x, int64_t row_id, const char *to,
                       const store_thread *th, const store_comment *c, notify_mail *m);
/* threads[i] is comments[i]'s thread. */
void notify__mail_digest(util_arena *a, const notify__ctx *x, int64_t row_id, const char *to,
                         const store_comment *comments, const store_thread *threads, size_t n,
                         notify_mail *m);

/* The webhook body of an event on a comment (JSON, malloc'd). */
char *notify__webhook_body(const char *event, const notify_thread_ref *th, const store_comment *c);
/* The call a webhook outbox row makes, built from the comment as it is now
 * (webhook.c): *event (arena) and *body (malloc'd, the caller frees).
 * STORE_OK with *body NULL when the call is cancelled, *why saying why (the
 * comment is gone, deleted, or no longer in the state the event
 * announced); another status when the store failed (try again later). */
store_status notify__webhook_prepare(store *s, util_arena *a, const store_outbox_row *row,
                                     const char **event, char **body, const char **why);

#endif
