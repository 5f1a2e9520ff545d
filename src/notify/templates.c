/* templates — the words of every mail, one table per language, and the
 * builders that turn a subscription, a comment and a thread into a
 * notify_mail (subject, text and HTML bodies, links, list headers).
 *
 * How it works: each language is one row of `langs`; texts hold named
 * placeholders ({title}, {author}, {site}, …) filled by fill(), which in the
 * HTML versions escapes every value with render_html_escape first.  Mails
 * are written in the site's language (site.lang): French and English have
 * their own texts; Hebrew and Arabic sites get the English ones for now
 * (documented in docs/notifications.md).  Links carry signed tokens
 * (token.c) and are built on server.public_url.
 *
 * A reader's name and a page title go in isolated (isolate(): between
 * U+2068 and U+2069), so that their bidi controls cannot reorder the mail's
 * own words; a reader's text in the text/plain part is quoted ("> "), so
 * that its lines cannot pass for the mail's own (a fake footer and link).
 *
 * Must never: put a reader's text into HTML without escaping it, or into a
 * header except through notify_mail_compose (which encodes it). */
#include <ctype.h>
#include <sodium.h>
#include <string.h>

#include "notify/notify_int.h"
#include "render/render.h"

typedef struct lang_strings {
    const char *code;
    const char *new_subject, *new_intro;
    const char *reply_subject, *reply_intro;
    const char *read;
    const char *why_all, *why_replies;
    const char *unsubscribe, *manage;
    const char *confirm_subject, *confirm_intro, *what_all, *what_replies;
    const char *confirm_action, *confirm_ignore;
    const char *manage_subject, *manage_intro, *manage_action, *manage_ignore;
    const char *held_subject, *held_intro, *digest_subject, *digest_intro, *queue_action;
    const char *status_pending, *status_spam, *on_page, *editor_why;
    const char *colon;          /* between a label and its link */
} lang_strings;

static const lang_strings langs[] = {
    {
        .code = "fr",
        .new_subject = "Nouveau commentaire sur « {title} »",
        .new_intro = "{author} a publié un commentaire sur « {title} » :",
        .reply_subject = "Nouvelle réponse sur « {title} »",
        .reply_intro = "{author} a répondu à un commentaire que vous suivez sur « {title} » :",
        .read = "Lire et répondre",
        .why_all = "Vous recevez ce message parce que vous suivez les nouveaux commentaires de "
                   "cette page sur {site}.",
        .why_replies = "Vous recevez ce message parce que vous suivez les réponses à vos "
                       "commentaires sur cette page de {site}.",
        .unsubscribe = "Se désabonner",
        .manage = "Gérer mes abonnements",
        .confirm_subject = "Confirmez votre abonnement : « {title} »",
        .confirm_intro = "Quelqu'un, sans doute vous, a demandé à recevoir par courriel {what} "
                         "de la page « {title} » sur {site}.",
        .what_all = "les nouveaux commentaires",
        .what_replies = "les réponses à vos commentaires",
        .confirm_action = "Confirmer l'abonnement",
        .confirm_ignore = "Le lien est valable 7 jours. Si vous n'avez rien demandé, ignorez "
                          "ce message : vous ne recevrez rien d'autre.",
        .manage_subject = "Vos abonnements sur {site}",
        .manage_intro = "Voici le lien vers vos abonnements aux commentaires sur {site} : vous "
                        "pourrez les voir et y mettre fin.",
        .manage_action = "Voir mes abonnements",
        .manage_ignore = "Le lien est valable 24 heures. Si vous n'avez rien demandé, ignorez "
                         "ce message.",
        .held_subject = "Commentaire à modérer sur « {title} »",
        .held_intro = "{author} a écrit un commentaire qui attend votre décision ({status}) :",
        .digest_subject = "{count} commentaire(s) à modérer sur {site}",
        .digest_intro = "Ces commentaires attendent votre décision :",
        .queue_action = "Ouvrir la file de modération",
        .status_pending = "en attente",
        .status_spam = "classé indésirable",
        .on_page = "sur « {title} »",
        .editor_why = "Vous recevez ce message parce que cette adresse est celle des éditeurs "
                      "de {site} (notify.editor_email).",
        .colon = " : ",
    },
    {
        .code = "en",
        .new_subject = "New comment on “{title}”",
        .new_intro = "{author} posted a comment on “{title}”:",
        .reply_subject = "New reply on “{title}”",
        .reply_intro = "{author} replied to a comment you follow on “{title}”:",
        .read = "Read and reply",
        .why_all = "You receive this because you follow new comments on this page of {site}.",
        .why_replies = "You receive this because you follow replies to your comments on this "
                       "page of {site}.",
        .unsubscribe = "Unsubscribe",
        .manage = "Manage my subscriptions",
        .confirm_subject = "Confirm your subscription: “{title}”",
        .confirm_intro = "Someone, probably you, asked to receive {what} of the page “{title}” "
                         "on {site} by e-mail.",
        .what_all = "new comments",
        .what_replies = "replies to your comments",
        .confirm_action = "Confirm the subscription",
        .confirm_ignore = "The link is valid for 7 days. If you did not ask for anything, "
                          "ignore this message: you will receive nothing else.",
        .manage_subject = "Your subscriptions on {site}",
        .manage_intro = "Here is the link to your comment subscriptions on {site}: you can see "
                        "them and end them there.",
        .manage_action = "See my subscriptions",
        .manage_ignore = "The link is valid for 24 hours. If you did not ask for anything, "
                         "ignore this message.",
        .held_subject = "Comment to moderate on “{title}”",
        .held_intro = "{author} wrote a comment that awaits your decision ({status}):",
        .digest_subject = "{count} comment(s) to moderate on {site}",
        .digest_intro = "These comments await your decision:",
        .queue_action = "Open the moderation queue",
        .status_pending = "pending",
        .status_spam = "classified as spam",
        .on_page = "on “{title}”",
        .editor_why = "You receive this because this address is the editors' address of {site} "
                      "(notify.editor_email).",
        .colon = ": ",
    },
};

static const lang_strings *strings_for(const char *lang)
{
    for (size_t i = 0; i < UTIL_ARRAY_LEN(langs); i++)
        if (lang && strcmp(lang, langs[i].code) == 0)
            return &langs[i];
    return &langs[1]; /* English for the others (he, ar) */
}

static const char *mail_lang(const lang_strings *L)
{
    return L->code;
}

/* ---- placeholders -------------------------------------------------------------- */

/* Replaces {name} in tmpl by the value of name in kv (name, value, …, NULL);
 * html: values are HTML-escaped.  Unknown names stay as they are. */
static char *fill(util_arena *a, const char *tmpl, bool html, const char *const *kv)
{
    util_buf b = {0};
    for (const char *p = tmpl; *p;) {
        const char *open = strchr(p, '{');
        if (!open) {
            util_buf_puts(&b, p);
            break;
        }
        util_buf_append(&b, p, (size_t)(open - p));
        const char *close = strchr(open, '}');
        const char *val = NULL;
        if (close)
            for (size_t i = 0; kv[i]; i += 2)
                if (strlen(kv[i]) == (size_t)(close - open - 1) &&
                    strncmp(kv[i], open + 1, (size_t)(close - open - 1)) == 0) {
                    val = kv[i + 1] ? kv[i + 1] : "";
                    break;
                }
        if (!val) {
            util_buf_putc(&b, '{');
            p = open + 1;
            continue;
        }
        if (html)
            render_html_escape(&b, val, strlen(val));
        else
            util_buf_puts(&b, val);
        p = close + 1;
    }
    char *s = util_arena_strdup(a, b.data ? b.data : "");
    util_buf_free(&b);
    return s;
}

static char *esc(util_arena *a, const char *s)
{
    return render_html_escape_a(a, s ? s : "");
}

/* Reader's text as HTML: escaped, line breaks kept. */
static void text_to_html(util_buf *b, const char *text)
{
    for (const char *p = text ? text : ""; *p;) {
        size_t n = strcspn(p, "\n");
        size_t m = n;
        if (m && p[m - 1] == '\r')
            m--;
        render_html_escape(b, p, m);
        p += n;
        if (*p == '\n') {
            util_buf_puts(b, "<br>\n");
            p++;
        }
    }
}

/* A reader's text in the text/plain part, each line behind prefix (a
 * quote mark): a comment of its own "-- " and "Se désabonner : http://…"
 * lines read as the mail's own footer when it was copied as it is. */
static void text_quote(util_buf *t, const char *prefix, const char *text)
{
    for (const char *p = text ? text : "";;) {
        size_t n = strcspn(p, "\n");
        size_t m = n && p[n - 1] == '\r' ? n - 1 : n;
        util_buf_puts(t, prefix);
        util_buf_append(t, p, m);
        util_buf_putc(t, '\n');
        if (p[n] == '\0')
            break;
        p += n + 1;
    }
}

#define FSI "\xE2\x81\xA8" /* U+2068 FIRST STRONG ISOLATE */
#define PDI "\xE2\x81\xA9" /* U+2069 POP DIRECTIONAL ISOLATE */

/* s (a reader's name, a page title) as one isolated run of text, between
 * U+2068 and U+2069, as the widget shows it: its right-to-left override
 * (U+202E) or its Hebrew words cannot reorder the words of the mail around
 * it ("U+202E Evil a répondu…" showed the whole sentence backwards).  Its own
 * isolates are balanced first: a U+2069 with no opener in s would close
 * ours, so it goes; an opener (U+2066-2068) left open is closed.
 * Embeddings and overrides opened inside end at our U+2069 (UAX #9, X6a). */
static const char *isolate(util_arena *a, const char *s)
{
    util_buf b = {0};
    size_t open = 0;

    util_buf_puts(&b, FSI);
    for (const char *p = s ? s : ""; *p; p++) {
        if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x81 &&
            (unsigned char)p[2] >= 0xA6 && (unsigned char)p[2] <= 0xA9) {
            if ((unsigned char)p[2] != 0xA9)
                open++;
            else if (open > 0)
                open--;
            else {
                p += 2; /* a U+2069 that would close ours: dropped */
                continue;
            }
            util_buf_append(&b, p, 3);
            p += 2;
            continue;
        }
        util_buf_putc(&b, *p);
    }
    for (; open > 0; open--)
        util_buf_puts(&b, PDI);
    util_buf_puts(&b, PDI);
    const char *r = util_arena_strdup(a, b.data);
    util_buf_free(&b);
    return r;
}

/* At most max characters of s (cut on a character boundary), with "…". */
static const char *excerpt(util_arena *a, const char *s, size_t max)
{
    if (!s)
        return "";
    size_t chars = 0, i = 0, n = strlen(s);
    while (i < n && chars < max) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xc0) == 0x80)
            i++;
        chars++;
    }
    if (i >= n)
        return s;
    return util_arena_printf(a, "%.*s…", (int)i, s);
}

/* ---- shared pieces ---------------------------------------------------------------- */


bool notify__ctx_init(notify__ctx *x, util_arena *a, const util_config *cfg,
                      const unsigned char *secret, char *err, size_t errlen)
{
    memset(x, 0, sizeof *x);
    x->cfg = cfg;
    x->secret = secret;
    const char *from = cfg->smtp_from ? cfg->smtp_from : "";
    const char *lt = strchr(from, '<');
    if (lt) {
        const char *gt = strchr(lt, '>');
        if (!gt || gt[1] != '\0') {
            snprintf(err, errlen, "smtp.from: expected \"Name <address>\" or \"address\"");
            return false;
        }
        x->from_addr = util_arena_strndup(a, lt + 1, (size_t)(gt - lt - 1));
        size_t nlen = (size_t)(lt - from);
        while (nlen && isspace((unsigned char)from[nlen - 1]))
            nlen--;
        const char *name = from;
        while (nlen && isspace((unsigned char)*name))
            name++, nlen--;
        if (nlen >= 2 && name[0] == '"' && name[nlen - 1] == '"')
            name++, nlen -= 2;
        x->from_name = nlen ? util_arena_strndup(a, name, nlen) : NULL;
    } else {
        x->from_addr = util_arena_strdup(a, from);
    }
    if (!x->from_name)
        x->from_name = cfg->site_name;
    if (!notify_mail_addr_ok(x->from_addr)) {
        snprintf(err, errlen, "smtp.from: \"%s\" is not a plain e-mail address", x->from_addr);
        return false;
    }
    x->domain = strrchr(x->from_addr, '@') + 1;
    return true;
}

static const char *message_id(util_arena *a, const notify__ctx *x, int64_t row_id)
{
    unsigned char h[5];
    char idtxt[32];
    int n = snprintf(idtxt, sizeof idtxt, "%lld", (long long)row_id);
    crypto_generichash(h, sizeof h, (const unsigned char *)idtxt, (size_t)n, x->secret, 32);
    return util_arena_printf(a, "causerie-%lld-%s@%s", (long long)row_id,
                             util_hex_encode(a, h, sizeof h), x->domain);
}

/* "<site>.<domain>" with the site's name reduced to letters, digits, '-'. */
static const char *list_id(util_arena *a, const notify__ctx *x, const char *site)
{
    char *s = util_arena_strdup(a, site && *site ? site : "comments");
    for (char *p = s; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '-')
            *p = '-';
    while (*s == '-')
        s++;
    size_t n = strlen(s);
    while (n && s[n - 1] == '-')
        s[--n] = '\0';
    return util_arena_printf(a, "%s.%s", *s ? s : "comments", x->domain);
}

static void base(util_arena *a, const notify__ctx *x, int64_t row_id, const char *to,
                 notify_mail *m)
{
    memset(m, 0, sizeof *m);
    m->from_name = x->from_name;
    m->from_addr = x->from_addr;
    m->to_addr = to;
    m->message_id = message_id(a, x, row_id);
    m->date_ms = util_now_ms();
    m->lang = mail_lang(strings_for(x->cfg->site_lang));
}

#define HTML_HEAD                                                                          \
    "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"ltr\"><head><meta charset=\"utf-8\">"     \
    "<meta name=\"viewport\" content=\"width=device-width\"><title>{subject}</title></head>\n" \
    "<body style=\"margin:0;padding:24px 12px;background:#f4f3ef;color:#222;"               \
    "font:16px/1.5 Georgia,'Times New Roman',serif\">\n"                                    \
    "<div style=\"max-width:600px;margin:0 auto;background:#fff;padding:24px;"              \
    "border-radius:6px\">\n"
#define HTML_FOOT "</div>\n</body></html>\n"
#define HTML_BUTTON                                                                        \
    "<p style=\"margin:24px 0\"><a href=\"{url}\" style=\"display:inline-block;"           \
    "background:#a3262a;color:#fff;padding:10px 18px;border-radius:4px;"                    \
    "text-decoration:none;font-family:sans-serif\">{label}</a></p>\n"
#define HTML_SMALL "<p style=\"font-size:13px;color:#666;font-family:sans-serif\">"

static void html_head(util_arena *a, util_buf *h, const char *lang, const char *subject)
{
    const char *kv[] = {"lang", lang, "subject", subject, NULL};
    util_buf_puts(h, fill(a, HTML_HEAD, true, kv));
}

static void html_button(util_arena *a, util_buf *h, const char *url, const char *label)
{
    const char *kv[] = {"url", url, "label", label, NULL};
    util_buf_puts(h, fill(a, HTML_BUTTON, true, kv));
}

static void html_quote(util_buf *h, const char *text)
{
    util_buf_puts(h, "<blockquote style=\"margin:16px 0;padding:8px 16px;border-left:4px solid "
                     "#a3262a;background:#faf9f6\">");
    text_to_html(h, text);
    util_buf_puts(h, "</blockquote>\n");
}

static const char *thread_title(const char *title, const char *uri)
{
    return title && *title ? title : uri ? uri : "";
}

/* ---- the mails ---------------------------------------------------------------------- */

void notify__mail_notify(util_arena *a, const notify__ctx *x, int64_t row_id,
                         const store_subscription *sub, const store_thread *th,
                         const store_comment *c, notify_mail *m)
{
    const lang_strings *L = strings_for(x->cfg->site_lang);
    const util_config *cfg = x->cfg;
    base(a, x, row_id, sub->email, m);
    bool reply = strcmp(sub->kind, "replies") == 0;
    const char *title = isolate(a, thread_title(th->title, th->uri));
    const char *link = util_comment_url(a, cfg, th->uri, (long long)c->id);
    const char *unsub = util_arena_printf(
        a, "%s/subscriptions/unsubscribe?token=%s", cfg->public_url,
        notify_token_sign(a, x->secret, NOTIFY_TOKEN_UNSUBSCRIBE, sub->id, NULL, 0));
    const char *manage = util_arena_printf(
        a, "%s/subscriptions/manage?token=%s", cfg->public_url,
        notify_token_sign(a, x->secret, NOTIFY_TOKEN_MANAGE, 0, sub->email,
                          util_now_ms() + NOTIFY_MANAGE_IN_MAIL_TTL_MS));
    const char *kv[] = {"title", title, "author", isolate(a, c->author), "site", cfg->site_name,
                        NULL};
    m->subject = fill(a, reply ? L->reply_subject : L->new_subject, false, kv);
    m->list_name = cfg->site_name;
    m->list_id = list_id(a, x, th->site);
    m->unsubscribe_url = unsub;
    m->references = util_arena_printf(a, "causerie-thread-%lld@%s", (long long)th->id, x->domain);
    const char *why = reply ? L->why_replies : L->why_all;

    util_buf t = {0};
    util_buf_printf(&t, "%s\n\n", fill(a, reply ? L->reply_intro : L->new_intro, false, kv));
    text_quote(&t, "> ", c->text);
    util_buf_printf(&t, "\n%s%s%s\n\n-- \n%s\n%s%s%s\n%s%s%s\n", L->read, L->colon, link,
                    fill(a, why, false, kv), L->unsubscribe, L->colon, unsub, L->manage, L->colon,
                    manage);
    m->text = util_arena_strdup(a, t.data);
    util_buf_free(&t);

    util_buf h = {0};
    html_head(a, &h, m->lang, m->subject);
    util_buf_printf(&h, "<p>%s</p>\n", fill(a, reply ? L->reply_intro : L->new_intro, true, kv));
    html_quote(&h, c->text);
    html_button(a, &h, link, L->read);
    util_buf_printf(&h,
                    "<hr style=\"border:none;border-top:1px solid #ddd;margin:24px 0 8px\">\n"
                    HTML_SMALL "%s<br>\n<a href=\"%s\">%s</a> · <a href=\"%s\">%s</a></p>\n",
                    fill(a, why, true, kv), esc(a, unsub), esc(a, L->unsubscribe), esc(a, manage),
                    esc(a, L->manage));
    util_buf_puts(&h, HTML_FOOT);
    m->html = util_arena_strdup(a, h.data);
    util_buf_free(&h);
}

void notify__mail_confirm(util_arena *a, const notify__ctx *x, int64_t row_id,
                          const store_subscription *sub, notify_mail *m)
{
    const lang_strings *L = strings_for(x->cfg->site_lang);
    const util_config *cfg = x->cfg;
    base(a, x, row_id, sub->email, m);
    const char *title = isolate(a, thread_title(sub->title, sub->uri));
    const char *url = util_arena_printf(
        a, "%s/subscriptions/confirm?token=%s", cfg->public_url,
        notify_token_sign(a, x->secret, NOTIFY_TOKEN_CONFIRM, sub->id, NULL,
                          util_now_ms() + NOTIFY_CONFIRM_TTL_MS));
    const char *what = strcmp(sub->kind, "replies") == 0 ? L->what_replies : L->what_all;
    const char *kv[] = {"title", title, "site", cfg->site_name, "what", what, NULL};
    m->subject = fill(a, L->confirm_subject, false, kv);

    util_buf t = {0};
    util_buf_printf(&t, "%s\n\n%s%s%s\n\n%s\n", fill(a, L->confirm_intro, false, kv),
                    L->confirm_action, L->colon, url, L->confirm_ignore);
    m->text = util_arena_strdup(a, t.data);
    util_buf_free(&t);

    util_buf h = {0};
    html_head(a, &h, m->lang, m->subject);
    util_buf_printf(&h, "<p>%s</p>\n", fill(a, L->confirm_intro, true, kv));
    html_button(a, &h, url, L->confirm_action);
    util_buf_printf(&h, HTML_SMALL "%s</p>\n", esc(a, L->confirm_ignore));
    util_buf_puts(&h, HTML_FOOT);
    m->html = util_arena_strdup(a, h.data);
    util_buf_free(&h);
}

void notify__mail_manage(util_arena *a, const notify__ctx *x, int64_t row_id, const char *email,
                         notify_mail *m)
{
    const lang_strings *L = strings_for(x->cfg->site_lang);
    const util_config *cfg = x->cfg;
    base(a, x, row_id, email, m);
    const char *url = util_arena_printf(
        a, "%s/subscriptions/manage?token=%s", cfg->public_url,
        notify_token_sign(a, x->secret, NOTIFY_TOKEN_MANAGE, 0, email,
                          util_now_ms() + NOTIFY_MANAGE_TTL_MS));
    const char *kv[] = {"site", cfg->site_name, NULL};
    m->subject = fill(a, L->manage_subject, false, kv);

    util_buf t = {0};
    util_buf_printf(&t, "%s\n\n%s%s%s\n\n%s\n", fill(a, L->manage_intro, false, kv),
                    L->manage_action, L->colon, url, L->manage_ignore);
    m->text = util_arena_strdup(a, t.data);
    util_buf_free(&t);

    util_buf h = {0};
    html_head(a, &h, m->lang, m->subject);
    util_buf_printf(&h, "<p>%s</p>\n", fill(a, L->manage_intro, true, kv));
    html_button(a, &h, url, L->manage_action);
    util_buf_printf(&h, HTML_SMALL "%s</p>\n", esc(a, L->manage_ignore));
    util_buf_puts(&h, HTML_FOOT);
    m->html = util_arena_strdup(a, h.data);
    util_buf_free(&h);
}

static const char *status_word(const lang_strings *L, int status)
{
    return status == STORE_SPAM ? L->status_spam : L->status_pending;
}

void notify__mail_held(util_arena *a, const notify__ctx *x, int64_t row_id, const char *to,
                       const store_thread *th, const store_comment *c, notify_mail *m)
{
    const lang_strings *L = strings_for(x->cfg->site_lang);
    const util_config *cfg = x->cfg;
    base(a, x, row_id, to, m);
    const char *title = isolate(a, thread_title(th->title, th->uri));
    const char *queue = util_arena_printf(a, "%s/admin", cfg->public_url);
    const char *page = util_page_url(a, cfg, th->uri);
    const char *kv[] = {"title", title, "author", isolate(a, c->author), "site", cfg->site_name,
                        "status", status_word(L, c->status), NULL};
    m->subject = fill(a, L->held_subject, false, kv);

    util_buf t = {0};
    util_buf_printf(&t, "%s\n\n", fill(a, L->held_intro, false, kv));
    text_quote(&t, "> ", c->text);
    util_buf_printf(&t, "\n%s\n\n%s%s%s\n\n-- \n%s\n", page, L->queue_action, L->colon, queue,
                    fill(a, L->editor_why, false, kv));
    m->text = util_arena_strdup(a, t.data);
    util_buf_free(&t);

    util_buf h = {0};
    html_head(a, &h, m->lang, m->subject);
    util_buf_printf(&h, "<p>%s</p>\n", fill(a, L->held_intro, true, kv));
    html_quote(&h, c->text);
    util_buf_printf(&h, "<p><a href=\"%s\">%s</a></p>\n", esc(a, page), esc(a, title));
    html_button(a, &h, queue, L->queue_action);
    util_buf_printf(&h, HTML_SMALL "%s</p>\n", fill(a, L->editor_why, true, kv));
    util_buf_puts(&h, HTML_FOOT);
    m->html = util_arena_strdup(a, h.data);
    util_buf_free(&h);
}

void notify__mail_digest(util_arena *a, const notify__ctx *x, int64_t row_id, const char *to,
                         const store_comment *comments, const store_thread *threads, size_t n,
                         notify_mail *m)
{
    const lang_strings *L = strings_for(x->cfg->site_lang);
    const util_config *cfg = x->cfg;
    base(a, x, row_id, to, m);
    const char *queue = util_arena_printf(a, "%s/admin", cfg->public_url);
    const char *count = util_arena_printf(a, "%zu", n);
    const char *kv[] = {"count", count, "site", cfg->site_name, NULL};
    m->subject = fill(a, L->digest_subject, false, kv);

    util_buf t = {0}, h = {0};
    util_buf_printf(&t, "%s\n\n", L->digest_intro);
    html_head(a, &h, m->lang, m->subject);
    util_buf_printf(&h, "<p>%s</p>\n", esc(a, L->digest_intro));
    for (size_t i = 0; i < n; i++) {
        const store_comment *c = &comments[i];
        const char *title = isolate(a, thread_title(threads[i].title, threads[i].uri));
        const char *ckv[] = {"title", title, NULL};
        const char *on = fill(a, L->on_page, false, ckv);
        const char *ex = excerpt(a, c->text, 300);
        const char *author = isolate(a, c->author);
        util_buf_printf(&t, "* %s, %s (%s)\n", author, on, status_word(L, c->status));
        text_quote(&t, "  > ", ex);
        util_buf_printf(&t, "  %s\n\n", util_page_url(a, cfg, threads[i].uri));
        util_buf_printf(&h, "<p><strong>%s</strong>, %s (%s)</p>\n", esc(a, author),
                        esc(a, on), esc(a, status_word(L, c->status)));
        html_quote(&h, ex);
    }
    util_buf_printf(&t, "%s%s%s\n\n-- \n%s\n", L->queue_action, L->colon, queue,
                    fill(a, L->editor_why, false, kv));
    m->text = util_arena_strdup(a, t.data);
    html_button(a, &h, queue, L->queue_action);
    util_buf_printf(&h, HTML_SMALL "%s</p>\n", fill(a, L->editor_why, true, kv));
    util_buf_puts(&h, HTML_FOOT);
    m->html = util_arena_strdup(a, h.data);
    util_buf_free(&t);
    util_buf_free(&h);
}
