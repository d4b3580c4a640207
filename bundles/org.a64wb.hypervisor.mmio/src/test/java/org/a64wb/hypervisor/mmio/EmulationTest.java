package org.a64wb.hypervisor.mmio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.a64wb.accel.api.RegisterId;
import org.a64wb.hypervisor.dispatch.MachineRunner;
import org.junit.jupiter.api.Test;

/**
 * ISV=0 emulation (and the ISV=1 path) checked two ways: a recording device asserts the elements
 * (order, addresses, sizes, values), and the whole guest-visible result (X0..X30, SP, PC, V0..V31
 * and the device's bytes) must equal the same program run by the interpreter with RAM at the
 * device's address (the independent reference).
 */
class EmulationTest {

    static final long BASE = Guest.DEVICE + 0x100;

    static void setup(Guest g) {
        g.fillDevice(b -> {
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (i * 37 + 0x91);
            }
        });
        g.x(1, BASE);
        for (int n = 2; n <= 30; n++) {
            g.x(n, 0x1111_1111_1111_1111L * (n % 15 + 1) ^ (long) n << 56);
        }
        g.x(5, 0x20);
        g.x(6, -0x10L);
        for (int n = 0; n < 32; n++) {
            g.cpu().setVector(n, 0x0102030405060708L * (n + 1), 0x1112131415161718L * (n + 3) ^ 0x8000000000000000L);
        }
        g.set(RegisterId.SP_EL1, Guest.DEVICE + 0x400);
        g.set(RegisterId.SP, 0x4000_8000L);
    }

    /** Runs {@code asm} against the device and against RAM; asserts identical results; returns the device run's log. */
    static List<String> compare(String asm) {
        Guest reference = new Guest(true).load(asm);
        setup(reference);
        MachineRunner.Result r = reference.run();
        assertEquals(MachineRunner.Ending.POWER_OFF, r.ending(), r.report());
        Guest mmio = new Guest(false).load(asm);
        setup(mmio);
        mmio.device.log.clear();
        MachineRunner.Result m = mmio.runWithLog();
        assertEquals(MachineRunner.Ending.POWER_OFF, m.ending(), m.report() + " " + mmio.reports.last());
        assertEquals(reference.state(), mmio.state(), asm);
        assertArrayEquals(reference.deviceBytes(), mmio.deviceBytes(), asm);
        assertTrue(mmio.statistics.count("EC 0x24") > 0, "the access went through the MMIO handlers");
        return mmio.device.log.stream().map(RecordingDevice.Access::toString).collect(Collectors.toList());
    }

    static String w(long offset, int size, long value) {
        return new RecordingDevice.Access(true, offset, size, value).toString();
    }

    static String r(long offset, int size, long value) {
        return new RecordingDevice.Access(false, offset, size, value).toString();
    }

    /**
     * A loop hot enough for the emulator to compile its block: the accesses then leave compiled code (a pending abort,
     * no Java exception) in the middle of the block, with the data processing before them done and none after.
     */
    @Test
    void aCompiledLoopOfDeviceAccessesEndsAsOnRam() {
        compare("""
                 mov x9, #100
                1:
                 add x10, x10, #1
                 str x10, [x1, #8]
                 ldr x11, [x1, #8]
                 add x12, x12, x11
                 stp x10, x12, [x1], #16
                 ldp x13, x14, [x1, #-16]
                 sub x1, x1, #16
                 ldr q3, [x1, #32]!
                 sub x1, x1, #32
                 ldrsh w16, [x1, #6]
                 add x15, x15, x13
                 eor x15, x15, x16
                 subs x9, x9, #1
                 b.ne 1b
                """);
    }

    @Test
    void stpXPostIndexWritesRtThenRt2AndAdvancesTheBase() {
        List<String> log = compare("stp x2, x3, [x1], #16");
        Guest g = new Guest(false);
        setup(g);
        assertEquals(List.of(w(0x100, 8, g.x(2)), w(0x108, 8, g.x(3))), log);
    }

    @Test
    void stpQPostIndexWritesFourDoublewordsLowFirst() {
        List<String> log = compare("stp q0, q1, [x1], #32");
        Guest g = new Guest(false);
        setup(g);
        long[] v0 = g.cpu().getVector(0);
        long[] v1 = g.cpu().getVector(1);
        assertEquals(List.of(w(0x100, 8, v0[0]), w(0x108, 8, v0[1]), w(0x110, 8, v1[0]), w(0x118, 8, v1[1])), log);
    }

    @Test
    void ldpXReadsTwoDoublewordsInOrder() {
        List<String> log = compare("ldp x2, x3, [x1, #16]");
        assertEquals(2, log.size());
        assertTrue(log.get(0).startsWith("R 8@0x110") && log.get(1).startsWith("R 8@0x118"), log.toString());
    }

    @Test
    void ldpWPreIndexZeroExtendsAndWritesBack() {
        compare("ldp w2, w3, [x1, #-8]!");
    }

    @Test
    void ldpswSignExtendsBothWords() {
        List<String> log = compare("ldpsw x2, x3, [x1]");
        assertEquals(List.of("R 4@0x100", "R 4@0x104"), log.stream().map(s -> s.substring(0, s.indexOf('='))).toList());
    }

    @Test
    void ldnpAndStnpBehaveAsPairs() {
        compare("ldnp x2, x3, [x1, #32]\n stnp w4, w7, [x1, #-16]");
    }

    @Test
    void pairLoadWithRtEqualRt2KeepsTheFirstElementAsTheInterpreterDoes() {
        compare("ldp x2, x2, [x1]");
    }

    @Test
    void loadWithWritebackIntoTheBaseRegisterKeepsTheNewBase() {
        compare("ldr x1, [x1, #8]!");
    }

    @Test
    void singleRegisterWritebackForms() {
        compare("ldr x2, [x1, #8]!\n str w3, [x1], #-4\n ldrsb x4, [x1], #1\n ldrsh w7, [x1, #2]!\n strb w8, [x1], #3");
    }

    @Test
    void registerOffsetsWithExtendAndShift() {
        compare("ldr q0, [x1, x5]\n ldr d1, [x1, w6, sxtw]\n str s2, [x1, x5, lsl #2]\n ldr h3, [x1, w5, uxtw #1]\n str b4, [x1, x6]"
                + "\n ldr x2, [x1, x5, lsl #3]\n ldrsh w3, [x1, w6, sxtw #1]\n ldr q7, [x1, x5, lsl #4]");
    }

    @Test
    void simdScalarsAllSizesAllModes() {
        compare("ldr b0, [x1]\n ldr h1, [x1, #2]\n ldr s2, [x1, #4]!\n ldr d3, [x1], #8\n ldr q4, [x1, #16]\n str q5, [x1, #-32]!"
                + "\n stur d6, [x1, #-3]\n ldur s7, [x1, #5]\n str h8, [x1], #2\n str b9, [x1, #1]!");
    }

    @Test
    void simdPairsSAndD() {
        compare("ldp s0, s1, [x1, #8]\n stp d2, d3, [x1, #-16]!\n ldp q4, q5, [x1], #32\n ldnp d6, d7, [x1]\n stnp q8, q9, [x1, #64]");
    }

    @Test
    void stackPointerBaseUsesSpEl1AtEl1h() {
        compare("stp x2, x3, [sp, #-16]!\n ldp q0, q1, [sp, #-64]\n ldr x4, [sp], #16");
    }

    @Test
    void ld1MultipleStructures() {
        compare("ld1 {v0.16b}, [x1]\n ld1 {v1.8b, v2.8b}, [x1], #16\n ld1 {v3.4s, v4.4s, v5.4s}, [x1], x5\n ld1 {v6.2d, v7.2d, v8.2d, v9.2d}, [x1]");
    }

    @Test
    void ld2Ld3Ld4DeinterleaveInArchitecturalOrder() {
        List<String> log = compare("ld2 {v0.8h, v1.8h}, [x1], x5\n ld3 {v2.4s, v3.4s, v4.4s}, [x1]\n ld4 {v5.8b, v6.8b, v7.8b, v8.8b}, [x1], #32");
        // LD2 .8h: 16 halfwords at consecutive addresses; then LD3 .4s: 12 words; then LD4 .8b: 32 bytes.
        assertEquals(16 + 12 + 32, log.size());
        for (int i = 0; i < 16; i++) {
            assertTrue(log.get(i).startsWith(String.format("R 2@0x%x=", 0x100 + 2 * i)), log.get(i));
        }
    }

    @Test
    void st1ToSt4InterleaveInArchitecturalOrder() {
        List<String> log = compare("st2 {v0.4s, v1.4s}, [x1]\n st1 {v2.1d, v3.1d}, [x1], #16\n st3 {v4.8b, v5.8b, v6.8b}, [x1], x5\n st4 {v8.8h, v9.8h, v10.8h, v11.8h}, [x1]");
        Guest g = new Guest(false);
        setup(g);
        // ST2 .4s: element 0 of v0, element 0 of v1, element 1 of v0 ...
        assertEquals(w(0x100, 4, g.cpu().getVector(0)[0] & 0xffffffffL), log.get(0));
        assertEquals(w(0x104, 4, g.cpu().getVector(1)[0] & 0xffffffffL), log.get(1));
        assertEquals(w(0x108, 4, g.cpu().getVector(0)[0] >>> 32), log.get(2));
    }

    @Test
    void singleLaneAndReplicateStructures() {
        compare("ld1 {v0.s}[1], [x1]\n ld2 {v1.h, v2.h}[7], [x1], #4\n ld3 {v3.b, v4.b, v5.b}[15], [x1], x5\n ld4 {v6.d, v7.d, v8.d, v9.d}[1], [x1]"
                + "\n st1 {v10.b}[3], [x1]\n st2 {v11.s, v12.s}[2], [x1], #8\n st4 {v13.h, v14.h, v15.h, v16.h}[5], [x1], x6"
                + "\n ld1r {v17.8b}, [x1]\n ld2r {v18.4s, v19.4s}, [x1], #8\n ld3r {v20.2d, v21.2d, v22.2d}, [x1]\n ld4r {v23.4h, v24.4h, v25.4h, v26.4h}, [x1], x5");
    }

    @Test
    void isvOneAccessesFromTheSyndrome() {
        List<String> log = compare("ldr w2, [x1]\n ldrsw x3, [x1, #4]\n ldrsb w4, [x1, #1]\n ldrh w7, [x1, #6]\n str x8, [x1, #16]\n strh w9, [x1, #24]"
                + "\n ldar x10, [x1]\n stlr w11, [x1]\n ldapr w12, [x1]");
        assertEquals(9, log.size());
    }

    @Test
    void zeroRegisterAsTransferRegisterStoresZeroAndDiscardsLoads() {
        List<String> log = compare("str xzr, [x1]\n ldr xzr, [x1, #8]\n stp xzr, xzr, [x1, #16]\n ldp xzr, x2, [x1, #32]");
        assertEquals(w(0x100, 8, 0), log.get(0));
        assertEquals(w(0x110, 8, 0), log.get(2));
    }
}
