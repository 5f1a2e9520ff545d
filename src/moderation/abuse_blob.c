/* abuse_blob.c — the abuse model trained once, at build time, and read at
 * start: the bytes of a trained mod__abuse (abuse.c), so that the server
 * neither trains at every start (a fifth of a second, and ~10 MB of
 * training buffers at its peak) nor ships a model another build of the
 * feature code would misread.
 *
 * How: mod_abuse_model_write trains from mod_config's abuse_train_* /
 * abuse_ham_* (abuse.c, the same code as at start) and writes, little
 * end first as the host lays it out (the build writes and reads it on
 * one machine):
 *   "CSABUSE1", u32 format 1, the build-time feature settings it was
 *   trained with (MOD__ABUSE_STEM, MOD__ABUSE_GRAM, MOD__ABUSE_LR_BITS:
 *   another build refuses the bytes), Fisher's parameters (s, most clues,
 *   least deviation), the comments learned (abusive, ham, per category),
 *   the regression's scale, bias and mix, the two tables' totals and
 *   entry counts, then the entries of the abuse-vs-ham table and of the
 *   category table, each sorted by hash (u64 hash, u32, u32 each), then
 *   the 2^lr_bits 16-bit weights.
 * mod__abuse_load checks every size against the length it is given and
 * copies what it keeps into the heap (the blob may sit anywhere, unaligned,
 * in pages the caller gives back afterwards); the tables become read-only
 * sorted arrays (stat_frozen.c: 16 bytes a feature, no empty slots).
 *
 * Must never: read past len, accept bytes of another format or build
 * settings, or leave a half-built model behind on error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "moderation/mod_int.h"

#define BLOB_MAGIC "CSABUSE1"
enum { BLOB_FORMAT = 1, ENTRY_BYTES = 16 };

/* ---- writing ------------------------------------------------------------ */

typedef struct writer {
    FILE *f;
    bool ok;
} writer;

static void put(writer *w, const void *p, size_t n)
{
    if (w->ok && fwrite(p, 1, n, w->f) != n) w->ok = false;
}

static void put_u32(writer *w, uint32_t v)
{
    put(w, &v, sizeof v);
}

static void put_u64(writer *w, uint64_t v)
{
    put(w, &v, sizeof v);
}

static void put_f64(writer *w, double v)
{
    put(w, &v, sizeof v);
}

typedef struct entry {
    uint64_t h;
    uint32_t x, y;
} entry;

typedef struct entries {
    entry *e;
    size_t n, cap;
} entries;

static void add_entry(void *arg, uint64_t h, uint32_t x, uint32_t y)
{
    entries *es = arg;
    if (es->n == es->cap) {
        es->cap = es->cap ? 2 * es->cap : 4096;
        es->e = xrealloc(es->e, es->cap * sizeof *es->e);
    }
    es->e[es->n++] = (entry){h, x, y};
}

static int by_hash(const void *a, const void *b)
{
    uint64_t x = ((const entry *)a)->h, y = ((const entry *)b)->h;
    return x < y ? -1 : x > y;
}

/* A table's entries, sorted by hash (as stat_frozen.c reads them). */
static entries sorted_entries(const mod_stat_backend *b)
{
    entries es = {0};
    b->vt->foreach(b->ctx, add_entry, &es);
    if (es.n) qsort(es.e, es.n, sizeof *es.e, by_hash);
    return es;
}

static void put_entries(writer *w, const entries *es)
{
    for (size_t i = 0; i < es->n; i++) {
        put_u64(w, es->e[i].h);
        put_u32(w, es->e[i].x);
        put_u32(w, es->e[i].y);
    }
}

static void write_model(writer *w, const mod__abuse *m)
{
    uint64_t bs = 0, bh = 0, cs = 0, ch = 0;
    m->bin->vt->totals(m->bin->ctx, &bs, &bh);
    m->cat->vt->totals(m->cat->ctx, &cs, &ch);
    entries eb = sorted_entries(m->bin), ec = sorted_entries(m->cat);
    put(w, BLOB_MAGIC, 8);
    put_u32(w, BLOB_FORMAT);
    put_u32(w, MOD__ABUSE_STEM);
    put_u32(w, MOD__ABUSE_GRAM);
    put_u32(w, m->lr_bits);
    put_f64(w, m->prm.s);
    put_u64(w, m->prm.max_clues);
    put_f64(w, m->prm.min_dev);
    put_u64(w, m->nabuse);
    put_u64(w, m->nham);
    for (int c = 0; c < MOD__ABUSE_NCAT; c++) put_u64(w, m->ncat[c]);
    put_f64(w, m->qscale);
    put_f64(w, m->bias);
    put_f64(w, m->mix);
    put_u64(w, bs);
    put_u64(w, bh);
    put_u64(w, cs);
    put_u64(w, ch);
    put_u64(w, eb.n);
    put_u64(w, ec.n);
    put_entries(w, &eb);
    put_entries(w, &ec);
    if (m->lr_bits) put(w, m->q, ((size_t)1 << m->lr_bits) * sizeof *m->q);
    free(eb.e);
    free(ec.e);
}

mod_status mod_abuse_model_write(const mod_config *c, FILE *out, char *err, size_t errlen)
{
    mod__abuse *m = NULL;
    mod_status st = mod__abuse_new(c, &m, err, errlen);
    if (st != MOD_OK) return st;
    if (m == NULL) {
        snprintf(err, errlen, "abuse model: no training data configured");
        return MOD_EINVAL;
    }
    writer w = {out, true};
    write_model(&w, m);
    mod__abuse_free(m);
    if (!w.ok || fflush(out) != 0) {
        snprintf(err, errlen, "abuse model: cannot write the model");
        return MOD_EIO;
    }
    return MOD_OK;
}

/* ---- reading ------------------------------------------------------------ */

typedef struct reader {
    const unsigned char *p;
    size_t left;
    bool ok;
} reader;

static void get(reader *r, void *dst, size_t n)
{
    if (!r->ok || r->left < n) {
        r->ok = false;
        memset(dst, 0, n);
        return;
    }
    memcpy(dst, r->p, n);
    r->p += n;
    r->left -= n;
}

static uint32_t get_u32(reader *r)
{
    uint32_t v;
    get(r, &v, sizeof v);
    return v;
}

static uint64_t get_u64(reader *r)
{
    uint64_t v;
    get(r, &v, sizeof v);
    return v;
}

static double get_f64(reader *r)
{
    double v;
    get(r, &v, sizeof v);
    return v;
}

/* n entries, sorted by hash, into a read-only table with totals (ts, th);
 * NULL (r->ok false) when they are cut short or out of order. */
static mod_stat_backend *get_table(reader *r, uint64_t n, uint64_t ts, uint64_t th)
{
    if (!r->ok || n > r->left / ENTRY_BYTES) {
        r->ok = false;
        return NULL;
    }
    uint64_t *h = xmalloc((n ? n : 1) * sizeof *h);
    uint32_t *x = xmalloc((n ? n : 1) * sizeof *x), *y = xmalloc((n ? n : 1) * sizeof *y);
    for (uint64_t i = 0; i < n; i++) {
        h[i] = get_u64(r);
        x[i] = get_u32(r);
        y[i] = get_u32(r);
    }
    mod_stat_backend *b = mod__stat_frozen_new(h, x, y, (size_t)n, ts, th);   /* owns the arrays */
    if (b == NULL) r->ok = false;
    return b;
}

mod_status mod__abuse_load(const void *blob, size_t len, mod__abuse **out, char *err, size_t errlen)
{
    *out = NULL;
    reader r = {blob, len, true};
    char magic[8];
    get(&r, magic, sizeof magic);
    if (!r.ok || memcmp(magic, BLOB_MAGIC, 8) != 0 || get_u32(&r) != BLOB_FORMAT) {
        snprintf(err, errlen, "abuse model: not a model file of this format");
        return MOD_EFORMAT;
    }
    uint32_t stem = get_u32(&r), gram = get_u32(&r), bits = get_u32(&r);
    if (!r.ok || stem != MOD__ABUSE_STEM || gram != MOD__ABUSE_GRAM ||
        (bits != 0 && bits != MOD__ABUSE_LR_BITS)) {
        snprintf(err, errlen, "abuse model: trained by a build with other feature settings "
                              "(stem %u, n-grams %u, 2^%u weights)", stem, gram, bits);
        return MOD_EFORMAT;
    }
    mod__abuse *m = xcalloc(1, sizeof *m);
    m->lr_bits = bits;
    m->prm.s = get_f64(&r);
    m->prm.max_clues = (size_t)get_u64(&r);
    m->prm.min_dev = get_f64(&r);
    m->nabuse = get_u64(&r);
    m->nham = get_u64(&r);
    for (int c = 0; c < MOD__ABUSE_NCAT; c++) m->ncat[c] = get_u64(&r);
    m->qscale = get_f64(&r);
    m->bias = get_f64(&r);
    m->mix = get_f64(&r);
    uint64_t bs = get_u64(&r), bh = get_u64(&r), cs = get_u64(&r), ch = get_u64(&r);
    uint64_t nb = get_u64(&r), nc = get_u64(&r);
    m->bin = get_table(&r, nb, bs, bh);
    m->cat = get_table(&r, nc, cs, ch);
    if (r.ok && bits) {
        size_t nw = (size_t)1 << bits;
        m->q = xmalloc(nw * sizeof *m->q);
        get(&r, m->q, nw * sizeof *m->q);
    }
    if (!r.ok || r.left != 0 || m->nabuse == 0 || m->nham == 0 || !(m->mix >= 0 && m->mix <= 1)) {
        mod__abuse_free(m);
        snprintf(err, errlen, "abuse model: the model file is truncated or damaged");
        return MOD_EFORMAT;
    }
    m->n_features = (size_t)nb;
    m->n_cat_entries = (size_t)nc;
    *out = m;
    return MOD_OK;
}
