package org.a64wb.emulator.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.a64wb.emulator.A64Executor;
import org.a64wb.emulator.Interpreter;
import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.emulator.semantics.SystemRegisters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stage-1 translation against the Arm ARM's rules (D8 "The AArch64 Virtual Memory System Architecture"):
 * hand-built tables in RAM, instructions run by the interpreter, faults checked as the exception the
 * accelerator turns into ESR_EL1 (kind, ISS = DFSC/IFSC with WnR, address = FAR).
 */
class MmuTest {

    // Instruction words (llvm-mc -triple=aarch64).
    static final int LDR_X0_X1 = 0xf9400020;
    static final int STR_X0_X1 = 0xf9000020;
    static final int LDTR_X0_X1 = 0xf8400820;
    static final int STTR_X0_X1 = 0xf8000820;
    static final int BRK_0 = 0xd4200000;
    static final int MOV_X0_1 = 0xd2800020;
    static final int MOV_X0_2 = 0xd2800040;
    static final int AT_S1E1R_X1 = 0xd5087801;
    static final int AT_S1E1W_X1 = 0xd5087821;
    static final int AT_S1E0R_X1 = 0xd5087841;
    static final int AT_S1E0W_X1 = 0xd5087861;
    static final int TLBI_VAE1_X1 = 0xd5088721;
    static final int TLBI_VAE1IS_X1 = 0xd5088321;
    static final int TLBI_VMALLE1 = 0xd508871f;
    static final int TLBI_ASIDE1_X1 = 0xd5088741;
    static final int DC_ZVA_X1 = 0xd50b7421;

    static final long RAM = 0x4000_0000L;
    static final long CODE = RAM;
    static final long DATA = RAM + 0x10_0000;
    static final long DATA2 = RAM + 0x20_0000;
    static final long MAIR = 0x0000_0000_0044_ff00L; // Attr0 Device-nGnRnE, Attr1 Normal WB, Attr2 Normal NC

    final PhysicalMemory memory = new PhysicalMemory();
    final Cpu cpu = new Cpu();
    final Mmu mmu;
    final Interpreter<A64Executor> interpreter;

    MmuTest() {
        memory.map(RAM, 0x400_0000);
        mmu = new Mmu(cpu, memory);
        interpreter = new Interpreter<>(cpu, memory, new A64Executor(cpu, memory));
        cpu.el = 1;
        cpu.spsel = 1;
        set("MAIR_EL1", MAIR);
    }

    void set(String register, long value) {
        SystemRegisters.write(cpu, SystemRegisters.lookup(register), value);
    }

    long get(String register) {
        return SystemRegisters.read(cpu, SystemRegisters.lookup(register));
    }

    /** Page tables for one granule and a 48-bit VA, allocated in RAM above 0x4300_0000. */
    final class Tables {
        final int granule;
        final int stride;
        final long root;
        final int startLevel;
        long next;

        Tables(int granule) {
            this(granule, RAM + 0x300_0000);
        }

        Tables(int granule, long base) {
            this.next = base;
            this.granule = granule;
            this.stride = granule - 3;
            this.startLevel = 4 - (48 - granule + stride - 1) / stride;
            this.root = allocate();
        }

        long allocate() {
            long table = next;
            next += 1L << granule;
            return table;
        }

        int shift(int level) {
            return granule + (3 - level) * stride;
        }

        long slot(long table, long va, int level) {
            return table + ((va >>> shift(level) & (1L << stride) - 1) << 3);
        }

        /** Writes the descriptor for {@code va} at {@code level} (a block below 3, a page at 3), making tables on the way. */
        void put(long va, long descriptor, int level) {
            long table = root;
            for (int l = startLevel; l < level; l++) {
                long slot = slot(table, va, l);
                long d = memory.read64(slot);
                if ((d & 3) != 3) {
                    d = allocate() | 3;
                    memory.write64(slot, d);
                }
                table = d & 0x0000_ffff_ffff_f000L & -(1L << granule);
            }
            memory.write64(slot(table, va, level), descriptor);
        }

        /** A normal, read-write EL1 page or block with AF set. */
        void map(long va, long pa, int level) {
            put(va, pa | 1L << 10 | 1 << 2 | 3L << 8 | (level == 3 ? 3 : 1), level);
        }

        /** Turns the MMU on with this table in TTBR0 (and TTBR1), ASID {@code asid}. */
        void enable(int asid) {
            long tg0 = switch (granule) {
                case 14 -> 2;
                case 16 -> 1;
                default -> 0;
            };
            long tg1 = switch (granule) {
                case 14 -> 1;
                case 16 -> 3;
                default -> 2;
            };
            set("TCR_EL1", 16 | 16L << 16 | tg0 << 14 | tg1 << 30 | 5L << 32 | 1L << 36);
            set("TTBR0_EL1", (long) asid << 48 | root);
            set("TTBR1_EL1", root);
            set("SCTLR_EL1", get("SCTLR_EL1") | 1);
        }
    }

    /** Runs {@code words} at {@code pc} until the BRK that ends them. */
    void run(long pc, int... words) {
        long physical = mmu.peek(pc);
        for (int i = 0; i < words.length; i++) {
            memory.write32(physical + 4L * i, words[i]);
        }
        execute(pc);
    }

    void execute(long pc) {
        cpu.pc = pc;
        GuestException stop = assertThrows(GuestException.class, () -> interpreter.run(1000));
        if (stop.kind() != GuestException.Kind.BREAKPOINT) {
            throw stop;
        }
    }

    GuestException fault(long pc, int... words) {
        return assertThrows(GuestException.class, () -> run(pc, words));
    }

    static void assertAbort(GuestException e, GuestException.Kind kind, long iss, long far) {
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(iss, e.immediate(), () -> String.format("ISS 0x%x: %s", e.immediate(), e.getMessage()));
        assertEquals(far, e.address(), () -> String.format("FAR 0x%x", e.address()));
    }

    Tables identityCode(int granule) {
        Tables t = new Tables(granule);
        t.map(CODE, CODE, 3);
        return t;
    }

    @ParameterizedTest(name = "granule 2^{0}")
    @ValueSource(ints = {12, 14, 16})
    void pagesTranslateAtEveryGranule(int granule) {
        Tables t = identityCode(granule);
        long va = 0x0000_1234_5000_0000L;
        t.map(va, DATA, 3);
        t.enable(1);
        memory.write64(DATA + 0x18, 0x1122334455667788L);
        cpu.x[1] = va + 0x18;
        run(CODE, LDR_X0_X1, BRK_0);
        assertEquals(0x1122334455667788L, cpu.x[0]);
    }

    @ParameterizedTest(name = "granule 2^{0}")
    @ValueSource(ints = {12, 14, 16})
    void level2BlocksTranslate(int granule) {
        Tables t = identityCode(granule);
        long size = 1L << t.shift(2);
        long va = 0x0000_0040_0000_0000L;
        long pa = RAM & -size;
        t.map(va, pa, 2);
        t.enable(1);
        memory.write64(DATA + 8, 42);
        cpu.x[1] = va + (DATA - pa) + 8;
        run(CODE, LDR_X0_X1, BRK_0);
        assertEquals(42, cpu.x[0]);
    }

    @Test
    void level1BlockOf4kGranuleTranslates() {
        Tables t = identityCode(12);
        t.map(0x0000_0080_0000_0000L, 0x4000_0000L, 1);
        t.enable(1);
        memory.write64(DATA, 7);
        cpu.x[1] = 0x0000_0080_0000_0000L + (DATA - RAM);
        run(CODE, LDR_X0_X1, BRK_0);
        assertEquals(7, cpu.x[0]);
    }

    @Test
    void upperRangeUsesTtbr1() {
        Tables t = identityCode(12);
        long kernel = 0xffff_8000_0800_0000L;
        t.map(kernel, DATA, 3);
        t.enable(1);
        cpu.x[0] = 99;
        cpu.x[1] = kernel + 0x10;
        run(CODE, STR_X0_X1, BRK_0);
        assertEquals(99, memory.read64(DATA + 0x10));
    }

    @Test
    void missingPageIsATranslationFaultAtLevel3WithWnR() {
        Tables t = identityCode(12);
        t.map(DATA, DATA, 3);
        t.enable(1);
        cpu.x[1] = DATA + 0x1008;
        assertAbort(fault(CODE, STR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x47, DATA + 0x1008);
        assertAbort(fault(CODE, LDR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x07, DATA + 0x1008);
    }

    @Test
    void missingTablesFaultAtTheirLevel() {
        Tables t = identityCode(12);
        t.enable(1);
        cpu.x[1] = 0x0000_7f00_0000_0000L;
        assertAbort(fault(CODE, LDR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x04, 0x0000_7f00_0000_0000L);
        cpu.x[1] = CODE + 0x4000_0000L;
        assertAbort(fault(CODE, LDR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x05, CODE + 0x4000_0000L);
        cpu.x[1] = CODE + 0x20_0000L;
        assertAbort(fault(CODE, LDR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x06, CODE + 0x20_0000L);
    }

    @Test
    void addressOutsideTheT0szRangeFaultsAtLevel0() {
        Tables t = identityCode(12);
        t.enable(1);
        cpu.x[1] = 0x0001_0000_0000_0000L;
        assertAbort(fault(CODE, LDR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x04, 0x0001_0000_0000_0000L);
    }

    @Test
    void epd0MakesTheLowerRangeFault() {
        Tables t = identityCode(12);
        long kernelCode = 0xffff_0000_0000_0000L | CODE;
        t.map(kernelCode, CODE, 3);
        t.map(DATA, DATA, 3);
        t.enable(1);
        set("TCR_EL1", get("TCR_EL1") | 1L << 7);
        cpu.x[1] = DATA;
        assertAbort(fault(kernelCode, LDR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x04, DATA);
    }

    @Test
    void clearAccessFlagIsAnAccessFlagFault() {
        Tables t = identityCode(12);
        t.put(DATA, DATA | 1 << 2 | 3, 3);
        t.enable(1);
        cpu.x[1] = DATA;
        assertAbort(fault(CODE, LDR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x0b, DATA);
    }

    @Test
    void writeToReadOnlyPageIsAPermissionFault() {
        Tables t = identityCode(12);
        t.put(DATA, DATA | 1L << 10 | 2L << 6 | 3, 3); // AP = 0b10: EL1 read-only
        t.enable(1);
        cpu.x[1] = DATA;
        run(CODE, LDR_X0_X1, BRK_0);
        assertAbort(fault(CODE, STR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x4f, DATA);
    }

    @Test
    void apTableRemovesWriteAccessBelowIt() {
        Tables t = identityCode(12);
        t.map(DATA, DATA, 3);
        long l2 = memory.read64(t.slot(memory.read64(t.slot(t.root, DATA, 0)) & ~0xfffL, DATA, 1)) & ~0xfffL;
        long slot = t.slot(l2, DATA, 2);
        memory.write64(slot, memory.read64(slot) | 2L << 61);
        t.enable(1);
        cpu.x[1] = DATA;
        assertAbort(fault(CODE, STR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x4f, DATA);
    }

    @Test
    void outputAddressAboveIpsIsAnAddressSizeFault() {
        Tables t = identityCode(12);
        t.put(DATA, 0x1_0000_0000L | 1L << 10 | 3, 3);
        t.enable(1);
        set("TCR_EL1", get("TCR_EL1") & ~(7L << 32)); // IPS = 32 bits
        cpu.x[1] = DATA;
        assertAbort(fault(CODE, LDR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x03, DATA);
    }

    @Test
    void tableOutsideRamIsAnExternalAbortOnTheWalk() {
        Tables t = identityCode(12);
        memory.write64(t.slot(t.root, 0x0000_0100_0000_0000L, 0), 0x0900_0000L | 3); // a "table" in MMIO space
        t.enable(1);
        cpu.x[1] = 0x0000_0100_0000_0000L;
        assertAbort(fault(CODE, LDR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x15, 0x0000_0100_0000_0000L);
    }

    @Test
    void deviceOutsideRamIsAnMmioAbortWithVaAndPa() {
        Tables t = identityCode(12);
        long va = 0xffff_0000_1234_5000L;
        t.put(va, 0x0900_0000L | 1L << 10 | 3, 3);
        t.enable(1);
        cpu.x[1] = va + 0x18;
        memory.write32(CODE, STR_X0_X1);
        cpu.pc = CODE;
        MemoryAbort abort = assertThrows(MemoryAbort.class, () -> interpreter.run(10));
        assertEquals(0x0900_0018L, abort.address());
        assertEquals(va + 0x18, abort.virtualAddress());
        assertEquals(CODE, cpu.pc);
    }

    /** The MMIO abort of a store to {@code va} run at CODE (PC stays on it). */
    MemoryAbort deviceStore(long va) {
        cpu.x[1] = va;
        memory.write32(CODE, STR_X0_X1);
        cpu.pc = CODE;
        return assertThrows(MemoryAbort.class, () -> interpreter.run(10));
    }

    @Test
    void aDevicePageKeepsItsTranslationUntilTlbi() {
        Tables t = identityCode(12);
        long va = 0xffff_0000_1234_5000L;
        t.put(va, 0x0900_0000L | 1L << 10 | 3, 3);
        t.enable(1);
        assertEquals(0x0900_0018L, deviceStore(va + 0x18).address());
        // The second access to the page finds the translation in the TLB (no walk); it must still be the page's.
        MemoryAbort again = deviceStore(va + 0x20);
        assertEquals(0x0900_0020L, again.address());
        assertEquals(va + 0x20, again.virtualAddress());
        t.put(va, 0x0a00_0000L | 1L << 10 | 3, 3);
        cpu.x[1] = va >>> 12 | 1L << 48;
        run(CODE, TLBI_VAE1_X1, BRK_0);
        assertEquals(0x0a00_0020L, deviceStore(va + 0x20).address(), "the new translation after TLBI VAE1");
    }

    @Test
    void aStoreToAReadOnlyDevicePageIsAPermissionFaultEveryTime() {
        Tables t = identityCode(12);
        long va = 0xffff_0000_1234_5000L;
        t.put(va, 0x0900_0000L | 1L << 10 | 2L << 6 | 3, 3); // AP = 0b10: EL1 read-only
        t.enable(1);
        cpu.x[1] = va;
        memory.write32(CODE, LDR_X0_X1);
        cpu.pc = CODE;
        assertEquals(0x0900_0000L, assertThrows(MemoryAbort.class, () -> interpreter.run(10)).address(), "a load may");
        for (int i = 0; i < 2; i++) {
            assertAbort(fault(CODE, STR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x4f, va);
        }
    }

    @Test
    void fetchFromExecuteNeverPageIsAnInstructionAbort() {
        Tables t = identityCode(12);
        long va = 0x0000_0000_5000_0000L;
        t.put(va, DATA | 1L << 10 | 1L << 53 | 3, 3); // PXN
        t.enable(1);
        memory.write32(DATA, BRK_0);
        cpu.pc = va;
        assertAbort(assertThrows(GuestException.class, () -> interpreter.run(10)), GuestException.Kind.INSTRUCTION_ABORT, 0x0f, va);
    }

    @Test
    void el1CannotExecuteWhatEl0CanWrite() {
        Tables t = identityCode(12);
        long va = 0x0000_0000_5000_0000L;
        t.put(va, DATA | 1L << 10 | 1L << 6 | 1L << 54 | 3, 3); // AP = 01, UXN
        t.enable(1);
        cpu.pc = va;
        assertAbort(assertThrows(GuestException.class, () -> interpreter.run(10)), GuestException.Kind.INSTRUCTION_ABORT, 0x0f, va);
    }

    @Test
    void wxnMakesWritablePagesExecuteNever() {
        Tables t = identityCode(12);
        long va = 0x0000_0000_5000_0000L;
        t.put(va, DATA | 1L << 10 | 3, 3); // EL1 read-write
        t.enable(1);
        memory.write32(DATA, BRK_0);
        set("SCTLR_EL1", get("SCTLR_EL1") | 1L << 19);
        cpu.pc = va;
        assertAbort(assertThrows(GuestException.class, () -> interpreter.run(10)), GuestException.Kind.INSTRUCTION_ABORT, 0x0f, va);
    }

    @Test
    void el0CannotReadAPrivilegedPage() {
        Tables t = new Tables(12);
        t.put(CODE, CODE | 1L << 10 | 3L << 6 | 3, 3); // EL0 and EL1 read-only, executable at EL0
        t.map(DATA, DATA, 3);
        t.enable(1);
        cpu.el = 0;
        cpu.x[1] = DATA;
        assertAbort(fault(CODE, LDR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x0f, DATA);
    }

    @Test
    void panStopsPrivilegedAccessToEl0PagesButNotLdtrOrFetch() {
        Tables t = new Tables(12);
        t.put(CODE, CODE | 1L << 10 | 3L << 6 | 1L << 54 | 3, 3); // EL0 read-only, EL0 execute-never: EL1 executes
        t.put(DATA, DATA | 1L << 10 | 1L << 6 | 1L << 54 | 3, 3); // EL0 read-write
        t.enable(1);
        memory.write64(DATA, 5);
        cpu.x[1] = DATA;
        run(CODE, LDR_X0_X1, BRK_0);
        SystemRegisters.setPstateBit(cpu, SystemRegisters.PAN_KEY, 1);
        assertAbort(fault(CODE, LDR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x0f, DATA);
        assertAbort(fault(CODE, STR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x4f, DATA);
        cpu.x[0] = 0;
        run(CODE, LDTR_X0_X1, BRK_0);
        assertEquals(5, cpu.x[0]);
    }

    @Test
    void ldtrAndSttrAtEl1AreCheckedAsEl0() {
        Tables t = identityCode(12);
        t.map(DATA, DATA, 3); // EL1 only
        t.enable(1);
        cpu.x[1] = DATA;
        run(CODE, LDR_X0_X1, BRK_0);
        assertAbort(fault(CODE, LDTR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x0f, DATA);
        assertAbort(fault(CODE, STTR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x4f, DATA);
        // With PSTATE.UAO = 1 they are privileged accesses.
        SystemRegisters.setPstateBit(cpu, SystemRegisters.UAO_KEY, 1);
        run(CODE, LDTR_X0_X1, BRK_0);
    }

    @Test
    void ldtrInACompiledBlockIsStillUnprivileged() {
        Tables t = identityCode(12);
        t.put(DATA, DATA | 1L << 10 | 1L << 6 | 3, 3); // EL0 read-write
        t.map(DATA2, DATA2, 3); // EL1 only
        t.enable(1);
        cpu.x[1] = DATA;
        run(CODE, LDTR_X0_X1, BRK_0);
        for (int i = 0; i < 100; i++) { // past the block compiler's threshold
            execute(CODE);
        }
        cpu.x[1] = DATA2;
        assertAbort(assertThrows(GuestException.class, () -> execute(CODE)), GuestException.Kind.DATA_ABORT, 0x0f, DATA2);
    }

    @Test
    void staleTranslationIsReplacedAfterTlbiVae1() {
        Tables t = identityCode(12);
        long va = 0x0000_0000_6000_5000L; // not the code page's TLB index
        t.map(va, DATA, 3);
        t.enable(1);
        memory.write64(DATA, 1);
        memory.write64(DATA2, 2);
        cpu.x[1] = va;
        run(CODE, LDR_X0_X1, BRK_0);
        assertEquals(1, cpu.x[0]);
        t.map(va, DATA2, 3);
        run(CODE, LDR_X0_X1, BRK_0);
        assertEquals(1, cpu.x[0], "cached until invalidated (allowed by D8.13)");
        cpu.x[1] = va >>> 12 | 1L << 48;
        run(CODE, TLBI_VAE1_X1, BRK_0);
        cpu.x[1] = va;
        run(CODE, LDR_X0_X1, BRK_0);
        assertEquals(2, cpu.x[0]);
    }

    @Test
    void tlbiOfOneAddressDropsTheWholeBlock() {
        Tables t = identityCode(12);
        long va = 0x0000_0000_8000_0000L;
        t.map(va, RAM & -(1L << 21), 2);
        t.enable(1);
        cpu.x[1] = va + 0x1_0000;
        run(CODE, LDR_X0_X1, BRK_0);
        memory.write64(t.slot(memory.read64(t.slot(memory.read64(t.slot(t.root, va, 0)) & ~0xfffL, va, 1)) & ~0xfffL, va, 2), 0);
        cpu.x[1] = va >>> 12 | 1L << 48;
        run(CODE, TLBI_VAE1IS_X1, BRK_0);
        cpu.x[1] = va + 0x1_0000;
        assertAbort(fault(CODE, LDR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x06, va + 0x1_0000);
    }

    @Test
    void asideOnlyDropsThatAsidsNonGlobalEntries() {
        Tables t = identityCode(12);
        long va = 0x0000_0000_6000_5000L; // not the code page's TLB index
        t.put(va, DATA | 1L << 10 | 1L << 11 | 3, 3); // nG
        t.enable(1);
        memory.write64(DATA, 1);
        memory.write64(DATA2, 2);
        cpu.x[1] = va;
        run(CODE, LDR_X0_X1, BRK_0);
        t.put(va, DATA2 | 1L << 10 | 1L << 11 | 3, 3);
        cpu.x[1] = 2L << 48;
        run(CODE, TLBI_ASIDE1_X1, BRK_0);
        cpu.x[1] = va;
        run(CODE, LDR_X0_X1, BRK_0);
        assertEquals(1, cpu.x[0], "ASID 2's invalidation leaves ASID 1's entry");
        cpu.x[1] = 1L << 48;
        run(CODE, TLBI_ASIDE1_X1, BRK_0);
        cpu.x[1] = va;
        run(CODE, LDR_X0_X1, BRK_0);
        assertEquals(2, cpu.x[0]);
    }

    @Test
    void asidSwitchNeedsNoTlbi() {
        long va = 0x0000_0000_6000_0000L;
        Tables one = identityCode(12);
        one.put(va, DATA | 1L << 10 | 1L << 11 | 3, 3); // nG
        Tables two = new Tables(12, RAM + 0x380_0000);
        two.map(CODE, CODE, 3);
        two.put(va, DATA2 | 1L << 10 | 1L << 11 | 3, 3);
        memory.write64(DATA, 1);
        memory.write64(DATA2, 2);
        one.enable(1);
        cpu.x[1] = va;
        memory.write32(CODE, LDR_X0_X1);
        memory.write32(CODE + 4, BRK_0);
        for (int round = 0; round < 3; round++) {
            set("TTBR0_EL1", 1L << 48 | one.root);
            execute(CODE);
            assertEquals(1, cpu.x[0], "ASID 1, round " + round);
            set("TTBR0_EL1", 2L << 48 | two.root);
            execute(CODE);
            assertEquals(2, cpu.x[0], "ASID 2, round " + round);
        }
    }

    @Test
    void sameVaInTwoAsidsRunsEachItsOwnCode() {
        long va = 0x0000_0000_7000_0000L;
        long codeA = RAM + 0x30_0000;
        long codeB = RAM + 0x31_0000;
        memory.write32(codeA, MOV_X0_1);
        memory.write32(codeA + 4, BRK_0);
        memory.write32(codeB, MOV_X0_2);
        memory.write32(codeB + 4, BRK_0);
        Tables a = new Tables(12);
        a.put(va, codeA | 1L << 10 | 1L << 11 | 3, 3);
        Tables b = new Tables(12, RAM + 0x380_0000);
        b.put(va, codeB | 1L << 10 | 1L << 11 | 3, 3);
        a.enable(1);
        for (int i = 0; i < 100; i++) { // past the block compiler's threshold
            set("TTBR0_EL1", 1L << 48 | a.root);
            execute(va);
            assertEquals(1, cpu.x[0], "ASID 1, round " + i);
            set("TTBR0_EL1", 2L << 48 | b.root);
            execute(va);
            assertEquals(2, cpu.x[0], "ASID 2, round " + i);
        }
    }

    @Test
    void codeWrittenThroughAnAliasRunsAtItsOtherAddress() {
        Tables t = identityCode(12);
        long exec = 0x0000_0000_7000_0000L;
        long alias = 0x0000_0000_7100_0000L;
        long code = RAM + 0x30_0000;
        t.put(exec, code | 1L << 10 | 2L << 6 | 3, 3); // read-only, executable
        t.put(alias, code | 1L << 10 | 1L << 54 | 1L << 53 | 3, 3); // read-write, never executable
        t.enable(1);
        memory.write32(code, MOV_X0_1);
        memory.write32(code + 4, BRK_0);
        for (int i = 0; i < 100; i++) {
            execute(exec);
        }
        assertEquals(1, cpu.x[0]);
        cpu.x[0] = MOV_X0_2 & 0xffffffffL;
        cpu.x[1] = alias;
        run(CODE, 0xb9000020, BRK_0); // str w0, [x1]
        execute(exec);
        assertEquals(2, cpu.x[0]);
    }

    @Test
    void atWritesParWithAddressAttributesOrFault() {
        Tables t = identityCode(12);
        long va = 0x0000_0000_6000_0000L;
        t.put(va, DATA | 1L << 10 | 3L << 6 | 3L << 8 | 1 << 2 | 3, 3); // EL0/EL1 read-only, inner shareable, Attr1
        t.enable(1);
        cpu.x[1] = va + 0x123;
        run(CODE, AT_S1E1R_X1, BRK_0);
        assertEquals(0xffL << 56 | DATA | 3L << 7 | 1L << 9 | 1L << 11, get("PAR_EL1"));
        run(CODE, AT_S1E0R_X1, BRK_0);
        assertEquals(0xffL << 56 | DATA | 3L << 7 | 1L << 9 | 1L << 11, get("PAR_EL1"));
        run(CODE, AT_S1E0W_X1, BRK_0);
        assertEquals(1L | 0x0fL << 1 | 1L << 11, get("PAR_EL1"));
        run(CODE, AT_S1E1W_X1, BRK_0);
        assertEquals(1L | 0x0fL << 1 | 1L << 11, get("PAR_EL1"));
        cpu.x[1] = 0x0000_0000_6100_0000L; // no level 2 table entry there
        run(CODE, AT_S1E1R_X1, BRK_0);
        assertEquals(1L | 0x06L << 1 | 1L << 11, get("PAR_EL1"));
    }

    @Test
    void dcZvaIsAWriteThroughTheMmu() {
        Tables t = identityCode(12);
        long va = 0x0000_0000_6000_0000L;
        t.map(va, DATA, 3);
        t.enable(1);
        memory.write64(DATA + 0x40, -1);
        cpu.x[1] = va + 0x44;
        run(CODE, DC_ZVA_X1, BRK_0);
        assertEquals(0, memory.read64(DATA + 0x40));
        cpu.x[1] = va + 0x1044;
        assertAbort(fault(CODE, DC_ZVA_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x47, va + 0x1044); // FAR = Xt, as QEMU
    }

    @Test
    void accessAcrossAPageBoundaryTranslatesBothPages() {
        Tables t = identityCode(12);
        long va = 0x0000_0000_6000_0000L;
        t.map(va, DATA, 3);
        t.map(va + 0x1000, DATA2, 3);
        t.enable(1);
        memory.write32(DATA + 0xffc, 0x44332211);
        memory.write32(DATA2, 0x88776655);
        cpu.x[1] = va + 0xffc;
        run(CODE, LDR_X0_X1, BRK_0);
        assertEquals(0x8877665544332211L, cpu.x[0]);
    }

    @Test
    void topByteIgnoreAppliesToDataWhenTbi0IsSet() {
        Tables t = identityCode(12);
        long va = 0x0000_0000_6000_0000L;
        t.map(va, DATA, 3);
        t.enable(1);
        memory.write64(DATA, 3);
        cpu.x[1] = 0x5a00_0000_6000_0000L;
        assertAbort(fault(CODE, LDR_X0_X1, BRK_0), GuestException.Kind.DATA_ABORT, 0x04, 0x5a00_0000_6000_0000L);
        set("TCR_EL1", get("TCR_EL1") | 1L << 37);
        run(CODE, LDR_X0_X1, BRK_0);
        assertEquals(3, cpu.x[0]);
    }

    @Test
    void mmuOffIsIdentityAndTlbiIsHarmless() {
        memory.write64(DATA, 9);
        cpu.x[1] = DATA;
        run(CODE, LDR_X0_X1, TLBI_VMALLE1, BRK_0);
        assertEquals(9, cpu.x[0]);
        run(CODE, AT_S1E1R_X1, BRK_0);
        assertEquals(DATA | 1L << 9 | 1L << 11, get("PAR_EL1"));
    }

    @Test
    void innerShareableTlbiReachesTheOtherVcpu() {
        Tables t = identityCode(12);
        long va = 0x0000_0000_6000_5000L;
        t.map(va, DATA, 3);
        t.enable(1);
        Cpu other = new Cpu();
        Mmu otherMmu = new Mmu(other, memory);
        Interpreter<A64Executor> otherInterpreter = new Interpreter<>(other, memory, new A64Executor(other, memory));
        other.el = 1;
        for (String r : new String[] {"MAIR_EL1", "TCR_EL1", "TTBR0_EL1", "TTBR1_EL1", "SCTLR_EL1"}) {
            SystemRegisters.write(other, SystemRegisters.lookup(r), get(r));
        }
        Mmu.Broadcast both = (op, operand) -> {
            mmu.invalidate(op, operand);
            otherMmu.invalidate(op, operand);
        };
        mmu.setBroadcast(both);
        otherMmu.setBroadcast(both);
        memory.write64(DATA, 1);
        memory.write64(DATA2, 2);
        other.x[1] = va;
        other.pc = CODE + 0x100;
        memory.write32(CODE + 0x100, LDR_X0_X1);
        memory.write32(CODE + 0x104, BRK_0);
        assertThrows(GuestException.class, () -> otherInterpreter.run(10));
        assertEquals(1, other.x[0]);
        t.map(va, DATA2, 3);
        cpu.x[1] = va >>> 12 | 1L << 48;
        run(CODE, TLBI_VAE1IS_X1, BRK_0);
        other.pc = CODE + 0x100;
        assertThrows(GuestException.class, () -> otherInterpreter.run(10));
        assertEquals(2, other.x[0], "the other vCPU's entry went with the broadcast");
    }

    @Test
    void wxnStopsEl0FetchFromAPageEl0CanWrite() {
        Tables t = new Tables(12);
        t.put(CODE, CODE | 1L << 10 | 1L << 6 | 3, 3); // AP = 01: EL0 read-write, UXN clear
        t.enable(1);
        cpu.el = 0;
        memory.write32(CODE, BRK_0);
        execute(CODE);
        set("SCTLR_EL1", get("SCTLR_EL1") | 1L << 19);
        cpu.pc = CODE;
        assertAbort(assertThrows(GuestException.class, () -> interpreter.run(10)), GuestException.Kind.INSTRUCTION_ABORT, 0x0f, CODE);
    }

    @Test
    void eightBitAsidsIgnoreTheOperandsUpperAsidBits() {
        Tables t = identityCode(12);
        long va = 0x0000_0000_6000_5000L;
        t.put(va, DATA | 1L << 10 | 1L << 11 | 3, 3); // nG
        t.enable(0x12);
        set("TCR_EL1", get("TCR_EL1") & ~(1L << 36)); // AS = 0: 8-bit ASIDs
        memory.write64(DATA, 1);
        memory.write64(DATA2, 2);
        cpu.x[1] = va;
        run(CODE, LDR_X0_X1, BRK_0);
        t.put(va, DATA2 | 1L << 10 | 1L << 11 | 3, 3);
        cpu.x[1] = 0x3412L << 48; // ASID 0x12 in its low 8 bits
        run(CODE, TLBI_ASIDE1_X1, BRK_0);
        cpu.x[1] = va;
        run(CODE, LDR_X0_X1, BRK_0);
        assertEquals(2, cpu.x[0]);
    }
}
