package org.a64wb.isa.access;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where a load or store's elements go: single accesses of 1, 2, 4 or 8 bytes, little-endian, in the
 * architectural order the executor issues them. A port reports a fault by throwing, or by returning with
 * {@link #aborted} true; either way the executor then performs no further access and writes no register.
 */
@ConsumerType
public interface MemoryPort {

    /** Reads {@code size} bytes (1, 2, 4, 8), zero-extended. */
    long read(long address, int size);

    /** Writes the low {@code size} bytes (1, 2, 4, 8) of {@code value}. */
    void write(long address, int size, long value);

    /**
     * Whether an access of this instruction aborted without a Java exception: the port recorded the abort for
     * its caller to take once the instruction has stopped (a read then returned 0, a write did nothing). This
     * default, for ports that throw, is never. Why a port would not throw: an emulator's MMIO access is
     * a hypervisor exit, frequent enough that unwinding an exception through its frames dominated the exit.
     */
    default boolean aborted() {
        return false;
    }

    /**
     * An access that must be aligned (exclusives, atomics, acquire/release; Arm ARM AArch64.CheckAlignment)
     * is not: throw the alignment fault, or return to perform the access anyway (a port whose faults were
     * already taken by the hardware).
     */
    void alignmentFault(long address, int size);

    /**
     * Atomically replaces the aligned {@code size}-byte value (1, 2, 4, 8) at {@code address} with
     * {@code replacement} if it equals {@code expected}; returns the value found. The default is atomic
     * only for one accessor; a port over RAM that several threads share makes it a host
     * compare-and-exchange (the global monitor and the atomics rely on it).
     */
    default long compareAndExchange(long address, int size, long expected, long replacement) {
        long found = read(address, size);
        if (found == expected) {
            write(address, size, replacement);
        }
        return found;
    }

    /**
     * Load-exclusive: mark {@code address, size} in the local monitor (after the load succeeded), with
     * what it read ({@code second} the upper doubleword of a 16-byte pair).
     */
    default void markExclusive(long address, int size, long first, long second) {
        throw new UnsupportedOperationException("exclusive access (the exclusive monitor belongs to the CPU)");
    }

    /** The values the last load-exclusive read: what a store-exclusive compares memory with. */
    default long exclusiveValue(boolean second) {
        throw new UnsupportedOperationException("exclusive access (the exclusive monitor belongs to the CPU)");
    }

    /** Store-exclusive: whether the monitors pass for {@code address, size}. */
    default boolean exclusivePass(long address, int size) {
        throw new UnsupportedOperationException("exclusive access (the exclusive monitor belongs to the CPU)");
    }

    /** Store-exclusive done: the local monitor returns to Open Access. */
    default void clearExclusive() {
        throw new UnsupportedOperationException("exclusive access (the exclusive monitor belongs to the CPU)");
    }
}
