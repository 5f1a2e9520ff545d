/* util — the small things every module needs: memory (xmalloc, arenas,
 * growable buffers), logging, time, configuration, UTF-8 checks and the
 * query-string parser.
 *
 * Ownership: anything allocated from a util_arena belongs to the arena and is
 * freed with it; a NULL arena means plain malloc (the caller frees).  Out of
 * memory aborts in xmalloc: callers never check for NULL from these helpers.
 * util depends on libc only. */
#ifndef CAUSERIE_UTIL_H
#define CAUSERIE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTIL_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define UTIL_PRINTF(f, a) __attribute__((format(printf, f, a)))

/* ---- memory ------------------------------------------------------------ */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

typedef struct util_arena util_arena;
util_arena *util_arena_new(void);
void util_arena_free(util_arena *a);                 /* NULL is a no-op */
void *util_arena_alloc(util_arena *a, size_t n);     /* zeroed, 16-aligned */
void *util_arena_alloc_raw(util_arena *a, size_t n); /* the same, not zeroed */
char *util_arena_strdup(util_arena *a, const char *s);       /* NULL -> NULL */
char *util_arena_strndup(util_arena *a, const char *s, size_t n);
char *util_arena_printf(util_arena *a, const char *fmt, ...) UTIL_PRINTF(2, 3);
size_t util_arena_used(const util_arena *a);

/* Growable byte buffer, always NUL-terminated.  Zero-initialise to start;
 * util_buf_free releases the heap memory. */
typedef struct util_buf {
    char *data;
    size_t len, cap;
} util_buf;
void util_buf_reserve(util_buf *b, size_t extra);
void util_buf_append(util_buf *b, const void *p, size_t n);
void util_buf_puts(util_buf *b, const char *s);
void util_buf_putc(util_buf *b, char c);
void util_buf_printf(util_buf *b, const char *fmt, ...) UTIL_PRINTF(2, 3);
void util_buf_vprintf(util_buf *b, const char *fmt, va_list ap);
char *util_buf_steal(util_buf *b);                   /* caller frees */
void util_buf_free(util_buf *b);

/* ---- logging ----------------------------------------------------------- */
enum { UTIL_LOG_DEBUG, UTIL_LOG_INFO, UTIL_LOG_WARN, UTIL_LOG_ERROR };
void util_log_set_level(int level);
int util_log_level_parse(const char *s);             /* -1 if unknown */
void util_log(int level, const char *fmt, ...) UTIL_PRINTF(2, 3);
#define LOG_DEBUG(...) util_log(UTIL_LOG_DEBUG, __VA_ARGS__)
#define LOG_INFO(...)  util_log(UTIL_LOG_INFO, __VA_ARGS__)
#define LOG_WARN(...)  util_log(UTIL_LOG_WARN, __VA_ARGS__)
#define LOG_ERROR(...) util_log(UTIL_LOG_ERROR, __VA_ARGS__)

/* ---- time -------------------------------------------------------------- */
int64_t util_now_ms(void);                           /* wall clock, UTC */
int64_t util_mono_us(void);                          /* monotonic */
/* RFC 3339 UTC with seconds, e.g. 2026-11-26T10:00:00Z.  out >= 32 bytes. */
void util_time_rfc3339(int64_t ms, char out[32]);
/* RFC 5322 date for mail headers and HTTP dates. out >= 40 bytes */
void util_time_rfc5322(int64_t ms, char out[40]);
/* Parses "YYYY-MM-DDTHH:MM:SS[.fff]Z"; false on error. */
bool util_time_parse_rfc3339(const char *s, int64_t *ms);

/* ---- text -------------------------------------------------------------- */
/* True when s[0..n) is well-formed UTF-8 (no overlongs, no surrogates). */
bool util_utf8_valid(const char *s, size_t n);
/* Number of code points in well-formed UTF-8. */
size_t util_utf8_len(const char *s, size_t n);
/* What util_utf8_scrub does besides replacing bad bytes. */
typedef enum util_utf8_scrub_mode {
    UTIL_UTF8_SCRUB_BYTES,  /* nothing: every well-formed code point stays */
    UTIL_UTF8_SCRUB_LINE,   /* C0 controls (CR, LF and TAB too), DEL, C1 controls,
                               U+2028, U+2029 and U+FEFF become a space */
    UTIL_UTF8_SCRUB_TEXT,   /* as LINE, but LF and TAB stay, CR LF becomes LF
                               and a lone CR becomes LF */
} util_utf8_scrub_mode;
/* Appends s[0..n) to out as well-formed UTF-8: each byte that does not
 * start a well-formed sequence (util_utf8_valid) is replaced by bad (e.g.
 * "?" or U+FFFD) and the next byte tried; then as mode says. */
void util_utf8_scrub(util_buf *out, const char *s, size_t n, const char *bad,
                     util_utf8_scrub_mode mode);
/* Reads back in place the escapes of a line of our TSV data files: \n,
 * \t and \\ (a backslash before any other byte is dropped). */
void util_tsv_unescape(char *s);
/* Trims ASCII and Unicode white space at both ends; returns a view. */
const char *util_trim(const char *s, size_t n, size_t *out_len);
/* An id as readers and operators write it: decimal digits only (no sign,
 * no space), at least 1, within int64_t.  False leaves *out alone. */
bool util_parse_id(const char *s, int64_t *out);
bool util_str_eq_nocase(const char *a, const char *b);
/* Base64url without padding, and hex. Output NUL-terminated, arena-owned. */
char *util_b64url_encode(util_arena *a, const void *p, size_t n);
/* Decodes into arena memory; returns NULL on malformed input. */
unsigned char *util_b64url_decode(util_arena *a, const char *s, size_t *out_len);
char *util_hex_encode(util_arena *a, const void *p, size_t n);
/* Percent-encodes everything but RFC 3986 unreserved characters and '/'. */
char *util_url_encode(util_arena *a, const char *s);

/* ---- query strings (application/x-www-form-urlencoded) ----------------- */
/* Parsed pairs, in order; repeated keys are kept.  Keys and values are
 * percent-decoded ("+" is a space) and NUL-terminated in the arena.  A pair
 * whose decoding is not valid UTF-8, or holds a NUL byte, makes the parse fail
 * (returns false) so callers answer 400.  Parsing never reads past n. */
typedef struct util_kv {
    const char *key, *value;
    size_t value_len;
} util_kv;
typedef struct util_query {
    util_kv *items;
    size_t n;
} util_query;
bool util_query_parse(util_arena *a, const char *s, size_t n, util_query *out);
/* multipart/form-data body [body, body + len) with the Content-Type's
 * boundary [bnd, bnd + blen): the parts' names and values (parts with a
 * filename skipped); false when it is not one, or a name or value is not
 * UTF-8 without NUL.  Arena memory. */
bool util_multipart_parse(util_arena *a, const char *body, size_t len, const char *bnd,
                          size_t blen, util_query *out);
const char *util_query_get(const util_query *q, const char *key); /* first or NULL */
size_t util_query_count(const util_query *q, const char *key);

/* ---- configuration ----------------------------------------------------- */
/* Every setting is one row of the table in config.c: section, key, type,
 * default, where it lands in util_config.  Sources, later wins: defaults,
 * the INI file (--config), environment variables CAUSERIE_<SECTION>_<KEY>.
 * Strings are owned by the config. */
typedef struct util_config {
    /* [server] */
    char *listen;              /* host:port */
    char *public_url;          /* http://127.0.0.1:8080 */
    int threads;               /* MHD thread pool size, 0 = cores */
    char *default_site;
    int edit_window;           /* seconds */
    int body_limit;            /* bytes */
    int policy_body_limit;     /* bytes, PUT /api/v1/admin/policy */
    bool trust_proxy;          /* use X-Forwarded-For */
    char *trusted_proxies;     /* "" = from any peer; else only from these */
    char *secret;              /* keys IP hashes, tokens; "" = from store */
    char *log_level;
    int shutdown_grace;        /* seconds to finish requests in flight */
    /* [store] */
    char *store_url;
    /* [limits] */
    int posts_per_minute;      /* per IP, 0 = no limit */
    int votes_per_minute;
    int max_connections;
    /* [site] */
    char *site_name;
    char *site_lang;
    char *site_origins;        /* comma-separated allowed CORS origins */
    /* [moderation] */
    int report_threshold;
    char *policy_file;
    bool moderation_enabled;   /* false: every comment published (benchmarks) */
    int min_post_ms;           /* sooner after page load is a bot; 0 = no check */
    char *train_file;          /* spam seed TSV; "" = the embedded one */
    /* [smtp] */
    char *smtp_url, *smtp_from, *smtp_user, *smtp_password;
    char *smtp_starttls;       /* try | required | never (smtp:// URLs) */
    /* [notify] */
    bool notify_worker;        /* run the outbox worker on this node */
    int notify_poll_ms;        /* how often the worker looks at the outbox */
    int notify_send_timeout;   /* seconds for one SMTP or webhook call */
    int notify_retry_base;     /* seconds before the 2nd attempt, doubling */
    int notify_retry_max;      /* seconds, the longest wait between attempts */
    int notify_give_up_hours;  /* after this long a row fails (0 = at once) */
    int notify_confirm_per_hour; /* confirmation/manage mails per address */
    char *notify_editor_email; /* "" = editors get no mail */
    char *notify_editor_mode;  /* each | digest | none */
    int notify_digest_minutes;
    char *notify_webhook_url, *notify_webhook_secret;
    /* [privacy] */
    int retention_days;
    char *privacy_contact;     /* whom readers write to about their data */
} util_config;

/* Loads defaults, then file (may be NULL), then the environment.  On error
 * returns false and writes a message naming the key into err. */
bool util_config_load(util_config *c, const char *file, char *err, size_t errlen);
void util_config_free(util_config *c);
/* Writes "section.key = value" lines (secrets masked) for --print-config. */
void util_config_dump(const util_config *c, util_buf *out);
/* A whole file, NUL-terminated (malloc'd; caller frees; "" for an empty
 * file), its length in *len; NULL and a message naming the file in err when
 * it cannot be opened or read, or holds more than max_bytes. */
char *util_read_file(const char *path, size_t max_bytes, size_t *len, char *err, size_t errlen);
/* Replaces the file at path with the len bytes at data, whole or not at
 * all: they are written to "<path>.tmp<pid>" beside it, flushed to the
 * disk (fsync), and that file is renamed over path.  On failure returns
 * false with errno set, the temporary file removed and path left as it
 * was; err gets "<file>: <reason>", file being the temporary file when it
 * could not be created, else path. */
bool util_write_file(const char *path, const void *data, size_t len, char *err, size_t errlen);

/* The absolute URL of a thread's page, for links in mails and feeds: a
 * path on server.public_url, or the uri itself when it is an absolute
 * http(s) URL whose origin is one of site.origins; any other absolute uri
 * (a thread can be keyed by any text a client sends) gives public_url's
 * root, so that a mail or a feed from the site never links elsewhere. */
const char *util_page_url(util_arena *a, const util_config *c, const char *uri);
/* The link to comment id on its page: util_page_url without the page's own
 * fragment, then "#causerie-comment-<id>" (the widget's anchor). */
const char *util_comment_url(util_arena *a, const util_config *c, const char *uri, long long id);
/* Length of the origin ("scheme://host[:port]") of an absolute http or https
 * URL (scheme in any case), 0 if url is not one. */
size_t util_url_origin_len(const char *url);
/* Whether the n-byte origin ("https://host[:port]") is one of the
 * comma-separated origins (site.origins: spaces and a trailing '/' around
 * each ignored, compared without case; "*" lists every origin). */
/* The next entry of a comma-separated list of origins at *p (*p moved past
 * it): its start, and in *len its length without spaces and trailing '/'
 * (0 for an entry of '/' alone); NULL at the end of the list. */
const char *util_origin_next(const char **p, size_t *len);
bool util_origin_listed(const char *origins, const char *origin, size_t n);

/* ---- IP addresses and CIDR blocks (ipnet.c) ---- */
/* An address or a block, IPv4 held as the mapped IPv6 address
 * ::ffff:a.b.c.d with prefix + 96 (so a mapped peer matches an IPv4
 * block). */
typedef struct util_ipnet {
    uint8_t addr[16];
    unsigned prefix;    /* 0..128 */
} util_ipnet;
/* The address [s, s + n) ("a.b.c.d" or IPv6 text, nothing around it) into
 * out (IPv4 mapped); its family, AF_INET or AF_INET6, in *family (may be
 * NULL).  False, out undefined, when it is not one. */
bool util_ip_parse(const char *s, size_t n, uint8_t out[16], int *family);
/* A list of addresses and blocks ("10.0.0.0/8, ::1 192.0.2.7"), separated
 * by commas, spaces or tabs: false when an entry is not one.  On success
 * the entries in *out (malloc'd, the caller frees; NULL for none) and their
 * number in *n; out and n may be NULL to only check the list. */
bool util_ipnets_parse(const char *s, util_ipnet **out, size_t *n);
/* Whether addr (16 bytes, IPv4 mapped) is in one of the n blocks. */
bool util_ipnets_match(const util_ipnet *nets, size_t n, const uint8_t addr[16]);

/* ---- shared libraries opened at run time (dl.c) ---- */
typedef struct util_dl_sym {
    void **slot;        /* where the function's address goes */
    const char *name;   /* its symbol */
} util_dl_sym;
/* dlopen(soname), then every symbol into its slot: all of them, or none
 * and false with the reason in err. */
bool util_dl_load(const char *soname, const util_dl_sym *syms, size_t n, char *err,
                  size_t errlen);

/* ---- resident pages of libraries the process does not run (pages.c) ---- */
/* Gives back (madvise MADV_DONTNEED) the resident pages of the read-only,
 * unmodified mappings of every mapped library whose file name starts with
 * one of the n prefixes ("libgnutls.so"): they come back from the page
 * cache if the library runs again.  Returns the bytes of the mappings
 * given back (0 when /proc/self/smaps cannot be read). */
size_t util_release_library_pages(const char *const *prefixes, size_t n);

#endif
