package org.a64wb.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.a64wb.emulator.semantics.DataProcessingImmediateExecution;
import org.a64wb.emulator.semantics.DataProcessingRegisterExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every case qemu-aarch64 ran in src/test/resources/qemu/data-processing/: the hand-written
 * dp.c and the 1,400 random words of random.c (gen_random.py). The same word from the same x0..x3
 * and NZCV must leave the same x0 and NZCV. Regenerate the .expected files with
 * {@code run.sh --update} after changing the programs.
 */
class DataProcessingQemuTest {

    static final class H extends SemanticsHarness
            implements DataProcessingImmediateExecution, DataProcessingRegisterExecution {
    }

    static Stream<Arguments> cases() throws IOException {
        return Stream.concat(recording("dp"), recording("random"));
    }

    private static Stream<Arguments> recording(String program) throws IOException {
        String resource = "/qemu/data-processing/" + program + ".expected";
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = DataProcessingQemuTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    cases.add(Arguments.of(line.substring(0, line.indexOf(' ')), line));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesQemu(String name, String line) {
        // name word x0 x1 x2 x3 nzcv -> x0' nzcv'
        String[] f = line.split(" ");
        H h = new H();
        h.cpu.pc = 0x40_0000;
        h.cpu.x[0] = Long.parseUnsignedLong(f[2], 16);
        h.cpu.x[1] = Long.parseUnsignedLong(f[3], 16);
        h.cpu.x[2] = Long.parseUnsignedLong(f[4], 16);
        h.cpu.x[3] = Long.parseUnsignedLong(f[5], 16);
        h.cpu.nzcv = (int) Long.parseLong(f[6], 16);
        h.execute((int) Long.parseLong(f[1], 16));
        assertEquals(f[8], String.format("%016x", h.cpu.x[0]), "x0");
        assertEquals(f[9], String.format("%08x", h.cpu.nzcv), "nzcv");
    }

    @Test
    void theRecordingsAreThere() throws IOException {
        assertEquals(124, recording("dp").count());
        assertEquals(1400, recording("random").count());
    }
}
