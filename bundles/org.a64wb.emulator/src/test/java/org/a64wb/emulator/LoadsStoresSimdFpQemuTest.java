package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.TreeSet;

import org.a64wb.emulator.semantics.LoadsStoresExecution;
import org.a64wb.isa.a64.A64InstructionSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the cases of {@code qemu/loads-stores-simd-fp/cases.c} and asserts the values qemu-aarch64
 * printed for them ({@code expected.txt}; regenerate with {@code run.sh}). Each case starts from the
 * program's state: V[i] = pattern(2i+1):pattern(2i), a 256-byte buffer holding 0..255, x0 = buffer + 64;
 * no case writes x1 or x2, so their printed values are also their initial values.
 *
 * {@link #emulatorAgreesWithQemuOnRandomWords} does the same for the seeded random words of
 * {@code gen_random.py} ({@code random_expected.txt}; regenerate with {@code run_random.sh}).
 */
class LoadsStoresSimdFpQemuTest {

    static final class H extends SemanticsHarness implements LoadsStoresExecution {
    }

    private static final long BUF = 0x4000L;

    /** pattern() of cases.c. */
    private static long pattern(int i) {
        return 0xf0f0f0f000000000L | i * 0x01010101L;
    }

    private record Case(int word, String text, Map<Integer, long[]> v, long x0Offset, long x1, long x2, Map<Integer, Integer> buf) {
    }

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = LoadsStoresSimdFpQemuTest.class.getResourceAsStream("/qemu/loads-stores-simd-fp/expected.txt")) {
            assertNotNull(in, "expected.txt");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int word = 0;
            String text = null;
            Map<Integer, long[]> v = null;
            Map<Integer, Integer> buf = null;
            long[] x = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(" ");
                if (f[0].equals("==")) {
                    if (text != null) {
                        cases.add(new Case(word, text, v, x[0], x[1], x[2], buf));
                    }
                    word = Integer.parseUnsignedInt(f[1], 16);
                    text = line.substring(3 + 9);
                    v = new HashMap<>();
                    buf = new HashMap<>();
                    x = null;
                } else if (f[0].startsWith("v")) {
                    v.put(Integer.parseInt(f[0].substring(1)),
                            new long[] {Long.parseUnsignedLong(f[2], 16), Long.parseUnsignedLong(f[1], 16)});
                } else if (f[0].equals("x0")) {
                    x = new long[] {Long.parseLong(f[1].substring(3)), Long.parseUnsignedLong(f[3], 16),
                            Long.parseUnsignedLong(f[5], 16)};
                } else if (f[0].startsWith("buf[")) {
                    buf.put(Integer.parseInt(f[0].substring(4, f[0].length() - 1)), Integer.parseInt(f[1], 16));
                }
            }
            if (text != null) {
                cases.add(new Case(word, text, v, x[0], x[1], x[2], buf));
            }
        }
        return cases;
    }

    @TestFactory
    List<DynamicTest> emulatorAgreesWithQemu() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, "cases in expected.txt");
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases) {
            tests.add(DynamicTest.dynamicTest(String.format("%08x %s", c.word(), c.text()), () -> run(c)));
        }
        return tests;
    }

    /** small_offsets of gen_random.py: x16..x30 of every random case. */
    private static final long[] SMALL = {16, -16, 3, -5, 32, 1, 0, -1, 48, -48, 7, -64, 64, 2, -2};

    private static final long RANDOM_BUF = 0x8000;

    /** Changes printed by random.c for one word: V registers, X register deltas, buffer bytes. */
    private record RandomCase(int word, Map<Integer, long[]> v, Map<Integer, Long> x, Map<Integer, Integer> buf) {
    }

    private static List<RandomCase> randomCases() throws IOException {
        List<RandomCase> cases = new ArrayList<>();
        try (InputStream in = LoadsStoresSimdFpQemuTest.class.getResourceAsStream("/qemu/loads-stores-simd-fp/random_expected.txt")) {
            assertNotNull(in, "random_expected.txt");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            RandomCase current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(" ");
                if (f[0].equals("==")) {
                    current = new RandomCase(Integer.parseUnsignedInt(f[1], 16), new HashMap<>(), new HashMap<>(), new HashMap<>());
                    cases.add(current);
                } else if (f[0].startsWith("v")) {
                    current.v().put(Integer.parseInt(f[0].substring(1)),
                            new long[] {Long.parseUnsignedLong(f[2], 16), Long.parseUnsignedLong(f[1], 16)});
                } else if (f[0].startsWith("x")) {
                    current.x().put(Integer.parseInt(f[0].substring(1)), Long.parseLong(f[1]));
                } else if (f[0].startsWith("buf[")) {
                    current.buf().put(Integer.parseInt(f[0].substring(4, f[0].length() - 1)), Integer.parseInt(f[1], 16));
                }
            }
        }
        return cases;
    }

    @TestFactory
    List<DynamicTest> emulatorAgreesWithQemuOnRandomWords() throws IOException {
        List<RandomCase> cases = randomCases();
        assertTrue(cases.size() >= 400, "cases in random_expected.txt");
        List<DynamicTest> tests = new ArrayList<>();
        for (RandomCase c : cases) {
            tests.add(DynamicTest.dynamicTest(String.format("%08x", c.word()), () -> runRandom(c)));
        }
        return tests;
    }

    @Test
    void randomWordsCoverEveryEncodingOfTheGroupButLdrLiteral() throws IOException {
        A64InstructionSet isa = new A64InstructionSet();
        TreeSet<String> missing = new TreeSet<>();
        for (org.a64wb.isa.api.EncodingInfo e : isa.encodings()) {
            if (e.sourceFile().endsWith("loads-stores-simd-fp.a64")) {
                missing.add(e.name());
            }
        }
        assertEquals(227, missing.size());
        for (RandomCase c : randomCases()) {
            missing.remove(isa.decodeInstruction(c.word()).orElseThrow().encoding().name());
        }
        // PC-relative: qemu's code addresses differ from the emulator's; see LoadsStoresSimdFpTest.
        assertEquals("[LDR_lit_FPd, LDR_lit_FPq, LDR_lit_FPs]", missing.toString());
    }

    private static void runRandom(RandomCase c) {
        H h = new H();
        h.memory.map(0, 0x1_0000);
        for (int k = 0; k < 2048; k++) {
            h.memory.write8(RANDOM_BUF + k, (byte) (k * 7 + 1));
        }
        for (int i = 0; i < 64; i++) {
            h.cpu.v[i] = pattern(i);
        }
        long[] x = new long[31];
        for (int r = 0; r < 31; r++) {
            x[r] = r < 16 ? RANDOM_BUF + 1024 : SMALL[r - 16];
            h.cpu.x[r] = x[r];
        }
        h.cpu.pc = 0x1000;

        h.execute(c.word());

        for (int r = 0; r < 32; r++) {
            long[] expected = c.v().getOrDefault(r, new long[] {pattern(2 * r), pattern(2 * r + 1)});
            assertEquals(Long.toHexString(expected[1]) + ":" + Long.toHexString(expected[0]),
                    Long.toHexString(h.cpu.vHigh(r)) + ":" + Long.toHexString(h.cpu.vLow(r)), "v" + r);
        }
        for (int r = 0; r < 31; r++) {
            assertEquals(x[r] + c.x().getOrDefault(r, 0L), h.cpu.x[r], "x" + r);
        }
        byte[] expected = new byte[2048];
        for (int k = 0; k < expected.length; k++) {
            expected[k] = (byte) (int) c.buf().getOrDefault(k, k * 7 + 1);
        }
        byte[] actual = new byte[2048];
        h.memory.readBytes(RANDOM_BUF, actual, 0, actual.length);
        assertArrayEquals(expected, actual, "buffer");
    }

    private static void run(Case c) {
        H h = new H();
        h.memory.map(0, 0x1_0000);
        for (int k = 0; k < 256; k++) {
            h.memory.write8(BUF + k, (byte) k);
        }
        for (int i = 0; i < 64; i++) {
            h.cpu.v[i] = pattern(i);
        }
        h.cpu.x[0] = BUF + 64;
        h.cpu.x[1] = c.x1();
        h.cpu.x[2] = c.x2();
        h.cpu.pc = 0x1000;

        h.execute(c.word());

        for (int r = 0; r < 32; r++) {
            long[] expected = c.v().getOrDefault(r, new long[] {pattern(2 * r), pattern(2 * r + 1)});
            assertEquals(Long.toHexString(expected[1]) + ":" + Long.toHexString(expected[0]),
                    Long.toHexString(h.cpu.vHigh(r)) + ":" + Long.toHexString(h.cpu.vLow(r)), "v" + r);
        }
        assertEquals(BUF + c.x0Offset(), h.cpu.x[0], "x0");
        assertEquals(c.x1(), h.cpu.x[1], "x1");
        assertEquals(c.x2(), h.cpu.x[2], "x2");
        byte[] expected = new byte[256];
        for (int k = 0; k < expected.length; k++) {
            expected[k] = (byte) (int) c.buf().getOrDefault(k, k);
        }
        byte[] actual = new byte[256];
        h.memory.readBytes(BUF, actual, 0, actual.length);
        assertArrayEquals(expected, actual, "buffer");
        assertEquals(0x1004, h.cpu.pc, "pc");
    }
}
