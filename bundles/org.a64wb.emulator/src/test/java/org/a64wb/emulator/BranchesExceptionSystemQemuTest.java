package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.a64wb.emulator.cpu.GuestException;
import org.a64wb.emulator.semantics.BranchesExceptionSystemExecution;
import org.a64wb.emulator.semantics.ReservedExecution;
import org.a64wb.emulator.semantics.SystemRegisters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values qemu-aarch64 -cpu max printed at EL0 for src/test/resources/qemu/branches-exception-system/bes.c
 * (recorded in expected.txt; rerun with run.sh there).
 */
class BranchesExceptionSystemQemuTest {

    static final class H extends SemanticsHarness implements BranchesExceptionSystemExecution, ReservedExecution {
    }

    static final long PC = 0x10000;
    static Map<String, String> qemu;

    H h;

    @BeforeAll
    static void load() throws IOException {
        qemu = new LinkedHashMap<>();
        try (InputStream in = BranchesExceptionSystemQemuTest.class.getResourceAsStream("/qemu/branches-exception-system/expected.txt")) {
            assertNotNull(in);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = reader.readLine()) != null;) {
                int eq = line.indexOf('=');
                qemu.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
    }

    @BeforeEach
    void setUp() {
        h = new H();
        h.cpu.pc = PC;
        h.memory.map(0, 0x100000);
    }

    private long qemuHex(String key) {
        String value = qemu.get(key);
        assertNotNull(value, key);
        return Long.parseUnsignedLong(value.startsWith("0x") ? value.substring(2) : value, 16);
    }

    private long nzcvAfter(int word, int in) {
        h.cpu.setNzcvBits(in);
        h.execute(word);
        return h.cpu.nzcv >>> 28;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
    void xaflagAsQemu(int in) {
        assertEquals(qemuHex("xaflag." + Integer.toHexString(in)), nzcvAfter(0xd500403f, in));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
    void axflagAsQemu(int in) {
        assertEquals(qemuHex("axflag." + Integer.toHexString(in)), nzcvAfter(0xd500405f, in));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
    void cfinvAsQemu(int in) {
        assertEquals(qemuHex("cfinv." + Integer.toHexString(in)), nzcvAfter(0xd500401f, in));
    }

    private long writeAllOnesAndRead(int msr, int mrs) {
        h.cpu.x[0] = -1L;
        h.execute(msr);
        h.cpu.x[0] = 0;
        h.execute(mrs);
        return h.cpu.x[0];
    }

    @Test
    void nzcvKeepsBits31To28AsQemu() {
        assertEquals(qemuHex("nzcv.all-ones"), writeAllOnesAndRead(0xd51b4200, 0xd53b4200));
    }

    @Test
    void fpcrKeepsAhpDnFzRmodeFz16AsQemuLessAArch32Fields() {
        // qemu also keeps the AArch32 Len (bits 18:16) and Stride (bits 21:20); FZ16 (bit 19) is FEAT_FP16.
        assertEquals(qemuHex("fpcr.all-ones") & ~0x00370000L, writeAllOnesAndRead(0xd51b4400, 0xd53b4400));
    }

    @Test
    void fpsrKeepsCumulativeBitsAsQemuLessAArch32Flags() {
        // FPSR.N, Z, C, V (bits 31:28) exist for AArch32 only; qemu keeps them.
        assertEquals(qemuHex("fpsr.all-ones") & 0x0fffffffL, writeAllOnesAndRead(0xd51b4420, 0xd53b4420));
    }

    @Test
    void dczidHasAPowerOfTwoBlockAndNoProhibitLikeQemu() {
        h.execute(0xd53b00e0);
        assertEquals(qemuHex("dczid_el0") & 0x10, h.cpu.x[0] & 0x10);
        assertEquals(SystemRegisters.DCZ_BLOCK_SIZE, 4 << (h.cpu.x[0] & 15), "qemu's block is 512 bytes, the engine's 64");
    }

    @Test
    void dcZvaZeroesTheAlignedBlockLikeQemu() {
        assertEquals("1", qemu.get("dc-zva.zeroes-aligned-block"));
        for (int i = 0; i < 4096; i += 8) {
            h.memory.write64(0x2000 + i, -1L);
        }
        long address = 0x2000 + 1024 + SystemRegisters.DCZ_BLOCK_SIZE + 13;
        h.cpu.x[1] = address;
        h.execute(0xd50b7421);
        long block = address & -SystemRegisters.DCZ_BLOCK_SIZE;
        for (long a = 0x2000; a < 0x3000; a += 8) {
            assertEquals(a >= block && a < block + SystemRegisters.DCZ_BLOCK_SIZE ? 0 : -1L, h.memory.read64(a));
        }
    }

    @Test
    void msrDitThenMrsDitAsQemu() {
        h.execute(0xd503415f);
        h.execute(0xd53b42a0); // mrs x0, dit
        assertEquals(qemuHex("dit.after-msr-1"), h.cpu.x[0]);
    }

    @Test
    void msrSsbsThenMrsSsbsAsQemu() {
        h.execute(0xd503413f);
        h.execute(0xd53b42c0); // mrs x0, ssbs
        assertEquals(qemuHex("ssbs.after-msr-1"), h.cpu.x[0]);
    }

    @Test
    void blrX30LinksTheNextInstructionAsQemu() {
        assertEquals("1", qemu.get("blr-x30.lr-is-next"));
        h.cpu.x[30] = 0x8000;
        h.execute(0xd63f03c0);
        assertEquals(0x8000, h.cpu.pc);
        assertEquals(PC + 4, h.cpu.x[30]);
    }

    @Test
    void bNvBranchesAlwaysAsQemu() {
        assertEquals("1", qemu.get("b.nv.taken"));
        h.execute(0x5400004f);
        assertEquals(PC + 8, h.cpu.pc);
    }

    @Test
    void cbzWIgnoresTheUpperHalfAsQemu() {
        assertEquals("1", qemu.get("cbz-w.upper-half-set.taken"));
        h.cpu.x[9] = 1L << 32;
        h.execute(0x34000049); // cbz w9, #8
        assertEquals(PC + 8, h.cpu.pc);
    }

    @Test
    void tbnzBit63AsQemu() {
        assertEquals("1", qemu.get("tbnz-63.taken"));
        h.cpu.x[9] = 1L << 63;
        h.execute(0xb7f80049); // tbnz x9, #63, #8
        assertEquals(PC + 8, h.cpu.pc);
    }

    @Test
    void tpidrroEl0IsReadableAtEl0AsQemu() {
        h.execute(0xd53bd060);
        assertEquals(qemuHex("mrs-tpidrro-el0"), h.cpu.x[0]);
    }

    /** Instructions qemu answered with SIGILL at EL0: the engine raises UNDEFINED or an EC 0x18 trap. */
    @ParameterizedTest
    @ValueSource(strings = {"msr-daifset-el0:d50342df", "mrs-currentel-el0:d5384240", "msr-spsel-el0:d50041bf",
        "msr-tpidrro-el0:d51bd060", "udf:00000000", "eret-el0:d69f03e0", "hvc-el0:d4000002", "dcps1:d4a00001",
        "sysl:d5280000"})
    void sigillAtEl0AsQemu(String keyAndWord) {
        String[] parts = keyAndWord.split(":");
        assertEquals("SIGILL", qemu.get(parts[0]));
        GuestException e = assertThrows(GuestException.class, () -> h.execute((int) Long.parseLong(parts[1], 16)));
        assertEquals(parts[0].startsWith("msr-daifset") ? GuestException.Kind.SYSTEM_REGISTER : GuestException.Kind.UNDEFINED,
                e.kind());
    }
}
