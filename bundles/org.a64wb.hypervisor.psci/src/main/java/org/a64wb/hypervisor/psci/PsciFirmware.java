package org.a64wb.hypervisor.psci;

import org.a64wb.accel.api.Syndrome;
import org.a64wb.hypervisor.api.Machine;
import org.a64wb.hypervisor.api.Outcome;
import org.a64wb.hypervisor.api.TrapContext;
import org.a64wb.hypervisor.api.VcpuRegisters;

/**
 * The VMM's emulated firmware behind the board's conduit: PSCI 1.1 (DEN0022D) and the SMCCC 1.1 Arm
 * Architecture calls (DEN0028), plus the architectural behaviour of the HVC/SMC that is not the conduit.
 *
 * <p>The rule agreed in seed 004 (QEMU's arm_is_psci_call after review): the platform picks one conduit;
 * a call on the conduit gets the SMCCC ABI (results in X0..X3, every other register preserved, an
 * unknown function id gets NOT_SUPPORTED); the other instruction keeps its architectural behaviour.
 * The exit's preferred return address differs: after HVC the PC is already past the instruction, for
 * an SMC trapped to EL2 it is the SMC itself, so only SMC calls advance the PC (Arm ARM D1.10.1).
 *
 * <p>{@link #call} serves the functions implemented here and declines anything else;
 * {@link #unclaimed} is the last word for an HVC/SMC exit nobody else took. Stateless and thread-safe:
 * every vCPU thread calls it with its own context; the power state lives in {@link Machine}.
 */
public final class PsciFirmware {

    /** Whether the exit came by the board's conduit instruction. */
    public static boolean onConduit(TrapContext context) {
        int ec = context.syndrome().ec();
        Machine.Conduit conduit = context.machine().conduit();
        return ec == Syndrome.EC_HVC64 && conduit == Machine.Conduit.HVC || ec == Syndrome.EC_SMC64 && conduit == Machine.Conduit.SMC;
    }

    /**
     * Serves an implemented PSCI/SMCCC function on the conduit. Declines (so that other contributions
     * and finally {@link #unclaimed} are asked) when the exit is not on the conduit, the immediate is not
     * 0 (SMCCC 1.1: SMCCC calls use HVC #0 / SMC #0) or the function id is not one implemented here.
     */
    public Outcome call(TrapContext context) {
        if (!isCallExit(context) || !onConduit(context) || (context.syndrome().iss() & 0xFFFF) != 0) {
            return Outcome.DECLINE;
        }
        VcpuRegisters registers = context.registers();
        int function = (int) registers.x(0); // SMCCC: the function id is W0; X0[63:32] are ignored.
        Call call = new Call(context, registers, function);
        return switch (function) {
            case Psci.PSCI_VERSION -> call.result(Psci.VERSION_1_1);
            case Psci.PSCI_FEATURES -> call.result(psciFeatures((int) call.arg(1)));
            case Psci.CPU_SUSPEND_32, Psci.CPU_SUSPEND_64 -> call.result(cpuSuspend(call));
            case Psci.CPU_OFF -> cpuOff();
            case Psci.CPU_ON_32, Psci.CPU_ON_64 -> call.result(cpuOn(call));
            case Psci.AFFINITY_INFO_32, Psci.AFFINITY_INFO_64 -> call.result(affinityInfo(context.machine(), call.arg(1), call.arg(2)));
            // No Trusted OS (DEN0022D MIGRATE_INFO_TYPE = 2): MIGRATE and MIGRATE_INFO_UP_CPU stay unimplemented (NOT_SUPPORTED).
            case Psci.MIGRATE_INFO_TYPE -> call.result(Psci.MIGRATE_TYPE_NOT_PRESENT);
            // SYSTEM_OFF / SYSTEM_RESET never return to the caller (DEN0022D): no register is written.
            case Psci.SYSTEM_OFF -> Outcome.POWER_OFF;
            case Psci.SYSTEM_RESET -> Outcome.RESET;
            case Smccc.VERSION -> call.result(Smccc.VERSION_1_1);
            case Smccc.ARCH_FEATURES -> call.result(archFeatures((int) call.arg(1)));
            default -> Outcome.DECLINE;
        };
    }

    /**
     * The last handler for an HVC/SMC exit: on the conduit an unknown function id returns NOT_SUPPORTED
     * (SMCCC 1.1 "Unknown Function Identifier"); off the conduit the instruction behaves as the
     * architecture says for a guest with no EL2/EL3: UNDEFINED (Arm ARM C6.2 HVC/SMC), or, for SMC under
     * {@link Machine.SmcPolicy#KVM_NOT_SUPPORTED}, KVM's choice X0 = -1 and PC past the SMC (seed 004).
     */
    public Outcome unclaimed(TrapContext context) {
        if (!isCallExit(context)) {
            return Outcome.DECLINE;
        }
        VcpuRegisters registers = context.registers();
        boolean smc = context.syndrome().ec() == Syndrome.EC_SMC64;
        if (onConduit(context)) {
            registers.setX(0, Smccc.NOT_SUPPORTED);
            if (smc) {
                context.advancePc();
            }
            return Outcome.RESUME;
        }
        if (smc && context.machine().smcPolicy() == Machine.SmcPolicy.KVM_NOT_SUPPORTED) {
            registers.setX(0, Smccc.NOT_SUPPORTED);
            context.advancePc();
            return Outcome.RESUME;
        }
        if (!smc) {
            // An UNDEFINED instruction's preferred return address is the instruction itself (Arm ARM
            // D1.10.1), but the HVC exit has already moved PC past it: put it back before the injection.
            registers.setPc(context.pc());
        }
        context.injectUndefined();
        return Outcome.RESUME;
    }

    private static boolean isCallExit(TrapContext context) {
        int ec = context.syndrome().ec();
        return ec == Syndrome.EC_HVC64 || ec == Syndrome.EC_SMC64;
    }

    // ---- PSCI_FEATURES and SMCCC_ARCH_FEATURES ----

    /**
     * DEN0022D PSCI_FEATURES: 0 (or feature flags) for an implemented function, NOT_SUPPORTED otherwise.
     * CPU_SUSPEND's flags are 0: bit 1 = 0 original power_state format, bit 0 = 0 no OS-initiated mode.
     * SMCCC 1.1 "SMCCC_VERSION" discovery: PSCI_FEATURES(SMCCC_VERSION) = SUCCESS means SMCCC >= 1.1.
     */
    static int psciFeatures(int function) {
        return switch (function) {
            case Psci.PSCI_VERSION, Psci.CPU_SUSPEND_32, Psci.CPU_SUSPEND_64, Psci.CPU_OFF, Psci.CPU_ON_32, Psci.CPU_ON_64,
                    Psci.AFFINITY_INFO_32, Psci.AFFINITY_INFO_64, Psci.MIGRATE_INFO_TYPE, Psci.SYSTEM_OFF, Psci.SYSTEM_RESET,
                    Psci.PSCI_FEATURES, Smccc.VERSION -> Psci.SUCCESS;
            default -> Psci.NOT_SUPPORTED;
        };
    }

    /**
     * SMCCC 1.1 SMCCC_ARCH_FEATURES: SUCCESS for the Arm Architecture calls implemented here (as Trusted
     * Firmware-A answers for SMCCC_VERSION and SMCCC_ARCH_FEATURES), NOT_SUPPORTED for the rest.
     * SMCCC_ARCH_WORKAROUND_1/2 are NOT_SUPPORTED: this firmware implements no mitigation call, and
     * answering 0 would promise a call that does something. The in-process accelerator is an
     * interpreter with no speculative execution, so no mitigation is needed; a guest that also wants
     * "not affected" must learn it from the CPU's ID registers (CSV2/SSBS), not from firmware.
     */
    static int archFeatures(int function) {
        return switch (function) {
            case Smccc.VERSION, Smccc.ARCH_FEATURES -> Psci.SUCCESS;
            default -> Smccc.NOT_SUPPORTED;
        };
    }

    // ---- CPU power ----

    /**
     * DEN0022D CPU_OFF: powers the calling core down; it never returns on success. DENIED only applies
     * when a resident Trusted OS cannot migrate away, and there is none here (MIGRATE_INFO_TYPE = 2), so
     * CPU_OFF always succeeds, also on the last core on (the machine then ends with every vCPU off).
     */
    private static Outcome cpuOff() {
        return Outcome.STOP_VCPU;
    }

    /**
     * DEN0022D CPU_ON, checked in the order Trusted Firmware-A checks: target_cpu (reserved bits must be
     * zero, the affinity must name a core) then entry_point_address, then the target's state.
     * INVALID_ADDRESS when the entry point is "known to be invalid": not 4-byte aligned (an AArch64 PC
     * there faults on the first fetch, Arm ARM D1.10.2 PC alignment) or not in guest RAM. The target
     * starts at EL1h, MMU off, with X0 = context_id (DEN0022D "CPU_ON ... entry state").
     */
    private static int cpuOn(Call call) {
        Machine machine = call.context.machine();
        long target = call.arg(1);
        long entry = call.arg(2);
        long contextId = call.arg(3);
        if ((target & ~Psci.MPIDR_AFFINITY_MASK) != 0) {
            return Psci.INVALID_PARAMETERS;
        }
        int vcpu = machine.vcpuByMpidr(target);
        if (vcpu < 0 || vcpu >= machine.vcpuCount()) {
            return Psci.INVALID_PARAMETERS;
        }
        if (!validEntry(call.context, entry)) {
            return Psci.INVALID_ADDRESS;
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            switch (machine.powerState(vcpu)) {
                case ON:
                    return Psci.ALREADY_ON;
                case ON_PENDING:
                    return Psci.ON_PENDING;
                default:
                    break;
            }
            try {
                machine.startVcpu(vcpu, entry, contextId);
                return Psci.SUCCESS;
            } catch (IllegalStateException raced) {
                // Another vCPU's CPU_ON won the race between the state check and the start: report that state.
            } catch (RuntimeException failed) {
                return Psci.INTERNAL_FAILURE;
            }
        }
        return Psci.INTERNAL_FAILURE;
    }

    private static boolean validEntry(TrapContext context, long entry) {
        return (entry & 3) == 0 && context.vm().isRam(entry, 4);
    }

    /**
     * DEN0022D AFFINITY_INFO: ON if any core of the affinity instance is on, ON_PENDING if one is being
     * turned on, OFF if all are off. Affinity fields below lowest_affinity_level are ignored; levels 0..3
     * are supported (like KVM), anything above is INVALID_PARAMETERS, as is a target naming no core or
     * with reserved bits set.
     */
    static int affinityInfo(Machine machine, long target, long level) {
        if (level < 0 || level > 3 || (target & ~Psci.MPIDR_AFFINITY_MASK) != 0) {
            return Psci.INVALID_PARAMETERS;
        }
        long mask = levelMask((int) level);
        boolean found = false;
        boolean pending = false;
        for (int i = 0; i < machine.vcpuCount(); i++) {
            if ((machine.mpidr(i) & mask) != (target & mask)) {
                continue;
            }
            found = true;
            Machine.PowerState state = machine.powerState(i);
            if (state == Machine.PowerState.ON) {
                return Psci.AFFINITY_ON;
            }
            pending |= state == Machine.PowerState.ON_PENDING;
        }
        if (!found) {
            return Psci.INVALID_PARAMETERS;
        }
        return pending ? Psci.AFFINITY_ON_PENDING : Psci.AFFINITY_OFF;
    }

    /** The MPIDR bits that identify an affinity instance at {@code level} (Aff3 lives in [39:32]). */
    private static long levelMask(int level) {
        long[] fields = {0xFFL, 0xFF00L, 0xFF_0000L, 0xFF_0000_0000L};
        long mask = 0;
        for (int l = level; l < 4; l++) {
            mask |= fields[l];
        }
        return mask;
    }

    /**
     * DEN0022D CPU_SUSPEND with the original power_state format (what PSCI_FEATURES advertises). This
     * platform's power states are the core-level (PowerLevel 0) states with StateID 0: standby
     * (0x00000000) and power-down (0x00010000); reserved bits, another StateID or a higher level are
     * INVALID_PARAMETERS. Standby behaves as WFI and returns SUCCESS. The power-down request also
     * returns SUCCESS with the core's context intact, which DEN0022D allows when a wake-up event is
     * pending before the core powers down; with no interrupt controller a wake-up is always pending
     * (the accelerator completes WFI at once for the same reason). Its entry_point_address is still
     * checked (INVALID_ADDRESS), because a power-down request names where the core would resume.
     */
    private static int cpuSuspend(Call call) {
        int powerState = (int) call.arg(1);
        if ((powerState & Psci.POWER_STATE_RESERVED) != 0) {
            return Psci.INVALID_PARAMETERS;
        }
        int powerLevel = powerState >>> 24 & 3;
        int stateId = powerState & 0xFFFF;
        if (powerLevel != 0 || stateId != 0) {
            return Psci.INVALID_PARAMETERS;
        }
        if ((powerState & Psci.POWER_STATE_TYPE_POWERDOWN) != 0 && !validEntry(call.context, call.arg(2))) {
            return Psci.INVALID_ADDRESS;
        }
        return Psci.SUCCESS; // the WFI completes at once: a wake-up is always pending (see above)
    }

    /** One call: its calling convention (32- or 64-bit arguments) and how its result is delivered. */
    private static final class Call {
        final TrapContext context;
        final VcpuRegisters registers;
        final boolean sixtyFour;

        Call(TrapContext context, VcpuRegisters registers, int function) {
            this.context = context;
            this.registers = registers;
            this.sixtyFour = Smccc.isSixtyFour(function);
        }

        /** Argument n: X(n) for SMC64/HVC64, W(n) zero-extended for SMC32/HVC32 (upper halves are ignored). */
        long arg(int n) {
            long value = registers.x(n);
            return sixtyFour ? value : value & 0xFFFF_FFFFL;
        }

        /**
         * The result in X0 (PSCI results are int32: sign-extended, as KVM does, so W0 and X0 both read
         * the value); X1..X3 and every other register are preserved. An SMC's PC moves past the SMC.
         */
        Outcome result(int value) {
            registers.setX(0, value);
            if (context.syndrome().ec() == Syndrome.EC_SMC64) {
                context.advancePc();
            }
            return Outcome.RESUME;
        }
    }
}
