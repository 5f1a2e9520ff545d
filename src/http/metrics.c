/* metrics — per-route request counters by status and latency histograms,
 * kept in atomics (no lock on the request path) and written out in the
 * Prometheus text exposition format. */
#include <string.h>

#include "http/http_int.h"

/* The status labels, one slot each; the last slot, "other", counts the
 * rest (a request that ended without an answer of ours).  Every status the
 * server answers has its own (412 a stale policy If-Match, 431 a head too
 * large, 501 a Transfer-Encoding it cannot read…), and a few a proxy or a
 * later change could bring (408, 416, 502, 504): a fixed set, so the
 * series stay bounded whatever clients send. */
static const int statuses[HTTP__STATUS_SLOTS - 1] = {
    200, 201, 202, 204, 206, 301, 302, 303, 304, 400, 401, 403, 404, 405, 408,
    409, 410, 412, 413, 415, 416, 422, 429, 431, 500, 501, 502, 503, 504,
};
/* Upper bounds in microseconds. */
static const int64_t lat_bounds_us[HTTP__LAT_BUCKETS] = {
    100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 1000000,
};

static int status_slot(int status)
{
    for (int i = 0; i < HTTP__STATUS_SLOTS - 1; i++)
        if (statuses[i] == status)
            return i;
    return HTTP__STATUS_SLOTS - 1; /* other */
}

void http__metrics_observe(http_server *s, int route_index, int status, int64_t us)
{
    http__route_metrics *m = &s->metrics[route_index < 0 ? s->cfg.nroutes : (size_t)route_index];
    atomic_fetch_add(&m->by_status[status_slot(status)], 1);
    int b = 0;
    while (b < HTTP__LAT_BUCKETS && us > lat_bounds_us[b])
        b++;
    atomic_fetch_add(&m->lat_bucket[b], 1);
    atomic_fetch_add(&m->lat_sum_us, (uint_fast64_t)(us < 0 ? 0 : us));
    atomic_fetch_add(&m->count, 1);
}

static const char *route_name(http_server *s, size_t i)
{
    return i < s->cfg.nroutes ? s->cfg.routes[i].name : "unmatched";
}

void http_metrics_render(http_server *s, util_buf *out)
{
    util_buf_puts(out, "# HELP causerie_http_requests_total HTTP requests by route and status.\n"
                       "# TYPE causerie_http_requests_total counter\n");
    for (size_t i = 0; i <= s->cfg.nroutes; i++) {
        http__route_metrics *m = &s->metrics[i];
        for (int k = 0; k < HTTP__STATUS_SLOTS; k++) {
            uint64_t v = atomic_load(&m->by_status[k]);
            if (!v)
                continue;
            if (k == HTTP__STATUS_SLOTS - 1)
                util_buf_printf(out, "causerie_http_requests_total{route=\"%s\",status=\"other\"} %llu\n",
                                route_name(s, i), (unsigned long long)v);
            else
                util_buf_printf(out, "causerie_http_requests_total{route=\"%s\",status=\"%d\"} %llu\n",
                                route_name(s, i), statuses[k], (unsigned long long)v);
        }
    }
    util_buf_puts(out, "# HELP causerie_http_request_duration_seconds Time to answer a request.\n"
                       "# TYPE causerie_http_request_duration_seconds histogram\n");
    for (size_t i = 0; i <= s->cfg.nroutes; i++) {
        http__route_metrics *m = &s->metrics[i];
        /* The series is written from the buckets alone: requests completing
         * meanwhile must not make _count differ from the +Inf bucket. */
        if (!atomic_load(&m->count))
            continue;
        const char *name = route_name(s, i);
        uint64_t cum = 0;
        for (int b = 0; b < HTTP__LAT_BUCKETS; b++) {
            cum += atomic_load(&m->lat_bucket[b]);
            util_buf_printf(out,
                            "causerie_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %llu\n",
                            name, (double)lat_bounds_us[b] / 1e6, (unsigned long long)cum);
        }
        cum += atomic_load(&m->lat_bucket[HTTP__LAT_BUCKETS]);
        util_buf_printf(out,
                        "causerie_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %llu\n"
                        "causerie_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n"
                        "causerie_http_request_duration_seconds_count{route=\"%s\"} %llu\n",
                        name, (unsigned long long)cum, name,
                        (double)atomic_load(&m->lat_sum_us) / 1e6, name,
                        (unsigned long long)cum);
    }
    util_buf_printf(out,
                    "# HELP causerie_event_streams Open Server-Sent Events streams.\n"
                    "# TYPE causerie_event_streams gauge\n"
                    "causerie_event_streams %zu\n"
                    "# HELP causerie_http_requests_in_flight Requests being answered.\n"
                    "# TYPE causerie_http_requests_in_flight gauge\n"
                    "causerie_http_requests_in_flight %d\n",
                    http_stream_count(s), atomic_load(&s->active));
}
