/* embed — build tool: writes a C file holding every file under a folder
 * (web/), each with its content type, its bytes, a gzip'd copy (zlib) and
 * a content hash, as the table declared in src/api/assets.h.
 *
 * References between the widget's and the console's own files (a quoted
 * "/widget/embed.css") are rewritten to content-hashed names, dependencies
 * first, so the loader can be cached briefly and everything it loads for a
 * year.  Before that, their CSS and JS lose their comments (strip_css,
 * strip_js: only what is certainly a comment; the sources keep them), so
 * readers do not download them and the hashes name the bytes served.
 *
 * Usage: embed DIR OUT.c [PREFIX]   Files are sorted by path so the output
 * is reproducible; hidden files and editor leftovers are skipped.  PREFIX
 * names the table and its count (PREFIX[], PREFIX_count), by default
 * api__assets: the moderation data is embedded as api__data the same way. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

typedef struct file {
    char *rel;
    unsigned char *data, *gz;
    size_t len, gzlen;
} file;

static file *files;
static size_t nfiles, capfiles;

static void die(const char *msg, const char *arg)
{
    fprintf(stderr, "embed: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    exit(1);
}

static unsigned char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("cannot open", path);
    size_t cap = 65536, n = 0;
    unsigned char *buf = malloc(cap);
    size_t r;
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    *len = n;
    return buf;
}

static unsigned char *gzip(const unsigned char *data, size_t len, size_t *out_len)
{
    z_stream z = {0};
    if (deflateInit2(&z, 9, Z_DEFLATED, 31, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        die("deflateInit2 failed", NULL);
    size_t cap = deflateBound(&z, len) + 64;
    unsigned char *out = malloc(cap);
    z.next_in = (unsigned char *)data;
    z.avail_in = (uInt)len;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        die("deflate failed", NULL);
    *out_len = z.total_out;
    deflateEnd(&z);
    return out;
}

static void walk(const char *root, const char *rel)
{
    char path[4096];
    snprintf(path, sizeof path, "%s%s%s", root, *rel ? "/" : "", rel);
    DIR *d = opendir(path);
    if (!d)
        die("cannot open folder", path);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' || e->d_name[strlen(e->d_name) - 1] == '~')
            continue;
        char r[4096], full[8192];
        snprintf(r, sizeof r, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
        snprintf(full, sizeof full, "%s/%s", root, r);
        struct stat st;
        if (stat(full, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            walk(root, r);
        } else if (S_ISREG(st.st_mode)) {
            if (nfiles == capfiles)
                files = realloc(files, (capfiles = capfiles ? capfiles * 2 : 64) * sizeof(file));
            file *f = &files[nfiles++];
            f->rel = strdup(r);
            f->data = read_all(full, &f->len);
        }
    }
    closedir(d);
}

static const char *ctype_of(const char *name)
{
    static const struct { const char *ext, *type; } types[] = {
        {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
        {".json", "application/json; charset=utf-8"}, {".svg", "image/svg+xml"},
        {".png", "image/png"}, {".ico", "image/x-icon"}, {".txt", "text/plain; charset=utf-8"},
        {".woff2", "font/woff2"}, {".webp", "image/webp"}, {".jpg", "image/jpeg"},
    };
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && i < sizeof types / sizeof types[0]; i++)
        if (strcmp(dot, types[i].ext) == 0)
            return types[i].type;
    return "application/octet-stream";
}

static int by_rel(const void *a, const void *b)
{
    return strcmp(((const file *)a)->rel, ((const file *)b)->rel);
}

static void bytes(FILE *out, const char *name, size_t i, const unsigned char *p, size_t n)
{
    fprintf(out, "static const unsigned char %s%zu[%zu] = {", name, i, n ? n : 1);
    for (size_t k = 0; k < n; k++)
        fprintf(out, "%s%u,", k % 24 ? "" : "\n", p[k]);
    fprintf(out, "%s};\n", n ? "" : "0");
}

static unsigned long long content_hash(const file *f)
{
    unsigned long long h = 1469598103934665603ull;
    for (size_t k = 0; k < f->len; k++)
        h = (h ^ f->data[k]) * 1099511628211ull;
    return h;
}

/* Files whose references to other files are rewritten, and the files that
 * may be referenced: the widget and the console (the demo page stays as a
 * publisher would write it). */
static int rewritable(const char *rel)
{
    return strncmp(rel, "widget/", 7) == 0 || strncmp(rel, "admin/", 6) == 0;
}

static unsigned char *find(unsigned char *hay, size_t n, const char *needle, size_t m)
{
    for (size_t i = 0; m <= n && i <= n - m; i++)
        if (memcmp(hay + i, needle, m) == 0)
            return hay + i;
    return NULL;
}

/* Comments cost readers bytes and tell them nothing: the widget's and the
 * console's CSS and JS are served without them (the sources keep them).
 * Only what is certainly a comment goes; the output is never longer. */

static int blank(unsigned char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* CSS: every comment outside a string.  A comment alone on its line goes
 * with its line; one that separates two tokens ("a/ * * /b") stays, since
 * removing it would join them. */
static size_t strip_css(unsigned char *s, size_t n)
{
    size_t o = 0, i = 0;
    unsigned char quote = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (quote) {
            s[o++] = s[i++];
            if (c == '\\' && i < n)
                s[o++] = s[i++];
            else if (c == quote || c == '\n')
                quote = 0;
            continue;
        }
        if (c != '/' || i + 1 >= n || s[i + 1] != '*') {
            if (c == '"' || c == '\'')
                quote = c;
            s[o++] = s[i++];
            continue;
        }
        unsigned char *end = find(s + i + 2, n - i - 2, "*/", 2);
        if (!end) {   /* unterminated: left as it is */
            memmove(s + o, s + i, n - i);
            return o + n - i;
        }
        size_t e = (size_t)(end - s) + 2, j = e, start = o;
        while (start > 0 && blank(s[start - 1]))
            start--;
        while (j < n && blank(s[j]))
            j++;
        int bol = start == 0 || s[start - 1] == '\n', eol = j == n || s[j] == '\n';
        if (bol && eol) {                  /* the whole line */
            o = start;
            i = j < n ? j + 1 : j;
        } else if (eol) {                  /* after a declaration */
            o = start;
            i = j;
        } else if ((o > 0 && s[o - 1] && strchr(" \t\n{};,", s[o - 1])) || (s[e] && strchr(" \t\n{};,", s[e]))) {
            i = e;                         /* beside a separator */
        } else {
            memmove(s + o, s + i, e - i);
            o += e - i;
            i = e;
        }
    }
    return o;
}

/* JavaScript: whole lines whose first characters are "//", and "/ * … * /"
 * blocks that begin a line and end one, nothing else.  Whether a line
 * begins in code (not in a template literal, a string or a comment) is
 * found by a small lexer; where it cannot be sure (a string or a regular
 * expression running past its line, the file ending inside one) the file
 * is left whole and 0 is returned. */
enum { JS_CODE, JS_SQ, JS_DQ, JS_TPL, JS_LINE, JS_BLOCK, JS_RE, JS_CLASS };

/* A '/' in code begins a regular expression after an operator, an opening
 * bracket or one of these words; after a name, a number, a string, ')' or
 * ']' it divides.  A wrong guess shows as a string or a regular expression
 * running past its line, and the file is then left whole. */
static int regex_may_follow(unsigned char last, const char *word)
{
    static const char *const kw[] = {"return", "typeof", "case", "do", "else", "in", "of",
                                     "instanceof", "new", "delete", "void", "throw", "yield", "await"};
    if (last == 'a') {
        for (size_t k = 0; k < sizeof kw / sizeof kw[0]; k++)
            if (strcmp(word, kw[k]) == 0)
                return 1;
        return 0;
    }
    return !last || strchr("(,=:[!&|?{};+-*%<>~^", last);
}

static size_t strip_js(unsigned char *s, size_t n)
{
    char *code_at = calloc(n + 1, 1);   /* 1 where a line begins in code */
    size_t braces[64], ntpl = 0, w = 0;
    int st = JS_CODE, sure = 1;
    unsigned char last = 0;
    char word[16] = "";
    for (size_t i = 0; i < n && sure; i++) {
        unsigned char c = s[i], next = i + 1 < n ? s[i + 1] : 0;
        if (i == 0 || s[i - 1] == '\n')
            code_at[i] = st == JS_CODE;
        switch (st) {
        case JS_CODE:
            if (c == '\'' || c == '"' || c == '`') {
                st = c == '\'' ? JS_SQ : c == '"' ? JS_DQ : JS_TPL;
            } else if (c == '/' && next == '/') {
                st = JS_LINE;
            } else if (c == '/' && next == '*') {
                st = JS_BLOCK;
                i++;
            } else if (c == '/' && regex_may_follow(last, word)) {
                st = JS_RE;
            } else if (c == '}' && ntpl && braces[ntpl - 1] == 0) {
                ntpl--;
                st = JS_TPL;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '_' || c == '$' || c >= 0x80) {
                if (last != 'a')
                    w = 0;
                last = 'a';
                if (w + 1 < sizeof word)
                    word[w++] = (char)c;
                word[w] = '\0';
            } else if (!blank(c) && c != '\n') {
                if (c == '{' && ntpl)
                    braces[ntpl - 1]++;
                else if (c == '}' && ntpl)
                    braces[ntpl - 1]--;
                last = c;
            }
            break;
        case JS_SQ:
        case JS_DQ:
            if (c == '\\')
                i++;
            else if (c == '\n')
                sure = 0;
            else if (c == (st == JS_SQ ? '\'' : '"'))
                st = JS_CODE, last = 'a', w = 0, word[0] = '\0';
            break;
        case JS_TPL:
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                st = JS_CODE, last = 'a', w = 0, word[0] = '\0';
            } else if (c == '$' && next == '{') {
                if (ntpl == sizeof braces / sizeof braces[0])
                    sure = 0;
                else
                    braces[ntpl++] = 0;
                st = JS_CODE, last = '{', i++;
            }
            break;
        case JS_LINE:
            if (c == '\n')
                st = JS_CODE;
            break;
        case JS_BLOCK:
            if (c == '*' && next == '/')
                st = JS_CODE, i++;
            break;
        case JS_RE:
        case JS_CLASS:
            if (c == '\\')
                i++;
            else if (c == '\n')
                sure = 0;
            else if (st == JS_RE && c == '[')
                st = JS_CLASS;
            else if (st == JS_CLASS && c == ']')
                st = JS_RE;
            else if (st == JS_RE && c == '/')
                st = JS_CODE, last = 'a', w = 0, word[0] = '\0';
            break;
        }
    }
    if (!sure || ntpl || (st != JS_CODE && st != JS_LINE)) {
        free(code_at);
        return 0;
    }
    size_t o = 0, i = 0;
    while (i < n) {
        size_t eol = i;
        while (eol < n && s[eol] != '\n')
            eol++;
        size_t q = i;
        while (q < eol && blank(s[q]))
            q++;
        size_t skip = 0;   /* where the kept text resumes, if the line goes */
        if (code_at[i] && q + 1 < eol && s[q] == '/' && s[q + 1] == '/') {
            skip = eol;
        } else if (code_at[i] && q + 1 < eol && s[q] == '/' && s[q + 1] == '*') {
            unsigned char *end = find(s + q + 2, n - q - 2, "*/", 2);
            size_t j = end ? (size_t)(end - s) + 2 : n;
            while (j < n && blank(s[j]))
                j++;
            if (end && (j == n || s[j] == '\n'))
                skip = j;
        }
        if (skip) {
            i = skip < n ? skip + 1 : n;
            continue;
        }
        size_t len = eol < n ? eol + 1 - i : eol - i;
        memmove(s + o, s + i, len);
        o += len;
        i += len;
    }
    free(code_at);
    return o;
}

/* Strips f's comments if it is the widget's or the console's CSS or JS. */
static void strip_comments(file *f)
{
    const char *dot = strrchr(f->rel, '.');
    if (!rewritable(f->rel) || !dot)
        return;
    if (strcmp(dot, ".css") == 0) {
        f->len = strip_css(f->data, f->len);
    } else if (strcmp(dot, ".js") == 0) {
        size_t len = strip_js(f->data, f->len);
        if (len)
            f->len = len;
        else if (f->len)
            fprintf(stderr, "embed: %s: comments kept (cannot tell code from text)\n", f->rel);
    }
}

/* True when f mentions "/<g->rel>" (followed by a quote or a backtick). */
static unsigned char *mention(file *f, const file *g, size_t from)
{
    char needle[4096];
    size_t m = (size_t)snprintf(needle, sizeof needle, "/%s", g->rel);
    for (unsigned char *p = f->data + from; (p = find(p, f->len - (size_t)(p - f->data), needle, m));
         p += m) {
        unsigned char next = p + m < f->data + f->len ? p[m] : 0;
        if (next == '\'' || next == '"' || next == '`')
            return p;
    }
    return NULL;
}

/* Rewrites every mention of g in f to g's content-hashed name
 * ("/widget/embed.css" -> "/widget/embed.0123456789abcdef.css"), which the
 * server answers with a one-year immutable cache. */
static void rewrite(file *f, const file *g)
{
    char hashed[4096];
    const char *dot = strrchr(g->rel, '.');
    const char *slash = strrchr(g->rel, '/');
    if (!dot || (slash && dot < slash))
        return;
    size_t hl = (size_t)snprintf(hashed, sizeof hashed, "/%.*s.%016llx%s", (int)(dot - g->rel),
                                 g->rel, content_hash(g), dot);
    size_t ml = strlen(g->rel) + 1, from = 0;
    unsigned char *p;
    while ((p = mention(f, g, from))) {
        size_t at = (size_t)(p - f->data);
        unsigned char *d = malloc(f->len - ml + hl);
        memcpy(d, f->data, at);
        memcpy(d + at, hashed, hl);
        memcpy(d + at + hl, f->data + at + ml, f->len - at - ml);
        free(f->data);
        f->data = d;
        f->len = f->len - ml + hl;
        from = at + hl;
    }
}

/* Dependencies first: a file is rewritten once every file it mentions is
 * final, so the hashes it carries are the ones served. */
static void rewrite_references(void)
{
    char *final = calloc(nfiles ? nfiles : 1, 1);
    for (int progress = 1; progress;) {
        progress = 0;
        for (size_t i = 0; i < nfiles; i++) {
            if (final[i])
                continue;
            int ready = 1;
            for (size_t j = 0; j < nfiles && ready; j++)
                if (j != i && rewritable(files[j].rel) && rewritable(files[i].rel) && !final[j] &&
                    mention(&files[i], &files[j], 0))
                    ready = 0;
            if (!ready)
                continue;
            for (size_t j = 0; j < nfiles && rewritable(files[i].rel); j++)
                if (j != i && rewritable(files[j].rel))
                    rewrite(&files[i], &files[j]);
            final[i] = 1;
            progress = 1;
        }
    }
    free(final);
}

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 4)
        die("usage: embed DIR OUT.c [PREFIX]", NULL);
    const char *prefix = argc == 4 ? argv[3] : "api__assets";
    for (const char *p = prefix; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_' ||
              (p > prefix && *p >= '0' && *p <= '9')))
            die("PREFIX must be a C identifier", prefix);
    walk(argv[1], "");
    qsort(files, nfiles, sizeof(file), by_rel);
    for (size_t i = 0; i < nfiles; i++)
        strip_comments(&files[i]);
    rewrite_references();
    for (size_t i = 0; i < nfiles; i++)
        files[i].gz = gzip(files[i].data, files[i].len, &files[i].gzlen);
    FILE *out = fopen(argv[2], "w");
    if (!out)
        die("cannot write", argv[2]);
    fprintf(out, "/* Generated by tools/embed.c from %s/: do not edit. */\n"
                 "#include \"api/assets.h\"\n\n", argv[1]);
    for (size_t i = 0; i < nfiles; i++) {
        bytes(out, "d", i, files[i].data, files[i].len);
        bytes(out, "z", i, files[i].gz, files[i].gzlen);
    }
    fprintf(out, "\nconst api_asset %s[] = {\n", prefix);
    for (size_t i = 0; i < nfiles; i++) {
        unsigned long long h = content_hash(&files[i]);
        fprintf(out, "    {\"%s\", \"%s\", d%zu, %zu, z%zu, %zu, \"%016llx\"},\n", files[i].rel,
                ctype_of(files[i].rel), i, files[i].len, i, files[i].gzlen, h);
    }
    if (!nfiles)
        fprintf(out, "    {0},\n");
    fprintf(out, "};\nconst size_t %s_count = %zu;\n", prefix, nfiles);
    fclose(out);
    return 0;
}
