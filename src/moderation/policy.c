/* policy.c — the editorial policy: parsing and validating the JSON file a
 * site edits, compiling its lexicons into an index, and matching a
 * tokenized comment against it.
 *
 * Format (docs/moderation.md has the full manual):
 *   {"version":1, "default_lang":"fr",
 *    "sets":{"group_pl":["juifs","arabes",…]},
 *    "context":{"counter":[…],"negators":[…],"meta":[…],"titles":[…],"not_names":[…],
 *               "hedges":[…],"replies":[…]},
 *    "abuse_model":{"hold":0.99,"reject":null,"per_category":{"insult":{"hold":0.9}}},
 *    "categories":{"insult":{"action":"reject","needs_target":false,"gaps_cross_semicolons":false,
 *        "message":{"fr":"…","en":"…"},
 *        "lexicon":{"fr":{"terms":[…],"contextual":[…],"exceptions":[…],"whole":[…],
 *                         "endorsements":[…]}}}}}
 * A pattern is words separated by spaces; a word may end or start with '*'
 * (prefix / suffix wildcard), "@name" is any word of a set, a trailing '?'
 * makes a word optional, "..." skips up to three words of the same sentence
 * ("...N" up to N, at most 12; a gap may run on past a question mark: "Les chambres à gaz ? Une
 * arnaque." is one thought, and past a ';' in a category with
 * gaps_cross_semicolons: the threats' "…14 Elm Road; we'll pay her a
 * visit"), and "(((" stands for any word written inside
 * the triple-parenthesis "echo" ("(((they)))", "((( Soros )))"), and
 * "[name]" for a person's name ("je vais tuer [name]": name_at); a
 * pattern starting with "(((" or "[name]" is tried at every word.
 * Words are normalized exactly like comments, so "enculé" and "casse-
 * couilles" are written naturally.
 *
 * Matching is by whole tokens and phrases inside one sentence, never by
 * substring.  A Hebrew or Arabic token also matches a literal word (of a
 * pattern, a set or a context set) as its readings without prefixes and
 * plural ending that are words of the policy (tstem, mod__clitic_stems):
 * "לזונה", "מניאקים", "والكلب" are the lexicons' "זונה", "מניאק", "كلب";
 * wildcards are not tried on them.  Context rules: "contextual" patterns
 * (tropes, denial phrasings) are neutralized in a sentence that also holds
 * a counter word (antisémitisme, mythe, négationnistes, …) not negated just
 * before, or a clause a ';' joins to it holds one; "terms" (slurs, insults) only when quoted in a sentence that
 * holds a counter or meta word (someone reporting or discussing the
 * word), and a contextual pattern likewise when
 * quoted next to a meta word ("traité de « sale bougnoule »"); "whole"
 * patterns count as terms do, but only when they cover every token of the
 * comment (a bare "Idiot !" is an insult, "The Idiot by Dostoevsky" is
 * not); an exception
 * overlapping the match cancels it, unless it lies strictly inside a
 * gapless terms or whole match (inside); an endorsement of the category
 * ("il a pas tort") in the comment makes its quoted matches count; a
 * category with needs_target
 * (defamation) only counts in a sentence naming someone (a capitalised name,
 * a title or a pronoun), or right after one ("Jean Dupont est maire depuis
 * 2014. C'est un voleur."), and holding no hedge word (aurait, allegedly,
 * selon, if: an accusation reported or conditional, not stated as fact).
 * A masked word ("c*n") that hits of two categories read as two words
 * takes the reading of the comment's language (masked_readings: each
 * variant knows its lexicon's language).
 * A comment with letters split by spaces or dots is matched twice: as
 * tokenized, and with its runs of split letters read again into the
 * policy's own words (mod__reread_split, tokenize.c: "a c u n t" is "a
 * cunt" there, not "acunt"), the second reading's hits, each judged in its
 * own reading, mapped back to the first one's tokens (mod__policy_match).
 * A comment with character tricks ("co**nn**ard", "s#lope", "é/gor/ger",
 * "ѕ а l о р е", "@$$h0l3", "salebougnoule") is matched a third time, as
 * mod__reread_tricks reads it (trick.c), that reading's hits counted only
 * when they hold a token it changed (mod__trick_hit_ok).
 *
 * Speed: patterns are indexed by their first word (literal, prefix or each
 * word of a set); a set's literal words are hashed; per comment, a pattern
 * whose other literal words are not all in the comment is skipped, and a
 * (token, set) test is remembered, so the median comment takes ~15 us and
 * an 8 000-byte comment made only of the words the patterns look for
 * ~1.5 ms, with the ~3 400 patterns of the default policy.  Per comment,
 * each token's keys are measured and hashed once and looked up once in
 * the policy's vocabulary (tkey, vocab_find), so pattern words, set
 * members and needed words are compared by pointer, and the vocabulary
 * gives the word's slots in the literal index and in the context sets'
 * literal table (iv: no second look-up); a literal pattern word
 * against a token with no run to squeeze is decided by pointers too; an
 * index entry's candidates are filtered 64 at a time by a Bloom filter of
 * the comment's words on their first needed word, each distinct word's
 * bit of a run tested once (gbit, gmask), without reading the variants,
 * and a repeated word's mask found again (pmask), then each candidate
 * left on its second needed word's bit (vbit2: two in five of the
 * variants read on the long probe's comments were so ruled out, each a
 * cache miss or two); a variant also needs a word of each of up to three
 * of its later sets whose members are all literal (need_set): the
 * vocabulary gives each word the sets it is a member of (iset), so a
 * comment knows its sets (hitvec.sets) and "@det @adj? @lie ... @jews"
 * is ruled out at every "le" of a comment without a word of @lie (on
 * post.lua's texts, three in four of the variants' trials were such); a run
 * of 64 candidates keeps its mask for the comment, less the candidates
 * found impossible (pmask), so a repeated word reads only those left;
 * the (token, set) memo has a column only for the comment's sets; a
 * word's prefixes are
 * looked up only when a prefix key starts with its first two bytes
 * (pairs), each prefix hashed once (the hashes the prefetch pass made
 * are kept for the look-ups); the six context sets share one table for their literal and
 * one for their wildcard members (ctx_mask); a masked token tests each
 * distinct first element once (e0id), and whether it may be read at all
 * once (tkey.mask_ok); the per-comment memos are bitmaps in one block on
 * the stack (8 KB: with the shipped policy a comment of up to 16 tokens,
 * 29 with a masked word; a larger block is malloc'd and freed on both
 * returns of match_doc), of which only the "tested" halves and the
 * words' table are zeroed; the echo pattern is not tried at all in a text
 * without "(((".
 *
 * The validated JSON is kept as text (dumped once, before anything is
 * compiled, the tree freed) so GET returns what PUT stored; each word list
 * of the tree is emptied as soon as it is compiled (start-up memory:
 * mod_policy_parse).
 * Must never: accept a policy it cannot compile, crash on any JSON, or match
 * part of a word. */
#include <assert.h>
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "moderation/mod_int.h"

enum { E_LIT, E_PRE, E_SUF, E_SET, E_GAP, E_ECHO, E_NAME };
enum { R_TERM, R_CONTEXTUAL, R_EXCEPTION, R_WHOLE, R_ENDORSE, R_N };
enum { CTX_COUNTER, CTX_NEGATORS, CTX_META, CTX_TITLES, CTX_NOT_NAMES, CTX_HEDGES, CTX_REPLIES, CTX_TCOUNTER,
       CTX_BACK, CTX_HEDGES_BEFORE, CTX_N };
static const char *const ctx_names[CTX_N] = {"counter", "negators", "meta", "titles", "not_names", "hedges",
                                             "replies", "targeted_counter", "refers_back", "hedges_before"};

#define MAX_ELEMS 16
#define MAX_OPTIONAL 4
#define MAX_INDEX_ENTRIES 1000000   /* the default policy: about 15 000 */
#define MAX_SUFFIX_STARTS 5000      /* the default policy: 1 */
#define GAP_MAX 3       /* words skipped by "..." */
#define GAP_LIMIT 12    /* most words "...N" may skip */
#define MAX_LANGS 32    /* lexicon languages told apart (masked_readings) */
#define LANG_OTHER 255

/* A pattern or set word.  16 bytes (it was 24 with two string pointers):
 * the default policy has about 62 000 (52 000 in its patterns' variants,
 * 10 000 in its sets).  Its strings are numbers in the
 * policy's vocabulary (intern; 0 is none: a set, gap or echo), read through
 * elit and esq. */
typedef struct elem {
    uint32_t lit;      /* folded literal (without stars) */
    uint32_t sq;       /* squeezed; the policy's copy (intern): a token's key equals it
                          when its vocab_find is esq's very pointer */
    int set;
    uint8_t kind;
    bool opt;
} elem;
_Static_assert(sizeof(elem) <= 16, "elem: 16 bytes");

/* An open-addressing table of strings, one slot per distinct key, the
 * key's full hash first (most misses read one slot and no string); the
 * lexicon maps (hmap) and a set's prefix and suffix members (wtab)
 * are looked up in it with ks_find. */
typedef struct kslot {
    uint64_t h;           /* the key's hash; the slot is free when key is NULL */
    const char *key;
    uint32_t klen, first, n;   /* hmap: the key's variants, vars[first .. first + n) */
} kslot;
typedef struct ktab {
    kslot *slot;
    size_t mask;          /* slots - 1, a power of two minus one */
} ktab;

/* Prefix (or suffix) members of a set by their squeezed text: a token
 * without a mask matches one when one of its prefixes (suffixes) is the
 * member, so each length of the token is one look-up (hashed
 * incrementally, a suffix from its last byte back) instead of comparing
 * the token with every member: the context sets hold dozens of stems and
 * are tried on every word of a comment the lexicons matched. */
typedef struct wtab {
    ktab t;
    size_t n;
    uint32_t min, max; /* member lengths */
    bool any;          /* an empty member: every token */
} wtab;

/* A set of words: literal members are also chained in a small hash table
 * by their squeezed key, so testing a token against a set of 60 words is
 * one or two look-ups, not 60 comparisons; wildcard members are looked up
 * by the token's prefixes and suffixes (pre, suf), and tried one by one
 * only against a masked token ("f*ck"). */
typedef struct wset {
    const char *name;
    elem *m;
    size_t n;
    int *head;         /* nb buckets -> first literal member, -1 */
    int *next;         /* member -> next literal member of its bucket */
    size_t nb;         /* power of two */
    int *wild;         /* indices of prefix/suffix members (for masked tokens) */
    size_t n_wild;
    wtab pre, suf;     /* the same, looked up by a token's text */
} wset;

typedef struct variant {
    const char *src;   /* pattern as written */
    elem *e;
    uint64_t *need_h;  /* the shash of the literal elements after the first:
                          every one must be a word of the comment (its
                          squeezed key) for a match */
    int cat;
    uint16_t n, n_need;   /* (n <= MAX_ELEMS) */
    uint8_t role;
    uint8_t lang;      /* its lexicon's language, a number in mod_policy.langs */
    /* and up to NEED_SETS sets of its elements after the first whose
     * members are all literal words: the comment must hold a word of each
     * (a key of one of its tokens that is a member's key, hitvec.sets) for
     * a match, NO_SET for none (need_sets) */
    uint16_t need_set[3];
} variant;
_Static_assert(sizeof(variant) <= 40, "variant: 40 bytes");
#define NEED_SETS 3
#define NO_SET UINT16_MAX

typedef struct msg {
    const char *lang, *text;
} msg;

typedef struct category {
    const char *name;
    int action;
    bool needs_target;
    bool semi_gaps;   /* "gaps_cross_semicolons": its "..." gaps run on past a ';' */
    msg *msgs;
    size_t n_msgs;
} category;

/* Hash map string -> variant indexes: an open-addressing table with one
 * slot per distinct key (its full hash first, so most misses read one slot
 * and no string) and the key's variants side by side in one array, built
 * once the variants are compiled (index_variants; a chained map, filled
 * first and then frozen into this, read a bucket head, then ~3 chain
 * entries of 24 bytes each in a 316 KB array, for every word and prefix of
 * every comment, and weighed 1.3 MB at start until frozen). */
typedef struct hmap {
    size_t n;             /* entries: variants under their keys */
    ktab t;
    int *vars;
    /* beside vars: the Bloom bits (see hitvec.bloom) of the
     * variants' first needed words, by runs of 64 candidates (a key's
     * candidates from its first, 64 at a time): each distinct bit of a run
     * once (gbit; BLOOM_NONE for no needed word) with the mask of the
     * run's candidates that need it (gmask), the run that starts at
     * candidate i having its groups at [gfirst[i], gfirst[i] + gn[i]).  A
     * variant the comment cannot match is mostly ruled out from these and
     * the comment's words alone, without reading the variant (thousands
     * of them, scattered in memory: the cache misses were most of the
     * matcher's time), a bit that several candidates share tested once
     * (the shipped policy's candidates: 13,200, groups: 6,717) */
    uint32_t *gfirst;
    uint16_t *gn, *gbit;
    uint64_t *gmask;
    /* frozen, beside vars: each candidate's Bloom bit of its second needed
     * word (BLOOM_NONE for none), tested before the candidate is read: a
     * candidate whose first needed word is in the comment mostly lacks its
     * second ("sale" … "arabe") */
    uint16_t *vbit2;
    uint64_t lens;
    /* bit pair2(k) of each key's first two bytes (see pair2): a
     * word no key starts like needs none of its prefixes looked up */
    uint64_t pairs[64];        /* bit l set when a key has l bytes (bit 63: 63 or more) */
} hmap;

/* A vocabulary slot's khash and its word's slots in lit and clit
 * (mod_policy.iv). */
typedef struct vslot {
    uint64_t h;
    uint32_t lit, clit;
} vslot;
_Static_assert(sizeof(vslot) == 16, "vslot: 16 bytes");

struct mod_policy {
    /* The validated JSON as the text GET returns (indented), deflated
     * (zlib: the default policy's 735 KB weigh 138 KB, 11 KB more than
     * its compact form would; an editor's GET inflates it, and needs no
     * tree): the tree is dropped once compiled, since a large policy's
     * tree weighs megabytes. */
    unsigned char *jz;
    size_t jz_len, json_len;
    json_t *root;   /* only while parsing */
    util_arena *a;
    const char *default_lang;
    category *cats;
    size_t n_cats;
    /* the lexicons' language codes ("fr", "en", "*"), numbered in the order
     * met (a variant's lang); a policy with more than MAX_LANGS of them
     * numbers the others LANG_OTHER, in no comment's language */
    char langs[MAX_LANGS][4];
    unsigned n_langs;
    wset *sets;
    size_t n_sets;
    /* the sets by name while the patterns compile (open addressing, set
     * number + 1, 0 empty; a power of two at least twice n_sets): a
     * pattern's "@name" is looked up in it (a linear search took 20 ms of
     * each start with 789 sets); NULL once compiled */
    uint32_t *set_ix;
    size_t set_ixcap;
    wset ctx[CTX_N];
    /* The context sets' prefix and suffix members in one table each, a
     * slot's `first` the bit mask of the sets (1 << CTX_*) holding it, and
     * the sets with an empty wildcard member: one pass over a token's
     * prefixes tells all the sets (ctx_mask). */
    wtab cpre, csuf;
    unsigned cany;
    /* and their literal members by key (shash of the squeezed text), a
     * slot's [first, first + n) in clm (the member) and clc (its set) */
    ktab clit;
    const elem **clm;
    uint8_t *clc;
    variant *vars;
    size_t n_vars, cap_vars;
    hmap lit, pre;
    int *suf;          /* variants whose first element is a suffix wildcard */
    int *suf_plain;    /* the same without the echo ("(((") ones, for a text
                          without "(((" (in the same order) */
    size_t n_suf_plain, cap_suf_plain;
    /* Per variant, the number of its first element among the distinct
     * ones (same kind and literal, or set): a masked token ("f*ck") is
     * tried against every variant, and its test against a first element
     * is made once per distinct one (first_groups) */
    uint32_t *e0id;
    size_t n_e0;
    size_t n_suf, cap_suf;
    int *namev;        /* variants whose first element is "[name]", tried at each name */
    size_t n_namev, cap_namev;
    /* "abuse_model" cut-offs per category of the model (the section's own
     * values, or its per_category ones), -1 = off */
    double abuse_hold[MOD__ABUSE_NCAT], abuse_reject[MOD__ABUSE_NCAT];
    /* The words' strings, each kept once (see intern); kept once
     * compiled as the policy's vocabulary, with each slot's khash (iv[].h):
     * a comment's key is looked up once (vocab_find), then compared with
     * the pattern words by pointer */
    const char **itab;
    size_t icap, in;
    /* the same strings by number (istr[1 .. in], istr[0] NULL): an elem
     * holds numbers (elit, esq); while compiling, each itab slot's number
     * (iid, freed by vocab_freeze) */
    const char **istr;
    uint32_t *iid;
    /* and, per vocabulary slot, beside its khash, the word's slot in lit
     * and in clit (the one ks_find gives: its own, or an empty one), so
     * that a comment's key found in the vocabulary needs no second look-up
     * (vocab_freeze): one 16-byte record a slot, so that the line
     * vocab_find reads the hash from holds them too (three arrays until
     * session 17: two more cache misses a word of the comment, the
     * vocabulary being cold when the server decides) */
    vslot *iv;
    /* and the sets whose members are all literal words (those a variant's
     * need_set names) holding the word as a member's key: iset[slot] the
     * offset in isetv of a list that ends with NO_SET, 0 for none (isetv[0]
     * is NO_SET); NULL with 65,535 sets or more, or when isetv would be
     * longer than 65,535 (the default policy's: ~20,000; vocab_sets): then
     * no variant has a need_set */
    uint16_t *iset;
    uint16_t *isetv;
    /* the sets that are not literal (set_literal), by number */
    int *wsets;
    size_t n_wsets;
};

/* ---- small helpers ------------------------------------------------------------ */

static uint64_t shash(const char *s, size_t n)
{
    return mod__hash(s, n, 0x9011c7);
}

static void hmap_free(hmap *m)
{
    free(m->t.slot);
    free(m->vars);
    free(m->gfirst);
    free(m->gn);
    free(m->gbit);
    free(m->gmask);
    free(m->vbit2);
}

/* The lexicon maps' key hash, FNV-1a: incremental, so one pass over a word
 * gives the hash of each of its prefixes (candidates() looks every prefix
 * up), then mixed for the bucket. */
#define KH_INIT 0xcbf29ce484222325ULL
static inline uint64_t kh_step(uint64_t h, unsigned char c)
{
    return (h ^ c) * 0x100000001b3ULL;
}

static uint64_t khash(const char *k, size_t kl)
{
    uint64_t h = KH_INIT;
    for (size_t i = 0; i < kl; i++) h = kh_step(h, (unsigned char)k[i]);
    return h;
}

static size_t ks_index(const ktab *t, uint64_t h)
{
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    return (size_t)(h >> 32) & t->mask;
}

/* The slot of key k (its hash h), or the free slot where it goes (the
 * table is never full). */
static kslot *ks_find(const ktab *t, uint64_t h, const char *k, size_t kl)
{
    for (size_t i = ks_index(t, h);; i = (i + 1) & t->mask) {
        kslot *s = &t->slot[i];
        if (s->key == NULL || (s->h == h && s->klen == kl && memcmp(s->key, k, kl) == 0)) return s;
    }
}

/* m's table and its runs of variants, from at[w], the number of entries
 * under each word w of the vocabulary (1 .. in; at NULL: none), which
 * becomes the end of w's run: index_variants then puts each entry at
 * --at[w], so that a key's variants are the newest first (the order the
 * chained map gave them: matches are found, and reported, in that order).
 * The table is sized for the keys (load <= 1/2); a run starts where the
 * slots before it end. */
static void hmap_build(const mod_policy *p, hmap *m, uint32_t *at)
{
    size_t keys = 0;
    m->n = 0;
    for (size_t w = 1; at && w <= p->in; w++)
        if (at[w]) {
            keys++;
            m->n += at[w];
        }
    size_t slots = 16;
    while (slots < 2 * keys) slots *= 2;
    m->t.mask = slots - 1;
    m->t.slot = xcalloc(slots, sizeof *m->t.slot);
    m->vars = xmalloc((m->n ? m->n : 1) * sizeof *m->vars);
    for (size_t w = 1; at && w <= p->in; w++)
        if (at[w]) {
            size_t kl = strlen(p->istr[w]);
            uint64_t h = khash(p->istr[w], kl);
            *ks_find(&m->t, h, p->istr[w], kl) = (kslot){h, p->istr[w], (uint32_t)kl, 0, at[w]};
        }
    uint32_t first = 0;
    m->lens = 0;
    for (size_t i = 0; i < slots; i++) {
        m->t.slot[i].first = first;
        first += m->t.slot[i].n;
        if (m->t.slot[i].key) m->lens |= 1ULL << (m->t.slot[i].klen < 63 ? m->t.slot[i].klen : 63);
    }
    for (size_t w = 1; at && w <= p->in; w++)
        if (at[w]) {
            size_t kl = strlen(p->istr[w]);
            const kslot *k = ks_find(&m->t, khash(p->istr[w], kl), p->istr[w], kl);
            at[w] = k->first + k->n;
        }
}

/* A bit (of 4096) for a key's first two bytes. */
static inline unsigned pair2(const char *k)
{
    return ((unsigned)(unsigned char)k[0] * 0x9E37u ^ (unsigned)(unsigned char)k[1] * 0x85EBu) & 4095u;
}

/* A word's bit in a comment's Bloom filter (hitvec.bloom): the top 12 bits
 * of its shash; BLOOM_NONE, always set, stands for no word. */
enum { BLOOM_BITS = 4096, BLOOM_NONE = BLOOM_BITS };
static inline unsigned bloom_bit(uint64_t sh)
{
    return (unsigned)(sh >> 52);
}

/* Fills m's Bloom groups (gfirst, gn, gbit, gmask) and m->pairs once m
 * is built (hmap_build) and the variants compiled. */
static void hmap_vneed(hmap *m, const variant *vars)
{
    memset(m->pairs, 0, sizeof m->pairs);
    for (size_t i = 0; i <= m->t.mask; i++) {
        const kslot *k = &m->t.slot[i];
        if (k->key == NULL) continue;
        if (k->klen < 2) {   /* (never for a prefix: 3 letters at least) every pair */
            memset(m->pairs, 0xff, sizeof m->pairs);
            break;
        }
        unsigned b = pair2(k->key);
        m->pairs[b >> 6] |= 1ULL << (b & 63);
    }
    size_t n = m->n ? m->n : 1;
    uint16_t *vbit = xmalloc(n * sizeof *vbit);
    m->vbit2 = xmalloc(n * sizeof *m->vbit2);
    for (size_t i = 0; i < m->n; i++) {
        const variant *v = &vars[m->vars[i]];
        /* (a needed word whose shash is 0 was taken for none: kept so) */
        vbit[i] = (uint16_t)(v->n_need && v->need_h[0] ? bloom_bit(v->need_h[0]) : BLOOM_NONE);
        m->vbit2[i] = (uint16_t)(v->n_need > 1 && v->need_h[1] ? bloom_bit(v->need_h[1]) : BLOOM_NONE);
    }
    m->gfirst = xcalloc(n, sizeof *m->gfirst);
    m->gn = xcalloc(n, sizeof *m->gn);
    m->gbit = xmalloc(n * sizeof *m->gbit);   /* (at most one group per candidate) */
    m->gmask = xmalloc(n * sizeof *m->gmask);
    uint32_t g = 0;
    for (size_t i = 0; i <= m->t.mask; i++) {
        const kslot *k = &m->t.slot[i];
        if (k->key == NULL) continue;
        for (uint32_t base = k->first; base < k->first + k->n; base += 64) {
            uint32_t run = k->first + k->n - base < 64 ? k->first + k->n - base : 64;
            m->gfirst[base] = g;
            for (uint32_t j = 0; j < run; j++) {
                uint32_t x = m->gfirst[base];
                while (x < g && m->gbit[x] != vbit[base + j]) x++;
                if (x == g) {
                    m->gbit[g] = vbit[base + j];
                    m->gmask[g++] = 0;
                }
                m->gmask[x] |= 1ULL << j;
            }
            m->gn[base] = (uint16_t)(g - m->gfirst[base]);
        }
    }
    free(vbit);
    /* sized for one group per candidate: given back down to the groups */
    m->gbit = xrealloc(m->gbit, (g ? g : 1) * sizeof *m->gbit);
    m->gmask = xrealloc(m->gmask, (g ? g : 1) * sizeof *m->gmask);
}

static void push_int(int **v, size_t *n, size_t *cap, int x)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        *v = xrealloc(*v, *cap * sizeof **v);
    }
    (*v)[(*n)++] = x;
}

static void seterr(char *err, size_t errlen, const char *fmt, ...) UTIL_PRINTF(3, 4);
static void seterr(char *err, size_t errlen, const char *fmt, ...)
{
    if (err == NULL || errlen == 0) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static bool valid_name(const char *s, size_t max)
{
    size_t n = strlen(s);
    if (n == 0 || n > max) return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_' || (i > 0 && s[i] >= '0' && s[i] <= '9')))
            return false;
    return true;
}

/* Names a JavaScript object gives a meaning of its own: the editors'
 * console (web/admin/admin.js) reads the policy into plain objects and
 * writes a category back with out[name] = …, which for "__proto__" sets
 * the object's prototype instead (the category vanished from the saved
 * policy), and counts per category (perCat[name]) start from
 * Object.prototype or the Object function, not 0.  JSON.parse keeps them
 * as own properties, assignment does not: refused, so that no console
 * (ours or a site's) has to know. */
static bool js_reserved(const char *s)
{
    return strcmp(s, "__proto__") == 0 || strcmp(s, "constructor") == 0 ||
           strcmp(s, "prototype") == 0;
}

static bool valid_lang(const char *s)
{
    size_t n = strlen(s);
    if (strcmp(s, "*") == 0) return true;
    if (n < 2 || n > 3) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'a' || s[i] > 'z') return false;
    return true;
}

/* ---- compiling words and patterns -------------------------------------------- */

/* The compiled words' strings, each kept once in the policy's arena: once
 * sets are expanded the same few thousand words fill tens of thousands of
 * pattern elements (about 11,200 different ones in the shipped policy).
 * The table, at most three quarters full, is kept as the vocabulary
 * (vocab_freeze). */
static uint32_t intern(mod_policy *p, const char *s)
{
    assert(p->iid != NULL || p->icap == 0);   /* (not once frozen) */
    if (4 * (p->in + 1) > 3 * p->icap) {
        size_t cap = p->icap ? 2 * p->icap : 4096;
        const char **t = xcalloc(cap, sizeof *t);
        uint32_t *id = xcalloc(cap, sizeof *id);
        for (size_t i = 0; i < p->icap; i++) {
            if (!p->itab[i]) continue;
            size_t b = (size_t)khash(p->itab[i], strlen(p->itab[i])) & (cap - 1);
            while (t[b]) b = (b + 1) & (cap - 1);
            t[b] = p->itab[i];
            id[b] = p->iid[i];
        }
        free(p->itab);
        free(p->iid);
        p->itab = t;
        p->iid = id;
        p->icap = cap;
        p->istr = xrealloc(p->istr, (cap + 1) * sizeof *p->istr);   /* (in < cap) */
        p->istr[0] = NULL;
    }
    size_t n = strlen(s);
    size_t b = (size_t)khash(s, n) & (p->icap - 1);
    for (; p->itab[b]; b = (b + 1) & (p->icap - 1))
        if (strcmp(p->itab[b], s) == 0) return p->iid[b];
    p->in++;
    p->itab[b] = p->istr[p->in] = util_arena_strndup(p->a, s, n);
    return p->iid[b] = (uint32_t)p->in;
}

/* An elem's strings (its numbers in the vocabulary). */
static inline const char *elit(const mod_policy *p, const elem *e)
{
    return p->istr[e->lit];
}

static inline const char *esq(const mod_policy *p, const elem *e)
{
    return p->istr[e->sq];
}

static void intern_done(mod_policy *p)
{
    free(p->itab);
    free(p->istr);
    free(p->iid);
    free(p->iv);
    free(p->iset);
    free(p->isetv);
    p->iset = NULL;
    p->isetv = NULL;
    p->istr = NULL;
    p->iid = NULL;
    p->itab = NULL;
    p->iv = NULL;
    p->icap = p->in = 0;
}

static kslot *ks_find(const ktab *t, uint64_t h, const char *k, size_t kl);
static uint64_t shash(const char *s, size_t n);

/* The compiled policy's vocabulary: each slot's khash, for vocab_find, and
 * the word's slots in the literal index and in the context sets' literal
 * table (once lit and clit are built). */
static void vocab_freeze(mod_policy *p)
{
    size_t cap = p->icap ? p->icap : 1;
    free(p->iid);   /* (no word is interned any more) */
    p->iid = NULL;
    if (p->istr) p->istr = xrealloc(p->istr, (p->in + 1) * sizeof *p->istr);
    p->iv = xmalloc(cap * sizeof *p->iv);
    for (size_t i = 0; i < p->icap; i++) {
        const char *w = p->itab[i];
        vslot *v = &p->iv[i];
        *v = (vslot){0};
        if (!w) continue;
        size_t n = strlen(w);
        v->h = khash(w, n);
        v->lit = (uint32_t)(ks_find(&p->lit.t, v->h, w, n) - p->lit.t.slot);
        v->clit = (uint32_t)(ks_find(&p->clit, shash(w, n), w, n) - p->clit.slot);
    }
}

static size_t vocab_find(const mod_policy *p, const char *k, uint64_t kh);

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* A set whose members are all literal words: a token matches it only when
 * one of its keys (sq, sq2, a stem) is a member's key (set_match), so a
 * comment none of whose keys is one cannot match an element naming it. */
static bool set_literal(const wset *s)
{
    return s->n_wild == 0;
}

/* p->iset and p->isetv (see mod_policy) from the sets, once the vocabulary
 * is frozen: (slot, set) pairs sorted, each kept once. */
static void vocab_sets(mod_policy *p)
{
    if (p->n_sets >= NO_SET || p->icap == 0) return;
    size_t n = 0, cap = 0;
    uint64_t *pair = NULL;
    for (size_t si = 0; si < p->n_sets; si++) {
        const wset *s = &p->sets[si];
        if (!set_literal(s)) continue;
        for (size_t i = 0; i < s->n; i++) {
            const char *sq = esq(p, &s->m[i]);
            size_t b = vocab_find(p, sq, khash(sq, strlen(sq)));
            assert(b != SIZE_MAX);   /* (every member's key is interned) */
            if (n == cap) {
                cap = cap ? 2 * cap : 1024;
                pair = xrealloc(pair, cap * sizeof *pair);
            }
            pair[n++] = (uint64_t)b << 16 | si;
        }
    }
    if (n) qsort(pair, n, sizeof *pair, cmp_u64);
    p->iset = xcalloc(p->icap, sizeof *p->iset);
    p->isetv = xmalloc((2 * n + 1) * sizeof *p->isetv);   /* (at most a NO_SET per pair) */
    size_t w = 0;
    p->isetv[w++] = NO_SET;
    for (size_t i = 0; i < n; i++) {
        size_t b = (size_t)(pair[i] >> 16);
        if (i > 0 && pair[i] == pair[i - 1]) continue;   /* two members, one key */
        if (i == 0 || b != (size_t)(pair[i - 1] >> 16)) {
            if (i > 0) p->isetv[w++] = NO_SET;
            if (w > UINT16_MAX) break;   /* (an offset must fit iset: none kept, below) */
            p->iset[b] = (uint16_t)w;
        }
        p->isetv[w++] = (uint16_t)(pair[i] & 0xffff);
    }
    if (n) p->isetv[w++] = NO_SET;
    free(pair);
    if (w > UINT16_MAX) {
        free(p->iset);
        free(p->isetv);
        p->iset = NULL;
        p->isetv = NULL;
        return;
    }
    p->isetv = xrealloc(p->isetv, w * sizeof *p->isetv);
}

/* Each variant's need_set: the first NEED_SETS distinct literal sets
 * (set_literal) of its elements after the first (a variant's elements are
 * all required: its optional words were expanded, expand). */
static void need_sets(mod_policy *p)
{
    free(p->wsets);
    p->wsets = xmalloc((p->n_sets ? p->n_sets : 1) * sizeof *p->wsets);
    p->n_wsets = 0;
    for (size_t si = 0; si < p->n_sets; si++)
        if (!set_literal(&p->sets[si])) p->wsets[p->n_wsets++] = (int)si;
    for (size_t vi = 0; vi < p->n_vars; vi++) {
        variant *v = &p->vars[vi];
        unsigned k = 0;
        for (unsigned j = 0; j < NEED_SETS; j++) v->need_set[j] = NO_SET;
        if (p->iset == NULL) continue;   /* (the comment's sets are not told) */
        for (size_t i = 1; i < v->n && k < NEED_SETS; i++) {
            if (v->e[i].kind != E_SET || !set_literal(&p->sets[v->e[i].set])) continue;
            bool seen = false;
            for (unsigned j = 0; j < k; j++) seen |= v->need_set[j] == (uint16_t)v->e[i].set;
            if (!seen) v->need_set[k++] = (uint16_t)v->e[i].set;
        }
    }
}

/* The vocabulary slot of the string k (khash kh), SIZE_MAX when no
 * pattern, set or context word is that string: every pattern word's key
 * is the policy's copy (itab), so a key equals it when the pointers are
 * the same. */
static size_t vocab_find(const mod_policy *p, const char *k, uint64_t kh)
{
    if (p->icap == 0) return SIZE_MAX;
    for (size_t b = (size_t)kh & (p->icap - 1); p->itab[b]; b = (b + 1) & (p->icap - 1))
        if (p->iv[b].h == kh && strcmp(p->itab[b], k) == 0) return b;
    return SIZE_MAX;
}

/* Compiles one word (with optional leading/trailing '*') into e.  The word
 * must normalize to exactly one token unless multi is set, in which case
 * the extra tokens are appended as literal elements (out, *n). */
static const char *compile_word(mod_policy *p, const char *w, elem *out, size_t *n, size_t max,
                                bool multi)
{
    size_t len = strlen(w);
    bool pre = false, suf = false;
    if (len > 0 && w[len - 1] == '*') { pre = true; len--; }
    if (len > 0 && w[0] == '*') { suf = true; w++; len--; }
    if (len == 0) return "empty word";
    for (size_t i = 0; i < len; i++)
        if (w[i] == '*') return "'*' is allowed only at the start or end of a word";
    /* the word's analysis is scratch: only its strings are kept */
    util_arena *scratch = util_arena_new();
    const char *res = NULL;
    mod__doc d;
    mod__analyze(w, len, scratch, &d);
    if (d.n == 0) { res = "word has no letters"; goto done; }
    if (d.n > 1 && !multi) { res = "must be a single word"; goto done; }
    if (*n + d.n > max) { res = "pattern too long"; goto done; }
    for (size_t i = 0; i < d.n; i++) {
        elem *e = &out[(*n)++];
        memset(e, 0, sizeof *e);
        e->lit = intern(p, d.toks[i].alt ? d.toks[i].alt : d.toks[i].form);
        e->sq = intern(p, d.toks[i].sq);
        e->kind = E_LIT;
        if (pre && i == d.n - 1) e->kind = E_PRE;
        if (suf && i == 0) e->kind = E_SUF;
        if (e->kind != E_LIT && strlen(esq(p, e)) < 3) {
            res = "a wildcard word needs at least 3 letters";
            goto done;
        }
    }
done:
    util_arena_free(scratch);
    return res;
}

/* sets_index fills set_ix once the sets are parsed; find_set reads it
 * while the patterns compile, and it is freed once they are. */
static void sets_index(mod_policy *p)
{
    free(p->set_ix);
    p->set_ixcap = 16;
    while (p->set_ixcap < 2 * p->n_sets) p->set_ixcap *= 2;
    p->set_ix = xcalloc(p->set_ixcap, sizeof *p->set_ix);
    for (size_t i = 0; i < p->n_sets; i++) {
        size_t b = (size_t)shash(p->sets[i].name, strlen(p->sets[i].name)) & (p->set_ixcap - 1);
        while (p->set_ix[b]) b = (b + 1) & (p->set_ixcap - 1);
        p->set_ix[b] = (uint32_t)i + 1;
    }
}

static int find_set(const mod_policy *p, const char *name)
{
    if (p->set_ix == NULL) return -1;
    size_t b = (size_t)shash(name, strlen(name)) & (p->set_ixcap - 1);
    for (; p->set_ix[b]; b = (b + 1) & (p->set_ixcap - 1))
        if (strcmp(p->sets[p->set_ix[b] - 1].name, name) == 0) return (int)p->set_ix[b] - 1;
    return -1;
}

/* FNV-1a of k[0..len) (a prefix member), or of its bytes last to first (a
 * suffix member), as wtab_has hashes a token's prefixes and suffixes. */
static uint64_t wt_hash(const char *k, size_t len, bool backwards)
{
    uint64_t h = KH_INIT;
    for (size_t i = 0; i < len; i++) h = kh_step(h, (unsigned char)k[backwards ? len - 1 - i : i]);
    return h;
}

/* The members of one kind (E_PRE or E_SUF) of the nsets sets at sets, by
 * text, in t: a slot's `first` is the mask of the sets holding the member;
 * a set with an empty member (every token) goes into *any. */
static void wtab_fill(mod_policy *p, wtab *t, const wset *sets, int nsets, uint8_t kind,
                      unsigned *any)
{
    size_t n = 0;
    for (int c = 0; c < nsets; c++)
        for (size_t i = 0; i < sets[c].n_wild; i++) n += sets[c].m[sets[c].wild[i]].kind == kind;
    *t = (wtab){.min = UINT32_MAX};
    if (n == 0) return;
    size_t slots = 8;
    while (slots < 2 * n) slots *= 2;
    t->t.slot = util_arena_alloc(p->a, slots * sizeof *t->t.slot);
    t->t.mask = slots - 1;
    for (int c = 0; c < nsets; c++) {
        const wset *s = &sets[c];
        for (size_t i = 0; i < s->n_wild; i++) {
            const elem *e = &s->m[s->wild[i]];
            if (e->kind != kind) continue;
            const char *sq = esq(p, e);
            size_t len = strlen(sq);
            if (len == 0) {
                *any |= 1u << c;
                continue;
            }
            uint64_t h = wt_hash(sq, len, kind == E_SUF);
            kslot *k = ks_find(&t->t, h, sq, len);
            if (k->key == NULL) {
                *k = (kslot){h, sq, (uint32_t)len, 0, 0};
                t->n++;
            }
            k->first |= 1u << c;
            if (len < t->min) t->min = (uint32_t)len;
            if (len > t->max) t->max = (uint32_t)len;
        }
    }
}

/* One set's members of one kind (s->pre, s->suf). */
static void wtab_build(mod_policy *p, const wset *s, wtab *t, uint8_t kind)
{
    unsigned any = 0;
    wtab_fill(p, t, s, 1, kind, &any);
    t->any = any != 0;
}

/* The context sets' members of one kind in one table (p->cpre, p->csuf;
 * empty members in p->cany). */
static void ctab_build(mod_policy *p, wtab *t, uint8_t kind)
{
    wtab_fill(p, t, p->ctx, CTX_N, kind, &p->cany);
}

/* The context sets' literal members in one table by key (p->clit, clm,
 * clc), as the sets' own chains hold them. */
static void clit_build(mod_policy *p)
{
    size_t n = 0;
    for (int c = 0; c < CTX_N; c++)
        for (size_t i = 0; i < p->ctx[c].n; i++) n += p->ctx[c].m[i].kind == E_LIT;
    size_t slots = 8;
    while (slots < 2 * n) slots *= 2;
    p->clit.slot = util_arena_alloc(p->a, slots * sizeof *p->clit.slot);
    p->clit.mask = slots - 1;
    p->clm = util_arena_alloc(p->a, (n ? n : 1) * sizeof *p->clm);
    p->clc = util_arena_alloc(p->a, n ? n : 1);
    for (int pass = 0; pass < 2; pass++) {   /* count per key, then place */
        for (int c = 0; c < CTX_N; c++)
            for (size_t i = 0; i < p->ctx[c].n; i++) {
                const elem *e = &p->ctx[c].m[i];
                if (e->kind != E_LIT) continue;
                const char *sq = esq(p, e);
                size_t len = strlen(sq);
                uint64_t h = shash(sq, len);
                kslot *k = ks_find(&p->clit, h, sq, len);
                if (pass == 0) {
                    if (k->key == NULL) *k = (kslot){h, sq, (uint32_t)len, 0, 0};
                    k->n++;
                } else {
                    p->clm[k->first] = e;
                    p->clc[k->first++] = (uint8_t)c;
                }
            }
        uint32_t at = 0;
        for (size_t i = 0; i < slots; i++) {
            if (pass == 0) p->clit.slot[i].first = at;
            else p->clit.slot[i].first -= p->clit.slot[i].n;   /* back to the start */
            at += p->clit.slot[i].n;
        }
    }
}

/* The OR of the set masks of t's members that are a prefix (suffix when
 * backwards) of k[0..kl): what wtab_has tells of each context set. */
static unsigned ctab_mask(const wtab *t, const char *k, size_t kl, bool backwards)
{
    if (t->n == 0 || kl < t->min) return 0;
    size_t top = kl < t->max ? kl : t->max;
    uint64_t h = KH_INIT;
    unsigned m = 0;
    for (size_t l = 1; l <= top; l++) {
        h = kh_step(h, (unsigned char)(backwards ? k[kl - l] : k[l - 1]));
        if (l >= t->min) {
            const kslot *s = ks_find(&t->t, h, backwards ? k + kl - l : k, l);
            if (s->key) m |= s->first;
        }
    }
    return m;
}

/* True when a prefix (suffix when backwards) of k[0..kl) is a member of t. */
static bool wtab_has(const wtab *t, const char *k, size_t kl, bool backwards)
{
    if (t->any) return true;
    if (t->n == 0 || kl < t->min) return false;
    size_t top = kl < t->max ? kl : t->max;
    uint64_t h = KH_INIT;
    for (size_t l = 1; l <= top; l++) {
        h = kh_step(h, (unsigned char)(backwards ? k[kl - l] : k[l - 1]));
        if (l >= t->min && ks_find(&t->t, h, backwards ? k + kl - l : k, l)->key) return true;
    }
    return false;
}

static const char *compile_wordlist(mod_policy *p, json_t *arr, wset *s, const char *path,
                                    char *err, size_t errlen)
{
    if (!json_is_array(arr)) {
        seterr(err, errlen, "%s: must be an array of words", path);
        return "";
    }
    size_t n = json_array_size(arr);
    s->m = util_arena_alloc(p->a, (n ? n : 1) * sizeof *s->m);
    s->n = 0;
    for (size_t i = 0; i < n; i++) {
        json_t *v = json_array_get(arr, i);
        if (!json_is_string(v) || json_string_length(v) > 200) {
            seterr(err, errlen, "%s[%zu]: must be a string of at most 200 bytes", path, i);
            return "";
        }
        size_t k = 0;
        const char *e = compile_word(p, json_string_value(v), &s->m[s->n], &k, 1, false);
        if (e) {
            seterr(err, errlen, "%s[%zu] \"%s\": %s", path, i, json_string_value(v), e);
            return "";
        }
        s->n++;
    }
    s->nb = 8;
    while (s->nb < 2 * s->n) s->nb *= 2;
    s->head = util_arena_alloc(p->a, s->nb * sizeof *s->head);
    s->next = util_arena_alloc(p->a, (s->n ? s->n : 1) * sizeof *s->next);
    s->wild = util_arena_alloc(p->a, (s->n ? s->n : 1) * sizeof *s->wild);
    s->n_wild = 0;
    for (size_t i = 0; i < s->nb; i++) s->head[i] = -1;
    for (size_t i = 0; i < s->n; i++) {
        if (s->m[i].kind != E_LIT) {
            s->wild[s->n_wild++] = (int)i;
            continue;
        }
        const char *sq = esq(p, &s->m[i]);
        size_t b = shash(sq, strlen(sq)) & (s->nb - 1);
        s->next[i] = s->head[b];
        s->head[b] = (int)i;
    }
    wtab_build(p, s, &s->pre, E_PRE);
    wtab_build(p, s, &s->suf, E_SUF);
    json_array_clear(arr);   /* compiled: its strings go (see mod_policy_parse) */
    return NULL;
}

static void add_variant(mod_policy *p, int cat, uint8_t role, uint8_t lang, const char *src, const elem *e,
                        size_t n)
{
    if (p->n_vars == p->cap_vars) {
        p->cap_vars = p->cap_vars ? p->cap_vars * 2 : 256;
        p->vars = xrealloc(p->vars, p->cap_vars * sizeof *p->vars);
    }
    variant *v = &p->vars[p->n_vars++];
    v->cat = cat;
    v->role = role;
    v->lang = lang;
    v->src = src;
    v->n = (uint16_t)n;
    v->e = util_arena_alloc(p->a, n * sizeof *v->e);
    memcpy(v->e, e, n * sizeof *e);
    size_t n_lit = 0;   /* the arrays hold the literal elements only */
    for (size_t i = 1; i < n; i++) n_lit += e[i].kind == E_LIT;
    v->need_h = n_lit ? util_arena_alloc(p->a, n_lit * sizeof *v->need_h) : NULL;
    v->n_need = 0;
    for (size_t i = 1; i < n; i++)
        if (e[i].kind == E_LIT) v->need_h[v->n_need++] = shash(esq(p, &e[i]), strlen(esq(p, &e[i])));
}

/* Expands optional elements into variants (2^k, k <= MAX_OPTIONAL). */
static const char *expand(mod_policy *p, int cat, uint8_t role, uint8_t lang, const char *src, const elem *e,
                          size_t n)
{
    size_t opt[MAX_OPTIONAL], no = 0;
    for (size_t i = 0; i < n; i++) {
        if (e[i].opt) {
            if (no == MAX_OPTIONAL) return "too many optional words (at most 4)";
            opt[no++] = i;
        }
    }
    size_t added = 0;
    for (unsigned mask = 0; mask < (1u << no); mask++) {
        elem tmp[MAX_ELEMS];
        size_t m = 0;
        for (size_t i = 0; i < n; i++) {
            bool skip = false;
            for (size_t j = 0; j < no; j++)
                if (opt[j] == i && !(mask & (1u << j))) skip = true;
            if (skip) continue;
            tmp[m] = e[i];
            tmp[m].opt = false;
            m++;
        }
        size_t real = 0;
        for (size_t i = 0; i < m; i++)
            if (tmp[i].kind != E_GAP) real++;
        if (real == 0) continue;
        if (tmp[0].kind == E_GAP || tmp[m - 1].kind == E_GAP) {
            if (mask == (1u << no) - 1) return "\"...\" cannot start or end a pattern";
            continue;
        }
        if (tmp[0].kind == E_NAME) {
            /* tried at every capitalised word: it needs a literal word
             * (the candidate filter's) */
            bool lit = false;
            for (size_t i = 1; i < m; i++) lit |= tmp[i].kind == E_LIT;
            if (!lit) return "a pattern that starts with \"[name]\" needs a plain word after it";
        }
        add_variant(p, cat, role, lang, src, tmp, m);
        added++;
    }
    /* "..." alone has no word to find: it would be kept and never match */
    return added ? NULL : "a pattern needs a word (\"...\" alone matches nothing)";
}

static const char *compile_pattern_in(mod_policy *p, int cat, uint8_t role, uint8_t lang, const char *src,
                                      char *copy)
{
    elem e[MAX_ELEMS];
    size_t n = 0;
    char *save = NULL;
    size_t words = 0;
    for (char *w = strtok_r(copy, " \t\n", &save); w; w = strtok_r(NULL, " \t\n", &save)) {
        words++;
        if (n >= MAX_ELEMS) return "pattern too long (at most 16 words)";
        if (strcmp(w, "...") == 0 || strcmp(w, "\xe2\x80\xa6") == 0) {
            memset(&e[n], 0, sizeof e[n]);
            e[n].kind = E_GAP;
            e[n++].set = GAP_MAX;
            continue;
        }
        /* any other word that starts as a gap must be "...N": "...0",
         * "...-1", "...x" were words ("0", "1", "x") the editor never meant */
        if (strncmp(w, "...", 3) == 0 || strncmp(w, "\xe2\x80\xa6", 3) == 0) {
            char *end = NULL;
            long g = w[0] == '.' && w[3] >= '1' && w[3] <= '9' ? strtol(w + 3, &end, 10) : 0;
            if (!end || *end != '\0' || g < 1 || g > GAP_LIMIT)
                return util_arena_printf(p->a, "\"%s\": a gap is \"...\" or \"...N\" with N from 1 to %d",
                                         w, GAP_LIMIT);
            memset(&e[n], 0, sizeof e[n]);
            e[n].kind = E_GAP;
            e[n++].set = (int)g;
            continue;
        }
        if (strcmp(w, "(((") == 0) {
            memset(&e[n], 0, sizeof e[n]);
            e[n++].kind = E_ECHO;
            continue;
        }
        bool opt = false;
        size_t wl = strlen(w);
        if (wl > 1 && w[wl - 1] == '?') {
            opt = true;
            w[wl - 1] = '\0';
        }
        size_t first = n;
        if (strcmp(w, "[name]") == 0) {
            memset(&e[n], 0, sizeof e[n]);
            e[n++].kind = E_NAME;
        } else if (w[0] == '@') {
            int s = find_set(p, w + 1);
            if (s < 0) return util_arena_printf(p->a, "unknown set @%s", w + 1);
            memset(&e[n], 0, sizeof e[n]);
            e[n].kind = E_SET;
            e[n].set = s;
            n++;
        } else {
            const char *err = compile_word(p, w, e, &n, MAX_ELEMS, true);
            if (err) return util_arena_printf(p->a, "\"%s\": %s", w, err);
        }
        if (opt) {
            if (n - first != 1) return "only a single word can be optional";
            e[first].opt = true;
        }
    }
    if (words == 0) return "empty pattern";
    return expand(p, cat, role, lang, util_arena_strdup(p->a, src), e, n);
}

/* copy: the pattern cut into words (strtok), scratch */
static const char *compile_pattern(mod_policy *p, int cat, uint8_t role, uint8_t lang, const char *src)
{
    char *copy = xstrdup(src);
    const char *res = compile_pattern_in(p, cat, role, lang, src, copy);
    free(copy);
    return res;
}

/* Numbers the variants' distinct first elements (p->e0id, p->n_e0): the
 * same kind and the same literal (interned: one number per text) or the
 * same set. */
static void first_groups(mod_policy *p)
{
    p->e0id = xmalloc((p->n_vars ? p->n_vars : 1) * sizeof *p->e0id);
    p->n_e0 = 0;
    size_t cap = 16;
    while (cap < 2 * p->n_vars) cap *= 2;
    const elem **slot = xcalloc(cap, sizeof *slot);
    uint32_t *id = xmalloc(cap * sizeof *id);
    for (size_t i = 0; i < p->n_vars; i++) {
        const elem *e = &p->vars[i].e[0];
        uint64_t h = mod__mix(((uint64_t)e->kind << 56) ^ (uint64_t)e->lit ^ ((uint64_t)(uint32_t)e->set << 20));
        size_t b = (size_t)h & (cap - 1);
        while (slot[b] && !(slot[b]->kind == e->kind && slot[b]->lit == e->lit && slot[b]->set == e->set))
            b = (b + 1) & (cap - 1);
        if (slot[b] == NULL) {
            slot[b] = e;
            id[b] = (uint32_t)p->n_e0++;
        }
        p->e0id[i] = id[b];
    }
    free(slot);
    free(id);
}

/* One variant's index entries: under its first word (lit: a literal,
 * pre: a prefix), or under every member of the set it starts with; one
 * starting with a suffix or "(((" (or a set's suffix member) goes to suf,
 * tried at every token.  Counting (place false): at[0][w] and at[1][w]
 * count the entries under word w in lit and in pre, and suf is filled;
 * placing: each entry goes at --at[.][w] of its map's variants
 * (hmap_build). */
static void index_variant(mod_policy *p, int vi, uint32_t *at[2], bool place)
{
    const elem *f = &p->vars[vi].e[0];
    const elem *m = f;
    size_t n = 1;
    if (f->kind == E_SET) {
        m = p->sets[f->set].m;
        n = p->sets[f->set].n;
    }
    for (size_t i = 0; i < n; i++) {
        uint8_t k = m[i].kind;
        if (k == E_LIT || k == E_PRE) {
            hmap *h = k == E_LIT ? &p->lit : &p->pre;
            uint32_t *a = at[k == E_PRE];
            if (place) h->vars[--a[m[i].sq]] = vi;
            else a[m[i].sq]++;
        } else if (!place && k == E_NAME) {
            push_int(&p->namev, &p->n_namev, &p->cap_namev, vi);
        } else if (!place && (k == E_SUF || k == E_ECHO)) {
            push_int(&p->suf, &p->n_suf, &p->cap_suf, vi);
            /* the echo ones are left out of suf_plain; a set's
             * suffix member is in both */
            if (k == E_SUF) push_int(&p->suf_plain, &p->n_suf_plain, &p->cap_suf_plain, vi);
        }
    }
}

/* The index of the variants (lit, pre, suf): counted, the maps built, then
 * filled (index_variant). */
static void index_variants(mod_policy *p)
{
    uint32_t *at[2] = {xcalloc(p->in + 1, sizeof *at[0]), xcalloc(p->in + 1, sizeof *at[1])};
    for (size_t i = 0; i < p->n_vars; i++) index_variant(p, (int)i, at, false);
    hmap_build(p, &p->lit, at[0]);
    hmap_build(p, &p->pre, at[1]);
    for (size_t i = 0; i < p->n_vars; i++) index_variant(p, (int)i, at, true);
    free(at[0]);
    free(at[1]);
}

/* ---- parse ----------------------------------------------------------------------- */

static bool check_keys(json_t *obj, const char *const *allowed, const char *path, char *err,
                       size_t errlen)
{
    const char *k;
    json_t *v;
    json_object_foreach(obj, k, v) {
        bool ok = false;
        for (size_t i = 0; allowed[i]; i++)
            if (strcmp(allowed[i], k) == 0) ok = true;
        if (!ok) {
            seterr(err, errlen, "%s%s%s: unknown key", path, *path ? "." : "", k);
            return false;
        }
    }
    return true;
}

static mod_policy *policy_new(void)
{
    mod_policy *p = xcalloc(1, sizeof *p);
    p->a = util_arena_new();
    p->default_lang = "fr";
    for (int i = 0; i < MOD__ABUSE_NCAT; i++) p->abuse_hold[i] = p->abuse_reject[i] = -1;
    return p;
}

/* One cut-off at path: absent keeps *v, null is -1 (never), else a
 * probability in (0, 1]. */
static bool cutoff(json_t *obj, const char *key, const char *path, double *v, char *err, size_t errlen)
{
    json_t *x = json_object_get(obj, key);
    if (x == NULL) return true;
    if (json_is_null(x)) {
        *v = -1;
        return true;
    }
    double n = json_is_number(x) ? json_number_value(x) : -1;
    if (!(n > 0 && n <= 1)) {
        seterr(err, errlen, "%s.%s: must be a probability in (0, 1], or null for never", path, key);
        return false;
    }
    *v = n;
    return true;
}

/* "abuse_model": {"hold": p|null, "reject": p|null,
 *                 "per_category": {"insult": {"hold": p|null, "reject": p|null}, …}}:
 * the abuse model's cut-offs (0 < p <= 1, reject >= hold), a category's own
 * values overriding the section's; null or absent = that outcome off. */
static bool parse_abuse_model(mod_policy *p, json_t *am, char *err, size_t errlen)
{
    static const char *const keys[] = {"hold", "reject", "per_category", "description", NULL};
    static const char *const ckeys[] = {"hold", "reject", NULL};
    if (!json_is_object(am)) {
        seterr(err, errlen, "abuse_model: must be an object {\"hold\": p, \"reject\": p}");
        return false;
    }
    if (!check_keys(am, keys, "abuse_model", err, errlen)) return false;
    json_t *d = json_object_get(am, "description");
    if (d && !json_is_string(d)) {
        seterr(err, errlen, "abuse_model.description: must be a string");
        return false;
    }
    double hold = -1, rej = -1;
    if (!cutoff(am, "hold", "abuse_model", &hold, err, errlen) ||
        !cutoff(am, "reject", "abuse_model", &rej, err, errlen))
        return false;
    if (hold >= 0 && rej >= 0 && rej < hold) {
        seterr(err, errlen, "abuse_model.reject: must be at least abuse_model.hold (%g)", hold);
        return false;
    }
    for (int i = 0; i < MOD__ABUSE_NCAT; i++) {
        p->abuse_hold[i] = hold;
        p->abuse_reject[i] = rej;
    }
    json_t *pc = json_object_get(am, "per_category");
    if (pc == NULL) return true;
    if (!json_is_object(pc)) {
        seterr(err, errlen, "abuse_model.per_category: must be an object {category: {\"hold\": p, \"reject\": p}}");
        return false;
    }
    const char *k;
    json_t *v;
    json_object_foreach(pc, k, v) {
        int c = -1;
        for (int i = 0; i < MOD__ABUSE_NCAT; i++)
            if (strcmp(k, mod__abuse_cat_name(i)) == 0) c = i;
        char path[96];
        snprintf(path, sizeof path, "abuse_model.per_category.%.40s", k);
        if (c < 0) {
            seterr(err, errlen, "%s: not a category of the abuse model (insult, racism, antisemitism, "
                                "threat, defamation)", path);
            return false;
        }
        if (!json_is_object(v)) {
            seterr(err, errlen, "%s: must be an object {\"hold\": p, \"reject\": p}", path);
            return false;
        }
        if (!check_keys(v, ckeys, path, err, errlen) ||
            !cutoff(v, "hold", path, &p->abuse_hold[c], err, errlen) ||
            !cutoff(v, "reject", path, &p->abuse_reject[c], err, errlen))
            return false;
        if (p->abuse_hold[c] >= 0 && p->abuse_reject[c] >= 0 && p->abuse_reject[c] < p->abuse_hold[c]) {
            seterr(err, errlen, "%s.reject: must be at least the category's hold cut-off (%g)", path,
                   p->abuse_hold[c]);
            return false;
        }
    }
    return true;
}

/* p's text: root as mod_policy_to_json gives it, deflated. */
static void keep_json(mod_policy *p, const json_t *root)
{
    char *js = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    if (js == NULL) abort();   /* only on out of memory */
    p->json_len = strlen(js);
    uLongf n = compressBound(p->json_len);
    p->jz = xmalloc(n);
    if (compress2(p->jz, &n, (const Bytef *)js, p->json_len, 6) != Z_OK) abort();   /* (only on out of memory) */
    p->jz = xrealloc(p->jz, n);
    p->jz_len = n;
    free(js);
}

mod_policy *mod__policy_empty(void)
{
    mod_policy *p = policy_new();
    hmap_build(p, &p->lit, NULL);
    hmap_build(p, &p->pre, NULL);
    hmap_vneed(&p->lit, p->vars);
    hmap_vneed(&p->pre, p->vars);
    clit_build(p);
    json_t *root = json_pack("{s:i, s:s, s:{}, s:{}}", "version", 1, "default_lang", "fr",
                             "sets", "categories");
    keep_json(p, root);
    json_decref(root);
    return p;
}

/* The number of a lexicon's language code (valid_lang), numbered when first
 * met; LANG_OTHER past MAX_LANGS.  -1 (for a comment): none of them. */
static int lang_find(const mod_policy *p, const char *lang)
{
    for (unsigned i = 0; lang && i < p->n_langs; i++)
        if (strcmp(p->langs[i], lang) == 0) return (int)i;
    return -1;
}

static uint8_t lang_number(mod_policy *p, const char *lang)
{
    int i = lang_find(p, lang);
    if (i >= 0) return (uint8_t)i;
    if (p->n_langs == MAX_LANGS) return LANG_OTHER;
    snprintf(p->langs[p->n_langs], sizeof p->langs[0], "%s", lang);
    return (uint8_t)p->n_langs++;
}

static bool parse_category(mod_policy *p, int ci, const char *name, json_t *c, char *err,
                           size_t errlen)
{
    static const char *const keys[] = {"action", "needs_target", "gaps_cross_semicolons", "message",
                                       "lexicon", "description", NULL};
    char path[96];
    snprintf(path, sizeof path, "categories.%s", name);
    if (!json_is_object(c)) {
        seterr(err, errlen, "%s: must be an object", path);
        return false;
    }
    if (!check_keys(c, keys, path, err, errlen)) return false;
    category *cat = &p->cats[ci];
    cat->name = util_arena_strdup(p->a, name);
    json_t *act = json_object_get(c, "action");
    int a = json_is_string(act) ? mod_action_parse(json_string_value(act)) : -1;
    if (a != MOD_REJECT && a != MOD_HOLD && a != MOD_PUBLISH) {
        seterr(err, errlen, "%s.action: must be \"reject\", \"hold\" or \"publish\"", path);
        return false;
    }
    cat->action = a;
    json_t *nt = json_object_get(c, "needs_target");
    if (nt && !json_is_boolean(nt)) {
        seterr(err, errlen, "%s.needs_target: must be true or false", path);
        return false;
    }
    cat->needs_target = nt && json_is_true(nt);
    json_t *sg = json_object_get(c, "gaps_cross_semicolons");
    if (sg && !json_is_boolean(sg)) {
        seterr(err, errlen, "%s.gaps_cross_semicolons: must be true or false", path);
        return false;
    }
    cat->semi_gaps = sg && json_is_true(sg);
    json_t *d = json_object_get(c, "description");
    if (d && !json_is_string(d)) {
        seterr(err, errlen, "%s.description: must be a string", path);
        return false;
    }
    json_t *m = json_object_get(c, "message");
    if (m) {
        if (!json_is_object(m)) {
            seterr(err, errlen, "%s.message: must be an object {lang: text}", path);
            return false;
        }
        cat->msgs = util_arena_alloc(p->a, (json_object_size(m) + 1) * sizeof *cat->msgs);
        const char *lang;
        json_t *v;
        json_object_foreach(m, lang, v) {
            if (!valid_lang(lang) || !json_is_string(v) || json_string_length(v) == 0 ||
                json_string_length(v) > 500) {
                seterr(err, errlen, "%s.message.%s: must be a language code with a text of 1-500 bytes",
                       path, lang);
                return false;
            }
            cat->msgs[cat->n_msgs].lang = util_arena_strdup(p->a, lang);
            cat->msgs[cat->n_msgs].text = util_arena_strdup(p->a, json_string_value(v));
            cat->n_msgs++;
        }
    }
    if (cat->action == MOD_REJECT && cat->n_msgs == 0) {
        seterr(err, errlen, "%s.message: a category that rejects needs a message for the reader", path);
        return false;
    }
    json_t *lex = json_object_get(c, "lexicon");
    if (lex == NULL) return true;
    if (!json_is_object(lex)) {
        seterr(err, errlen,
               "%s.lexicon: must be an object {lang: {terms, contextual, exceptions, whole, endorsements}}", path);
        return false;
    }
    const char *lang;
    json_t *lv;
    json_object_foreach(lex, lang, lv) {
        static const char *const lkeys[] = {"terms", "contextual", "exceptions", "whole", "endorsements", NULL};
        static const char *const roles[R_N] = {"terms", "contextual", "exceptions", "whole", "endorsements"};
        if (!valid_lang(lang)) {   /* named whole, however long */
            seterr(err, errlen, "%s.lexicon.%s: not a language code (2-3 lower-case letters or \"*\")",
                   path, lang);
            return false;
        }
        char lpath[160];
        snprintf(lpath, sizeof lpath, "%s.lexicon.%s", path, lang);
        if (!json_is_object(lv)) {
            seterr(err, errlen, "%s: must be an object", lpath);
            return false;
        }
        if (!check_keys(lv, lkeys, lpath, err, errlen)) return false;
        uint8_t li = lang_number(p, lang);
        for (int r = 0; r < R_N; r++) {
            json_t *arr = json_object_get(lv, roles[r]);
            if (arr == NULL) continue;
            if (!json_is_array(arr) || json_array_size(arr) > 50000) {
                seterr(err, errlen, "%s.%s: must be an array of at most 50000 patterns", lpath, roles[r]);
                return false;
            }
            for (size_t i = 0; i < json_array_size(arr); i++) {
                json_t *v = json_array_get(arr, i);
                if (!json_is_string(v) || json_string_length(v) == 0 || json_string_length(v) > 300) {
                    seterr(err, errlen, "%s.%s[%zu]: must be a pattern string of 1-300 bytes", lpath,
                           roles[r], i);
                    return false;
                }
                const char *e = compile_pattern(p, ci, (uint8_t)r, li, json_string_value(v));
                if (e) {
                    seterr(err, errlen, "%s.%s[%zu] \"%s\": %s", lpath, roles[r], i,
                           json_string_value(v), e);
                    return false;
                }
            }
            json_array_clear(arr);   /* compiled: its strings go (see mod_policy_parse) */
        }
    }
    return true;
}

mod_policy *mod_policy_parse(const char *json, size_t len, char *err, size_t errlen)
{
    return mod_policy_parse_done(json, len, NULL, err, errlen);
}

mod_policy *mod_policy_parse_done(const char *json, size_t len, void (*done)(const char *json, size_t len),
                                  char *err, size_t errlen)
{
    seterr(err, errlen, "ok");
    if (json == NULL) {
        seterr(err, errlen, "no policy text");
        return NULL;
    }
    json_error_t je;
    json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &je);
    if (done) done(json, len);   /* read: the text is not needed any more */
    if (root == NULL) {
        seterr(err, errlen, "policy is not valid JSON (line %d, column %d): %s", je.line, je.column,
               je.text);
        return NULL;
    }
    return mod_policy_parse_json(root, err, errlen);
}

mod_policy *mod_policy_parse_json(json_t *root, char *err, size_t errlen)
{
    static const char *const keys[] = {"version", "default_lang", "sets", "context", "categories",
                                       "abuse_model", "description", NULL};
    assert(root);
    seterr(err, errlen, "ok");
    mod_policy *p = policy_new();
    p->root = root;
    if (!json_is_object(root)) {
        seterr(err, errlen, "policy: must be a JSON object");
        goto fail;
    }
    if (!check_keys(root, keys, "", err, errlen)) goto fail;
    json_t *desc = json_object_get(root, "description");
    if (desc && !json_is_string(desc)) {
        seterr(err, errlen, "description: must be a string");
        goto fail;
    }
    json_t *ver = json_object_get(root, "version");
    if (ver && !(json_is_integer(ver) && json_integer_value(ver) == 1)) {
        seterr(err, errlen, "version: must be 1");
        goto fail;
    }
    json_t *dl = json_object_get(root, "default_lang");
    if (dl) {
        if (!json_is_string(dl) || !valid_lang(json_string_value(dl))) {
            seterr(err, errlen, "default_lang: must be a language code such as \"fr\"");
            goto fail;
        }
        p->default_lang = util_arena_strdup(p->a, json_string_value(dl));
    }
    /* The text is kept (keep_json) before anything is compiled, and each
     * word list is emptied once compiled (compile_wordlist, parse_category):
     * the tree (about 2.5 MB of heap for the default policy) then shrinks
     * as the compiled form grows, instead of the whole tree, the compiled
     * form and the dump's buffer (1.2 MB) being in memory together at the
     * end, the server's start-up peak. */
    keep_json(p, root);
    json_t *sets = json_object_get(root, "sets");
    if (sets) {
        if (!json_is_object(sets)) {
            seterr(err, errlen, "sets: must be an object {name: [words]}");
            goto fail;
        }
        p->sets = util_arena_alloc(p->a, (json_object_size(sets) + 1) * sizeof *p->sets);
        const char *k;
        json_t *v;
        json_object_foreach(sets, k, v) {
            if (!valid_name(k, 40)) {   /* named whole, however long */
                seterr(err, errlen, "sets.%s: a set name is [a-z_][a-z0-9_]* (at most 40)", k);
                goto fail;
            }
            if (js_reserved(k)) {
                seterr(err, errlen, "sets.%s: \"%s\" is reserved (a JavaScript object's own "
                                    "property), not a set's name", k, k);
                goto fail;
            }
            char path[96];
            snprintf(path, sizeof path, "sets.%s", k);
            wset *s = &p->sets[p->n_sets];
            s->name = util_arena_strdup(p->a, k);
            if (compile_wordlist(p, v, s, path, err, errlen)) goto fail;
            p->n_sets++;
        }
    }
    sets_index(p);
    json_t *ctx = json_object_get(root, "context");
    if (ctx) {
        if (!json_is_object(ctx)) {
            seterr(err, errlen, "context: must be an object");
            goto fail;
        }
        static const char *const ckeys[] = {"counter", "negators", "meta", "titles", "not_names", "hedges",
                                            "replies", "targeted_counter", "refers_back", "hedges_before", NULL};
        if (!check_keys(ctx, ckeys, "context", err, errlen)) goto fail;
        for (int i = 0; i < CTX_N; i++) {
            json_t *v = json_object_get(ctx, ctx_names[i]);
            if (v == NULL) continue;
            char path[64];
            snprintf(path, sizeof path, "context.%s", ctx_names[i]);
            if (compile_wordlist(p, v, &p->ctx[i], path, err, errlen)) goto fail;
        }
    }
    ctab_build(p, &p->cpre, E_PRE);
    ctab_build(p, &p->csuf, E_SUF);
    clit_build(p);
    json_t *cats = json_object_get(root, "categories");
    if (!json_is_object(cats)) {
        seterr(err, errlen, "categories: required, an object {name: {action, message, lexicon}}");
        goto fail;
    }
    if (json_object_size(cats) > 64) {
        seterr(err, errlen, "categories: at most 64");
        goto fail;
    }
    p->cats = util_arena_alloc(p->a, (json_object_size(cats) + 1) * sizeof *p->cats);
    {
        const char *k;
        json_t *v;
        json_object_foreach(cats, k, v) {
            if (!valid_name(k, 32)) {
                seterr(err, errlen, "categories.%s: a category name is [a-z_][a-z0-9_]* (at most 32)", k);
                goto fail;
            }
            if (js_reserved(k)) {
                seterr(err, errlen, "categories.%s: \"%s\" is reserved (a JavaScript object's "
                                    "own property: the editors' console could not keep it), not a "
                                    "category's name", k, k);
                goto fail;
            }
            if (strcmp(k, "spam") == 0) {
                seterr(err, errlen, "categories.spam: \"spam\" is the spam filter's, not a category's name");
                goto fail;
            }
            /* the audit log, the statistics and /metrics already give these
             * names a meaning: a category of that name was counted as one */
            if (strcmp(k, "reported") == 0 || strcmp(k, "none") == 0) {
                seterr(err, errlen, "categories.%s: \"%s\" is reserved (%s), not a category's name",
                       k, k, k[0] == 'r' ? "comments hidden by readers' reports"
                                         : "decisions no category matched");
                goto fail;
            }
            if (!parse_category(p, (int)p->n_cats, k, v, err, errlen)) goto fail;
            p->n_cats++;
        }
    }
    json_t *am = json_object_get(root, "abuse_model");
    if (am && !parse_abuse_model(p, am, err, errlen)) goto fail;
    /* the variants are all read: their array, grown by doubling, gives back
     * its slack (up to half of it, near a megabyte for the default policy) */
    if (p->n_vars && p->n_vars < p->cap_vars) {
        p->vars = xrealloc(p->vars, p->n_vars * sizeof *p->vars);
        p->cap_vars = p->n_vars;
    }
    /* Each variant is indexed under its first word, and under every member
     * when that word is a set: a few patterns of optional set words over a
     * large set ("@big? @big? @big? @big? x", 15 variants x the set) would
     * take minutes and gigabytes to index, on every node, at every start. */
    {
        size_t entries = 0, suffixes = 0;
        for (size_t i = 0; i < p->n_vars; i++) {
            const elem *f = &p->vars[i].e[0];
            entries += f->kind == E_SET ? p->sets[f->set].n : 1;
            if (f->kind == E_SUF || f->kind == E_ECHO || f->kind == E_NAME)
                suffixes++;
            else if (f->kind == E_SET)
                for (size_t j = 0; j < p->sets[f->set].n; j++)
                    suffixes += p->sets[f->set].m[j].kind != E_LIT && p->sets[f->set].m[j].kind != E_PRE;
            if (entries > MAX_INDEX_ENTRIES) {
                seterr(err, errlen, "policy: its patterns would take more than %d index entries (a "
                                    "pattern is indexed under each word of a set it starts with, "
                                    "once per optional-word variant): start fewer patterns with "
                                    "large sets", MAX_INDEX_ENTRIES);
                goto fail;
            }
            /* and one starting with a suffix ("*ique") is tried at every
             * word of every comment */
            if (suffixes > MAX_SUFFIX_STARTS) {
                seterr(err, errlen, "policy: more than %d patterns (or variants) start with a suffix "
                                    "wildcard (\"*word\", a set member \"*word\"), \"(((\" or \"[name]\": each "
                                    "is tried at every word of every comment", MAX_SUFFIX_STARTS);
                goto fail;
            }
        }
    }
    /* the patterns are compiled: sets are no longer looked up by name */
    free(p->set_ix);
    p->set_ix = NULL;
    index_variants(p);
    first_groups(p);
    hmap_vneed(&p->lit, p->vars);
    hmap_vneed(&p->pre, p->vars);
    vocab_freeze(p);
    vocab_sets(p);
    need_sets(p);
    json_decref(root);
    p->root = NULL;
    seterr(err, errlen, "ok");
    return p;
fail:
    mod_policy_free(p);
    return NULL;
}

mod_policy *mod_policy_load(const char *path, char *err, size_t errlen)
{
    size_t n;
    char *s = util_read_file(path, MOD__MAX_FILE_BYTES, &n, err, errlen);
    if (s == NULL) return NULL;
    char e2[400];
    mod_policy *p = mod_policy_parse(s, n, e2, sizeof e2);
    if (p == NULL) seterr(err, errlen, "%s: %s", path, e2);
    free(s);
    return p;
}

/* The policy is kept as this very text, deflated (keep_json): reading it
 * is inflating it.  (It was kept compact and indented again through a
 * tree at every read: the same bytes, a dump being the same after a load,
 * but a tree of 2.5 MB for the default policy, on top of the compiled
 * one, when the server started from moderation.policy_file.) */
char *mod_policy_to_json(const mod_policy *p)
{
    char *text = xmalloc(p->json_len + 1);
    uLongf n = p->json_len;
    if (uncompress((Bytef *)text, &n, p->jz, p->jz_len) != Z_OK || n != p->json_len)
        abort();   /* our own deflate: only on out of memory */
    text[n] = '\0';
    return text;
}

mod_status mod_policy_save(const mod_policy *p, const char *path, char *err, size_t errlen)
{
    char *json = mod_policy_to_json(p);
    util_buf b = {0};
    util_buf_puts(&b, json);
    util_buf_putc(&b, '\n');
    free(json);
    mod_status st = util_write_file(path, b.data, b.len, err, errlen) ? MOD_OK : MOD_EIO;
    util_buf_free(&b);
    return st;
}

size_t mod_policy_category_count(const mod_policy *p)
{
    return p->n_cats;
}

const char *mod_policy_category_name(const mod_policy *p, size_t i)
{
    return i < p->n_cats ? p->cats[i].name : NULL;
}

int mod_policy_category_action(const mod_policy *p, const char *name)
{
    for (size_t i = 0; i < p->n_cats; i++)
        if (strcmp(p->cats[i].name, name) == 0) return p->cats[i].action;
    return -1;
}

const char *mod__policy_cat_name(const mod_policy *p, int cat)
{
    return p->cats[cat].name;
}

int mod__policy_cat_action(const mod_policy *p, int cat)
{
    return p->cats[cat].action;
}

void mod__policy_abuse_cutoffs(const mod_policy *p, int cat, double *hold, double *reject)
{
    if (cat >= 0 && cat < MOD__ABUSE_NCAT) {
        *hold = p->abuse_hold[cat];
        *reject = p->abuse_reject[cat];
        return;
    }
    /* the lowest of all: is any on, and from which probability */
    double lo = -1;
    for (int i = 0; i < MOD__ABUSE_NCAT; i++) {
        if (p->abuse_hold[i] >= 0 && (lo < 0 || p->abuse_hold[i] < lo)) lo = p->abuse_hold[i];
        if (p->abuse_reject[i] >= 0 && (lo < 0 || p->abuse_reject[i] < lo)) lo = p->abuse_reject[i];
    }
    *hold = lo;
    *reject = -1;
}

int mod__policy_cat_index(const mod_policy *p, const char *name)
{
    for (size_t i = 0; i < p->n_cats; i++)
        if (strcmp(p->cats[i].name, name) == 0) return (int)i;
    return -1;
}

const char *mod__policy_default_lang(const mod_policy *p)
{
    return p->default_lang;
}

const char *mod__policy_message(const mod_policy *p, int cat, const char *lang)
{
    const category *c = &p->cats[cat];
    const char *try[3] = {lang, p->default_lang, "en"};
    for (int t = 0; t < 3; t++) {
        if (try[t] == NULL) continue;
        for (size_t i = 0; i < c->n_msgs; i++)
            if (strcmp(c->msgs[i].lang, try[t]) == 0) return c->msgs[i].text;
    }
    if (c->n_msgs) return c->msgs[0].text;
    return "This comment goes against the site's editorial policy.";
}

void mod_policy_free(mod_policy *p)
{
    if (p == NULL) return;
    intern_done(p);
    json_decref(p->root);
    free(p->jz);
    hmap_free(&p->lit);
    hmap_free(&p->pre);
    free(p->vars);
    free(p->suf);
    free(p->suf_plain);
    free(p->namev);
    free(p->e0id);
    free(p->wsets);
    free(p->set_ix);
    util_arena_free(p->a);
    free(p);
}

/* ---- matching ---------------------------------------------------------------------- */

static bool starts(const char *s, const char *pre)
{
    return strncmp(s, pre, strlen(pre)) == 0;
}

static bool ends(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && memcmp(s + n - m, suf, m) == 0;
}

static size_t vocab_find(const mod_policy *p, const char *w, uint64_t h);

/* True when masked word m (in ASCII, one or two stars) read with one
 * letter for each star is a word of the policy's vocabulary: then it is
 * read so only, and a star stands for no more letters ("c*n" is the
 * French "con", a word of the insults, not the English slur "coon";
 * "j*ifs" is "juifs").  The reading of several letters a star may stand
 * for (mod__mask_match: "f*k" as "fuck") is for the masks no one-letter
 * reading explains. */
static bool mask_one(const mod_policy *p, const char *m)
{
    char w[64];
    size_t n = strlen(m), star[2], k = 0;
    if (n >= sizeof w) return false;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)m[i] >= 0x80) return false;
        if (m[i] == '*') {
            if (k == 2) return false;
            star[k++] = i;
        }
    }
    memcpy(w, m, n + 1);
    for (int a = 0; a < 26; a++) {
        w[star[0]] = (char)('a' + a);
        for (int b = 0; b < (k == 2 ? 26 : 1); b++) {
            if (k == 2) w[star[1]] = (char)('a' + b);
            if (vocab_find(p, w, khash(w, n)) != SIZE_MAX) return true;
        }
    }
    return false;
}

/* A masked token is read only when at least two letters are shown and
 * no more letters are hidden than shown ("f*ck", "enc*lé", not "f***"). */
static bool mask_ok(const char *form)
{
    size_t shown = 0, hidden = 0;
    for (const char *c = form; *c; c++) {
        if (*c == '*') hidden++;
        else shown++;
    }
    return shown >= 2 && hidden <= shown;
}

/* A reading of a Hebrew or Arabic token without its prefixes or its
 * plural ending (mod__clitic_stems) that is a word of the policy: the
 * token matches a literal pattern word, a set's literal member and a
 * context word as that word too ("לזונה" as "זונה", "والكلاب" as
 * "الكلاب" and "كلاب"), never a wildcard (no Hebrew or Arabic pattern has
 * one) nor a masked word.  Readings of no word of the policy are not kept:
 * most Hebrew and Arabic words have none. */
typedef struct tstem {
    const char *form;    /* the stem as written: canon itself when it has no run of a
                            letter, else a copy in the decision's arena */
    const char *canon;   /* its key, the policy's copy (vocab_find) */
    uint64_t h;          /* the key's shash */
    uint32_t lit, clit;  /* its slots in lit and clit (iv) */
    uint32_t iset;       /* the literal sets holding it (mod_policy.iset) */
    bool conj;           /* the prefix taken off opens with "and" (ו, و, ف): see word_match */
} tstem;
#define MAX_STEMS 6      /* per token */

/* A token's keys as the matcher reads them, computed once per decision
 * (mod__policy_match): sq and sq2's lengths and shash (0 when NULL).  A
 * set test, a word of the comment and every context set read them instead
 * of measuring and hashing the key again. */
typedef struct tkey {
    uint64_t h[2];
    uint64_t kh[2];    /* their khash (the lexicon maps' hash) */
    const char *canon[2];   /* the policy's copy of each (vocab_find), or NULL */
    uint32_t len[2];
    uint32_t lit[2], clit[2];   /* with canon: its slots in lit and clit (iv) */
    uint32_t iset[2];  /* with canon: the literal sets holding it (mod_policy.iset), else 0 */
    bool mask_ok;      /* a masked token that may be read (mask_ok), tested once */
    bool mask_one;     /* ...and one letter a star makes a word of the policy (mask_one) */
    uint8_t n_stem;    /* its readings without clitics (tstem), stem[0 .. n_stem) */
    bool conj;         /* one of them is a conj one */
    uint16_t cm;       /* its context sets (ctx_mask), CM_UNSET until asked (tok_ctx) */
    const tstem *stem;
} tkey;

/* A key's shash and khash in one pass (two independent chains). */
static void key_hashes(const char *s, size_t n, uint64_t *sh, uint64_t *kh)
{
    uint64_t a = 0xcbf29ce484222325ULL ^ 0x9011c7, b = KH_INIT;   /* shash's and khash's bases */
    for (size_t i = 0; i < n; i++) {
        a = kh_step(a, (unsigned char)s[i]);
        b = kh_step(b, (unsigned char)s[i]);
    }
    *sh = a;
    *kh = b;
}

/* Key number k of a token (sq or sq2, n bytes): its length and hashes
 * into tk, and its first vocabulary slot asked for (prefetch): the
 * vocabulary is cold when the server decides, so every key is hashed
 * before any is looked up (tkey_set) and the fetches overlap. */
static inline void tkey_hash(const mod_policy *p, tkey *tk, int k, const char *key, size_t n)
{
    tk->len[k] = (uint32_t)n;
    key_hashes(key, n, &tk->h[k], &tk->kh[k]);
    if (p->icap) {
        size_t b = (size_t)tk->kh[k] & (p->icap - 1);
        __builtin_prefetch(&p->itab[b]);
        __builtin_prefetch(&p->iv[b]);
    }
}

/* Key number k of a token (sq or sq2), hashed by tkey_hash, looked up;
 * a word of the vocabulary has its literal index slot asked for, which
 * candidates() reads. */
static inline void tkey_set(const mod_policy *p, tkey *tk, int k, const char *key)
{
    size_t b = vocab_find(p, key, tk->kh[k]);
    tk->canon[k] = b == SIZE_MAX ? NULL : p->itab[b];
    tk->lit[k] = b == SIZE_MAX ? 0 : p->iv[b].lit;
    tk->clit[k] = b == SIZE_MAX ? 0 : p->iv[b].clit;
    tk->iset[k] = b == SIZE_MAX || p->iset == NULL ? 0 : p->iset[b];
    if (tk->canon[k]) __builtin_prefetch(&p->lit.t.slot[tk->lit[k]]);
}

/* Masked word m read with one letter for each star is w (prefix: w is
 * a prefix of that reading, "enc*lé" read as "encul*"). */
static bool fill_one(const char *m, const char *w, bool prefix)
{
    for (; *w; m++, w++)
        if (*m == '\0' || (*m != '*' && *m != *w)) return false;
    return prefix || *m == '\0';
}

/* tk: t's keys (tkey).  cont: e is not the first word of the pattern
 * matched; a stem that took off a conjunction ("and") does not match it,
 * since "X and Y" does not say that X is Y: "العرب والحيوانات" (Arabs and
 * animals) is not "العرب حيوانات", while "والكلب اللي كتب" (and the dog
 * who wrote) opens a match. */
static bool word_match(const mod_policy *p, const elem *e, const mod__tok *t, const tkey *tk, bool cont)
{
    const char *lit = elit(p, e), *sq = esq(p, e);
    if (t->flags & MOD__T_MASKED) {
        if (!tk->mask_ok) return false;
        if (tk->mask_one)   /* a star is one letter: "c*n" is "con", not "coon" */
            return (e->kind == E_LIT || e->kind == E_PRE) && fill_one(t->form, lit, e->kind == E_PRE);
        if (e->kind == E_LIT)
            return mod__mask_match(t->form, lit) || (t->alt && mod__mask_match(t->alt, lit));
        if (e->kind == E_PRE)
            return mod__mask_match_prefix(t->form, lit) ||
                   (t->alt && mod__mask_match_prefix(t->alt, lit));
        return false;
    }
    switch (e->kind) {
    case E_LIT: {
        /* (sq is the policy's copy: equal keys, the same pointer).  A
         * word with no run to squeeze is its own key (sq_key returns it):
         * with equal keys, runs_match then holds exactly when the literal
         * has no run either, that is when it is its own key too (lit and
         * sq are interned: the same pointer) */
        const char *w = t->alt ? t->alt : t->form;
        if (tk->canon[0] == sq && (t->sq == w ? lit == sq : mod__runs_match(w, lit)))
            return true;
        if (t->sq2 && tk->canon[1] == sq &&
            (t->sq2 == t->form ? lit == sq : mod__runs_match(t->form, lit)))
            return true;
        for (unsigned i = 0; i < tk->n_stem; i++) {   /* (the same test on each stem) */
            const tstem *st = &tk->stem[i];
            if (st->canon == sq && !(cont && st->conj) &&
                (st->form == st->canon ? lit == sq : mod__runs_match(st->form, lit)))
                return true;
        }
        return false;
    }
    case E_PRE:
        return starts(t->sq, sq) || (t->sq2 && starts(t->sq2, sq));
    case E_SUF:
        return ends(t->sq, sq) || (t->sq2 && ends(t->sq2, sq));
    default:
        return false;
    }
}

/* The literal members of s whose key is the token's key number k (sq or
 * sq2): one of them matches. */
static bool set_lit_match(const mod_policy *p, const wset *s, const mod__tok *t, const tkey *tk, const char *canon, uint64_t kh,
                          bool cont)
{
    if (canon == NULL) return false;   /* a word no set holds */
    for (int i = s->head[kh & (s->nb - 1)]; i >= 0; i = s->next[i])
        if (esq(p, &s->m[i]) == canon && word_match(p, &s->m[i], t, tk, cont)) return true;
    return false;
}

/* cont: see word_match */
static bool set_match(const mod_policy *p, const wset *s, const mod__tok *t, const tkey *tk, bool cont)
{
    if (s->n == 0) return false;
    if (t->flags & MOD__T_MASKED) {   /* "f*ck" may stand for any member */
        for (size_t i = 0; i < s->n; i++)
            if (word_match(p, &s->m[i], t, tk, cont)) return true;
        return false;
    }
    /* a literal member matches only when its key is the token's sq or sq2 */
    const char *keys[2] = {t->sq, t->sq2};
    for (int k = 0; k < 2; k++) {
        if (keys[k] == NULL) continue;
        if (set_lit_match(p, s, t, tk, tk->canon[k], tk->h[k], cont)) return true;
        /* prefix and suffix members: word_match's starts()/ends() of the
         * token's sq or sq2, by look-up */
        if (wtab_has(&s->pre, keys[k], tk->len[k], false) || wtab_has(&s->suf, keys[k], tk->len[k], true))
            return true;
    }
    for (unsigned i = 0; i < tk->n_stem; i++)   /* literal members only */
        if (!(cont && tk->stem[i].conj) && set_lit_match(p, s, t, tk, tk->stem[i].canon, tk->stem[i].h, cont))
            return true;
    return false;
}

#define PMASK 64   /* hitvec.pmask's entries, a power of two */
typedef struct hitvec {
    mod__hit *v;
    size_t n, cap;
    uint64_t *memo, *memo_m;   /* see elem_match: bits "tested", bits "matched" */
    tkey *tk;          /* per token (written only by tok_ctx, its cache) */
    /* Words of the comment (squeezed keys), so that a pattern whose literal
     * words are not all in the comment is skipped without trying it at
     * every token; off when a masked token ("f*ck") could stand for any. */
    uint64_t *words;   /* the keys' shash (0 counted as 1), 0: free; a
                          hash for a string, since the table only rules
                          out (a collision costs a variant's trial) */
    size_t nw;         /* buckets, power of two; 0 = no pruning */
    uint64_t *vmemo, *vmemo_p; /* per variant, bits "checked", bits "possible" */
    /* with words: the literal sets (need_set) a key of the comment is a
     * member of, one bit per set, and the other sets (p->wsets: always
     * possible); each such set's number among them in sidx (valid where
     * its bit is set: the memo's column, elem_match), n_cols of them.
     * Without words (a masked word), sidx is NULL and every set has its
     * column (its own number) */
    uint64_t *sets;
    uint16_t *sidx;
    size_t n_cols;
    /* A Bloom filter of the words' shash (one bit each, bloom_bit), and
     * bit BLOOM_NONE always set: a candidate whose first needed word's bit
     * is clear is not possible, told without a branch per candidate
     * (lookup_slot) */
    uint64_t bloom[BLOOM_BITS / 64 + 1];
    /* The masks of the runs of 64 candidates (or fewer) looked up so far,
     * by the run's first candidate's address: those that passed the Bloom
     * tests, less those found impossible in this comment (the mask depends
     * on the run and the comment alone, not on the token): a word the
     * comment repeats ("le", "de") finds its run's mask here instead of
     * testing each candidate again */
    struct {
        const int *run;
        uint64_t pass;
    } pmask[PMASK];
    /* the text holds "(((": without it no word is echoed (echoed) */
    bool parens3;
} hitvec;

/* Bit i of a bitmap. */
static inline bool bit_get(const uint64_t *b, size_t i)
{
    return (b[i >> 6] >> (i & 63)) & 1;
}

static inline void bit_set(uint64_t *b, size_t i)
{
    b[i >> 6] |= 1ULL << (i & 63);
}

/* Bit i set to v, whatever it was (the "matched" and "possible" bitmaps
 * are not zeroed: each bit is written when its "tested" bit is set, and
 * read only after). */
static inline void bit_put(uint64_t *b, size_t i, bool v)
{
    b[i >> 6] = (b[i >> 6] & ~(1ULL << (i & 63))) | (uint64_t)v << (i & 63);
}

/* memo: per decision, two bits per (token, set), tested and matched (two
 * bitmaps of n_memo bits each) — a long comment tries the same token
 * against the same set from many patterns and gap positions.  (Bits, not
 * bytes: the zeroed memos were most of a short comment's memset.)  A
 * comment without a masked word has columns only for the sets that may
 * match one of its words (hitvec.sidx): a literal set none of its keys
 * is a member of matches no token, told without a memo (the memo of
 * every set was most of a comment's zeroed memory).  They
 * hold the answers for a first word; cont (see word_match) asks again
 * only of a token with a conj stem. */
static bool elem_match(const mod_policy *p, const elem *e, const mod__doc *d, size_t ti,
                       const hitvec *h, bool cont)
{
    if (e->kind != E_SET) return word_match(p, e, &d->toks[ti], &h->tk[ti], cont);
    size_t col = (size_t)e->set;
    if (h->sidx) {
        if (!bit_get(h->sets, col)) return false;
        col = h->sidx[col];
    }
    if (cont && h->tk[ti].conj) return set_match(p, &p->sets[e->set], &d->toks[ti], &h->tk[ti], true);
    size_t i = ti * h->n_cols + col;
    if (!bit_get(h->memo, i)) {
        bit_set(h->memo, i);
        bit_put(h->memo_m, i, set_match(p, &p->sets[e->set], &d->toks[ti], &h->tk[ti], false));
    }
    return bit_get(h->memo_m, i);
}

/* What joins token k's sentence to token k-1's when k opens the sentence
 * right after it: '?' or ';' when only that (with spaces, quotes, dashes)
 * separates them, else 0 (a full stop, "!", a line break, or no new
 * sentence).  A question mark: "Les chambres à gaz ? Une arnaque." reads
 * as one thought.  A semicolon joins two clauses of one sentence: "She
 * lives at 14 Elm Road; we'll pay her a visit", "I'm not saying Jews
 * control the banks; that conspiracy theory is poison". */
static char clause_bridge(const mod__doc *d, size_t k)
{
    if (k == 0 || k >= d->n || d->toks[k].sent != d->toks[k - 1].sent + 1) return 0;
    bool q = false, semi = false;
    for (uint32_t b = d->toks[k - 1].end; b < d->toks[k].start && b < d->len; b++) {
        char c = d->text[b];
        if (c == '?') q = true;
        else if (c == ';') semi = true;
        else if (c == '.' || c == '!' || c == '\n' || c == '\r') return 0;
    }
    return semi ? ';' : q ? '?' : 0;
}

/* True when the word at token t opens a triple-parenthesis echo: "(((" just
 * before it (spaces allowed) and ")))" closing it within 80 bytes, with no
 * other parenthesis or sentence end between ("(((they)))", "(((the usual
 * suspects)))"); a formula's "(((a+b)*c)" is not one. */
static bool echoed(const mod__doc *d, const mod__tok *t)
{
    size_t b = t->start, opens = 0;
    while (b > 0 && d->text[b - 1] == ' ') b--;
    while (b > 0 && d->text[b - 1] == '(') {
        b--;
        opens++;
    }
    if (opens < 3) return false;
    for (size_t e = t->end; e < d->len && e < (size_t)t->end + 80; e++) {
        char c = d->text[e];
        if (c == ')') return e + 2 < d->len && d->text[e + 1] == ')' && d->text[e + 2] == ')';
        if (c == '(' || c == '.' || c == '!' || c == '?' || c == '\n') return false;
    }
    return false;
}

/* True when a gap of v may run on from token k-1's sentence into token
 * k's: past a question mark, or past a semicolon in a category with
 * gaps_cross_semicolons (the default policy's threats: "She lives at 14
 * Elm Road; we'll pay her a visit").  Not in the others: "Six million
 * people use the bus network; the maths …" is no "six million ...12
 * maths". */
static bool gap_bridge(const mod_policy *p, const variant *v, const mod__doc *d, size_t k)
{
    char c = clause_bridge(d, k);
    return c == '?' || (c == ';' && p->cats[v->cat].semi_gaps);
}

static unsigned tok_ctx(const mod_policy *p, const mod__doc *d, tkey *tk, size_t ti);
static bool names_someone(const mod_policy *p, const mod__doc *d, tkey *tk, size_t i);

/* A person's name, as "[name]" reads it ("Je vais tuer Vernier", "Death
 * to Whitcombe"): a Latin-script word written with a capital, not all in
 * capitals ("NATO"), not masked, and no word of context.not_names ("Le",
 * "Monsieur"); the first word of a sentence is capitalised anyway, so
 * there it must also be no word of the policy at all ("Quelqu'un doit
 * payer" is no "[name] doit payer"; "Harrow must die" is). */
static bool name_at(const mod_policy *p, const mod__doc *d, size_t ti, const hitvec *h)
{
    const mod__tok *t = &d->toks[ti];
    if (t->flags & (MOD__T_MASKED | MOD__T_NUM)) return false;
    if ((t->flags & MOD__T_SENT0) && (h->tk[ti].canon[0] || h->tk[ti].canon[1])) return false;
    return names_someone(p, d, h->tk, ti);
}

/* Matches elements ei.. of v from token ti; returns the last token used,
 * or -1.  sent is the sentence the match is in (a gap may move it on past
 * a question mark, or a semicolon: gap_bridge). */
static long match_from(const mod_policy *p, const variant *v, size_t ei, size_t ti,
                       const mod__doc *d, uint32_t sent, const hitvec *h)
{
    if (ei == v->n) return (long)ti - 1;
    const elem *e = &v->e[ei];
    if (e->kind == E_GAP) {
        uint32_t cur = sent;
        for (size_t skip = 0; skip <= (size_t)e->set; skip++) {
            size_t k = ti + skip;   /* the token the next element tries */
            if (k > d->n) break;
            if (skip > 0 && d->toks[k - 1].sent != cur) {
                if (!gap_bridge(p, v, d, k - 1)) break;
                cur = d->toks[k - 1].sent;
            }
            uint32_t land = cur;
            if (k < d->n && d->toks[k].sent != cur && gap_bridge(p, v, d, k)) land = d->toks[k].sent;
            long r = match_from(p, v, ei + 1, k, d, land, h);
            if (r >= 0) return r;
        }
        return -1;
    }
    if (ti >= d->n || d->toks[ti].sent != sent) return -1;
    if (e->kind == E_ECHO) {
        if (!echoed(d, &d->toks[ti])) return -1;
    } else if (e->kind == E_NAME) {
        if (!name_at(p, d, ti, h)) return -1;
    } else if (!elem_match(p, e, d, ti, h, ei > 0)) {
        return -1;
    }
    return match_from(p, v, ei + 1, ti + 1, d, sent, h);
}

/* The literal sets holding a key of the comment (its iset, a tkey's or a
 * tstem's) marked in h->sets. */
static inline void sets_add(hitvec *h, const mod_policy *p, uint32_t iset)
{
    for (const uint16_t *q = &p->isetv[iset]; *q != NO_SET; q++)
        if (!bit_get(h->sets, *q)) {
            bit_set(h->sets, *q);
            h->sidx[*q] = (uint16_t)h->n_cols++;
        }
}

/* kh: the shash of a key of the comment that is a word of the policy
 * (vocab_find): only those can be a pattern's needed word */
static inline void words_add(hitvec *h, uint64_t kh)
{
    uint64_t k = kh ? kh : 1;
    size_t b = kh & (h->nw - 1);
    while (h->words[b]) {
        if (h->words[b] == k) return;
        b = (b + 1) & (h->nw - 1);
    }
    h->words[b] = k;
    unsigned bit = bloom_bit(kh);
    h->bloom[bit >> 6] |= 1ULL << (bit & 63);
}

static bool words_has(const hitvec *h, uint64_t kh)
{
    uint64_t k = kh ? kh : 1;
    size_t b = kh & (h->nw - 1);
    while (h->words[b]) {
        if (h->words[b] == k) return true;
        b = (b + 1) & (h->nw - 1);
    }
    return false;
}

static bool variant_possible(const mod_policy *p, int vi, hitvec *h)
{
    if (h->nw == 0) return true;
    if (!bit_get(h->vmemo, (size_t)vi)) {
        const variant *v = &p->vars[vi];
        bit_set(h->vmemo, (size_t)vi);
        size_t i = 0;
        while (i < v->n_need && words_has(h, v->need_h[i])) i++;
        bool ok = i == v->n_need;
        for (unsigned k = 0; ok && k < NEED_SETS && v->need_set[k] != NO_SET; k++)
            ok = bit_get(h->sets, v->need_set[k]);
        bit_put(h->vmemo_p, (size_t)vi, ok);
    }
    return bit_get(h->vmemo_p, (size_t)vi);
}

/* True when variant vi is already known impossible in this comment: the
 * callers' test, so most candidates cost no call. */
static inline bool variant_ruled_out(const hitvec *h, int vi)
{
    return h->nw != 0 && bit_get(h->vmemo, (size_t)vi) && !bit_get(h->vmemo_p, (size_t)vi);
}

/* Where a "whole" pattern counts: the whole comment ("Idiot !"), or its
 * whole first sentence closed by '.' or '!' with more after it ("Retard.
 * Learn to read before commenting."): an opener that only names the reader
 * so; never one closed by '?' ("Idiot ? Non, mal conseillé."), nor a
 * quoted one ("\"Bastards.\" That's all my gran said"). */
static bool whole_or_opener(const mod__doc *d, size_t ti, size_t end)
{
    if (ti != 0) return false;
    if (end + 1 == d->n) return true;
    if (d->toks[end + 1].sent == d->toks[end].sent || (d->toks[0].flags & MOD__T_QUOTED)) return false;
    bool closed = false;
    for (uint32_t b = d->toks[end].end; b < d->toks[end + 1].start && b < d->len; b++) {
        if (d->text[b] == '?') return false;
        closed |= d->text[b] == '.' || d->text[b] == '!';
    }
    return closed;
}

static void try_variant(const mod_policy *p, int vi, size_t ti, const mod__doc *d, hitvec *h)
{
    const variant *v = &p->vars[vi];
    if (!variant_possible(p, vi, h)) return;
    long end = match_from(p, v, 0, ti, d, d->toks[ti].sent, h);
    if (end < 0) return;
    if (v->role == R_WHOLE && !whole_or_opener(d, ti, (size_t)end)) return;
    for (size_t i = 0; i < h->n; i++)   /* same variant found via two keys */
        if (h->v[i].tok0 == ti && h->v[i].pattern == v->src && h->v[i].cat == v->cat &&
            h->v[i].tok1 == (uint32_t)end)
            return;
    if (h->n == h->cap) {
        h->cap = h->cap ? h->cap * 2 : 16;
        h->v = xrealloc(h->v, h->cap * sizeof *h->v);
    }
    mod__hit *x = &h->v[h->n++];
    memset(x, 0, sizeof *x);
    x->cat = v->cat;
    x->pattern = v->src;
    x->tok0 = (uint32_t)ti;
    x->tok1 = (uint32_t)end;
    x->neutralized = v->role == R_EXCEPTION || v->role == R_ENDORSE;   /* marks them until applied */
    x->lang = v->lang;
    x->role = v->role;
    x->gapless = true;
    for (uint32_t i = 0; i < v->n; i++)
        if (v->e[i].kind == E_GAP) x->gapless = false;
}

/* The variants of m in its slot s (ks_find's, for a key of the comment). */
static void lookup_slot(const mod_policy *p, const hmap *m, const kslot *s, size_t ti, const mod__doc *d,
                        hitvec *h)
{
    /* by runs of 64: first the mask of the candidates whose first needed
     * word may be in the comment (none needed, or its Bloom bit set;
     * without a branch each), then those in order: a candidate ruled out
     * here cannot match (its first needed word is not in the comment), a
     * false positive is ruled out by variant_possible */
    const uint32_t end = s->first + s->n;
    for (uint32_t base = s->first; base < end; base += 64) {
        uint32_t run = end - base < 64 ? end - base : 64;
        uint64_t pass = 0;
        if (h->nw == 0) {   /* (a masked word in the comment: no filter, no cache) */
            pass = run == 64 ? ~0ULL : (1ULL << run) - 1;
            while (pass) {
                uint32_t j = (uint32_t)__builtin_ctzll(pass);
                pass &= pass - 1;
                try_variant(p, m->vars[base + j], ti, d, h);
            }
            continue;
        }
        const int *key = &m->vars[base];
        size_t c = (size_t)((((uintptr_t)key >> 2) * 0x9E3779B97F4A7C15ULL) >> 58) & (PMASK - 1);
        if (h->pmask[c].run == key) {
            pass = h->pmask[c].pass;
        } else {
            for (uint32_t g = m->gfirst[base], ge = g + m->gn[base]; g < ge; g++) {
                unsigned b = m->gbit[g];
                pass |= m->gmask[g] & (0 - ((h->bloom[b >> 6] >> (b & 63)) & 1));
            }
        }
        uint64_t keep = pass;   /* less those found impossible */
        while (pass) {
            uint32_t j = (uint32_t)__builtin_ctzll(pass);
            pass &= pass - 1;
            int vi = m->vars[base + j];
            /* its second needed word not in the comment: not possible
             * (variant_possible would read the variant to tell) */
            unsigned b2 = m->vbit2[base + j];
            if (variant_ruled_out(h, vi) || !((h->bloom[b2 >> 6] >> (b2 & 63)) & 1)) {
                keep &= ~(1ULL << j);
                continue;
            }
            try_variant(p, vi, ti, d, h);
            if (variant_ruled_out(h, vi)) keep &= ~(1ULL << j);
        }
        h->pmask[c].run = key;
        h->pmask[c].pass = keep;
    }
}

static void candidates(const mod_policy *p, size_t ti, const mod__doc *d, hitvec *h)
{
    const mod__tok *t = &d->toks[ti];
    if (t->flags & MOD__T_MASKED) {
        if (!h->tk[ti].mask_ok) return;
        /* every variant, in order, but each distinct first element tested
         * once (a variant whose first element fails matches nothing) */
        uint8_t *first = xcalloc(p->n_e0 ? p->n_e0 : 1, 1);   /* 0 untested, 1 fails, 2 matches */
        for (size_t i = 0; i < p->n_vars; i++) {
            uint8_t *r = &first[p->e0id[i]];
            if (*r == 0) {
                const elem *e = &p->vars[i].e[0];
                bool ok = e->kind == E_GAP                ? true   /* (never first: tried in full) */
                          : e->kind == E_ECHO             ? echoed(d, t)
                          : e->kind == E_NAME             ? false   /* (a masked word is no name) */
                                                          : elem_match(p, e, d, ti, h, false);
                *r = ok ? 2 : 1;
            }
            if (*r == 2) try_variant(p, (int)i, ti, d, h);
        }
        free(first);
        return;
    }
    const char *keys[2] = {t->sq, t->sq2};
    const uint64_t lens = p->pre.lens;
    for (int k = 0; k < 2; k++) {
        if (keys[k] == NULL) continue;
        const char *key = keys[k];
        size_t kl = h->tk[ti].len[k];
        unsigned b = kl >= 2 ? pair2(key) : 0;
        /* every prefix of two bytes or more, unless no prefix key starts
         * with the word's first two bytes */
        if (kl >= 2 && ((p->pre.pairs[b >> 6] >> (b & 63)) & 1)) {
            /* the prefixes' slots asked for first (the index is cold when
             * the server decides: their fetches overlap), then looked up,
             * shortest first; their hashes kept from the first pass (up
             * to PRE_KEEP of them: a longer word's others hashed again) */
            enum { PRE_KEEP = 32 };
            uint64_t ph[PRE_KEEP];
            uint32_t pl[PRE_KEEP];
            size_t np = 0;
            bool more = false;
            uint64_t kh = kh_step(KH_INIT, (unsigned char)key[0]);
            for (size_t l = 2; l <= kl; l++) {
                kh = kh_step(kh, (unsigned char)key[l - 1]);
                /* (no key of this length: ks_find would find none) */
                if ((lens >> (l < 63 ? l : 63)) & 1) {
                    __builtin_prefetch(&p->pre.t.slot[ks_index(&p->pre.t, kh)]);
                    if (np < PRE_KEEP) {
                        ph[np] = kh;
                        pl[np++] = (uint32_t)l;
                    } else {
                        more = true;
                    }
                }
            }
            for (size_t i = 0; i < np; i++) lookup_slot(p, &p->pre, ks_find(&p->pre.t, ph[i], key, pl[i]), ti, d, h);
            if (more) {
                kh = kh_step(KH_INIT, (unsigned char)key[0]);
                for (size_t l = 2; l <= kl; l++) {
                    kh = kh_step(kh, (unsigned char)key[l - 1]);
                    if (l > pl[PRE_KEEP - 1] && ((lens >> (l < 63 ? l : 63)) & 1))
                        lookup_slot(p, &p->pre, ks_find(&p->pre.t, kh, key, l), ti, d, h);
                }
            }
        }
        /* a literal key is a word of the vocabulary (none for a word not
         * in it), whose slot in lit the vocabulary gives */
        if (h->tk[ti].canon[k]) lookup_slot(p, &p->lit, &p->lit.t.slot[h->tk[ti].lit[k]], ti, d, h);
    }
    /* a stem is a word of the vocabulary: its literal slot only */
    for (unsigned i = 0; i < h->tk[ti].n_stem; i++)
        lookup_slot(p, &p->lit, &p->lit.t.slot[h->tk[ti].stem[i].lit], ti, d, h);
    /* in a text without "(((" no echo pattern can match: those skipped */
    const int *suf = h->parens3 ? p->suf : p->suf_plain;
    const size_t n_suf = h->parens3 ? p->n_suf : p->n_suf_plain;
    for (size_t i = 0; i < n_suf; i++) {
        const variant *v = &p->vars[suf[i]];
        /* an echo pattern ("(((") at a word no "(((" opens: its first
         * element fails, told without trying the variant */
        if (v->e[0].kind == E_ECHO && !echoed(d, t)) continue;
        if (!variant_ruled_out(h, suf[i])) try_variant(p, suf[i], ti, d, h);
    }
    if (p->n_namev && name_at(p, d, ti, h))
        for (size_t i = 0; i < p->n_namev; i++)
            if (!variant_ruled_out(h, p->namev[i])) try_variant(p, p->namev[i], ti, d, h);
}

/* Per-token context flags, and per-sentence "names someone". */
enum { TF_COUNTER = 1, TF_META = 2, TF_HEDGE = 4, TF_REPLY = 8, TF_TCOUNTER = 16, TF_BACK = 32, TF_HEDGEB = 64,
       TF_BITS = 7 };
/* around()'s at[] entry of flag fl (one bit) */
#define TF_AT(at, fl) ((at)[__builtin_ctz(fl)])

/* m, with the context sets whose literal members at clit slot `slot`
 * (ks_find's, from the vocabulary) the token matches. */
static unsigned clit_mask(const mod_policy *p, uint32_t slot, const mod__tok *t, const tkey *tk, unsigned m)
{
    const kslot *s = &p->clit.slot[slot];
    for (uint32_t j = s->first; j < s->first + s->n; j++)
        if (!(m & (1u << p->clc[j])) && word_match(p, p->clm[j], t, tk, false)) m |= 1u << p->clc[j];
    return m;
}

/* Which context sets t matches (bit 1 << CTX_*): set_match of each, with
 * the token's key hashed once for all the sets' literal members and its
 * prefixes (suffixes) looked up once for all their wildcard members. */
static unsigned ctx_mask(const mod_policy *p, const mod__tok *t, const tkey *tk)
{
    /* a masked word is never a context word: "f***ing" read as a counter
     * word ("fighting"?) excused "Go back where you came from, you f***ing
     * immigrant"; nobody masks the words that excuse or report */
    if (t->flags & MOD__T_MASKED) return 0;
    unsigned m = 0;
    const char *keys[2] = {t->sq, t->sq2};
    for (int k = 0; k < 2; k++) {
        if (keys[k] == NULL) continue;
        m |= p->cany;
        if (tk->canon[k])   /* (a literal member is a word of the vocabulary) */
            m = clit_mask(p, tk->clit[k], t, tk, m);
        m |= ctab_mask(&p->cpre, keys[k], tk->len[k], false) | ctab_mask(&p->csuf, keys[k], tk->len[k], true);
    }
    for (unsigned i = 0; i < tk->n_stem; i++)   /* literal members only */
        m = clit_mask(p, tk->stem[i].clit, t, tk, m);
    return m;
}

/* Token ti's context sets, ctx_mask's, computed once per comment: name_at
 * asks while the patterns are tried, token_context for every token once
 * a pattern matched. */
#define CM_UNSET 0xFFFF
_Static_assert(CTX_N < 16, "a context mask is 16 bits, CM_UNSET none");
static unsigned tok_ctx(const mod_policy *p, const mod__doc *d, tkey *tk, size_t ti)
{
    if (tk[ti].cm == CM_UNSET) tk[ti].cm = (uint16_t)ctx_mask(p, &d->toks[ti], &tk[ti]);
    return tk[ti].cm;
}

/* Token i may name someone: a Latin-script word written with a capital,
 * not all in capitals ("NATO"), and no word of context.not_names ("Le",
 * "Monsieur"). */
static bool names_someone(const mod_policy *p, const mod__doc *d, tkey *tk, size_t i)
{
    const mod__tok *t = &d->toks[i];
    return (t->flags & MOD__T_CAP) && !(t->flags & MOD__T_ALLCAPS) && t->script == MOD__S_LATIN &&
           !(tok_ctx(p, d, tk, i) & (1u << CTX_NOT_NAMES));
}

/* A negator up to three words before token i, in its sentence ("pas de
 * l'antisémitisme", "isn't a conspiracy"). */
static bool negated_at(const mod_policy *p, const mod__doc *d, tkey *tk, size_t i)
{
    for (size_t k = 1; k <= 3 && k <= i; k++)
        if (d->toks[i - k].sent == d->toks[i].sent && (tok_ctx(p, d, tk, i - k) & (1u << CTX_NEGATORS))) return true;
    return false;
}

/* Hedge word i hedges the sentence: not negated ("Pas besoin de procès
 * pour savoir que…", "it's not a rumour"), and, when it is a word of
 * context.titles too, not the title of the person named right after it,
 * who is the one accused ("La juge Caroline Ferrand a été achetée",
 * "Judge Harriet Lomax was paid off"; "Selon Le Monde" still hedges). */
static bool hedges(const mod_policy *p, const mod__doc *d, tkey *tk, size_t i)
{
    if (negated_at(p, d, tk, i)) return false;
    return !(i + 1 < d->n && (tok_ctx(p, d, tk, i) & (1u << CTX_TITLES)) &&
             d->toks[i + 1].sent == d->toks[i].sent && names_someone(p, d, tk, i + 1));
}

static void token_context(const mod_policy *p, const mod__doc *d, tkey *tk, uint8_t *tf, bool *target)
{
    for (size_t i = 0; i < d->n; i++) {
        const mod__tok *t = &d->toks[i];
        unsigned m = tok_ctx(p, d, tk, i);
        /* a counter word in quotes is a label the writer rejects, not his
         * own ("Les « historiens » qui parlent de la Shoah sont payés",
         * "c'est « complotiste » de le remarquer") */
        if ((m & (1u << CTX_COUNTER | 1u << CTX_TCOUNTER)) && !(t->flags & MOD__T_QUOTED) &&
            !negated_at(p, d, tk, i))
            tf[i] |= (m & (1u << CTX_COUNTER) ? TF_COUNTER : 0) | (m & (1u << CTX_TCOUNTER) ? TF_TCOUNTER : 0);
        if (m & (1u << CTX_META)) tf[i] |= TF_META;
        if ((m & (1u << CTX_HEDGES)) && hedges(p, d, tk, i)) tf[i] |= TF_HEDGE;
        else if ((m & (1u << CTX_HEDGES_BEFORE)) && hedges(p, d, tk, i)) tf[i] |= TF_HEDGEB;
        if (m & (1u << CTX_REPLIES)) tf[i] |= TF_REPLY;
        if (m & (1u << CTX_BACK)) tf[i] |= TF_BACK;
        if ((m & (1u << CTX_TITLES)) || names_someone(p, d, tk, i)) target[t->sent] = true;
    }
}

/* A context rule's reason naming the word that made it apply
 * ("reported, hedged or conditional (\"allegedly\")"), as written in the
 * comment (at most 40 bytes of it). */
static const char *because(util_arena *a, const mod__doc *d, const char *rule, uint32_t ti)
{
    const mod__tok *t = &d->toks[ti];
    int n = t->end - t->start > 40 ? 40 : (int)(t->end - t->start);
    return util_arena_printf(a, "%s (\"%.*s\")", rule, n, d->text + t->start);
}

/* OR of the flags of the hit's sentence (both sentences when the hit runs
 * on past a question mark or a semicolon), outside the hit itself (so the
 * "mythe" of "le mythe des chambres à gaz" does not excuse the phrase).
 * The clauses joined to it by semicolons, before and after, and the
 * sentence that answers it when it ends with a question mark give their
 * counter words only: a claim asked, then rebutted ("Les Chinois mangent
 * des chiens ? C'est un cliché raciste."), or rebutted in the next clause
 * ("I'm not saying Jews control the banks; that conspiracy theory is
 * poison"); their meta and hedge words stay theirs.  at[b], for each flag
 * 1 << b, is the token nearest before the hit that gave it, or the first
 * after (the word the editor's explanation names). */
static uint8_t around(const mod__doc *d, const uint8_t *tf, const mod__hit *x, uint32_t at[TF_BITS])
{
    uint8_t f = 0;
#define AROUND_GIVE(i, fl)                                                      \
    do {                                                                        \
        for (int b_ = 0; b_ < TF_BITS; b_++)                                    \
            if (((fl) & (1u << b_)) && !(f & (1u << b_))) at[b_] = (uint32_t)(i); \
        f |= (fl);                                                              \
    } while (0)
    uint32_t s0 = d->toks[x->tok0].sent, s1 = d->toks[x->tok1].sent;
    for (size_t i = x->tok0, b = x->tok0; i-- > 0;) {
        if (d->toks[i].sent != d->toks[b].sent && clause_bridge(d, b) != ';') break;
        b = i;
        AROUND_GIVE(i, d->toks[i].sent == s0 ? tf[i] : tf[i] & (TF_COUNTER | TF_TCOUNTER));
    }
    bool asked = false;   /* one question's answer, as many clauses as ';' joins */
    size_t i = (size_t)x->tok1 + 1;
    for (; i < d->n; i++) {
        if (d->toks[i].sent != d->toks[i - 1].sent) {
            char c = clause_bridge(d, i);
            if (c == 0 || (c == '?' && asked)) break;
            asked |= c == '?';
        }
        /* a hedge of hedges_before hedges only before the hit */
        AROUND_GIVE(i, d->toks[i].sent == s1 ? tf[i] & ~TF_HEDGEB : tf[i] & (TF_COUNTER | TF_TCOUNTER));
    }
    /* the sentence after, when its first word refers back to what was
     * just said (context.refers_back: "C'est du délire complet",
     * "That's an antisemitic myth"): a rebuttal; its counter words — not
     * when it reports the rebuttal as someone else's, a hedge word in it
     * ("C'est un cliché raciste, disent-ils.": the writer mocks it) */
    if (i < d->n && i > 0 && d->toks[i].sent != d->toks[i - 1].sent && (tf[i] & TF_BACK)) {
        size_t end = i, hedged = 0;
        while (end < d->n && d->toks[end].sent == d->toks[i].sent) hedged |= tf[end++] & TF_HEDGE;
        for (size_t k = i; k < end && !hedged; k++) AROUND_GIVE(k, tf[k] & (TF_COUNTER | TF_TCOUNTER));
    }
#undef AROUND_GIVE
    return f;
}

/* The stems of a comment's Hebrew and Arabic tokens (stems_add), in token
 * order, each token's one after the other (mod__policy_match counts them). */
typedef struct stemvec {
    const mod_policy *p;
    util_arena *a;
    tstem *v;
    size_t n, cap;
    size_t tok_first;   /* the first stem of the token being read */
} stemvec;

/* mod__stem_fn: keeps a stem that is a word of the policy, once. */
static void stems_add(void *ctx, const char *stem, size_t n, const char *key, size_t kn, bool conj)
{
    stemvec *sv = ctx;
    uint64_t sh, kh;
    key_hashes(key, kn, &sh, &kh);
    size_t b = vocab_find(sv->p, key, kh);
    if (b == SIZE_MAX || sv->n - sv->tok_first >= MAX_STEMS) return;
    const char *canon = sv->p->itab[b];
    for (size_t i = sv->tok_first; i < sv->n; i++)
        if (sv->v[i].canon == canon) {
            sv->v[i].conj = sv->v[i].conj && conj;   /* (found without "and" too) */
            return;
        }
    if (sv->n == sv->cap) {
        sv->cap = sv->cap ? 2 * sv->cap : 16;
        sv->v = xrealloc(sv->v, sv->cap * sizeof *sv->v);
    }
    tstem *st = &sv->v[sv->n++];
    st->form = n == kn ? canon : util_arena_strndup(sv->a, stem, n);   /* (n == kn: no run) */
    st->canon = canon;
    st->h = sh;
    st->conj = conj;
    st->lit = sv->p->iv[b].lit;
    st->clit = sv->p->iv[b].clit;
    st->iset = sv->p->iset ? sv->p->iset[b] : 0;
}

/* True when the exception e lies strictly inside the match x.  A gapless
 * "terms" or "whole" match then says more than the exception does and
 * stands: "une truie" (a farm's sow) is no cancellation of "t'es une
 * truie".  A contextual match, or one with a gap, is still cancelled: the
 * negations written as exceptions lie inside them ("Immigrants are not
 * criminals", "six millions n'est pas exagéré"). */
static bool inside(const mod__hit *e, const mod__hit *x)
{
    return x->tok0 <= e->tok0 && e->tok1 <= x->tok1 && (x->tok0 < e->tok0 || e->tok1 < x->tok1);
}

/* True when an exception's match reads a masked token ("p*te"): a mask
 * may stand for the innocent word as well as for the insult, so it never
 * proves the innocent reading ("fils de p*te" is not "fils de pote"). */
static bool masked_in(const mod__doc *d, const mod__hit *e)
{
    for (size_t k = e->tok0; k <= e->tok1 && k < d->n; k++)
        if (d->toks[k].flags & MOD__T_MASKED) return true;
    return false;
}

/* True when hit x reads token k as one of its pattern's words: k opens or
 * closes it (a gap is never first nor last), or its pattern has no gap. */
static bool reads_token(const mod__hit *x, size_t k)
{
    return k == x->tok0 || k == x->tok1 || (x->gapless && x->tok0 <= k && k <= x->tok1);
}

/* A masked word read as two different words by hits of different
 * categories takes the reading of the comment's language (session 14):
 * "c*n" is the French insult "con" and the English slur "coon", and in a
 * French comment "Vieux c*n", "Quel c*n ce mec", "Espèce de c*n" are
 * insults, not racism.  Of the counted hits that read a masked token
 * (reads_token), when one of another category than some other's comes
 * from a lexicon of the comment's language (li, or "*"), those from the
 * other languages' lexicons are not counted.  A masked word one language
 * reads stays its ("Go back to the jungle you c**n" in English: racism),
 * and two readings of one language are left as they are (the categories'
 * order decides, as for any two hits). */
static void masked_readings(const mod_policy *p, const mod__doc *d, int li, mod__hit *x, size_t n)
{
    int star = lang_find(p, "*");
    for (size_t k = 0; k < d->n; k++) {
        if (!(d->toks[k].flags & MOD__T_MASKED)) continue;
        int cat_in = -1;
        bool conflict = false;
        for (size_t i = 0; i < n; i++)
            if (!x[i].neutralized && reads_token(&x[i], k) && (x[i].lang == li || x[i].lang == star))
                cat_in = x[i].cat;
        if (cat_in < 0) continue;
        for (size_t i = 0; i < n; i++)
            if (!x[i].neutralized && reads_token(&x[i], k) && x[i].cat != cat_in) conflict = true;
        if (!conflict) continue;
        for (size_t i = 0; i < n; i++)
            if (!x[i].neutralized && reads_token(&x[i], k) && x[i].lang != li && x[i].lang != star) {
                x[i].neutralized = true;
                x[i].why = "a masked word read in the comment's language otherwise";
            }
    }
}

/* Markdown quotes of another comment: in[i] is true when token i stands
 * on a line that opens with '>' (after up to three spaces), the quote a
 * reply makes of what it answers.  NULL when no line does (most
 * comments: one memchr).  A match all inside such lines does not count
 * when the reader's own lines hold a counter word or a word of the
 * context's "replies" (a report, the moderators, "unacceptable": "> les
 * juifs contrôlent les banques" then "C'est un vieux mythe antisémite.
 * Signalé."), as a quoted match beside one does within a sentence;
 * endorsed ("Exactement.", "Enfin quelqu'un qui ose le dire"), it
 * counts: the meta words ("dire", "répondre") are no sign of either.
 * The quoted lines are found first, as byte ranges in text order; each
 * token's start is then looked up among them (a reading's tokens need
 * not be in order: glued pieces share a start). */
static bool *quote_lines(const mod__doc *d)
{
    if (d->text == NULL || d->len == 0 || !memchr(d->text, '>', d->len)) return NULL;
    uint32_t *r = NULL;   /* begin, end of each quoted line */
    size_t nr = 0, cap = 0;
    for (size_t b = 0; b < d->len;) {
        size_t e = b;
        while (e < d->len && d->text[e] != '\n') e++;
        size_t s = b, sp = 0;
        while (s < e && d->text[s] == ' ' && sp < 3) s++, sp++;
        if (s < e && d->text[s] == '>') {
            if (nr == cap) r = xrealloc(r, (cap = cap ? 2 * cap : 8) * 2 * sizeof *r);
            r[2 * nr] = (uint32_t)b;
            r[2 * nr + 1] = (uint32_t)e;
            nr++;
        }
        b = e + 1;
    }
    bool *in = NULL;
    for (size_t k = 0; k < d->n && nr > 0; k++) {
        size_t lo = 0, hi = nr;   /* the first range that ends after the token's start */
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (r[2 * mid + 1] <= d->toks[k].start) lo = mid + 1;
            else hi = mid;
        }
        if (lo < nr && r[2 * lo] <= d->toks[k].start) {
            if (!in) in = xcalloc(d->n, sizeof *in);
            in[k] = true;
        }
    }
    free(r);
    return in;
}

/* The hits of one reading of a comment (mod__policy_match). */
static void match_doc(const mod_policy *p, const mod__doc *d, int li, util_arena *a, mod__hit **hits,
                      size_t *n_hits)
{
    *hits = NULL;
    *n_hits = 0;
    if (p->n_vars == 0 || d->n == 0) return;
    hitvec h = {0};
    h.bloom[BLOOM_NONE >> 6] = 1ULL << (BLOOM_NONE & 63);
    bool masked = false;
    size_t keys = 0;   /* sq and sq2 of every token: the words' table is at most half full */
    for (size_t i = 0; i < d->n; i++) {
        if (d->toks[i].flags & MOD__T_MASKED) masked = true;
        keys += 1 + (d->toks[i].sq2 != NULL);
    }
    /* the Hebrew and Arabic tokens' stems that are words of the policy
     * (tstem), token i's n_stem[i] of them in order */
    stemvec sv = {.p = p, .a = a};
    uint8_t *n_stem = NULL;
    if (d->scripts & (1u << MOD__S_HEBREW | 1u << MOD__S_ARABIC)) {
        n_stem = xcalloc(d->n, 1);
        for (size_t i = 0; i < d->n; i++) {
            const mod__tok *t = &d->toks[i];
            if ((t->script != MOD__S_HEBREW && t->script != MOD__S_ARABIC) || (t->flags & MOD__T_MASKED) ||
                t->form == NULL)
                continue;
            sv.tok_first = sv.n;
            mod__clitic_stems(t->form, strlen(t->form), stems_add, &sv);
            n_stem[i] = (uint8_t)(sv.n - sv.tok_first);
        }
        keys += sv.n;
    }
    if (!masked) {
        h.nw = 16;
        while (h.nw < 2 * keys) h.nw *= 2;
    }
    /* one block: the tokens' keys, the variants' "possible" bits and the
     * sets' columns, all written before they are read, then the zeroed
     * part: the words, the variants' "checked" bits and the sets' bits;
     * the (token, set) memo once the columns are known, below */
    const size_t n_vmemo = masked ? 0 : (p->n_vars + 63) / 64;
    const size_t n_sets = masked ? 0 : (p->n_sets + 64) / 64;   /* (one bit spare: NO_SET is never read) */
    const bool dense = !masked && p->iset != NULL;   /* (NULL: 65,535 sets or more) */
    const size_t n_sidx = dense ? (p->n_sets * sizeof(uint16_t) + 7) / 8 : 0;
    const size_t n_raw = d->n * sizeof(tkey) + (n_vmemo + n_sidx) * sizeof(uint64_t);
    const size_t n_zero = h.nw * sizeof(*h.words) + (n_vmemo + n_sets) * sizeof(uint64_t);
    /* on the stack for a short comment (a heap block of a few KB freed at
     * once cost its malloc, its free and the allocator's consolidation);
     * a larger block, for any length, on the heap, freed on both returns
     * below (no hit, and the end) */
    _Alignas(16) unsigned char stack_blk[8192];
    unsigned char *blk = n_raw + n_zero <= sizeof stack_blk ? stack_blk : xmalloc(n_raw + n_zero);
    memset(blk + n_raw, 0, n_zero);
    tkey *tk = (tkey *)(void *)blk;
    h.tk = tk;
    h.vmemo_p = masked ? NULL : (uint64_t *)(void *)(blk + d->n * sizeof(tkey));
    h.sidx = !dense ? NULL : (uint16_t *)(void *)(blk + d->n * sizeof(tkey) + n_vmemo * sizeof(uint64_t));
    h.words = (uint64_t *)(void *)(blk + n_raw);
    h.vmemo = masked ? NULL : h.words + h.nw;
    h.sets = masked ? NULL : h.words + h.nw + n_vmemo;
    h.n_cols = dense ? 0 : p->n_sets;
    if (dense)
        for (size_t i = 0; i < p->n_wsets; i++) {
            bit_set(h.sets, (size_t)p->wsets[i]);
            h.sidx[p->wsets[i]] = (uint16_t)h.n_cols++;
        }
    for (const char *q = d->text, *e = d->text + d->len; (q = memchr(q, '(', (size_t)(e - q))) && e - q >= 3; q++)
        if (q[1] == '(' && q[2] == '(') {
            h.parens3 = true;
            break;
        }
    for (size_t i = 0; i < d->n; i++) {
        const mod__tok *t = &d->toks[i];
        /* sq is the word itself (wlen bytes) unless a run was squeezed */
        size_t l = t->sq == (t->alt ? t->alt : t->form) ? t->wlen : strlen(t->sq);
        tkey_hash(p, &tk[i], 0, t->sq, l);
        if (t->sq2) tkey_hash(p, &tk[i], 1, t->sq2, strlen(t->sq2));
    }
    for (size_t i = 0, si = 0; i < d->n; i++) {
        const mod__tok *t = &d->toks[i];
        tkey_set(p, &tk[i], 0, t->sq);
        tk[i].mask_ok = (t->flags & MOD__T_MASKED) && mask_ok(t->form);
        tk[i].mask_one = tk[i].mask_ok && mask_one(p, t->form);
        tk[i].cm = CM_UNSET;
        tk[i].n_stem = n_stem ? n_stem[i] : 0;
        tk[i].stem = tk[i].n_stem ? &sv.v[si] : NULL;
        tk[i].conj = false;
        for (unsigned k = 0; k < tk[i].n_stem; k++) tk[i].conj |= tk[i].stem[k].conj;
        si += tk[i].n_stem;
        if (t->sq2) {
            tkey_set(p, &tk[i], 1, t->sq2);
        } else {
            tk[i].len[1] = 0;
            tk[i].h[1] = tk[i].kh[1] = 0;
            tk[i].canon[1] = NULL;
            tk[i].iset[1] = 0;
        }
        if (!masked) {
            if (tk[i].canon[0]) words_add(&h, tk[i].h[0]);
            if (tk[i].canon[1]) words_add(&h, tk[i].h[1]);
            for (unsigned k = 0; k < tk[i].n_stem; k++) words_add(&h, tk[i].stem[k].h);
            if (p->iset) {
                sets_add(&h, p, tk[i].iset[0]);
                sets_add(&h, p, tk[i].iset[1]);
                for (unsigned k = 0; k < tk[i].n_stem; k++) sets_add(&h, p, tk[i].stem[k].iset);
            }
        }
    }
    free(n_stem);
    /* the memo: "tested" bits zeroed, "matched" bits written before read */
    const size_t n_memo = (d->n * h.n_cols + 63) / 64;
    _Alignas(16) uint64_t stack_memo[256];
    h.memo = 2 * n_memo <= sizeof stack_memo / sizeof *stack_memo ? stack_memo
                                                                  : xmalloc((2 * n_memo + 1) * sizeof *h.memo);
    memset(h.memo, 0, n_memo * sizeof *h.memo);
    h.memo_m = h.memo + n_memo;
    for (size_t i = 0; i < d->n; i++) candidates(p, i, d, &h);
    if (h.memo != stack_memo) free(h.memo);
    if (h.n == 0) {
        if (blk != stack_blk) free(blk);
        free(sv.v);
        return;
    }
    /* tf, then target */
    uint8_t *tf = xcalloc(d->n + (d->n_sent + 1) * sizeof(bool), 1);
    bool *target = (bool *)(void *)(tf + d->n);
    token_context(p, d, tk, tf, target);
    /* Written to a separate array: compacting h.v in place would overwrite
     * exception hits that later hits still have to be checked against. */
    mod__hit *out = util_arena_alloc(a, h.n * sizeof *out);
    size_t w = 0;
    bool *qin = quote_lines(d), own_ctx = false;
    for (size_t i = 0; qin && i < d->n; i++) own_ctx |= !qin[i] && (tf[i] & (TF_COUNTER | TF_REPLY));
    /* the categories an endorsement of the comment's own speaks for
     * ("Comme dit mon voisin : « c'est un gros débile ». Il a pas tort."):
     * their quoted matches are the writer's words too */
    uint64_t endorsed = 0;
    for (size_t i = 0; i < h.n; i++)
        if (h.v[i].role == R_ENDORSE && !(qin && qin[h.v[i].tok0]))
            endorsed |= 1ULL << (h.v[i].cat & 63);
    for (size_t i = 0; i < h.n; i++) {
        if (h.v[i].role == R_EXCEPTION || h.v[i].role == R_ENDORSE) continue;
        mod__hit *x = &out[w++];
        *x = h.v[i];
        const mod__tok *t0 = &d->toks[x->tok0];
        uint32_t at[TF_BITS];
        uint8_t ctx = around(d, tf, x, at);
        /* the counter words that excuse this category: a defamation is
         * not excused by "memorial" or "racisme" in its sentence ("Mayor
         * Phillips rigged the memorial contract"), only by the words of
         * context.targeted_counter ("diffamation", "rumeur"), when the
         * policy has that list */
        int cf = p->cats[x->cat].needs_target && p->ctx[CTX_TCOUNTER].n ? TF_TCOUNTER : TF_COUNTER;
        bool contextual = x->role == R_CONTEXTUAL;
        x->neutralized = false;
        for (size_t j = 0; j < h.n; j++) {
            const mod__hit *e = &h.v[j];
            if (e->role == R_EXCEPTION && e->cat == x->cat &&
                e->tok0 <= x->tok1 && x->tok0 <= e->tok1 && !masked_in(d, e) &&
                !(x->gapless && !contextual && inside(e, x))) {
                x->neutralized = true;
                /* naming the exception, for the editor's explanation */
                x->why = util_arena_printf(a, "an exception of the policy covers it (\"%s\")", e->pattern);
            }
        }
        if (!x->neutralized && p->cats[x->cat].needs_target && !target[t0->sent] &&
            !(t0->sent > 0 && target[t0->sent - 1])) {
            x->neutralized = true;
            x->why = "no named person in the sentence or the one before";
        }
        if (!x->neutralized && p->cats[x->cat].needs_target && (ctx & (TF_HEDGE | TF_HEDGEB))) {
            x->neutralized = true;
            x->why = because(a, d, "reported, hedged or conditional",
                             ctx & TF_HEDGE ? TF_AT(at, TF_HEDGE) : TF_AT(at, TF_HEDGEB));
        }
        if (!x->neutralized && contextual && (ctx & cf)) {
            x->neutralized = true;
            x->why = because(a, d, "the sentence discusses or condemns it", TF_AT(at, cf));
        }
        /* quoted: the match's last word is inside quotes — the words
         * that make it abuse come last ("un « sale Arabe » crié dans le
         * métro": the cue "un" stands outside the quote) */
        if (!x->neutralized && (ctx & (contextual ? TF_META : (cf | TF_META)))) {
            bool quoted = d->toks[x->tok1].flags & MOD__T_QUOTED;
            if (quoted && !(endorsed & (1ULL << (x->cat & 63)))) {
                x->neutralized = true;
                x->why = "quoted as a mention, not used";
            }
        }
        if (!x->neutralized && own_ctx) {
            bool all = true;
            for (uint32_t k = x->tok0; k <= x->tok1 && all; k++) all = qin[k];
            if (all) {
                x->neutralized = true;
                x->why = "quoted from the comment it answers, and the reply discusses or condemns it";
            }
        }
    }
    free(qin);
    free(tf);
    if (masked && li >= 0) masked_readings(p, d, li, out, w);
    if (blk != stack_blk) free(blk);
    free(sv.v);
    if (w) *hits = out;
    *n_hits = w;
    free(h.v);
}

/* A word of the policy's vocabulary (a pattern's, a set's or a context
 * word, as written there): the words a run of split letters may be cut
 * into (mod__reread_split). */
static bool policy_knows(const void *ctx, const char *word, size_t n)
{
    return vocab_find(ctx, word, khash(word, n)) != SIZE_MAX;
}

/* Adds the hits of another reading r of a comment (mod__reread_split,
 * mod__reread_tricks) to *hits, each mapped back to the first reading's
 * tokens through from (two per token of r), without duplicates; of the
 * tricks' reading, only the hits mod__trick_hit_ok lets count. */
static void add_reading(const mod_policy *p, const mod__doc *r, const uint32_t *from, bool tricks, int li,
                        util_arena *a, mod__hit **hits, size_t *n_hits)
{
    mod__hit *rh;
    size_t rn;
    match_doc(p, r, li, a, &rh, &rn);
    if (rn == 0) return;
    mod__hit *all = util_arena_alloc(a, (*n_hits + rn) * sizeof *all);
    if (*n_hits) memcpy(all, *hits, *n_hits * sizeof *all);
    size_t n = *n_hits;
    for (size_t i = 0; i < rn; i++) {
        mod__hit x = rh[i];
        if (tricks && !mod__trick_hit_ok(r, x.tok0, x.tok1)) continue;
        x.tok0 = from[2 * x.tok0];
        x.tok1 = from[2 * x.tok1 + 1];
        bool dup = false;
        for (size_t j = 0; j < n && !dup; j++)
            dup = all[j].cat == x.cat && all[j].pattern == x.pattern && all[j].tok0 == x.tok0 &&
                  all[j].tok1 == x.tok1 && all[j].neutralized == x.neutralized;
        if (!dup) all[n++] = x;
    }
    *hits = all;
    *n_hits = n;
}

void mod__policy_match(const mod_policy *p, const mod__doc *d, const char *lang, util_arena *a, mod__hit **hits,
                       size_t *n_hits)
{
    int li = lang_find(p, lang);
    match_doc(p, d, li, a, hits, n_hits);
    if (p->n_vars == 0) return;
    /* the split letters read again with the policy's words ("a c u n t":
     * "a cunt" beside "acunt"): that reading's hits too, on d's tokens */
    mod__doc r;
    uint32_t *from;
    if (mod__reread_split(d, a, policy_knows, p, &r, &from)) add_reading(p, &r, from, false, li, a, hits, n_hits);
    /* character tricks read again: "co**nn**ard", "s#lope", "é/gor/ger",
     * "ѕ а l о р е", "@$$h0l3", "salebougnoule" (trick.c) */
    if (mod__reread_tricks(d, a, policy_knows, p, &r, &from)) add_reading(p, &r, from, true, li, a, hits, n_hits);
}
