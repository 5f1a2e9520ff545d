/* url — the absolute URL of a thread's page, for the links of mails and
 * feeds (util_page_url).
 *
 * A thread is keyed by whatever uri its first client sent: a path
 * ("/2026/11/article") or an absolute URL.  An absolute one is used as the
 * link only when its origin (scheme://host[:port], compared without case)
 * is listed in site.origins ("*" lists every origin): otherwise anyone
 * could post under "https://elsewhere.example/login" and have the editors'
 * mail about a held comment, or a feed, link there.  The bytes a URL may
 * not hold as they are (a space, '<', '"', a control…) are %-escaped.
 * Must never return a URL on a host the operator did not name. */
#include <string.h>
#include <strings.h>

#include "util/util.h"

size_t util_url_origin_len(const char *url)
{
    size_t skip = strncasecmp(url, "http://", 7) == 0    ? 7
                  : strncasecmp(url, "https://", 8) == 0 ? 8
                                                         : 0;
    if (skip == 0)
        return 0;
    size_t n = skip + strcspn(url + skip, "/?#");
    return n > skip ? n : 0;
}

const char *util_origin_next(const char **p, size_t *len)
{
    const char *s = *p;
    while (*s == ',' || *s == ' ')
        s++;
    const char *e = s + strcspn(s, ",");
    const char *t = e;
    while (t > s && (t[-1] == ' ' || t[-1] == '/'))
        t--;
    *p = e;
    *len = (size_t)(t - s);
    return *s ? s : NULL;
}

bool util_origin_listed(const char *origins, const char *origin, size_t n)
{
    const char *p = origins ? origins : "", *o;
    size_t len;
    while ((o = util_origin_next(&p, &len)) != NULL)
        if ((len == 1 && *o == '*') || (len == n && strncasecmp(o, origin, n) == 0))
            return true;
    return false;
}

/* s with the bytes a URL may not hold as they are (spaces, controls, quotes,
 * angle brackets and the like: RFC 3986's excluded characters) escaped as
 * %XX, so that a link in a mail or a feed ends where the uri ends. */
static const char *escape_unsafe(util_arena *a, const char *s)
{
    static const char unsafe[] = " \"<>\\^`{|}";
    size_t extra = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x20 || *p == 0x7f || strchr(unsafe, *p))
            extra += 2;
    if (extra == 0)
        return s;
    size_t len = strlen(s);
    char *out = util_arena_alloc(a, len + extra + 1), *o = out;
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p == 0x7f || strchr(unsafe, *p)) {
            *o++ = '%';
            *o++ = hex[*p >> 4];
            *o++ = hex[*p & 15];
        } else {
            *o++ = (char)*p;
        }
    }
    *o = '\0';
    return out;
}

const char *util_page_url(util_arena *a, const util_config *c, const char *uri)
{
    if (!uri || !*uri)
        return util_arena_printf(a, "%s/", c->public_url);
    size_t n = util_url_origin_len(uri);
    if (n)
        return util_origin_listed(c->site_origins, uri, n) ? escape_unsafe(a, uri)
                                                      : util_arena_printf(a, "%s/", c->public_url);
    /* anything else is a path on public_url, whatever it holds ("javascript:x"
     * becomes "https://comments.example/javascript:x") */
    return util_arena_printf(a, "%s%s%s", c->public_url, uri[0] == '/' ? "" : "/",
                             escape_unsafe(a, uri));
}

const char *util_comment_url(util_arena *a, const util_config *c, const char *uri, long long id)
{
    const char *page = util_page_url(a, c, uri);
    size_t n = strcspn(page, "#");
    return util_arena_printf(a, "%.*s#causerie-comment-%lld", (int)n, page, id);
}
