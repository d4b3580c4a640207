package org.a64wb.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run}'s console on a terminal (a pseudo-terminal from util-linux's {@code script}), as under QEMU
 * -nographic: raw, so a key reaches the guest's PL011 at once and is not echoed by the host, Ctrl-C is a byte
 * for the guest (not a signal for us), Ctrl-A x quits with status 0, and the terminal's settings are as before.
 */
class VirtConsoleTest {

    private static final Path DIST = Path.of(System.getProperty("a64.dist", "target/a64")).toAbsolutePath();

    /** Prints "ready", then echoes each received byte on a line of its own, a control character as ^X. */
    private static final String ECHO_GUEST = """
                mov x9, #0x09000000
                mov w1, #'r'
                strb w1, [x9]
                mov w1, #'e'
                strb w1, [x9]
                mov w1, #'a'
                strb w1, [x9]
                mov w1, #'d'
                strb w1, [x9]
                mov w1, #'y'
                strb w1, [x9]
                mov w1, #10
                strb w1, [x9]
            poll:
                ldr w2, [x9, #0x18]
                tbnz w2, #4, poll
                ldr w3, [x9]
                and w3, w3, #0xff
                cmp w3, #0x20
                b.hs plain
                mov w4, #'^'
                strb w4, [x9]
                add w3, w3, #0x40
            plain:
                strb w3, [x9]
                mov w1, #10
                strb w1, [x9]
                b poll
            """;

    @Test
    void keysReachTheGuestRawCtrlCIncludedAndCtrlAXQuitsRestoringTheTerminal(@TempDir Path dir) throws Exception {
        assumeTrue(DeviceTreeDumpTest.onPath("script") && DeviceTreeDumpTest.onPath("stty"), "util-linux script/stty are not installed");
        Path source = dir.resolve("echo.S");
        Files.writeString(source, ECHO_GUEST);
        Path kernel = dir.resolve("echo.bin");
        DistributionTest.Run asm = DistributionTest.launch("felix", "asm", source.toString(), "--flat", "--base", "0x40080000", "-o", kernel.toString());
        assertEquals(0, asm.status(), asm.err());

        String launcher = Path.of(System.getProperty("java.home"), "bin/java") + " -Da64.home=" + DIST + " -cp "
                + DIST.resolve("launcher.jar") + File.pathSeparator + DIST.resolve("framework/felix.jar") + " org.a64wb.launcher.Main";
        String session = "s=$(stty -g); " + launcher + " run --board virt --kernel " + kernel + " --timeout 120; echo status=$?; echo stty: $s $(stty -g)";
        Process process = new ProcessBuilder(List.of("script", "-qec", session, "/dev/null")).redirectErrorStream(true).start();
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                byte[] buffer = new byte[4096];
                for (int n; (n = in.read(buffer)) > 0;) {
                    synchronized (transcript) {
                        transcript.write(buffer, 0, n);
                    }
                }
            } catch (Exception e) {
                // the transcript so far is what the assertions see
            }
        });
        reader.start();
        try (OutputStream keyboard = process.getOutputStream()) {
            await(transcript, "ready");
            keyboard.write('q'); // no newline: a cooked terminal would hold it back
            keyboard.flush();
            await(transcript, "q\r\n");
            keyboard.write(3); // Ctrl-C
            keyboard.flush();
            await(transcript, "^C");
            keyboard.write(new byte[] {1, 'x'}); // Ctrl-A x
            keyboard.flush();
            await(transcript, "stty:");
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "script did not end");
        reader.join(10_000);
        String text;
        synchronized (transcript) {
            text = transcript.toString(StandardCharsets.UTF_8).replace("\r", "");
        }
        assertTrue(text.contains("ready\nq\n^C\n"), "each key once, from the guest (no host echo), Ctrl-C as a byte:\n" + text);
        assertTrue(text.contains("a64: run: quit (Ctrl-A x); vCPU 0 at PC 0x"), text);
        assertTrue(text.contains("status=0"), text);
        String[] stty = text.substring(text.indexOf("stty:")).trim().split("\\s+");
        assertEquals(stty[1], stty[2], "the terminal's settings after the run differ from before it");
    }

    private static void await(ByteArrayOutputStream transcript, String marker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            synchronized (transcript) {
                if (transcript.toString(StandardCharsets.UTF_8).contains(marker)) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        synchronized (transcript) {
            throw new AssertionError("no '" + marker + "' within 90 s; transcript:\n" + transcript.toString(StandardCharsets.UTF_8));
        }
    }
}
