package org.a64wb.emulator.fp;

/**
 * The floating-point context an operation of {@link FpCore} runs in: the FPCR it reads and the FPSR whose
 * cumulative exception bits it ORs into. Mutable and not thread-safe; one per processing element (or one per
 * call). Only the FPSR bits IOC, DZC, OFC, UFC, IXC and IDC are ever set by {@link FpCore}; floating-point
 * exception traps (FPCR.IOE etc.) are not modelled (as in QEMU's user mode; Arm makes them optional).
 */
public final class FpStatus {
    /** FPSR.IOC, bit 0: invalid operation. */
    public static final int IOC = 1 << 0;
    /** FPSR.DZC, bit 1: divide by zero. */
    public static final int DZC = 1 << 1;
    /** FPSR.OFC, bit 2: overflow. */
    public static final int OFC = 1 << 2;
    /** FPSR.UFC, bit 3: underflow (also set when an output is flushed to zero). */
    public static final int UFC = 1 << 3;
    /** FPSR.IXC, bit 4: inexact. */
    public static final int IXC = 1 << 4;
    /** FPSR.IDC, bit 7: input denormal flushed to zero (single/double only). */
    public static final int IDC = 1 << 7;
    /** All cumulative exception bits. */
    public static final int ALL_FLAGS = IOC | DZC | OFC | UFC | IXC | IDC;

    /** FPCR.FZ16, bit 19: flush half-precision denormals to zero. */
    public static final int FPCR_FZ16 = 1 << 19;
    /** FPCR.RMode, bits 23:22. */
    public static final int FPCR_RMODE_SHIFT = 22;
    /** FPCR.FZ, bit 24: flush single/double denormals to zero. */
    public static final int FPCR_FZ = 1 << 24;
    /** FPCR.DN, bit 25: default NaN. */
    public static final int FPCR_DN = 1 << 25;
    /** FPCR.AHP, bit 26: alternative half-precision format (conversions only). */
    public static final int FPCR_AHP = 1 << 26;

    private int fpcr;
    private int fpsr;

    /** A context with FPCR = 0 (RN, no flushing, IEEE half) and a clear FPSR. */
    public FpStatus() {
    }

    public FpStatus(int fpcr) {
        this.fpcr = fpcr;
    }

    public FpStatus(int fpcr, int fpsr) {
        this.fpcr = fpcr;
        this.fpsr = fpsr;
    }

    public int fpcr() {
        return fpcr;
    }

    public void setFpcr(int fpcr) {
        this.fpcr = fpcr;
    }

    /** The FPSR: the flags of earlier operations ORed with those raised since. */
    public int fpsr() {
        return fpsr;
    }

    public void setFpsr(int fpsr) {
        this.fpsr = fpsr;
    }

    /** {@code FPProcessException} without traps: ORs cumulative exception bits into the FPSR. */
    public void raise(int flags) {
        fpsr |= flags;
    }

    /** The rounding mode FPCR.RMode selects. */
    public FpRounding rounding() {
        return FpRounding.fromFpcr(fpcr);
    }
}
