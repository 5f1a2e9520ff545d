/* abuse_model — build tool: trains the abuse model from the shipped data
 * and writes it, so that the server reads a trained model at start
 * (mod_config.abuse_model_blob) instead of training it every time.
 *
 * Usage: abuse_model ABUSE_TRAIN.tsv ABUSE_HAM.tsv ABUSE_IDIOMS.txt OUT
 * (data/moderation/abuse_train.tsv, abuse_ham.tsv for more ordinary
 * comments: a "spam|ham<TAB>text" file of which only the ham lines are
 * learned, and abuse_idioms.txt, the fixed compounds whose words the model
 * does not read, kept in the model; "-" for none).  Until session 12
 * the second file was spam_train.tsv, so that every change of the spam
 * training set changed this model too;
 * abuse_ham.tsv holds the ham it had then, and the model built from it is
 * the same, byte for byte.  The model is built in memory, then written
 * with util_write_file (a temporary file beside OUT, fsynced, renamed), so
 * a failed run leaves no partial OUT behind. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "moderation/mod.h"
#include "util/util.h"

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: abuse_model ABUSE_TRAIN.tsv ABUSE_HAM.tsv ABUSE_IDIOMS.txt|- OUT\n");
        return 2;
    }
    mod_config c;
    mod_config_defaults(&c);
    c.abuse_train_file = argv[1];
    c.abuse_ham_file = argv[2];
    c.abuse_idioms_file = strcmp(argv[3], "-") ? argv[3] : NULL;
    char err[512], *model = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&model, &len);
    if (!f) {
        perror("abuse_model");
        return 1;
    }
    mod_status st = mod_abuse_model_write(&c, f, err, sizeof err);
    if (fclose(f) != 0 && st == MOD_OK) {
        snprintf(err, sizeof err, "cannot write the model");
        st = MOD_EIO;
    }
    if (st != MOD_OK) {
        fprintf(stderr, "abuse_model: %s: %s\n", argv[4], err);
        free(model);
        return 1;
    }
    bool ok = util_write_file(argv[4], model, len, err, sizeof err);
    free(model);
    if (!ok) {
        fprintf(stderr, "abuse_model: %s\n", err);
        return 1;
    }
    return 0;
}
