/* notify_hooks — the points where a comment's publication or hold turns
 * into notifications.  Issue 5 (subscriptions and e-mail) fills these in;
 * until then publishing causes no mail, which is the behaviour of a server
 * with no subscriptions. */
#include "api/api_int.h"

store_status api__on_publish_tx(http_req *req, store *s, const store_thread *th,
                                const store_comment *c)
{
    (void)req, (void)s, (void)th, (void)c;
    return STORE_OK;
}

store_status api__on_hold_tx(http_req *req, store *s, const store_thread *th,
                             const store_comment *c)
{
    (void)req, (void)s, (void)th, (void)c;
    return STORE_OK;
}
