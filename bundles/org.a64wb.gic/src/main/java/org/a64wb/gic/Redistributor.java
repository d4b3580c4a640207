package org.a64wb.gic;

/**
 * One PE's redistributor: two 64 KiB frames (IHI 0069 12.10, 12.11), RD_base (GICR_CTLR, TYPER with the PE's
 * affinity and Last, WAKER, PIDR2) and SGI_base (the SGI and PPI configuration). No LPIs, so no VLPI
 * frames: redistributors follow each other every 128 KiB, the last one with GICR_TYPER.Last.
 */
public final class Redistributor {

    public static final int CTLR = 0x0000;
    public static final int IIDR = 0x0004;
    public static final int TYPER = 0x0008;
    public static final int WAKER = 0x0014;
    public static final int PIDR2 = 0xffe8;
    public static final int SGI_BASE = 0x10000;
    /** The two frames of one redistributor. */
    public static final long STRIDE = 0x20000;

    static final int WAKER_PROCESSOR_SLEEP = 1 << 1;
    static final int WAKER_CHILDREN_ASLEEP = 1 << 2;

    private final Gicv3 gic;
    private final int cpu;
    /** GICR_WAKER.ProcessorSleep: set at reset; ChildrenAsleep follows it at once (no interface to quiesce). */
    private boolean processorSleep = true;

    Redistributor(Gicv3 gic, int cpu) {
        this.gic = gic;
        this.cpu = cpu;
    }

    /** Whether software has marked the PE awake (GICR_WAKER.ProcessorSleep = 0). */
    public boolean awake() {
        synchronized (gic) {
            return !processorSleep;
        }
    }

    /** A read at {@code offset} from this redistributor's RD_base. */
    public long read(long offset, int size) {
        synchronized (gic) {
            int o = (int) offset;
            if (o >= SGI_BASE) {
                int s = o - SGI_BASE;
                return InterruptRegisters.covers(s) ? InterruptRegisters.read(gic, cpu, true, s, size) : 0;
            }
            long value = switch (o & ~7) {
                case CTLR -> o == CTLR ? 0 : Distributor.IIDR_VALUE; // RWP = 0: writes take effect at once
                case TYPER -> typer();
                case WAKER & ~7 -> o == WAKER ? (processorSleep ? WAKER_PROCESSOR_SLEEP | WAKER_CHILDREN_ASLEEP : 0) : 0;
                case PIDR2 & ~7 -> o == PIDR2 ? Distributor.PIDR2_VALUE : 0;
                default -> 0;
            };
            if (o == TYPER + 4 && size == 4) {
                return typer() >>> 32;
            }
            return size == 8 ? value : value & (1L << (8 * size)) - 1;
        }
    }

    /** GICR_TYPER: Affinity_Value (Aff3.Aff2.Aff1.Aff0) in [63:32], Processor_Number, Last; no PLPIS, VLPIS, DirectLPI. */
    private long typer() {
        long affinity = gic.affinity(cpu);
        long value = (affinity >>> 32 & 0xff) << 56 | (affinity & 0xffffff) << 32 | (long) cpu << 8;
        if (cpu == gic.cpuCount() - 1) {
            value |= 1 << 4;
        }
        return value;
    }

    public void write(long offset, int size, long value) {
        synchronized (gic) {
            int o = (int) offset;
            if (o >= SGI_BASE) {
                int s = o - SGI_BASE;
                if (InterruptRegisters.covers(s)) {
                    InterruptRegisters.write(gic, cpu, true, s, size, value);
                }
                return;
            }
            if (o == WAKER) {
                processorSleep = (value & WAKER_PROCESSOR_SLEEP) != 0;
            }
        }
    }
}
