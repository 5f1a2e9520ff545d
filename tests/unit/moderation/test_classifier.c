/* Spam classifier: training and scoring, unlearning, the statistics
 * backend, model serialisation round trip and corrupted models, the default
 * model on obvious comment spam, and the mail parser / CLI. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <unistd.h>

#include "moderation/mod_int.h"
#include "moderation/modtest.h"

static const char *spam_txt[] = {
    "cheap pills online pharmacy no prescription buy now",
    "best casino bonus free spins jackpot win money now",
    "buy cheap pills casino bonus online pharmacy",
    "earn money fast from home click here free bonus",
};
static const char *ham_txt[] = {
    "the city council voted on the new budget yesterday",
    "i disagree with the author about the school reform",
    "thank you for this article about the council budget",
    "the reform of the school calendar was voted yesterday",
};

static double prob(mod_engine *e, const char *t)
{
    util_arena *a = util_arena_new();
    mod_input in = {.text = t, .ms_since_load = -1};
    double p;
    assert_int_equal(mod_classify(e, &in, a, &p, NULL, NULL, 0), MOD_OK);
    util_arena_free(a);
    return p;
}

static mod_engine *small_engine(void)
{
    mod_config c;
    mod_config_defaults(&c);
    char err[256];
    mod_engine *e = mod_engine_new(&c, err, sizeof err);
    assert_non_null(e);
    for (int r = 0; r < 3; r++) {
        for (size_t i = 0; i < 4; i++) {
            mod_input s = {.text = spam_txt[i]}, h = {.text = ham_txt[i]};
            assert_int_equal(mod_train(e, &s, true), MOD_OK);
            assert_int_equal(mod_train(e, &h, false), MOD_OK);
        }
    }
    return e;
}

static void test_untrained_is_neutral(void **state)
{
    (void)state;
    mod_config c;
    mod_config_defaults(&c);
    mod_engine *e = mod_engine_new(&c, NULL, 0);
    assert_non_null(e);
    assert_true(prob(e, "cheap pills") == 0.5);
    mod_input s = {.text = "cheap pills"};
    mod_train(e, &s, true);
    assert_true(prob(e, "cheap pills") == 0.5);   /* no ham learned yet */
    mod_engine_free(e);
}

static void test_train_and_score(void **state)
{
    (void)state;
    mod_engine *e = small_engine();
    assert_true(prob(e, "buy cheap pills and casino bonus") > 0.9);
    assert_true(prob(e, "the council voted the school budget") < 0.1);
    double u = prob(e, "zzz unknown words only");   /* only metadata is known */
    assert_true(u > 0.1 && u < 0.9);
    uint64_t ns, nh;
    mod_engine_model_totals(e, &ns, &nh);
    assert_int_equal(ns, 12);
    assert_int_equal(nh, 12);
    /* explain: strongest tokens are named */
    util_arena *a = util_arena_new();
    mod_input in = {.text = "cheap pills casino"};
    double p;
    mod_token_score *tok;
    size_t n;
    assert_int_equal(mod_classify(e, &in, a, &p, &tok, &n, 5), MOD_OK);
    assert_true(n > 0 && n <= 5);
    bool named = false;
    for (size_t i = 0; i < n; i++)
        if (strcmp(tok[i].token, "w:cheap") == 0 || strcmp(tok[i].token, "b:cheap pills") == 0) named = true;
    assert_true(named);
    assert_true(tok[0].prob > 0.5);
    util_arena_free(a);
    mod_engine_free(e);
}

static void test_untrain(void **state)
{
    (void)state;
    mod_engine *e = small_engine();
    mod_input h = {.text = "completely new ham words here"};
    double before = prob(e, "completely new ham words here");
    mod_train(e, &h, false);
    assert_true(prob(e, "completely new ham words here") < before);
    mod_untrain(e, &h, false);
    assert_true(prob(e, "completely new ham words here") == before);
    /* unlearning what was never learned changes nothing and never wraps */
    mod_untrain(e, &h, true);
    uint64_t ns, nh;
    mod_engine_model_totals(e, &ns, &nh);
    assert_int_equal(ns, 11);
    mod_engine_free(e);
}

static void test_backend_vtable(void **state)
{
    (void)state;
    mod_stat_backend *b = mod_stat_memory_new();
    uint64_t h[5000];
    for (size_t i = 0; i < 5000; i++) h[i] = i * 0x9E3779B97F4A7C15ULL;   /* forces growth */
    assert_int_equal(b->vt->learn(b->ctx, h, 5000, true, 1), MOD_OK);
    assert_int_equal(b->vt->learn(b->ctx, h, 10, false, 1), MOD_OK);
    uint32_t s[5000], m[5000];
    assert_int_equal(b->vt->lookup(b->ctx, h, 5000, s, m), MOD_OK);
    assert_int_equal(s[0], 1);
    assert_int_equal(m[9], 1);
    assert_int_equal(m[10], 0);
    assert_int_equal(s[4999], 1);
    uint64_t ns, nh;
    b->vt->totals(b->ctx, &ns, &nh);
    assert_int_equal(ns, 1);
    assert_int_equal(nh, 1);
    b->vt->learn(b->ctx, h, 10, false, -1);
    b->vt->learn(b->ctx, h, 10, false, -1);   /* never below zero */
    b->vt->lookup(b->ctx, h, 10, s, m);
    assert_int_equal(m[0], 0);
    b->vt->totals(b->ctx, &ns, &nh);
    assert_int_equal(nh, 0);
    mod_stat_backend_free(b);
    mod_stat_backend_free(NULL);
}

static void test_model_round_trip(void **state)
{
    (void)state;
    mod_engine *e = small_engine();
    util_buf b = {0};
    assert_int_equal(mod_engine_model_serialize(e, &b), MOD_OK);
    mod_config c;
    mod_config_defaults(&c);
    mod_engine *e2 = mod_engine_new(&c, NULL, 0);
    char err[256];
    assert_int_equal(mod_engine_model_deserialize(e2, b.data, b.len, err, sizeof err), MOD_OK);
    const char *probe[] = {"buy cheap pills", "school budget vote", "casino", "reform"};
    for (size_t i = 0; i < 4; i++) assert_true(prob(e, probe[i]) == prob(e2, probe[i]));
    util_buf b2 = {0};
    assert_int_equal(mod_engine_model_serialize(e2, &b2), MOD_OK);
    assert_int_equal(b.len, b2.len);
    assert_memory_equal(b.data, b2.data, b.len);   /* deterministic bytes */

    /* file round trip */
    char path[] = "/tmp/causerie-model-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(mod_engine_save_model(e, path, err, sizeof err), MOD_OK);
    mod_engine *e3 = mod_engine_new(&(mod_config){.spam_cutoff = 0.9, .blatant_cutoff = 0.99,
                                                  .model_file = path}, err, sizeof err);
    assert_non_null(e3);
    assert_true(prob(e3, "buy cheap pills") == prob(e, "buy cheap pills"));
    unlink(path);

    /* corrupted models are refused with a reason, and change nothing */
    char *bad = malloc(b.len);
    memcpy(bad, b.data, b.len);
    bad[40] ^= 1;
    assert_int_equal(mod_engine_model_deserialize(e2, bad, b.len, err, sizeof err), MOD_EFORMAT);
    assert_non_null(strstr(err, "checksum"));
    assert_int_equal(mod_engine_model_deserialize(e2, b.data, b.len - 3, err, sizeof err), MOD_EFORMAT);
    assert_int_equal(mod_engine_model_deserialize(e2, "nope", 4, err, sizeof err), MOD_EFORMAT);
    memcpy(bad, b.data, b.len);
    bad[4] = 9;
    assert_int_equal(mod_engine_model_deserialize(e2, bad, b.len, err, sizeof err), MOD_EFORMAT);
    assert_non_null(strstr(err, "version"));
    assert_true(prob(e2, "buy cheap pills") == prob(e, "buy cheap pills"));
    free(bad);
    util_buf_free(&b);
    util_buf_free(&b2);
    mod_engine_free(e);
    mod_engine_free(e2);
    mod_engine_free(e3);
}

/* Out of the box: obvious comment spam (none of these lines is in the
 * training file) is not published. */
static void put_u(unsigned char *p, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++) p[i] = (unsigned char)(v >> (8 * i));
}

typedef struct trip3 {
    uint64_t h;
    uint32_t s, m;
    struct trip3 *all;
    size_t n;
} trip3;

static void grab(void *arg, uint64_t h, uint32_t s, uint32_t m)
{
    trip3 *t = arg;
    t->all = realloc(t->all, (t->n + 1) * sizeof *t->all);
    t->all[t->n++] = (trip3){.h = h, .s = s, .m = m};
}

static int cmp3(const void *x, const void *y)
{
    const trip3 *a = x, *b = y;
    return a->h < b->h ? -1 : a->h > b->h;
}

/* A version-2 model file is mapped and used in place; learning into it
 * copies it first (the file is not changed); version-1 models (sorted
 * triples, FNV-1a checksum) are still read. */
static void test_model_mapped_and_v1(void **state)
{
    (void)state;
    char err[256];
    mod_engine *e = small_engine();
    char path[] = "/tmp/causerie-model2-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(mod_engine_save_model(e, path, err, sizeof err), MOD_OK);
    util_buf before = {0};
    assert_int_equal(mod_engine_model_serialize(e, &before), MOD_OK);
    assert_memory_equal(before.data, "CSRM\x02\0\0\0", 8);
    mod_config c;
    mod_config_defaults(&c);
    c.model_file = path;
    mod_engine *m = mod_engine_new(&c, err, sizeof err);
    assert_non_null(m);
    double p0 = prob(m, "buy cheap pills");
    assert_true(p0 == prob(e, "buy cheap pills"));
    mod_input in = {.text = "buy cheap pills casino tonight", .ms_since_load = -1};
    for (int i = 0; i < 3; i++) {
        assert_int_equal(mod_train(m, &in, false), MOD_OK);
        assert_int_equal(mod_train(e, &in, false), MOD_OK);
    }
    assert_true(prob(m, "buy cheap pills") < p0);
    assert_true(prob(m, "buy cheap pills") == prob(e, "buy cheap pills"));
    /* the file on disk is unchanged by learning into the mapped copy */
    mod_engine *m2 = mod_engine_new(&c, err, sizeof err);
    assert_non_null(m2);
    assert_true(prob(m2, "buy cheap pills") == p0);
    unlink(path);

    /* a version-1 model of the same counts */
    mod_engine *src = small_engine();
    trip3 t = {0};
    util_buf v2 = {0};
    assert_int_equal(mod_engine_model_serialize(src, &v2), MOD_OK);
    mod_stat_backend *mem = mod_stat_memory_new();
    mod_config c2;
    mod_config_defaults(&c2);
    c2.backend = mem;
    mod_engine *holder = mod_engine_new(&c2, err, sizeof err);
    assert_non_null(holder);
    assert_int_equal(mod_engine_model_deserialize(holder, v2.data, v2.len, err, sizeof err), MOD_OK);
    assert_int_equal(mem->vt->foreach(mem->ctx, grab, &t), MOD_OK);
    qsort(t.all, t.n, sizeof *t.all, cmp3);
    uint64_t ns, nh;
    mod_engine_model_totals(src, &ns, &nh);
    size_t len = 32 + t.n * 16 + 8;
    unsigned char *v1 = calloc(1, len);
    memcpy(v1, "CSRM", 4);
    put_u(v1 + 4, 1, 4);
    put_u(v1 + 8, ns, 8);
    put_u(v1 + 16, nh, 8);
    put_u(v1 + 24, t.n, 8);
    for (size_t i = 0; i < t.n; i++) {
        put_u(v1 + 32 + 16 * i, t.all[i].h, 8);
        put_u(v1 + 40 + 16 * i, t.all[i].s, 4);
        put_u(v1 + 44 + 16 * i, t.all[i].m, 4);
    }
    put_u(v1 + len - 8, mod__hash(v1, len - 8, 0), 8);
    mod_engine *old = mod_engine_new(&(mod_config){.spam_cutoff = 0.9, .blatant_cutoff = 0.99}, err,
                                     sizeof err);
    assert_int_equal(mod_engine_model_deserialize(old, v1, len, err, sizeof err), MOD_OK);
    assert_true(prob(old, "buy cheap pills") == prob(src, "buy cheap pills"));
    util_buf again = {0};
    assert_int_equal(mod_engine_model_serialize(old, &again), MOD_OK);   /* written as version 2 */
    assert_int_equal(again.len, v2.len);
    assert_memory_equal(again.data, v2.data, v2.len);
    /* a filled-in table (every empty slot taken) is refused: its checksum fails */
    unsigned char *full = malloc(v2.len);
    memcpy(full, v2.data, v2.len);
    for (size_t i = 40; i + 8 < v2.len; i += 16)
        if (full[i] == 0 && memcmp(full + i, "\0\0\0\0\0\0\0\0", 8) == 0) full[i] = 1;
    assert_int_equal(mod_engine_model_deserialize(old, full, v2.len, err, sizeof err), MOD_EFORMAT);
    free(full);
    free(v1);
    free(t.all);
    util_buf_free(&before);
    util_buf_free(&v2);
    util_buf_free(&again);
    mod_engine_free(e);
    mod_engine_free(m);
    mod_engine_free(m2);
    mod_engine_free(src);
    mod_engine_free(holder);
    mod_engine_free(old);
}

/* The classifier's hash-only (lean) pass gives exactly the features of the
 * full pass: words (leet, joined letters, non-Latin), links, headers. */
static void test_lean_features_equal(void **state)
{
    (void)state;
    static const char *const mails[] = {
        "From: \"Bob\" <bob@example.com>\nReceived: from mail.example.com (mail.example.com [10.1.2.3])\n"
        "Subject: Fr33 c.a.s.i.n.o b0nus\nContent-Type: text/html\n\n<p>Wiiin <a href=\"http://spam.example.biz/x\">"
        "cl1ck h3re</a> n o w, f*ck, €100 ÉLÉPHANT naïve straße Привет שלום 中文 v i a g r a</p>",
        "plain text with a-very-long-word-that-goes-on-and-on-and-on-and-on-for-ever and 1234567 digits "
        "and e.m.a.i.l me at someone@example.org or www.example.fr. Thanks!",
        "Subject: =?utf-8?B?w6l0w6k=?=\nX-Mailer: Foo 1.0\n\nshort",
        "",
    };
    for (size_t k = 0; k < sizeof mails / sizeof *mails; k++) {
        util_arena *a = util_arena_new();
        mod_input in = {.ms_since_load = -1};
        mod_mail_parse(mails[k], strlen(mails[k]), a, &in);
        mod__doc d1, d2;
        mod__feats f1, f2;
        mod__analyze_ex(in.text, strlen(in.text), a, &d1, MOD__A_NOKEYS);
        mod__features(&d1, &in, a, &f1);
        mod__analyze_ex(in.text, strlen(in.text), a, &d2, MOD__A_NOKEYS | MOD__A_LEAN);
        mod__features_ex(&d2, &in, a, &f2, true);
        assert_non_null(f1.v);
        assert_null(f2.v);
        assert_int_equal(f1.n, f2.n);
        for (size_t i = 0; i < f1.n; i++) {
            assert_true(f1.h[i] == f2.h[i]);
            assert_true(f1.v[i].h == f1.h[i]);
        }
        assert_int_equal(d1.n, d2.n);
        mod__doc_release(&d2);
        assert_null(d2.heap);
        mod__doc_release(&d1);   /* a no-op for a full doc */
        util_arena_free(a);
    }
}

static void test_default_model_blocks_obvious_spam(void **state)
{
    (void)state;
    mod_engine *e = mt_engine(true);
    assert_non_null(e);
    const char *spam[] = {
        "Pharmacie en ligne : Viagra et Cialis sans ordonnance, livraison express http://medic-rapide.biz",
        "Top casino online, 400 free spins and a huge welcome bonus: http://spin-palace-win.com",
        "Crypto investment with guaranteed 25% weekly returns, contact my manager on WhatsApp",
        "Prêt d'argent rapide entre particuliers sans justificatif, écrivez-moi : pret.facile@gmail.com",
        "Cheap SEO backlinks to rank your site on Google page one: backlinks-rank-fast.net",
        "Hot girls want to date you tonight, sign up free at meet-girls-tonight.com",
        "Grand marabout médium : retour de l'être aimé en 3 jours, résultats garantis",
        "a.example.com b-cash.net c-casino.biz d-pills.org e-loans.xyz f-dating.club",
    };
    for (size_t i = 0; i < sizeof spam / sizeof *spam; i++) {
        const char *cat;
        mod_action a = mt_decide(e, spam[i], &cat);
        if (a == MOD_PUBLISH) fail_msg("published out of the box: %s", spam[i]);
    }
    mod_engine_free(e);
}

static void test_train_file_errors(void **state)
{
    (void)state;
    char path[] = "/tmp/causerie-train-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *bad = "# ok\nspam\tfine\nmaybe\ttext\n";
    assert_int_equal(write(fd, bad, strlen(bad)), (ssize_t)strlen(bad));
    close(fd);
    mod_config c;
    mod_config_defaults(&c);
    c.train_file = path;
    char err[256];
    assert_null(mod_engine_new(&c, err, sizeof err));
    assert_non_null(strstr(err, "line 3"));
    c.train_file = "/nonexistent/train.tsv";
    assert_null(mod_engine_new(&c, err, sizeof err));
    unlink(path);
}

static void test_mail_parse(void **state)
{
    (void)state;
    util_arena *a = util_arena_new();
    const char *m =
        "From: \"Jo Bloggs\" <jo@example.org>\r\n"
        "Subject: =?utf-8?B?Q2Fmw6kgZ3JhdHVpdA==?=\r\n"
        "Content-Type: multipart/mixed; boundary=\"XX\"\r\n"
        "\r\n"
        "preamble\r\n"
        "--XX\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        "Caf=C3=A9 offert, soft=\r\nbreak\r\n"
        "--XX\r\n"
        "Content-Type: text/html\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n"
        "PHA+PGEgaHJlZj0iaHR0cDovL3NwYW0uZXhhbXBsZS8iPmNsaWNrPC9hPjwvcD4=\r\n"
        "--XX\r\n"
        "Content-Type: application/pdf\r\n"
        "\r\n"
        "SECRETATTACHMENT\r\n"
        "--XX--\r\n";
    mod_input in = {0};
    mod_mail_parse(m, strlen(m), a, &in);
    assert_string_equal(in.subject, "Caf\xc3\xa9 gratuit");
    assert_string_equal(in.email, "jo@example.org");
    assert_string_equal(in.author, "Jo Bloggs");
    assert_non_null(strstr(in.text, "Caf\xc3\xa9 offert, softbreak"));
    assert_non_null(strstr(in.text, "http://spam.example/"));
    assert_non_null(strstr(in.text, "click"));
    assert_null(strstr(in.text, "SECRETATTACHMENT"));
    assert_non_null(in.headers);
    /* plain text without headers, and Latin-1 bytes */
    mod_input p = {0};
    mod_mail_parse("just caf\xe9 text\n", 15, a, &p);
    assert_null(p.subject);
    assert_string_equal(p.text, "just caf\xc3\xa9 text\n");
    /* garbage never crashes */
    mod_input g = {0};
    mod_mail_parse("Content-Type: multipart/mixed; boundary=\n\n--\n--\n", 46, a, &g);
    assert_non_null(g.text);
    util_arena_free(a);
}

static void test_cli(void **state)
{
    (void)state;
    char dir[] = "/tmp/causerie-cli-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char p[600], model[600];
    snprintf(model, sizeof model, "%s/model.bin", dir);
    const char *files[][2] = {{"s1", "Subject: cheap pills\n\nbuy cheap pills casino bonus now\n"},
                              {"s2", "buy casino bonus cheap pills online\n"},
                              {"h1", "Subject: council\n\nthe council voted the school budget\n"},
                              {"h2", "the school budget reform was voted by the council\n"}};
    for (size_t i = 0; i < 4; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, files[i][0]);
        FILE *f = fopen(p, "w");
        assert_non_null(f);
        fputs(files[i][1], f);
        fclose(f);
    }
    char s1[600], s2[600], h1[600], h2[600];
    snprintf(s1, sizeof s1, "%s/s1", dir);
    snprintf(s2, sizeof s2, "%s/s2", dir);
    snprintf(h1, sizeof h1, "%s/h1", dir);
    snprintf(h2, sizeof h2, "%s/h2", dir);
    char *train[] = {"train", "--model", model, "--spam", s1, s2, "--ham", h1, h2};
    assert_int_equal(mod_cli_train(9, train), 0);
    char *classify[] = {"classify", "--model", model, s1, h1};
    assert_int_equal(mod_cli_classify(5, classify), 0);
    char *nolabel[] = {"train", "--model", model, s1};
    assert_int_equal(mod_cli_train(4, nolabel), 2);
    char *missing[] = {"classify", "--model", model, "/nonexistent/file"};
    assert_int_equal(mod_cli_classify(4, missing), 1);
    char *badthr[] = {"classify", "--threshold", "2", s1};
    assert_int_equal(mod_cli_classify(4, badthr), 2);
    const char *names[] = {"s1", "s2", "h1", "h2", "model.bin", "model.bin.lr"};
    for (size_t i = 0; i < 6; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        unlink(p);
    }
    rmdir(dir);
}

/* HTML mail: its structure (MIME part, encoding, charset, tags and
 * attributes) becomes the X-Causerie-Structure pseudo-header, and the
 * tokenizer turns it into header features. */
static void test_mail_structure(void **state)
{
    (void)state;
    const char *m = "From: a@b.example\nSubject: hi\nContent-Type: text/html; charset=iso-8859-1\n"
                    "Content-Transfer-Encoding: 7bit\n\n<html><body><font color=\"red\" size=4>Buy "
                    "now</font></body></html>\n";
    util_arena *a = util_arena_new();
    mod_input in = {.ms_since_load = -1};
    mod_mail_parse(m, strlen(m), a, &in);
    assert_non_null(in.headers);
    const char *x = strstr(in.headers, "X-Causerie-Structure:");
    assert_non_null(x);
    assert_non_null(strstr(x, " partztexthtml"));
    assert_non_null(strstr(x, " ctez7bit"));
    assert_non_null(strstr(x, " charsetziso88591"));
    assert_non_null(strstr(x, " fontzcolor"));
    assert_non_null(strstr(x, " fontzsize"));
    assert_null(strstr(x, "red"));   /* attribute values are not names */
    assert_non_null(strstr(in.text, "Buy"));
    mod__doc d;
    mod__analyze_ex(in.text, strlen(in.text), a, &d, MOD__A_NOKEYS);
    mod__feats f;
    mod__features(&d, &in, a, &f);
    bool found = false;
    for (size_t i = 0; i < f.n; i++) {
        if (f.v[i].kind == MOD__F_HEAD && strcmp(mod__feat_name(&d, &f.v[i], a),
                                                 "h:x-causerie-structure:fontzcolor") == 0)
            found = true;
    }
    assert_true(found);
    util_arena_free(a);
}

/* Classifier parameters: bad values are refused with a message; the mail
 * values give a different (fewer-clue) answer than the comment defaults. */
static void test_classifier_params(void **state)
{
    (void)state;
    char err[256] = "";
    mod_config c;
    mod_config_defaults(&c);
    c.min_dev = 0.7;
    assert_null(mod_engine_new(&c, err, sizeof err));
    assert_non_null(strstr(err, "min_dev"));
    mod_config_defaults(&c);
    c.max_clues = -1;
    assert_null(mod_engine_new(&c, err, sizeof err));
    mod_config_defaults(&c);
    c.robinson_s = 0.5;
    c.max_clues = 2;
    mod_engine *e = mod_engine_new(&c, err, sizeof err);
    assert_non_null(e);
    util_arena *a = util_arena_new();
    for (size_t i = 0; i < UTIL_ARRAY_LEN(spam_txt); i++) {
        mod_input in = {.text = spam_txt[i], .ms_since_load = -1};
        assert_int_equal(mod_train(e, &in, true), MOD_OK);
    }
    for (size_t i = 0; i < UTIL_ARRAY_LEN(ham_txt); i++) {
        mod_input in = {.text = ham_txt[i], .ms_since_load = -1};
        assert_int_equal(mod_train(e, &in, false), MOD_OK);
    }
    mod_input in = {.text = "cheap casino pills bonus free spins now", .ms_since_load = -1};
    double p;
    mod_token_score *tok;
    size_t n;
    assert_int_equal(mod_classify(e, &in, a, &p, &tok, &n, 10), MOD_OK);
    assert_true(n <= 2);   /* max_clues bounds the features used */
    assert_true(p > 0.5);
    util_arena_free(a);
    mod_engine_free(e);
}

/* A memory backend filled row by row (as the server loads the store's
 * model): every count and the totals read back, across table growth. */
static void test_memory_put(void **state)
{
    (void)state;
    mod_stat_backend *b = mod_stat_memory_new();
    mod_stat_memory_reserve(b, 100);
    enum { N = 5000 };
    for (uint64_t i = 1; i <= N; i++)
        mod_stat_memory_put(b, i * 0x9e3779b97f4a7c15ull, (uint32_t)i, (uint32_t)(2 * i));
    mod_stat_memory_put(b, 1 * 0x9e3779b97f4a7c15ull, 7, 8);   /* set again: replaced */
    mod_stat_memory_set_totals(b, 11, 22);
    uint64_t ns, nh;
    assert_int_equal(b->vt->totals(b->ctx, &ns, &nh), MOD_OK);
    assert_true(ns == 11 && nh == 22);
    for (uint64_t i = 1; i <= N; i++) {
        uint64_t h = i * 0x9e3779b97f4a7c15ull;
        uint32_t sp, hm;
        assert_int_equal(b->vt->lookup(b->ctx, &h, 1, &sp, &hm), MOD_OK);
        assert_int_equal(sp, i == 1 ? 7 : i);
        assert_int_equal(hm, i == 1 ? 8 : 2 * i);
    }
    mod_stat_backend_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_untrained_is_neutral),
        cmocka_unit_test(test_memory_put),
        cmocka_unit_test(test_train_and_score),
        cmocka_unit_test(test_untrain),
        cmocka_unit_test(test_backend_vtable),
        cmocka_unit_test(test_model_round_trip),
        cmocka_unit_test(test_model_mapped_and_v1),
        cmocka_unit_test(test_lean_features_equal),
        cmocka_unit_test(test_default_model_blocks_obvious_spam),
        cmocka_unit_test(test_train_file_errors),
        cmocka_unit_test(test_mail_parse),
        cmocka_unit_test(test_cli),
        cmocka_unit_test(test_mail_structure),
        cmocka_unit_test(test_classifier_params),
    };
    return cmocka_run_group_tests_name("moderation/classifier", tests, NULL, NULL);
}
