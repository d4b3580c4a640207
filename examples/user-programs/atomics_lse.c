/* ARMv8.1 LSE atomics (built with -march=armv8.1-a): LD<op> in every size and ordering, SWP, CAS,
   CASP; each prints the old value returned and the new memory value. Exit status 0x21. */
#include "rt.h"

static u64 m64 __attribute__((aligned(16)));
static u32 m32;
static u16 m16;
static u8 m8;
static u64 mp[2] __attribute__((aligned(16)));

#define AT64(insn, init, operand)                                                                  \
    ({                                                                                             \
        u64 old_;                                                                                  \
        m64 = (init);                                                                              \
        __asm__ volatile(insn " %1, %0, [%2]" : "=&r"(old_) : "r"((u64)(operand)), "r"(&m64) : "memory"); \
        rt_printf("%-9s %016lx op %016lx: old %016lx new %016lx\n", insn, (u64)(init), (u64)(operand), old_, m64); \
    })
#define AT32(insn, init, operand)                                                                  \
    ({                                                                                             \
        u32 old_;                                                                                  \
        m32 = (init);                                                                              \
        __asm__ volatile(insn " %w1, %w0, [%2]" : "=&r"(old_) : "r"((u32)(operand)), "r"(&m32) : "memory"); \
        rt_printf("%-9s w %08x op %08x: old %08x new %08x\n", insn, (u32)(init), (u32)(operand), old_, m32); \
    })
#define AT16(insn, init, operand)                                                                  \
    ({                                                                                             \
        u32 old_;                                                                                  \
        m16 = (init);                                                                              \
        __asm__ volatile(insn " %w1, %w0, [%2]" : "=&r"(old_) : "r"((u32)(operand)), "r"(&m16) : "memory"); \
        rt_printf("%-9s h %04x op %08x: old %08x new %04x\n", insn, (u16)(init), (u32)(operand), old_, m16); \
    })
#define AT8(insn, init, operand)                                                                   \
    ({                                                                                             \
        u32 old_;                                                                                  \
        m8 = (init);                                                                               \
        __asm__ volatile(insn " %w1, %w0, [%2]" : "=&r"(old_) : "r"((u32)(operand)), "r"(&m8) : "memory"); \
        rt_printf("%-9s b %02x op %08x: old %08x new %02x\n", insn, (u8)(init), (u32)(operand), old_, m8); \
    })

int main(int argc, char **argv, char **envp)
{
    (void)argc;
    (void)argv;
    (void)envp;
    AT64("ldadd", 0xfffffffffffffff0UL, 0x20);
    AT64("ldadda", 1, 2);
    AT64("ldaddal", 0x7fffffffffffffffUL, 1);
    AT64("ldclr", 0xff00ff00ff00ff00UL, 0x0ff00ff00ff00ff0UL);
    AT64("ldeorl", 0xaaaaaaaaaaaaaaaaUL, 0xffffffff00000000UL);
    AT64("ldset", 0x1000, 0x0101);
    AT64("ldsmax", 0xffffffffffffffffUL, 1);
    AT64("ldsmin", 0xffffffffffffffffUL, 1);
    AT64("ldumax", 0xffffffffffffffffUL, 1);
    AT64("ldumin", 0xffffffffffffffffUL, 1);
    AT64("swp", 0x1234, 0x5678);
    AT64("swpal", 0x8000000000000000UL, 0);
    AT32("ldadd", 0xffffffffu, 2);
    AT32("ldsmax", 0x80000000u, 0x7fffffffu);
    AT32("ldsminl", 0x80000000u, 0x7fffffffu);
    AT32("ldumax", 0x80000000u, 0x7fffffffu);
    AT32("swpa", 0xcafef00du, 0xdeadbeefu);
    AT16("ldaddh", 0xffff, 0x10002);
    AT16("ldsmaxh", 0x8000, 0x7fff);
    AT16("lduminh", 0x8000, 0x7fff);
    AT16("ldeorh", 0x00ff, 0xffffffff);
    AT16("swph", 0xbeef, 0x12345678);
    AT8("ldaddb", 0xff, 0x1);
    AT8("ldsmaxb", 0x80, 0x7f);
    AT8("ldsminab", 0x80, 0x7f);
    AT8("ldclrb", 0xff, 0x0f);
    AT8("ldsetlb", 0x40, 0x81);
    AT8("swpb", 0x11, 0x1ff);
    /* compare and swap: success and failure; the register gets the old value either way */
    for (int hit = 0; hit < 2; hit++) {
        u64 expected = hit ? 100 : 99;
        m64 = 100;
        __asm__ volatile("cas %0, %1, [%2]" : "+r"(expected) : "r"(200UL), "r"(&m64) : "memory");
        rt_printf("cas expect %d: register %lu memory %lu\n", hit ? 100 : 99, expected, m64);
        u32 e32 = hit ? 0x80000000u : 0;
        m32 = 0x80000000u;
        __asm__ volatile("casal %w0, %w1, [%2]" : "+r"(e32) : "r"(1u), "r"(&m32) : "memory");
        rt_printf("casal w: register %08x memory %08x\n", e32, m32);
        u32 e16 = hit ? 0xfffe : 0x1fffe;
        m16 = 0xfffe;
        __asm__ volatile("cash %w0, %w1, [%2]" : "+r"(e16) : "r"(7u), "r"(&m16) : "memory");
        rt_printf("cash: register %08x memory %04x\n", e16, m16);
        u32 e8 = hit ? 0x80 : 0x7f;
        m8 = 0x80;
        __asm__ volatile("casab %w0, %w1, [%2]" : "+r"(e8) : "r"(0x55u), "r"(&m8) : "memory");
        rt_printf("casab: register %08x memory %02x\n", e8, m8);
    }
    /* CASP needs even/odd register pairs */
    for (int hit = 0; hit < 2; hit++) {
        register u64 c0 __asm__("x4") = hit ? 1 : 0;
        register u64 c1 __asm__("x5") = 2;
        register u64 n0 __asm__("x6") = 0xaaaa;
        register u64 n1 __asm__("x7") = 0xbbbb;
        mp[0] = 1;
        mp[1] = 2;
        __asm__ volatile("caspal x4, x5, x6, x7, [%2]" : "+r"(c0), "+r"(c1) : "r"(mp), "r"(n0), "r"(n1) : "memory");
        rt_printf("caspal hit=%d: registers %lx %lx memory %lx %lx\n", hit, c0, c1, mp[0], mp[1]);
    }
    /* ST<op> aliases (no result register) */
    m64 = 40;
    __asm__ volatile("stadd %0, [%1]" : : "r"(2UL), "r"(&m64) : "memory");
    __asm__ volatile("stsmaxl %0, [%1]" : : "r"(-5L), "r"(&m64) : "memory");
    rt_printf("stadd/stsmaxl -> %lu\n", m64);
    return 0x21;
}
