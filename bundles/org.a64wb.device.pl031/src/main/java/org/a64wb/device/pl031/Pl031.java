package org.a64wb.device.pl031;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.a64wb.board.api.InterruptLine;
import org.a64wb.board.api.mmio.MmioDevice;

/**
 * The ARM PrimeCell real-time clock (PL031 Technical Reference Manual, ARM DDI 0224, 3.2 "Summary of
 * RTC registers" and 3.3 "Register descriptions"): a 32-bit counter that counts seconds, here the host's
 * wall-clock seconds since 1970 (UTC) plus what RTCLR loads; RTCMR raises the match interrupt (RTCRIS
 * bit 0, masked by RTCIMSC, cleared through RTCICR) when the counter reaches it; RTCINTR, the masked
 * status, drives the board's interrupt line. The counter is started at reset (its 1 Hz clock is the
 * host's, which never stops), so RTCCR reads 1 and, as the TRM says of a started RTC, writes to it have
 * no effect — what QEMU's model does too. PeriphID0-3 read 0x31 0x10 0x04 0x00 (part 0x031, designer
 * 0x41 ARM, revision 0, configuration 0: 0x00041031, what Linux's rtc-pl031 matches under mask
 * 0x000fffff; QEMU shows revision 1, 0x14 in PeriphID2) and PCellID0-3 0x0d 0xf0 0x05 0xb1.
 */
public final class Pl031 implements MmioDevice {

    public static final int DR = 0x000;
    public static final int MR = 0x004;
    public static final int LR = 0x008;
    public static final int CR = 0x00c;
    public static final int IMSC = 0x010;
    public static final int RIS = 0x014;
    public static final int MIS = 0x018;
    public static final int ICR = 0x01c;
    public static final int PERIPH_ID0 = 0xfe0;
    public static final int PCELL_ID0 = 0xff0;

    /** RTCIMSC/RTCRIS/RTCMIS/RTCICR: the one interrupt, the match (TRM 3.3.5-3.3.8). */
    public static final int RTCINTR = 1;
    /** RTCCR bit 0, RTC start (TRM 3.3.4). */
    public static final int CR_START = 1;

    private static final int[] ID = {0x31, 0x10, 0x04, 0x00, 0x0d, 0xf0, 0x05, 0xb1};
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long COUNTER_MASK = 0xffff_ffffL;

    private final WallClock clock;
    private final Consumer<String> warnings;
    private final Set<String> warned = new HashSet<>();
    private InterruptLine interrupt = level -> { };
    private boolean interruptLevel;

    /** Counter = host seconds + this, modulo 2^32 (an RTCLR write sets it; the 1 Hz edges stay the host's). */
    private long offsetSeconds;
    private int mr;
    private int lr;
    private int imsc;
    private int ris;
    /** The pending match alarm's cancel action, and a generation that makes an alarm already running stale. */
    private Runnable cancelAlarm = () -> { };
    private long alarmGeneration;

    public Pl031(WallClock clock, Consumer<String> warnings) {
        this.clock = clock;
        this.warnings = warnings;
    }

    /** Where RTCINTR goes (TRM 2.4: the masked match interrupt). */
    public synchronized void connectInterrupt(InterruptLine line) {
        this.interrupt = line;
        interruptLevel = false;
        updateInterrupt();
    }

    private long hostSeconds() {
        return Math.floorDiv(clock.epochNanos(), NANOS_PER_SECOND);
    }

    private int counter() {
        return (int) (hostSeconds() + offsetSeconds);
    }

    @Override
    public synchronized long read(long offset, int size) {
        checkSize(offset, size);
        if (size == 8) {
            // Two 32-bit register reads, low word first (how a 64-bit access to 32-bit registers is split, as QEMU's bus does).
            return readRegister((int) offset) & COUNTER_MASK | (readRegister((int) offset + 4) & COUNTER_MASK) << 32;
        }
        int shift = (int) (offset & 3) * 8;
        return (readRegister((int) (offset & ~3L)) >>> shift) & ((1L << (size * 8)) - 1);
    }

    @Override
    public synchronized void write(long offset, int size, long value) {
        checkSize(offset, size);
        if (size == 8) {
            writeRegister((int) offset, (int) value);
            writeRegister((int) offset + 4, (int) (value >>> 32));
        } else if (size == 4) {
            writeRegister((int) offset, (int) value);
        } else {
            // The registers are 32 bits wide on a 32-bit APB (TRM 3.1); a narrower write would load a partial counter.
            warnOnce("narrow" + offset, String.format("pl031: %d-byte write at offset 0x%03x ignored (the registers take 32-bit writes)", size, offset));
        }
    }

    private void checkSize(long offset, int size) {
        if (size != 1 && size != 2 && size != 4 && size != 8) {
            throw new IllegalArgumentException("pl031: access of " + size + " bytes");
        }
        if ((offset & (size - 1)) != 0) {
            throw new IllegalArgumentException(String.format("pl031: %d-byte access at unaligned offset 0x%x", size, offset));
        }
    }

    private int readRegister(int offset) {
        switch (offset) {
            case DR -> {
                return counter();
            }
            case MR -> {
                return mr;
            }
            case LR -> {
                return lr;
            }
            case CR -> {
                return CR_START;
            }
            case IMSC -> {
                return imsc;
            }
            case RIS -> {
                return ris;
            }
            case MIS -> {
                return ris & imsc;
            }
            case ICR -> {
                warnOnce("r" + offset, "pl031: read of write-only register RTCICR (reads 0)");
                return 0;
            }
            default -> {
                if (offset >= PERIPH_ID0 && offset <= 0xffc) {
                    return ID[(offset - PERIPH_ID0) / 4];
                }
                warnOnce("r" + offset, String.format("pl031: read of unknown register offset 0x%03x (reads 0)", offset));
                return 0;
            }
        }
    }

    private void writeRegister(int offset, int value) {
        switch (offset) {
            case MR -> {
                mr = value;
                armMatch();
            }
            case LR -> {
                lr = value;
                offsetSeconds = (value & COUNTER_MASK) - hostSeconds();
                armMatch();
            }
            case CR -> { } // started at reset; TRM 3.3.4: once started, writes have no effect until reset
            case IMSC -> {
                imsc = value & RTCINTR;
                updateInterrupt();
            }
            case ICR -> {
                ris &= ~(value & RTCINTR);
                updateInterrupt();
            }
            case DR, RIS, MIS -> warnOnce("ro" + offset, String.format("pl031: write to read-only register 0x%03x ignored", offset));
            default -> warnOnce("w" + offset, String.format("pl031: write to unknown register offset 0x%03x ignored", offset));
        }
    }

    /**
     * Sets the alarm for the second in which the counter reaches RTCMR: at once when it holds that value now,
     * else at the host-second edge where it gets there (counting modulo 2^32, so a match below the counter
     * is reached after the wrap, as on the hardware).
     */
    private void armMatch() {
        cancelAlarm.run();
        long generation = ++alarmGeneration;
        long now = hostSeconds();
        long ticks = (mr - (now + offsetSeconds)) & COUNTER_MASK;
        if (ticks == 0) {
            cancelAlarm = () -> { };
            match();
            return;
        }
        cancelAlarm = clock.schedule((now + ticks) * NANOS_PER_SECOND, () -> alarm(generation));
    }

    private synchronized void alarm(long generation) {
        if (generation != alarmGeneration) {
            return; // RTCMR or RTCLR changed while this alarm was on its way
        }
        long ticks = (mr - counter()) & COUNTER_MASK;
        if (ticks != 0 && ticks < 1L << 31) {
            armMatch(); // the host timer ran a little ahead of the wall clock: wait for the edge
            return;
        }
        match();
    }

    private void match() {
        ris |= RTCINTR;
        updateInterrupt();
    }

    private void updateInterrupt() {
        boolean level = (ris & imsc) != 0;
        if (level != interruptLevel) {
            interruptLevel = level;
            interrupt.set(level);
        }
    }

    private void warnOnce(String key, String message) {
        if (warned.add(key)) {
            warnings.accept(message);
        }
    }
}
