/* test_file — util_write_file: a new file and a replaced one hold exactly
 * the bytes given, no temporary file is left behind; a file that cannot
 * be written leaves the old one as it was, nothing beside it, errno set
 * and a message naming the file. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/util.h"

/* Entries of dir other than "." and "..". */
static int entries(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    int n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

static void test_write_whole_or_not_at_all(void **state)
{
    (void)state;
    char dir[] = "/tmp/causerie-test-file-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128], err[300];
    snprintf(path, sizeof path, "%s/f.bin", dir);

    /* a new file, then replaced by a shorter one */
    assert_true(util_write_file(path, "first\0bytes", 11, err, sizeof err));
    size_t n = 0;
    char *s = util_read_file(path, 1 << 20, &n, err, sizeof err);
    assert_non_null(s);
    assert_int_equal(n, 11);
    assert_memory_equal(s, "first\0bytes", 11);
    free(s);
    assert_true(util_write_file(path, "2nd", 3, NULL, 0));
    s = util_read_file(path, 1 << 20, &n, err, sizeof err);
    assert_non_null(s);
    assert_string_equal(s, "2nd");
    free(s);
    assert_true(util_write_file(path, "", 0, err, sizeof err));   /* empty is a file too */
    s = util_read_file(path, 1 << 20, &n, err, sizeof err);
    assert_non_null(s);
    assert_int_equal(n, 0);
    free(s);
    assert_true(util_write_file(path, "kept", 4, err, sizeof err));
    assert_int_equal(entries(dir), 1);   /* no temporary file left */

    /* no such directory: the temporary file is named */
    char nodir[160];
    snprintf(nodir, sizeof nodir, "%s/no/such/dir/f.bin", dir);
    errno = 0;
    assert_false(util_write_file(nodir, "x", 1, err, sizeof err));
    assert_int_equal(errno, ENOENT);
    assert_non_null(strstr(err, "/no/such/dir/f.bin.tmp"));
    assert_non_null(strstr(err, strerror(ENOENT)));

    /* the rename fails (path is a non-empty directory): path is named, the
     * old contents stay, the temporary file is gone */
    char sub[160], inner[200];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    snprintf(inner, sizeof inner, "%s/inner", sub);
    assert_true(util_write_file(inner, "in", 2, err, sizeof err));
    assert_false(util_write_file(sub, "over", 4, err, sizeof err));
    assert_true(strncmp(err, sub, strlen(sub)) == 0 && strncmp(err + strlen(sub), ": ", 2) == 0);
    assert_int_equal(entries(dir), 2);   /* f.bin and sub */
    assert_int_equal(entries(sub), 1);
    s = util_read_file(path, 1 << 20, &n, err, sizeof err);
    assert_non_null(s);
    assert_string_equal(s, "kept");
    free(s);

    unlink(inner);
    rmdir(sub);
    unlink(path);
    assert_int_equal(rmdir(dir), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_write_whole_or_not_at_all)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
