package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.cpu.GuestException.Kind;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.emulator.semantics.SystemRegisters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Self-hosted debug in the interpreter (Arm ARM D2): when breakpoints, watchpoints and software step raise their
 * exceptions (OS lock, OS double lock, MDE, KDE, PSTATE.D, EL0), where (before the instruction or the access, PC
 * and FAR), with which ISS, also in code that was compiled to blocks before the debug registers were armed.
 * Instruction words are llvm-mc's.
 */
class SelfHostedDebugTest {

    private static final long BASE = 0x4000_0000L;
    private static final long DATA = BASE + 0x8000;

    private static final int NOP = 0xd503201f;
    private static final int ADD_X0_1 = 0x91000400;
    private static final int SUB_X3_1 = 0xd1000463; // sub x3, x3, #1
    private static final int CBNZ_X3_BACK_12 = 0xb5ffffa3; // cbnz x3, #-12
    private static final int LDR_X1_X2 = 0xf9400041;
    private static final int STR_X1_X2 = 0xf9000041;
    private static final int STP_X3_X4_X2 = 0xa9001043;
    private static final int LDXR_X1_X2 = 0xc85f7c41;
    private static final int STXR_W5_X1_X2 = 0xc8057c41;
    private static final int LDADD_X3_X4_X2 = 0xf8230044;
    private static final int SVC_0 = 0xd4000001;
    private static final int ERET = 0xd69f03e0;
    private static final int DC_ZVA_X2 = 0xd50b7422;
    private static final int BRK_0 = 0xd4200000;

    private static final long MDE = 1L << 15;
    private static final long KDE = 1L << 13;
    private static final long SS = 1;
    /** DBGBCR: E, PMC = EL0 and EL1, BAS = 0b1111. */
    private static final long BREAK_ANY_EL = 0x1e7;
    private static final long ISV = 1L << 24;
    private static final long DEBUG_FSC = 0x22;
    private static final long WNR = 1L << 6;

    private final Cpu cpu = new Cpu();
    private final PhysicalMemory memory = new PhysicalMemory();
    private final Interpreter<A64Executor> interpreter = new Interpreter<>(cpu, memory, new A64Executor(cpu, memory));

    @BeforeEach
    void atEl1() {
        memory.map(BASE, 0x10000);
        cpu.pc = BASE;
        cpu.el = 1;
        cpu.spsel = 1;
        cpu.daif = 0x1c0; // D clear, A I F masked
        cpu.x[2] = DATA;
    }

    private void code(long address, int... words) {
        for (int i = 0; i < words.length; i++) {
            memory.write32(address + 4L * i, words[i]);
        }
    }

    private void write(String register, long value) {
        SystemRegisters.write(cpu, SystemRegisters.lookup(register), value);
    }

    private void unlockAndEnable(long mdscr) {
        write("OSLAR_EL1", 0);
        write("MDSCR_EL1", mdscr);
    }

    /** DBGWCR: E, PAC = EL0 and EL1, LSC, BAS. */
    private static long watch(int lsc, int bas) {
        return 1 | 3 << 1 | lsc << 3 | bas << 5;
    }

    private GuestException stop() {
        return assertThrows(GuestException.class, () -> interpreter.run(1_000));
    }

    // ---- breakpoints ----

    @Test
    void aBreakpointIsTakenBeforeItsInstruction() {
        code(BASE, ADD_X0_1, ADD_X0_1, ADD_X0_1, BRK_0);
        unlockAndEnable(MDE | KDE);
        write("DBGBVR3_EL1", BASE + 8);
        write("DBGBCR3_EL1", BREAK_ANY_EL);
        GuestException e = stop();
        assertEquals(Kind.HARDWARE_BREAKPOINT, e.kind());
        assertEquals(BASE + 8, e.pc());
        assertEquals(BASE + 8, cpu.pc);
        assertEquals(DEBUG_FSC, e.immediate());
        assertEquals(2, cpu.x[0]);
        assertEquals(2, cpu.instructions);
    }

    @Test
    void aContextIdBreakpointIsTakenOnTheFirstInstructionRunInItsContext() {
        // Breakpoint 5 is context-aware; BT = 0b0010 compares DBGBVR5_EL1[31:0] with CONTEXTIDR_EL1 on every instruction.
        code(BASE, ADD_X0_1, ADD_X0_1, BRK_0);
        unlockAndEnable(MDE | KDE);
        write("CONTEXTIDR_EL1", 0x42);
        write("DBGBVR5_EL1", 0x42);
        write("DBGBCR5_EL1", BREAK_ANY_EL | 0b0010L << 20);
        GuestException e = stop();
        assertEquals(Kind.HARDWARE_BREAKPOINT, e.kind());
        assertEquals(BASE, e.pc());
        assertEquals(0, cpu.instructions);
        write("CONTEXTIDR_EL1", 0x43);
        assertEquals(Kind.BREAKPOINT, stop().kind(), "another context runs to the BRK");
        assertEquals(2, cpu.x[0]);
    }

    @Test
    void aLinkedWatchpointNeedsItsContextBreakpointToMatch() {
        code(BASE, STR_X1_X2, STR_X1_X2, BRK_0);
        unlockAndEnable(MDE | KDE);
        write("CONTEXTIDR_EL1", 7);
        write("DBGBVR4_EL1", 8);
        write("DBGBCR4_EL1", BREAK_ANY_EL | 0b0011L << 20);
        write("DBGWVR0_EL1", DATA);
        write("DBGWCR0_EL1", watch(2, 0xff) | 1L << 20 | 4L << 16);
        assertEquals(Kind.BREAKPOINT, stop().kind(), "context 7 is not breakpoint 4's 8");
        cpu.pc = BASE;
        write("CONTEXTIDR_EL1", 8);
        GuestException e = stop();
        assertEquals(Kind.WATCHPOINT, e.kind());
        assertEquals(DATA, e.address());
    }

    @Test
    void theOsLockSetAtResetAndTheDoubleLockDisableDebugExceptions() {
        code(BASE, ADD_X0_1, BRK_0);
        write("MDSCR_EL1", MDE | KDE);
        write("DBGBVR0_EL1", BASE);
        write("DBGBCR0_EL1", BREAK_ANY_EL);
        assertFalse(cpu.debugArmed, "OSLSR_EL1.OSLK is 1 after reset");
        assertEquals(Kind.BREAKPOINT, stop().kind(), "the BRK, not the breakpoint");
        write("OSLAR_EL1", 0);
        assertTrue(cpu.debugArmed);
        write("OSDLR_EL1", 1);
        assertFalse(cpu.debugArmed, "OSDLR_EL1.DLK");
        cpu.pc = BASE;
        assertEquals(Kind.BREAKPOINT, stop().kind());
        write("OSDLR_EL1", 0);
        cpu.pc = BASE;
        assertEquals(Kind.HARDWARE_BREAKPOINT, stop().kind());
    }

    @ParameterizedTest(name = "EL{0}, KDE {1}, PSTATE.D {2}: {3}")
    @CsvSource({"1, true, false, true", "1, false, false, false", "1, true, true, false", "0, false, true, true", "0, true, false, true"})
    void kdeAndPstateDGateEl1ButNotEl0(int el, boolean kde, boolean d, boolean taken) {
        code(BASE, NOP, BRK_0);
        unlockAndEnable(MDE | (kde ? KDE : 0));
        write("DBGBVR0_EL1", BASE);
        write("DBGBCR0_EL1", BREAK_ANY_EL);
        cpu.el = el;
        cpu.daif = d ? 0x3c0 : 0x1c0;
        assertEquals(taken ? Kind.HARDWARE_BREAKPOINT : Kind.BREAKPOINT, stop().kind());
    }

    @Test
    void withoutMdeNothingIsArmed() {
        unlockAndEnable(KDE);
        write("DBGBCR0_EL1", BREAK_ANY_EL);
        write("DBGWCR0_EL1", watch(3, 0xff));
        assertFalse(cpu.debugArmed);
        write("MDSCR_EL1", KDE | MDE);
        assertTrue(cpu.debugArmed);
        write("DBGBCR0_EL1", 0);
        write("DBGWCR0_EL1", 0);
        assertFalse(cpu.debugArmed, "nothing enabled");
        write("MDSCR_EL1", SS);
        assertTrue(cpu.debugArmed, "software step needs no MDE");
    }

    /** A loop hot enough to be compiled to blocks: x0 counts, x3 the iterations left; {@code first} is its first instruction. */
    private void runHotLoop(int first) {
        code(BASE, first, ADD_X0_1, SUB_X3_1, CBNZ_X3_BACK_12, BRK_0);
        cpu.x[3] = 4L * Interpreter.JIT_THRESHOLD;
        assertEquals(Kind.BREAKPOINT, stop().kind());
        cpu.pc = BASE;
        cpu.x[0] = 0;
        cpu.instructions = 0;
        cpu.x[3] = 10;
    }

    @Test
    void aBreakpointInCompiledCodeStopsThereWithExactCounts() {
        runHotLoop(NOP);
        unlockAndEnable(MDE | KDE);
        write("DBGBVR0_EL1", BASE + 8);
        write("DBGBCR0_EL1", BREAK_ANY_EL);
        GuestException e = stop();
        assertEquals(Kind.HARDWARE_BREAKPOINT, e.kind());
        assertEquals(BASE + 8, cpu.pc);
        assertEquals(1, cpu.x[0]);
        assertEquals(2, cpu.instructions);
    }

    // ---- watchpoints ----

    @Test
    void aWatchpointInCompiledCodeStopsTheLoadBeforeItWritesItsRegister() {
        runHotLoop(LDR_X1_X2);
        memory.write64(DATA, 0x1234);
        cpu.x[1] = 7;
        unlockAndEnable(MDE | KDE);
        write("DBGWVR2_EL1", DATA);
        write("DBGWCR2_EL1", watch(1, 0x80)); // byte 7 of the doubleword
        GuestException e = stop();
        assertEquals(Kind.WATCHPOINT, e.kind());
        assertEquals(BASE, e.pc());
        assertEquals(DATA + 7, e.address(), "FAR");
        assertEquals(DEBUG_FSC, e.immediate(), "WnR = 0");
        assertEquals(7, cpu.x[1]);
        assertEquals(0, cpu.instructions);
    }

    @Test
    void aStoreWatchpointIgnoresLoadsAndReportsWnR() {
        code(BASE, LDR_X1_X2, STR_X1_X2, BRK_0);
        unlockAndEnable(MDE | KDE);
        write("DBGWVR0_EL1", DATA);
        write("DBGWCR0_EL1", watch(2, 0x01));
        GuestException e = stop();
        assertEquals(Kind.WATCHPOINT, e.kind());
        assertEquals(BASE + 4, e.pc());
        assertEquals(DEBUG_FSC | WNR, e.immediate());
        assertEquals(DATA, e.address());
    }

    @Test
    void aStorePairHitsOnTheRegisterThatReachesTheWatchedBytes() {
        code(BASE, STP_X3_X4_X2, BRK_0);
        unlockAndEnable(MDE | KDE);
        write("DBGWVR0_EL1", DATA + 8);
        write("DBGWCR0_EL1", watch(2, 0xff));
        GuestException e = stop();
        assertEquals(DATA + 8, e.address());
        assertEquals(DEBUG_FSC | WNR, e.immediate());
    }

    @ParameterizedTest(name = "LSC {0}")
    @CsvSource({"1, 0", "2, 64", "3, 0"})
    void anAtomicReportsItsLoadFirst(int lsc, long wnr) {
        // Arm ARM ESR_ELx.WnR: for an atomic that reads and writes, 0 if a read would have caused the exception.
        code(BASE, LDADD_X3_X4_X2, BRK_0);
        unlockAndEnable(MDE | KDE);
        write("DBGWVR0_EL1", DATA);
        write("DBGWCR0_EL1", watch(lsc, 0xff));
        GuestException e = stop();
        assertEquals(Kind.WATCHPOINT, e.kind());
        assertEquals(DEBUG_FSC | wnr, e.immediate());
    }

    @Test
    void aStoreExclusiveIsAStoreOnly() {
        code(BASE, LDXR_X1_X2, STXR_W5_X1_X2, BRK_0);
        unlockAndEnable(MDE | KDE);
        write("DBGWVR0_EL1", DATA);
        write("DBGWCR0_EL1", watch(1, 0xff));
        GuestException load = stop();
        assertEquals(BASE, load.pc(), "LDXR is a load");
        write("DBGWCR0_EL1", 0);
        interpreter.step();
        write("DBGWCR0_EL1", watch(1, 0xff));
        assertEquals(Kind.BREAKPOINT, stop().kind(), "STXR is no load");
        assertEquals(0, cpu.x[5], "and it stored");
    }

    @Test
    void dcZvaIsWatchedAsAStoreOfItsWholeBlock() {
        code(BASE, DC_ZVA_X2, BRK_0);
        memory.write64(DATA + 16, -1L);
        cpu.x[2] = DATA + 8;
        unlockAndEnable(MDE | KDE);
        write("DBGWVR0_EL1", DATA + 16);
        write("DBGWCR0_EL1", watch(2, 0x01));
        GuestException e = stop();
        assertEquals(Kind.WATCHPOINT, e.kind());
        assertEquals(DATA + 16, e.address());
        assertEquals(DEBUG_FSC | WNR, e.immediate(), "CM = 0: DC ZVA is a store, not maintenance");
        assertEquals(-1L, memory.read64(DATA + 16), "nothing written");
    }

    // ---- software step ----

    @Test
    void aSteppedInstructionCompletesThenTheStepExceptionIsTaken() {
        runHotLoop(NOP);
        unlockAndEnable(SS | KDE);
        cpu.softwareStep = true;
        GuestException e = stop();
        assertEquals(Kind.SOFTWARE_STEP, e.kind());
        assertEquals(BASE + 4, e.pc());
        assertEquals(ISV | DEBUG_FSC, e.immediate(), "ISV = 1, EX = 0");
        assertEquals(1, cpu.instructions);
        assertFalse(cpu.softwareStep, "active-pending");
    }

    @Test
    void steppingALoadExclusiveSetsEx() {
        code(BASE, LDXR_X1_X2, BRK_0);
        unlockAndEnable(SS | KDE);
        cpu.softwareStep = true;
        assertEquals(ISV | 1L << 6 | DEBUG_FSC, stop().immediate());
    }

    @Test
    void activePendingWithoutAStepTakesTheExceptionAtOnceWithIsv0() {
        code(BASE, ADD_X0_1, BRK_0);
        unlockAndEnable(SS | KDE);
        GuestException e = stop();
        assertEquals(Kind.SOFTWARE_STEP, e.kind());
        assertEquals(BASE, e.pc());
        assertEquals(DEBUG_FSC, e.immediate());
        assertEquals(0, cpu.x[0]);
    }

    @Test
    void anSvcCompletesItsStep() {
        code(BASE, SVC_0);
        unlockAndEnable(SS | KDE);
        cpu.softwareStep = true;
        assertEquals(Kind.SUPERVISOR_CALL, stop().kind());
        assertFalse(cpu.softwareStep, "SPSR_EL1.SS will be 0");
        ExceptionEntry.take(cpu, 0x56000000L, 0, BASE + 4);
        assertEquals(0, SystemRegisters.read(cpu, SystemRegisters.lookup("SPSR_EL1")) & 1L << 21);
    }

    @Test
    void aFaultingInstructionIsSteppedAgain() {
        code(BASE, LDR_X1_X2);
        cpu.x[2] = 0x1000; // no RAM
        unlockAndEnable(SS | KDE);
        cpu.softwareStep = true;
        assertThrows(MemoryAbort.class, () -> interpreter.run(10));
        assertTrue(cpu.softwareStep, "still active-not-pending");
        assertEquals(1L << 21, ExceptionEntry.spsr(cpu) & 1L << 21, "SPSR.SS = 1 for the abort's entry");
    }

    @ParameterizedTest(name = "SPSR.SS {0}")
    @CsvSource({"true", "false"})
    void eretLoadsPstateSsFromSpsrWhereStepIsActive(boolean ss) {
        // EL1 with PSTATE.D set: no step there; the ERET to EL0 makes it active.
        code(BASE, ERET);
        code(BASE + 0x100, ADD_X0_1, ADD_X0_1);
        cpu.daif = 0x3c0;
        unlockAndEnable(SS);
        write("SPSR_EL1", ss ? 1L << 21 : 0);
        write("ELR_EL1", BASE + 0x100);
        GuestException e = stop();
        assertEquals(Kind.SOFTWARE_STEP, e.kind());
        assertEquals(0, cpu.el);
        assertEquals(ss ? BASE + 0x104 : BASE + 0x100, e.pc());
        assertEquals(ss ? ISV | DEBUG_FSC : DEBUG_FSC, e.immediate());
    }
}
