package org.a64wb.hypervisor.mmio;

import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.dispatch.MachineRunner;

/** V registers read from the vCPU on first use and written back on {@link #commit()} only if changed. */
public final class LazyVectors implements VectorRegisters {

    private final VirtualCpu vcpu;
    private final long[] values = new long[64];
    private int fetched;
    private int dirty;
    private int touched;
    private int reads;

    public LazyVectors(VirtualCpu vcpu) {
        this.vcpu = vcpu;
    }

    /** The vector view of the trapping vCPU, or null when this context gives no way to reach it. */
    public static VectorRegisters of(TrapContext context) {
        if (context instanceof VectorRegisters own) {
            return own;
        }
        if (context.machine() instanceof MachineRunner runner) {
            return new LazyVectors(runner.vcpu(context.vcpuIndex()));
        }
        return null;
    }

    private void fetch(int n) {
        if ((fetched & 1 << n) == 0) {
            long[] v = vcpu.getVector(n);
            values[2 * n] = v[0];
            values[2 * n + 1] = v[1];
            fetched |= 1 << n;
            reads++;
        }
    }

    @Override
    public long low(int n) {
        fetch(n);
        return values[2 * n];
    }

    @Override
    public long high(int n) {
        fetch(n);
        return values[2 * n + 1];
    }

    @Override
    public void set(int n, long low, long high) {
        values[2 * n] = low;
        values[2 * n + 1] = high;
        fetched |= 1 << n;
        dirty |= 1 << n;
        touched |= 1 << n;
    }

    /** How many registers were read from the vCPU (tests: only what the instruction touches). */
    public int reads() {
        return reads;
    }

    /** Bit n set: Vn was written through this view. */
    public int written() {
        return touched;
    }

    @Override
    public void commit() {
        for (int n = 0; n < 32; n++) {
            if ((dirty & 1 << n) != 0) {
                vcpu.setVector(n, values[2 * n], values[2 * n + 1]);
            }
        }
        dirty = 0;
    }
}
