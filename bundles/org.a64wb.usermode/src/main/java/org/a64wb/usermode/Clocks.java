package org.a64wb.usermode;

import java.time.Instant;

/** The host clocks as the guest's clock ids see them. */
final class Clocks {

    private Clocks() {
    }

    static long realtimeNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** Nanoseconds on {@code clock}; Long.MIN_VALUE for an unknown clock id. */
    static long nanos(long clock, long startNanos) {
        return switch ((int) clock) {
            case 0, 5, 8, 11 -> realtimeNanos(); // REALTIME, REALTIME_COARSE, REALTIME_ALARM, TAI
            case 1, 4, 6, 7, 9 -> System.nanoTime(); // MONOTONIC, _RAW, _COARSE, BOOTTIME, BOOTTIME_ALARM
            case 2, 3 -> System.nanoTime() - startNanos; // PROCESS/THREAD_CPUTIME_ID: wall time since start
            default -> Long.MIN_VALUE;
        };
    }

    /**
     * A struct timespec's value in nanoseconds, or -1 when it is not one (negative, or tv_nsec of a
     * second or more). Seconds are capped at 2^33 (272 years, "never") so the product cannot overflow.
     */
    static long timespec(long seconds, long nanoseconds) {
        if (seconds < 0 || nanoseconds < 0 || nanoseconds >= 1_000_000_000L) {
            return -1;
        }
        return Math.min(seconds, 1L << 33) * 1_000_000_000L + nanoseconds;
    }

    /** Whether {@code clock} counts like CLOCK_REALTIME (absolute sleeps on it follow the wall clock). */
    static boolean isRealtime(long clock) {
        return clock == 0 || clock == 5 || clock == 8 || clock == 11;
    }
}
