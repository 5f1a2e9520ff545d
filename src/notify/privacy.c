/* privacy — retention with the configured period, and the operator's
 * `causerie privacy export|erase EMAIL` (JSON).
 *
 * How it works: retention computes the cutoffs from privacy.retention_days
 * (and the confirmation links' lifetime for never-confirmed subscriptions)
 * and runs store_retention_run; the worker calls it hourly, the command
 * line on demand.  Export gathers every comment written with the address
 * (any case, Unicode included: the store compares store_email_casefold, so
 * "JOSÉ@example.org" finds "josé@example.org" on SQLite and PostgreSQL
 * alike), its subscriptions and the mails queued or sent to it, with their
 * threads.  Erase anonymises those comments (author becomes
 * notify_anonymous_name of the site's language; e-mail, website, IP hash,
 * user agent and edit token are removed; the text stays, as published) and
 * deletes the subscriptions and outbox rows of the address, in one
 * transaction.  Webhook calls need no step of their own: their outbox rows
 * name the comment only and the worker builds each call from the comment
 * as it is when it sends (webhook.c), so a call still pending (receiver
 * down) goes out with the anonymous author and no website, and delivered
 * rows never held the data.
 *
 * Must never: print anything about another address; leave an erase half
 * done. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "notify/notify_int.h"

#define DAY_MS (24LL * 3600 * 1000)

const char *notify_anonymous_name(const char *lang)
{
    if (lang && strcmp(lang, "fr") == 0)
        return "Anonyme";
    if (lang && strcmp(lang, "he") == 0)
        return "אנונימי";
    if (lang && strcmp(lang, "ar") == 0)
        return "مجهول";
    return "Anonymous";
}

store_status notify_retention_run(store *s, const util_config *cfg, store_retention_counts *c)
{
    int64_t now = util_now_ms();
    int64_t cutoff = now - (int64_t)cfg->retention_days * DAY_MS;
    store_status st = store_retention_run(s, cutoff, now - NOTIFY_CONFIRM_TTL_MS, c);
    if (st != STORE_OK)
        LOG_WARN("privacy: retention job failed: %s (it runs again in an hour)",
                 store_strerror(st));
    else if (c->scrubbed || c->votes || c->reports || c->comments_deleted || c->subscriptions ||
             c->outbox)
        LOG_INFO("privacy: retention (%d days): %lld comment(s) stripped of e-mail, IP hash and "
                 "user agent, %lld vote(s), %lld report(s), %lld rejected or spam comment(s), "
                 "%lld subscription(s), %lld outbox row(s) deleted",
                 cfg->retention_days, (long long)c->scrubbed, (long long)c->votes,
                 (long long)c->reports, (long long)c->comments_deleted,
                 (long long)c->subscriptions, (long long)c->outbox);
    return st;
}

static json_t *time_or_null(int64_t ms)
{
    if (!ms)
        return json_null();
    char t[32];
    util_time_rfc3339(ms, t);
    return json_string(t);
}

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static void dump(json_t *o, util_buf *out)
{
    char *text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(o);
    util_buf_puts(out, text);
    util_buf_putc(out, '\n');
    free(text);
}

store_status notify_privacy_export(store *s, const util_config *cfg, const char *email,
                                   util_buf *out)
{
    util_arena *a = util_arena_new();
    store_comment *cs = NULL;
    store_subscription *subs = NULL;
    store_outbox_row *rows = NULL;
    size_t nc = 0, ns = 0, nr = 0;
    store_status st;
    /* Subscriptions and mails are to plain ASCII addresses kept in lower
     * case, which the Unicode fold of the address finds. */
    const char *folded = store_email_casefold(a, email);
    if ((st = store_comments_by_email(s, a, email, &cs, &nc)) != STORE_OK ||
        (st = store_subscriptions_by_email(s, a, folded, &subs, &ns)) != STORE_OK ||
        (st = store_outbox_by_recipient(s, a, folded, &rows, &nr)) != STORE_OK)
        goto done;
    json_t *comments = json_array();
    for (size_t i = 0; i < nc; i++) {
        const store_comment *c = &cs[i];
        store_thread th = {0};
        if ((st = store_thread_get(s, a, c->thread_id, &th)) != STORE_OK) {
            json_decref(comments);
            goto done;
        }
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(c->id));
        json_object_set_new(o, "site", str_or_null(th.site));
        json_object_set_new(o, "uri", str_or_null(th.uri));
        json_object_set_new(o, "page_title", str_or_null(th.title));
        json_object_set_new(o, "parent", c->parent ? json_integer(c->parent) : json_null());
        json_object_set_new(o, "author", str_or_null(c->author));
        json_object_set_new(o, "email", str_or_null(c->email));
        json_object_set_new(o, "website", str_or_null(c->website));
        json_object_set_new(o, "text", str_or_null(c->text));
        json_object_set_new(o, "status", json_string(store_comment_status_name(c->status)));
        json_object_set_new(o, "created", time_or_null(c->created));
        json_object_set_new(o, "modified", time_or_null(c->modified));
        json_object_set_new(o, "likes", json_integer(c->likes));
        json_object_set_new(o, "dislikes", json_integer(c->dislikes));
        json_object_set_new(o, "ip_hash", str_or_null(c->ip_hash));
        json_object_set_new(o, "user_agent", str_or_null(c->user_agent));
        json_object_set_new(o, "anchor", c->anchor ? json_loads(c->anchor, 0, NULL) : json_null());
        json_array_append_new(comments, o);
    }
    json_t *subscriptions = json_array();
    for (size_t i = 0; i < ns; i++) {
        const store_subscription *u = &subs[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(u->id));
        json_object_set_new(o, "site", str_or_null(u->site));
        json_object_set_new(o, "uri", str_or_null(u->uri));
        json_object_set_new(o, "page_title", str_or_null(u->title));
        json_object_set_new(o, "kind", str_or_null(u->kind));
        json_object_set_new(o, "comment", u->comment_id ? json_integer(u->comment_id) : json_null());
        json_object_set_new(o, "created", time_or_null(u->created));
        json_object_set_new(o, "confirmed", time_or_null(u->confirmed));
        json_object_set_new(o, "ended", time_or_null(u->ended));
        json_array_append_new(subscriptions, o);
    }
    json_t *mails = json_array();
    for (size_t i = 0; i < nr; i++) {
        const store_outbox_row *r = &rows[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_integer(r->id));
        json_object_set_new(o, "kind", str_or_null(r->kind));
        json_object_set_new(o, "queued", time_or_null(r->created));
        json_object_set_new(o, "sent", time_or_null(r->sent));
        json_object_set_new(o, "failed", time_or_null(r->failed));
        json_object_set_new(o, "attempts", json_integer(r->attempts));
        json_object_set_new(o, "last_error", str_or_null(r->last_error));
        json_array_append_new(mails, o);
    }
    char now[32];
    util_time_rfc3339(util_now_ms(), now);
    json_t *doc = json_object();
    json_object_set_new(doc, "email", json_string(folded));
    json_object_set_new(doc, "generated", json_string(now));
    json_object_set_new(doc, "site", json_string(cfg->site_name));
    json_object_set_new(doc, "retention_days", json_integer(cfg->retention_days));
    json_object_set_new(doc, "comments", comments);
    json_object_set_new(doc, "subscriptions", subscriptions);
    json_object_set_new(doc, "mails", mails);
    dump(doc, out);
done:
    util_arena_free(a);
    return st;
}

store_status notify_privacy_erase(store *s, const util_config *cfg, const char *email,
                                  util_buf *out)
{
    store_privacy_counts c;
    const char *anon = notify_anonymous_name(cfg->site_lang);
    store_status st = store_privacy_erase(s, email, anon, &c);
    if (st != STORE_OK)
        return st;
    util_arena *a = util_arena_new();
    json_t *doc = json_pack("{s:s, s:s, s:I, s:I, s:I}", "email", store_email_casefold(a, email),
                            "author_now", anon, "comments_anonymised", (json_int_t)c.comments,
                            "subscriptions_deleted", (json_int_t)c.subscriptions,
                            "mails_deleted", (json_int_t)c.outbox);
    dump(doc, out);
    util_arena_free(a);
    LOG_INFO("privacy: an address was erased: %lld comment(s) anonymised, %lld subscription(s) "
             "and %lld mail(s) deleted",
             (long long)c.comments, (long long)c.subscriptions, (long long)c.outbox);
    return STORE_OK;
}
