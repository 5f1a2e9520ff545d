/* test_pages — util_release_library_pages: a named library's read-only,
 * unmodified mappings lose their resident pages, its writable and
 * relocated ones keep theirs, the library still runs afterwards (its pages
 * come back from the page cache), and a name no mapping has gives back
 * nothing. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

/* Resident KiB of libm's mappings: those util_release_library_pages may
 * drop (not writable, no anonymous page) into *clean, the others into
 * *kept. */
static void libm_rss(long *clean, long *kept)
{
    *clean = *kept = 0;
    FILE *f = fopen("/proc/self/smaps", "r");
    assert_non_null(f);
    char line[4352], perms[8] = "";
    bool libm = false;
    long rss = 0;
    for (;;) {
        bool eof = !fgets(line, sizeof line, f);
        if (eof || strncmp(line, "VmFlags:", 8) == 0) {
            if (eof) break;
            continue;
        }
        unsigned long a, b;
        int at = 0;
        if (sscanf(line, "%lx-%lx %7s %*s %*s %*s %n", &a, &b, perms, &at) == 3 && at > 0) {
            libm = strstr(line + at, "/libm.so") != NULL;
            rss = 0;
        } else if (libm && strncmp(line, "Rss:", 4) == 0) {
            rss = strtol(line + 4, NULL, 10);
        } else if (libm && strncmp(line, "Anonymous:", 10) == 0) {
            long anon = strtol(line + 10, NULL, 10);
            if (perms[1] != 'w' && anon == 0) *clean += rss;
            else *kept += rss;
        }
    }
    fclose(f);
}

static void test_release(void **state)
{
    (void)state;
    static const char *const none[] = {"libcauserie-no-such-library.so"};
    assert_int_equal(util_release_library_pages(none, 1), 0);

    volatile double x = 0.5;
    assert_true(cos(x) > 0.8);   /* libm's code resident */
    long clean0, kept0;
    libm_rss(&clean0, &kept0);
    assert_true(clean0 > 0);

    static const char *const libm[] = {"libm.so"};
    assert_true(util_release_library_pages(libm, 1) > 0);
    long clean1, kept1;
    libm_rss(&clean1, &kept1);
    assert_int_equal(clean1, 0);
    assert_int_equal(kept1, kept0);

    assert_true(cos(x) > 0.8 && cos(x) < 0.9);   /* it runs again */
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_release)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
