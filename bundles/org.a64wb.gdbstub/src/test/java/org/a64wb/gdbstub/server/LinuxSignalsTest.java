package org.a64wb.gdbstub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.a64wb.gdbstub.target.LinuxSignals;
import org.junit.jupiter.api.Test;

/** Linux's signal numbers against gdb's (gdb/include/gdb/signals.def), the ones gdb names differently. */
class LinuxSignalsTest {

    @Test
    void signalsWhoseNumbersDifferAreTranslated() {
        assertEquals(10, LinuxSignals.toGdb(7), "SIGBUS");
        assertEquals(30, LinuxSignals.toGdb(10), "SIGUSR1");
        assertEquals(31, LinuxSignals.toGdb(12), "SIGUSR2");
        assertEquals(20, LinuxSignals.toGdb(17), "SIGCHLD");
        assertEquals(19, LinuxSignals.toGdb(18), "SIGCONT");
        assertEquals(17, LinuxSignals.toGdb(19), "SIGSTOP");
        assertEquals(16, LinuxSignals.toGdb(23), "SIGURG");
        assertEquals(23, LinuxSignals.toGdb(29), "SIGIO");
        assertEquals(12, LinuxSignals.toGdb(31), "SIGSYS");
        assertEquals(77, LinuxSignals.toGdb(32), "SIGRTMIN is GDB_SIGNAL_REALTIME_32");
        assertEquals(45, LinuxSignals.toGdb(33));
        assertEquals(75, LinuxSignals.toGdb(63));
        assertEquals(78, LinuxSignals.toGdb(64));
    }

    @Test
    void theSameNumbersStayAndEveryOneRoundTrips() {
        for (int s : new int[] {1, 2, 3, 4, 5, 6, 8, 9, 11, 13, 14, 15}) {
            assertEquals(s, LinuxSignals.toGdb(s));
        }
        for (int s = 1; s <= 64; s++) {
            if (s != 16) {
                assertEquals(s, LinuxSignals.fromGdb(LinuxSignals.toGdb(s)), "signal " + s);
            }
        }
    }
}
