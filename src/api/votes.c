/* votes — POST /api/v1/comments/{id}/vote {"value": 1 | -1 | 0}.
 * One vote per reader per comment (see identity.c for who a reader is); a
 * new vote replaces the old one and 0 withdraws it.  The totals come back.
 * Both steps (withdrawing the reader's cookieless vote, casting the new
 * one) are one transaction. */
#include "api/api_int.h"

void api__comment_vote(http_req *req)
{
    api_app *app = api__app(req);
    int64_t id;
    if (!api__path_id(req, 0, &id))
        return;
    json_t *body = api__body(req);
    if (!body)
        return;
    json_t *v = json_object_get(body, "value");
    if (!v || !json_is_integer(v) || json_integer_value(v) < -1 || json_integer_value(v) > 1) {
        http_error(req, 422, "invalid_field", "value", "value must be 1, -1 or 0");
        goto out;
    }
    int value = (int)json_integer_value(v);
    if (api__rate_limited(req, app->vote_limit))
        goto out;
    store *s = api__store(req);
    if (!s)
        goto out;
    const char *cookie, *origin;
    const char *voter = api__voter(req, &cookie, &origin);
    int64_t likes, dislikes;
    store_status rc = store_begin(s);
    /* A cookie holder's earlier cookieless vote is replaced, not added to. */
    if (rc == STORE_OK && origin)
        rc = store_vote(s, id, origin, 0, &likes, &dislikes);
    if (rc == STORE_OK)
        rc = store_vote(s, id, voter, value, &likes, &dislikes);
    if (rc == STORE_OK)
        rc = store_commit(s);
    else
        store_rollback(s);
    if (rc != STORE_OK) {
        api__store_error(req, rc, "comment");
        goto out;
    }
    if (cookie)
        http_add_header(req, "Set-Cookie", cookie);
    api__send_json(req, 200,
                   json_pack("{s:I, s:I}", "likes", (json_int_t)likes, "dislikes",
                             (json_int_t)dislikes));
out:
    json_decref(body);
}
