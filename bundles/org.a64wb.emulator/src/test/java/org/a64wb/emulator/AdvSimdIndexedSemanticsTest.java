package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.a64wb.emulator.semantics.AdvSimdIndexedExecution;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Advanced SIMD vector x indexed element (isa-spec/advsimd-indexed.a64): a few cases per operation family
 * with V0 = Vd, V1 = Vn, V2 = Vm (or everything in V0, to check that all sources are read before Vd is
 * written), the FPCR given and a clear FPSR. The expected V0 and FPSR (with QC, bit 27) were taken from
 * qemu-aarch64 7.2 -cpu max running the same word on the same registers (a probe that loads V0-V2, sets
 * FPCR, clears FPSR, executes the word and dumps V0 and FPSR). They cover the wrap of MUL/MLA/MLS, the
 * saturations of SQDMULH/SQRDMULH/SQRDMLAH/SQRDMLSH/SQDMULL/SQDMLAL/SQDMLSL (setting QC), the "2" forms,
 * SDOT/UDOT, FMUL in the four rounding modes, FMULX of infinity by zero, FMLA/FMLS fused with FZ, FZ16 and
 * DN, and FCMLA in its four rotations for half and single precision.
 */
class AdvSimdIndexedSemanticsTest {

    static final class Harness extends SemanticsHarness implements AdvSimdIndexedExecution {
    }

    /** word, FPCR, Vd lo/hi, Vn lo/hi, Vm lo/hi, expected Vd lo/hi, expected FPSR. */
    private static final long[][] CASES = {
                // mul v0.8h, v1.8h, v2.h[7], FPCR 0
                {0x4f728820L, 0x0L, 0x1111222233334444L, 0x5555666677778888L, 0x0003000500070009L, 0x8000fffff0017fffL, 0x0000000000000000L, 0x0009000000000000L,
                        0x001b002d003f0051L, 0x8000fff770097ff7L, 0x0L},
                // mla v0.4s, v1.4s, v2.s[3], FPCR 0
                {0x6fa20820L, 0x0L, 0x0000000100000002L, 0xffffffff80000000L, 0x0000000300000004L, 0x7fffffff00000005L, 0x0000000000000000L, 0xfffffffe00000000L,
                        0xfffffffbfffffffaL, 0x000000017ffffff6L, 0x0L},
                // mls v0.4h, v1.4h, v2.h[2], FPCR 0
                {0x2f624020L, 0x0L, 0x0000000100020003L, 0xffffffffffffffffL, 0x7fff800000020003L, 0x1234567812345678L, 0x0000000300000000L, 0x0000000000000000L,
                        0x80038001fffcfffaL, 0x0000000000000000L, 0x0L},
                // sqdmulh v0.4s, v1.4s, v2.s[1], FPCR 0
                {0x4fa2c020L, 0x0L, 0x0000000000000000L, 0x0000000000000000L, 0x8000000040000000L, 0x7fffffff00000001L, 0x8000000000000000L, 0x0000000000000000L,
                        0x7fffffffc0000000L, 0x80000001ffffffffL, 0x8000000L},
                // sqrdmulh v0.8h, v1.8h, v2.h[0], FPCR 0
                {0x4f42d020L, 0x0L, 0x0000000000000000L, 0x0000000000000000L, 0x8000400000010003L, 0x7fff0fffc000ffffL, 0x0000000000008000L, 0x0000000000000000L,
                        0x7fffc000fffffffdL, 0x8001f00140000001L, 0x8000000L},
                // sqrdmulh v0.4h, v1.4h, v2.h[1], FPCR 0
                {0x0f52d020L, 0x0L, 0x0000000000000000L, 0x0000000000000000L, 0x0001000240007fffL, 0x0000000000000000L, 0x0000000000004000L, 0x0000000000000000L,
                        0x0000000000000000L, 0x0000000000000000L, 0x0L},
                // sqrdmlah v0.4s, v1.4s, v2.s[2], FPCR 0
                {0x6f82d820L, 0x0L, 0x7fffffff80000000L, 0x0000000100000000L, 0x4000000040000000L, 0x8000000012345678L, 0x0000000000000000L, 0x0000000140000000L,
                        0x7fffffffa0000000L, 0xc0000001091a2b3cL, 0x8000000L},
                // sqrdmlsh v0.4h, v1.4h, v2.h[3], FPCR 0
                {0x2f72f020L, 0x0L, 0x8000000012347fffL, 0x0000000000000000L, 0x4000c00000010001L, 0x0000000000000000L, 0x4000000000000000L, 0x0000000000000000L,
                        0x8000200012347fffL, 0x0000000000000000L, 0x8000000L},
                // smull v0.2d, v1.2s, v2.s[1], FPCR 0
                {0x0fa2a020L, 0x0L, 0x0000000000000000L, 0x0000000000000000L, 0x80000000fffffffeL, 0x0000000000000000L, 0x8000000000000000L, 0x0000000000000000L,
                        0x0000000100000000L, 0x4000000000000000L, 0x0L},
                // smull2 v0.4s, v1.8h, v2.h[5], FPCR 0
                {0x4f52a820L, 0x0L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000000000000L, 0x80007fffffff0002L, 0x0000000000000000L, 0x00000000fffe0000L,
                        0x00000002fffffffcL, 0x00010000ffff0002L, 0x0L},
                // umull v0.2d, v1.2s, v2.s[0], FPCR 0
                {0x2f82a020L, 0x0L, 0x0000000000000000L, 0x0000000000000000L, 0xffffffff00000002L, 0x0000000000000000L, 0x00000000ffffffffL, 0x0000000000000000L,
                        0x00000001fffffffeL, 0xfffffffe00000001L, 0x0L},
                // smlal2 v0.2d, v1.4s, v2.s[3], FPCR 0
                {0x4fa22820L, 0x0L, 0x7fffffffffffffffL, 0x0000000000000010L, 0x0000000000000000L, 0xffffffff00000001L, 0x0000000000000000L, 0x0000000200000000L,
                        0x8000000000000001L, 0x000000000000000eL, 0x0L},
                // umlsl v0.4s, v1.4h, v2.h[6], FPCR 0
                {0x2f626820L, 0x0L, 0x0000000000000001L, 0x0000000500000006L, 0xffff000100020003L, 0x0000000000000000L, 0x0000000000000000L, 0x0000ffff00000000L,
                        0xfffe0002fffd0004L, 0x00020004ffff0007L, 0x0L},
                // sqdmull v0.2d, v1.2s, v2.s[2], FPCR 0
                {0x0f82b820L, 0x0L, 0x0000000000000000L, 0x0000000000000000L, 0x8000000040000000L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000080000000L,
                        0xc000000000000000L, 0x7fffffffffffffffL, 0x8000000L},
                // sqdmull2 v0.4s, v1.8h, v2.h[4], FPCR 0
                {0x4f42b820L, 0x0L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000000000000L, 0x8000000100027fffL, 0x0000000000000000L, 0x0000000000008000L,
                        0xfffe000080010000L, 0x7fffffffffff0000L, 0x8000000L},
                // sqdmlal v0.2d, v1.2s, v2.s[0], FPCR 0
                {0x0f823020L, 0x0L, 0x7fffffffffffffffL, 0x8000000000000000L, 0x00000001ffffffffL, 0x0000000000000000L, 0x0000000000000001L, 0x0000000000000000L,
                        0x7ffffffffffffffdL, 0x8000000000000002L, 0x0L},
                // sqdmlsl2 v0.2d, v1.4s, v2.s[1], FPCR 0
                {0x4fa27020L, 0x0L, 0x8000000000000000L, 0x0000000000000005L, 0x0000000000000000L, 0x0000000300000001L, 0x0000000200000000L, 0x0000000000000000L,
                        0x8000000000000000L, 0xfffffffffffffff9L, 0x8000000L},
                // sqdmlal2 v0.4s, v1.8h, v2.h[7], FPCR 0
                {0x4f723820L, 0x0L, 0x7ffffff000000000L, 0x0000000100000002L, 0x0000000000000000L, 0x8000000300010002L, 0x0000000000000000L, 0x8000000000000000L,
                        0x7ffefff0fffe0000L, 0x7ffffffffffd0002L, 0x8000000L},
                // sdot v0.4s, v1.16b, v2.4b[3], FPCR 0
                {0x4fa2e820L, 0x0L, 0x0000000100000002L, 0x7fffffff80000000L, 0x807f01ff02030405L, 0xff7f80010a0b0c0dL, 0x0000000000000000L, 0x80ff7f02ff000000L,
                        0x00003fff00000105L, 0x7fffc08280000103L, 0x0L},
                // udot v0.2s, v1.8b, v2.4b[1], FPCR 0
                {0x2fa2e020L, 0x0L, 0x0000000100000002L, 0x1111111111111111L, 0x807f01ff02030405L, 0xff7f80010a0b0c0dL, 0xff80ff0100000000L, 0x0000000000000000L,
                        0x0000c0ff00000781L, 0x0000000000000000L, 0x0L},
                // fmul v0.4s, v1.4s, v2.s[1], FPCR 0
                {0x4fa29020L, 0x0L, 0x0000000000000000L, 0x0000000000000000L, 0x3f8000017f7fffffL, 0x0000000180000000L, 0x3f80000100000000L, 0x0000000000000000L,
                        0x3f8000027f800000L, 0x0000000180000000L, 0x1cL},
                // fmul v0.4s, v1.4s, v2.s[1], FPCR 400000
                {0x4fa29020L, 0x400000L, 0x0000000000000000L, 0x0000000000000000L, 0x3f8000017f7fffffL, 0x0000000180000000L, 0x3f80000100000000L, 0x0000000000000000L,
                        0x3f8000037f800000L, 0x0000000280000000L, 0x1cL},
                // fmul v0.4s, v1.4s, v2.s[1], FPCR 800000
                {0x4fa29020L, 0x800000L, 0x0000000000000000L, 0x0000000000000000L, 0x3f8000017f7fffffL, 0x0000000180000000L, 0x3f80000100000000L, 0x0000000000000000L,
                        0x3f8000027f7fffffL, 0x0000000180000000L, 0x1cL},
                // fmul v0.4s, v1.4s, v2.s[1], FPCR c00000
                {0x4fa29020L, 0xc00000L, 0x0000000000000000L, 0x0000000000000000L, 0x3f8000017f7fffffL, 0x0000000180000000L, 0x3f80000100000000L, 0x0000000000000000L,
                        0x3f8000027f7fffffL, 0x0000000180000000L, 0x1cL},
                // fmul v0.2d, v1.2d, v2.d[1], FPCR 1000000
                {0x4fc29820L, 0x1000000L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000000000001L, 0x3ff0000000000001L, 0x0000000000000000L, 0x0010000000000001L,
                        0x0000000000000000L, 0x0010000000000002L, 0x90L},
                // fmulx v0.4s, v1.4s, v2.s[0], FPCR 0
                {0x6f829020L, 0x0L, 0x0000000000000000L, 0x0000000000000000L, 0x7f80000080000000L, 0x7fc0000100000000L, 0x0000000000000000L, 0x0000000000000000L,
                        0x4000000080000000L, 0x7fc0000100000000L, 0x0L},
                // fmulx v0.8h, v1.8h, v2.h[3], FPCR 0
                {0x6f329020L, 0x0L, 0x0000000000000000L, 0x0000000000000000L, 0x7c0000000001fc01L, 0x3c00000000000000L, 0x8000000000000000L, 0x0000000000000000L,
                        0xc00080008000fe01L, 0x8000800080008000L, 0x1L},
                // fmulx v0.2d, v1.2d, v2.d[0], FPCR 2000000
                {0x6fc29020L, 0x2000000L, 0x0000000000000000L, 0x0000000000000000L, 0x7ff0000000000001L, 0x3ff0000000000000L, 0x0000000000000000L, 0x0000000000000000L,
                        0x7ff8000000000000L, 0x0000000000000000L, 0x1L},
                // fmla v0.2d, v1.2d, v2.d[1], FPCR 0
                {0x4fc21820L, 0x0L, 0x3ff0000000000000L, 0xbff0000000000000L, 0x3ff0000000000001L, 0x3ff0000000000001L, 0x0000000000000000L, 0x3feffffffffffffeL,
                        0x4000000000000000L, 0xb970000000000000L, 0x10L},
                // fmla v0.4s, v1.4s, v2.s[2], FPCR 1000000
                {0x4f821820L, 0x1000000L, 0x0080000000000001L, 0x7f800000ff800000L, 0x0000000100800000L, 0x3f8000007f800000L, 0x0000000000000000L, 0x000000003f800000L,
                        0x0080000000800000L, 0x7f8000007fc00000L, 0x81L},
                // fmls v0.8h, v1.8h, v2.h[5], FPCR 80000
                {0x4f125820L, 0x80000L, 0x0001000200033c00L, 0x7c00fc007e000000L, 0x000103ff3c003c01L, 0x7c007c0000003c00L, 0x0000000000000000L, 0x0000000100000000L,
                        0x0000000000003c00L, 0x7e007e007e000000L, 0x1L},
                // fmls v0.4h, v1.4h, v2.h[1], FPCR 0
                {0x0f125020L, 0x0L, 0x0001000200033c00L, 0x0000000000000000L, 0x000103ff3c003c01L, 0x0000000000000000L, 0x0000000003ff0000L, 0x0000000000000000L,
                        0x0001000283fc3c00L, 0x0000000000000000L, 0x18L},
                // fmla v0.8h, v1.8h, v2.h[2], FPCR 2800000
                {0x4f221020L, 0x2800000L, 0x7bff7bff7bff7bffL, 0xfc00fe00fd00fc01L, 0x7bff7bff04000400L, 0x7c01000000000000L, 0x0000400000000000L, 0x0000000000000000L,
                        0x7bff7bff7bff7bffL, 0x7e007e007e007e00L, 0x15L},
                // fcmla v0.4s, v1.4s, v2.s[1], #0, FPCR 0
                {0x6f821820L, 0x0L, 0x3f80000040000000L, 0x4040000040800000L, 0x40a0000040c00000L, 0x40e0000041000000L, 0x3f8000003f800000L, 0x4000000040400000L,
                        0x4150000041a00000L, 0x4198000041e00000L, 0x0L},
                // fcmla v0.4s, v1.4s, v2.s[1], #90, FPCR 0
                {0x6f823820L, 0x0L, 0x3f80000040000000L, 0x4040000040800000L, 0x40a0000040c00000L, 0x40e0000041000000L, 0x3f8000003f800000L, 0x4000000040400000L,
                        0x41800000c1000000L, 0x41c00000c1200000L, 0x0L},
                // fcmla v0.4s, v1.4s, v2.s[0], #180, FPCR 0
                {0x6f825020L, 0x0L, 0x3f80000040000000L, 0x4040000040800000L, 0x40a0000040c00000L, 0x40e0000041000000L, 0x3f8000003f800000L, 0x4000000040400000L,
                        0xc0a00000c0800000L, 0xc0a00000c0800000L, 0x0L},
                // fcmla v0.4s, v1.4s, v2.s[0], #270, FPCR 0
                {0x6f827020L, 0x0L, 0x3f80000040000000L, 0x4040000040800000L, 0x40a0000040c00000L, 0x40e0000041000000L, 0x3f8000003f800000L, 0x4000000040400000L,
                        0xc080000040e00000L, 0xc080000041300000L, 0x0L},
                // fcmla v0.8h, v1.8h, v2.h[3], #90, FPCR 0
                {0x6f623820L, 0x0L, 0x3c0040003c004000L, 0x3c0040003c004000L, 0x4000420044004500L, 0x7e00fc017c003c00L, 0x0000000000000000L, 0x3c00400000000000L,
                        0x450000004880c000L, 0x7e007e007c00fc00L, 0x0L},
                // fcmla v0.4h, v1.4h, v2.h[1], #270, FPCR c00000
                {0x2f627020L, 0xc00000L, 0x3c0040003c004000L, 0x3c0040003c004000L, 0x3555bc0044004500L, 0x0000000000000000L, 0x3c0040003c004000L, 0x0000000000000000L,
                        0x355640aac7004600L, 0x0000000000000000L, 0x10L},
                // fmla v0.4s, v0.4s, v0.s[1], FPCR 0
                {0x4fa01000L, 0x0L, 0x3f80000040000000L, 0x4040000040800000L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000000000000L,
                        0x4000000040800000L, 0x40c0000041000000L, 0x0L},
                // smlal2 v0.2d, v0.4s, v0.s[3], FPCR 0
                {0x4fa02800L, 0x0L, 0x0000000300000002L, 0xfffffffe00000005L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000000000000L,
                        0x00000002fffffff8L, 0xfffffffe00000009L, 0x0L},
                // sqdmlal2 v0.4s, v0.8h, v0.h[7], FPCR 0
                {0x4f703800L, 0x0L, 0x7ffffff000000000L, 0x8000000100020003L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000000000000L,
                        0x7ffdfff0fffd0000L, 0x0000000000010003L, 0x8000000L},
                // fcmla v0.8h, v0.8h, v0.h[1], #90, FPCR 0
                {0x6f603000L, 0x0L, 0x3c0040003c004200L, 0x4400450046004700L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000000000000L,
                        0x42003c0042004000L, 0x4a003c004c803c00L, 0x0L},
                // sdot v0.4s, v0.16b, v0.4b[2], FPCR 0
                {0x4f80e800L, 0x0L, 0x0102030405060708L, 0xf0f1f2f38090a0b0L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000000000000L, 0x0000000000000000L,
                        0x0101ff440505fcc8L, 0xf0f20ad380914eb0L, 0x0L},
    };

    @TestFactory
    List<DynamicTest> agreesWithQemu() {
        List<DynamicTest> tests = new ArrayList<>();
        for (long[] c : CASES) {
            tests.add(DynamicTest.dynamicTest(String.format("%08x fpcr %x", c[0], c[1]), () -> {
                Harness h = new Harness();
                h.cpu.fpcr = c[1];
                h.cpu.fpsr = 0;
                h.cpu.setV(0, c[2], c[3]);
                h.cpu.setV(1, c[4], c[5]);
                h.cpu.setV(2, c[6], c[7]);
                h.execute((int) c[0]);
                assertEquals(String.format("%016x %016x fpsr %x", c[8], c[9], c[10]),
                        String.format("%016x %016x fpsr %x", h.cpu.vLow(0), h.cpu.vHigh(0), h.cpu.fpsr));
            }));
        }
        return tests;
    }

    @Test
    void qcIsStickyAndOtherFlagsStay() {
        // sqdmulh v0.4s, v1.4s, v2.s[1] without saturation keeps an FPSR set before (IXC | QC).
        Harness h = new Harness();
        h.cpu.fpsr = 1L << 27 | 0x10;
        h.cpu.setV(1, 0x0000000200000003L, 0);
        h.cpu.setV(2, 0x4000000000000000L, 0);
        h.execute(0x4fa2c020);
        assertEquals(0x0000000100000001L, h.cpu.vLow(0));
        assertEquals(1L << 27 | 0x10, h.cpu.fpsr);
    }

    @Test
    void highRegistersAndTheMBit() {
        // fmul v3.2d, v4.2d, v17.d[1]: Vm = M:Rm = 17; the 64-bit form fmul v3.2s, v4.2s, v31.s[3] zeroes bits 127:64.
        Harness h = new Harness();
        h.cpu.setV(4, 0x4000000000000000L, 0x4008000000000000L);
        h.cpu.setV(17, 0, 0x4010000000000000L);
        h.execute(0x4fd19883);
        assertEquals(0x4020000000000000L, h.cpu.vLow(3));
        assertEquals(0x4028000000000000L, h.cpu.vHigh(3));
        h.cpu.setV(4, 0x4000000040400000L, -1L);
        h.cpu.setV(31, 0, 0x3f80000000000000L);
        h.execute(0x0fbf9883);
        assertEquals(0x4000000040400000L, h.cpu.vLow(3));
        assertEquals(0, h.cpu.vHigh(3));
    }
}
