package org.a64wb.emulator.semantics;

import org.a64wb.isa.a64.A64ReservedSemantics;

/** The reserved group (Arm ARM C4.1.1): UDF is permanently UNDEFINED (C6.2 "UDF"). */
public interface ReservedExecution extends A64ReservedSemantics, Execution {

    /** UDF: the immediate is ignored. */
    @Override
    default void permanentlyUndefined(int imm) {
        throw undefined("UDF");
    }
}
