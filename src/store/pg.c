/* pg — the PostgreSQL driver behind store_int.h, over libpq.
 *
 * How it works: one PGconn per store, opened from the libpq URI
 * (postgresql:// or postgres://) with a 5 s connect timeout and TCP
 * keepalives unless the URL sets them, `client_min_messages = warning` so
 * that expected notices ("already exists, skipping") stay quiet, and
 * synchronous_commit never off.  A statement is prepared the first time the
 * connection runs it, as the named statement "s<id>", from the shared text
 * with ?N rewritten to $N; s->prepared[id] only marks it as done.
 * Parameters go as text (integers printed in decimal), results come back as
 * text and are typed by column: int2/int4/int8/bool (and integral numeric)
 * become STORE__INT, NULL STORE__NULL, everything else STORE__TEXT, copied
 * into the caller's arena.
 *
 * Deadlines: a server that stops answering (its processes frozen, a
 * network that drops packets without a reset) must cost a request a few
 * seconds and a clear error, never a thread for good.  So every session
 * has a statement_timeout (10 s unless the role, the database or the URL
 * sets one), which a live server enforces itself, cleanly; and the driver
 * waits for an answer (libpq's asynchronous calls, poll on the socket) that
 * long plus 2 s at most, then shuts the connection down and reports
 * STORE_EIO.  A timed-out statement or a failed reconnection marks the
 * server out of reach for the whole process (all of its connections go to
 * the one store.url): for 1 s every connection fails at once without
 * trying, then one connection at a time tries again (a probe) while the
 * others keep failing at once, until one gets an answer.  The waits that
 * belong to starting up are exempt, as they may rightly be long: the
 * migration scripts and their lock, and the claim of an empty spam model
 * (a node starting beside another that seeds it waits for its commit);
 * those also lift the session's statement, lock and idle-in-transaction
 * timeouts for their transaction (SET LOCAL), so that timeouts an operator
 * sets for the role or the database cannot break a start.
 *
 * Errors by SQLSTATE: 23505 unique_violation is STORE_CONFLICT, other
 * integrity and data errors (23xxx, 22xxx) STORE_EINVAL, serialization
 * failure, deadlock and lock_not_available (40001, 40P01, 55P03)
 * STORE_EBUSY, the rest (a statement timeout too) STORE_EIO.  A connection
 * found lost is reset when it is next used (PQreset, prepared marks
 * cleared); a statement whose connection was lost under it is retried once
 * on the reset connection, but only outside a transaction and never after
 * a timeout; inside one the transaction is gone, so the error is returned.
 *
 * Must never: retry a statement inside a transaction; report a COMMIT that
 * the server answered with ROLLBACK as a success; wait without a deadline
 * for a statement that serves a request.  Statements run outside a
 * transaction can be sent twice when the connection dies after the server
 * ran one: such statements must be idempotent (store.c's are), or run in a
 * transaction. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <libpq-fe.h>

#include "store/pq_api.h"
#include "store/store_int.h"

#define MAX_PARAMS 32
#define CONNECT_TIMEOUT_S "5"           /* libpq connect_timeout, unless the URL sets one */
#define STATEMENT_TIMEOUT_MS 10000      /* the session's, unless configured */
#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)
#define ANSWER_MARGIN_MS 2000           /* how much longer the driver waits for an answer */
#define UNREACHABLE_MS 1000             /* no new try for this long after a timeout */

/* PostgreSQL type OIDs (pg_type.dat), stable across versions. */
enum { OID_BOOL = 16, OID_INT8 = 20, OID_INT2 = 21, OID_INT4 = 23, OID_NUMERIC = 1700 };

static char prepared_mark;   /* s->prepared[i] == &prepared_mark: prepared */

/* How long a statement may go unanswered (ms): the session's
 * statement_timeout plus a margin, read when a connection is set up. */
static _Atomic int64_t answer_ms = STATEMENT_TIMEOUT_MS + ANSWER_MARGIN_MS;
/* The server out of reach (see the file comment): no try before
 * unreachable_until (monotonic ms; 0 = reachable), one probe at a time. */
static _Atomic int64_t unreachable_until;
static atomic_bool probing;

static int64_t mono_ms(void)
{
    return util_mono_us() / 1000;
}

/* "what: msg" on one line (server messages span several). */
static void copy_msg(char *dst, size_t n, const char *what, const char *msg)
{
    if (!dst || n == 0)
        return;
    size_t len = msg ? strlen(msg) : 0;
    while (len > 0 && (msg[len - 1] == '\n' || msg[len - 1] == ' '))
        len--;
    snprintf(dst, n, "%s: %.*s", what, (int)len, msg ? msg : "");
    for (char *p = dst; *p; p++)
        if (*p == '\n' || *p == '\t')
            *p = ' ';
}

static void notice_cb(void *arg, const char *message)
{
    size_t len = strlen(message);
    while (len > 0 && message[len - 1] == '\n')
        len--;
    LOG_WARN("store: postgresql: %.*s", (int)len, message);
}

/* ---- deadlines ----------------------------------------------------------- */

/* Waits for events on c's socket until deadline (0 = none): 1 ready, 0 the
 * deadline passed, -1 no socket or poll failed. */
static int wait_socket(PGconn *c, short events, int64_t deadline)
{
    for (;;) {
        struct pollfd p = {.fd = PQsocket(c), .events = events};
        if (p.fd < 0)
            return -1;
        int ms = -1;
        if (deadline) {
            int64_t left = deadline - mono_ms();
            if (left <= 0)
                return 0;
            ms = left > INT_MAX ? INT_MAX : (int)left;
        }
        int n = poll(&p, 1, ms);
        if (n > 0)
            return 1;
        if (n == 0)
            return 0;
        if (errno != EINTR)
            return -1;
    }
}

static bool is_error(const PGresult *r)
{
    ExecStatusType rs = PQresultStatus(r);
    return rs == PGRES_FATAL_ERROR || rs == PGRES_BAD_RESPONSE;
}

PGresult *store__pg_await(PGconn *c, int64_t deadline_ms, bool *timed_out)
{
    *timed_out = false;
    PGresult *keep = NULL;
    /* In nonblocking mode the command may still sit in libpq's buffer. */
    while (PQflush(c) == 1) {
        int w = wait_socket(c, POLLOUT | POLLIN, deadline_ms);
        if (w == 0)
            goto late;
        if (w < 0 || !PQconsumeInput(c))
            break;
    }
    for (;;) {
        while (PQisBusy(c)) {
            int w = wait_socket(c, POLLIN, deadline_ms);
            if (w == 0)
                goto late;
            if (w < 0 || !PQconsumeInput(c))
                break;   /* PQgetResult reports why */
        }
        PGresult *r = PQgetResult(c);
        if (!r)
            break;
        if (keep && is_error(keep)) {
            PQclear(r);
        } else {
            PQclear(keep);
            keep = r;
        }
    }
    return keep;
late:
    /* Nothing more will be read from this connection: the end of the
     * stream makes libpq drop it (CONNECTION_BAD) without waiting. */
    PQclear(keep);
    *timed_out = true;
    shutdown(PQsocket(c), SHUT_RDWR);
    PQconsumeInput(c);
    for (PGresult *r; (r = PQgetResult(c));)
        PQclear(r);
    return NULL;
}

PGconn *store__pg_connect(const char *url, char *err, size_t errlen)
{
    if (!store__pq_load(err, errlen))
        return NULL;
    /* The URL comes last so that its own settings win. */
    const char *const keys[] = {"connect_timeout", "keepalives", "keepalives_idle",
                                "keepalives_interval", "keepalives_count", "dbname", NULL};
    const char *const vals[] = {CONNECT_TIMEOUT_S, "1", "30", "10", "3", url, NULL};
    PGconn *c = PQconnectdbParams(keys, vals, 1);
    if (!c) {
        snprintf(err, errlen, "postgresql: out of memory");
        return NULL;
    }
    if (PQstatus(c) != CONNECTION_OK || PQsetnonblocking(c, 1) != 0) {
        copy_msg(err, errlen, "postgresql: cannot connect", PQerrorMessage(c));
        PQfinish(c);
        return NULL;
    }
    return c;
}

/* Whether a connection may talk to the server now (outside a transaction):
 * not while it is marked out of reach; after that, one probe at a time.
 * *probe is set for the probe, which must call reached() when done. */
static bool may_try(store *s, bool *probe)
{
    *probe = false;
    int64_t until = atomic_load(&unreachable_until);
    if (!until)
        return true;
    bool idle = false;
    if (mono_ms() >= until && atomic_compare_exchange_strong(&probing, &idle, true)) {
        *probe = true;
        return true;
    }
    snprintf(s->errmsg, sizeof s->errmsg,
             "the database did not answer in time a moment ago; not trying again yet");
    return false;
}

/* After talking to the server: answered or not (a timeout, a failed
 * reconnection). */
static void reached(bool probe, bool answered)
{
    if (!answered)
        atomic_store(&unreachable_until, mono_ms() + UNREACHABLE_MS);
    else if (atomic_load(&unreachable_until))
        atomic_store(&unreachable_until, 0);
    if (probe)
        atomic_store(&probing, false);
}

/* ---- statements ------------------------------------------------------------- */

/* Maps a failed result (r may be NULL) to a status; *lost is set when the
 * connection itself is gone. */
static store_status map_error(store *s, PGresult *r, const char *what, bool *lost)
{
    PGconn *c = s->db;
    copy_msg(s->errmsg, sizeof s->errmsg, what, r ? PQresultErrorMessage(r) : PQerrorMessage(c));
    if (r && !*PQresultErrorMessage(r))
        copy_msg(s->errmsg, sizeof s->errmsg, what, PQerrorMessage(c));
    if (PQstatus(c) == CONNECTION_BAD) {
        if (lost)
            *lost = true;
        return STORE_EIO;
    }
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    if (!state)
        return STORE_EIO;
    if (strcmp(state, "23505") == 0)
        return STORE_CONFLICT;
    if (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0 || strcmp(state, "55P03") == 0)
        return STORE_EBUSY;
    if (strncmp(state, "23", 2) == 0 || strncmp(state, "22", 2) == 0)
        return STORE_EINVAL;
    return STORE_EIO;
}

/* The answer to what was just sent (sent: PQsend* returned 1), in *out
 * (NULL on failure; the caller clears it), with the deadline of a
 * statement or none; the status of its failure, *lost and *late set as
 * they apply. */
static store_status answer(store *s, bool sent, bool deadline, const char *what,
                           PGresult **out, bool *lost, bool *late)
{
    *out = NULL;
    if (!sent)
        return map_error(s, NULL, what, lost);
    bool timed_out = false;
    int64_t ms = atomic_load(&answer_ms);
    PGresult *r = store__pg_await(s->db, deadline ? mono_ms() + ms : 0, &timed_out);
    if (timed_out) {
        snprintf(s->errmsg, sizeof s->errmsg, "%s: no answer from the database within %lld ms",
                 what, (long long)ms);
        *lost = *late = true;
        return STORE_EIO;
    }
    ExecStatusType rs = PQresultStatus(r);
    if (rs != PGRES_COMMAND_OK && rs != PGRES_TUPLES_OK) {
        store_status st = map_error(s, r, what, lost);
        PQclear(r);
        return st;
    }
    *out = r;
    return STORE_OK;
}

/* Runs one command without parameters and checks it succeeded. */
static store_status exec_cmd(store *s, const char *sql, bool deadline, bool *lost, bool *late)
{
    PGresult *r;
    store_status st = answer(s, PQsendQuery(s->db, sql), deadline, "exec", &r, lost, late);
    PQclear(r);
    return st;
}

/* Quiet notices; a commit we acknowledge must be durable, so a server
 * configured with synchronous_commit = off is overridden for this session
 * (stronger settings such as remote_apply are kept); a statement_timeout
 * unless one is configured, and the driver's deadline from it. */
static store_status session_setup(store *s, bool *late)
{
    bool lost = false;
    PGresult *r;
    store_status st = answer(
        s,
        PQsendQuery(s->db,
                    "SET client_min_messages = warning; "
                    "SELECT set_config('synchronous_commit', 'on', false) "
                    "WHERE current_setting('synchronous_commit') = 'off'; "
                    "SELECT set_config('statement_timeout', '" STRINGIFY(STATEMENT_TIMEOUT_MS) "', false) "
                    " WHERE current_setting('statement_timeout') = '0'; "
                    "SELECT setting FROM pg_settings WHERE name = 'statement_timeout'"),
        true, "set-up", &r, &lost, late);
    if (st != STORE_OK)
        return st;
    if (PQntuples(r) == 1) {
        long long ms = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
        if (ms > 0)
            atomic_store(&answer_ms, (int64_t)ms + ANSWER_MARGIN_MS);
    }
    PQclear(r);
    return STORE_OK;
}

/* Resets a lost connection; every statement must be prepared again.
 * *late is set when the server could not be reached. */
static store_status reconnect(store *s, bool *late)
{
    for (int i = 0; i < STORE__STMT_COUNT; i++)
        s->prepared[i] = NULL;
    PQreset(s->db);
    if (PQstatus(s->db) != CONNECTION_OK || PQsetnonblocking(s->db, 1) != 0) {
        copy_msg(s->errmsg, sizeof s->errmsg, "reconnect", PQerrorMessage(s->db));
        *late = true;
        return STORE_EIO;
    }
    LOG_WARN("store: postgresql: connection lost, reconnected");
    return session_setup(s, late);
}

static store_status pg_open(store *s, const char *url, bool create, char *err, size_t errlen)
{
    (void)create; /* the database is the operator's to create */
    if (!store__pq_load(err, errlen))
        return STORE_EIO;
    char *perr = NULL;
    PQconninfoOption *opts = PQconninfoParse(url, &perr);
    if (!opts) {
        snprintf(err, errlen, "bad PostgreSQL URL: %s", perr ? perr : "out of memory");
        PQfreemem(perr);
        return STORE_EINVAL;
    }
    PQconninfoFree(opts);

    /* A new connection (a new thread's) is a try like any other; one that
     * took a second or more to fail found the server out of reach. */
    bool probe = false, late = false;
    if (!may_try(s, &probe)) {
        snprintf(err, errlen, "postgresql: %s", s->errmsg);
        return STORE_EIO;
    }
    int64_t t0 = mono_ms();
    PGconn *c = store__pg_connect(url, err, errlen);
    store_status st = STORE_EIO;
    if (!c) {
        late = mono_ms() - t0 >= 1000;
        goto done;
    }
    PQsetNoticeProcessor(c, notice_cb, NULL);
    s->db = c;
    st = session_setup(s, &late);
    if (st != STORE_OK) {
        snprintf(err, errlen, "postgresql: %s", s->errmsg);
        PQfinish(c);
        s->db = NULL;
    }
done:
    reached(probe, !late);
    return st;
}

static void pg_close(store *s)
{
    if (s->db)
        PQfinish(s->db);
    s->db = NULL;
}

/* Migrations only, in their transaction (after the migration lock lifted
 * the session's timeouts): no deadline, a script may rightly take long. */
static store_status pg_exec_script(store *s, const char *sql)
{
    bool lost = false, late = false;
    return exec_cmd(s, sql, false, &lost, &late);
}

/* ?N -> $N, leaving quoted literals and identifiers alone.  Caller frees. */
static char *rewrite_params(const char *sql)
{
    util_buf b = {0};
    char quote = 0;
    for (const char *p = sql; *p; p++) {
        if (quote) {
            if (*p == quote)
                quote = 0;
        } else if (*p == '\'' || *p == '"') {
            quote = *p;
        } else if (*p == '?' && isdigit((unsigned char)p[1])) {
            util_buf_putc(&b, '$');
            continue;
        }
        util_buf_putc(&b, *p);
    }
    return util_buf_steal(&b);
}

static store__val column_value(util_arena *a, const PGresult *r, int row, int col)
{
    if (PQgetisnull(r, row, col))
        return STORE__N;
    const char *v = PQgetvalue(r, row, col);
    switch (PQftype(r, col)) {
    case OID_BOOL:
        return STORE__I(v[0] == 't');
    case OID_INT2:
    case OID_INT4:
    case OID_INT8:
        return STORE__I(strtoll(v, NULL, 10));
    case OID_NUMERIC: {
        char *end;
        long long n = strtoll(v, &end, 10);
        if (*v && !*end)
            return STORE__I(n);
        break;
    }
    default:
        break;
    }
    return (store__val){.t = STORE__TEXT,
                        .s = util_arena_strndup(a, v, (size_t)PQgetlength(r, row, col))};
}

/* The statements that wait for another node's start-up (see the file
 * comment): no deadline, and the session's timeouts lifted for their
 * transaction. */
static bool starting_up(int stmt)
{
    return stmt == STORE__STMT_MIGRATE_LOCK || stmt == STORE__STMT_SPAM_CLAIM;
}

static store_status run(store *s, util_arena *a, int stmt, const store__val *params,
                        size_t nparams, store__res *out, bool *lost, bool *late)
{
    PGconn *c = s->db;
    bool deadline = !starting_up(stmt);
    if (!deadline && s->tx_depth > 0) {
        store_status st = exec_cmd(s,
                                   "SET LOCAL statement_timeout = 0; SET LOCAL lock_timeout = 0; "
                                   "SET LOCAL idle_in_transaction_session_timeout = 0",
                                   true, lost, late);
        if (st != STORE_OK)
            return st;
    }
    char name[16];
    snprintf(name, sizeof name, "s%d", stmt);
    PGresult *r;
    if (!s->prepared[stmt]) {
        const store__sql *q = &store__statements[stmt];
        char *sql = rewrite_params(q->pg ? q->pg : q->sqlite);
        bool sent = PQsendPrepare(c, name, sql, 0, NULL);
        free(sql);
        store_status st = answer(s, sent, true, "prepare", &r, lost, late);
        PQclear(r);
        if (st != STORE_OK)
            return st;
        s->prepared[stmt] = &prepared_mark;
    }

    char num[MAX_PARAMS][24];
    const char *vals[MAX_PARAMS];
    for (size_t i = 0; i < nparams; i++) {
        switch (params[i].t) {
        case STORE__INT:
            snprintf(num[i], sizeof num[i], "%lld", (long long)params[i].i);
            vals[i] = num[i];
            break;
        case STORE__TEXT: vals[i] = params[i].s; break;
        default: vals[i] = NULL; break;
        }
    }
    bool sent = PQsendQueryPrepared(c, name, (int)nparams, vals, NULL, NULL, 0);
    store_status st = answer(s, sent, deadline, "execute", &r, lost, late);
    if (st == STORE_OK && out) {
        int nrows = PQntuples(r), ncols = PQnfields(r);
        out->nrows = (size_t)nrows;
        out->ncols = (size_t)ncols;
        if (nrows > 0 && ncols > 0) {
            out->v = util_arena_alloc(a, (size_t)nrows * (size_t)ncols * sizeof *out->v);
            for (int i = 0; i < nrows; i++)
                for (int j = 0; j < ncols; j++)
                    out->v[(size_t)i * (size_t)ncols + (size_t)j] = column_value(a, r, i, j);
        }
        const char *changes = PQcmdTuples(r);
        out->changes = *changes ? strtoll(changes, NULL, 10) : 0;
    }
    PQclear(r);
    return st;
}

static store_status pg_query(store *s, util_arena *a, int stmt, const store__val *params,
                             size_t nparams, store__res *out)
{
    if (nparams > MAX_PARAMS) {
        snprintf(s->errmsg, sizeof s->errmsg, "%zu parameters, at most %d", nparams, MAX_PARAMS);
        return STORE_EINVAL;
    }
    bool probe = false, lost = false, late = false;
    if (s->tx_depth == 0 && !may_try(s, &probe))
        return STORE_EIO;
    store_status st = STORE_OK;
    if (PQstatus(s->db) == CONNECTION_BAD) {
        /* lost earlier: inside a transaction, that transaction is gone */
        if (s->tx_depth > 0) {
            snprintf(s->errmsg, sizeof s->errmsg, "the connection was lost in the transaction");
            st = STORE_EIO;
            goto done;
        }
        if ((st = reconnect(s, &late)) != STORE_OK)
            goto done;
    }
    st = run(s, a, stmt, params, nparams, out, &lost, &late);
    if (st != STORE_OK && lost && !late && s->tx_depth == 0) {
        /* the connection died under the statement: reset it, run it again */
        char msg[sizeof s->errmsg];
        snprintf(msg, sizeof msg, "%s", s->errmsg);
        if (out)
            memset(out, 0, sizeof *out);
        if (reconnect(s, &late) != STORE_OK) {
            snprintf(s->errmsg, sizeof s->errmsg, "%s", msg);
            goto done;
        }
        lost = false;
        st = run(s, a, stmt, params, nparams, out, &lost, &late);
    }
done:
    reached(probe, !late);
    if (st != STORE_OK && out)
        memset(out, 0, sizeof *out);
    return st;
}

static store_status pg_begin(store *s)
{
    bool probe = false, lost = false, late = false;
    if (!may_try(s, &probe))
        return STORE_EIO;
    store_status st = STORE_OK;
    if (PQstatus(s->db) == CONNECTION_BAD)
        st = reconnect(s, &late);
    if (st == STORE_OK) {
        st = exec_cmd(s, "BEGIN", true, &lost, &late);
        if (st != STORE_OK && lost && !late && (st = reconnect(s, &late)) == STORE_OK)
            st = exec_cmd(s, "BEGIN", true, &lost, &late);
    }
    reached(probe, !late);
    return st;
}

static store_status pg_commit(store *s)
{
    bool lost = false, late = false;
    PGresult *r;
    store_status st = answer(s, PQsendQuery(s->db, "COMMIT"), true, "commit", &r, &lost, &late);
    if (st == STORE_OK && strcmp(PQcmdStatus(r), "COMMIT") != 0) {
        /* The server rolled back: the transaction had failed. */
        snprintf(s->errmsg, sizeof s->errmsg, "commit: the transaction was rolled back");
        st = STORE_EIO;
    }
    PQclear(r);
    if (late)
        reached(false, false);
    return st;
}

static store_status pg_rollback(store *s)
{
    /* A lost connection has no transaction any more; it is reset when it
     * is next used. */
    if (PQstatus(s->db) == CONNECTION_BAD || PQtransactionStatus(s->db) == PQTRANS_IDLE)
        return STORE_OK;
    bool lost = false, late = false;
    store_status st = exec_cmd(s, "ROLLBACK", true, &lost, &late);
    if (late)
        reached(false, false);
    return lost ? STORE_OK : st;
}

const store__driver store__pg_driver = {
    .name = "postgresql",
    .open = pg_open,
    .close = pg_close,
    .exec_script = pg_exec_script,
    .query = pg_query,
    .begin = pg_begin,
    .commit = pg_commit,
    .rollback = pg_rollback,
};
