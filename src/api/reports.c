/* reports — POST /api/v1/comments/{id}/report {"reason"?}: a reader flags a
 * published comment for the editors.
 *
 * One report per reader and comment, the reader being the address its
 * signed voter cookie was first issued to (identity.c), else its address:
 * reporting again, with or without the cookie, changes nothing and is still
 * 202; readers behind one address count once.  When a comment reaches moderation.report_threshold
 * reports, it goes back to pending in the same transaction, with a decision
 * row (actor "reports") listing the readers' reasons, so it leaves the page
 * until an editor decides.  The answer never tells how many reports a
 * comment has.
 *
 * Must never: count a reader twice, hide a comment that is not published,
 * or reveal who reported. */
#include <string.h>

#include "api/api_int.h"

#define MAX_REASON 1000
#define MAX_REASONS_KEPT 20

typedef struct report_ctx {
    http_req *req;
    int64_t id;
    const char *reporter, *reason;
    int threshold;
    bool added, hidden;
    int64_t reports;
} report_ctx;

/* The decision row of a comment hidden by its reports: the reasons of the
 * `reports` newest ones, those counted since an editor last approved it
 * (approving clears the count, not the rows: the reasons an editor already
 * dismissed are not this hold's). */
static const char *reports_detail(http_req *req, store *s, int64_t id, int64_t reports)
{
    store_report *r;
    size_t n;
    json_t *reasons = json_array();
    if (store_reports_of_comment(s, req->arena, id, &r, &n) == STORE_OK)
        for (size_t i = n > (size_t)reports ? n - (size_t)reports : 0;
             i < n && json_array_size(reasons) < MAX_REASONS_KEPT; i++)
            if (r[i].reason && *r[i].reason) {
                json_t *str = json_string(r[i].reason);
                if (str)
                    json_array_append_new(reasons, str);
            }
    json_t *list = json_array();
    json_array_append_new(list, json_string(util_arena_printf(
                                    req->arena, "reported by %lld readers: hidden until an editor "
                                                "decides",
                                    (long long)reports)));
    size_t i;
    json_t *v;
    json_array_foreach(reasons, i, v)
        json_array_append_new(list, json_sprintf("reason: %s", json_string_value(v)));
    json_t *o = json_pack("{s:s, s:s, s:I, s:o, s:o}", "action", "hold", "category", "reported",
                          "reports", (json_int_t)reports, "report_reasons", reasons, "reasons",
                          list);
    char *txt = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    const char *res = util_arena_strdup(req->arena, txt);
    free(txt);
    return res;
}

static store_status report_tx(store *s, void *arg)
{
    report_ctx *x = arg;
    store_status rc = store_report_add(s, x->id, x->reporter, x->reason, &x->added, &x->reports);
    if (rc != STORE_OK || !x->added || x->reports < x->threshold)
        return rc;
    /* The count was just raised to the threshold or beyond while the
     * comment is published (store_report_add checked it under its lock). */
    if ((rc = store_comment_set_status(s, x->id, STORE_PENDING)) != STORE_OK)
        return rc;
    store_decision d = {
        .comment_id = x->id,
        .actor = "reports",
        .action = "hold",
        .category = "reported",
        .detail = reports_detail(x->req, s, x->id, x->reports),
    };
    if ((rc = store_decision_add(s, &d, NULL)) != STORE_OK)
        return rc;
    store_comment c;
    store_thread th;
    if ((rc = store_comment_get(s, x->req->arena, x->id, &c)) != STORE_OK ||
        (rc = store_thread_get(s, x->req->arena, c.thread_id, &th)) != STORE_OK)
        return rc;
    x->hidden = true;
    return api__on_hold_tx(x->req, s, &th, &c);
}

void api__comment_report(http_req *req)
{
    api_app *app = api__app(req);
    int64_t id;
    if (!api__path_id(req, 0, &id))
        return;
    json_t *body = api__body(req);
    if (!body)
        return;
    const char *reason;
    if (!api__field_string(req, body, "reason", FIELD_OPTIONAL, MAX_REASON, true, &reason))
        goto out;
    if (api__rate_limited(req, app->vote_limit))
        goto out;
    store *s = api__store(req);
    if (!s)
        goto out;
    /* The reader as first seen: the address its voter cookie was issued to
     * (or its address, without one), so that clearing cookies never makes
     * one reader count twice. */
    const char *cookie, *origin;
    const char *voter = api__voter(req, &cookie, &origin);
    report_ctx x = {
        .req = req,
        .id = id,
        .reporter = origin && *origin ? origin : voter,
        .reason = reason,
        .threshold = app->cfg->report_threshold,
    };
    store_status rc = store_transaction(s, report_tx, &x);
    if (rc != STORE_OK) {
        api__store_error(req, rc, "comment");
        goto out;
    }
    if (x.hidden) {
        api__moderation_observe(app, "hold", "reported");
        LOG_INFO("moderation: comment %lld hidden after %lld reports", (long long)id,
                 (long long)x.reports);
    }
    if (cookie)
        http_add_header(req, "Set-Cookie", cookie);
    api__send_json(req, 202, json_pack("{s:b}", "received", 1));
out:
    json_decref(body);
}
