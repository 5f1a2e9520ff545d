/* abuse_blob.c — the abuse model trained once, at build time, and read at
 * start: the bytes of a trained mod__abuse (abuse.c), so that the server
 * neither trains at every start (a fifth of a second, and ~10 MB of
 * training buffers at its peak) nor reads a model another build of the
 * feature code would misread.
 *
 * How: mod_abuse_model_write trains from mod_config's abuse_train_* /
 * abuse_ham_* / abuse_idioms_* (abuse.c, the same code as at start) and
 * writes, as the spam model's file (engine.c) is written — little-endian
 * integers, reals as their 64-bit patterns, a checksum at the end:
 *   "CSABUSE1", u32 format 3, the build-time feature settings it was
 *   trained with (MOD__ABUSE_STEM, MOD__ABUSE_GRAM, the regression's
 *   bits: another build refuses the bytes), Fisher's parameters (s, most
 *   clues, least deviation), the comments learned (abusive, ham, per
 *   category), the regression's scale, bias and mix, the two tables'
 *   totals and entry counts, then the entries of the abuse-vs-ham table
 *   and of the category table, each sorted by hash (u64 hash, u32, u32),
 *   then the 2^bits 8-bit weights (16-bit ones in format 1), then the
 *   compounds whose words the model does not read (abuse_idioms.c; since
 *   format 2: they were a table in abuse.c before): u64 length and the
 *   folded words, "w w w\n" a compound, then mod__file_sum of all before
 *   it.  Format 3 (session 15): 8-bit weights and the compounds.
 * mod__abuse_load checks the checksum and every size against the length
 * it is given and copies what it keeps into the heap (the blob may sit
 * anywhere, in pages the caller gives back afterwards); the tables become
 * read-only sorted arrays (stat_frozen.c: 16 bytes a feature, no empty
 * slots, and a directory of hash ranges).
 *
 * Must never: read past len, accept bytes of another format, build
 * settings or checksum, or leave a half-built model behind on error. */
#include <stdlib.h>
#include <string.h>

#include "moderation/mod_int.h"

#define BLOB_MAGIC "CSABUSE1"
enum { BLOB_FORMAT = 3, ENTRY_BYTES = 16 };

/* ---- writing ------------------------------------------------------------ */

static void put_f64(util_buf *b, double v)
{
    uint64_t u;
    memcpy(&u, &v, sizeof u);
    mod__put_le(b, u, 8);
}

static mod_status put_table(util_buf *b, const mod_stat_backend *t, mod__triples *es)
{
    uint64_t x = 0, y = 0;
    mod_status st = t->vt->totals(t->ctx, &x, &y);
    if (st == MOD_OK) st = mod__triples_of(t, es);
    if (st != MOD_OK) return st;
    mod__put_le(b, x, 8);
    mod__put_le(b, y, 8);
    mod__put_le(b, es->n, 8);
    return MOD_OK;
}

static void put_entries(util_buf *b, const mod__triples *es)
{
    for (size_t i = 0; i < es->n; i++) {
        mod__put_le(b, es->v[i].h, 8);
        mod__put_le(b, es->v[i].s, 4);
        mod__put_le(b, es->v[i].m, 4);
    }
}

static mod_status write_model(util_buf *b, const mod__abuse *m)
{
    util_buf_append(b, BLOB_MAGIC, 8);
    mod__put_le(b, BLOB_FORMAT, 4);
    mod__put_le(b, MOD__ABUSE_STEM, 4);
    mod__put_le(b, MOD__ABUSE_GRAM, 4);
    mod__put_le(b, m->lr_bits, 4);
    put_f64(b, m->prm.s);
    mod__put_le(b, m->prm.max_clues, 8);
    put_f64(b, m->prm.min_dev);
    mod__put_le(b, m->nabuse, 8);
    mod__put_le(b, m->nham, 8);
    for (int c = 0; c < MOD__ABUSE_NCAT; c++) mod__put_le(b, m->ncat[c], 8);
    put_f64(b, m->qscale);
    put_f64(b, m->bias);
    put_f64(b, m->mix);
    mod__triples eb = {0}, ec = {0};
    mod_status st = put_table(b, m->bin, &eb);
    if (st == MOD_OK) st = put_table(b, m->cat, &ec);
    if (st == MOD_OK) {
        put_entries(b, &eb);
        put_entries(b, &ec);
        size_t nw = m->lr_bits ? (size_t)1 << m->lr_bits : 0;
        for (size_t i = 0; i < nw; i++) mod__put_le(b, (uint8_t)m->q[i], 1);
        mod__put_le(b, m->idioms.canon_len, 8);
        if (m->idioms.canon_len) util_buf_append(b, m->idioms.canon, m->idioms.canon_len);
        mod__put_le(b, mod__file_sum((const unsigned char *)b->data, b->len, MOD__ABUSE_BLOB_SEED), 8);
    }
    free(eb.v);
    free(ec.v);
    return st;
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
    util_buf b = {0};
    st = write_model(&b, m);
    mod__abuse_free(m);
    if (st == MOD_OK && (fwrite(b.data, 1, b.len, out) != b.len || fflush(out) != 0)) st = MOD_EIO;
    util_buf_free(&b);
    if (st != MOD_OK) snprintf(err, errlen, "abuse model: cannot write the model (%s)", mod_strerror(st));
    return st;
}

/* ---- reading ------------------------------------------------------------ */

typedef struct reader {
    const unsigned char *p;
    size_t left;
    bool ok;
} reader;

static uint64_t get(reader *r, int bytes)
{
    if (!r->ok || r->left < (size_t)bytes) {
        r->ok = false;
        return 0;
    }
    uint64_t v = mod__get_le(r->p, bytes);
    r->p += bytes;
    r->left -= (size_t)bytes;
    return v;
}

static double get_f64(reader *r)
{
    uint64_t u = get(r, 8);
    double v;
    memcpy(&v, &u, sizeof v);
    return v;
}

/* n entries, sorted by hash, into a read-only table with totals (x, y);
 * NULL (r->ok false) when they are cut short or out of order. */
static mod_stat_backend *get_table(reader *r, uint64_t n, uint64_t x, uint64_t y)
{
    if (!r->ok || n > r->left / ENTRY_BYTES) {
        r->ok = false;
        return NULL;
    }
    size_t k = n ? (size_t)n : 1;
    uint64_t *h = xmalloc(k * sizeof *h);
    uint32_t *a = xmalloc(k * sizeof *a), *b = xmalloc(k * sizeof *b);
    for (uint64_t i = 0; i < n; i++) {
        h[i] = get(r, 8);
        a[i] = (uint32_t)get(r, 4);
        b[i] = (uint32_t)get(r, 4);
    }
    mod_stat_backend *t = mod__stat_frozen_new(h, a, b, (size_t)n, x, y);   /* owns the arrays */
    if (t == NULL) r->ok = false;
    return t;
}

mod_status mod__abuse_load(const void *blob, size_t len, mod__abuse **out, char *err, size_t errlen)
{
    *out = NULL;
    const unsigned char *p = blob;
    if (len < 8 + 4 + 8 || memcmp(p, BLOB_MAGIC, 8) != 0 || mod__get_le(p + 8, 4) != BLOB_FORMAT) {
        snprintf(err, errlen, "abuse model: not a model file of this format");
        return MOD_EFORMAT;
    }
    if (mod__get_le(p + len - 8, 8) != mod__file_sum(p, len - 8, MOD__ABUSE_BLOB_SEED)) {
        snprintf(err, errlen, "abuse model: the model file is truncated or damaged (checksum)");
        return MOD_EFORMAT;
    }
    reader r = {p + 12, len - 12 - 8, true};
    uint32_t stem = (uint32_t)get(&r, 4), gram = (uint32_t)get(&r, 4), bits = (uint32_t)get(&r, 4);
    if (stem != MOD__ABUSE_STEM || gram != MOD__ABUSE_GRAM || (bits != 0 && bits != MOD__ABUSE_LR_BITS)) {
        snprintf(err, errlen, "abuse model: trained by a build with other feature settings "
                              "(stem %u, n-grams %u, 2^%u weights)", stem, gram, bits);
        return MOD_EFORMAT;
    }
    mod__abuse *m = xcalloc(1, sizeof *m);
    m->lr_bits = bits;
    m->prm.s = get_f64(&r);
    m->prm.max_clues = (size_t)get(&r, 8);
    m->prm.min_dev = get_f64(&r);
    m->nabuse = get(&r, 8);
    m->nham = get(&r, 8);
    for (int c = 0; c < MOD__ABUSE_NCAT; c++) m->ncat[c] = get(&r, 8);
    m->qscale = get_f64(&r);
    m->bias = get_f64(&r);
    m->mix = get_f64(&r);
    uint64_t bx = get(&r, 8), by = get(&r, 8), nb = get(&r, 8);
    uint64_t cx = get(&r, 8), cy = get(&r, 8), nc = get(&r, 8);
    m->bin = get_table(&r, nb, bx, by);
    m->cat = get_table(&r, nc, cx, cy);
    size_t nw = bits ? (size_t)1 << bits : 0;
    if (r.ok && nw) {
        if (r.left < nw) {
            r.ok = false;
        } else {
            m->q = xmalloc(nw * sizeof *m->q);
            for (size_t i = 0; i < nw; i++) m->q[i] = (int8_t)(uint8_t)get(&r, 1);
        }
    }
    uint64_t il = get(&r, 8);
    if (r.ok && (il > r.left || !mod__idioms_set(&m->idioms, (const char *)r.p, (size_t)il))) r.ok = false;
    if (r.ok) {
        r.p += il;
        r.left -= (size_t)il;
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
