package org.a64wb.emulator;

import org.a64wb.emulator.cpu.Cpu;

/**
 * A guest basic block translated to JVM bytecode: straight-line calls to the executor's semantics
 * with every operand field a constant, so the JIT can inline and fold them. Runs the whole block,
 * or stops at the instruction that raises an exception with PC on it (as the interpreter does).
 * An abstract class rather than an interface: the interpreter calls it once per block, and a
 * virtual call and a field read are cheaper there than two interface calls.
 */
public abstract class CompiledBlock {

    /** Number of guest instructions in the block. */
    public final int length;

    protected CompiledBlock(int length) {
        this.length = length;
    }

    public abstract void run(A64Executor executor, Cpu cpu);
}
