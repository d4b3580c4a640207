package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.memory.MemoryAbort;
import org.a64wb.emulator.memory.PendingAbort;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A load or store that no RAM backs (an MMIO access) is precise without a Java exception: with aborts left pending,
 * {@link Interpreter#run} returns with the abort in {@code cpu.pendingAbort}, PC on the instruction, every register
 * (X, SP, V, NZCV, the exclusive monitor) as it was before it and the instruction count exact, in the interpreter and
 * in a compiled block. The reference is the same program run for one instruction (the one before the access) on a
 * fresh CPU: nothing of the aborted instruction may show. Encodings from llvm-mc.
 */
class PendingAbortTest {

    private static final long BASE = 0x4000_0000L;
    private static final long RAM_SIZE = 0x1_0000L;
    /** No RAM here. */
    private static final long DEVICE = 0x1000_0000L;
    private static final int ADD_X5 = 0x910004a5;
    private static final int ADD_X6 = 0x910004c6;
    private static final int BRK = 0xd4200000;

    static Stream<Arguments> accesses() {
        return Stream.of(
                // name, word, x1, expected FAR, write
                Arguments.of("stp x2, x3, [x1, #-16]!", 0xa9bf0c22, DEVICE + 0x40, DEVICE + 0x30, true),
                Arguments.of("ldp x0, x2, [x1], #16", 0xa8c10820, DEVICE, DEVICE, false),
                Arguments.of("str x0, [x1], #8", 0xf8008420, DEVICE, DEVICE, true),
                Arguments.of("ldr x0, [x1, #-8]!", 0xf85f8c20, DEVICE + 0x10, DEVICE + 0x8, false),
                Arguments.of("str x2, [x1]", 0xf9000022, DEVICE, DEVICE, true),
                Arguments.of("ldr x0, [x1]", 0xf9400020, DEVICE, DEVICE, false),
                Arguments.of("ldrb w0, [x1], #1", 0x38401420, DEVICE + 3, DEVICE + 3, false),
                Arguments.of("ldpsw x0, x2, [x1, #8]!", 0x69c10820, DEVICE, DEVICE + 8, false),
                Arguments.of("stp w2, w3, [x1]", 0x29000c22, DEVICE, DEVICE, true),
                Arguments.of("stp q0, q1, [x1], #32", 0xac810420, DEVICE, DEVICE, true),
                Arguments.of("ldr q2, [x1, #16]!", 0x3cc10c22, DEVICE, DEVICE + 16, false),
                Arguments.of("ld1 {v0.16b, v1.16b}, [x1], #32", 0x4cdfa020, DEVICE, DEVICE, false),
                Arguments.of("st2 {v3.s, v4.s}[1], [x1], x7", 0x0da79023, DEVICE, DEVICE, true),
                Arguments.of("ldxr x0, [x1]", 0xc85f7c20, DEVICE, DEVICE, false),
                Arguments.of("ldadd x2, x0, [x1]", 0xf8220020, DEVICE, DEVICE, false),
                // A pair whose second element is past the end of RAM: the first is written (architectural order), the
                // abort names the second.
                Arguments.of("stp x2, x3, [x1] across the end of RAM", 0xa9000c22, BASE + RAM_SIZE - 8, BASE + RAM_SIZE, true));
    }

    private static final class Machine {
        final Cpu cpu = new Cpu();
        final PhysicalMemory memory = new PhysicalMemory();
        final Interpreter<A64Executor> interpreter = new Interpreter<>(cpu, memory, new A64Executor(cpu, memory));

        Machine(int word) {
            memory.map(BASE, RAM_SIZE);
            int[] code = {ADD_X5, word, ADD_X6, BRK};
            for (int i = 0; i < code.length; i++) {
                memory.write32(BASE + 4L * i, code[i]);
            }
            interpreter.leaveAbortsPending();
        }

        /** Distinct values in every register, x1 = {@code x1}, PC at the program. */
        void start(long x1) {
            for (int n = 0; n < 31; n++) {
                cpu.x[n] = 0x0101_0101_0101_0101L * (n + 1);
            }
            cpu.x[1] = x1;
            cpu.x[7] = 16;
            for (int n = 0; n < 64; n++) {
                cpu.v[n] = 0x1111_0000_0000_0000L + n;
            }
            cpu.spEl0 = BASE + 0x9000;
            cpu.spEl1 = BASE + 0xa000;
            cpu.nzcv = 0x6000_0000;
            cpu.exclusiveArmed = false;
            cpu.exclusiveAddress = 0;
            cpu.pc = BASE;
        }

        long[] state() {
            long[] s = new long[31 + 64 + 6];
            System.arraycopy(cpu.x, 0, s, 0, 31);
            System.arraycopy(cpu.v, 0, s, 31, 64);
            s[95] = cpu.spEl0;
            s[96] = cpu.spEl1;
            s[97] = cpu.nzcv;
            s[98] = cpu.pc;
            s[99] = cpu.exclusiveArmed ? 1 : 0;
            s[100] = cpu.exclusiveAddress;
            return s;
        }
    }

    /** The state after the program's first instruction alone, from {@code x1}: what the aborted run must leave. */
    private static long[] reference(int word, long x1) {
        Machine m = new Machine(word);
        m.start(x1);
        assertEquals(1, m.interpreter.run(1));
        assertFalse(m.cpu.pendingAbort.pending);
        return m.state();
    }

    private static void assertAbortedPrecisely(Machine m, String name, int word, long x1, long far, boolean write) {
        long[] expected = reference(word, x1);
        long before = m.cpu.instructions;
        m.start(x1);
        long completed = m.interpreter.run(100);
        PendingAbort abort = m.cpu.pendingAbort;
        assertTrue(abort.pending, name + ": no abort pending");
        assertEquals(1, completed, name + ": instructions completed");
        assertEquals(before + 1, m.cpu.instructions, name + ": instruction count");
        assertArrayEquals(expected, m.state(), name + ": X0..X30, V0..V31, SP_EL0, SP_EL1, NZCV, PC, monitor");
        assertEquals(far, abort.virtualAddress(), name + ": FAR");
        assertEquals(far, abort.address(), name + ": IPA (no translation)");
        assertEquals(write, abort.write(), name + ": WnR");
        abort.clear();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accesses")
    void anInterpretedAccessOutsideRamStopsBeforeTheInstruction(String name, int word, long x1, long far, boolean write) {
        Machine m = new Machine(word);
        assertAbortedPrecisely(m, name, word, x1, far, write);
        assertFalse(m.interpreter.compiledAt(BASE), name + ": ran interpreted");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accesses")
    void aCompiledAccessOutsideRamStopsBeforeTheInstruction(String name, int word, long x1, long far, boolean write) {
        Machine m = new Machine(word);
        for (int i = 0; i < 2 * Interpreter.JIT_THRESHOLD; i++) {
            m.start(BASE + 0x8000);
            assertThrows(GuestException.class, () -> m.interpreter.run(100));
        }
        assertTrue(m.interpreter.compiledAt(BASE), name + ": the block was compiled");
        assertAbortedPrecisely(m, name, word, x1, far, write);
        // The pending abort was taken: the block runs on from RAM as before.
        m.start(BASE + 0x8000);
        assertThrows(GuestException.class, () -> m.interpreter.run(100));
        assertEquals(BASE + 12, m.cpu.pc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accesses")
    void withoutLeavingAbortsPendingTheRunThrowsTheSameAbort(String name, int word, long x1, long far, boolean write) {
        Cpu cpu = new Cpu();
        PhysicalMemory memory = new PhysicalMemory();
        memory.map(BASE, RAM_SIZE);
        int[] code = {ADD_X5, word, ADD_X6, BRK};
        for (int i = 0; i < code.length; i++) {
            memory.write32(BASE + 4L * i, code[i]);
        }
        Interpreter<A64Executor> interpreter = new Interpreter<>(cpu, memory, new A64Executor(cpu, memory));
        cpu.x[1] = x1;
        cpu.x[7] = 16;
        cpu.pc = BASE;
        MemoryAbort abort = assertThrows(MemoryAbort.class, () -> interpreter.run(100));
        assertEquals(far, abort.virtualAddress(), name);
        assertEquals(write, abort.write(), name);
        assertEquals(BASE + 4, cpu.pc, name);
        assertEquals(1, cpu.instructions, name);
        assertFalse(cpu.pendingAbort.pending, name + ": taken by the exception");
    }
}
