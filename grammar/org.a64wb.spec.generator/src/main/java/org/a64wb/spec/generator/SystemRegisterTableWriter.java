package org.a64wb.spec.generator;

import java.util.List;

import org.a64wb.spec.a64Spec.El0Enable;
import org.a64wb.spec.a64Spec.SystemOperationDecl;
import org.a64wb.spec.a64Spec.SystemRegisterDecl;
import org.a64wb.spec.model.EncodingResolver;
import org.a64wb.spec.model.SystemRegisterFacts;

/**
 * The one table of a set's system registers and SYS operations: the disassembler's names, the emulator's
 * implemented registers and operations and the VMM's forwarding all read it. Entries are built in methods of
 * {@link #ENTRIES_PER_METHOD} so that no method reaches the JVM's 64 KB limit.
 */
final class SystemRegisterTableWriter {

    private static final int ENTRIES_PER_METHOD = 100;
    private static final String API = "org.a64wb.isa.api.sysreg";

    private SystemRegisterTableWriter() {
    }

    /** The class body (after package and header comment) of {@code className}. */
    static String write(String className, String setName, List<SystemRegisterDecl> registers, List<SystemOperationDecl> operations) {
        StringBuilder out = new StringBuilder();
        out.append("import java.util.ArrayList;\nimport java.util.List;\n\n")
           .append("import ").append(API).append(".SysregEncoding;\n")
           .append("import ").append(API).append(".SystemOperationInfo;\n")
           .append("import ").append(API).append(".SystemRegisterInfo;\n\n");
        out.append("/** The system registers and SYS operations of ").append(setName).append(", in spec order. */\n");
        out.append("public final class ").append(className).append(" {\n\n    private ").append(className).append("() {\n    }\n\n");
        out.append("    public static final List<SystemRegisterInfo> REGISTERS;\n");
        out.append("    public static final List<SystemOperationInfo> OPERATIONS;\n\n");
        out.append("    static {\n");
        out.append("        List<SystemRegisterInfo> registers = new ArrayList<>(").append(registers.size()).append(");\n");
        int registerParts = parts(registers.size());
        for (int p = 0; p < registerParts; p++) {
            out.append("        registers").append(p).append("(registers);\n");
        }
        out.append("        REGISTERS = List.copyOf(registers);\n");
        out.append("        List<SystemOperationInfo> operations = new ArrayList<>(").append(operations.size()).append(");\n");
        int operationParts = parts(operations.size());
        for (int p = 0; p < operationParts; p++) {
            out.append("        operations").append(p).append("(operations);\n");
        }
        out.append("        OPERATIONS = List.copyOf(operations);\n    }\n");
        for (int p = 0; p < registerParts; p++) {
            out.append("\n    private static void registers").append(p).append("(List<SystemRegisterInfo> all) {\n");
            for (SystemRegisterDecl r : registers.subList(p * ENTRIES_PER_METHOD, Math.min(registers.size(), (p + 1) * ENTRIES_PER_METHOD))) {
                out.append("        all.add(").append(register(r)).append(");\n");
            }
            out.append("    }\n");
        }
        for (int p = 0; p < operationParts; p++) {
            out.append("\n    private static void operations").append(p).append("(List<SystemOperationInfo> all) {\n");
            for (SystemOperationDecl op : operations.subList(p * ENTRIES_PER_METHOD, Math.min(operations.size(), (p + 1) * ENTRIES_PER_METHOD))) {
                out.append("        all.add(").append(operation(op)).append(");\n");
            }
            out.append("    }\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static int parts(int size) {
        return (size + ENTRIES_PER_METHOD - 1) / ENTRIES_PER_METHOD;
    }

    private static String register(SystemRegisterDecl r) {
        Long[] fields = SystemRegisterFacts.fields(r);
        boolean readable = SystemRegisterFacts.readable(r);
        boolean writable = SystemRegisterFacts.writable(r);
        // A name in the generic form is the encoding's own: llvm-mc has none and prints that form anyway.
        boolean named = !r.isGeneric() && !r.getName().equals(SystemRegisterFacts.genericName(fields));
        StringBuilder out = new StringBuilder("new SystemRegisterInfo(");
        out.append(string(r.getName())).append(", ").append(encoding(fields)).append(", ").append(readable).append(", ")
           .append(writable).append(", ").append(named).append(", ");
        if (r.getLocation() == null) {
            out.append("null");
        } else {
            String reset = r.getReset() == null ? "0" : r.getReset();
            String mask = r.getWriteMask() != null ? r.getWriteMask() : writable ? "0xffffffffffffffff" : "0";
            Long argument = r.getLocationArgument() == null ? Long.valueOf(0) : SystemRegisterFacts.number(r.getLocationArgument());
            out.append("new SystemRegisterInfo.State(").append(SystemRegisterFacts.readEl(r)).append(", ")
               .append(SystemRegisterFacts.writeEl(r)).append(", ").append(string(r.getLocation())).append(", ").append(argument)
               .append(", ").append(value(reset)).append(", ").append(constant(reset)).append(", ")
               .append(value(mask)).append(", ").append(constant(mask)).append(", ");
            el0Enable(out, r.getEl0Enable());
            out.append(", ").append(r.isDebugControl()).append(")");
        }
        out.append(", ").append(string(EncodingResolver.fileOf(r))).append(", ").append(EncodingResolver.lineOf(r)).append(")");
        return out.toString();
    }

    private static String operation(SystemOperationDecl op) {
        StringBuilder out = new StringBuilder("new SystemOperationInfo(");
        out.append(string(op.getAlias().toLowerCase())).append(", ").append(string(op.getName().toLowerCase())).append(", ")
           .append(encoding(SystemRegisterFacts.fields(op))).append(", ").append(op.isRegister()).append(", ");
        if (op.getEffect() == null) {
            out.append("SystemRegisterInfo.NO_ACCESS, null, ");
        } else {
            out.append(SystemRegisterFacts.exceptionLevel(op.getEl())).append(", ").append(string(op.getEffect())).append(", ");
        }
        el0Enable(out, op.getEl0Enable());
        out.append(", ").append(string(EncodingResolver.fileOf(op))).append(", ").append(EncodingResolver.lineOf(op)).append(")");
        return out.toString();
    }

    private static void el0Enable(StringBuilder out, El0Enable enable) {
        if (enable == null) {
            out.append("null, 0L");
        } else {
            out.append(encoding(SystemRegisterFacts.fields(enable.getRegister()))).append(", ").append(value(enable.getMask()));
        }
    }

    private static String encoding(Long[] f) {
        return "new SysregEncoding(" + f[0] + ", " + f[1] + ", " + f[2] + ", " + f[3] + ", " + f[4] + ")";
    }

    /** A literal's value as Java source; 0 for a named constant (the consumer resolves the name). */
    private static String value(String literal) {
        Long value = SystemRegisterFacts.number(literal);
        return value == null ? "0L" : "0x" + Long.toHexString(value) + "L";
    }

    private static String constant(String literal) {
        return SystemRegisterFacts.number(literal) == null ? string(literal) : "null";
    }

    private static String string(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
