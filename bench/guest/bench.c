/*
 * Guest workload for the interpreter-vs-QEMU speed comparison (bench/guest/run.sh): CRC32 over a
 * buffer, a prime sieve, an integer matrix multiply and a branchy bytecode interpreter loop.
 * Freestanding: built with -nostdlib -ffreestanding -mgeneral-regs-only, so it runs the same on
 * qemu-aarch64 and on ./a64 run-user. Prints one checksum per kernel; exit status 0.
 */
#include "freestanding.h"

static u8 data[1 << 16];
static u8 composite[1 << 20];
static u32 ma[64 * 64], mb[64 * 64], mc[64 * 64];

static u32 crc32(const u8 *p, long n, u32 crc) {
    crc = ~crc;
    for (long i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xedb88320u & -(crc & 1));
    }
    return ~crc;
}

static u64 sieve(long n) {
    for (long i = 0; i < n; i++) composite[i] = 0;
    u64 count = 0;
    for (long i = 2; i < n; i++) {
        if (!composite[i]) {
            count += i;
            for (long j = i * i; j < n; j += i) composite[j] = 1;
        }
    }
    return count;
}

static u64 matmul(int n) {
    for (int i = 0; i < n * n; i++) { ma[i] = i * 7 + 1; mb[i] = i * 13 + 5; }
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            u32 s = 0;
            for (int k = 0; k < n; k++) s += ma[i * n + k] * mb[k * n + j];
            mc[i * n + j] = s;
        }
    u64 h = 0;
    for (int i = 0; i < n * n; i++) h = h * 31 + mc[i];
    return h;
}

/* A tiny stack machine: the switch-heavy, branch-mispredicting shape of real interpreters. */
static u64 interpret(int rounds) {
    static const u8 program[] = {1, 5, 1, 7, 2, 4, 1, 3, 3, 5, 6, 0};
    u64 stack[16];
    u64 acc = 0;
    for (int r = 0; r < rounds; r++) {
        int sp = 0;
        for (int pc = 0; program[pc]; ) {
            switch (program[pc]) {
                case 1: stack[sp++] = program[pc + 1] + r; pc += 2; break;
                case 2: sp--; stack[sp - 1] += stack[sp]; pc++; break;
                case 3: sp--; stack[sp - 1] *= stack[sp]; pc++; break;
                case 4: stack[sp] = stack[sp - 1]; sp++; pc++; break;
                case 5: sp--; stack[sp - 1] ^= stack[sp] << 3; pc++; break;
                case 6: acc += stack[--sp]; pc++; break;
                default: pc++; break;
            }
        }
    }
    return acc;
}

void _start(void) {
    for (long i = 0; i < (long) sizeof data; i++) data[i] = (u8) (i * 2654435761u >> 13);
    u32 c = 0;
    for (int r = 0; r < 32; r++) c = crc32(data, sizeof data, c);
    puthex("crc32", c);
    for (int r = 0; r < 3; r++) sieve(1 << 20);
    puthex("sieve", sieve(1 << 20));
    puthex("matmul", matmul(64));
    puthex("interp", interpret(1200000));
    sys3(93, 0, 0, 0);
    for (;;) { }
}
