/* assets — serves the embedded web/ files: the widget under /widget/, the
 * editors' console at /admin, the favicon, and in demo mode the demo page at
 * /.  Answers gzip when the client accepts it (a q of 0 refuses it), with an
 * ETag (the content hash); a name carrying the hash (embed.<hash>.js) is
 * cached for a year.  A page (the console, the demo) also carries a
 * Content-Security-Policy: its own scripts, styles and API only, never in a
 * frame of another page.
 * Must never: serve a file outside the embedded table, or a page that
 * another site may frame (the console's buttons decide comments). */
#include <string.h>
#include <strings.h>

#include "api/api_int.h"
#include "api/assets.h"

static const api_asset *find(const char *rel)
{
    size_t lo = 0, hi = api__assets_count;
    while (lo < hi) { /* the table is sorted by path */
        size_t mid = (lo + hi) / 2;
        int c = strcmp(api__assets[mid].path ? api__assets[mid].path : "", rel);
        if (c == 0)
            return &api__assets[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* "widget/embed.0123456789abcdef.js" -> "widget/embed.js" if the hash is
 * that file's. */
static const api_asset *find_hashed(http_req *req, const char *rel)
{
    const char *slash = strrchr(rel, '/');
    const char *base = slash ? slash + 1 : rel;
    const char *dot1 = strchr(base, '.');
    const char *dot2 = dot1 ? strchr(dot1 + 1, '.') : NULL;
    if (!dot1 || !dot2 || dot2 - dot1 - 1 != 16)
        return NULL;
    char *plain = util_arena_printf(req->arena, "%.*s%s", (int)(dot1 - rel), rel, dot2);
    const api_asset *a = find(plain);
    return a && strncmp(a->hash, dot1 + 1, 16) == 0 ? a : NULL;
}

/* [s, e) without the spaces and tabs around it. */
static void trim_span(const char **s, const char **e)
{
    while (*s < *e && (**s == ' ' || **s == '\t'))
        (*s)++;
    while (*e > *s && ((*e)[-1] == ' ' || (*e)[-1] == '\t'))
        (*e)--;
}

/* Whether Accept-Encoding admits gzip: a "gzip", "x-gzip" or "*" element
 * (any case) whose q is not zero ("gzip;q=0" refuses it, RFC 9110 12.5.3);
 * a gzip element decides over "*". */
static bool accepts_gzip(const char *ae)
{
    int gzip = -1, star = -1; /* -1 not named, 0 refused, 1 accepted */
    for (const char *p = ae; p && *p;) {
        const char *end = p + strcspn(p, ",");
        const char *name = p, *name_end = p + strcspn(p, ";,");
        trim_span(&name, &name_end);
        int ok = 1;
        for (const char *q = name_end; q < end; q++) {
            if (*q != ';')
                continue;
            const char *v = q + 1, *v_end = v + strcspn(v, ";,");
            trim_span(&v, &v_end);
            if (v_end - v >= 2 && (v[0] == 'q' || v[0] == 'Q') && v[1] == '=') {
                /* a weight of 0 (0, 0.0, 0.000…) is "not acceptable" */
                v += 2;
                ok = !(v < v_end && *v == '0' && strspn(v, "0.") >= (size_t)(v_end - v));
            }
        }
        size_t n = (size_t)(name_end - name);
        if ((n == 4 && strncasecmp(name, "gzip", 4) == 0) ||
            (n == 6 && strncasecmp(name, "x-gzip", 6) == 0))
            gzip = ok;
        else if (n == 1 && *name == '*')
            star = ok;
        p = *end ? end + 1 : end;
    }
    return gzip >= 0 ? gzip == 1 : star == 1;
}

/* The headers of an HTML page: the console shows readers' comments (their
 * sanitised HTML) to editors with their session, and the demo the widget;
 * should a comment ever carry markup past both sanitisers, no inline script
 * or other host runs, and no other site frames the page to steer an
 * editor's clicks (clickjacking: the session cookie is SameSite=Strict, but
 * a page of the same site is not cross-site).  Everything the console, the
 * demo and the widget load comes from this server: scripts, styles,
 * strings, the API and the event stream. */
static void page_headers(http_req *req, const api_asset *a)
{
    if (strncmp(a->ctype, "text/html", 9) != 0)
        return;
    http_add_header(req, "Content-Security-Policy",
                    "default-src 'self'; script-src 'self'; style-src 'self'; "
                    "img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    http_add_header(req, "X-Frame-Options", "DENY");
    http_add_header(req, "Referrer-Policy", "same-origin");
}

bool api__asset_exists(const char *path)
{
    if (strncmp(path, "/widget/", 8) != 0 && strncmp(path, "/admin/", 7) != 0)
        return false;
    const char *rel = path + 1;
    return !strstr(rel, "..") && rel[strlen(rel) - 1] != '/' && find(rel) != NULL;
}

void api__asset(http_req *req)
{
    api_app *app = api__app(req);
    const char *p = req->path;
    const char *rel = NULL;
    if (strncmp(p, "/widget/", 8) == 0 || strncmp(p, "/admin/", 7) == 0)
        rel = p + 1;
    else if (strcmp(p, "/admin") == 0)
        rel = "admin/index.html";
    else if (strcmp(p, "/favicon.ico") == 0)
        rel = find("favicon.ico") ? "favicon.ico" : "favicon.svg";
    else if (app->demo)
        rel = util_arena_printf(req->arena, "demo%s", strcmp(p, "/") == 0 ? "/index.html" : p);
    if (rel && rel[strlen(rel) - 1] == '/')
        rel = util_arena_printf(req->arena, "%sindex.html", rel);
    const api_asset *a = rel && !strstr(rel, "..") ? find(rel) : NULL;
    bool hashed = false;
    if (!a && rel && (a = find_hashed(req, rel)))
        hashed = true;
    if (!a) {
        http_error(req, 404, "not_found", NULL, "no such resource: %s", p);
        return;
    }
    /* each coding its own strong validator (RFC 9110 8.8.3): a cache must
     * not answer a request for the plain bytes with the gzip ones */
    bool gz = accepts_gzip(http_header(req, "Accept-Encoding")) && a->gzlen < a->len;
    const char *etag = util_arena_printf(req->arena, gz ? "\"%s-gz\"" : "\"%s\"", a->hash);
    http_add_header(req, "ETag", etag);
    http_add_header(req, "Cache-Control",
                    hashed ? "public, max-age=31536000, immutable" : "public, max-age=300");
    http_add_header(req, "Vary", "Accept-Encoding");
    page_headers(req, a);
    if (http_etag_matches(req, etag)) {
        http_send_not_modified(req, gz ? a->gzlen : a->len);
        return;
    }
    if (gz) {
        http_add_header(req, "Content-Encoding", "gzip");
        http_send(req, 200, a->ctype, a->gz, a->gzlen);
    } else {
        http_send(req, 200, a->ctype, a->data, a->len);
    }
}
