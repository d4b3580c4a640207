/* Integer arithmetic corner cases: flags, multiply/divide (incl. by zero), shifts by >= width,
   bit manipulation, bitfields, conditional select, large and negative immediates. Exit status 42. */
#include "rt.h"

#define NZCV(insn, a, b)                                                                     \
    ({                                                                                       \
        u64 r_, f_;                                                                          \
        __asm__ volatile(insn " %0, %2, %3\n\tmrs %1, nzcv" : "=&r"(r_), "=r"(f_) : "r"(a), "r"(b)); \
        rt_printf("%-5s %016lx, %016lx -> %016lx nzcv=%lx\n", insn, (u64)(a), (u64)(b), r_, f_ >> 28); \
    })
#define NZCVW(insn, a, b)                                                                    \
    ({                                                                                       \
        u32 r_;                                                                              \
        u64 f_;                                                                              \
        __asm__ volatile(insn " %w0, %w2, %w3\n\tmrs %1, nzcv" : "=&r"(r_), "=r"(f_) : "r"(a), "r"(b)); \
        rt_printf("%-5s w %08x, %08x -> %08x nzcv=%lx\n", insn, (u32)(a), (u32)(b), r_, f_ >> 28); \
    })
#define OP2(insn, a, b)                                                                      \
    ({                                                                                       \
        u64 r_;                                                                              \
        __asm__ volatile(insn " %0, %1, %2" : "=r"(r_) : "r"(a), "r"(b));                    \
        rt_printf("%-6s %016lx, %016lx -> %016lx\n", insn, (u64)(a), (u64)(b), r_);          \
    })
#define OP2W(insn, a, b)                                                                     \
    ({                                                                                       \
        u64 r_;                                                                              \
        __asm__ volatile(insn " %w0, %w1, %w2" : "=r"(r_) : "r"(a), "r"(b));                 \
        rt_printf("%-6s w %08x, %08x -> %016lx\n", insn, (u32)(a), (u32)(b), r_);            \
    })
#define OP1(insn, a)                                                                         \
    ({                                                                                       \
        u64 r_;                                                                              \
        __asm__ volatile(insn " %0, %1" : "=r"(r_) : "r"(a));                                \
        rt_printf("%-6s %016lx -> %016lx\n", insn, (u64)(a), r_);                            \
    })
#define OP1W(insn, a)                                                                        \
    ({                                                                                       \
        u64 r_;                                                                              \
        __asm__ volatile(insn " %w0, %w1" : "=r"(r_) : "r"(a));                              \
        rt_printf("%-6s w %08x -> %016lx\n", insn, (u32)(a), r_);                            \
    })
#define IMM(text)                                                                            \
    ({                                                                                       \
        u64 r_;                                                                              \
        __asm__ volatile(text : "=r"(r_));                                                   \
        rt_printf("%-40s -> %016lx\n", text, r_);                                            \
    })

static const u64 edge[] = {0, 1, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff, 0x80000000, 0xffffffff};
#define N (sizeof edge / sizeof edge[0])

int main(int argc, char **argv, char **envp)
{
    (void)argc;
    (void)argv;
    (void)envp;
    for (unsigned i = 0; i < N; i++) {
        for (unsigned j = 0; j < N; j++) {
            NZCV("adds", edge[i], edge[j]);
            NZCV("subs", edge[i], edge[j]);
            NZCVW("adds", edge[i], edge[j]);
            NZCVW("subs", edge[i], edge[j]);
        }
    }
    /* carry in: adcs/sbcs with C set and clear */
    for (int c = 0; c < 2; c++) {
        for (unsigned i = 0; i < N; i += 2) {
            u64 r, f, a = edge[i], b = edge[N - 1 - i];
            __asm__ volatile("msr nzcv, %2\n\tadcs %0, %3, %4\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"((u64)c << 29), "r"(a), "r"(b));
            rt_printf("adcs c=%d %016lx, %016lx -> %016lx nzcv=%lx\n", c, a, b, r, f >> 28);
            __asm__ volatile("msr nzcv, %2\n\tsbcs %0, %3, %4\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"((u64)c << 29), "r"(a), "r"(b));
            rt_printf("sbcs c=%d %016lx, %016lx -> %016lx nzcv=%lx\n", c, a, b, r, f >> 28);
            __asm__ volatile("msr nzcv, %2\n\tngcs %w0, %w3\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"((u64)c << 29), "r"(a));
            rt_printf("ngcs c=%d w %08x -> %016lx nzcv=%lx\n", c, (u32)a, r, f >> 28);
        }
    }
    /* every condition code after a compare */
    static const char *conds[] = {"eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"};
    for (unsigned i = 0; i < N; i += 3) {
        u64 a = edge[i], b = edge[(i + 3) % N];
        u64 bits = 0, r;
#define COND(k, c) __asm__ volatile("cmp %1, %2\n\tcset %w0, " c : "=r"(r) : "r"(a), "r"(b) : "cc"); bits |= r << k;
        COND(0, "eq") COND(1, "ne") COND(2, "cs") COND(3, "cc") COND(4, "mi") COND(5, "pl") COND(6, "vs") COND(7, "vc")
        COND(8, "hi") COND(9, "ls") COND(10, "ge") COND(11, "lt") COND(12, "gt") COND(13, "le")
        rt_printf("cmp %016lx, %016lx: conditions eq..le = %04lx (%s first)\n", a, b, bits, conds[0]);
    }
    /* ccmp: condition true compares, false sets the immediate flags */
    for (unsigned i = 0; i < 4; i++) {
        u64 f;
        __asm__ volatile("cmp %1, #1\n\tccmp %2, %3, #0b1010, eq\n\tmrs %0, nzcv" : "=r"(f) : "r"((u64)i), "r"(edge[i]), "r"(edge[i + 1]) : "cc");
        rt_printf("ccmp (x==1) %016lx, %016lx -> nzcv=%lx\n", edge[i], edge[i + 1], f >> 28);
        __asm__ volatile("cmp %1, #2\n\tccmn %w2, #31, #0b0101, ne\n\tmrs %0, nzcv" : "=r"(f) : "r"((u64)i), "r"(edge[i + 2]) : "cc");
        rt_printf("ccmn (x!=2) w %08x, #31 -> nzcv=%lx\n", (u32)edge[i + 2], f >> 28);
    }
    /* multiply and divide, including division by zero (A64 returns 0) and INT_MIN / -1 */
    for (unsigned i = 0; i < N; i++) {
        for (unsigned j = 0; j < N; j++) {
            OP2("mul", edge[i], edge[j]);
            OP2("umulh", edge[i], edge[j]);
            OP2("smulh", edge[i], edge[j]);
            OP2("udiv", edge[i], edge[j]);
            OP2("sdiv", edge[i], edge[j]);
            OP2W("sdiv", edge[i], edge[j]);
            OP2W("udiv", edge[i], edge[j]);
        }
    }
    {
        u64 r;
        __asm__ volatile("smaddl %0, %w1, %w2, %3" : "=r"(r) : "r"(-7), "r"(0x80000000u), "r"(5L));
        rt_printf("smaddl -> %016lx\n", r);
        __asm__ volatile("umsubl %0, %w1, %w2, %3" : "=r"(r) : "r"(-7), "r"(0x80000000u), "r"(5L));
        rt_printf("umsubl -> %016lx\n", r);
        __asm__ volatile("msub %0, %1, %2, %3" : "=r"(r) : "r"(123456789L), "r"(-987654321L), "r"(1L));
        rt_printf("msub -> %016lx\n", r);
    }
    /* variable shifts use the amount modulo the width */
    static const u64 amounts[] = {0, 1, 31, 32, 33, 63, 64, 65, 127, 0xffffffffffffffc1};
    for (unsigned k = 0; k < sizeof amounts / sizeof amounts[0]; k++) {
        OP2("lsl", 0x8000000000000001UL, amounts[k]);
        OP2("lsr", 0x8000000000000001UL, amounts[k]);
        OP2("asr", 0x8000000000000001UL, amounts[k]);
        OP2("ror", 0x8000000000000001UL, amounts[k]);
        OP2W("lsl", 0x80000001u, amounts[k]);
        OP2W("asr", 0x80000001u, amounts[k]);
        OP2W("ror", 0x80000001u, amounts[k]);
    }
    /* bit manipulation */
    for (unsigned i = 0; i < N; i++) {
        OP1("clz", edge[i]);
        OP1("cls", edge[i]);
        OP1("rbit", edge[i] ^ 0x0123456789abcdefUL);
        OP1("rev", edge[i] ^ 0x0123456789abcdefUL);
        OP1("rev16", edge[i] ^ 0x0123456789abcdefUL);
        OP1("rev32", edge[i] ^ 0x0123456789abcdefUL);
        OP1W("clz", edge[i]);
        OP1W("cls", edge[i]);
        OP1W("rev", edge[i] ^ 0x01234567);
    }
    /* bitfields and extract */
    {
        u64 v = 0xfedcba9876543210UL, r;
        __asm__ volatile("ubfx %0, %1, #4, #12" : "=r"(r) : "r"(v)); rt_printf("ubfx -> %016lx\n", r);
        __asm__ volatile("sbfx %0, %1, #60, #4" : "=r"(r) : "r"(v)); rt_printf("sbfx -> %016lx\n", r);
        __asm__ volatile("sbfiz %0, %1, #8, #4" : "=r"(r) : "r"(v)); rt_printf("sbfiz -> %016lx\n", r);
        r = v;
        __asm__ volatile("bfi %0, %1, #40, #16" : "+r"(r) : "r"(0x1234UL)); rt_printf("bfi -> %016lx\n", r);
        r = v;
        __asm__ volatile("bfxil %0, %1, #8, #8" : "+r"(r) : "r"(0xabcdUL)); rt_printf("bfxil -> %016lx\n", r);
        __asm__ volatile("extr %0, %1, %2, #13" : "=r"(r) : "r"(v), "r"(0x0123456789abcdefUL)); rt_printf("extr -> %016lx\n", r);
        __asm__ volatile("extr %w0, %w1, %w2, #31" : "=r"(r) : "r"(v), "r"(0x0123456789abcdefUL)); rt_printf("extr w -> %016lx\n", r);
        __asm__ volatile("sxtb %0, %w1" : "=r"(r) : "r"(0x80UL)); rt_printf("sxtb -> %016lx\n", r);
        __asm__ volatile("sxth %w0, %w1" : "=r"(r) : "r"(0x8000UL)); rt_printf("sxth w -> %016lx\n", r);
        __asm__ volatile("sxtw %0, %w1" : "=r"(r) : "r"(0x80000000UL)); rt_printf("sxtw -> %016lx\n", r);
    }
    /* conditional select family */
    for (unsigned i = 0; i < 2; i++) {
        u64 r;
        __asm__ volatile("cmp %1, #0\n\tcsinc %0, %2, %3, eq" : "=r"(r) : "r"((u64)i), "r"(10L), "r"(-1L) : "cc"); rt_printf("csinc -> %016lx\n", r);
        __asm__ volatile("cmp %1, #0\n\tcsinv %0, %2, %3, eq" : "=r"(r) : "r"((u64)i), "r"(10L), "r"(0L) : "cc"); rt_printf("csinv -> %016lx\n", r);
        __asm__ volatile("cmp %1, #0\n\tcsneg %w0, %w2, %w3, eq" : "=r"(r) : "r"((u64)i), "r"(10L), "r"(0x80000000L) : "cc"); rt_printf("csneg w -> %016lx\n", r);
        __asm__ volatile("cmp %1, #0\n\tcsetm %0, ne" : "=r"(r) : "r"((u64)i) : "cc"); rt_printf("csetm -> %016lx\n", r);
    }
    /* large and negative immediates */
    IMM("mov %0, #-1");
    IMM("mov %0, #-65536");
    IMM("movn %0, #0x1234, lsl #48");
    IMM("movz %0, #0xbeef, lsl #32\n\tmovk %0, #0xdead, lsl #48");
    IMM("mov %w0, #-2");
    IMM("mov %0, #0x5555555555555555");
    IMM("mov %0, #0x00ff00ff00ff00ff");
    IMM("mov %0, #0xfffffffffffffffe");
    IMM("mov %w0, #0x80000000");
    IMM("mov %0, #0\n\tsub %0, %0, #4095, lsl #12");
    IMM("mov %0, #100\n\tadd %0, %0, #-4095");
    IMM("mov %0, #-1\n\tand %0, %0, #0x7fe0000000000000");
    IMM("mov %0, #0\n\torr %w0, %w0, #0xe0000003");
    IMM("mov %0, #0x12\n\teor %0, %0, #0xaaaaaaaaaaaaaaaa");
    {
        i64 big = -9223372036854775807L - 1;
        rt_printf("C division: %ld / -1 wraps to %ld (via sdiv)\n", big, ({ i64 r; __asm__("sdiv %0, %1, %2" : "=r"(r) : "r"(big), "r"(-1L)); r; }));
        volatile i64 zero = 0;
        rt_printf("C division by zero gives %ld\n", ({ i64 r; __asm__("sdiv %0, %1, %2" : "=r"(r) : "r"(12345L), "r"((i64)zero)); r; }));
    }
    return 42;
}
