/* ops — GET /healthz (200 "ok" when the store answers, else 503) and
 * GET /metrics (Prometheus text: the http module's request counters and
 * latency histograms, plus the application's own counters). */
#include <string.h>

#include "api/api_int.h"
#include "notify/notify.h"

void api__healthz(http_req *req)
{
    store *s = store_pool_get(api__app(req)->pool);
    if (!s || store_ping(s) != STORE_OK) {
        http_add_header(req, "Cache-Control", "no-store");
        http_add_header(req, "Retry-After", "5");
        http_send_text(req, 503, "store unavailable\n");
        return;
    }
    http_add_header(req, "Cache-Control", "no-store");
    http_send_text(req, 200, "ok");
}

void api__metrics(http_req *req)
{
    api_app *app = api__app(req);
    util_buf b = {0};
    http_metrics_render(req->server, &b);
    util_buf_printf(&b,
                    "# HELP causerie_store_errors_total Store operations that failed.\n"
                    "# TYPE causerie_store_errors_total counter\n"
                    "causerie_store_errors_total %llu\n",
                    (unsigned long long)atomic_load(&app->store_errors));
    uint64_t commits, txs;
    store_pool_stats(app->pool, &commits, &txs);
    util_buf_printf(&b,
                    "# HELP causerie_store_group_commits_total SQLite commits of grouped "
                    "transactions (store_transaction).\n"
                    "# TYPE causerie_store_group_commits_total counter\n"
                    "causerie_store_group_commits_total %llu\n"
                    "# HELP causerie_store_group_transactions_total Transactions those commits "
                    "held.\n"
                    "# TYPE causerie_store_group_transactions_total counter\n"
                    "causerie_store_group_transactions_total %llu\n",
                    (unsigned long long)commits, (unsigned long long)txs);
    util_buf_puts(&b, "# HELP causerie_comments_posted_total Comments accepted, by status.\n"
                      "# TYPE causerie_comments_posted_total counter\n");
    for (int st = STORE_PUBLISHED; st <= STORE_DELETED; st++)
        util_buf_printf(&b, "causerie_comments_posted_total{status=\"%s\"} %llu\n",
                        store_comment_status_name(st),
                        (unsigned long long)atomic_load(&app->comments_by_status[st]));
    api__moderation_metrics(app, &b);
    notify_metrics_render(store_pool_get(app->pool), &b);
    http_add_header(req, "Cache-Control", "no-store");
    http_send(req, 200, "text/plain; version=0.0.4; charset=utf-8", b.data, b.len);
    util_buf_free(&b);
}
