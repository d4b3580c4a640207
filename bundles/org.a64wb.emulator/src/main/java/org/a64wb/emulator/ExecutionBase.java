package org.a64wb.emulator;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.emulator.semantics.Execution;

/** The state every semantics method reaches through {@link Execution}; the interpreter sets the current word. */
public abstract class ExecutionBase implements Execution {

    protected final Cpu cpu;
    protected final Memory memory;
    int word;

    protected ExecutionBase(Cpu cpu, Memory memory) {
        this.cpu = cpu;
        this.memory = memory;
    }

    @Override
    public final Cpu cpu() {
        return cpu;
    }

    @Override
    public final Memory memory() {
        return memory;
    }

    @Override
    public final int word() {
        return word;
    }
}
