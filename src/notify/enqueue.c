/* enqueue — what the API's transactions put in the outbox: the hooks of a
 * published or held comment, subscriptions with their confirmation mail,
 * and the manage link.
 *
 * How it works: every function writes through the caller's store
 * connection, inside the caller's transaction when one is open (store
 * functions join it), so what it queues commits or rolls back with the
 * comment or the subscription.  Rows carry a dedup key: a comment fans out
 * once ("fanout:<id>"), an editor hears of a held comment once
 * ("held:<id>"), a webhook event is sent once per comment and event
 * ("webhook:<event>:<id>", which is all the row says: its payload is "{}",
 * the body is built when it is sent).
 * Confirmation and manage mails are limited per address and hour by
 * counting the rows already queued to it (store_outbox_recent), which holds
 * across nodes and restarts.
 *
 * Must never: queue anything for an unconfirmed address but its
 * confirmation; tell the caller whether an address was known. */
#include <jansson.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "notify/notify_int.h"

#define HOUR_MS (3600LL * 1000)

static const char *random_hex(util_arena *a)
{
    unsigned char r[6];
    randombytes_buf(r, sizeof r);
    return util_hex_encode(a, r, sizeof r);
}

static store_status enqueue_json(store *s, const char *kind, const char *key,
                                 const char *recipient, json_t *payload)
{
    char *text = json_dumps(payload, JSON_COMPACT);
    json_decref(payload);
    store_status st = store_outbox_enqueue(s, kind, key, recipient, text, 0, NULL);
    free(text);
    return st;
}

char *notify__webhook_body(const char *event, const notify_thread_ref *th, const store_comment *c)
{
    char created[32];
    util_time_rfc3339(c->created ? c->created : util_now_ms(), created);
    json_t *o = json_pack("{s:s, s:s, s:s, s:s?, s:{s:I, s:o, s:s, s:s?, s:s, s:s, s:s, s:s}}",
                          "event", event, "site", th->site ? th->site : "", "uri",
                          th->uri ? th->uri : "", "title", th->title, "comment", "id",
                          (json_int_t)c->id, "parent",
                          c->parent ? json_integer(c->parent) : json_null(), "author",
                          c->author ? c->author : "", "website", c->website, "text",
                          c->text ? c->text : "", "html", c->html ? c->html : "", "status",
                          store_comment_status_name(c->status), "created", created);
    char *s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    return s;
}

static bool webhook_on(const util_config *cfg)
{
    return cfg->notify_webhook_url && *cfg->notify_webhook_url;
}

/* The row names the event and the comment in its dedup key, nothing more
 * (payload "{}"): the worker builds the body from the comment as it is when
 * it sends (webhook.c), so an erase or a deletion made meanwhile is
 * respected and no copy of the comment stays in the outbox. */
static store_status queue_webhook(store *s, const char *event, const store_comment *c)
{
    char key[96];
    snprintf(key, sizeof key, "webhook:%s:%lld", event, (long long)c->id);
    return store_outbox_enqueue(s, NOTIFY__KIND_WEBHOOK, key, NULL, "{}", 0, NULL);
}

store_status notify_on_publish_tx(store *s, const util_config *cfg, const notify_thread_ref *th,
                                  const store_comment *c)
{
    bool any = false;
    store_status st = store_thread_has_subscribers(s, th->id, &any);
    if (st != STORE_OK)
        return st;
    bool queued = false;
    if (any) {
        char key[48];
        snprintf(key, sizeof key, "fanout:%lld", (long long)c->id);
        st = enqueue_json(s, NOTIFY__KIND_FANOUT, key, NULL,
                          json_pack("{s:I}", "comment", (json_int_t)c->id));
        if (st != STORE_OK)
            return st;
        queued = true;
    }
    if (webhook_on(cfg)) {
        if ((st = queue_webhook(s, "comment.published", c)) != STORE_OK)
            return st;
        queued = true;
    }
    if (queued)
        notify_wake();
    return STORE_OK;
}

store_status notify_on_hold_tx(store *s, const util_config *cfg, const notify_thread_ref *th,
                               const store_comment *c)
{
    bool queued = false;
    store_status st;
    const char *editor = cfg->notify_editor_email;
    /* One mail per comment held for review; spam (which bots send by the
     * hundred) only shows in the digest and the console. */
    if (editor && *editor && c->status == STORE_PENDING && cfg->notify_editor_mode &&
        strcmp(cfg->notify_editor_mode, "each") == 0) {
        char key[48];
        snprintf(key, sizeof key, "held:%lld", (long long)c->id);
        st = enqueue_json(s, NOTIFY__KIND_HELD, key, editor,
                          json_pack("{s:I}", "comment", (json_int_t)c->id));
        if (st != STORE_OK)
            return st;
        queued = true;
    }
    if (webhook_on(cfg)) {
        if ((st = queue_webhook(s, "comment.held", c)) != STORE_OK)
            return st;
        queued = true;
    }
    if (queued)
        notify_wake();
    return STORE_OK;
}

/* Whether a confirmation or manage mail may go to email now. */
static store_status under_limit(store *s, const util_config *cfg, const char *email, bool *ok)
{
    int64_t n = 0;
    store_status st = store_outbox_recent(s, email, util_now_ms() - HOUR_MS, &n);
    *ok = st == STORE_OK && n < cfg->notify_confirm_per_hour;
    if (st == STORE_OK && !*ok)
        LOG_INFO("notify: confirmation mails to one address are over the hourly limit (%d); "
                 "none sent",
                 cfg->notify_confirm_per_hour);
    return st;
}

store_status notify_subscribe(store *s, util_arena *a, const util_config *cfg,
                              const notify_thread_ref *th, const char *email, const char *kind,
                              int64_t comment_id, const char *lang)
{
    store_status st = store_begin(s);
    if (st != STORE_OK)
        return st;
    store_subscription in = {.site = th->site, .thread_id = th->id, .email = email,
                             .kind = kind, .comment_id = comment_id, .lang = lang};
    store_subscription sub;
    bool ok = false;
    if ((st = store_subscription_ensure(s, a, &in, &sub)) != STORE_OK)
        goto fail;
    if (sub.confirmed) {
        st = store_commit(s);
        return st;
    }
    if ((st = under_limit(s, cfg, sub.email, &ok)) != STORE_OK)
        goto fail;
    if (ok) {
        char *key = util_arena_printf(a, "confirm:%lld:%lld:%s", (long long)sub.id,
                                      (long long)util_now_ms(), random_hex(a));
        st = enqueue_json(s, NOTIFY__KIND_CONFIRM, key, sub.email,
                          json_pack("{s:I}", "subscription", (json_int_t)sub.id));
        if (st != STORE_OK)
            goto fail;
    }
    st = store_commit(s);
    if (st == STORE_OK && ok)
        notify_wake();
    return st;
fail:
    store_rollback(s);
    return st;
}

store_status notify_send_manage_link(store *s, const util_config *cfg, const char *email)
{
    util_arena *a = util_arena_new();
    bool confirmed = false, ok = false;
    store_status st = store_begin(s);
    if (st != STORE_OK)
        goto out;
    if ((st = store_email_confirmed(s, email, &confirmed)) != STORE_OK || !confirmed)
        goto done;
    if ((st = under_limit(s, cfg, email, &ok)) != STORE_OK || !ok)
        goto done;
    const char *folded = store_email_fold(a, email);
    char *key = util_arena_printf(a, "manage:%s:%lld:%s", folded, (long long)util_now_ms(),
                                  random_hex(a));
    st = enqueue_json(s, NOTIFY__KIND_MANAGE, key, folded, json_pack("{s:s}", "email", folded));
done:
    if (st == STORE_OK)
        st = store_commit(s);
    else
        store_rollback(s);
    if (st == STORE_OK && ok)
        notify_wake();
out:
    util_arena_free(a);
    return st;
}
