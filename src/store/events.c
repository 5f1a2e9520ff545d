/* events — tells the other server nodes on the same database what happened,
 * so a comment posted on one node reaches the live readers of every node.
 *
 * PostgreSQL: NOTIFY on the channel "causerie_events" (payload: a short
 * line the caller composes), and a listener thread per node with its own
 * connection doing LISTEN, waiting on the connection's socket with poll() so
 * it can be stopped, reconnecting with a backoff when the server goes away.
 * SQLite: one process serves the database, so there is no one to tell:
 * sending is a no-op and no listener is started.
 *
 * Sending is a statement of the node's own connection, under the driver's
 * deadline (pg.c); the listener connects with the driver's connect timeout
 * and keepalives, so a frozen or unreachable server can hold it (and a
 * node's shutdown) for a few seconds at most, and a connection that died
 * without a word is noticed within about a minute.
 *
 * Events are a live-update convenience, not a record: the comment itself is
 * durable before an event is sent.  NOTIFY reaches only the connections
 * listening when it is sent, so what was sent while the listener was
 * reconnecting (the database restarted, the network broke) is lost to it:
 * each time it starts listening it calls fn(arg, NULL), and the caller
 * looks in the store for what it missed (api/events.c).  Reconnection
 * attempts back off from 250 ms to 2 s at most, so a node catches up
 * within about 2 s of the database coming back. */
#include <libpq-fe.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/pq_api.h"
#include "store/store_int.h"

#define LISTEN_DEADLINE_MS 12000

store_status store_event_send(store *s, const char *payload)
{
    if (s->drv != &store__pg_driver)
        return STORE_OK;
    store__val p[] = {STORE__S(payload)};
    store_status rc = store__query(s, NULL, STORE__STMT_EVENT_NOTIFY, p, 1, NULL);
    if (rc != STORE_OK)
        LOG_WARN("store: event not sent: %s", s->errmsg);
    return rc;
}

struct store_listener {
    char *url;
    store_event_fn fn;
    void *arg;
    pthread_t thread;
    int stop_pipe[2];
};

/* Waits up to ms for the connection's socket or the stop pipe; true = stop. */
static bool wait_ready(store_listener *l, PGconn *c, int ms)
{
    struct pollfd fds[2] = {{.fd = l->stop_pipe[0], .events = POLLIN},
                            {.fd = c ? PQsocket(c) : -1, .events = POLLIN}};
    int n = poll(fds, c ? 2 : 1, ms);
    return n > 0 && (fds[0].revents & POLLIN);
}

static PGconn *connect_listen(const char *url)
{
    char err[256];
    if (!store__pq_load(err, sizeof err)) {
        LOG_WARN("store: event listener: %s", err);
        return NULL;
    }
    PGconn *c = store__pg_connect(url, err, sizeof err);
    if (!c) {
        LOG_WARN("store: event listener cannot connect: %s", err);
        return NULL;
    }
    /* as long as any statement may wait (pg.c): the connection just answered */
    bool timed_out = false;
    PGresult *r = NULL;
    if (PQsendQuery(c, "LISTEN " STORE__EVENT_CHANNEL))
        r = store__pg_await(c, util_mono_us() / 1000 + LISTEN_DEADLINE_MS, &timed_out);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) {
        LOG_WARN("store: LISTEN failed: %s", timed_out ? "no answer in time" : PQerrorMessage(c));
        PQfinish(c);
        return NULL;
    }
    return c;
}

static void *listen_main(void *arg)
{
    store_listener *l = arg;
    PGconn *c = NULL;
    int backoff_ms = 250;
    for (;;) {
        if (!c) {
            c = connect_listen(l->url);
            if (!c) {
                if (wait_ready(l, NULL, backoff_ms))
                    break;
                backoff_ms = backoff_ms < 2000 ? backoff_ms * 2 : 2000;
                continue;
            }
            backoff_ms = 250;
            l->fn(l->arg, NULL);   /* listening (again): what was missed is in the store */
        }
        if (wait_ready(l, c, 30000))
            break;
        if (!PQconsumeInput(c) || PQstatus(c) != CONNECTION_OK) {
            LOG_WARN("store: event listener lost its connection; reconnecting");
            PQfinish(c);
            c = NULL;
            continue;
        }
        PGnotify *n;
        while ((n = PQnotifies(c))) {
            l->fn(l->arg, n->extra);
            PQfreemem(n);
        }
    }
    PQfinish(c);
    return NULL;
}

store_listener *store_listener_start(const char *url, store_event_fn fn, void *arg)
{
    if (strncmp(url, "postgresql://", 13) != 0 && strncmp(url, "postgres://", 11) != 0)
        return NULL;
    store_listener *l = xcalloc(1, sizeof *l);
    l->url = xstrdup(url);
    l->fn = fn;
    l->arg = arg;
    if (pipe(l->stop_pipe) != 0 || pthread_create(&l->thread, NULL, listen_main, l) != 0) {
        LOG_ERROR("store: cannot start the event listener");
        free(l->url);
        free(l);
        return NULL;
    }
    return l;
}

void store_listener_stop(store_listener *l)
{
    if (!l)
        return;
    if (write(l->stop_pipe[1], "x", 1) != 1)
        LOG_WARN("store: could not wake the event listener");
    pthread_join(l->thread, NULL);
    close(l->stop_pipe[0]);
    close(l->stop_pipe[1]);
    free(l->url);
    free(l);
}
