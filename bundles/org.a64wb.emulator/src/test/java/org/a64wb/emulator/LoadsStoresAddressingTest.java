package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.semantics.LoadsStoresExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Single-register loads and stores: addressing modes, sizes, sign extension, register 31, aborts (Arm ARM C6.2 LDR/STR). */
class LoadsStoresAddressingTest {

    static final class H extends SemanticsHarness implements LoadsStoresExecution {
    }

    static final long RAM = 0x10000;
    static final long RAM_SIZE = 0x10000;
    static final long OUTSIDE = 0x100000;

    H h;

    @BeforeEach
    void setUp() {
        h = new H();
        h.memory.map(RAM, RAM_SIZE);
        h.cpu.pc = RAM + 0x8000;
        for (int i = 0; i < 64; i++) {
            h.memory.write64(RAM + 0x1000 + 8 * i, 0x0101010101010101L * (i + 1));
        }
    }

    long mem(long offset) {
        return h.memory.read64(RAM + offset);
    }

    @Test
    void unsignedOffsetIsScaledBySize() {
        h.cpu.x[1] = RAM + 0x1000;
        h.execute(0xf9400420); // ldr x0, [x1, #8]
        assertEquals(0x0202020202020202L, h.cpu.x[0]);
        h.execute(0x79400c20); // ldrh w0, [x1, #6]
        assertEquals(0x0101L, h.cpu.x[0]);
        assertEquals(RAM + 0x1000, h.cpu.x[1]);
    }

    @Test
    void largestUnsignedOffsets() {
        h.cpu.x[1] = RAM + 0x1000;
        h.memory.write64(RAM + 0x1000 + 32760, 0x1122334455667788L);
        h.execute(0xf97ffc20); // ldr x0, [x1, #32760]
        assertEquals(0x1122334455667788L, h.cpu.x[0]);
        h.cpu.x[2] = 0xabcd;
        h.execute(0x791ffc22); // strh w2, [x1, #4094]
        assertEquals((short) 0xabcd, h.memory.read16(RAM + 0x1000 + 4094));
    }

    @Test
    void unscaledOffsetIsSignedAndNeedNotBeAligned() {
        h.cpu.x[1] = RAM + 0x1008;
        h.execute(0xf85fd020); // ldur x0, [x1, #-3]
        assertEquals(0x0202020202010101L, h.cpu.x[0]);
    }

    @Test
    void ldurswReachesPlus255() {
        h.cpu.x[1] = RAM + 0x1000;
        h.memory.write32(RAM + 0x1000 + 255, 0x80000001);
        h.execute(0xb88ff020); // ldursw x0, [x1, #255]
        assertEquals(0xffffffff80000001L, h.cpu.x[0]);
    }

    @Test
    void preIndexAccessesBasePlusOffsetAndWritesItBack() {
        h.cpu.x[1] = RAM + 0x1010;
        h.execute(0xf85f0c20); // ldr x0, [x1, #-16]!
        assertEquals(0x0101010101010101L, h.cpu.x[0]);
        assertEquals(RAM + 0x1000, h.cpu.x[1]);
    }

    @Test
    void postIndexAccessesBaseThenAddsOffset() {
        h.cpu.x[1] = RAM + 0x1000;
        h.execute(0xf8418420); // ldr x0, [x1], #24
        assertEquals(0x0101010101010101L, h.cpu.x[0]);
        assertEquals(RAM + 0x1018, h.cpu.x[1]);
    }

    @Test
    void preIndexStoreWord() {
        h.cpu.x[1] = RAM + 0x2004;
        h.cpu.x[2] = 0xffffffff_12345678L;
        h.execute(0xb81fcc22); // str w2, [x1, #-4]!
        assertEquals(0x12345678L, mem(0x2000));
        assertEquals(RAM + 0x2000, h.cpu.x[1]);
    }

    @Test
    void postIndexStoreByte() {
        h.cpu.x[1] = RAM + 0x2000;
        h.cpu.x[2] = 0x1ab;
        h.execute(0x38001422); // strb w2, [x1], #1
        assertEquals(0xabL, mem(0x2000));
        assertEquals(RAM + 0x2001, h.cpu.x[1]);
    }

    @Test
    void registerOffsetLslScalesByAccessSize() {
        h.cpu.x[1] = RAM + 0x1000;
        h.cpu.x[2] = 3;
        h.execute(0xf8627820); // ldr x0, [x1, x2, lsl #3]
        assertEquals(0x0404040404040404L, h.cpu.x[0]);
    }

    @Test
    void registerOffsetSxtwWithoutShiftUsesLowWordSigned() {
        h.cpu.x[1] = RAM + 0x1010;
        h.cpu.x[2] = 0x12345678_fffffff8L; // w2 = -8
        h.execute(0xf862c820); // ldr x0, [x1, w2, sxtw]
        assertEquals(0x0202020202020202L, h.cpu.x[0]);
    }

    @Test
    void registerOffsetUxtwIgnoresUpperHalf() {
        h.cpu.x[1] = RAM + 0x1000;
        h.cpu.x[2] = 0xffffffff_00000004L;
        h.execute(0x78625820); // ldrh w0, [x1, w2, uxtw #1]
        assertEquals(0x0202L, h.cpu.x[0]);
    }

    @Test
    void registerOffsetSxtxShifted() {
        h.cpu.x[1] = RAM + 0x1010;
        h.cpu.x[2] = -2;
        h.execute(0xf862f820); // ldr x0, [x1, x2, sxtx #3]
        assertEquals(0x0101010101010101L, h.cpu.x[0]);
    }

    @Test
    void byteRegisterOffset() {
        h.cpu.x[1] = RAM + 0x1000;
        h.cpu.x[2] = 8;
        h.execute(0x38626820); // ldrb w0, [x1, x2]
        assertEquals(0x02L, h.cpu.x[0]);
    }

    @Test
    void baseRegister31IsTheStackPointer() {
        h.cpu.spEl0 = RAM + 0x1000;
        h.execute(0xf9400be0); // ldr x0, [sp, #16]
        assertEquals(0x0303030303030303L, h.cpu.x[0]);
        h.cpu.x[0] = 0x77;
        h.execute(0xf81f0fe0); // str x0, [sp, #-16]!
        assertEquals(RAM + 0xff0, h.cpu.spEl0);
        assertEquals(0x77L, mem(0xff0));
    }

    @Test
    void storeOfRegister31StoresZero() {
        h.cpu.x[1] = RAM + 0x1000;
        h.execute(0xf900003f); // str xzr, [x1]
        assertEquals(0L, mem(0x1000));
    }

    @Test
    void loadToRegister31IsDiscarded() {
        h.cpu.x[1] = RAM + 0x1000;
        h.cpu.spEl0 = 0x5550;
        h.execute(0xf940003f); // ldr xzr, [x1]
        assertEquals(0L, h.cpu.x(31));
        assertEquals(0x5550L, h.cpu.spEl0);
    }

    @Test
    void wordLoadZeroesUpperHalf() {
        h.cpu.x[1] = RAM + 0x1000;
        h.cpu.x[0] = -1;
        h.execute(0xb9400020); // ldr w0, [x1]
        assertEquals(0x01010101L, h.cpu.x[0]);
    }

    @Test
    void signExtendingLoads() {
        h.cpu.x[1] = RAM + 0x2000;
        h.memory.write64(RAM + 0x2000, 0x00000000_8000_ff80L);
        h.execute(0x39c00020); // ldrsb w0, [x1]
        assertEquals(0xffffff80L, h.cpu.x[0]);
        h.execute(0x79800020); // ldrsh x0, [x1]
        assertEquals(0xffffffffffffff80L, h.cpu.x[0]);
        h.execute(0xb9800020); // ldrsw x0, [x1]
        assertEquals(0xffffffff8000ff80L, h.cpu.x[0]);
        h.cpu.x[1] = RAM + 0x2001;
        h.execute(0x389ff020); // ldursb x0, [x1, #-1]
        assertEquals(0xffffffffffffff80L, h.cpu.x[0]);
    }

    @Test
    void literalLoadsArePcRelative() {
        long pc = h.cpu.pc;
        h.memory.write64(pc + 8, 0x1122334455667788L);
        h.execute(0x58000040); // ldr x0, .+8
        assertEquals(0x1122334455667788L, h.cpu.x[0]);
        assertEquals(pc + 4, h.cpu.pc);
        h.memory.write32(pc + 4 - 4, 0x80000000); // ldrsw x0, .-4 executes at pc + 4
        h.execute(0x98ffffe0);
        assertEquals(0xffffffff80000000L, h.cpu.x[0]);
        h.memory.write64(pc + 8 + 12, 0xaaaaaaaa_bbbbbbbbL);
        h.execute(0x18000060); // ldr w0, .+12 at pc + 8
        assertEquals(0xbbbbbbbbL, h.cpu.x[0]);
    }

    @Test
    void unprivilegedFormsAccessLikeNormalOnes() {
        h.cpu.x[1] = RAM + 0x1000;
        h.execute(0xf8408820); // ldtr x0, [x1, #8]
        assertEquals(0x0202020202020202L, h.cpu.x[0]);
        h.cpu.x[2] = 0x5a;
        h.execute(0x381ff822); // sttrb w2, [x1, #-1]
        assertEquals((byte) 0x5a, h.memory.read8(RAM + 0xfff));
        h.memory.write16(RAM + 0x1002, (short) 0x8001);
        h.execute(0x78c02820); // ldtrsh w0, [x1, #2]
        assertEquals(0xffff8001L, h.cpu.x[0]);
    }

    @Test
    void prefetchesDoNothingEvenOutsideRam() {
        h.cpu.x[1] = OUTSIDE;
        h.cpu.x[2] = 5;
        long[] before = h.cpu.x.clone();
        h.execute(0xf9800020); // prfm pldl1keep, [x1]
        h.execute(0xf89fb033); // prfum pstl2strm, [x1, #-5]
        h.execute(0xd8008000); // prfm pldl1keep, .+0x1000
        h.execute(0xf8a2782c); // prfm plil3keep, [x1, x2, lsl #3]
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(h.cpu.x));
    }

    @Test
    void abortedPreIndexLoadLeavesRegistersUnchanged() {
        h.cpu.x[0] = 0x1234;
        h.cpu.x[1] = OUTSIDE + 8;
        MemoryAbort abort = assertThrows(MemoryAbort.class, () -> h.execute(0xf85f8c20)); // ldr x0, [x1, #-8]!
        assertEquals(OUTSIDE, abort.address());
        assertEquals(0x1234L, h.cpu.x[0]);
        assertEquals(OUTSIDE + 8, h.cpu.x[1]);
    }

    @Test
    void abortedPostIndexStoreLeavesBaseUnchanged() {
        h.cpu.x[1] = OUTSIDE;
        MemoryAbort abort = assertThrows(MemoryAbort.class, () -> h.execute(0xf8008420)); // str x0, [x1], #8
        assertEquals(true, abort.write());
        assertEquals(OUTSIDE, h.cpu.x[1]);
    }

    @Test
    void abortedSignedLoadLeavesBothRegistersUnchanged() {
        h.cpu.x[0] = -5;
        h.cpu.x[1] = RAM; // RAM - 2 is outside
        assertThrows(MemoryAbort.class, () -> h.execute(0x78dfec20)); // ldrsh w0, [x1, #-2]!
        assertEquals(-5L, h.cpu.x[0]);
        assertEquals(RAM, h.cpu.x[1]);
    }

    @Test
    void storeWithWritebackToItsOwnBaseStoresTheOriginalValue() {
        // CONSTRAINED UNPREDICTABLE (Rt == Rn): Constraint_NONE, as qemu does.
        h.cpu.x[1] = RAM + 0x2000;
        h.execute(0xf8008c21); // str x1, [x1, #8]!
        assertEquals(RAM + 0x2000, mem(0x2008));
        assertEquals(RAM + 0x2008, h.cpu.x[1]);
    }

    @Test
    void ldraaIsUndefinedWithoutPauth() {
        h.cpu.x[1] = RAM + 0x1000;
        GuestException e = assertThrows(GuestException.class, () -> h.execute(0xf8200420)); // ldraa x0, [x1]
        assertEquals(GuestException.Kind.UNDEFINED, e.kind());
        GuestException pre = assertThrows(GuestException.class, () -> h.execute(0xf8a00c20)); // ldrab x0, [x1]!
        assertEquals(GuestException.Kind.UNDEFINED, pre.kind());
    }
}
