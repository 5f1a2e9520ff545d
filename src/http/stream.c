/* stream — Server-Sent Events without a thread per reader.
 *
 * A stream is a queued response whose content callback hands out what was
 * published; when there is nothing to send, the callback suspends the
 * connection and returns 0, so an idle reader costs a socket and a few
 * hundred bytes, not a thread.  http_publish_seq appends events to the
 * queue of every stream of the topic and resumes the suspended ones.  Each
 * stream keeps the number of the last event it was handed, so that an
 * event it has already had (a comment a catch-up read sent it first) is not
 * sent twice; an event sent again with a lower number (a late one) is
 * followed by a line "id: N" alone, N the stream's number, so that the
 * reader's Last-Event-ID does not go back.  A heartbeat
 * comment every 20 s keeps proxies from closing idle streams and lets a
 * write fail for readers who left, which frees them.  A HEAD gets the
 * headers alone, never a stream.
 *
 * Registry: the open streams are chained by a hash of their topic, in a
 * fixed table of HTTP__STREAM_CHAINS chains (http_int.h), all under one
 * mutex, streams_mu.  What is done to a topic (http_topic_low,
 * http_publish_seq, http_topic_end) walks its chain alone: its own streams
 * and those of the few topics that share the chain (skipped by hash and
 * name), never every stream, so a POST costs the readers of its page, not
 * those of every page.  The heartbeat and the shutdown walk every chain.
 * A stream leaves its chain in constant time (prev, next).  Locks: a
 * stream's own mu may be taken under streams_mu, never the other way.
 *
 * Lifetime: a stream has two references, the registry's (dropped when the
 * request completes) and the response's (dropped by libmicrohttpd's free
 * callback); the last one frees it. */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/http_int.h"

#define HEARTBEAT_S 20
#define UNSENT_MAX (256u << 10)   /* bytes a reader may be behind (see stream_push) */

uint32_t http_topic_hash(const char *topic)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *c = (const unsigned char *)topic; *c; c++)
        h = (h ^ *c) * 16777619u;
    return h;
}

/* The first stream of the chain of hash h (under streams_mu); the chain
 * holds other topics' streams too (see of_topic). */
static http__stream **chain(http_server *s, uint32_t h)
{
    return &s->chains[h % HTTP__STREAM_CHAINS];
}

static bool of_topic(const http__stream *st, uint32_t h, const char *topic)
{
    return st->hash == h && strcmp(st->topic, topic) == 0;
}

static void stream_unref(http__stream *st)
{
    pthread_mutex_lock(&st->mu);
    int left = --st->refs;
    pthread_mutex_unlock(&st->mu);
    if (left > 0)
        return;
    pthread_mutex_destroy(&st->mu);
    util_buf_free(&st->queue);
    free(st->topic);
    free(st);
}

static ssize_t on_read(void *cls, uint64_t pos, char *buf, size_t max)
{
    http__stream *st = cls;
    ssize_t n = 0;
    pthread_mutex_lock(&st->mu);
    size_t avail = st->queue.len - st->sent;
    if (avail) {
        n = (ssize_t)(avail < max ? avail : max);
        memcpy(buf, st->queue.data + st->sent, (size_t)n);
        st->sent += (size_t)n;
        if (st->sent == st->queue.len) {
            st->queue.len = st->sent = 0;
        } else if (st->sent >= 65536 && st->sent >= st->queue.len / 2) {
            /* a reader that keeps up only in part: drop what it has read,
             * so that the buffer stays within twice UNSENT_MAX */
            memmove(st->queue.data, st->queue.data + st->sent, st->queue.len - st->sent);
            st->queue.len -= st->sent;
            st->sent = 0;
        }
    } else if (st->closing) {
        n = MHD_CONTENT_READER_END_OF_STREAM;
    } else {
        st->suspended = true;
        MHD_suspend_connection(st->conn);
    }
    pthread_mutex_unlock(&st->mu);
    (void)pos;
    return n;
}

static void on_free(void *cls)
{
    stream_unref(cls);
}

/* Appends bytes and wakes the connection; caller holds no stream lock.
 * A reader that has fallen UNSENT_MAX behind is not sent more: its stream
 * ends once what is queued has gone out (whole events only), and its
 * EventSource reconnects with the Last-Event-ID of the last event it got,
 * which api/feeds.c answers with the comments it missed.  (Dropping the
 * event and keeping the stream open lost it for good, with nothing to tell
 * the reader; and a stuck reader's buffer stays bounded either way.) */
static void stream_push(http__stream *st, const char *data, size_t len, bool close)
{
    pthread_mutex_lock(&st->mu);
    size_t unsent = st->queue.len - st->sent;
    if (len && !st->closing) {
        if (unsent && unsent + len > UNSENT_MAX)
            st->closing = true;
        else
            util_buf_append(&st->queue, data, len);
    }
    if (close)
        st->closing = true;
    if (st->suspended) {
        st->suspended = false;
        MHD_resume_connection(st->conn);
    }
    pthread_mutex_unlock(&st->mu);
}

void http_stream(http_req *req, const char *topic, int64_t seq)
{
    http_server *srv = req->server;
    /* HEAD: the stream's headers alone.  A chunked response to a HEAD would
     * make libmicrohttpd 0.9.75 write the last chunk ("0\r\n\r\n") as if
     * it were a body, which a client on the same connection reads as the
     * start of its next response. */
    if (req->method == HTTP_HEAD) {
        http_add_header(req, "Cache-Control", "no-cache");
        http_send(req, 200, "text/event-stream; charset=utf-8", "", 0);
        return;
    }
    http__stream *st = xcalloc(1, sizeof *st);
    pthread_mutex_init(&st->mu, NULL);
    st->conn = req->conn;
    st->topic = xstrdup(topic);
    st->refs = 2;
    st->seq = seq;
    util_buf_puts(&st->queue, "retry: 3000\n: connected\n\n");
    struct MHD_Response *resp =
        MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 1024, on_read, st, on_free);
    MHD_add_response_header(resp, "Content-Type", "text/event-stream; charset=utf-8");
    MHD_add_response_header(resp, "Cache-Control", "no-cache");
    MHD_add_response_header(resp, "X-Accel-Buffering", "no");
    req->stream = st;
    http__stream_register(srv, st);
    atomic_fetch_sub(&srv->active, 1);
    /* queue() is static in server.c: reuse http_send's path by hand. */
    for (size_t i = 0; i < req->nhdrs; i++)
        MHD_add_response_header(resp, req->hdr_names[i], req->hdr_values[i]);
    const char *origin = http_header(req, "Origin");
    if (req->route->flags & HTTP_CORS)
        MHD_add_response_header(resp, "Vary", "Origin");
    if (origin && (req->route->flags & HTTP_CORS) && http__origin_allowed(srv, origin)) {
        MHD_add_response_header(resp, "Access-Control-Allow-Origin", origin);
        MHD_add_response_header(resp, "Access-Control-Allow-Credentials", "true");
    }
    MHD_queue_response(req->conn, 200, resp);
    MHD_destroy_response(resp);
    req->status = 200;
    req->responded = true;
}

void http__stream_register(http_server *s, http__stream *st)
{
    st->hash = http_topic_hash(st->topic);
    pthread_mutex_lock(&s->streams_mu);
    http__stream **head = chain(s, st->hash);
    st->prev = NULL;
    st->next = *head;
    if (*head)
        (*head)->prev = st;
    *head = st;
    s->nstreams++;
    pthread_mutex_unlock(&s->streams_mu);
}

void http__stream_unregister(http_server *s, http__stream *st)
{
    pthread_mutex_lock(&s->streams_mu);
    http__stream **head = chain(s, st->hash);
    assert(st->prev ? st->prev->next == st : *head == st);
    if (st->prev)
        st->prev->next = st->next;
    else
        *head = st->next;
    if (st->next)
        st->next->prev = st->prev;
    st->prev = st->next = NULL;
    s->nstreams--;
    pthread_mutex_unlock(&s->streams_mu);
    stream_unref(st);
}

size_t http_stream_count(http_server *s)
{
    pthread_mutex_lock(&s->streams_mu);
    size_t n = s->nstreams;
    pthread_mutex_unlock(&s->streams_mu);
    return n;
}

/* One event in the text/event-stream format, appended to b. */
static void event_format(util_buf *b, const char *event, const char *id, const char *data)
{
    if (event)
        util_buf_printf(b, "event: %s\n", event);
    if (id)
        util_buf_printf(b, "id: %s\n", id);
    /* One data: line per line of data, as the format requires. */
    const char *p = data ? data : "";
    do {
        size_t n = strcspn(p, "\r\n");
        util_buf_puts(b, "data: ");
        util_buf_append(b, p, n);
        util_buf_putc(b, '\n');
        p += n;
        if (*p == '\r' && p[1] == '\n')
            p++;
        if (*p)
            p++;
    } while (*p);
    util_buf_putc(b, '\n');
}

void http_stream_send(http_req *req, const char *event, const char *id, const char *data)
{
    if (!req->stream)
        return;
    util_buf b = {0};
    event_format(&b, event, id, data);
    stream_push(req->stream, b.data, b.len, false);
    util_buf_free(&b);
}

bool http_topic_low(http_server *s, const char *topic, int64_t *low)
{
    bool any = false;
    *low = 0;
    uint32_t h = http_topic_hash(topic);
    pthread_mutex_lock(&s->streams_mu);
    for (http__stream *st = *chain(s, h); st; st = st->next)
        if (of_topic(st, h, topic) && (!any || st->seq < *low)) {
            *low = st->seq;
            any = true;
        }
    pthread_mutex_unlock(&s->streams_mu);
    return any;
}

void http_publish_seq(http_server *s, const char *topic, const http_event *evs, size_t n)
{
    util_buf *b = xcalloc(n ? n : 1, sizeof *b);
    for (size_t i = 0; i < n; i++) {
        char id[24];
        snprintf(id, sizeof id, "%lld", (long long)evs[i].seq);
        event_format(&b[i], evs[i].event, id, evs[i].data);
    }
    util_buf late = {0};
    uint32_t h = http_topic_hash(topic);
    pthread_mutex_lock(&s->streams_mu);
    for (http__stream *st = *chain(s, h); st; st = st->next) {
        if (!of_topic(st, h, topic))
            continue;
        for (size_t i = 0; i < n; i++)
            if (evs[i].seq > st->seq) {
                stream_push(st, b[i].data, b[i].len, false);
                st->seq = evs[i].seq;
            } else if (evs[i].again) {
                /* an older number: then the stream's own as an id alone
                 * (no event), so that its reader's last id stays the
                 * highest and a reconnection is not sent the newer ones
                 * twice */
                late.len = 0;
                util_buf_append(&late, b[i].data, b[i].len);
                util_buf_printf(&late, "id: %lld\n\n", (long long)st->seq);
                stream_push(st, late.data, late.len, false);
            }
    }
    pthread_mutex_unlock(&s->streams_mu);
    util_buf_free(&late);
    for (size_t i = 0; i < n; i++)
        util_buf_free(&b[i]);
    free(b);
}

void http_topic_end(http_server *s, const char *topic, int64_t below)
{
    uint32_t h = http_topic_hash(topic);
    pthread_mutex_lock(&s->streams_mu);
    for (http__stream *st = *chain(s, h); st; st = st->next)
        if (st->seq < below && of_topic(st, h, topic))
            stream_push(st, NULL, 0, true);
    pthread_mutex_unlock(&s->streams_mu);
}

void http__stream_end_all(http_server *s)
{
    pthread_mutex_lock(&s->streams_mu);
    for (size_t i = 0; i < HTTP__STREAM_CHAINS; i++)
        for (http__stream *st = s->chains[i]; st; st = st->next)
            stream_push(st, NULL, 0, true);
    pthread_mutex_unlock(&s->streams_mu);
}

void *http__heartbeat_main(void *arg)
{
    http_server *s = arg;
    pthread_mutex_lock(&s->hb_mu);
    while (!s->stopping) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += HEARTBEAT_S;
        pthread_cond_timedwait(&s->hb_cond, &s->hb_mu, &ts);
        if (s->stopping)
            break;
        pthread_mutex_unlock(&s->hb_mu);
        static const char ping[] = ": ping\n\n";
        pthread_mutex_lock(&s->streams_mu);
        for (size_t i = 0; i < HTTP__STREAM_CHAINS; i++)
            for (http__stream *st = s->chains[i]; st; st = st->next)
                stream_push(st, ping, sizeof ping - 1, false);
        pthread_mutex_unlock(&s->streams_mu);
        pthread_mutex_lock(&s->hb_mu);
    }
    pthread_mutex_unlock(&s->hb_mu);
    return NULL;
}
