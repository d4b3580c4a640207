package org.a64wb.spec.model;

import java.util.List;
import java.util.Set;

import org.a64wb.spec.a64Spec.SystemOperationDecl;
import org.a64wb.spec.a64Spec.SystemRegisterDecl;

/**
 * The values of {@code sysreg} and {@code sysop} declarations as numbers, and the words they may use. Encoding
 * fields, location arguments and EL0-enable masks are written as the Arm ARM's encoding index writes them: decimal,
 * or 0x/0b for hex and binary (so "10" is ten, not a bit string); masks and reset values are 64-bit, unsigned.
 */
public final class SystemRegisterFacts {

    /** The accesses a register may be named in: MRS, MSR, both. */
    public static final Set<String> ACCESSES = Set.of("R", "W", "RW");

    /**
     * Where the emulator keeps a register's value (its SystemRegisters location kinds; its table refuses any
     * other): its store, a constant, one PSTATE bit (argument: the bit), a CPU field, a timer (argument: 0 for the
     * EL1 physical timer, 1 for the virtual one) or a value computed from the PE state.
     */
    public static final List<String> LOCATIONS = List.of("store", "constant", "pstate_bit", "nzcv", "daif", "fpcr", "fpsr",
            "tpidr_el0", "tpidrro_el0", "sp_el0", "spsel", "current_el", "dczid", "counter", "mpidr", "os_lock_access",
            "os_lock_status", "claim_set", "claim_clear", "timer", "interrupt_status", "pfr0");

    /** The locations that take an argument. */
    public static final Set<String> LOCATIONS_WITH_ARGUMENT = Set.of("pstate_bit", "timer");

    /** What a SYS operation does in the emulator. */
    public static final List<String> EFFECTS = List.of("maintenance", "zero_block", "address_translation", "tlb_invalidate");

    /** The SYS aliases (Arm ARM C6.2 "AT", "DC", "IC", "TLBI"; "CFP", "DVP", "CPP" of FEAT_SPECRES). */
    public static final List<String> ALIASES = List.of("AT", "DC", "IC", "TLBI", "CFP", "DVP", "CPP");

    private SystemRegisterFacts() {
    }

    /** A literal's value (decimal, 0x hex, 0b binary; '_' separators allowed), or null when it is not a number. */
    public static Long number(String literal) {
        if (literal == null || literal.isEmpty() || !Character.isDigit(literal.charAt(0))) {
            return null;
        }
        String text = literal.replace("_", "").toLowerCase();
        try {
            if (text.startsWith("0x")) {
                return Long.parseUnsignedLong(text.substring(2), 16);
            }
            if (text.startsWith("0b")) {
                return Long.parseUnsignedLong(text.substring(2), 2);
            }
            return Long.parseUnsignedLong(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The exception level an {@code el0} .. {@code el3} names, or -1. */
    public static int exceptionLevel(String word) {
        return word != null && word.matches("el[0-3]") ? word.charAt(2) - '0' : -1;
    }

    /** op0, op1, CRn, CRm, op2 of a register (null where a field is not a number). */
    public static Long[] fields(SystemRegisterDecl r) {
        return new Long[] {number(r.getOp0()), number(r.getOp1()), number(r.getCrn()), number(r.getCrm()), number(r.getOp2())};
    }

    public static Long[] fields(SystemOperationDecl op) {
        return new Long[] {number(op.getOp0()), number(op.getOp1()), number(op.getCrn()), number(op.getCrm()), number(op.getOp2())};
    }

    /** The generic name of the fields, S3_0_C1_C0_0, or null when one is missing. */
    public static String genericName(Long[] fields) {
        for (Long f : fields) {
            if (f == null) {
                return null;
            }
        }
        return "S" + fields[0] + "_" + fields[1] + "_C" + fields[2] + "_C" + fields[3] + "_" + fields[4];
    }

    /** op0 << 14 | op1 << 11 | CRn << 7 | CRm << 3 | op2, as in bits [20:5] of MRS, MSR and SYS; -1 when a field is missing or out of range. */
    public static int pack(Long[] fields) {
        long[] limits = {3, 7, 15, 15, 7};
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null || fields[i] < 0 || fields[i] > limits[i]) {
                return -1;
            }
        }
        return (int) (fields[0] << 14 | fields[1] << 11 | fields[2] << 7 | fields[3] << 3 | fields[4]);
    }

    public static boolean readable(SystemRegisterDecl r) {
        return r.getAccess() != null && r.getAccess().contains("R");
    }

    public static boolean writable(SystemRegisterDecl r) {
        return r.getAccess() != null && r.getAccess().contains("W");
    }

    /** The lowest EL that reads the register, -1 when it is write-only or not implemented. */
    public static int readEl(SystemRegisterDecl r) {
        return r.getLocation() != null && readable(r) ? exceptionLevel(r.getReadEl()) : -1;
    }

    /** The lowest EL that writes the register: the second EL of {@code el0/el1}, else the one EL; -1 when read-only. */
    public static int writeEl(SystemRegisterDecl r) {
        if (r.getLocation() == null || !writable(r)) {
            return -1;
        }
        return exceptionLevel(r.getWriteEl() != null ? r.getWriteEl() : r.getReadEl());
    }
}
