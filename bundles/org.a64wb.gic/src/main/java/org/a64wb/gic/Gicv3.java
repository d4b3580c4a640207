package org.a64wb.gic;

/**
 * The interrupt state of a GICv3 and the rule that turns it into each PE's IRQ and FIQ outputs. The
 * register views ({@link Distributor}, {@link Redistributor}, {@link CpuInterface}) change this state
 * under one lock (the GIC's monitor): guest vCPU threads, device threads and timers all meet here,
 * and an interrupt's life (pending, acknowledged, active, deactivated) must look atomic to all of them.
 *
 * <p>Interrupt ids (IHI 0069 2.2): SGIs 0-15 and PPIs 16-31 are private to each PE and configured in its
 * redistributor; SPIs 32.. are shared and configured in the distributor; 1020-1023 are special (1023:
 * nothing pending).
 */
public final class Gicv3 {

    /** INTID returned by an acknowledge when nothing can be signalled (IHI 0069 2.2.1). */
    public static final int SPURIOUS = 1023;
    public static final int PRIVATE_INTERRUPTS = 32;
    /**
     * Implemented priority bits (ICC_CTLR_EL1.PRIbits + 1): five, 32 levels, as KVM's vGIC. Priority
     * values keep their top five bits; one ICC_AP{0,1}R0_EL1 register then holds every active priority.
     */
    public static final int PRIORITY_BITS = 5;
    public static final int PRIORITY_MASK = 0xff << (8 - PRIORITY_BITS) & 0xff;
    /** Priority of "nothing active" (ICC_RPR_EL1 reads 0xff, IHI 0069 4.8). */
    public static final int IDLE_PRIORITY = 0xff;

    /** A PE's two interrupt outputs. */
    public interface Output {
        /** Called (under the GIC's lock, so quickly and without calling back) when a PE's IRQ or FIQ output changes. */
        void changed(int cpu, boolean irq, boolean fiq);
    }

    /** State of one interrupt (IHI 0069 4.1.2: inactive, pending, active, active and pending). */
    static final class Irq {
        int priority;
        boolean group1;
        boolean enabled;
        /** Edge-triggered (ICFGR 0b10); level-sensitive otherwise. SGIs are always edge. */
        boolean edge;
        /** The pending latch: set by an edge, ISPENDR or an SGI; cleared by acknowledge or ICPENDR. */
        boolean latched;
        /** The input line of a level-sensitive (or edge) interrupt. */
        boolean line;
        boolean active;

        boolean pending() {
            return latched || !edge && line;
        }
    }

    private final int cpus;
    private final int spis;
    private final long[] affinities;
    private final Irq[][] privateIrqs;
    private final Irq[] sharedIrqs;
    /** GICD_IROUTER<n> of each SPI. */
    private final long[] routes;
    /** The PE each SPI goes to ({@link #target}), kept with its route: delivery looks it up for every SPI. */
    private final int[] targets;
    private final CpuInterface[] interfaces;
    private final Redistributor[] redistributors;
    private final Distributor distributor;
    private final boolean[] irqOut;
    private final boolean[] fiqOut;
    private Output output = (cpu, irq, fiq) -> { };

    boolean enableGroup0;
    boolean enableGroup1;

    /**
     * A GIC for {@code affinities.length} PEs (their MPIDR_EL1 affinity values, Aff3:Aff2:Aff1:Aff0 as
     * MPIDR lays them out) with {@code spis} shared peripheral interrupts (a multiple of 32, up to 988).
     */
    public Gicv3(long[] affinities, int spis) {
        if (affinities.length < 1 || spis < 0 || spis % 32 != 0 || spis > 988) {
            throw new IllegalArgumentException("a GICv3 needs at least one PE and 0..988 SPIs in multiples of 32");
        }
        this.cpus = affinities.length;
        this.spis = spis;
        this.affinities = new long[cpus];
        for (int i = 0; i < cpus; i++) {
            this.affinities[i] = affinities[i] & 0xff00ffffffL;
        }
        privateIrqs = new Irq[cpus][PRIVATE_INTERRUPTS];
        interfaces = new CpuInterface[cpus];
        redistributors = new Redistributor[cpus];
        for (int c = 0; c < cpus; c++) {
            for (int i = 0; i < PRIVATE_INTERRUPTS; i++) {
                Irq irq = new Irq();
                irq.edge = i < 16;
                privateIrqs[c][i] = irq;
            }
            interfaces[c] = new CpuInterface(this, c);
            redistributors[c] = new Redistributor(this, c);
        }
        sharedIrqs = new Irq[spis];
        routes = new long[spis];
        targets = new int[spis];
        for (int i = 0; i < spis; i++) {
            sharedIrqs[i] = new Irq();
            targets[i] = routeTarget(0);
        }
        distributor = new Distributor(this);
        irqOut = new boolean[cpus];
        fiqOut = new boolean[cpus];
    }

    /** The affinity value MPIDR_EL1 gives the {@code index}th PE of a machine whose PEs are numbered in Aff0 then Aff1 (16 per cluster, as QEMU virt with GICv3). */
    public static long affinityOf(int index) {
        return (index / 16L) << 8 | index % 16;
    }

    public synchronized void setOutput(Output output) {
        this.output = output;
        for (int c = 0; c < cpus; c++) {
            output.changed(c, irqOut[c], fiqOut[c]);
        }
    }

    public int cpuCount() {
        return cpus;
    }

    public int spiCount() {
        return spis;
    }

    long affinity(int cpu) {
        return affinities[cpu];
    }

    public Distributor distributor() {
        return distributor;
    }

    public Redistributor redistributor(int cpu) {
        return redistributors[cpu];
    }

    public CpuInterface cpuInterface(int cpu) {
        return interfaces[cpu];
    }

    /** A read in the redistributor region: PE n's redistributor is at n x 128 KiB; past the last one reads as zero. */
    public long readRedistributors(long offset, int size) {
        int cpu = (int) (offset / Redistributor.STRIDE);
        return offset < 0 || cpu >= cpus ? 0 : redistributors[cpu].read(offset % Redistributor.STRIDE, size);
    }

    public void writeRedistributors(long offset, int size, long value) {
        int cpu = (int) (offset / Redistributor.STRIDE);
        if (offset >= 0 && cpu < cpus) {
            redistributors[cpu].write(offset % Redistributor.STRIDE, size, value);
        }
    }

    /** The interrupt {@code intid} as PE {@code cpu} sees it, or null when it does not exist. */
    Irq irq(int cpu, int intid) {
        if (intid < PRIVATE_INTERRUPTS) {
            return intid < 0 ? null : privateIrqs[cpu][intid];
        }
        int spi = intid - PRIVATE_INTERRUPTS;
        return spi < spis ? sharedIrqs[spi] : null;
    }

    long route(int intid) {
        return routes[intid - PRIVATE_INTERRUPTS];
    }

    void setRoute(int intid, long value) {
        // Interrupt_Routing_Mode (bit 31) and Aff3..Aff0; the rest is RES0.
        routes[intid - PRIVATE_INTERRUPTS] = value & 0xff_0000_80ff_ffffL;
        targets[intid - PRIVATE_INTERRUPTS] = routeTarget(routes[intid - PRIVATE_INTERRUPTS]);
    }

    /**
     * The PE an SPI is delivered to: the one whose affinity IROUTER names, or with Interrupt_Routing_Mode
     * = 1 ("any participating PE") the first PE; -1 when IROUTER names no PE.
     */
    int target(int intid) {
        return targets[intid - PRIVATE_INTERRUPTS];
    }

    private int routeTarget(long route) {
        if ((route & 1L << 31) != 0) {
            return 0;
        }
        long affinity = route & 0xffffffL | (route >>> 32 & 0xff) << 32;
        for (int c = 0; c < cpus; c++) {
            if (affinities[c] == affinity) {
                return c;
            }
        }
        return -1;
    }

    // ---- Input lines (the devices' and timers' side) ----

    /**
     * Sets the input line of an SPI (32..) for all PEs, or of a PPI (16..31) of PE {@code cpu}. A rising
     * edge latches an edge-triggered interrupt pending; a level-sensitive one is pending while the line is high.
     */
    public synchronized void setLine(int cpu, int intid, boolean level) {
        if (intid < 16 || cpu < 0 || cpu >= cpus) {
            throw new IllegalArgumentException("no line for INTID " + intid + " of PE " + cpu);
        }
        Irq irq = irq(cpu, intid);
        if (irq == null) {
            throw new IllegalArgumentException("INTID " + intid + " is not implemented (" + spis + " SPIs)");
        }
        if (irq.edge && level && !irq.line) {
            irq.latched = true;
        }
        irq.line = level;
        update();
    }

    /** Sets an SPI's line (KVM_IRQ_LINE for an SPI). */
    public void setSpiLine(int intid, boolean level) {
        if (intid < PRIVATE_INTERRUPTS) {
            throw new IllegalArgumentException("INTID " + intid + " is not an SPI");
        }
        setLine(0, intid, level);
    }

    // ---- Delivery ----

    /** Whether a group's interrupts are forwarded at all: the distributor's enable and the PE's ICC_IGRPEN<g>_EL1. */
    boolean groupEnabled(int cpu, boolean group1) {
        return group1 ? enableGroup1 && interfaces[cpu].igrpen1 : enableGroup0 && interfaces[cpu].igrpen0;
    }

    /**
     * The highest-priority pending, enabled interrupt of PE {@code cpu} in an enabled group (IHI 0069 4.4.1,
     * ties to the lowest INTID), or -1. {@code group}: 0, 1, or -1 for either.
     */
    int highestPending(int cpu, int group) {
        int best = -1;
        int bestPriority = 0x100;
        for (int intid = 0; intid < PRIVATE_INTERRUPTS + spis; intid++) {
            if (intid >= PRIVATE_INTERRUPTS && target(intid) != cpu) {
                continue;
            }
            Irq irq = irq(cpu, intid);
            // An active interrupt is not signalled again until it is deactivated (active and pending waits).
            if (!irq.enabled || !irq.pending() || irq.active) {
                continue;
            }
            if (group >= 0 && irq.group1 != (group == 1) || !groupEnabled(cpu, irq.group1)) {
                continue;
            }
            if (irq.priority < bestPriority) {
                best = intid;
                bestPriority = irq.priority;
            }
        }
        return best;
    }

    /** Recomputes every PE's outputs after a state change and tells the {@link Output} what changed. */
    void update() {
        for (int c = 0; c < cpus; c++) {
            int best = highestPending(c, -1);
            boolean irq = false;
            boolean fiq = false;
            if (best >= 0 && interfaces[c].signals(irq(c, best))) {
                // Single Security state: Group 0 is signalled as FIQ, Group 1 as IRQ (IHI 0069 4.6.2).
                if (irq(c, best).group1) {
                    irq = true;
                } else {
                    fiq = true;
                }
            }
            if (irq != irqOut[c] || fiq != fiqOut[c]) {
                irqOut[c] = irq;
                fiqOut[c] = fiq;
                output.changed(c, irq, fiq);
            }
        }
    }

    /** PE {@code cpu}'s IRQ output (for tests and a VMM that polls). */
    public synchronized boolean irq(int cpu) {
        return irqOut[cpu];
    }

    public synchronized boolean fiq(int cpu) {
        return fiqOut[cpu];
    }

    /** Makes SGI {@code intid} pending on the PEs selected by an ICC_SGI{0,1}R_EL1 value, for the given group. */
    void sendSgi(int from, long value, boolean group1) {
        int intid = (int) (value >>> 24 & 0xf);
        boolean everyoneElse = (value >>> 40 & 1) != 0;
        long targetAffinity = (value >>> 48 & 0xff) << 32 | (value >>> 32 & 0xff) << 16 | (value >>> 16 & 0xff) << 8;
        int rangeSelector = (int) (value >>> 44 & 0xf);
        int targetList = (int) (value & 0xffff);
        for (int c = 0; c < cpus; c++) {
            boolean selected;
            if (everyoneElse) {
                selected = c != from;
            } else {
                long affinity = affinities[c];
                int aff0 = (int) (affinity & 0xff);
                selected = (affinity & ~0xffL) == targetAffinity && aff0 / 16 == rangeSelector && (targetList >>> (aff0 % 16) & 1) != 0;
            }
            Irq irq = privateIrqs[c][intid];
            // With one Security state an SGI is forwarded only to PEs where it is configured in the group asked for (IHI 0069 12.2.x, ICC_SGI1R_EL1).
            if (selected && irq.group1 == group1) {
                irq.latched = true;
            }
        }
        update();
    }
}
