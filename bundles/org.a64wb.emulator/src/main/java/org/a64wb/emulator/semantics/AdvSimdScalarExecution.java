package org.a64wb.emulator.semantics;

import static org.a64wb.emulator.semantics.simd.ScalarArithmetic.commit;
import static org.a64wb.emulator.semantics.simd.ScalarArithmetic.extend;
import static org.a64wb.emulator.semantics.simd.ScalarArithmetic.fpStatus;
import static org.a64wb.emulator.semantics.simd.ScalarArithmetic.mask;
import static org.a64wb.emulator.semantics.simd.ScalarArithmetic.saturate;
import static org.a64wb.emulator.semantics.simd.ScalarArithmetic.sext;
import static org.a64wb.emulator.semantics.simd.ScalarArithmetic.shiftRight;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.fp.FpCore;
import org.a64wb.emulator.fp.FpRounding;
import org.a64wb.emulator.fp.FpStatus;
import org.a64wb.emulator.semantics.simd.ScalarArithmetic;
import org.a64wb.emulator.semantics.simd.Sha;
import org.a64wb.isa.a64.A64AdvsimdScalarSemantics;

/**
 * Data Processing -- Advanced SIMD scalar (Arm ARM C4.1.6, op0 = 01x1): scalar copy, three same (incl. FP16 and
 * the RDM "extra" forms), two-register misc (incl. FP16), pairwise, three different, shift by immediate and
 * x indexed element, plus the SHA1/SHA256 three- and two-register instructions. One method per operation of
 * {@code advsimd-scalar.a64}, taking what the pseudocode's decode computes. A scalar operates on element 0 of
 * each source (element {@code index} of V[m] for the indexed forms) and writes V[d] zero-extended to 128 bits;
 * every source is read before V[d] is written. Saturation sets FPSR.QC; floating point goes through
 * {@link FpCore} with FPCR/FPSR (cumulative flags written back).
 */
public interface AdvSimdScalarExecution extends A64AdvsimdScalarSemantics, Execution {

    // ---- cryptographic SHA

    @Override
    default void sha1HashUpdate(int d, int n, int m, int op) {
        Sha.sha1Hash(cpu(), d, n, m, op);
    }

    @Override
    default void sha1ScheduleUpdate0(int d, int n, int m) {
        Sha.sha1ScheduleUpdate0(cpu(), d, n, m);
    }

    @Override
    default void sha1ScheduleUpdate1(int d, int n) {
        Sha.sha1ScheduleUpdate1(cpu(), d, n);
    }

    @Override
    default void sha1FixedRotate(int d, int n) {
        Sha.sha1FixedRotate(cpu(), d, n);
    }

    @Override
    default void sha256HashUpdate(int d, int n, int m, boolean part1) {
        Sha.sha256Hash(cpu(), d, n, m, part1);
    }

    @Override
    default void sha256ScheduleUpdate0(int d, int n) {
        Sha.sha256ScheduleUpdate0(cpu(), d, n);
    }

    @Override
    default void sha256ScheduleUpdate1(int d, int n, int m) {
        Sha.sha256ScheduleUpdate1(cpu(), d, n, m);
    }

    // ---- copy

    /** DUP (element), scalar: V[d] = Elem[V[n], index, esize]. */
    @Override
    default void scalarDupElement(int d, int n, int esize, int index) {
        Cpu cpu = cpu();
        cpu.setV(d, cpu.element(n, index, esize), 0);
    }

    // ---- integer three same / three different / indexed

    /** SQADD, UQADD, SQSUB, UQSUB. */
    @Override
    default void scalarSaturatingAddSub(int d, int n, int m, int esize, boolean unsigned, boolean sub) {
        Cpu cpu = cpu();
        long a = cpu.element(n, 0, esize), b = cpu.element(m, 0, esize);
        long r;
        if (esize == 64) {
            r = unsigned ? ScalarArithmetic.unsignedAddSub64(cpu, a, b, sub)
                    : ScalarArithmetic.signedAddSub64(cpu, a, b, sub);
        } else {
            long x = extend(a, esize, unsigned), y = extend(b, esize, unsigned);
            r = saturate(cpu, sub ? x - y : x + y, false, esize, unsigned);
        }
        cpu.setV(d, r, 0);
    }

    /**
     * SSHL, USHL, SRSHL, URSHL, SQSHL, UQSHL, SQRSHL, UQRSHL (register): shift = SInt(Elem[m]<7:0>), a
     * negative shift shifts right (rounding with 2^(-shift-1) when round).
     */
    @Override
    default void scalarShiftRegister(int d, int n, int m, int esize, boolean unsigned, boolean round,
            boolean saturating) {
        Cpu cpu = cpu();
        long v = extend(cpu.element(n, 0, esize), esize, unsigned);
        int shift = (byte) cpu.element(m, 0, esize);
        long r;
        if (shift < 0) {
            // right shifts never leave the element's range: saturation cannot happen
            r = shiftRight(v, -shift, unsigned, round) & mask(esize);
        } else if (saturating) {
            r = ScalarArithmetic.saturatingShiftLeft(cpu, v, shift, esize, unsigned, unsigned) & mask(esize);
        } else {
            r = shift >= esize ? 0 : (v << shift) & mask(esize);
        }
        cpu.setV(d, r, 0);
    }

    /** CMGT, CMHI (cmpEq false), CMGE, CMHS (cmpEq true), register. */
    @Override
    default void scalarCompareRegister(int d, int n, int m, int esize, boolean unsigned, boolean cmpEq) {
        Cpu cpu = cpu();
        long a = extend(cpu.element(n, 0, esize), esize, unsigned);
        long b = extend(cpu.element(m, 0, esize), esize, unsigned);
        int c = unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b);
        cpu.setV(d, (cmpEq ? c >= 0 : c > 0) ? mask(esize) : 0, 0);
    }

    /** CMTST (andTest), CMEQ (register). */
    @Override
    default void scalarCompareBitwise(int d, int n, int m, int esize, boolean andTest) {
        Cpu cpu = cpu();
        long a = cpu.element(n, 0, esize), b = cpu.element(m, 0, esize);
        boolean passed = andTest ? (a & b) != 0 : a == b;
        cpu.setV(d, passed ? mask(esize) : 0, 0);
    }

    /** ADD, SUB (vector, scalar form). */
    @Override
    default void scalarAddSub(int d, int n, int m, int esize, boolean sub) {
        Cpu cpu = cpu();
        long a = cpu.element(n, 0, esize), b = cpu.element(m, 0, esize);
        cpu.setV(d, (sub ? a - b : a + b) & mask(esize), 0);
    }

    /** SQDMULH, SQRDMULH (vector and by element): SignedSatQ((2 * a * b + round_const) >> esize). */
    @Override
    default void scalarSaturatingDoublingMultiplyHigh(int d, int n, int m, int index, int esize, boolean round) {
        Cpu cpu = cpu();
        long a = sext(cpu.element(n, 0, esize), esize), b = sext(cpu.element(m, index, esize), esize);
        long p = a * b; // |p| <= 2^62; (2p + 2^(esize-1)) >> esize == (p + 2^(esize-2)) >> (esize-1)
        long q = (round ? p + (1L << (esize - 2)) : p) >> (esize - 1);
        cpu.setV(d, saturate(cpu, q, false, esize, false), 0);
    }

    /**
     * SQRDMLAH, SQRDMLSH (vector and by element): SignedSatQ(((Vd << esize) +/- 2 * a * b + 2^(esize-1)) >> esize),
     * computed as Vd + floor((+/-p + 2^(esize-2)) / 2^(esize-1)) to stay within 64 bits.
     */
    @Override
    default void scalarSaturatingRoundingDoublingMultiplyAccumulate(int d, int n, int m, int index, int esize,
            boolean sub) {
        Cpu cpu = cpu();
        long a = sext(cpu.element(n, 0, esize), esize), b = sext(cpu.element(m, index, esize), esize);
        long acc = sext(cpu.element(d, 0, esize), esize);
        long p = a * b;
        long q = sub ? -p : p;
        int s = esize - 1;
        long r = acc + (q >> s) + (((q & ((1L << s) - 1)) + (1L << (s - 1))) >> s);
        cpu.setV(d, saturate(cpu, r, false, esize, false), 0);
    }

    /** SQDMULL, SQDMLAL, SQDMLSL (vector and by element): esize-bit sources, 2*esize-bit result. */
    @Override
    default void scalarSaturatingDoublingMultiplyLong(int d, int n, int m, int index, int esize, boolean accumulate,
            boolean sub) {
        Cpu cpu = cpu();
        int wide = 2 * esize;
        long a = sext(cpu.element(n, 0, esize), esize), b = sext(cpu.element(m, index, esize), esize);
        long p = a * b;
        long product;
        if (wide == 64) {
            if (p == 1L << 62) { // only (-2^31)^2 overflows when doubled
                cpu.setSaturated();
                product = Long.MAX_VALUE;
            } else {
                product = 2 * p;
            }
        } else {
            product = sext(saturate(cpu, 2 * p, false, wide, false), wide);
        }
        long r = product;
        if (accumulate) {
            long acc = sext(cpu.element(d, 0, wide), wide);
            if (wide == 64) {
                r = ScalarArithmetic.signedAddSub64(cpu, acc, product, sub);
            } else {
                r = saturate(cpu, sub ? acc - product : acc + product, false, wide, false);
            }
        }
        cpu.setV(d, r & mask(wide), 0);
    }

    // ---- integer two-register misc

    /**
     * SUQADD (unsigned false: V[d] signed + V[n] unsigned, signed saturation) and USQADD (unsigned: V[d]
     * unsigned + V[n] signed, unsigned saturation).
     */
    @Override
    default void scalarSaturatingAccumulate(int d, int n, int esize, boolean unsigned) {
        Cpu cpu = cpu();
        long op1 = extend(cpu.element(n, 0, esize), esize, !unsigned);
        long op2 = extend(cpu.element(d, 0, esize), esize, unsigned);
        long r;
        if (esize < 64) {
            r = saturate(cpu, op1 + op2, false, esize, unsigned);
        } else if (!unsigned) { // op1 unsigned, op2 signed
            r = op1 + op2;
            boolean overflow = op1 < 0 ? op2 >= 0 || r < 0 : op2 >= 0 && r < 0;
            if (overflow) {
                cpu.setSaturated();
                r = Long.MAX_VALUE;
            }
        } else { // op1 signed, op2 unsigned
            r = op1 + op2;
            if (op1 >= 0) {
                if (Long.compareUnsigned(r, op2) < 0) {
                    cpu.setSaturated();
                    r = -1L;
                }
            } else if (Long.compareUnsigned(op2, -op1) < 0) {
                cpu.setSaturated();
                r = 0;
            }
        }
        cpu.setV(d, r & mask(esize), 0);
    }

    /** SQABS, SQNEG. */
    @Override
    default void scalarSaturatingAbsNeg(int d, int n, int esize, boolean neg) {
        Cpu cpu = cpu();
        long v = sext(cpu.element(n, 0, esize), esize);
        long r;
        if (esize == 64) {
            if (v == Long.MIN_VALUE) {
                cpu.setSaturated();
                r = Long.MAX_VALUE;
            } else {
                r = neg ? -v : Math.abs(v);
            }
        } else {
            r = saturate(cpu, neg ? -v : Math.abs(v), false, esize, false);
        }
        cpu.setV(d, r & mask(esize), 0);
    }

    /** ABS, NEG (scalar, D only). */
    @Override
    default void scalarAbsNeg(int d, int n, int esize, boolean neg) {
        Cpu cpu = cpu();
        long v = sext(cpu.element(n, 0, esize), esize);
        cpu.setV(d, (neg ? -v : Math.abs(v)) & mask(esize), 0);
    }

    /** CMGT, CMGE, CMEQ, CMLE, CMLT (zero): cmp 0 GT, 1 GE, 2 EQ, 3 LE, 4 LT. */
    @Override
    default void scalarCompareZero(int d, int n, int esize, int cmp) {
        Cpu cpu = cpu();
        long v = sext(cpu.element(n, 0, esize), esize);
        boolean passed = switch (cmp) {
            case 0 -> v > 0;
            case 1 -> v >= 0;
            case 2 -> v == 0;
            case 3 -> v <= 0;
            default -> v < 0;
        };
        cpu.setV(d, passed ? mask(esize) : 0, 0);
    }

    /** SQXTN, SQXTUN, UQXTN: the 2*esize-bit element of V[n] saturated to esize bits. */
    @Override
    default void scalarSaturatingExtractNarrow(int d, int n, int esize, boolean srcUnsigned, boolean dstUnsigned) {
        Cpu cpu = cpu();
        long v = extend(cpu.element(n, 0, 2 * esize), 2 * esize, srcUnsigned);
        cpu.setV(d, saturate(cpu, v, srcUnsigned, esize, dstUnsigned), 0);
    }

    // ---- pairwise

    /** ADDP (scalar): the two 64-bit elements of V[n] added. */
    @Override
    default void scalarAddPairwise(int d, int n) {
        Cpu cpu = cpu();
        cpu.setV(d, cpu.vLow(n) + cpu.vHigh(n), 0);
    }

    /** FADDP, FMAXP, FMINP, FMAXNMP, FMINNMP (scalar): op 0 FADD, 1 FMAX, 2 FMIN, 3 FMAXNUM, 4 FMINNUM. */
    @Override
    default void scalarFpPairwise(int d, int n, int esize, int op) {
        Cpu cpu = cpu();
        long e0 = cpu.element(n, 0, esize), e1 = cpu.element(n, 1, esize);
        FpStatus st = fpStatus(cpu);
        long r = switch (op) {
            case 0 -> FpCore.add(esize, e0, e1, st);
            case 1 -> FpCore.max(esize, e0, e1, st);
            case 2 -> FpCore.min(esize, e0, e1, st);
            case 3 -> FpCore.maxNum(esize, e0, e1, st);
            default -> FpCore.minNum(esize, e0, e1, st);
        };
        commit(cpu, st);
        cpu.setV(d, r, 0);
    }

    // ---- shift by immediate

    /** SSHR, USHR, SRSHR, URSHR, SSRA, USRA, SRSRA, URSRA: shift 1..esize. */
    @Override
    default void scalarShiftRightImm(int d, int n, int esize, int shift, boolean unsigned, boolean round,
            boolean accumulate) {
        Cpu cpu = cpu();
        long r = shiftRight(extend(cpu.element(n, 0, esize), esize, unsigned), shift, unsigned, round);
        if (accumulate) {
            r += cpu.element(d, 0, esize);
        }
        cpu.setV(d, r & mask(esize), 0);
    }

    /** SHL: shift 0..esize-1. */
    @Override
    default void scalarShiftLeftImm(int d, int n, int esize, int shift) {
        Cpu cpu = cpu();
        cpu.setV(d, (cpu.element(n, 0, esize) << shift) & mask(esize), 0);
    }

    /** SRI (shift 1..esize), SLI (left, shift 0..esize-1): the shifted bits replace those of V[d]. */
    @Override
    default void scalarShiftInsertImm(int d, int n, int esize, int shift, boolean left) {
        Cpu cpu = cpu();
        long v = cpu.element(n, 0, esize), old = cpu.element(d, 0, esize);
        long m = mask(esize);
        long shifted, bits;
        if (left) {
            shifted = v << shift;
            bits = m << shift;
        } else {
            shifted = shift >= 64 ? 0 : v >>> shift;
            bits = shift >= 64 ? 0 : m >>> shift;
        }
        cpu.setV(d, ((old & ~bits) | (shifted & bits)) & m, 0);
    }

    /** SQSHL, UQSHL, SQSHLU (immediate): shift 0..esize-1. */
    @Override
    default void scalarSaturatingShiftLeftImm(int d, int n, int esize, int shift, boolean srcUnsigned,
            boolean dstUnsigned) {
        Cpu cpu = cpu();
        long v = extend(cpu.element(n, 0, esize), esize, srcUnsigned);
        long r = ScalarArithmetic.saturatingShiftLeft(cpu, v, shift, esize, srcUnsigned, dstUnsigned);
        cpu.setV(d, r & mask(esize), 0);
    }

    /** SQSHRN, SQRSHRN, UQSHRN, UQRSHRN, SQSHRUN, SQRSHRUN: 2*esize-bit source, shift 1..esize. */
    @Override
    default void scalarSaturatingShiftRightNarrowImm(int d, int n, int esize, int shift, boolean round,
            boolean srcUnsigned, boolean dstUnsigned) {
        Cpu cpu = cpu();
        int wide = 2 * esize;
        long v = extend(cpu.element(n, 0, wide), wide, srcUnsigned);
        long q = shiftRight(v, shift, srcUnsigned, round);
        cpu.setV(d, saturate(cpu, q, srcUnsigned, esize, dstUnsigned), 0);
    }

    // ---- floating point

    /** FMUL (by element), FMULX (scalar and by element). */
    @Override
    default void scalarFpMultiply(int d, int n, int m, int index, int esize, boolean extended) {
        Cpu cpu = cpu();
        long a = cpu.element(n, 0, esize), b = cpu.element(m, index, esize);
        FpStatus st = fpStatus(cpu);
        long r = extended ? FpCore.mulX(esize, a, b, st) : FpCore.mul(esize, a, b, st);
        commit(cpu, st);
        cpu.setV(d, r, 0);
    }

    /** FMLA, FMLS (by element): FPMulAdd(V[d], +/-V[n], Elem[V[m], index]). */
    @Override
    default void scalarFpMultiplyAdd(int d, int n, int m, int index, int esize, boolean sub) {
        Cpu cpu = cpu();
        long a = cpu.element(n, 0, esize), b = cpu.element(m, index, esize), acc = cpu.element(d, 0, esize);
        if (sub) {
            a = FpCore.neg(esize, a);
        }
        FpStatus st = fpStatus(cpu);
        long r = FpCore.mulAdd(esize, acc, a, b, st);
        commit(cpu, st);
        cpu.setV(d, r, 0);
    }

    /** FCMEQ, FCMGE, FCMGT (register; cmp 2, 1, 0), FACGE, FACGT (abs). */
    @Override
    default void scalarFpCompare(int d, int n, int m, int esize, int cmp, boolean abs) {
        Cpu cpu = cpu();
        long a = cpu.element(n, 0, esize), b = cpu.element(m, 0, esize);
        if (abs) {
            a = FpCore.abs(esize, a);
            b = FpCore.abs(esize, b);
        }
        FpStatus st = fpStatus(cpu);
        boolean passed = switch (cmp) {
            case 0 -> FpCore.compareGT(esize, a, b, st);
            case 1 -> FpCore.compareGE(esize, a, b, st);
            default -> FpCore.compareEQ(esize, a, b, st);
        };
        commit(cpu, st);
        cpu.setV(d, passed ? mask(esize) : 0, 0);
    }

    /** FCMGT, FCMGE, FCMEQ, FCMLE, FCMLT (zero): cmp 0 GT, 1 GE, 2 EQ, 3 LE, 4 LT. */
    @Override
    default void scalarFpCompareZero(int d, int n, int esize, int cmp) {
        Cpu cpu = cpu();
        long a = cpu.element(n, 0, esize);
        FpStatus st = fpStatus(cpu);
        boolean passed = switch (cmp) {
            case 0 -> FpCore.compareGT(esize, a, 0, st);
            case 1 -> FpCore.compareGE(esize, a, 0, st);
            case 2 -> FpCore.compareEQ(esize, a, 0, st);
            case 3 -> FpCore.compareGE(esize, 0, a, st);
            default -> FpCore.compareGT(esize, 0, a, st);
        };
        commit(cpu, st);
        cpu.setV(d, passed ? mask(esize) : 0, 0);
    }

    /** FRECPS, FRSQRTS (sqrt). */
    @Override
    default void scalarFpReciprocalStep(int d, int n, int m, int esize, boolean sqrt) {
        Cpu cpu = cpu();
        long a = cpu.element(n, 0, esize), b = cpu.element(m, 0, esize);
        FpStatus st = fpStatus(cpu);
        long r = sqrt ? FpCore.rsqrtStepFused(esize, a, b, st) : FpCore.recipStepFused(esize, a, b, st);
        commit(cpu, st);
        cpu.setV(d, r, 0);
    }

    /** FABD: FPAbs(FPSub(V[n], V[m])). */
    @Override
    default void scalarFpAbsDifference(int d, int n, int m, int esize) {
        Cpu cpu = cpu();
        long a = cpu.element(n, 0, esize), b = cpu.element(m, 0, esize);
        FpStatus st = fpStatus(cpu);
        long r = FpCore.abs(esize, FpCore.sub(esize, a, b, st));
        commit(cpu, st);
        cpu.setV(d, r, 0);
    }

    /** FCVTXN (scalar): double to single, rounding to odd. */
    @Override
    default void scalarFpConvertNarrowOdd(int d, int n) {
        Cpu cpu = cpu();
        long a = cpu.vLow(n);
        FpStatus st = fpStatus(cpu);
        long r = FpCore.convert(64, a, 32, FpRounding.ODD, st);
        commit(cpu, st);
        cpu.setV(d, r, 0);
    }

    /** FCVTNS ... FCVTZU (integer, fbits 0) and FCVTZS, FCVTZU (fixed-point): FPToFixed to esize bits. */
    @Override
    default void scalarFpToFixed(int d, int n, int esize, int fbits, int rounding, boolean unsigned) {
        Cpu cpu = cpu();
        long a = cpu.element(n, 0, esize);
        FpStatus st = fpStatus(cpu);
        long r = FpCore.toFixed(esize, a, fbits, unsigned, ScalarArithmetic.rounding(rounding), esize, st);
        commit(cpu, st);
        cpu.setV(d, r, 0);
    }

    /** SCVTF, UCVTF (integer, fbits 0, and fixed-point): FixedToFP of an esize-bit element, FPCR rounding. */
    @Override
    default void scalarFixedToFp(int d, int n, int esize, int fbits, boolean unsigned) {
        Cpu cpu = cpu();
        long a = cpu.element(n, 0, esize);
        FpStatus st = fpStatus(cpu);
        long r = FpCore.fixedToFp(esize, a, fbits, unsigned, st.rounding(), esize, st);
        commit(cpu, st);
        cpu.setV(d, r, 0);
    }

    /** FRECPE, FRSQRTE (sqrt). */
    @Override
    default void scalarFpReciprocalEstimate(int d, int n, int esize, boolean sqrt) {
        Cpu cpu = cpu();
        long a = cpu.element(n, 0, esize);
        FpStatus st = fpStatus(cpu);
        long r = sqrt ? FpCore.rsqrtEstimate(esize, a, st) : FpCore.recipEstimate(esize, a, st);
        commit(cpu, st);
        cpu.setV(d, r, 0);
    }

    /** FRECPX. */
    @Override
    default void scalarFpReciprocalExponent(int d, int n, int esize) {
        Cpu cpu = cpu();
        long a = cpu.element(n, 0, esize);
        FpStatus st = fpStatus(cpu);
        long r = FpCore.recpX(esize, a, st);
        commit(cpu, st);
        cpu.setV(d, r, 0);
    }
}
