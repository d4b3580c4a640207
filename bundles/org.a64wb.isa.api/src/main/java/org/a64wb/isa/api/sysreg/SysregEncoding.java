package org.a64wb.isa.api.sysreg;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding of a system register or system instruction: op0, op1, CRn, CRm, op2 (Arm ARM C5.3
 * "A64 System instructions for ..." and D19 "System register encoding index").
 *
 * <p>The packed form is the one MRS, MSR and SYS carry in bits [20:5] of their word (op0 in [15:14],
 * op1 [13:11], CRn [10:7], CRm [6:3], op2 [2:0]), which is also the low 16 bits of KVM's
 * {@code KVM_REG_ARM64_SYSREG} ids; the ISS of an EC 0x18 trap orders the fields differently
 * ({@link #fromIss}, {@link #iss}). The name is the generic {@code S3_0_C1_C0_0} that assemblers
 * accept for any register.
 */
public record SysregEncoding(int op0, int op1, int crn, int crm, int op2) {

    /** Packed encodings are below this bound (16 bits). */
    public static final int PACKED_LIMIT = 1 << 16;

    private static final Pattern GENERIC = Pattern.compile("[sS]([0-3])_([0-7])_[cC]([0-9]|1[0-5])_[cC]([0-9]|1[0-5])_([0-7])");
    private static final Pattern FIELDS = Pattern.compile("([0-9]+):([0-9]+):([0-9]+):([0-9]+):([0-9]+)");

    public SysregEncoding {
        if ((op0 & ~3) != 0 || (op1 & ~7) != 0 || (crn & ~15) != 0 || (crm & ~15) != 0 || (op2 & ~7) != 0) {
            throw new IllegalArgumentException(String.format("op0=%d op1=%d CRn=%d CRm=%d op2=%d out of range", op0, op1, crn, crm, op2));
        }
    }

    /** The packed form of the fields, without allocating (for the MRS/MSR hot path); fields are not range-checked. */
    public static int pack(int op0, int op1, int crn, int crm, int op2) {
        return op0 << 14 | op1 << 11 | crn << 7 | crm << 3 | op2;
    }

    /** op0 << 14 | op1 << 11 | CRn << 7 | CRm << 3 | op2. */
    public int pack() {
        return pack(op0, op1, crn, crm, op2);
    }

    /** The inverse of {@link #pack()}; bits above 15 are ignored. */
    public static SysregEncoding unpack(int packed) {
        return new SysregEncoding(packed >>> 14 & 3, packed >>> 11 & 7, packed >>> 7 & 15, packed >>> 3 & 15, packed & 7);
    }

    /** The encoding an MRS, MSR (register or immediate), SYS or SYSL word names: its bits [20:5]. */
    public static SysregEncoding fromInstruction(int word) {
        return unpack(word >>> 5);
    }

    /** The encoding in the ISS of an EC 0x18 syndrome (Arm ARM D17.2.37: Op0 [21:20], Op2 [19:17], Op1 [16:14], CRn [13:10], CRm [4:1]). */
    public static SysregEncoding fromIss(int iss) {
        return new SysregEncoding(iss >>> 20 & 3, iss >>> 14 & 7, iss >>> 10 & 15, iss >>> 1 & 15, iss >>> 17 & 7);
    }

    /** The ISS of an EC 0x18 trap of this access: Rt in [9:5], Direction in [0] (1 = read, MRS/SYSL). */
    public int iss(int rt, boolean read) {
        return op0 << 20 | op2 << 17 | op1 << 14 | crn << 10 | (rt & 31) << 5 | crm << 1 | (read ? 1 : 0);
    }

    /**
     * Reads the generic name {@code S<op0>_<op1>_C<n>_C<m>_<op2>} (either case) or the fields as
     * {@code op0:op1:CRn:CRm:op2} in decimal; anything else, or a field out of range, is an
     * IllegalArgumentException.
     */
    public static SysregEncoding parse(String text) {
        Matcher m = GENERIC.matcher(text);
        if (!m.matches()) {
            m = FIELDS.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + text + "' is neither S<op0>_<op1>_C<n>_C<m>_<op2> nor op0:op1:CRn:CRm:op2");
            }
        }
        int[] v = new int[5];
        for (int i = 0; i < 5; i++) {
            try {
                v[i] = Integer.parseInt(m.group(i + 1));
            } catch (NumberFormatException tooLong) {
                v[i] = -1;
            }
        }
        return new SysregEncoding(v[0], v[1], v[2], v[3], v[4]);
    }

    /** The fields as {@code op0:op1:CRn:CRm:op2}, the form trap-handler properties use. */
    public String fields() {
        return op0 + ":" + op1 + ":" + crn + ":" + crm + ":" + op2;
    }

    /** The generic name, {@code S3_0_C1_C0_0}. */
    @Override
    public String toString() {
        return "S" + op0 + "_" + op1 + "_C" + crn + "_C" + crm + "_" + op2;
    }
}
