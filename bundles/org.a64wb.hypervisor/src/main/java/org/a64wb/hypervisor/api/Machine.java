package org.a64wb.hypervisor.api;

/** Power control of the running machine, as PSCI needs it. */
public interface Machine {

    int vcpuCount();

    /** The vCPU's power state. */
    enum PowerState { ON, OFF, ON_PENDING }

    PowerState powerState(int vcpu);

    /** Starts an OFF vCPU at EL1h, MMU off, at {@code entry} with X0 = {@code contextId}. */
    void startVcpu(int vcpu, long entry, long contextId);

    /** MPIDR_EL1 affinity value of a vCPU (Aff0 = index here). */
    long mpidr(int vcpu);

    /** The vCPU index with this MPIDR affinity, or -1. */
    int vcpuByMpidr(long mpidr);

    /** The conduit the board chose for PSCI and SMCCC calls. */
    Conduit conduit();

    /** How an SMC outside the conduit behaves. */
    SmcPolicy smcPolicy();

    enum Conduit { HVC, SMC }

    /** Architectural (no EL3: UNDEFINED) or KVM's (X0 = -1, PC += 4). */
    enum SmcPolicy { UNDEFINED, KVM_NOT_SUPPORTED }
}
