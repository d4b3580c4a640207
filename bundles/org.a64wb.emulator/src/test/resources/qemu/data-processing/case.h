/*
 * CASE(name, insn, x0, x1, x2, x3, nzcv): loads x0..x3 and NZCV, runs one instruction (which may use
 * x0..x3 only; x9 holds its word), and prints
 *   name word x0 x1 x2 x3 nzcv -> x0' nzcv'
 */
#include <stdint.h>
#include <stdio.h>

#define CASE(name, insn, d, a, b, c, flags) do {                                                   \
    uint64_t out, fl, word;                                                                        \
    asm volatile("mov x0, %[vd]\n\tmov x1, %[va]\n\tmov x2, %[vb]\n\tmov x3, %[vc]\n\t"           \
                 "msr nzcv, %[vf]\n\tadr x9, 1f\n\tldr w9, [x9]\n"                                 \
                 "1:\t" insn "\n\t"                                                                \
                 "mrs %[fl], nzcv\n\tmov %[out], x0\n\tmov %[word], x9\n"                          \
                 : [out] "=&r"(out), [fl] "=&r"(fl), [word] "=&r"(word)                            \
                 : [vd] "r"((uint64_t)(d)), [va] "r"((uint64_t)(a)), [vb] "r"((uint64_t)(b)),      \
                   [vc] "r"((uint64_t)(c)), [vf] "r"((uint64_t)(flags))                            \
                 : "x0", "x1", "x2", "x3", "x9", "cc", "memory");                                  \
    printf("%s %08lx %016lx %016lx %016lx %016lx %08lx -> %016lx %08lx\n", name, word,            \
           (uint64_t)(d), (uint64_t)(a), (uint64_t)(b), (uint64_t)(c), (uint64_t)(flags), out, fl); \
} while (0)

#define JUNK 0xdeadbeefcafef00dUL
#define NZCV(n, z, c, v) (((uint64_t)(n) << 31) | ((uint64_t)(z) << 30) | ((uint64_t)(c) << 29) | ((uint64_t)(v) << 28))
