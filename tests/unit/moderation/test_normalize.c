/* Normalization and tokenization: every obfuscation the issue lists, the
 * words that must never match, Unicode folding, links, scripts, and the
 * fingerprint. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "moderation/mod_int.h"
#include "moderation/modtest.h"

static void norm_is(const char *in, const char *want)
{
    util_buf b = {0};
    mod_normalize(in, strlen(in), &b);
    if (strcmp(b.data, want) != 0) fail_msg("normalize(\"%s\") = \"%s\", want \"%s\"", in, b.data, want);
    util_buf_free(&b);
}

static void test_unicode_folding(void **state)
{
    (void)state;
    norm_is("Élève ÉCOLE Ça", "eleve ecole ca");
    norm_is("ﬁn ＦＵＬＬ Straße ŒUVRE", "fin full strasse oeuvre");       /* NFKC + casefold */
    norm_is("שָׁלוֹם", "שלום");                                          /* niqqud stripped */
    norm_is("عَرَبِيّ", "عربي");                                          /* harakat stripped */
    /* Arabic spelling variants: tatweel dropped, teh marbuta as heh, alef
     * maksura and Persian yeh as yeh, Persian kaf as kaf */
    norm_is("شرمـــوطة", "شرموطه");
    norm_is("مستشفى یا کلب", "مستشفي يا كلب");
    norm_is("zero\xe2\x80\x8bwidth con\xc2\xadnard", "zerowidth connard"); /* ZWSP, soft hyphen */
    norm_is("", "");
    norm_is("caf\xe9", "cafe");   /* Latin-1 byte read as é */
}

static void test_obfuscations(void **state)
{
    (void)state;
    norm_is("c0nnard", "connard");
    norm_is("@bruti $alope", "abruti salope");
    norm_is("b!te ch!er wow!", "bite chier wow");
    norm_is("c.o.n.n.a.r.d", "connard");
    norm_is("e n c u l é", "encule");
    norm_is("C-O-N-N-A-R-D", "connard");
    /* a wider gap inside a run of single letters is a word boundary */
    norm_is("s a l e   b o u g n o u l e", "sale bougnoule");
    norm_is("t u  e s  u n  c o n", "tu es un con");
    norm_is("s.a.l.e  j.u.i.f", "sale juif");
    norm_is("a  b c d", "a bcd");                   /* a lone letter stays a letter */
    norm_is("C o n n a r d d'arbitre", "connard d arbitre");   /* an elided "d'" starts the next word */
    norm_is("f*ck", "f*ck");                       /* masks stay, matched as wildcards */
    norm_is("*important* **gras**", "important gras");   /* Markdown emphasis is not a mask */
    norm_is("cоnnard", "connard");                 /* Cyrillic о */
    norm_is("Ⓕⓤⓒⓚ 🅲🅾🅽🅽🅰🆁🅳 🄲🄾🄽", "fuck connard con");   /* letters in circles and squares */
    norm_is("🅰️ ou 🅱️", "a ou b");               /* the emoji's variation selector is a mark */
    norm_is("il y a 2024 raisons", "il y a 2024 raisons");
}

/* Every example of the issue through the shipped policy. */
static void test_issue_examples_match(void **state)
{
    (void)state;
    mod_engine *e = mt_engine(false);
    assert_non_null(e);
    const char *abusive[] = {"c0nnard", "Espèce de c.o.n.n.a.r.d", "connnnnard", "e n c u l é",
                             "f*ck you", "Tu es un @bruti", "sale $alope", "CONNARD", "Connard !",
                             "c o n n a r d", "enc*lé", "t u  e s  u n  c o n"};
    for (size_t i = 0; i < sizeof abusive / sizeof *abusive; i++) {
        const char *cat;
        mod_action a = mt_decide(e, abusive[i], &cat);
        if (a != MOD_REJECT || strcmp(cat, "insult") != 0)
            fail_msg("\"%s\" -> %s/%s, want reject/insult", abusive[i], mod_action_name(a), cat);
    }
    mod_engine_free(e);
}

static void test_never_substring(void **state)
{
    (void)state;
    mod_engine *e = mt_engine(false);
    assert_non_null(e);
    const char *clean[] = {"Le conflit au Proche-Orient", "Il habite à Conflans",
                           "Un calcul simple", "I live in Scunthorpe", "A careful analysis",
                           "Un cocktail au bar", "The assassin's creed", "Une bassesse politique",
                           "Grape juice and classic cars", "Il consulte le cadastre",
                           /* Markdown emphasis is not a mask (a star at a
                            * token's edge once let "**numéro" match encul*) */
                           "C'est le **numéro 0**", "Le **point 0** du plan",
                           "Vive le *premier* ministre",
                           /* a doubled letter is another word ("salle" is not "sale") */
                           "Une salle de prière digne", "Comme prévu, la baisse des impôts"};
    for (size_t i = 0; i < sizeof clean / sizeof *clean; i++) {
        util_arena *a = util_arena_new();
        mod_input in = {.text = clean[i], .ms_since_load = 30000};
        mod_decision d;
        assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
        if (d.action != MOD_PUBLISH || d.n_matches != 0)
            fail_msg("\"%s\" -> %s with %zu matches", clean[i], mod_action_name(d.action), d.n_matches);
        util_arena_free(a);
    }
    mod_engine_free(e);
}

static void test_runs_and_masks(void **state)
{
    (void)state;
    /* emoji that stand for a word: replaced for the policy, the rest kept */
    util_arena *ea = util_arena_new();
    size_t el = 0;
    const char *ew = mod__emoji_words("Les juifs \xf0\x9f\x90\x80!", 15, ea, &el);
    assert_non_null(ew);
    assert_string_equal(ew, "Les juifs  emojirat !");
    assert_int_equal(el, strlen(ew));
    assert_null(mod__emoji_words("Bravo \xf0\x9f\x91\x8f", 10, ea, &el));   /* 👏: no word */
    assert_null(mod__emoji_words("\xf0\x9f\x90", 3, ea, &el));               /* cut short */
    util_arena_free(ea);
    assert_true(mod__runs_match("connnnard", "connard"));
    assert_true(mod__runs_match("connard", "connard"));
    assert_false(mod__runs_match("conard", "connard"));   /* fewer letters than the word */
    assert_false(mod__runs_match("as", "ass"));
    assert_false(mod__runs_match("connards", "connard"));
    /* a doubled letter is another word; stretched to three, the same one */
    assert_false(mod__runs_match("salle", "sale"));
    assert_false(mod__runs_match("comme", "come"));
    assert_false(mod__runs_match("baisse", "baise"));
    assert_true(mod__runs_match("salllle", "sale"));
    /* French's feminine -ée(s), accents folded, against the masculine */
    assert_true(mod__runs_match("payee", "paye"));
    assert_true(mod__runs_match("tuees", "tues"));
    assert_false(mod__runs_match("reellement", "relement"));   /* only a final -ee(s) */
    assert_true(mod__mask_match("f*ck", "fuck"));
    assert_true(mod__mask_match("f**k", "fuck"));
    assert_true(mod__mask_match("enc*le", "encule"));
    assert_false(mod__mask_match("f*ck", "fun"));
    assert_false(mod__mask_match("f*ck", "fck"));       /* a star stands for at least one letter */
}

static void test_tokens_links_scripts(void **state)
{
    (void)state;
    util_arena *a = util_arena_new();
    mod__doc d;
    const char *t = "Voir https://www.Example.com/x?y=1, casino-royal.fr et bob@spam.ru. "
                    "Fin. שלום עליכם ومرحبا";
    mod__analyze(t, strlen(t), a, &d);
    assert_int_equal(d.n_links, 3);
    assert_string_equal(d.links[0].domain, "example.com");
    assert_string_equal(d.links[1].domain, "casino-royal.fr");
    assert_true(d.links[2].is_email);
    assert_string_equal(d.links[2].domain, "spam.ru");
    assert_string_equal(d.toks[0].form, "voir");
    assert_int_equal(d.toks[0].start, 0);
    assert_int_equal(d.toks[0].end, 4);
    assert_true(d.scripts & (1u << MOD__S_HEBREW));
    assert_true(d.scripts & (1u << MOD__S_ARABIC));
    assert_true(d.n_sent >= 2);
    /* "c.o.n" and "3.14" are not domains */
    mod__analyze("c.o.n.n.a.r.d 3.14 e.g. etc.", 28, a, &d);
    assert_int_equal(d.n_links, 0);
    /* a one-letter host is a link with a path after it ("t.me/chan",
     * session 20), not alone ("t.me", "a.fr") nor as letters split by dots */
    const char *t2 = "Rejoignez t.me/signaux_fr ou wa.me/33612 ; t.me seul, a.fr, c.o.n/x";
    mod__analyze(t2, strlen(t2), a, &d);
    assert_int_equal(d.n_links, 2);
    assert_string_equal(d.links[0].domain, "t.me");
    assert_string_equal(d.links[1].domain, "wa.me");
    util_arena_free(a);
}

/* known() of a word list (a NULL-terminated array) */
static bool known_in(const void *ctx, const char *w, size_t n)
{
    for (const char *const *k = ctx; *k; k++)
        if (strlen(*k) == n && memcmp(*k, w, n) == 0) return true;
    return false;
}

/* The second (mod__reread_split) or third (mod__reread_tricks) reading
 * of text with the words known: its tokens' words joined by spaces, or
 * NULL when it reads as it is; each token's first and last token of the
 * doc, as "i-j ", into map.  A split-letter token keeps its sentence. */
typedef bool (*reading_fn)(const mod__doc *, util_arena *, mod__known_fn, const void *, mod__doc *, uint32_t **);
static const char *reading(reading_fn fn, util_arena *a, const char *text, const char *const *known, char *map,
                           size_t mapn)
{
    mod__doc d, r;
    uint32_t *from;
    mod__analyze(text, strlen(text), a, &d);
    if (!fn(&d, a, known_in, known, &r, &from)) return NULL;
    util_buf b = {0};
    size_t m = 0;
    map[0] = '\0';
    for (size_t i = 0; i < r.n; i++) {
        if (i) util_buf_append(&b, " ", 1);
        const char *w = r.toks[i].alt ? r.toks[i].alt : r.toks[i].form;
        util_buf_append(&b, w, strlen(w));
        assert_true(from[2 * i] <= from[2 * i + 1] && from[2 * i + 1] < d.n);
        if (fn == mod__reread_split) assert_int_equal(r.toks[i].sent, d.toks[from[2 * i]].sent);
        m += (size_t)snprintf(map + m, mapn - m, "%u-%u ", from[2 * i], from[2 * i + 1]);
    }
    const char *s = util_arena_strdup(a, b.data ? b.data : "");
    util_buf_free(&b);
    return s;
}
#define reread(...) reading(mod__reread_split, __VA_ARGS__)
#define retrick(...) reading(mod__reread_tricks, __VA_ARGS__)

/* Split letters read again for the policy: a run that took the article
 * before it, a word cut short of the letters beside it, words spaced out
 * letter by letter as one; the tokens themselves (the classifier's) keep
 * the tokenizer's reading. */
static void test_split_letters_read_again(void **state)
{
    (void)state;
    util_arena *a = util_arena_new();
    char map[256];
    static const char *const w1[] = {"cunt", "chink", "con", "tes", "salope", "te", "connard", "bon", NULL};
    assert_string_equal(reread(a, "You are a c u n t", w1, map, sizeof map), "you are a cunt");
    assert_string_equal(map, "0-0 1-1 2-2 2-2 ");   /* "a" and "cunt" both from "acunt" */
    assert_string_equal(reread(a, "ch.i.n.k", w1, map, sizeof map), "chink");   /* "ch" + "ink" */
    assert_string_equal(map, "0-1 ");
    /* two-letter words beside a run are glued only to its letters ("t es"
     * is not "tes"); a short word is cut off the run's start or end */
    assert_string_equal(reread(a, "t es u n c o n", w1, map, sizeof map), "t es un con");
    /* ... never inside it ("sa" + "lope" + "t" + "te" is not read) */
    assert_null(reread(a, "s a l o p e t t e", w1, map, sizeof map));
    assert_null(reread(a, "c o n n a r d", w1, map, sizeof map));   /* reads as it is */
    assert_null(reread(a, "b r a v o", w1, map, sizeof map));       /* no word known */
    assert_null(reread(a, "Un bon article.", w1, map, sizeof map));  /* no run */
    /* a known word beside the run is not glued to it ("de" + "pute" is
     * not "depute": the run reads as it is); one short word at most ("ci"
     * + "ali" + "s" is not read) */
    static const char *const w3[] = {"de", "pute", "depute", "ali", NULL};
    assert_null(reread(a, "Espèce de p.u.t.e", w3, map, sizeof map));
    assert_null(reread(a, "c i a l i s", w3, map, sizeof map));
    static const char *const w2[] = {"השואה", "היא", "שקר", "בן", "זונה", "كس", "امك", NULL};
    assert_string_equal(reread(a, "ה ש ו א ה ה י א ש ק ר", w2, map, sizeof map), "השואה היא שקר");
    assert_string_equal(reread(a, "יא ב ן ז ו נ ה", w2, map, sizeof map), "יא בן זונה");
    assert_string_equal(reread(a, "ב ת ז ו נ ה", w2, map, sizeof map), "בת זונה");   /* "בת": short, not known */
    assert_string_equal(reread(a, "ك.س أ.م.ك", w2, map, sizeof map), "كس امك");     /* two letters glued */
    assert_string_equal(map, "0-1 2-2 ");
    /* a sentence, and a second run, after it */
    assert_string_equal(reread(a, "Non. You are a c u n t. Et toi un c.o.n.n.a.r.d !", w1, map, sizeof map),
                        "non you are a cunt et toi un connard");
    util_arena_free(a);
    norm_is("You are a c u n t", "you are acunt");   /* the tokens are the tokenizer's */
}

/* Character tricks read again for the policy (trick.c), each family both
 * ways; the tokens themselves (the classifier's) keep the tokenizer's
 * reading. */
static void test_tricks_read_again(void **state)
{
    (void)state;
    util_arena *a = util_arena_new();
    char map[256];
    static const char *const w[] = {"sale", "bougnoule", "espece", "de", "connard", "i", "will", "kill", "you",
                                    "the", "rapists", "con", "naissance", "quel", "que", "monte", "negro", NULL};
    /* 1. stars as emphasis inside a word, or between single letters */
    assert_string_equal(retrick(a, "C'est un co**nn**ard", w, map, sizeof map), "c est un connard");
    assert_string_equal(map, "0-0 1-1 2-2 3-3 ");
    assert_string_equal(retrick(a, "Un c*o*n*n*a*r*d", w, map, sizeof map), "un connard");
    assert_string_equal(retrick(a, "un co*nn*ard", w, map, sizeof map), "un connard");
    assert_null(retrick(a, "f*ck enc*lé f**k", w, map, sizeof map));   /* masks, as they are */
    assert_null(retrick(a, "Le mot **gras** ici, 2*3*4", w, map, sizeof map));
    /* beside letters of two bytes (trick.c's first look at the bytes,
     * may_trick, takes any byte of a multibyte letter for a letter) */
    assert_string_equal(retrick(a, "Un é**t**é", w, map, sizeof map), "un ete");
    norm_is("C'est un co**nn**ard", "c est un co**nn**ard");   /* the tokens are the tokenizer's */
    /* 2. '#' and '_' between letters: a mask */
    assert_string_equal(retrick(a, "Espèce de s#lope", w, map, sizeof map), "espece de s*lope");
    assert_string_equal(retrick(a, "Va te faire enc_ler", w, map, sizeof map), "va te faire enc*ler");
    assert_null(retrick(a, "#hashtag C# c_o_n_n_a_r_d", w, map, sizeof map));
    assert_string_equal(retrick(a, "Une pé#asse, une p#éasse", w, map, sizeof map), "une pe*asse une p*easse");
    norm_is("Va te faire enc_ler", "va te faire enc ler");
    /* 5. syllables split by slashes (three pieces or more) */
    assert_string_equal(retrick(a, "On va t'é/gor/ger", w, map, sizeof map), "on va t egorger");
    assert_string_equal(map, "0-0 1-1 2-2 3-5 ");
    assert_null(retrick(a, "and/or km/h 12/05/2024 exemple.fr/ab/cd/ef", w, map, sizeof map));
    /* 4. look-alikes standing alone: Latin split letters */
    assert_string_equal(retrick(a, "Quelle \xd1\x95 \xd0\xb0 l \xd0\xbe \xd1\x80 \xd0\xb5 !", w, map, sizeof map),
                        "quelle salope");
    assert_string_equal(map, "0-0 1-1 ");
    assert_null(retrick(a, "\xd0\xaf \xd0\xb2 \xd1\x88\xd0\xbe\xd0\xba\xd0\xb5", w, map, sizeof map));   /* Я в шоке */
    /* 6. "@$$" opening a word */
    assert_string_equal(retrick(a, "Y0u @$$h0l3", w, map, sizeof map), "you asshole");
    assert_string_equal(map, "0-0 1-1 ");
    assert_null(retrick(a, "Prix 5$, @jean, $$$", w, map, sizeof map));
    /* 3. glued words: the fewest words known, short ones only from a few */
    assert_string_equal(retrick(a, "salebougnoule va", w, map, sizeof map), "sale bougnoule va");
    assert_string_equal(map, "0-0 0-0 1-1 ");
    assert_string_equal(retrick(a, "espècedeconnard", w, map, sizeof map), "espece de connard");
    assert_string_equal(retrick(a, "iwillkillyou", w, map, sizeof map), "i will kill you");
    assert_null(retrick(a, "therapists", w, map, sizeof map));      /* two pieces: both four letters */
    assert_null(retrick(a, "connaissance", w, map, sizeof map));    /* the same */
    assert_null(retrick(a, "quelconque", w, map, sizeof map));      /* "con": no short word of the few */
    assert_null(retrick(a, "#salebougnoule", w, map, sizeof map));  /* a hashtag */
    assert_null(retrick(a, "salebougnou", w, map, sizeof map));     /* no cut */
    /* a short last word only of the few that are short words too (trick.c,
     * glue_last_short): "toi", "moi" never end a cut */
    static const char *const w2[] = {"va", "te", "faire", "foutre", "toi", "moi", "casse", NULL};
    assert_string_equal(retrick(a, "vatefairefoutre", w2, map, sizeof map), "va te faire foutre");
    assert_null(retrick(a, "vatefairefoutretoi", w2, map, sizeof map));
    assert_null(retrick(a, "cassetoicassemoi", w2, map, sizeof map));
    /* a "negro" cut from "Montenegro" reads, but may match only a pattern
     * of two words or more (mod__trick_hit_ok) */
    mod__doc d, r;
    uint32_t *from;
    mod__analyze("Montenegro", 10, a, &d);
    assert_true(mod__reread_tricks(&d, a, known_in, w, &r, &from));
    assert_int_equal(r.n, 2);
    assert_false(mod__trick_hit_ok(&r, 1, 1));
    assert_true(mod__trick_hit_ok(&r, 0, 1));
    /* many glued tokens: the reading outgrows its first guess (e.n + 256) */
    util_buf b = {0};
    for (int i = 0; i < 300; i++) util_buf_append(&b, "salesalesale ", 13);
    mod__analyze(b.data, b.len, a, &d);
    assert_true(mod__reread_tricks(&d, a, known_in, w, &r, &from));
    assert_true(r.n > 300 + 256);
    for (size_t k = 0; k < r.n; k++) assert_true(from[2 * k] <= from[2 * k + 1] && from[2 * k + 1] < d.n);
    util_buf_free(&b);
    util_arena_free(a);
}

static void test_features_have_bigrams_and_meta(void **state)
{
    (void)state;
    util_arena *a = util_arena_new();
    mod__doc d;
    const char *t = "cheap pills online";
    mod__analyze(t, strlen(t), a, &d);
    mod_input in = {.text = t, .email = "x@pharma.example", .author = "Bob99", .user_agent = "curl/8.0"};
    mod__feats f;
    mod__features(&d, &in, a, &f);
    bool word = false, bigram = false, skip = false, edom = false, ua = false;
    for (size_t i = 0; i < f.n; i++) {
        const char *n = mod__feat_name(&d, &f.v[i], a);
        if (strcmp(n, "w:cheap") == 0) word = true;
        if (strcmp(n, "b:cheap pills") == 0) bigram = true;
        if (strcmp(n, "s:cheap _ online") == 0) skip = true;
        if (strcmp(n, "edom:pharma.example") == 0) edom = true;
        if (strcmp(n, "ua:curl") == 0) ua = true;
        for (size_t j = 0; j < i; j++) assert_true(f.v[j].h != f.v[i].h);   /* unique */
    }
    assert_true(word && bigram && skip && edom && ua);
    util_arena_free(a);
}

static void test_fingerprint(void **state)
{
    (void)state;
    char a[17], b[17], c[17];
    mod_fingerprint("Buy CHEAP pills: http://x.example/?id=1", 39, a);
    mod_fingerprint("buy cheap   pills!! http://x.example/?id=2", 42, b);
    mod_fingerprint("buy cheap pills http://y.example/", 33, c);
    assert_int_equal(strlen(a), 16);
    assert_string_equal(a, b);          /* case, spacing, punctuation, query string */
    assert_string_not_equal(a, c);      /* another domain */
}

static void test_pathological_input(void **state)
{
    (void)state;
    /* long runs, lone symbols, invalid UTF-8, many single letters: no crash */
    size_t n = 200000;
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i++) s[i] = "a .*@!\xff\xc3"[i % 8];
    s[n] = '\0';
    util_buf b = {0};
    mod_normalize(s, n, &b);
    char fp[17];
    mod_fingerprint(s, n, fp);
    mod_engine *e = mt_engine(true);
    assert_non_null(e);
    util_arena *a = util_arena_new();
    mod_input in = {.text = s, .ms_since_load = -1};
    mod_decision d;
    assert_int_equal(mod_decide(e, &in, a, &d), MOD_OK);
    assert_non_null(mod_decision_to_json(&d, a));
    util_arena_free(a);
    mod_engine_free(e);
    util_buf_free(&b);
    free(s);
}

/* mod__clitic_stems: the readings of a Hebrew or Arabic word without its
 * prefixes and ending, as "stem=key" separated by spaces ("stem+key" when
 * the prefix taken off opens with a conjunction). */
static void stems_cat(void *ctx, const char *stem, size_t n, const char *key, size_t kn, bool conj)
{
    util_buf *b = ctx;
    util_buf_putc(b, ' ');
    util_buf_append(b, stem, n);
    util_buf_putc(b, conj ? '+' : '=');
    util_buf_append(b, key, kn);
}

static void stems_are(const char *word, const char *want)
{
    util_buf b = {0};
    util_buf_reserve(&b, 1);
    b.data[0] = '\0';
    mod__clitic_stems(word, strlen(word), stems_cat, &b);
    if (strcmp(b.data, want) != 0) fail_msg("stems(\"%s\") = \"%s\", want \"%s\"", word, b.data, want);
    util_buf_free(&b);
}

static void test_clitic_stems(void **state)
{
    (void)state;
    stems_are("לזונה", " זונה=זונה");
    stems_are("וזונות", " זונות+זונות וזון=וזון וזונה=וזונה וזונת=וזונת זונה+זונה זונת+זונת");
    /* the final mem back; "מ" may be a prefix too (the policy keeps only
     * the readings that are its words) */
    stems_are("מטומטמים", " טומטמים=טומטמים מטומטם=מטומטם מטומטמי=מטומטמי טומטם=טומטם טומטמי=טומטמי");
    stems_are("מניאקיםםם", " ניאקיםםם=ניאקים מניאק=מניאק מניאקי=מניאקי ניאק=ניאק ניאקי=ניאקי");   /* a stretched ending */
    stems_are("והכללללב", " הכללללב+הכלב כללללב+כלב");          /* a stretched stem keeps its runs */
    stems_are("בכלבו", " כלבו=כלבו");                          /* never "כלב" */
    stems_are("להחזיר", " החזיר=החזיר");                       /* ל + ה is not a prefix */
    stems_are("للكلب", " لكلب=لكلب كلب=كلب");
    stems_are("والكلاب", " الكلاب+الكلاب كلاب+كلاب");   /* "+": the conjunction went */
    stems_are("كلبنان", " لبنان=لبنان");
    stems_are("تافهه", " تافه=تافه");   /* "تافهة" folded (ة as ه): the ending is one of the two */
    stems_are("كانت", "");                                    /* not ك + انت */
    stems_are("عربات", " عربه=عربه");                         /* a cart; never "عرب": three letters left */
    stems_are("المتخلفين", " متخلفين=متخلفين المتخلف=المتخلف متخلف=متخلف");
    stems_are("כלב", "");
    stems_are("salut", "");
    stems_are("שלוםhi", "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unicode_folding),
        cmocka_unit_test(test_obfuscations),
        cmocka_unit_test(test_issue_examples_match),
        cmocka_unit_test(test_never_substring),
        cmocka_unit_test(test_runs_and_masks),
        cmocka_unit_test(test_tokens_links_scripts),
        cmocka_unit_test(test_split_letters_read_again),
        cmocka_unit_test(test_tricks_read_again),
        cmocka_unit_test(test_features_have_bigrams_and_meta),
        cmocka_unit_test(test_fingerprint),
        cmocka_unit_test(test_pathological_input),
        cmocka_unit_test(test_clitic_stems),
    };
    return cmocka_run_group_tests_name("moderation/normalize", tests, NULL, NULL);
}
