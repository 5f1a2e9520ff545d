/* pq_api.h — libpq, loaded when a PostgreSQL store is first opened.
 *
 * The server and the command line are one binary; most sites run it on
 * SQLite and never touch PostgreSQL, yet linking libpq pulled in some
 * twenty libraries (OpenSSL, Kerberos, LDAP, ...) at every start: about
 * 1.5 ms of start-up and 1.5 MB of resident pages in every process.  So
 * pg.c and events.c include this after <libpq-fe.h>: it turns each PQ
 * call into a call through store__pq, which store__pq_load() fills from
 * libpq.so.5 with dlopen on the first PostgreSQL connection.
 *
 * Must never: be included before <libpq-fe.h>, or be called before
 * store__pq_load() returned true. */
#ifndef CAUSERIE_STORE_PQ_API_H
#define CAUSERIE_STORE_PQ_API_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct store__pq_fns {
    void (*PQclear)(PGresult *);
    char * (*PQcmdStatus)(PGresult *);
    char * (*PQcmdTuples)(PGresult *);
    PGconn * (*PQconnectdb)(const char *);
    PGconn * (*PQconnectdbParams)(const char *const *, const char *const *, int);
    void (*PQconninfoFree)(PQconninfoOption *);
    PQconninfoOption * (*PQconninfoParse)(const char *, char **);
    int (*PQconsumeInput)(PGconn *);
    char * (*PQerrorMessage)(const PGconn *);
    PGresult * (*PQexec)(PGconn *, const char *);
    PGresult * (*PQexecParams)(PGconn *, const char *, int, const Oid *, const char *const *, const int *, const int *, int);
    PGresult * (*PQexecPrepared)(PGconn *, const char *, int, const char *const *, const int *, const int *, int);
    int (*PQflush)(PGconn *);
    PGresult * (*PQgetResult)(PGconn *);
    int (*PQisBusy)(PGconn *);
    void (*PQfinish)(PGconn *);
    void (*PQfreemem)(void *);
    Oid (*PQftype)(const PGresult *, int);
    int (*PQgetisnull)(const PGresult *, int, int);
    int (*PQgetlength)(const PGresult *, int, int);
    char * (*PQgetvalue)(const PGresult *, int, int);
    int (*PQnfields)(const PGresult *);
    PGnotify * (*PQnotifies)(PGconn *);
    int (*PQntuples)(const PGresult *);
    PGresult * (*PQprepare)(PGconn *, const char *, const char *, int, const Oid *);
    void (*PQreset)(PGconn *);
    char * (*PQresultErrorField)(const PGresult *, int);
    char * (*PQresultErrorMessage)(const PGresult *);
    ExecStatusType (*PQresultStatus)(const PGresult *);
    int (*PQsendPrepare)(PGconn *, const char *, const char *, int, const Oid *);
    int (*PQsendQuery)(PGconn *, const char *);
    int (*PQsendQueryPrepared)(PGconn *, const char *, int, const char *const *, const int *, const int *, int);
    int (*PQsetnonblocking)(PGconn *, int);
    PQnoticeProcessor (*PQsetNoticeProcessor)(PGconn *, PQnoticeProcessor, void *);
    int (*PQsocket)(const PGconn *);
    ConnStatusType (*PQstatus)(const PGconn *);
    PGTransactionStatusType (*PQtransactionStatus)(const PGconn *);
};
extern struct store__pq_fns store__pq;

/* Loads libpq once (thread-safe); false with a message in err when the
 * library or one of its functions is missing. */
bool store__pq_load(char *err, size_t errlen);

/* pg.c's connection helpers, shared with the event listener (events.c).
 *
 * store__pg_connect opens url with Causerie's defaults for what the URL
 * leaves unset (connect_timeout 5 s, TCP keepalives after 30 s idle, so a
 * dead peer is noticed in about a minute), in nonblocking mode; NULL with
 * a message in err when it cannot.
 *
 * store__pg_await waits for every result of the command just sent on c
 * (PQsend*), at most until deadline_ms (util_now_ms() clock; 0 = no
 * deadline), and returns what PQexec would: the first error result, else
 * the last result.  When the deadline passes first it returns NULL with
 * *timed_out set and the connection shut down (CONNECTION_BAD: it must be
 * reset before it is used again), so that a server that stopped answering
 * (frozen, or out of reach without a reset) holds a thread no longer. */
PGconn *store__pg_connect(const char *url, char *err, size_t errlen);
PGresult *store__pg_await(PGconn *c, int64_t deadline_ms, bool *timed_out);

#ifndef CAUSERIE_PQ_LOAD_C
#define PQclear store__pq.PQclear
#define PQcmdStatus store__pq.PQcmdStatus
#define PQcmdTuples store__pq.PQcmdTuples
#define PQconnectdb store__pq.PQconnectdb
#define PQconnectdbParams store__pq.PQconnectdbParams
#define PQconninfoFree store__pq.PQconninfoFree
#define PQconninfoParse store__pq.PQconninfoParse
#define PQconsumeInput store__pq.PQconsumeInput
#define PQerrorMessage store__pq.PQerrorMessage
#define PQexec store__pq.PQexec
#define PQexecParams store__pq.PQexecParams
#define PQexecPrepared store__pq.PQexecPrepared
#define PQflush store__pq.PQflush
#define PQgetResult store__pq.PQgetResult
#define PQisBusy store__pq.PQisBusy
#define PQfinish store__pq.PQfinish
#define PQfreemem store__pq.PQfreemem
#define PQftype store__pq.PQftype
#define PQgetisnull store__pq.PQgetisnull
#define PQgetlength store__pq.PQgetlength
#define PQgetvalue store__pq.PQgetvalue
#define PQnfields store__pq.PQnfields
#define PQnotifies store__pq.PQnotifies
#define PQntuples store__pq.PQntuples
#define PQprepare store__pq.PQprepare
#define PQreset store__pq.PQreset
#define PQresultErrorField store__pq.PQresultErrorField
#define PQresultErrorMessage store__pq.PQresultErrorMessage
#define PQresultStatus store__pq.PQresultStatus
#define PQsendPrepare store__pq.PQsendPrepare
#define PQsendQuery store__pq.PQsendQuery
#define PQsendQueryPrepared store__pq.PQsendQueryPrepared
#define PQsetnonblocking store__pq.PQsetnonblocking
#define PQsetNoticeProcessor store__pq.PQsetNoticeProcessor
#define PQsocket store__pq.PQsocket
#define PQstatus store__pq.PQstatus
#define PQtransactionStatus store__pq.PQtransactionStatus
#endif

#endif
