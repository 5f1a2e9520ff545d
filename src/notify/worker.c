/* worker — the outbox worker of one node: a thread that claims due outbox
 * rows, turns them into mails or webhook calls, sends them through the
 * notifier of their channel, and records the outcome; plus the periodic
 * jobs (editors' digests, retention).
 *
 * How it works: the loop claims one row at a time with a lease
 * (store_outbox_claim: an atomic UPDATE, FOR UPDATE SKIP LOCKED on
 * PostgreSQL), so any number of nodes can drain one outbox and never hold
 * the same row.  The lease lasts the send timeout plus a margin (node
 * clocks must agree to within that margin: NTP); a node killed mid-send
 * leaves a lease that runs out, and another node (or this one after its
 * restart) takes the row again.  After a claim:
 *   fanout       -> in one transaction, one mail.notify row per recipient
 *                   (store_subscription_recipients), and the fanout row done;
 *   mail.*       -> the subscription, comment and thread are read again (a
 *                   row whose subscription ended, or whose comment is no
 *                   longer published, is cancelled: never sent), the mail is
 *                   built (templates.c) and composed (mail.c), then sent;
 *   webhook      -> the comment and thread are read again and the body is
 *                   built from them as they are now (webhook.c: an erased
 *                   author goes as the anonymous name, without website; a
 *                   deleted comment, or one no longer in the event's
 *                   state, is cancelled), then sent.
 * The outcome: sent; failed for good (with the reason); or due again after
 * notify_backoff_ms, until notify.give_up_hours after the row was queued,
 * when it fails with "gave up after N attempts: <last error>".
 * The thread sleeps notify.poll_ms between rounds; notify_wake cuts the
 * sleep short (after 20 ms, so the waking transaction has committed).
 *
 * Notifiers are a table of vtables (notify__notifiers), picked by the
 * channel: the part of the row kind before the first '.'.  Each configured
 * notifier sends on a thread of its own, a lane (one send at a time, its
 * own store connection to record the outcome), so that a slow channel
 * never holds up another: a webhook receiver that takes notify.send_timeout
 * to answer (or never does) used to stop every mail for that long, for each
 * pending call.  The worker thread claims a row and waits for its lane to
 * be idle before it builds the message (store reads, MIME) and hands it
 * over: when the lane is still busy after LANE_WAIT_MS with an earlier
 * send, the row is given back unbuilt, due again when that send must be
 * over (no attempt counted), and the worker goes on with the other rows (at
 * most DEFER_MAX such rows a round: the claim is in due order, whatever the
 * channel).  Only the worker thread hands jobs, so a lane found idle stays
 * idle until its message is handed; a row that turns out to be cancelled,
 * or whose message cannot be built, is recorded so once its lane is idle.
 *
 * Must never: send a row it has not claimed; send while its lease may have
 * run out (the send timeout is shorter than the lease); send anything to a
 * subscription that is not confirmed and active; send a comment's data as
 * it was when queued rather than as it is (erasure, deletion). */
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "notify/notify_int.h"

#define MINUTE_MS (60LL * 1000)
#define HOUR_MS (60 * MINUTE_MS)
#define DRAIN_MAX 500                  /* rows per round */
#define FIRST_RETENTION_MS (30 * 1000)
/* A lease outlives the longest send (notify.send_timeout, enforced by
 * libcurl) by this much: the store round trips around the send.  A row a
 * dead node was sending is taken again when its lease runs out. */
#define LEASE_MARGIN_S 10
/* How long the worker waits for a busy lane before it gives the row back,
 * and how many rows a round gives back before it ends. */
#define LANE_WAIT_MS 1000
#define DEFER_MAX 50

const notify__notifier *const notify__notifiers[] = {&notify__smtp, &notify__webhook, NULL};
#define NNOTIFIERS 2

typedef struct notify_worker notify_worker;

/* The sending thread of one notifier.  A job is handed over only when the
 * lane is idle; mu/cv guard busy and the job. */
typedef struct lane {
    notify_worker *w;
    int ni;                            /* index in notify__notifiers */
    pthread_t thread;
    bool started;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool busy;                         /* a job is waiting or being sent */
    int64_t busy_since;
    util_arena *job_arena;             /* the job's strings (row, message) */
    store_outbox_row row;
    notify__message msg;
    char *body;                        /* malloc'd, msg.body */
} lane;

struct notify_worker {
    const util_config *cfg;
    store_pool *pool;
    unsigned char secret[32];
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool woken;
    atomic_bool stop;
    void *states[NNOTIFIERS];
    lane lanes[NNOTIFIERS];
    util_arena *arena;                 /* lives as long as the worker (ctx) */
    notify__ctx ctx;
    bool ctx_ok;
    bool warned[NNOTIFIERS];
    int64_t next_retention, next_digest;
};

static pthread_mutex_t g_mu = PTHREAD_MUTEX_INITIALIZER;
static notify_worker *g_worker;
static atomic_uint_fast64_t c_sent, c_retried, c_failed, c_fanouts;

/* ---- public helpers ----------------------------------------------------------- */

int64_t notify_backoff_ms(int attempts, int base_s, int max_s)
{
    if (attempts < 1)
        attempts = 1;
    if (base_s < 1)
        base_s = 1;
    if (max_s < base_s)
        max_s = base_s;
    int64_t d = (int64_t)base_s * 1000;
    for (int i = 1; i < attempts && d < (int64_t)max_s * 1000; i++)
        d *= 2;
    if (d > (int64_t)max_s * 1000)
        d = (int64_t)max_s * 1000;
    return d;
}

void notify_wake(void)
{
    pthread_mutex_lock(&g_mu);
    notify_worker *w = g_worker;
    if (w) {
        pthread_mutex_lock(&w->mu);
        w->woken = true;
        pthread_cond_signal(&w->cv);
        pthread_mutex_unlock(&w->mu);
    }
    pthread_mutex_unlock(&g_mu);
}

void notify_counters_get(notify_counters *out)
{
    out->sent = atomic_load(&c_sent);
    out->retried = atomic_load(&c_retried);
    out->failed = atomic_load(&c_failed);
    out->fanouts = atomic_load(&c_fanouts);
}

void notify_metrics_render(store *s, util_buf *out)
{
    int64_t pending = 0, failed = 0, oldest = 0;
    if (s && store_outbox_stats(s, &pending, &failed, &oldest) == STORE_OK) {
        double age = oldest ? (double)(util_now_ms() - oldest) / 1000.0 : 0.0;
        util_buf_printf(out,
                        "# HELP causerie_outbox_pending Outbox rows (mails, webhook calls) "
                        "waiting to be sent.\n"
                        "# TYPE causerie_outbox_pending gauge\n"
                        "causerie_outbox_pending %lld\n"
                        "# HELP causerie_outbox_failed Outbox rows given up or cancelled "
                        "(kept until the retention period).\n"
                        "# TYPE causerie_outbox_failed gauge\n"
                        "causerie_outbox_failed %lld\n"
                        "# HELP causerie_outbox_oldest_pending_seconds Age of the oldest "
                        "pending outbox row.\n"
                        "# TYPE causerie_outbox_oldest_pending_seconds gauge\n"
                        "causerie_outbox_oldest_pending_seconds %.3f\n",
                        (long long)pending, (long long)failed, age < 0 ? 0.0 : age);
    }
    notify_counters c;
    notify_counters_get(&c);
    util_buf_printf(out,
                    "# HELP causerie_notify_sent_total Mails and webhook calls sent by this node.\n"
                    "# TYPE causerie_notify_sent_total counter\n"
                    "causerie_notify_sent_total %llu\n"
                    "# HELP causerie_notify_retries_total Sends that failed and were scheduled "
                    "again.\n"
                    "# TYPE causerie_notify_retries_total counter\n"
                    "causerie_notify_retries_total %llu\n"
                    "# HELP causerie_notify_failed_total Rows given up, refused or cancelled.\n"
                    "# TYPE causerie_notify_failed_total counter\n"
                    "causerie_notify_failed_total %llu\n",
                    (unsigned long long)c.sent, (unsigned long long)c.retried,
                    (unsigned long long)c.failed);
}

/* ---- outcomes ------------------------------------------------------------------ */

static void finish(store *s, const store_outbox_row *row, const store_outbox_outcome *o)
{
    store_status st = store_outbox_finish(s, row, o);
    if (st == STORE_CONFLICT)
        LOG_WARN("notify: outbox row %lld: the lease ran out before the outcome was recorded; "
                 "another worker has it",
                 (long long)row->id);
    else if (st != STORE_OK)
        LOG_WARN("notify: outbox row %lld: cannot record the outcome: %s (it will be retried "
                 "when its lease runs out)",
                 (long long)row->id, store_strerror(st));
}

static void done_sent(store *s, const store_outbox_row *row)
{
    store_outbox_outcome o = {.sent = util_now_ms(), .attempted = true};
    finish(s, row, &o);
    atomic_fetch_add(&c_sent, 1);
    LOG_DEBUG("notify: outbox row %lld (%s) sent", (long long)row->id, row->kind);
}

static void done_failed(store *s, const store_outbox_row *row, const char *why, bool attempted)
{
    store_outbox_outcome o = {.failed = util_now_ms(), .error = why, .attempted = attempted};
    finish(s, row, &o);
    atomic_fetch_add(&c_failed, 1);
    if (attempted)
        LOG_WARN("notify: outbox row %lld (%s) failed: %s", (long long)row->id, row->kind, why);
    else
        LOG_INFO("notify: outbox row %lld (%s): %s", (long long)row->id, row->kind, why);
}

static void done_cancelled(store *s, util_arena *a, const store_outbox_row *row, const char *why)
{
    done_failed(s, row, util_arena_printf(a, "cancelled: %s", why), false);
}

/* A temporary failure: due again after the backoff, or given up. */
static void done_retry(notify_worker *w, store *s, util_arena *a, const store_outbox_row *row,
                       const char *why)
{
    const util_config *cfg = w->cfg;
    int64_t now = util_now_ms();
    int attempts = row->attempts + 1;
    if (now - row->created >= (int64_t)cfg->notify_give_up_hours * HOUR_MS) {
        done_failed(s, row,
                    util_arena_printf(a, "gave up after %d attempt%s in %d h: %s", attempts,
                                      attempts == 1 ? "" : "s", cfg->notify_give_up_hours, why),
                    true);
        return;
    }
    int64_t delay = notify_backoff_ms(attempts, cfg->notify_retry_base, cfg->notify_retry_max);
    store_outbox_outcome o = {.next_attempt = now + delay, .error = why, .attempted = true};
    finish(s, row, &o);
    atomic_fetch_add(&c_retried, 1);
    LOG_WARN("notify: outbox row %lld (%s): attempt %d failed, next in %lld s: %s",
             (long long)row->id, row->kind, attempts, (long long)(delay / 1000), why);
}

/* Stopping in the middle of a send: due again at once, no attempt counted. */
static void done_abandoned(store *s, const store_outbox_row *row)
{
    store_outbox_outcome o = {.next_attempt = util_now_ms(), .error = "interrupted by shutdown"};
    finish(s, row, &o);
}

/* ---- payloads -------------------------------------------------------------------- */

static int64_t payload_int(const store_outbox_row *row, const char *key)
{
    json_t *o = json_loads(row->payload ? row->payload : "", 0, NULL);
    json_t *v = json_object_get(o, key);
    int64_t r = json_is_integer(v) ? (int64_t)json_integer_value(v) : 0;
    json_decref(o);
    return r;
}

static const char *payload_str(util_arena *a, const store_outbox_row *row, const char *key)
{
    json_t *o = json_loads(row->payload ? row->payload : "", 0, NULL);
    json_t *v = json_object_get(o, key);
    const char *r = json_is_string(v) ? util_arena_strdup(a, json_string_value(v)) : NULL;
    json_decref(o);
    return r;
}

/* ---- fanout ------------------------------------------------------------------------ */

static void do_fanout(store *s, util_arena *a, const store_outbox_row *row)
{
    int64_t cid = payload_int(row, "comment");
    store_comment c, parent;
    const char *parent_email = NULL;
    store_subscription *subs = NULL;
    size_t n = 0;
    store_status st = store_begin(s);
    if (st != STORE_OK)
        goto fail;
    st = store_comment_get(s, a, cid, &c);
    if (st == STORE_NOTFOUND || (st == STORE_OK && c.status != STORE_PUBLISHED)) {
        store_outbox_outcome gone = {.failed = util_now_ms(),
                                     .error = "cancelled: the comment is no longer published"};
        st = store_outbox_finish(s, row, &gone);
        goto commit;
    }
    if (st != STORE_OK)
        goto rollback;
    if (c.parent) {
        st = store_comment_get(s, a, c.parent, &parent);
        if (st == STORE_OK)
            parent_email = parent.email;
        else if (st != STORE_NOTFOUND)
            goto rollback;
    }
    st = store_subscription_recipients(s, a, c.thread_id, c.parent, parent_email, c.email, &subs,
                                       &n);
    for (size_t i = 0; i < n && st == STORE_OK; i++) {
        char *key = util_arena_printf(a, "notify:%lld:%s", (long long)cid, subs[i].email);
        json_t *p = json_pack("{s:I, s:I}", "comment", (json_int_t)cid, "subscription",
                              (json_int_t)subs[i].id);
        char *text = json_dumps(p, JSON_COMPACT);
        json_decref(p);
        st = store_outbox_enqueue(s, NOTIFY__KIND_NOTIFY, key, subs[i].email, text, 0, NULL);
        free(text);
    }
    if (st != STORE_OK)
        goto rollback;
    store_outbox_outcome o = {.sent = util_now_ms()};
    st = store_outbox_finish(s, row, &o);
commit:
    if (st != STORE_OK)
        goto rollback;
    if ((st = store_commit(s)) != STORE_OK)
        goto fail;
    atomic_fetch_add(&c_fanouts, 1);
    LOG_DEBUG("notify: comment %lld fans out to %zu subscriber(s)", (long long)cid, n);
    return;
rollback:
    store_rollback(s);
fail:
    LOG_WARN("notify: fanout of comment %lld failed (%s); it will be retried", (long long)cid,
             store_strerror(st));
    if (st != STORE_CONFLICT) {
        /* Outside the failed transaction: let it be due again soon. */
        store_outbox_outcome later = {.next_attempt = util_now_ms() + 5000,
                                      .error = store_strerror(st)};
        store_outbox_finish(s, row, &later);
    }
}

/* ---- mails --------------------------------------------------------------------------- */

typedef enum { BUILD_OK, BUILD_CANCEL, BUILD_STORE_ERROR } build_result;

static build_result store_err(store_status st, const char **why)
{
    *why = store_strerror(st);
    return BUILD_STORE_ERROR;
}

/* Reads what the row's mail needs and builds it; *why says why not. */
static build_result build_mail(notify_worker *w, store *s, util_arena *a,
                               const store_outbox_row *row, notify_mail *m, const char **why)
{
    const char *sub_kind = strchr(row->kind, '.') + 1;
    store_status st;
    if (strcmp(sub_kind, "notify") == 0 || strcmp(sub_kind, "confirm") == 0) {
        store_subscription sub;
        st = store_subscription_get(s, a, payload_int(row, "subscription"), &sub);
        if (st == STORE_NOTFOUND)
            return *why = "the subscription no longer exists", BUILD_CANCEL;
        if (st != STORE_OK)
            return store_err(st, why);
        if (sub.ended)
            return *why = "the subscription has ended", BUILD_CANCEL;
        if (strcmp(sub_kind, "confirm") == 0) {
            if (sub.confirmed)
                return *why = "the subscription is confirmed already", BUILD_CANCEL;
            notify__mail_confirm(a, &w->ctx, row->id, &sub, m);
            return BUILD_OK;
        }
        if (!sub.confirmed)
            return *why = "the subscription is not confirmed", BUILD_CANCEL;
        store_comment c;
        store_thread th;
        st = store_comment_get(s, a, payload_int(row, "comment"), &c);
        if (st == STORE_NOTFOUND || (st == STORE_OK && c.status != STORE_PUBLISHED))
            return *why = "the comment is no longer published", BUILD_CANCEL;
        if (st != STORE_OK || (st = store_thread_get(s, a, c.thread_id, &th)) != STORE_OK)
            return store_err(st, why);
        notify__mail_notify(a, &w->ctx, row->id, &sub, &th, &c, m);
        return BUILD_OK;
    }
    if (strcmp(sub_kind, "manage") == 0) {
        const char *email = payload_str(a, row, "email");
        bool confirmed = false;
        if (!email)
            return *why = "no address in the row", BUILD_CANCEL;
        if ((st = store_email_confirmed(s, email, &confirmed)) != STORE_OK)
            return store_err(st, why);
        if (!confirmed)
            return *why = "the address has no confirmed subscription", BUILD_CANCEL;
        notify__mail_manage(a, &w->ctx, row->id, email, m);
        return BUILD_OK;
    }
    const char *editor = w->cfg->notify_editor_email;
    if (!editor || !*editor)
        return *why = "notify.editor_email is not set any more", BUILD_CANCEL;
    if (strcmp(sub_kind, "held") == 0) {
        store_comment c;
        store_thread th;
        st = store_comment_get(s, a, payload_int(row, "comment"), &c);
        if (st == STORE_NOTFOUND ||
            (st == STORE_OK && c.status != STORE_PENDING && c.status != STORE_SPAM))
            return *why = "the comment was moderated already", BUILD_CANCEL;
        if (st != STORE_OK || (st = store_thread_get(s, a, c.thread_id, &th)) != STORE_OK)
            return store_err(st, why);
        notify__mail_held(a, &w->ctx, row->id, editor, &th, &c, m);
        return BUILD_OK;
    }
    if (strcmp(sub_kind, "digest") == 0) {
        store_comment *cs = NULL;
        size_t n = 0;
        st = store_comments_held_between(s, a, payload_int(row, "from"), payload_int(row, "to"),
                                         100, &cs, &n);
        if (st != STORE_OK)
            return store_err(st, why);
        if (n == 0)
            return *why = "nothing is held any more", BUILD_CANCEL;
        store_thread *ths = util_arena_alloc(a, n * sizeof *ths);
        for (size_t i = 0; i < n; i++)
            if ((st = store_thread_get(s, a, cs[i].thread_id, &ths[i])) != STORE_OK)
                return store_err(st, why);
        notify__mail_digest(a, &w->ctx, row->id, editor, cs, ths, n, m);
        return BUILD_OK;
    }
    return *why = "unknown kind of mail", BUILD_CANCEL;
}

/* ---- lanes ------------------------------------------------------------------------------- */

/* Sends the lane's job and records the outcome on the lane's own store
 * connection.  The lease was taken moments before (the job is handed to an
 * idle lane only), so the send, bounded by notify.send_timeout, ends
 * within it. */
static void lane_send(lane *L, store *s)
{
    notify_worker *w = L->w;
    const notify__notifier *nf = notify__notifiers[L->ni];
    const store_outbox_row *row = &L->row;
    util_arena *a = L->job_arena;
    if (atomic_load(&w->stop)) {
        done_abandoned(s, row);
        return;
    }
    char err[512] = "";
    notify__result r = nf->send(w->states[L->ni], &L->msg, err, sizeof err);
    if (atomic_load(&w->stop) && r != NOTIFY__SENT) {
        done_abandoned(s, row);
        return;
    }
    switch (r) {
    case NOTIFY__SENT:
        done_sent(s, row);
        break;
    case NOTIFY__PERMANENT:
        done_failed(s, row, err, true);
        break;
    case NOTIFY__RETRY:
        done_retry(w, s, a, row, err);
        break;
    }
}

static void *lane_run(void *arg)
{
    lane *L = arg;
    notify_worker *w = L->w;
    for (;;) {
        pthread_mutex_lock(&L->mu);
        while (!L->busy && !atomic_load(&w->stop))
            pthread_cond_wait(&L->cv, &L->mu);
        bool job = L->busy;
        pthread_mutex_unlock(&L->mu);
        if (!job)
            break;   /* stopping, nothing handed over */
        store *s = store_pool_get(w->pool);
        if (s)
            lane_send(L, s);
        else
            LOG_WARN("notify: outbox row %lld: no store connection to send it (it is taken "
                     "again when its lease runs out)",
                     (long long)L->row.id);
        pthread_mutex_lock(&L->mu);
        free(L->body);
        L->body = NULL;
        util_arena_free(L->job_arena);
        L->job_arena = NULL;
        L->busy = false;
        pthread_cond_broadcast(&L->cv);
        pthread_mutex_unlock(&L->mu);
    }
    return NULL;
}

/* With L->mu held: waits up to LANE_WAIT_MS of the lane's current send for
 * it to end.  false when the lane stays busy, or the worker stops: *free_at
 * is when that send must be over. */
static bool lane_idle_locked(lane *L, int64_t *free_at)
{
    notify_worker *w = L->w;
    while (L->busy && !atomic_load(&w->stop)) {
        int64_t until = L->busy_since + LANE_WAIT_MS;
        if (util_now_ms() >= until)
            break;
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        int64_t ns = ts.tv_nsec + (until - util_now_ms()) * 1000000;
        ts.tv_sec += (time_t)(ns / 1000000000);
        ts.tv_nsec = (long)(ns % 1000000000);
        pthread_cond_timedwait(&L->cv, &L->mu, &ts);
    }
    if (L->busy || atomic_load(&w->stop)) {
        *free_at = L->busy_since + (int64_t)w->cfg->notify_send_timeout * 1000;
        return false;
    }
    return true;
}

/* Whether the lane is idle, after waiting as lane_idle_locked does.  It
 * stays idle until lane_hand: only the worker thread hands it jobs. */
static bool lane_wait(lane *L, int64_t *free_at)
{
    pthread_mutex_lock(&L->mu);
    bool idle = lane_idle_locked(L, free_at);
    pthread_mutex_unlock(&L->mu);
    return idle;
}

/* Hands the row's message to its lane, found idle by lane_wait, which then
 * owns body (malloc'd).  false when the worker stops meanwhile: *free_at as
 * lane_wait's, and body is still the caller's. */
static bool lane_hand(lane *L, const store_outbox_row *row, const notify__message *msg,
                      char *body, int64_t *free_at)
{
    pthread_mutex_lock(&L->mu);
    if (!lane_idle_locked(L, free_at)) {
        pthread_mutex_unlock(&L->mu);
        return false;
    }
    util_arena *a = util_arena_new();
    L->job_arena = a;
    L->row = *row;
    L->row.kind = util_arena_strdup(a, row->kind);
    L->row.dedup_key = util_arena_strdup(a, row->dedup_key);
    L->row.recipient = util_arena_strdup(a, row->recipient);
    L->row.payload = util_arena_strdup(a, row->payload);
    L->row.last_error = util_arena_strdup(a, row->last_error);
    L->msg = *msg;
    L->msg.event = util_arena_strdup(a, msg->event);
    L->msg.sender = util_arena_strdup(a, msg->sender);
    L->msg.recipient = util_arena_strdup(a, msg->recipient);
    L->body = body;
    L->msg.body = body;
    L->busy = true;
    L->busy_since = util_now_ms();
    pthread_cond_broadcast(&L->cv);
    pthread_mutex_unlock(&L->mu);
    return true;
}

/* Starts the lane of every configured notifier. */
static bool lanes_start(notify_worker *w, char *err, size_t errlen)
{
    for (int i = 0; i < NNOTIFIERS; i++) {
        lane *L = &w->lanes[i];
        L->w = w;
        L->ni = i;
        pthread_mutex_init(&L->mu, NULL);
        pthread_cond_init(&L->cv, NULL);
    }
    for (int i = 0; i < NNOTIFIERS; i++) {
        lane *L = &w->lanes[i];
        if (!w->states[i])
            continue;
        if (pthread_create(&L->thread, NULL, lane_run, L) != 0) {
            snprintf(err, errlen, "notify: cannot start the %s thread",
                     notify__notifiers[i]->name);
            return false;
        }
        L->started = true;
    }
    return true;
}

/* With w->stop raised: wakes the lanes, waits for them (a send in progress
 * is abandoned by its progress callback and its row given back). */
static void lanes_stop(notify_worker *w)
{
    for (int i = 0; i < NNOTIFIERS; i++) {
        lane *L = &w->lanes[i];
        if (L->started) {
            pthread_mutex_lock(&L->mu);
            pthread_cond_broadcast(&L->cv);
            pthread_mutex_unlock(&L->mu);
            pthread_join(L->thread, NULL);
            L->started = false;
        }
        pthread_mutex_destroy(&L->mu);
        pthread_cond_destroy(&L->cv);
    }
}

/* ---- one row -------------------------------------------------------------------------- */

static int notifier_index(const char *kind)
{
    size_t len = strcspn(kind, ".");
    for (int i = 0; notify__notifiers[i]; i++)
        if (strlen(notify__notifiers[i]->channel) == len &&
            strncmp(notify__notifiers[i]->channel, kind, len) == 0)
            return i;
    return -1;
}

/* The row's lane is busy with an earlier send (or the worker stops): the
 * row is given back, due when that send must be over (free_at), no attempt
 * counted.  false after DEFER_MAX such rows in a round. */
static bool give_back(store *s, const store_outbox_row *row, const notify__notifier *nf,
                      int64_t free_at, int *deferred)
{
    int64_t later = free_at + 1000;
    if (later < util_now_ms() + 1000)
        later = util_now_ms() + 1000;
    store_outbox_outcome o = {.next_attempt = later, .error = row->last_error};
    finish(s, row, &o);
    LOG_DEBUG("notify: outbox row %lld (%s) waits: the %s notifier is busy", (long long)row->id,
              row->kind, nf->name);
    return ++*deferred < DEFER_MAX;
}

/* Returns false when the loop should wait for the next poll (a temporary
 * failure: the other rows would most likely fail the same way). */
static bool process(notify_worker *w, store *s, util_arena *a, const store_outbox_row *row,
                    int *deferred)
{
    if (strcmp(row->kind, NOTIFY__KIND_FANOUT) == 0) {
        do_fanout(s, a, row);
        return true;
    }
    int ni = notifier_index(row->kind);
    if (ni < 0) {
        done_failed(s, row, util_arena_printf(a, "unknown outbox kind \"%s\"", row->kind), false);
        return true;
    }
    const notify__notifier *nf = notify__notifiers[ni];
    void *state = w->states[ni];
    if (!state) {
        const char *why = ni == 0 ? "no SMTP server is configured (smtp.url)"
                                  : "no webhook is configured (notify.webhook_url)";
        if (!w->warned[ni]) {
            LOG_WARN("notify: %s: %s rows wait in the outbox", why, nf->channel);
            w->warned[ni] = true;
        }
        done_retry(w, s, a, row, why);
        return false;
    }
    /* Nothing is built for a lane that stays busy. */
    lane *L = &w->lanes[ni];
    int64_t free_at = 0;
    if (!lane_wait(L, &free_at))
        return give_back(s, row, nf, free_at, deferred);
    notify__message msg = {.id = row->id};
    char err[512] = "";
    util_buf body = {0};
    char *hook_body = NULL;
    if (strcmp(nf->channel, "mail") == 0) {
        notify_mail m;
        const char *why = NULL;
        build_result br = build_mail(w, s, a, row, &m, &why);
        if (br == BUILD_CANCEL) {
            done_cancelled(s, a, row, why);
            return true;
        }
        if (br == BUILD_STORE_ERROR) {
            done_retry(w, s, a, row, util_arena_printf(a, "store: %s", why));
            return false;
        }
        if (!notify_mail_compose(&body, &m, err, sizeof err)) {
            util_buf_free(&body);
            done_failed(s, row, util_arena_printf(a, "cannot compose the mail: %s", err), true);
            return true;
        }
        msg.sender = w->ctx.from_addr;
        msg.recipient = m.to_addr;
        msg.body = body.data;
        msg.len = body.len;
    } else {
        const char *why = NULL;
        store_status st = notify__webhook_prepare(s, a, row, &msg.event, &hook_body, &why);
        if (st != STORE_OK) {
            done_retry(w, s, a, row, util_arena_printf(a, "store: %s", store_strerror(st)));
            return false;
        }
        if (!hook_body) {
            done_cancelled(s, a, row, why);
            return true;
        }
        msg.body = hook_body;
        msg.len = strlen(hook_body);
    }
    char *owned = body.data ? body.data : hook_body;
    if (lane_hand(L, row, &msg, owned, &free_at))
        return true;
    free(owned);   /* stopping */
    return give_back(s, row, nf, free_at, deferred);
}

static void drain(notify_worker *w, store *s)
{
    int64_t lease_ms = ((int64_t)w->cfg->notify_send_timeout + LEASE_MARGIN_S) * 1000;
    int deferred = 0;
    for (int i = 0; i < DRAIN_MAX && !atomic_load(&w->stop); i++) {
        util_arena *a = util_arena_new();
        int64_t now = util_now_ms();
        store_outbox_row row;
        store_status st = store_outbox_claim(s, a, now, now + lease_ms, &row);
        bool go_on = st == STORE_OK;
        if (st == STORE_OK)
            go_on = process(w, s, a, &row, &deferred);
        else if (st != STORE_NOTFOUND)
            LOG_WARN("notify: cannot claim outbox rows: %s", store_strerror(st));
        util_arena_free(a);
        if (!go_on)
            break;
    }
}

/* ---- periodic jobs ------------------------------------------------------------------------ */

static void queue_digest(notify_worker *w, store *s, int64_t now)
{
    const util_config *cfg = w->cfg;
    int64_t period = (int64_t)cfg->notify_digest_minutes * MINUTE_MS;
    /* The last period that ended at least a minute ago (late commits). */
    int64_t end = (now - MINUTE_MS) / period * period;
    int64_t start = end - period;
    util_arena *a = util_arena_new();
    store_comment *cs = NULL;
    size_t n = 0;
    if (store_comments_held_between(s, a, start, end, 1, &cs, &n) == STORE_OK && n > 0) {
        char key[64];
        snprintf(key, sizeof key, "digest:%lld", (long long)start);
        json_t *p = json_pack("{s:I, s:I}", "from", (json_int_t)start, "to", (json_int_t)end);
        char *text = json_dumps(p, JSON_COMPACT);
        json_decref(p);
        bool queued = false;
        if (store_outbox_enqueue(s, NOTIFY__KIND_DIGEST, key, cfg->notify_editor_email, text, 0,
                                 &queued) == STORE_OK &&
            queued)
            LOG_INFO("notify: editors' digest for the %d minutes to %lld queued",
                     cfg->notify_digest_minutes, (long long)(end / 1000));
        free(text);
    }
    util_arena_free(a);
}

static void housekeeping(notify_worker *w, store *s)
{
    const util_config *cfg = w->cfg;
    int64_t now = util_now_ms();
    if (now >= w->next_digest) {
        w->next_digest = now + MINUTE_MS;
        if (cfg->notify_editor_email && *cfg->notify_editor_email &&
            strcmp(cfg->notify_editor_mode, "digest") == 0)
            queue_digest(w, s, now);
    }
    if (now >= w->next_retention) {
        w->next_retention = now + HOUR_MS;
        store_retention_counts c;
        notify_retention_run(s, cfg, &c);
    }
}

/* ---- the thread ------------------------------------------------------------------------------ */

static void wait_next(notify_worker *w)
{
    pthread_mutex_lock(&w->mu);
    if (!w->woken && !atomic_load(&w->stop)) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        int64_t ns = ts.tv_nsec + (int64_t)w->cfg->notify_poll_ms * 1000000;
        ts.tv_sec += (time_t)(ns / 1000000000);
        ts.tv_nsec = (long)(ns % 1000000000);
        pthread_cond_timedwait(&w->cv, &w->mu, &ts);
    }
    bool woken = w->woken;
    w->woken = false;
    pthread_mutex_unlock(&w->mu);
    if (woken && !atomic_load(&w->stop)) {
        /* Let the transaction that woke us commit. */
        struct timespec d = {0, 20 * 1000000};
        nanosleep(&d, NULL);
    }
}

static void *run(void *arg)
{
    notify_worker *w = arg;
    while (!atomic_load(&w->stop)) {
        store *s = store_pool_get(w->pool);
        if (s) {
            drain(w, s);
            if (!atomic_load(&w->stop))
                housekeeping(w, s);
        }
        wait_next(w);
    }
    return NULL;
}

static void close_states(notify_worker *w)
{
    for (int i = 0; i < NNOTIFIERS; i++) {
        if (w->states[i])
            notify__notifiers[i]->close(w->states[i]);
        w->states[i] = NULL;
    }
}

notify_worker *notify_worker_start(const util_config *cfg, store_pool *pool,
                                   const unsigned char secret[32], char *err, size_t errlen)
{
    notify_worker *w = xcalloc(1, sizeof *w);
    w->cfg = cfg;
    w->pool = pool;
    memcpy(w->secret, secret, 32);
    w->arena = util_arena_new();
    atomic_init(&w->stop, false);
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->cv, NULL);
    bool mail = cfg->smtp_url && *cfg->smtp_url, lanes_ok = false;
    w->ctx_ok = notify__ctx_init(&w->ctx, w->arena, cfg, w->secret, err, errlen);
    if (mail && !w->ctx_ok)
        goto fail;
    if (cfg->notify_editor_email && *cfg->notify_editor_email &&
        !notify_mail_addr_ok(cfg->notify_editor_email)) {
        snprintf(err, errlen, "notify.editor_email: \"%s\" is not a plain e-mail address",
                 cfg->notify_editor_email);
        goto fail;
    }
    for (int i = 0; i < NNOTIFIERS; i++)
        if (!notify__notifiers[i]->open(cfg, &w->stop, &w->states[i], err, errlen))
            goto fail;
    lanes_ok = true;
    if (!lanes_start(w, err, errlen))
        goto fail;
    if (!mail)
        LOG_INFO("notify: smtp.url is not set: mails wait in the outbox until it is");
    int64_t now = util_now_ms();
    w->next_retention = now + FIRST_RETENTION_MS;
    w->next_digest = now;
    if (pthread_create(&w->thread, NULL, run, w) != 0) {
        snprintf(err, errlen, "notify: cannot start the worker thread");
        goto fail;
    }
    pthread_mutex_lock(&g_mu);
    g_worker = w;
    pthread_mutex_unlock(&g_mu);
    return w;
fail:
    if (lanes_ok) {
        atomic_store(&w->stop, true);
        lanes_stop(w);
    }
    close_states(w);
    pthread_mutex_destroy(&w->mu);
    pthread_cond_destroy(&w->cv);
    util_arena_free(w->arena);
    free(w);
    return NULL;
}

void notify_worker_stop(notify_worker *w)
{
    if (!w)
        return;
    pthread_mutex_lock(&g_mu);
    if (g_worker == w)
        g_worker = NULL;
    pthread_mutex_unlock(&g_mu);
    atomic_store(&w->stop, true);
    pthread_mutex_lock(&w->mu);
    pthread_cond_signal(&w->cv);
    pthread_mutex_unlock(&w->mu);
    pthread_join(w->thread, NULL);
    lanes_stop(w);
    close_states(w);
    pthread_mutex_destroy(&w->mu);
    pthread_cond_destroy(&w->cv);
    util_arena_free(w->arena);
    free(w);
}
