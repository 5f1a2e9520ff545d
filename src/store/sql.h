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
    STORE__STMT_COMMENT_INSERT,       /* ?1..?18 in column order (no id) -> id */
    STORE__STMT_COMMENT_GET,          /* ?1 id */
    STORE__STMT_COMMENT_UPDATE_TEXT,  /* ?1 id, ?2 text, ?3 html, ?4 status, ?5 modified -> thread_id */
    STORE__STMT_COMMENT_SET_STATUS,   /* ?1 id, ?2 status -> thread_id */
    STORE__STMT_COMMENT_THREAD,       /* ?1 id -> thread_id */
    STORE__STMT_THREAD_COMMENTS,      /* ?1 thread_id, ?2 status mask; public columns */
    STORE__STMT_COUNT_PUBLISHED,      /* ?1 site, ?2 uri -> count */
    STORE__STMT_COMMENTS_BY_STATUS,   /* ?1 status, ?2 before id, ?3 limit */
    /* votes */
    STORE__STMT_COMMENT_LOCK,         /* ?1 id -> status, thread_id (pg: FOR UPDATE) */
    STORE__STMT_VOTE_GET,             /* ?1 comment_id, ?2 voter -> value */
    STORE__STMT_VOTE_UPSERT,          /* ?1 comment_id, ?2 voter, ?3 value, ?4 created */
    STORE__STMT_VOTE_DELETE,          /* ?1 comment_id, ?2 voter */
    STORE__STMT_COMMENT_VOTE_APPLY,   /* ?1 id, ?2 likes delta, ?3 dislikes delta -> likes, dislikes */
    STORE__STMT_COMMENT_VOTES,        /* ?1 id -> likes, dislikes */
    STORE__STMT_COUNT
};

/* Column lists shared by the statements and the row decoders in store.c:
 * change both together. */
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

#endif
