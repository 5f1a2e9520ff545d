/* store/moderation — the domain functions of store.h's moderation section:
 * the spam classifier's counts, the shared editorial policy, fingerprints,
 * decisions (the audit log), the editors' queue, reports, editors and their
 * sessions, Akismet keys and the statistics of the console.
 *
 * How it works: like store.c, every function runs statements of the shared
 * table (sql.c) through store__query; multi-statement writes run in
 * store__in_tx, so they join the caller's transaction or make their own.
 * Sets of integers (feature hashes, comment ids) travel as ONE text
 * parameter "3,-17,42", read by json_each (SQLite) or string_to_array
 * (PostgreSQL): one prepared statement, one round trip for any count.  The
 * classifier's message totals are the row of the reserved hash 0 of
 * spam_tokens, so that a learning (features + total) is one statement;
 * every learning and replacement also adds one to the model's version (the
 * setting moderation.spam_version) in its transaction, so that a process
 * keeping the model in memory (api/spamstore.c) sees when another changed it.
 *
 * Must never: let a count go below zero, write hash 0 as a feature, or
 * build SQL text from values (only the integer lists, printed with %lld,
 * are text, and they travel as a bound parameter). */
#include <assert.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_int.h"

#define LIST_CHUNK 512                 /* values per statement */
#define POLICY_KEY "moderation.policy"
#define POLICY_VERSION_KEY "moderation.policy_version"
#define POLICY_SAVED_KEY "moderation.policy_saved"
#define SPAM_VERSION_KEY "moderation.spam_version"

/* ---- integer lists ------------------------------------------------------ */

/* Feature hash as the signed BIGINT stored (two's complement). */
static int64_t hash_key(uint64_t h)
{
    int64_t v;
    if (h == 0)
        h = 1;
    memcpy(&v, &h, sizeof v);
    return v;
}

static uint64_t key_hash(int64_t v)
{
    uint64_t h;
    memcpy(&h, &v, sizeof h);
    return h;
}

static int cmp_i64(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

/* "v0,v1,…" of n values, in the arena. */
static const char *list_text(util_arena *a, const int64_t *v, size_t n)
{
    util_buf b = {0};
    for (size_t i = 0; i < n; i++)
        util_buf_printf(&b, "%s%lld", i ? "," : "", (long long)v[i]);
    const char *s = util_arena_strndup(a, b.data ? b.data : "", b.len);
    util_buf_free(&b);
    return s;
}

static bool parse_i64(const char *v, int64_t *out)
{
    if (!v || !*v)
        return false;
    char *end;
    long long x = strtoll(v, &end, 10);
    if (*end)
        return false;
    *out = x;
    return true;
}

static uint32_t clamp32(int64_t v)
{
    return v <= 0 ? 0 : v >= (int64_t)UINT32_MAX ? UINT32_MAX : (uint32_t)v;
}

/* ---- spam counts ----------------------------------------------------------- */

typedef struct keyed {
    int64_t key;
    size_t idx;
} keyed;

static int cmp_keyed(const void *x, const void *y)
{
    const keyed *a = x, *b = y;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

store_status store_spam_lookup(store *s, const uint64_t *hashes, size_t n, uint32_t *spam,
                               uint32_t *ham)
{
    assert(s && (n == 0 || (hashes && spam && ham)));
    for (size_t i = 0; i < n; i++)
        spam[i] = ham[i] = 0;
    if (n == 0)
        return STORE_OK;
    util_arena *a = util_arena_new();
    keyed *k = xmalloc(n * sizeof *k);
    for (size_t i = 0; i < n; i++)
        k[i] = (keyed){hash_key(hashes[i]), i};
    qsort(k, n, sizeof *k, cmp_keyed);
    int64_t *uniq = xmalloc(n * sizeof *uniq);
    size_t nu = 0;
    for (size_t i = 0; i < n; i++)
        if (nu == 0 || uniq[nu - 1] != k[i].key)
            uniq[nu++] = k[i].key;
    store_status st = STORE_OK;
    for (size_t off = 0; off < nu && st == STORE_OK; off += LIST_CHUNK) {
        size_t m = nu - off < LIST_CHUNK ? nu - off : LIST_CHUNK;
        store__val p[] = {STORE__S(list_text(a, uniq + off, m))};
        store__res r;
        if ((st = store__query(s, a, STORE__STMT_SPAM_LOOKUP, p, 1, &r)) != STORE_OK)
            break;
        for (size_t row = 0; row < r.nrows; row++) {
            int64_t key = store__int(&r, row, 0);
            /* the first entry with this key, then its duplicates */
            size_t lo = 0, hi = n;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (k[mid].key < key)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (size_t j = lo; j < n && k[j].key == key; j++) {
                spam[k[j].idx] = clamp32(store__int(&r, row, 1));
                ham[k[j].idx] = clamp32(store__int(&r, row, 2));
            }
        }
    }
    if (st != STORE_OK)
        for (size_t i = 0; i < n; i++)
            spam[i] = ham[i] = 0;
    free(uniq);
    free(k);
    util_arena_free(a);
    return st;
}

store_status store_spam_totals(store *s, uint64_t *nspam, uint64_t *nham)
{
    assert(s && nspam && nham);
    *nspam = *nham = 0;
    util_arena *a = util_arena_new();
    store__val p[] = {STORE__S("0")};
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_SPAM_LOOKUP, p, 1, &r);
    if (st == STORE_OK && r.nrows == 1) {
        int64_t sp = store__int(&r, 0, 1), hm = store__int(&r, 0, 2);
        *nspam = sp > 0 ? (uint64_t)sp : 0;
        *nham = hm > 0 ? (uint64_t)hm : 0;
    }
    util_arena_free(a);
    return st;
}

/* Inside the caller's transaction: the version number kept in settings
 * under key, + 1 (created at 1), written to *version; what names it for
 * the error when the stored value is not a number. */
static store_status incr_version(store *s, const char *key, const char *what, int64_t *version)
{
    util_arena *a = util_arena_new();
    store__res r;
    store__val ins[] = {STORE__S(key), STORE__S("0")};
    store__val k[] = {STORE__S(key)};
    store_status st = store__query(s, NULL, STORE__STMT_SETTING_INSERT, ins, 2, NULL);
    if (st == STORE_OK)
        st = store__query(s, a, STORE__STMT_SETTING_INCR, k, 1, &r);
    if (st == STORE_OK && (r.nrows != 1 || !parse_i64(store__text(&r, 0, 0), version))) {
        snprintf(s->errmsg, sizeof s->errmsg, "%s version is not a number", what);
        st = STORE_EIO;
    }
    util_arena_free(a);
    return st;
}

/* After the caller's writes to spam_tokens (every writer locks the token
 * rows first, then this row: one order, no deadlock): the model version + 1. */
static store_status bump_version(store *s, int64_t *version)
{
    return incr_version(s, SPAM_VERSION_KEY, "spam model", version);
}

/* A version number kept in settings; 0 when it was never set. */
static store_status setting_version(store *s, const char *key, int64_t *version)
{
    assert(s && version);
    *version = 0;
    util_arena *a = util_arena_new();
    char *v = NULL;
    store_status st = store_setting_get(s, a, key, &v);
    if (st == STORE_NOTFOUND)
        st = STORE_OK;
    else if (st == STORE_OK && !parse_i64(v, version))
        st = STORE_EIO;
    util_arena_free(a);
    return st;
}

store_status store_spam_version(store *s, int64_t *version)
{
    return setting_version(s, SPAM_VERSION_KEY, version);
}

struct learn {
    const int64_t *keys;   /* sorted, distinct, without 0 */
    size_t n;
    bool is_spam;
    int delta;
    int64_t version;       /* out: the model version this learning made */
};

static store_status learn_tx(store *s, void *ctx)
{
    struct learn *l = ctx;
    util_arena *a = util_arena_new();
    int64_t amount = l->delta < 0 ? -(int64_t)l->delta : l->delta;
    int stmt = l->delta < 0 ? STORE__STMT_SPAM_UNLEARN : STORE__STMT_SPAM_LEARN;
    int64_t *chunk = xmalloc((LIST_CHUNK + 1) * sizeof *chunk);
    store_status st = STORE_OK;
    /* The totals row (hash 0) goes with the first chunk; the chunk is kept
     * sorted (0 sits among the negative and positive hashes). */
    for (size_t off = 0; st == STORE_OK && (off < l->n || off == 0); off += LIST_CHUNK) {
        size_t m = l->n - off < LIST_CHUNK ? l->n - off : LIST_CHUNK, k = 0;
        bool zero = off > 0;
        for (size_t i = 0; i < m; i++) {
            if (!zero && l->keys[off + i] > 0) {
                chunk[k++] = 0;
                zero = true;
            }
            chunk[k++] = l->keys[off + i];
        }
        if (!zero)
            chunk[k++] = 0;
        store__val p[] = {STORE__S(list_text(a, chunk, k)), STORE__I(l->is_spam ? amount : 0),
                          STORE__I(l->is_spam ? 0 : amount)};
        st = store__query(s, a, stmt, p, 3, NULL);
        if (l->n == 0)
            break;
    }
    if (st == STORE_OK)
        st = bump_version(s, &l->version);
    free(chunk);
    util_arena_free(a);
    return st;
}

store_status store_spam_learn(store *s, const uint64_t *hashes, size_t n, bool is_spam, int delta)
{
    int64_t version;
    return store_spam_learn_version(s, hashes, n, is_spam, delta, &version);
}

store_status store_spam_learn_version(store *s, const uint64_t *hashes, size_t n, bool is_spam,
                                      int delta, int64_t *version)
{
    assert(s && (n == 0 || hashes) && version);
    *version = 0;
    if (delta == 0)
        return store_spam_version(s, version);
    int64_t *keys = xmalloc((n ? n : 1) * sizeof *keys);
    for (size_t i = 0; i < n; i++)
        keys[i] = hash_key(hashes[i]);
    qsort(keys, n, sizeof *keys, cmp_i64);
    size_t nu = 0;
    for (size_t i = 0; i < n; i++)
        if (nu == 0 || keys[nu - 1] != keys[i])
            keys[nu++] = keys[i];
    struct learn l = {keys, nu, is_spam, delta, 0};
    store_status st = store__in_tx(s, learn_tx, &l);
    if (st == STORE_OK)
        *version = l.version;
    free(keys);
    return st;
}

/* A statement whose answer is one number (0 when it gives no row). */
static store_status query_int(store *s, int stmt, const store__val *p, size_t np, int64_t *out)
{
    *out = 0;
    util_arena *a = util_arena_new();
    store__res r;
    store_status st = store__query(s, a, stmt, p, np, &r);
    if (st == STORE_OK && r.nrows == 1)
        *out = store__int(&r, 0, 0);
    util_arena_free(a);
    return st;
}

store_status store_spam_count(store *s, int64_t *n)
{
    assert(s && n);
    return query_int(s, STORE__STMT_SPAM_COUNT, NULL, 0, n);
}

store_status store_spam_foreach(store *s,
                                void (*fn)(void *arg, uint64_t hash, uint32_t spam, uint32_t ham),
                                void *arg)
{
    assert(s && fn);
    /* In pages, so that reading a large model never holds all its rows at
     * once (they are copied into the caller's table as they come). */
    enum { PAGE = 4096 };
    store_status st = STORE_OK;
    int64_t after = 0;
    for (bool first = true;; first = false) {
        util_arena *a = util_arena_new();
        store__res r;
        store__val p[] = {STORE__I(first), STORE__I(after), STORE__I(PAGE)};
        st = store__query(s, a, STORE__STMT_SPAM_ALL, p, 3, &r);
        size_t n = st == STORE_OK ? r.nrows : 0;
        for (size_t i = 0; i < n; i++)
            fn(arg, key_hash(store__int(&r, i, 0)), clamp32(store__int(&r, i, 1)),
               clamp32(store__int(&r, i, 2)));
        if (n)
            after = store__int(&r, n - 1, 0);
        util_arena_free(a);
        if (st != STORE_OK || n < PAGE)
            break;
    }
    return st;
}

struct replace {
    uint64_t nspam, nham;
    const uint64_t *hashes;
    const uint32_t *spam, *ham;
    size_t n;
};

static store_status replace_tx(store *s, void *ctx)
{
    struct replace *x = ctx;
    store_status st = store__query(s, NULL, STORE__STMT_SPAM_CLEAR, NULL, 0, NULL);
    store__val tot[] = {STORE__I(0), STORE__I((int64_t)(x->nspam > INT64_MAX ? INT64_MAX : x->nspam)),
                        STORE__I((int64_t)(x->nham > INT64_MAX ? INT64_MAX : x->nham))};
    if (st == STORE_OK)
        st = store__query(s, NULL, STORE__STMT_SPAM_PUT, tot, 3, NULL);
    for (size_t i = 0; i < x->n && st == STORE_OK; i++) {
        if (x->spam[i] == 0 && x->ham[i] == 0)
            continue;
        store__val p[] = {STORE__I(hash_key(x->hashes[i])), STORE__I(x->spam[i]),
                          STORE__I(x->ham[i])};
        st = store__query(s, NULL, STORE__STMT_SPAM_PUT, p, 3, NULL);
    }
    int64_t version;
    if (st == STORE_OK)
        st = bump_version(s, &version);
    return st;
}

store_status store_spam_replace(store *s, uint64_t nspam, uint64_t nham, const uint64_t *hashes,
                                const uint32_t *spam, const uint32_t *ham, size_t n)
{
    assert(s && (n == 0 || (hashes && spam && ham)));
    struct replace x = {nspam, nham, hashes, spam, ham, n};
    return store__in_tx(s, replace_tx, &x);
}

store_status store_spam_claim_empty(store *s, bool *claimed)
{
    assert(s && claimed);
    *claimed = false;
    util_arena *a = util_arena_new();
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_SPAM_CLAIM, NULL, 0, &r);
    if (st == STORE_OK)
        *claimed = r.changes == 1;
    util_arena_free(a);
    return st;
}

/* ---- policy ------------------------------------------------------------------ */

store_status store_policy_version(store *s, int64_t *version)
{
    return setting_version(s, POLICY_VERSION_KEY, version);
}

store_status store_policy_get(store *s, util_arena *a, int64_t *version, int64_t *saved,
                              char **json)
{
    assert(s && a && version && saved && json);
    *version = *saved = 0;
    *json = NULL;
    char *v = NULL, *t = NULL, *j = NULL;
    store_status st = store_setting_get(s, a, POLICY_VERSION_KEY, &v);
    if (st != STORE_OK)
        return st;
    if ((st = store_setting_get(s, a, POLICY_KEY, &j)) != STORE_OK)
        return st;
    if (store_setting_get(s, a, POLICY_SAVED_KEY, &t) != STORE_OK || !parse_i64(t, saved))
        *saved = 0;
    if (!parse_i64(v, version))
        return STORE_EIO;
    *json = j;
    return STORE_OK;
}

struct policy_put {
    const char *json;
    int64_t version;
};

static store_status policy_put_tx(store *s, void *ctx)
{
    struct policy_put *x = ctx;
    store_status st = incr_version(s, POLICY_VERSION_KEY, "policy", &x->version);
    char now[24];
    snprintf(now, sizeof now, "%lld", (long long)util_now_ms());
    if (st == STORE_OK)
        st = store_setting_set(s, POLICY_KEY, x->json);
    if (st == STORE_OK)
        st = store_setting_set(s, POLICY_SAVED_KEY, now);
    return st;
}

store_status store_policy_put(store *s, const char *json, int64_t *version)
{
    assert(s && version);
    *version = 0;
    if (!json)
        return STORE_EINVAL;
    struct policy_put x = {json, 0};
    store_status st = store__in_tx(s, policy_put_tx, &x);
    if (st == STORE_OK)
        *version = x.version;
    return st;
}

/* ---- fingerprints and training state ------------------------------------------ */

/* Runs an UPDATE of one comment; STORE_NOTFOUND when no row changed. */
static store_status update_one(store *s, int stmt, const store__val *p, size_t np)
{
    util_arena *a = util_arena_new();
    store__res r;
    store_status st = store__query(s, a, stmt, p, np, &r);
    if (st == STORE_OK && r.changes == 0)
        st = STORE_NOTFOUND;
    util_arena_free(a);
    return st;
}

store_status store_comment_set_fingerprint(store *s, int64_t id, const char *fingerprint)
{
    assert(s);
    store__val p[] = {STORE__I(id), STORE__S(fingerprint)};
    return update_one(s, STORE__STMT_COMMENT_SET_FINGERPRINT, p, 2);
}

store_status store_fingerprint_count(store *s, const char *site, const char *fingerprint,
                                     int64_t since, const char *ip_hash, int64_t exclude_id,
                                     int64_t *count)
{
    assert(s && count);
    *count = 0;
    if (!site || !fingerprint)
        return STORE_EINVAL;
    store__val p[] = {STORE__S(site), STORE__S(fingerprint), STORE__I(since),
                      STORE__S(ip_hash ? ip_hash : ""), STORE__I(exclude_id)};
    return query_int(s, STORE__STMT_FINGERPRINT_COUNT, p, 5, count);
}

store_status store_fingerprint_latest(store *s, int64_t *created)
{
    assert(s && created);
    return query_int(s, STORE__STMT_FINGERPRINT_LATEST, NULL, 0, created);
}

store_status store_comment_swap_trained(store *s, int64_t id, int now, int next)
{
    assert(s);
    if (now < STORE_TRAINED_NONE || now > STORE_TRAINED_HAM || next < STORE_TRAINED_NONE ||
        next > STORE_TRAINED_HAM)
        return STORE_EINVAL;
    store__val p[] = {STORE__I(id), STORE__I(now), STORE__I(next)};
    store_status st = update_one(s, STORE__STMT_COMMENT_SWAP_TRAINED, p, 3);
    return st == STORE_NOTFOUND ? STORE_CONFLICT : st;
}

store_status store_comment_trained(store *s, int64_t id, int *trained)
{
    assert(s && trained);
    *trained = STORE_TRAINED_NONE;
    util_arena *a = util_arena_new();
    store__val p[] = {STORE__I(id)};
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_COMMENT_GET_TRAINED, p, 1, &r);
    if (st == STORE_OK && r.nrows == 0)
        st = STORE_NOTFOUND;
    if (st == STORE_OK)
        *trained = (int)store__int(&r, 0, 0);
    util_arena_free(a);
    return st;
}

store_status store_comment_set_trained(store *s, int64_t id, int trained)
{
    assert(s);
    if (trained < STORE_TRAINED_NONE || trained > STORE_TRAINED_HAM)
        return STORE_EINVAL;
    store__val p[] = {STORE__I(id), STORE__I(trained)};
    return update_one(s, STORE__STMT_COMMENT_SET_TRAINED, p, 2);
}

/* ---- decisions ------------------------------------------------------------------- */

static void decisions_from_res(util_arena *a, const store__res *r, store_decision **out,
                               size_t *n)
{
    *out = NULL;
    *n = 0;
    if (r->nrows == 0)
        return;
    assert(r->ncols == STORE__DECISION_NCOLS);
    store_decision *v = util_arena_alloc(a, r->nrows * sizeof *v);
    for (size_t i = 0; i < r->nrows; i++) {
        v[i].id = store__int(r, i, STORE__DECISION_ID);
        v[i].comment_id = store__int(r, i, STORE__DECISION_COMMENT_ID);
        v[i].created = store__int(r, i, STORE__DECISION_CREATED);
        v[i].actor = store__text(r, i, STORE__DECISION_ACTOR);
        v[i].action = store__text(r, i, STORE__DECISION_ACTION);
        v[i].category = store__text(r, i, STORE__DECISION_CATEGORY);
        v[i].detail = store__text(r, i, STORE__DECISION_DETAIL);
    }
    *out = v;
    *n = r->nrows;
}

store_status store_decision_add(store *s, const store_decision *d, int64_t *id)
{
    assert(s && d);
    if (id)
        *id = 0;
    if (!d->actor || !*d->actor || !d->action || !*d->action)
        return STORE_EINVAL;
    util_arena *a = util_arena_new();
    store__val p[] = {d->comment_id > 0 ? STORE__I(d->comment_id) : STORE__N,
                      STORE__I(d->created ? d->created : util_now_ms()),
                      STORE__S(d->actor),
                      STORE__S(d->action),
                      STORE__S(d->category),
                      STORE__S(d->detail)};
    store__res r;
    /* RETURNING costs SQLite a buffered result row: only when asked */
    int stmt = id ? STORE__STMT_DECISION_INSERT : STORE__STMT_DECISION_INSERT_QUIET;
    store_status st = store__query(s, a, stmt, p, 6, &r);
    if (st == STORE_OK && id && r.nrows == 1)
        *id = store__int(&r, 0, 0);
    util_arena_free(a);
    return st;
}

store_status store_decisions_of_comment(store *s, util_arena *a, int64_t comment_id,
                                        store_decision **out, size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    store__val p[] = {STORE__I(comment_id)};
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_DECISIONS_OF_COMMENT, p, 1, &r);
    if (st == STORE_OK)
        decisions_from_res(a, &r, out, n);
    return st;
}

store_status store_decisions_latest(store *s, util_arena *a, const int64_t *comment_ids, size_t n,
                                    store_decision **out, size_t *nout)
{
    assert(s && a && out && nout && (n == 0 || comment_ids));
    *out = NULL;
    *nout = 0;
    store_decision *all = n ? util_arena_alloc(a, n * sizeof *all) : NULL;
    size_t total = 0;
    for (size_t off = 0; off < n; off += LIST_CHUNK) {
        size_t m = n - off < LIST_CHUNK ? n - off : LIST_CHUNK;
        store__val p[] = {STORE__S(list_text(a, comment_ids + off, m))};
        store__res r;
        store_status st = store__query(s, a, STORE__STMT_DECISIONS_LATEST, p, 1, &r);
        if (st != STORE_OK)
            return st;
        store_decision *v;
        size_t k;
        decisions_from_res(a, &r, &v, &k);
        for (size_t i = 0; i < k && total < n; i++)
            all[total++] = v[i];
    }
    *out = all;
    *nout = total;
    return STORE_OK;
}

store_status store_decisions_page(store *s, util_arena *a, int64_t before_id, int limit,
                                  store_decision **out, size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    if (limit <= 0)
        limit = 100;
    if (limit > 1000)
        limit = 1000;
    store__val p[] = {STORE__I(before_id > 0 ? before_id : INT64_MAX), STORE__I(limit)};
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_DECISIONS_PAGE, p, 2, &r);
    if (st == STORE_OK)
        decisions_from_res(a, &r, out, n);
    return st;
}

/* ---- the editors' queue ------------------------------------------------------------ */

static void items_from_res(util_arena *a, const store__res *r, store_mod_item **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (r->nrows == 0)
        return;
    assert(r->ncols == STORE__MOD_ITEM_NCOLS);
    store_mod_item *v = util_arena_alloc(a, r->nrows * sizeof *v);
    for (size_t i = 0; i < r->nrows; i++) {
        store__comment_row(r, i, &v[i].c);
        v[i].site = store__text(r, i, STORE__MOD_ITEM_SITE);
        v[i].uri = store__text(r, i, STORE__MOD_ITEM_URI);
        v[i].title = store__text(r, i, STORE__MOD_ITEM_TITLE);
        v[i].trained = (int)store__int(r, i, STORE__MOD_ITEM_TRAINED);
    }
    *out = v;
    *n = r->nrows;
}

store_status store_mod_queue(store *s, util_arena *a, int status, int64_t before_id, int limit,
                             store_mod_item **out, size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    if (status < -1 || status > STORE_DELETED)
        return STORE_EINVAL;
    if (limit <= 0)
        limit = 100;
    int64_t before = before_id > 0 ? before_id : INT64_MAX;
    store__res r;
    store_status st;
    if (status == -1) {
        store__val p[] = {STORE__I(before), STORE__I(limit)};
        st = store__query(s, a, STORE__STMT_MOD_REPORTED, p, 2, &r);
    } else {
        store__val p[] = {STORE__I(status), STORE__I(before), STORE__I(limit)};
        st = store__query(s, a, STORE__STMT_MOD_QUEUE, p, 3, &r);
    }
    if (st == STORE_OK)
        items_from_res(a, &r, out, n);
    return st;
}

store_status store_mod_item_get(store *s, util_arena *a, int64_t id, store_mod_item *out)
{
    assert(s && a && out);
    memset(out, 0, sizeof *out);
    store__val p[] = {STORE__I(id)};
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_MOD_ITEM, p, 1, &r);
    if (st != STORE_OK)
        return st;
    if (r.nrows == 0)
        return STORE_NOTFOUND;
    store_mod_item *v;
    size_t n;
    items_from_res(a, &r, &v, &n);
    *out = v[0];
    return STORE_OK;
}

/* ---- reports --------------------------------------------------------------------- */

struct report {
    int64_t id;
    const char *reporter, *reason;
    bool added;
    int64_t reports;
};

static store_status report_tx(store *s, void *ctx)
{
    struct report *x = ctx;
    util_arena *a = util_arena_new();
    store__res r;
    store__val id[] = {STORE__I(x->id)};
    /* Locks the comment (PostgreSQL), so concurrent reports count right. */
    store_status st = store__query(s, a, STORE__STMT_COMMENT_LOCK, id, 1, &r);
    if (st != STORE_OK)
        goto done;
    if (r.nrows == 0 || store__int(&r, 0, 0) != STORE_PUBLISHED) {
        st = STORE_NOTFOUND;
        goto done;
    }
    store__val ins[] = {STORE__I(x->id), STORE__S(x->reporter), STORE__S(x->reason),
                        STORE__I(util_now_ms())};
    if ((st = store__query(s, a, STORE__STMT_REPORT_INSERT, ins, 4, &r)) != STORE_OK)
        goto done;
    x->added = r.changes == 1;
    if (x->added) {
        if ((st = store__query(s, a, STORE__STMT_COMMENT_REPORTS_ADD, id, 1, &r)) != STORE_OK)
            goto done;
        x->reports = r.nrows ? store__int(&r, 0, 0) : 0;
    } else {
        store_comment c;
        if ((st = store_comment_get(s, a, x->id, &c)) != STORE_OK)
            goto done;
        x->reports = c.reports;
    }
done:
    util_arena_free(a);
    return st;
}

store_status store_report_add(store *s, int64_t comment_id, const char *reporter,
                              const char *reason, bool *added, int64_t *reports)
{
    assert(s && added && reports);
    *added = false;
    *reports = 0;
    if (!reporter || !*reporter)
        return STORE_EINVAL;
    struct report x = {comment_id, reporter, reason, false, 0};
    store_status st = store__in_tx(s, report_tx, &x);
    if (st == STORE_OK) {
        *added = x.added;
        *reports = x.reports;
    }
    return st;
}

store_status store_reports_of_comment(store *s, util_arena *a, int64_t comment_id,
                                      store_report **out, size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    store__val p[] = {STORE__I(comment_id)};
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_REPORTS_OF_COMMENT, p, 1, &r);
    if (st != STORE_OK || r.nrows == 0)
        return st;
    store_report *v = util_arena_alloc(a, r.nrows * sizeof *v);
    for (size_t i = 0; i < r.nrows; i++) {
        v[i].reporter = store__text(&r, i, 0);
        v[i].reason = store__text(&r, i, 1);
        v[i].created = store__int(&r, i, 2);
    }
    *out = v;
    *n = r.nrows;
    return STORE_OK;
}

store_status store_comment_reports_reset(store *s, int64_t id)
{
    assert(s);
    store__val p[] = {STORE__I(id)};
    return update_one(s, STORE__STMT_COMMENT_REPORTS_RESET, p, 1);
}

/* ---- editors ------------------------------------------------------------------------ */

static void admin_from_row(const store__res *r, size_t i, store_admin *out)
{
    out->id = store__int(r, i, STORE__ADMIN_ID);
    out->name = store__text(r, i, STORE__ADMIN_NAME);
    out->password_hash = store__text(r, i, STORE__ADMIN_PASSWORD_HASH);
    out->failed = store__int(r, i, STORE__ADMIN_FAILED);
    out->locked_until = store__int(r, i, STORE__ADMIN_LOCKED_UNTIL);
    out->created = store__int(r, i, STORE__ADMIN_CREATED);
}

store_status store_admin_add(store *s, const char *name, const char *password_hash, int64_t *id)
{
    assert(s);
    if (id)
        *id = 0;
    if (!name || !*name || !password_hash || !*password_hash)
        return STORE_EINVAL;
    util_arena *a = util_arena_new();
    store__val p[] = {STORE__S(name), STORE__S(password_hash), STORE__I(util_now_ms())};
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_ADMIN_INSERT, p, 3, &r);
    if (st == STORE_OK && id && r.nrows == 1)
        *id = store__int(&r, 0, 0);
    util_arena_free(a);
    return st;
}

typedef struct set_password_ctx {
    const char *name, *password_hash;
} set_password_ctx;

/* The new password and the end of every session opened with the old one,
 * in one transaction: a password changed because it leaked must also shut
 * out whoever logged in with it. */
static store_status set_password_tx(store *s, void *ctx)
{
    const set_password_ctx *x = ctx;
    store__val p[] = {STORE__S(x->name), STORE__S(x->password_hash)};
    store_status st = update_one(s, STORE__STMT_ADMIN_SET_PASSWORD, p, 2);
    if (st != STORE_OK)
        return st;
    util_arena *a = util_arena_new();
    store__res r;
    st = store__query(s, a, STORE__STMT_SESSION_DELETE_ADMIN, p, 1, &r);
    if (st == STORE_OK)
        st = store__query(s, a, STORE__STMT_LOGIN_PAIRS_DELETE, p, 1, &r);
    util_arena_free(a);
    return st;
}

store_status store_admin_set_password(store *s, const char *name, const char *password_hash)
{
    assert(s);
    if (!name || !password_hash || !*password_hash)
        return STORE_EINVAL;
    set_password_ctx x = {name, password_hash};
    return store_transaction(s, set_password_tx, &x);
}

store_status store_admin_get(store *s, util_arena *a, const char *name, store_admin *out)
{
    assert(s && a && out);
    memset(out, 0, sizeof *out);
    if (!name)
        return STORE_EINVAL;
    store__val p[] = {STORE__S(name)};
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_ADMIN_GET, p, 1, &r);
    if (st != STORE_OK)
        return st;
    if (r.nrows == 0)
        return STORE_NOTFOUND;
    admin_from_row(&r, 0, out);
    return STORE_OK;
}

store_status store_admin_list(store *s, util_arena *a, store_admin **out, size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_ADMIN_LIST, NULL, 0, &r);
    if (st != STORE_OK || r.nrows == 0)
        return st;
    store_admin *v = util_arena_alloc(a, r.nrows * sizeof *v);
    for (size_t i = 0; i < r.nrows; i++)
        admin_from_row(&r, i, &v[i]);
    *out = v;
    *n = r.nrows;
    return STORE_OK;
}

typedef struct {
    util_arena *a;
    int64_t id, now, max_failures, lock_ms, failed, locked_until;
    const char *at_key;
} login_fail;

/* The account's row locked first (PostgreSQL: FOR UPDATE; SQLite's BEGIN
 * IMMEDIATE already serializes), so that a second failure at the same
 * moment reads the last failure's time this one writes, not the one
 * before: two failures right after the window would otherwise both start
 * the count at 1. */
static store_status login_fail_tx(store *s, void *ctx)
{
    login_fail *x = ctx;
    store__val k[] = {STORE__I(x->id)};
    store__res r;
    store_status st = store__query(s, x->a, STORE__STMT_ADMIN_LOCK, k, 1, &r);
    if (st == STORE_OK && r.nrows == 0)
        st = STORE_NOTFOUND;
    if (st != STORE_OK)
        return st;
    store__val p[] = {STORE__I(x->id),      STORE__I(x->now),
                      STORE__I(x->max_failures), STORE__I(x->now + x->lock_ms),
                      STORE__I(x->now - x->lock_ms), STORE__S(x->at_key)};
    if ((st = store__query(s, x->a, STORE__STMT_ADMIN_FAILED, p, 6, &r)) != STORE_OK)
        return st;
    if (r.nrows == 0)
        return STORE_NOTFOUND;
    x->failed = store__int(&r, 0, 0);
    x->locked_until = store__int(&r, 0, 1);
    store__val q[] = {STORE__S(x->at_key), STORE__I(x->now)};
    return store__query(s, NULL, STORE__STMT_ADMIN_FAILED_AT, q, 2, NULL);
}

store_status store_admin_login_failed(store *s, int64_t id, int64_t now, int max_failures,
                                      int64_t lock_ms, int64_t *failed, int64_t *locked_until)
{
    assert(s && failed && locked_until);
    *failed = *locked_until = 0;
    util_arena *a = util_arena_new();
    /* when the account's last failure was, in login_ghosts (sql.c) */
    login_fail x = {a, id, now, max_failures, lock_ms, 0, 0,
                    util_arena_printf(a, "login-account:%lld", (long long)id)};
    store_status st = store__in_tx(s, login_fail_tx, &x);
    if (st == STORE_OK) {
        *failed = x.failed;
        *locked_until = x.locked_until;
    }
    util_arena_free(a);
    return st;
}

store_status store_login_ghost_failed(store *s, const char *key, int64_t now, int max_failures,
                                      int64_t lock_ms, int64_t *failed, int64_t *locked_until)
{
    assert(s && failed && locked_until);
    *failed = *locked_until = 0;
    if (!key || !*key)
        return STORE_EINVAL;
    util_arena *a = util_arena_new();
    store__val p[] = {STORE__S(key), STORE__I(now), STORE__I(max_failures), STORE__I(now + lock_ms),
                      STORE__I(now - lock_ms)};
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_GHOST_FAILED, p, 5, &r);
    if (st == STORE_OK && r.nrows == 1) {
        *failed = store__int(&r, 0, 0);
        *locked_until = store__int(&r, 0, 1);
    } else if (st == STORE_OK) {
        st = STORE_EIO;
    }
    util_arena_free(a);
    return st;
}

store_status store_login_key_get(store *s, const char *key, int64_t *failed,
                                 int64_t *locked_until)
{
    assert(s && failed && locked_until);
    *failed = *locked_until = 0;
    if (!key || !*key)
        return STORE_EINVAL;
    util_arena *a = util_arena_new();
    store__val p[] = {STORE__S(key)};
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_LOGIN_KEY_GET, p, 1, &r);
    if (st == STORE_OK && r.nrows == 1) {
        *failed = store__int(&r, 0, 0);
        *locked_until = store__int(&r, 0, 1);
    }
    util_arena_free(a);
    return st;
}

store_status store_login_key_clear(store *s, const char *key)
{
    assert(s);
    if (!key || !*key)
        return STORE_EINVAL;
    store__val p[] = {STORE__S(key)};
    return store__query(s, NULL, STORE__STMT_LOGIN_KEY_DELETE, p, 1, NULL);
}

store_status store_admin_login_ok(store *s, int64_t id)
{
    assert(s);
    store__val p[] = {STORE__I(id)};
    return store__query(s, NULL, STORE__STMT_ADMIN_SUCCEEDED, p, 1, NULL);
}

/* ---- sessions -------------------------------------------------------------------------- */

struct session_add {
    const char *token_hash, *csrf;
    int64_t admin_id, created, expires;
};

static store_status session_add_tx(store *s, void *ctx)
{
    struct session_add *x = ctx;
    store__val purge[] = {STORE__I(x->created)};
    store_status st = store__query(s, NULL, STORE__STMT_SESSION_PURGE, purge, 1, NULL);
    store__val p[] = {STORE__S(x->token_hash), STORE__I(x->admin_id), STORE__S(x->csrf),
                      STORE__I(x->created), STORE__I(x->expires)};
    if (st == STORE_OK)
        st = store__query(s, NULL, STORE__STMT_SESSION_INSERT, p, 5, NULL);
    return st;
}

store_status store_session_add(store *s, const char *token_hash, int64_t admin_id,
                               const char *csrf, int64_t created, int64_t expires)
{
    assert(s);
    if (!token_hash || !*token_hash || !csrf || !*csrf || admin_id <= 0)
        return STORE_EINVAL;
    struct session_add x = {token_hash, csrf, admin_id, created, expires};
    return store__in_tx(s, session_add_tx, &x);
}

store_status store_session_get(store *s, util_arena *a, const char *token_hash, int64_t now,
                               store_session *out)
{
    assert(s && a && out);
    memset(out, 0, sizeof *out);
    if (!token_hash)
        return STORE_EINVAL;
    store__val p[] = {STORE__S(token_hash), STORE__I(now)};
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_SESSION_GET, p, 2, &r);
    if (st != STORE_OK)
        return st;
    if (r.nrows == 0)
        return STORE_NOTFOUND;
    out->admin_id = store__int(&r, 0, 0);
    out->admin_name = store__text(&r, 0, 1);
    out->csrf = store__text(&r, 0, 2);
    out->expires = store__int(&r, 0, 3);
    return STORE_OK;
}

store_status store_session_delete(store *s, const char *token_hash)
{
    assert(s);
    if (!token_hash)
        return STORE_EINVAL;
    store__val p[] = {STORE__S(token_hash)};
    return store__query(s, NULL, STORE__STMT_SESSION_DELETE, p, 1, NULL);
}

/* ---- Akismet keys ----------------------------------------------------------------------- */

struct key_add {
    const char *name, *key_hash;
};

static store_status key_add_tx(store *s, void *ctx)
{
    struct key_add *x = ctx;
    util_arena *a = util_arena_new();
    store__res r;
    store__val p[] = {STORE__S(x->name), STORE__S(x->key_hash), STORE__I(util_now_ms())};
    /* A revoked key's name is reused first: a failed INSERT would abort a
     * PostgreSQL transaction. */
    store_status st = store__query(s, a, STORE__STMT_AKISMET_RENEW, p, 3, &r);
    if (st == STORE_OK && r.changes == 0)
        st = store__query(s, a, STORE__STMT_AKISMET_INSERT, p, 3, NULL);
    util_arena_free(a);
    return st;
}

store_status store_akismet_key_add(store *s, const char *name, const char *key_hash)
{
    assert(s);
    if (!name || !*name || !key_hash || !*key_hash)
        return STORE_EINVAL;
    struct key_add x = {name, key_hash};
    return store__in_tx(s, key_add_tx, &x);
}

store_status store_akismet_key_find(store *s, util_arena *a, const char *key_hash,
                                    store_akismet_key *out)
{
    assert(s && a && out);
    memset(out, 0, sizeof *out);
    if (!key_hash)
        return STORE_EINVAL;
    store__val p[] = {STORE__S(key_hash)};
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_AKISMET_FIND, p, 1, &r);
    if (st != STORE_OK)
        return st;
    if (r.nrows == 0)
        return STORE_NOTFOUND;
    out->id = store__int(&r, 0, 0);
    out->name = store__text(&r, 0, 1);
    return STORE_OK;
}

store_status store_akismet_key_list(store *s, util_arena *a, store_akismet_key **out, size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_AKISMET_LIST, NULL, 0, &r);
    if (st != STORE_OK || r.nrows == 0)
        return st;
    store_akismet_key *v = util_arena_alloc(a, r.nrows * sizeof *v);
    for (size_t i = 0; i < r.nrows; i++) {
        v[i].name = store__text(&r, i, 0);
        v[i].created = store__int(&r, i, 1);
        v[i].revoked = store__int(&r, i, 2);
    }
    *out = v;
    *n = r.nrows;
    return STORE_OK;
}

store_status store_akismet_key_revoke(store *s, const char *name)
{
    assert(s);
    if (!name)
        return STORE_EINVAL;
    store__val p[] = {STORE__S(name), STORE__I(util_now_ms())};
    return update_one(s, STORE__STMT_AKISMET_REVOKE, p, 2);
}

/* ---- statistics ------------------------------------------------------------------------- */

static store_status stats(store *s, util_arena *a, int stmt, int64_t since, store_stat_row **out,
                          size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    store__val p[] = {STORE__I(since)};
    store__res r;
    store_status st = store__query(s, a, stmt, p, 1, &r);
    if (st != STORE_OK || r.nrows == 0)
        return st;
    store_stat_row *v = util_arena_alloc(a, r.nrows * sizeof *v);
    for (size_t i = 0; i < r.nrows; i++) {
        v[i].status = -1;
        switch (stmt) {
        case STORE__STMT_STATS_DAYS:
            v[i].day = store__int(&r, i, 0);
            v[i].status = (int)store__int(&r, i, 1);
            v[i].count = store__int(&r, i, 2);
            break;
        case STORE__STMT_STATS_CATEGORIES:
            v[i].key = store__text(&r, i, 0);
            v[i].count = store__int(&r, i, 1);
            break;
        default:
            v[i].key = store__text(&r, i, 0);
            v[i].key2 = store__text(&r, i, 1);
            v[i].count = store__int(&r, i, 2);
            break;
        }
    }
    *out = v;
    *n = r.nrows;
    return STORE_OK;
}

store_status store_stats_days(store *s, util_arena *a, int64_t since, store_stat_row **out,
                              size_t *n)
{
    return stats(s, a, STORE__STMT_STATS_DAYS, since, out, n);
}

store_status store_stats_categories(store *s, util_arena *a, int64_t since, store_stat_row **out,
                                    size_t *n)
{
    return stats(s, a, STORE__STMT_STATS_CATEGORIES, since, out, n);
}

store_status store_stats_actions(store *s, util_arena *a, int64_t since, store_stat_row **out,
                                 size_t *n)
{
    return stats(s, a, STORE__STMT_STATS_ACTIONS, since, out, n);
}
