package org.a64wb.spec.ide.hover;

import org.a64wb.spec.a64Spec.El0Enable;
import org.a64wb.spec.a64Spec.SystemOperationDecl;
import org.a64wb.spec.a64Spec.SystemRegisterDecl;
import org.a64wb.spec.model.SystemRegisterFacts;

/**
 * The hover of a system register or SYS operation: its encoding, the instruction words that name it (bits [20:5]
 * of MRS, MSR and SYS, Arm ARM C6.2) and what the emulator does with it.
 */
final class SystemRegisterHover {

    /** MRS X0, <reg> (L = 1) and MSR <reg>, X0 without bits [20:5], which the packed encoding fills (C6.2 "MRS", "MSR (register)"). */
    private static final int MRS = 0xd5200000;
    private static final int MSR = 0xd5000000;
    /** SYS #op1, Cn, Cm, #op2, X0: MSR's layout with op0 = 1. */
    private static final int SYS = MSR;

    private SystemRegisterHover() {
    }

    static String describe(SystemRegisterDecl r) {
        Long[] fields = SystemRegisterFacts.fields(r);
        StringBuilder out = new StringBuilder("**sysreg ").append(r.getName()).append("**");
        String generic = SystemRegisterFacts.genericName(fields);
        if (generic == null) {
            return out.append(": the encoding has errors").toString();
        }
        int packed = SystemRegisterFacts.pack(fields);
        out.append(" `").append(generic).append("` (op0 ").append(fields[0]).append(", op1 ").append(fields[1]).append(", CRn ")
           .append(fields[2]).append(", CRm ").append(fields[3]).append(", op2 ").append(fields[4]).append(")\n\n");
        String name = r.isGeneric() ? generic : r.getName();
        if (SystemRegisterFacts.readable(r)) {
            out.append("* `mrs x0, ").append(name).append("` = `").append(word(MRS, packed)).append("`\n");
        }
        if (SystemRegisterFacts.writable(r)) {
            out.append("* `msr ").append(name).append(", x0` = `").append(word(MSR, packed)).append("`\n");
        }
        if (r.getLocation() == null) {
            return out.append("\nNot implemented: MRS and MSR are UNDEFINED.\n").toString();
        }
        out.append("\nImplemented: `").append(r.getLocation());
        if (r.getLocationArgument() != null) {
            out.append(" ").append(r.getLocationArgument());
        }
        out.append("`");
        int readEl = SystemRegisterFacts.readEl(r);
        int writeEl = SystemRegisterFacts.writeEl(r);
        if (readEl >= 0) {
            out.append(", read from EL").append(readEl);
        }
        if (writeEl >= 0) {
            out.append(", written from EL").append(writeEl);
        }
        out.append(", reset ").append(r.getReset() == null ? "0" : r.getReset());
        if (r.getWriteMask() != null) {
            out.append(", write mask ").append(r.getWriteMask());
        }
        El0Enable enable = r.getEl0Enable();
        if (enable != null) {
            out.append(", at EL0 only with ").append(enableText(enable));
        }
        if (r.isDebugControl()) {
            out.append(", a write updates the debug state");
        }
        return out.append(".\n").toString();
    }

    static String describe(SystemOperationDecl op) {
        Long[] fields = SystemRegisterFacts.fields(op);
        StringBuilder out = new StringBuilder("**sysop ").append(op.getAlias()).append(" ").append(op.getName()).append("**");
        int packed = SystemRegisterFacts.pack(fields);
        if (packed < 0) {
            return out.append(": the encoding has errors").toString();
        }
        out.append(" (op1 ").append(fields[1]).append(", CRn ").append(fields[2]).append(", CRm ").append(fields[3]).append(", op2 ")
           .append(fields[4]).append(")\n\n* `").append(op.getAlias().toLowerCase()).append(" ").append(op.getName().toLowerCase())
           .append(op.isRegister() ? ", x0" : "").append("` = `").append(word(SYS, packed)).append("`\n");
        if (op.getEffect() == null) {
            return out.append("\nNot implemented: UNDEFINED.\n").toString();
        }
        out.append("\nImplemented: `").append(op.getEffect()).append("` from EL").append(SystemRegisterFacts.exceptionLevel(op.getEl()));
        if (op.getEl0Enable() != null) {
            out.append(", at EL0 only with ").append(enableText(op.getEl0Enable()));
        }
        return out.append(".\n").toString();
    }

    private static String enableText(El0Enable enable) {
        String register = enable.getRegister() == null || enable.getRegister().eIsProxy() ? "?" : enable.getRegister().getName();
        return register + " & " + enable.getMask() + " nonzero (else EC 0x18 to EL1)";
    }

    private static String word(int base, int packed) {
        return String.format("0x%08x", base | packed << 5);
    }
}
