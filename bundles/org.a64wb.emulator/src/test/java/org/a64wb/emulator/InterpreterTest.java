package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.junit.jupiter.api.Test;

/** The interpreter loop: decode cache, self-modifying code, stepping, counting, exceptions. */
class InterpreterTest {

    private static final long BASE = 0x40000000L;

    private final Cpu cpu = new Cpu();
    private final PhysicalMemory memory = new PhysicalMemory();
    private final Interpreter<A64Executor> interpreter = new Interpreter<>(cpu, memory, new A64Executor(cpu, memory));

    InterpreterTest() {
        memory.map(BASE, 0x10000);
        cpu.pc = BASE;
    }

    private void code(long address, int... words) {
        for (int i = 0; i < words.length; i++) {
            memory.write32(address + 4L * i, words[i]);
        }
    }

    @Test
    void aLoopRunsAndCountsEveryInstruction() {
        // mov x0, #0 ; mov x1, #10 ; loop: add x0, x0, x1 ; subs x1, x1, #1 ; b.ne loop ; brk #0
        code(BASE, 0xd2800000, 0xd2800141, 0x8b010000, 0xf1000421, 0x54ffffc1, 0xd4200000);
        GuestException stop = assertThrows(GuestException.class, () -> interpreter.run(1_000));
        assertEquals(GuestException.Kind.BREAKPOINT, stop.kind());
        assertEquals(55, cpu.x(0));
        assertEquals(2 + 10 * 3, cpu.instructions);
        assertEquals(BASE + 20, cpu.pc);
    }

    @Test
    void translationStatisticsAccountForEveryInstructionAndEveryBlock() {
        // mov x0, #0 ; mov x1, #1000 ; loop: add x0, x0, x1 ; subs x1, x1, #1 ; b.ne loop ; brk #0
        code(BASE, 0xd2800000, 0xd2807d01, 0x8b010000, 0xf1000421, 0x54ffffc1, 0xd4200000);
        TranslationStatistics.Snapshot before = TranslationStatistics.snapshot();
        assertThrows(GuestException.class, () -> interpreter.run(100_000));
        TranslationStatistics.Snapshot run = TranslationStatistics.snapshot().since(before);
        assertEquals(2 + 1000 * 3, cpu.instructions);
        assertEquals(cpu.instructions, run.compiled() + run.interpreted(), "each instruction once, interpreted or in a block");
        // Only where a basic block starts counts: the loop's three instructions become one block.
        assertEquals(1, run.blocks());
        assertEquals(3, run.blockInstructions());
        assertEquals(3 * run.blockRuns(), run.compiled());
        // The first iteration falls into the loop (not a block start); the branch back starts a block each time after.
        assertEquals(1000 - 1 - Interpreter.JIT_THRESHOLD, run.blockRuns(), "every iteration after the threshold");
        assertEquals(1, run.pagesDecoded());
        assertTrue(run.bytecodeBytes() > 0 && run.translationNanos() > 0, run.toString());
        assertTrue(run.describe().startsWith("1 blocks translated (3 guest instructions"), run.describe());
    }

    @Test
    void singleStepExecutesExactlyOneInstruction() {
        code(BASE, 0x91000400, 0x91000400);  // add x0, x0, #1 twice
        interpreter.step();
        assertEquals(1, cpu.x(0));
        assertEquals(BASE + 4, cpu.pc);
        assertEquals(1, cpu.instructions);
    }

    @Test
    void storingOverCachedCodeRunsTheNewInstruction() {
        // x1 = address of the patched slot; x2 = the word "mov x0, #42"
        // 0: adr x1, #16 ; 4: ldr w2, [x1, #8] (the word stored at slot+8) ; 8: str w2, [x1] ; 12: b #4 (to 16)
        // 16: mov x0, #1 (patched to mov x0, #42) ; 20: brk #0 ; 24: data: mov x0, #42
        code(BASE, 0x10000081, 0xb9400822, 0xb9000022, 0x14000001, 0xd2800020, 0xd4200000, 0xd2800540);
        interpreter.run(3);  // decodes the first page, then overwrites slot 16 before reaching it
        assertThrows(GuestException.class, () -> interpreter.run(100));
        assertEquals(42, cpu.x(0));
    }

    @Test
    void codeThatWasAlreadyDecodedIsDecodedAgainAfterAWrite() {
        code(BASE, 0xd2800020, 0xd4200000);       // mov x0, #1 ; brk #0
        assertThrows(GuestException.class, () -> interpreter.run(10));
        assertEquals(1, cpu.x(0));
        memory.write32(BASE, 0xd2800540);          // mov x0, #42: the host (a loader, a debugger) patches code
        cpu.pc = BASE;
        assertThrows(GuestException.class, () -> interpreter.run(10));
        assertEquals(42, cpu.x(0));
    }

    @Test
    void anUnallocatedWordIsUndefinedAndLeavesPcOnIt() {
        code(BASE, 0x91000400, 0x00000000 | 0x02000000);
        GuestException undefined = assertThrows(GuestException.class, () -> interpreter.run(10));
        assertEquals(GuestException.Kind.UNDEFINED, undefined.kind());
        assertEquals(BASE + 4, undefined.pc());
        assertEquals(BASE + 4, cpu.pc);
        assertEquals(1, cpu.instructions);
    }

    @Test
    void anAbortInsideACompiledBlockLeavesPcOnTheLoadAndCountsOnlyWhatCompleted() {
        // add x0, x0, #1 ; ldr x1, [x2] ; add x0, x0, #1 ; brk #0 -- hot enough to be compiled
        code(BASE, 0x91000400, 0xf9400041, 0x91000400, 0xd4200000);
        for (int i = 0; i < 3 * Interpreter.JIT_THRESHOLD; i++) {
            cpu.pc = BASE;
            cpu.x[2] = BASE + 0x8000;
            assertThrows(GuestException.class, () -> interpreter.run(100));
        }
        long before = cpu.instructions;
        long x0 = cpu.x(0);
        cpu.pc = BASE;
        cpu.x[2] = 0x1000;
        assertThrows(org.a64wb.emulator.memory.MemoryAbort.class, () -> interpreter.run(100));
        assertEquals(BASE + 4, cpu.pc);
        assertEquals(before + 1, cpu.instructions);
        assertEquals(x0 + 1, cpu.x(0));
    }

    @Test
    void fetchingOutsideRamIsAnInstructionAbort() {
        cpu.pc = 0x1000;
        GuestException abort = assertThrows(GuestException.class, () -> interpreter.run(1));
        assertEquals(GuestException.Kind.INSTRUCTION_ABORT, abort.kind());
        assertEquals(0x1000, abort.address());
    }
}
