/* mod_lr.h — the mail spam filter's second model, for `causerie train` and
 * `causerie classify` only (the server's comments do not use it): online
 * logistic regression on the binary, hashed character n-grams (and,
 * optionally, orthogonal sparse word bigrams) of a message's first bytes,
 * as the TREC 2005–2007 spam-track filters did (Goodman & Yih 2006;
 * Sculley & Wachman 2007).  It reads the raw message
 * (headers and body bytes as they are), so it sees what the word tokenizer
 * drops: header layout, encodings, markup, punctuation, spacing.
 *
 * Combined with Fisher's probability by mod__lr_combine (a linear blend,
 * (1 − w)·fisher + w·σ(z/T), z the regression's log-odds) or mod__lr_mix
 * (an average of the two log-odds), inside a band of Fisher's probability
 * chosen by the caller.
 *
 * Internal to src/moderation/ (and its tests), like mod_int.h. */
#ifndef CAUSERIE_MOD_LR_H
#define CAUSERIE_MOD_LR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "moderation/mod.h"

/* The shapes a model may have (checked when one is created or loaded). */
#define MOD__LR_MIN_BITS 10
#define MOD__LR_MAX_BITS 26
#define MOD__LR_MIN_NGRAM 2
#define MOD__LR_MAX_NGRAM 8
#define MOD__LR_MAX_BYTES 4096
#define MOD__LR_MAX_OSB 8
#define MOD__LR_MAX_TAIL 4096
/* Model file: "CSLR", this version (see lr.c for the layout), and the seed
 * of its checksum (mod__file_sum). */
#define MOD__LR_VERSION 2   /* 2 added the tail bytes; version 1 files are still read */
#define MOD__LR_SUM_SEED 0x4c52ULL   /* "LR" */

typedef struct mod__lr mod__lr;

/* A model with every weight 0 (log-odds 0 for every message): 2^bits
 * weights, n-grams of ngram bytes, the first max_bytes bytes of a message
 * read; osb > 0 adds the pairs of each white-space-separated word with
 * each of the osb words before it (orthogonal sparse bigrams; 0: none).
 * NULL (message in err) when a value is outside the ranges above.  Free
 * with mod__lr_free. */
mod__lr *mod__lr_new(unsigned bits, unsigned ngram, unsigned max_bytes, unsigned osb, char *err,
                     size_t errlen);
void mod__lr_free(mod__lr *m);   /* NULL: no-op */

/* mod__lr_new, and also the n-grams of the message's last `tail` bytes
 * after its first max_bytes (0: none; else ngram..MOD__LR_MAX_TAIL),
 * hashed apart from those of its start: where mailing-list footers,
 * signatures and unsubscribe blocks lie. */
mod__lr *mod__lr_new_tail(unsigned bits, unsigned ngram, unsigned max_bytes, unsigned osb,
                          unsigned tail, char *err, size_t errlen);
unsigned mod__lr_tail(const mod__lr *m);   /* the tail bytes read (0: none) */

/* The model's shape and the number of learning steps it took. */
void mod__lr_shape(const mod__lr *m, unsigned *bits, unsigned *ngram, unsigned *max_bytes,
                   unsigned *osb, uint64_t *learned);

/* Log-odds of spam for the message [msg, msg + len) (any bytes): the bias
 * plus the weight of each distinct n-gram (and word pair) of its first
 * max_bytes bytes.
 * Read-only: several threads may score with one model. */
double mod__lr_score(const mod__lr *m, const char *msg, size_t len);

/* One step of stochastic gradient descent on the log-loss: every distinct
 * n-gram's weight and the bias move by rate · (y − σ(z)), y = 1 for spam.
 * A model loaded from a file is copied out of its mapping first. */
void mod__lr_learn(mod__lr *m, const char *msg, size_t len, bool spam, double rate);

/* Writes the model to path (util_write_file: a temporary file, fsynced,
 * renamed; an existing file is replaced whole or not at all).  MOD_EIO
 * with a message in err. */
mod_status mod__lr_save(const mod__lr *m, const char *path, char *err, size_t errlen);

/* Maps a model file read-only (checked: magic, version, shape, size,
 * checksum).  NULL with a message in err: no such file (*missing set true
 * when missing is not NULL), or a file that is not a usable model. */
mod__lr *mod__lr_load(const char *path, bool *missing, char *err, size_t errlen);

/* Fisher's probability fisher, with the regression's log-odds z as the
 * tie-breaker: (1 − weight)·fisher + weight·σ(z / temp). */
double mod__lr_combine(double fisher, double z, double weight, double temp);

/* Fisher's probability and the regression's log-odds z averaged as
 * log-odds: σ(a·logit(f) + (1 − a)·z), f being fisher clamped to
 * [eps, 1 − eps] (Fisher's probability is often exactly 0 or 1).  a in
 * [0, 1] is Fisher's weight; a NaN input counts as undecided (0.5, 0). */
double mod__lr_mix(double fisher, double z, double a, double eps);

#endif
