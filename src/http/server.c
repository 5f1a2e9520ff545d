/* server — libmicrohttpd set-up and the life of one request.
 *
 * Threads: an epoll thread pool (one per core by default); a handler runs on
 * the thread that owns its connection.  The listening socket is ours (bound
 * here so errors are clear and port 0 works), handed to libmicrohttpd.
 *
 * A request goes: uri_log (create http_req, keep the raw query) → access
 * callback, first call (route, method, CORS preflight, content type and
 * coding, size) → access callback with upload data (buffered up to the
 * limit, the rest discarded) → last access call (an HTTP_AUTH route's
 * authorize, then the errors decided earlier, then a JSON body, or a
 * form of an HTTP_BODY_CODED route, sent gzip or deflate inflated,
 * http_inflate, and dispatch to the handler) → completed
 * (metrics, free).  An error the headers decide (404, 405, 415) and a CORS
 * preflight are sent at the last access call, after any body has been
 * discarded, so that the answer reaches the client and the connection stays
 * open (one queued earlier makes libmicrohttpd close it); a 413 for a body
 * announced too large, and any answer to a client waiting for "100
 * Continue", go at once; so does a 400 for a head that frames the body two
 * ways or names no single Host (the connection closed: where the body ends
 * is unknown).  Nothing here knows what a comment is. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "http/http_int.h"

/* A body larger than this is not drained: the response goes out at once and
 * the connection is closed.  (Below it, an unwanted body is read and thrown
 * away before the error goes out: closing with unread data makes the kernel
 * reset the connection, and the client may never read the answer.) */
#define DRAIN_MAX (64u << 20)

/* ---- routing ----------------------------------------------------------- */

static unsigned method_bit(const char *m)
{
    static const struct { const char *name; unsigned bit; } methods[] = {
        {"GET", HTTP_GET}, {"POST", HTTP_POST}, {"PUT", HTTP_PUT},
        {"DELETE", HTTP_DELETE}, {"OPTIONS", HTTP_OPTIONS}, {"HEAD", HTTP_HEAD},
    };
    for (size_t i = 0; i < UTIL_ARRAY_LEN(methods); i++)
        if (strcmp(m, methods[i].name) == 0)
            return methods[i].bit;
    return 0;
}

/* Matches path against pattern, filling params; {x} matches one non-empty
 * segment, a final '*' any rest. */
static bool match(util_arena *a, const char *pattern, const char *path, const char **params,
                  size_t *nparams)
{
    size_t np = 0;
    const char *p = pattern, *s = path;
    while (*p) {
        if (*p == '*' && p[1] == '\0') {
            params[np++] = util_arena_strdup(a, s);
            *nparams = np;
            return true;
        }
        if (*p == '{') {
            const char *close = strchr(p, '}');
            const char *end = strchr(s, '/');
            if (!end)
                end = s + strlen(s);
            if (end == s || np >= HTTP_MAX_PARAMS)
                return false;
            params[np++] = util_arena_strndup(a, s, (size_t)(end - s));
            s = end;
            p = close + 1;
            continue;
        }
        if (*p != *s)
            return false;
        p++;
        s++;
    }
    *nparams = np;
    return *s == '\0';
}

/* Whether a route whose pattern matched names a resource with this path:
 * a prefix pattern only when its exists() says so, another unless its
 * exists() says no, and never when an {id} segment is not an id (a
 * positive integer: /api/v1/comments/abc/vote names nothing). */
static bool names_resource(const http_route *r, bool prefix, const char *path,
                           const char *const *params, size_t np)
{
    if (r->exists ? !r->exists(path) : prefix)
        return false;
    size_t i = 0;
    for (const char *p = strchr(r->pattern, '{'); p && i < np; p = strchr(p + 1, '{'), i++) {
        int64_t id;
        if (strncmp(p, "{id}", 4) == 0 && !util_parse_id(params[i], &id))
            return false;
    }
    return true;
}

/* Finds the route for (method, path).  *allowed collects the methods of the
 * routes whose pattern matches, for 405 and preflight: those that name a
 * resource with this path when there are any.  A route that takes the
 * method but names nothing here still runs (its handler answers 404 after
 * any 401) unless one that names the path takes the method too (it wins)
 * or does not (405). */
static int find_route(http_server *srv, http_req *req, unsigned *allowed)
{
    *allowed = 0;
    int found = -1;
    bool found_names = false;
    unsigned exact_allowed = 0; /* methods of the routes that name the path */
    for (size_t i = 0; i < srv->cfg.nroutes; i++) {
        const http_route *r = &srv->cfg.routes[i];
        const char *params[HTTP_MAX_PARAMS];
        size_t np = 0;
        if (!match(req->arena, r->pattern, req->path, params, &np))
            continue;
        bool prefix = r->pattern[strlen(r->pattern) - 1] == '*';
        /* A catch-all pattern never hides the 405 of a real resource. */
        if (prefix && exact_allowed)
            continue;
        *allowed |= r->methods;
        bool names = names_resource(r, prefix, req->path, params, np);
        if (names)
            exact_allowed |= r->methods;
        unsigned m = req->method == HTTP_HEAD ? HTTP_GET : req->method;
        if ((r->methods & m) && (found < 0 || (names && !found_names))) {
            found = (int)i;
            found_names = names;
            memcpy(req->params, params, sizeof params);
            req->nparams = np;
        }
    }
    /* POST /api/v1/admin/comments/1/explain: the action route takes POST
     * but "explain" is no action, and GET names the path: 405. */
    if (found >= 0 && !found_names && exact_allowed) {
        found = -1;
        req->nparams = 0;
    }
    /* Only routes that name nothing here matched, and none takes this
     * method: the path names no resource (POST /api/v1/nope is 404, not
     * 405 "Allow: GET"; GET /api/v1/comments/abc/vote is 404, not 405
     * "Allow: POST"); OPTIONS, which no route takes, alike (OPTIONS
     * /api/v1/nope is 404, not 204 "Allow: GET" from the catch-all). */
    if (exact_allowed)
        *allowed = exact_allowed;
    else if (found < 0)
        *allowed = 0;
    return found;
}

/* The first route whose pattern the path matches, whatever the method,
 * when it words its errors itself (http_route.error), else NULL. */
static const http_route *find_error_route(http_server *srv, http_req *req)
{
    for (size_t i = 0; i < srv->cfg.nroutes; i++) {
        const http_route *r = &srv->cfg.routes[i];
        const char *params[HTTP_MAX_PARAMS];
        size_t np = 0;
        if (match(req->arena, r->pattern, req->path, params, &np))
            return r->error ? r : NULL;
    }
    return NULL;
}

static void allow_header(http_req *req, unsigned allowed)
{
    util_buf b = {0};
    static const struct { unsigned bit; const char *name; } m[] = {
        {HTTP_GET, "GET"}, {HTTP_HEAD, "HEAD"}, {HTTP_POST, "POST"},
        {HTTP_PUT, "PUT"}, {HTTP_DELETE, "DELETE"},
    };
    if (allowed & HTTP_GET)
        allowed |= HTTP_HEAD;
    for (size_t i = 0; i < UTIL_ARRAY_LEN(m); i++)
        if (allowed & m[i].bit)
            util_buf_printf(&b, "%s%s", b.len ? ", " : "", m[i].name);
    util_buf_printf(&b, "%sOPTIONS", b.len ? ", " : "");
    http_add_header(req, "Allow", b.data);
    util_buf_free(&b);
}

/* ---- CORS -------------------------------------------------------------- */

bool http__origin_allowed(http_server *s, const char *origin)
{
    pthread_mutex_lock(&s->origins_mu);
    bool ok = util_origin_listed(s->origins, origin, strlen(origin));
    pthread_mutex_unlock(&s->origins_mu);
    return ok;
}

void http_server_set_origins(http_server *s, const char *origins)
{
    char *copy = xstrdup(origins ? origins : "");
    pthread_mutex_lock(&s->origins_mu);
    char *old = s->origins;
    s->origins = copy;
    pthread_mutex_unlock(&s->origins_mu);
    free(old);
}

/* On a CORS route every answer varies by Origin, allowed or not, with or
 * without one: a shared cache must not hand one origin's answer (with or
 * without Access-Control-Allow-Origin) to another. */
static void add_cors(http_req *req)
{
    if (!req->route || !(req->route->flags & HTTP_CORS))
        return;
    http_add_header(req, "Vary", "Origin");
    const char *origin = http_header(req, "Origin");
    if (!origin || !http__origin_allowed(req->server, origin))
        return;
    http_add_header(req, "Access-Control-Allow-Origin", origin);
    http_add_header(req, "Access-Control-Allow-Credentials", "true");
    http_add_header(req, "Access-Control-Expose-Headers", "ETag, Retry-After");
}

/* ---- responses --------------------------------------------------------- */

void http_add_header(http_req *req, const char *name, const char *value)
{
    if (req->nhdrs >= HTTP_MAX_HEADERS) {
        LOG_WARN("http: too many response headers, dropped %s", name);
        return;
    }
    req->hdr_names[req->nhdrs] = util_arena_strdup(req->arena, name);
    req->hdr_values[req->nhdrs] = util_arena_strdup(req->arena, value);
    req->nhdrs++;
}

static void queue(http_req *req, int status, struct MHD_Response *resp)
{
    add_cors(req);
    for (size_t i = 0; i < req->nhdrs; i++)
        MHD_add_response_header(resp, req->hdr_names[i], req->hdr_values[i]);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    if (MHD_queue_response(req->conn, (unsigned)status, resp) != MHD_YES)
        LOG_WARN("http: could not queue a %d response for %s", status, req->path);
    MHD_destroy_response(resp);
    req->status = status;
    req->responded = true;
}

void http_send(http_req *req, int status, const char *ctype, const void *body, size_t len)
{
    if (req->responded) {
        LOG_ERROR("http: second response for %s %s ignored", req->method_name, req->path);
        return;
    }
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(len, (void *)body, MHD_RESPMEM_MUST_COPY);
    if (ctype)
        MHD_add_response_header(resp, "Content-Type", ctype);
    queue(req, status, resp);
}

void http_send_text(http_req *req, int status, const char *text)
{
    http_send(req, status, "text/plain; charset=utf-8", text, strlen(text));
}

void http_send_empty(http_req *req, int status)
{
    http_send(req, status, NULL, "", 0);
}

static ssize_t no_body(void *cls, uint64_t pos, char *buf, size_t max)
{
    (void)cls, (void)pos, (void)buf, (void)max;
    return MHD_CONTENT_READER_END_OF_STREAM;
}

void http_send_not_modified(http_req *req, size_t len)
{
    if (req->responded) {
        LOG_ERROR("http: second response for %s %s ignored", req->method_name, req->path);
        return;
    }
    /* a response of len bytes whose body is never read: libmicrohttpd sends
     * none with a 304, and nothing is copied for it */
    queue(req, 304, MHD_create_response_from_callback(len, 4096, no_body, NULL, NULL));
}

/* A JSON string of s; a text that is not valid UTF-8 (a message quoting
 * what a client sent) has its non-ASCII bytes written as '?'. */
static void json_escape(util_buf *b, const char *s)
{
    bool utf8 = util_utf8_valid(s, strlen(s));
    util_buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            util_buf_printf(b, "\\%c", *p);
        else if (*p < 0x20)
            util_buf_printf(b, "\\u%04x", *p);
        else if (*p >= 0x80 && !utf8)
            util_buf_putc(b, '?');
        else
            util_buf_putc(b, (char)*p);
    }
    util_buf_putc(b, '"');
}

void http_error(http_req *req, int status, const char *code, const char *field, const char *fmt,
                ...)
{
    /* the whole message, however long (a policy's error quotes the bad
     * name, which may be thousands of letters): cut short, it lost the
     * reason that followed the name */
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    size_t size = n > 0 ? (size_t)n + 1 : 1;
    char *msg = util_arena_alloc_raw(req->arena, size);
    vsnprintf(msg, size, fmt, ap2);
    va_end(ap2);
    /* without a route of its own (a 405, the 503 of a shutdown, a bad
     * head), the request's errors are worded as its path's route words
     * them: on /1.1/… the Akismet way, on the pages as a page, with the
     * Allow of a 405 kept */
    const http_route *er = req->route  ? req->route
                           : req->path ? find_error_route(req->server, req)
                                       : NULL;
    if (er && er->error) {
        er->error(req, status, code, msg);
        return;
    }
    http_error_json(req, status, code, field, msg);
}

void http_error_json(http_req *req, int status, const char *code, const char *field,
                     const char *msg)
{
    util_buf b = {0};
    util_buf_puts(&b, "{\"error\":{\"code\":");
    json_escape(&b, code);
    util_buf_puts(&b, ",\"message\":");
    json_escape(&b, msg);
    if (field) {
        util_buf_puts(&b, ",\"field\":");
        json_escape(&b, field);
    }
    util_buf_puts(&b, "}}");
    if (field) { /* also at the top level, where some clients look */
        b.len -= 1;
        util_buf_puts(&b, ",\"field\":");
        json_escape(&b, field);
        util_buf_putc(&b, '}');
    }
    http_send(req, status, "application/json; charset=utf-8", b.data, b.len);
    util_buf_free(&b);
}

/* ---- request helpers --------------------------------------------------- */

static bool is_ows(char c)
{
    return c == ' ' || c == '\t';
}

/* A field value is what lies between the optional white space (spaces and
 * tabs) around it, RFC 9110 5.5: "X-CSRF-Token: abc \t" is "abc".  Every
 * header read goes through here, so that none compares or parses the
 * white space (libmicrohttpd keeps what follows the value).  The trimmed
 * copy, when one is needed, is in the request's arena. */
const char *http_header(http_req *req, const char *name)
{
    const char *v = MHD_lookup_connection_value(req->conn, MHD_HEADER_KIND, name);
    if (!v)
        return NULL;
    while (is_ows(*v))
        v++;
    size_t n = strlen(v);
    if (n == 0 || !is_ows(v[n - 1]))
        return v;
    while (n && is_ows(v[n - 1]))
        n--;
    return util_arena_strndup(req->arena, v, n);
}

bool http_etag_matches(http_req *req, const char *etag)
{
    const char *inm = http_header(req, "If-None-Match");
    if (!inm)
        return false;
    size_t n = strlen(etag);
    for (const char *p = inm; *p;) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        if (*p == '*')
            return true;
        if (strncmp(p, "W/", 2) == 0)
            p += 2;
        size_t len = strcspn(p, ",");
        while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
            len--;
        if (len == n && strncmp(p, etag, n) == 0)
            return true;
        p += strcspn(p, ",");
    }
    return false;
}

const char *http_cookie(http_req *req, const char *name)
{
    return MHD_lookup_connection_value(req->conn, MHD_COOKIE_KIND, name);
}

const char *http_param(http_req *req, const char *name)
{
    return util_query_get(&req->query, name);
}

/* Keeps the value of the last X-Forwarded-For header line. */
static enum MHD_Result last_xff(void *cls, enum MHD_ValueKind kind, const char *key,
                                const char *value)
{
    (void)kind;
    if (value && strcasecmp(key, "X-Forwarded-For") == 0)
        *(const char **)cls = value;
    return MHD_YES;
}

/* All the X-Forwarded-For header lines, in order, joined with ','
 * (RFC 9110 5.3): a first pass counts the bytes, a second copies them. */
typedef struct xff_join {
    size_t len;
    char *out;          /* NULL on the first pass */
} xff_join;

static enum MHD_Result join_xff(void *cls, enum MHD_ValueKind kind, const char *key,
                                const char *value)
{
    xff_join *j = cls;
    (void)kind;
    if (!value || strcasecmp(key, "X-Forwarded-For") != 0)
        return MHD_YES;
    size_t n = strlen(value);
    if (j->out) {
        if (j->len)
            j->out[j->len] = ',';
        memcpy(j->out + j->len + (j->len ? 1 : 0), value, n);
    }
    j->len += (j->len ? 1 : 0) + n;
    return MHD_YES;
}

/* The client's address with server.trusted_proxies (srv->proxies): the
 * peer unless it is one of them; else, walking the X-Forwarded-For
 * entries of all its lines from the right (as nginx's real_ip_recursive
 * does), the first one that is not a trusted proxy, or the leftmost entry
 * when all are.  An entry that is not an address (a port, a name, garbage)
 * ends the walk: the client is then the last address read before it — a
 * trusted proxy, the one that passed that entry on — never a value a
 * client wrote.  peer is the peer's 16 bytes (IPv4 mapped), req->ip
 * already holds it as text. */
static void client_behind_proxies(http_req *req, const http_server *srv, const uint8_t peer[16])
{
    if (!util_ipnets_match(srv->proxies, srv->nproxies, peer))
        return;
    xff_join j = {0};
    MHD_get_connection_values(req->conn, MHD_HEADER_KIND, join_xff, &j);
    if (j.len == 0)
        return;
    j.out = util_arena_alloc_raw(req->arena, j.len + 1);
    j.len = 0;
    MHD_get_connection_values(req->conn, MHD_HEADER_KIND, join_xff, &j);
    j.out[j.len] = '\0';
    for (const char *end = j.out + j.len; end > j.out;) {
        const char *start = end;
        while (start > j.out && start[-1] != ',')
            start--;
        const char *a = start, *b = end;
        end = start > j.out ? start - 1 : j.out;
        while (a < b && is_ows(*a))
            a++;
        while (b > a && is_ows(b[-1]))
            b--;
        if (a == b) /* an empty entry ("a, , b"): nothing to read */
            continue;
        uint8_t addr[16];
        int family;
        if (!util_ip_parse(a, (size_t)(b - a), addr, &family))
            return;
        if (family == AF_INET)
            inet_ntop(AF_INET, addr + 12, req->ip, sizeof req->ip);
        else
            inet_ntop(AF_INET6, addr, req->ip, sizeof req->ip);
        if (!util_ipnets_match(srv->proxies, srv->nproxies, addr))
            return;
    }
}

/* The client's address: with trust_proxy and no trusted_proxies listed,
 * the last entry of the last X-Forwarded-For line, the one the proxy in
 * front added (nginx appends $remote_addr to the list, haproxy adds a
 * line); the entries before it are whatever the client sent, and taking
 * the first let any reader be any address (rate limits, votes and reports
 * counted per address).  With trusted_proxies listed, see
 * client_behind_proxies. */
static void client_ip(http_req *req, const http_server *srv)
{
    const char *xff = NULL;
    bool trust_proxy = srv->cfg.trust_proxy;
    if (trust_proxy && srv->nproxies == 0)
        MHD_get_connection_values(req->conn, MHD_HEADER_KIND, last_xff, &xff);
    if (xff && *xff) {
        const char *comma = strrchr(xff, ',');
        if (comma)
            xff = comma + 1;
        size_t n = strlen(xff);
        while (n && is_ows(xff[n - 1]))
            n--;
        while (n && is_ows(*xff)) {
            xff++;
            n--;
        }
        if (n && n < sizeof req->ip) {
            memcpy(req->ip, xff, n);
            req->ip[n] = '\0';
            return;
        }
    }
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(req->conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    snprintf(req->ip, sizeof req->ip, "unknown");
    if (!ci || !ci->client_addr)
        return;
    const struct sockaddr *sa = ci->client_addr;
    uint8_t peer[16];
    if (sa->sa_family == AF_INET) {
        const struct in_addr *in = &((const struct sockaddr_in *)sa)->sin_addr;
        inet_ntop(AF_INET, in, req->ip, sizeof req->ip);
        memset(peer, 0, 10);
        peer[10] = peer[11] = 0xff;
        memcpy(peer + 12, in, 4);
    } else if (sa->sa_family == AF_INET6) {
        const struct in6_addr *in6 = &((const struct sockaddr_in6 *)sa)->sin6_addr;
        inet_ntop(AF_INET6, in6, req->ip, sizeof req->ip);
        memcpy(peer, in6, 16);
    } else {
        return;
    }
    if (trust_proxy && srv->nproxies)
        client_behind_proxies(req, srv, peer);
}

static bool is_json_type(const char *ct)
{
    if (!ct)
        return false;
    while (is_ows(*ct))
        ct++;
    size_t n = strcspn(ct, ";");
    while (n && is_ows(ct[n - 1]))
        n--;
    return n == 16 && strncasecmp(ct, "application/json", 16) == 0;
}

/* The content codings of a request body (RFC 9110 8.4), over all its
 * Content-Encoding lines: how many besides identity, the last of them, and
 * whether one is not gzip (x-gzip) or deflate. */
typedef struct coding_scan {
    size_t n;
    const char *coding;     /* "gzip" or "deflate" */
    bool other;
    const char *named;      /* the first line as sent, for the message */
} coding_scan;

static enum MHD_Result scan_coding(void *cls, enum MHD_ValueKind kind, const char *key,
                                   const char *value)
{
    coding_scan *c = cls;
    (void)kind;
    if (!value || strcasecmp(key, "Content-Encoding") != 0)
        return MHD_YES;
    if (!c->named)
        c->named = value;
    for (const char *p = value;;) {
        p += strspn(p, " \t,");
        size_t n = strcspn(p, " \t,");
        if (n == 0)
            break;
        if (n == 8 && strncasecmp(p, "identity", 8) == 0) {
            /* no coding */
        } else if ((n == 4 && strncasecmp(p, "gzip", 4) == 0) ||
                   (n == 6 && strncasecmp(p, "x-gzip", 6) == 0)) {
            c->n++, c->coding = "gzip";
        } else if (n == 7 && strncasecmp(p, "deflate", 7) == 0) {
            c->n++, c->coding = "deflate";
        } else {
            c->n++, c->other = true;
        }
        p += n;
    }
    return MHD_YES;
}

/* ---- libmicrohttpd callbacks ------------------------------------------- */

/* The path of a request target in absolute form ("http://host/api/v1/…",
 * which RFC 9112 3.2.2 says a server must accept; libmicrohttpd passes it
 * as sent): what follows the authority, or "/" when nothing does. */
static const char *origin_path(const char *url)
{
    size_t n = util_url_origin_len(url);
    return n == 0 ? url : url[n] == '/' ? url + n : "/";
}

static void *on_uri(void *cls, const char *uri_const, struct MHD_Connection *conn)
{
    http_server *srv = cls;
    char *uri = (char *)uri_const;
    util_arena *a = util_arena_new();
    http_req *req = util_arena_alloc(a, sizeof *req);
    req->arena = a;
    req->server = srv;
    req->app = srv->cfg.app;
    req->conn = conn;
    req->start_us = util_mono_us();
    req->route_index = -1;
    char *q = strchr(uri, '?');
    req->raw_query = q ? util_arena_strdup(a, q + 1) : "";
    /* libmicrohttpd unescapes the path in place: an escaped NUL would cut
     * it short ("/api/v1/comments/1%00/vote" read as "/api/v1/comments/1"). */
    for (const char *p = uri; *p && p != q; p++)
        if (p[0] == '%' && p[1] == '0' && p[2] == '0')
            req->path_nul = true;
    /* The query is parsed here (util_query_parse), strictly; libmicrohttpd
     * would parse it again into its per-connection pool, where a long query
     * of many short pairs runs the pool dry and stalls the connection.  It
     * parses what follows the '?' after this callback returns, so an empty
     * string there leaves it nothing to do.  (The buffer is the connection's
     * own read buffer, writable; the path before the '?' is untouched.) */
    if (q && q[1])
        q[1] = '\0';
    atomic_fetch_add(&srv->active, 1);
    return req;
}

static size_t body_limit(const http_server *srv, const http_req *req);

/* Whether the request's body is read through its Content-Encoding: a JSON
 * route's, and a POST or PUT to a route that reads a form itself
 * (HTTP_BODY_CODED: the pages' forms, logout).  The Akismet forms inflate
 * their own, more leniently (akismet.c). */
static bool body_coded(const http_req *req)
{
    unsigned f = req->route->flags;
    return (f & HTTP_BODY_JSON) ||
           ((f & HTTP_BODY_CODED) && (req->method & (HTTP_POST | HTTP_PUT)));
}

/* A body read through its coding (body_coded) sent gzip or deflate,
 * inflated in place (req->body) up to the route's limit once inflated;
 * false after answering 413 when larger, 400 when it is not what its
 * Content-Encoding says. */
static bool inflate_body(http_server *srv, http_req *req)
{
    size_t max = body_limit(srv, req);
    util_buf out;
    http_inflate_status st =
        http_inflate(req->body.data ? req->body.data : "", req->body.len, max, &out);
    if (st == HTTP_INFLATE_TOO_LARGE) {
        http_error(req, 413, "too_large", NULL, "the body is larger than %zu bytes once inflated",
                   max);
        return false;
    }
    if (st != HTTP_INFLATE_OK) {
        http_error(req, 400, "bad_request", NULL,
                   "the body is not valid %s data (Content-Encoding: %s): damaged, truncated "
                   "or not compressed",
                   strcmp(req->body_coding, "gzip") == 0 ? "gzip" : "deflate (zlib)",
                   req->body_coding);
        return false;
    }
    util_buf_free(&req->body);
    req->body = out;
    return true;
}

static void dispatch(http_server *srv, http_req *req)
{
    if (req->body_coding && !inflate_body(srv, req))
        return;
    if (req->route->flags & HTTP_BODY_JSON) {
        if (!util_utf8_valid(req->body.data ? req->body.data : "", req->body.len)) {
            http_error(req, 400, "bad_request", NULL, "the body is not valid UTF-8");
            return;
        }
    }
    if (!req->query_ok) {
        http_error(req, 400, "bad_request", NULL,
                   "the query string is malformed (bad escape or invalid UTF-8)");
        return;
    }
    req->route->handler(req);
    if (!req->responded && !req->stream) {
        LOG_ERROR("http: handler %s gave no response", req->route->name);
        http_error(req, 500, "internal", NULL, "the server could not answer");
    }
    (void)srv;
}

/* RFC 9110 tchar: what a method or a header name is made of. */
static bool is_tchar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c && strchr("!#$%&'*+-.^_`|~", c));
}

/* Whether a method is an HTTP token. */
static bool method_token(const char *m)
{
    if (!*m)
        return false;
    for (const unsigned char *p = (const unsigned char *)m; *p; p++)
        if (!is_tchar(*p))
            return false;
    return true;
}

/* Whether the client waits for "100 Continue" before sending its body: an
 * answer now spares it the upload. */
static bool expects_continue(http_req *req)
{
    const char *expect = http_header(req, "Expect");
    return expect && strcasecmp(expect, "100-continue") == 0;
}

/* Whether a request body follows the headers, to be read before answering. */
static bool body_follows(http_req *req)
{
    if (expects_continue(req))
        return false;
    const char *cl = http_header(req, "Content-Length");
    return (cl && strtoull(cl, NULL, 10) > 0) || http_header(req, "Transfer-Encoding");
}

/* Answers an error found from the headers at the last on_access call, once
 * any body has been drained: libmicrohttpd closes a connection whose
 * answer was queued before that, so an answer at once would cost a
 * keep-alive client its connection and a pipelined request (but at once
 * to a client waiting for "100 Continue"). */
static void early_error(http_req *req, int status, const char *code, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (expects_continue(req)) {
        http_error(req, status, code, NULL, "%s", msg);
        return;
    }
    req->early_status = status;
    req->early_code = code;
    req->early_msg = util_arena_strdup(req->arena, msg);
}

/* The largest body the request's route takes. */
static size_t body_limit(const http_server *srv, const http_req *req)
{
    size_t n = srv->cfg.body_limit;
    if (req->route && (req->route->flags & HTTP_BODY_LARGE) && !req->large_body_denied &&
        srv->cfg.large_body_limit > n)
        n = srv->cfg.large_body_limit;
    return n < DRAIN_MAX ? n : DRAIN_MAX;
}

/* A connection's memory (MHD_OPTION_CONNECTION_MEMORY_LIMIT) holds the
 * request head, its parsed headers and arguments, the body's read buffer
 * and then the answer's head: libmicrohttpd 0.9.75 answers 431 itself to a
 * head over about half of it, but a POST head a little under that (7.8 KB
 * of 16) leaves no room to answer, and the connection is closed after the
 * handler ran — a comment stored, its author told nothing.  So heads over
 * HEAD_MAX, counted with what each header and argument costs the pool, are
 * refused here, before any handler (431, JSON). */
#define POOL_BYTES (16 * 1024)
#define HEAD_MAX (7 * 1024)           /* POST and PUT: half the pool reads the body */
#define HEAD_MAX_NO_BODY (15 * 1024)  /* the other methods: a 2,000-character uri
                                         of emoji is 8,000 bytes of request line */
#define HEAD_ENTRY_COST 48   /* libmicrohttpd's record of one header or argument */

/* What the head says of the body's framing and of the request's host, and
 * what it costs the pool: one pass over its headers and arguments. */
typedef struct head_scan {
    size_t lengths, encodings, hosts;
    bool lengths_differ, bad_name;
    const char *length;
    size_t bytes; /* the headers and arguments, HEAD_ENTRY_COST each included */
} head_scan;

static enum MHD_Result scan_head(void *cls, enum MHD_ValueKind kind, const char *key,
                                 const char *value)
{
    head_scan *h = cls;
    h->bytes += strlen(key) + (value ? strlen(value) : 0) + 4 + HEAD_ENTRY_COST;
    if (kind != MHD_HEADER_KIND)
        return MHD_YES;
    value = value ? value : "";
    for (const unsigned char *p = (const unsigned char *)key; *p; p++)
        if (!is_tchar(*p))
            h->bad_name = true;
    if (!*key)
        h->bad_name = true;
    if (strcasecmp(key, "Content-Length") == 0) {
        if (h->lengths++ == 0)
            h->length = value;
        else if (strcmp(h->length, value) != 0)
            h->lengths_differ = true;
    } else if (strcasecmp(key, "Transfer-Encoding") == 0) {
        h->encodings++;
    } else if (strcasecmp(key, "Host") == 0) {
        h->hosts++;
    }
    return MHD_YES;
}

/* Whether the head frames the body one way only and names one host (RFC
 * 9112 3.2, 5.1, 6.1, 6.3); else the reason.  A name with white space
 * before its colon ("Content-Length : 5", which libmicrohttpd takes for
 * another header), two Content-Length headers that disagree, one beside a
 * Transfer-Encoding, or two Transfer-Encoding lines let a proxy in front
 * read another body than this server does: the rest taken for the next
 * request (request smuggling).  HTTP/1.1 needs exactly one Host. */
static const char *head_problem(const head_scan *h, const char *version)
{
    if (h->bad_name)
        return "a header name is not a token (white space before its colon?)";
    if (h->lengths_differ || (h->lengths && h->encodings) || h->encodings > 1)
        return "the body is framed twice (Content-Length headers that disagree, "
               "Content-Length with Transfer-Encoding, or two Transfer-Encoding lines)";
    if (h->hosts > 1 || (h->hosts == 0 && strcmp(version, "HTTP/1.0") != 0))
        return "an HTTP/1.1 request needs exactly one Host header";
    return NULL;
}

/* The head's size as the pool holds it: the request line and h->bytes. */
static size_t head_bytes(const head_scan *h, const char *method, const char *url,
                         const char *version, const char *query)
{
    return strlen(method) + strlen(url) + strlen(query) + strlen(version) + 6 + h->bytes;
}

static enum MHD_Result on_access(void *cls, struct MHD_Connection *conn, const char *url,
                                 const char *method, const char *version, const char *upload,
                                 size_t *upload_size, void **con_cls)
{
    http_server *srv = cls;
    http_req *req = *con_cls;
    if (!req->started) {
        req->started = true;
        req->method_name = util_arena_strdup(req->arena, method);
        req->method = method_bit(method);
        req->path = util_arena_strdup(req->arena, origin_path(url));
        req->query_ok = util_query_parse(req->arena, req->raw_query, strlen(req->raw_query),
                                         &req->query);
        client_ip(req, srv);
        if (srv->stopping) {
            http_add_header(req, "Retry-After", "5");
            http_add_header(req, "Connection", "close");
            http_error(req, 503, "shutting_down", NULL, "the server is shutting down");
            return MHD_YES;
        }
        head_scan scan = {0};
        MHD_get_connection_values(conn, MHD_HEADER_KIND | MHD_GET_ARGUMENT_KIND, scan_head, &scan);
        const char *problem = head_problem(&scan, version);
        if (problem) {
            /* answered at once, and closed: where the body ends is unknown */
            http_add_header(req, "Connection", "close");
            http_error(req, 400, "bad_request", NULL, "%s", problem);
            return MHD_YES;
        }
        size_t head = head_bytes(&scan, method, url, version, req->raw_query);
        size_t head_max = req->method == HTTP_POST || req->method == HTTP_PUT ? HEAD_MAX
                                                                              : HEAD_MAX_NO_BODY;
        if (head > head_max) {
            http_add_header(req, "Connection", "close");
            early_error(req, 431, "header_too_large",
                        "the request head is too large (%zu bytes, at most %zu)", head, head_max);
            return MHD_YES;
        }
        /* Checked before routing: an error message may quote the path, and
         * an answer is always valid UTF-8. */
        if (!method_token(method)) {
            early_error(req, 400, "bad_request", "the request method is not an HTTP token");
            return MHD_YES;
        }
        if (req->path_nul || !util_utf8_valid(url, strlen(url))) {
            early_error(req, 400, "bad_request",
                        "the path is malformed (an escaped NUL or invalid UTF-8)");
            return MHD_YES;
        }
        /* libmicrohttpd reads chunked bodies alone; with any other
         * transfer coding it would wait for a body it cannot frame. */
        const char *te = http_header(req, "Transfer-Encoding");
        if (te && strcasecmp(te, "chunked") != 0) {
            http_add_header(req, "Connection", "close");
            http_error(req, 501, "not_implemented", NULL,
                       "this Transfer-Encoding is not supported (chunked is)");
            return MHD_YES;
        }
        if (req->method == HTTP_OPTIONS && strcmp(req->path, "*") == 0) {
            /* "OPTIONS *": the server's own methods (RFC 9110 9.3.7) */
            http_add_header(req, "Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            req->preflight = true;
            return MHD_YES;
        }
        unsigned allowed;
        int ri = find_route(srv, req, &allowed);
        if (ri >= 0) {
            req->route = &srv->cfg.routes[ri];
            req->route_index = ri;
        }
        if (req->method == HTTP_OPTIONS && allowed) {
            /* CORS preflight or a plain OPTIONS: answered here. */
            for (size_t i = 0; i < srv->cfg.nroutes && !req->route; i++) {
                const char *p[HTTP_MAX_PARAMS];
                size_t np;
                if (match(req->arena, srv->cfg.routes[i].pattern, req->path, p, &np))
                    req->route = &srv->cfg.routes[i], req->route_index = (int)i;
            }
            allow_header(req, allowed);
            const char *origin = http_header(req, "Origin");
            if (origin && req->route && (req->route->flags & HTTP_CORS) &&
                http__origin_allowed(srv, origin)) {
                http_add_header(req, "Access-Control-Allow-Methods",
                                "GET, POST, PUT, DELETE, OPTIONS");
                /* Last-Event-ID: an event-stream client built on fetch
                 * (not the browser's EventSource, which sends it without a
                 * preflight) resumes with it after a reconnection */
                http_add_header(req, "Access-Control-Allow-Headers",
                                "Content-Type, X-Edit-Token, X-CSRF-Token, If-None-Match, "
                                "Last-Event-ID");
                http_add_header(req, "Access-Control-Max-Age", "86400");
            }
            req->preflight = true;   /* 204 at the last call (see early_error) */
            return MHD_YES;
        }
        if (ri < 0) {
            if (allowed) {
                allow_header(req, allowed);
                early_error(req, 405, "method_not_allowed", "%s is not allowed on %s", method,
                            req->path);
            } else {
                early_error(req, 404, "not_found", "no such resource: %s", req->path);
            }
            return MHD_YES;
        }
        if ((req->route->flags & HTTP_BODY_LARGE) && srv->cfg.large_body_ok &&
            !srv->cfg.large_body_ok(req))
            req->large_body_denied = true;
        if (req->route->flags & HTTP_BODY_JSON) {
            const char *ct = http_header(req, "Content-Type");
            if (!is_json_type(ct)) {
                early_error(req, 415, "unsupported_media_type",
                            "the body must be JSON (Content-Type: application/json)");
                return MHD_YES;
            }
        }
        if (body_coded(req)) {
            /* gzip and deflate are inflated (dispatch); any other coding,
             * or codings stacked, is 415 saying which are read (RFC 9110
             * 15.5.16), not a body read as what it is not */
            coding_scan cs = {0};
            MHD_get_connection_values(conn, MHD_HEADER_KIND, scan_coding, &cs);
            if (cs.other || cs.n > 1) {
                http_add_header(req, "Accept-Encoding", "gzip, deflate");
                early_error(req, 415, "unsupported_encoding",
                            "the body's Content-Encoding \"%.64s\" is not supported "
                            "(gzip and deflate are)", cs.named);
                return MHD_YES;
            }
            req->body_coding = cs.coding;
        }
        const char *cl = http_header(req, "Content-Length");
        if (cl) {
            char *end;
            unsigned long long n = strtoull(cl, &end, 10);
            if (n > body_limit(srv, req))
                req->body_too_large = true;
            if (n > DRAIN_MAX || (req->body_too_large && !body_follows(req))) {
                http_add_header(req, "Connection", "close");
                http_error(req, 413, "too_large", NULL, "the body is larger than %zu bytes",
                           body_limit(srv, req));
                return MHD_YES;
            }
        }
        return MHD_YES;
    }
    if (*upload_size) {
        if (!req->responded && !req->body_too_large && !req->early_status) {
            if (req->body.len + *upload_size > body_limit(srv, req)) {
                req->body_too_large = true;
                util_buf_free(&req->body);
            } else {
                util_buf_append(&req->body, upload, *upload_size);
            }
        }
        *upload_size = 0;
        return MHD_YES;
    }
    if (req->responded || req->stream)
        return MHD_YES;
    if (req->preflight) {
        http_send_empty(req, 204);
        return MHD_YES;
    }
    /* a route's own right comes first: its 401 or 403 before a 415, a
     * malformed query or body, that would judge what the client had no
     * right to send — but a body past the limit alone is 413 whoever sent
     * it (how much the server reads, decided from the headers) */
    if (req->route && (req->route->flags & HTTP_AUTH) && srv->cfg.authorize &&
        !(req->body_too_large && !req->early_status) && !srv->cfg.authorize(req)) {
        if (!req->responded)
            http_error(req, 403, "forbidden", NULL, "this request is not allowed");
        return MHD_YES;
    }
    if (req->early_status) {
        http_error(req, req->early_status, req->early_code, NULL, "%s", req->early_msg);
        return MHD_YES;
    }
    if (req->body_too_large) {
        http_error(req, 413, "too_large", NULL, "the body is larger than %zu bytes",
                   body_limit(srv, req));
        return MHD_YES;
    }
    if (!req->body.data)
        util_buf_reserve(&req->body, 0);
    dispatch(srv, req);
    (void)url;
    (void)version;
    (void)conn;
    return MHD_YES;
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    http_server *srv = cls;
    http_req *req = *con_cls;
    if (!req)
        return;
    *con_cls = NULL;
    if (req->stream)
        http__stream_unregister(srv, req->stream);
    else
        atomic_fetch_sub(&srv->active, 1);
    /* an asset route's 404 names nothing: counted as "unmatched", as a
     * path no route takes is, so that scans show in /metrics */
    if (req->route && !(req->route->flags & HTTP_NO_METRICS))
        http__metrics_observe(srv, req->route_index, req->status,
                              util_mono_us() - req->start_us);
    else if (!req->route || req->status == 404)
        http__metrics_observe(srv, -1, req->status, util_mono_us() - req->start_us);
    util_buf_free(&req->body);
    util_arena_free(req->arena);
    (void)conn;
    (void)toe;
}

static void on_mhd_log(void *cls, const char *fmt, va_list ap)
{
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    size_t n = strlen(msg);
    while (n && msg[n - 1] == '\n')
        msg[--n] = '\0';
    LOG_DEBUG("libmicrohttpd: %s", msg);
    (void)cls;
}

/* ---- start and stop ---------------------------------------------------- */

static int bind_listen(const char *addr, int *port_out, char *err, size_t errlen)
{
    char host[256];
    const char *colon = strrchr(addr, ':');
    size_t hlen = (size_t)(colon - addr);
    if (hlen >= sizeof host)
        hlen = sizeof host - 1;
    memcpy(host, addr, hlen);
    host[hlen] = '\0';
    if (host[0] == '[') {
        memmove(host, host + 1, strlen(host));
        host[strlen(host) - 1] = '\0';
    }
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
                             .ai_flags = AI_PASSIVE | AI_NUMERICSERV};
    struct addrinfo *res;
    int rc = getaddrinfo(host[0] ? host : NULL, colon + 1, &hints, &res);
    if (rc != 0) {
        snprintf(err, errlen, "server.listen: cannot resolve \"%s\": %s", addr,
                 gai_strerror(rc));
        return -1;
    }
    int fd = -1, saved = 0;
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0)
            continue;
        int one = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 && listen(fd, 1024) == 0)
            break;
        saved = errno;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    if (fd < 0) {
        snprintf(err, errlen, "server.listen: cannot listen on %s: %s", addr,
                 strerror(saved ? saved : EADDRNOTAVAIL));
        return -1;
    }
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    getsockname(fd, (struct sockaddr *)&ss, &sl);
    *port_out = ntohs(ss.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&ss)->sin6_port
                                               : ((struct sockaddr_in *)&ss)->sin_port);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

http_server *http_server_new(const http_server_config *cfg, char *err, size_t errlen)
{
    http_server *s = xcalloc(1, sizeof *s);
    s->cfg = *cfg;
    pthread_mutex_init(&s->origins_mu, NULL);
    pthread_mutex_init(&s->streams_mu, NULL);
    pthread_mutex_init(&s->hb_mu, NULL);
    pthread_cond_init(&s->hb_cond, NULL);
    http_server_set_origins(s, cfg->cors_origins);
    if (!util_ipnets_parse(cfg->trusted_proxies ? cfg->trusted_proxies : "", &s->proxies,
                           &s->nproxies)) {
        snprintf(err, errlen, "server.trusted_proxies: invalid value \"%s\"",
                 cfg->trusted_proxies);
        s->listen_fd = -1;
        goto fail;
    }
    s->metrics = xcalloc(cfg->nroutes + 1, sizeof(http__route_metrics));
    s->listen_fd = bind_listen(cfg->listen, &s->port, err, errlen);
    if (s->listen_fd < 0)
        goto fail;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned threads = cfg->threads > 0 ? (unsigned)cfg->threads : (unsigned)(cores > 0 ? cores : 1);
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME |
                     MHD_USE_ERROR_LOG | MHD_USE_TURBO;
    s->daemon = MHD_start_daemon(
        flags, 0, NULL, NULL, on_access, s,
        MHD_OPTION_LISTEN_SOCKET, s->listen_fd,
        MHD_OPTION_URI_LOG_CALLBACK, on_uri, s,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
        MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, s,
        MHD_OPTION_THREAD_POOL_SIZE, threads,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)cfg->max_connections,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)60,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)POOL_BYTES,
        MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned)1024,
        MHD_OPTION_END);
    if (!s->daemon) {
        snprintf(err, errlen, "server.listen: libmicrohttpd could not start on %s", cfg->listen);
        goto fail;
    }
    s->heartbeat_running = pthread_create(&s->heartbeat, NULL, http__heartbeat_main, s) == 0;
    return s;
fail:
    if (s->listen_fd >= 0)
        close(s->listen_fd);
    http_server_set_origins(s, NULL);
    free(s->origins);
    free(s->proxies);
    free(s->metrics);
    free(s);
    return NULL;
}

int http_server_port(const http_server *s)
{
    return s->port;
}

void http_server_stop(http_server *s, int grace_s)
{
    if (!s)
        return;
    /* Stop accepting: new connections are refused by the kernel. */
    MHD_socket fd = MHD_quiesce_daemon(s->daemon);
    if (fd != MHD_INVALID_SOCKET)
        close(fd);
    s->stopping = true;
    pthread_mutex_lock(&s->hb_mu);
    pthread_cond_broadcast(&s->hb_cond);
    pthread_mutex_unlock(&s->hb_mu);
    if (s->heartbeat_running)
        pthread_join(s->heartbeat, NULL);
    http__stream_end_all(s);
    int64_t deadline = util_mono_us() + (int64_t)grace_s * 1000000;
    while (util_mono_us() < deadline &&
           (atomic_load(&s->active) > 0 || http_stream_count(s) > 0))
        usleep(10000);
    if (atomic_load(&s->active) > 0)
        LOG_WARN("http: %d request(s) still in flight at shutdown", atomic_load(&s->active));
    MHD_stop_daemon(s->daemon);
    http_server_set_origins(s, NULL);
    free(s->origins);
    free(s->proxies);
    free(s->metrics);
    pthread_mutex_destroy(&s->origins_mu);
    pthread_mutex_destroy(&s->streams_mu);
    pthread_mutex_destroy(&s->hb_mu);
    pthread_cond_destroy(&s->hb_cond);
    free(s);
}
