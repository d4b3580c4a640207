package org.a64wb.emulator.semantics;

import org.a64wb.isa.a64.A64LoadsStoresSemantics;
import org.a64wb.emulator.mmu.Mmu;
import org.a64wb.isa.access.AccessOp;
import org.a64wb.isa.access.LoadStoreExecutor;
import org.a64wb.isa.access.MemoryPort;

/**
 * Semantics of every load and store, general-purpose and SIMD&FP (isa-spec/loads-stores.a64 and
 * loads-stores-simd-fp.a64): the encoding's memory-access descriptor run by the shared
 * {@link LoadStoreExecutor} (bundle org.a64wb.isa.access, where the rules and the CONSTRAINED
 * UNPREDICTABLE choices are documented) over the CPU and memory ({@link EmulatorPorts}; {@link WatchedMemory} while
 * debug exceptions are armed).
 */
public interface LoadsStoresExecution extends A64LoadsStoresSemantics, Execution {

    /**
     * LDTR/STTR and the other unprivileged forms at EL1 are checked as EL0 accesses by the MMU (compiled blocks
     * call this method for them rather than the executor's path, see BlockCompiler).
     */
    @Override
    default void memoryAccess() {
        EmulatorPorts ports = ports();
        MemoryPort memory = cpu().debugArmed ? new WatchedMemory(this, ports) : ports;
        AccessOp op = access();
        Mmu mmu = cpu().translation;
        if (mmu != null && op.access().unprivileged()) {
            mmu.unprivileged(true);
            try {
                LoadStoreExecutor.execute(op, ports, memory);
            } finally {
                mmu.unprivileged(false);
            }
            return;
        }
        LoadStoreExecutor.execute(op, ports, memory);
    }

    /** LDRAA/LDRAB (C6.2 LDRAA): FEAT_PAuth is not implemented by this PE. */
    @Override
    default void authenticatedLoad(boolean keyB) {
        throw undefined((keyB ? "LDRAB" : "LDRAA") + " needs FEAT_PAuth, which this PE does not implement");
    }
}
