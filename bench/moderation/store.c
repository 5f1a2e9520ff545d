/* bench/moderation/store.c — time per moderation decision with the spam
 * model in the database, as the server runs it (make bench-moderation-store).
 *
 * How: opens the store given as argument (default: a fresh SQLite file in
 * /tmp; a PostgreSQL URL works too, on a database of its own), builds the
 * engine over the store-backed statistics backend of the server
 * (api__spamstore_new), learns data/moderation/spam_train.tsv into the store
 * if it holds no model, then decides every comment of
 * data/moderation/eval.tsv ten times and prints the median and 90th
 * percentile of the wall time of mod_decide (the look-ups in the database
 * included).  make bench-moderation gives the same with the model in memory.
 *
 * Must never: write anywhere but the store it was given (and, by default,
 * its own temporary file, removed at the end). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api/api_int.h"

#define ROUNDS 10
#define MAX_TEXTS 2000

static int cmp_i64(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

int main(int argc, char **argv)
{
    char tmp[] = "/tmp/causerie-bench-store-XXXXXX";
    char url[600];
    bool own = argc < 2;
    if (own) {
        if (!mkdtemp(tmp)) {
            perror("mkdtemp");
            return 1;
        }
        snprintf(url, sizeof url, "sqlite:%s/bench.db", tmp);
    } else {
        snprintf(url, sizeof url, "%s", argv[1]);
    }
    util_log_set_level(UTIL_LOG_WARN);
    char err[512];
    store_pool *pool = store_pool_new(url, err, sizeof err);
    if (!pool) {
        fprintf(stderr, "bench: %s\n", err);
        return 1;
    }
    mod_config c;
    mod_config_defaults(&c);
    c.policy_file = "data/moderation/policy.json";
    c.backend = api__spamstore_new(pool);
    mod_engine *e = mod_engine_new(&c, err, sizeof err);
    if (!e) {
        fprintf(stderr, "bench: %s\n", err);
        store_pool_free(pool);
        return 1;
    }
    uint64_t ns = 0, nh = 0;
    mod_engine_model_totals(e, &ns, &nh);
    if (ns + nh == 0) {
        store *s = store_pool_get(pool);
        size_t n;
        store_begin(s);
        if (mod_engine_train_file(e, "data/moderation/spam_train.tsv", &n, err, sizeof err) !=
            MOD_OK) {
            fprintf(stderr, "bench: %s\n", err);
            store_rollback(s);
        } else {
            store_commit(s);
        }
    }
    FILE *f = fopen("data/moderation/eval.tsv", "r");
    if (!f) {
        perror("bench: data/moderation/eval.tsv");
        return 1;
    }
    char line[20000];
    char **texts = xcalloc(MAX_TEXTS, sizeof *texts);
    size_t nt = 0;
    while (fgets(line, sizeof line, f) && nt < MAX_TEXTS) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        line[strcspn(line, "\r\n")] = '\0';
        char *t = strrchr(line, '\t');
        if (t)
            texts[nt++] = xstrdup(t + 1);
    }
    fclose(f);
    int64_t *us = xmalloc((nt ? nt : 1) * ROUNDS * sizeof *us);
    size_t k = 0;
    for (int r = 0; r < ROUNDS; r++)
        for (size_t i = 0; i < nt; i++) {
            util_arena *a = util_arena_new();
            mod_input in = {.text = texts[i], .author = "Lecteur", .ms_since_load = -1};
            mod_decision d;
            int64_t t0 = util_mono_us();
            mod_decide(e, &in, a, &d);
            us[k++] = util_mono_us() - t0;
            util_arena_free(a);
        }
    qsort(us, k, sizeof *us, cmp_i64);
    printf("%s: %zu decisions with the model in the store: median %lld us, p90 %lld us, "
           "p99 %lld us\n",
           strncmp(url, "sqlite:", 7) == 0 ? "sqlite" : "postgresql", k,
           (long long)(k ? us[k / 2] : 0), (long long)(k ? us[k * 9 / 10] : 0),
           (long long)(k ? us[k * 99 / 100] : 0));
    for (size_t i = 0; i < nt; i++)
        free(texts[i]);
    free(texts);
    free(us);
    mod_engine_free(e);
    store_pool_free(pool);
    if (own) {
        const char *suffix[] = {"", "-wal", "-shm"};
        for (size_t i = 0; i < 3; i++) {
            char p[300];
            snprintf(p, sizeof p, "%s/bench.db%s", tmp, suffix[i]);
            unlink(p);
        }
        rmdir(tmp);
    }
    return 0;
}
