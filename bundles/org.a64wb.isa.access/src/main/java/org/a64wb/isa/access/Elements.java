package org.a64wb.isa.access;

import org.a64wb.isa.api.MemoryAccess;

/**
 * One load or store laid out as the single elements it transfers, in architectural order. Element
 * order and layout follow the Arm ARM pseudocode: pairs Mem[address] then Mem[address + dbytes] (C6.2
 * LDP/STP); SIMD&FP Q registers as two 64-bit accesses, low doubleword first (B2.2.1: a 128-bit
 * SIMD&FP access is two single-copy-atomic 64-bit accesses); LD1..LD4/ST1..ST4 by the shared decode of
 * "Advanced SIMD load/store multiple structures" ({@code for r; for e; for s}) and "single structure".
 * The executor performs LD1..LD4/ST1..ST4 from this layout (and the other forms in the same order); a caller that must vet every element before
 * the access runs (the ISV=0 handler: does each element hit RAM or a device?) reads it too.
 */
public final class Elements {

    /** Element targets a general-purpose register. */
    public static final int GPR = -1;
    /** Element fills every lane of its V register (LD1R..LD4R). */
    public static final int REPLICATE = -2;

    /** The address the access starts at. */
    public final long address;
    public final boolean writeback;
    /** The base register's value after the access (when {@link #writeback}). */
    public final long newBase;
    public final int count;
    public final long[] addresses;
    public final int[] sizes;
    public final int[] registers;
    /** Bit offset inside the V register, or GPR / REPLICATE. */
    public final int[] bits;

    private Elements(long address, boolean writeback, long newBase, int count) {
        this.address = address;
        this.writeback = writeback;
        this.newBase = newBase;
        this.count = count;
        this.addresses = new long[count];
        this.sizes = new int[count];
        this.registers = new int[count];
        this.bits = new int[count];
    }

    /** The elements of {@code op} with the current register values (reads only the base and offset registers). */
    public static Elements of(AccessOp op, RegisterPort regs) {
        long base = LoadStoreExecutor.base(op, regs);
        long address = LoadStoreExecutor.address(op, regs, base);
        boolean writeback = op.writeback() != AccessOp.NO_WRITEBACK;
        long newBase = writeback ? LoadStoreExecutor.newBase(op, regs, base, address) : 0;
        MemoryAccess m = op.access();
        int[] r = op.registers();
        int ebytes = op.size();
        switch (m.kind()) {
            case X, W, B, H, S, D -> {
                int n = op.shape() == AccessOp.NONE ? 0 : m.atomic() != MemoryAccess.AtomicOp.NONE ? Math.max(1, r.length / 2) : r.length;
                Elements plan = new Elements(address, writeback, newBase, n);
                boolean gpr = m.kind() == MemoryAccess.RegisterKind.X || m.kind() == MemoryAccess.RegisterKind.W;
                for (int i = 0; i < n; i++) {
                    plan.set(i, address + (long) i * ebytes, ebytes, r[i], gpr ? GPR : 0);
                }
                return plan;
            }
            case Q -> {
                Elements plan = new Elements(address, writeback, newBase, 2 * r.length);
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

    private static Elements vector(MemoryAccess m, long address, boolean writeback, long newBase, int[] r, int ebytes) {
        int selem = m.structureElements();
        if (m.lane() >= 0 || m.replicate()) {
            Elements plan = new Elements(address, writeback, newBase, selem);
            for (int s = 0; s < selem; s++) {
                plan.set(s, address + (long) s * ebytes, ebytes, r[s], m.replicate() ? REPLICATE : m.lane() * ebytes * 8);
            }
            return plan;
        }
        int rpt = r.length / selem;
        int elements = m.vectorBytes() / ebytes;
        Elements plan = new Elements(address, writeback, newBase, rpt * elements * selem);
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

    /** Whether some element covers {@code address} (for example the address a data abort reported). */
    public boolean covers(long address) {
        for (int i = 0; i < count; i++) {
            if (address - addresses[i] >= 0 && address - addresses[i] < sizes[i]) {
                return true;
            }
        }
        return false;
    }
}
