package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.semantics.LoadsStoresExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * SIMD&FP loads and stores, one behaviour each (Arm ARM C7.2, "LDR (immediate, SIMD&FP)" ... "LD4R").
 * RAM is 0x0..0x1fff; byte k of 0x1000..0x10ff initially holds k (so a little-endian 64-bit read at
 * 0x1000 + k gives consecutive bytes); V registers start as 0xaa.. (low) / 0xbb.. (high) so that
 * zeroing and preserving are visible. Values involving element order are also covered by the
 * qemu-recorded {@link LoadsStoresSimdFpQemuTest}.
 */
class LoadsStoresSimdFpTest {

    static final class H extends SemanticsHarness implements LoadsStoresExecution {
    }

    private static final long DATA = 0x1000;
    private static final long LOW = 0xaaaaaaaaaaaaaaaaL;
    private static final long HIGH = 0xbbbbbbbbbbbbbbbbL;

    private H h;

    @BeforeEach
    void setUp() {
        h = new H();
        h.memory.map(0, 0x2000);
        for (int k = 0; k < 256; k++) {
            h.memory.write8(DATA + k, (byte) k);
        }
        for (int r = 0; r < 32; r++) {
            h.cpu.setV(r, LOW, HIGH);
        }
        h.cpu.pc = 0x100;
    }

    /** Bytes k .. k+7 of the initial data as a little-endian long. */
    private static long bytesFrom(int k) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (k + i);
        }
        return value;
    }

    private void assertV(int r, long high, long low) {
        assertEquals(String.format("%016x:%016x", high, low), String.format("%016x:%016x", h.cpu.vHigh(r), h.cpu.vLow(r)), "v" + r);
    }

    @Nested
    class ScalarRegisters {

        @Test
        void ldrSZeroesBitsAboveTheScalar() {
            h.cpu.x[0] = DATA + 4;
            h.execute(0xbd400001); // ldr s1, [x0]
            assertV(1, 0, 0x07060504L);
        }

        @Test
        void ldrDScalesTheUnsignedOffsetBy8() {
            h.cpu.x[0] = DATA;
            h.execute(0xfd400402); // ldr d2, [x0, #8]
            assertV(2, 0, bytesFrom(8));
        }

        @Test
        void strBWritesOnlyTheLowByte() {
            h.cpu.x[0] = DATA;
            h.cpu.setV(3, 0x1122334455667788L, HIGH);
            h.execute(0x3d000403); // str b3, [x0, #1]
            assertEquals(0x0403028800L, h.memory.read64(DATA) & 0xffffffffffL);
        }

        @Test
        void strQWritesAll16BytesLittleEndian() {
            h.cpu.x[0] = DATA;
            h.cpu.setV(4, 0x0706050403020100L, 0x0f0e0d0c0b0a0908L);
            h.execute(0x3d800004); // str q4, [x0]
            assertEquals(0x0706050403020100L, h.memory.read64(DATA));
            assertEquals(0x0f0e0d0c0b0a0908L, h.memory.read64(DATA + 8));
        }

        @Test
        void ldrLiteralIsRelativeToTheInstruction() {
            h.cpu.pc = DATA + 0x20;
            h.execute(0x9cffff87); // ldr q7, .-16
            assertV(7, bytesFrom(0x18), bytesFrom(0x10));
            h.cpu.pc = DATA + 0x20;
            h.execute(0x5c000047); // ldr d7, .+8
            assertV(7, 0, bytesFrom(0x28));
        }

        @Test
        void baseRegister31IsTheStackPointer() {
            h.cpu.spEl0 = DATA;
            h.execute(0x3dc007e0); // ldr q0, [sp, #16]
            assertV(0, bytesFrom(0x18), bytesFrom(0x10));
        }

        @Test
        void preIndexWritesTheAccessedAddressBack() {
            h.cpu.spEl0 = DATA + 0x40;
            h.cpu.setV(0, 0x1122334455667788L, HIGH);
            h.execute(0xfc1f0fe0); // str d0, [sp, #-16]!
            assertEquals(DATA + 0x30, h.cpu.spEl0);
            assertEquals(0x1122334455667788L, h.memory.read64(DATA + 0x30));
        }

        @Test
        void postIndexAccessesTheBaseThenAddsTheOffset() {
            h.cpu.spEl0 = DATA + 0x40;
            h.execute(0xbc4047e0); // ldr s0, [sp], #4
            assertEquals(DATA + 0x44, h.cpu.spEl0);
            assertV(0, 0, 0x43424140L);
        }

        @Test
        void registerOffsetUxtwUsesTheLow32BitsOfWm() {
            h.cpu.x[0] = DATA;
            h.cpu.x[1] = 0xffffffff_00000021L;
            h.execute(0x3c614800); // ldr b0, [x0, w1, uxtw]
            assertV(0, 0, 0x21);
        }

        @Test
        void registerOffsetLslShiftsByTheAccessSizeWhenSIsSet() {
            h.cpu.x[0] = DATA;
            h.cpu.x[1] = 3;
            h.execute(0x7c615800); // ldr h0, [x0, w1, uxtw #1]
            assertV(0, 0, 0x0706);
            h.execute(0x3c617800); // ldr b0, [x0, x1, lsl #0]
            assertV(0, 0, 0x03);
        }

        @Test
        void registerOffsetRm31IsTheZeroRegister() {
            h.cpu.x[0] = DATA + 8;
            h.execute(0xfc7f7800); // ldr d0, [x0, xzr, lsl #3]
            assertV(0, 0, bytesFrom(8));
        }
    }

    @Nested
    class Pairs {

        @Test
        void ldpQLoadsTwoConsecutiveQuadwords() {
            h.cpu.x[0] = DATA;
            h.execute(0xad400801); // ldp q1, q2, [x0]
            assertV(1, bytesFrom(8), bytesFrom(0));
            assertV(2, bytesFrom(24), bytesFrom(16));
        }

        @Test
        void ldpPostIndexWritesBackAfterBothLoads() {
            h.cpu.x[0] = DATA;
            h.execute(0xacc10801); // ldp q1, q2, [x0], #32
            assertEquals(DATA + 32, h.cpu.x[0]);
            assertV(2, bytesFrom(24), bytesFrom(16));
        }

        @Test
        void ldpWithRtEqualToRt2KeepsTheSecondValueAsQemuDoes() {
            // CONSTRAINED UNPREDICTABLE (Unpredictable_LDPOVERLAP); qemu writes Rt then Rt2.
            h.cpu.x[0] = DATA;
            h.execute(0x6d400401); // ldp d1, d1, [x0]
            assertV(1, 0, bytesFrom(8));
        }

        @Test
        void stnpSStoresTwoWordsAndDoesNotWriteBack() {
            h.cpu.x[0] = DATA;
            h.cpu.setV(1, 0x11111111L, 0);
            h.cpu.setV(2, 0x22222222L, 0);
            h.execute(0x2c008801); // stnp s1, s2, [x0, #4]
            assertEquals(0x2222222211111111L, h.memory.read64(DATA + 4));
            assertEquals(DATA, h.cpu.x[0]);
        }
    }

    @Nested
    class MultipleStructures {

        @Test
        void ld1With64BitRegistersZeroesTheUpperHalves() {
            h.cpu.x[0] = DATA;
            h.execute(0x0c40281e); // ld1 {v30.2s, v31.2s, v0.2s, v1.2s}, [x0]
            assertV(30, 0, bytesFrom(0));
            assertV(31, 0, bytesFrom(8));
            assertV(0, 0, bytesFrom(16));
            assertV(1, 0, bytesFrom(24));
            assertV(2, HIGH, LOW);
        }

        @Test
        void registerListWrapsFromV31ToV0() {
            h.cpu.x[0] = DATA;
            h.execute(0x4c40a81f); // ld1 {v31.4s, v0.4s}, [x0]
            assertV(31, bytesFrom(8), bytesFrom(0));
            assertV(0, bytesFrom(24), bytesFrom(16));
        }

        @Test
        void ld2DeinterleavesAlternateElements() {
            h.cpu.x[0] = DATA;
            h.execute(0x4cdf8800); // ld2 {v0.4s, v1.4s}, [x0], #32
            assertV(0, 0x1b1a191813121110L, 0x0b0a090803020100L);
            assertV(1, 0x1f1e1d1c17161514L, 0x0f0e0d0c07060504L);
            assertEquals(DATA + 32, h.cpu.x[0]);
        }

        @Test
        void st2InterleavesTheRegistersElementByElement() {
            h.cpu.x[0] = DATA;
            h.cpu.setV(1, 0x0e0c0a0806040200L, HIGH);
            h.cpu.setV(2, 0x0f0d0b0907050301L, HIGH);
            h.execute(0x0c008001); // st2 {v1.8b, v2.8b}, [x0]
            assertEquals(0x0706050403020100L, h.memory.read64(DATA));
            assertEquals(0x0f0e0d0c0b0a0908L, h.memory.read64(DATA + 8));
            assertEquals(bytesFrom(16), h.memory.read64(DATA + 16));
        }

        @Test
        void ld4ThenSt4RoundTrips64Bytes() {
            h.cpu.x[0] = DATA;
            h.execute(0x4c400000); // ld4 {v0.16b-v3.16b}, [x0]
            assertV(0, 0x3c3834302c282420L, 0x1c1814100c080400L);
            h.cpu.x[0] = DATA + 0x80;
            h.execute(0x4c9f0000); // st4 {v0.16b-v3.16b}, [x0], #64
            for (int i = 0; i < 64; i += 8) {
                assertEquals(bytesFrom(i), h.memory.read64(DATA + 0x80 + i));
            }
            assertEquals(DATA + 0xc0, h.cpu.x[0]);
        }

        @Test
        void postIndexByRegisterAddsXm() {
            h.cpu.x[0] = DATA;
            h.cpu.x[1] = -0x10;
            h.execute(0x4cc17000); // ld1 {v0.16b}, [x0], x1
            assertEquals(DATA - 0x10, h.cpu.x[0]);
            assertV(0, bytesFrom(8), bytesFrom(0));
        }

        @Test
        void postIndexByTheBaseRegisterItselfUsesItsOldValue() {
            h.cpu.x[0] = DATA;
            h.execute(0x4cc07001); // ld1 {v1.16b}, [x0], x0
            assertEquals(2 * DATA, h.cpu.x[0]);
        }

        @Test
        void postIndexRegister31MeansTheTransferSize() {
            // The decoder selects the immediate encoding for Rm = 31, whose descriptor carries the transfer size.
            h.cpu.x[0] = DATA;
            h.execute(0x4cdfa004); // ld1 {v4.16b, v5.16b}, [x0], #32
            assertEquals(DATA + 32, h.cpu.x[0]);
            assertV(5, bytesFrom(24), bytesFrom(16));
        }

        @Test
        void ld1AndSt1WorkAcrossTwoAdjacentRamSlots() {
            H split = new H();
            split.memory.map(0, 0x1000);
            split.memory.map(0x1000, 0x1000);
            for (int k = 0; k < 64; k++) {
                split.memory.write8(0xfe0 + k, (byte) k);
            }
            split.cpu.x[0] = 0xfe0;
            split.execute(0x4cdf2000); // ld1 {v0.16b-v3.16b}, [x0], #64
            assertEquals(bytesFrom(16), split.cpu.vLow(1));
            assertEquals(bytesFrom(56), split.cpu.vHigh(3));
            split.cpu.x[0] = 0xfd0;
            split.execute(0x4c9f2000); // st1 {v0.16b-v3.16b}, [x0], #64
            assertEquals(bytesFrom(48), split.memory.read64(0x1000));
        }
    }

    @Nested
    class SingleStructures {

        @Test
        void laneLoadPreservesTheOtherLanesIncludingTheUpperHalf() {
            h.cpu.x[0] = DATA;
            h.execute(0x0d409001); // ld1 {v1.s}[1], [x0]
            assertV(1, HIGH, 0x03020100_aaaaaaaaL);
        }

        @Test
        void laneLoadPostIndexAddsTheElementSize() {
            h.cpu.x[0] = DATA + 6;
            h.execute(0x0ddf5001); // ld1 {v1.h}[2], [x0], #2
            assertV(1, HIGH, 0xaaaa0706_aaaaaaaaL);
            assertEquals(DATA + 8, h.cpu.x[0]);
        }

        @Test
        void ld3LaneFillsTheSameLaneOfThreeRegisters() {
            h.cpu.x[0] = DATA;
            h.execute(0x0ddfa001); // ld3 {v1.s-v3.s}[0], [x0], #12
            assertV(1, HIGH, 0xaaaaaaaa_03020100L);
            assertV(2, HIGH, 0xaaaaaaaa_07060504L);
            assertV(3, HIGH, 0xaaaaaaaa_0b0a0908L);
            assertEquals(DATA + 12, h.cpu.x[0]);
        }

        @Test
        void laneStoreWritesOnlyTheElement() {
            h.cpu.x[0] = DATA;
            h.cpu.setV(0, 0x77, HIGH);
            h.execute(0x0d9f0000); // st1 {v0.b}[0], [x0], #1
            assertEquals(bytesFrom(0) & ~0xffL | 0x77, h.memory.read64(DATA));
            assertEquals(DATA + 1, h.cpu.x[0]);
        }

        @Test
        void ld1rReplicatesToAllLanes() {
            h.cpu.x[0] = DATA + 2;
            h.execute(0x4d40c402); // ld1r {v2.8h}, [x0]
            assertV(2, 0x0302030203020302L, 0x0302030203020302L);
        }

        @Test
        void ld1rWith64BitRegisterZeroesTheUpperHalf() {
            h.cpu.x[0] = DATA + 2;
            h.execute(0x0d40c402); // ld1r {v2.4h}, [x0]
            assertV(2, 0, 0x0302030203020302L);
        }

        @Test
        void ld4rReplicatesFourConsecutiveElements() {
            h.cpu.x[0] = DATA;
            h.execute(0x4dffe000); // ld4r {v0.16b-v3.16b}, [x0], #4
            assertV(0, 0, 0);
            assertV(3, 0x0303030303030303L, 0x0303030303030303L);
            assertEquals(DATA + 4, h.cpu.x[0]);
        }
    }

    /** A MemoryAbort must leave every register as it was: data is read first, write-back comes last. */
    @Nested
    class Aborts {

        private static final long END = 0x2000;

        private long[] vBefore;

        @BeforeEach
        void snapshot() {
            for (int r = 0; r < 32; r++) {
                h.cpu.setV(r, 0x0101010101010101L * r, ~(0x0101010101010101L * r));
            }
            vBefore = h.cpu.v.clone();
        }

        private void assertAborts(int word, long x0) {
            h.cpu.x[0] = x0;
            assertThrows(MemoryAbort.class, () -> h.execute(word));
            assertArrayEquals(vBefore, h.cpu.v, "V registers");
            assertEquals(x0, h.cpu.x[0], "base register");
            assertEquals(0x100, h.cpu.pc, "pc");
        }

        @Test
        void ldrQWhoseSecondHalfIsOutsideRam() {
            assertAborts(0x3cc10401, END - 8); // ldr q1, [x0], #16
        }

        @Test
        void ldpWhoseSecondRegisterIsOutsideRam() {
            assertAborts(0xacc10801, END - 16); // ldp q1, q2, [x0], #32
        }

        @Test
        void ld1MultipleHalfOutsideRam() {
            assertAborts(0x4cdf2000, END - 32); // ld1 {v0.16b-v3.16b}, [x0], #64
        }

        @Test
        void ld4MultipleHalfOutsideRam() {
            assertAborts(0x4c400000, END - 40); // ld4 {v0.16b-v3.16b}, [x0]
        }

        @Test
        void ld4MultipleWrappingRegisterListHalfOutsideRam() {
            assertAborts(0x4cdf081e, END - 8); // ld4 {v30.4s, v31.4s, v0.4s, v1.4s}, [x0], #64
        }

        @Test
        void laneLoadWhoseLastElementIsOutsideRam() {
            assertAborts(0x0ddfa001, END - 8); // ld3 {v1.s-v3.s}[0], [x0], #12
        }

        @Test
        void replicateWhoseLastElementIsOutsideRam() {
            assertAborts(0x4dffe000, END - 3); // ld4r {v0.16b-v3.16b}, [x0], #4
        }

        @Test
        void storeDoesNotWriteBackTheBase() {
            assertAborts(0x4c9f0000, END - 16); // st4 {v0.16b-v3.16b}, [x0], #64
        }
    }
}
