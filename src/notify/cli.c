/* cli — the operator's commands of the notify module, called by main:
 *   causerie privacy export EMAIL    everything held about the address (JSON)
 *   causerie privacy erase EMAIL     anonymise its comments, delete its
 *                                    subscriptions and mails (JSON summary)
 *   causerie privacy retention       run the retention job now (JSON counts)
 *   causerie outbox [pending|failed|sent|all] [--limit N]
 *                                    outbox rows, newest first, one JSON
 *                                    object per line (no payloads)
 * Each opens the store of the configuration (migrating it), prints to
 * stdout, reports errors on stderr and returns the exit code: 0 done, 1 the
 * store failed, 2 bad usage.
 *
 * Must never: print an outbox payload (it can hold a reader's comment) or a
 * recipient other than the one asked about, except in `outbox`, which is
 * for the operator. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notify/notify_int.h"

static store_pool *open_store(const util_config *cfg, store **s)
{
    char err[512];
    store_pool *p = store_pool_new(cfg->store_url, err, sizeof err);
    if (!p) {
        fprintf(stderr, "causerie: %s\n", err);
        return NULL;
    }
    *s = store_pool_get(p);
    if (!*s) {
        fprintf(stderr, "causerie: cannot open the store\n");
        store_pool_free(p);
        return NULL;
    }
    return p;
}

/* An address as the API takes one: UTF-8 text (a byte that is not made
 * the erase's JSON answer NULL, and PostgreSQL refuse the query) without
 * control characters or spaces, with an '@' between two parts. */
static bool plausible_email(const char *e)
{
    const char *at = e ? strrchr(e, '@') : NULL;
    if (!at || at == e || !at[1] || strlen(e) > 254 || !util_utf8_valid(e, strlen(e)))
        return false;
    for (const unsigned char *p = (const unsigned char *)e; *p; p++)
        if (*p <= ' ' || *p == 0x7F || *p == '<' || *p == '>')
            return false;
    return true;
}

int notify_cli_privacy(const util_config *cfg, int argc, char **argv)
{
    static const char usage[] = "usage: causerie privacy export EMAIL | erase EMAIL | retention\n";
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    const char *sub = argv[1];
    bool export = strcmp(sub, "export") == 0, erase = strcmp(sub, "erase") == 0;
    bool retention = strcmp(sub, "retention") == 0;
    if ((export || erase) && (argc != 3 || !plausible_email(argv[2]))) {
        fprintf(stderr, "causerie: privacy %s needs one e-mail address\n%s", sub, usage);
        return 2;
    }
    if (!(export || erase || (retention && argc == 2))) {
        fputs(usage, stderr);
        return 2;
    }
    store *s;
    store_pool *p = open_store(cfg, &s);
    if (!p)
        return 1;
    util_buf out = {0};
    store_status st;
    if (export) {
        st = notify_privacy_export(s, cfg, argv[2], &out);
    } else if (erase) {
        st = notify_privacy_erase(s, cfg, argv[2], &out);
    } else {
        store_retention_counts c;
        st = notify_retention_run(s, cfg, &c);
        if (st == STORE_OK)
            util_buf_printf(&out,
                            "{\"retention_days\": %d, \"comments_scrubbed\": %lld, "
                            "\"votes_deleted\": %lld, \"reports_deleted\": %lld, "
                            "\"comments_deleted\": %lld, \"subscriptions_deleted\": %lld, "
                            "\"mails_deleted\": %lld}\n",
                            cfg->retention_days, (long long)c.scrubbed, (long long)c.votes,
                            (long long)c.reports, (long long)c.comments_deleted,
                            (long long)c.subscriptions, (long long)c.outbox);
    }
    if (st == STORE_OK)
        fputs(out.data ? out.data : "", stdout);
    else
        fprintf(stderr, "causerie: privacy %s: the store failed: %s\n", sub, store_strerror(st));
    util_buf_free(&out);
    store_pool_free(p);
    return st == STORE_OK ? 0 : 1;
}

int notify_cli_outbox(const util_config *cfg, int argc, char **argv)
{
    static const char usage[] = "usage: causerie outbox [pending|failed|sent|all] [--limit N]\n";
    store_outbox_state which = STORE_OUTBOX_PENDING;
    int limit = 100;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "pending"))
            which = STORE_OUTBOX_PENDING;
        else if (!strcmp(argv[i], "failed"))
            which = STORE_OUTBOX_FAILED;
        else if (!strcmp(argv[i], "sent"))
            which = STORE_OUTBOX_SENT;
        else if (!strcmp(argv[i], "all"))
            which = STORE_OUTBOX_ALL;
        else if (!strcmp(argv[i], "--limit") && i + 1 < argc) {
            char *end;
            long v = strtol(argv[++i], &end, 10);
            if (*end || v < 1 || v > 100000) {
                fprintf(stderr, "causerie: --limit takes 1 to 100000\n");
                return 2;
            }
            limit = (int)v;
        } else {
            fputs(usage, stderr);
            return 2;
        }
    }
    store *s;
    store_pool *p = open_store(cfg, &s);
    if (!p)
        return 1;
    util_arena *a = util_arena_new();
    store_outbox_row *rows = NULL;
    size_t n = 0;
    store_status st = store_outbox_list(s, a, which, limit, &rows, &n);
    for (size_t i = 0; st == STORE_OK && i < n; i++) {
        const store_outbox_row *r = &rows[i];
        char t[4][32] = {"", "", "", ""};
        int64_t times[4] = {r->created, r->next_attempt, r->sent, r->failed};
        for (int k = 0; k < 4; k++)
            if (times[k])
                util_time_rfc3339(times[k], t[k]);
        json_t *o = json_pack("{s:I, s:s, s:s, s:s?, s:s, s:s?, s:i, s:s?, s:s?, s:s?}", "id",
                              (json_int_t)r->id, "kind", r->kind ? r->kind : "", "key",
                              r->dedup_key ? r->dedup_key : "", "recipient", r->recipient,
                              "queued", t[0], "next_attempt",
                              r->sent || r->failed ? NULL : t[1], "attempts", r->attempts,
                              "sent", r->sent ? t[2] : NULL, "failed", r->failed ? t[3] : NULL,
                              "last_error", r->last_error);
        char *line = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
        json_decref(o);
        puts(line);
        free(line);
    }
    if (st != STORE_OK)
        fprintf(stderr, "causerie: outbox: the store failed: %s\n", store_strerror(st));
    util_arena_free(a);
    store_pool_free(p);
    return st == STORE_OK ? 0 : 1;
}
