package org.a64wb.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
        assumeTrue(PseudoTerminal.available(), "util-linux script/stty are not installed");
        Path source = dir.resolve("echo.S");
        Files.writeString(source, ECHO_GUEST);
        Path kernel = dir.resolve("echo.bin");
        DistributionTest.Run asm = DistributionTest.launch("felix", "asm", source.toString(), "--flat", "--base", "0x40080000", "-o", kernel.toString());
        assertEquals(0, asm.status(), asm.err());

        PseudoTerminal terminal = PseudoTerminal.start(PseudoTerminal.launcher(DIST) + " run --board virt --kernel " + kernel + " --timeout 120", 90);
        terminal.await("ready");
        terminal.type((byte) 'q'); // no newline: a cooked terminal would hold it back
        terminal.await("q\r\n");
        terminal.type((byte) 3); // Ctrl-C
        terminal.await("^C");
        terminal.type((byte) 1, (byte) 'x'); // Ctrl-A x
        String text = terminal.finish().replace("\r", "");
        assertTrue(text.contains("ready\nq\n^C\n"), "each key once, from the guest (no host echo), Ctrl-C as a byte:\n" + text);
        assertTrue(text.contains("a64: run: quit (Ctrl-A x); vCPU 0 at PC 0x"), text);
        assertTrue(text.contains("status=0"), text);
        String[] stty = text.substring(text.indexOf("stty:")).trim().split("\\s+");
        assertEquals(stty[1], stty[2], "the terminal's settings after the run differ from before it");
    }
}
