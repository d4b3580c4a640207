package org.a64wb.emulator.timer;

/**
 * One PE's EL1 physical and virtual timers (Arm ARM D11.2 "The AArch64 view of the Generic Timer"):
 * CNTx_CTL_EL0 (ENABLE, IMASK, ISTATUS), CNTx_CVAL_EL0 and the 32-bit signed view CNTx_TVAL_EL0.
 *
 * <p>The system counter is host monotonic time (System.nanoTime), never an instruction count, so guest
 * time passes while a vCPU sleeps in WFI. It runs at {@link #FREQUENCY}, 62.5 MHz as QEMU's virt, so one
 * tick is 16 ns and the count is a shift of the nanoseconds. There is no EL2, so CNTVOFF_EL2 is 0 and the
 * virtual count equals the physical count.
 *
 * <p>A timer condition is met while the count is at or past CVAL (ISTATUS); its output, a level interrupt
 * into the PE's redistributor (PPI 30 physical, 27 virtual), is ENABLE and ISTATUS and not IMASK. The
 * {@link Listener} hears of every register write, so whoever hosts the interrupt controller can
 * re-evaluate the output now and arm a wake-up at {@link #deadline}.
 */
public final class GenericTimer {

    /** CNTFRQ_EL0 at reset. */
    public static final long FREQUENCY = 62_500_000L;
    private static final int NANOS_PER_TICK_LOG2 = 4;
    public static final int PHYSICAL = 0;
    public static final int VIRTUAL = 1;
    /** The PPIs the timers drive (Linux's arm,armv8-timer binding: secure phys 29, non-secure phys 30, virt 27, hyp 26). */
    public static final int[] PPI = {30, 27};

    public static final long CTL_ENABLE = 1;
    public static final long CTL_IMASK = 2;
    public static final long CTL_ISTATUS = 4;

    /** Hears of timer register writes (from the vCPU's own thread). */
    public interface Listener {
        void timerChanged(GenericTimer timer);
    }

    /** One origin for every PE of the process, so all counters agree (the counter is system-wide). */
    private static final long ORIGIN = System.nanoTime();

    private final long[] ctl = new long[2];
    private final long[] cval = new long[2];
    private volatile Listener listener;

    /** The system counter (CNTPCT_EL0, and CNTVCT_EL0 with CNTVOFF = 0). */
    public static long count() {
        return (System.nanoTime() - ORIGIN) >>> NANOS_PER_TICK_LOG2;
    }

    /** The System.nanoTime() at which the counter reaches {@code count}. */
    public static long nanoTimeAt(long count) {
        return ORIGIN + (count << NANOS_PER_TICK_LOG2);
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    public synchronized long control(int timer) {
        return ctl[timer] | (met(timer) ? CTL_ISTATUS : 0);
    }

    public void setControl(int timer, long value) {
        synchronized (this) {
            ctl[timer] = value & (CTL_ENABLE | CTL_IMASK);
        }
        changed();
    }

    public synchronized long compareValue(int timer) {
        return cval[timer];
    }

    public void setCompareValue(int timer, long value) {
        synchronized (this) {
            cval[timer] = value;
        }
        changed();
    }

    /** CNTx_TVAL_EL0: CVAL - count as a signed 32-bit value (zero-extended into the 64-bit register). */
    public synchronized long timerValue(int timer) {
        return cval[timer] - count() & 0xffffffffL;
    }

    /** Writing TVAL sets CVAL = count + SignExtend(TVAL[31:0]). */
    public void setTimerValue(int timer, long value) {
        synchronized (this) {
            cval[timer] = count() + (int) value;
        }
        changed();
    }

    /** The timer's interrupt output now: enabled, not masked, condition met. */
    public synchronized boolean asserted(int timer) {
        return (ctl[timer] & (CTL_ENABLE | CTL_IMASK)) == CTL_ENABLE && met(timer);
    }

    /**
     * The System.nanoTime() at which the output will assert, or Long.MAX_VALUE when it cannot without
     * another register write (disabled or masked).
     */
    public synchronized long deadline(int timer) {
        if ((ctl[timer] & (CTL_ENABLE | CTL_IMASK)) != CTL_ENABLE) {
            return Long.MAX_VALUE;
        }
        long c = cval[timer];
        // A CVAL that far ahead never fires within a run: no overflow in the conversion.
        return c < 0 || c > Long.MAX_VALUE >>> NANOS_PER_TICK_LOG2 + 1 ? Long.MAX_VALUE : nanoTimeAt(c);
    }

    /** TimerConditionMet: the count is at or past CVAL, compared as unsigned 64-bit values. */
    private boolean met(int timer) {
        return Long.compareUnsigned(count(), cval[timer]) >= 0;
    }

    private void changed() {
        Listener l = listener;
        if (l != null) {
            l.timerChanged(this);
        }
    }
}
