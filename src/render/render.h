/* render — turns readers' text into safe HTML, and builds feeds and pages.
 *
 * Markdown is rendered once, when a comment is written, with cmark in safe
 * mode (raw HTML dropped, javascript:/vbscript:/data: links neutralised),
 * links rewritten to carry rel="nofollow ugc noopener", images turned into
 * plain links (no third-party request from a reader's browser), headings
 * flattened to strong paragraphs, quotes and lists nested more than 8 deep
 * flattened into the eighth level.  Output is a fragment safe to insert
 * into a page as is.
 *
 * Memory: every function appends to a util_buf or returns arena memory. */
#ifndef CAUSERIE_RENDER_H
#define CAUSERIE_RENDER_H

#include <stddef.h>

#include "util/util.h"

/* Markdown (UTF-8, trusted length) to a safe HTML fragment in arena memory. */
char *render_markdown(util_arena *a, const char *text, size_t len);

/* Escapes &, <, >, ", ' for HTML text and attribute values. */
void render_html_escape(util_buf *out, const char *s, size_t n);
char *render_html_escape_a(util_arena *a, const char *s);
/* Escapes for XML 1.0 (also drops characters XML cannot carry). */
void render_xml_escape(util_buf *out, const char *s, size_t n);

/* Atom feed of a thread's comments. */
typedef struct render_feed_entry {
    long long id;
    const char *author;
    const char *html;          /* already safe HTML */
    long long created_ms, modified_ms;
    const char *link;          /* absolute URL of the comment */
} render_feed_entry;
typedef struct render_feed {
    const char *id;            /* absolute feed id (URL) */
    const char *title;
    const char *self_link;     /* absolute URL of the feed */
    const char *alt_link;      /* absolute URL of the page */
    long long updated_ms;
    const render_feed_entry *entries;
    size_t n;
} render_feed;
void render_atom(util_buf *out, const render_feed *f);

#endif
