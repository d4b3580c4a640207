/* Load/store exclusive loops (ldxr/stxr, acquire/release forms, pairs, bytes/halves), clrex. Exit status 33. */
#include "rt.h"

static u64 counter64 __attribute__((aligned(16)));
static u32 counter32;
static u16 counter16;
static u8 counter8;
static u64 pair[2] __attribute__((aligned(16)));

static u64 fetch_add64(u64 *p, u64 v)
{
    u64 old, tmp;
    u32 fail;
    __asm__ volatile("1: ldxr %0, [%3]\n\tadd %1, %0, %4\n\tstxr %w2, %1, [%3]\n\tcbnz %w2, 1b"
                     : "=&r"(old), "=&r"(tmp), "=&r"(fail) : "r"(p), "r"(v) : "memory");
    return old;
}

static u32 fetch_xor32_acqrel(u32 *p, u32 v)
{
    u32 old, tmp, fail;
    __asm__ volatile("1: ldaxr %w0, [%3]\n\teor %w1, %w0, %w4\n\tstlxr %w2, %w1, [%3]\n\tcbnz %w2, 1b"
                     : "=&r"(old), "=&r"(tmp), "=&r"(fail) : "r"(p), "r"(v) : "memory");
    return old;
}

int main(int argc, char **argv, char **envp)
{
    (void)argc;
    (void)argv;
    (void)envp;
    for (u64 i = 1; i <= 1000; i++) {
        fetch_add64(&counter64, i);
    }
    rt_printf("ldxr/stxr sum 1..1000 = %lu\n", counter64);
    counter32 = 0x12345678;
    for (u32 i = 0; i < 17; i++) {
        fetch_xor32_acqrel(&counter32, i * 0x01010101u);
    }
    rt_printf("ldaxr/stlxr xor = %08x\n", counter32);
    for (int i = 0; i < 300; i++) {
        u32 old, fail;
        __asm__ volatile("1: ldxrh %w0, [%2]\n\tadd %w0, %w0, #3\n\tstxrh %w1, %w0, [%2]\n\tcbnz %w1, 1b"
                         : "=&r"(old), "=&r"(fail) : "r"(&counter16) : "memory");
        __asm__ volatile("1: ldaxrb %w0, [%2]\n\tadd %w0, %w0, #1\n\tstlxrb %w1, %w0, [%2]\n\tcbnz %w1, 1b"
                         : "=&r"(old), "=&r"(fail) : "r"(&counter8) : "memory");
    }
    rt_printf("halfword = %u byte (wraps) = %u\n", counter16, counter8);
    /* pair exclusive: swap the two halves atomically */
    pair[0] = 0x1111111111111111UL;
    pair[1] = 0x2222222222222222UL;
    {
        u64 a, b;
        u32 fail;
        __asm__ volatile("1: ldxp %0, %1, [%3]\n\tstxp %w2, %1, %0, [%3]\n\tcbnz %w2, 1b"
                         : "=&r"(a), "=&r"(b), "=&r"(fail) : "r"(pair) : "memory");
        rt_printf("ldxp read %016lx %016lx, now %016lx %016lx\n", a, b, pair[0], pair[1]);
    }
    /* a store-exclusive without a matching load-exclusive fails (status 1) and writes nothing */
    {
        u32 status;
        u64 v = 0xdead;
        counter64 = 5;
        __asm__ volatile("clrex\n\tstxr %w0, %1, [%2]" : "=&r"(status) : "r"(v), "r"(&counter64) : "memory");
        rt_printf("stxr after clrex: status %u, value %lu\n", status, counter64);
        u64 old;
        __asm__ volatile("ldxr %1, [%2]\n\tclrex\n\tstxr %w0, %3, [%2]" : "=&r"(status), "=&r"(old) : "r"(&counter64), "r"(v) : "memory");
        rt_printf("ldxr; clrex; stxr: status %u, value %lu\n", status, counter64);
        __asm__ volatile("ldxr %1, [%2]\n\tstxr %w0, %3, [%2]" : "=&r"(status), "=&r"(old) : "r"(&counter64), "r"(v) : "memory");
        rt_printf("ldxr; stxr: status %u, value %lx\n", status, counter64);
    }
    /* load-acquire / store-release plain forms */
    {
        u64 r;
        __asm__ volatile("stlr %1, [%2]\n\tldar %0, [%2]" : "=&r"(r) : "r"(0x0123456789abcdefUL), "r"(&counter64) : "memory");
        rt_printf("stlr/ldar -> %016lx\n", r);
        __asm__ volatile("stlrb %w1, [%2]\n\tldarb %w0, [%2]" : "=&r"(r) : "r"(0x1ffUL), "r"(&counter8) : "memory");
        rt_printf("stlrb/ldarb -> %016lx\n", r);
    }
    return 33;
}
