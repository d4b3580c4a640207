package org.a64wb.emulator;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.emulator.semantics.EmulatorPorts;
import org.a64wb.emulator.semantics.Execution;
import org.a64wb.isa.access.AccessOp;

/** The state every semantics method reaches through {@link Execution}; the interpreter sets the current word. */
public abstract class ExecutionBase implements Execution {

    protected final Cpu cpu;
    protected final Memory memory;
    int word;
    /** The load/store of {@link #accessWord}, from the interpreter's decode cache (null: not known). */
    AccessOp access;
    int accessWord;
    private final EmulatorPorts ports;

    protected ExecutionBase(Cpu cpu, Memory memory) {
        this.cpu = cpu;
        this.memory = memory;
        this.ports = new EmulatorPorts(this);
    }

    @Override
    public final EmulatorPorts ports() {
        return ports;
    }

    /** The cached load/store when the interpreter provided the current word's, else decoded (and kept). */
    @Override
    public final AccessOp access() {
        AccessOp op = access;
        if (op == null || accessWord != word) {
            op = Execution.super.access();
            access = op;
            accessWord = word;
        }
        return op;
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
