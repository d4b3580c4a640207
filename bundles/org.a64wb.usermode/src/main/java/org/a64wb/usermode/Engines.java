package org.a64wb.usermode;

import org.a64wb.emulator.A64Executor;
import org.a64wb.emulator.ExecutionBase;
import org.a64wb.emulator.Interpreter;
import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.isa.a64.A64Semantics;

/** Builds the interpreter engine for a process. */
public final class Engines {

    private Engines() {
    }

    /** The interpreter over {@code executor}. */
    public static <E extends ExecutionBase & A64Semantics> Engine interpreter(Cpu cpu, PhysicalMemory memory, E executor) {
        return new Interpreter<>(cpu, memory, executor)::run;
    }

    /** The interpreter over the complete A64 semantics. */
    public static Engine standard(Cpu cpu, PhysicalMemory memory) {
        return interpreter(cpu, memory, new A64Executor(cpu, memory));
    }
}
