/* memory — xmalloc and friends, per-request arenas, growable buffers.
 *
 * Out of memory is not an error we recover from: xmalloc logs and aborts, so
 * no caller checks for NULL.  An arena is a list of chunks; allocations bump
 * a pointer in the current chunk and large ones get a chunk of their own.
 * Nothing is freed individually: util_arena_free releases all at once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "causerie: out of memory (%zu bytes)\n", n);
        abort();
    }
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) {
        fprintf(stderr, "causerie: out of memory (%zu x %zu bytes)\n", n, size);
        abort();
    }
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "causerie: out of memory (%zu bytes)\n", n);
        abort();
    }
    return q;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* ---- arena ------------------------------------------------------------- */

#define ARENA_CHUNK 8192
#define ARENA_ALIGN 16

typedef struct chunk {
    struct chunk *next;
    size_t size, used;
    _Alignas(ARENA_ALIGN) unsigned char data[];
} chunk;

struct util_arena {
    chunk *head;
    size_t total;
};

util_arena *util_arena_new(void)
{
    return xcalloc(1, sizeof(util_arena));
}

void util_arena_free(util_arena *a)
{
    if (!a)
        return;
    chunk *c = a->head;
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

void *util_arena_alloc(util_arena *a, size_t n)
{
    void *p = util_arena_alloc_raw(a, n);
    memset(p, 0, n);
    return p;
}

void *util_arena_alloc_raw(util_arena *a, size_t n)
{
    if (!a)
        return xmalloc(n ? n : 1);
    size_t need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (need < n)
        abort(); /* overflow */
    chunk *c = a->head;
    if (!c || c->size - c->used < need) {
        size_t size = need > ARENA_CHUNK / 2 ? need : ARENA_CHUNK;
        chunk *nc = xmalloc(sizeof(chunk) + size);
        nc->size = size;
        nc->used = 0;
        if (size == need && c) {
            /* A big block: keep the current chunk in front for small ones. */
            nc->next = c->next;
            c->next = nc;
        } else {
            nc->next = c;
            a->head = nc;
        }
        c = nc;
        a->total += size;
    }
    void *p = c->data + c->used;
    c->used += need;
    return p;
}

size_t util_arena_used(const util_arena *a)
{
    return a ? a->total : 0;
}

char *util_arena_strdup(util_arena *a, const char *s)
{
    return s ? util_arena_strndup(a, s, strlen(s)) : NULL;
}

char *util_arena_strndup(util_arena *a, const char *s, size_t n)
{
    char *p = util_arena_alloc_raw(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *util_arena_printf(util_arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    char *p = util_arena_alloc_raw(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

/* ---- buffers ----------------------------------------------------------- */

void util_buf_reserve(util_buf *b, size_t extra)
{
    if (b->cap - b->len > extra && b->data)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len <= extra)
        cap *= 2;
    b->data = xrealloc(b->data, cap);
    b->cap = cap;
    b->data[b->len] = '\0';
}

void util_buf_append(util_buf *b, const void *p, size_t n)
{
    util_buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void util_buf_puts(util_buf *b, const char *s)
{
    util_buf_append(b, s, strlen(s));
}

void util_buf_putc(util_buf *b, char c)
{
    util_buf_append(b, &c, 1);
}

void util_buf_vprintf(util_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    util_buf_reserve(b, 64);
    int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
    if (n < 0) {
        va_end(ap2);
        return;
    }
    if ((size_t)n >= b->cap - b->len) {
        util_buf_reserve(b, (size_t)n);
        vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap2);
    }
    va_end(ap2);
    b->len += (size_t)n;
}

void util_buf_printf(util_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    util_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

char *util_buf_steal(util_buf *b)
{
    if (!b->data)
        util_buf_reserve(b, 0);
    char *p = b->data;
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

void util_buf_free(util_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
