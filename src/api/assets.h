/* assets — the web/ folder, embedded into the binary at build time by
 * tools/embed.c (build/gen/assets.c): each file with its content type, its
 * bytes, a gzip'd copy and a content hash.  Included by the generated file
 * and by api/assets.c only. */
#ifndef CAUSERIE_API_ASSETS_H
#define CAUSERIE_API_ASSETS_H

#include <stddef.h>

typedef struct api_asset {
    const char *path;              /* relative to web/: "widget/embed.js" */
    const char *ctype;
    const unsigned char *data;
    size_t len;
    const unsigned char *gz;       /* gzip of data */
    size_t gzlen;
    const char *hash;              /* 16 hex digits of a content hash */
} api_asset;

extern const api_asset api__assets[];
extern const size_t api__assets_count;
/* The moderation data (data/moderation/policy.json, spam_train.tsv, and
 * the abuse model the build trained, build/gen/abuse_model.bin) as
 * "moderation/policy.json" …, embedded the same way (build/gen/data.c). */
extern const api_asset api__data[];
extern const size_t api__data_count;

#endif
