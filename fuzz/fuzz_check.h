/* fuzz_check.h — the fuzz targets' CHECK: a promise of the code under test
 * that the input broke aborts the run with the condition and the target's
 * file, so libFuzzer keeps the input as a crash.
 *
 * Must never: be compiled into the server (fuzz/ only). */
#ifndef CAUSERIE_FUZZ_CHECK_H
#define CAUSERIE_FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#define CHECK(cond)                                                                    \
    do {                                                                               \
        if (!(cond)) {                                                                 \
            fprintf(stderr, "%s: %s failed\n", __FILE__, #cond);                       \
            abort();                                                                   \
        }                                                                              \
    } while (0)

#endif
