/* token — the signed tokens of the links in mails (confirm, unsubscribe,
 * manage), checked without a database lookup.
 *
 * How it works: a token is base64url(body || mac) where body is
 *   version (1) | purpose ('C', 'U', 'M') | expiry (8 bytes, big-endian
 *   seconds since the epoch, 0 = never) | subject
 * and subject is the subscription id (8 bytes, big-endian) or, for MANAGE,
 * the address in lower case, encrypted (XChaCha20 with a nonce that is a
 * keyed hash of expiry and address, stored in front of it) so that an
 * address never shows in a URL, a proxy's log or a browser's history.
 * mac is crypto_auth (HMAC-SHA-512-256) of the body under a key derived
 * from the server secret with keyed BLAKE2b, so these MACs can never be
 * confused with the other uses of the secret.
 *
 * Must never: accept a token whose MAC does not verify (checked first, in
 * constant time); read past the decoded length; trust the purpose or the
 * expiry before the MAC has been checked. */
#include <ctype.h>
#include <sodium.h>
#include <string.h>

#include "notify/notify.h"

#define TOKEN_VERSION 1
#define HEAD_LEN 10                     /* version, purpose, expiry */
#define MAC_LEN crypto_auth_BYTES
#define MAX_TOKEN_CHARS 600

#define NONCE_LEN crypto_stream_xchacha20_NONCEBYTES

static void derive_key(const unsigned char secret[32], unsigned char key[crypto_auth_KEYBYTES])
{
    static const char label[] = "causerie notify token v1";
    crypto_generichash(key, crypto_auth_KEYBYTES, (const unsigned char *)label, sizeof label - 1,
                       secret, 32);
}

static void derive_enc_key(const unsigned char secret[32],
                           unsigned char key[crypto_stream_xchacha20_KEYBYTES])
{
    static const char label[] = "causerie notify token address v1";
    crypto_generichash(key, crypto_stream_xchacha20_KEYBYTES, (const unsigned char *)label,
                       sizeof label - 1, secret, 32);
}

static void put_be64(unsigned char *p, uint64_t v)
{
    for (int i = 7; i >= 0; i--, v >>= 8)
        p[i] = (unsigned char)(v & 0xff);
}

static uint64_t get_be64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = v << 8 | p[i];
    return v;
}

const char *notify_token_strerror(notify_token_status st)
{
    switch (st) {
    case NOTIFY_TOKEN_OK: return "ok";
    case NOTIFY_TOKEN_MALFORMED: return "not a valid link";
    case NOTIFY_TOKEN_BAD_SIGNATURE: return "the link was altered";
    case NOTIFY_TOKEN_WRONG_PURPOSE: return "the link is meant for another page";
    case NOTIFY_TOKEN_EXPIRED: return "the link has expired";
    }
    return "unknown token status";
}

char *notify_token_sign(util_arena *a, const unsigned char secret[32], notify_token_purpose p,
                        int64_t id, const char *email, int64_t expires_ms)
{
    unsigned char buf[HEAD_LEN + NONCE_LEN + 256 + MAC_LEN];
    size_t n = 0;
    buf[n++] = TOKEN_VERSION;
    buf[n++] = (unsigned char)p;
    put_be64(buf + n, expires_ms > 0 ? (uint64_t)((expires_ms + 999) / 1000) : 0);
    n += 8;
    if (p == NOTIFY_TOKEN_MANAGE) {
        unsigned char plain[254], ek[crypto_stream_xchacha20_KEYBYTES];
        size_t len = email ? strlen(email) : 0;
        if (len > sizeof plain)
            len = sizeof plain;
        for (size_t i = 0; i < len; i++)
            plain[i] = (unsigned char)tolower((unsigned char)email[i]);
        derive_enc_key(secret, ek);
        /* nonce = keyed hash of (expiry, address): unique per plaintext */
        crypto_generichash_state h;
        crypto_generichash_init(&h, ek, sizeof ek, NONCE_LEN);
        crypto_generichash_update(&h, buf + 2, 8);
        crypto_generichash_update(&h, plain, len);
        crypto_generichash_final(&h, buf + n, NONCE_LEN);
        crypto_stream_xchacha20_xor(buf + n + NONCE_LEN, plain, len, buf + n, ek);
        n += NONCE_LEN + len;
        sodium_memzero(ek, sizeof ek);
    } else {
        put_be64(buf + n, (uint64_t)id);
        n += 8;
    }
    unsigned char key[crypto_auth_KEYBYTES];
    derive_key(secret, key);
    crypto_auth(buf + n, buf, n, key);
    sodium_memzero(key, sizeof key);
    return util_b64url_encode(a, buf, n + MAC_LEN);
}

notify_token_status notify_token_verify(util_arena *a, const unsigned char secret[32],
                                        const char *token, notify_token_purpose p, int64_t now_ms,
                                        int64_t *id, const char **email)
{
    if (id)
        *id = 0;
    if (email)
        *email = NULL;
    if (!token || !*token || strlen(token) > MAX_TOKEN_CHARS)
        return NOTIFY_TOKEN_MALFORMED;
    size_t n = 0;
    unsigned char *raw = util_b64url_decode(a, token, &n);
    if (!raw || n < HEAD_LEN + MAC_LEN + 1 || raw[0] != TOKEN_VERSION)
        return NOTIFY_TOKEN_MALFORMED;
    size_t body = n - MAC_LEN;
    unsigned char key[crypto_auth_KEYBYTES];
    derive_key(secret, key);
    int bad = crypto_auth_verify(raw + body, raw, body, key);
    sodium_memzero(key, sizeof key);
    if (bad)
        return NOTIFY_TOKEN_BAD_SIGNATURE;
    if (raw[1] != (unsigned char)p)
        return NOTIFY_TOKEN_WRONG_PURPOSE;
    uint64_t exp_s = get_be64(raw + 2);
    if (exp_s != 0 && (int64_t)exp_s * 1000 < now_ms)
        return NOTIFY_TOKEN_EXPIRED;
    size_t sub = body - HEAD_LEN;
    if (p == NOTIFY_TOKEN_MANAGE) {
        if (sub <= NONCE_LEN)
            return NOTIFY_TOKEN_MALFORMED;
        size_t len = sub - NONCE_LEN;
        char *plain = util_arena_alloc(a, len + 1);
        unsigned char ek[crypto_stream_xchacha20_KEYBYTES];
        derive_enc_key(secret, ek);
        crypto_stream_xchacha20_xor((unsigned char *)plain, raw + HEAD_LEN + NONCE_LEN, len,
                                    raw + HEAD_LEN, ek);
        sodium_memzero(ek, sizeof ek);
        if (memchr(plain, '\0', len))
            return NOTIFY_TOKEN_MALFORMED;
        if (email)
            *email = plain;
        return NOTIFY_TOKEN_OK;
    }
    if (sub != 8)
        return NOTIFY_TOKEN_MALFORMED;
    uint64_t v = get_be64(raw + HEAD_LEN);
    if (v == 0 || v > INT64_MAX)
        return NOTIFY_TOKEN_MALFORMED;
    if (id)
        *id = (int64_t)v;
    return NOTIFY_TOKEN_OK;
}
