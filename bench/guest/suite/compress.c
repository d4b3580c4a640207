/*
 * A compressor: LZ77 with a hash table of recent positions and a byte-oriented token format (literal runs and
 * back-references), as LZ4 does, over 1 MB of generated text with repetitions; each round compresses,
 * decompresses, checks the round trip and folds the sizes into a checksum.
 */
#include "../freestanding.h"

#define SIZE (1 << 20)
#define HASH_BITS 14
static u8 input[SIZE], packed[SIZE + SIZE / 8 + 64], output[SIZE];
static u32 table[1 << HASH_BITS];

static u32 read32(const u8 *p) { return p[0] | p[1] << 8 | p[2] << 16 | (u32) p[3] << 24; }
static u32 hash(u32 v) { return (v * 2654435761u) >> (32 - HASH_BITS); }

static u8 *putLength(u8 *out, long n) {
    while (n >= 255) { *out++ = 255; n -= 255; }
    *out++ = (u8) n;
    return out;
}

static long compress(const u8 *in, long n, u8 *out) {
    u8 *start = out;
    for (int i = 0; i < 1 << HASH_BITS; i++) table[i] = 0;
    long anchor = 0, i = 1;
    while (i + 8 < n) {
        u32 h = hash(read32(in + i));
        long candidate = table[h];
        table[h] = (u32) i;
        if (candidate > 0 && i - candidate < 65535 && read32(in + candidate) == read32(in + i)) {
            long len = 4;
            while (i + len < n && in[candidate + len] == in[i + len]) len++;
            long literals = i - anchor;
            u8 *token = out++;
            *token = (u8) ((literals < 15 ? literals : 15) << 4 | (len - 4 < 15 ? len - 4 : 15));
            if (literals >= 15) out = putLength(out, literals - 15);
            for (long k = 0; k < literals; k++) *out++ = in[anchor + k];
            long offset = i - candidate;
            *out++ = (u8) offset;
            *out++ = (u8) (offset >> 8);
            if (len - 4 >= 15) out = putLength(out, len - 4 - 15);
            i += len;
            anchor = i;
        } else {
            i++;
        }
    }
    long literals = n - anchor;
    *out++ = (u8) ((literals < 15 ? literals : 15) << 4);
    if (literals >= 15) out = putLength(out, literals - 15);
    for (long k = 0; k < literals; k++) *out++ = in[anchor + k];
    return out - start;
}

static long decompress(const u8 *in, long n, u8 *out) {
    const u8 *end = in + n;
    u8 *start = out;
    while (in < end) {
        u8 token = *in++;
        long literals = token >> 4;
        if (literals == 15) { u8 b; do { b = *in++; literals += b; } while (b == 255); }
        for (long k = 0; k < literals; k++) *out++ = *in++;
        if (in >= end) break;
        long offset = in[0] | in[1] << 8;
        in += 2;
        long len = (token & 15) + 4;
        if ((token & 15) == 15) { u8 b; do { b = *in++; len += b; } while (b == 255); }
        const u8 *from = out - offset;
        for (long k = 0; k < len; k++) *out++ = from[k];
    }
    return out - start;
}

void _start(void) {
    static const char *const words[] = {"the ", "quick ", "brown ", "fox ", "jumps ", "over ", "lazy ", "dog ", "and ",
        "emulator ", "translates ", "guest ", "code ", "into ", "bytecode ", "\n"};
    u32 seed = 3;
    for (long i = 0; i < SIZE; ) {
        seed = seed * 1103515245u + 12345u;
        if ((seed >> 28) == 0) { input[i++] = (u8) (seed >> 8); continue; }
        const char *w = words[(seed >> 16) & 15];
        while (*w && i < SIZE) input[i++] = (u8) *w++;
    }
    u64 check = 0;
    for (int round = 0; round < 14; round++) {
        input[round * 4099] ^= 0x20;
        long packedSize = compress(input, SIZE, packed);
        long size = decompress(packed, packedSize, output);
        long same = size == SIZE;
        for (long i = 0; i < SIZE && same; i++) same = output[i] == input[i];
        check = check * 1000003 + (u64) packedSize * 2 + (u64) same;
    }
    puthex("compress", check);
    sys3(93, 0, 0, 0);
    for (;;) { }
}
