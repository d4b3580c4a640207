package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.a64wb.emulator.semantics.AdvSimdScalarExecution;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Advanced SIMD scalar and SHA semantics ({@link AdvSimdScalarExecution}), a few cases per operation family:
 * saturation (FPSR.QC), rounding shifts, narrowing, every FPCR rounding mode, FZ/FZ16/DN, NaN handling and the
 * cumulative FP flags. The expected V0 and FPSR were printed by qemu-aarch64 7.2 ({@code -cpu max}) running
 * each word with the given FPCR and V0..V2 (V3 = 5a5a..:a5a5..), FPSR cleared before the instruction.
 */
class AdvSimdScalarSemanticsTest {

    static final class H extends SemanticsHarness implements AdvSimdScalarExecution {
    }

    /** {asm, "word fpcr v0lo v0hi v1lo v1hi v2lo v2hi", "expected v0lo v0hi fpsr"} (hex). */
    private static final String[][] CASES = {
            {"sqadd b0, b1, b2", "5e220c20 0 1111111111111111 2222 7f 0 01 0", "000000000000007f 0000000000000000 08000000"},
            {"uqsub d0, d1, d2", "7ee22c20 0 1111111111111111 2222 1 0 2 0", "0000000000000000 0000000000000000 08000000"},
            {"sqsub s0, s1, s2", "5ea22c20 0 0 0 80000005 0 00000010 0", "0000000080000000 0000000000000000 08000000"},
            {"sqrshl s0, s1, s2", "5ea25c20 0 0 0 40000000 0 01 0", "000000007fffffff 0000000000000000 08000000"},
            {"srshl d0, d1, d2", "5ee25420 0 0 0 fffffffffffffff5 0 fd 0", "ffffffffffffffff 0000000000000000 00000000"},
            {"uqrshl h0, h1, h2", "7e625c20 0 0 0 ffff 0 ff 0", "0000000000008000 0000000000000000 00000000"},
            {"ushl d0, d1, d2", "7ee24420 0 0 0 8000000000000001 0 c0 0", "0000000000000000 0000000000000000 00000000"},
            {"cmhi d0, d1, d2", "7ee23420 0 0 0 8000000000000000 0 7fffffffffffffff 0", "ffffffffffffffff 0000000000000000 00000000"},
            {"cmge d0, d1, d2", "5ee23c20 0 0 0 8000000000000000 0 7fffffffffffffff 0", "0000000000000000 0000000000000000 00000000"},
            {"cmtst d0, d1, d2", "5ee28c20 0 0 0 0f0 0 100 0", "0000000000000000 0000000000000000 00000000"},
            {"sub d0, d1, d2", "7ee28420 0 0 0 5 0 7 0", "fffffffffffffffe 0000000000000000 00000000"},
            {"sqdmulh h0, h1, h2", "5e62b420 0 0 0 8000 0 8000 0", "0000000000007fff 0000000000000000 08000000"},
            {"sqrdmulh s0, s1, v2.s[3]", "5fa2d820 0 0 0 40000001 0 0 c0000001deadbeef", "00000000e0000000 0000000000000000 00000000"},
            {"sqrdmlah h0, h1, h2", "7e428420 0 7ff0 0 4000 0 7000 0", "0000000000007fff 0000000000000000 08000000"},
            {"sqrdmlsh s0, s1, v2.s[1]", "7fa2f020 0 80000010 0 40000000 0 7fffffff 0", "0000000080000010 0000000000000000 00000000"},
            {"sqdmlal d0, s1, v2.s[1]", "5fa23020 0 7ffffffffffffff0 0 40000000 0 7fffffff00000000 0", "7fffffffffffffff 0000000000000000 08000000"},
            {"sqdmlsl s0, h1, h2", "5e62b020 0 0 0 8000 0 8000 0", "0000000080000001 0000000000000000 08000000"},
            {"sqdmull s0, h1, v2.h[7]", "5f72b820 0 0 0 1234 0 0 fff6000000000000", "00000000fffe93f0 0000000000000000 00000000"},
            {"fmulx s0, s1, s2", "5e22dc20 0 0 0 ff800000 0 80000000 0", "0000000040000000 0000000000000000 00000000"},
            {"fmulx h0, h1, v2.h[2]", "7f229020 c00000 0 0 3c01 0 0000000038010000 0", "0000000000000000 0000000000000000 00000000"},
            {"fcmge h0, h1, h2", "7e422420 0 0 0 7e00 0 3c00 0", "0000000000000000 0000000000000000 00000001"},
            {"fcmeq d0, d1, d2", "5e62e420 0 0 0 7ff4000000000000 0 0 0", "0000000000000000 0000000000000000 00000001"},
            {"facgt d0, d1, d2", "7ee2ec20 0 0 0 c000000000000000 0 3ff0000000000000 0", "ffffffffffffffff 0000000000000000 00000000"},
            {"frecps d0, d1, d2", "5e62fc20 0 0 0 3ff8000000000000 0 3ff8000000000000 0", "bfd0000000000000 0000000000000000 00000000"},
            {"frsqrts s0, s1, s2", "5ea2fc20 2000000 0 0 7f800001 0 3f800000 0", "000000007fc00000 0000000000000000 00000001"},
            {"fabd s0, s1, s2", "7ea2d420 400000 0 0 3f800001 0 b3000000 0", "000000003f800002 0000000000000000 00000010"},
            {"fabd h0, h1, h2", "7ec21420 1080000 0 0 0401 0 0400 0", "0000000000000000 0000000000000000 00000008"},
            {"suqadd b0, b1", "5e203820 0 70 0 f0 0 0 0", "000000000000007f 0000000000000000 08000000"},
            {"usqadd d0, d1", "7ee03820 0 5 0 fffffffffffffff0 0 0 0", "0000000000000000 0000000000000000 08000000"},
            {"sqneg d0, d1", "7ee07820 0 0 0 8000000000000000 0 0 0", "7fffffffffffffff 0000000000000000 08000000"},
            {"sqabs h0, h1", "5e607820 0 0 0 8001 0 0 0", "0000000000007fff 0000000000000000 00000000"},
            {"neg d0, d1", "7ee0b820 0 0 0 1 0 0 0", "ffffffffffffffff 0000000000000000 00000000"},
            {"cmle d0, d1, #0", "7ee09820 0 0 0 0 0 0 0", "ffffffffffffffff 0000000000000000 00000000"},
            {"cmlt d0, d1, #0", "5ee0a820 0 0 0 8000000000000000 0 0 0", "ffffffffffffffff 0000000000000000 00000000"},
            {"sqxtun b0, h1", "7e212820 0 0 0 ff80 0 0 0", "0000000000000000 0000000000000000 08000000"},
            {"sqxtn s0, d1", "5ea14820 0 0 0 0000000100000000 0 0 0", "000000007fffffff 0000000000000000 08000000"},
            {"uqxtn h0, s1", "7e614820 0 0 0 0000ffff 0 0 0", "000000000000ffff 0000000000000000 00000000"},
            {"fcvtxn s0, d1", "7e616820 0 0 0 3ff0000010000000 0 0 0", "000000003f800001 0000000000000000 00000010"},
            {"fcvtns h0, h1", "5e79a820 0 0 0 4100 0 0 0", "0000000000000002 0000000000000000 00000010"},
            {"fcvtau d0, d1", "7e61c820 0 0 0 4004000000000000 0 0 0", "0000000000000003 0000000000000000 00000010"},
            {"fcvtms s0, s1", "5e21b820 0 0 0 cf800000 0 0 0", "0000000080000000 0000000000000000 00000001"},
            {"fcvtzu s0, s1", "7ea1b820 0 0 0 bf800000 0 0 0", "0000000000000000 0000000000000000 00000001"},
            {"fcvtzs s0, s1, #4", "5f3cfc20 0 0 0 3fc00000 0 0 0", "0000000000000018 0000000000000000 00000000"},
            {"fcvtzu h0, h1, #15", "7f11fc20 0 0 0 3c00 0 0 0", "0000000000008000 0000000000000000 00000000"},
            {"scvtf h0, h1", "5e79d820 0 0 0 7fff 0 0 0", "0000000000007800 0000000000000000 00000010"},
            {"ucvtf d0, d1, #10", "7f76e420 800000 0 0 ffffffffffffffff 0 0 0", "434fffffffffffff 0000000000000000 00000010"},
            {"scvtf s0, s1, #1", "5f3fe420 c00000 0 0 80000001 0 0 0", "00000000ce7fffff 0000000000000000 00000010"},
            {"fcmlt s0, s1, #0.0", "5ea0e820 0 0 0 80000000 0 0 0", "0000000000000000 0000000000000000 00000000"},
            {"fcmle h0, h1, #0.0", "7ef8d820 0 0 0 fe00 0 0 0", "0000000000000000 0000000000000000 00000001"},
            {"fcmgt d0, d1, #0.0", "5ee0c820 1000000 0 0 0000000000000001 0 0 0", "0000000000000000 0000000000000000 00000080"},
            {"frecpe h0, h1", "5ef9d820 0 0 0 0001 0 0 0", "0000000000007c00 0000000000000000 00000014"},
            {"frsqrte d0, d1", "7ee1d820 0 0 0 4010000000000000 0 0 0", "3fdff00000000000 0000000000000000 00000000"},
            {"frecpx s0, s1", "5ea1f820 0 0 0 40490fdb 0 0 0", "000000003f800000 0000000000000000 00000000"},
            {"addp d0, v1.2d", "5ef1b820 0 0 0 ffffffffffffffff 2 0 0", "0000000000000001 0000000000000000 00000000"},
            {"faddp h0, v1.2h", "5e30d820 400000 0 0 00013c00 0 0 0", "0000000000003c01 0000000000000000 00000010"},
            {"fminnmp d0, v1.2d", "7ef0c820 0 0 0 7ff8000000000000 bff0000000000000 0 0", "bff0000000000000 0000000000000000 00000000"},
            {"fmaxp s0, v1.2s", "7e30f820 0 0 0 7f80000180000000 0 0 0", "000000007fc00001 0000000000000000 00000001"},
            {"ursra d0, d1, #64", "7f403420 0 10 0 8000000000000000 0 0 0", "0000000000000011 0000000000000000 00000000"},
            {"srshr d0, d1, #3", "5f7d2420 0 0 0 fffffffffffffffc 0 0 0", "0000000000000000 0000000000000000 00000000"},
            {"sri d0, d1, #64", "7f404420 0 123456789 0 ffffffffffffffff 0 0 0", "0000000123456789 0000000000000000 00000000"},
            {"sli d0, d1, #63", "7f7f5420 0 123456789 0 ffffffffffffffff 0 0 0", "8000000123456789 0000000000000000 00000000"},
            {"shl d0, d1, #8", "5f485420 0 0 0 ff00000000000011 0 0 0", "0000000000001100 0000000000000000 00000000"},
            {"sqshlu b0, b1, #3", "7f0b6420 0 0 0 20 0 0 0", "00000000000000ff 0000000000000000 08000000"},
            {"sqshl h0, h1, #1", "5f117420 0 0 0 c000 0 0 0", "0000000000008000 0000000000000000 00000000"},
            {"uqshl d0, d1, #60", "7f7c7420 0 0 0 10 0 0 0", "ffffffffffffffff 0000000000000000 08000000"},
            {"sqrshrun b0, h1, #3", "7f0d8c20 0 0 0 07fc 0 0 0", "00000000000000ff 0000000000000000 08000000"},
            {"uqrshrn s0, d1, #1", "7f3f9c20 0 0 0 ffffffffffffffff 0 0 0", "00000000ffffffff 0000000000000000 08000000"},
            {"sqshrn h0, s1, #16", "5f109420 0 0 0 80000000 0 0 0", "0000000000008000 0000000000000000 00000000"},
            {"fmla h0, h1, v2.h[7]", "5f321820 0 3c00 0 4000 0 0 4200000000000000", "0000000000004700 0000000000000000 00000000"},
            {"fmls d0, d1, v2.d[1]", "5fc25820 0 3ff0000000000000 0 3ff0000000000000 0 0 3ff0000000000000", "0000000000000000 0000000000000000 00000000"},
            {"fmul s0, s1, v2.s[2]", "5f829820 1000000 0 0 00400000 0 0 3f000000", "0000000000000000 0000000000000000 00000080"},
            {"mov h0, v1.h[5]", "5e160420 0 0 0 0 0000abcd00000000 0 0", "0000000000000000 0000000000000000 00000000"},
            {"mov d0, v1.d[1]", "5e180420 0 ffff 0 0 123456789abcdef0 0 0", "123456789abcdef0 0000000000000000 00000000"},
            {"sha1c q0, s1, v2.4s", "5e020020 0 0123456789abcdef fedcba9876543210 f0e1d2c3 0 0011223344556677 8899aabbccddeeff", "039c248e7ed3094e da636c7049c04224 00000000"},
            {"sha1p q0, s1, v2.4s", "5e021020 0 0123456789abcdef fedcba9876543210 f0e1d2c3 0 0011223344556677 8899aabbccddeeff", "6166e2400aff3112 bd173146f28f6bb3 00000000"},
            {"sha1m q0, s1, v2.4s", "5e022020 0 0123456789abcdef fedcba9876543210 f0e1d2c3 0 0011223344556677 8899aabbccddeeff", "1ef5c6a521e72421 f8414a4e37f6f568 00000000"},
            {"sha1su0 v0.4s, v1.4s, v2.4s", "5e023020 0 0123456789abcdef fedcba9876543210 1111111122222222 3333333344444444 0011223344556677 8899aabbccddeeff", "ffeeddccbbaa9988 6754013298abfecd 00000000"},
            {"sha1h s0, s1", "5e280820 0 ffff 1 80000001 5 0 0", "0000000060000000 0000000000000000 00000000"},
            {"sha1su1 v0.4s, v1.4s", "5e281820 0 0123456789abcdef fedcba9876543210 1111111122222222 3333333344444444 0 0", "8ace02463175b9fd 9f5206cb8ace0246 00000000"},
            {"sha256h q0, q1, v2.4s", "5e024020 0 0123456789abcdef fedcba9876543210 1111111122222222 3333333344444444 0011223344556677 8899aabbccddeeff", "542e84d06a1c6bcb bcef0135ab4ffdd1 00000000"},
            {"sha256h2 q0, q1, v2.4s", "5e025020 0 0123456789abcdef fedcba9876543210 1111111122222222 3333333344444444 0011223344556677 8899aabbccddeeff", "ed837c85c72a17fd c40e39435c48feae 00000000"},
            {"sha256su0 v0.4s, v1.4s", "5e282820 0 0123456789abcdef fedcba9876543210 1111111122222222 3333333344444444 0 0", "23c5791aa92bbc5d c765432076d443a1 00000000"},
            {"sha256su1 v0.4s, v1.4s, v2.4s", "5e026020 0 0123456789abcdef fedcba9876543210 1111111122222222 3333333344444444 0011223344556677 8899aabbccddeeff", "25901ce0e550078e 5117938cac975f46 00000000"},
    };

    private static long hex(String s) {
        return Long.parseUnsignedLong(s, 16);
    }

    @TestFactory
    List<DynamicTest> agreesWithQemu() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] c : CASES) {
            tests.add(DynamicTest.dynamicTest(c[0], () -> {
                String[] in = c[1].split(" ");
                String[] out = c[2].split(" ");
                H h = new H();
                h.cpu.fpcr = hex(in[1]);
                h.cpu.fpsr = 0;
                for (int i = 0; i < 6; i++) {
                    h.cpu.v[i] = hex(in[2 + i]);
                }
                h.cpu.v[6] = 0xa5a5a5a5a5a5a5a5L;
                h.cpu.v[7] = 0x5a5a5a5a5a5a5a5aL;
                h.execute((int) hex(in[0]));
                assertEquals(out[0] + " " + out[1] + " " + out[2], String.format("%016x %016x %08x", h.cpu.v[0], h.cpu.v[1], h.cpu.fpsr), c[0]);
            }));
        }
        return tests;
    }

    /** Sources are read before V[d] is written: SQDMULH with d = n = m (0x8000 squared saturates). */
    @Test
    void destinationMayAliasTheSources() {
        H h = new H();
        h.cpu.v[0] = 0x8000;
        h.cpu.v[1] = 0x1234;
        h.execute(0x5e60b400); // sqdmulh h0, h0, h0
        assertEquals(0x7fffL, h.cpu.v[0]);
        assertEquals(0L, h.cpu.v[1]);
        assertEquals(1L << 27, h.cpu.fpsr);
    }

    /**
     * FCVTZS (scalar, fixed-point) of a half: the 16-bit result is written zero-extended (Arm ARM: V[d] = result).
     * qemu 7.2 differs here: it writes the result sign-extended to 32 bits (0xfffff000 for this case).
     */
    @Test
    void halfPrecisionFixedPointConversionIsZeroExtended() {
        H h = new H();
        h.cpu.v[2] = 0xbc00; // -1.0
        h.execute(0x5f14fc20); // fcvtzs h0, h1, #12
        assertEquals(0xf000L, h.cpu.v[0]);
        assertEquals(0L, h.cpu.v[1]);
    }
}
