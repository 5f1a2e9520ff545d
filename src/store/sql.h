/* store statement ids: one per SQL statement in store__statements (sql.c).
 * Each driver prepares a statement the first time its connection runs it
 * and keeps it in s->prepared[id].  Add a statement by adding an id here and
 * a row (with the same designated index) in sql.c.  Included only through
 * store_int.h. */
#ifndef CAUSERIE_STORE_SQL_H
#define CAUSERIE_STORE_SQL_H

enum {
    /* connection and schema */
    STORE__STMT_PING,
    STORE__STMT_SCHEMA_INIT,          /* CREATE TABLE IF NOT EXISTS schema_version */
    STORE__STMT_MIGRATE_LOCK,         /* pg: advisory xact lock; sqlite: no-op */
    STORE__STMT_SCHEMA_VERSION,       /* -> version (0 = empty database) */
    STORE__STMT_SCHEMA_PRESENT,       /* -> 1 when the schema_version table exists, else 0 */
    STORE__STMT_SCHEMA_VERSION_ADD,   /* ?1 version, ?2 applied ms */
    /* settings */
    STORE__STMT_SETTING_GET,          /* ?1 key -> value */
    STORE__STMT_SETTING_SET,          /* ?1 key, ?2 value (upsert) */
    STORE__STMT_SETTING_INSERT,       /* ?1 key, ?2 value (keeps an existing one) */
    /* threads: rows are STORE__THREAD_COLS */
    STORE__STMT_THREAD_FIND,          /* ?1 site, ?2 uri */
    STORE__STMT_THREAD_GET,           /* ?1 id */
    STORE__STMT_THREAD_INSERT,        /* ?1 site, ?2 uri, ?3 title, ?4 created */
    STORE__STMT_THREAD_SET_TITLE,     /* ?1 id, ?2 title: only if it has none */
    STORE__STMT_THREAD_BUMP,          /* ?1 id: version + 1 */
    /* comments: rows are STORE__COMMENT_COLS */
    STORE__STMT_COMMENT_INSERT,       /* ?1..?22 in COMMENT_INSERT_COLS order (no id) -> id */
    STORE__STMT_COMMENT_GET,          /* ?1 id */
    STORE__STMT_COMMENT_UPDATE_TEXT,  /* ?1 id, ?2 text, ?3 html, ?4 status, ?5 modified -> thread_id */
    STORE__STMT_COMMENT_SET_STATUS,   /* ?1 id, ?2 status -> thread_id */
    STORE__STMT_COMMENT_SWAP_STATUS,  /* ?1 id, ?2 status now, ?3 next -> thread_id */
    STORE__STMT_COMMENT_EDIT,         /* ?1 id, ?2 text, ?3 html, ?4 verdict, ?5 modified
                                       * -> thread_id, status (none if deleted) */
    STORE__STMT_COMMENT_THREAD,       /* ?1 id -> thread_id */
    STORE__STMT_THREAD_COMMENTS,      /* ?1 thread_id, ?2 status mask; public columns */
    STORE__STMT_COMMENTS_PUBLISHED_AFTER, /* ?1 id, ?2 limit: the newest published above ?1; public columns */
    STORE__STMT_THREAD_PUBLISHED_BETWEEN, /* ?1 thread_id, ?2 above, ?3 below, ?4 limit: the newest
                                           * published of the thread; public columns */
    STORE__STMT_COMMENT_LAST_ID,      /* -> the highest comment id, 0 when none */
    STORE__STMT_EVENT_NOTIFY,         /* ?1 payload (pg: NOTIFY causerie_events; sqlite: unused) */
    STORE__STMT_COUNT_PUBLISHED,      /* ?1 site, ?2 uri -> count */
    STORE__STMT_COMMENTS_BY_STATUS,   /* ?1 status, ?2 before id, ?3 limit */
    /* votes */
    STORE__STMT_COMMENT_LOCK,         /* ?1 id -> status, thread_id (pg: FOR UPDATE) */
    STORE__STMT_VOTE_FIND,            /* ?1 comment_id, ?2 voter, ?3 origin -> voter, value, _ */
    STORE__STMT_VOTE_OF_ORIGIN,       /* ?1 comment_id, ?2 origin -> voter, value, _ (latest) */
    STORE__STMT_VOTE_UPSERT,          /* ?1 comment_id, ?2 voter, ?3 value, ?4 created, ?5 origin */
    STORE__STMT_VOTE_SET,             /* ?1 comment_id, ?2 voter, ?3 value, ?4 created,
                                       * ?5 origin, ?6 holder */
    STORE__STMT_VOTE_DELETE,          /* ?1 comment_id, ?2 voter */
    STORE__STMT_VOTE_TAKE_LEGACY,     /* ?1 comment_id, ?2 address hash -> value (deleted) */
    STORE__STMT_COMMENT_VOTE_APPLY,   /* ?1 id, ?2 likes delta, ?3 dislikes delta -> likes, dislikes */
    STORE__STMT_COMMENT_VOTES,        /* ?1 id -> likes, dislikes */
    /* moderation (store/moderation.c).  "?1 list" is a comma-separated
     * list of decimal integers, one parameter for any number of values. */
    STORE__STMT_SPAM_LOOKUP,          /* ?1 list of hashes -> hash, spam, ham */
    STORE__STMT_SPAM_LEARN,           /* ?1 list, ?2 spam +, ?3 ham + (upsert) */
    STORE__STMT_SPAM_UNLEARN,         /* ?1 list, ?2 spam -, ?3 ham - (existing rows) */
    STORE__STMT_SPAM_ALL,             /* first?, after, limit -> hash, spam, ham */
    STORE__STMT_SPAM_COUNT,           /* -> features with a count */
    STORE__STMT_SPAM_CLEAR,           /* deletes every row */
    STORE__STMT_SPAM_PUT,             /* ?1 hash, ?2 spam, ?3 ham (upsert, absolute) */
    STORE__STMT_SPAM_CLAIM,           /* inserts the totals row (hash 0) if absent */
    STORE__STMT_SETTING_INCR,         /* ?1 key: integer value + 1 -> value */
    STORE__STMT_COMMENT_SET_FINGERPRINT, /* ?1 id, ?2 fingerprint */
    STORE__STMT_FINGERPRINT_COUNT,    /* ?1 site, ?2 fp, ?3 since, ?4 ip hash skipped, ?5 id skipped */
    STORE__STMT_FINGERPRINT_LATEST,   /* -> created of the newest comment with a fingerprint */
    STORE__STMT_COMMENT_GET_TRAINED,  /* ?1 id -> trained */
    STORE__STMT_COMMENT_SET_TRAINED,  /* ?1 id, ?2 trained */
    STORE__STMT_COMMENT_SWAP_TRAINED, /* ?1 id, ?2 trained now, ?3 trained next */
    STORE__STMT_DECISION_INSERT,      /* ?1 comment, ?2 created, ?3 actor, ?4 action, ?5 category, ?6 detail -> id */
    STORE__STMT_DECISION_INSERT_QUIET, /* the same without the id (no RETURNING: one POST's audit row) */
    STORE__STMT_DECISIONS_OF_COMMENT, /* ?1 comment id; STORE__DECISION_COLS, oldest first */
    STORE__STMT_DECISIONS_LATEST,     /* ?1 list of comment ids: the newest decision of each */
    STORE__STMT_DECISIONS_PAGE,       /* ?1 before id, ?2 limit; newest first */
    STORE__STMT_MOD_QUEUE,            /* ?1 status, ?2 before id, ?3 limit; STORE__MOD_ITEM_COLS */
    STORE__STMT_MOD_REPORTED,         /* ?1 before id, ?2 limit: reported, published or pending */
    STORE__STMT_MOD_ITEM,             /* ?1 id */
    STORE__STMT_REPORT_INSERT,        /* ?1 comment, ?2 reporter, ?3 reason, ?4 created (no-op if there) */
    STORE__STMT_COMMENT_REPORTS_ADD,  /* ?1 id -> reports + 1 */
    STORE__STMT_COMMENT_REPORTS_RESET,/* ?1 id */
    STORE__STMT_REPORTS_OF_COMMENT,   /* ?1 id -> reporter, reason, created */
    STORE__STMT_ADMIN_INSERT,         /* ?1 name, ?2 hash, ?3 created -> id */
    STORE__STMT_ADMIN_SET_PASSWORD,   /* ?1 name, ?2 hash; clears the lockout */
    STORE__STMT_ADMIN_GET,            /* ?1 name; STORE__ADMIN_COLS */
    STORE__STMT_ADMIN_LIST,           /* STORE__ADMIN_COLS by name */
    STORE__STMT_ADMIN_FAILED,         /* ?1 id, ?2 now, ?3 max failures, ?4 lock until, ?5 now - window, ?6 time key -> failed, locked_until */
    STORE__STMT_ADMIN_FAILED_AT,      /* ?1 time key, ?2 now */
    STORE__STMT_ADMIN_LOCK,           /* ?1 id -> id (its row locked until the transaction ends) */
    STORE__STMT_ADMIN_SUCCEEDED,      /* ?1 id */
    STORE__STMT_GHOST_FAILED,         /* ?1 key, ?2 now, ?3 max failures, ?4 lock until, ?5 now - window -> failed, locked_until */
    STORE__STMT_RETENTION_GHOSTS,     /* ?1 cutoff */
    STORE__STMT_LOGIN_KEY_GET,        /* ?1 key -> failed, locked_until */
    STORE__STMT_LOGIN_KEY_DELETE,     /* ?1 key */
    STORE__STMT_LOGIN_PAIRS_DELETE,   /* ?1 editor name: its (account, address) counts */
    STORE__STMT_SESSION_INSERT,       /* ?1 token hash, ?2 admin, ?3 csrf, ?4 created, ?5 expires */
    STORE__STMT_SESSION_GET,          /* ?1 token hash, ?2 now -> admin id, name, csrf, expires */
    STORE__STMT_SESSION_DELETE,       /* ?1 token hash */
    STORE__STMT_SESSION_PURGE,        /* ?1 now: expired sessions */
    STORE__STMT_SESSION_DELETE_ADMIN, /* ?1 editor name: all of its sessions */
    STORE__STMT_AKISMET_INSERT,       /* ?1 name, ?2 key hash, ?3 created */
    STORE__STMT_AKISMET_RENEW,        /* ?1 name, ?2 key hash, ?3 created: a revoked name only */
    STORE__STMT_AKISMET_FIND,         /* ?1 key hash -> id, name (not revoked) */
    STORE__STMT_AKISMET_LIST,         /* -> name, created, revoked */
    STORE__STMT_AKISMET_REVOKE,       /* ?1 name, ?2 now */
    STORE__STMT_STATS_DAYS,           /* ?1 since -> day number, status, count */
    STORE__STMT_STATS_CATEGORIES,     /* ?1 since -> category, count (automatic decisions) */
    STORE__STMT_STATS_ACTIONS,        /* ?1 since -> actor kind, action, count */
    /* notify (store/notify.c): subscriptions are STORE__SUB_COLS rows,
     * outbox rows STORE__OUTBOX_COLS */
    STORE__STMT_SUB_INSERT,           /* ?1 site, ?2 thread, ?3 email, ?4 kind, ?5 comment, ?6 lang, ?7 created (no-op if there) */
    STORE__STMT_SUB_FIND,             /* ?1 email, ?2 thread, ?3 kind, ?4 comment */
    STORE__STMT_SUB_GET,              /* ?1 id */
    STORE__STMT_SUB_RESTART,          /* ?1 id, ?2 now: an ended one, unconfirmed again */
    STORE__STMT_SUB_CONFIRM,          /* ?1 id, ?2 now */
    STORE__STMT_SUB_END,              /* ?1 id, ?2 now */
    STORE__STMT_SUB_BY_EMAIL,         /* ?1 email: all, ended ones too, newest first */
    STORE__STMT_SUB_END_EMAIL,        /* ?1 email, ?2 now */
    STORE__STMT_SUB_DELETE_EMAIL,     /* ?1 email */
    STORE__STMT_SUB_THREAD_ACTIVE,    /* ?1 thread -> 1 if a confirmed active one */
    STORE__STMT_SUB_EMAIL_CONFIRMED,  /* ?1 email -> 1 if a confirmed active one */
    STORE__STMT_SUB_RECIPIENTS,       /* ?1 thread, ?2 parent id, ?3 parent email, ?4 author email */
    STORE__STMT_SUB_PURGE,            /* ?1 ended before, ?2 unconfirmed created before */
    STORE__STMT_OUTBOX_INSERT,        /* ?1 kind, ?2 dedup, ?3 recipient, ?4 payload, ?5 created, ?6 next (no-op if there) */
    STORE__STMT_OUTBOX_CLAIM,         /* ?1 now, ?2 lease until -> the claimed row */
    STORE__STMT_OUTBOX_FINISH,        /* ?1 id, ?2 lease, ?3 sent, ?4 failed, ?5 next, ?6 error, ?7 attempts + */
    STORE__STMT_OUTBOX_RECENT,        /* ?1 recipient, ?2 since -> confirm/manage mails */
    STORE__STMT_OUTBOX_RECENT_LOCK,   /* ?1 recipient (pg: advisory xact lock; sqlite: no-op) */
    STORE__STMT_OUTBOX_STATS,         /* -> pending, failed, oldest pending created */
    STORE__STMT_OUTBOX_LIST,          /* ?1 state (store_outbox_state), ?2 limit */
    STORE__STMT_OUTBOX_BY_RECIPIENT,  /* ?1 recipient */
    STORE__STMT_OUTBOX_DELETE_RECIPIENT, /* ?1 recipient */
    STORE__STMT_OUTBOX_PURGE,         /* ?1 created before: sent or failed */
    STORE__STMT_COMMENTS_HELD_BETWEEN,/* ?1 from, ?2 to, ?3 limit */
    /* The comments that may have been written with an address (store/
     * notify.c keeps those whose store_email_casefold is ?1's): ASCII ones
     * equal to ?1 but for ASCII case, and every one holding a non-ASCII
     * character. */
    STORE__STMT_COMMENTS_BY_EMAIL,    /* ?1 casefolded email; STORE__COMMENT_COLS by id */
    STORE__STMT_COMMENTS_EMAIL_CANDIDATES, /* ?1 casefolded email -> id, email */
    STORE__STMT_COMMENTS_ANONYMISE,   /* ?1 list of comment ids, ?2 author -> thread_id, id */
    STORE__STMT_COMMENTS_AUTO_DETAIL, /* ?1 list of comment ids -> id, auto_detail */
    STORE__STMT_COMMENT_AUTO_DETAIL_SET, /* ?1 comment id, ?2 auto_detail */
    STORE__STMT_DECISION_DETAILS_OF,  /* ?1 list of comment ids -> id, detail (editors' decisions) */
    STORE__STMT_DECISION_DETAIL_SET,  /* ?1 decision id, ?2 detail */
    STORE__STMT_RETENTION_SCRUB,      /* ?1 cutoff, ?2 batch: private columns of old comments */
    STORE__STMT_RETENTION_VOTES,      /* ?1 cutoff */
    STORE__STMT_RETENTION_REPORTS,    /* ?1 cutoff */
    STORE__STMT_RETENTION_DOOMED,     /* ?1 cutoff, ?2 limit -> id */
    STORE__STMT_RETENTION_VOTES_OF,   /* ?1 comment id */
    STORE__STMT_RETENTION_REPORTS_OF, /* ?1 comment id */
    STORE__STMT_RETENTION_DECISION_KEEP,    /* ?1 comment id: its own decision to decisions */
    STORE__STMT_RETENTION_DECISIONS_DETACH, /* ?1 comment id */
    STORE__STMT_RETENTION_COMMENT_DELETE,   /* ?1 comment id */
    STORE__STMT_COUNT
};

/* Column lists shared by the statements and the row decoders in store.c:
 * change both together. */
/* The PostgreSQL channel of live events (STORE__STMT_EVENT_NOTIFY, and the
 * listener's LISTEN in events.c). */
#define STORE__EVENT_CHANNEL "causerie_events"
#define STORE__THREAD_COLS "id, site, uri, title, version, created"
enum {
    STORE__THREAD_ID, STORE__THREAD_SITE, STORE__THREAD_URI, STORE__THREAD_TITLE,
    STORE__THREAD_VERSION, STORE__THREAD_CREATED, STORE__THREAD_NCOLS
};

#define STORE__COMMENT_COLS                                                     \
    "id, thread_id, parent, author, email, website, text, html, status, "      \
    "anchor, created, modified, likes, dislikes, reports, ip_hash, "           \
    "edit_token_hash, user_agent, lang"
/* The same columns with the private ones (email, ip hash, edit token hash,
 * user agent) replaced by NULL: what readers' lists load. */
#define STORE__COMMENT_PUBLIC_COLS                                              \
    "id, thread_id, parent, author, NULL, website, text, html, status, "       \
    "anchor, created, modified, likes, dislikes, reports, NULL, "              \
    "NULL, NULL, lang"
enum {
    STORE__COMMENT_ID, STORE__COMMENT_THREAD_ID, STORE__COMMENT_PARENT,
    STORE__COMMENT_AUTHOR, STORE__COMMENT_EMAIL, STORE__COMMENT_WEBSITE,
    STORE__COMMENT_TEXT, STORE__COMMENT_HTML, STORE__COMMENT_STATUS,
    STORE__COMMENT_ANCHOR, STORE__COMMENT_CREATED, STORE__COMMENT_MODIFIED,
    STORE__COMMENT_LIKES, STORE__COMMENT_DISLIKES, STORE__COMMENT_REPORTS,
    STORE__COMMENT_IP_HASH, STORE__COMMENT_EDIT_TOKEN_HASH,
    STORE__COMMENT_USER_AGENT, STORE__COMMENT_LANG, STORE__COMMENT_NCOLS
};

/* moderation: decisions, editors, and the moderation queue's rows (the
 * comment's columns, then its thread's site, uri and title). */
#define STORE__DECISION_COLS "id, comment_id, created, actor, action, category, detail"
enum {
    STORE__DECISION_ID, STORE__DECISION_COMMENT_ID, STORE__DECISION_CREATED,
    STORE__DECISION_ACTOR, STORE__DECISION_ACTION, STORE__DECISION_CATEGORY,
    STORE__DECISION_DETAIL, STORE__DECISION_NCOLS
};
#define STORE__ADMIN_COLS "id, name, password_hash, failed, locked_until, created"
enum {
    STORE__ADMIN_ID, STORE__ADMIN_NAME, STORE__ADMIN_PASSWORD_HASH, STORE__ADMIN_FAILED,
    STORE__ADMIN_LOCKED_UNTIL, STORE__ADMIN_CREATED, STORE__ADMIN_NCOLS
};
#define STORE__MOD_ITEM_COLS                                                    \
    STORE__COMMENT_COLS ", "                                                   \
    "(SELECT t.site FROM threads t WHERE t.id = comments.thread_id), "         \
    "(SELECT t.uri FROM threads t WHERE t.id = comments.thread_id), "          \
    "(SELECT t.title FROM threads t WHERE t.id = comments.thread_id), trained"
enum {
    STORE__MOD_ITEM_SITE = STORE__COMMENT_NCOLS, STORE__MOD_ITEM_URI, STORE__MOD_ITEM_TITLE,
    STORE__MOD_ITEM_TRAINED, STORE__MOD_ITEM_NCOLS
};

/* notify: subscriptions (with their thread's uri and title) and the outbox. */
#define STORE__SUB_COLS                                                         \
    "s.id, s.site, s.thread_id, s.email, s.kind, s.comment_id, s.lang, "       \
    "s.created, s.confirmed, s.ended, t.uri, t.title"
enum {
    STORE__SUB_ID, STORE__SUB_SITE, STORE__SUB_THREAD_ID, STORE__SUB_EMAIL, STORE__SUB_KIND,
    STORE__SUB_COMMENT_ID, STORE__SUB_LANG, STORE__SUB_CREATED, STORE__SUB_CONFIRMED,
    STORE__SUB_ENDED, STORE__SUB_URI, STORE__SUB_TITLE, STORE__SUB_NCOLS
};
#define STORE__OUTBOX_COLS                                                      \
    "id, kind, dedup_key, recipient, payload, created, next_attempt, "         \
    "attempts, locked_until, sent, failed, last_error"
enum {
    STORE__OUTBOX_ID, STORE__OUTBOX_KIND, STORE__OUTBOX_DEDUP_KEY, STORE__OUTBOX_RECIPIENT,
    STORE__OUTBOX_PAYLOAD, STORE__OUTBOX_CREATED, STORE__OUTBOX_NEXT_ATTEMPT,
    STORE__OUTBOX_ATTEMPTS, STORE__OUTBOX_LOCKED_UNTIL, STORE__OUTBOX_SENT,
    STORE__OUTBOX_FAILED, STORE__OUTBOX_LAST_ERROR, STORE__OUTBOX_NCOLS
};

#endif
