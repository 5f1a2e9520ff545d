/* sql — every SQL text Causerie runs, for both backends: the statement
 * table (indexed by the ids of sql.h) and the schema migrations.
 *
 * How it works: a statement is written once in SQLite syntax with numbered
 * parameters ?1..?N; the PostgreSQL driver rewrites ?N to $N when it
 * prepares.  A row has a `pg` text only where the dialects really differ.
 * Migrations are an ordered list of scripts, one per schema version, each
 * in both dialects with the same column types (BIGINT ids and times in ms,
 * INTEGER small enums, TEXT strings), so both databases hold the same data.
 * Adding a table later is one new row at the end of store__migrations.
 *
 * Must never: edit a migration step that has shipped (databases already at
 * that version would never see the change: add a step instead); use
 * `SELECT *` (PostgreSQL refuses a cached plan whose columns changed); rely
 * on a parameter's type being guessed by PostgreSQL where it is ambiguous
 * (write CAST(?N AS ...) there). */
#include "store/store_int.h"

#define COMMENT_INSERT_COLS                                                     \
    "thread_id, parent, author, email, website, text, html, status, "          \
    "anchor, created, modified, likes, dislikes, reports, ip_hash, "           \
    "edit_token_hash, user_agent, lang"

const store__sql store__statements[STORE__STMT_COUNT] = {
    [STORE__STMT_PING] = {"SELECT 1", NULL},
    [STORE__STMT_SCHEMA_INIT] = {"CREATE TABLE IF NOT EXISTS schema_version ("
                                 "version BIGINT PRIMARY KEY, applied BIGINT NOT NULL)",
                                 NULL},
    /* The key is "causerie" in ASCII; only migrations take it. */
    [STORE__STMT_MIGRATE_LOCK] = {"SELECT 1", "SELECT pg_advisory_xact_lock(7161134020979485029)"},
    [STORE__STMT_SCHEMA_VERSION] = {"SELECT COALESCE(MAX(version), 0) FROM schema_version", NULL},
    [STORE__STMT_SCHEMA_VERSION_ADD] = {"INSERT INTO schema_version (version, applied) "
                                        "VALUES (?1, ?2)",
                                        NULL},

    [STORE__STMT_SETTING_GET] = {"SELECT value FROM settings WHERE key = ?1", NULL},
    [STORE__STMT_SETTING_SET] = {"INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                 NULL},
    [STORE__STMT_SETTING_INSERT] = {"INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                    "ON CONFLICT (key) DO NOTHING",
                                    NULL},

    [STORE__STMT_THREAD_FIND] = {"SELECT " STORE__THREAD_COLS " FROM threads "
                                 "WHERE site = ?1 AND uri = ?2",
                                 NULL},
    [STORE__STMT_THREAD_GET] = {"SELECT " STORE__THREAD_COLS " FROM threads WHERE id = ?1", NULL},
    [STORE__STMT_THREAD_INSERT] = {"INSERT INTO threads (site, uri, title, version, created) "
                                   "VALUES (?1, ?2, ?3, 0, ?4) "
                                   "ON CONFLICT (site, uri) DO NOTHING",
                                   NULL},
    [STORE__STMT_THREAD_SET_TITLE] = {"UPDATE threads SET title = ?2, version = version + 1 "
                                      "WHERE id = ?1 AND (title IS NULL OR title = '')",
                                      NULL},
    [STORE__STMT_THREAD_BUMP] = {"UPDATE threads SET version = version + 1 WHERE id = ?1", NULL},

    [STORE__STMT_COMMENT_INSERT] = {"INSERT INTO comments (" COMMENT_INSERT_COLS ") VALUES "
                                    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                                    "?14, ?15, ?16, ?17, ?18) RETURNING id",
                                    NULL},
    [STORE__STMT_COMMENT_GET] = {"SELECT " STORE__COMMENT_COLS " FROM comments WHERE id = ?1",
                                 NULL},
    [STORE__STMT_COMMENT_UPDATE_TEXT] = {"UPDATE comments SET text = ?2, html = ?3, status = ?4, "
                                         "modified = ?5 WHERE id = ?1 RETURNING thread_id",
                                         NULL},
    [STORE__STMT_COMMENT_SET_STATUS] = {"UPDATE comments SET status = ?2 WHERE id = ?1 "
                                        "RETURNING thread_id",
                                        NULL},
    [STORE__STMT_COMMENT_THREAD] = {"SELECT thread_id FROM comments WHERE id = ?1", NULL},
    /* Bit `status` of the mask selects the status; the (thread_id, status)
     * index narrows to the thread. */
    [STORE__STMT_THREAD_COMMENTS] = {"SELECT " STORE__COMMENT_PUBLIC_COLS " FROM comments "
                                     "WHERE thread_id = ?1 "
                                     "AND ((CAST(?2 AS INTEGER) >> status) & 1) = 1 "
                                     "ORDER BY id",
                                     NULL},
    [STORE__STMT_COUNT_PUBLISHED] = {"SELECT COUNT(*) FROM comments c "
                                     "JOIN threads t ON t.id = c.thread_id "
                                     "WHERE t.site = ?1 AND t.uri = ?2 AND c.status = 0",
                                     NULL},
    [STORE__STMT_COMMENTS_BY_STATUS] = {"SELECT " STORE__COMMENT_COLS " FROM comments "
                                        "WHERE status = ?1 AND id < ?2 "
                                        "ORDER BY id DESC LIMIT ?3",
                                        NULL},

    /* SQLite: the caller's BEGIN IMMEDIATE already serialises writers.
     * PostgreSQL: NO KEY UPDATE, so that inserting a reply (whose foreign
     * key takes KEY SHARE on this row while holding the thread row) cannot
     * deadlock with a vote (which takes this row, then the thread row). */
    [STORE__STMT_COMMENT_LOCK] = {"SELECT status, thread_id FROM comments WHERE id = ?1",
                                  "SELECT status, thread_id FROM comments WHERE id = $1 "
                                  "FOR NO KEY UPDATE"},
    [STORE__STMT_VOTE_GET] = {"SELECT value FROM votes WHERE comment_id = ?1 AND voter = ?2",
                              NULL},
    [STORE__STMT_VOTE_UPSERT] = {"INSERT INTO votes (comment_id, voter, value, created) "
                                 "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (comment_id, voter) "
                                 "DO UPDATE SET value = excluded.value, created = excluded.created",
                                 NULL},
    [STORE__STMT_VOTE_DELETE] = {"DELETE FROM votes WHERE comment_id = ?1 AND voter = ?2", NULL},
    [STORE__STMT_COMMENT_VOTE_APPLY] = {"UPDATE comments SET likes = likes + ?2, "
                                        "dislikes = dislikes + ?3 WHERE id = ?1 "
                                        "RETURNING likes, dislikes",
                                        NULL},
    [STORE__STMT_COMMENT_VOTES] = {"SELECT likes, dislikes FROM comments WHERE id = ?1", NULL},
};

/* ---- migrations ---------------------------------------------------------
 * Step i brings the schema from version i to i+1.  Append only. */

#define V1_COMMON_TAIL(ID)                                                      \
    "CREATE TABLE settings ("                                                  \
    " key TEXT PRIMARY KEY,"                                                   \
    " value TEXT NOT NULL);"                                                   \
    "CREATE TABLE threads ("                                                   \
    " id " ID ","                                                              \
    " site TEXT NOT NULL,"                                                     \
    " uri TEXT NOT NULL,"                                                      \
    " title TEXT,"                                                             \
    " version BIGINT NOT NULL DEFAULT 0,"                                      \
    " created BIGINT NOT NULL,"                                                \
    " UNIQUE (site, uri));"                                                    \
    "CREATE TABLE comments ("                                                  \
    " id " ID ","                                                              \
    " thread_id BIGINT NOT NULL REFERENCES threads (id),"                      \
    " parent BIGINT REFERENCES comments (id),"                                 \
    " author TEXT NOT NULL,"                                                   \
    " email TEXT,"                                                             \
    " website TEXT,"                                                           \
    " text TEXT NOT NULL,"                                                     \
    " html TEXT NOT NULL,"                                                     \
    " status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 4),"                 \
    " anchor TEXT,"                                                            \
    " created BIGINT NOT NULL,"                                                \
    " modified BIGINT NOT NULL DEFAULT 0,"                                     \
    " likes BIGINT NOT NULL DEFAULT 0,"                                        \
    " dislikes BIGINT NOT NULL DEFAULT 0,"                                     \
    " reports BIGINT NOT NULL DEFAULT 0,"                                      \
    " ip_hash TEXT,"                                                           \
    " edit_token_hash TEXT,"                                                   \
    " user_agent TEXT,"                                                        \
    " lang TEXT);"                                                             \
    "CREATE INDEX comments_thread_status ON comments (thread_id, status);"     \
    "CREATE INDEX comments_status_id ON comments (status, id);"                \
    "CREATE INDEX comments_parent ON comments (parent);"                       \
    "CREATE TABLE votes ("                                                     \
    " comment_id BIGINT NOT NULL REFERENCES comments (id),"                    \
    " voter TEXT NOT NULL,"                                                    \
    " value INTEGER NOT NULL CHECK (value IN (-1, 1)),"                        \
    " created BIGINT NOT NULL,"                                                \
    " PRIMARY KEY (comment_id, voter));"


/* 2: moderation (decisions and audit, reports, editors and their sessions,
 * Akismet keys, the spam classifier's token counts, text fingerprints for
 * repeated posts) and notifications (subscriptions, the outbox).  One step
 * so the data model of DESIGN.md is whole from here on. */
#define V2_COMMON_TAIL(ID)                                                      \
    "ALTER TABLE comments ADD COLUMN fingerprint TEXT;"                        \
    "CREATE INDEX comments_fingerprint ON comments (fingerprint, created);"    \
    "CREATE TABLE decisions ("                                                 \
    " id " ID ","                                                              \
    " comment_id BIGINT REFERENCES comments (id),"                             \
    " created BIGINT NOT NULL,"                                                \
    " actor TEXT NOT NULL,"                                                    \
    " action TEXT NOT NULL,"                                                   \
    " category TEXT,"                                                          \
    " detail TEXT);"                                                           \
    "CREATE INDEX decisions_comment ON decisions (comment_id, id);"           \
    "CREATE INDEX decisions_created ON decisions (created);"                   \
    "CREATE TABLE reports ("                                                   \
    " comment_id BIGINT NOT NULL REFERENCES comments (id),"                    \
    " reporter TEXT NOT NULL,"                                                 \
    " reason TEXT,"                                                            \
    " created BIGINT NOT NULL,"                                                \
    " PRIMARY KEY (comment_id, reporter));"                                    \
    "CREATE TABLE admins ("                                                    \
    " id " ID ","                                                              \
    " name TEXT NOT NULL UNIQUE,"                                              \
    " password_hash TEXT NOT NULL,"                                            \
    " failed INTEGER NOT NULL DEFAULT 0,"                                      \
    " locked_until BIGINT NOT NULL DEFAULT 0,"                                 \
    " created BIGINT NOT NULL);"                                               \
    "CREATE TABLE sessions ("                                                  \
    " token_hash TEXT PRIMARY KEY,"                                            \
    " admin_id BIGINT NOT NULL REFERENCES admins (id),"                        \
    " csrf TEXT NOT NULL,"                                                     \
    " created BIGINT NOT NULL,"                                                \
    " expires BIGINT NOT NULL);"                                               \
    "CREATE TABLE akismet_keys ("                                              \
    " id " ID ","                                                              \
    " name TEXT NOT NULL UNIQUE,"                                              \
    " key_hash TEXT NOT NULL UNIQUE,"                                          \
    " created BIGINT NOT NULL,"                                                \
    " revoked BIGINT NOT NULL DEFAULT 0);"                                     \
    "CREATE TABLE spam_tokens ("                                               \
    " hash BIGINT PRIMARY KEY,"                                                \
    " spam BIGINT NOT NULL DEFAULT 0,"                                         \
    " ham BIGINT NOT NULL DEFAULT 0);"                                         \
    "CREATE TABLE subscriptions ("                                             \
    " id " ID ","                                                              \
    " site TEXT NOT NULL,"                                                     \
    " thread_id BIGINT NOT NULL REFERENCES threads (id),"                      \
    " email TEXT NOT NULL,"                                                    \
    " kind TEXT NOT NULL CHECK (kind IN ('all', 'replies')),"                  \
    " comment_id BIGINT NOT NULL DEFAULT 0,"                                   \
    " lang TEXT,"                                                              \
    " created BIGINT NOT NULL,"                                                \
    " confirmed BIGINT NOT NULL DEFAULT 0,"                                    \
    " ended BIGINT NOT NULL DEFAULT 0,"                                        \
    " UNIQUE (email, thread_id, kind, comment_id));"                           \
    "CREATE INDEX subscriptions_thread ON subscriptions (thread_id);"          \
    "CREATE TABLE outbox ("                                                    \
    " id " ID ","                                                              \
    " kind TEXT NOT NULL,"                                                     \
    " dedup_key TEXT NOT NULL UNIQUE,"                                         \
    " recipient TEXT,"                                                         \
    " payload TEXT NOT NULL,"                                                  \
    " created BIGINT NOT NULL,"                                                \
    " next_attempt BIGINT NOT NULL,"                                           \
    " attempts INTEGER NOT NULL DEFAULT 0,"                                    \
    " locked_until BIGINT NOT NULL DEFAULT 0,"                                 \
    " sent BIGINT NOT NULL DEFAULT 0,"                                         \
    " failed BIGINT NOT NULL DEFAULT 0,"                                       \
    " last_error TEXT);"                                                       \
    "CREATE INDEX outbox_due ON outbox (sent, failed, next_attempt);"

const store__migration store__migrations[] = {
    /* 1: settings, threads, comments, votes.  SQLite's AUTOINCREMENT keeps
     * ids from ever being reused, as PostgreSQL identities are not. */
    {V1_COMMON_TAIL("INTEGER PRIMARY KEY AUTOINCREMENT"),
     V1_COMMON_TAIL("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")},
    {V2_COMMON_TAIL("INTEGER PRIMARY KEY AUTOINCREMENT"),
     V2_COMMON_TAIL("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")},
};

const size_t store__migration_count = UTIL_ARRAY_LEN(store__migrations);
