package org.a64wb.gic;

/**
 * The GICv3 CPU interface of one PE, reached as the ICC_*_EL1 system registers (IHI 0069 12.2; system
 * register access only, ICC_SRE_EL1.SRE = 1 fixed). It acknowledges, drops priority (EOI) and
 * deactivates (with ICC_CTLR_EL1.EOImode = 1 a separate ICC_DIR_EL1 write), keeps the active priorities in
 * ICC_AP{0,1}R0_EL1 and signals only what beats both the priority mask and the running priority.
 */
public final class CpuInterface {

    /** The ICC registers at EL1, with their MRS/MSR encodings (op0, op1, CRn, CRm, op2) and directions. */
    public enum Register {
        PMR(3, 0, 4, 6, 0, true, true),
        IAR0(3, 0, 12, 8, 0, true, false),
        EOIR0(3, 0, 12, 8, 1, false, true),
        HPPIR0(3, 0, 12, 8, 2, true, false),
        BPR0(3, 0, 12, 8, 3, true, true),
        AP0R0(3, 0, 12, 8, 4, true, true),
        AP1R0(3, 0, 12, 9, 0, true, true),
        DIR(3, 0, 12, 11, 1, false, true),
        RPR(3, 0, 12, 11, 3, true, false),
        SGI1R(3, 0, 12, 11, 5, false, true),
        ASGI1R(3, 0, 12, 11, 6, false, true),
        SGI0R(3, 0, 12, 11, 7, false, true),
        IAR1(3, 0, 12, 12, 0, true, false),
        EOIR1(3, 0, 12, 12, 1, false, true),
        HPPIR1(3, 0, 12, 12, 2, true, false),
        BPR1(3, 0, 12, 12, 3, true, true),
        CTLR(3, 0, 12, 12, 4, true, true),
        SRE(3, 0, 12, 12, 5, true, true),
        IGRPEN0(3, 0, 12, 12, 6, true, true),
        IGRPEN1(3, 0, 12, 12, 7, true, true);

        public final int op0;
        public final int op1;
        public final int crn;
        public final int crm;
        public final int op2;
        /** MRS allowed (else UNDEFINED: write-only registers). */
        public final boolean readable;
        /** MSR allowed (else UNDEFINED: read-only registers). */
        public final boolean writable;

        Register(int op0, int op1, int crn, int crm, int op2, boolean readable, boolean writable) {
            this.op0 = op0;
            this.op1 = op1;
            this.crn = crn;
            this.crm = crm;
            this.op2 = op2;
            this.readable = readable;
            this.writable = writable;
        }

        /** The register with this encoding, or null. */
        public static Register of(int op0, int op1, int crn, int crm, int op2) {
            for (Register r : values()) {
                if (r.op0 == op0 && r.op1 == op1 && r.crn == crn && r.crm == crm && r.op2 == op2) {
                    return r;
                }
            }
            return null;
        }
    }

    /** Lowest ICC_BPR0_EL1 for five priority bits (group priority [7:3]); ICC_BPR1_EL1's is one more (IHI 0069 12.2.4). */
    static final int MIN_BPR0 = 7 - Gicv3.PRIORITY_BITS;
    /** ICC_CTLR_EL1 read-only fields: PRIbits = 4 (five bits), IDbits = 0 (16-bit INTIDs), A3V = 1 (Aff3 in SGI targets). */
    static final long CTLR_RO = (long) (Gicv3.PRIORITY_BITS - 1) << 8 | 1L << 15;
    static final long CTLR_CBPR = 1;
    static final long CTLR_EOIMODE = 2;

    private final Gicv3 gic;
    private final int cpu;
    int pmr;
    int bpr0 = MIN_BPR0;
    int bpr1 = MIN_BPR0 + 1;
    long ctlr;
    boolean igrpen0;
    boolean igrpen1;
    /** Active priorities, one bit per group priority level (priority >> 3). */
    int ap0;
    int ap1;

    CpuInterface(Gicv3 gic, int cpu) {
        this.gic = gic;
        this.cpu = cpu;
    }

    public long read(Register r) {
        synchronized (gic) {
            return switch (r) {
                case PMR -> pmr;
                case IAR0, IAR1 -> {
                    long intid = acknowledge(r == Register.IAR1);
                    gic.update();
                    yield intid;
                }
                case HPPIR0 -> highestPending(false);
                case HPPIR1 -> highestPending(true);
                case BPR0 -> bpr0;
                case BPR1 -> (ctlr & CTLR_CBPR) != 0 ? Math.min(bpr0 + 1, 7) : bpr1;
                case AP0R0 -> ap0 & 0xffffffffL;
                case AP1R0 -> ap1 & 0xffffffffL;
                case RPR -> runningPriority();
                case CTLR -> ctlr | CTLR_RO;
                case SRE -> 7; // SRE, DFB, DIB: system registers only, bypass disabled
                case IGRPEN0 -> igrpen0 ? 1 : 0;
                case IGRPEN1 -> igrpen1 ? 1 : 0;
                default -> throw new IllegalArgumentException("ICC_" + r + "_EL1 is write-only");
            };
        }
    }

    public void write(Register r, long value) {
        synchronized (gic) {
            switch (r) {
                case PMR -> pmr = (int) value & Gicv3.PRIORITY_MASK;
                case BPR0 -> bpr0 = Math.max((int) value & 7, MIN_BPR0);
                case BPR1 -> {
                    // With CBPR set, BPR1 writes are ignored (it aliases BPR0).
                    if ((ctlr & CTLR_CBPR) == 0) {
                        bpr1 = Math.max((int) value & 7, MIN_BPR0 + 1);
                    }
                }
                case AP0R0 -> ap0 = (int) value;
                case AP1R0 -> ap1 = (int) value;
                case EOIR0 -> endOfInterrupt(false, (int) value & 0xffffff);
                case EOIR1 -> endOfInterrupt(true, (int) value & 0xffffff);
                case DIR -> deactivate((int) value & 0xffffff);
                case SGI1R -> gic.sendSgi(cpu, value, true);
                case SGI0R, ASGI1R -> gic.sendSgi(cpu, value, false);
                case CTLR -> ctlr = value & (CTLR_CBPR | CTLR_EOIMODE);
                case SRE -> { }
                case IGRPEN0 -> igrpen0 = (value & 1) != 0;
                case IGRPEN1 -> igrpen1 = (value & 1) != 0;
                default -> throw new IllegalArgumentException("ICC_" + r + "_EL1 is read-only");
            }
            gic.update();
        }
    }

    /** The priority of the highest active priority level, or idle (IHI 0069 12.2.15 ICC_RPR_EL1). */
    int runningPriority() {
        int active = ap0 | ap1;
        return active == 0 ? Gicv3.IDLE_PRIORITY : Integer.numberOfTrailingZeros(active) << (8 - Gicv3.PRIORITY_BITS);
    }

    /** The group priority of a priority value: the bits above the binary point of its group's BPR. */
    int groupPriority(int priority, boolean group1) {
        int bpr = group1 && (ctlr & CTLR_CBPR) == 0 ? bpr1 - 1 : bpr0;
        return priority & (0xff << (bpr + 1)) & Gicv3.PRIORITY_MASK;
    }

    /** Whether a pending interrupt is signalled: above the priority mask and able to preempt (IHI 0069 4.8). */
    boolean signals(Gicv3.Irq irq) {
        return irq.priority < pmr && groupPriority(irq.priority, irq.group1) < runningPriority();
    }

    private long highestPending(boolean group1) {
        int best = gic.highestPending(cpu, group1 ? 1 : 0);
        return best < 0 ? Gicv3.SPURIOUS : best;
    }

    /** ICC_IAR{0,1}_EL1: pending becomes active, its group priority becomes running (IHI 0069 4.1.1). */
    private long acknowledge(boolean group1) {
        int best = gic.highestPending(cpu, group1 ? 1 : 0);
        if (best < 0) {
            return Gicv3.SPURIOUS;
        }
        Gicv3.Irq irq = gic.irq(cpu, best);
        if (!signals(irq)) {
            return Gicv3.SPURIOUS;
        }
        irq.latched = false;
        irq.active = true;
        int level = 1 << (groupPriority(irq.priority, group1) >>> (8 - Gicv3.PRIORITY_BITS));
        if (group1) {
            ap1 |= level;
        } else {
            ap0 |= level;
        }
        return best;
    }

    /** ICC_EOIR{0,1}_EL1: drops the highest active priority; with EOImode = 0 also deactivates the INTID. */
    private void endOfInterrupt(boolean group1, int intid) {
        if (intid >= 1020 && intid <= 1023) {
            return;
        }
        if (group1) {
            ap1 &= ap1 - 1;
        } else {
            ap0 &= ap0 - 1;
        }
        if ((ctlr & CTLR_EOIMODE) == 0) {
            deactivate(intid);
        }
    }

    private void deactivate(int intid) {
        Gicv3.Irq irq = gic.irq(cpu, intid);
        if (irq != null) {
            irq.active = false;
        }
    }
}
