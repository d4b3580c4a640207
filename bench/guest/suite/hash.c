/*
 * Hashing 10 MB: FNV-1a (byte at a time) and a 64-bit multiply-rotate hash over 8-byte words (in the style of
 * xxHash's round function) over a generated buffer, several passes.
 */
#include "../freestanding.h"

#define SIZE (10 << 20)
static u8 buffer[SIZE];

static u64 rotl(u64 v, int r) { return v << r | v >> (64 - r); }

static u64 fnv1a(const u8 *p, long n) {
    u64 h = 0xcbf29ce484222325ull;
    for (long i = 0; i < n; i++) { h ^= p[i]; h *= 0x100000001b3ull; }
    return h;
}

static u64 words(const u8 *p, long n, u64 seed) {
    const u64 p1 = 0x9e3779b185ebca87ull, p2 = 0xc2b2ae3d27d4eb4full;
    u64 a = seed + p1 + p2, b = seed + p2, c = seed, d = seed - p1;
    const u64 *w = (const u64 *) p;
    for (long i = 0; i + 4 <= n / 8; i += 4) {
        a = rotl(a + w[i] * p2, 31) * p1;
        b = rotl(b + w[i + 1] * p2, 31) * p1;
        c = rotl(c + w[i + 2] * p2, 31) * p1;
        d = rotl(d + w[i + 3] * p2, 31) * p1;
    }
    u64 h = rotl(a, 1) + rotl(b, 7) + rotl(c, 12) + rotl(d, 18);
    h ^= h >> 33; h *= p2; h ^= h >> 29;
    return h;
}

void _start(void) {
    u64 s = 0x243f6a8885a308d3ull;
    u64 *w = (u64 *) buffer;
    for (long i = 0; i < SIZE / 8; i++) { s ^= s << 13; s ^= s >> 7; s ^= s << 17; w[i] = s; }
    u64 h = 0;
    for (int round = 0; round < 6; round++) h ^= fnv1a(buffer, SIZE) + round;
    for (int round = 0; round < 28; round++) h = h * 31 + words(buffer, SIZE, (u64) round);
    puthex("hash", h);
    sys3(93, 0, 0, 0);
    for (;;) { }
}
