package org.a64wb.isa.access;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where a load or store's elements go: single accesses of 1, 2, 4 or 8 bytes, little-endian, in the
 * architectural order the executor issues them. A port reports a fault by throwing; the executor
 * has then written no register.
 */
@ConsumerType
public interface MemoryPort {

    /** Reads {@code size} bytes (1, 2, 4, 8), zero-extended. */
    long read(long address, int size);

    /** Writes the low {@code size} bytes (1, 2, 4, 8) of {@code value}. */
    void write(long address, int size, long value);

    /**
     * An access that must be aligned (exclusives, atomics, acquire/release; Arm ARM AArch64.CheckAlignment)
     * is not: throw the alignment fault, or return to perform the access anyway (a port whose faults were
     * already taken by the hardware).
     */
    void alignmentFault(long address, int size);

    /** Load-exclusive: mark {@code address, size} in the local monitor (after the load succeeded). */
    default void markExclusive(long address, int size) {
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
