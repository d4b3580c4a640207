package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.semantics.LoadsStoresExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LDP/STP/LDPSW/LDNP/STNP (Arm ARM C6.2 LDP, STP, LDPSW, LDNP, STNP). */
class LoadsStoresPairTest {

    static final class H extends SemanticsHarness implements LoadsStoresExecution {
    }

    static final long RAM = 0x10000;
    static final long RAM_SIZE = 0x10000;

    H h;

    @BeforeEach
    void setUp() {
        h = new H();
        h.memory.map(RAM, RAM_SIZE);
        for (int i = 0; i < 128; i++) {
            h.memory.write64(RAM + 0x1000 + 8 * i, 0x0101010101010101L * (i + 1));
        }
    }

    long mem(long offset) {
        return h.memory.read64(RAM + offset);
    }

    @Test
    void storePairWritesFirstRegisterAtLowerAddress() {
        h.cpu.x[1] = RAM + 0x2000;
        h.cpu.x[2] = 0xa;
        h.cpu.x[3] = 0xb;
        h.execute(0xa9010c22); // stp x2, x3, [x1, #16]
        assertEquals(0xaL, mem(0x2010));
        assertEquals(0xbL, mem(0x2018));
        assertEquals(RAM + 0x2000, h.cpu.x[1]);
    }

    @Test
    void wordPairLoadZeroesUpperHalves() {
        h.cpu.x[1] = RAM + 0x1008;
        h.cpu.x[0] = -1;
        h.cpu.x[2] = -1;
        h.execute(0x297f0820); // ldp w0, w2, [x1, #-8]
        assertEquals(0x01010101L, h.cpu.x[0]);
        assertEquals(0x01010101L, h.cpu.x[2]);
    }

    @Test
    void ldpswSignExtendsBothWords() {
        h.cpu.x[1] = RAM + 0x2000;
        h.memory.write64(RAM + 0x2000, 0x7fffffff_80000000L);
        h.execute(0x69400820); // ldpsw x0, x2, [x1]
        assertEquals(0xffffffff80000000L, h.cpu.x[0]);
        assertEquals(0x7fffffffL, h.cpu.x[2]);
    }

    @Test
    void ldpswPostIndex() {
        h.cpu.x[1] = RAM + 0x2000;
        h.memory.write64(RAM + 0x2000, 0x80000000_00000001L);
        h.execute(0x68c10820); // ldpsw x0, x2, [x1], #8
        assertEquals(1L, h.cpu.x[0]);
        assertEquals(0xffffffff80000000L, h.cpu.x[2]);
        assertEquals(RAM + 0x2008, h.cpu.x[1]);
    }

    @Test
    void preIndexPushOnStackPointer() {
        h.cpu.spEl0 = RAM + 0x3000;
        h.cpu.x[2] = 0x22;
        h.cpu.x[3] = 0x33;
        h.execute(0xa9bf0fe2); // stp x2, x3, [sp, #-16]!
        assertEquals(RAM + 0x2ff0, h.cpu.spEl0);
        assertEquals(0x22L, mem(0x2ff0));
        assertEquals(0x33L, mem(0x2ff8));
    }

    @Test
    void postIndexPairLoad() {
        h.cpu.x[1] = RAM + 0x1000;
        h.execute(0xa8c10820); // ldp x0, x2, [x1], #16
        assertEquals(0x0101010101010101L, h.cpu.x[0]);
        assertEquals(0x0202020202020202L, h.cpu.x[2]);
        assertEquals(RAM + 0x1010, h.cpu.x[1]);
    }

    @Test
    void preIndexWordPairLoad() {
        h.cpu.x[1] = RAM + 0x1000;
        h.execute(0x29c10820); // ldp w0, w2, [x1, #8]!
        assertEquals(0x02020202L, h.cpu.x[0]);
        assertEquals(0x02020202L, h.cpu.x[2]);
        assertEquals(RAM + 0x1008, h.cpu.x[1]);
    }

    @Test
    void postIndexWordPairStoreWithNegativeOffset() {
        h.cpu.x[1] = RAM + 0x2000;
        h.cpu.x[2] = 0xffffffff_00000002L;
        h.cpu.x[3] = 3;
        h.execute(0x28bf0c22); // stp w2, w3, [x1], #-8
        assertEquals(0x00000003_00000002L, mem(0x2000));
        assertEquals(RAM + 0x1ff8, h.cpu.x[1]);
    }

    @Test
    void offsetRangeIsSevenBitsScaled() {
        h.cpu.x[1] = RAM + 0x1200;
        h.execute(0xa95f8820); // ldp x0, x2, [x1, #504]
        assertEquals(h.memory.read64(RAM + 0x1200 + 504), h.cpu.x[0]);
        h.execute(0xa9600820); // ldp x0, x2, [x1, #-512]
        assertEquals(0x0101010101010101L, h.cpu.x[0]);
        assertEquals(0x0202020202020202L, h.cpu.x[2]);
    }

    @Test
    void nonTemporalPairsAccessLikeOffsetPairs() {
        h.cpu.x[1] = RAM + 0x1000;
        h.execute(0xa8410820); // ldnp x0, x2, [x1, #16]
        assertEquals(0x0303030303030303L, h.cpu.x[0]);
        assertEquals(0x0404040404040404L, h.cpu.x[2]);
        h.cpu.x[2] = 0x12;
        h.cpu.x[3] = 0x34;
        h.execute(0x28010c22); // stnp w2, w3, [x1, #8]
        assertEquals(0x00000034_00000012L, mem(0x1008));
        assertEquals(RAM + 0x1000, h.cpu.x[1]);
    }

    @Test
    void pairStoreWhoseSecondAccessAbortsHasWrittenTheFirstButNotTheBase() {
        long end = RAM + RAM_SIZE;
        h.cpu.x[1] = end + 8; // first element at end - 8 (RAM), second at end (outside)
        h.cpu.x[2] = 0x77;
        MemoryAbort abort = assertThrows(MemoryAbort.class, () -> h.execute(0xa9bf0c22)); // stp x2, x3, [x1, #-16]!
        assertEquals(end, abort.address());
        assertEquals(0x77L, h.memory.read64(end - 8));
        assertEquals(end + 8, h.cpu.x[1]);
    }

    @Test
    void pairLoadWhoseSecondAccessAbortsLeavesRegistersUnchanged() {
        long end = RAM + RAM_SIZE;
        h.cpu.x[1] = end - 8;
        h.cpu.x[0] = 0x1234;
        h.cpu.x[2] = 0x5678;
        assertThrows(MemoryAbort.class, () -> h.execute(0xa9400820)); // ldp x0, x2, [x1]
        assertEquals(0x1234L, h.cpu.x[0]);
        assertEquals(0x5678L, h.cpu.x[2]);
    }

    @Test
    void loadPairIntoTheSameRegisterKeepsTheFirstElement() {
        // CONSTRAINED UNPREDICTABLE (Rt == Rt2): Constraint_UNKNOWN; the value is the one qemu leaves.
        h.cpu.x[4] = RAM + 0x1000;
        h.execute(0xa9400c83); // ldp x3, x3, [x4]
        assertEquals(0x0101010101010101L, h.cpu.x[3]);
    }

    @Test
    void loadPairWithWritebackIntoItsBaseLeavesTheNewBase() {
        // CONSTRAINED UNPREDICTABLE (Rt == Rn with writeback): Constraint_UNKNOWN; qemu leaves the new base.
        h.cpu.x[5] = RAM + 0x1000;
        h.execute(0xa8c118a5); // ldp x5, x6, [x5], #16
        assertEquals(RAM + 0x1010, h.cpu.x[5]);
        assertEquals(0x0202020202020202L, h.cpu.x[6]);
    }
}
