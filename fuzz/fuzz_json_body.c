/* fuzz_json_body.c — libFuzzer target for the JSON body reader of the API,
 * api_json_parse_body (src/api/api.h), fed request bodies as they arrive.
 *
 * How: the input is the raw body (any bytes, not NUL-terminated, copied to
 * an exact-size heap block so ASan sees any over-read).  A rejected body must
 * come with a reason in err; an accepted one must be a JSON object that
 * survives a dump and reload unchanged (jansson's writer and reader agree),
 * whose strings are valid UTF-8.  The fields of a comment post (API.md:
 * uri, author, text, parent, anchor, subscribe, …) are then read the way
 * the handlers read them, so type confusion in the shape shows up here.
 *
 * Must never: return normally when a promise is broken (abort()). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "api/api.h"
#include "util/util.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every string in v is valid UTF-8; returns the number of values seen. */
static size_t walk(json_t *v, int depth)
{
    size_t n = 1;
    CHECK(depth < 4096);
    if (json_is_string(v)) {
        CHECK(util_utf8_valid(json_string_value(v), json_string_length(v)));
    } else if (json_is_object(v)) {
        const char *k;
        json_t *x;
        json_object_foreach(v, k, x) {
            CHECK(util_utf8_valid(k, strlen(k)));
            n += walk(x, depth + 1);
        }
    } else if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) n += walk(x, depth + 1);
    }
    return n;
}

/* The comment-post shape, read as the handler does. */
static void read_comment_post(json_t *o)
{
    static const char *const strings[] = {"uri", "site", "title", "author",
                                          "email", "website", "text", "subscribe"};
    json_t *v, *anchor;

    for (size_t i = 0; i < UTIL_ARRAY_LEN(strings); i++) {
        v = json_object_get(o, strings[i]);
        if (json_is_string(v)) {
            size_t n;
            const char *s = util_trim(json_string_value(v), json_string_length(v), &n);
            CHECK(n <= json_string_length(v));
            CHECK(util_utf8_len(s, n) <= n);
        }
    }
    v = json_object_get(o, "parent");
    if (json_is_integer(v))
        (void)json_integer_value(v);
    anchor = json_object_get(o, "anchor");
    if (json_is_object(anchor)) {
        v = json_object_get(anchor, "paragraph");
        if (json_is_integer(v))
            (void)json_integer_value(v);
        v = json_object_get(anchor, "quote");
        if (json_is_string(v))
            CHECK(util_utf8_valid(json_string_value(v), json_string_length(v)));
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[256] = "";
    char *body = malloc(size ? size : 1);
    json_t *v, *back;
    char *dump;

    memcpy(body, data, size);
    v = api_json_parse_body(body, size, err, sizeof err);
    if (v == NULL) {
        CHECK(err[0] != '\0');
        free(body);
        return 0;
    }
    CHECK(json_is_object(v));
    walk(v, 0);
    read_comment_post(v);
    dump = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
    CHECK(dump != NULL);
    back = json_loads(dump, 0, NULL);
    CHECK(back != NULL && json_equal(v, back));
    json_decref(back);
    free(dump);
    json_decref(v);
    free(body);
    return 0;
}
