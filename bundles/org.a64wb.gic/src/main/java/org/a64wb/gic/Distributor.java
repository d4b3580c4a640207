package org.a64wb.gic;

/**
 * The distributor's register frame, GICD_* (IHI 0069 12.9), 64 KiB. With one Security state and
 * affinity routing always enabled: GICD_CTLR has DS and ARE set (RAO/WI) and two group enables;
 * SPIs are routed by GICD_IROUTER<n>; GICD_ITARGETSR and GICD_SGIR (GICv2 forms) are RAZ/WI.
 */
public final class Distributor {

    public static final int CTLR = 0x0000;
    public static final int TYPER = 0x0004;
    public static final int IIDR = 0x0008;
    public static final int IROUTER = 0x6000;
    public static final int PIDR2 = 0xffe8;
    public static final long SIZE = 0x10000;

    static final int CTLR_ENABLE_GRP0 = 1;
    static final int CTLR_ENABLE_GRP1 = 2;
    static final int CTLR_ARE = 1 << 4;
    static final int CTLR_DS = 1 << 6;
    /** Arm as implementer (JEP106 0x43B), product 0: what KVM's vGIC reports (its revision aside). */
    static final int IIDR_VALUE = 0x43b;
    /** ArchRev = 3 (GICv3) in PIDR2[7:4], and the JEP106 identity code bits Linux does not check. */
    static final int PIDR2_VALUE = 0x3b;

    private final Gicv3 gic;

    Distributor(Gicv3 gic) {
        this.gic = gic;
    }

    public long read(long offset, int size) {
        synchronized (gic) {
            int o = (int) offset;
            if (offset >= IROUTER + 8 * Gicv3.PRIVATE_INTERRUPTS && offset < IROUTER + 8L * (Gicv3.PRIVATE_INTERRUPTS + gic.spiCount())) {
                long route = gic.route((o - IROUTER) / 8);
                return size == 8 ? route : route >>> (8 * (o & 7)) & (1L << (8 * size)) - 1;
            }
            if (InterruptRegisters.covers(offset)) {
                return InterruptRegisters.read(gic, 0, false, o, size);
            }
            return switch (o) {
                case CTLR -> CTLR_DS | CTLR_ARE | (gic.enableGroup0 ? CTLR_ENABLE_GRP0 : 0) | (gic.enableGroup1 ? CTLR_ENABLE_GRP1 : 0);
                // ITLinesNumber, CPUNumber (ignored with ARE), IDbits = 9 (10-bit INTIDs); no LPIs, MBIs, ESPIs.
                case TYPER -> ((Gicv3.PRIVATE_INTERRUPTS + gic.spiCount()) / 32 - 1) | Math.min(gic.cpuCount() - 1, 7) << 5 | 9 << 19;
                case IIDR -> IIDR_VALUE;
                case PIDR2 -> PIDR2_VALUE;
                default -> 0;
            };
        }
    }

    public void write(long offset, int size, long value) {
        synchronized (gic) {
            int o = (int) offset;
            if (offset >= IROUTER + 8 * Gicv3.PRIVATE_INTERRUPTS && offset < IROUTER + 8L * (Gicv3.PRIVATE_INTERRUPTS + gic.spiCount())) {
                int intid = (o - IROUTER) / 8;
                long route = gic.route(intid);
                if (size == 8) {
                    route = value;
                } else {
                    int shift = 8 * (o & 7);
                    long mask = ((1L << (8 * size)) - 1) << shift;
                    route = route & ~mask | value << shift & mask;
                }
                gic.setRoute(intid, route);
                gic.update();
                return;
            }
            if (InterruptRegisters.covers(offset)) {
                InterruptRegisters.write(gic, 0, false, o, size, value);
                return;
            }
            if (o == CTLR) {
                gic.enableGroup0 = (value & CTLR_ENABLE_GRP0) != 0;
                gic.enableGroup1 = (value & CTLR_ENABLE_GRP1) != 0;
                gic.update();
            }
        }
    }
}
