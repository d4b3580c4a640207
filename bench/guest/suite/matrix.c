/*
 * CoreMark-like matrix kernel: 16-bit matrices multiplied by a constant, by a vector and by a matrix, with
 * results folded through bit-field extraction, as CoreMark's core_matrix.c does, over several sizes.
 */
#include "../freestanding.h"

#define N 48
static short a[N * N], b[N * N];
static int c[N * N];

static short fold(int *m, int n, int clip) {
    int sum = 0, prev = 0;
    short ret = 0;
    for (int i = 0; i < n * n; i++) {
        int cur = m[i];
        sum += cur;
        if (sum > clip) { ret += 10; sum = 0; }
        else ret += (cur > prev) ? 1 : 0;
        prev = cur;
    }
    return ret;
}

static void mulConstant(int n, short k) {
    for (int i = 0; i < n * n; i++) c[i] = a[i] * k;
}

static void mulVector(int n) {
    for (int i = 0; i < n; i++) {
        int s = 0;
        for (int j = 0; j < n; j++) s += a[i * n + j] * b[j];
        c[i] = s;
    }
}

static void mulMatrix(int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            int s = 0;
            for (int k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
            c[i * n + j] = s;
        }
}

static void mulMatrixBits(int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            int s = 0;
            for (int k = 0; k < n; k++) {
                int t = a[i * n + k] * b[k * n + j];
                s += (t >> 2) & 0xf;
                s *= (t >> 5) & 0x7f;
            }
            c[i * n + j] = s;
        }
}

void _start(void) {
    u32 crc = 0;
    u32 seed = 7;
    for (int round = 0; round < 1200; round++) {
        int n = 16 + round % 3 * 16;
        for (int i = 0; i < n * n; i++) {
            seed = seed * 1664525u + 1013904223u;
            a[i] = (short) (seed >> 20);
            b[i] = (short) ((seed >> 8) & 0xfff);
        }
        mulConstant(n, (short) (round + 3));
        crc = crc16(crc, (u32) fold(c, n, 1 << 20));
        mulVector(n);
        crc = crc16(crc, (u32) fold(c, 1, 1 << 16) + (u32) c[n - 1]);
        mulMatrix(n);
        crc = crc16(crc, (u32) fold(c, n, 1 << 24));
        mulMatrixBits(n);
        crc = crc16(crc, (u32) fold(c, n, 1 << 12));
    }
    puthex("matrix crc", crc);
    sys3(93, 0, 0, 0);
    for (;;) { }
}
