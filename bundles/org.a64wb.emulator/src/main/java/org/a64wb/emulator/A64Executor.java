package org.a64wb.emulator;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.extension.ContributedInstructionSets;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.emulator.semantics.AdvSimdImmediateExecution;
import org.a64wb.emulator.semantics.AdvSimdIndexedExecution;
import org.a64wb.emulator.semantics.AdvSimdPermuteExecution;
import org.a64wb.emulator.semantics.AdvSimdScalarExecution;
import org.a64wb.emulator.semantics.AdvSimdThreeRegisterExecution;
import org.a64wb.emulator.semantics.AdvSimdTwoRegisterExecution;
import org.a64wb.emulator.semantics.BranchesExceptionSystemExecution;
import org.a64wb.emulator.semantics.DataProcessingImmediateExecution;
import org.a64wb.emulator.semantics.DataProcessingRegisterExecution;
import org.a64wb.emulator.semantics.FloatingPointExecution;
import org.a64wb.emulator.semantics.LoadsStoresExecution;
import org.a64wb.emulator.semantics.ReservedExecution;
import org.a64wb.isa.a64.A64Semantics;

/**
 * The complete A64 semantics: every encoding group of the spec, combined. The generated
 * {@link A64Semantics} makes a group without semantics a compile error here.
 */
public final class A64Executor extends ExecutionBase implements A64Semantics,
        DataProcessingImmediateExecution, DataProcessingRegisterExecution, BranchesExceptionSystemExecution,
        LoadsStoresExecution, ReservedExecution, FloatingPointExecution,
        AdvSimdImmediateExecution, AdvSimdPermuteExecution, AdvSimdTwoRegisterExecution, AdvSimdIndexedExecution,
        AdvSimdScalarExecution, AdvSimdThreeRegisterExecution {

    private final ContributedInstructionSets contributed;

    public A64Executor(Cpu cpu, Memory memory) {
        this(cpu, memory, null);
    }

    /** With the contributed instruction sets that execute the words A64 leaves unallocated (null: none). */
    public A64Executor(Cpu cpu, Memory memory, ContributedInstructionSets contributed) {
        super(cpu, memory);
        this.contributed = contributed;
    }

    @Override
    public void unallocated(int word) {
        if (contributed == null || !contributed.execute(this, word)) {
            throw undefined("unallocated encoding");
        }
    }
}
