package org.a64wb.hypervisor.mmio;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.hypervisor.api.VcpuRegisters;
import org.a64wb.isa.api.MemoryAccess;

/**
 * One load or store laid out as the single elements it transfers, in architectural order, from the
 * spec's memory-access descriptor and the few registers that form the address. Element order and
 * layout follow the Arm ARM pseudocode: pairs Mem[address] then Mem[address + dbytes] (C6.2 LDP/STP);
 * SIMD&FP Q registers as two 64-bit accesses, low doubleword first (B2.2.1: a 128-bit SIMD&FP access
 * is two single-copy-atomic 64-bit accesses); LD1..LD4/ST1..ST4 by the shared decode of "Advanced SIMD
 * load/store multiple structures" ({@code for r; for e; for s}) and "single structure".
 */
final class AccessPlan {

    /** Element targets a general-purpose register. */
    static final int GPR = -1;
    /** Element fills every lane of its V register (LD1R..LD4R). */
    static final int REPLICATE = -2;

    final MemoryAccess access;
    final long address;
    final boolean writeback;
    final long newBase;
    final int count;
    final long[] addresses;
    final int[] sizes;
    final int[] registers;
    /** Bit offset inside the V register, or GPR / REPLICATE. */
    final int[] bits;

    private AccessPlan(MemoryAccess access, long address, boolean writeback, long newBase, int count) {
        this.access = access;
        this.address = address;
        this.writeback = writeback;
        this.newBase = newBase;
        this.count = count;
        this.addresses = new long[count];
        this.sizes = new int[count];
        this.registers = new int[count];
        this.bits = new int[count];
    }

    /** The current stack pointer: SP_EL1 in EL1h, SP_EL0 otherwise (PSTATE.M, Arm ARM D1.2.2 "SP selection"). */
    static long sp(VcpuRegisters regs) {
        return spId(regs) == RegisterId.SP_EL1 ? regs.get(RegisterId.SP_EL1) : regs.get(RegisterId.SP);
    }

    static long spId(VcpuRegisters regs) {
        return (regs.get(RegisterId.PSTATE) & 0xf) == 5 ? RegisterId.SP_EL1 : RegisterId.SP;
    }

    static long base(VcpuRegisters regs, int n) {
        return n == 31 ? sp(regs) : regs.x(n);
    }

    /** ExtendReg(m, option, shift) (Arm ARM shared/functions/registers/ExtendReg); Rm = 31 is XZR. */
    static long extendReg(long value, int option, int shift) {
        long extended = switch (option) {
            case 2 -> value & 0xffffffffL; // UXTW
            case 6 -> (long) (int) value; // SXTW
            default -> value; // 3 LSL/UXTX, 7 SXTX
        };
        return extended << shift;
    }

    static AccessPlan of(MemoryAccess m, long pc, VcpuRegisters regs) {
        long base = m.baseRegister() < 0 ? pc : base(regs, m.baseRegister());
        long address = switch (m.offset()) {
            case IMMEDIATE, LITERAL -> base + m.immediate();
            case REGISTER -> base + extendReg(regs.x(m.offsetRegister()), m.extend(), m.shift());
            case NONE -> base;
        };
        boolean writeback = m.writeback() != MemoryAccess.Writeback.NONE;
        long newBase = 0;
        if (m.writeback() == MemoryAccess.Writeback.PRE) {
            newBase = address;
        } else if (m.writeback() == MemoryAccess.Writeback.POST) {
            // Post-index by an immediate, or by Xm for the LD1..LD4/ST1..ST4 register forms (Rm = 31 is the immediate form).
            newBase = base + (m.offset() == MemoryAccess.OffsetKind.NONE && m.offsetRegister() >= 0 ? regs.x(m.offsetRegister())
                    : m.offset() == MemoryAccess.OffsetKind.NONE ? m.immediate() : 0);
        }
        int[] r = m.registers();
        int ebytes = m.elementBytes();
        switch (m.kind()) {
            case X, W, B, H, S, D -> {
                AccessPlan plan = new AccessPlan(m, address, writeback, newBase, r.length);
                boolean gpr = m.kind() == MemoryAccess.RegisterKind.X || m.kind() == MemoryAccess.RegisterKind.W;
                for (int i = 0; i < r.length; i++) {
                    plan.set(i, address + (long) i * ebytes, ebytes, r[i], gpr ? GPR : 0);
                }
                return plan;
            }
            case Q -> {
                AccessPlan plan = new AccessPlan(m, address, writeback, newBase, 2 * r.length);
                for (int i = 0; i < r.length; i++) {
                    plan.set(2 * i, address + 16L * i, 8, r[i], 0);
                    plan.set(2 * i + 1, address + 16L * i + 8, 8, r[i], 64);
                }
                return plan;
            }
            default -> {
                return vector(m, address, writeback, newBase, r, ebytes);
            }
        }
    }

    private static AccessPlan vector(MemoryAccess m, long address, boolean writeback, long newBase, int[] r, int ebytes) {
        int selem = m.structureElements();
        if (m.lane() >= 0 || m.replicate()) {
            AccessPlan plan = new AccessPlan(m, address, writeback, newBase, selem);
            for (int s = 0; s < selem; s++) {
                plan.set(s, address + (long) s * ebytes, ebytes, r[s], m.replicate() ? REPLICATE : m.lane() * ebytes * 8);
            }
            return plan;
        }
        int rpt = r.length / selem;
        int elements = m.vectorBytes() / ebytes;
        AccessPlan plan = new AccessPlan(m, address, writeback, newBase, rpt * elements * selem);
        int i = 0;
        long offs = 0;
        for (int rr = 0; rr < rpt; rr++) {
            for (int e = 0; e < elements; e++) {
                for (int s = 0; s < selem; s++) {
                    plan.set(i++, address + offs, ebytes, r[rr + s], e * ebytes * 8);
                    offs += ebytes;
                }
            }
        }
        return plan;
    }

    private void set(int i, long address, int size, int register, int bit) {
        addresses[i] = address;
        sizes[i] = size;
        registers[i] = register;
        bits[i] = bit;
    }

    /** Whether some element covers {@code ipa} (the address the exit reported). */
    boolean covers(long ipa) {
        for (int i = 0; i < count; i++) {
            if (ipa - addresses[i] >= 0 && ipa - addresses[i] < sizes[i]) {
                return true;
            }
        }
        return false;
    }
}
