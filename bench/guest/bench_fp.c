/*
 * Floating-point and Advanced SIMD guest workload (bench/guest/run.sh --fp): a vectorised float dot
 * product, a float matrix multiply and a double-precision n-body style update, built at -O3 -fno-math-errno so GCC
 * vectorises the loops. Freestanding (-nostdlib -ffreestanding), so it runs the same on qemu-aarch64
 * and on ./a64 run-user. Prints one checksum per kernel (the bits of the results); exit status 0.
 */
#include "freestanding.h"

#define N 4096
#define M 96
static float xs[N], ys[N];
static float ma[M * M], mb[M * M], mc[M * M];
static double px[256], py[256], vx[256], vy[256];

static u64 bits(double d) {
    union { double d; u64 u; } v = {d};
    return v.u;
}

__attribute__((noinline)) static float dot(const float *a, const float *b, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}

__attribute__((noinline)) static void matmul(void) {
    for (int i = 0; i < M; i++)
        for (int j = 0; j < M; j++) mc[i * M + j] = 0;
    for (int i = 0; i < M; i++)
        for (int k = 0; k < M; k++) {
            float a = ma[i * M + k];
            for (int j = 0; j < M; j++) mc[i * M + j] += a * mb[k * M + j];
        }
}

__attribute__((noinline)) static void step(double dt) {
    for (int i = 0; i < 256; i++) {
        double ax = 0, ay = 0;
        for (int j = 0; j < 256; j += 8) {
            double dx = px[j] - px[i], dy = py[j] - py[i];
            double d2 = dx * dx + dy * dy + 0.01;
            double inv = 1.0 / (d2 * __builtin_sqrt(d2));
            ax += dx * inv;
            ay += dy * inv;
        }
        vx[i] += ax * dt;
        vy[i] += ay * dt;
    }
    for (int i = 0; i < 256; i++) {
        px[i] += vx[i] * dt;
        py[i] += vy[i] * dt;
    }
}

void _start(void) {
    for (int i = 0; i < N; i++) {
        xs[i] = (float) (i % 97) * 0.125f - 3.0f;
        ys[i] = 1.0f / (float) (1 + i % 13);
    }
    for (int i = 0; i < M * M; i++) {
        ma[i] = (float) (i % 17) * 0.5f - 4.0f;
        mb[i] = (float) (i % 23) * 0.25f + 0.125f;
    }
    for (int i = 0; i < 256; i++) {
        px[i] = i % 16;
        py[i] = i / 16;
        vx[i] = vy[i] = 0;
    }
    float total = 0;
    for (int r = 0; r < 3000; r++) total += dot(xs, ys, N) * (1.0f / 3000.0f);
    puthex("dot", bits(total));
    u64 check = 0;
    for (int r = 0; r < 12; r++) {
        matmul();
        for (int i = 0; i < M * M; i += 7) check = check * 31 + (u32) (int) mc[i];
    }
    puthex("matmul", check);
    for (int r = 0; r < 400; r++) step(0.001);
    puthex("nbody", bits(px[17] + py[200] + vx[3]));
    sys3(93, 0, 0, 0);
    for (;;) {}
}
