/* mod — the moderation engine of Causerie.
 *
 * Every posted or edited comment goes through one call, mod_decide(), that
 * runs the pipeline
 *
 *     normalize → tokenize → spam score (heuristics + classifier)
 *               → editorial policy → decision (action, category, reasons)
 *
 * and returns a mod_decision the caller stores with the comment and in the
 * audit log (mod_decision_to_json()).  Stages pass one struct along and never
 * call each other; the design is in the private header mod_int.h.
 *
 * The pieces, each usable alone:
 *   - normalization (mod_normalize): utf8proc NFKC + case folding + marks
 *     stripped, then the obfuscations abusers use are undone for matching:
 *     leetspeak (c0nn@rd), repeated letters (connnnard), letters split by
 *     spaces or dots (c.o.n.n.a.r.d), masks (f*ck).  Matching is by token
 *     and phrase, never by substring ("Scunthorpe" never matches).
 *   - the spam classifier, split as rspamd's libstat is: a tokenizer turns a
 *     message into 64-bit feature hashes (words, sparse bigrams, metadata);
 *     a statistics backend (mod_stat_backend, a vtable) stores per-feature
 *     spam/ham counts; the classifier combines them with Robinson's f(w)
 *     and Fisher's chi-square method into a probability.
 *   - heuristics beside it: links, repeated text, honeypot, too-fast posts,
 *     the Akismet test triggers.
 *   - the abuse model (abuse.c): a second classifier of the same kind over
 *     the comment's normalized words only, trained by the build from
 *     labelled comments, that holds (or, above a stricter cut-off,
 *     rejects) abuse written in plain sentences the lexicons miss; its
 *     cut-offs are the policy's "abuse_model" section.
 *   - the editorial policy (mod_policy): a JSON file the site edits —
 *     categories, one action each, lexicons of terms and phrases per
 *     language, sets, context rules.  See docs/moderation.md for the format.
 *
 * Threads: one mod_engine serves every worker thread.  mod_decide() may be
 * called from many threads at once (it takes a read lock); mod_train(),
 * mod_engine_set_policy() and model loading take the write lock, so a PUT of
 * the policy or an editor's "spam" click is safe while comments are decided.
 *
 * Memory: what mod_decide() returns lives in the util_arena the caller
 * passes (normally the request's arena) and dies with it.  Functions that
 * return a plain char * say "caller frees" (free()).  Handles are opaque and
 * come in _new/_free pairs; every _free(NULL) is a no-op.
 *
 * Errors: functions that can fail on input or I/O return a mod_status (0 is
 * success) and, where it helps, write a human message into err[errlen]. */
#ifndef CAUSERIE_MOD_H
#define CAUSERIE_MOD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "util/util.h"

/* ---- status ------------------------------------------------------------- */
typedef enum mod_status {
    MOD_OK = 0,
    MOD_EINVAL,    /* bad argument or invalid input (bad policy, bad field) */
    MOD_EIO,       /* a file could not be read or written */
    MOD_EFORMAT,   /* a model or mail file is malformed or of another version */
    MOD_EBACKEND,  /* the statistics backend failed (e.g. its database) */
} mod_status;
/* A static English description; never NULL. */
const char *mod_strerror(mod_status st);

/* ---- actions -------------------------------------------------------------- */
/* What happens to a comment.  The integer order is the severity order used
 * when several findings disagree.  Store mapping (done by api/):
 *   PUBLISH → published, HOLD → pending, SPAM → spam (reader sees
 *   "pending"), DISCARD → spam kept for the editor until retention ends
 *   (the reader still sees "pending"), REJECT → rejected (reader gets 422
 *   {"code":"policy","category":…,"message":…}). */
typedef enum mod_action {
    MOD_PUBLISH = 0,
    MOD_HOLD = 1,
    MOD_SPAM = 2,
    MOD_DISCARD = 3,
    MOD_REJECT = 4,
} mod_action;
/* "publish" | "hold" | "spam" | "discard" | "reject"; "?" when out of range. */
const char *mod_action_name(mod_action a);
/* Inverse of mod_action_name; -1 when unknown. */
int mod_action_parse(const char *name);

/* ---- normalization (usable alone, e.g. for search or tests) ------------ */
/* Writes the normalized matching form of text into out (replacing its
 * contents): one line of space-separated tokens, NFKC + case fold + marks
 * stripped, leetspeak undone, letters split by spaces/dots joined, repeated
 * letters kept (the matcher handles runs).  Invalid UTF-8 bytes are read as
 * Latin-1.  Example: "Espèce de C.O.N.N.A.R.D, f*ck!" -> "espece de connard
 * f*ck".  Never fails. */
void mod_normalize(const char *text, size_t len, util_buf *out);

/* 16 hex digits + NUL identifying the text regardless of case, accents,
 * spacing, punctuation and links' query strings: the caller counts how often
 * a fingerprint was seen (per site, recent window) and passes that count in
 * mod_input.seen_before, so the same text posted repeatedly is caught. */
void mod_fingerprint(const char *text, size_t len, char out[17]);

/* ---- statistics backend (the classifier's memory) ------------------------ */
/* The classifier never sees how counts are stored.  A backend keeps, for
 * each feature hash, how many spam and ham messages contained it, and the
 * number of spam and ham messages learned.  The engine calls lookup and
 * totals under its read lock (possibly from several threads at once: they
 * must not modify shared state without their own locking) and learn /
 * clear / load under its write lock.
 *
 * A backend over SQL tables is easy: learn() is one upsert per hash
 * ("INSERT … ON CONFLICT(hash) DO UPDATE SET spam = spam + ?"), lookup() one
 * SELECT … WHERE hash IN (…), totals() one row.  Counts never go below 0. */
typedef struct mod_stat_vtable {
    const char *name;
    /* For each of the n hashes writes its counts (0 when unknown). */
    mod_status (*lookup)(void *ctx, const uint64_t *hashes, size_t n, uint32_t *spam,
                         uint32_t *ham);
    /* Messages learned as spam and as ham. */
    mod_status (*totals)(void *ctx, uint64_t *nspam, uint64_t *nham);
    /* Adds delta (+1 learn, -1 unlearn) to each hash's spam or ham count,
     * and to the message total of that class.  The n hashes are distinct. */
    mod_status (*learn)(void *ctx, const uint64_t *hashes, size_t n, bool is_spam, int delta);
    /* Calls fn once for every stored feature (for serialisation). */
    mod_status (*foreach)(void *ctx,
                          void (*fn)(void *arg, uint64_t hash, uint32_t spam, uint32_t ham),
                          void *arg);
    /* Replaces everything: totals, then n features (for deserialisation). */
    mod_status (*replace)(void *ctx, uint64_t nspam, uint64_t nham, const uint64_t *hashes,
                          const uint32_t *spam, const uint32_t *ham, size_t n);
    void (*free)(void *ctx);
} mod_stat_vtable;

typedef struct mod_stat_backend {
    const mod_stat_vtable *vt;
    void *ctx;
} mod_stat_backend;

/* The in-memory backend: an open-addressing hash table.  Caller owns the
 * result (mod_stat_backend_free, or hand it to mod_config.backend). */
mod_stat_backend *mod_stat_memory_new(void);
/* Filling an in-memory backend from rows read elsewhere (the store's
 * model), with no array of them in between: room for n features first,
 * then each feature's counts, then the message totals.  b must come from
 * mod_stat_memory_new. */
void mod_stat_memory_reserve(mod_stat_backend *b, size_t n);
void mod_stat_memory_put(mod_stat_backend *b, uint64_t hash, uint32_t spam, uint32_t ham);
void mod_stat_memory_set_totals(mod_stat_backend *b, uint64_t nspam, uint64_t nham);
/* A read-only backend over n features (stat_frozen.c: 16 bytes a feature
 * and a small directory, where the memory backend's hash table keeps a
 * fifth to a half of its slots empty): hashes h strictly increasing and
 * never 0, counts spam and ham, totals (nspam, nham).  It takes the three
 * malloc'd arrays (freed, also on failure); NULL when the hashes are out
 * of order.  Its learn and replace answer MOD_EINVAL. */
mod_stat_backend *mod_stat_frozen_new(uint64_t *h, uint32_t *spam, uint32_t *ham, size_t n,
                                      uint64_t nspam, uint64_t nham);
/* Features with their two counts gathered into three growing arrays, as a
 * backend's foreach or the store hands them over, for mod_stat_frozen_new
 * or a backend's replace (stat_frozen.c).  Start from {0}, or with cap and
 * the arrays allocated when the count is known; mod_stat_rows_add has
 * foreach's callback shape (arg: the mod_stat_rows). */
typedef struct mod_stat_rows {
    uint64_t *h;
    uint32_t *x, *y;
    size_t n, cap;
} mod_stat_rows;
void mod_stat_rows_add(void *rows, uint64_t h, uint32_t x, uint32_t y);
/* Frees the arrays and empties r. */
void mod_stat_rows_free(mod_stat_rows *r);
/* Calls vt->free(ctx) and frees the wrapper.  NULL is a no-op. */
void mod_stat_backend_free(mod_stat_backend *b);

/* ---- policy ----------------------------------------------------------- */
/* The editorial policy: categories (insult, racism, antisemitism, threat,
 * defamation, custom, … — any name [a-z_]{1,32}), each with an action, a
 * reader message per language and lexicons per language; shared sets of
 * words; context rules.  The file format is documented in docs/moderation.md
 * and data/moderation/policy.json is the shipped default. */
typedef struct mod_policy mod_policy;

/* Parses and validates a policy from JSON text (len bytes, need not be NUL
 * terminated).  On error returns NULL and writes a message naming the
 * offending field (e.g. "categories.insult.action: must be reject, hold or
 * publish") into err.  Caller owns the result. */
mod_policy *mod_policy_parse(const char *json, size_t len, char *err, size_t errlen);
/* The same, calling done(json, len) (when not NULL) as soon as the text is
 * read, before it is compiled, valid or not: the caller may let go of the
 * text's memory then (the server frees it, or drops the pages of the
 * default policy embedded in its binary, as mod_config.abuse_text_done
 * does for the abuse model's). */
mod_policy *mod_policy_parse_done(const char *json, size_t len, void (*done)(const char *json, size_t len),
                                  char *err, size_t errlen);
/* The same from a tree already parsed (as mod_policy_parse reads the
 * text: duplicate keys refused), which it takes (json_decref'd, valid or
 * not; its word lists are emptied as they are compiled): for a caller that
 * has parsed the text itself, so that it is parsed once.  The messages are
 * mod_policy_parse's, byte for byte. */
struct json_t;
mod_policy *mod_policy_parse_json(struct json_t *root, char *err, size_t errlen);
/* Reads and parses a policy file.  NULL + err on I/O or validation error. */
mod_policy *mod_policy_load(const char *path, char *err, size_t errlen);
/* The policy as JSON, pretty-printed, keys in a stable order, ready for
 * GET /api/v1/admin/policy; parsing it again gives the same policy.
 * Caller frees. */
char *mod_policy_to_json(const mod_policy *p);
/* Writes the JSON to path atomically (util_write_file: a temporary file,
 * fsynced, renamed); MOD_EIO with "<file>: <reason>" in err. */
mod_status mod_policy_save(const mod_policy *p, const char *path, char *err, size_t errlen);
/* Number of categories, and the name of category i (policy-owned). */
size_t mod_policy_category_count(const mod_policy *p);
const char *mod_policy_category_name(const mod_policy *p, size_t i);
/* Action of a category, -1 when the category does not exist. */
int mod_policy_category_action(const mod_policy *p, const char *category);
void mod_policy_free(mod_policy *p);

/* ---- engine ------------------------------------------------------------- */
typedef struct mod_config {
    /* Policy: policy_json (text) wins over policy_file (path).  With
     * neither, the policy is empty (classifier and heuristics only, as the
     * command line uses it). */
    const char *policy_file;
    const char *policy_json;
    /* Spam model.  model_file: a file written by mod_engine_save_model; if
     * it is set and exists it is loaded.  Otherwise, when train_file is set
     * (a TSV of "spam|ham <TAB> text" lines, data/moderation/spam_train.tsv
     * is the shipped default), the model is trained from it at start. */
    const char *model_file;
    const char *train_file;
    /* Statistics backend; NULL = a new in-memory one.  The engine takes
     * ownership (freed by mod_engine_free, also when mod_engine_new fails). */
    mod_stat_backend *backend;
    /* Language of the reader messages when the comment gives none: "fr". */
    const char *lang;
    /* Spam probability cut-offs (classifier output in [0,1]).  A message
     * at or above spam_cutoff is spam (held); at or above blatant_cutoff
     * it is blatant spam (discarded).  Defaults 0.90 and 0.995. */
    double spam_cutoff;
    double blatant_cutoff;
    /* Heuristics: more links than max_links is spam (default 2, so three
     * links are spam), link_list_links or more is blatant (default 6); a
     * post sent less than min_post_ms after the page loaded is spam
     * (default 2500, 0 disables); seen_before >= repeat_limit is spam
     * (default 2). */
    int max_links;
    int link_list_links;
    int min_post_ms;
    int repeat_limit;
    /* Classifier parameters (0 = default): Robinson's strength s of the
     * prior x = 0.5 (default 1.0), the most decisive features used
     * (default 150) and the least |f(w) - 0.5| a feature needs to count
     * (default 0.1).  The defaults suit short comments; `causerie train` and
     * `classify` use values chosen for mail by cross-validation (0.5, 15,
     * 0.1; see docs/moderation.md). */
    double robinson_s;
    int max_clues;
    double min_dev;
    /* The abuse model (a second classifier over the comment's normalized
     * words, beside the policy's lexicons; docs/moderation.md "The abuse
     * model").  Trained at start from abuse_train_text (abuse_train_len
     * bytes, need not be NUL-terminated) or, when that is NULL, the file
     * abuse_train_file: "label<TAB>lang<TAB>text" lines, label ham, insult,
     * racism, antisemitism, threat or defamation (data/moderation/
     * abuse_train.tsv is the shipped set); plus the ham lines of
     * abuse_ham_text / abuse_ham_file (a "spam|ham<TAB>text" file:
     * data/moderation/abuse_ham.tsv is the shipped one, its own file so
     * that the spam training set does not change the abuse model).  With
     * neither training source, no abuse model.
     * abuse_idioms_text / abuse_idioms_file: the fixed compounds whose
     * words the model neither learns nor reads ("cul-de-sac", "cul sec":
     * a swear word naming a thing), one a line, '#' comments
     * (data/moderation/abuse_idioms.txt is the shipped list; its header
     * gives the format); unset, every word is read.  The model keeps
     * them: a model read from abuse_model_blob needs no list.
     * Its cut-offs are in the policy ("abuse_model"); its classifier's
     * parameters (0 = the defaults chosen on the development sets):
     * Robinson's s, most clues, least |f(w) - 0.5|, and the least number of
     * training comments a word pair must appear in to be kept (words and
     * their stems are always kept). */
    const char *abuse_train_file;
    const char *abuse_train_text;
    size_t abuse_train_len;
    const char *abuse_ham_file;
    const char *abuse_ham_text;
    size_t abuse_ham_len;
    const char *abuse_idioms_file;
    const char *abuse_idioms_text;
    size_t abuse_idioms_len;
    double abuse_robinson_s;
    int abuse_max_clues;
    double abuse_min_dev;
    int abuse_min_count;
    /* Called (when set) with abuse_model_blob once it is read, before the
     * policy is compiled: the caller may let go of its memory (the server
     * drops the pages of the copy embedded in its binary, for a lower
     * peak). */
    void (*abuse_text_done)(const char *text, size_t len);
    /* A model trained beforehand by mod_abuse_model_write (the build does
     * it from the shipped data: build/gen/abuse_model.bin): when set, the
     * engine reads it (abuse_model_len bytes, any alignment, only read
     * while mod_engine_new runs) instead of training from abuse_train_*,
     * abuse_ham_* and abuse_idioms_*, which are then not read. */
    const void *abuse_model_blob;
    size_t abuse_model_len;
} mod_config;

/* Fills every field with its default (policy and model unset). */
void mod_config_defaults(mod_config *c);

/* Trains the abuse model from c's abuse_train_*, abuse_ham_* and
 * abuse_idioms_* (as mod_engine_new would) and writes it to out, for
 * mod_config's
 * abuse_model_blob: the build runs it (tools/abuse_model.c) so that the
 * server does not train at every start.  An error names the file and
 * line, or says no training data is configured. */
mod_status mod_abuse_model_write(const mod_config *c, FILE *out, char *err, size_t errlen);

/* One comment (or mail) to decide or learn.  Every string is optional
 * (NULL or "" = absent) except text; all are UTF-8 and only read. */
typedef struct mod_input {
    const char *text;          /* the comment body (Markdown or plain) */
    const char *author;
    const char *email;
    const char *website;
    const char *lang;          /* "fr", "en", "he", "ar"; NULL = config lang */
    const char *ip;
    const char *user_agent;
    const char *referrer;
    const char *permalink;
    const char *subject;       /* mail subject (CLI / benchmark); NULL for comments */
    const char *headers;       /* raw mail header block (CLI); NULL for comments */
    const char *honeypot;      /* value of the hidden form field; non-empty = bot */
    int64_t ms_since_load;     /* ms between page load and post; < 0 = unknown */
    int seen_before;           /* how often mod_fingerprint(text) was seen lately */
} mod_input;

/* A lexicon match: which category and lexicon entry, and the words of the
 * comment that matched. */
typedef struct mod_match {
    const char *category;
    const char *pattern;       /* the lexicon entry, e.g. "encul*" */
    const char *found;         /* the comment's text that matched, as written */
    bool neutralized;          /* context made it harmless (kept for explain) */
    const char *why;           /* when neutralized: why it was not counted
                                * ("the sentence discusses or condemns it"),
                                * the end of its reason; NULL otherwise */
} mod_match;

/* A classifier feature that weighed in: its readable name ("w:casino",
 * "b:free spins", "url:pills.example") and Robinson's f(w) in [0,1]. */
typedef struct mod_token_score {
    const char *token;
    double prob;
} mod_token_score;

typedef struct mod_decision {
    mod_action action;
    const char *category;      /* NULL, "spam", or a policy category */
    const char *message;       /* for the reader when rejected, else NULL */
    const char *lang;          /* language of message */
    double spam_prob;          /* classifier probability in [0,1] */
    bool spam_blatant;
    mod_match *matches;        /* policy matches, including neutralized ones */
    size_t n_matches;
    mod_token_score *tokens;   /* strongest features, most decisive first */
    size_t n_tokens;
    /* The abuse model (when the engine has one and the policy's
     * "abuse_model" section is on): its probability that the comment is
     * abusive (-1 when it did not run), the category it names (NULL when
     * the probability stayed under the hold cut-off) and its strongest
     * features, most decisive first. */
    double abuse_prob;
    const char *abuse_category;
    mod_token_score *abuse_tokens;
    size_t n_abuse_tokens;
    const char **reasons;      /* human sentences, in English, for editors */
    size_t n_reasons;
    char fingerprint[17];
    int64_t elapsed_us;        /* time spent deciding */
} mod_decision;

typedef struct mod_engine mod_engine;

/* Builds an engine: loads and validates the policy, then the model.  On
 * failure returns NULL and writes why into err (the backend is freed). */
mod_engine *mod_engine_new(const mod_config *c, char *err, size_t errlen);
void mod_engine_free(mod_engine *e);
/* Frees the calling thread's scratch blocks (a few hundred KB once it has
 * decided or learned; made again at its next decision): for a thread that
 * will not decide for a long while.  Any engine, any time. */
void mod_scratch_release(void);

/* Decides one comment.  out is cleared first; everything it points to is
 * allocated in arena a (must not be NULL).  Thread-safe.  Returns MOD_EINVAL
 * when in or in->text is NULL, MOD_EBACKEND when the backend failed (out
 * then still holds the policy-only decision, with spam_prob 0.5). */
mod_status mod_decide(mod_engine *e, const mod_input *in, util_arena *a, mod_decision *out);

/* Online learning from an editor's decision or an Akismet submit-spam /
 * submit-ham: adds the message's features to class is_spam.  To correct an
 * earlier training (a message learned as spam that is ham), call
 * mod_untrain with the old class, then mod_train with the new one. */
mod_status mod_train(mod_engine *e, const mod_input *in, bool is_spam);
mod_status mod_untrain(mod_engine *e, const mod_input *in, bool is_spam);

/* Spam probability only (no policy, no heuristics), and up to max_tokens
 * strongest features in arena a (tokens may be NULL). */
mod_status mod_classify(mod_engine *e, const mod_input *in, util_arena *a, double *prob,
                        mod_token_score **tokens, size_t *n_tokens, size_t max_tokens);

/* Replaces the policy at run time (PUT /api/v1/admin/policy).  The engine
 * takes ownership of p; the old policy is freed once no decision uses it. */
void mod_engine_set_policy(mod_engine *e, mod_policy *p);
/* The current policy as JSON (mod_policy_to_json).  Caller frees. */
char *mod_engine_policy_json(mod_engine *e);
/* Parses json, and on success saves it to path (when path is not NULL) and
 * installs it.  On error nothing changes and err names the bad field. */
mod_status mod_engine_put_policy_json(mod_engine *e, const char *json, size_t len,
                                      const char *path, char *err, size_t errlen);

/* The whole model in a compact, versioned binary form ("CSRM" magic,
 * version, totals, then sorted (hash, spam, ham) triples, checksum), for
 * persistence and for replicating to another backend. */
mod_status mod_engine_model_serialize(mod_engine *e, util_buf *out);
mod_status mod_engine_model_deserialize(mod_engine *e, const void *data, size_t len,
                                        char *err, size_t errlen);
mod_status mod_engine_save_model(mod_engine *e, const char *path, char *err, size_t errlen);
mod_status mod_engine_load_model(mod_engine *e, const char *path, char *err, size_t errlen);
/* Trains from a TSV file of "spam|ham<TAB>text" lines (# comments and
 * blank lines skipped; \n and \t escapes in text).  *n_learned counts lines
 * learned.  A malformed line is an error naming its line number. */
mod_status mod_engine_train_file(mod_engine *e, const char *path, size_t *n_learned, char *err,
                                 size_t errlen);
/* Messages learned so far. */
void mod_engine_model_totals(mod_engine *e, uint64_t *nspam, uint64_t *nham);

/* JSON object of a decision, the editor's "explain":
 * {"action","category","message","spam_prob","blatant","fingerprint",
 *  "matches":[{"category","pattern","found","neutralized"}],
 *  "tokens":[{"token","prob"}],
 *  "abuse":{"prob","category","tokens":[{"token","prob"}]} or null,
 *  "reasons":[…],"elapsed_us"}.
 * Allocated in arena a. */
char *mod_decision_to_json(const mod_decision *d, util_arena *a);
/* The same decision as it is stored (a comment's row, the audit log): a
 * third smaller, still JSON — {"v":2, …} with the keys above in the same
 * order, each token as a pair ["token",prob], and "category", "message",
 * "blatant", "matches" and the abuse model's "category" left out when
 * null, false or empty.  mod_detail_load reads it back. */
char *mod_decision_to_stored(const mod_decision *d, util_arena *a);
/* A stored detail as a jansson object (a new reference) in
 * mod_decision_to_json's shape: a {"v":2,…} object is rebuilt (keys in
 * that order, the defaults put back, each pair an object again); any other
 * JSON — an older row, an editor's or the reports' detail — is returned as
 * json_loads reads it.  NULL when detail is NULL or not JSON. */
struct json_t;
struct json_t *mod_detail_load(const char *detail);

/* ---- command line (called by src/main.c) -------------------------------- */
/* causerie train [--model FILE] [--reset] [--passes N] [--tune HAM_MAX SPAM_MIN]
 *                [--min-count N] (--spam|--ham) FILE|DIR...
 *   Learns RFC 822 mail files (Subject, From and the text parts; quoted-
 *   printable and base64 decoded; attachments skipped; the MIME and HTML
 *   structure as an X-Causerie-Structure pseudo-header) and plain text
 *   files, then runs up to N (default 3) train-on-error passes (a learned
 *   file whose probability is above HAM_MAX for ham, below SPAM_MIN for
 *   spam — defaults 0.05, 0.95 — is learned once more), drops features
 *   seen in fewer than --min-count messages (default 2) and writes the
 *   model file (default causerie-model.bin); then trains the character
 *   n-gram logistic regression (lr.c, mod_lr.h; --lr-* options, --lr-passes
 *   0 for none) and writes it beside the model as FILE.lr.
 * causerie classify [--model FILE] [--threshold P] [--explain] [--threads N]
 *                   FILE|DIR...
 *   Prints "<path>\t<spam|ham>\t<probability>" for each file (spam when
 *   the probability is >= P, default 0.9), in the order of the files;
 *   --explain appends the strongest features.  When FILE.lr is there (and
 *   without --no-lr), a probability inside Fisher's uncertain band is
 *   blended with the regression's (--lr-weight, --lr-temp, --lr-band).
 *   N worker threads (default one per core) read and score the files.
 *   The throughput goes to standard error.
 * Both use the classifier parameters chosen for mail (robinson_s 0.5,
 * max_clues 15, min_dev 0.1); --robinson-s, --clues and --min-dev override
 * them (for experiments such as bench/spam/cv.sh).
 * argv[0] is the sub-command name.  Return value: the process exit code
 * (0 success, 1 runtime error, 2 usage). */
int mod_cli_train(int argc, char **argv);
int mod_cli_classify(int argc, char **argv);

/* Reads an RFC 822 message (or, when it has no header block, plain text)
 * into in->subject / in->author / in->email / in->headers / in->text,
 * allocated in a.
 * Never fails: the worst input gives its raw bytes as text. */
void mod_mail_parse(const char *data, size_t len, util_arena *a, mod_input *in);

#endif
