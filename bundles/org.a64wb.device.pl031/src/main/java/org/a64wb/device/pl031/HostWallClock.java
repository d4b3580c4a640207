package org.a64wb.device.pl031;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The host's wall clock ({@link Instant#now()}, UTC as QEMU's default {@code -rtc base=utc}), with alarms
 * on one daemon thread that ends after a second without pending alarms, so a machine that is gone leaves
 * no thread behind.
 */
public final class HostWallClock implements WallClock {

    private final ScheduledThreadPoolExecutor alarms;

    public HostWallClock() {
        alarms = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "pl031-alarm");
            thread.setDaemon(true);
            return thread;
        });
        alarms.setKeepAliveTime(1, TimeUnit.SECONDS);
        alarms.allowCoreThreadTimeOut(true);
        alarms.setRemoveOnCancelPolicy(true);
    }

    @Override
    public long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public Runnable schedule(long epochNanos, Runnable alarm) {
        ScheduledFuture<?> future = alarms.schedule(alarm, Math.max(0, epochNanos - epochNanos()), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }
}
