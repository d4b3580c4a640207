package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.a64wb.emulator.semantics.LoadsStoresExecution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replays the cases of {@code src/test/resources/qemu/loads-stores/tricky.c} and asserts the values
 * qemu-aarch64 printed for them ({@code expected.txt}, regenerated and checked by {@code run.sh}).
 * Addresses are relative to the buffer, as the program prints them.
 */
class LoadsStoresQemuTest {

    static final class H extends SemanticsHarness implements LoadsStoresExecution {
    }

    static final long RAM = 0x10000;
    static final long BUF = RAM + 0x1000;

    static Map<String, Long> qemu;

    H h;

    @BeforeAll
    static void loadExpected() throws IOException {
        qemu = new HashMap<>();
        try (InputStream in = LoadsStoresQemuTest.class.getResourceAsStream("/qemu/loads-stores/expected.txt")) {
            assertNotNull(in, "expected.txt");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.trim().split(" ");
                qemu.put(parts[0], Long.parseUnsignedLong(parts[1], 16));
            }
        }
    }

    @BeforeEach
    void setUp() {
        h = new H();
        h.memory.map(RAM, 0x10000);
        reset();
    }

    /** buf[i] = 0x1111111111111111 * (i + 1), as tricky.c's reset(). */
    void reset() {
        for (int i = 0; i < 8; i++) {
            h.memory.write64(BUF + 8 * i, 0x1111111111111111L * (i + 1));
        }
    }

    long buf(int i) {
        return h.memory.read64(BUF + 8 * i);
    }

    static void assertQemu(String name, long actual) {
        Long expected = qemu.get(name);
        assertNotNull(expected, name);
        assertEquals(Long.toHexString(expected), Long.toHexString(actual), name);
    }

    @Test
    void loadWithWritebackIntoItsBase() {
        h.cpu.x[0] = BUF;
        h.execute(0xf8408400); // ldr x0, [x0], #8
        assertQemu("ldr_post_rt_eq_rn", h.cpu.x[0] - BUF);
        h.cpu.x[1] = BUF;
        h.execute(0xf8408c21); // ldr x1, [x1, #8]!
        assertQemu("ldr_pre_rt_eq_rn", h.cpu.x[1] - BUF);
    }

    @Test
    void storeWithWritebackOfItsBase() {
        h.cpu.x[2] = BUF;
        h.execute(0xf8010442); // str x2, [x2], #16
        assertQemu("str_post_rt_eq_rn_base", h.cpu.x[2] - BUF);
        assertQemu("str_post_rt_eq_rn_stored", buf(0) - BUF);
    }

    @Test
    void loadPairOverlaps() {
        h.cpu.x[4] = BUF;
        h.execute(0xa9400c83); // ldp x3, x3, [x4]
        assertQemu("ldp_rt_eq_rt2", h.cpu.x[3]);
        h.cpu.x[5] = BUF;
        h.execute(0xa8c118a5); // ldp x5, x6, [x5], #16
        assertQemu("ldp_post_rt_eq_rn_rt", h.cpu.x[5] - BUF);
        assertQemu("ldp_post_rt_eq_rn_rt2", h.cpu.x[6]);
    }

    @Test
    void signAndZeroExtension() {
        h.memory.write64(BUF, 0x0000000080008080L);
        h.cpu.x[1] = BUF;
        h.cpu.x[7] = -1;
        h.execute(0x39c00027); // ldrsb w7, [x1]
        assertQemu("ldrsb_w", h.cpu.x[7]);
        h.execute(0x39800020); // ldrsb x0, [x1]
        assertQemu("ldrsb_x", h.cpu.x[0]);
        h.execute(0x79c00420); // ldrsh w0, [x1, #2]
        assertQemu("ldrsh_w_off2", h.cpu.x[0]);
        h.execute(0xb9800020); // ldrsw x0, [x1]
        assertQemu("ldrsw", h.cpu.x[0]);
        h.cpu.x[8] = -1;
        h.execute(0x39400428); // ldrb w8, [x1, #1]
        assertQemu("ldrb", h.cpu.x[8]);
    }

    @Test
    void registerOffsets() {
        h.cpu.x[1] = BUF + 16;
        h.cpu.x[10] = 0xffff0000_ffffffffL;
        h.execute(0xf86ad829); // ldr x9, [x1, w10, sxtw #3]
        assertQemu("ldr_reg_sxtw3", h.cpu.x[9]);
        h.cpu.x[1] = BUF;
        h.cpu.x[10] = 0xffffffffL + 3;
        h.execute(0xb86a5829); // ldr w9, [x1, w10, uxtw #2]
        assertQemu("ldr_reg_uxtw2", h.cpu.x[9]);
    }

    @Test
    void exclusiveMonitor() {
        h.cpu.x[1] = BUF;
        h.cpu.x[11] = 42;
        h.execute(0xc80c7c2b); // stxr w12, x11, [x1] (after clrex)
        assertQemu("stxr_unarmed_status", h.cpu.x[12]);
        assertQemu("stxr_unarmed_mem", buf(0));
        h.execute(0xc85f7c2d); // ldxr x13, [x1]
        h.execute(0xc80c7c2b); // stxr w12, x11, [x1]
        assertQemu("ldxr_value", h.cpu.x[13]);
        assertQemu("stxr_armed_status", h.cpu.x[12]);
        assertQemu("stxr_armed_mem", buf(0));
        h.cpu.x[11] = 43;
        h.execute(0xc80c7c2b); // stxr w12, x11, [x1]
        assertQemu("stxr_again_status", h.cpu.x[12]);
        h.execute(0xc85f7c2d); // ldxr x13, [x1]
        h.cpu.x[11] = 44;
        h.cpu.x[2] = BUF + 8;
        h.execute(0xc80c7c4b); // stxr w12, x11, [x2]
        assertQemu("stxr_other_address_status", h.cpu.x[12]);
        assertQemu("stxr_other_address_mem", buf(1));
    }

    @Test
    void wordPairExclusive() {
        h.cpu.x[1] = BUF;
        h.execute(0x887f3c2e); // ldxp w14, w15, [x1]
        h.cpu.setW(14, h.cpu.w(14) + 1); // add w14, w14, #1
        h.execute(0x882c382f); // stxp w12, w15, w14, [x1]
        assertQemu("ldxp_w_rt_plus1", h.cpu.x[14]);
        assertQemu("stxp_w_status", h.cpu.x[12]);
        assertQemu("stxp_w_mem", buf(0));
    }

    @Test
    void atomics() {
        h.cpu.x[1] = BUF;
        h.memory.write64(BUF, 0xf0);
        h.cpu.x[16] = 0x10;
        h.execute(0x38304031); // ldsmaxb w16, w17, [x1]
        assertQemu("ldsmaxb_old", h.cpu.x[17]);
        assertQemu("ldsmaxb_mem", buf(0));
        h.memory.write64(BUF, 0xf0);
        h.execute(0x38306031); // ldumaxb w16, w17, [x1]
        assertQemu("ldumaxb_mem", buf(0));
        h.memory.write64(BUF, 0xffffffff80000000L);
        h.cpu.x[16] = -1;
        h.execute(0xb8f00031); // ldaddal w16, w17, [x1]
        assertQemu("ldaddal_w_old", h.cpu.x[17]);
        assertQemu("ldaddal_w_mem", buf(0));
        h.memory.write64(BUF, 0xff00ff00ff00ff00L);
        h.cpu.x[16] = 0xffff;
        h.execute(0xf830103f); // stclr x16, [x1]
        assertQemu("stclr_x_mem", buf(0));
        h.memory.write64(BUF, 0x1234);
        h.cpu.x[16] = 0x5678;
        h.execute(0x78308031); // swph w16, w17, [x1]
        assertQemu("swph_old", h.cpu.x[17]);
        assertQemu("swph_mem", buf(0));
        h.memory.write64(BUF, 0x8000000000000001L);
        h.cpu.x[16] = 1;
        h.execute(0xf8305031); // ldsmin x16, x17, [x1]
        assertQemu("ldsmin_x_mem", buf(0));
    }

    @Test
    void compareAndSwapByte() {
        h.cpu.x[1] = BUF;
        h.memory.write64(BUF, 0xff);
        h.cpu.x[18] = -1;
        h.cpu.x[19] = 0x22;
        h.execute(0x08b27c33); // casb w18, w19, [x1]
        assertQemu("casb_rs", h.cpu.x[18]);
        assertQemu("casb_mem", buf(0));
        h.cpu.x[18] = 1;
        h.cpu.x[19] = 0x33;
        h.execute(0x08b27c33); // casb w18, w19, [x1]
        assertQemu("casb_fail_rs", h.cpu.x[18]);
        assertQemu("casb_fail_mem", buf(0));
    }

    @Test
    void compareAndSwapPairs() {
        h.cpu.x[1] = BUF + 16;
        h.cpu.x[20] = buf(2);
        h.cpu.x[21] = buf(3);
        h.cpu.x[22] = 7;
        h.cpu.x[23] = 8;
        h.execute(0x48347c36); // casp x20, x21, x22, x23, [x1]
        assertQemu("casp_x_rs", h.cpu.x[20]);
        assertQemu("casp_x_rs1", h.cpu.x[21]);
        assertQemu("casp_x_mem0", buf(2));
        assertQemu("casp_x_mem1", buf(3));
        reset();
        h.cpu.x[1] = BUF;
        h.cpu.x[20] = 0xffffffff_00000001L;
        h.cpu.x[21] = 2;
        h.cpu.x[22] = 7;
        h.cpu.x[23] = 8;
        h.execute(0x08347c36); // casp w20, w21, w22, w23, [x1]
        assertQemu("casp_w_fail_rs", h.cpu.x[20]);
        assertQemu("casp_w_fail_rs1", h.cpu.x[21]);
        assertQemu("casp_w_fail_mem", buf(0));
    }

    @Test
    void rcpcLoads() {
        h.cpu.x[1] = BUF;
        h.memory.write64(BUF, 0xff80);
        h.execute(0x59800038); // ldapursh x24, [x1]
        assertQemu("ldapursh_x", h.cpu.x[24]);
        h.execute(0x38bfc038); // ldaprb w24, [x1]
        assertQemu("ldaprb", h.cpu.x[24]);
    }

    @Test
    void loadPairSignedWordsPreIndex() {
        h.memory.write64(BUF + 32, 0x7fffffff80000000L);
        h.cpu.x[25] = BUF;
        h.execute(0x69c46f3a); // ldpsw x26, x27, [x25, #32]!
        assertQemu("ldpsw_rt", h.cpu.x[26]);
        assertQemu("ldpsw_rt2", h.cpu.x[27]);
        assertQemu("ldpsw_wb", h.cpu.x[25] - BUF);
    }
}
