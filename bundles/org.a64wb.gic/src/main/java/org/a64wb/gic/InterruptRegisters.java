package org.a64wb.gic;

/**
 * The per-interrupt register block the distributor (SPIs) and each redistributor's SGI_base frame (SGIs
 * and PPIs) lay out at the same offsets (IHI 0069 12.9, 12.11): IGROUPR, IS/ICENABLER, IS/ICPENDR,
 * IS/ICACTIVER one bit per INTID, IPRIORITYR one byte, ICFGR two bits. Accesses are taken apart byte by
 * byte, so 8-, 16-, 32- and 64-bit accesses all work (Linux writes priorities with writeb).
 */
final class InterruptRegisters {

    static final int IGROUPR = 0x080;
    static final int ISENABLER = 0x100;
    static final int ICENABLER = 0x180;
    static final int ISPENDR = 0x200;
    static final int ICPENDR = 0x280;
    static final int ISACTIVER = 0x300;
    static final int ICACTIVER = 0x380;
    static final int IPRIORITYR = 0x400;
    static final int ICFGR = 0xc00;
    static final int END = 0xd00;

    private InterruptRegisters() {
    }

    static boolean covers(long offset) {
        return offset >= IGROUPR && offset < END;
    }

    /** Reads {@code size} bytes at {@code offset}; {@code privateFrame}: the SGI_base frame of PE {@code cpu} (INTIDs 0-31 only). */
    static long read(Gicv3 gic, int cpu, boolean privateFrame, int offset, int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value |= (long) readByte(gic, cpu, privateFrame, offset + i) << (8 * i);
        }
        return value;
    }

    static void write(Gicv3 gic, int cpu, boolean privateFrame, int offset, int size, long value) {
        for (int i = 0; i < size; i++) {
            writeByte(gic, cpu, privateFrame, offset + i, (int) (value >>> (8 * i)) & 0xff);
        }
        gic.update();
    }

    private static Gicv3.Irq irq(Gicv3 gic, int cpu, boolean privateFrame, int intid) {
        // Affinity routing: the distributor's registers for INTIDs 0-31 are RAZ/WI, the redistributor has only those.
        if (privateFrame != intid < Gicv3.PRIVATE_INTERRUPTS) {
            return null;
        }
        return gic.irq(cpu, intid);
    }

    private static int readByte(Gicv3 gic, int cpu, boolean privateFrame, int offset) {
        if (offset >= IPRIORITYR && offset < ICFGR) {
            Gicv3.Irq irq = irq(gic, cpu, privateFrame, offset - IPRIORITYR);
            return irq == null ? 0 : irq.priority;
        }
        if (offset >= ICFGR) {
            int first = (offset - ICFGR) * 4;
            int v = 0;
            for (int k = 0; k < 4; k++) {
                Gicv3.Irq irq = irq(gic, cpu, privateFrame, first + k);
                if (irq != null && irq.edge) {
                    v |= 2 << (2 * k);
                }
            }
            return v;
        }
        int block = offset & ~0x7f;
        int first = (offset & 0x7f) * 8;
        int v = 0;
        for (int k = 0; k < 8; k++) {
            Gicv3.Irq irq = irq(gic, cpu, privateFrame, first + k);
            if (irq == null) {
                continue;
            }
            boolean bit = switch (block) {
                case IGROUPR -> irq.group1;
                case ISENABLER, ICENABLER -> irq.enabled;
                case ISPENDR, ICPENDR -> irq.pending();
                default -> irq.active;
            };
            if (bit) {
                v |= 1 << k;
            }
        }
        return v;
    }

    private static void writeByte(Gicv3 gic, int cpu, boolean privateFrame, int offset, int v) {
        if (offset >= IPRIORITYR && offset < ICFGR) {
            Gicv3.Irq irq = irq(gic, cpu, privateFrame, offset - IPRIORITYR);
            if (irq != null) {
                irq.priority = v & Gicv3.PRIORITY_MASK;
            }
            return;
        }
        if (offset >= ICFGR) {
            int first = (offset - ICFGR) * 4;
            for (int k = 0; k < 4; k++) {
                Gicv3.Irq irq = irq(gic, cpu, privateFrame, first + k);
                // SGIs are always edge-triggered (ICFGR0 is read-only).
                if (irq != null && first + k >= 16) {
                    irq.edge = (v >>> (2 * k + 1) & 1) != 0;
                }
            }
            return;
        }
        int block = offset & ~0x7f;
        int first = (offset & 0x7f) * 8;
        for (int k = 0; k < 8; k++) {
            Gicv3.Irq irq = irq(gic, cpu, privateFrame, first + k);
            boolean bit = (v >>> k & 1) != 0;
            if (irq == null || block != IGROUPR && !bit) {
                continue;
            }
            switch (block) {
                case IGROUPR -> irq.group1 = bit;
                case ISENABLER -> irq.enabled = true;
                case ICENABLER -> irq.enabled = false;
                case ISPENDR -> irq.latched = true;
                case ICPENDR -> irq.latched = false;
                case ISACTIVER -> irq.active = true;
                default -> irq.active = false;
            }
        }
    }
}
