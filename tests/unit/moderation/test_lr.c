/* The character n-gram regression (lr.c): shapes, binary features, the
 * bytes read, learning, the model file (round trip, mapped model learning,
 * corrupted and foreign files), the tie-break formula, and its use by
 * `causerie train` / `causerie classify` (FILE.lr written, used, ignored
 * with --no-lr, refused when broken, removed by --reset --lr-passes 0). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "moderation/mod_int.h"
#include "moderation/mod_lr.h"

static const char *spam_txt[] = {
    "Subject: cheap pills online pharmacy\n\nBUY NOW!!! no prescription $$$ http://pills.example/",
    "Subject: casino bonus\n\nfree spins jackpot, win money now!!! click http://casino.example/",
    "Subject: earn $$$ from home\n\nmake money fast, click here: http://cash.example/ !!!",
};
static const char *ham_txt[] = {
    "Subject: Re: council meeting\n\nThe council voted on the budget yesterday; minutes attached.",
    "Subject: Re: [list] patch review\n\nI think the patch looks fine, but the test fails on arm.",
    "Subject: school reform\n\nThanks for the summary of the school calendar reform, see you Monday.",
};

static double score(const mod__lr *m, const char *s)
{
    return mod__lr_score(m, s, strlen(s));
}

static mod__lr *trained(void)
{
    char err[256];
    mod__lr *m = mod__lr_new(16, 4, 300, 0, err, sizeof err);
    assert_non_null(m);
    for (int pass = 0; pass < 20; pass++) {
        for (size_t i = 0; i < 3; i++) {
            mod__lr_learn(m, spam_txt[i], strlen(spam_txt[i]), true, 0.05);
            mod__lr_learn(m, ham_txt[i], strlen(ham_txt[i]), false, 0.05);
        }
    }
    return m;
}

static void test_shapes(void **state)
{
    (void)state;
    char err[256];
    const unsigned bad[][4] = {{9, 4, 100, 0}, {27, 4, 100, 0}, {20, 1, 100, 0}, {20, 9, 100, 0},
                               {20, 5, 4, 0},  {20, 4, 4097, 0}, {20, 4, 100, 9}};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        err[0] = '\0';
        assert_null(mod__lr_new(bad[i][0], bad[i][1], bad[i][2], bad[i][3], err, sizeof err));
        assert_non_null(strstr(err, "out of range"));
    }
    mod__lr *m = mod__lr_new(10, 8, 4096, 8, err, sizeof err);
    assert_non_null(m);
    unsigned b, n, by, o;
    uint64_t steps;
    mod__lr_shape(m, &b, &n, &by, &o, &steps);
    assert_int_equal(o, 8);
    assert_int_equal(b, 10);
    assert_int_equal(n, 8);
    assert_int_equal(by, 4096);
    assert_int_equal(steps, 0);
    /* an untrained model is neutral, for every input, including none */
    assert_true(score(m, "anything at all") == 0.0);
    assert_true(mod__lr_score(m, "", 0) == 0.0);
    mod__lr_free(m);
    mod__lr_free(NULL);
    /* the tail: 0, or at least an n-gram and at most MOD__LR_MAX_TAIL */
    assert_null(mod__lr_new_tail(12, 5, 100, 0, 4, err, sizeof err));
    assert_non_null(strstr(err, "tail bytes 4"));
    assert_null(mod__lr_new_tail(12, 5, 100, 0, MOD__LR_MAX_TAIL + 1, err, sizeof err));
    m = mod__lr_new_tail(12, 5, 100, 0, MOD__LR_MAX_TAIL, err, sizeof err);
    assert_non_null(m);
    assert_int_equal(mod__lr_tail(m), MOD__LR_MAX_TAIL);
    mod__lr_free(m);
    m = mod__lr_new(12, 5, 100, 0, err, sizeof err);
    assert_int_equal(mod__lr_tail(m), 0);
    mod__lr_free(m);
}

/* The tail: the n-grams of the last `tail` bytes after the first
 * max_bytes, hashed apart from the same bytes at the start; the bytes in
 * between are not read, nor is a message's tail when it is all within
 * the first max_bytes. */
static void test_tail(void **state)
{
    (void)state;
    char err[256];
    mod__lr *m = mod__lr_new_tail(14, 5, 64, 0, 32, err, sizeof err);
    assert_non_null(m);
    char a[200], b[200];
    memset(a, 'q', sizeof a);
    memset(a + sizeof a - 32, 'x', 32);   /* q…q (168) then x…x (32): the x are the tail */
    mod__lr_learn(m, a, sizeof a, true, 0.5);
    /* its features: "qqqqq" (start) and "xxxxx" (tail), each and the bias up by 0.25 */
    double z = mod__lr_score(m, a, sizeof a);
    assert_true(fabs(z - 0.75) < 1e-9);
    /* the same x at the start are another feature: only the bias and none of the tail's */
    memset(b, 'x', 64);
    assert_true(fabs(mod__lr_score(m, b, 64) - mod__lr_score(m, "yyyyyyyy", 8)) < 1e-12);
    /* bytes between the start and the tail are not read */
    memcpy(b, a, sizeof a);
    memset(b + 64, 'z', sizeof b - 64 - 32);
    assert_true(mod__lr_score(m, b, sizeof b) == z);
    /* changing the tail changes the score */
    memset(b + sizeof b - 32, 'k', 32);
    assert_true(fabs(mod__lr_score(m, b, sizeof b) - 0.5) < 1e-9);
    /* a short message: its bytes after max_bytes (fewer than tail) are the tail */
    memset(b, 'q', 70);
    memset(b + 70, 'x', 10);
    assert_true(mod__lr_score(m, b, 80) > mod__lr_score(m, b, 64));
    mod__lr_free(m);
}

/* Binary features: a message of one repeated n-gram has one feature; one
 * step of rate r from zero moves it and the bias by r/2 each. */
static void test_binary_and_bytes(void **state)
{
    (void)state;
    char err[256];
    mod__lr *m = mod__lr_new(12, 5, 64, 0, err, sizeof err);
    assert_non_null(m);
    mod__lr_learn(m, "xxxxxxxxxxxxxxxx", 16, true, 0.5);
    assert_true(fabs(score(m, "xxxxxxxxxxxxxxxx") - 0.5) < 1e-9);   /* 0.25 + 0.25 */
    assert_true(fabs(score(m, "xxxxx") - 0.5) < 1e-9);               /* once or many times: the same */
    assert_true(fabs(score(m, "xxxx") - 0.25) < 1e-9);               /* shorter than a gram: bias only */
    /* only the first 64 bytes are read */
    char a[200], b[200];
    memset(a, 'q', sizeof a);
    memcpy(b, a, sizeof b);
    memset(b + 64, 'x', sizeof b - 64);
    assert_true(mod__lr_score(m, a, sizeof a) == mod__lr_score(m, b, sizeof b));
    assert_true(mod__lr_score(m, b, 69) == mod__lr_score(m, b, 64));
    mod__lr_free(m);
}

/* Word pairs (OSB): "spam eggs" read as 8-grams has two features, plus
 * the pair (spam, eggs) with osb 1; one step of rate 0.5 from zero moves
 * each feature and the bias by 0.25.  The pair's order and distance
 * matter; the features of a message full of distinct pairs stay bounded. */
static void test_word_pairs(void **state)
{
    (void)state;
    char err[256];
    mod__lr *m0 = mod__lr_new(16, 8, 64, 0, err, sizeof err), *m1 = mod__lr_new(16, 8, 64, 1, err, sizeof err);
    assert_true(m0 && m1);
    mod__lr_learn(m0, "spam eggs", 9, true, 0.5);
    mod__lr_learn(m1, "spam eggs", 9, true, 0.5);
    assert_true(fabs(score(m0, "spam eggs") - 0.75) < 1e-9);
    assert_true(fabs(score(m1, "spam eggs") - 1.0) < 1e-9);
    assert_true(fabs(score(m1, "  spam\t\neggs ") - 0.5) < 1e-9);   /* other 8-grams, the same pair */
    assert_true(fabs(score(m1, "eggs spam") - 0.25) < 1e-9);          /* another order: another pair */
    mod__lr_free(m0);
    mod__lr_free(m1);
    mod__lr *m8 = mod__lr_new(12, 2, MOD__LR_MAX_BYTES, MOD__LR_MAX_OSB, err, sizeof err);
    assert_non_null(m8);
    char *big = malloc(2 * MOD__LR_MAX_BYTES);
    unsigned x = 12345;
    for (size_t i = 0; i < 2 * MOD__LR_MAX_BYTES; i++) {
        x = x * 1103515245u + 12345u;
        big[i] = i % 2 ? ' ' : (char)(33 + (x >> 16) % 90);
    }
    mod__lr_learn(m8, big, 2 * MOD__LR_MAX_BYTES, true, 0.01);
    double z = mod__lr_score(m8, big, 2 * MOD__LR_MAX_BYTES);
    assert_true(z > 0 && isfinite(z));
    free(big);
    mod__lr_free(m8);
}

static void test_learns(void **state)
{
    (void)state;
    mod__lr *m = trained();
    for (size_t i = 0; i < 3; i++) {
        assert_true(score(m, spam_txt[i]) > 1.0);
        assert_true(score(m, ham_txt[i]) < -1.0);
    }
    /* unseen messages in the same styles */
    assert_true(score(m, "Subject: cheap casino pills\n\nBUY NOW!!! http://x.example/ $$$") >
                score(m, "Subject: Re: budget meeting\n\nThe minutes of the council meeting, see you Monday."));
    uint64_t steps;
    mod__lr_shape(m, NULL, NULL, NULL, NULL, &steps);
    assert_int_equal(steps, 120);
    mod__lr_free(m);
}

static void test_mix(void **state)
{
    (void)state;
    const double eps = 1e-6;
    assert_true(fabs(mod__lr_mix(0.5, 0.0, 0.4, eps) - 0.5) < 1e-12);
    assert_true(fabs(mod__lr_mix(0.8, 123.0, 1.0, eps) - 0.8) < 1e-12);    /* Fisher alone */
    assert_true(fabs(mod__lr_mix(0.1, 2.0, 0.0, eps) - 1.0 / (1.0 + exp(-2.0))) < 1e-12);
    /* equal weights: logit 0.8 = ln 4, with z = -ln 4 → undecided */
    assert_true(fabs(mod__lr_mix(0.8, -log(4.0), 0.5, eps) - 0.5) < 1e-12);
    /* Fisher's 0 and 1 are clamped to eps: the regression can still move them */
    double lo = mod__lr_mix(0.0, 0.0, 0.5, eps), hi = mod__lr_mix(1.0, 0.0, 0.5, eps);
    assert_true(lo > 0 && lo < 0.01 && hi < 1 && hi > 0.99);
    assert_true(mod__lr_mix(0.0, 30.0, 0.5, eps) > 0.5);
    assert_true(mod__lr_mix(0.9, 2.0, 0.4, eps) > mod__lr_mix(0.9, 1.0, 0.4, eps));
    assert_true(mod__lr_mix(0.9, 1.0, 0.4, eps) > mod__lr_mix(0.8, 1.0, 0.4, eps));
    /* never NaN */
    assert_false(isnan(mod__lr_mix(NAN, NAN, 0.5, eps)));
    assert_false(isnan(mod__lr_mix(0.0, -1e308, 0.5, 0)));
    assert_false(isnan(mod__lr_mix(1.0, 1e308, 0.5, 2)));
}

static void test_combine(void **state)
{
    (void)state;
    assert_true(mod__lr_combine(0.4, 123.0, 0.0, 4) == 0.4);
    assert_true(fabs(mod__lr_combine(0.9, 0.0, 1.0, 4) - 0.5) < 1e-12);
    assert_true(fabs(mod__lr_combine(0.5, 0.0, 0.2, 4) - 0.5) < 1e-12);
    /* weight 0.2: the answer moves by at most 0.1 from Fisher's */
    assert_true(mod__lr_combine(0.5, 1e9, 0.2, 4) <= 0.6 + 1e-12);
    assert_true(mod__lr_combine(0.5, -1e9, 0.2, 4) >= 0.4 - 1e-12);
    assert_true(mod__lr_combine(0.5, 2.0, 0.2, 4) > mod__lr_combine(0.5, 1.0, 0.2, 4));
    assert_false(isnan(mod__lr_combine(0.5, -1e308, 0.2, 1e-3)));
}

static void write_bytes(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(p, 1, n, f), n);
    assert_int_equal(fclose(f), 0);
}

static unsigned char *read_bytes(const char *path, size_t *n)
{
    char err[256];
    char *p = util_read_file(path, MOD__MAX_FILE_BYTES, n, err, sizeof err);
    assert_non_null(p);
    return (unsigned char *)p;
}

static void test_file(void **state)
{
    (void)state;
    char dir[] = "/tmp/causerie-lr-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[600], bad[600], err[512];
    snprintf(path, sizeof path, "%s/m.lr", dir);
    snprintf(bad, sizeof bad, "%s/bad.lr", dir);
    mod__lr *m = trained();
    assert_int_equal(mod__lr_save(m, path, err, sizeof err), MOD_OK);
    bool missing = true;
    mod__lr *l = mod__lr_load(path, &missing, err, sizeof err);
    assert_non_null(l);
    assert_false(missing);
    unsigned b, n, by, o;
    uint64_t steps;
    mod__lr_shape(l, &b, &n, &by, &o, &steps);
    assert_true(b == 16 && n == 4 && by == 300 && o == 0 && steps == 120);
    for (size_t i = 0; i < 3; i++) {
        assert_true(score(l, spam_txt[i]) == score(m, spam_txt[i]));
        assert_true(score(l, ham_txt[i]) == score(m, ham_txt[i]));
    }
    /* a mapped model learns on a copy, as the heap one does */
    mod__lr_learn(l, spam_txt[0], strlen(spam_txt[0]), false, 0.1);
    mod__lr_learn(m, spam_txt[0], strlen(spam_txt[0]), false, 0.1);
    assert_true(score(l, spam_txt[0]) == score(m, spam_txt[0]));
    assert_true(score(l, ham_txt[1]) == score(m, ham_txt[1]));
    mod__lr_free(l);

    /* missing, then broken files: each a clear error, never a model */
    snprintf(bad, sizeof bad, "%s/none.lr", dir);
    assert_null(mod__lr_load(bad, &missing, err, sizeof err));
    assert_true(missing);
    snprintf(bad, sizeof bad, "%s/bad.lr", dir);
    size_t len;
    unsigned char *good = read_bytes(path, &len);
    assert_int_equal(len, 48 + (4u << 16) + 8);
    unsigned char *x = malloc(len + 1);
    struct {
        size_t off;
        unsigned char val;
        const char *msg;
    } cases[] = {
        {0, 1, "bad magic"},
        {4, 4, "version 6, this build reads versions 1 and 2"},
        {28, 1, "non-zero padding"},
        {24, 2, "out of range"},    /* tail 2 < 4-grams */
        {8, 14, "out of range"},    /* 16 -> 30 bits */
        {12, 5, "out of range"},    /* 4 -> 1-grams */
        {100, 0x55, "checksum"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        memcpy(x, good, len);
        x[cases[i].off] ^= cases[i].val;
        write_bytes(bad, x, len);
        err[0] = '\0';
        assert_null(mod__lr_load(bad, &missing, err, sizeof err));
        assert_false(missing);
        if (strstr(err, cases[i].msg) == NULL) fail_msg("case %zu: %s", i, err);
    }
    write_bytes(bad, good, len - 1);
    assert_null(mod__lr_load(bad, NULL, err, sizeof err));
    assert_non_null(strstr(err, "truncated or has trailing bytes"));
    memcpy(x, good, len);
    x[len] = 0;
    write_bytes(bad, x, len + 1);
    assert_null(mod__lr_load(bad, NULL, err, sizeof err));
    assert_non_null(strstr(err, "truncated or has trailing bytes"));
    write_bytes(bad, "CSLR", 4);
    assert_null(mod__lr_load(bad, NULL, err, sizeof err));
    assert_non_null(strstr(err, "too short"));
    /* a version 1 file (no tail, 40-byte header) of the same model is
     * still read, and scores the same */
    size_t l1 = 40 + (4u << 16) + 8;
    unsigned char *v1 = malloc(l1);
    memcpy(v1, good, 24);
    v1[4] = 1;
    memcpy(v1 + 24, good + 32, 16);              /* learned, bias */
    memcpy(v1 + 40, good + 48, 4u << 16);        /* weights */
    uint64_t sum = mod__file_sum(v1, l1 - 8, MOD__LR_SUM_SEED);
    for (int i = 0; i < 8; i++) v1[l1 - 8 + i] = (unsigned char)(sum >> (8 * i));
    write_bytes(bad, v1, l1);
    l = mod__lr_load(bad, NULL, err, sizeof err);
    if (l == NULL) fail_msg("version 1: %s", err);
    mod__lr *ref = mod__lr_load(path, NULL, err, sizeof err);
    assert_non_null(ref);
    assert_int_equal(mod__lr_tail(l), 0);
    mod__lr_shape(l, NULL, NULL, NULL, NULL, &steps);
    assert_int_equal(steps, 120);
    for (size_t i = 0; i < 3; i++) assert_true(score(l, spam_txt[i]) == score(ref, spam_txt[i]));
    mod__lr_free(l);
    mod__lr_free(ref);
    free(v1);
    write_bytes(bad, good, 44);   /* a version 2 header cut short */
    assert_null(mod__lr_load(bad, NULL, err, sizeof err));
    assert_non_null(strstr(err, "too short"));
    /* a save that cannot be written leaves nothing behind */
    char nodir[700];
    snprintf(nodir, sizeof nodir, "%s/no/such/dir/m.lr", dir);
    assert_int_equal(mod__lr_save(m, nodir, err, sizeof err), MOD_EIO);
    free(x);
    free(good);
    mod__lr_free(m);
    unlink(path);
    unlink(bad);
    rmdir(dir);
}

/* Runs a CLI command with its standard output in out (malloc'd). */
static int run_cli(int (*cmd)(int, char **), int argc, char **argv, const char *tmp, char **out)
{
    fflush(stdout);
    int saved = dup(1);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    assert_true(saved >= 0 && fd >= 0);
    dup2(fd, 1);
    close(fd);
    int rc = cmd(argc, argv);
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    size_t n;
    char err[256];
    *out = util_read_file(tmp, MOD__MAX_FILE_BYTES, &n, err, sizeof err);
    assert_non_null(*out);
    return rc;
}

static void test_cli(void **state)
{
    (void)state;
    char dir[] = "/tmp/causerie-lrcli-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char p[700], model[600], lrf[600], out[600], sp[600], hm[600];
    snprintf(model, sizeof model, "%s/model.bin", dir);
    snprintf(lrf, sizeof lrf, "%s/model.bin.lr", dir);
    snprintf(out, sizeof out, "%s/out.txt", dir);
    snprintf(sp, sizeof sp, "%s/spam", dir);
    snprintf(hm, sizeof hm, "%s/ham", dir);
    assert_int_equal(mkdir(sp, 0700), 0);
    assert_int_equal(mkdir(hm, 0700), 0);
    for (size_t i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s/%zu", sp, i);
        write_bytes(p, spam_txt[i], strlen(spam_txt[i]));
        snprintf(p, sizeof p, "%s/%zu", hm, i);
        write_bytes(p, ham_txt[i], strlen(ham_txt[i]));
    }
    char *train[] = {"train", "--reset", "--model", model, "--lr-passes", "4", "--lr-ngram", "4",
                     "--spam", sp, "--ham", hm};
    assert_int_equal(mod_cli_train(12, train), 0);
    assert_int_equal(access(lrf, F_OK), 0);
    char err[256];
    mod__lr *l = mod__lr_load(lrf, NULL, err, sizeof err);
    assert_non_null(l);
    unsigned n;
    uint64_t steps;
    mod__lr_shape(l, NULL, &n, NULL, NULL, &steps);
    assert_int_equal(n, 4);
    assert_int_equal(steps, 24);   /* 4 passes over 6 files */
    mod__lr_free(l);

    /* --lr-band 0 1: every message's answer is the blend, so the lines
     * differ from Fisher alone (--no-lr) and carry the log-odds with --explain */
    char *res = NULL, *res2 = NULL;
    char *cls[] = {"classify", "--model", model, "--lr-band", "0", "1", "--explain", sp, hm};
    assert_int_equal(run_cli(mod_cli_classify, 9, cls, out, &res), 0);
    assert_non_null(strstr(res, "ngram-log-odds="));
    char *nolr[] = {"classify", "--model", model, "--no-lr", "--explain", sp, hm};
    assert_int_equal(run_cli(mod_cli_classify, 7, nolr, out, &res2), 0);
    assert_null(strstr(res2, "ngram-log-odds="));
    assert_string_not_equal(res, res2);
    free(res);
    free(res2);
    char *badband[] = {"classify", "--model", model, "--lr-band", "0.7", "0.3", sp};
    assert_int_equal(mod_cli_classify(7, badband), 2);
    char *badw[] = {"classify", "--model", model, "--lr-weight", "2", sp};
    assert_int_equal(mod_cli_classify(6, badw), 2);
    char *trainopt[] = {"classify", "--model", model, "--lr-passes", "2", sp};
    assert_int_equal(mod_cli_classify(6, trainopt), 2);
    char *badbytes[] = {"train", "--reset", "--model", model, "--lr-ngram", "5", "--lr-bytes", "4",
                        "--spam", sp};
    assert_int_equal(mod_cli_train(10, badbytes), 2);
    char *badmix[] = {"classify", "--model", model, "--lr-mix", "1.5", sp};
    assert_int_equal(mod_cli_classify(6, badmix), 2);
    char *badhw[] = {"train", "--reset", "--model", model, "--lr-ham-weight", "0", "--spam", sp};
    assert_int_equal(mod_cli_train(8, badhw), 2);
    char *badtail[] = {"train", "--reset", "--model", model, "--lr-tail", "3", "--spam", sp};
    assert_int_equal(mod_cli_train(8, badtail), 2);
    /* the linear blend and the log-odds average give other answers */
    char *blend[] = {"classify", "--model", model, "--lr-band", "0", "1", "--lr-blend", sp, hm};
    char *mix[] = {"classify", "--model", model, "--lr-band", "0", "1", "--lr-mix", "0.4", sp, hm};
    assert_int_equal(run_cli(mod_cli_classify, 9, blend, out, &res), 0);
    assert_int_equal(run_cli(mod_cli_classify, 10, mix, out, &res2), 0);
    assert_string_not_equal(res, res2);
    free(res);
    free(res2);
    /* a model with a tail, ham weighted, a decaying rate, another order */
    char *tailtrain[] = {"train", "--reset", "--model", model, "--lr-tail", "64", "--lr-ham-weight", "2",
                         "--lr-decay", "0.5", "--lr-seed", "7", "--spam", sp, "--ham", hm};
    assert_int_equal(mod_cli_train(16, tailtrain), 0);
    l = mod__lr_load(lrf, NULL, err, sizeof err);
    assert_non_null(l);
    assert_int_equal(mod__lr_tail(l), 64);
    mod__lr_free(l);

    /* a broken FILE.lr is refused, a missing one means Fisher alone */
    size_t len;
    unsigned char *good = read_bytes(lrf, &len);
    good[60] ^= 1;
    write_bytes(lrf, good, len);
    char *plain[] = {"classify", "--model", model, sp, hm};
    assert_int_equal(run_cli(mod_cli_classify, 5, plain, out, &res), 1);
    free(res);
    free(good);
    /* training on top of the model refuses a broken FILE.lr too */
    char *more[] = {"train", "--model", model, "--spam", sp};
    assert_int_equal(mod_cli_train(5, more), 1);
    char *nolrtrain[] = {"train", "--reset", "--model", model, "--lr-passes", "0", "--spam", sp,
                         "--ham", hm};
    assert_int_equal(mod_cli_train(10, nolrtrain), 0);
    assert_int_equal(access(lrf, F_OK), -1);
    assert_int_equal(run_cli(mod_cli_classify, 5, plain, out, &res), 0);
    assert_null(strstr(res, "ngram"));
    free(res);

    for (size_t i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s/%zu", sp, i);
        unlink(p);
        snprintf(p, sizeof p, "%s/%zu", hm, i);
        unlink(p);
    }
    rmdir(sp);
    rmdir(hm);
    unlink(model);
    unlink(lrf);
    unlink(out);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shapes),
        cmocka_unit_test(test_binary_and_bytes),
        cmocka_unit_test(test_word_pairs),
        cmocka_unit_test(test_learns),
        cmocka_unit_test(test_combine),
        cmocka_unit_test(test_mix),
        cmocka_unit_test(test_tail),
        cmocka_unit_test(test_file),
        cmocka_unit_test(test_cli),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
