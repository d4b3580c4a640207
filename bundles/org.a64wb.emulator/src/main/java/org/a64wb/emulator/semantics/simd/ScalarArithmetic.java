package org.a64wb.emulator.semantics.simd;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.fp.FpRounding;
import org.a64wb.emulator.fp.FpStatus;

/**
 * Integer helpers of the Advanced SIMD scalar semantics ({@code AdvSimdScalarExecution}): the Arm ARM's
 * {@code SatQ}, {@code SignedSatQ}, {@code UnsignedSatQ} and rounding shifts on one element of 8 to 64 bits,
 * computed with {@code long} arithmetic (the 65-bit and wider intermediate values of the pseudocode are
 * reasoned about instead of formed). Saturation sets FPSR.QC through {@link Cpu#setSaturated()}.
 */
public final class ScalarArithmetic {

    private ScalarArithmetic() {
    }

    private static final FpRounding[] ROUNDINGS = FpRounding.values();

    /** Ones(esize) as a long. */
    public static long mask(int esize) {
        return esize == 64 ? -1L : (1L << esize) - 1;
    }

    /** SInt of the low esize bits. */
    public static long sext(long value, int esize) {
        return esize == 64 ? value : value << (64 - esize) >> (64 - esize);
    }

    /** Int(value, unsigned) of the low esize bits (an unsigned 64-bit value stays as its bits). */
    public static long extend(long value, int esize, boolean unsigned) {
        return unsigned ? value & mask(esize) : sext(value, esize);
    }

    /**
     * {@code SatQ(q, esize, dstUnsigned)} for esize &lt; 64, q being a signed long, or an unsigned 64-bit value
     * when {@code qUnsigned}. Returns the esize-bit result zero-extended and sets FPSR.QC when it saturates.
     */
    public static long saturate(Cpu cpu, long q, boolean qUnsigned, int esize, boolean dstUnsigned) {
        if (dstUnsigned) {
            long max = (1L << esize) - 1;
            if (!qUnsigned && q < 0) {
                cpu.setSaturated();
                return 0;
            }
            if (Long.compareUnsigned(q, max) > 0) {
                cpu.setSaturated();
                return max;
            }
            return q;
        }
        long max = (1L << (esize - 1)) - 1;
        long min = -max - 1;
        if (qUnsigned ? Long.compareUnsigned(q, max) > 0 : q > max) {
            cpu.setSaturated();
            return max;
        }
        if (!qUnsigned && q < min) {
            cpu.setSaturated();
            return min & mask(esize);
        }
        return q & mask(esize);
    }

    /** SignedSatQ(op1 + op2, 64) / SignedSatQ(op1 - op2, 64). */
    public static long signedAddSub64(Cpu cpu, long op1, long op2, boolean sub) {
        long r = sub ? op1 - op2 : op1 + op2;
        boolean overflow = sub ? ((op1 ^ op2) & (op1 ^ r)) < 0 : ((op1 ^ r) & (op2 ^ r)) < 0;
        if (overflow) {
            cpu.setSaturated();
            return op1 < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    /** UnsignedSatQ(op1 + op2, 64) / UnsignedSatQ(op1 - op2, 64) of unsigned operands. */
    public static long unsignedAddSub64(Cpu cpu, long op1, long op2, boolean sub) {
        if (sub) {
            if (Long.compareUnsigned(op1, op2) < 0) {
                cpu.setSaturated();
                return 0;
            }
            return op1 - op2;
        }
        long r = op1 + op2;
        if (Long.compareUnsigned(r, op1) < 0) {
            cpu.setSaturated();
            return -1L;
        }
        return r;
    }

    /**
     * floor((v + round_const) / 2^s) for s &gt;= 1 (any size), round_const = 2^(s-1) when rounding, v signed or
     * (when unsigned) an unsigned 64-bit value; the result is exact as an unsigned value when unsigned, as a
     * signed one otherwise.
     */
    public static long shiftRight(long v, int s, boolean unsigned, boolean round) {
        long q;
        long bit = 0;
        if (unsigned) {
            q = s >= 64 ? 0 : v >>> s;
            if (round && s - 1 < 64) {
                bit = (v >>> (s - 1)) & 1;
            }
        } else {
            q = v >> Math.min(s, 63);
            if (round) {
                bit = (v >> Math.min(s - 1, 63)) & 1;
            }
        }
        return q + bit;
    }

    /** SatQ(v &lt;&lt; s, esize, dstUnsigned) for v = Int(element, srcUnsigned) and 0 &lt;= s &lt; 128. */
    public static long saturatingShiftLeft(Cpu cpu, long v, int s, int esize, boolean srcUnsigned,
            boolean dstUnsigned) {
        if (v == 0) {
            return 0;
        }
        if (!srcUnsigned && v < 0 && dstUnsigned) {
            cpu.setSaturated();
            return 0;
        }
        if (esize < 64) {
            if (s >= esize) {
                cpu.setSaturated();
                return dstUnsigned ? mask(esize) : v < 0 ? 1L << (esize - 1) : (1L << (esize - 1)) - 1;
            }
            return saturate(cpu, v << s, false, esize, dstUnsigned);
        }
        // 64-bit elements: v is a signed long, or unsigned when srcUnsigned
        boolean negative = !srcUnsigned && v < 0;
        if (dstUnsigned) { // v is non-negative here (as unsigned when srcUnsigned)
            if (s >= 64 || (s > 0 && (v >>> (64 - s)) != 0)) {
                cpu.setSaturated();
                return -1L;
            }
            return v << s;
        }
        if (s >= 64 || (v << s) >> s != v) {
            cpu.setSaturated();
            return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return v << s;
    }

    // ---- floating point context

    /** An FpStatus over the PE's FPCR and FPSR. */
    public static FpStatus fpStatus(Cpu cpu) {
        return new FpStatus((int) cpu.fpcr, (int) cpu.fpsr);
    }

    /** Writes the (cumulative) flags of st back to FPSR. */
    public static void commit(Cpu cpu, FpStatus st) {
        cpu.fpsr = st.fpsr() & 0xffffffffL;
    }

    /** FPRounding by ordinal: 0 TIEEVEN (N), 1 POSINF (P), 2 NEGINF (M), 3 ZERO (Z), 4 TIEAWAY (A), 5 ODD. */
    public static FpRounding rounding(int ordinal) {
        return ROUNDINGS[ordinal];
    }
}
