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
    "edit_token_hash, user_agent, lang, fingerprint, auto_action, "            \
    "auto_category, auto_detail"
#define COMMENT_INSERT_VALUES                                                   \
    "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "  \
    "?17, ?18, ?19, ?20, ?21, ?22"

/* Comments and decisions take their ids from one sequence, so that the
 * audit log can list a comment's own decision (kept in its row, id = the
 * comment's id) among the decisions' rows by id.  PostgreSQL: the decisions'
 * id defaults to the comments' sequence (migration 7).  SQLite: the next id
 * is one more than the larger of the two AUTOINCREMENT counters, read by
 * the INSERT itself, which already holds the write lock. */
#define SHARED_NEXT_ID                                                          \
    "(SELECT COALESCE(MAX(seq), 0) + 1 FROM sqlite_sequence "                  \
    "WHERE name IN ('comments', 'decisions'))"

#define DECISION_COLS_IN "comment_id, created, actor, action, category, detail"
#define DECISION_INSERT                                                         \
    "INSERT INTO decisions (id, " DECISION_COLS_IN ") "                        \
    "VALUES (" SHARED_NEXT_ID ", ?1, ?2, ?3, ?4, ?5, ?6)"
#define DECISION_INSERT_PG                                                      \
    "INSERT INTO decisions (" DECISION_COLS_IN ") VALUES (?1, ?2, ?3, ?4, ?5, ?6)"

/* A comment's own decision (the one made when it was posted) as a row of
 * STORE__DECISION_COLS, for the comments in FROM_WHERE. */
#define OWN_DECISION(FROM_WHERE)                                                \
    "SELECT id, id, created, 'auto', auto_action, auto_category, auto_detail " \
    "FROM comments WHERE auto_action IS NOT NULL AND " FROM_WHERE

const store__sql store__statements[STORE__STMT_COUNT] = {
    [STORE__STMT_PING] = {"SELECT 1", NULL},
    [STORE__STMT_SCHEMA_INIT] = {"CREATE TABLE IF NOT EXISTS schema_version ("
                                 "version BIGINT PRIMARY KEY, applied BIGINT NOT NULL)",
                                 NULL},
    /* The key is "causerie" in ASCII; only migrations take it. */
    [STORE__STMT_MIGRATE_LOCK] = {"SELECT 1", "SELECT pg_advisory_xact_lock(7161134020979485029)"},
    [STORE__STMT_SCHEMA_VERSION] = {"SELECT COALESCE(MAX(version), 0) FROM schema_version", NULL},
    /* A read that needs no lock (store.c's migrate asks it first). */
    [STORE__STMT_SCHEMA_PRESENT] = {"SELECT COUNT(*) FROM sqlite_master "
                                    "WHERE type = 'table' AND name = 'schema_version'",
                                    "SELECT CASE WHEN to_regclass('schema_version') IS NULL "
                                    "THEN 0 ELSE 1 END"},
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

    [STORE__STMT_COMMENT_INSERT] = {"INSERT INTO comments (id, " COMMENT_INSERT_COLS ") VALUES "
                                    "(" SHARED_NEXT_ID ", " COMMENT_INSERT_VALUES ") RETURNING id",
                                    "INSERT INTO comments (" COMMENT_INSERT_COLS ") VALUES "
                                    "(" COMMENT_INSERT_VALUES ") RETURNING id"},
    [STORE__STMT_COMMENT_GET] = {"SELECT " STORE__COMMENT_COLS " FROM comments WHERE id = ?1",
                                 NULL},
    [STORE__STMT_COMMENT_UPDATE_TEXT] = {"UPDATE comments SET text = ?2, html = ?3, status = ?4, "
                                         "modified = ?5 WHERE id = ?1 RETURNING thread_id",
                                         NULL},
    [STORE__STMT_COMMENT_SET_STATUS] = {"UPDATE comments SET status = ?2 WHERE id = ?1 "
                                        "RETURNING thread_id",
                                        NULL},
    [STORE__STMT_COMMENT_SWAP_STATUS] = {"UPDATE comments SET status = ?3 "
                                         "WHERE id = ?1 AND status = ?2 RETURNING thread_id",
                                         NULL},
    /* Statuses grow stricter with their number (published 0 ... deleted 4):
     * the stricter of the row's status and the verdict, in the statement
     * itself, so a decision or a delete made since the row was read stays.
     * A rejected comment (3) keeps the text that was judged: the evidence
     * an editor or the policy acted on is not the author's to rewrite. */
    [STORE__STMT_COMMENT_EDIT] = {"UPDATE comments SET "
                                  "text = CASE WHEN status = 3 THEN text ELSE ?2 END, "
                                  "html = CASE WHEN status = 3 THEN html ELSE ?3 END, "
                                  "status = CASE WHEN status > ?4 THEN status ELSE ?4 END, "
                                  "modified = CASE WHEN status = 3 THEN modified ELSE ?5 END "
                                  "WHERE id = ?1 AND status <> 4 "
                                  "RETURNING thread_id, status",
                                  NULL},
    [STORE__STMT_COMMENT_THREAD] = {"SELECT thread_id FROM comments WHERE id = ?1", NULL},
    /* Bit `status` of the mask selects the status; the (thread_id, status)
     * index narrows to the thread. */
    [STORE__STMT_THREAD_COMMENTS] = {"SELECT " STORE__COMMENT_PUBLIC_COLS " FROM comments "
                                     "WHERE thread_id = ?1 "
                                     "AND ((CAST(?2 AS INTEGER) >> status) & 1) = 1 "
                                     "ORDER BY id",
                                     NULL},
    /* The primary key, walked down from the newest. */
    [STORE__STMT_COMMENTS_PUBLISHED_AFTER] = {"SELECT " STORE__COMMENT_PUBLIC_COLS
                                              " FROM comments WHERE id > ?1 AND status = 0 "
                                              "ORDER BY id DESC LIMIT ?2",
                                              NULL},
    [STORE__STMT_THREAD_PUBLISHED_BETWEEN] = {"SELECT " STORE__COMMENT_PUBLIC_COLS
                                              " FROM comments WHERE thread_id = ?1 AND "
                                              "status = 0 AND id > ?2 AND id < ?3 "
                                              "ORDER BY id DESC LIMIT ?4",
                                              NULL},
    [STORE__STMT_COMMENT_LAST_ID] = {"SELECT COALESCE(MAX(id), 0) FROM comments", NULL},
    /* store/events.c; SQLite has no one to tell and never runs it. */
    [STORE__STMT_EVENT_NOTIFY] = {"SELECT CAST(?1 AS TEXT)",
                                  "SELECT pg_notify('" STORE__EVENT_CHANNEL "', CAST(?1 AS TEXT))"},
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
    /* A reader's vote on a comment: its own row (voter = its cookie id),
     * else the row it was given as a reader without a cookie (holder = its
     * cookie id; such a row's origin is the cookie's).  A UNION, so that
     * each side has its index (the primary key, votes_origin): with an OR
     * SQLite read every vote of the comment. */
    [STORE__STMT_VOTE_FIND] = {"SELECT voter, value, 0 FROM votes WHERE comment_id = ?1 "
                               "AND voter = ?2 UNION ALL SELECT voter, value, 1 FROM votes "
                               "WHERE comment_id = ?1 AND origin = ?3 AND holder = ?2 "
                               "ORDER BY 3 LIMIT 1",
                               NULL},
    /* The latest vote on a comment from one address: cast under a cookie
     * issued to it (origin), or, stored before migration 9, cast without a
     * cookie (voter = the address hash, origin unknown).  A UNION as above. */
    [STORE__STMT_VOTE_OF_ORIGIN] = {"SELECT voter, value, created FROM votes WHERE "
                                    "comment_id = ?1 AND origin = ?2 UNION ALL "
                                    "SELECT voter, value, created FROM votes WHERE "
                                    "comment_id = ?1 AND voter = ?2 AND origin IS NULL "
                                    "ORDER BY 3 DESC, 1 DESC LIMIT 1",
                                    NULL},
    [STORE__STMT_VOTE_UPSERT] = {"INSERT INTO votes (comment_id, voter, value, created, origin) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (comment_id, voter) "
                                 "DO UPDATE SET value = excluded.value, created = excluded.created",
                                 NULL},
    /* A NULL ?6 keeps the holder; an origin once known stays. */
    [STORE__STMT_VOTE_SET] = {"UPDATE votes SET value = ?3, created = ?4, "
                              "origin = COALESCE(origin, ?5), holder = COALESCE(?6, holder) "
                              "WHERE comment_id = ?1 AND voter = ?2",
                              NULL},
    [STORE__STMT_VOTE_DELETE] = {"DELETE FROM votes WHERE comment_id = ?1 AND voter = ?2", NULL},
    /* A vote stored before migration 9 under an address hash (cast without
     * a cookie) and never touched since. */
    [STORE__STMT_VOTE_TAKE_LEGACY] = {"DELETE FROM votes WHERE comment_id = ?1 AND voter = ?2 "
                                      "AND origin IS NULL RETURNING value",
                                      NULL},
    [STORE__STMT_COMMENT_VOTE_APPLY] = {"UPDATE comments SET likes = likes + ?2, "
                                        "dislikes = dislikes + ?3 WHERE id = ?1 "
                                        "RETURNING likes, dislikes",
                                        NULL},
    [STORE__STMT_COMMENT_VOTES] = {"SELECT likes, dislikes FROM comments WHERE id = ?1", NULL},

    /* moderation.  Lists of integers travel as one text parameter "1,-2,3":
     * SQLite reads it with json_each, PostgreSQL with string_to_array, so
     * one prepared statement serves any number of values (PostgreSQL's
     * driver takes at most 32 parameters). */
#define MOD_LIST_SQLITE "(SELECT value FROM json_each('[' || ?1 || ']'))"
#define MOD_LIST_PG "ANY (CAST(string_to_array(?1, ',') AS BIGINT[]))"
    [STORE__STMT_SPAM_LOOKUP] = {"SELECT hash, spam, ham FROM spam_tokens WHERE hash IN "
                                 MOD_LIST_SQLITE,
                                 "SELECT hash, spam, ham FROM spam_tokens WHERE hash = " MOD_LIST_PG},
    /* The list is sorted and distinct, so PostgreSQL writers lock rows in
     * one order and never update a row twice in one statement. */
    [STORE__STMT_SPAM_LEARN] = {"INSERT INTO spam_tokens (hash, spam, ham) "
                                "SELECT value, CAST(?2 AS BIGINT), CAST(?3 AS BIGINT) FROM "
                                "json_each('[' || ?1 || ']') WHERE true "
                                "ON CONFLICT (hash) DO UPDATE SET "
                                "spam = spam_tokens.spam + excluded.spam, "
                                "ham = spam_tokens.ham + excluded.ham",
                                "INSERT INTO spam_tokens (hash, spam, ham) "
                                "SELECT h, CAST(?2 AS BIGINT), CAST(?3 AS BIGINT) FROM "
                                "unnest(CAST(string_to_array(?1, ',') AS BIGINT[])) AS u (h) "
                                "ORDER BY h ON CONFLICT (hash) DO UPDATE SET "
                                "spam = spam_tokens.spam + excluded.spam, "
                                "ham = spam_tokens.ham + excluded.ham"},
    [STORE__STMT_SPAM_UNLEARN] = {"UPDATE spam_tokens SET spam = MAX(spam - CAST(?2 AS BIGINT), 0), "
                                  "ham = MAX(ham - CAST(?3 AS BIGINT), 0) WHERE hash IN "
                                  MOD_LIST_SQLITE,
                                  "UPDATE spam_tokens SET "
                                  "spam = GREATEST(spam - CAST(?2 AS BIGINT), 0), "
                                  "ham = GREATEST(ham - CAST(?3 AS BIGINT), 0) WHERE hash = "
                                  MOD_LIST_PG},
    /* One page in hash order: ?1 = 1 for the first, else after hash ?2. */
    [STORE__STMT_SPAM_ALL] = {"SELECT hash, spam, ham FROM spam_tokens "
                              "WHERE (?1 = 1 OR hash > ?2) AND hash <> 0 AND (spam > 0 OR ham > 0) "
                              "ORDER BY hash LIMIT ?3",
                              NULL},
    [STORE__STMT_SPAM_COUNT] = {"SELECT COUNT(*) FROM spam_tokens "
                                "WHERE hash <> 0 AND (spam > 0 OR ham > 0)",
                                NULL},
    [STORE__STMT_SPAM_CLEAR] = {"DELETE FROM spam_tokens", NULL},
    [STORE__STMT_SPAM_PUT] = {"INSERT INTO spam_tokens (hash, spam, ham) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT (hash) DO UPDATE SET spam = excluded.spam, "
                              "ham = excluded.ham",
                              NULL},
    [STORE__STMT_SPAM_CLAIM] = {"INSERT INTO spam_tokens (hash, spam, ham) VALUES (0, 0, 0) "
                                "ON CONFLICT (hash) DO NOTHING",
                                NULL},
    [STORE__STMT_SETTING_INCR] = {"UPDATE settings SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) "
                                  "WHERE key = ?1 RETURNING value",
                                  NULL},
    [STORE__STMT_COMMENT_SET_FINGERPRINT] = {"UPDATE comments SET fingerprint = ?2 WHERE id = ?1",
                                             NULL},
    /* The (fingerprint, created) index narrows to a few rows first. */
    [STORE__STMT_FINGERPRINT_COUNT] = {"SELECT COUNT(*) FROM comments c "
                                       "JOIN threads t ON t.id = c.thread_id "
                                       "WHERE c.fingerprint = ?2 AND c.created >= ?3 "
                                       "AND t.site = ?1 "
                                       "AND (c.ip_hash IS NULL OR c.ip_hash <> ?4) AND c.id <> ?5",
                                       NULL},
    /* Newest by id: a walk back from the end of the table, not a scan. */
    [STORE__STMT_FINGERPRINT_LATEST] = {"SELECT created FROM comments WHERE fingerprint IS NOT NULL "
                                        "ORDER BY id DESC LIMIT 1",
                                        NULL},
    [STORE__STMT_COMMENT_GET_TRAINED] = {"SELECT trained FROM comments WHERE id = ?1", NULL},
    [STORE__STMT_COMMENT_SET_TRAINED] = {"UPDATE comments SET trained = ?2 WHERE id = ?1", NULL},
    [STORE__STMT_COMMENT_SWAP_TRAINED] = {"UPDATE comments SET trained = ?3 "
                                          "WHERE id = ?1 AND trained = ?2",
                                          NULL},
    [STORE__STMT_DECISION_INSERT] = {DECISION_INSERT " RETURNING id",
                                     DECISION_INSERT_PG " RETURNING id"},
    [STORE__STMT_DECISION_INSERT_QUIET] = {DECISION_INSERT, DECISION_INSERT_PG},
    /* The audit log is the decisions' rows and the comments' own decisions
     * (see SHARED_NEXT_ID): every reader below reads both.  A comment's own
     * decision is older than any row about it, so it is its latest only
     * when it has none. */
    [STORE__STMT_DECISIONS_OF_COMMENT] = {OWN_DECISION("id = ?1") " UNION ALL "
                                          "SELECT " STORE__DECISION_COLS " FROM decisions "
                                          "WHERE comment_id = ?1 ORDER BY 1",
                                          NULL},
    [STORE__STMT_DECISIONS_LATEST] = {"SELECT " STORE__DECISION_COLS " FROM decisions WHERE id IN "
                                      "(SELECT MAX(id) FROM decisions WHERE comment_id IN "
                                      MOD_LIST_SQLITE " GROUP BY comment_id) UNION ALL "
                                      OWN_DECISION("id IN " MOD_LIST_SQLITE " AND NOT EXISTS "
                                                   "(SELECT 1 FROM decisions d WHERE "
                                                   "d.comment_id = comments.id)"),
                                      "SELECT " STORE__DECISION_COLS " FROM decisions WHERE id IN "
                                      "(SELECT MAX(id) FROM decisions WHERE comment_id = "
                                      MOD_LIST_PG " GROUP BY comment_id) UNION ALL "
                                      OWN_DECISION("id = " MOD_LIST_PG " AND NOT EXISTS "
                                                   "(SELECT 1 FROM decisions d WHERE "
                                                   "d.comment_id = comments.id)")},
    /* Both sides walk back their primary key from ?1 and are merged. */
    [STORE__STMT_DECISIONS_PAGE] = {"SELECT " STORE__DECISION_COLS " FROM decisions "
                                    "WHERE id < ?1 UNION ALL " OWN_DECISION("id < ?1")
                                    " ORDER BY 1 DESC LIMIT ?2",
                                    NULL},
    [STORE__STMT_MOD_QUEUE] = {"SELECT " STORE__MOD_ITEM_COLS " FROM comments "
                               "WHERE status = ?1 AND id < ?2 ORDER BY id DESC LIMIT ?3",
                               NULL},
    /* "reports > 0" selects the partial index comments_reported. */
    [STORE__STMT_MOD_REPORTED] = {"SELECT " STORE__MOD_ITEM_COLS " FROM comments "
                                  "WHERE reports > 0 AND status IN (0, 1) AND id < ?1 "
                                  "ORDER BY id DESC LIMIT ?2",
                                  NULL},
    [STORE__STMT_MOD_ITEM] = {"SELECT " STORE__MOD_ITEM_COLS " FROM comments WHERE id = ?1", NULL},
    [STORE__STMT_REPORT_INSERT] = {"INSERT INTO reports (comment_id, reporter, reason, created) "
                                   "VALUES (?1, ?2, ?3, ?4) "
                                   "ON CONFLICT (comment_id, reporter) DO NOTHING",
                                   NULL},
    [STORE__STMT_COMMENT_REPORTS_ADD] = {"UPDATE comments SET reports = reports + 1 WHERE id = ?1 "
                                         "RETURNING reports",
                                         NULL},
    [STORE__STMT_COMMENT_REPORTS_RESET] = {"UPDATE comments SET reports = 0 WHERE id = ?1", NULL},
    [STORE__STMT_REPORTS_OF_COMMENT] = {"SELECT reporter, reason, created FROM reports "
                                        "WHERE comment_id = ?1 ORDER BY created, reporter",
                                        NULL},
    [STORE__STMT_ADMIN_INSERT] = {"INSERT INTO admins (name, password_hash, failed, locked_until, "
                                  "created) VALUES (?1, ?2, 0, 0, ?3) RETURNING id",
                                  NULL},
    [STORE__STMT_ADMIN_SET_PASSWORD] = {"UPDATE admins SET password_hash = ?2, failed = 0, "
                                        "locked_until = 0 WHERE name = ?1",
                                        NULL},
    [STORE__STMT_ADMIN_GET] = {"SELECT " STORE__ADMIN_COLS " FROM admins WHERE name = ?1", NULL},
    [STORE__STMT_ADMIN_LIST] = {"SELECT " STORE__ADMIN_COLS " FROM admins ORDER BY name", NULL},
    /* One more failure; a lock that has run out, or a last failure as old
     * as the window (?5 = now - window), starts the count again.  When the
     * last failure was is kept in login_ghosts, under ?6 =
     * "login-account:ID" (STORE__STMT_ADMIN_FAILED_AT), admins having no
     * column for it.  Every SET expression reads the row as it was before
     * the update. */
    [STORE__STMT_ADMIN_FAILED] = {"UPDATE admins SET "
                                  "failed = CASE WHEN (locked_until > 0 AND locked_until <= ?2) "
                                  "OR COALESCE((SELECT updated FROM login_ghosts WHERE key = ?6), "
                                  "0) <= ?5 THEN 1 ELSE failed + 1 END, "
                                  "locked_until = CASE WHEN (CASE WHEN (locked_until > 0 AND "
                                  "locked_until <= ?2) OR COALESCE((SELECT updated FROM "
                                  "login_ghosts WHERE key = ?6), 0) <= ?5 THEN 1 ELSE failed + 1 "
                                  "END) >= ?3 THEN ?4 "
                                  "WHEN locked_until <= ?2 THEN 0 ELSE locked_until END "
                                  "WHERE id = ?1 RETURNING failed, locked_until",
                                  "UPDATE admins SET "
                                  "failed = CASE WHEN (locked_until > 0 AND locked_until <= $2) "
                                  "OR COALESCE((SELECT updated FROM login_ghosts WHERE key = "
                                  "CAST($6 AS TEXT)), 0) <= CAST($5 AS BIGINT) THEN 1 "
                                  "ELSE failed + 1 END, "
                                  "locked_until = CASE WHEN (CASE WHEN (locked_until > 0 AND "
                                  "locked_until <= $2) OR COALESCE((SELECT updated FROM "
                                  "login_ghosts WHERE key = CAST($6 AS TEXT)), 0) <= "
                                  "CAST($5 AS BIGINT) THEN 1 ELSE failed + 1 END) >= "
                                  "CAST($3 AS INTEGER) THEN CAST($4 AS BIGINT) "
                                  "WHEN locked_until <= $2 THEN 0 ELSE locked_until END "
                                  "WHERE id = $1 RETURNING failed, locked_until"},
    /* The time of an account's last failed login (?1 its key, ?2 now). */
    [STORE__STMT_ADMIN_FAILED_AT] = {"INSERT INTO login_ghosts (key, failed, locked_until, "
                                     "updated) VALUES (?1, 0, 0, ?2) "
                                     "ON CONFLICT (key) DO UPDATE SET updated = ?2",
                                     NULL},
    /* An account's row, locked until the transaction ends (PostgreSQL;
     * SQLite's BEGIN IMMEDIATE has already taken the database's). */
    [STORE__STMT_ADMIN_LOCK] = {"SELECT id FROM admins WHERE id = ?1",
                                "SELECT id FROM admins WHERE id = $1 FOR UPDATE"},
    /* The same count for a name that is no account, keyed by a keyed hash
     * of it: a lock still running stays as it is; one that ran out, or a
     * last failure (updated) as old as the window, starts the count
     * again. */
    [STORE__STMT_GHOST_FAILED] = {"INSERT INTO login_ghosts (key, failed, locked_until, updated) "
                                  "VALUES (?1, 1, CASE WHEN 1 >= CAST(?3 AS INTEGER) THEN "
                                  "CAST(?4 AS BIGINT) ELSE 0 END, ?2) "
                                  "ON CONFLICT (key) DO UPDATE SET "
                                  "failed = CASE WHEN login_ghosts.locked_until > ?2 "
                                  "THEN login_ghosts.failed WHEN login_ghosts.locked_until > 0 "
                                  "OR login_ghosts.updated <= CAST(?5 AS BIGINT) "
                                  "THEN 1 ELSE login_ghosts.failed + 1 END, "
                                  "locked_until = CASE WHEN login_ghosts.locked_until > ?2 "
                                  "THEN login_ghosts.locked_until WHEN (CASE WHEN "
                                  "login_ghosts.locked_until > 0 OR login_ghosts.updated <= "
                                  "CAST(?5 AS BIGINT) THEN 1 ELSE login_ghosts.failed + 1 "
                                  "END) >= CAST(?3 AS INTEGER) THEN CAST(?4 AS BIGINT) ELSE 0 END, "
                                  "updated = ?2 RETURNING failed, locked_until",
                                  NULL},
    [STORE__STMT_ADMIN_SUCCEEDED] = {"UPDATE admins SET failed = 0, locked_until = 0 WHERE id = ?1",
                                     NULL},
    [STORE__STMT_LOGIN_KEY_GET] = {"SELECT failed, locked_until FROM login_ghosts WHERE key = ?1",
                                   NULL},
    [STORE__STMT_LOGIN_KEY_DELETE] = {"DELETE FROM login_ghosts WHERE key = ?1", NULL},
    /* an account's (account, address) counts are keyed "login-pair:ID:…"
     * (api/admin.c): '_' and '%' appear in neither the id nor the rest */
    [STORE__STMT_LOGIN_PAIRS_DELETE] = {"DELETE FROM login_ghosts WHERE key LIKE 'login-pair:' || "
                                        "CAST((SELECT id FROM admins WHERE name = ?1) AS TEXT) "
                                        "|| ':%'",
                                        NULL},
    [STORE__STMT_SESSION_INSERT] = {"INSERT INTO sessions (token_hash, admin_id, csrf, created, "
                                    "expires) VALUES (?1, ?2, ?3, ?4, ?5)",
                                    NULL},
    [STORE__STMT_SESSION_GET] = {"SELECT s.admin_id, a.name, s.csrf, s.expires FROM sessions s "
                                 "JOIN admins a ON a.id = s.admin_id "
                                 "WHERE s.token_hash = ?1 AND s.expires > ?2",
                                 NULL},
    [STORE__STMT_SESSION_DELETE] = {"DELETE FROM sessions WHERE token_hash = ?1", NULL},
    [STORE__STMT_SESSION_PURGE] = {"DELETE FROM sessions WHERE expires <= ?1", NULL},
    [STORE__STMT_SESSION_DELETE_ADMIN] = {"DELETE FROM sessions WHERE admin_id = "
                                          "(SELECT id FROM admins WHERE name = ?1)",
                                          NULL},
    [STORE__STMT_AKISMET_INSERT] = {"INSERT INTO akismet_keys (name, key_hash, created, revoked) "
                                    "VALUES (?1, ?2, ?3, 0)",
                                    NULL},
    [STORE__STMT_AKISMET_RENEW] = {"UPDATE akismet_keys SET key_hash = ?2, created = ?3, "
                                   "revoked = 0 WHERE name = ?1 AND revoked <> 0",
                                   NULL},
    [STORE__STMT_AKISMET_FIND] = {"SELECT id, name FROM akismet_keys "
                                  "WHERE key_hash = ?1 AND revoked = 0",
                                  NULL},
    [STORE__STMT_AKISMET_LIST] = {"SELECT name, created, revoked FROM akismet_keys ORDER BY name",
                                  NULL},
    [STORE__STMT_AKISMET_REVOKE] = {"UPDATE akismet_keys SET revoked = ?2 "
                                    "WHERE name = ?1 AND revoked = 0",
                                    NULL},
    [STORE__STMT_STATS_DAYS] = {"SELECT created / 86400000, status, COUNT(*) FROM comments "
                                "WHERE created >= ?1 GROUP BY 1, 2",
                                NULL},
    [STORE__STMT_STATS_CATEGORIES] = {"SELECT COALESCE(category, ''), COUNT(*) FROM ("
                                      "SELECT category FROM decisions "
                                      "WHERE created >= ?1 AND actor = 'auto' UNION ALL "
                                      "SELECT auto_category FROM comments WHERE created >= ?1 "
                                      "AND auto_action IS NOT NULL) AS d GROUP BY 1",
                                      NULL},
    [STORE__STMT_STATS_ACTIONS] = {"SELECT actor, action, COUNT(*) FROM ("
                                   "SELECT actor, action FROM decisions WHERE created >= ?1 "
                                   "UNION ALL SELECT 'auto', auto_action FROM comments "
                                   "WHERE created >= ?1 AND auto_action IS NOT NULL) AS d "
                                   "GROUP BY 1, 2",
                                   NULL},
#undef MOD_LIST_SQLITE
#undef MOD_LIST_PG

    /* notify (store/notify.c) */
    [STORE__STMT_SUB_INSERT] = {"INSERT INTO subscriptions (site, thread_id, email, kind, "
                                "comment_id, lang, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                                "ON CONFLICT (email, thread_id, kind, comment_id) DO NOTHING",
                                NULL},
    [STORE__STMT_SUB_FIND] = {"SELECT " STORE__SUB_COLS " FROM subscriptions s "
                              "JOIN threads t ON t.id = s.thread_id WHERE s.email = ?1 "
                              "AND s.thread_id = ?2 AND s.kind = ?3 AND s.comment_id = ?4",
                              NULL},
    [STORE__STMT_SUB_GET] = {"SELECT " STORE__SUB_COLS " FROM subscriptions s "
                             "JOIN threads t ON t.id = s.thread_id WHERE s.id = ?1",
                             NULL},
    [STORE__STMT_SUB_RESTART] = {"UPDATE subscriptions SET ended = 0, confirmed = 0, created = ?2 "
                                 "WHERE id = ?1 AND ended > 0",
                                 NULL},
    [STORE__STMT_SUB_CONFIRM] = {"UPDATE subscriptions SET confirmed = ?2 "
                                 "WHERE id = ?1 AND ended = 0 AND confirmed = 0",
                                 NULL},
    [STORE__STMT_SUB_END] = {"UPDATE subscriptions SET ended = ?2 WHERE id = ?1 AND ended = 0",
                             NULL},
    [STORE__STMT_SUB_BY_EMAIL] = {"SELECT " STORE__SUB_COLS " FROM subscriptions s "
                                  "JOIN threads t ON t.id = s.thread_id "
                                  "WHERE s.email = ?1 ORDER BY s.id DESC LIMIT 500",
                                  NULL},
    [STORE__STMT_SUB_END_EMAIL] = {"UPDATE subscriptions SET ended = ?2 "
                                   "WHERE email = ?1 AND ended = 0",
                                   NULL},
    [STORE__STMT_SUB_DELETE_EMAIL] = {"DELETE FROM subscriptions WHERE email = ?1", NULL},
    [STORE__STMT_SUB_THREAD_ACTIVE] = {"SELECT 1 FROM subscriptions WHERE thread_id = ?1 "
                                       "AND confirmed > 0 AND ended = 0 LIMIT 1",
                                       NULL},
    [STORE__STMT_SUB_EMAIL_CONFIRMED] = {"SELECT 1 FROM subscriptions WHERE email = ?1 "
                                         "AND confirmed > 0 AND ended = 0 LIMIT 1",
                                         NULL},
    /* Ordered by address, "replies" first: the caller keeps one per address. */
    [STORE__STMT_SUB_RECIPIENTS] = {"SELECT " STORE__SUB_COLS " FROM subscriptions s "
                                    "JOIN threads t ON t.id = s.thread_id "
                                    "WHERE s.thread_id = ?1 AND s.confirmed > 0 AND s.ended = 0 "
                                    "AND s.email <> ?4 AND (s.kind = 'all' OR "
                                    "(s.kind = 'replies' AND CAST(?2 AS BIGINT) > 0 AND "
                                    "(s.comment_id = CAST(?2 AS BIGINT) OR "
                                    "(s.comment_id = 0 AND s.email = ?3)))) "
                                    "ORDER BY s.email, CASE WHEN s.kind = 'replies' THEN 0 "
                                    "ELSE 1 END, s.id",
                                    NULL},
    [STORE__STMT_SUB_PURGE] = {"DELETE FROM subscriptions WHERE (ended > 0 AND ended < ?1) "
                               "OR (confirmed = 0 AND ended = 0 AND created < ?2)",
                               NULL},
    [STORE__STMT_OUTBOX_INSERT] = {"INSERT INTO outbox (kind, dedup_key, recipient, payload, "
                                   "created, next_attempt) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                                   "ON CONFLICT (dedup_key) DO NOTHING",
                                   NULL},
    /* One atomic UPDATE takes the oldest due row whose lease is free.
     * PostgreSQL: SKIP LOCKED lets concurrent nodes pass over the row
     * another is claiming, and the outer test re-checked on the locked row
     * makes a claim that lost the race change nothing. */
    [STORE__STMT_OUTBOX_CLAIM] = {"UPDATE outbox SET locked_until = ?2 WHERE id = "
                                  "(SELECT id FROM outbox WHERE sent = 0 AND failed = 0 "
                                  "AND next_attempt <= ?1 AND locked_until <= ?1 "
                                  "ORDER BY next_attempt, id LIMIT 1) AND locked_until <= ?1 "
                                  "RETURNING " STORE__OUTBOX_COLS,
                                  "UPDATE outbox SET locked_until = $2 WHERE id = "
                                  "(SELECT id FROM outbox WHERE sent = 0 AND failed = 0 "
                                  "AND next_attempt <= $1 AND locked_until <= $1 "
                                  "ORDER BY next_attempt, id LIMIT 1 FOR UPDATE SKIP LOCKED) "
                                  "AND locked_until <= $1 RETURNING " STORE__OUTBOX_COLS},
    [STORE__STMT_OUTBOX_FINISH] = {"UPDATE outbox SET sent = ?3, failed = ?4, next_attempt = ?5, "
                                   "last_error = ?6, attempts = attempts + ?7, locked_until = 0 "
                                   "WHERE id = ?1 AND locked_until = ?2",
                                   NULL},
    [STORE__STMT_OUTBOX_RECENT] = {"SELECT COUNT(*) FROM outbox WHERE recipient = ?1 "
                                   "AND kind IN ('mail.confirm', 'mail.manage') AND created > ?2",
                                   NULL},
    /* Serialises, per address, the transactions that count its recent
     * confirmation mails and then queue one (PostgreSQL: READ COMMITTED
     * would let concurrent ones, on other threads or nodes, each count
     * before any committed, and all queue).  The two-key form keeps clear of
     * the migration lock's one-key space.  SQLite writers are serialised by
     * BEGIN IMMEDIATE already. */
    [STORE__STMT_OUTBOX_RECENT_LOCK] = {"SELECT ?1",
                                        "SELECT pg_advisory_xact_lock(1667331442, hashtext($1))"},
    [STORE__STMT_OUTBOX_STATS] = {"SELECT (SELECT COUNT(*) FROM outbox WHERE sent = 0 AND "
                                  "failed = 0), (SELECT COUNT(*) FROM outbox WHERE sent = 0 AND "
                                  "failed > 0), (SELECT COALESCE(MIN(created), 0) FROM outbox "
                                  "WHERE sent = 0 AND failed = 0)",
                                  NULL},
    [STORE__STMT_OUTBOX_LIST] = {"SELECT " STORE__OUTBOX_COLS " FROM outbox WHERE "
                                 "(CAST(?1 AS INTEGER) = 0 AND sent = 0 AND failed = 0) OR "
                                 "(CAST(?1 AS INTEGER) = 1 AND failed > 0) OR "
                                 "(CAST(?1 AS INTEGER) = 2 AND sent > 0) OR "
                                 "CAST(?1 AS INTEGER) = 3 ORDER BY id DESC LIMIT ?2",
                                 NULL},
    [STORE__STMT_OUTBOX_BY_RECIPIENT] = {"SELECT " STORE__OUTBOX_COLS " FROM outbox "
                                         "WHERE recipient = ?1 ORDER BY id",
                                         NULL},
    [STORE__STMT_OUTBOX_DELETE_RECIPIENT] = {"DELETE FROM outbox WHERE recipient = ?1", NULL},
    [STORE__STMT_OUTBOX_PURGE] = {"DELETE FROM outbox WHERE (sent > 0 OR failed > 0) "
                                  "AND created < ?1",
                                  NULL},
    [STORE__STMT_COMMENTS_HELD_BETWEEN] = {"SELECT " STORE__COMMENT_COLS " FROM comments "
                                           "WHERE status IN (1, 2) AND created >= ?1 "
                                           "AND created < ?2 ORDER BY id LIMIT ?3",
                                           NULL},
    /* The comments an address may have written, for the privacy commands:
     * an address is matched by Unicode case folding (store_email_casefold),
     * which neither database does the same way (SQLite's lower() and
     * PostgreSQL's under the C locale fold ASCII only, another locale folds
     * its own way), so SQL only narrows the rows and store/notify.c folds
     * each one.  An ASCII address folds to its ASCII lower case, so ASCII
     * rows are taken only when their lower case is ?1 (lower under the C
     * collation: no cluster locale, a Turkish one included, changes it);
     * every row with a non-ASCII character is taken (rare: any of them may
     * fold to ?1, "K" as KELVIN SIGN to "k").  The comments have no index
     * on email: this reads the table, as the plain lower() match did. */
#define EMAIL_CANDIDATES_SQLITE                                                 \
    "email IS NOT NULL AND (lower(email) = ?1 OR "                             \
    "length(CAST(email AS BLOB)) > length(email))"
#define EMAIL_CANDIDATES_PG                                                     \
    "email IS NOT NULL AND (lower(email COLLATE \"C\") = ?1 OR "              \
    "email COLLATE \"C\" ~ '[^\\x01-\\x7f]')"
    [STORE__STMT_COMMENTS_BY_EMAIL] = {"SELECT " STORE__COMMENT_COLS " FROM comments WHERE "
                                       EMAIL_CANDIDATES_SQLITE " ORDER BY id",
                                       "SELECT " STORE__COMMENT_COLS " FROM comments WHERE "
                                       EMAIL_CANDIDATES_PG " ORDER BY id"},
    [STORE__STMT_COMMENTS_EMAIL_CANDIDATES] = {"SELECT id, email FROM comments WHERE "
                                               EMAIL_CANDIDATES_SQLITE " ORDER BY id",
                                               "SELECT id, email FROM comments WHERE "
                                               EMAIL_CANDIDATES_PG " ORDER BY id"},
    /* The comments of ?1 (ids, as "1,2,3") that still have an address. */
    [STORE__STMT_COMMENTS_ANONYMISE] = {"UPDATE comments SET author = ?2, email = NULL, "
                                        "website = NULL, ip_hash = NULL, user_agent = NULL, "
                                        "edit_token_hash = NULL WHERE id IN (SELECT value FROM "
                                        "json_each('[' || ?1 || ']')) AND email IS NOT NULL "
                                        "RETURNING thread_id, id",
                                        "UPDATE comments SET author = ?2, email = NULL, "
                                        "website = NULL, ip_hash = NULL, user_agent = NULL, "
                                        "edit_token_hash = NULL WHERE id = ANY (CAST("
                                        "string_to_array(?1, ',') AS BIGINT[])) AND email IS NOT "
                                        "NULL RETURNING thread_id, id"},
    /* The WHERE repeats the partial index's (comments_private_created). */
    [STORE__STMT_COMMENTS_AUTO_DETAIL] = {"SELECT id, auto_detail FROM comments WHERE id IN (SELECT value "
                                          "FROM json_each('[' || ?1 || ']')) AND auto_detail IS NOT NULL",
                                          "SELECT id, auto_detail FROM comments WHERE id = ANY (CAST("
                                          "string_to_array(?1, ',') AS BIGINT[])) AND auto_detail IS NOT NULL"},
    [STORE__STMT_COMMENT_AUTO_DETAIL_SET] = {"UPDATE comments SET auto_detail = ?2 WHERE id = ?1", NULL},
    [STORE__STMT_DECISION_DETAILS_OF] = {"SELECT id, detail FROM decisions WHERE comment_id IN (SELECT value "
                                         "FROM json_each('[' || ?1 || ']')) AND detail IS NOT NULL",
                                         "SELECT id, detail FROM decisions WHERE comment_id = ANY (CAST("
                                         "string_to_array(?1, ',') AS BIGINT[])) AND detail IS NOT NULL"},
    [STORE__STMT_DECISION_DETAIL_SET] = {"UPDATE decisions SET detail = ?2 WHERE id = ?1", NULL},
    [STORE__STMT_RETENTION_SCRUB] = {"UPDATE comments SET email = NULL, ip_hash = NULL, "
                                     "user_agent = NULL WHERE id IN (SELECT id FROM comments "
                                     "WHERE created < ?1 AND (email IS NOT NULL OR ip_hash IS "
                                     "NOT NULL OR user_agent IS NOT NULL) LIMIT ?2)",
                                     NULL},
    [STORE__STMT_RETENTION_VOTES] = {"DELETE FROM votes WHERE created < ?1", NULL},
    [STORE__STMT_RETENTION_GHOSTS] = {"DELETE FROM login_ghosts WHERE updated < ?1", NULL},
    [STORE__STMT_RETENTION_REPORTS] = {"DELETE FROM reports WHERE created < ?1", NULL},
    [STORE__STMT_RETENTION_DOOMED] = {"SELECT c.id FROM comments c WHERE c.status IN (2, 3) "
                                      "AND c.created < ?1 AND NOT EXISTS (SELECT 1 FROM "
                                      "comments r WHERE r.parent = c.id) ORDER BY c.id LIMIT ?2",
                                      NULL},
    [STORE__STMT_RETENTION_VOTES_OF] = {"DELETE FROM votes WHERE comment_id = ?1", NULL},
    [STORE__STMT_RETENTION_REPORTS_OF] = {"DELETE FROM reports WHERE comment_id = ?1", NULL},
    /* A comment deleted by retention leaves its own decision in the
     * decisions table, under the same id (see SHARED_NEXT_ID). */
    [STORE__STMT_RETENTION_DECISION_KEEP] = {"INSERT INTO decisions (id, " DECISION_COLS_IN ") "
                                             "SELECT id, NULL, created, 'auto', auto_action, "
                                             "auto_category, auto_detail FROM comments "
                                             "WHERE id = ?1 AND auto_action IS NOT NULL",
                                             NULL},
    /* An editor's decision keeps the text it taught (trained_text, for a
     * later correction); once the comment is gone by retention no
     * correction can come, and its text goes too. */
    [STORE__STMT_RETENTION_DECISIONS_DETACH] = {
        "UPDATE decisions SET comment_id = NULL, detail = CASE WHEN detail LIKE "
        "'%\"trained_text\"%' AND json_valid(detail) THEN json_remove(detail, "
        "'$.trained_text') ELSE detail END WHERE comment_id = ?1",
        "UPDATE decisions SET comment_id = NULL, detail = CASE WHEN detail LIKE "
        "'%\"trained_text\"%' THEN (detail::jsonb - 'trained_text')::text ELSE detail END "
        "WHERE comment_id = ?1"},
    [STORE__STMT_RETENTION_COMMENT_DELETE] = {"DELETE FROM comments WHERE id = ?1 "
                                              "AND status IN (2, 3)",
                                              NULL},
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

#define V3_MODERATION                                                           \
    "ALTER TABLE comments ADD COLUMN trained INTEGER NOT NULL DEFAULT 0;"      \
    "CREATE INDEX comments_reported ON comments (id) WHERE reports > 0;"

/* 4: indexes for notifications by address. */
#define V4_NOTIFY                                                               \
    "CREATE INDEX outbox_recipient ON outbox (recipient, kind, created);"      \
    "CREATE INDEX subscriptions_email ON subscriptions (email);"

/* 5: retention finds what it must scrub without reading the others. */
#define V5_RETENTION                                                            \
    "CREATE INDEX comments_private_created ON comments (created) WHERE "       \
    "email IS NOT NULL OR ip_hash IS NOT NULL OR user_agent IS NOT NULL;"

/* 6: every posted comment wrote its decision into three b-trees; the one
 * by date only served the editors' 30-day statistics, which now read the
 * table (as those of comments already do).  One page fewer to write and
 * sync per comment. */
#define V6_DECISIONS "DROP INDEX IF EXISTS decisions_created;"

/* 7: a posted comment's decision is kept in its own row (auto_action,
 * auto_category, auto_detail: NULL when moderation was off or for comments
 * older than this step), not in a decisions row with its index entry; ids
 * of comments and decisions come from one sequence (see sql.c's
 * SHARED_NEXT_ID).  Ids already given stay: the comments' own decisions
 * all have ids above them. */
#define V7_OWN_DECISION                                                         \
    "ALTER TABLE comments ADD COLUMN auto_action TEXT;"                        \
    "ALTER TABLE comments ADD COLUMN auto_category TEXT;"                      \
    "ALTER TABLE comments ADD COLUMN auto_detail TEXT;"
#define V7_OWN_DECISION_PG                                                      \
    V7_OWN_DECISION                                                            \
    "ALTER TABLE decisions ALTER COLUMN id DROP IDENTITY;"                     \
    "DO $$ DECLARE seq text := pg_get_serial_sequence('comments', 'id'); "     \
    "top bigint := GREATEST((SELECT COALESCE(MAX(id), 0) FROM comments), "     \
    "(SELECT COALESCE(MAX(id), 0) FROM decisions)); BEGIN "                    \
    "EXECUTE format('ALTER TABLE decisions ALTER COLUMN id SET DEFAULT "       \
    "nextval(%L::regclass)', seq); "                                           \
    "PERFORM setval(seq::regclass, GREATEST(top, 1), top > 0); END $$;"

/* 8: failed logins under names that are no account, counted in the store
 * like an account's (admins.failed, locked_until) so that every node, and
 * a restarted one, answers an unknown name as it would an account: by a
 * keyed hash of the name (api/admin.c); retention deletes old rows. */
#define V8_LOGIN_GHOSTS                                                         \
    "CREATE TABLE login_ghosts ("                                              \
    " key TEXT PRIMARY KEY,"                                                   \
    " failed BIGINT NOT NULL,"                                                 \
    " locked_until BIGINT NOT NULL,"                                           \
    " updated BIGINT NOT NULL);"

/* 9: a vote's origin, the address hash the voter's cookie was issued to
 * (api/identity.c), and its holder, the cookie given to the last reader
 * from that address who changed it without sending a cookie: so that a
 * vote sent without a cookie changes the vote its address already has on
 * the comment instead of adding one, and the cookie that answer gives
 * keeps changing that same vote (see store_vote_reader).  Votes stored
 * before keep NULL in both: their origin was never recorded. */
#define V9_VOTE_ORIGIN                                                          \
    "ALTER TABLE votes ADD COLUMN origin TEXT;"                                \
    "ALTER TABLE votes ADD COLUMN holder TEXT;"                                \
    "CREATE INDEX votes_origin ON votes (comment_id, origin);"

/* 10: a webhook row no longer keeps a copy of the comment: the worker
 * builds the call from the comment as it is when it sends (notify/
 * webhook.c), so an erased author's name and website, or a deleted
 * comment's text, are neither sent later nor kept in delivered rows until
 * retention.  Rows queued before keep only their dedup key
 * "webhook:<event>:<comment id>", which says what to send. */
#define V10_WEBHOOK_REFS "UPDATE outbox SET payload = '{}' WHERE kind = 'webhook';"

/* 11: a page's published comments in an id range (the live streams' read,
 * under a page's lock: STORE__STMT_THREAD_PUBLISHED_BETWEEN) come from one
 * index that holds the thread, the status and the id.  PostgreSQL's index
 * on (thread_id, status) has no id: the generic plan it settles on for the
 * prepared statement intersected it with the whole primary key (~100 ms a
 * stream open with a million comments).  The new index serves every lookup
 * the old one did.  SQLite's index already ends with the rowid, the id. */
#define V11_THREAD_RANGE_PG                                                     \
    "CREATE INDEX comments_thread_status_id ON comments (thread_id, status, id);" \
    "DROP INDEX comments_thread_status;"

const store__migration store__migrations[] = {
    /* 1: settings, threads, comments, votes.  SQLite's AUTOINCREMENT keeps
     * ids from ever being reused, as PostgreSQL identities are not. */
    {V1_COMMON_TAIL("INTEGER PRIMARY KEY AUTOINCREMENT"),
     V1_COMMON_TAIL("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")},
    {V2_COMMON_TAIL("INTEGER PRIMARY KEY AUTOINCREMENT"),
     V2_COMMON_TAIL("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")},
    /* 3 (moderation): which class a comment was taught to the spam
     * classifier as (0 none, 1 spam, 2 ham), so that an editor's correction
     * first unlearns it; and a partial index for the "reported" queue. */
    {V3_MODERATION, V3_MODERATION},
    /* 4 (notify): what the confirmation rate limit, the manage page and the
     * privacy commands look up by address. */
    {V4_NOTIFY, V4_NOTIFY},
    /* 5 (notify): the comments that still hold private data, by age, for
     * the retention job (a partial index: scrubbed rows leave it). */
    {V5_RETENTION, V5_RETENTION},
    /* 6 (moderation): no index of decisions by date. */
    {V6_DECISIONS, V6_DECISIONS},
    /* 7 (moderation): a posted comment's decision in its row; one id
     * sequence for comments and decisions. */
    {V7_OWN_DECISION, V7_OWN_DECISION_PG},
    /* 8 (moderation): failed logins under unknown names, shared. */
    {V8_LOGIN_GHOSTS, V8_LOGIN_GHOSTS},
    /* 9 (votes): a vote's origin and holder. */
    {V9_VOTE_ORIGIN, V9_VOTE_ORIGIN},
    /* 10 (notify): webhook rows hold no copy of the comment. */
    {V10_WEBHOOK_REFS, V10_WEBHOOK_REFS},
    /* 11 (events): a page's comments by id (nothing to do on SQLite). */
    {"", V11_THREAD_RANGE_PG},
};

const size_t store__migration_count = UTIL_ARRAY_LEN(store__migrations);
