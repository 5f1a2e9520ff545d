/* abuse_idioms.c — the fixed compounds whose words the abuse model does
 * not read: a swear word naming a thing ("cul-de-sac", a dead end; "cul
 * sec", a drink downed in one go), which the model, trained on comments
 * where "cul" is nearly always abuse, read as an insult (session 14).
 *
 * The list is data a site can read and edit, not code:
 * data/moderation/abuse_idioms.txt, one compound a line, '#' lines
 * comments (the file's header documents the format).  A line is read as
 * a comment is (mod__analyze: case, accents and look-alike letters
 * folded, split at spaces and hyphens), so "Cul-de-sac" and "cul de sac"
 * are one compound.  mod__abuse_new reads it beside the training data
 * (mod_config.abuse_idioms_*: the build's tools/abuse_model.c passes the
 * shipped file) and learns without those words; the model keeps the
 * folded words (canon: "w w w\n" a compound), which abuse_blob.c writes
 * into the model file and reads back, so the server skips exactly the
 * words training skipped, without the text file.
 *
 * Skipping (mod__idioms_skip): a token opens a compound when it and the
 * next ones are the compound's words, only spaces and hyphens between
 * them ("cul, de sac" is not one); those tokens are not read unless their
 * word also stands in the comment outside every compound (a feature is
 * kept once per comment, on the word's first place: "Trou du cul… au
 * cul-de-sac" keeps "cul").  Cost per comment: one bit test per token
 * (the first bytes of the compounds' first words), and a token that
 * passes it compared with each distinct first word (heads: "cul",
 * "culs"), not with every compound's (session 17: every "ce", "compte"
 * of a French comment was compared with the ten compounds, ~26 strcmp
 * calls a comment); with a compound, one more pass over the tokens and a
 * small table of the compounds' words (linear; it was a pass per
 * skipped token before session 15).
 *
 * Must never: read past a buffer, accept a compound of fewer than two
 * words (one word skipped would blind the model to it in every comment),
 * or skip a token of a comment that holds no whole compound. */
#include <stdlib.h>
#include <string.h>

#include "moderation/mod_int.h"

void mod__idioms_free(mod__idioms *id)
{
    free(id->canon);
    free(id->words);
    free(id->w);
    free(id->at);
    free(id->heads);
    free(id->head);
    memset(id, 0, sizeof *id);
}

bool mod__idioms_set(mod__idioms *id, const char *canon, size_t len)
{
    memset(id, 0, sizeof *id);
    if (len == 0) return true;
    if (canon[len - 1] != '\n' || memchr(canon, '\0', len) != NULL || len > UINT32_MAX) return false;
    size_t nw = 0, nc = 0;
    for (size_t i = 0; i < len; i++) {
        nw += canon[i] == ' ' || canon[i] == '\n';
        nc += canon[i] == '\n';
    }
    id->canon = xmalloc(len);
    memcpy(id->canon, canon, len);
    id->canon_len = len;
    id->words = xmalloc(len);
    memcpy(id->words, canon, len);
    id->w = xmalloc(nw * sizeof *id->w);
    id->at = xmalloc((nc + 1) * sizeof *id->at);
    id->at[0] = 0;
    size_t k = 0, c = 0;
    char *start = id->words;
    for (size_t i = 0; i < len; i++) {
        char ch = id->words[i];
        if (ch != ' ' && ch != '\n') continue;
        if (id->words + i == start) goto bad;   /* an empty word */
        id->words[i] = '\0';
        id->w[k++] = start;
        start = id->words + i + 1;
        if (ch != '\n') continue;
        if (k - id->at[c] < 2) goto bad;   /* a compound of one word */
        id->at[++c] = (uint32_t)k;
        unsigned char f = (unsigned char)id->w[id->at[c - 1]][0];
        id->first[f >> 6] |= (uint64_t)1 << (f & 63);
    }
    id->n = nc;
    /* the distinct first words, in the order met */
    id->heads = xmalloc(nc * sizeof *id->heads);
    id->head = xmalloc(nc * sizeof *id->head);
    for (size_t q = 0; q < nc; q++) {
        const char *f = id->w[id->at[q]];
        size_t j = 0;
        while (j < id->n_heads && strcmp(id->heads[j], f) != 0) j++;
        if (j == id->n_heads) id->heads[id->n_heads++] = f;
        id->head[q] = (uint32_t)j;
    }
    return true;
bad:
    mod__idioms_free(id);
    return false;
}

static const char *tok_word(const mod__tok *t)
{
    return t->alt ? t->alt : t->form;
}

mod_status mod__idioms_parse(const char *text, size_t len, const char *name, mod__idioms *out, char *err,
                             size_t errlen)
{
    memset(out, 0, sizeof *out);
    util_buf canon = {0};
    mod_status st = MOD_OK;
    size_t line = 0;
    for (size_t i = 0; i < len && st == MOD_OK;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - text) : len, ll = e - i;
        const char *l = text + i;
        i = e + 1;
        line++;
        while (ll && (*l == ' ' || *l == '\t' || *l == '\r')) l++, ll--;
        if (ll == 0 || *l == '#') continue;
        util_arena *a = util_arena_new();
        mod__doc d;
        mod__analyze_ex(l, ll, a, &d, MOD__A_NOKEYS);
        if (d.n < 2) {
            snprintf(err, errlen, "%s: line %zu: a compound of two words or more, not \"%.*s\"", name, line,
                     (int)(ll > 40 ? 40 : ll), l);
            st = MOD_EFORMAT;
        }
        for (size_t k = 0; k < d.n && st == MOD_OK; k++) {
            const char *w = tok_word(&d.toks[k]);
            if (w == NULL || *w == '\0' || strpbrk(w, " \n") != NULL) {
                snprintf(err, errlen, "%s: line %zu: word %zu cannot be read", name, line, k + 1);
                st = MOD_EFORMAT;
                break;
            }
            util_buf_puts(&canon, w);
            util_buf_putc(&canon, k + 1 < d.n ? ' ' : '\n');
        }
        util_arena_free(a);
    }
    if (st == MOD_OK && !mod__idioms_set(out, canon.data, canon.len)) {
        snprintf(err, errlen, "%s: cannot be read as compounds", name);   /* (checked above) */
        st = MOD_EFORMAT;
    }
    util_buf_free(&canon);
    return st;
}

/* True when only spaces and hyphens stand between tokens i and i + 1. */
static bool joined(const mod__doc *d, size_t i)
{
    if (d->text == NULL) return false;
    for (size_t b = d->toks[i].end; b < d->toks[i + 1].start && b < d->len; b++)
        if (d->text[b] != ' ' && d->text[b] != '-') return false;
    return true;
}

/* The slot of token i's word in tab (cap slots, a power of two; a slot
 * holds a token's index + 1, 0 when free): the slot of a token with the
 * same word, else the free slot where it goes.  Equal words have equal
 * wh (the doc's word hash), the strings tell hashes that collide apart. */
static size_t word_slot(const uint32_t *tab, size_t cap, const mod__doc *d, size_t i)
{
    const mod__tok *t = &d->toks[i];
    size_t s = (size_t)t->wh & (cap - 1);
    for (; tab[s]; s = (s + 1) & (cap - 1)) {
        const mod__tok *u = &d->toks[tab[s] - 1];
        if (u->wh == t->wh && strcmp(tok_word(u), tok_word(t)) == 0) break;
    }
    return s;
}

bool *mod__idioms_skip(const mod__idioms *id, const mod__doc *d, util_arena *a)
{
    if (id == NULL || id->n == 0) return NULL;
    bool *in = NULL;   /* the tokens of a whole compound */
    size_t nin = 0;
    for (size_t i = 0; i < d->n; i++) {
        const char *w = tok_word(&d->toks[i]);
        if (w == NULL) continue;
        unsigned char f = (unsigned char)w[0];
        if (!(id->first[f >> 6] >> (f & 63) & 1)) continue;
        /* the compounds whose first word is the token's (the heads are
         * distinct: one at most) */
        size_t hj = 0;
        while (hj < id->n_heads && strcmp(w, id->heads[hj]) != 0) hj++;
        if (hj == id->n_heads) continue;
        for (size_t k = 0; k < id->n; k++) {
            if (id->head[k] != hj) continue;
            const char *const *cw = id->w + id->at[k];
            size_t len = id->at[k + 1] - id->at[k], m = 1;   /* (its first word: the head) */
            while (m < len && i + m < d->n && tok_word(&d->toks[i + m]) &&
                   strcmp(tok_word(&d->toks[i + m]), cw[m]) == 0 && (m == 0 || joined(d, i + m - 1)))
                m++;
            if (m < len) continue;
            if (in == NULL) in = util_arena_alloc(a, d->n * sizeof *in);   /* zeroed */
            for (size_t j = 0; j < m; j++) {
                nin += !in[i + j];
                in[i + j] = true;
            }
        }
    }
    if (in == NULL) return NULL;
    /* the compounds' words, once each (tab); elsewhere[s]: the word of
     * slot s stands in the comment outside every compound too */
    size_t cap = 4;
    while (cap < 2 * nin) cap *= 2;
    uint32_t *tab = util_arena_alloc(a, cap * sizeof *tab);
    bool *elsewhere = util_arena_alloc(a, cap * sizeof *elsewhere);
    for (size_t i = 0; i < d->n; i++) {
        if (!in[i]) continue;
        size_t s = word_slot(tab, cap, d, i);
        if (!tab[s]) tab[s] = (uint32_t)i + 1;
    }
    for (size_t j = 0; j < d->n; j++) {
        if (in[j] || tok_word(&d->toks[j]) == NULL) continue;
        size_t s = word_slot(tab, cap, d, j);
        if (tab[s]) elsewhere[s] = true;
    }
    bool *skip = util_arena_alloc(a, d->n * sizeof *skip);
    for (size_t i = 0; i < d->n; i++) skip[i] = in[i] && !elsewhere[word_slot(tab, cap, d, i)];
    return skip;
}
