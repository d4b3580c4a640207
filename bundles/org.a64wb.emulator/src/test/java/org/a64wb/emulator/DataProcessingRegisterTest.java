package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.semantics.DataProcessingRegisterExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Data Processing -- Register. Values marked "qemu" were printed by qemu-aarch64 running
 * src/test/resources/qemu/data-processing/dp.c (see dp.expected); the others follow the Arm ARM
 * pseudocode (SP, ZR and UNDEFINED cases, which the qemu program cannot drive).
 */
class DataProcessingRegisterTest {

    static final class H extends SemanticsHarness implements DataProcessingRegisterExecution {
    }

    private static final int NZCV_N = 0x80000000;
    private static final int NZCV_Z = 0x40000000;
    private static final int NZCV_C = 0x20000000;
    private static final int NZCV_V = 0x10000000;

    private final H h = new H();

    // ---- 2 source ----

    @Test
    void divisionByZeroGivesZero() {
        h.cpu.x[0] = 99;
        h.cpu.x[1] = 1234;
        h.execute(0x9adf0820); // udiv x0, x1, xzr
        assertEquals(0L, h.cpu.x[0]);
        h.cpu.x[2] = 0;
        h.execute(0x1ac20c20); // sdiv w0, w1, w2
        assertEquals(0L, h.cpu.x[0]);
    }

    @Test
    void sdivOfTheMostNegativeByMinusOneWrapsToItself() {
        h.cpu.x[1] = Long.MIN_VALUE;
        h.cpu.x[2] = -1L;
        h.execute(0x9ac20c20); // sdiv x0, x1, x2 (qemu)
        assertEquals(Long.MIN_VALUE, h.cpu.x[0]);
        h.cpu.x[1] = 0x8000_0000L;
        h.cpu.x[2] = 0xffff_ffffL;
        h.execute(0x1ac20c20); // sdiv w0, w1, w2 (qemu: zero-extended 80000000)
        assertEquals(0x8000_0000L, h.cpu.x[0]);
    }

    @Test
    void sdivRoundsTowardZero() {
        h.cpu.x[1] = -7L;
        h.cpu.x[2] = 2;
        h.execute(0x9ac20c20); // sdiv x0, x1, x2 (qemu)
        assertEquals(-3L, h.cpu.x[0]);
    }

    @Test
    void udivIsUnsigned() {
        h.cpu.x[1] = -1L;
        h.cpu.x[2] = 3;
        h.execute(0x9ac20820); // udiv x0, x1, x2 (qemu)
        assertEquals(0x5555_5555_5555_5555L, h.cpu.x[0]);
    }

    @Test
    void shiftByRegisterTakesTheAmountModuloTheWidth() {
        h.cpu.x[1] = 1;
        h.cpu.x[2] = 65;
        h.execute(0x9ac22020); // lsl x0, x1, x2 (qemu)
        assertEquals(2L, h.cpu.x[0]);
        h.cpu.x[2] = 0xffff_ffff_0000_0021L;
        h.execute(0x1ac22020); // lsl w0, w1, w2 (qemu)
        assertEquals(2L, h.cpu.x[0]);
        h.cpu.x[1] = Long.MIN_VALUE;
        h.cpu.x[2] = 127;
        h.execute(0x9ac22820); // asr x0, x1, x2 (qemu)
        assertEquals(-1L, h.cpu.x[0]);
        h.cpu.x[1] = 1;
        h.cpu.x[2] = 0x21;
        h.execute(0x1ac22c20); // ror w0, w1, w2 (qemu)
        assertEquals(0x8000_0000L, h.cpu.x[0]);
    }

    @Test
    void crc32OfTheCheckStringGivesTheStandardCheckValue() {
        // CRC-32 ("123456789") = 0xCBF43926 with the usual pre- and post-inversion.
        h.cpu.x[1] = 0xffff_ffffL;
        h.cpu.x[2] = 0x3837_3635_3433_3231L; // "12345678", first byte lowest
        h.execute(0x9ac24c21); // crc32x w1, w1, x2
        h.cpu.x[2] = '9';
        h.execute(0x1ac24021); // crc32b w1, w1, w2
        assertEquals(0xcbf4_3926L, ~h.cpu.x[1] & 0xffff_ffffL);
    }

    @Test
    void crc32cOfTheCheckStringGivesTheStandardCheckValue() {
        // CRC-32C ("123456789") = 0xE3069283.
        h.cpu.x[1] = 0xffff_ffffL;
        h.cpu.x[2] = 0x3433_3231L; // "1234"
        h.execute(0x1ac25821); // crc32cw w1, w1, w2
        h.cpu.x[2] = 0x3635L; // "56"
        h.execute(0x1ac25421); // crc32ch w1, w1, w2
        h.cpu.x[2] = 0x37L; // "7"
        h.execute(0x1ac25021); // crc32cb w1, w1, w2
        h.cpu.x[2] = 0x38L;
        h.execute(0x1ac25021);
        h.cpu.x[2] = 0x39L;
        h.execute(0x1ac25021);
        assertEquals(0xe306_9283L, ~h.cpu.x[1] & 0xffff_ffffL);
    }

    @Test
    void crc32UsesOnlyTheLowWordOfTheAccumulator() {
        h.cpu.x[1] = 0xffff_ffff_dead_beefL;
        h.cpu.x[2] = 0x6463_6261L;
        h.execute(0x1ac24820); // crc32w w0, w1, w2 (qemu)
        assertEquals(0xf7d8_ad0eL, h.cpu.x[0]);
    }

    @Test
    void pacgaIsUndefined() {
        h.cpu.x[1] = 7;
        GuestException e = assertThrows(GuestException.class, () -> h.execute(0x9ac33041)); // pacga x1, x2, x3
        assertEquals(GuestException.Kind.UNDEFINED, e.kind());
        assertEquals(7L, h.cpu.x[1]);
    }

    // ---- 1 source ----

    @Test
    void clsCountsSignBitsBelowTheTopOne() {
        h.cpu.x[1] = 0;
        h.execute(0xdac01420); // cls x0, x1
        assertEquals(63L, h.cpu.x[0]);
        h.cpu.x[1] = Long.MIN_VALUE;
        h.execute(0xdac01420);
        assertEquals(0L, h.cpu.x[0]);
        h.cpu.x[1] = 1;
        h.execute(0x5ac01420); // cls w0, w1 (qemu: 30)
        assertEquals(30L, h.cpu.x[0]);
        h.cpu.x[1] = 0xffff_ffff_f0ff_ffffL;
        h.execute(0x5ac01420); // (qemu: 3)
        assertEquals(3L, h.cpu.x[0]);
    }

    @Test
    void clzOfZeroIsTheWidth() {
        h.execute(0x5ac013e0); // clz w0, wzr
        assertEquals(32L, h.cpu.x[0]);
        h.execute(0xdac01020); // clz x0, x1 with x1 = 0
        assertEquals(64L, h.cpu.x[0]);
    }

    @Test
    void byteReversals() {
        h.cpu.x[1] = 0x0011_2233_4455_6677L;
        h.execute(0xdac00420); // rev16 x0, x1
        assertEquals(0x1100_3322_5544_7766L, h.cpu.x[0]);
        h.execute(0xdac00820); // rev32 x0, x1
        assertEquals(0x3322_1100_7766_5544L, h.cpu.x[0]);
        h.execute(0xdac00c20); // rev x0, x1
        assertEquals(0x7766_5544_3322_1100L, h.cpu.x[0]);
        h.execute(0x5ac00820); // rev w0, w1
        assertEquals(0x7766_5544L, h.cpu.x[0]);
        h.execute(0x5ac00420); // rev16 w0, w1
        assertEquals(0x5544_7766L, h.cpu.x[0]);
    }

    @Test
    void rbitReversesBits() {
        h.cpu.x[1] = 0x0123_4567_89ab_cdefL;
        h.execute(0xdac00020); // rbit x0, x1 (qemu)
        assertEquals(0xf7b3_d591_e6a2_c480L, h.cpu.x[0]);
        h.cpu.x[1] = 0xffff_ffff_0000_0001L;
        h.execute(0x5ac00020); // rbit w0, w1
        assertEquals(0x8000_0000L, h.cpu.x[0]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0xdac10041 /* pacia x1, x2 */, 0xdac133e3 /* autiza x3 */, 0xdac143e4 /* xpaci x4 */,
        0xdac147e5 /* xpacd x5 */, 0xdac11fe1 /* autdb x1, sp */, 0xdac12fe2 /* pacdzb x2 */})
    void pointerAuthenticationIsUndefined(int word) {
        GuestException e = assertThrows(GuestException.class, () -> h.execute(word));
        assertEquals(GuestException.Kind.UNDEFINED, e.kind());
    }

    // ---- Logical and add/subtract (shifted register) ----

    @Test
    void shiftedRegisterFormsReadZrForRegister31() {
        h.cpu.x[1] = 5;
        h.cpu.spEl0 = 100;
        h.execute(0x8b0103e0); // add x0, xzr, x1
        assertEquals(5L, h.cpu.x[0]);
        h.execute(0x8b1f0c20); // add x0, x1, xzr, lsl #3
        assertEquals(5L, h.cpu.x[0]);
        h.execute(0xaa2103e0); // mvn x0, x1
        assertEquals(~5L, h.cpu.x[0]);
    }

    @Test
    void shiftedRegisterFormsWriteZrForRegister31() {
        h.cpu.spEl0 = 100;
        h.cpu.x[1] = 7;
        h.cpu.x[2] = 2;
        h.execute(0xcb02003f); // sub xzr, x1, x2
        assertEquals(100L, h.cpu.spEl0);
        h.execute(0xab02003f); // cmn x1, x2
        assertEquals(100L, h.cpu.spEl0);
        assertEquals(0, h.cpu.nzcv);
    }

    @Test
    void movRegisterWZeroExtends() {
        h.cpu.x[1] = 0xffff_ffff_8000_0000L;
        h.execute(0x2a0103e0); // mov w0, w1
        assertEquals(0x8000_0000L, h.cpu.x[0]);
    }

    @Test
    void negOfWZeroExtends() {
        h.cpu.x[1] = 1;
        h.execute(0x4b0103e0); // neg w0, w1
        assertEquals(0xffff_ffffL, h.cpu.x[0]);
    }

    @Test
    void subsWithShiftedOperandSetsExactFlags() {
        h.cpu.x[1] = 5;
        h.cpu.x[2] = Long.MIN_VALUE;
        h.execute(0xeb82fc20); // subs x0, x1, x2, asr #63 (qemu: 5 - (-1) = 6, no borrow flags 0)
        assertEquals(6L, h.cpu.x[0]);
        assertEquals(0, h.cpu.nzcv);
        h.cpu.x[1] = Long.MIN_VALUE;
        h.cpu.x[2] = 1;
        h.execute(0xeb020020); // subs x0, x1, x2 (qemu: C V)
        assertEquals(Long.MAX_VALUE, h.cpu.x[0]);
        assertEquals(NZCV_C | NZCV_V, h.cpu.nzcv);
    }

    @Test
    void bicsClearsCarryAndOverflow() {
        h.cpu.x[1] = 0xffff_ffffL;
        h.cpu.x[2] = 0xf;
        h.cpu.nzcv = NZCV_C | NZCV_V;
        h.execute(0x6ae21020); // bics w0, w1, w2, ror #4 (qemu)
        assertEquals(0x0fff_ffffL, h.cpu.x[0]);
        assertEquals(0, h.cpu.nzcv);
    }

    // ---- Add/subtract (extended register): Rn and the non-flag-setting Rd are SP ----

    @Test
    void extendedRegisterAddReadsAndWritesSp() {
        h.cpu.spEl0 = 0x1000;
        h.cpu.x[1] = 0x10;
        h.execute(0x8b2163ff); // add sp, sp, x1
        assertEquals(0x1010L, h.cpu.spEl0);
        h.cpu.x[1] = 0xffff_ffff_0000_0001L;
        h.execute(0x8b2153ff); // add sp, sp, w1, uxtw #4
        assertEquals(0x1020L, h.cpu.spEl0);
        h.cpu.x[1] = 2;
        h.execute(0xcb216fff); // sub sp, sp, x1, lsl #3
        assertEquals(0x1010L, h.cpu.spEl0);
    }

    @Test
    void extendedRegisterSignExtendsTheIndex() {
        h.cpu.spEl0 = 0x1000;
        h.cpu.x[1] = 0xffff_fff0L;
        h.execute(0x8b21c3e0); // add x0, sp, w1, sxtw
        assertEquals(0xff0L, h.cpu.x[0]);
        h.cpu.x[1] = 100;
        h.cpu.x[2] = 0x180;
        h.execute(0x8b228c20); // add x0, x1, w2, sxtb #3 (qemu: -128 * 8 + 100)
        assertEquals(-924L, h.cpu.x[0]);
    }

    @Test
    void extendedRegisterFlagSettingFormsReadSpAndWriteZr() {
        h.cpu.spEl0 = 0x40;
        h.cpu.x[1] = 0x40;
        h.execute(0xeb2163ff); // cmp sp, x1
        assertEquals(0x40L, h.cpu.spEl0);
        assertEquals(NZCV_Z | NZCV_C, h.cpu.nzcv);
        h.execute(0xab2163e0); // adds x0, sp, x1
        assertEquals(0x80L, h.cpu.x[0]);
        assertEquals(0, h.cpu.nzcv);
    }

    @Test
    void extendedRegisterWFormsUseWspAndZeroExtend() {
        h.cpu.spEl0 = 0xaaaa_aaaa_0000_0010L;
        h.cpu.x[1] = 0xffff_fff0L;
        h.execute(0x0b2143e0); // add w0, wsp, w1
        assertEquals(0L, h.cpu.x[0]);
        h.cpu.x[1] = 0xffff_ffff_ffff_ff00L;
        h.cpu.x[2] = 0x1ff;
        h.execute(0x0b22003f); // add wsp, w1, w2, uxtb
        assertEquals(0xffff_ffffL, h.cpu.spEl0);
    }

    // ---- With carry ----

    @Test
    void adcAddsTheCarryFlag() {
        h.cpu.x[1] = 1;
        h.cpu.x[2] = 2;
        h.execute(0x9a020020); // adc x0, x1, x2
        assertEquals(3L, h.cpu.x[0]);
        h.cpu.nzcv = NZCV_C;
        h.execute(0x9a020020);
        assertEquals(4L, h.cpu.x[0]);
        assertEquals(NZCV_C, h.cpu.nzcv);
        h.cpu.x[1] = 0xffff_ffffL;
        h.cpu.x[2] = 0;
        h.execute(0x1a020020); // adc w0, w1, w2
        assertEquals(0L, h.cpu.x[0]);
    }

    @Test
    void adcsCarriesOutOfTheTopBitWithCarryIn() {
        h.cpu.x[1] = -1L;
        h.cpu.x[2] = 0;
        h.cpu.nzcv = NZCV_C;
        h.execute(0xba020020); // adcs x0, x1, x2 (qemu: 0, Z C)
        assertEquals(0L, h.cpu.x[0]);
        assertEquals(NZCV_Z | NZCV_C, h.cpu.nzcv);
    }

    @Test
    void sbcSubtractsTheBorrow() {
        h.cpu.x[1] = 10;
        h.cpu.x[2] = 3;
        h.execute(0xda020020); // sbc x0, x1, x2 with C = 0: 10 - 3 - 1
        assertEquals(6L, h.cpu.x[0]);
        h.cpu.nzcv = NZCV_C;
        h.execute(0xda020020);
        assertEquals(7L, h.cpu.x[0]);
        h.cpu.nzcv = 0;
        h.cpu.x[1] = 0;
        h.execute(0x5a0103e0); // ngc w0, w1 = NOT(w1) + C
        assertEquals(0xffff_ffffL, h.cpu.x[0]);
    }

    @Test
    void sbcsWithoutCarryBorrowsOne() {
        h.cpu.x[1] = 5;
        h.cpu.x[2] = 5;
        h.execute(0x7a020020); // sbcs w0, w1, w2 (qemu: ffffffff, N)
        assertEquals(0xffff_ffffL, h.cpu.x[0]);
        assertEquals(NZCV_N, h.cpu.nzcv);
    }

    // ---- Flag manipulation ----

    @Test
    void rmifSetsOnlyTheMaskedFlags() {
        h.cpu.x[1] = 0x50;
        h.cpu.nzcv = NZCV_Z | NZCV_V;
        h.execute(0xba01842a); // rmif x1, #3, #0b1010 (qemu: NZCV all set)
        assertEquals(NZCV_N | NZCV_Z | NZCV_C | NZCV_V, h.cpu.nzcv);
        h.cpu.x[1] = 0;
        h.execute(0xba01842a); // clears N and C, keeps Z and V
        assertEquals(NZCV_Z | NZCV_V, h.cpu.nzcv);
    }

    @Test
    void setf8KeepsCarry() {
        h.cpu.x[1] = 0x80;
        h.cpu.nzcv = NZCV_Z | NZCV_C;
        h.execute(0x3a00082d); // setf8 w1 (qemu: N C V)
        assertEquals(NZCV_N | NZCV_C | NZCV_V, h.cpu.nzcv);
        h.cpu.x[1] = 0x100;
        h.execute(0x3a00082d); // (bit 8 set, low byte zero: Z V)
        assertEquals(NZCV_Z | NZCV_C | NZCV_V, h.cpu.nzcv);
    }

    @Test
    void setf16TestsTheLowHalfword() {
        h.cpu.x[1] = 0x1_8000;
        h.cpu.nzcv = NZCV_Z | NZCV_V;
        h.execute(0x3a00482d); // setf16 w1 (qemu: N only)
        assertEquals(NZCV_N, h.cpu.nzcv);
    }

    // ---- Conditional compare and select ----

    @Test
    void ccmpComparesWhenTheConditionHolds() {
        h.cpu.x[1] = 3;
        h.cpu.x[2] = 5;
        h.cpu.nzcv = NZCV_Z;
        h.execute(0xfa420022); // ccmp x1, x2, #0b0010, eq (qemu: N)
        assertEquals(NZCV_N, h.cpu.nzcv);
    }

    @Test
    void ccmpTakesTheImmediateFlagsOtherwise() {
        h.cpu.x[1] = 3;
        h.cpu.x[2] = 5;
        h.cpu.nzcv = NZCV_Z;
        h.execute(0xfa421022); // ccmp x1, x2, #0b0010, ne (qemu: C)
        assertEquals(NZCV_C, h.cpu.nzcv);
        h.execute(0xba5f1820); // ccmn x1, #31, #0, ne: NE holds now, 3 + 31 sets no flag
        assertEquals(0, h.cpu.nzcv);
    }

    @Test
    void ccmpWithNvAlwaysCompares() {
        h.cpu.x[1] = 0;
        h.execute(0xfa41f829); // ccmp x1, #1, #0b1001, nv (qemu: N)
        assertEquals(NZCV_N, h.cpu.nzcv);
    }

    @Test
    void ccmnWOverflows() {
        h.cpu.x[1] = 0x7fff_ffffL;
        h.cpu.x[2] = 1;
        h.execute(0x3a42a02f); // ccmn w1, w2, #0b1111, ge (qemu: N V)
        assertEquals(NZCV_N | NZCV_V, h.cpu.nzcv);
    }

    @Test
    void conditionalSelects() {
        h.cpu.x[1] = 10;
        h.cpu.x[2] = 20;
        h.cpu.nzcv = NZCV_Z;
        h.execute(0x9a811420); // cinc x0, x1, eq = csinc x0, x1, x1, ne
        assertEquals(11L, h.cpu.x[0]);
        h.execute(0x5a810420); // cneg w0, w1, ne = csneg w0, w1, w1, eq
        assertEquals(10L, h.cpu.x[0]);
        h.cpu.nzcv = 0;
        h.execute(0x5a810420);
        assertEquals(0xffff_fff6L, h.cpu.x[0]);
        h.execute(0x9a9fe020); // csel x0, x1, xzr, al
        assertEquals(10L, h.cpu.x[0]);
        h.execute(0x9a82f420); // csinc x0, x1, x2, nv (NV holds like AL)
        assertEquals(10L, h.cpu.x[0]);
    }

    @Test
    void csnegOfTheMostNegativeIsItself() {
        h.cpu.x[1] = 7;
        h.cpu.x[2] = Long.MIN_VALUE;
        h.cpu.nzcv = NZCV_N;
        h.execute(0xda825420); // csneg x0, x1, x2, pl (qemu)
        assertEquals(Long.MIN_VALUE, h.cpu.x[0]);
    }

    // ---- 3 source ----

    @Test
    void multiplyAccumulateWrapsToTheWidth() {
        h.cpu.x[1] = 0x1_0000_0003L;
        h.cpu.x[2] = 0x1_0000_0005L;
        h.execute(0x1b02fc20); // mneg w0, w1, w2
        assertEquals(0xffff_fff1L, h.cpu.x[0]);
        h.execute(0x9b027c20); // mul x0, x1, x2
        assertEquals(0x8_0000_000fL, h.cpu.x[0]);
    }

    @Test
    void longMultipliesExtendTheWSources() {
        h.cpu.x[1] = 0xdead_beef_ffff_fffeL; // w1 = -2
        h.cpu.x[2] = 3;
        h.execute(0x9b227c20); // smull x0, w1, w2
        assertEquals(-6L, h.cpu.x[0]);
        h.execute(0x9ba27c20); // umull x0, w1, w2
        assertEquals(0x2_ffff_fffaL, h.cpu.x[0]);
        h.execute(0x9b22fc20); // smnegl x0, w1, w2
        assertEquals(6L, h.cpu.x[0]);
        h.execute(0x9ba2fc20); // umnegl x0, w1, w2
        assertEquals(-0x2_ffff_fffaL, h.cpu.x[0]);
    }

    @Test
    void multiplyHighReturnsTheUpperHalf() {
        h.cpu.x[1] = -1L;
        h.cpu.x[2] = -1L;
        h.execute(0x9bc27c20); // umulh x0, x1, x2 (qemu)
        assertEquals(0xffff_ffff_ffff_fffeL, h.cpu.x[0]);
        h.execute(0x9b427c20); // smulh x0, x1, x2: (-1) * (-1) = 1, high half 0
        assertEquals(0L, h.cpu.x[0]);
        h.cpu.x[1] = Long.MIN_VALUE;
        h.cpu.x[2] = Long.MIN_VALUE;
        h.execute(0x9b427c20); // (qemu: 2^126 >> 64)
        assertEquals(0x4000_0000_0000_0000L, h.cpu.x[0]);
    }
}
