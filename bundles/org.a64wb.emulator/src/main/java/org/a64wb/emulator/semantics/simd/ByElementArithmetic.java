package org.a64wb.emulator.semantics.simd;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.fp.FpCore;
import org.a64wb.emulator.fp.FpStatus;

/**
 * The Advanced SIMD "by element" operations of the Arm ARM (C7.2: MUL, MLA/MLS, SQDMULH/SQRDMULH,
 * SQRDMLAH/SQRDMLSH, S/U MULL, S/U MLAL/MLSL, SQDMULL, SQDMLAL/SQDMLSL, SDOT/UDOT, FMUL/FMULX,
 * FMLA/FMLS, FCMLA (by element)) on the raw register file of a {@link Cpu}.
 *
 * Every method reads the indexed element {@code Elem[V[m], index, esize]} and all other source elements
 * before it writes V[d] once, as whole 64-bit halves: a result of 64 bits or fewer (a 64-bit vector, or a
 * scalar form, datasize = esize) zeroes the rest of the 128-bit register. The long forms read
 * {@code Vpart[n, part]} (part 1: the upper 64 bits) and write 2 * datasize bits. Integer arithmetic is
 * exact in {@code long} (the doubled products and the rounding constants are rearranged so that nothing
 * overflows for esize 32); saturation sets FPSR.QC. Floating-point operations go through {@link FpCore}
 * with FPCR/FPSR of the CPU.
 */
public final class ByElementArithmetic {

    private ByElementArithmetic() {
    }

    // ---- element plumbing

    private static long signed(long value, int bits) {
        return value << (64 - bits) >> (64 - bits);
    }

    private static long mask(int bits) {
        return bits == 64 ? -1L : (1L << bits) - 1;
    }


    /** SignedSatQ(value, bits) for bits < 64, setting FPSR.QC when it saturates. */
    private static long signedSat(Cpu cpu, long value, int bits) {
        long max = (1L << (bits - 1)) - 1;
        long min = -max - 1;
        if (value > max) {
            cpu.setSaturated();
            return max;
        }
        if (value < min) {
            cpu.setSaturated();
            return min;
        }
        return value;
    }

    /** SignedSatQ(a + b, 64) (or a - b), setting FPSR.QC when it saturates. */
    private static long signedSatAdd64(Cpu cpu, long a, long b, boolean subtract) {
        long r = subtract ? a - b : a + b;
        boolean overflow = subtract ? ((a ^ b) & (a ^ r)) < 0 : ((a ^ r) & (b ^ r)) < 0;
        if (overflow) {
            cpu.setSaturated();
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    // ---- same-width integer

    /**
     * MUL (by element), MLA/MLS (by element): {@code accumulate} adds the product to (subOp: subtracts it
     * from) the element of V[d]; products are taken modulo 2^esize.
     */
    public static void multiply(Cpu cpu, int d, int n, int m, int index, int esize, int datasize,
            boolean accumulate, boolean subOp) {
        long element2 = cpu.element(m, index, esize);
        int elements = datasize / esize;
        long mask = mask(esize);
        long low = 0;
        long high = 0;
        for (int e = 0; e < elements; e++) {
            long product = cpu.element(n, e, esize) * element2;
            if (accumulate) {
                long element3 = cpu.element(d, e, esize);
                product = subOp ? element3 - product : element3 + product;
            }
            int bit = e * esize;
            if (bit < 64) {
                low |= (product & mask) << bit;
            } else {
                high |= (product & mask) << (bit - 64);
            }
        }
        cpu.writeV(d, datasize, low, high);
    }

    /**
     * SQDMULH/SQRDMULH (by element): SignedSatQ((2 * a * b + round_const) >> esize, esize), computed as
     * (a * b + round_const / 2) >> (esize - 1), which is the same number without overflowing for esize 32.
     */
    public static void saturatingDoublingMulHigh(Cpu cpu, int d, int n, int m, int index, int esize, int datasize,
            boolean round) {
        long element2 = signed(cpu.element(m, index, esize), esize);
        long roundHalf = round ? 1L << (esize - 2) : 0;
        int elements = datasize / esize;
        long mask = mask(esize);
        long low = 0;
        long high = 0;
        for (int e = 0; e < elements; e++) {
            long product = signed(cpu.element(n, e, esize), esize) * element2;
            long result = signedSat(cpu, (product + roundHalf) >> (esize - 1), esize);
            int bit = e * esize;
            if (bit < 64) {
                low |= (result & mask) << bit;
            } else {
                high |= (result & mask) << (bit - 64);
            }
        }
        cpu.writeV(d, datasize, low, high);
    }

    /**
     * SQRDMLAH/SQRDMLSH (by element): SignedSatQ(((c << esize) +- 2 * a * b + (1 << (esize - 1))) >> esize,
     * esize), computed as c + ((+-a * b + (1 << (esize - 2))) >> (esize - 1)) (the same number, exact in long).
     */
    public static void saturatingRoundingDoublingMulAcc(Cpu cpu, int d, int n, int m, int index, int esize,
            int datasize, boolean subOp) {
        long element2 = signed(cpu.element(m, index, esize), esize);
        long roundHalf = 1L << (esize - 2);
        int elements = datasize / esize;
        long mask = mask(esize);
        long low = 0;
        long high = 0;
        for (int e = 0; e < elements; e++) {
            long product = signed(cpu.element(n, e, esize), esize) * element2;
            long element3 = signed(cpu.element(d, e, esize), esize);
            long accum = element3 + (((subOp ? -product : product) + roundHalf) >> (esize - 1));
            long result = signedSat(cpu, accum, esize);
            int bit = e * esize;
            if (bit < 64) {
                low |= (result & mask) << bit;
            } else {
                high |= (result & mask) << (bit - 64);
            }
        }
        cpu.writeV(d, datasize, low, high);
    }

    // ---- long integer

    /**
     * The long forms: element e of Vpart[n, part] (esize bits) times the indexed element gives a 2 * esize
     * result. {@code op}: 0 multiply (S/UMULL), 1 multiply-accumulate (S/UMLAL, S/UMLSL with subOp),
     * 2 saturating doubling multiply (SQDMULL), 3 saturating doubling multiply-accumulate (SQDMLAL/SQDMLSL).
     */
    private static void longOperation(Cpu cpu, int op, int d, int n, int m, int index, int esize, int datasize,
            int part, boolean unsigned, boolean subOp) {
        long raw2 = cpu.element(m, index, esize);
        long element2 = unsigned ? raw2 : signed(raw2, esize);
        int elements = datasize / esize;
        int first = part * (64 / esize);
        int wide = 2 * esize;
        long mask = mask(wide);
        long saturatedProduct = 1L << (wide - 2); // 2 * (-2^(esize-1))^2 = 2^(2*esize-1): the one overflowing product
        long low = 0;
        long high = 0;
        for (int e = 0; e < elements; e++) {
            long raw1 = cpu.element(n, first + e, esize);
            long product = (unsigned ? raw1 : signed(raw1, esize)) * element2;
            long result;
            switch (op) {
                case 0 -> result = product;
                case 1 -> {
                    long element3 = cpu.element(d, e, wide);
                    result = subOp ? element3 - product : element3 + product;
                }
                default -> {
                    boolean sat1 = product == saturatedProduct;
                    long doubled = sat1 ? mask(wide - 1) : 2 * product;
                    if (sat1) {
                        cpu.setSaturated();
                    }
                    if (op == 2) {
                        result = doubled;
                    } else {
                        long element3 = signed(cpu.element(d, e, wide), wide);
                        result = wide == 64 ? signedSatAdd64(cpu, element3, doubled, subOp)
                                : signedSat(cpu, subOp ? element3 - doubled : element3 + doubled, wide);
                    }
                }
            }
            int bit = e * wide;
            if (bit < 64) {
                low |= (result & mask) << bit;
            } else {
                high |= (result & mask) << (bit - 64);
            }
        }
        cpu.writeV(d, 2 * datasize, low, high);
    }

    /** SMULL/UMULL (by element). */
    public static void multiplyLong(Cpu cpu, int d, int n, int m, int index, int esize, int datasize, int part,
            boolean unsigned) {
        longOperation(cpu, 0, d, n, m, index, esize, datasize, part, unsigned, false);
    }

    /** SMLAL/UMLAL/SMLSL/UMLSL (by element): the 2 * esize accumulation wraps. */
    public static void multiplyAccumulateLong(Cpu cpu, int d, int n, int m, int index, int esize, int datasize,
            int part, boolean unsigned, boolean subOp) {
        longOperation(cpu, 1, d, n, m, index, esize, datasize, part, unsigned, subOp);
    }

    /** SQDMULL (by element): SignedSatQ(2 * a * b, 2 * esize). */
    public static void saturatingDoublingMulLong(Cpu cpu, int d, int n, int m, int index, int esize, int datasize,
            int part) {
        longOperation(cpu, 2, d, n, m, index, esize, datasize, part, false, false);
    }

    /** SQDMLAL/SQDMLSL (by element): the doubled product saturates, then the accumulation saturates. */
    public static void saturatingDoublingMulAccLong(Cpu cpu, int d, int n, int m, int index, int esize,
            int datasize, int part, boolean subOp) {
        longOperation(cpu, 3, d, n, m, index, esize, datasize, part, false, subOp);
    }

    // ---- dot product

    /** SDOT/UDOT (by element): each 32-bit element of V[d] plus four byte products with the indexed group. */
    public static void dotProduct(Cpu cpu, int d, int n, int m, int index, int datasize, boolean unsigned) {
        long group = cpu.element(m, index, 32);
        int elements = datasize / 32;
        long low = 0;
        long high = 0;
        for (int e = 0; e < elements; e++) {
            long bytes = cpu.element(n, e, 32);
            int sum = (int) cpu.element(d, e, 32);
            for (int i = 0; i < 32; i += 8) {
                int a = (int) (bytes >>> i) & 0xff;
                int b = (int) (group >>> i) & 0xff;
                if (!unsigned) {
                    a = (byte) a;
                    b = (byte) b;
                }
                sum += a * b;
            }
            long result = sum & 0xffffffffL;
            if (e < 2) {
                low |= result << (32 * e);
            } else {
                high |= result << (32 * (e - 2));
            }
        }
        cpu.writeV(d, datasize, low, high);
    }

    // ---- floating point

    private static FpStatus status(Cpu cpu) {
        return new FpStatus((int) cpu.fpcr, (int) cpu.fpsr);
    }

    private static void writeBack(Cpu cpu, FpStatus st) {
        cpu.fpsr = st.fpsr() & 0xffffffffL;
    }

    /** FMUL/FMULX (by element): FPMul or FPMulX of each element with the indexed one. */
    public static void fpMultiply(Cpu cpu, int d, int n, int m, int index, int esize, int datasize, boolean mulx) {
        FpStatus st = status(cpu);
        long element2 = cpu.element(m, index, esize);
        int elements = datasize / esize;
        long low = 0;
        long high = 0;
        for (int e = 0; e < elements; e++) {
            long element1 = cpu.element(n, e, esize);
            long result = mulx ? FpCore.mulX(esize, element1, element2, st) : FpCore.mul(esize, element1, element2, st);
            int bit = e * esize;
            if (bit < 64) {
                low |= result << bit;
            } else {
                high |= result << (bit - 64);
            }
        }
        writeBack(cpu, st);
        cpu.writeV(d, datasize, low, high);
    }

    /** FMLA/FMLS (by element): FPMulAdd(V[d] element, element1 (negated for FMLS), indexed element), fused. */
    public static void fpMultiplyAdd(Cpu cpu, int d, int n, int m, int index, int esize, int datasize,
            boolean subOp) {
        FpStatus st = status(cpu);
        long element2 = cpu.element(m, index, esize);
        int elements = datasize / esize;
        long low = 0;
        long high = 0;
        for (int e = 0; e < elements; e++) {
            long element1 = cpu.element(n, e, esize);
            if (subOp) {
                element1 = FpCore.neg(esize, element1);
            }
            long result = FpCore.mulAdd(esize, cpu.element(d, e, esize), element1, element2, st);
            int bit = e * esize;
            if (bit < 64) {
                low |= result << bit;
            } else {
                high |= result << (bit - 64);
            }
        }
        writeBack(cpu, st);
        cpu.writeV(d, datasize, low, high);
    }

    /**
     * FCMLA (by element): for each complex pair e of V[n] and V[d], the pair {@code index} of V[m] rotated by
     * rot * 90 degrees, multiplied by the real (rot 0, 2) or imaginary (rot 1, 3) part of the pair of V[n],
     * added to V[d] with FPMulAdd(addend, element of Vn, element of Vm) as in the pseudocode.
     */
    public static void fpComplexMultiplyAdd(Cpu cpu, int d, int n, int m, int index, int esize, int datasize,
            int rot) {
        FpStatus st = status(cpu);
        long mReal = cpu.element(m, 2 * index, esize);
        long mImag = cpu.element(m, 2 * index + 1, esize);
        long element1;
        long element3;
        boolean imaginaryOfN = (rot & 1) != 0;
        switch (rot) {
            case 0 -> {
                element1 = mReal;
                element3 = mImag;
            }
            case 1 -> {
                element1 = FpCore.neg(esize, mImag);
                element3 = mReal;
            }
            case 2 -> {
                element1 = FpCore.neg(esize, mReal);
                element3 = FpCore.neg(esize, mImag);
            }
            default -> {
                element1 = mImag;
                element3 = FpCore.neg(esize, mReal);
            }
        }
        int pairs = datasize / esize / 2;
        long low = 0;
        long high = 0;
        for (int e = 0; e < pairs; e++) {
            long nElement = cpu.element(n, 2 * e + (imaginaryOfN ? 1 : 0), esize);
            long real = FpCore.mulAdd(esize, cpu.element(d, 2 * e, esize), nElement, element1, st);
            long imag = FpCore.mulAdd(esize, cpu.element(d, 2 * e + 1, esize), nElement, element3, st);
            int bit = 2 * e * esize;
            long pair = real | imag << esize;
            if (bit < 64) {
                low |= pair << bit;
            } else {
                high |= pair << (bit - 64);
            }
        }
        writeBack(cpu, st);
        cpu.writeV(d, datasize, low, high);
    }
}
