/* url — the absolute URL of a thread's page, for the links of mails and
 * feeds (util_page_url).
 *
 * A thread is keyed by whatever uri its first client sent: a path
 * ("/2026/11/article") or an absolute URL.  An absolute one is used as the
 * link only when its origin (scheme://host[:port], compared without case)
 * is listed in site.origins ("*" lists every origin): otherwise anyone
 * could post under "https://elsewhere.example/login" and have the editors'
 * mail about a held comment, or a feed, link there.  Must never return a
 * URL on a host the operator did not name. */
#include <string.h>
#include <strings.h>

#include "util/util.h"

/* Length of the origin part of an absolute http(s) URL, 0 if it is not one. */
static size_t origin_len(const char *url)
{
    size_t skip = strncasecmp(url, "http://", 7) == 0    ? 7
                  : strncasecmp(url, "https://", 8) == 0 ? 8
                                                         : 0;
    if (skip == 0)
        return 0;
    size_t n = skip + strcspn(url + skip, "/?#");
    return n > skip ? n : 0;
}

/* Whether the n-byte origin is one of the comma-separated origins. */
static bool origin_listed(const char *origins, const char *origin, size_t n)
{
    for (const char *p = origins ? origins : ""; *p;) {
        while (*p == ',' || *p == ' ')
            p++;
        const char *e = p + strcspn(p, ",");
        const char *t = e;
        while (t > p && (t[-1] == ' ' || t[-1] == '/'))
            t--;
        if ((t - p == 1 && *p == '*') || ((size_t)(t - p) == n && strncasecmp(p, origin, n) == 0))
            return true;
        p = e;
    }
    return false;
}

const char *util_page_url(util_arena *a, const util_config *c, const char *uri)
{
    if (!uri || !*uri)
        return util_arena_printf(a, "%s/", c->public_url);
    size_t n = origin_len(uri);
    if (n)
        return origin_listed(c->site_origins, uri, n) ? uri
                                                      : util_arena_printf(a, "%s/", c->public_url);
    /* anything else is a path on public_url, whatever it holds ("javascript:x"
     * becomes "https://comments.example/javascript:x") */
    return util_arena_printf(a, "%s%s%s", c->public_url, uri[0] == '/' ? "" : "/", uri);
}
