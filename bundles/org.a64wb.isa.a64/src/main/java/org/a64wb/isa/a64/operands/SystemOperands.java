package org.a64wb.isa.a64.operands;

import java.util.HashMap;
import java.util.Map;

import org.a64wb.isa.a64.A64SystemRegisters;
import org.a64wb.isa.api.sysreg.SysregEncoding;
import org.a64wb.isa.api.sysreg.SystemOperationInfo;
import org.a64wb.isa.api.sysreg.SystemRegisterInfo;

/**
 * Operands of the system instructions (Arm ARM chapter C5 "The A64 System Instruction Class" and the C6.2
 * instruction pages): system register names for MRS and MSR,
 * PSTATE fields, barrier options and the SYS operations behind the AT, DC, IC, TLBI, CFP, DVP and CPP
 * aliases, spelled the way llvm-mc (LLVM 14, the project's reference) prints them with the project's
 * feature set. Names outside that set (MTE, SPE, SVE, TME, ...) are absent on purpose, so their
 * encodings print in the generic {@code S<op0>_<op1>_C<n>_C<m>_<op2>} or {@code sys} form. The names come
 * from isa-spec/system-registers.a64 (the generated {@link A64SystemRegisters}), which holds what LLVM 14 prints
 * for every op0/op1/CRn/CRm/op2 value (its AArch64SystemOperands.td filtered by the feature set), which is why
 * they differ from the latest Arm ARM register index in places.
 */
public final class SystemOperands {

    /** Mnemonics of the SYS aliases; {@link #sysOpKind} returns an index into this array. */
    private static final String[] SYS_KINDS = {"", "at", "dc", "ic", "tlbi", "cfp", "dvp", "cpp"};

    private static final String[] BARRIER_OPTIONS = {
        null, "oshld", "oshst", "osh", null, "nshld", "nshst", "nsh",
        null, "ishld", "ishst", "ish", null, "ld", "st", "sy"};

    private static final Map<Integer, String> READ = new HashMap<>();
    private static final Map<Integer, String> WRITE = new HashMap<>();
    private static final Map<Integer, String[]> OPS = new HashMap<>();

    static {
        for (SystemRegisterInfo register : A64SystemRegisters.REGISTERS) {
            if (!register.named()) {
                continue;
            }
            if (register.readable()) {
                READ.put(register.encoding().pack(), register.name());
            }
            if (register.writable()) {
                WRITE.put(register.encoding().pack(), register.name());
            }
        }
        for (SystemOperationInfo operation : A64SystemRegisters.OPERATIONS) {
            OPS.put(operation.encoding().pack(), new String[] {operation.alias(), operation.name(), operation.register() ? "Xt" : ""});
        }
    }

    private SystemOperands() {
    }

    private static int encoding(long op0, long op1, long crn, long crm, long op2) {
        return SysregEncoding.pack((int) op0 & 3, (int) op1 & 7, (int) crn & 15, (int) crm & 15, (int) op2 & 7);
    }

    /** The generic name llvm-mc prints for a system register it has no name for. */
    private static String generic(long op0, long op1, long crn, long crm, long op2) {
        return SysregEncoding.unpack(encoding(op0, op1, crn, crm, op2)).toString();
    }

    /** The register MRS reads (C6.2 "MRS": op0 = 2 + o0; llvm-mc also decodes op0 = 0 words, generically). */
    public static String mrsName(long op0, long op1, long crn, long crm, long op2) {
        String name = READ.get(encoding(op0, op1, crn, crm, op2));
        return name != null ? name : generic(op0, op1, crn, crm, op2);
    }

    /** The register MSR (register) writes; some names differ from MRS (read-only and write-only registers). */
    public static String msrName(long op0, long op1, long crn, long crm, long op2) {
        String name = WRITE.get(encoding(op0, op1, crn, crm, op2));
        return name != null ? name : generic(op0, op1, crn, crm, op2);
    }

    /**
     * Which alias of SYS (C6.2 "AT", "DC", "IC", "TLBI"; "CFP", "DVP", "CPP" of FEAT_SPECRES) the operation has:
     * 0 none, then at, dc, ic, tlbi, cfp, dvp, cpp.
     */
    public static long sysOpKind(long op1, long crn, long crm, long op2) {
        String[] op = OPS.get(encoding(1, op1, crn, crm, op2));
        if (op == null) {
            return 0;
        }
        for (int i = 1; i < SYS_KINDS.length; i++) {
            if (SYS_KINDS[i].equals(op[0])) {
                return i;
            }
        }
        return 0;
    }

    /** The operation name of a SYS alias, such as {@code vae1is} or {@code civac}. */
    public static String sysOpName(long op1, long crn, long crm, long op2) {
        String[] op = OPS.get(encoding(1, op1, crn, crm, op2));
        return op == null ? "" : op[1];
    }

    /** Whether the SYS alias names the Xt operand (operations such as {@code ic iallu} take none). */
    public static boolean sysOpHasRegister(long op1, long crn, long crm, long op2) {
        String[] op = OPS.get(encoding(1, op1, crn, crm, op2));
        return op != null && !op[2].isEmpty();
    }

    /** DMB/DSB option (C6.2 "DMB", "DSB"): a name, or {@code #CRm} for the values without one. */
    public static String barrierOption(long crm) {
        String name = BARRIER_OPTIONS[(int) (crm & 15)];
        return name != null ? name : "#" + (crm & 15);
    }

    /** The PSTATE field of MSR (immediate) (C6.2 "MSR (immediate)"), or "" when llvm-mc has none. */
    public static String pstateField(long op1, long op2) {
        return switch ((int) (op1 << 3 | op2)) {
            case 0x03 -> "UAO";
            case 0x04 -> "PAN";
            case 0x05 -> "SPSel";
            case 0x19 -> "SSBS";
            case 0x1a -> "DIT";
            case 0x1e -> "DAIFSet";
            case 0x1f -> "DAIFClr";
            default -> "";
        };
    }

    /**
     * Whether MSR (immediate) names a PSTATE field with this immediate. The single-bit fields UAO, PAN
     * and SSBS take CRm 0 or 1 only; LLVM 14 accepts any CRm for SPSel, DIT, DAIFSet and DAIFClr.
     */
    public static boolean pstateValid(long op1, long op2, long crm) {
        String field = pstateField(op1, op2);
        return switch (field) {
            case "" -> false;
            case "UAO", "PAN", "SSBS" -> crm <= 1;
            default -> true;
        };
    }
}
