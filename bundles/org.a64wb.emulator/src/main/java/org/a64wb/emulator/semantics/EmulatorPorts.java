package org.a64wb.emulator.semantics;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.emulator.memory.PendingAbort;
import org.a64wb.emulator.memory.PhysicalMemory;
import org.a64wb.emulator.mmu.Mmu;
import org.a64wb.isa.access.MemoryPort;
import org.a64wb.isa.access.RegisterPort;

/**
 * The emulator's side of the shared load/store executor: the CPU's registers, memory through the stage-1 MMU
 * when it is on (virtual addresses: the exclusive monitor holds VAs), the local exclusive monitor
 * (Arm ARM B2.9) and alignment faults reported for the current instruction (PC and word unchanged).
 * A read or write that no RAM backs is recorded in the CPU's {@link PendingAbort} ({@link #aborted}) when the
 * memory is RAM slots, and thrown as a {@link org.a64wb.emulator.memory.MemoryAbort} by any other memory;
 * compare-and-exchange always throws (exclusives and atomics on a device are rare).
 */
public final class EmulatorPorts implements RegisterPort, MemoryPort {

    private final Execution execution;
    private final Cpu cpu;
    private final Memory memory;
    /** {@link #memory} when it is RAM slots, which record aborts instead of throwing them; null otherwise. */
    private final PhysicalMemory physicalMemory;
    private final PendingAbort abort;

    public EmulatorPorts(Execution execution) {
        this.execution = execution;
        this.cpu = execution.cpu();
        this.memory = execution.memory();
        this.physicalMemory = memory instanceof PhysicalMemory p ? p : null;
        this.abort = cpu.pendingAbort;
    }

    @Override
    public long x(int n) {
        return cpu.x(n);
    }

    @Override
    public void setX(int n, long value) {
        cpu.setX(n, value);
    }

    @Override
    public long sp() {
        return cpu.sp();
    }

    @Override
    public void setSp(long value) {
        cpu.setSp(value);
    }

    @Override
    public long pc() {
        return cpu.pc;
    }

    @Override
    public long vLow(int n) {
        return cpu.v[2 * n];
    }

    @Override
    public long vHigh(int n) {
        return cpu.v[2 * n + 1];
    }

    @Override
    public void setV(int n, long low, long high) {
        cpu.v[2 * n] = low;
        cpu.v[2 * n + 1] = high;
    }

    @Override
    public long read(long address, int size) {
        Mmu mmu = cpu.translation;
        if (mmu != null) {
            return mmu.read(address, size);
        }
        PhysicalMemory ram = physicalMemory;
        return ram != null ? ram.read(address, size, abort) : memory.read(address, size);
    }

    @Override
    public void write(long address, int size, long value) {
        Mmu mmu = cpu.translation;
        if (mmu != null) {
            mmu.write(address, size, value);
            return;
        }
        PhysicalMemory ram = physicalMemory;
        if (ram != null) {
            ram.write(address, size, value, abort);
        } else {
            memory.write(address, size, value);
        }
    }

    @Override
    public boolean aborted() {
        return abort.pending;
    }

    @Override
    public void alignmentFault(long address, int size) {
        throw new GuestException(GuestException.Kind.ALIGNMENT_FAULT, cpu.pc, execution.word(), 0, address, cpu.pc,
                String.format("%d-byte access at 0x%x must be aligned", size, address));
    }

    @Override
    public void markExclusive(long address, int size, long first, long second) {
        cpu.exclusiveArmed = true;
        cpu.exclusiveAddress = address;
        cpu.exclusiveSize = size;
        cpu.exclusiveValue = first;
        cpu.exclusiveValue2 = second;
    }

    @Override
    public long exclusiveValue(boolean second) {
        return second ? cpu.exclusiveValue2 : cpu.exclusiveValue;
    }

    @Override
    public long compareAndExchange(long address, int size, long expected, long replacement) {
        Mmu mmu = cpu.translation;
        return mmu == null ? memory.compareAndExchange(address, size, expected, replacement)
                : mmu.compareAndExchange(address, size, expected, replacement);
    }

    /** The local monitor passes only if armed by a load-exclusive of the same address and size (another size is CONSTRAINED UNPREDICTABLE: fail). */
    @Override
    public boolean exclusivePass(long address, int size) {
        return cpu.exclusiveArmed && cpu.exclusiveAddress == address && cpu.exclusiveSize == size;
    }

    @Override
    public void clearExclusive() {
        cpu.exclusiveArmed = false;
    }
}
