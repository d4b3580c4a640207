package org.a64wb.emulator.semantics;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.memory.Memory;
import org.a64wb.emulator.memory.MemoryAbort;

/**
 * Moves data between guest memory and the SIMD&FP registers for {@link LoadsStoresSimdFpExecution}.
 * V[n] is {@code cpu.v[2n]} (bits 63:0) and {@code cpu.v[2n+1]} (bits 127:64); memory is little-endian.
 *
 * Every load reads all of its memory before it writes a register, or restores the registers it
 * touched when a {@link MemoryAbort} escapes, so an aborted instruction leaves the PE state as it was.
 * Register numbers of register lists wrap modulo 32 (Arm ARM: {@code t = (t + 1) MOD 32}).
 */
final class VectorAccess {

    /** Post-index register argument meaning "no write-back". */
    static final int NO_WRITEBACK = -1;

    private VectorAccess() {
    }

    // ---- addressing

    /**
     * ExtendReg() of the Arm ARM (shared/functions/registers/ExtendReg) for the register-offset forms:
     * option 010 UXTW, 011 LSL (UXTX), 110 SXTW, 111 SXTX; option<1> = 0 is not decoded. Rm = 31 is XZR.
     */
    static long extendReg(Cpu cpu, int m, int option, int shift) {
        long value = cpu.x(m);
        switch (option) {
            case 2 -> value &= 0xffffffffL;
            case 6 -> value = (int) value;
            default -> { } // 3 (UXTX) and 7 (SXTX) use all 64 bits
        }
        return value << shift;
    }

    // ---- scalar registers (LDR/STR/LDUR/STUR B, H, S, D, Q; literal)

    private static long readElement(Memory memory, long address, int size) {
        return switch (size) {
            case 0 -> memory.read8(address) & 0xffL;
            case 1 -> memory.read16(address) & 0xffffL;
            case 2 -> memory.read32(address) & 0xffffffffL;
            default -> memory.read64(address);
        };
    }

    private static void writeElement(Memory memory, long address, int size, long value) {
        switch (size) {
            case 0 -> memory.write8(address, (byte) value);
            case 1 -> memory.write16(address, (short) value);
            case 2 -> memory.write32(address, (int) value);
            default -> memory.write64(address, value);
        }
    }

    /**
     * A scalar SIMD&FP load of {@code 1 << scale} bytes. V[t] = data writes the whole register, so
     * the bits above the scalar become zero (Arm ARM, V[] setter: "V[n] = ZeroExtend(value)").
     */
    static void load(Cpu cpu, Memory memory, long address, int t, int scale) {
        long low;
        long high = 0;
        if (scale == 4) {
            low = memory.read64(address);
            high = memory.read64(address + 8);
        } else {
            low = readElement(memory, address, scale);
        }
        cpu.v[2 * t] = low;
        cpu.v[2 * t + 1] = high;
    }

    /** A scalar SIMD&FP store of the low {@code 1 << scale} bytes of V[t]. */
    static void store(Cpu cpu, Memory memory, long address, int t, int scale) {
        long[] v = cpu.v;
        if (scale == 4) {
            memory.write64(address, v[2 * t]);
            memory.write64(address + 8, v[2 * t + 1]);
        } else {
            writeElement(memory, address, scale, v[2 * t]);
        }
    }

    /**
     * LDP/LDNP (SIMD&FP): both values are read before either register is written. Rt == Rt2 is
     * CONSTRAINED UNPREDICTABLE (Arm ARM, LDP (SIMD&FP), Unpredictable_LDPOVERLAP); like qemu we write
     * Rt then Rt2, so Rt2's value remains.
     */
    static void loadPair(Cpu cpu, Memory memory, long address, int t, int t2, int scale) {
        long low1;
        long high1 = 0;
        long low2;
        long high2 = 0;
        if (scale == 4) {
            low1 = memory.read64(address);
            high1 = memory.read64(address + 8);
            low2 = memory.read64(address + 16);
            high2 = memory.read64(address + 24);
        } else {
            low1 = readElement(memory, address, scale);
            low2 = readElement(memory, address + (1L << scale), scale);
        }
        long[] v = cpu.v;
        v[2 * t] = low1;
        v[2 * t + 1] = high1;
        v[2 * t2] = low2;
        v[2 * t2 + 1] = high2;
    }

    /** STP/STNP (SIMD&FP): Rt at address, Rt2 right after it. */
    static void storePair(Cpu cpu, Memory memory, long address, int t, int t2, int scale) {
        store(cpu, memory, address, t, scale);
        store(cpu, memory, address + (1L << scale), t2, scale);
    }

    // ---- vector elements

    /** Elem[V[r], e, 8 << size] read from the register file. */
    private static long element(long[] v, int r, int e, int size) {
        int bit = e << (3 + size);
        long word = v[2 * r + (bit >>> 6)];
        if (size == 3) {
            return word;
        }
        return (word >>> (bit & 63)) & ((1L << (8 << size)) - 1);
    }

    /** Elem[V[r], e, 8 << size] = value (other bits of the register unchanged); value has no bits above the element. */
    private static void setElement(long[] v, int r, int e, int size, long value) {
        int bit = e << (3 + size);
        int index = 2 * r + (bit >>> 6);
        if (size == 3) {
            v[index] = value;
            return;
        }
        int shift = bit & 63;
        long mask = ((1L << (8 << size)) - 1) << shift;
        v[index] = (v[index] & ~mask) | (value << shift);
    }

    /** Replicate(element, 64 DIV esize): an element of {@code 8 << size} bits copied over 64 bits. */
    private static long replicate64(long element, int size) {
        return switch (size) {
            case 0 -> element * 0x0101010101010101L;
            case 1 -> element * 0x0001000100010001L;
            case 2 -> element | element << 32;
            default -> element;
        };
    }

    // ---- multiple structures (LD1-LD4, ST1-ST4), Arm ARM C7.2 "LD1 (multiple structures)" ... and
    // the shared decode of "Advanced SIMD load/store multiple structures":
    //   for r = 0 to rpt-1; for e = 0 to elements-1; tt = (t + r) MOD 32;
    //     for s = 0 to selem-1; Elem[V[tt], e] <-> Mem[address + offs]; offs += ebytes; tt = (tt + 1) MOD 32
    // One of rpt and selem is 1. datasize = 64 << Q; the loads write V[tt] at datasize bits, so the
    // 64-bit forms zero bits 127:64.

    /** Loads rpt x selem registers; returns the bytes transferred (the post-index immediate). */
    static int loadMultiple(Cpu cpu, Memory memory, long address, int t, int rpt, int selem, int q, int size) {
        long[] v = cpu.v;
        int regBytes = 8 << q;
        int total = regBytes * rpt * selem;
        if (selem == 1 && memory.isRam(address, total)) {
            // LD1: memory order equals register order, whatever the element size; cannot abort.
            for (int r = 0; r < rpt; r++) {
                int tt = (t + r) & 31;
                long at = address + (long) r * regBytes;
                v[2 * tt] = memory.read64(at);
                v[2 * tt + 1] = q != 0 ? memory.read64(at + 8) : 0;
            }
            return total;
        }
        int regs = rpt * selem;
        int t1 = (t + 1) & 31;
        int t2 = (t + 2) & 31;
        int t3 = (t + 3) & 31;
        long s0 = v[2 * t];
        long s1 = v[2 * t + 1];
        long s2 = v[2 * t1];
        long s3 = v[2 * t1 + 1];
        long s4 = v[2 * t2];
        long s5 = v[2 * t2 + 1];
        long s6 = v[2 * t3];
        long s7 = v[2 * t3 + 1];
        try {
            int elements = regBytes >>> size;
            int ebytes = 1 << size;
            long offs = 0;
            for (int r = 0; r < rpt; r++) {
                for (int e = 0; e < elements; e++) {
                    int tt = (t + r) & 31;
                    for (int s = 0; s < selem; s++) {
                        setElement(v, tt, e, size, readElement(memory, address + offs, size));
                        offs += ebytes;
                        tt = (tt + 1) & 31;
                    }
                }
            }
        } catch (MemoryAbort abort) {
            v[2 * t] = s0;
            v[2 * t + 1] = s1;
            v[2 * t1] = s2;
            v[2 * t1 + 1] = s3;
            v[2 * t2] = s4;
            v[2 * t2 + 1] = s5;
            v[2 * t3] = s6;
            v[2 * t3 + 1] = s7;
            throw abort;
        }
        if (q == 0) {
            for (int r = 0; r < regs; r++) {
                v[2 * ((t + r) & 31) + 1] = 0;
            }
        }
        return total;
    }

    /** Stores rpt x selem registers; returns the bytes transferred. */
    static int storeMultiple(Cpu cpu, Memory memory, long address, int t, int rpt, int selem, int q, int size) {
        long[] v = cpu.v;
        int regBytes = 8 << q;
        int total = regBytes * rpt * selem;
        if (selem == 1 && memory.isRam(address, total)) {
            for (int r = 0; r < rpt; r++) {
                int tt = (t + r) & 31;
                long at = address + (long) r * regBytes;
                memory.write64(at, v[2 * tt]);
                if (q != 0) {
                    memory.write64(at + 8, v[2 * tt + 1]);
                }
            }
            return total;
        }
        int elements = regBytes >>> size;
        int ebytes = 1 << size;
        long offs = 0;
        for (int r = 0; r < rpt; r++) {
            for (int e = 0; e < elements; e++) {
                int tt = (t + r) & 31;
                for (int s = 0; s < selem; s++) {
                    writeElement(memory, address + offs, size, element(v, tt, e, size));
                    offs += ebytes;
                    tt = (tt + 1) & 31;
                }
            }
        }
        return total;
    }

    // ---- single structure (one lane) and replicate, Arm ARM shared decode of "Advanced SIMD
    // load/store single structure": a lane access reads and writes V[t] at 128 bits, so the other
    // lanes (including bits 127:64 when Q = 0) are preserved; replicate writes V[t] at datasize bits.

    /** Loads lane {@code index} of selem consecutive registers; returns the bytes transferred. */
    static int loadLane(Cpu cpu, Memory memory, long address, int t, int selem, int size, int index) {
        int ebytes = 1 << size;
        long e0 = readElement(memory, address, size);
        long e1 = selem > 1 ? readElement(memory, address + ebytes, size) : 0;
        long e2 = selem > 2 ? readElement(memory, address + 2L * ebytes, size) : 0;
        long e3 = selem > 3 ? readElement(memory, address + 3L * ebytes, size) : 0;
        long[] v = cpu.v;
        setElement(v, t, index, size, e0);
        if (selem > 1) {
            setElement(v, (t + 1) & 31, index, size, e1);
            if (selem > 2) {
                setElement(v, (t + 2) & 31, index, size, e2);
                if (selem > 3) {
                    setElement(v, (t + 3) & 31, index, size, e3);
                }
            }
        }
        return selem * ebytes;
    }

    /** Stores lane {@code index} of selem consecutive registers; returns the bytes transferred. */
    static int storeLane(Cpu cpu, Memory memory, long address, int t, int selem, int size, int index) {
        long[] v = cpu.v;
        int ebytes = 1 << size;
        for (int s = 0; s < selem; s++) {
            writeElement(memory, address + (long) s * ebytes, size, element(v, (t + s) & 31, index, size));
        }
        return selem * ebytes;
    }

    /** LD1R-LD4R: each of selem consecutive elements fills every lane of its register; returns the bytes transferred. */
    static int loadReplicate(Cpu cpu, Memory memory, long address, int t, int selem, int q, int size) {
        int ebytes = 1 << size;
        long e0 = readElement(memory, address, size);
        long e1 = selem > 1 ? readElement(memory, address + ebytes, size) : 0;
        long e2 = selem > 2 ? readElement(memory, address + 2L * ebytes, size) : 0;
        long e3 = selem > 3 ? readElement(memory, address + 3L * ebytes, size) : 0;
        long[] v = cpu.v;
        fill(v, t, q, replicate64(e0, size));
        if (selem > 1) {
            fill(v, (t + 1) & 31, q, replicate64(e1, size));
            if (selem > 2) {
                fill(v, (t + 2) & 31, q, replicate64(e2, size));
                if (selem > 3) {
                    fill(v, (t + 3) & 31, q, replicate64(e3, size));
                }
            }
        }
        return selem * ebytes;
    }

    private static void fill(long[] v, int r, int q, long pattern) {
        v[2 * r] = pattern;
        v[2 * r + 1] = q != 0 ? pattern : 0;
    }
}
