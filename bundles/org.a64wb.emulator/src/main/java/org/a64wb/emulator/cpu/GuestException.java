package org.a64wb.emulator.cpu;

/**
 * An architectural exception raised by an instruction, thrown to the caller of the interpreter
 * (the user-mode runner, or the accelerator that turns it into an exit or an exception entry).
 * PC still addresses the instruction that raised it, except where the Arm ARM's preferred return
 * address is the next one ({@link #returnAddress}). No stack trace: this is control flow.
 */
public final class GuestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kinds the engine raises, named after the Arm ARM exception classes they map to. */
    public enum Kind {
        /** Unallocated or unimplemented encoding: EC 0x00. */
        UNDEFINED,
        /** SVC: EC 0x15. */
        SUPERVISOR_CALL,
        /** HVC: EC 0x16. */
        HYPERVISOR_CALL,
        /** SMC: EC 0x17. */
        SECURE_MONITOR_CALL,
        /** BRK: EC 0x3C. */
        BREAKPOINT,
        /** A hardware breakpoint matched the instruction (self-hosted debug): EC 0x30/0x31; immediate = ISS. */
        HARDWARE_BREAKPOINT,
        /** A watchpoint matched an access of the instruction: EC 0x34/0x35; immediate = ISS (WnR, CM), address = FAR. */
        WATCHPOINT,
        /** Software step, active-pending: EC 0x32/0x33; immediate = ISS (ISV, EX). */
        SOFTWARE_STEP,
        /** HLT (halting debug): treated as a debug stop. */
        HALT,
        /** A data access outside RAM or otherwise aborted: EC 0x24/0x25. */
        DATA_ABORT,
        /** Instruction fetch outside RAM: EC 0x20/0x21. */
        INSTRUCTION_ABORT,
        /** Misaligned access where the architecture requires alignment: data abort with alignment fault. */
        ALIGNMENT_FAULT,
        /** PC not 4-byte aligned: EC 0x22. */
        PC_ALIGNMENT,
        /** SP not 16-byte aligned when used as a base with SCTLR.SA set: EC 0x26. */
        SP_ALIGNMENT,
        /** An instruction the caller asked to see before it executes (an accelerator's trap policy); immediate = encoding id. */
        TRAPPED,
        /** WFI/WFE: not an exception, but the point where a VMM or runner may take over. */
        WAIT_FOR_INTERRUPT,
        WAIT_FOR_EVENT,
        /**
         * An MSR/MRS/SYS access trapped to EL1 by a configuration bit (EC 0x18): immediate is the
         * encoding key (op0 = 1 for SYS, 0 for MSR immediate). Unknown registers are UNDEFINED instead.
         */
        SYSTEM_REGISTER
    }

    private final Kind kind;
    private final long pc;
    private final int word;
    private final long immediate;
    private final long address;
    private final long returnAddress;

    public GuestException(Kind kind, long pc, int word, long immediate, long address, long returnAddress, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.pc = pc;
        this.word = word;
        this.immediate = immediate;
        this.address = address;
        this.returnAddress = returnAddress;
    }

    public Kind kind() {
        return kind;
    }

    /** Address of the instruction that raised the exception. */
    public long pc() {
        return pc;
    }

    /** The instruction word. */
    public int word() {
        return word;
    }

    /** The immediate of SVC/HVC/SMC/BRK/HLT, the system-register key for SYSTEM_REGISTER. */
    public long immediate() {
        return immediate;
    }

    /** Faulting address of aborts. */
    public long address() {
        return address;
    }

    /** The preferred return address (the next instruction for SVC/HVC/SMC, else the instruction). */
    public long returnAddress() {
        return returnAddress;
    }

    @Override
    public String getMessage() {
        String detail = super.getMessage();
        return String.format("%s at pc 0x%x (word %08x)%s", kind, pc, word, detail == null ? "" : ": " + detail);
    }
}
