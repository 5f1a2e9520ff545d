/* pages — giving back the resident pages of shared libraries that the
 * process maps but does not run (util_release_library_pages).
 *
 * Why: Debian's libmicrohttpd links gnutls, and gnutls brings p11-kit,
 * nettle, hogweed, gmp, tasn1, idn2, unistring and ffi; their library
 * constructors (gnutls_global_init, from gnutls's own and from
 * libmicrohttpd's MHD_init) run at every start and fault in about 2 MB of
 * their code and read-only data, which then stay in the server's resident
 * set though it speaks no TLS (make bench's peak RSS, session 16).
 *
 * How: /proc/self/smaps is read once; each mapping of a file whose name
 * (the part after the last '/') starts with one of the given prefixes, is
 * not writable and holds no anonymous page (its pages are all the file's,
 * untouched: code and read-only data, not the relocated RELRO pages nor
 * .data) is given back with madvise(MADV_DONTNEED).  Such a page is still
 * in the page cache: if the library ever runs again (at exit, its
 * destructor), the kernel maps it in again from there.  Nothing is lost,
 * only made resident again when used.
 *
 * Must never: drop a writable mapping or one with anonymous (copied,
 * relocated) pages — their content would revert to the file's; fail the
 * caller (an unreadable smaps, as in a sandbox, gives back nothing). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "util/util.h"

/* One mapping of smaps, as far as read. */
typedef struct mapping {
    unsigned long start, end;
    bool candidate;   /* a named library's, not writable */
    long anon_kb;     /* -1: its Anonymous line not read */
} mapping;

static bool named(const char *path, const char *const *prefixes, size_t n)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    for (size_t i = 0; i < n; i++)
        if (strncmp(base, prefixes[i], strlen(prefixes[i])) == 0)
            return true;
    return false;
}

/* Gives m's pages back if it qualifies; the bytes given back. */
static size_t release(const mapping *m)
{
    if (!m->candidate || m->anon_kb != 0 || m->end <= m->start)
        return 0;
    if (madvise((void *)m->start, m->end - m->start, MADV_DONTNEED) != 0)
        return 0;
    return m->end - m->start;
}

size_t util_release_library_pages(const char *const *prefixes, size_t n)
{
    FILE *f = fopen("/proc/self/smaps", "r");
    if (!f)
        return 0;
    size_t released = 0;
    mapping m = {0};
    char line[4096 + 256];
    while (fgets(line, sizeof line, f)) {
        unsigned long start, end;
        char perms[8];
        int path_at = 0;
        if (sscanf(line, "%lx-%lx %7s %*s %*s %*s %n", &start, &end, perms, &path_at) == 3 &&
            path_at > 0) {
            released += release(&m);   /* the mapping before, fully read */
            char *path = line + path_at;
            path[strcspn(path, "\n")] = '\0';
            m = (mapping){.start = start, .end = end, .anon_kb = -1,
                          .candidate = path[0] == '/' && perms[1] != 'w' && perms[3] == 'p' &&
                                       named(path, prefixes, n)};
        } else if (strncmp(line, "Anonymous:", 10) == 0) {
            m.anon_kb = strtol(line + 10, NULL, 10);
        }
    }
    released += release(&m);
    fclose(f);
    return released;
}
