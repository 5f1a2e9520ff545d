/* bench/spam/driver.c — a tiny standalone entry point for the spam
 * benchmark: `driver train …` and `driver classify …` call the same
 * mod_cli_train / mod_cli_classify that `causerie train|classify` call, so
 * the benchmark does not depend on src/main.c.  Must never: add behaviour
 * of its own (the numbers must be those of the real commands). */
#include <stdio.h>
#include <string.h>

#include "moderation/mod.h"

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "train") == 0) return mod_cli_train(argc - 1, argv + 1);
    if (argc >= 2 && strcmp(argv[1], "classify") == 0) return mod_cli_classify(argc - 1, argv + 1);
    fprintf(stderr, "usage: %s train|classify ARGS...\n", argv[0]);
    return 2;
}
