/* subscriptions — "S'abonner": subscribing (on its own or with a comment),
 * the pages behind the links of the mails (confirm, unsubscribe, manage),
 * and the HTML page shell shared with the privacy page, in which the
 * errors the server decides on those routes (400, 405, 413, 503) reach a
 * browser (api__html_error; other clients get the JSON error).
 *
 *   POST /api/v1/subscriptions {"uri","site"?,"title"?,"email","kind","comment"?}
 *        -> 202 whatever the address's state; a confirmation mail is queued
 *           for an unconfirmed subscription (notify_subscribe).
 *   POST /api/v1/subscriptions/manage {"email"} -> 202; the link to the
 *        subscriptions page is mailed to an address that has a confirmed one.
 *   GET  /subscriptions/confirm?token=T       confirms, says so (HTML)
 *   GET  /subscriptions/unsubscribe?token=T   a page with a button (no effect)
 *   POST /subscriptions/unsubscribe?token=T   ends it: the button, and
 *        RFC 8058 one-click from mail clients (200 whatever the body)
 *   GET  /subscriptions/manage?token=T        the address's subscriptions
 *   POST /subscriptions/manage?token=T        end=ID or end=all, then the list
 *
 * Tokens are signed (notify/token.c): the signature is checked before the
 * store is asked anything.  Pages are in the site's language (French or
 * English; Hebrew and Arabic sites get English), sent with a strict
 * Content-Security-Policy, no referrer (the token is in the URL) and
 * no-store.
 *
 * Must never: tell whether an address is known (202 in every case); act on
 * a GET of the unsubscribe link (mail scanners follow links); end a
 * subscription that is not the token's; link a page outside site.origins
 * (util_page_url, as the mails do). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "api/api_int.h"
#include "notify/notify.h"
#include "render/render.h"

#define MAX_EMAIL 254
#define MAX_URI 2000
#define MAX_TITLE 300

/* ---- words of the pages ------------------------------------------------------ */

typedef struct page_strings {
    const char *code;
    const char *bad_link_title, *bad_link, *expired;
    const char *confirmed_title, *confirmed;          /* {what} {title} */
    const char *what_all, *what_replies;
    const char *ended_title, *ended;
    const char *unsub_title, *unsub_question, *unsub_button;   /* {what} {title} */
    const char *unsub_done_title, *unsub_done, *unsub_already;
    const char *manage_title, *manage_intro, *manage_none, *manage_end, *manage_end_all;
    const char *state_confirmed, *state_pending, *manage_ended_one, *manage_ended_all;
    const char *back_to_page, *each_mail;
    const char *link_sent_title, *link_sent, *bad_email, *too_many;
} page_strings;

static const page_strings pages[] = {
    {
        .code = "fr",
        .bad_link_title = "Lien non valable",
        .bad_link = "Ce lien n'est pas valable : il a peut-être été coupé en deux par votre "
                    "logiciel de messagerie. Copiez-le en entier dans la barre d'adresse.",
        .expired = "Ce lien a expiré. Vous pouvez refaire la demande depuis la page de "
                   "l'article.",
        .confirmed_title = "Abonnement confirmé",
        .confirmed = "Vous recevrez désormais par courriel {what} de la page « {title} ».",
        .what_all = "les nouveaux commentaires",
        .what_replies = "les réponses à vos commentaires",
        .ended_title = "Abonnement terminé",
        .ended = "Cet abonnement a pris fin. Pour vous abonner de nouveau, utilisez le bouton "
                 "« S'abonner » de la page.",
        .unsub_title = "Se désabonner",
        .unsub_question = "Ne plus recevoir par courriel {what} de la page « {title} » ?",
        .unsub_button = "Me désabonner",
        .unsub_done_title = "Vous êtes désabonné(e)",
        .unsub_done = "Vous ne recevrez plus de courriel pour {what} de la page « {title} ».",
        .unsub_already = "Cet abonnement avait déjà pris fin : vous ne recevrez plus rien à son "
                         "sujet.",
        .manage_title = "Mes abonnements",
        .manage_intro = "Les abonnements aux commentaires de l'adresse {email} :",
        .manage_none = "Cette adresse n'a plus aucun abonnement.",
        .manage_end = "Mettre fin",
        .manage_end_all = "Mettre fin à tous mes abonnements",
        .state_confirmed = "confirmé",
        .state_pending = "en attente de confirmation",
        .manage_ended_one = "L'abonnement a pris fin.",
        .manage_ended_all = "Tous vos abonnements ont pris fin.",
        .back_to_page = "Retour à la page",
        .each_mail = "Chaque courriel contient un lien pour vous désabonner en un clic.",
        .link_sent_title = "Demande reçue",
        .link_sent = "Si cette adresse a des abonnements confirmés, un lien vers la page de "
                     "ses abonnements vient de lui être envoyé (valable 24 heures).",
        .bad_email = "Cette adresse de courriel n'est pas valable.",
        .too_many = "Trop de demandes : réessayez dans une minute.",
    },
    {
        .code = "en",
        .bad_link_title = "Invalid link",
        .bad_link = "This link is not valid: your mail program may have cut it in two. Copy "
                    "all of it into the address bar.",
        .expired = "This link has expired. You can ask again from the article's page.",
        .confirmed_title = "Subscription confirmed",
        .confirmed = "From now on you will receive {what} of the page “{title}” by e-mail.",
        .what_all = "new comments",
        .what_replies = "replies to your comments",
        .ended_title = "Subscription ended",
        .ended = "This subscription has ended. To subscribe again, use the “Subscribe” button "
                 "on the page.",
        .unsub_title = "Unsubscribe",
        .unsub_question = "Stop receiving {what} of the page “{title}” by e-mail?",
        .unsub_button = "Unsubscribe me",
        .unsub_done_title = "You are unsubscribed",
        .unsub_done = "You will receive no more e-mail about {what} of the page “{title}”.",
        .unsub_already = "This subscription had already ended: you will receive nothing more "
                         "about it.",
        .manage_title = "My subscriptions",
        .manage_intro = "The comment subscriptions of {email}:",
        .manage_none = "This address has no subscription left.",
        .manage_end = "End",
        .manage_end_all = "End all my subscriptions",
        .state_confirmed = "confirmed",
        .state_pending = "awaiting confirmation",
        .manage_ended_one = "The subscription has ended.",
        .manage_ended_all = "All your subscriptions have ended.",
        .back_to_page = "Back to the page",
        .each_mail = "Every e-mail has a link to unsubscribe in one click.",
        .link_sent_title = "Request received",
        .link_sent = "If this address has confirmed subscriptions, a link to its subscriptions "
                     "page has just been sent to it (valid for 24 hours).",
        .bad_email = "This e-mail address is not valid.",
        .too_many = "Too many requests: try again in a minute.",
    },
};

static const page_strings *strings(http_req *req)
{
    const char *lang = api__app(req)->cfg->site_lang;
    return strcmp(lang, "fr") == 0 ? &pages[0] : &pages[1];
}

const char *api__page_lang(http_req *req)
{
    return strings(req)->code;
}

/* {name} placeholders, values HTML-escaped (kv: name, value, ..., NULL). */
static const char *fill(http_req *req, const char *tmpl, const char *const *kv)
{
    util_buf b = {0};
    for (const char *p = tmpl; *p;) {
        const char *open = strchr(p, '{'), *close = open ? strchr(open, '}') : NULL;
        if (!open || !close) {
            util_buf_puts(&b, p);
            break;
        }
        util_buf_append(&b, p, (size_t)(open - p));
        const char *val = NULL;
        for (size_t i = 0; kv[i]; i += 2)
            if (strlen(kv[i]) == (size_t)(close - open - 1) &&
                strncmp(kv[i], open + 1, (size_t)(close - open - 1)) == 0)
                val = kv[i + 1] ? kv[i + 1] : "";
        if (val)
            render_html_escape(&b, val, strlen(val));
        else
            util_buf_append(&b, open, (size_t)(close - open + 1));
        p = close + 1;
    }
    const char *s = util_arena_strdup(req->arena, b.data ? b.data : "");
    util_buf_free(&b);
    return s;
}

static const char *esc(http_req *req, const char *s)
{
    return render_html_escape_a(req->arena, s ? s : "");
}

void api__html_page(http_req *req, int status, const char *title, const char *body_html)
{
    api_app *app = api__app(req);
    util_buf b = {0};
    util_buf_printf(&b,
                    "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"ltr\"><head><meta charset=\"utf-8\">"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    "<meta name=\"robots\" content=\"noindex\">"
                    "<title>%s — %s</title>\n<style>"
                    "body{margin:0;padding:2rem 1rem;background:#f4f3ef;color:#222;"
                    "font:17px/1.55 Georgia,'Times New Roman',serif}"
                    "main{max-width:42rem;margin:0 auto;background:#fff;padding:1.5rem 2rem;"
                    "border-radius:6px}h1{font-size:1.5rem;margin-top:0}"
                    "h2{font-size:1.15rem;margin-top:1.8rem}"
                    "button{font:inherit;background:#a3262a;color:#fff;border:0;"
                    "padding:.5rem 1rem;border-radius:4px;cursor:pointer}"
                    "button.quiet{background:#666;font-size:.9rem;padding:.25rem .6rem}"
                    "ul.subs{padding:0;list-style:none}ul.subs li{padding:.6rem 0;"
                    "border-bottom:1px solid #ddd;display:flex;gap:1rem;align-items:center;"
                    "justify-content:space-between}.muted{color:#666;font-size:.9rem}"
                    ".notice{background:#eef6ee;padding:.5rem 1rem;border-radius:4px}"
                    "table{border-collapse:collapse}td,th{text-align:left;vertical-align:top;"
                    "padding:.3rem .6rem .3rem 0}</style></head>\n<body><main>\n"
                    "<h1>%s</h1>\n%s\n<p class=\"muted\">%s</p>\n</main></body></html>\n",
                    api__page_lang(req), esc(req, title), esc(req, app->cfg->site_name),
                    esc(req, title), body_html, esc(req, app->cfg->site_name));
    http_add_header(req, "Content-Security-Policy",
                    util_arena_printf(req->arena,
                                      "default-src 'none'; style-src 'unsafe-inline'; "
                                      "form-action 'self' %s; frame-ancestors 'none'; "
                                      "base-uri 'none'",
                                      app->cfg->public_url));
    http_add_header(req, "Referrer-Policy", "no-referrer");
    http_add_header(req, "Cache-Control", "no-store");   /* (nosniff: every answer has it) */
    http_send(req, status, "text/html; charset=utf-8", b.data, b.len);
    util_buf_free(&b);
}

/* ---- the errors the server decides on the pages ------------------------------- */

/* Whether an Accept header asks for HTML: a text/html (or
 * application/xhtml+xml) element whose q is not zero, as browsers send.
 * Any type at all ("*" over "*") does not: fetch, curl and HTTP libraries
 * send that, and they read the JSON error. */
static bool accepts_html(const char *accept)
{
    for (const char *p = accept; p && *p;) {
        p += strspn(p, " \t,");
        size_t n = strcspn(p, ",");
        size_t t = strcspn(p, ";,");
        while (t && (p[t - 1] == ' ' || p[t - 1] == '\t'))
            t--;
        bool html = (t == 9 && strncasecmp(p, "text/html", 9) == 0) ||
                    (t == 21 && strncasecmp(p, "application/xhtml+xml", 21) == 0);
        if (html) {
            double q = 1;
            for (const char *a = p; a < p + n && (a = memchr(a, ';', (size_t)(p + n - a)));) {
                a++;
                a += strspn(a, " \t");
                if ((*a == 'q' || *a == 'Q') && a[1] == '=')
                    q = strtod(a + 2, NULL);
            }
            if (q > 0)
                return true;
        }
        p += n;
    }
    return false;
}

typedef struct error_words {
    int status;                 /* 0: any other */
    const char *title[2], *text[2];   /* fr, en */
} error_words;

static const error_words error_pages[] = {
    {400, {"Demande non valable", "Bad request"},
     {"Cette adresse est mal formée : elle a peut-être été coupée ou modifiée en route. "
      "Copiez le lien en entier dans la barre d'adresse.",
      "This address is malformed: it may have been cut or changed on its way. Copy the "
      "whole link into the address bar."}},
    {405, {"Méthode non permise", "Method not allowed"},
     {"Cette page ne peut pas être demandée de cette façon.",
      "This page cannot be requested this way."}},
    {413, {"Demande trop grande", "Request too large"},
     {"Ce qui a été envoyé est trop grand pour cette page.",
      "What was sent is too large for this page."}},
    {415, {"Format non pris en charge", "Unsupported format"},
     {"Ce qui a été envoyé est codé d'une façon que cette page ne lit pas.",
      "What was sent is encoded in a way this page does not read."}},
    {503, {"Service indisponible", "Service unavailable"},
     {"Le service est momentanément indisponible ; réessayez dans un instant.",
      "The service is unavailable for a moment; try again shortly."}},
    {0, {"Erreur", "Error"}, {"La demande n'a pas pu aboutir.", "The request could not be served."}},
};

void api__html_error(http_req *req, int status, const char *code, const char *msg)
{
    if (!accepts_html(http_header(req, "Accept"))) {
        http_error_json(req, status, code, NULL, msg);
        return;
    }
    int lang = strings(req) == &pages[0] ? 0 : 1;
    const error_words *w = error_pages;
    while (w->status && w->status != status)
        w++;
    api__html_page(req, status, w->title[lang],
                   util_arena_printf(req->arena, "<p>%s</p>\n<p class=\"muted\">%s</p>",
                                     esc(req, w->text[lang]), esc(req, msg)));
}

/* ---- POST /api/v1/subscriptions ------------------------------------------------ */

static notify_thread_ref thread_ref(const store_thread *th)
{
    return (notify_thread_ref){.id = th->id, .site = th->site, .uri = th->uri,
                               .title = th->title};
}

store_status api__subscribe_tx(http_req *req, store *s, const store_thread *th,
                               const char *email, const char *kind)
{
    api_app *app = api__app(req);
    notify_thread_ref ref = thread_ref(th);
    return notify_subscribe(s, req->arena, app->cfg, &ref, email, kind, 0, app->cfg->site_lang);
}

/* One line, as a comment's uri and title are checked (no C0 or C1
 * control, no line or paragraph separator): a page no comment could be
 * posted to, or read from, cannot be subscribed to either. */
static bool no_controls(http_req *req, const char *field, const char *v)
{
    if (v && !api__one_line(v)) {
        http_error(req, 422, "invalid_field", field, "%s must not contain control characters",
                   field);
        return false;
    }
    return true;
}

bool api__mailable(http_req *req, const char *email)
{
    /* The mails are sent without SMTPUTF8: an address the mailer would
     * refuse is refused here, rather than answered 202 and never mailed. */
    if (notify_mail_addr_ok(email))
        return true;
    http_error(req, 422, "invalid_field", "email",
               "email must be a plain ASCII address to receive mail (internationalized "
               "addresses are not supported)");
    return false;
}

static void accepted(http_req *req)
{
    api__send_json(req, 202,
                   json_pack("{s:s, s:s}", "status", "accepted", "message",
                             "if this address can receive mail, a message is on its way"));
}

void api__subscriptions_post(http_req *req)
{
    api_app *app = api__app(req);
    json_t *body = api__body(req);
    if (!body)
        return;
    const char *uri, *site, *title, *email, *kind;
    int64_t comment = 0;
    if (!api__field_string(req, body, "uri", FIELD_REQUIRED, MAX_URI, false, &uri) ||
        !api__field_string(req, body, "site", FIELD_OPTIONAL, 100, true, &site) ||
        !api__field_string(req, body, "title", FIELD_OPTIONAL, MAX_TITLE, true, &title) ||
        !api__field_string(req, body, "email", FIELD_REQUIRED, MAX_EMAIL, true, &email) ||
        !api__field_string(req, body, "kind", FIELD_REQUIRED, 16, true, &kind) ||
        !no_controls(req, "title", title))
        goto out;
    if (!api__uri_chars_ok(uri)) {
        http_error(req, 422, "invalid_field", "uri", "uri must not contain control characters");
        goto out;
    }
    if (site && !api__valid_site(site)) {
        http_error(req, 422, "invalid_field", "site",
                   "site must be 1-100 letters, digits, '.', '-' or '_'");
        goto out;
    }
    if (!api__valid_email(email)) {
        http_error(req, 422, "invalid_field", "email", "email is not a valid address");
        goto out;
    }
    if (!api__mailable(req, email))
        goto out;
    if (strcmp(kind, "all") != 0 && strcmp(kind, "replies") != 0) {
        http_error(req, 422, "invalid_field", "kind", "kind must be all or replies");
        goto out;
    }
    json_t *cv = json_object_get(body, "comment");
    if (!api__absent(cv)) {
        if (!json_is_integer(cv) || json_integer_value(cv) <= 0) {
            http_error(req, 422, "invalid_field", "comment",
                       "comment must be the id of a comment (a positive integer)");
            goto out;
        }
        if (strcmp(kind, "replies") != 0) {
            http_error(req, 422, "invalid_field", "comment",
                       "comment goes with kind replies only");
            goto out;
        }
        comment = json_integer_value(cv);
    }
    if (api__rate_limited(req, api__app(req)->post_limit))
        goto out;
    store *s = api__store(req);
    if (!s)
        goto out;
    store_thread th;
    store_status rc = STORE_OK;
    if (comment) {
        /* checked before the thread is made: a 422 stores nothing */
        store_comment c;
        rc = store_comment_get(s, req->arena, comment, &c);
        if (rc == STORE_OK)
            rc = store_thread_find(s, req->arena, site ? site : app->cfg->default_site, uri, &th);
        if (rc == STORE_NOTFOUND ||
            (rc == STORE_OK && (c.thread_id != th.id || c.status != STORE_PUBLISHED))) {
            http_error(req, 422, "invalid_field", "comment",
                       "comment is not a published comment of this page");
            goto out;
        }
    }
    if (rc == STORE_OK)
        rc = store_thread_ensure(s, req->arena, site ? site : app->cfg->default_site, uri, title,
                                 &th);
    if (rc == STORE_OK) {
        notify_thread_ref ref = thread_ref(&th);
        rc = notify_subscribe(s, req->arena, app->cfg, &ref, email, kind, comment,
                              app->cfg->site_lang);
    }
    if (rc != STORE_OK) {
        api__store_error(req, rc, "subscription");
        goto out;
    }
    accepted(req);
out:
    json_decref(body);
}

void api__subscriptions_manage_post(http_req *req)
{
    json_t *body = api__body(req);
    if (!body)
        return;
    const char *email;
    if (!api__field_string(req, body, "email", FIELD_REQUIRED, MAX_EMAIL, true, &email))
        goto out;
    if (!api__valid_email(email)) {
        http_error(req, 422, "invalid_field", "email", "email is not a valid address");
        goto out;
    }
    if (!api__mailable(req, email))
        goto out;
    if (api__rate_limited(req, api__app(req)->post_limit))
        goto out;
    store *s = api__store(req);
    if (!s)
        goto out;
    store_status rc = notify_send_manage_link(s, api__app(req)->cfg, email);
    if (rc != STORE_OK) {
        api__store_error(req, rc, "subscription");
        goto out;
    }
    accepted(req);
out:
    json_decref(body);
}

/* ---- the pages of the links ---------------------------------------------------------- */

/* Checks the token of the query; answers the error page and returns false
 * when it is not a valid one for p. */
static bool read_token(http_req *req, notify_token_purpose p, int64_t *id, const char **email)
{
    const page_strings *L = strings(req);
    notify_token_status ts = notify_token_verify(req->arena, api__app(req)->secret,
                                                 http_param(req, "token"), p, util_now_ms(), id,
                                                 email);
    if (ts == NOTIFY_TOKEN_OK)
        return true;
    bool expired = ts == NOTIFY_TOKEN_EXPIRED;
    api__html_page(req, expired ? 410 : 400, L->bad_link_title,
                   util_arena_printf(req->arena, "<p>%s</p>",
                                     esc(req, expired ? L->expired : L->bad_link)));
    return false;
}

static const char *what(const page_strings *L, const store_subscription *sub)
{
    return strcmp(sub->kind, "replies") == 0 ? L->what_replies : L->what_all;
}

static const char *title_of(const store_subscription *sub)
{
    return sub->title && *sub->title ? sub->title : sub->uri;
}

static const char *page_link(http_req *req, const store_subscription *sub)
{
    const page_strings *L = strings(req);
    /* as the mails and the feed link it: an absolute uri only when its
     * origin is one of site.origins (a subscription's uri is anyone's
     * words: the site's own page must not send its reader elsewhere) */
    const char *url = util_page_url(req->arena, api__app(req)->cfg, sub->uri);
    return util_arena_printf(req->arena, "<p><a href=\"%s\">%s</a></p>", esc(req, url),
                             esc(req, L->back_to_page));
}

static void ended_page(http_req *req)
{
    const page_strings *L = strings(req);
    api__html_page(req, 410, L->ended_title,
                   util_arena_printf(req->arena, "<p>%s</p>", esc(req, L->ended)));
}

void api__subscription_confirm(http_req *req)
{
    const page_strings *L = strings(req);
    int64_t id;
    if (!read_token(req, NOTIFY_TOKEN_CONFIRM, &id, NULL))
        return;
    store *s = api__store(req);
    if (!s)
        return;
    store_subscription sub;
    store_status rc = store_subscription_confirm(s, id, util_now_ms());
    if (rc == STORE_OK || rc == STORE_NOTFOUND)
        rc = store_subscription_get(s, req->arena, id, &sub);
    if (rc == STORE_NOTFOUND || (rc == STORE_OK && sub.ended)) {
        ended_page(req);
        return;
    }
    if (rc != STORE_OK) {
        api__store_error(req, rc, "subscription");
        return;
    }
    const char *kv[] = {"what", what(L, &sub), "title", title_of(&sub), NULL};
    api__html_page(req, 200, L->confirmed_title,
                   util_arena_printf(req->arena, "<p>%s</p>\n<p>%s</p>\n%s",
                                     fill(req, L->confirmed, kv), esc(req, L->each_mail),
                                     page_link(req, &sub)));
}

void api__subscription_unsubscribe(http_req *req)
{
    const page_strings *L = strings(req);
    int64_t id;
    if (!read_token(req, NOTIFY_TOKEN_UNSUBSCRIBE, &id, NULL))
        return;
    store *s = api__store(req);
    if (!s)
        return;
    store_subscription sub;
    store_status rc = store_subscription_get(s, req->arena, id, &sub);
    if (rc == STORE_NOTFOUND) {
        /* Erased since: nothing is sent to it any more either way. */
        api__html_page(req, 200, L->unsub_done_title,
                       util_arena_printf(req->arena, "<p>%s</p>", esc(req, L->unsub_already)));
        return;
    }
    if (rc != STORE_OK) {
        api__store_error(req, rc, "subscription");
        return;
    }
    const char *kv[] = {"what", what(L, &sub), "title", title_of(&sub), NULL};
    if (req->method == HTTP_POST) {
        /* RFC 8058 one-click, or the page's button: the body does not
         * matter, the token says what to end. */
        rc = store_subscription_end(s, id, util_now_ms());
        if (rc != STORE_OK && rc != STORE_NOTFOUND) {
            api__store_error(req, rc, "subscription");
            return;
        }
        api__html_page(req, 200, L->unsub_done_title,
                       util_arena_printf(req->arena, "<p>%s</p>\n%s",
                                         fill(req, sub.ended ? L->unsub_already : L->unsub_done,
                                              kv),
                                         page_link(req, &sub)));
        return;
    }
    if (sub.ended) {
        api__html_page(req, 200, L->unsub_done_title,
                       util_arena_printf(req->arena, "<p>%s</p>", esc(req, L->unsub_already)));
        return;
    }
    api__html_page(
        req, 200, L->unsub_title,
        util_arena_printf(req->arena,
                          "<p>%s</p>\n<form method=\"post\" action=\"?token=%s\">"
                          "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                          "<button type=\"submit\">%s</button></form>",
                          fill(req, L->unsub_question, kv), esc(req, http_param(req, "token")),
                          esc(req, L->unsub_button)));
}

void api__subscriptions_manage_page(http_req *req)
{
    const page_strings *L = strings(req);
    const char *email;
    if (!read_token(req, NOTIFY_TOKEN_MANAGE, NULL, &email))
        return;
    store *s = api__store(req);
    if (!s)
        return;
    const char *notice = NULL;
    store_status rc = STORE_OK;
    store_subscription *subs = NULL;
    size_t n = 0;
    if (req->method == HTTP_POST) {
        util_query form;
        const char *end = NULL;
        if (util_query_parse(req->arena, req->body.data ? req->body.data : "", req->body.len,
                             &form))
            end = util_query_get(&form, "end");
        if (end && strcmp(end, "all") == 0) {
            rc = store_subscriptions_end_email(s, email, util_now_ms(), NULL);
            notice = L->manage_ended_all;
        } else if (end) {
            /* Only one of this address's own subscriptions. */
            int64_t id = strtoll(end, NULL, 10);
            store_subscription one;
            rc = id > 0 ? store_subscription_get(s, req->arena, id, &one) : STORE_NOTFOUND;
            if (rc == STORE_OK && strcmp(one.email, store_email_fold(req->arena, email)) == 0)
                rc = store_subscription_end(s, id, util_now_ms());
            if (rc == STORE_OK || rc == STORE_NOTFOUND)
                rc = STORE_OK, notice = L->manage_ended_one;
        }
    }
    if (rc == STORE_OK)
        rc = store_subscriptions_by_email(s, req->arena, email, &subs, &n);
    if (rc != STORE_OK) {
        api__store_error(req, rc, "subscription");
        return;
    }
    const char *token = esc(req, http_param(req, "token"));
    util_buf b = {0};
    if (notice)
        util_buf_printf(&b, "<p class=\"notice\" role=\"status\">%s</p>\n", esc(req, notice));
    const char *kv[] = {"email", email, NULL};
    util_buf_printf(&b, "<p>%s</p>\n<ul class=\"subs\">\n", fill(req, L->manage_intro, kv));
    size_t active = 0;
    for (size_t i = 0; i < n; i++) {
        const store_subscription *u = &subs[i];
        if (u->ended)
            continue;
        active++;
        const char *url = util_page_url(req->arena, api__app(req)->cfg, u->uri);
        util_buf_printf(&b,
                        "<li><span><a href=\"%s\">%s</a><br><span class=\"muted\">%s — %s"
                        "</span></span><form method=\"post\" action=\"?token=%s\">"
                        "<input type=\"hidden\" name=\"end\" value=\"%lld\">"
                        "<button class=\"quiet\" type=\"submit\">%s</button></form></li>\n",
                        esc(req, url), esc(req, title_of(u)), esc(req, what(L, u)),
                        esc(req, u->confirmed ? L->state_confirmed : L->state_pending), token,
                        (long long)u->id, esc(req, L->manage_end));
    }
    util_buf_puts(&b, "</ul>\n");
    if (active)
        util_buf_printf(&b,
                        "<form method=\"post\" action=\"?token=%s\"><input type=\"hidden\" "
                        "name=\"end\" value=\"all\"><button type=\"submit\">%s</button></form>\n",
                        token, esc(req, L->manage_end_all));
    else
        util_buf_printf(&b, "<p>%s</p>\n", esc(req, L->manage_none));
    util_buf_printf(&b, "<p class=\"muted\"><a href=\"%s/privacy\">%s</a></p>\n",
                    esc(req, api__app(req)->cfg->public_url),
                    strcmp(L->code, "fr") == 0 ? "Vos données et vos droits"
                                               : "Your data and your rights");
    api__html_page(req, 200, L->manage_title, b.data);
    util_buf_free(&b);
}

/* POST /subscriptions/manage-link (form: email): the privacy page's form
 * for the manage link, answered with a page whatever the address. */
void api__subscriptions_manage_link(http_req *req)
{
    const page_strings *L = strings(req);
    util_query form;
    const char *email = NULL;
    if (util_query_parse(req->arena, req->body.data ? req->body.data : "", req->body.len, &form))
        email = util_query_get(&form, "email");
    size_t n = 0;
    if (email)
        email = util_trim(email, strlen(email), &n);
    email = email ? util_arena_strndup(req->arena, email, n) : NULL;
    if (!email || n == 0 || n > MAX_EMAIL || !api__valid_email(email) ||
        !notify_mail_addr_ok(email)) {
        api__html_page(req, 422, L->bad_link_title,
                       util_arena_printf(req->arena, "<p>%s</p>", esc(req, L->bad_email)));
        return;
    }
    int retry;
    if (!api__ratelimit_take(api__app(req)->post_limit, api__ip_hash(req), &retry)) {
        char ra[16];
        snprintf(ra, sizeof ra, "%d", retry);
        http_add_header(req, "Retry-After", ra);
        api__html_page(req, 429, L->link_sent_title,
                       util_arena_printf(req->arena, "<p>%s</p>", esc(req, L->too_many)));
        return;
    }
    store *s = api__store(req);
    if (!s)
        return;
    store_status rc = notify_send_manage_link(s, api__app(req)->cfg, email);
    if (rc != STORE_OK) {
        api__store_error(req, rc, "subscription");
        return;
    }
    api__html_page(req, 200, L->link_sent_title,
                   util_arena_printf(req->arena, "<p>%s</p>", esc(req, L->link_sent)));
}
