package org.a64wb.hypervisor.psci;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

import org.a64wb.hypervisor.api.Machine;

/** A machine with settable power states and a recorded startVcpu, for unit tests. */
final class FakeMachine implements Machine {

    record Start(int vcpu, long entry, long contextId) {
    }

    final PowerState[] states;
    final List<Start> starts = new ArrayList<>();
    Conduit conduit = Conduit.HVC;
    SmcPolicy smcPolicy = SmcPolicy.UNDEFINED;
    /** MPIDR affinity of vCPU i; default Aff0 = i. */
    LongUnaryOperator mpidrOf = i -> i;
    /** When set, the next startVcpu finds the target already moved to this state by "another vCPU" and throws. */
    PowerState raceTo;
    RuntimeException startFailure;

    FakeMachine(int vcpus) {
        states = new PowerState[vcpus];
        java.util.Arrays.fill(states, PowerState.OFF);
        states[0] = PowerState.ON;
    }

    @Override
    public int vcpuCount() {
        return states.length;
    }

    @Override
    public PowerState powerState(int vcpu) {
        return states[vcpu];
    }

    @Override
    public void startVcpu(int vcpu, long entry, long contextId) {
        if (startFailure != null) {
            RuntimeException failure = startFailure;
            startFailure = null;
            throw failure;
        }
        if (raceTo != null) {
            states[vcpu] = raceTo;
            raceTo = null;
        }
        if (states[vcpu] != PowerState.OFF) {
            throw new IllegalStateException("vCPU " + vcpu + " is " + states[vcpu]);
        }
        starts.add(new Start(vcpu, entry, contextId));
        states[vcpu] = PowerState.ON;
    }

    @Override
    public long mpidr(int vcpu) {
        return mpidrOf.applyAsLong(vcpu);
    }

    @Override
    public int vcpuByMpidr(long mpidr) {
        for (int i = 0; i < states.length; i++) {
            if (mpidr(i) == (mpidr & Psci.MPIDR_AFFINITY_MASK)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Conduit conduit() {
        return conduit;
    }

    @Override
    public SmcPolicy smcPolicy() {
        return smcPolicy;
    }
}
