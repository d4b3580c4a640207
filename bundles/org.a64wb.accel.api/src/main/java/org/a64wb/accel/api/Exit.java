package org.a64wb.accel.api;

/**
 * Why {@link VirtualCpu#run()} returned: a closed set, dispatched exhaustively by the hypervisor.
 * Every exit that comes from the guest carries its ESR_EL2 syndrome and the PC of the instruction.
 */
public sealed interface Exit {

    /** The ESR_EL2 value of the exit. */
    Syndrome syndrome();

    /** Address of the instruction the exit concerns. */
    long pc();

    /** A data abort on an address outside every RAM slot (MMIO), with FAR and HPFAR (IPA >> 12 << 4). */
    record DataAbort(Syndrome syndrome, long pc, long far, long hpfar) implements Exit {
        /** The faulting guest physical address (HPFAR's page plus FAR's page offset). */
        public long ipa() {
            return (hpfar >>> 4) << 12 | (far & 0xfff);
        }
    }

    /** An instruction fetch outside RAM. */
    record InstructionAbort(Syndrome syndrome, long pc, long far) implements Exit {
    }

    /** HVC: the preferred return address is already the next instruction (PC has advanced). */
    record HypervisorCall(Syndrome syndrome, long pc) implements Exit {
        public int immediate() {
            return syndrome.iss() & 0xffff;
        }
    }

    /** SMC trapped to EL2: PC still addresses the SMC; the VMM advances it. */
    record SecureMonitorCall(Syndrome syndrome, long pc) implements Exit {
        public int immediate() {
            return syndrome.iss() & 0xffff;
        }
    }

    /** A trapped MSR/MRS/SYS; PC addresses the instruction. */
    record SystemRegisterAccess(Syndrome syndrome, long pc) implements Exit {
    }

    /** A trapped WFI or WFE; PC addresses the instruction. */
    record WaitForInterrupt(Syndrome syndrome, long pc) implements Exit {
    }

    /** BRK; PC addresses the instruction. */
    record Breakpoint(Syndrome syndrome, long pc) implements Exit {
    }

    /** One instruction completed under single-step. */
    record SoftwareStep(Syndrome syndrome, long pc) implements Exit {
    }

    /** An exception the accelerator could not deliver to the guest itself (no handler installed, fault during entry ...). */
    record GuestFault(Syndrome syndrome, long pc, String reason) implements Exit {
    }

    /** {@link VirtualCpu#requestExit()} was called, or the instruction budget of one run ran out. */
    record Canceled(long pc) implements Exit {
        @Override
        public Syndrome syndrome() {
            return Syndrome.unknown();
        }
    }
}
