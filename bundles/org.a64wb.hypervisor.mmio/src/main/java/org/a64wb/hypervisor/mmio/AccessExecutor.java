package org.a64wb.hypervisor.mmio;

import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.hypervisor.api.MmioBus;
import org.a64wb.hypervisor.api.VcpuRegisters;
import org.a64wb.isa.api.MemoryAccess;

/**
 * Performs an {@link AccessPlan}: each element goes to RAM (through the accelerator SPI) or to the
 * one device that claims it, once per element in architectural order; loads read all elements
 * before writing any register, then the base is written back last. Only the registers the
 * instruction names are read and written.
 *
 * CONSTRAINED UNPREDICTABLE choices follow the interpreter (and qemu), so results compare: a load
 * with writeback and Rt == Rn leaves the new base in the register; a store with writeback and
 * Rt == Rn stores the original value; LDP/LDPSW with Rt == Rt2 leaves the first element; SIMD&FP
 * LDP with Rt == Rt2 leaves the second.
 */
final class AccessExecutor {

    private AccessExecutor() {
    }

    /** Where each element goes: 0 RAM, 1 MMIO. Returns the index of the first element that is neither, or -1. */
    static int route(AccessPlan plan, VirtualMachine vm, MmioBus bus, byte[] where) {
        for (int i = 0; i < plan.count; i++) {
            long a = plan.addresses[i];
            int size = plan.sizes[i];
            if (vm.isRam(a, size)) {
                where[i] = 0;
            } else if (bus.claims(a, size)) {
                where[i] = 1;
            } else {
                return i;
            }
        }
        return -1;
    }

    /** Whether every element is claimed by a device (the burst condition). */
    static boolean allMmio(AccessPlan plan, VirtualMachine vm, MmioBus bus) {
        for (int i = 0; i < plan.count; i++) {
            if (vm.isRam(plan.addresses[i], plan.sizes[i]) || !bus.claims(plan.addresses[i], plan.sizes[i])) {
                return false;
            }
        }
        return true;
    }

    private static long readRam(VirtualMachine vm, long address, int size) {
        byte[] b = new byte[size];
        vm.readPhysical(address, b, 0, size);
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | (b[i] & 0xff);
        }
        return v;
    }

    private static void writeRam(VirtualMachine vm, long address, int size, long value) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (value >>> 8 * i);
        }
        vm.writePhysical(address, b, 0, size);
    }

    private static long mask(int size) {
        return size == 8 ? -1L : (1L << 8 * size) - 1;
    }

    /** Performs the plan; {@code where} comes from {@link #route}. */
    static void perform(AccessPlan plan, byte[] where, VcpuRegisters regs, VirtualMachine vm, MmioBus bus) {
        MemoryAccess m = plan.access;
        int n = plan.count;
        if (m.direction() == MemoryAccess.Direction.STORE) {
            for (int i = 0; i < n; i++) {
                long value = storeValue(plan, i, regs);
                if (where[i] == 0) {
                    writeRam(vm, plan.addresses[i], plan.sizes[i], value);
                } else {
                    bus.write(plan.addresses[i], plan.sizes[i], value);
                }
            }
        } else {
            long[] data = new long[n];
            for (int i = 0; i < n; i++) {
                long value = where[i] == 0 ? readRam(vm, plan.addresses[i], plan.sizes[i]) : bus.read(plan.addresses[i], plan.sizes[i]);
                data[i] = value & mask(plan.sizes[i]);
            }
            load(plan, data, regs);
        }
        if (plan.writeback) {
            int b = m.baseRegister();
            if (b == 31) {
                regs.set(AccessPlan.spId(regs), plan.newBase);
            } else {
                regs.setX(b, plan.newBase);
            }
        }
    }

    private static long storeValue(AccessPlan plan, int i, VcpuRegisters regs) {
        int r = plan.registers[i];
        int size = plan.sizes[i];
        if (plan.bits[i] == AccessPlan.GPR) {
            return regs.x(r) & mask(size); // register 31 is XZR for transfer registers
        }
        int bit = plan.bits[i];
        long word = bit >= 64 ? regs.vector(r)[1] : regs.vector(r)[0];
        return word >>> (bit & 63) & mask(size);
    }

    private static void load(AccessPlan plan, long[] data, VcpuRegisters regs) {
        MemoryAccess m = plan.access;
        int n = plan.count;
        switch (m.kind()) {
            case X, W -> {
                // Last to first, so that with Rt == Rt2 the first element remains (interpreter's choice).
                for (int i = n - 1; i >= 0; i--) {
                    long v = data[i];
                    if (m.signExtend()) {
                        int shift = 64 - 8 * plan.sizes[i];
                        v = v << shift >> shift;
                    }
                    if (m.kind() == MemoryAccess.RegisterKind.W) {
                        v &= 0xffffffffL; // a W write zeroes bits 63:32
                    }
                    regs.setX(plan.registers[i], v); // X31 (XZR) discards
                }
            }
            case B, H, S, D -> {
                for (int i = 0; i < n; i++) {
                    regs.setVector(plan.registers[i], data[i], 0); // V[t] = ZeroExtend(data)
                }
            }
            case Q -> {
                for (int i = 0; i < n; i += 2) {
                    regs.setVector(plan.registers[i], data[i], data[i + 1]);
                }
            }
            default -> loadVector(plan, data, regs);
        }
    }

    private static void loadVector(AccessPlan plan, long[] data, VcpuRegisters regs) {
        MemoryAccess m = plan.access;
        int[] list = m.registers();
        long[] lo = new long[list.length];
        long[] hi = new long[list.length];
        boolean lane = m.lane() >= 0;
        if (lane) {
            // A single-lane load keeps the other lanes (V[t] is read and written at 128 bits).
            for (int k = 0; k < list.length; k++) {
                lo[k] = regs.vector(list[k])[0];
                hi[k] = regs.vector(list[k])[1];
            }
        }
        for (int i = 0; i < plan.count; i++) {
            int k = indexOf(list, plan.registers[i]);
            int size = plan.sizes[i];
            long v = data[i];
            if (plan.bits[i] == AccessPlan.REPLICATE) {
                long pattern = switch (size) {
                    case 1 -> v * 0x0101010101010101L;
                    case 2 -> v * 0x0001000100010001L;
                    case 4 -> v | v << 32;
                    default -> v;
                };
                lo[k] = pattern;
                hi[k] = m.vectorBytes() == 16 ? pattern : 0;
                continue;
            }
            int bit = plan.bits[i];
            int shift = bit & 63;
            long fieldMask = mask(size) << shift;
            if (bit >= 64) {
                hi[k] = hi[k] & ~fieldMask | v << shift;
            } else {
                lo[k] = lo[k] & ~fieldMask | v << shift;
            }
        }
        for (int k = 0; k < list.length; k++) {
            // Multiple structures write V[t] at datasize, so a 64-bit form zeroes bits 127:64 (hi stays 0).
            regs.setVector(list[k], lo[k], hi[k]);
        }
    }

    private static int indexOf(int[] regs, int r) {
        for (int k = 0; k < regs.length; k++) {
            if (regs[k] == r) {
                return k;
            }
        }
        throw new IllegalStateException("v" + r + " is not a transfer register");
    }
}
