/* http internals shared by the files of src/http/ only. */
#ifndef CAUSERIE_HTTP_INT_H
#define CAUSERIE_HTTP_INT_H

#include <microhttpd.h>
#include <pthread.h>
#include <stdatomic.h>

#include "http/http.h"

#define HTTP__STATUS_SLOTS 30        /* the labels of metrics.c, then "other" */
#define HTTP__LAT_BUCKETS 12
#define HTTP__STREAM_CHAINS 4096   /* the streams' index by topic (stream.c) */

typedef struct http__route_metrics {
    atomic_uint_fast64_t by_status[HTTP__STATUS_SLOTS];
    atomic_uint_fast64_t lat_bucket[HTTP__LAT_BUCKETS + 1]; /* last = +Inf */
    atomic_uint_fast64_t lat_sum_us;
    atomic_uint_fast64_t count;
} http__route_metrics;

typedef struct http_stream {
    pthread_mutex_t mu;
    struct MHD_Connection *conn;
    char *topic;
    uint32_t hash;           /* of topic (set by http__stream_register) */
    util_buf queue;          /* bytes not yet handed to MHD */
    size_t sent;             /* bytes of queue already handed */
    bool suspended, closing;
    int refs;                /* registry + response */
    int64_t seq;             /* the highest event number it was handed
                              * (http_publish_seq; under streams_mu) */
    struct http_stream *prev, *next;   /* its chain (under streams_mu) */
} http__stream;

struct http_server {
    struct MHD_Daemon *daemon;
    int listen_fd;
    int port;
    http_server_config cfg;
    char *origins;           /* site.origins as configured (util_origin_listed) */
    pthread_mutex_t origins_mu;
    util_ipnet *proxies;     /* server.trusted_proxies (client_ip), nproxies of them */
    size_t nproxies;
    atomic_int active;       /* requests in flight (streams excluded) */
    http__route_metrics *metrics; /* nroutes + 1 (unrouted) */
    /* event streams, chained by a hash of their topic (stream.c); the
     * chains, each stream's prev, next and seq, and nstreams are under
     * streams_mu */
    pthread_mutex_t streams_mu;
    http__stream *chains[HTTP__STREAM_CHAINS];
    size_t nstreams;
    pthread_t heartbeat;
    bool heartbeat_running;
    pthread_mutex_t hb_mu;
    pthread_cond_t hb_cond;
    bool stopping;
};

void http__metrics_observe(http_server *s, int route_index, int status, int64_t us);
void http__stream_end_all(http_server *s);
/* Adds st (its topic set) to the streams of its topic; unregister takes it
 * out and drops the registry's reference (the last one frees it). */
void http__stream_register(http_server *s, http__stream *st);
void http__stream_unregister(http_server *s, http__stream *st);
void *http__heartbeat_main(void *arg);
bool http__origin_allowed(http_server *s, const char *origin);

#endif
