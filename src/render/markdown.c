/* markdown.c — a reader's Markdown to an HTML fragment safe to put in a page.
 *
 * How: cmark parses the text (CommonMark, UTF-8 validated, soft line breaks
 * rendered as <br />, no smart punctuation, safe mode on so raw HTML never
 * reaches the output).  Before rendering, one walk over the tree rewrites it:
 *   - raw HTML tags are removed, the words around and between them kept (a
 *     raw HTML block becomes a paragraph of its text without its tags);
 *   - a link whose URL is http, https, mailto or relative becomes a custom
 *     inline node carrying our own <a href="…" rel="nofollow ugc noopener">
 *     (the URL cleaned as a browser would, then checked, percent-encoded
 *     and entity-escaped here), any other link is unwrapped to its text;
 *   - an image becomes such a link to the image URL with the alt text as the
 *     link text (never an <img>: no third-party request from a reader's
 *     browser); inside a link it is just its alt text;
 *   - a heading becomes a paragraph holding <strong>;
 *   - block quotes and lists nested more than MAX_NESTING deep are
 *     flattened into the deepest one kept, when the walk enters the
 *     outermost too deep one (flatten_entered), before its content is
 *     rewritten.
 * Nodes are changed only on their EXIT event (or ENTER for leaves), which is
 * when cmark's iterator allows it, but for that flattening, after which the
 * iterator is set back by hand; the walk is iterative, so deep nesting costs
 * time linear in the input, never stack.
 *
 * The rendered HTML is copied into the arena without the characters XML 1.0
 * cannot carry (C0 controls but tab/LF/CR, U+FFFE, U+FFFF).
 *
 * Must never: let raw HTML, an <img>, an event attribute or a URL with a
 * scheme other than http/https/mailto into the output.  Because custom
 * inline nodes are emitted verbatim by cmark, every byte put into them is
 * escaped here. */
#include <assert.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "render/render.h"

#define LINK_REL " rel=\"nofollow ugc noopener\""

/* Deepest nesting of block quotes and lists kept in the output.  Each level
 * indents its content in a page (the widget, the console, a feed reader), so
 * thousands of them ("> > > …", "- - - …", a few characters each) pushed the
 * text thousands of pixels out of the comment and made the whole page scroll
 * sideways.  Deeper levels are flattened into the last one kept. */
#define MAX_NESTING 8

/* Writes url into out as a browser reads it before looking for a scheme
 * (WHATWG URL parser): leading and trailing C0 controls and spaces removed,
 * tab, LF and CR removed anywhere.  The href we emit is this cleaned URL,
 * so what was checked is what the browser follows.  out ends NUL-terminated
 * and non-NULL. */
static void url_clean(util_buf *out, const char *url)
{
    const unsigned char *p = (const unsigned char *)(url != NULL ? url : "");
    size_t end;

    while (*p != '\0' && *p <= 0x20)
        p++;
    for (; *p != '\0'; p++)
        if (*p != '\t' && *p != '\n' && *p != '\r')
            util_buf_putc(out, (char)*p);
    util_buf_putc(out, '\0');
    end = out->len - 1;
    while (end > 0 && (unsigned char)out->data[end - 1] <= 0x20)
        end--;
    out->data[end] = '\0';
    out->len = end;
}

/* url cleaned by url_clean.  Stricter than a browser: a colon before any
 * '/', '?' or '#' is taken as ending a scheme (RFC 3986 forbids a colon in
 * the first segment of a relative path), and that scheme must be http,
 * https or mailto, in any case.  No colon there: a relative URL, allowed. */
static bool url_allowed(const char *url)
{
    static const char *const allowed[] = {"http", "https", "mailto"};
    char scheme[8];
    size_t n = 0; /* bytes before the colon; only the first few are kept */

    for (const unsigned char *p = (const unsigned char *)url;; p++) {
        unsigned char c = *p;
        if (c == '\0' || c == '/' || c == '?' || c == '#')
            return true;
        if (c == ':')
            break;
        if (n + 1 < sizeof scheme)
            scheme[n] = (char)((c >= 'A' && c <= 'Z') ? c | 0x20 : c);
        n++;
    }
    if (n + 1 > sizeof scheme)
        return false;
    scheme[n] = '\0';
    for (size_t i = 0; i < UTIL_ARRAY_LEN(allowed); i++)
        if (strcmp(scheme, allowed[i]) == 0)
            return true;
    return false;
}

/* Appends url as a double-quoted attribute value: bytes outside the URL
 * character set are percent-encoded (so no quote, angle bracket, space,
 * control or non-ASCII byte survives), & and ' become entities. */
static void append_href(util_buf *b, const char *url)
{
    static const char hex[] = "0123456789ABCDEF";
    static const char safe[] = "-._~:/?#[]@!$()*+,;=%";

    for (const unsigned char *p = (const unsigned char *)url; *p != '\0'; p++) {
        unsigned char c = *p;
        if (c == '&') {
            util_buf_puts(b, "&amp;");
        } else if (c == '\'') {
            util_buf_puts(b, "&#39;");
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                   (c >= '0' && c <= '9') || strchr(safe, c) != NULL) {
            util_buf_putc(b, (char)c);
        } else {
            util_buf_putc(b, '%');
            util_buf_putc(b, hex[c >> 4]);
            util_buf_putc(b, hex[c & 15]);
        }
    }
}

/* A custom inline node that renders as <a …>children</a>; url must be
 * cleaned and have passed url_allowed.  Returns NULL only when cmark refuses the strings. */
static cmark_node *new_anchor(const char *url, const char *title)
{
    util_buf b = {0};
    cmark_node *a = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);

    util_buf_puts(&b, "<a href=\"");
    append_href(&b, url != NULL ? url : "");
    util_buf_putc(&b, '"');
    if (title != NULL && title[0] != '\0') {
        util_buf_puts(&b, " title=\"");
        render_html_escape(&b, title, strlen(title));
        util_buf_putc(&b, '"');
    }
    util_buf_puts(&b, LINK_REL ">");
    if (!cmark_node_set_on_enter(a, b.data) || !cmark_node_set_on_exit(a, "</a>")) {
        cmark_node_free(a);
        a = NULL;
    }
    util_buf_free(&b);
    return a;
}

static void move_children(cmark_node *from, cmark_node *to)
{
    cmark_node *c;

    while ((c = cmark_node_first_child(from)) != NULL)
        cmark_node_append_child(to, c);
}

/* Replaces node by its children, then frees it. */
static void unwrap(cmark_node *node)
{
    cmark_node *c;

    while ((c = cmark_node_first_child(node)) != NULL)
        cmark_node_insert_before(node, c);
    cmark_node_free(node);
}

/* Replaces node by repl and frees node; if repl is NULL, just frees node. */
static void replace(cmark_node *node, cmark_node *repl)
{
    if (repl != NULL)
        cmark_node_replace(node, repl);
    cmark_node_free(node);
}

static cmark_node *new_text(const char *s)
{
    cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);

    cmark_node_set_literal(t, s);
    return t;
}

/* The plain text of a subtree (what cmark puts in alt=""). */
static void collect_text(cmark_node *root, util_buf *out)
{
    cmark_iter *it = cmark_iter_new(root);
    cmark_event_type ev;

    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER)
            continue;
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            util_buf_puts(out, cmark_node_get_literal(n));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            util_buf_putc(out, ' ');
            break;
        default:
            break;
        }
    }
    cmark_iter_free(it);
}

static void rewrite_link(cmark_node *node)
{
    util_buf url = {0};
    cmark_node *a = NULL;

    url_clean(&url, cmark_node_get_url(node));
    if (url_allowed(url.data))
        a = new_anchor(url.data, cmark_node_get_title(node));
    if (a != NULL) {
        move_children(node, a);
        replace(node, a);
    } else {
        unwrap(node);
    }
    util_buf_free(&url);
}

/* in_link: the image sits inside a link, where another <a> cannot go. */
static void rewrite_image(cmark_node *node, bool in_link)
{
    util_buf url = {0}, alt = {0};
    cmark_node *repl = NULL;

    url_clean(&url, cmark_node_get_url(node));
    collect_text(node, &alt);
    if (!in_link && url.len > 0 && url_allowed(url.data)) {
        repl = new_anchor(url.data, cmark_node_get_title(node));
        if (repl != NULL)
            cmark_node_append_child(repl, new_text(alt.len > 0 ? alt.data : url.data));
    }
    if (repl == NULL && alt.len > 0)
        repl = new_text(alt.data);
    replace(node, repl);
    util_buf_free(&alt);
    util_buf_free(&url);
}

static void rewrite_heading(cmark_node *node)
{
    cmark_node *para, *strong;

    if (cmark_node_first_child(node) == NULL) {
        cmark_node_free(node);
        return;
    }
    para = cmark_node_new(CMARK_NODE_PARAGRAPH);
    strong = cmark_node_new(CMARK_NODE_STRONG);
    move_children(node, strong);
    cmark_node_append_child(para, strong);
    replace(node, para);
}

/* A raw HTML block's text without its tags ("<…>" opened by a letter, '/',
 * '!' or '?'), so that what a reader wrote around them stays: a block runs
 * to the end of its lines ("<script>… texte" is one block), and dropping
 * it whole lost "texte".  NULL when nothing but blanks is left. */
static char *html_block_text(const char *lit)
{
    if (!lit)
        return NULL;
    size_t n = strlen(lit);
    char *out = malloc(n + 1), *o = out;
    if (!out)
        return NULL;
    bool blank = true;
    for (const char *p = lit; *p;) {
        if (p[0] == '<' && (((p[1] | 32) >= 'a' && (p[1] | 32) <= 'z') || p[1] == '/' ||
                            p[1] == '!' || p[1] == '?')) {
            const char *gt = strchr(p, '>');
            if (gt) {
                p = gt + 1;
                continue;
            }
        }
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
            blank = false;
        *o++ = *p++;
    }
    while (o > out && (o[-1] == ' ' || o[-1] == '\t' || o[-1] == '\n' || o[-1] == '\r'))
        o--;
    *o = '\0';
    if (blank) {
        free(out);
        return NULL;
    }
    char *start = out;
    while (*start == ' ' || *start == '\t' || *start == '\n' || *start == '\r')
        start++;
    if (start != out)
        memmove(out, start, strlen(start) + 1);
    return out;
}

static bool is_container(cmark_node *n)
{
    cmark_node_type t = cmark_node_get_type(n);

    return t == CMARK_NODE_BLOCK_QUOTE || t == CMARK_NODE_LIST;
}

/* Puts the blocks held inside deep (a block quote or a list nested too
 * deeply), in document order and without any quote, list or item around
 * them, in its place, then frees it.  Paragraphs, code blocks, headings and
 * the rest move as they are; the containers in between go. */
static void flatten(cmark_node *deep)
{
    cmark_iter *it = cmark_iter_new(deep);
    cmark_event_type ev;
    cmark_node **keep = NULL, *parent;
    size_t n = 0, cap = 0;

    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(node);
        parent = cmark_node_parent(node);
        if (ev != CMARK_EVENT_ENTER || node == deep || is_container(node) ||
            t == CMARK_NODE_ITEM)
            continue;
        /* a block directly inside a quote, list item or list: kept whole */
        if (parent == NULL || !(is_container(parent) || cmark_node_get_type(parent) == CMARK_NODE_ITEM))
            continue;
        if (n == cap) {
            cap = cap ? 2 * cap : 16;
            keep = xrealloc(keep, cap * sizeof *keep);
        }
        keep[n++] = node;
    }
    cmark_iter_free(it);
    /* An item of a tight list shows its paragraphs without <p>: the ones
     * moved in would run together ("g", "h" as "gh").  That list is loose
     * now. */
    parent = cmark_node_parent(deep);
    if (n > 0 && cmark_node_get_type(parent) == CMARK_NODE_ITEM)
        cmark_node_set_list_tight(cmark_node_parent(parent), 0);
    /* Moved only now: cmark's iterator does not allow it during the walk. */
    for (size_t i = 0; i < n; i++)
        cmark_node_insert_before(deep, keep[i]);
    cmark_node_free(deep);
    free(keep);
}

/* Flattens deep, the outermost block quote or list too deeply nested, when
 * the walk it reaches enters it: before anything inside it is rewritten, as
 * if no walk had begun (whether a tight list above it goes loose depends on
 * the blocks it holds as written, a raw HTML block that the rewrite drops
 * included).  cmark's iterator allows no change on an ENTER event, so it is
 * then set back on the event before deep's place: the next event enters the
 * first block moved out of deep, or whatever followed deep. */
static void flatten_entered(cmark_iter *it, cmark_node *deep)
{
    cmark_node *prev = cmark_node_previous(deep), *parent = cmark_node_parent(deep);

    flatten(deep);
    if (prev != NULL)
        cmark_iter_reset(it, prev, CMARK_EVENT_EXIT);
    else
        cmark_iter_reset(it, parent, CMARK_EVENT_ENTER);
}

/* The walk described at the top of the file.  Depth counters tell whether
 * a node sits inside a link or an image, or how many block quotes and lists
 * hold it, without climbing to the root. */
static void rewrite_tree(cmark_node *doc)
{
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    size_t links = 0, images = 0; /* enclosing links / images, self included */
    size_t depth = 0;             /* enclosing block quotes and lists, self included */

    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(it);
        bool enter = ev == CMARK_EVENT_ENTER;

        if (is_container(node)) {
            /* A flattened one leaves no container behind it: the depth
             * never passes MAX_NESTING, and it has no EXIT event. */
            if (!enter)
                depth--;
            else if (++depth > MAX_NESTING) {
                depth--;
                flatten_entered(it, node);
            }
            continue;
        }
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HTML_BLOCK: {
            /* Leaves: only an ENTER event; the iterator has moved on.  The
             * block's words stay, as a paragraph of plain text. */
            char *text = html_block_text(cmark_node_get_literal(node));
            cmark_node *para = NULL;
            if (text) {
                cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
                cmark_node_set_literal(t, text);
                para = cmark_node_new(CMARK_NODE_PARAGRAPH);
                cmark_node_append_child(para, t);
                free(text);
            }
            replace(node, para);
            break;
        }
        case CMARK_NODE_HTML_INLINE:
            /* a tag inside a paragraph: the tag goes, the words around it stay */
            cmark_node_free(node);
            break;
        case CMARK_NODE_CUSTOM_BLOCK:
        case CMARK_NODE_CUSTOM_INLINE:
            /* The parser never makes these; anything verbatim must go. */
            if (!enter)
                cmark_node_free(node);
            break;
        case CMARK_NODE_LINK:
            if (enter) {
                links++;
                break;
            }
            links--;
            /* Inside an image, the image keeps only the text. */
            if (images == 0)
                rewrite_link(node);
            break;
        case CMARK_NODE_IMAGE:
            if (enter) {
                images++;
                break;
            }
            images--;
            /* An image inside an image is flattened by the outer one. */
            if (images == 0)
                rewrite_image(node, links > 0);
            break;
        case CMARK_NODE_HEADING:
            if (!enter)
                rewrite_heading(node);
            break;
        default:
            break;
        }
    }
    cmark_iter_free(it);
}

/* Copies cmark's HTML into the arena without the characters XML 1.0 cannot
 * carry: C0 controls but tab, LF and CR, and U+FFFE / U+FFFF.  They reach
 * the output from the text or from references such as "&#1;" (cmark turns
 * only NUL, surrogates and out-of-range references into U+FFFD), have no use
 * in a comment, and would make the fragment unfit for XHTML and feeds.
 * cmark 0.30 writes "&#xFFFE;" and "&#xFFFF;" as the lone bytes 0xFE and
 * 0xFF (its copy of utf8proc's encoder does), which are not UTF-8 at all:
 * those bytes are dropped too.  Dropping a byte inside text or an attribute
 * value cannot create markup. */
static char *copy_clean(util_arena *a, const char *html)
{
    size_t n = strlen(html), j = 0;
    char *out = util_arena_alloc(a, n + 1);

    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)html[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFE || c == 0xFF)
            continue;
        if (c == 0xEF && i + 2 < n && (unsigned char)html[i + 1] == 0xBF &&
            ((unsigned char)html[i + 2] == 0xBE || (unsigned char)html[i + 2] == 0xBF)) {
            i += 2;
            continue;
        }
        out[j++] = (char)c;
    }
    out[j] = '\0';
    return out;
}

char *render_markdown(util_arena *a, const char *text, size_t len)
{
    const int opts = CMARK_OPT_HARDBREAKS | CMARK_OPT_VALIDATE_UTF8;
    cmark_mem *mem = cmark_get_default_mem_allocator();
    cmark_node *doc;
    char *html, *res;

    assert(a != NULL);
    assert(text != NULL || len == 0);
    if (text == NULL)
        text = "";
    /* cmark aborts on out-of-memory and otherwise always returns a tree. */
    doc = cmark_parse_document(text, len, opts);
    rewrite_tree(doc);
    html = cmark_render_html(doc, opts);
    res = copy_clean(a, html);
    mem->free(html);
    cmark_node_free(doc);
    return res;
}
