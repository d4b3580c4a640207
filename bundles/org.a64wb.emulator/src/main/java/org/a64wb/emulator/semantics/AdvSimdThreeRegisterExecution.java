package org.a64wb.emulator.semantics;

import org.a64wb.emulator.semantics.simd.VectorArithmetic3;
import org.a64wb.isa.a64.A64AdvsimdThreeRegisterSemantics;

/**
 * Data Processing -- Advanced SIMD three registers (vector forms): three same (integer, logical, FP),
 * three same FP16, the three-register extension (SQRDMLAH/SQRDMLSH, SDOT/UDOT, FCMLA, FCADD) and three
 * different (long, wide, narrow-high, PMULL incl. 1Q), one method per operation of
 * {@code advsimd-three-register.a64}, taking what the Arm ARM decode sections compute. The element
 * arithmetic is in {@link VectorArithmetic3}; ADD/SUB, compares and the logical operations work on the
 * 64-bit halves directly.
 */
public interface AdvSimdThreeRegisterExecution extends A64AdvsimdThreeRegisterSemantics, Execution {

    @Override
    default void vectorAddSub(int d, int n, int m, int esize, int datasize, boolean sub) {
        VectorArithmetic3.addSub(cpu(), d, n, m, esize, datasize, sub);
    }

    @Override
    default void vectorCompare(int d, int n, int m, int esize, int datasize, int cmp) {
        VectorArithmetic3.compare(cpu(), d, n, m, esize, datasize, cmp);
    }

    @Override
    default void vectorLogical(int d, int n, int m, int datasize, int op) {
        VectorArithmetic3.logical(cpu(), d, n, m, datasize, op);
    }

    @Override
    default void vectorIntegerSame(int d, int n, int m, int esize, int datasize, int op, boolean unsigned) {
        VectorArithmetic3.integerSame(cpu(), d, n, m, esize, datasize, op, unsigned);
    }

    @Override
    default void vectorFpSame(int d, int n, int m, int esize, int datasize, int op) {
        VectorArithmetic3.fpSame(cpu(), d, n, m, esize, datasize, op);
    }

    @Override
    default void vectorSqrdmlah(int d, int n, int m, int esize, int datasize, boolean sub) {
        VectorArithmetic3.sqrdmlah(cpu(), d, n, m, esize, datasize, sub);
    }

    @Override
    default void vectorDot(int d, int n, int m, int datasize, boolean unsigned) {
        VectorArithmetic3.dot(cpu(), d, n, m, datasize, unsigned);
    }

    @Override
    default void vectorFcmla(int d, int n, int m, int esize, int datasize, int rot) {
        VectorArithmetic3.fcmla(cpu(), d, n, m, esize, datasize, rot);
    }

    @Override
    default void vectorFcadd(int d, int n, int m, int esize, int datasize, int rot) {
        VectorArithmetic3.fcadd(cpu(), d, n, m, esize, datasize, rot);
    }

    @Override
    default void vectorLong(int d, int n, int m, int esize, int part, int op, boolean unsigned) {
        VectorArithmetic3.longForm(cpu(), d, n, m, esize, part, op, unsigned);
    }

    @Override
    default void vectorNarrowHigh(int d, int n, int m, int esize, int part, boolean sub, boolean round) {
        VectorArithmetic3.narrowHigh(cpu(), d, n, m, esize, part, sub, round);
    }
}
