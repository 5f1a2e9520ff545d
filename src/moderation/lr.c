/* lr.c — online logistic regression on hashed binary character n-grams:
 * the mail filter's tie-breaker beside Fisher's method (see mod_lr.h).
 *
 * How: a message's first max_bytes bytes are read as overlapping n-grams
 * of bytes (headers and body as they are); each n-gram is hashed (the
 * n bytes as one 64-bit word through a 64-bit finalizer, the top `bits`
 * bits) to one of 2^bits float weights; each weight counts once per
 * message (binary features: a set of the indices seen).  Optionally the
 * model also reads orthogonal sparse bigrams (OSB, as CRM114 and rspamd):
 * the message's first bytes split at white space and control bytes into
 * words, each word paired with each of the `osb` words before it, the
 * pair's distance part of its hash, into the same weights (a message
 * keeps at most LR_MAX_FEATS distinct features: every n-gram, then the
 * pairs that fit).  The log-odds are the bias plus the weights of those indices; learning is
 * one gradient step on the log-loss per message, equal for every feature
 * of it.  The model file holds the weight array itself, so classify maps
 * it read-only and scores in place (copied out on the first learning).
 *
 * Optionally (tail > 0) the n-grams of the message's last `tail` bytes
 * after the first max_bytes are features too, salted so that they differ
 * from the same bytes at the start.
 *
 * File (version 2), little-endian: "CSLR", u32 version, u32 bits, u32
 * ngram, u32 max_bytes, u32 osb (0: no word pairs), u32 tail (0: none),
 * u32 zero, u64 learned, f64 bias (48 bytes), 2^bits f32 weights, u64
 * checksum of everything before it (mod__file_sum, the spam model's
 * checksum, seeded with MOD__LR_SUM_SEED).  Version 1 (still read) had no
 * tail and no zero field (40-byte header).
 *
 * Must never: read past max_bytes or the message, use a file whose shape,
 * size or checksum is wrong, write into a mapped model, or produce NaN
 * from finite input (weights and the bias are kept finite by clamping). */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "moderation/mod_int.h"
#include "moderation/mod_lr.h"

#define LR_MAGIC "CSLR"
#define LR_HDR_V1 40u
#define LR_HDR 48u                           /* version 2 */
#define LR_MAX_FEATS (1u << 14)              /* features kept per message */
#define LR_SET_BITS 15                       /* the set of them, at most half full */
#define LR_EMPTY UINT32_MAX
#define LR_BITMAP_BITS 20                    /* up to 2^20 weights: a 128 KiB bitmap of the features seen */
#define LR_WMAX 1e6f                         /* weights and bias clamped to ±this */
#define LR_TAIL_SALT 0x7A11B17E5A17ED00ULL   /* a tail n-gram is not the same n-gram at the start */
_Static_assert((1u << LR_SET_BITS) >= 2u * LR_MAX_FEATS, "the feature set is at most half full");
_Static_assert(LR_MAX_FEATS >= MOD__LR_MAX_BYTES + MOD__LR_MAX_TAIL, "every n-gram of the bytes read is kept");
_Static_assert(sizeof(float) == 4, "weights are 32-bit floats on disk");

struct mod__lr {
    unsigned bits, ngram, max_bytes, osb, tail;
    uint64_t learned;
    double bias;
    float *w;           /* 2^bits weights: heap, or inside map (read-only) */
    void *map;          /* the file's mapping when loaded, else NULL */
    size_t map_len;
};

static bool shape_ok(unsigned bits, unsigned ngram, unsigned max_bytes, unsigned osb, unsigned tail,
                     char *err, size_t errlen)
{
    if (bits < MOD__LR_MIN_BITS || bits > MOD__LR_MAX_BITS || ngram < MOD__LR_MIN_NGRAM ||
        ngram > MOD__LR_MAX_NGRAM || max_bytes < ngram || max_bytes > MOD__LR_MAX_BYTES ||
        osb > MOD__LR_MAX_OSB || (tail != 0 && tail < ngram) || tail > MOD__LR_MAX_TAIL) {
        if (err && errlen)
            snprintf(err, errlen,
                     "n-gram model shape out of range: bits %u (%d-%d), n-gram %u (%d-%d), bytes %u "
                     "(n-gram-%d), word pairs %u (0-%d), tail bytes %u (0 or n-gram-%d)",
                     bits, MOD__LR_MIN_BITS, MOD__LR_MAX_BITS, ngram, MOD__LR_MIN_NGRAM,
                     MOD__LR_MAX_NGRAM, max_bytes, MOD__LR_MAX_BYTES, osb, MOD__LR_MAX_OSB, tail,
                     MOD__LR_MAX_TAIL);
        return false;
    }
    return true;
}

mod__lr *mod__lr_new_tail(unsigned bits, unsigned ngram, unsigned max_bytes, unsigned osb,
                          unsigned tail, char *err, size_t errlen)
{
    if (!shape_ok(bits, ngram, max_bytes, osb, tail, err, errlen)) return NULL;
    mod__lr *m = xcalloc(1, sizeof *m);
    m->bits = bits;
    m->ngram = ngram;
    m->max_bytes = max_bytes;
    m->osb = osb;
    m->tail = tail;
    m->w = xcalloc((size_t)1 << bits, sizeof *m->w);
    return m;
}

mod__lr *mod__lr_new(unsigned bits, unsigned ngram, unsigned max_bytes, unsigned osb, char *err,
                     size_t errlen)
{
    return mod__lr_new_tail(bits, ngram, max_bytes, osb, 0, err, errlen);
}

unsigned mod__lr_tail(const mod__lr *m)
{
    return m->tail;
}

void mod__lr_free(mod__lr *m)
{
    if (m == NULL) return;
    if (m->map) munmap(m->map, m->map_len);
    else free(m->w);
    free(m);
}

void mod__lr_shape(const mod__lr *m, unsigned *bits, unsigned *ngram, unsigned *max_bytes,
                   unsigned *osb, uint64_t *learned)
{
    if (osb) *osb = m->osb;
    if (bits) *bits = m->bits;
    if (ngram) *ngram = m->ngram;
    if (max_bytes) *max_bytes = m->max_bytes;
    if (learned) *learned = m->learned;
}


/* Scratch of one message's features: their indices and the set of them:
 * a bitmap of the 2^bits indices when that is small (bits <=
 * LR_BITMAP_BITS), else a hash set. */
typedef struct scratch {
    uint32_t idx[LR_MAX_FEATS];
    uint64_t *seen;     /* the bitmap, or NULL: set */
    size_t n;
    uint32_t set[];     /* 2^LR_SET_BITS slots when seen is NULL */
} scratch;

/* Adds weight index x to the features unless it is there already. */
static void add(scratch *sc, uint32_t x)
{
    if (sc->n == LR_MAX_FEATS) return;
    if (sc->seen) {
        uint64_t bit = (uint64_t)1 << (x & 63);
        if (!(sc->seen[x >> 6] & bit)) {
            sc->seen[x >> 6] |= bit;
            sc->idx[sc->n++] = x;
        }
        return;
    }
    uint32_t s = (uint32_t)(mod__mix((uint64_t)x + 0x9E3779B97F4A7C15ULL) >> (64 - LR_SET_BITS));
    for (;;) {
        if (sc->set[s] == LR_EMPTY) {
            sc->set[s] = x;
            sc->idx[sc->n++] = x;
            return;
        }
        if (sc->set[s] == x) return;
        s = (s + 1) & ((1u << LR_SET_BITS) - 1);
    }
}

static void scratch_free(scratch *sc)
{
    free(sc->seen);
    free(sc);
}

/* The distinct weight indices of the message's n-grams (and word pairs),
 * in the order first seen, into sc (malloc'd; scratch_free). */
static scratch *grams(const mod__lr *m, const char *msg, size_t len)
{
    scratch *sc;
    if (m->bits <= LR_BITMAP_BITS) {
        sc = xmalloc(sizeof *sc);
        sc->seen = xcalloc((size_t)1 << (m->bits - 6), sizeof *sc->seen);
    } else {
        sc = xmalloc(sizeof *sc + ((size_t)1 << LR_SET_BITS) * sizeof(uint32_t));
        memset(sc->set, 0xff, ((size_t)1 << LR_SET_BITS) * sizeof(uint32_t));
        sc->seen = NULL;
    }
    sc->n = 0;
    const unsigned char *p = (const unsigned char *)msg;
    const uint64_t mask = m->ngram >= 8 ? UINT64_MAX : ((uint64_t)1 << (8 * m->ngram)) - 1;
    const unsigned shift = 64 - m->bits;
    if (m->tail > 0 && len > m->max_bytes) {   /* the last bytes after the first max_bytes */
        size_t from = len - m->max_bytes > m->tail ? len - m->tail : m->max_bytes;
        uint64_t win = 0;
        for (size_t i = from; i < len; i++) {
            win = ((win << 8) | p[i]) & mask;
            if (i + 1 - from >= m->ngram) add(sc, (uint32_t)(mod__mix(win ^ LR_TAIL_SALT) >> shift));
        }
    }
    if (len > m->max_bytes) len = m->max_bytes;
    uint64_t win = 0;
    for (size_t i = 0; i < len; i++) {
        win = ((win << 8) | p[i]) & mask;
        if (i + 1 >= m->ngram) add(sc, (uint32_t)(mod__mix(win) >> shift));
    }
    if (m->osb == 0) return sc;
    uint64_t prev[MOD__LR_MAX_OSB];   /* hashes of the last words, prev[nw % osb] the oldest */
    size_t nw = 0, i = 0;
    while (i < len) {
        while (i < len && p[i] <= ' ') i++;
        if (i == len) break;
        uint64_t h = 0xcbf29ce484222325ULL;   /* FNV-1a */
        for (; i < len && p[i] > ' '; i++) h = (h ^ p[i]) * 0x100000001b3ULL;
        for (unsigned d = 1; d <= m->osb && d <= nw; d++) {
            uint64_t w = prev[(nw - d) % m->osb];
            add(sc, (uint32_t)(mod__mix(w * 0xC2B2AE3D27D4EB4FULL + h + d * 0x9E3779B97F4A7C15ULL) >> shift));
        }
        prev[nw % m->osb] = h;
        nw++;
    }
    return sc;
}

static double sum_of(const mod__lr *m, const uint32_t *idx, size_t n)
{
    double z = m->bias;
    for (size_t i = 0; i < n; i++) z += m->w[idx[i]];
    return z;
}

double mod__lr_score(const mod__lr *m, const char *msg, size_t len)
{
    scratch *sc = grams(m, msg, len);
    double z = sum_of(m, sc->idx, sc->n);
    scratch_free(sc);
    return z;
}

static double sigmoid(double z)
{
    return z >= 0 ? 1.0 / (1.0 + exp(-z)) : exp(z) / (1.0 + exp(z));
}

static float clampf(double v)
{
    return v > LR_WMAX ? LR_WMAX : v < -LR_WMAX ? -LR_WMAX : isnan(v) ? 0.0f : (float)v;
}

void mod__lr_learn(mod__lr *m, const char *msg, size_t len, bool spam, double rate)
{
    if (m->map) {   /* copy-on-learn: the mapping is read-only */
        size_t bytes = ((size_t)1 << m->bits) * sizeof *m->w;
        float *w = xmalloc(bytes);
        memcpy(w, m->w, bytes);
        munmap(m->map, m->map_len);
        m->map = NULL;
        m->map_len = 0;
        m->w = w;
    }
    scratch *sc = grams(m, msg, len);
    double g = rate * ((spam ? 1.0 : 0.0) - sigmoid(sum_of(m, sc->idx, sc->n)));
    for (size_t i = 0; i < sc->n; i++) m->w[sc->idx[i]] = clampf((double)m->w[sc->idx[i]] + g);
    scratch_free(sc);
    m->bias = clampf(m->bias + g);
    m->learned++;
}

double mod__lr_combine(double fisher, double z, double weight, double temp)
{
    return (1.0 - weight) * fisher + weight * sigmoid(z / temp);
}

double mod__lr_mix(double fisher, double z, double a, double eps)
{
    if (!(eps > 0)) eps = 1e-300;
    if (eps > 0.5) eps = 0.5;
    double f = isnan(fisher) ? 0.5 : fisher < eps ? eps : fisher > 1.0 - eps ? 1.0 - eps : fisher;
    double lf = log(f / (1.0 - f));
    if (isnan(z)) z = 0;
    return sigmoid(a * lf + (1.0 - a) * z);
}

/* ---- the file ------------------------------------------------------------------ */

static void put_le(unsigned char *p, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++) p[i] = (unsigned char)(v >> (8 * i));
}

/* True when every weight of the little-endian array is within ±LR_WMAX
 * (not NaN). */
static bool weights_ok(const unsigned char *p, size_t n)
{
    bool ok = true;
    for (size_t i = 0; i < n; i++) {
        uint32_t u;
        memcpy(&u, p + 4 * i, 4);
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
        u = __builtin_bswap32(u);
#endif
        float f;
        memcpy(&f, &u, 4);
        ok &= f >= -LR_WMAX && f <= LR_WMAX;
    }
    return ok;
}

static void put_weights(unsigned char *p, const float *w, size_t n)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(p, w, n * 4);
#else
    for (size_t i = 0; i < n; i++) {
        uint32_t u;
        memcpy(&u, &w[i], 4);
        put_le(p + 4 * i, u, 4);
    }
#endif
}

mod_status mod__lr_save(const mod__lr *m, const char *path, char *err, size_t errlen)
{
    size_t nw = (size_t)1 << m->bits;
    size_t len = LR_HDR + nw * 4 + 8;
    unsigned char *b = xcalloc(1, len);
    memcpy(b, LR_MAGIC, 4);
    put_le(b + 4, MOD__LR_VERSION, 4);
    put_le(b + 8, m->bits, 4);
    put_le(b + 12, m->ngram, 4);
    put_le(b + 16, m->max_bytes, 4);
    put_le(b + 20, m->osb, 4);
    put_le(b + 24, m->tail, 4);   /* b + 28: 4 zero bytes */
    put_le(b + 32, m->learned, 8);
    uint64_t bias;
    memcpy(&bias, &m->bias, 8);
    put_le(b + 40, bias, 8);
    put_weights(b + LR_HDR, m->w, nw);
    put_le(b + len - 8, mod__file_sum(b, len - 8, MOD__LR_SUM_SEED), 8);
    mod_status st = util_write_file(path, b, len, err, errlen) ? MOD_OK : MOD_EIO;
    free(b);
    return st;
}

mod__lr *mod__lr_load(const char *path, bool *missing, char *err, size_t errlen)
{
    if (missing) *missing = false;
    mod__lr *m = NULL;
    void *map = MAP_FAILED;
    size_t len = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (missing) *missing = errno == ENOENT;
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0 || sb.st_size < (off_t)(LR_HDR_V1 + 8)) {
        snprintf(err, errlen, "%s: not an n-gram model (too short)", path);
        goto done;
    }
    len = (size_t)sb.st_size;
    map = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (map == MAP_FAILED) {
        snprintf(err, errlen, "%s: cannot map: %s", path, strerror(errno));
        goto done;
    }
    const unsigned char *p = map;
    if (memcmp(p, LR_MAGIC, 4) != 0) {
        snprintf(err, errlen, "%s: not an n-gram model (bad magic)", path);
        goto done;
    }
    uint32_t ver = (uint32_t)mod__get_le(p + 4, 4);
    if (ver != 1 && ver != MOD__LR_VERSION) {
        snprintf(err, errlen, "%s: n-gram model version %u, this build reads versions 1 and %u", path,
                 ver, MOD__LR_VERSION);
        goto done;
    }
    /* version 1: no tail field, the counters 8 bytes earlier */
    const size_t hdr = ver == 1 ? LR_HDR_V1 : LR_HDR, at = ver == 1 ? 24 : 32;
    if (len < hdr + 8) {
        snprintf(err, errlen, "%s: not an n-gram model (too short)", path);
        goto done;
    }
    unsigned bits = (unsigned)mod__get_le(p + 8, 4), ngram = (unsigned)mod__get_le(p + 12, 4),
             max_bytes = (unsigned)mod__get_le(p + 16, 4), osb = (unsigned)mod__get_le(p + 20, 4),
             tail = ver == 1 ? 0 : (unsigned)mod__get_le(p + 24, 4);
    char e2[240];
    if (!shape_ok(bits, ngram, max_bytes, osb, tail, e2, sizeof e2)) {
        snprintf(err, errlen, "%s: %s", path, e2);
        goto done;
    }
    if (ver != 1 && mod__get_le(p + 28, 4) != 0) {
        snprintf(err, errlen, "%s: n-gram model header has non-zero padding", path);
        goto done;
    }
    size_t nw = (size_t)1 << bits;
    if (len != hdr + nw * 4 + 8) {
        snprintf(err, errlen, "%s: n-gram model is truncated or has trailing bytes", path);
        goto done;
    }
    if (mod__get_le(p + len - 8, 8) != mod__file_sum(p, len - 8, MOD__LR_SUM_SEED)) {
        snprintf(err, errlen, "%s: n-gram model checksum mismatch (corrupted file)", path);
        goto done;
    }
    uint64_t bias = mod__get_le(p + at + 8, 8);
    double b;
    memcpy(&b, &bias, 8);
    if (!(b >= -LR_WMAX && b <= LR_WMAX)) {
        snprintf(err, errlen, "%s: n-gram model has a bias out of range", path);
        goto done;
    }
    if (!weights_ok(p + hdr, nw)) {
        snprintf(err, errlen, "%s: n-gram model has a weight out of range", path);
        goto done;
    }
    m = xcalloc(1, sizeof *m);
    m->bits = bits;
    m->ngram = ngram;
    m->max_bytes = max_bytes;
    m->osb = osb;
    m->tail = tail;
    m->learned = mod__get_le(p + at, 8);
    m->bias = b;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    m->w = (float *)(void *)(p + hdr);   /* 8-aligned in a page-aligned mapping */
    m->map = map;
    m->map_len = len;
    map = MAP_FAILED;
#else
    m->w = xmalloc(nw * sizeof *m->w);
    for (size_t i = 0; i < nw; i++) {
        uint32_t u = (uint32_t)mod__get_le(p + hdr + 4 * i, 4);
        memcpy(&m->w[i], &u, 4);
    }
#endif
done:
    if (map != MAP_FAILED) munmap(map, len);
    close(fd);
    return m;
}
