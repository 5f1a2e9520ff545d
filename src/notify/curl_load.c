/* curl_load.c — libcurl by dlopen, for the first notifier that needs it
 * (see curl_api.h for why).
 *
 * How: pthread_once opens libcurl.so.4 (the soname of Debian's libcurl4
 * packages, the ABI the headers describe), looks up every function the
 * notifiers call, then runs curl_global_init, which must run before any
 * other thread uses curl; all of the functions or none are set.
 *
 * Must never: leave notify__curl half filled, or unload the library. */
#include <pthread.h>
#include <stdio.h>

#include "util/util.h"

#define CAUSERIE_CURL_LOAD_C
#include "notify/curl_api.h"

struct notify__curl_fns notify__curl;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char load_err[256];
static bool loaded;

static void load(void)
{
    struct notify__curl_fns f;
    const util_dl_sym want[] = {
#define LOAD(n) {(void **)&f.n, #n}
        LOAD(curl_global_init),
        LOAD(curl_easy_init),
        LOAD(curl_easy_cleanup),
        LOAD(curl_easy_setopt),
        LOAD(curl_easy_getinfo),
        LOAD(curl_easy_perform),
        LOAD(curl_easy_strerror),
        LOAD(curl_slist_append),
        LOAD(curl_slist_free_all),
#undef LOAD
    };
    char why[200];
    if (!util_dl_load("libcurl.so.4", want, sizeof want / sizeof want[0], why, sizeof why)) {
        snprintf(load_err, sizeof load_err, "e-mail and webhooks need libcurl (libcurl.so.4): %s",
                 why);
        return;
    }
    CURLcode rc = f.curl_global_init(CURL_GLOBAL_DEFAULT);
    if (rc != CURLE_OK) {
        snprintf(load_err, sizeof load_err, "libcurl could not start: %s",
                 f.curl_easy_strerror(rc));
        return;
    }
    notify__curl = f;
    loaded = true;
}

bool notify__curl_init(char *err, size_t errlen)
{
    pthread_once(&once, load);
    if (!loaded && err && errlen)
        snprintf(err, errlen, "%s", load_err);
    return loaded;
}
