/* privacy — GET /privacy: the page the widget links to ("En savoir plus sur
 * comment les données de vos commentaires sont utilisées"), written from the
 * configuration in force: what is stored, why, for how long
 * (privacy.retention_days, the edit window, the confirmation links), who
 * else receives anything (the configured SMTP relay, a webhook), and how a
 * reader gets a copy of their data or has it erased (privacy.contact, else
 * notify.editor_email, else the sender address of the mails).
 *
 * The page is in the site's language (French or English; Hebrew and Arabic
 * sites get English until translated) and is the same for everyone: it
 * reads nothing about the visitor.
 *
 * What the rows on votes, reports and the cookie say follows what the code
 * keeps: a vote row (store_vote_reader, migration 9) holds its value and
 * the time it last changed, the voter's cookie id, the keyed hash of the
 * address that cookie was issued to (origin) and the newest cookie allowed
 * to change it (holder); a report, the origin of the reporter's cookie
 * (api/reports.c); the cookie, a random id, that origin and a MAC
 * (api/identity.c).  Change them together.
 *
 * Must never: claim something the configuration does not do (every number
 * and every recipient on the page comes from cfg); describe data the code
 * no longer keeps, or leave out data it keeps. */
#include <stdio.h>
#include <string.h>

#include "api/api_int.h"
#include "notify/notify.h"
#include "render/render.h"

typedef struct privacy_strings {
    const char *code, *title, *intro, *no_third, *th_what, *th_why, *th_how_long;
    const char *r_comment[3], *r_email[3], *r_ip[3], *r_votes[3], *r_reports[3], *r_subs[3],
        *r_mails[3], *r_rejected[3];
    const char *cookies_h, *cookies, *others_h, *smtp_note, *webhook_note, *spam_note;
    const char *rights_h, *rights, *rights_manage, *manage_label, *manage_button, *nobody;
} privacy_strings;

static const privacy_strings texts[] = {
    {
        .code = "fr",
        .title = "Vos données et les commentaires",
        .intro = "{site} utilise Causerie pour ses commentaires. Voici ce qui est conservé "
                 "quand vous commentez, votez ou vous abonnez, pourquoi, et combien de temps.",
        .no_third = "Ces données restent sur le serveur du site.",
        .th_what = "Ce qui est conservé",
        .th_why = "Pourquoi",
        .th_how_long = "Combien de temps",
        .r_comment = {"Votre nom, le texte du commentaire, votre site web s'il est donné",
                      "Publier votre commentaire",
                      "Tant que le commentaire est en ligne ; vous pouvez le modifier ou le "
                      "supprimer pendant {edit} minutes, ensuite en écrivant à {contact}"},
        .r_email = {"Votre adresse de courriel, si vous la donnez (jamais affichée)",
                    "Vous prévenir des réponses si vous le demandez ; vous joindre au sujet "
                    "de votre commentaire",
                    "{days} jours, puis elle est effacée du commentaire"},
        .r_ip = {"Une empreinte chiffrée (hachage à clé) de votre adresse IP — jamais "
                 "l'adresse elle-même — et l'identification de votre navigateur",
                 "Lutter contre les indésirables et les abus",
                 "{days} jours"},
        .r_votes = {"Vos votes : pour chaque commentaire, la valeur du vote et la date de son "
                    "dernier changement, l'identifiant aléatoire du cookie causerie_voter avec "
                    "lequel il a été donné, l'empreinte chiffrée (hachage à clé) de l'adresse "
                    "IP à laquelle ce cookie a été délivré et, si le vote a été changé depuis "
                    "cette même adresse sans cookie, l'identifiant du cookie le plus récent "
                    "autorisé à le modifier (un vote enregistré avant cette façon de faire "
                    "porte l'identifiant du cookie, ou, s'il a été donné sans cookie, "
                    "l'empreinte de l'adresse IP seule)",
                    "Compter un seul vote par lecteur : vous pouvez changer ou retirer le vôtre, "
                    "et un vote envoyé sans cookie remplace le dernier vote venu de la même "
                    "adresse au lieu de s'y ajouter",
                    "{days} jours après son dernier changement, puis il est effacé (les totaux "
                    "restent)"},
        .r_reports = {"Vos signalements de commentaires (motif, date), rattachés à l'empreinte "
                      "de l'adresse IP à laquelle votre cookie causerie_voter a été délivré (sans "
                      "cookie, à celle de votre adresse IP du moment)",
                      "Soumettre aux éditeurs les commentaires que plusieurs lecteurs signalent",
                      "{days} jours"},
        .r_subs = {"Vos abonnements : adresse de courriel, page, type",
                   "Vous envoyer les nouveaux commentaires ou les réponses demandés",
                   "Jusqu'à votre désabonnement (un lien dans chaque courriel) ; non confirmés, "
                   "7 jours ; terminés, effacés après {days} jours"},
        .r_mails = {"La trace des courriels envoyés (destinataire, date, résultat)",
                    "Envoyer de façon fiable, jamais deux fois",
                    "{days} jours"},
        .r_rejected = {"Les commentaires refusés ou classés indésirables",
                       "Permettre aux éditeurs de revoir une décision",
                       "{days} jours, puis ils sont supprimés"},
        .cookies_h = "Cookies",
        .cookies = "Un seul cookie pour les lecteurs : causerie_voter, délivré à votre premier "
                   "vote ou signalement et gardé un an, pour ne compter qu'un vote par personne. "
                   "Il contient un identifiant aléatoire, l'empreinte chiffrée de l'adresse IP à "
                   "laquelle il a été délivré (jamais l'adresse elle-même) et une signature du "
                   "site, qui empêche de le fabriquer ou de le modifier. Aucun cookie de mesure "
                   "d'audience ni de publicité.",
        .others_h = "Qui d'autre reçoit vos données",
        .smtp_note = "Les courriels partent par le serveur de messagerie du site ({smtp}).",
        .webhook_note = "Les commentaires publiés ou retenus (nom, site web, texte, page ; "
                        "jamais l'adresse de courriel ni l'IP) sont transmis à {webhook}, tels "
                        "qu'ils sont au moment de l'envoi : après un effacement, sous le nom "
                        "« {anon} » et sans site web ; un commentaire supprimé n'est plus "
                        "transmis. Le serveur ne garde de ces envois que leur trace (commentaire, "
                        "date, résultat), sans copie du commentaire.",
        .spam_note = "Le filtrage des indésirables se fait sur le serveur du site : aucun "
                     "commentaire n'est envoyé à un service extérieur.",
        .rights_h = "Vos droits : copie, effacement",
        .rights = "Pour recevoir une copie de tout ce qui est conservé au sujet de votre adresse "
                  "de courriel, ou pour le faire effacer (vos commentaires restent mais "
                  "deviennent anonymes, signés « {anon} » ; vos abonnements prennent fin), "
                  "écrivez à {contact}.",
        .rights_manage = "Pour voir vos abonnements et y mettre fin, demandez un lien à votre "
                         "adresse :",
        .manage_label = "Adresse de courriel",
        .manage_button = "Recevoir le lien",
        .nobody = "l'équipe du site",
    },
    {
        .code = "en",
        .title = "Your data and the comments",
        .intro = "{site} uses Causerie for its comments. This is what is kept when you "
                 "comment, vote or subscribe, why, and for how long.",
        .no_third = "This data stays on the site's server.",
        .th_what = "What is kept",
        .th_why = "Why",
        .th_how_long = "How long",
        .r_comment = {"Your name, the comment's text, your website if you give one",
                      "To publish your comment",
                      "As long as the comment is online; you can edit or delete it for {edit} "
                      "minutes, later by writing to {contact}"},
        .r_email = {"Your e-mail address, if you give it (never shown)",
                    "To tell you of replies if you ask; to reach you about your comment",
                    "{days} days, then it is removed from the comment"},
        .r_ip = {"A keyed hash of your IP address — never the address itself — and your "
                 "browser's identification",
                 "To fight spam and abuse",
                 "{days} days"},
        .r_votes = {"Your votes: for each comment, the vote's value and the time it last "
                    "changed, the random id of the causerie_voter cookie it was cast with, the "
                    "keyed hash of the IP address that cookie was issued to and, if the vote "
                    "was changed from that same address without a cookie, the id of the newest "
                    "cookie allowed to change it (a vote stored before it worked this way holds "
                    "the cookie's id, or, if it was cast without a cookie, the hash of the IP "
                    "address alone)",
                    "To count one vote per reader: you can change or withdraw yours, and a vote "
                    "sent without a cookie replaces the latest vote from the same address "
                    "instead of adding to it",
                    "{days} days after it last changed, then it is deleted (the totals stay)"},
        .r_reports = {"Your reports of comments (reason, date), tied to the keyed hash of the IP "
                      "address your causerie_voter cookie was issued to (without a cookie, of "
                      "your IP address at the time)",
                      "To put comments several readers report before the editors",
                      "{days} days"},
        .r_subs = {"Your subscriptions: e-mail address, page, kind",
                   "To send you the new comments or replies you asked for",
                   "Until you unsubscribe (a link in every mail); unconfirmed, 7 days; ended, "
                   "deleted after {days} days"},
        .r_mails = {"A record of the mails sent (recipient, date, outcome)",
                    "To send reliably, never twice",
                    "{days} days"},
        .r_rejected = {"Comments rejected or classified as spam",
                       "So that editors can review a decision",
                       "{days} days, then they are deleted"},
        .cookies_h = "Cookies",
        .cookies = "One cookie for readers: causerie_voter, issued with your first vote or "
                   "report and kept for one year, to count one vote per person. It holds a "
                   "random id, the keyed hash of the IP address it was issued to (never the "
                   "address itself) and the site's signature, so that it cannot be made up or "
                   "altered. No analytics or advertising cookie.",
        .others_h = "Who else receives your data",
        .smtp_note = "Mails leave through the site's mail server ({smtp}).",
        .webhook_note = "Published or held comments (name, website, text, page; never the "
                        "e-mail address or the IP) are passed on to {webhook}, as they are when "
                        "sent: after an erasure, under the name “{anon}” and without website; a "
                        "deleted comment is no longer passed on. The server keeps only a record "
                        "of these calls (comment, date, outcome), no copy of the comment.",
        .spam_note = "Spam filtering runs on the site's server: no comment is sent to an "
                     "outside service.",
        .rights_h = "Your rights: copy, erasure",
        .rights = "To receive a copy of everything kept about your e-mail address, or to have "
                  "it erased (your comments stay but become anonymous, signed “{anon}”; your "
                  "subscriptions end), write to {contact}.",
        .rights_manage = "To see your subscriptions and end them, ask for a link at your "
                         "address:",
        .manage_label = "E-mail address",
        .manage_button = "Send me the link",
        .nobody = "the site's team",
    },
};

/* {name} placeholders, values HTML-escaped. */
static void put(util_buf *b, const char *tmpl, const char *const *kv)
{
    for (const char *p = tmpl; *p;) {
        const char *open = strchr(p, '{'), *close = open ? strchr(open, '}') : NULL;
        if (!open || !close) {
            render_html_escape(b, p, strlen(p));
            return;
        }
        render_html_escape(b, p, (size_t)(open - p));
        const char *val = NULL;
        for (size_t i = 0; kv[i]; i += 2)
            if (strlen(kv[i]) == (size_t)(close - open - 1) &&
                strncmp(kv[i], open + 1, (size_t)(close - open - 1)) == 0)
                val = kv[i + 1] ? kv[i + 1] : "";
        if (val)
            render_html_escape(b, val, strlen(val));
        else
            render_html_escape(b, open, (size_t)(close - open + 1));
        p = close + 1;
    }
}

/* The host of a URL (for naming the mail server or webhook), arena memory. */
static const char *host_of(util_arena *a, const char *url)
{
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    const char *at = strchr(p, '@');
    size_t n = strcspn(p, "/?#");
    if (at && (size_t)(at - p) < n) { /* drop user:password@ */
        n -= (size_t)(at - p) + 1;
        p = at + 1;
    }
    return util_arena_strndup(a, p, n);
}

static const char *contact(util_arena *a, const util_config *cfg, const privacy_strings *L)
{
    if (cfg->privacy_contact && *cfg->privacy_contact)
        return cfg->privacy_contact;
    if (cfg->notify_editor_email && *cfg->notify_editor_email)
        return cfg->notify_editor_email;
    const char *from = cfg->smtp_from ? cfg->smtp_from : "";
    const char *lt = strchr(from, '<'), *gt = lt ? strchr(lt, '>') : NULL;
    if (lt && gt)
        return util_arena_strndup(a, lt + 1, (size_t)(gt - lt - 1));
    return *from ? from : L->nobody;
}

void api__privacy_page(http_req *req)
{
    api_app *app = api__app(req);
    const util_config *cfg = app->cfg;
    const privacy_strings *L = strcmp(cfg->site_lang, "fr") == 0 ? &texts[0] : &texts[1];
    util_arena *a = req->arena;
    const char *days = util_arena_printf(a, "%d", cfg->retention_days);
    const char *edit = util_arena_printf(a, "%d", cfg->edit_window / 60);
    const char *kv[] = {"site", cfg->site_name,
                        "days", days,
                        "edit", edit,
                        "contact", contact(a, cfg, L),
                        "anon", notify_anonymous_name(cfg->site_lang),
                        "smtp", cfg->smtp_url && *cfg->smtp_url ? host_of(a, cfg->smtp_url) : "",
                        "webhook", cfg->notify_webhook_url && *cfg->notify_webhook_url
                                       ? host_of(a, cfg->notify_webhook_url)
                                       : "",
                        NULL};
    util_buf b = {0};
    util_buf_puts(&b, "<p>");
    put(&b, L->intro, kv);
    util_buf_puts(&b, " ");
    put(&b, L->no_third, kv);
    util_buf_puts(&b, "</p>\n<table>\n<tr><th>");
    put(&b, L->th_what, kv);
    util_buf_puts(&b, "</th><th>");
    put(&b, L->th_why, kv);
    util_buf_puts(&b, "</th><th>");
    put(&b, L->th_how_long, kv);
    util_buf_puts(&b, "</th></tr>\n");
    const char *const *rows[] = {L->r_comment, L->r_email, L->r_ip,    L->r_votes,
                                 L->r_reports, L->r_subs,  L->r_mails, L->r_rejected};
    for (size_t i = 0; i < UTIL_ARRAY_LEN(rows); i++) {
        util_buf_puts(&b, "<tr>");
        for (int j = 0; j < 3; j++) {
            util_buf_puts(&b, "<td>");
            put(&b, rows[i][j], kv);
            util_buf_puts(&b, "</td>");
        }
        util_buf_puts(&b, "</tr>\n");
    }
    util_buf_puts(&b, "</table>\n<h2>");
    put(&b, L->cookies_h, kv);
    util_buf_puts(&b, "</h2>\n<p>");
    put(&b, L->cookies, kv);
    util_buf_puts(&b, "</p>\n<h2>");
    put(&b, L->others_h, kv);
    util_buf_puts(&b, "</h2>\n<p>");
    put(&b, L->spam_note, kv);
    if (cfg->smtp_url && *cfg->smtp_url) {
        util_buf_puts(&b, " ");
        put(&b, L->smtp_note, kv);
    }
    if (cfg->notify_webhook_url && *cfg->notify_webhook_url) {
        util_buf_puts(&b, " ");
        put(&b, L->webhook_note, kv);
    }
    util_buf_puts(&b, "</p>\n<h2>");
    put(&b, L->rights_h, kv);
    util_buf_puts(&b, "</h2>\n<p>");
    put(&b, L->rights, kv);
    util_buf_puts(&b, "</p>\n<p>");
    put(&b, L->rights_manage, kv);
    util_buf_printf(&b, "</p>\n<form method=\"post\" action=\"%s/subscriptions/manage-link\">"
                        "<label>",
                    render_html_escape_a(a, cfg->public_url));
    put(&b, L->manage_label, kv);
    util_buf_puts(&b, " <input type=\"email\" name=\"email\" required maxlength=\"254\">"
                      "</label> <button type=\"submit\">");
    put(&b, L->manage_button, kv);
    util_buf_puts(&b, "</button></form>\n");
    api__html_page(req, 200, L->title, b.data);
    util_buf_free(&b);
}
