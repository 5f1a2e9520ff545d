/* cli.c — `causerie train` and `causerie classify`: the spam classifier on
 * mail files (RFC 822) and plain text files, so it can be trained on and
 * measured against public corpora such as SpamAssassin's.
 *
 * How: every path is a file or a directory (its regular files, sorted,
 * dot files skipped); each file is parsed by mod_mail_parse() and learned or
 * classified through a policy-less mod_engine with the classifier
 * parameters chosen for mail.  Training ends with train-on-error passes
 * and drops the features seen in a single message; the model file is the
 * binary format of mod_engine_save_model().  Files are read with one
 * openat (relative to their directory) and one read into a reused buffer,
 * each message in its own arena.  classify runs worker threads (one per
 * core by default) that take files from a shared counter and start on them
 * while the main thread loads the model; the results are printed in the
 * order of the files.
 *
 * Beside the Fisher model FILE, train writes FILE.lr: the character n-gram
 * logistic regression of mod_lr.h, trained after the train-on-error passes
 * by a few passes of stochastic gradient descent over the raw bytes of the
 * learned files (in an order shuffled by a fixed seed: the same files give
 * the same model).  classify maps it and, when Fisher's probability f is
 * not already certain (in [0.0001, 0.9999] by default: ~10 % of mail), scores
 * the message with it too and answers σ(a·logit f + (1 - a)·z), the two
 * log-odds averaged (a = 0.4; --lr-blend: the earlier linear blend
 * (1 - w)·f + w·σ(z/T)).  Without FILE.lr (models of older builds,
 * --lr-passes 0) or with --no-lr classify is Fisher alone.
 *
 * Must never: overwrite the model when training failed half-way, exit
 * with 0 after an error, or print the results in another order than the
 * files'. */
#include <dirent.h>
#include <malloc.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "moderation/mod_int.h"
#include "moderation/mod_lr.h"

#define DEFAULT_MODEL "causerie-model.bin"
#ifndef DEFAULT_PASSES
#define DEFAULT_PASSES 3
#endif
#define DEFAULT_HAM_HI 0.05
#define DEFAULT_SPAM_LO 0.95
#ifndef DEFAULT_MIN_COUNT
#define DEFAULT_MIN_COUNT 2
#endif

/* Classifier parameters for mail, chosen by 5-fold cross-validation inside
 * the training part of the bench-spam split (bench/spam/cv.sh); the
 * engine's defaults are for short comments. */
typedef struct mail_prm {
    double s, min_dev;
    int clues;
} mail_prm;

static const mail_prm MAIL_PRM = {.s = 0.5, .min_dev = 0.1, .clues = 15};

/* The n-gram regression (mod_lr.h), chosen by the same cross-validation:
 * binary byte 5-grams and word pairs up to 4 words apart (OSB, window 5)
 * of the first 2 500 bytes hashed to 2^18 weights (a 1 MiB file: 2^20
 * gave the same errors and loads slower), 5 passes at rate 0.01.  When
 * Fisher's probability lies in [1e-4, 1 - 1e-4] the answer is the average
 * of the two log-odds, Fisher's weighing 0.4 (chosen for the fewest
 * out-of-fold false negatives at a cut-off passing at most one of the
 * 3,310 training ham; docs/moderation.md).  The blend of earlier builds
 * (--lr-blend): weight 0.2, temperature 4, band [0.3, 0.7]. */
typedef struct lr_prm {
    unsigned bits, ngram, bytes, osb, tail;
    int passes;
    double rate, ham_weight, decay;   /* pass p's step: rate / (1 + decay·p), × ham_weight for ham */
    double weight, temp, lo, hi;
    double mix;                       /* >= 0: mod__lr_mix with Fisher's weight mix; < 0: blend */
    uint64_t seed;                    /* of the passes' shuffle */
} lr_prm;

static const lr_prm LR_PRM = {.bits = 18, .ngram = 5, .bytes = 2500, .osb = 4, .passes = 5, .rate = 0.01,
                              .ham_weight = 1, .decay = 0, .weight = 0.2, .temp = 4, .lo = 1e-4,
                              .hi = 1 - 1e-4, .mix = 0.4, .seed = 0x5EED5EED5EED5EEDULL};

/* Fisher's probability is clamped to [MIX_EPS, 1 - MIX_EPS] before its
 * log-odds are averaged with the regression's (mod__lr_mix). */
#define MIX_EPS 1e-6

/* The n-gram model's file beside the model file (malloc'd). */
static char *lr_path(const char *model)
{
    size_t n = strlen(model) + 4;
    char *p = xmalloc(n);
    snprintf(p, n, "%s.lr", model);
    return p;
}

static bool num_arg(const char *s, double lo, double hi, bool integer, double *out)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || !(v >= lo && v <= hi) || (integer && v != (double)(long)v)) return false;
    *out = v;
    return true;
}

/* The n-gram model's options (for experiments such as bench/spam/cv.sh):
 * train: --lr-passes N --lr-rate R --lr-ngram N --lr-bits B --lr-bytes N --lr-osb K;
 * classify: --lr-weight W --lr-temp T --lr-band LO HI.  Returns the
 * number of values consumed + 1 when argv[*i] was one of them (*i moved
 * past its values), 0 when not, -1 (message printed) when a value is bad. */
static int lr_option(const char *cmd, bool train, int argc, char **argv, int *i, lr_prm *p)
{
    static const struct {
        const char *name;
        bool train;
        int nval;
        double lo, hi;
        bool integer;
    } opts[] = {
        {"--lr-passes", true, 1, 0, 100, true},
        {"--lr-rate", true, 1, 1e-6, 10, false},
        {"--lr-ngram", true, 1, MOD__LR_MIN_NGRAM, MOD__LR_MAX_NGRAM, true},
        {"--lr-bits", true, 1, MOD__LR_MIN_BITS, MOD__LR_MAX_BITS, true},
        {"--lr-bytes", true, 1, MOD__LR_MIN_NGRAM, MOD__LR_MAX_BYTES, true},
        {"--lr-osb", true, 1, 0, MOD__LR_MAX_OSB, true},
        {"--lr-weight", false, 1, 0, 1, false},
        {"--lr-temp", false, 1, 1e-3, 1e6, false},
        {"--lr-band", false, 2, 0, 1, false},
        {"--lr-ham-weight", true, 1, 0.01, 100, false},
        {"--lr-decay", true, 1, 0, 100, false},
        {"--lr-mix", false, 1, 0, 1, false},
        {"--lr-blend", false, 0, 0, 0, false},
        {"--lr-seed", true, 1, 0, 4294967295.0, true},
        {"--lr-tail", true, 1, 0, MOD__LR_MAX_TAIL, true},
    };
    const char *o = argv[*i];
    for (size_t k = 0; k < sizeof opts / sizeof *opts; k++) {
        if (strcmp(o, opts[k].name) != 0 || opts[k].train != train) continue;
        if (*i + opts[k].nval >= argc) {
            fprintf(stderr, "causerie %s: %s needs %d value%s\n", cmd, o, opts[k].nval,
                    opts[k].nval > 1 ? "s" : "");
            return -1;
        }
        double v[2];
        for (int a = 0; a < opts[k].nval; a++) {
            if (!num_arg(argv[*i + 1 + a], opts[k].lo, opts[k].hi, opts[k].integer, &v[a])) {
                fprintf(stderr, "causerie %s: bad value for %s: %s\n", cmd, o, argv[*i + 1 + a]);
                return -1;
            }
        }
        switch (k) {
        case 0: p->passes = (int)v[0]; break;
        case 1: p->rate = v[0]; break;
        case 2: p->ngram = (unsigned)v[0]; break;
        case 3: p->bits = (unsigned)v[0]; break;
        case 4: p->bytes = (unsigned)v[0]; break;
        case 5: p->osb = (unsigned)v[0]; break;
        case 6: p->weight = v[0]; break;
        case 7: p->temp = v[0]; break;
        case 8:
            if (v[0] > v[1]) {
                fprintf(stderr, "causerie %s: --lr-band LO HI needs LO <= HI\n", cmd);
                return -1;
            }
            p->lo = v[0];
            p->hi = v[1];
            break;
        case 9: p->ham_weight = v[0]; break;
        case 10: p->decay = v[0]; break;
        case 11: p->mix = v[0]; break;
        case 12: p->mix = -1; break;   /* --lr-blend */
        case 13: p->seed = 0x5EED5EED5EED5EEDULL ^ (uint64_t)v[0]; break;   /* 0: the default order */
        default: p->tail = (unsigned)v[0];   /* --lr-tail */
        }
        *i += opts[k].nval;
        return opts[k].nval + 1;
    }
    return 0;
}

/* True (message printed) when o is one of train's or classify's own
 * options that take values and the command line ends before them (the
 * options of lr_option and prm_option say so themselves). */
static bool value_missing(const char *cmd, const char *o)
{
    static const char *const with_value[] = {"--model", "--threshold", "--threads",
                                             "--passes", "--tune", "--min-count"};
    for (size_t k = 0; k < sizeof with_value / sizeof *with_value; k++) {
        if (strcmp(o, with_value[k]) == 0) {
            fprintf(stderr, "causerie %s: %s needs %s\n", cmd, o,
                    strcmp(o, "--tune") == 0 ? "two values (HAM_MAX SPAM_MIN)" : "a value");
            return true;
        }
    }
    return false;
}

static void mail_params(mod_config *c, const mail_prm *p)
{
    c->robinson_s = p->s;
    c->max_clues = p->clues;
    c->min_dev = p->min_dev;
}

/* --robinson-s S, --clues N, --min-dev D (for experiments such as
 * bench/spam/cv.sh).  Returns 1 when argv[*i] was one of them (consumed),
 * 0 when it was not, -1 (message printed) when its value is bad. */
static int prm_option(const char *cmd, int argc, char **argv, int *i, mail_prm *p)
{
    const char *o = argv[*i];
    if (strcmp(o, "--robinson-s") != 0 && strcmp(o, "--clues") != 0 && strcmp(o, "--min-dev") != 0)
        return 0;
    if (*i + 1 >= argc) {
        fprintf(stderr, "causerie %s: %s needs a value\n", cmd, o);
        return -1;
    }
    char *end;
    double v = strtod(argv[++*i], &end);
    bool ok = *end == '\0' && end != argv[*i];
    if (strcmp(o, "--robinson-s") == 0 && ok && v > 0 && v <= 100) p->s = v;
    else if (strcmp(o, "--clues") == 0 && ok && v >= 1 && v <= 100000 && v == (int)v) p->clues = (int)v;
    else if (strcmp(o, "--min-dev") == 0 && ok && v >= 0 && v < 0.5) p->min_dev = v;
    else {
        fprintf(stderr, "causerie %s: bad value for %s: %s\n", cmd, o, argv[*i]);
        return -1;
    }
    return 1;
}

/* Files to read: v[i] is the path shown, opened as name[i] relative to
 * the directory descriptor dfd[i] (AT_FDCWD or one of dirs, kept open so
 * the kernel does not walk the directory's path again for every file). */
typedef struct pathlist {
    char **v;
    const char **name;
    int *dfd;
    size_t n, cap;
    int *dirs;
    size_t ndirs;
} pathlist;

static void pl_push(pathlist *l, char *s, int dfd, const char *name)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
        l->name = xrealloc(l->name, l->cap * sizeof *l->name);
        l->dfd = xrealloc(l->dfd, l->cap * sizeof *l->dfd);
    }
    l->v[l->n] = s;
    l->name[l->n] = name;
    l->dfd[l->n] = dfd;
    l->n++;
}

static void pl_free(pathlist *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    for (size_t i = 0; i < l->ndirs; i++) close(l->dirs[i]);
    free(l->v);
    free(l->name);
    free(l->dfd);
    free(l->dirs);
}

/* Expands path into files; false (with a message) if it does not exist. */
static bool expand(const char *path, pathlist *out)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "causerie: %s: no such file or directory\n", path);
        return false;
    }
    if (!S_ISDIR(st.st_mode)) {
        char *p = xstrdup(path);
        pl_push(out, p, AT_FDCWD, p);
        return true;
    }
    struct dirent **names;
    int n = scandir(path, &names, NULL, alphasort);
    if (n < 0) {
        fprintf(stderr, "causerie: %s: cannot read directory\n", path);
        return false;
    }
    int dfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        out->dirs = xrealloc(out->dirs, (out->ndirs + 1) * sizeof *out->dirs);
        out->dirs[out->ndirs++] = dfd;
    }
    size_t pl = strlen(path);
    for (int i = 0; i < n; i++) {
        if (names[i]->d_name[0] != '.') {
            size_t l = pl + strlen(names[i]->d_name) + 2;
            char *p = xmalloc(l);
            snprintf(p, l, "%s/%s", path, names[i]->d_name);
            /* the directory entry's type when the file system gives it
             * (no stat per file), else a stat; symbolic links are followed */
            unsigned char t = names[i]->d_type;
            if (t == DT_REG || ((t == DT_UNKNOWN || t == DT_LNK) && stat(p, &st) == 0 && S_ISREG(st.st_mode)))
                pl_push(out, p, dfd >= 0 ? dfd : AT_FDCWD, dfd >= 0 ? p + pl + 1 : p);
            else free(p);
        }
        free(names[i]);
    }
    free(names);
    return true;
}

static void usage_train(void)
{
    fprintf(stderr,
            "usage: causerie train [--model FILE] [--reset] (--spam|--ham) FILE|DIR ...\n"
            "  Learns mail (RFC 822) or plain text files as spam or ham; --spam and --ham\n"
            "  apply to the paths after them.  The model (default " DEFAULT_MODEL ") is\n"
            "  loaded first unless --reset, and written back at the end.\n"
            "  --passes N            train-on-error passes after learning (default 3)\n"
            "  --tune HAM_MAX SPAM_MIN  relearn ham above / spam below these (0.05 0.95)\n"
            "  --min-count N         drop features seen in fewer messages (default 2)\n"
            "  --robinson-s S --clues N --min-dev D  classifier parameters (0.5 15 0.1)\n"
            "  --lr-passes N         passes of the n-gram regression, written to FILE.lr\n"
            "                        (default 5; 0: none, and --reset removes FILE.lr)\n"
            "  --lr-rate R --lr-ngram N --lr-bits B --lr-bytes N --lr-osb K  its learning\n"
            "                        rate, n-gram length, 2^B weights, bytes read per file, word\n"
            "                        pairs up to K apart (0.01 5 18 2500 4)\n"
            "  --lr-tail N           also the n-grams of each file's last N bytes (default 0)\n"
            "  --lr-ham-weight W     ham's steps W times spam's (default 1)\n"
            "  --lr-decay D          pass p's rate: R / (1 + D·p) (default 0)\n"
            "  --lr-seed N           another order of the files in the passes (default 0)\n");
}

/* Reads a whole file (name relative to the directory dfd, path for
 * messages) into *buf (grown as needed, reused from call to call,
 * NUL-terminated); one open, one fstat, usually one read: the size fstat
 * gave is read, or up to the end when it gave none.  False with a message
 * in err, also for a file larger than MAX_MESSAGE_BYTES (a device that
 * never ends, a whole mailbox). */
#define MAX_MESSAGE_BYTES (64u << 20) /* a mail or a text; /dev/zero would never end */

static bool slurp(int dfd, const char *name, const char *path, char **buf, size_t *cap, size_t *len,
                  char *err, size_t errlen)
{
    int fd = openat(dfd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return false;
    }
    struct stat st;
    size_t want = fstat(fd, &st) == 0 && st.st_size > 0 ? (size_t)st.st_size : 0;
    size_t n = 0;
    for (;;) {
        if (n > MAX_MESSAGE_BYTES || want > MAX_MESSAGE_BYTES) {
            snprintf(err, errlen, "%s: larger than %u MiB: not one message (an mbox? split it)",
                     path, MAX_MESSAGE_BYTES >> 20);
            close(fd);
            return false;
        }
        if (*cap < n + want + 2 || *cap - n < 4096) {
            size_t c = *cap ? *cap : 65536;
            while (c < n + want + 2 || c - n < 4096) c *= 2;
            *buf = xrealloc(*buf, c);
            *cap = c;
        }
        ssize_t r = read(fd, *buf + n, *cap - n - 1);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            snprintf(err, errlen, "%s: read error: %s", path, strerror(errno));
            close(fd);
            return false;
        }
        if (r == 0) break;
        n += (size_t)r;
        if (want > 0 && n >= want) break;   /* all fstat announced */
    }
    close(fd);
    (*buf)[n] = '\0';
    *len = n;
    return true;
}

/* One learned file: kept for the train-on-error passes. */
typedef struct learned_file {
    char *path;
    bool spam;
} learned_file;

/* Classifies path with the current model; *p gets the probability. */
static mod_status prob_of(mod_engine *e, const char *path, util_arena *a, mod_input *in, double *p,
                          char **buf, size_t *cap, char *err, size_t errlen)
{
    size_t len;
    if (!slurp(AT_FDCWD, path, path, buf, cap, &len, err, errlen)) return MOD_EIO;
    memset(in, 0, sizeof *in);
    in->ms_since_load = -1;
    mod_mail_parse(*buf, len, a, in);
    return mod_classify(e, in, a, p, NULL, NULL, 0);
}

/* Train-on-error passes (TUNE, as in bogofilter/DSPAM and SpamBayes'
 * "train to exhaustion"): after the corpus was learned once, each pass
 * classifies every learned file again and learns once more each one that
 * is not clearly on its side (spam below spam_lo, ham above ham_hi), until a
 * pass finds none or after `passes` passes.  Returns MOD_OK or the error. */
static mod_status tune(mod_engine *e, const learned_file *files, size_t n, int passes,
                       double ham_hi, double spam_lo, char *err, size_t errlen)
{
    util_arena *a = util_arena_new();
    char *buf = NULL;
    size_t cap = 0;
    mod_status st = MOD_OK;
    for (int pass = 0; pass < passes; pass++) {
        size_t relearned = 0;
        for (size_t k = 0; k < n; k++) {
            mod_input in;
            double p;
            st = prob_of(e, files[k].path, a, &in, &p, &buf, &cap, err, errlen);
            if (st == MOD_EIO) goto done;
            if (st != MOD_OK) {
                snprintf(err, errlen, "%s: %s", files[k].path, mod_strerror(st));
                goto done;
            }
            if ((files[k].spam && p < spam_lo) || (!files[k].spam && p > ham_hi)) {
                st = mod_train(e, &in, files[k].spam);
                if (st != MOD_OK) {
                    snprintf(err, errlen, "%s: %s", files[k].path, mod_strerror(st));
                    goto done;
                }
                relearned++;
            }
            util_arena_free(a);   /* one arena per message */
            a = util_arena_new();
        }
        fprintf(stderr, "causerie train: tuning pass %d re-learned %zu of %zu\n", pass + 1,
                relearned, n);
        if (relearned == 0) break;
    }
done:
    util_arena_free(a);
    free(buf);
    return st;
}

/* splitmix64: the fixed-seed shuffle of the n-gram passes */
static uint64_t next_rand(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* The n-gram regression's passes over the learned files: each pass visits
 * them in a new order (Fisher-Yates with a fixed seed, so the same files
 * give the same model) and takes one gradient step per file.  Returns
 * false with a message in err when a file cannot be read. */
static bool train_lr(mod__lr *m, const learned_file *files, size_t n, const lr_prm *lp, char *err,
                     size_t errlen)
{
    int passes = lp->passes;
    size_t *ord = xmalloc((n ? n : 1) * sizeof *ord);
    for (size_t k = 0; k < n; k++) ord[k] = k;
    uint64_t seed = lp->seed;
    char *buf = NULL;
    size_t cap = 0;
    bool ok = true;
    for (int pass = 0; pass < passes && ok; pass++) {
        for (size_t k = n; k > 1; k--) {
            size_t r = (size_t)(next_rand(&seed) % k), t = ord[k - 1];
            ord[k - 1] = ord[r];
            ord[r] = t;
        }
        for (size_t k = 0; k < n && ok; k++) {
            size_t len;
            const learned_file *f = &files[ord[k]];
            ok = slurp(AT_FDCWD, f->path, f->path, &buf, &cap, &len, err, errlen);
            double rate = lp->rate / (1.0 + lp->decay * pass) * (f->spam ? 1.0 : lp->ham_weight);
            if (ok) mod__lr_learn(m, buf, len, f->spam, rate);
        }
    }
    free(ord);
    free(buf);
    return ok;
}

static bool parse_prob(const char *s, double *out)
{
    char *end;
    double v = strtod(s, &end);
    if (*end || !(v >= 0 && v <= 1)) return false;
    *out = v;
    return true;
}

/* The per-message buffers of long mails exceed glibc's default mmap
 * threshold, so every message would map and unmap them (page faults were
 * ~6 % of classify): keep them in the heap for these batch commands. */
static void batch_malloc(void)
{
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

int mod_cli_train(int argc, char **argv)
{
    const char *model = DEFAULT_MODEL;
    int passes = DEFAULT_PASSES;
    double ham_hi = DEFAULT_HAM_HI, spam_lo = DEFAULT_SPAM_LO;
    learned_file *lf = NULL;
    size_t nlf = 0, caplf = 0;
    bool reset = false;
    mail_prm prm = MAIL_PRM;
    lr_prm lp = LR_PRM;
    mod__lr *lr = NULL;
    char *lrfile = NULL;
    long min_count = DEFAULT_MIN_COUNT;
    int cls = -1;
    int rc = 1;
    char err[512];
    /* first pass: options that must be known before learning */
    for (int i = 1; i < argc; i++) {
        bool tune = strcmp(argv[i], "--tune") == 0;
        if ((i + 1 == argc || (tune && i + 2 == argc)) && value_missing("train", argv[i])) return 2;
        if (strcmp(argv[i], "--model") == 0 && i + 1 < argc) model = argv[++i];
        else if (strcmp(argv[i], "--reset") == 0) reset = true;
        else if (strcmp(argv[i], "--passes") == 0 && i + 1 < argc) {
            char *end;
            long v = strtol(argv[++i], &end, 10);
            if (*end || v < 0 || v > 100) {
                fprintf(stderr, "causerie train: --passes must be an integer in [0, 100]\n");
                return 2;
            }
            passes = (int)v;
        } else if (tune) {
            if (!parse_prob(argv[i + 1], &ham_hi) || !parse_prob(argv[i + 2], &spam_lo)) {
                fprintf(stderr, "causerie train: --tune HAM_MAX SPAM_MIN: two numbers in [0, 1]\n");
                return 2;
            }
            i += 2;
        } else if (strcmp(argv[i], "--min-count") == 0 && i + 1 < argc) {
            char *end;
            min_count = strtol(argv[++i], &end, 10);
            if (*end || min_count < 0 || min_count > 1000000) {
                fprintf(stderr, "causerie train: --min-count must be an integer in [0, 1000000]\n");
                return 2;
            }
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage_train();
            return 0;
        } else if (prm_option("train", argc, argv, &i, &prm) < 0 ||
                   lr_option("train", true, argc, argv, &i, &lp) < 0) {
            return 2;
        }
    }
    batch_malloc();
    mod_config c;
    mod_config_defaults(&c);
    mail_params(&c, &prm);
    if (!reset && access(model, F_OK) == 0) c.model_file = model;
    mod_engine *e = mod_engine_new(&c, err, sizeof err);
    if (e == NULL) {
        fprintf(stderr, "causerie train: %s\n", err);
        return 1;
    }
    lrfile = lr_path(model);
    if (lp.passes > 0) {
        bool missing = true;
        if (!reset && access(model, F_OK) == 0) lr = mod__lr_load(lrfile, &missing, err, sizeof err);
        if (lr == NULL && !missing) {
            fprintf(stderr, "causerie train: %s\n", err);
            mod_engine_free(e);
            free(lrfile);
            return 1;
        }
        if (lr == NULL) lr = mod__lr_new_tail(lp.bits, lp.ngram, lp.bytes, lp.osb, lp.tail, err, sizeof err);
        if (lr == NULL) {
            fprintf(stderr, "causerie train: %s\n", err);
            mod_engine_free(e);
            free(lrfile);
            return 2;
        }
    }
    size_t learned[2] = {0, 0}, paths = 0;
    util_arena *a = util_arena_new();
    char *buf = NULL;
    size_t bufcap = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--model") == 0) { i++; continue; }
        if (strcmp(argv[i], "--reset") == 0) continue;
        if (strcmp(argv[i], "--passes") == 0) { i++; continue; }
        if (strcmp(argv[i], "--tune") == 0) { i += 2; continue; }
        if (strcmp(argv[i], "--min-count") == 0 || strcmp(argv[i], "--robinson-s") == 0 ||
            strcmp(argv[i], "--clues") == 0 || strcmp(argv[i], "--min-dev") == 0) { i++; continue; }
        if (lr_option("train", true, argc, argv, &i, &lp) > 0) continue;
        if (strcmp(argv[i], "--spam") == 0) { cls = 1; continue; }
        if (strcmp(argv[i], "--ham") == 0) { cls = 0; continue; }
        if (argv[i][0] == '-' && argv[i][1] != '\0') {
            if (value_missing("train", argv[i])) {
                rc = 2;
                goto done;
            }
            fprintf(stderr, "causerie train: unknown option %s\n", argv[i]);
            usage_train();
            rc = 2;
            goto done;
        }
        if (cls < 0) {
            fprintf(stderr, "causerie train: say --spam or --ham before %s\n", argv[i]);
            usage_train();
            rc = 2;
            goto done;
        }
        pathlist files = {0};
        if (!expand(argv[i], &files)) {
            pl_free(&files);
            goto done;
        }
        paths++;
        for (size_t k = 0; k < files.n; k++) {
            size_t len;
            if (!slurp(files.dfd[k], files.name[k], files.v[k], &buf, &bufcap, &len, err, sizeof err)) {
                fprintf(stderr, "causerie train: %s\n", err);
                pl_free(&files);
                goto done;
            }
            mod_input in = {.ms_since_load = -1};
            mod_mail_parse(buf, len, a, &in);
            mod_status st = mod_train(e, &in, cls == 1);
            if (st != MOD_OK) {
                fprintf(stderr, "causerie train: %s: %s\n", files.v[k], mod_strerror(st));
                pl_free(&files);
                goto done;
            }
            learned[cls]++;
            if (nlf == caplf) {
                caplf = caplf ? caplf * 2 : 256;
                lf = xrealloc(lf, caplf * sizeof *lf);
            }
            lf[nlf].path = xstrdup(files.v[k]);
            lf[nlf].spam = cls == 1;
            nlf++;
            util_arena_free(a);   /* one arena per message */
            a = util_arena_new();
        }
        pl_free(&files);
    }
    if (paths == 0) {
        usage_train();
        rc = 2;
        goto done;
    }
    if (passes > 0 && tune(e, lf, nlf, passes, ham_hi, spam_lo, err, sizeof err) != MOD_OK) {
        fprintf(stderr, "causerie train: %s\n", err);
        goto done;
    }
    if (lr != NULL) {
        if (!train_lr(lr, lf, nlf, &lp, err, sizeof err)) {
            fprintf(stderr, "causerie train: %s\n", err);
            goto done;
        }
        unsigned bits, ngram, bytes, osb;
        uint64_t steps;
        mod__lr_shape(lr, &bits, &ngram, &bytes, &osb, &steps);
        fprintf(stderr,
                "causerie train: n-gram regression: %d passes over %zu files (%u-grams of the first %u "
                "bytes, word pairs up to %u apart, 2^%u weights, %llu steps in all)\n",
                lp.passes, nlf, ngram, bytes, osb, bits, (unsigned long long)steps);
    }
    if (min_count > 1) {
        size_t kept = 0;
        if (mod__engine_prune(e, (uint32_t)min_count, &kept) != MOD_OK) {
            fprintf(stderr, "causerie train: pruning the model failed\n");
            goto done;
        }
        fprintf(stderr, "causerie train: kept %zu features seen in >= %ld messages\n", kept, min_count);
    }
    if (lr != NULL && mod__lr_save(lr, lrfile, err, sizeof err) != MOD_OK) {
        fprintf(stderr, "causerie train: %s\n", err);
        goto done;
    }
    if (lr == NULL && reset && unlink(lrfile) != 0 && errno != ENOENT) {
        fprintf(stderr, "causerie train: cannot remove the old %s: %s\n", lrfile, strerror(errno));
        goto done;
    }
    if (mod_engine_save_model(e, model, err, sizeof err) != MOD_OK) {
        fprintf(stderr, "causerie train: %s\n", err);
        goto done;
    }
    uint64_t ns, nh;
    mod_engine_model_totals(e, &ns, &nh);
    fprintf(stderr, "causerie train: learned %zu spam and %zu ham; %s now holds %llu spam, %llu ham\n",
            learned[1], learned[0], model, (unsigned long long)ns, (unsigned long long)nh);
    rc = 0;
done:
    for (size_t k = 0; k < nlf; k++) free(lf[k].path);
    free(lf);
    free(buf);
    util_arena_free(a);
    mod_engine_free(e);
    mod__lr_free(lr);
    free(lrfile);
    return rc;
}

static void usage_classify(void)
{
    fprintf(stderr,
            "usage: causerie classify [--model FILE] [--threshold P] [--explain] [--threads N] FILE|DIR ...\n"
            "  Prints \"<path>\\t<spam|ham>\\t<probability>\" per file (mail or plain text);\n"
            "  spam when the probability is >= P (default 0.9).  --explain adds the\n"
            "  strongest features.  Throughput goes to standard error.\n"
            "  --threads N           worker threads (default: one per core; 1 = this thread)\n"
            "  --robinson-s S --clues N --min-dev D  classifier parameters (0.5 15 0.1)\n"
            "  --no-lr               Fisher alone, even when FILE.lr (the n-gram model) exists\n"
            "  --lr-band LO HI       the n-gram model scores the messages whose Fisher\n"
            "                        probability f lies in [LO, HI] (default 0.0001 0.9999)\n"
            "  --lr-mix A            there: σ(A·logit f + (1 − A)·z), z its log-odds (0.4)\n"
            "  --lr-blend            there: (1 − W)·f + W·σ(z/T) instead (the earlier default,\n"
            "  --lr-weight W --lr-temp T  with --lr-band 0.3 0.7; W, T: 0.2 4)\n");
}

/* The work of `classify`, shared by its threads: files are taken in turn
 * from an atomic counter; each result goes to its own slot, printed in
 * the order of the files by the main thread.  The workers start while the
 * main thread still loads the model: reading, parsing and computing the
 * features of a mail need no model, only its scoring waits for it; the
 * n-gram model is loaded next, and only a message that needs it (Fisher
 * unsure) waits for that one. */
typedef struct cls_job {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int model;               /* 0 loading, 1 ready (e set), -1 failed; under mu */
    mod_engine *e;
    int lr_state;            /* 0 loading, 1 done (lr set, or NULL: none); under mu */
    const mod__lr *lr;       /* the n-gram model or NULL */
    lr_prm lp;
    atomic_size_t lr_used;   /* messages whose probability the n-gram model moved */
    const pathlist *files;
    bool explain;
    atomic_size_t next;
    double *prob;
    char **line;             /* the output line of each file (malloc'd), formatted by its worker */
    double threshold;
    mod_status *st;
    char **err;              /* a read error (malloc'd) or NULL */
    atomic_bool failed;
} cls_job;

/* Waits for the model; false when it could not be loaded. */
static bool wait_model(cls_job *j)
{
    pthread_mutex_lock(&j->mu);
    while (j->model == 0) pthread_cond_wait(&j->cv, &j->mu);
    bool ok = j->model == 1;
    pthread_mutex_unlock(&j->mu);
    return ok;
}

static void set_model(cls_job *j, mod_engine *e)
{
    pthread_mutex_lock(&j->mu);
    j->e = e;
    j->model = e ? 1 : -1;
    pthread_cond_broadcast(&j->cv);
    pthread_mutex_unlock(&j->mu);
}

/* Waits for the n-gram model's load; NULL when there is none (or it
 * failed: failed is set then). */
static const mod__lr *wait_lr(cls_job *j)
{
    pthread_mutex_lock(&j->mu);
    while (j->lr_state == 0) pthread_cond_wait(&j->cv, &j->mu);
    const mod__lr *lr = j->lr;
    pthread_mutex_unlock(&j->mu);
    return lr;
}

static void set_lr(cls_job *j, const mod__lr *lr)
{
    pthread_mutex_lock(&j->mu);
    j->lr = lr;
    j->lr_state = 1;
    pthread_cond_broadcast(&j->cv);
    pthread_mutex_unlock(&j->mu);
}

static void *cls_worker(void *arg)
{
    cls_job *j = arg;
    char *buf = NULL, err[512];
    size_t cap = 0;
    for (;;) {
        size_t k = atomic_fetch_add(&j->next, 1);
        if (k >= j->files->n || atomic_load(&j->failed)) break;
        size_t len;
        if (!slurp(j->files->dfd[k], j->files->name[k], j->files->v[k], &buf, &cap, &len, err, sizeof err)) {
            j->err[k] = xstrdup(err);
            j->st[k] = MOD_EIO;
            atomic_store(&j->failed, true);
            break;
        }
        /* one arena per message: memory stays that of one message */
        util_arena *a = util_arena_new();
        mod_input in = {.ms_since_load = -1};
        mod_mail_parse(buf, len, a, &in);
        mod_token_score *tok = NULL;
        size_t nt = 0;
        if (j->explain) {
            if (!wait_model(j)) {
                util_arena_free(a);
                break;
            }
            j->st[k] = mod_classify(j->e, &in, a, &j->prob[k], &tok, &nt, 10);
        } else {
            mod__feats f;
            mod__lean_features(&in, a, &f);   /* what mod_classify computes, before the model is needed */
            if (!wait_model(j)) {
                util_arena_free(a);
                break;
            }
            j->st[k] = mod__classify_lean(j->e, &f, a, &j->prob[k]);
        }
        if (j->st[k] != MOD_OK) {
            atomic_store(&j->failed, true);
        } else {
            double p = j->prob[k], z = 0;
            const mod__lr *lr = p >= j->lp.lo && p <= j->lp.hi ? wait_lr(j) : NULL;
            if (lr) {   /* Fisher is unsure: the n-gram model breaks the tie */
                z = mod__lr_score(lr, buf, len);
                p = j->prob[k] = j->lp.mix >= 0 ? mod__lr_mix(p, z, j->lp.mix, MIX_EPS)
                                                : mod__lr_combine(p, z, j->lp.weight, j->lp.temp);
                atomic_fetch_add(&j->lr_used, 1);
            }
            util_buf x = {0};
            util_buf_printf(&x, "%s\t%s\t%.6f", j->files->v[k], p >= j->threshold ? "spam" : "ham", p);
            if (lr && j->explain) util_buf_printf(&x, "\tngram-log-odds=%.3f", z);
            for (size_t i = 0; i < nt; i++) util_buf_printf(&x, "\t%s=%.3f", tok[i].token, tok[i].prob);
            util_buf_putc(&x, '\n');
            j->line[k] = util_buf_steal(&x);
        }
        util_arena_free(a);
    }
    free(buf);
    return NULL;
}

int mod_cli_classify(int argc, char **argv)
{
    const char *model = DEFAULT_MODEL;
    double threshold = 0.9;
    bool explain = false;
    int npaths = 0;     /* FILE|DIR arguments read */
    long threads = 0;
    mail_prm prm = MAIL_PRM;
    lr_prm lp = LR_PRM;
    bool no_lr = false;
    mod__lr *lr = NULL;
    char *lrfile = NULL;
    char err[512];
    pathlist files = {0};
    int rc = 1, r;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--model") == 0 && i + 1 < argc) {
            model = argv[++i];
        } else if (strcmp(argv[i], "--threshold") == 0 && i + 1 < argc) {
            char *end;
            threshold = strtod(argv[++i], &end);
            if (*end || !(threshold >= 0 && threshold <= 1)) {
                fprintf(stderr, "causerie classify: --threshold must be a number in [0, 1]\n");
                pl_free(&files);
                return 2;
            }
        } else if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
            char *end;
            threads = strtol(argv[++i], &end, 10);
            if (*end || threads < 1 || threads > 256) {
                fprintf(stderr, "causerie classify: --threads must be an integer in [1, 256]\n");
                pl_free(&files);
                return 2;
            }
        } else if (strcmp(argv[i], "--explain") == 0) {
            explain = true;
        } else if (strcmp(argv[i], "--no-lr") == 0) {
            no_lr = true;
        } else if ((r = lr_option("classify", false, argc, argv, &i, &lp)) != 0) {
            if (r < 0) {
                pl_free(&files);
                return 2;
            }
        } else if ((r = prm_option("classify", argc, argv, &i, &prm)) != 0) {
            if (r < 0) {
                pl_free(&files);
                return 2;
            }
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage_classify();
            pl_free(&files);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            if (value_missing("classify", argv[i])) {
                pl_free(&files);
                return 2;
            }
            fprintf(stderr, "causerie classify: unknown option %s\n", argv[i]);
            usage_classify();
            pl_free(&files);
            return 2;
        } else if (!expand(argv[i], &files)) {
            pl_free(&files);
            return 1;
        } else {
            npaths++;
        }
    }
    if (files.n == 0) {
        if (npaths) /* only empty directories: say so rather than the usage */
            fprintf(stderr, "causerie classify: no files to classify in the director%s given\n",
                    npaths > 1 ? "ies" : "y");
        else
            usage_classify();
        pl_free(&files);
        return 2;
    }
    if (access(model, F_OK) != 0) {
        fprintf(stderr, "causerie classify: model %s not found (run causerie train first)\n", model);
        pl_free(&files);
        return 1;
    }
    batch_malloc();
    int64_t t0 = util_mono_us();
    if (threads == 0) {
        long cores = sysconf(_SC_NPROCESSORS_ONLN);
        threads = cores >= 1 ? (cores > 16 ? 16 : cores) : 1;
    }
    if ((size_t)threads > files.n) threads = (long)files.n;
    cls_job j = {.files = &files, .explain = explain, .lp = lp};
    pthread_mutex_init(&j.mu, NULL);
    pthread_cond_init(&j.cv, NULL);
    atomic_init(&j.next, 0);
    atomic_init(&j.failed, false);
    atomic_init(&j.lr_used, 0);
    j.prob = xcalloc(files.n, sizeof *j.prob);
    j.line = xcalloc(files.n, sizeof *j.line);
    j.threshold = threshold;
    j.st = xcalloc(files.n, sizeof *j.st);
    j.err = xcalloc(files.n, sizeof *j.err);
    pthread_t *tid = xcalloc((size_t)threads, sizeof *tid);
    long started = 1;
    for (long t = 1; t < threads; t++) {
        if (pthread_create(&tid[t], NULL, cls_worker, &j) != 0) break;   /* fewer threads */
        started++;
    }
    /* the model, while the other workers start on the mails */
    mod_config c;
    mod_config_defaults(&c);
    mail_params(&c, &prm);
    c.model_file = model;
    int64_t tl = util_mono_us();
    mod_engine *e = mod_engine_new(&c, err, sizeof err);
    set_model(&j, e);
    bool lr_broken = false;
    if (e != NULL && !no_lr) {
        bool missing = false;
        lrfile = lr_path(model);
        lr = mod__lr_load(lrfile, &missing, err, sizeof err);
        if (lr == NULL && !missing) {   /* a broken FILE.lr is an error, a missing one is not */
            lr_broken = true;
            atomic_store(&j.failed, true);
        }
    }
    set_lr(&j, lr);
    double load_ms = (double)(util_mono_us() - tl) / 1e3;
    if (e != NULL && !lr_broken) cls_worker(&j);
    for (long t = 1; t < started; t++) pthread_join(tid[t], NULL);
    free(tid);
    if (e == NULL || lr_broken) {
        fprintf(stderr, "causerie classify: %s\n", err);
        goto done;
    }
    for (size_t k = 0; k < files.n; k++) {
        if (j.err[k]) {
            fprintf(stderr, "causerie classify: %s\n", j.err[k]);
            goto done;
        }
        if (j.st[k] != MOD_OK) {
            fprintf(stderr, "causerie classify: %s: %s\n", files.v[k], mod_strerror(j.st[k]));
            goto done;
        }
        fputs(j.line[k], stdout);
    }
    double secs = (double)(util_mono_us() - t0) / 1e6;
    fprintf(stderr,
            "causerie classify: %zu messages in %.3f s (%.0f messages/s, %ld thread%s; model loaded in "
            "%.1f ms%s)\n",
            files.n, secs, secs > 0 ? (double)files.n / secs : 0.0, started, started > 1 ? "s" : "",
            load_ms, started > 1 ? " while the other threads read mail" : "");
    if (lr != NULL)
        fprintf(stderr, "causerie classify: n-gram model %s scored the %zu messages whose Fisher probability "
                "lay in [%g, %g] (%s)\n", lrfile, atomic_load(&j.lr_used), lp.lo, lp.hi,
                lp.mix >= 0 ? "log-odds averaged" : "linear blend");
    else
        fprintf(stderr, "causerie classify: Fisher alone (%s)\n",
                no_lr ? "--no-lr" : "no n-gram model beside the model file");
    rc = fflush(stdout) == 0 ? 0 : 1;
done:
    for (size_t k = 0; k < files.n; k++) {
        free(j.line[k]);
        free(j.err[k]);
    }
    free(j.prob);
    free(j.line);
    free(j.st);
    free(j.err);
    pthread_mutex_destroy(&j.mu);
    pthread_cond_destroy(&j.cv);
    mod_engine_free(e);
    mod__lr_free(lr);
    free(lrfile);
    pl_free(&files);
    return rc;
}
