package org.a64wb.emulator.semantics;

import org.a64wb.emulator.cpu.Cpu;
import org.a64wb.emulator.fp.FpCore;
import org.a64wb.emulator.fp.FpRounding;
import org.a64wb.emulator.fp.FpStatus;
import org.a64wb.isa.a64.A64FloatingPointSemantics;

/**
 * Data Processing -- Scalar Floating-Point (isa-spec/floating-point.a64): conversions between
 * floating-point and fixed-point or integer (general registers), FMOV (general, incl. D[1]), FJCVTZS,
 * 1-source, compare, immediate, conditional compare, 2-source, conditional select and 3-source, for
 * half, single and double precision, one method per operation of the spec.
 *
 * Every computation goes through {@link FpCore} (the Arm ARM's {@code shared/functions/float}
 * pseudocode on raw bits) with an {@link FpStatus} made from FPCR (RMode, FZ, FZ16, DN, AHP); the
 * cumulative exception flags it raises are ORed into FPSR. Scalar results written to V[d] zero the rest
 * of the 128-bit register ({@code V[d] = ZeroExtend(result)}); all sources are read before d is written.
 * Register 31 of a general register operand is ZR.
 */
public interface FloatingPointExecution extends A64FloatingPointSemantics, Execution {

    // ---- helpers

    /** The FPCR the operation reads; its FPSR starts clear and is ORed into the CPU's by {@link #flags}. */
    private static FpStatus status(Cpu cpu) {
        return new FpStatus((int) cpu.fpcr);
    }

    private static void flags(Cpu cpu, FpStatus st) {
        int raised = st.fpsr();
        if (raised != 0) {
            cpu.fpsr |= raised;
        }
    }

    /** The FPRounding of a spec rounding argument: 0..4 TIEEVEN, POSINF, NEGINF, ZERO, TIEAWAY; -1 FPCR. */
    private static FpRounding rounding(int rounding, FpStatus st) {
        return switch (rounding) {
            case 0 -> FpRounding.TIEEVEN;
            case 1 -> FpRounding.POSINF;
            case 2 -> FpRounding.NEGINF;
            case 3 -> FpRounding.ZERO;
            case 4 -> FpRounding.TIEAWAY;
            default -> st.rounding();
        };
    }

    private static long mask(int esize) {
        return esize == 64 ? -1L : (1L << esize) - 1;
    }

    /** V[d] = ZeroExtend(result, 128). */
    private static void setScalar(Cpu cpu, int d, long result) {
        cpu.setV(d, result, 0);
    }

    private static void setGeneral(Cpu cpu, int d, int intsize, long value) {
        if (intsize == 64) {
            cpu.setX(d, value);
        } else {
            cpu.setW(d, (int) value);
        }
    }

    // ---- Conversion between floating-point and fixed-point / integer

    /** FCVTZS, FCVTZU (fixed-point); FCVTNS ... FCVTZU (integer): FPToFixed, saturating. */
    @Override
    default void fpConvertToGeneral(int d, int n, int fltsize, int intsize, int fbits, boolean unsigned,
            int rounding) {
        Cpu cpu = cpu();
        FpStatus st = status(cpu);
        long result = FpCore.toFixed(fltsize, cpu.vLow(n), fbits, unsigned, rounding(rounding, st), intsize, st);
        setGeneral(cpu, d, intsize, result);
        flags(cpu, st);
    }

    /** SCVTF, UCVTF (fixed-point and integer): FixedToFP with FPRoundingMode(FPCR). */
    @Override
    default void fpConvertFromGeneral(int d, int n, int intsize, int fltsize, int fbits, boolean unsigned) {
        Cpu cpu = cpu();
        FpStatus st = status(cpu);
        long result = FpCore.fixedToFp(intsize, cpu.x(n), fbits, unsigned, st.rounding(), fltsize, st);
        setScalar(cpu, d, result);
        flags(cpu, st);
    }

    /** FMOV (general), FP to general: X[d] = ZeroExtend(Vpart[n, part]). */
    @Override
    default void fpMoveToGeneral(int d, int n, int intsize, int fltsize, int part) {
        Cpu cpu = cpu();
        long value = (part == 0 ? cpu.vLow(n) : cpu.vHigh(n)) & mask(fltsize);
        setGeneral(cpu, d, intsize, value);
    }

    /** FMOV (general), general to FP: Vpart[d, part] = X[n]&lt;fltsize-1:0&gt;. */
    @Override
    default void fpMoveFromGeneral(int d, int n, int fltsize, int part) {
        Cpu cpu = cpu();
        long value = cpu.x(n) & mask(fltsize);
        if (part == 0) {
            cpu.setV(d, value, 0);
        } else {
            cpu.setV(d, cpu.vLow(d), value);
        }
    }

    /** FJCVTZS: W[d] = FPToFixedJS(D[n]), PSTATE.NZCV = 0:Z:00. */
    @Override
    default void fpJavaScriptConvert(int d, int n) {
        Cpu cpu = cpu();
        FpStatus st = status(cpu);
        long result = FpCore.toFixedJS(cpu.vLow(n), st);
        cpu.setW(d, (int) result);
        cpu.setNzcvBits((result & FpCore.JS_Z) != 0 ? 0b0100 : 0);
        flags(cpu, st);
    }

    // ---- Data-processing (1 source)

    /** FMOV, FABS, FNEG (no exceptions), FSQRT. */
    @Override
    default void fpScalarUnary(int d, int n, int esize, int op) {
        Cpu cpu = cpu();
        long operand = cpu.vLow(n);
        switch (op) {
            case 0 -> setScalar(cpu, d, operand & mask(esize));
            case 1 -> setScalar(cpu, d, FpCore.abs(esize, operand));
            case 2 -> setScalar(cpu, d, FpCore.neg(esize, operand));
            default -> {
                FpStatus st = status(cpu);
                setScalar(cpu, d, FpCore.sqrt(esize, operand, st));
                flags(cpu, st);
            }
        }
    }

    /** FCVT: FPConvert (FPCR.AHP applies to the half-precision side). */
    @Override
    default void fpScalarConvert(int d, int n, int srcsize, int dstsize) {
        Cpu cpu = cpu();
        FpStatus st = status(cpu);
        setScalar(cpu, d, FpCore.convert(srcsize, cpu.vLow(n), dstsize, st));
        flags(cpu, st);
    }

    /** FRINTN, FRINTP, FRINTM, FRINTZ, FRINTA, FRINTX (exact), FRINTI: FPRoundInt. */
    @Override
    default void fpScalarRoundInt(int d, int n, int esize, int rounding, boolean exact) {
        Cpu cpu = cpu();
        FpStatus st = status(cpu);
        setScalar(cpu, d, FpCore.roundInt(esize, cpu.vLow(n), rounding(rounding, st), exact, st));
        flags(cpu, st);
    }

    /** FRINT32Z, FRINT32X, FRINT64Z, FRINT64X: FPRoundIntN. */
    @Override
    default void fpScalarRoundIntN(int d, int n, int esize, int intsize, int rounding) {
        Cpu cpu = cpu();
        FpStatus st = status(cpu);
        setScalar(cpu, d, FpCore.roundIntN(esize, cpu.vLow(n), rounding(rounding, st), intsize, st));
        flags(cpu, st);
    }

    // ---- Compare, conditional compare, immediate, conditional select

    /** FCMP, FCMPE: PSTATE.NZCV = FPCompare(operand1, operand2). */
    @Override
    default void fpScalarCompare(int n, int m, int esize, boolean cmpWithZero, boolean signalAllNaNs) {
        Cpu cpu = cpu();
        FpStatus st = status(cpu);
        long operand2 = cmpWithZero ? 0 : cpu.vLow(m);
        cpu.setNzcvBits(FpCore.compare(esize, cpu.vLow(n), operand2, signalAllNaNs, st));
        flags(cpu, st);
    }

    /** FMOV (scalar, immediate). */
    @Override
    default void fpScalarMoveImmediate(int d, int esize, long imm) {
        setScalar(cpu(), d, imm & mask(esize));
    }

    /** FCCMP, FCCMPE: the comparison (and its exceptions) only when cond holds, else NZCV = flags. */
    @Override
    default void fpScalarConditionalCompare(int n, int m, int esize, boolean signalAllNaNs, int cond, int flags) {
        Cpu cpu = cpu();
        if (cpu.conditionHolds(cond)) {
            FpStatus st = status(cpu);
            cpu.setNzcvBits(FpCore.compare(esize, cpu.vLow(n), cpu.vLow(m), signalAllNaNs, st));
            flags(cpu, st);
        } else {
            cpu.setNzcvBits(flags);
        }
    }

    /** FCSEL: V[d] = ZeroExtend(ConditionHolds(cond) ? V[n] : V[m]). */
    @Override
    default void fpScalarConditionalSelect(int d, int n, int m, int esize, int cond) {
        Cpu cpu = cpu();
        setScalar(cpu, d, (cpu.conditionHolds(cond) ? cpu.vLow(n) : cpu.vLow(m)) & mask(esize));
    }

    // ---- Data-processing (2 source), (3 source)

    /** FMUL, FDIV, FADD, FSUB, FMAX, FMIN, FMAXNM, FMINNM, FNMUL. */
    @Override
    default void fpScalarArithmetic(int d, int n, int m, int esize, int op) {
        Cpu cpu = cpu();
        FpStatus st = status(cpu);
        long operand1 = cpu.vLow(n);
        long operand2 = cpu.vLow(m);
        long result = switch (op) {
            case 0 -> FpCore.mul(esize, operand1, operand2, st);
            case 1 -> FpCore.div(esize, operand1, operand2, st);
            case 2 -> FpCore.add(esize, operand1, operand2, st);
            case 3 -> FpCore.sub(esize, operand1, operand2, st);
            case 4 -> FpCore.max(esize, operand1, operand2, st);
            case 5 -> FpCore.min(esize, operand1, operand2, st);
            case 6 -> FpCore.maxNum(esize, operand1, operand2, st);
            case 7 -> FpCore.minNum(esize, operand1, operand2, st);
            default -> FpCore.neg(esize, FpCore.mul(esize, operand1, operand2, st));
        };
        setScalar(cpu, d, result);
        flags(cpu, st);
    }

    /** FMADD, FMSUB, FNMADD, FNMSUB: FPMulAdd(opaNeg ? -V[a] : V[a], op1Neg ? -V[n] : V[n], V[m]). */
    @Override
    default void fpScalarMultiplyAdd(int d, int a, int n, int m, int esize, boolean opaNeg, boolean op1Neg) {
        Cpu cpu = cpu();
        FpStatus st = status(cpu);
        long operanda = cpu.vLow(a);
        long operand1 = cpu.vLow(n);
        long operand2 = cpu.vLow(m);
        if (opaNeg) {
            operanda = FpCore.neg(esize, operanda);
        }
        if (op1Neg) {
            operand1 = FpCore.neg(esize, operand1);
        }
        setScalar(cpu, d, FpCore.mulAdd(esize, operanda, operand1, operand2, st));
        flags(cpu, st);
    }
}
