package org.a64wb.isa.api;

/** The coarse kind of an instruction, as the Arm ARM's encoding index groups them. */
public enum InstructionClass {
    BRANCH, EXCEPTION, SYSTEM, HINT, BARRIER, LOAD_STORE, DATA_PROCESSING, SIMD_FP;

    /** The spec language's spelling ({@code loadstore}, {@code dataprocessing}, ...). */
    public static InstructionClass fromSpec(String name) {
        return switch (name) {
            case "loadstore" -> LOAD_STORE;
            case "dataprocessing" -> DATA_PROCESSING;
            case "simdfp" -> SIMD_FP;
            default -> valueOf(name.toUpperCase(java.util.Locale.ROOT));
        };
    }
}
