/* atom.c — the Atom 1.0 feed (RFC 4287) of a thread's comments.
 *
 * How: the document is written straight into the caller's buffer, every
 * piece of outside text (titles, authors, URLs, the comment HTML) through
 * render_xml_escape, so the result is well-formed XML whatever the input.
 * Each entry carries what RFC 4287 requires (id, title, updated, author)
 * plus published, an alternate link and the comment as escaped HTML
 * (content type="html").  An entry's id is its link (…#comment-12); with no
 * link it is made from the feed id and the comment id.
 *
 * Must never: write a byte of input unescaped, or leave out a required
 * element (a missing author becomes "Anonymous", a missing title a default). */
#include <assert.h>
#include <string.h>

#include "render/render.h"

#ifndef CAUSERIE_VERSION
#define CAUSERIE_VERSION "0"
#endif

static void put_escaped(util_buf *out, const char *s)
{
    if (s != NULL)
        render_xml_escape(out, s, strlen(s));
}

/* <name>escaped text</name> on its own line. */
static void put_elem(util_buf *out, const char *indent, const char *name, const char *text)
{
    util_buf_printf(out, "%s<%s>", indent, name);
    put_escaped(out, text);
    util_buf_printf(out, "</%s>\n", name);
}

static void put_time(util_buf *out, const char *indent, const char *name, long long ms)
{
    char t[32];

    util_time_rfc3339((int64_t)ms, t);
    util_buf_printf(out, "%s<%s>%s</%s>\n", indent, name, t, name);
}

static void put_link(util_buf *out, const char *indent, const char *rel, const char *type,
                     const char *href)
{
    util_buf_printf(out, "%s<link rel=\"%s\" type=\"%s\" href=\"", indent, rel, type);
    put_escaped(out, href);
    util_buf_puts(out, "\"/>\n");
}

static long long entry_updated(const render_feed_entry *e)
{
    return e->modified_ms > e->created_ms ? e->modified_ms : e->created_ms;
}

static void put_entry(util_buf *out, const render_feed *f, const render_feed_entry *e)
{
    const char *author = e->author != NULL && e->author[0] != '\0' ? e->author : "Anonymous";
    const char *link = e->link != NULL && e->link[0] != '\0' ? e->link : NULL;

    util_buf_puts(out, "  <entry>\n    <id>");
    if (link != NULL) {
        put_escaped(out, link);
    } else {
        put_escaped(out, f->id);
        util_buf_printf(out, "#comment-%lld", e->id);
    }
    util_buf_puts(out, "</id>\n    <title>Comment by ");
    put_escaped(out, author);
    util_buf_puts(out, "</title>\n    <author>\n");
    put_elem(out, "      ", "name", author);
    util_buf_puts(out, "    </author>\n");
    put_time(out, "    ", "published", e->created_ms);
    put_time(out, "    ", "updated", entry_updated(e));
    if (link != NULL)
        put_link(out, "    ", "alternate", "text/html", link);
    util_buf_puts(out, "    <content type=\"html\">");
    put_escaped(out, e->html);
    util_buf_puts(out, "</content>\n  </entry>\n");
}

void render_atom(util_buf *out, const render_feed *f)
{
    long long updated;

    assert(out != NULL);
    assert(f != NULL);
    assert(f->id != NULL && f->id[0] != '\0');
    assert(f->entries != NULL || f->n == 0);

    /* The feed changed when its newest entry did, if the caller knows no
     * better. */
    updated = f->updated_ms;
    for (size_t i = 0; i < f->n; i++)
        if (entry_updated(&f->entries[i]) > updated)
            updated = entry_updated(&f->entries[i]);

    util_buf_puts(out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                       "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    put_elem(out, "  ", "id", f->id);
    put_elem(out, "  ", "title", f->title != NULL ? f->title : "Comments");
    put_time(out, "  ", "updated", updated);
    if (f->self_link != NULL && f->self_link[0] != '\0')
        put_link(out, "  ", "self", "application/atom+xml", f->self_link);
    if (f->alt_link != NULL && f->alt_link[0] != '\0')
        put_link(out, "  ", "alternate", "text/html", f->alt_link);
    util_buf_puts(out, "  <generator version=\"");
    put_escaped(out, CAUSERIE_VERSION);
    util_buf_puts(out, "\">Causerie</generator>\n");
    for (size_t i = 0; i < f->n; i++)
        put_entry(out, f, &f->entries[i]);
    util_buf_puts(out, "</feed>\n");
}
