/*
 * Data-processing cross-check against qemu-aarch64: each CASE loads x0..x3 and NZCV, runs one
 * instruction, and prints the instruction word, the inputs, and x0 and NZCV afterwards:
 *   name word x0 x1 x2 x3 nzcv -> x0' nzcv'
 * DataProcessingQemuTest replays every line through the semantics. Regenerate with ./run.sh.
 * random.c (written by gen_random.py) does the same for random words of both groups.
 * The instruction under test may use x0..x3 only (x9 holds its word).
 */
#include "case.h"

int main(void) {
    /* add/sub immediate and shifted register: NZCV */
    CASE("adds_x_overflow", "adds x0, x1, #1", JUNK, 0x7fffffffffffffffUL, 0, 0, 0);
    CASE("adds_w_carry_zero", "adds w0, w1, w2", JUNK, 0x80000000, 0x80000000, 0, 0);
    CASE("adds_w_upper_ignored", "adds w0, w1, #1, lsl #12", JUNK, 0xffffffff7ffff000UL, 0, 0, 0);
    CASE("subs_w_borrow", "subs w0, w1, #1", JUNK, 0, 0, 0, NZCV(0, 0, 1, 0));
    CASE("subs_x_equal", "subs x0, x1, x2", JUNK, 1234, 1234, 0, 0);
    CASE("subs_x_signed_overflow", "subs x0, x1, x2", JUNK, 0x8000000000000000UL, 1, 0, 0);
    CASE("cmp_w_min", "cmp w1, #0", JUNK, 0x80000000, 0, 0, NZCV(0, 1, 0, 1));
    CASE("subs_x_asr", "subs x0, x1, x2, asr #63", JUNK, 5, 0x8000000000000000UL, 0, 0);
    CASE("add_w_lsr", "add w0, w1, w2, lsr #31", JUNK, 0xffffffff, 0x80000000, 0, 0);
    CASE("negs_x_zero", "negs x0, x2", JUNK, 0, 0, 0, NZCV(1, 0, 0, 1));
    CASE("negs_w_min", "negs w0, w2", JUNK, 0, 0x80000000, 0, 0);
    /* extended register */
    CASE("add_x_sxtb_3", "add x0, x1, w2, sxtb #3", JUNK, 100, 0x180, 0, 0);
    CASE("add_x_sxtw", "add x0, x1, w2, sxtw", JUNK, 0, 0x80000000, 0, 0);
    CASE("subs_w_uxth_4", "subs w0, w1, w2, uxth #4", JUNK, 0x100000, 0xffff0001, 0, 0);
    CASE("adds_x_uxtw_2", "adds x0, x1, w2, uxtw #2", JUNK, 0xfffffffffffffffcUL, 0xc0000001, 0, 0);
    CASE("sub_x_sxtx_1", "sub x0, x1, x2, sxtx #1", JUNK, 0, 0x8000000000000001UL, 0, 0);
    CASE("cmp_x_sxth", "cmp x1, w2, sxth", JUNK, 0xffffffffffff8000UL, 0x8000, 0, 0);
    /* with carry */
    CASE("adcs_x_carry_in", "adcs x0, x1, x2", JUNK, 0xffffffffffffffffUL, 0, 0, NZCV(0, 0, 1, 0));
    CASE("adcs_w_overflow", "adcs w0, w1, w2", JUNK, 0x7fffffff, 0, 0, NZCV(0, 0, 1, 0));
    CASE("sbcs_w_no_carry", "sbcs w0, w1, w2", JUNK, 5, 5, 0, 0);
    CASE("sbcs_x_carry", "sbcs x0, x1, x2", JUNK, 5, 5, 0, NZCV(0, 0, 1, 0));
    CASE("sbc_w_zero_extends", "sbc w0, w1, w2", JUNK, 0, 0, 0, 0);
    CASE("ngcs_x", "ngcs x0, x2", JUNK, 0, 0, 0, 0);
    /* logical */
    CASE("ands_x_imm", "ands x0, x1, #0x8000000000000000", JUNK, 0xffffffffffffffffUL, 0, 0, NZCV(0, 1, 1, 1));
    CASE("ands_w_imm_zero", "ands w0, w1, #0xff00ff00", JUNK, 0xffff00ff00ffUL, 0, 0, NZCV(1, 0, 1, 1));
    CASE("and_x_imm_pattern", "and x0, x1, #0x5555555555555555", JUNK, 0xffffffffffffffffUL, 0, 0, 0);
    CASE("orr_w_imm", "orr w0, w1, #0x3c3c3c3c", JUNK, 0xffffffff00000001UL, 0, 0, 0);
    CASE("eor_x_imm_rotated", "eor x0, x1, #0xc00000000000007f", JUNK, 0, 0, 0, 0);
    CASE("eor_x_imm_2bit", "eor x0, x1, #0xaaaaaaaaaaaaaaaa", JUNK, 0x0f0f0f0f0f0f0f0fUL, 0, 0, 0);
    CASE("bics_w_ror", "bics w0, w1, w2, ror #4", JUNK, 0xffffffff, 0x0000000f, 0, NZCV(0, 0, 1, 1));
    CASE("eon_x_lsl", "eon x0, x1, x2, lsl #8", JUNK, 0x1234, 0xff, 0, 0);
    CASE("orn_w", "orn w0, w1, w2", JUNK, 0, 0xffff, 0, 0);
    CASE("ands_x_ror", "ands x0, x1, x2, ror #1", JUNK, 0x8000000000000000UL, 1, 0, NZCV(0, 0, 1, 1));
    /* move wide */
    CASE("movn_w", "movn w0, #0x1234, lsl #16", JUNK, 0, 0, 0, 0);
    CASE("movn_x", "movn x0, #0xffff, lsl #48", JUNK, 0, 0, 0, 0);
    CASE("movk_w", "movk w0, #0xbeef", 0xffffffff12345678UL, 0, 0, 0, 0);
    CASE("movk_x", "movk x0, #0xbeef, lsl #32", 0x1111222233334444UL, 0, 0, 0, 0);
    /* bitfield */
    CASE("sbfx_x", "sbfx x0, x1, #4, #8", JUNK, 0x0000000000000f80UL, 0, 0, 0);
    CASE("sbfiz_x", "sbfiz x0, x1, #60, #4", JUNK, 0x8, 0, 0, 0);
    CASE("sbfiz_w", "sbfiz w0, w1, #3, #5", JUNK, 0x10, 0, 0, 0);
    CASE("asr_w", "asr w0, w1, #31", JUNK, 0x80000000, 0, 0, 0);
    CASE("sxtb_x", "sxtb x0, w1", JUNK, 0x12345680, 0, 0, 0);
    CASE("sxtw_x", "sxtw x0, w1", JUNK, 0x80000000, 0, 0, 0);
    CASE("bfi_x", "bfi x0, x1, #60, #4", 0x0123456789abcdefUL, 0xfffffffffffffff5UL, 0, 0, 0);
    CASE("bfi_w", "bfi w0, w1, #8, #8", 0xffffffff11223344UL, 0xab, 0, 0, 0);
    CASE("bfxil_x", "bfxil x0, x1, #60, #4", 0x0123456789abcdefUL, 0xa000000000000000UL, 0, 0, 0);
    CASE("bfxil_w", "bfxil w0, w1, #4, #16", 0xaaaaaaaaaaaaaaaaUL, 0x123456, 0, 0, 0);
    CASE("bfm_x_wrap", "bfm x0, x1, #62, #1", 0xffffffffffffffffUL, 0x2, 0, 0, 0);
    CASE("ubfx_x", "ubfx x0, x1, #60, #4", JUNK, 0xa000000000000000UL, 0, 0, 0);
    CASE("ubfiz_w", "ubfiz w0, w1, #31, #1", JUNK, 0xffffffff, 0, 0, 0);
    CASE("lsl_x", "lsl x0, x1, #63", JUNK, 3, 0, 0, 0);
    CASE("lsr_w", "lsr w0, w1, #31", JUNK, 0xffffffff80000000UL, 0, 0, 0);
    CASE("uxth_w", "uxth w0, w1", JUNK, 0xffffffffffff8001UL, 0, 0, 0);
    /* extract */
    CASE("extr_x_17", "extr x0, x1, x2, #17", JUNK, 0x0123456789abcdefUL, 0xfedcba9876543210UL, 0, 0);
    CASE("extr_x_0", "extr x0, x1, x2, #0", JUNK, 0x0123456789abcdefUL, 0xfedcba9876543210UL, 0, 0);
    CASE("extr_w_31", "extr w0, w1, w2, #31", JUNK, 0x00000001, 0x80000000, 0, 0);
    CASE("ror_w_8", "ror w0, w1, #8", JUNK, 0xffffffff12345678UL, 0, 0, 0);
    /* 2 source */
    CASE("udiv_w_by_zero", "udiv w0, w1, w2", JUNK, 1234, 0, 0, 0);
    CASE("udiv_x_by_zero", "udiv x0, x1, x2", JUNK, 1234, 0, 0, 0);
    CASE("udiv_x_large", "udiv x0, x1, x2", JUNK, 0xffffffffffffffffUL, 3, 0, 0);
    CASE("udiv_w_large", "udiv w0, w1, w2", JUNK, 0xfffffffe, 7, 0, 0);
    CASE("sdiv_x_min_by_minus_one", "sdiv x0, x1, x2", JUNK, 0x8000000000000000UL, -1L, 0, 0);
    CASE("sdiv_w_min_by_minus_one", "sdiv w0, w1, w2", JUNK, 0x80000000, 0xffffffff, 0, 0);
    CASE("sdiv_w_by_zero", "sdiv w0, w1, w2", JUNK, 0x80000000, 0, 0, 0);
    CASE("sdiv_x_toward_zero", "sdiv x0, x1, x2", JUNK, -7L, 2, 0, 0);
    CASE("sdiv_w_toward_zero", "sdiv w0, w1, w2", JUNK, 7, 0xfffffffe, 0, 0);
    CASE("lslv_x_mod64", "lsl x0, x1, x2", JUNK, 1, 65, 0, 0);
    CASE("lslv_w_mod32", "lsl w0, w1, w2", JUNK, 1, 0xffffffff00000021UL, 0, 0);
    CASE("lsrv_w_mod32", "lsr w0, w1, w2", JUNK, 0x80000000, 63, 0, 0);
    CASE("asrv_x", "asr x0, x1, x2", JUNK, 0x8000000000000000UL, 127, 0, 0);
    CASE("asrv_w", "asr w0, w1, w2", JUNK, 0x80000000, 4, 0, 0);
    CASE("rorv_x", "ror x0, x1, x2", JUNK, 0x1, 0x41, 0, 0);
    CASE("rorv_w", "ror w0, w1, w2", JUNK, 0x1, 0x21, 0, 0);
    /* CRC32 */
    CASE("crc32b", "crc32b w0, w1, w2", JUNK, 0xffffffff, 0x61, 0, 0);
    CASE("crc32h", "crc32h w0, w1, w2", JUNK, 0x12345678, 0xffffabcd, 0, 0);
    CASE("crc32w", "crc32w w0, w1, w2", JUNK, 0xffffffffdeadbeefUL, 0x64636261, 0, 0);
    CASE("crc32x", "crc32x w0, w1, x2", JUNK, 0xffffffff, 0x6867666564636261UL, 0, 0);
    CASE("crc32cb", "crc32cb w0, w1, w2", JUNK, 0xffffffff, 0x61, 0, 0);
    CASE("crc32ch", "crc32ch w0, w1, w2", JUNK, 0x12345678, 0xffffabcd, 0, 0);
    CASE("crc32cw", "crc32cw w0, w1, w2", JUNK, 0, 0x64636261, 0, 0);
    CASE("crc32cx", "crc32cx w0, w1, x2", JUNK, 0xffffffff, 0x6867666564636261UL, 0, 0);
    /* 1 source */
    CASE("rbit_w", "rbit w0, w1", JUNK, 0xffffffff00000001UL, 0, 0, 0);
    CASE("rbit_x", "rbit x0, x1", JUNK, 0x0123456789abcdefUL, 0, 0, 0);
    CASE("rev16_w", "rev16 w0, w1", JUNK, 0xffffffff11223344UL, 0, 0, 0);
    CASE("rev16_x", "rev16 x0, x1", JUNK, 0x0011223344556677UL, 0, 0, 0);
    CASE("rev32_x", "rev32 x0, x1", JUNK, 0x0011223344556677UL, 0, 0, 0);
    CASE("rev_w", "rev w0, w1", JUNK, 0xffffffff11223344UL, 0, 0, 0);
    CASE("rev_x", "rev x0, x1", JUNK, 0x0011223344556677UL, 0, 0, 0);
    CASE("clz_x_zero", "clz x0, x1", JUNK, 0, 0, 0, 0);
    CASE("clz_w", "clz w0, w1", JUNK, 0xffffffff00008000UL, 0, 0, 0);
    CASE("cls_x_zero", "cls x0, x1", JUNK, 0, 0, 0, 0);
    CASE("cls_x_minus_one", "cls x0, x1", JUNK, -1L, 0, 0, 0);
    CASE("cls_x_min", "cls x0, x1", JUNK, 0x8000000000000000UL, 0, 0, 0);
    CASE("cls_w", "cls w0, w1", JUNK, 0xfffffffff0ffffffUL, 0, 0, 0);
    CASE("cls_w_one", "cls w0, w1", JUNK, 1, 0, 0, 0);
    /* flag manipulation (FEAT_FlagM) */
    CASE("rmif", "rmif x1, #3, #0b1010", JUNK, 0x50, 0, 0, NZCV(0, 1, 0, 1));
    CASE("rmif_wrap", "rmif x1, #63, #0b1111", JUNK, 0x8000000000000007UL, 0, 0, 0);
    CASE("setf8_v", "setf8 w1", JUNK, 0x80, 0, 0, NZCV(0, 1, 1, 0));
    CASE("setf8_zero", "setf8 w1", JUNK, 0x100, 0, 0, NZCV(1, 0, 0, 0));
    CASE("setf16_neg", "setf16 w1", JUNK, 0x18000, 0, 0, NZCV(0, 1, 0, 1));
    /* conditional compare */
    CASE("ccmp_x_taken", "ccmp x1, x2, #0b0010, eq", JUNK, 3, 5, 0, NZCV(0, 1, 0, 0));
    CASE("ccmp_x_not_taken", "ccmp x1, x2, #0b0010, ne", JUNK, 3, 5, 0, NZCV(0, 1, 0, 0));
    CASE("ccmp_w_imm", "ccmp w1, #31, #0, al", JUNK, 31, 0, 0, 0);
    CASE("ccmn_w_reg", "ccmn w1, w2, #0b1111, ge", JUNK, 0x7fffffff, 1, 0, 0);
    CASE("ccmn_x_imm", "ccmn x1, #1, #0b0100, lt", JUNK, -1L, 0, 0, NZCV(1, 0, 0, 0));
    CASE("ccmp_x_nv", "ccmp x1, #1, #0b1001, nv", JUNK, 0, 0, 0, 0);
    /* conditional select */
    CASE("csel_w_true", "csel w0, w1, w2, hi", JUNK, 0xffffffff00000011UL, 22, 0, NZCV(0, 0, 1, 0));
    CASE("csel_x_false", "csel x0, x1, x2, hi", JUNK, 11, 22, 0, NZCV(0, 1, 1, 0));
    CASE("csinc_w_wrap", "csinc w0, w1, w2, lt", JUNK, 1, 0xffffffff, 0, 0);
    CASE("cset_x", "cset x0, gt", JUNK, 0, 0, 0, 0);
    CASE("csinv_x", "csinv x0, x1, x2, le", JUNK, 1, 0, 0, 0);
    CASE("csetm_w", "csetm w0, vs", JUNK, 0, 0, 0, NZCV(0, 0, 0, 1));
    CASE("csneg_w", "csneg w0, w1, w2, mi", JUNK, 7, 5, 0, 0);
    CASE("csneg_x_min", "csneg x0, x1, x2, pl", JUNK, 7, 0x8000000000000000UL, 0, NZCV(1, 0, 0, 0));
    /* 3 source */
    CASE("madd_w", "madd w0, w1, w2, w3", JUNK, 0x10000, 0x10001, 5, 0);
    CASE("msub_x", "msub x0, x1, x2, x3", JUNK, 0x100000000UL, 0x100000001UL, 5, 0);
    CASE("smaddl", "smaddl x0, w1, w2, x3", JUNK, 0xffffffff, 0x80000000, 1, 0);
    CASE("smsubl", "smsubl x0, w1, w2, x3", JUNK, 0x7fffffff, 0x80000000, 0, 0);
    CASE("umaddl", "umaddl x0, w1, w2, x3", JUNK, 0xffffffffffffffffUL, 0xffffffff, 1, 0);
    CASE("umsubl", "umsubl x0, w1, w2, x3", JUNK, 0xffffffff, 2, 0, 0);
    CASE("smulh_neg", "smulh x0, x1, x2", JUNK, -1L, 1, 0, 0);
    CASE("smulh_min", "smulh x0, x1, x2", JUNK, 0x8000000000000000UL, 0x8000000000000000UL, 0, 0);
    CASE("umulh_max", "umulh x0, x1, x2", JUNK, -1L, -1L, 0, 0);
    CASE("umulh_mixed", "umulh x0, x1, x2", JUNK, 0x8000000000000000UL, 3, 0, 0);
    /* PC-relative: the value depends on where the program is loaded; checked by word only in JUnit */
    return 0;
}
