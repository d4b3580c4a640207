package org.a64wb.emulator.memory;

/**
 * A data access that no RAM backs, recorded by the load/store path instead of thrown as a {@link MemoryAbort}:
 * a guest that talks to a device makes one per access, and unwinding a Java exception through the compiled
 * blocks and the interpreter was about two thirds of an MMIO exit (bench/results/mmio.txt). One per vCPU
 * ({@code Cpu.pendingAbort}). The instruction that recorded it completes nothing (the load/store executor stops
 * at it, see {@code MemoryPort.aborted}); the interpreter stops with PC on it and whoever runs the CPU takes it.
 * Only the first abort of an instruction is kept: it is the one the instruction reports (FAR).
 */
public final class PendingAbort {

    /** Read on the hot path after every access of the executor and by compiled blocks after every load/store. */
    public boolean pending;
    private long address;
    private int size;
    private boolean write;
    private long virtualAddress;

    /** Records an access to {@code virtualAddress} (translated to {@code address}) that no RAM backs, unless one is pending. */
    public void record(long address, int size, boolean write, long virtualAddress) {
        if (!pending) {
            this.address = address;
            this.size = size;
            this.write = write;
            this.virtualAddress = virtualAddress;
            pending = true;
        }
    }

    /** The physical address (the IPA a hypervisor sees). */
    public long address() {
        return address;
    }

    public int size() {
        return size;
    }

    public boolean write() {
        return write;
    }

    /** The address the instruction accessed (FAR). */
    public long virtualAddress() {
        return virtualAddress;
    }

    /** Clears the pending abort: its taker has read it. */
    public void clear() {
        pending = false;
    }

    /** Clears the pending abort and returns it as the exception callers that take aborts as exceptions expect. */
    public MemoryAbort take() {
        pending = false;
        return new MemoryAbort(address, size, write, virtualAddress);
    }
}
