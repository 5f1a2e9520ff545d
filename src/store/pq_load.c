/* pq_load.c — libpq by dlopen, on the first PostgreSQL connection (see
 * pq_api.h for why).
 *
 * How: pthread_once opens libpq.so.5 (the soname Debian's libpq5 ships,
 * the one the headers were written for) and looks up every function pg.c
 * and events.c call; all of them or none are set.
 *
 * Must never: leave store__pq half filled, or unload the library (the
 * pointers live as long as the process). */
#include <pthread.h>
#include <stdio.h>

#include "util/util.h"

/* store__pq is defined here: no macros over its members in this file */
#include <libpq-fe.h>
#define CAUSERIE_PQ_LOAD_C
#include "store/pq_api.h"

struct store__pq_fns store__pq;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char load_err[256];
static bool loaded;

static void load(void)
{
    struct store__pq_fns f;
    const util_dl_sym want[] = {
#define LOAD(n) {(void **)&f.n, #n}
        LOAD(PQclear),
        LOAD(PQcmdStatus),
        LOAD(PQcmdTuples),
        LOAD(PQconnectdb),
        LOAD(PQconnectdbParams),
        LOAD(PQconninfoFree),
        LOAD(PQconninfoParse),
        LOAD(PQconsumeInput),
        LOAD(PQerrorMessage),
        LOAD(PQexec),
        LOAD(PQexecParams),
        LOAD(PQexecPrepared),
        LOAD(PQflush),
        LOAD(PQfinish),
        LOAD(PQfreemem),
        LOAD(PQftype),
        LOAD(PQgetResult),
        LOAD(PQgetisnull),
        LOAD(PQgetlength),
        LOAD(PQgetvalue),
        LOAD(PQisBusy),
        LOAD(PQnfields),
        LOAD(PQnotifies),
        LOAD(PQntuples),
        LOAD(PQprepare),
        LOAD(PQreset),
        LOAD(PQresultErrorField),
        LOAD(PQresultErrorMessage),
        LOAD(PQresultStatus),
        LOAD(PQsendPrepare),
        LOAD(PQsendQuery),
        LOAD(PQsendQueryPrepared),
        LOAD(PQsetNoticeProcessor),
        LOAD(PQsetnonblocking),
        LOAD(PQsocket),
        LOAD(PQstatus),
        LOAD(PQtransactionStatus),
#undef LOAD
    };
    char why[200];
    if (!util_dl_load("libpq.so.5", want, sizeof want / sizeof want[0], why, sizeof why)) {
        snprintf(load_err, sizeof load_err, "PostgreSQL support needs libpq (libpq.so.5): %s", why);
        return;
    }
    store__pq = f;
    loaded = true;
}

bool store__pq_load(char *err, size_t errlen)
{
    pthread_once(&once, load);
    if (!loaded && err && errlen)
        snprintf(err, errlen, "%s", load_err);
    return loaded;
}
