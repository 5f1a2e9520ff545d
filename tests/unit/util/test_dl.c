/* test_dl — util_dl_load: every symbol found fills every slot; a missing
 * library or a missing symbol fills none and says which. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "util/util.h"

static void test_all_or_none(void **state)
{
    (void)state;
    double (*cos_fn)(double) = NULL, (*sin_fn)(double) = NULL;
    void *none = NULL;
    char err[200];
    util_dl_sym good[] = {{(void **)&cos_fn, "cos"}, {(void **)&sin_fn, "sin"}};
    assert_true(util_dl_load("libm.so.6", good, 2, err, sizeof err));
    assert_non_null(cos_fn);
    assert_true(cos_fn(0.0) == 1.0);

    double (*tan_fn)(double) = NULL;
    util_dl_sym partly[] = {{(void **)&tan_fn, "tan"}, {&none, "causerie_no_such_symbol"}};
    assert_false(util_dl_load("libm.so.6", partly, 2, err, sizeof err));
    assert_null(tan_fn);   /* none filled */
    assert_null(none);
    assert_non_null(strstr(err, "causerie_no_such_symbol"));

    assert_false(util_dl_load("libcauserie-no-such-library.so.9", good, 2, err, sizeof err));
    assert_non_null(strstr(err, "libcauserie-no-such-library.so.9"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_all_or_none)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
