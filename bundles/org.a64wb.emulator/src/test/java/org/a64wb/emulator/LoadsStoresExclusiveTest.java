package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.semantics.LoadsStoresExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Load/store exclusive with the local monitor (Arm ARM B2.9, C6.2 LDXR/STXR/LDXP/STXP) and the
 * ordered forms LDAR/STLR/LDAPR/LDAPUR/STLUR/LDLAR/STLLR, which must be aligned.
 */
class LoadsStoresExclusiveTest {

    static final class H extends SemanticsHarness implements LoadsStoresExecution {
    }

    static final long RAM = 0x10000;
    static final long DATA = RAM + 0x1000;

    H h;

    @BeforeEach
    void setUp() {
        h = new H();
        h.memory.map(RAM, 0x10000);
        for (int i = 0; i < 16; i++) {
            h.memory.write64(DATA + 8 * i, 0x1111111111111111L * (i + 1));
        }
        h.cpu.x[1] = DATA;
    }

    void assertAlignmentFault(int word) {
        GuestException e = assertThrows(GuestException.class, () -> h.execute(word));
        assertEquals(GuestException.Kind.ALIGNMENT_FAULT, e.kind());
    }

    @Test
    void loadExclusiveArmsTheMonitorWithAddressAndSize() {
        h.execute(0xc85f7c20); // ldxr x0, [x1]
        assertEquals(0x1111111111111111L, h.cpu.x[0]);
        assertTrue(h.cpu.exclusiveArmed);
        assertEquals(DATA, h.cpu.exclusiveAddress);
        assertEquals(8, h.cpu.exclusiveSize);
    }

    @Test
    void storeExclusiveWithoutLoadExclusiveFailsAndStoresNothing() {
        h.cpu.x[2] = 42;
        h.cpu.x[3] = -1;
        h.execute(0xc8037c22); // stxr w3, x2, [x1]
        assertEquals(1L, h.cpu.x[3]);
        assertEquals(0x1111111111111111L, h.memory.read64(DATA));
    }

    @Test
    void storeExclusiveAfterLoadExclusiveSucceedsOnceAndClearsTheMonitor() {
        h.execute(0xc85f7c20); // ldxr x0, [x1]
        h.cpu.x[2] = 42;
        h.cpu.x[3] = -1;
        h.execute(0xc8037c22); // stxr w3, x2, [x1]
        assertEquals(0L, h.cpu.x[3]);
        assertEquals(42L, h.memory.read64(DATA));
        assertFalse(h.cpu.exclusiveArmed);
        h.cpu.x[2] = 43;
        h.execute(0xc8037c22); // stxr w3, x2, [x1]
        assertEquals(1L, h.cpu.x[3]);
        assertEquals(42L, h.memory.read64(DATA));
    }

    @Test
    void storeExclusiveToAnotherAddressFailsAndClearsTheMonitor() {
        h.execute(0xc85f7c20); // ldxr x0, [x1]
        h.cpu.x[1] = DATA + 8;
        h.execute(0xc8037c22); // stxr w3, x2, [x1]
        assertEquals(1L, h.cpu.x[3]);
        assertEquals(0x2222222222222222L, h.memory.read64(DATA + 8));
        assertFalse(h.cpu.exclusiveArmed);
    }

    @Test
    void storeExclusiveOfAnotherSizeFails() {
        h.execute(0x085f7c20); // ldxrb w0, [x1]
        h.execute(0x88037c22); // stxr w3, w2, [x1]
        assertEquals(1L, h.cpu.x[3]);
    }

    @Test
    void wordExclusiveRoundTripZeroesUpperHalves() {
        h.cpu.x[0] = -1;
        h.execute(0x885f7c20); // ldxr w0, [x1]
        assertEquals(0x11111111L, h.cpu.x[0]);
        h.cpu.x[2] = 0xffffffff_00000005L;
        h.execute(0x88037c22); // stxr w3, w2, [x1]
        assertEquals(0L, h.cpu.x[3]);
        assertEquals(0x11111111_00000005L, h.memory.read64(DATA));
    }

    @Test
    void acquireReleaseHalfwordExclusives() {
        h.execute(0x485ffc20); // ldaxrh w0, [x1]
        assertEquals(0x1111L, h.cpu.x[0]);
        h.cpu.x[2] = 0xabcd;
        h.execute(0x4803fc22); // stlxrh w3, w2, [x1]
        assertEquals(0L, h.cpu.x[3]);
        assertEquals((short) 0xabcd, h.memory.read16(DATA));
    }

    @Test
    void statusRegisterSameAsBaseUsesTheOriginalBase() {
        // CONSTRAINED UNPREDICTABLE (Rs == Rn): Constraint_NONE.
        h.execute(0xc85f7c20); // ldxr x0, [x1]
        h.cpu.x[2] = 9;
        h.execute(0xc8017c22); // stxr w1, x2, [x1]
        assertEquals(0L, h.cpu.x[1]);
        assertEquals(9L, h.memory.read64(DATA));
    }

    @Test
    void exclusivesOnTheStackPointer() {
        h.cpu.spEl0 = DATA + 16;
        h.execute(0xc85f7fe0); // ldxr x0, [sp]
        assertEquals(0x3333333333333333L, h.cpu.x[0]);
        h.cpu.x[2] = 1;
        h.execute(0xc8037fe2); // stxr w3, x2, [sp]
        assertEquals(0L, h.cpu.x[3]);
        assertEquals(1L, h.memory.read64(DATA + 16));
    }

    @Test
    void misalignedLoadExclusiveFaultsWithoutArmingOrWriting() {
        h.cpu.x[1] = DATA + 4;
        h.cpu.x[0] = 7;
        assertAlignmentFault(0xc85f7c20); // ldxr x0, [x1]
        assertEquals(7L, h.cpu.x[0]);
        assertFalse(h.cpu.exclusiveArmed);
    }

    @Test
    void misalignedStoreExclusiveFaultsEvenWhenTheMonitorWouldFail() {
        h.cpu.x[1] = DATA + 2;
        h.cpu.x[3] = 7;
        assertAlignmentFault(0x88037c22); // stxr w3, w2, [x1]
        assertEquals(7L, h.cpu.x[3]);
    }

    @Test
    void abortedLoadExclusiveDoesNotArm() {
        h.cpu.x[1] = 0x100000;
        assertThrows(MemoryAbort.class, () -> h.execute(0xc85f7c20)); // ldxr x0, [x1]
        assertFalse(h.cpu.exclusiveArmed);
    }

    @Test
    void doublewordPairExclusiveNeedsSixteenByteAlignment() {
        h.cpu.x[1] = DATA + 8;
        assertAlignmentFault(0xc87f1424); // ldxp x4, x5, [x1]
        h.cpu.x[1] = DATA;
        h.execute(0xc87f1424); // ldxp x4, x5, [x1]
        assertEquals(0x1111111111111111L, h.cpu.x[4]);
        assertEquals(0x2222222222222222L, h.cpu.x[5]);
        assertEquals(16, h.cpu.exclusiveSize);
        h.cpu.x[6] = 6;
        h.cpu.x[7] = 7;
        h.execute(0xc8231c26); // stxp w3, x6, x7, [x1]
        assertEquals(0L, h.cpu.x[3]);
        assertEquals(6L, h.memory.read64(DATA));
        assertEquals(7L, h.memory.read64(DATA + 8));
    }

    @Test
    void wordPairExclusiveIsOneDoublewordAccessWithRtLow() {
        h.memory.write64(DATA, 0x22222222_11111111L);
        h.cpu.x[1] = DATA + 4;
        assertAlignmentFault(0x887f9424); // ldaxp w4, w5, [x1]
        h.cpu.x[1] = DATA;
        h.execute(0x887f9424); // ldaxp w4, w5, [x1]
        assertEquals(0x11111111L, h.cpu.x[4]);
        assertEquals(0x22222222L, h.cpu.x[5]);
        assertEquals(8, h.cpu.exclusiveSize);
        h.cpu.x[6] = 0xffffffff_00000006L;
        h.cpu.x[7] = 7;
        h.execute(0x88239c26); // stlxp w3, w6, w7, [x1]
        assertEquals(0L, h.cpu.x[3]);
        assertEquals(0x00000007_00000006L, h.memory.read64(DATA));
    }

    @Test
    void loadAcquireAndStoreRelease() {
        h.execute(0xc8dffc20); // ldar x0, [x1]
        assertEquals(0x1111111111111111L, h.cpu.x[0]);
        h.cpu.x[2] = 0xffffffff_cafef00dL;
        h.execute(0x889ffc22); // stlr w2, [x1]
        assertEquals(0x11111111_cafef00dL, h.memory.read64(DATA));
    }

    @Test
    void byteAcquireIsNeverMisaligned() {
        h.cpu.x[1] = DATA + 3;
        h.execute(0x08dffc20); // ldarb w0, [x1]
        assertEquals(0x11L, h.cpu.x[0]);
    }

    @Test
    void misalignedOrderedAccessesFault() {
        h.cpu.x[1] = DATA + 4;
        assertAlignmentFault(0xc8dffc20); // ldar x0, [x1]
        assertAlignmentFault(0xf8bfc020); // ldapr x0, [x1]
        assertAlignmentFault(0xc8df7c20); // ldlar x0, [x1]
        assertAlignmentFault(0xc89f7c22); // stllr x2, [x1]
        h.cpu.x[1] = DATA + 1;
        assertAlignmentFault(0x489ffc22); // stlrh w2, [x1]
        assertAlignmentFault(0x78bfc020); // ldaprh w0, [x1]
        assertEquals(0x1111111111111111L, h.memory.read64(DATA));
    }

    @Test
    void rcpcLoads() {
        h.execute(0xf8bfc020); // ldapr x0, [x1]
        assertEquals(0x1111111111111111L, h.cpu.x[0]);
        h.execute(0x78bfc020); // ldaprh w0, [x1]
        assertEquals(0x1111L, h.cpu.x[0]);
    }

    @Test
    void rcpcUnscaledOffsets() {
        h.cpu.x[1] = DATA + 8;
        h.execute(0xd95f8020); // ldapur x0, [x1, #-8]
        assertEquals(0x1111111111111111L, h.cpu.x[0]);
        h.memory.write32(DATA + 12, 0x80000000);
        h.execute(0x99804020); // ldapursw x0, [x1, #4]
        assertEquals(0xffffffff80000000L, h.cpu.x[0]);
        h.memory.write8(DATA + 9, (byte) 0x90);
        h.cpu.x[0] = -1;
        h.execute(0x19c01020); // ldapursb w0, [x1, #1]
        assertEquals(0xffffff90L, h.cpu.x[0]);
        h.cpu.x[2] = 0x12345678;
        h.execute(0x991fc022); // stlur w2, [x1, #-4]
        assertEquals(0x12345678, h.memory.read32(DATA + 4));
        h.execute(0x19003022); // stlurb w2, [x1, #3]
        assertEquals((byte) 0x78, h.memory.read8(DATA + 11));
    }

    @Test
    void misalignedRcpcUnscaledAccessFaults() {
        h.cpu.x[1] = DATA + 2;
        assertAlignmentFault(0xd95f8020); // ldapur x0, [x1, #-8]
        assertAlignmentFault(0x991fc022); // stlur w2, [x1, #-4]
    }

    @Test
    void limitedOrderingFormsAccessLikeAcquireRelease() {
        h.execute(0xc8df7c20); // ldlar x0, [x1]
        assertEquals(0x1111111111111111L, h.cpu.x[0]);
        h.cpu.x[2] = 5;
        h.execute(0xc89f7c22); // stllr x2, [x1]
        assertEquals(5L, h.memory.read64(DATA));
    }
}
