package org.a64wb.device.pl011;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.a64wb.board.api.mmio.MmioDevice;

/**
 * The ARM PrimeCell UART (PL011) register model (PL011 Technical Reference Manual, ARM DDI 0183, 3.2
 * "Summary of registers" and 3.3 "Register descriptions"): UARTDR transmits to the console at once (so
 * the transmit FIFO is always empty: TXFE = 1, BUSY = 0, TXFF = 0) and receives from the console's input;
 * UARTFR reflects the receive FIFO (16 entries with LCR_H.FEN, else 1); UARTCR, UARTIMSC, UARTRIS/MIS,
 * UARTICR, baud-rate and DMA registers hold their values; the PrimeCell identification registers read
 * 0x11 0x10 0x14 0x00 / 0x0d 0xf0 0x05 0xb1 (a PL011 r1p5, what QEMU shows and Linux's amba bus matches
 * as 0x00041011).
 */
public final class Pl011 implements MmioDevice {

    public static final int DR = 0x000;
    public static final int RSR_ECR = 0x004;
    public static final int FR = 0x018;
    public static final int ILPR = 0x020;
    public static final int IBRD = 0x024;
    public static final int FBRD = 0x028;
    public static final int LCR_H = 0x02c;
    public static final int CR = 0x030;
    public static final int IFLS = 0x034;
    public static final int IMSC = 0x038;
    public static final int RIS = 0x03c;
    public static final int MIS = 0x040;
    public static final int ICR = 0x044;
    public static final int DMACR = 0x048;

    /** UARTFR bits (TRM 3.3.3). */
    public static final int FR_BUSY = 1 << 3;
    public static final int FR_RXFE = 1 << 4;
    public static final int FR_TXFF = 1 << 5;
    public static final int FR_RXFF = 1 << 6;
    public static final int FR_TXFE = 1 << 7;

    /** Interrupt bits of RIS/MIS/IMSC/ICR (TRM 3.3.12-3.3.15): RX = 4, TX = 5, RT = 6. */
    public static final int INT_RX = 1 << 4;
    public static final int INT_TX = 1 << 5;
    public static final int INT_RT = 1 << 6;

    private static final int LCR_H_FEN = 1 << 4;
    private static final int[] ID = {0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1};
    private static final int FIFO_DEPTH = 16;

    private final PrintStream out;
    private final InputStream in;
    private final Consumer<String> warnings;
    private final Set<String> warned = new HashSet<>();
    private final ArrayDeque<Integer> received = new ArrayDeque<>();
    private Thread reader;
    private boolean inputEnded;
    private volatile org.a64wb.board.api.InterruptLine interrupt = level -> { };
    private boolean interruptLevel;

    private int lcrH;
    private int cr = 0x300; // TXE | RXE at reset (TRM 3.3.8)
    private int ifls = 0x12;
    private int imsc;
    private int ris;
    private int ibrd;
    private int fbrd;
    private int ilpr;
    private int dmacr;

    public Pl011(InputStream in, PrintStream out, Consumer<String> warnings) {
        this.in = in;
        this.out = out;
        this.warnings = warnings;
    }

    /** Where UARTINTR, the combined interrupt (TRM 2.8: any bit of UARTMIS), goes. */
    public void connectInterrupt(org.a64wb.board.api.InterruptLine line) {
        this.interrupt = line;
    }

    /** Drives UARTINTR from RIS & IMSC after every state change, as QEMU's pl011_update does. */
    private void updateInterrupt() {
        boolean level = (ris & imsc) != 0;
        if (level != interruptLevel) {
            interruptLevel = level;
            interrupt.set(level);
        }
    }

    @Override
    public synchronized long read(long offset, int size) {
        checkSize(offset, size);
        if (size == 8) {
            // Two 32-bit register reads, low word first (how a 64-bit access to 32-bit registers is split, as QEMU's bus does).
            long value = readRegister((int) offset) & 0xffffffffL | (readRegister((int) offset + 4) & 0xffffffffL) << 32;
            updateInterrupt();
            return value;
        }
        int word = (int) (offset & ~3L);
        int shift = (int) (offset & 3) * 8;
        long value = (readRegister(word) >>> shift) & mask(size);
        updateInterrupt();
        return value;
    }

    @Override
    public synchronized void write(long offset, int size, long value) {
        checkSize(offset, size);
        if ((offset & 3) != 0) {
            warnOnce("unaligned", String.format("pl011: %d-byte write at unaligned offset 0x%x ignored", size, offset));
            return;
        }
        if (size == 8) {
            writeRegister((int) offset, (int) value);
            writeRegister((int) offset + 4, (int) (value >>> 32));
        } else {
            writeRegister((int) offset, (int) value & (int) mask(size));
        }
        updateInterrupt();
    }

    private static long mask(int size) {
        return size >= 8 ? -1L : (1L << (size * 8)) - 1;
    }

    private void checkSize(long offset, int size) {
        if (size != 1 && size != 2 && size != 4 && size != 8) {
            throw new IllegalArgumentException("pl011: access of " + size + " bytes");
        }
        if (size == 8 && (offset & 7) != 0) {
            throw new IllegalArgumentException(String.format("pl011: 64-bit access at unaligned offset 0x%x", offset));
        }
    }

    private int readRegister(int offset) {
        switch (offset) {
            case DR -> {
                startReader();
                Integer c = received.poll();
                updateRx();
                notifyAll();
                return c == null ? 0 : c;
            }
            case RSR_ECR -> {
                return 0;
            }
            case FR -> {
                startReader();
                int fr = FR_TXFE;
                if (received.isEmpty()) {
                    fr |= FR_RXFE;
                }
                if (received.size() >= depth()) {
                    fr |= FR_RXFF;
                }
                return fr;
            }
            case ILPR -> {
                return ilpr;
            }
            case IBRD -> {
                return ibrd;
            }
            case FBRD -> {
                return fbrd;
            }
            case LCR_H -> {
                return lcrH;
            }
            case CR -> {
                return cr;
            }
            case IFLS -> {
                return ifls;
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
            case DMACR -> {
                return dmacr;
            }
            default -> {
                if (offset >= 0xfe0 && offset <= 0xffc) {
                    return ID[(offset - 0xfe0) / 4];
                }
                warnOnce("r" + offset, String.format("pl011: read of unknown register offset 0x%03x (reads 0)", offset));
                return 0;
            }
        }
    }

    private void writeRegister(int offset, int value) {
        switch (offset) {
            case DR -> {
                out.write(value & 0xff);
                if ((value & 0xff) == '\n') {
                    out.flush();
                }
                ris |= INT_TX; // the transmit FIFO drained below its trigger level at once
            }
            case RSR_ECR -> { } // any write clears the (never set) error flags
            case ILPR -> ilpr = value & 0xff;
            case IBRD -> ibrd = value & 0xffff;
            case FBRD -> fbrd = value & 0x3f;
            case LCR_H -> {
                lcrH = value & 0xff;
                updateRx();
            }
            case CR -> cr = value & 0xff87;
            case IFLS -> ifls = value & 0x3f;
            case IMSC -> {
                imsc = value & 0x7ff;
                if ((imsc & (INT_RX | INT_RT)) != 0) {
                    startReader(); // a driver that waits for the receive interrupt may never poll UARTFR first
                }
            }
            case ICR -> {
                ris &= ~(value & 0x7ff);
                updateRx();
            }
            case DMACR -> dmacr = value & 7;
            case FR, RIS, MIS -> warnOnce("ro" + offset, String.format("pl011: write to read-only register 0x%03x ignored", offset));
            default -> warnOnce("w" + offset, String.format("pl011: write to unknown register offset 0x%03x ignored", offset));
        }
    }

    public synchronized void flush() {
        out.flush();
    }

    private int depth() {
        return (lcrH & LCR_H_FEN) != 0 ? FIFO_DEPTH : 1;
    }

    private void updateRx() {
        if (!received.isEmpty()) {
            ris |= INT_RX;
        } else {
            ris &= ~(INT_RX | INT_RT);
        }
    }

    /** Test and host side: a byte arrives on the receive line; blocks while the FIFO is full. */
    public synchronized void receive(int b) throws InterruptedException {
        while (received.size() >= depth()) {
            wait();
        }
        received.add(b & 0xff);
        updateRx();
        updateInterrupt();
    }

    private void startReader() {
        if (reader != null || in == null || inputEnded) {
            return;
        }
        out.flush();
        reader = new Thread(() -> {
            try {
                int b;
                while ((b = in.read()) >= 0) {
                    receive(b);
                }
            } catch (IOException | InterruptedException e) {
                // the console closed: nothing more arrives
            }
            synchronized (Pl011.this) {
                inputEnded = true;
            }
        }, "pl011-rx");
        reader.setDaemon(true);
        reader.start();
    }

    private void warnOnce(String key, String message) {
        if (warned.add(key)) {
            warnings.accept(message);
        }
    }
}
