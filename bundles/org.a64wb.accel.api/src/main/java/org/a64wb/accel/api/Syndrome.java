package org.a64wb.accel.api;

import java.util.StringJoiner;

import org.a64wb.isa.api.sysreg.SysregEncoding;

/**
 * An ESR_EL2 value (Arm ARM D17.2.37 "ESR_EL2, Exception Syndrome Register (EL2)"): EC in bits
 * [31:26], IL in [25], ISS in [24:0]. Factories build the syndromes a hypervisor sees; accessors and
 * {@link #describe()} decode them into words for reports.
 */
public record Syndrome(long value) {

    public static final int EC_UNKNOWN = 0x00;
    public static final int EC_WFX = 0x01;
    public static final int EC_SVC64 = 0x15;
    public static final int EC_HVC64 = 0x16;
    public static final int EC_SMC64 = 0x17;
    public static final int EC_SYSREG = 0x18;
    public static final int EC_INSTRUCTION_ABORT_LOWER = 0x20;
    public static final int EC_PC_ALIGNMENT = 0x22;
    public static final int EC_DATA_ABORT_LOWER = 0x24;
    public static final int EC_SP_ALIGNMENT = 0x26;
    public static final int EC_SOFTWARE_STEP_LOWER = 0x32;
    public static final int EC_BRK64 = 0x3c;

    /** DFSC/IFSC: translation fault, level 3 (the stage-2 fault of an unmapped IPA). */
    public static final int FSC_TRANSLATION_L3 = 0x07;
    /** DFSC: alignment fault. */
    public static final int FSC_ALIGNMENT = 0x21;
    /** DFSC: synchronous external abort, not on a translation table walk. */
    public static final int FSC_EXTERNAL = 0x10;

    private static final long IL = 1L << 25;

    public int ec() {
        return (int) (value >>> 26) & 0x3f;
    }

    public boolean il() {
        return (value & IL) != 0;
    }

    public int iss() {
        return (int) (value & 0x1ffffff);
    }

    static Syndrome of(int ec, int iss) {
        return new Syndrome(((long) ec << 26) | IL | (iss & 0x1ffffffL));
    }

    /**
     * A data abort from a lower EL (EC 0x24). With {@code isv} the access is described: SAS =
     * log2(size), SSE = sign-extending load, SRT = transfer register, SF = 64-bit register, AR =
     * acquire/release; without it those fields are RES0 (ISS encoding for an exception from a Data Abort).
     */
    public static Syndrome dataAbort(boolean isv, int sizeLog2, boolean signExtend, int register, boolean sixtyFour,
            boolean acquireRelease, boolean write, int dfsc) {
        int iss = (write ? 1 << 6 : 0) | (dfsc & 0x3f);
        if (isv) {
            iss |= 1 << 24 | (sizeLog2 & 3) << 22 | (signExtend ? 1 << 21 : 0) | (register & 31) << 16
                    | (sixtyFour ? 1 << 15 : 0) | (acquireRelease ? 1 << 14 : 0);
        }
        return of(EC_DATA_ABORT_LOWER, iss);
    }

    public static Syndrome instructionAbort(int ifsc) {
        return of(EC_INSTRUCTION_ABORT_LOWER, ifsc & 0x3f);
    }

    public static Syndrome hvc(int imm16) {
        return of(EC_HVC64, imm16 & 0xffff);
    }

    public static Syndrome smc(int imm16) {
        return of(EC_SMC64, imm16 & 0xffff);
    }

    public static Syndrome svc(int imm16) {
        return of(EC_SVC64, imm16 & 0xffff);
    }

    public static Syndrome brk(int imm16) {
        return of(EC_BRK64, imm16 & 0xffff);
    }

    /** WFI (TI = 0) or WFE (TI = 1), condition valid with COND = 1110 as an unconditional A64 instruction. */
    public static Syndrome wfx(boolean wfe) {
        return of(EC_WFX, 1 << 24 | 0xe << 20 | (wfe ? 1 : 0));
    }

    /** A trapped MSR/MRS/SYS (EC 0x18): Op0, Op2, Op1, CRn, Rt, CRm, Direction (1 = read). */
    public static Syndrome systemRegister(int op0, int op1, int crn, int crm, int op2, int rt, boolean read) {
        return systemRegister(new SysregEncoding(op0, op1, crn, crm, op2), rt, read);
    }

    /** A trapped MSR/MRS/SYS (EC 0x18) of the register or operation {@code encoding}. */
    public static Syndrome systemRegister(SysregEncoding encoding, int rt, boolean read) {
        return of(EC_SYSREG, encoding.iss(rt, read));
    }

    public static Syndrome softwareStep() {
        return of(EC_SOFTWARE_STEP_LOWER, 1 << 24 | 1 << 6);
    }

    public static Syndrome unknown() {
        return new Syndrome(IL);
    }

    // ---- MSR/MRS/SYS trap fields (EC 0x18) ----
    /** Op0, Op1, CRn, CRm, Op2 of a trapped MSR/MRS/SYS. */
    public SysregEncoding sysreg() {
        return SysregEncoding.fromIss(iss());
    }

    /** Rt of a trapped MSR/MRS/SYS. */
    public int sysregRt() {
        return iss() >>> 5 & 31;
    }

    /** Direction of a trapped MSR/MRS/SYS: true for a read (MRS, SYSL). */
    public boolean sysregRead() {
        return (iss() & 1) != 0;
    }

    // ---- data-abort fields ----
    public boolean isv() {
        return (iss() & 1 << 24) != 0;
    }

    public int sas() {
        return iss() >>> 22 & 3;
    }

    public boolean sse() {
        return (iss() & 1 << 21) != 0;
    }

    public int srt() {
        return iss() >>> 16 & 31;
    }

    public boolean sf() {
        return (iss() & 1 << 15) != 0;
    }

    public boolean ar() {
        return (iss() & 1 << 14) != 0;
    }

    public boolean wnr() {
        return (iss() & 1 << 6) != 0;
    }

    public int fsc() {
        return iss() & 0x3f;
    }

    /** The syndrome in words, e.g. "EC 0x24 data abort from a lower EL: ISV=1 SAS=word SSE=0 SRT=x3 SF=0 AR=0 WnR=write DFSC=0x07". */
    public String describe() {
        StringJoiner text = new StringJoiner(" ");
        text.add(String.format("EC 0x%02x", ec()));
        switch (ec()) {
            case EC_DATA_ABORT_LOWER -> {
                text.add("data abort from a lower EL:");
                text.add("ISV=" + (isv() ? 1 : 0));
                if (isv()) {
                    text.add("SAS=" + new String[] {"byte", "halfword", "word", "doubleword"}[sas()]);
                    text.add("SSE=" + (sse() ? 1 : 0)).add("SRT=x" + srt()).add("SF=" + (sf() ? 1 : 0)).add("AR=" + (ar() ? 1 : 0));
                }
                text.add("WnR=" + (wnr() ? "write" : "read")).add(String.format("DFSC=0x%02x", fsc()));
            }
            case EC_INSTRUCTION_ABORT_LOWER -> text.add("instruction abort from a lower EL:").add(String.format("IFSC=0x%02x", fsc()));
            case EC_HVC64 -> text.add("HVC:").add(String.format("imm16=0x%x", iss() & 0xffff));
            case EC_SMC64 -> text.add("SMC:").add(String.format("imm16=0x%x", iss() & 0xffff));
            case EC_SVC64 -> text.add("SVC:").add(String.format("imm16=0x%x", iss() & 0xffff));
            case EC_BRK64 -> text.add("BRK:").add(String.format("comment=0x%x", iss() & 0xffff));
            case EC_WFX -> text.add((iss() & 1) != 0 ? "WFE" : "WFI");
            case EC_SYSREG -> {
                SysregEncoding r = sysreg();
                text.add("MSR/MRS/SYS trap:").add(String.format("%s op0=%d op1=%d CRn=%d CRm=%d op2=%d Rt=x%d",
                        sysregRead() ? "read" : "write", r.op0(), r.op1(), r.crn(), r.crm(), r.op2(), sysregRt()));
            }
            case EC_SOFTWARE_STEP_LOWER -> text.add("software step from a lower EL");
            case EC_PC_ALIGNMENT -> text.add("PC alignment fault");
            case EC_SP_ALIGNMENT -> text.add("SP alignment fault");
            default -> text.add(String.format("ISS=0x%07x", iss()));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return String.format("ESR_EL2=0x%08x (%s)", value, describe());
    }
}
