package org.a64wb.hypervisor.psci;

/**
 * The SMC Calling Convention (Arm DEN0028, SMCCC 1.1): the function-identifier layout and the Arm
 * Architecture Service calls (owner 0, 0x80000000-0x8000FFFF).
 */
public final class Smccc {

    private Smccc() {
    }

    /** SMCCC 1.1: major [30:16], minor [15:0]. */
    public static final int VERSION_1_1 = 0x0001_0001;

    public static final int VERSION = 0x8000_0000;
    public static final int ARCH_FEATURES = 0x8000_0001;
    /** CVE-2017-5715 (branch target injection) firmware mitigation. */
    public static final int ARCH_WORKAROUND_1 = 0x8000_8000;
    /** CVE-2018-3639 (speculative store bypass) firmware mitigation. */
    public static final int ARCH_WORKAROUND_2 = 0x8000_7FFF;

    public static final int ARCH_RANGE_FIRST = 0x8000_0000;
    public static final int ARCH_RANGE_LAST = 0x8000_FFFF;

    /** "Unknown Function Identifier" (SMCCC 1.1): W0/X0 = -1 whatever the call. */
    public static final int NOT_SUPPORTED = -1;

    /** Bit 31 of the function id: 1 = Fast Call, 0 = Yielding Call. */
    public static boolean isFastCall(int functionId) {
        return functionId < 0;
    }

    /** Bit 30 of the function id: 1 = SMC64/HVC64 calling convention, 0 = SMC32/HVC32. */
    public static boolean isSixtyFour(int functionId) {
        return (functionId & 0x4000_0000) != 0;
    }

    /** Bits [29:24]: the owning entity (0 Arm Architecture, 4 Standard Secure, 5 Standard Hypervisor, ...). */
    public static int owner(int functionId) {
        return functionId >>> 24 & 0x3F;
    }
}
