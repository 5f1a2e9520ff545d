/* curl_api.h — libcurl, loaded by the first notifier that needs it.
 *
 * Linking libcurl pulled in some twenty libraries (GnuTLS's and OpenSSL's
 * trees, HTTP/2, SSH, LDAP, ...) at every start of every process, a
 * server without SMTP or webhook included: about 1 ms of start-up and
 * 1.5 MB of resident pages.  The notifiers include this instead of
 * <curl/curl.h>: each curl call goes through notify__curl, which
 * notify__curl_init() fills from libcurl.so.4 with dlopen (and then runs
 * curl_global_init), once.
 *
 * curl's compile-time checks of curl_easy_setopt's argument types
 * (typecheck-gcc.h) are macros with the same names, so they are off here.
 *
 * Must never: call curl before notify__curl_init() returned true. */
#ifndef CAUSERIE_NOTIFY_CURL_API_H
#define CAUSERIE_NOTIFY_CURL_API_H

#define CURL_DISABLE_TYPECHECK 1
#include <curl/curl.h>
#include <stdbool.h>
#include <stddef.h>

/* curl.h's pass-through macros that count the arguments */
#undef curl_easy_setopt
#undef curl_easy_getinfo

struct notify__curl_fns {
    CURLcode (*curl_global_init)(long);
    CURL * (*curl_easy_init)(void);
    void (*curl_easy_cleanup)(CURL *);
    CURLcode (*curl_easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*curl_easy_getinfo)(CURL *, CURLINFO, ...);
    CURLcode (*curl_easy_perform)(CURL *);
    const char * (*curl_easy_strerror)(CURLcode);
    struct curl_slist * (*curl_slist_append)(struct curl_slist *, const char *);
    void (*curl_slist_free_all)(struct curl_slist *);
};
extern struct notify__curl_fns notify__curl;

/* Loads libcurl and sets it up, once (thread-safe); false with a message
 * in err when the library or one of its functions is missing. */
bool notify__curl_init(char *err, size_t errlen);

#ifndef CAUSERIE_CURL_LOAD_C
#define curl_global_init notify__curl.curl_global_init
#define curl_easy_init notify__curl.curl_easy_init
#define curl_easy_cleanup notify__curl.curl_easy_cleanup
#define curl_easy_setopt notify__curl.curl_easy_setopt
#define curl_easy_getinfo notify__curl.curl_easy_getinfo
#define curl_easy_perform notify__curl.curl_easy_perform
#define curl_easy_strerror notify__curl.curl_easy_strerror
#define curl_slist_append notify__curl.curl_slist_append
#define curl_slist_free_all notify__curl.curl_slist_free_all
#endif

#endif
