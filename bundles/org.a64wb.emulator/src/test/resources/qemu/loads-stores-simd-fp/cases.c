/*
 * Cross-check of SIMD&FP loads and stores under qemu-aarch64 (see run.sh). Each case starts from the
 * same state: V[i] low/high = pattern(2i)/pattern(2i+1), buf[k] = k for k in 0..255, x0 = &buf[64]
 * (printed as an offset from buf), x1 and x2 given per case. After the instruction it prints the
 * V registers that differ from the start, x0..x2 (x0 as a buffer offset) and the buffer bytes that
 * changed; the "==" line also gives the instruction word. LoadsStoresSimdFpQemuTest replays each
 * word on the emulator from the same state and asserts these values.
 */
#include <stdio.h>
#include <string.h>

static unsigned char buf[256] __attribute__((aligned(16)));
static unsigned long long vin[64], vout[64];

static unsigned long long pattern(int i) {
    return 0xf0f0f0f000000000ULL | (unsigned long long) i * 0x01010101ULL;
}

static void reset(void) {
    for (int k = 0; k < 256; k++) buf[k] = (unsigned char) k;
    for (int i = 0; i < 64; i++) vin[i] = pattern(i);
}

static void dump(const char *name, unsigned word, unsigned long long x0, unsigned long long x1, unsigned long long x2) {
    printf("== %08x %s\n", word, name);
    for (int r = 0; r < 32; r++)
        if (vout[2 * r] != vin[2 * r] || vout[2 * r + 1] != vin[2 * r + 1])
            printf("v%d %016llx %016llx\n", r, vout[2 * r + 1], vout[2 * r]);
    printf("x0 buf%+lld x1 %016llx x2 %016llx\n", (long long) (x0 - (unsigned long long) buf), x1, x2);
    for (int k = 0; k < 256; k++)
        if (buf[k] != (unsigned char) k) printf("buf[%d] %02x\n", k, buf[k]);
}

#define VLOAD "mov x9, %[vin]\n" \
    "ld1 {v0.2d-v3.2d}, [x9], #64\n ld1 {v4.2d-v7.2d}, [x9], #64\n" \
    "ld1 {v8.2d-v11.2d}, [x9], #64\n ld1 {v12.2d-v15.2d}, [x9], #64\n" \
    "ld1 {v16.2d-v19.2d}, [x9], #64\n ld1 {v20.2d-v23.2d}, [x9], #64\n" \
    "ld1 {v24.2d-v27.2d}, [x9], #64\n ld1 {v28.2d-v31.2d}, [x9], #64\n"
#define VSTORE "mov x9, %[vout]\n" \
    "st1 {v0.2d-v3.2d}, [x9], #64\n st1 {v4.2d-v7.2d}, [x9], #64\n" \
    "st1 {v8.2d-v11.2d}, [x9], #64\n st1 {v12.2d-v15.2d}, [x9], #64\n" \
    "st1 {v16.2d-v19.2d}, [x9], #64\n st1 {v20.2d-v23.2d}, [x9], #64\n" \
    "st1 {v24.2d-v27.2d}, [x9], #64\n st1 {v28.2d-v31.2d}, [x9], #64\n"

#define CASE(insn, x1v, x2v) do { \
    reset(); \
    unsigned long long a = (unsigned long long) (buf + 64), b = (x1v), c = (x2v), w; \
    __asm__ volatile(VLOAD "mov x0, %[a]\n mov x1, %[b]\n mov x2, %[c]\n" "0: " insn "\n" \
        "mov %[a], x0\n mov %[b], x1\n mov %[c], x2\n" VSTORE "adr x10, 0b\n ldr w10, [x10]\n mov %[w], x10\n" \
        : [a] "+r" (a), [b] "+r" (b), [c] "+r" (c), [w] "=r" (w) : [vin] "r" (vin), [vout] "r" (vout) \
        : "x0", "x1", "x2", "x9", "x10", "memory", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", \
          "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", \
          "v23", "v24", "v25", "v26", "v27", "v28", "v29", "v30", "v31"); \
    dump(insn, (unsigned) w, a, b, c); \
} while (0)

int main(void) {
    CASE("ldr b3, [x0, #3]", 0, 0);
    CASE("ldr h4, [x0, w1, sxtw #1]", 0xfffffffe, 0);
    CASE("ldr q5, [x0, #-16]!", 0, 0);
    CASE("ldp s6, s7, [x0], #-8", 0, 0);
    CASE("ldp q30, q31, [x0, #32]", 0, 0);
    CASE("ld1 {v2.16b, v3.16b, v4.16b}, [x0], #48", 0, 0);
    CASE("ld1 {v8.4h, v9.4h}, [x0], x1", 5, 0);
    CASE("ld2 {v10.8h, v11.8h}, [x0]", 0, 0);
    CASE("ld3 {v1.8b, v2.8b, v3.8b}, [x0]", 0, 0);
    CASE("ld4 {v30.4s, v31.4s, v0.4s, v1.4s}, [x0], #64", 0, 0);
    CASE("ld4 {v12.2d, v13.2d, v14.2d, v15.2d}, [x0]", 0, 0);
    CASE("ld2 {v5.h, v6.h}[5], [x0], x2", 0, 0x10);
    CASE("ld3 {v20.b, v21.b, v22.b}[3], [x0]", 0, 0);
    CASE("ld4 {v29.s, v30.s, v31.s, v0.s}[1], [x0], #16", 0, 0);
    CASE("ld1 {v7.d}[1], [x0]", 0, 0);
    CASE("ld1r {v16.8b}, [x0]", 0, 0);
    CASE("ld3r {v7.4h, v8.4h, v9.4h}, [x0], x2", 0, 0x100);
    CASE("ld4r {v24.4s, v25.4s, v26.4s, v27.4s}, [x0], #16", 0, 0);
    CASE("ld2r {v31.2d, v0.2d}, [x0]", 0, 0);
    CASE("st4 {v16.8b, v17.8b, v18.8b, v19.8b}, [x0]", 0, 0);
    CASE("st3 {v1.4s, v2.4s, v3.4s}, [x0], x1", -48, 0);
    CASE("st2 {v1.d, v2.d}[1], [x0]", 0, 0);
    CASE("st1 {v31.8b, v0.8b}, [x0], #16", 0, 0);
    CASE("st4 {v4.h, v5.h, v6.h, v7.h}[7], [x0]", 0, 0);
    CASE("stp q1, q2, [x0, #-32]!", 0, 0);
    CASE("str h9, [x0], #-2", 0, 0);
    CASE("stur s10, [x0, #-3]", 0, 0);
    CASE("ld1 {v30.2s, v31.2s, v0.2s, v1.2s}, [x0]", 0, 0);
    CASE("ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x0]", 0, 0);
    CASE("st2 {v30.16b, v31.16b}, [x0], #32", 0, 0);
    CASE("ldnp d1, d2, [x0, #-64]", 0, 0);
    CASE("ldr q3, [x0, x1, lsl #4]", -2, 0);
    CASE("ldr s5, [x0, x1]", -5, 0);
    CASE("ldur q6, [x0, #-1]", 0, 0);
    CASE("ld1 {v3.b}[15], [x0], x1", 1, 0);
    CASE("ld1r {v5.2d}, [x0], #8", 0, 0);
    CASE("st1 {v5.s}[3], [x0], x2", 0, -4);
    return 0;
}
