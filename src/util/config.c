/* config — every setting is one row of the table below.
 *
 * Sources, later wins: the defaults in the table, the INI file given with
 * --config (parsed by libinih), then environment variables named
 * CAUSERIE_<SECTION>_<KEY> in upper case (CAUSERIE_SERVER_LISTEN, …).  Each
 * value is parsed and range-checked by its type; an unknown key in the file
 * or a bad value anywhere is refused with a message naming the key, so a
 * typo never silently falls back to a default. */
#include <ctype.h>
#include <errno.h>
#include <ini.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

typedef enum { T_STR, T_INT, T_BOOL } cfg_type;

typedef struct cfg_row {
    const char *section, *key;
    cfg_type type;
    const char *def;
    size_t offset;
    long min, max;                       /* T_INT range */
    bool (*check)(const char *v);        /* T_STR validator, may be NULL */
    bool secret;                         /* masked in messages and dumps */
    const char *hint; /* T_STR: the message when check refuses a value; NULL: "invalid value" */
} cfg_row;

static bool check_listen(const char *v);
static bool check_url_http(const char *v);
/* "*", or origins as a browser sends them in its Origin header (scheme,
 * host, port: http(s)://host[:port], a trailing '/' tolerated), separated
 * by commas: "journal.example" or "https://journal.example/comments"
 * would never match one, and the widget's calls would fail in silence. */
static bool check_origins(const char *v)
{
    const char *next = v, *p;
    size_t len;
    while ((p = util_origin_next(&next, &len)) != NULL) {
        const char *t = p + len;
        if (len == 0) /* "/" alone */
            return false;
        if (!(t - p == 1 && *p == '*')) {
            const char *h = strncasecmp(p, "http://", 7) == 0    ? p + 7
                            : strncasecmp(p, "https://", 8) == 0 ? p + 8
                                                                 : NULL;
            if (!h || h == t)
                return false;
            const char *q = h;
            if (*q == '[') { /* an IPv6 literal */
                while (q < t && *q != ']')
                    q++;
                if (q == t)
                    return false;
                q++;
            } else {
                while (q < t && (isalnum((unsigned char)*q) || *q == '.' || *q == '-'))
                    q++;
                if (q == h)
                    return false;
            }
            if (q < t && *q == ':') {
                const char *d = ++q;
                while (q < t && isdigit((unsigned char)*q))
                    q++;
                if (q == d || q - d > 5)
                    return false;
            }
            if (q != t)
                return false;
        }
    }
    return true;
}

static bool check_store_url(const char *v);
static bool check_log_level(const char *v);
static bool check_lang(const char *v);
static bool check_site(const char *v);
static bool check_starttls(const char *v);
static bool check_editor_mode(const char *v);
static bool check_origins(const char *v);
static bool check_secret(const char *v);
/* server.trusted_proxies: addresses and CIDR blocks (util_ipnets_parse). */
static bool check_proxies(const char *v)
{
    return util_ipnets_parse(v, NULL, NULL);
}

/* server.secret keys the IP hashes, the voter cookies' signatures and the
 * cursors: a short one ("x", "secret") can be guessed, and the cookies
 * forged.  Empty: a random one is generated and kept in the store. */
#define MIN_SECRET 16
#define CFG_STR_(x) #x
#define CFG_STR(x) CFG_STR_(x)
#define SECRET_HINT "at least " CFG_STR(MIN_SECRET) " characters (it keys the cookies' " \
                    "signatures), or none for one generated and kept in the database"

#define OFF(f) offsetof(util_config, f)
static const cfg_row rows[] = {
    {"server", "listen", T_STR, "127.0.0.1:8080", OFF(listen), 0, 0, check_listen, false, NULL},
    {"server", "public_url", T_STR, "", OFF(public_url), 0, 0, check_url_http, false, NULL},
    {"server", "threads", T_INT, "0", OFF(threads), 0, 256, NULL, false, NULL},
    {"server", "default_site", T_STR, "default", OFF(default_site), 0, 0, check_site, false, NULL},
    {"server", "edit_window", T_INT, "900", OFF(edit_window), 0, 31536000, NULL, false, NULL},
    {"server", "body_limit", T_INT, "131072", OFF(body_limit), 1024, 16777216, NULL, false, NULL},
    {"server", "policy_body_limit", T_INT, "4194304", OFF(policy_body_limit), 1024, 8388608, NULL,
     false, NULL},
    {"server", "trust_proxy", T_BOOL, "false", OFF(trust_proxy), 0, 0, NULL, false, NULL},
    {"server", "trusted_proxies", T_STR, "", OFF(trusted_proxies), 0, 0, check_proxies, false,
     NULL},
    {"server", "secret", T_STR, "", OFF(secret), 0, 0, check_secret, true, SECRET_HINT},
    {"server", "log_level", T_STR, "info", OFF(log_level), 0, 0, check_log_level, false, NULL},
    {"server", "shutdown_grace", T_INT, "10", OFF(shutdown_grace), 0, 3600, NULL, false, NULL},
    {"store", "url", T_STR, "sqlite:causerie.db", OFF(store_url), 0, 0,
     check_store_url, false, NULL},
    {"limits", "posts_per_minute", T_INT, "10", OFF(posts_per_minute), 0, 1000000,
     NULL, false, NULL},
    {"limits", "votes_per_minute", T_INT, "60", OFF(votes_per_minute), 0, 1000000,
     NULL, false, NULL},
    {"limits", "max_connections", T_INT, "10000", OFF(max_connections), 16, 1000000,
     NULL, false, NULL},
    {"site", "name", T_STR, "Causerie", OFF(site_name), 0, 0, NULL, false, NULL},
    {"site", "lang", T_STR, "fr", OFF(site_lang), 0, 0, check_lang, false, NULL},
    {"site", "origins", T_STR, "", OFF(site_origins), 0, 0, check_origins, false, NULL},
    {"moderation", "report_threshold", T_INT, "3", OFF(report_threshold), 1, 1000000,
     NULL, false, NULL},
    {"moderation", "policy_file", T_STR, "", OFF(policy_file), 0, 0, NULL, false, NULL},
    {"moderation", "enabled", T_BOOL, "true", OFF(moderation_enabled), 0, 0, NULL, false, NULL},
    {"moderation", "train_file", T_STR, "", OFF(train_file), 0, 0, NULL, false, NULL},
    {"moderation", "min_post_ms", T_INT, "2500", OFF(min_post_ms), 0, 3600000, NULL, false, NULL},
    {"smtp", "url", T_STR, "", OFF(smtp_url), 0, 0, NULL, false, NULL},
    {"smtp", "from", T_STR, "", OFF(smtp_from), 0, 0, NULL, false, NULL},
    {"smtp", "user", T_STR, "", OFF(smtp_user), 0, 0, NULL, false, NULL},
    {"smtp", "password", T_STR, "", OFF(smtp_password), 0, 0, NULL, true, NULL},
    {"smtp", "starttls", T_STR, "try", OFF(smtp_starttls), 0, 0, check_starttls, false, NULL},
    {"notify", "worker", T_BOOL, "true", OFF(notify_worker), 0, 0, NULL, false, NULL},
    {"notify", "poll_ms", T_INT, "1000", OFF(notify_poll_ms), 20, 600000, NULL, false, NULL},
    {"notify", "send_timeout", T_INT, "30", OFF(notify_send_timeout), 1, 600, NULL, false, NULL},
    {"notify", "retry_base", T_INT, "30", OFF(notify_retry_base), 1, 86400, NULL, false, NULL},
    {"notify", "retry_max", T_INT, "3600", OFF(notify_retry_max), 1, 604800, NULL, false, NULL},
    {"notify", "give_up_hours", T_INT, "72", OFF(notify_give_up_hours), 0, 8760, NULL, false, NULL},
    {"notify", "confirm_per_hour", T_INT, "3", OFF(notify_confirm_per_hour), 1, 1000,
     NULL, false, NULL},
    {"notify", "editor_email", T_STR, "", OFF(notify_editor_email), 0, 0, NULL, false, NULL},
    {"notify", "editor_mode", T_STR, "each", OFF(notify_editor_mode), 0, 0,
     check_editor_mode, false, NULL},
    {"notify", "digest_minutes", T_INT, "60", OFF(notify_digest_minutes), 1, 10080,
     NULL, false, NULL},
    {"notify", "webhook_url", T_STR, "", OFF(notify_webhook_url), 0, 0,
     check_url_http, false, NULL},
    {"notify", "webhook_secret", T_STR, "", OFF(notify_webhook_secret), 0, 0, NULL, true, NULL},
    {"privacy", "retention_days", T_INT, "365", OFF(retention_days), 1, 36500, NULL, false, NULL},
    {"privacy", "contact", T_STR, "", OFF(privacy_contact), 0, 0, NULL, false, NULL},
};

static bool check_listen(const char *v)
{
    const char *colon = strrchr(v, ':');
    if (!colon || colon == v)
        return false;
    char *end;
    errno = 0;
    long port = strtol(colon + 1, &end, 10);
    if (errno || *end || end == colon + 1 || port < 0 || port > 65535)
        return false;
    if (v[0] == '[')
        return colon[-1] == ']';
    for (const char *p = v; p < colon; p++)
        if (!isalnum((unsigned char)*p) && *p != '.' && *p != '-')
            return false;
    return true;
}

static bool check_url_http(const char *v)
{
    if (!*v)
        return true;
    const char *rest = NULL;
    if (strncmp(v, "http://", 7) == 0)
        rest = v + 7;
    else if (strncmp(v, "https://", 8) == 0)
        rest = v + 8;
    if (!rest || !*rest || *rest == '/')
        return false;
    for (const char *p = v; *p; p++)
        if ((unsigned char)*p <= ' ')
            return false;
    return true;
}

/* server.secret: none, or at least MIN_SECRET characters (SECRET_HINT). */
static bool check_secret(const char *v)
{
    return !*v || strlen(v) >= MIN_SECRET;
}

static bool check_store_url(const char *v)
{
    return (strncmp(v, "sqlite:", 7) == 0 && v[7]) || strncmp(v, "postgresql://", 13) == 0 ||
           strncmp(v, "postgres://", 11) == 0;
}

static bool check_log_level(const char *v)
{
    return util_log_level_parse(v) >= 0;
}

static bool check_lang(const char *v)
{
    static const char *const langs[] = {"fr", "en", "he", "ar"};
    for (size_t i = 0; i < UTIL_ARRAY_LEN(langs); i++)
        if (strcmp(v, langs[i]) == 0)
            return true;
    return false;
}

static bool check_site(const char *v)
{
    size_t n = strlen(v);
    if (n == 0 || n > 100)
        return false;
    for (const char *p = v; *p; p++)
        if (!isalnum((unsigned char)*p) && !strchr("-_.", *p))
            return false;
    return true;
}

static bool check_starttls(const char *v)
{
    return !strcmp(v, "try") || !strcmp(v, "required") || !strcmp(v, "never");
}

static bool check_editor_mode(const char *v)
{
    return !strcmp(v, "each") || !strcmp(v, "digest") || !strcmp(v, "none");
}

static bool set_value(util_config *c, const cfg_row *r, const char *value, const char *source,
                      char *err, size_t errlen)
{
    void *field = (char *)c + r->offset;
    switch (r->type) {
    case T_STR:
        if (r->check && !r->check(value)) {
            if (r->hint)
                snprintf(err, errlen, "%s: %s.%s: %s", source, r->section, r->key, r->hint);
            else
                snprintf(err, errlen, "%s: %s.%s: invalid value \"%s\"", source, r->section,
                         r->key, r->secret ? "***" : value);
            return false;
        }
        free(*(char **)field);
        *(char **)field = xstrdup(value);
        return true;
    case T_INT: {
        char *end;
        errno = 0;
        long v = strtol(value, &end, 10);
        if (errno || end == value || *end || v < r->min || v > r->max) {
            snprintf(err, errlen, "%s: %s.%s: expected an integer from %ld to %ld, got \"%s\"",
                     source, r->section, r->key, r->min, r->max, value);
            return false;
        }
        *(int *)field = (int)v;
        return true;
    }
    case T_BOOL:
        if (!strcmp(value, "true") || !strcmp(value, "1") || !strcmp(value, "yes") ||
            !strcmp(value, "on")) {
            *(bool *)field = true;
        } else if (!strcmp(value, "false") || !strcmp(value, "0") || !strcmp(value, "no") ||
                   !strcmp(value, "off")) {
            *(bool *)field = false;
        } else {
            snprintf(err, errlen, "%s: %s.%s: expected true or false, got \"%s\"", source,
                     r->section, r->key, value);
            return false;
        }
        return true;
    }
    return false;
}

/* The environment variable of a setting, CAUSERIE_<SECTION>_<KEY> in upper
 * case, into out (ENV_NAME_MAX bytes: enough for the section and key
 * libinih and ini_read take, 63 bytes each). */
#define ENV_NAME_MAX 160
static void env_name(char out[ENV_NAME_MAX], const char *section, const char *key)
{
    snprintf(out, ENV_NAME_MAX, "CAUSERIE_%s_%s", section, key);
    for (char *p = out; *p; p++)
        *p = (char)toupper((unsigned char)*p);
}

typedef struct ini_ctx {
    util_config *c;
    const char *file;
    char *err;
    size_t errlen;
    bool failed;
} ini_ctx;

static int on_ini(void *user, const char *section, const char *key, const char *value)
{
    ini_ctx *x = user;
    if (x->failed)
        return 0;
    for (size_t i = 0; i < UTIL_ARRAY_LEN(rows); i++) {
        if (strcmp(rows[i].section, section) == 0 && strcmp(rows[i].key, key) == 0) {
            if (!set_value(x->c, &rows[i], value, x->file, x->err, x->errlen)) {
                x->failed = true;
                return 0;
            }
            return 1;
        }
    }
    snprintf(x->err, x->errlen, "%s: unknown setting %s.%s", x->file, section, key);
    x->failed = true;
    return 0;
}

/* The configuration file as inih reads it, at most MAX_CONFIG_BYTES: a
 * device or a pipe that never ends (--config /dev/zero) would be read
 * forever. */
#define MAX_CONFIG_BYTES (1 << 20)

typedef struct ini_in {
    FILE *f;
    size_t n;
    bool big;
    int line;       /* lines read so far */
    int long_line;  /* the first line longer than libinih takes, 0: none */
    int max;        /* the longest line it takes, bytes before the newline */
    char section[64], key[64]; /* the section read last; the long line's key */
} ini_in;

/* The first word of s up to `stop` (white space trimmed) into out. */
static void ini_word(const char *s, const char *stop, char *out, size_t n)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t k = strcspn(s, stop);
    while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
        k--;
    snprintf(out, n, "%.*s", (int)k, s);
}

/* libinih (Debian's build) reads a line into a buffer of `num` bytes and
 * takes the rest of a longer one for the next line: a long site.origins
 * was refused as "unknown setting site..example,https", a long value
 * before a section as a syntax error two lines further on.  Such a line
 * ends the reading here, and is named as too long. */
static char *ini_read(char *str, int num, void *stream)
{
    ini_in *in = stream;
    if (in->n > MAX_CONFIG_BYTES) {
        in->big = true;
        return NULL;
    }
    if (in->long_line)
        return NULL;
    char *r = fgets(str, num, in->f);
    if (r) {
        /* a full buffer without its newline (or cut short by a NUL byte)
         * counts as full */
        size_t k = strlen(r);
        bool whole = k && r[k - 1] == '\n';
        in->n += whole ? k : (size_t)(num > 1 ? num - 1 : 1);
        in->line++;
        in->max = num > 1 ? num - 1 : 0;
        const char *t = r + strspn(r, " \t");
        if (*t == '[')
            ini_word(t + 1, "]\r\n", in->section, sizeof in->section);
        if (!whole && k + 1 == (size_t)num) {
            int c = getc(in->f);
            if (c == '\r') { /* the line's CRLF: take the '\r' as its end */
                int d = getc(in->f);
                if (d != '\n' && d != EOF)
                    ungetc(d, in->f);
                c = '\n';
            }
            if (c != '\n' && c != EOF) {
                in->long_line = in->line;
                ini_word(r, "=:", in->key, sizeof in->key);
                return NULL;
            }
        }
    }
    return r;
}

/* A variable CAUSERIE_<SECTION>_<KEY> of a section we have whose key is
 * none of ours: a typo (CAUSERIE_STORE_URI, CAUSERIE_LIMITS_POST_PER_MINUTE)
 * that would leave the default in effect in silence, as an unknown key in
 * the file would; it is refused the same way.  Other CAUSERIE_ variables
 * (the tests' CAUSERIE_TEST_*, CAUSERIE_BIN) are not settings. */
static bool unknown_variables(char *err, size_t errlen)
{
    extern char **environ;
    for (char **e = environ; e && *e; e++) {
        if (strncmp(*e, "CAUSERIE_", 9) != 0)
            continue;
        const char *name = *e + 9;
        size_t n = strcspn(name, "=");
        bool section = false, known = false;
        for (size_t i = 0; i < UTIL_ARRAY_LEN(rows) && !known; i++) {
            size_t sl = strlen(rows[i].section);
            if (n <= sl || name[sl] != '_' || strncasecmp(name, rows[i].section, sl) != 0)
                continue;
            section = true;
            /* read with getenv in upper case only: "CAUSERIE_server_listen"
             * is not read, so it is not known either */
            char var[ENV_NAME_MAX];
            env_name(var, rows[i].section, rows[i].key);
            known = strlen(var) == 9 + n && strncmp(*e, var, 9 + n) == 0;
        }
        if (section && !known) {
            snprintf(err, errlen, "CAUSERIE_%.*s: unknown setting (the variables are "
                     "CAUSERIE_<SECTION>_<KEY> in upper case, of the settings causerie config "
                     "lists)", (int)n, name);
            return false;
        }
    }
    return true;
}

bool util_config_load(util_config *c, const char *file, char *err, size_t errlen)
{
    memset(c, 0, sizeof *c);
    for (size_t i = 0; i < UTIL_ARRAY_LEN(rows); i++)
        if (!set_value(c, &rows[i], rows[i].def, "default", err, errlen))
            return false;
    if (file) {
        ini_ctx x = {c, file, err, errlen, false};
        /* ini_parse would take a directory, or a file that fails while it
         * is read, for an empty file (fgets reads nothing, no error): the
         * defaults would then apply in silence */
        FILE *f = fopen(file, "r");
        if (!f) {
            snprintf(err, errlen, "%s: cannot read the configuration file: %s", file,
                     strerror(errno));
            return false;
        }
        ini_in in = {.f = f};
        int rc = ini_parse_stream(ini_read, &in, on_ini, &x);
        int read_errno = ferror(f) ? (errno ? errno : EIO) : 0;
        fclose(f);
        if (in.big) {
            snprintf(err, errlen, "%s: larger than %d bytes: not a configuration file", file,
                     MAX_CONFIG_BYTES);
            return false;
        }
        if (x.failed)
            return false;
        if (in.long_line) {
            char var[ENV_NAME_MAX];
            env_name(var, in.section, in.key);
            snprintf(err, errlen,
                     "%s: line %d (%s.%s): longer than %d bytes, which the INI reader cannot "
                     "take; give that setting in the environment variable %s",
                     file, in.long_line, in.section, in.key, in.max, var);
            return false;
        }
        if (read_errno) {
            snprintf(err, errlen, "%s: cannot read the configuration file: %s", file,
                     strerror(read_errno));
            return false;
        }
        if (rc < 0) {
            snprintf(err, errlen, "%s: cannot read the configuration file", file);
            return false;
        }
        if (rc > 0) {
            snprintf(err, errlen, "%s: line %d: syntax error", file, rc);
            return false;
        }
    }
    for (size_t i = 0; i < UTIL_ARRAY_LEN(rows); i++) {
        char name[ENV_NAME_MAX];
        env_name(name, rows[i].section, rows[i].key);
        const char *v = getenv(name);
        if (v && !set_value(c, &rows[i], v, name, err, errlen))
            return false;
    }
    if (!unknown_variables(err, errlen))
        return false;
    if (!c->public_url[0]) {
        free(c->public_url);
        size_t n = strlen(c->listen) + 8;
        c->public_url = xmalloc(n);
        snprintf(c->public_url, n, "http://%s", c->listen);
    }
    size_t n = strlen(c->public_url);
    while (n > 0 && c->public_url[n - 1] == '/')
        c->public_url[--n] = '\0';
    return true;
}

void util_config_free(util_config *c)
{
    for (size_t i = 0; i < UTIL_ARRAY_LEN(rows); i++)
        if (rows[i].type == T_STR) {
            char **f = (char **)((char *)c + rows[i].offset);
            free(*f);
            *f = NULL;
        }
}

/* v with the password of a URL masked: "scheme://user:***@host/…", and a
 * libpq "password=…" parameter "password=***" (store.url, smtp.url). */
static void put_masked_url(util_buf *out, const char *v)
{
    const char *auth = strstr(v, "://");
    const char *at = NULL, *colon = NULL;
    if (auth) {
        auth += 3;
        size_t n = strcspn(auth, "/?#");
        for (const char *p = auth; p < auth + n; p++)
            if (*p == '@') at = p;  /* the last '@' before the path ends the user info */
        colon = at ? memchr(auth, ':', (size_t)(at - auth)) : NULL;
    }
    const char *p = v;
    if (colon) {
        util_buf_append(out, p, (size_t)(colon + 1 - p));
        util_buf_puts(out, "***");
        p = at;
    }
    for (const char *q; (q = strstr(p, "password="));) {
        bool param = q == v || q[-1] == '?' || q[-1] == '&';
        util_buf_append(out, p, (size_t)(q + 9 - p));
        p = q + 9;
        if (param) {
            util_buf_puts(out, "***");
            p += strcspn(p, "&#");
        }
    }
    util_buf_puts(out, p);
}

void util_config_dump(const util_config *c, util_buf *out)
{
    const char *section = "";
    for (size_t i = 0; i < UTIL_ARRAY_LEN(rows); i++) {
        const cfg_row *r = &rows[i];
        if (strcmp(section, r->section) != 0) {
            util_buf_printf(out, "%s[%s]\n", i ? "\n" : "", r->section);
            section = r->section;
        }
        const void *f = (const char *)c + r->offset;
        switch (r->type) {
        case T_STR: {
            const char *v = *(char *const *)f;
            if (!r->secret && v && strcmp(r->key, "webhook_url") == 0 && strstr(v, "://")) {
                /* a webhook's path or query is often its credential
                 * (https://hooks.example/services/T0/B0/secret): the host alone */
                const char *host = strstr(v, "://") + 3;
                size_t n = (size_t)(host - v) + strcspn(host, "/?#");
                util_buf_printf(out, "%s = %.*s%s\n", r->key, (int)n, v, v[n] ? "/***" : "");
            } else if (!r->secret && v && strstr(v, "://")) { /* a URL may carry a password */
                util_buf_printf(out, "%s = ", r->key);
                put_masked_url(out, v);
                util_buf_putc(out, '\n');
            } else {
                util_buf_printf(out, "%s = %s\n", r->key, r->secret && v && *v ? "***" : v);
            }
            break;
        }
        case T_INT:
            util_buf_printf(out, "%s = %d\n", r->key, *(const int *)f);
            break;
        case T_BOOL:
            util_buf_printf(out, "%s = %s\n", r->key, *(const bool *)f ? "true" : "false");
            break;
        }
    }
}
