package org.a64wb.hypervisor.api;

import org.a64wb.accel.api.Exit;
import org.a64wb.accel.api.Syndrome;
import org.a64wb.accel.api.VirtualCpu;
import org.a64wb.accel.api.VirtualMachine;
import org.a64wb.board.api.mmio.MmioBus;

/** What a trap handler works with while it handles one exit of one vCPU. */
public interface TrapContext {

    Exit exit();

    Syndrome syndrome();

    /** Address of the instruction that caused the exit. */
    long pc();

    int vcpuIndex();

    /** Registers of the exiting vCPU, read on first use, written back only if changed. */
    VcpuRegisters registers();

    VirtualMachine vm();

    /** Power control of the machine (PSCI's CPU_ON and friends). */
    Machine machine();

    /** The MMIO bus of the machine's board. */
    MmioBus bus();

    /** The exiting vCPU itself (for what registers cannot express, such as waiting for an interrupt). */
    default VirtualCpu vcpu() {
        throw new UnsupportedOperationException("this context has no vCPU");
    }

    /** Moves PC past the trapping instruction (for exits whose preferred return address is the instruction). */
    void advancePc();

    /** Delivers UNDEFINED to the guest at the trapping instruction (e.g. SMC with no EL3). */
    void injectUndefined();

    /** Delivers a synchronous external data abort to the guest (KVM's answer to an access it cannot emulate). */
    void injectExternalDataAbort(long address);

    /**
     * Delivers {@code syndrome} to the guest as a synchronous exception at the trapping instruction, with FAR =
     * {@code far} (e.g. a BRK no debugger owns, reflected as the guest's own debug exception).
     */
    default void injectException(Syndrome syndrome, long far) {
        throw new UnsupportedOperationException("this context cannot inject exceptions");
    }

    /**
     * The IPA the vCPU's stage-1 translation maps {@code va} to (an EL1 read, no permission check), or -1 when it
     * does not translate; the VA itself while the guest's MMU is off. See VirtualCpu#translate.
     */
    default long translate(long va) {
        return va;
    }
}
