package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.a64wb.emulator.semantics.DataProcessingImmediateExecution;
import org.a64wb.isa.api.operands.SpecArithmetic;
import org.junit.jupiter.api.Test;

/**
 * Data Processing -- Immediate. Values marked "qemu" were printed by qemu-aarch64 running
 * src/test/resources/qemu/data-processing/dp.c (see dp.expected); the others follow the Arm ARM
 * pseudocode (SP and PC cases, which the qemu program cannot drive).
 */
class DataProcessingImmediateTest {

    static final class H extends SemanticsHarness implements DataProcessingImmediateExecution {
    }

    private static final int NZCV_N = 0x80000000;
    private static final int NZCV_Z = 0x40000000;
    private static final int NZCV_C = 0x20000000;
    private static final int NZCV_V = 0x10000000;

    private final H h = new H();

    // ---- PC-rel. addressing ----

    @Test
    void adrAddsTheSignedOffsetToPc() {
        h.cpu.pc = 0x40_1000;
        h.execute(0x100091a3); // adr x3, .+0x1234
        assertEquals(0x40_2234L, h.cpu.x[3]);
        h.cpu.pc = 0x40_1000;
        h.execute(0x10ffffe3); // adr x3, .-4
        assertEquals(0x40_0ffcL, h.cpu.x[3]);
    }

    @Test
    void adrpAddsPagesToThePageOfPc() {
        h.cpu.pc = 0x1_2345_6ffcL;
        h.execute(0xb0000024); // adrp x4, +5 pages
        assertEquals(0x1_2345_b000L, h.cpu.x[4]);
        h.execute(0x90800004); // adrp x4, -0x100000 pages (-4 GiB)
        assertEquals(0x2345_7000L, h.cpu.x[4]);
    }

    // ---- Add/subtract (immediate) ----

    @Test
    void addImmediateReadsAndWritesSp() {
        h.cpu.spEl0 = 0x8000;
        h.cpu.x[1] = 0x100;
        h.execute(0x9100403f); // add sp, x1, #16
        assertEquals(0x110L, h.cpu.spEl0);
        h.execute(0x914007e1); // add x1, sp, #1, lsl #12
        assertEquals(0x1110L, h.cpu.x[1]);
        h.execute(0xd10083ff); // sub sp, sp, #32
        assertEquals(0xf0L, h.cpu.spEl0);
    }

    @Test
    void movToSpUsesTheSelectedStackPointer() {
        h.cpu.el = 1;
        h.cpu.spsel = 1;
        h.cpu.x[2] = 0xffff_0000_0000_1000L;
        h.execute(0x9100005f); // mov sp, x2
        assertEquals(0xffff_0000_0000_1000L, h.cpu.spEl1);
        assertEquals(0L, h.cpu.spEl0);
    }

    @Test
    void wFormOnWspReadsTheLowWordAndZeroExtendsIntoSp() {
        h.cpu.spEl0 = 0x1234_5678_ffff_fffeL;
        h.execute(0x110013e1); // add w1, wsp, #4
        assertEquals(2L, h.cpu.x[1]);
        h.cpu.x[1] = 0xaaaa_aaaa_ffff_fff0L;
        h.execute(0x1100103f); // add wsp, w1, #4
        assertEquals(0xffff_fff4L, h.cpu.spEl0);
    }

    @Test
    void addImmediateWWrapsAndZeroExtends() {
        h.cpu.x[1] = 0xffff_ffff_ffff_f001L;
        h.execute(0x113ffc20); // add w0, w1, #0xfff
        assertEquals(0L, h.cpu.x[0]);
    }

    @Test
    void subImmediateShiftedBy12() {
        h.cpu.x[1] = 0x1000;
        h.execute(0xd1400420); // sub x0, x1, #1, lsl #12
        assertEquals(0L, h.cpu.x[0]);
    }

    @Test
    void flagSettingFormsReadSpButWriteZr() {
        h.cpu.spEl0 = 0x10;
        h.execute(0xf10043ff); // cmp sp, #16
        assertEquals(0x10L, h.cpu.spEl0);
        assertEquals(NZCV_Z | NZCV_C, h.cpu.nzcv);
        h.cpu.spEl0 = -1L;
        h.execute(0xb10007ff); // cmn sp, #1
        assertEquals(-1L, h.cpu.spEl0);
        assertEquals(NZCV_Z | NZCV_C, h.cpu.nzcv);
    }

    @Test
    void addsSignedOverflowSetsNAndV() {
        h.cpu.x[1] = Long.MAX_VALUE;
        h.execute(0xb1000420); // adds x0, x1, #1 (qemu: 8000000000000000 N V)
        assertEquals(Long.MIN_VALUE, h.cpu.x[0]);
        assertEquals(NZCV_N | NZCV_V, h.cpu.nzcv);
    }

    @Test
    void addsWComputesFlagsOnTheLowWordOnly() {
        h.cpu.x[1] = 0xffff_ffff_7fff_f000L;
        h.execute(0x31400420); // adds w0, w1, #1, lsl #12 (qemu: 80000000 N V)
        assertEquals(0x8000_0000L, h.cpu.x[0]);
        assertEquals(NZCV_N | NZCV_V, h.cpu.nzcv);
    }

    @Test
    void subsZeroSetsCarryNoBorrow() {
        h.cpu.x[1] = 0;
        h.execute(0x71000020); // subs w0, w1, #0
        assertEquals(NZCV_Z | NZCV_C, h.cpu.nzcv);
    }

    @Test
    void subsBorrowClearsCarry() {
        h.cpu.nzcv = NZCV_C;
        h.execute(0x71000420); // subs w0, w1, #1 with w1 = 0 (qemu: ffffffff N)
        assertEquals(0xffff_ffffL, h.cpu.x[0]);
        assertEquals(NZCV_N, h.cpu.nzcv);
    }

    // ---- Logical (immediate) ----

    @Test
    void logicalImmediateMayWriteSp() {
        h.cpu.x[1] = 0x1234_5678_9abc_def7L;
        h.execute(0x927cec3f); // and sp, x1, #0xfffffffffffffff0
        assertEquals(0x1234_5678_9abc_def0L, h.cpu.spEl0);
        h.cpu.x[1] = 0xffff_ffff_0000_0010L;
        h.execute(0x3200003f); // orr wsp, w1, #1
        assertEquals(0x11L, h.cpu.spEl0);
    }

    @Test
    void movBitmaskImmediateReadsZr() {
        h.execute(0xb2009fe0); // mov x0, #0x00ff00ff00ff00ff (orr x0, xzr, ...)
        assertEquals(0x00ff_00ff_00ff_00ffL, h.cpu.x[0]);
    }

    @Test
    void eorImmediateWZeroExtends() {
        h.cpu.x[1] = -1L;
        h.execute(0x52003c20); // eor w0, w1, #0xffff
        assertEquals(0xffff_0000L, h.cpu.x[0]);
    }

    @Test
    void andsSetsNAndZAndClearsCAndV() {
        h.cpu.x[1] = -1L;
        h.cpu.nzcv = NZCV_Z | NZCV_C | NZCV_V;
        h.execute(0xf2410020); // ands x0, x1, #0x8000000000000000 (qemu: N only)
        assertEquals(Long.MIN_VALUE, h.cpu.x[0]);
        assertEquals(NZCV_N, h.cpu.nzcv);
        h.cpu.x[1] = 2;
        h.execute(0x7200003f); // tst w1, #1
        assertEquals(NZCV_Z, h.cpu.nzcv);
        assertEquals(Long.MIN_VALUE, h.cpu.x[0]);
    }

    @Test
    void andsWTestsBit31AsSign() {
        h.cpu.x[1] = 0x8000_0000L;
        h.execute(0x72010020); // ands w0, w1, #0x80000000
        assertEquals(0x8000_0000L, h.cpu.x[0]);
        assertEquals(NZCV_N, h.cpu.nzcv);
    }

    @Test
    void everyLogicalImmediateMatchesTheDisassemblersDecodeBitMasks() {
        // AND Xd, Xn, #imm with Xn = all ones yields the immediate itself, for every allocated N:immr:imms.
        for (int n = 0; n < 2; n++) {
            for (int immr = 0; immr < 64; immr++) {
                for (int imms = 0; imms < 64; imms++) {
                    if (!SpecArithmetic.validBitMask(n, imms, 64)) {
                        continue;
                    }
                    h.cpu.x[1] = -1L;
                    h.execute(0x92000020 | n << 22 | immr << 16 | imms << 10); // and x0, x1, #imm
                    assertEquals(SpecArithmetic.bitMask(n, immr, imms, 64), h.cpu.x[0],
                            "N=" + n + " immr=" + immr + " imms=" + imms);
                    if (n == 0 && immr < 32) {
                        h.execute(0x12000020 | immr << 16 | imms << 10); // and w0, w1, #imm
                        assertEquals(SpecArithmetic.bitMask(0, immr, imms, 32), h.cpu.x[0]);
                    }
                }
            }
        }
    }

    // ---- Move wide ----

    @Test
    void movzClearsTheOtherBits() {
        h.cpu.x[2] = -1L;
        h.execute(0x52bfffe2); // movz w2, #0xffff, lsl #16
        assertEquals(0xffff_0000L, h.cpu.x[2]);
        h.execute(0xd2e00022); // movz x2, #1, lsl #48
        assertEquals(0x0001_0000_0000_0000L, h.cpu.x[2]);
        h.execute(0xd2d579a0); // movz x0, #0xabcd, lsl #32
        assertEquals(0xabcd_0000_0000L, h.cpu.x[0]);
    }

    @Test
    void movnInvertsWithinTheRegisterWidth() {
        h.cpu.x[3] = 5;
        h.execute(0x12800003); // movn w3, #0
        assertEquals(0xffff_ffffL, h.cpu.x[3]);
        h.execute(0x92824680); // movn x0, #0x1234
        assertEquals(0xffff_ffff_ffff_edcbL, h.cpu.x[0]);
        h.execute(0x12a24680); // movn w0, #0x1234, lsl #16 (qemu: edcbffff)
        assertEquals(0xedcb_ffffL, h.cpu.x[0]);
    }

    @Test
    void movkKeepsTheOtherHalfwords() {
        h.cpu.x[0] = 0xffff_ffff_5678_9abcL;
        h.execute(0x72a24680); // movk w0, #0x1234, lsl #16
        assertEquals(0x1234_9abcL, h.cpu.x[0]);
        h.cpu.x[0] = 0x1111_2222_3333_4444L;
        h.execute(0xf2d7dde0); // movk x0, #0xbeef, lsl #32 (qemu)
        assertEquals(0x1111_beef_3333_4444L, h.cpu.x[0]);
    }

    // ---- Bitfield ----

    @Test
    void sbfxSignExtendsTheField() {
        h.cpu.x[1] = 0x0000_8000L;
        h.execute(0x13083c20); // sbfx w0, w1, #8, #8
        assertEquals(0xffff_ff80L, h.cpu.x[0]);
        h.cpu.x[1] = 0xf80;
        h.execute(0x93442c20); // sbfx x0, x1, #4, #8 (qemu)
        assertEquals(0xffff_ffff_ffff_fff8L, h.cpu.x[0]);
    }

    @Test
    void sbfizShiftsTheSignExtendedFieldUp() {
        h.cpu.x[1] = 0x8;
        h.execute(0x93440c20); // sbfiz x0, x1, #60, #4 (qemu)
        assertEquals(Long.MIN_VALUE, h.cpu.x[0]);
        h.cpu.x[1] = 0xc000_0000_0000_0001L;
        h.execute(0x937ff820); // sbfiz x0, x1, #1, #63 (SBFM #63, #62)
        assertEquals(0x8000_0000_0000_0002L, h.cpu.x[0]);
    }

    @Test
    void asrByZeroOfAWRegisterOnlyZeroExtends() {
        h.cpu.x[1] = 0xffff_ffff_8000_0001L;
        h.execute(0x13007c20); // sbfm w0, w1, #0, #31
        assertEquals(0x8000_0001L, h.cpu.x[0]);
    }

    @Test
    void ubfxAndUbfizZeroTheRest() {
        h.cpu.x[1] = 0xffff_ffff_ffff_abffL;
        h.execute(0xd3483c20); // ubfx x0, x1, #8, #8
        assertEquals(0xabL, h.cpu.x[0]);
        h.cpu.x[1] = 0xffff_ffff_8765_4321L;
        h.execute(0xd3607c20); // ubfiz x0, x1, #32, #32 (lsl x0, x1, #32)
        assertEquals(0x8765_4321_0000_0000L, h.cpu.x[0]);
        h.execute(0xd340fc20); // ubfm x0, x1, #0, #63 (lsr #0)
        assertEquals(0xffff_ffff_8765_4321L, h.cpu.x[0]);
    }

    @Test
    void bfiInsertsAndKeepsTheDestination() {
        h.cpu.x[0] = 0x0123_4567_89ab_cdefL;
        h.cpu.x[1] = 0xffff_ffff_ffff_fff5L;
        h.execute(0xb3440c20); // bfi x0, x1, #60, #4 (qemu)
        assertEquals(0x5123_4567_89ab_cdefL, h.cpu.x[0]);
        h.cpu.x[0] = 0xffff_ffff_1122_3344L;
        h.cpu.x[1] = 0xab;
        h.execute(0x33181c20); // bfi w0, w1, #8, #8 (qemu: upper word cleared)
        assertEquals(0x1122_ab44L, h.cpu.x[0]);
    }

    @Test
    void bfxilOfTheWholeRegisterCopiesIt() {
        h.cpu.x[0] = 1;
        h.cpu.x[1] = 0xfedc_ba98_7654_3210L;
        h.execute(0xb340fc20); // bfxil x0, x1, #0, #64
        assertEquals(0xfedc_ba98_7654_3210L, h.cpu.x[0]);
        h.execute(0xb3400020); // bfxil x0, x1, #0, #1
        assertEquals(0xfedc_ba98_7654_3210L, h.cpu.x[0]);
    }

    @Test
    void bfcInsertsZeros() {
        h.cpu.x[0] = 0xffff_ffff_ffff_ffffL;
        h.execute(0x331c0fe0); // bfc w0, #4, #4
        assertEquals(0xffff_ff0fL, h.cpu.x[0]);
    }

    @Test
    void bitfieldMovesMatchExtractAndInsertForEveryFieldOfAnX() {
        long src = 0x9e37_79b9_7f4a_7c15L;
        long dst = 0x6a09_e667_f3bc_c908L;
        for (int immr = 0; immr < 64; immr++) {
            for (int imms = 0; imms < 64; imms++) {
                long ubfm;
                long sbfm;
                long bfm;
                if (imms >= immr) { // extract bits imms..immr to the bottom
                    int width = imms - immr + 1;
                    long field = (src >>> immr) & (width == 64 ? -1L : (1L << width) - 1);
                    ubfm = field;
                    sbfm = field << (64 - width) >> (64 - width);
                    long mask = width == 64 ? -1L : (1L << width) - 1;
                    bfm = (dst & ~mask) | field;
                } else { // insert bits imms..0 at 64 - immr
                    int width = imms + 1;
                    int lsb = 64 - immr;
                    long field = src & ((1L << width) - 1);
                    ubfm = field << lsb;
                    sbfm = (field << (64 - width) >> (64 - width)) << lsb;
                    long mask = ((1L << width) - 1) << lsb;
                    bfm = (dst & ~mask) | ubfm;
                }
                String what = "immr=" + immr + " imms=" + imms;
                h.cpu.x[1] = src;
                h.execute(0xd3400020 | immr << 16 | imms << 10); // ubfm x0, x1
                assertEquals(ubfm, h.cpu.x[0], "ubfm " + what);
                h.execute(0x93400020 | immr << 16 | imms << 10); // sbfm x0, x1
                assertEquals(sbfm, h.cpu.x[0], "sbfm " + what);
                h.cpu.x[0] = dst;
                h.execute(0xb3400020 | immr << 16 | imms << 10); // bfm x0, x1
                assertEquals(bfm, h.cpu.x[0], "bfm " + what);
            }
        }
    }

    // ---- Extract ----

    @Test
    void extrTakesTheConcatenationFromLsb() {
        h.cpu.x[1] = 0x0123_4567_89ab_cdefL;
        h.cpu.x[2] = 0xfedc_ba98_7654_3210L;
        h.execute(0x93c24420); // extr x0, x1, x2, #17 (qemu)
        assertEquals(0xe6f7_ff6e_5d4c_3b2aL, h.cpu.x[0]);
        h.execute(0x93c2fc20); // extr x0, x1, x2, #63
        assertEquals(0x0246_8acf_1357_9bdfL, h.cpu.x[0]);
    }

    @Test
    void rorByZeroOfAWRegisterZeroExtends() {
        h.cpu.x[1] = 0xffff_ffff_8000_0000L;
        h.execute(0x13810020); // ror w0, w1, #0
        assertEquals(0x8000_0000L, h.cpu.x[0]);
    }
}
