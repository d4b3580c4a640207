package org.a64wb.hypervisor.mmio;

import java.util.function.LongUnaryOperator;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.board.api.mmio.MmioBus;
import org.a64wb.hypervisor.api.VcpuRegisters;
import org.a64wb.isa.access.MemoryPort;
import org.a64wb.isa.access.RegisterPort;

/**
 * The ISV=0 handler's side of the shared load/store executor: the trap context's lazy registers
 * (only what the instruction names is fetched, only what it writes is written back) and, per element,
 * guest RAM (through the accelerator SPI) or the device that claims the address. The executor computes
 * virtual addresses from the registers; each is mapped to its IPA by the handler's mapping first. The handler has
 * checked every element before the executor runs (each is RAM or one device's), so no element is
 * refused half-way.
 *
 * <p>Exclusives and atomics never get here ({@link Emulatable} refuses them), so the monitor methods
 * keep their refusing defaults. Alignment faults are the hardware's: a misaligned ordered access
 * faults before it can reach stage 2 and exit, so {@link #alignmentFault} lets the access proceed.
 */
final class VcpuPorts implements RegisterPort, MemoryPort {

    private final VcpuRegisters regs;
    private final VirtualMachine vm;
    private final MmioBus bus;
    private final long pc;
    /** The IPA of each VA the instruction accesses (the identity while the guest's MMU is off). */
    private final LongUnaryOperator ipa;

    VcpuPorts(VcpuRegisters regs, VirtualMachine vm, MmioBus bus, long pc, LongUnaryOperator ipa) {
        this.regs = regs;
        this.vm = vm;
        this.bus = bus;
        this.pc = pc;
        this.ipa = ipa;
    }

    /** The current stack pointer's id: SP_EL1 in EL1h, SP_EL0 otherwise (PSTATE.M, Arm ARM D1.2.2 "SP selection"). */
    private long spId() {
        return (regs.get(RegisterId.PSTATE) & 0xf) == 5 ? RegisterId.SP_EL1 : RegisterId.SP;
    }

    @Override
    public long x(int n) {
        return regs.x(n); // 31 is XZR
    }

    @Override
    public void setX(int n, long value) {
        regs.setX(n, value); // 31 (XZR) discards
    }

    @Override
    public long sp() {
        return regs.get(spId());
    }

    @Override
    public void setSp(long value) {
        regs.set(spId(), value);
    }

    @Override
    public long pc() {
        return pc;
    }

    @Override
    public long vLow(int n) {
        return regs.vector(n)[0];
    }

    @Override
    public long vHigh(int n) {
        return regs.vector(n)[1];
    }

    @Override
    public void setV(int n, long low, long high) {
        regs.setVector(n, low, high);
    }

    private static long mask(int size) {
        return size == 8 ? -1L : (1L << 8 * size) - 1;
    }

    @Override
    public long read(long va, int size) {
        long address = ipa.applyAsLong(va);
        if (vm.isRam(address, size)) {
            byte[] b = new byte[size];
            vm.readPhysical(address, b, 0, size);
            long v = 0;
            for (int i = size - 1; i >= 0; i--) {
                v = v << 8 | (b[i] & 0xff);
            }
            return v;
        }
        return bus.read(address, size) & mask(size);
    }

    @Override
    public void write(long va, int size, long value) {
        long address = ipa.applyAsLong(va);
        if (vm.isRam(address, size)) {
            byte[] b = new byte[size];
            for (int i = 0; i < size; i++) {
                b[i] = (byte) (value >>> 8 * i);
            }
            vm.writePhysical(address, b, 0, size);
        } else {
            bus.write(address, size, value & mask(size));
        }
    }

    @Override
    public void alignmentFault(long address, int size) {
        // Taken by the hardware before the access could exit (see the class comment).
    }
}
