/* common — what every handler shares: the store of the calling thread, the
 * one mapping of store failures to HTTP statuses, JSON bodies in and out
 * (a number too large for jansson is read as a large real, so that the
 * field holding it is refused, 422, rather than the whole body), and field
 * validation that answers 422 naming the field.  Must never: answer 500 or
 * take a field of the wrong type for bad input. */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "api/api_int.h"

store *api__store(http_req *req)
{
    api_app *app = api__app(req);
    store *s = store_pool_get(app->pool);
    if (!s) {
        atomic_fetch_add(&app->store_errors, 1);
        http_add_header(req, "Retry-After", "5");
        http_error(req, 503, "unavailable", NULL, "the database is unavailable");
    }
    return s;
}

void api__store_error(http_req *req, store_status st, const char *what)
{
    switch (st) {
    case STORE_OK:
        break;
    case STORE_NOTFOUND:
        http_error(req, 404, "not_found", NULL, "no such %s", what);
        break;
    case STORE_CONFLICT:
        http_error(req, 409, "conflict", NULL, "the %s changed at the same time; try again", what);
        break;
    case STORE_EBUSY:
    case STORE_EIO:
    case STORE_EINVAL:
        atomic_fetch_add(&api__app(req)->store_errors, 1);
        LOG_ERROR("api: %s %s: store: %s", req->method_name, req->path, store_strerror(st));
        http_add_header(req, "Retry-After", "2");
        http_error(req, 503, "unavailable", NULL, "the database could not answer; try again");
        break;
    }
}

/* jansson refuses a number it cannot hold — an integer beyond 64 bits
 * (2^63), a real beyond a double (1e999) — as if the JSON were malformed.
 * It is valid JSON (RFC 8259 leaves the range to the implementation): what
 * is wrong is the field holding it, a 422 naming that field, or nothing when
 * no field reads it.  So, in a copy of the body, each such number is written
 * again as a real near it ("9.22e+18"; beyond a double, "1e308" of its
 * sign), padded with spaces to its length so that an error found later
 * still names the right line and column: still a number, never an integer.
 * Returns the copy (malloc'd, len bytes; the caller frees it), or NULL when
 * nothing changed.  Only strings and numbers need telling apart: a number
 * never starts inside a string. */
char *api__json_tame_numbers(const char *body, size_t len)
{
    char *out = NULL;
    for (size_t i = 0; i < len;) {
        if (body[i] == '"') {   /* a string, escapes included */
            for (i++; i < len && body[i] != '"'; i += body[i] == '\\' ? 2 : 1)
                ;
            i++;
            continue;
        }
        if (body[i] != '-' && !(body[i] >= '0' && body[i] <= '9')) {
            i++;
            continue;
        }
        size_t j = i + 1;
        bool real = false;
        while (j < len && strchr("0123456789.eE+-", body[j])) {
            real = real || strchr(".eE", body[j]);
            j++;
        }
        char *tok = xstrndup(body + i, j - i);
        errno = 0;
        double d = strtod(tok, NULL);
        bool fits = isfinite(d);
        if (!real) {
            errno = 0;
            long long ll = strtoll(tok, NULL, 10);
            fits = errno != ERANGE;
            (void)ll;
        }
        free(tok);
        if (!fits) {
            /* an integer that overflows has 19 characters or more, a real
             * 5 or more (6 with a sign): the new text is never longer */
            char num[32];
            if (isfinite(d))
                snprintf(num, sizeof num, "%.2e", d);
            else
                snprintf(num, sizeof num, "%s", d < 0 ? "-1e308" : "1e308");
            size_t n = strlen(num);
            if (n <= j - i) {
                if (!out)
                    out = memcpy(xmalloc(len), body, len);
                memcpy(out + i, num, n);
                memset(out + i + n, ' ', j - i - n);
            }
        }
        i = j;
    }
    return out;
}

json_t *api_json_parse_body(const char *body, size_t len, char *err, size_t errlen)
{
    if (!util_utf8_valid(body, len)) {
        snprintf(err, errlen, "the body is not valid UTF-8");
        return NULL;
    }
    json_error_t je;
    json_t *v = json_loadb(body, len, 0, &je);
    if (!v && json_error_code(&je) == json_error_numeric_overflow) {
        char *tamed = api__json_tame_numbers(body, len);
        if (tamed) {
            v = json_loadb(tamed, len, 0, &je);
            free(tamed);
        }
    }
    if (!v) {
        if (strstr(je.text, "JSON_ALLOW_NUL") || strstr(je.text, "NUL byte"))
            snprintf(err, errlen, "the body holds a NUL character (\\u0000), which no field may "
                                  "contain (line %d, column %d)", je.line, je.column);
        else
            snprintf(err, errlen, "the body is not valid JSON: %s (line %d, column %d)", je.text,
                     je.line, je.column);
        return NULL;
    }
    if (!json_is_object(v)) {
        json_decref(v);
        snprintf(err, errlen, "the body must be a JSON object");
        return NULL;
    }
    return v;
}

json_t *api__body(http_req *req)
{
    char err[256];
    json_t *v = api_json_parse_body(req->body.data, req->body.len, err, sizeof err);
    if (!v)
        http_error(req, 400, "bad_request", NULL, "%s", err);
    return v;
}

void api__send_json(http_req *req, int status, json_t *v)
{
    /* 15 significant digits: a probability stored as 0.0833 is read back
     * as the double nearest it, which jansson's default 17 digits print as
     * 0.083299999999999999; 15 print every stored decimal as it was */
    char *s = json_dumps(v, JSON_COMPACT | JSON_REAL_PRECISION(15));
    json_decref(v);
    http_send(req, status, "application/json; charset=utf-8", s, strlen(s));
    free(s);
}

bool api__field_string_in(http_req *req, const char *field, json_t *obj, const char *key,
                          api__need need, size_t max_chars, bool trim, const char **out)
{
    *out = NULL;
    const char *name = field ? util_arena_printf(req->arena, "%s.%s", field, key) : key;
    if (!field)
        field = key;
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v)) {
        if (need == FIELD_REQUIRED) {
            http_error(req, 422, "invalid_field", field, "%s is required", name);
            return false;
        }
        return true;
    }
    if (!json_is_string(v)) {
        http_error(req, 422, "invalid_field", field, "%s must be a string", name);
        return false;
    }
    const char *s = json_string_value(v);
    size_t n = json_string_length(v);
    if (memchr(s, '\0', n)) {
        http_error(req, 422, "invalid_field", field, "%s must not contain NUL characters", name);
        return false;
    }
    if (trim)
        s = util_trim(s, n, &n);
    if (n == 0) {
        if (need == FIELD_REQUIRED) {
            http_error(req, 422, "invalid_field", field, "%s must not be empty", name);
            return false;
        }
        return true;
    }
    size_t chars = util_utf8_len(s, n);
    if (chars > max_chars) {
        http_error(req, 422, "invalid_field", field, "%s is too long (%zu characters, at most %zu)",
                   name, chars, max_chars);
        return false;
    }
    *out = util_arena_strndup(req->arena, s, n);
    return true;
}

bool api__field_string(http_req *req, json_t *obj, const char *name, api__need need,
                       size_t max_chars, bool trim, const char **out)
{
    return api__field_string_in(req, NULL, obj, name, need, max_chars, trim, out);
}

bool api__valid_email(const char *s)
{
    size_t n = strlen(s);
    const char *at = strrchr(s, '@');
    if (n > 254 || !at || at == s || at - s > 64)
        return false;
    for (const char *p = s; p < at; p++) {
        unsigned char c = (unsigned char)*p;
        if (c <= ' ' || c == '@' || c == '<' || c == '>' || c == '(' || c == ')' || c == ',' ||
            c == ';' || c == ':' || c == '\\' || c == '"' || c == '[' || c == ']' || c == 0x7f)
            return false;
    }
    if (s[0] == '.' || at[-1] == '.' || strstr(s, ".."))
        return false;
    const char *d = at + 1;
    const char *dot = strrchr(d, '.');
    if (!*d || !dot || dot == d || !dot[1] || strlen(dot + 1) < 2)
        return false;
    const char *label = d;
    for (const char *p = d;; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '.' || c == '\0') {
            if (p == label || label[0] == '-' || p[-1] == '-' || p - label > 63)
                return false;
            if (!c)
                break;
            label = p + 1;
        } else if (!isalnum(c) && c != '-' && c < 0x80) {
            return false;
        }
    }
    return true;
}

bool api__valid_http_url(const char *s)
{
    const char *rest;
    if (strncasecmp(s, "http://", 7) == 0)
        rest = s + 7;
    else if (strncasecmp(s, "https://", 8) == 0)
        rest = s + 8;
    else
        return false;
    size_t hostlen = strcspn(rest, "/?#");
    if (hostlen == 0 || strlen(s) > 2000)
        return false;
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' ||
            c == '{' || c == '|' || c == '}' || c == 0x7f)
            return false;
    }
    /* host[:port], optional userinfo is refused (phishing-looking links) */
    for (size_t i = 0; i < hostlen; i++) {
        unsigned char c = (unsigned char)rest[i];
        if (c == '@')
            return false;
        if (!isalnum(c) && c != '.' && c != '-' && c != ':' && c != '[' && c != ']' && c < 0x80)
            return false;
    }
    return rest[0] != '.' && rest[0] != ':';
}

bool api__no_controls(const char *s, bool lines)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p < 0x20 && !(lines && (*p == '\n' || *p == '\t'))) || *p == 0x7f)
            return false;
        if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) /* C1 controls */
            return false;
        if (!lines && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) /* U+2028/9 */
            return false;
    }
    return true;
}

bool api__one_line(const char *s)
{
    return api__no_controls(s, false);
}

bool api__uri_chars_ok(const char *u)
{
    return api__one_line(u) && api__no_bidi(u);
}

bool api__no_bidi(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x8E || p[2] == 0x8F || (p[2] >= 0xAA && p[2] <= 0xAE)))
            return false;   /* U+200E/F, U+202A-E */
        if (p[0] == 0xE2 && p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9)
            return false;   /* U+2066-9 */
        if (p[0] == 0xD8 && p[1] == 0x9C)
            return false;   /* U+061C */
    }
    return true;
}

bool api__visible(const char *s)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    utf8proc_int32_t cp;
    utf8proc_ssize_t n;
    while (*p && (n = utf8proc_iterate(p, -1, &cp)) > 0) {
        p += n;
        switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_ME:
            continue;
        default:
            break;
        }
        if (cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800)
            continue; /* Hangul fillers, braille blank: letters that show nothing */
        return true;
    }
    return false;
}

bool api__absent(const json_t *v)
{
    return !v || json_is_null(v) || (json_is_string(v) && json_string_length(v) == 0);
}

bool api__visible_html(util_arena *a, const char *html)
{
    size_t n = strlen(html), k = 0;
    char *text = util_arena_alloc(a, n + 1);
    for (const char *p = html; *p; p++) {
        if (*p == '<') {   /* render_markdown's own tags: no '>' inside them */
            const char *e = strchr(p, '>');
            if (!e)
                break;
            p = e;
            continue;
        }
        text[k++] = *p;
    }
    text[k] = '\0';
    return api__visible(text);
}

bool api__valid_site(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 100)
        return false;
    for (const char *p = s; *p; p++)
        if (!isalnum((unsigned char)*p) && !strchr("-_.", *p))
            return false;
    return true;
}

bool api__query_thread(http_req *req, const char **site, const char **uri)
{
    const char *u = http_param(req, "uri");
    if (!u || !*u) {
        http_error(req, 422, "invalid_field", "uri", "uri is required");
        return false;
    }
    size_t chars = util_utf8_len(u, strlen(u));
    if (chars > 2000) {
        http_error(req, 422, "invalid_field", "uri", "uri is too long (at most 2000 characters)");
        return false;
    }
    if (!api__uri_chars_ok(u)) {
        http_error(req, 422, "invalid_field", "uri", "uri must not contain control characters");
        return false;
    }
    const char *s = http_param(req, "site");
    if (!s || !*s)
        s = api__app(req)->cfg->default_site;
    else if (!api__valid_site(s)) {
        http_error(req, 422, "invalid_field", "site",
                   "site must be 1-100 letters, digits, '.', '-' or '_'");
        return false;
    }
    *site = s;
    *uri = u;
    return true;
}

bool api__path_id(http_req *req, size_t index, int64_t *id)
{
    const char *s = index < req->nparams ? req->params[index] : NULL;
    if (util_parse_id(s, id))
        return true;
    http_error(req, 404, "not_found", NULL, "no such comment: %s", s ? s : "");
    return false;
}

bool api__secure_cookies(http_req *req)
{
    const char *pub = api__app(req)->cfg->public_url;
    return pub && strncmp(pub, "https://", 8) == 0;
}
