/* admin — the editors' API under /api/v1/admin/: login and sessions, the
 * moderation queue, one comment with all its decisions, the editors'
 * decisions (approve, reject, spam, ham, delete), the policy, the audit log
 * and the statistics of the console (web/admin/).
 *
 * How it works:
 *   - Login checks the password against its argon2id hash (libsodium
 *     crypto_pwhash_str_verify).  An unknown user, or a locked one, is
 *     checked against a dummy hash so every attempt costs the same time.
 *     Five failures in a row from one address lock the account for that
 *     address for 15 minutes (429, code "locked"), so that nobody can lock
 *     an editor out from elsewhere; fifty in a row from all addresses
 *     together lock it for every address (which bounds guessing from many).
 *     "In a row": a failure counts while the one before it is less than
 *     the lock window (15 minutes) old; older ones start the count again,
 *     so typos spread over weeks never lock anyone out.
 *     An unknown name is locked the same ways (counted in the store under
 *     a keyed hash of the name, like an account's count: every node and a
 *     restarted one answer it alike, and both paths write two rows), so
 *     the lockout never reveals which names exist; attempts are also
 *     limited per client address.
 *   - A session is a random token in an HttpOnly, SameSite=Strict cookie
 *     (only its hash is stored) and a CSRF token the console sends back as
 *     X-CSRF-Token on every POST and PUT.  No session is 401; a missing or
 *     wrong CSRF token 403 (code "csrf").  Both are judged before anything
 *     else of the request, by the server (HTTP_AUTH routes: 415, 413, a bad
 *     query or body come after) and again by each handler before its
 *     parameters (an id, an action, a status, paging).
 *   - An editor's decision changes the status (only from the one it read:
 *     if the author deleted or edited the comment meanwhile, it is decided
 *     again on the new status), writes a decisions row
 *     (actor "admin:NAME") and runs the publication hook in one
 *     transaction; then, outside it (the engine's lock is never taken
 *     inside the database's), spam and ham teach the classifier, first
 *     unlearning what the comment had been taught as.
 *
 * Must never: tell an unknown user from a wrong password, store a session
 * token or a password in clear, accept a state-changing request without
 * the session's CSRF token, or teach the classifier the same comment twice
 * as the same class. */
#include <errno.h>
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_int.h"

#define SESSION_COOKIE "causerie_admin"
#define SESSION_MS (12 * 3600 * 1000LL)
#define MAX_FAILURES 5            /* in a row, for one name from one address */
#define MAX_ACCOUNT_FAILURES 50   /* in a row, for one name from all addresses */
#define LOCK_MS (15 * 60 * 1000LL) /* the lock, and the window of "in a row" */
#define MAX_USER 100
#define MAX_PASSWORD 1024
#define DAY_MS 86400000LL
#define STATS_DAYS 30

/* ---- passwords ------------------------------------------------------------ */

static char dummy_hash[crypto_pwhash_STRBYTES];
static pthread_once_t dummy_once = PTHREAD_ONCE_INIT;

/* A hash of a random password, made once, for attempts that have no real
 * hash to check (unknown user, locked account). */
static void make_dummy_hash(void)
{
    unsigned char pw[24];
    randombytes_buf(pw, sizeof pw);
    if (crypto_pwhash_str(dummy_hash, (const char *)pw, sizeof pw,
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        LOG_ERROR("admin: cannot compute the dummy password hash (out of memory)");
        dummy_hash[0] = '\0';
    }
}

static bool password_ok(const char *hash, const char *password)
{
    if (!hash || !*hash)
        return false;
    return crypto_pwhash_str_verify(hash, password, strlen(password)) == 0;
}

static void burn_time(const char *password)
{
    pthread_once(&dummy_once, make_dummy_hash);
    (void)password_ok(dummy_hash, password);
}

/* ---- unknown names ------------------------------------------------------------
 * An unknown name is locked like an account (five failures, 15 minutes), so
 * that the lockout's 429 never tells an existing account from an unknown
 * name.  Its count is in the store (store_login_ghost_failed) under a tag
 * of the name keyed by the server secret (the same on every node): the
 * name itself is never stored. */

static const char *ghost_key(http_req *req, const char *name)
{
    const char *m = util_arena_printf(req->arena, "login-ghost:%s", name);
    return api__tag(req->arena, api__app(req)->secret, m, strlen(m));
}

/* The count of one name's failures from one address (the address as the
 * rate limiter knows it, api__ip_hash: X-Forwarded-For only with
 * server.trust_proxy), in the same keyed counts: "login-pair:ID:IP" for an
 * account (so that `admin passwd` clears them all), "login-pair:gTAG:IP"
 * for an unknown name (its keyed tag, never the name). */
static const char *pair_key(http_req *req, const store_admin *ad, const char *name)
{
    const char *ip = api__ip_hash(req);
    if (ad)
        return util_arena_printf(req->arena, "login-pair:%lld:%s", (long long)ad->id, ip);
    return util_arena_printf(req->arena, "login-pair:g%s:%s", ghost_key(req, name), ip);
}

/* ---- sessions -------------------------------------------------------------- */

typedef struct editor {
    int64_t id;
    const char *name;
    const char *actor;      /* "admin:NAME" */
} editor;

/* The editor of the request's session, or an answer (401, 403, 503).  On
 * an HTTP_AUTH route the server's authorize found it already (req->auth):
 * the session is looked up once a request. */
static bool require_editor(http_req *req, store *s, editor *ed)
{
    if (req->auth) {
        *ed = *(const editor *)req->auth;
        return true;
    }
    const char *tok = http_cookie(req, SESSION_COOKIE);
    if (!tok || !*tok || strlen(tok) > 200) {
        http_error(req, 401, "unauthorized", NULL, "log in first (POST /api/v1/admin/login)");
        return false;
    }
    store_session se;
    store_status rc = store_session_get(s, req->arena, api__token_hash(req->arena, tok),
                                        util_now_ms(), &se);
    if (rc == STORE_NOTFOUND) {
        http_error(req, 401, "unauthorized", NULL, "the session has expired: log in again");
        return false;
    }
    if (rc != STORE_OK) {
        api__store_error(req, rc, "session");
        return false;
    }
    if (req->method & (HTTP_POST | HTTP_PUT | HTTP_DELETE)) {
        const char *h = http_header(req, "X-CSRF-Token");
        size_t n = se.csrf ? strlen(se.csrf) : 0;
        if (!h || n == 0 || strlen(h) != n || sodium_memcmp(h, se.csrf, n) != 0) {
            http_error(req, 403, "csrf", NULL,
                       "the X-CSRF-Token header is missing or is not this session's");
            return false;
        }
    }
    ed->id = se.admin_id;
    ed->name = se.admin_name;
    ed->actor = util_arena_printf(req->arena, "admin:%s", se.admin_name);
    return true;
}

bool api_admin_authorize(http_req *req)
{
    store *s = api__store(req);
    editor ed;
    if (!s || !require_editor(req, s, &ed))
        return false;
    editor *kept = util_arena_alloc(req->arena, sizeof *kept);
    *kept = ed;
    req->auth = kept;
    return true;
}

bool api_large_body_ok(http_req *req)
{
    const char *tok = http_cookie(req, SESSION_COOKIE);
    const char *h = http_header(req, "X-CSRF-Token");
    if (!tok || !*tok || strlen(tok) > 200 || !h)
        return false;
    store *s = store_pool_get(api__app(req)->pool);
    store_session se;
    if (!s || store_session_get(s, req->arena, api__token_hash(req->arena, tok), util_now_ms(),
                                &se) != STORE_OK)
        return false;
    size_t n = se.csrf ? strlen(se.csrf) : 0;
    return n > 0 && strlen(h) == n && sodium_memcmp(h, se.csrf, n) == 0;
}

static void too_many(http_req *req, int64_t seconds, const char *code, const char *what)
{
    char ra[24];
    snprintf(ra, sizeof ra, "%lld", (long long)(seconds > 0 ? seconds : 1));
    http_add_header(req, "Retry-After", ra);
    http_error(req, 429, code, NULL, "%s; try again in %s seconds", what, ra);
}

void api__admin_login(http_req *req)
{
    api_app *app = api__app(req);
    json_t *body = api__body(req);
    if (!body)
        return;
    const char *user, *password;
    if (!api__field_string(req, body, "user", FIELD_REQUIRED, MAX_USER, true, &user) ||
        !api__field_string(req, body, "password", FIELD_REQUIRED, MAX_PASSWORD, false, &password))
        goto out;
    int retry;
    if (!api__ratelimit_take(app->moderation->login_limit, api__ip_hash(req), &retry)) {
        too_many(req, retry, "rate_limited", "too many login attempts from this address");
        goto out;
    }
    store *s = api__store(req);
    if (!s)
        goto out;
    store_admin ad;
    store_status rc = store_admin_get(s, req->arena, user, &ad);
    if (rc != STORE_OK && rc != STORE_NOTFOUND) {
        api__store_error(req, rc, "editor");
        goto out;
    }
    int64_t now = util_now_ms();
    /* this name from this address: its lock first, whatever the password */
    const char *pair = pair_key(req, rc == STORE_OK ? &ad : NULL, user);
    int64_t pair_failed, pair_until;
    store_status prc = store_login_key_get(s, pair, &pair_failed, &pair_until);
    if (prc != STORE_OK) {
        api__store_error(req, prc, "editor");
        goto out;
    }
    if (rc == STORE_NOTFOUND) {
        /* answered exactly as an account would be, lockout included */
        burn_time(password);
        const char *name_key = ghost_key(req, user);
        int64_t failed, name_until, until;
        if ((rc = store_login_key_get(s, name_key, &failed, &name_until)) != STORE_OK) {
            api__store_error(req, rc, "editor");
            goto out;
        }
        until = name_until > pair_until ? name_until : pair_until;
        if (until <= now) {
            if ((rc = store_login_ghost_failed(s, name_key, now, MAX_ACCOUNT_FAILURES, LOCK_MS,
                                               &failed, &name_until)) != STORE_OK ||
                (rc = store_login_ghost_failed(s, pair, now, MAX_FAILURES, LOCK_MS, &failed,
                                               &until)) != STORE_OK) {
                api__store_error(req, rc, "editor");
                goto out;
            }
            if (name_until > until)
                until = name_until;
        }
        if (until > now)
            too_many(req, (until - now + 999) / 1000, "locked",
                     "this account is locked after too many failed logins");
        else
            http_error(req, 401, "invalid_credentials", NULL, "wrong user name or password");
        goto out;
    }
    if (ad.locked_until > now || pair_until > now) {
        burn_time(password);
        int64_t until = ad.locked_until > pair_until ? ad.locked_until : pair_until;
        too_many(req, (until - now + 999) / 1000, "locked",
                 "this account is locked after too many failed logins");
        goto out;
    }
    if (!password_ok(ad.password_hash, password)) {
        int64_t failed, until, pfailed, puntil;
        if ((rc = store_admin_login_failed(s, ad.id, now, MAX_ACCOUNT_FAILURES, LOCK_MS, &failed,
                                           &until)) != STORE_OK ||
            (rc = store_login_ghost_failed(s, pair, now, MAX_FAILURES, LOCK_MS, &pfailed,
                                           &puntil)) != STORE_OK) {
            api__store_error(req, rc, "editor");
            goto out;
        }
        LOG_WARN("admin: failed login for %s (%lld in a row from this address, %lld from all)",
                 ad.name, (long long)pfailed, (long long)failed);
        if (puntil > until)
            until = puntil;
        if (until > now)
            too_many(req, (until - now + 999) / 1000, "locked",
                     "this account is locked after too many failed logins");
        else
            http_error(req, 401, "invalid_credentials", NULL, "wrong user name or password");
        goto out;
    }
    const char *token, *token_hash, *csrf, *csrf_hash;
    api__new_token(req, &token, &token_hash);
    api__new_token(req, &csrf, &csrf_hash);
    int64_t expires = now + SESSION_MS;
    if ((rc = store_admin_login_ok(s, ad.id)) != STORE_OK ||
        (pair_failed && (rc = store_login_key_clear(s, pair)) != STORE_OK) ||
        (rc = store_session_add(s, token_hash, ad.id, csrf, now, expires)) != STORE_OK) {
        api__store_error(req, rc, "session");
        goto out;
    }
    http_add_header(req, "Set-Cookie",
                    util_arena_printf(req->arena,
                                      SESSION_COOKIE "=%s; Path=/; Max-Age=%lld; HttpOnly; "
                                                     "SameSite=Strict%s",
                                      token, (long long)(SESSION_MS / 1000),
                                      api__secure_cookies(req) ? "; Secure" : ""));
    http_add_header(req, "Cache-Control", "no-store");
    char exp[32];
    util_time_rfc3339(expires, exp);
    LOG_INFO("admin: %s logged in", ad.name);
    api__send_json(req, 200, json_pack("{s:s, s:s, s:s}", "user", ad.name, "csrf", csrf,
                                       "expires", exp));
out:
    json_decref(body);
}

void api__admin_logout(http_req *req)
{
    store *s = api__store(req);
    editor ed;
    if (!s || !require_editor(req, s, &ed))
        return;
    const char *tok = http_cookie(req, SESSION_COOKIE);
    store_status rc = store_session_delete(s, api__token_hash(req->arena, tok));
    if (rc != STORE_OK) {
        api__store_error(req, rc, "session");
        return;
    }
    http_add_header(req, "Set-Cookie",
                    util_arena_printf(req->arena,
                                      SESSION_COOKIE "=; Path=/; Max-Age=0; HttpOnly; "
                                                     "SameSite=Strict%s",
                                      api__secure_cookies(req) ? "; Secure" : ""));
    http_send_empty(req, 204);
}

/* ---- comments as editors see them ---------------------------------------------- */

static const char *trained_name(int t)
{
    return t == STORE_TRAINED_SPAM ? "spam" : t == STORE_TRAINED_HAM ? "ham" : NULL;
}

static json_t *item_json(const store_mod_item *it)
{
    json_t *o = api__comment_json(&it->c, false);
    json_object_del(o, "replies");
    json_object_set_new(o, "site", json_string(it->site ? it->site : ""));
    json_object_set_new(o, "uri", json_string(it->uri ? it->uri : ""));
    json_object_set_new(o, "title", it->title ? json_string(it->title) : json_null());
    json_object_set_new(o, "email", it->c.email ? json_string(it->c.email) : json_null());
    json_object_set_new(o, "text", json_string(it->c.text ? it->c.text : ""));
    json_object_set_new(o, "status", json_string(store_comment_status_name(it->c.status)));
    json_object_set_new(o, "reports", json_integer(it->c.reports));
    json_object_set_new(o, "lang", it->c.lang ? json_string(it->c.lang) : json_null());
    const char *t = trained_name(it->trained);
    json_object_set_new(o, "trained", t ? json_string(t) : json_null());
    return o;
}

/* Reads an optional positive integer parameter; answers 422 when bad. */
static bool int_param(http_req *req, const char *name, int64_t min, int64_t max, int64_t def,
                      int64_t *out)
{
    const char *v = http_param(req, name);
    *out = def;
    if (!v || !*v)
        return true;
    char *end;
    errno = 0;
    long long x = strtoll(v, &end, 10);
    /* digits only: no sign, no space, nothing past the type's range */
    if (*v < '0' || *v > '9' || *end || errno == ERANGE || x < min || x > max) {
        http_error(req, 422, "invalid_field", name, "%s must be an integer from %lld to %lld",
                   name, (long long)min, (long long)max);
        return false;
    }
    *out = x;
    return true;
}

void api__admin_queue(http_req *req)
{
    store *s = api__store(req);
    editor ed;
    if (!s || !require_editor(req, s, &ed))
        return;
    const char *name = http_param(req, "status");
    if (!name || !*name)
        name = "pending";
    int status;
    if (strcmp(name, "reported") == 0)
        status = -1;
    else if (strcmp(name, "pending") == 0 || strcmp(name, "spam") == 0 ||
             strcmp(name, "rejected") == 0)
        status = store_comment_status_parse(name);
    else {
        http_error(req, 422, "invalid_field", "status",
                   "status must be pending, spam, rejected or reported");
        return;
    }
    int64_t limit, before, cursor;
    if (!int_param(req, "limit", 1, 100, 50, &limit) ||
        !int_param(req, "before", 1, INT64_MAX, 0, &before) ||
        !int_param(req, "cursor", 1, INT64_MAX, 0, &cursor))
        return;
    if (!before)
        before = cursor;
    store_mod_item *items;
    size_t n;
    store_status rc = store_mod_queue(s, req->arena, status, before, (int)limit, &items, &n);
    store_decision *dec = NULL;
    size_t nd = 0;
    if (rc == STORE_OK && n) {
        int64_t *ids = util_arena_alloc(req->arena, n * sizeof *ids);
        for (size_t i = 0; i < n; i++)
            ids[i] = items[i].c.id;
        rc = store_decisions_latest(s, req->arena, ids, n, &dec, &nd);
    }
    if (rc != STORE_OK) {
        api__store_error(req, rc, "queue");
        return;
    }
    json_t *list = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *o = item_json(&items[i]);
        json_t *d = json_null();
        for (size_t j = 0; j < nd; j++)
            if (dec[j].comment_id == items[i].c.id) {
                json_decref(d);
                d = api__decision_json(&dec[j]);
            }
        json_object_set_new(o, "decision", d);
        json_array_append_new(list, o);
    }
    json_t *next = n == (size_t)limit ? json_sprintf("%lld", (long long)items[n - 1].c.id)
                                      : json_null();
    http_add_header(req, "Cache-Control", "no-store");
    api__send_json(req, 200, json_pack("{s:s, s:o, s:o}", "status", name, "comments", list,
                                       "cursor", next));
}

void api__admin_comment_get(http_req *req)
{
    store *s = api__store(req);
    editor ed;
    if (!s || !require_editor(req, s, &ed))
        return;
    int64_t id;
    if (!api__path_id(req, 0, &id))
        return;
    store_mod_item it;
    store_decision *dec = NULL;
    store_report *rep = NULL;
    size_t nd = 0, nr = 0;
    store_status rc = store_mod_item_get(s, req->arena, id, &it);
    if (rc == STORE_OK)
        rc = store_decisions_of_comment(s, req->arena, id, &dec, &nd);
    if (rc == STORE_OK)
        rc = store_reports_of_comment(s, req->arena, id, &rep, &nr);
    if (rc != STORE_OK) {
        api__store_error(req, rc, "comment");
        return;
    }
    json_t *all = json_array();
    json_t *explain = json_null();
    for (size_t i = 0; i < nd; i++) {
        json_array_append_new(all, api__decision_json(&dec[i]));
        /* the explanation: the newest automatic decision (the engine's) */
        if (dec[i].actor && strcmp(dec[i].actor, "auto") == 0) {
            json_decref(explain);
            explain = api__decision_json(&dec[i]);
        }
    }
    if (json_is_null(explain) && nd)
        explain = api__decision_json(&dec[nd - 1]);
    json_t *reports = json_array();
    for (size_t i = 0; i < nr; i++) {
        char t[32];
        util_time_rfc3339(rep[i].created, t);
        json_t *r = json_pack("{s:s?, s:s}", "reason", rep[i].reason, "created", t);
        json_array_append_new(reports, r ? r : json_pack("{s:n, s:s}", "reason", "created", t));
    }
    http_add_header(req, "Cache-Control", "no-store");
    api__send_json(req, 200, json_pack("{s:o, s:o, s:o, s:o}", "comment", item_json(&it),
                                       "decision", explain, "decisions", all, "reports",
                                       reports));
}

/* ---- editors' decisions ------------------------------------------------------------ */

static const char *const editor_actions[] = {"approve", "reject", "spam", "ham", "delete"};

bool api__valid_editor_action(const char *action)
{
    for (size_t i = 0; action && i < UTIL_ARRAY_LEN(editor_actions); i++)
        if (strcmp(action, editor_actions[i]) == 0)
            return true;
    return false;
}

bool api__editor_action_exists(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash && api__valid_editor_action(slash + 1);
}

static int target_status(const char *action)
{
    if (!strcmp(action, "approve") || !strcmp(action, "ham"))
        return STORE_PUBLISHED;
    if (!strcmp(action, "reject"))
        return STORE_REJECTED;
    if (!strcmp(action, "spam"))
        return STORE_SPAM;
    return STORE_DELETED;
}

typedef struct decide_ctx {
    http_req *req;
    store_mod_item *it;
    store_thread th;
    const char *action, *actor;
    int from, to, train;    /* train: STORE_TRAINED_* wanted, NONE = none */
} decide_ctx;

static store_status decide_tx(store *s, void *arg)
{
    decide_ctx *x = arg;
    store_comment *c = &x->it->c;
    store_status rc = STORE_OK;
    /* Only from the status read: an author's delete or edit that landed
     * since makes this STORE_CONFLICT, and the decision is made again. */
    if (x->to != x->from && (rc = store_comment_swap_status(s, c->id, x->from, x->to)) != STORE_OK)
        return rc;
    if (x->to == STORE_PUBLISHED && c->reports > 0 &&
        (rc = store_comment_reports_reset(s, c->id)) != STORE_OK)
        return rc;
    json_t *detail = json_pack("{s:s, s:s}", "from", store_comment_status_name(x->from), "to",
                               store_comment_status_name(x->to));
    /* "trained" only when this decision teaches the filter: a second "spam"
     * teaches nothing, and its row must not name a text (since edited) as
     * the one learned, which a later "ham" would then unlearn */
    if (x->train && x->it->trained != x->train) {
        json_object_set_new(detail, "trained", json_string(trained_name(x->train)));
        /* what the filter learns: an edit may change the text before the
         * next decision, which must unlearn this text, not the new one */
        json_t *tt = json_string(c->text ? c->text : "");
        json_object_set_new(detail, "trained_text", tt ? tt : json_string(""));
    }
    if (x->it->trained && x->train && x->it->trained != x->train)
        json_object_set_new(detail, "untrained", json_string(trained_name(x->it->trained)));
    char *dj = json_dumps(detail, JSON_COMPACT);
    json_decref(detail);
    store_decision d = {
        .comment_id = c->id,
        .actor = x->actor,
        .action = x->action,
        .category = x->to == STORE_SPAM ? "spam" : NULL,
        .detail = util_arena_strdup(x->req->arena, dj),
    };
    free(dj);
    if ((rc = store_decision_add(s, &d, NULL)) != STORE_OK)
        return rc;
    c->status = x->to;
    if (x->to == STORE_PUBLISHED && x->from != STORE_PUBLISHED)
        rc = api__on_publish_tx(x->req, s, &x->th, c, true);
    return rc;
}

/* Teaches the classifier what an editor said, unlearning first what the
 * comment had been taught as.  Each step is claimed in the store before it
 * is taught (store_comment_swap_trained), so two servers deciding on one
 * comment at once never both teach it: the loser reads what the winner
 * recorded and goes on from there.  A step the classifier could not take
 * gives its claim back, so a retry takes it again; a crash between claim
 * and teaching leaves one lesson untaught rather than taught twice. */
static store_status train_comment(http_req *req, store *s, store_mod_item *it, int want,
                                  const char *learned_text)
{
    mod_engine *e = api__engine(api__app(req));
    mod_input in = {
        .text = it->c.text ? it->c.text : "",
        .author = it->c.author,
        .email = it->c.email,
        .website = it->c.website,
        .lang = it->c.lang,
        .user_agent = it->c.user_agent,
        .ms_since_load = -1,
    };
    /* unlearning takes back the text that was learned (an author's edit
     * may have changed it since), when the decision that taught it says */
    mod_input old = in;
    if (learned_text)
        old.text = learned_text;
    /* at most: unlearn, learn, and a few steps lost to other servers */
    for (int step = 0; step < 8; step++) {
        if (it->trained == want)
            return STORE_OK;
        int from = it->trained;
        int to = from != STORE_TRAINED_NONE ? STORE_TRAINED_NONE : want;
        store_status rc = store_comment_swap_trained(s, it->c.id, from, to);
        if (rc == STORE_CONFLICT) {
            if ((rc = store_comment_trained(s, it->c.id, &it->trained)) != STORE_OK)
                return rc;
            continue;
        }
        if (rc != STORE_OK)
            return rc;
        mod_status ms = from != STORE_TRAINED_NONE
                            ? mod_untrain(e, &old, from == STORE_TRAINED_SPAM)
                            : mod_train(e, &in, want == STORE_TRAINED_SPAM);
        if (ms != MOD_OK) {
            if (store_comment_swap_trained(s, it->c.id, to, from) != STORE_OK)
                LOG_ERROR("moderation: comment %lld: recorded as trained %s, not taught",
                          (long long)it->c.id, to ? trained_name(to) : "none");
            return STORE_EIO;
        }
        it->trained = to;
    }
    return STORE_EBUSY;
}

/* The text the filter was taught as `trained` (STORE_TRAINED_*): the
 * trained_text of the newest editor's decision that taught it; NULL when
 * no decision says (older rows: the current text is unlearned). */
static const char *learned_text(http_req *req, store *s, int64_t id, int trained)
{
    store_decision *d = NULL;
    size_t n = 0;
    const char *res = NULL;
    if (!trained || store_decisions_of_comment(s, req->arena, id, &d, &n) != STORE_OK)
        return NULL;
    for (size_t i = n; i-- > 0 && !res;) {
        json_t *o = d[i].detail ? json_loads(d[i].detail, 0, NULL) : NULL;
        const char *t = json_string_value(json_object_get(o, "trained"));
        const char *text = json_string_value(json_object_get(o, "trained_text"));
        if (t && text && strcmp(t, trained_name(trained)) == 0)
            res = util_arena_strdup(req->arena, text);
        json_decref(o);
    }
    return res;
}

/* True when a deleted comment was deleted by its author (DELETE with the
 * edit token leaves no decision row), not by an editor: the newest decision
 * of the comment is not an editor's "delete". */
static store_status deleted_by_author(http_req *req, store *s, int64_t id, bool *yes)
{
    store_decision *d = NULL;
    size_t n = 0;
    store_status rc = store_decisions_latest(s, req->arena, &id, 1, &d, &n);
    *yes = rc == STORE_OK && !(n > 0 && d[0].action && strcmp(d[0].action, "delete") == 0);
    return rc;
}

/* Editors' decisions are made one at a time in a process, so that two at
 * once on one comment (a double click, two tabs, approve and delete) read
 * the status and what the classifier was taught after the other's, and the
 * comment is never taught twice. */
static pthread_mutex_t decide_lock = PTHREAD_MUTEX_INITIALIZER;

static store_status decide_locked(http_req *req, store *s, int64_t id, const char *action,
                                  const char *actor, int *status_out);

store_status api__editor_decide(http_req *req, store *s, int64_t id, const char *action,
                                const char *actor, int *status_out)
{
    if (status_out)
        *status_out = -1;
    if (!api__valid_editor_action(action))
        return STORE_EINVAL;
    pthread_mutex_lock(&decide_lock);
    store_status rc = STORE_CONFLICT;
    /* A conflict is a change by the comment's author (or another node)
     * between reading and deciding: decide again on the new status. */
    for (int tries = 0; tries < 3; tries++)
        if ((rc = decide_locked(req, s, id, action, actor, status_out)) != STORE_CONFLICT ||
            (status_out && *status_out == STORE_DELETED))
            break;
    pthread_mutex_unlock(&decide_lock);
    return rc;
}

static store_status decide_locked(http_req *req, store *s, int64_t id, const char *action,
                                  const char *actor, int *status_out)
{
    store_mod_item it;
    store_status rc = store_mod_item_get(s, req->arena, id, &it);
    if (rc != STORE_OK)
        return rc;
    if (it.c.status == STORE_DELETED) {
        /* what its author withdrew stays withdrawn: an editor may only undo
         * an editor's delete */
        bool by_author;
        if ((rc = deleted_by_author(req, s, id, &by_author)) != STORE_OK)
            return rc;
        if (by_author) {
            if (status_out)
                *status_out = STORE_DELETED;
            return STORE_CONFLICT;
        }
    }
    decide_ctx x = {
        .req = req,
        .it = &it,
        .action = action,
        .actor = actor,
        .from = it.c.status,
        .to = target_status(action),
        .train = !strcmp(action, "spam")  ? STORE_TRAINED_SPAM
                 : !strcmp(action, "ham") ? STORE_TRAINED_HAM
                                          : STORE_TRAINED_NONE,
    };
    if ((rc = store_thread_get(s, req->arena, it.c.thread_id, &x.th)) != STORE_OK)
        return rc;
    const char *unlearn = x.train && it.trained && it.trained != x.train
                              ? learned_text(req, s, id, it.trained)
                              : NULL;
    rc = store_transaction(s, decide_tx, &x);
    if (rc != STORE_OK)
        return rc;
    if (status_out)
        *status_out = x.to;
    LOG_INFO("moderation: %s: %s comment %lld (%s -> %s)", actor, action, (long long)id,
             store_comment_status_name(x.from), store_comment_status_name(x.to));
    if (x.to == STORE_PUBLISHED && x.from != STORE_PUBLISHED)
        api__deliver(api__app(req), s, req->arena, &it.c, it.site, it.uri, true);
    if (x.train && (rc = train_comment(req, s, &it, x.train, unlearn)) != STORE_OK)
        LOG_ERROR("moderation: comment %lld: the classifier could not learn it as %s",
                  (long long)id, trained_name(x.train));
    return rc;
}

void api__admin_comment_action(http_req *req)
{
    /* the session and its CSRF token first: without them, 401/403 whatever
     * the id or the action, as on every admin route */
    store *s = api__store(req);
    editor ed;
    if (!s || !require_editor(req, s, &ed))
        return;
    int64_t id;
    if (!api__path_id(req, 0, &id))
        return;
    const char *action = req->nparams > 1 ? req->params[1] : NULL;
    if (!api__valid_editor_action(action)) {
        http_error(req, 404, "not_found", NULL,
                   "no such action: %s (approve, reject, spam, ham or delete)",
                   action ? action : "");
        return;
    }
    int status;
    store_status rc = api__editor_decide(req, s, id, action, ed.actor, &status);
    if (rc == STORE_CONFLICT && status == STORE_DELETED) {
        http_error(req, 409, "deleted", NULL,
                   "comment %lld was deleted by its author: it cannot be %s", (long long)id,
                   !strcmp(action, "delete") ? "deleted again" : "brought back or trained on");
        return;
    }
    if (rc == STORE_EIO && status >= 0) {
        http_add_header(req, "Retry-After", "2");
        http_error(req, 503, "training_failed", NULL,
                   "the decision is saved but the spam filter could not learn from it; "
                   "send it again");
        return;
    }
    if (rc != STORE_OK) {
        api__store_error(req, rc, "comment");
        return;
    }
    api__send_json(req, 200, json_pack("{s:I, s:s, s:s}", "id", (json_int_t)id, "action",
                                       action, "status", store_comment_status_name(status)));
}

/* ---- policy ---------------------------------------------------------------------- */

static void send_policy(http_req *req, int status)
{
    api_app *app = api__app(req);
    char *json = mod_engine_policy_json(api__engine(app));
    char v[24];
    snprintf(v, sizeof v, "%lld", (long long)atomic_load(&app->moderation->policy_version));
    http_add_header(req, "X-Causerie-Policy-Version", v);
    http_add_header(req, "ETag", util_arena_printf(req->arena, "\"%s\"", v));
    http_add_header(req, "Cache-Control", "no-store");
    http_send(req, status, "application/json; charset=utf-8", json, strlen(json));
    free(json);
}

void api__admin_policy_get(http_req *req)
{
    store *s = api__store(req);
    editor ed;
    if (!s || !require_editor(req, s, &ed))
        return;
    api__policy_install_stored(api__app(req), s);
    send_policy(req, 200);
}

/* The policy and its audit row, in one transaction: a policy is never in
 * effect without the row that says who saved it. */
typedef struct policy_ctx {
    const char *json, *actor;
    int64_t expect;     /* If-Match: the version the editor read, -1: any */
    int64_t version;
} policy_ctx;

static store_status policy_tx(store *s, void *arg)
{
    policy_ctx *x = arg;
    store_status rc = store_policy_put(s, x->json, &x->version);
    if (rc != STORE_OK)
        return rc;
    /* the version grows by one per save, atomically: another save since
     * the editor's read makes it grow by more, and this one is undone */
    if (x->expect >= 0 && x->version != x->expect + 1)
        return STORE_CONFLICT;
    json_t *detail = json_pack("{s:I}", "version", (json_int_t)x->version);
    char *dj = json_dumps(detail, JSON_COMPACT);
    json_decref(detail);
    store_decision d = {.actor = x->actor, .action = "policy", .detail = dj};
    rc = store_decision_add(s, &d, NULL);
    free(dj);
    return rc;
}

/* The policy's body, parsed once: as api__body reads a body (a number too
 * large to hold read as a real of the same text, so that its field is
 * named, "abuse_model.hold", not the whole policy as malformed JSON) and
 * with duplicate keys refused, as mod_policy_parse reads a policy.  A body
 * api__body would refuse gets its 400 (answered, NULL); one it would take
 * but for a duplicate key is NULL with mod_policy_parse's message in err
 * (not answered), so the answers are what they were when the body was
 * parsed three times (api__body, the tamed copy, mod_policy_parse). */
static json_t *policy_body(http_req *req, char *err, size_t errlen)
{
    const char *body = req->body.data;
    size_t len = req->body.len;
    json_error_t je;
    json_t *root = NULL;
    if (util_utf8_valid(body, len)) {
        root = json_loadb(body, len, JSON_REJECT_DUPLICATES, &je);
        if (!root && json_error_code(&je) == json_error_numeric_overflow) {
            char *tamed = api__json_tame_numbers(body, len);
            if (tamed) {
                root = json_loadb(tamed, len, JSON_REJECT_DUPLICATES, &je);
                free(tamed);
            }
        }
        if (root && json_is_object(root))
            return root;
    }
    json_decref(root);
    /* not a policy: what api__body answers, else (a duplicate key) the
     * message mod_policy_parse gave — bad input only, parsed again */
    json_t *v = api__body(req);
    if (!v)
        return NULL;
    json_decref(v);
    snprintf(err, errlen, "policy is not valid JSON (line %d, column %d): %s", je.line, je.column,
             je.text);
    return NULL;
}

void api__admin_policy_put(http_req *req)
{
    api_app *app = api__app(req);
    store *s = api__store(req);
    editor ed;
    if (!s || !require_editor(req, s, &ed))
        return;
    /* If-Match: "N", the ETag of the GET the editor started from (else
     * the last save wins, as before) */
    int64_t expect = -1;
    const char *im = http_header(req, "If-Match");
    if (im && *im && strcmp(im, "*") != 0) {
        char *end = NULL;
        errno = 0;
        long long v = im[0] == '"' && im[1] >= '0' && im[1] <= '9' ? strtoll(im + 1, &end, 10)
                                                                   : -1;
        if (!end || end[0] != '"' || end[1] != '\0' || errno != 0) {
            http_error(req, 412, "policy_changed", NULL,
                       "If-Match must be the ETag of GET /api/v1/admin/policy (\"N\"), not %s: "
                       "nothing changed", im);
            return;
        }
        expect = v;
    }
    /* The message quotes the bad part, names included, whatever their
     * length (a category name of 5,000 letters is still the field named,
     * not cut short into "policy"): room for the body twice over. */
    size_t errlen = 2 * req->body.len + 512;
    char *err = util_arena_alloc_raw(req->arena, errlen);
    json_t *root = policy_body(req, err, errlen);
    if (!root && req->responded)
        return;
    mod_policy *p = root ? mod_policy_parse_json(root, err, errlen) : NULL;
    if (!p) {
        /* "categories.insult.action: must be …", "sets.x[2] \"…\": …": the
         * field comes first, up to ": " or " \"" — whatever the names in
         * it hold ("categories.catégorie", "sets.a b": a name outside
         * [a-z0-9_] is what the message is about); "policy …" and
         * "no policy text" are about the whole */
        const char *colon = strstr(err, ": "), *quote = strstr(err, " \"");
        const char *end = colon && (!quote || colon < quote) ? colon : quote;
        const char *field = "policy";
        if (end && end > err && strncmp(err, "policy", 6) != 0)
            field = util_arena_strndup(req->arena, err, (size_t)(end - err));
        http_error(req, 422, "invalid_field", field, "%s%s",
                   strncmp(err, field, strlen(field)) ? "policy: " : "", err);
        return;
    }
    char *json = mod_policy_to_json(p);
    mod_policy_free(p);
    /* GET answers the policy indented, which can be half again larger than
     * what was sent: past server.policy_body_limit, the console (or anyone
     * sending back what GET gave) could never save it again (413) */
    size_t len = strlen(json);
    if (len > (size_t)app->cfg->policy_body_limit) {
        free(json);
        http_error(req, 422, "invalid_field", "policy",
                   "policy: as GET returns it (indented) it would be %zu bytes, more than "
                   "server.policy_body_limit (%d): it could not be sent back; make it smaller",
                   len, app->cfg->policy_body_limit);
        return;
    }
    policy_ctx x = {.json = json, .actor = ed.actor, .expect = expect};
    store_status rc = store_transaction(s, policy_tx, &x);
    int64_t version = x.version;
    free(json);
    if (rc == STORE_CONFLICT && expect >= 0) {
        api__policy_install_stored(app, s);
        http_error(req, 412, "policy_changed", NULL,
                   "the policy was saved by someone else since you read it (If-Match %s, now "
                   "version %lld): nothing changed; read it again and redo your change",
                   im, (long long)atomic_load(&app->moderation->policy_version));
        return;
    }
    if (rc != STORE_OK) {
        api__store_error(req, rc, "policy");
        return;
    }
    api__policy_install_stored(app, s);
    LOG_INFO("moderation: %s saved policy version %lld", ed.actor, (long long)version);
    send_policy(req, 200);
}

/* ---- audit log ---------------------------------------------------------------------- */

static json_t *audit_entry(const store_decision *d)
{
    char created[32];
    util_time_rfc3339(d->created, created);
    json_t *o = json_pack("{s:I, s:s, s:o, s:s, s:s, s:o}", "id", (json_int_t)d->id, "created",
                          created, "comment_id",
                          d->comment_id ? json_integer(d->comment_id) : json_null(), "actor",
                          d->actor ? d->actor : "", "action", d->action ? d->action : "",
                          "category", d->category ? json_string(d->category) : json_null());
    json_t *det = mod_detail_load(d->detail);
    if (json_is_object(det)) {
        static const char *const keep[] = {"spam_prob", "trained", "untrained", "version",
                                           "reports", "from", "to"};
        for (size_t i = 0; i < UTIL_ARRAY_LEN(keep); i++) {
            json_t *v = json_object_get(det, keep[i]);
            if (v)
                json_object_set(o, keep[i], v);
        }
        json_t *m = json_object_get(det, "matches");
        if (json_is_array(m) && json_array_size(m)) {
            json_t *found = json_array();
            size_t i;
            json_t *x;
            json_array_foreach(m, i, x)
                if (!json_is_true(json_object_get(x, "neutralized")) &&
                    json_is_string(json_object_get(x, "found")))
                    json_array_append(found, json_object_get(x, "found"));
            if (json_array_size(found))
                json_object_set_new(o, "matched", found);
            else
                json_decref(found);
        }
    }
    json_decref(det);
    return o;
}

void api__admin_audit(http_req *req)
{
    store *s = api__store(req);
    editor ed;
    if (!s || !require_editor(req, s, &ed))
        return;
    int64_t limit, before, cursor;
    if (!int_param(req, "limit", 1, 1000, 50, &limit) ||
        !int_param(req, "before", 1, INT64_MAX, 0, &before) ||
        !int_param(req, "cursor", 1, INT64_MAX, 0, &cursor))
        return;
    if (!before)
        before = cursor;
    store_decision *d;
    size_t n;
    store_status rc = store_decisions_page(s, req->arena, before, (int)limit, &d, &n);
    if (rc != STORE_OK) {
        api__store_error(req, rc, "audit log");
        return;
    }
    json_t *list = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(list, audit_entry(&d[i]));
    json_t *next = n == (size_t)limit ? json_sprintf("%lld", (long long)d[n - 1].id) : json_null();
    http_add_header(req, "Cache-Control", "no-store");
    api__send_json(req, 200, json_pack("{s:o, s:o}", "entries", list, "cursor", next));
}

/* ---- statistics ------------------------------------------------------------------------ */

void api__admin_stats(http_req *req)
{
    store *s = api__store(req);
    editor ed;
    if (!s || !require_editor(req, s, &ed))
        return;
    int64_t today = util_now_ms() / DAY_MS;
    int64_t since = (today - (STATS_DAYS - 1)) * DAY_MS;
    store_stat_row *days, *cats, *acts;
    size_t nd, nc, na;
    store_status rc = store_stats_days(s, req->arena, since, &days, &nd);
    if (rc == STORE_OK)
        rc = store_stats_categories(s, req->arena, since, &cats, &nc);
    if (rc == STORE_OK)
        rc = store_stats_actions(s, req->arena, since, &acts, &na);
    if (rc != STORE_OK) {
        api__store_error(req, rc, "statistics");
        return;
    }
    json_t *per_day = json_array();
    for (int64_t day = today - (STATS_DAYS - 1); day <= today; day++) {
        json_t *o = NULL;
        int64_t total = 0;
        for (size_t i = 0; i < nd; i++) {
            if (days[i].day != day)
                continue;
            if (!o) {
                char iso[32];
                util_time_rfc3339(day * DAY_MS, iso);
                iso[10] = '\0';
                o = json_pack("{s:s}", "day", iso);
            }
            json_object_set_new(o, store_comment_status_name(days[i].status),
                                json_integer(days[i].count));
            total += days[i].count;
        }
        if (o) {
            json_object_set_new(o, "count", json_integer(total));
            json_array_append_new(per_day, o);
        }
    }
    json_t *by_cat = json_array();
    for (size_t i = 0; i < nc; i++)
        json_array_append_new(by_cat, json_pack("{s:s, s:I}", "category",
                                                cats[i].key && *cats[i].key ? cats[i].key : "none",
                                                "count", (json_int_t)cats[i].count));
    /* actors by kind: "admin:marie" counts as "admin" */
    json_t *by_actor = json_array();
    for (size_t i = 0; i < na; i++) {
        const char *a = acts[i].key ? acts[i].key : "";
        size_t k = strcspn(a, ":");
        const char *kind = util_arena_strndup(req->arena, a, k);
        const char *act = acts[i].key2 ? acts[i].key2 : "";
        json_t *hit = NULL;
        size_t j;
        json_t *x;
        json_array_foreach(by_actor, j, x)
            if (!strcmp(json_string_value(json_object_get(x, "actor")), kind) &&
                !strcmp(json_string_value(json_object_get(x, "action")), act))
                hit = x;
        if (hit)
            json_object_set_new(hit, "count",
                                json_integer(json_integer_value(json_object_get(hit, "count")) +
                                             acts[i].count));
        else
            json_array_append_new(by_actor, json_pack("{s:s, s:s, s:I}", "actor", kind, "action",
                                                      act, "count", (json_int_t)acts[i].count));
    }
    http_add_header(req, "Cache-Control", "no-store");
    api__send_json(req, 200,
                   json_pack("{s:i, s:o, s:o, s:o}", "days", STATS_DAYS, "comments_per_day",
                             per_day, "decisions_by_category", by_cat, "decisions_by_actor",
                             by_actor));
}
