/* identity — keyed hashes and tokens, with libsodium.
 *
 * A reader's IP address is never stored: only BLAKE2b(secret, ip).
 *
 * Who is a voter: a reader whose browser sends no voter cookie is the hash of
 * their address (so a client without cookies cannot vote twice); the answer
 * gives them a cookie "id.origin.mac": a random id that is from then on
 * their identity, the identity their cookieless vote was cast under, and a
 * keyed MAC of both, so a client cannot mint cookies.  When a cookie holder
 * votes, the vote cast under its origin identity on that comment is
 * withdrawn first (votes.c), so the same reader never counts twice, and two
 * readers behind one address count separately once each has a cookie.
 * Edit tokens are 24 random bytes; only their hash is stored. */
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
        if (strcmp(voter_mac(req, payload), cookie + 66) == 0) {
            payload[32] = '\0';
            *origin = payload + 33;
            return payload;
        }
    }
    const char *id = api__ip_hash(req);
    unsigned char raw[16];
    randombytes_buf(raw, sizeof raw);
    char *payload =
        util_arena_printf(req->arena, "%s.%s", util_hex_encode(req->arena, raw, sizeof raw), id);
    /* Secure when the server is reached over https, as the editors'
     * session cookie: a reader's identity never travels in clear. */
    *set_cookie = util_arena_printf(req->arena,
                                    VOTER_COOKIE "=%s.%s; Path=/; Max-Age=31536000; HttpOnly; "
                                    "SameSite=Lax%s",
                                    payload, voter_mac(req, payload), api__secure_cookies(req) ? "; Secure" : "");
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
