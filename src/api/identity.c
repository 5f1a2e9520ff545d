/* identity — keyed hashes and tokens, with libsodium.
 *
 * A reader's IP address is never stored: only BLAKE2b(secret, ip).
 *
 * Who is a voter: the id of a signed voter cookie "id.origin.mac": a random
 * id, the hash of the address the cookie was issued to (its origin), and a
 * keyed MAC of both, so a client cannot mint cookies or change its origin.
 * A reader whose browser sends no valid cookie is given one with the answer,
 * and is from then on that new id, with its current address as origin.
 * How votes use the two (votes.c, store_vote_reader): a vote sent without a
 * cookie never adds to the votes its address already has on the comment —
 * it replaces the latest of them, which moves to the new cookie — so neither
 * a client that refuses cookies nor one that alternates between no cookie
 * and the cookie just given can count twice; readers behind one address who
 * each keep their cookie count separately.
 *
 * Edit tokens are 24 random bytes; only their hash is stored.
 *
 * Must never: accept a cookie whose MAC does not verify (compared in
 * constant time); put the address itself, or anything but its keyed hash,
 * in a cookie or a row. */
#include <sodium.h>
#include <string.h>

#include "api/api_int.h"

#define VOTER_COOKIE "causerie_voter"

const char *api__tag(util_arena *a, const unsigned char key[32], const void *data, size_t n)
{
    unsigned char h[6];
    crypto_generichash(h, sizeof h, data, n, key, 32);
    return util_hex_encode(a, h, sizeof h);
}

const char *api__ip_hash(http_req *req)
{
    unsigned char h[16];
    crypto_generichash(h, sizeof h, (const unsigned char *)req->ip, strlen(req->ip),
                       api__app(req)->secret, 32);
    return util_hex_encode(req->arena, h, sizeof h);
}

static const char *voter_mac(http_req *req, const char *payload)
{
    unsigned char key[32], h[16];
    /* A key of its own, derived from the secret, so a voter MAC can never be
     * confused with an IP hash. */
    crypto_generichash(key, sizeof key, (const unsigned char *)"voter", 5,
                       api__app(req)->secret, 32);
    crypto_generichash(h, sizeof h, (const unsigned char *)payload, strlen(payload), key,
                       sizeof key);
    return util_b64url_encode(req->arena, h, sizeof h);
}

const char *api__voter(http_req *req, const char **set_cookie, const char **origin)
{
    *set_cookie = NULL;
    *origin = NULL;
    const char *cookie = http_cookie(req, VOTER_COOKIE);
    /* "<32 hex id>.<32 hex origin>.<mac>" */
    if (cookie && strlen(cookie) > 66 && cookie[32] == '.' && cookie[65] == '.') {
        char *payload = util_arena_strndup(req->arena, cookie, 65);
        const char *mac = voter_mac(req, payload);
        size_t n = strlen(mac);
        if (strlen(cookie + 66) == n && sodium_memcmp(mac, cookie + 66, n) == 0) {
            payload[32] = '\0';
            *origin = payload + 33;
            return payload;
        }
    }
    const char *ip = api__ip_hash(req);
    unsigned char raw[16];
    randombytes_buf(raw, sizeof raw);
    const char *id = util_hex_encode(req->arena, raw, sizeof raw);
    char *payload = util_arena_printf(req->arena, "%s.%s", id, ip);
    /* Secure when the server is reached over https, as the editors'
     * session cookie: a reader's identity never travels in clear. */
    *set_cookie = util_arena_printf(req->arena,
                                    VOTER_COOKIE "=%s.%s; Path=/; Max-Age=31536000; HttpOnly; "
                                    "SameSite=Lax%s",
                                    payload, voter_mac(req, payload), api__secure_cookies(req) ? "; Secure" : "");
    *origin = ip;
    return id;
}

void api__new_token(http_req *req, const char **token, const char **hash)
{
    unsigned char raw[24];
    randombytes_buf(raw, sizeof raw);
    *token = util_b64url_encode(req->arena, raw, sizeof raw);
    *hash = api__token_hash(req->arena, *token);
}

const char *api__token_hash(util_arena *a, const char *token)
{
    unsigned char h[32];
    crypto_generichash(h, sizeof h, (const unsigned char *)token, strlen(token), NULL, 0);
    return util_hex_encode(a, h, sizeof h);
}
