package org.a64wb.example.pl061;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.a64wb.board.api.InterruptLine;
import org.a64wb.board.api.mmio.MmioDevice;

/**
 * The ARM PrimeCell General Purpose Input/Output (PL061 Technical Reference Manual, ARM DDI 0190, 3.2 "Summary of
 * PrimeCell GPIO registers" and 3.3 "Register descriptions"): eight pins, each an input or an output (GPIODIR).
 * GPIODATA sits at 256 addresses whose bits [9:2] mask the access: a read returns the pins whose mask bit is set
 * (the others read 0), a write changes only the output pins whose mask bit is set. Each pin can raise the one
 * combined interrupt GPIOINTR, on an edge (GPIOIS 0: the edge GPIOIEV names, or both with GPIOIBE) or on a level
 * (GPIOIS 1: the level GPIOIEV names); GPIORIS shows what was detected, GPIOMIS that masked by GPIOIE, and writing
 * 1s to GPIOIC clears detected edges. GPIOMIS != 0 drives the board's interrupt line.
 * <p>
 * Edges are detected on input pins, which outside devices drive through {@link #setInput} (nothing drives them
 * on a plain board: they read 0, QEMU virt's pull-downs); levels on every pin, so an output the guest sets high
 * raises a level-high interrupt, as under QEMU. A level-sensitive pin's GPIORIS bit follows the pin (TRM 3.3.7:
 * the raw status "prior to masking"), where QEMU keeps it set until a GPIOIC write. PeriphID0-3 read 0x61 0x10
 * 0x04 0x00 (part 0x061, designer 0x41 ARM) and PCellID0-3 0x0d 0xf0 0x05 0xb1, as Linux's amba bus matches them.
 */
public final class Pl061 implements MmioDevice {

    public static final int PINS = 8;

    /** GPIODATA: 0x000-0x3fc, the mask in address bits [9:2]. */
    public static final int DATA_END = 0x400;
    public static final int DIR = 0x400;
    public static final int IS = 0x404;
    public static final int IBE = 0x408;
    public static final int IEV = 0x40c;
    public static final int IE = 0x410;
    public static final int RIS = 0x414;
    public static final int MIS = 0x418;
    public static final int IC = 0x41c;
    public static final int AFSEL = 0x420;
    public static final int PERIPH_ID0 = 0xfe0;
    public static final int PCELL_ID0 = 0xff0;

    private static final int[] ID = {0x61, 0x10, 0x04, 0x00, 0x0d, 0xf0, 0x05, 0xb1};
    private static final int PIN_MASK = (1 << PINS) - 1;

    private final Consumer<String> warnings;
    private final Set<String> warned = new HashSet<>();
    private InterruptLine interrupt = level -> { };
    private boolean interruptLevel;

    /** What the guest wrote for the output pins (GPIODATA's output latch). */
    private int outputLatch;
    /** What devices outside drive on the pins, seen where the pin is an input. */
    private int inputs;
    /** The pins' levels as the interrupt logic last saw them. */
    private int pins;
    private int dir;
    private int is;
    private int ibe;
    private int iev;
    private int ie;
    private int ris;
    private int afsel;

    public Pl061(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** Where GPIOINTR goes (the masked interrupt, TRM 2.5). */
    public synchronized void connectInterrupt(InterruptLine line) {
        interrupt = line;
        interruptLevel = false;
        update();
    }

    /** An outside device drives input {@code pin} (0..7) to {@code level}; an edge or level it makes is detected. */
    public synchronized void setInput(int pin, boolean level) {
        if (pin < 0 || pin >= PINS) {
            throw new IllegalArgumentException("pl061: no pin " + pin + " (0.." + (PINS - 1) + ")");
        }
        inputs = level ? inputs | 1 << pin : inputs & ~(1 << pin);
        update();
    }

    /** The pins' levels now: outputs as the guest drives them, inputs as the outside does. */
    public synchronized int pins() {
        return pins;
    }

    @Override
    public synchronized long read(long offset, int size) {
        if (!fits(offset, size)) {
            return 0;
        }
        if (size == 8) {
            // Two word reads, low word first, as a bus with 32-bit registers splits a doubleword.
            return readRegister((int) offset) & 0xffff_ffffL | (readRegister((int) offset + 4) & 0xffff_ffffL) << 32;
        }
        int value = readRegister((int) offset & ~3);
        return (value >>> (8 * (int) (offset & 3))) & (size == 4 ? 0xffff_ffffL : (1L << (8 * size)) - 1);
    }

    @Override
    public synchronized void write(long offset, int size, long value) {
        if (!fits(offset, size)) {
            return;
        }
        if ((offset & 3) != 0) {
            // The registers hold 8 bits in the low byte of a word: a write to another byte lane changes nothing.
            warnOnce("lane", String.format("pl061: %d-byte write at offset 0x%03x misses the registers' low byte; ignored", size, offset));
            return;
        }
        writeRegister((int) offset, (int) value & PIN_MASK);
        if (size == 8) {
            writeRegister((int) offset + 4, (int) (value >>> 32) & PIN_MASK);
        }
    }

    /** Accesses of 1, 2, 4 or 8 bytes, naturally aligned, within the 4 KiB window; any other is refused with a warning. */
    private boolean fits(long offset, int size) {
        boolean ok = (size == 1 || size == 2 || size == 4 || size == 8) && (offset & (size - 1)) == 0 && offset >= 0 && offset + size <= 0x1000;
        if (!ok) {
            warnOnce("size" + size, String.format("pl061: %d-byte access at offset 0x%x refused (registers are 32-bit words)", size, offset));
        }
        return ok;
    }

    private int readRegister(int offset) {
        if (offset < DATA_END) {
            return pins & (offset >>> 2);
        }
        switch (offset) {
            case DIR -> {
                return dir;
            }
            case IS -> {
                return is;
            }
            case IBE -> {
                return ibe;
            }
            case IEV -> {
                return iev;
            }
            case IE -> {
                return ie;
            }
            case RIS -> {
                return ris;
            }
            case MIS -> {
                return ris & ie;
            }
            case AFSEL -> {
                return afsel;
            }
            default -> {
                if (offset >= PERIPH_ID0) {
                    return ID[(offset - PERIPH_ID0) >>> 2];
                }
                if (offset == IC) {
                    warnOnce("read-ic", "pl061: GPIOIC is write-only; the read returns 0");
                } else {
                    warnOnce("read" + offset, String.format("pl061: read of reserved offset 0x%03x returns 0", offset));
                }
                return 0;
            }
        }
    }

    private void writeRegister(int offset, int value) {
        if (offset < DATA_END) {
            int mask = (offset >>> 2) & dir;
            outputLatch = (outputLatch & ~mask) | (value & mask);
        } else {
            switch (offset) {
                case DIR -> dir = value;
                case IS -> is = value;
                case IBE -> ibe = value;
                case IEV -> iev = value;
                case IE -> ie = value;
                case IC -> ris &= ~(value & ~is); // TRM 3.3.9: clears detected edges; a level keeps its status while it lasts
                case AFSEL -> afsel = value;
                default -> {
                    warnOnce("write" + offset, String.format("pl061: write to %s offset 0x%03x ignored",
                            offset == RIS || offset == MIS || offset >= PERIPH_ID0 ? "read-only" : "reserved", offset));
                    return;
                }
            }
        }
        update();
    }

    /** Recomputes the pins, detects their edges and levels, and drives GPIOINTR. */
    private void update() {
        int now = (outputLatch & dir) | (inputs & ~dir);
        int changed = (now ^ pins) & ~dir;
        pins = now;
        int edgePins = ~is & PIN_MASK;
        int rising = changed & now;
        int falling = changed & ~now;
        int selectedEdge = (rising & iev) | (falling & ~iev);
        ris |= edgePins & changed & (ibe | selectedEdge);
        int levelMet = ~(now ^ iev) & PIN_MASK;
        ris = (ris & edgePins) | (levelMet & is);
        boolean level = (ris & ie) != 0;
        if (level != interruptLevel) {
            interruptLevel = level;
            interrupt.set(level);
        }
    }

    private void warnOnce(String kind, String message) {
        if (warned.add(kind)) {
            warnings.accept(message);
        }
    }
}
