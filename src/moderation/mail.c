/* mail.c — reads an RFC 822 / MIME message roughly enough for spam
 * filtering: the Subject (RFC 2047 words decoded), the From name and
 * address, and the text of its text/plain and text/html parts (quoted-
 * printable and base64 decoded, HTML tags dropped but link targets kept,
 * non-UTF-8 bytes read as Latin-1).  Attachments and other parts are
 * skipped.  A file without a header block is plain text.  What the body's
 * structure says (part types, transfer encodings, charsets, HTML tag and
 * tag+attribute names) is appended to the headers as one pseudo-header,
 * X-Causerie-Structure, which the tokenizer reads like the others.
 *
 * Written by hand because no Debian C library the project uses parses
 * MIME (gmime would be a large dependency for this one CLI need).  It reads
 * every file `causerie classify` is given, so the loops over bytes use
 * memchr and inline "C"-locale character classes, not a call per byte.
 *
 * Must never: read past the buffer, recurse without bound (multipart
 * nesting is limited to 8), or fail: the worst input gives its bytes as
 * text. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "moderation/mod_int.h"

#define MAX_DEPTH 8

/* isalnum, isalpha, isspace and tolower of the "C" locale (the only one the
 * server and the command line run in), without a call per byte */
static inline bool m_isalpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool m_isalnum(int c)
{
    return m_isalpha(c) || (c >= '0' && c <= '9');
}

static inline bool m_isspace(int c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline int m_tolower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

typedef struct hdrs {
    const char *subject, *from, *ctype, *cte;
    size_t subject_n, from_n, ctype_n, cte_n;
} hdrs;

/* Index of the first '\n' of [p + i, p + n), or n. */
static size_t eol(const char *p, size_t i, size_t n)
{
    const char *q = i < n ? memchr(p + i, '\n', n - i) : NULL;
    return q ? (size_t)(q - p) : n;
}

/* Parses the header block of [p, p+n); returns the offset of the body
 * (after the blank line) or 0 if there is no header block. */
static size_t parse_headers(const char *p, size_t n, hdrs *h)
{
    memset(h, 0, sizeof *h);
    size_t i = 0;
    if (n >= 5 && memcmp(p, "From ", 5) == 0) {   /* mbox separator line */
        i = eol(p, i, n);
        i++;
    }
    size_t first = i;
    bool saw_header = false;
    while (i < n) {
        size_t ls = i;
        i = eol(p, i, n);
        size_t le = i;
        if (le > ls && p[le - 1] == '\r') le--;
        i++;
        if (le == ls) return saw_header ? (i > n ? n : i) : 0;   /* blank line */
        if (p[ls] == ' ' || p[ls] == '\t') continue;             /* folded */
        const char *colon = memchr(p + ls, ':', le - ls);
        if (colon == NULL) return saw_header ? (ls) : 0;
        for (const char *c = p + ls; c < colon; c++)
            if (!(m_isalnum((unsigned char)*c) || *c == '-' || *c == '_')) return saw_header ? ls : 0;
        saw_header = true;
        size_t nl = (size_t)(colon - (p + ls));
        /* value: to the end of the unfolded header */
        size_t ve = i;
        while (ve < n && (p[ve] == ' ' || p[ve] == '\t')) {
            ve = eol(p, ve, n);
            ve++;
        }
        if (ve > n) ve = n;
        const char *v = colon + 1;
        size_t vn = (size_t)(p + ve - v);
        while (vn && m_isspace((unsigned char)*v)) { v++; vn--; }
        while (vn && m_isspace((unsigned char)v[vn - 1])) vn--;
        if (nl == 7 && strncasecmp(p + ls, "subject", 7) == 0) { h->subject = v; h->subject_n = vn; }
        else if (nl == 4 && strncasecmp(p + ls, "from", 4) == 0) { h->from = v; h->from_n = vn; }
        else if (nl == 12 && strncasecmp(p + ls, "content-type", 12) == 0) { h->ctype = v; h->ctype_n = vn; }
        else if (nl == 25 && strncasecmp(p + ls, "content-transfer-encoding", 25) == 0) { h->cte = v; h->cte_n = vn; }
        (void)first;
    }
    return saw_header ? n : 0;
}

static int hexv(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c = m_tolower(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static void decode_qp(const char *p, size_t n, util_buf *o, bool underscore_space)
{
    util_buf_reserve(o, n + 1);   /* never longer than its input */
    char *w = o->data + o->len;
    for (size_t i = 0; i < n; i++) {
        if (!underscore_space && p[i] != '=') {   /* up to the next '=', as it is */
            const char *eq = memchr(p + i, '=', n - i);
            size_t e = eq ? (size_t)(eq - p) : n;
            memcpy(w, p + i, e - i);
            w += e - i;
            i = e;
            if (i == n) break;
        }
        if (p[i] == '=' && i + 1 < n && (p[i + 1] == '\n' || p[i + 1] == '\r')) {
            i++;
            if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n') i++;
            continue;
        }
        if (p[i] == '=' && i + 2 < n && hexv(p[i + 1]) >= 0 && hexv(p[i + 2]) >= 0) {
            *w++ = (char)(hexv(p[i + 1]) * 16 + hexv(p[i + 2]));
            i += 2;
            continue;
        }
        *w++ = underscore_space && p[i] == '_' ? ' ' : p[i];
    }
    o->len = (size_t)(w - o->data);
    o->data[o->len] = '\0';
}

static int b64v(int c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
}

static void decode_b64(const char *p, size_t n, util_buf *o)
{
    util_buf_reserve(o, n + 1);   /* 3 bytes out for 4 in */
    char *w = o->data + o->len;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        int v = b64v((unsigned char)p[i]);
        if (v < 0) continue;
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *w++ = (char)((acc >> bits) & 0xff);
        }
    }
    o->len = (size_t)(w - o->data);
    o->data[o->len] = '\0';
}

/* Appends s as UTF-8: valid UTF-8 as is, otherwise each byte as Latin-1. */
static void append_utf8(util_buf *o, const char *s, size_t n)
{
    size_t i = 0;
    while (i + 8 <= n) {   /* ASCII, 8 bytes at a time */
        uint64_t x;
        memcpy(&x, s + i, 8);
        if (x & 0x8080808080808080ULL) break;
        i += 8;
    }
    if (util_utf8_valid(s + i, n - i)) {
        util_buf_append(o, s, n);
        return;
    }
    util_buf_reserve(o, 2 * n + 1);
    char *w = o->data + o->len;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c < 0x80) {
            *w++ = (char)c;
        } else {
            *w++ = (char)(0xC0 | (c >> 6));
            *w++ = (char)(0x80 | (c & 0x3F));
        }
    }
    o->len = (size_t)(w - o->data);
    o->data[o->len] = '\0';
}

/* RFC 2047: =?charset?B|Q?text?= words, others copied. */
static void decode_words(const char *p, size_t n, util_buf *o)
{
    util_buf raw = {0};
    for (size_t i = 0; i < n;) {
        if (i + 1 < n && p[i] == '=' && p[i + 1] == '?') {
            const char *q1 = memchr(p + i + 2, '?', n - i - 2);
            if (q1 && q1 + 2 < p + n && q1[2] == '?') {
                char enc = (char)toupper((unsigned char)q1[1]);
                const char *t = q1 + 3;
                const char *end = NULL;
                for (const char *c = t; c + 1 < p + n; c++)
                    if (c[0] == '?' && c[1] == '=') { end = c; break; }
                if (end && (enc == 'B' || enc == 'Q')) {
                    if (enc == 'B') decode_b64(t, (size_t)(end - t), &raw);
                    else decode_qp(t, (size_t)(end - t), &raw, true);
                    i = (size_t)(end + 2 - p);
                    continue;
                }
            }
        }
        size_t j = i + 1;   /* up to the next "=?" */
        while (j < n && p[j] != '=') j++;
        util_buf_append(&raw, p + i, j - i);
        i = j;
    }
    if (raw.len) append_utf8(o, raw.data, raw.len);
    util_buf_free(&raw);
}

/* Value of a parameter (boundary=, charset=) in a header value. */
static bool param(const char *v, size_t n, const char *name, char *out, size_t outn)
{
    size_t nl = strlen(name);
    for (size_t i = 0; i + nl < n; i++) {
        if ((v[i] | 0x20) == name[0] && strncasecmp(v + i, name, nl) == 0 && v[i + nl] == '=' &&
            (i == 0 || v[i - 1] == ';' || m_isspace((unsigned char)v[i - 1]))) {
            size_t s = i + nl + 1, e;
            if (s < n && v[s] == '"') {
                s++;
                e = s;
                while (e < n && v[e] != '"') e++;
            } else {
                e = s;
                while (e < n && v[e] != ';' && !m_isspace((unsigned char)v[e])) e++;
            }
            if (e - s == 0 || e - s >= outn) return false;
            memcpy(out, v + s, e - s);
            out[e - s] = '\0';
            return true;
        }
    }
    return false;
}

/* Crude HTML to text: tags dropped, href targets kept as text, a few
 * entities decoded, script/style content dropped. */
/* Appends to meta the names of a tag and of its attributes ("font",
 * "fontzcolor": the tokenizer keeps letters and digits only, so 'z' joins
 * them), lower case, at most 16 bytes each. */
static void tag_words(const char *tag, size_t tn, util_buf *meta)
{
    size_t k = 0;
    if (k < tn && tag[k] == '/') return;   /* closing tags say nothing new */
    char name[17];
    size_t nl = 0;
    while (k < tn && m_isalnum((unsigned char)tag[k]) && nl < 16) name[nl++] = (char)m_tolower((unsigned char)tag[k++]);
    if (nl == 0 || meta->len > 8192) return;
    name[nl] = '\0';
    util_buf_putc(meta, ' ');
    util_buf_append(meta, name, nl);
    while (k < tn) {
        while (k < tn && !m_isalpha((unsigned char)tag[k])) {
            if (tag[k] == '"' || tag[k] == '\'') {   /* skip a quoted value */
                char q = tag[k++];
                while (k < tn && tag[k] != q) k++;
            }
            k++;
        }
        char at[17];
        size_t al = 0;
        while (k < tn && m_isalnum((unsigned char)tag[k]) && al < 16)
            at[al++] = (char)m_tolower((unsigned char)tag[k++]);
        while (k < tn && (m_isalnum((unsigned char)tag[k]) || tag[k] == '-')) k++;
        if (al == 0) continue;
        at[al] = '\0';
        util_buf_putc(meta, ' ');
        util_buf_append(meta, name, nl);
        util_buf_putc(meta, 'z');
        util_buf_append(meta, at, al);
    }
}

static void html_to_text(const char *p, size_t n, util_buf *o, util_buf *meta)
{
    for (size_t i = 0; i < n;) {
        if (p[i] == '<') {
            const char *gt = i + 1 < n ? memchr(p + i + 1, '>', n - i - 1) : NULL;
            size_t e = gt ? (size_t)(gt - p) : n;
            const char *tag = p + i + 1;
            size_t tn = e - i - 1;
            tag_words(tag, tn, meta);
            if (tn >= 5 && (tag[0] | 0x20) == 's' &&
                ((tn >= 6 && strncasecmp(tag, "script", 6) == 0) || strncasecmp(tag, "style", 5) == 0)) {
                const char *close = tn >= 6 && strncasecmp(tag, "script", 6) == 0 ? "</script" : "</style";
                size_t cl = strlen(close), k = e;
                while (k + cl <= n && (p[k] != '<' || strncasecmp(p + k, close, cl) != 0)) k++;
                e = k;
                while (e < n && p[e] != '>') e++;
            } else {
                for (size_t k = 0; k + 5 < tn; k++) {
                    if ((tag[k] | 0x20) == 'h' && strncasecmp(tag + k, "href=", 5) == 0) {
                        size_t s = k + 5;
                        char q = tag[s] == '"' || tag[s] == '\'' ? tag[s++] : ' ';
                        size_t t = s;
                        while (t < tn && tag[t] != q && tag[t] != '>') t++;
                        util_buf_putc(o, ' ');
                        util_buf_append(o, tag + s, t - s);
                        util_buf_putc(o, ' ');
                        break;
                    }
                }
            }
            util_buf_putc(o, ' ');
            i = e < n ? e + 1 : n;
            continue;
        }
        if (p[i] == '&') {
            static const struct { const char *e; const char *r; } ents[] = {
                {"&nbsp;", " "}, {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
                {"&#39;", "'"}, {"&eacute;", "\xc3\xa9"}, {"&egrave;", "\xc3\xa8"}, {"&agrave;", "\xc3\xa0"}};
            bool done = false;
            for (size_t k = 0; k < UTIL_ARRAY_LEN(ents); k++) {
                size_t el = strlen(ents[k].e);
                if (i + el <= n && (p[i + 1] | 0x20) == ents[k].e[1] && strncasecmp(p + i, ents[k].e, el) == 0) {
                    util_buf_puts(o, ents[k].r);
                    i += el;
                    done = true;
                    break;
                }
            }
            if (done) continue;
        }
        /* a run of text up to the next tag or entity */
        const char *lt = i + 1 < n ? memchr(p + i + 1, '<', n - i - 1) : NULL;
        size_t j = lt ? (size_t)(lt - p) : n;
        const char *amp = j > i + 1 ? memchr(p + i + 1, '&', j - i - 1) : NULL;
        if (amp) j = (size_t)(amp - p);
        util_buf_append(o, p + i, j - i);
        i = j;
    }
}

static void part(const char *p, size_t n, const hdrs *h, util_buf *out, util_buf *meta, int depth)
{
    char ct[128] = "text/plain";
    if (h->ctype) {
        size_t k = 0;
        while (k < h->ctype_n && k < sizeof ct - 1 && h->ctype[k] != ';' && !m_isspace((unsigned char)h->ctype[k])) {
            ct[k] = (char)m_tolower((unsigned char)h->ctype[k]);
            k++;
        }
        ct[k] = '\0';
    }
    if (strncmp(ct, "multipart/", 10) == 0) {
        char bnd[200];
        if (depth >= MAX_DEPTH || !param(h->ctype, h->ctype_n, "boundary", bnd, sizeof bnd)) {
            append_utf8(out, p, n);
            return;
        }
        char delim[210];
        snprintf(delim, sizeof delim, "--%s", bnd);
        size_t dl = strlen(delim);
        const char *cur = NULL;
        for (size_t i = 0; i + dl <= n;) {
            bool at_line = i == 0 || p[i - 1] == '\n';
            if (at_line && memcmp(p + i, delim, dl) == 0) {
                if (cur) {
                    size_t len = (size_t)(p + i - cur);
                    hdrs ph;
                    size_t body = parse_headers(cur, len, &ph);
                    if (body == 0 && len > 0 && (cur[0] == '\n' || (cur[0] == '\r'))) body = 1;
                    part(cur + body, len - body, &ph, out, meta, depth + 1);
                }
                if (i + dl + 2 <= n && p[i + dl] == '-' && p[i + dl + 1] == '-') return;
                i = eol(p, i, n);
                i++;
                cur = p + (i < n ? i : n);
                continue;
            }
            i = eol(p, i, n);
            i++;
        }
        return;
    }
    if (meta->len < 8192) {
        util_buf_puts(meta, " partz");
        for (const char *c = ct; *c; c++)
            if (m_isalnum((unsigned char)*c)) util_buf_putc(meta, *c);
        if (h->cte) {
            util_buf_puts(meta, " ctez");
            for (size_t k = 0; k < h->cte_n && k < 24 && !m_isspace((unsigned char)h->cte[k]); k++)
                if (m_isalnum((unsigned char)h->cte[k])) util_buf_putc(meta, (char)m_tolower((unsigned char)h->cte[k]));
        }
        char cs[40];
        if (h->ctype && param(h->ctype, h->ctype_n, "charset", cs, sizeof cs)) {
            util_buf_puts(meta, " charsetz");
            for (const char *c = cs; *c; c++)
                if (m_isalnum((unsigned char)*c)) util_buf_putc(meta, (char)m_tolower((unsigned char)*c));
        }
    }
    if (strncmp(ct, "text/", 5) != 0 && strncmp(ct, "message/", 8) != 0) return;   /* attachment */
    util_buf dec = {0}, txt = {0};
    const char *src = p;   /* the part's text, decoded, without copies when it needs none */
    size_t sn = n;
    if (h->cte && h->cte_n >= 6 && strncasecmp(h->cte, "base64", 6) == 0) {
        decode_b64(p, n, &dec);
        src = dec.data ? dec.data : "";
        sn = dec.len;
    } else if (h->cte && h->cte_n >= 16 && strncasecmp(h->cte, "quoted-printable", 16) == 0) {
        decode_qp(p, n, &dec, false);
        src = dec.data ? dec.data : "";
        sn = dec.len;
    }
    if (strcmp(ct, "text/html") == 0) {
        html_to_text(src, sn, &txt, meta);
        src = txt.data ? txt.data : "";
        sn = txt.len;
    }
    if (sn) append_utf8(out, src, sn);
    util_buf_putc(out, '\n');
    util_buf_free(&dec);
    util_buf_free(&txt);
}

void mod_mail_parse(const char *data, size_t len, util_arena *a, mod_input *in)
{
    util_buf body = {0};
    hdrs h;
    size_t off = data ? parse_headers(data, len, &h) : 0;
    if (data == NULL) {
        util_buf_puts(&body, "");
    } else if (off == 0) {
        append_utf8(&body, data, len);
    } else {
        if (h.subject) {
            util_buf s = {0};
            decode_words(h.subject, h.subject_n, &s);
            in->subject = util_arena_strndup(a, s.data ? s.data : "", s.len);
            util_buf_free(&s);
        }
        if (h.from) {
            util_buf f = {0};
            decode_words(h.from, h.from_n, &f);
            const char *s = f.data ? f.data : "";
            const char *lt = strchr(s, '<'), *gt = lt ? strchr(lt, '>') : NULL;
            if (lt && gt) {
                in->email = util_arena_strndup(a, lt + 1, (size_t)(gt - lt - 1));
                size_t nl = (size_t)(lt - s);
                while (nl && (m_isspace((unsigned char)s[nl - 1]) || s[nl - 1] == '"')) nl--;
                const char *ns = s;
                while (*ns == '"') { ns++; if (nl) nl--; }
                if (nl) in->author = util_arena_strndup(a, ns, nl);
            } else if (strchr(s, '@')) {
                size_t k = 0;
                while (s[k] && !m_isspace((unsigned char)s[k])) k++;
                in->email = util_arena_strndup(a, s, k);
            }
            util_buf_free(&f);
        }
        util_buf meta = {0};
        part(data + off, len - off, &h, &body, &meta, 0);
        util_buf hb = {0};
        append_utf8(&hb, data, off > 16384 ? 16384 : off);
        /* what the body's structure says (MIME part types, encodings,
         * charsets, HTML tags and attributes) as one pseudo-header the
         * tokenizer reads like the others */
        if (meta.len) {
            while (hb.len && (hb.data[hb.len - 1] == '\n' || hb.data[hb.len - 1] == '\r')) hb.len--;
            util_buf_puts(&hb, "\nX-Causerie-Structure:");
            append_utf8(&hb, meta.data, meta.len);
            util_buf_puts(&hb, "\n\n");
        }
        util_buf_free(&meta);
        in->headers = util_arena_strndup(a, hb.data ? hb.data : "", hb.len);
        util_buf_free(&hb);
    }
    in->text = util_arena_strndup(a, body.data ? body.data : "", body.len);
    util_buf_free(&body);
}
