/* embed — build tool: writes a C file holding every file under a folder
 * (web/), each with its content type, its bytes, a gzip'd copy (zlib) and
 * a content hash, as the table declared in src/api/assets.h.
 *
 * References between the widget's and the console's own files (a quoted
 * "/widget/embed.css") are rewritten to content-hashed names, dependencies
 * first, so the loader can be cached briefly and everything it loads for a
 * year.
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
