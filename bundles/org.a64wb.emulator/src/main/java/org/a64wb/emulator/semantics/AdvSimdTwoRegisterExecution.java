package org.a64wb.emulator.semantics;

import static org.a64wb.emulator.semantics.simd.TwoRegisterLanes.get;
import static org.a64wb.emulator.semantics.simd.TwoRegisterLanes.getSigned;
import static org.a64wb.emulator.semantics.simd.TwoRegisterLanes.mask;
import static org.a64wb.emulator.semantics.simd.TwoRegisterLanes.put;

import java.util.function.LongUnaryOperator;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.fp.FpCore;
import org.a64wb.emulator.fp.FpRounding;
import org.a64wb.emulator.fp.FpStatus;
import org.a64wb.emulator.semantics.simd.AesState;
import org.a64wb.emulator.semantics.simd.TwoRegisterLanes;
import org.a64wb.isa.a64.A64AdvsimdTwoRegisterSemantics;

/**
 * Advanced SIMD two-register miscellaneous (integer, single/double and half precision), across lanes and AES
 * (Arm ARM C7.2; the operations are declared in {@code advsimd-two-register.a64}). Each method reads every source
 * before it writes V[d]; results of datasize 64 zero bits 127:64, scalar results (across lanes) zero everything
 * above the scalar, and the "2" forms write only bits 127:64 ({@code Vpart[d, 1]}). Saturation sets FPSR.QC;
 * floating-point operations run in {@link FpCore} with the FPCR and OR their exception flags into the FPSR.
 */
public interface AdvSimdTwoRegisterExecution extends A64AdvsimdTwoRegisterSemantics, Execution {

    // ---- shared pieces ----

    /** An FpStatus over FPCR with a clear FPSR: the caller ORs its flags back ({@link #fpDone}). */
    private static FpStatus fpStatus(Cpu cpu) {
        return new FpStatus((int) cpu.fpcr);
    }

    private static void fpDone(Cpu cpu, FpStatus st) {
        cpu.fpsr |= st.fpsr() & FpStatus.ALL_FLAGS;
    }

    /** V[d] = f(each esize-bit element of V[n]) over datasize bits; f's FP flags go to FPSR. */
    private static void fpLanes(Cpu cpu, int d, int n, int esize, int datasize, FpStatus st, LongUnaryOperator f) {
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        long r0 = 0, r1 = 0;
        for (int e = 0; e < datasize / esize; e++) {
            long x = f.applyAsLong(get(lo, hi, e, esize));
            r0 |= put(0, x, e, esize);
            r1 |= put(1, x, e, esize);
        }
        cpu.writeV(d, datasize, r0, r1);
        fpDone(cpu, st);
    }

    /** The rounding of an operation: 0..3 FPDecodeRounding, 4 ties away, negative FPCR.RMode. */
    private static FpRounding rounding(int rounding, FpStatus st) {
        return rounding < 0 ? st.rounding() : rounding == 4 ? FpRounding.TIEAWAY : FpRounding.fromRMode(rounding);
    }


    /** Vpart[d, part] = value: part 0 writes bits 63:0 and zeroes the rest, part 1 writes bits 127:64 only. */
    private static void writePart(Cpu cpu, int d, int part, long value) {
        if (part == 0) {
            cpu.setV(d, value, 0);
        } else {
            cpu.setV(d, cpu.vLow(d), value);
        }
    }

    // ---- integer ----

    @Override
    default void simdReverse(int d, int n, int esize, int datasize, int containerSize) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        int elements = datasize / esize;
        int flip = containerSize / esize - 1;
        long r0 = 0, r1 = 0;
        for (int e = 0; e < elements; e++) {
            long x = get(lo, hi, e ^ flip, esize);
            r0 |= put(0, x, e, esize);
            r1 |= put(1, x, e, esize);
        }
        cpu.writeV(d, datasize, r0, r1);
    }

    @Override
    default void simdAddLongPairwise(int d, int n, int esize, int datasize, boolean unsigned, boolean accumulate) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        long dlo = cpu.vLow(d), dhi = cpu.vHigh(d);
        int elements = datasize / (2 * esize);
        long r0 = 0, r1 = 0;
        for (int e = 0; e < elements; e++) {
            long a = unsigned ? get(lo, hi, 2 * e, esize) : getSigned(lo, hi, 2 * e, esize);
            long b = unsigned ? get(lo, hi, 2 * e + 1, esize) : getSigned(lo, hi, 2 * e + 1, esize);
            long sum = a + b;
            if (accumulate) {
                sum += get(dlo, dhi, e, 2 * esize);
            }
            r0 |= put(0, sum, e, 2 * esize);
            r1 |= put(1, sum, e, 2 * esize);
        }
        cpu.writeV(d, datasize, r0, r1);
    }

    /** SUQADD (unsigned false): SInt(V[d]) + UInt(V[n]) saturated signed; USQADD: UInt(V[d]) + SInt(V[n]) unsigned. */
    @Override
    default void simdSaturatingAccumulate(int d, int n, int esize, int datasize, boolean unsigned) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        long dlo = cpu.vLow(d), dhi = cpu.vHigh(d);
        int elements = datasize / esize;
        long r0 = 0, r1 = 0;
        boolean saturated = false;
        for (int e = 0; e < elements; e++) {
            long r;
            if (esize < 64) {
                long op1 = unsigned ? getSigned(lo, hi, e, esize) : get(lo, hi, e, esize);
                long op2 = unsigned ? get(dlo, dhi, e, esize) : getSigned(dlo, dhi, e, esize);
                long sum = op1 + op2;
                r = TwoRegisterLanes.clamp(sum, esize, unsigned);
                saturated |= r != sum;
            } else if (!unsigned) {
                long u = get(lo, hi, e, 64), s = get(dlo, dhi, e, 64);
                r = s + u;
                // true sum s + UInt(u) >= 2^63 exactly when the wrapped sum is negative while s or u is
                // non-negative as signed, or (both negative) when the wrapped sum is negative
                if ((u >= 0 && s >= 0 && r < 0) || (u < 0 && s >= 0) || (u < 0 && s < 0 && r < 0)) {
                    r = Long.MAX_VALUE;
                    saturated = true;
                }
            } else {
                long s = get(lo, hi, e, 64), u = get(dlo, dhi, e, 64);
                r = u + s;
                if (s >= 0 && Long.compareUnsigned(r, u) < 0) {
                    r = -1L;
                    saturated = true;
                } else if (s < 0 && Long.compareUnsigned(u, -s) < 0) {
                    r = 0;
                    saturated = true;
                }
            }
            r0 |= put(0, r, e, esize);
            r1 |= put(1, r, e, esize);
        }
        cpu.writeV(d, datasize, r0, r1);
        if (saturated) {
            cpu.setSaturated();
        }
    }

    @Override
    default void simdCountLeading(int d, int n, int esize, int datasize, boolean signBits) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        int elements = datasize / esize;
        long r0 = 0, r1 = 0;
        for (int e = 0; e < elements; e++) {
            long count;
            if (signBits) {
                long x = getSigned(lo, hi, e, esize);
                count = Long.numberOfLeadingZeros(x ^ (x >> 63)) - (64 - esize) - 1;
            } else {
                count = Long.numberOfLeadingZeros(get(lo, hi, e, esize)) - (64 - esize);
            }
            r0 |= put(0, count, e, esize);
            r1 |= put(1, count, e, esize);
        }
        cpu.writeV(d, datasize, r0, r1);
    }

    @Override
    default void simdPopCount(int d, int n, int esize, int datasize) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        int elements = datasize / esize;
        long r0 = 0, r1 = 0;
        for (int e = 0; e < elements; e++) {
            long count = Long.bitCount(get(lo, hi, e, esize));
            r0 |= put(0, count, e, esize);
            r1 |= put(1, count, e, esize);
        }
        cpu.writeV(d, datasize, r0, r1);
    }

    @Override
    default void simdSaturatingAbsNeg(int d, int n, int esize, int datasize, boolean neg) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        int elements = datasize / esize;
        long min = esize == 64 ? Long.MIN_VALUE : -(1L << (esize - 1));
        long max = esize == 64 ? Long.MAX_VALUE : (1L << (esize - 1)) - 1;
        long r0 = 0, r1 = 0;
        boolean saturated = false;
        for (int e = 0; e < elements; e++) {
            long x = getSigned(lo, hi, e, esize);
            long r;
            if (x == min) {
                r = max; // -min and |min| are both 2^(esize-1)
                saturated = true;
            } else {
                r = neg ? -x : Math.abs(x);
            }
            r0 |= put(0, r, e, esize);
            r1 |= put(1, r, e, esize);
        }
        cpu.writeV(d, datasize, r0, r1);
        if (saturated) {
            cpu.setSaturated();
        }
    }

    @Override
    default void simdAbsNeg(int d, int n, int esize, int datasize, boolean neg) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        int elements = datasize / esize;
        long r0 = 0, r1 = 0;
        for (int e = 0; e < elements; e++) {
            long x = getSigned(lo, hi, e, esize);
            long r = neg ? -x : Math.abs(x);
            r0 |= put(0, r, e, esize);
            r1 |= put(1, r, e, esize);
        }
        cpu.writeV(d, datasize, r0, r1);
    }

    @Override
    default void simdCompareZero(int d, int n, int esize, int datasize, int comparison) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        int elements = datasize / esize;
        long r0 = 0, r1 = 0;
        for (int e = 0; e < elements; e++) {
            long x = getSigned(lo, hi, e, esize);
            boolean pass = switch (comparison) {
                case 0 -> x > 0;
                case 1 -> x >= 0;
                case 2 -> x == 0;
                case 3 -> x <= 0;
                default -> x < 0;
            };
            if (pass) {
                r0 |= put(0, -1L, e, esize);
                r1 |= put(1, -1L, e, esize);
            }
        }
        cpu.writeV(d, datasize, r0, r1);
    }

    @Override
    default void simdNot(int d, int n, int datasize) {
        Cpu cpu = cpu();
        cpu.writeV(d, datasize, ~cpu.vLow(n), ~cpu.vHigh(n));
    }

    /** RBIT (vector), esize 8: Long.reverse reverses all 64 bits, reverseBytes puts the bytes back in place. */
    @Override
    default void simdReverseBits(int d, int n, int esize, int datasize) {
        Cpu cpu = cpu();
        cpu.writeV(d, datasize, Long.reverseBytes(Long.reverse(cpu.vLow(n))),
                Long.reverseBytes(Long.reverse(cpu.vHigh(n))));
    }

    @Override
    default void simdExtractNarrow(int d, int n, int esize, int part) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        int elements = 64 / esize;
        long r = 0;
        for (int e = 0; e < elements; e++) {
            r |= put(0, get(lo, hi, e, 2 * esize), e, esize);
        }
        writePart(cpu, d, part, r);
    }

    @Override
    default void simdSaturatingExtractNarrow(int d, int n, int esize, int part, boolean srcUnsigned,
            boolean dstUnsigned) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        int elements = 64 / esize;
        long min = dstUnsigned ? 0 : -(1L << (esize - 1));
        long max = dstUnsigned ? (1L << esize) - 1 : (1L << (esize - 1)) - 1;
        long r = 0;
        boolean saturated = false;
        for (int e = 0; e < elements; e++) {
            long x;
            long v;
            if (srcUnsigned) {
                x = get(lo, hi, e, 2 * esize);
                v = Long.compareUnsigned(x, max) > 0 ? max : x;
            } else {
                x = getSigned(lo, hi, e, 2 * esize);
                v = x < min ? min : x > max ? max : x;
            }
            saturated |= v != x;
            r |= put(0, v, e, esize);
        }
        writePart(cpu, d, part, r);
        if (saturated) {
            cpu.setSaturated();
        }
    }

    @Override
    default void simdShiftLeftLong(int d, int n, int esize, int part, int shift) {
        Cpu cpu = cpu();
        long operand = part == 0 ? cpu.vLow(n) : cpu.vHigh(n);
        int elements = 64 / esize;
        long r0 = 0, r1 = 0;
        for (int e = 0; e < elements; e++) {
            long x = get(operand, 0, e, esize) << shift;
            r0 |= put(0, x, e, 2 * esize);
            r1 |= put(1, x, e, 2 * esize);
        }
        cpu.setV(d, r0, r1);
    }

    // ---- floating point ----

    @Override
    default void simdFpConvertNarrow(int d, int n, int esize, int part, boolean roundToOdd) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        FpStatus st = fpStatus(cpu);
        FpRounding rm = roundToOdd ? FpRounding.ODD : st.rounding();
        int elements = 64 / esize;
        long r = 0;
        for (int e = 0; e < elements; e++) {
            r |= put(0, FpCore.convert(2 * esize, get(lo, hi, e, 2 * esize), esize, rm, st), e, esize);
        }
        writePart(cpu, d, part, r);
        fpDone(cpu, st);
    }

    @Override
    default void simdFpConvertLong(int d, int n, int esize, int part) {
        Cpu cpu = cpu();
        long operand = part == 0 ? cpu.vLow(n) : cpu.vHigh(n);
        FpStatus st = fpStatus(cpu);
        int elements = 64 / esize;
        long r0 = 0, r1 = 0;
        for (int e = 0; e < elements; e++) {
            long x = FpCore.convert(esize, get(operand, 0, e, esize), 2 * esize, st);
            r0 |= put(0, x, e, 2 * esize);
            r1 |= put(1, x, e, 2 * esize);
        }
        cpu.setV(d, r0, r1);
        fpDone(cpu, st);
    }

    @Override
    default void simdFpRoundInt(int d, int n, int esize, int datasize, int rounding, boolean exact) {
        Cpu cpu = cpu();
        FpStatus st = fpStatus(cpu);
        FpRounding rm = rounding(rounding, st);
        fpLanes(cpu, d, n, esize, datasize, st, x -> FpCore.roundInt(esize, x, rm, exact, st));
    }

    @Override
    default void simdFpRoundIntN(int d, int n, int esize, int datasize, int rounding, int intsize) {
        Cpu cpu = cpu();
        FpStatus st = fpStatus(cpu);
        FpRounding rm = rounding(rounding, st);
        fpLanes(cpu, d, n, esize, datasize, st, x -> FpCore.roundIntN(esize, x, rm, intsize, st));
    }

    @Override
    default void simdFpToInt(int d, int n, int esize, int datasize, int rounding, boolean unsigned) {
        Cpu cpu = cpu();
        FpStatus st = fpStatus(cpu);
        FpRounding rm = rounding(rounding, st);
        fpLanes(cpu, d, n, esize, datasize, st, x -> FpCore.toFixed(esize, x, 0, unsigned, rm, esize, st));
    }

    @Override
    default void simdIntToFp(int d, int n, int esize, int datasize, boolean unsigned) {
        Cpu cpu = cpu();
        FpStatus st = fpStatus(cpu);
        FpRounding rm = st.rounding();
        fpLanes(cpu, d, n, esize, datasize, st, x -> FpCore.fixedToFp(esize, x, 0, unsigned, rm, esize, st));
    }

    /** GT: element &gt; 0, GE: element &gt;= 0, EQ, LE: 0 &gt;= element, LT: 0 &gt; element (signalling but EQ). */
    @Override
    default void simdFpCompareZero(int d, int n, int esize, int datasize, int comparison) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        FpStatus st = fpStatus(cpu);
        int elements = datasize / esize;
        long r0 = 0, r1 = 0;
        for (int e = 0; e < elements; e++) {
            long x = get(lo, hi, e, esize);
            boolean pass = switch (comparison) {
                case 0 -> FpCore.compareGT(esize, x, 0, st);
                case 1 -> FpCore.compareGE(esize, x, 0, st);
                case 2 -> FpCore.compareEQ(esize, x, 0, st);
                case 3 -> FpCore.compareGE(esize, 0, x, st);
                default -> FpCore.compareGT(esize, 0, x, st);
            };
            if (pass) {
                r0 |= put(0, -1L, e, esize);
                r1 |= put(1, -1L, e, esize);
            }
        }
        cpu.writeV(d, datasize, r0, r1);
        fpDone(cpu, st);
    }

    /** FABS, FNEG: the sign bit of each element cleared or inverted; no NaN processing, no exceptions. */
    @Override
    default void simdFpAbsNeg(int d, int n, int esize, int datasize, boolean neg) {
        Cpu cpu = cpu();
        long signs = switch (esize) {
            case 16 -> 0x8000800080008000L;
            case 32 -> 0x8000000080000000L;
            default -> 0x8000000000000000L;
        };
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        if (neg) {
            cpu.writeV(d, datasize, lo ^ signs, hi ^ signs);
        } else {
            cpu.writeV(d, datasize, lo & ~signs, hi & ~signs);
        }
    }

    @Override
    default void simdFpReciprocalEstimate(int d, int n, int esize, int datasize, boolean sqrt) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        FpStatus st = fpStatus(cpu);
        int elements = datasize / esize;
        long r0 = 0, r1 = 0;
        for (int e = 0; e < elements; e++) {
            long x = get(lo, hi, e, esize);
            x = sqrt ? FpCore.rsqrtEstimate(esize, x, st) : FpCore.recipEstimate(esize, x, st);
            r0 |= put(0, x, e, esize);
            r1 |= put(1, x, e, esize);
        }
        cpu.writeV(d, datasize, r0, r1);
        fpDone(cpu, st);
    }

    @Override
    default void simdFpSqrt(int d, int n, int esize, int datasize) {
        Cpu cpu = cpu();
        FpStatus st = fpStatus(cpu);
        fpLanes(cpu, d, n, esize, datasize, st, x -> FpCore.sqrt(esize, x, st));
    }

    @Override
    default void simdUnsignedReciprocalEstimate(int d, int n, int datasize, boolean sqrt) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        int elements = datasize / 32;
        long r0 = 0, r1 = 0;
        for (int e = 0; e < elements; e++) {
            int x = (int) get(lo, hi, e, 32);
            long r = (sqrt ? FpCore.unsignedRSqrtEstimate(x) : FpCore.unsignedRecipEstimate(x)) & 0xffffffffL;
            r0 |= put(0, r, e, 32);
            r1 |= put(1, r, e, 32);
        }
        cpu.writeV(d, datasize, r0, r1);
    }

    // ---- AES ----

    @Override
    default void aesRound(int d, int n, boolean decrypt) {
        Cpu cpu = cpu();
        long[] out = new long[2];
        AesState.round(cpu.vLow(d) ^ cpu.vLow(n), cpu.vHigh(d) ^ cpu.vHigh(n), decrypt, out);
        cpu.setV(d, out[0], out[1]);
    }

    @Override
    default void aesMixColumns(int d, int n, boolean decrypt) {
        Cpu cpu = cpu();
        long[] out = new long[2];
        AesState.mixColumns(cpu.vLow(n), cpu.vHigh(n), decrypt, out);
        cpu.setV(d, out[0], out[1]);
    }

    // ---- across lanes: scalar results, V[d] zeroed above them ----

    @Override
    default void simdAddLongAcross(int d, int n, int esize, int datasize, boolean unsigned) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        int elements = datasize / esize;
        long sum = 0;
        for (int e = 0; e < elements; e++) {
            sum += unsigned ? get(lo, hi, e, esize) : getSigned(lo, hi, e, esize);
        }
        cpu.setV(d, sum & mask(2 * esize), 0);
    }

    @Override
    default void simdMaxMinAcross(int d, int n, int esize, int datasize, boolean unsigned, boolean min) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        int elements = datasize / esize;
        long best = unsigned ? get(lo, hi, 0, esize) : getSigned(lo, hi, 0, esize);
        for (int e = 1; e < elements; e++) {
            long x = unsigned ? get(lo, hi, e, esize) : getSigned(lo, hi, e, esize);
            if (min ? x < best : x > best) { // esize <= 32: unsigned values are non-negative longs
                best = x;
            }
        }
        cpu.setV(d, best & mask(esize), 0);
    }

    @Override
    default void simdAddAcross(int d, int n, int esize, int datasize) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        int elements = datasize / esize;
        long sum = 0;
        for (int e = 0; e < elements; e++) {
            sum += get(lo, hi, e, esize);
        }
        cpu.setV(d, sum & mask(esize), 0);
    }

    /** Reduce(op, operand, esize): op(Reduce(low half), Reduce(high half)), recursively. */
    @Override
    default void simdFpMaxMinAcross(int d, int n, int esize, int datasize, boolean min, boolean num) {
        Cpu cpu = cpu();
        long lo = cpu.vLow(n), hi = cpu.vHigh(n);
        FpStatus st = fpStatus(cpu);
        long r = fpReduce(lo, hi, 0, datasize / esize, esize, min, num, st);
        cpu.setV(d, r, 0);
        fpDone(cpu, st);
    }

    private static long fpReduce(long lo, long hi, int first, int count, int esize, boolean min, boolean num,
            FpStatus st) {
        if (count == 1) {
            return get(lo, hi, first, esize);
        }
        int half = count / 2;
        long a = fpReduce(lo, hi, first, half, esize, min, num, st);
        long b = fpReduce(lo, hi, first + half, half, esize, min, num, st);
        if (num) {
            return min ? FpCore.minNum(esize, a, b, st) : FpCore.maxNum(esize, a, b, st);
        }
        return min ? FpCore.min(esize, a, b, st) : FpCore.max(esize, a, b, st);
    }
}
