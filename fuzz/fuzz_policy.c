/* fuzz_policy.c — libFuzzer target for mod_policy_parse, the reader of the
 * editorial policy that editors send with PUT /api/v1/admin/policy.
 *
 * How: the input is the JSON text (any bytes).  A policy that parses must
 * survive the round trip the API relies on: mod_policy_to_json, parsed again,
 * gives the same JSON text.
 *
 * Must never: return normally when the round trip breaks (abort()). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "moderation/mod.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[256];
    /* An exact-size heap copy: ASan catches a read past size. */
    char *s = malloc(size ? size : 1);
    memcpy(s, data, size);
    mod_policy *p = mod_policy_parse(s, size, err, sizeof err);
    if (p) {
        char *json = mod_policy_to_json(p);
        mod_policy *again = mod_policy_parse(json, strlen(json), err, sizeof err);
        if (!again) {
            fprintf(stderr, "fuzz_policy: its own output does not parse: %s\n", err);
            abort();
        }
        char *json2 = mod_policy_to_json(again);
        if (strcmp(json, json2) != 0) {
            fprintf(stderr, "fuzz_policy: the round trip changed the policy\n");
            abort();
        }
        free(json2);
        free(json);
        mod_policy_free(again);
        mod_policy_free(p);
    }
    free(s);
    return 0;
}
