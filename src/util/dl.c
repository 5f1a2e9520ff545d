/* dl.c — a shared library opened at run time, its functions looked up by
 * name (store/pq_load.c for libpq, notify/curl_load.c for libcurl: the
 * libraries only some sites use, so that every process need not map them).
 *
 * How: dlopen(soname), then dlsym for each name into its slot; the slots
 * are filled only when every name was found.
 *
 * Must never: leave some slots filled and others not, or close a library
 * whose functions were handed out. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include "util/util.h"

bool util_dl_load(const char *soname, const util_dl_sym *syms, size_t n, char *err,
                  size_t errlen)
{
    void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        snprintf(err, errlen, "%s", dlerror());
        return false;
    }
    void **found = xmalloc((n ? n : 1) * sizeof *found);
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        found[i] = dlsym(h, syms[i].name);
        if (!found[i]) {
            snprintf(err, errlen, "%s has no %s", soname, syms[i].name);
            ok = false;   /* the library stays open: harmless, and rare */
        }
    }
    for (size_t i = 0; ok && i < n; i++) *syms[i].slot = found[i];
    free(found);
    return ok;
}
