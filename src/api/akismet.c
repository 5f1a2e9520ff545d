/* akismet — the Akismet-compatible spam service (API 1.1), so that blogs and
 * client libraries written for Akismet can use Causerie's filter instead,
 * without their comments leaving the site's own machine:
 *   POST /1.1/verify-key      key, blog                    -> valid | invalid
 *   POST /1.1/comment-check   api_key, blog, user_ip, …    -> true | false
 *   POST /1.1/submit-spam     the same fields              -> Thanks for …
 *   POST /1.1/submit-ham      the same fields              -> Thanks for …
 *
 * How it works: the form body is parsed whatever the Content-Type says
 * (clients send "charset=utf-8" alone; a body sent gzip or deflate, as its
 * Content-Encoding and its first bytes say, is inflated first, by
 * http_inflate as a JSON body is),
 * '&'-separated as PHP reads it (a '%' that starts no escape is itself),
 * or as multipart/form-data when the Content-Type says so; in
 * windows-1252 when blog_charset or the charset says ISO-8859-1 (a Latin-1
 * blog's form) and its bytes are not UTF-8 (Node clients send UTF-8
 * whatever label they are given), else in UTF-8.  The key comes from the
 * api_key or key field, else from the first label of the Host header, as
 * Akismet's own clients put it (KEY.rest.akismet.com, here KEY.<anything>);
 * keys are 32 characters [a-z0-9] and only their hash is in the store,
 * looked up on every request, so a key added from the command line works at
 * once.
 * comment-check runs the moderation engine on the fields (spam = the
 * engine's spam or discard, or a spam probability at the engine's cut-off
 * when the editorial policy decided first) and answers the Akismet way,
 * with "X-akismet-pro-tip: discard" for blatant spam, and "false" for
 * user_role=administrator as Akismet does; submit-spam and
 * submit-ham teach the classifier.  Each check and each submission is a
 * decisions row (actor "akismet:KEYNAME"), except with is_test, which has
 * no side effect at all.
 *
 * Must never: answer anything but the Akismet words to a well-formed
 * request, learn from a test request, accept a revoked key, or answer a
 * check (or learn a submission) whose audit row the store did not take. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "api/api_int.h"

#define KEY_LEN 32
#define SPAM_CUTOFF 0.90      /* mod_config_defaults: spam_cutoff */
#define BLATANT_CUTOFF 0.995  /* and blatant_cutoff */
#define THANKS "Thanks for making the web a better place."

static void send_text(http_req *req, const char *text)
{
    http_add_header(req, "Cache-Control", "no-store");
    http_send(req, 200, "text/plain; charset=utf-8", text, strlen(text));
}

static void missing(http_req *req, const char *field)
{
    const char *msg = util_arena_printf(req->arena, "Missing required field: %s.", field);
    http_add_header(req, "X-akismet-debug-help", msg);
    send_text(req, msg);
}

static void invalid(http_req *req, const char *help)
{
    http_add_header(req, "X-akismet-debug-help", help);
    send_text(req, "invalid");
}

/* An error the Akismet way: the message as the body and in both of its
 * headers. */
static void akismet_error(http_req *req, int status, const char *msg)
{
    http_add_header(req, "X-akismet-error", msg);
    http_add_header(req, "X-akismet-debug-help", msg);
    http_send(req, status, "text/plain; charset=utf-8", msg, strlen(msg));
}

void api__akismet_error(http_req *req, int status, const char *code, const char *msg)
{
    /* "the body is larger than …" as Akismet words it: "The body is larger
     * than ….", in the body and both headers (an Akismet client reads
     * those, never a JSON error) */
    char *m = util_arena_printf(req->arena, "%s%s", msg,
                                *msg && msg[strlen(msg) - 1] == '.' ? "" : ".");
    m[0] = (char)toupper((unsigned char)m[0]);
    if (status == 405) {
        /* a wrong method is HTTP's matter, not an Akismet request (no
         * client sends one): the JSON error API.md gives every 405, with
         * the Akismet headers for a client that reads only those */
        http_add_header(req, "X-akismet-error", m);
        http_add_header(req, "X-akismet-debug-help", m);
        http_error_json(req, status, code, NULL, msg);
        return;
    }
    akismet_error(req, status, m);
}

/* The database is down or failed: 503 the Akismet way, so that the
 * client (which reads X-akismet-error, not a JSON body) sends it again. */
static void unavailable(http_req *req, const char *msg)
{
    atomic_fetch_add(&api__app(req)->store_errors, 1);
    http_add_header(req, "Retry-After", "2");
    http_add_header(req, "Cache-Control", "no-store");
    akismet_error(req, 503, msg);
}

/* The calling thread's store, or NULL after answering 503 (unavailable). */
static store *akismet_store(http_req *req)
{
    store *s = store_pool_get(api__app(req)->pool);
    if (!s) unavailable(req, "The database is unavailable; send the request again.");
    return s;
}

/* The boundary of a multipart/form-data Content-Type, or NULL. */
static const char *multipart_boundary(http_req *req, size_t *len)
{
    const char *ct = http_header(req, "Content-Type");
    if (!ct || strncasecmp(ct, "multipart/form-data", 19) != 0)
        return NULL;
    const char *b = strcasestr(ct, "boundary=");
    if (!b)
        return NULL;
    b += 9;
    if (*b == '"') {
        b++;
        *len = strcspn(b, "\"");
    } else {
        *len = strcspn(b, "; \t");
    }
    return *len >= 1 && *len <= 70 ? b : NULL;
}

/* Windows-1252 bytes 0x80-0x9f as code points (the five it leaves
 * undefined keep their C1 value, as WHATWG's decoder does); 0xa0-0xff are
 * the same code points in Latin-1.  Browsers, and so the PHP sites whose
 * forms they post, send windows-1252 for "ISO-8859-1" and "US-ASCII"
 * (WHATWG Encoding: those labels name windows-1252).  A table rather than
 * iconv: glibc's WINDOWS-1252 refuses those five bytes (EILSEQ) where a
 * browser passes them through, and the form is transcoded before it is
 * split, escapes included, which iconv does not read. */
static const unsigned short cp1252_c1[32] = {
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
    0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
    0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
};

static bool latin1_name(const char *v, size_t n)
{
    static const char *const names[] = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
                                        "latin-1", "l1", "windows-1252", "cp1252",
                                        "us-ascii", "ascii"};
    while (n && (*v == ' ' || *v == '"'))
        v++, n--;
    while (n && (v[n - 1] == ' ' || v[n - 1] == '"' || v[n - 1] == '\r' || v[n - 1] == '\n'))
        n--;
    for (size_t i = 0; i < UTIL_ARRAY_LEN(names); i++)
        if (strlen(names[i]) == n && strncasecmp(v, names[i], n) == 0)
            return true;
    return false;
}

/* Whether the client says its form is in Latin-1 / windows-1252: the
 * Content-Type's charset, or Akismet's blog_charset field (looked for in
 * the raw body: the body cannot be parsed before it is decoded). */
static bool latin1_form(http_req *req, const char *b, size_t n, bool multipart)
{
    const char *ct = http_header(req, "Content-Type");
    const char *cs = ct ? strcasestr(ct, "charset=") : NULL;
    if (cs && latin1_name(cs + 8, strcspn(cs + 8, ";")))
        return true;
    static const char form_key[] = "blog_charset=", part_key[] = "name=\"blog_charset\"";
    const char *key = multipart ? part_key : form_key;
    size_t klen = strlen(key);
    for (const char *p = b; (p = memmem(p, n - (size_t)(p - b), key, klen)) != NULL; p++) {
        const char *v = p + klen;
        if (!multipart) {
            if (p != b && p[-1] != '&' && p[-1] != ';')
                continue;
            size_t len = 0;
            while (v + len < b + n && v[len] != '&' && v[len] != ';')
                len++;
            return latin1_name(v, len);
        }
        const char *blank = memmem(v, n - (size_t)(v - b), "\r\n\r\n", 4);
        if (!blank)
            return false;
        v = blank + 4;
        const char *eol = memmem(v, n - (size_t)(v - b), "\r\n", 2);
        return eol && latin1_name(v, (size_t)(eol - v));
    }
    return false;
}

/* Appends code point cp (< 0x800) as UTF-8, percent-encoded or raw. */
static char *put_utf8(char *w, unsigned cp, bool percent)
{
    static const char hex[] = "0123456789ABCDEF";
    unsigned char u[3];
    size_t k;
    if (cp < 0x80)
        u[0] = (unsigned char)cp, k = 1;
    else if (cp < 0x800)
        u[0] = (unsigned char)(0xc0 | cp >> 6), u[1] = (unsigned char)(0x80 | (cp & 0x3f)), k = 2;
    else
        u[0] = (unsigned char)(0xe0 | cp >> 12), u[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3f)),
        u[2] = (unsigned char)(0x80 | (cp & 0x3f)), k = 3;
    for (size_t i = 0; i < k; i++) {
        if (percent) {
            *w++ = '%';
            *w++ = hex[u[i] >> 4];
            *w++ = hex[u[i] & 15];
        } else {
            *w++ = (char)u[i];
        }
    }
    return w;
}

static unsigned latin1_cp(unsigned char c)
{
    return c >= 0x80 && c < 0xa0 ? cp1252_c1[c - 0x80] : c;
}

static int hex_value(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* Whether the form's bytes, its %XX escapes decoded (multipart: as they
 * are), hold text beyond ASCII that is valid UTF-8.  A form labelled
 * Latin-1 whose bytes read so is UTF-8 all the same: the npm clients
 * (akismet's charSet, akismet-api's charset option) send the label they
 * are given with the UTF-8 that JavaScript strings always encode to, and
 * Latin-1 text that happens to be valid UTF-8 ("Ã©") is all but unknown
 * in comments (WordPress's seems_utf8 makes the same bet). */
static bool utf8_beyond_ascii(util_arena *a, const char *b, size_t n, bool multipart)
{
    char *d = util_arena_alloc_raw(a, n + 1);
    size_t k = 0;
    bool high = false;
    for (size_t i = 0; i < n; i++) {
        int hi = !multipart && b[i] == '%' && i + 2 < n ? hex_value(b[i + 1]) : -1;
        int lo = hi >= 0 ? hex_value(b[i + 2]) : -1;
        unsigned char c = (unsigned char)b[i];
        if (lo >= 0) {
            c = (unsigned char)(hi << 4 | lo);
            i += 2;
        }
        high |= c >= 0x80;
        d[k++] = (char)c;
    }
    return high && util_utf8_valid(d, k);
}

/* The form fields; answers 400 when the body cannot be read as one.  Read
 * as PHP (and so Akismet) reads a form: only '&' separates fields (Akismet
 * clients sending with curl -d leave a ';' of the comment unencoded), a '%'
 * that starts no escape is itself ("100%"), and a form that says it is in
 * ISO-8859-1 / windows-1252 (blog_charset, or the Content-Type's charset)
 * is decoded so.  multipart/form-data is read too. */
/* A body its Content-Encoding says is gzip (or deflate) and whose first
 * bytes say so too, inflated (http_inflate) into the request's arena (*b,
 * *n), up to server.body_limit once inflated, as a plain body is held to
 * it.  A body that only claims it (clients label their forms oddly) is
 * read as it is.  False, answered the Akismet way, when it is larger or
 * does not inflate. */
static bool inflate_body(http_req *req, const char **b, size_t *n)
{
    const char *ce = http_header(req, "Content-Encoding");
    const unsigned char *u = (const unsigned char *)*b;
    if (!ce || *n < 2)
        return true;
    bool gzip = (strcasecmp(ce, "gzip") == 0 || strcasecmp(ce, "x-gzip") == 0) && u[0] == 0x1f &&
                u[1] == 0x8b;
    bool zlib = strcasecmp(ce, "deflate") == 0 && (u[0] & 0x0f) == 8 && (u[0] << 8 | u[1]) % 31 == 0;
    if (!gzip && !zlib)
        return true;
    size_t max = (size_t)api__app(req)->cfg->body_limit;
    util_buf out;
    http_inflate_status st = http_inflate(u, *n, max, &out);
    if (st == HTTP_INFLATE_TOO_LARGE) {
        akismet_error(req, 413, util_arena_printf(req->arena, "The body is larger than %zu bytes "
                                                              "once inflated.", max));
        return false;
    }
    if (st != HTTP_INFLATE_OK) {
        akismet_error(req, 400, util_arena_printf(req->arena, "The request body is not valid %s "
                                                              "(Content-Encoding: %s).",
                                                  gzip ? "gzip" : "deflate", ce));
        return false;
    }
    *b = util_arena_strndup(req->arena, out.data, out.len);
    *n = out.len;
    util_buf_free(&out);
    return true;
}

static bool read_form(http_req *req, util_query *q)
{
    const char *b = req->body.data ? req->body.data : "";
    size_t n = req->body.len, blen;
    if (!inflate_body(req, &b, &n))
        return false;
    const char *bnd = multipart_boundary(req, &blen);
    bool latin1 = latin1_form(req, b, n, bnd != NULL) &&
                  !utf8_beyond_ascii(req->arena, b, n, bnd != NULL);
    /* every byte becomes at most 9: "%80" -> "%E2%82%AC" */
    char *c = util_arena_alloc_raw(req->arena, 3 * n + 1), *w = c;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)b[i];
        int hi = ch == '%' && i + 2 < n ? hex_value(b[i + 1]) : -1;
        int lo = hi >= 0 ? hex_value(b[i + 2]) : -1;
        if (bnd) {
            if (latin1 && ch >= 0x80)
                w = put_utf8(w, latin1_cp(ch), false);
            else
                *w++ = (char)ch;
        } else if (ch == ';') {
            memcpy(w, "%3B", 3);
            w += 3;
        } else if (ch == '%' && lo < 0) {
            memcpy(w, "%25", 3);
            w += 3;
        } else if (ch == '%' && latin1 && hi >= 8) {
            w = put_utf8(w, latin1_cp((unsigned char)(hi << 4 | lo)), true);
            i += 2;
        } else if (latin1 && ch >= 0x80) {
            w = put_utf8(w, latin1_cp(ch), true);
        } else {
            *w++ = (char)ch;
        }
    }
    *w = '\0';
    if (bnd ? !util_multipart_parse(req->arena, c, (size_t)(w - c), bnd, blen, q)
            : !util_query_parse(req->arena, c, (size_t)(w - c), q)) {
        akismet_error(req, 400, "The request body is not a form in UTF-8.");
        return false;
    }
    return true;
}

/* A field's value, NULL when absent or empty; of a field sent twice, the
 * last, as PHP (and so Akismet) reads a form. */
static const char *field(const util_query *q, const char *name)
{
    const char *v = NULL;
    for (size_t i = 0; i < q->n; i++)
        if (strcmp(q->items[i].key, name) == 0) v = q->items[i].value;
    return v && *v ? v : NULL;
}

static bool key_shaped(const char *k)
{
    if (!k || strlen(k) != KEY_LEN)
        return false;
    for (const char *p = k; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
            return false;
    return true;
}

/* The first label of the Host header, lower-cased, when it is shaped like
 * a key ("abc….127.0.0.1.nip.io:8080"). */
static const char *host_key(http_req *req)
{
    const char *host = http_header(req, "Host");
    if (!host)
        return NULL;
    size_t n = strcspn(host, ".:");
    if (n != KEY_LEN || host[n] != '.')
        return NULL;
    char *k = util_arena_strndup(req->arena, host, n);
    for (char *p = k; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return key_shaped(k) ? k : NULL;
}

/* Finds the request's key; answers (missing field, invalid, 503) unless it
 * is an active one. */
static bool check_key(http_req *req, store *s, const util_query *q, const char *field_name,
                      store_akismet_key *out)
{
    const char *key = field(q, "api_key");
    if (!key)
        key = field(q, "key");
    if (!key)
        key = host_key(req);
    if (!key) {
        missing(req, field_name);
        return false;
    }
    if (strlen(key) == KEY_LEN) { /* a key is a host-name label: any case is the same key */
        char *k = util_arena_strndup(req->arena, key, KEY_LEN);
        for (char *p = k; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        key = k;
    }
    if (!key_shaped(key)) {
        invalid(req, "This is not a valid API key (32 lower-case letters and digits).");
        return false;
    }
    store_status rc = store_akismet_key_find(s, req->arena, api__token_hash(req->arena, key), out);
    if (rc == STORE_NOTFOUND) {
        invalid(req, "We were unable to find this API key: it is unknown or was revoked.");
        return false;
    }
    if (rc != STORE_OK) {
        unavailable(req, "The database could not look the API key up; send the request again.");
        return false;
    }
    return true;
}

static bool is_test(const util_query *q)
{
    const char *t = field(q, "is_test");
    return t && strcmp(t, "0") != 0 && strcmp(t, "false") != 0;
}

/* The comment the fields describe, for the engine (arena strings). */
static void comment_of(http_req *req, const util_query *q, mod_input *in)
{
    memset(in, 0, sizeof *in);
    const char *text = field(q, "comment_content");
    in->text = text ? text : "";
    in->author = field(q, "comment_author");
    in->email = field(q, "comment_author_email");
    in->website = field(q, "comment_author_url");
    in->ip = field(q, "user_ip");
    in->user_agent = field(q, "user_agent");
    in->referrer = field(q, "referrer");
    if (!in->referrer)
        in->referrer = field(q, "referer");
    in->permalink = field(q, "permalink");
    in->ms_since_load = -1;
    /* blog_lang is "en, fr_ca": the first language, its primary subtag */
    const char *lang = field(q, "blog_lang");
    if (lang) {
        while (*lang == ' ')
            lang++;
        size_t n = strcspn(lang, " ,_-");
        if (n >= 2 && n <= 3) {
            char *l = util_arena_strndup(req->arena, lang, n);
            for (char *p = l; *p; p++)
                *p = (char)tolower((unsigned char)*p);
            in->lang = l;
        }
    }
    const char *hp = field(q, "honeypot_field_name");
    if (hp)
        in->honeypot = field(q, hp);
}

/* Common checks of the comment routes: form, key, required fields. */
static bool comment_request(http_req *req, store **s, util_query *q, store_akismet_key *key)
{
    if (!read_form(req, q))
        return false;
    if (!(*s = akismet_store(req)))
        return false;
    if (!check_key(req, *s, q, "api_key", key))
        return false;
    if (!field(q, "blog")) {
        missing(req, "blog");
        return false;
    }
    if (!field(q, "user_ip")) {
        missing(req, "user_ip");
        return false;
    }
    return true;
}

/* The audit row of a check or a submission; false (answered 503, the
 * Akismet way, so the client sends it again) when the store could not
 * write it: no check or lesson goes unaudited. */
static bool record(http_req *req, store *s, const store_akismet_key *key, const char *action,
                   const char *category, const char *detail)
{
    store_decision d = {
        .actor = util_arena_printf(req->arena, "akismet:%s", key->name),
        .action = action,
        .category = category,
        .detail = detail,
    };
    store_status rc = store_decision_add(s, &d, NULL);
    if (rc == STORE_OK)
        return true;
    LOG_WARN("akismet: could not record a decision: %s", store_strerror(rc));
    unavailable(req, "The database could not record this request; send it again.");
    return false;
}

void api__akismet_verify_key(http_req *req)
{
    util_query q;
    if (!read_form(req, &q))
        return;
    store *s = akismet_store(req);
    store_akismet_key key;
    if (!s || !check_key(req, s, &q, "key", &key))
        return;
    if (!field(&q, "blog")) {
        missing(req, "blog");
        return;
    }
    send_text(req, "valid");
}

void api__akismet_comment_check(http_req *req)
{
    api_app *app = api__app(req);
    util_query q;
    store *s;
    store_akismet_key key;
    if (!comment_request(req, &s, &q, &key))
        return;
    const char *role = field(&q, "user_role");
    if (role && strcasecmp(role, "administrator") == 0) {
        /* Akismet's rule: a site's administrator is never spam */
        if (!is_test(&q)) {
            if (!record(req, s, &key, "publish", NULL,
                        "{\"reasons\":[\"user_role administrator: never spam\"]}"))
                return;
            api__moderation_observe(app, "publish", NULL);
        }
        send_text(req, "false");
        return;
    }
    mod_input in;
    comment_of(req, &q, &in);
    mod_decision d;
    mod_status ms = api__decide(app, s, &in, req->arena, &d);
    if (ms != MOD_OK && ms != MOD_EBACKEND) {
        akismet_error(req, 500, "The spam filter could not decide.");
        return;
    }
    bool spam = d.action == MOD_SPAM || d.action == MOD_DISCARD ||
                ((d.action == MOD_REJECT || d.action == MOD_HOLD) && d.spam_prob >= SPAM_CUTOFF);
    bool discard = d.action == MOD_DISCARD ||
                   (spam && (d.spam_blatant || d.spam_prob >= BLATANT_CUTOFF));
    if (!is_test(&q)) {
        if (!record(req, s, &key, mod_action_name(d.action), d.category,
                    mod_decision_to_stored(&d, req->arena)))
            return;
        api__moderation_observe(app, mod_action_name(d.action), d.category);
    }
    if (discard)
        http_add_header(req, "X-akismet-pro-tip", "discard");
    send_text(req, spam ? "true" : "false");
}

static void submit(http_req *req, bool is_spam)
{
    api_app *app = api__app(req);
    util_query q;
    store *s;
    store_akismet_key key;
    if (!comment_request(req, &s, &q, &key))
        return;
    if (!is_test(&q)) {
        /* audited first: a submission the store cannot record is refused
         * before anything is learned, so the client's retry teaches once */
        if (!record(req, s, &key, is_spam ? "spam" : "ham", is_spam ? "spam" : NULL,
                    is_spam ? "{\"trained\":\"spam\"}" : "{\"trained\":\"ham\"}"))
            return;
        mod_input in;
        comment_of(req, &q, &in);
        if (mod_train(api__engine(app), &in, is_spam) != MOD_OK) {
            LOG_ERROR("akismet: %s: recorded as a %s submission, not learned", key.name,
                      is_spam ? "spam" : "ham");
            unavailable(req, "The spam filter could not learn this submission; send it again.");
            return;
        }
    }
    send_text(req, THANKS);
}

void api__akismet_submit_spam(http_req *req)
{
    submit(req, true);
}

void api__akismet_submit_ham(http_req *req)
{
    submit(req, false);
}
