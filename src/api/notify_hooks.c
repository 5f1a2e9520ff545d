/* notify_hooks — the points where a comment's publication or hold turns
 * into notifications (notify/enqueue.c).  Both run inside the transaction
 * that stores the comment, so the outbox rows they write commit with it:
 * at post time (api/comments.c) and when an editor approves or holds a
 * comment (the moderation handlers).  A publication also tells the other
 * server nodes (api/events.c), on commit only. */
#include "api/api_int.h"
#include "notify/notify.h"

static notify_thread_ref ref(const store_thread *th)
{
    return (notify_thread_ref){.id = th->id, .site = th->site, .uri = th->uri,
                               .title = th->title};
}

store_status api__on_publish_tx(http_req *req, store *s, const store_thread *th,
                                const store_comment *c, bool late)
{
    notify_thread_ref r = ref(th);
    store_status rc = notify_on_publish_tx(s, api__app(req)->cfg, &r, c);
    return rc == STORE_OK ? api__event_notify_tx(req, s, th, c, late) : rc;
}

store_status api__on_hold_tx(http_req *req, store *s, const store_thread *th,
                             const store_comment *c)
{
    notify_thread_ref r = ref(th);
    return notify_on_hold_tx(s, api__app(req)->cfg, &r, c);
}
