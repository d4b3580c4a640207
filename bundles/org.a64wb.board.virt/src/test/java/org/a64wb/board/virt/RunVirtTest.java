package org.a64wb.board.virt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.a64wb.accel.inprocess.InProcessAccelerator;
import org.a64wb.fdt.FdtNode;
import org.a64wb.fdt.FdtReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code run} command line: usage errors, --dump-dtb, --timeout (with the test-only UART and handlers of VirtBoardTest). */
class RunVirtTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(List<String> args) {
        VirtBoard board = new VirtBoard(() -> new InProcessAccelerator().createVm(), VirtBoardTest.testHandlers(), null,
                List.of(new VirtBoardTest.TestUart()));
        return board.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true), new PrintStream(err, true));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path kernel(Path dir, String source) throws Exception {
        Path file = dir.resolve("kernel.bin");
        Files.write(file, VirtBoardTest.flat(source));
        return file;
    }

    /** Each bad value is named with its option, status 2, and the usage line follows; nothing runs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--smp|0|--smp takes a vCPU count 1..16 (virt with GICv3), not '0'",
        "--smp|abc|--smp takes a vCPU count 1..16 (virt with GICv3), not 'abc'",
        "--smp|17|--smp takes a vCPU count 1..16 (virt with GICv3), not '17'",
        "--smp|-1|--smp takes a vCPU count 1..16 (virt with GICv3), not '-1'",
        "--ram|-1|--ram takes MiB 4..2047, not '-1'",
        "--ram|0|--ram takes MiB 4..2047, not '0'",
        "--ram|1e3|--ram takes MiB 4..2047, not '1e3'",
        "--ram|2048|--ram takes MiB 4..2047, not '2048'",
        "--ram|99999999999999999999|--ram takes MiB 4..2047, not '99999999999999999999'",
        "--timeout|x|--timeout takes a positive number of seconds, not 'x'",
        "--timeout|0|--timeout takes a positive number of seconds, not '0'",
        "--timeout|-5|--timeout takes a positive number of seconds, not '-5'",
        "--timeout|NaN|--timeout takes a positive number of seconds, not 'NaN'",
        "--irqchip|foo|--irqchip takes accel or vmm, not 'foo'",
        "--gdb|host:port|",
    })
    void badOptionValueIsAUsageErrorNamingOptionAndValue(String option, String value, String message, @TempDir Path dir) throws Exception {
        Path k = kernel(dir, "b .");
        int status = run(List.of("--kernel", k.toString(), option, value));
        assertEquals(2, status, errors());
        String[] lines = errors().split("\n");
        assertTrue(lines[0].startsWith("a64: "), errors());
        if (message != null) {
            assertEquals("a64: " + message, lines[0]);
        }
        assertEquals(RunVirt.USAGE, lines[1]);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({"--kernel", "--initrd", "--smp", "--ram", "--append", "--irqchip", "--gdb", "--timeout", "--dump-dtb", "--screenshot"})
    void optionWithoutItsValueIsAUsageError(String option) {
        assertEquals(2, run(List.of(option)));
        assertEquals("a64: " + option + " needs a value", errors().split("\n")[0]);
    }

    @Test
    void unknownOptionAndMissingKernelAreUsageErrors() {
        assertEquals(2, run(List.of("--kernel", "k", "--smpp", "2")));
        assertEquals("a64: unknown option '--smpp'", errors().split("\n")[0]);
        err.reset();
        assertEquals(2, run(List.of("--smp", "2")));
        assertEquals("a64: --kernel FILE is required", errors().split("\n")[0]);
    }

    @Test
    void dumpDtbWritesTheGuestsTreeWithChosenAndInitrdAndDoesNotRun(@TempDir Path dir) throws Exception {
        // The kernel would print and power off if it ran: a dump must not run it.
        Path k = kernel(dir, """
                    mov x9, #0x09000000
                    mov w1, #'!'
                    strb w1, [x9]
                    b .
                """);
        Path initrd = dir.resolve("initrd.img");
        Files.writeString(initrd, "initrd-bytes\n");
        Path dtb = dir.resolve("virt.dtb");
        int status = run(List.of("--kernel", k.toString(), "--initrd", initrd.toString(), "--smp", "2", "--ram", "512", "--append",
                "console=ttyAMA0 quiet", "--dump-dtb", dtb.toString()));
        assertEquals(0, status, errors());
        assertEquals("", out.toString(StandardCharsets.UTF_8), "the guest did not run");
        assertEquals("", errors());
        FdtNode root = FdtReader.read(Files.readAllBytes(dtb)).root();
        FdtNode chosen = root.find("chosen");
        assertEquals(List.of("console=ttyAMA0 quiet"), chosen.strings("bootargs"));
        assertEquals(List.of("/uart@9000000"), chosen.strings("stdout-path"));
        // As QEMU places them for a flat kernel in 512 MiB (its dumpdtb shows 0x48000000..0x4800000d for these 13 bytes).
        assertArrayEquals(new int[] {0, 0x48000000}, chosen.cells("linux,initrd-start"));
        assertArrayEquals(new int[] {0, 0x4800000d}, chosen.cells("linux,initrd-end"));
        assertArrayEquals(new int[] {0, 0x40000000, 0, 0x20000000}, root.find("memory@40000000").cells("reg"));
        assertTrue(root.find("cpus/cpu@1") != null);
    }

    @Test
    void dumpDtbToAnUnwritablePlaceIsOneLineAndStatusOne(@TempDir Path dir) throws Exception {
        Path k = kernel(dir, "b .");
        assertEquals(1, run(List.of("--kernel", k.toString(), "--dump-dtb", dir.resolve("no/such/dir/x.dtb").toString())));
        assertEquals("a64: --dump-dtb " + dir.resolve("no/such/dir/x.dtb") + ": no such directory " + dir.resolve("no/such/dir"), errors().strip());
        assertEquals(1, errors().split("\n").length, errors());
    }

    @Test
    void timeoutStopsASpinningGuestWithStatus124AndEachVcpusPc(@TempDir Path dir) throws Exception {
        Path k = kernel(dir, """
                    nop
                loop:
                    b loop
                """);
        long start = System.nanoTime();
        int status = run(List.of("--kernel", k.toString(), "--smp", "2", "--timeout", "0.5"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(RunVirt.TIMED_OUT, status, errors());
        assertEquals(124, RunVirt.TIMED_OUT, "timeout(1)'s status");
        assertTrue(seconds >= 0.5 && seconds < 10, "stopped after " + seconds + " s");
        List<String> lines = new ArrayList<>(List.of(errors().split("\n")));
        assertEquals(1, lines.size(), errors());
        // vCPU 0 spins at RAM + 0x80000 + 4 (the flat load address); vCPU 1 was never started by PSCI CPU_ON.
        assertEquals("a64: run: timed out after 0.5 s; vCPU 0 at PC 0x40080004, vCPU 1 off", lines.get(0));
    }

    @Test
    void aGuestThatEndsBeforeTheTimeoutIsNotStopped(@TempDir Path dir) throws Exception {
        Path k = kernel(dir, """
                    movz w0, #8
                    movk w0, #0x8400, lsl #16
                    hvc #0
                """);
        assertEquals(0, run(List.of("--kernel", k.toString(), "--timeout", "30")), errors());
        assertEquals("", errors());
    }

    @Test
    void aScreenshotThatCannotBeWrittenFailsBeforeTheGuestRuns(@TempDir Path dir) throws Exception {
        // The kernel would print if it ran: nothing on the console shows it did not.
        Path k = kernel(dir, """
                    mov x9, #0x09000000
                    mov w1, #'!'
                    strb w1, [x9]
                    b .
                """);
        Path png = dir.resolve("missing-directory").resolve("x.png");
        assertEquals(1, run(List.of("--kernel", k.toString(), "--screenshot", png.toString())));
        assertEquals("a64: --screenshot " + png + ": no such directory " + png.getParent(), errors().strip());
        assertEquals(0, out.size());
    }

    @Test
    void assemblySourceGivenAsKernelIsRefusedWithWhatToDo(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("hello.S");
        java.nio.file.Files.writeString(source, "    mov x0, #1\n    b .\n");
        assertEquals(1, run(List.of("--kernel", source.toString())));
        assertTrue(errors().startsWith("a64: " + source + ": text, not a kernel (assembly source?); assemble it first: a64 asm "), errors());
    }

    @Test
    void aMissingKernelSaysNoSuchFile(@TempDir Path dir) {
        Path missing = dir.resolve("Image");
        assertEquals(1, run(List.of("--kernel", missing.toString())));
        assertEquals("a64: " + missing + ": no such file", errors().strip());
    }
}
