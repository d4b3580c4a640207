package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.emulator.semantics.SystemRegisters;
import org.junit.jupiter.api.Test;

/** IRQ, FIQ and SError entry between instructions (Arm ARM D1.10 AArch64.TakePhysicalIRQException and D1.3.6 masking). */
class InterruptEntryTest {

    private static final long BASE = 0x40000000L;
    private static final long VBAR = BASE + 0x8000;
    private static final int NOP = 0xd503201f;

    private final Cpu cpu = new Cpu();
    private final PhysicalMemory memory = new PhysicalMemory();
    private final Interpreter<A64Executor> interpreter = new Interpreter<>(cpu, memory, new A64Executor(cpu, memory));

    InterruptEntryTest() {
        memory.map(BASE, 0x10000);
        for (long a = BASE; a < BASE + 0x10000; a += 4) {
            memory.write32(a, NOP);
        }
        SystemRegisters.write(cpu, SystemRegisters.lookup("VBAR_EL1"), VBAR);
        cpu.pc = BASE;
    }

    private long sysreg(String name) {
        return SystemRegisters.read(cpu, SystemRegisters.lookup(name));
    }

    @Test
    void irqFromEl1WithSpElxEntersAtVectorPlus0x280AndReturnsToTheNextInstruction() {
        cpu.el = 1;
        cpu.spsel = 1;
        cpu.daif = 0;
        cpu.nzcv = 0x60000000;
        interpreter.run(3);
        SystemRegisters.write(cpu, SystemRegisters.lookup("ESR_EL1"), 0x1234);
        cpu.interruptLines = Cpu.LINE_IRQ;
        interpreter.run(1);
        assertEquals(VBAR + 0x280 + 4, cpu.pc, "one instruction executed at the vector");
        assertEquals(BASE + 12, sysreg("ELR_EL1"), "preferred return: the instruction that had not executed");
        assertEquals(0x60000000L | 0x5, sysreg("SPSR_EL1"), "NZCV, DAIF clear, EL1h");
        assertEquals(0x3c0, cpu.daif, "D, A, I, F masked on entry");
        assertEquals(0x1234, sysreg("ESR_EL1"), "IRQ does not write ESR_EL1");
    }

    @Test
    void irqFromEl0EntersAtTheLowerElVector() {
        cpu.el = 0;
        cpu.daif = 0;
        cpu.interruptLines = Cpu.LINE_IRQ;
        interpreter.run(1);
        assertEquals(VBAR + 0x480 + 4, cpu.pc);
        assertEquals(1, cpu.el);
        assertEquals(0, sysreg("SPSR_EL1") & 0xf, "EL0t");
    }

    @Test
    void fiqFromEl1WithSpEl0UsesTheFirstVectorGroup() {
        cpu.el = 1;
        cpu.spsel = 0;
        cpu.daif = 0;
        cpu.interruptLines = Cpu.LINE_FIQ | Cpu.LINE_IRQ;
        interpreter.run(1);
        assertEquals(VBAR + 0x100 + 4, cpu.pc, "FIQ first");
    }

    @Test
    void pstateIMasksIrqAtEl1AndEl0() {
        for (int el = 0; el <= 1; el++) {
            cpu.el = el;
            cpu.daif = 0x80;
            cpu.pc = BASE;
            cpu.interruptLines = Cpu.LINE_IRQ;
            interpreter.run(5);
            assertEquals(BASE + 20, cpu.pc, "masked at EL" + el);
        }
        assertEquals(0x80, sysreg("ISR_EL1"), "ISR_EL1.I shows the masked IRQ");
    }

    @Test
    void unmaskingWithMsrDaifClrTakesThePendingIrqBeforeTheNextInstruction() {
        cpu.el = 1;
        cpu.spsel = 1;
        cpu.daif = 0x3c0;
        memory.write32(BASE + 4, 0xd50342ff); // msr daifclr, #2
        cpu.interruptLines = Cpu.LINE_IRQ;
        interpreter.run(3);
        assertEquals(BASE + 8, sysreg("ELR_EL1"));
        assertEquals(VBAR + 0x280 + 4, cpu.pc);
        assertEquals(0x340L | 5, sysreg("SPSR_EL1"), "I clear in the saved PSTATE");
    }

    @Test
    void sErrorWritesItsSyndrome() {
        cpu.el = 1;
        cpu.spsel = 1;
        cpu.daif = 0;
        cpu.interruptLines = Cpu.LINE_SERROR;
        interpreter.run(1);
        assertEquals(VBAR + 0x380 + 4, cpu.pc);
        assertEquals(0x2fL << 26 | 1L << 25, sysreg("ESR_EL1"));
    }

    @Test
    void aHotLoopStillTakesTheInterruptWhenItsBlocksAreCompiled() {
        cpu.el = 1;
        cpu.spsel = 1;
        cpu.daif = 0;
        memory.write32(BASE + 8, 0x17fffffe); // b .-8: a two-instruction loop, compiled after 40 passes
        interpreter.run(10_000);
        cpu.interruptLines = Cpu.LINE_IRQ;
        interpreter.run(1);
        assertEquals(VBAR + 0x284, cpu.pc);
    }
}
