package org.a64wb.accel.inprocess;

import org.a64wb.emulator.cpu.SystemRegisterExtension;
import org.a64wb.gic.CpuInterface;

/**
 * The ICC_*_EL1 registers as the emulator sees them: served by the accelerator's GIC, or ({@link #FORWARDED})
 * stopping at the instruction so the vCPU exits with an EC 0x18 syndrome to the VMM's GIC.
 */
final class IccRegisters implements SystemRegisterExtension {

    /** Thrown out of the interpreter at an ICC access the VMM serves; carries the syndrome's fields. */
    static final class Forwarded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int key;
        final int rt;
        final boolean read;

        Forwarded(int key, int rt, boolean read) {
            super(null, null, false, false);
            this.key = key;
            this.rt = rt;
            this.read = read;
        }
    }

    /** With the GIC in the VMM: every ICC register exists, and every access exits. */
    static final SystemRegisterExtension FORWARDED = new SystemRegisterExtension() {
        @Override
        public boolean provides(int key, boolean read) {
            return exists(key, read);
        }

        @Override
        public long read(int key, int rt) {
            throw new Forwarded(key, rt, true);
        }

        @Override
        public void write(int key, int rt, long value) {
            throw new Forwarded(key, rt, false);
        }
    };

    private final CpuInterface cpuInterface;

    IccRegisters(CpuInterface cpuInterface) {
        this.cpuInterface = cpuInterface;
    }

    static boolean exists(int key, boolean read) {
        CpuInterface.Register r = InterruptController.ICC.get(key);
        return r != null && (read ? r.readable : r.writable);
    }

    @Override
    public boolean provides(int key, boolean read) {
        return exists(key, read);
    }

    @Override
    public long read(int key, int rt) {
        return cpuInterface.read(InterruptController.ICC.get(key));
    }

    @Override
    public void write(int key, int rt, long value) {
        cpuInterface.write(InterruptController.ICC.get(key), value);
    }
}
