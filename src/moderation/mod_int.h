/* mod_int.h — internals shared by the files of src/moderation/.  Nothing
 * outside this folder includes it (tests may, to check a stage alone).
 *
 * The pipeline passes one struct from stage to stage:
 *
 *   mod__analyze()   text → mod__doc: tokens (folded, de-obfuscated forms,
 *                    byte offsets, sentence, flags), links, scripts
 *   mod__features()  doc + metadata → mod__feats: unique 64-bit hashes of
 *                    words, sparse bigrams and metadata (for the classifier)
 *   mod__classify()  feats + backend counts → probability + clues
 *   mod__policy_match() doc + policy → matches per category
 *   engine.c         combines everything into a mod_decision. */
#ifndef CAUSERIE_MOD_INT_H
#define CAUSERIE_MOD_INT_H

#include <string.h>

#include "moderation/mod.h"

/* ---- tokens -------------------------------------------------------------- */
enum {
    MOD__T_CAP = 1 << 0,     /* first letter upper-case in the original */
    MOD__T_ALLCAPS = 1 << 1, /* every letter upper-case (and >= 2 letters) */
    MOD__T_QUOTED = 1 << 2,  /* inside « », “ ”, "…" or `…` */
    MOD__T_JOINED = 1 << 3,  /* made of single letters split by spaces/dots */
    MOD__T_MASKED = 1 << 4,  /* contains '*' masking letters (f*ck) */
    MOD__T_NUM = 1 << 5,     /* digits only */
    MOD__T_SENT0 = 1 << 6,   /* first token of its sentence */
    MOD__T_GLUED = 1 << 7,   /* a word cut from a glued token (mod__reread_tricks only) */
    MOD__T_TRICKED = 1 << 8, /* read otherwise than the tokenizer did (mod__reread_tricks only) */
};

enum {
    MOD__S_OTHER = 0,
    MOD__S_LATIN,
    MOD__S_HEBREW,
    MOD__S_ARABIC,
    MOD__S_CYRILLIC,
    MOD__S_CJK,
    MOD__S_GREEK,
    MOD__S_COUNT
};
const char *mod__script_name(int script);

typedef struct mod__tok {
    const char *form;   /* folded (NFKC, case fold, marks stripped), arena */
    const char *alt;    /* de-obfuscated form (leet, homoglyphs) or NULL */
    const char *sq;     /* runs squeezed: key of (alt ? alt : form) */
    const char *sq2;    /* squeezed form when alt is set, else NULL */
    uint32_t start, end;/* byte span in the original text */
    uint32_t sent;      /* sentence index */
    uint16_t flags;
    uint8_t script;
    uint16_t wlen;      /* strlen(alt ? alt : form) (both < 256 bytes) */
    uint64_t wh;        /* mod__mix(mod__hash(alt ? alt : form, wlen, seed)), seed
                           MOD__F_WORD or the one given to mod__analyze_seeded */
} mod__tok;

typedef struct mod__link {
    const char *domain; /* lower-case host without "www." */
    bool is_email;
} mod__link;

typedef struct mod__doc {
    const char *text;
    size_t len;
    mod__tok *toks;
    size_t n;
    mod__link *links;
    size_t n_links;
    size_t n_sent;
    size_t n_letters, n_upper;
    unsigned scripts;   /* bit per MOD__S_* seen */
    int main_script;
    void *heap;         /* MOD__A_LEAN: toks on the heap; release with mod__doc_release */
} mod__doc;

/* Splits and normalizes text (any bytes: invalid UTF-8 read as Latin-1)
 * into a doc whose memory lives in arena a. */
void mod__analyze(const char *text, size_t len, util_arena *a, mod__doc *out);
/* The same with flags: MOD__A_NOKEYS skips the squeezed keys (sq, sq2) the
 * policy matcher needs, for the classifier-only paths (train, classify). */
enum { MOD__A_NOKEYS = 1, MOD__A_LEAN = 2 };
void mod__analyze_ex(const char *text, size_t len, util_arena *a, mod__doc *out, unsigned flags);
/* The same, the tokens' wh hashed with seed.  MOD__A_LEAN (with
 * MOD__A_NOKEYS) is the classifier's hash-only pass: a token of more than
 * one code point gets no strings (form and alt NULL; wh, wlen and flags are set),
 * so no arena string per word. */
void mod__analyze_seeded(const char *text, size_t len, util_arena *a, mod__doc *out, unsigned flags,
                         uint64_t seed);
/* Frees what a MOD__A_LEAN analysis kept off the arena (its tokens: a lean
 * doc is short-lived, copying them into the arena cost more than the
 * rest); the doc is empty afterwards.  A no-op for other docs. */
void mod__doc_release(mod__doc *d);

/* Whether word (n bytes, folded and de-obfuscated as mod__tok.alt, or
 * form when it has none) is a word the caller knows, letter for letter;
 * ctx is the caller's (the policy's vocabulary).  word is NUL-terminated. */
typedef bool (*mod__known_fn)(const void *ctx, const char *word, size_t n);
/* Another reading of d's split-letter runs (MOD__T_JOINED tokens), for the
 * policy: each run, with the words of one or two letters beside it, cut
 * into the fewest words known() knows, a single letter left over now and
 * then ("acunt" is "a cunt", "ch" + "ink" is "chink"; tokenize.c tells
 * how).  True when some run reads otherwise: then *out is d with those
 * tokens replaced (its tokens, keys and strings in arena a) and *from, two
 * per token of out, the first and last of d's tokens it comes from.  d is
 * a full analysis (mod__analyze: not lean, with keys). */
bool mod__reread_split(const mod__doc *d, util_arena *a, mod__known_fn known, const void *ctx, mod__doc *out,
                       uint32_t **from);

/* Another reading of d's character tricks, for the policy (trick.c):
 * stars as emphasis or separators inside a word, '#' and '_' as masks,
 * syllables split by slashes, look-alike letters spaced out, "@$$" opening
 * a word, and long tokens glued from words known() knows.  True when some
 * trick shows: *out, *from as mod__reread_split's (d full, with keys). */
bool mod__reread_tricks(const mod__doc *d, util_arena *a, mod__known_fn known, const void *ctx, mod__doc *out,
                        uint32_t **from);
/* Whether a hit on r's tokens tok0..tok1 (r read by mod__reread_tricks)
 * may count: it holds a token the tricks changed (the others are the
 * first reading's, judged there, in its context), and of a glued token's
 * words it holds all, or two or more at its start or end, or, of three
 * words or more, the first or last one alone when it has six letters or
 * more ("salebougnoule" is "sale bougnoule", "espècedeconnard" has
 * "connard"; "Montenegro" is not "negro", "soupçonnasse" not
 * "connasse"). */
bool mod__trick_hit_ok(const mod__doc *r, size_t tok0, size_t tok1);

/* Folds one code point (NFKC compatibility decomposition, case fold, marks
 * stripped, œ/æ/ø/ł… spelled out) into out (>= 32 bytes); returns bytes
 * written (0 for a mark or an ignorable). */
int mod__fold_cp(int32_t cp, char *out);
/* Leetspeak / symbol reading of an ASCII byte ('0' -> 'o', '@' -> 'a', …),
 * 0 when it has none. */
char mod__leet(unsigned char c);
/* Latin look-alike of a Cyrillic or Greek code point, 0 when none. */
char mod__homoglyph(int32_t cp);
/* The Latin letter an enclosed letter stands for, 'a' to 'z' (Ⓕ ⓕ 🄵 🅕
 * 🅵: circled, squared, negative circled and squared), 0 for any other
 * code point.  Unicode files them as symbols, so they would otherwise cut
 * a word ("Ⓕⓤⓒⓚ"); the negative ones have no decomposition at all. */
char mod__enclosed_letter(int32_t cp);

/* Folds one token-like string the way the analyzer folds a token (used for
 * lexicon entries): writes the squeezed key too.  Returns arena strings. */
const char *mod__fold_word(util_arena *a, const char *s, size_t n);
/* Squeezes runs of the same byte: "connnard" -> "conard". */
char *mod__squeeze(util_arena *a, const char *s);
/* True when form equals lit with each run at least as long as lit's. */
bool mod__runs_match(const char *form, const char *lit);
/* The bytes of the UTF-8 sequence a lead byte starts (1 for ASCII and for
 * a stray continuation byte): a letter, for runs of repeated letters. */
static inline size_t mod__seq_len(unsigned char c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}
/* The readings of a Hebrew or Arabic word (a token's folded form, len
 * bytes) without its prefixes (conjunction, preposition, article) and/or
 * its plural or feminine ending, as Hebrew and Arabic grammar allow them:
 * fn(ctx, stem, n, key, kn, conj) for each, stem as written (runs of a
 * letter kept) and key its squeezed key, both NUL-terminated and valid
 * only during the call; conj when the prefix taken off opens with the
 * conjunction (ו, و, ف: "and", "so").  Nothing for a word of another
 * script, or with a letter that is not Hebrew (Arabic).  The same stem
 * may come twice. */
typedef void mod__stem_fn(void *ctx, const char *stem, size_t n, const char *key, size_t kn, bool conj);
void mod__clitic_stems(const char *form, size_t len, mod__stem_fn *fn, void *ctx);
/* Masked token match: each run of '*' in masked stands for 1..2k+1 bytes. */
bool mod__mask_match(const char *masked, const char *word);
/* True when some word starting with prefix matches masked. */
bool mod__mask_match_prefix(const char *masked, const char *prefix);

/* ---- hashing --------------------------------------------------------------- */
/* FNV-1a from the seeded basis, and a murmur3-style finalizer; inline, as
 * the loops that hash per word or per n-gram call them (a call each was a
 * good part of their cost).  Models on disk are keyed by them. */
static inline uint64_t mod__mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}
static inline uint64_t mod__hash(const void *p, size_t n, uint64_t seed)
{
    const unsigned char *s = p;
    uint64_t h = 0xcbf29ce484222325ULL ^ seed;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}
/* Model files (engine.c): a little-endian integer of 1 to 8 bytes, read
 * and appended, and the checksum the model formats end with. */
uint64_t mod__get_le(const unsigned char *p, int bytes);
void mod__put_le(util_buf *b, uint64_t v, int bytes);
uint64_t mod__file_sum(const unsigned char *p, size_t n, uint64_t seed);
/* A statistics backend's features, sorted by hash (v malloc'd; free it):
 * what the model files hold. */
typedef struct mod__triple {
    uint64_t h;
    uint32_t s, m;
} mod__triple;
typedef struct mod__triples {
    mod__triple *v;
    size_t n, cap;
} mod__triples;
mod_status mod__triples_of(const mod_stat_backend *b, mod__triples *out);

/* Copies n bytes from s to d (not overlapping): the short copies of names
 * and reasons (a few to a few dozen bytes) by overlapping fixed-size
 * moves instead of a call to memcpy each. */
static inline void mod__copy(char *d, const char *s, size_t n)
{
    if (n >= 8 && n <= 16) {
        uint64_t x, y;
        memcpy(&x, s, 8);
        memcpy(&y, s + n - 8, 8);
        memcpy(d, &x, 8);
        memcpy(d + n - 8, &y, 8);
    } else if (n >= 4 && n < 8) {
        uint32_t x, y;
        memcpy(&x, s, 4);
        memcpy(&y, s + n - 4, 4);
        memcpy(d, &x, 4);
        memcpy(d + n - 4, &y, 4);
    } else if (n >= 2 && n < 4) {
        uint16_t x, y;
        memcpy(&x, s, 2);
        memcpy(&y, s + n - 2, 2);
        memcpy(d, &x, 2);
        memcpy(d + n - 2, &y, 2);
    } else if (n == 1) {
        d[0] = s[0];
    } else if (n > 16) {
        memcpy(d, s, n);
    }
}

/* ---- features ---------------------------------------------------------------- */
enum {
    MOD__F_WORD = 1,
    MOD__F_BIGRAM,      /* w[i] w[i+1] */
    MOD__F_SKIP,        /* w[i] _ w[i+2] */
    MOD__F_SUBJ,        /* subject word */
    MOD__F_META,        /* named in s */
    MOD__F_HEAD,        /* mail header word, in s */
    MOD__F_STEM,        /* the abuse model's stem of token a's word: its first b
                           bytes, named "stem:<them>" (hashed as a META of
                           that name); no string until named */
    MOD__F_SIDE,        /* a word of a comment's website name, hashed as
                           the text's word, named in s ("webword:bonus"):
                           in mod__feats.side only */
};
enum { MOD__SIDE_MAX = 24 };

typedef struct mod__feat {
    uint64_t h;
    uint8_t kind;
    uint32_t a, b;      /* token indices for WORD/BIGRAM/SKIP (STEM: see there) */
    const char *s;      /* name for SUBJ/META, word for HEAD (arena) */
    const char *s2;     /* header name for HEAD (static) */
} mod__feat;

typedef struct mod__feats {
    mod__feat *v;       /* NULL when computed lean */
    uint64_t *h;        /* the n hashes, in the same order */
    size_t n;
    /* mod__features_ex: the links of in->author, which it analyzes for
     * its "au:" features (mod_decide's heuristic reads them here instead
     * of analyzing the name again); -1 when there was no author */
    long author_links;
    /* mod__abuse_feats: how many come before the character n-grams, the
     * features v describes (an n-gram has its hash in h and nothing in
     * v); unused elsewhere */
    size_t n_named;
    /* mod__features_ex, a comment's (no headers), not lean: the words of
     * its website's name, hashed as words of the text, each once, kept
     * apart from the features (the spam probability does not read them:
     * best-travel-tips-online.com would tip a reader's "Great piece,
     * thanks."); mod_decide asks the model about them alone (the
     * sales-words heuristic) */
    mod__feat side_v[MOD__SIDE_MAX];
    uint64_t side_h[MOD__SIDE_MAX];
    size_t n_side;
} mod__feats;

/* Unique features of a message (doc of its text, plus in's metadata,
 * subject and mail headers), in arena a. */
void mod__features(const mod__doc *doc, const mod_input *in, util_arena *a, mod__feats *out);
/* lean: only the hashes (out->v NULL, no names: nothing to explain); doc
 * may then come from a MOD__A_LEAN analysis. */
void mod__features_ex(const mod__doc *doc, const mod_input *in, util_arena *a, mod__feats *out,
                      bool lean);
/* The thread's de-duplication table (mod__features_ex's) for cap slots (a
 * power of two), all zero, or NULL when cap is larger than it: a set of
 * hashes (0 = empty slot) by linear probing from mod__dedup_home.  Its
 * user gives it back all zero, each slot it filled emptied again (the
 * slots noted, or each hash taken out by mod__dedup_remove, last added
 * first, so that no probe runs into a slot emptied before it): a few
 * stores instead of zeroing kilobytes per message.  Valid until the next mod__features_ex or mod__dedup_set of
 * the thread. */
uint64_t *mod__dedup_set(size_t cap);
static inline size_t mod__dedup_home(uint64_t h, size_t cap)
{
    return (size_t)(h ^ (h >> 31)) & (cap - 1);
}
static inline void mod__dedup_remove(uint64_t *set, size_t cap, uint64_t h)
{
    size_t j = mod__dedup_home(h, cap);
    while (set[j] && set[j] != h) j = (j + 1) & (cap - 1);
    set[j] = 0;
}
/* Readable name of a feature ("w:casino", "b:free spins"), arena. */
const char *mod__feat_name(const mod__doc *doc, const mod__feat *f, util_arena *a);
/* Hash array of feats for the backend (f->h, kept for older callers). */
uint64_t *mod__feat_hashes(const mod__feats *f, util_arena *a);

/* ---- the in-memory table (stat_memory.c) ---------------------------------- */
/* One slot of the memory backend's open-addressing table (linear probing,
 * h == 0 empty, a feature hash 0 stored as 1).  Model files of version 2
 * hold this very table, so loading one needs no rehashing. */
typedef struct mod__slot {
    uint64_t h;
    uint32_t spam, ham;
} mod__slot;
/* Home slot of h in a table of cap (a power of two) slots. */
size_t mod__slot_home(uint64_t h, size_t cap);
/* True when t[cap] is a usable table: cap a power of two and at least one
 * empty slot; *used gets the number of keys. */
bool mod__slots_valid(const mod__slot *t, size_t cap, size_t *used);
/* Makes t (cap slots) the table of memory backend b, which takes
 * ownership: t was malloc'd when map is NULL, else it lies inside the
 * read-only mapping [map, map + map_len) (copied before the first
 * learning, munmap'd when the table is replaced).  The caller has checked
 * t with mod__slots_valid, which counted its keys into used (one pass over
 * the table, not two).  False (t still the caller's) when b is not a
 * memory backend. */
bool mod__stat_memory_adopt(mod_stat_backend *b, mod__slot *t, size_t cap, size_t used,
                            uint64_t nspam, uint64_t nham, void *map, size_t map_len);

/* ---- classifier ---------------------------------------------------------- */
typedef struct mod__clue {
    uint32_t feat;      /* index in feats */
    double f;           /* Robinson f(w) */
} mod__clue;

typedef struct mod__class_result {
    double prob;
    mod__clue *clues;   /* used clues, most decisive first (arena) */
    size_t n_clues;
    bool untrained;     /* no spam or no ham learned yet */
} mod__class_result;

typedef struct mod__class_params {
    double s;           /* Robinson's prior strength */
    size_t max_clues;   /* most decisive features kept */
    double min_dev;     /* least |f(w) - 0.5| kept */
} mod__class_params;

/* Robinson's f(w) of a feature seen in spam and ham messages of nspam and
 * nham learned (both > 0), with prior strength s: what mod__classify uses. */
double mod__robinson_f(uint32_t spam, uint32_t ham, uint64_t nspam, uint64_t nham, double s);
/* Looks the features up and combines them (Fisher / Robinson chi-square). */
mod_status mod__classify(const mod_stat_backend *b, const mod__feats *f,
                         const mod__class_params *prm, util_arena *a, mod__class_result *out);

/* mod_classify without explanations, in two steps: the lean features of
 * in (no engine needed, so a caller may compute them while the model is
 * still loading), then their probability under e's model. */
void mod__lean_features(const mod_input *in, util_arena *a, mod__feats *out);
mod_status mod__classify_lean(mod_engine *e, const mod__feats *f, util_arena *a, double *prob);

/* Drops every feature seen in fewer than min_total messages (spam + ham)
 * from the engine's backend (write lock); *kept gets how many remain. */
mod_status mod__engine_prune(mod_engine *e, uint32_t min_total, size_t *kept);

/* ---- the abuse model (abuse.c) ---------------------------------------------- */
/* Categories the model names, in its order: insult, racism, antisemitism,
 * threat, defamation. */
enum { MOD__ABUSE_NCAT = 5 };
/* Defaults of its classifier (mod_config.abuse_* = 0), chosen on the
 * development sets (docs/moderation.md, "The abuse model"). */
#define MOD__ABUSE_S 1.0
#define MOD__ABUSE_CLUES 150
#define MOD__ABUSE_MIN_DEV 0.3
#define MOD__ABUSE_MIN_COUNT 3
/* From MOD__ABUSE_MIN_SEEN_FROM training comments on, Fisher's tables
 * keep only the words seen in at least MOD__ABUSE_MIN_SEEN comments (the
 * shipped set, 18,974 comments: the same decisions on the validation sets,
 * tables the size they had with a third of the data; 3 until session 14,
 * 4 since the set reached 36,259 comments: the model's file 1.93 → 1.63
 * MB, within two comments on the validation sets). */
#ifndef MOD__ABUSE_MIN_SEEN
#define MOD__ABUSE_MIN_SEEN 4
#endif
#define MOD__ABUSE_MIN_SEEN_FROM 10000
#ifndef MOD__ABUSE_STEM
#define MOD__ABUSE_STEM 5   /* bytes of a word's stem feature; 0 = none */
#endif
/* Its logistic regression (beside Fisher; docs/moderation.md, "The abuse
 * model"): 2^MOD__ABUSE_LR_BITS hashed float weights over every feature
 * plus the MOD__ABUSE_GRAM-byte character n-grams of each normalized word
 * ("<word>" padded), trained at start by AdaGrad (MOD__ABUSE_LR_EPOCHS
 * passes, rate MOD__ABUSE_LR_RATE); the abuse probability is
 * sigmoid(MOD__ABUSE_MIX * logit(Fisher) + (1 - MOD__ABUSE_MIX) * z). */
#ifndef MOD__ABUSE_LR_BITS
#define MOD__ABUSE_LR_BITS 19
#endif
#ifndef MOD__ABUSE_GRAM
#define MOD__ABUSE_GRAM 4   /* 0 = no character n-grams */
#endif
#ifndef MOD__ABUSE_LR_EPOCHS
#define MOD__ABUSE_LR_EPOCHS 4   /* 0 = no regression: Fisher alone */
#endif
#ifndef MOD__ABUSE_LR_RATE
#define MOD__ABUSE_LR_RATE 0.1
#endif
#ifndef MOD__ABUSE_MIX
#define MOD__ABUSE_MIX 0.3
#endif
/* Kind of the character n-gram features (after every feature Fisher
 * reads in mod__abuse_feats' output, from n_named on; only the regression
 * reads them): their hashes' seed.  They have no mod__feat in v. */
#define MOD__F_ABUSE_GRAM 0x21
/* The fixed compounds whose words the abuse model does not read
 * (abuse_idioms.c: "cul-de-sac", "cul sec"; the list is
 * data/moderation/abuse_idioms.txt).  n compounds, compound k's words
 * w[at[k] .. at[k + 1]), folded as mod__analyze folds a comment's; canon
 * (canon_len bytes, not NUL-terminated) the same words as the model file
 * keeps them, "w w w\n" a compound; first: a bit per first byte of a
 * compound's first word; heads: the distinct first words (n_heads of
 * them), compound k's its head[k]-th.  All heap, freed by
 * mod__idioms_free. */
typedef struct mod__idioms {
    size_t n;
    uint32_t *at;
    const char **w;
    char *words;
    char *canon;
    size_t canon_len;
    uint64_t first[4];
    const char **heads;
    uint32_t *head;
    size_t n_heads;
} mod__idioms;
/* Reads a list of compounds (text[len], one a line, '#' comments; name
 * names it in errors) into *out (emptied first; freed by the caller, also
 * on error).  MOD_EFORMAT with "<name>: line N: …" in err. */
mod_status mod__idioms_parse(const char *text, size_t len, const char *name, mod__idioms *out, char *err,
                             size_t errlen);
/* *id from canon[len] (copied): false, *id empty, when it is not a list
 * of compounds of two words or more written so. */
bool mod__idioms_set(mod__idioms *id, const char *canon, size_t len);
void mod__idioms_free(mod__idioms *id);
/* One flag per token of d (arena a): the tokens the abuse model does not
 * read; NULL when there are none (no compound of id in d, or id NULL). */
bool *mod__idioms_skip(const mod__idioms *id, const mod__doc *d, util_arena *a);

typedef struct mod__abuse mod__abuse;
/* The model (abuse.c builds it, abuse_blob.c writes and reads it). */
struct mod__abuse {
    mod_stat_backend *bin;            /* feature -> (abusive, ham) comments */
    mod_stat_backend *cat;            /* mix(feature ^ salt(c)) -> (comments of c, 0) */
    uint64_t ncat[MOD__ABUSE_NCAT];   /* comments learned per category */
    uint64_t nabuse, nham;
    size_t n_features, n_cat_entries;
    mod__class_params prm;
    /* the logistic regression over every feature (words, all pairs and
     * skips, stems, character n-grams): 2^lr_bits hashed weights, trained
     * as floats then kept as 8-bit integers, weight = q · qscale (a
     * quarter of the memory: 2^19 weights in 512 KB; with 127 levels the
     * validation sets' outcomes moved by a comment or two against 32,767
     * levels, session 15) */
    int8_t *q;
    double qscale;
    double bias;
    unsigned lr_bits;
    double mix;                       /* weight of Fisher's log-odds in the score */
    mod__idioms idioms;               /* compounds whose words it does not read */
};
/* Trains the model from c->abuse_train_text / _file and the ham lines of
 * c->abuse_ham_text / _file, without the words of the compounds of
 * c->abuse_idioms_text / _file (none when unset).  *out stays NULL (and MOD_OK) when no abuse
 * training data is configured; an error names the file and line. */
mod_status mod__abuse_new(const mod_config *c, mod__abuse **out, char *err, size_t errlen);
/* The model mod_abuse_model_write wrote (abuse_blob.c): blob[len], read
 * and copied (it may be unaligned and given back afterwards).  Refuses,
 * MOD_EFORMAT with a message, bytes of another format or build. */
mod_status mod__abuse_load(const void *blob, size_t len, mod__abuse **out, char *err, size_t errlen);
/* The seed of its checksum (mod__file_sum of all bytes but the last 8). */
#define MOD__ABUSE_BLOB_SEED 0xAB05Eu
/* An in-memory backend (mod_stat_memory_new) that its owner fills once
 * (one replace, or mod_stat_memory_reserve and _put) and then only reads:
 * filled up to 80 % load
 * instead of 70 % (linear probing: about 3 probes for a feature found, 13
 * for one absent, instead of 2 and 6), which keeps a table just past a
 * power of two from taking twice the memory. */
void mod__stat_memory_dense(mod_stat_backend *b);
/* A read-only backend (stat_frozen.c) over n features whose hashes h are
 * strictly increasing and never 0 (as stat_memory.c stores them), with
 * counts x and y and totals (nx, ny): it takes the three malloc'd arrays
 * and frees them (copied into its own entries; freed on failure too).
 * NULL when the hashes are out of order. */
mod_stat_backend *mod__stat_frozen_new(uint64_t *h, uint32_t *x, uint32_t *y, size_t n, uint64_t nx,
                                       uint64_t ny);
void mod__abuse_free(mod__abuse *m);
/* The model's features out of a message's full (not lean) features and
 * its doc: words, pairs and skip pairs, plus the stem (first
 * MOD__ABUSE_STEM bytes) of each longer word; unique, named (arena), the
 * first out->n_named; then the character n-grams of its words (their
 * hashes only, in out->h).  None of the words of m's compounds
 * (mod__idioms_skip; m NULL: no compound skipped). */
void mod__abuse_feats(const mod__abuse *m, const mod__doc *d, const mod__feats *all, util_arena *a,
                      mod__feats *out);
/* Abuse probability of f (from mod__abuse_feats: Fisher's and the
 * regression's log-odds mixed) and Fisher's clues (indices in f).
 * Read-only: no lock needed. */
mod_status mod__abuse_score(const mod__abuse *m, const mod__feats *f, util_arena *a,
                            mod__class_result *out);
/* The regression's log-odds of f (from mod__abuse_feats) alone; 0 when
 * the model has no regression. */
double mod__abuse_lr_z(const mod__abuse *m, const mod__feats *f);
/* The most likely category of an abusive f (one-vs-rest among the abusive
 * training comments) and its probability; *cat -1 when none was learned. */
mod_status mod__abuse_category(const mod__abuse *m, const mod__feats *f, util_arena *a, int *cat,
                               double *prob);
const char *mod__abuse_cat_name(int c);
/* Comments learned, features kept (abuse vs ham table) and (feature,
 * category) entries of the category table. */
void mod__abuse_stats(const mod__abuse *m, uint64_t *nabuse, uint64_t *nham, size_t *features,
                      size_t *cat_entries);

/* ---- policy ------------------------------------------------------------------ */
typedef struct mod__hit {
    int cat;            /* category index */
    const char *pattern;/* policy-owned */
    uint32_t tok0, tok1;/* token span [tok0, tok1] */
    bool neutralized;
    bool gapless;       /* its pattern has no "..." gap: each token of the span is one of its words */
    uint8_t lang;       /* its lexicon's language (the policy's number) */
    uint8_t role;       /* its lexicon's list: terms, contextual, exceptions, whole, endorsements (policy.c's R_*) */
    const char *why;    /* reason when neutralized (static, or in the decision's arena) */
} mod__hit;

/* Finds every lexicon hit of doc under policy p, in arena a. */
/* text with the emoji that stand for a word (🖕 🐒 🍌 🐀 🐷 🤡 …) replaced by
 * that word ("emojifinger", "emojimonkey": words no one writes, for the
 * policy's patterns), in arena a; NULL when it holds none. */
const char *mod__emoji_words(const char *text, size_t len, util_arena *a, size_t *out_len);
/* (The lexicon hits: those of doc's split letters read again with the
 * policy's words, mod__reread_split, are among them, on doc's tokens.)
 * lang: the comment's language ("fr"), which tells a masked word's
 * readings apart (policy.c, masked_readings); NULL or a language no
 * lexicon has: none. */
void mod__policy_match(const mod_policy *p, const mod__doc *doc, const char *lang, util_arena *a,
                       mod__hit **hits, size_t *n_hits);
const char *mod__policy_cat_name(const mod_policy *p, int cat);
int mod__policy_cat_action(const mod_policy *p, int cat);
/* Reader message of category cat in lang (falling back to the policy's
 * default language, then English, then any); never NULL. */
const char *mod__policy_message(const mod_policy *p, int cat, const char *lang);
const char *mod__policy_default_lang(const mod_policy *p);
/* The policy's "abuse_model" cut-offs for category cat of the abuse model
 * (its per_category values, else the section's): *hold and *reject are -1
 * when off (the section absent, or the value null).  cat -1: *hold gets
 * the lowest cut-off of any category and outcome (-1 when all are off). */
void mod__policy_abuse_cutoffs(const mod_policy *p, int cat, double *hold, double *reject);
/* Index of the category called name, -1 when the policy has none. */
int mod__policy_cat_index(const mod_policy *p, const char *name);
/* An empty, valid policy (no categories). */
mod_policy *mod__policy_empty(void);

/* ---- files --------------------------------------------------------------- */
/* Files the engine reads (policy, training sets, models; util_read_file)
 * are at most this big: a device that never ends (/dev/zero) is an error,
 * not an abort on out of memory. */
#define MOD__MAX_FILE_BYTES (256u << 20)

/* ---- per-thread scratch (scratch.c) ---------------------------------------- */
typedef enum {
    MOD__SCRATCH_FEAT_H,   /* tokenize.c: a comment's feature hashes */
    MOD__SCRATCH_FEAT_V,   /* tokenize.c: and the features */
    MOD__SCRATCH_DEDUP,    /* tokenize.c: the de-duplication set */
    MOD__SCRATCH_FW,       /* classifier.c: the f(w) cache */
    MOD__SCRATCH_JSON,     /* decision_json.c: the output's worst case */
    MOD__SCRATCH_N
} mod__scratch_id;
/* The calling thread's block id of size bytes (zeroed when first made,
 * then as the thread left it), kept until the thread ends; NULL when out
 * of memory (callers then use the heap or the arena). */
void *mod__scratch(mod__scratch_id id, size_t size);

/* v in decimal at o (a '-' first when negative, at most 20 bytes, no NUL);
 * returns the end.  The decision's JSON and the reasons write their
 * integers with it (decision_json.c). */
char *mod__put_ll(char *o, long long v);
/* "00".."99" one after the other: the decimal digits of 0 to 99 two at a
 * time (decision_json.c). */
extern const char mod__two_digits[201];

#endif
