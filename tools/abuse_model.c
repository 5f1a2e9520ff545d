/* abuse_model — build tool: trains the abuse model from the shipped data
 * and writes it, so that the server reads a trained model at start
 * (mod_config.abuse_model_blob) instead of training it every time.
 *
 * Usage: abuse_model ABUSE_TRAIN.tsv SPAM_TRAIN.tsv OUT
 * (data/moderation/abuse_train.tsv, and spam_train.tsv for its ham lines:
 * what the server trained on at start before).  The model is written to
 * OUT.tmp and renamed, so a failed run leaves no partial OUT behind. */
#include <stdio.h>

#include "moderation/mod.h"

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: abuse_model ABUSE_TRAIN.tsv SPAM_TRAIN.tsv OUT\n");
        return 2;
    }
    mod_config c;
    mod_config_defaults(&c);
    c.abuse_train_file = argv[1];
    c.abuse_ham_file = argv[2];
    char tmp[4096], err[512];
    if (snprintf(tmp, sizeof tmp, "%s.tmp", argv[3]) >= (int)sizeof tmp) {
        fprintf(stderr, "abuse_model: output path too long\n");
        return 2;
    }
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        perror(tmp);
        return 1;
    }
    mod_status st = mod_abuse_model_write(&c, f, err, sizeof err);
    if (fclose(f) != 0 && st == MOD_OK) {
        snprintf(err, sizeof err, "cannot write the model");
        st = MOD_EIO;
    }
    if (st == MOD_OK && rename(tmp, argv[3]) != 0) {
        snprintf(err, sizeof err, "cannot rename the model into place");
        st = MOD_EIO;
    }
    if (st != MOD_OK) {
        fprintf(stderr, "abuse_model: %s: %s\n", argv[3], err);
        remove(tmp);
        return 1;
    }
    return 0;
}
