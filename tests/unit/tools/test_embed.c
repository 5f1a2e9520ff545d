/* test_embed — tools/embed.c's comment stripping (strip_css, strip_js): what
 * is certainly a comment goes, code and text stay byte for byte, and a file
 * it cannot read with certainty is left whole.  The tool is included, its
 * main renamed, to reach its statics. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#define main embed_main
#include "../../../tools/embed.c"
#undef main

/* Strips a copy of in as the file rel; returns it (owned by the caller). */
static char *stripped(const char *rel, const char *in)
{
    file f = {.rel = (char *)rel, .len = strlen(in)};
    f.data = malloc(f.len + 1);
    memcpy(f.data, in, f.len);
    strip_comments(&f);
    f.data[f.len] = '\0';
    return (char *)f.data;
}

static void check(const char *rel, const char *in, const char *want)
{
    char *got = stripped(rel, in);
    assert_string_equal(got, want);
    free(got);
}

static void test_css(void **state)
{
    (void)state;
    check("widget/a.css", "/* top\n * of file */\na { b: c; } /* after */\n  /* alone */\nd{e:\"/* text */\"}\n",
          "a { b: c; }\nd{e:\"/* text */\"}\n");
    check("widget/a.css", "a/**/b{}\nc /* x */ d{}\n", "a/**/b{}\nc  d{}\n");   /* no tokens joined */
    check("demo/a.css", "/* not the widget's */\n", "/* not the widget's */\n");
}

static void test_js(void **state)
{
    (void)state;
    check("widget/a.js", "// line\nconst a = 1; // kept\n  /* block\n   * two */\nb(/* kept */);\n/* x */ c();\n",
          "const a = 1; // kept\nb(/* kept */);\n/* x */ c();\n");
    /* lines in a template literal, its ${} and after a regular expression */
    check("admin/a.js", "x = `\n// text\n${y}\n/* text */`;\nz = /[`/]/.test(s) / 2;\n// gone\n",
          "x = `\n// text\n${y}\n/* text */`;\nz = /[`/]/.test(s) / 2;\n");
    check("widget/a.js", "x = `${ {a: 1}.a }\n// text`;\n", "x = `${ {a: 1}.a }\n// text`;\n");
    /* a string running past its line: the lexer is lost, the file kept */
    check("widget/a.js", "x = a ) / '\n// kept\n';\n", "x = a ) / '\n// kept\n';\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_css), cmocka_unit_test(test_js)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
