/* Load/store forms: sizes and sign extension, offset/pre/post-index, register offsets with
   extend and shift, pairs, unscaled, literal, non-temporal, unaligned accesses. Exit status 11. */
#include "rt.h"

static u8 buf[256] __attribute__((aligned(16)));

static void fill(void)
{
    for (int i = 0; i < 256; i++) {
        buf[i] = (u8)(0x80 + i * 7);
    }
}

#define LD(insn, off)                                                                          \
    ({                                                                                         \
        u64 r_;                                                                                \
        __asm__ volatile(insn " %0, [%1, #" #off "]" : "=r"(r_) : "r"(buf) : "memory");        \
        rt_printf("%-6s [buf+%d] -> %016lx\n", insn, off, r_);                                 \
    })
#define LDW(insn, off)                                                                         \
    ({                                                                                         \
        u64 r_;                                                                                \
        __asm__ volatile(insn " %w0, [%1, #" #off "]" : "=r"(r_) : "r"(buf) : "memory");       \
        rt_printf("%-6s w [buf+%d] -> %016lx\n", insn, off, r_);                               \
    })

int main(int argc, char **argv, char **envp)
{
    (void)argc;
    (void)argv;
    (void)envp;
    fill();
    /* immediate offset, every size and sign extension */
    LDW("ldrb", 1); LDW("ldrb", 3); LD("ldrsb", 1); LDW("ldrsb", 1); LD("ldrsb", 130);
    LDW("ldrh", 2); LD("ldrsh", 2); LDW("ldrsh", 2); LD("ldrsh", 130);
    LDW("ldr", 4); LD("ldrsw", 4); LD("ldrsw", 128); LD("ldr", 8); LD("ldr", 248);
    /* unscaled, negative and unaligned offsets */
    LD("ldur", 3); LD("ldursw", 5); LD("ldursh", 1); LDW("ldurb", 255);
    {
        u64 r;
        __asm__ volatile("ldur %0, [%1, #-8]" : "=r"(r) : "r"(buf + 16) : "memory");
        rt_printf("ldur [buf+16-8] -> %016lx\n", r);
        __asm__ volatile("ldr %0, [%1]" : "=r"(r) : "r"(buf + 1) : "memory");
        rt_printf("ldr unaligned [buf+1] -> %016lx\n", r);
        __asm__ volatile("ldr %w0, [%1]" : "=r"(r) : "r"(buf + 4093 % 256) : "memory");
        rt_printf("ldr w unaligned [buf+253] -> %016lx\n", r);
        __asm__ volatile("ldrh %w0, [%1]" : "=r"(r) : "r"(buf + 7) : "memory");
        rt_printf("ldrh unaligned [buf+7] -> %016lx\n", r);
    }
    /* pre- and post-index write back the base */
    {
        u64 r, base = (u64)buf;
        __asm__ volatile("ldr %0, [%1, #16]!" : "=r"(r), "+r"(base) : : "memory");
        rt_printf("ldr pre  -> %016lx base+%ld\n", r, (i64)(base - (u64)buf));
        __asm__ volatile("ldrsb %0, [%1], #-3" : "=r"(r), "+r"(base) : : "memory");
        rt_printf("ldrsb post -> %016lx base+%ld\n", r, (i64)(base - (u64)buf));
        __asm__ volatile("ldrh %w0, [%1, #5]!" : "=r"(r), "+r"(base) : : "memory");
        rt_printf("ldrh pre unaligned -> %016lx base+%ld\n", r, (i64)(base - (u64)buf));
        __asm__ volatile("str %2, [%1, #-2]!" : "=m"(buf), "+r"(base) : "r"(0x1122334455667788UL) : "memory");
        rt_printf("str pre base+%ld\n", (i64)(base - (u64)buf));
        __asm__ volatile("strh %w2, [%1], #100" : "=m"(buf), "+r"(base) : "r"(0xabcdUL) : "memory");
        rt_printf("strh post base+%ld\n", (i64)(base - (u64)buf));
    }
    /* register offsets: lsl, uxtw, sxtw */
    {
        u64 r;
        __asm__ volatile("ldr %0, [%1, %2, lsl #3]" : "=r"(r) : "r"(buf), "r"(3L) : "memory");
        rt_printf("ldr [buf, 3, lsl #3] -> %016lx\n", r);
        __asm__ volatile("ldr %0, [%1, %2]" : "=r"(r) : "r"(buf), "r"(5L) : "memory");
        rt_printf("ldr [buf, 5] -> %016lx\n", r);
        __asm__ volatile("ldrsw %0, [%1, %w2, sxtw #2]" : "=r"(r) : "r"(buf + 64), "r"(-4) : "memory");
        rt_printf("ldrsw [buf+64, -4, sxtw #2] -> %016lx\n", r);
        __asm__ volatile("ldrh %w0, [%1, %w2, uxtw #1]" : "=r"(r) : "r"(buf), "r"(9) : "memory");
        rt_printf("ldrh [buf, 9, uxtw #1] -> %016lx\n", r);
        __asm__ volatile("ldrb %w0, [%1, %w2, sxtw]" : "=r"(r) : "r"(buf + 128), "r"(-128) : "memory");
        rt_printf("ldrb [buf+128, -128, sxtw] -> %016lx\n", r);
        __asm__ volatile("ldrsh %0, [%1, %2, sxtx #1]" : "=r"(r) : "r"(buf + 128), "r"(-1L) : "memory");
        rt_printf("ldrsh [buf+128, -1, sxtx #1] -> %016lx\n", r);
        __asm__ volatile("str %w2, [%1, %3, lsl #2]" : "=m"(buf) : "r"(buf), "r"(0xdeadbeef), "r"(10L) : "memory");
        rt_printf("after str w [buf, 10, lsl #2]: %08x\n", *(volatile u32 *)(buf + 40));
    }
    /* pairs */
    {
        u64 a, b, base = (u64)buf;
        __asm__ volatile("ldp %0, %1, [%2, #32]" : "=r"(a), "=r"(b) : "r"(buf) : "memory");
        rt_printf("ldp -> %016lx %016lx\n", a, b);
        __asm__ volatile("ldp %w0, %w1, [%2, #-8]" : "=r"(a), "=r"(b) : "r"(buf + 64) : "memory");
        rt_printf("ldp w -> %016lx %016lx\n", a, b);
        __asm__ volatile("ldpsw %0, %1, [%2, #136]" : "=r"(a), "=r"(b) : "r"(buf) : "memory");
        rt_printf("ldpsw -> %016lx %016lx\n", a, b);
        __asm__ volatile("ldp %0, %1, [%2, #16]!" : "=r"(a), "=r"(b), "+r"(base) : : "memory");
        rt_printf("ldp pre -> %016lx %016lx base+%ld\n", a, b, (i64)(base - (u64)buf));
        __asm__ volatile("stp %2, %3, [%1], #-16" : "=m"(buf), "+r"(base) : "r"(0x0102030405060708UL), "r"(~0UL) : "memory");
        rt_printf("stp post base+%ld\n", (i64)(base - (u64)buf));
        __asm__ volatile("stp %w2, %w3, [%1, #200]" : "=m"(buf) : "r"(buf), "r"(0x11111111), "r"(0x22222222) : "memory");
        __asm__ volatile("stnp %2, %3, [%1, #208]" : "=m"(buf) : "r"(buf), "r"(0x3333333333333333UL), "r"(0x4444444444444444UL) : "memory");
        __asm__ volatile("ldnp %0, %1, [%2, #200]" : "=r"(a), "=r"(b) : "r"(buf) : "memory");
        rt_printf("ldnp -> %016lx %016lx\n", a, b);
        __asm__ volatile("stp %2, %3, [%1, #8]" : "=m"(buf) : "r"(buf + 93), "r"(0xa1a2a3a4a5a6a7a8UL), "r"(0xb1b2b3b4b5b6b7b8UL) : "memory");
        __asm__ volatile("ldp %0, %1, [%2, #8]" : "=r"(a), "=r"(b) : "r"(buf + 93) : "memory");
        rt_printf("ldp unaligned -> %016lx %016lx\n", a, b);
    }
    /* stores of each size, unscaled */
    {
        __asm__ volatile("strb %w1, [%0, #160]\n\tsturh %w1, [%0, #161]\n\tstur %w1, [%0, #163]\n\tstur %1, [%0, #167]"
                         : : "r"(buf), "r"(0xf0e1d2c3b4a59687UL) : "memory");
        u64 lo = *(volatile u64 *)(buf + 160), hi = *(volatile u64 *)(buf + 168);
        rt_printf("mixed stores -> %016lx %016lx\n", lo, hi);
    }
    /* literal loads */
    {
        u64 r, s;
        __asm__ volatile("ldr %0, 1f\n\tldrsw %1, 2f\n\tb 3f\n\t.balign 8\n1: .quad 0x8877665544332211\n2: .word 0x80000001\n3:" : "=r"(r), "=r"(s));
        rt_printf("ldr literal -> %016lx ldrsw literal -> %016lx\n", r, s);
    }
    /* zero register as source and as base-free destination */
    {
        __asm__ volatile("str xzr, [%0, #176]\n\tstp xzr, xzr, [%0, #184]" : : "r"(buf) : "memory");
        rt_printf("xzr stores -> %016lx %016lx %016lx\n", *(volatile u64 *)(buf + 176), *(volatile u64 *)(buf + 184), *(volatile u64 *)(buf + 192));
    }
    /* checksum of the whole buffer after all stores */
    u64 sum = 0;
    for (int i = 0; i < 256; i++) {
        sum = sum * 31 + buf[i];
    }
    rt_printf("checksum %016lx\n", sum);
    return 11;
}
