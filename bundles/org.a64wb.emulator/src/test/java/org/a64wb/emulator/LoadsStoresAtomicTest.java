package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.semantics.LoadsStoresExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FEAT_LSE atomics: LD&lt;op&gt;, ST&lt;op&gt;, SWP, CAS, CASP (Arm ARM C6.2). */
class LoadsStoresAtomicTest {

    static final class H extends SemanticsHarness implements LoadsStoresExecution {
    }

    static final long RAM = 0x10000;
    static final long DATA = RAM + 0x1000;

    H h;

    @BeforeEach
    void setUp() {
        h = new H();
        h.memory.map(RAM, 0x10000);
        h.cpu.x[1] = DATA;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ldadd,  b8220020, 8000000c",
        "ldclr,  b8221020, 80000000",
        "ldeor,  b8222020, 80000002",
        "ldset,  b8223020, 80000007",
        "ldsmax, b8224020, 00000007",
        "ldsmin, b8225020, 80000005",
        "ldumax, b8226020, 80000005",
        "ldumin, b8227020, 00000007",
        "swp,    b8228020, 00000007",
    })
    void wordOperationStoresResultAndReturnsOldValueZeroExtended(String op, String word, String result) {
        // memory word 0x80000005 (a negative SInt), W2 = 7 with garbage above bit 31
        h.memory.write64(DATA, 0xaaaaaaaa_80000005L);
        h.cpu.x[2] = 0xdead0000_00000007L;
        h.cpu.x[0] = -1;
        h.execute(Integer.parseUnsignedInt(word, 16));
        assertEquals(0x80000005L, h.cpu.x[0]);
        assertEquals(0xaaaaaaaa_00000000L | Long.parseLong(result, 16), h.memory.read64(DATA));
    }

    @Test
    void doublewordAddWithAcquireRelease() {
        h.memory.write64(DATA, -1L);
        h.cpu.x[2] = 2;
        h.execute(0xf8e20020); // ldaddal x2, x0, [x1]
        assertEquals(-1L, h.cpu.x[0]);
        assertEquals(1L, h.memory.read64(DATA));
    }

    @Test
    void storeAliasDiscardsTheOldValue() {
        h.memory.write64(DATA, 40);
        h.cpu.x[2] = 2;
        h.execute(0xf822003f); // stadd x2, [x1]
        assertEquals(42L, h.memory.read64(DATA));
        assertEquals(0L, h.cpu.x(31));
    }

    @Test
    void byteSignedMaxComparesSignedBytes() {
        h.memory.write64(DATA, 0x11223344_556677f0L);
        h.cpu.x[2] = 0x10;
        h.execute(0x38224020); // ldsmaxb w2, w0, [x1]
        assertEquals(0xf0L, h.cpu.x[0]);
        assertEquals(0x11223344_55667710L, h.memory.read64(DATA));
    }

    @Test
    void halfwordUnsignedMinComparesUnsignedHalfwords() {
        h.memory.write16(DATA, (short) 0x8000);
        h.cpu.x[2] = 0xffff_0001L;
        h.execute(0x78227020); // lduminh w2, w0, [x1]
        assertEquals(0x8000L, h.cpu.x[0]);
        assertEquals((short) 1, h.memory.read16(DATA));
    }

    @Test
    void byteSetAndHalfwordEorTouchOnlyTheirBytes() {
        h.memory.write64(DATA, 0x0101010101010101L);
        h.cpu.x[2] = 0x1f0;
        h.execute(0x38623020); // ldsetlb w2, w0, [x1]
        assertEquals(0x01L, h.cpu.x[0]);
        assertEquals(0x01010101010101f1L, h.memory.read64(DATA));
        h.cpu.x[2] = 0xffff;
        h.execute(0x78222020); // ldeorh w2, w0, [x1]
        assertEquals(0x01f1L, h.cpu.x[0]);
        assertEquals(0x010101010101fe0eL, h.memory.read64(DATA));
    }

    @Test
    void swapDoubleword() {
        h.memory.write64(DATA, 0x1234);
        h.cpu.x[2] = 0x5678;
        h.execute(0xf8e28020); // swpal x2, x0, [x1]
        assertEquals(0x1234L, h.cpu.x[0]);
        assertEquals(0x5678L, h.memory.read64(DATA));
    }

    @Test
    void atomicOnStackPointerBase() {
        h.cpu.spEl0 = DATA;
        h.memory.write64(DATA, 1);
        h.cpu.x[2] = 1;
        h.execute(0xf82203e0); // ldadd x2, x0, [sp]
        assertEquals(2L, h.memory.read64(DATA));
    }

    @Test
    void misalignedAtomicFaultsWithoutTouchingMemoryOrRegisters() {
        h.cpu.x[1] = DATA + 2;
        h.cpu.x[0] = 9;
        h.memory.write64(DATA, 0x1111);
        GuestException e = assertThrows(GuestException.class, () -> h.execute(0xb8220020)); // ldadd w2, w0, [x1]
        assertEquals(GuestException.Kind.ALIGNMENT_FAULT, e.kind());
        assertEquals(9L, h.cpu.x[0]);
        assertEquals(0x1111L, h.memory.read64(DATA));
    }

    @Test
    void abortedAtomicLeavesTheDestinationUnchanged() {
        h.cpu.x[1] = 0x100000;
        h.cpu.x[0] = 9;
        assertThrows(MemoryAbort.class, () -> h.execute(0xb8220020)); // ldadd w2, w0, [x1]
        assertEquals(9L, h.cpu.x[0]);
    }

    @Test
    void compareAndSwapStoresWhenEqualAndReturnsOldValueInRs() {
        h.memory.write64(DATA, 0xaaaaaaaa_00000005L);
        h.cpu.x[2] = 0xffffffff_00000005L;
        h.cpu.x[3] = 6;
        h.execute(0x88a27c23); // cas w2, w3, [x1]
        assertEquals(5L, h.cpu.x[2]);
        assertEquals(0xaaaaaaaa_00000006L, h.memory.read64(DATA));
    }

    @Test
    void compareAndSwapLeavesMemoryWhenDifferent() {
        h.memory.write64(DATA, 0x1234);
        h.cpu.x[2] = 0x1235;
        h.cpu.x[3] = 6;
        h.execute(0xc8e2fc23); // casal x2, x3, [x1]
        assertEquals(0x1234L, h.cpu.x[2]);
        assertEquals(0x1234L, h.memory.read64(DATA));
    }

    @Test
    void halfwordCompareAndSwapComparesTheLowHalfword() {
        h.memory.write64(DATA, 0xffff);
        h.cpu.x[2] = 0x1_ffff;
        h.cpu.x[3] = 0x2_0002;
        h.execute(0x48a27c23); // cash w2, w3, [x1]
        assertEquals(0xffffL, h.cpu.x[2]);
        assertEquals(2L, h.memory.read64(DATA));
    }

    @Test
    void compareAndSwapWithZeroRegisterComparesZeroAndDiscardsTheOldValue() {
        h.memory.write64(DATA, 0);
        h.cpu.x[3] = 77;
        h.execute(0xc8bf7c23); // cas xzr, x3, [x1]
        assertEquals(77L, h.memory.read64(DATA));
    }

    @Test
    void wordPairCompareAndSwap() {
        h.memory.write64(DATA, 0x00000002_00000001L);
        h.cpu.x[4] = 0xffffffff_00000001L;
        h.cpu.x[5] = 2;
        h.cpu.x[6] = 7;
        h.cpu.x[7] = 8;
        h.execute(0x08247c26); // casp w4, w5, w6, w7, [x1]
        assertEquals(1L, h.cpu.x[4]);
        assertEquals(2L, h.cpu.x[5]);
        assertEquals(0x00000008_00000007L, h.memory.read64(DATA));
    }

    @Test
    void doublewordPairCompareAndSwapFailing() {
        h.memory.write64(DATA, 1);
        h.memory.write64(DATA + 8, 2);
        h.cpu.x[4] = 1;
        h.cpu.x[5] = 3;
        h.execute(0x4864fc26); // caspal x4, x5, x6, x7, [x1]
        assertEquals(1L, h.cpu.x[4]);
        assertEquals(2L, h.cpu.x[5]);
        assertEquals(1L, h.memory.read64(DATA));
        assertEquals(2L, h.memory.read64(DATA + 8));
    }

    @Test
    void pairCompareAndSwapIsAlignedToTheWholePair() {
        h.cpu.x[1] = DATA + 8;
        GuestException e = assertThrows(GuestException.class, () -> h.execute(0x4864fc26)); // caspal x4, x5, x6, x7, [x1]
        assertEquals(GuestException.Kind.ALIGNMENT_FAULT, e.kind());
        h.cpu.x[1] = DATA + 4;
        GuestException w = assertThrows(GuestException.class, () -> h.execute(0x08247c26)); // casp w4, w5, w6, w7, [x1]
        assertEquals(GuestException.Kind.ALIGNMENT_FAULT, w.kind());
    }
}
