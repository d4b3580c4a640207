package org.a64wb.accel.api;

/** One vCPU. {@link #run()} runs the guest until it exits; registers are read and written by KVM id. */
public interface VirtualCpu {

    int index();

    /** Runs the guest until an exit; the vCPU's state is consistent (PC at the exit's instruction) when it returns. */
    Exit run();

    /** Runs exactly one instruction (software step), returning {@link Exit.SoftwareStep} or the exit it caused. */
    Exit step();

    /** Asks a running {@link #run()} to return {@link Exit.Canceled} soon; callable from any thread. */
    void requestExit();

    /** The ids {@link #getRegister} accepts (KVM_GET_REG_LIST). */
    long[] registerList();

    long getRegister(long id);

    /** Writes a register, or throws without changing anything the guest sees. */
    void setRegister(long id, long value) throws RegisterWriteRejected;

    /** 128-bit registers (V0..V31): low and high halves. */
    long[] getVector(int n);

    void setVector(int n, long low, long high);

    /**
     * Takes a synchronous exception to EL1 as the Arm ARM's exception entry does: ESR_EL1 = syndrome,
     * FAR_EL1 = far, ELR_EL1 = PC, SPSR_EL1 = PSTATE, PSTATE = EL1h with DAIF masked, PC = VBAR_EL1 +
     * the vector offset for the current EL and stack (0x200 current EL with SP_ELx, 0x400 lower EL).
     */
    void injectSynchronousException(Syndrome syndrome, long far);

    /**
     * The guest physical address (IPA) the guest's stage-1 translation maps {@code va} to, looked up as an EL1
     * read without permission checks (KVM_TRANSLATE's role), or -1 when it does not translate. With the MMU off
     * the IPA is the VA. A VMM needs it to fetch the instruction of an ISV=0 data abort.
     */
    default long translate(long va) {
        return va;
    }

    /**
     * With the interrupt controller in the VMM: the vCPU's IRQ and FIQ inputs (KVM_IRQ_LINE with
     * KVM_ARM_IRQ_TYPE_CPU). Callable from any thread; an asserted input wakes the vCPU from WFI.
     */
    default void setInterruptInputs(boolean irq, boolean fiq) {
        throw new UnsupportedOperationException();
    }

    /** The level of a timer output: PPI 27 (virtual timer) or 30 (physical timer) of this vCPU. */
    interface TimerOutput {
        void changed(int ppi, boolean level);
    }

    /**
     * With the interrupt controller in the VMM: where the vCPU's timer outputs go (KVM reports them to a
     * user-space irqchip the same way). Called from the vCPU's thread and from a timer thread.
     */
    default void setTimerOutput(TimerOutput output) {
        throw new UnsupportedOperationException();
    }

    /**
     * Blocks until WFI would complete: an interrupt is pending for this vCPU (masked by PSTATE or not),
     * {@link #requestExit()} is called, or the timeout passes; true when an interrupt is pending. For a VMM
     * that handles trapped WFI (EC 0x01) and must sleep rather than spin.
     */
    default boolean waitForInterrupt(long timeoutNanos) {
        return true;
    }

    /** Instructions this vCPU has executed. */
    long instructions();
}
