package org.a64wb.device.pl031;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A wall clock the test moves by hand; alarms go off when it passes them. */
final class ManualWallClock implements WallClock {

    private static final class Alarm {
        final long at;
        final Runnable action;
        boolean cancelled;

        Alarm(long at, Runnable action) {
            this.at = at;
            this.action = action;
        }
    }

    private long now;
    private final List<Alarm> alarms = new ArrayList<>();

    ManualWallClock(long epochNanos) {
        this.now = epochNanos;
    }

    @Override
    public long epochNanos() {
        return now;
    }

    @Override
    public Runnable schedule(long epochNanos, Runnable action) {
        Alarm alarm = new Alarm(epochNanos, action);
        alarms.add(alarm);
        return () -> alarm.cancelled = true;
    }

    /** Moves time forward, running the alarms due on the way in time order. */
    void advanceNanos(long nanos) {
        long target = now + nanos;
        while (true) {
            Alarm next = alarms.stream().filter(a -> !a.cancelled && a.at <= target).min(Comparator.comparingLong(a -> a.at)).orElse(null);
            if (next == null) {
                break;
            }
            alarms.remove(next);
            now = Math.max(now, next.at);
            next.action.run();
        }
        now = target;
    }

    void advanceSeconds(double seconds) {
        advanceNanos(Math.round(seconds * 1e9));
    }

    long pendingAlarms() {
        return alarms.stream().filter(a -> !a.cancelled).count();
    }
}
