package org.a64wb.emulator;

import org.a64wb.emulator.cpu.Cpu;

/**
 * A guest basic block translated to JVM bytecode: straight-line calls to the executor's semantics
 * with every operand field a constant, so the JIT can inline and fold them. Runs the whole block,
 * or stops at the instruction that raises an exception with PC on it (as the interpreter does).
 */
public interface CompiledBlock {

    void run(A64Executor executor, Cpu cpu);

    /** Number of guest instructions in the block. */
    int length();
}
