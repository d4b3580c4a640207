package org.a64wb.usermode;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

import org.a64wb.emulator.ExecutionBase;
import org.a64wb.emulator.Interpreter;
import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.isa.a64.A64Semantics;

/** Builds the interpreter engine for a process. */
public final class Engines {

    /** The executor combining every semantics group (looked up by name so this bundle builds without it). */
    public static final String EXECUTOR = "org.a64wb.emulator.A64Executor";

    private Engines() {
    }

    /** The interpreter over {@code executor}. */
    public static <E extends ExecutionBase & A64Semantics> Engine interpreter(Cpu cpu, PhysicalMemory memory, E executor) {
        return new Interpreter<>(cpu, memory, executor)::run;
    }

    /** The interpreter over the engine's {@value #EXECUTOR}, constructed with (Cpu, PhysicalMemory) or (Cpu, Memory). */
    public static Engine standard(Cpu cpu, PhysicalMemory memory) {
        Class<?> type;
        try {
            type = Class.forName(EXECUTOR, true, Engines.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the A64 executor " + EXECUTOR + " is not part of this build");
        }
        Object executor;
        try {
            Constructor<?> constructor;
            try {
                constructor = type.getConstructor(Cpu.class, PhysicalMemory.class);
            } catch (NoSuchMethodException e) {
                constructor = type.getConstructor(Cpu.class, Memory.class);
            }
            executor = constructor.newInstance(cpu, memory);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot create " + EXECUTOR + ": " + e);
        }
        if (!(executor instanceof ExecutionBase) || !(executor instanceof A64Semantics)) {
            throw new IllegalStateException(EXECUTOR + " does not extend ExecutionBase and implement A64Semantics");
        }
        return unchecked(cpu, memory, executor);
    }

    @SuppressWarnings("unchecked")
    private static <E extends ExecutionBase & A64Semantics> Engine unchecked(Cpu cpu, PhysicalMemory memory, Object executor) {
        return interpreter(cpu, memory, (E) executor);
    }
}
