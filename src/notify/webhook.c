/* webhook — the webhook notifier: POSTs an event's JSON body to
 * notify.webhook_url, signed so the receiver can tell it came from us.
 *
 * How it works: an outbox row of kind "webhook" names an event and a
 * comment by its dedup key, "webhook:<event>:<comment id>"; its payload is
 * "{}" (rows queued before schema 10 had the body there, which migration
 * 10 empties; rows queued before this version hold {"event","comment"},
 * the key's own words, and are read by their key too).  Just before each
 * attempt, notify__webhook_prepare reads the comment and its thread again
 * and builds the body (notify__webhook_body) from the comment as it is
 * then, as the mails are: after `causerie privacy erase` the call carries
 * the anonymous author and no website; a comment deleted, or no longer
 * published (comment.published) or no longer held (comment.held), is not
 * sent at all: the row is cancelled.  So the outbox never keeps a copy of
 * a comment, and a receiver that was down during an erase never gets the
 * erased data.  The body is sent with
 *   Content-Type: application/json
 *   X-Causerie-Event: comment.published | comment.held
 *   X-Causerie-Delivery: <outbox row id>   (the same on every retry)
 *   X-Causerie-Signature: sha256=<hex HMAC-SHA-256 of the body, keyed by
 *                          notify.webhook_secret>
 * with libcurl (http or https, certificates verified).  2xx = delivered;
 * 4xx other than 408 and 429 = the receiver refuses it for good; anything
 * else (network, 5xx, 408, 429, timeouts) = retry later.  Redirects are
 * not followed (the signature is for one URL).
 *
 * Must never: send without the signature; follow a redirect; send a body
 * built before the attempt (an erase or a deletion since must count). */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notify/curl_api.h"
#include "notify/notify_int.h"

typedef struct hook_state {
    CURL *curl;
    const util_config *cfg;
    const atomic_bool *stop;
} hook_state;

static size_t discard_cb(char *p, size_t size, size_t n, void *ud)
{
    return size * n;
}

static int progress_cb(void *ud, curl_off_t dt, curl_off_t dn, curl_off_t ut, curl_off_t un)
{
    return atomic_load((const atomic_bool *)ud) ? 1 : 0;
}

static bool hook_open(const util_config *cfg, const atomic_bool *stop, void **state, char *err,
                      size_t errlen)
{
    *state = NULL;
    const char *url = cfg->notify_webhook_url ? cfg->notify_webhook_url : "";
    if (!*url)
        return true;
    if (!cfg->notify_webhook_secret || strlen(cfg->notify_webhook_secret) < 16) {
        snprintf(err, errlen, "notify.webhook_secret: at least 16 characters are needed to sign "
                              "webhook calls");
        return false;
    }
    if (!notify__curl_init(err, errlen))
        return false;
    hook_state *st = xcalloc(1, sizeof *st);
    st->curl = curl_easy_init();
    if (!st->curl) {
        free(st);
        snprintf(err, errlen, "webhook: libcurl could not start");
        return false;
    }
    st->cfg = cfg;
    st->stop = stop;
    *state = st;
    return true;
}

static void hook_close(void *state)
{
    hook_state *st = state;
    if (!st)
        return;
    curl_easy_cleanup(st->curl);
    free(st);
}

/* "sha256=" + hex HMAC-SHA-256(secret, body). */
static void signature(const char *secret, const char *body, size_t len, char out[7 + 65])
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state h;
    crypto_auth_hmacsha256_init(&h, (const unsigned char *)secret, strlen(secret));
    crypto_auth_hmacsha256_update(&h, (const unsigned char *)body, len);
    crypto_auth_hmacsha256_final(&h, mac);
    memcpy(out, "sha256=", 7);
    sodium_bin2hex(out + 7, 65, mac, sizeof mac);
}

static notify__result hook_send(void *state, const notify__message *m, char *err, size_t errlen)
{
    hook_state *st = state;
    CURL *c = st->curl;
    char sig[7 + 65], line[160], errbuf[CURL_ERROR_SIZE] = "";
    signature(st->cfg->notify_webhook_secret, m->body, m->len, sig);
    struct curl_slist *hd = curl_slist_append(NULL, "Content-Type: application/json");
    snprintf(line, sizeof line, "X-Causerie-Event: %s", m->event ? m->event : "event");
    hd = curl_slist_append(hd, line);
    snprintf(line, sizeof line, "X-Causerie-Delivery: %lld", (long long)m->id);
    hd = curl_slist_append(hd, line);
    snprintf(line, sizeof line, "X-Causerie-Signature: %s", sig);
    hd = curl_slist_append(hd, line);
    hd = curl_slist_append(hd, "Expect:");
    snprintf(line, sizeof line, "causerie/%s", CAUSERIE_VERSION);

    curl_easy_setopt(c, CURLOPT_URL, st->cfg->notify_webhook_url);
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, m->body);
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)m->len);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, hd);
    curl_easy_setopt(c, CURLOPT_USERAGENT, line);
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, (long)st->cfg->notify_send_timeout);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard_cb);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, progress_cb);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, (void *)st->stop);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);

    CURLcode rc = curl_easy_perform(c);
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, NULL);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, NULL);
    curl_slist_free_all(hd);
    if (rc != CURLE_OK) {
        snprintf(err, errlen, "webhook: %s%s%s", curl_easy_strerror(rc), errbuf[0] ? ": " : "",
                 errbuf);
        return NOTIFY__RETRY;
    }
    if (code >= 200 && code < 300)
        return NOTIFY__SENT;
    snprintf(err, errlen, "webhook: the receiver answered HTTP %ld", code);
    if (code >= 400 && code < 500 && code != 408 && code != 429)
        return NOTIFY__PERMANENT;
    return NOTIFY__RETRY;
}

/* ---- what a row sends ----------------------------------------------------------- */

/* "webhook:<event>:<comment id>": the event (arena) and the id, or false. */
static bool parse_key(util_arena *a, const char *key, const char **event, int64_t *id)
{
    const char *colon = key ? strchr(key, ':') : NULL;
    const char *last = key ? strrchr(key, ':') : NULL;
    if (!colon || last == colon || strncmp(key, "webhook:", 8) != 0 ||
        !util_parse_id(last + 1, id))
        return false;
    *event = util_arena_strndup(a, colon + 1, (size_t)(last - colon - 1));
    return true;
}

store_status notify__webhook_prepare(store *s, util_arena *a, const store_outbox_row *row,
                                     const char **event, char **body, const char **why)
{
    *event = NULL;
    *body = NULL;
    *why = NULL;
    const char *ev = NULL;
    int64_t id = 0;
    if (!parse_key(a, row->dedup_key, &ev, &id))
        return *why = "the row names no event and comment", STORE_OK;
    bool published = strcmp(ev, "comment.published") == 0;
    bool held = strcmp(ev, "comment.held") == 0;
    if (!published && !held)
        return *why = util_arena_printf(a, "unknown webhook event \"%s\"", ev), STORE_OK;

    store_comment c;
    store_status st = store_comment_get(s, a, id, &c);
    if (st == STORE_NOTFOUND)
        return *why = "the comment no longer exists", STORE_OK;
    if (st != STORE_OK)
        return st;
    if (c.status == STORE_DELETED)
        return *why = "the comment was deleted", STORE_OK;
    if (published && c.status != STORE_PUBLISHED)
        return *why = "the comment is no longer published", STORE_OK;
    if (held && c.status != STORE_PENDING && c.status != STORE_SPAM)
        return *why = "the comment was moderated already", STORE_OK;
    store_thread th;
    if ((st = store_thread_get(s, a, c.thread_id, &th)) != STORE_OK)
        return st == STORE_NOTFOUND ? STORE_EIO : st;
    notify_thread_ref ref = {th.id, th.site, th.uri, th.title};
    *event = ev;
    *body = notify__webhook_body(ev, &ref, &c);
    return STORE_OK;
}

const notify__notifier notify__webhook = {
    .name = "webhook",
    .channel = "webhook",
    .open = hook_open,
    .close = hook_close,
    .send = hook_send,
};
