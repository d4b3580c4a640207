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

/**
 * {@code run-user} on a terminal (a pseudo-terminal from util-linux's {@code script}): the guest's
 * termios are the host terminal's, so raw mode really delivers keys one by one without echo, and the
 * host settings are back as they were afterwards. The expected transcript is qemu-aarch64's
 * (examples/user-programs/terminal/rawmode.expected), also compared live when qemu is installed.
 */
class TerminalTest {

    private static final Path PROGRAMS = Path.of("../../examples/user-programs/terminal").toAbsolutePath().normalize();
    private static final Path DIST = Path.of(System.getProperty("a64.dist", "target/a64")).toAbsolutePath();

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void rawModeKeysAndRestoredSettingsAsUnderQemu() throws Exception {
        assumeTrue(onPath("script") && onPath("stty"), "util-linux script/stty are not installed");
        assumeTrue(onPath("aarch64-linux-gnu-gcc"), "aarch64-linux-gnu-gcc is not installed");
        Path binary = Path.of("target/terminal/rawmode").toAbsolutePath();
        Files.createDirectories(binary.getParent());
        Process gcc = new ProcessBuilder("aarch64-linux-gnu-gcc", "-static", "-O2", "-o", binary.toString(),
                PROGRAMS.resolve("rawmode.c").toString()).inheritIO().start();
        assertEquals(0, gcc.waitFor(), "aarch64-linux-gnu-gcc failed");
        String expected = Files.readString(PROGRAMS.resolve("rawmode.expected"));

        String launcher = Path.of(System.getProperty("java.home"), "bin/java") + " -Da64.home=" + DIST + " -cp "
                + DIST.resolve("launcher.jar") + File.pathSeparator + DIST.resolve("framework/felix.jar") + " org.a64wb.launcher.Main";
        String ours = converse(launcher + " run-user " + binary);
        assertEquals(expected, ours.substring(0, ours.indexOf("stty:")));
        String[] stty = ours.substring(ours.indexOf("stty:")).trim().split("\\s+");
        assertEquals(stty[1], stty[2], "the host terminal's settings after the run differ from before it");
        if (onPath("qemu-aarch64")) {
            String qemu = converse("qemu-aarch64 " + binary);
            assertEquals(qemu.substring(0, qemu.indexOf("stty:")), ours.substring(0, ours.indexOf("stty:")), "qemu-aarch64 live");
        }
    }

    /** Runs the program on a fresh pseudo-terminal, typing each key only once the program asked for it. */
    private static String converse(String command) throws Exception {
        String session = "s=$(stty -g); " + command + "; echo status=$?; echo stty: $s $(stty -g)";
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
                // The transcript so far is what the assertions see.
            }
        });
        reader.start();
        try (OutputStream keyboard = process.getOutputStream()) {
            await(transcript, "keys:");
            keyboard.write("xyz".getBytes(StandardCharsets.US_ASCII));
            keyboard.flush();
            await(transcript, "restored:");
            keyboard.write("hello\n".getBytes(StandardCharsets.US_ASCII));
            keyboard.flush();
            await(transcript, "stty:");
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "script did not end");
        reader.join(10_000);
        synchronized (transcript) {
            return transcript.toString(StandardCharsets.UTF_8);
        }
    }

    private static void await(ByteArrayOutputStream transcript, String marker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            synchronized (transcript) {
                if (transcript.toString(StandardCharsets.UTF_8).contains(marker)) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        synchronized (transcript) {
            throw new AssertionError("no '" + marker + "' within 60 s; transcript:\n" + transcript.toString(StandardCharsets.UTF_8));
        }
    }
}
