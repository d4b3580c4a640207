package org.a64wb.usermode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.ControlFlag;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;
import org.junit.jupiter.api.Test;

/** The guest's struct termios and the host terminal's settings map onto each other bit for bit. */
class HostTerminalTest {

    /** What glibc's cfmakeraw leaves of a cooked terminal, as the Linux kernel lays out struct termios. */
    private static byte[] linuxTermios(int iflag, int oflag, int cflag, int lflag, int vmin, int vtime) {
        byte[] t = new byte[HostTerminal.TERMIOS_SIZE];
        AddressSpace.putInt(t, 0, iflag);
        AddressSpace.putInt(t, 4, oflag);
        AddressSpace.putInt(t, 8, cflag);
        AddressSpace.putInt(t, 12, lflag);
        t[17 + 0] = 3; // VINTR ^C
        t[17 + 2] = 0x7f; // VERASE
        t[17 + 4] = 4; // VEOF ^D
        t[17 + 5] = (byte) vtime;
        t[17 + 6] = (byte) vmin;
        t[17 + 10] = 0x1a; // VSUSP ^Z
        return t;
    }

    @Test
    void cookedSettingsDecodeToTheSameFlags() {
        // ICRNL|IXON|IUTF8, OPOST|ONLCR, B38400|CS8|CREAD, ISIG|ICANON|ECHO|ECHOE|ECHOK|ECHOCTL|ECHOKE|IEXTEN
        byte[] cooked = linuxTermios(0400 | 02000 | 040000, 05, 017 | 060 | 0200, 01 | 02 | 010 | 020 | 040 | 01000 | 04000 | 0100000, 1, 0);
        Attributes a = HostTerminal.decode(cooked);
        assertTrue(a.getInputFlag(InputFlag.ICRNL));
        assertTrue(a.getInputFlag(InputFlag.IXON));
        assertTrue(a.getInputFlag(InputFlag.IUTF8));
        assertFalse(a.getInputFlag(InputFlag.INLCR));
        assertTrue(a.getOutputFlag(OutputFlag.ONLCR));
        assertTrue(a.getControlFlag(ControlFlag.CS8));
        assertFalse(a.getControlFlag(ControlFlag.CS7));
        assertTrue(a.getLocalFlag(LocalFlag.ICANON));
        assertTrue(a.getLocalFlag(LocalFlag.ECHO));
        assertTrue(a.getLocalFlag(LocalFlag.IEXTEN));
        assertFalse(a.getLocalFlag(LocalFlag.TOSTOP));
        assertEquals(3, a.getControlChar(ControlChar.VINTR));
        assertEquals(0x7f, a.getControlChar(ControlChar.VERASE));
        assertEquals(0x1a, a.getControlChar(ControlChar.VSUSP));
        assertArrayEquals(cooked, HostTerminal.encode(a));
    }

    @Test
    void rawModeRoundTrips() {
        // cfmakeraw: no input processing, no OPOST, CS8, no ISIG/ICANON/ECHO/IEXTEN; VMIN 1, VTIME 0
        byte[] raw = linuxTermios(0, 0, 017 | 060 | 0200, 0, 1, 0);
        Attributes a = HostTerminal.decode(raw);
        assertFalse(a.getLocalFlag(LocalFlag.ICANON));
        assertFalse(a.getLocalFlag(LocalFlag.ECHO));
        assertFalse(a.getOutputFlag(OutputFlag.OPOST));
        assertEquals(1, a.getControlChar(ControlChar.VMIN));
        assertArrayEquals(raw, HostTerminal.encode(a));
    }

    @Test
    void everyCharacterSizeSurvives() {
        for (int size = 0; size < 4; size++) {
            byte[] t = linuxTermios(0, 0, 017 | size << 4 | 0200 | 0400 | 01000, 0, 0, 5);
            assertArrayEquals(t, HostTerminal.encode(HostTerminal.decode(t)), "CSIZE " + size);
        }
    }
}
