package org.a64wb.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

    @Test
    void rawModeKeysAndRestoredSettingsAsUnderQemu() throws Exception {
        assumeTrue(PseudoTerminal.available(), "util-linux script/stty are not installed");
        assumeTrue(HostTools.onPath("aarch64-linux-gnu-gcc"), "aarch64-linux-gnu-gcc is not installed");
        Path binary = Path.of("target/terminal/rawmode").toAbsolutePath();
        Files.createDirectories(binary.getParent());
        Process gcc = new ProcessBuilder("aarch64-linux-gnu-gcc", "-static", "-O2", "-o", binary.toString(),
                PROGRAMS.resolve("rawmode.c").toString()).inheritIO().start();
        assertEquals(0, gcc.waitFor(), "aarch64-linux-gnu-gcc failed");
        String expected = Files.readString(PROGRAMS.resolve("rawmode.expected"));

        String ours = converse(PseudoTerminal.launcher(DIST) + " run-user " + binary);
        assertEquals(expected, ours.substring(0, ours.indexOf("stty:")));
        String[] stty = ours.substring(ours.indexOf("stty:")).trim().split("\\s+");
        assertEquals(stty[1], stty[2], "the host terminal's settings after the run differ from before it");
        if (HostTools.onPath("qemu-aarch64")) {
            String qemu = converse("qemu-aarch64 " + binary);
            assertEquals(qemu.substring(0, qemu.indexOf("stty:")), ours.substring(0, ours.indexOf("stty:")), "qemu-aarch64 live");
        }
    }

    /** Runs the program on a fresh pseudo-terminal, typing each key only once the program asked for it. */
    private static String converse(String command) throws Exception {
        PseudoTerminal terminal = PseudoTerminal.start(command, 60);
        terminal.await("keys:");
        terminal.type("xyz".getBytes(StandardCharsets.US_ASCII));
        terminal.await("restored:");
        terminal.type("hello\n".getBytes(StandardCharsets.US_ASCII));
        return terminal.finish();
    }
}
