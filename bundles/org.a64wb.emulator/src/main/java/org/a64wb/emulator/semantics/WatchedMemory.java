package org.a64wb.emulator.semantics;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.debug.SelfHostedDebug;
import org.a64wb.isa.access.AccessOp;
import org.a64wb.isa.access.MemoryPort;

/**
 * The memory port of a load or store while debug exceptions are armed: each access is checked against the
 * watchpoints before it goes to {@link EmulatorPorts}, so before it is translated (watchpoints come before MMU
 * faults, Arm ARM D1.3.5 "Prioritization of synchronous exceptions"; the executor's alignment checks come first).
 * Compiled blocks, which only run while nothing is armed, keep the unchecked port.
 */
final class WatchedMemory implements MemoryPort {

    private final Execution execution;
    private final EmulatorPorts ports;
    private final Cpu cpu;

    WatchedMemory(Execution execution, EmulatorPorts ports) {
        this.execution = execution;
        this.ports = ports;
        this.cpu = execution.cpu();
    }

    private void watch(long address, int size, boolean load, boolean store) {
        AccessOp op = execution.access();
        SelfHostedDebug.checkAccess(cpu, address, size, load, store, !op.access().unprivileged(), execution.word());
    }

    @Override
    public long read(long address, int size) {
        watch(address, size, true, false);
        return ports.read(address, size);
    }

    @Override
    public void write(long address, int size, long value) {
        watch(address, size, false, true);
        ports.write(address, size, value);
    }

    /** A store-exclusive only writes; CAS and the atomics read and write (a load watchpoint then reports WnR = 0). */
    @Override
    public long compareAndExchange(long address, int size, long expected, long replacement) {
        watch(address, size, execution.access().shape() != AccessOp.STORE_EXCLUSIVE, true);
        return ports.compareAndExchange(address, size, expected, replacement);
    }

    @Override
    public boolean aborted() {
        return ports.aborted();
    }

    @Override
    public void alignmentFault(long address, int size) {
        ports.alignmentFault(address, size);
    }

    @Override
    public void markExclusive(long address, int size, long first, long second) {
        ports.markExclusive(address, size, first, second);
    }

    @Override
    public long exclusiveValue(boolean second) {
        return ports.exclusiveValue(second);
    }

    @Override
    public boolean exclusivePass(long address, int size) {
        return ports.exclusivePass(address, size);
    }

    @Override
    public void clearExclusive() {
        ports.clearExclusive();
    }
}
