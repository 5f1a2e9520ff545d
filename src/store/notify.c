/* store/notify — the store's side of subscriptions, the outbox, retention
 * and the privacy commands (store.h, section "subscriptions and outbox").
 *
 * How it works: like store.c, every function runs statements of the shared
 * table (sql.c, block "notify") through store__query, and writes of several
 * statements run in store__in_tx (inside the caller's transaction when one
 * is open: that is how a comment, its subscription and its outbox rows
 * commit together).  The outbox is a queue with leases: a row is claimed by
 * one atomic UPDATE that sets locked_until (PostgreSQL adds FOR UPDATE SKIP
 * LOCKED so concurrent nodes skip each other's rows instead of queueing),
 * and it is finished only by the holder of that lease (the UPDATE checks
 * locked_until), so two nodes never send the same row at the same time and
 * a crashed node's row is taken again once its lease has run out.
 * dedup_key is UNIQUE: enqueuing the same thing twice is a no-op.
 * E-mail addresses are kept in ASCII lower case in subscriptions and the
 * outbox (store_email_fold; those addresses are plain ASCII, the only ones
 * mail is sent to); comments keep the address as typed.  The privacy
 * commands match an address by Unicode case folding (store_email_casefold,
 * utf8proc: NFC, then full case folding), computed here in C for both
 * databases: the SQL only narrows the comments to those that may match
 * (sql.c, EMAIL_CANDIDATES), so "JOSÉ@example.org" and "josé@example.org"
 * are one person on SQLite and PostgreSQL alike, whatever the cluster's
 * locale, and rows written before keep being found.  Erasure also takes
 * out of those comments' decision explanations the spam filter's clues
 * that named the person, and their names from the reasons' sentences
 * (scrub_decisions).
 *
 * Must never: finish an outbox row whose lease it does not hold; delete a
 * comment that still has replies; return a subscription's row to anyone
 * but the caller that asked by its id or its address. */
#include <assert.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <utf8proc.h>

#include "store/store_int.h"

/* ---- helpers ------------------------------------------------------------ */

char *store_email_fold(util_arena *a, const char *email)
{
    if (!email)
        return NULL;
    char *e = util_arena_strdup(a, email);
    for (char *p = e; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return e;
}

char *store_email_casefold(util_arena *a, const char *email)
{
    if (!email)
        return NULL;
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)email, 0, &out,
                                      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                          UTF8PROC_CASEFOLD);
    if (n < 0) /* not UTF-8: ASCII case only */
        return store_email_fold(a, email);
    char *e = util_arena_strndup(a, (const char *)out, (size_t)n);
    free(out);
    return e;
}

/* Whether the address a comment was written with folds to `folded`. */
static bool email_matches(util_arena *a, const char *email, const char *folded)
{
    return email && strcmp(store_email_casefold(a, email), folded) == 0;
}

static void sub_from_row(const store__res *r, size_t row, store_subscription *o)
{
    o->id = store__int(r, row, STORE__SUB_ID);
    o->site = store__text(r, row, STORE__SUB_SITE);
    o->thread_id = store__int(r, row, STORE__SUB_THREAD_ID);
    o->email = store__text(r, row, STORE__SUB_EMAIL);
    o->kind = store__text(r, row, STORE__SUB_KIND);
    o->comment_id = store__int(r, row, STORE__SUB_COMMENT_ID);
    o->lang = store__text(r, row, STORE__SUB_LANG);
    o->created = store__int(r, row, STORE__SUB_CREATED);
    o->confirmed = store__int(r, row, STORE__SUB_CONFIRMED);
    o->ended = store__int(r, row, STORE__SUB_ENDED);
    o->uri = store__text(r, row, STORE__SUB_URI);
    o->title = store__text(r, row, STORE__SUB_TITLE);
}

static void subs_from_res(util_arena *a, const store__res *r, store_subscription **out, size_t *n)
{
    assert(r->nrows == 0 || r->ncols == STORE__SUB_NCOLS);
    if (r->nrows == 0)
        return;
    store_subscription *v = util_arena_alloc(a, r->nrows * sizeof *v);
    for (size_t i = 0; i < r->nrows; i++)
        sub_from_row(r, i, &v[i]);
    *out = v;
    *n = r->nrows;
}

static void outbox_from_row(const store__res *r, size_t row, store_outbox_row *o)
{
    o->id = store__int(r, row, STORE__OUTBOX_ID);
    o->kind = store__text(r, row, STORE__OUTBOX_KIND);
    o->dedup_key = store__text(r, row, STORE__OUTBOX_DEDUP_KEY);
    o->recipient = store__text(r, row, STORE__OUTBOX_RECIPIENT);
    o->payload = store__text(r, row, STORE__OUTBOX_PAYLOAD);
    o->created = store__int(r, row, STORE__OUTBOX_CREATED);
    o->next_attempt = store__int(r, row, STORE__OUTBOX_NEXT_ATTEMPT);
    o->attempts = (int)store__int(r, row, STORE__OUTBOX_ATTEMPTS);
    o->locked_until = store__int(r, row, STORE__OUTBOX_LOCKED_UNTIL);
    o->sent = store__int(r, row, STORE__OUTBOX_SENT);
    o->failed = store__int(r, row, STORE__OUTBOX_FAILED);
    o->last_error = store__text(r, row, STORE__OUTBOX_LAST_ERROR);
}

static void outbox_from_res(util_arena *a, const store__res *r, store_outbox_row **out, size_t *n)
{
    assert(r->nrows == 0 || r->ncols == STORE__OUTBOX_NCOLS);
    if (r->nrows == 0)
        return;
    store_outbox_row *v = util_arena_alloc(a, r->nrows * sizeof *v);
    for (size_t i = 0; i < r->nrows; i++)
        outbox_from_row(r, i, &v[i]);
    *out = v;
    *n = r->nrows;
}

static bool valid_kind(const char *kind)
{
    return kind && (strcmp(kind, "all") == 0 || strcmp(kind, "replies") == 0);
}

/* ---- subscriptions ------------------------------------------------------ */

static store_status sub_one(store *s, util_arena *a, int stmt, const store__val *p, size_t np,
                            store_subscription *out)
{
    store__res r;
    store_status st = store__query(s, a, stmt, p, np, &r);
    if (st != STORE_OK)
        return st;
    if (r.nrows == 0)
        return STORE_NOTFOUND;
    assert(r.ncols == STORE__SUB_NCOLS);
    sub_from_row(&r, 0, out);
    return STORE_OK;
}

struct sub_ensure {
    util_arena *a;
    const store_subscription *in;
    const char *email;
    store_subscription *out;
};

static store_status sub_ensure_tx(store *s, void *ctx)
{
    struct sub_ensure *e = ctx;
    int64_t now = util_now_ms();
    store__val ins[] = {STORE__S(e->in->site), STORE__I(e->in->thread_id), STORE__S(e->email),
                        STORE__S(e->in->kind),  STORE__I(e->in->comment_id),
                        STORE__S(e->in->lang),  STORE__I(now)};
    store_status st = store__query(s, NULL, STORE__STMT_SUB_INSERT, ins, UTIL_ARRAY_LEN(ins), NULL);
    if (st != STORE_OK)
        return st;
    store__val key[] = {STORE__S(e->email), STORE__I(e->in->thread_id), STORE__S(e->in->kind),
                        STORE__I(e->in->comment_id)};
    if ((st = sub_one(s, e->a, STORE__STMT_SUB_FIND, key, 4, e->out)) != STORE_OK)
        return st == STORE_NOTFOUND ? STORE_EIO : st;
    if (e->out->ended == 0)
        return STORE_OK;
    /* Ended earlier: it starts again, and must be confirmed again. */
    store__val re[] = {STORE__I(e->out->id), STORE__I(now)};
    if ((st = store__query(s, NULL, STORE__STMT_SUB_RESTART, re, 2, NULL)) != STORE_OK)
        return st;
    return sub_one(s, e->a, STORE__STMT_SUB_FIND, key, 4, e->out);
}

store_status store_subscription_ensure(store *s, util_arena *a, const store_subscription *in,
                                       store_subscription *out)
{
    assert(s && a && in && out);
    memset(out, 0, sizeof *out);
    if (!in->site || !in->email || !*in->email || in->thread_id <= 0 || !valid_kind(in->kind) ||
        in->comment_id < 0 || (in->comment_id > 0 && strcmp(in->kind, "replies") != 0))
        return STORE_EINVAL;
    struct sub_ensure e = {a, in, store_email_fold(a, in->email), out};
    store_status st = store__in_tx(s, sub_ensure_tx, &e);
    if (st != STORE_OK)
        memset(out, 0, sizeof *out);
    return st;
}

store_status store_subscription_get(store *s, util_arena *a, int64_t id, store_subscription *out)
{
    assert(s && a && out);
    memset(out, 0, sizeof *out);
    store__val p[] = {STORE__I(id)};
    return sub_one(s, a, STORE__STMT_SUB_GET, p, 1, out);
}

/* One UPDATE on one subscription; NOTFOUND when it changed nothing. */
static store_status sub_update(store *s, int stmt, int64_t id, int64_t now)
{
    util_arena *a = util_arena_new();
    store__res r;
    store__val p[] = {STORE__I(id), STORE__I(now)};
    store_status st = store__query(s, a, stmt, p, 2, &r);
    if (st == STORE_OK && r.changes == 0)
        st = STORE_NOTFOUND;
    util_arena_free(a);
    return st;
}

store_status store_subscription_confirm(store *s, int64_t id, int64_t now)
{
    assert(s);
    return sub_update(s, STORE__STMT_SUB_CONFIRM, id, now);
}

store_status store_subscription_end(store *s, int64_t id, int64_t now)
{
    assert(s);
    return sub_update(s, STORE__STMT_SUB_END, id, now);
}

store_status store_subscriptions_by_email(store *s, util_arena *a, const char *email,
                                          store_subscription **out, size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    if (!email)
        return STORE_EINVAL;
    store__res r;
    store__val p[] = {STORE__S(store_email_fold(a, email))};
    store_status st = store__query(s, a, STORE__STMT_SUB_BY_EMAIL, p, 1, &r);
    if (st == STORE_OK)
        subs_from_res(a, &r, out, n);
    return st;
}

store_status store_subscriptions_end_email(store *s, const char *email, int64_t now, int64_t *n)
{
    assert(s);
    if (n)
        *n = 0;
    if (!email)
        return STORE_EINVAL;
    util_arena *a = util_arena_new();
    store__res r;
    store__val p[] = {STORE__S(store_email_fold(a, email)), STORE__I(now)};
    store_status st = store__query(s, a, STORE__STMT_SUB_END_EMAIL, p, 2, &r);
    if (st == STORE_OK && n)
        *n = r.changes;
    util_arena_free(a);
    return st;
}

static store_status exists_query(store *s, int stmt, const store__val *p, size_t np, bool *yes)
{
    util_arena *a = util_arena_new();
    store__res r;
    store_status st = store__query(s, a, stmt, p, np, &r);
    *yes = st == STORE_OK && r.nrows > 0;
    util_arena_free(a);
    return st;
}

store_status store_thread_has_subscribers(store *s, int64_t thread_id, bool *yes)
{
    assert(s && yes);
    store__val p[] = {STORE__I(thread_id)};
    return exists_query(s, STORE__STMT_SUB_THREAD_ACTIVE, p, 1, yes);
}

store_status store_email_confirmed(store *s, const char *email, bool *yes)
{
    assert(s && yes);
    *yes = false;
    if (!email)
        return STORE_EINVAL;
    util_arena *a = util_arena_new();
    store__val p[] = {STORE__S(store_email_fold(a, email))};
    store_status st = exists_query(s, STORE__STMT_SUB_EMAIL_CONFIRMED, p, 1, yes);
    util_arena_free(a);
    return st;
}

store_status store_subscription_recipients(store *s, util_arena *a, int64_t thread_id,
                                           int64_t parent_id, const char *parent_email,
                                           const char *author_email, store_subscription **out,
                                           size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    const char *pe = parent_email ? store_email_fold(a, parent_email) : "";
    const char *ae = author_email ? store_email_fold(a, author_email) : "";
    store__res r;
    store__val p[] = {STORE__I(thread_id), STORE__I(parent_id), STORE__S(pe), STORE__S(ae)};
    store_status st = store__query(s, a, STORE__STMT_SUB_RECIPIENTS, p, 4, &r);
    if (st != STORE_OK)
        return st;
    subs_from_res(a, &r, out, n);
    /* One per address: rows come ordered by address, "replies" first. */
    size_t k = 0;
    for (size_t i = 0; i < *n; i++)
        if (k == 0 || strcmp((*out)[k - 1].email, (*out)[i].email) != 0)
            (*out)[k++] = (*out)[i];
    *n = k;
    return STORE_OK;
}

/* ---- outbox ------------------------------------------------------------- */

store_status store_outbox_enqueue(store *s, const char *kind, const char *dedup_key,
                                  const char *recipient, const char *payload, int64_t not_before,
                                  bool *queued)
{
    assert(s);
    if (queued)
        *queued = false;
    if (!kind || !*kind || !dedup_key || !*dedup_key || !payload)
        return STORE_EINVAL;
    util_arena *a = util_arena_new();
    int64_t now = util_now_ms();
    store__res r;
    store__val p[] = {STORE__S(kind),    STORE__S(dedup_key),
                      STORE__S(recipient ? store_email_fold(a, recipient) : NULL),
                      STORE__S(payload), STORE__I(now),
                      STORE__I(not_before > now ? not_before : now)};
    store_status st = store__query(s, a, STORE__STMT_OUTBOX_INSERT, p, UTIL_ARRAY_LEN(p), &r);
    if (st == STORE_OK && queued)
        *queued = r.changes > 0;
    util_arena_free(a);
    return st;
}

struct claim {
    util_arena *a;
    int64_t now, lease_until;
    store_outbox_row *out;
};

static store_status claim_tx(store *s, void *ctx)
{
    struct claim *c = ctx;
    store__res r;
    store__val p[] = {STORE__I(c->now), STORE__I(c->lease_until)};
    store_status st = store__query(s, c->a, STORE__STMT_OUTBOX_CLAIM, p, 2, &r);
    if (st != STORE_OK)
        return st;
    if (r.nrows == 0)
        return STORE_NOTFOUND;
    assert(r.ncols == STORE__OUTBOX_NCOLS);
    outbox_from_row(&r, 0, c->out);
    return STORE_OK;
}

store_status store_outbox_claim(store *s, util_arena *a, int64_t now, int64_t lease_until,
                                store_outbox_row *out)
{
    assert(s && a && out);
    memset(out, 0, sizeof *out);
    if (lease_until <= now)
        return STORE_EINVAL;
    struct claim c = {a, now, lease_until, out};
    store_status st = store__in_tx(s, claim_tx, &c);
    if (st != STORE_OK)
        memset(out, 0, sizeof *out);
    return st;
}

store_status store_outbox_finish(store *s, const store_outbox_row *row,
                                 const store_outbox_outcome *o)
{
    assert(s && row && o);
    util_arena *a = util_arena_new();
    store__res r;
    store__val p[] = {STORE__I(row->id),
                      STORE__I(row->locked_until),
                      STORE__I(o->sent),
                      STORE__I(o->failed),
                      STORE__I(o->next_attempt > 0 ? o->next_attempt : row->next_attempt),
                      STORE__S(o->error),
                      STORE__I(o->attempted ? 1 : 0)};
    store_status st = store__query(s, a, STORE__STMT_OUTBOX_FINISH, p, UTIL_ARRAY_LEN(p), &r);
    if (st == STORE_OK && r.changes == 0)
        st = STORE_CONFLICT; /* the lease ran out and another worker took the row */
    util_arena_free(a);
    return st;
}

store_status store_outbox_recent(store *s, const char *recipient, int64_t since, int64_t *n)
{
    assert(s && n);
    *n = 0;
    if (!recipient)
        return STORE_EINVAL;
    util_arena *a = util_arena_new();
    store__res r;
    store__val p[] = {STORE__S(store_email_fold(a, recipient)), STORE__I(since)};
    /* The address's lock first (held to the end of the caller's
     * transaction), then the count in a statement of its own: its snapshot
     * then holds what the transaction we waited for committed. */
    store_status st = store__query(s, a, STORE__STMT_OUTBOX_RECENT_LOCK, p, 1, &r);
    if (st == STORE_OK)
        st = store__query(s, a, STORE__STMT_OUTBOX_RECENT, p, 2, &r);
    if (st == STORE_OK && r.nrows == 1)
        *n = store__int(&r, 0, 0);
    util_arena_free(a);
    return st;
}

store_status store_outbox_stats(store *s, int64_t *pending, int64_t *failed, int64_t *oldest)
{
    assert(s && pending && failed && oldest);
    *pending = *failed = *oldest = 0;
    util_arena *a = util_arena_new();
    store__res r;
    store_status st = store__query(s, a, STORE__STMT_OUTBOX_STATS, NULL, 0, &r);
    if (st == STORE_OK && r.nrows == 1) {
        *pending = store__int(&r, 0, 0);
        *failed = store__int(&r, 0, 1);
        *oldest = store__int(&r, 0, 2);
    }
    util_arena_free(a);
    return st;
}

store_status store_outbox_list(store *s, util_arena *a, store_outbox_state which, int limit,
                               store_outbox_row **out, size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    if (which < STORE_OUTBOX_PENDING || which > STORE_OUTBOX_ALL)
        return STORE_EINVAL;
    store__res r;
    store__val p[] = {STORE__I(which), STORE__I(limit > 0 ? limit : 100)};
    store_status st = store__query(s, a, STORE__STMT_OUTBOX_LIST, p, 2, &r);
    if (st == STORE_OK)
        outbox_from_res(a, &r, out, n);
    return st;
}

store_status store_outbox_by_recipient(store *s, util_arena *a, const char *recipient,
                                       store_outbox_row **out, size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    if (!recipient)
        return STORE_EINVAL;
    store__res r;
    store__val p[] = {STORE__S(store_email_fold(a, recipient))};
    store_status st = store__query(s, a, STORE__STMT_OUTBOX_BY_RECIPIENT, p, 1, &r);
    if (st == STORE_OK)
        outbox_from_res(a, &r, out, n);
    return st;
}

/* ---- comments for notifications and privacy ----------------------------- */

store_status store_comments_held_between(store *s, util_arena *a, int64_t from, int64_t to,
                                         int limit, store_comment **out, size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    store__res r;
    store__val p[] = {STORE__I(from), STORE__I(to), STORE__I(limit > 0 ? limit : 100)};
    store_status st = store__query(s, a, STORE__STMT_COMMENTS_HELD_BETWEEN, p, 3, &r);
    if (st == STORE_OK)
        store__comment_rows(a, &r, out, n);
    return st;
}

store_status store_comments_by_email(store *s, util_arena *a, const char *email,
                                     store_comment **out, size_t *n)
{
    assert(s && a && out && n);
    *out = NULL;
    *n = 0;
    if (!email || !*email)
        return STORE_EINVAL;
    store__res r;
    const char *folded = store_email_casefold(a, email);
    store__val p[] = {STORE__S(folded)};
    store_status st = store__query(s, a, STORE__STMT_COMMENTS_BY_EMAIL, p, 1, &r);
    if (st != STORE_OK)
        return st;
    store__comment_rows(a, &r, out, n);
    /* The SQL took the candidates; the fold decides. */
    size_t k = 0;
    for (size_t i = 0; i < *n; i++)
        if (email_matches(a, (*out)[i].email, folded))
            (*out)[k++] = (*out)[i];
    *n = k;
    if (k == 0)
        *out = NULL;
    return STORE_OK;
}

/* Comments anonymised by one statement (ids travel as one text). */
#define ERASE_BATCH 500

/* A spam-filter clue drawn from who wrote the comment rather than from
 * what it says: the author's words, the e-mail's domain, the website, the
 * user agent (the tokenizer's metadata features, moderation/tokenize.c). */
static const char *const personal_prefixes[] = {"au:", "edom:", "web:", "ua:"};

static bool personal_clue(json_t *v)
{
    json_t *name = json_is_array(v) ? json_array_get(v, 0) : v;
    const char *s = json_string_value(name);
    if (!s)
        return false;
    for (size_t i = 0; i < sizeof personal_prefixes / sizeof *personal_prefixes; i++)
        if (strncmp(s, personal_prefixes[i], strlen(personal_prefixes[i])) == 0)
            return true;
    return false;
}

/* A sentence (a decision's reason: "classifier: spam probability 0.990
 * from 12 clues, strongest au:zebulonix (0.99)") with each personal clue it
 * names — a word starting with one of personal_clue's prefixes, up to the
 * next space, comma or parenthesis — replaced by "(erased)"; NULL when it
 * names none (or is not a string).  The clue names are ASCII prefixes and
 * the cut stops at ASCII bytes, so the result stays valid UTF-8. */
static json_t *scrub_sentence(const json_t *v)
{
    const char *s = json_string_value(v);
    if (!s)
        return NULL;
    size_t n = json_string_length(v);
    char *out = NULL;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t plen = 0;
        if (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == ',')
            for (size_t k = 0; k < sizeof personal_prefixes / sizeof *personal_prefixes && !plen; k++)
                if (strncmp(s + i, personal_prefixes[k], strlen(personal_prefixes[k])) == 0)
                    plen = strlen(personal_prefixes[k]);
        if (!plen) {
            if (out)
                out[o++] = s[i];
            i++;
            continue;
        }
        if (!out) {
            /* a clue is at least 3 bytes ("ua:"), its replacement 8 */
            out = xmalloc(3 * n + 1);
            memcpy(out, s, i);
            o = i;
        }
        size_t j = i + plen;
        while (j < n && s[j] != ' ' && s[j] != ',' && s[j] != ')' && s[j] != '(')
            j++;
        memcpy(out + o, "(erased)", sizeof "(erased)" - 1);
        o += sizeof "(erased)" - 1;
        i = j;
    }
    if (!out)
        return NULL;
    json_t *r = json_stringn(out, o);
    free(out);
    return r;
}

/* Drops every personal clue ([name, weight] pairs or bare names) from the
 * arrays anywhere in j, and erases those named in its sentences (the
 * reasons); true when something changed. */
static bool scrub_clues(json_t *j, int depth)
{
    bool changed = false;
    if (depth > 16)
        return false;
    if (json_is_object(j)) {
        const char *k;
        json_t *v;
        json_object_foreach(j, k, v) {
            json_t *t = scrub_sentence(v);
            if (t) {
                json_object_set_new(j, k, t);
                changed = true;
            } else {
                changed |= scrub_clues(v, depth + 1);
            }
        }
    } else if (json_is_array(j)) {
        for (size_t i = json_array_size(j); i-- > 0;) {
            json_t *v = json_array_get(j, i);
            json_t *t;
            if (personal_clue(v) && (json_is_array(v) || json_is_string(v))) {
                json_array_remove(j, i);
                changed = true;
            } else if ((t = scrub_sentence(v)) != NULL) {
                json_array_set_new(j, i, t);
                changed = true;
            } else {
                changed |= scrub_clues(v, depth + 1);
            }
        }
    }
    return changed;
}

/* detail without its personal clues (malloc'd), or NULL when it has none
 * or is not JSON. */
static char *scrubbed(const char *detail)
{
    if (!detail || !*detail)
        return NULL;
    json_t *j = json_loads(detail, 0, NULL);
    char *out = j && scrub_clues(j, 0) ? json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(10)) : NULL;
    json_decref(j);
    return out;
}

/* The erased comments' explanations (ids: "1,2,3") keep the text's clues
 * and the scores, not the clues that named their author (the automatic
 * decision kept with each comment, and the editors' decisions of the audit
 * log): one read of each for the batch, a write only where a clue goes. */
static store_status scrub_decisions(store *s, util_arena *a, const char *ids)
{
    static const struct { int read, write; } kinds[] = {
        {STORE__STMT_COMMENTS_AUTO_DETAIL, STORE__STMT_COMMENT_AUTO_DETAIL_SET},
        {STORE__STMT_DECISION_DETAILS_OF, STORE__STMT_DECISION_DETAIL_SET},
    };
    store_status st = STORE_OK;
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds && st == STORE_OK; k++) {
        store__res r;
        store__val p[] = {STORE__S(ids)};
        if ((st = store__query(s, a, kinds[k].read, p, 1, &r)) != STORE_OK)
            break;
        for (size_t i = 0; i < r.nrows && st == STORE_OK; i++) {
            char *d = scrubbed(store__text(&r, i, 1));
            if (!d)
                continue;
            store__val ps[] = {STORE__I(store__int(&r, i, 0)), STORE__S(d)};
            st = store__query(s, NULL, kinds[k].write, ps, 2, NULL);
            free(d);
        }
    }
    return st;
}

struct erase {
    const char *folded, *anonymous;
    store_privacy_counts *counts;
};

static store_status erase_tx(store *s, void *ctx)
{
    struct erase *e = ctx;
    util_arena *a = util_arena_new();
    util_buf ids = {0};
    int64_t *threads = NULL;
    size_t nthreads = 0;
    store__res r, cand;
    e->counts->comments = e->counts->subscriptions = e->counts->outbox = 0;
    store__val pf[] = {STORE__S(e->folded)};
    store_status st = store__query(s, a, STORE__STMT_COMMENTS_EMAIL_CANDIDATES, pf, 1, &cand);
    if (st != STORE_OK)
        goto done;
    threads = util_arena_alloc(a, (cand.nrows + 1) * sizeof *threads);
    size_t inbatch = 0;
    for (size_t i = 0; i <= cand.nrows && st == STORE_OK; i++) {
        if (i < cand.nrows) {
            if (!email_matches(a, store__text(&cand, i, 1), e->folded))
                continue;
            util_buf_printf(&ids, "%s%lld", inbatch ? "," : "",
                            (long long)store__int(&cand, i, 0));
            if (++inbatch < ERASE_BATCH)
                continue;
        }
        if (inbatch == 0)
            break;
        store__val pc[] = {STORE__S(ids.data), STORE__S(e->anonymous)};
        if ((st = store__query(s, a, STORE__STMT_COMMENTS_ANONYMISE, pc, 2, &r)) != STORE_OK)
            break;
        e->counts->comments += (int64_t)r.nrows;
        if ((st = scrub_decisions(s, a, ids.data)) != STORE_OK)
            break;
        for (size_t j = 0; j < r.nrows; j++) {
            int64_t t = store__int(&r, j, 0);
            bool seen = false;
            for (size_t m = 0; m < nthreads && !seen; m++)
                seen = threads[m] == t;
            if (!seen)
                threads[nthreads++] = t;
        }
        util_buf_free(&ids);
        inbatch = 0;
    }
    /* Every thread that changed gets a new version (readers' caches). */
    for (size_t i = 0; i < nthreads && st == STORE_OK; i++) {
        store__val pt[] = {STORE__I(threads[i])};
        st = store__query(s, NULL, STORE__STMT_THREAD_BUMP, pt, 1, NULL);
    }
    if (st != STORE_OK)
        goto done;
    /* Subscriptions and the outbox hold plain ASCII addresses in lower
     * case: the folded address finds them. */
    store__val pe[] = {STORE__S(e->folded)};
    if ((st = store__query(s, a, STORE__STMT_SUB_DELETE_EMAIL, pe, 1, &r)) != STORE_OK)
        goto done;
    e->counts->subscriptions = r.changes;
    if ((st = store__query(s, a, STORE__STMT_OUTBOX_DELETE_RECIPIENT, pe, 1, &r)) != STORE_OK)
        goto done;
    e->counts->outbox = r.changes;
done:
    util_buf_free(&ids);
    util_arena_free(a);
    return st;
}

store_status store_privacy_erase(store *s, const char *email, const char *anonymous_name,
                                 store_privacy_counts *counts)
{
    assert(s && counts);
    memset(counts, 0, sizeof *counts);
    if (!email || !*email || !anonymous_name || !*anonymous_name)
        return STORE_EINVAL;
    util_arena *a = util_arena_new();
    struct erase e = {store_email_casefold(a, email), anonymous_name, counts};
    store_status st = store__in_tx(s, erase_tx, &e);
    if (st != STORE_OK)
        memset(counts, 0, sizeof *counts);
    util_arena_free(a);
    return st;
}

/* ---- retention ---------------------------------------------------------- */

struct scrub {
    int64_t cutoff;
    int batch;
    int64_t changed;
    bool more;
};

/* One batch of old comments still holding private data (found through the
 * partial index comments_private_created, whatever their order). */
static store_status scrub_tx(store *s, void *ctx)
{
    struct scrub *sc = ctx;
    util_arena *a = util_arena_new();
    store__res r;
    store__val p[] = {STORE__I(sc->cutoff), STORE__I(sc->batch)};
    store_status st = store__query(s, a, STORE__STMT_RETENTION_SCRUB, p, 2, &r);
    if (st == STORE_OK) {
        sc->changed += r.changes;
        sc->more = r.changes == sc->batch;
    }
    util_arena_free(a);
    return st;
}

struct purge_one {
    int64_t id;
};

static store_status purge_one_tx(store *s, void *ctx)
{
    struct purge_one *pc = ctx;
    store__val p[] = {STORE__I(pc->id)};
    static const int stmts[] = {STORE__STMT_RETENTION_VOTES_OF, STORE__STMT_RETENTION_REPORTS_OF,
                                STORE__STMT_RETENTION_DECISION_KEEP,
                                STORE__STMT_RETENTION_DECISIONS_DETACH,
                                STORE__STMT_RETENTION_COMMENT_DELETE};
    store_status st = STORE_OK;
    for (size_t i = 0; i < UTIL_ARRAY_LEN(stmts) && st == STORE_OK; i++)
        st = store__query(s, NULL, stmts[i], p, 1, NULL);
    return st;
}

store_status store_retention_run(store *s, int64_t cutoff, int64_t unconfirmed_cutoff,
                                 store_retention_counts *counts)
{
    assert(s && counts);
    memset(counts, 0, sizeof *counts);
    util_arena *a = util_arena_new();
    store_status st = STORE_OK;

    /* 1. Private columns of old comments, in batches (short transactions). */
    struct scrub sc = {cutoff, 500, 0, true};
    for (int i = 0; i < 1000 && sc.more && st == STORE_OK; i++) {
        sc.more = false;
        st = store__in_tx(s, scrub_tx, &sc);
    }
    counts->scrubbed = sc.changed;
    if (st != STORE_OK)
        goto done;

    /* 2. Old votes and reports, tied to a reader's IP hash or cookie (the
     * totals stay on the comments). */
    store__res r;
    store__val pv[] = {STORE__I(cutoff)};
    if ((st = store__query(s, a, STORE__STMT_RETENTION_VOTES, pv, 1, &r)) != STORE_OK)
        goto done;
    counts->votes = r.changes;
    if ((st = store__query(s, a, STORE__STMT_RETENTION_REPORTS, pv, 1, &r)) != STORE_OK)
        goto done;
    counts->reports = r.changes;
    /* failed logins under unknown names (their locks end long before) */
    if ((st = store__query(s, a, STORE__STMT_RETENTION_GHOSTS, pv, 1, &r)) != STORE_OK)
        goto done;

    /* 3. Rejected and spam comments past retention, unless replied to; one
     * transaction each, so one that cannot go (a row of another table still
     * points at it) does not keep the others. */
    for (int round = 0; round < 100; round++) {
        store__val pd[] = {STORE__I(cutoff), STORE__I(200)};
        if ((st = store__query(s, a, STORE__STMT_RETENTION_DOOMED, pd, 2, &r)) != STORE_OK)
            goto done;
        int64_t gone = 0;
        for (size_t i = 0; i < r.nrows; i++) {
            struct purge_one pc = {store__int(&r, i, 0)};
            store_status one = store__in_tx(s, purge_one_tx, &pc);
            if (one == STORE_OK)
                gone++;
            else if (one == STORE_EINVAL)
                LOG_WARN("store: retention: comment %lld cannot be deleted yet (still "
                         "referenced)", (long long)pc.id);
            else {
                st = one;
                goto done;
            }
        }
        counts->comments_deleted += gone;
        if (gone == 0 || r.nrows < 200)
            break;
    }

    /* 4. Ended and never-confirmed subscriptions; finished outbox rows. */
    store__val ps[] = {STORE__I(cutoff), STORE__I(unconfirmed_cutoff)};
    if ((st = store__query(s, a, STORE__STMT_SUB_PURGE, ps, 2, &r)) != STORE_OK)
        goto done;
    counts->subscriptions = r.changes;
    if ((st = store__query(s, a, STORE__STMT_OUTBOX_PURGE, pv, 1, &r)) != STORE_OK)
        goto done;
    counts->outbox = r.changes;
done:
    util_arena_free(a);
    return st;
}
