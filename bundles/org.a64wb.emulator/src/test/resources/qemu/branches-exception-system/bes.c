/*
 * Values of branch, PSTATE and system-register instructions at EL0 under qemu-aarch64 -cpu max,
 * asserted by BranchesExceptionSystemQemuTest. Rerun with ./run.sh; it prints key=value lines.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static sigjmp_buf env;
static void on_sigill(int sig) { siglongjmp(env, sig); }

#define NZCV_AFTER(insn, in) ({ unsigned long out_; \
    __asm__ volatile("msr nzcv, %1\n" insn "\nmrs %0, nzcv" : "=r"(out_) : "r"((unsigned long)(in) << 28) : "cc"); out_ >> 28; })

/* Runs one EL0 instruction that may be UNDEFINED; prints SIGILL or the value of x0. */
#define TRY(name, insn) do { \
    if (sigsetjmp(env, 1) == 0) { unsigned long v_ = 0; \
        __asm__ volatile(insn : "+r"(v_) :: "memory"); printf("%s=0x%lx\n", name, v_); } \
    else printf("%s=SIGILL\n", name); } while (0)

int main(void) {
    signal(SIGILL, on_sigill);
    for (int i = 0; i < 16; i++) printf("xaflag.%x=%lx\n", i, NZCV_AFTER(".inst 0xd500403f", i));
    for (int i = 0; i < 16; i++) printf("axflag.%x=%lx\n", i, NZCV_AFTER(".inst 0xd500405f", i));
    for (int i = 0; i < 16; i++) printf("cfinv.%x=%lx\n", i, NZCV_AFTER(".inst 0xd500401f", i));

    unsigned long v;
    __asm__ volatile("mov x9, #-1\nmsr nzcv, x9\nmrs %0, nzcv" : "=r"(v) :: "x9", "cc");
    printf("nzcv.all-ones=0x%lx\n", v);
    __asm__ volatile("mrs x10, fpcr\nmov x9, #-1\nmsr fpcr, x9\nmrs %0, fpcr\nmsr fpcr, x10" : "=r"(v) :: "x9", "x10");
    printf("fpcr.all-ones=0x%lx\n", v);
    __asm__ volatile("mov x9, #-1\nmsr fpsr, x9\nmrs %0, fpsr\nmsr fpsr, xzr" : "=r"(v) :: "x9");
    printf("fpsr.all-ones=0x%lx\n", v);
    __asm__ volatile("mrs %0, dczid_el0" : "=r"(v));
    printf("dczid_el0=0x%lx\n", v);
    __asm__ volatile(".inst 0xd503415f\nmrs %0, dit\n.inst 0xd503405f" : "=r"(v)); /* msr dit, #1 ... msr dit, #0 */
    printf("dit.after-msr-1=0x%lx\n", v);
    __asm__ volatile(".inst 0xd503413f\nmrs %0, s3_3_c4_c2_6\n.inst 0xd503403f" : "=r"(v)); /* msr ssbs, #1 ... #0 */
    printf("ssbs.after-msr-1=0x%lx\n", v);

    /* BLR X30 branches to the old X30 and leaves the return address in X30. */
    unsigned long lr, next;
    __asm__ volatile("adr x30, 1f\nadr %1, 2f\nblr x30\n2: b 3f\n1: mov %0, x30\n3:" : "=r"(lr), "=r"(next) :: "x30");
    printf("blr-x30.lr-is-next=%d\n", lr == next);

    /* B.NV (cond = 1111) branches like B.AL. */
    __asm__ volatile("mov %0, #0\n.inst 0x5400004f\nmov %0, #1\n" : "=r"(v));
    printf("b.nv.taken=%d\n", v == 0);
    /* CBZ W ignores the upper half; TBNZ tests bit 63 of X. */
    __asm__ volatile("mov x9, #1\nlsl x9, x9, #32\nmov %0, #0\ncbz w9, 1f\nmov %0, #1\n1:" : "=r"(v) :: "x9");
    printf("cbz-w.upper-half-set.taken=%d\n", v == 0);
    __asm__ volatile("mov x9, #1\nlsl x9, x9, #63\nmov %0, #0\ntbnz x9, #63, 1f\nmov %0, #1\n1:" : "=r"(v) :: "x9");
    printf("tbnz-63.taken=%d\n", v == 0);

    /* DC ZVA zeroes the aligned block of 4 << DCZID_EL0.BS bytes that holds the address (qemu's block is
       512 bytes, the engine's 64: the test checks the rule, not the size). */
    static unsigned char buf[4096] __attribute__((aligned(2048)));
    memset(buf, 0xff, sizeof buf);
    unsigned long bs, addr;
    __asm__ volatile("mrs %0, dczid_el0" : "=r"(v));
    bs = 4ul << (v & 15); addr = (unsigned long)buf + 1024 + bs + 13;
    __asm__ volatile("dc zva, %0" :: "r"(addr) : "memory");
    long first = -1, last = -1;
    for (long i = 0; i < (long)sizeof buf; i++) if (buf[i] == 0) { if (first < 0) first = i; last = i; }
    printf("dc-zva.zeroes-aligned-block=%d\n",
           first == (long)((addr & -bs) - (unsigned long)buf) && last == first + (long)bs - 1);

    TRY("msr-daifset-el0", ".inst 0xd50342df");      /* msr daifset, #2 */
    TRY("mrs-currentel-el0", "mrs %0, currentel");
    TRY("msr-spsel-el0", ".inst 0xd50041bf");        /* msr spsel, #1 */
    TRY("mrs-tpidrro-el0", "mrs %0, tpidrro_el0");
    TRY("msr-tpidrro-el0", "msr tpidrro_el0, %0");
    TRY("udf", ".inst 0x00000000");
    TRY("eret-el0", "eret");
    TRY("hvc-el0", "hvc #0");
    TRY("dcps1", ".inst 0xd4a00001");
    TRY("sysl", ".inst 0xd5280000");                 /* sysl x0, #0, c0, c0, #0 */
    return 0;
}
