/* pg — the PostgreSQL driver behind store_int.h, over libpq.
 *
 * How it works: one PGconn per store, opened from the libpq URI
 * (postgresql:// or postgres://) with a 10 s connect timeout unless the URL
 * sets one, `client_min_messages = warning` so that expected notices
 * ("already exists, skipping") stay quiet, and synchronous_commit never
 * off.  A statement is prepared the first time the connection runs it, as
 * the named statement "s<id>", from the shared text with ?N rewritten to
 * $N; s->prepared[id] only marks it as done.  Parameters go as text
 * (integers printed in decimal), results come back as text and are typed by
 * column: int2/int4/int8/bool (and integral numeric) become STORE__INT, NULL
 * STORE__NULL, everything else STORE__TEXT, copied into the caller's arena.
 *
 * Errors by SQLSTATE: 23505 unique_violation is STORE_CONFLICT, other
 * integrity and data errors (23xxx, 22xxx) STORE_EINVAL, serialization
 * failure, deadlock and lock_not_available (40001, 40P01, 55P03)
 * STORE_EBUSY, the rest STORE_EIO.  A lost connection is reset once
 * (PQreset, prepared marks cleared) and the statement retried, but only
 * outside a transaction; inside one the transaction is gone, so the error is
 * returned (the connection is still reset for the next use).
 *
 * Must never: retry a statement inside a transaction; report a COMMIT that
 * the server answered with ROLLBACK as a success.  Statements run outside a
 * transaction can be sent twice when the connection dies after the server
 * ran one: such statements must be idempotent (store.c's are), or run in a
 * transaction. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "store/pq_api.h"
#include "store/store_int.h"

#define MAX_PARAMS 32

/* PostgreSQL type OIDs (pg_type.dat), stable across versions. */
enum { OID_BOOL = 16, OID_INT8 = 20, OID_INT2 = 21, OID_INT4 = 23, OID_NUMERIC = 1700 };

static char prepared_mark;   /* s->prepared[i] == &prepared_mark: prepared */

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

/* Runs one command without parameters and checks it succeeded. */
static store_status exec_cmd(store *s, const char *sql, bool *lost)
{
    PGresult *r = PQexec(s->db, sql);
    ExecStatusType rs = PQresultStatus(r);
    store_status st = STORE_OK;
    if (rs != PGRES_COMMAND_OK && rs != PGRES_TUPLES_OK)
        st = map_error(s, r, "exec", lost);
    PQclear(r);
    return st;
}

/* Quiet notices; and a commit we acknowledge must be durable, so a server
 * configured with synchronous_commit = off is overridden for this session
 * (stronger settings such as remote_apply are kept). */
static store_status session_setup(store *s)
{
    return exec_cmd(s,
                    "SET client_min_messages = warning; "
                    "SELECT set_config('synchronous_commit', 'on', false) "
                    "WHERE current_setting('synchronous_commit') = 'off'",
                    NULL);
}

/* Resets a lost connection; every statement must be prepared again. */
static store_status reconnect(store *s)
{
    for (int i = 0; i < STORE__STMT_COUNT; i++)
        s->prepared[i] = NULL;
    PQreset(s->db);
    if (PQstatus(s->db) != CONNECTION_OK) {
        copy_msg(s->errmsg, sizeof s->errmsg, "reconnect", PQerrorMessage(s->db));
        return STORE_EIO;
    }
    LOG_WARN("store: postgresql: connection lost, reconnected");
    return session_setup(s);
}

static store_status pg_open(store *s, const char *url, char *err, size_t errlen)
{
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

    /* The URL comes last so that its own connect_timeout wins. */
    const char *const keys[] = {"connect_timeout", "dbname", NULL};
    const char *const vals[] = {"10", url, NULL};
    PGconn *c = PQconnectdbParams(keys, vals, 1);
    if (!c) {
        snprintf(err, errlen, "postgresql: out of memory");
        return STORE_EIO;
    }
    if (PQstatus(c) != CONNECTION_OK) {
        copy_msg(err, errlen, "postgresql: cannot connect", PQerrorMessage(c));
        PQfinish(c);
        return STORE_EIO;
    }
    PQsetNoticeProcessor(c, notice_cb, NULL);
    s->db = c;
    store_status st = session_setup(s);
    if (st != STORE_OK) {
        snprintf(err, errlen, "postgresql: %s", s->errmsg);
        PQfinish(c);
        s->db = NULL;
    }
    return st;
}

static void pg_close(store *s)
{
    if (s->db)
        PQfinish(s->db);
    s->db = NULL;
}

static store_status pg_exec_script(store *s, const char *sql)
{
    return exec_cmd(s, sql, NULL);
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

static store_status run(store *s, util_arena *a, int stmt, const store__val *params,
                        size_t nparams, store__res *out, bool *lost)
{
    PGconn *c = s->db;
    char name[16];
    snprintf(name, sizeof name, "s%d", stmt);
    if (!s->prepared[stmt]) {
        const store__sql *q = &store__statements[stmt];
        char *sql = rewrite_params(q->pg ? q->pg : q->sqlite);
        PGresult *r = PQprepare(c, name, sql, 0, NULL);
        free(sql);
        store_status st = STORE_OK;
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            st = map_error(s, r, "prepare", lost);
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
    PGresult *r = PQexecPrepared(c, name, (int)nparams, vals, NULL, NULL, 0);
    ExecStatusType rs = PQresultStatus(r);
    store_status st = STORE_OK;
    if (rs != PGRES_TUPLES_OK && rs != PGRES_COMMAND_OK) {
        st = map_error(s, r, "execute", lost);
    } else if (out) {
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
    bool lost = false;
    store_status st = run(s, a, stmt, params, nparams, out, &lost);
    if (st == STORE_OK || !lost)
        return st;
    if (out)
        memset(out, 0, sizeof *out);
    char msg[sizeof s->errmsg];
    snprintf(msg, sizeof msg, "%s", s->errmsg);
    if (reconnect(s) != STORE_OK || s->tx_depth > 0) {
        snprintf(s->errmsg, sizeof s->errmsg, "%s", msg);
        return st;
    }
    lost = false;
    return run(s, a, stmt, params, nparams, out, &lost);
}

static store_status pg_begin(store *s)
{
    bool lost = false;
    store_status st = exec_cmd(s, "BEGIN", &lost);
    if (lost && reconnect(s) == STORE_OK)
        st = exec_cmd(s, "BEGIN", NULL);
    return st;
}

static store_status pg_commit(store *s)
{
    bool lost = false;
    PGresult *r = PQexec(s->db, "COMMIT");
    store_status st = STORE_OK;
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        st = map_error(s, r, "commit", &lost);
    } else if (strcmp(PQcmdStatus(r), "COMMIT") != 0) {
        /* The server rolled back: the transaction had failed. */
        snprintf(s->errmsg, sizeof s->errmsg, "commit: the transaction was rolled back");
        st = STORE_EIO;
    }
    PQclear(r);
    if (lost)
        reconnect(s);
    return st;
}

static store_status pg_rollback(store *s)
{
    switch (PQtransactionStatus(s->db)) {
    case PQTRANS_IDLE:
        return STORE_OK;
    case PQTRANS_UNKNOWN:
        return reconnect(s);   /* the server has dropped the transaction */
    default:
        break;
    }
    bool lost = false;
    store_status st = exec_cmd(s, "ROLLBACK", &lost);
    if (lost)
        return reconnect(s);
    return st;
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
