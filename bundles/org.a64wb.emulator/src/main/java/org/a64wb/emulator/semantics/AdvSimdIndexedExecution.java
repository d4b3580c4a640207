package org.a64wb.emulator.semantics;

import org.a64wb.emulator.semantics.simd.ByElementArithmetic;
import org.a64wb.isa.a64.A64AdvsimdIndexedSemantics;

/**
 * Advanced SIMD vector x indexed element (isa-spec/advsimd-indexed.a64, Arm ARM C4.1.6): integer
 * MUL/MLA/MLS, SQDMULH/SQRDMULH, SQRDMLAH/SQRDMLSH, the long S/U MULL/MLAL/MLSL and SQDMULL/SQDMLAL/SQDMLSL
 * (with their "2" forms), SDOT/UDOT, and floating-point FMUL/FMULX/FMLA/FMLS (half, single, double) and
 * FCMLA, one method per operation of the spec taking what the pseudocode's decode computes. The
 * arithmetic is in {@link ByElementArithmetic}.
 */
public interface AdvSimdIndexedExecution extends A64AdvsimdIndexedSemantics, Execution {

    @Override
    default void mulByElement(int d, int n, int m, int index, int esize, int datasize) {
        ByElementArithmetic.multiply(cpu(), d, n, m, index, esize, datasize, false, false);
    }

    @Override
    default void mulAccByElement(int d, int n, int m, int index, int esize, int datasize, boolean subOp) {
        ByElementArithmetic.multiply(cpu(), d, n, m, index, esize, datasize, true, subOp);
    }

    @Override
    default void sqdmulhByElement(int d, int n, int m, int index, int esize, int datasize, boolean round) {
        ByElementArithmetic.saturatingDoublingMulHigh(cpu(), d, n, m, index, esize, datasize, round);
    }

    @Override
    default void sqrdmlahByElement(int d, int n, int m, int index, int esize, int datasize, boolean subOp) {
        ByElementArithmetic.saturatingRoundingDoublingMulAcc(cpu(), d, n, m, index, esize, datasize, subOp);
    }

    @Override
    default void mulLongByElement(int d, int n, int m, int index, int esize, int datasize, int part,
            boolean unsigned) {
        ByElementArithmetic.multiplyLong(cpu(), d, n, m, index, esize, datasize, part, unsigned);
    }

    @Override
    default void mulAccLongByElement(int d, int n, int m, int index, int esize, int datasize, int part,
            boolean unsigned, boolean subOp) {
        ByElementArithmetic.multiplyAccumulateLong(cpu(), d, n, m, index, esize, datasize, part, unsigned, subOp);
    }

    @Override
    default void sqdmullByElement(int d, int n, int m, int index, int esize, int datasize, int part) {
        ByElementArithmetic.saturatingDoublingMulLong(cpu(), d, n, m, index, esize, datasize, part);
    }

    @Override
    default void sqdmlalByElement(int d, int n, int m, int index, int esize, int datasize, int part,
            boolean subOp) {
        ByElementArithmetic.saturatingDoublingMulAccLong(cpu(), d, n, m, index, esize, datasize, part, subOp);
    }

    @Override
    default void dotByElement(int d, int n, int m, int index, int datasize, boolean unsigned) {
        ByElementArithmetic.dotProduct(cpu(), d, n, m, index, datasize, unsigned);
    }

    @Override
    default void fmulByElement(int d, int n, int m, int index, int esize, int datasize, boolean mulx) {
        ByElementArithmetic.fpMultiply(cpu(), d, n, m, index, esize, datasize, mulx);
    }

    @Override
    default void fmlaByElement(int d, int n, int m, int index, int esize, int datasize, boolean subOp) {
        ByElementArithmetic.fpMultiplyAdd(cpu(), d, n, m, index, esize, datasize, subOp);
    }

    @Override
    default void fcmlaByElement(int d, int n, int m, int index, int esize, int datasize, int rot) {
        ByElementArithmetic.fpComplexMultiplyAdd(cpu(), d, n, m, index, esize, datasize, rot);
    }
}
