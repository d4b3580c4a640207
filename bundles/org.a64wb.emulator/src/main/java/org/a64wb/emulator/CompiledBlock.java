package org.a64wb.emulator;

import org.a64wb.emulator.cpu.Cpu;

/**
 * A guest basic block translated to JVM bytecode: straight-line calls to the executor's semantics
 * with every operand field a constant, so the JIT can inline and fold them. Runs the whole block,
 * or stops at the instruction that raises an exception with PC on it (as the interpreter does), or at the
 * load or store whose abort is pending in the CPU (PC on it too, see {@code PendingAbort}).
 * An abstract class rather than an interface: the interpreter calls it once per block, and a
 * virtual call and a field read are cheaper there than two interface calls.
 */
public abstract class CompiledBlock {

    /** Number of guest instructions in the block. */
    public final int length;

    protected CompiledBlock(int length) {
        this.length = length;
    }

    /** Runs the block; returns how many of its instructions completed (all but at a pending abort). */
    public abstract int run(A64Executor executor, Cpu cpu);
}
