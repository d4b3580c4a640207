package org.a64wb.isa.api.sysreg;

/**
 * One {@code sysop} declaration of a spec: a SYS operation (op0 = 1) with the alias llvm-mc prints for it
 * ({@code dc civac}), and, when the emulator performs it, from which EL and with what effect.
 *
 * @param alias the alias mnemonic in lower case: at, dc, ic, tlbi, cfp, dvp, cpp
 * @param name the operation in lower case: civac, vae1is ...
 * @param register whether the alias names the Xt operand
 * @param el lowest EL that may execute it, {@link SystemRegisterInfo#NO_ACCESS} when no one implements it
 * @param effect what it does in the emulator ({@code maintenance}, {@code zero_block}, {@code address_translation},
 *        {@code tlb_invalidate}), or null when it is UNDEFINED
 * @param el0EnableRegister the EL1 register whose {@code el0EnableMask} bits enable EL0 execution, or null
 */
public record SystemOperationInfo(String alias, String name, SysregEncoding encoding, boolean register, int el, String effect,
        SysregEncoding el0EnableRegister, long el0EnableMask, String sourceFile, int sourceLine) {

    public boolean implemented() {
        return effect != null;
    }

    public String location() {
        return sourceFile + ":" + sourceLine;
    }

    @Override
    public String toString() {
        return alias + " " + name;
    }
}
