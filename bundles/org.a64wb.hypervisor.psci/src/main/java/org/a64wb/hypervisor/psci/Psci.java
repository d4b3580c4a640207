package org.a64wb.hypervisor.psci;

/**
 * Function identifiers, return values and versions of the Power State Coordination Interface
 * (Arm DEN0022D, PSCI 1.1). PSCI lives in the SMCCC "Standard Secure Service" range (owner 4): the
 * SMC32/HVC32 functions at 0x84000000 + n, their SMC64/HVC64 twins at 0xC4000000 + n. Functions that
 * only pass 32-bit values (PSCI_VERSION, CPU_OFF, SYSTEM_OFF, ...) have no 64-bit id.
 */
public final class Psci {

    private Psci() {
    }

    /** PSCI 1.1: major in bits [31:16], minor in [15:0] (DEN0022D, PSCI_VERSION). */
    public static final int VERSION_1_1 = 0x0001_0001;

    public static final int PSCI_VERSION = 0x8400_0000;
    public static final int CPU_SUSPEND_32 = 0x8400_0001;
    public static final int CPU_SUSPEND_64 = 0xC400_0001;
    public static final int CPU_OFF = 0x8400_0002;
    public static final int CPU_ON_32 = 0x8400_0003;
    public static final int CPU_ON_64 = 0xC400_0003;
    public static final int AFFINITY_INFO_32 = 0x8400_0004;
    public static final int AFFINITY_INFO_64 = 0xC400_0004;
    public static final int MIGRATE_32 = 0x8400_0005;
    public static final int MIGRATE_64 = 0xC400_0005;
    public static final int MIGRATE_INFO_TYPE = 0x8400_0006;
    public static final int MIGRATE_INFO_UP_CPU_32 = 0x8400_0007;
    public static final int MIGRATE_INFO_UP_CPU_64 = 0xC400_0007;
    public static final int SYSTEM_OFF = 0x8400_0008;
    public static final int SYSTEM_RESET = 0x8400_0009;
    public static final int PSCI_FEATURES = 0x8400_000A;
    public static final int SYSTEM_RESET2_32 = 0x8400_0012;

    /** First and last id of the PSCI block in each calling convention (DEN0022D reserves 0x00-0x1F). */
    public static final int RANGE_32_FIRST = 0x8400_0000;
    public static final int RANGE_32_LAST = 0x8400_001F;
    public static final int RANGE_64_FIRST = 0xC400_0000;
    public static final int RANGE_64_LAST = 0xC400_001F;

    // ---- return values (DEN0022D "Return error codes"), passed as signed 32-bit integers ----
    public static final int SUCCESS = 0;
    public static final int NOT_SUPPORTED = -1;
    public static final int INVALID_PARAMETERS = -2;
    public static final int DENIED = -3;
    public static final int ALREADY_ON = -4;
    public static final int ON_PENDING = -5;
    public static final int INTERNAL_FAILURE = -6;
    public static final int NOT_PRESENT = -7;
    public static final int DISABLED = -8;
    public static final int INVALID_ADDRESS = -9;

    // ---- AFFINITY_INFO results ----
    public static final int AFFINITY_ON = 0;
    public static final int AFFINITY_OFF = 1;
    public static final int AFFINITY_ON_PENDING = 2;

    /** MIGRATE_INFO_TYPE: "Trusted OS is either not present or does not require migration". */
    public static final int MIGRATE_TYPE_NOT_PRESENT = 2;

    /**
     * The affinity fields of MPIDR_EL1 a target_cpu / target_affinity may carry: Aff3 [39:32], Aff2 [23:16],
     * Aff1 [15:8], Aff0 [7:0]; every other bit must be zero (DEN0022D, CPU_ON "target_cpu").
     */
    public static final long MPIDR_AFFINITY_MASK = 0xFF_00FF_FFFFL;

    /** CPU_SUSPEND power_state, original format (DEN0022D "power_state parameter"): StateType bit 16. */
    public static final int POWER_STATE_TYPE_POWERDOWN = 1 << 16;

    /** Original-format bits that are reserved, must be zero: [31:26] and [23:17]. */
    public static final int POWER_STATE_RESERVED = 0xFC00_0000 | 0x00FE_0000;

    /** A readable name of a PSCI or SMCCC function id, for logs and test messages. */
    public static String name(int functionId) {
        return switch (functionId) {
            case PSCI_VERSION -> "PSCI_VERSION";
            case CPU_SUSPEND_32 -> "CPU_SUSPEND";
            case CPU_SUSPEND_64 -> "CPU_SUSPEND64";
            case CPU_OFF -> "CPU_OFF";
            case CPU_ON_32 -> "CPU_ON";
            case CPU_ON_64 -> "CPU_ON64";
            case AFFINITY_INFO_32 -> "AFFINITY_INFO";
            case AFFINITY_INFO_64 -> "AFFINITY_INFO64";
            case MIGRATE_32 -> "MIGRATE";
            case MIGRATE_64 -> "MIGRATE64";
            case MIGRATE_INFO_TYPE -> "MIGRATE_INFO_TYPE";
            case MIGRATE_INFO_UP_CPU_32 -> "MIGRATE_INFO_UP_CPU";
            case MIGRATE_INFO_UP_CPU_64 -> "MIGRATE_INFO_UP_CPU64";
            case SYSTEM_OFF -> "SYSTEM_OFF";
            case SYSTEM_RESET -> "SYSTEM_RESET";
            case PSCI_FEATURES -> "PSCI_FEATURES";
            case Smccc.VERSION -> "SMCCC_VERSION";
            case Smccc.ARCH_FEATURES -> "SMCCC_ARCH_FEATURES";
            case Smccc.ARCH_WORKAROUND_1 -> "SMCCC_ARCH_WORKAROUND_1";
            case Smccc.ARCH_WORKAROUND_2 -> "SMCCC_ARCH_WORKAROUND_2";
            default -> String.format("0x%08x", functionId);
        };
    }
}
