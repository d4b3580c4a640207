package org.a64wb.usermode;

import java.util.ArrayDeque;

/**
 * Signals waiting for delivery to a thread or a process, guarded by the kernel lock. A standard
 * signal (1-31) is pending at most once (a second one merges with the first, keeping its siginfo);
 * real-time signals (32-64) queue, each with its own siginfo, and are delivered in order.
 */
final class PendingSignals {

    /** Bit n-1 set while signal n has at least one instance waiting. */
    long mask;
    @SuppressWarnings("unchecked")
    private final ArrayDeque<byte[]>[] queues = new ArrayDeque[65];

    void add(int signal, byte[] info) {
        long bit = Signals.bit(signal);
        if (signal < 32 && (mask & bit) != 0) {
            return;
        }
        if (queues[signal] == null) {
            queues[signal] = new ArrayDeque<>();
        }
        queues[signal].add(info);
        mask |= bit;
    }

    /** Removes one instance of {@code signal}; its siginfo (null if none was recorded). */
    byte[] take(int signal) {
        ArrayDeque<byte[]> queue = queues[signal];
        byte[] info = queue == null ? null : queue.poll();
        if (queue == null || queue.isEmpty()) {
            mask &= ~Signals.bit(signal);
        }
        return info;
    }

    /** Drops every instance of {@code signal} (it became ignored). */
    void discard(int signal) {
        if (queues[signal] != null) {
            queues[signal].clear();
        }
        mask &= ~Signals.bit(signal);
    }
}
