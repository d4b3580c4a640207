package org.a64wb.usermode;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

/**
 * The host clocks as the guest's clock ids see them. CPU time is the host's per-thread CPU time of the
 * threads that run guest threads (one host thread per guest thread): user time is what the host counts
 * as user time (guest code and the runtime's own work for it), system time the rest.
 */
final class Clocks {

    private Clocks() {
    }

    static long realtimeNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of a host thread: {total, user} in nanoseconds, zeros when it has ended or is not measurable. */
    static long[] cpuTime(Thread thread) {
        if (thread == null || !THREADS.isThreadCpuTimeSupported()) {
            return new long[2];
        }
        long total;
        long user;
        if (thread == Thread.currentThread()) {
            total = THREADS.getCurrentThreadCpuTime();
            user = THREADS.getCurrentThreadUserTime();
        } else {
            @SuppressWarnings("deprecation") // Thread.threadId() is JDK 19+
            long id = thread.getId();
            total = THREADS.getThreadCpuTime(id);
            user = THREADS.getThreadUserTime(id);
        }
        return total < 0 || user < 0 ? new long[2] : new long[] {total, Math.min(user, total)};
    }

    /**
     * A CPU-time clock id made by clock_getcpuclockid/pthread_getcpuclockid (Linux's CPUCLOCK encoding:
     * ~pid << 3, bit 2 per-thread, low bits PROF 0 / VIRT 1 / SCHED 2): {pid or tid (0 = caller), per-thread
     * 0/1, which}, or null when {@code clock} is not one.
     */
    static int[] cpuClock(long clock) {
        if (clock >= 0 || (clock & 3) == 3) {
            return null;
        }
        return new int[] {(int) ~(clock >> 3), (int) (clock >> 2 & 1), (int) (clock & 3)};
    }

    /**
     * struct rusage (144 bytes) with ru_utime and ru_stime from CPU time {total, user}, and ru_maxrss
     * (kilobytes); the other counters are not kept and read as zero.
     */
    static byte[] rusage(long[] cpu, long maxResidentKilobytes) {
        byte[] b = new byte[144];
        long userMicros = cpu[1] / 1000;
        long systemMicros = (cpu[0] - cpu[1]) / 1000;
        AddressSpace.putLong(b, 0, userMicros / 1_000_000);
        AddressSpace.putLong(b, 8, userMicros % 1_000_000);
        AddressSpace.putLong(b, 16, systemMicros / 1_000_000);
        AddressSpace.putLong(b, 24, systemMicros % 1_000_000);
        AddressSpace.putLong(b, 32, maxResidentKilobytes);
        return b;
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
