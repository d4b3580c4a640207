/*
 * A bytecode interpreter loop: a register VM with a dispatch switch running programs (an iterative
 * Fibonacci, a sieve over its memory, a string checksum), the shape of Lua's or CPython's main loop.
 */
#include "../freestanding.h"

enum { HALT, LOADI, ADD, SUB, MUL, AND, SHR, JNZ, JLT, LOAD, STORE, INC, MOV, XOR };

typedef struct { u8 op, a, b, c; int imm; } insn;

static u64 memory[4096];

static u64 run(const insn *code, u64 *r) {
    u64 steps = 0;
    for (const insn *pc = code; ; steps++) {
        const insn i = *pc++;
        switch (i.op) {
            case HALT: return steps;
            case LOADI: r[i.a] = (u64) (long) i.imm; break;
            case ADD: r[i.a] = r[i.b] + r[i.c]; break;
            case SUB: r[i.a] = r[i.b] - r[i.c]; break;
            case MUL: r[i.a] = r[i.b] * r[i.c]; break;
            case AND: r[i.a] = r[i.b] & r[i.c]; break;
            case SHR: r[i.a] = r[i.b] >> (r[i.c] & 63); break;
            case JNZ: if (r[i.a]) pc = code + i.imm; break;
            case JLT: if (r[i.a] < r[i.b]) pc = code + i.imm; break;
            case LOAD: r[i.a] = memory[(r[i.b] + (u64) i.imm) & 4095]; break;
            case STORE: memory[(r[i.b] + (u64) i.imm) & 4095] = r[i.a]; break;
            case INC: r[i.a] += (u64) (long) i.imm; break;
            case MOV: r[i.a] = r[i.b]; break;
            case XOR: r[i.a] = r[i.b] ^ r[i.c]; break;
        }
    }
}

/* r1 = fib(r0) mod 2^64, r0 iterations */
static const insn fib[] = {
    {LOADI, 1, 0, 0, 0}, {LOADI, 2, 0, 0, 1}, {MOV, 3, 2, 0, 0}, {ADD, 2, 1, 2, 0}, {MOV, 1, 3, 0, 0},
    {INC, 0, 0, 0, -1}, {JNZ, 0, 0, 0, 2}, {HALT, 0, 0, 0, 0}};
/* sieve of the first 4096 numbers in memory, counting primes into r5 */
static const insn sieve[] = {
    {LOADI, 0, 0, 0, 0}, {LOADI, 1, 0, 0, 4096}, {LOADI, 2, 0, 0, 0},
    {STORE, 2, 0, 0, 0}, {INC, 0, 0, 0, 1}, {JLT, 0, 1, 0, 3},            /* clear */
    {LOADI, 0, 0, 0, 2}, {LOADI, 5, 0, 0, 0}, {LOADI, 6, 0, 0, 1},
    {LOAD, 3, 0, 0, 0}, {JNZ, 3, 0, 0, 18},                                /* 9: composite? next */
    {INC, 5, 0, 0, 1}, {ADD, 4, 0, 0, 0},                                  /* count, j = 2i */
    {JLT, 4, 1, 0, 15}, {JNZ, 6, 0, 0, 18},                                /* 13: j < n? mark : next */
    {STORE, 6, 4, 0, 0}, {ADD, 4, 4, 0, 0}, {JNZ, 6, 0, 0, 13},            /* 15: mark j, j += i */
    {INC, 0, 0, 0, 1}, {JLT, 0, 1, 0, 9}, {HALT, 0, 0, 0, 0}};             /* 18: next i */
/* mixing loop: r1 = hash of r0 rounds */
static const insn mix[] = {
    {LOADI, 1, 0, 0, 12345}, {LOADI, 2, 0, 0, 0x5bd1e995}, {LOADI, 3, 0, 0, 13},
    {MUL, 1, 1, 2, 0}, {SHR, 4, 1, 3, 0}, {XOR, 1, 1, 4, 0}, {STORE, 1, 0, 0, 7}, {LOAD, 5, 0, 0, 7}, {ADD, 1, 1, 5, 0},
    {INC, 0, 0, 0, -1}, {JNZ, 0, 0, 0, 3}, {HALT, 0, 0, 0, 0}};

void _start(void) {
    static u64 r[8];
    u64 check = 0, steps = 0;
    for (int round = 0; round < 60; round++) {
        r[0] = 20000 + (u64) round;
        steps += run(fib, r);
        check = check * 31 + r[1];
        steps += run(sieve, r);
        check = check * 31 + r[5];
        r[0] = 30000;
        steps += run(mix, r);
        check = check * 31 + r[1];
    }
    puthex("interp", check);
    puthex("steps", steps);
    sys3(93, 0, 0, 0);
    for (;;) { }
}
