package org.a64wb.isa.api.sysreg;

/**
 * One {@code sysreg} declaration of a spec: the name MRS and MSR use, its encoding, the directions the
 * disassembler names it in, and, when the emulator implements it, how ({@link State}); a register without
 * state is UNDEFINED to MRS and MSR.
 *
 * @param named whether the disassembler prints the name (false: llvm-mc prints the generic {@code S3_0_C0_C4_4})
 * @param state null when the register is only a name
 */
public record SystemRegisterInfo(String name, SysregEncoding encoding, boolean readable, boolean writable, boolean named,
        State state, String sourceFile, int sourceLine) {

    /** No access in this direction (an EL field of {@link State}). */
    public static final int NO_ACCESS = -1;

    /**
     * How the emulator implements the register.
     *
     * @param readEl lowest EL that may read it (MRS), {@link #NO_ACCESS} when it is write-only
     * @param writeEl lowest EL that may write it (MSR), {@link #NO_ACCESS} when it is read-only
     * @param location where the value lives, a location kind of the emulator ({@code store}, {@code daif} ...)
     * @param locationArgument the PSTATE bit of {@code pstate_bit}, the timer of {@code timer}; 0 otherwise
     * @param resetConstant the emulator's named constant for the reset value, or null when {@code reset} is the value
     * @param writeMaskConstant likewise for the bits MSR may change
     * @param el0EnableRegister the EL1 register whose {@code el0EnableMask} bits enable EL0 accesses, or null
     * @param debugControl whether a write may change which debug exceptions can occur
     */
    public record State(int readEl, int writeEl, String location, int locationArgument, long reset, String resetConstant,
            long writeMask, String writeMaskConstant, SysregEncoding el0EnableRegister, long el0EnableMask, boolean debugControl) {
    }

    public boolean implemented() {
        return state != null;
    }

    public String location() {
        return sourceFile + ":" + sourceLine;
    }

    @Override
    public String toString() {
        return name;
    }
}
