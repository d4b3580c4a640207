package org.a64wb.example.vendorisa.execution;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.semantics.Execution;
import org.a64wb.example.vendorisa.VendorSemantics;

/** The Vendor set's operations (vendor.a64) on one PE. */
final class VendorOperations implements VendorSemantics {

    private final Execution context;

    VendorOperations(Execution context) {
        this.context = context;
    }

    @Override
    public void checksumStep(int d, int n, int m) {
        Cpu cpu = context.cpu();
        cpu.setX(d, Long.rotateRight(cpu.x(d) ^ cpu.x(n), (int) cpu.x(m)));
    }

    @Override
    public void popcountAdd(int d, int n, int m) {
        Cpu cpu = context.cpu();
        cpu.setX(d, Long.bitCount(cpu.x(n)) + cpu.x(m));
    }

    /** A non-temporal hint changes nothing an emulator can observe: an 8-byte load from [Xn|SP + offset]. */
    @Override
    public void streamLoad(int t, int n, long offset) {
        Cpu cpu = context.cpu();
        cpu.setX(t, context.memory().read64(cpu.xsp(n) + offset));
    }

    @Override
    public void unallocated(int word) {
        throw context.undefined("not a Vendor encoding");
    }
}
