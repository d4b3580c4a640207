package org.a64wb.example.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.a64wb.accel.api.TrapPolicy;
import org.a64wb.accel.inprocess.InProcessAccelerator;
import org.a64wb.board.command.BoardSelection;
import org.a64wb.board.virt.SystemRegisterForwarder;
import org.a64wb.board.virt.VirtBoard;
import org.a64wb.device.framebuffer.FramebufferContribution;
import org.a64wb.device.pl011.Pl011Contribution;
import org.a64wb.hypervisor.api.TrapHandler;
import org.a64wb.hypervisor.dispatch.TrapHandlerRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's logic (what ./a64 run calls: the board selection, then the virt board), with the contributed handlers. */
class RunCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return run(RealHandlers.registry(), args);
    }

    private int run(TrapHandlerRegistry handlers, String... args) {
        VirtBoard virt = new VirtBoard(() -> new InProcessAccelerator().createVm(), handlers, null,
                List.of(new Pl011Contribution(), new FramebufferContribution()));
        return BoardSelection.run(List.of(args), BoardSelection.byName(List.of(virt)), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true), new PrintStream(err, true));
    }

    @Test
    void runPrintsTheUartAndExitsZeroOnSystemOffWithStats(@TempDir Path dir) throws Exception {
        Path kernel = dir.resolve("hello.bin");
        Files.write(kernel, Guests.assemble("hello.S"));
        assertEquals(0, run("--board", "virt", "--kernel", kernel.toString(), "--stats"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Hello from the virt board"));
        assertTrue(err.toString().contains("EC 0x24"), err.toString());
    }

    @Test
    void unhandledExitGivesStatusOneAndTheReport(@TempDir Path dir) throws Exception {
        Path kernel = dir.resolve("brk.bin");
        Files.write(kernel, new byte[] {0x00, 0x00, 0x20, (byte) 0xd4}); // brk #0
        // With no handler at all (the board's fallback would give the BRK to the guest, as calls.S checks).
        assertEquals(1, run(new TrapHandlerRegistry(), "--kernel", kernel.toString()));
        assertTrue(err.toString().contains("EC 0x3c BRK"), err.toString());
    }

    @Test
    void unknownBoardAndMissingKernelAreUsageErrors() {
        assertEquals(2, run("--board", "sbsa", "--kernel", "x"));
        assertTrue(err.toString().startsWith("a64: unknown board 'sbsa' (available: virt)\n"), err.toString());
        assertEquals(2, run("--smp", "2"));
    }

    @Test
    void screenshotSavesTheFramebufferAsPng(@TempDir Path dir) throws Exception {
        // The framebuffer guest needs STP Q, which the test-only handler serves only with a vCPU at hand:
        // use the Guests harness to fill it, then save through the same path as --screenshot.
        Guests.Run run = Guests.run("framebuffer.S", 1, TrapPolicy.DEFAULT);
        Path png = dir.resolve("fb.png");
        ImageIO.write(run.machine().displays().get(0).snapshot(), "png", png.toFile());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1024, image.getWidth());
        assertEquals(768, image.getHeight());
        assertEquals(0x102040, image.getRGB(0, 0) & 0xffffff);
        assertEquals(0xffffff, image.getRGB(100, 100) & 0xffffff);
    }

    @Test
    void screenshotOptionWritesAPng(@TempDir Path dir) throws Exception {
        Path kernel = dir.resolve("hello.bin");
        Files.write(kernel, Guests.assemble("hello.S"));
        Path png = dir.resolve("shot.png");
        assertEquals(0, run("--kernel", kernel.toString(), "--screenshot", png.toString()), err.toString());
        assertEquals(1024, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void dtcReadsTheBoardsDeviceTreeWithUartAndFramebuffer(@TempDir Path dir) throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v dtc").start().waitFor() == 0, "dtc not installed");
        Guests.Run run = Guests.run("hello.S", 2, TrapPolicy.DEFAULT);
        Path dtb = dir.resolve("virt.dtb");
        Files.write(dtb, run.machine().dtb());
        Process p = new ProcessBuilder("dtc", "-I", "dtb", "-O", "dts", dtb.toString()).start();
        String dts = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String warnings = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), warnings);
        assertTrue(dts.contains("pl011@9000000 {"), dts);
        assertTrue(dts.contains("stdout-path = \"/pl011@9000000\";"), dts);
        assertTrue(dts.contains("compatible = \"simple-framebuffer\";"), dts);
        assertTrue(dts.contains("format = \"a8r8g8b8\";"), dts);
        assertTrue(dts.contains("enable-method = \"psci\";"), dts);
        assertTrue(dts.contains("method = \"hvc\";"), dts);
    }
}
