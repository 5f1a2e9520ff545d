/* app — the state every handler shares, created once at start: the store
 * pool (which migrates the schema), the server secret (from the
 * configuration, else generated once and kept in the store so every node
 * and every restart agrees), the moderation engine (api/moderation.c), the
 * thread cache and the rate limiters; and, once the server serves, the
 * main thread's own connection and moderation scratch given back
 * (api_app_thread_done: only the start used them). */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_int.h"
#include "render/render.h"

#define CACHE_BYTES (8u << 20)

static bool load_secret(api_app *app, char *err, size_t errlen)
{
    const char *configured = app->cfg->secret;
    if (configured && *configured) {
        crypto_generichash(app->secret, sizeof app->secret, (const unsigned char *)configured,
                           strlen(configured), NULL, 0);
        return true;
    }
    store *s = store_pool_get(app->pool);
    if (!s) {
        snprintf(err, errlen, "store.url: cannot open the store");
        return false;
    }
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    util_arena *a = util_arena_new();
    char *value = NULL;
    store_status rc = store_setting_ensure(s, a, "server_secret", util_hex_encode(a, raw, 32),
                                           &value);
    bool ok = rc == STORE_OK && value && strlen(value) == 64;
    if (ok)
        for (int i = 0; i < 32; i++) {
            unsigned v;
            sscanf(value + 2 * i, "%2x", &v);
            app->secret[i] = (unsigned char)v;
        }
    else
        snprintf(err, errlen, "store.url: cannot read the server secret: %s", store_strerror(rc));
    util_arena_free(a);
    return ok;
}

api_app *api_app_new(const util_config *cfg, bool demo, char *err, size_t errlen)
{
    if (sodium_init() < 0) {
        snprintf(err, errlen, "libsodium could not start");
        return NULL;
    }
    api_app *app = xcalloc(1, sizeof *app);
    app->cfg = cfg;
    app->demo = demo;
    unsigned char raw[8];
    randombytes_buf(raw, sizeof raw);
    for (size_t i = 0; i < sizeof raw; i++)
        snprintf(app->node_id + 2 * i, 3, "%02x", raw[i]);
    app->pool = store_pool_new(cfg->store_url, err, errlen);
    if (!app->pool)
        goto fail;
    if (!load_secret(app, err, errlen))
        goto fail;
    if (!api__moderation_init(app, err, errlen))
        goto fail;
    app->cache = api__cache_new(CACHE_BYTES);
    app->pages = api__pages_new();
    app->post_limit = api__ratelimit_new(cfg->posts_per_minute);
    app->vote_limit = api__ratelimit_new(cfg->votes_per_minute);
    return app;
fail:
    api_app_free(app);
    return NULL;
}

void api_app_thread_done(api_app *app)
{
    store_pool_release(app->pool);
    mod_scratch_release();
}

void api_app_free(api_app *app)
{
    if (!app)
        return;
    api__moderation_free(app);
    store_pool_free(app->pool);
    api__cache_free(app->cache);
    api__pages_free(app->pages);
    api__ratelimit_free(app->post_limit);
    api__ratelimit_free(app->vote_limit);
    free(app);
}

/* The demo article's first two comments, as on the reference page. */
bool api_demo_seed(api_app *app)
{
    store *s = store_pool_get(app->pool);
    if (!s)
        return false;
    util_arena *a = util_arena_new();
    const char *site = app->cfg->default_site, *uri = "/";
    store_thread th;
    bool ok = store_thread_ensure(s, a, site, uri,
                                  "Tramway : le conseil municipal vote le tracé de la ligne C",
                                  &th) == STORE_OK;
    store_comment *cs;
    size_t n = 0;
    if (ok)
        ok = store_thread_comments(s, a, th.id, ~0u, &cs, &n) == STORE_OK;
    static const struct { const char *author, *text; int64_t ago_min; } seeds[] = {
        {"Pierre", "Enfin ! Cela fait dix ans qu'on attend cette ligne. Reste à savoir si le "
                   "calendrier sera **tenu** cette fois-ci.", 95},
        {"Elie Zeitouni", "Le tracé par la rue des Tanneurs est le bon choix, mais les "
                          "commerçants du quartier méritent une vraie compensation pendant "
                          "les travaux.", 42},
    };
    for (size_t i = 0; ok && n == 0 && i < UTIL_ARRAY_LEN(seeds); i++) {
        store_comment c = {
            .thread_id = th.id,
            .author = seeds[i].author,
            .text = seeds[i].text,
            .html = render_markdown(a, seeds[i].text, strlen(seeds[i].text)),
            .status = STORE_PUBLISHED,
            .created = util_now_ms() - seeds[i].ago_min * 60000,
            .ip_hash = "demo",
        };
        int64_t id;
        ok = store_comment_insert(s, &c, &id) == STORE_OK;
    }
    util_arena_free(a);
    return ok;
}
