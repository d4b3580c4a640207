/*
 * Tricky loads and stores, run under qemu-aarch64 to record the values LoadsStoresQemuTest asserts.
 * Addresses are printed relative to the buffer so the output does not depend on the link address.
 * Rebuild and rerun with ./run.sh (expected output: expected.txt).
 */
#include <stdint.h>
#include <stdio.h>

static uint64_t buf[8] __attribute__((aligned(64)));

static void reset(void) {
    for (int i = 0; i < 8; i++) buf[i] = 0x1111111111111111ULL * (uint64_t) (i + 1);
}

#define P(name, value) printf("%s %016llx\n", name, (unsigned long long) (value))

int main(void) {
    uint64_t b = (uint64_t) buf, r, r2, s;

    /* LDR (post-index) with Rt == Rn: ldr x0, [x0], #8 (CONSTRAINED UNPREDICTABLE) */
    reset();
    asm volatile("mov x0, %1\n .inst 0xf8408400\n mov %0, x0" : "=r"(r) : "r"(b) : "x0", "memory");
    P("ldr_post_rt_eq_rn", r - b);
    /* LDR (pre-index) with Rt == Rn: ldr x1, [x1, #8]! */
    asm volatile("mov x1, %1\n .inst 0xf8408c21\n mov %0, x1" : "=r"(r) : "r"(b) : "x1", "memory");
    P("ldr_pre_rt_eq_rn", r - b);
    /* STR (post-index) with Rt == Rn: str x2, [x2], #16 stores the original base */
    reset();
    asm volatile("mov x2, %1\n .inst 0xf8010442\n mov %0, x2" : "=r"(r) : "r"(b) : "x2", "memory");
    P("str_post_rt_eq_rn_base", r - b);
    P("str_post_rt_eq_rn_stored", buf[0] - b);
    /* LDP with Rt == Rt2: ldp x3, x3, [x4] */
    reset();
    asm volatile("mov x4, %1\n .inst 0xa9400c83\n mov %0, x3" : "=r"(r) : "r"(b) : "x3", "x4", "memory");
    P("ldp_rt_eq_rt2", r);
    /* LDP (post-index) with Rt == Rn: ldp x5, x6, [x5], #16 */
    asm volatile("mov x5, %2\n .inst 0xa8c118a5\n mov %0, x5\n mov %1, x6" : "=r"(r), "=r"(r2) : "r"(b) : "x5", "x6", "memory");
    P("ldp_post_rt_eq_rn_rt", r - b);
    P("ldp_post_rt_eq_rn_rt2", r2);
    /* Sign extension: W forms zero the upper half */
    reset();
    buf[0] = 0x0000000080008080ULL;
    asm volatile("mov x7, #-1\n ldrsb w7, [%1]\n mov %0, x7" : "=r"(r) : "r"(b) : "x7", "memory");
    P("ldrsb_w", r);
    asm volatile("ldrsb %0, [%1]" : "=r"(r) : "r"(b) : "memory");
    P("ldrsb_x", r);
    asm volatile("ldrsh %w0, [%1, #2]" : "=r"(r) : "r"(b) : "memory");
    P("ldrsh_w_off2", r);
    asm volatile("ldrsw %0, [%1]" : "=r"(r) : "r"(b) : "memory");
    P("ldrsw", r);
    asm volatile("mov x8, #-1\n ldrb w8, [%1, #1]\n mov %0, x8" : "=r"(r) : "r"(b) : "x8", "memory");
    P("ldrb", r);
    /* Register offset: ldr x9, [base, w10, sxtw #3] with w10 = -1 and the upper half of x10 set */
    reset();
    asm volatile("movz x10, #0xffff, lsl #48\n movk x10, #0xffff, lsl #16\n movk x10, #0xffff\n"
                 "ldr x9, [%1, w10, sxtw #3]\n mov %0, x9" : "=r"(r) : "r"(b + 16) : "x9", "x10", "memory");
    P("ldr_reg_sxtw3", r);
    asm volatile("mov x10, #0xffffffff\n add x10, x10, #3\n ldr w9, [%1, w10, uxtw #2]\n mov %0, x9"
                 : "=r"(r) : "r"(b) : "x9", "x10", "memory");
    P("ldr_reg_uxtw2", r);
    /* Exclusives: STXR without a preceding LDXR fails, after LDXR succeeds once, then fails */
    reset();
    asm volatile("clrex\n mov x11, #42\n stxr w12, x11, [%1]\n mov %0, x12" : "=r"(s) : "r"(b) : "x11", "x12", "memory");
    P("stxr_unarmed_status", s);
    P("stxr_unarmed_mem", buf[0]);
    asm volatile("ldxr x13, [%2]\n mov x11, #42\n stxr w12, x11, [%2]\n mov %0, x12\n mov %1, x13"
                 : "=r"(s), "=r"(r) : "r"(b) : "x11", "x12", "x13", "memory");
    P("ldxr_value", r);
    P("stxr_armed_status", s);
    P("stxr_armed_mem", buf[0]);
    asm volatile("mov x11, #43\n stxr w12, x11, [%1]\n mov %0, x12" : "=r"(s) : "r"(b) : "x11", "x12", "memory");
    P("stxr_again_status", s);
    asm volatile("ldxr x13, [%1]\n mov x11, #44\n stxr w12, x11, [%2]\n mov %0, x12"
                 : "=r"(s) : "r"(b), "r"(b + 8) : "x11", "x12", "x13", "memory");
    P("stxr_other_address_status", s);
    P("stxr_other_address_mem", buf[1]);
    /* LDXP/STXP with 32-bit elements: Rt is the low word */
    reset();
    asm volatile("ldxp w14, w15, [%2]\n add w14, w14, #1\n stxp w12, w15, w14, [%2]\n mov %0, x14\n mov %1, x12"
                 : "=r"(r), "=r"(s) : "r"(b) : "x12", "x14", "x15", "memory");
    P("ldxp_w_rt_plus1", r);
    P("stxp_w_status", s);
    P("stxp_w_mem", buf[0]);
    /* LSE atomics */
    reset();
    buf[0] = 0x00000000000000f0ULL;
    asm volatile("mov w16, #0x10\n ldsmaxb w16, w17, [%1]\n mov %0, x17" : "=r"(r) : "r"(b) : "x16", "x17", "memory");
    P("ldsmaxb_old", r);
    P("ldsmaxb_mem", buf[0]);
    buf[0] = 0x00000000000000f0ULL;
    asm volatile("mov w16, #0x10\n ldumaxb w16, w17, [%1]\n mov %0, x17" : "=r"(r) : "r"(b) : "x16", "x17", "memory");
    P("ldumaxb_mem", buf[0]);
    buf[0] = 0xffffffff80000000ULL;
    asm volatile("mov x16, #-1\n ldaddal w16, w17, [%1]\n mov %0, x17" : "=r"(r) : "r"(b) : "x16", "x17", "memory");
    P("ldaddal_w_old", r);
    P("ldaddal_w_mem", buf[0]);
    buf[0] = 0xff00ff00ff00ff00ULL;
    asm volatile("mov x16, #0xffff\n stclr x16, [%0]" : : "r"(b) : "x16", "memory");
    P("stclr_x_mem", buf[0]);
    buf[0] = 0x1234;
    asm volatile("mov x16, #0x5678\n swph w16, w17, [%1]\n mov %0, x17" : "=r"(r) : "r"(b) : "x16", "x17", "memory");
    P("swph_old", r);
    P("swph_mem", buf[0]);
    buf[0] = 0x8000000000000001ULL;
    asm volatile("mov x16, #1\n ldsmin x16, x17, [%1]\n mov %0, x17" : "=r"(r) : "r"(b) : "x16", "x17", "memory");
    P("ldsmin_x_mem", buf[0]);
    /* CAS: compares the low bytes of Rs, returns the old value zero-extended */
    buf[0] = 0x00000000000000ffULL;
    asm volatile("mov x18, #-1\n mov w19, #0x22\n casb w18, w19, [%1]\n mov %0, x18" : "=r"(r) : "r"(b) : "x18", "x19", "memory");
    P("casb_rs", r);
    P("casb_mem", buf[0]);
    asm volatile("mov x18, #1\n mov w19, #0x33\n casb w18, w19, [%1]\n mov %0, x18" : "=r"(r) : "r"(b) : "x18", "x19", "memory");
    P("casb_fail_rs", r);
    P("casb_fail_mem", buf[0]);
    /* CASP (64-bit): compare x20:x21 with buf[2..3], store x22:x23 */
    reset();
    asm volatile("ldp x20, x21, [%2]\n mov x22, #7\n mov x23, #8\n casp x20, x21, x22, x23, [%2]\n mov %0, x20\n mov %1, x21"
                 : "=r"(r), "=r"(r2) : "r"(b + 16) : "x20", "x21", "x22", "x23", "memory");
    P("casp_x_rs", r);
    P("casp_x_rs1", r2);
    P("casp_x_mem0", buf[2]);
    P("casp_x_mem1", buf[3]);
    /* CASP (32-bit) failing: w20:w21 = 1:2, memory 0x11111111:0x11111111 */
    reset();
    asm volatile("mov x20, #-1\n mov w20, #1\n mov w21, #2\n mov w22, #7\n mov w23, #8\n casp w20, w21, w22, w23, [%2]\n mov %0, x20\n mov %1, x21"
                 : "=r"(r), "=r"(r2) : "r"(b) : "x20", "x21", "x22", "x23", "memory");
    P("casp_w_fail_rs", r);
    P("casp_w_fail_rs1", r2);
    P("casp_w_fail_mem", buf[0]);
    /* RCpc */
    buf[0] = 0x000000000000ff80ULL;
    asm volatile("ldapursh x24, [%1, #0]\n mov %0, x24" : "=r"(r) : "r"(b) : "x24", "memory");
    P("ldapursh_x", r);
    asm volatile("ldaprb w24, [%1]\n mov %0, x24" : "=r"(r) : "r"(b) : "x24", "memory");
    P("ldaprb", r);
    /* LDPSW (pre-index) */
    buf[4] = 0x7fffffff80000000ULL;
    asm volatile("mov x25, %2\n ldpsw x26, x27, [x25, #32]!\n mov %0, x26\n mov %1, x27\n sub x25, x25, %2\n mov %2, x25"
                 : "=r"(r), "=r"(r2), "+r"(b) : : "x25", "x26", "x27", "memory");
    P("ldpsw_rt", r);
    P("ldpsw_rt2", r2);
    P("ldpsw_wb", b);
    return 0;
}
