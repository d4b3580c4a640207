package org.a64wb.device.pl031;

/**
 * The time an RTC counts and the alarms it sets, apart from the device so that tests can move time by
 * hand instead of waiting for seconds to pass.
 */
public interface WallClock {

    /** Now, in nanoseconds since 1970-01-01T00:00:00Z. */
    long epochNanos();

    /**
     * Calls {@code alarm} once, at or soon after {@code epochNanos} (at once when that has passed), on
     * some other thread; running the returned action cancels an alarm that has not gone off yet.
     */
    Runnable schedule(long epochNanos, Runnable alarm);
}
