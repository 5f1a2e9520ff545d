/* sqlite — the SQLite driver behind store_int.h.
 *
 * How it works: one sqlite3 handle per store (opened NOMUTEX: a store is used
 * by one thread at a time), in WAL mode with synchronous=FULL so that a
 * commit that returned is on disk before we answer (survives kill -9 and
 * power loss), foreign keys on, and a 5 s busy handler so BEGIN IMMEDIATE
 * and autocommit writes wait for another writer instead of failing.
 * Statements are prepared once per connection (SQLITE_PREPARE_PERSISTENT)
 * into s->prepared[id], reset and unbound after every use, and their rows
 * are copied into the caller's arena before the reset.
 *
 * The file under the open handle: a database file removed, renamed or
 * replaced under the running server still reads and writes through the
 * open descriptor, into a file nobody will open again (lost acknowledged
 * writes).  SQLITE_FCNTL_HAS_MOVED (one stat of the path) is asked by the
 * health check's ping and before every write (BEGIN, or a write statement
 * outside a transaction): STORE_EIO, so /healthz and writes answer 503.
 * A pool's later connections do not create the file (no SQLITE_OPEN_CREATE):
 * a worker thread's first connection, opened after the file went away,
 * would otherwise make a new empty database there and answer from it.
 *
 * Errors: unique/primary-key violations are STORE_CONFLICT, other
 * constraint violations (foreign key, check, not null) STORE_EINVAL,
 * SQLITE_BUSY/LOCKED STORE_EBUSY, anything else STORE_EIO; the message goes
 * into s->errmsg.
 *
 * Must never: keep a statement un-reset (it would hold a read snapshot and
 * block checkpoints), or hand out text that points into SQLite's memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <pthread.h>
#include <sqlite3.h>

#include "store/store_int.h"

#define BUSY_TIMEOUT_MS 5000

static store_status map_rc(store *s, int rc, const char *what)
{
    sqlite3 *db = s->db;
    snprintf(s->errmsg, sizeof s->errmsg, "%s: %s (code %d)", what,
             db ? sqlite3_errmsg(db) : sqlite3_errstr(rc), rc);
    switch (rc) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        return STORE_CONFLICT;
    default:
        break;
    }
    switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
        return STORE_EINVAL;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return STORE_EBUSY;
    default:
        return STORE_EIO;
    }
}

/* Turns the part after "sqlite:" into a file name for sqlite3_open_v2:
 * "/abs", "rel/path", "///abs" (URL form), ":memory:". NULL if malformed. */
static const char *url_path(const char *url)
{
    const char *p = url + strlen("sqlite:");
    if (strncmp(p, "//", 2) == 0) {
        /* sqlite://host/... has no meaning: only an empty host. */
        if (p[2] != '/')
            return NULL;
        p += 2;
    }
    return *p ? p : NULL;
}

static store_status exec_simple(store *s, const char *sql)
{
    char *msg = NULL;
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, &msg);
    if (rc == SQLITE_OK)
        return STORE_OK;
    store_status st = map_rc(s, rc, sql);
    if (msg) {
        snprintf(s->errmsg, sizeof s->errmsg, "%.80s: %s", sql, msg);
        sqlite3_free(msg);
    }
    return st;
}

static int journal_mode_cb(void *ctx, int ncols, char **vals, char **names)
{
    char *mode = ctx;
    if (ncols > 0 && vals[0])
        snprintf(mode, 16, "%s", vals[0]);
    return 0;
}

static void write_unlock(store *s);

static void sq_close(store *s)
{
    write_unlock(s);
    if (s->prepared)
        for (int i = 0; i < STORE__STMT_COUNT; i++) {
            sqlite3_finalize(s->prepared[i]);
            s->prepared[i] = NULL;
        }
    if (s->db) {
        int rc = sqlite3_close(s->db);
        if (rc != SQLITE_OK)
            LOG_ERROR("store: sqlite: close failed: %s", sqlite3_errstr(rc));
        s->db = NULL;
    }
}

static store_status sq_open(store *s, const char *url, bool create, char *err, size_t errlen)
{
    const char *path = url_path(url);
    if (!path) {
        snprintf(err, errlen, "bad SQLite URL (expected sqlite:/path/file.db, sqlite:///path, "
                              "sqlite:relative/path or sqlite::memory:)");
        return STORE_EINVAL;
    }
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
#ifdef SQLITE_OPEN_EXRESCODE
    flags |= SQLITE_OPEN_EXRESCODE;
#endif
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(path, &db, flags, NULL);
    if (rc != SQLITE_OK) {
        snprintf(err, errlen, "sqlite: cannot open %s: %s", path,
                 db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return STORE_EIO;
    }
    s->db = db;
    /* SQLite opens a file it may not write read-only, in silence: every
     * write would then fail later, one by one, under other names ("cannot
     * read the server secret"). */
    if (sqlite3_db_readonly(db, "main") == 1) {
        snprintf(err, errlen, "sqlite: %s is read-only (its permissions, or a read-only file "
                              "system): Causerie must be able to write to it", path);
        sq_close(s);
        return STORE_EIO;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, BUSY_TIMEOUT_MS);

    char mode[16] = "";
    char *msg = NULL;
    /* Switching to WAL needs a moment alone with the file, and SQLite does
     * not call the busy handler for it: when processes or threads open the
     * same new database together, wait and try again (up to ~5 s). */
    for (int tries = 0;; tries++) {
        rc = sqlite3_exec(db, "PRAGMA journal_mode=WAL", journal_mode_cb, mode, &msg);
        if ((rc & 0xff) != SQLITE_BUSY || tries >= 100)
            break;
        sqlite3_free(msg);
        msg = NULL;
        usleep(50000);
    }
    if (rc == SQLITE_OK) {
        sqlite3_free(msg);
        msg = NULL;
        /* 64 KiB of page cache per connection (SQLite's default is 2 MiB):
         * a connection's cache is dropped whenever another one writes, and
         * the hot threads are served from the API's own cache, so a larger
         * one mostly costs memory (a server keeps a connection per worker
         * thread, plus the writer, whose cache is never dropped and keeps
         * 256 KiB: store_pool_new).  With 256 KiB each, the worker that
         * loaded the spam model's copy kept 256 KiB of its pages. */
        rc = sqlite3_exec(db, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
                              "PRAGMA cache_size=-64",
                          NULL, NULL, &msg);
    }
    if (rc != SQLITE_OK) {
        /* WAL mode needs PATH-wal and PATH-shm beside the file; the
         * system's reason says more than "disk I/O error" (a full disk) */
        int sys = sqlite3_system_errno(db);
        snprintf(err, errlen, "sqlite: cannot set up %s: %s%s%s%s%s", path,
                 msg ? msg : sqlite3_errstr(rc), sys ? " (" : "", sys ? strerror(sys) : "",
                 sys ? ")" : "",
                 (rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_READONLY
                     ? " (SQLite must create its -wal and -shm files in the same directory: "
                       "is the directory writable?)"
                     : "");
        sqlite3_free(msg);
        sq_close(s);
        return (rc & 0xff) == SQLITE_BUSY ? STORE_EBUSY : STORE_EIO;
    }
    if (strcmp(mode, "wal") != 0 && strcmp(mode, "memory") != 0)
        LOG_WARN("store: sqlite: %s is in journal mode '%s', not WAL", path, mode);
    return STORE_OK;
}

/* STORE_EIO when the database file is no longer at its path (see the top
 * of the file); STORE_OK when it is, or when the VFS cannot tell. */
static store_status file_in_place(store *s)
{
    int moved = 0;
    if (sqlite3_file_control(s->db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK ||
        !moved)
        return STORE_OK;
    snprintf(s->errmsg, sizeof s->errmsg,
             "the database file was removed, renamed or replaced under the server");
    return STORE_EIO;
}

static store_status sq_exec_script(store *s, const char *sql)
{
    return exec_simple(s, sql);
}

static store_status bind_params(store *s, sqlite3_stmt *st, const store__val *params,
                                size_t nparams)
{
    if ((int)nparams != sqlite3_bind_parameter_count(st)) {
        snprintf(s->errmsg, sizeof s->errmsg, "statement takes %d parameters, %zu given",
                 sqlite3_bind_parameter_count(st), nparams);
        return STORE_EINVAL;
    }
    for (size_t i = 0; i < nparams; i++) {
        int rc, col = (int)i + 1;
        switch (params[i].t) {
        case STORE__INT: rc = sqlite3_bind_int64(st, col, params[i].i); break;
        case STORE__TEXT: rc = sqlite3_bind_text(st, col, params[i].s, -1, SQLITE_STATIC); break;
        default: rc = sqlite3_bind_null(st, col); break;
        }
        if (rc != SQLITE_OK)
            return map_rc(s, rc, "bind");
    }
    return STORE_OK;
}

static store_status sq_query(store *s, util_arena *a, int stmt, const store__val *params,
                             size_t nparams, store__res *out)
{
    sqlite3_stmt *st = s->prepared[stmt];
    if (!st) {
        int rc = sqlite3_prepare_v3(s->db, store__statements[stmt].sqlite, -1,
                                    SQLITE_PREPARE_PERSISTENT, &st, NULL);
        if (rc != SQLITE_OK) {
            store_status err = map_rc(s, rc, "prepare");
            sqlite3_finalize(st);
            return err;
        }
        s->prepared[stmt] = st;
    }

    store__val *rows = NULL;
    size_t nrows = 0, cap = 0, ncols = (size_t)sqlite3_column_count(st);
    store_status ret = bind_params(s, st, params, nparams);
    if (ret == STORE_OK &&
        (stmt == STORE__STMT_PING || (!sqlite3_stmt_readonly(st) && sqlite3_get_autocommit(s->db))))
        ret = file_in_place(s);
    if (ret != STORE_OK)
        goto done;
    for (;;) {
        int rc = sqlite3_step(st);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            ret = map_rc(s, rc, "step");
            goto done;
        }
        if (!out)
            continue;
        if (nrows == cap) {
            cap = cap ? cap * 2 : 8;
            rows = xrealloc(rows, cap * (ncols ? ncols : 1) * sizeof *rows);
        }
        store__val *row = rows + nrows * ncols;
        for (size_t c = 0; c < ncols; c++) {
            switch (sqlite3_column_type(st, (int)c)) {
            case SQLITE_INTEGER:
            case SQLITE_FLOAT:
                row[c] = STORE__I(sqlite3_column_int64(st, (int)c));
                break;
            case SQLITE_NULL:
                row[c] = STORE__N;
                break;
            default: {
                const char *t = (const char *)sqlite3_column_text(st, (int)c);
                size_t len = (size_t)sqlite3_column_bytes(st, (int)c);
                row[c] = (store__val){.t = STORE__TEXT,
                                      .s = util_arena_strndup(a, t ? t : "", t ? len : 0)};
                break;
            }
            }
        }
        nrows++;
    }
    if (out) {
        out->nrows = nrows;
        out->ncols = ncols;
        if (nrows) {
            out->v = util_arena_alloc(a, nrows * ncols * sizeof *out->v);
            memcpy(out->v, rows, nrows * ncols * sizeof *out->v);
        }
        out->changes = sqlite3_stmt_readonly(st) ? 0 : sqlite3_changes64(s->db);
    }
done:
    free(rows);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (ret != STORE_OK && out)
        memset(out, 0, sizeof *out);
    return ret;
}

/* SQLite has one writer at a time.  Writers of this process queue on a
 * mutex instead of meeting in SQLite's busy handler, which sleeps and
 * polls: with the mutex a waiting writer starts the moment the previous one
 * commits, which keeps the latency of concurrent POSTs flat.  Other
 * processes (the command line) are still handled by the busy timeout. */
static pthread_mutex_t write_mu = PTHREAD_MUTEX_INITIALIZER;

static void write_unlock(store *s)
{
    if (s->write_locked) {
        s->write_locked = false;
        pthread_mutex_unlock(&write_mu);
    }
}

static store_status sq_begin(store *s)
{
    if (!s->write_locked) {
        pthread_mutex_lock(&write_mu);
        s->write_locked = true;
    }
    store_status rc = file_in_place(s);
    if (rc == STORE_OK)
        rc = exec_simple(s, "BEGIN IMMEDIATE");
    if (rc != STORE_OK)
        write_unlock(s);
    return rc;
}

static store_status sq_commit(store *s)
{
    store_status rc = exec_simple(s, "COMMIT");
    if (rc == STORE_OK || sqlite3_get_autocommit(s->db))
        write_unlock(s);
    return rc;
}

static store_status sq_rollback(store *s)
{
    store_status rc = STORE_OK;
    if (!sqlite3_get_autocommit(s->db))
        rc = exec_simple(s, "ROLLBACK");
    write_unlock(s); /* nothing open any more (SQLite may have rolled back itself) */
    return rc;
}

static bool sq_tx_open(store *s)
{
    return !sqlite3_get_autocommit(s->db);
}

const store__driver store__sqlite_driver = {
    .name = "sqlite",
    .open = sq_open,
    .close = sq_close,
    .exec_script = sq_exec_script,
    .query = sq_query,
    .begin = sq_begin,
    .commit = sq_commit,
    .rollback = sq_rollback,
    .tx_open = sq_tx_open,
};
