/* engine.c — the moderation engine: holds the policy and the statistics
 * backend, runs the pipeline for one comment and explains the result.
 *
 * How: mod_decide() analyzes the text and computes its features without
 * any lock, then under the engine's read lock asks the classifier and the
 * policy, copies what it needs into the caller's arena and unlocks; the
 * heuristics and the final decision need no lock.  Training, model loading
 * and policy replacement take the write lock (writer-preferring, so a burst
 * of decisions cannot starve an editor's click).
 *
 * Decision order, most severe first:
 *   1. honeypot filled or an Akismet test trigger      → discard (spam)
 *   2. a policy category whose action is reject         → reject
 *   3. the abuse model at or above the policy's
 *      abuse_model.reject, naming a category that
 *      rejects                                          → reject
 *   4. blatant spam (classifier >= blatant cut-off, or
 *      heuristics alone score >= 4)                     → discard
 *   5. spam (classifier >= cut-off, heuristics >= 2, or
 *      heuristics >= 1 with classifier >= 0.5)          → spam (held)
 *   6. a policy category whose action is hold           → hold
 *   7. the abuse model at or above abuse_model.hold (or
 *      above reject for a category that only holds)     → hold
 *      (a rejecting category whose words the policy
 *      found only as counter-speech or a mention: only
 *      at the reject cut-off, step 3; "countered", kept
 *      per category in a per-decision array)
 *   8. otherwise                                        → publish
 * Heuristic points: posted too fast 2, text seen before 2, more links than
 * allowed 1, a link list 3, a link in the author name 1.
 *
 * Must never: hand out pointers into the policy (it may be replaced right
 * after the lock is released — everything is copied into the arena), hold
 * the lock while allocating large buffers needlessly, or crash on any
 * input. */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "moderation/mod_int.h"

struct mod_engine {
    pthread_rwlock_t lock;
    mod_policy *policy;
    mod_stat_backend *backend;
    mod__abuse *abuse;   /* the abuse model, read-only once built; NULL = none */
    mod_config cfg;
    mod__class_params prm;
    char lang[8];
};

static void seterr(char *err, size_t errlen, const char *fmt, ...) UTIL_PRINTF(3, 4);
static void seterr(char *err, size_t errlen, const char *fmt, ...)
{
    if (err == NULL || errlen == 0) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

const char *mod_strerror(mod_status st)
{
    switch (st) {
    case MOD_OK: return "ok";
    case MOD_EINVAL: return "invalid input";
    case MOD_EIO: return "input/output error";
    case MOD_EFORMAT: return "malformed or unsupported file";
    case MOD_EBACKEND: return "statistics backend failed";
    }
    return "unknown error";
}

static const char *const action_names[] = {"publish", "hold", "spam", "discard", "reject"};

const char *mod_action_name(mod_action a)
{
    return (unsigned)a < UTIL_ARRAY_LEN(action_names) ? action_names[a] : "?";
}

int mod_action_parse(const char *name)
{
    if (name == NULL) return -1;
    for (size_t i = 0; i < UTIL_ARRAY_LEN(action_names); i++)
        if (strcmp(action_names[i], name) == 0) return (int)i;
    return -1;
}

void mod_config_defaults(mod_config *c)
{
    memset(c, 0, sizeof *c);
    c->lang = "fr";
    c->spam_cutoff = 0.90;
    c->blatant_cutoff = 0.995;
    c->max_links = 2;
    c->link_list_links = 6;
    c->min_post_ms = 2500;
    c->repeat_limit = 2;
    c->robinson_s = 1.0;
    c->max_clues = 150;
    c->min_dev = 0.1;
}

/* ---- lifecycle ------------------------------------------------------------ */

mod_engine *mod_engine_new(const mod_config *c, char *err, size_t errlen)
{
    mod_engine *e = xcalloc(1, sizeof *e);
    e->cfg = *c;
    e->backend = c->backend ? c->backend : mod_stat_memory_new();
    snprintf(e->lang, sizeof e->lang, "%s", c->lang && *c->lang ? c->lang : "fr");
    e->cfg.lang = e->lang;
    e->cfg.policy_file = e->cfg.policy_json = e->cfg.model_file = e->cfg.train_file = NULL;
    e->cfg.abuse_train_file = e->cfg.abuse_train_text = NULL;
    e->cfg.abuse_ham_file = e->cfg.abuse_ham_text = NULL;
    e->cfg.abuse_idioms_file = e->cfg.abuse_idioms_text = NULL;
    e->cfg.abuse_model_blob = NULL;
    e->cfg.backend = NULL;
    e->prm.s = c->robinson_s > 0 ? c->robinson_s : 1.0;
    e->prm.max_clues = c->max_clues > 0 ? (size_t)c->max_clues : 150;
    e->prm.min_dev = c->min_dev > 0 ? c->min_dev : 0.1;
    pthread_rwlockattr_t attr;
    pthread_rwlockattr_init(&attr);
    pthread_rwlockattr_setkind_np(&attr, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
    pthread_rwlock_init(&e->lock, &attr);
    pthread_rwlockattr_destroy(&attr);
    if (!(c->spam_cutoff > 0 && c->spam_cutoff <= 1 && c->blatant_cutoff >= c->spam_cutoff &&
          c->blatant_cutoff <= 1)) {
        seterr(err, errlen, "moderation: cut-offs must satisfy 0 < spam_cutoff <= blatant_cutoff <= 1");
        goto fail;
    }
    if (!(c->robinson_s >= 0 && c->robinson_s <= 100 && c->max_clues >= 0 && c->max_clues <= 100000 &&
          c->min_dev >= 0 && c->min_dev < 0.5)) {
        seterr(err, errlen, "moderation: classifier parameters must satisfy 0 <= robinson_s <= 100, "
                            "0 <= max_clues <= 100000, 0 <= min_dev < 0.5");
        goto fail;
    }
    /* The abuse model first: read from the model the build trained, or
     * trained here; its training buffers (several MB, given back when it
     * is done) are then the only large thing in memory, and the compiled
     * policy (4 MB) comes after them instead of beside them — the
     * process's peak is that much lower. */
    if (c->abuse_model_blob) {
        if (mod__abuse_load(c->abuse_model_blob, c->abuse_model_len, &e->abuse, err, errlen) != MOD_OK)
            goto fail;
        if (c->abuse_text_done) c->abuse_text_done(c->abuse_model_blob, c->abuse_model_len);
    } else if (mod__abuse_new(c, &e->abuse, err, errlen) != MOD_OK) {
        goto fail;
    }
    if (c->policy_json) {
        e->policy = mod_policy_parse(c->policy_json, strlen(c->policy_json), err, errlen);
    } else if (c->policy_file) {
        e->policy = mod_policy_load(c->policy_file, err, errlen);
    } else {
        e->policy = mod__policy_empty();
    }
    if (e->policy == NULL) goto fail;
    if (c->model_file && access(c->model_file, F_OK) == 0) {
        if (mod_engine_load_model(e, c->model_file, err, errlen) != MOD_OK) goto fail;
    } else if (c->train_file) {
        size_t n;
        if (mod_engine_train_file(e, c->train_file, &n, err, errlen) != MOD_OK) goto fail;
    }
    return e;
fail:
    mod_engine_free(e);
    return NULL;
}

void mod_engine_free(mod_engine *e)
{
    if (e == NULL) return;
    mod_policy_free(e->policy);
    mod_stat_backend_free(e->backend);
    mod__abuse_free(e->abuse);
    pthread_rwlock_destroy(&e->lock);
    free(e);
}

/* ---- decide ----------------------------------------------------------------- */

typedef struct strvec {
    const char **v;
    size_t n, cap;
} strvec;

/* The reasons' own printf: %s, %d, %zu, %lld and %.Nf (N 0-6), what the
 * reasons use, written straight into a fixed buffer (a reason is cut at
 * REASON_MAX bytes).  Every comment gets three or more reasons, and
 * glibc's printf (its float conversion above all) was a tenth of a
 * decision's time, and a growing util_buf and its malloc per reason cost
 * about as much as the formatting.  Anything else goes to vsnprintf.  %.Nf rounds x * 10^N to the
 * nearest (ties to even, as printf does for exact ties).  The three
 * reasons every decision gives (classifier, abuse model, decision) are
 * written piece by piece with the same writers (fw_str, fw_size,
 * fw_fixed), their format in a comment beside them: parsing the formats
 * was a fifth of the formatting. */
#define REASON_MAX 599

typedef struct fw {
    char *o, *end;   /* next byte; the bytes past end are cut */
} fw;

static inline __attribute__((always_inline)) void fw_put(fw *w, const char *s, size_t n)
{
    size_t room = (size_t)(w->end - w->o);
    if (n > room) n = room;
    mod__copy(w->o, s, n);
    w->o += n;
}

static inline void fw_c(fw *w, char c)
{
    if (w->o < w->end) *w->o++ = c;
}

static void put_ll(fw *w, long long v)
{
    char d[24];
    fw_put(w, d, (size_t)(mod__put_ll(d, v) - d));
}

/* What the reasons' own formats do not cover, by vsnprintf (cut). */
static void fw_vprintf(fw *w, const char *fmt, va_list ap)
{
    char tmp[REASON_MAX + 1];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    if (n > 0) fw_put(w, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static void fw_printf(fw *w, const char *fmt, ...) UTIL_PRINTF(2, 3);
static void fw_printf(fw *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fw_vprintf(w, fmt, ap);
    va_end(ap);
}

/* A NUL-terminated string (a literal's length is known when inlined). */
static inline __attribute__((always_inline)) void fw_str(fw *w, const char *s)
{
    fw_put(w, s, strlen(s));
}

/* v as %zu does. */
static void fw_size(fw *w, size_t v)
{
    if (v > (size_t)LLONG_MAX) fw_printf(w, "%zu", v);
    else put_ll(w, (long long)v);
}

/* x as %.<dec>f (0 <= dec <= 6) does. */
static void fw_fixed(fw *w, double x, int dec)
{
    static const double scale[7] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};   /* (exact) */
    double v = nearbyint(x * scale[dec]);
    if (!isfinite(v) || fabs(v) >= 1e15) {
        fw_printf(w, "%.*f", dec, x);
        return;
    }
    /* written from its end in a buffer, then copied once: the decimals
     * peeled off two at a time by hundreds (constant divisors: no
     * hardware division; the digits from a table), the point, the integer
     * part, the sign */
    unsigned long long n = (unsigned long long)fabs(v);
    char b[32], *e = b + sizeof b, *o = e;
    int i = dec;
    for (; i >= 2; i -= 2) {
        o -= 2;
        memcpy(o, mod__two_digits + 2 * (n % 100), 2);
        n /= 100;
    }
    if (i) {
        *--o = (char)('0' + n % 10);
        n /= 10;
    }
    if (dec) *--o = '.';
    do *--o = (char)('0' + n % 10);
    while ((n /= 10) != 0);
    if (v < 0 || (v == 0 && signbit(x))) *--o = '-';
    fw_put(w, o, (size_t)(e - o));
}

static void fmt_va(fw *w, const char *fmt, va_list ap)
{
    const char *p = fmt;
    while (*p) {
        const char *pct = strchr(p, '%');
        if (!pct) {
            fw_put(w, p, strlen(p));
            return;
        }
        fw_put(w, p, (size_t)(pct - p));
        const char *c = pct + 1;
        if (*c == 's') {
            const char *v = va_arg(ap, const char *);
            if (!v) v = "(null)";
            fw_put(w, v, strlen(v));
        } else if (*c == 'd') {
            put_ll(w, va_arg(ap, int));
        } else if (c[0] == 'z' && c[1] == 'u') {
            c++;
            fw_size(w, va_arg(ap, size_t));
        } else if (c[0] == 'l' && c[1] == 'l' && c[2] == 'd') {
            c += 2;
            put_ll(w, va_arg(ap, long long));
        } else if (c[0] == '.' && c[1] >= '0' && c[1] <= '6' && c[2] == 'f') {
            int dec = c[1] - '0';
            c += 2;
            fw_fixed(w, va_arg(ap, double), dec);
        } else if (*c == '%') {
            fw_c(w, '%');
        } else {   /* not one of ours: the rest by vsnprintf */
            fw_vprintf(w, pct, ap);
            return;
        }
        p = c + 1;
    }
}

/* Adds the reason written in buf up to w.o. */
static void reason_add(util_arena *a, strvec *r, const char *buf, const fw *w)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 8;
        const char **v = util_arena_alloc(a, cap * sizeof *v);
        if (r->n) memcpy(v, r->v, r->n * sizeof *v);
        r->v = v;
        r->cap = cap;
    }
    r->v[r->n++] = util_arena_strndup(a, buf, (size_t)(w->o - buf));
}

static void reason(util_arena *a, strvec *r, const char *fmt, ...) UTIL_PRINTF(3, 4);
static void reason(util_arena *a, strvec *r, const char *fmt, ...)
{
    char buf[REASON_MAX + 1];
    fw w = {buf, buf + REASON_MAX};
    va_list ap;
    va_start(ap, fmt);
    fmt_va(&w, fmt, ap);
    va_end(ap);
    reason_add(a, r, buf, &w);
}

static bool empty(const char *s)
{
    return s == NULL || *s == '\0';
}

static void fingerprint_doc(const mod__doc *d, char out[17])
{
    static const char hex[] = "0123456789abcdef";
    uint64_t h = 0x5ca1ab1e;
    for (size_t i = 0; i < d->n; i++) {
        const mod__tok *t = &d->toks[i];
        /* the key is the word itself unless a run was squeezed */
        size_t n = t->sq == (t->alt ? t->alt : t->form) ? t->wlen : strlen(t->sq);
        h = mod__hash(t->sq, n, h);
        h = mod__hash(" ", 1, h);
    }
    for (size_t i = 0; i < d->n_links; i++) {
        h = mod__hash(d->links[i].domain, strlen(d->links[i].domain), h);
        h = mod__hash("/", 1, h);
    }
    h = mod__mix(h);
    for (int i = 0; i < 16; i++) out[i] = hex[(h >> (60 - 4 * i)) & 15];
    out[16] = '\0';
}

/* The first max clues of r (features of f, of doc d), named. */
static void explain_tokens(const mod__doc *d, const mod__feats *f, const mod__class_result *r,
                           util_arena *a, mod_token_score **out, size_t *n, size_t max)
{
    size_t k = r->n_clues < max ? r->n_clues : max;
    *out = util_arena_alloc(a, (k ? k : 1) * sizeof **out);
    for (size_t i = 0; i < k; i++) {
        (*out)[i].token = mod__feat_name(d, &f->v[r->clues[i].feat], a);
        (*out)[i].prob = r->clues[i].f;
    }
    *n = k;
}

mod_status mod_classify(mod_engine *e, const mod_input *in, util_arena *a, double *prob,
                        mod_token_score **tokens, size_t *n_tokens, size_t max_tokens)
{
    *prob = 0.5;
    if (tokens) { *tokens = NULL; *n_tokens = 0; }
    if (in == NULL || in->text == NULL || a == NULL) return MOD_EINVAL;
    /* without clues to name, the hash-only (lean) pass: the same features */
    const unsigned lean = tokens ? 0 : MOD__A_LEAN;
    mod__doc d;
    mod__analyze_ex(in->text, strlen(in->text), a, &d, MOD__A_NOKEYS | lean);
    mod__feats f;
    mod__features_ex(&d, in, a, &f, lean != 0);
    if (lean) mod__doc_release(&d);
    mod__class_result r;
    pthread_rwlock_rdlock(&e->lock);
    mod_status st = mod__classify(e->backend, &f, &e->prm, a, &r);
    pthread_rwlock_unlock(&e->lock);
    *prob = r.prob;
    if (tokens) explain_tokens(&d, &f, &r, a, tokens, n_tokens, max_tokens);
    return st;
}

void mod__lean_features(const mod_input *in, util_arena *a, mod__feats *out)
{
    mod__doc d;
    mod__analyze_ex(in->text, strlen(in->text), a, &d, MOD__A_NOKEYS | MOD__A_LEAN);
    mod__features_ex(&d, in, a, out, true);
    mod__doc_release(&d);
}

mod_status mod__classify_lean(mod_engine *e, const mod__feats *f, util_arena *a, double *prob)
{
    mod__class_result r;
    pthread_rwlock_rdlock(&e->lock);
    mod_status st = mod__classify(e->backend, f, &e->prm, a, &r);
    pthread_rwlock_unlock(&e->lock);
    *prob = r.prob;
    return st;
}

static bool ieq(const char *a, const char *b)
{
    return a && util_str_eq_nocase(a, b);
}

/* The abuse model's score of a comment of several paragraphs is the
 * highest of the whole's and each paragraph's (a line of its own, between
 * line breaks): one abusive paragraph in a long, reasonable comment
 * ("Franchement t'es qu'une merde de troll…" between two paragraphs of
 * figures) is diluted in the whole's words, and the model, which rejects
 * it alone, let it through (a blind author's long comments, session 22).
 * *ad, *af and *ar become the paragraph's when it scores higher, with at
 * least one clue; a Markdown quote ("> " line) is no paragraph of the
 * writer's.  At most MAX_PARAGRAPHS paragraphs are scored, each
 * analysed as a comment of its own (about the time of one). */
enum { MAX_PARAGRAPHS = 16 };
static mod_status abuse_paragraphs(const mod_engine *e, const mod_input *in, util_arena *a,
                                   const mod__doc **ad, mod__feats *af, mod__class_result *ar)
{
    const char *t = in->text, *end = t + strlen(t);
    const char *from[MAX_PARAGRAPHS], *to[MAX_PARAGRAPHS];
    int n = 0, quotes = 0;
    for (const char *p = t; p < end && n < MAX_PARAGRAPHS;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *q = nl ? nl : end;
        while (p < q && (*p == ' ' || *p == '\r' || *p == '\t')) p++;
        /* not a "> " line: the words of the comment answered, which the
         * policy reads with the reply around them (policy.c, quote_lines) */
        if (*p == '>') {
            quotes++;
        } else if (q - p >= 2) {
            from[n] = p;
            to[n++] = q;
        }
        p = q + 1;
    }
    if (n == 0 || (n == 1 && quotes == 0)) return MOD_OK;   /* the whole's score is its only paragraph's */
    for (int i = 0; i < n; i++) {
        mod__doc *pd = util_arena_alloc(a, sizeof *pd);
        mod__analyze(from[i], (size_t)(to[i] - from[i]), a, pd);
        mod__feats pf, paf;
        mod__features(pd, NULL, a, &pf);   /* words only: the model reads no metadata */
        mod__abuse_feats(e->abuse, pd, &pf, a, &paf);
        mod__class_result pr;
        mod_status st = mod__abuse_score(e->abuse, &paf, a, &pr);
        if (st != MOD_OK) return st;
        if (!pr.untrained && pr.n_clues > 0 && pr.prob > ar->prob) {
            *ad = pd;
            *af = paf;
            *ar = pr;
        }
    }
    return MOD_OK;
}

mod_status mod_decide(mod_engine *e, const mod_input *in, util_arena *a, mod_decision *out)
{
    memset(out, 0, sizeof *out);
    out->spam_prob = 0.5;
    out->abuse_prob = -1;
    if (e == NULL || in == NULL || in->text == NULL || a == NULL) return MOD_EINVAL;
    int64_t t0 = util_mono_us();
    const mod_config *c = &e->cfg;
    mod__doc d;
    mod__analyze(in->text, strlen(in->text), a, &d);
    fingerprint_doc(&d, out->fingerprint);
    mod__feats f;
    mod__features(&d, in, a, &f);
    strvec rs = {0};

    /* ---- classifier and policy, under the read lock ---- */
    mod__class_result cr;
    mod__hit *hits = NULL;
    size_t n_hits = 0;
    int pol_cat = -1, pol_action = -1;
    const char *pol_cat_name = NULL, *pol_msg = NULL;
    const char *lang = !empty(in->lang) ? in->lang : e->lang;
    pthread_rwlock_rdlock(&e->lock);
    mod_status st = mod__classify(e->backend, &f, &e->prm, a, &cr);
    /* the website name's words, asked about alone (the sales-words
     * heuristic below) */
    mod__class_result sr = {.n_clues = 0};
    mod__feats sf = {.v = f.side_v, .h = f.side_h, .n = f.n_side};
    if (st == MOD_OK && !cr.untrained && f.n_side >= 2 && !empty(in->website) &&
        mod__classify(e->backend, &sf, &e->prm, a, &sr) != MOD_OK)
        sr.n_clues = 0;
    /* the policy reads the emoji that stand for words (normalize.c,
     * mod__emoji_words) as those words: a second analysis, only for a
     * text that holds one */
    size_t elen;
    const char *etext = mod__emoji_words(in->text, strlen(in->text), a, &elen);
    mod__doc ed;
    if (etext) mod__analyze(etext, elen, a, &ed);
    const mod__doc *pd = etext ? &ed : &d;
    mod__policy_match(e->policy, pd, lang, a, &hits, &n_hits);
    out->matches = util_arena_alloc(a, (n_hits ? n_hits : 1) * sizeof *out->matches);
    /* per policy category, whether it has a match the context cancelled
     * (counter-speech, a mention, a source: CAT_NEUT) and a match that
     * counts (CAT_LIVE): one byte per category of the policy, however
     * many it has, in the decision's arena (no malloc; mod__scratch's
     * blocks have constant sizes, a policy's count of categories has
     * none), made at the first hit.  (Two 64-bit masks until session 15,
     * right only while policy.c refuses more than 64 categories.) */
    enum { CAT_NEUT = 1, CAT_LIVE = 2 };
    uint8_t *cat_hits = NULL;
    for (size_t i = 0; i < n_hits; i++) {
        const mod__hit *h = &hits[i];
        mod_match *m = &out->matches[out->n_matches];
        const char *cat = mod__policy_cat_name(e->policy, h->cat);
        if (h->cat >= 0) {
            assert((size_t)h->cat < mod_policy_category_count(e->policy));
            if (cat_hits == NULL) cat_hits = util_arena_alloc(a, mod_policy_category_count(e->policy));
            cat_hits[h->cat] |= h->neutralized ? CAT_NEUT : CAT_LIVE;
        }
        bool dup = false;
        for (size_t j = 0; j < out->n_matches; j++)
            if (strcmp(out->matches[j].category, cat) == 0 &&
                strcmp(out->matches[j].pattern, h->pattern) == 0 &&
                out->matches[j].neutralized == h->neutralized)
                dup = true;
        if (dup) continue;
        m->category = util_arena_strdup(a, cat);
        m->pattern = util_arena_strdup(a, h->pattern);
        uint32_t s = pd->toks[h->tok0].start, en = pd->toks[h->tok1].end;
        m->found = util_arena_strndup(a, pd->text + s, en - s > 200 ? 200 : en - s);
        m->neutralized = h->neutralized;
        m->why = h->neutralized ? (h->why ? h->why : "context") : NULL;
        out->n_matches++;
        int act = mod__policy_cat_action(e->policy, h->cat);
        {   /* "policy: %s pattern \"%s\" found in \"%s\" but not counted: %s" or
             * "policy: %s pattern \"%s\" matched \"%s\" (action %s)", one per
             * match, written without parsing a format */
            char buf[REASON_MAX + 1];
            fw w = {buf, buf + REASON_MAX};
            fw_str(&w, "policy: ");
            fw_str(&w, m->category);
            fw_str(&w, " pattern \"");
            fw_str(&w, m->pattern);
            fw_str(&w, h->neutralized ? "\" found in \"" : "\" matched \"");
            fw_str(&w, m->found);
            if (h->neutralized) {
                fw_str(&w, "\" but not counted: ");
                fw_str(&w, m->why);
            } else {
                fw_str(&w, "\" (action ");
                fw_str(&w, mod_action_name((mod_action)act));
                fw_c(&w, ')');
            }
            reason_add(a, &rs, buf, &w);
        }
        if (h->neutralized) continue;
        if (act > pol_action || (act == pol_action && h->cat < pol_cat)) {
            pol_action = act;
            pol_cat = h->cat;
            pol_cat_name = m->category;
        }
    }
    if (pol_cat >= 0) {
        pol_msg = util_arena_strdup(a, mod__policy_message(e->policy, pol_cat, lang));
        out->lang = util_arena_strdup(a, lang);
    }
    /* the abuse model: read-only, but its cut-offs and the action and
     * message of the category it names are the policy's */
    double ab_lo, ab_hold = -1, ab_rej = -1, unused;
    mod__policy_abuse_cutoffs(e->policy, -1, &ab_lo, &unused);
    mod__feats af = {0};
    mod__class_result ar = {0};
    int ab_cat = -1, ab_action = -1;
    bool ab_countered = false;
    double ab_cat_prob = 0;
    const char *ab_msg = NULL;
    mod_status ast = MOD_OK;
    const mod__doc *ad = &d;   /* the text the model's score is of */
    if (e->abuse && ab_lo >= 0) {
        mod__abuse_feats(e->abuse, &d, &f, a, &af);
        ast = mod__abuse_score(e->abuse, &af, a, &ar);
        if (ast == MOD_OK && !ar.untrained) ast = abuse_paragraphs(e, in, a, &ad, &af, &ar);
        if (ast == MOD_OK && !ar.untrained) {
            out->abuse_prob = ar.prob;
            /* without one word Fisher knows as evidence (a short "Merci !"
             * or "Première version."), the score is the regression's
             * character n-grams and bias alone: not acted on */
            if (ar.prob >= ab_lo && ar.n_clues > 0)
                ast = mod__abuse_category(e->abuse, &af, a, &ab_cat, &ab_cat_prob);
        }
        if (ast == MOD_OK && ab_cat >= 0) {
            mod__policy_abuse_cutoffs(e->policy, ab_cat, &ab_hold, &ab_rej);
            int pc = mod__policy_cat_index(e->policy, mod__abuse_cat_name(ab_cat));
            bool over_rej = ab_rej >= 0 && ar.prob >= ab_rej;
            bool rej = over_rej && pc >= 0 && mod__policy_cat_action(e->policy, pc) == MOD_REJECT;
            /* the policy found this category's words and read them as
             * counter-speech or a mention ("Les négationnistes prétendent
             * que les chambres à gaz n'ont jamais existé : c'est un
             * mensonge"), none of them counting: the model, which reads the
             * same words without their context, then acts only at its
             * reject cut-off, not at its hold (rejecting categories only;
             * a defamation match cancelled by a source is another matter) */
            ab_countered = pc >= 0 && cat_hits && cat_hits[pc] == CAT_NEUT &&
                           mod__policy_cat_action(e->policy, pc) == MOD_REJECT;
            if (rej) {
                ab_action = MOD_REJECT;
                ab_msg = util_arena_strdup(a, mod__policy_message(e->policy, pc, lang));
            } else if (!ab_countered && (over_rej || (ab_hold >= 0 && ar.prob >= ab_hold))) {
                ab_action = MOD_HOLD;
            }
        }
    }
    pthread_rwlock_unlock(&e->lock);

    if (st != MOD_OK) {
        cr.prob = 0.5;
        cr.n_clues = 0;
        reason(a, &rs, "classifier: backend failed (%s), spam score ignored", mod_strerror(st));
    }
    out->spam_prob = cr.prob;
    explain_tokens(&d, &f, &cr, a, &out->tokens, &out->n_tokens, 12);
    if (cr.untrained) {
        reason(a, &rs, "classifier: not trained yet (needs both spam and ham)");
    } else if (st == MOD_OK) {
        /* "classifier: spam probability %.3f from %zu clues, strongest %s
         * (%.2f)" or "... %.3f (no known features)": every decision's,
         * written without parsing a format */
        char buf[REASON_MAX + 1];
        fw w = {buf, buf + REASON_MAX};
        fw_str(&w, "classifier: spam probability ");
        fw_fixed(&w, cr.prob, 3);
        if (out->n_tokens > 0) {
            fw_str(&w, " from ");
            fw_size(&w, cr.n_clues);
            fw_str(&w, " clues, strongest ");
            fw_str(&w, out->tokens[0].token);
            fw_str(&w, " (");
            fw_fixed(&w, out->tokens[0].prob, 2);
            fw_c(&w, ')');
        } else {
            fw_str(&w, " (no known features)");
        }
        reason_add(a, &rs, buf, &w);
    }

    if (ast != MOD_OK) {
        out->abuse_prob = -1;
        ab_action = -1;
        reason(a, &rs, "abuse model: failed (%s), not counted", mod_strerror(ast));
    } else if (out->abuse_prob >= 0) {
        size_t k;
        explain_tokens(ad, &af, &ar, a, &out->abuse_tokens, &k, 8);
        out->n_abuse_tokens = k;
        if (ab_cat >= 0) out->abuse_category = mod__abuse_cat_name(ab_cat);
        {   /* "abuse model: probability %.3f from %zu clues[, strongest <the
             * first four clues as "%s (%.2f)", comma-separated>][; most
             * like %s (%.2f)]": every decision's, written without parsing
             * a format (cut at REASON_MAX as a whole) */
            char buf[REASON_MAX + 1];
            fw w = {buf, buf + REASON_MAX};
            fw_str(&w, "abuse model: probability ");
            fw_fixed(&w, ar.prob, 3);
            fw_str(&w, " from ");
            fw_size(&w, ar.n_clues);
            fw_str(&w, " clues");
            if (k) fw_str(&w, ", strongest ");
            for (size_t i = 0; i < k && i < 4; i++) {
                if (i) fw_str(&w, ", ");
                fw_str(&w, out->abuse_tokens[i].token);
                fw_str(&w, " (");
                fw_fixed(&w, out->abuse_tokens[i].prob, 2);
                fw_c(&w, ')');
            }
            if (ab_cat >= 0) {
                fw_str(&w, "; most like ");
                fw_str(&w, mod__abuse_cat_name(ab_cat));
                fw_str(&w, " (");
                fw_fixed(&w, ab_cat_prob, 2);
                fw_c(&w, ')');
            }
            reason_add(a, &rs, buf, &w);
        }
        if (ab_action == MOD_REJECT)
            reason(a, &rs, "abuse model: at or above the reject cut-off %.3f and %s rejects: reject",
                   ab_rej, mod__abuse_cat_name(ab_cat));
        else if (ab_countered && ab_hold >= 0 && ar.prob >= ab_hold)
            reason(a, &rs, "abuse model: at or above the hold cut-off %.3f of %s, but the policy read "
                   "its %s words as counter-speech or a mention: acted on only at the reject cut-off",
                   ab_hold, mod__abuse_cat_name(ab_cat), mod__abuse_cat_name(ab_cat));
        else if (ab_action == MOD_HOLD)
            reason(a, &rs, "abuse model: at or above the %s cut-off %.3f of %s: hold for an editor",
                   ab_hold >= 0 && ar.prob >= ab_hold ? "hold" : "reject",
                   ab_hold >= 0 && ar.prob >= ab_hold ? ab_hold : ab_rej, mod__abuse_cat_name(ab_cat));
    }

    /* ---- heuristics ---- */
    bool blatant_h = false;
    int points = 0;
    if (!empty(in->honeypot)) {
        blatant_h = true;
        reason(a, &rs, "heuristic: the hidden honeypot field was filled in");
    }
    if (ieq(in->author, "viagra-test-123")) {
        blatant_h = true;
        reason(a, &rs, "heuristic: Akismet test trigger (author viagra-test-123)");
    }
    if (ieq(in->email, "akismet-guaranteed-spam@example.com")) {
        blatant_h = true;
        reason(a, &rs, "heuristic: Akismet test trigger (akismet-guaranteed-spam@example.com)");
    }
    size_t nlinks = 0;
    for (size_t i = 0; i < d.n_links; i++)
        if (!d.links[i].is_email) nlinks++;
    if (c->link_list_links > 0 && nlinks >= (size_t)c->link_list_links) {
        points += 3;
        reason(a, &rs, "heuristic: a list of %zu links", nlinks);
    } else if (nlinks > (size_t)c->max_links) {
        points += 1;
        reason(a, &rs, "heuristic: %zu links (more than %d)", nlinks, c->max_links);
    }
    if (c->min_post_ms > 0 && in->ms_since_load >= 0 && in->ms_since_load < c->min_post_ms) {
        points += 2;
        reason(a, &rs, "heuristic: posted %lld ms after the page loaded (a person needs %d)",
               (long long)in->ms_since_load, c->min_post_ms);
    }
    if (c->repeat_limit > 0 && in->seen_before >= c->repeat_limit) {
        points += 2;
        reason(a, &rs, "heuristic: the same text was posted %d times before", in->seen_before);
    }
    /* the author name's links: mod__features analyzed the name (for its
     * "au:" features) and counted them */
    if (!empty(in->author) && f.author_links > 0) {
        points += 1;
        reason(a, &rs, "heuristic: the author name holds a link");
    }

    /* a website named with the model's sales words: two words of its name
     * at 0.75 or more (casino-online-bonus-2026.com,
     * payday-loans-no-credit-check.biz).  A person's site is mostly words
     * the model does not know; the author name is not read so, a name
     * alone saying little ("Robert" is a spammer's name too, "comments" a
     * word of SEO spam, and "Robert'); DROP TABLE comments;--" at
     * example.org is no seller). */
    {
        const char *side[2] = {NULL, NULL};
        size_t ns = 0;
        for (size_t i = 0; i < sr.n_clues && ns < 2; i++)
            if (sr.clues[i].f >= 0.75) side[ns++] = strchr(f.side_v[sr.clues[i].feat].s, ':') + 1;
        if (ns == 2) {
            points += 1;
            reason(a, &rs, "heuristic: the website's name is the spam model's words (%s, %s)", side[0], side[1]);
        }
    }

    /* ---- decision ---- */
    bool blatant = points >= 4 || (!cr.untrained && cr.prob >= c->blatant_cutoff);
    bool spam = blatant || points >= 2 || (!cr.untrained && cr.prob >= c->spam_cutoff) ||
                (points >= 1 && cr.prob >= 0.5);
    if (blatant_h) {
        out->action = MOD_DISCARD;
        out->category = "spam";
        out->spam_blatant = true;
    } else if (pol_action == MOD_REJECT) {
        out->action = MOD_REJECT;
        out->category = pol_cat_name;
        out->message = pol_msg;
    } else if (ab_action == MOD_REJECT) {
        out->action = MOD_REJECT;
        out->category = mod__abuse_cat_name(ab_cat);
        out->message = ab_msg;
        out->lang = util_arena_strdup(a, lang);
    } else if (blatant) {
        out->action = MOD_DISCARD;
        out->category = "spam";
        out->spam_blatant = true;
    } else if (spam) {
        out->action = MOD_SPAM;
        out->category = "spam";
    } else if (pol_action == MOD_HOLD) {
        out->action = MOD_HOLD;
        out->category = pol_cat_name;
    } else if (ab_action == MOD_HOLD) {
        out->action = MOD_HOLD;
        out->category = mod__abuse_cat_name(ab_cat);
    } else {
        out->action = MOD_PUBLISH;
        out->category = pol_cat_name;   /* a "publish" category is recorded */
    }
    if (out->action != MOD_REJECT) out->lang = NULL;
    {   /* "decision: %s%s%s" (every decision's last reason), without parsing it */
        char buf[REASON_MAX + 1];
        fw w = {buf, buf + REASON_MAX};
        fw_str(&w, "decision: ");
        fw_str(&w, mod_action_name(out->action));
        if (out->category) {
            fw_str(&w, " as ");
            fw_str(&w, out->category);
        }
        reason_add(a, &rs, buf, &w);
    }
    out->reasons = rs.v;
    out->n_reasons = rs.n;
    out->elapsed_us = util_mono_us() - t0;
    return st;
}

/* ---- training ---------------------------------------------------------------- */

static mod_status learn(mod_engine *e, const mod_input *in, bool is_spam, int delta)
{
    if (e == NULL || in == NULL || in->text == NULL) return MOD_EINVAL;
    util_arena *a = util_arena_new();
    mod__doc d;
    mod__analyze_ex(in->text, strlen(in->text), a, &d, MOD__A_NOKEYS | MOD__A_LEAN);
    mod__feats f;
    mod__features_ex(&d, in, a, &f, true);
    mod__doc_release(&d);
    uint64_t *h = f.h;
    pthread_rwlock_wrlock(&e->lock);
    mod_status st = e->backend->vt->learn(e->backend->ctx, h, f.n, is_spam, delta);
    pthread_rwlock_unlock(&e->lock);
    util_arena_free(a);
    return st;
}

mod_status mod_train(mod_engine *e, const mod_input *in, bool is_spam)
{
    return learn(e, in, is_spam, +1);
}

mod_status mod_untrain(mod_engine *e, const mod_input *in, bool is_spam)
{
    return learn(e, in, is_spam, -1);
}

void mod_engine_model_totals(mod_engine *e, uint64_t *nspam, uint64_t *nham)
{
    pthread_rwlock_rdlock(&e->lock);
    if (e->backend->vt->totals(e->backend->ctx, nspam, nham) != MOD_OK) *nspam = *nham = 0;
    pthread_rwlock_unlock(&e->lock);
}

typedef struct prune_acc {
    mod_stat_rows rows;
    uint32_t min;
} prune_acc;

static void prune_one(void *arg, uint64_t h, uint32_t spam, uint32_t ham)
{
    prune_acc *p = arg;
    if ((uint64_t)spam + ham >= p->min)
        mod_stat_rows_add(&p->rows, h, spam, ham);
}

mod_status mod__engine_prune(mod_engine *e, uint32_t min_total, size_t *kept)
{
    prune_acc p = {.min = min_total};
    uint64_t ns = 0, nh = 0;
    pthread_rwlock_wrlock(&e->lock);
    mod_status st = e->backend->vt->totals(e->backend->ctx, &ns, &nh);
    if (st == MOD_OK) st = e->backend->vt->foreach(e->backend->ctx, prune_one, &p);
    if (st == MOD_OK)
        st = e->backend->vt->replace(e->backend->ctx, ns, nh, p.rows.h, p.rows.x, p.rows.y,
                                     p.rows.n);
    pthread_rwlock_unlock(&e->lock);
    if (kept) *kept = p.rows.n;
    mod_stat_rows_free(&p.rows);
    return st;
}

mod_status mod_engine_train_file(mod_engine *e, const char *path, size_t *n_learned, char *err,
                                 size_t errlen)
{
    *n_learned = 0;
    size_t len;
    char *s = util_read_file(path, MOD__MAX_FILE_BYTES, &len, err, errlen);
    if (s == NULL) return MOD_EIO;
    mod_status st = MOD_OK;
    size_t line = 0;
    char *save = NULL;
    for (char *l = strtok_r(s, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
        line++;
        size_t ll = strlen(l);
        if (ll && l[ll - 1] == '\r') l[--ll] = '\0';
        if (ll == 0 || l[0] == '#') continue;
        char *tab = strchr(l, '\t');
        if (tab == NULL) {
            seterr(err, errlen, "%s: line %zu: expected \"spam|ham<TAB>text\"", path, line);
            st = MOD_EFORMAT;
            break;
        }
        *tab = '\0';
        bool is_spam;
        if (strcmp(l, "spam") == 0) is_spam = true;
        else if (strcmp(l, "ham") == 0) is_spam = false;
        else {
            seterr(err, errlen, "%s: line %zu: label must be spam or ham, not \"%s\"", path, line, l);
            st = MOD_EFORMAT;
            break;
        }
        char *text = tab + 1;
        util_tsv_unescape(text);
        mod_input in = {.text = text, .ms_since_load = -1};
        st = mod_train(e, &in, is_spam);
        if (st != MOD_OK) {
            seterr(err, errlen, "%s: line %zu: %s", path, line, mod_strerror(st));
            break;
        }
        (*n_learned)++;
    }
    free(s);
    return st;
}

/* ---- policy at run time ---------------------------------------------------------- */

void mod_engine_set_policy(mod_engine *e, mod_policy *p)
{
    pthread_rwlock_wrlock(&e->lock);
    mod_policy *old = e->policy;
    e->policy = p;
    pthread_rwlock_unlock(&e->lock);
    mod_policy_free(old);
}

char *mod_engine_policy_json(mod_engine *e)
{
    pthread_rwlock_rdlock(&e->lock);
    char *s = mod_policy_to_json(e->policy);
    pthread_rwlock_unlock(&e->lock);
    return s;
}

mod_status mod_engine_put_policy_json(mod_engine *e, const char *json, size_t len, const char *path,
                                      char *err, size_t errlen)
{
    mod_policy *p = mod_policy_parse(json, len, err, errlen);
    if (p == NULL) return MOD_EINVAL;
    if (path) {
        mod_status st = mod_policy_save(p, path, err, errlen);
        if (st != MOD_OK) {
            mod_policy_free(p);
            return st;
        }
    }
    mod_engine_set_policy(e, p);
    return MOD_OK;
}

/* ---- model persistence ------------------------------------------------------------ */

/* Version 2 (written): "CSRM", u32 version, u64 nspam, u64 nham, u64
 * features, u64 cap (40 bytes), then the memory backend's open-addressing
 * table itself, cap slots of (u64 hash, u32 spam, u32 ham) placed as
 * stat_memory.c places them (home = mod__slot_home, linear probing, the
 * features inserted in hash order, so the bytes depend only on the
 * counts), then a u64 checksum: mod__file_sum(slots, seeded with
 * mod__file_sum(header)).  All little-endian.  Loading reads the table
 * straight into the backend's memory: no rehashing.
 * Version 1 (still read): the same header without cap (32 bytes), sorted
 * (hash, spam, ham) triples, FNV-1a checksum of everything before it. */
#define MODEL_MAGIC "CSRM"
#define MODEL_VERSION 2u
#define MODEL_HDR2 40u
#define MODEL_MAX_CAP ((uint64_t)1 << 32)
_Static_assert(sizeof(mod__slot) == 16, "a model slot is 16 bytes on disk and in memory");

static void collect(void *arg, uint64_t h, uint32_t s, uint32_t m)
{
    mod__triples *t = arg;
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 4096;
        t->v = xrealloc(t->v, t->cap * sizeof *t->v);
    }
    t->v[t->n++] = (mod__triple){h, s, m};
}

static int cmp_trip(const void *x, const void *y)
{
    const mod__triple *a = x, *b = y;
    return a->h < b->h ? -1 : a->h > b->h;
}

mod_status mod__triples_of(const mod_stat_backend *b, mod__triples *out)
{
    *out = (mod__triples){0};
    mod_status st = b->vt->foreach(b->ctx, collect, out);
    if (st != MOD_OK) {
        free(out->v);
        *out = (mod__triples){0};
        return st;
    }
    if (out->n) qsort(out->v, out->n, sizeof *out->v, cmp_trip);
    return MOD_OK;
}

void mod__put_le(util_buf *b, uint64_t v, int bytes)
{
    unsigned char x[8];
    for (int i = 0; i < bytes; i++) x[i] = (unsigned char)(v >> (8 * i));
    util_buf_append(b, x, (size_t)bytes);
}

uint64_t mod__get_le(const unsigned char *p, int bytes)
{
    uint64_t v = 0;
    for (int i = 0; i < bytes; i++) v |= (uint64_t)p[i] << (8 * i);
    return v;
}

static uint64_t rotl64(uint64_t x, int r)
{
    return x << r | x >> (64 - r);
}

/* Checksum of a model file's bytes (the spam model's, and the n-gram
 * regression's in lr.c): four independent multiply lanes over
 * little-endian 64-bit words (a few GB/s, where byte-wise FNV-1a took
 * several ms per model), then the tail bytes, then a final mix. */
uint64_t mod__file_sum(const unsigned char *p, size_t n, uint64_t seed)
{
    const uint64_t K1 = 0x9E3779B97F4A7C15ULL, K2 = 0xC2B2AE3D27D4EB4FULL;
    uint64_t l[4] = {seed ^ K1, seed ^ K2, seed + K1, seed - K2};
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        for (int k = 0; k < 4; k++) {
            uint64_t w;
            memcpy(&w, p + i + 8 * k, 8);
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
            w = __builtin_bswap64(w);
#endif
            l[k] = rotl64((l[k] ^ w) * K1, 29) * K2;
        }
    }
    uint64_t h = (uint64_t)n ^ rotl64(l[0], 1) ^ rotl64(l[1], 7) ^ rotl64(l[2], 12) ^ rotl64(l[3], 18);
    for (; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL;
    return mod__mix(h);
}

mod_status mod_engine_model_serialize(mod_engine *e, util_buf *out)
{
    mod__triples t = {0};
    uint64_t ns = 0, nh = 0;
    pthread_rwlock_rdlock(&e->lock);
    mod_status st = e->backend->vt->totals(e->backend->ctx, &ns, &nh);
    if (st == MOD_OK) st = mod__triples_of(e->backend, &t);
    pthread_rwlock_unlock(&e->lock);
    if (st != MOD_OK) return st;
    size_t cap = 1024;
    while (t.n * 10 >= cap * 7) cap *= 2;
    mod__slot *tab = xcalloc(cap, sizeof *tab);
    size_t used = 0;   /* keys written: a crafted file loaded earlier may repeat one */
    for (size_t i = 0; i < t.n; i++) {
        uint64_t h = t.v[i].h ? t.v[i].h : 1;
        size_t j = mod__slot_home(h, cap);
        while (tab[j].h != 0 && tab[j].h != h) j = (j + 1) & (cap - 1);
        used += tab[j].h == 0;
        tab[j].h = h;
        tab[j].spam = t.v[i].s;
        tab[j].ham = t.v[i].m;
    }
    free(t.v);
    size_t start = out->len;
    util_buf_reserve(out, MODEL_HDR2 + cap * 16 + 8);
    util_buf_append(out, MODEL_MAGIC, 4);
    mod__put_le(out, MODEL_VERSION, 4);
    mod__put_le(out, ns, 8);
    mod__put_le(out, nh, 8);
    mod__put_le(out, used, 8);
    mod__put_le(out, cap, 8);
    size_t slots = out->len;
    for (size_t i = 0; i < cap; i++) {
        mod__put_le(out, tab[i].h, 8);
        mod__put_le(out, tab[i].spam, 4);
        mod__put_le(out, tab[i].ham, 4);
    }
    free(tab);
    const unsigned char *d = (const unsigned char *)out->data;
    uint64_t sum = mod__file_sum(d + slots, cap * 16, mod__file_sum(d + start, MODEL_HDR2, 0));
    mod__put_le(out, sum, 8);
    return MOD_OK;
}

static void table_release(mod__slot *tab, void *map, size_t map_len)
{
    if (map) munmap(map, map_len);
    else free(tab);
}

/* Makes tab (cap slots; malloc'd, or inside the private mapping map of
 * map_len bytes; taken over either way) the engine's model: adopted as is
 * by a memory backend, otherwise handed over as triples. */
/* Hands the n (hash, spam, ham) counts to the backend in place of its
 * model, then frees the three arrays (a load that could not adopt the
 * file's table as it is). */
static mod_status install_counts(mod_engine *e, uint64_t nspam, uint64_t nham, uint64_t *h,
                                 uint32_t *s, uint32_t *m, size_t n, char *err, size_t errlen)
{
    pthread_rwlock_wrlock(&e->lock);
    mod_status st = e->backend->vt->replace(e->backend->ctx, nspam, nham, h, s, m, n);
    pthread_rwlock_unlock(&e->lock);
    free(h);
    free(s);
    free(m);
    if (st != MOD_OK) seterr(err, errlen, "spam model: %s", mod_strerror(st));
    return st;
}

static mod_status install_table(mod_engine *e, mod__slot *tab, size_t cap, uint64_t n, uint64_t ns,
                                uint64_t nh, void *map, size_t map_len, char *err, size_t errlen)
{
    size_t used;
    if (!mod__slots_valid(tab, cap, &used) || used != n) {
        table_release(tab, map, map_len);
        seterr(err, errlen, "spam model's table is malformed");
        return MOD_EFORMAT;
    }
    pthread_rwlock_wrlock(&e->lock);
    bool adopted = mod__stat_memory_adopt(e->backend, tab, cap, used, ns, nh, map, map_len);
    pthread_rwlock_unlock(&e->lock);
    if (adopted) return MOD_OK;
    uint64_t *h = xmalloc((n ? n : 1) * sizeof *h);
    uint32_t *s = xmalloc((n ? n : 1) * sizeof *s), *m = xmalloc((n ? n : 1) * sizeof *m);
    size_t k = 0;
    for (size_t i = 0; i < cap; i++) {
        if (tab[i].h == 0) continue;
        h[k] = tab[i].h;
        s[k] = tab[i].spam;
        m[k] = tab[i].ham;
        k++;
    }
    table_release(tab, map, map_len);
    return install_counts(e, ns, nh, h, s, m, k, err, errlen);
}

/* Slots from little-endian bytes, in place (a no-op on little-endian hosts). */
static void slots_from_le(mod__slot *tab, size_t cap)
{
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
    for (size_t i = 0; i < cap; i++) {
        const unsigned char *q = (const unsigned char *)&tab[i];
        mod__slot x = {mod__get_le(q, 8), (uint32_t)mod__get_le(q + 8, 4), (uint32_t)mod__get_le(q + 12, 4)};
        tab[i] = x;
    }
#else
    (void)tab;
    (void)cap;
#endif
}

/* Checks a version-2 header of a model of len bytes; *cap gets the slots. */
static bool header2_ok(const unsigned char *p, uint64_t len, uint64_t *cap, char *err, size_t errlen)
{
    uint64_t n = mod__get_le(p + 24, 8), c = mod__get_le(p + 32, 8);
    if (c < 2 || c > MODEL_MAX_CAP || (c & (c - 1)) != 0 || n >= c ||
        len != MODEL_HDR2 + c * 16 + 8) {
        seterr(err, errlen, "spam model is truncated or has trailing bytes");
        return false;
    }
    *cap = c;
    return true;
}

static mod_status deserialize_v1(mod_engine *e, const unsigned char *p, size_t len, char *err,
                                 size_t errlen)
{
    uint64_t n = mod__get_le(p + 24, 8);
    if (n > (len - 40) / 16 || 32 + n * 16 + 8 != len) {
        seterr(err, errlen, "spam model is truncated or has trailing bytes");
        return MOD_EFORMAT;
    }
    if (mod__get_le(p + len - 8, 8) != mod__hash(p, len - 8, 0)) {
        seterr(err, errlen, "spam model checksum mismatch (corrupted file)");
        return MOD_EFORMAT;
    }
    uint64_t *h = xmalloc((n ? n : 1) * sizeof *h);
    uint32_t *s = xmalloc((n ? n : 1) * sizeof *s), *m = xmalloc((n ? n : 1) * sizeof *m);
    for (uint64_t i = 0; i < n; i++) {
        const unsigned char *q = p + 32 + i * 16;
        h[i] = mod__get_le(q, 8);
        s[i] = (uint32_t)mod__get_le(q + 8, 4);
        m[i] = (uint32_t)mod__get_le(q + 12, 4);
    }
    return install_counts(e, mod__get_le(p + 8, 8), mod__get_le(p + 16, 8), h, s, m, (size_t)n, err, errlen);
}

mod_status mod_engine_model_deserialize(mod_engine *e, const void *data, size_t len, char *err,
                                        size_t errlen)
{
    const unsigned char *p = data;
    if (len < 40 || memcmp(p, MODEL_MAGIC, 4) != 0) {
        seterr(err, errlen, "not a Causerie spam model (bad magic)");
        return MOD_EFORMAT;
    }
    uint32_t ver = (uint32_t)mod__get_le(p + 4, 4);
    if (ver == 1) return deserialize_v1(e, p, len, err, errlen);
    if (ver != MODEL_VERSION) {
        seterr(err, errlen, "spam model version %u, this build reads versions 1 and %u", ver,
               MODEL_VERSION);
        return MOD_EFORMAT;
    }
    uint64_t cap;
    if (!header2_ok(p, len, &cap, err, errlen)) return MOD_EFORMAT;
    if (mod__get_le(p + len - 8, 8) != mod__file_sum(p + MODEL_HDR2, cap * 16, mod__file_sum(p, MODEL_HDR2, 0))) {
        seterr(err, errlen, "spam model checksum mismatch (corrupted file)");
        return MOD_EFORMAT;
    }
    mod__slot *tab = xmalloc(cap * sizeof *tab);
    memcpy(tab, p + MODEL_HDR2, cap * sizeof *tab);
    slots_from_le(tab, cap);
    return install_table(e, tab, cap, mod__get_le(p + 24, 8), mod__get_le(p + 8, 8), mod__get_le(p + 16, 8), NULL, 0,
                         err, errlen);
}

mod_status mod_engine_save_model(mod_engine *e, const char *path, char *err, size_t errlen)
{
    util_buf b = {0};
    mod_status st = mod_engine_model_serialize(e, &b);
    if (st != MOD_OK) seterr(err, errlen, "spam model: %s", mod_strerror(st));
    else if (!util_write_file(path, b.data, b.len, err, errlen)) st = MOD_EIO;   /* whole or not at all */
    util_buf_free(&b);
    return st;
}

mod_status mod_engine_load_model(mod_engine *e, const char *path, char *err, size_t errlen)
{
    /* A version-2 model is mapped (read-only, populated at once) and its
     * table used where it lies: no copy, no rehash, no zeroed pages (the
     * memory backend copies it if it is ever learned into).  Anything else goes through the buffer path, which also
     * gives the errors. */
    char e2[256];
    struct stat sb;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        seterr(err, errlen, "%s: %s", path, strerror(errno));
        return MOD_EIO;
    }
    uint64_t cap = 0;
    unsigned char *map = MAP_FAILED;
    size_t map_len = 0;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__   /* elsewhere the slots need converting: read */
    if (fstat(fd, &sb) == 0 && sb.st_size >= (off_t)(MODEL_HDR2 + 8) && (uint64_t)sb.st_size <= SIZE_MAX) {
        map_len = (size_t)sb.st_size;
        map = mmap(NULL, map_len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    }
#else
    (void)sb;
#endif
    close(fd);
    if (map == MAP_FAILED || memcmp(map, MODEL_MAGIC, 4) != 0 || mod__get_le(map + 4, 4) != MODEL_VERSION ||
        !header2_ok(map, map_len, &cap, e2, sizeof e2)) {
        if (map != MAP_FAILED) munmap(map, map_len);
        size_t len;
        char *s = util_read_file(path, MOD__MAX_FILE_BYTES, &len, err, errlen);
        if (s == NULL) return MOD_EIO;
        mod_status st = mod_engine_model_deserialize(e, s, len, e2, sizeof e2);
        if (st != MOD_OK) seterr(err, errlen, "%s: %s", path, e2);
        free(s);
        return st;
    }
    if (mod__get_le(map + map_len - 8, 8) != mod__file_sum(map + MODEL_HDR2, cap * 16, mod__file_sum(map, MODEL_HDR2, 0))) {
        munmap(map, map_len);
        seterr(err, errlen, "%s: spam model checksum mismatch (corrupted file)", path);
        return MOD_EFORMAT;
    }
    mod__slot *tab = (mod__slot *)(void *)(map + MODEL_HDR2);   /* 8-aligned: the header is 40 bytes */
    mod_status st = install_table(e, tab, cap, mod__get_le(map + 24, 8), mod__get_le(map + 8, 8),
                                  mod__get_le(map + 16, 8), map, map_len, e2, sizeof e2);
    if (st != MOD_OK) seterr(err, errlen, "%s: %s", path, e2);
    return st;
}

