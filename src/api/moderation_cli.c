/* moderation_cli — the operators' side of moderation, from the command line:
 *   causerie admin add USER | admin passwd USER    (password on stdin)
 *   causerie admin list
 *   causerie moderate list [--status S] [--limit N] | show ID
 *   causerie moderate approve|reject|spam|ham|delete ID
 *   causerie akismet-key add NAME | list | revoke NAME
 *
 * How it works: each command opens the store the configuration names
 * (migrating it like the server); `moderate` builds the whole application
 * (engine included) and makes editors' decisions through the same
 * function as the console (api__editor_decide), with a request made up for
 * the command line (no connection: hooks get the application and an arena
 * only) and the actor "cli:$USER".  A running server sees the result at
 * once: everything is in the store.
 *
 * Must never: echo a password, print an Akismet key anywhere but on
 * stdout once, store either in clear, or send a reader's control
 * characters raw to the operator's terminal. */
#include <pwd.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "api/api_int.h"

#define MIN_PASSWORD 8
#define MAX_PASSWORD 1024
#define AKISMET_KEY_LEN 32

static int fail(const char *fmt, ...) UTIL_PRINTF(1, 2);
static int fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("causerie: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return 1;
}

static store *open_store(const util_config *cfg)
{
    char err[512];
    store *s = NULL;
    if (store_open(cfg->store_url, true, &s, err, sizeof err) != STORE_OK) {
        fail("%s", err);
        return NULL;
    }
    return s;
}

static char *fmt_time(int64_t ms, char buf[32])
{
    if (!ms) {
        snprintf(buf, 32, "-");
        return buf;
    }
    util_time_rfc3339(ms, buf);
    return buf;
}

/* ---- admin ------------------------------------------------------------------ */

/* The password: a line typed at a terminal (not echoed), else stdin's first
 * line, or all of it when it has no newline; its length in bytes in *len
 * (a NUL byte read counts).  Caller frees. */
static char *read_password(size_t *len)
{
    bool tty = isatty(STDIN_FILENO);
    struct termios old, quiet;
    if (tty) {
        fputs("Password: ", stderr);
        fflush(stderr);
        if (tcgetattr(STDIN_FILENO, &old) == 0) {
            quiet = old;
            quiet.c_lflag &= ~(tcflag_t)ECHO;
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        } else {
            tty = false;
        }
    }
    util_buf b = {0};
    int c;
    while ((c = getchar()) != EOF && c != '\n' && b.len <= MAX_PASSWORD)
        util_buf_putc(&b, (char)c);
    if (isatty(STDIN_FILENO)) {
        if (tty)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        fputc('\n', stderr);
    }
    if (b.len && b.data[b.len - 1] == '\r')
        b.data[--b.len] = '\0';
    util_buf_reserve(&b, 0);
    *len = b.len;
    return util_buf_steal(&b);
}

static bool valid_user(const char *u)
{
    size_t n = strlen(u);
    if (n == 0 || n > 64)
        return false;
    for (const char *p = u; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              strchr("._@-", *p)))
            return false;
    return true;
}

static int admin_set(const util_config *cfg, const char *user, bool create)
{
    if (!valid_user(user))
        return fail("the user name must be 1-64 letters, digits, '.', '_', '@' or '-'");
    if (create && user[0] == '-') /* an option (--help) is never a new name */
        return fail("the user name must not start with '-' (%s looks like an option)", user);
    size_t n;
    char *pw = read_password(&n);
    int rc = 1;
    store *s = NULL;
    char hash[crypto_pwhash_STRBYTES];
    if (n < MIN_PASSWORD || n > MAX_PASSWORD) {
        fail("the password must have %d to %d characters (read from stdin)", MIN_PASSWORD,
             MAX_PASSWORD);
        goto done;
    }
    /* login reads the password from JSON: text in UTF-8 without NUL, or it
     * could never be typed there (a NUL would also cut the hash short) */
    if (memchr(pw, '\0', n) || !util_utf8_valid(pw, n)) {
        fail("the password must be text in UTF-8, without NUL bytes (read from stdin)");
        goto done;
    }
    if (sodium_init() < 0 ||
        crypto_pwhash_str(hash, pw, n, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        fail("cannot hash the password (out of memory)");
        goto done;
    }
    if (!(s = open_store(cfg)))
        goto done;
    store_status st = create ? store_admin_add(s, user, hash, NULL)
                             : store_admin_set_password(s, user, hash);
    if (st == STORE_CONFLICT)
        fail("the editor %s exists already (change the password: causerie admin passwd %s)",
             user, user);
    else if (st == STORE_NOTFOUND)
        fail("there is no editor %s (add one: causerie admin add %s)", user, user);
    else if (st != STORE_OK)
        fail("cannot save the editor: %s", store_strerror(st));
    else {
        printf("editor %s %s\n", user, create ? "added" : "has a new password");
        rc = 0;
    }
done:
    sodium_memzero(pw, n);
    free(pw);
    store_close(s);
    return rc;
}

int api_cli_admin(const util_config *cfg, int argc, char **argv)
{
    const char *usage = "usage: causerie admin add USER | passwd USER | list\n"
                        "  (the password is read from stdin: a line, or all of it)\n";
    if (argc == 3 && !strcmp(argv[1], "add"))
        return admin_set(cfg, argv[2], true);
    if (argc == 3 && !strcmp(argv[1], "passwd"))
        return admin_set(cfg, argv[2], false);
    if (argc == 2 && !strcmp(argv[1], "list")) {
        store *s = open_store(cfg);
        if (!s)
            return 1;
        util_arena *a = util_arena_new();
        store_admin *v;
        size_t n;
        store_status st = store_admin_list(s, a, &v, &n);
        int64_t now = util_now_ms();
        for (size_t i = 0; st == STORE_OK && i < n; i++) {
            char t[32];
            printf("%s\tadded %s%s\n", v[i].name, fmt_time(v[i].created, t),
                   v[i].locked_until > now ? "\tlocked" : "");
        }
        util_arena_free(a);
        store_close(s);
        return st == STORE_OK ? 0 : fail("cannot list editors: %s", store_strerror(st));
    }
    fputs(usage, stderr);
    return 2;
}

/* ---- akismet-key ------------------------------------------------------------------ */

static bool valid_key_name(const char *n)
{
    size_t len = strlen(n);
    if (len == 0 || len > 64)
        return false;
    for (const char *p = n; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              strchr("._-", *p)))
            return false;
    return true;
}

int api_cli_akismet_key(const util_config *cfg, int argc, char **argv)
{
    const char *usage = "usage: causerie akismet-key add NAME | list | revoke NAME\n";
    bool add = argc == 3 && !strcmp(argv[1], "add");
    bool revoke = argc == 3 && !strcmp(argv[1], "revoke");
    bool list = argc == 2 && !strcmp(argv[1], "list");
    if (!add && !revoke && !list) {
        fputs(usage, stderr);
        return 2;
    }
    if ((add || revoke) && !valid_key_name(argv[2]))
        return fail("the key name must be 1-64 letters, digits, '.', '_' or '-'");
    if (add && argv[2][0] == '-') /* an option (-h) is never a new name */
        return fail("the key name must not start with '-' (%s looks like an option)", argv[2]);
    if (sodium_init() < 0)
        return fail("libsodium could not start");
    store *s = open_store(cfg);
    if (!s)
        return 1;
    util_arena *a = util_arena_new();
    int rc = 0;
    store_status st;
    if (add) {
        /* 32 characters of [a-z0-9], uniformly drawn (about 165 bits) */
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        char key[AKISMET_KEY_LEN + 1];
        for (int i = 0; i < AKISMET_KEY_LEN; i++)
            key[i] = alphabet[randombytes_uniform(sizeof alphabet - 1)];
        key[AKISMET_KEY_LEN] = '\0';
        st = store_akismet_key_add(s, argv[2], api__token_hash(a, key));
        if (st == STORE_CONFLICT)
            rc = fail("a key named %s exists (revoke it first: causerie akismet-key revoke %s)",
                      argv[2], argv[2]);
        else if (st != STORE_OK)
            rc = fail("cannot save the key: %s", store_strerror(st));
        else
            printf("%s\n", key);
        sodium_memzero(key, sizeof key);
    } else if (revoke) {
        st = store_akismet_key_revoke(s, argv[2]);
        if (st == STORE_NOTFOUND)
            rc = fail("there is no active key named %s", argv[2]);
        else if (st != STORE_OK)
            rc = fail("cannot revoke the key: %s", store_strerror(st));
        else
            printf("key %s revoked\n", argv[2]);
    } else {
        store_akismet_key *v;
        size_t n;
        st = store_akismet_key_list(s, a, &v, &n);
        for (size_t i = 0; st == STORE_OK && i < n; i++) {
            char t1[32], t2[32];
            printf("%s\tadded %s\t%s%s\n", v[i].name, fmt_time(v[i].created, t1),
                   v[i].revoked ? "revoked " : "active", v[i].revoked ? fmt_time(v[i].revoked, t2)
                                                                      : "");
        }
        if (st != STORE_OK)
            rc = fail("cannot list the keys: %s", store_strerror(st));
    }
    util_arena_free(a);
    store_close(s);
    return rc;
}

/* ---- moderate ---------------------------------------------------------------------- */

/* A request for the functions shared with the HTTP API: the application and
 * an arena, no connection, no server (a comment it publishes reaches live
 * readers through the other nodes' listeners: PostgreSQL only). */
static http_req *cli_request(api_app *app, util_arena *a)
{
    http_req *r = util_arena_alloc(a, sizeof *r);
    r->arena = a;
    r->app = app;
    r->method = HTTP_POST;
    r->method_name = "CLI";
    r->path = "causerie moderate";
    r->raw_query = "";
    r->query_ok = true;
    return r;
}

static const char *cli_actor(util_arena *a)
{
    const char *u = getenv("USER");
    if (!u || !*u) {
        struct passwd *pw = getpwuid(getuid());
        u = pw ? pw->pw_name : "unknown";
    }
    /* the audit log's actor: UTF-8 text (PostgreSQL refuses anything else,
     * and every decision failed), one line, at most 64 bytes */
    size_t n = strlen(u), k = n < 64 ? n : 64;
    bool utf8 = util_utf8_valid(u, n);
    while (utf8 && k < n && k > 0 && ((unsigned char)u[k] & 0xC0) == 0x80)
        k--;
    char *name = util_arena_strndup(a, u, k);
    for (char *p = name; *p; p++)
        if ((unsigned char)*p < 0x20 || *p == 0x7F || (!utf8 && (unsigned char)*p >= 0x80))
            *p = '?';
    return util_arena_printf(a, "cli:%s", name);
}

/* Readers wrote these strings: a control character (C0, DEL, C1) sent raw
 * to the operator's terminal would run as an escape sequence (retitle the
 * window, clear the screen, recolour what follows), so each is printed as
 * '?'.  With multiline, line breaks and tabs stay; else they are spaces. */
static size_t clean_char(const unsigned char *p, bool multiline, char *c)
{
    if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) { /* C1: U+0080-U+009F */
        *c = '?';
        return 2;
    }
    if (*p == '\n' || *p == '\t')
        *c = multiline ? (char)*p : ' ';
    else if (*p == '\r')
        *c = ' ';
    else if (*p < 0x20 || *p == 0x7F)
        *c = '?';
    else
        *c = (char)*p;
    return 1;
}

static void put_clean(const char *s, bool multiline)
{
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p;) {
        char c;
        p += clean_char(p, multiline, &c);
        putchar(c);
    }
}

/* s on one line, at most max bytes, never cutting a UTF-8 sequence, its
 * control characters shown as '?' (clean_char). */
static void one_line(const char *s, size_t max, char *out, size_t n)
{
    if (!s)
        s = "";
    size_t len = strlen(s), k = len < max ? len : max;
    if (k > n - 1)
        k = n - 1;
    while (k > 0 && k < len && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--;
    size_t j = 0;
    for (size_t i = 0; i < k;)
        i += clean_char((const unsigned char *)s + i, false, &out[j++]);
    out[j] = '\0';
}

static int moderate_list(api_app *app, store *s, util_arena *a, int argc, char **argv)
{
    const char *status = "pending";
    int64_t limit = 50;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--status") && i + 1 < argc)
            status = argv[++i];
        else if (!strncmp(argv[i], "--status=", 9))
            status = argv[i] + 9;
        else if (!strcmp(argv[i], "--limit") && i + 1 < argc && util_parse_id(argv[i + 1], &limit))
            i++;
        else {
            fputs("usage: causerie moderate list [--status pending|spam|rejected|reported|"
                  "published|deleted] [--limit N]\n", stderr);
            return 2;
        }
    }
    int st = !strcmp(status, "reported") ? -1 : store_comment_status_parse(status);
    if (st < -1 || (st == -1 && strcmp(status, "reported") != 0))
        return fail("unknown status %s (pending, spam, rejected, reported, published, deleted)",
                    status);
    store_mod_item *items;
    size_t n;
    store_status rc = store_mod_queue(s, a, st, 0, limit > 1000 ? 1000 : (int)limit, &items, &n);
    store_decision *dec = NULL;
    size_t nd = 0;
    if (rc == STORE_OK && n) {
        int64_t *ids = util_arena_alloc(a, n * sizeof *ids);
        for (size_t i = 0; i < n; i++)
            ids[i] = items[i].c.id;
        rc = store_decisions_latest(s, a, ids, n, &dec, &nd);
    }
    if (rc != STORE_OK)
        return fail("cannot read the queue: %s", store_strerror(rc));
    printf("ID\tSTATUS\tCREATED\tSITE\tURI\tAUTHOR\tREPORTS\tDECISION\tTEXT\n");
    for (size_t i = 0; i < n; i++) {
        const store_mod_item *it = &items[i];
        char t[32], text[256], author[128];
        const char *why = "-";
        for (size_t j = 0; j < nd; j++)
            if (dec[j].comment_id == it->c.id)
                why = util_arena_printf(a, "%s %s%s%s", dec[j].actor, dec[j].action,
                                        dec[j].category ? " " : "",
                                        dec[j].category ? dec[j].category : "");
        one_line(it->c.text, 80, text, sizeof text);
        one_line(it->c.author, 40, author, sizeof author);
        printf("%lld\t%s\t%s\t", (long long)it->c.id, store_comment_status_name(it->c.status),
               fmt_time(it->c.created, t));
        put_clean(it->site, false);
        putchar('\t');
        put_clean(it->uri, false);
        printf("\t%s\t%lld\t", author, (long long)it->c.reports);
        put_clean(why, false);
        printf("\t%s\n", text);
    }
    (void)app;
    return 0;
}

static int moderate_show(store *s, util_arena *a, int64_t id)
{
    store_mod_item it;
    store_decision *dec = NULL;
    size_t nd = 0;
    store_status rc = store_mod_item_get(s, a, id, &it);
    if (rc == STORE_OK)
        rc = store_decisions_of_comment(s, a, id, &dec, &nd);
    if (rc == STORE_NOTFOUND)
        return fail("no comment %lld", (long long)id);
    if (rc != STORE_OK)
        return fail("cannot read comment %lld: %s", (long long)id, store_strerror(rc));
    char t[32];
    printf("comment %lld  %s  %s\n", (long long)id, store_comment_status_name(it.c.status),
           fmt_time(it.c.created, t));
    fputs("thread   ", stdout);
    put_clean(it.site, false);
    putchar(' ');
    put_clean(it.uri, false);
    fputs("\nauthor   ", stdout);
    put_clean(it.c.author, false);
    if (it.c.email) {
        fputs(" <", stdout);
        put_clean(it.c.email, false);
        putchar('>');
    }
    putchar('\n');
    if (it.c.website) {
        fputs("website  ", stdout);
        put_clean(it.c.website, false);
        putchar('\n');
    }
    printf("reports  %lld\n\n", (long long)it.c.reports);
    put_clean(it.c.text, true);
    fputs("\n\n", stdout);
    for (size_t i = 0; i < nd; i++) {
        json_t *d = api__decision_json(&dec[i]);
        char *txt = json_dumps(d, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
        fputs("decision ", stdout);
        put_clean(txt ? txt : "{}", true); /* jansson leaves C1 characters raw */
        putchar('\n');
        free(txt);
        json_decref(d);
    }
    return 0;
}

int api_cli_moderate(const util_config *cfg, int argc, char **argv)
{
    const char *usage =
        "usage: causerie moderate list [--status S] [--limit N] | show ID\n"
        "       causerie moderate approve|reject|spam|ham|delete ID\n";
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    const char *cmd = argv[1];
    int64_t id = 0;
    bool list = !strcmp(cmd, "list");
    bool show = !strcmp(cmd, "show");
    bool decide = api__valid_editor_action(cmd);
    if ((!list && !show && !decide) || (!list && (argc != 3 || !util_parse_id(argv[2], &id)))) {
        fputs(usage, stderr);
        return 2;
    }
    char err[512];
    api_app *app = api_app_new(cfg, false, err, sizeof err);
    if (!app)
        return fail("%s", err);
    store *s = store_pool_get(app->pool);
    util_arena *a = util_arena_new();
    int rc;
    if (!s)
        rc = fail("cannot open the store");
    else if (list)
        rc = moderate_list(app, s, a, argc, argv);
    else if (show)
        rc = moderate_show(s, a, id);
    else {
        int status;
        store_status st = api__editor_decide(cli_request(app, a), s, id, cmd, cli_actor(a),
                                             &status);
        if (st == STORE_NOTFOUND)
            rc = fail("no comment %lld", (long long)id);
        else if (st == STORE_CONFLICT && status == STORE_DELETED)
            rc = fail("comment %lld was deleted by its author: nothing changes", (long long)id);
        else if (st != STORE_OK && status >= 0)
            rc = fail("comment %lld is now %s, but the spam filter could not learn from it: "
                      "run the command again", (long long)id, store_comment_status_name(status));
        else if (st != STORE_OK)
            rc = fail("cannot %s comment %lld: %s", cmd, (long long)id, store_strerror(st));
        else {
            printf("comment %lld: %s\n", (long long)id, store_comment_status_name(status));
            rc = 0;
        }
    }
    util_arena_free(a);
    api_app_free(app);
    return rc;
}
