package org.a64wb.hypervisor.mmio;

/**
 * The SIMD&FP registers V0..V31 (128 bits each) of the trapping vCPU, as a handler needs them.
 * The hypervisor core's {@code VcpuRegisters} is 64-bit only; until it grows vector access
 * (proposed: {@code long[] vector(int n)} / {@code setVector(int n, long low, long high)} in
 * VcpuRegisters, fetched lazily and written back like the others), a {@code TrapContext} may
 * implement this interface, or {@link LazyVectors#of} reaches the vCPU through the machine runner.
 */
public interface VectorRegisters {

    /** Bits 63:0 of Vn. */
    long low(int n);

    /** Bits 127:64 of Vn. */
    long high(int n);

    void set(int n, long low, long high);

    /** Writes the changed registers back to the vCPU. */
    void commit();
}
