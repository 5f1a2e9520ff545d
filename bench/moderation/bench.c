/* bench/moderation/bench.c — make bench-moderation: runs the labelled
 * evaluation set (data/moderation/eval.tsv) through the moderation engine
 * with the shipped policy and default spam model, and prints precision and
 * recall per category, the share of legitimate comments published, of
 * abusive ones kept off the page and rejected at once, and the median time
 * per decision.
 *
 * How: each line is decided once for the scores, then the whole set is
 * decided again ROUNDS times to time every decision (util_mono_us) and take
 * the median.  -v lists every comment whose outcome differs from its label,
 * with the policy's matches; -vv also why each match was not counted (the
 * decision's reasons: a context rule, or the exception that covers it).
 * The abuse model is trained from data/moderation/abuse_train.tsv and the
 * ham lines of data/moderation/abuse_ham.tsv (--abuse-train, --abuse-ham;
 * "-" for none; --train does not change it), without the words of the
 * compounds of data/moderation/abuse_idioms.txt (--abuse-idioms F|-), or
 * read from a model the build trained (--abuse-model F, e.g.
 * build/gen/abuse_model.bin: what the server does; the same decisions);
 * --abuse-params S,CLUES,MIN_DEV,MIN_COUNT sets its classifier and
 * --dump prints one line per comment (label, action, category, spam and
 * abuse probabilities) instead of the report, for choosing the policy's
 * abuse_model cut-offs on the development sets; --why one line per match
 * that was not counted, in every comment (label, action, the match's
 * category, why, pattern, text found, the comment), for weighing a
 * context rule: how often it excuses abuse, how often legitimate comments.
 * In a comment's text "\n" is a line break, "\t" a tab and "\\" a
 * backslash, as in the training files (a comment of several paragraphs
 * is one line of the set, its breaks escaped; -v prints them so).
 * Must never: train on the evaluation set (the engine only learns from
 * data/moderation/spam_train.tsv, abuse_train.tsv and abuse_ham.tsv;
 * abuse_idioms.txt only says which words it does not read). */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "moderation/mod.h"

#define ROUNDS 20

static const char *const labels[] = {"ham", "spam", "insult", "racism", "antisemitism", "threat",
                                     "defamation"};
#define NL (sizeof labels / sizeof labels[0])

static int label_index(const char *s)
{
    for (size_t i = 0; i < NL; i++)
        if (strcmp(labels[i], s) == 0) return (int)i;
    return -1;
}

typedef struct item {
    int label;
    char *lang, *text;
    int pred;          /* label index predicted */
    mod_action action;
} item;

static void free_items(item *items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(items[i].lang);
        free(items[i].text);
    }
    free(items);
}

/* a / b as a percentage; 0 for an empty class (no NaN in the report) */
static double pct(size_t a, size_t b)
{
    return b ? 100.0 * (double)a / (double)b : 0.0;
}

/* text on one line, its line breaks and tabs written back as "\n", "\t" */
static void print_escaped(const char *s)
{
    for (; *s; s++) {
        if (*s == '\n') fputs("\\n", stdout);
        else if (*s == '\t') fputs("\\t", stdout);
        else putchar(*s);
    }
    putchar('\n');
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    const char *policy = "data/moderation/policy.json";
    const char *train = "data/moderation/spam_train.tsv";
    const char *eval = "data/moderation/eval.tsv";
    const char *abuse_train = "data/moderation/abuse_train.tsv";
    const char *abuse_ham = "data/moderation/abuse_ham.tsv", *abuse_model = NULL;
    const char *abuse_idioms = "data/moderation/abuse_idioms.txt";
    double ab_s = 0, ab_dev = 0;
    int ab_clues = 0, ab_min = 0;
    bool verbose = false, reasons = false, dump = false, why = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0) verbose = true;
        else if (strcmp(argv[i], "-vv") == 0) verbose = reasons = true;
        else if (strcmp(argv[i], "--policy") == 0 && i + 1 < argc) policy = argv[++i];
        else if (strcmp(argv[i], "--train") == 0 && i + 1 < argc) train = argv[++i];
        else if (strcmp(argv[i], "--eval") == 0 && i + 1 < argc) eval = argv[++i];
        else if (strcmp(argv[i], "--abuse-train") == 0 && i + 1 < argc) abuse_train = argv[++i];
        else if (strcmp(argv[i], "--abuse-ham") == 0 && i + 1 < argc) abuse_ham = argv[++i];
        else if (strcmp(argv[i], "--abuse-idioms") == 0 && i + 1 < argc) abuse_idioms = argv[++i];
        else if (strcmp(argv[i], "--abuse-model") == 0 && i + 1 < argc) abuse_model = argv[++i];
        else if (strcmp(argv[i], "--abuse-params") == 0 && i + 1 < argc &&
                 sscanf(argv[i + 1], "%lf,%d,%lf,%d", &ab_s, &ab_clues, &ab_dev, &ab_min) == 4) i++;
        else if (strcmp(argv[i], "--dump") == 0) dump = true;
        else if (strcmp(argv[i], "--why") == 0) dump = why = true;
        else {
            fprintf(stderr, "usage: bench-moderation [-v|-vv] [--dump|--why] [--policy F] [--train F] [--eval F]\n"
                            "       [--abuse-train F|-] [--abuse-ham F|-] [--abuse-idioms F|-]\n"
                            "       [--abuse-model F]\n"
                            "       [--abuse-params S,CLUES,MIN_DEV,MIN_COUNT]\n");
            return 2;
        }
    }
    char err[512];
    mod_config c;
    mod_config_defaults(&c);
    c.policy_file = policy;
    c.train_file = train;
    c.abuse_train_file = strcmp(abuse_train, "-") ? abuse_train : NULL;
    c.abuse_ham_file = strcmp(abuse_ham, "-") ? abuse_ham : NULL;
    c.abuse_idioms_file = strcmp(abuse_idioms, "-") ? abuse_idioms : NULL;
    c.abuse_robinson_s = ab_s;
    c.abuse_max_clues = ab_clues;
    c.abuse_min_dev = ab_dev;
    c.abuse_min_count = ab_min;
    char *blob = NULL;
    if (abuse_model) {
        size_t blen = 0;
        blob = util_read_file(abuse_model, (size_t)1 << 30, &blen, err, sizeof err);
        if (blob == NULL) {
            fprintf(stderr, "bench-moderation: %s\n", err);
            return 1;
        }
        c.abuse_model_blob = blob;
        c.abuse_model_len = blen;
    }
    /* heap taken by the compiled policy alone, then by the whole engine
     * (malloc'd blocks, the large ones glibc maps on their own included) */
    struct mallinfo2 m0 = mallinfo2();
    mod_policy *alone = mod_policy_load(policy, err, sizeof err);
    struct mallinfo2 m1 = mallinfo2();
    size_t policy_bytes = alone ? (m1.uordblks + m1.hblkhd) - (m0.uordblks + m0.hblkhd) : 0;
    mod_policy_free(alone);
    /* the engine's start without the abuse model, for the model's share */
    int64_t t_noabuse = -1;
    if (!dump && (c.abuse_train_file || c.abuse_model_blob)) {
        mod_config c0 = c;
        c0.abuse_train_file = c0.abuse_ham_file = c0.abuse_idioms_file = NULL;
        c0.abuse_model_blob = NULL;
        int64_t t00 = util_mono_us();
        mod_engine *e0 = mod_engine_new(&c0, err, sizeof err);
        t_noabuse = util_mono_us() - t00;
        mod_engine_free(e0);
    }
    m0 = mallinfo2();
    int64_t t0 = util_mono_us();
    mod_engine *e = mod_engine_new(&c, err, sizeof err);
    free(blob);   /* only read while the engine is built */
    if (e == NULL) {
        fprintf(stderr, "bench-moderation: %s\n", err);
        return 1;
    }
    int64_t t_start = util_mono_us() - t0;
    m1 = mallinfo2();
    size_t engine_bytes = (m1.uordblks + m1.hblkhd) - (m0.uordblks + m0.hblkhd);
    FILE *f = fopen(eval, "r");
    if (f == NULL) {
        fprintf(stderr, "bench-moderation: cannot open %s\n", eval);
        mod_engine_free(e);
        return 1;
    }
    item *items = NULL;
    size_t n = 0, cap = 0;
    char *line = NULL;
    size_t line_cap = 0;
    size_t lineno = 0;
    while (getline(&line, &line_cap, f) > 0) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0') continue;
        char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        if (t2 == NULL) {
            fprintf(stderr, "bench-moderation: %s:%zu: expected label<TAB>lang<TAB>text\n", eval, lineno);
            return 1;
        }
        *t1 = *t2 = '\0';
        int l = label_index(line);
        if (l < 0) {
            fprintf(stderr, "bench-moderation: %s:%zu: unknown label %s\n", eval, lineno, line);
            return 1;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 512;
            items = realloc(items, cap * sizeof *items);
        }
        items[n].label = l;
        items[n].lang = strdup(t1 + 1);
        items[n].text = strdup(t2 + 1);
        util_tsv_unescape(items[n].text);
        n++;
    }
    free(line);
    fclose(f);

    size_t conf[NL][NL] = {{0}};
    size_t count[NL] = {0}, published[NL] = {0}, rejected[NL] = {0};
    for (size_t i = 0; i < n; i++) {
        util_arena *a = util_arena_new();
        mod_input in = {.text = items[i].text, .lang = items[i].lang, .ms_since_load = 45000};
        mod_decision d;
        mod_decide(e, &in, a, &d);
        int p = 0;
        if (d.action == MOD_SPAM || d.action == MOD_DISCARD) p = 1;
        else if (d.action == MOD_REJECT || d.action == MOD_HOLD) {
            p = d.category ? label_index(d.category) : -1;
            if (p < 0) p = 0;   /* custom category: counted as not matching any label */
        }
        items[i].pred = p;
        items[i].action = d.action;
        conf[items[i].label][p]++;
        count[items[i].label]++;
        if (d.action == MOD_PUBLISH) published[items[i].label]++;
        if (d.action == MOD_REJECT) rejected[items[i].label]++;
        for (size_t m = 0; why && m < d.n_matches; m++) {
            if (!d.matches[m].why) continue;
            printf("%s\t%s\t%s\t%s\t%s\t%s\t", labels[items[i].label], mod_action_name(d.action),
                   d.matches[m].category, d.matches[m].why, d.matches[m].pattern, d.matches[m].found);
            print_escaped(items[i].text);
        }
        if (dump && !why) {
            size_t neutralized = 0;
            for (size_t m = 0; m < d.n_matches; m++) neutralized += d.matches[m].neutralized;
            printf("%s\t%s\t%s\t%.4f\t%.6f\t%s\t%zu\t", labels[items[i].label], mod_action_name(d.action),
                   d.category ? d.category : "-", d.spam_prob, d.abuse_prob,
                   d.abuse_category ? d.abuse_category : "-", neutralized);
            for (size_t t = 0; t < d.n_abuse_tokens && t < 4; t++)
                printf("%s%s %.2f", t ? ", " : "", d.abuse_tokens[t].token, d.abuse_tokens[t].prob);
            printf("\n");
        }
        if (verbose && (p != items[i].label || (items[i].label == 0 && d.action != MOD_PUBLISH))) {
            printf("  [%s -> %s/%s p=%.2f] ", labels[items[i].label], mod_action_name(d.action),
                   d.category ? d.category : "-", d.spam_prob);
            print_escaped(items[i].text);
            for (size_t k = 0; k < d.n_matches; k++)
                printf("      %s \"%s\" [%s]%s\n", d.matches[k].category, d.matches[k].pattern,
                       d.matches[k].found, d.matches[k].neutralized ? " neutralized" : "");
            /* -vv: why each match was not counted (the decision's policy reasons) */
            for (size_t k = 0; reasons && k < d.n_matches; k++)
                if (d.matches[k].why)
                    printf("        - %s \"%s\" in \"%s\": %s\n", d.matches[k].category, d.matches[k].pattern,
                           d.matches[k].found, d.matches[k].why);
        }
        util_arena_free(a);
    }

    if (dump) {
        free_items(items, n);
        mod_engine_free(e);
        return 0;
    }

    /* timing */
    int64_t *us = malloc(n * ROUNDS * sizeof *us);
    size_t k = 0;
    util_arena *a = util_arena_new();
    for (int r = 0; r < ROUNDS; r++) {
        for (size_t i = 0; i < n; i++) {
            mod_input in = {.text = items[i].text, .lang = items[i].lang, .ms_since_load = 45000};
            mod_decision d;
            int64_t s = util_mono_us();
            mod_decide(e, &in, a, &d);
            us[k++] = util_mono_us() - s;
            if (util_arena_used(a) > (8u << 20)) {
                util_arena_free(a);
                a = util_arena_new();
            }
        }
    }
    util_arena_free(a);
    qsort(us, k, sizeof *us, cmp_i64);

    printf("moderation benchmark: %zu comments from %s\n", n, eval);
    printf("%-14s %6s %10s %8s\n", "category", "count", "precision", "recall");
    for (size_t l = 0; l < NL; l++) {
        size_t tp = conf[l][l], pred = 0;
        for (size_t j = 0; j < NL; j++) pred += conf[j][l];
        printf("%-14s %6zu %9.1f%% %7.1f%%\n", labels[l], count[l], pred ? 100.0 * (double)tp / (double)pred : 0.0,
               count[l] ? 100.0 * (double)tp / (double)count[l] : 0.0);
    }
    size_t abusive = 0, abusive_off = 0, rej_n = 0, rej_ok = 0;
    for (size_t l = 2; l < NL; l++) {
        abusive += count[l];
        abusive_off += count[l] - published[l];
        if (l != 6) {
            rej_n += count[l];
            rej_ok += rejected[l];
        }
    }
    printf("legitimate comments published:           %5.1f%% (%zu/%zu, target >= 97%%)\n",
           pct(published[0], count[0]), published[0], count[0]);
    printf("spam kept off the page:                  %5.1f%% (%zu/%zu)\n",
           pct(count[1] - published[1], count[1]), count[1] - published[1], count[1]);
    printf("abusive comments kept off the page:      %5.1f%% (%zu/%zu, target >= 90%%)\n",
           pct(abusive_off, abusive), abusive_off, abusive);
    size_t all_rej = 0;
    for (size_t l = 2; l < NL; l++) all_rej += rejected[l];
    printf("abusive comments rejected at once:       %5.1f%% (%zu/%zu, target >= 80%%; defamation is held by design)\n",
           pct(all_rej, abusive), all_rej, abusive);
    printf("  of insult/racism/antisemitism/threat:  %5.1f%% (%zu/%zu)\n",
           pct(rej_ok, rej_n), rej_ok, rej_n);
    printf("time per decision: median %lld us, p90 %lld us, p99 %lld us (%zu decisions; target median < 200 us)\n",
           (long long)us[k / 2], (long long)us[k * 9 / 10], (long long)us[k * 99 / 100], k);
    const char *how = abuse_model ? "reading the trained model" : "training the default model";
    if (t_noabuse >= 0)
        printf("engine start (policy + %s): %lld ms, %lld ms without the abuse model\n", how,
               (long long)(t_start / 1000), (long long)(t_noabuse / 1000));
    else
        printf("engine start (policy + %s): %lld ms\n", how, (long long)(t_start / 1000));
    printf("heap in use (mallinfo2, mapped blocks included): policy %.2f MB, whole engine %.2f MB\n",
           policy_bytes / 1e6, engine_bytes / 1e6);
    free(us);
    free_items(items, n);
    mod_engine_free(e);
    return 0;
}
