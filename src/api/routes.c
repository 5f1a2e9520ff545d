/* routes — the whole HTTP API on one screen: method, pattern, handler,
 * flags, metric name, then, when set, what tells the pattern's resources
 * apart (a prefix pattern's files, the editors' actions; an {id} is always
 * a positive integer) and how the route words the errors the server
 * decides (the Akismet routes answer them the Akismet way, the pages as
 * a page to a browser).  The first
 * route whose pattern and method match (and that names the path, when one
 * does) wins. */
#include "api/api_int.h"

#define JSON_CORS (HTTP_BODY_JSON | HTTP_CORS)

const http_route api_routes[] = {
    /* readers */
    {HTTP_GET, "/api/v1/comments", api__comments_list, HTTP_CORS, "comments_list", NULL, NULL},
    {HTTP_POST, "/api/v1/comments", api__comments_post, JSON_CORS, "comments_post", NULL, NULL},
    {HTTP_GET, "/api/v1/comments/{id}", api__comment_get, HTTP_CORS, "comment_get", NULL, NULL},
    {HTTP_PUT, "/api/v1/comments/{id}", api__comment_put, JSON_CORS, "comment_put", NULL, NULL},
    {HTTP_DELETE, "/api/v1/comments/{id}", api__comment_delete, HTTP_CORS,
     "comment_delete", NULL, NULL},
    {HTTP_POST, "/api/v1/comments/{id}/vote", api__comment_vote, JSON_CORS,
     "comment_vote", NULL, NULL},
    {HTTP_GET, "/api/v1/counts", api__counts, HTTP_CORS, "counts", NULL, NULL},
    {HTTP_GET, "/api/v1/events", api__events, HTTP_CORS, "events", NULL, NULL},
    {HTTP_GET, "/feeds/comments.atom", api__feed_atom, HTTP_CORS, "feed_atom", NULL, NULL},
    {HTTP_POST, "/api/v1/comments/{id}/report", api__comment_report, JSON_CORS,
     "comment_report", NULL, NULL},
    /* editors (admin.c): a session cookie, and X-CSRF-Token on POST/PUT,
     * judged first (HTTP_AUTH: 401/403 before any other answer) */
    {HTTP_POST, "/api/v1/admin/login", api__admin_login, HTTP_BODY_JSON, "admin_login", NULL, NULL},
    {HTTP_POST, "/api/v1/admin/logout", api__admin_logout, HTTP_AUTH | HTTP_BODY_CODED,
     "admin_logout", NULL, NULL},
    {HTTP_GET, "/api/v1/admin/queue", api__admin_queue, HTTP_AUTH, "admin_queue", NULL, NULL},
    {HTTP_GET, "/api/v1/admin/comments/{id}", api__admin_comment_get, HTTP_AUTH,
     "admin_comment", NULL, NULL},
    /* the "explain": the same answer, under the name editors look for */
    {HTTP_GET, "/api/v1/admin/comments/{id}/explain", api__admin_comment_get, HTTP_AUTH,
     "admin_comment", NULL, NULL},
    {HTTP_POST, "/api/v1/admin/comments/{id}/{action}", api__admin_comment_action, HTTP_AUTH,
     "admin_decide", api__editor_action_exists, NULL},
    {HTTP_GET, "/api/v1/admin/policy", api__admin_policy_get, HTTP_AUTH, "admin_policy_get", NULL, NULL},
    {HTTP_PUT, "/api/v1/admin/policy", api__admin_policy_put, HTTP_BODY_JSON | HTTP_BODY_LARGE | HTTP_AUTH,
     "admin_policy_put", NULL, NULL},
    {HTTP_GET, "/api/v1/admin/audit", api__admin_audit, HTTP_AUTH, "admin_audit", NULL, NULL},
    {HTTP_GET, "/api/v1/admin/stats", api__admin_stats, HTTP_AUTH, "admin_stats", NULL, NULL},
    /* the Akismet-compatible spam service (akismet.c): forms in, words out */
    {HTTP_POST, "/1.1/verify-key", api__akismet_verify_key, HTTP_BODY_FORM,
     "akismet_verify_key", NULL, api__akismet_error},
    {HTTP_POST, "/1.1/comment-check", api__akismet_comment_check, HTTP_BODY_FORM,
     "akismet_comment_check", NULL, api__akismet_error},
    {HTTP_POST, "/1.1/submit-spam", api__akismet_submit_spam, HTTP_BODY_FORM,
     "akismet_submit_spam", NULL, api__akismet_error},
    {HTTP_POST, "/1.1/submit-ham", api__akismet_submit_ham, HTTP_BODY_FORM,
     "akismet_submit_ham", NULL, api__akismet_error},
    /* subscriptions and privacy (subscriptions.c, privacy.c): the JSON API,
     * then the pages behind the links of the mails (signed tokens) */
    {HTTP_POST, "/api/v1/subscriptions", api__subscriptions_post, JSON_CORS,
     "subscribe", NULL, NULL},
    {HTTP_POST, "/api/v1/subscriptions/manage", api__subscriptions_manage_post, JSON_CORS,
     "subscriptions_manage_link", NULL, NULL},
    {HTTP_GET, "/subscriptions/confirm", api__subscription_confirm, 0,
     "subscription_confirm", NULL, api__html_error},
    {HTTP_GET | HTTP_POST, "/subscriptions/unsubscribe", api__subscription_unsubscribe,
     HTTP_BODY_CODED,
     "subscription_unsubscribe", NULL, api__html_error},
    {HTTP_GET | HTTP_POST, "/subscriptions/manage", api__subscriptions_manage_page,
     HTTP_BODY_CODED,
     "subscriptions_manage", NULL, api__html_error},
    {HTTP_POST, "/subscriptions/manage-link", api__subscriptions_manage_link, HTTP_BODY_CODED,
     "subscriptions_manage_form", NULL, api__html_error},
    {HTTP_GET, "/privacy", api__privacy_page, 0, "privacy", NULL, api__html_error},
    /* operations */
    {HTTP_GET, "/healthz", api__healthz, 0, "healthz", NULL, NULL},
    {HTTP_GET, "/metrics", api__metrics, 0, "metrics", NULL, NULL},
    /* embedded web assets: widget, console, demo page */
    {HTTP_GET, "/widget/*", api__asset, HTTP_CORS | HTTP_NO_METRICS,
     "asset", api__asset_exists, NULL},
    {HTTP_GET, "/admin", api__asset, HTTP_NO_METRICS, "asset", NULL, NULL},
    {HTTP_GET, "/admin/*", api__asset, HTTP_NO_METRICS, "asset", api__asset_exists, NULL},
    {HTTP_GET, "/favicon.ico", api__asset, HTTP_NO_METRICS, "asset", NULL, NULL},
    {HTTP_GET, "/*", api__asset, HTTP_NO_METRICS, "asset", NULL, NULL},
};
const size_t api_routes_count = UTIL_ARRAY_LEN(api_routes);
