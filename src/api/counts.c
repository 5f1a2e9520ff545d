/* counts — GET /api/v1/counts?uri=A&uri=B[&site=S]: published comments of
 * many pages in one call, for index pages ("12 commentaires"). */
#include <string.h>

#include "api/api_int.h"

#define MAX_URIS 200

void api__counts(http_req *req)
{
    api_app *app = api__app(req);
    const char *site = http_param(req, "site");
    if (!site || !*site)
        site = app->cfg->default_site;
    else if (!api__valid_site(site)) {
        http_error(req, 422, "invalid_field", "site",
                   "site must be 1-100 letters, digits, '.', '-' or '_'");
        return;
    }
    size_t n = util_query_count(&req->query, "uri");
    if (n == 0) {
        http_error(req, 422, "invalid_field", "uri", "at least one uri is required");
        return;
    }
    if (n > MAX_URIS) {
        http_error(req, 422, "invalid_field", "uri", "at most %d uris per call", MAX_URIS);
        return;
    }
    const char **uris = util_arena_alloc(req->arena, n * sizeof(char *));
    size_t k = 0;
    for (size_t i = 0; i < req->query.n; i++) {
        if (strcmp(req->query.items[i].key, "uri") != 0)
            continue;
        const char *u = req->query.items[i].value;
        /* as a comment's uri is checked when it is posted: no thread can
         * have another */
        if (!*u || util_utf8_len(u, strlen(u)) > 2000 || !api__uri_chars_ok(u)) {
            http_error(req, 422, "invalid_field", "uri",
                       "each uri must be 1-2000 characters, one line without control characters");
            return;
        }
        uris[k++] = u;
    }
    store *s = api__store(req);
    if (!s)
        return;
    int64_t *counts = util_arena_alloc(req->arena, n * sizeof(int64_t));
    store_status rc = store_counts(s, site, uris, n, counts);
    if (rc != STORE_OK) {
        api__store_error(req, rc, "thread");
        return;
    }
    json_t *o = json_object();
    for (size_t i = 0; i < n; i++)
        json_object_set_new(o, uris[i], json_integer(counts[i]));
    http_add_header(req, "Cache-Control", "no-cache");
    api__send_json(req, 200, o);
}
