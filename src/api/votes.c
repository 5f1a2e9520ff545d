/* votes — POST /api/v1/comments/{id}/vote {"value": 1 | -1 | 0}.
 *
 * One vote per reader per comment; a new vote replaces the old one and 0
 * withdraws it; the totals come back.  The reader is the id of its voter
 * cookie, issued with the answer when the request brought none, and the
 * address hash that cookie was issued to (identity.c).  One call to
 * store_vote_reader, one transaction:
 *  - with a cookie: the reader's own vote is set (and a vote stored before
 *    schema 9 under its cookie's address, cast before it had the cookie, is
 *    withdrawn); readers behind one address who each keep their cookie
 *    count separately;
 *  - without one: if the comment already has a vote from this address (cast
 *    without a cookie, or under a cookie issued to it), the latest of them
 *    is taken to be this reader's: it gets the new value and moves to the
 *    cookie given with this answer, so the totals never gain a vote.  This
 *    is what a reader who cleared their cookies expects ("my vote changed"),
 *    and it stops the no-cookie / new-cookie / no-cookie ... alternation
 *    from adding one vote per round.  The price: behind a shared address, a
 *    reader who sends no cookie changes the latest vote cast from there.
 *
 * Must never: add a vote for a request without a cookie on a comment that
 * already has a vote from its address; touch another reader's vote when a
 * cookie is sent. */
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
    store_status rc =
        store_vote_reader(s, id, voter, origin, cookie != NULL, value, &likes, &dislikes);
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
