/* moderation (api) — the moderation engine inside the server: its creation
 * with the shared policy and the store-backed spam model, the pipeline every
 * posted or edited comment goes through, the audit row of each decision,
 * and the counters of /metrics.
 *
 * How it works:
 *   - Policy.  The policy every node applies lives in the store (settings,
 *     with a version).  At start the configured file (moderation.policy_file)
 *     wins when it is newer than the stored one (an operator edited it) and
 *     is then saved to the store; otherwise the stored policy is used; with
 *     neither, the default embedded in the binary (data/moderation/
 *     policy.json).  It is parsed once, after the engine is made (the
 *     abuse model read first, so that the model's reading and the
 *     policy's compiling are not in memory together: the start-up peak),
 *     and its text let go of as soon as it is read.  While serving, a
 *     decision checks the stored version at most once a second (one
 *     indexed read) and installs a newer policy, so a PUT on one node
 *     reaches every node within a second: every decision (comments,
 *     Akismet checks) goes through api__decide, which does it.
 *   - Spam model.  The classifier's counts are in the store (spamstore.c),
 *     and each process decides with a copy in memory that follows the
 *     store's model version within a second of a learning elsewhere;
 *     when they are empty at start, the default training set (embedded, or
 *     moderation.train_file) is learned in one transaction.  Of several
 *     nodes starting at once, one seeds, the others wait and skip.
 *   - Decisions.  api__moderate() runs before the comment's transaction
 *     (mod_decide, then the text's fingerprint counted in the store over 24
 *     hours, leaving out the poster's own address: a text seen before is
 *     decided again with that count; on SQLite a text the recent-
 *     fingerprint filter has never seen skips the count, fpfilter.c), and
 *     a new comment's row is inserted with its fingerprint and its decision
 *     (the row is the decision's audit entry, store.h), an edit's decision
 *     row and fingerprint are written by api__moderation_record_tx() in
 *     the edit's transaction: a comment never exists without its audit
 *     entry.
 *
 * Must never: call the engine inside an open store transaction (except
 * when seeding, before the server serves); tell a spammer anything
 * (spam and discard read as "pending"); trust a body field for more than a
 * hint (the honeypot and the time since page load only add suspicion). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "api/api_int.h"
#include "api/assets.h"

#define POLICY_CHECK_US 1000000
#define REPEAT_WINDOW_MS (24 * 3600 * 1000LL)
#define MAX_METRIC_ROWS 128

typedef struct metric_row {
    char action[16];
    char category[40];
    uint64_t n;
} metric_row;

/* ---- small helpers --------------------------------------------------------- */

static const api_asset *embedded(const char *rel)
{
    for (size_t i = 0; i < api__data_count; i++)
        if (api__data[i].path && strcmp(api__data[i].path, rel) == 0)
            return &api__data[i];
    return NULL;
}

/* A NUL-terminated copy of an embedded file; caller frees. */
static char *embedded_text(const char *rel, size_t *len)
{
    const api_asset *f = embedded(rel);
    if (!f)
        return NULL;
    char *s = xmalloc(f->len + 1);
    memcpy(s, f->data, f->len);
    s[f->len] = '\0';
    *len = f->len;
    return s;
}

#define MAX_FILE_BYTES (256u << 20) /* a train or policy file; /dev/zero never ends */

mod_engine *api__engine(api_app *app)
{
    return app->moderation ? app->moderation->engine : NULL;
}

/* The embedded default policy, spam training set and abuse model (about
 * 2 MB of the binary's read-only data) are read once, at start; their
 * pages would then stay in the process's resident memory for its whole
 * life.  They are the executable's own file pages, so dropping them loses
 * nothing: a later read maps them in again from the page cache.  Only
 * whole pages inside the bytes are dropped. */
static void release_pages(const char *data, size_t len)
{
    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0)
        return;
    uintptr_t mask = (uintptr_t)page - 1;
    uintptr_t start = ((uintptr_t)data + mask) & ~mask;
    uintptr_t end = ((uintptr_t)data + len) & ~mask;
    if (end > start)
        (void)madvise((void *)start, end - start, MADV_DONTNEED);
}

static void release_embedded_data(void)
{
    for (size_t i = 0; i < api__data_count; i++)
        release_pages((const char *)api__data[i].data, api__data[i].len);
}

/* ---- start-up: the policy -------------------------------------------------- */

/* mod_policy_parse_done's callback for a text of our own: freed as soon as
 * it is read, before the policy is compiled. */
static void free_text(const char *text, size_t len)
{
    (void)len;
    free((char *)text);
}

/* The policy to start with, compiled (caller frees, or gives it to
 * mod_engine_set_policy), and the store version it is (0 = not in the
 * store).  Its text is parsed once (a configured file's as read: the
 * store keeps its normalized form, mod_policy_to_json) and let go of as
 * soon as it is read, before the policy is compiled: the pages of the
 * embedded default dropped, the file's or the store's text freed. */
static mod_policy *initial_policy(api_app *app, store *s, int64_t *version, char *err,
                                  size_t errlen)
{
    util_arena *a = util_arena_new();
    mod_policy *result = NULL;
    char *stored = NULL;
    char e2[400];
    int64_t v = 0, saved = 0;
    store_status st = store_policy_get(s, a, &v, &saved, &stored);
    if (st != STORE_OK && st != STORE_NOTFOUND) {
        snprintf(err, errlen, "moderation: cannot read the policy from the store: %s",
                 store_strerror(st));
        goto done;
    }
    const char *file = app->cfg->policy_file;
    struct stat sb;
    if (file && *file && stat(file, &sb) == 0) {
        int64_t mtime = (int64_t)sb.st_mtim.tv_sec * 1000 + sb.st_mtim.tv_nsec / 1000000;
        if (!stored || mtime > saved) {
            size_t len;
            char *text = util_read_file(file, MAX_FILE_BYTES, &len, e2, sizeof e2);
            mod_policy *p = text ? mod_policy_parse_done(text, len, free_text, e2, sizeof e2) : NULL;
            if (!p) {
                snprintf(err, errlen, "moderation.policy_file: %s: %s", file, e2);
                goto done;
            }
            char *json = mod_policy_to_json(p);
            if (!stored || strcmp(json, stored) != 0) {
                if ((st = store_policy_put(s, json, &v)) != STORE_OK) {
                    snprintf(err, errlen, "moderation: cannot save the policy of %s: %s", file,
                             store_strerror(st));
                    free(json);
                    mod_policy_free(p);
                    goto done;
                }
                LOG_INFO("moderation: policy of %s saved to the store as version %lld", file,
                         (long long)v);
            }
            free(json);
            result = p;
            *version = v;
            goto done;
        }
    } else if (file && *file && errno != ENOENT) {
        snprintf(err, errlen, "moderation.policy_file: %s: %s", file, strerror(errno));
        goto done;
    } else if (file && *file) {
        /* it will be written there: a directory that is missing or not
         * writable fails every save (the store keeps the policy, each save
         * logs a warning); say so now, when the operator is looking */
        const char *slash = strrchr(file, '/');
        const char *dir = !slash        ? "."
                          : slash == file ? "/"
                                          : util_arena_strndup(a, file, (size_t)(slash - file));
        if (access(dir, W_OK | X_OK) != 0)
            LOG_WARN("moderation.policy_file: %s cannot be written: %s: %s (the policy editors "
                     "save is kept in the database only)", file, dir, strerror(errno));
        else
            LOG_INFO("moderation: %s does not exist yet; it is written when an editor saves "
                     "the policy", file);
    }
    if (stored) {
        /* out of the store's arena, which goes now */
        char *text = xstrdup(stored);
        util_arena_free(a);
        a = NULL;
        *version = v;
        if (!(result = mod_policy_parse_done(text, strlen(text), free_text, e2, sizeof e2)))
            snprintf(err, errlen, "moderation: the policy saved in the store: %s", e2);
    } else {
        const api_asset *f = embedded("moderation/policy.json");
        *version = 0;
        if (!f)
            snprintf(err, errlen, "moderation: no policy embedded in this build");
        else if (!(result = mod_policy_parse_done((const char *)f->data, f->len, release_pages, e2,
                                                  sizeof e2)))
            snprintf(err, errlen, "moderation: %s", e2);
    }
done:
    util_arena_free(a);
    return result;
}

/* ---- start-up: seeding the spam model ------------------------------------------ */

/* Learns "spam|ham<TAB>text" lines; *n counts them.  Text is modified. */
static bool learn_tsv(mod_engine *e, char *text, const char *name, size_t *n, char *err,
                      size_t errlen)
{
    *n = 0;
    size_t line = 0;
    char *save = NULL;
    for (char *l = strtok_r(text, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
        line++;
        size_t ll = strlen(l);
        if (ll && l[ll - 1] == '\r')
            l[--ll] = '\0';
        if (ll == 0 || l[0] == '#')
            continue;
        char *tab = strchr(l, '\t');
        if (!tab) {
            snprintf(err, errlen, "%s: line %zu: expected \"spam|ham<TAB>text\"", name, line);
            return false;
        }
        *tab = '\0';
        bool is_spam = strcmp(l, "spam") == 0;
        if (!is_spam && strcmp(l, "ham") != 0) {
            snprintf(err, errlen, "%s: line %zu: the label must be spam or ham", name, line);
            return false;
        }
        util_tsv_unescape(tab + 1);
        mod_input in = {.text = tab + 1, .ms_since_load = -1};
        mod_status ms = mod_train(e, &in, is_spam);
        if (ms != MOD_OK) {
            snprintf(err, errlen, "%s: line %zu: %s", name, line, mod_strerror(ms));
            return false;
        }
        (*n)++;
    }
    return true;
}

/* When the store holds no spam model, learns the seed in one transaction
 * (the only place the engine is called inside one: nothing serves yet). */
static bool seed_model(api_app *app, store *s, char *err, size_t errlen)
{
    bool claimed = false;
    store_status st = store_begin(s);
    if (st == STORE_OK)
        st = store_spam_claim_empty(s, &claimed);
    if (st != STORE_OK || !claimed) {
        if (st == STORE_OK)
            st = store_commit(s);
        else
            store_rollback(s);
        if (st != STORE_OK)
            snprintf(err, errlen, "moderation: cannot read the spam model: %s", store_strerror(st));
        return st == STORE_OK;
    }
    const char *file = app->cfg->train_file;
    const char *name = file && *file ? file : "embedded spam_train.tsv";
    size_t len;
    char *text = file && *file ? util_read_file(file, MAX_FILE_BYTES, &len, err, errlen)
                               : embedded_text("moderation/spam_train.tsv", &len);
    if (!text) {
        if (!(file && *file))
            snprintf(err, errlen, "moderation: no spam training set embedded in this build");
        store_rollback(s);
        return false;
    }
    size_t n = 0;
    bool ok = learn_tsv(app->moderation->engine, text, name, &n, err, errlen);
    free(text);
    /* an empty file (or only comments) would leave the filter knowing
     * nothing, and obvious spam published, while the log said "seeded" */
    if (ok && n == 0) {
        snprintf(err, errlen, "moderation.train_file: %s holds no message (lines "
                 "\"spam|ham<TAB>text\")", name);
        ok = false;
    }
    if (!ok) {
        store_rollback(s);
        return false;
    }
    if ((st = store_commit(s)) != STORE_OK) {
        snprintf(err, errlen, "moderation: cannot save the spam model: %s", store_strerror(st));
        return false;
    }
    LOG_INFO("moderation: spam model seeded with %zu messages from %s", n, name);
    return true;
}

/* ---- lifecycle ------------------------------------------------------------------ */

bool api__moderation_init(api_app *app, char *err, size_t errlen)
{
    api_moderation *m = xcalloc(1, sizeof *m);
    app->moderation = m;
    pthread_mutex_init(&m->policy_mu, NULL);
    pthread_mutex_init(&m->metrics_mu, NULL);
    m->metrics = xcalloc(MAX_METRIC_ROWS, sizeof *m->metrics);
    m->enabled = app->cfg->moderation_enabled;
    m->login_limit = api__ratelimit_new(LOGIN_PER_MINUTE);
    store *s = store_pool_get(app->pool);
    if (!s) {
        snprintf(err, errlen, "store.url: cannot open the store");
        return false;
    }
    mod_config mc;
    mod_config_defaults(&mc);
    mc.lang = app->cfg->site_lang;
    mc.min_post_ms = app->cfg->min_post_ms;
    mc.backend = api__spamstore_new(app->pool);
    /* the abuse model the build trained from data/moderation/abuse_train.tsv
     * (tools/abuse_model.c): read, not trained, at every start */
    const api_asset *abuse = embedded("moderation/abuse_model.bin");
    mc.abuse_model_blob = abuse ? abuse->data : NULL;
    mc.abuse_model_len = abuse ? abuse->len : 0;
    mc.abuse_text_done = release_pages;   /* the model's pages, once read */
    /* The engine first (the abuse model read, its pages dropped), with no
     * policy, then the policy compiled and installed: the model's reading
     * and the policy's compiling, each with its own transient memory, are
     * never in memory together (the start-up peak), and the policy's text
     * is parsed once (initial_policy). */
    char e2[400];
    m->engine = mod_engine_new(&mc, e2, sizeof e2);
    if (!m->engine) {
        snprintf(err, errlen, "moderation: %s", e2);
        return false;
    }
    int64_t version = 0;
    mod_policy *policy = initial_policy(app, s, &version, err, errlen);
    if (!policy)
        return false;
    mod_engine_set_policy(m->engine, policy);
    atomic_store(&m->policy_version, version);
    atomic_store(&m->policy_checked_us, util_mono_us());
    m->fp = api__fpfilter_new(s);
    if (!seed_model(app, s, err, errlen))
        return false;
    release_embedded_data();
    return true;
}

void api__moderation_free(api_app *app)
{
    api_moderation *m = app->moderation;
    if (!m)
        return;
    mod_engine_free(m->engine);
    api__fpfilter_free(m->fp);
    api__ratelimit_free(m->login_limit);
    pthread_mutex_destroy(&m->policy_mu);
    pthread_mutex_destroy(&m->metrics_mu);
    free(m->metrics);
    free(m);
    app->moderation = NULL;
}

/* ---- policy versions -------------------------------------------------------------- */

/* Installs the stored policy when it is newer than ours; at most one look
 * a second per process.  Failures are logged: the current policy stays.
 * Called by api__decide only, before every decision. */
static void policy_refresh(api_app *app, store *s)
{
    api_moderation *m = app->moderation;
    int64_t now = util_mono_us();
    int64_t last = atomic_load(&m->policy_checked_us);
    if (now - last < POLICY_CHECK_US ||
        !atomic_compare_exchange_strong(&m->policy_checked_us, &last, now))
        return;
    int64_t v;
    if (store_policy_version(s, &v) != STORE_OK || v <= atomic_load(&m->policy_version))
        return;
    api__policy_install_stored(app, s);
}

void api__policy_install_stored(api_app *app, store *s)
{
    api_moderation *m = app->moderation;
    pthread_mutex_lock(&m->policy_mu);
    util_arena *a = util_arena_new();
    int64_t v, saved;
    char *json;
    if (store_policy_get(s, a, &v, &saved, &json) == STORE_OK && v > atomic_load(&m->policy_version)) {
        char err[400];
        const char *file = app->cfg->policy_file;
        mod_status ms = mod_engine_put_policy_json(m->engine, json, strlen(json),
                                                   file && *file ? file : NULL, err, sizeof err);
        if (ms == MOD_EIO) { /* the file only: install it anyway, and say so */
            LOG_WARN("moderation: policy version %lld: moderation.policy_file not written: %s",
                     (long long)v, err);
            ms = mod_engine_put_policy_json(m->engine, json, strlen(json), NULL, err, sizeof err);
        }
        if (ms == MOD_OK)
            LOG_INFO("moderation: policy version %lld installed", (long long)v);
        else
            LOG_ERROR("moderation: the policy version %lld in the store is invalid: %s",
                      (long long)v, err);
        atomic_store(&m->policy_version, v);
    }
    util_arena_free(a);
    pthread_mutex_unlock(&m->policy_mu);
}

/* ---- the pipeline ------------------------------------------------------------------ */

mod_status api__decide(api_app *app, store *s, const mod_input *in, util_arena *a, mod_decision *out)
{
    policy_refresh(app, s);
    return mod_decide(app->moderation->engine, in, a, out);
}

static int status_of(mod_action a)
{
    switch (a) {
    case MOD_PUBLISH: return STORE_PUBLISHED;
    case MOD_HOLD: return STORE_PENDING;
    case MOD_SPAM:
    case MOD_DISCARD: return STORE_SPAM;
    case MOD_REJECT: return STORE_REJECTED;
    }
    return STORE_PENDING;
}

store_status api__moderate(http_req *req, store *s, const api__mod_input *in, api__verdict *v)
{
    api_app *app = api__app(req);
    api_moderation *m = app->moderation;
    memset(v, 0, sizeof *v);
    v->status = STORE_PUBLISHED;
    if (!m->enabled)
        return STORE_OK;
    mod_input mi = {
        .text = in->text,
        .author = in->author,
        .email = in->email,
        .website = in->website,
        .lang = in->lang ? in->lang : app->cfg->site_lang,
        .ip = req->ip,
        .user_agent = req->conn ? http_header(req, "User-Agent") : NULL,
        .referrer = req->conn ? http_header(req, "Referer") : NULL,
        .permalink = in->uri,
        .honeypot = in->honeypot,
        .ms_since_load = in->ms_since_load,
        .seen_before = 0,
    };
    /* The text's fingerprint comes with the decision; a text seen before
     * (rare) is decided again knowing how often. */
    mod_status ms = api__decide(app, s, &mi, req->arena, &v->d);
    int64_t seen = 0;
    if (!api__fpfilter_never_seen(m->fp, v->d.fingerprint)) {
        store_status st = store_fingerprint_count(s, in->site, v->d.fingerprint,
                                                  util_now_ms() - REPEAT_WINDOW_MS,
                                                  api__ip_hash(req), in->exclude_id, &seen);
        if (st != STORE_OK)
            return st;
    }
    api__fpfilter_add(m->fp, v->d.fingerprint);
    if (seen > 0 && (ms == MOD_OK || ms == MOD_EBACKEND)) {
        mi.seen_before = seen > 1000000 ? 1000000 : (int)seen;
        ms = api__decide(app, s, &mi, req->arena, &v->d);
    }
    if (ms == MOD_EBACKEND)
        LOG_WARN("moderation: the spam model could not be read; deciding on the policy alone");
    else if (ms != MOD_OK)
        return STORE_EINVAL;
    v->decided = true;
    v->status = status_of(v->d.action);
    v->detail = mod_decision_to_stored(&v->d, req->arena);
    return STORE_OK;
}

void api__verdict_to_comment(const api__verdict *v, store_comment *c)
{
    if (!v->decided)
        return;
    c->fingerprint = v->d.fingerprint;
    c->auto_action = mod_action_name(v->d.action);
    c->auto_category = v->d.category;
    c->auto_detail = v->detail;
}

store_status api__moderation_record_tx(store *s, int64_t comment_id, const api__verdict *v)
{
    if (!v->decided)
        return STORE_OK;
    store_status st = store_comment_set_fingerprint(s, comment_id, v->d.fingerprint);
    if (st != STORE_OK)
        return st;
    store_decision d = {
        .comment_id = comment_id,
        .actor = "auto",
        .action = mod_action_name(v->d.action),
        .category = v->d.category,
        .detail = v->detail,
    };
    return store_decision_add(s, &d, NULL);
}

void api__send_policy_rejection(http_req *req, const api__verdict *v)
{
    /* no message of the policy's (an editor rejected it): a generic one in
     * the site's language */
    const char *lang = api__app(req)->cfg->site_lang;
    const char *generic = lang && strcmp(lang, "fr") == 0
                              ? "Votre commentaire ne respecte pas la charte du site."
                              : "This comment breaks the site's editorial policy.";
    const char *msg = v->d.message && *v->d.message ? v->d.message : generic;
    json_t *e = json_pack("{s:s, s:s, s:s}", "code", "policy", "message", msg, "category",
                          v->d.category ? v->d.category : "policy");
    if (!e)   /* a message that is not UTF-8 cannot come from a valid policy */
        e = json_pack("{s:s, s:s, s:s}", "code", "policy", "message",
                      "This comment breaks the site's editorial policy.", "category", "policy");
    api__send_json(req, 422, json_pack("{s:o}", "error", e));
}

/* ---- optional body fields -------------------------------------------------------------- */

bool api__moderation_fields(http_req *req, json_t *body, api__mod_input *in)
{
    const char *lang;
    if (!api__field_string(req, body, "lang", FIELD_OPTIONAL, 35, true, &lang))
        return false;
    in->lang = NULL;
    if (lang) {
        size_t n = strcspn(lang, "-_");
        bool ok = n >= 2 && n <= 3;
        for (size_t i = 0; ok && lang[i]; i++)
            ok = (lang[i] >= 'a' && lang[i] <= 'z') || (lang[i] >= 'A' && lang[i] <= 'Z') ||
                 (i >= n && ((lang[i] >= '0' && lang[i] <= '9') || lang[i] == '-' || lang[i] == '_'));
        if (!ok) {
            http_error(req, 422, "invalid_field", "lang",
                       "lang must be a language tag such as fr, en, he or ar");
            return false;
        }
        char *l = util_arena_strndup(req->arena, lang, n);
        for (char *p = l; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p - 'A' + 'a');
        in->lang = l;
    }
    in->honeypot = NULL;
    json_t *hp = json_object_get(body, "hp");
    if (hp && !json_is_null(hp) && !json_is_false(hp)) {
        if (json_is_string(hp)) {
            size_t n;
            const char *t = util_trim(json_string_value(hp), json_string_length(hp), &n);
            if (n)
                in->honeypot = util_arena_strndup(req->arena, t, n > 200 ? 200 : n);
        } else {
            in->honeypot = "1";   /* a bot filled it with something */
        }
    }
    in->ms_since_load = -1;
    json_t *el = json_object_get(body, "elapsed_ms");
    if (!api__absent(el)) {
        if (!json_is_number(el)) {
            http_error(req, 422, "invalid_field", "elapsed_ms",
                       "elapsed_ms must be the number of milliseconds since the page loaded");
            return false;
        }
        double ms = json_number_value(el);
        in->ms_since_load = ms >= 0 && ms < 1e15 ? (int64_t)ms : -1;
    }
    return true;
}

/* ---- decisions as editors see them ------------------------------------------------------ */

json_t *api__decision_json(const store_decision *d)
{
    json_t *o = mod_detail_load(d->detail);
    if (!o || !json_is_object(o)) {
        json_decref(o);
        o = json_object();
    }
    char created[32];
    util_time_rfc3339(d->created, created);
    json_object_set_new(o, "id", json_integer(d->id));
    json_object_set_new(o, "comment_id", d->comment_id ? json_integer(d->comment_id) : json_null());
    json_object_set_new(o, "created", json_string(created));
    json_object_set_new(o, "actor", json_string(d->actor ? d->actor : ""));
    json_object_set_new(o, "action", json_string(d->action ? d->action : ""));
    json_object_set_new(o, "category", d->category ? json_string(d->category) : json_null());
    return o;
}

/* ---- metrics ------------------------------------------------------------------------------ */

void api__moderation_observe(api_app *app, const char *action, const char *category)
{
    api_moderation *m = app->moderation;
    if (!m || !action)
        return;
    if (!category || !*category)
        category = "none";
    pthread_mutex_lock(&m->metrics_mu);
    size_t i = 0;
    for (; i < m->nmetrics; i++)
        if (strcmp(m->metrics[i].action, action) == 0 &&
            strcmp(m->metrics[i].category, category) == 0)
            break;
    if (i == m->nmetrics && m->nmetrics < MAX_METRIC_ROWS) {
        snprintf(m->metrics[i].action, sizeof m->metrics[i].action, "%s", action);
        snprintf(m->metrics[i].category, sizeof m->metrics[i].category, "%s", category);
        m->nmetrics++;
    }
    if (i < m->nmetrics)
        m->metrics[i].n++;
    pthread_mutex_unlock(&m->metrics_mu);
}

void api__moderation_metrics(api_app *app, util_buf *out)
{
    api_moderation *m = app->moderation;
    if (!m)
        return;
    util_buf_puts(out, "# HELP causerie_moderation_decisions_total Automatic moderation "
                       "decisions, by action and category.\n"
                       "# TYPE causerie_moderation_decisions_total counter\n");
    pthread_mutex_lock(&m->metrics_mu);
    for (size_t i = 0; i < m->nmetrics; i++)
        util_buf_printf(out,
                        "causerie_moderation_decisions_total{action=\"%s\",category=\"%s\"} %llu\n",
                        m->metrics[i].action, m->metrics[i].category,
                        (unsigned long long)m->metrics[i].n);
    pthread_mutex_unlock(&m->metrics_mu);
    int64_t v = atomic_load(&m->policy_version);
    util_buf_printf(out,
                    "# HELP causerie_moderation_policy_version Version of the policy in effect "
                    "(0 = the default, never saved).\n"
                    "# TYPE causerie_moderation_policy_version gauge\n"
                    "causerie_moderation_policy_version %lld\n"
                    "# HELP causerie_moderation_enabled Whether comments are moderated.\n"
                    "# TYPE causerie_moderation_enabled gauge\n"
                    "causerie_moderation_enabled %d\n",
                    (long long)v, m->enabled ? 1 : 0);
}
