/* ipnet — IP addresses and CIDR blocks, for server.trusted_proxies.
 *
 * Every address is held as 16 bytes: IPv6 as it is, IPv4 as the mapped
 * IPv6 address ::ffff:a.b.c.d (RFC 4291 2.5.5.2) with its prefix length
 * plus 96, so that a peer an IPv6 socket reports as ::ffff:127.0.0.1
 * matches the block 127.0.0.0/8 and one IPv4 socket reports as 127.0.0.1
 * matches the same.  Addresses are read with inet_pton: dotted quads of
 * decimal numbers without leading zeros, IPv6 in any of its text forms,
 * nothing else (no port, no brackets, no zone, no host name).  A block's
 * host bits may be set ("10.1.2.3/8"); they are ignored when matching.
 *
 * Must never: resolve a name, or accept an entry it cannot read as a
 * whole (a typo must be refused at start, not match nothing). */
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

/* The longest entry read: an IPv6 address in full with an IPv4 tail, and
 * "/128". */
#define ENTRY_MAX (INET6_ADDRSTRLEN + 4)

bool util_ip_parse(const char *s, size_t n, uint8_t out[16], int *family)
{
    char buf[ENTRY_MAX + 1];
    if (n == 0 || n > ENTRY_MAX)
        return false;
    memcpy(buf, s, n);
    buf[n] = '\0';
    if (memchr(buf, '\0', n)) /* a NUL inside the n bytes */
        return false;
    if (inet_pton(AF_INET, buf, out + 12) == 1) {
        memset(out, 0, 10);
        out[10] = out[11] = 0xff;
        if (family)
            *family = AF_INET;
        return true;
    }
    if (inet_pton(AF_INET6, buf, out) == 1) {
        if (family)
            *family = AF_INET6;
        return true;
    }
    return false;
}

/* One entry, "address" or "address/length", [s, s + n). */
static bool parse_entry(const char *s, size_t n, util_ipnet *out)
{
    const char *slash = memchr(s, '/', n);
    size_t alen = slash ? (size_t)(slash - s) : n;
    int family;
    if (!util_ip_parse(s, alen, out->addr, &family))
        return false;
    unsigned max = family == AF_INET ? 32 : 128, len = max;
    if (slash) {
        const char *d = slash + 1, *end = s + n;
        if (d == end || end - d > 3)
            return false;
        len = 0;
        for (; d < end; d++) {
            if (*d < '0' || *d > '9')
                return false;
            len = len * 10 + (unsigned)(*d - '0');
        }
        if (len > max)
            return false;
    }
    out->prefix = family == AF_INET ? len + 96 : len;
    return true;
}

bool util_ipnets_parse(const char *s, util_ipnet **out, size_t *n)
{
    static const char sep[] = " \t,";
    util_ipnet *v = NULL, one;
    size_t count = 0;
    for (const char *p = s;;) {
        p += strspn(p, sep);
        size_t len = strcspn(p, sep);
        if (len == 0)
            break;
        if (!parse_entry(p, len, &one)) {
            free(v);
            return false;
        }
        if (out) {
            v = xrealloc(v, (count + 1) * sizeof *v);
            v[count] = one;
        }
        count++;
        p += len;
    }
    if (out)
        *out = v;
    if (n)
        *n = count;
    return true;
}

bool util_ipnets_match(const util_ipnet *nets, size_t n, const uint8_t addr[16])
{
    for (size_t i = 0; i < n; i++) {
        unsigned bits = nets[i].prefix, whole = bits / 8, rest = bits % 8;
        if (memcmp(nets[i].addr, addr, whole) != 0)
            continue;
        if (rest) {
            uint8_t mask = (uint8_t)(0xff << (8 - rest));
            if ((nets[i].addr[whole] ^ addr[whole]) & mask)
                continue;
        }
        return true;
    }
    return false;
}
