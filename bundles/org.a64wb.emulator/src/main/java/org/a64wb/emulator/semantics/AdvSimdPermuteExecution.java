package org.a64wb.emulator.semantics;

import static org.a64wb.emulator.semantics.simd.Lanes128.elem;
import static org.a64wb.emulator.semantics.simd.Lanes128.extend;
import static org.a64wb.emulator.semantics.simd.Lanes128.ones;
import static org.a64wb.emulator.semantics.simd.Lanes128.place;
import static org.a64wb.emulator.semantics.simd.Lanes128.replicate;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.isa.a64.A64AdvsimdPermuteSemantics;

/**
 * Advanced SIMD copy, permute, extract and table lookup (Arm ARM C4.1.6; advsimd-permute.a64): DUP (element,
 * general), SMOV, UMOV, INS (general, element), UZP1/2, TRN1/2, ZIP1/2, EXT, TBL, TBX. Each method is one
 * pseudocode family of the Arm ARM taking what its decode computes.
 *
 * <p>All sources are read before V[d] is written (d may equal n or m, and a TBL/TBX table may contain V[d]).
 * Writes of V[d] at {@code datasize} bits zero the bits above (64-bit vector forms); INS writes one element and
 * keeps the rest of the register. General registers: X[31] reads zero, writes to it are discarded.
 */
public interface AdvSimdPermuteExecution extends A64AdvsimdPermuteSemantics, Execution {


    /** DUP (element): {@code V[d] = Replicate(Elem[V[n], index, esize], datasize DIV esize)}. */
    @Override
    default void simdDupElement(int d, int n, int esize, int datasize, int index) {
        Cpu cpu = cpu();
        long pattern = replicate(cpu.element(n, index, esize), esize);
        cpu.writeV(d, datasize, pattern, pattern);
    }

    /** DUP (general): {@code V[d] = Replicate(X[n]<esize-1:0>, datasize DIV esize)}. */
    @Override
    default void simdDupGeneral(int d, int n, int esize, int datasize) {
        Cpu cpu = cpu();
        long pattern = replicate(cpu.x(n) & ones(esize), esize);
        cpu.writeV(d, datasize, pattern, pattern);
    }

    /** SMOV (signExtend) and UMOV: {@code X[d, datasize] = Extend(Elem[V[n], index, esize], datasize, !signExtend)}. */
    @Override
    default void simdMoveToGeneral(int d, int n, int esize, int datasize, int index, boolean signExtend) {
        Cpu cpu = cpu();
        long element = cpu.element(n, index, esize);
        if (signExtend) {
            element = extend(element, esize, false);
        }
        if (datasize == 32) {
            cpu.setW(d, (int) element);
        } else {
            cpu.setX(d, element);
        }
    }

    /** INS (general): {@code Elem[V[d], index, esize] = X[n]<esize-1:0>}; the other elements are kept. */
    @Override
    default void simdInsertGeneral(int d, int n, int esize, int index) {
        Cpu cpu = cpu();
        cpu.setElement(d, index, esize, cpu.x(n) & ones(esize));
    }

    /** INS (element): {@code Elem[V[d], dstIndex, esize] = Elem[V[n], srcIndex, esize]}; the rest is kept. */
    @Override
    default void simdInsertElement(int d, int n, int esize, int dstIndex, int srcIndex) {
        Cpu cpu = cpu();
        cpu.setElement(d, dstIndex, esize, cpu.element(n, srcIndex, esize));
    }

    /** UZP1, UZP2: {@code zipped = V[m]:V[n]} (datasize bits each); {@code Elem[result, e] = Elem[zipped, 2 * e + part]}. */
    @Override
    default void simdUnzip(int d, int n, int m, int esize, int datasize, int part) {
        Cpu cpu = cpu();
        long nlo = cpu.vLow(n);
        long nhi = cpu.vHigh(n);
        long mlo = cpu.vLow(m);
        long mhi = cpu.vHigh(m);
        int elements = datasize / esize;
        int half = elements / 2;
        long lo = 0;
        long hi = 0;
        // the first half of the result comes from V[n], the second from V[m]
        for (int e = 0; e < half; e++) {
            long a = elem(nlo, nhi, 2 * e + part, esize);
            long b = elem(mlo, mhi, 2 * e + part, esize);
            if (datasize == 128) {
                lo |= place(a, e, esize);
                hi |= place(b, e, esize);
            } else {
                lo |= place(a, e, esize) | place(b, e + half, esize);
            }
        }
        cpu.writeV(d, datasize, lo, hi);
    }

    /**
     * TRN1, TRN2: {@code Elem[result, 2 * p] = Elem[V[n], 2 * p + part]; Elem[result, 2 * p + 1] =
     * Elem[V[m], 2 * p + part]}.
     */
    @Override
    default void simdTranspose(int d, int n, int m, int esize, int datasize, int part) {
        Cpu cpu = cpu();
        long nlo = cpu.vLow(n);
        long nhi = cpu.vHigh(n);
        long mlo = cpu.vLow(m);
        long mhi = cpu.vHigh(m);
        if (esize == 64) { // 2d only
            cpu.writeV(d, datasize, part == 0 ? nlo : nhi, part == 0 ? mlo : mhi);
            return;
        }
        // Even elements (part 0) or odd elements (part 1) of V[n] stay in place or move down one element; those
        // of V[m] stay in place or move up one element.
        long even = replicate(ones(esize), 2 * esize); // ones in the even elements
        long lo;
        long hi;
        if (part == 0) {
            lo = (nlo & even) | ((mlo & even) << esize);
            hi = (nhi & even) | ((mhi & even) << esize);
        } else {
            lo = ((nlo >>> esize) & even) | (mlo & ~even);
            hi = ((nhi >>> esize) & even) | (mhi & ~even);
        }
        cpu.writeV(d, datasize, lo, hi);
    }

    /**
     * ZIP1, ZIP2: with {@code base = part * pairs}, {@code Elem[result, 2 * p] = Elem[V[n], base + p];
     * Elem[result, 2 * p + 1] = Elem[V[m], base + p]}.
     */
    @Override
    default void simdZip(int d, int n, int m, int esize, int datasize, int part) {
        Cpu cpu = cpu();
        long nlo = cpu.vLow(n);
        long nhi = cpu.vHigh(n);
        long mlo = cpu.vLow(m);
        long mhi = cpu.vHigh(m);
        int pairs = datasize / esize / 2;
        int base = part * pairs;
        long lo = 0;
        long hi = 0;
        for (int p = 0; p < pairs; p++) {
            long a = elem(nlo, nhi, base + p, esize);
            long b = elem(mlo, mhi, base + p, esize);
            int e = 2 * p;
            if (esize == 64) {
                lo = a;
                hi = b;
            } else if (e * esize < 64) {
                lo |= place(a, e, esize) | place(b, e + 1, esize);
            } else {
                hi |= place(a, e, esize) | place(b, e + 1, esize);
            }
        }
        cpu.writeV(d, datasize, lo, hi);
    }

    /** EXT: {@code concat = V[m]:V[n]} (datasize bits each); {@code V[d] = concat<position + datasize - 1:position>}. */
    @Override
    default void simdExtract(int d, int n, int m, int datasize, int position) {
        Cpu cpu = cpu();
        long nlo = cpu.vLow(n);
        long nhi = cpu.vHigh(n);
        long mlo = cpu.vLow(m);
        long mhi = cpu.vHigh(m);
        if (datasize == 64) {
            cpu.writeV(d, 64, position == 0 ? nlo : (nlo >>> position) | (mlo << (64 - position)), 0);
            return;
        }
        long w0 = nlo;
        long w1 = nhi;
        long w2 = mlo;
        long w3 = mhi;
        long lo;
        long hi;
        int s = position & 63;
        if (position < 64) {
            lo = s == 0 ? w0 : (w0 >>> s) | (w1 << (64 - s));
            hi = s == 0 ? w1 : (w1 >>> s) | (w2 << (64 - s));
        } else {
            lo = s == 0 ? w1 : (w1 >>> s) | (w2 << (64 - s));
            hi = s == 0 ? w2 : (w2 >>> s) | (w3 << (64 - s));
        }
        cpu.writeV(d, 128, lo, hi);
    }

    /**
     * TBL (isTbl), TBX: the table is V[n], V[n+1], ... (regs registers, mod 32), indexed by the bytes of V[m];
     * an index beyond the table gives 0 (TBL) or keeps the byte of V[d] (TBX).
     */
    @Override
    default void simdTableLookup(int d, int n, int m, int regs, int datasize, boolean isTbl) {
        Cpu cpu = cpu();
        long[] v = cpu.v;
        long ilo = v[2 * m];
        long ihi = v[2 * m + 1];
        long lo = isTbl ? 0 : v[2 * d];
        long hi = isTbl ? 0 : v[2 * d + 1];
        int limit = 16 * regs;
        int bytes = datasize / 8;
        for (int i = 0; i < bytes; i++) {
            int shift = (i & 7) * 8;
            int index = (int) ((i < 8 ? ilo : ihi) >>> shift) & 0xff;
            if (index < limit) {
                int r = (n + (index >>> 4)) & 31;
                long word = v[2 * r + ((index >>> 3) & 1)];
                long b = (word >>> ((index & 7) * 8)) & 0xff;
                if (i < 8) {
                    lo = (lo & ~(0xffL << shift)) | (b << shift);
                } else {
                    hi = (hi & ~(0xffL << shift)) | (b << shift);
                }
            }
        }
        cpu.writeV(d, datasize, lo, hi);
    }
}
