package org.a64wb.emulator.semantics;

import static org.a64wb.emulator.semantics.simd.Lanes128.clamp;
import static org.a64wb.emulator.semantics.simd.Lanes128.elem;
import static org.a64wb.emulator.semantics.simd.Lanes128.extend;
import static org.a64wb.emulator.semantics.simd.Lanes128.ones;
import static org.a64wb.emulator.semantics.simd.Lanes128.place;
import static org.a64wb.emulator.semantics.simd.Lanes128.replicate;
import static org.a64wb.emulator.semantics.simd.Lanes128.roundingShiftRight;
import static org.a64wb.emulator.semantics.simd.Lanes128.shiftRight;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.fp.FpCore;
import org.a64wb.emulator.fp.FpRounding;
import org.a64wb.emulator.fp.FpStatus;
import org.a64wb.isa.a64.A64AdvsimdImmediateSemantics;

/**
 * Advanced SIMD modified immediate and shift by immediate (Arm ARM C4.1.6; advsimd-immediate.a64): MOVI, MVNI,
 * ORR, BIC, FMOV (vector, immediate); SSHR ... URSRA, SHL, SQSHL/UQSHL/SQSHLU, SRI/SLI, the narrowing shifts
 * with and without saturation, SSHLL/USHLL, and the fixed-point SCVTF/UCVTF/FCVTZS/FCVTZU. Each method is one
 * pseudocode family of the Arm ARM taking what its decode computes.
 *
 * <p>Every operation reads all of its sources before it writes V[d] (d may equal n) and writes V[d] at
 * {@code datasize} bits, so the bits above become zero (64-bit vector forms, and scalars should a scalar
 * encoding bind these operations with datasize = esize); the "2" narrowing forms write only the upper half
 * (Vpart). Elements are handled as bit fields of the two 64-bit halves of the register.
 */
public interface AdvSimdImmediateExecution extends A64AdvsimdImmediateSemantics, Execution {


    /**
     * MOVI, MVNI, ORR, BIC, FMOV (vector, immediate): immOp 0 MOVI (and FMOV), 1 MVNI, 2 ORR, 3 BIC. The
     * 64-bit pattern imm is replicated over datasize.
     */
    @Override
    default void simdModifiedImmediate(int d, long imm, int datasize, int immOp) {
        Cpu cpu = cpu();
        long lo;
        long hi;
        switch (immOp) {
            case 0 -> {
                lo = imm;
                hi = imm;
            }
            case 1 -> {
                lo = ~imm;
                hi = ~imm;
            }
            case 2 -> {
                lo = cpu.vLow(d) | imm;
                hi = cpu.vHigh(d) | imm;
            }
            default -> {
                lo = cpu.vLow(d) & ~imm;
                hi = cpu.vHigh(d) & ~imm;
            }
        }
        cpu.writeV(d, datasize, lo, hi);
    }

    /**
     * SSHR, USHR, SRSHR, URSHR, SSRA, USRA, SRSRA, URSRA (shift 1..esize):
     * {@code Elem[result, e] = Elem[operand2, e] + (Int(Elem[operand, e], unsigned) + round_const) >> shift}.
     */
    @Override
    default void simdShiftRightImm(int d, int n, int esize, int datasize, int shift, boolean unsigned, boolean round,
            boolean accumulate) {
        Cpu cpu = cpu();
        long nlo = cpu.vLow(n);
        long nhi = cpu.vHigh(n);
        long dlo = accumulate ? cpu.vLow(d) : 0;
        long dhi = accumulate ? cpu.vHigh(d) : 0;
        int elements = datasize / esize;
        long lo = 0;
        long hi = 0;
        for (int e = 0; e < elements; e++) {
            long x = extend(elem(nlo, nhi, e, esize), esize, unsigned);
            long element = round ? roundingShiftRight(x, shift, unsigned) : shiftRight(x, shift, unsigned);
            long r = place(elem(dlo, dhi, e, esize) + element, e, esize);
            if (e * esize < 64) {
                lo |= r;
            } else {
                hi |= r;
            }
        }
        cpu.writeV(d, datasize, lo, hi);
    }

    /** SHL (immediate), shift 0..esize-1: {@code Elem[result, e] = LSL(Elem[operand, e], shift)}. */
    @Override
    default void simdShiftLeftImm(int d, int n, int esize, int datasize, int shift) {
        Cpu cpu = cpu();
        long nlo = cpu.vLow(n);
        long nhi = cpu.vHigh(n);
        if (esize == 64) {
            cpu.writeV(d, datasize, nlo << shift, nhi << shift);
            return;
        }
        // Shifting each half as a whole and clearing the bits that crossed into the next element.
        long keep = replicate(ones(esize) << shift, esize);
        cpu.writeV(d, datasize, (nlo << shift) & keep, (nhi << shift) & keep);
    }

    /**
     * SQSHL (immediate), UQSHL (immediate), SQSHLU (shift 0..esize-1):
     * {@code (Elem[result, e], sat) = SatQ(Int(Elem[operand, e], src_unsigned) << shift, esize, dst_unsigned)}.
     */
    @Override
    default void simdSaturatingShiftLeftImm(int d, int n, int esize, int datasize, int shift, boolean srcUnsigned,
            boolean dstUnsigned) {
        Cpu cpu = cpu();
        long nlo = cpu.vLow(n);
        long nhi = cpu.vHigh(n);
        int elements = datasize / esize;
        long mask = ones(esize);
        long lo = 0;
        long hi = 0;
        boolean saturated = false;
        for (int e = 0; e < elements; e++) {
            long x = extend(elem(nlo, nhi, e, esize), esize, srcUnsigned);
            long result;
            if (dstUnsigned) {
                long max = mask; // 2^esize - 1, unsigned
                if (!srcUnsigned && x < 0) {
                    result = 0;
                    saturated = true;
                } else if (Long.compareUnsigned(x, max >>> shift) > 0) {
                    result = max;
                    saturated = true;
                } else {
                    result = x << shift;
                }
            } else {
                long max = mask >>> 1; // 2^(esize-1) - 1
                long min = ~max;
                if (x > (max >> shift)) {
                    result = max;
                    saturated = true;
                } else if (x < (min >> shift)) {
                    result = min;
                    saturated = true;
                } else {
                    result = x << shift;
                }
            }
            long r = place(result, e, esize);
            if (e * esize < 64) {
                lo |= r;
            } else {
                hi |= r;
            }
        }
        cpu.writeV(d, datasize, lo, hi);
        if (saturated) {
            cpu.setSaturated();
        }
    }

    /**
     * SRI (shift 1..esize; mask = LSR(Ones(esize), shift)) and SLI (shift 0..esize-1; mask = LSL(Ones(esize),
     * shift)): {@code Elem[result, e] = (Elem[operand2, e] AND NOT(mask)) OR shifted}, operand2 = V[d].
     */
    @Override
    default void simdShiftInsertImm(int d, int n, int esize, int datasize, int shift, boolean left) {
        Cpu cpu = cpu();
        long nlo = cpu.vLow(n);
        long nhi = cpu.vHigh(n);
        long dlo = cpu.vLow(d);
        long dhi = cpu.vHigh(d);
        long lo;
        long hi;
        if (shift >= 64) { // SRI #64 of 64-bit elements: mask = 0, V[d] unchanged (at datasize)
            lo = dlo;
            hi = dhi;
        } else {
            long mask = left ? replicate(ones(esize) << shift, esize)
                    : replicate(ones(esize) >>> shift, esize);
            if (left) {
                lo = (dlo & ~mask) | ((nlo << shift) & mask);
                hi = (dhi & ~mask) | ((nhi << shift) & mask);
            } else {
                lo = (dlo & ~mask) | ((nlo >>> shift) & mask);
                hi = (dhi & ~mask) | ((nhi >>> shift) & mask);
            }
        }
        cpu.writeV(d, datasize, lo, hi);
    }

    /** Vpart[d, part] = result (datasize bits): part 0 writes V[d] zero-extended, part 1 the upper 64 bits. */
    private static void writePart(Cpu cpu, int d, int datasize, int part, long result) {
        if (part == 0) {
            cpu.setV(d, datasize == 64 ? result : result & ((1L << datasize) - 1), 0);
        } else {
            cpu.setV(d, cpu.vLow(d), result);
        }
    }

    /**
     * SHRN, RSHRN (shift 1..esize, esize the narrow element):
     * {@code Elem[result, e, esize] = ((UInt(Elem[operand, e, 2 * esize]) + round_const) >> shift)<esize-1:0>}.
     */
    @Override
    default void simdShiftRightNarrowImm(int d, int n, int esize, int datasize, int part, int shift, boolean round) {
        Cpu cpu = cpu();
        long nlo = cpu.vLow(n);
        long nhi = cpu.vHigh(n);
        int elements = datasize / esize;
        int wide = 2 * esize;
        long result = 0;
        for (int e = 0; e < elements; e++) {
            long x = elem(nlo, nhi, e, wide);
            long element = round ? roundingShiftRight(x, shift, true) : x >>> shift;
            result |= place(element, e, esize);
        }
        writePart(cpu, d, datasize, part, result);
    }

    /**
     * SQSHRN, SQRSHRN, UQSHRN, UQRSHRN, SQSHRUN, SQRSHRUN (shift 1..esize):
     * {@code (Elem[result, e, esize], sat) = SatQ((Int(Elem[operand, e, 2 * esize], src_unsigned) + round_const)
     * >> shift, esize, dst_unsigned)}.
     */
    @Override
    default void simdSaturatingShiftRightNarrowImm(int d, int n, int esize, int datasize, int part, int shift,
            boolean round, boolean srcUnsigned, boolean dstUnsigned) {
        Cpu cpu = cpu();
        long nlo = cpu.vLow(n);
        long nhi = cpu.vHigh(n);
        int elements = datasize / esize;
        int wide = 2 * esize;
        long result = 0;
        boolean saturated = false;
        for (int e = 0; e < elements; e++) {
            long x = extend(elem(nlo, nhi, e, wide), wide, srcUnsigned);
            // of an unsigned 64-bit x, (x + round_const) >> shift can be 2^63: still an unsigned long
            long element = round ? roundingShiftRight(x, shift, srcUnsigned) : shiftRight(x, shift, srcUnsigned);
            long clamped = clamp(element, srcUnsigned, esize, dstUnsigned);
            saturated |= clamped != element;
            result |= place(clamped, e, esize);
        }
        writePart(cpu, d, datasize, part, result);
        if (saturated) {
            cpu.setSaturated();
        }
    }

    /**
     * SSHLL, USHLL (shift 0..esize-1, esize the narrow element): operand = Vpart[n, part];
     * {@code Elem[result, e, 2 * esize] = Int(Elem[operand, e, esize], unsigned) << shift}; V[d] = result.
     */
    @Override
    default void simdShiftLeftLongImm(int d, int n, int esize, int part, int shift, boolean unsigned) {
        Cpu cpu = cpu();
        long operand = part == 0 ? cpu.vLow(n) : cpu.vHigh(n);
        int elements = 64 / esize;
        int wide = 2 * esize;
        int half = elements / 2;
        long lo = 0;
        long hi = 0;
        for (int e = 0; e < half; e++) {
            lo |= place(extend(elem(operand, e, esize), esize, unsigned) << shift, e, wide);
            hi |= place(extend(elem(operand, e + half, esize), esize, unsigned) << shift, e, wide);
        }
        cpu.setV(d, lo, hi);
    }

    /** The FP context of the current instruction: FPCR and FPSR of the CPU. */
    private static FpStatus fpStatus(Cpu cpu) {
        return new FpStatus((int) cpu.fpcr, (int) cpu.fpsr);
    }

    /** Writes the cumulative flags the operations raised back to FPSR. */
    private static void fpFlags(Cpu cpu, FpStatus status) {
        cpu.fpsr |= status.fpsr() & FpStatus.ALL_FLAGS;
    }

    /**
     * SCVTF, UCVTF (vector, fixed-point), fracbits 1..esize:
     * {@code Elem[result, e] = FixedToFP(Elem[operand, e], fracbits, unsigned, FPCR, FPRoundingMode(FPCR))}.
     */
    @Override
    default void simdFixedToFp(int d, int n, int esize, int datasize, int fracbits, boolean unsigned) {
        Cpu cpu = cpu();
        long nlo = cpu.vLow(n);
        long nhi = cpu.vHigh(n);
        FpStatus status = fpStatus(cpu);
        FpRounding rounding = status.rounding();
        int elements = datasize / esize;
        long lo = 0;
        long hi = 0;
        for (int e = 0; e < elements; e++) {
            long r = place(FpCore.fixedToFp(esize, elem(nlo, nhi, e, esize), fracbits, unsigned, rounding, esize, status),
                    e, esize);
            if (e * esize < 64) {
                lo |= r;
            } else {
                hi |= r;
            }
        }
        fpFlags(cpu, status);
        cpu.writeV(d, datasize, lo, hi);
    }

    /**
     * FCVTZS, FCVTZU (vector, fixed-point), fracbits 1..esize:
     * {@code Elem[result, e] = FPToFixed(Elem[operand, e], fracbits, unsigned, FPCR, FPRounding_ZERO)}.
     */
    @Override
    default void simdFpToFixed(int d, int n, int esize, int datasize, int fracbits, boolean unsigned) {
        Cpu cpu = cpu();
        long nlo = cpu.vLow(n);
        long nhi = cpu.vHigh(n);
        FpStatus status = fpStatus(cpu);
        int elements = datasize / esize;
        long lo = 0;
        long hi = 0;
        for (int e = 0; e < elements; e++) {
            long r = place(FpCore.toFixed(esize, elem(nlo, nhi, e, esize), fracbits, unsigned, FpRounding.ZERO, esize,
                    status), e, esize);
            if (e * esize < 64) {
                lo |= r;
            } else {
                hi |= r;
            }
        }
        fpFlags(cpu, status);
        cpu.writeV(d, datasize, lo, hi);
    }
}
