package org.a64wb.gdbstub.target;

/**
 * Linux signal numbers (arm64, the generic ones) as the remote protocol numbers signals: gdb's own
 * target-independent list (gdb/include/gdb/signals.def), which agrees with Linux only for 1-6, 8, 9,
 * 11, 13-15 and 21-22, 24-28. A stop reply must carry gdb's number, or gdb names the wrong signal.
 */
public final class LinuxSignals {

    /** gdb's number for each Linux signal 0..31 (0: none). STKFLT (16) has no gdb equivalent: 0. */
    private static final int[] TO_GDB = {
        0, 1, 2, 3, 4, 5, 6, 10, 8, 9, 30, 11, 31, 13, 14, 15,
        0, 20, 19, 17, 18, 21, 22, 16, 24, 25, 26, 27, 28, 23, 32, 12,
    };

    private LinuxSignals() {
    }

    /** gdb's number for Linux signal {@code signal}; real-time signals 32-64 map to GDB_SIGNAL_REALTIME_32 (77), 33-63 (45-75), 64 (78). */
    public static int toGdb(int signal) {
        if (signal >= 0 && signal < 32) {
            return TO_GDB[signal];
        }
        if (signal == 32) {
            return 77;
        }
        if (signal > 32 && signal < 64) {
            return signal - 33 + 45;
        }
        return signal == 64 ? 78 : 0;
    }

    /** The Linux signal gdb's number stands for, or 0 if none. */
    public static int fromGdb(int gdb) {
        for (int s = 1; s <= 64; s++) {
            if (toGdb(s) == gdb) {
                return s;
            }
        }
        return 0;
    }
}
