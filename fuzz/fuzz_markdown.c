/* fuzz_markdown.c — libFuzzer target for render_markdown (and the escapers
 * it relies on).
 *
 * How: the input is a reader's comment text, taken as is (any bytes, any
 * length, not NUL-terminated).  Beyond "no crash, no leak, no UB", each
 * output must pass the allow-list of tests/unit/render/xml_check.h, written
 * apart from markdown.c: only the elements cmark and our rewrite emit, every
 * <a> with rel="nofollow ugc noopener" and an http/https/mailto/relative
 * href, well-formed and valid UTF-8.  The same input through
 * render_html_escape must hold no markup character, and through
 * render_xml_escape must be acceptable XML character data.
 *
 * Must never: return normally when an oracle fails (abort() so libFuzzer
 * keeps the input). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/render.h"
#include "../tests/unit/render/xml_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *in = (const char *)data;
    util_arena *a = util_arena_new();
    util_buf b = {0};
    char err[512];
    char *html = render_markdown(a, in, size);

    if (html == NULL || xc_check(html, strlen(html), &xc_html_policy, err, sizeof err) != 0) {
        fprintf(stderr, "render_markdown: unsafe output: %s\n%s\n", err, html ? html : "(null)");
        abort();
    }

    render_html_escape(&b, in, size);
    for (size_t i = 0; i < b.len; i++)
        if (memchr("<>\"'", b.data[i], 4) != NULL) {
            fprintf(stderr, "render_html_escape left a markup character at %zu\n", i);
            abort();
        }
    b.len = 0;
    render_xml_escape(&b, in, size);
    if (b.len > 0 && xc_text(b.data, b.len, true) != 0) {
        fprintf(stderr, "render_xml_escape: not XML character data at byte %zu\n",
                xc_text(b.data, b.len, true) - 1);
        abort();
    }
    util_buf_free(&b);
    util_arena_free(a);
    return 0;
}
