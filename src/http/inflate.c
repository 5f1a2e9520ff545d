/* inflate — request bodies sent with a content coding (RFC 9110 8.4.1):
 * gzip (x-gzip) and deflate (the zlib format), inflated with a bound on
 * what they inflate to, as a plain body is held to its route's limit.  The
 * one place that inflates a request body: the JSON routes (server.c) and
 * the Akismet forms (api/akismet.c) both come here.
 *
 * How: zlib with windowBits 15 + 32 reads a gzip or a zlib header.  The
 * output grows by doubling, never past max + 1 bytes: a small gzip of
 * gigabytes costs at most that much memory and is TOO_LARGE as soon as it
 * passes max.  Gzip members one after the other (RFC 1952 2.2) are one
 * body, as gzip -d reads them; zero bytes after the last are padding and
 * ignored, as gzip -d does.  zlib's memory comes from xmalloc (out of
 * memory aborts there, as everywhere).
 *
 * Must never: hold more than max + 1 bytes of output, read past the
 * input, or take a damaged or truncated stream, or other bytes after it,
 * for a body. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "http/http.h"

#define FIRST_OUT 4096

static voidpf z_alloc(voidpf opaque, uInt items, uInt size)
{
    (void)opaque;
    return xcalloc(items, size);
}

static void z_free(voidpf opaque, voidpf p)
{
    (void)opaque;
    free(p);
}

/* Whether [p, p + n) is zero bytes only (padding after the last member). */
static bool zeros(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i])
            return false;
    return true;
}

http_inflate_status http_inflate(const void *in, size_t n, size_t max, util_buf *out)
{
    *out = (util_buf){0};
    assert(n <= UINT32_MAX && max < SIZE_MAX - 1);
    z_stream z = {.zalloc = z_alloc, .zfree = z_free};
    int rc = inflateInit2(&z, 15 + 32);   /* 32: a gzip or a zlib header */
    assert(rc == Z_OK);
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)n;
    http_inflate_status st = HTTP_INFLATE_BAD;
    for (;;) {
        if (out->len > max) {
            st = HTTP_INFLATE_TOO_LARGE;
            break;
        }
        if (out->len == out->cap) {   /* grow: double, up to max + 1 (and its NUL) */
            size_t cap = out->cap ? 2 * out->cap : FIRST_OUT;
            if (cap > max + 1)
                cap = max + 1;
            out->data = xrealloc(out->data, cap + 1);
            out->cap = cap;
        }
        size_t room = out->cap - out->len;
        z.next_out = (Bytef *)out->data + out->len;
        z.avail_out = (uInt)(room < UINT32_MAX ? room : UINT32_MAX);
        uInt before = z.avail_out;
        rc = inflate(&z, Z_NO_FLUSH);
        out->len += before - z.avail_out;
        if (rc == Z_STREAM_END) {
            if (out->len > max) {
                st = HTTP_INFLATE_TOO_LARGE;
                break;
            }
            if (z.avail_in == 0 || zeros(z.next_in, z.avail_in)) {
                st = HTTP_INFLATE_OK;
                break;
            }
            inflateReset(&z);   /* another member follows */
            continue;
        }
        if (rc != Z_OK)   /* damaged (Z_DATA_ERROR, Z_NEED_DICT) or truncated (Z_BUF_ERROR) */
            break;
    }
    inflateEnd(&z);
    if (st != HTTP_INFLATE_OK) {
        util_buf_free(out);
        *out = (util_buf){0};
        return st;
    }
    if (!out->data) {   /* nothing inflated: an empty body, still NUL-terminated */
        out->data = xmalloc(1);
        out->cap = 0;
    }
    out->data[out->len] = '\0';
    return st;
}
